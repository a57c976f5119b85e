#!/usr/bin/env node
// Benchmark: the plan comment of a 10,000-resource-change plan, rendered by the built CLI
// (`shipline plan-comment`, cli/dist), next to JSON.parse of the same file in the same run.
//
// The plan is generated from the real resource shapes of ../shared/fixtures/terraform-plan-json/
// (AWS instances and RDS from infracost's plan, Terraform's own test plans): each resource change
// is a copy of a real one under a new address, across 50 modules, with creates, updates, destroys
// and replacements, and with planned_values and prior_state as `terraform show -json` has them.
//
// The CLI runs as a child process with a preload that times every JSON.parse call and the exit,
// and reads the peak RSS. In that same run:
//   parse  = the JSON.parse of the plan text (the longest JSON.parse call);
//   render = everything after it until the process exits: the plan checks, the plan checksum,
//            the render with its 65,536-character cut, and writing the markdown.
// Also shown: parse + render (text → comment), and the whole CLI process (start, bundle load,
// read, parse, render) next to a program that only reads and parses the file, with peak memory.
// Goal: render ≤ 2 × parse.
// Usage: node scripts/bench/plan-comment.mjs [--runs N] [--changes N] [--save-plan FILE]
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { measure as measureWith, median, writeParseTimer } from './lib/parse-timing.mjs'

const root = new URL('../..', import.meta.url).pathname
const fixtures = join(root, '..', 'shared', 'fixtures', 'terraform-plan-json')
const cli = join(root, 'cli', 'dist', 'index.js')
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    changes: { type: 'string', default: '10000' },
    'save-plan': { type: 'string' }
  }
})
const RUNS = Number(values.runs)
const CHANGES = Number(values.changes)
const GOAL = 2

if (!existsSync(cli)) {
  console.error('cli/dist/index.js is missing: run `node scripts/build.mjs cli` first')
  process.exit(1)
}

// ---- the plan -------------------------------------------------------------------------------
const shapes = []
for (const file of readdirSync(fixtures)
  .filter(f => f.endsWith('.json'))
  .sort()) {
  const plan = JSON.parse(readFileSync(join(fixtures, file), 'utf8'))
  for (const rc of plan.resource_changes ?? []) if ((rc.mode ?? 'managed') === 'managed') shapes.push(rc)
}
const withBefore = shapes.filter(rc => rc.change.before && typeof rc.change.before === 'object')

function generate(n) {
  const changes = []
  const modules = new Map()
  for (let i = 0; i < n; i++) {
    let kind = 'keep'
    // About 1% destroys and 1% replacements: the comment then has room for details, and every
    // step of the cut is exercised (destroy/replace lines, details by risk, lists by risk).
    if (i % 200 === 7) kind = 'delete'
    else if (i % 250 === 11) kind = 'replace'
    const source = kind === 'keep' ? shapes[i % shapes.length] : withBefore[i % withBefore.length]
    const rc = JSON.parse(JSON.stringify(source))
    const module = `module.service_${i % 50}`
    rc.module_address = module
    rc.name = `${rc.name}_${i}`
    rc.address = `${module}.${rc.type}.${rc.name}`
    delete rc.index
    if (rc.change.actions[0] === 'no-op') rc.change.actions = ['update']
    if (kind === 'keep' && rc.change.actions.includes('delete')) {
      // Destroys and replacements only where chosen below (a shape's own become updates).
      rc.change.actions = rc.change.after ? ['update'] : ['create']
      if (!rc.change.after) rc.change.after = rc.change.before
      delete rc.action_reason
      delete rc.change.replace_paths
    }
    if (kind === 'delete') {
      rc.change.actions = ['delete']
      rc.change.after = null
      rc.change.after_unknown = {}
      rc.action_reason = 'delete_because_no_resource_config'
      delete rc.change.replace_paths
    } else if (kind === 'replace') {
      rc.change.actions = ['delete', 'create']
      rc.action_reason = 'replace_because_cannot_update'
      rc.change.replace_paths = [[Object.keys(rc.change.before)[0]]]
    }
    changes.push(rc)
    if (!modules.has(module)) modules.set(module, { planned: [], prior: [] })
    const base = {
      address: rc.address,
      mode: 'managed',
      type: rc.type,
      name: rc.name,
      provider_name: rc.provider_name
    }
    if (rc.change.after)
      modules
        .get(module)
        .planned.push({ ...base, schema_version: 0, values: rc.change.after, sensitive_values: {} })
    if (rc.change.before)
      modules
        .get(module)
        .prior.push({ ...base, schema_version: 0, values: rc.change.before, sensitive_values: {} })
  }
  const tree = key => ({
    root_module: {
      child_modules: [...modules].map(([address, m]) => ({ address, resources: m[key] }))
    }
  })
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: tree('planned'),
    resource_changes: changes,
    prior_state: { format_version: '1.0', terraform_version: '1.11.4', values: tree('prior') },
    configuration: { root_module: {} },
    timestamp: '2025-01-14T09:12:33Z',
    applyable: true,
    complete: true,
    errored: false
  }
}

const dir = mkdtempSync(join(tmpdir(), 'shipline-bench-plan-'))
const planFile = join(dir, 'plan.json')
writeFileSync(planFile, JSON.stringify(generate(CHANGES)))
if (values['save-plan']) writeFileSync(values['save-plan'], readFileSync(planFile))
const { preload, parseOnly } = writeParseTimer(dir)
const measure = args => measureWith(preload, args)

const mb = kb => `${(kb / 1024).toFixed(0)} MB`

const parse = []
const render = []
const summary = []
let markdown = ''
for (let i = 0; i < RUNS; i++) {
  parse.push(measure([parseOnly, planFile]))
  const r = measure([cli, 'plan-comment', planFile])
  markdown = r.stdout
  render.push(r)
  summary.push(measure([cli, 'plan-comment', planFile, '--max-chars', '1000000']))
}
// In-process JSON.parse of the same text, for reference (no process start, no file read).
const text = readFileSync(planFile, 'utf8')
const inProcess = []
for (let i = 0; i < RUNS; i++) {
  const t = performance.now()
  JSON.parse(text)
  inProcess.push(performance.now() - t)
}

const inCliParse = median(render.map(r => r.parseMs))
const inCliRender = median(render.map(r => r.afterParseMs))
const ratio = inCliRender / inCliParse
const total = median(render.map(r => r.parseMs + r.afterParseMs)) / inCliParse
const processMs = median(render.map(r => r.ms))
const parseProcessMs = median(parse.map(r => r.ms))
const summaryRender = median(summary.map(r => r.afterParseMs))
const fmt = ms => `${ms.toFixed(0).padStart(6)} ms`
console.log(
  `plan-comment benchmark: ${CHANGES.toLocaleString('en-US')} resource changes from ${shapes.length} real shapes, ${(statSync(planFile).size / 1048576).toFixed(1)} MiB of plan JSON, median of ${RUNS} runs`
)
console.log(`  in one run of shipline plan-comment (the built CLI):`)
console.log(`    parse   JSON.parse of the plan                               ${fmt(inCliParse)}`)
console.log(
  `    render  checks + checksum + render + write (65,536 chars)    ${fmt(inCliRender)}   ${markdown.length.toLocaleString('en-US')} chars`
)
console.log(
  `    text → comment (parse + render)                              ${fmt(inCliParse + inCliRender)}   = ${total.toFixed(2)} × parse`
)
console.log(`    render with --max-chars 1000000 (the job summary)            ${fmt(summaryRender)}`)
console.log(
  `    (JSON.parse of the same text in this process, for reference: ${median(inProcess).toFixed(0)} ms)`
)
console.log(
  `  whole processes: shipline plan-comment ${processMs.toFixed(0)} ms, read + JSON.parse only ${parseProcessMs.toFixed(0)} ms (${(processMs / parseProcessMs).toFixed(2)} ×)`
)
console.log(
  `  peak RSS: shipline plan-comment ${mb(median(render.map(r => r.maxRssKb)))}, --max-chars 1000000 ${mb(median(summary.map(r => r.maxRssKb)))}, read + JSON.parse only ${mb(median(parse.map(r => r.maxRssKb)))}`
)
console.log(`  render / parse = ${ratio.toFixed(2)} (goal ≤ ${GOAL}): ${ratio <= GOAL ? 'PASS' : 'FAIL'}`)
rmSync(dir, { recursive: true, force: true })
if (markdown.length > 65_536) {
  console.error('FAIL: the comment is longer than 65,536 characters')
  process.exitCode = 1
}
if (ratio > GOAL) process.exitCode = 1
