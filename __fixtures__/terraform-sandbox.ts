/**
 * A throwaway repository with an `infra/` directory and the recorded-output stand-in first on PATH
 * as `terraform` (no real terraform is ever reachable), plus the environment to run the action in.
 */
import {
  chmodSync,
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
import { delimiter, join } from 'node:path'
import { repoPath, sharedFixture } from './paths.js'

export const FIXTURES = sharedFixture()
export const PLAN_JSON = join(FIXTURES, 'terraform-plan-json')
export const PLAN_TEXT = join(FIXTURES, 'terraform-plan-text')
export const EVENTS = join(FIXTURES, 'github-events')
const STANDIN = repoPath('__fixtures__/terraform-standin.mjs')

export interface Step {
  stdout?: string
  stdoutFile?: string
  stderr?: string
  stderrFile?: string
  exitCode?: number
}

export interface Call {
  argv: string[]
  cwd: string
  tfWorkspace: string | null
  inAutomation: string | null
}

export interface Sandbox {
  root: string
  repo: string
  bin: string
  /** PATH with the stand-in first and no directory that holds a real terraform. */
  path: string
  env: Record<string, string>
  calls(): Call[]
  /** Every file under the repository (to assert nothing was written). */
  files(): string[]
  cleanup(): void
}

/** PATH without any directory that has a `terraform` in it. */
export function pathWithoutTerraform(): string {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(dir => dir && !existsSync(join(dir, 'terraform')))
    .join(delimiter)
}

export function sandbox(scenario: { version?: string; steps?: Record<string, Step[]> } = {}): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'shipline-tf-'))
  const repo = join(root, 'repo')
  const bin = join(root, 'bin')
  mkdirSync(join(repo, 'infra'), { recursive: true })
  writeFileSync(join(repo, 'infra', 'main.tf'), 'terraform {}\n')
  mkdirSync(bin)
  writeFileSync(join(bin, 'terraform'), `#!/bin/sh\nexec "${process.execPath}" "${STANDIN}" "$@"\n`)
  chmodSync(join(bin, 'terraform'), 0o755)
  const log = join(root, 'calls.jsonl')
  writeFileSync(log, '')
  const scenarioFile = join(root, 'scenario.json')
  writeFileSync(
    scenarioFile,
    JSON.stringify({ log, version: scenario.version ?? '1.11.4', steps: scenario.steps ?? {} })
  )
  const path = `${bin}${delimiter}${pathWithoutTerraform()}`
  return {
    root,
    repo,
    bin,
    path,
    env: { PATH: path, STANDIN_SCENARIO: scenarioFile },
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(line => JSON.parse(line) as Call),
    files: () => listFiles(repo).map(file => file.slice(repo.length + 1)),
    cleanup: () => rmSync(root, { recursive: true, force: true })
  }
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
