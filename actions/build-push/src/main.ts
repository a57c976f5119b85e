/** build-push: validate, then build (or reuse) and push one service's image; outputs, summary, logout. */
import * as core from '@actions/core'
import type { ServiceConfig, ShiplineConfig } from '../../../lib/config/config.js'
import { run as exec } from '../../../lib/core/exec.js'
import { actionInputSource, type InputSource, Inputs } from '../../../lib/core/inputs.js'
import { info } from '../../../lib/core/log.js'
import { writeJobSummary } from '../../../lib/core/summary.js'
import type { Exec, Login } from '../../../lib/images/build-push.js'
import { defaultBuildContext } from '../../../lib/images/context.js'
import { logOut } from '../../../lib/images/logout.js'
import { type BuildPushInputs, getInputs, INPUTS, OUTPUTS, STATES } from './inputs.js'

export interface Deps {
  source?: InputSource
  env?: NodeJS.ProcessEnv
  cwd?: string
  exec?: Exec
  fetch?: typeof fetch
}

export interface Plan {
  inputs: BuildPushInputs
  config: ShiplineConfig
  service: ServiceConfig
}

/** Everything decided before any side effect: inputs, the configuration, the service. */
export async function plan(source: InputSource, env: NodeJS.ProcessEnv, cwd: string): Promise<Plan> {
  const inputs = getInputs(new Inputs(source), env, cwd)
  // Loaded once the inputs are valid: the schema validator and the build logic stay out of the start bundle.
  const { loadConfig, selectServices } = await import('../../../lib/config/config.js')
  const { checkService, withBuildArgs } = await import('../../../lib/images/build-push.js')
  const config = await loadConfig(inputs.configFile, cwd)
  const [selected] = selectServices(config, [inputs.service], INPUTS.service)
  const service = withBuildArgs(selected, inputs.buildArgs)
  await checkService(config, service, inputs)
  return { inputs, config, service }
}

export async function run(deps: Deps = {}): Promise<void> {
  if (core.getState(STATES.isPost) === 'true') return post(deps)
  core.saveState(STATES.isPost, 'true')
  const env = deps.env ?? process.env
  const { inputs, config, service } = await plan(
    deps.source ?? actionInputSource,
    env,
    deps.cwd ?? process.cwd()
  )
  core.saveState(STATES.skipLogout, String(inputs.skipLogout))
  const ctx = defaultBuildContext(env, deps)
  ctx.onLogin = logins => core.saveState(STATES.loggedIn, JSON.stringify(logins))
  const { buildPushService } = await import('../../../lib/images/build-push.js')
  const result = await buildPushService(config, service, inputs, ctx)
  core.setOutput(OUTPUTS.image, result.image)
  core.setOutput(OUTPUTS.digest, result.digest)
  core.setOutput(OUTPUTS.tags, result.tags.join('\n'))
  core.setOutput(OUTPUTS.built, String(result.built))
  core.setOutput(OUTPUTS.pushed, String(result.pushed))
  core.setOutput(OUTPUTS.archive, result.archive ?? '')
  core.setOutput(OUTPUTS.contentTag, result.contentTag)
  const { renderBuildSummary } = await import('../../../lib/images/summary.js')
  await writeJobSummary(renderBuildSummary([result]))
}

/** The post step: log out of the registries this step logged into, unless skip-logout. */
export async function post(deps: Deps = {}): Promise<void> {
  const logins = JSON.parse(core.getState(STATES.loggedIn) || '[]') as Login[]
  if (logins.length === 0) return
  if (core.getState(STATES.skipLogout) === 'true') {
    info(`skip-logout: staying logged in to ${logins.map(login => login.host).join(', ')}`)
    return
  }
  await logOut(deps.exec ?? exec, logins)
}
