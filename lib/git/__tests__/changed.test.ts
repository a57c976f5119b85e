import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { changedServices, matrix, servicesTouched, toGitPath, watchedPaths } from '../changed.js'
import { loadConfig, parseConfig } from '../../config/config.js'

const config = parseConfig(
  [
    'version: 1',
    'services:',
    '  auth:',
    '    context: services/auth',
    '    watch: [services/auth, libs/common]',
    '    workload: deployment/auth',
    '  hr:',
    '    context: services/hr',
    '    dockerfile: ../../docker/hr.Dockerfile',
    '  web:',
    '    context: web',
    '    platforms: [linux/amd64, linux/arm64]',
    ''
  ].join('\n'),
  'shipline.yml',
  '/repo'
)

describe('servicesTouched', () => {
  const cases: Array<[string, string[], string, string[]]> = [
    ['a file in a context', ['services/auth/src/main.ts'], '', ['auth']],
    ['a shared library watched by one service', ['libs/common/x.ts'], '', ['auth']],
    ['a Dockerfile outside the context', ['docker/hr.Dockerfile'], '', ['hr']],
    ['a sibling with the same prefix is not inside', ['services/authz/x'], '', []],
    ['the watched directory itself (a submodule)', ['web'], '', ['web']],
    ['files of several services, in file order', ['web/index.html', 'services/hr/a'], '', ['hr', 'web']],
    ['nothing relevant', ['README.md', 'infra/main.tf'], '', []],
    ['a configuration in a subdirectory', ['erp/services/auth/a'], 'erp', ['auth']],
    ['outside that subdirectory', ['services/auth/a'], 'erp', []]
  ]
  it.each(cases)('%s', (_name, files, prefix, expected) => {
    expect(servicesTouched(config.services, files, prefix).map(s => s.name)).toEqual(expected)
  })

  it('watches the Dockerfile even when outside the watched paths', () => {
    expect(watchedPaths(config.services[1])).toEqual(['services/hr', 'docker/hr.Dockerfile'])
    expect(watchedPaths(config.services[0])).toEqual(['services/auth', 'libs/common'])
    expect(toGitPath('', '.')).toBe('.')
    expect(toGitPath('erp', '.')).toBe('erp')
  })

  it('renders a GitHub matrix', () => {
    expect(matrix(config.services.slice(0, 1).concat(config.services[2]))).toEqual({
      include: [
        {
          service: 'auth',
          context: 'services/auth',
          dockerfile: 'Dockerfile',
          platforms: 'linux/amd64',
          workload: 'deployment/auth'
        },
        { service: 'web', context: 'web', dockerfile: 'Dockerfile', platforms: 'linux/amd64,linux/arm64' }
      ]
    })
  })
})

describe('changedServices in a real repository', () => {
  let repo: string
  let base: string
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
  const write = (path: string, text: string) => {
    mkdirSync(join(repo, path, '..'), { recursive: true })
    writeFileSync(join(repo, path), text)
  }
  const commit = () => {
    git('add', '-A')
    git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'c')
    return git('rev-parse', 'HEAD')
  }

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'shipline-changed-'))
    git('init', '-q', '-b', 'main')
    write(
      'erp/shipline.yml',
      'version: 1\nservices:\n  auth: {context: services/auth}\n  hr: {context: services/hr}\n'
    )
    write('erp/services/auth/Dockerfile', 'FROM scratch\n')
    write('erp/services/hr/Dockerfile', 'FROM scratch\n')
    base = commit()
  })
  afterAll(() => rmSync(repo, { recursive: true, force: true }))

  it('lists every service, saying why, without a base or with an unknown one', async () => {
    const cfg = await loadConfig('shipline.yml', join(repo, 'erp'))
    expect(await changedServices(cfg, undefined)).toMatchObject({ allBecause: 'no base was given' })
    const unknown = await changedServices(cfg, 'no-such-ref')
    expect(unknown.services.map(s => s.name)).toEqual(['auth', 'hr'])
    expect(unknown.allBecause).toBe(
      'the base no-such-ref is not a commit of this repository (shallow clone? fetch it first)'
    )
    const zero = await changedServices(cfg, '0'.repeat(40))
    expect(zero.allBecause).toBe(`the base ${'0'.repeat(40)} is the all-zero sha of a new branch`)
  })

  it('lists the services changed since the base: committed, uncommitted and untracked files', async () => {
    const cfg = await loadConfig('shipline.yml', join(repo, 'erp'))
    expect((await changedServices(cfg, base)).services).toEqual([])
    write('erp/services/hr/app.sh', 'echo hr\n')
    expect((await changedServices(cfg, base)).services.map(s => s.name)).toEqual(['hr'])
    commit()
    write('erp/services/auth/Dockerfile', 'FROM scratch\nENV A=1\n')
    const result = await changedServices(cfg, base)
    expect(result.services.map(s => s.name)).toEqual(['auth', 'hr'])
    expect(result.allBecause).toBeUndefined()
  })
})
