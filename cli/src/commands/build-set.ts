/**
 * `shipline build-set`: what a deploy of one environment must do, from what its registry holds.
 * Every service's content tag (sources, Dockerfile, build args, platforms, base image digests) is
 * looked up: a tag the registry lacks is built (or, with --promote, the earlier environment's digest
 * is copied); one it holds is reused. The rollout and the CDN invalidation are due unless the
 * registry holds the record of exactly this state. Nothing is built or pushed here.
 * Prints one JSON object; --github-output also sets the outputs the deploy workflow reads
 * (matrix, count, tags, defer-push, deploy, rollout, cdn-paths, watch-key, static, publish,
 * static-key, present-images, and deployed when nothing is pending) and writes a job summary.
 * Exit codes: 0 decided; 1 a lookup failed or a promoted tag is another image here; 2 bad usage.
 */
import * as core from '@actions/core'
import { loadConfig, type ShiplineConfig } from '../../../lib/config/config.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { code, heading, table } from '../../../lib/core/markdown.js'
import { writeJobSummary } from '../../../lib/core/summary.js'
import { relative, resolve, sep } from 'node:path'
import { gitTopLevel } from '../../../lib/git/git.js'
import {
  type BuildSet,
  type DeployDecision,
  digestOf,
  formatDeployed,
  parseDeployed
} from '../../../lib/images/build-set.js'
import { defaultBuildContext } from '../../../lib/images/context.js'
import { readEnvironment } from '../../../lib/images/deploy-options.js'
import { type DeployPlan, planDeploy } from '../../../lib/images/deploy-plan.js'
import { readBuildPushOptions } from '../../../lib/images/options.js'
import { type Command, EXIT } from '../command.js'
import { requireGithubOutput } from '../github-output.js'

function matrixOf(set: BuildSet, config: ShiplineConfig) {
  if (set.copy.length)
    return {
      include: set.copy.map(c => ({ service: c.service, 'content-tag': c.contentTag, source: c.image }))
    }
  return {
    include: config.services
      .filter(s => set.build.includes(s.name))
      .map(s => ({
        service: s.name,
        'content-tag': set.tags[s.name],
        platforms: s.platforms.join(',')
      }))
  }
}

function summary(set: BuildSet, decision: DeployDecision, environment: string): string {
  const { rollout, invalidate, publish } = decision
  const rows = Object.keys(set.tags).map(service => [
    code(service),
    code(set.tags[service]),
    set.present[service]
      ? `in the registry (${code(digestOf(set.present[service]).slice(0, 19))})`
      : set.copy.some(c => c.service === service)
        ? 'copied from the previous environment (same digest)'
        : 'built, scanned and pushed'
  ])
  return [
    heading(3, `Build set of ${environment}`),
    table(['Service', 'Content tag', 'This run'], rows, true),
    '',
    `${set.build.length} to build, ${set.copy.length} to copy, ${Object.keys(set.present).length} reused; ` +
      `rollout ${rollout ? 'due' : 'not needed (this state was rolled out)'}; ` +
      `invalidation ${invalidate ? 'due' : 'not needed'}` +
      (publish ? '; the static frontend to publish' : '') +
      (set.deferPush ? '; the registry has no repository yet: pushed after the apply' : '')
  ].join('\n')
}

/** The outputs the deploy workflow reads, and the job summary. */
async function writeOutputs(plan: DeployPlan, config: ShiplineConfig, environment: string): Promise<void> {
  const { set, decision, watchKey } = plan
  const pending = set.build.length + set.copy.length > 0

  core.setOutput('matrix', JSON.stringify(matrixOf(set, config)))
  core.setOutput('count', String(set.build.length + set.copy.length))
  core.setOutput('tags', JSON.stringify(set.tags))
  core.setOutput('defer-push', String(set.deferPush))
  core.setOutput('deploy', String(decision.rollout || decision.invalidate || decision.publish))
  core.setOutput('static', String(config.static !== undefined))
  core.setOutput('publish', String(decision.publish))
  core.setOutput('static-key', plan.staticKey ?? '')
  core.setOutput('rollout', String(decision.rollout))
  core.setOutput('cdn-paths', decision.invalidate ? config.cdn.paths.join('\n') : '')
  core.setOutput('watch-key', watchKey)
  core.setOutput('present-images', Object.values(set.present).join('\n'))
  core.setOutput('deployed', pending ? '' : formatDeployed(set.present, set.tags))
  await writeJobSummary(summary(set, decision, environment))
}

export const command: Command = {
  usage:
    'shipline build-set --registry HOST[:PORT][/prefix] [--config shipline.yml] [--environment NAME] [--watch PATH]... [--promote JSON] [--builder docker|podman] [--build-arg NAME=VALUE]... [--insecure-registry] [--github-output]',
  options: {
    config: { type: 'string' },
    registry: { type: 'string' },
    environment: { type: 'string' },
    watch: { type: 'string', multiple: true },
    promote: { type: 'string' },
    builder: { type: 'string' },
    'build-arg': { type: 'string', multiple: true },
    'insecure-registry': { type: 'boolean' },
    'github-output': { type: 'boolean' }
  },
  async run({ values }) {
    const flag = (name: string) => (values[name] === undefined ? undefined : String(values[name]))
    const githubOutput = requireGithubOutput(values['github-output'] === true)
    const inputs = new Inputs(
      recordInputSource({
        config: flag('config'),
        registry: flag('registry'),
        builder: flag('builder'),
        push: 'false',
        'insecure-registry': flag('insecure-registry'),
        'build-args': ((values['build-arg'] as string[] | undefined) ?? []).join('\n'),
        '--environment': flag('environment')
      })
    )
    const options = readBuildPushOptions(inputs, process.env)
    const config = await loadConfig(options.configFile)
    const environment = readEnvironment(inputs, config)
    const promote = flag('promote')
    const deployed = promote?.trim() ? parseDeployed(promote, '--promote') : undefined
    const top = await gitTopLevel(process.cwd())
    const watch = ((values.watch as string[] | undefined) ?? []).map(path =>
      relative(top, resolve(path)).split(sep).join('/')
    )
    const plan = await planDeploy({
      config,
      options,
      buildArgs: options.buildArgs,
      ctx: defaultBuildContext(process.env),
      environment,
      watch,
      deployed
    })
    const { set, decision, watchKey } = plan
    const result = {
      environment,
      build: set.build,
      copy: set.copy.map(c => c.service),
      tags: set.tags,
      present: set.present,
      'defer-push': set.deferPush,
      rollout: decision.rollout,
      invalidate: decision.invalidate,
      publish: decision.publish,
      'watch-key': watchKey
    }
    process.stdout.write(`${JSON.stringify(result)}\n`)
    if (githubOutput) await writeOutputs(plan, config, environment)
    return EXIT.ok
  }
}
