/**
 * `shipline build`: build-push for the services of a shipline.yml, from the root of any git repository.
 * One JSON line per service on stdout (built, reused, pushed, or the error); every service is tried
 * whatever the others do; the logout always runs.
 * Exit codes: 0 every service succeeded; 1 one or more failed (all named in one message); 2 bad usage.
 */
import { loadConfig, selectServices } from '../../../lib/config/config.js'
import { UserError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { buildPushAll, failuresMessage } from '../../../lib/images/build-many.js'
import { checkService, withBuildArgs } from '../../../lib/images/build-push.js'
import { defaultBuildContext } from '../../../lib/images/context.js'
import { logOut } from '../../../lib/images/logout.js'
import { readBuildPushOptions } from '../../../lib/images/options.js'
import { type Command, EXIT } from '../command.js'

export const command: Command = {
  usage:
    'shipline build --registry HOST[:PORT][/prefix] [--config shipline.yml] [--service NAME]... [--builder docker|podman] [--push] [--insecure-registry] [--build-arg NAME=VALUE]... [--no-cache] [--cache-ref REF] [--cache-write] [--resolve]',
  options: {
    config: { type: 'string' },
    registry: { type: 'string' },
    service: { type: 'string', multiple: true },
    builder: { type: 'string' },
    push: { type: 'boolean' },
    'insecure-registry': { type: 'boolean' },
    'build-arg': { type: 'string', multiple: true },
    'no-cache': { type: 'boolean' },
    'cache-ref': { type: 'string' },
    'cache-write': { type: 'boolean' },
    resolve: { type: 'boolean' }
  },
  async run({ values }) {
    const flag = (name: string) => (values[name] === undefined ? undefined : String(values[name]))
    const source = recordInputSource({
      config: flag('config'),
      registry: flag('registry'),
      builder: flag('builder'),
      push: values.push ? 'true' : 'false',
      'insecure-registry': flag('insecure-registry'),
      'build-args': ((values['build-arg'] as string[] | undefined) ?? []).join('\n'),
      cache: values['no-cache'] ? 'false' : 'true',
      'cache-ref': flag('cache-ref'),
      'cache-write': values['cache-write'] ? 'true' : undefined
    })
    const options = readBuildPushOptions(new Inputs(source), process.env)
    const config = await loadConfig(options.configFile)
    const services = selectServices(config, (values.service as string[] | undefined) ?? []).map(service =>
      withBuildArgs(service, options.buildArgs)
    )
    for (const service of services) await checkService(config, service, options)

    const ctx = defaultBuildContext(process.env)
    try {
      const settled = await buildPushAll(
        config,
        services,
        { ...options, resolveOnly: values.resolve === true },
        ctx,
        {
          onSettled: s => {
            const line =
              'error' in s
                ? { service: s.service, error: s.error }
                : (({ service, image, digest, tags, built }) => ({ service, image, digest, tags, built }))(
                    s.result
                  )
            process.stdout.write(`${JSON.stringify(line)}\n`)
          }
        }
      )
      const failure = failuresMessage(settled)
      if (failure) throw new UserError(failure)
    } finally {
      await logOut(ctx.exec, ctx.logins)
    }
    return EXIT.ok
  }
}
