import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { parseOutputFile } from '../../__fixtures__/action-run.js'
import { command } from '../src/commands/changed.js'

let repo: string
let base: string
const cwd = process.cwd()
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()

async function changed(values: Record<string, string>) {
  const out: string[] = []
  const err: string[] = []
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
  }
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'shipline-cli-changed-'))
  for (const dir of ['services/auth', 'web']) {
    mkdirSync(join(repo, dir), { recursive: true })
    writeFileSync(join(repo, dir, 'Dockerfile'), 'FROM scratch\n')
  }
  writeFileSync(
    join(repo, 'shipline.yml'),
    'version: 1\nservices:\n  auth-service:\n    context: services/auth\n    workload: deployment/auth-service\n  web: {context: web}\ncdn:\n  paths: [/index.html, /static/*]\n  services: [web]\n'
  )
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init')
  base = git('rev-parse', 'HEAD')
  writeFileSync(join(repo, 'web', 'index.html'), '<p>hi</p>\n')
  git('add', '-A')
  git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'web')
  process.chdir(repo)
})
afterAll(() => {
  process.chdir(cwd)
  rmSync(repo, { recursive: true, force: true })
})

describe('shipline changed', () => {
  it('prints the services changed since --base as a GitHub matrix', async () => {
    const result = await changed({ base })
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      '{"include":[{"service":"web","context":"web","dockerfile":"Dockerfile","platforms":"linux/amd64"}]}\n'
    )
    expect(result.stderr).toBe('1 of 2 service(s) changed since ' + base + '\n')
  })

  it('prints every service without a base, saying why on stderr', async () => {
    const result = await changed({})
    expect(JSON.parse(result.stdout).include.map((e: { service: string }) => e.service)).toEqual([
      'auth-service',
      'web'
    ])
    expect(JSON.parse(result.stdout).include[0].workload).toBe('deployment/auth-service')
    expect(result.stderr).toBe('warning: listing every service: no base was given\n')
  })

  it('prints every service for an unknown base', async () => {
    const result = await changed({ base: 'origin/nope', config: 'shipline.yml' })
    expect(JSON.parse(result.stdout).include).toHaveLength(2)
    expect(result.stderr).toBe(
      'warning: listing every service: the base origin/nope is not a commit of this repository (shallow clone? fetch it first)\n'
    )
  })

  it('prints an empty matrix when nothing changed', async () => {
    const result = await changed({ base: 'HEAD' })
    expect(result.stdout).toBe('{"include":[]}\n')
  })

  it('fails on a bad configuration with its one-line error', async () => {
    writeFileSync(join(repo, 'bad.yml'), 'version: 1\nservices:\n  web: {context: 1}\n')
    await expect(changed({ config: 'bad.yml' })).rejects.toThrow(
      'bad.yml: services.web.context: expected a string'
    )
  })

  it('writes matrix, any, services and the CDN paths to $GITHUB_OUTPUT for the workflow', async () => {
    const file = join(repo, 'github-output')
    for (const [values, expected] of [
      [{ base }, { any: 'true', services: 'web', 'cdn-paths': '/index.html\n/static/*' }],
      [{ base: 'HEAD' }, { any: 'false', services: '', 'cdn-paths': '' }]
    ] as const) {
      writeFileSync(file, '')
      process.env.GITHUB_OUTPUT = file
      try {
        await changed({ ...values, 'github-output': true } as unknown as Record<string, string>)
      } finally {
        delete process.env.GITHUB_OUTPUT
      }
      const outputs = parseOutputFile(readFileSync(file, 'utf8'))
      expect({ any: outputs.any, services: outputs.services, 'cdn-paths': outputs['cdn-paths'] }).toEqual(
        expected
      )
      expect(JSON.parse(outputs.matrix).include).toHaveLength(expected.any === 'true' ? 1 : 0)
      expect(outputs.static).toBe('false') // no static section: no publish job
    }
  })

  it('refuses --github-output outside a workflow step', async () => {
    await expect(changed({ 'github-output': true } as unknown as Record<string, string>)).rejects.toThrow(
      'Input "--github-output": GITHUB_OUTPUT is not set; accepted: a GitHub Actions step (it sets GITHUB_OUTPUT)'
    )
  })
})
