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

variable "build_cache" {
  description = "Create a mutable build cache repository per service, CACHE_PREFIX/NAME (the reusable workflows read and write the registry cache there)."
  type        = bool
  default     = true
}

variable "cache_prefix" {
  description = "Namespace of the build cache repositories: the cache of service NAME is CACHE_PREFIX/NAME (the workflows use cache, so REGISTRY/cache/NAME)."
  type        = string
  default     = "cache"

  validation {
    condition     = can(regex("^[a-z0-9]+(?:[._-][a-z0-9]+)*$", var.cache_prefix))
    error_message = "cache_prefix must be one ECR repository name segment (lowercase letters, digits, . _ -), such as cache."
  }
}

variable "cache_expire_days" {
  description = "Days after which a cache manifest no longer tagged (replaced by a later build) expires, with the blobs only it used."
  type        = number
  default     = 3

  validation {
    condition     = var.cache_expire_days >= 1 && var.cache_expire_days <= 30 && floor(var.cache_expire_days) == var.cache_expire_days
    error_message = "cache_expire_days must be a whole number of days from 1 to 30."
  }
}

variable "cache_keep_images" {
  description = "Most images a build cache repository keeps (tagged or not); the oldest beyond it expire."
  type        = number
  default     = 50

  validation {
    condition     = var.cache_keep_images >= 1 && var.cache_keep_images <= 1000 && floor(var.cache_keep_images) == var.cache_keep_images
    error_message = "cache_keep_images must be a whole number from 1 to 1000."
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
