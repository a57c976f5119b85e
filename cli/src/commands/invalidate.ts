/**
 * `shipline invalidate`: invalidate-cdn from a terminal; `--dry-run` prints the batches only.
 * Paths are given as the aws CLI takes them (`--paths /a /b`: every argument after --paths up to the
 * next flag) or as repeated flags (`--paths /a --paths /b`), or both.
 */
import { systemClock } from '../../../lib/core/clock.js'
import { InputError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { quoted } from '../../../lib/core/paths.js'
import { info } from '../../../lib/core/log.js'
import { invalidate, planInvalidation } from '../../../lib/cdn/invalidate.js'
import { readInvalidateOptions } from '../../../lib/cdn/options.js'
import { type Command, EXIT, type ParsedArgs } from '../command.js'

const PATHS_ACCEPTED = 'paths right after --paths (--paths /index.html /static/*), or repeated --paths'

/** Every path, in order: --paths values and the arguments that follow a --paths value. */
export function pathsOf(args: ParsedArgs): string[] {
  if (!args.tokens) return [...((args.values.paths as string[] | undefined) ?? []), ...args.positionals]
  const paths: string[] = []
  let after: string | undefined
  for (const token of args.tokens) {
    if (token.kind === 'option') {
      after = token.rawName
      if (token.name === 'paths' && token.value !== undefined) paths.push(token.value)
    } else if (token.kind === 'positional') {
      if (after !== '--paths')
        throw new InputError(
          '--paths',
          `${quoted(token.value)} ${after ? `follows ${after}, not --paths` : 'comes before any --paths'}`,
          PATHS_ACCEPTED
        )
      paths.push(token.value)
    } else after = '--'
  }
  return paths
}

export const command: Command = {
  usage:
    'shipline invalidate --distribution-id ID --paths PATH [PATH]... [--paths PATH]... [--wait] [--wait-timeout 20m] [--caller-reference REF] [--aws-region REGION] [--dry-run]',
  positionals: true,
  options: {
    'distribution-id': { type: 'string' },
    paths: { type: 'string', multiple: true },
    wait: { type: 'boolean' },
    'wait-timeout': { type: 'string' },
    'caller-reference': { type: 'string' },
    'aws-region': { type: 'string' },
    'dry-run': { type: 'boolean' }
  },
  async run(args) {
    const { values } = args
    const flag = (name: string) => (values[name] === undefined ? undefined : String(values[name]))
    const paths = pathsOf(args)
    if (paths.length === 0) throw new InputError('--paths', 'is required but was empty', PATHS_ACCEPTED)
    const source = recordInputSource({
      'distribution-id': flag('distribution-id'),
      paths: paths.join('\n'),
      wait: flag('wait'),
      'wait-timeout': flag('wait-timeout'),
      'caller-reference': flag('caller-reference'),
      'aws-region': flag('aws-region')
    })
    const inputs = readInvalidateOptions(new Inputs(source))
    const batches = planInvalidation(inputs, systemClock, process.env)
    if (values['dry-run']) {
      const output = { distributionId: inputs.distributionId, pathCount: inputs.paths.length, batches }
      process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
      return EXIT.ok
    }
    const invalidations = await invalidate(inputs, batches, systemClock)
    for (const invalidation of invalidations)
      info(`${invalidation.id} ${invalidation.status} (${invalidation.paths.length} paths)`)
    process.stdout.write(`${JSON.stringify(invalidations.map(invalidation => invalidation.id))}\n`)
    return EXIT.ok
  }
}
