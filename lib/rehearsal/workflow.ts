/**
 * A workflow file as GitHub reads it: parsed and validated by @actions/workflow-parser (GitHub's own
 * schema), with every `uses: ./.github/workflows/x.yml` called workflow loaded from the repository
 * and converted by the same parser (its inputs, secrets and outputs attached to the calling job).
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

export type { Job, ReusableWorkflowJob, WorkflowJob }

/** What a step keeps that the parser's model drops: `with:`, `shell`, `working-directory`. */
export interface StepExtras {
  with?: TemplateToken
  shell?: TemplateToken
  workingDirectory?: TemplateToken
}

/** One workflow file: its jobs (called workflows' jobs inside their calling job) and its env. */
export interface WorkflowFile {
  /** Path relative to the repository root, such as .github/workflows/deploy.yml. */
  path: string
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

/** `./.github/workflows/x.yml` → `.github/workflows/x.yml`; anything else is refused. */
export function localWorkflowPath(ref: string, caller: string): string {
  if (!ref.startsWith('./'))
    throw new UserError(
      `${caller}: uses: ${ref}: the rehearsal runs called workflows of this repository only (./.github/workflows/…)`
    )
  return normalize(ref.slice(2))
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

/** Load and convert `path` (relative to `repoDir`) and every workflow it calls. */
export async function loadWorkflow(repoDir: string, path: string): Promise<Workflow> {
  const contents = new Map<string, string>()
  const read = async (file: string) => {
    if (!contents.has(file)) {
      try {
        contents.set(file, await readFile(join(repoDir, file), 'utf8'))
      } catch {
        throw new UserError(`${file} does not exist in ${repoDir}`)
      }
    }
    return { name: file, content: contents.get(file) as string }
  }
  const entry = await read(normalize(path))
  const parsed = parseWorkflow(entry, new NoOperationTraceWriter())
  if (parsed.context.errors.getErrors().length || !parsed.value)
    parseErrors(entry.name, parsed.context.errors.getErrors())
  const provider = {
    getFileContent: async (ref: { path: string; owner?: string }) => {
      if ('owner' in ref && ref.owner)
        throw new UserError(`${entry.name}: remote called workflows are not supported by the rehearsal`)
      return read(normalize(ref.path))
    }
  }
  const template = await convertWorkflowTemplate(parsed.context, parsed.value, provider, {
    fetchReusableWorkflowDepth: 1
  })
  if (template.errors?.length) parseErrors(entry.name, template.errors)
  const file = await describeFile(entry.name, template.jobs, parsed.value, contents, read)
  return { ...file, events: template.events }
}

async function describeFile(
  path: string,
  jobs: WorkflowJob[],
  root: TemplateToken | undefined,
  contents: Map<string, string>,
  read: (file: string) => Promise<{ name: string; content: string }>
): Promise<WorkflowFile> {
  const called = new Map<string, WorkflowFile>()
  for (const job of jobs) {
    if (job.type !== 'reusableWorkflowJob') continue
    const calledPath = localWorkflowPath(job.ref.value, path)
    const { content } = await read(calledPath)
    if (!job.jobs)
      throw new UserError(
        `${path}: jobs.${job.id.value}: ${calledPath} calls another workflow; the rehearsal expands one level of called workflows`
      )
    const calledRoot = parseWorkflow({ name: calledPath, content }, new NoOperationTraceWriter()).value
    called.set(job.id.value, await describeFile(calledPath, job.jobs, calledRoot, contents, read))
  }
  return { path, env: entry(root, 'env'), jobs, called, ...tokenExtras(root) }
}
