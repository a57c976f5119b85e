variable "name" {
  description = "Name of the trail, recorder and rules, and prefix of the audit bucket, key and log group (for example erp-production)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "region" {
  description = "Region of the module's AWS provider (the root's var.region): the trail's home region."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "retention_days" {
  description = "Days the trail's log files and the Config snapshots are kept in the audit bucket (archived to Glacier Instant Retrieval after 90)."
  type        = number
  default     = 365

  validation {
    condition     = var.retention_days >= 365
    error_message = "retention_days must be at least 365: audit logs are kept a year at least (CIS, most audit regimes)."
  }
}

variable "log_retention_days" {
  description = "Retention of the trail's CloudWatch Logs copy (what the metric filters read), in days."
  type        = number
  default     = 365

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a retention period CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ..., 3653)."
  }
}

variable "alarm_topic_arn" {
  description = "SNS topic the CIS metric-filter alarms notify."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:sns:", var.alarm_topic_arn))
    error_message = "alarm_topic_arn must be an SNS topic ARN."
  }
}

variable "enable_config" {
  description = "Record the account's resources with AWS Config and evaluate the managed rules (billed per configuration item and rule evaluation)."
  type        = bool
  default     = true
}

variable "create_config_service_linked_role" {
  description = "Create AWS Config's service-linked role (false when the account already has AWSServiceRoleForConfig)."
  type        = bool
  default     = true
}

variable "password_policy" {
  description = "The account password policy the IAM_PASSWORD_POLICY rule checks for (the one modules/iam-baseline sets)."
  type = object({
    minimum_length   = number
    reuse_prevention = number
    max_age_days     = number
  })

  validation {
    condition     = var.password_policy.minimum_length >= 14 && var.password_policy.reuse_prevention >= 1 && var.password_policy.max_age_days >= 1
    error_message = "password_policy must ask for at least 14 characters, some reuse prevention and a maximum age."
  }
}

variable "iam_role_permissions_boundary" {
  description = "ARN of the permissions boundary set on every IAM role of the module (null for none)."
  type        = string
  default     = null
}

variable "force_destroy" {
  description = "Empty the audit bucket on destroy (set only to tear an environment down)."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
