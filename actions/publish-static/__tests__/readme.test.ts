import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import yaml from 'js-yaml'
import { INPUTS, OUTPUTS } from '../src/inputs.js'

const dir = fileURLToPath(new URL('..', import.meta.url))
const action = yaml.load(readFileSync(`${dir}action.yml`, 'utf8')) as {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}
const readme = readFileSync(`${dir}README.md`, 'utf8')

/** Cells of a markdown table row, trimmed (prettier pads them), escaped pipes restored. */
function cells(line: string): string[] {
  return line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map(c => c.trim().replace(/\\\|/g, '|'))
}

function tableAfter(header: string): string[][] {
  const lines = readme.split('\n')
  const wanted = cells(header).join('|')
  const start = lines.findIndex(line => line.startsWith('|') && cells(line).join('|') === wanted)
  expect(start).toBeGreaterThan(-1)
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(cells(line))
  }
  return rows
}

const flat = (text: string) => text.trim().replace(/\s*\n\s*/g, ' ')

describe('README matches action.yml', () => {
  it('runs on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('inputs table: same names, order, descriptions and defaults', () => {
    const rows = tableAfter('| Name | Description | Default |')
    expect(rows.map(r => r[0])).toEqual(Object.keys(action.inputs).map(k => `\`${k}\``))
    for (const [i, [name, spec]] of Object.entries(action.inputs).entries()) {
      expect([name, rows[i][1]]).toEqual([name, flat(spec.description)])
      const expected = spec.required ? '(required)' : spec.default ? `\`${spec.default}\`` : ''
      expect([name, rows[i][2] ?? '']).toEqual([name, expected])
    }
  })

  it('outputs table: same names, order and descriptions', () => {
    const rows = tableAfter('| Name | Description |')
    expect(rows.map(r => r[0])).toEqual(Object.keys(action.outputs).map(k => `\`${k}\``))
    Object.values(action.outputs).forEach((spec, i) => expect(rows[i][1]).toBe(flat(spec.description)))
  })

  it('the INPUTS and OUTPUTS constants name exactly what action.yml declares', () => {
    expect(Object.values(INPUTS).sort()).toEqual(Object.keys(action.inputs).sort())
    expect(Object.values(OUTPUTS).sort()).toEqual(Object.keys(action.outputs).sort())
  })
})
