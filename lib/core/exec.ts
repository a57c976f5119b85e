/**
 * Process execution with output streamed to the log as it arrives (long commands show progress)
 * and captured for parsing. Arguments go to the process as argv, never through a shell; secrets go
 * on stdin (`input`), never in argv.
 *
 * Cancelling: when this process gets SIGINT or SIGTERM (the runner cancelling a job sends SIGINT,
 * then SIGTERM 7.5 s later, then kills the process tree), every running command is sent SIGINT once,
 * its graceful stop (Terraform releases its state lock; podman and docker stop their builds). Each
 * command runs in its own process group, so a terminal's Ctrl-C does not reach it a second time
 * (Terraform exits at once, lock held, on a second interrupt), and later signals are not passed on
 * either. A command still running `stopGraceMs` after SIGINT gets SIGTERM, then SIGKILL. Once
 * cancelled, no new command starts; the cancelled command rejects with CancelledError, which says
 * whether it stopped by itself, so the caller can report the cancel.
 */
import { type ChildProcess, type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { constants } from 'node:os'
import { UserError } from './errors.js'
import { group, info, toolOutput, warning } from './log.js'
import { redact } from './secrets.js'

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Written to stdin, then stdin is closed. */
  input?: string | Buffer
  /** Stream output lines to the log (default true). */
  stream?: boolean
  /** Fold the streamed output under this title. */
  groupTitle?: string
  /** Exit codes that are not failures (default [0]). */
  okExitCodes?: number[]
  /** Called with each line of stdout/stderr as it arrives. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  /** On a cancel, how long the command has after SIGINT before it gets SIGTERM (default 30 s). */
  stopGraceMs?: number
}

export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
}

export const DEFAULT_STOP_GRACE_MS = 30_000
/** After SIGTERM, how long before SIGKILL (at most; never longer than the grace itself). */
const KILL_AFTER_MS = 10_000
const SIGNALS = ['SIGINT', 'SIGTERM'] as const
type CancelSignal = (typeof SIGNALS)[number]

export class CommandFailedError extends UserError {
  constructor(
    readonly command: string,
    readonly result: RunResult
  ) {
    const tail = lastLines(result.stderr || result.stdout, 5)
    super(`${command} exited with code ${result.exitCode}${tail ? `: ${tail}` : ''}`)
    this.name = 'CommandFailedError'
  }
}

/** How a cancelled command ended. */
export interface Stop {
  /** The signal this process received. */
  signal: CancelSignal
  /** undefined: it stopped by itself after SIGINT; else the signal that ended it after the grace. */
  forced?: 'SIGTERM' | 'SIGKILL'
  /** Seconds it was given after SIGINT. */
  graceSeconds: number
}

/** The run was cancelled: the command was stopped (`result` set), or was not started. */
export class CancelledError extends UserError {
  constructor(
    readonly command: string,
    readonly stop: Stop,
    readonly result?: RunResult
  ) {
    super(
      result
        ? `${command} was cancelled (${stop.signal}): ${
            stop.forced
              ? `it did not stop within ${stop.graceSeconds}s of SIGINT and was ended with ${stop.forced}`
              : `it stopped after SIGINT (exit ${result.exitCode})`
          }`
        : `${command} was not started: the run was cancelled (${stop.signal})`
    )
    this.name = 'CancelledError'
  }
}

function lastLines(text: string, n: number): string {
  return redact(
    text
      .split('\n')
      .map(line => line.trim())
      .filter(Boolean)
      .slice(-n)
      .join(' | ')
  )
}

/** Run `command args…`; rejects with CommandFailedError on a non-accepted exit code. */
export async function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const label = [command, ...args.slice(0, 2)].join(' ')
  if (cancelled) throw new CancelledError(label, { signal: cancelled, graceSeconds: 0 })
  const execute = () => spawnAndCollect(command, args, options, label)
  const { result, stop } = options.groupTitle ? await group(options.groupTitle, execute) : await execute()
  if (stop) throw new CancelledError(label, stop, result)
  if (!(options.okExitCodes ?? [0]).includes(result.exitCode)) throw new CommandFailedError(label, result)
  return result
}

/** The signal that cancelled this run, if one did. */
export function cancelledBy(): CancelSignal | undefined {
  return cancelled
}

// ---------------------------------------------------------------------------------------------
// The running commands and the signal handlers that stop them.

interface Running {
  child: ChildProcess
  label: string
  graceMs: number
  timers: NodeJS.Timeout[]
  stop?: Stop
}

const running = new Set<Running>()
let cancelled: CancelSignal | undefined
let installed = false

/** A process group gets the signal (the command and what it started); a lone process otherwise. */
const GROUPS = process.platform !== 'win32'

function send(entry: Running, signal: NodeJS.Signals): void {
  const pid = entry.child.pid
  if (pid === undefined) return
  try {
    process.kill(GROUPS ? -pid : pid, signal)
  } catch {
    // already gone
  }
}

function stopGracefully(entry: Running, signal: CancelSignal): void {
  entry.stop = { signal, graceSeconds: entry.graceMs / 1000 }
  send(entry, 'SIGINT')
  entry.timers.push(
    setTimeout(() => {
      if (entry.stop) entry.stop.forced = 'SIGTERM'
      warning(`${entry.label} did not stop within ${entry.stop?.graceSeconds}s of SIGINT: sending SIGTERM`)
      send(entry, 'SIGTERM')
      entry.timers.push(
        setTimeout(
          () => {
            if (entry.stop) entry.stop.forced = 'SIGKILL'
            warning(`${entry.label} is still running: sending SIGKILL`)
            send(entry, 'SIGKILL')
          },
          Math.min(KILL_AFTER_MS, entry.graceMs)
        )
      )
    }, entry.graceMs)
  )
}

function onSignal(signal: CancelSignal): void {
  const labels = [...running].map(entry => entry.label).join(', ')
  if (cancelled) {
    info(
      `${signal} received again: still waiting for ${labels || 'the run'} to stop (it is not interrupted twice: a second interrupt makes Terraform exit at once, which can leave its state lock held)`
    )
    return
  }
  cancelled = signal
  info(`Cancelled (${signal}): sent SIGINT to ${labels}; waiting for it to stop gracefully`)
  for (const entry of running) stopGracefully(entry, signal)
}

const handlers = Object.fromEntries(SIGNALS.map(signal => [signal, () => onSignal(signal)])) as Record<
  CancelSignal,
  () => void
>

/** On this process's exit, nothing it started is left running. */
function killAll(): void {
  for (const entry of running) send(entry, 'SIGKILL')
}

function track(entry: Running): void {
  running.add(entry)
  if (installed) return
  installed = true
  for (const signal of SIGNALS) process.on(signal, handlers[signal])
  process.on('exit', killAll)
}

function untrack(entry: Running): void {
  running.delete(entry)
  for (const timer of entry.timers) clearTimeout(timer)
  // While nothing runs, signals have their default effect again, unless a cancel is being
  // reported: then they are held until this process ends.
  if (running.size > 0 || cancelled || !installed) return
  installed = false
  for (const signal of SIGNALS) process.off(signal, handlers[signal])
  process.off('exit', killAll)
}

function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code
  return signal ? 128 + (constants.signals[signal] ?? 0) : 1
}

type StreamName = 'stdout' | 'stderr'

interface Collector {
  /** Passes on the last line of each stream when it had no newline. */
  flush(): void
  /** What each stream wrote, whole. */
  text(): Record<StreamName, string>
}

/**
 * Captures a child's stdout and stderr, and passes their lines, as they arrive, to `onLine` and
 * (when streaming) to the log.
 */
function collectOutput(child: ChildProcessWithoutNullStreams, options: RunOptions): Collector {
  const stream = options.stream ?? true
  const chunks: Record<StreamName, Buffer[]> = { stdout: [], stderr: [] }
  const pending: Record<StreamName, string> = { stdout: '', stderr: '' }
  // The program's lines reach the log through toolOutput: they can never issue workflow commands.
  const emit = (name: StreamName, lines: string[]) => {
    for (const line of lines) options.onLine?.(line, name)
    if (stream && lines.length) toolOutput(lines.join('\n'))
  }
  for (const name of ['stdout', 'stderr'] as const) {
    child[name].on('data', (chunk: Buffer) => {
      chunks[name].push(chunk)
      // Nothing reads lines (no log, no onLine): capture only. Splitting a long single-line
      // output (terraform show -json) chunk by chunk would copy it again and again.
      if (!stream && !options.onLine) return
      const text = pending[name] + chunk.toString('utf8')
      const lines = text.split('\n')
      pending[name] = lines.pop() ?? ''
      emit(name, lines)
    })
  }
  return {
    flush() {
      for (const name of ['stdout', 'stderr'] as const) if (pending[name]) emit(name, [pending[name]])
    },
    text: () => ({
      stdout: Buffer.concat(chunks.stdout).toString('utf8'),
      stderr: Buffer.concat(chunks.stderr).toString('utf8')
    })
  }
}

function spawnAndCollect(
  command: string,
  args: string[],
  options: RunOptions,
  label: string
): Promise<{ result: RunResult; stop?: Stop }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: GROUPS
    })
    const entry: Running = {
      child,
      label,
      graceMs: options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS,
      timers: []
    }
    if (child.pid !== undefined) track(entry)
    const output = collectOutput(child, options)
    child.on('error', error => {
      untrack(entry)
      const code = (error as NodeJS.ErrnoException).code
      reject(code === 'ENOENT' ? new UserError(`${command} was not found on PATH`) : error)
    })
    child.on('close', (exitCode, signal) => {
      untrack(entry)
      output.flush()
      resolve({ result: { exitCode: exitCodeOf(exitCode, signal), ...output.text() }, stop: entry.stop })
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}

/** Whether `command` can be started (found on PATH). */
export async function commandExists(command: string, versionArgs = ['--version']): Promise<boolean> {
  try {
    await spawnAndCollect(command, versionArgs, { stream: false }, command)
    return true
  } catch {
    return false
  }
}
