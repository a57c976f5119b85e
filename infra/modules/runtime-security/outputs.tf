output "detector_id" {
  description = "ID of the GuardDuty detector."
  value       = aws_guardduty_detector.this.id
}

output "resources" {
  description = "The module's resources as planned, by role (the configuration's checks in infra/tests assert on them; prefer the outputs above for wiring)."
  value = {
    detector       = aws_guardduty_detector.this
    features       = { eks_audit_logs = aws_guardduty_detector_feature.eks_audit_logs, runtime_monitoring = aws_guardduty_detector_feature.runtime_monitoring }
    findings_rule  = aws_cloudwatch_event_rule.findings
    findings_route = aws_cloudwatch_event_target.findings
  }
}
