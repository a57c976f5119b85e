variable "name" {
  description = "Name of the load balancer; also the prefix of its target groups (NAME-KEY, or its first 23 characters and a hash of the key when longer than 32)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,22}[a-z0-9]$", var.name))
    error_message = "name must be 3-24 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "vpc_id" {
  description = "ID of the VPC of the load balancer and its targets."
  type        = string
}

variable "subnet_ids" {
  description = "Public subnets of the load balancer (at least two availability zones)."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "subnet_ids must list at least two subnets in different availability zones."
  }
}

variable "certificate_arn" {
  description = "ACM certificate (in the load balancer's region) for the origin host name CloudFront connects to."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+$", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate ARN."
  }
}

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-2021-06"

  validation {
    condition     = can(regex("^ELBSecurityPolicy-TLS13-1-[23]-", var.ssl_policy))
    error_message = "ssl_policy must be a TLS 1.3 policy with TLS 1.2 or 1.3 as the minimum (ELBSecurityPolicy-TLS13-1-2-* or -1-3-*)."
  }
}

variable "origin_verify_header_name" {
  description = "Name of the secret header CloudFront adds to every origin request; the listener forwards only requests that carry it."
  type        = string
  default     = "X-Origin-Verify"
}

variable "origin_verify_secret" {
  description = "Value of the secret origin header (shared with the CloudFront distribution)."
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.origin_verify_secret) >= 32
    error_message = "origin_verify_secret must be at least 32 characters long."
  }
}

variable "target_security_group_id" {
  description = "Security group of the targets (the EKS nodes' group, which the pods share); the load balancer may reach it on the target ports only."
  type        = string
}

variable "target_groups" {
  description = "IP target groups keyed by service name, bound to Kubernetes Services by TargetGroupBinding. Requests with the origin header that match path_patterns (all paths when empty) go to the group; lower priority wins. Each group checks health_check_path (default var.health_check_path) on the traffic port."
  type = map(object({
    port              = number
    priority          = number
    path_patterns     = optional(list(string), [])
    health_check_path = optional(string)
  }))

  validation {
    condition     = length(var.target_groups) > 0
    error_message = "target_groups must define at least one target group."
  }

  validation {
    condition     = length(distinct([for tg in values(var.target_groups) : tg.priority])) == length(var.target_groups)
    error_message = "Every target group needs a distinct priority."
  }

  validation {
    condition     = alltrue([for tg in values(var.target_groups) : tg.port >= 1 && tg.port <= 65535 && tg.priority >= 1 && tg.priority <= 50000])
    error_message = "port must be 1-65535 and priority 1-50000."
  }

  validation {
    condition     = alltrue([for tg in values(var.target_groups) : tg.health_check_path == null || startswith(coalesce(tg.health_check_path, "/"), "/")])
    error_message = "Every health_check_path must start with /."
  }

  validation {
    condition     = alltrue([for key in keys(var.target_groups) : can(regex("^[a-z0-9][a-z0-9-]*$", key))])
    error_message = "Target group keys must be lower-case letters, digits and hyphens (they end the target group names)."
  }
}

variable "health_check_path" {
  description = "HTTP path a target group probes on every target when it names none of its own."
  type        = string
  default     = "/health"

  validation {
    condition     = startswith(var.health_check_path, "/")
    error_message = "health_check_path must start with /."
  }
}

variable "deletion_protection" {
  description = "Refuse to delete the load balancer until this is turned off."
  type        = bool
  default     = true
}

variable "access_logs_bucket" {
  description = "S3 bucket (SSE-S3 encrypted, with the ELB log delivery policy) for access logs; null turns access logs off."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
