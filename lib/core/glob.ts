/**
 * Path patterns of `.trivyignore.yaml` (`paths:`), matched the way Trivy matches them (doublestar):
 * `**` spans directories, `*` and `?` stay within one, `[abc]` and `{a,b}` as in a shell.
 */

/** A RegExp for `pattern`, or undefined when the pattern is malformed (unclosed `[` or `{`). */
export function globToRegExp(pattern: string): RegExp | undefined {
  let out = ''
  let braces = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      if (i + 1 >= pattern.length) return undefined
      out += escape(pattern[++i])
    } else if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/'
        const next = pattern[i + 2]
        i++
        if (atStart && next === '/') {
          out += '(?:.*/)?'
          i++
        } else if (atStart && next === undefined) out += '.*'
        else out += '[^/]*'
      } else out += '[^/]*'
    } else if (c === '?') out += '[^/]'
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end < 0) return undefined
      let body = pattern.slice(i + 1, end)
      if (body.startsWith('!') || body.startsWith('^')) body = `^${body.slice(1)}`
      out += `[${body.replace(/\\/g, '\\\\')}]`
      i = end
    } else if (c === '{') {
      braces++
      out += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      out += ')'
    } else if (c === ',' && braces > 0) out += '|'
    else out += escape(c)
  }
  if (braces !== 0) return undefined
  try {
    return new RegExp(`^${out}$`)
  } catch {
    return undefined
  }
}

function escape(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c
}

export function globMatch(pattern: string, path: string): boolean {
  return globToRegExp(pattern)?.test(path) ?? false
}
