/**
 * A PostgreSQL server of the tests' own, for Terraform's built-in `pg` backend: PostgreSQL 15's
 * initdb and pg_ctl (on PATH, or Debian's /usr/lib/postgresql/15/bin; package postgresql-15), a
 * throwaway data directory, trust authentication, listening on 127.0.0.1 at a free port.
 *
 * initdb and postgres refuse to run as root: as root, the server runs as the `postgres` user (or
 * `nobody`) through runuser, and its data directory is that user's.
 */
import { execFile } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'

const exec = promisify(execFile)

export interface Postgres {
  /** conn_str for the pg backend (database "postgres", no TLS). */
  url: string
  /** Rows of `sql`, each a list of its columns (through psql). */
  query(sql: string): Promise<string[][]>
  stop(): Promise<void>
}

function findBinary(name: string): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/lib/postgresql/15/bin']
  for (const dir of dirs) if (dir && existsSync(join(dir, name))) return join(dir, name)
  throw new Error(
    `${name} was not found (on PATH or in /usr/lib/postgresql/15/bin): the pg backend tests need PostgreSQL 15's server (Debian package postgresql-15)`
  )
}

function lookupUser(name: string): Promise<{ uid: number; gid: number } | undefined> {
  return exec('id', ['-u', name])
    .then(async ({ stdout }) => ({
      uid: Number(stdout.trim()),
      gid: Number((await exec('id', ['-g', name])).stdout.trim())
    }))
    .catch(() => undefined)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

export async function startPostgres(): Promise<Postgres> {
  const initdb = findBinary('initdb')
  const pgCtl = findBinary('pg_ctl')
  const psql = findBinary('psql')
  const dir = mkdtempSync(join(tmpdir(), 'shipline-pg-'))
  const data = join(dir, 'data')
  let as: (command: string, args: string[]) => [string, string[]] = (command, args) => [command, args]
  if (userInfo().uid === 0) {
    const name = (await lookupUser('postgres')) ? 'postgres' : 'nobody'
    const user = await lookupUser(name)
    if (!user)
      throw new Error('running as root, and neither a postgres nor a nobody user exists to run PostgreSQL')
    chownSync(dir, user.uid, user.gid)
    as = (command, args) => ['runuser', ['-u', name, '--', command, ...args]]
  }
  const sh = (command: string, args: string[]) => exec(...as(command, args), { cwd: dir })
  await sh(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'])
  let port = 0
  for (let attempt = 0; ; attempt++) {
    port = await freePort()
    try {
      await sh(pgCtl, [
        '-D',
        data,
        '-l',
        join(dir, 'server.log'),
        '-w',
        '-t',
        '60',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
        'start'
      ])
      break
    } catch (error) {
      if (attempt >= 2) throw error
    }
  }
  const url = `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`
  return {
    url,
    async query(sql) {
      const { stdout } = await exec(psql, [url, '-X', '-A', '-t', '-F', '\t', '-c', sql])
      return stdout
        .split('\n')
        .filter(Boolean)
        .map(line => line.split('\t'))
    },
    async stop() {
      await sh(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined)
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
