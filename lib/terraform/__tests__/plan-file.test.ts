/**
 * plan-sha256, the checksum of the plan's content: the canonical form (pure, table-driven), the zip
 * entries of a plan file, and the real Terraform: two plans of the same commit and state share it,
 * a plan that would run anything else (a provisioner's command, constant or not) does not.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { deflateRawSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type RealTerraform, realTerraform } from '../../../__fixtures__/terraform-real.js'
import { zipEntries } from '../../core/zip.js'
import {
  canonicalJson,
  JsonNumber,
  type JsonValue,
  parseJsonExact,
  planContent,
  planContentSha256
} from '../plan-file.js'

describe('canonicalJson', () => {
  it.each<[string, JsonValue, string]>([
    ['keys sorted recursively', { b: 1, a: { d: [2, 1], c: null } }, '{"a":{"c":null,"d":[2,1]},"b":1}'],
    ['arrays kept in order', [{ z: 1, y: 2 }, 'x', true], '[{"y":2,"z":1},"x",true]'],
    ['strings escaped as JSON', { 'k"': 'a\nb\u0001' }, '{"k\\"":"a\\nb\\u0001"}'],
    ['numbers as Terraform wrote them', [new JsonNumber('1.10'), new JsonNumber('1e400')], '[1.10,1e400]']
  ])('%s', (_, value, text) => {
    expect(canonicalJson(value)).toBe(text)
  })
})

describe('parseJsonExact', () => {
  it('reads what JSON.parse reads, numbers kept as written', () => {
    const text = ' {"a": [1, -2.50, 3e+2, "x\\"y", true, false, null], "__proto__": {"b": {}} } '
    const value = parseJsonExact(text)
    expect(canonicalJson(value)).toBe('{"__proto__":{"b":{}},"a":[1,-2.50,3e+2,"x\\"y",true,false,null]}')
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
  })
  it('keeps apart numbers that JSON.parse makes equal', () => {
    const [a, b] = ['{"n":9007199254740993}', '{"n":9007199254740992}']
    expect(JSON.stringify(JSON.parse(a))).toBe(JSON.stringify(JSON.parse(b)))
    expect(planContentSha256(parseJsonExact(a) as never, new Map())).not.toBe(
      planContentSha256(parseJsonExact(b) as never, new Map())
    )
  })
  it.each(['', '{', '{"a":1,}', '[1 2]', '{"a":01}', 'nul', '"\u0001"', '{} x'])('refuses %j', text => {
    expect(() => parseJsonExact(text)).toThrow(SyntaxError)
  })
})

describe('planContent', () => {
  const files = new Map([
    ['tfplan', Buffer.from('binary with a timestamp')],
    ['tfstate', Buffer.from('state')],
    ['tfstate-prev', Buffer.from('state before refresh')],
    ['tfconfig/m-/main.tf', Buffer.from('resource "terraform_data" "x" {}\n')],
    ['.terraform.lock.hcl', Buffer.from('# lock\n')]
  ])
  const plan = (extra: Record<string, JsonValue> = {}): Record<string, JsonValue> => ({
    format_version: '1.2',
    timestamp: '2026-01-01T00:00:00Z',
    relevant_attributes: [
      { resource: 'a', attribute: ['output'] },
      { resource: 'b', attribute: ['id'] }
    ],
    resource_changes: [{ address: 'b' }, { address: 'a' }],
    ...extra
  })

  it('leaves out the timestamp, sorts relevant_attributes by canonical JSON, keeps other arrays in order', () => {
    expect(planContent(plan(), files)).toEqual({
      configuration: {
        'tfconfig/m-/main.tf': expect.stringMatching(/^[0-9a-f]{64}$/),
        '.terraform.lock.hcl': expect.stringMatching(/^[0-9a-f]{64}$/)
      },
      plan: {
        format_version: '1.2',
        relevant_attributes: [
          { resource: 'b', attribute: ['id'] },
          { resource: 'a', attribute: ['output'] }
        ],
        resource_changes: [{ address: 'b' }, { address: 'a' }]
      }
    })
  })

  it.each<[string, Record<string, JsonValue>, Map<string, Buffer>, boolean]>([
    ['another timestamp', plan({ timestamp: '2027-01-01T00:00:00Z' }), files, true],
    [
      'relevant_attributes in another order',
      plan({ relevant_attributes: [...(plan().relevant_attributes as JsonValue[])].reverse() }),
      files,
      true
    ],
    [
      'the state entries of the file differ',
      plan(),
      new Map([...files, ['tfstate', Buffer.from('x')]]),
      true
    ],
    [
      'resource_changes in another order',
      plan({ resource_changes: [{ address: 'a' }, { address: 'b' }] }),
      files,
      false
    ],
    ['another variable', plan({ variables: { a: { value: 'x' } } }), files, false],
    [
      'another configuration file',
      plan(),
      new Map([...files, ['tfconfig/m-/main.tf', Buffer.from('resource "terraform_data" "y" {}\n')]]),
      false
    ],
    [
      'another lock file',
      plan(),
      new Map([...files, ['.terraform.lock.hcl', Buffer.from('# other\n')]]),
      false
    ],
    ['one more file', plan(), new Map([...files, ['tfconfig/m-/extra.tf', Buffer.from('')]]), false]
  ])('%s: same checksum %s', (_, other, otherFiles, same) => {
    expect(planContentSha256(other, otherFiles) === planContentSha256(plan(), files)).toBe(same)
  })
})

describe('zipEntries', () => {
  /** A zip archive as Go writes it: local headers, then the central directory and its end record. */
  function zip(entries: Array<[string, Buffer, number]>): Buffer {
    const locals: Buffer[] = []
    const centrals: Buffer[] = []
    let offset = 0
    for (const [name, data, method] of entries) {
      const body = method === 8 ? deflateRawSync(data) : data
      const nameBytes = Buffer.from(name)
      const local = Buffer.alloc(30)
      local.writeUInt32LE(0x04034b50, 0)
      local.writeUInt16LE(method, 8)
      local.writeUInt16LE(nameBytes.length, 26)
      const central = Buffer.alloc(46)
      central.writeUInt32LE(0x02014b50, 0)
      central.writeUInt16LE(method, 10)
      central.writeUInt32LE(body.length, 20)
      central.writeUInt32LE(data.length, 24)
      central.writeUInt16LE(nameBytes.length, 28)
      central.writeUInt32LE(offset, 42)
      locals.push(local, nameBytes, body)
      centrals.push(central, nameBytes)
      offset += 30 + nameBytes.length + body.length
    }
    const directory = Buffer.concat(centrals)
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0)
    end.writeUInt16LE(entries.length, 8)
    end.writeUInt16LE(entries.length, 10)
    end.writeUInt32LE(directory.length, 12)
    end.writeUInt32LE(offset, 16)
    return Buffer.concat([...locals, directory, end])
  }

  it('reads stored and deflated entries by name', () => {
    const entries = zipEntries(
      zip([
        ['a.txt', Buffer.from('stored'), 0],
        ['b/c.tf', Buffer.from('deflated '.repeat(100)), 8]
      ]),
      'x.zip'
    )
    expect([...entries.keys()]).toEqual(['a.txt', 'b/c.tf'])
    expect(entries.get('b/c.tf')?.toString()).toBe('deflated '.repeat(100))
  })

  it.each<[string, Buffer, string]>([
    ['not a zip', Buffer.from('plan'), 'no end of central directory'],
    [
      'two entries of one name',
      zip([
        ['a', Buffer.from('1'), 0],
        ['a', Buffer.from('2'), 0]
      ]),
      'two entries are named a'
    ],
    ['an unknown method', zip([['a', Buffer.from('1'), 12]]), 'a has compression method 12']
  ])('refuses %s', (_, bytes, problem) => {
    expect(() => zipEntries(bytes, 'The plan file p')).toThrow(
      `The plan file p is not a zip archive Terraform wrote: ${problem}`
    )
  })
})

describe('on the real Terraform', () => {
  let box: RealTerraform
  afterEach(() => box?.cleanup())

  const MAIN_TF = `
variable "greeting" {
  type    = string
  default = "hello"
}

resource "terraform_data" "web" {
  input = var.greeting
  provisioner "local-exec" {
    command = "echo \${var.greeting} > applied-web.txt"
  }
}

resource "terraform_data" "many" {
  for_each         = toset(["a", "b", "c", "d", "e", "f"])
  input            = { name = each.key, web = terraform_data.web.output }
  triggers_replace = [terraform_data.web.id]
}

output "url" {
  value = "https://\${terraform_data.web.output}.example"
}
`
  async function plan(b: RealTerraform, name: string, args: string[] = []): Promise<string> {
    const file = join(b.root, name)
    const made = await b.terraform(['plan', '-input=false', `-out=${file}`, ...args])
    if (made.exitCode !== 0) throw new Error(made.stderr)
    const shown = await b.terraform(['show', '-json', file])
    return planContentSha256(
      parseJsonExact(shown.stdout) as Record<string, JsonValue>,
      zipEntries(readFileSync(file), file)
    )
  }
  async function apply(b: RealTerraform, args: string[]): Promise<void> {
    const result = await b.terraform(['apply', '-auto-approve', '-input=false', ...args])
    if (result.exitCode !== 0) throw new Error(result.stderr)
  }

  it('gives plans of the same commit and state one checksum, before and after an apply', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    expect((await box.terraform(['init', '-input=false'])).exitCode).toBe(0)
    const first = [await plan(box, '1.tfplan'), await plan(box, '2.tfplan'), await plan(box, '3.tfplan')]
    expect(new Set(first).size).toBe(1)
    await apply(box, [])
    const changed = [
      await plan(box, '4.tfplan', ['-var=greeting=bonjour']),
      await plan(box, '5.tfplan', ['-var=greeting=bonjour']),
      await plan(box, '6.tfplan', ['-var=greeting=bonjour'])
    ]
    expect(new Set(changed).size).toBe(1)
    expect(changed[0]).not.toBe(first[0])
    const destroy = [await plan(box, '7.tfplan', ['-destroy']), await plan(box, '8.tfplan', ['-destroy'])]
    expect(destroy[0]).toBe(destroy[1])
  }, 120_000)

  it('changes when a provisioner command changes, even one the plan JSON gives as references only', async () => {
    box = realTerraform({ 'infra/main.tf': MAIN_TF })
    expect((await box.terraform(['init', '-input=false'])).exitCode).toBe(0)
    const reviewed = await plan(box, 'reviewed.tfplan')
    box.write({ 'infra/main.tf': MAIN_TF.replace('echo ${var.greeting}', 'echo pwned ${var.greeting}') })
    const swapped = await plan(box, 'swapped.tfplan')
    const json = async (file: string) => {
      const shown = JSON.parse((await box.terraform(['show', '-json', join(box.root, file)])).stdout)
      delete shown.timestamp
      delete shown.relevant_attributes
      return shown as unknown
    }
    // The JSON alone cannot tell them apart: the command is a template, given as its references.
    expect(await json('swapped.tfplan')).toEqual(await json('reviewed.tfplan'))
    expect(swapped).not.toBe(reviewed)
  }, 60_000)
})
