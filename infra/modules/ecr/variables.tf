variable "name" {
  description = "Name prefix of the KMS key that encrypts the repositories."
  type        = string
}

variable "repositories" {
  description = "Repository names, one per service (the image name each service is built and deployed as)."
  type        = list(string)

  validation {
    condition     = length(var.repositories) > 0 && length(var.repositories) == length(distinct(var.repositories))
    error_message = "repositories must be a non-empty list without duplicates."
  }

  validation {
    condition     = alltrue([for r in var.repositories : can(regex("^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$", r))])
    error_message = "Every repository name must be a valid ECR repository name (lowercase letters, digits, . _ - and /)."
  }
}

variable "keep_last_images" {
  description = "Number of images each repository keeps; older ones are expired by the lifecycle policy."
  type        = number
  default     = 10

  validation {
    condition     = var.keep_last_images >= 1 && var.keep_last_images <= 1000
    error_message = "keep_last_images must be between 1 and 1000."
  }
}

variable "pull_principal_arns" {
  description = "IAM principals (the EKS node role) allowed to pull from the repositories by the repository policy."
  type        = list(string)

  validation {
    condition     = length(var.pull_principal_arns) > 0
    error_message = "pull_principal_arns must name at least one principal (the EKS node role)."
  }
}

variable "force_delete" {
  description = "Delete repositories that still hold images on destroy (set only to tear an environment down)."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
