/**
 * `shipline push`: an OCI archive (from `shipline pull`, or a build kept until its repository
 * existed) pushed to a service's repository under a content tag; the registry must report the
 * archive's digest, and --digest when given (the digest the earlier environment deployed).
 * Exit codes: 0 pushed (or already there); 1 the registry failed or reports another digest; 2 bad usage.
 */
import { InputError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { info } from '../../../lib/core/log.js'
import { fileInput } from '../../../lib/core/paths.js'
import { RegistryAccess } from '../../../lib/images/build-push.js'
import { defaultBuildContext } from '../../../lib/images/context.js'
import {
  ARCHIVE_ACCEPTED,
  MAX_ARCHIVE_BYTES,
  readBuildPushOptions,
  readServiceName
} from '../../../lib/images/options.js'
import { pushArchiveAs } from '../../../lib/images/promote.js'
import { imageOf, repositoryOf } from '../../../lib/images/registry-target.js'
import { type Command, EXIT } from '../command.js'

export const command: Command = {
  usage:
    'shipline push --registry HOST[:PORT][/prefix] --service NAME --archive FILE.oci.tar --tag src-… [--digest sha256:…] [--insecure-registry]',
  options: {
    registry: { type: 'string' },
    service: { type: 'string' },
    archive: { type: 'string' },
    tag: { type: 'string' },
    digest: { type: 'string' },
    'insecure-registry': { type: 'boolean' }
  },
  async run({ values }) {
    const flag = (name: string) => (values[name] === undefined ? undefined : String(values[name]))
    const inputs = new Inputs(
      recordInputSource({
        registry: flag('registry'),
        push: 'true',
        'insecure-registry': flag('insecure-registry'),
        '--service': flag('service'),
        '--archive': flag('archive'),
        '--tag': flag('tag'),
        '--digest': flag('digest')
      })
    )
    const options = readBuildPushOptions(inputs, process.env)
    const service = readServiceName(inputs, '--service')
    const given = inputs.string('--archive', { required: true })
    if (!given.endsWith('.tar'))
      throw new InputError('--archive', `"${given}" is not a .tar file`, ARCHIVE_ACCEPTED)
    const archive = fileInput('--archive', given, {
      root: process.cwd(),
      alsoUnder: [process.env.RUNNER_TEMP],
      maxBytes: MAX_ARCHIVE_BYTES,
      accepted: ARCHIVE_ACCEPTED
    })
    const tag = inputs.matching('--tag', /^src-[0-9a-f]{12}$/, 'a content tag, src- and 12 hex digits', {
      required: true
    })
    const digest = inputs.optional('--digest')
    if (digest !== undefined && !/^sha256:[0-9a-f]{64}$/.test(digest))
      throw new InputError('--digest', `"${digest}" is not a digest`, 'sha256: and 64 hex digits')
    const client = await new RegistryAccess(
      options.registry,
      options,
      defaultBuildContext(process.env)
    ).client()
    const pushed = await pushArchiveAs(
      client,
      archive,
      repositoryOf(options.registry, service),
      [tag],
      digest
    )
    info(
      `${service}: ${imageOf(options.registry, service)}:${tag} is ${pushed.digest} (${pushed.uploaded} blob(s) uploaded, ${pushed.skipped} already there)`
    )
    return EXIT.ok
  }
}
