#!/usr/bin/env node
// Bundles every action (actions/*/src/index.ts → actions/*/dist/) and the CLI (cli/src/index.ts →
// cli/dist/) with ncc, minified; a dynamic import() becomes its own chunk, loaded only when reached.
// Usage: node scripts/build.mjs [name...]   (names of actions, or "cli"; default: all)
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const targets = [
  ...readdirSync(join(root, 'actions'))
    .filter(name => existsSync(join(root, 'actions', name, 'src', 'index.ts')))
    .map(name => ({ name, dir: join('actions', name) })),
  { name: 'cli', dir: 'cli' }
]
const wanted = process.argv.slice(2)
const selected = wanted.length ? targets.filter(t => wanted.includes(t.name)) : targets

function ncc(target) {
  return new Promise((resolve, reject) => {
    const out = join(target.dir, 'dist')
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
        'build',
        join(target.dir, 'src/index.ts'),
        '-o',
        out,
        '--minify',
        '--quiet',
        '--stats-out',
        join(out, 'stats.json')
      ],
      { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] }
    )
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`ncc failed for ${target.name} (exit ${code})`))
    )
  })
}

// Third-party notices: every bundled package with its license, identical texts written once.
async function writeLicenses(dist) {
  const statsPath = join(dist, 'stats.json')
  const stats = JSON.parse(readFileSync(statsPath, 'utf8'))
  await rm(statsPath)
  const packages = new Set()
  for (const module of stats.modules ?? []) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module.name ?? '')
    if (match) packages.add(match[1])
  }
  const byText = new Map()
  for (const name of [...packages].sort()) {
    const dir = join(root, 'node_modules', name)
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    const file = readdirSync(dir).find(f => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f))
    const text = file
      ? readFileSync(join(dir, file), 'utf8').trim()
      : `${manifest.license ?? 'UNKNOWN'} (no license file shipped)`
    const entry = byText.get(text) ?? []
    entry.push(`${name}@${manifest.version} (${manifest.license ?? 'UNKNOWN'})`)
    byText.set(text, entry)
  }
  const sections = [...byText].map(([text, names]) => `${names.join('\n')}\n\n${text}`)
  await writeFile(
    join(dist, 'licenses.txt'),
    `Third-party software bundled in this directory\n\n${sections.join('\n\n' + '-'.repeat(72) + '\n\n')}\n`
  )
}

const queue = [...selected]
async function worker() {
  for (let target = queue.shift(); target; target = queue.shift()) {
    await rm(join(root, target.dir, 'dist'), { recursive: true, force: true })
    await ncc(target)
    await writeLicenses(join(root, target.dir, 'dist'))
    console.log(`built ${target.dir}/dist`)
  }
}
await Promise.all([worker(), worker()])
