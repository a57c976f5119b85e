/**
 * The job summary of a deploy: one row per workload; for each failed rollout left in place, what
 * stays live and what to do; then why each failure happened.
 */
import { formatDuration } from '../core/duration.js'
import { code, details, fenced, heading, table } from '../core/markdown.js'
import type { WorkloadDiagnostics } from './diagnostics.js'
import type { WorkloadOutcome } from './outcome.js'
import type { PruneOutcome } from './prune.js'

const ICON: Record<WorkloadOutcome['result'], string> = {
  succeeded: '✅ succeeded',
  failed: '❌ failed',
  'rolled-back': '↩️ rolled back',
  'rollback-failed': '❌ rollback failed'
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** What a failed rollout left live (read from the cluster), why the rollback did not help, what to do. */
export function leftLiveSection(o: WorkloadOutcome): string[] {
  if (!o.nextStep) return []
  const workload = code(`${o.kind.toLowerCase()}/${o.name} (${o.namespace})`)
  const live = o.live
  const readable = live && !('unreadable' in live) ? live : undefined
  const title = readable
    ? `⚠️ ${workload} still serves ${readable.revision === null ? 'the failed revision' : `revision ${readable.revision}`}`
    : `⚠️ ${workload}: what it serves now is unknown`
  const now = readable
    ? `Live now: ${readable.images.map(code).join(', ') || 'no containers'}`
    : `Live now: could not be read (${live && 'unreadable' in live ? live.unreadable : 'not read'})`
  return [
    heading(4, title),
    '',
    now,
    '',
    ...(o.rollbackProblem ? [`${capitalized(o.rollbackProblem)}.`, ''] : []),
    `What to do: ${o.nextStep}.`
  ]
}

export function renderDeploySummary(result: {
  target: string
  status: string
  outcomes: WorkloadOutcome[]
  diagnostics: WorkloadDiagnostics[]
  appliedCount: number
  prune?: PruneOutcome
}): string {
  const { target, status, outcomes, diagnostics, appliedCount: applied } = result
  const rows = outcomes.map(o => [
    code(`${o.kind.toLowerCase()}/${o.name}`),
    code(o.namespace),
    ICON[o.result],
    o.revision === null
      ? '–'
      : String(o.revision) + (o.restoredRevision !== undefined ? ` → restored ${o.restoredRevision}` : ''),
    formatDuration(o.durationMs),
    o.message.replace(/\|/g, '\\|')
  ])
  const parts = [
    heading(3, `Deploy to ${target}: ${status}`),
    '',
    `${applied} object${applied === 1 ? '' : 's'} applied (server-side, field manager ${code('shipline')}); ${outcomes.length} rollout${outcomes.length === 1 ? '' : 's'} awaited.`,
    '',
    outcomes.length
      ? table(['Workload', 'Namespace', 'Result', 'Revision', 'Time', 'Detail'], rows, true)
      : ''
  ]
  for (const o of outcomes) if (o.nextStep) parts.push('', ...leftLiveSection(o))
  if (result.prune) parts.push('', ...pruneSection(result.prune))
  for (const d of diagnostics) {
    parts.push('', heading(4, `Why ${code(d.workload)} failed`), '', d.reason, '')
    if (d.pods.length)
      parts.push(...d.pods.map(pod => `- pod ${code(pod.name)}: ${pod.problems.join('; ')}`), '')
    if (d.events.length) parts.push('Last events:', '', fenced(d.events.join('\n')), '')
    for (const log of d.logs)
      parts.push(
        details(
          `Last ${log.lines.length} log lines of ${code(`${log.pod}/${log.container}`)}${log.previous ? ' (crashed instance)' : ''}`,
          fenced(log.lines.join('\n')),
          true
        ),
        ''
      )
  }
  return parts.join('\n')
}

/** What the ApplySet prune deleted, or would delete with prune off. */
function pruneSection(prune: PruneOutcome): string[] {
  const { targets, dryRun, failures } = prune
  const title = dryRun ? 'Would be pruned (prune is false)' : 'Pruned'
  if (!targets.length) return [`Nothing to prune in ApplySet ${code(prune.parent)}.`]
  const rows = targets.map(t => [code(t.groupKind), t.namespace ? code(t.namespace) : '–', code(t.name)])
  return [
    heading(
      4,
      `${title}: ${targets.length} object${targets.length === 1 ? '' : 's'} of ApplySet ${code(prune.parent)}`
    ),
    '',
    table(['Kind', 'Namespace', 'Name'], rows, true),
    ...(failures.length ? ['', `Not pruned: ${failures.join('; ').replace(/\|/g, '\\|')}`] : [])
  ]
}
