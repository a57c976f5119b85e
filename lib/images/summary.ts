/** The job summary of a build: one row per service. */
import { code, heading, table } from '../core/markdown.js'
import type { ServiceResult } from './build-push.js'

function state(result: ServiceResult): string {
  if (!result.built && !result.pushed && !result.archive) return 'reused (already in the registry)'
  if (result.pushed) return result.built ? 'built and pushed' : 'pushed (scanned archive)'
  return 'built, not pushed'
}

export function renderBuildSummary(results: ServiceResult[]): string {
  const rows = results.map(result => [
    code(result.service),
    code(result.image),
    result.tags.map(tag => code(tag.slice(tag.lastIndexOf(':') + 1))).join('<br>'),
    state(result)
  ])
  const built = results.filter(result => result.built).length
  return [
    heading(3, 'Images'),
    table(['Service', 'Image', 'Tags', 'Result'], rows, true),
    '',
    `${built} built, ${results.length - built} reused`
  ].join('\n')
}
