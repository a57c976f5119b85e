/**
 * The reviewed plan and its checksum.
 *
 * plan-sha256 is the SHA-256 of the plan's content, not of the file's bytes (which hold a timestamp,
 * so no two plans have the same bytes). The content is one canonical JSON document with:
 * - `plan`: the whole of `terraform show -json PLANFILE` (variables, resource_changes, output_changes,
 *   prior_state, planned_values, configuration, checks, relevant_attributes, …) without its volatile
 *   fields, object keys sorted, arrays in their order;
 * - `configuration`: the SHA-256 of every file of the configuration snapshot the plan file carries
 *   (tfconfig/…, .terraform.lock.hcl), because the JSON gives an expression that is not a constant
 *   (a local-exec command with a variable in it) as its references only, and apply runs that snapshot.
 *
 * Left out, because two plans of the same commit and state differ there (Terraform 1.11.4):
 * - the `timestamp` of the plan;
 * - the order of `relevant_attributes` (Terraform lists that set in map order): it is sorted;
 * - the plan file's `tfplan` (binary, with the timestamp), `tfstate` and `tfstate-prev` entries, whose
 *   values are the JSON's prior_state; Terraform refuses a plan whose state is stale by itself.
 * Numbers keep the digits Terraform wrote (its numbers are arbitrary-precision).
 *
 * So a plan made again on the same commit and state has the checksum of the reviewed one, and a plan
 * that differs in anything apply executes (a change, a variable, a provisioner's command) does not.
 * Apply copies the plan file to a private directory once, then shows, checks and applies that copy,
 * so the file cannot be swapped between the check and the apply.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../core/errors.js'
import { zipEntries } from '../core/zip.js'
import { showArgs } from './args.js'
import { extractPlanJson, type PlanJson } from './plan-json.js'
import type { Terraform } from './terraform.js'

/** Top-level fields of the plan JSON that two plans of the same commit and state do not share. */
export const VOLATILE_FIELDS = ['timestamp'] as const
/** Top-level arrays that are sets, listed in no stable order: sorted by their elements' canonical JSON. */
export const UNORDERED_FIELDS = ['relevant_attributes'] as const
/** Plan file entries not in the checksum (their content is in the plan JSON, or volatile). */
export const ENTRIES_NOT_HASHED = ['tfplan', 'tfstate', 'tfstate-prev'] as const

/** A JSON number as Terraform wrote it. */
export class JsonNumber {
  constructor(readonly text: string) {}
}
export type JsonValue =
  null | boolean | number | string | JsonNumber | JsonValue[] | { [key: string]: JsonValue }

/** Canonical JSON: object keys sorted recursively, arrays in order, no whitespace. */
export function canonicalJson(value: JsonValue): string {
  if (value instanceof JsonNumber) return value.text
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map(key => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`
  return JSON.stringify(value)
}

/** The plan's content: the plan JSON without its volatile fields, and the configuration snapshot's digests. */
export function planContent(plan: Record<string, JsonValue>, files: Map<string, Buffer>): JsonValue {
  const kept: Record<string, JsonValue> = {}
  for (const [key, value] of Object.entries(plan)) {
    if ((VOLATILE_FIELDS as readonly string[]).includes(key)) continue
    kept[key] =
      (UNORDERED_FIELDS as readonly string[]).includes(key) && Array.isArray(value)
        ? value
            .map(canonicalJson)
            .sort()
            .map(text => parseJsonExact(text))
        : value
  }
  const configuration: Record<string, JsonValue> = {}
  for (const [name, bytes] of files)
    if (!(ENTRIES_NOT_HASHED as readonly string[]).includes(name)) configuration[name] = sha256Hex(bytes)
  return { configuration, plan: kept }
}

export function planContentSha256(plan: Record<string, JsonValue>, files: Map<string, Buffer>): string {
  return sha256Hex(Buffer.from(canonicalJson(planContent(plan, files)), 'utf8'))
}

function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

// JSON strings have no raw control characters (U+0000 to U+001F).
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/** JSON.parse, except that numbers stay as written (JsonNumber). */
export function parseJsonExact(text: string): JsonValue {
  let at = 0
  const fail = (): never => {
    throw new SyntaxError(`not JSON at offset ${at}`)
  }
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++
  }
  const string = (): string => {
    STRING.lastIndex = at
    const match = STRING.exec(text)
    if (!match) fail()
    at += match![0].length
    return JSON.parse(match![0]) as string
  }
  const value = (): JsonValue => {
    space()
    const c = text[at]
    if (c === '"') return string()
    if (c === '{') {
      at++
      const object: Record<string, JsonValue> = {}
      space()
      if (text[at] === '}') return (at++, object)
      for (;;) {
        space()
        if (text[at] !== '"') fail()
        const key = string()
        space()
        if (text[at++] !== ':') fail()
        Object.defineProperty(object, key, {
          value: value(),
          enumerable: true,
          writable: true,
          configurable: true
        })
        space()
        const next = text[at++]
        if (next === '}') return object
        if (next !== ',') fail()
      }
    }
    if (c === '[') {
      at++
      const array: JsonValue[] = []
      space()
      if (text[at] === ']') return (at++, array)
      for (;;) {
        array.push(value())
        space()
        const next = text[at++]
        if (next === ']') return array
        if (next !== ',') fail()
      }
    }
    for (const [word, literal] of [
      ['true', true],
      ['false', false],
      ['null', null]
    ] as const)
      if (text.startsWith(word, at)) return ((at += word.length), literal)
    NUMBER.lastIndex = at
    const number = NUMBER.exec(text)
    if (!number) fail()
    at += number![0].length
    return new JsonNumber(number![0])
  }
  const result = value()
  space()
  if (at !== text.length) fail()
  return result
}

export interface ShownPlan {
  plan: PlanJson
  /** The content checksum (plan-sha256). */
  sha256: string
}

/** `terraform show -json` of `planFile` (whose bytes are `bytes`, read before), and its content checksum. */
export async function showPlan(tf: Terraform, planFile: string, bytes?: Buffer): Promise<ShownPlan> {
  const planBytes = bytes ?? (await readPlanFile(planFile))
  const { stdout } = await tf.run(showArgs(planFile), { stream: false, title: 'terraform show -json' })
  const source = `terraform show -json ${planFile}`
  const plan = extractPlanJson(stdout, source)
  let exact: JsonValue
  try {
    exact = parseJsonExact(planJsonText(stdout))
  } catch (error) {
    throw new UserError(`${source} printed no plan JSON to checksum: ${(error as Error).message}`)
  }
  const files = zipEntries(planBytes, `The plan file ${planFile}`)
  return { plan, sha256: planContentSha256(exact as Record<string, JsonValue>, files) }
}

/** The JSON document in show's output (as extractPlanJson finds it: all of it, or its plan line). */
function planJsonText(stdout: string): string {
  const body = stdout.replace(/^\uFEFF/, '')
  try {
    JSON.parse(body)
    return body
  } catch {
    return stdout.split('\n').find(line => line.startsWith('{"format_version"')) ?? body
  }
}

export async function readPlanFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (error) {
    throw new UserError(`Cannot read the plan file ${path} (${(error as NodeJS.ErrnoException).code})`)
  }
}

export interface PrivatePlan {
  /** The private copy to show, check and apply. */
  path: string
  bytes: Buffer
  remove(): Promise<void>
}

/** A private, read-only copy of `planFile` under `tempDir` (RUNNER_TEMP in a job). */
export async function privatePlanCopy(planFile: string, tempDir = tmpdir()): Promise<PrivatePlan> {
  const bytes = await readPlanFile(planFile)
  const dir = await mkdtemp(join(tempDir, 'shipline-plan-'))
  const path = join(dir, 'reviewed.tfplan')
  await writeFile(path, bytes, { mode: 0o400 })
  return { path, bytes, remove: () => rm(dir, { recursive: true, force: true }) }
}
