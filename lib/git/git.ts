/**
 * Git, read-only as far as the user can see: the repository root, the commit, the object ids of
 * paths (of the working tree when it has uncommitted changes there), and the files changed since a
 * base. Paths given to and returned by these functions are relative to the repository's top level.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../core/errors.js'
import { run } from '../core/exec.js'

/** Run git quietly (argv only; paths taken literally); stdout. */
export async function git(
  cwd: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; okExitCodes?: number[] } = {}
): Promise<{ stdout: string; exitCode: number }> {
  const result = await run('git', ['--literal-pathspecs', ...args], {
    cwd,
    stream: false,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
    okExitCodes: options.okExitCodes
  })
  return { stdout: result.stdout, exitCode: result.exitCode }
}

/** The top level of the git work tree holding `cwd`. */
export async function gitTopLevel(cwd: string): Promise<string> {
  const { stdout, exitCode } = await git(cwd, ['rev-parse', '--show-toplevel'], { okExitCodes: [0, 128] })
  if (exitCode !== 0)
    throw new UserError(`${cwd} is not inside a git repository; Shipline computes content tags from git`)
  return stdout.trim()
}

/** The commit HEAD points at, or undefined in a repository without commits. */
export async function headCommit(top: string): Promise<string | undefined> {
  const { stdout, exitCode } = await git(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
    okExitCodes: [0, 1, 128]
  })
  return exitCode === 0 ? stdout.trim() : undefined
}

/** The commit `ref` names, or undefined when it names none (unknown ref, all-zero sha). */
export async function resolveCommit(top: string, ref: string): Promise<string | undefined> {
  if (/^0+$/.test(ref)) return undefined
  const { stdout, exitCode } = await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
    okExitCodes: [0, 1, 128]
  })
  return exitCode === 0 ? stdout.trim() : undefined
}

/** Paths (of `paths`) with uncommitted changes: modified, staged, deleted or untracked, not ignored. */
export async function dirtyPaths(top: string, paths: string[]): Promise<string[]> {
  const { stdout } = await git(top, [
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--no-renames',
    '--',
    ...paths.map(pathspec)
  ])
  return stdout
    .split('\0')
    .filter(Boolean)
    .map(entry => entry.slice(3))
}

function pathspec(path: string): string {
  return path === '' || path === '.' ? '.' : path
}

/** `tree-ish:path` ids via one `git rev-parse` ('.' is the tree itself); absent paths are left out. */
async function idsInTree(top: string, treeish: string, paths: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  if (paths.length === 0) return ids
  const specs = paths.map(path => `${treeish}:${path === '.' ? '' : path}`)
  // One line out per line in: the object id, or `<spec> missing` when the path is absent.
  const { stdout } = await run('git', ['cat-file', '--batch-check=%(objectname)'], {
    cwd: top,
    input: `${specs.join('\n')}\n`,
    stream: false
  })
  const lines = stdout.split('\n')
  paths.forEach((path, i) => {
    if (/^[0-9a-f]{40,64}$/.test(lines[i] ?? '')) ids.set(path, lines[i])
  })
  return ids
}

export interface PathIds {
  /** path → git object id (tree or blob), or `missing`. */
  ids: Map<string, string>
  /** Whether any path had uncommitted changes (the ids are then of the working tree). */
  dirty: boolean
}

/**
 * The git object id of each path: from HEAD when those paths are clean; otherwise of the working tree,
 * computed the way `git add` + `git commit` would (a temporary index, the real one untouched), so a
 * local build of uncommitted files gets the tag CI gets once they are committed.
 */
export async function pathObjectIds(
  top: string,
  paths: string[],
  known: { head?: string | null; dirtyFiles?: string[] } = {}
): Promise<PathIds> {
  const wanted = [...new Set(paths.map(pathspec))]
  const head = known.head === undefined ? await headCommit(top) : (known.head ?? undefined)
  const under = (file: string) => wanted.some(p => p === '.' || file === p || file.startsWith(`${p}/`))
  const dirty =
    head === undefined ||
    (known.dirtyFiles ? known.dirtyFiles.some(under) : (await dirtyPaths(top, wanted)).length > 0)
  let ids: Map<string, string>
  if (!dirty) ids = await idsInTree(top, 'HEAD', wanted)
  else {
    const dir = await mkdtemp(join(tmpdir(), 'shipline-index-'))
    try {
      const env = { GIT_INDEX_FILE: join(dir, 'index') }
      await git(top, head ? ['read-tree', 'HEAD'] : ['read-tree', '--empty'], { env })
      const inHead = head ? await idsInTree(top, 'HEAD', wanted) : new Map<string, string>()
      const present = wanted.filter(p => inHead.has(p) || existsSync(join(top, p)))
      if (present.length > 0) await git(top, ['add', '--all', '--', ...present], { env })
      const { stdout } = await git(top, ['write-tree'], { env })
      ids = await idsInTree(top, stdout.trim(), wanted)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  const result = new Map<string, string>()
  for (const path of wanted) result.set(path, ids.get(path) ?? 'missing')
  return { ids: result, dirty }
}

/**
 * Files changed between the merge base of `base` and HEAD, and the working tree (uncommitted and
 * untracked files count too). Undefined when `base` names no commit.
 */
export async function changedFilesSince(top: string, base: string): Promise<string[] | undefined> {
  const baseCommit = await resolveCommit(top, base)
  if (!baseCommit) return undefined
  const head = await headCommit(top)
  let from = baseCommit
  if (head) {
    const { stdout, exitCode } = await git(top, ['merge-base', baseCommit, head], { okExitCodes: [0, 1] })
    if (exitCode === 0) from = stdout.trim()
  }
  const diff = await git(top, ['diff', '--name-only', '--no-renames', '-z', from, '--'])
  const untracked = await git(top, ['ls-files', '--others', '--exclude-standard', '-z'])
  const files = [...diff.stdout.split('\0'), ...untracked.stdout.split('\0')].filter(Boolean)
  return [...new Set(files)].sort()
}
