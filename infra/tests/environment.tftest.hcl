# The reference architecture of one environment, planned from its tfvars with a mocked AWS provider.
# The Jest wrapper (infra/tests/__tests__/terraform-test.test.ts) runs this file once for every
# environments/*.tfvars:  terraform test -filter=tests/environment.tftest.hcl -var-file=environments/ENV.tfvars
# Every control is an assertion on a planned value: the child modules' resources as planned come
# through their `resources` outputs. Values AWS computes (ARNs, IDs) are known only after an apply,
# which the mock provider makes with the values of tests/mocks and the overrides below.

mock_provider "aws" {
  source = "./tests/mocks"
}

# CloudFront's WAF lives in us-east-1: this mock stamps us-east-1 into what it creates, so the
# apply run can tell which provider configuration planned the web ACL.
mock_provider "aws" {
  alias  = "us_east_1"
  source = "./tests/mocks"

  mock_resource "aws_wafv2_web_acl" {
    defaults = {
      arn = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/mock/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"
    }
  }

  mock_resource "aws_cloudwatch_log_group" {
    defaults = {
      arn = "arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-mock"
    }
  }
}

override_data {
  target = module.cdn.data.aws_cloudfront_cache_policy.caching_disabled
  values = {
    id = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
  }
}

# Distinct ARNs for what one resource hands another, so the apply run checks real wiring.
override_resource {
  target = module.network.aws_cloudwatch_log_group.flow_logs
  values = { arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/vpc/flow-logs" }
}

override_resource {
  target = module.network.aws_kms_key.flow_logs
  values = { arn = "arn:aws:kms:eu-west-1:123456789012:key/11111111-1111-4111-8111-111111111111", key_id = "11111111-1111-4111-8111-111111111111" }
}

override_resource {
  target = module.network.aws_iam_role.flow_logs
  values = { arn = "arn:aws:iam::123456789012:role/vpc-flow-logs" }
}

override_resource {
  target = module.eks.aws_kms_key.this
  values = { arn = "arn:aws:kms:eu-west-1:123456789012:key/22222222-2222-4222-8222-222222222222", key_id = "22222222-2222-4222-8222-222222222222" }
}

override_resource {
  target = module.eks.aws_iam_role.node
  values = { arn = "arn:aws:iam::123456789012:role/eks-node" }
}

override_resource {
  target = module.eks.aws_iam_role.cluster
  values = { arn = "arn:aws:iam::123456789012:role/eks-cluster" }
}

override_resource {
  target = module.rds.aws_kms_key.this
  values = { arn = "arn:aws:kms:eu-west-1:123456789012:key/33333333-3333-4333-8333-333333333333", key_id = "33333333-3333-4333-8333-333333333333" }
}

override_resource {
  target = module.cdn.aws_s3_bucket.logs
  values = { arn = "arn:aws:s3:::logs", bucket_domain_name = "logs.s3.amazonaws.com", bucket_regional_domain_name = "logs.s3.eu-west-1.amazonaws.com" }
}

override_resource {
  target = module.cdn.aws_s3_bucket.static
  values = { arn = "arn:aws:s3:::static", bucket_domain_name = "static.s3.amazonaws.com", bucket_regional_domain_name = "static.s3.eu-west-1.amazonaws.com" }
}

run "plan" {
  command = plan

  ##############################################################################
  # Network
  ##############################################################################

  assert {
    condition     = module.network.resources.vpc.cidr_block == var.vpc_cidr && module.network.resources.vpc.enable_dns_support && module.network.resources.vpc.enable_dns_hostnames
    error_message = "Network: the VPC must have the environment's CIDR block with DNS support and host names. Planned: ${module.network.resources.vpc.cidr_block}."
  }

  assert {
    condition = alltrue([
      for tier, cidrs in { public = var.public_subnets, private = var.private_subnets, database = var.database_subnets } :
      tolist([for s in module.network.resources.subnets[tier] : s.cidr_block]) == tolist(cidrs) && length(distinct([for s in module.network.resources.subnets[tier] : s.availability_zone])) == 3
    ])
    error_message = "Network: each tier (public, private, database) must have the environment's 3 subnets, one per availability zone. Planned: ${jsonencode({ for tier, subnets in module.network.resources.subnets : tier => [for s in subnets : "${s.availability_zone} ${s.cidr_block}"] })}."
  }

  assert {
    condition     = module.network.resources.availability_zones.state == "available" && toset([for f in module.network.resources.availability_zones.filter : "${f.name}=${join(",", f.values)}"]) == toset(["opt-in-status=opt-in-not-required"])
    error_message = "Network: the subnets must be spread over available zones that need no opt-in."
  }

  assert {
    condition     = alltrue([for s in module.network.resources.subnets.public : s.map_public_ip_on_launch == false && s.tags["kubernetes.io/role/elb"] == "1"]) && alltrue([for s in module.network.resources.subnets.private : s.tags["kubernetes.io/role/internal-elb"] == "1"])
    error_message = "Network: public subnets must not map public IPs and must carry kubernetes.io/role/elb; private subnets kubernetes.io/role/internal-elb."
  }

  assert {
    condition     = length(module.network.resources.nat_gateways) == (var.single_nat_gateway ? 1 : 3) && length(module.network.resources.routes.private_nat) == 3 && alltrue([for r in module.network.resources.routes.private_nat : r.destination_cidr_block == "0.0.0.0/0"])
    error_message = "Network: every private route table needs a default route through NAT, with one NAT gateway per AZ unless single_nat_gateway. Planned: ${length(module.network.resources.nat_gateways)} NAT gateway(s) for single_nat_gateway = ${var.single_nat_gateway}, ${length(module.network.resources.routes.private_nat)} NAT route(s)."
  }

  assert {
    condition     = module.network.resources.routes.public_internet.destination_cidr_block == "0.0.0.0/0" && length(module.network.resources.route_tables.private) == 3
    error_message = "Network: the public route table must route 0.0.0.0/0 to the internet gateway, and each AZ must have its own private route table."
  }

  assert {
    condition     = module.network.resources.flow_log.traffic_type == "ALL" && module.network.resources.flow_log.log_destination_type == "cloud-watch-logs" && module.network.resources.flow_log.max_aggregation_interval == 60
    error_message = "Network: VPC flow logs must record ALL traffic to CloudWatch Logs every minute. Planned: ${module.network.resources.flow_log.traffic_type} to ${module.network.resources.flow_log.log_destination_type}."
  }

  assert {
    condition     = module.network.resources.flow_log_group.retention_in_days == var.log_retention_days && module.network.resources.flow_log_key.enable_key_rotation
    error_message = "Network: the flow log group must keep logs log_retention_days (${var.log_retention_days}) days, encrypted with a rotating KMS key. Planned: ${module.network.resources.flow_log_group.retention_in_days} days."
  }

  assert {
    condition     = module.network.resources.s3_endpoint.service_name == "com.amazonaws.${var.region}.s3" && module.network.resources.s3_endpoint.vpc_endpoint_type == "Gateway"
    error_message = "Network: an S3 gateway endpoint of the environment's region must keep image layer traffic off NAT. Planned: ${module.network.resources.s3_endpoint.service_name} (${module.network.resources.s3_endpoint.vpc_endpoint_type})."
  }

  ##############################################################################
  # EKS
  ##############################################################################

  assert {
    condition     = module.eks.resources.cluster.version == var.kubernetes_version && tonumber(split(".", var.kubernetes_version)[1]) >= 33 && module.eks.resources.cluster.upgrade_policy[0].support_type == "STANDARD"
    error_message = "EKS: the cluster must run kubernetes_version (${var.kubernetes_version}, 1.33 or later) on standard support. Planned: ${module.eks.resources.cluster.version}."
  }

  assert {
    condition     = module.eks.resources.cluster.vpc_config[0].endpoint_private_access && module.eks.resources.cluster.vpc_config[0].endpoint_public_access == (length(var.cluster_endpoint_public_access_cidrs) > 0)
    error_message = "EKS: the API endpoint must be private, and public only for listed CIDRs. Planned: private ${module.eks.resources.cluster.vpc_config[0].endpoint_private_access}, public ${module.eks.resources.cluster.vpc_config[0].endpoint_public_access}."
  }

  assert {
    condition     = module.eks.resources.cluster.encryption_config[0].resources == toset(["secrets"]) && module.eks.resources.kms_key.enable_key_rotation
    error_message = "EKS: Kubernetes secrets must be envelope-encrypted with a rotating KMS key."
  }

  assert {
    condition     = module.eks.resources.cluster.access_config[0].authentication_mode == "API" && module.eks.resources.cluster.access_config[0].bootstrap_cluster_creator_admin_permissions == false
    error_message = "EKS: cluster access must go through access entries only (authentication_mode API), with no implicit admin for the creator. Planned: ${module.eks.resources.cluster.access_config[0].authentication_mode}."
  }

  assert {
    condition     = module.eks.resources.cluster.enabled_cluster_log_types == toset(["api", "audit", "authenticator", "controllerManager", "scheduler"]) && module.eks.resources.log_group.retention_in_days == var.log_retention_days
    error_message = "EKS: every control-plane log type must go to a log group kept log_retention_days days. Planned: ${jsonencode(module.eks.resources.cluster.enabled_cluster_log_types)}."
  }

  assert {
    condition = toset(keys(module.eks.resources.node_groups)) == toset(keys(var.node_groups)) && alltrue([
      for name, group in var.node_groups : jsonencode(one(module.eks.resources.node_groups[name].scaling_config)) == jsonencode({ desired_size = group.desired_size, max_size = group.max_size, min_size = group.min_size }) && group.max_size > group.min_size && module.eks.resources.node_groups[name].version == var.kubernetes_version
    ])
    error_message = "EKS: every node group of the environment must be a managed group that can scale (max_size > min_size) with its tfvars bounds. Planned: ${jsonencode({ for name, g in module.eks.resources.node_groups : name => g.scaling_config[0] })}."
  }

  assert {
    condition = alltrue([
      for t in values(module.eks.resources.launch_templates) :
      t.metadata_options[0].http_tokens == "required" && t.metadata_options[0].http_put_response_hop_limit == 1 && t.block_device_mappings[0].ebs[0].encrypted == "true"
    ])
    error_message = "EKS: nodes must require IMDSv2 with a hop limit of 1 (pods cannot reach the node's credentials) and encrypt their root volumes."
  }

  assert {
    condition = toset(keys(module.eks.resources.access_entries)) == toset(keys(var.cluster_access_entries)) && alltrue([
      for name, entry in var.cluster_access_entries : module.eks.resources.access_entries[name].principal_arn == entry.principal_arn && module.eks.resources.access_entries[name].type == "STANDARD"
    ])
    error_message = "EKS: the cluster's access entries must be exactly cluster_access_entries. Planned: ${jsonencode({ for k, e in module.eks.resources.access_entries : k => e.principal_arn })}."
  }

  assert {
    condition = length(module.eks.resources.access_policy_associations) == length(flatten([for e in values(var.cluster_access_entries) : keys(e.policy_associations)])) && alltrue(flatten([
      for name, entry in var.cluster_access_entries : [for key, p in entry.policy_associations : module.eks.resources.access_policy_associations["${name}/${key}"].policy_arn == p.policy_arn]
    ]))
    error_message = "EKS: every policy association of cluster_access_entries must be planned with its policy. Planned: ${jsonencode({ for k, a in module.eks.resources.access_policy_associations : k => a.policy_arn })}."
  }

  assert {
    condition     = contains(keys(module.eks.resources.node_policy_attachments), "AmazonSSMManagedInstanceCore") && length(module.eks.resources.bastion.instances) == (var.enable_bastion ? 1 : 0)
    error_message = "EKS: nodes must be administered through SSM, and the bastion must exist only with enable_bastion."
  }

  assert {
    condition     = toset(keys(module.eks.resources.addons)) == toset(["vpc-cni", "kube-proxy", "eks-pod-identity-agent", "coredns", "metrics-server"]) && jsondecode(module.eks.resources.addons["vpc-cni"].configuration_values).enableNetworkPolicy == "true"
    error_message = "EKS: the add-ons must include the VPC CNI with network policy enforcement, CoreDNS, kube-proxy, the Pod Identity agent and metrics-server. Planned: ${jsonencode(keys(module.eks.resources.addons))}."
  }

  assert {
    condition = alltrue([
      for role in concat(values(module.eks.resources.roles), values(module.eks.resources.irsa_roles), [module.network.resources.flow_log_role]) : role.permissions_boundary == var.iam_role_permissions_boundary_arn
    ])
    error_message = "IAM: every role the environment creates must carry iam_role_permissions_boundary_arn (${coalesce(var.iam_role_permissions_boundary_arn, "null")}), or the deploy role cannot create it."
  }

  ##############################################################################
  # ECR
  ##############################################################################

  assert {
    condition     = toset(keys(module.ecr.resources.repositories)) == toset(keys(local.services)) && alltrue([for name, repo in module.ecr.resources.repositories : repo.name == name])
    error_message = "ECR: there must be one repository per service of shipline.yml (${var.shipline_config}), named like it. Planned: ${jsonencode(keys(module.ecr.resources.repositories))}."
  }

  assert {
    condition     = alltrue([for repo in values(module.ecr.resources.repositories) : repo.image_scanning_configuration[0].scan_on_push])
    error_message = "ECR: every repository must scan images on push."
  }

  assert {
    condition     = alltrue([for repo in values(module.ecr.resources.repositories) : repo.image_tag_mutability == "IMMUTABLE"])
    error_message = "ECR: every repository must have immutable tags (a content tag always names the same image). Planned: ${jsonencode(distinct([for r in values(module.ecr.resources.repositories) : r.image_tag_mutability]))}."
  }

  assert {
    condition     = alltrue([for repo in values(module.ecr.resources.repositories) : repo.encryption_configuration[0].encryption_type == "KMS"]) && module.ecr.resources.kms_key.enable_key_rotation
    error_message = "ECR: every repository must be encrypted with the module's rotating KMS key."
  }

  assert {
    condition = toset(keys(module.ecr.resources.lifecycle_policies)) == toset(keys(local.services)) && alltrue([
      for p in values(module.ecr.resources.lifecycle_policies) : jsonencode(one(jsondecode(p.policy).rules).selection) == jsonencode({ countNumber = 10, countType = "imageCountMoreThan", tagStatus = "any" }) && one(jsondecode(p.policy).rules).action.type == "expire"
    ])
    error_message = "ECR: every repository's lifecycle policy must keep the last 10 images (any tag). Planned: ${jsonencode([for p in values(module.ecr.resources.lifecycle_policies) : jsondecode(p.policy).rules[0].selection])}."
  }

  assert {
    condition     = one(module.ecr.resources.pull_policy.statement).actions == toset(["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]) && toset(keys(module.ecr.resources.repository_policies)) == toset(keys(local.services))
    error_message = "ECR: each repository's policy must grant the nodes pull (and nothing else)."
  }

  assert {
    condition     = toset(keys(module.ecr.resources.cache_repositories)) == toset(keys(local.services)) && alltrue([for name, repo in module.ecr.resources.cache_repositories : repo.name == "cache/${name}" && repo.image_tag_mutability == "MUTABLE" && repo.image_scanning_configuration[0].scan_on_push == false && repo.encryption_configuration[0].encryption_type == "KMS"])
    error_message = "ECR: every service must have a build cache repository cache/NAME with mutable tags (each build rewrites the cache tag), KMS-encrypted, not scanned on push. Planned: ${jsonencode({ for n, r in module.ecr.resources.cache_repositories : n => [r.name, r.image_tag_mutability] })}."
  }

  assert {
    condition = toset(keys(module.ecr.resources.cache_lifecycle)) == toset(keys(local.services)) && alltrue([
      for p in values(module.ecr.resources.cache_lifecycle) : jsonencode([for r in jsondecode(p.policy).rules : [r.rulePriority, r.selection, r.action.type]]) == jsonencode([[1, { countNumber = 3, countType = "sinceImagePushed", countUnit = "days", tagStatus = "untagged" }, "expire"], [2, { countNumber = 50, countType = "imageCountMoreThan", tagStatus = "any" }, "expire"]])
    ])
    error_message = "ECR: every build cache repository's lifecycle policy must expire untagged cache images after 3 days and keep at most 50. Planned: ${jsonencode([for p in values(module.ecr.resources.cache_lifecycle) : jsondecode(p.policy).rules])}."
  }

  assert {
    condition     = length(setintersection(toset([for r in values(module.ecr.resources.repository_policies) : r.repository]), toset([for r in values(module.ecr.resources.cache_repositories) : r.name]))) == 0
    error_message = "ECR: the nodes never pull from the build cache repositories (no repository policy there)."
  }

  ##############################################################################
  # RDS
  ##############################################################################

  assert {
    condition     = module.rds.resources.instance.engine == "postgres" && module.rds.resources.instance.engine_version == var.db_engine_version && module.rds.resources.instance.instance_class == var.db_instance_class && module.rds.resources.instance.multi_az == var.db_multi_az
    error_message = "RDS: the database must be PostgreSQL ${var.db_engine_version} on ${var.db_instance_class}, multi_az ${var.db_multi_az}. Planned: ${module.rds.resources.instance.engine} ${module.rds.resources.instance.engine_version} on ${module.rds.resources.instance.instance_class}."
  }

  assert {
    condition     = module.rds.resources.instance.storage_encrypted && module.rds.resources.kms_key.enable_key_rotation && module.rds.resources.instance.performance_insights_enabled
    error_message = "RDS: storage (and Performance Insights) must be encrypted with a rotating KMS key. Planned: storage_encrypted ${module.rds.resources.instance.storage_encrypted}."
  }

  assert {
    condition     = module.rds.resources.instance.publicly_accessible == false
    error_message = "RDS: the database must not be publicly accessible."
  }

  assert {
    condition     = module.rds.resources.instance.manage_master_user_password && module.rds.resources.instance.password == null
    error_message = "RDS: the master password must be generated and kept by RDS in Secrets Manager (manage_master_user_password), never set in the configuration."
  }

  assert {
    condition     = module.rds.resources.instance.backup_retention_period == var.db_backup_retention_days && module.rds.resources.instance.backup_retention_period >= 7
    error_message = "RDS: automated backups must be kept at least 7 days (db_backup_retention_days). Planned: ${module.rds.resources.instance.backup_retention_period} days."
  }

  assert {
    condition     = module.rds.resources.instance.deletion_protection == var.db_deletion_protection && module.rds.resources.instance.skip_final_snapshot == !var.db_final_snapshot && module.rds.resources.instance.delete_automated_backups == false
    error_message = "RDS: deletion protection and the final snapshot must follow db_deletion_protection (${var.db_deletion_protection}) and db_final_snapshot (${var.db_final_snapshot}), and automated backups must outlive the instance. Planned: deletion_protection ${module.rds.resources.instance.deletion_protection}, skip_final_snapshot ${module.rds.resources.instance.skip_final_snapshot}."
  }

  assert {
    condition     = contains([for p in module.rds.resources.parameter_group.parameter : "${p.name}=${p.value}"], "rds.force_ssl=1") && contains([for p in module.rds.resources.parameter_group.parameter : "${p.name}=${p.value}"], "ssl_min_protocol_version=TLSv1.2") && module.rds.resources.parameter_group.family == "postgres${var.db_engine_version}"
    error_message = "RDS: the parameter group must require TLS (rds.force_ssl = 1, TLS 1.2 at least). Planned: ${jsonencode([for p in module.rds.resources.parameter_group.parameter : "${p.name}=${p.value}"])}."
  }

  assert {
    condition     = toset(keys(module.rds.resources.ingress_rules)) == toset(["eks_nodes"]) && alltrue([for r in values(module.rds.resources.ingress_rules) : r.from_port == 5432 && r.to_port == 5432 && r.ip_protocol == "tcp" && r.cidr_ipv4 == null && r.cidr_ipv6 == null && r.prefix_list_id == null])
    error_message = "RDS: PostgreSQL (5432) must be reachable only from the EKS nodes' security group, with no CIDR rule. Planned: rules ${jsonencode(keys(module.rds.resources.ingress_rules))}."
  }

  ##############################################################################
  # ALB
  ##############################################################################

  assert {
    condition     = module.alb.resources.load_balancer.load_balancer_type == "application" && module.alb.resources.load_balancer.internal == false && module.alb.resources.load_balancer.drop_invalid_header_fields && module.alb.resources.load_balancer.enable_deletion_protection == var.alb_deletion_protection
    error_message = "ALB: an internet-facing application load balancer (a CloudFront custom origin) that drops invalid headers, with deletion protection following alb_deletion_protection."
  }

  assert {
    condition     = toset(keys(module.alb.resources.ingress_rules)) == toset(["https_from_cloudfront"]) && module.alb.resources.ingress_rules.https_from_cloudfront.prefix_list_id == module.alb.resources.cloudfront_prefix.id && module.alb.resources.cloudfront_prefix.name == "com.amazonaws.global.cloudfront.origin-facing" && module.alb.resources.ingress_rules.https_from_cloudfront.from_port == 443 && module.alb.resources.ingress_rules.https_from_cloudfront.to_port == 443 && module.alb.resources.ingress_rules.https_from_cloudfront.cidr_ipv4 == null
    error_message = "ALB: the only way in must be HTTPS (443) from CloudFront's origin-facing managed prefix list."
  }

  assert {
    condition     = module.alb.resources.listener.port == 443 && module.alb.resources.listener.protocol == "HTTPS" && startswith(module.alb.resources.listener.ssl_policy, "ELBSecurityPolicy-TLS13-1-2-") && module.alb.resources.listener.certificate_arn == var.alb_certificate_arn
    error_message = "ALB: a single HTTPS listener on 443 with alb_certificate_arn and a TLS 1.3/1.2 policy. Planned: ${module.alb.resources.listener.protocol}:${module.alb.resources.listener.port} ${module.alb.resources.listener.ssl_policy}."
  }

  assert {
    condition     = one(module.alb.resources.listener.default_action).type == "fixed-response" && one(one(module.alb.resources.listener.default_action).fixed_response).status_code == "403"
    error_message = "ALB: requests that did not come through CloudFront must get the listener's default 403."
  }

  assert {
    condition = toset(keys(module.alb.resources.listener_rules)) == toset(["frontend", "gateway-service"]) && alltrue([
      for rule in values(module.alb.resources.listener_rules) : tolist([for c in rule.condition : one(c.http_header).http_header_name if length(c.http_header) == 1]) == tolist(["X-Origin-Verify"])
    ])
    error_message = "ALB: every forwarding rule must require the secret X-Origin-Verify header."
  }

  assert {
    condition = toset(keys(module.alb.resources.target_groups)) == toset(["frontend", "gateway-service"]) && alltrue([
      for tg in values(module.alb.resources.target_groups) : tg.target_type == "ip" && one(tg.health_check).path == "/health" && one(tg.health_check).matcher == "200" && one(tg.health_check).enabled
    ])
    error_message = "ALB: the exposed services of shipline.yml, frontend and gateway-service, get IP target groups that check /health (200). Planned: ${jsonencode({ for k, tg in module.alb.resources.target_groups : k => one(tg.health_check).path })}."
  }

  ##############################################################################
  # CloudFront
  ##############################################################################

  assert {
    condition     = alltrue([for b in concat(module.cdn.resources.distribution.default_cache_behavior, module.cdn.resources.distribution.ordered_cache_behavior) : b.viewer_protocol_policy == "redirect-to-https"])
    error_message = "CloudFront: every behavior must redirect HTTP to HTTPS. Planned: ${jsonencode([for b in concat(module.cdn.resources.distribution.default_cache_behavior, module.cdn.resources.distribution.ordered_cache_behavior) : b.viewer_protocol_policy])}."
  }

  assert {
    condition     = contains(["TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"], one(module.cdn.resources.distribution.viewer_certificate).minimum_protocol_version) && one(module.cdn.resources.distribution.viewer_certificate).ssl_support_method == "sni-only" && one(module.cdn.resources.distribution.viewer_certificate).acm_certificate_arn == var.cloudfront_certificate_arn && module.cdn.resources.distribution.aliases == toset(var.domain_names)
    error_message = "CloudFront: the environment's domain names over TLS 1.2 (TLSv1.2_2021) or later, with cloudfront_certificate_arn. Planned: ${one(module.cdn.resources.distribution.viewer_certificate).minimum_protocol_version}."
  }

  assert {
    condition     = alltrue([for b in concat(module.cdn.resources.distribution.default_cache_behavior, module.cdn.resources.distribution.ordered_cache_behavior) : b.response_headers_policy_id == module.cdn.resources.response_headers_policy.id]) && module.cdn.resources.response_headers_policy.name == "Managed-SecurityHeadersPolicy"
    error_message = "CloudFront: every behavior must add the managed security headers policy (Managed-SecurityHeadersPolicy)."
  }

  assert {
    condition     = alltrue([for b in concat(module.cdn.resources.distribution.default_cache_behavior, module.cdn.resources.distribution.ordered_cache_behavior) : b.compress])
    error_message = "CloudFront: every behavior must compress responses."
  }

  assert {
    condition     = { for e in module.cdn.resources.distribution.custom_error_response : tostring(e.error_code) => "${e.response_code} ${e.response_page_path}" } == { "403" = "200 /index.html", "404" = "200 /index.html" }
    error_message = "CloudFront: 403 and 404 must be answered with /index.html and 200 (single-page application routes). Planned: ${jsonencode([for e in module.cdn.resources.distribution.custom_error_response : "${e.error_code} -> ${e.response_code} ${e.response_page_path}"])}."
  }

  assert {
    condition = alltrue([
      for o in module.cdn.resources.distribution.origin : o.domain_name == var.origin_domain_name && tolist([for h in o.custom_header : h.name]) == tolist(["X-Origin-Verify"]) && one(o.custom_origin_config).origin_protocol_policy == "https-only" && one(o.custom_origin_config).origin_ssl_protocols == toset(["TLSv1.2"]) if o.origin_id == "alb"
    ]) && length([for o in module.cdn.resources.distribution.origin : o if o.origin_id == "alb"]) == 1
    error_message = "CloudFront: the load balancer origin (origin_domain_name) must be reached over HTTPS with TLS 1.2 and carry the secret X-Origin-Verify header."
  }

  assert {
    condition     = one(module.cdn.resources.distribution.default_cache_behavior).target_origin_id == (var.frontend_origin == "alb" ? "alb" : "static") && module.cdn.resources.cache_policies.optimized.name == "Managed-CachingOptimized" && toset(one(module.cdn.resources.distribution.default_cache_behavior).allowed_methods) == toset(["GET", "HEAD", "OPTIONS"])
    error_message = "CloudFront: the frontend (default behavior) must be read-only and cached with Managed-CachingOptimized from its origin (frontend_origin = ${var.frontend_origin}). The policies' IDs are checked in the reference plan."
  }

  assert {
    condition     = tolist([for b in module.cdn.resources.distribution.ordered_cache_behavior : "${b.path_pattern} ${b.target_origin_id}"]) == tolist(["/api/* alb"]) && module.cdn.resources.cache_policies.disabled.name == "Managed-CachingDisabled" && module.cdn.resources.origin_request_policy.name == "Managed-AllViewerExceptHostHeader"
    error_message = "CloudFront: /api/* (expose.paths of gateway-service) must go to the load balancer uncached (Managed-CachingDisabled) with every viewer header but Host. Planned: ${jsonencode([for b in module.cdn.resources.distribution.ordered_cache_behavior : "${b.path_pattern} -> ${b.target_origin_id}"])}."
  }

  assert {
    condition     = module.cdn.resources.origin_access_control.signing_behavior == "always" && module.cdn.resources.origin_access_control.signing_protocol == "sigv4" && alltrue([for b in values(module.cdn.resources.public_access_blocks) : b.block_public_acls && b.block_public_policy && b.ignore_public_acls && b.restrict_public_buckets])
    error_message = "CloudFront: the static bucket must be private (all public access blocked) and read by CloudFront through origin access control (SigV4, always)."
  }

  assert {
    condition     = alltrue([for p in values(module.cdn.resources.bucket_policies) : length([for s in p.statement : s if s.sid == "DenyInsecureTransport" && s.effect == "Deny"]) == 1]) && alltrue([for e in values(module.cdn.resources.bucket_encryption) : one(one(e.rule).apply_server_side_encryption_by_default).sse_algorithm == "aws:kms"])
    error_message = "CloudFront: both buckets (static, logs) must be KMS-encrypted and refuse requests without TLS."
  }

  assert {
    condition     = one(module.cdn.resources.distribution.restrictions[0].geo_restriction).restriction_type == var.geo_restriction.type && module.cdn.resources.distribution.http_version == "http2and3" && module.cdn.resources.distribution.price_class == var.cloudfront_price_class && length(module.cdn.resources.distribution.logging_config) == 1
    error_message = "CloudFront: HTTP/2 and 3, the environment's price class and geo restriction, and access logs."
  }

  ##############################################################################
  # WAF
  ##############################################################################

  assert {
    condition     = module.cdn.resources.web_acl.scope == "CLOUDFRONT" && length(module.cdn.resources.web_acl.default_action[0].allow) == 1
    error_message = "WAF: the web ACL must have CLOUDFRONT scope. Planned: ${module.cdn.resources.web_acl.scope}."
  }

  assert {
    condition     = toset([for r in module.cdn.resources.web_acl.rule : "${one(one(r.statement).managed_rule_group_statement).vendor_name}/${one(one(r.statement).managed_rule_group_statement).name} ${length(one(r.override_action).none)}" if length(one(r.statement).managed_rule_group_statement) == 1]) == toset(["AWS/AWSManagedRulesAmazonIpReputationList 1", "AWS/AWSManagedRulesCommonRuleSet 1", "AWS/AWSManagedRulesKnownBadInputsRuleSet 1", "AWS/AWSManagedRulesSQLiRuleSet 1"])
    error_message = "WAF: the AWS managed rule groups (IP reputation, common, known bad inputs, SQL injection) must be evaluated."
  }

  assert {
    condition     = tolist([for r in module.cdn.resources.web_acl.rule : "${length(one(r.action).block)} ${one(one(r.statement).rate_based_statement).aggregate_key_type} ${one(one(r.statement).rate_based_statement).limit} ${one(one(r.statement).rate_based_statement).evaluation_window_sec}" if length(one(r.statement).rate_based_statement) == 1]) == tolist(["1 IP ${var.waf_rate_limit} 300"])
    error_message = "WAF: one rule must block a client IP above waf_rate_limit (${var.waf_rate_limit}) requests per 5 minutes."
  }

  assert {
    condition     = startswith(module.cdn.resources.waf_log_group.name, "aws-waf-logs-") && module.cdn.resources.waf_log_group.retention_in_days == var.log_retention_days && toset([for f in module.cdn.resources.web_acl_logging.redacted_fields : one(f.single_header).name]) == toset(["authorization", "cookie"])
    error_message = "WAF: requests must be logged to an aws-waf-logs- group, with the authorization and cookie headers redacted."
  }

  ##############################################################################
  # Root
  ##############################################################################

  assert {
    condition     = terraform_data.origin_verify.triggers_replace == [var.origin_verify_secret_version]
    error_message = "Root: the origin secret must be replaced only when origin_verify_secret_version changes."
  }

  assert {
    condition     = var.route53_zone_id != null || (length(aws_route53_record.origin) == 0 && length(aws_route53_record.app) == 0)
    error_message = "Root: without route53_zone_id no DNS record may be planned."
  }

  assert {
    condition     = toset(flatten([for s in data.aws_iam_policy_document.database_secret.statement : [for c in s.condition : "${c.test} ${c.variable} ${join(",", c.values)}"] if s.sid == "DecryptDatabaseSecret"])) == toset(["StringEquals kms:ViaService secretsmanager.${var.region}.amazonaws.com"])
    error_message = "Root: the database services may decrypt the database secret's key only through Secrets Manager in the environment's region."
  }
}

# The mocked apply: what AWS would compute, so the wiring between resources and the outputs the
# pipeline reads can be checked.
run "apply" {
  command = apply

  assert {
    condition     = can(regex("^[0-9a-f]{64}$", nonsensitive(terraform_data.origin_verify.output)))
    error_message = "Root: the origin secret must be 64 hexadecimal characters."
  }

  assert {
    condition = alltrue([
      for rule in values(module.alb.resources.listener_rules) : tolist([for c in rule.condition : one(c.http_header).values if length(c.http_header) == 1]) == tolist([toset([terraform_data.origin_verify.output])])
      ]) && alltrue([
      for o in module.cdn.resources.distribution.origin : tolist([for h in o.custom_header : h.value]) == tolist([terraform_data.origin_verify.output]) if o.origin_id == "alb"
    ])
    error_message = "Edge: CloudFront must send, and the load balancer must require, the same origin secret."
  }

  assert {
    condition     = module.network.resources.flow_log.log_destination == module.network.resources.flow_log_group.arn && module.network.resources.flow_log_group.kms_key_id == module.network.resources.flow_log_key.arn && module.network.resources.flow_log.iam_role_arn == module.network.resources.flow_log_role.arn && module.network.resources.flow_log.vpc_id == module.network.vpc_id
    error_message = "Network: the VPC's flow log must deliver to its own KMS-encrypted log group with its own role."
  }

  assert {
    condition = length([
      for r in concat([module.network.resources.routes.public_internet], module.network.resources.routes.private_nat) : r if r.route_table_id == module.network.resources.route_tables.database.id
    ]) == 0 && tolist([for r in module.network.resources.routes.private_nat : r.route_table_id]) == tolist([for t in module.network.resources.route_tables.private : t.id])
    error_message = "Network: the database subnets' route table must have no route out; each private table its NAT route."
  }

  assert {
    condition     = alltrue([for n in module.network.resources.nat_gateways : contains(module.network.public_subnet_ids, n.subnet_id)]) && module.network.resources.routes.public_internet.route_table_id == module.network.resources.route_tables.public.id
    error_message = "Network: the NAT gateways must sit in the public subnets, whose route table leads to the internet gateway."
  }

  assert {
    condition     = module.eks.resources.oidc_provider.url == module.eks.resources.cluster.identity[0].oidc[0].issuer && module.eks.resources.oidc_provider.client_id_list == toset(["sts.amazonaws.com"])
    error_message = "EKS: IRSA needs the cluster's OIDC issuer as an IAM identity provider for sts.amazonaws.com."
  }

  assert {
    condition     = alltrue([for name, g in module.eks.resources.node_groups : one(g.launch_template).id == module.eks.resources.launch_templates[name].id && tostring(one(g.launch_template).version) == tostring(module.eks.resources.launch_templates[name].latest_version)])
    error_message = "EKS: every node group must run its launch template (IMDSv2, encrypted volumes) at its latest version."
  }

  assert {
    condition     = one(module.eks.resources.cluster.encryption_config[0].provider).key_arn == module.eks.resources.kms_key.arn && module.eks.resources.cluster.vpc_config[0].subnet_ids == toset(module.network.private_subnet_ids)
    error_message = "EKS: the cluster must encrypt secrets with its own key and run in the private subnets."
  }

  assert {
    condition     = alltrue([for g in values(module.eks.resources.node_groups) : g.subnet_ids == toset(module.network.private_subnet_ids) && g.node_role_arn == module.eks.resources.roles.node.arn])
    error_message = "EKS: the nodes must run in the private subnets with the node role."
  }

  assert {
    condition = toset(keys(module.eks.resources.irsa_roles)) == toset(concat(local.database_services, ["aws-load-balancer-controller"])) && alltrue([
      for name, doc in module.eks.resources.irsa_trust : one(doc.statement).actions == toset(["sts:AssumeRoleWithWebIdentity"]) && toset([for c in one(doc.statement).condition : "${c.test} ${c.variable} ${join(",", c.values)}"]) == toset(["StringEquals ${trimprefix(module.eks.resources.cluster.identity[0].oidc[0].issuer, "https://")}:sub system:serviceaccount:${name == "aws-load-balancer-controller" ? "kube-system" : local.k8s_namespace}:${name}", "StringEquals ${trimprefix(module.eks.resources.cluster.identity[0].oidc[0].issuer, "https://")}:aud sts.amazonaws.com"]) && one(one(doc.statement).principals).identifiers == toset([module.eks.oidc_provider_arn])
    ])
    error_message = "EKS: each IRSA role (the database services and the load balancer controller) must trust only its own service account through the cluster's OIDC issuer, for sts.amazonaws.com. Planned roles: ${jsonencode(keys(module.eks.resources.irsa_roles))}."
  }

  assert {
    condition     = alltrue([for repo in values(module.ecr.resources.repositories) : repo.encryption_configuration[0].kms_key == module.ecr.resources.kms_key.arn]) && one(one(module.ecr.resources.pull_policy.statement).principals).identifiers == toset([module.eks.resources.roles.node.arn])
    error_message = "ECR: the repositories must use the module's key, and only the node role may pull."
  }

  assert {
    condition     = alltrue([for repo in values(module.ecr.resources.cache_repositories) : repo.encryption_configuration[0].kms_key == module.ecr.resources.kms_key.arn])
    error_message = "ECR: the build cache repositories must be encrypted with the image repositories' key."
  }

  assert {
    condition     = module.rds.resources.instance.kms_key_id == module.rds.resources.kms_key.arn && module.rds.resources.instance.performance_insights_kms_key_id == module.rds.resources.kms_key.arn && module.rds.resources.instance.master_user_secret_kms_key_id == module.rds.resources.kms_key.key_id
    error_message = "RDS: storage, Performance Insights and the master secret must be encrypted with the database's own key."
  }

  assert {
    condition     = module.rds.resources.instance.parameter_group_name == module.rds.resources.parameter_group.name && module.rds.resources.instance.db_subnet_group_name == module.rds.resources.subnet_group.name
    error_message = "RDS: the instance must use the TLS-only parameter group and the database subnet group."
  }

  assert {
    condition     = startswith(output.database_secret_arn, "arn:aws:secretsmanager:") && output.database_secret_arn == module.rds.resources.instance.master_user_secret[0].secret_arn
    error_message = "RDS: the master password must live in Secrets Manager, and database_secret_arn must name that secret. Planned: ${output.database_secret_arn}."
  }

  assert {
    condition     = module.rds.resources.subnet_group.subnet_ids == toset(module.network.database_subnet_ids) && tolist([for r in values(module.rds.resources.ingress_rules) : r.referenced_security_group_id]) == tolist([module.eks.node_security_group_id]) && module.rds.resources.instance.vpc_security_group_ids == toset([module.rds.resources.security_group.id])
    error_message = "RDS: the database must sit in the database subnets, behind its own security group, reachable from the nodes' group only."
  }

  assert {
    condition     = module.alb.resources.load_balancer.subnets == toset(module.network.public_subnet_ids) && module.alb.resources.load_balancer.security_groups == toset([module.alb.resources.security_group.id]) && module.alb.resources.ingress_rules.https_from_cloudfront.security_group_id == module.alb.resources.security_group.id
    error_message = "ALB: the load balancer must sit in the public subnets behind its own security group, the one open to CloudFront only."
  }

  assert {
    condition = alltrue([
      for r in values(module.alb.resources.target_ingress) : r.security_group_id == module.eks.node_security_group_id && r.referenced_security_group_id == module.alb.resources.security_group.id && r.from_port == 8080
      ]) && alltrue([
      for r in values(module.alb.resources.egress_rules) : r.security_group_id == module.alb.resources.security_group.id && r.referenced_security_group_id == module.eks.node_security_group_id
    ])
    error_message = "ALB: the load balancer may reach the nodes' group on the target port only, and nothing else."
  }

  assert {
    condition     = module.cdn.resources.distribution.web_acl_id == module.cdn.resources.web_acl.arn && startswith(module.cdn.resources.web_acl.arn, "arn:aws:wafv2:us-east-1:") && startswith(module.cdn.resources.waf_log_group.arn, "arn:aws:logs:us-east-1:")
    error_message = "WAF: the web ACL (and its log group) must be created in us-east-1 (the us_east_1 provider) and attached to the distribution. Planned: ${module.cdn.resources.web_acl.arn}."
  }

  assert {
    condition = alltrue([
      for o in module.cdn.resources.distribution.origin : o.origin_access_control_id == module.cdn.resources.origin_access_control.id && o.domain_name == module.cdn.resources.buckets.static.bucket_regional_domain_name if o.origin_id == "static"
    ]) && one(module.cdn.resources.distribution.logging_config).bucket == module.cdn.resources.buckets.logs.bucket_domain_name
    error_message = "CloudFront: the static origin must be the static bucket through origin access control, and access logs must go to the logs bucket."
  }

  assert {
    condition     = output.registry_url == "123456789012.dkr.ecr.eu-west-1.amazonaws.com" && toset(keys(output.repository_urls)) == toset(keys(local.services))
    error_message = "Outputs: registry_url must be the registry host and repository_urls one URL per service. Planned: ${output.registry_url}."
  }

  assert {
    condition     = toset(keys(output.cache_repository_urls)) == toset(keys(local.services)) && alltrue([for name, url in output.cache_repository_urls : url == module.ecr.resources.cache_repositories[name].repository_url && startswith(url, "${output.registry_url}/")])
    error_message = "Outputs: cache_repository_urls must give every service the URL of its build cache repository in the registry (where the reusable workflows read and write the cache). Planned: ${jsonencode(output.cache_repository_urls)}."
  }

  assert {
    condition     = tolist([for line in split("\n", output.kustomize_env) : split("=", line)[0] if line != ""]) == tolist(["TARGET_GROUP_ARN_FRONTEND", "TARGET_GROUP_ARN_GATEWAY_SERVICE", "IRSA_ROLE_PREFIX", "VPC_CIDR", "DATABASE_ENDPOINT", "DATABASE_SECRET_ARN", "COGNITO_ISSUER_URL", "COGNITO_JWKS_URL", "COGNITO_CLIENT_ID", "COGNITO_DOMAIN"]) && strcontains(output.kustomize_env, "VPC_CIDR=${var.vpc_cidr}\n") && strcontains(output.kustomize_env, "TARGET_GROUP_ARN_GATEWAY_SERVICE=${output.target_group_arns["gateway-service"]}\n") && strcontains(output.kustomize_env, "DATABASE_ENDPOINT=${output.database_endpoint}\n")
    error_message = "Outputs: kustomize_env must give the overlay what the generated manifests take from Terraform (a target group per exposed service, the IRSA role prefix, the VPC CIDR, the database endpoint and secret, and the Cognito settings of tests/environment_platform.tftest.hcl). Planned: ${output.kustomize_env}"
  }

  assert {
    condition     = output.cluster_name == "erp-${var.environment}" && output.region == var.region && output.k8s_namespace == local.k8s_namespace && output.bastion_instance_id == null && output.vpc_cidr == var.vpc_cidr && output.cloudfront_distribution_id == module.cdn.resources.distribution.id && output.cloudfront_domain_name == module.cdn.resources.distribution.domain_name && output.static_bucket == module.cdn.resources.buckets.static.id && output.database_endpoint == module.rds.resources.instance.endpoint && output.vpc_id == module.network.resources.vpc.id
    error_message = "Outputs: what the pipeline reads (cluster_name, region, k8s_namespace, the distribution, the static bucket, the database endpoint, the VPC) must name the planned resources. Planned: ${output.cluster_name} in ${output.region}."
  }
}

# The next plan after that apply: the origin secret is carried over, not generated again (a new
# one would be unknown until apply, and this condition could not be evaluated).
run "next_plan_keeps_the_origin_secret" {
  command = plan

  assert {
    condition     = can(regex("^[0-9a-f]{64}$", nonsensitive(terraform_data.origin_verify.output)))
    error_message = "Root: a later plan must keep the origin secret (terraform_data.origin_verify must not be replaced)."
  }
}
