/**
 * A real `terraform plan` of a configuration with no AWS account: the real Terraform and AWS provider,
 * in a temporary copy of the configuration whose provider blocks an override file points at a
 * loopback stand-in of the AWS read APIs (with fake static keys and the provider's skip flags), and
 * whose S3 backend it replaces with a local one. Then `terraform show -json` of the saved plan.
 *
 * The caller brings the environment of the terraform children (the provider mirror's CLI
 * configuration) and the stand-in's URL, so this module needs nothing but Node's builtins.
 */
import { spawn } from 'node:child_process'
import {
  cpSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'

/** Endpoint keys of the provider's `endpoints` block for every service the configurations use. */
export const FAKE_ENDPOINT_SERVICES = [
  'acm',
  'autoscaling',
  'cloudfront',
  'ec2',
  'ecr',
  'eks',
  'elbv2',
  'iam',
  'kms',
  'logs',
  'rds',
  'route53',
  's3',
  'secretsmanager',
  'ssm',
  'sts',
  'wafv2'
] as const

export const OVERRIDE_FILE = 'zz_shipline_fake_aws_override.tf'

/** Fake static keys in the shape of AWS's documented examples: they open nothing. */
const FAKE_ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE'
const FAKE_SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'

/** Aliases of the `provider "aws"` blocks of a configuration's text ('' for the default one). */
export function awsProviderAliases(texts: string[]): string[] {
  const aliases = new Set<string>()
  for (const text of texts)
    for (const match of text.matchAll(/^provider\s+"aws"\s*\{([\s\S]*?)^\}/gm)) {
      const alias = /^\s*alias\s*=\s*"([^"]+)"/m.exec(match[1] as string)
      aliases.add(alias ? (alias[1] as string) : '')
    }
  return [...aliases].sort()
}

/** The override file: every aws provider block pointed at the stand-in, and a local backend (pure). */
export function fakeAwsOverride(endpoint: string, aliases: string[], statePath: string): string {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(endpoint))
    throw new Error(`endpoint "${endpoint}" is not a loopback stand-in; accepted: http://127.0.0.1:PORT`)
  const endpoints = FAKE_ENDPOINT_SERVICES.map(s => `    ${s.padEnd(14)} = "${endpoint}"`).join('\n')
  const provider = (alias: string) =>
    [
      'provider "aws" {',
      ...(alias ? [`  alias = "${alias}"`, ''] : []),
      `  access_key                  = "${FAKE_ACCESS_KEY}"`,
      `  secret_key                  = "${FAKE_SECRET_KEY}"`,
      '  skip_credentials_validation = true',
      '  skip_metadata_api_check     = true',
      '  skip_region_validation      = true',
      '  # skip_requesting_account_id stays false: the provider asks the stand-in who the keys belong to',
      '  # (IAM GetUser, then STS), so allowed_account_ids is checked as it would be in that account.',
      '  s3_use_path_style           = true',
      '  max_retries                 = 1',
      '',
      '  endpoints {',
      endpoints,
      '  }',
      '}'
    ].join('\n')
  return [
    '# Written by Shipline for a plan without an AWS account: every AWS call goes to a loopback',
    '# stand-in of the read APIs, and the state stays in this temporary directory.',
    'terraform {',
    '  backend "local" {',
    `    path = ${JSON.stringify(statePath)}`,
    '  }',
    '}',
    '',
    ...aliases.map(provider).flatMap(block => [block, '']),
    ''
  ].join('\n')
}

/** What to leave out of the copy: local state, caches, tests, manifests, nested stacks. */
export function copied(path: string): boolean {
  const name = basename(path)
  return !(
    name === '.terraform' ||
    name === '.terraform.lock.hcl' ||
    name.endsWith('.tfstate') ||
    name.includes('.tfstate.') ||
    name.endsWith('.tfplan') ||
    name === '__tests__' ||
    name === 'tests' ||
    name === 'k8s' ||
    name === 'bootstrap' ||
    name === 'node_modules'
  )
}

/**
 * The first of a tfvars file's allowed_account_ids (the account the stand-in then answers for, so
 * the provider's guard passes as it would in that account), or undefined.
 */
export function allowedAccountId(tfvars: string): string | undefined {
  const list = /^\s*allowed_account_ids\s*=\s*\[([^\]]*)\]/m.exec(tfvars)
  return list ? /"(\d{12})"/.exec(list[1] as string)?.[1] : undefined
}

/** Managed resources a plan JSON creates, updates or replaces (what `Plan: N to add` counts, and more). */
export function plannedResources(plan: {
  resource_changes?: Array<{ mode?: string; change?: { actions?: string[] } }>
}): number {
  return (plan.resource_changes ?? []).filter(
    rc =>
      (rc.mode ?? 'managed') === 'managed' &&
      !(rc.change?.actions ?? []).every(a => a === 'no-op' || a === 'read')
  ).length
}

export interface ReferencePlanOptions {
  /** The configuration directory to plan (infra/). It is copied, never written to. */
  configDir: string
  /** Variables file, relative to configDir (environments/staging.tfvars) or absolute. */
  varFile: string
  /** URL of the AWS read stand-in (http://127.0.0.1:PORT). */
  endpoint: string
  /** Environment of the terraform children: the mirror's TF_CLI_CONFIG_FILE and the rest. */
  env: NodeJS.ProcessEnv
  /** terraform binary (default: terraform on PATH). */
  terraform?: string
  /** Directory that receives plan.json (default: a new temporary directory the caller removes). */
  outDir?: string
  /** Progress, one line at a time. */
  onProgress?: (line: string) => void
  /**
   * Files outside configDir that the configuration reads, relative to configDir's parent (the
   * repository root: examples/shipline.yml for infra/'s ../examples/shipline.yml), copied to the
   * same place beside the copy.
   */
  alongside?: string[]
}

export interface ReferencePlan {
  /** `terraform show -json` of the saved plan. */
  planJsonPath: string
  /** Managed resources the plan creates, updates or replaces. */
  resourceCount: number
  /** Wall time of init + plan + show. */
  seconds: number
  /** Summaries of the plan's warnings ("Deprecated attribute", …), one per warning. */
  warnings: string[]
}

export class TerraformRunError extends Error {
  constructor(
    readonly step: string,
    readonly exitCode: number,
    readonly output: string
  ) {
    super(`${step} failed (exit ${exitCode}): ${firstError(output)}`)
    this.name = 'TerraformRunError'
  }
}

/** The first error line of terraform's output (or its last line). */
export function firstError(output: string): string {
  const lines = output
    .split('\n')
    .map(l => l.replace(/^[│╷╵\s]+/, '').trim())
    .filter(Boolean)
  const index = lines.findIndex(l => l.startsWith('Error:'))
  if (index < 0) return lines.at(-1) ?? '(no output)'
  const detail = lines.slice(index, index + 3).join(' ')
  return detail.length > 400 ? `${detail.slice(0, 400)}…` : detail
}

/** The summary line of every warning in terraform's human-readable output. */
export function warningsOf(output: string): string[] {
  return output
    .split('\n')
    .map(l => l.replace(/^[│╷╵\s]+/, '').trim())
    .filter(l => l.startsWith('Warning:'))
    .map(l => l.slice('Warning:'.length).trim())
}

/** Environment of a terraform child that must reach no AWS account: ambient credentials removed. */
export function isolatedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(env))
    if (!/^(AWS_|TF_VAR_|TF_WORKSPACE$|TF_DATA_DIR$|TF_CLI_ARGS)/.test(key)) out[key] = value
  return {
    ...out,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null'
  }
}

function runTerraform(
  terraform: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  stdoutFile?: string
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(terraform, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const file = stdoutFile ? createWriteStream(stdoutFile) : undefined
    child.stdout.on('data', (chunk: Buffer) =>
      file ? file.write(chunk) : (output += chunk.toString('utf8'))
    )
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.on('error', error => reject(new TerraformRunError(`terraform ${args[0]}`, -1, error.message)))
    child.on('close', code => {
      const done = () =>
        code === 0
          ? resolvePromise(output)
          : reject(new TerraformRunError(`terraform ${args[0]}`, code ?? -1, output))
      if (file) file.end(done)
      else done()
    })
  })
}

/** init, plan -out and show -json in a temporary copy; the copy is removed, plan.json is kept. */
export async function referencePlan(options: ReferencePlanOptions): Promise<ReferencePlan> {
  const progress = options.onProgress ?? (() => {})
  const terraform = options.terraform ?? 'terraform'
  const configDir = resolve(options.configDir)
  const varFile = isAbsolute(options.varFile) ? options.varFile : join(configDir, options.varFile)
  const start = performance.now()
  const work = mkdtempSync(join(tmpdir(), 'shipline-plan-'))
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'shipline-plan-json-'))
  let succeeded = false
  try {
    const copy = join(work, 'config')
    progress(`copying ${configDir} to ${copy}`)
    cpSync(configDir, copy, { recursive: true, filter: source => source === configDir || copied(source) })
    for (const file of options.alongside ?? []) {
      mkdirSync(dirname(join(work, file)), { recursive: true })
      cpSync(join(dirname(configDir), file), join(work, file))
    }
    const texts = readdirSync(copy)
      .filter(f => f.endsWith('.tf'))
      .map(f => readFileSync(join(copy, f), 'utf8'))
    const aliases = awsProviderAliases(texts)
    if (aliases.length === 0)
      throw new Error(`${configDir} has no provider "aws" block to point at the stand-in`)
    writeFileSync(
      join(copy, OVERRIDE_FILE),
      fakeAwsOverride(options.endpoint, aliases, join(work, 'terraform.tfstate'))
    )

    const env = { ...isolatedEnv(options.env), TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' }
    progress('terraform init (providers from the mirror, local backend)')
    await runTerraform(terraform, ['init', '-input=false', '-no-color'], copy, env)
    const varLabel = relative(configDir, varFile).startsWith('..') ? varFile : relative(configDir, varFile)
    progress(`terraform plan -var-file=${varLabel} (AWS read calls go to ${options.endpoint})`)
    const planOutput = await runTerraform(
      terraform,
      ['plan', '-input=false', '-no-color', '-lock=false', `-var-file=${varFile}`, '-out=plan.tfplan'],
      copy,
      env
    )
    const planJsonPath = join(outDir, 'plan.json')
    progress('terraform show -json plan.tfplan')
    await runTerraform(terraform, ['show', '-json', '-no-color', 'plan.tfplan'], copy, env, planJsonPath)
    const resourceCount = plannedResources(JSON.parse(readFileSync(planJsonPath, 'utf8')))
    const seconds = (performance.now() - start) / 1000
    const warnings = warningsOf(planOutput)
    progress(
      `plan: ${resourceCount} resources to create or change, ${warnings.length} warning(s) (${seconds.toFixed(1)} s)`
    )
    succeeded = true
    return { planJsonPath, resourceCount, seconds, warnings }
  } finally {
    rmSync(work, { recursive: true, force: true })
    if (!succeeded && !options.outDir) rmSync(outDir, { recursive: true, force: true })
  }
}
