data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition

  # CloudWatch dimensions: app/NAME/ID of the load balancer, targetgroup/NAME/ID of each target group.
  load_balancer_dimension = try(regex("loadbalancer/(.+)$", var.load_balancer_arn)[0], var.load_balancer_arn)
  target_group_dimensions = { for key, arn in var.target_group_arns : key => try(regex("(targetgroup/.+)$", arn)[0], arn) }

  regions = { regional = var.region, edge = "us-east-1" }
}

################################################################################
# Topics: one in the environment's region, one in us-east-1 (the WAF's metrics), both
# KMS-encrypted, both with the same subscriptions
################################################################################

data "aws_iam_policy_document" "kms" {
  for_each = local.regions

  statement {
    sid       = "AccountAdministration"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
    }
  }

  # Alarms and EventBridge rules publish to an encrypted topic only if they may use its key.
  statement {
    sid       = "AlarmAndEventPublishers"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey*"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com", "events.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_kms_key" "regional" {
  description             = "Encrypts the alert topic of ${var.name}"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.kms["regional"].json

  tags = var.tags
}

resource "aws_kms_alias" "regional" {
  name          = "alias/${var.name}-alerts"
  target_key_id = aws_kms_key.regional.key_id
}

resource "aws_kms_key" "edge" {
  provider = aws.us_east_1

  description             = "Encrypts the us-east-1 alert topic of ${var.name} (CloudFront and WAF alarms)"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.kms["edge"].json

  tags = var.tags
}

resource "aws_kms_alias" "edge" {
  provider = aws.us_east_1

  name          = "alias/${var.name}-alerts-edge"
  target_key_id = aws_kms_key.edge.key_id
}

resource "aws_sns_topic" "regional" {
  name              = "${var.name}-alerts"
  display_name      = "${var.name} alerts"
  kms_master_key_id = aws_kms_key.regional.arn

  tags = var.tags
}

resource "aws_sns_topic" "edge" {
  provider = aws.us_east_1

  name              = "${var.name}-alerts-edge"
  display_name      = "${var.name} edge alerts"
  kms_master_key_id = aws_kms_key.edge.arn

  tags = var.tags
}

data "aws_iam_policy_document" "topic" {
  for_each = local.regions

  statement {
    sid       = "AccountOwner"
    actions   = ["sns:GetTopicAttributes", "sns:SetTopicAttributes", "sns:AddPermission", "sns:RemovePermission", "sns:DeleteTopic", "sns:Subscribe", "sns:ListSubscriptionsByTopic", "sns:Publish"]
    resources = [each.key == "regional" ? aws_sns_topic.regional.arn : aws_sns_topic.edge.arn]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
    }
  }

  statement {
    sid       = "AlarmsAndEventsOfThisAccount"
    actions   = ["sns:Publish"]
    resources = [each.key == "regional" ? aws_sns_topic.regional.arn : aws_sns_topic.edge.arn]

    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com", "events.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }

  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["sns:Publish"]
    resources = [each.key == "regional" ? aws_sns_topic.regional.arn : aws_sns_topic.edge.arn]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_sns_topic_policy" "regional" {
  arn    = aws_sns_topic.regional.arn
  policy = data.aws_iam_policy_document.topic["regional"].json
}

resource "aws_sns_topic_policy" "edge" {
  provider = aws.us_east_1

  arn    = aws_sns_topic.edge.arn
  policy = data.aws_iam_policy_document.topic["edge"].json
}

resource "aws_sns_topic_subscription" "regional" {
  for_each = var.subscriptions

  topic_arn = aws_sns_topic.regional.arn
  protocol  = each.value.protocol
  endpoint  = each.value.endpoint
}

resource "aws_sns_topic_subscription" "edge" {
  provider = aws.us_east_1
  for_each = var.subscriptions

  topic_arn = aws_sns_topic.edge.arn
  protocol  = each.value.protocol
  endpoint  = each.value.endpoint
}

################################################################################
# Load balancer: 5xx and unhealthy targets
################################################################################

resource "aws_cloudwatch_metric_alarm" "alb_5xx" {
  for_each = {
    elb    = { metric = "HTTPCode_ELB_5XX_Count", what = "the load balancer itself (no healthy target, timeouts)" }
    target = { metric = "HTTPCode_Target_5XX_Count", what = "the services behind it" }
  }

  alarm_name          = "${var.name}-alb-${each.key}-5xx"
  alarm_description   = "More than ${var.alb_5xx_threshold} HTTP 5xx answers from ${each.value.what} in 5 minutes."
  namespace           = "AWS/ApplicationELB"
  metric_name         = each.value.metric
  dimensions          = { LoadBalancer = local.load_balancer_dimension }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.alb_5xx_threshold
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.regional.arn]
  ok_actions          = [aws_sns_topic.regional.arn]

  tags = var.tags
}

resource "aws_cloudwatch_metric_alarm" "unhealthy_targets" {
  for_each = var.target_group_arns

  alarm_name          = "${var.name}-${each.key}-unhealthy-targets"
  alarm_description   = "Target group ${each.key} has had unhealthy targets (failing its health check) for 3 minutes."
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  dimensions          = { LoadBalancer = local.load_balancer_dimension, TargetGroup = local.target_group_dimensions[each.key] }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.regional.arn]
  ok_actions          = [aws_sns_topic.regional.arn]

  tags = var.tags
}

################################################################################
# Database: CPU, free storage, connections
################################################################################

resource "aws_cloudwatch_metric_alarm" "rds" {
  for_each = {
    cpu = {
      metric      = "CPUUtilization", statistic = "Average", operator = "GreaterThanThreshold", threshold = var.db_cpu_threshold_percent
      description = "Database CPU above ${var.db_cpu_threshold_percent}% for 15 minutes."
    }
    storage = {
      metric      = "FreeStorageSpace", statistic = "Minimum", operator = "LessThanThreshold", threshold = var.db_free_storage_threshold_bytes
      description = "Database free storage below ${floor(var.db_free_storage_threshold_bytes / 1073741824)} GiB (storage autoscaling may be at its bound)."
    }
    connections = {
      metric      = "DatabaseConnections", statistic = "Maximum", operator = "GreaterThanThreshold", threshold = var.db_connections_threshold
      description = "More than ${var.db_connections_threshold} database connections for 15 minutes (connection pools leaking, or the instance too small)."
    }
  }

  alarm_name          = "${var.name}-rds-${each.key}"
  alarm_description   = each.value.description
  namespace           = "AWS/RDS"
  metric_name         = each.value.metric
  dimensions          = { DBInstanceIdentifier = var.db_instance_identifier }
  statistic           = each.value.statistic
  period              = 300
  evaluation_periods  = 3
  comparison_operator = each.value.operator
  threshold           = each.value.threshold
  treat_missing_data  = "missing"
  alarm_actions       = [aws_sns_topic.regional.arn]
  ok_actions          = [aws_sns_topic.regional.arn]

  tags = var.tags
}

################################################################################
# WAF: blocked requests (CloudFront web ACLs publish their metrics in us-east-1)
################################################################################

resource "aws_cloudwatch_metric_alarm" "waf_blocked" {
  provider = aws.us_east_1

  alarm_name          = "${var.name}-waf-blocked-requests"
  alarm_description   = "WAF blocked more than ${var.waf_blocked_threshold} requests in 5 minutes (an attack, or a rule blocking real users)."
  namespace           = "AWS/WAFV2"
  metric_name         = "BlockedRequests"
  dimensions          = { WebACL = var.web_acl_name, Rule = "ALL" }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.waf_blocked_threshold
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.edge.arn]
  ok_actions          = [aws_sns_topic.edge.arn]

  tags = var.tags
}

################################################################################
# Cluster: crash-looping pods of the application namespace (Container Insights), and Falco
################################################################################

resource "aws_cloudwatch_metric_alarm" "pod_restarts" {
  count = var.container_insights_enabled ? 1 : 0

  alarm_name          = "${var.name}-pod-restarts"
  alarm_description   = "Containers of namespace ${var.k8s_namespace} have been restarting in a loop (CrashLoopBackOff) for 5 minutes."
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  evaluation_periods  = 5
  datapoints_to_alarm = 5
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.regional.arn]
  ok_actions          = [aws_sns_topic.regional.arn]

  metric_query {
    id          = "crashlooping"
    label       = "Containers in CrashLoopBackOff"
    return_data = true
    period      = 60
    expression  = "SELECT SUM(pod_container_status_waiting_reason_crash_loop_back_off) FROM SCHEMA(\"ContainerInsights\", ClusterName, Namespace, PodName) WHERE ClusterName = '${var.cluster_name}' AND Namespace = '${var.k8s_namespace}'"
  }

  tags = var.tags
}

# Falco prints one JSON line per event; the cluster's log agent ships it, parsed, to the
# application log group. Every event of priority Warning or above counts.
resource "aws_cloudwatch_log_metric_filter" "falco" {
  count = var.application_log_group_name == null ? 0 : 1

  name           = "${var.name}-falco-events"
  log_group_name = var.application_log_group_name
  pattern        = "{ ($.kubernetes.namespace_name = \"${var.falco_namespace}\") && ($.log_processed.priority = \"Emergency\" || $.log_processed.priority = \"Alert\" || $.log_processed.priority = \"Critical\" || $.log_processed.priority = \"Error\" || $.log_processed.priority = \"Warning\") }"

  metric_transformation {
    name          = "FalcoEvents"
    namespace     = "Shipline/${var.name}"
    value         = "1"
    default_value = "0"
  }
}

resource "aws_cloudwatch_metric_alarm" "falco" {
  count = var.application_log_group_name == null ? 0 : 1

  alarm_name          = "${var.name}-falco-events"
  alarm_description   = "Falco reported a runtime security event (priority Warning or above): read it in log group ${var.application_log_group_name}, namespace ${var.falco_namespace}."
  namespace           = "Shipline/${var.name}"
  metric_name         = aws_cloudwatch_log_metric_filter.falco[0].metric_transformation[0].name
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.regional.arn]

  tags = var.tags
}
