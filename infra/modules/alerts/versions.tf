terraform {
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.100, < 7.0"
      # The WAF of a CloudFront distribution publishes its metrics in us-east-1: its alarm, and the topic
      # it notifies, must live there.
      configuration_aliases = [aws.us_east_1]
    }
  }
}
