/**
 * Many services through build-push at once: a few at a time (registry checks and pushes overlap,
 * builds take turns), every service settled whatever the others do, results in the file's order.
 */
import type { ServiceConfig, ShiplineConfig } from '../config/config.js'
import { oneLine } from '../core/errors.js'
import { buildPushService, type Context, newSession, type Options, type ServiceResult } from './build-push.js'

export const DEFAULT_CONCURRENCY = 4

export type Settled = { service: string; result: ServiceResult } | { service: string; error: string }

export interface BuildManyOptions {
  concurrency?: number
  /** Called once per service in the file's order, as soon as it and every service before it settled. */
  onSettled?: (settled: Settled) => void
}

export async function buildPushAll(
  config: ShiplineConfig,
  services: ServiceConfig[],
  options: Options,
  ctx: Context,
  { concurrency = DEFAULT_CONCURRENCY, onSettled }: BuildManyOptions = {}
): Promise<Settled[]> {
  const session = newSession()
  const settled: Array<Settled | undefined> = services.map(() => undefined)
  let reported = 0
  const report = () => {
    while (reported < services.length && settled[reported]) onSettled?.(settled[reported++] as Settled)
  }
  let next = 0
  const worker = async () => {
    for (let i = next++; i < services.length; i = next++) {
      const service = services[i]
      try {
        settled[i] = {
          service: service.name,
          result: await buildPushService(config, service, options, ctx, session)
        }
      } catch (error) {
        settled[i] = { service: service.name, error: oneLine(error) }
      }
      report()
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, services.length) }, worker))
  return settled as Settled[]
}

/** The one message of a run with failures: the failure itself when one service failed, else each named. */
export function failuresMessage(settled: Settled[]): string | undefined {
  const failed = settled.filter((s): s is Extract<Settled, { error: string }> => 'error' in s)
  if (failed.length === 0) return undefined
  if (failed.length === 1) return failed[0].error
  return `${failed.length} of ${settled.length} services failed: ${failed.map(f => f.error).join('; ')}`
}
