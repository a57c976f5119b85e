/** Base images in the content tag: found in the Dockerfile as the builder reads it, resolved to digests. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { baseDigests, defaultBaseResolver, dockerfileBases, parseImageRef } from '../base-images.js'
import { contentTag, type ContentSources } from '../content-tag.js'
import { createHash } from 'node:crypto'
import { run } from '../../core/exec.js'
import { RegistryClient } from '../registry.js'
import { startRegistry, type TestRegistry } from '../../standins/local-registry.js'

describe('dockerfileBases', () => {
  it.each<[string, string, Record<string, string>, string[]]>([
    ['a plain FROM', 'FROM busybox:1.36\nRUN true\n', {}, ['busybox:1.36']],
    ['scratch is no image', 'FROM scratch\nCOPY x /x\n', {}, []],
    [
      'an ARG default',
      'ARG BASE_IMAGE=docker.io/library/busybox:1.36\nFROM ${BASE_IMAGE}\n',
      {},
      ['docker.io/library/busybox:1.36']
    ],
    [
      'a build arg over the default',
      'ARG BASE=busybox:1.36\nFROM $BASE\n',
      { BASE: 'localhost/b:1' },
      ['localhost/b:1']
    ],
    ['a build arg of an undeclared ARG has no effect', 'FROM busybox:${V}\n', { V: '2' }, ['busybox:']],
    ['${NAME:-default}', 'ARG V\nFROM busybox:${V:-1.36}\n', {}, ['busybox:1.36']],
    [
      'stages and COPY --from',
      'FROM golang:1.24 AS build\nRUN go build\nFROM gcr.io/distroless/static@sha256:' +
        'a'.repeat(64) +
        '\nCOPY --from=build /app /app\nCOPY --from=alpine:3.20 /etc/ssl /etc/ssl\nCOPY --from=0 /x /x\n',
      {},
      ['golang:1.24', `gcr.io/distroless/static@sha256:${'a'.repeat(64)}`, 'alpine:3.20']
    ],
    [
      '--platform, lower case, continuations, comments',
      '# syntax=docker/dockerfile:1\nfrom \\\n  --platform=$BUILDPLATFORM node:22 as deps\nFROM deps\n',
      {},
      ['node:22']
    ],
    [
      'RUN --mount from an image',
      'FROM scratch\nRUN --mount=type=bind,from=busybox:1,target=/b true\n',
      {},
      ['busybox:1']
    ],
    ['each image once', 'FROM a:1 AS x\nFROM a:1\n', {}, ['a:1']]
  ])('%s', (_name, text, buildArgs, expected) => {
    expect(dockerfileBases(text, buildArgs)).toEqual(expected)
  })
})

describe('parseImageRef', () => {
  it.each([
    ['busybox', { host: 'registry-1.docker.io', repository: 'library/busybox', tag: 'latest' }],
    [
      'docker.io/library/busybox:1.36',
      { host: 'registry-1.docker.io', repository: 'library/busybox', tag: '1.36' }
    ],
    ['grafana/grafana:11', { host: 'registry-1.docker.io', repository: 'grafana/grafana', tag: '11' }],
    ['localhost:5000/team/app:v1', { host: 'localhost:5000', repository: 'team/app', tag: 'v1' }],
    [
      'public.ecr.aws/docker/library/node:22',
      { host: 'public.ecr.aws', repository: 'docker/library/node', tag: '22' }
    ],
    [
      `gcr.io/distroless/static@sha256:${'a'.repeat(64)}`,
      { host: 'gcr.io', repository: 'distroless/static', tag: 'latest' }
    ]
  ])('%s', (ref, expected) => expect(parseImageRef(ref)).toEqual(expected))
})

describe('baseDigests', () => {
  it('takes pinned digests as written and asks the resolver for the others', async () => {
    const asked: string[] = []
    const digests = await baseDigests([`a@sha256:${'1'.repeat(64)}`, 'b:2'], async ref => {
      asked.push(ref)
      return `sha256:${'2'.repeat(64)}`
    })
    expect(digests).toEqual({
      [`a@sha256:${'1'.repeat(64)}`]: `sha256:${'1'.repeat(64)}`,
      'b:2': `sha256:${'2'.repeat(64)}`
    })
    expect(asked).toEqual(['b:2'])
  })
})

describe('the content tag follows the base image', () => {
  const sources: ContentSources = {
    context: 'web',
    dockerfile: 'web/Dockerfile',
    ids: { web: 'a'.repeat(40) },
    buildArgs: {},
    platforms: ['linux/amd64']
  }
  it('changes when the base tag names a new image, and not otherwise', () => {
    const before = contentTag({ ...sources, bases: { 'busybox:1.36': `sha256:${'1'.repeat(64)}` } })
    expect(contentTag({ ...sources, bases: { 'busybox:1.36': `sha256:${'1'.repeat(64)}` } })).toBe(before)
    expect(contentTag({ ...sources, bases: { 'busybox:1.36': `sha256:${'2'.repeat(64)}` } })).not.toBe(before)
    expect(contentTag({ ...sources, bases: {} })).toBe(contentTag(sources))
  })
})

describe('defaultBaseResolver against a real registry on loopback', () => {
  let registry: TestRegistry
  beforeAll(async () => {
    registry = await startRegistry()
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('reads the digest the registry serves for the tag, and names the base image when it cannot', async () => {
    const client = new RegistryClient({ host: registry.host, insecure: true })
    const config = Buffer.from('{}')
    const configDigest = `sha256:${createHash('sha256').update(config).digest('hex')}`
    await client.uploadBlob('base', configDigest, config.length, config)
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: configDigest,
          size: config.length
        },
        layers: []
      })
    )
    await client.putManifest('base', '1.0', manifest, 'application/vnd.oci.image.manifest.v1+json')
    const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`
    const resolve = defaultBaseResolver({ exec: run, fetch, env: {}, builder: 'docker', podman: {} })
    expect(await resolve(`${registry.host}/base:1.0`)).toBe(digest)
    await expect(resolve(`${registry.host}/base:2.0`)).rejects.toThrow(
      `Base image ${registry.host}/base:2.0: cannot resolve its digest for the content tag (${registry.host} has no base:2.0); pin it by digest (FROM ${registry.host}/base:2.0@sha256:…) or make its registry reachable`
    )
  })
})
