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

export async function runJob(spec: JobSpec, runner: Runner): Promise<JobRun> {
  const dir = join(runner.runDir, 'jobs', safeName(spec.key))
  const workspace = join(dir, 'workspace')
  const temp = join(dir, 'temp')
  const filesDir = join(dir, 'files')
  await rm(dir, { recursive: true, force: true })
  for (const d of [workspace, temp, filesDir]) await mkdir(d, { recursive: true })
  const summaryFile = join(dir, 'summary.md')
  await writeFile(summaryFile, '')
  const log: string[] = []
  const errors: string[] = []
  const io: StepIo = { runner, job: spec.key, filesDir, log: line => log.push(line), errors }

  const workflowEnv = (spec.contexts.env ?? {}) as Record<string, string>
  let env: Record<string, string> = {
    ...workflowEnv,
    ...evaluateStrings(spec.env, { ...spec.contexts, env: workflowEnv })
  }
  const path: string[] = []
  const stepsContext: Record<
    string,
    { outputs: Record<string, string>; outcome: string; conclusion: string }
  > = {}
  const posts: PostStep[] = []
  let failed = false
  let failedStep: string | undefined
  const runnerEnv = () => ({
    ...runner.baseEnv,
    PATH: [...path]
      .reverse()
      .concat(runner.baseEnv.PATH ?? '')
      .filter(Boolean)
      .join(delimiter),
    GITHUB_JOB: spec.id,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    RUNNER_WORKSPACE: dir
  })
  const contextsNow = (): Contexts => ({
    ...spec.contexts,
    env,
    steps: stepsContext,
    job: { status: failed ? 'failure' : 'success' },
    runner: {
      os: 'Linux',
      arch: 'X64',
      name: 'shipline-rehearsal',
      temp,
      tool_cache: runner.baseEnv.RUNNER_TOOL_CACHE ?? ''
    }
  })
  const apply = (effects: StepEffects) => {
    env = { ...env, ...effects.env }
    path.push(...effects.path)
  }

  for (const [index, step] of spec.steps.entries()) {
    const contexts = contextsNow()
    const name = stepName(step, contexts)
    const status = { success: !failed, failure: failed, cancelled: false }
    const condition = 'if' in step && step.if ? step.if.expression : 'success()'
    if (!truthy(evaluate(condition, contexts, status))) {
      log.push(`── ${name}: skipped`)
      stepsContext[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
      continue
    }
    log.push(`── ${name}`)
    let effects: StepEffects
    try {
      const stepEnv = {
        ...runnerEnv(),
        ...env,
        ...evaluateStrings('env' in step ? step.env : undefined, contexts)
      }
      if ('run' in step) {
        const extras = { ...spec.defaults, ...spec.extras[index] }
        const text = (token?: TemplateToken) => (token ? asString(evaluateToken(token, contexts)) : undefined)
        effects = await runScript(
          {
            script: asString(evaluateToken(step.run, contexts)),
            shell: text(extras.shell),
            workingDirectory: text(extras.workingDirectory),
            env: stepEnv,
            summaryFile
          },
          io
        )
      } else if ('uses' in step) {
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
        effects = result.effects
        if (result.post) posts.push(result.post)
      } else throw new Error(`step ${step.id} is neither run: nor uses:`)
    } catch (error) {
      const message = oneLine(error)
      errors.push(message)
      log.push(`Error: ${message}`)
      effects = { exitCode: 1, outputs: {}, env: {}, path: [], state: {} }
    }
    apply(effects)
    const outcome = effects.exitCode === 0 ? 'success' : 'failure'
    const continueOnError =
      step['continue-on-error'] !== undefined &&
      truthy(
        typeof step['continue-on-error'] === 'boolean'
          ? step['continue-on-error']
          : evaluateToken(step['continue-on-error'], contexts)
      )
    if (outcome === 'failure') log.push(`Process completed with exit code ${effects.exitCode}.`)
    stepsContext[step.id] = {
      outputs: effects.outputs,
      outcome,
      conclusion: outcome === 'failure' && continueOnError ? 'success' : outcome
    }
    if (outcome === 'failure' && !continueOnError && !failed) {
      failed = true
      failedStep = name
    }
  }

  for (const post of posts.reverse()) {
    log.push(`── ${post.name}`)
    try {
      const effects = await post.run({ ...runnerEnv(), ...env }, io)
      if (effects.exitCode !== 0 && !failed) {
        failed = true
        failedStep = post.name
      }
    } catch (error) {
      log.push(`Error: ${oneLine(error)}`)
    }
  }

  let outputs: Record<string, string> = {}
  try {
    outputs = evaluateStrings(spec.outputs, contextsNow())
  } catch (error) {
    errors.push(`outputs: ${oneLine(error)}`)
  }
  await writeFile(join(dir, 'log.txt'), `${log.join('\n')}\n`)
  return {
    result: failed ? 'failure' : 'success',
    outputs,
    failedStep,
    errors,
    log,
    summary: await readFile(summaryFile, 'utf8')
  }
}
