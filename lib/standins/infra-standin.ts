/**
 * A provider-free stand-in for infra/'s Terraform (the real root module needs the AWS provider, which
 * cannot plan without AWS): terraform_data resources and the outputs the pipeline reads, behind the
 * same S3 backend with its partial configuration from pipeline.yml. It adds `use_path_style` (a
 * loopback S3 has no bucket host names). The local run uses it when asked (--infra-standin).
 */
export const STANDIN_INFRA: Record<string, string> = {
  'infra/versions.tf': `terraform {
  required_version = ">= 1.10"

  # As infra/versions.tf: bucket, region and kms_key_id come from -backend-config.
  backend "s3" {
    key                         = "infra/terraform.tfstate"
    workspace_key_prefix        = "workspaces"
    encrypt                     = true
    use_lockfile                = true
    use_path_style              = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    skip_metadata_api_check     = true
  }
}
`,
  'infra/main.tf': `# A stand-in for the reference architecture: no provider, the outputs the pipeline reads.
variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "generation" {
  description = "Bump it to make the next plan change something."
  type        = number
  default     = 1
}

resource "terraform_data" "cluster" {
  input = "erp-\${terraform.workspace}"
}

resource "terraform_data" "distribution" {
  input = "E\${upper(substr(sha256(terraform.workspace), 0, 12))}"
}

resource "terraform_data" "generation" {
  input = var.generation
}

output "cluster_name" {
  value = terraform_data.cluster.output
}

output "cloudfront_distribution_id" {
  value = terraform_data.distribution.output
}

output "kustomize_env" {
  value = join("\\n", [
    "TARGET_GROUP_ARN_FRONTEND=arn:aws:elasticloadbalancing:\${var.region}:123456789012:targetgroup/erp-\${terraform.workspace}-frontend/0000000000000000",
    "TARGET_GROUP_ARN_GATEWAY_SERVICE=arn:aws:elasticloadbalancing:\${var.region}:123456789012:targetgroup/erp-\${terraform.workspace}-gateway-service/0000000000000000",
    "IRSA_ROLE_PREFIX=arn:aws:iam::123456789012:role/erp-\${terraform.workspace}",
    "VPC_CIDR=10.20.0.0/16",
    "DATABASE_ENDPOINT=erp-\${terraform.workspace}.abcdefghijkl.\${var.region}.rds.amazonaws.com:5432",
    "DATABASE_SECRET_ARN=arn:aws:secretsmanager:\${var.region}:123456789012:secret:rds!db-00000000-0000-0000-0000-000000000000-AbCdEf",
    "COGNITO_ISSUER_URL=https://cognito-idp.\${var.region}.amazonaws.com/\${var.region}_ReHeArSe1",
    "COGNITO_JWKS_URL=https://cognito-idp.\${var.region}.amazonaws.com/\${var.region}_ReHeArSe1/.well-known/jwks.json",
    "COGNITO_CLIENT_ID=1rehearsalclientid00000000",
    "COGNITO_DOMAIN=erp-\${terraform.workspace}-123456789012.auth.\${var.region}.amazoncognito.com",
    "",
  ])
}
`,
  'infra/environments/production.tfvars': 'region = "eu-west-1"\n',
  'infra/environments/staging.tfvars': 'region = "eu-west-1"\n'
}
