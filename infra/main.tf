locals {
  name = "${var.project}-${var.environment}"

  tags = merge(var.tags, {
    Project     = var.project
    Environment = var.environment
    ManagedBy   = "terraform"
    Repository  = "shipline/infra"
  })

  irsa_roles = merge(
    {
      for service in local.database_services : service => {
        namespace       = local.k8s_namespace
        service_account = service
        policy_json     = data.aws_iam_policy_document.database_secret.json
      }
    },
    {
      "aws-load-balancer-controller" = {
        namespace       = "kube-system"
        service_account = "aws-load-balancer-controller"
        policy_json     = data.aws_iam_policy_document.load_balancer_controller.json
      }
    },
  )
}

# A workspace holds exactly one environment: refuse to plan staging.tfvars into the production state.
data "aws_caller_identity" "current" {
  lifecycle {
    postcondition {
      condition     = terraform.workspace == "default" || terraform.workspace == var.environment
      error_message = "The selected workspace does not match var.environment: run terraform workspace select ${var.environment}."
    }
  }
}

# The secret CloudFront sends to the load balancer; requests without it get a 403.
# Generated without the random provider: uuid() draws 122 bits from the operating system's
# cryptographic generator each time it is evaluated, so two of them, hyphens removed, make 64 hex
# characters (244 random bits). uuid() is unknown until apply; ignore_changes keeps the first value,
# so every later plan sees the same secret (it lives in the state, as random_password's did).
# Changing var.origin_verify_secret_version replaces it: that is how to rotate it.
resource "terraform_data" "origin_verify" {
  input            = sensitive(replace("${uuid()}${uuid()}", "-", ""))
  triggers_replace = [var.origin_verify_secret_version]

  lifecycle {
    ignore_changes = [input]
  }
}

locals {
  origin_verify_secret = sensitive(terraform_data.origin_verify.output)
}

module "network" {
  source = "./modules/network"

  name                          = local.name
  region                        = var.region
  vpc_cidr                      = var.vpc_cidr
  az_count                      = 3
  public_subnets                = var.public_subnets
  private_subnets               = var.private_subnets
  database_subnets              = var.database_subnets
  single_nat_gateway            = var.single_nat_gateway
  cluster_name                  = local.name
  flow_log_retention_days       = var.log_retention_days
  iam_role_permissions_boundary = var.iam_role_permissions_boundary_arn
  tags                          = local.tags
}

module "eks" {
  source = "./modules/eks"

  name                          = local.name
  region                        = var.region
  kubernetes_version            = var.kubernetes_version
  vpc_id                        = module.network.vpc_id
  subnet_ids                    = module.network.private_subnet_ids
  endpoint_public_access_cidrs  = var.cluster_endpoint_public_access_cidrs
  endpoint_private_access_cidrs = var.cluster_endpoint_private_access_cidrs
  node_groups                   = var.node_groups
  access_entries                = var.cluster_access_entries
  irsa_roles                    = local.irsa_roles
  enable_bastion                = var.enable_bastion
  log_retention_days            = var.log_retention_days
  iam_role_permissions_boundary = var.iam_role_permissions_boundary_arn
  tags                          = local.tags
}

module "ecr" {
  source = "./modules/ecr"

  name                = local.name
  repositories        = sort(keys(local.services))
  keep_last_images    = 10
  build_cache         = var.build_cache
  pull_principal_arns = [module.eks.node_role_arn]
  force_delete        = var.force_destroy
  tags                = local.tags
}

module "rds" {
  source = "./modules/rds"

  identifier              = local.name
  vpc_id                  = module.network.vpc_id
  subnet_ids              = module.network.database_subnet_ids
  allowed_security_groups = { eks_nodes = module.eks.node_security_group_id }
  engine_version          = var.db_engine_version
  instance_class          = var.db_instance_class
  allocated_storage       = var.db_allocated_storage
  max_allocated_storage   = var.db_max_allocated_storage
  multi_az                = var.db_multi_az
  backup_retention_days   = var.db_backup_retention_days
  deletion_protection     = var.db_deletion_protection
  final_snapshot          = var.db_final_snapshot
  tags                    = local.tags
}

module "alb" {
  source = "./modules/alb"

  name                     = local.name
  vpc_id                   = module.network.vpc_id
  subnet_ids               = module.network.public_subnet_ids
  certificate_arn          = var.alb_certificate_arn
  origin_verify_secret     = local.origin_verify_secret
  target_security_group_id = module.eks.node_security_group_id
  target_groups            = local.target_groups
  deletion_protection      = var.alb_deletion_protection
  tags                     = local.tags
}

module "cdn" {
  source = "./modules/cdn"

  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  name                   = local.name
  aliases                = var.domain_names
  acm_certificate_arn    = var.cloudfront_certificate_arn
  alb_origin_domain_name = var.origin_domain_name
  origin_verify_secret   = local.origin_verify_secret
  alb_path_patterns      = local.alb_path_patterns
  frontend_origin        = var.frontend_origin
  price_class            = var.cloudfront_price_class
  waf_rate_limit         = var.waf_rate_limit
  geo_restriction        = var.geo_restriction
  log_retention_days     = var.log_retention_days
  force_destroy          = var.force_destroy
  tags                   = local.tags
}
