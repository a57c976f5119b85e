/**
 * actions/checkout: the repository fetched from a local git repository (the rehearsal's --repo for
 * the run's own repository) at the commit the real action would check out, with the history
 * `fetch-depth` asks for; outputs `ref` and `commit` as documented. Where the checkout holds
 * Shipline's actions and the rehearsal runs Shipline from its sources, each action's dist/index.js
 * (and cli/dist/index.js) becomes a two-line entry that runs the TypeScript sources.
 */
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { UserError } from '../../core/errors.js'
import { run } from '../../core/exec.js'
import type { StandIn, StandInContext } from './types.js'

const git = (args: string[], cwd: string) => run('git', args, { cwd, stream: false })

/** The dist/index.js that runs `source` (a .ts entry) through the rehearsal's source hooks. */
export function sourceEntry(hooks: string, source: string): string {
  return [
    '// Written by shipline rehearse: runs this entry from its TypeScript sources (no bundle needed).',
    `import('node:module').then(m => { m.register(${JSON.stringify(pathToFileURL(hooks).href)}); return import(${JSON.stringify(pathToFileURL(source).href)}) })`,
    ''
  ].join('\n')
}

async function useSources(dest: string, sources: string, context: StandInContext): Promise<void> {
  const hooks = join(sources, 'lib', 'rehearsal', 'source-hooks.mjs')
  const entries: Array<[string, string]> = []
  if (existsSync(join(dest, 'actions')))
    for (const name of readdirSync(join(dest, 'actions'))) {
      const source = join(sources, 'actions', name, 'src', 'index.ts')
      if (existsSync(join(dest, 'actions', name, 'action.yml')) && existsSync(source))
        entries.push([join(dest, 'actions', name, 'dist', 'index.js'), source])
    }
  if (entries.length && existsSync(join(sources, 'cli', 'src', 'index.ts')))
    entries.push([join(dest, 'cli', 'dist', 'index.js'), join(sources, 'cli', 'src', 'index.ts')])
  for (const [entry, source] of entries) {
    await mkdir(join(entry, '..'), { recursive: true })
    await writeFile(entry, sourceEntry(hooks, source))
  }
  if (entries.length)
    context.log(`Shipline's actions and CLI in this checkout run from the sources in ${sources}`)
}

export const checkout: StandIn = {
  repository: 'actions/checkout',
  summary: 'fetches from a local git repository (the run’s own: --repo) instead of GitHub',
  async run(context) {
    const { inputs, github, runner } = context
    const repository = (inputs.repository || String(github.repository)).toLowerCase()
    const source = runner.repositories[repository]
    if (!source)
      throw new UserError(
        `actions/checkout: no local repository stands in for ${repository} (known: ${Object.keys(runner.repositories).join(', ')})`
      )
    const ref = inputs.ref || String(github.sha)
    const resolved = (await git(['rev-parse', '--verify', `${ref}^{commit}`], source)).stdout.trim()
    const dest = resolve(context.env.GITHUB_WORKSPACE, inputs.path || '.')
    const depth = Number(inputs['fetch-depth'] ?? '1')
    if (!Number.isInteger(depth) || depth < 0)
      throw new UserError(`actions/checkout: fetch-depth "${inputs['fetch-depth']}" is not a number`)
    await mkdir(dest, { recursive: true })
    const url = pathToFileURL(source).href
    await git(['init', '-q', '-b', 'rehearsal', dest], dest)
    await git(['remote', 'add', 'origin', url], dest)
    const depthArgs = depth > 0 ? [`--depth=${depth}`] : []
    const refspecs = depth === 0 ? ['+refs/heads/*:refs/remotes/origin/*', resolved] : [resolved]
    await git(['fetch', '-q', '--no-tags', ...depthArgs, 'origin', ...refspecs], dest)
    await git(['-c', 'advice.detachedHead=false', 'checkout', '-q', '--detach', resolved], dest)
    context.log(
      `Checked out ${repository} at ${resolved}${depth ? ` (depth ${depth})` : ' (full history)'} into ${dest}`
    )
    if (runner.shiplineSources) await useSources(dest, runner.shiplineSources, context)
    context.setOutput('ref', ref)
    context.setOutput('commit', resolved)
  }
}
