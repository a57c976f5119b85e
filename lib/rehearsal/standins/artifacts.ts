/**
 * actions/upload-artifact and actions/download-artifact over a local artifact store: one directory
 * per artifact of the run, laid out as v4 lays out an upload (paths relative to the common parent of
 * what was uploaded). Names are unique per run, as in v4; outputs as documented.
 */
import { createHash } from 'node:crypto'
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { UserError } from '../../core/errors.js'
import { globMatch } from '../../core/glob.js'
import type { StandIn } from './types.js'

export class ArtifactStore {
  constructor(readonly dir: string) {}

  names(): string[] {
    return existsSync(this.dir) ? readdirSync(this.dir).sort() : []
  }

  path(name: string): string {
    return join(this.dir, name)
  }
}

/** The common parent directory of `paths` (a file's own directory when there is one file). */
export function commonRoot(paths: string[]): string {
  const dirs = paths.map(path => (statSync(path).isDirectory() ? path : dirname(path)))
  let root = dirs[0]
  for (const dir of dirs.slice(1))
    while (!(dir === root || dir.startsWith(root.endsWith(sep) ? root : root + sep))) root = dirname(root)
  return root
}

export const uploadArtifact: StandIn = {
  repository: 'actions/upload-artifact',
  summary: 'stores the files under the rehearsal’s run directory instead of GitHub’s artifact service',
  async run(context) {
    const { inputs, runner } = context
    const name = inputs.name || 'artifact'
    const workspace = context.env.GITHUB_WORKSPACE
    const lines = (inputs.path ?? '')
      .split('\n')
      .map(line => line.trim())
      .filter(Boolean)
    if (!lines.length) throw new UserError('actions/upload-artifact: Input required and not supplied: path')
    const found: string[] = []
    for (const line of lines) {
      const path = resolve(workspace, line)
      if (/[*?[]/.test(line))
        throw new UserError(
          `actions/upload-artifact: path ${line}: wildcards are not supported by the rehearsal`
        )
      if (existsSync(path)) found.push(path)
    }
    if (!found.length) {
      const mode = inputs['if-no-files-found'] || 'warn'
      const message = `No files were found with the provided path: ${lines.join(', ')}. No artifacts will be uploaded.`
      if (mode === 'error') throw new UserError(message)
      if (mode === 'warn') context.log(`Warning: ${message}`)
      return
    }
    if (runner.artifacts.names().includes(name))
      throw new UserError(
        `actions/upload-artifact: Failed to CreateArtifact: an artifact with this name already exists on the workflow run: ${name}`
      )
    const root = commonRoot(found)
    const target = runner.artifacts.path(name)
    await mkdir(target, { recursive: true })
    for (const path of found) {
      const rel = statSync(path).isDirectory() ? relative(root, path) : relative(root, path) || basename(path)
      cpSync(path, join(target, rel), { recursive: true })
    }
    const digest = createHash('sha256')
      .update(name + found.join('\n'))
      .digest('hex')
    context.log(`Artifact ${name} stored (${found.length} path(s)) in ${target}`)
    context.setOutput('artifact-id', String(runner.artifacts.names().indexOf(name) + 1))
    context.setOutput(
      'artifact-url',
      `${String(context.github.server_url)}/${String(context.github.repository)}/actions/runs/${String(context.github.run_id)}/artifacts/${name}`
    )
    context.setOutput('artifact-digest', digest)
  }
}

export const downloadArtifact: StandIn = {
  repository: 'actions/download-artifact',
  summary: 'copies from the rehearsal’s artifact store of this run',
  async run(context) {
    const { inputs, runner } = context
    const dest = resolve(context.env.GITHUB_WORKSPACE, inputs.path || '.')
    const names = runner.artifacts.names()
    let selected: string[]
    if (inputs.name) {
      if (!names.includes(inputs.name))
        throw new UserError(`actions/download-artifact: Artifact not found for name: ${inputs.name}`)
      selected = [inputs.name]
    } else selected = names.filter(name => !inputs.pattern || globMatch(inputs.pattern, name))
    const merge = inputs.name !== undefined && inputs.name !== '' ? true : inputs['merge-multiple'] === 'true'
    await mkdir(dest, { recursive: true })
    for (const name of selected)
      cpSync(runner.artifacts.path(name), merge ? dest : join(dest, name), { recursive: true })
    context.log(`Downloaded ${selected.length} artifact(s) to ${dest}`)
    context.setOutput('download-path', dest)
  }
}
