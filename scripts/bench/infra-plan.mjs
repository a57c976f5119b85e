#!/usr/bin/env node
// Benchmark of the reference architecture (infra/) with the machine's real Terraform and AWS
// provider (from its provider mirror), in one run:
//   1. `terraform test` of one environment: tests/environment.tftest.hcl with
//      environments/staging.tfvars (its plan run, the mocked apply and the next plan), wall time
//      and the time of each run block;
//   2. the real plan through the loopback AWS read stand-in (lib/standins/aws-read-api.ts): its
//      resource count, read calls and wall time (init + plan + show -json);
//   3. `shipline plan-comment` (the built CLI, cli/dist) on that plan's JSON next to JSON.parse of
//      the same file, timed from inside the process as plan-comment.mjs does: render / parse.
// The lib/ modules are TypeScript with Node builtins only; they are transpiled for this run.
// Usage: node scripts/bench/infra-plan.mjs [--runs N] [--var-file environments/ENV.tfvars]
import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import ts from 'typescript'
import { measure, median, writeParseTimer } from './lib/parse-timing.mjs'

const root = new URL('../..', import.meta.url).pathname
const infra = join(root, 'infra')
const cli = join(root, 'cli', 'dist', 'index.js')
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'var-file': { type: 'string', default: 'environments/staging.tfvars' }
  }
})
const RUNS = Number(values.runs)
/** Files of the repository infra/ reads, relative to its root (its tfvars' shipline_config). */
const INFRA_READS = ['examples/shipline.yml']
const VAR_FILE = values['var-file']

if (!existsSync(cli)) {
  console.error('cli/dist/index.js is missing: run `node scripts/build.mjs cli` first')
  process.exit(1)
}

// ---- the lib/ modules, transpiled ---------------------------------------------------------------
const cache = join(root, 'node_modules/.cache/shipline-bench')
mkdirSync(cache, { recursive: true })
async function load(source) {
  const { outputText } = ts.transpileModule(readFileSync(join(root, source), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
  })
  const out = join(cache, basename(source).replace(/\.ts$/, '.mjs'))
  writeFileSync(out, outputText)
  return import(out)
}
const { prepareTerraform } = await load('lib/terraform/provider-mirror.ts')
const { referencePlan, allowedAccountId } = await load('lib/terraform/reference-plan.ts')
const { startAwsReadApi, DEFAULT_ACCOUNT_ID } = await load('lib/standins/aws-read-api.ts')

let setup
try {
  setup = prepareTerraform()
} catch (error) {
  console.log(`infra-plan: ${error.message}; FAIL`)
  process.exit(1)
}

function terraform(args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(setup.terraform, args, {
      cwd,
      env: { ...setup.env, AWS_EC2_METADATA_DISABLED: 'true' }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', code =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`terraform ${args[0]} exited ${code}: ${stderr || stdout.slice(-2000)}`))
    )
  })
}

const work = mkdtempSync(join(tmpdir(), 'shipline-bench-infra-'))
let failed = false
try {
  // ---- 1. terraform test of one environment ------------------------------------------------------
  const copy = join(work, 'infra')
  const leftOut = new Set(['.terraform', '.terraform.lock.hcl', '__tests__', 'k8s', 'bootstrap'])
  cpSync(infra, copy, {
    recursive: true,
    filter: source => source === infra || !leftOut.has(basename(source))
  })
  // What infra/ reads beside it: the shipline.yml its tfvars name (services.tf).
  for (const file of INFRA_READS) {
    mkdirSync(join(work, file, '..'), { recursive: true })
    cpSync(join(root, file), join(work, file))
  }
  await terraform(['init', '-backend=false', '-input=false', '-no-color'], copy)
  const testStart = performance.now()
  const testOutput = await terraform(
    ['test', '-json', '-no-color', '-filter=tests/environment.tftest.hcl', `-var-file=${VAR_FILE}`],
    copy
  )
  const testSeconds = (performance.now() - testStart) / 1000
  const events = testOutput
    .split('\n')
    .filter(l => l.startsWith('{'))
    .map(l => JSON.parse(l))
  const runTimes = []
  const started = new Map()
  for (const e of events) {
    if (e.type !== 'test_run') continue
    const at = Date.parse(e['@timestamp'])
    if (e.test_run.progress === 'starting') started.set(e.test_run.run, at)
    if (e.test_run.progress === 'complete')
      runTimes.push(
        `${e.test_run.run} ${((at - started.get(e.test_run.run)) / 1000).toFixed(1)} s ${e.test_run.status}`
      )
  }
  const summary = events.find(e => e.type === 'test_summary')?.test_summary
  failed ||= summary?.status !== 'pass'

  // ---- 2. the real plan through the AWS read stand-in --------------------------------------------
  const accountId = allowedAccountId(readFileSync(join(infra, VAR_FILE), 'utf8')) ?? DEFAULT_ACCOUNT_ID
  const api = await startAwsReadApi({ accountId })
  let plan
  try {
    plan = await referencePlan({
      configDir: infra,
      alongside: INFRA_READS,
      varFile: VAR_FILE,
      endpoint: api.url,
      env: setup.env,
      terraform: setup.terraform,
      outDir: work
    })
  } finally {
    await api.close()
  }
  const unknown = api.unknownCalls()
  failed ||= unknown.length > 0

  // ---- 3. shipline plan-comment on its JSON, against JSON.parse of the same file -----------------
  const { preload, parseOnly } = writeParseTimer(work)
  const parse = []
  const render = []
  let markdown = ''
  for (let i = 0; i < RUNS; i++) {
    parse.push(measure(preload, [parseOnly, plan.planJsonPath], { cwd: work }))
    // plan-comment reads a plan in its current directory (or RUNNER_TEMP) only.
    const r = measure(preload, [cli, 'plan-comment', plan.planJsonPath], { cwd: work })
    markdown = r.stdout
    render.push(r)
  }
  const text = readFileSync(plan.planJsonPath, 'utf8')
  const inProcess = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    JSON.parse(text)
    inProcess.push(performance.now() - t)
  }
  const parseMs = median(render.map(r => r.parseMs))
  const renderMs = median(render.map(r => r.afterParseMs))
  const fmt = ms => `${ms.toFixed(1).padStart(7)} ms`

  const version = JSON.parse(await terraform(['version', '-json'], copy))
  console.log(
    `infra-plan benchmark: infra/ with ${VAR_FILE}, Terraform ${version.terraform_version}, hashicorp/aws ${version.provider_selections['registry.terraform.io/hashicorp/aws']} from the mirror ${setup.mirror.dir}`
  )
  console.log(
    `  terraform test, one environment (tests/environment.tftest.hcl):  ${testSeconds.toFixed(1)} s wall, ${summary?.passed ?? 0} run blocks passed, ${(summary?.failed ?? 0) + (summary?.errored ?? 0)} failed`
  )
  console.log(`    run blocks: ${runTimes.join(', ')}`)
  console.log(
    `  real plan through the AWS read stand-in: ${plan.resourceCount} resources to add, ${api.calls.length} read calls (${unknown.length} unknown), ${plan.seconds.toFixed(1)} s (init + plan + show -json)`
  )
  console.log(
    `  shipline plan-comment on its JSON (${(statSync(plan.planJsonPath).size / 1024).toFixed(0)} KiB), median of ${RUNS} runs, in one process:`
  )
  console.log(`    parse   JSON.parse of the plan                      ${fmt(parseMs)}`)
  console.log(
    `    render  checks + checksum + render + write          ${fmt(renderMs)}   ${markdown.length.toLocaleString('en-US')} chars`
  )
  console.log(
    `    (JSON.parse of the same text in this process: ${median(inProcess).toFixed(1)} ms; whole processes: plan-comment ${median(render.map(r => r.ms)).toFixed(0)} ms, read + JSON.parse only ${median(parse.map(r => r.ms)).toFixed(0)} ms)`
  )
  console.log(`  render / parse = ${(renderMs / parseMs).toFixed(2)}`)
  if (!markdown.startsWith(`**Plan: ${plan.resourceCount} to add`)) {
    console.log('  FAIL: the comment does not start with the plan summary')
    failed = true
  }
} catch (error) {
  console.log(`infra-plan: ${error.message}; FAIL`)
  failed = true
} finally {
  rmSync(work, { recursive: true, force: true })
  setup.cleanup()
}
process.exitCode = failed ? 1 : 0
