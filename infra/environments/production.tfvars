# Production: zone-redundant NAT, larger nodes, Multi-AZ database with longer backups.
# Replace the account ID, host names and certificate ARNs with your own.
environment         = "production"
region              = "eu-west-1"
allowed_account_ids = ["222222222222"]

vpc_cidr           = "10.20.0.0/16"
public_subnets     = ["10.20.0.0/24", "10.20.1.0/24", "10.20.2.0/24"]
database_subnets   = ["10.20.16.0/24", "10.20.17.0/24", "10.20.18.0/24"]
private_subnets    = ["10.20.64.0/18", "10.20.128.0/18", "10.20.192.0/18"]
single_nat_gateway = false
log_retention_days = 365

# The services (repositories, roles, target groups) come from shipline.yml. This repository keeps its
# example under examples/; in yours, at the repository root, leave this out (default ../shipline.yml).
shipline_config = "../examples/shipline.yml"

kubernetes_version = "1.35"
node_groups = {
  general = {
    instance_types = ["t3.large"]
    min_size       = 3
    max_size       = 6
    desired_size   = 3
  }
}

iam_role_permissions_boundary_arn = "arn:aws:iam::222222222222:policy/erp-workload-boundary"

cluster_access_entries = {
  deploy = {
    principal_arn = "arn:aws:iam::222222222222:role/github-erp-deploy-production"
    policy_associations = {
      admin = { policy_arn = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy" }
    }
  }
}

db_instance_class        = "db.t4g.medium"
db_allocated_storage     = 50
db_max_allocated_storage = 200
db_multi_az              = true
db_backup_retention_days = 14
db_deletion_protection   = true
db_final_snapshot        = true

domain_names               = ["erp.example.com"]
cloudfront_certificate_arn = "arn:aws:acm:us-east-1:222222222222:certificate/00000000-0000-0000-0000-000000000001"
origin_domain_name         = "origin.erp.example.com"
alb_certificate_arn        = "arn:aws:acm:eu-west-1:222222222222:certificate/00000000-0000-0000-0000-000000000002"
waf_rate_limit             = 2000

# Who is told of alarms and GuardDuty findings (e-mail subscriptions must be confirmed).
alert_subscriptions = {
  oncall = { protocol = "email", endpoint = "oncall@example.com" }
}
