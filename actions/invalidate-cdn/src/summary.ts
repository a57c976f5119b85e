/** The job summary of invalidate-cdn: one row per invalidation. */
import { code, heading, table } from '../../../lib/core/markdown.js'
import type { Invalidation } from '../../../lib/cdn/cloudfront.js'

const SHOWN_PATHS = 10

export function renderSummary(distributionId: string, invalidations: Invalidation[]): string {
  const pathCount = invalidations.reduce((n, invalidation) => n + invalidation.paths.length, 0)
  const rows = invalidations.map(invalidation => {
    const shown = invalidation.paths.slice(0, SHOWN_PATHS).map(code).join('<br>')
    const more = invalidation.paths.length - SHOWN_PATHS
    return [code(invalidation.id), more > 0 ? `${shown}<br>… and ${more} more` : shown, invalidation.status]
  })
  return [
    heading(3, `CloudFront invalidation of ${code(distributionId)}`),
    '',
    `${invalidations.length} invalidation${invalidations.length === 1 ? '' : 's'}, ${pathCount} path${pathCount === 1 ? '' : 's'}`,
    '',
    table(['Invalidation', 'Paths', 'Status'], rows, true)
  ].join('\n')
}
