import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractPlanJson, firstSyntaxError, parsePlanJson } from '../plan-json.js'
import { PLAN_JSON } from '../../../__fixtures__/terraform-sandbox.js'

const read = (name: string) => readFileSync(join(PLAN_JSON, name), 'utf8')
const WRAPPED = 'infracost-plan-with-setup-terraform-wrapper.txt'

describe('parsePlanJson errors: one line, with where the problem is', () => {
  it.each<[string, string, string]>([
    [
      'the setup-terraform wrapper output',
      read(WRAPPED),
      'wrapped.txt is not JSON: unexpected "c" at line 1, column 2 (this is the output of the setup-terraform wrapper: run terraform show -json with terraform_wrapper: false)'
    ],
    [
      'a truncated file',
      '{"format_version": "1.2", "resource_changes": [',
      'plan.json is not JSON: the text ends early at line 1, column 48'
    ],
    [
      'a bad token on a later line',
      '{\n  "format_version": "1.2",\n  "errored": nope\n}',
      'plan.json is not JSON: unexpected "o" at line 3, column 15'
    ],
    [
      'trailing text',
      '{"format_version":"1.2","errored":false}\nPlan: 1 to add',
      'plan.json is not JSON: unexpected "P" at line 2, column 1'
    ],
    ['an empty file', '', 'plan.json is not JSON: the text ends early at line 1, column 1'],
    [
      'a trailing comma',
      '{"format_version":"1.2",}',
      'plan.json is not JSON: unexpected "}" at line 1, column 25'
    ],
    [
      'a control character in a string',
      '{"a":"x\ty"}',
      'plan.json is not JSON: unexpected U+0009 at line 1, column 8'
    ],
    ['a list', '[1, 2]', 'plan.json is JSON but not a Terraform plan: the top level is not an object'],
    [
      'an object without format_version',
      '{"resource_changes": []}',
      'plan.json is JSON but not a Terraform plan: no "format_version" at the top level (expected the output of terraform show -json PLANFILE)'
    ],
    [
      'an unsupported major version',
      '{"format_version": "2.0", "resource_changes": []}',
      'plan.json: plan format_version 2.0 is not supported; Shipline reads format versions 0.x and 1.x'
    ],
    [
      'a malformed version',
      '{"format_version": "one", "resource_changes": []}',
      'plan.json: format_version "one" is not a MAJOR.MINOR version'
    ],
    [
      'a state instead of a plan',
      '{"format_version": "1.0", "terraform_version": "1.9.8", "values": {}}',
      'plan.json is a Terraform state, not a plan (no resource_changes or planned_values): run terraform show -json PLANFILE'
    ],
    [
      'a resource change without actions',
      '{"format_version": "1.2", "resource_changes": [{"address": "a.b", "change": {"actions": []}}]}',
      'plan.json: resource_changes[0].change.actions is not a non-empty list of strings, as a Terraform plan has it'
    ],
    [
      'a resource change without an address',
      '{"format_version": "1.2", "resource_changes": [{"change": {"actions": ["create"]}}]}',
      'plan.json: resource_changes[0] is not an object with a string "address", as a Terraform plan has it'
    ],
    [
      'an output change that is not an object',
      '{"format_version": "1.2", "output_changes": {"url": 3}}',
      'plan.json: output_changes["url"] is not an object, as a Terraform plan has it'
    ]
  ])('%s', (_name, text, message) => {
    const source = _name === 'the setup-terraform wrapper output' ? 'wrapped.txt' : 'plan.json'
    expect(() => parsePlanJson(text, source)).toThrow(message)
    try {
      parsePlanJson(text, source)
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })

  it('accepts a byte-order mark and both format families', () => {
    expect(parsePlanJson(`\ufeff${read('terraform-basic-create.json')}`, 'x').format_version).toBe('1.0')
    expect(parsePlanJson(read('infracost-aws-v0.14-plan.json'), 'x').format_version).toBe('0.1')
  })

  it('agrees with JSON.parse on valid JSON', () => {
    for (const name of ['terraform-modules.json', 'terraform-unknown-output.json']) {
      const text = read(name)
      expect(firstSyntaxError(text)).toBe(text.length)
    }
  })
})

describe('extractPlanJson', () => {
  it('finds the plan line in the wrapper output (the action reads terraform through it)', () => {
    const plan = extractPlanJson(read(WRAPPED), 'terraform show -json')
    expect(plan.format_version).toBe('0.2')
    expect(plan.resource_changes?.map(rc => rc.address)).toEqual([
      'aws_instance.web_app',
      'aws_lambda_function.hello_world'
    ])
  })

  it('still fails with the position when no line is a plan', () => {
    expect(() => extractPlanJson('[command]terraform show -json\nboom', 'x')).toThrow(
      'x is not JSON: unexpected "c" at line 1, column 2'
    )
  })
})
