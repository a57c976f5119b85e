data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}

locals {
  user_arn = "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:user/$${aws:username}"
  mfa_arn  = "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:mfa/*"
}

# One per account: the last configuration to apply it wins (see infra/README.md, Identity).
resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = var.password_policy.minimum_length
  password_reuse_prevention      = var.password_policy.reuse_prevention
  max_password_age               = var.password_policy.max_age_days
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  allow_users_to_change_password = true
  hard_expiry                    = false
}

################################################################################
# Administrators: nothing but MFA self-service until they sign in with MFA
################################################################################

resource "aws_iam_group" "administrators" {
  name = var.administrators_group_name
}

# AWS's documented self-service MFA policy: users may manage their own password and MFA device;
# every other action is denied unless the request was authenticated with MFA.
data "aws_iam_policy_document" "require_mfa" {
  statement {
    sid       = "ViewAccountInfo"
    actions   = ["iam:GetAccountPasswordPolicy", "iam:ListVirtualMFADevices"]
    resources = ["*"]
  }

  statement {
    sid       = "ManageOwnPasswordAndMfa"
    actions   = ["iam:ChangePassword", "iam:GetUser", "iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices", "iam:ResyncMFADevice"]
    resources = [local.user_arn, local.mfa_arn]
  }

  statement {
    sid         = "DenyAllExceptMfaSetupWithoutMfa"
    effect      = "Deny"
    not_actions = ["iam:ChangePassword", "iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:GetUser", "iam:ListMFADevices", "iam:ListVirtualMFADevices", "iam:ResyncMFADevice", "sts:GetSessionToken"]
    resources   = ["*"]

    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

resource "aws_iam_group_policy" "require_mfa" {
  name   = "require-mfa"
  group  = aws_iam_group.administrators.name
  policy = data.aws_iam_policy_document.require_mfa.json
}
