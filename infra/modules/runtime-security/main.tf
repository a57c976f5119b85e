# GuardDuty: the managed runtime threat detection, next to Falco in the cluster. One detector
# per account and region.
resource "aws_guardduty_detector" "this" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"

  tags = var.tags
}

resource "aws_guardduty_detector_feature" "eks_audit_logs" {
  detector_id = aws_guardduty_detector.this.id
  name        = "EKS_AUDIT_LOGS"
  status      = "ENABLED"
}

# Runtime Monitoring of the EKS nodes: GuardDuty installs and updates its security agent add-on
# (and the VPC endpoint it reports through) itself.
resource "aws_guardduty_detector_feature" "runtime_monitoring" {
  detector_id = aws_guardduty_detector.this.id
  name        = "RUNTIME_MONITORING"
  status      = "ENABLED"

  additional_configuration {
    name   = "EKS_ADDON_MANAGEMENT"
    status = "ENABLED"
  }

  additional_configuration {
    name   = "ECS_FARGATE_AGENT_MANAGEMENT"
    status = "DISABLED"
  }

  additional_configuration {
    name   = "EC2_AGENT_MANAGEMENT"
    status = "DISABLED"
  }
}

# Findings of at least var.min_severity reach the alert topic as they are published.
resource "aws_cloudwatch_event_rule" "findings" {
  name        = "${var.name}-guardduty-findings"
  description = "GuardDuty findings of severity ${var.min_severity} or more, to the alert topic"

  event_pattern = jsonencode({
    source        = ["aws.guardduty"]
    "detail-type" = ["GuardDuty Finding"]
    detail        = { severity = [{ numeric = [">=", var.min_severity] }] }
  })

  tags = var.tags
}

resource "aws_cloudwatch_event_target" "findings" {
  rule      = aws_cloudwatch_event_rule.findings.name
  target_id = "alert-topic"
  arn       = var.alarm_topic_arn
}
