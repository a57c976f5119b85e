/**
 * What a new user runs first, with the machine's real Terraform and the AWS provider from its
 * mirror: terraform fmt, then terraform init and validate of infra/ and infra/bootstrap. Without
 * terraform or the provider mirror, these fail with what is missing and how to provide it.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import {
  INFRA_DIR,
  INFRA_READS,
  cleanupTerraform,
  initializedCopy,
  terraform,
  terraformSetup
} from './terraform-tools.js'

const TIMEOUT = 10 * 60_000

afterAll(cleanupTerraform)

interface Validation {
  valid: boolean
  error_count: number
  warning_count: number
  diagnostics: Array<{ severity: string; summary: string; detail?: string; range?: { filename: string } }>
}

describe('terraform fmt, init and validate with the real provider', () => {
  it(
    'terraform fmt -check -recursive finds nothing to format (configurations, tests and mocks)',
    async () => {
      const result = await terraform(['fmt', '-check', '-recursive', '-no-color'], INFRA_DIR)
      expect({
        exitCode: result.exitCode,
        unformatted: result.stdout.split('\n').filter(Boolean),
        stderr: result.stderr
      }).toEqual({
        exitCode: 0,
        unformatted: [],
        stderr: ''
      })
    },
    TIMEOUT
  )

  it.each([
    ['infra', INFRA_DIR, [join(INFRA_DIR, 'bootstrap')], INFRA_READS],
    ['infra/bootstrap', join(INFRA_DIR, 'bootstrap'), [], []]
  ])(
    '%s: terraform init installs hashicorp/aws from the mirror, and terraform validate finds no error or warning',
    async (_, dir, nested, alongside) => {
      const copy = await initializedCopy(dir, { nested, alongside })
      const version = JSON.parse((await terraform(['version', '-json'], copy)).stdout) as {
        provider_selections: Record<string, string>
      }
      const mirrored = terraformSetup()
        .mirror.providers.filter(p => p.source === 'hashicorp/aws')
        .map(p => p.version)
      expect(Object.keys(version.provider_selections)).toEqual(['registry.terraform.io/hashicorp/aws'])
      expect(mirrored).toContain(version.provider_selections['registry.terraform.io/hashicorp/aws'])

      const result = await terraform(['validate', '-json', '-no-color'], copy)
      const validation = JSON.parse(result.stdout) as Validation
      expect({
        valid: validation.valid,
        errors: validation.error_count,
        warnings: validation.warning_count,
        diagnostics: validation.diagnostics.map(
          d => `${d.severity}: ${d.summary} (${d.range?.filename ?? ''}) ${d.detail ?? ''}`
        )
      }).toEqual({ valid: true, errors: 0, warnings: 0, diagnostics: [] })
    },
    TIMEOUT
  )
})
