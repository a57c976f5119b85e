output "arn" {
  description = "ARN of the load balancer."
  value       = aws_lb.this.arn
}

output "dns_name" {
  description = "DNS name of the load balancer (the target of the origin host name's record)."
  value       = aws_lb.this.dns_name
}

output "zone_id" {
  description = "Route 53 hosted zone of the load balancer, for alias records."
  value       = aws_lb.this.zone_id
}

output "security_group_id" {
  description = "Security group of the load balancer."
  value       = aws_security_group.this.id
}

output "target_group_arns" {
  description = "Target group ARNs keyed like var.target_groups, for the TargetGroupBinding objects of the cluster."
  value       = { for key, tg in aws_lb_target_group.this : key => tg.arn }
}

output "listener_arn" {
  description = "ARN of the HTTPS listener."
  value       = aws_lb_listener.https.arn
}

output "resources" {
  description = "The module's resources as planned, by role (the configuration's checks in infra/tests assert on them; prefer the outputs above for wiring). Sensitive: the listener rules hold the origin secret."
  sensitive   = true
  value = {
    load_balancer     = aws_lb.this
    security_group    = aws_security_group.this
    ingress_rules     = { https_from_cloudfront = aws_vpc_security_group_ingress_rule.https_from_cloudfront }
    egress_rules      = aws_vpc_security_group_egress_rule.to_targets
    target_ingress    = aws_vpc_security_group_ingress_rule.targets_from_alb
    cloudfront_prefix = data.aws_ec2_managed_prefix_list.cloudfront
    listener          = aws_lb_listener.https
    listener_rules    = aws_lb_listener_rule.forward
    target_groups     = aws_lb_target_group.this
  }
}
