data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  account_id   = data.aws_caller_identity.current.account_id
  partition    = data.aws_partition.current.partition
  state_bucket = coalesce(var.state_bucket_name, "tfstate-${var.project}-${local.account_id}")
  github_host  = "token.actions.githubusercontent.com"
  github_oidc  = var.create_github_oidc_provider ? aws_iam_openid_connect_provider.github[0].arn : data.aws_iam_openid_connect_provider.github[0].arn
  # Everything the environments create is named PROJECT-ENVIRONMENT-...; the roles below are not.
  project_arn_prefix = "arn:${local.partition}:iam::${local.account_id}"
}

################################################################################
# State bucket: versioned, KMS-encrypted, private, TLS only; S3 native locking
################################################################################

resource "aws_kms_key" "state" {
  description             = "Encrypts the Terraform state of ${var.project}"
  enable_key_rotation     = true
  deletion_window_in_days = 30

  tags = var.tags
}

resource "aws_kms_alias" "state" {
  name          = "alias/tfstate-${var.project}"
  target_key_id = aws_kms_key.state.key_id
}

resource "aws_s3_bucket" "state" {
  bucket = local.state_bucket

  tags = var.tags

  lifecycle {
    prevent_destroy = true

    precondition {
      condition     = !startswith(local.state_bucket, "${var.project}-")
      error_message = "The state bucket name must not start with PROJECT-: the deploy roles manage every bucket named that way."
    }
  }
}

resource "aws_s3_bucket_public_access_block" "state" {
  bucket = aws_s3_bucket.state.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "state" {
  bucket = aws_s3_bucket.state.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_versioning" "state" {
  bucket = aws_s3_bucket.state.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "state" {
  bucket = aws_s3_bucket.state.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.state.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "state" {
  bucket = aws_s3_bucket.state.id

  rule {
    id     = "expire-old-state-versions"
    status = "Enabled"

    filter {}

    noncurrent_version_expiration {
      noncurrent_days = var.noncurrent_state_retention_days
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

data "aws_iam_policy_document" "state_bucket" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.state.arn, "${aws_s3_bucket.state.arn}/*"]

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
}

resource "aws_s3_bucket_policy" "state" {
  bucket = aws_s3_bucket.state.id
  policy = data.aws_iam_policy_document.state_bucket.json

  depends_on = [aws_s3_bucket_public_access_block.state]
}

################################################################################
# GitHub Actions OIDC provider
################################################################################

resource "aws_iam_openid_connect_provider" "github" {
  count = var.create_github_oidc_provider ? 1 : 0

  url            = "https://${local.github_host}"
  client_id_list = ["sts.amazonaws.com"]

  tags = var.tags
}

data "aws_iam_openid_connect_provider" "github" {
  count = var.create_github_oidc_provider ? 0 : 1

  url = "https://${local.github_host}"
}

################################################################################
# Plan role: pull requests and the default branch, read-only, no lock
################################################################################

data "aws_iam_policy_document" "plan_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [local.github_oidc]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_host}:aud"
      values   = ["sts.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_host}:sub"
      values = [
        "repo:${var.github_repository}:pull_request",
        "repo:${var.github_repository}:ref:refs/heads/${var.default_branch}",
      ]
    }
  }
}

resource "aws_iam_role" "plan" {
  name                 = "github-${var.project}-plan"
  description          = "terraform plan (read-only, without the state lock) for ${var.github_repository}"
  assume_role_policy   = data.aws_iam_policy_document.plan_trust.json
  max_session_duration = 3600

  tags = var.tags
}

# What a plan refreshes: the metadata of the architecture's services (Describe, Get, List), never
# their data, and the state of the environments. No write anywhere: plans run with lock = false.
# The ECR reads are also what a pull request's build needs to read the build cache (cache/NAME):
# log in and pull, never push.
data "aws_iam_policy_document" "plan" {
  statement {
    sid = "ArchitectureReads"
    actions = [
      "acm:Describe*",
      "acm:Get*",
      "acm:List*",
      "autoscaling:Describe*",
      "cloudfront:Describe*",
      "cloudfront:Get*",
      "cloudfront:List*",
      "ec2:Describe*",
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:Describe*",
      "ecr:Get*",
      "ecr:List*",
      "eks:Describe*",
      "eks:List*",
      "elasticloadbalancing:Describe*",
      "kms:Describe*",
      "kms:Get*",
      "kms:List*",
      "logs:Describe*",
      "logs:List*",
      "rds:Describe*",
      "rds:List*",
      "route53:Get*",
      "route53:List*",
      "wafv2:Get*",
      "wafv2:List*",
      "sts:GetCallerIdentity",
    ]
    resources = ["*"]

    condition {
      test     = "StringEquals"
      variable = "aws:RequestedRegion"
      values   = distinct([var.region, "us-east-1"])
    }
  }

  statement {
    sid       = "ProjectIam"
    actions   = ["iam:Get*", "iam:List*"]
    resources = ["${local.project_arn_prefix}:role/${var.project}-*", "${local.project_arn_prefix}:instance-profile/${var.project}-*", "${local.project_arn_prefix}:policy/${var.project}-*", "${local.project_arn_prefix}:oidc-provider/*", "arn:${local.partition}:iam::aws:policy/*"]
  }

  statement {
    sid       = "ProjectBucketsConfiguration"
    actions   = ["s3:GetBucket*", "s3:Get*Configuration", "s3:ListBucket"]
    resources = ["arn:${local.partition}:s3:::${var.project}-*"]
  }

  # A pull request's dry run of the static frontend compares with the bucket's publish manifest
  # (file names and hashes, no content).
  statement {
    sid       = "StaticPublishManifest"
    actions   = ["s3:GetObject"]
    resources = ["arn:${local.partition}:s3:::${var.project}-*/*.shipline/publish-manifest.json"]
  }

  statement {
    sid       = "DatabaseMasterSecret"
    actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetResourcePolicy"]
    resources = ["arn:${local.partition}:secretsmanager:${var.region}:${local.account_id}:secret:rds!*"]
  }

  statement {
    sid       = "PublicParameters"
    actions   = ["ssm:GetParameter", "ssm:GetParameters"]
    resources = ["arn:${local.partition}:ssm:${var.region}::parameter/aws/service/*"]
  }

  statement {
    sid       = "ListState"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.state.arn]
  }

  statement {
    sid       = "ReadState"
    actions   = ["s3:GetObject"]
    resources = [for env in var.environments : "${aws_s3_bucket.state.arn}/workspaces/${env}/*"]
  }

  statement {
    sid       = "StateKey"
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.state.arn]
  }

  statement {
    sid           = "NoObjectReadsOutsideState"
    effect        = "Deny"
    actions       = ["s3:GetObject", "s3:GetObjectVersion"]
    not_resources = ["${aws_s3_bucket.state.arn}/*", "arn:${local.partition}:s3:::${var.project}-*/*.shipline/publish-manifest.json"]
  }
}

resource "aws_iam_role_policy" "plan" {
  name   = "terraform-plan-read"
  role   = aws_iam_role.plan.id
  policy = data.aws_iam_policy_document.plan.json
}

################################################################################
# Build role: the default branch, images only
################################################################################

data "aws_iam_policy_document" "build_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [local.github_oidc]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_host}:aud"
      values   = ["sts.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_host}:sub"
      values   = ["repo:${var.github_repository}:ref:refs/heads/${var.default_branch}"]
    }
  }
}

resource "aws_iam_role" "build" {
  name                 = "github-${var.project}-build"
  description          = "Image builds of ${var.github_repository}: read and push the project's ECR repositories"
  assume_role_policy   = data.aws_iam_policy_document.build_trust.json
  max_session_duration = 3600

  tags = var.tags
}

# The repositories infra/ creates carry the tag Project = PROJECT (the provider's default tags):
# the image repositories (NAME, immutable tags) and the build cache repositories (cache/NAME, mutable),
# where the default branch's builds read and write the registry cache.
data "aws_iam_policy_document" "build" {
  statement {
    sid       = "RegistryLogin"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid = "ProjectImages"
    actions = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:CompleteLayerUpload",
      "ecr:DescribeImages",
      "ecr:DescribeRepositories",
      "ecr:GetDownloadUrlForLayer",
      "ecr:InitiateLayerUpload",
      "ecr:ListImages",
      "ecr:PutImage",
      "ecr:UploadLayerPart",
    ]
    resources = ["arn:${local.partition}:ecr:${var.region}:${local.account_id}:repository/*"]

    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/Project"
      values   = [var.project]
    }
  }
}

resource "aws_iam_role_policy" "build" {
  name   = "project-images"
  role   = aws_iam_role.build.id
  policy = data.aws_iam_policy_document.build.json
}

################################################################################
# Boundary of every role the environments create
################################################################################

data "aws_iam_policy_document" "workload_boundary" {
  statement {
    sid = "WorkloadServices"
    actions = [
      "autoscaling:*",
      # The CloudWatch agent's Container Insights metrics (CloudWatchAgentServerPolicy).
      "cloudwatch:PutMetricData",
      "ec2:*",
      "ec2messages:*",
      "ecr:*",
      "eks:*",
      "eks-auth:*",
      "elasticloadbalancing:*",
      "logs:*",
      "ssm:*",
      "ssmmessages:*",
      "secretsmanager:DescribeSecret",
      "secretsmanager:GetSecretValue",
      "kms:CreateGrant",
      "kms:Decrypt",
      "kms:DescribeKey",
      "iam:CreateServiceLinkedRole",
      "sts:GetCallerIdentity",
    ]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "workload_boundary" {
  name        = "${var.project}-workload-boundary"
  description = "Permissions boundary of the roles the ${var.project} environments create (cluster, nodes, IRSA, flow logs)"
  policy      = data.aws_iam_policy_document.workload_boundary.json

  tags = var.tags
}

################################################################################
# Deploy roles: one per GitHub environment
################################################################################

data "aws_iam_policy_document" "deploy_trust" {
  for_each = toset(var.environments)

  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [local.github_oidc]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_host}:aud"
      values   = ["sts.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_host}:sub"
      values   = ["repo:${var.github_repository}:environment:${each.value}"]
    }
  }
}

resource "aws_iam_role" "deploy" {
  for_each = toset(var.environments)

  name                 = "github-${var.project}-deploy-${each.value}"
  description          = "terraform apply and deployments of ${var.github_repository} for the ${each.value} environment"
  assume_role_policy   = data.aws_iam_policy_document.deploy_trust[each.value].json
  max_session_duration = 7200

  tags = merge(var.tags, { Environment = each.value })
}

# State of its own environment only.
data "aws_iam_policy_document" "deploy_state" {
  for_each = toset(var.environments)

  statement {
    sid       = "ListState"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.state.arn]
  }

  statement {
    sid       = "ReadWriteOwnState"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${aws_s3_bucket.state.arn}/workspaces/${each.value}/*"]
  }

  statement {
    sid       = "StateKey"
    actions   = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"]
    resources = [aws_kms_key.state.arn]
  }
}

# The services of the reference architecture, in the environment's region (and us-east-1 for the
# global CloudFront, WAF and Route 53 APIs). IAM is granted separately, below.
data "aws_iam_policy_document" "deploy_infrastructure" {
  statement {
    sid = "ArchitectureServices"
    actions = [
      "acm:DescribeCertificate",
      "acm:ListCertificates",
      "acm:ListTagsForCertificate",
      "autoscaling:Describe*",
      "cloudfront:*",
      "ec2:*",
      "ecr:*",
      "eks:*",
      "elasticloadbalancing:*",
      "kms:*",
      "logs:*",
      "rds:*",
      "route53:*",
      "wafv2:*",
      "sts:GetCallerIdentity",
      # The platform (infra/platform.tf): alerts, audit, sign-in, runtime security.
      "cloudtrail:*",
      "cloudwatch:*",
      "cognito-idp:*",
      "config:*",
      "events:*",
      "guardduty:*",
      "sns:*",
    ]
    resources = ["*"]

    condition {
      test     = "StringEquals"
      variable = "aws:RequestedRegion"
      values   = distinct([var.region, "us-east-1"])
    }
  }

  # RDS keeps the master password in a secret it creates on the caller's behalf.
  statement {
    sid = "DatabaseMasterSecret"
    actions = [
      "secretsmanager:CreateSecret",
      "secretsmanager:DeleteSecret",
      "secretsmanager:DescribeSecret",
      "secretsmanager:RotateSecret",
      "secretsmanager:TagResource",
    ]
    resources = ["arn:${local.partition}:secretsmanager:${var.region}:${local.account_id}:secret:rds!*"]
  }

  statement {
    sid       = "PublicParameters"
    actions   = ["ssm:GetParameter", "ssm:GetParameters"]
    resources = ["arn:${local.partition}:ssm:${var.region}::parameter/aws/service/*"]
  }

  statement {
    sid = "ProjectBuckets"
    actions = [
      "s3:CreateBucket",
      "s3:DeleteBucket",
      "s3:DeleteObject",
      "s3:DeleteObjectVersion",
      "s3:Get*",
      "s3:List*",
      "s3:Put*",
    ]
    resources = ["arn:${local.partition}:s3:::${var.project}-*", "arn:${local.partition}:s3:::${var.project}-*/*"]
  }

  statement {
    sid       = "ListBuckets"
    actions   = ["s3:ListAllMyBuckets"]
    resources = ["*"]
  }

  # kms:* above must not reach the key that protects the state.
  statement {
    sid       = "ProtectStateKey"
    effect    = "Deny"
    actions   = ["kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:PutKeyPolicy", "kms:CreateGrant", "kms:UpdateAlias", "kms:DeleteAlias"]
    resources = [aws_kms_key.state.arn]
  }
}

# Roles of the environment: only under the project's prefix, only with the workload boundary,
# passed only to the services that use them, and never assumable by the deploy role itself.
data "aws_iam_policy_document" "deploy_iam" {
  statement {
    sid       = "CreateBoundedRoles"
    actions   = ["iam:CreateRole", "iam:PutRolePolicy", "iam:AttachRolePolicy", "iam:PutRolePermissionsBoundary"]
    resources = ["${local.project_arn_prefix}:role/${var.project}-*"]

    condition {
      test     = "StringEquals"
      variable = "iam:PermissionsBoundary"
      values   = [aws_iam_policy.workload_boundary.arn]
    }
  }

  statement {
    sid = "ManageProjectRoles"
    actions = [
      "iam:DeleteRole",
      "iam:DeleteRolePolicy",
      "iam:DetachRolePolicy",
      "iam:GetRole",
      "iam:GetRolePolicy",
      "iam:ListAttachedRolePolicies",
      "iam:ListInstanceProfilesForRole",
      "iam:ListRolePolicies",
      "iam:TagRole",
      "iam:UntagRole",
      "iam:UpdateAssumeRolePolicy",
      "iam:UpdateRole",
      "iam:UpdateRoleDescription",
    ]
    resources = ["${local.project_arn_prefix}:role/${var.project}-*"]
  }

  statement {
    sid = "ManageProjectInstanceProfiles"
    actions = [
      "iam:AddRoleToInstanceProfile",
      "iam:CreateInstanceProfile",
      "iam:DeleteInstanceProfile",
      "iam:GetInstanceProfile",
      "iam:RemoveRoleFromInstanceProfile",
      "iam:TagInstanceProfile",
      "iam:UntagInstanceProfile",
    ]
    resources = ["${local.project_arn_prefix}:instance-profile/${var.project}-*"]
  }

  statement {
    sid = "ManageClusterOidcProviders"
    actions = [
      "iam:AddClientIDToOpenIDConnectProvider",
      "iam:CreateOpenIDConnectProvider",
      "iam:DeleteOpenIDConnectProvider",
      "iam:GetOpenIDConnectProvider",
      "iam:TagOpenIDConnectProvider",
      "iam:UntagOpenIDConnectProvider",
      "iam:UpdateOpenIDConnectProviderThumbprint",
    ]
    resources = ["${local.project_arn_prefix}:oidc-provider/oidc.eks.${var.region}.amazonaws.com/*"]
  }

  statement {
    sid       = "PassProjectRoles"
    actions   = ["iam:PassRole"]
    resources = ["${local.project_arn_prefix}:role/${var.project}-*"]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["eks.amazonaws.com", "ec2.amazonaws.com", "vpc-flow-logs.amazonaws.com", "cloudtrail.amazonaws.com"]
    }
  }

  # AWS Config records with its service-linked role, which the deploy role passes and manages.
  statement {
    sid       = "PassConfigServiceLinkedRole"
    actions   = ["iam:PassRole"]
    resources = ["${local.project_arn_prefix}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["config.amazonaws.com"]
    }
  }

  statement {
    sid       = "ManageConfigServiceLinkedRole"
    actions   = ["iam:GetRole", "iam:DeleteServiceLinkedRole", "iam:GetServiceLinkedRoleDeletionStatus"]
    resources = ["${local.project_arn_prefix}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"]
  }

  # The IAM baseline (modules/iam-baseline): the account password policy, which has no resource
  # ARN, and the project's groups. The deploy role adds no user to a group.
  statement {
    sid       = "AccountPasswordPolicy"
    actions   = ["iam:GetAccountPasswordPolicy", "iam:UpdateAccountPasswordPolicy", "iam:DeleteAccountPasswordPolicy"]
    resources = ["*"]
  }

  statement {
    sid = "ManageProjectGroups"
    actions = [
      "iam:CreateGroup",
      "iam:DeleteGroup",
      "iam:DeleteGroupPolicy",
      "iam:GetGroup",
      "iam:GetGroupPolicy",
      "iam:ListAttachedGroupPolicies",
      "iam:ListGroupPolicies",
      "iam:PutGroupPolicy",
    ]
    resources = ["${local.project_arn_prefix}:group/${var.project}-*"]
  }

  statement {
    sid       = "ServiceLinkedRoles"
    actions   = ["iam:CreateServiceLinkedRole"]
    resources = ["${local.project_arn_prefix}:role/aws-service-role/*"]

    condition {
      test     = "StringEquals"
      variable = "iam:AWSServiceName"
      values = [
        "autoscaling.amazonaws.com",
        "eks.amazonaws.com",
        "eks-nodegroup.amazonaws.com",
        "elasticloadbalancing.amazonaws.com",
        "rds.amazonaws.com",
        "config.amazonaws.com",
        "guardduty.amazonaws.com",
      ]
    }
  }

  statement {
    sid       = "KeepBoundaries"
    effect    = "Deny"
    actions   = ["iam:DeleteRolePermissionsBoundary"]
    resources = ["${local.project_arn_prefix}:role/${var.project}-*"]
  }

  statement {
    sid       = "NoAssumingProjectRoles"
    effect    = "Deny"
    actions   = ["sts:AssumeRole"]
    resources = ["${local.project_arn_prefix}:role/${var.project}-*"]
  }
}

resource "aws_iam_role_policy" "deploy_state" {
  for_each = toset(var.environments)

  name   = "terraform-state"
  role   = aws_iam_role.deploy[each.value].id
  policy = data.aws_iam_policy_document.deploy_state[each.value].json
}

resource "aws_iam_role_policy" "deploy_infrastructure" {
  for_each = toset(var.environments)

  name   = "infrastructure"
  role   = aws_iam_role.deploy[each.value].id
  policy = data.aws_iam_policy_document.deploy_infrastructure.json
}

resource "aws_iam_role_policy" "deploy_iam" {
  for_each = toset(var.environments)

  name   = "iam"
  role   = aws_iam_role.deploy[each.value].id
  policy = data.aws_iam_policy_document.deploy_iam.json
}
