terraform {
  # 1.10: S3 native state locking (use_lockfile).
  required_version = ">= 1.10"

  required_providers {
    # 5.100 and 6.x: every attribute used here exists in both (checked by terraform validate with 5.100).
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.100, < 7.0"
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
