variable "name" {
  description = "Name prefix of the distribution's buckets, key, web ACL and policies."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,40}[a-z0-9]$", var.name))
    error_message = "name must be 3-42 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "aliases" {
  description = "Host names the distribution serves (covered by acm_certificate_arn)."
  type        = list(string)

  validation {
    condition     = length(var.aliases) > 0
    error_message = "aliases must name at least one host name: TLS 1.2 as a minimum needs a certificate of your own."
  }
}

variable "acm_certificate_arn" {
  description = "ACM certificate in us-east-1 for the aliases."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/.+$", var.acm_certificate_arn))
    error_message = "acm_certificate_arn must be an ACM certificate ARN in us-east-1 (CloudFront only uses certificates from there)."
  }
}

variable "alb_origin_domain_name" {
  description = "Host name of the load balancer origin; must match the load balancer's certificate, since CloudFront connects over HTTPS and verifies it."
  type        = string
}

variable "origin_verify_header_name" {
  description = "Name of the secret header added to every request sent to the load balancer origin."
  type        = string
  default     = "X-Origin-Verify"
}

variable "origin_verify_secret" {
  description = "Value of the secret origin header (shared with the load balancer's listener rules)."
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.origin_verify_secret) >= 32
    error_message = "origin_verify_secret must be at least 32 characters long."
  }
}

variable "alb_path_patterns" {
  description = "Path patterns served by the load balancer without caching (the exposed services' paths, in the order CloudFront checks them); every other path goes to frontend_origin."
  type        = list(string)
  default     = ["/api/*"]

  validation {
    condition     = alltrue([for p in var.alb_path_patterns : startswith(p, "/") && length(p) <= 255]) && length(var.alb_path_patterns) == length(distinct(var.alb_path_patterns))
    error_message = "alb_path_patterns must be distinct path patterns starting with /, 255 characters at most."
  }
}

variable "frontend_origin" {
  description = "Where the single-page frontend is served from: s3 (static bucket) or alb (frontend pods)."
  type        = string
  default     = "s3"

  validation {
    condition     = contains(["s3", "alb"], var.frontend_origin)
    error_message = "frontend_origin must be s3 or alb."
  }
}

variable "price_class" {
  description = "CloudFront price class (edge locations used)."
  type        = string
  default     = "PriceClass_100"

  validation {
    condition     = contains(["PriceClass_100", "PriceClass_200", "PriceClass_All"], var.price_class)
    error_message = "price_class must be PriceClass_100, PriceClass_200 or PriceClass_All."
  }
}

variable "waf_managed_rule_groups" {
  description = "AWS managed WAF rule groups evaluated, in this order, after the rate limit."
  type        = list(string)
  default = [
    "AWSManagedRulesAmazonIpReputationList",
    "AWSManagedRulesCommonRuleSet",
    "AWSManagedRulesKnownBadInputsRuleSet",
    "AWSManagedRulesSQLiRuleSet",
  ]

  validation {
    condition     = length(var.waf_managed_rule_groups) > 0
    error_message = "waf_managed_rule_groups must name at least one rule group."
  }
}

variable "waf_rate_limit" {
  description = "Requests one client IP may send in 5 minutes before WAF blocks it."
  type        = number
  default     = 2000

  validation {
    condition     = var.waf_rate_limit >= 10 && var.waf_rate_limit <= 2000000000
    error_message = "waf_rate_limit must be between 10 and 2000000000."
  }
}

variable "geo_restriction" {
  description = "Optional geographic restriction: type none, whitelist or blacklist, with ISO 3166-1 alpha-2 country codes."
  type = object({
    type      = string
    locations = optional(list(string), [])
  })
  default = { type = "none", locations = [] }

  validation {
    condition     = contains(["none", "whitelist", "blacklist"], var.geo_restriction.type)
    error_message = "geo_restriction.type must be none, whitelist or blacklist."
  }

  validation {
    condition     = (var.geo_restriction.type == "none") == (length(var.geo_restriction.locations) == 0)
    error_message = "geo_restriction.locations must be empty for type none and non-empty otherwise."
  }
}

variable "log_retention_days" {
  description = "Days access logs (CloudFront and WAF) are kept."
  type        = number
  default     = 365

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a retention period CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ..., 3653)."
  }
}

variable "force_destroy" {
  description = "Empty the buckets on destroy (set only to tear an environment down)."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
