/**
 * Executing one step, the thin I/O edge of a job: `run:` with bash in the job's workspace, a
 * Shipline action (`uses: ./…`, its action.yml read by @actions/workflow-parser) with INPUT_*
 * variables and its post step, or a third-party action's stand-in. Each gets its own
 * GITHUB_OUTPUT / GITHUB_ENV / GITHUB_PATH / GITHUB_STATE / GITHUB_STEP_SUMMARY files; what it
 * prints goes through the workflow-command parser and the masks into the job's log.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { NoOperationTraceWriter } from '@actions/workflow-parser'
// eslint-disable-next-line no-restricted-imports -- GitHub's action.yml parser (an npm path), not Shipline's actions/
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index'
import { UserError } from '../core/errors.js'
import { asString, type Contexts, evaluateToken } from './expressions.js'
import {
  inputVariable,
  maskText,
  parseKeyValueFile,
  parsePathFile,
  parseWorkflowCommand
} from './runner-files.js'
import type { Runner } from './runner.js'
import { standInFor } from './standins/index.js'

export interface StepIo {
  runner: Runner
  /** The job's key (deploy/plan). */
  job: string
  /** Files of this step are created under this directory. */
  filesDir: string
  /** Appends a line to the job's log (already masked). */
  log(line: string): void
  /** Error annotations (::error::) of the job, masked. */
  errors: string[]
}

export interface StepEffects {
  exitCode: number
  outputs: Record<string, string>
  env: Record<string, string>
  path: string[]
  state: Record<string, string>
}

export interface PostStep {
  name: string
  run(env: Record<string, string>, io: StepIo): Promise<StepEffects>
}

interface StepFiles {
  output: string
  env: string
  path: string
  state: string
  summary: string
}

let counter = 0

async function stepFiles(dir: string): Promise<StepFiles> {
  const id = `${process.pid}-${++counter}`
  const files = {
    output: join(dir, `output-${id}`),
    env: join(dir, `env-${id}`),
    path: join(dir, `path-${id}`),
    state: join(dir, `state-${id}`),
    summary: join(dir, `summary-${id}`)
  }
  for (const file of Object.values(files)) await writeFile(file, '')
  return files
}

function fileVariables(files: StepFiles): Record<string, string> {
  return {
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary
  }
}

async function readEffects(files: StepFiles, exitCode: number, summaryFile: string): Promise<StepEffects> {
  const text = (file: string) => readFile(file, 'utf8')
  const summary = await text(files.summary)
  if (summary) await appendFile(summaryFile, summary.endsWith('\n') ? summary : `${summary}\n`)
  return {
    exitCode,
    outputs: parseKeyValueFile(await text(files.output)),
    env: parseKeyValueFile(await text(files.env)),
    path: parsePathFile(await text(files.path)),
    state: parseKeyValueFile(await text(files.state))
  }
}

/** The line handler of a step: workflow commands understood, everything masked. */
function lineHandler(io: StepIo, outputs: Record<string, string>) {
  return (raw: string) => {
    const command = parseWorkflowCommand(raw)
    if (command?.command === 'add-mask') {
      if (command.message.trim()) io.runner.masks.add(command.message)
      return
    }
    const masked = (text: string) => maskText(text, io.runner.masks)
    if (!command) return io.log(masked(raw))
    switch (command.command) {
      case 'error':
        io.errors.push(masked(command.message))
        return io.log(`Error: ${masked(command.message)}`)
      case 'warning':
      case 'notice':
        return io.log(
          `${command.command[0].toUpperCase()}${command.command.slice(1)}: ${masked(command.message)}`
        )
      case 'group':
        return io.log(`▸ ${masked(command.message)}`)
      case 'set-output':
        if (command.properties.name) outputs[command.properties.name] = command.message
        return
      case 'debug':
      case 'endgroup':
      case 'save-state':
      case 'stop-commands':
        return
      default:
        return io.log(masked(raw))
    }
  }
}

/** Spawn `command`, feeding each output line to `onLine`; resolves to the exit code. */
export function spawnLines(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; onLine: (line: string) => void }
): Promise<number> {
  return new Promise(resolvePromise => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    for (const stream of [child.stdout, child.stderr]) {
      let pending = ''
      stream.on('data', (chunk: Buffer) => {
        const lines = (pending + chunk.toString('utf8')).split('\n')
        pending = lines.pop() ?? ''
        for (const line of lines) options.onLine(line)
      })
      stream.on('end', () => {
        if (pending) options.onLine(pending)
        pending = ''
      })
    }
    child.on('error', error => {
      options.onLine(`${command}: ${error.message}`)
      resolvePromise(127)
    })
    child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)))
  })
}

/** `bash -e {0}` unless the step names a shell, as the runner does on Linux. */
export function shellCommand(shell: string | undefined, script: string): { command: string; args: string[] } {
  switch (shell ?? '') {
    case '':
      return { command: 'bash', args: ['-e', script] }
    case 'bash':
      return { command: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', script] }
    case 'sh':
      return { command: 'sh', args: ['-e', script] }
    default:
      if (shell?.includes('{0}')) {
        const [command, ...args] = (shell as string).split(/\s+/)
        return { command, args: args.map(arg => arg.replace('{0}', script)) }
      }
      throw new UserError(
        `shell: ${shell} is not supported by the rehearsal (bash, sh or a command with {0})`
      )
  }
}

export interface RunStepSpec {
  script: string
  shell?: string
  workingDirectory?: string
  env: Record<string, string>
  summaryFile: string
}

/** A `run:` step. */
export async function runScript(spec: RunStepSpec, io: StepIo): Promise<StepEffects> {
  const files = await stepFiles(io.filesDir)
  const scriptFile = join(io.filesDir, `script-${process.pid}-${++counter}.sh`)
  await writeFile(scriptFile, spec.script)
  const workspace = spec.env.GITHUB_WORKSPACE
  const cwd = spec.workingDirectory ? resolve(workspace, spec.workingDirectory) : workspace
  const { command, args } = shellCommand(spec.shell, scriptFile)
  const outputs: Record<string, string> = {}
  const exitCode = existsSync(cwd)
    ? await spawnLines(command, args, {
        cwd,
        env: { ...spec.env, ...fileVariables(files) },
        onLine: lineHandler(io, outputs)
      })
    : (io.log(`Error: working-directory ${cwd} does not exist`), 1)
  const effects = await readEffects(files, exitCode, spec.summaryFile)
  return { ...effects, outputs: { ...outputs, ...effects.outputs } }
}

export interface ActionStepSpec {
  uses: string
  with: Record<string, string>
  env: Record<string, string>
  contexts: Contexts
  summaryFile: string
  stepId: string
}

export interface ActionStepResult {
  effects: StepEffects
  post?: PostStep
}

interface NodeAction {
  main: string
  post?: string
  inputs: Record<string, string>
}

/** action.yml of a local action, as the runner reads it: its node entry points and input defaults. */
async function readNodeAction(
  dir: string,
  given: Record<string, string>,
  contexts: Contexts
): Promise<NodeAction> {
  const file = ['action.yml', 'action.yaml'].map(name => join(dir, name)).find(existsSync)
  if (!file) throw new UserError(`${dir} has no action.yml`)
  const parsed = parseAction(
    { name: file, content: await readFile(file, 'utf8') },
    new NoOperationTraceWriter()
  )
  if (!parsed.value || parsed.context.errors.getErrors().length)
    throw new UserError(
      `${file}: ${parsed.context.errors
        .getErrors()
        .map(e => e.message)
        .join('; ')}`
    )
  const template = convertActionTemplate(parsed.context, parsed.value)
  const runs = template.runs
  if (runs.using === 'composite' || runs.using === 'docker')
    throw new UserError(
      `${file}: runs.using ${runs.using} is not supported by the rehearsal (node actions only)`
    )
  const inputs: Record<string, string> = {}
  for (const definition of template.inputs ?? []) {
    const value =
      given[definition.id] ??
      (definition.default ? asString(evaluateToken(definition.default, contexts)) : undefined)
    if (value !== undefined) inputs[definition.id] = value
  }
  const unknown = Object.keys(given).filter(name => !(template.inputs ?? []).some(d => d.id === name))
  if (unknown.length) throw new UserError(`${file}: unexpected input(s) ${unknown.join(', ')}`)
  return { main: join(dir, runs.main), post: runs.post ? join(dir, runs.post) : undefined, inputs }
}

async function runNode(
  entry: string,
  env: Record<string, string>,
  io: StepIo,
  summaryFile: string
): Promise<StepEffects> {
  const files = await stepFiles(io.filesDir)
  const outputs: Record<string, string> = {}
  const exitCode = await spawnLines(process.execPath, [entry], {
    cwd: env.GITHUB_WORKSPACE,
    env: { ...env, ...fileVariables(files) },
    onLine: lineHandler(io, outputs)
  })
  const effects = await readEffects(files, exitCode, summaryFile)
  return { ...effects, outputs: { ...outputs, ...effects.outputs } }
}

/** A `uses:` step: a local node action run for real, or a third-party action's stand-in. */
export async function runAction(spec: ActionStepSpec, io: StepIo): Promise<ActionStepResult> {
  if (spec.uses.startsWith('docker://'))
    throw new UserError(`uses: ${spec.uses}: container actions are not supported by the rehearsal`)
  if (spec.uses.startsWith('./')) return runLocalAction(spec, io)
  return { effects: await runStandIn(spec, io) }
}

async function runLocalAction(spec: ActionStepSpec, io: StepIo): Promise<ActionStepResult> {
  const dir = resolve(spec.env.GITHUB_WORKSPACE, spec.uses)
  const action = await readNodeAction(dir, spec.with, spec.contexts)
  const env: Record<string, string> = { ...spec.env, GITHUB_ACTION: spec.stepId, GITHUB_ACTION_PATH: dir }
  for (const [name, value] of Object.entries(action.inputs)) env[inputVariable(name)] = value
  const effects = await runNode(action.main, env, io, spec.summaryFile)
  const post = action.post
  return {
    effects,
    post: post
      ? {
          name: `Post ${spec.uses}`,
          run: (jobEnv, postIo) => {
            const postEnv: Record<string, string> = { ...env, ...jobEnv }
            for (const name of Object.keys(action.inputs)) postEnv[inputVariable(name)] = action.inputs[name]
            for (const [name, value] of Object.entries(effects.state)) postEnv[`STATE_${name}`] = value
            return runNode(post, postEnv, postIo, spec.summaryFile)
          }
        }
      : undefined
  }
}

async function runStandIn(spec: ActionStepSpec, io: StepIo): Promise<StepEffects> {
  const at = spec.uses.indexOf('@')
  const name = (at < 0 ? spec.uses : spec.uses.slice(0, at)).split('/').slice(0, 2).join('/').toLowerCase()
  const standIn = standInFor(name)
  if (!standIn)
    throw new UserError(
      `uses: ${spec.uses}: the rehearsal has no stand-in for ${name} (see the rehearsal README)`
    )
  const effects: StepEffects = { exitCode: 0, outputs: {}, env: {}, path: [], state: {} }
  await standIn.run({
    inputs: spec.with,
    env: spec.env,
    github: (spec.contexts.github ?? {}) as Record<string, never>,
    runner: io.runner,
    job: io.job,
    log: line => io.log(maskText(line, io.runner.masks)),
    setOutput: (output, value) => (effects.outputs[output] = value),
    exportVariable: (variable, value) => (effects.env[variable] = value),
    addPath: dir => effects.path.push(dir),
    setSecret: value => io.runner.masks.add(value)
  })
  return effects
}
