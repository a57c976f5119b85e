/**
 * Paths that inputs name: they stay inside the workspace (the repository checkout), or inside the
 * runner's temporary directory where an input allows it, after symbolic links are followed; a file
 * input is a regular file of a bounded size, checked with stat before anything opens it (a named
 * pipe or a device such as /dev/zero is never read); a directory input is a directory, or missing
 * where the input may be created. Every refusal is an InputError naming the input.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync
} from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { InputError } from './errors.js'

export const KiB = 1024
export const MiB = 1024 * KiB
export const GiB = 1024 * MiB

/** Longer values are refused before the file system sees them (Linux's PATH_MAX). */
export const MAX_PATH_CHARS = 4096

export interface PathRules {
  /** The workspace root: relative values resolve against it. */
  root: string
  /** Other directories the path may be in (RUNNER_TEMP for plan files, for example). */
  alsoUnder?: Array<string | undefined>
  /** What is accepted, in words, for the error. */
  accepted: string
}

export interface FileRules extends PathRules {
  /** The largest file accepted. */
  maxBytes: number
}

/** A value as an error shows it: quoted, and cut when it is long (a 120 kB value stays one short line). */
export function quoted(value: string, max = 120): string {
  if (value.length <= max) return `"${value}"`
  return `"${value.slice(0, max)}…" (${value.length} characters)`
}

/** A byte count for messages: 1048576 → 1 MiB. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', GiB],
    ['MiB', MiB],
    ['KiB', KiB]
  ] as const)
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`
  return `${bytes} bytes`
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
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)'
  return undefined
}

/** The absolute path `value` names, refused when it resolves outside the allowed directories. */
export function pathInside(input: string, value: string, rules: PathRules): string {
  if (value.includes('\0')) throw new InputError(input, 'contains a NUL character', rules.accepted)
  if (value.length > MAX_PATH_CHARS)
    throw new InputError(input, `${quoted(value, 60)} is too long a path`, rules.accepted)
  const absolute = resolve(rules.root, value)
  let real: string
  try {
    real = realPathOf(absolute)
  } catch (error) {
    throw new InputError(input, `${quoted(value)} ${explain(error) ?? 'cannot be resolved'}`, rules.accepted)
  }
  const allowed = [rules.root, ...(rules.alsoUnder ?? [])].filter((dir): dir is string => Boolean(dir))
  if (!allowed.some(dir => within(realPathOf(resolve(dir)), real)))
    throw new InputError(
      input,
      `${quoted(value)} is outside the workspace${rules.alsoUnder?.some(Boolean) ? ' and the runner temporary directory' : ''}`,
      rules.accepted
    )
  return absolute
}

export type PathKind = 'file' | 'directory' | 'missing' | 'other'

/** What is at `path` (following links): a regular file, a directory, nothing, or something else. */
export function pathKind(input: string, path: string, accepted: string, shownAs = path): PathKind {
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
    throw new InputError(input, `${quoted(shownAs)} ${explain(error) ?? 'cannot be read'}`, accepted)
  }
}

function tooLarge(input: string, shownAs: string, size: number, maxBytes: number, accepted: string) {
  return new InputError(
    input,
    `${quoted(shownAs)} is ${size} bytes, more than the ${formatBytes(maxBytes)} allowed`,
    accepted
  )
}

/**
 * What keeps `path` from being a regular file of at most `maxBytes` (`is not a regular file`, `is
 * 2097152 bytes, more than the 1 MiB allowed`, …), or undefined: for messages of their own.
 */
export function regularFileProblem(path: string, maxBytes: number): string | undefined {
  try {
    checkRegularFile('', path, path, maxBytes, '')
    return undefined
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return error.problem.replace(`${quoted(path)} `, '')
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
  const kind = pathKind(input, path, accepted, shownAs)
  if (kind === 'missing') throw new InputError(input, `${quoted(shownAs)} does not exist`, accepted)
  if (kind === 'directory') throw new InputError(input, `${quoted(shownAs)} is a directory`, accepted)
  if (kind === 'other') throw new InputError(input, `${quoted(shownAs)} is not a regular file`, accepted)
  const size = statSync(path).size
  if (size > maxBytes) throw tooLarge(input, shownAs, size, maxBytes, accepted)
}

/** The absolute path of a file input: inside the allowed directories, a regular file of at most maxBytes. */
export function fileInput(input: string, value: string, rules: FileRules): string {
  const path = pathInside(input, value, rules)
  checkRegularFile(input, path, value, rules.maxBytes, rules.accepted)
  return path
}

/**
 * The absolute path of a file a command writes: inside the allowed directories, and either not there
 * yet or a regular file (never a directory, a pipe or a device).
 */
export function outputFileInput(input: string, value: string, rules: PathRules): string {
  const path = pathInside(input, value, rules)
  const kind = pathKind(input, path, rules.accepted, value)
  if (kind === 'directory' || kind === 'other')
    throw new InputError(
      input,
      `${quoted(value)} is ${kind === 'directory' ? 'a directory' : 'not a regular file'}`,
      rules.accepted
    )
  return path
}

/**
 * The text of a file an input names, read only after its kind and size are checked; opened
 * non-blocking and checked again on the descriptor, so a file swapped for a pipe in between is
 * still never waited on, and a file that grew is still bounded.
 */
export function readCheckedFile(
  input: string,
  path: string,
  shownAs: string,
  maxBytes: number,
  accepted: string
): string {
  checkRegularFile(input, path, shownAs, maxBytes, accepted)
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw new InputError(input, `${quoted(shownAs)} ${explain(error) ?? 'cannot be read'}`, accepted)
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new InputError(input, `${quoted(shownAs)} is not a regular file`, accepted)
    if (stat.size > maxBytes) throw tooLarge(input, shownAs, stat.size, maxBytes, accepted)
    const buffer = Buffer.alloc(stat.size)
    let read = 0
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read)
      if (n === 0) break
      read += n
    }
    return buffer.subarray(0, read).toString('utf8')
  } finally {
    closeSync(fd)
  }
}

/**
 * The absolute path of a directory input: inside the allowed directories, and a directory; with
 * `mayBeMissing`, also a path not there yet (created later) whose existing part is a directory.
 */
export function directoryInput(
  input: string,
  value: string,
  rules: PathRules & { mayBeMissing?: boolean }
): string {
  const path = pathInside(input, value, rules)
  const kind = pathKind(input, path, rules.accepted, value)
  if (kind === 'directory' || (kind === 'missing' && rules.mayBeMissing)) return path
  if (kind === 'missing') throw new InputError(input, `${quoted(value)} does not exist`, rules.accepted)
  throw new InputError(
    input,
    `${quoted(value)} is ${kind === 'file' ? 'a file' : 'not a directory'}`,
    rules.accepted
  )
}
