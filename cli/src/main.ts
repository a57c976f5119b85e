/**
 * The `shipline` program without its process: parse the command line strictly, run the command, and
 * turn every failure into one line on stderr (`shipline COMMAND: …`), never a stack trace (unless
 * SHIPLINE_DEBUG). Exit codes: 0 done, 1 failed, 2 bad usage or a bad input (nothing was done).
 */
import { parseArgs } from 'node:util'
import { InputError, oneLine, UserError } from '../../lib/core/errors.js'
import { usePlainLog } from '../../lib/core/log.js'
import { VERSION } from '../../lib/core/version.js'
import { type Command, EXIT, type ParsedArgs } from './command.js'
import { COMMANDS } from './commands.js'

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map(name => name.length))
  return [
    `shipline ${VERSION}: plan, build, scan, deploy and invalidate, as the Shipline actions do`,
    '',
    'Usage: shipline COMMAND [options]    (shipline COMMAND --help for its options)',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  ].join('\n')
}

/** A parseArgs error as a one-line InputError naming the flag or argument, with the usage as what is accepted. */
function usageError(error: unknown, name: string, command: Command): InputError {
  const { code, message } = error as { code?: string; message: string }
  const flag = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? 'argument'
  const accepted = command.usage
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new InputError(flag, `is not an option of shipline ${name}`, accepted)
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const argument = /argument '([^']*)'/.exec(message)?.[1] ?? ''
    return new InputError(argument, `is an argument shipline ${name} does not take`, accepted)
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take an argument/.test(message)
      ? new InputError(flag, 'takes no value', accepted)
      : new InputError(flag, 'needs a value (a value starting with "-" goes as --flag=VALUE)', accepted)
  return new InputError(flag, oneLine(error), accepted)
}

/** Run `shipline argv…`; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  usePlainLog(process.env.GITHUB_ACTIONS !== 'true' || process.env.SHIPLINE_PLAIN_LOG === 'true')
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`)
    return name ? EXIT.ok : EXIT.usage
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION}\n`)
    return EXIT.ok
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!entry) {
    process.stderr.write(
      `shipline: unknown command "${oneLine(name).slice(0, 80)}"; accepted: ${Object.keys(COMMANDS).join(', ')}\n`
    )
    return EXIT.usage
  }
  const command = await entry.load()
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${entry.summary}\n\nUsage: ${command.usage}\n`)
    return EXIT.ok
  }
  try {
    let parsed: ParsedArgs
    try {
      parsed = parseArgs({
        args: rest,
        options: command.options,
        allowPositionals: command.positionals ?? false,
        strict: true,
        tokens: true
      })
    } catch (error) {
      throw usageError(error, name, command)
    }
    return await command.run(parsed)
  } catch (error) {
    process.stderr.write(`shipline ${name}: ${oneLine(error)}\n`)
    if (!(error instanceof UserError) && process.env.SHIPLINE_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack}\n`)
    return error instanceof InputError ? EXIT.usage : EXIT.failure
  }
}
