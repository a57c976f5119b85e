variable "name" {
  description = "Name prefix for every network resource (for example erp-production)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}[a-z0-9]$", var.name))
    error_message = "name must be 3-32 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "region" {
  description = "Region of the module's AWS provider (the root's var.region): it names the regional service principals and log group ARNs."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "vpc_cidr" {
  description = "IPv4 CIDR block of the VPC."
  type        = string

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && tonumber(split("/", var.vpc_cidr)[1]) <= 20
    error_message = "vpc_cidr must be a valid IPv4 CIDR block of size /20 or larger."
  }
}

variable "az_count" {
  description = "Number of availability zones to spread the subnets over."
  type        = number
  default     = 3

  validation {
    condition     = var.az_count >= 2 && var.az_count <= 6
    error_message = "az_count must be between 2 and 6."
  }
}

variable "public_subnets" {
  description = "CIDR blocks of the public subnets (load balancers, NAT gateways), one per availability zone."
  type        = list(string)

  validation {
    condition     = alltrue([for cidr in var.public_subnets : can(cidrhost(cidr, 0))])
    error_message = "public_subnets must contain valid IPv4 CIDR blocks."
  }
}

variable "private_subnets" {
  description = "CIDR blocks of the private subnets (EKS nodes and pods), one per availability zone."
  type        = list(string)

  validation {
    condition     = alltrue([for cidr in var.private_subnets : can(cidrhost(cidr, 0))])
    error_message = "private_subnets must contain valid IPv4 CIDR blocks."
  }
}

variable "database_subnets" {
  description = "CIDR blocks of the isolated database subnets (no route to the internet), one per availability zone."
  type        = list(string)

  validation {
    condition     = alltrue([for cidr in var.database_subnets : can(cidrhost(cidr, 0))])
    error_message = "database_subnets must contain valid IPv4 CIDR blocks."
  }
}

variable "single_nat_gateway" {
  description = "Use one NAT gateway for all private subnets (cheaper, not zone-redundant) instead of one per availability zone."
  type        = bool
  default     = false
}

variable "cluster_name" {
  description = "Name of the EKS cluster that discovers these subnets through the kubernetes.io/cluster tag."
  type        = string
}

variable "flow_log_retention_days" {
  description = "Retention of the VPC flow log group, in days."
  type        = number
  default     = 365

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.flow_log_retention_days)
    error_message = "flow_log_retention_days must be a retention period CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ..., 3653)."
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
