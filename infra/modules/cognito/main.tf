data "aws_caller_identity" "current" {}

locals {
  # Hosted sign-in: https://PREFIX.auth.REGION.amazoncognito.com (the prefix is unique per region).
  domain_prefix = "${var.name}-${data.aws_caller_identity.current.account_id}"
  callback_urls = [for pair in setproduct(var.app_origins, var.callback_paths) : "${pair[0]}${pair[1]}"]
  logout_urls   = [for pair in setproduct(var.app_origins, var.logout_paths) : "${pair[0]}${pair[1]}"]
}

resource "aws_cognito_user_pool" "this" {
  name                = var.name
  deletion_protection = var.deletion_protection ? "ACTIVE" : "INACTIVE"
  # Threat protection (compromised credentials, adaptive authentication) needs the Plus tier.
  user_pool_tier = var.threat_protection == "OFF" ? "ESSENTIALS" : "PLUS"

  username_attributes      = ["email"]
  auto_verified_attributes = ["email"]

  username_configuration {
    case_sensitive = false
  }

  mfa_configuration = var.mfa

  software_token_mfa_configuration {
    enabled = true
  }

  password_policy {
    minimum_length                   = var.password_minimum_length
    require_lowercase                = true
    require_uppercase                = true
    require_numbers                  = true
    require_symbols                  = true
    temporary_password_validity_days = 3
    password_history_size            = var.threat_protection == "OFF" ? null : 5
  }

  # Users are invited by an administrator; nobody signs themselves up to the ERP.
  admin_create_user_config {
    allow_admin_create_user_only = true
  }

  account_recovery_setting {
    recovery_mechanism {
      name     = "verified_email"
      priority = 1
    }
  }

  dynamic "user_pool_add_ons" {
    for_each = var.threat_protection == "OFF" ? [] : [var.threat_protection]

    content {
      advanced_security_mode = user_pool_add_ons.value
    }
  }

  tags = var.tags
}

resource "aws_cognito_user_pool_domain" "this" {
  domain       = local.domain_prefix
  user_pool_id = aws_cognito_user_pool.this.id
}

# The frontend: a public client (a browser keeps no secret), authorization code flow only. The
# single-page app sends a PKCE code_challenge with its authorization request, and Cognito then
# requires the matching code_verifier to redeem the code.
resource "aws_cognito_user_pool_client" "frontend" {
  name         = "${var.name}-frontend"
  user_pool_id = aws_cognito_user_pool.this.id

  generate_secret                      = false
  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code"]
  allowed_oauth_scopes                 = ["openid", "email", "profile"]
  supported_identity_providers         = ["COGNITO"]
  callback_urls                        = local.callback_urls
  logout_urls                          = local.logout_urls
  explicit_auth_flows                  = ["ALLOW_REFRESH_TOKEN_AUTH"]
  prevent_user_existence_errors        = "ENABLED"
  enable_token_revocation              = true

  access_token_validity  = var.access_token_validity_minutes
  id_token_validity      = var.access_token_validity_minutes
  refresh_token_validity = var.refresh_token_validity_hours

  token_validity_units {
    access_token  = "minutes"
    id_token      = "minutes"
    refresh_token = "hours"
  }
}
