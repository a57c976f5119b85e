output "user_pool_id" {
  description = "ID of the user pool."
  value       = aws_cognito_user_pool.this.id
}

output "issuer_url" {
  description = "Issuer of the pool's tokens (the iss claim the API checks)."
  value       = "https://cognito-idp.${var.region}.amazonaws.com/${aws_cognito_user_pool.this.id}"
}

output "jwks_url" {
  description = "Where the API fetches the keys that sign the pool's tokens."
  value       = "https://cognito-idp.${var.region}.amazonaws.com/${aws_cognito_user_pool.this.id}/.well-known/jwks.json"
}

output "client_id" {
  description = "ID of the frontend's app client (the aud claim of ID tokens, client_id of access tokens)."
  value       = aws_cognito_user_pool_client.frontend.id
}

output "hosted_domain" {
  description = "Host of the hosted sign-in pages (PREFIX.auth.REGION.amazoncognito.com)."
  value       = "${aws_cognito_user_pool_domain.this.domain}.auth.${var.region}.amazoncognito.com"
}

output "resources" {
  description = "The module's resources as planned, by role (the configuration's checks in infra/tests assert on them; prefer the outputs above for wiring)."
  value = {
    user_pool = aws_cognito_user_pool.this
    domain    = aws_cognito_user_pool_domain.this
    client    = aws_cognito_user_pool_client.frontend
  }
}
