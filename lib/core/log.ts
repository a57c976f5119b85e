/**
 * Logging that fits where it runs: workflow commands (groups, annotations) inside GitHub Actions,
 * plain lines on stderr in a terminal, so the CLI keeps stdout for its data.
 *
 * Output of other programs (`toolOutput`: what exec streams, Trivy's log, pod logs in deploy
 * diagnostics) is shown as it is but can never issue a workflow command: inside a workflow each
 * block is wrapped in `::stop-commands::TOKEN` … `::TOKEN::` with a fresh random token (the runner
 * then executes no command, `::` or `##[`, until it reads the token), written at once so no line of
 * Shipline's own comes in between.
 */
import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'

let forced: boolean | undefined

/** Force plain stderr logging (the CLI) or workflow commands; by default, decided by GITHUB_ACTIONS. */
export function usePlainLog(value: boolean | undefined): void {
  forced = value
}

function plain(): boolean {
  return forced ?? process.env.GITHUB_ACTIONS !== 'true'
}

export function info(message: string): void {
  if (plain()) process.stderr.write(`${message}\n`)
  else core.info(message)
}

export function warning(message: string): void {
  if (plain()) process.stderr.write(`warning: ${message}\n`)
  else core.warning(message)
}

export function debug(message: string): void {
  if (plain()) {
    if (process.env.SHIPLINE_DEBUG) process.stderr.write(`debug: ${message}\n`)
  } else core.debug(message)
}

/** Run `fn` with its log lines folded under `title`. */
export async function group<T>(title: string, fn: () => Promise<T>): Promise<T> {
  if (plain()) {
    info(`▸ ${title}`)
    return fn()
  }
  return core.group(title, fn)
}

/** Lines another program wrote, shown as they are; inside a workflow they cannot issue commands. */
export function toolOutput(text: string): void {
  const stream = plain() ? process.stderr : process.stdout
  if (process.env.GITHUB_ACTIONS !== 'true') {
    stream.write(`${text}\n`)
    return
  }
  const token = randomBytes(16).toString('hex')
  stream.write(`::stop-commands::${token}\n${text}\n::${token}::\n`)
}
