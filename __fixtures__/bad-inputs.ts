/**
 * What every bad-input table shares: hostile files planted where inputs can name them (a named pipe,
 * a link to /dev/zero, a sparse file larger than any bound, a file standing where a directory is
 * expected, a link out of the workspace), and the one assertion of a clean refusal: exactly one error
 * line, exit code 1, no stack trace, within a time bound that holds under load.
 */
import { expect } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { ActionRun } from './action-run.js'

/** A refusal must come well within this (it reads no pipe, waits on no network). */
export const REFUSAL_BOUND_MS = 5000

export interface HostileFiles {
  dir: string
  /** A named pipe: opening it for reading would wait for a writer forever. */
  fifo: string
  /** A symbolic link to /dev/zero: reading it never ends. */
  zero: string
  /** A sparse file of `bigBytes`: huge to stat, costs no disk. */
  big: string
  /** A regular file; `${file}/x` goes through a file (ENOTDIR). */
  file: string
  /** An empty directory. */
  directory: string
  /** A link to a directory outside `dir`. */
  escape: string
}

/** Plant hostile files named `<name><suffix>` in `dir` (created when missing). */
export function plantHostileFiles(dir: string, suffix = '', bigBytes = 2 ** 36 + 1): HostileFiles {
  mkdirSync(dir, { recursive: true })
  const at = (name: string) => join(dir, `${name}${suffix}`)
  const files: HostileFiles = {
    dir,
    fifo: at('pipe'),
    zero: at('zero'),
    big: at('big'),
    file: at('plain'),
    directory: at('directory'),
    escape: at('escape')
  }
  execFileSync('mkfifo', [files.fifo])
  symlinkSync('/dev/zero', files.zero)
  writeFileSync(files.big, '')
  truncateSync(files.big, bigBytes)
  writeFileSync(files.file, 'not what was asked for\n')
  mkdirSync(files.directory)
  symlinkSync('/etc', files.escape)
  return files
}

/** Every path under `dir` with its kind and size, to show that nothing was written. */
export function snapshot(dir: string): string[] {
  const entries: string[] = []
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name)
      const name = relative(dir, full)
      if (entry.isDirectory()) {
        entries.push(`${name}/`)
        walk(full)
      } else if (entry.isFile()) entries.push(`${name} ${statSync(full).size}`)
      else entries.push(`${name} (${entry.isSymbolicLink() ? 'link' : 'special'})`)
    }
  }
  walk(dir)
  return entries.sort()
}

/** Time `run`, in milliseconds, with its result. */
export async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now()
  const result = await run()
  return { result, ms: performance.now() - started }
}

const STACK_FRAME = /\bat (?:async )?(?:[\w.<>[\]]+ )?\(?(?:file:\/\/|\/)[^\s)]+:\d+:\d+\)?/

/** The action refused cleanly: the one exact error line, exit 1, no stack trace, quickly, no outputs. */
export function expectCleanRefusal(run: ActionRun, ms: number, message: string): void {
  expect(run.errors).toEqual([message])
  expect(run.exitCode).toBe(1)
  expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_FRAME)
  expect(run.log.filter(line => line.startsWith('::debug::'))).toEqual([])
  expect(run.outputs).toEqual({})
  expect(run.summary).toBe('')
  expect(ms).toBeLessThan(REFUSAL_BOUND_MS)
}

export { STACK_FRAME }
