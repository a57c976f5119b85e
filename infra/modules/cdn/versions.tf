terraform {
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.100, < 7.0"
      # CloudFront-scoped WAF web ACLs and CloudFront log delivery must live in us-east-1.
      configuration_aliases = [aws.us_east_1]
    }
  }
}
