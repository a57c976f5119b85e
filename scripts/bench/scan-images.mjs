#!/usr/bin/env node
// Benchmark of actions/scan-images (its built dist/index.js) with a stand-in `trivy` that sleeps a
// fixed time per image (__fixtures__/trivy-standin.mjs, put in the tool cache so
// nothing is downloaded). Same run, three ways to scan N images:
//   1. one step, concurrency 1, one DB;
//   2. one step, the configured concurrency (the action's default, 2), one DB;
//   3. the per-image baseline: N separate steps of one image each, each downloading its own DB
//      (what N trivy-action steps do).
// Prints the times, the ratios and the DB downloads. Goals: (2) ≤ 0.65 × (1) and exactly one DB
// download per step (1 vs N for the baseline).
// Usage: node scripts/bench/scan-images.mjs [images=8] [scan-ms=600] [db-ms=300] [concurrency=2]
import { spawn } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { performance } from 'node:perf_hooks'
import { join } from 'node:path'

const root = new URL('../..', import.meta.url).pathname
const dist = join(root, 'actions/scan-images/dist/index.js')
const standin = join(root, '__fixtures__/trivy-standin.mjs')
const [images = 8, scanMs = 600, dbMs = 300, limit = 2] = process.argv.slice(2).map(Number)
const VERSION = '0.72.0'

if (!existsSync(dist)) {
  console.error(`${dist} is missing: run node scripts/build.mjs scan-images first`)
  process.exit(1)
}

const work = mkdtempSync(join(tmpdir(), 'bench-scan-images-'))
// The tool cache holds the stand-in as trivy 0.72.0, as @actions/tool-cache lays it out.
const toolDir = join(work, 'tool-cache', 'trivy', VERSION, process.arch)
mkdirSync(toolDir, { recursive: true })
copyFileSync(standin, join(toolDir, 'trivy'))
writeFileSync(`${toolDir}.complete`, '')
const report = join(work, 'clean-report.json')
writeFileSync(
  report,
  JSON.stringify({ SchemaVersion: 2, ArtifactName: 'bench', ArtifactType: 'container_image', Results: [] })
)
const refs = Array.from({ length: images }, (_, i) => `registry.example/erp/service-${i}:bench`)

let runs = 0
function step(lines, concurrency) {
  const dir = join(work, `step-${runs++}`)
  mkdirSync(dir, { recursive: true })
  const log = join(dir, 'trivy-calls.jsonl')
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: join(dir, 'temp'),
    RUNNER_TOOL_CACHE: join(work, 'tool-cache'),
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    INPUT_IMAGES: lines.join('\n'),
    INPUT_CONCURRENCY: String(concurrency),
    'INPUT_OUTPUT-DIR': join(dir, 'out'),
    'INPUT_CACHE-DB': 'false',
    STANDIN_LOG: log,
    STANDIN_SLEEP_MS: String(scanMs),
    STANDIN_DB_SLEEP_MS: String(dbMs),
    STANDIN_DEFAULT_FIXTURE: report
  }
  mkdirSync(env.RUNNER_TEMP)
  writeFileSync(env.GITHUB_OUTPUT, '')
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [dist], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', d => (out += d))
    child.stderr.on('data', d => (out += d))
    child.on('close', code => {
      const ms = performance.now() - started
      if (code !== 0) return reject(new Error(`scan-images exited ${code}: ${out.slice(-2000)}`))
      const calls = readFileSync(log, 'utf8').trim().split('\n').map(JSON.parse)
      resolve({
        ms,
        downloads: calls.filter(c => c.argv.includes('--download-db-only')).length,
        scans: calls.filter(c => !c.argv.includes('--download-db-only')).length,
        passed: /passed<<(\S+)\ntrue\n/.test(readFileSync(env.GITHUB_OUTPUT, 'utf8'))
      })
    })
    child.on('error', reject)
  })
}

const fmt = ms => `${(ms / 1000).toFixed(2)} s`
try {
  const serial = await step(refs, 1)
  const parallel = await step(refs, limit)
  const perImage = []
  for (const ref of refs) perImage.push(await step([ref], 1))
  const baselineMs = perImage.reduce((sum, r) => sum + r.ms, 0)
  const baselineDownloads = perImage.reduce((sum, r) => sum + r.downloads, 0)

  console.log(
    `scan-images benchmark: ${images} images, stand-in trivy ${scanMs} ms per scan, ${dbMs} ms per DB download`
  )
  console.log(
    `  one step, concurrency 1      : ${fmt(serial.ms)}  DB downloads ${serial.downloads}  scans ${serial.scans}`
  )
  console.log(
    `  one step, concurrency ${String(limit).padEnd(7)}: ${fmt(parallel.ms)}  DB downloads ${parallel.downloads}  scans ${parallel.scans}`
  )
  console.log(
    `  per-image steps (baseline)   : ${fmt(baselineMs)}  DB downloads ${baselineDownloads}  scans ${perImage.length}`
  )
  const ratio = parallel.ms / serial.ms
  console.log(
    `  ratio concurrency ${limit} / concurrency 1: ${ratio.toFixed(2)} (ideal ${(1 / limit).toFixed(2)})`
  )
  console.log(
    `  ratio one step (concurrency ${limit}) / per-image baseline: ${(parallel.ms / baselineMs).toFixed(2)}`
  )
  console.log(
    `  DB downloads: 1 step → ${parallel.downloads}, per-image → ${baselineDownloads} (${baselineDownloads}x)`
  )
  const goals = [
    [`concurrency ${limit} takes ≤ 0.65 × concurrency 1`, ratio <= 0.65],
    [
      'one DB download per step (N for the baseline)',
      serial.downloads === 1 && parallel.downloads === 1 && baselineDownloads === images
    ],
    [
      'every image scanned and passed',
      serial.scans === images && parallel.scans === images && serial.passed && parallel.passed
    ]
  ]
  for (const [goal, ok] of goals) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${goal}`)
  process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
