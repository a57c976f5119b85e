/**
 * The real Terraform of the machine, for the tests of infra/: its provider mirror (found once per
 * process; a missing terraform or mirror is a TerraformSetupError that says how to provide it, and
 * fails the tests), initialised temporary copies of a module, and terraform's -json output.
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareTerraform, type TerraformSetup } from '../../../lib/terraform/provider-mirror.js'

/** infra/ */
export const INFRA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

let setup: TerraformSetup | undefined
const temporary: string[] = []

/** Removes the copies and the CLI configuration this module made (call it in afterAll). */
export function cleanupTerraform(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true })
  setup?.cleanup()
  setup = undefined
}

/** Terraform and the provider mirror; throws the TerraformSetupError of what is missing. */
export function terraformSetup(): TerraformSetup {
  setup ??= prepareTerraform()
  return setup
}

export interface Result {
  exitCode: number
  stdout: string
  stderr: string
}

/** terraform ARGS in a directory, with the mirror's CLI configuration; never rejects on an exit code. */
export function terraform(args: string[], cwd: string): Promise<Result> {
  const { terraform: binary, env } = terraformSetup()
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { cwd, env: { ...env, AWS_EC2_METADATA_DISABLED: 'true' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', code => resolve({ exitCode: code ?? -1, stdout, stderr }))
  })
}

const LEFT_OUT = new Set(['.terraform', '.terraform.lock.hcl', '__tests__', 'k8s', 'terraform.tfstate'])

/**
 * The files outside infra/ that its configuration reads, relative to the repository root: the
 * shipline.yml every environments/*.tfvars names in shipline_config (services.tf).
 */
export const INFRA_READS = ['examples/shipline.yml']

/**
 * A temporary copy of a module directory (without local state, caches, Jest tests, manifests and
 * nested stacks), initialised without a backend: the source tree is never written to. `alongside`
 * lists files of the repository (relative to the module's parent directory) copied to the same
 * place beside the copy, for a configuration that reads them (INFRA_READS).
 */
export async function initializedCopy(
  moduleDir: string,
  options: { nested?: string[]; alongside?: string[] } = {}
): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'shipline-tf-'))
  temporary.push(work)
  const copy = join(work, basename(moduleDir))
  const nested = new Set(options.nested ?? [])
  cpSync(moduleDir, copy, {
    recursive: true,
    filter: source => source === moduleDir || !(LEFT_OUT.has(basename(source)) || nested.has(source))
  })
  for (const file of options.alongside ?? []) {
    mkdirSync(dirname(join(work, file)), { recursive: true })
    cpSync(join(dirname(moduleDir), file), join(work, file))
  }
  const init = await terraform(['init', '-backend=false', '-input=false', '-no-color'], copy)
  if (init.exitCode !== 0)
    throw new Error(`terraform init in a copy of ${moduleDir} failed: ${(init.stderr || init.stdout).trim()}`)
  return copy
}

/** The JSON objects of terraform's -json output, one per line (other lines ignored). */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout.split('\n').flatMap(line => {
    if (!line.startsWith('{')) return []
    try {
      return [JSON.parse(line) as Record<string, unknown>]
    } catch {
      return []
    }
  })
}

export interface Diagnostic {
  severity: string
  summary: string
  detail: string
  /** Line of the test file (or configuration file) the diagnostic points at. */
  line?: number
  filename?: string
}

export interface RunOutcome {
  /** pass, fail, error, skip, or missing when terraform never reported the run. */
  status: string
  diagnostics: Diagnostic[]
}

export interface TestReport {
  /** Outcome of each run block, by name. */
  runs: Map<string, RunOutcome>
  /** Errors not tied to a run: the file failed to load, or the teardown of what the runs applied failed. */
  fileDiagnostics: Diagnostic[]
  /** The summary line (Success! 3 passed, 0 failed.) or the end of stderr. */
  summary: string
}

function diagnosticOf(event: Record<string, unknown>): Diagnostic {
  const d = (event.diagnostic ?? {}) as {
    severity?: string
    summary?: string
    detail?: string
    range?: { filename?: string; start?: { line?: number } }
  }
  return {
    severity: d.severity ?? 'error',
    summary: d.summary ?? '',
    detail: d.detail ?? '',
    line: d.range?.start?.line,
    filename: d.range?.filename
  }
}

/** What `terraform test -json` reported about each run block of one file. */
export function testReport(result: Result): TestReport {
  const runs = new Map<string, RunOutcome>()
  const fileDiagnostics: Diagnostic[] = []
  let summary = ''
  let tearingDown = false
  for (const event of jsonLines(result.stdout)) {
    const run = event['@testrun'] as string | undefined
    if (event.type === 'test_file')
      tearingDown = (event.test_file as { progress?: string }).progress === 'teardown'
    else if (event.type === 'test_run') {
      const info = event.test_run as { run: string; progress: string; status?: string }
      const outcome = runs.get(info.run) ?? { status: 'missing', diagnostics: [] }
      if (info.progress === 'complete' && info.status) outcome.status = info.status
      runs.set(info.run, outcome)
    } else if (event.type === 'diagnostic') {
      const diagnostic = diagnosticOf(event)
      if (diagnostic.severity !== 'error') continue
      if (run && !tearingDown) {
        const outcome = runs.get(run) ?? { status: 'missing', diagnostics: [] }
        outcome.diagnostics.push(diagnostic)
        runs.set(run, outcome)
      } else fileDiagnostics.push(diagnostic)
    } else if (event.type === 'test_summary') summary = String(event['@message'] ?? '')
  }
  if (!summary) summary = result.stderr.trim().split('\n').slice(-3).join(' ')
  return { runs, fileDiagnostics, summary }
}

/** One diagnostic as a readable paragraph. */
export function describeDiagnostic(d: Diagnostic): string {
  const where = d.filename ? ` (${d.filename}${d.line ? `:${d.line}` : ''})` : ''
  return `${d.summary}${where}: ${d.detail.replace(/\s+/g, ' ').trim()}`
}
