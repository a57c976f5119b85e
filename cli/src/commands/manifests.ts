/**
 * `shipline manifests`: writes the kustomize base of the services and the infra-outputs component
 * from shipline.yml (lib/kube/generate.ts) under --out; --check writes nothing and exits 1, naming
 * each file, when what is there is not what shipline.yml makes. A repository without overlays/
 * also gets a starter overlay per environment (staging, production), written once and then the
 * user's (lib/kube/generate-overlays.ts).
 */
import { loadConfig } from '../../../lib/config/config.js'
import { info } from '../../../lib/core/log.js'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { generateManifests, type GeneratedFile } from '../../../lib/kube/generate.js'
import { DEFAULT_ENVIRONMENTS, infraOutputKeys, starterOverlay } from '../../../lib/kube/generate-overlays.js'
import { generatedChanges, writeGenerated } from '../../../lib/kube/generated-files.js'
import { directoryInput } from '../../../lib/core/paths.js'
import { type Command, EXIT } from '../command.js'

export const DEFAULT_OUT = 'infra/k8s'

/**
 * In a repository without overlays, one per environment that deploy-eks can apply as it is; never
 * where an overlays/ directory exists. Returns the paths written.
 */
function writeStarterOverlays(
  out: string,
  outName: string,
  namespace: string,
  files: GeneratedFile[]
): string[] {
  if (existsSync(join(out, 'overlays'))) return []
  const component = files.find(f => f.path === 'components/infra-outputs/kustomization.yaml')?.text ?? ''
  const overlays = DEFAULT_ENVIRONMENTS.flatMap(env =>
    starterOverlay(env, namespace, infraOutputKeys(component), outName)
  )
  for (const file of overlays) {
    mkdirSync(dirname(join(out, file.path)), { recursive: true })
    writeFileSync(join(out, file.path), file.text, { flag: 'wx' })
  }
  return overlays.map(f => f.path)
}

export function createCommand(deps: { cwd?: string; stdout?: (text: string) => void } = {}): Command {
  return {
    usage: `shipline manifests [--config shipline.yml] [--out ${DEFAULT_OUT}] [--check]`,
    options: {
      config: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean' }
    },
    async run({ values }) {
      const { cwd = process.cwd(), stdout = text => process.stdout.write(text) } = deps
      const config = await loadConfig((values.config as string | undefined) || undefined, cwd)
      const outName = (values.out as string | undefined) || DEFAULT_OUT
      const out = directoryInput('--out', outName, {
        root: cwd,
        accepted: `a directory inside the workspace (created when missing), such as ${DEFAULT_OUT}`,
        mayBeMissing: true
      })
      const files = generateManifests(config)
      if (values.check) {
        const { write, remove, foreign } = generatedChanges(out, files)
        const lines = [
          ...write.map(p => `${outName}/${p}: not what ${config.file} makes`),
          ...remove.map(p => `${outName}/${p}: generated for a service ${config.file} no longer has`),
          ...foreign.map(p => `${outName}/${p}: not written by shipline manifests`)
        ]
        if (lines.length === 0) {
          stdout(`${outName}: the manifests are what ${config.file} makes\n`)
          return EXIT.ok
        }
        stdout(
          `${lines.join('\n')}\nRun shipline manifests --config ${config.file} --out ${outName} and commit the result.\n`
        )
        return EXIT.failure
      }
      const { write, remove } = writeGenerated(out, files)
      for (const path of write) info(`wrote ${outName}/${path}`)
      for (const path of remove) info(`removed ${outName}/${path}`)
      const overlays = writeStarterOverlays(out, outName, config.runtime.namespace, files)
      for (const path of overlays)
        info(`wrote ${outName}/${path} (a starter overlay: yours to edit, never rewritten)`)
      stdout(
        `${outName}: ${write.length} file(s) written, ${remove.length} removed, for ${config.runtime.services.filter(s => s.manifests).length} service(s) of ${config.file}${overlays.length ? `; starter overlays for ${DEFAULT_ENVIRONMENTS.join(' and ')} in ${outName}/overlays/` : ''}\n`
      )
      return EXIT.ok
    }
  }
}

export const command: Command = createCommand()
