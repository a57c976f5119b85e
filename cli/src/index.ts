#!/usr/bin/env node
/** `shipline`: the logic of Shipline's actions, from a terminal. */
import { oneLine } from '../../lib/core/errors.js'
import { EXIT } from './command.js'
import { main } from './main.js'

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  error => {
    process.stderr.write(`shipline: ${oneLine(error)}\n`)
    process.exitCode = EXIT.failure
  }
)
