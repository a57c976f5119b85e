variable "name" {
  description = "Name of the EKS cluster; also the prefix of its IAM roles, security groups and keys."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "region" {
  description = "Region of the module's AWS provider (the root's var.region): it names the regional service principals and log group ARNs."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "kubernetes_version" {
  description = "Kubernetes minor version of the control plane and the managed node groups: 1.33 or later (the validation names each supported version and its EKS support dates)."
  type        = string

  validation {
    condition     = can(regex("^1\\.(3[3-9]|[4-9][0-9])$", var.kubernetes_version))
    error_message = "kubernetes_version must be a minor version such as 1.35, at least 1.33. EKS supports each version for 14 months (standard support), then 12 more at extra cost (extended support; the eks module's support_type = EXTENDED keeps it), then upgrades the cluster itself; with support_type = STANDARD it upgrades at the end of standard support. Refused: 1.31 and older, out of EKS support (1.29, the version of the reference design, since 2026-03-23), and 1.32, whose extended support ends on 2027-03-23. Supported: 1.33 (extended support until 2027-07-29; its standard support ended on 2026-07-29), 1.34 (standard support until 2026-12-02, extended until 2027-12-02), 1.35 (standard until 2027-03-27, extended until 2028-03-27) and later versions; see https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html."
  }
}

variable "support_type" {
  description = "EKS upgrade policy: STANDARD upgrades the cluster at the end of standard support, EXTENDED keeps it (at extra cost)."
  type        = string
  default     = "STANDARD"

  validation {
    condition     = contains(["STANDARD", "EXTENDED"], var.support_type)
    error_message = "support_type must be STANDARD or EXTENDED."
  }
}

variable "vpc_id" {
  description = "ID of the VPC the cluster runs in."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets for the control-plane network interfaces and the nodes."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "subnet_ids must list at least two subnets in different availability zones."
  }
}

variable "endpoint_public_access_cidrs" {
  description = "CIDR blocks allowed to reach the public API endpoint. Empty (the default) turns the public endpoint off: the API is then private to the VPC."
  type        = list(string)
  default     = []

  validation {
    condition = alltrue([
      for cidr in var.endpoint_public_access_cidrs : can(cidrhost(cidr, 0)) && cidr != "0.0.0.0/0"
    ])
    error_message = "endpoint_public_access_cidrs must contain valid CIDR blocks and must not contain 0.0.0.0/0."
  }
}

variable "endpoint_private_access_cidrs" {
  description = "Extra CIDR blocks (VPN, peered networks, self-hosted runners) allowed to reach the private API endpoint on 443."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for cidr in var.endpoint_private_access_cidrs : can(cidrhost(cidr, 0))])
    error_message = "endpoint_private_access_cidrs must contain valid CIDR blocks."
  }
}

variable "enabled_log_types" {
  description = "Control-plane log types sent to CloudWatch Logs."
  type        = list(string)
  default     = ["api", "audit", "authenticator", "controllerManager", "scheduler"]

  validation {
    condition     = alltrue([for t in var.enabled_log_types : contains(["api", "audit", "authenticator", "controllerManager", "scheduler"], t)])
    error_message = "enabled_log_types may only contain api, audit, authenticator, controllerManager and scheduler."
  }
}

variable "log_retention_days" {
  description = "Retention of the control-plane log group, in days."
  type        = number
  default     = 90

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a retention period CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ..., 3653)."
  }
}

variable "node_groups" {
  description = "Managed node groups, keyed by a short name. Nodes run in subnet_ids with IMDSv2 required and encrypted gp3 root volumes."
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

  validation {
    condition     = length(var.node_groups) > 0
    error_message = "node_groups must define at least one node group."
  }

  validation {
    condition = alltrue([
      for ng in values(var.node_groups) : ng.min_size >= 1 && ng.min_size <= ng.desired_size && ng.desired_size <= ng.max_size
    ])
    error_message = "Every node group needs 1 <= min_size <= desired_size <= max_size."
  }

  validation {
    condition     = alltrue([for ng in values(var.node_groups) : contains(["ON_DEMAND", "SPOT"], ng.capacity_type)])
    error_message = "capacity_type must be ON_DEMAND or SPOT."
  }

  validation {
    condition     = alltrue([for k in keys(var.node_groups) : can(regex("^[a-z][a-z0-9-]{0,19}$", k))])
    error_message = "Node group keys must be 1-20 lowercase letters, digits or hyphens."
  }
}

variable "access_entries" {
  description = "EKS access entries (cluster access management API, not the aws-auth ConfigMap), keyed by a short name."
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

  validation {
    condition     = alltrue([for e in values(var.access_entries) : can(regex("^arn:aws[a-z-]*:(iam|sts)::[0-9]{12}:", e.principal_arn))])
    error_message = "Every access entry needs an IAM principal ARN."
  }

  validation {
    condition = alltrue(flatten([
      for e in values(var.access_entries) : [for p in values(e.policy_associations) : contains(["cluster", "namespace"], p.access_scope.type)]
    ]))
    error_message = "access_scope.type must be cluster or namespace."
  }
}

variable "cluster_addons" {
  description = "EKS add-ons keyed by add-on name. before_compute add-ons (the CNI) are installed before the node groups; the others after."
  type = map(object({
    addon_version        = optional(string)
    configuration_values = optional(string)
    before_compute       = optional(bool, false)
  }))
  default = {
    vpc-cni = {
      before_compute = true
      # Network policy enforcement, so the namespace's NetworkPolicies are not just decoration.
      configuration_values = "{\"enableNetworkPolicy\":\"true\"}"
    }
    kube-proxy             = { before_compute = true }
    eks-pod-identity-agent = { before_compute = true }
    coredns                = {}
    metrics-server         = {}
  }
}

variable "irsa_roles" {
  description = "IAM roles for service accounts (IRSA), keyed by role suffix: the Kubernetes service account allowed to assume the role and the role's policy."
  type = map(object({
    namespace       = string
    service_account = string
    policy_json     = string
  }))
  default = {}
}

variable "enable_bastion" {
  description = "Create an administration instance in a private subnet, reachable only through SSM Session Manager (no SSH, no public address)."
  type        = bool
  default     = false
}

variable "bastion_instance_type" {
  description = "Instance type of the optional administration instance."
  type        = string
  default     = "t3.micro"
}

variable "iam_role_permissions_boundary" {
  description = "ARN of the permissions boundary set on every IAM role of the module (null for none)."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to every resource of the module."
  type        = map(string)
  default     = {}
}
