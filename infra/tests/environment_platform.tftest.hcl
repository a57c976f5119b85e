# The platform of one environment (platform.tf, issue 16): alerts, audit, IAM hygiene, user
# sign-in, runtime security, container logs, cluster autoscaling and the database standby,
# planned from its tfvars with a mocked AWS provider. The Jest wrapper runs this file once for
# every environments/*.tfvars (its name starts with "environment"), like environment.tftest.hcl.

mock_provider "aws" {
  source = "./tests/mocks"
}

# What the us-east-1 provider creates says so in its ARNs, so the apply run can tell which
# provider configuration planned the WAF alarm and its topic.
mock_provider "aws" {
  alias  = "us_east_1"
  source = "./tests/mocks"

  mock_resource "aws_sns_topic" {
    defaults = {
      arn = "arn:aws:sns:us-east-1:123456789012:mock-alerts-edge"
    }
  }

  mock_resource "aws_kms_key" {
    defaults = {
      arn    = "arn:aws:kms:us-east-1:123456789012:key/44444444-4444-4444-8444-444444444444"
      key_id = "44444444-4444-4444-8444-444444444444"
    }
  }

  mock_resource "aws_cloudwatch_metric_alarm" {
    defaults = {
      arn = "arn:aws:cloudwatch:us-east-1:123456789012:alarm:mock"
    }
  }

  mock_resource "aws_wafv2_web_acl" {
    defaults = {
      arn = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/mock/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"
    }
  }
}

# Distinct ARNs for what one resource hands another, so the apply run checks real wiring.
override_resource {
  target = module.alerts.aws_sns_topic.regional
  values = { arn = "arn:aws:sns:eu-west-1:123456789012:erp-alerts" }
}

override_resource {
  target = module.alerts.aws_kms_key.regional
  values = { arn = "arn:aws:kms:eu-west-1:123456789012:key/55555555-5555-4555-8555-555555555555", key_id = "55555555-5555-4555-8555-555555555555" }
}

override_resource {
  target = module.audit.aws_kms_key.this
  values = { arn = "arn:aws:kms:eu-west-1:123456789012:key/66666666-6666-4666-8666-666666666666", key_id = "66666666-6666-4666-8666-666666666666" }
}

override_resource {
  target = module.audit.aws_s3_bucket.this
  values = { id = "erp-audit-123456789012", arn = "arn:aws:s3:::erp-audit-123456789012", bucket_domain_name = "erp-audit-123456789012.s3.amazonaws.com", bucket_regional_domain_name = "erp-audit-123456789012.s3.eu-west-1.amazonaws.com" }
}

override_resource {
  target = module.audit.aws_cloudwatch_log_group.trail
  values = { arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/cloudtrail/erp" }
}

override_resource {
  target = module.audit.aws_iam_role.trail
  values = { arn = "arn:aws:iam::123456789012:role/erp-cloudtrail" }
}

override_resource {
  target = module.observability[0].aws_kms_key.this
  values = { arn = "arn:aws:kms:eu-west-1:123456789012:key/77777777-7777-4777-8777-777777777777", key_id = "77777777-7777-4777-8777-777777777777" }
}

override_resource {
  target = module.observability[0].aws_iam_role.agent
  values = { arn = "arn:aws:iam::123456789012:role/erp-cloudwatch-agent" }
}

override_resource {
  target = module.autoscaling.aws_iam_role.cluster_autoscaler
  values = { arn = "arn:aws:iam::123456789012:role/erp-cluster-autoscaler" }
}

override_resource {
  target = module.observability[0].aws_cloudwatch_log_group.this
  values = { arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/containerinsights/erp" }
}

run "plan" {
  command = plan

  ##############################################################################
  # Alerts: the topics
  ##############################################################################

  assert {
    condition     = module.alerts.resources.topics.regional.name == "erp-${var.environment}-alerts" && module.alerts.resources.topics.edge.name == "erp-${var.environment}-alerts-edge" && alltrue([for k in values(module.alerts.resources.topic_keys) : k.enable_key_rotation && k.deletion_window_in_days == 30])
    error_message = "Alerts: an alert topic in the region and one in us-east-1 (the WAF's metrics), each with a rotating KMS key of its own."
  }

  assert {
    condition = alltrue([
      for doc in values(module.alerts.resources.key_policies) : length([
        for s in doc.statement : s if s.sid == "AlarmAndEventPublishers" && one(s.principals).identifiers == toset(["cloudwatch.amazonaws.com", "events.amazonaws.com"]) && s.actions == toset(["kms:Decrypt", "kms:GenerateDataKey*"]) && toset([for c in s.condition : "${c.test} ${c.variable}"]) == toset(["StringEquals aws:SourceAccount"])
      ]) == 1
    ])
    error_message = "Alerts: each topic key must let CloudWatch alarms and EventBridge (of this account only) encrypt messages, or no alarm is ever delivered."
  }

  assert {
    condition     = length(var.alert_subscriptions) > 0 && length(module.alerts.resources.subscriptions.regional) == length(var.alert_subscriptions) && length(module.alerts.resources.subscriptions.edge) == length(var.alert_subscriptions) && alltrue([for k, s in var.alert_subscriptions : module.alerts.resources.subscriptions.regional[k].protocol == s.protocol && module.alerts.resources.subscriptions.regional[k].endpoint == s.endpoint && module.alerts.resources.subscriptions.edge[k].endpoint == s.endpoint])
    error_message = "Alerts: both topics must be subscribed by exactly alert_subscriptions (the environment names someone). Planned: ${jsonencode(keys(module.alerts.resources.subscriptions.regional))}."
  }

  ##############################################################################
  # Alerts: the alarms
  ##############################################################################

  assert {
    condition = alltrue([
      for key, metric in { "alb-elb-5xx" = "HTTPCode_ELB_5XX_Count", "alb-target-5xx" = "HTTPCode_Target_5XX_Count" } :
      module.alerts.resources.alarms[key].namespace == "AWS/ApplicationELB" && module.alerts.resources.alarms[key].metric_name == metric && module.alerts.resources.alarms[key].statistic == "Sum" && module.alerts.resources.alarms[key].period == 300 && module.alerts.resources.alarms[key].comparison_operator == "GreaterThanThreshold" && module.alerts.resources.alarms[key].threshold == 10
    ])
    error_message = "Alerts: the load balancer's own 5xx and its targets' 5xx must each raise an alarm above 10 in 5 minutes."
  }

  assert {
    condition = toset([for k in keys(module.alerts.resources.alarms) : k if endswith(k, "-unhealthy-targets")]) == toset(["frontend-unhealthy-targets", "gateway-service-unhealthy-targets"]) && alltrue([
      for k in ["frontend", "gateway-service"] : module.alerts.resources.alarms["${k}-unhealthy-targets"].metric_name == "UnHealthyHostCount" && module.alerts.resources.alarms["${k}-unhealthy-targets"].threshold == 0 && module.alerts.resources.alarms["${k}-unhealthy-targets"].evaluation_periods == 3
    ])
    error_message = "Alerts: each target group (one per exposed service of shipline.yml: frontend, gateway-service) must raise an alarm when it has had unhealthy targets for 3 minutes."
  }

  assert {
    condition = alltrue([
      for key, want in { "rds-cpu" = "CPUUtilization GreaterThanThreshold 80", "rds-storage" = "FreeStorageSpace LessThanThreshold ${max(2, floor(var.db_allocated_storage / 10)) * 1073741824}", "rds-connections" = "DatabaseConnections GreaterThanThreshold 80" } :
      "${module.alerts.resources.alarms[key].metric_name} ${module.alerts.resources.alarms[key].comparison_operator} ${module.alerts.resources.alarms[key].threshold}" == want && module.alerts.resources.alarms[key].namespace == "AWS/RDS" && module.alerts.resources.alarms[key].dimensions == tomap({ DBInstanceIdentifier = module.rds.resources.instance.identifier })
    ])
    error_message = "Alerts: the database's CPU (above 80%), free storage (below 10% of db_allocated_storage, 2 GiB at least) and connections (above 80) must each raise an alarm on the environment's instance."
  }

  assert {
    condition     = module.alerts.resources.alarms["waf-blocked-requests"].namespace == "AWS/WAFV2" && module.alerts.resources.alarms["waf-blocked-requests"].metric_name == "BlockedRequests" && module.alerts.resources.alarms["waf-blocked-requests"].dimensions == tomap({ WebACL = module.cdn.resources.web_acl.name, Rule = "ALL" }) && module.alerts.resources.alarms["waf-blocked-requests"].threshold == 1000
    error_message = "Alerts: requests blocked by the distribution's web ACL (all rules) must raise an alarm above 1000 in 5 minutes."
  }

  assert {
    condition = length([for k in keys(module.alerts.resources.alarms) : k if k == "pod-restarts"]) == (var.enable_container_observability ? 1 : 0) && (!var.enable_container_observability || alltrue([
      for q in module.alerts.resources.alarms["pod-restarts"].metric_query : strcontains(q.expression, "pod_container_status_waiting_reason_crash_loop_back_off") && strcontains(q.expression, "ClusterName = 'erp-${var.environment}'") && strcontains(q.expression, "Namespace = '${local.k8s_namespace}'") && q.return_data
    ]))
    error_message = "Alerts: crash-looping containers of the application namespace must raise an alarm (a Container Insights query of the environment's cluster)."
  }

  assert {
    condition     = !var.enable_container_observability || (one(module.alerts.resources.falco_metric_filter).log_group_name == module.observability[0].application_log_group_name && strcontains(one(module.alerts.resources.falco_metric_filter).pattern, "$.kubernetes.namespace_name = \"falco\"") && strcontains(one(module.alerts.resources.falco_metric_filter).pattern, "$.log_processed.priority = \"Critical\"") && strcontains(one(module.alerts.resources.falco_metric_filter).pattern, "$.log_processed.priority = \"Warning\"") && module.alerts.resources.alarms["falco-events"].threshold == 1 && module.alerts.resources.alarms["falco-events"].period == 60)
    error_message = "Alerts: every Falco event of priority Warning or above, shipped to the application log group, must raise an alarm within a minute."
  }

  assert {
    condition = toset(keys(module.audit.resources.cis_metric_filters)) == toset(["unauthorized-api-calls", "root-account-usage", "console-signin-without-mfa", "iam-policy-changes", "security-group-changes"]) && alltrue([
      for key, needle in {
        unauthorized-api-calls     = "$.errorCode = \"*UnauthorizedOperation\""
        root-account-usage         = "$.userIdentity.type = \"Root\""
        console-signin-without-mfa = "$.additionalEventData.MFAUsed != \"Yes\""
        iam-policy-changes         = "$.eventName = PutRolePolicy"
        security-group-changes     = "$.eventName = AuthorizeSecurityGroupIngress"
      } : strcontains(module.audit.resources.cis_metric_filters[key].pattern, needle) && module.audit.resources.cis_metric_filters[key].log_group_name == module.audit.resources.trail_log_group.name && module.audit.resources.cis_alarms[key].threshold == 1 && module.audit.resources.cis_alarms[key].metric_name == key
    ])
    error_message = "Alerts: the CIS CloudTrail metric filters (unauthorized calls, root use, console sign-in without MFA, IAM policy and security group changes) must each raise an alarm."
  }

  ##############################################################################
  # Audit: CloudTrail and its bucket
  ##############################################################################

  assert {
    condition     = module.audit.resources.trail.is_multi_region_trail && module.audit.resources.trail.include_global_service_events && module.audit.resources.trail.enable_log_file_validation && module.audit.resources.trail.enable_logging && one(module.audit.resources.trail.event_selector).read_write_type == "All" && one(module.audit.resources.trail.event_selector).include_management_events
    error_message = "Audit: the trail must record every region's management events (read and write, global services included) with log file validation."
  }

  assert {
    condition     = module.audit.resources.kms_key.enable_key_rotation && module.audit.resources.trail_log_group.retention_in_days == var.log_retention_days && module.audit.resources.trail_log_group.name == "/aws/cloudtrail/erp-${var.environment}"
    error_message = "Audit: the trail's CloudWatch Logs copy must be kept log_retention_days, under a rotating KMS key."
  }

  assert {
    condition     = module.audit.resources.public_access_block.block_public_acls && module.audit.resources.public_access_block.block_public_policy && module.audit.resources.public_access_block.ignore_public_acls && module.audit.resources.public_access_block.restrict_public_buckets && one(module.audit.resources.bucket_versioning.versioning_configuration).status == "Enabled" && one(one(module.audit.resources.bucket_encryption.rule).apply_server_side_encryption_by_default).sse_algorithm == "aws:kms"
    error_message = "Audit: the audit bucket must block all public access, keep versions and encrypt with KMS."
  }

  assert {
    condition     = one(module.audit.resources.bucket_lifecycle.rule).status == "Enabled" && one(one(module.audit.resources.bucket_lifecycle.rule).expiration).days == var.audit_retention_days && one(one(module.audit.resources.bucket_lifecycle.rule).transition).storage_class == "GLACIER_IR" && module.audit.resources.bucket.force_destroy == var.force_destroy
    error_message = "Audit: the audit bucket's lifecycle must archive after 90 days and expire after audit_retention_days (365 at least)."
  }

  assert {
    condition     = length([for s in module.audit.resources.bucket_policy.statement : s if s.sid == "DenyInsecureTransport" && s.effect == "Deny"]) == 1 && alltrue([for s in module.audit.resources.bucket_policy.statement : s.sid == "DenyInsecureTransport" || alltrue([for p in s.principals : p.type == "Service"])])
    error_message = "Audit: the audit bucket must refuse requests without TLS, and allow nobody but CloudTrail and Config to write."
  }

  ##############################################################################
  # Audit: AWS Config
  ##############################################################################

  assert {
    condition     = length(module.audit.resources.config_recorder) == (var.enable_aws_config ? 1 : 0) && alltrue([for r in module.audit.resources.config_recorder : one(r.recording_group).all_supported && one(r.recording_group).include_global_resource_types && endswith(r.role_arn, ":role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig")]) && alltrue([for s in module.audit.resources.config_recorder_state : s.is_enabled])
    error_message = "Audit: AWS Config must record every supported resource (IAM included) with its service-linked role, and be turned on."
  }

  assert {
    condition     = alltrue([for d in module.audit.resources.config_delivery : d.s3_key_prefix == "config" && one(d.snapshot_delivery_properties).delivery_frequency == "TwentyFour_Hours"])
    error_message = "Audit: AWS Config must deliver its snapshots daily under config/ in the audit bucket."
  }

  assert {
    condition = !var.enable_aws_config || toset([for r in values(module.audit.resources.config_rules) : one(r.source).source_identifier]) == toset([
      "MULTI_REGION_CLOUD_TRAIL_ENABLED", "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", "CLOUD_TRAIL_ENCRYPTION_ENABLED", "IAM_PASSWORD_POLICY", "MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS", "ROOT_ACCOUNT_MFA_ENABLED", "IAM_ROOT_ACCESS_KEY_CHECK",
      "S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED", "S3_BUCKET_SSL_REQUESTS_ONLY", "RDS_STORAGE_ENCRYPTED", "RDS_INSTANCE_PUBLIC_ACCESS_CHECK", "EKS_ENDPOINT_NO_PUBLIC_ACCESS", "EKS_SECRETS_ENCRYPTED", "VPC_FLOW_LOGS_ENABLED",
      "VPC_DEFAULT_SECURITY_GROUP_CLOSED", "CLOUDWATCH_LOG_GROUP_ENCRYPTED", "ECR_PRIVATE_IMAGE_SCANNING_ENABLED", "GUARDDUTY_ENABLED_CENTRALIZED",
    ]) && alltrue([for r in values(module.audit.resources.config_rules) : one(r.source).owner == "AWS"])
    error_message = "Audit: AWS Config must evaluate the AWS managed rules of this architecture's controls (trail, IAM, S3, RDS, EKS, VPC, logs, ECR, GuardDuty). Planned: ${jsonencode(keys(module.audit.resources.config_rules))}."
  }

  assert {
    condition     = !var.enable_aws_config || jsondecode(module.audit.resources.config_rules["iam-password-policy"].input_parameters) == { RequireUppercaseCharacters = "true", RequireLowercaseCharacters = "true", RequireSymbols = "true", RequireNumbers = "true", MinimumPasswordLength = tostring(var.iam_password_policy.minimum_length), PasswordReusePrevention = tostring(var.iam_password_policy.reuse_prevention), MaxPasswordAge = tostring(var.iam_password_policy.max_age_days) }
    error_message = "Audit: the IAM_PASSWORD_POLICY rule must check for the password policy this configuration sets."
  }

  ##############################################################################
  # IAM hygiene
  ##############################################################################

  assert {
    condition     = !var.manage_account_iam_baseline || (module.iam_baseline[0].resources.password_policy.minimum_password_length == var.iam_password_policy.minimum_length && module.iam_baseline[0].resources.password_policy.minimum_password_length >= 14 && module.iam_baseline[0].resources.password_policy.password_reuse_prevention == var.iam_password_policy.reuse_prevention && module.iam_baseline[0].resources.password_policy.max_password_age == var.iam_password_policy.max_age_days && module.iam_baseline[0].resources.password_policy.require_lowercase_characters && module.iam_baseline[0].resources.password_policy.require_uppercase_characters && module.iam_baseline[0].resources.password_policy.require_numbers && module.iam_baseline[0].resources.password_policy.require_symbols)
    error_message = "IAM: the account password policy must ask for 14 characters or more of every class, prevent reuse and expire passwords (iam_password_policy)."
  }

  assert {
    condition = !var.manage_account_iam_baseline || (module.iam_baseline[0].resources.administrators.name == "erp-administrators" && module.iam_baseline[0].resources.require_mfa.group == "erp-administrators" && length([
      for s in module.iam_baseline[0].resources.require_mfa_statement.statement : s if s.effect == "Deny" && s.resources == toset(["*"]) && s.actions == null && try(contains(s.not_actions, "iam:EnableMFADevice") && contains(s.not_actions, "iam:CreateVirtualMFADevice") && !contains(s.not_actions, "iam:*"), false) && toset([for c in s.condition : "${c.test} ${c.variable} ${join(",", c.values)}"]) == toset(["BoolIfExists aws:MultiFactorAuthPresent false"])
    ]) == 1)
    error_message = "IAM: the administrators group must deny every action but MFA self-service to a request not authenticated with MFA."
  }

  ##############################################################################
  # User sign-in: Cognito
  ##############################################################################

  assert {
    condition     = module.cognito.resources.user_pool.mfa_configuration == var.cognito_mfa && one(module.cognito.resources.user_pool.software_token_mfa_configuration).enabled && module.cognito.resources.user_pool.deletion_protection == (var.cognito_deletion_protection ? "ACTIVE" : "INACTIVE") && one(module.cognito.resources.user_pool.admin_create_user_config).allow_admin_create_user_only
    error_message = "Cognito: the user pool must require MFA (TOTP) as cognito_mfa says, be protected from deletion, and let only administrators create users."
  }

  assert {
    condition     = one(module.cognito.resources.user_pool.password_policy).minimum_length >= 12 && one(module.cognito.resources.user_pool.password_policy).require_lowercase && one(module.cognito.resources.user_pool.password_policy).require_uppercase && one(module.cognito.resources.user_pool.password_policy).require_numbers && one(module.cognito.resources.user_pool.password_policy).require_symbols
    error_message = "Cognito: user passwords must have 12 characters or more of every class."
  }

  assert {
    condition     = module.cognito.resources.user_pool.user_pool_tier == (var.cognito_threat_protection == "OFF" ? "ESSENTIALS" : "PLUS") && (var.cognito_threat_protection == "OFF" ? length(module.cognito.resources.user_pool.user_pool_add_ons) == 0 : one(module.cognito.resources.user_pool.user_pool_add_ons).advanced_security_mode == var.cognito_threat_protection)
    error_message = "Cognito: threat protection (advanced security) must be as cognito_threat_protection says, on the Plus tier it needs."
  }

  assert {
    condition     = module.cognito.resources.client.generate_secret == false && module.cognito.resources.client.allowed_oauth_flows == toset(["code"]) && module.cognito.resources.client.allowed_oauth_flows_user_pool_client && module.cognito.resources.client.supported_identity_providers == toset(["COGNITO"]) && module.cognito.resources.client.explicit_auth_flows == toset(["ALLOW_REFRESH_TOKEN_AUTH"])
    error_message = "Cognito: the frontend's client must be public (no secret) and use the authorization code flow only (PKCE on the browser's side; no implicit flow, no password grant)."
  }

  assert {
    condition     = module.cognito.resources.client.callback_urls == toset([for d in var.domain_names : "https://${d}/auth/callback"]) && module.cognito.resources.client.logout_urls == toset([for d in var.domain_names : "https://${d}/"]) && module.cognito.resources.client.allowed_oauth_scopes == toset(["openid", "email", "profile"])
    error_message = "Cognito: sign-in may redirect only to the environment's own HTTPS host names."
  }

  assert {
    condition     = module.cognito.resources.client.enable_token_revocation && module.cognito.resources.client.prevent_user_existence_errors == "ENABLED" && module.cognito.resources.client.access_token_validity == 60 && module.cognito.resources.client.refresh_token_validity == 12 && one(module.cognito.resources.client.token_validity_units).refresh_token == "hours"
    error_message = "Cognito: tokens must be revocable, short-lived (1 hour, refresh 12 hours), and sign-in must not tell whether a user exists."
  }

  ##############################################################################
  # Runtime security: GuardDuty
  ##############################################################################

  assert {
    condition     = length(module.runtime_security) == (var.enable_guardduty ? 1 : 0) && alltrue([for m in module.runtime_security : m.resources.detector.enable && m.resources.features.eks_audit_logs.status == "ENABLED" && m.resources.features.runtime_monitoring.name == "RUNTIME_MONITORING" && m.resources.features.runtime_monitoring.status == "ENABLED"])
    error_message = "GuardDuty: the detector must watch the EKS audit logs and the nodes at runtime."
  }

  assert {
    condition     = alltrue([for m in module.runtime_security : { for c in m.resources.features.runtime_monitoring.additional_configuration : c.name => c.status }["EKS_ADDON_MANAGEMENT"] == "ENABLED"])
    error_message = "GuardDuty: it must install and update its runtime agent on the EKS nodes itself."
  }

  assert {
    condition     = alltrue([for m in module.runtime_security : jsondecode(m.resources.findings_rule.event_pattern) == { source = ["aws.guardduty"], "detail-type" = ["GuardDuty Finding"], detail = { severity = [{ numeric = [">=", 4] }] } }])
    error_message = "GuardDuty: findings of Medium severity or more must be routed to the alert topic as they are published."
  }

  ##############################################################################
  # Container and node logs
  ##############################################################################

  assert {
    condition     = length(module.observability) == (var.enable_container_observability ? 1 : 0) && alltrue([for m in module.observability : m.resources.addon.addon_name == "amazon-cloudwatch-observability" && m.resources.addon.cluster_name == "erp-${var.environment}" && jsondecode(m.resources.addon.configuration_values).containerLogs.enabled])
    error_message = "Logging: the CloudWatch Observability add-on must ship the cluster's container logs (Fluent Bit) and Container Insights."
  }

  assert {
    condition = alltrue([
      for m in module.observability : toset([for g in values(m.resources.log_groups) : g.name]) == toset([for k in ["application", "dataplane", "host", "performance"] : "/aws/containerinsights/erp-${var.environment}/${k}"]) && alltrue([for g in values(m.resources.log_groups) : g.retention_in_days == var.log_retention_days]) && m.resources.kms_key.enable_key_rotation
    ])
    error_message = "Logging: container, node and performance logs must go to groups created beforehand, kept log_retention_days, under a rotating KMS key."
  }

  ##############################################################################
  # Scaling and resilience
  ##############################################################################

  assert {
    condition = length([
      for s in module.autoscaling.resources.policy.statement : s if length(setintersection(s.actions, toset(["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"]))) > 0 && toset([for c in s.condition : "${c.test} ${c.variable} ${join(",", c.values)}"]) != toset(["StringEquals aws:ResourceTag/k8s.io/cluster-autoscaler/erp-${var.environment} owned"])
    ]) == 0 && length([for s in module.autoscaling.resources.policy.statement : s if contains(s.actions, "autoscaling:SetDesiredCapacity")]) == 1
    error_message = "Autoscaling: the Cluster Autoscaler may resize only the Auto Scaling groups of this cluster's node groups (tagged k8s.io/cluster-autoscaler/CLUSTER = owned)."
  }

  assert {
    condition     = var.environment != "production" || (module.rds.resources.instance.multi_az && alltrue([for g in values(module.eks.resources.node_groups) : one(g.scaling_config).min_size >= 3]))
    error_message = "Resilience: production must run its database Multi-AZ and at least one node per availability zone."
  }

  assert {
    condition = alltrue([
      for role in concat([module.audit.resources.trail_role, module.autoscaling.resources.role], [for m in module.observability : m.resources.role]) : role.permissions_boundary == var.iam_role_permissions_boundary_arn
    ])
    error_message = "IAM: every platform role (CloudTrail, the log agent, the Cluster Autoscaler) must carry iam_role_permissions_boundary_arn, or the deploy role cannot create it."
  }
}

# The mocked apply: the wiring between the platform's resources, and the outputs the services and
# the platform manifests read.
run "apply" {
  command = apply

  assert {
    condition     = alltrue([for m in module.observability : toset([for c in one(m.resources.trust.statement).condition : "${c.test} ${split(":", c.variable)[length(split(":", c.variable)) - 1]} ${join(",", c.values)}"]) == toset(["StringEquals sub system:serviceaccount:amazon-cloudwatch:cloudwatch-agent", "StringEquals aud sts.amazonaws.com"]) && endswith(m.resources.policies.policy_arn, ":policy/CloudWatchAgentServerPolicy")])
    error_message = "Logging: only the add-on's service account may assume its role, which may only write logs and metrics (CloudWatchAgentServerPolicy)."
  }

  assert {
    condition     = toset([for c in one(module.autoscaling.resources.trust.statement).condition : "${c.test} ${split(":", c.variable)[length(split(":", c.variable)) - 1]} ${join(",", c.values)}"]) == toset(["StringEquals sub system:serviceaccount:kube-system:cluster-autoscaler", "StringEquals aud sts.amazonaws.com"])
    error_message = "Autoscaling: only the Cluster Autoscaler's service account (kube-system) may assume its role."
  }

  assert {
    condition     = module.alerts.resources.topics.regional.kms_master_key_id == module.alerts.resources.topic_keys.regional.arn && module.alerts.resources.topics.edge.kms_master_key_id == module.alerts.resources.topic_keys.edge.arn && startswith(module.alerts.resources.topics.edge.arn, "arn:aws:sns:us-east-1:") && startswith(module.alerts.resources.topic_keys.edge.arn, "arn:aws:kms:us-east-1:")
    error_message = "Alerts: each topic must be encrypted with its own key, the edge topic and key in us-east-1."
  }

  assert {
    condition = alltrue([
      for key, doc in module.alerts.resources.topic_policy_documents : length([for s in doc.statement : s if s.sid == "AlarmsAndEventsOfThisAccount" && s.actions == toset(["sns:Publish"]) && s.resources == toset([module.alerts.resources.topics[key].arn])]) == 1 && length([for s in doc.statement : s if s.sid == "DenyInsecureTransport" && s.effect == "Deny"]) == 1
    ]) && module.alerts.resources.topic_policies.regional.arn == module.alerts.resources.topics.regional.arn
    error_message = "Alerts: each topic's policy must let this account's alarms and events publish, over TLS only."
  }

  assert {
    condition = alltrue([
      for key, alarm in module.alerts.resources.alarms : alarm.alarm_actions == toset([key == "waf-blocked-requests" ? module.alerts.edge_topic_arn : module.alerts.topic_arn])
      ]) && alltrue([
      for alarm in values(module.audit.resources.cis_alarms) : alarm.alarm_actions == toset([module.alerts.topic_arn])
    ])
    error_message = "Alerts: every alarm must notify the alert topic of its region (the WAF alarm, the us-east-1 topic)."
  }

  assert {
    condition     = startswith(module.alerts.resources.alarms["waf-blocked-requests"].arn, "arn:aws:cloudwatch:us-east-1:")
    error_message = "Alerts: the WAF alarm must be created in us-east-1, where CloudFront web ACLs publish their metrics."
  }

  assert {
    condition     = module.alerts.resources.alarms["alb-elb-5xx"].dimensions.LoadBalancer == regex("loadbalancer/(.+)$", module.alb.arn)[0] && alltrue([for k, arn in module.alb.target_group_arns : module.alerts.resources.alarms["${k}-unhealthy-targets"].dimensions.TargetGroup == regex("(targetgroup/.+)$", arn)[0]])
    error_message = "Alerts: the load balancer alarms must watch the environment's load balancer and target groups."
  }

  assert {
    condition     = module.audit.resources.trail.kms_key_id == module.audit.resources.kms_key.arn && module.audit.resources.trail.s3_bucket_name == module.audit.resources.bucket.id && module.audit.resources.trail.cloud_watch_logs_group_arn == "${module.audit.resources.trail_log_group.arn}:*" && module.audit.resources.trail.cloud_watch_logs_role_arn == module.audit.resources.trail_role.arn && module.audit.resources.trail_log_group.kms_key_id == module.audit.resources.kms_key.arn
    error_message = "Audit: the trail must write to the audit bucket and its log group, both under the audit key."
  }

  assert {
    condition     = one(one(module.audit.resources.bucket_encryption.rule).apply_server_side_encryption_by_default).kms_master_key_id == module.audit.resources.kms_key.arn && alltrue([for d in module.audit.resources.config_delivery : d.s3_bucket_name == module.audit.resources.bucket.id && d.s3_kms_key_arn == module.audit.resources.kms_key.arn])
    error_message = "Audit: the audit bucket and the Config snapshots must be encrypted with the audit key."
  }

  assert {
    condition     = length([for s in module.audit.resources.bucket_policy.statement : s if s.sid == "TrailWritesLogFiles" && s.resources == toset(["${module.audit.resources.bucket.arn}/cloudtrail/AWSLogs/123456789012/*"]) && toset([for c in s.condition : "${c.variable}=${join(",", c.values)}"]) == toset(["aws:SourceArn=arn:aws:cloudtrail:${var.region}:123456789012:trail/erp-${var.environment}"])]) == 1
    error_message = "Audit: only the environment's trail may write log files to the audit bucket, under cloudtrail/AWSLogs/ACCOUNT/."
  }

  assert {
    condition     = alltrue([for m in module.runtime_security : m.resources.findings_route.arn == module.alerts.topic_arn && m.resources.findings_route.rule == m.resources.findings_rule.name])
    error_message = "GuardDuty: the findings rule must target the regional alert topic."
  }

  assert {
    condition     = alltrue([for m in module.observability : m.resources.addon.service_account_role_arn == m.resources.role.arn && alltrue([for g in values(m.resources.log_groups) : g.kms_key_id == m.resources.kms_key.arn])])
    error_message = "Logging: the add-on must run with its own IRSA role, and every log group must be encrypted with the logs key."
  }

  assert {
    condition     = strcontains(output.kustomize_env, "COGNITO_ISSUER_URL=https://cognito-idp.${var.region}.amazonaws.com/${module.cognito.user_pool_id}\n") && strcontains(output.kustomize_env, "COGNITO_JWKS_URL=https://cognito-idp.${var.region}.amazonaws.com/${module.cognito.user_pool_id}/.well-known/jwks.json\n") && strcontains(output.kustomize_env, "COGNITO_CLIENT_ID=${module.cognito.resources.client.id}\n") && strcontains(output.kustomize_env, "COGNITO_DOMAIN=erp-${var.environment}-123456789012.auth.${var.region}.amazoncognito.com\n")
    error_message = "Outputs: kustomize_env must carry the pool's issuer, JWKS URL, the frontend's client id and the hosted domain to the services. Planned: ${output.kustomize_env}"
  }

  assert {
    condition     = output.platform_kustomize_env == "CLUSTER_NAME=erp-${var.environment}\nAWS_REGION=${var.region}\nCLUSTER_AUTOSCALER_ROLE_ARN=${module.autoscaling.role_arn}\n" && module.autoscaling.role_arn == module.autoscaling.resources.role.arn
    error_message = "Outputs: platform_kustomize_env must give the platform manifests the cluster name, the region and the Cluster Autoscaler's role. Planned: ${output.platform_kustomize_env}"
  }

  assert {
    condition     = output.alert_topic_arns == { regional = module.alerts.topic_arn, edge = module.alerts.edge_topic_arn } && output.audit_bucket == module.audit.resources.bucket.id && output.cognito.client_id == module.cognito.resources.client.id
    error_message = "Outputs: alert_topic_arns, audit_bucket and cognito must name the planned resources."
  }
}
