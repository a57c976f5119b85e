variable "name" {
  description = "Name prefix of the module's resources (for example erp-production)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "alarm_topic_arn" {
  description = "SNS topic GuardDuty findings are sent to."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:sns:", var.alarm_topic_arn))
    error_message = "alarm_topic_arn must be an SNS topic ARN."
  }
}

variable "min_severity" {
  description = "Lowest GuardDuty severity sent to the alert topic (1-8.9; 4 is Medium, 7 High)."
  type        = number
  default     = 4

  validation {
    condition     = var.min_severity >= 1 && var.min_severity < 9
    error_message = "min_severity must be between 1 and 8.9."
  }
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
