/**
 * One place for AWS clients: region, SDK retry mode, user agent, and error classification.
 * Client packages are imported by each action lazily (after its inputs validate), so a bad input
 * fails before the SDK is even loaded.
 */
import { VERSION } from './version.js'

export interface AwsClientConfig {
  region: string
  maxAttempts: number
  retryMode: 'standard' | 'adaptive'
  customUserAgent: string
}

export function awsClientConfig(region: string, options: { maxAttempts?: number } = {}): AwsClientConfig {
  return {
    region,
    maxAttempts: options.maxAttempts ?? 5,
    retryMode: 'adaptive',
    customUserAgent: `shipline/${VERSION}`
  }
}

/** The error code the SDK reports (`AccessDenied`, `NoSuchDistribution`, …), or ''. */
export function awsErrorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { name?: unknown; Code?: unknown; code?: unknown }
    for (const candidate of [e.name, e.Code, e.code]) if (typeof candidate === 'string') return candidate
  }
  return ''
}

export function isAccessDenied(error: unknown): boolean {
  return /AccessDenied|UnauthorizedOperation|NotAuthorized/i.test(awsErrorName(error))
}

export function isThrottling(error: unknown): boolean {
  return /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/i.test(awsErrorName(error))
}

export function isCredentialsError(error: unknown): boolean {
  return /CredentialsProviderError|ExpiredToken|InvalidClientTokenId|UnrecognizedClient/i.test(
    awsErrorName(error)
  )
}

/** A hint for errors no action-specific handler recognised. */
export function describeAwsError(error: unknown): string {
  const name = awsErrorName(error)
  const message = error instanceof Error ? error.message : String(error)
  if (isCredentialsError(error))
    return `${name}: ${message} (no usable AWS credentials: configure them with aws-actions/configure-aws-credentials and OIDC)`
  return name && !message.startsWith(name) ? `${name}: ${message}` : message
}
