data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  account_id     = data.aws_caller_identity.current.account_id
  partition      = data.aws_partition.current.partition
  bucket         = "${var.name}-audit-${local.account_id}"
  trail_arn      = "arn:${local.partition}:cloudtrail:${var.region}:${local.account_id}:trail/${var.name}"
  log_group_name = "/aws/cloudtrail/${var.name}"
  log_group_arn  = "arn:${local.partition}:logs:${var.region}:${local.account_id}:log-group:${local.log_group_name}"

  # AWS managed Config rules, one for each control of this architecture that Config can judge.
  config_rules = {
    cloudtrail-multi-region        = { identifier = "MULTI_REGION_CLOUD_TRAIL_ENABLED", description = "A multi-region CloudTrail trail records management events.", input_parameters = null }
    cloudtrail-log-file-validation = { identifier = "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", description = "Trails validate their log files.", input_parameters = null }
    cloudtrail-encryption          = { identifier = "CLOUD_TRAIL_ENCRYPTION_ENABLED", description = "Trails encrypt their log files with KMS.", input_parameters = null }
    iam-password-policy = {
      identifier  = "IAM_PASSWORD_POLICY"
      description = "The account password policy is at least the one this configuration sets."
      input_parameters = jsonencode({
        RequireUppercaseCharacters = "true"
        RequireLowercaseCharacters = "true"
        RequireSymbols             = "true"
        RequireNumbers             = "true"
        MinimumPasswordLength      = tostring(var.password_policy.minimum_length)
        PasswordReusePrevention    = tostring(var.password_policy.reuse_prevention)
        MaxPasswordAge             = tostring(var.password_policy.max_age_days)
      })
    }
    mfa-for-console-users         = { identifier = "MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS", description = "IAM users with a console password have MFA.", input_parameters = null }
    root-mfa                      = { identifier = "ROOT_ACCOUNT_MFA_ENABLED", description = "The root user has MFA.", input_parameters = null }
    root-no-access-keys           = { identifier = "IAM_ROOT_ACCESS_KEY_CHECK", description = "The root user has no access keys.", input_parameters = null }
    s3-public-access-blocked      = { identifier = "S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED", description = "Buckets block public access.", input_parameters = null }
    s3-tls-only                   = { identifier = "S3_BUCKET_SSL_REQUESTS_ONLY", description = "Buckets refuse requests without TLS.", input_parameters = null }
    rds-encrypted                 = { identifier = "RDS_STORAGE_ENCRYPTED", description = "Database storage is encrypted.", input_parameters = null }
    rds-not-public                = { identifier = "RDS_INSTANCE_PUBLIC_ACCESS_CHECK", description = "Databases are not publicly accessible.", input_parameters = null }
    eks-private-endpoint          = { identifier = "EKS_ENDPOINT_NO_PUBLIC_ACCESS", description = "EKS API endpoints are not public.", input_parameters = null }
    eks-secrets-encrypted         = { identifier = "EKS_SECRETS_ENCRYPTED", description = "EKS encrypts Kubernetes secrets with KMS.", input_parameters = null }
    vpc-flow-logs                 = { identifier = "VPC_FLOW_LOGS_ENABLED", description = "VPCs have flow logs.", input_parameters = null }
    default-security-group-closed = { identifier = "VPC_DEFAULT_SECURITY_GROUP_CLOSED", description = "Default security groups allow no traffic.", input_parameters = null }
    log-groups-encrypted          = { identifier = "CLOUDWATCH_LOG_GROUP_ENCRYPTED", description = "Log groups are encrypted with KMS.", input_parameters = null }
    ecr-scan-on-push              = { identifier = "ECR_PRIVATE_IMAGE_SCANNING_ENABLED", description = "ECR repositories scan images on push.", input_parameters = null }
    guardduty-enabled             = { identifier = "GUARDDUTY_ENABLED_CENTRALIZED", description = "GuardDuty is enabled in the region.", input_parameters = null }
  }

  # CIS AWS Foundations Benchmark (monitoring section) metric filters on the trail's log group.
  cis_filters = {
    unauthorized-api-calls = {
      pattern     = "{ (($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\")) && ($.sourceIPAddress != \"delivery.logs.amazonaws.com\") && ($.eventName != \"HeadBucket\") }"
      description = "API calls refused for lack of permission (a probe, or a broken role)."
    }
    root-account-usage = {
      pattern     = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"
      description = "The root user was used."
    }
    console-signin-without-mfa = {
      pattern     = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") && ($.userIdentity.type = \"IAMUser\") && ($.responseElements.ConsoleLogin = \"Success\") }"
      description = "An IAM user signed in to the console without MFA."
    }
    iam-policy-changes = {
      pattern     = "{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }"
      description = "An IAM policy was created, changed, attached or detached (expected during a deploy; otherwise find out who)."
    }
    security-group-changes = {
      pattern     = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }"
      description = "A security group was created, changed or deleted (expected during a deploy; otherwise find out who)."
    }
  }
}

################################################################################
# KMS key: the trail's files, its log group, the Config snapshots
################################################################################

data "aws_iam_policy_document" "kms" {
  statement {
    sid       = "AccountAdministration"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
    }
  }

  statement {
    sid       = "CloudTrailEncryptsLogFiles"
    actions   = ["kms:GenerateDataKey*"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    condition {
      test     = "StringLike"
      variable = "kms:EncryptionContext:aws:cloudtrail:arn"
      values   = ["arn:${local.partition}:cloudtrail:*:${local.account_id}:trail/*"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceArn"
      values   = [local.trail_arn]
    }
  }

  statement {
    sid       = "CloudTrailDescribesKey"
    actions   = ["kms:DescribeKey"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }
  }

  statement {
    sid       = "CloudWatchLogsUse"
    actions   = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["logs.${var.region}.amazonaws.com"]
    }

    condition {
      test     = "ArnEquals"
      variable = "kms:EncryptionContext:aws:logs:arn"
      values   = [local.log_group_arn]
    }
  }

  statement {
    sid       = "ConfigDeliversSnapshots"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["config.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_kms_key" "this" {
  description             = "Encrypts the audit trail, its log group and the AWS Config snapshots of ${var.name}"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.kms.json

  tags = var.tags
}

resource "aws_kms_alias" "this" {
  name          = "alias/${var.name}-audit"
  target_key_id = aws_kms_key.this.key_id
}

################################################################################
# Audit bucket: private, versioned, KMS, TLS only, lifecycle
################################################################################

resource "aws_s3_bucket" "this" {
  bucket        = local.bucket
  force_destroy = var.force_destroy

  tags = var.tags
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket = aws_s3_bucket.this.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.this.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  bucket = aws_s3_bucket.this.id

  rule {
    id     = "archive-then-expire"
    status = "Enabled"

    filter {}

    transition {
      days          = 90
      storage_class = "GLACIER_IR"
    }

    expiration {
      days = var.retention_days
    }

    noncurrent_version_expiration {
      noncurrent_days = 30
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

data "aws_iam_policy_document" "bucket" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }

  statement {
    sid       = "TrailAndConfigReadBucketAcl"
    actions   = ["s3:GetBucketAcl", "s3:ListBucket"]
    resources = [aws_s3_bucket.this.arn]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com", "config.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }

  statement {
    sid       = "TrailWritesLogFiles"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.this.arn}/cloudtrail/AWSLogs/${local.account_id}/*"]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceArn"
      values   = [local.trail_arn]
    }
  }

  statement {
    sid       = "ConfigWritesSnapshots"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.this.arn}/config/AWSLogs/${local.account_id}/Config/*"]

    principals {
      type        = "Service"
      identifiers = ["config.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = data.aws_iam_policy_document.bucket.json

  depends_on = [aws_s3_bucket_public_access_block.this]
}

################################################################################
# CloudTrail: every region, log file validation, KMS, a copy in CloudWatch Logs for the alarms
################################################################################

resource "aws_cloudwatch_log_group" "trail" {
  name              = local.log_group_name
  retention_in_days = var.log_retention_days
  kms_key_id        = aws_kms_key.this.arn

  tags = var.tags
}

data "aws_iam_policy_document" "trail_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceArn"
      values   = [local.trail_arn]
    }
  }
}

data "aws_iam_policy_document" "trail_logs" {
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.trail.arn}:log-stream:*"]
  }
}

resource "aws_iam_role" "trail" {
  name                 = "${var.name}-cloudtrail"
  assume_role_policy   = data.aws_iam_policy_document.trail_assume.json
  permissions_boundary = var.iam_role_permissions_boundary

  tags = var.tags
}

resource "aws_iam_role_policy" "trail" {
  name   = "deliver-to-cloudwatch-logs"
  role   = aws_iam_role.trail.id
  policy = data.aws_iam_policy_document.trail_logs.json
}

resource "aws_cloudtrail" "this" {
  name                          = var.name
  s3_bucket_name                = aws_s3_bucket.this.id
  s3_key_prefix                 = "cloudtrail"
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  enable_logging                = true
  kms_key_id                    = aws_kms_key.this.arn
  cloud_watch_logs_group_arn    = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn     = aws_iam_role.trail.arn

  event_selector {
    read_write_type           = "All"
    include_management_events = true
  }

  tags = var.tags

  depends_on = [aws_s3_bucket_policy.this, aws_iam_role_policy.trail]
}

resource "aws_cloudwatch_log_metric_filter" "cis" {
  for_each = local.cis_filters

  name           = "${var.name}-${each.key}"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = each.value.pattern

  metric_transformation {
    name          = each.key
    namespace     = "Shipline/${var.name}/CloudTrail"
    value         = "1"
    default_value = "0"
  }
}

resource "aws_cloudwatch_metric_alarm" "cis" {
  for_each = local.cis_filters

  alarm_name          = "${var.name}-${each.key}"
  alarm_description   = "${each.value.description} See the trail's log group ${local.log_group_name}."
  namespace           = "Shipline/${var.name}/CloudTrail"
  metric_name         = aws_cloudwatch_log_metric_filter.cis[each.key].metric_transformation[0].name
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]

  tags = var.tags
}

################################################################################
# AWS Config: record every supported resource, deliver to the audit bucket, a few managed rules
################################################################################

resource "aws_iam_service_linked_role" "config" {
  count = var.enable_config && var.create_config_service_linked_role ? 1 : 0

  aws_service_name = "config.amazonaws.com"
}

resource "aws_config_configuration_recorder" "this" {
  count = var.enable_config ? 1 : 0

  name     = var.name
  role_arn = "arn:${local.partition}:iam::${local.account_id}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }

  recording_mode {
    recording_frequency = "CONTINUOUS"
  }

  depends_on = [aws_iam_service_linked_role.config]
}

resource "aws_config_delivery_channel" "this" {
  count = var.enable_config ? 1 : 0

  name           = var.name
  s3_bucket_name = aws_s3_bucket.this.id
  s3_key_prefix  = "config"
  s3_kms_key_arn = aws_kms_key.this.arn

  snapshot_delivery_properties {
    delivery_frequency = "TwentyFour_Hours"
  }

  depends_on = [aws_config_configuration_recorder.this, aws_s3_bucket_policy.this]
}

resource "aws_config_configuration_recorder_status" "this" {
  count = var.enable_config ? 1 : 0

  name       = aws_config_configuration_recorder.this[0].name
  is_enabled = true

  depends_on = [aws_config_delivery_channel.this]
}

resource "aws_config_config_rule" "this" {
  for_each = { for key, rule in local.config_rules : key => rule if var.enable_config }

  name             = "${var.name}-${each.key}"
  description      = each.value.description
  input_parameters = each.value.input_parameters

  source {
    owner             = "AWS"
    source_identifier = each.value.identifier
  }

  tags = var.tags

  depends_on = [aws_config_configuration_recorder.this]
}
