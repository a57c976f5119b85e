variable "name" {
  description = "Name prefix of the topics, keys and alarms (for example erp-production)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "region" {
  description = "Region of the module's default AWS provider (the root's var.region)."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "subscriptions" {
  description = "Who is told of an alarm, keyed by a short name: protocol (email, email-json, https, sqs, lambda, sms) and endpoint. Both topics (the region's and us-east-1's) get every subscription; e-mail subscriptions must be confirmed by their recipient."
  type = map(object({
    protocol = string
    endpoint = string
  }))
  default = {}

  validation {
    condition     = alltrue([for s in values(var.subscriptions) : contains(["email", "email-json", "https", "sqs", "lambda", "sms"], s.protocol)])
    error_message = "subscriptions protocols must be email, email-json, https, sqs, lambda or sms (plain http would send alerts unencrypted)."
  }

  validation {
    condition     = alltrue([for s in values(var.subscriptions) : s.protocol != "https" || startswith(s.endpoint, "https://")])
    error_message = "https subscriptions need an https:// endpoint."
  }

  validation {
    condition     = alltrue([for k in keys(var.subscriptions) : can(regex("^[a-z0-9][a-z0-9-]{0,39}$", k))])
    error_message = "subscriptions keys must be short lowercase names (letters, digits, hyphens)."
  }
}

variable "load_balancer_arn" {
  description = "ARN of the application load balancer whose 5xx answers are watched."
  type        = string
}

variable "target_group_arns" {
  description = "Target groups whose unhealthy targets are watched, keyed by a name known at plan time (the exposed services of shipline.yml)."
  type        = map(string)

  validation {
    condition     = length(var.target_group_arns) > 0
    error_message = "target_group_arns must name at least one target group."
  }
}

variable "alb_5xx_threshold" {
  description = "HTTP 5xx answers in 5 minutes (from the load balancer, and from the targets, each) above which an alarm goes off."
  type        = number
  default     = 10

  validation {
    condition     = var.alb_5xx_threshold >= 0
    error_message = "alb_5xx_threshold must be 0 or more."
  }
}

variable "db_instance_identifier" {
  description = "Identifier of the RDS instance whose CPU, free storage and connections are watched."
  type        = string
}

variable "db_cpu_threshold_percent" {
  description = "Average database CPU (percent, over 15 minutes) above which an alarm goes off."
  type        = number
  default     = 80

  validation {
    condition     = var.db_cpu_threshold_percent > 0 && var.db_cpu_threshold_percent <= 100
    error_message = "db_cpu_threshold_percent must be between 1 and 100."
  }
}

variable "db_free_storage_threshold_bytes" {
  description = "Free database storage, in bytes, below which an alarm goes off."
  type        = number

  validation {
    condition     = var.db_free_storage_threshold_bytes >= 1073741824
    error_message = "db_free_storage_threshold_bytes must be at least 1 GiB (1073741824)."
  }
}

variable "db_connections_threshold" {
  description = "Database connections above which (for 15 minutes) an alarm goes off."
  type        = number
  default     = 80

  validation {
    condition     = var.db_connections_threshold >= 1
    error_message = "db_connections_threshold must be at least 1."
  }
}

variable "web_acl_name" {
  description = "Name of the CloudFront-scoped WAF web ACL whose blocked requests are watched."
  type        = string
}

variable "waf_blocked_threshold" {
  description = "Requests WAF blocks in 5 minutes above which an alarm goes off."
  type        = number
  default     = 1000

  validation {
    condition     = var.waf_blocked_threshold >= 1
    error_message = "waf_blocked_threshold must be at least 1."
  }
}

variable "cluster_name" {
  description = "EKS cluster whose application pods are watched (Container Insights' ClusterName)."
  type        = string
}

variable "k8s_namespace" {
  description = "Namespace of the application's pods."
  type        = string
}

variable "container_insights_enabled" {
  description = "Whether Container Insights (the observability add-on) publishes pod metrics: the pod restarts alarm needs them."
  type        = bool
}

variable "application_log_group_name" {
  description = "Log group the cluster's container logs go to (Falco's events among them); null when container logs are not collected, which leaves Falco without its alarm."
  type        = string
  default     = null
}

variable "falco_namespace" {
  description = "Namespace Falco runs in (its log lines are the runtime security events)."
  type        = string
  default     = "falco"

  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", var.falco_namespace))
    error_message = "falco_namespace must be a valid Kubernetes namespace name."
  }
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
