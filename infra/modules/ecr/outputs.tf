output "registry_id" {
  description = "Account ID of the registry."
  value       = one(distinct([for repo in aws_ecr_repository.this : repo.registry_id]))
}

output "registry_url" {
  description = "Registry host name (ACCOUNT.dkr.ecr.REGION.amazonaws.com), the prefix of every repository URL."
  value       = split("/", values(aws_ecr_repository.this)[0].repository_url)[0]
}

output "repository_urls" {
  description = "Repository URLs keyed by service name."
  value       = { for name, repo in aws_ecr_repository.this : name => repo.repository_url }
}

output "repository_arns" {
  description = "Repository ARNs keyed by service name (for push permissions)."
  value       = { for name, repo in aws_ecr_repository.this : name => repo.arn }
}

output "cache_repository_urls" {
  description = "Build cache repository URLs keyed by service name (REGISTRY/cache/NAME, mutable); empty when build_cache is false."
  value       = { for name, repo in aws_ecr_repository.cache : name => repo.repository_url }
}

output "cache_repository_arns" {
  description = "Build cache repository ARNs keyed by service name."
  value       = { for name, repo in aws_ecr_repository.cache : name => repo.arn }
}

output "kms_key_arn" {
  description = "ARN of the KMS key that encrypts the repositories."
  value       = aws_kms_key.this.arn
}

output "resources" {
  description = "The module's resources as planned, by role (the configuration's checks in infra/tests assert on them; prefer the outputs above for wiring)."
  value = {
    repositories        = aws_ecr_repository.this
    lifecycle_policies  = aws_ecr_lifecycle_policy.this
    repository_policies = aws_ecr_repository_policy.this
    cache_repositories  = aws_ecr_repository.cache
    cache_lifecycle     = aws_ecr_lifecycle_policy.cache
    pull_policy         = data.aws_iam_policy_document.pull
    kms_key             = aws_kms_key.this
  }
}
