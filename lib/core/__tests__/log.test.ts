/**
 * Output Shipline streams from other programs (a tool's stdout and stderr, pod logs in deploy
 * diagnostics) cannot issue workflow commands. The lines as a user reads them stay as they were;
 * what the runner would execute is read back with the runner's own rules
 * (__fixtures__/workflow-commands.ts).
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { INJECTION, runnerCommands } from '../../../__fixtures__/workflow-commands.js'
import { run } from '../exec.js'
import { info, toolOutput, usePlainLog } from '../log.js'

let stdout: string
let stderr: string
beforeEach(() => {
  stdout = ''
  stderr = ''
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => ((stdout += String(chunk)), true))
  jest.spyOn(process.stderr, 'write').mockImplementation(chunk => ((stderr += String(chunk)), true))
})
afterEach(() => {
  jest.restoreAllMocks()
  usePlainLog(undefined)
  delete process.env.GITHUB_ACTIONS
})

describe('toolOutput', () => {
  it('inside GitHub Actions, shows the lines as they are and lets none of them be a command', () => {
    usePlainLog(false)
    process.env.GITHUB_ACTIONS = 'true'
    info('::notice::Shipline itself may still issue commands')
    toolOutput(INJECTION.join('\n'))
    info('after the tool')
    for (const line of INJECTION) expect(stdout.split('\n')).toContain(line)
    expect(runnerCommands(stdout)).toEqual(['::notice::Shipline itself may still issue commands'])
    expect(stdout.endsWith('after the tool\n')).toBe(true)
  })

  it('uses a new unguessable token for every block', () => {
    usePlainLog(false)
    process.env.GITHUB_ACTIONS = 'true'
    toolOutput('one')
    toolOutput('two')
    const tokens = [...stdout.matchAll(/^::stop-commands::(.+)$/gm)].map(m => m[1])
    expect(tokens).toHaveLength(2)
    expect(tokens[0]).not.toBe(tokens[1])
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{32}$/)
  })

  it('in a workflow with the plain log (the CLI: stderr), wraps the lines too', () => {
    usePlainLog(true)
    process.env.GITHUB_ACTIONS = 'true'
    toolOutput(INJECTION.join('\n'))
    expect(stdout).toBe('')
    expect(runnerCommands(stderr)).toEqual([])
    for (const line of INJECTION) expect(stderr.split('\n')).toContain(line)
  })

  it('in a terminal, prints the lines alone', () => {
    usePlainLog(true)
    toolOutput('a\n::b::c')
    expect(stderr).toBe('a\n::b::c\n')
  })
})

describe('run (lib/core/exec.ts): streamed output of a program', () => {
  it('cannot issue workflow commands, however the program splits its output', async () => {
    usePlainLog(false)
    process.env.GITHUB_ACTIONS = 'true'
    const script = [
      `process.stdout.write(${JSON.stringify(`${INJECTION.slice(0, 4).join('\n')}\n`)})`,
      `setTimeout(() => process.stderr.write(${JSON.stringify(INJECTION.slice(4).join('\n'))}), 50)`
    ].join(';')
    const result = await run(process.execPath, ['-e', script], { groupTitle: 'a tool' })
    expect(result.stdout.split('\n')).toContain('::add-mask::not-a-secret')
    for (const line of INJECTION) expect(stdout.split('\n')).toContain(line)
    expect(runnerCommands(stdout)).toEqual(['::group::a tool', '::endgroup::'])
  })
})
