/**
 * Process execution with output streamed to the log as it arrives (long commands show progress)
 * and captured for parsing. Arguments go to the process as argv, never through a shell; secrets go
 * on stdin (`input`), never in argv.
 */
import { spawn } from 'node:child_process'
import { UserError } from './errors.js'
import { group, toolOutput } from './log.js'
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
}

export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
}

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
  const execute = () => spawnAndCollect(command, args, options)
  const result = options.groupTitle ? await group(options.groupTitle, execute) : await execute()
  if (!(options.okExitCodes ?? [0]).includes(result.exitCode))
    throw new CommandFailedError([command, ...args.slice(0, 2)].join(' '), result)
  return result
}

function spawnAndCollect(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const stream = options.stream ?? true
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const chunks: Record<'stdout' | 'stderr', Buffer[]> = { stdout: [], stderr: [] }
    const pending: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' }
    // The program's lines reach the log through toolOutput: they can never issue workflow commands.
    const emit = (name: 'stdout' | 'stderr', lines: string[]) => {
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
    child.on('error', error => {
      const code = (error as NodeJS.ErrnoException).code
      reject(code === 'ENOENT' ? new UserError(`${command} was not found on PATH`) : error)
    })
    child.on('close', (exitCode, signal) => {
      for (const name of ['stdout', 'stderr'] as const) if (pending[name]) emit(name, [pending[name]])
      resolve({
        exitCode: exitCode ?? (signal ? 128 : 1),
        stdout: Buffer.concat(chunks.stdout).toString('utf8'),
        stderr: Buffer.concat(chunks.stderr).toString('utf8')
      })
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}

/** Whether `command` can be started (found on PATH). */
export async function commandExists(command: string, versionArgs = ['--version']): Promise<boolean> {
  try {
    await spawnAndCollect(command, versionArgs, { stream: false })
    return true
  } catch {
    return false
  }
}
