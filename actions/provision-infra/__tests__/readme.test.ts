/** The README's inputs and outputs tables match action.yml: names, descriptions, defaults, order. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import yaml from 'js-yaml'
import { INPUTS, OUTPUTS } from '../src/inputs.js'

const dir = join(process.cwd(), 'actions', 'provision-infra')
const action = yaml.load(readFileSync(join(dir, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}
const readme = readFileSync(join(dir, 'README.md'), 'utf8')

function table(header: string): string[][] {
  const lines = readme.split('\n')
  const start = lines.findIndex(line => line.replace(/\s+/g, ' ') === header)
  expect(start).toBeGreaterThanOrEqual(0)
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map(cell => cell.trim().replace(/\\\|/g, '|'))
    )
  }
  return rows
}

const unquote = (cell: string) => cell.replace(/^`(.*)`$/, '$1')

describe('README', () => {
  it('lists every input of action.yml, in order, with its description and default', () => {
    const rows = table('| Name | Description | Default |')
    expect(rows.map(r => unquote(r[0]))).toEqual(Object.keys(action.inputs))
    for (const [name, description, def] of rows) {
      const input = action.inputs[unquote(name)]
      expect(description).toBe(input.description)
      expect(unquote(def)).toBe(input.default ?? '')
    }
  })

  it('lists every output of action.yml, in order, with its description', () => {
    const rows = table('| Name | Description |')
    expect(rows.map(r => unquote(r[0]))).toEqual(Object.keys(action.outputs))
    for (const [name, description] of rows)
      expect(description).toBe(action.outputs[unquote(name)].description)
  })

  it('names the same inputs and outputs as the code', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUTS).sort())
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUTS).sort())
  })
})
