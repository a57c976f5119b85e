variable "password_policy" {
  description = "Account password policy: minimum length, how many previous passwords may not be reused, and the maximum age (rotation) in days. Every character class is always required."
  type = object({
    minimum_length   = number
    reuse_prevention = number
    max_age_days     = number
  })
  default = { minimum_length = 14, reuse_prevention = 24, max_age_days = 90 }

  validation {
    condition     = var.password_policy.minimum_length >= 14 && var.password_policy.minimum_length <= 128
    error_message = "password_policy.minimum_length must be between 14 (CIS) and 128."
  }

  validation {
    condition     = var.password_policy.reuse_prevention >= 5 && var.password_policy.reuse_prevention <= 24
    error_message = "password_policy.reuse_prevention must be between 5 and 24 previous passwords."
  }

  validation {
    condition     = var.password_policy.max_age_days >= 1 && var.password_policy.max_age_days <= 365
    error_message = "password_policy.max_age_days must be between 1 and 365."
  }
}

variable "administrators_group_name" {
  description = "Name of the IAM group every human administrator belongs to; its policy denies everything but MFA self-service until they sign in with MFA."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9+=,.@_-]{1,128}$", var.administrators_group_name))
    error_message = "administrators_group_name must be a valid IAM group name."
  }
}
