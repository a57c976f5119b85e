#!/usr/bin/env node
// For every action: bytes loaded at start (dist/index.js), bytes of the whole dist/, and the median
// time-to-first-error (the bundle started with no inputs, in a minimal environment) next to bare
// `node -e 0` measured the same way in the same run.
// Goals: ≤ 4 × bare node, ≤ 0.6 MB loaded at start, ≤ 2 MB per dist/.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('../..', import.meta.url).pathname
const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const MB = 1_000_000
const cwd = mkdtempSync(join(tmpdir(), 'shipline-bench-'))
const env = { PATH: process.env.PATH, HOME: cwd, GITHUB_ACTIONS: 'true', AWS_EC2_METADATA_DISABLED: 'true' }

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function time(args) {
  const samples = []
  let last
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint()
    last = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8' })
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return { ms: median(samples), result: last }
}

function dirSize(dir) {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0)
}

const actions = readdirSync(join(root, 'actions')).filter(name =>
  existsSync(join(root, 'actions', name, 'dist', 'index.js'))
)
const bare = time(['-e', '0']).ms
console.log(`bare node -e 0: ${bare.toFixed(1)} ms (median of ${RUNS})`)
console.log('')
console.log('| action | start bundle | whole dist/ | first error | × bare node | result |')
console.log('| --- | ---: | ---: | ---: | ---: | --- |')
let failed = false
for (const name of actions) {
  const dist = join(root, 'actions', name, 'dist')
  const start = statSync(join(dist, 'index.js')).size
  const whole = dirSize(dist)
  const { ms, result } = time([join(dist, 'index.js')])
  const errorLine = (result.stdout ?? '').split('\n').find(line => line.startsWith('::error::')) ?? ''
  const ratio = ms / bare
  const ok = ratio <= 4 && start <= 0.6 * MB && whole <= 2 * MB && result.status === 1 && errorLine !== ''
  failed ||= !ok
  console.log(
    `| ${name} | ${(start / MB).toFixed(2)} MB | ${(whole / MB).toFixed(2)} MB | ${ms.toFixed(1)} ms | ${ratio.toFixed(2)} | ${ok ? 'PASS' : 'FAIL'} |`
  )
  if (!errorLine)
    console.log(
      `  (no ::error:: line; exit ${result.status}; stderr: ${(result.stderr ?? '').trim().slice(0, 200)})`
    )
}
console.log('')
console.log('goal: first error ≤ 4 × bare node, start bundle ≤ 0.6 MB, dist/ ≤ 2 MB (MB = 10^6 bytes)')
process.exitCode = failed ? 1 : 0
