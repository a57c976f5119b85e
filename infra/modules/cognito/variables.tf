variable "name" {
  description = "Name of the user pool, and prefix of its client and hosted domain (for example erp-production)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name)) && !can(regex("aws|amazon|cognito", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens, starting with a letter, and must not contain aws, amazon or cognito (Cognito refuses such domains)."
  }
}

variable "region" {
  description = "Region of the module's AWS provider (the root's var.region): it names the token issuer."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "app_origins" {
  description = "Origins of the frontend (https://HOST), to which Cognito may redirect after sign-in and sign-out."
  type        = list(string)

  validation {
    condition     = length(var.app_origins) > 0 && alltrue([for o in var.app_origins : can(regex("^https://[a-z0-9.-]+$", o))])
    error_message = "app_origins must list https:// origins without a path (Cognito accepts http only for localhost)."
  }
}

variable "callback_paths" {
  description = "Paths of the frontend that receive the authorization code."
  type        = list(string)
  default     = ["/auth/callback"]

  validation {
    condition     = length(var.callback_paths) > 0 && alltrue([for p in var.callback_paths : startswith(p, "/")])
    error_message = "callback_paths must list absolute paths."
  }
}

variable "logout_paths" {
  description = "Paths of the frontend Cognito may redirect to after sign-out."
  type        = list(string)
  default     = ["/"]

  validation {
    condition     = alltrue([for p in var.logout_paths : startswith(p, "/")])
    error_message = "logout_paths must list absolute paths."
  }
}

variable "mfa" {
  description = "Multi-factor authentication: ON (every user, TOTP) or OPTIONAL (users choose)."
  type        = string
  default     = "ON"

  validation {
    condition     = contains(["ON", "OPTIONAL"], var.mfa)
    error_message = "mfa must be ON or OPTIONAL (OFF is not offered: this is an ERP's sign-in)."
  }
}

variable "password_minimum_length" {
  description = "Minimum length of user passwords (every character class is required)."
  type        = number
  default     = 12

  validation {
    condition     = var.password_minimum_length >= 12 && var.password_minimum_length <= 99
    error_message = "password_minimum_length must be between 12 and 99."
  }
}

variable "threat_protection" {
  description = "Cognito threat protection (advanced security: compromised-credential checks, adaptive authentication): ENFORCED, AUDIT or OFF. Anything but OFF puts the pool on the Plus tier (billed per monthly active user)."
  type        = string
  default     = "ENFORCED"

  validation {
    condition     = contains(["ENFORCED", "AUDIT", "OFF"], var.threat_protection)
    error_message = "threat_protection must be ENFORCED, AUDIT or OFF."
  }
}

variable "access_token_validity_minutes" {
  description = "Lifetime of access and ID tokens, in minutes."
  type        = number
  default     = 60

  validation {
    condition     = var.access_token_validity_minutes >= 5 && var.access_token_validity_minutes <= 1440
    error_message = "access_token_validity_minutes must be between 5 and 1440."
  }
}

variable "refresh_token_validity_hours" {
  description = "Lifetime of refresh tokens, in hours (how long a browser stays signed in)."
  type        = number
  default     = 12

  validation {
    condition     = var.refresh_token_validity_hours >= 1 && var.refresh_token_validity_hours <= 720
    error_message = "refresh_token_validity_hours must be between 1 and 720 (30 days)."
  }
}

variable "deletion_protection" {
  description = "Refuse to delete the user pool (and its users) until this is turned off."
  type        = bool
  default     = true
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
