import { describe, expect, it } from '@jest/globals'
import {
  block,
  blocks,
  defaultOf,
  dynamicContent,
  expr,
  loadInfra,
  named,
  resource,
  resources,
  strings,
  type Body,
  type TfModule
} from './hcl.js'

const { root, modules } = await loadInfra()
const alb = modules.alb as TfModule
const cdn = modules.cdn as TfModule
const call = (name: string): Body => named(root, 'module')[name] as Body

describe('ALB', () => {
  it('ALB: in the public subnets', () => {
    const lb = resource(alb, 'aws_lb', 'this')
    expect(lb).toMatchObject({ load_balancer_type: 'application', subnets: '${var.subnet_ids}' })
    expect(call('alb').subnet_ids).toBe('${module.network.public_subnet_ids}')
    expect(lb.drop_invalid_header_fields).toBe(true)
  })

  it("ALB: ingress only from CloudFront's origin-facing managed prefix list", () => {
    const list = resource(alb, 'aws_ec2_managed_prefix_list', 'cloudfront', 'data')
    expect(list.name).toBe('com.amazonaws.global.cloudfront.origin-facing')
    const ingress = Object.entries(resources(alb, 'aws_vpc_security_group_ingress_rule')).filter(
      ([, rule]) => rule.security_group_id === '${aws_security_group.this.id}'
    )
    expect(ingress.map(([name]) => name)).toEqual(['https_from_cloudfront'])
    expect(ingress[0]?.[1]).toMatchObject({
      prefix_list_id: '${data.aws_ec2_managed_prefix_list.cloudfront.id}',
      from_port: 443,
      to_port: 443
    })
    expect(blocks(resource(alb, 'aws_security_group', 'this'), 'ingress')).toEqual([])
  })

  it('ALB: HTTPS to the origin with a TLS 1.2+ policy, no plain HTTP listener', () => {
    const listeners = Object.values(resources(alb, 'aws_lb_listener'))
    expect(listeners).toHaveLength(1)
    expect(listeners[0]).toMatchObject({
      port: 443,
      protocol: 'HTTPS',
      certificate_arn: '${var.certificate_arn}'
    })
    expect(String(defaultOf(alb, 'ssl_policy'))).toMatch(/^ELBSecurityPolicy-TLS13-1-2-/)
  })

  it('ALB: a secret custom header required by the listener rules (origin protection)', () => {
    const listener = resource(alb, 'aws_lb_listener', 'https')
    expect(block(listener, 'default_action')).toMatchObject({ type: 'fixed-response' })
    expect(block(listener, 'default_action', 'fixed_response').status_code).toBe('403')
    const rule = resource(alb, 'aws_lb_listener_rule', 'forward')
    expect(block(rule, 'condition', 'http_header')).toEqual({
      http_header_name: '${var.origin_verify_header_name}',
      values: ['${var.origin_verify_secret}']
    })
    expect(named(alb, 'variable').origin_verify_secret?.sensitive).toBe(true)
    expect(call('alb').origin_verify_secret).toBe('${local.origin_verify_secret}')
  })

  it('ALB: target group health checks on /health', () => {
    const group = resource(alb, 'aws_lb_target_group', 'this')
    expect(block(group, 'health_check')).toMatchObject({ path: '${var.health_check_path}', matcher: '200' })
    expect(defaultOf(alb, 'health_check_path')).toBe('/health')
    expect(call('alb')).not.toHaveProperty('health_check_path')
    expect(group.target_type).toBe('ip')
  })

  it('ALB: the target groups exported for the cluster to bind', () => {
    expect(named(alb, 'output').target_group_arns?.value).toMatch(/aws_lb_target_group\.this/)
    expect(named(root, 'output').target_group_arns?.value).toBe('${module.alb.target_group_arns}')
    expect(expr(named(root, 'output').kustomize_env?.value)).toMatch(/API_TARGET_GROUP_ARN=/)
  })
})

describe('CloudFront', () => {
  const distribution = resource(cdn, 'aws_cloudfront_distribution', 'this')
  const behaviors = [
    block(distribution, 'default_cache_behavior'),
    ...blocks(distribution, 'ordered_cache_behavior')
  ]
  const api = block(distribution, 'ordered_cache_behavior')

  it('CloudFront: HTTPS only (redirect to HTTPS)', () => {
    expect(behaviors.map(b => b.viewer_protocol_policy)).toEqual(['redirect-to-https', 'redirect-to-https'])
    const albOrigin = blocks(distribution, 'origin').find(
      o => o.origin_id === '${local.alb_origin_id}'
    ) as Body
    expect(block(albOrigin, 'custom_origin_config')).toMatchObject({
      origin_protocol_policy: 'https-only',
      origin_ssl_protocols: ['TLSv1.2']
    })
  })

  it('CloudFront: TLS 1.2 minimum', () => {
    expect(block(distribution, 'viewer_certificate')).toMatchObject({
      minimum_protocol_version: 'TLSv1.2_2021',
      ssl_support_method: 'sni-only'
    })
    expect(block(distribution, 'viewer_certificate')).not.toHaveProperty('cloudfront_default_certificate')
  })

  it('CloudFront: managed security headers policy on every behavior', () => {
    const policy = resource(cdn, 'aws_cloudfront_response_headers_policy', 'security_headers', 'data')
    expect(policy.name).toBe('Managed-SecurityHeadersPolicy')
    for (const behavior of behaviors)
      expect(behavior.response_headers_policy_id).toBe(
        '${data.aws_cloudfront_response_headers_policy.security_headers.id}'
      )
  })

  it('CloudFront: compression', () => {
    expect(behaviors.map(b => b.compress)).toEqual([true, true])
  })

  it('CloudFront: caching for static assets, no caching for the API path', () => {
    expect(resource(cdn, 'aws_cloudfront_cache_policy', 'caching_optimized', 'data').name).toBe(
      'Managed-CachingOptimized'
    )
    expect(resource(cdn, 'aws_cloudfront_cache_policy', 'caching_disabled', 'data').name).toBe(
      'Managed-CachingDisabled'
    )
    expect(behaviors[0]?.cache_policy_id).toBe('${data.aws_cloudfront_cache_policy.caching_optimized.id}')
    expect(api).toMatchObject({
      path_pattern: '${var.api_path_pattern}',
      target_origin_id: '${local.alb_origin_id}',
      cache_policy_id: '${data.aws_cloudfront_cache_policy.caching_disabled.id}'
    })
    expect(defaultOf(cdn, 'api_path_pattern')).toBe('/api/*')
  })

  it('CloudFront: SPA error handling (403/404 to /index.html)', () => {
    const errors = block(distribution, 'dynamic', 'custom_error_response')
    expect(errors.for_each).toEqual([403, 404])
    expect(dynamicContent(distribution, 'custom_error_response')).toMatchObject({
      response_code: 200,
      response_page_path: '/index.html'
    })
  })

  it('CloudFront: the custom origin header sent to the load balancer', () => {
    const albOrigin = blocks(distribution, 'origin').find(
      o => o.origin_id === '${local.alb_origin_id}'
    ) as Body
    expect(block(albOrigin, 'custom_header')).toEqual({
      name: '${var.origin_verify_header_name}',
      value: '${var.origin_verify_secret}'
    })
    expect(call('cdn').origin_verify_secret).toBe(call('alb').origin_verify_secret)
    expect(defaultOf(cdn, 'origin_verify_header_name')).toBe(defaultOf(alb, 'origin_verify_header_name'))
  })

  it('CloudFront: WAF in us-east-1 with AWS managed rule groups and a rate limit', () => {
    const acl = resource(cdn, 'aws_wafv2_web_acl', 'this')
    expect(acl).toMatchObject({ provider: '${aws.us_east_1}', scope: 'CLOUDFRONT' })
    expect(distribution.web_acl_id).toBe('${aws_wafv2_web_acl.this.arn}')
    expect(block(acl, 'rule', 'statement', 'rate_based_statement')).toMatchObject({
      limit: '${var.waf_rate_limit}',
      aggregate_key_type: 'IP'
    })
    expect(block(dynamicContent(acl, 'rule'), 'statement', 'managed_rule_group_statement').vendor_name).toBe(
      'AWS'
    )
    expect(defaultOf(cdn, 'waf_managed_rule_groups')).toContain('AWSManagedRulesCommonRuleSet')
    expect(strings(call('cdn').providers)).toContain('${aws.us_east_1}')
    const provider = (root.tree.provider as Record<string, Body[]>).aws?.find(p => p.alias === 'us_east_1')
    expect(provider?.region).toBe('us-east-1')
  })

  it('CloudFront: optional geo restriction', () => {
    expect(block(distribution, 'restrictions', 'geo_restriction')).toEqual({
      restriction_type: '${var.geo_restriction.type}',
      locations: '${var.geo_restriction.locations}'
    })
    expect(defaultOf(cdn, 'geo_restriction')).toEqual({ type: 'none', locations: [] })
  })

  it('CloudFront: S3 static origin with origin access control', () => {
    const s3 = blocks(distribution, 'origin').find(o => o.origin_id === '${local.s3_origin_id}') as Body
    expect(s3.origin_access_control_id).toBe('${aws_cloudfront_origin_access_control.static.id}')
    expect(resource(cdn, 'aws_cloudfront_origin_access_control', 'static')).toMatchObject({
      signing_behavior: 'always',
      signing_protocol: 'sigv4'
    })
    expect(resource(cdn, 'aws_s3_bucket_public_access_block', 'static')).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true
    })
    const policy = expr(resource(cdn, 'aws_iam_policy_document', 'static', 'data').statement)
    expect(policy).toContain('cloudfront.amazonaws.com')
    expect(policy).toContain('aws_cloudfront_distribution.this.arn')
  })

  it('CloudFront: access logs', () => {
    expect(block(distribution, 'logging_config').bucket).toBe('${aws_s3_bucket.logs.bucket_domain_name}')
    expect(resource(cdn, 'aws_wafv2_web_acl_logging_configuration', 'this').log_destination_configs).toEqual([
      '${aws_cloudwatch_log_group.waf.arn}'
    ])
  })
})
