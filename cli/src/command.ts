/** What every `shipline` sub-command provides. */
import type { ParseArgsConfig } from 'node:util'

export type Options = NonNullable<ParseArgsConfig['options']>

export interface ParsedArgs {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>
  positionals: string[]
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
