/** Running deploy-eks the way the runner does, and reading back what a user sees. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runAction } from '../../../lib/core/action.js'
import { recordInputSource } from '../../../lib/core/inputs.js'
import { type Deps, run } from '../src/main.js'
import type { Runner } from '../../../lib/kube/sources.js'
import { run as runProcess } from '../../../lib/core/exec.js'

export const MANIFESTS = resolve('actions/deploy-eks/__tests__/manifests')
export const DIGEST = (c: string) => `sha256:${c.repeat(64)}`

export interface ActionRun {
  exitCode: number
  /** `::error::` lines written to stdout. */
  errors: string[]
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** argv of each external command. */
  commands: string[][]
}

/** Outputs from a GITHUB_OUTPUT file (`name<<delimiter` … `delimiter`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i])
    outputs[match[1]] = value.join('\n')
  }
  return outputs
}

/** A runner that records argv and really runs the command (kubectl kustomize). */
export function recordingRunner(commands: string[][], real = true): Runner {
  return async (command, args) => {
    commands.push([command, ...args])
    if (!real) throw new Error(`unexpected command ${command}`)
    return runProcess(command, args, { stream: false })
  }
}

export async function runDeploy(
  inputs: Record<string, string>,
  deps: Omit<Deps, 'source'> = {}
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-eks-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary.md')
  writeFileSync(outputFile, '')
  const saved = { output: process.env.GITHUB_OUTPUT, summary: process.env.GITHUB_STEP_SUMMARY }
  process.env.GITHUB_OUTPUT = outputFile
  process.env.GITHUB_STEP_SUMMARY = summaryFile
  const commands: string[][] = []
  let stdout = ''
  let stderr = ''
  const out = process.stdout.write.bind(process.stdout)
  const err = process.stderr.write.bind(process.stderr)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString()
    return true
  }) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += chunk.toString()
    return true
  }) as typeof process.stderr.write
  try {
    await runAction(() =>
      run({ runCommand: recordingRunner(commands), ...deps, source: recordInputSource(inputs) })
    )
  } finally {
    process.stdout.write = out
    process.stderr.write = err
    process.env.GITHUB_OUTPUT = saved.output
    process.env.GITHUB_STEP_SUMMARY = saved.summary
  }
  const exitCode = process.exitCode === 1 ? 1 : 0
  process.exitCode = 0
  let summary = ''
  try {
    summary = readFileSync(summaryFile, 'utf8')
  } catch {
    // no summary written
  }
  return {
    exitCode,
    errors: stdout.split('\n').filter(line => line.startsWith('::error::')),
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary,
    commands
  }
}

/** A kubeconfig file for `server`. */
export function writeKubeconfig(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kubeconfig-'))
  const path = join(dir, 'config')
  writeFileSync(path, text)
  return path
}
