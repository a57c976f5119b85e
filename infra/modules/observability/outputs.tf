output "application_log_group_name" {
  description = "Log group of the containers' logs (the application's, and Falco's events)."
  value       = aws_cloudwatch_log_group.this["application"].name
}

output "log_group_names" {
  description = "Every log group of the add-on, keyed by kind (application, dataplane, host, performance)."
  value       = { for kind, group in aws_cloudwatch_log_group.this : kind => group.name }
}

output "agent_role_arn" {
  description = "IRSA role of the add-on's service account (amazon-cloudwatch/cloudwatch-agent)."
  value       = aws_iam_role.agent.arn
}

output "resources" {
  description = "The module's resources as planned, by role (the configuration's checks in infra/tests assert on them; prefer the outputs above for wiring)."
  value = {
    addon      = aws_eks_addon.this
    log_groups = aws_cloudwatch_log_group.this
    kms_key    = aws_kms_key.this
    kms_policy = data.aws_iam_policy_document.kms
    role       = aws_iam_role.agent
    trust      = data.aws_iam_policy_document.assume
    policies   = aws_iam_role_policy_attachment.agent
  }
}
