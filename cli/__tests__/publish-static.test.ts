import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { S3RVER_CREDENTIALS, siteFiles, startS3, type TestS3 } from '../../__fixtures__/s3-server.js'
import { command } from '../src/commands/publish-static.js'

let s3: TestS3
let dir: string
const cwd = process.cwd()

async function cli(values: Record<string, string | boolean | string[]>, env: Record<string, string> = {}) {
  const out: string[] = []
  const err: string[] = []
  const saved = { ...process.env }
  Object.assign(process.env, env)
  const stdout = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation(chunk => (out.push(String(chunk)), true))
  const stderr = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation(chunk => (err.push(String(chunk)), true))
  try {
    const code = await command.run({ values, positionals: [] })
    return { code, stdout: out.join(''), stderr: err.join('') }
  } finally {
    stdout.mockRestore()
    stderr.mockRestore()
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
  }
}

beforeAll(async () => {
  s3 = await startS3()
  dir = mkdtempSync(join(tmpdir(), 'shipline-cli-publish-'))
  for (const [path, content] of Object.entries(siteFiles('v1', { 'assets/app.js.gz': 'GZ' }))) {
    mkdirSync(dirname(join(dir, 'dist', path)), { recursive: true })
    writeFileSync(join(dir, 'dist', path), content)
  }
  process.chdir(dir)
})
afterAll(async () => {
  process.chdir(cwd)
  await s3.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('shipline publish-static', () => {
  it('--dry-run without credentials prints the plan against an empty bucket, each file with its headers', async () => {
    const result = await cli(
      { dir: 'dist', bucket: 'erp-static-123456789012', 'dry-run': true },
      { HOME: dir }
    )
    expect(result.code).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines[0]).toMatch(
      /^Plan for s3:\/\/erp-static-123456789012\/: Version site-[0-9a-f]{12}: would upload 6 files \(\d+ B\), kept 0, would prune 0; 5 paths to invalidate\.$/
    )
    expect(lines[1]).toBe('note: no AWS credentials were found: the plan assumes an empty bucket')
    expect(lines).toContain(
      'upload  index.html  (unverified, entry)  Content-Type: text/html; charset=utf-8; Cache-Control: no-cache'
    )
    expect(lines).toContain(
      'upload  assets/app.js.gz  (unverified, other)  Content-Type: text/javascript; charset=utf-8; Cache-Control: public, max-age=0, must-revalidate; Content-Encoding: gzip'
    )
    expect(lines.filter(line => line.startsWith('invalidate '))).toContain('invalidate /index.html')
    expect(lines).toContain('order: 5 asset(s) first, then 1 entry point(s), then prunes, then the manifest')
  })

  it('publishes, then a dry run against the bucket shows every file kept, as JSON and as markdown', async () => {
    const target = { dir: 'dist', bucket: s3.bucket, endpoint: s3.endpoint }
    const published = await cli(target, S3RVER_CREDENTIALS)
    expect(published.code).toBe(0)
    expect((await s3.keys()).length).toBe(7)
    s3.requests.length = 0
    const dry = await cli(
      { ...target, 'dry-run': true, json: true, markdown: join(dir, 'static.md') },
      S3RVER_CREDENTIALS
    )
    expect(dry.code).toBe(0)
    const plan = JSON.parse(dry.stdout) as {
      upload: unknown[]
      keep: Array<{ path: string }>
      invalidate: string[]
    }
    expect(plan.upload).toEqual([])
    expect(plan.keep.map(file => file.path)).toContain('index.html')
    expect(plan.invalidate).toEqual([])
    expect(s3.requests.every(r => r.method === 'GET')).toBe(true)
    expect(readFileSync(join(dir, 'static.md'), 'utf8')).toContain('#### Static publish plan for')
  })

  it('refuses a bad bucket name before anything else', async () => {
    await expect(cli({ dir: 'dist', bucket: 'Bad_Bucket', 'dry-run': true })).rejects.toThrow(
      'Input "bucket": "Bad_Bucket" has characters S3 refuses'
    )
  })
})
