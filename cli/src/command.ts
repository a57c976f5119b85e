/** What every `shipline` sub-command provides. */
import type { ParseArgsConfig } from 'node:util'

export type Options = NonNullable<ParseArgsConfig['options']>

/** One element of the command line, in order (node:util parseArgs with tokens). */
export type ArgToken =
  | { kind: 'option'; name: string; rawName: string; index: number; value?: string; inlineValue?: boolean }
  | { kind: 'positional'; index: number; value: string }
  | { kind: 'option-terminator'; index: number }

export interface ParsedArgs {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>
  positionals: string[]
  /** The command line in order, when parsed by the CLI (tests may leave it out). */
  tokens?: ArgToken[]
}

export interface Command {
  /** The usage line(s) shown by `shipline COMMAND --help` and after a usage error. */
  usage: string
  options: Options
  /** Accepts positional arguments (default false). */
  positionals?: boolean
  /** Does the work; resolves to the process exit code. */
  run(args: ParsedArgs): Promise<number>
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const
