/**
 * Setup actions whose tools this machine already has: they do nothing but write their documented
 * outputs. docker/setup-buildx-action's builder is the runner's docker CLI, which the rehearsal
 * stands in for with podman (lib/standins/docker-cli.ts); actions/setup-node's Node is this machine's.
 */
import type { StandIn } from './types.js'

export const setupBuildx: StandIn = {
  repository: 'docker/setup-buildx-action',
  summary: 'no builder to create: the runner’s docker CLI stand-in builds with podman',
  async run(context) {
    context.setOutput('name', 'shipline-rehearsal')
    context.setOutput('driver', 'docker')
    context.setOutput('platforms', 'linux/amd64')
    context.setOutput(
      'nodes',
      JSON.stringify([
        {
          name: 'shipline-rehearsal0',
          endpoint: 'unix:///podman',
          status: 'running',
          platforms: 'linux/amd64'
        }
      ])
    )
    context.setOutput('flags', '')
    context.log('Using the runner’s docker CLI (the rehearsal builds with podman)')
  }
}

export const setupNode: StandIn = {
  repository: 'actions/setup-node',
  summary: 'uses this machine’s Node',
  async run(context) {
    context.setOutput('node-version', process.version)
    context.setOutput('cache-hit', 'false')
    context.log(
      `Using this machine's Node ${process.version} (asked for ${context.inputs['node-version'] || 'any'})`
    )
  }
}
