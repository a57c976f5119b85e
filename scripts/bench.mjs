#!/usr/bin/env node
// `npm run bench`: runs every benchmark under scripts/bench/ (startup first), each printing its
// figures and ratios against a baseline measured in the same run. Pass names to run some only:
// `npm run bench -- startup plan-comment`.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const dir = new URL('bench/', import.meta.url).pathname
const wanted = process.argv.slice(2)
const all = readdirSync(dir)
  .filter(name => name.endsWith('.mjs'))
  .map(name => name.replace(/\.mjs$/, ''))
  .sort((a, b) => (a === 'startup' ? -1 : b === 'startup' ? 1 : a.localeCompare(b)))
const selected = wanted.length ? all.filter(name => wanted.includes(name)) : all
let failed = []
for (const name of selected) {
  console.log(`\n## ${name}\n`)
  const result = spawnSync(process.execPath, [join(dir, `${name}.mjs`)], { stdio: 'inherit' })
  if (result.status !== 0) failed.push(name)
}
console.log(
  `\n${selected.length - failed.length} benchmark(s) met their goal${failed.length ? `; missed: ${failed.join(', ')}` : ''}`
)
process.exitCode = failed.length ? 1 : 0
