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
import { InputError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { formatDeployed } from '../../../lib/images/build-set.js'
import { defaultBuildContext } from '../../../lib/images/context.js'
import { resolveDeploy } from '../../../lib/images/deploy-plan.js'
import { readBuildPushOptions } from '../../../lib/images/options.js'
import { type Command, EXIT } from '../command.js'

const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/
const TAGS_ACCEPTED = 'the tags output of shipline build-set: a JSON object {"service": "src-<12 hex>"}'

export function parseTags(text: string): Record<string, string> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError('--tags', `is not JSON (${(error as Error).message})`, TAGS_ACCEPTED)
  }
  if (
    !value ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    Object.keys(value).length === 0 ||
    !Object.values(value).every(tag => typeof tag === 'string' && /^src-[0-9a-f]{12}$/.test(tag))
  )
    throw new InputError('--tags', 'is not an object of content tags', TAGS_ACCEPTED)
  return value as Record<string, string>
}

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
    if (values['github-output'] && !process.env.GITHUB_OUTPUT)
      throw new InputError(
        '--github-output',
        'GITHUB_OUTPUT is not set',
        'a GitHub Actions step (it sets GITHUB_OUTPUT)'
      )
    const inputs = new Inputs(
      recordInputSource({
        config: flag('config'),
        registry: flag('registry'),
        push: 'true',
        'insecure-registry': flag('insecure-registry'),
        '--environment': flag('environment'),
        '--watch-key': flag('watch-key'),
        '--static-key': flag('static-key'),
        '--tags': flag('tags')
      })
    )
    const options = readBuildPushOptions(inputs, process.env)
    const tags = parseTags(inputs.string('--tags', { required: true }))
    const config = await loadConfig(options.configFile)
    const environment = inputs.matching('--environment', ENVIRONMENT, 'an environment name such as staging', {
      default: config.environment ?? 'production'
    })
    const watchKey = inputs.matching(
      '--watch-key',
      /^[0-9a-f]{16}$/,
      'the watch-key output of shipline build-set',
      {
        default: '0'.repeat(16)
      }
    )
    const staticKey = inputs.optional('--static-key')
    if (staticKey !== undefined && !/^[0-9a-f]{16}$/.test(staticKey))
      throw new InputError(
        '--static-key',
        `"${staticKey}" is not a key`,
        'the static-key output of shipline build-set'
      )
    const { images, records } = await resolveDeploy({
      config,
      options,
      ctx: defaultBuildContext(process.env),
      environment,
      tags,
      watchKey,
      staticKey,
      archives: flag('archives')
    })
    const lines = Object.entries(images).map(([service, image]) => `${service}=${image}`)
    process.stdout.write(`${lines.join('\n')}\n`)
    if (values['github-output']) {
      core.setOutput('images', lines.join('\n'))
      core.setOutput('deployed', formatDeployed(images, tags))
      core.setOutput('records', records.join(' '))
    }
    return EXIT.ok
  }
}
