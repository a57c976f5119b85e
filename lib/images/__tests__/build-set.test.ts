/** The build-set decision, table-driven: what a deploy builds, copies, rolls out and invalidates. */
import { describe, expect, it } from '@jest/globals'
import {
  cdnKey,
  decideBuildSet,
  decideDeploy,
  decidePromotion,
  type Deployed,
  formatDeployed,
  type Held,
  type Lookup,
  parseDeployed,
  recordsToLookUp,
  recordTag,
  rolloutKey,
  staticKey
} from '../build-set.js'

const D = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`
const REG = '111111111111.dkr.ecr.eu-west-1.amazonaws.com'
const lookup = (
  service: string,
  held: Held,
  tag = `src-${service.padEnd(12, '0').slice(0, 12)}`
): Lookup => ({
  service,
  contentTag: tag,
  image: `${REG}/${service}`,
  held
})
const present = (n: number): Held => ({ state: 'present', digest: D(n) })
const absent: Held = { state: 'absent' }
const noRepo: Held = { state: 'no-repository' }
const SERVICES = ['auth', 'hr', 'frontend']

describe('decideBuildSet: the build set is what the registry lacks', () => {
  it.each<[string, Held[], string[], boolean]>([
    [
      'first push after adoption, empty repositories',
      [absent, absent, absent],
      ['auth', 'hr', 'frontend'],
      false
    ],
    [
      'first push after adoption, no repositories yet',
      [noRepo, noRepo, noRepo],
      ['auth', 'hr', 'frontend'],
      true
    ],
    ['a push that changed nothing', [present(1), present(2), present(3)], [], false],
    [
      'one service changed (or left unbuilt by a cancelled run)',
      [present(1), absent, present(3)],
      ['hr'],
      false
    ],
    ['one repository missing among others', [present(1), noRepo, present(3)], ['hr'], true]
  ])('%s', (_name, held, build, deferPush) => {
    const set = decideBuildSet(SERVICES.map((s, i) => lookup(s, held[i])))
    expect(set.build).toEqual(build)
    expect(set.copy).toEqual([])
    expect(set.deferPush).toBe(deferPush)
    expect(Object.keys(set.tags)).toEqual(SERVICES)
    expect(Object.keys(set.present)).toEqual(SERVICES.filter(s => !build.includes(s)))
    for (const [service, image] of Object.entries(set.present))
      expect(image).toMatch(`${REG}/${service}@sha256:`)
  })
})

describe('decidePromotion: a later environment copies the digests, never builds', () => {
  const deployed: Deployed[] = SERVICES.map((s, i) => ({
    service: s,
    contentTag: `src-${s.padEnd(12, '0').slice(0, 12)}`,
    image: `222222222222.dkr.ecr.eu-west-1.amazonaws.com/${s}@${D(i + 1)}`,
    digest: D(i + 1)
  }))

  it.each<[string, Held[], string[], string[]]>([
    ['an empty registry: everything copied', [absent, absent, absent], ['auth', 'hr', 'frontend'], []],
    [
      'the registry holds the same digests (or is the same registry)',
      [present(1), present(2), present(3)],
      [],
      []
    ],
    ['one image lacking', [present(1), absent, present(3)], ['hr'], []],
    [
      'a tag built apart, as another digest',
      [present(1), present(9), present(3)],
      [],
      [`hr: ${REG}/hr:src-hr0000000000 is ${D(9)} here but ${D(2)} was deployed before`]
    ]
  ])('%s', (_name, held, copy, conflicts) => {
    const set = decidePromotion(
      deployed,
      SERVICES.map((s, i) => lookup(s, held[i]))
    )
    expect(set.build).toEqual([])
    expect(set.copy.map(c => c.service)).toEqual(copy)
    expect(set.conflicts).toEqual(conflicts)
    expect(set.tags).toEqual(Object.fromEntries(deployed.map(d => [d.service, d.contentTag])))
  })

  it('keeps the copy for after the apply when the repository does not exist yet', () => {
    const set = decidePromotion(deployed, [
      lookup('auth', noRepo),
      lookup('hr', present(2)),
      lookup('frontend', absent)
    ])
    expect(set.copy.map(c => c.service)).toEqual(['auth', 'frontend'])
    expect(set.deferPush).toBe(true)
  })
})

describe('decideDeploy: rollout and invalidation only when the state was not rolled out', () => {
  const cdn = { services: ['frontend'], paths: ['/index.html', '/static/*'] }
  const set = (build: string[]) =>
    decideBuildSet(SERVICES.map((s, i) => lookup(s, build.includes(s) ? absent : present(i + 1))))

  it.each<[string, string[], boolean, boolean, { rollout: boolean; invalidate: boolean; publish: boolean }]>([
    ['no-op push: both recorded', [], true, true, { rollout: false, invalidate: false, publish: false }],
    [
      'manifest-only change: the rollout key changed',
      [],
      false,
      true,
      { rollout: true, invalidate: false, publish: false }
    ],
    [
      'push after a cancelled rollout of the frontend',
      [],
      false,
      false,
      { rollout: true, invalidate: true, publish: false }
    ],
    [
      'one backend service to build',
      ['hr'],
      true,
      true,
      { rollout: true, invalidate: false, publish: false }
    ],
    ['frontend-only change', ['frontend'], true, true, { rollout: true, invalidate: true, publish: false }],
    ['first push after adoption', SERVICES, false, false, { rollout: true, invalidate: true, publish: false }]
  ])('%s', (_name, build, rolloutRecorded, cdnRecorded, expected) => {
    expect(decideDeploy({ set: set(build), rolloutRecorded, cdnRecorded, cdn })).toEqual(expected)
  })

  it('never invalidates without CDN paths or CDN services', () => {
    for (const none of [
      { services: [], paths: ['/index.html'] },
      { services: ['frontend'], paths: [] }
    ])
      expect(
        decideDeploy({ set: set(['frontend']), rolloutRecorded: false, cdnRecorded: false, cdn: none })
      ).toEqual({
        rollout: true,
        invalidate: false,
        publish: false
      })
  })
})

describe('recordsToLookUp: a record answers only for digests that are all known', () => {
  const cdn = { services: ['frontend'] }
  const set = (build: string[]) =>
    decideBuildSet(SERVICES.map((s, i) => lookup(s, build.includes(s) ? absent : present(i + 1))))
  it.each<[string, string[], { rollout: boolean; cdn: boolean }]>([
    ['nothing to build', [], { rollout: true, cdn: true }],
    ['a backend service to build: the CDN record still answers', ['hr'], { rollout: false, cdn: true }],
    ['the frontend to build', ['frontend'], { rollout: false, cdn: false }]
  ])('%s', (_name, build, expected) => {
    expect(recordsToLookUp(set(build), cdn)).toEqual(expected)
  })
})

describe('the static frontend', () => {
  const cdn = { services: [], paths: ['/index.html'] }
  const nothing = decideBuildSet(SERVICES.map((s, i) => lookup(s, present(i + 1))))
  it.each<[string, { configured: boolean; recorded: boolean }, boolean]>([
    ['no static section', { configured: false, recorded: false }, false],
    ['its sources were published', { configured: true, recorded: true }, false],
    ['its sources changed (or their publish never finished)', { configured: true, recorded: false }, true]
  ])('%s', (_name, site, publish) => {
    const decision = decideDeploy({
      set: nothing,
      rolloutRecorded: true,
      cdnRecorded: true,
      cdn,
      static: site
    })
    expect(decision).toEqual({ rollout: false, invalidate: false, publish })
  })

  it('has a key that follows its environment, its section and its sources', () => {
    const section = { dir: 'dist', context: 'web', watch: ['web'] }
    const key = staticKey('staging', section, { web: 'a'.repeat(40) })
    expect(key).toMatch(/^[0-9a-f]{16}$/)
    expect(staticKey('production', section, { web: 'a'.repeat(40) })).not.toBe(key)
    expect(staticKey('staging', { ...section, dir: 'build' }, { web: 'a'.repeat(40) })).not.toBe(key)
    expect(staticKey('staging', section, { web: 'b'.repeat(40) })).not.toBe(key)
  })
})

describe('record keys', () => {
  const digests = { auth: D(1), hr: D(2), frontend: D(3) }
  const cdn = { services: ['frontend'], paths: ['/index.html'] }

  it('are 16 hex digits, independent of the order of services, inside a valid tag', () => {
    const key = rolloutKey('staging', digests, 'a'.repeat(16))
    expect(key).toMatch(/^[0-9a-f]{16}$/)
    expect(rolloutKey('staging', { frontend: D(3), hr: D(2), auth: D(1) }, 'a'.repeat(16))).toBe(key)
    expect(recordTag('rollout', 'staging', key)).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/)
  })

  it.each<[string, () => string]>([
    ['another environment', () => rolloutKey('production', digests, 'a'.repeat(16))],
    ['another digest', () => rolloutKey('staging', { ...digests, hr: D(4) }, 'a'.repeat(16))],
    ['other manifests', () => rolloutKey('staging', digests, 'b'.repeat(16))]
  ])('the rollout key changes with %s', (_name, other) => {
    expect(other()).not.toBe(rolloutKey('staging', digests, 'a'.repeat(16)))
  })

  it('the CDN key follows the CDN services and paths only', () => {
    const key = cdnKey('staging', digests, cdn)
    expect(cdnKey('staging', { ...digests, hr: D(4) }, cdn)).toBe(key)
    expect(cdnKey('staging', { ...digests, frontend: D(4) }, cdn)).not.toBe(key)
    expect(cdnKey('staging', digests, { ...cdn, paths: ['/index.html', '/static/*'] })).not.toBe(key)
  })
})

describe('the images one environment hands to the next', () => {
  const images = { auth: `${REG}/auth@${D(1)}`, hr: `${REG}/hr@${D(2)}` }
  const tags = { auth: 'src-aaaaaaaaaaaa', hr: 'src-bbbbbbbbbbbb' }

  it('round-trips', () => {
    expect(parseDeployed(formatDeployed(images, tags), '--promote')).toEqual([
      { service: 'auth', contentTag: tags.auth, image: images.auth, digest: D(1) },
      { service: 'hr', contentTag: tags.hr, image: images.hr, digest: D(2) }
    ])
  })

  const accepted =
    'accepted: the images output of the previous environment: a JSON list of {"service","content-tag","image","digest"}'
  it.each<[string, string]>([
    ['{', 'Input "promote-images": is not JSON'],
    ['[]', 'Input "promote-images": is not a non-empty JSON list'],
    [
      JSON.stringify([{ service: 'auth', 'content-tag': 'latest', image: `x@${D(1)}`, digest: D(1) }]),
      'Input "promote-images": entry 0 is not an image with its content tag and digest'
    ],
    [
      JSON.stringify([{ service: 'auth', 'content-tag': tags.auth, image: `x@${D(2)}`, digest: D(1) }]),
      'Input "promote-images": entry 0 is not an image with its content tag and digest'
    ]
  ])('refuses %s in one line', (text, message) => {
    expect(() => parseDeployed(text, 'promote-images')).toThrow(message)
    expect(() => parseDeployed(text, 'promote-images')).toThrow(accepted)
  })
})
