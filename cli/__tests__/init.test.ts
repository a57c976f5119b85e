/**
 * `shipline init` on new repositories: what it writes passes Shipline's own configuration checks,
 * actionlint, and the inputs and secrets the reusable workflows declare; bad input is one line and
 * nothing is written.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import yaml from 'js-yaml'
import { loadConfig } from '../../lib/config/config.js'
import { InputError, UserError } from '../../lib/core/errors.js'
import { VERSION } from '../../lib/core/version.js'
import { command } from '../src/commands/init.js'
import { COMMANDS } from '../src/commands.js'
import { actionlintFindings, callerProblems } from '../../__fixtures__/caller-workflow.js'
import { repoPath } from '../../__fixtures__/paths.js'

interface CallerJob {
  needs?: string
  if?: string
  uses?: string
  with?: Record<string, string>
  secrets?: Record<string, string>
}

let stdout: string[]
beforeEach(() => {
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
})

const init = (values: Record<string, string | string[] | boolean>) => command.run({ values, positionals: [] })

/** A new repository holding the example ERP: eight services and the frontend, no shipline.yml. */
function erpRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-init-'))
  cpSync(repoPath('examples', 'services'), join(dir, 'services'), { recursive: true })
  cpSync(repoPath('examples', 'frontend'), join(dir, 'frontend'), { recursive: true })
  mkdirSync(join(dir, 'node_modules', 'left-pad'), { recursive: true })
  writeFileSync(join(dir, 'node_modules', 'left-pad', 'Dockerfile'), 'FROM scratch\n')
  return dir
}

function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-init-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('shipline init', () => {
  it('is registered', async () => expect(await COMMANDS.init.load()).toBe(command))

  it('writes the one list of services of the example ERP, as examples/shipline.yml has it', async () => {
    const dir = erpRepository()
    expect(await init({ dir, 'aws-region': 'eu-west-1' })).toBe(0)
    const config = await loadConfig('shipline.yml', dir)
    const example = await loadConfig('examples/shipline.yml', repoPath())
    const shape = (c: typeof config) =>
      c.services.map(s => ({
        name: s.name,
        context: s.context,
        dockerfile: s.dockerfile,
        workload: s.workload
      }))
    expect(shape(config).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      shape(example).sort((a, b) => a.name.localeCompare(b.name))
    )
    expect(config.cdn).toEqual(example.cdn)
    expect(config.environment).toBe('production') // the last of staging, then production
    expect(readFileSync(join(dir, 'shipline.yml'), 'utf8').split('\n')[0]).toBe(
      `# Shipline's pipeline configuration, written by shipline init (shipline ${VERSION}).`
    )
    expect(stdout.join('')).toContain(
      "Wrote shipline.yml and .github/workflows/shipline.yml, and .shipline/ to .gitignore (shipline local's state)."
    )
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^\.shipline\/$/m)
    expect(stdout.join('')).toContain('  shipline manifests: writes the Kubernetes objects of every service')
  })

  it('writes a caller workflow that passes actionlint and the reusable workflows’ declared inputs', async () => {
    const dir = erpRepository()
    expect(await init({ dir, 'aws-region': 'eu-west-1' })).toBe(0)
    const text = readFileSync(join(dir, '.github', 'workflows', 'shipline.yml'), 'utf8')
    expect(await actionlintFindings(text, 'shipline.yml')).toEqual([])
    expect(callerProblems(text)).toEqual([])
    const { jobs } = yaml.load(text) as { jobs: Record<string, CallerJob> }
    expect(Object.keys(jobs)).toEqual(['plan', 'staging', 'production', 'teardown', 'rescan'])
    expect(jobs.staging.uses).toBe(`shipline-dev/shipline/.github/workflows/deploy.yml@v${VERSION}`)
    expect(jobs.plan.secrets).toEqual({ PLAN_ROLE_ARN: '${{ secrets.SHIPLINE_PRODUCTION_PLAN_ROLE_ARN }}' })
    for (const environment of ['staging', 'production']) {
      const upper = environment.toUpperCase()
      expect(jobs[environment].secrets).toMatchObject({
        BUILD_ROLE_ARN: `\${{ secrets.SHIPLINE_${upper}_BUILD_ROLE_ARN }}`,
        PLAN_ROLE_ARN: `\${{ secrets.SHIPLINE_${upper}_PLAN_ROLE_ARN }}`,
        DEPLOY_ROLE_ARN: `\${{ secrets.SHIPLINE_${upper}_DEPLOY_ROLE_ARN }}`
      })
      expect(jobs[environment].with?.environment).toBe(environment)
    }
    // Staging builds; production runs exactly staging's digests, copied with staging's build role.
    expect(jobs.staging.with?.['promote-images']).toBeUndefined()
    expect(jobs.production.needs).toBe('staging')
    expect(jobs.production.if).toBe("needs.staging.outputs.images != ''")
    expect(jobs.production.with?.['promote-images']).toBe('${{ needs.staging.outputs.images }}')
    expect(jobs.production.secrets?.PROMOTE_FROM_ROLE_ARN).toBe(
      '${{ secrets.SHIPLINE_STAGING_BUILD_ROLE_ARN }}'
    )
    expect(jobs.teardown.secrets?.DEPLOY_ROLE_ARN).toBe(
      "${{ inputs.environment == 'staging' && secrets.SHIPLINE_STAGING_DEPLOY_ROLE_ARN || inputs.environment == 'production' && secrets.SHIPLINE_PRODUCTION_DEPLOY_ROLE_ARN || '' }}"
    )
    expect(text).toContain(
      '      backend-config: |\n        bucket=STATE_BUCKET\n        region=eu-west-1\n        kms_key_id=STATE_KMS_KEY_ARN\n'
    )
    expect(stdout.join('')).toContain(
      '  gh secret set SHIPLINE_STAGING_PLAN_ROLE_ARN, SHIPLINE_STAGING_BUILD_ROLE_ARN and SHIPLINE_STAGING_DEPLOY_ROLE_ARN'
    )
  })

  it('deploys the environments it is given, in that order; one environment is one deploy job', async () => {
    const dir = erpRepository()
    expect(await init({ dir, environment: ['dev', 'staging', 'production'] })).toBe(0)
    const text = readFileSync(join(dir, '.github', 'workflows', 'shipline.yml'), 'utf8')
    expect(await actionlintFindings(text, 'shipline.yml')).toEqual([])
    expect(callerProblems(text)).toEqual([])
    const { jobs } = yaml.load(text) as { jobs: Record<string, CallerJob> }
    expect([jobs.staging.needs, jobs.production.needs]).toEqual(['dev', 'staging'])
    expect(jobs.staging.with?.['promote-images']).toBe('${{ needs.dev.outputs.images }}')

    const one = erpRepository()
    expect(await init({ dir: one, environment: 'production' })).toBe(0)
    const single = readFileSync(join(one, '.github', 'workflows', 'shipline.yml'), 'utf8')
    expect(await actionlintFindings(single, 'shipline.yml')).toEqual([])
    expect(callerProblems(single)).toEqual([])
    const deploys = Object.values((yaml.load(single) as { jobs: Record<string, CallerJob> }).jobs).filter(j =>
      j.uses?.includes('/deploy.yml@')
    )
    expect(deploys).toHaveLength(1)
    expect(deploys[0].with?.['promote-images']).toBeUndefined()
    expect(deploys[0].secrets?.PROMOTE_FROM_ROLE_ARN).toBeUndefined()
  })

  it('pins a full commit SHA when given one, in every uses: line, and sets no shipline-ref; the bootstrap’s state backend', async () => {
    const dir = erpRepository()
    const sha = 'a'.repeat(40)
    const key = 'arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d'
    expect(
      await init({
        dir,
        'shipline-ref': sha,
        'shipline-repository': 'acme/shipline-fork',
        'state-bucket': 'tfstate-erp-123456789012',
        'state-kms-key': key
      })
    ).toBe(0)
    const text = readFileSync(join(dir, '.github', 'workflows', 'shipline.yml'), 'utf8')
    expect(callerProblems(text)).toEqual([])
    // plan, staging, production and teardown name the state backend; rescan reads no state
    expect(text.match(/bucket=tfstate-erp-123456789012\n/g)).toHaveLength(4)
    expect(text.match(new RegExp(`kms_key_id=${key}\n`, 'g'))).toHaveLength(4)
    expect(stdout.join('')).not.toContain('STATE_BUCKET')
    expect(text).toContain(`uses: acme/shipline-fork/.github/workflows/plan.yml@${sha}`)
    expect(text.match(/^ {4}uses: .*$/gm)).toEqual(
      ['plan', 'deploy', 'deploy', 'teardown', 'rescan'].map(
        w => `    uses: acme/shipline-fork/.github/workflows/${w}.yml@${sha}`
      )
    )
    expect(text).not.toMatch(/shipline-(ref|repository):/)
    expect(text).toContain('aws-region: us-east-1')
  })

  it('finds the Terraform, and each environment’s tfvars and kustomize overlay', async () => {
    const dir = repository({
      'api/Dockerfile': 'FROM scratch\n',
      'terraform/main.tf': '',
      'terraform/modules/x/main.tf': '',
      'terraform/environments/production.tfvars': '',
      'terraform/environments/staging.tfvars': '',
      'deploy/k8s/overlays/staging/kustomization.yaml': 'resources: [../../base]\n',
      'deploy/k8s/base/kustomization.yaml': 'resources: []\n',
      'deploy/k8s/overlays/production/kustomization.yaml':
        'resources: [../../base]\nconfigMapGenerator:\n  - name: infra\n    envs: [infra-outputs.env]\n'
    })
    expect(await init({ dir })).toBe(0)
    const text = readFileSync(join(dir, '.github', 'workflows', 'shipline.yml'), 'utf8')
    expect(callerProblems(text)).toEqual([])
    expect(text).toContain('working-directory: terraform')
    expect(text).toContain('var-file: terraform/environments/production.tfvars')
    expect(text).toContain('manifests: deploy/k8s/overlays/production')
    expect(text).toContain('kustomize-env-file: deploy/k8s/overlays/production/infra-outputs.env')
    const { jobs } = yaml.load(text) as { jobs: Record<string, CallerJob> }
    expect(jobs.staging.with).toMatchObject({
      'var-file': 'terraform/environments/staging.tfvars',
      manifests: 'deploy/k8s/overlays/staging'
    })
    expect(jobs.staging.with?.['kustomize-env-file']).toBeUndefined()
    expect(jobs.production.with).toMatchObject({
      'var-file': 'terraform/environments/production.tfvars',
      manifests: 'deploy/k8s/overlays/production'
    })
    expect(jobs.teardown.with?.['var-file']).toBe('terraform/environments/${{ inputs.environment }}.tfvars')
  })

  it('keeps existing files unless --force: one line, nothing changed', async () => {
    const dir = erpRepository()
    writeFileSync(join(dir, 'shipline.yml'), 'mine\n')
    const error = await init({ dir }).catch(e => e as Error)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toBe(
      `Input "--force": shipline.yml already exists in ${dir}; accepted: a repository without them, --force to overwrite them, or --dry-run to print what would be written`
    )
    expect(readFileSync(join(dir, 'shipline.yml'), 'utf8')).toBe('mine\n')
    expect(existsSync(join(dir, '.github'))).toBe(false)
    expect(await init({ dir, force: true })).toBe(0)
    expect(readFileSync(join(dir, 'shipline.yml'), 'utf8')).toContain('auth-service:')
  })

  it('--dry-run prints both files and writes nothing', async () => {
    const dir = erpRepository()
    expect(await init({ dir, 'dry-run': true })).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['frontend', 'node_modules', 'services'])
    const out = stdout.join('')
    expect(out).toContain('--- shipline.yml\n# Shipline')
    expect(out).toContain('--- .github/workflows/shipline.yml\n# Shipline')
    expect(out).toContain('Nothing was written (--dry-run).')
  })

  it('without a Dockerfile: says what a service is, writes nothing', async () => {
    const dir = repository({ 'README.md': '# app\n', 'node_modules/x/Dockerfile': 'FROM scratch\n' })
    const error = await init({ dir }).catch(e => e as Error)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toMatch(
      /^No Dockerfile found in .* \(not looking into node_modules, .*\): a service is a directory with a Dockerfile; add one, then run shipline init again \(nothing was written\)$/
    )
    expect(existsSync(join(dir, 'shipline.yml'))).toBe(false)
  })

  it.each<[string, Record<string, string | string[]>, string]>([
    [
      'an environment with a space',
      { environment: 'prod env' },
      'Input "--environment": "prod env" is not valid; accepted: an environment name such as production'
    ],
    [
      'an environment named twice',
      { environment: ['staging', 'staging'] },
      'Input "--environment": "staging" is named twice; accepted: each environment once, in deploy order (--environment staging --environment production)'
    ],
    [
      'a region that is not one',
      { 'aws-region': 'Europe' },
      'Input "--aws-region": "Europe" is not valid; accepted: an AWS region such as eu-west-1'
    ],
    [
      'a moving branch as the ref',
      { 'shipline-ref': 'main' },
      'Input "--shipline-ref": "main" is not valid; accepted: a release tag vX.Y.Z or a full 40-character commit SHA'
    ],
    [
      'a state bucket that is not a bucket name',
      { 'state-bucket': 'TF State' },
      'Input "--state-bucket": "TF State" is not valid; accepted: the bootstrap\'s state_bucket output, an S3 bucket name'
    ],
    [
      'a KMS key that is not an ARN',
      { 'state-kms-key': 'alias/tfstate' },
      'Input "--state-kms-key": "alias/tfstate" is not valid; accepted: the bootstrap\'s state_kms_key_arn output, a KMS key ARN'
    ],
    [
      'a repository that is not OWNER/NAME',
      { 'shipline-repository': 'shipline' },
      'Input "--shipline-repository": "shipline" is not valid; accepted: OWNER/NAME of a GitHub repository'
    ]
  ])('refuses %s: one line, nothing written', async (_, values, message) => {
    const dir = erpRepository()
    const error = await init({ dir, ...values }).catch(e => e as Error)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toBe(message)
    expect(existsSync(join(dir, 'shipline.yml'))).toBe(false)
  })

  it('refuses a --dir that is not a directory', async () => {
    const error = await init({ dir: '/nonexistent/repo' }).catch(e => e as Error)
    expect((error as Error).message).toBe(
      'Input "--dir": "/nonexistent/repo" is not a directory; accepted: a repository directory'
    )
  })
})
