output "cluster_name" {
  description = "Name of the EKS cluster."
  value       = aws_eks_cluster.this.name
}

output "cluster_arn" {
  description = "ARN of the EKS cluster."
  value       = aws_eks_cluster.this.arn
}

output "cluster_endpoint" {
  description = "Endpoint of the Kubernetes API server."
  value       = aws_eks_cluster.this.endpoint
}

output "cluster_certificate_authority_data" {
  description = "Base64-encoded certificate authority of the cluster."
  value       = aws_eks_cluster.this.certificate_authority[0].data
}

output "cluster_version" {
  description = "Kubernetes version of the control plane."
  value       = aws_eks_cluster.this.version
}

output "cluster_security_group_id" {
  description = "Security group EKS created for the control plane and the nodes."
  value       = aws_eks_cluster.this.vpc_config[0].cluster_security_group_id
}

output "node_security_group_id" {
  description = "Security group of the EKS nodes (and of the pods, which share the node's network interfaces)."
  value       = aws_security_group.node.id
}

output "node_role_arn" {
  description = "IAM role of the EKS nodes."
  value       = aws_iam_role.node.arn
}

output "oidc_provider_arn" {
  description = "ARN of the IAM OIDC provider for IRSA."
  value       = aws_iam_openid_connect_provider.this.arn
}

output "oidc_issuer_url" {
  description = "OIDC issuer URL of the cluster."
  value       = aws_eks_cluster.this.identity[0].oidc[0].issuer
}

output "irsa_role_arns" {
  description = "ARNs of the IRSA roles, keyed like var.irsa_roles (for the eks.amazonaws.com/role-arn annotations)."
  value       = { for key, role in aws_iam_role.irsa : key => role.arn }
}

output "kms_key_arn" {
  description = "ARN of the KMS key that encrypts the Kubernetes secrets."
  value       = aws_kms_key.this.arn
}

output "bastion_instance_id" {
  description = "ID of the administration instance (aws ssm start-session --target ...), or null when it is disabled."
  value       = var.enable_bastion ? aws_instance.bastion[0].id : null
}
