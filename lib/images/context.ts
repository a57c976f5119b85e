/** The real outside world of a build: processes, fetch, and an ECR client loaded on first use. */
import { awsClientConfig } from '../core/aws.js'
import { run } from '../core/exec.js'
import type { Context, Exec } from './build-push.js'

export function defaultBuildContext(
  env: NodeJS.ProcessEnv,
  overrides: { exec?: Exec; fetch?: typeof fetch } = {}
): Context {
  return {
    exec: overrides.exec ?? run,
    fetch: overrides.fetch ?? fetch,
    env,
    ecr: async region => {
      const { ECRClient } = await import('@aws-sdk/client-ecr')
      return new ECRClient(awsClientConfig(region))
    },
    logins: []
  }
}
