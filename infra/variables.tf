################################################################################
# Environment
################################################################################

variable "project" {
  description = "Short project name, the first part of every resource name."
  type        = string
  default     = "erp"

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{1,9}$", var.project))
    error_message = "project must be 2-10 lowercase letters or digits, starting with a letter."
  }
}

variable "environment" {
  description = "Environment name; also the Terraform workspace and the GitHub environment that deploys it."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{1,11}$", var.environment))
    error_message = "environment must be 2-12 lowercase letters or digits (for example staging or production)."
  }
}

variable "region" {
  description = "AWS region of the environment."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "allowed_account_ids" {
  description = "AWS accounts Terraform may act on; a guard against applying an environment to the wrong account. Empty allows any."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.allowed_account_ids : can(regex("^[0-9]{12}$", id))])
    error_message = "allowed_account_ids must contain 12-digit account IDs."
  }
}

variable "iam_role_permissions_boundary_arn" {
  description = "Permissions boundary set on every IAM role this configuration creates (the bootstrap's workload boundary; the deploy role may only create roles that carry it)."
  type        = string
  default     = null

  validation {
    condition     = var.iam_role_permissions_boundary_arn == null || can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:policy/.+$", var.iam_role_permissions_boundary_arn))
    error_message = "iam_role_permissions_boundary_arn must be null or an IAM policy ARN."
  }
}

variable "tags" {
  description = "Extra tags added to every resource."
  type        = map(string)
  default     = {}
}

################################################################################
# Network
################################################################################

variable "vpc_cidr" {
  description = "IPv4 CIDR block of the VPC."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0))
    error_message = "vpc_cidr must be a valid IPv4 CIDR block."
  }
}

variable "public_subnets" {
  description = "Public subnet CIDR blocks, one per availability zone (3)."
  type        = list(string)
  default     = ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"]

  validation {
    condition     = length(var.public_subnets) == 3
    error_message = "public_subnets must list 3 CIDR blocks, one per availability zone."
  }
}

variable "private_subnets" {
  description = "Private subnet CIDR blocks for nodes and pods, one per availability zone (3); pods take VPC addresses, so keep these large."
  type        = list(string)
  default     = ["10.0.64.0/18", "10.0.128.0/18", "10.0.192.0/18"]

  validation {
    condition     = length(var.private_subnets) == 3
    error_message = "private_subnets must list 3 CIDR blocks, one per availability zone."
  }
}

variable "database_subnets" {
  description = "Database subnet CIDR blocks, one per availability zone (3)."
  type        = list(string)
  default     = ["10.0.16.0/24", "10.0.17.0/24", "10.0.18.0/24"]

  validation {
    condition     = length(var.database_subnets) == 3
    error_message = "database_subnets must list 3 CIDR blocks, one per availability zone."
  }
}

variable "single_nat_gateway" {
  description = "One NAT gateway for the whole VPC (cheaper) instead of one per availability zone (zone-redundant)."
  type        = bool
  default     = false
}

variable "log_retention_days" {
  description = "Retention of the flow, control-plane, WAF and access logs, in days."
  type        = number
  default     = 365

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a retention period CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ..., 3653)."
  }
}

################################################################################
# Services and cluster
################################################################################

variable "shipline_config" {
  description = "Path of shipline.yml (from this directory), the one list of services: each one's ECR repository, its IRSA role (database: true), its target group and health check (expose, port, health) and the namespace come from it (services.tf)."
  type        = string
  default     = "../shipline.yml"

  validation {
    condition     = can(length(keys(yamldecode(file(var.shipline_config)).services)) > 0)
    error_message = "shipline_config: ${var.shipline_config} must be a readable YAML file with a services mapping: the shipline.yml at your repository root, as a path from this directory."
  }

  validation {
    condition     = try(length(keys(yamldecode(file(var.shipline_config)).services)) > 0, true)
    error_message = "${var.shipline_config}: services: expected at least one service, got none."
  }

  validation {
    condition     = try(alltrue([for name in keys(yamldecode(file(var.shipline_config)).services) : can(regex("^[a-z][a-z0-9-]{0,38}[a-z0-9]$", name))]), true)
    error_message = "${var.shipline_config}: ${try(join(", ", [for name in keys(yamldecode(file(var.shipline_config)).services) : "services.${name}" if !can(regex("^[a-z][a-z0-9-]{0,38}[a-z0-9]$", name))]), "services")}: invalid name; expected 2 to 40 lower-case letters, digits and \"-\", starting with a letter (it names the ECR repository, the Kubernetes objects and the IAM role PROJECT-ENVIRONMENT-NAME)."
  }

  validation {
    condition     = try(alltrue([for s in values(yamldecode(file(var.shipline_config)).services) : try(floor(s.port) == s.port && s.port >= 1024 && s.port <= 65535, !can(s.port))]), true)
    error_message = "${var.shipline_config}: ${try(join(", ", [for name, s in yamldecode(file(var.shipline_config)).services : "services.${name}.port" if !try(floor(s.port) == s.port && s.port >= 1024 && s.port <= 65535, !can(s.port))]), "services.*.port")}: expected the port the container listens on, a whole number from 1024 to 65535 (it runs as non-root; default 8080)."
  }

  validation {
    condition     = try(alltrue([for s in values(yamldecode(file(var.shipline_config)).services) : can(regex("^/[!-~]*$", try(s.health, "/health"))) && length(try(s.health, "/health")) <= 1024]), true)
    error_message = "${var.shipline_config}: ${try(join(", ", [for name, s in yamldecode(file(var.shipline_config)).services : "services.${name}.health" if !can(regex("^/[!-~]*$", try(s.health, "/health"))) && length(try(s.health, "/health")) <= 1024]), "services.*.health")}: expected an HTTP path starting with \"/\", such as /actuator/health (default /health)."
  }

  validation {
    condition     = try(alltrue([for s in values(yamldecode(file(var.shipline_config)).services) : contains([true, false], try(s.expose, false)) || alltrue([for p in s.expose.paths : can(regex("^/[!-~]{0,127}$", p))]) && length(s.expose.paths) > 0]) && length([for s in values(yamldecode(file(var.shipline_config)).services) : s if try(s.expose, false) == true]) <= 1, true)
    error_message = "${var.shipline_config}: services.*.expose: expected true (every path no other service takes; one service at most) or { paths: [/api/*] } (path patterns starting with \"/\")."
  }

  validation {
    condition     = try(length([for s in values(yamldecode(file(var.shipline_config)).services) : s if try(s.expose, false) != false]) > 0, true)
    error_message = "${var.shipline_config}: services: expected at least one service with expose (the load balancer forwards CloudFront's requests to it)."
  }

  validation {
    condition     = try(alltrue([for s in values(yamldecode(file(var.shipline_config)).services) : contains([true, false], try(s.database, false))]), true)
    error_message = "${var.shipline_config}: services.*.database: expected true or false (true: an IAM role that reads the database secret)."
  }

  validation {
    condition     = try(can(regex("^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$", try(yamldecode(file(var.shipline_config)).kubernetes.namespace, "erp"))), true)
    error_message = "${var.shipline_config}: kubernetes.namespace: expected a Kubernetes namespace name such as erp (the IRSA roles trust its service accounts)."
  }
}

variable "kubernetes_version" {
  description = "EKS Kubernetes minor version of the cluster and its node groups: 1.33 or later (the validation names each supported version and its EKS support dates)."
  type        = string
  default     = "1.35"

  validation {
    condition     = can(regex("^1\\.(3[3-9]|[4-9][0-9])$", var.kubernetes_version))
    error_message = "kubernetes_version must be a minor version such as 1.35, at least 1.33. EKS supports each version for 14 months (standard support), then 12 more at extra cost (extended support; the eks module's support_type = EXTENDED keeps it), then upgrades the cluster itself; with support_type = STANDARD it upgrades at the end of standard support. Refused: 1.31 and older, out of EKS support (1.29, the version of the reference design, since 2026-03-23), and 1.32, whose extended support ends on 2027-03-23. Supported: 1.33 (extended support until 2027-07-29; its standard support ended on 2026-07-29), 1.34 (standard support until 2026-12-02, extended until 2027-12-02), 1.35 (standard until 2027-03-27, extended until 2028-03-27) and later versions; see https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html."
  }
}

variable "node_groups" {
  description = "EKS managed node groups (see modules/eks)."
  type = map(object({
    instance_types = list(string)
    capacity_type  = optional(string, "ON_DEMAND")
    ami_type       = optional(string, "AL2023_x86_64_STANDARD")
    min_size       = number
    max_size       = number
    desired_size   = number
    disk_size_gib  = optional(number, 50)
    labels         = optional(map(string), {})
    taints = optional(list(object({
      key    = string
      value  = optional(string)
      effect = string
    })), [])
  }))
  default = {
    general = {
      instance_types = ["t3.large"]
      min_size       = 2
      max_size       = 4
      desired_size   = 2
    }
  }
}

variable "cluster_endpoint_public_access_cidrs" {
  description = "CIDR blocks allowed to reach the public Kubernetes API endpoint; empty keeps the endpoint private."
  type        = list(string)
  default     = []
}

variable "cluster_endpoint_private_access_cidrs" {
  description = "Extra CIDR blocks (VPN, self-hosted runners) allowed to reach the private Kubernetes API endpoint."
  type        = list(string)
  default     = []
}

variable "cluster_access_entries" {
  description = "EKS access entries: who may use the cluster (the deploy role, administrators) and with which access policies."
  type = map(object({
    principal_arn     = string
    kubernetes_groups = optional(list(string), [])
    policy_associations = optional(map(object({
      policy_arn = string
      access_scope = optional(object({
        type       = string
        namespaces = optional(list(string), [])
      }), { type = "cluster", namespaces = [] })
    })), {})
  }))
  default = {}
}

variable "enable_bastion" {
  description = "Create an SSM-only administration instance inside the VPC (for the private API endpoint)."
  type        = bool
  default     = false
}

################################################################################
# Database
################################################################################

variable "db_engine_version" {
  description = "PostgreSQL major version."
  type        = string
  default     = "17"
}

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t4g.micro"
}

variable "db_allocated_storage" {
  description = "Initial database storage, in GiB."
  type        = number
  default     = 20
}

variable "db_max_allocated_storage" {
  description = "Upper bound of database storage autoscaling, in GiB."
  type        = number
  default     = 100
}

variable "db_multi_az" {
  description = "Run a standby database in a second availability zone."
  type        = bool
  default     = false
}

variable "db_backup_retention_days" {
  description = "Days automated database backups are kept (at least 7)."
  type        = number
  default     = 7
}

variable "db_deletion_protection" {
  description = "Protect the database from deletion (turn off only to tear the environment down)."
  type        = bool
  default     = true
}

variable "db_final_snapshot" {
  description = "Take a final snapshot when the database is deleted."
  type        = bool
  default     = true
}

################################################################################
# Edge: CloudFront, WAF, load balancer
################################################################################

variable "domain_names" {
  description = "Public host names of the system (CloudFront aliases), e.g. [\"erp.example.com\"]."
  type        = list(string)

  validation {
    condition     = length(var.domain_names) > 0
    error_message = "domain_names must name at least one host name."
  }
}

variable "cloudfront_certificate_arn" {
  description = "ACM certificate in us-east-1 covering domain_names."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/.+$", var.cloudfront_certificate_arn))
    error_message = "cloudfront_certificate_arn must be an ACM certificate ARN in us-east-1 (CloudFront only uses certificates from there)."
  }
}

variable "origin_domain_name" {
  description = "Host name CloudFront uses to reach the load balancer (e.g. origin.erp.example.com), covered by alb_certificate_arn."
  type        = string
}

variable "alb_certificate_arn" {
  description = "ACM certificate in var.region covering origin_domain_name."
  type        = string
}

variable "route53_zone_id" {
  description = "Route 53 hosted zone in which to create the records of domain_names and origin_domain_name; null when DNS is managed elsewhere."
  type        = string
  default     = null
}

variable "alb_deletion_protection" {
  description = "Protect the load balancer from deletion (turn off only to tear the environment down)."
  type        = bool
  default     = true
}

variable "frontend_origin" {
  description = "Serve the frontend from the static bucket (s3) or from the frontend pods (alb: the service of shipline.yml with expose: true)."
  type        = string
  default     = "s3"

  validation {
    condition     = var.frontend_origin != "alb" || try(length([for s in values(yamldecode(file(var.shipline_config)).services) : s if try(s.expose, false) == true]) == 1, true)
    error_message = "frontend_origin = alb needs a service with expose: true in ${var.shipline_config} (the pods that answer every path the other services do not take)."
  }
}

variable "cloudfront_price_class" {
  description = "CloudFront price class."
  type        = string
  default     = "PriceClass_100"
}

variable "origin_verify_secret_version" {
  description = "Generation of the secret X-Origin-Verify header CloudFront sends to the load balancer; change it (for example increment it) to replace the secret."
  type        = number
  default     = 1

  validation {
    condition     = var.origin_verify_secret_version >= 1 && floor(var.origin_verify_secret_version) == var.origin_verify_secret_version
    error_message = "origin_verify_secret_version must be a whole number, 1 or more."
  }
}

variable "waf_rate_limit" {
  description = "Requests per client IP per 5 minutes before WAF blocks it."
  type        = number
  default     = 2000
}

variable "geo_restriction" {
  description = "Optional CloudFront geographic restriction (type none, whitelist or blacklist, and country codes)."
  type = object({
    type      = string
    locations = optional(list(string), [])
  })
  default = { type = "none", locations = [] }
}

variable "force_destroy" {
  description = "Let destroy delete non-empty ECR repositories and buckets (turn on only to tear the environment down)."
  type        = bool
  default     = false
}

################################################################################
# Platform: alerts, audit, IAM hygiene, sign-in, runtime security, logs (platform.tf)
################################################################################

variable "build_cache" {
  description = "A mutable ECR repository per service, cache/NAME, holding the registry build cache the reusable workflows read and write (false: none; then set build-cache: false on the workflows)."
  type        = bool
  default     = true
}

variable "alert_subscriptions" {
  description = "Who is told of an alarm or a GuardDuty finding, keyed by a short name: protocol (email, email-json, https, sqs, lambda, sms) and endpoint."
  type = map(object({
    protocol = string
    endpoint = string
  }))
  default = {}

  validation {
    condition     = alltrue([for s in values(var.alert_subscriptions) : contains(["email", "email-json", "https", "sqs", "lambda", "sms"], s.protocol)])
    error_message = "alert_subscriptions protocols must be email, email-json, https, sqs, lambda or sms."
  }
}

variable "audit_retention_days" {
  description = "Days CloudTrail's log files and AWS Config's snapshots are kept in the audit bucket (365 at least)."
  type        = number
  default     = 365

  validation {
    condition     = var.audit_retention_days >= 365
    error_message = "audit_retention_days must be at least 365."
  }
}

variable "enable_aws_config" {
  description = "Record the account's resources with AWS Config and evaluate the managed rules of modules/audit (billed per configuration item and evaluation)."
  type        = bool
  default     = true
}

variable "create_config_service_linked_role" {
  description = "Create AWS Config's service-linked role; false when the account already has AWSServiceRoleForConfig."
  type        = bool
  default     = true
}

variable "manage_account_iam_baseline" {
  description = "Set the account password policy and create the administrators group that requires MFA. Both are account-wide: where several environments share an account, turn this on in one of them."
  type        = bool
  default     = true
}

variable "iam_password_policy" {
  description = "Account password policy: minimum length, previous passwords that may not be reused, maximum age in days (every character class is always required)."
  type = object({
    minimum_length   = number
    reuse_prevention = number
    max_age_days     = number
  })
  default = { minimum_length = 14, reuse_prevention = 24, max_age_days = 90 }

  validation {
    condition     = var.iam_password_policy.minimum_length >= 14 && var.iam_password_policy.reuse_prevention >= 5 && var.iam_password_policy.max_age_days >= 1 && var.iam_password_policy.max_age_days <= 365
    error_message = "iam_password_policy needs minimum_length >= 14, reuse_prevention >= 5 and max_age_days between 1 and 365."
  }
}

variable "cognito_mfa" {
  description = "Multi-factor authentication of the user pool: ON (every user, TOTP) or OPTIONAL."
  type        = string
  default     = "ON"

  validation {
    condition     = contains(["ON", "OPTIONAL"], var.cognito_mfa)
    error_message = "cognito_mfa must be ON or OPTIONAL."
  }
}

variable "cognito_threat_protection" {
  description = "Cognito threat protection (advanced security): ENFORCED, AUDIT or OFF. Anything but OFF bills the Plus tier per monthly active user."
  type        = string
  default     = "ENFORCED"

  validation {
    condition     = contains(["ENFORCED", "AUDIT", "OFF"], var.cognito_threat_protection)
    error_message = "cognito_threat_protection must be ENFORCED, AUDIT or OFF."
  }
}

variable "cognito_deletion_protection" {
  description = "Refuse to delete the user pool (turn off only to tear the environment down)."
  type        = bool
  default     = true
}

variable "enable_guardduty" {
  description = "GuardDuty with EKS audit log and runtime monitoring (the managed runtime security, beside Falco); findings go to the alert topic. One detector per account and region."
  type        = bool
  default     = true
}

variable "enable_container_observability" {
  description = "The Amazon CloudWatch Observability add-on: container and node logs (KMS, retention) and Container Insights metrics (the pod restarts alarm and Falco's alarm need them)."
  type        = bool
  default     = true
}
