/**
 * `shipline rehearse` as a user meets it: the job lines and the counts it prints, the --json document,
 * the exit code of a run that would fail, and a bad flag as one line naming it (exit 2, no stack).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { repoPath } from '../../__fixtures__/paths.js'
import { commitAll, git, writeFiles } from '../../__fixtures__/rehearsal-repo.js'
import { registryAvailable } from '../../__fixtures__/registry.js'
import { sourceEntry } from '../../lib/rehearsal/standins/checkout.js'
import { command, readFlags } from '../src/commands/rehearse.js'

const WORKFLOW = `on:
  push:
  workflow_dispatch:
    inputs:
      fail:
        type: boolean
        default: false
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    environment: production
    outputs:
      ok: \${{ steps.s.outputs.ok }}
    steps:
      - id: s
        run: echo ok=yes >> "$GITHUB_OUTPUT"
  check:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - env:
          FAIL: \${{ inputs.fail }}
        run: |
          if [ "$FAIL" = "true" ]; then echo "::error::asked to fail"; exit 1; fi
  skipped:
    if: needs.build.outputs.ok != 'yes'
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: 'true'
`

async function cli(values: Record<string, unknown>, positionals: string[]) {
  const out: string[] = []
  const stdout = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation(chunk => (out.push(String(chunk)), true))
  try {
    return { code: await command.run({ values: values as never, positionals }), stdout: out.join('') }
  } finally {
    stdout.mockRestore()
  }
}

describe('shipline rehearse: flags', () => {
  it.each([
    [
      {},
      [],
      'Input "WORKFLOW": is missing; accepted: one workflow file, such as .github/workflows/pipeline.yml'
    ],
    [{}, ['w.yml'], 'Input "--event": is required; accepted: push, pull_request, workflow_dispatch'],
    [
      { event: 'deploy' },
      ['w.yml'],
      'Input "--event": "deploy" is not an event the rehearsal runs; accepted: push, pull_request, workflow_dispatch'
    ],
    [
      { event: 'push', input: ['confirm'] },
      ['w.yml'],
      'Input "--input": "confirm" is not KEY=VALUE; accepted: KEY=VALUE, such as confirm=production'
    ],
    [
      { event: 'push', registry: 'http://x:5000' },
      ['w.yml'],
      'Input "--registry": "http://x:5000" is not HOST:PORT; accepted: the HOST:PORT of a running registry, such as 127.0.0.1:5000'
    ],
    [
      { event: 'push', repo: '/nonexistent/repo' },
      ['w.yml'],
      'Input "--repo": /nonexistent/repo does not exist; accepted: the directory of a git checkout'
    ]
  ])('%j %j → %s', (values, positionals, message) => {
    expect(() => readFlags(values, positionals)).toThrow(message)
  })

  it('prints a bad flag as one line naming it and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipline-cli-entry-'))
    const entry = join(dir, 'index.mjs')
    writeFileSync(
      entry,
      sourceEntry(repoPath('lib/rehearsal/source-hooks.mjs'), repoPath('cli/src/index.ts'))
    )
    const result = spawnSync(process.execPath, [entry, 'rehearse', 'w.yml', '--event', 'deploy'], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        SHIPLINE_SOURCE_CACHE: join(tmpdir(), 'shipline-source-cache')
      }
    })
    rmSync(dir, { recursive: true, force: true })
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(
      'shipline rehearse: Input "--event": "deploy" is not an event the rehearsal runs; accepted: push, pull_request, workflow_dispatch\n'
    )
  }, 60_000)
})

const maybe = registryAvailable() ? describe : describe.skip

maybe('shipline rehearse: a run', () => {
  let repo: string
  let state: string
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'shipline-cli-rehearse-'))
    writeFiles(repo, { '.github/workflows/w.yml': WORKFLOW })
    git(repo, 'init', '-q', '-b', 'main')
    commitAll(repo, 'init')
    state = mkdtempSync(join(tmpdir(), 'shipline-cli-rehearse-state-'))
  })
  afterAll(() => {
    for (const dir of [repo, state]) rmSync(dir, { recursive: true, force: true })
  })

  it('prints one line per job and the counts, writes --json, exits 0', async () => {
    const json = join(state, 'result.json')
    const result = await cli({ event: 'push', repo, state, json, protected: ['production'] }, [
      '.github/workflows/w.yml'
    ])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('ran     build  environment production, waits for an approval\n')
    expect(result.stdout).toContain("skipped skipped  if: needs.build.outputs.ok != 'yes' is false\n")
    expect(result.stdout).toContain('The run would succeed: 3 job(s), 2 ran, 1 skipped, 0 failed.\n')
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual({
      jobs: [
        { id: 'build', status: 'success', environment: 'production', approval: true },
        { id: 'check', status: 'success', environment: null, approval: false },
        { id: 'skipped', status: 'skipped', environment: null, approval: false }
      ],
      approvals: 1,
      builds: 0,
      pushes: 0,
      rollouts: 0,
      invalidations: 0,
      comments: 0
    })
  }, 60_000)

  it('exits 1 when the run would fail, with the failing step and its error', async () => {
    const result = await cli({ event: 'workflow_dispatch', input: ['fail=true'], repo, state }, [
      '.github/workflows/w.yml'
    ])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      'failed  check  step "Run if [ "$FAIL" = "true" ]; then echo "::error::asked to fail"; exit 1; fi" failed: asked to fail\n'
    )
    expect(result.stdout).toContain('The run would fail: 3 job(s), 1 ran, 1 skipped, 1 failed.\n')
  }, 60_000)
})
