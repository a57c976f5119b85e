/**
 * exec's cancel, with real signals: a real node process runs a command through exec.run (as an
 * action does), the test signals that process the way the runner or a terminal does, and the
 * command records every signal it receives.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../exec.js'
import { repoPath } from '../../../__fixtures__/paths.js'

const dir = mkdtempSync(join(tmpdir(), 'shipline-exec-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// The command: records each signal; "graceful" exits 100 ms after SIGINT, "stubborn" never does.
const COMMAND = join(dir, 'command.mjs')
writeFileSync(
  COMMAND,
  `import { appendFileSync, writeFileSync } from 'node:fs'
const [log, mode] = process.argv.slice(2)
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    appendFileSync(log, signal + '\\n')
    if (mode === 'graceful') setTimeout(() => process.exit(3), 100)
  })
writeFileSync(log + '.ready', String(process.pid))
setInterval(() => {}, 1000)
`
)

// The action-like process: runs the command through exec.run, then tries one more command.
const PARENT = join(dir, 'parent.ts')
writeFileSync(
  PARENT,
  `import { run } from ${JSON.stringify(repoPath('lib/core/exec.ts').replace(/\.ts$/, '.js'))}
const [command, log, mode, grace] = process.argv.slice(2)
const report = (error: unknown) => {
  const e = error as { name: string; message: string; stop?: unknown }
  console.log(JSON.stringify({ name: e.name, message: e.message, stop: e.stop }))
}
try {
  await run(process.execPath, [command, log, mode], { stream: false, stopGraceMs: Number(grace) })
  console.log(JSON.stringify({ name: 'finished' }))
} catch (error) {
  report(error)
  process.exitCode = 1
}
try {
  await run('true', [])
  console.log(JSON.stringify({ name: 'started again' }))
} catch (error) {
  report(error)
}
if (mode === 'idle') {
  const { writeFileSync } = await import('node:fs')
  writeFileSync(log + '.idle', '')
  setInterval(() => {}, 1000)
}
`
)

interface Parent {
  pid: number
  log: string
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: Array<Record<string, unknown>> }>
  stderr: () => string
}

let count = 0
function startParent(mode: 'graceful' | 'stubborn' | 'idle', graceMs = 30_000): Parent {
  const log = join(dir, `signals-${++count}`)
  writeFileSync(log, '')
  // Its own process group, so the test can send a terminal's Ctrl-C to the whole group.
  const child = spawn(
    process.execPath,
    ['--import', repoPath('__fixtures__/ts-loader.mjs'), PARENT, COMMAND, log, mode, String(graceMs)],
    { cwd: repoPath('.'), detached: true, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += String(chunk)))
  child.stderr.on('data', chunk => (stderr += String(chunk)))
  const done = new Promise<Awaited<Parent['done']>>(resolve =>
    child.on('close', (code, signal) =>
      resolve({
        code,
        signal,
        lines: stdout
          .split('\n')
          .filter(Boolean)
          .map(line => JSON.parse(line) as Record<string, unknown>)
      })
    )
  )
  return { pid: child.pid ?? 0, log, done, stderr: () => stderr }
}

async function until(what: string, condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

const signalsOf = (parent: Parent) => readFileSync(parent.log, 'utf8').split('\n').filter(Boolean)
const commandPid = (parent: Parent) => Number(readFileSync(`${parent.log}.ready`, 'utf8'))
const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('cancel', () => {
  it.concurrent(
    'SIGTERM to the process reaches the command as one SIGINT; it stops, the cancel is reported, nothing new starts',
    async () => {
      const parent = startParent('graceful')
      await until('the command', () => existsSync(`${parent.log}.ready`))
      process.kill(parent.pid, 'SIGTERM')
      const { code, lines } = await parent.done
      expect(signalsOf(parent)).toEqual(['SIGINT'])
      expect(code).toBe(1)
      expect(lines).toEqual([
        {
          name: 'CancelledError',
          message: `${process.execPath} ${COMMAND} ${parent.log} was cancelled (SIGTERM): it stopped after SIGINT (exit 3)`,
          stop: { signal: 'SIGTERM', graceSeconds: 30 }
        },
        {
          name: 'CancelledError',
          message: 'true was not started: the run was cancelled (SIGTERM)',
          stop: { signal: 'SIGTERM', graceSeconds: 0 }
        }
      ])
      expect(parent.stderr()).toContain(
        `Cancelled (SIGTERM): sent SIGINT to ${process.execPath} ${COMMAND} ${parent.log}`
      )
      expect(alive(commandPid(parent))).toBe(false)
    },
    60_000
  )

  it.concurrent(
    "a terminal's Ctrl-C, then the runner's SIGINT and SIGTERM: the command is interrupted once, not three times",
    async () => {
      const parent = startParent('stubborn')
      await until('the command', () => existsSync(`${parent.log}.ready`))
      process.kill(-parent.pid, 'SIGINT') // Ctrl-C: the whole foreground process group
      await until('the first SIGINT', () => signalsOf(parent).length > 0)
      process.kill(parent.pid, 'SIGINT')
      process.kill(parent.pid, 'SIGTERM')
      await until('the repeated signals to be logged', () => /SIGTERM received again/.test(parent.stderr()))
      expect(signalsOf(parent)).toEqual(['SIGINT'])
      expect(alive(commandPid(parent))).toBe(true)
      process.kill(commandPid(parent), 'SIGKILL')
      const { code, lines } = await parent.done
      expect(code).toBe(1)
      expect(lines[0].name).toBe('CancelledError')
    },
    60_000
  )

  it.concurrent(
    'a command that ignores SIGINT gets SIGTERM after the grace, then SIGKILL, and the report says so',
    async () => {
      const parent = startParent('stubborn', 400)
      await until('the command', () => existsSync(`${parent.log}.ready`))
      process.kill(parent.pid, 'SIGINT')
      const { code, lines } = await parent.done
      expect(signalsOf(parent)).toEqual(['SIGINT', 'SIGTERM'])
      expect(code).toBe(1)
      expect(lines[0]).toEqual({
        name: 'CancelledError',
        message: `${process.execPath} ${COMMAND} ${parent.log} was cancelled (SIGINT): it did not stop within 0.4s of SIGINT and was ended with SIGKILL`,
        stop: { signal: 'SIGINT', graceSeconds: 0.4, forced: 'SIGKILL' }
      })
      expect(alive(commandPid(parent))).toBe(false)
    },
    60_000
  )

  it.concurrent(
    'with no command running, a signal has its default effect (the process ends)',
    async () => {
      const parent = startParent('idle')
      await until('the command', () => existsSync(`${parent.log}.ready`))
      process.kill(commandPid(parent), 'SIGKILL') // the command ends; the parent then idles
      await until('the parent to idle', () => existsSync(`${parent.log}.idle`))
      process.kill(parent.pid, 'SIGINT')
      const { signal, lines } = await parent.done
      expect(signal).toBe('SIGINT')
      expect(lines.map(line => line.name)).toEqual(['CommandFailedError', 'started again'])
    },
    60_000
  )
})

describe('run', () => {
  it('reports the exit code of a command ended by a signal as 128 + its number', async () => {
    const result = await run('sh', ['-c', 'kill -TERM $$'], { stream: false, okExitCodes: [143] })
    expect(result.exitCode).toBe(143)
  })
})
