// Times a node program around its JSON.parse calls, from the inside: a preload wraps JSON.parse
// and, at exit, reports the longest call (the plan's parse), the time after it until the exit (the
// render, for `shipline plan-comment`), the whole process time and the peak RSS. Used by
// plan-comment.mjs and infra-plan.mjs. (scripts/bench.mjs runs only the .mjs files of scripts/bench/,
// not this directory.)
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Writes the preload (and a read + JSON.parse only program) into dir. */
export function writeParseTimer(dir) {
  const preload = join(dir, 'preload.mjs')
  writeFileSync(
    preload,
    `const start = performance.now()
const parse = JSON.parse
let longest = { ms: -1, start: 0, end: 0 }
JSON.parse = function (...args) {
  const t = performance.now()
  try {
    return parse.apply(this, args)
  } finally {
    const end = performance.now()
    if (end - t > longest.ms) longest = { ms: end - t, start: t, end }
  }
}
process.on('exit', () => {
  const now = performance.now()
  process.stderr.write('\\n@@bench ' + JSON.stringify({ ms: now - start, parseMs: longest.ms, afterParseMs: now - longest.end, maxRssKb: process.resourceUsage().maxRSS }) + '\\n')
})
`
  )
  const parseOnly = join(dir, 'parse-only.mjs')
  writeFileSync(
    parseOnly,
    `import { readFileSync } from 'node:fs'
const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'))
if (!plan.resource_changes) process.exit(1)
`
  )
  return { preload, parseOnly }
}

/** Runs `node --import preload ...args`; { ms, parseMs, afterParseMs, maxRssKb, stdout }. */
export function measure(preload, args, options = {}) {
  const result = spawnSync(process.execPath, ['--import', preload, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const line = result.stderr.split('\n').find(l => l.startsWith('@@bench '))
  if (result.status !== 0 || !line) {
    console.error(result.stderr)
    throw new Error(`${args.join(' ')} exited with ${result.status}`)
  }
  return { ...JSON.parse(line.slice('@@bench '.length)), stdout: result.stdout }
}

export const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
