# The platform around the services (issue 16): alerts, audit, IAM hygiene, user sign-in, runtime
# security, container logs and cluster autoscaling, each a module of its own (modules/*). The
# toggles and their defaults are in variables.tf ("Platform"), justified in README.md.

locals {
  alert_topic_arn = module.alerts.topic_arn

  password_policy = var.iam_password_policy

  # RDS storage alarm: 10% of the initial storage, 2 GiB at least.
  db_free_storage_threshold_bytes = max(2, floor(var.db_allocated_storage / 10)) * 1073741824
}

module "alerts" {
  source = "./modules/alerts"

  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  name                            = local.name
  region                          = var.region
  subscriptions                   = var.alert_subscriptions
  load_balancer_arn               = module.alb.arn
  target_group_arns               = module.alb.target_group_arns
  db_instance_identifier          = local.name
  db_free_storage_threshold_bytes = local.db_free_storage_threshold_bytes
  web_acl_name                    = local.name
  cluster_name                    = module.eks.cluster_name
  k8s_namespace                   = local.k8s_namespace
  container_insights_enabled      = var.enable_container_observability
  application_log_group_name      = one(module.observability[*].application_log_group_name)
  tags                            = local.tags
}

module "audit" {
  source = "./modules/audit"

  name                              = local.name
  region                            = var.region
  retention_days                    = var.audit_retention_days
  log_retention_days                = var.log_retention_days
  alarm_topic_arn                   = local.alert_topic_arn
  enable_config                     = var.enable_aws_config
  create_config_service_linked_role = var.create_config_service_linked_role
  password_policy                   = local.password_policy
  iam_role_permissions_boundary     = var.iam_role_permissions_boundary_arn
  force_destroy                     = var.force_destroy
  tags                              = local.tags
}

module "iam_baseline" {
  source = "./modules/iam-baseline"
  count  = var.manage_account_iam_baseline ? 1 : 0

  password_policy           = local.password_policy
  administrators_group_name = "${var.project}-administrators"
}

module "cognito" {
  source = "./modules/cognito"

  name                = local.name
  region              = var.region
  app_origins         = [for host in var.domain_names : "https://${host}"]
  mfa                 = var.cognito_mfa
  threat_protection   = var.cognito_threat_protection
  deletion_protection = var.cognito_deletion_protection
  tags                = local.tags
}

module "runtime_security" {
  source = "./modules/runtime-security"
  count  = var.enable_guardduty ? 1 : 0

  name            = local.name
  alarm_topic_arn = local.alert_topic_arn
  tags            = local.tags
}

module "observability" {
  source = "./modules/observability"
  count  = var.enable_container_observability ? 1 : 0

  cluster_name                  = module.eks.cluster_name
  region                        = var.region
  oidc_provider_arn             = module.eks.oidc_provider_arn
  oidc_issuer_url               = module.eks.oidc_issuer_url
  node_group_arns               = [for group in module.eks.resources.node_groups : group.arn]
  log_retention_days            = var.log_retention_days
  iam_role_permissions_boundary = var.iam_role_permissions_boundary_arn
  tags                          = local.tags
}

module "autoscaling" {
  source = "./modules/autoscaling"

  cluster_name                  = module.eks.cluster_name
  oidc_provider_arn             = module.eks.oidc_provider_arn
  oidc_issuer_url               = module.eks.oidc_issuer_url
  iam_role_permissions_boundary = var.iam_role_permissions_boundary_arn
  tags                          = local.tags
}
