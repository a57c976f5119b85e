#!/usr/bin/env node
/** `shipline`: the logic of Shipline's actions, from a terminal. */
import { parseArgs } from 'node:util'
import { oneLine, InputError, UserError } from '../../lib/core/errors.js'
import { usePlainLog } from '../../lib/core/log.js'
import { VERSION } from '../../lib/core/version.js'
import { EXIT } from './command.js'
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

async function main(argv: string[]): Promise<number> {
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
  const entry = COMMANDS[name]
  if (!entry) {
    process.stderr.write(
      `shipline: unknown command "${name}"; accepted: ${Object.keys(COMMANDS).join(', ')}\n`
    )
    return EXIT.usage
  }
  const command = await entry.load()
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${entry.summary}\n\nUsage: ${command.usage}\n`)
    return EXIT.ok
  }
  let parsed
  try {
    parsed = parseArgs({
      args: rest,
      options: command.options,
      allowPositionals: command.positionals ?? false,
      strict: true
    })
  } catch (error) {
    process.stderr.write(`shipline ${name}: ${oneLine(error)}\nUsage: ${command.usage}\n`)
    return EXIT.usage
  }
  try {
    return await command.run(parsed)
  } catch (error) {
    process.stderr.write(`shipline ${name}: ${oneLine(error)}\n`)
    if (!(error instanceof UserError) && process.env.SHIPLINE_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack}\n`)
    return error instanceof InputError ? EXIT.usage : EXIT.failure
  }
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  error => {
    process.stderr.write(`shipline: ${oneLine(error)}\n`)
    process.exitCode = EXIT.failure
  }
)
