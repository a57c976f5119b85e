# Staging: the reference shape at the lowest cost (one NAT gateway, small nodes, single-AZ database).
# Replace the account ID, host names and certificate ARNs with your own.
environment         = "staging"
region              = "eu-west-1"
allowed_account_ids = ["111111111111"]

vpc_cidr           = "10.10.0.0/16"
public_subnets     = ["10.10.0.0/24", "10.10.1.0/24", "10.10.2.0/24"]
database_subnets   = ["10.10.16.0/24", "10.10.17.0/24", "10.10.18.0/24"]
private_subnets    = ["10.10.64.0/18", "10.10.128.0/18", "10.10.192.0/18"]
single_nat_gateway = true
log_retention_days = 90

# The services (repositories, roles, target groups) come from shipline.yml. This repository keeps its
# example under examples/; in yours, at the repository root, leave this out (default ../shipline.yml).
shipline_config = "../examples/shipline.yml"

kubernetes_version = "1.35"
node_groups = {
  general = {
    instance_types = ["t3.medium"]
    min_size       = 2
    max_size       = 4
    desired_size   = 2
  }
}

iam_role_permissions_boundary_arn = "arn:aws:iam::111111111111:policy/erp-workload-boundary"

cluster_access_entries = {
  deploy = {
    principal_arn = "arn:aws:iam::111111111111:role/github-erp-deploy-staging"
    policy_associations = {
      admin = { policy_arn = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy" }
    }
  }
}

db_instance_class        = "db.t4g.micro"
db_multi_az              = false
db_backup_retention_days = 7
db_deletion_protection   = true
db_final_snapshot        = true

domain_names               = ["staging.erp.example.com"]
cloudfront_certificate_arn = "arn:aws:acm:us-east-1:111111111111:certificate/00000000-0000-0000-0000-000000000001"
origin_domain_name         = "origin.staging.erp.example.com"
alb_certificate_arn        = "arn:aws:acm:eu-west-1:111111111111:certificate/00000000-0000-0000-0000-000000000002"
waf_rate_limit             = 1000

# Who is told of alarms and GuardDuty findings (e-mail subscriptions must be confirmed).
alert_subscriptions = {
  oncall = { protocol = "email", endpoint = "oncall@example.com" }
}
