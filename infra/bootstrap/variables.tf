variable "project" {
  description = "Short project name; the prefix the deploy roles may manage resources under (must match the root configuration's project)."
  type        = string
  default     = "erp"

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{1,9}$", var.project))
    error_message = "project must be 2-10 lowercase letters or digits, starting with a letter."
  }
}

variable "region" {
  description = "Region of the state bucket and of the environments the deploy roles manage."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "github_repository" {
  description = "GitHub repository (OWNER/NAME) whose workflows may assume the roles."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", var.github_repository))
    error_message = "github_repository must be OWNER/NAME."
  }
}

variable "default_branch" {
  description = "The branch whose pushes deploy: the build role and the plan role trust its workflows."
  type        = string
  default     = "main"

  validation {
    condition     = can(regex("^[A-Za-z0-9._/-]{1,100}$", var.default_branch))
    error_message = "default_branch must be a branch name such as main."
  }
}

variable "environments" {
  description = "GitHub environments that deploy to this account: one deploy role each, trusted only for that environment."
  type        = list(string)
  default     = ["staging", "production"]

  validation {
    condition     = length(var.environments) > 0 && alltrue([for e in var.environments : can(regex("^[a-z][a-z0-9]{1,11}$", e))])
    error_message = "environments must list 2-12 character lowercase names."
  }
}

variable "create_github_oidc_provider" {
  description = "Create the GitHub Actions OIDC provider (false when the account already has one)."
  type        = bool
  default     = true
}

variable "state_bucket_name" {
  description = "Name of the state bucket; null derives PROJECT-tfstate-ACCOUNT_ID."
  type        = string
  default     = null
}

variable "noncurrent_state_retention_days" {
  description = "Days old versions of state files are kept."
  type        = number
  default     = 90

  validation {
    condition     = var.noncurrent_state_retention_days >= 30
    error_message = "noncurrent_state_retention_days must be at least 30."
  }
}

variable "tags" {
  description = "Extra tags added to every resource."
  type        = map(string)
  default     = {}
}
