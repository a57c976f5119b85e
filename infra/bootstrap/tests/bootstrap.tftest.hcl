# The bootstrap stack (state bucket, GitHub OIDC provider, plan, build and deploy roles, workload boundary),
# planned with a mocked AWS provider whose values (tests/mocks of infra/ for the root) are given
# during the plan already (override_during = plan): no apply, since the state bucket's
# prevent_destroy rightly refuses the teardown of one. Policy documents are asserted on as
# configured: the mock does not compute their JSON, nor apply the provider's defaults (an unset
# effect is Allow).

mock_provider "aws" {
  override_during = plan

  mock_data "aws_caller_identity" {
    defaults = {
      account_id = "123456789012"
      arn        = "arn:aws:iam::123456789012:user/shipline-test"
    }
  }

  mock_data "aws_partition" {
    defaults = {
      partition  = "aws"
      dns_suffix = "amazonaws.com"
    }
  }

  mock_data "aws_iam_policy_document" {
    defaults = {
      json = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Mock\",\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"}}]}"
    }
  }

  mock_data "aws_iam_openid_connect_provider" {
    defaults = {
      arn = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
    }
  }

  mock_resource "aws_kms_key" {
    defaults = {
      arn    = "arn:aws:kms:eu-west-1:123456789012:key/44444444-4444-4444-8444-444444444444"
      key_id = "44444444-4444-4444-8444-444444444444"
    }
  }

  mock_resource "aws_s3_bucket" {
    defaults = {
      arn = "arn:aws:s3:::tfstate-erp-123456789012"
    }
  }

  mock_resource "aws_iam_role" {
    defaults = {
      arn = "arn:aws:iam::123456789012:role/mock"
    }
  }

  mock_resource "aws_iam_policy" {
    defaults = {
      arn = "arn:aws:iam::123456789012:policy/erp-workload-boundary"
    }
  }

  mock_resource "aws_iam_openid_connect_provider" {
    defaults = {
      arn = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
    }
  }
}

variables {
  region            = "eu-west-1"
  github_repository = "example-org/erp"
  environments      = ["staging", "production"]
}

run "state_bucket" {
  command = plan

  assert {
    condition     = aws_s3_bucket.state.bucket == "tfstate-erp-123456789012" && !startswith(aws_s3_bucket.state.bucket, "erp-")
    error_message = "Bootstrap: the state bucket must be tfstate-PROJECT-ACCOUNT, outside the PROJECT- names the deploy roles manage. Planned: ${aws_s3_bucket.state.bucket}."
  }

  assert {
    condition     = one(aws_s3_bucket_versioning.state.versioning_configuration).status == "Enabled" && one(one(aws_s3_bucket_server_side_encryption_configuration.state.rule).apply_server_side_encryption_by_default).sse_algorithm == "aws:kms" && aws_kms_key.state.enable_key_rotation
    error_message = "Bootstrap: the state bucket must be versioned and encrypted with a rotating KMS key."
  }

  assert {
    condition     = aws_s3_bucket_public_access_block.state.block_public_acls && aws_s3_bucket_public_access_block.state.block_public_policy && aws_s3_bucket_public_access_block.state.ignore_public_acls && aws_s3_bucket_public_access_block.state.restrict_public_buckets && one(aws_s3_bucket_ownership_controls.state.rule).object_ownership == "BucketOwnerEnforced"
    error_message = "Bootstrap: all public access to the state bucket must be blocked, and ACLs disabled."
  }

  assert {
    condition     = tolist([for s in data.aws_iam_policy_document.state_bucket.statement : "${s.sid} ${s.effect} ${join(",", s.actions)} ${join(",", [for c in s.condition : "${c.test} ${c.variable}=${join(",", c.values)}"])}"]) == tolist(["DenyInsecureTransport Deny s3:* Bool aws:SecureTransport=false"])
    error_message = "Bootstrap: the state bucket's policy must refuse every request without TLS."
  }

  assert {
    condition     = one(aws_s3_bucket_lifecycle_configuration.state.rule).noncurrent_version_expiration[0].noncurrent_days == 90
    error_message = "Bootstrap: old state versions must be kept 90 days (noncurrent_state_retention_days)."
  }
}

run "github_oidc_provider_and_roles" {
  command = plan

  assert {
    condition     = length(aws_iam_openid_connect_provider.github) == 1 && aws_iam_openid_connect_provider.github[0].url == "https://token.actions.githubusercontent.com" && aws_iam_openid_connect_provider.github[0].client_id_list == toset(["sts.amazonaws.com"])
    error_message = "Bootstrap: an OIDC provider for GitHub Actions (token.actions.githubusercontent.com, audience sts.amazonaws.com)."
  }

  assert {
    condition = length(data.aws_iam_policy_document.plan_trust.statement) == 1 && one(data.aws_iam_policy_document.plan_trust.statement).actions == toset(["sts:AssumeRoleWithWebIdentity"]) && toset([
      for c in one(data.aws_iam_policy_document.plan_trust.statement).condition : "${c.test} ${c.variable}=${join(",", c.values)}"
      ]) == toset([
      "StringEquals token.actions.githubusercontent.com:aud=sts.amazonaws.com",
      "StringEquals token.actions.githubusercontent.com:sub=repo:example-org/erp:pull_request,repo:example-org/erp:ref:refs/heads/main",
    ])
    error_message = "Bootstrap: the plan role must be assumable only by pull requests and the default branch of github_repository, through GitHub's OIDC tokens for sts.amazonaws.com."
  }

  # No managed policy (ReadOnlyAccess reads every service and every object): the plan role's one
  # inline policy allows reads only, no write anywhere, not even a lock file (plans run with lock = false).
  assert {
    condition = aws_iam_role.plan.max_session_duration == 3600 && aws_iam_role_policy.plan.name == "terraform-plan-read" && length([
      for a in flatten([for s in data.aws_iam_policy_document.plan.statement : tolist(s.actions) if s.effect != "Deny"]) : a
      if !can(regex("^[a-z0-9-]+:(Describe|Get|List|BatchGet|BatchCheck)[A-Za-z*]*$|^kms:Decrypt$|^sts:GetCallerIdentity$", a)) || endswith(a, ":*")
    ]) == 0
    error_message = "Bootstrap: the plan role must only read (Describe, Get, List, kms:Decrypt), with no wildcard service access, for an hour at most."
  }

  assert {
    condition     = toset(flatten([for s in data.aws_iam_policy_document.plan.statement : tolist(s.resources) if s.sid == "ReadState"])) == toset(["${aws_s3_bucket.state.arn}/workspaces/staging/*", "${aws_s3_bucket.state.arn}/workspaces/production/*"])
    error_message = "Bootstrap: the plan role may read the state of its environments only."
  }

  # A pull request's build reads the registry build cache (cache/NAME) with the plan role: log in
  # and pull (ecr:Get* holds GetAuthorizationToken and GetDownloadUrlForLayer), never push.
  assert {
    condition     = length(setsubtract(toset(["ecr:Get*", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability"]), toset(flatten([for s in data.aws_iam_policy_document.plan.statement : tolist(s.actions) if s.sid == "ArchitectureReads"])))) == 0 && length([for a in flatten([for s in data.aws_iam_policy_document.plan.statement : tolist(s.actions)]) : a if can(regex("^ecr:(Put|Initiate|Upload|Complete|BatchDelete|Delete|Create|Set|Tag)", a))]) == 0
    error_message = "Bootstrap: the plan role must pull from the registry (the build cache of pull requests) and never push to it."
  }

  assert {
    condition     = toset(flatten([for s in data.aws_iam_policy_document.plan.statement : [for r in s.resources : r if !startswith(r, aws_s3_bucket.state.arn)] if s.effect != "Deny" && contains(s.actions, "s3:GetObject")])) == toset(["arn:aws:s3:::erp-*/*.shipline/publish-manifest.json"])
    error_message = "Bootstrap: of other buckets' objects, the plan role may read only the static frontend's publish manifest (names and hashes)."
  }

  assert {
    condition = aws_iam_role.build.max_session_duration == 3600 && length(data.aws_iam_policy_document.build_trust.statement) == 1 && one(data.aws_iam_policy_document.build_trust.statement).actions == toset(["sts:AssumeRoleWithWebIdentity"]) && toset([
      for c in one(data.aws_iam_policy_document.build_trust.statement).condition : "${c.test} ${c.variable}=${join(",", c.values)}"
      ]) == toset([
      "StringEquals token.actions.githubusercontent.com:aud=sts.amazonaws.com",
      "StringEquals token.actions.githubusercontent.com:sub=repo:example-org/erp:ref:refs/heads/main",
    ])
    error_message = "Bootstrap: the build role must be assumable only by the default branch of github_repository, for an hour at most."
  }

  assert {
    condition = alltrue([for s in data.aws_iam_policy_document.build.statement : s.effect != "Deny" && alltrue([for a in s.actions : startswith(a, "ecr:")])]) && toset(flatten([for s in data.aws_iam_policy_document.build.statement : tolist(s.actions) if s.sid == "RegistryLogin"])) == toset(["ecr:GetAuthorizationToken"]) && alltrue([
      for s in data.aws_iam_policy_document.build.statement : s.resources == toset(["arn:aws:ecr:eu-west-1:123456789012:repository/*"]) && toset([for c in s.condition : "${c.test} ${c.variable}=${join(",", c.values)}"]) == toset(["StringEquals aws:ResourceTag/Project=erp"]) if s.sid != "RegistryLogin"
    ]) && length(setintersection(toset(flatten([for s in data.aws_iam_policy_document.build.statement : tolist(s.actions)])), toset(["ecr:DeleteRepository", "ecr:SetRepositoryPolicy", "ecr:BatchDeleteImage", "ecr:CreateRepository", "ecr:*"]))) == 0 && contains(flatten([for s in data.aws_iam_policy_document.build.statement : tolist(s.actions)]), "ecr:PutImage")
    error_message = "Bootstrap: the build role may only log in to ECR and read and push images of the project's repositories (tag Project = erp), never create, delete or change a repository."
  }

  # The build cache repositories (cache/NAME, tagged Project like the image repositories) take the
  # registry cache of the default branch's builds: pull and push, nothing more.
  assert {
    condition     = length(setsubtract(toset(["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:PutImage"]), toset(flatten([for s in data.aws_iam_policy_document.build.statement : tolist(s.actions) if anytrue([for r in s.resources : can(regex("^${replace(r, "*", ".*")}$", "arn:aws:ecr:eu-west-1:123456789012:repository/cache/auth-service"))])])))) == 0
    error_message = "Bootstrap: the build role must pull from and push to the build cache repositories (cache/NAME)."
  }

  assert {
    condition = toset(keys(aws_iam_role.deploy)) == toset(var.environments) && alltrue([
      for env, doc in data.aws_iam_policy_document.deploy_trust : length(doc.statement) == 1 && toset([for c in one(doc.statement).condition : "${c.test} ${c.variable}=${join(",", c.values)}"]) == toset([
        "StringEquals token.actions.githubusercontent.com:aud=sts.amazonaws.com",
        "StringEquals token.actions.githubusercontent.com:sub=repo:example-org/erp:environment:${env}",
      ]) && aws_iam_role.deploy[env].max_session_duration == 7200
    ])
    error_message = "Bootstrap: each environment's deploy role must be assumable only by jobs of that GitHub environment of github_repository."
  }

  assert {
    condition = length([
      for a in flatten([for doc in concat(values(data.aws_iam_policy_document.deploy_state), [data.aws_iam_policy_document.deploy_infrastructure, data.aws_iam_policy_document.deploy_iam]) : [for s in doc.statement : s.actions if s.effect != "Deny"]]) : a if a == "*" || a == "s3:*" || startswith(a, "iam:*")
    ]) == 0
    error_message = "Bootstrap: no deploy policy may allow *, s3:* or iam:*."
  }


  assert {
    condition     = toset(flatten([for s in data.aws_iam_policy_document.deploy_iam.statement : [for c in s.condition : c.values if c.variable == "iam:PassedToService"] if contains(s.actions, "iam:PassRole")])) == toset(["eks.amazonaws.com", "ec2.amazonaws.com", "vpc-flow-logs.amazonaws.com", "cloudtrail.amazonaws.com", "config.amazonaws.com"]) && alltrue([for s in data.aws_iam_policy_document.deploy_iam.statement : length(s.condition) == 1 if contains(s.actions, "iam:PassRole")])
    error_message = "Bootstrap: the deploy roles may pass roles only to EKS, EC2, VPC flow logs and CloudTrail (the project's roles), and AWS Config (its service-linked role)."
  }

  assert {
    condition     = toset(flatten([for s in data.aws_iam_policy_document.deploy_iam.statement : s.resources if contains(s.actions, "iam:PassRole") && contains(flatten([for c in s.condition : c.values]), "config.amazonaws.com")])) == toset(["arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"])
    error_message = "Bootstrap: the only role passed to AWS Config must be its service-linked role."
  }

  assert {
    condition     = length(setsubtract(toset(["cloudtrail:*", "cloudwatch:*", "cognito-idp:*", "config:*", "events:*", "guardduty:*", "sns:*"]), toset(flatten([for s in data.aws_iam_policy_document.deploy_infrastructure.statement : s.actions if s.sid == "ArchitectureServices"])))) == 0 && contains(one([for s in data.aws_iam_policy_document.workload_boundary.statement : s.actions if s.sid == "WorkloadServices"]), "cloudwatch:PutMetricData")
    error_message = "Bootstrap: the deploy roles must be able to create the platform (trail, alarms, user pool, Config, GuardDuty, topics) in the region, and the boundary must let the log agent publish Container Insights metrics."
  }


  assert {
    condition     = toset(flatten([for s in data.aws_iam_policy_document.deploy_infrastructure.statement : [for c in s.condition : c.values if c.variable == "aws:RequestedRegion"] if s.sid == "ArchitectureServices"]...)) == toset(["eu-west-1", "us-east-1"]) && length([for s in data.aws_iam_policy_document.deploy_infrastructure.statement : s if s.sid == "ProtectStateKey" && s.effect == "Deny"]) == 1
    error_message = "Bootstrap: the deploy roles' services must be limited to the region and us-east-1, and must not touch the state key."
  }

  assert {
    condition     = length(flatten([for s in data.aws_iam_policy_document.plan.statement : [for a in s.actions : a if can(regex("^s3:(Put|Delete)", a))] if s.effect != "Deny"])) == 0
    error_message = "Bootstrap: pull requests may write nothing: no state, no lock file."
  }

  assert {
    condition     = length([for s in data.aws_iam_policy_document.plan.statement : s if s.sid == "NoObjectReadsOutsideState" && s.effect == "Deny" && s.not_resources == toset(["${aws_s3_bucket.state.arn}/*", "arn:aws:s3:::erp-*/*.shipline/publish-manifest.json"])]) == 1
    error_message = "Bootstrap: the plan role must never read objects outside the state bucket (but the static frontend's publish manifest)."
  }

  assert {
    condition     = toset(flatten([for s in data.aws_iam_policy_document.deploy_iam.statement : [for c in s.condition : "${c.variable}=${join(",", c.values)}"] if contains(s.actions, "iam:CreateRole")])) == toset(["iam:PermissionsBoundary=${aws_iam_policy.workload_boundary.arn}"]) && alltrue(flatten([for s in data.aws_iam_policy_document.deploy_iam.statement : [for r in s.resources : can(regex(":(role|instance-profile|oidc-provider|group)/", r))] if s.effect != "Deny" && s.sid != "AccountPasswordPolicy"])) && toset(one([for s in data.aws_iam_policy_document.deploy_iam.statement : s.actions if s.sid == "AccountPasswordPolicy"])) == toset(["iam:GetAccountPasswordPolicy", "iam:UpdateAccountPasswordPolicy", "iam:DeleteAccountPasswordPolicy"]) && alltrue([for s in data.aws_iam_policy_document.deploy_iam.statement : alltrue([for r in s.resources : can(regex(":group/${var.project}-", r))]) if length([for a in s.actions : a if strcontains(a, "Group")]) > 0]) && length([for s in data.aws_iam_policy_document.deploy_iam.statement : s if contains(s.actions, "iam:AddUserToGroup")]) == 0
    error_message = "Bootstrap: the deploy roles may create roles only with the workload boundary, write IAM only under the project's roles, instance profiles, groups and cluster OIDC providers (and the account password policy), and add nobody to a group."
  }

  assert {
    condition = alltrue([
      for env, doc in data.aws_iam_policy_document.deploy_state : toset(flatten([for s in doc.statement : s.resources if contains(s.actions, "s3:PutObject")])) == toset(["${aws_s3_bucket.state.arn}/workspaces/${env}/*"])
    ])
    error_message = "Bootstrap: each deploy role may write only its own environment's state."
  }

  assert {
    condition = alltrue([
      for doc in concat([data.aws_iam_policy_document.plan_trust, data.aws_iam_policy_document.build_trust], values(data.aws_iam_policy_document.deploy_trust)) : one(one(doc.statement).principals).type == "Federated" && one(one(doc.statement).principals).identifiers == toset([aws_iam_openid_connect_provider.github[0].arn])
    ])
    error_message = "Bootstrap: the plan, build and deploy roles must trust the GitHub OIDC provider this stack creates."
  }

  assert {
    condition     = output.plan_role_arn == aws_iam_role.plan.arn && output.build_role_arn == aws_iam_role.build.arn && toset(keys(output.deploy_role_arns)) == toset(var.environments) && output.permissions_boundary_arn == aws_iam_policy.workload_boundary.arn && alltrue([for env in var.environments : tolist([for line in split("\n", output.backend_config[env]) : trimspace(split("=", line)[0]) if line != ""]) == tolist(["bucket", "region", "kms_key_id"]) && strcontains(output.backend_config[env], "region     = \"eu-west-1\"") && strcontains(output.backend_config[env], "kms_key_id = \"${aws_kms_key.state.arn}\"")])
    error_message = "Bootstrap: the outputs must give the plan and build roles, each environment its deploy role and backend configuration, and the permissions boundary."
  }
}

run "existing_oidc_provider" {
  command = plan

  variables {
    create_github_oidc_provider = false
  }

  assert {
    condition     = length(aws_iam_openid_connect_provider.github) == 0 && one(one(data.aws_iam_policy_document.plan_trust.statement).principals).identifiers == toset(["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"])
    error_message = "Bootstrap: with create_github_oidc_provider = false, the roles must trust the account's existing GitHub OIDC provider and create none."
  }
}
