/**
 * The one top-level handler of every action: run, and turn any failure into a one-line error with
 * no stack trace (the stack goes to the debug log only).
 */
import * as core from '@actions/core'
import { oneLine, UserError } from './errors.js'

export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main()
  } catch (error) {
    if (!(error instanceof UserError) && error instanceof Error && error.stack) core.debug(error.stack)
    core.setFailed(oneLine(error))
  }
}
