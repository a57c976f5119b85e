/**
 * `shipline resolve`: the images a rollout pins, from the content tags the build set decided
 * (`shipline build-set`'s `tags` output), looked up in the registry; nothing is built and no git is
 * needed, so it runs on a bare runner. Archives given with --archives (images built or copied before
 * their repository existed) are pushed first, digest checked. With --github-output it sets `images`
 * (service=image@digest lines, for deploy-eks), `deployed` (the JSON the next environment promotes),
 * and `records` (the tags `shipline record` leaves once the rollout and the invalidation succeeded).
 * Exit codes: 0 every image resolved; 1 one or more are not in the registry (all named); 2 bad usage.
 */
import * as core from '@actions/core'
import { loadConfig } from '../../../lib/config/config.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { formatDeployed } from '../../../lib/images/build-set.js'
import { defaultBuildContext } from '../../../lib/images/context.js'
import { readResolveOptions } from '../../../lib/images/deploy-options.js'
import { resolveDeploy } from '../../../lib/images/deploy-plan.js'
import { readBuildPushOptions } from '../../../lib/images/options.js'
import { type Command, EXIT } from '../command.js'
import { requireGithubOutput } from '../github-output.js'

export const command: Command = {
  usage:
    'shipline resolve --registry HOST[:PORT][/prefix] --tags JSON [--environment NAME] [--watch-key KEY] [--static-key KEY] [--config shipline.yml] [--archives DIR] [--insecure-registry] [--github-output]',
  options: {
    registry: { type: 'string' },
    tags: { type: 'string' },
    environment: { type: 'string' },
    'watch-key': { type: 'string' },
    'static-key': { type: 'string' },
    config: { type: 'string' },
    archives: { type: 'string' },
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
        push: 'true',
        'insecure-registry': flag('insecure-registry'),
        '--tags': flag('tags'),
        '--environment': flag('environment'),
        '--watch-key': flag('watch-key'),
        '--static-key': flag('static-key'),
        '--archives': flag('archives')
      })
    )
    const options = readBuildPushOptions(inputs, process.env)
    const config = await loadConfig(options.configFile)
    const resolve = readResolveOptions(inputs, config)
    const { images, records } = await resolveDeploy({
      ...resolve,
      config,
      options,
      ctx: defaultBuildContext(process.env)
    })
    const lines = Object.entries(images).map(([service, image]) => `${service}=${image}`)
    process.stdout.write(`${lines.join('\n')}\n`)
    if (githubOutput) {
      core.setOutput('images', lines.join('\n'))
      core.setOutput('deployed', formatDeployed(images, resolve.tags))
      core.setOutput('records', records.join(' '))
    }
    return EXIT.ok
  }
}
