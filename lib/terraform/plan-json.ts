/**
 * The plan JSON that `terraform show -json PLANFILE` prints: its types, and a parser whose errors
 * say where the problem is (line and column, or the JSON path).
 *
 * The plan's checksum is taken from this JSON and from the configuration snapshot in the plan file,
 * since the JSON leaves out part of what apply executes (an expression that is not a constant, such
 * as a local-exec command with a variable in it, is only its references here): see plan-file.ts.
 */
import { UserError } from '../core/errors.js'

export type PathStep = string | number

export interface Change {
  actions: string[]
  before?: unknown
  after?: unknown
  after_unknown?: unknown
  before_sensitive?: unknown
  after_sensitive?: unknown
  replace_paths?: PathStep[][]
  importing?: { id?: string; identity?: unknown } | null
  generated_config?: string
}

export interface ResourceChange {
  address: string
  previous_address?: string
  module_address?: string
  mode?: string
  type?: string
  name?: string
  index?: unknown
  deposed?: string
  action_reason?: string
  change: Change
}

export interface RelevantAttribute {
  resource: string
  attribute: PathStep[]
}

export interface PlanJson {
  format_version: string
  terraform_version?: string
  errored?: boolean
  applyable?: boolean
  complete?: boolean
  timestamp?: string
  resource_changes?: ResourceChange[]
  resource_drift?: ResourceChange[]
  output_changes?: Record<string, Change>
  relevant_attributes?: RelevantAttribute[]
  [key: string]: unknown
}

/** The plan format versions this renderer reads: 0.x (Terraform 0.12–0.15) and 1.x. */
export const SUPPORTED_MAJOR_VERSIONS = [0, 1]

export class PlanJsonError extends UserError {
  constructor(message: string) {
    super(message)
    this.name = 'PlanJsonError'
  }
}

/** Parse and check `text`, the output of `terraform show -json PLANFILE`; `source` names it in errors. */
export function parsePlanJson(text: string, source: string): PlanJson {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    throw new PlanJsonError(`${source} is not JSON: ${describeSyntaxError(body)}${wrapperHint(body)}`)
  }
  return checkPlan(value, source)
}

/**
 * Like parsePlanJson, for output captured from a `terraform` that may be the setup-terraform
 * wrapper: when the whole text is not JSON, the first line that is a plan JSON object is used.
 */
export function extractPlanJson(text: string, source: string): PlanJson {
  try {
    return parsePlanJson(text, source)
  } catch (error) {
    for (const line of text.split('\n')) {
      if (!line.startsWith('{"format_version"')) continue
      try {
        return checkPlan(JSON.parse(line), source)
      } catch {
        // not this line
      }
    }
    throw error
  }
}

function wrapperHint(text: string): string {
  if (text.startsWith('[command]') || text.includes('\n::debug::'))
    return ' (this is the output of the setup-terraform wrapper: run terraform show -json with terraform_wrapper: false)'
  return ''
}

function checkPlan(value: unknown, source: string): PlanJson {
  if (!isObject(value))
    throw new PlanJsonError(`${source} is JSON but not a Terraform plan: the top level is not an object`)
  const version = value.format_version
  if (typeof version !== 'string')
    throw new PlanJsonError(
      `${source} is JSON but not a Terraform plan: no "format_version" at the top level (expected the output of terraform show -json PLANFILE)`
    )
  const match = /^(\d+)\.(\d+)$/.exec(version)
  if (!match) throw new PlanJsonError(`${source}: format_version "${version}" is not a MAJOR.MINOR version`)
  const major = Number(match[1])
  if (!SUPPORTED_MAJOR_VERSIONS.includes(major))
    throw new PlanJsonError(
      `${source}: plan format_version ${version} is not supported; Shipline reads format versions 0.x and 1.x`
    )
  if (!(
    'resource_changes' in value ||
    'planned_values' in value ||
    'output_changes' in value ||
    'errored' in value
  ))
    throw new PlanJsonError(
      `${source} is a Terraform state, not a plan (no resource_changes or planned_values): run terraform show -json PLANFILE`
    )
  checkChanges(value.resource_changes, 'resource_changes', source)
  checkChanges(value.resource_drift, 'resource_drift', source)
  if (value.output_changes !== undefined) {
    if (!isObject(value.output_changes)) throw shapeError(source, 'output_changes', 'an object')
    for (const [name, change] of Object.entries(value.output_changes))
      checkChange(change, `output_changes[${JSON.stringify(name)}]`, source)
  }
  if (value.relevant_attributes !== undefined) {
    if (!Array.isArray(value.relevant_attributes)) throw shapeError(source, 'relevant_attributes', 'a list')
    value.relevant_attributes.forEach((item, i) => {
      if (!isObject(item) || typeof item.resource !== 'string' || !Array.isArray(item.attribute))
        throw shapeError(source, `relevant_attributes[${i}]`, 'an object with "resource" and "attribute"')
    })
  }
  return value as PlanJson
}

function checkChanges(list: unknown, name: string, source: string): void {
  if (list === undefined || list === null) return
  if (!Array.isArray(list)) throw shapeError(source, name, 'a list')
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i]
    if (!isObject(item) || typeof item.address !== 'string')
      throw shapeError(source, `${name}[${i}]`, 'an object with a string "address"')
    checkChange(item.change, `${name}[${i}].change`, source)
  }
}

function checkChange(change: unknown, path: string, source: string): void {
  if (!isObject(change)) throw shapeError(source, path, 'an object')
  const actions = change.actions
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every(a => typeof a === 'string'))
    throw shapeError(source, `${path}.actions`, 'a non-empty list of strings')
  if (change.replace_paths !== undefined && !Array.isArray(change.replace_paths))
    throw shapeError(source, `${path}.replace_paths`, 'a list of paths')
}

function shapeError(source: string, path: string, expected: string): PlanJsonError {
  return new PlanJsonError(`${source}: ${path} is not ${expected}, as a Terraform plan has it`)
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isMoved(rc: ResourceChange): boolean {
  return typeof rc.previous_address === 'string' && rc.previous_address !== rc.address
}

// ---------------------------------------------------------------------------------------------
// Where JSON.parse failed: Node's messages do not always carry a position, so a small scanner
// finds the first offending character (it runs only after JSON.parse has already failed).

function describeSyntaxError(text: string): string {
  const offset = firstSyntaxError(text)
  const { line, column } = lineAndColumn(text, offset)
  if (offset >= text.length) return `the text ends early at line ${line}, column ${column}`
  const char = text[offset]
  const shown = /[\x20-\x7e]/.test(char)
    ? `"${char}"`
    : `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`
  return `unexpected ${shown} at line ${line}, column ${column}`
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super('syntax')
  }
}

const DIGIT = /[0-9]/

/** A JSON scanner that only checks: it throws SyntaxAt at the first character JSON does not allow. */
class JsonScanner {
  /** Where the scanner is. */
  i = 0

  constructor(private readonly text: string) {}

  fail(at = this.i): never {
    throw new SyntaxAt(at)
  }

  /** The whole text: one value, then only whitespace. */
  document(): void {
    this.value()
    this.ws()
    if (this.i < this.text.length) this.fail()
  }

  ws(): void {
    const text = this.text
    while (
      this.i < text.length &&
      (text[this.i] === ' ' || text[this.i] === '\t' || text[this.i] === '\n' || text[this.i] === '\r')
    )
      this.i++
  }

  /**
   * One value. Objects and arrays are scanned here rather than in methods of their own, so that
   * each level of nesting takes one stack frame.
   */
  value(): void {
    this.ws()
    const c = this.text[this.i]
    if (c === '{') {
      this.i++
      this.ws()
      if (this.take('}')) return
      for (;;) {
        this.ws()
        if (this.text[this.i] !== '"') this.fail()
        this.string()
        this.ws()
        if (!this.take(':')) this.fail()
        this.value()
        this.ws()
        if (this.take(',')) continue
        if (this.take('}')) return
        this.fail()
      }
    }
    if (c === '[') {
      this.i++
      this.ws()
      if (this.take(']')) return
      for (;;) {
        this.value()
        this.ws()
        if (this.take(',')) continue
        if (this.take(']')) return
        this.fail()
      }
    }
    if (c === '"') return this.string()
    if (c === 't') return this.literal('true')
    if (c === 'f') return this.literal('false')
    if (c === 'n') return this.literal('null')
    if (c === '-' || DIGIT.test(c ?? '')) return this.number()
    this.fail()
  }

  /** Whether `char` is next; if it is, the scanner steps over it. */
  private take(char: string): boolean {
    if (this.text[this.i] !== char) return false
    this.i++
    return true
  }

  literal(word: string): void {
    for (let k = 0; k < word.length; k++, this.i++) if (this.text[this.i] !== word[k]) this.fail()
  }

  string(): void {
    const text = this.text
    this.i++ // opening quote
    for (;;) {
      if (this.i >= text.length) this.fail()
      const c = text.charCodeAt(this.i)
      if (c === 34) {
        this.i++
        return
      }
      if (c < 0x20) this.fail()
      if (c === 92) {
        this.i++
        const e = text[this.i]
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[this.i + k] ?? '')) this.fail(this.i + k)
          this.i += 5
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.i++
        else this.fail()
      } else this.i++
    }
  }

  number(): void {
    const text = this.text
    const digits = () => {
      while (DIGIT.test(text[this.i] ?? '')) this.i++
    }
    if (text[this.i] === '-') this.i++
    if (text[this.i] === '0') this.i++
    else if (/[1-9]/.test(text[this.i] ?? '')) digits()
    else this.fail()
    if (text[this.i] === '.') {
      this.i++
      if (!DIGIT.test(text[this.i] ?? '')) this.fail()
      digits()
    }
    if (text[this.i] === 'e' || text[this.i] === 'E') {
      this.i++
      if (text[this.i] === '+' || text[this.i] === '-') this.i++
      if (!DIGIT.test(text[this.i] ?? '')) this.fail()
      digits()
    }
  }
}

/** The offset of the first character that makes `text` invalid JSON (text.length: it ends early). */
export function firstSyntaxError(text: string): number {
  const scanner = new JsonScanner(text)
  try {
    scanner.document()
    return text.length
  } catch (error) {
    // A SyntaxAt names the offending character; anything else (nesting too deep for this scanner)
    // is reported where the scanner was.
    return Math.min(error instanceof SyntaxAt ? error.offset : scanner.i, text.length)
  }
}
