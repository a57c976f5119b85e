/** `shipline render`: the manifests deploy-eks would apply, images pinned by digest, in apply order. */
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { readRenderOptions } from '../../../lib/kube/options.js'
import { toYaml } from '../../../lib/kube/manifests.js'
import { renderManifests } from '../../../lib/kube/render.js'
import { defaultRunner, type Runner } from '../../../lib/kube/sources.js'
import { type Command, EXIT } from '../command.js'

export function createCommand(
  deps: { runCommand?: Runner; stdout?: (text: string) => void; cwd?: string } = {}
): Command {
  return {
    usage:
      'shipline render --manifests DIR|FILE|GLOB [--manifests …] [--images name=repository@sha256:DIGEST]... [--allow-tags]',
    options: {
      manifests: { type: 'string', multiple: true },
      images: { type: 'string', multiple: true },
      'allow-tags': { type: 'boolean' }
    },
    async run({ values }) {
      const {
        runCommand = defaultRunner,
        stdout = text => process.stdout.write(text),
        cwd = process.cwd()
      } = deps
      const source = recordInputSource({
        manifests: ((values.manifests as string[] | undefined) ?? []).join('\n'),
        images: ((values.images as string[] | undefined) ?? []).join('\n'),
        'allow-tags': values['allow-tags'] === undefined ? undefined : String(values['allow-tags'])
      })
      const inputs = readRenderOptions(new Inputs(source), cwd)
      const { objects } = await renderManifests(inputs, runCommand)
      stdout(toYaml(objects))
      return EXIT.ok
    }
  }
}

export const command: Command = createCommand()
