/**
 * `shipline pr-comment`: the pipeline's one sticky pull request comment, from what the plan
 * workflow's jobs left in a directory:
 *   DIR/plan.md          the infrastructure plan section (shipline plan-comment)
 *   DIR/images/*.json    one build result per service ({"service","built","tags","image"})
 *   DIR/scan/*.json      Trivy JSON reports (scan-images' output-dir)
 *   DIR/static.md        what the frontend publish would change (shipline publish-static --dry-run --markdown)
 * Posts (creates or updates in place) on the run's pull request, or writes the markdown to --out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError, UserError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { info } from '../../../lib/core/log.js'
import { type ImageBuildResult, renderPipelineComment } from '../../../lib/github/pipeline-comment.js'
import { commentMarker, createOctokit, upsertComment } from '../../../lib/github/pr-comment.js'
import { mask } from '../../../lib/core/secrets.js'
import { runContext } from '../../../lib/github/pr-context.js'
import { renderScanFindings } from '../../../lib/scan/findings-markdown.js'
import { readPolicyOptions } from '../../../lib/scan/options.js'
import { judgeReportFiles } from '../../../lib/scan/report-files.js'
import { type Command, EXIT } from '../command.js'

const JOB_RESULTS = ['success', 'failure', 'cancelled', 'skipped'] as const
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
  const accepted = 'a JSON object {"service": string, "built": boolean, "tags": [string], "image": string}'
  let value: Partial<ImageBuildResult>
  try {
    value = JSON.parse(readFileSync(path, 'utf8')) as Partial<ImageBuildResult>
  } catch (error) {
    throw new InputError('--dir', `${path} is not JSON (${(error as Error).message})`, accepted)
  }
  if (typeof value.service !== 'string' || typeof value.built !== 'boolean' || !Array.isArray(value.tags))
    throw new InputError('--dir', `${path} is not a build result`, accepted)
  return {
    service: value.service,
    built: value.built,
    tags: value.tags.map(String),
    image: String(value.image ?? '')
  }
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
    const dir = inputs.string('--dir', { required: true })
    if (!existsSync(dir))
      throw new InputError('--dir', `"${dir}" does not exist`, 'the directory the plan jobs filled')
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
    const out = flag('out')
    const token = process.env.GITHUB_TOKEN ?? ''
    const context = runContext(process.env)
    if (!out && (!token || !context.pullRequest))
      throw new InputError(
        '--out',
        'is empty outside a pull request run (no GITHUB_TOKEN or no pull request in GITHUB_EVENT_PATH)',
        'a file to write the comment to, or a pull_request workflow run with GITHUB_TOKEN'
      )

    const planFile = join(dir, 'plan.md')
    const frontendFile = join(dir, 'static.md')
    const scanResults = judgeReportFiles(jsonFiles(join(dir, 'scan')), policy, '--dir')
    const body = renderPipelineComment({
      environment,
      commit: context.commit,
      plan: existsSync(planFile) ? readFileSync(planFile, 'utf8') : undefined,
      infraResult,
      images: jsonFiles(join(dir, 'images')).map(readImageResult),
      imagesResult,
      scan: scanResults.length
        ? {
            full: renderScanFindings(scanResults, { level: 4 }),
            short: renderScanFindings(scanResults, { level: 4, top: 0 })
          }
        : undefined,
      ...(existsSync(frontendFile) ? { frontend: readFileSync(frontendFile, 'utf8') } : {})
    })
    if (out) {
      await writeFile(out, `${body}\n`)
      info(`Wrote the PR comment to ${out}`)
      return EXIT.ok
    }
    mask(token)
    const pullRequest = context.pullRequest
    if (!pullRequest) throw new UserError('No pull request to comment on')
    const result = await upsertComment({
      octokit: await createOctokit(token),
      owner: pullRequest.owner,
      repo: pullRequest.repo,
      issueNumber: pullRequest.number,
      marker: commentMarker('pipeline', environment),
      body
    })
    info(`Comment ${result.action}: ${result.url}`)
    return EXIT.ok
  }
}
