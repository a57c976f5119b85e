/** publish-static: decide (inputs, shipline.yml, paths) → execute (build, plan, upload) → report (outputs, summary). */
import * as core from '@actions/core'
import type { S3Client } from '@aws-sdk/client-s3'
import { type Clock, systemClock } from '../../../lib/core/clock.js'
import { actionInputSource, type InputSource, Inputs } from '../../../lib/core/inputs.js'
import { info } from '../../../lib/core/log.js'
import { writeJobSummary } from '../../../lib/core/summary.js'
import { loadPublishConfig, resolvePublishOptions, workspaceOf } from '../../../lib/static/options.js'
import { getInputs, OUTPUTS } from './inputs.js'

export interface Deps {
  source?: InputSource
  clock?: Clock
  env?: NodeJS.ProcessEnv
  cwd?: string
  build?: (command: string, cwd: string) => Promise<void>
  client?: S3Client
  multipartThreshold?: number
  partSize?: number
}

export async function run(deps: Deps = {}): Promise<void> {
  const { source = actionInputSource, clock = systemClock, env = process.env } = deps
  const inputs = getInputs(new Inputs(source), env)
  const workspace = workspaceOf(env, deps.cwd ?? process.cwd())
  const options = resolvePublishOptions(inputs, await loadPublishConfig(inputs, workspace), workspace)

  const { publishStatic } = await import('../../../lib/static/publish.js')
  const result = await publishStatic(options, { ...deps, clock, env })

  const { headline, renderPublishMarkdown } = await import('../../../lib/static/summary.js')
  info(headline(result).replace(/`/g, ''))
  core.setOutput(OUTPUTS.version, result.version)
  core.setOutput(OUTPUTS.changed, String(!result.dryRun && (result.uploaded > 0 || result.pruned > 0)))
  core.setOutput(OUTPUTS.uploaded, String(result.uploaded))
  core.setOutput(OUTPUTS.uploadedBytes, String(result.uploadedBytes))
  core.setOutput(OUTPUTS.pruned, String(result.pruned))
  core.setOutput(OUTPUTS.invalidationPaths, result.invalidate.join('\n'))
  await writeJobSummary(renderPublishMarkdown(result, options.target))
}
