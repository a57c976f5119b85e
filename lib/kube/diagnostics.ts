/**
 * Why a rollout failed: the workload's pods that are not ready with each container's reason
 * (ImagePullBackOff, CrashLoopBackOff with its exit code, OOMKilled, Pending with the scheduler's
 * reason), the last events of the workload and those pods, and the last 50 log lines of crashed
 * containers. `describePod` is pure; `collectDiagnostics` reads the cluster.
 */
import type { KubeClient, KubeObject } from './client.js'
import { labelSelector } from './revisions.js'
import { type WaitResult, workloadLabel } from './wait.js'

export const LOG_LINES = 50
const MAX_PODS = 5
const MAX_EVENTS = 10

export interface PodReport {
  name: string
  phase: string
  problems: string[]
  /** Containers whose logs explain a crash: `previous` when the crashed instance was replaced. */
  crashed: Array<{ container: string; previous: boolean }>
}

export interface WorkloadDiagnostics {
  workload: string
  reason: string
  pods: PodReport[]
  events: string[]
  logs: Array<{ pod: string; container: string; previous: boolean; lines: string[] }>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ContainerStatus = any

function describeContainer(status: ContainerStatus): {
  problem?: string
  crashed?: boolean
  previous?: boolean
} {
  const name = status.name
  const restarts = status.restartCount ?? 0
  const waiting = status.state?.waiting
  const terminated = status.state?.terminated
  const last = status.lastState?.terminated
  const restartsText = restarts ? `, ${restarts} restart${restarts === 1 ? '' : 's'}` : ''
  if (waiting?.reason === 'CrashLoopBackOff' || (waiting && last)) {
    const exit = last
      ? `last exit code ${last.exitCode}${last.reason ? ` (${last.reason})` : ''}`
      : 'no exit code recorded'
    const oom = last?.reason === 'OOMKilled' ? 'OOMKilled, ' : ''
    return {
      problem: `container ${name}: ${oom}${waiting.reason} (${exit}${restartsText})`,
      crashed: true,
      previous: true
    }
  }
  if (waiting?.reason)
    return { problem: `container ${name}: ${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}` }
  if (terminated && (terminated.exitCode !== 0 || terminated.reason === 'OOMKilled'))
    return {
      problem:
        `container ${name}: terminated ${terminated.reason ?? ''} (exit code ${terminated.exitCode}${restartsText})`.replace(
          '  ',
          ' '
        ),
      crashed: true,
      previous: false
    }
  if (last?.reason === 'OOMKilled')
    return {
      problem: `container ${name}: OOMKilled (exit code ${last.exitCode}${restartsText})`,
      crashed: true,
      previous: true
    }
  if (status.ready === false && status.state?.running)
    return { problem: `container ${name}: running but not ready (readiness probe failing?)${restartsText}` }
  return {}
}

/** A pod's problems, or undefined when it is running and ready. */
export function describePod(pod: KubeObject): PodReport | undefined {
  const status = pod.status ?? {}
  const phase = String(status.phase ?? 'Unknown')
  const conditions = (status.conditions ?? []) as Array<{
    type: string
    status: string
    reason?: string
    message?: string
  }>
  const ready = conditions.find(c => c.type === 'Ready')?.status === 'True'
  if (ready && phase === 'Running') return undefined
  if (phase === 'Succeeded') return undefined
  const problems: string[] = []
  const crashed: PodReport['crashed'] = []
  const scheduled = conditions.find(c => c.type === 'PodScheduled')
  if (phase === 'Pending' && scheduled?.status === 'False')
    problems.push(
      `Pending: ${scheduled.reason ?? 'not scheduled'}${scheduled.message ? `: ${scheduled.message}` : ''}`
    )
  for (const container of [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])]) {
    const described = describeContainer(container)
    if (described.problem) problems.push(described.problem)
    if (described.crashed) crashed.push({ container: container.name, previous: described.previous ?? false })
  }
  if (problems.length === 0) problems.push(`${phase}, not ready${status.reason ? ` (${status.reason})` : ''}`)
  return { name: pod.metadata.name, phase, problems, crashed }
}

function eventTime(event: KubeObject): string {
  return String(
    event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? event.metadata.creationTimestamp ?? ''
  )
}

/** `Warning BackOff pod/x: Back-off restarting failed container (x5)` */
export function describeEvent(event: KubeObject): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const involved = (event.involvedObject ?? {}) as any
  const count = typeof event.count === 'number' && event.count > 1 ? ` (x${event.count})` : ''
  return `${event.type ?? 'Normal'} ${event.reason ?? ''} ${String(involved.kind ?? '').toLowerCase()}/${involved.name ?? ''}: ${String(event.message ?? '').trim()}${count}`
}

export async function collectDiagnostics(
  client: KubeClient,
  result: WaitResult
): Promise<WorkloadDiagnostics> {
  const { ref, live } = result
  const diagnostics: WorkloadDiagnostics = {
    workload: workloadLabel(ref),
    reason: result.state.message,
    pods: [],
    events: [],
    logs: []
  }
  if (!live) return diagnostics
  try {
    const pods = await client.list('v1', 'Pod', ref.namespace, { labelSelector: labelSelector(live) })
    diagnostics.pods = pods
      .map(describePod)
      .filter((report): report is PodReport => report !== undefined)
      .slice(0, MAX_PODS)
    const names = [ref.name, ...diagnostics.pods.map(pod => pod.name)]
    const events = (
      await Promise.all(
        names.map(name =>
          client.list('v1', 'Event', ref.namespace, { fieldSelector: `involvedObject.name=${name}` })
        )
      )
    ).flat()
    diagnostics.events = events
      .sort((a, b) => eventTime(a).localeCompare(eventTime(b)))
      .slice(-MAX_EVENTS)
      .map(describeEvent)
    for (const pod of diagnostics.pods) {
      for (const { container, previous } of pod.crashed) {
        const text = await client
          .logs(ref.namespace, pod.name, container, { tailLines: LOG_LINES, previous })
          .catch((error: Error) => `(logs unavailable: ${error.message})`)
        const lines = text.replace(/\n$/, '').split('\n').slice(-LOG_LINES)
        diagnostics.logs.push({ pod: pod.name, container, previous, lines })
      }
    }
  } catch (error) {
    diagnostics.events.push(`(diagnostics incomplete: ${(error as Error).message})`)
  }
  return diagnostics
}

/** Diagnostics as plain text, for the log and the error. */
export function diagnosticsText(diagnostics: WorkloadDiagnostics): string {
  const lines = [`${diagnostics.workload}: ${diagnostics.reason}`]
  for (const pod of diagnostics.pods) lines.push(`  pod ${pod.name}: ${pod.problems.join('; ')}`)
  if (diagnostics.events.length)
    lines.push('  last events:', ...diagnostics.events.map(event => `    ${event}`))
  for (const log of diagnostics.logs)
    lines.push(
      `  last ${log.lines.length} log lines of ${log.pod}/${log.container}${log.previous ? ' (crashed instance)' : ''}:`,
      ...log.lines.map(line => `    ${line}`)
    )
  return lines.join('\n')
}
