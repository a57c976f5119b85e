variable "cluster_name" {
  description = "Name of the EKS cluster whose container and node logs are collected."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.cluster_name))
    error_message = "cluster_name must be 3-40 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "region" {
  description = "Region of the module's AWS provider (the root's var.region): it names the log service principal."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "oidc_provider_arn" {
  description = "ARN of the cluster's IAM OIDC provider (IRSA)."
  type        = string
}

variable "oidc_issuer_url" {
  description = "OIDC issuer URL of the cluster."
  type        = string
}

variable "node_group_arns" {
  description = "ARNs of the cluster's node groups: the add-on is installed after them (its pods need nodes)."
  type        = list(string)
}

variable "addon_version" {
  description = "Version of the amazon-cloudwatch-observability add-on (null: the default for the cluster's Kubernetes version)."
  type        = string
  default     = null

  validation {
    condition     = var.addon_version == null || can(regex("^v[0-9]+\\.[0-9]+\\.[0-9]+-eksbuild\\.[0-9]+$", var.addon_version))
    error_message = "addon_version must be null or an EKS add-on version such as v4.1.0-eksbuild.1."
  }
}

variable "log_retention_days" {
  description = "Retention of the container, node and performance log groups, in days."
  type        = number
  default     = 90

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a retention period CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ..., 3653)."
  }
}

variable "iam_role_permissions_boundary" {
  description = "ARN of the permissions boundary set on every IAM role of the module (null for none)."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
