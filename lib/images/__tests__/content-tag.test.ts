import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseConfig } from '../../config/config.js'
import { CONTENT_TAG, type ContentSources, contentTag, readContentSources } from '../content-tag.js'

const sources: ContentSources = {
  context: 'services/auth',
  dockerfile: 'services/auth/Dockerfile',
  ids: { 'services/auth': 'a'.repeat(40), 'libs/common': 'b'.repeat(40) },
  buildArgs: { NODE_ENV: 'production', PORT: '8080' },
  platforms: ['linux/amd64', 'linux/arm64']
}

describe('contentTag', () => {
  it('is src- and 12 hex digits, the same for the same sources in any order', () => {
    const tag = contentTag(sources)
    expect(tag).toMatch(CONTENT_TAG)
    expect(
      contentTag({
        ...sources,
        ids: { 'libs/common': 'b'.repeat(40), 'services/auth': 'a'.repeat(40) },
        buildArgs: { PORT: '8080', NODE_ENV: 'production' },
        platforms: ['linux/arm64', 'linux/amd64']
      })
    ).toBe(tag)
  })

  const changes: Array<[string, Partial<ContentSources>]> = [
    ['a watched path', { ids: { ...sources.ids, 'libs/common': 'c'.repeat(40) } }],
    ['a watched path missing', { ids: { ...sources.ids, 'libs/common': 'missing' } }],
    ['the context', { context: 'services/auth2' }],
    ['the Dockerfile', { dockerfile: 'services/auth/Dockerfile.prod' }],
    ['a build arg value', { buildArgs: { NODE_ENV: 'development', PORT: '8080' } }],
    ['a build arg less', { buildArgs: { NODE_ENV: 'production' } }],
    ['a build arg split differently', { buildArgs: { NODE_ENV: 'production PORT=8080' } }],
    ['the platforms', { platforms: ['linux/amd64'] }]
  ]
  it.each(changes)('changes with %s', (_name, change) => {
    expect(contentTag({ ...sources, ...change })).not.toBe(contentTag(sources))
  })
})

describe('readContentSources', () => {
  let a: string
  let b: string
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()
  const config = parseConfig(
    'version: 1\nservices:\n  auth:\n    context: services/auth\n    watch: [services/auth, libs/common]\n',
    'shipline.yml',
    '/'
  )

  beforeAll(() => {
    a = mkdtempSync(join(tmpdir(), 'shipline-tag-a-'))
    mkdirSync(join(a, 'services', 'auth'), { recursive: true })
    mkdirSync(join(a, 'libs', 'common'), { recursive: true })
    writeFileSync(join(a, 'services', 'auth', 'Dockerfile'), 'FROM scratch\n')
    writeFileSync(join(a, 'libs', 'common', 'x.txt'), 'x\n')
    git(a, 'init', '-q', '-b', 'main')
    git(a, 'add', '-A')
    git(a, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'c')
    b = mkdtempSync(join(tmpdir(), 'shipline-tag-b-'))
    rmSync(b, { recursive: true })
    cpSync(a, b, { recursive: true })
  })
  afterAll(() => {
    rmSync(a, { recursive: true, force: true })
    rmSync(b, { recursive: true, force: true })
  })

  it('gives the same tag in two clones, from the git object ids', async () => {
    const one = await readContentSources(a, '', config.services[0])
    const two = await readContentSources(b, '', config.services[0])
    expect(one.dirty).toBe(false)
    expect(one.sources.ids['libs/common']).toBe(git(a, 'rev-parse', 'HEAD:libs/common'))
    expect(one.sources.ids['services/auth/Dockerfile']).toBe(
      git(a, 'rev-parse', 'HEAD:services/auth/Dockerfile')
    )
    expect(contentTag(one.sources)).toBe(contentTag(two.sources))
  })

  it('hashes the working tree when a watched path has uncommitted changes, leaving the index alone', async () => {
    const clean = contentTag((await readContentSources(b, '', config.services[0])).sources)
    writeFileSync(join(b, 'libs', 'common', 'y.txt'), 'y\n')
    const dirty = await readContentSources(b, '', config.services[0])
    expect(dirty.dirty).toBe(true)
    expect(contentTag(dirty.sources)).not.toBe(clean)
    expect(git(b, 'status', '--porcelain')).toBe('?? libs/common/y.txt')
    git(b, 'add', '-A')
    git(b, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'y')
    const committed = await readContentSources(b, '', config.services[0])
    expect(committed.dirty).toBe(false)
    expect(contentTag(committed.sources)).toBe(contentTag(dirty.sources))
  })

  it('ignores changes outside the watched paths', async () => {
    const before = contentTag((await readContentSources(a, '', config.services[0])).sources)
    writeFileSync(join(a, 'README.md'), 'docs\n')
    const after = await readContentSources(a, '', config.services[0])
    expect(after.dirty).toBe(false)
    expect(contentTag(after.sources)).toBe(before)
  })
})
