#!/usr/bin/env node
// A stand-in `trivy` for tests and the benchmark: it records its argv, cwd, start/end times and the
// TRIVY_* variables it saw (one JSON line per run in $STANDIN_LOG) and answers the two commands scan-images runs:
// - `image --download-db-only --cache-dir D --db-repository R`: writes D/db/trivy.db and
//   metadata.json (fails for repositories listed in $STANDIN_FAIL_REPOS);
// - `image --cache-dir D --skip-db-update --output F … TARGET`: requires D/db/trivy.db and holds an
//   exclusive lock on it while it runs (as Trivy's BoltDB does: a second process on the same DB
//   fails), sleeps $STANDIN_SLEEP_MS, then copies a recorded Trivy report to F
//   ($STANDIN_FIXTURES: JSON map target → report file; else $STANDIN_DEFAULT_FIXTURE).
//   With $STANDIN_BARRIER_DIR and $STANDIN_BARRIER_COUNT, a scan first waits (up to 30 s) until that
//   many scans have started: a test of "N at once" then holds under any load, and fails (the scan
//   reports a barrier timeout) only when fewer than N ever run together.
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  closeSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const argv = process.argv.slice(2)
const start = Date.now()
const flag = name => {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}
const list = name => (process.env[name] ?? '').split(',').filter(Boolean)

function record(exitCode) {
  if (process.env.STANDIN_LOG)
    appendFileSync(
      process.env.STANDIN_LOG,
      `${JSON.stringify({ argv, cwd: process.cwd(), start, end: Date.now(), exitCode, trivyEnv: Object.keys(process.env).filter(k => k.startsWith('TRIVY_')) })}\n`
    )
}

let release = () => undefined

function fail(message) {
  release()
  process.stderr.write(`FATAL\t${message}\n`)
  record(1)
  process.exit(1)
}

const cacheDir = flag('--cache-dir')
if (argv[0] !== 'image' || !cacheDir) fail(`stand-in: unexpected arguments ${argv.join(' ')}`)
const db = join(cacheDir, 'db')

if (argv.includes('--download-db-only')) {
  const repository = flag('--db-repository') ?? 'default'
  await sleep(Number(process.env.STANDIN_DB_SLEEP_MS ?? 0))
  if (list('STANDIN_FAIL_REPOS').includes(repository))
    fail(
      `init error: DB error: failed to download vulnerability DB: OCI repository error: ${repository}: 503 Service Unavailable`
    )
  mkdirSync(db, { recursive: true })
  writeFileSync(join(db, 'trivy.db'), `stand-in DB from ${repository}\n`)
  writeFileSync(
    join(db, 'metadata.json'),
    JSON.stringify({ Version: 2, NextUpdate: new Date(start + 86_400_000).toISOString() })
  )
  process.stdout.write(`INFO\tDownloaded the vulnerability DB from ${repository}\n`)
  record(0)
  process.exit(0)
}

if (!argv.includes('--skip-db-update'))
  fail('stand-in: a scan must not update the DB (--skip-db-update missing)')
if (!existsSync(join(db, 'trivy.db'))) fail(`stand-in: no DB in ${db} (run --download-db-only first)`)
const output = flag('--output')
if (!output) fail('stand-in: --output missing')
const target = flag('--input') ?? argv[argv.length - 1]

const lock = join(db, 'trivy.db.lock')
let fd
try {
  fd = openSync(lock, 'wx')
} catch {
  fail('init error: DB error: failed to open db: database may be in use by another process: timeout')
}
release = () => {
  closeSync(fd)
  rmSync(lock, { force: true })
  release = () => undefined
}
async function barrier() {
  const dir = process.env.STANDIN_BARRIER_DIR
  const count = Number(process.env.STANDIN_BARRIER_COUNT ?? 0)
  if (!dir || !count) return
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, String(process.pid)), '')
  const until = Date.now() + 30_000
  while (readdirSync(dir).length < count) {
    if (Date.now() > until) fail(`stand-in: barrier timeout: fewer than ${count} scans ever ran at once`)
    await sleep(20)
  }
}

try {
  await barrier()
  await sleep(Number(process.env.STANDIN_SLEEP_MS ?? 0))
  if (list('STANDIN_FAIL_TARGETS').includes(target))
    fail(`run error: image scan error: ${target}: MANIFEST_UNKNOWN: manifest unknown`)
  const fixtures = JSON.parse(process.env.STANDIN_FIXTURES ?? '{}')
  const fixture = fixtures[target] ?? process.env.STANDIN_DEFAULT_FIXTURE
  if (!fixture) fail(`stand-in: no recorded report for ${target}`)
  copyFileSync(fixture, output)
  process.stderr.write(`INFO\tDetected OS family for ${target}\n`)
} finally {
  release()
}
record(0)
