import { describe, expect, it } from '@jest/globals'
import { cell, code, details, fenced, table } from '../markdown.js'

describe('markdown', () => {
  it('escapes table cells', () => {
    expect(cell('a|b\n<c>&')).toBe('a\\|b<br>&lt;c&gt;&amp;')
  })
  it('renders a table', () => {
    expect(table(['A', 'B'], [['1', 'x|y']])).toBe('| A | B |\n| --- | --- |\n| 1 | x\\|y |')
  })
  it('wraps code that contains backticks', () => {
    expect(code('a`b')).toBe('``a`b``')
    expect(code('plain')).toBe('`plain`')
  })
  it('fences with a longer fence than the content', () => {
    expect(fenced('```\nx\n```', 'hcl')).toBe('````hcl\n```\nx\n```\n````')
  })
  it('makes collapsible details', () => {
    expect(details('More', 'body')).toBe('<details><summary>More</summary>\n\nbody\n\n</details>')
  })
})
