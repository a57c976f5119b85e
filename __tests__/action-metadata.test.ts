/**
 * Every action's metadata and README agree: the README's input and output tables list exactly the
 * inputs and outputs of action.yml, in the same order, with the same descriptions and defaults.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import yaml from 'js-yaml'

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

/** Rows of the markdown table that follows `## <title>`. */
function tableRows(readme: string, title: string): string[][] {
  const section = readme.split(/^## /m).find(part => part.startsWith(`${title}\n`))
  if (!section) return []
  return section
    .split('\n')
    .filter(line => line.startsWith('|'))
    .slice(2)
    .map(line =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map(c => c.trim())
    )
}

const unquote = (text: string) => text.replace(/^`(.*)`$/, '$1')

describe.each(actions)('actions/%s', name => {
  const dir = join(root, 'actions', name)
  const meta = yaml.load(readFileSync(join(dir, 'action.yml'), 'utf8')) as ActionYml
  const readme = readFileSync(join(dir, 'README.md'), 'utf8')

  it('runs on node24 from its committed bundle', () => {
    expect(meta.runs.using).toBe('node24')
    expect(meta.runs.main).toBe('dist/index.js')
    expect(existsSync(join(dir, 'dist', 'index.js'))).toBe(true)
  })

  it('documents every input in its README, in order, with the same description and default', () => {
    const expected = Object.entries(meta.inputs ?? {}).map(([input, spec]) => [
      input,
      spec.description,
      spec.required ? '(required)' : (spec.default ?? '')
    ])
    const actual = tableRows(readme, 'Inputs').map(([input, description, defaultValue]) => [
      unquote(input),
      description,
      unquote(defaultValue)
    ])
    expect(actual).toEqual(expected)
  })

  it('documents every output in its README, in order, with the same description', () => {
    const expected = Object.entries(meta.outputs ?? {}).map(([output, spec]) => [output, spec.description])
    const actual = tableRows(readme, 'Outputs').map(([output, description]) => [unquote(output), description])
    expect(actual).toEqual(expected)
  })
})
