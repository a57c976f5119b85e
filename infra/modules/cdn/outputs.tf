output "distribution_id" {
  description = "ID of the CloudFront distribution (for invalidations)."
  value       = aws_cloudfront_distribution.this.id
}

output "distribution_arn" {
  description = "ARN of the CloudFront distribution."
  value       = aws_cloudfront_distribution.this.arn
}

output "distribution_domain_name" {
  description = "CloudFront domain name of the distribution (the target of the aliases' records)."
  value       = aws_cloudfront_distribution.this.domain_name
}

output "distribution_hosted_zone_id" {
  description = "Route 53 hosted zone of CloudFront, for alias records."
  value       = aws_cloudfront_distribution.this.hosted_zone_id
}

output "static_bucket_name" {
  description = "Name of the bucket the frontend's static assets are uploaded to."
  value       = aws_s3_bucket.static.id
}

output "static_bucket_arn" {
  description = "ARN of the static assets bucket."
  value       = aws_s3_bucket.static.arn
}

output "logs_bucket_name" {
  description = "Name of the access logs bucket."
  value       = aws_s3_bucket.logs.id
}

output "kms_key_arn" {
  description = "ARN of the KMS key of both buckets (uploaders need kms:GenerateDataKey on it)."
  value       = aws_kms_key.this.arn
}

output "web_acl_arn" {
  description = "ARN of the WAF web ACL attached to the distribution."
  value       = aws_wafv2_web_acl.this.arn
}

output "resources" {
  description = "The module's resources as planned, by role (the configuration's checks in infra/tests assert on them; prefer the outputs above for wiring). Sensitive: the distribution holds the origin secret."
  sensitive   = true
  value = {
    distribution            = aws_cloudfront_distribution.this
    origin_access_control   = aws_cloudfront_origin_access_control.static
    cache_policies          = { optimized = data.aws_cloudfront_cache_policy.caching_optimized, disabled = data.aws_cloudfront_cache_policy.caching_disabled }
    origin_request_policy   = data.aws_cloudfront_origin_request_policy.all_viewer_except_host
    response_headers_policy = data.aws_cloudfront_response_headers_policy.security_headers
    web_acl                 = aws_wafv2_web_acl.this
    web_acl_logging         = aws_wafv2_web_acl_logging_configuration.this
    waf_log_group           = aws_cloudwatch_log_group.waf
    buckets                 = { static = aws_s3_bucket.static, logs = aws_s3_bucket.logs }
    public_access_blocks    = { static = aws_s3_bucket_public_access_block.static, logs = aws_s3_bucket_public_access_block.logs }
    bucket_encryption       = { static = aws_s3_bucket_server_side_encryption_configuration.static, logs = aws_s3_bucket_server_side_encryption_configuration.logs }
    bucket_policies         = { static = data.aws_iam_policy_document.static, logs = data.aws_iam_policy_document.logs }
    kms_key                 = aws_kms_key.this
  }
}
