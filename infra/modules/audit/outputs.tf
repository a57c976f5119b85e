output "trail_arn" {
  description = "ARN of the CloudTrail trail."
  value       = aws_cloudtrail.this.arn
}

output "bucket_name" {
  description = "Name of the audit bucket (trail log files under cloudtrail/, Config snapshots under config/)."
  value       = aws_s3_bucket.this.id
}

output "log_group_name" {
  description = "CloudWatch Logs group that receives the trail's events."
  value       = aws_cloudwatch_log_group.trail.name
}

output "kms_key_arn" {
  description = "ARN of the KMS key of the trail, its log group and the Config snapshots."
  value       = aws_kms_key.this.arn
}

output "resources" {
  description = "The module's resources as planned, by role (the configuration's checks in infra/tests assert on them; prefer the outputs above for wiring)."
  value = {
    trail                 = aws_cloudtrail.this
    trail_role            = aws_iam_role.trail
    trail_log_group       = aws_cloudwatch_log_group.trail
    kms_key               = aws_kms_key.this
    kms_policy            = data.aws_iam_policy_document.kms
    bucket                = aws_s3_bucket.this
    public_access_block   = aws_s3_bucket_public_access_block.this
    bucket_versioning     = aws_s3_bucket_versioning.this
    bucket_encryption     = aws_s3_bucket_server_side_encryption_configuration.this
    bucket_lifecycle      = aws_s3_bucket_lifecycle_configuration.this
    bucket_policy         = data.aws_iam_policy_document.bucket
    cis_metric_filters    = aws_cloudwatch_log_metric_filter.cis
    cis_alarms            = aws_cloudwatch_metric_alarm.cis
    config_recorder       = aws_config_configuration_recorder.this
    config_delivery       = aws_config_delivery_channel.this
    config_recorder_state = aws_config_configuration_recorder_status.this
    config_rules          = aws_config_config_rule.this
  }
}
