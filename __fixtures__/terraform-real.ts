/**
 * The real Terraform in a throwaway repository: configurations that need no downloaded provider
 * (`terraform_data`, `terraform_remote_state`, `local-exec`, outputs, sensitive variables), each
 * sandbox with its own HOME and empty CLI configuration, so nothing reaches the network. The
 * `terraform` first on PATH is a shim that records its argv and then execs the real one (same
 * process, so signals reach Terraform itself).
 */
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { pathWithoutTerraform } from './terraform-sandbox.js'
import { parseOutputFile } from './action-run.js'
import { repoPath } from './paths.js'

/** The first terraform on PATH when this module loads (tests change PATH while an action runs). */
const REAL_TERRAFORM = (process.env.PATH ?? '')
  .split(delimiter)
  .map(dir => join(dir, 'terraform'))
  .find(candidate => existsSync(candidate) && statSync(candidate).isFile())

/** The real terraform. Tests that need it fail, not skip, without it. */
export function realTerraformPath(): string {
  if (REAL_TERRAFORM) return REAL_TERRAFORM
  throw new Error(
    'terraform is not on PATH: these tests run the real Terraform (1.11.4 on the machine image and CI)'
  )
}

export interface TerraformResult {
  exitCode: number
  stdout: string
  stderr: string
}

export interface RealTerraform {
  root: string
  /** The repository root: the action's working directory. */
  repo: string
  /** repo/infra, the Terraform root module. */
  infra: string
  /** The environment to run the action (or terraform) with. */
  env: Record<string, string>
  /** Write files under the repository (paths relative to it). */
  write(files: Record<string, string>): void
  read(path: string): string | undefined
  /** The argv of every terraform call made through PATH, in order. */
  calls(): string[][]
  /** Run the real terraform directly (setup and checks; not recorded in calls()). */
  terraform(
    args: string[],
    options?: { cwd?: string; env?: Record<string, string> }
  ): Promise<TerraformResult>
  /** `terraform state list` (empty when there is no state). */
  stateList(options?: { env?: Record<string, string> }): Promise<string[]>
  /** Files under the repository, relative to it, without Terraform's own `.terraform/`. */
  files(): string[]
  cleanup(): void
}

export function realTerraform(files: Record<string, string> = {}): RealTerraform {
  const terraformPath = realTerraformPath()
  const root = mkdtempSync(join(tmpdir(), 'shipline-realtf-'))
  const repo = join(root, 'repo')
  const infra = join(repo, 'infra')
  const bin = join(root, 'bin')
  const home = join(root, 'home')
  for (const dir of [infra, bin, home]) mkdirSync(dir, { recursive: true })
  const cliConfig = join(root, 'terraform.rc')
  writeFileSync(cliConfig, '')
  const log = join(root, 'calls')
  writeFileSync(log, '')
  // NUL after each argument, a newline after each call.
  writeFileSync(
    join(bin, 'terraform'),
    `#!/bin/sh\n{ for a in "$@"; do printf '%s\\0' "$a"; done; printf '\\n'; } >> '${log}'\nexec '${terraformPath}' "$@"\n`,
    { mode: 0o755 }
  )
  const env: Record<string, string> = {
    PATH: `${bin}${delimiter}${pathWithoutTerraform()}`,
    HOME: home,
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: '1',
    CHECKPOINT_DISABLE: '1',
    TF_PLUGIN_CACHE_DIR: '',
    TF_WORKSPACE: '',
    TF_DATA_DIR: '',
    TF_LOG: ''
  }
  const box: RealTerraform = {
    root,
    repo,
    infra,
    env,
    write(more) {
      for (const [path, text] of Object.entries(more)) {
        mkdirSync(dirname(join(repo, path)), { recursive: true })
        writeFileSync(join(repo, path), text)
      }
    },
    read(path) {
      const full = join(repo, path)
      return existsSync(full) ? readFileSync(full, 'utf8') : undefined
    },
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\0\n')
        .filter(Boolean)
        .map(call => call.split('\0')),
    terraform: (args, options = {}) =>
      runTerraform(terraformPath, args, options.cwd ?? infra, { ...env, ...options.env }),
    async stateList(options = {}) {
      const result = await box.terraform(['state', 'list'], options)
      if (result.exitCode !== 0) {
        if (/No state file was found/.test(result.stderr)) return []
        throw new Error(`terraform state list failed: ${result.stderr}`)
      }
      return result.stdout.split('\n').filter(Boolean)
    },
    files: () =>
      listFiles(repo)
        .map(file => file.slice(repo.length + 1))
        .filter(file => !file.split('/').includes('.terraform')),
    cleanup: () => rmSync(root, { recursive: true, force: true })
  }
  box.write(files)
  return box
}

function runTerraform(
  path: string,
  args: string[],
  cwd: string,
  env: Record<string, string>
): Promise<TerraformResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += String(chunk)))
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    child.on('error', reject)
    child.on('close', code => resolve({ exitCode: code ?? 1, stdout, stderr }))
  })
}

function listFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...listFiles(path))
    else out.push(path)
  }
  return out.sort()
}

/** A holder: a second terraform process that takes the state lock and keeps it until released. */
export interface LockHolder {
  /** Resolves once the holder is inside its apply (the lock is held). */
  holding: Promise<void>
  /** Lets the holder's apply finish; resolves with its result. */
  release(): Promise<TerraformResult>
  pid(): number | undefined
}

/**
 * Starts `terraform apply` of `dir` (which must have a HOLD resource, see holdResource) in its own
 * process; the apply holds the state lock until release().
 */
export function holdLock(box: RealTerraform, dir: string, env: Record<string, string> = {}): LockHolder {
  const marker = join(dir, 'holding')
  const releaseFile = join(dir, 'release')
  rmSync(marker, { force: true })
  rmSync(releaseFile, { force: true })
  const child = spawn(
    realTerraformPath(),
    ['apply', '-auto-approve', '-input=false', '-no-color', '-var', `hold=${Date.now()}`],
    { cwd: dir, env: { ...process.env, ...box.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += String(chunk)))
  child.stderr.on('data', chunk => (stderr += String(chunk)))
  const done = new Promise<TerraformResult>(resolve =>
    child.on('close', code => resolve({ exitCode: code ?? 1, stdout, stderr }))
  )
  const holding = (async () => {
    const start = Date.now()
    while (!existsSync(marker)) {
      if (child.exitCode !== null) throw new Error(`the lock holder exited early: ${stderr || stdout}`)
      if (Date.now() - start > 60_000) throw new Error('the lock holder did not start within 60s')
      await new Promise(resolve => setTimeout(resolve, 50))
    }
  })()
  return {
    holding,
    release: () => {
      writeFileSync(releaseFile, '')
      return done
    },
    pid: () => child.pid
  }
}

/**
 * A resource whose create waits (in local-exec) until a `release` file appears beside the
 * configuration; it writes `holding` first. Replaced on every apply with a new `hold` value.
 */
export const HOLD_RESOURCE = `
variable "hold" {
  type    = string
  default = ""
}

resource "terraform_data" "hold" {
  triggers_replace = var.hold
  provisioner "local-exec" {
    command = "touch holding; while [ ! -f release ]; do sleep 0.1; done"
  }
}
`

/** What the action printed and wrote, run as a process of its own. */
export interface ActionProcessResult {
  code: number | null
  signal: NodeJS.Signals | null
  outputs: Record<string, string>
  summary: string
  log: string[]
  errors: string[]
}

export interface ActionProcess {
  pid: number
  /** The log so far (stdout: workflow commands and Terraform's output). */
  log(): string
  done: Promise<ActionProcessResult>
}

/**
 * Runs provision-infra as the runner does: `node` on its entry point (the TypeScript sources,
 * through __fixtures__/ts-loader.mjs), with INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY, in the repository; so a test can send it real signals.
 */
export function startAction(
  box: RealTerraform,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): ActionProcess {
  const dir = mkdtempSync(join(box.root, 'action-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  for (const file of [outputFile, summaryFile]) writeFileSync(file, '')
  const variables: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...box.env,
    ...env
  }
  for (const [name, value] of Object.entries(inputs))
    variables[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const child = spawn(
    process.execPath,
    ['--import', repoPath('__fixtures__/ts-loader.mjs'), repoPath('actions/provision-infra/src/index.ts')],
    { cwd: box.repo, env: { ...process.env, ...variables }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let stdout = ''
  child.stdout.on('data', chunk => (stdout += String(chunk)))
  child.stderr.on('data', chunk => (stdout += String(chunk)))
  const done = new Promise<ActionProcessResult>(resolve =>
    child.on('close', (code, signal) => {
      const log = stdout.split('\n').filter(Boolean)
      resolve({
        code,
        signal,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        log,
        errors: log.filter(line => line.startsWith('::error::')).map(line => line.slice('::error::'.length))
      })
    })
  )
  return { pid: child.pid ?? 0, log: () => stdout, done }
}

/** Wait for `condition`, polling; generous by default (a loaded CI machine is slow, never flaky). */
export async function until(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 60_000
): Promise<void> {
  const start = Date.now()
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}
