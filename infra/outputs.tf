# What the pipeline reads with `terraform output -json` (provision-infra hands these to the next stages).

output "region" {
  description = "AWS region of the environment."
  value       = var.region
}

output "registry_url" {
  description = "ECR registry host (ACCOUNT.dkr.ecr.REGION.amazonaws.com) to log in and push to."
  value       = module.ecr.registry_url
}

output "repository_urls" {
  description = "ECR repository URL of every service, keyed by service name."
  value       = module.ecr.repository_urls
}

output "cache_repository_urls" {
  description = "Build cache repository of every service, keyed by service name: REGISTRY/cache/NAME, mutable, where the reusable workflows read and write the registry cache (build_cache = false: empty)."
  value       = module.ecr.cache_repository_urls
}

output "cluster_name" {
  description = "Name of the EKS cluster to deploy to."
  value       = module.eks.cluster_name
}

output "cluster_endpoint" {
  description = "Kubernetes API endpoint of the cluster."
  value       = module.eks.cluster_endpoint
}

output "k8s_namespace" {
  description = "Namespace of the services (kubernetes.namespace of shipline.yml)."
  value       = local.k8s_namespace
}

output "irsa_role_arns" {
  description = "IRSA role ARNs keyed by service account name (for the eks.amazonaws.com/role-arn annotations)."
  value       = module.eks.irsa_role_arns
}

output "cloudfront_distribution_id" {
  description = "CloudFront distribution ID (for invalidations)."
  value       = module.cdn.distribution_id
}

output "cloudfront_domain_name" {
  description = "CloudFront domain name of the distribution."
  value       = module.cdn.distribution_domain_name
}

output "static_bucket" {
  description = "Bucket the frontend's static build is uploaded to."
  value       = module.cdn.static_bucket_name
}

output "target_group_arns" {
  description = "Target group ARNs keyed by service, one per service shipline.yml exposes (expose)."
  value       = module.alb.target_group_arns
}

output "database_endpoint" {
  description = "PostgreSQL endpoint (host:port)."
  value       = module.rds.endpoint
}

output "database_secret_arn" {
  description = "Secrets Manager secret with the database master credentials."
  value       = module.rds.master_user_secret_arn
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.network.vpc_id
}

output "vpc_cidr" {
  description = "CIDR block of the VPC (the source range of the load balancer in the NetworkPolicies)."
  value       = module.network.vpc_cidr_block
}

output "nat_public_ips" {
  description = "Egress addresses of the cluster."
  value       = module.network.nat_public_ips
}

output "bastion_instance_id" {
  description = "Administration instance for SSM sessions, or null."
  value       = module.eks.bastion_instance_id
}

output "kustomize_env" {
  description = "Contents of k8s/overlays/<environment>/infra-outputs.env: the values the generated manifests take from Terraform (each exposed service's target group, the IRSA role prefix, the VPC CIDR, the database's endpoint and secret, and the Cognito settings the services validate JWTs with: issuer, JWKS URL, client id, hosted domain)."
  value = join("\n", concat(
    [for name in sort(keys(module.alb.target_group_arns)) : "TARGET_GROUP_ARN_${upper(replace(name, "-", "_"))}=${module.alb.target_group_arns[name]}"],
    [
      "IRSA_ROLE_PREFIX=${trimsuffix(module.eks.irsa_role_arns["aws-load-balancer-controller"], "-aws-load-balancer-controller")}",
      "VPC_CIDR=${module.network.vpc_cidr_block}",
      "DATABASE_ENDPOINT=${module.rds.endpoint}",
      "DATABASE_SECRET_ARN=${module.rds.master_user_secret_arn}",
      "COGNITO_ISSUER_URL=${module.cognito.issuer_url}",
      "COGNITO_JWKS_URL=${module.cognito.jwks_url}",
      "COGNITO_CLIENT_ID=${module.cognito.client_id}",
      "COGNITO_DOMAIN=${module.cognito.hosted_domain}",
      "",
    ],
  ))
}

output "platform_kustomize_env" {
  description = "Contents of k8s/platform/<environment>/platform-outputs.env: what the cluster's platform components (Cluster Autoscaler) take from Terraform."
  value = join("\n", [
    "CLUSTER_NAME=${module.eks.cluster_name}",
    "AWS_REGION=${var.region}",
    "CLUSTER_AUTOSCALER_ROLE_ARN=${module.autoscaling.role_arn}",
    "",
  ])
}

output "alert_topic_arns" {
  description = "SNS topics of the alarms: regional (the environment's region) and edge (us-east-1, the WAF alarm)."
  value       = { regional = module.alerts.topic_arn, edge = module.alerts.edge_topic_arn }
}

output "cognito" {
  description = "The user pool the frontend signs users in with: issuer, JWKS URL, client id, hosted domain."
  value = {
    user_pool_id  = module.cognito.user_pool_id
    issuer_url    = module.cognito.issuer_url
    jwks_url      = module.cognito.jwks_url
    client_id     = module.cognito.client_id
    hosted_domain = module.cognito.hosted_domain
  }
}

output "audit_bucket" {
  description = "Bucket of the CloudTrail log files and AWS Config snapshots."
  value       = module.audit.bucket_name
}
