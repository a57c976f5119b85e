/**
 * Waiting for every workload's rollout at once: each poll reads all pending workloads in parallel,
 * so the wait lasts as long as the slowest rollout (plus at most one poll interval), not the sum.
 * One progress line per workload at most every 15 s; the timeout covers the whole wait. A workload
 * the API will not answer for (after the client's retries) ends as failed; the wait never throws.
 */
import type { Clock } from '../core/clock.js'
import { oneLine } from '../core/errors.js'
import { formatDuration } from '../core/duration.js'
import type { KubeClient, KubeObject } from './client.js'
import { info } from '../core/log.js'
import { type RolloutState, rolloutState } from './rollout-status.js'

export interface WorkloadRef {
  kind: string
  name: string
  namespace: string
  /** API path of the object. */
  path: string
}

export interface WaitResult {
  ref: WorkloadRef
  outcome: 'done' | 'failed' | 'timeout'
  state: RolloutState
  /** The last object read. */
  live?: KubeObject
  elapsedMs: number
}

export interface WaitOptions {
  clock: Clock
  timeoutMs: number
  pollMs: number
  /** At most one progress line per workload this often (default 15 s). */
  progressEveryMs?: number
  log?: (line: string) => void
}

export function workloadLabel(ref: { kind: string; name: string; namespace: string }): string {
  return `${ref.kind.toLowerCase()}/${ref.name} (${ref.namespace})`
}

function progressLine(ref: WorkloadRef, state: RolloutState, elapsedMs: number): string {
  return `${workloadLabel(ref)}: ${state.ready}/${state.desired} ready, ${state.updated}/${state.desired} updated after ${formatDuration(elapsedMs)}: ${state.message}`
}

/** The wait of one call: what each workload looked like last, and how those that ended ended. */
class RolloutWatch {
  readonly results = new Map<WorkloadRef, WaitResult>()
  private readonly lastLine = new Map<WorkloadRef, number>()
  private readonly latest = new Map<WorkloadRef, { live: KubeObject; state: RolloutState }>()

  constructor(
    private readonly start: number,
    private readonly progressEveryMs: number,
    private readonly log: (line: string) => void
  ) {}

  /** Record one read of `ref`: its end, or a progress line at most every progressEveryMs. */
  observe(ref: WorkloadRef, live: KubeObject, now: number): void {
    const state = rolloutState(live)
    this.latest.set(ref, { live, state })
    const elapsedMs = now - this.start
    if (state.state !== 'progressing') {
      this.results.set(ref, { ref, outcome: state.state, state, live, elapsedMs })
      this.log(
        `${workloadLabel(ref)}: ${state.state === 'done' ? 'rolled out' : 'FAILED'} after ${formatDuration(elapsedMs)}: ${state.message}`
      )
      return
    }
    const last = this.lastLine.get(ref)
    if (last === undefined || now - last >= this.progressEveryMs) {
      this.lastLine.set(ref, now)
      this.log(progressLine(ref, state, elapsedMs))
    }
  }

  /** `ref` could not be read (after the client's retries): its wait ends as failed, with why. */
  lose(ref: WorkloadRef, error: unknown, now: number): void {
    const last = this.latest.get(ref)
    const message = `the rollout could not be followed: ${oneLine(error)}`
    const state = {
      ...(last?.state ?? { desired: 0, updated: 0, ready: 0 }),
      state: 'failed' as const,
      message
    }
    this.results.set(ref, { ref, outcome: 'failed', state, live: last?.live, elapsedMs: now - this.start })
    this.log(`${workloadLabel(ref)}: FAILED after ${formatDuration(now - this.start)}: ${message}`)
  }

  /** `ref` did not end within the timeout. */
  timeOut(ref: WorkloadRef, now: number, timeoutMs: number): void {
    const last = this.latest.get(ref)
    const state = last?.state ?? {
      state: 'progressing' as const,
      message: 'not read',
      desired: 0,
      updated: 0,
      ready: 0
    }
    const elapsedMs = now - this.start
    this.results.set(ref, {
      ref,
      outcome: 'timeout',
      state: { ...state, message: `did not finish within ${formatDuration(timeoutMs)}: ${state.message}` },
      live: last?.live,
      elapsedMs
    })
    this.log(`${workloadLabel(ref)}: TIMED OUT after ${formatDuration(elapsedMs)}: ${state.message}`)
  }
}

export async function waitForRollouts(
  client: KubeClient,
  refs: WorkloadRef[],
  options: WaitOptions
): Promise<WaitResult[]> {
  const { clock, timeoutMs, pollMs, progressEveryMs = 15_000, log = info } = options
  const start = clock.now()
  const deadline = start + timeoutMs
  const watch = new RolloutWatch(start, progressEveryMs, log)
  let pending = [...refs]
  while (pending.length > 0) {
    await Promise.all(
      pending.map(ref =>
        client.get(ref.path).then(
          live => watch.observe(ref, live, clock.now()),
          error => watch.lose(ref, error, clock.now())
        )
      )
    )
    pending = pending.filter(ref => !watch.results.has(ref))
    if (pending.length === 0) break
    const now = clock.now()
    if (now >= deadline) {
      for (const ref of pending) watch.timeOut(ref, now, timeoutMs)
      break
    }
    await clock.sleep(Math.min(pollMs, deadline - now))
  }
  return refs.map(ref => watch.results.get(ref) as WaitResult)
}
