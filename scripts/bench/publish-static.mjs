#!/usr/bin/env node
// Benchmark of publish-static on a 1,000-file site (index.html, 899 hashed chunks, 100 unhashed
// images; about 10 MB) against s3rver on loopback behind the recording proxy of
// __fixtures__/s3-server.ts (transpiled for this run), with the built action (actions/publish-static/dist):
//   first publish, unchanged publish, one changed asset;
// and, in the same run, the `aws s3 sync`-like baseline: a listing, then every file PUT again
// (the same SDK, the same concurrency of 10).
// Goals: unchanged publish 0 uploads; one changed asset uploads the asset and index.html only (and
// the manifest) and invalidates / and /index.html only; the unchanged publish takes ≤ 35 % of the
// full re-upload's time (s3rver's listing of 1,000 keys alone is ~2 s of it) and the first publish
// ≤ 2 × it (both are bound by s3rver's ~10-25 ms per PUT, which varies from run to run; the
// request and byte counts are the figures that do not).
import { spawn } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import ts from 'typescript'

// s3rver makes its listing continuation tokens with DES, which OpenSSL 3 keeps in its legacy
// provider: a listing of more than 1,000 keys needs it.
if (!process.execArgv.includes('--openssl-legacy-provider')) {
  const { spawnSync } = await import('node:child_process')
  const { fileURLToPath } = await import('node:url')
  const again = spawnSync(process.execPath, ['--openssl-legacy-provider', fileURLToPath(import.meta.url)], {
    stdio: 'inherit'
  })
  process.exit(again.status ?? 1)
}

const root = new URL('../..', import.meta.url).pathname
const dist = join(root, 'actions/publish-static/dist/index.js')
if (!existsSync(dist)) {
  console.error(
    'actions/publish-static/dist/index.js is missing: run node scripts/build.mjs publish-static first'
  )
  process.exit(1)
}

const cache = join(root, 'node_modules/.cache/shipline-bench')
mkdirSync(cache, { recursive: true })
const { outputText } = ts.transpileModule(readFileSync(join(root, '__fixtures__/s3-server.ts'), 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
})
writeFileSync(join(cache, 's3-server.mjs'), outputText)
const { startS3 } = await import(join(cache, 's3-server.mjs'))
const { ListObjectsV2Command, PutObjectCommand } = await import('@aws-sdk/client-s3')

const workspace = mkdtempSync(join(tmpdir(), 'shipline-bench-static-'))
const site = join(workspace, 'dist')
const hash = text => createHash('sha256').update(text).digest('base64url').slice(0, 7) + '9'

function chunk(i, edition = 0) {
  // Deterministic content of 1 to 20 KB.
  const body =
    `/* chunk ${i} edition ${edition} */\n` + 'export const x = 1;\n'.repeat(50 + ((i * 37) % 1000))
  return { name: `assets/chunk${i}-${hash(body)}.js`, body }
}

function writeSite(changed = -1) {
  rmSync(site, { recursive: true, force: true })
  const files = {}
  const chunks = Array.from({ length: 899 }, (_, i) => chunk(i, i === changed ? 1 : 0))
  for (const c of chunks) files[c.name] = c.body
  for (let i = 0; i < 100; i++) files[`img/photo${i}.png`] = Buffer.alloc(4096 + i * 10, i)
  files['index.html'] = `<!doctype html>${chunks.map(c => `<script src="/${c.name}"></script>`).join('')}\n`
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true })
    writeFileSync(join(site, path), content)
  }
  return files
}

function publish(s3, prefix) {
  const output = join(workspace, `output-${Math.random()}`)
  writeFileSync(output, '')
  const env = {
    PATH: process.env.PATH,
    HOME: workspace,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: 'true',
    ...s3.env,
    INPUT_BUCKET: s3.bucket,
    INPUT_DIR: 'dist',
    INPUT_PREFIX: prefix,
    INPUT_ENDPOINT: s3.endpoint,
    INPUT_CONCURRENCY: '10'
  }
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(process.execPath, [dist], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stdout.on('data', c => (log += c))
    child.stderr.on('data', c => (log += c))
    child.on('error', reject)
    child.on('close', code => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6
      const text = readFileSync(output, 'utf8')
      const paths = /invalidation-paths<<(\S+)\n([\s\S]*?)\n?\1/.exec(text)?.[2] ?? ''
      resolve({ code, ms, log, invalidate: paths ? paths.split('\n') : [] })
    })
  })
}

// What `aws s3 sync` does after a fresh build (every mtime is newer): list the destination, then
// PUT every file with a guessed Content-Type. Written to another prefix so the published one stays.
async function syncLike(s3, files, listed, prefix) {
  const start = process.hrtime.bigint()
  let token
  do {
    const page = await s3.client.send(
      new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: listed, ContinuationToken: token })
    )
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  const entries = Object.entries(files)
  let next = 0
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (let i = next++; i < entries.length; i = next++) {
        const [path, body] = entries[i]
        const type = path.endsWith('.js')
          ? 'text/javascript'
          : path.endsWith('.png')
            ? 'image/png'
            : 'text/html'
        await s3.client.send(
          new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}${path}`, Body: body, ContentType: type })
        )
      }
    })
  )
  return { ms: Number(process.hrtime.bigint() - start) / 1e6 }
}

function measure(s3, from) {
  const requests = s3.requests.slice(from)
  const count = method => requests.filter(r => r.method === method).length
  return {
    requests: requests.length,
    puts: requests.filter(r => r.method === 'PUT').length,
    gets: count('GET'),
    deletes: requests.filter(r => r.method === 'POST' && r.query.includes('delete')).length,
    bytes: requests.reduce((sum, r) => sum + r.bytes, 0)
  }
}

const s3 = await startS3('bench-static')
let failed = false
try {
  const files = writeSite()
  const rows = []
  const run = async (label, fn) => {
    const from = s3.requests.length
    const result = await fn()
    if (result.code !== undefined && result.code !== 0) throw new Error(`${label} failed:\n${result.log}`)
    rows.push({ label, ...measure(s3, from), ms: result.ms, invalidate: result.invalidate })
    return rows.at(-1)
  }
  const first = await run('first publish', () => publish(s3, 'site/'))
  const unchanged = await run('unchanged publish', () => publish(s3, 'site/'))
  writeSite(42)
  const changed = await run('one changed asset', () => publish(s3, 'site/'))
  const baseline = await run('full re-upload (aws s3 sync-like)', () =>
    syncLike(s3, files, 'site/', 'baseline/')
  )

  const MB = 1e6
  console.log(
    `site: ${Object.keys(files).length} files, ${(Object.values(files).reduce((s, b) => s + b.length, 0) / MB).toFixed(2)} MB`
  )
  console.log('')
  console.log('| run | requests | PUT | GET | DeleteObjects | bytes sent | wall time | invalidation paths |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
  for (const r of rows)
    console.log(
      `| ${r.label} | ${r.requests} | ${r.puts} | ${r.gets} | ${r.deletes} | ${(r.bytes / MB).toFixed(2)} MB | ${r.ms.toFixed(0)} ms | ${r.invalidate ? (r.invalidate.length > 4 ? `${r.invalidate.length} paths` : r.invalidate.join(' ') || '(none)') : 'n/a (/* in practice)'} |`
    )
  const goals = [
    ['unchanged publish uploads nothing', unchanged.puts === 0 && unchanged.invalidate.length === 0],
    ['one changed asset: the asset, index.html and the manifest', changed.puts === 3],
    [
      'one changed asset invalidates / and /index.html only',
      changed.invalidate.join(' ') === '/ /index.html'
    ],
    [
      `unchanged ≤ 35 % of the full re-upload's time (${((unchanged.ms / baseline.ms) * 100).toFixed(0)} %)`,
      unchanged.ms <= 0.35 * baseline.ms
    ],
    [
      `first publish ≤ 2 × the full re-upload's time (${(first.ms / baseline.ms).toFixed(2)} ×)`,
      first.ms <= 2 * baseline.ms
    ]
  ]
  console.log('')
  for (const [goal, ok] of goals) {
    console.log(`${ok ? 'PASS' : 'FAIL'} ${goal}`)
    failed ||= !ok
  }
} finally {
  await s3.close()
  rmSync(workspace, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0
