import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  extractPlanJson,
  firstSyntaxError,
  parsePlanJson,
  planChecksum,
  type PlanJson
} from '../plan-json.js'
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

describe('planChecksum', () => {
  const base = () => parsePlanJson(read('terraform-equivalence-local_provider_update.json'), 'x')
  const variants: Array<[string, (p: PlanJson) => void]> = [
    ['pretty-printed vs compact', () => undefined],
    ['a timestamp', p => (p.timestamp = '2025-01-14T09:12:33Z')],
    ['another terraform_version', p => (p.terraform_version = '1.11.4')],
    ['a refreshed prior_state', p => (p.prior_state = { values: { root_module: {} } })],
    ['other configuration text', p => (p.configuration = {})],
    [
      'a no-op resource',
      p =>
        p.resource_changes?.push({
          address: 'a.b',
          change: { actions: ['no-op'], before: { x: 1 }, after: { x: 1 } }
        })
    ]
  ]

  it.each(variants)('is unchanged by %s', (_name, mutate) => {
    const plan = base()
    mutate(plan)
    expect(planChecksum(parsePlanJson(JSON.stringify(plan), 'x'))).toBe(planChecksum(base()))
  })

  it.each<[string, (p: PlanJson) => void]>([
    ['another action', p => ((p.resource_changes ?? [])[0].change.actions = ['update'])],
    [
      'another after value',
      p => (((p.resource_changes ?? [])[0].change.after as Record<string, unknown>).content = '{}')
    ],
    [
      'a moved resource',
      p =>
        p.resource_changes?.push({ address: 'a.b', previous_address: 'a.c', change: { actions: ['no-op'] } })
    ],
    ['an output change', p => (p.output_changes = { url: { actions: ['create'], after: 'x' } })],
    ['an error', p => (p.errored = true)]
  ])('changes with %s', (_name, mutate) => {
    const plan = base()
    mutate(plan)
    expect(planChecksum(plan)).not.toBe(planChecksum(base()))
  })

  it('is the SHA-256 of the acting changes as JSON, however many there are', () => {
    const plan = base()
    const rc = (plan.resource_changes ?? [])[0]
    plan.resource_changes = Array.from({ length: 1234 }, (_, i) => ({ ...rc, address: `local_file.f${i}` }))
    plan.output_changes = { url: { actions: ['create'], after: 'x' } }
    const expected = createHash('sha256')
      .update(
        JSON.stringify({
          errored: false,
          resource_changes: plan.resource_changes,
          output_changes: plan.output_changes
        })
      )
      .digest('hex')
    expect(planChecksum(plan)).toBe(expected)
    expect(planChecksum({ format_version: '1.2' })).toBe(
      createHash('sha256').update('{"errored":false,"resource_changes":[],"output_changes":{}}').digest('hex')
    )
  })
})
