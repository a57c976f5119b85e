/**
 * The one reader of the markdown tables the READMEs document inputs and outputs with (the actions'
 * tables, the reusable workflows' table): cells trimmed (prettier pads them), escaped pipes restored.
 */

export interface MarkdownTable {
  header: string[]
  /** Each row keyed by its column's header. */
  rows: Array<Record<string, string>>
}

/** The cells of one table line. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map(cell => cell.trim().replace(/\\\|/g, '|'))
}

/**
 * The first table after the line that `anchor` matches (a heading such as `## Inputs`, or a line of
 * text), or undefined when there is none.
 */
export function tableAfter(markdown: string, anchor: string | RegExp): MarkdownTable | undefined {
  const lines = markdown.split('\n')
  const at = lines.findIndex(line =>
    typeof anchor === 'string' ? line.trim() === anchor : anchor.test(line)
  )
  if (at < 0) return undefined
  const start = lines.findIndex((line, i) => i > at && line.trim().startsWith('|'))
  if (start < 0 || !/^\|?\s*:?-{3,}/.test(lines[start + 1]?.trim() ?? '')) return undefined
  const header = cells(lines[start])
  const rows: Array<Record<string, string>> = []
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break
    const row = cells(line)
    rows.push(Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])))
  }
  return { header, rows }
}

/** `` `name` `` → `name`. */
export function unquote(cell: string): string {
  return cell.replace(/^`(.*)`$/, '$1')
}
