/**
 * The published package: `npm pack` of this checkout (its CLI bundled by ncc, as scripts/build.mjs
 * bundles it) ships cli/dist and what `shipline local` rehearses (the reusable workflows, each
 * action's action.yml and dist/, every one the workflows use), nothing else; it installs with
 * `npm install -g` from the tarball alone (no registry: it has no dependencies), and runs from a directory with no node_modules: `shipline
 * --version`, and `shipline init` in a new repository, whose output passes Shipline's checks.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { loadConfig } from '../../lib/config/config.js'
import { VERSION } from '../../lib/core/version.js'
import { actionlintFindings, callerProblems } from '../../__fixtures__/caller-workflow.js'
import { repoPath } from '../../__fixtures__/paths.js'

const run = promisify(execFile)
const BUILD_TIMEOUT = 15 * 60_000

let tmp: string
let tarball: string
let files: string[]
let prefix: string

/** An environment with no trace of this checkout: node on PATH, a new HOME, no NODE_OPTIONS. */
function bareEnv(): NodeJS.ProcessEnv {
  return {
    PATH: [join(prefix, 'bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter),
    HOME: join(tmp, 'home'),
    npm_config_cache: join(tmp, 'npm-cache'),
    npm_config_update_notifier: 'false'
  }
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'shipline-package-'))
  const pkg = join(tmp, 'pkg')
  mkdirSync(join(pkg, 'cli'), { recursive: true })
  for (const file of ['package.json', 'README.md', 'LICENSE']) copyFileSync(repoPath(file), join(pkg, file))
  for (const file of manifest().files.filter(f => f !== 'cli/dist'))
    cpSync(repoPath(file), join(pkg, file), { recursive: true })
  await run(
    process.execPath,
    [
      repoPath('node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      'cli/src/index.ts',
      '-o',
      join(pkg, 'cli', 'dist'),
      '--minify',
      '--quiet'
    ],
    { cwd: repoPath(), maxBuffer: 64 * 1024 * 1024 }
  )
  prefix = join(tmp, 'prefix')
  mkdirSync(join(tmp, 'home'))
  const npm = join(dirname(process.execPath), 'npm')
  const packed = await run(npm, ['pack', '--json', '--pack-destination', tmp], { cwd: pkg, env: bareEnv() })
  const [report] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>
  tarball = join(tmp, report.filename)
  files = report.files.map(f => f.path).sort()
  await run(
    npm,
    [
      'install',
      '--global',
      '--prefix',
      prefix,
      '--offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      tarball
    ],
    { cwd: tmp, env: bareEnv() }
  )
}, BUILD_TIMEOUT)

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function manifest(): { files: string[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { files: string[] } & Record<
    string,
    unknown
  >
}

const REUSABLE = ['deploy', 'plan', 'rescan', 'teardown'].map(name => `.github/workflows/${name}.yml`)

describe('the @shipline/cli package', () => {
  it('ships cli/dist, the reusable workflows, the actions and what npm always ships, nothing else', () => {
    expect(tarball.endsWith(`shipline-cli-${VERSION}.tgz`)).toBe(true)
    expect(files).toContain('cli/dist/index.js')
    const action = /^actions\/[a-z-]+\/(?:action\.yml|dist\/.+)$/
    expect(files.filter(f => !f.startsWith('cli/dist/') && !action.test(f))).toEqual(
      [...REUSABLE, 'LICENSE', 'README.md', 'package.json'].sort()
    )
    expect(manifest()).toMatchObject({
      name: '@shipline/cli',
      bin: { shipline: 'cli/dist/index.js' },
      publishConfig: { access: 'public', provenance: true }
    })
    expect(manifest().private).toBeUndefined()
    expect(manifest().dependencies).toBeUndefined()
  })

  it('ships every action the reusable workflows use, with its bundle, for shipline local', () => {
    const used = new Set(
      REUSABLE.flatMap(path => [
        ...readFileSync(repoPath(path), 'utf8').matchAll(/\.\/\.shipline-src\/(actions\/[a-z-]+)/g)
      ]).map(match => match[1])
    )
    expect(used.size).toBeGreaterThan(0)
    for (const action of used) {
      expect(files).toContain(`${action}/action.yml`)
      expect(files).toContain(`${action}/dist/index.js`)
    }
  })

  it('runs shipline --version from a directory with no node_modules', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'shipline-anywhere-'))
    const { stdout } = await run(join(prefix, 'bin', 'shipline'), ['--version'], { cwd, env: bareEnv() })
    expect(stdout).toBe(`${VERSION}\n`)
  })

  it('runs shipline init in a new repository; what it writes passes Shipline’s checks and actionlint', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'shipline-new-repo-'))
    cpSync(repoPath('examples', 'services'), join(repo, 'services'), { recursive: true })
    cpSync(repoPath('examples', 'frontend'), join(repo, 'frontend'), { recursive: true })
    const { stdout } = await run(join(prefix, 'bin', 'shipline'), ['init', '--aws-region', 'eu-west-1'], {
      cwd: repo,
      env: bareEnv()
    })
    expect(stdout).toContain(`shipline init: 9 services in ${repo}`)
    const config = await loadConfig('shipline.yml', repo)
    expect(config.services.map(s => s.name).sort()).toEqual(
      [
        'auth-service',
        'config-server',
        'discovery-server',
        'finance-service',
        'frontend',
        'gateway-service',
        'hr-service',
        'operation-service',
        'reporting-service'
      ].sort()
    )
    const workflow = readFileSync(join(repo, '.github', 'workflows', 'shipline.yml'), 'utf8')
    expect(await actionlintFindings(workflow, 'shipline.yml')).toEqual([])
    expect(callerProblems(workflow)).toEqual([])
  })
})
