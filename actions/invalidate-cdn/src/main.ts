/** invalidate-cdn: decide (inputs, batches) → execute (CloudFront) → report (outputs, summary). */
import * as core from '@actions/core'
import { type Clock, systemClock } from '../../../lib/core/clock.js'
import { actionInputSource, type InputSource, Inputs } from '../../../lib/core/inputs.js'
import { info } from '../../../lib/core/log.js'
import { writeJobSummary } from '../../../lib/core/summary.js'
import { invalidate, planInvalidation } from '../../../lib/cdn/invalidate.js'
import { getInputs, OUTPUTS } from './inputs.js'

export interface Deps {
  source?: InputSource
  clock?: Clock
  env?: NodeJS.ProcessEnv
  pollMs?: number
}

export async function run(deps: Deps = {}): Promise<void> {
  const { source = actionInputSource, clock = systemClock, env = process.env } = deps
  const inputs = getInputs(new Inputs(source))
  const batches = planInvalidation(inputs, clock, env)
  info(
    `${inputs.paths.length} path(s) in ${batches.length} invalidation batch(es) for distribution ${inputs.distributionId}`
  )

  const invalidations = await invalidate(inputs, batches, clock, deps.pollMs)

  core.setOutput(OUTPUTS.invalidationIds, JSON.stringify(invalidations.map(invalidation => invalidation.id)))
  core.setOutput(OUTPUTS.pathCount, String(inputs.paths.length))
  const { renderSummary } = await import('./summary.js')
  await writeJobSummary(renderSummary(inputs.distributionId, invalidations))
}
