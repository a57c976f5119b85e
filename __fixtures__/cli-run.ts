/**
 * A CLI command run in a directory as `shipline` would run it there: what it wrote on stdout and
 * stderr, and its exit code. For the tests of commands that read the current directory.
 */
import { jest } from '@jest/globals'
import type { Command } from '../cli/src/command.js'

/** Run `command` in `cwd` as the CLI would; what it wrote on stdout and stderr. */
export async function inRepo(cwd: string, command: Command, values: Record<string, string | boolean>) {
  const stdout: string[] = []
  const stderr: string[] = []
  const capture = (into: string[]) => (chunk: unknown) => {
    into.push(String(chunk))
    return true
  }
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture(stdout))
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture(stderr))
  const before = process.cwd()
  process.chdir(cwd)
  try {
    const code = await command.run({ values, positionals: [] })
    return { code, stdout: stdout.join(''), stderr: stderr.join('') }
  } finally {
    process.chdir(before)
    out.mockRestore()
    err.mockRestore()
  }
}
