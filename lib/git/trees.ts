/**
 * A key of what some paths hold: the git object id of each (of the working tree when it has
 * uncommitted changes there), hashed. Two checkouts with the same files under the paths give the
 * same key, whatever happened between them.
 */
import { createHash } from 'node:crypto'
import { pathObjectIds } from './git.js'

/** `paths` are relative to the git top level `top`; an absent path counts as `missing`. */
export async function pathsKey(top: string, paths: string[]): Promise<string> {
  const wanted = [...new Set(paths)].sort()
  const { ids } = await pathObjectIds(top, wanted)
  const lines = wanted.map(path => `${path} ${ids.get(path === '' ? '.' : path) ?? 'missing'}`)
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)
}
