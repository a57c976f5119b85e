output "state_bucket" {
  description = "Name of the Terraform state bucket."
  value       = aws_s3_bucket.state.id
}

output "state_kms_key_arn" {
  description = "ARN of the KMS key that encrypts the state."
  value       = aws_kms_key.state.arn
}

output "github_oidc_provider_arn" {
  description = "ARN of the GitHub Actions OIDC provider."
  value       = local.github_oidc
}

output "plan_role_arn" {
  description = "Role the plan jobs assume (pull requests and the default branch): read-only, plans without the lock."
  value       = aws_iam_role.plan.arn
}

output "build_role_arn" {
  description = "Role the build jobs assume to read and push the project's images (the default branch only)."
  value       = aws_iam_role.build.arn
}

output "deploy_role_arns" {
  description = "Deploy role of every environment, keyed by environment name."
  value       = { for env, role in aws_iam_role.deploy : env => role.arn }
}

output "permissions_boundary_arn" {
  description = "Workload permissions boundary; set it as iam_role_permissions_boundary_arn in the environments' tfvars."
  value       = aws_iam_policy.workload_boundary.arn
}

output "backend_config" {
  description = "Contents of infra/environments/<environment>.s3.tfbackend for each environment."
  value = {
    for env in var.environments : env => join("\n", [
      "bucket     = \"${aws_s3_bucket.state.id}\"",
      "region     = \"${var.region}\"",
      "kms_key_id = \"${aws_kms_key.state.arn}\"",
      "",
    ])
  }
}
