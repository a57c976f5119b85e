/**
 * The generated manifests on disk: what `shipline manifests` would write, remove or refuse to touch
 * in its output directory, then doing it (or, with --check, only saying it). A file under the
 * generated directories whose first line is not the generated mark is the user's: nothing is
 * written while one is there.
 */
import { existsSync, readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { UserError } from '../core/errors.js'
import { GENERATED_DIRS, GENERATED_MARK, type GeneratedFile } from './generate.js'

export interface GeneratedChanges {
  /** New or different files (relative paths). */
  write: string[]
  /** Generated files no longer generated (a service removed from shipline.yml). */
  remove: string[]
  /** Files in the generated directories that shipline manifests did not write. */
  foreign: string[]
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

function isGenerated(path: string): boolean {
  return readFileSync(path, 'utf8').startsWith(GENERATED_MARK)
}

/** What writing `files` under `outDir` would change. */
export function generatedChanges(outDir: string, files: GeneratedFile[]): GeneratedChanges {
  const wanted = new Map(files.map(f => [f.path, f.text]))
  const present = GENERATED_DIRS.flatMap(d => filesUnder(join(outDir, d))).map(p =>
    relative(outDir, p).split(sep).join('/')
  )
  const changes: GeneratedChanges = { write: [], remove: [], foreign: [] }
  for (const path of present) {
    const generated = isGenerated(join(outDir, path))
    if (!generated) changes.foreign.push(path)
    else if (!wanted.has(path)) changes.remove.push(path)
  }
  for (const [path, text] of wanted) {
    const full = join(outDir, path)
    if (!existsSync(full) || readFileSync(full, 'utf8') !== text) changes.write.push(path)
  }
  return changes
}

/** Writes the generated files and removes stale ones; refuses, changing nothing, when a foreign file is there. */
export function writeGenerated(outDir: string, files: GeneratedFile[]): GeneratedChanges {
  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    throw new UserError(`${outDir} is not a directory; expected the directory of base/ and overlays/ (--out)`)
  const changes = generatedChanges(outDir, files)
  if (changes.foreign.length > 0)
    throw new UserError(
      `${changes.foreign.map(p => join(outDir, p)).join(', ')}: not written by shipline manifests, which owns ${GENERATED_DIRS.map(d => `${join(outDir, d)}/`).join(' and ')}; move what you need to an overlay, remove these files and run it again`
    )
  const text = new Map(files.map(f => [f.path, f.text]))
  for (const path of changes.write) {
    const full = join(outDir, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text.get(path) as string)
  }
  for (const path of changes.remove) rmSync(join(outDir, path))
  return changes
}
