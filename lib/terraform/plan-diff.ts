/**
 * Attribute-level diffs of one change (before → after), as the lines of a `diff` code block.
 *
 * Sensitive values are never rendered, at any depth: wherever `before_sensitive` or
 * `after_sensitive` marks a value (or any value above it), the line says `(sensitive value)`.
 * Plans of format 0.x have no sensitivity marks at all; there, attributes whose name says secret
 * (password, token, private_key, …) are treated as sensitive. Unknown values (`after_unknown`) are
 * `(known after apply)`.
 */
import { formatPath } from './plan-model.js'
import { isObject, type Change, type PathStep } from './plan-json.js'

export const SENSITIVE = '(sensitive value)'
export const UNKNOWN = '(known after apply)'

/** Values longer than this are shortened in the diff (the count of hidden characters is shown). */
const MAX_VALUE_CHARS = 400

const SECRET_NAME =
  /(?:^|_)(?:password|passwd|secret|token|private_key|secret_key|access_key|credentials?|api_key)(?:$|_)/i

export interface DiffOptions {
  /** Only paths under these (when given) are shown: drift filtered by relevant_attributes. */
  relevant?: PathStep[][]
  /** Paths that force replacement get a `# forces replacement` note. */
  replacePaths?: PathStep[][]
  /** Stop after this many characters of lines (a note says how many lines were left out). */
  maxChars?: number
}

export interface Diff {
  lines: string[]
  /** Top-level attributes with no change (updates only). */
  unchanged: number
  /** Lines left out by maxChars. */
  omitted: number
}

type Mode = 'create' | 'delete' | 'update'

interface Walk {
  mode: Mode
  lines: string[]
  chars: number
  maxChars: number
  omitted: number
  guessSensitive: boolean
  relevant?: PathStep[][]
  replacePaths?: PathStep[][]
}

/** The diff lines of `change`; `mode` follows its actions (create / delete / everything else). */
export function diffChange(change: Change, options: DiffOptions = {}): Diff {
  const actions = change.actions
  const mode: Mode =
    actions.length === 1 && actions[0] === 'create'
      ? 'create'
      : actions.length === 1 && actions[0] === 'delete'
        ? 'delete'
        : 'update'
  const walk: Walk = {
    mode,
    lines: [],
    chars: 0,
    maxChars: options.maxChars ?? Infinity,
    omitted: 0,
    guessSensitive: !('before_sensitive' in change) && !('after_sensitive' in change),
    relevant: options.relevant,
    replacePaths: options.replacePaths
  }
  const before = mode === 'create' ? undefined : change.before
  const after = mode === 'delete' ? undefined : change.after
  const unknown = mode === 'delete' ? undefined : change.after_unknown
  let unchanged = 0
  if (isObject(before) || isObject(after) || isObject(unknown)) {
    // The top level of a resource: count the attributes that did not change.
    for (const key of unionKeys(before, after, unknown)) {
      const count = walk.lines.length + walk.omitted
      node(
        walk,
        [key],
        child(before, key),
        child(after, key),
        child(change.before_sensitive, key),
        child(change.after_sensitive, key),
        child(unknown, key)
      )
      // Unchanged attributes are counted as Terraform counts them: nulls on both sides are not.
      if (mode === 'update' && walk.lines.length + walk.omitted === count && !bothNull(before, after, key))
        unchanged++
    }
  } else {
    node(walk, [], before, after, change.before_sensitive, change.after_sensitive, unknown)
  }
  return { lines: walk.lines, unchanged, omitted: walk.omitted }
}

function bothNull(before: unknown, after: unknown, key: string): boolean {
  const b = child(before, key)
  const a = child(after, key)
  return (b === null || b === undefined) && (a === null || a === undefined)
}

function child(value: unknown, key: PathStep): unknown {
  if (value === null || typeof value !== 'object') return undefined
  return (value as Record<string, unknown>)[key as string]
}

function unionKeys(...values: unknown[]): string[] {
  const keys = new Set<string>()
  for (const value of values) if (isObject(value)) for (const key of Object.keys(value)) keys.add(key)
  return [...keys].sort()
}

function node(
  walk: Walk,
  path: PathStep[],
  before: unknown,
  after: unknown,
  beforeSensitive: unknown,
  afterSensitive: unknown,
  unknown: unknown
): void {
  if (walk.relevant && !isRelevant(walk.relevant, path)) return
  const last = path[path.length - 1]
  const guessed = walk.guessSensitive && typeof last === 'string' && SECRET_NAME.test(last)
  const sensitive = beforeSensitive === true || afterSensitive === true || guessed
  if (sensitive || unknown === true) {
    leaf(walk, path, before, after, sensitive, unknown === true)
    return
  }
  const isMap = isObject(before) || isObject(after) || isObject(unknown)
  const isList = !isMap && (Array.isArray(before) || Array.isArray(after) || Array.isArray(unknown))
  if (!isMap && !isList) {
    leaf(walk, path, before, after, false, false)
    return
  }
  const produced = walk.lines.length + walk.omitted
  if (isMap) {
    for (const key of unionKeys(before, after, unknown))
      node(
        walk,
        [...path, key],
        child(before, key),
        child(after, key),
        child(beforeSensitive, key),
        child(afterSensitive, key),
        child(unknown, key)
      )
  } else {
    const length = Math.max(lengthOf(before), lengthOf(after), lengthOf(unknown))
    for (let i = 0; i < length; i++)
      node(
        walk,
        [...path, i],
        child(before, i),
        child(after, i),
        child(beforeSensitive, i),
        child(afterSensitive, i),
        child(unknown, i)
      )
  }
  // A change with nothing inside to show (`[]` → null, `{}` → `{"a": null}`) is shown whole.
  if (walk.mode === 'update' && walk.lines.length + walk.omitted === produced && !sameValue(before, after))
    leaf(walk, path, before, after, false, false)
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (Array.isArray(value)) return value.length === 0
  if (isObject(value)) return Object.keys(value).length === 0
  return false
}

function isRelevant(relevant: PathStep[][], path: PathStep[]): boolean {
  return relevant.some(r => {
    const n = Math.min(r.length, path.length)
    for (let i = 0; i < n; i++) if (String(r[i]) !== String(path[i])) return false
    return true
  })
}

function forcesReplacement(walk: Walk, path: PathStep[]): boolean {
  return (
    walk.replacePaths !== undefined && walk.replacePaths.length > 0 && isRelevant(walk.replacePaths, path)
  )
}

function leaf(
  walk: Walk,
  path: PathStep[],
  before: unknown,
  after: unknown,
  sensitive: boolean,
  unknown: boolean
): void {
  const hasBefore = before !== undefined && before !== null
  const hasAfter = after !== undefined && after !== null
  let line: string
  if (walk.mode === 'create') {
    if (!hasAfter && !unknown) return
    if (!unknown && !sensitive && isEmpty(after)) return
    line = `+ ${formatPath(path)} = ${unknown ? UNKNOWN : sensitive ? SENSITIVE : show(after)}`
  } else if (walk.mode === 'delete') {
    if (!hasBefore || (!sensitive && isEmpty(before))) return
    line = `- ${formatPath(path)} = ${sensitive ? SENSITIVE : show(before)}`
  } else {
    if (!unknown && sameValue(before, after)) return
    const name = formatPath(path)
    const from = sensitive ? SENSITIVE : show(before)
    const to = unknown ? UNKNOWN : sensitive ? SENSITIVE : show(after)
    if (!hasBefore) line = `+ ${name} = ${to}`
    else if (!hasAfter && !unknown) line = `- ${name} = ${from}`
    else line = `! ${name} = ${from} -> ${to}`
    if (forcesReplacement(walk, path)) line += '  # forces replacement'
  }
  if (walk.chars + line.length + 1 > walk.maxChars) {
    walk.omitted++
    return
  }
  walk.chars += line.length + 1
  walk.lines.push(line)
}

/** Deep equality where a missing value and null are the same. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || ((a === undefined || a === null) && (b === undefined || b === null))) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return JSON.stringify(a) === JSON.stringify(b)
}

/** One value on one line: JSON, shortened when long. */
export function show(value: unknown): string {
  if (value === undefined || value === null) return 'null'
  const text = JSON.stringify(value)
  if (text.length <= MAX_VALUE_CHARS) return text
  return `${text.slice(0, MAX_VALUE_CHARS)}… (${(text.length - MAX_VALUE_CHARS).toLocaleString('en-US')} more characters)`
}
