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

output "resources" {
  description = "The module's resources as planned, by role (the configuration's checks in infra/tests assert on them; prefer the outputs above for wiring)."
  value = {
    cluster                    = aws_eks_cluster.this
    kms_key                    = aws_kms_key.this
    log_group                  = aws_cloudwatch_log_group.cluster
    roles                      = merge({ cluster = aws_iam_role.cluster, node = aws_iam_role.node }, { for k, r in aws_iam_role.bastion : "bastion" => r })
    oidc_provider              = aws_iam_openid_connect_provider.this
    irsa_roles                 = aws_iam_role.irsa
    irsa_trust                 = data.aws_iam_policy_document.irsa_assume
    node_policy_attachments    = aws_iam_role_policy_attachment.node
    node_security_group        = aws_security_group.node
    node_groups                = aws_eks_node_group.this
    launch_templates           = aws_launch_template.node
    addons                     = merge(aws_eks_addon.before_compute, aws_eks_addon.this)
    access_entries             = aws_eks_access_entry.this
    access_policy_associations = aws_eks_access_policy_association.this
    bastion = {
      instances          = aws_instance.bastion
      security_groups    = aws_security_group.bastion
      egress_rules       = aws_vpc_security_group_egress_rule.bastion_https
      access_entries     = aws_eks_access_entry.bastion
      policy_association = aws_eks_access_policy_association.bastion
    }
  }
}
