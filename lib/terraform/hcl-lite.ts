/**
 * The two things Shipline reads from HCL itself (no WebAssembly parser in the bundles): how a root
 * module's `variable` blocks are typed, and the value of a constant expression (strings, numbers,
 * bools, null, tuples and objects of them), as Terraform evaluates a `-var` value without variables
 * or functions. Pure; anything else is refused with the reason.
 */

export class HclError extends Error {}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y

/** The index after the comment at `i`, or `i` when none starts there. */
function afterComment(s: string, i: number): number {
  if (s[i] === '#' || s.startsWith('//', i)) {
    const end = s.indexOf('\n', i)
    return end < 0 ? s.length : end
  }
  if (s.startsWith('/*', i)) {
    const end = s.indexOf('*/', i + 2)
    if (end < 0) throw new HclError('unterminated /* comment')
    return end + 2
  }
  return i
}

function skipSpace(s: string, i: number, newlines: boolean): number {
  for (;;) {
    const c = s[i]
    if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n')) i++
    else {
      const next = afterComment(s, i)
      if (next === i) return i
      i = next
    }
  }
}

/** The index after a heredoc whose `<<` is at `i`. */
function skipHeredoc(s: string, i: number): number {
  const match = /<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/y
  match.lastIndex = i
  const m = match.exec(s)
  if (!m) return i + 2
  const end = new RegExp(`^[ \\t]*${m[1]}[ \\t]*$`, 'm')
  const rest = s.slice(match.lastIndex)
  const found = end.exec(rest)
  if (!found) throw new HclError(`unterminated heredoc ${m[1]}`)
  return match.lastIndex + found.index + found[0].length
}

/** The index after the string whose opening quote is at `i` (templates skipped, nested strings too). */
function skipString(s: string, i: number): number {
  for (i++; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') i++
    else if (c === '"') return i + 1
    else if ((c === '$' || c === '%') && s[i + 1] === c && s[i + 2] === '{') i += 2
    else if ((c === '$' || c === '%') && s[i + 1] === '{') i = skipGroup(s, i + 1) - 1
  }
  throw new HclError('unterminated string')
}

/** The index after the bracketed group whose opening bracket is at `i`. */
function skipGroup(s: string, i: number): number {
  let depth = 0
  while (i < s.length) {
    const next = afterComment(s, i)
    if (next !== i) {
      i = next
      continue
    }
    const c = s[i]
    if (c === '"') i = skipString(s, i)
    else if (s.startsWith('<<', i)) i = skipHeredoc(s, i)
    else {
      if ('{[('.includes(c)) depth++
      if ('}])'.includes(c) && --depth === 0) return i + 1
      i++
    }
  }
  throw new HclError('unbalanced brackets')
}

/** The identifiers that start an item of a body (a file, or a block's braces), with where each ends. */
function bodyItems(s: string): Array<{ name: string; end: number }> {
  const items: Array<{ name: string; end: number }> = []
  let i = 0
  let lineStart = true
  while (i < s.length) {
    const next = afterComment(s, i)
    if (next !== i) {
      i = next
      continue
    }
    const c = s[i]
    IDENT.lastIndex = i
    const ident = lineStart ? IDENT.exec(s) : null
    if (ident) {
      items.push({ name: ident[0], end: IDENT.lastIndex })
      i = IDENT.lastIndex
    } else if (c === '"') i = skipString(s, i)
    else if (s.startsWith('<<', i)) i = skipHeredoc(s, i)
    else if ('{[('.includes(c)) i = skipGroup(s, i)
    else i++
    if (!ident) lineStart = c === '\n' || (lineStart && (c === ' ' || c === '\t' || c === '\r'))
    else lineStart = false
  }
  return items
}

export type ParsingMode = 'literal' | 'hcl'

/** A `variable` block's body → how `-var` parses its value: as it is for string/number/bool or no type. */
function blockMode(body: string): ParsingMode {
  for (const item of bodyItems(body)) {
    if (item.name !== 'type') continue
    const rest = body.slice(skipSpace(body, item.end, false))
    if (!rest.startsWith('=') || rest.startsWith('==')) continue
    const line = rest.slice(1).split('\n')[0]
    return /^\s*(string|number|bool)\s*(?:(?:#|\/\/|\/\*).*)?$/.test(line) ? 'literal' : 'hcl'
  }
  return 'literal'
}

/** The variables a `.tf` file declares, with how `-var` parses each. */
export function variableModes(text: string): Map<string, ParsingMode> {
  const modes = new Map<string, ParsingMode>()
  for (const item of bodyItems(text)) {
    if (item.name !== 'variable') continue
    const label = /\s*"((?:[^"\\]|\\.)*)"\s*\{/y
    label.lastIndex = item.end
    const m = label.exec(text)
    if (!m) continue
    const open = label.lastIndex - 1
    const close = skipGroup(text, open)
    modes.set(JSON.parse(`"${m[1]}"`), blockMode(text.slice(open + 1, close - 1)))
  }
  return modes
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }

/** A quoted string with no template sequences; `i` at the opening quote. */
function readString(s: string, i: number): { value: string; end: number } {
  let value = ''
  for (i++; i < s.length; i++) {
    const c = s[i]
    if (c === '"') return { value, end: i + 1 }
    if (c === '\n') break
    if (c === '\\') {
      const e = s[++i]
      const hex = e === 'u' ? 4 : e === 'U' ? 8 : 0
      if (hex) {
        value += String.fromCodePoint(parseInt(s.slice(i + 1, i + 1 + hex), 16))
        i += hex
      } else if (e in ESCAPES) value += ESCAPES[e]
      else throw new HclError(`unknown escape \\${e}`)
    } else if ((c === '$' || c === '%') && s[i + 1] === c && s[i + 2] === '{') {
      value += `${c}{`
      i += 2
    } else if ((c === '$' || c === '%') && s[i + 1] === '{')
      throw new HclError('a template (${…} or %{…}) is not a constant')
    else value += c
  }
  throw new HclError('unterminated string')
}

/** One constant value at `i` (whitespace and newlines skipped first). */
function readValue(s: string, start: number): { value: unknown; end: number } {
  const i = skipSpace(s, start, true)
  const c = s[i]
  if (c === '"') return readString(s, i)
  if (c === '[' || c === '{') return readCollection(s, i)
  const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y
  number.lastIndex = i
  const n = number.exec(s)
  if (n) return { value: Number(n[0]), end: number.lastIndex }
  IDENT.lastIndex = i
  const word = IDENT.exec(s)?.[0]
  const keywords: Record<string, unknown> = { true: true, false: false, null: null }
  if (word !== undefined && word in keywords) return { value: keywords[word], end: IDENT.lastIndex }
  throw new HclError(word ? `"${word}" is not a constant` : `unexpected ${c ? `"${c}"` : 'end'}`)
}

/** A tuple `[a, b]` or an object `{ k = v, "k" : v }` at `i`. */
function readCollection(s: string, i: number): { value: unknown; end: number } {
  const tuple = s[i] === '['
  const close = tuple ? ']' : '}'
  const items: unknown[] = []
  const object: Record<string, unknown> = {}
  for (i++; ;) {
    i = skipSpace(s, i, true)
    if (s[i] === close) return { value: tuple ? items : object, end: i + 1 }
    if (tuple) {
      const item = readValue(s, i)
      items.push(item.value)
      i = item.end
    } else {
      IDENT.lastIndex = i
      const ident = IDENT.exec(s)
      const key = ident
        ? { value: ident[0], end: IDENT.lastIndex }
        : s[i] === '"'
          ? readString(s, i)
          : undefined
      if (!key) throw new HclError(`an object key is a name or a string, not "${s[i] ?? 'end'}"`)
      i = skipSpace(s, key.end, true)
      if (s[i] !== '=' && s[i] !== ':') throw new HclError(`expected = after the key ${key.value}`)
      const item = readValue(s, i + 1)
      object[String(key.value)] = item.value
      i = item.end
    }
    const after = skipSpace(s, i, false)
    const next = skipSpace(s, after, true)
    if (s[after] === ',') i = after + 1
    else if (s[next] === close || (!tuple && next > after)) i = next
    else throw new HclError(`expected , or ${close}`)
  }
}

/** The value of a constant HCL expression, or an HclError saying why it is not one. */
export function constantValue(text: string): unknown {
  const { value, end } = readValue(text, 0)
  const rest = skipSpace(text, end, true)
  if (rest < text.length) throw new HclError(`unexpected "${text.slice(rest, rest + 20)}" after the value`)
  return value
}
