/**
 * A rehearsal: one workflow file's run for one event, on this machine. The stand-ins at the protocol
 * edges start (a loopback registry, AWS at the SDK's endpoint, the Kubernetes API, GitHub's REST
 * API) with their state in the state directory; the jobs run in `needs` order, called workflows
 * expanded, each job's `if:`, matrix and outputs decided by graph.ts over GitHub's own evaluator;
 * then what changed at the edges is counted: builds, pushes (new digests in the registry), rollouts,
 * invalidations, approvals and pull request comments.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import { isMapping, isString } from '@actions/workflow-parser'
import { InputError, oneLine, UserError } from '../core/errors.js'
import { run as exec } from '../core/exec.js'
import { globMatch } from '../core/glob.js'
import { info } from '../core/log.js'
import { VERSION } from '../core/version.js'
import { startAwsStandIn, type AwsHandler } from '../standins/aws-api.js'
import { busyboxBaseAvailable, ensureBusyboxBase } from '../standins/busybox-base.js'
import { startGitHubStandIn } from '../standins/github-api.js'
import { startKubeStandIn } from '../standins/kube-api.js'
import { startOidcStandIn } from '../standins/oidc-token.js'
import { startRegistry } from '../standins/local-registry.js'
import {
  BUSYBOX_REFERENCE,
  BUSYBOX_REPOSITORY,
  installRunnerTools,
  type RunnerTools
} from '../standins/runner-tools.js'
import {
  dispatchInputs,
  type DispatchInput,
  type EventName,
  type EventSpec,
  eventPayload,
  githubContext,
  githubVariables,
  ZERO_SHA
} from './context.js'
import { asString, type Contexts, evaluateStrings, evaluateToken, type Value } from './expressions.js'
import {
  ancestors,
  combinedResult,
  decideJob,
  expandMatrix,
  type JobResult,
  jobStatus,
  legName,
  type MatrixLeg,
  mergedOutputs,
  type NeedsEntry,
  needsOrder
} from './graph.js'
import { type JobRun, type JobSpec, runJob } from './job.js'
import { mappingLine, type ShiplineCall } from './called-workflow.js'
import { commitInstallation, installationRoot } from './installation.js'
import { jobClaims, type TokenContext } from './job-token.js'
import { jobLine, type JobReport, type RehearsalResult } from './report.js'
import { machineEnv, type Runner } from './runner.js'
import { ArtifactStore } from './standins/artifacts.js'
import { loadWorkflow, type Job, type ReusableWorkflowJob, type WorkflowFile } from './workflow.js'

export interface RehearsalOptions {
  /** The workflow file, relative to the repository (or absolute inside it). */
  workflow: string
  event: EventName
  /** The repository whose workflow runs (its HEAD is the commit of the event). */
  repo: string
  /** push: the commit before the push; pull_request: the base commit. */
  before?: string
  inputs?: Record<string, string>
  /** Environments whose jobs wait for an approval (and count as one each). */
  protectedEnvironments?: string[]
  /** host:port of a registry that is already running (else one is started on loopback). */
  registry?: string
  /** Kept between rehearsals: the stand-ins' state (a temporary directory when not given). */
  stateDir: string
  /** owner/name of --repo (default: its origin remote on GitHub, else rehearsal/<directory>). */
  repository?: string
  /** More owner/name → local repository for actions/checkout. */
  repositories?: Record<string, string>
  /** Run Shipline's actions and CLI from the TypeScript sources under this directory. */
  shiplineSources?: string
  /**
   * The Shipline installation whose reusable workflows a remote `uses:` line of Shipline runs
   * (default: the one this module belongs to, a checkout or the @shipline/cli package).
   */
  installation?: string
  /** Podman's storage for the runner's docker stand-in (default under the state directory). */
  podman?: { root: string; runroot: string }
  /** More AWS services for the AWS stand-in (tried first). */
  awsHandlers?: AwsHandler[]
  /** Called with each job's line as the job ends. */
  onJob?: (line: string, job: JobReport) => void
}

export interface RehearsalRun extends RehearsalResult {
  /** Where this run's jobs, logs and artifacts are. */
  runDir: string
  /** The log of every job that ran, by job id. */
  logs: Record<string, string[]>
}

async function git(args: string[], cwd: string): Promise<string> {
  return (await exec('git', args, { cwd, stream: false })).stdout.trim()
}

async function tryGit(args: string[], cwd: string): Promise<string | undefined> {
  try {
    return await git(args, cwd)
  } catch {
    return undefined
  }
}

/** owner/name of a repository from its origin remote on GitHub. */
export function repositoryFromRemote(url: string | undefined): string | undefined {
  const match = /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url ?? '')
  return match?.[1]
}

async function resolveCommit(repo: string, ref: string, flag: string): Promise<string> {
  if (/^0{40}$/.test(ref)) return ZERO_SHA
  const sha = await tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repo)
  if (!sha) throw new InputError(flag, `"${ref}" is not a commit of ${repo}`, 'a commit SHA or ref of --repo')
  return sha
}

async function eventSpec(options: RehearsalOptions, inputs: Record<string, Value>): Promise<EventSpec> {
  const repo = options.repo
  const sha = await resolveCommit(repo, 'HEAD', '--repo')
  const head = await tryGit(['rev-parse', '--abbrev-ref', 'HEAD'], repo)
  const branch = !head || head === 'HEAD' ? 'main' : head
  const repository =
    options.repository ??
    repositoryFromRemote(await tryGit(['remote', 'get-url', 'origin'], repo)) ??
    `rehearsal/${basename(resolve(repo))}`
  let before: string
  if (options.before) before = await resolveCommit(repo, options.before, '--before')
  else if (
    options.event === 'pull_request' &&
    branch !== 'main' &&
    (await tryGit(['rev-parse', '--verify', '--quiet', 'main'], repo))
  )
    before = await git(['merge-base', 'HEAD', 'main'], repo)
  else before = (await tryGit(['rev-parse', '--verify', '--quiet', 'HEAD^'], repo)) ?? ZERO_SHA
  const message = (await tryGit(['log', '-1', '--format=%s'], repo)) ?? ''
  return {
    name: options.event,
    repository,
    sha,
    branch,
    before,
    baseBranch: 'main',
    number: options.event === 'pull_request' ? 1 : undefined,
    inputs,
    message
  }
}

/** GitHub runs the workflow for the event only when its `on:` filters let it through. */
function checkTrigger(events: Record<string, unknown>, spec: EventSpec, workflow: string): void {
  if (!(spec.name in events))
    throw new InputError(
      '--event',
      `${workflow} is not triggered by ${spec.name}`,
      Object.keys(events).join(', ')
    )
  const filter = events[spec.name] as { branches?: string[]; 'branches-ignore'?: string[] } | undefined
  const branch = spec.name === 'pull_request' ? (spec.baseBranch ?? 'main') : spec.branch
  if (filter?.branches?.length && !filter.branches.some(pattern => globMatch(pattern, branch)))
    throw new UserError(
      `${workflow}: on.${spec.name}.branches does not include ${branch}: GitHub would not run it`
    )
  if (filter?.['branches-ignore']?.some(pattern => globMatch(pattern, branch)))
    throw new UserError(
      `${workflow}: on.${spec.name}.branches-ignore excludes ${branch}: GitHub would not run it`
    )
}

function secretNames(texts: string[]): string[] {
  const names = new Set<string>()
  for (const text of texts)
    for (const match of text.matchAll(/secrets\.([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(match[1])
  return [...names].sort()
}

/** Stand-in values for the secrets the workflows name: role ARNs look like role ARNs. */
export function standInSecrets(names: string[], token: string, account: string): Record<string, string> {
  const out: Record<string, string> = { GITHUB_TOKEN: token }
  for (const name of names)
    if (name !== 'GITHUB_TOKEN')
      out[name] = /ROLE_ARN$/.test(name)
        ? `arn:aws:iam::${account}:role/${name
            .toLowerCase()
            .replace(/_role_arn$/, '')
            .replace(/_/g, '-')}`
        : `rehearsal-${name.toLowerCase()}-${randomBytes(6).toString('hex')}`
  return out
}

interface RegistrySnapshot {
  digests: Set<string>
}

async function snapshotRegistry(host: string): Promise<RegistrySnapshot> {
  const digests = new Set<string>()
  const repositories: string[] = []
  for (let last = ''; ;) {
    const response = await fetch(
      `http://${host}/v2/_catalog?n=100${last ? `&last=${encodeURIComponent(last)}` : ''}`
    )
    if (!response.ok) throw new UserError(`the registry ${host} answered ${response.status} to its catalog`)
    const page = ((await response.json()) as { repositories?: string[] }).repositories ?? []
    repositories.push(...page)
    if (page.length < 100) break
    last = page[page.length - 1]
  }
  // The build cache (cache/SERVICE) is not an image anyone pushed: it is left out of the pushes.
  for (const repository of repositories.filter(name => !name.startsWith('cache/'))) {
    const tags =
      (
        (await (await fetch(`http://${host}/v2/${repository}/tags/list`)).json()) as {
          tags?: string[] | null
        }
      ).tags ?? []
    for (const tag of tags) {
      const head = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
        method: 'HEAD',
        headers: {
          accept:
            'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json'
        }
      })
      const digest = head.headers.get('docker-content-digest')
      if (digest) digests.add(`${repository}@${digest}`)
    }
  }
  return { digests }
}

async function nextRunNumber(stateDir: string): Promise<number> {
  const file = join(stateDir, 'run-number')
  const number = (existsSync(file) ? Number(readFileSync(file, 'utf8')) || 0 : 0) + 1
  await writeFile(file, `${number}\n`)
  return number
}

interface Scope {
  file: WorkflowFile
  prefix: string
  base: Contexts
  env: Record<string, string>
}

function entries(token: TemplateToken | undefined): Array<[string, TemplateToken]> {
  if (!token || !isMapping(token)) return []
  const out: Array<[string, TemplateToken]> = []
  for (let i = 0; i < token.count; i++) {
    const pair = token.get(i)
    out.push([isString(pair.key) ? pair.key.value : String(pair.key), pair.value])
  }
  return out
}

function field(token: TemplateToken | undefined, name: string): TemplateToken | undefined {
  return entries(token).find(([key]) => key === name)?.[1]
}

class Rehearsal {
  readonly reports: JobReport[] = []
  readonly logs: Record<string, string[]> = {}

  constructor(
    private readonly runner: Runner,
    private readonly protectedEnvironments: string[],
    private readonly onJob?: RehearsalOptions['onJob'],
    /** The runner's variables for one job of `file` (its OIDC token request). */
    private readonly jobEnv: (
      file: WorkflowFile,
      environment: string | null
    ) => Record<string, string> = () => ({})
  ) {}

  private report(job: JobReport): void {
    this.reports.push(job)
    this.onJob?.(jobLine(job), job)
  }

  private environmentOf(job: Job, contexts: Contexts): string | null {
    if (!job.environment) return null
    try {
      const value = evaluateToken(job.environment, contexts)
      const name = typeof value === 'object' && value !== null && !Array.isArray(value) ? value.name : value
      return asString(name ?? null) || null
    } catch {
      return null
    }
  }

  async runFile(scope: Scope): Promise<Record<string, NeedsEntry>> {
    const { file } = scope
    const results: Record<string, NeedsEntry> = {}
    const byId = new Map(file.jobs.map(job => [job.id.value, job]))
    const needsOf = (id: string) => (byId.get(id)?.needs ?? []).map(need => need.value)
    const order = needsOrder(file.jobs.map(job => ({ id: job.id.value, needs: needsOf(job.id.value) })))
    for (const id of order) {
      const job = byId.get(id) as Job | ReusableWorkflowJob
      const needs = needsOf(id)
      const needsContext = Object.fromEntries(needs.map(need => [need, results[need]])) as unknown as Value
      const resultOf = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.result])) as Record<
        string,
        JobResult
      >
      const status = jobStatus(
        needs,
        [...ancestors(id, needsOf)].map(a => resultOf[a]),
        resultOf
      )
      const contexts: Contexts = { ...scope.base, needs: needsContext }
      const key = `${scope.prefix}${id}`
      let decision
      try {
        decision = decideJob(
          job.if.expression,
          contexts,
          status,
          Object.fromEntries(needs.map(n => [n, resultOf[n]]))
        )
      } catch (error) {
        results[id] = { result: 'failure', outputs: {} }
        this.report({
          id: key,
          status: 'failure',
          environment: null,
          approval: false,
          reason: `if: ${oneLine(error)}`
        })
        continue
      }
      if (!decision.run) {
        results[id] = { result: 'skipped', outputs: {} }
        const environment = job.type === 'job' ? this.environmentOf(job, contexts) : null
        this.report({ id: key, status: 'skipped', environment, approval: false, reason: decision.reason })
        continue
      }
      results[id] =
        job.type === 'reusableWorkflowJob'
          ? await this.runCalled(job, scope, contexts)
          : await this.runJobLegs(job, scope, contexts, key)
    }
    return results
  }

  private async runCalled(job: ReusableWorkflowJob, scope: Scope, contexts: Contexts): Promise<NeedsEntry> {
    const id = job.id.value
    const called = scope.file.called.get(id) as WorkflowFile
    const key = `${scope.prefix}${id}`
    try {
      const given = evaluateStrings(job['input-values'], contexts)
      const inputs: Record<string, Value> = {}
      for (const [name, definition] of entries(job['input-definitions'])) {
        const type = asString(
          field(definition, 'type') ? evaluateToken(field(definition, 'type') as TemplateToken, {}) : 'string'
        )
        const defaultToken = field(definition, 'default')
        const raw =
          name in given
            ? given[name]
            : defaultToken
              ? evaluateToken(defaultToken, { github: scope.base.github, inputs: {}, vars: {} })
              : undefined
        const required = field(definition, 'required')
          ? evaluateToken(field(definition, 'required') as TemplateToken, {}) === true
          : false
        if (raw === undefined && required) throw new UserError(`input ${name} is required by ${called.path}`)
        inputs[name] =
          type === 'boolean'
            ? raw === true || raw === 'true'
            : type === 'number'
              ? Number(raw ?? 0)
              : asString(raw ?? '')
      }
      const secrets = job['inherit-secrets']
        ? (scope.base.secrets as Record<string, string>)
        : { GITHUB_TOKEN: this.runner.token, ...evaluateStrings(job['secret-values'], contexts) }
      const base: Contexts = { github: scope.base.github, vars: scope.base.vars, inputs, secrets }
      const env = evaluateStrings(called.env, base)
      const results = await this.runFile({ file: called, prefix: `${key}/`, base, env })
      const jobs = Object.fromEntries(Object.entries(results)) as unknown as Value
      const outputs: Record<string, string> = {}
      for (const [name, definition] of entries(job.outputs)) {
        const value = field(definition, 'value')
        outputs[name] = value ? asString(evaluateToken(value, { ...base, jobs })) : ''
      }
      return { result: combinedResult(Object.values(results).map(r => r.result)), outputs }
    } catch (error) {
      this.report({ id: key, status: 'failure', environment: null, approval: false, reason: oneLine(error) })
      return { result: 'failure', outputs: {} }
    }
  }

  private async runJobLegs(job: Job, scope: Scope, contexts: Contexts, key: string): Promise<NeedsEntry> {
    let matrix: { legs: Array<MatrixLeg | undefined>; strategy: Record<string, Value> }
    try {
      matrix = legsOf(job, contexts)
    } catch (error) {
      this.report({
        id: key,
        status: 'failure',
        environment: null,
        approval: false,
        reason: `strategy: ${oneLine(error)}`
      })
      return { result: 'failure', outputs: {} }
    }
    const { legs, strategy } = matrix
    const results: JobResult[] = []
    const outputs: Array<Record<string, string>> = []
    for (const [index, leg] of legs.entries()) {
      const legKey = legName(key, leg, job.name ? String(job.name) : '')
      const legContexts: Contexts = {
        ...contexts,
        matrix: leg ?? {},
        strategy: strategyContext(strategy, index, legs.length),
        env: scope.env
      }
      const environment = this.environmentOf(job, legContexts)
      const approval = environment !== null && this.protectedEnvironments.includes(environment)
      const spec = {
        ...jobSpecOf(job, scope, legKey, legContexts),
        runnerEnv: this.jobEnv(scope.file, environment)
      }
      const run = await runJob(spec, this.runner)
      this.logs[legKey] = run.log
      results.push(run.result)
      outputs.push(run.outputs)
      const reason = failureReason(run)
      this.report({ id: legKey, status: run.result, environment, approval, ...(reason ? { reason } : {}) })
    }
    return { result: combinedResult(results), outputs: mergedOutputs(outputs) }
  }
}

/** The job's legs (one, without a matrix) and its evaluated `strategy:`. */
function legsOf(
  job: Job,
  contexts: Contexts
): { legs: Array<MatrixLeg | undefined>; strategy: Record<string, Value> } {
  if (!job.strategy) return { legs: [undefined], strategy: {} }
  const strategy = (evaluateToken(job.strategy, contexts) ?? {}) as Record<string, Value>
  const legs =
    strategy.matrix !== undefined
      ? expandMatrix(strategy.matrix, `jobs.${job.id.value}.strategy.matrix`)
      : [undefined]
  return { legs, strategy }
}

/** The `strategy` context of leg `index` of `total`. */
function strategyContext(strategy: Record<string, Value>, index: number, total: number): Value {
  return {
    'fail-fast': strategy['fail-fast'] ?? true,
    'job-index': index,
    'job-total': total,
    'max-parallel': strategy['max-parallel'] ?? total
  }
}

function jobSpecOf(job: Job, scope: Scope, key: string, contexts: Contexts): JobSpec {
  return {
    key,
    id: job.id.value,
    steps: job.steps,
    env: job.env,
    outputs: job.outputs,
    extras: scope.file.extras.get(job.id.value) ?? [],
    defaults: { ...scope.file.defaults.run, ...scope.file.defaults.jobs.get(job.id.value) },
    contexts
  }
}

/** Why a failed job failed: its failed step and the last error it printed. */
function failureReason(run: JobRun): string | undefined {
  if (run.result !== 'failure') return undefined
  const step = run.failedStep ? `step "${run.failedStep}" failed` : 'failed'
  return `${step}${run.errors.length ? `: ${run.errors[run.errors.length - 1]}` : ''}`
}

/** What the options ask for, checked before anything starts: the workflow, its event and inputs. */
async function decideRun(options: RehearsalOptions) {
  const repo = resolve(options.repo)
  if (!existsSync(join(repo, '.git')) && !(await tryGit(['rev-parse', '--git-dir'], repo)))
    throw new InputError('--repo', `${repo} is not a git repository`, 'the directory of a git checkout')
  const workflowPath = resolve(repo, options.workflow).startsWith(repo + '/')
    ? resolve(repo, options.workflow).slice(repo.length + 1)
    : options.workflow
  const installation = options.installation ?? options.shiplineSources ?? installationRoot()
  const workflow = await loadWorkflow(repo, workflowPath, installation && resolve(installation))
  const dispatchDefinitions = (workflow.events.workflow_dispatch?.inputs ?? {}) as Record<
    string,
    DispatchInput
  >
  const inputs =
    options.event === 'workflow_dispatch' ? dispatchInputs(dispatchDefinitions, options.inputs ?? {}) : {}
  if (options.event !== 'workflow_dispatch' && Object.keys(options.inputs ?? {}).length)
    throw new InputError(
      '--input',
      `is for --event workflow_dispatch, not ${options.event}`,
      'no --input with this event'
    )
  const spec = await eventSpec(options, inputs)
  checkTrigger(workflow.events as Record<string, unknown>, spec, workflowPath)
  return { repo, workflowPath, workflow, inputs, spec, installation }
}

/** Start the stand-ins; each one's stop is pushed on `stops` as soon as it runs. */
async function startStandIns(
  options: RehearsalOptions,
  stateDir: string,
  token: string,
  stops: Array<() => Promise<void>>
) {
  const registry = options.registry
    ? { host: options.registry, stop: async () => undefined }
    : await startRegistry({ dataDir: join(stateDir, 'registry') })
  stops.push(() => registry.stop())
  const kube = await startKubeStandIn({ stateDir: join(stateDir, 'kube') })
  stops.push(() => kube.stop())
  const aws = await startAwsStandIn({
    stateDir: join(stateDir, 'aws'),
    registry: registry.host,
    kubeEndpoint: kube.url,
    handlers: options.awsHandlers
  })
  stops.push(() => aws.stop())
  const github = await startGitHubStandIn({ stateDir: join(stateDir, 'github'), token })
  stops.push(() => github.stop())
  const oidc = await startOidcStandIn()
  stops.push(() => oidc.stop())
  return { registry, kube, aws, github, oidc }
}

type StandIns = Awaited<ReturnType<typeof startStandIns>>

interface PodmanStorage {
  root: string
  runroot: string
  storageDriver: string
  isolation: string
}

function podmanStorage(options: RehearsalOptions, stateDir: string): PodmanStorage {
  return {
    root: options.podman?.root ?? join(stateDir, 'podman', 'root'),
    runroot: options.podman?.runroot ?? join(stateDir, 'podman', 'run'),
    storageDriver: 'vfs',
    isolation: 'chroot'
  }
}

/** Where the machine has busybox-static: the base image the workflows build from, built and tagged. */
async function tagBusyboxBase(podman: PodmanStorage, registryHost: string): Promise<void> {
  if (!busyboxBaseAvailable()) return
  const base = await ensureBusyboxBase(podman)
  const storage = ['--root', podman.root, '--runroot', podman.runroot, '--storage-driver', 'vfs']
  await exec('podman', [...storage, 'tag', base, BUSYBOX_REFERENCE], { stream: false })
  // Docker Hub's copy, for the content tags' base image digests (the runner's network maps
  // registry-1.docker.io to this registry).
  await exec(
    'podman',
    [
      ...storage,
      'push',
      '--quiet',
      '--tls-verify=false',
      BUSYBOX_REFERENCE,
      `${registryHost}/${BUSYBOX_REPOSITORY}`
    ],
    { stream: false }
  )
}

/** The environment every job's steps start from: this machine's, the runner's, the stand-ins'. */
function runnerBaseEnv(at: {
  stateDir: string
  tools: RunnerTools
  github: Record<string, Value>
  standIns: StandIns
  podman: PodmanStorage
  buildsLog: string
}): Record<string, string> {
  const { aws, registry } = at.standIns
  const machine = machineEnv(process.env)
  return {
    ...machine,
    PATH: [at.tools.binDir, machine.PATH ?? '/usr/bin:/bin'].join(':'),
    ...githubVariables(at.github),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'shipline-rehearsal',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TOOL_CACHE: at.tools.toolCache,
    SHIPLINE_TRIVY: at.tools.trivy,
    ImageOS: 'ubuntu24',
    AWS_ENDPOINT_URL: aws.url,
    AWS_ENDPOINT_URL_S3: aws.url,
    AWS_ENDPOINT_URL_STS: aws.url,
    AWS_EC2_METADATA_DISABLED: 'true',
    // node24 actions run on this machine's Node, whose version the SDK would warn about.
    AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: 'true',
    NODE_OPTIONS: at.tools.nodeOptions,
    SHIPLINE_REHEARSAL_REGISTRY: registry.host,
    SHIPLINE_REHEARSAL_BUILDS: at.buildsLog,
    SHIPLINE_PODMAN_ROOT: at.podman.root,
    SHIPLINE_PODMAN_RUNROOT: at.podman.runroot,
    SHIPLINE_PODMAN_STORAGE_DRIVER: at.podman.storageDriver,
    SHIPLINE_PODMAN_ISOLATION: at.podman.isolation,
    SHIPLINE_SOURCE_CACHE: join(at.stateDir, 'source-cache'),
    TF_IN_AUTOMATION: 'true'
  }
}

/** What the stand-ins have seen so far: digests in the registry, rollouts, invalidations, comments. */
async function edgeCounts({ registry, kube, aws, github }: StandIns) {
  return {
    registry: await snapshotRegistry(registry.host),
    rollouts: kube.rollouts().length,
    invalidations: aws.invalidations().length,
    comments: github.writes().length
  }
}

/** The local repository actions/checkout takes for each owner/name (lower case); the event's is --repo. */
function checkoutRepositories(
  options: RehearsalOptions,
  spec: EventSpec,
  repo: string
): Record<string, string> {
  return {
    ...Object.fromEntries(
      Object.entries(options.repositories ?? {}).map(([k, v]) => [k.toLowerCase(), resolve(v)])
    ),
    [spec.repository.toLowerCase()]: repo
  }
}

/** This run's number and directory under the state directory. */
async function newRunDir(stateDir: string): Promise<{ runNumber: number; runDir: string }> {
  await mkdir(stateDir, { recursive: true })
  const runNumber = await nextRunNumber(stateDir)
  const runDir = join(stateDir, 'runs', String(runNumber))
  await mkdir(runDir, { recursive: true })
  return { runNumber, runDir }
}

/** What the run did: its jobs, and what changed at the edges since `before`. */
async function countRun(
  rehearsal: Rehearsal,
  standIns: StandIns,
  before: Awaited<ReturnType<typeof edgeCounts>>,
  buildsLog: string,
  runDir: string
): Promise<RehearsalRun> {
  const { registry, kube, aws, github } = standIns
  const after = await snapshotRegistry(registry.host)
  const builds = (await readFile(buildsLog, 'utf8')).split('\n').filter(Boolean).length
  const jobs = rehearsal.reports
  return {
    jobs,
    approvals: jobs.filter(job => job.approval).length,
    builds,
    pushes: [...after.digests].filter(digest => !before.registry.digests.has(digest)).length,
    rollouts: kube.rollouts().length - before.rollouts,
    invalidations: aws.invalidations().length - before.invalidations,
    comments: github.writes().length - before.comments,
    success: !jobs.some(job => job.status === 'failure'),
    runDir,
    logs: rehearsal.logs
  }
}

/** Run the rehearsal; resolves to what a user sees. Stand-ins are stopped whatever happens. */
export async function rehearse(options: RehearsalOptions): Promise<RehearsalRun> {
  const { repo, workflowPath, workflow, inputs, spec, installation } = await decideRun(options)
  const stateDir = resolve(options.stateDir)
  const { runNumber, runDir } = await newRunDir(stateDir)
  const token = `ghs_rehearsal${randomBytes(16).toString('hex')}`
  const stops: Array<() => Promise<void>> = []
  try {
    const standIns = await startStandIns(options, stateDir, token, stops)
    const { registry, aws, github } = standIns
    const tools = await installRunnerTools(stateDir)
    const podman = podmanStorage(options, stateDir)
    await tagBusyboxBase(podman, registry.host)

    const eventPath = join(runDir, 'event.json')
    await writeFile(eventPath, `${JSON.stringify(eventPayload(spec), null, 2)}\n`)
    const githubCtx = githubContext(
      spec,
      {
        runId: 1_000_000 + runNumber,
        runNumber,
        attempt: 1,
        workflow: workflowPath,
        token,
        apiUrl: github.url,
        serverUrl: 'https://github.com'
      },
      eventPath
    )
    const texts = [workflow.text, ...collectFiles(workflow).map(file => file.text)]
    const shipline = await shiplineCheckout(workflow, installation, stateDir, !options.shiplineSources)
    const secrets = standInSecrets(secretNames(texts), token, '123456789012')
    const buildsLog = join(runDir, 'builds.jsonl')
    await writeFile(buildsLog, '')
    const runner: Runner = {
      stateDir,
      runDir,
      baseEnv: runnerBaseEnv({ stateDir, tools, github: githubCtx, standIns, podman, buildsLog }),
      repositories: { ...shipline.repositories, ...checkoutRepositories(options, spec, repo) },
      shiplineSources: options.shiplineSources ? resolve(options.shiplineSources) : undefined,
      artifacts: new ArtifactStore(join(runDir, 'artifacts')),
      endpoints: { aws: aws.url, github: github.url, registry: registry.host },
      token,
      masks: new Set(Object.values(secrets))
    }

    const before = await edgeCounts(standIns)
    const jobEnv = oidcJobEnv(standIns.oidc, runner, {
      github: githubCtx,
      workflowPath,
      installationSha: shipline.sha
    })
    const rehearsal = new Rehearsal(runner, options.protectedEnvironments ?? [], options.onJob, jobEnv)
    const base: Contexts = { github: githubCtx, inputs, vars: {}, secrets }
    const env = evaluateStrings(workflow.env, base)
    await rehearsal.runFile({ file: workflow, prefix: '', base, env })
    return await countRun(rehearsal, standIns, before, buildsLog, runDir)
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined)
  }
}

/** Each job's OIDC token request: a token issued with its claims (masked), and where to send it. */
function oidcJobEnv(
  oidc: StandIns['oidc'],
  runner: Runner,
  at: Omit<TokenContext, 'environment'>
): (file: WorkflowFile, environment: string | null) => Record<string, string> {
  return (file, environment) => {
    const requestToken = oidc.issue(jobClaims(file, { ...at, environment }))
    runner.masks.add(requestToken)
    return { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken }
  }
}

function collectFiles(file: WorkflowFile): WorkflowFile[] {
  return [...file.called.values()].flatMap(called => [called, ...collectFiles(called)])
}

/**
 * The calls of Shipline's reusable workflows, each said in the log, and the installation committed
 * for actions/checkout under each repository they name (nothing when the workflow makes none).
 */
async function shiplineCheckout(
  workflow: WorkflowFile,
  installation: string | undefined,
  stateDir: string,
  bundles: boolean
): Promise<{ repositories: Record<string, string>; sha?: string }> {
  const calls = new Map<string, ShiplineCall>()
  for (const file of collectFiles(workflow))
    if (file.shipline)
      calls.set(`${file.shipline.repository}/${file.shipline.path}@${file.shipline.ref}`, file.shipline)
  if (!calls.size || !installation) return { repositories: {} }
  for (const call of calls.values()) info(mappingLine(call, VERSION))
  const dir = join(stateDir, 'shipline')
  const sha = await commitInstallation(installation, dir, bundles)
  const repositories = Object.fromEntries(
    [...calls.values()].map(call => [call.repository.toLowerCase(), dir])
  )
  return { repositories, sha }
}
