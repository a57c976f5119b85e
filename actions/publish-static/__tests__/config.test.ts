/** The static section of shipline.yml: a real build command, the version from the watched sources, convergence. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeRepo } from '../../../__fixtures__/git-repo.js'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import { startS3, type TestS3 } from '../../../__fixtures__/s3-server.js'
import { fakeClock } from '../../../lib/core/clock.js'
import { run } from '../src/main.js'

// A bundler in miniature: content-hashed asset names, and an index.html that names them.
const BUILD = `import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
const source = readFileSync('src/app.js')
const hash = createHash('sha256').update(source).digest('hex').slice(0, 8)
mkdirSync('dist/assets', { recursive: true })
writeFileSync(\`dist/assets/app.\${hash}.js\`, source)
writeFileSync('dist/index.html', \`<script src="/assets/app.\${hash}.js"></script>\\n\`)
writeFileSync('dist/manifest.webmanifest', '{"name":"erp"}')
`

let s3: TestS3
let repo: string

beforeAll(async () => {
  s3 = await startS3()
  repo = makeRepo({
    '.gitignore': 'web/dist/\n',
    'shipline.yml': [
      'version: 1',
      'services:',
      '  api: {context: api}',
      'static:',
      '  dir: web/dist',
      '  build: node build.mjs',
      '  context: web',
      '  watch: [web/src, web/build.mjs]',
      '  prefix: app',
      '  entry-points: [manifest.webmanifest]',
      '  cache:',
      "    - { match: '*.webmanifest', cache-control: 'public, max-age=60' }",
      ''
    ].join('\n'),
    'api/Dockerfile': 'FROM scratch\n',
    'web/build.mjs': BUILD,
    'web/src/app.js': 'console.log(1)\n'
  })
})
afterAll(async () => {
  await s3.close()
  rmSync(repo, { recursive: true, force: true })
})

function publish(inputs: Record<string, string> = {}) {
  return runWithInputs(
    () => run({ clock: fakeClock(), cwd: repo }),
    { bucket: s3.bucket, endpoint: s3.endpoint, ...inputs },
    { ...s3.env, GITHUB_WORKSPACE: repo }
  )
}

describe('publish-static from shipline.yml', () => {
  let first = ''
  it('builds, then publishes the build output with the section’s prefix, entry points and cache rules', async () => {
    const result = await publish()
    expect(result.errors).toEqual([])
    first = result.outputs.version
    expect(first).toMatch(/^static-[0-9a-f]{12}$/)
    expect(existsSync(join(repo, 'web/dist/index.html'))).toBe(true)
    const keys = await s3.keys()
    expect(keys.filter(key => key.startsWith('app/assets/app.'))).toHaveLength(1)
    expect((await s3.object('app/manifest.webmanifest'))?.headers).toMatchObject({
      'content-type': 'application/manifest+json; charset=utf-8',
      'cache-control': 'public, max-age=60'
    })
    expect(result.outputs['invalidation-paths']).toBe('/\n/index.html\n/manifest.webmanifest')
  })

  it('builds nothing and uploads nothing when the bucket holds the version of the sources', async () => {
    rmSync(join(repo, 'web/dist'), { recursive: true, force: true })
    s3.requests.length = 0
    const result = await publish()
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ version: first, changed: 'false', uploaded: '0' })
    expect(existsSync(join(repo, 'web/dist'))).toBe(false)
    expect(s3.requests.every(r => r.method === 'GET')).toBe(true)
    expect(result.summary).toContain(`The bucket already holds version \`${first}\`: nothing to upload.`)
  })

  it('a changed source is a new version: built, and only what changed is uploaded', async () => {
    writeFileSync(join(repo, 'web/src/app.js'), 'console.log(2)\n')
    s3.requests.length = 0
    const result = await publish()
    expect(result.errors).toEqual([])
    expect(result.outputs.version).not.toBe(first)
    const puts = s3.requests.filter(r => r.method === 'PUT').map(r => r.key)
    expect(puts).toHaveLength(3)
    expect(puts[0]).toMatch(/^app\/assets\/app\.[0-9a-f]{8}\.js$/)
    expect(puts.slice(1)).toEqual(['app/index.html', 'app/.shipline/publish-manifest.json'])
    expect(result.outputs['invalidation-paths']).toBe('/\n/index.html')
  })

  it('names a build that fails, and uploads nothing', async () => {
    writeFileSync(join(repo, 'web/src/app.js'), 'console.log(3)\n')
    writeFileSync(join(repo, 'web/build.mjs'), 'process.exit(3)\n')
    s3.requests.length = 0
    const result = await publish()
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual(['sh -c node build.mjs exited with code 3'])
    expect(s3.requests.filter(r => r.method !== 'GET')).toEqual([])
  })
})
