/**
 * Terraform's error output, read for what a user needs: the state lock (its id, holder, age and
 * how to release it), expired AWS credentials, a stale plan, and the `Error:` diagnostics, without
 * the decoration around them.
 */

export interface LockInfo {
  id: string
  path?: string
  operation?: string
  who?: string
  version?: string
  created?: string
  /**
   * The pg backend's lock: Terraform then prints the Lock Info of this run's own request (the pg
   * backend stores no holder), and the workspace it is for.
   */
  pgWorkspace?: string
}

/** Terraform's diagnostics box (`╷ │ ╵`) removed, so both coloured and -no-color output read alike. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')

function plainLines(text: string): string[] {
  return text
    .replace(ANSI_COLOUR, '')
    .split(/\r?\n/)
    .map(line => line.replace(/^[│╷╵]\s?/, '').trimEnd())
}

/** The lock Terraform could not acquire, from its "Error acquiring the state lock" message. */
export function parseLockError(output: string): LockInfo | undefined {
  if (!/Error acquiring the state lock|Error locking state/.test(output)) return undefined
  const fields: Record<string, string> = {}
  let inLockInfo = false
  let pgWorkspace: string | undefined
  for (const line of plainLines(output)) {
    // internal/backend/remote-state/pg/client.go: the lock is a PostgreSQL advisory lock.
    const pg =
      /^Error message: (?:Workspace is already locked|Already locked for workspace creation): (.*)$/.exec(
        line.trim()
      )
    if (pg) pgWorkspace = pg[1].trim()
    if (/^\s*Lock Info:\s*$/.test(line)) {
      inLockInfo = true
      continue
    }
    if (!inLockInfo) continue
    const match = /^\s+([A-Za-z]+):\s*(.*)$/.exec(line)
    if (!match) {
      if (line.trim() === '') continue
      break
    }
    fields[match[1].toLowerCase()] = match[2].trim()
  }
  if (!fields.id) return { id: '', ...(pgWorkspace !== undefined ? { pgWorkspace } : {}) }
  return {
    ...(pgWorkspace !== undefined ? { pgWorkspace } : {}),
    id: fields.id,
    path: fields.path || undefined,
    operation: fields.operation || undefined,
    who: fields.who || undefined,
    version: fields.version || undefined,
    created: fields.created || undefined
  }
}

/** One line: who holds the lock, since when, and how to release it. */
export function lockMessage(lock: LockInfo, workingDirectory: string, lockTimeoutSeconds: number): string {
  const waited = lockTimeoutSeconds > 0 ? ` (waited ${lockTimeoutSeconds}s, the lock-timeout)` : ''
  if (lock.pgWorkspace !== undefined)
    return (
      `The Terraform state is locked${waited}: another run holds the pg backend's lock on workspace "${lock.pgWorkspace}". ` +
      `The pg backend does not record who holds it${lock.id ? ` (the lock ${lock.id} that Terraform printed is this run's own request)` : ''}. ` +
      `It is a PostgreSQL advisory lock of the other run's database session, released when that terraform exits; terraform force-unlock cannot release it. ` +
      `Wait for that run to finish (its session is in pg_locks, locktype advisory, joined with pg_stat_activity), or raise lock-timeout.`
    )
  if (!lock.id)
    return `The Terraform state is locked by another run${waited}; Terraform did not say by whom. Wait for it to finish, or release the lock with terraform force-unlock LOCK_ID in ${workingDirectory}.`
  const holder = lock.who ? ` is held by ${lock.who}` : ' is held'
  const since = lock.created ? ` since ${lock.created}` : ''
  const what = [lock.operation && `operation ${lock.operation}`, lock.path && `state ${lock.path}`]
    .filter(Boolean)
    .join(', ')
  return (
    `The Terraform state is locked${waited}: lock ${lock.id}${holder}${since}${what ? ` (${what})` : ''}. ` +
    `Wait for that run to finish; if it died, release the lock with: terraform force-unlock -force ${lock.id} (in ${workingDirectory}), or raise lock-timeout.`
  )
}

/** The `Error: …` diagnostics of Terraform's output, each with its first line of detail. */
export function terraformErrors(output: string): string[] {
  const lines = plainLines(output)
  const errors: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const match = /^\s*Error: (.*)$/.exec(lines[i])
    if (!match) continue
    let text = match[1].trim()
    // The detail follows after a blank line (or a `with …`/`on …` location block).
    for (let j = i + 1; j < lines.length && j < i + 12; j++) {
      const next = lines[j].trim()
      if (next === '' || /^(on |with )/.test(next) || /^\d+:/.test(next) || /^[├│─]/.test(next)) continue
      if (/^(Error|Warning): /.test(next)) break
      text += text.endsWith(':') || text.endsWith('.') ? ` ${next}` : `: ${next}`
      break
    }
    errors.push(text)
  }
  return errors
}

/**
 * Expired AWS credentials in Terraform's output (the S3 backend's or the AWS provider's error), as
 * AWS worded it: "ExpiredToken: The provided token has expired".
 */
export function expiredCredentials(output: string): string | undefined {
  const match = /\b(ExpiredToken(?:Exception)?|RequestExpired)\b(?::[ \t]*([^\n.]*))?/.exec(
    plainLines(output).join('\n')
  )
  if (!match) return undefined
  return match[2]?.trim() ? `${match[1]}: ${match[2].trim()}` : match[1]
}

/** Where Terraform wrote the state it could not save to the backend ("errored.tfstate"). */
export function erroredStateFile(output: string): string | undefined {
  return /the state has\s+been\s+written\s+to\s+the\s+file\s+"([^"]+)"/.exec(
    plainLines(output).join(' ')
  )?.[1]
}

/** Whether Terraform refused a saved plan because the state changed after it was made. */
export function stalePlan(output: string): boolean {
  return /Error: Saved plan is stale/.test(plainLines(output).join('\n'))
}

/** Whether Terraform could not release the state lock it held. */
export function lockReleaseFailed(output: string): boolean {
  return /Error releasing the state lock|Failed to unlock state/.test(output)
}
