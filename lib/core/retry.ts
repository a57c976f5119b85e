/**
 * Retry with full-jitter exponential backoff (the AWS Architecture Blog's "Full Jitter"):
 * the n-th wait is uniform in [0, min(cap, base * 2^n)).
 */
import { type Clock, systemClock } from './clock.js'

export interface RetryOptions {
  /** Give up after this many attempts in all (default 5). */
  attempts?: number
  /** Stop retrying once this much time has passed since the first attempt (ms). */
  deadlineMs?: number
  baseMs?: number
  capMs?: number
  /** Whether an error is worth another attempt (default: every error). */
  retryable?: (error: unknown) => boolean
  /** Called before each wait, e.g. to log progress. */
  onRetry?: (error: unknown, attempt: number, waitMs: number) => void
  clock?: Clock
  random?: () => number
}

/** The wait before retry number `attempt` (0-based). */
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random: () => number): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt))
}

export async function retry<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions = {}
): Promise<T> {
  const {
    attempts = 5,
    deadlineMs = Infinity,
    baseMs = 1000,
    capMs = 30_000,
    retryable = () => true,
    onRetry,
    clock = systemClock,
    random = Math.random
  } = options
  const start = clock.now()
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      const elapsed = clock.now() - start
      if (attempt + 1 >= attempts || !retryable(error) || elapsed >= deadlineMs) throw error
      const wait = Math.min(backoffDelay(attempt, baseMs, capMs, random), Math.max(0, deadlineMs - elapsed))
      onRetry?.(error, attempt + 1, wait)
      await clock.sleep(wait)
    }
  }
}
