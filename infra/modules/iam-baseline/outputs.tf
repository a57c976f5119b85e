output "administrators_group_name" {
  description = "IAM group of the administrators (add every human administrator to it)."
  value       = aws_iam_group.administrators.name
}

output "resources" {
  description = "The module's resources as planned, by role (the configuration's checks in infra/tests assert on them)."
  value = {
    password_policy       = aws_iam_account_password_policy.this
    administrators        = aws_iam_group.administrators
    require_mfa           = aws_iam_group_policy.require_mfa
    require_mfa_statement = data.aws_iam_policy_document.require_mfa
  }
}
