/**
 * The local run's real plan of infra/: the machine's Terraform and AWS provider (from its provider
 * mirror), AWS reads on the loopback stand-in. What it plans, what it prints, and the one line it
 * says when it cannot plan (no Terraform, no mirror, a read the stand-in does not answer) or when
 * the configuration is wrong.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../../__fixtures__/paths.js'
import { writeFiles } from '../../__fixtures__/rehearsal-repo.js'
import { MIRROR_ENV } from '../../lib/terraform/provider-mirror.js'
import { planTarget, realPlanLine, realPlanOfInfra, shiplineConfigOf } from '../src/local/real-plan.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-real-plan-'))
  made.push(dir)
  writeFiles(dir, files)
  return dir
}

const PROVIDER = 'provider "aws" {\n  region = "eu-west-1"\n}\n'
const BUCKETS = `${PROVIDER}
data "aws_caller_identity" "current" {}

resource "aws_s3_bucket" "site" {
  bucket = "erp-site-\${data.aws_caller_identity.current.account_id}"
}

resource "aws_s3_bucket_versioning" "site" {
  bucket = aws_s3_bucket.site.id
  versioning_configuration {
    status = "Enabled"
  }
}
`
const STAGING = 'allowed_account_ids = ["111111111111"]\n'

async function plan(top: string, out = join(top, '.shipline/local/infra-plan')) {
  const lines: string[] = []
  const result = await realPlanOfInfra(top, out, line => lines.push(line))
  return { result, log: lines.join('\n'), said: realPlanLine(result, top) }
}

describe('what the local run plans', () => {
  it.each([
    ['no infra/', {}, 'there is no Terraform in infra/ (no .tf file)'],
    ['infra/ without .tf files', { 'infra/README.md': 'x' }, 'there is no Terraform in infra/ (no .tf file)'],
    [
      'no environment variables',
      { 'infra/main.tf': PROVIDER },
      'infra/environments/ has no .tfvars file to plan an environment with'
    ]
  ])('%s: says why nothing is planned', (_, files, reason) => {
    expect(planTarget(repo(files))).toBe(reason)
  })

  it('plans staging first, with the shipline.yml its variables name when it is in the repository', () => {
    const top = repo({
      'infra/main.tf': PROVIDER,
      'infra/environments/production.tfvars': STAGING,
      'infra/environments/staging.tfvars': `${STAGING}shipline_config = "../examples/shipline.yml"\n`,
      'examples/shipline.yml': 'version: 1\n'
    })
    expect(planTarget(top)).toEqual({
      configDir: join(top, 'infra'),
      varFile: 'environments/staging.tfvars',
      alongside: ['examples/shipline.yml']
    })
  })

  it('takes the first environment when there is no staging, and never a file outside the repository', () => {
    const top = repo({
      'infra/main.tf': PROVIDER,
      'infra/environments/dev.tfvars': 'shipline_config = "../../elsewhere/shipline.yml"\n'
    })
    expect(planTarget(top)).toMatchObject({ varFile: 'environments/dev.tfvars', alongside: [] })
  })

  it.each([
    ['shipline_config = "../examples/shipline.yml"\n', '../examples/shipline.yml'],
    ['  shipline_config   = "cfg/s.yml"  # comment\n', 'cfg/s.yml'],
    ['region = "eu-west-1"\n', '../shipline.yml']
  ])('reads shipline_config from %j', (tfvars, path) => {
    expect(shiplineConfigOf(tfvars)).toBe(path)
  })
})

describe('the real plan', () => {
  it('plans with the real provider and shows the pull request comment', async () => {
    const top = repo({ 'infra/main.tf': BUCKETS, 'infra/environments/staging.tfvars': STAGING })
    const { result, log, said } = await plan(top)
    expect(result).toMatchObject({ state: 'planned', resources: 2 })
    const comment = readFileSync(join(top, '.shipline/local/infra-plan/plan-comment.md'), 'utf8')
    expect(comment).toMatch(/^\*\*Plan: 2 to add, 0 to change, 0 to destroy/)
    expect(comment).toContain('aws_s3_bucket.site')
    expect(log).toContain('terraform plan -var-file=environments/staging.tfvars')
    expect(log).toContain('**Plan: 2 to add')
    expect(said).toMatch(
      /^Real plan of infra\/: 2 resources to create or change \(\d+ s\); its pull request comment: \.shipline\/local\/infra-plan\/plan-comment\.md$/
    )
    expect(existsSync(join(top, 'infra/.terraform'))).toBe(false)
  }, 300_000)

  it('fails on a configuration error, naming it', async () => {
    const top = repo({
      'infra/main.tf': `${PROVIDER}resource "aws_s3_bucket" "site" {\n  bucket = var.missing\n}\n`,
      'infra/environments/staging.tfvars': STAGING
    })
    const { result, said } = await plan(top)
    expect(result.state).toBe('failed')
    expect(said).toMatch(
      /^Real plan of infra\/ failed: terraform plan failed \(exit 1\): Error: Reference to undeclared input variable/
    )
  }, 300_000)

  it('says which reads it cannot answer when a plan needs more of AWS', async () => {
    const top = repo({
      'infra/main.tf': `${PROVIDER}data "aws_vpc" "default" {\n  default = true\n}\n`,
      'infra/environments/staging.tfvars': STAGING
    })
    const { result, said } = await plan(top)
    expect(result.state).toBe('unplannable')
    expect(said).toContain('Real plan of infra/ not possible without AWS: the plan needs AWS read calls')
    expect(said).toContain('ec2 DescribeVpcs')
  }, 300_000)

  it('without a provider mirror, says what is missing and how to provide it', async () => {
    const top = repo({ 'infra/main.tf': BUCKETS, 'infra/environments/staging.tfvars': STAGING })
    const before = process.env[MIRROR_ENV]
    process.env[MIRROR_ENV] = join(top, 'no-mirror')
    try {
      const { result, said } = await plan(top)
      expect(result.state).toBe('skipped')
      expect(said).toMatch(
        new RegExp(
          `^Real plan of infra/ skipped: ${MIRROR_ENV}=\\S+/no-mirror is not a directory; accepted: a provider mirror directory holding registry\\.terraform\\.io/hashicorp/aws/VERSION/[a-z0-9]+_[a-z0-9]+/ \\(make one where the network is reachable with \`terraform providers mirror -platform=[a-z0-9_]+ DIR\` in a configuration that requires hashicorp/aws, then set ${MIRROR_ENV}=DIR\\); instead, terraform fmt -check: every file formatted$`
        )
      )
    } finally {
      if (before === undefined) delete process.env[MIRROR_ENV]
      else process.env[MIRROR_ENV] = before
    }
  })

  it('plans this repository’s infra/ for real: what `npm run local` shows', async () => {
    const out = mkdtempSync(join(tmpdir(), 'shipline-real-plan-out-'))
    made.push(out)
    const { result, log } = await plan(REPO_ROOT, out)
    expect(result.state).toBe('planned')
    if (result.state !== 'planned') return
    expect(result.resources).toBeGreaterThan(200)
    expect(log).toContain(`**Plan: ${result.resources} to add, 0 to change, 0 to destroy`)
    // The log shows the counts by module; the file has the whole comment.
    expect(log).toMatch(/^#### Module `module\.eks`\n+\*\*create\*\* \(\d+\)/m)
    expect(log).toContain(`Cut to fit the log: `)
    expect(log).toContain(`The whole comment is in ${out}/plan-comment.md.`)
    const comment = readFileSync(join(out, 'plan-comment.md'), 'utf8')
    expect(comment.length).toBeGreaterThan(log.length)
    expect(comment).toContain('module.eks.aws_eks_cluster.this')
  }, 600_000)
})
