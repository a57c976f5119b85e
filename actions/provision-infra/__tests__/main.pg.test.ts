/**
 * The action on the real Terraform with its built-in `pg` backend, on a PostgreSQL these tests start
 * themselves: a real state lock held by a second terraform process, and a real cancel. The action
 * runs as a process of its own (as on a runner), so the test sends it the runner's signals; what it
 * asserts is what a user sees (the error line, the job summary, the log) and the state of things:
 * the pg backend's advisory lock gone from pg_locks, Terraform's processes gone, the state usable.
 *
 * Each test has its own database: while a workspace has no state yet, the pg backend locks it with
 * one advisory lock key (-1) that every schema and workspace of a database shares.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readlinkSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { type Postgres, startPostgres } from '../../../__fixtures__/terraform-postgres.js'
import {
  HOLD_RESOURCE,
  holdLock,
  type RealTerraform,
  realTerraform,
  startAction,
  until
} from '../../../__fixtures__/terraform-real.js'

let pg: Postgres
const boxes: RealTerraform[] = []

beforeAll(async () => {
  pg = await startPostgres()
}, 120_000)
afterAll(async () => {
  // Whatever still waits in a hold resource (a test that failed half-way) finishes first.
  for (const box of boxes) box.write({ 'infra/release': '' })
  await until(
    'every terraform to finish',
    () => boxes.every(box => processesIn(box.infra).length === 0),
    30_000
  ).catch(() => undefined)
  for (const box of boxes) box.cleanup()
  await pg?.stop()
})

const CONFIG = `
terraform {
  backend "pg" {}
}
${HOLD_RESOURCE}
output "hold" {
  value = terraform_data.hold.id
}
`

let databases = 0
/** A repository whose infra/ uses the pg backend, on a database of its own; initialised. */
async function pgRepository(): Promise<{ box: RealTerraform; database: string; backendConfig: string }> {
  const database = `tf${++databases}`
  await pg.query(`CREATE DATABASE ${database}`)
  const box = realTerraform({ 'infra/main.tf': CONFIG })
  boxes.push(box)
  box.env.RUNNER_TEMP = join(box.root, 'runner-temp')
  const conn = pg.url.replace('/postgres?', `/${database}?`)
  const init = await box.terraform(['init', '-input=false', `-backend-config=conn_str=${conn}`])
  if (init.exitCode !== 0) throw new Error(init.stderr)
  // The states row exists from here on, so every lock is on it. (The hold resource is released
  // at once for this first apply.)
  box.write({ 'infra/release': '' })
  const apply = await box.terraform(['apply', '-auto-approve', '-input=false'])
  if (apply.exitCode !== 0) throw new Error(apply.stderr)
  rmSync(join(box.infra, 'release'))
  return { box, database, backendConfig: `conn_str=${conn}` }
}

/** The pg backend's advisory locks held in `database`. */
async function advisoryLocks(database: string): Promise<number> {
  const rows = await pg.query(
    `SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = '${database}'`
  )
  return Number(rows[0][0])
}

/** Processes whose working directory is `dir` (Terraform and its local-exec run in infra/). */
function processesIn(dir: string): number[] {
  const pids: number[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      if (readlinkSync(`/proc/${name}/cwd`) === dir) pids.push(Number(name))
    } catch {
      // gone, or not ours to read
    }
  }
  return pids
}

/** Plan with the action (its own process), then start the apply of that plan; resolves once apply holds the lock. */
async function startApply(box: RealTerraform, backendConfig: string, database: string) {
  const plan = await startAction(box, { 'backend-config': backendConfig, vars: `hold=${Date.now()}` }).done
  expect(plan.errors).toEqual([])
  const apply = startAction(box, {
    command: 'apply',
    'backend-config': backendConfig,
    'plan-file': plan.outputs['plan-file'],
    'plan-sha256': plan.outputs['plan-sha256']
  })
  await until('the apply to hold the lock, inside its local-exec', async () => {
    if (!readdirSync(box.infra).includes('holding')) return false
    return (await advisoryLocks(database)) > 0
  })
  return apply
}

describe('the pg backend (real Terraform, real PostgreSQL)', () => {
  it.concurrent(
    'a lock held by a second terraform: named as the pg backend knows it, waited for, and gone once released',
    async () => {
      const { box, database, backendConfig } = await pgRepository()
      const holder = holdLock(box, box.infra)
      await holder.holding
      expect(await advisoryLocks(database)).toBeGreaterThan(0)
      const locked = await startAction(box, { 'backend-config': backendConfig, 'lock-timeout': '1s' }).done
      expect(locked.code).toBe(1)
      expect(locked.errors).toHaveLength(1)
      // Terraform prints the Lock Info of its own request: the pg backend stores no holder.
      expect(locked.errors[0]).toMatch(
        /^The Terraform state is locked \(waited 1s, the lock-timeout\): another run holds the pg backend's lock on workspace "default"\. The pg backend does not record who holds it \(the lock [0-9a-f-]{36} that Terraform printed is this run's own request\)\. It is a PostgreSQL advisory lock of the other run's database session, released when that terraform exits; terraform force-unlock cannot release it\. /
      )
      expect(locked.errors[0]).not.toContain('force-unlock -force')

      // Released by the holder's exit: the lock row is gone and the next plan takes the lock at once.
      expect((await holder.release()).exitCode).toBe(0)
      expect(await advisoryLocks(database)).toBe(0)
      const after = await startAction(box, { 'backend-config': backendConfig, 'lock-timeout': '0s' }).done
      expect(after.errors).toEqual([])
    },
    180_000
  )

  it.concurrent(
    'lock: false plans while another run holds the lock, and leaves the lock alone',
    async () => {
      const { box, database, backendConfig } = await pgRepository()
      const holder = holdLock(box, box.infra)
      await holder.holding
      const plan = await startAction(box, {
        'backend-config': backendConfig,
        lock: 'false',
        'lock-timeout': '1s'
      }).done
      expect(plan.errors).toEqual([])
      expect(plan.summary).toContain('_Planned without the state lock (lock: false)')
      expect(await advisoryLocks(database)).toBeGreaterThan(0)
      expect((await holder.release()).exitCode).toBe(0)
    },
    180_000
  )

  it.concurrent.each<['SIGINT' | 'SIGTERM']>([['SIGINT'], ['SIGTERM']])(
    'a cancel (%s to the action) stops terraform apply gracefully: lock released, processes gone, reported',
    async signal => {
      const { box, database, backendConfig } = await pgRepository()
      const apply = await startApply(box, backendConfig, database)
      process.kill(apply.pid, signal)
      const result = await apply.done

      expect(result.code).toBe(1)
      expect(result.errors).toEqual([
        `Cancelled: terraform apply in infra was cancelled (${signal}): Terraform stopped gracefully and released the state lock; what it changed before the cancel is in the state, and the next run converges.`
      ])
      expect(result.log.some(line => line.startsWith(`Cancelled (${signal}): sent SIGINT to `))).toBe(true)
      expect(result.log).toContain('Interrupt received.')
      expect(result.summary).toContain(
        `**:stop_sign: Cancelled** (${signal}) during \`terraform apply\` in infra: Terraform stopped gracefully and released the state lock`
      )
      // Observed, not assumed: no lock in PostgreSQL, nothing of Terraform's left running.
      expect(await advisoryLocks(database)).toBe(0)
      await until('terraform and its local-exec to be gone', () => processesIn(box.infra).length === 0)
      const next = await startAction(box, { 'backend-config': backendConfig, 'lock-timeout': '0s' }).done
      expect(next.errors).toEqual([])
    },
    180_000
  )

  it.concurrent(
    "the runner's cancel (SIGINT, then SIGTERM): Terraform is interrupted once, never told to exit at once",
    async () => {
      const { box, database, backendConfig } = await pgRepository()
      const apply = await startApply(box, backendConfig, database)
      // Back to back, so both reach the action while Terraform is still stopping (it takes far
      // longer than the action takes to read two signals).
      process.kill(apply.pid, 'SIGINT')
      process.kill(apply.pid, 'SIGTERM')
      const result = await apply.done
      expect(result.code).toBe(1)
      expect(result.log.some(line => / received again: still waiting for /.test(line))).toBe(true)
      expect(apply.log()).not.toContain('Two interrupts received')
      expect(result.errors[0]).toContain('Terraform stopped gracefully and released the state lock')
      expect(await advisoryLocks(database)).toBe(0)
    },
    180_000
  )
})
