/**
 * Paths that inputs name: they stay inside the workspace (the repository checkout), or inside the
 * runner's temporary directory where an input allows it, after symbolic links are followed; a file
 * input is a regular file of a bounded size. Every refusal is an InputError naming the input.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { InputError } from './errors.js'

export interface PathRules {
  /** The workspace root: relative values resolve against it. */
  root: string
  /** Other directories the path may be in (RUNNER_TEMP for plan files, for example). */
  alsoUnder?: Array<string | undefined>
  /** What is accepted, in words, for the error. */
  accepted: string
}

/** The real path of `path`, or of its deepest existing ancestor joined with the rest. */
function realPathOf(path: string): string {
  let existing = path
  const rest: string[] = []
  for (;;) {
    try {
      return resolve(realpathSync(existing), ...rest.reverse())
    } catch {
      const parent = dirname(existing)
      if (parent === existing) return path
      rest.push(relative(parent, existing))
      existing = parent
    }
  }
}

function within(dir: string, path: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

function explain(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENAMETOOLONG') return 'is too long a path'
  if (code === 'ENOTDIR') return 'goes through something that is not a directory'
  if (code === 'ELOOP') return 'has a loop of symbolic links'
  if (code === 'EACCES') return 'cannot be read (permission denied)'
  return undefined
}

/** The absolute path `value` names, refused when it resolves outside the allowed directories. */
export function pathInside(input: string, value: string, rules: PathRules): string {
  if (value.includes('\0')) throw new InputError(input, 'contains a NUL character', rules.accepted)
  const absolute = resolve(rules.root, value)
  let real: string
  try {
    real = realPathOf(absolute)
  } catch (error) {
    throw new InputError(input, `"${value}" ${explain(error) ?? 'cannot be resolved'}`, rules.accepted)
  }
  const allowed = [rules.root, ...(rules.alsoUnder ?? [])].filter((dir): dir is string => Boolean(dir))
  if (!allowed.some(dir => within(realPathOf(resolve(dir)), real)))
    throw new InputError(
      input,
      `"${value}" is outside the workspace${rules.alsoUnder?.some(Boolean) ? ' and the runner temporary directory' : ''}`,
      rules.accepted
    )
  return absolute
}

export type PathKind = 'file' | 'directory' | 'missing' | 'other'

/** What is at `path` (following links): a regular file, a directory, nothing, or something else. */
export function pathKind(input: string, path: string, accepted: string): PathKind {
  try {
    const stat = statSync(path)
    if (stat.isFile()) return 'file'
    if (stat.isDirectory()) return 'directory'
    return 'other'
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      try {
        lstatSync(path)
        return 'other' // a dangling link
      } catch {
        return 'missing'
      }
    }
    throw new InputError(input, `"${path}" ${explain(error) ?? 'cannot be read'}`, accepted)
  }
}

/** `path` must be a regular file of at most `maxBytes`: never a pipe, a device or a directory. */
export function checkRegularFile(
  input: string,
  path: string,
  shownAs: string,
  maxBytes: number,
  accepted: string
): void {
  const kind = pathKind(input, path, accepted)
  if (kind === 'missing') throw new InputError(input, `"${shownAs}" does not exist`, accepted)
  if (kind === 'directory') throw new InputError(input, `"${shownAs}" is a directory`, accepted)
  if (kind === 'other') throw new InputError(input, `"${shownAs}" is not a regular file`, accepted)
  const size = statSync(path).size
  if (size > maxBytes)
    throw new InputError(input, `"${shownAs}" is ${size} bytes, more than the ${maxBytes} allowed`, accepted)
}
