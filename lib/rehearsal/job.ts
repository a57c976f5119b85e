/**
 * One job on the rehearsal's runner: a fresh workspace and temp directory, its env, then each step
 * in order with its `if:` decided by GitHub's evaluator (success() until a step fails), outputs and
 * exported env passed on through the `steps` context, `continue-on-error`, then the post steps in
 * reverse order, then the job's `outputs:` evaluated.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import type { Step } from '@actions/workflow-parser/model/workflow-template'
import { oneLine } from '../core/errors.js'
import { asString, type Contexts, evaluate, evaluateStrings, evaluateToken, truthy } from './expressions.js'
import type { StepExtras } from './workflow.js'
import type { Runner } from './runner.js'
import { type PostStep, runAction, runScript, type StepEffects, type StepIo } from './steps.js'

export interface JobSpec {
  /** deploy/plan, or deploy/images (auth-service) for a matrix leg. */
  key: string
  /** The job id (GITHUB_JOB). */
  id: string
  steps: Step[]
  /** The job's `env:` (evaluated here, over the workflow's env). */
  env?: TemplateToken
  outputs?: TemplateToken
  extras: StepExtras[]
  defaults: StepExtras
  /** github, inputs, secrets, vars, needs, matrix, strategy, env (the workflow's). */
  contexts: Contexts
  /** Variables the runner sets for this job only (its OIDC token request). */
  runnerEnv?: Record<string, string>
}

export interface JobRun {
  result: 'success' | 'failure'
  outputs: Record<string, string>
  /** The step that failed, and the errors it printed. */
  failedStep?: string
  errors: string[]
  log: string[]
  summary: string
}

function stepName(step: Step, contexts: Contexts): string {
  if (step.name) return asString(evaluateToken(step.name, contexts))
  if ('uses' in step) return `Run ${step.uses.value}`
  if ('run' in step) return `Run ${asString(evaluateToken(step.run, contexts)).split('\n')[0]}`
  return step.id
}

function safeName(key: string): string {
  return key.replace(/[^A-Za-z0-9_.-]+/g, '_')
}

interface JobDirs {
  /** RUNNER_WORKSPACE: the job's own directory, emptied first. */
  dir: string
  workspace: string
  temp: string
  filesDir: string
  summaryFile: string
}

/** A fresh directory for the job, with its workspace, temp, files and an empty summary. */
async function jobDirs(runner: Runner, key: string): Promise<JobDirs> {
  const dir = join(runner.runDir, 'jobs', safeName(key))
  const workspace = join(dir, 'workspace')
  const temp = join(dir, 'temp')
  const filesDir = join(dir, 'files')
  await rm(dir, { recursive: true, force: true })
  for (const d of [workspace, temp, filesDir]) await mkdir(d, { recursive: true })
  const summaryFile = join(dir, 'summary.md')
  await writeFile(summaryFile, '')
  return { dir, workspace, temp, filesDir, summaryFile }
}

type StepsContext = Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }>

/** What the job's steps change as they run: the env, PATH, the steps context, the first failure. */
class JobState {
  env: Record<string, string>
  readonly path: string[] = []
  readonly steps: StepsContext = {}
  readonly posts: PostStep[] = []
  failed = false
  failedStep: string | undefined

  constructor(
    private readonly spec: JobSpec,
    private readonly runner: Runner,
    private readonly dirs: JobDirs
  ) {
    const workflowEnv = (spec.contexts.env ?? {}) as Record<string, string>
    this.env = {
      ...workflowEnv,
      ...evaluateStrings(spec.env, { ...spec.contexts, env: workflowEnv })
    }
  }

  /** The variables the runner sets for every step, PATH with the steps' additions first. */
  runnerEnv(): Record<string, string> {
    const { baseEnv } = this.runner
    return {
      ...baseEnv,
      ...this.spec.runnerEnv,
      PATH: [...this.path]
        .reverse()
        .concat(baseEnv.PATH ?? '')
        .filter(Boolean)
        .join(delimiter),
      GITHUB_JOB: this.spec.id,
      GITHUB_WORKSPACE: this.dirs.workspace,
      RUNNER_TEMP: this.dirs.temp,
      RUNNER_WORKSPACE: this.dirs.dir
    }
  }

  contexts(): Contexts {
    return {
      ...this.spec.contexts,
      env: this.env,
      steps: this.steps,
      job: { status: this.failed ? 'failure' : 'success' },
      runner: {
        os: 'Linux',
        arch: 'X64',
        name: 'shipline-rehearsal',
        temp: this.dirs.temp,
        tool_cache: this.runner.baseEnv.RUNNER_TOOL_CACHE ?? ''
      }
    }
  }

  apply(effects: StepEffects): void {
    this.env = { ...this.env, ...effects.env }
    this.path.push(...effects.path)
  }

  /** The job fails; the first step to fail is the one it names. */
  fail(step: string): void {
    if (this.failed) return
    this.failed = true
    this.failedStep = step
  }
}

function continuesOnError(step: Step, contexts: Contexts): boolean {
  const value = step['continue-on-error']
  return value !== undefined && truthy(typeof value === 'boolean' ? value : evaluateToken(value, contexts))
}

/** Run one step (a script or an action); a step that throws is a failed step with its error said. */
async function executeStep(
  spec: JobSpec,
  index: number,
  state: JobState,
  contexts: Contexts,
  io: StepIo,
  summaryFile: string
): Promise<StepEffects> {
  const step = spec.steps[index]
  try {
    const stepEnv = {
      ...state.runnerEnv(),
      ...state.env,
      ...evaluateStrings('env' in step ? step.env : undefined, contexts)
    }
    if ('run' in step) {
      const extras = { ...spec.defaults, ...spec.extras[index] }
      const text = (token?: TemplateToken) => (token ? asString(evaluateToken(token, contexts)) : undefined)
      return await runScript(
        {
          script: asString(evaluateToken(step.run, contexts)),
          shell: text(extras.shell),
          workingDirectory: text(extras.workingDirectory),
          env: stepEnv,
          summaryFile
        },
        io
      )
    }
    if ('uses' in step) {
      const result = await runAction(
        {
          uses: step.uses.value,
          with: evaluateStrings(spec.extras[index]?.with, contexts),
          env: stepEnv,
          contexts,
          summaryFile,
          stepId: step.id
        },
        io
      )
      if (result.post) state.posts.push(result.post)
      return result.effects
    }
    throw new Error(`step ${step.id} is neither run: nor uses:`)
  } catch (error) {
    const message = oneLine(error)
    io.errors.push(message)
    io.log(`Error: ${message}`)
    return { exitCode: 1, outputs: {}, env: {}, path: [], state: {} }
  }
}

/** The steps in order, each run or skipped by its `if:`. */
async function runSteps(spec: JobSpec, state: JobState, io: StepIo, summaryFile: string): Promise<void> {
  for (const [index, step] of spec.steps.entries()) {
    const contexts = state.contexts()
    const name = stepName(step, contexts)
    const status = { success: !state.failed, failure: state.failed, cancelled: false }
    const condition = 'if' in step && step.if ? step.if.expression : 'success()'
    if (!truthy(evaluate(condition, contexts, status))) {
      io.log(`── ${name}: skipped`)
      state.steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
      continue
    }
    io.log(`── ${name}`)
    const effects = await executeStep(spec, index, state, contexts, io, summaryFile)
    state.apply(effects)
    const outcome = effects.exitCode === 0 ? 'success' : 'failure'
    const continueOnError = continuesOnError(step, contexts)
    if (outcome === 'failure') io.log(`Process completed with exit code ${effects.exitCode}.`)
    state.steps[step.id] = {
      outputs: effects.outputs,
      outcome,
      conclusion: outcome === 'failure' && continueOnError ? 'success' : outcome
    }
    if (outcome === 'failure' && !continueOnError) state.fail(name)
  }
}

/** The post steps, last registered first; a failing one fails the job, a throwing one is only logged. */
async function runPosts(state: JobState, io: StepIo): Promise<void> {
  for (const post of state.posts.reverse()) {
    io.log(`── ${post.name}`)
    try {
      const effects = await post.run({ ...state.runnerEnv(), ...state.env }, io)
      if (effects.exitCode !== 0) state.fail(post.name)
    } catch (error) {
      io.log(`Error: ${oneLine(error)}`)
    }
  }
}

export async function runJob(spec: JobSpec, runner: Runner): Promise<JobRun> {
  const dirs = await jobDirs(runner, spec.key)
  const log: string[] = []
  const errors: string[] = []
  const io: StepIo = { runner, job: spec.key, filesDir: dirs.filesDir, log: line => log.push(line), errors }
  const state = new JobState(spec, runner, dirs)
  await runSteps(spec, state, io, dirs.summaryFile)
  await runPosts(state, io)
  let outputs: Record<string, string> = {}
  try {
    outputs = evaluateStrings(spec.outputs, state.contexts())
  } catch (error) {
    errors.push(`outputs: ${oneLine(error)}`)
  }
  await writeFile(join(dirs.dir, 'log.txt'), `${log.join('\n')}\n`)
  return {
    result: state.failed ? 'failure' : 'success',
    outputs,
    failedStep: state.failedStep,
    errors,
    log,
    summary: await readFile(dirs.summaryFile, 'utf8')
  }
}
