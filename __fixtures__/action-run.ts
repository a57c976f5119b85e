/**
 * Runs an action's `run()` the way the runner does, and returns what a user would see: the outputs
 * written to $GITHUB_OUTPUT, the job summary, the workflow-command lines on stdout and the exit code.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jest } from '@jest/globals'
import { runAction } from '../lib/core/action.js'
import { runnerCommands } from './workflow-commands.js'

export interface ActionRun {
  outputs: Record<string, string>
  summary: string
  /** Every line written to stdout (log lines and workflow commands). */
  log: string[]
  /** stdout and stderr as written. */
  stdout: string
  stderr: string
  /** The messages of the `::error::` commands the runner would execute (none inside stop-commands). */
  errors: string[]
  exitCode: number
}

/** Parse the `name<<delimiter` file format that @actions/core writes. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
    outputs[name] = value.join('\n')
  }
  return outputs
}

/** Run `main` with `inputs` as INPUT_* variables plus `env`; restores the environment afterwards. */
export async function runWithInputs(
  main: () => Promise<void>,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-action-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  const stateFile = join(dir, 'state')
  for (const file of [outputFile, summaryFile, stateFile]) writeFileSync(file, '')
  const saved = { ...process.env }
  const variables: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: stateFile,
    ...env
  }
  for (const [name, value] of Object.entries(inputs))
    variables[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  Object.assign(process.env, variables)
  let stdout = ''
  let stderr = ''
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
  const writeErr = jest.spyOn(process.stderr, 'write').mockImplementation(chunk => {
    stderr += String(chunk)
    return true
  })
  const savedExitCode = process.exitCode
  process.exitCode = 0
  try {
    await runAction(main)
    const log = stdout.split('\n').filter(Boolean)
    return {
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      log,
      errors: runnerCommands(stdout)
        .filter(line => line.startsWith('::error::'))
        .map(line => line.slice('::error::'.length)),
      exitCode: Number(process.exitCode ?? 0)
    }
  } finally {
    process.exitCode = savedExitCode
    write.mockRestore()
    writeErr.mockRestore()
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
    rmSync(dir, { recursive: true, force: true })
  }
}
