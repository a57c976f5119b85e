output "role_arn" {
  description = "IRSA role of the Cluster Autoscaler (the eks.amazonaws.com/role-arn annotation of its service account)."
  value       = aws_iam_role.cluster_autoscaler.arn
}

output "resources" {
  description = "The module's resources as planned, by role (the configuration's checks in infra/tests assert on them; prefer the outputs above for wiring)."
  value = {
    role   = aws_iam_role.cluster_autoscaler
    trust  = data.aws_iam_policy_document.assume
    policy = data.aws_iam_policy_document.cluster_autoscaler
  }
}
