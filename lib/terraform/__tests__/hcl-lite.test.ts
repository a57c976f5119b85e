/** The small HCL reader against HashiCorp's own parser (@cdktf/hcl2json, the Go HCL library in WebAssembly). */
import { describe, expect, it } from '@jest/globals'
import { parse } from '@cdktf/hcl2json'
import { constantValue, variableModes } from '../hcl-lite.js'
import { parsingMode } from '../vars-file.js'

const TRICKY_TF = `
# variable "commented" { type = list(string) }
/* variable "block_commented" {
  type = map(string)
} */
locals {
  text = "variable \\"in_a_string\\" { type = list(string) }"
  doc  = <<-EOT
    variable "in_a_heredoc" {
      type = list(string)
    }
  EOT
}

variable "plain" {}
variable "name" {
  description = "a { brace } and \${interpolation} in a string"
  type        = string # the name
}
variable "one_line" { type = number }
variable "ports" {
  type = list(number)
  validation {
    condition     = length(var.ports) > 0
    error_message = "type = string is not the type here"
  }
}
variable "settings" {
  type = object({
    replicas = number
    labels   = map(string)
  })
  default = { replicas = 1, labels = {} }
}
variable "flag" {
  default = true
  type    = bool
}
variable "anything" {
  type = any
}
`

describe('variableModes', () => {
  it('finds what the HCL parser finds, wherever the text looks like a variable block', async () => {
    const parsed = (await parse('main.tf', TRICKY_TF)) as {
      variable: Record<string, Array<{ type?: string }>>
    }
    const expected = Object.fromEntries(
      Object.entries(parsed.variable).map(([name, [block]]) => [name, parsingMode(block.type)])
    )
    expect(Object.fromEntries(variableModes(TRICKY_TF))).toEqual(expected)
    expect(expected).toEqual({
      plain: 'literal',
      name: 'literal',
      one_line: 'literal',
      ports: 'hcl',
      settings: 'hcl',
      flag: 'literal',
      anything: 'hcl'
    })
  })
})

describe('constantValue', () => {
  it.each([
    '"text"',
    '"escapes: \\" \\\\ \\n \\t \\u00e9"',
    '42',
    '-1.5e3',
    'true',
    'null',
    '[]',
    '["a", "b",]',
    '[1, [2, 3], { a = 1 }]',
    '{ team = "erp", "cost-centre" = "42" }',
    '{\n  a = 1\n  b = [\n    "x",\n    "y"\n  ]\n}',
    '{ a: 1, b: "two" } # a comment',
    '{\n  # a comment\n  a = 1 // another\n  /* and */ b = 2\n}'
  ])('%s: the value the HCL parser gives', async text => {
    const parsed = (await parse('v.tfvars', `value = ${text}\n`)) as { value: unknown }
    expect(constantValue(text)).toEqual(parsed.value)
  })

  it('evaluates $${ and %%{ to the literal ${ and %{, as Terraform does (hcl2json keeps the source)', () => {
    expect(constantValue('["$${literal}", "%%{literal}"]')).toEqual(['${literal}', '%{literal}'])
  })

  it.each([
    ['"${var.x}"', 'a template (${…} or %{…}) is not a constant'],
    ['["%{ if true }x%{ endif }"]', 'a template (${…} or %{…}) is not a constant'],
    ['var.tags', '"var" is not a constant'],
    ['tomap({})', '"tomap" is not a constant'],
    ['[1]\nother = "x"', 'unexpected "other = "x"" after the value'],
    ['{ a = 1 b = 2 }', 'expected , or }'],
    ['[1 2]', 'expected , or ]'],
    ['"open', 'unterminated string'],
    ['', 'unexpected end']
  ])('refuses %j: %s', (text, message) => expect(() => constantValue(text)).toThrow(message))
})
