import { describe, expect, it } from '@jest/globals'
import { blocksClosed, fitSections, type Loss, safeCut, type Section } from '../budget.js'

/** A section whose variants have the given lengths and losses ("100", "60:list", …). */
function section(name: string, ...variants: string[]): Section {
  return {
    name,
    variants: variants.map(v => {
      const [n, loses = 'detail'] = v.split(':')
      return { text: 'x'.repeat(Number(n)), loses: loses as Loss }
    })
  }
}

describe('fitSections', () => {
  it.each<[string, Section[], number, number[]]>([
    [
      'everything fits: the fullest of each',
      [section('a', '100', '50'), section('b', '100', '10')],
      200,
      [0, 0]
    ],
    [
      'details go before lists, whichever section is longer',
      [section('plan', '300', '200:list'), section('scan', '100', '40:detail')],
      340,
      [0, 1]
    ],
    [
      'lists go before risks',
      [section('plan', '300', '100:risk'), section('scan', '300', '100:list')],
      400,
      [0, 1]
    ],
    [
      'among equal losses the longest section gives first',
      [section('plan', '500', '300'), section('scan', '200', '100')],
      600,
      [1, 0]
    ],
    [
      'a section steps as many times as needed',
      [section('plan', '1000', '800', '600', '400'), section('images', '100')],
      550,
      [3, 0]
    ],
    [
      'room freed by a big step goes back, most important first',
      // plan must go to 100 (its only step); that leaves room for the scan's fullest again.
      [section('plan', '900', '100:list'), section('scan', '300', '200:detail')],
      420,
      [1, 0]
    ],
    [
      'risks are given up only when nothing else is left (equal lengths: the first section)',
      [section('plan', '400', '300:detail', '200:risk'), section('scan', '400', '300:list', '100:risk')],
      500,
      [2, 1]
    ],
    [
      'too small for even the shortest: the shortest of each',
      [section('a', '100', '50'), section('b', '100', '60')],
      10,
      [1, 1]
    ]
  ])('%s', (_, sections, room, expected) => {
    const chosen = fitSections(sections, room)
    expect(chosen).toEqual(expected)
    const total = chosen.reduce((n, c, i) => n + sections[i].variants[c].text.length, 0)
    if (room >= sections.reduce((n, s) => n + s.variants[s.variants.length - 1].text.length, 0))
      expect(total).toBeLessThanOrEqual(room)
  })
})

describe('safeCut', () => {
  const note = '_cut: see the job summary_'
  const doc = [
    '**Plan: 3 to add.**',
    '',
    '- `a`',
    '',
    '<details><summary>a</summary>',
    '',
    '```diff',
    '+ x = 1',
    '+ y = 2',
    '```',
    '',
    '</details>',
    '',
    '- `b`',
    '',
    '````',
    'a ``` inside',
    '````',
    '',
    'end'
  ].join('\n')

  it('returns the text unchanged when it fits', () => expect(safeCut(doc, doc.length, note)).toBe(doc))

  it.each(Array.from({ length: doc.length - note.length - 2 }, (_, i) => i + note.length + 2))(
    'cut at %i characters: within the limit, every block closed, the note at the end',
    max => {
      const cut = safeCut(doc, max, note)
      expect(cut.length).toBeLessThanOrEqual(max)
      expect(blocksClosed(cut)).toBe(true)
      expect(cut.endsWith(note)).toBe(true)
      expect(doc.startsWith(cut.slice(0, cut.length - note.length).trimEnd())).toBe(true)
    }
  )

  it('keeps a whole <details> block when it fits, never half of one', () => {
    const at = doc.indexOf('</details>') + '</details>'.length
    expect(safeCut(doc, at + note.length + 2, note)).toBe(`${doc.slice(0, at)}\n\n${note}`)
    expect(safeCut(doc, at + note.length + 1, note)).toBe(
      `${doc.slice(0, doc.indexOf('\n\n<details>'))}\n\n${note}`
    )
  })
})

describe('blocksClosed', () => {
  it.each<[string, boolean]>([
    ['text', true],
    ['```\ncode\n```', true],
    ['```\ncode', false],
    ['````\n```\n````', true],
    ['````\n```', false],
    ['<details><summary>x</summary>\n\ny\n\n</details>', true],
    ['<details><summary>x</summary>\n\ny', false],
    ['```\n<details>\n```', true]
  ])('%j → %s', (text, closed) => expect(blocksClosed(text)).toBe(closed))
})
