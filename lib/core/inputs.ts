/**
 * Typed input readers. Every action reads all of its inputs once, at the edge, into one typed object
 * (STYLE.md, "Read every input once"); every failure is an InputError naming the input.
 *
 * The source is a function, so the same readers serve the action (environment variables
 * `INPUT_<NAME>`, exactly as @actions/core reads them) and the CLI (its flags).
 */
import { parseDuration } from './duration.js'
import { InputError, UserError } from './errors.js'
import { KiB, MiB, quoted, readCheckedFile } from './paths.js'

export type InputSource = (name: string) => string | undefined

/** Inputs of a running action, read the way `core.getInput` reads them. */
export const actionInputSource: InputSource = name =>
  process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]

/** Inputs from a plain record (the CLI's parsed flags, tests). */
export function recordInputSource(values: Record<string, string | undefined>): InputSource {
  return name => values[name]
}

/** The longest value of any input (Linux refuses longer environment strings and arguments anyway). */
export const MAX_INPUT_CHARS = 128 * KiB

/** Bounds of a multiline input or list, unless the reader sets its own. */
export interface LineBounds {
  /** At most this many lines or items (default 1000). */
  maxLines?: number
  /** Each at most this many characters (default 8192). */
  maxLineLength?: number
}

const DEFAULT_MAX_LINES = 1000
const DEFAULT_MAX_LINE_LENGTH = 8 * KiB

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']
const AWS_REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/

export class Inputs {
  constructor(private readonly source: InputSource) {}

  /** The trimmed value, '' when unset; a NUL character or a value over MAX_INPUT_CHARS is refused. */
  raw(name: string): string {
    const value = (this.source(name) ?? '').trim()
    if (value.includes('\0'))
      throw new InputError(name, 'contains a NUL character', 'text without NUL characters')
    if (value.length > MAX_INPUT_CHARS)
      throw new InputError(
        name,
        `is ${value.length} characters long`,
        `at most ${MAX_INPUT_CHARS} characters`
      )
    return value
  }

  /** The lines (or items) of a multiline input or list, checked against `bounds`. */
  private bounded(name: string, lines: string[], bounds: LineBounds, what: 'line' | 'item'): string[] {
    const { maxLines = DEFAULT_MAX_LINES, maxLineLength = DEFAULT_MAX_LINE_LENGTH } = bounds
    const accepted = `at most ${maxLines} ${what}s of at most ${maxLineLength} characters each`
    if (lines.length > maxLines) throw new InputError(name, `has ${lines.length} ${what}s`, accepted)
    const long = lines.findIndex(line => line.length > maxLineLength)
    if (long >= 0)
      throw new InputError(
        name,
        `${what} ${long + 1} (${quoted(lines[long], 40)}) is longer than ${maxLineLength} characters`,
        accepted
      )
    return lines
  }

  /** A string; `required` makes an empty value an error; `maxLength` bounds it. */
  string(name: string, options: { required?: boolean; default?: string; maxLength?: number } = {}): string {
    const value = this.raw(name)
    if (options.maxLength !== undefined && value.length > options.maxLength)
      throw new InputError(
        name,
        `${quoted(value, 60)} is longer than ${options.maxLength} characters`,
        `at most ${options.maxLength} characters`
      )
    if (value) return value
    if (options.required) throw new InputError(name, 'is required but was empty', 'a non-empty value')
    return options.default ?? ''
  }

  /** A string or undefined when unset. */
  optional(name: string): string | undefined {
    return this.raw(name) || undefined
  }

  /** A string that must match `pattern`; `accepted` says what matches, in words. */
  matching(
    name: string,
    pattern: RegExp,
    accepted: string,
    options: { required?: boolean; default?: string } = {}
  ): string {
    const value = this.string(name, options)
    if (value === '' && !options.required) return value
    if (!pattern.test(value)) throw new InputError(name, `"${value}" is not valid`, accepted)
    return value
  }

  /** YAML 1.2 booleans, as `core.getBooleanInput` accepts them. */
  boolean(name: string, defaultValue: boolean): boolean {
    const value = this.raw(name)
    if (value === '') return defaultValue
    if (TRUE.includes(value)) return true
    if (FALSE.includes(value)) return false
    throw new InputError(name, `"${value}" is not a boolean`, 'true or false')
  }

  /** Lines of a multiline input: trimmed, blank lines and `#` comments dropped, within bounds. */
  multiline(name: string, options: { required?: boolean; default?: string[] } & LineBounds = {}): string[] {
    const lines = this.raw(name)
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(line => line !== '' && !line.startsWith('#'))
    if (lines.length > 0) return this.bounded(name, lines, options, 'line')
    if (options.required) throw new InputError(name, 'is required but was empty', 'one value per line')
    return options.default ?? []
  }

  /** A list separated by commas or newlines, within bounds. */
  list(name: string, options: { required?: boolean; default?: string[] } & LineBounds = {}): string[] {
    const items = this.raw(name)
      .split(/[,\n]/)
      .map(item => item.trim())
      .filter(Boolean)
    if (items.length > 0) return this.bounded(name, items, options, 'item')
    if (options.required)
      throw new InputError(name, 'is required but was empty', 'a comma- or newline-separated list')
    return options.default ?? []
  }

  /** A duration (`90s`, `15m`, `1h`), in milliseconds. */
  duration(name: string, defaultValue: string, options: { min?: number; max?: number } = {}): number {
    const value = this.raw(name) || defaultValue
    const ms = parseDuration(value)
    const accepted = 'a duration such as 90s, 15m, 1h or 1h30m'
    if (ms === undefined) throw new InputError(name, `"${value}" is not a duration`, accepted)
    if (options.min !== undefined && ms < options.min)
      throw new InputError(name, `"${value}" is too short`, `${accepted}, at least ${options.min / 1000}s`)
    if (options.max !== undefined && ms > options.max)
      throw new InputError(name, `"${value}" is too long`, `${accepted}, at most ${options.max / 1000}s`)
    return ms
  }

  /** An integer within bounds. */
  integer(name: string, defaultValue: number, bounds: { min?: number; max?: number } = {}): number {
    const value = this.raw(name)
    if (value === '') return defaultValue
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds
    const n = Number(value)
    if (!/^-?\d+$/.test(value) || n < min || n > max)
      throw new InputError(
        name,
        `"${value}" is not a whole number in range`,
        `an integer from ${min} to ${max}`
      )
    return n
  }

  /** One of a fixed set of values. */
  oneOf<T extends string>(name: string, values: readonly T[], defaultValue?: T): T {
    const value = this.raw(name)
    if (value === '' && defaultValue !== undefined) return defaultValue
    if (!(values as readonly string[]).includes(value))
      throw new InputError(
        name,
        value ? `"${value}" is not allowed` : 'is required but was empty',
        values.join(', ')
      )
    return value as T
  }

  /** An AWS region code such as `eu-west-1`. */
  awsRegion(name: string, defaultValue?: string): string {
    const value =
      this.raw(name) || defaultValue || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || ''
    if (!value) throw new InputError(name, 'is required but was empty', 'an AWS region such as us-east-1')
    if (!AWS_REGION.test(value))
      throw new InputError(
        name,
        `"${value}" is not an AWS region`,
        'an AWS region such as us-east-1 or eu-west-1'
      )
    return value
  }
}

/** The largest file parseInputFile reads unless told otherwise. */
export const MAX_INPUT_FILE_BYTES = 64 * MiB

/**
 * The parsed content of a file an input names: read only when it is a regular file of at most
 * `maxBytes` (lib/core/paths.ts); a file that is not one, or a parse failure (a UserError), becomes
 * an InputError naming the input.
 */
export function parseInputFile<T>(
  input: string,
  path: string,
  parse: (text: string) => T,
  accepted: { unreadable: string; invalid: string },
  shownAs = path,
  maxBytes = MAX_INPUT_FILE_BYTES
): T {
  const text = readCheckedFile(input, path, shownAs, maxBytes, accepted.unreadable)
  try {
    return parse(text)
  } catch (error) {
    if (error instanceof UserError) throw new InputError(input, error.message, accepted.invalid)
    throw error
  }
}
