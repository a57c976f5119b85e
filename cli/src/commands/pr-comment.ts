/**
 * `shipline pr-comment`: the pipeline's one sticky pull request comment, from what the plan
 * workflow's jobs left in a directory:
 *   DIR/plan-variants.json  the plan section at a ladder of sizes (shipline plan-comment --variants)
 *   DIR/plan.md             or the plan section at one size (shipline plan-comment)
 *   DIR/images/*.json       one build result per service ({"service","built","tags","image","scan"})
 *   DIR/scan/*.json         Trivy JSON reports (scan-images' output-dir)
 *   DIR/static.md           what the frontend publish would change (shipline publish-static --dry-run --markdown)
 * The sections share GitHub's limit by priority (lib/github/pipeline-comment.ts).
 * Posts (creates or updates in place) on the run's pull request, or writes the markdown to --out.
 */
import { existsSync, readdirSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError, UserError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { directoryInput, MiB, outputFileInput, readCheckedFile } from '../../../lib/core/paths.js'
import { info } from '../../../lib/core/log.js'
import {
  type ImageBuildResult,
  JOB_RESULTS,
  type JobResult,
  renderPipelineComment
} from '../../../lib/github/pipeline-comment.js'
import { commentMarker, createOctokit, upsertComment } from '../../../lib/github/pr-comment.js'
import { mask } from '../../../lib/core/secrets.js'
import { runContext } from '../../../lib/github/pr-context.js'
import { readPolicyOptions } from '../../../lib/scan/options.js'
import { judgeReportFiles } from '../../../lib/scan/report-files.js'
import { parsePlanVariants } from '../../../lib/terraform/plan-variants.js'
import { type Command, EXIT, type ParsedArgs } from '../command.js'

const DIR_ACCEPTED = 'the directory the plan jobs filled, in the current directory or RUNNER_TEMP'
const OUT_ACCEPTED = 'a file to write the comment to, in the current directory or RUNNER_TEMP'
/** plan.md and each build result are small; a bigger one is not what the plan jobs wrote. */
const MAX_PART_BYTES = 1 * MiB
/** The plan section at every size of the ladder: a few dozen sections of at most 64 KiB each. */
const MAX_VARIANTS_BYTES = 16 * MiB

/** Where the command reads and writes: the current directory, or RUNNER_TEMP. */
const where = () => ({ root: process.cwd(), alsoUnder: [process.env.RUNNER_TEMP] })

const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/

function jsonFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter(name => name.endsWith('.json'))
        .sort()
        .map(name => join(dir, name))
    : []
}

function readImageResult(path: string): ImageBuildResult {
  const accepted =
    'a JSON object {"service": string, "built": boolean, "tags": [string], "image": string, "scan": the scan step\'s outcome (optional)}'
  let value: Partial<Omit<ImageBuildResult, 'scan'>> & { scan?: unknown }
  try {
    value = JSON.parse(readCheckedFile('--dir', path, path, MAX_PART_BYTES, accepted)) as typeof value
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError('--dir', `${path} is not JSON (${(error as Error).message})`, accepted)
  }
  if (typeof value.service !== 'string' || typeof value.built !== 'boolean' || !Array.isArray(value.tags))
    throw new InputError('--dir', `${path} is not a build result`, accepted)
  const scan = value.scan === '' || value.scan === null ? undefined : value.scan
  if (scan !== undefined && !(JOB_RESULTS as readonly unknown[]).includes(scan))
    throw new InputError(
      '--dir',
      `${path}: "scan" is ${JSON.stringify(scan)}`,
      `the scan step's outcome: ${JOB_RESULTS.join(', ')}`
    )
  return {
    service: value.service,
    built: value.built,
    tags: value.tags.map(String),
    image: String(value.image ?? ''),
    ...(scan ? { scan: scan as JobResult } : {})
  }
}

function readPlanVariants(path: string) {
  const variants = parsePlanVariants(
    readCheckedFile(
      '--dir',
      path,
      path,
      MAX_VARIANTS_BYTES,
      'the file shipline plan-comment --variants writes'
    )
  )
  if (typeof variants === 'string')
    throw new InputError('--dir', `${path} ${variants}`, 'the file shipline plan-comment --variants writes')
  return variants
}

/** Every flag read and checked once, before anything is read from --dir or sent. */
function readOptions(values: ParsedArgs['values']) {
  const flag = (name: string) => (values[name] === undefined ? undefined : String(values[name]))
  const inputs = new Inputs(
    recordInputSource({
      '--dir': flag('dir'),
      '--environment': flag('environment'),
      '--infra-result': flag('infra-result'),
      '--images-result': flag('images-result'),
      '--severity': flag('severity'),
      '--ignore-unfixed': flag('ignore-unfixed'),
      '--unknown-severity': undefined,
      '--ignorefile': undefined
    })
  )
  const dir = directoryInput('--dir', inputs.string('--dir', { required: true }), {
    ...where(),
    accepted: DIR_ACCEPTED
  })
  const environment = inputs.matching(
    '--environment',
    ENVIRONMENT,
    'an environment name such as production',
    {
      default: 'production'
    }
  )
  const infraResult = inputs.oneOf('--infra-result', JOB_RESULTS, 'success')
  const imagesResult = inputs.oneOf('--images-result', JOB_RESULTS, 'success')
  const policy = {
    ...readPolicyOptions(inputs, {
      severity: '--severity',
      ignoreUnfixed: '--ignore-unfixed',
      unknownSeverity: '--unknown-severity',
      ignoreFiles: '--ignorefile'
    }),
    now: Date.now()
  }
  const outFlag = flag('out')
  const out =
    outFlag === undefined
      ? undefined
      : outputFileInput('--out', outFlag, { ...where(), accepted: OUT_ACCEPTED })
  const token = process.env.GITHUB_TOKEN ?? ''
  const context = runContext(process.env)
  if (!out && (!token || !context.pullRequest))
    throw new InputError(
      '--out',
      'is empty outside a pull request run (no GITHUB_TOKEN or no pull request in GITHUB_EVENT_PATH)',
      'a file to write the comment to, or a pull_request workflow run with GITHUB_TOKEN'
    )
  return {
    dir,
    environment,
    infraResult,
    imagesResult,
    policy,
    out,
    outFlag,
    token,
    commit: context.commit,
    pullRequest: context.pullRequest
  }
}

/** The comment, from the parts the pipeline's jobs left in --dir. */
function renderBody(options: ReturnType<typeof readOptions>): string {
  const { dir } = options
  const planFile = join(dir, 'plan.md')
  const variantsFile = join(dir, 'plan-variants.json')
  const frontendFile = join(dir, 'static.md')
  const part = (file: string) => readCheckedFile('--dir', file, file, MAX_PART_BYTES, DIR_ACCEPTED)
  return renderPipelineComment({
    environment: options.environment,
    commit: options.commit,
    ...(existsSync(variantsFile) ? { planVariants: readPlanVariants(variantsFile) } : {}),
    plan: existsSync(planFile) ? part(planFile) : undefined,
    infraResult: options.infraResult,
    images: jsonFiles(join(dir, 'images')).map(readImageResult),
    imagesResult: options.imagesResult,
    scanResults: judgeReportFiles(jsonFiles(join(dir, 'scan')), options.policy, '--dir'),
    ...(existsSync(frontendFile) ? { frontend: part(frontendFile) } : {})
  })
}

export const command: Command = {
  usage:
    'shipline pr-comment --dir DIR [--environment NAME] [--infra-result R] [--images-result R] [--severity LIST] [--ignore-unfixed] [--out FILE]',
  options: {
    dir: { type: 'string' },
    environment: { type: 'string' },
    'infra-result': { type: 'string' },
    'images-result': { type: 'string' },
    severity: { type: 'string' },
    'ignore-unfixed': { type: 'boolean' },
    out: { type: 'string' }
  },
  async run({ values }) {
    const options = readOptions(values)
    const body = renderBody(options)
    if (options.out) {
      await writeFile(options.out, `${body}\n`)
      info(`Wrote the PR comment to ${options.outFlag}`)
      return EXIT.ok
    }
    const { token, pullRequest } = options
    mask(token)
    if (!pullRequest) throw new UserError('No pull request to comment on')
    const result = await upsertComment({
      octokit: await createOctokit(token),
      owner: pullRequest.owner,
      repo: pullRequest.repo,
      issueNumber: pullRequest.number,
      marker: commentMarker('pipeline', options.environment),
      body
    })
    info(`Comment ${result.action}: ${result.url}`)
    return EXIT.ok
  }
}
