/**
 * `shipline local` end to end, for real: podman builds, Debian's docker-registry on loopback, the
 * static checks of infra/ (no terraform providers here), kubectl kustomize; Trivy is absent, so its
 * stage must say "skipped", never pass silently.
 */
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { busyboxBaseAvailable } from '../../lib/standins/busybox-base.js'
import { registryAvailable } from '../../lib/standins/local-registry.js'
import { command } from '../src/commands/local.js'
import { chooseBuilder, type Tools } from '../src/local/preflight.js'

const canRun = busyboxBaseAvailable() && registryAvailable()
const SERVICES = ['gateway-service', 'frontend']

async function local(out: string) {
  const stdout: string[] = []
  const out1 = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    const code = await command.run({
      values: { out, service: SERVICES, manifests: 'examples/k8s' },
      positionals: []
    })
    return { code, stdout: stdout.join('') }
  } finally {
    out1.mockRestore()
    err.mockRestore()
  }
}

interface ImageLine {
  service: string
  image: string
  digest: string
  built: boolean
}

const afterRun: Array<() => void> = []
afterAll(() => afterRun.forEach(clean => clean()))

describe('shipline local', () => {
  ;(canRun ? it : it.skip)(
    'runs the chain, writes what it would post, and builds nothing the second time',
    async () => {
      // --out stays inside the workspace (the run empties parts of it): under .shipline/, as by default (a short name: podman refuses a runroot over 50 characters).
      mkdirSync(join(process.cwd(), '.shipline'), { recursive: true })
      const out = mkdtempSync(join(process.cwd(), '.shipline', 'l'))
      afterRun.push(() => rmSync(out, { recursive: true, force: true }))
      const first = await local(out)
      expect(first.code).toBe(0)
      const images = JSON.parse(readFileSync(join(out, 'images.json'), 'utf8')) as ImageLine[]
      expect(images.map(i => [i.service, i.built])).toEqual([
        ['gateway-service', true],
        ['frontend', true]
      ])
      for (const image of images)
        expect(image.image).toMatch(/^127\.0\.0\.1:\d+\/[a-z-]+@sha256:[0-9a-f]{64}$/)
      expect(first.stdout).toContain('| scan | skipped: trivy not installed')
      expect(first.stdout).toMatch(/\| infrastructure \| .*(static checks of infra\/|terraform validate)/)

      const comment = readFileSync(join(out, 'pr-comment.md'), 'utf8')
      expect(comment).toContain('### 1. Infrastructure plan')
      expect(comment).toContain(
        '### 2. Images that would be built\n\n2 of 2 changed services would be built.'
      )
      expect(comment).toContain('### 3. Scan findings')
      for (const stage of ['provision-infra', 'build-push', 'scan-images'])
        expect(existsSync(join(out, 'summaries', `${stage}.md`))).toBe(true)
      const manifests = readFileSync(join(out, 'manifests.yaml'), 'utf8')
      for (const image of images) expect(manifests).toContain(`image: ${image.image}`)

      const second = await local(out)
      expect(second.code).toBe(0)
      const again = JSON.parse(readFileSync(join(out, 'images.json'), 'utf8')) as ImageLine[]
      expect(again.map(i => [i.service, i.built])).toEqual([
        ['gateway-service', false],
        ['frontend', false]
      ])
      expect(again.map(i => i.digest)).toEqual(images.map(i => i.digest))
      expect(second.stdout).toContain(
        '| images | 0 of 2 service(s) built with podman, 2 reused by content tag'
      )
    },
    300_000
  )
})

describe('local run preflight', () => {
  const all: Tools = {
    git: true,
    podman: true,
    docker: false,
    registry: true,
    busybox: true,
    terraform: false,
    trivy: false,
    kubectl: true
  }

  it('prefers podman, which needs no daemon', () => {
    expect(chooseBuilder(all)).toBe('podman')
    expect(chooseBuilder({ ...all, podman: false, docker: true })).toBe('docker')
  })

  it.each([
    [{ podman: false }, 'The local run needs podman: install it with: sudo apt-get install podman'],
    [
      { registry: false },
      'The local run needs docker-registry: install it with: sudo apt-get install docker-registry'
    ],
    [
      { podman: false, registry: false, busybox: false },
      'The local run needs podman, docker-registry, busybox-static: install them with: sudo apt-get install podman docker-registry busybox-static'
    ],
    [{ git: false }, 'The local run needs git: install it with: sudo apt-get install git']
  ])('names what is missing %j with the command that installs it', (missing, message) => {
    expect(() => chooseBuilder({ ...all, ...missing })).toThrow(message)
  })

  it('refuses docker without an engine', () => {
    expect(() => chooseBuilder(all, 'docker')).toThrow('The local run needs docker (with a running engine)')
  })
})
