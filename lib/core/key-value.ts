/** `NAME=VALUE` lines, as build args, backend settings, variables and image pins are written. */

export interface KeyValue {
  /** Before the first `=`, trimmed. */
  key: string
  /** After the first `=`: trimmed unless `keepValue`. */
  value: string
}

/** Split at the first `=`; undefined when there is none or nothing before it. */
export function splitKeyValue(line: string, { keepValue = false } = {}): KeyValue | undefined {
  const eq = line.indexOf('=')
  if (eq <= 0) return undefined
  const key = line.slice(0, eq).trim()
  if (!key) return undefined
  const value = line.slice(eq + 1)
  return { key, value: keepValue ? value : value.trim() }
}
