terraform {
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.100, < 7.0"
    }
  }

  # First apply with local state; then move the state into the bucket it created (see infra/README.md):
  # terraform init -migrate-state -backend-config="bucket=<state_bucket>" -backend-config="region=<region>"
  # -backend-config="key=bootstrap/terraform.tfstate" -backend-config="use_lockfile=true" ...
}

provider "aws" {
  region = var.region

  default_tags {
    tags = merge(var.tags, {
      Project   = var.project
      ManagedBy = "terraform"
      Stack     = "bootstrap"
    })
  }
}
