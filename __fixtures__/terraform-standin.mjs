// A recorded-output stand-in for the terraform binary. It appends its argv (and cwd) to a log,
// then replays the outputs recorded for that sub-command in the scenario file named by
// $STANDIN_SCENARIO: { "log": path, "version": "1.11.4", "steps": { "<sub-command>": [ step, … ] } }
// where a step is { "stdout"?, "stdoutFile"?, "stderr"?, "stderrFile"?, "exitCode"? }. Each call
// of a sub-command takes the next step (the last one repeats). `plan -out=FILE` writes FILE: a zip
// holding a configuration snapshot, as a plan file does (tfconfig/m-/main.tf: `terraform {}`).
import { Buffer } from 'node:buffer'
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'

const STANDIN_PLAN_FILE =
  'UEsDBBQAAAAIAAAAIVjULMIUDwAAAA0AAAATAAAAdGZjb25maWcvbS0vbWFpbi50ZitJLSpKTMsvylWoruUCAFBLAQIUAxQAAAAIAAAAIVjULMIUDwAAAA0AAAATAAAAAAAAAAAAAACAAQAAAAB0ZmNvbmZpZy9tLS9tYWluLnRmUEsFBgAAAAABAAEAQQAAAEAAAAAAAA=='
const argv = process.argv.slice(2)
const scenario = JSON.parse(readFileSync(process.env.STANDIN_SCENARIO, 'utf8'))
appendFileSync(
  scenario.log,
  JSON.stringify({
    argv,
    cwd: process.cwd(),
    tfWorkspace: process.env.TF_WORKSPACE ?? null,
    inAutomation: process.env.TF_IN_AUTOMATION ?? null
  }) + '\n'
)
const sub = argv[0] === 'workspace' ? `workspace ${argv[1]}` : argv[0]
if (sub === 'version') {
  process.stdout.write(
    JSON.stringify({
      terraform_version: scenario.version,
      platform: 'linux_amd64',
      provider_selections: {},
      terraform_outdated: false
    }) + '\n'
  )
  process.exit(0)
}
const steps = scenario.steps?.[sub] ?? [{}]
const counter = `${scenario.log}.${sub.replace(/\W/g, '_')}.count`
const n = existsSync(counter) ? Number(readFileSync(counter, 'utf8')) : 0
writeFileSync(counter, String(n + 1))
const step = steps[Math.min(n, steps.length - 1)]
const out = argv.find(arg => arg.startsWith('-out='))
if (sub === 'plan' && out && (step.exitCode ?? 0) !== 1)
  writeFileSync(out.slice('-out='.length), Buffer.from(STANDIN_PLAN_FILE, 'base64'))
if (step.stdoutFile) process.stdout.write(readFileSync(step.stdoutFile))
if (step.stdout) process.stdout.write(step.stdout)
if (step.stderrFile) process.stderr.write(readFileSync(step.stderrFile))
if (step.stderr) process.stderr.write(step.stderr)
process.exitCode = step.exitCode ?? 0
