/** `shipline plan-comment`: prints exactly the markdown of provision-infra's renderer; bad input is one line. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { blocksClosed } from '../../lib/core/budget.js'
import { PLAN_LADDER } from '../../lib/terraform/plan-variants.js'
import { renderPlanCommentFromJson } from '../../lib/terraform/plan-comment.js'
import { InputError } from '../../lib/core/errors.js'
import { command } from '../src/commands/plan-comment.js'
import { COMMANDS } from '../src/commands.js'
import { sharedFixture } from '../../__fixtures__/paths.js'

// The command reads files in the current directory (or RUNNER_TEMP): the plans are copied into one.
const workspace = mkdtempSync(join(tmpdir(), 'shipline-plan-comment-'))
const PLANS = join(workspace, 'plans')
cpSync(sharedFixture('terraform-plan-json'), PLANS, { recursive: true })
const ACCEPTED =
  'the output of terraform show -json PLANFILE (a file of at most 256 MiB in the current directory or RUNNER_TEMP, or - for standard input)'
let stdout: string[]
const cwd = process.cwd()
beforeAll(() => process.chdir(workspace))
afterAll(() => process.chdir(cwd))

beforeEach(() => {
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
})

async function planComment(positionals: string[], values: Record<string, string> = {}): Promise<number> {
  return command.run({ positionals, values })
}

async function failure(positionals: string[], values: Record<string, string> = {}): Promise<Error> {
  try {
    await planComment(positionals, values)
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a failure')
}

describe('shipline plan-comment', () => {
  it('is registered', async () => {
    expect(await COMMANDS['plan-comment'].load()).toBe(command)
  })

  it('prints exactly the markdown the action renders', async () => {
    const file = join(PLANS, 'terraform-equivalence-local_provider_update.json')
    expect(await planComment([file])).toBe(0)
    const expected = renderPlanCommentFromJson(readFileSync(file, 'utf8'), file).markdown
    expect(stdout.join('')).toBe(expected)
    expect(expected.split('\n')[0]).toBe('**Plan: 1 to add, 0 to change, 1 to destroy.** 1 to replace.')
  })

  it('keeps to --max-chars', async () => {
    const file = join(PLANS, 'infracost-aws-v0.14-plan.json')
    expect(await planComment([file], { 'max-chars': '4000' })).toBe(0)
    const markdown = stdout.join('')
    expect(markdown.length).toBeLessThanOrEqual(4000)
    expect(markdown).toContain('> [!NOTE]\n> Cut to fit')
  })

  it('--variants writes the plan section at every size of the ladder, each complete and shorter', async () => {
    const file = join(PLANS, 'infracost-aws-v0.14-plan.json')
    const variants = join(mkdtempSync(join(workspace, 'variants-')), 'plan-variants.json')
    expect(await planComment([file], { variants })).toBe(0)
    expect(stdout.join('')).toBe(renderPlanCommentFromJson(readFileSync(file, 'utf8'), file).markdown)
    const written = JSON.parse(readFileSync(variants, 'utf8')) as {
      version: number
      variants: Array<{ text: string; maxChars: number; loses: string }>
    }
    expect(written.version).toBe(1)
    expect(written.variants.length).toBeGreaterThan(1)
    let previous = Infinity
    for (const variant of written.variants) {
      expect(PLAN_LADDER).toContain(variant.maxChars)
      expect(variant.text.length).toBeLessThanOrEqual(variant.maxChars)
      expect(variant.text.length).toBeLessThan(previous)
      expect(blocksClosed(variant.text)).toBe(true)
      expect(['detail', 'list', 'risk']).toContain(variant.loses)
      previous = variant.text.length
    }
    expect(written.variants.at(-1)?.text).toContain(
      'The job summary of the Terraform plan job has the whole plan.'
    )
  })

  it('--variants into a directory that does not exist: one line, nothing printed', async () => {
    const error = await failure([join(PLANS, 'terraform-basic-create.json')], {
      variants: 'missing/v.json'
    })
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toBe(
      'Input "--variants": cannot write "missing/v.json" (ENOENT); accepted: a file in an existing directory'
    )
    expect(stdout).toEqual([])
    expect(existsSync(join(workspace, 'missing'))).toBe(false)
  })

  it('--variants outside the workspace and RUNNER_TEMP: refused before anything is rendered', async () => {
    const error = await failure([join(PLANS, 'terraform-basic-create.json')], {
      variants: '/nonexistent/v.json'
    })
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toMatch(
      /^Input "--variants": "\/nonexistent\/v\.json" is outside the workspace( and the runner temporary directory)?; accepted: a file to write, in the current directory or RUNNER_TEMP$/
    )
    expect(stdout).toEqual([])
  })

  it.each<[string, string[], Record<string, string>, string]>([
    [
      'the setup-terraform wrapper output',
      [join(PLANS, 'infracost-plan-with-setup-terraform-wrapper.txt')],
      {},
      `Input "PLAN_JSON": ${join(PLANS, 'infracost-plan-with-setup-terraform-wrapper.txt')} is not JSON: unexpected "c" at line 1, column 2 (this is the output of the setup-terraform wrapper: run terraform show -json with terraform_wrapper: false); accepted: ${ACCEPTED}`
    ],
    ['no file', [], {}, `Input "PLAN_JSON": is required but was empty; accepted: one file: ${ACCEPTED}`],
    [
      'two files',
      ['a.json', 'b.json'],
      {},
      `Input "PLAN_JSON": 2 files were given; accepted: one file: ${ACCEPTED}`
    ],
    [
      'a missing file',
      ['plans/missing.json'],
      {},
      `Input "PLAN_JSON": "plans/missing.json" does not exist; accepted: ${ACCEPTED}`
    ],
    [
      'a file outside the current directory and RUNNER_TEMP',
      ['/nonexistent/plan.json'],
      {},
      `Input "PLAN_JSON": "/nonexistent/plan.json" is outside the workspace; accepted: ${ACCEPTED}`
    ],
    [
      'a limit too small',
      [join(PLANS, 'terraform-basic-create.json')],
      { 'max-chars': '500' },
      'Input "--max-chars": "500" is not a whole number in range; accepted: an integer from 1000 to 1000000'
    ],
    [
      'a limit that is not a number',
      [join(PLANS, 'terraform-basic-create.json')],
      { 'max-chars': '64k' },
      'Input "--max-chars": "64k" is not a whole number in range; accepted: an integer from 1000 to 1000000'
    ]
  ])(
    '%s: one line (exit 2 as an InputError), nothing printed',
    async (_name, positionals, values, message) => {
      const error = await failure(positionals, values)
      expect(error).toBeInstanceOf(InputError)
      expect(error.message).toBe(message)
      expect(stdout).toEqual([])
    }
  )
})
