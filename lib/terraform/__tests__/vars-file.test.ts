/** The vars input as a .tfvars.json: each value as `-var` would read it, by its declared type. */
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { declaredVariables, parsingMode, varsFileJson, writeVarsFile } from '../vars-file.js'

const MAIN_TF = `
variable "name" {
  type = string
}
variable "count_of" {
  type = number
}
variable "untyped" {}
variable "tags" {
  type = map(string)
}
variable "ports" {
  type = list(number)
}
`
const OVERRIDE_JSON = JSON.stringify({ variable: { flag: { type: 'bool' }, anything: { type: 'any' } } })

function modes() {
  return declaredVariables([
    { name: 'main.tf', text: MAIN_TF },
    { name: 'more.tf.json', text: OVERRIDE_JSON }
  ])
}

describe('parsingMode', () => {
  it.each([
    [undefined, 'literal'],
    ['${string}', 'literal'],
    ['${number}', 'literal'],
    ['bool', 'literal'],
    ['${list(string)}', 'hcl'],
    ['${any}', 'hcl'],
    ['${object({ a = string })}', 'hcl']
  ])('%s → %s', (type, mode) => expect(parsingMode(type)).toBe(mode))
})

describe('declaredVariables', () => {
  it('reads the variable blocks of .tf (HCL) and .tf.json files', async () => {
    expect(Object.fromEntries(modes())).toEqual({
      name: 'literal',
      count_of: 'literal',
      untyped: 'literal',
      tags: 'hcl',
      ports: 'hcl',
      flag: 'literal',
      anything: 'hcl'
    })
  })

  it('names the file it cannot read', async () => {
    expect(() => declaredVariables([{ name: 'broken.tf.json', text: '{' }])).toThrow(
      /^Cannot read the variable declarations of broken\.tf\.json: /
    )
  })
})

describe('varsFileJson', () => {
  it('writes literal values as they are and HCL values as JSON; the last of a name wins', async () => {
    const json = varsFileJson(
      [
        { name: 'name', value: 'first' },
        { name: 'name', value: 'a "quoted" ${not.interpolated} %{x} \\ value' },
        { name: 'count_of', value: '3' },
        { name: 'untyped', value: '[not, a, list]' },
        { name: 'tags', value: '{ team = "erp", "cost-centre" = "42" }' },
        { name: 'ports', value: '[80, 443]' },
        { name: 'flag', value: 'true' }
      ],
      modes()
    )
    expect(JSON.parse(json)).toEqual({
      name: 'a "quoted" ${not.interpolated} %{x} \\ value',
      count_of: '3',
      untyped: '[not, a, list]',
      tags: { team: 'erp', 'cost-centre': '42' },
      ports: [80, 443],
      flag: 'true'
    })
  })

  it.each([
    [
      'an undeclared name',
      { name: 'nmae', value: 'x' },
      /^Input "vars": "nmae" is not declared by the root module; accepted: names of its variable blocks \(anything, count_of, flag, name, ports, tags, untyped\)$/
    ],
    [
      'an HCL value that is not an expression',
      { name: 'tags', value: '{ team = ' },
      /^Input "vars": the value of tags is not a constant HCL expression/
    ],
    [
      'an HCL value that would set another variable',
      { name: 'ports', value: '[80]\nname = "x"' },
      /the value of ports is not a constant HCL expression/
    ],
    [
      'an HCL value with a reference',
      { name: 'tags', value: '{ team = "${var.name}" }' },
      /the value of tags is not a constant HCL expression/
    ]
  ])('refuses %s', async (_, variable, message) => {
    expect(() => varsFileJson([variable], modes())).toThrow(message)
  })
})

describe('writeVarsFile', () => {
  it('writes a file only its owner can read, in its own directory, and removes both', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'shipline-vars-test-'))
    try {
      const file = await writeVarsFile(temp, '{"a": "b"}\n')
      expect(statSync(file.path).mode & 0o777).toBe(0o600)
      expect(file.path.endsWith('.tfvars.json')).toBe(true)
      expect(await readFile(file.path, 'utf8')).toBe('{"a": "b"}\n')
      await file.remove()
      expect(existsSync(file.path)).toBe(false)
      expect(existsSync(join(file.path, '..'))).toBe(false)
    } finally {
      rmSync(temp, { recursive: true, force: true })
    }
  })
})
