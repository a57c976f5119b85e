# The root configuration with nothing but its required variables (the secure defaults), with each
# option an environment may turn on, and the inputs the modules refuse. Runs once, with a mocked
# AWS provider (tests/mocks); the environments themselves are in environment.tftest.hcl.

mock_provider "aws" {
  source = "./tests/mocks"
}

mock_provider "aws" {
  alias  = "us_east_1"
  source = "./tests/mocks"
}

variables {
  environment                = "test"
  region                     = "eu-west-1"
  domain_names               = ["erp.example.com"]
  cloudfront_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000001"
  origin_domain_name         = "origin.erp.example.com"
  alb_certificate_arn        = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000002"
  # The reference ERP's services (in an adopter's repository, the default ../shipline.yml).
  shipline_config = "../examples/shipline.yml"
}

run "secure_defaults" {
  command = plan

  assert {
    condition     = module.rds.resources.instance.deletion_protection && module.rds.resources.instance.skip_final_snapshot == false && module.rds.resources.instance.backup_retention_period == 7 && module.rds.resources.instance.instance_class == "db.t4g.micro"
    error_message = "Defaults: the database must be protected from deletion, snapshot on deletion and keep 7 days of backups."
  }

  assert {
    condition     = module.alb.resources.load_balancer.enable_deletion_protection
    error_message = "Defaults: the load balancer must be protected from deletion."
  }

  assert {
    condition     = module.eks.resources.cluster.vpc_config[0].endpoint_public_access == false && module.eks.resources.cluster.vpc_config[0].endpoint_private_access && length(module.eks.resources.bastion.instances) == 0
    error_message = "Defaults: the Kubernetes API must be private, with no bastion."
  }

  assert {
    condition     = tonumber(split(".", module.eks.resources.cluster.version)[1]) >= 33 && alltrue([for g in values(module.eks.resources.node_groups) : one(g.scaling_config).max_size > one(g.scaling_config).min_size])
    error_message = "Defaults: a Kubernetes version in standard support (1.33 or later) and node groups that can scale. Planned: ${module.eks.resources.cluster.version}."
  }

  assert {
    condition     = length(module.network.resources.nat_gateways) == 3 && module.network.resources.flow_log_group.retention_in_days == 365
    error_message = "Defaults: one NAT gateway per availability zone, and a year of flow logs."
  }

  assert {
    condition     = toset(keys(module.ecr.resources.repositories)) == toset(["auth-service", "hr-service", "finance-service", "operation-service", "gateway-service", "discovery-server", "config-server", "reporting-service", "frontend"]) && alltrue([for r in values(module.ecr.resources.repositories) : r.force_delete == false])
    error_message = "Defaults: one repository for each of the reference system's nine services, never deleted with its images. Planned: ${jsonencode(keys(module.ecr.resources.repositories))}."
  }

  assert {
    condition     = alltrue([for role in concat(values(module.eks.resources.roles), values(module.eks.resources.irsa_roles), [module.network.resources.flow_log_role]) : role.permissions_boundary == null])
    error_message = "Defaults: without iam_role_permissions_boundary_arn the roles carry no boundary (the bootstrap's deploy role then cannot create them: environments set it)."
  }

  assert {
    condition     = alltrue([for b in values(module.cdn.resources.buckets) : b.force_destroy == false])
    error_message = "Defaults: destroy must not empty the buckets."
  }

  assert {
    condition     = one(module.cdn.resources.distribution.default_cache_behavior).target_origin_id == "static" && one(module.cdn.resources.distribution.restrictions[0].geo_restriction).restriction_type == "none" && tolist([for r in module.cdn.resources.web_acl.rule : one(one(r.statement).rate_based_statement).limit if length(one(r.statement).rate_based_statement) == 1]) == tolist([2000])
    error_message = "Defaults: the frontend from the static bucket, no geo restriction, 2000 requests per IP per 5 minutes."
  }
}

# Every option an environment may turn on, together (one plan): each assertion is about one option.
run "options_turned_on" {
  command = plan

  variables {
    enable_bastion                       = true
    frontend_origin                      = "alb"
    cluster_endpoint_public_access_cidrs = ["203.0.113.0/24"]
    geo_restriction                      = { type = "whitelist", locations = ["DE", "FR"] }
    single_nat_gateway                   = true
    build_cache                          = false
  }

  assert {
    condition     = length(module.eks.resources.bastion.instances) == 1 && module.eks.resources.bastion.instances[0].associate_public_ip_address == false
    error_message = "enable_bastion: one instance, with no public address (Session Manager only)."
  }

  assert {
    condition     = module.eks.resources.bastion.instances[0].metadata_options[0].http_tokens == "required" && module.eks.resources.bastion.instances[0].metadata_options[0].http_put_response_hop_limit == 1 && module.eks.resources.bastion.instances[0].root_block_device[0].encrypted
    error_message = "enable_bastion: IMDSv2 with a hop limit of 1, and an encrypted root volume."
  }

  assert {
    condition     = length(module.eks.resources.bastion.egress_rules) == 1 && module.eks.resources.bastion.egress_rules[0].from_port == 443 && module.eks.resources.bastion.egress_rules[0].to_port == 443 && module.eks.resources.bastion.egress_rules[0].ip_protocol == "tcp"
    error_message = "enable_bastion: HTTPS out only."
  }

  assert {
    condition     = endswith(module.eks.resources.bastion.policy_association[0].policy_arn, ":cluster-access-policy/AmazonEKSAdminViewPolicy") && module.eks.resources.roles.bastion.permissions_boundary == var.iam_role_permissions_boundary_arn
    error_message = "enable_bastion: its role may only view the cluster, and carries the permissions boundary."
  }

  assert {
    condition     = one(module.cdn.resources.distribution.default_cache_behavior).target_origin_id == "alb"
    error_message = "frontend_origin = alb: the default behavior must go to the load balancer (the frontend pods)."
  }

  assert {
    condition     = module.eks.resources.cluster.vpc_config[0].endpoint_public_access && module.eks.resources.cluster.vpc_config[0].public_access_cidrs == toset(["203.0.113.0/24"]) && module.eks.resources.cluster.vpc_config[0].endpoint_private_access
    error_message = "cluster_endpoint_public_access_cidrs: the public endpoint must open for exactly the listed CIDRs, the private one stays."
  }

  assert {
    condition     = one(module.cdn.resources.distribution.restrictions[0].geo_restriction).restriction_type == "whitelist" && one(module.cdn.resources.distribution.restrictions[0].geo_restriction).locations == toset(["DE", "FR"])
    error_message = "geo_restriction: CloudFront must serve only the listed countries."
  }

  assert {
    condition     = length(module.network.resources.nat_gateways) == 1 && length(module.network.resources.routes.private_nat) == 3
    error_message = "single_nat_gateway: one NAT gateway, still a NAT route from every private subnet."
  }

  assert {
    condition     = length(module.ecr.resources.cache_repositories) == 0 && length(output.cache_repository_urls) == 0 && length(module.ecr.resources.repositories) > 0
    error_message = "build_cache = false: no build cache repository, an empty cache_repository_urls, the image repositories still there."
  }
}

################################################################################
# Inputs the modules refuse (each plans the module alone, up to the failed validation)
################################################################################

run "eks_refuses_a_world_open_api_endpoint" {
  command = plan

  module {
    source = "./modules/eks"
  }

  variables {
    name                         = "erp-test"
    kubernetes_version           = "1.35"
    vpc_id                       = "vpc-0123456789abcdef0"
    subnet_ids                   = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    node_groups                  = { general = { instance_types = ["t3.large"], min_size = 2, max_size = 4, desired_size = 2 } }
    endpoint_public_access_cidrs = ["0.0.0.0/0"]
  }

  expect_failures = [var.endpoint_public_access_cidrs]
}

run "eks_refuses_a_version_out_of_standard_support" {
  command = plan

  module {
    source = "./modules/eks"
  }

  variables {
    name               = "erp-test"
    kubernetes_version = "1.32"
    vpc_id             = "vpc-0123456789abcdef0"
    subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    node_groups        = { general = { instance_types = ["t3.large"], min_size = 2, max_size = 4, desired_size = 2 } }
  }

  expect_failures = [var.kubernetes_version]
}

run "rds_refuses_backups_under_7_days" {
  command = plan

  module {
    source = "./modules/rds"
  }

  variables {
    identifier              = "erp-test"
    vpc_id                  = "vpc-0123456789abcdef0"
    subnet_ids              = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    allowed_security_groups = { eks_nodes = "sg-0123456789abcdef0" }
    backup_retention_days   = 6
  }

  expect_failures = [var.backup_retention_days]
}

run "alb_refuses_tls_policies_below_1_2" {
  command = plan

  module {
    source = "./modules/alb"
  }

  variables {
    name                     = "erp-test"
    vpc_id                   = "vpc-0123456789abcdef0"
    subnet_ids               = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    certificate_arn          = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000002"
    origin_verify_secret     = "0123456789abcdef0123456789abcdef"
    target_security_group_id = "sg-0123456789abcdef0"
    target_groups            = { api = { port = 8080, priority = 10 } }
    ssl_policy               = "ELBSecurityPolicy-2016-08"
  }

  expect_failures = [var.ssl_policy]
}

run "refuses_a_cloudfront_certificate_outside_us_east_1" {
  command = plan

  variables {
    cloudfront_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000001"
  }

  expect_failures = [var.cloudfront_certificate_arn]
}
