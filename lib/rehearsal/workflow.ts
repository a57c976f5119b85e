/**
 * A workflow file as GitHub reads it: parsed and validated by @actions/workflow-parser (GitHub's own
 * schema), with every `uses: ./.github/workflows/x.yml` called workflow loaded from the repository
 * and every `uses: OWNER/shipline/.github/workflows/x.yml@REF` from this Shipline installation
 * (called-workflow.ts decides which), converted by the same parser (its inputs, secrets and outputs
 * attached to the calling job).
 * Also keeps what the parser's model drops and a run needs, from the same parsed tokens: each file's
 * top-level `env:`, and each step's `with:`, `shell` and `working-directory`.
 */
import { readFile } from 'node:fs/promises'
import { join, normalize } from 'node:path'
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate
} from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import type { Job, ReusableWorkflowJob, WorkflowJob } from '@actions/workflow-parser/model/workflow-template'
import { isMapping, isSequence, isString } from '@actions/workflow-parser'
import { UserError } from '../core/errors.js'
import { calledWorkflow, pinnedRepository, type ShiplineCall } from './called-workflow.js'

export type { Job, ReusableWorkflowJob, WorkflowJob }

/** What a step keeps that the parser's model drops: `with:`, `shell`, `working-directory`. */
export interface StepExtras {
  with?: TemplateToken
  shell?: TemplateToken
  workingDirectory?: TemplateToken
}

/** One workflow file: its jobs (called workflows' jobs inside their calling job) and its env. */
export interface WorkflowFile {
  /** Path relative to the repository root (or the installation's), such as .github/workflows/deploy.yml. */
  path: string
  /** The file's text. */
  text: string
  /** Set when the file is one of Shipline's reusable workflows, called by a remote uses: line. */
  shipline?: ShiplineCall
  env?: TemplateToken
  jobs: WorkflowJob[]
  /** The called workflow of each calling job, by job id. */
  called: Map<string, WorkflowFile>
  /** `with:`, `shell` and `working-directory` of each step, by job id and step index. */
  extras: Map<string, StepExtras[]>
  /** `defaults.run` of the file and of each job. */
  defaults: { run?: StepExtras; jobs: Map<string, StepExtras> }
}

export interface Workflow extends WorkflowFile {
  events: WorkflowTemplate['events']
}

function entry(mapping: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (!mapping || !isMapping(mapping)) return undefined
  for (let i = 0; i < mapping.count; i++) {
    const pair = mapping.get(i)
    if (isString(pair.key) && pair.key.value === key) return pair.value
  }
  return undefined
}

function extrasOf(step: TemplateToken | undefined): StepExtras {
  const extras: StepExtras = {}
  const withToken = entry(step, 'with')
  const shell = entry(step, 'shell')
  const workingDirectory = entry(step, 'working-directory')
  if (withToken) extras.with = withToken
  if (shell) extras.shell = shell
  if (workingDirectory) extras.workingDirectory = workingDirectory
  return extras
}

/** What the parser's model drops, read from the parsed (validated) tokens of the file. */
function tokenExtras(root: TemplateToken | undefined): Pick<WorkflowFile, 'extras' | 'defaults'> {
  const extras = new Map<string, StepExtras[]>()
  const jobs = new Map<string, StepExtras>()
  const jobsToken = entry(root, 'jobs')
  if (jobsToken && isMapping(jobsToken))
    for (let i = 0; i < jobsToken.count; i++) {
      const pair = jobsToken.get(i)
      const id = isString(pair.key) ? pair.key.value : String(pair.key)
      const steps = entry(pair.value, 'steps')
      const list: StepExtras[] = []
      if (steps && isSequence(steps)) for (let j = 0; j < steps.count; j++) list.push(extrasOf(steps.get(j)))
      extras.set(id, list)
      jobs.set(id, extrasOf(entry(entry(pair.value, 'defaults'), 'run')))
    }
  return { extras, defaults: { run: extrasOf(entry(entry(root, 'defaults'), 'run')), jobs } }
}

function parseErrors(path: string, errors: Array<{ message?: string; Message?: string }>): never {
  const messages = errors.map(e => e.message ?? e.Message ?? String(e))
  throw new UserError(`${path}: ${messages.slice(0, 5).join('; ')}`)
}

type Read = (file: string, from?: ShiplineCall) => Promise<{ name: string; content: string }>

/** Each file read once: the repository's by its path, the installation's (`from` set) by its path there. */
function fileReader(repoDir: string, installation: string | undefined): Read {
  const contents = new Map<string, string>()
  return async (file, from) => {
    const key = from ? `shipline:${file}` : file
    if (!contents.has(key)) {
      if (from && !installation)
        throw new UserError(
          `uses: ${from.repository}/${file}@${from.ref}: no Shipline installation was found to run it; run shipline from the @shipline/cli package or a Shipline checkout`
        )
      const dir = from ? (installation as string) : repoDir
      try {
        contents.set(key, await readFile(join(dir, file), 'utf8'))
      } catch {
        throw new UserError(`${file} does not exist in ${dir}`)
      }
    }
    return { name: file, content: contents.get(key) as string }
  }
}

/**
 * Load and convert `path` (relative to `repoDir`) and every workflow it calls; Shipline's reusable
 * workflows come from `installation` (the root of this Shipline installation).
 */
export async function loadWorkflow(repoDir: string, path: string, installation?: string): Promise<Workflow> {
  const read = fileReader(repoDir, installation)
  const entry = await read(normalize(path))
  const parsed = parseWorkflow(entry, new NoOperationTraceWriter())
  if (parsed.context.errors.getErrors().length || !parsed.value)
    parseErrors(entry.name, parsed.context.errors.getErrors())
  const pinned = pinnedRepository(entry.content)
  const mapped = (uses: string) => calledWorkflow(uses, entry.name, pinned)
  let refused: unknown
  const provider = {
    getFileContent: async (ref: { path: string; owner?: string; repository?: string; version?: string }) => {
      try {
        const uses = ref.owner ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : `./${ref.path}`
        const call = mapped(uses)
        return await read(call.path, call.kind === 'shipline' ? call : undefined)
      } catch (error) {
        refused ??= error
        throw error
      }
    }
  }
  const template = await convertWorkflowTemplate(parsed.context, parsed.value, provider, {
    fetchReusableWorkflowDepth: 1
  })
  if (refused) throw refused
  if (template.errors?.length) parseErrors(entry.name, template.errors)
  const file = await describeFile(entry, template.jobs, parsed.value, read, mapped)
  return { ...file, events: template.events }
}

async function describeFile(
  file: { name: string; content: string },
  jobs: WorkflowJob[],
  root: TemplateToken | undefined,
  read: Read,
  mapped: (uses: string) => ReturnType<typeof calledWorkflow>,
  shipline?: ShiplineCall
): Promise<WorkflowFile> {
  const path = file.name
  const called = new Map<string, WorkflowFile>()
  for (const job of jobs) {
    if (job.type !== 'reusableWorkflowJob') continue
    const call = mapped(job.ref.value)
    const from = call.kind === 'shipline' ? call : undefined
    const calledFile = await read(call.path, from)
    if (!job.jobs)
      throw new UserError(
        `${path}: jobs.${job.id.value}: ${call.path} calls another workflow; the rehearsal expands one level of called workflows`
      )
    const calledRoot = parseWorkflow(calledFile, new NoOperationTraceWriter()).value
    called.set(job.id.value, await describeFile(calledFile, job.jobs, calledRoot, read, mapped, from))
  }
  return {
    path,
    text: file.content,
    ...(shipline ? { shipline } : {}),
    env: entry(root, 'env'),
    jobs,
    called,
    ...tokenExtras(root)
  }
}
