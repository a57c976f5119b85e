output "topic_arn" {
  description = "ARN of the alert topic in the environment's region (alarms and events of the region publish to it)."
  value       = aws_sns_topic.regional.arn
}

output "edge_topic_arn" {
  description = "ARN of the alert topic in us-east-1 (the WAF alarm publishes to it)."
  value       = aws_sns_topic.edge.arn
}

output "resources" {
  description = "The module's resources as planned, by role (the configuration's checks in infra/tests assert on them; prefer the outputs above for wiring)."
  value = {
    topics                 = { regional = aws_sns_topic.regional, edge = aws_sns_topic.edge }
    topic_keys             = { regional = aws_kms_key.regional, edge = aws_kms_key.edge }
    key_policies           = data.aws_iam_policy_document.kms
    topic_policies         = { regional = aws_sns_topic_policy.regional, edge = aws_sns_topic_policy.edge }
    topic_policy_documents = data.aws_iam_policy_document.topic
    subscriptions          = { regional = aws_sns_topic_subscription.regional, edge = aws_sns_topic_subscription.edge }
    alarms = merge(
      { for k, a in aws_cloudwatch_metric_alarm.alb_5xx : "alb-${k}-5xx" => a },
      { for k, a in aws_cloudwatch_metric_alarm.unhealthy_targets : "${k}-unhealthy-targets" => a },
      { for k, a in aws_cloudwatch_metric_alarm.rds : "rds-${k}" => a },
      { "waf-blocked-requests" = aws_cloudwatch_metric_alarm.waf_blocked },
      { for a in aws_cloudwatch_metric_alarm.pod_restarts : "pod-restarts" => a },
      { for a in aws_cloudwatch_metric_alarm.falco : "falco-events" => a },
    )
    falco_metric_filter = aws_cloudwatch_log_metric_filter.falco
  }
}
