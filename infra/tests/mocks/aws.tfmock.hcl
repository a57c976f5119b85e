# Values the mocked AWS provider returns in infra/tests, shaped like AWS's own, so the real
# provider's validation accepts them and the assertions read like a real plan. Data sources are
# read at plan time; the resource values below appear only after a mocked apply. Values that must
# differ per resource (the ARNs one resource hands another) are set per address by the
# override_resource blocks of the test files; IDs without a format check stay random per instance.

mock_data "aws_caller_identity" {
  defaults = {
    account_id = "123456789012"
    arn        = "arn:aws:iam::123456789012:user/shipline-test"
    user_id    = "AIDASHIPLINETEST00001"
  }
}

mock_data "aws_partition" {
  defaults = {
    partition          = "aws"
    dns_suffix         = "amazonaws.com"
    reverse_dns_prefix = "com.amazonaws"
  }
}

mock_data "aws_availability_zones" {
  defaults = {
    names    = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
    zone_ids = ["euw1-az1", "euw1-az2", "euw1-az3"]
  }
}

# The policy JSON is the provider's own computation, which a mock does not do: the statements of
# each document are asserted on as configured (data.aws_iam_policy_document.X.statement), and the
# real JSON by the reference plan (infra/tests/__tests__/reference-plan.test.ts).
mock_data "aws_iam_policy_document" {
  defaults = {
    json = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Mock\",\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"}}]}"
  }
}

mock_data "aws_canonical_user_id" {
  defaults = {
    id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
  }
}

mock_data "aws_ec2_managed_prefix_list" {
  defaults = {
    id   = "pl-4fa04526"
    arn  = "arn:aws:ec2:eu-west-1:aws:prefix-list/pl-4fa04526"
    name = "com.amazonaws.global.cloudfront.origin-facing"
  }
}

# CloudFront's managed policies, with their real IDs (CachingDisabled is set by address in the tests).
mock_data "aws_cloudfront_cache_policy" {
  defaults = {
    id = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
}

mock_data "aws_cloudfront_origin_request_policy" {
  defaults = {
    id = "b689b0a8-53d0-40ab-baf2-68738e2966ac"
  }
}

mock_data "aws_cloudfront_response_headers_policy" {
  defaults = {
    id = "67f7725c-6f97-4210-82d7-5512b31e9d03"
  }
}

mock_data "aws_ssm_parameter" {
  defaults = {
    value = "ami-0123456789abcdef0"
    type  = "String"
  }
}

mock_data "aws_iam_openid_connect_provider" {
  defaults = {
    arn = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
  }
}

mock_resource "aws_iam_role" {
  defaults = {
    arn = "arn:aws:iam::123456789012:role/mock"
  }
}

mock_resource "aws_iam_policy" {
  defaults = {
    arn = "arn:aws:iam::123456789012:policy/mock"
  }
}

mock_resource "aws_iam_openid_connect_provider" {
  defaults = {
    arn = "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/5C3A1E0D9B2F4A6C8E7D0F1B2A3C4D5E"
  }
}

mock_resource "aws_kms_key" {
  defaults = {
    arn    = "arn:aws:kms:eu-west-1:123456789012:key/00000000-0000-4000-8000-000000000000"
    key_id = "00000000-0000-4000-8000-000000000000"
  }
}

mock_resource "aws_cloudwatch_log_group" {
  defaults = {
    arn = "arn:aws:logs:eu-west-1:123456789012:log-group:mock"
  }
}

mock_resource "aws_s3_bucket" {
  defaults = {
    arn                         = "arn:aws:s3:::mock"
    bucket_domain_name          = "mock.s3.amazonaws.com"
    bucket_regional_domain_name = "mock.s3.eu-west-1.amazonaws.com"
  }
}

mock_resource "aws_lb" {
  defaults = {
    arn      = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/mock/50dc6c495c0c9188"
    dns_name = "mock-1234567890.eu-west-1.elb.amazonaws.com"
    zone_id  = "Z32O12XQLNTSW2"
  }
}

mock_resource "aws_lb_target_group" {
  defaults = {
    arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/mock/73e2d6bc24d8a067"
  }
}

mock_resource "aws_lb_listener" {
  defaults = {
    arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/mock/50dc6c495c0c9188/f2f7dc8efc522ab2"
  }
}

mock_resource "aws_eks_cluster" {
  defaults = {
    arn                   = "arn:aws:eks:eu-west-1:123456789012:cluster/mock"
    endpoint              = "https://5C3A1E0D9B2F4A6C8E7D0F1B2A3C4D5E.gr7.eu-west-1.eks.amazonaws.com"
    identity              = [{ oidc = [{ issuer = "https://oidc.eks.eu-west-1.amazonaws.com/id/5C3A1E0D9B2F4A6C8E7D0F1B2A3C4D5E" }] }]
    certificate_authority = [{ data = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKY201bGRHVnpNQjRYRFRJMU1ERXdNVEF3TURBd01Gb1hEVE0xTURFd01UQXdNREF3TUZvd0ZURVRNQkVHQTFVRQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==" }]
  }
}

mock_resource "aws_launch_template" {
  defaults = {
    id             = "lt-0abcdef1234567890"
    arn            = "arn:aws:ec2:eu-west-1:123456789012:launch-template/lt-0abcdef1234567890"
    latest_version = 1
  }
}

mock_resource "aws_ecr_repository" {
  defaults = {
    arn            = "arn:aws:ecr:eu-west-1:123456789012:repository/mock"
    registry_id    = "123456789012"
    repository_url = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/mock"
  }
}

mock_resource "aws_db_instance" {
  defaults = {
    arn      = "arn:aws:rds:eu-west-1:123456789012:db:mock"
    endpoint = "mock.c9akciq32.eu-west-1.rds.amazonaws.com:5432"
    address  = "mock.c9akciq32.eu-west-1.rds.amazonaws.com"
    master_user_secret = [{
      secret_arn    = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:rds!db-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d-AbCdEf"
      kms_key_id    = "arn:aws:kms:eu-west-1:123456789012:key/00000000-0000-4000-8000-000000000000"
      secret_status = "active"
    }]
  }
}

mock_resource "aws_cloudfront_distribution" {
  defaults = {
    arn            = "arn:aws:cloudfront::123456789012:distribution/E2QWRUHAPOMQZL"
    domain_name    = "d111111abcdef8.cloudfront.net"
    hosted_zone_id = "Z2FDTNDATAQYW2"
  }
}

mock_resource "aws_wafv2_web_acl" {
  defaults = {
    arn = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/mock/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"
  }
}

# The platform modules (platform.tf): alerts, audit, identity, sign-in, runtime security, logs.
mock_resource "aws_sns_topic" {
  defaults = {
    arn = "arn:aws:sns:eu-west-1:123456789012:mock-alerts"
  }
}

mock_resource "aws_cloudtrail" {
  defaults = {
    arn = "arn:aws:cloudtrail:eu-west-1:123456789012:trail/mock"
  }
}

mock_resource "aws_iam_group" {
  defaults = {
    arn = "arn:aws:iam::123456789012:group/mock"
  }
}

mock_resource "aws_iam_service_linked_role" {
  defaults = {
    arn = "arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"
  }
}

mock_resource "aws_cognito_user_pool" {
  defaults = {
    id       = "eu-west-1_AbCdEf123"
    arn      = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEf123"
    endpoint = "cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123"
  }
}

mock_resource "aws_cognito_user_pool_client" {
  defaults = {
    id = "1example23456789abcdefghij"
  }
}

mock_resource "aws_guardduty_detector" {
  defaults = {
    id  = "12abc34d567e8fa901bc2d34e56789f0"
    arn = "arn:aws:guardduty:eu-west-1:123456789012:detector/12abc34d567e8fa901bc2d34e56789f0"
  }
}

mock_resource "aws_cloudwatch_event_rule" {
  defaults = {
    arn = "arn:aws:events:eu-west-1:123456789012:rule/mock"
  }
}

mock_resource "aws_eks_node_group" {
  defaults = {
    arn = "arn:aws:eks:eu-west-1:123456789012:nodegroup/mock/general/0ac1d3f2-5b7e-4c1a-9d2e-3f4a5b6c7d8e"
  }
}

mock_resource "aws_eks_addon" {
  defaults = {
    arn = "arn:aws:eks:eu-west-1:123456789012:addon/mock/amazon-cloudwatch-observability/0ac1d3f2-5b7e-4c1a-9d2e-3f4a5b6c7d8e"
  }
}
