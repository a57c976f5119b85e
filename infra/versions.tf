terraform {
  # 1.10: S3 native state locking (use_lockfile).
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.7"
    }
  }

  # Partial configuration: bucket, region and kms_key_id come from environments/<env>.s3.tfbackend
  # (terraform init -backend-config=environments/production.s3.tfbackend); one workspace per environment.
  backend "s3" {
    key                  = "infra/terraform.tfstate"
    workspace_key_prefix = "workspaces"
    encrypt              = true
    use_lockfile         = true
  }
}
