/** `shipline changed`: the services whose watched paths changed since a base, as a GitHub matrix. */
import * as core from '@actions/core'
import { changedServices, matrix } from '../../../lib/git/changed.js'
import { loadConfig } from '../../../lib/config/config.js'
import { InputError } from '../../../lib/core/errors.js'
import { info, warning } from '../../../lib/core/log.js'
import { type Command, EXIT } from '../command.js'

export const command: Command = {
  usage: 'shipline changed [--base REF] [--config shipline.yml] [--github-output]',
  options: {
    base: { type: 'string' },
    config: { type: 'string' },
    'github-output': { type: 'boolean' }
  },
  async run({ values }) {
    if (values['github-output'] && !process.env.GITHUB_OUTPUT)
      throw new InputError(
        '--github-output',
        'GITHUB_OUTPUT is not set',
        'a GitHub Actions step (it sets GITHUB_OUTPUT)'
      )
    const config = await loadConfig((values.config as string | undefined) || undefined)
    const base = (values.base as string | undefined)?.trim() || undefined
    const result = await changedServices(config, base)
    if (result.allBecause) warning(`listing every service: ${result.allBecause}`)
    else info(`${result.services.length} of ${config.services.length} service(s) changed since ${base}`)
    const json = JSON.stringify(matrix(result.services))
    process.stdout.write(`${json}\n`)
    if (values['github-output']) {
      const names = result.services.map(service => service.name)
      const cdnChanged = names.some(name => config.cdn.services.includes(name))
      core.setOutput('matrix', json)
      core.setOutput('any', String(names.length > 0))
      core.setOutput('services', names.join(','))
      core.setOutput('cdn-paths', cdnChanged ? config.cdn.paths.join('\n') : '')
      // A static frontend converges on every deploy (published when the bucket lacks its version).
      core.setOutput('static', String(config.static !== undefined))
    }
    return EXIT.ok
  }
}
