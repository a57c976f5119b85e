/** `shipline build`: build-push for the services of a shipline.yml, from the root of any git repository. */
import { oneLine } from '../../../lib/core/errors.js'
import { loadConfig, selectServices } from '../../../lib/config/config.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { info, warning } from '../../../lib/core/log.js'
import { logoutArgs } from '../../../lib/images/builder-args.js'
import {
  buildPushService,
  checkService,
  type ServiceResult,
  withBuildArgs
} from '../../../lib/images/build-push.js'
import { getInputs } from '../../../actions/build-push/src/inputs.js'
import { defaultContext } from '../../../actions/build-push/src/main.js'
import { type Command, EXIT } from '../command.js'

const CONCURRENCY = 4

export const command: Command = {
  summary: 'Build (or reuse, by content tag) and optionally push the images of shipline.yml services',
  usage:
    'shipline build --registry HOST[:PORT][/prefix] [--config shipline.yml] [--service NAME]... [--builder docker|podman] [--push] [--insecure-registry] [--build-arg NAME=VALUE]... [--no-cache] [--resolve]',
  options: {
    config: { type: 'string' },
    registry: { type: 'string' },
    service: { type: 'string', multiple: true },
    builder: { type: 'string' },
    push: { type: 'boolean' },
    'insecure-registry': { type: 'boolean' },
    'build-arg': { type: 'string', multiple: true },
    'no-cache': { type: 'boolean' },
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
      cache: values['no-cache'] ? 'false' : 'true'
    })
    const inputs = getInputs(new Inputs(source), process.env, { requireService: false })
    const config = await loadConfig(inputs.configFile)
    const services = selectServices(config, (values.service as string[] | undefined) ?? []).map(service =>
      withBuildArgs(service, inputs.buildArgs)
    )
    for (const service of services) await checkService(config, service, inputs)
    const ctx = {
      ...defaultContext({}, process.env),
      memo: new Map<string, Promise<unknown>>(),
      buildLock: { tail: Promise.resolve() as Promise<unknown> }
    }
    // Up to CONCURRENCY services at a time (checking the registry is mostly waiting; builds take turns); the lines come out
    // in the file's order, each as soon as it and those before it are done.
    const settle: Array<(result: Promise<ServiceResult>) => void> = []
    const results = services.map(() => new Promise<ServiceResult>(resolve => settle.push(resolve)))
    let next = 0
    const worker = async () => {
      for (let i = next++; i < services.length; i = next++) {
        const promise = buildPushService(
          config,
          services[i],
          { ...inputs, resolveOnly: values.resolve === true },
          ctx
        )
        settle[i](promise)
        await promise.catch(() => undefined)
      }
    }
    const workers = Array.from({ length: Math.min(CONCURRENCY, services.length) }, worker)
    try {
      for (const result of results) {
        const { service, image, digest, tags, built } = await result
        process.stdout.write(`${JSON.stringify({ service, image, digest, tags, built })}\n`)
      }
    } finally {
      await Promise.allSettled(workers)
      for (const login of ctx.logins) {
        try {
          await ctx.exec(login.builder, logoutArgs(login.builder, login.host), { stream: false })
          info(`Logged out of ${login.host}`)
        } catch (error) {
          warning(`Could not log out of ${login.host}: ${oneLine(error)}`)
        }
      }
    }
    return EXIT.ok
  }
}
