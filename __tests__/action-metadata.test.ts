/**
 * Every action, one test: for each actions/<name>/action.yml (a new action is covered by being
 * there), it runs on node24 from its committed bundle, the INPUTS and OUTPUTS constants of its
 * src/inputs.ts name exactly what action.yml declares, and its README's input and output tables list
 * exactly the inputs and outputs of action.yml, in the same order, with the same descriptions,
 * required marks and defaults.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import yaml from 'js-yaml'
import { tableAfter, unquote } from '../__fixtures__/readme-tables.js'

interface ActionYml {
  name: string
  description: string
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>
  outputs?: Record<string, { description: string }>
  runs: { using: string; main: string; post?: string }
}

const root = fileURLToPath(new URL('..', import.meta.url))
const actions = readdirSync(join(root, 'actions')).filter(name =>
  existsSync(join(root, 'actions', name, 'action.yml'))
)

/** A YAML folded description as the README shows it, on one line. */
const flat = (text: string) => text.trim().replace(/\s*\n\s*/g, ' ')

describe('the actions', () => {
  it('are found', () => expect(actions.length).toBeGreaterThanOrEqual(5))
})

describe.each(actions)('actions/%s', name => {
  const dir = join(root, 'actions', name)
  const meta = yaml.load(readFileSync(join(dir, 'action.yml'), 'utf8')) as ActionYml
  const readme = readFileSync(join(dir, 'README.md'), 'utf8')
  const inputs = Object.entries(meta.inputs ?? {})
  const outputs = Object.entries(meta.outputs ?? {})

  it('runs on node24 from its committed bundle', () => {
    expect(meta.runs.using).toBe('node24')
    expect(meta.runs.main).toBe('dist/index.js')
    if (meta.runs.post !== undefined) expect(meta.runs.post).toBe('dist/index.js')
    expect(existsSync(join(dir, 'dist', 'index.js'))).toBe(true)
  })

  it('names in src/inputs.ts (INPUTS, OUTPUTS) exactly the inputs and outputs of action.yml', async () => {
    const code = (await import(join(dir, 'src', 'inputs.ts'))) as {
      INPUTS: Record<string, string>
      OUTPUTS: Record<string, string>
    }
    expect(Object.values(code.INPUTS).sort()).toEqual(inputs.map(([input]) => input).sort())
    expect(Object.values(code.OUTPUTS).sort()).toEqual(outputs.map(([output]) => output).sort())
  })

  it('documents every input in its README, in order, with the same description, required mark and default', () => {
    const table = tableAfter(readme, '## Inputs')
    expect(table?.header).toEqual(['Name', 'Description', 'Default'])
    expect(table?.rows.map(row => [unquote(row.Name), row.Description, row.Default])).toEqual(
      inputs.map(([input, spec]) => [
        input,
        flat(spec.description),
        spec.required ? '(required)' : spec.default ? `\`${spec.default}\`` : ''
      ])
    )
  })

  it('documents every output in its README, in order, with the same description', () => {
    const table = tableAfter(readme, '## Outputs')
    if (outputs.length === 0) return expect(table).toBeUndefined()
    expect(table?.header).toEqual(['Name', 'Description'])
    expect(table?.rows.map(row => [unquote(row.Name), row.Description])).toEqual(
      outputs.map(([output, spec]) => [output, flat(spec.description)])
    )
  })
})
