/**
 * `shipline pull`: an image, by digest, into an OCI archive, every manifest and blob checked against
 * its digest. The first half of a promotion: run with the source registry's credentials, then
 * `shipline push` the archive with the target's.
 * Exit codes: 0 pulled; 1 the registry failed or sent other bytes; 2 bad usage.
 */
import { InputError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { info } from '../../../lib/core/log.js'
import { outputFileInput } from '../../../lib/core/paths.js'
import { RegistryAccess } from '../../../lib/images/build-push.js'
import { defaultBuildContext } from '../../../lib/images/context.js'
import { readBuildPushOptions } from '../../../lib/images/options.js'
import { pullToArchive } from '../../../lib/images/promote.js'
import { type Command, EXIT } from '../command.js'

const OUT_ACCEPTED = 'a path ending in .oci.tar, in the workspace or RUNNER_TEMP'

const IMAGE = /^([^/]+)\/(.+)@(sha256:[0-9a-f]{64})$/

export const command: Command = {
  usage: 'shipline pull --image HOST[:PORT]/REPOSITORY@sha256:… --out FILE.oci.tar [--insecure-registry]',
  options: {
    image: { type: 'string' },
    out: { type: 'string' },
    'insecure-registry': { type: 'boolean' }
  },
  async run({ values }) {
    const flag = (name: string) => (values[name] === undefined ? undefined : String(values[name]))
    const image = flag('image') ?? ''
    const match = IMAGE.exec(image)
    if (!match)
      throw new InputError(
        '--image',
        `"${image}" is not an image pinned by digest`,
        'HOST[:PORT]/REPOSITORY@sha256:<64 hex>'
      )
    const given = flag('out') ?? ''
    if (!given.endsWith('.oci.tar'))
      throw new InputError('--out', `"${given}" is not a .oci.tar file`, OUT_ACCEPTED)
    const out = outputFileInput('--out', given, {
      root: process.cwd(),
      alsoUnder: [process.env.RUNNER_TEMP],
      accepted: OUT_ACCEPTED
    })
    const [, host, repository, digest] = match
    const options = readBuildPushOptions(
      new Inputs(
        recordInputSource({ registry: host, push: 'false', 'insecure-registry': flag('insecure-registry') })
      ),
      process.env
    )
    const client = await new RegistryAccess(
      options.registry,
      options,
      defaultBuildContext(process.env)
    ).client()
    const pulled = await pullToArchive(client, repository, digest, out)
    info(`Pulled ${image} into ${out} (${pulled.blobs} blob(s), every digest checked)`)
    return EXIT.ok
  }
}
