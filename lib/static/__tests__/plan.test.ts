import { describe, expect, it } from '@jest/globals'
import { classifier, classify } from '../cache-rules.js'
import type { Manifest } from '../manifest.js'
import { holdsVersion, planPublish, type RemoteState, type SiteFile, urlPaths } from '../plan.js'

const c = classifier([], [])
function site(files: Record<string, string>): SiteFile[] {
  return Object.entries(files).map(([path, sha256]) => ({
    path,
    absolute: `/site/${path}`,
    size: sha256.length,
    sha256,
    ...(({ fileClass, headers }) => ({ fileClass, headers }))(classify(c, path))
  }))
}
const V1 = { 'index.html': 'i1', 'assets/app-Ab12Cd34.js': 'a1', 'favicon.ico': 'f1' }
const V2 = { 'index.html': 'i2', 'assets/app-Zz98Yy76.js': 'a2', 'favicon.ico': 'f1' }

/** The remote after publishing `plan` (every object there as recorded). */
function after(manifest: Manifest): RemoteState {
  const objects = new Map<string, { size: number; etag: string }>()
  for (const publish of [...manifest.publishes].reverse())
    for (const [path, file] of Object.entries(publish.files))
      objects.set(path, { size: file.size, etag: `"${file.sha256}"` })
  for (const publish of manifest.publishes)
    for (const file of Object.values(publish.files)) file.etag = `"${file.sha256}"`
  return { manifest, objects }
}
const plan = (files: SiteFile[], remote: RemoteState, version = 'v', keep = 3) =>
  planPublish({ version, files, remote, keep, publishedAt: '2026-01-01T00:00:00.000Z' })

describe('the publish plan', () => {
  it('first publish: every file, assets before entry points; entry points and unhashed files invalidated', () => {
    const p = plan(site(V1), { objects: new Map() }, 'v1')
    expect(p.assets.map(u => [u.file.path, u.reason])).toEqual([
      ['assets/app-Ab12Cd34.js', 'new'],
      ['favicon.ico', 'new']
    ])
    expect(p.entries.map(u => u.file.path)).toEqual(['index.html'])
    expect(p.invalidate).toEqual(['/', '/favicon.ico', '/index.html'])
    expect(p.prune).toEqual([])
  })

  it('unchanged: nothing to upload, already published', () => {
    const remote = after(plan(site(V1), { objects: new Map() }, 'v1').next)
    const p = plan(site(V1), remote, 'v1')
    expect([...p.assets, ...p.entries]).toEqual([])
    expect(p.kept).toHaveLength(3)
    expect(p.alreadyPublished).toBe(true)
    expect(p.invalidate).toEqual([])
    expect(holdsVersion(remote, 'v1')).toBe(true)
    expect(holdsVersion(remote, 'v2')).toBe(false)
  })

  it('a new asset and entry point; the unchanged favicon kept; the old asset stays', () => {
    const remote = after(plan(site(V1), { objects: new Map() }, 'v1').next)
    const p = plan(site(V2), remote, 'v2')
    expect(p.assets.map(u => u.file.path)).toEqual(['assets/app-Zz98Yy76.js'])
    expect(p.entries.map(u => [u.file.path, u.reason])).toEqual([['index.html', 'changed']])
    expect(p.kept.map(f => f.path)).toEqual(['favicon.ico'])
    expect(p.prune).toEqual([])
    expect(p.invalidate).toEqual(['/', '/index.html'])
    expect(p.next.publishes.map(x => x.version)).toEqual(['v2', 'v1'])
  })

  it('prunes assets once their publish is older than the last N', () => {
    let remote = after(plan(site(V1), { objects: new Map() }, 'v1', 2).next)
    remote = after(plan(site(V2), remote, 'v2', 2).next)
    const V3 = { 'index.html': 'i3', 'assets/app-Qq55Rr66.js': 'a3', 'favicon.ico': 'f1' }
    const p = plan(site(V3), remote, 'v3', 2)
    expect(p.prune).toEqual([{ path: 'assets/app-Ab12Cd34.js', fileClass: 'immutable', reason: 'expired' }])
    expect(p.invalidate).toEqual(['/', '/index.html'])
  })

  it('uploads again when headers changed or the object is gone', () => {
    const remote = after(plan(site(V1), { objects: new Map() }, 'v1').next)
    remote.objects.delete('favicon.ico')
    const files = site(V1)
    const asset = files.find(f => f.path === 'assets/app-Ab12Cd34.js') as SiteFile
    asset.headers = { ...asset.headers, cacheControl: 'public, max-age=600' }
    const p = plan(files, remote, 'v1')
    expect([...p.assets, ...p.entries].map(u => [u.file.path, u.reason]).sort()).toEqual([
      ['assets/app-Ab12Cd34.js', 'headers'],
      ['favicon.ico', 'missing']
    ])
  })

  it('without the manifest (a dry run without access), hashed files present are kept, the rest estimated', () => {
    const remote: RemoteState = {
      objects: new Map([['assets/app-Ab12Cd34.js', { size: 2 }]]),
      unknownBecause: 'no access'
    }
    const p = plan(site(V1), remote)
    expect(p.kept.map(f => f.path)).toEqual(['assets/app-Ab12Cd34.js'])
    expect([...p.assets, ...p.entries].every(u => u.reason === 'unverified')).toBe(true)
  })

  it('URL paths of index files include their directory', () => {
    expect(urlPaths('index.html')).toEqual(['/index.html', '/'])
    expect(urlPaths('docs/index.html')).toEqual(['/docs/index.html', '/docs/'])
    expect(urlPaths('docs/about.html')).toEqual(['/docs/about.html'])
  })
})
