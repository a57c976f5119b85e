/**
 * The pipeline's ONE pull request comment: the infrastructure plan, the images that would be
 * built, and the scan findings. Pure: the caller brings each section's data.
 */
import { code, heading, table } from '../core/markdown.js'
import { MAX_COMMENT_CHARS } from './pr-comment.js'

export interface ImageBuildResult {
  service: string
  /** True when the content was new and an image was built; false when the registry held it. */
  built: boolean
  tags: string[]
  /** repository@digest, or the repository when nothing was built. */
  image: string
}

export interface PipelineCommentInput {
  environment: string
  commit?: string
  /** The plan section's markdown (`shipline plan-comment`); undefined when there is none. */
  plan?: string
  /** The plan job's result (success, failure, cancelled, skipped). */
  infraResult?: string
  images: ImageBuildResult[]
  imagesResult?: string
  /** The scan section's markdown (`renderScanFindings`), short and full. */
  scan?: { full: string; short: string }
  /** What the static frontend's publish would change (`shipline publish-static --dry-run --markdown`). */
  frontend?: string
}

function jobProblem(what: string, result: string | undefined): string | undefined {
  if (!result || result === 'success') return undefined
  if (result === 'skipped') return `${what} did not run (skipped).`
  return `⚠️ ${what} ${result === 'cancelled' ? 'was cancelled' : 'failed'}: see the workflow run for its log.`
}

function imagesSection(input: PipelineCommentInput): string {
  const problem = jobProblem('The image builds', input.imagesResult)
  if (input.images.length === 0)
    return problem ?? 'No service changed: nothing would be built, pushed or rolled out.'
  const rows = [...input.images]
    .sort((a, b) => a.service.localeCompare(b.service))
    .map(image => [
      code(image.service),
      image.built
        ? '🔨 new content: built and scanned, pushed on merge'
        : '♻️ the registry already holds this content: reused',
      image.tags.map(code).join(' ')
    ])
  const built = input.images.filter(image => image.built).length
  return [
    `${built} of ${input.images.length} changed service${input.images.length === 1 ? '' : 's'} would be built.`,
    table(['Service', 'Result', 'Tags'], rows, true),
    ...(problem ? [problem] : [])
  ].join('\n\n')
}

function compose(input: PipelineCommentInput, plan: string, scan: string): string {
  const footer = `<sub>Shipline · environment ${code(input.environment)}${input.commit ? ` · commit ${code(input.commit.slice(0, 12))}` : ''} · updated on every push</sub>`
  return [
    heading(2, `Shipline: ${input.environment}`),
    heading(3, '1. Infrastructure plan'),
    plan,
    heading(3, '2. Images that would be built'),
    imagesSection(input),
    heading(3, '3. Scan findings'),
    scan,
    ...(input.frontend ? [heading(3, '4. Frontend'), input.frontend.trim()] : []),
    footer
  ].join('\n\n')
}

/** The comment's markdown, within GitHub's limit: scan details go first, then the plan is cut. */
export function renderPipelineComment(input: PipelineCommentInput, limit = MAX_COMMENT_CHARS - 200): string {
  const plan =
    input.plan?.trim() || jobProblem('The Terraform plan', input.infraResult ?? 'failure') || 'No plan.'
  const noScan = input.images.some(image => image.built)
    ? (jobProblem('The scan', input.imagesResult) ?? 'No scan report was produced.')
    : 'No image was built, so none was scanned.'
  const full = compose(input, plan, input.scan?.full ?? noScan)
  if (full.length <= limit) return full
  const short = compose(input, plan, input.scan?.short ?? noScan)
  if (short.length <= limit) return short
  const note =
    '\n\n… the plan is cut here to fit GitHub’s limit: the job summary of the plan job holds all of it.'
  const room = Math.max(0, limit - (short.length - plan.length) - note.length)
  return compose(input, `${plan.slice(0, room)}${note}`, input.scan?.short ?? noScan)
}
