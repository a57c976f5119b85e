/**
 * The pipeline's ONE pull request comment: the infrastructure plan, the images that would be
 * built, and the scan findings. Pure: the caller brings each section's data.
 *
 * The three sections share GitHub's 65,536 characters by priority (lib/core/budget.ts): each comes
 * as variants, fullest first, and the shortest steps are taken where the least important content
 * goes (attribute details, findings within the policy, reused images) before lists, and lists
 * before risks (destroys and replacements, failing findings, failed jobs). No variant is ever cut
 * inside a code block or <details>; each says what it left out and where the whole is.
 */
import { fitSections, safeCut, type Section, type Variant } from '../core/budget.js'
import { code, heading, table } from '../core/markdown.js'
import { renderScanFindings, resultPassed, type ScanResult } from '../scan/findings-markdown.js'
import { MAX_COMMENT_CHARS } from './pr-comment.js'

export const JOB_RESULTS = ['success', 'failure', 'cancelled', 'skipped'] as const
export type JobResult = (typeof JOB_RESULTS)[number]

export interface ImageBuildResult {
  service: string
  /** True when the content was new and an image was built; false when the registry held it. */
  built: boolean
  tags: string[]
  /** repository@digest, or the repository when nothing was built. */
  image: string
  /** The scan step's outcome, when the workflow recorded it (skipped: the step did not run). */
  scan?: JobResult
}

export interface PipelineCommentInput {
  environment: string
  commit?: string
  /** The plan section at a ladder of sizes (`shipline plan-comment --variants`), fullest first. */
  planVariants?: Variant[]
  /** The plan section's markdown (`shipline plan-comment`), when there are no variants. */
  plan?: string
  /** The plan job's result (success, failure, cancelled, skipped). */
  infraResult?: string
  images: ImageBuildResult[]
  imagesResult?: string
  /** The judged scan reports, one per scanned image. */
  scanResults?: ScanResult[]
  /** Ready-made scan markdown, full and short, when there are no scanResults. */
  scan?: { full: string; short: string }
  /** What the static frontend's publish would change (`shipline publish-static --dry-run --markdown`). */
  frontend?: string
}

/** Where the whole of each section is, named in every note of what was left out. */
const PLAN_AT = 'the job summary of the Terraform plan job has the whole plan'
const SCAN_AT = 'in the job summary of the image’s “Build and scan” job'
const FRONTEND_AT = 'the job summary of the frontend job has all of it'

function jobProblem(what: string, result: string | undefined): string | undefined {
  if (!result || result === 'success') return undefined
  if (result === 'skipped') return `${what} did not run (skipped).`
  return `⚠️ ${what} ${result === 'cancelled' ? 'was cancelled' : 'failed'}: see the workflow run for its log.`
}

// ---- the images ------------------------------------------------------------------------------

const CONTENT_TAG = /(?:^|:)(src-[0-9a-f]{12})$/

/** The scan result of an image: the report scan-images named after its archive (SERVICE-TAG.oci). */
export function scanResultOf(image: ImageBuildResult, results: ScanResult[]): ScanResult | undefined {
  const tag = image.tags.map(t => CONTENT_TAG.exec(t)?.[1]).find(Boolean)
  return results.find(
    r => r.name === image.service || (tag !== undefined && r.name.startsWith(`${image.service}-${tag}`))
  )
}

export type ImageState = 'reused' | 'passed' | 'failed' | 'not-scanned' | 'unknown'

/** What happened to one image in this run, and how the comment says it. */
export function imageStatus(
  image: ImageBuildResult,
  scan: ScanResult | undefined,
  scansKnown: boolean
): { state: ImageState; text: string } {
  if (!image.built) return { state: 'reused', text: '♻️ the registry already holds this content: reused' }
  const built = '🔨 new content: built'
  if (scan?.error)
    return { state: 'failed', text: `${built}; ⚠️ could not be scanned, so it would not be pushed` }
  if (scan && resultPassed(scan)) return { state: 'passed', text: `${built} and scanned, pushed on merge` }
  if (scan) return { state: 'failed', text: `${built}; ❌ fails the scan policy, so it would not be pushed` }
  if (!scansKnown) return { state: 'unknown', text: `${built}; its scan is in the scan findings` }
  const why =
    image.scan === 'failure'
      ? 'the scan failed without a report (see its job log)'
      : image.scan === 'cancelled'
        ? 'the scan was cancelled'
        : image.scan === 'success'
          ? 'scanned, but its report did not reach this comment'
          : 'not scanned'
  return { state: 'not-scanned', text: `${built}; ⚠️ ${why}, so it would not be pushed` }
}

interface ImageRow {
  image: ImageBuildResult
  status: { state: ImageState; text: string }
}

/** Every image of the run with its status, by service name. */
function imageRows(input: PipelineCommentInput): ImageRow[] {
  const scansKnown = input.scanResults !== undefined
  return [...input.images]
    .sort((a, b) => a.service.localeCompare(b.service))
    .map(image => ({
      image,
      status: imageStatus(image, scanResultOf(image, input.scanResults ?? []), scansKnown)
    }))
}

/** The images section: the headline, a table of `shown`, then the note and the job's problem. */
function renderImages(headline: string, shown: ImageRow[], note?: string, problem?: string): string {
  return [
    headline,
    ...(shown.length
      ? [
          table(
            ['Service', 'Result', 'Tags'],
            shown.map(r => [code(r.image.service), r.status.text, r.image.tags.map(code).join(' ')]),
            true
          )
        ]
      : []),
    ...(note ? [note] : []),
    ...(problem ? [problem] : [])
  ].join('\n\n')
}

function leftOut(k: number, what: string): string {
  return `_${k} ${what} ${k === 1 ? 'is' : 'are'} left out to fit; every image is in the images jobs’ summaries._`
}

function imageVariants(input: PipelineCommentInput): Variant[] {
  const problem = jobProblem('The image builds', input.imagesResult)
  if (input.images.length === 0)
    return [
      {
        text: problem ?? 'No service changed: nothing would be built, pushed or rolled out.',
        loses: 'detail'
      }
    ]
  const rows = imageRows(input)
  const built = input.images.filter(image => image.built).length
  const n = input.images.length
  const headline = `${built} of ${n} changed service${n === 1 ? '' : 's'} would be built.`
  const render = (shown: ImageRow[], note?: string) => renderImages(headline, shown, note, problem)
  const troubled = rows.filter(r => r.status.state === 'failed' || r.status.state === 'not-scanned')
  const variants: Variant[] = [{ text: render(rows), loses: 'detail' }]
  const fresh = rows.filter(r => r.image.built)
  if (fresh.length < rows.length)
    variants.push({
      text: render(fresh, leftOut(rows.length - fresh.length, 'reused services')),
      loses: 'detail'
    })
  if (troubled.length < fresh.length)
    variants.push({
      text: render(troubled, leftOut(fresh.length - troubled.length, 'built and passing images')),
      loses: 'list'
    })
  const names = troubled.map(r => code(r.image.service)).join(', ')
  variants.push({
    text: [
      headline,
      ...(troubled.length ? [`Not pushable: ${names}.`] : []),
      leftOut(rows.length, 'rows of the table'),
      ...(problem ? [problem] : [])
    ].join('\n\n'),
    loses: troubled.length ? 'risk' : 'list'
  })
  return variants
}

// ---- the plan and the scan -------------------------------------------------------------------

function planVariants(input: PipelineCommentInput): Variant[] {
  const problem = jobProblem('The Terraform plan', input.infraResult ?? 'failure')
  const withProblem = (text: string) => (problem && input.infraResult ? `${text}\n\n${problem}` : text)
  if (input.planVariants?.length)
    return input.planVariants.map(v => ({ ...v, text: withProblem(v.text.trimEnd()) }))
  const plan = input.plan?.trim()
  if (!plan) return [{ text: problem ?? 'No plan.', loses: 'detail' }]
  // A ready plan section only: cut at block boundaries, with a note.
  const note = `> [!NOTE]\n> … the plan is cut here to fit GitHub’s limit: ${PLAN_AT}.`
  const variants: Variant[] = [{ text: withProblem(plan), loses: 'detail' }]
  for (let size = Math.floor(plan.length * 0.75); size > 1000; size = Math.floor(size * 0.75))
    variants.push({ text: withProblem(safeCut(plan, size, note)), loses: 'list' })
  return variants
}

function scanVariants(input: PipelineCommentInput): Variant[] {
  const noScan = input.images.some(image => image.built)
    ? (jobProblem('The scan', input.imagesResult) ?? 'No scan report was produced.')
    : 'No image was built, so none was scanned.'
  const results = input.scanResults
  if (results?.length) {
    const render = (options: Parameters<typeof renderScanFindings>[1]) =>
      renderScanFindings(results, { level: 4, fullAt: SCAN_AT, ...options })
    return [
      { text: render({}), loses: 'detail' },
      { text: render({ failingOnly: true }), loses: 'detail' },
      { text: render({ failingOnly: true, top: 3 }), loses: 'list' },
      { text: render({ failingOnly: true, top: 1 }), loses: 'risk' },
      { text: render({ failingOnly: true, top: 0 }), loses: 'risk' },
      { text: render({ compact: true }), loses: 'risk' }
    ]
  }
  if (input.scan)
    return [
      { text: input.scan.full, loses: 'detail' },
      { text: input.scan.short, loses: 'risk' },
      { text: `The scan findings are left out to fit; they are ${SCAN_AT}.`, loses: 'risk' }
    ]
  return [{ text: noScan, loses: 'detail' }]
}

// ---- the comment -----------------------------------------------------------------------------

function frontendVariants(input: PipelineCommentInput): Variant[] {
  const text = input.frontend?.trim()
  if (!text) return [{ text: '', loses: 'detail' }]
  const note = `_The rest of the publish plan is left out to fit; ${FRONTEND_AT}._`
  const variants: Variant[] = [{ text, loses: 'detail' }]
  for (let size = Math.floor(text.length * 0.75); size > 600; size = Math.floor(size * 0.75))
    variants.push({ text: safeCut(text, size, note), loses: 'list' })
  variants.push({ text: `The publish plan is left out to fit; ${FRONTEND_AT}.`, loses: 'list' })
  return variants
}

function compose(input: PipelineCommentInput, [plan, images, scan, frontend]: string[]): string {
  const footer = `<sub>Shipline · environment ${code(input.environment)}${input.commit ? ` · commit ${code(input.commit.slice(0, 12))}` : ''} · updated on every push</sub>`
  return [
    heading(2, `Shipline: ${input.environment}`),
    heading(3, '1. Infrastructure plan'),
    plan,
    heading(3, '2. Images that would be built'),
    images,
    heading(3, '3. Scan findings'),
    scan,
    ...(input.frontend?.trim() ? [heading(3, '4. Frontend'), frontend] : []),
    footer
  ].join('\n\n')
}

/** The comment's markdown, within `limit` (GitHub's, less room for the marker). */
export function renderPipelineComment(input: PipelineCommentInput, limit = MAX_COMMENT_CHARS - 200): string {
  const sections: Section[] = [
    { name: 'plan', variants: planVariants(input) },
    { name: 'images', variants: imageVariants(input) },
    { name: 'scan', variants: scanVariants(input) },
    { name: 'frontend', variants: frontendVariants(input) }
  ]
  const frame = compose(input, ['', '', '', '']).length
  const chosen = fitSections(sections, limit - frame)
  const body = compose(
    input,
    sections.map((s, i) => s.variants[chosen[i]].text)
  )
  if (body.length <= limit) return body
  // Even the shortest variants do not fit (thousands of images): the frame and what fits.
  return safeCut(
    body,
    limit,
    `> [!NOTE]\n> The rest is left out to fit GitHub’s limit; ${PLAN_AT}, and every image is ${SCAN_AT}.`
  )
}
