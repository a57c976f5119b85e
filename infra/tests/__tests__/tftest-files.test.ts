import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { assertionTitle, isPerEnvironment, readTestFile, withoutInterpolations } from './tftest-files.js'

const dir = mkdtempSync(join(tmpdir(), 'shipline-tftest-files-'))
mkdirSync(join(dir, 'tests'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, text: string): string {
  const path = join(dir, 'tests', name)
  writeFileSync(path, text)
  return path
}

describe('assertion titles', () => {
  it('drop interpolations, directives and the Planned: tail', () => {
    expect(withoutInterpolations('a ${jsonencode({ for k, v in x : k => v })} b %{if c}d%{endif}')).toBe(
      'a … b …d…'
    )
    expect(withoutInterpolations('literal $${x} stays')).toBe('literal $${x} stays')
    expect(
      assertionTitle(
        'RDS: backups must be kept at least 7 days (${var.x}).\n Planned: ${module.rds.days} days.'
      )
    ).toBe('RDS: backups must be kept at least 7 days (…).')
  })
})

describe('readTestFile', () => {
  it('gives the run blocks in file order, with the lines of each assertion', async () => {
    const path = file(
      'a.tftest.hcl',
      `run "second_in_name_order" {
  command = plan

  assert {
    condition     = true
    error_message = "First: one. Planned: \${var.a}."
  }

  assert {
    condition = alltrue([
      true,
    ])
    error_message = "First: two."
  }
}

run "a_validation" {
  command = plan

  expect_failures = [var.b]
}
`
    )
    const read = await readTestFile(dir, path)
    expect(read).toEqual({
      path: 'tests/a.tftest.hcl',
      runs: [
        {
          name: 'second_in_name_order',
          startLine: 1,
          endLine: 15,
          command: 'plan',
          expectFailures: [],
          assertions: [
            {
              startLine: 4,
              endLine: 7,
              errorMessage: 'First: one. Planned: ${var.a}.',
              title: 'First: one.'
            },
            { startLine: 9, endLine: 14, errorMessage: 'First: two.', title: 'First: two.' }
          ]
        },
        {
          name: 'a_validation',
          startLine: 17,
          endLine: 21,
          command: 'plan',
          expectFailures: ['${var.b}'],
          assertions: []
        }
      ]
    })
  })

  it('refuses a file that is not in terraform fmt layout, or states one requirement twice', async () => {
    await expect(
      readTestFile(
        dir,
        file(
          'b.tftest.hcl',
          'run "x" {\n    assert {\n      condition = true\n      error_message = "m"\n    }\n}\n'
        )
      )
    ).rejects.toThrow(
      'tests/b.tftest.hcl: run "x" has 1 assert blocks but 0 in the terraform fmt layout (run terraform fmt)'
    )
    const twice =
      'run "y" {\n  assert {\n    condition     = true\n    error_message = "Same."\n  }\n\n  assert {\n    condition     = false\n    error_message = "Same."\n  }\n}\n'
    await expect(readTestFile(dir, file('c.tftest.hcl', twice))).rejects.toThrow(
      'tests/c.tftest.hcl: run "y" states "Same." twice; give each assertion its own message'
    )
  })
})

describe('isPerEnvironment', () => {
  it('is true for environment*.tftest.hcl only', () => {
    expect(isPerEnvironment('tests/environment.tftest.hcl')).toBe(true)
    expect(isPerEnvironment('tests/environment_edge.tftest.hcl')).toBe(true)
    expect(isPerEnvironment('tests/options.tftest.hcl')).toBe(false)
    expect(isPerEnvironment('tests/my-environment.tftest.hcl')).toBe(false)
  })
})
