/**
 * `shipline record`: after a rollout (and its invalidation) succeeded, leave its records in the
 * registry: each tag of `--records` on the first image of `--deployed` (the outputs of `shipline
 * resolve`). The next `shipline build-set` finds them and asks for no rollout of the same state.
 * A record is only ever added, never moved, so immutable-tag repositories keep working.
 * Exit codes: 0 recorded; 1 the registry refused; 2 bad usage.
 */
import { InputError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { parseDeployed } from '../../../lib/images/build-set.js'
import { defaultBuildContext } from '../../../lib/images/context.js'
import { writeRecords } from '../../../lib/images/converge.js'
import { readBuildPushOptions } from '../../../lib/images/options.js'
import { type Command, EXIT } from '../command.js'

const RECORD = /^shipline-(rollout|cdn|static)-[A-Za-z0-9][A-Za-z0-9_.-]{0,63}-[0-9a-f]{16}$/

export const command: Command = {
  usage:
    'shipline record --registry HOST[:PORT][/prefix] --deployed JSON --records "TAG..." [--insecure-registry]',
  options: {
    registry: { type: 'string' },
    deployed: { type: 'string' },
    records: { type: 'string' },
    'insecure-registry': { type: 'boolean' }
  },
  async run({ values }) {
    const flag = (name: string) => (values[name] === undefined ? undefined : String(values[name]))
    const inputs = new Inputs(
      recordInputSource({
        registry: flag('registry'),
        push: 'true',
        'insecure-registry': flag('insecure-registry'),
        '--deployed': flag('deployed'),
        '--records': flag('records')
      })
    )
    const options = readBuildPushOptions(inputs, process.env)
    const deployed = parseDeployed(inputs.string('--deployed', { required: true }), '--deployed')
    const records = inputs.string('--records', { required: true }).split(/\s+/).filter(Boolean)
    for (const tag of records)
      if (!RECORD.test(tag))
        throw new InputError(
          '--records',
          `"${tag}" is not a record tag`,
          'the records output of shipline resolve'
        )
    await writeRecords(
      deployed[0].service,
      deployed[0].digest,
      records,
      options,
      defaultBuildContext(process.env)
    )
    return EXIT.ok
  }
}
