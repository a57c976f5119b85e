/**
 * What `shipline init` looks at in a repository: its Dockerfiles, its frontends, its Terraform, its
 * kustomize directories. Read-only; the decisions are made from these facts by lib/config/init.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join, posix, relative, sep } from 'node:path'

/** Directories never looked into: dependencies, build output, tool state, test fixtures. */
export const SKIPPED_DIRS = [
  'node_modules',
  'vendor',
  'dist',
  'build',
  'target',
  'out',
  'coverage',
  'venv',
  '__pycache__',
  '__fixtures__',
  'fixtures',
  'testdata'
] as const

const MAX_DEPTH = 8
const MAX_ENTRIES = 50_000

export interface PackageFacts {
  /** Relative to the root, posix (`.` for the root). */
  dir: string
  dependencies: string[]
}

export interface RepoFacts {
  /** The repository's directory name (names a service built from the root). */
  name: string
  /** Directories holding a Dockerfile (or only a Containerfile: then its name), posix, relative. */
  dockerfiles: Array<{ dir: string; file: string }>
  packages: PackageFacts[]
  /** Every directory (posix, relative), for the frontend and layout checks. */
  dirs: Set<string>
  /** Every file (posix, relative) of interest: index.html, *.tf, *.tfvars, kustomization files. */
  files: Set<string>
  /** Kustomization files: their directory → their text (to see what they reference). */
  kustomizations: Map<string, string>
}

const INTERESTING = /(?:^index\.html$|\.tf$|\.tfvars$|^kustomization\.ya?ml$|^Kustomization$)/

function readDependencies(path: string): string[] {
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string> | undefined>
    return [...Object.keys(json.dependencies ?? {}), ...Object.keys(json.devDependencies ?? {})]
  } catch {
    return []
  }
}

/** The facts of the repository at `root` (a bounded walk: depth 8, 50,000 entries). */
export function scanRepository(root: string): RepoFacts {
  const facts: RepoFacts = {
    name: basename(root),
    dockerfiles: [],
    packages: [],
    dirs: new Set(['.']),
    files: new Set(),
    kustomizations: new Map()
  }
  const skipped = new Set<string>(SKIPPED_DIRS)
  let seen = 0
  const walk = (dir: string, depth: number) => {
    const rel = relative(root, dir).split(sep).join(posix.sep) || '.'
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    const names = new Set(entries.filter(e => e.isFile()).map(e => e.name))
    const dockerfile = names.has('Dockerfile')
      ? 'Dockerfile'
      : names.has('Containerfile')
        ? 'Containerfile'
        : ''
    if (dockerfile) facts.dockerfiles.push({ dir: rel, file: dockerfile })
    if (names.has('package.json'))
      facts.packages.push({ dir: rel, dependencies: readDependencies(join(dir, 'package.json')) })
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) return
      const path = rel === '.' ? entry.name : `${rel}/${entry.name}`
      if (entry.isFile() && INTERESTING.test(entry.name)) {
        facts.files.add(path)
        if (/^kustomization\.ya?ml$|^Kustomization$/.test(entry.name))
          facts.kustomizations.set(rel, readFileSync(join(dir, entry.name), 'utf8'))
      }
      if (!entry.isDirectory() || entry.name.startsWith('.') || skipped.has(entry.name)) continue
      facts.dirs.add(path)
      if (depth < MAX_DEPTH) walk(join(dir, entry.name), depth + 1)
    }
  }
  walk(root, 0)
  return facts
}

/** Whether `root` already has the files `shipline init` writes, by their relative path. */
export function existingFiles(root: string, paths: string[]): string[] {
  return paths.filter(path => existsSync(join(root, path)))
}
