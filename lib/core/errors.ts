/**
 * Errors a user can act on. Their message is shown as it is, on one line, with no stack trace.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}

/** A bad input: names the input, what was wrong and what is accepted. */
export class InputError extends UserError {
  constructor(
    readonly input: string,
    /** What was wrong, without the input's name. */
    readonly problem: string,
    accepted: string
  ) {
    super(`Input "${input}": ${problem}; accepted: ${accepted}`)
    this.name = 'InputError'
  }
}

/** The message of any thrown value, flattened to one line. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/\s*\n\s*/g, ' ').trim()
}
