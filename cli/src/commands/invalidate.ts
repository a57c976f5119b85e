/** `shipline invalidate`: invalidate-cdn from a terminal; `--dry-run` prints the batches only. */
import { systemClock } from '../../../lib/core/clock.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { info } from '../../../lib/core/log.js'
import { invalidate, planInvalidation } from '../../../lib/cdn/invalidate.js'
import { readInvalidateOptions } from '../../../lib/cdn/options.js'
import { type Command, EXIT } from '../command.js'

export const command: Command = {
  usage:
    'shipline invalidate --distribution-id ID --paths PATH [--paths PATH]... [--wait] [--wait-timeout 20m] [--caller-reference REF] [--dry-run]',
  options: {
    'distribution-id': { type: 'string' },
    paths: { type: 'string', multiple: true },
    wait: { type: 'boolean' },
    'wait-timeout': { type: 'string' },
    'caller-reference': { type: 'string' },
    'aws-region': { type: 'string' },
    'dry-run': { type: 'boolean' }
  },
  async run({ values }) {
    const flag = (name: string) => (values[name] === undefined ? undefined : String(values[name]))
    const source = recordInputSource({
      'distribution-id': flag('distribution-id'),
      paths: ((values.paths as string[] | undefined) ?? []).join('\n'),
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
