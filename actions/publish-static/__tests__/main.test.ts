import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { hashOf, siteFiles, startS3, type TestS3 } from '../../../__fixtures__/s3-server.js'
import { makeWorkspace, publish, writeSite } from './helpers.js'

let s3: TestS3
let workspace: string
const js = (version: string) => `assets/index-${hashOf(`js${version}`)}.js`
const css = `assets/index-${hashOf('css')}.css`
const puts = () => s3.requests.filter(r => r.method === 'PUT')

beforeAll(async () => {
  s3 = await startS3()
})
afterAll(async () => {
  await s3.close()
})
beforeEach(async () => {
  workspace = makeWorkspace()
})

describe('publish-static against an S3 server', () => {
  it('publishes a site: every object with its Content-Type and Cache-Control, assets before index.html', async () => {
    writeSite(workspace, siteFiles('v1', { 'docs/index.html': '<p>docs</p>\n', 'assets/app.js.br': 'BR' }))
    s3.requests.length = 0
    const result = await publish(s3, workspace, { prefix: 'first' })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(await s3.keys()).toEqual(
      [
        'first/.shipline/publish-manifest.json',
        `first/${css}`,
        `first/${js('v1')}`,
        'first/assets/app.js.br',
        'first/docs/index.html',
        'first/favicon.ico',
        'first/index.html',
        'first/robots.txt'
      ].sort()
    )
    const index = await s3.object('first/index.html')
    expect(index?.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache'
    })
    expect(index?.body).toContain(js('v1'))
    expect((await s3.object(`first/${js('v1')}`))?.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable'
    })
    expect((await s3.object('first/favicon.ico'))?.headers).toMatchObject({
      'content-type': 'image/vnd.microsoft.icon',
      'cache-control': 'public, max-age=0, must-revalidate'
    })
    expect((await s3.object('first/assets/app.js.br'))?.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'content-encoding': 'br'
    })
    // Order: every asset PUT answered before the first entry point PUT arrived; the manifest last.
    const entryKeys = ['first/index.html', 'first/docs/index.html']
    const entries = puts().filter(r => entryKeys.includes(r.key))
    const assets = puts().filter(r => !entryKeys.includes(r.key) && !r.key.includes('.shipline'))
    const manifest = puts().find(r => r.key.includes('.shipline'))
    expect(assets).toHaveLength(5)
    expect(Math.max(...assets.map(r => r.finished))).toBeLessThan(Math.min(...entries.map(r => r.arrived)))
    expect(Math.max(...entries.map(r => r.finished))).toBeLessThan(manifest?.arrived ?? 0)
    expect(result.outputs).toMatchObject({ changed: 'true', uploaded: '7', pruned: '0' })
    expect(result.outputs.version).toMatch(/^site-[0-9a-f]{12}$/)
    // A first publish invalidates every entry point and unhashed file, never a hashed asset or /*.
    expect(result.outputs['invalidation-paths'].split('\n')).toEqual([
      '/',
      '/assets/app.js.br',
      '/docs/',
      '/docs/index.html',
      '/favicon.ico',
      '/index.html',
      '/robots.txt'
    ])
    expect(result.summary).toContain('Static publish to `s3://site-static/first/`')
    expect(result.summary).toContain('uploaded 7 files')
  })

  it('an unchanged publish uploads nothing and invalidates nothing', async () => {
    writeSite(workspace, siteFiles('v1'))
    await publish(s3, workspace, { prefix: 'same' })
    s3.requests.length = 0
    const again = await publish(s3, workspace, { prefix: 'same' })
    expect(again.exitCode).toBe(0)
    expect(s3.requests.map(r => r.method).sort()).toEqual(['GET', 'GET'])
    expect(again.outputs).toMatchObject({
      changed: 'false',
      uploaded: '0',
      pruned: '0',
      'invalidation-paths': ''
    })
    expect(again.summary).toContain(
      `The bucket already holds version \`${again.outputs.version}\`: nothing to upload.`
    )
  })

  it('one changed asset: uploads it and the entry point that names it; invalidates the entry point only', async () => {
    writeSite(workspace, siteFiles('v1'))
    await publish(s3, workspace, { prefix: 'change' })
    writeSite(workspace, siteFiles('v2'))
    s3.requests.length = 0
    const result = await publish(s3, workspace, { prefix: 'change' })
    expect(puts().map(r => r.key)).toEqual([
      `change/${js('v2')}`,
      'change/index.html',
      'change/.shipline/publish-manifest.json'
    ])
    expect(result.outputs['invalidation-paths']).toBe('/\n/index.html')
    // The previous publish's asset stays for the tabs that still run it.
    expect(await s3.object(`change/${js('v1')}`)).toBeDefined()
  })

  it('keeps the assets of the last N publishes and prunes older ones', async () => {
    for (const version of ['v1', 'v2', 'v3']) {
      writeSite(workspace, siteFiles(version))
      const result = await publish(s3, workspace, { prefix: 'keep', keep: '2' })
      expect(result.exitCode).toBe(0)
    }
    const keys = await s3.keys()
    expect(keys).not.toContain(`keep/${js('v1')}`)
    expect(keys).toContain(`keep/${js('v2')}`)
    expect(keys).toContain(`keep/${js('v3')}`)
    const deletes = s3.requests.filter(r => r.method === 'POST' && r.query.includes('delete'))
    expect(deletes.length).toBeGreaterThan(0)
  })

  it('prunes a page the site no longer has right away, and invalidates its path', async () => {
    writeSite(workspace, siteFiles('v1', { 'about.html': '<p>about</p>' }))
    await publish(s3, workspace, { prefix: 'removed' })
    writeSite(workspace, siteFiles('v1'))
    const result = await publish(s3, workspace, { prefix: 'removed' })
    expect(await s3.object('removed/about.html')).toBeUndefined()
    expect(result.outputs).toMatchObject({ pruned: '1', 'invalidation-paths': '/about.html' })
  })

  it('uploads again an object changed behind its back (the listing disagrees with the manifest)', async () => {
    writeSite(workspace, siteFiles('v1'))
    await publish(s3, workspace, { prefix: 'drift' })
    const { DeleteObjectCommand } = await import('@aws-sdk/client-s3')
    await s3.client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: 'drift/robots.txt' }))
    s3.requests.length = 0
    const result = await publish(s3, workspace, { prefix: 'drift' })
    expect(puts().map(r => r.key)).toEqual(['drift/robots.txt', 'drift/.shipline/publish-manifest.json'])
    expect(result.outputs['invalidation-paths']).toBe('/robots.txt')
  })

  it('a failure among the assets replaces no entry point: the previous index.html still serves', async () => {
    writeSite(workspace, siteFiles('v1'))
    await publish(s3, workspace, { prefix: 'fail' })
    writeSite(workspace, siteFiles('v2'))
    s3.failWhen = (method, key) =>
      method === 'PUT' && key === `fail/${js('v2')}`
        ? { status: 403, code: 'AccessDenied', message: 'Access Denied' }
        : undefined
    s3.requests.length = 0
    try {
      const result = await publish(s3, workspace, { prefix: 'fail' })
      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]).toContain('1 of 1 asset upload(s) failed')
      expect(result.errors[0]).toContain('the role needs s3:PutObject on arn:aws:s3:::site-static/fail/*')
      expect(result.errors[0]).toContain('no entry point was replaced')
      expect(puts().map(r => r.key)).toEqual([`fail/${js('v2')}`])
    } finally {
      s3.failWhen = undefined
    }
    expect((await s3.object('fail/index.html'))?.body).toContain(js('v1'))
    // The next run converges.
    const retried = await publish(s3, workspace, { prefix: 'fail' })
    expect(retried.exitCode).toBe(0)
    expect((await s3.object('fail/index.html'))?.body).toContain(js('v2'))
  })

  it('uploads a large file in parts', async () => {
    const big = Buffer.alloc(6 * 1024 * 1024 + 10, 7)
    writeSite(workspace, { 'index.html': '<p>x</p>', 'media/video.mp4': big })
    s3.requests.length = 0
    const result = await publish(
      s3,
      workspace,
      { prefix: 'multipart' },
      { multipartThreshold: 5 * 1024 * 1024, partSize: 5 * 1024 * 1024 }
    )
    expect(result.errors).toEqual([])
    const parts = s3.requests.filter(r => r.method === 'PUT' && r.query.includes('partNumber'))
    expect(parts).toHaveLength(2)
    const video = await s3.object('multipart/media/video.mp4')
    expect(video?.headers).toMatchObject({
      'content-type': 'video/mp4',
      'content-length': String(big.length)
    })
  })

  it('a dry run reads the bucket and uploads nothing', async () => {
    writeSite(workspace, siteFiles('v1'))
    await publish(s3, workspace, { prefix: 'dry' })
    writeSite(workspace, siteFiles('v2'))
    s3.requests.length = 0
    const result = await publish(s3, workspace, { prefix: 'dry', 'dry-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(s3.requests.every(r => r.method === 'GET')).toBe(true)
    expect(result.outputs).toMatchObject({
      changed: 'false',
      uploaded: '2',
      'invalidation-paths': '/\n/index.html'
    })
    expect(result.summary).toContain('Static publish plan for')
    expect(result.summary).toContain('would upload 2 files')
  })

  it('names a bucket the server does not have', async () => {
    writeSite(workspace, siteFiles('v1'))
    const result = await publish(s3, workspace, { bucket: 'no-such-bucket' })
    expect(result.errors).toEqual([
      `S3 bucket no-such-bucket does not exist at ${s3.endpoint}: check bucket (the Terraform output static_bucket)`
    ])
  })

  it('a dry run of a bucket that does not exist yet plans a first publish, and says why', async () => {
    writeSite(workspace, siteFiles('v1'))
    const result = await publish(s3, workspace, { bucket: 'not-yet-created', 'dry-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.uploaded).toBe('5')
    expect(result.summary).toContain(
      `⚠️ S3 bucket not-yet-created does not exist at ${s3.endpoint}: the plan assumes an empty bucket.`
    )
  })

  it('cleans up', () => {
    rmSync(workspace, { recursive: true, force: true })
  })
})
