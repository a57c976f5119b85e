/** Markdown for job summaries and PR comments: pure string builders, no I/O. */

/** Escape text for a table cell: pipes, newlines and HTML-significant characters. */
export function cell(text: string | number | boolean): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')
}

/** Inline code that survives backticks in the content. */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`'
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** A GitHub-flavoured table; cells are escaped unless they are already markdown (`raw`). */
export function table(headers: string[], rows: Array<Array<string | number | boolean>>, raw = false): string {
  const render = (row: Array<string | number | boolean>) =>
    `| ${row.map(value => (raw ? String(value) : cell(value))).join(' | ')} |`
  return [render(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(render)].join('\n')
}

/** A collapsible section. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function fenced(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${text}\n${fence}`
}

export function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${text}`
}
