/** `shipline build` end to end: podman and a real registry on loopback, from a repository's root. */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBusyboxBase, podmanEnv, podmanTestStorage } from '../../__fixtures__/busybox-base.js'
import { startRegistry, type TestRegistry } from '../../__fixtures__/registry.js'
import { InputError, oneLine } from '../../lib/core/errors.js'
import { command } from '../src/commands/build.js'

const examples = fileURLToPath(new URL('../../examples/', import.meta.url))
const storage = podmanTestStorage()
const cwd = process.cwd()
const savedEnv = { ...process.env }
let registry: TestRegistry
let repo: string
let base: string

async function build(values: Record<string, string | boolean | string[]>) {
  const out: string[] = []
  const stdout = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation(chunk => (out.push(String(chunk)), true))
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    const code = await command.run({ values, positionals: [] })
    return {
      code,
      lines: out
        .join('')
        .split('\n')
        .filter(Boolean)
        .map(line => JSON.parse(line))
    }
  } finally {
    stdout.mockRestore()
    stderr.mockRestore()
  }
}

/** As the CLI's dispatch (cli/src/index.ts) runs it: the JSON lines, the exit code and the one error line. */
async function shipline(values: Record<string, string | boolean | string[]>) {
  const out: string[] = []
  const stdout = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation(chunk => (out.push(String(chunk)), true))
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
  const lines = () =>
    out
      .join('')
      .split('\n')
      .filter(Boolean)
      .map(line => JSON.parse(line))
  try {
    const code = await command.run({ values, positionals: [] })
    return { code, lines: lines(), error: '' }
  } catch (error) {
    return { code: error instanceof InputError ? 2 : 1, lines: lines(), error: oneLine(error) }
  } finally {
    stdout.mockRestore()
    stderr.mockRestore()
  }
}

beforeAll(async () => {
  base = await ensureBusyboxBase(storage)
  registry = await startRegistry()
  repo = mkdtempSync(join(tmpdir(), 'shipline-cli-build-'))
  cpSync(join(examples, 'services', 'hr-service'), join(repo, 'services', 'hr-service'), { recursive: true })
  cpSync(join(examples, 'services', 'finance-service'), join(repo, 'services', 'finance-service'), {
    recursive: true
  })
  writeFileSync(
    join(repo, 'shipline.yml'),
    'version: 1\nservices:\n  hr-service: {context: services/hr-service}\n  finance-service: {context: services/finance-service}\n'
  )
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init')
  Object.assign(process.env, podmanEnv(storage), { RUNNER_TEMP: repo + '-temp' })
  process.chdir(repo)
}, 120_000)

afterAll(async () => {
  process.chdir(cwd)
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name]
  await registry?.stop()
  rmSync(repo, { recursive: true, force: true })
  rmSync(repo + '-temp', { recursive: true, force: true })
})

describe('shipline build', () => {
  const options = () => ({
    registry: registry.host,
    builder: 'podman',
    'insecure-registry': true,
    'build-arg': [`BASE_IMAGE=${base}`]
  })

  it('builds and pushes every service, one JSON line each; a second run builds nothing', async () => {
    const first = await build({ ...options(), push: true })
    expect(first.code).toBe(0)
    expect(first.lines.map(line => [line.service, line.built])).toEqual([
      ['hr-service', true],
      ['finance-service', true]
    ])
    for (const line of first.lines) {
      expect(Object.keys(line)).toEqual(['service', 'image', 'digest', 'tags', 'built'])
      expect(line.image).toBe(`${registry.host}/${line.service}@${line.digest}`)
      const contentTag = line.tags[0].split(':').pop()
      expect(await registry.digest(line.service, contentTag)).toBe(line.digest)
    }
    const second = await build({ ...options(), push: true })
    expect(second.lines.map(line => [line.service, line.built, line.digest])).toEqual(
      first.lines.map(line => [line.service, false, line.digest])
    )
  }, 120_000)

  it('--resolve with one service missing among several: a line for each, exit 1, one combined message', async () => {
    const health = join(repo, 'services', 'finance-service', 'www', 'health')
    const original = readFileSync(health, 'utf8')
    writeFileSync(health, '{"status":"UP","v":"unpushed"}\n')
    try {
      const result = await shipline({ ...options(), resolve: true })
      expect(result.code).toBe(1)
      expect(result.lines.map(line => [line.service, 'error' in line])).toEqual([
        ['hr-service', false],
        ['finance-service', true]
      ])
      expect(result.lines[0]).toMatchObject({ built: false, image: expect.stringMatching(/@sha256:/) })
      expect(result.lines[1].error).toMatch(
        /^finance-service: 127\.0\.0\.1:\d+\/finance-service:src-[0-9a-f]{12} is not in the registry; build, scan and push it first \(nothing was built\)$/
      )
      expect(result.error).toBe(result.lines[1].error)

      writeFileSync(join(repo, 'services', 'hr-service', 'www', 'health'), '{"status":"UP","v":"unpushed"}\n')
      const both = await shipline({ ...options(), resolve: true })
      expect(both.code).toBe(1)
      expect(both.lines.map(line => line.service)).toEqual(['hr-service', 'finance-service'])
      expect(both.error).toBe(`2 of 2 services failed: ${both.lines.map(line => line.error).join('; ')}`)
    } finally {
      writeFileSync(health, original)
      execFileSync('git', ['checkout', '--', 'services/hr-service/www/health'], { cwd: repo })
    }
  }, 60_000)

  it('builds only the named services, without pushing unless --push', async () => {
    writeFileSync(join(repo, 'services', 'hr-service', 'www', 'health'), '{"status":"UP","v":2}\n')
    const result = await build({ ...options(), service: ['hr-service'] })
    expect(result.lines).toHaveLength(1)
    expect(result.lines[0]).toMatchObject({ service: 'hr-service', built: true })
    expect(await registry.digest('hr-service', result.lines[0].tags[0].split(':').pop())).toBeUndefined()
  }, 60_000)

  it('--resolve pins what the registry holds and never builds what it lacks', async () => {
    const held = await build({ ...options(), service: ['finance-service'], resolve: true })
    expect(held.lines).toHaveLength(1)
    expect(held.lines[0]).toMatchObject({ service: 'finance-service', built: false })
    expect(await registry.digest('finance-service', held.lines[0].tags[0].split(':').pop())).toBe(
      held.lines[0].digest
    )
    writeFileSync(join(repo, 'services', 'finance-service', 'www', 'health'), '{"status":"UP","v":3}\n')
    await expect(build({ ...options(), service: ['finance-service'], resolve: true })).rejects.toThrow(
      /^finance-service: 127\.0\.0\.1:\d+\/finance-service:src-[0-9a-f]{12} is not in the registry; build, scan and push it first \(nothing was built\)$/
    )
  }, 60_000)

  it('rejects an unknown service before doing anything', async () => {
    await expect(build({ ...options(), service: ['payroll'] })).rejects.toThrow(
      'Input "service": "payroll" is not a service of shipline.yml; accepted: hr-service, finance-service'
    )
  })
})
