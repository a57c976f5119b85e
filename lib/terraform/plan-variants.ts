/**
 * The plan section of the pipeline's PR comment at a ladder of sizes, so that the comment job (which
 * never sees the plan JSON: it holds sensitive values) can give the plan the share of the 65,536
 * characters the other sections leave it. Each rung is the renderer's own cut by risk, so nothing is
 * cut inside a code block or <details>, and each says what it left out and where the whole plan is.
 * Written by `shipline plan-comment --variants FILE`, read by `shipline pr-comment`.
 */
import type { Loss, Variant } from '../core/budget.js'
import type { PlanJson } from './plan-json.js'
import { COMMENT_LIMIT, type CutReport, renderPlanComment, type RenderOptions } from './plan-comment.js'

/** From GitHub's limit down by an eighth each rung, to about 1,000 characters (the counts and risk lines). */
export const PLAN_LADDER: readonly number[] = (() => {
  const rungs: number[] = []
  for (let n = COMMENT_LIMIT; n >= 1000; n = Math.floor(n * 0.875)) rungs.push(n)
  return rungs
})()

export interface PlanVariantsFile {
  version: 1
  variants: Array<Variant & { maxChars: number }>
}

export const PIPELINE_PLAN_CUT = {
  limitName: "this section's share of GitHub's 65,536-character comment limit",
  fullRenderAt: 'The job summary of the Terraform plan job has the whole plan.'
} as const

/** What the cut from `before` to `after` leaves out that matters most. */
export function lossBetween(before: CutReport, after: CutReport): Loss {
  if (after.riskLinesCut > before.riskLinesCut) return 'risk'
  if (after.servicesCut > before.servicesCut || after.serviceListsCut > before.serviceListsCut) return 'risk'
  const lists = (cut: CutReport) => (cut.changesSummarised ? Number.MAX_SAFE_INTEGER : cut.collapsedLists)
  if (lists(after) > lists(before)) return 'list'
  return 'detail'
}

/** The plan rendered at every rung of the ladder that gives a shorter text than the rung above. */
export function renderPlanVariants(
  plan: PlanJson,
  options: Omit<RenderOptions, 'maxChars'> = {},
  ladder: readonly number[] = PLAN_LADDER
): PlanVariantsFile {
  const variants: PlanVariantsFile['variants'] = []
  let previous: CutReport | undefined
  for (const maxChars of ladder) {
    if (maxChars > COMMENT_LIMIT) continue
    const rendered = renderPlanComment(plan, { ...PIPELINE_PLAN_CUT, ...options, maxChars })
    const last = variants[variants.length - 1]
    if (last && rendered.markdown.length >= last.text.length) continue
    variants.push({
      text: rendered.markdown,
      loses: previous ? lossBetween(previous, rendered.cut) : 'detail',
      maxChars
    })
    previous = rendered.cut
  }
  return { version: 1, variants }
}

/** The variants of a `--variants` file, or a problem in words. */
export function parsePlanVariants(text: string): PlanVariantsFile['variants'] | string {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return `is not JSON (${(error as Error).message})`
  }
  const file = data as Partial<PlanVariantsFile>
  if (file?.version !== 1 || !Array.isArray(file.variants) || file.variants.length === 0)
    return 'is not a plan variants file (version 1, a non-empty list of variants)'
  for (const [i, v] of file.variants.entries())
    if (
      typeof v?.text !== 'string' ||
      typeof v.maxChars !== 'number' ||
      !['detail', 'list', 'risk'].includes(v.loses as string)
    )
      return `variant ${i} is not {text, maxChars, loses: detail|list|risk}`
  return file.variants
}
