/**
 * The engine on small workflows of `run:` steps: needs order, if: skip reasons, a matrix from a job's
 * output, outputs across needs and out of a called workflow (its jobs as caller/job), a protected
 * environment counted as an approval, secrets masked, and untrusted event text kept out of the shell.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { podmanTestStorage } from '../../../__fixtures__/busybox-base.js'
import { commitAll, git, writeFiles } from '../../../__fixtures__/rehearsal-repo.js'
import { registryAvailable } from '../../../__fixtures__/registry.js'
import { rehearse, type RehearsalRun } from '../run.js'

const WORKFLOW = `name: demo
on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:
    inputs:
      confirm:
        type: string
        required: true
permissions: {}
env:
  GREETING: hello
jobs:
  setup:
    runs-on: ubuntu-latest
    outputs:
      matrix: \${{ steps.m.outputs.matrix }}
      title: \${{ steps.t.outputs.title }}
    steps:
      - id: m
        run: echo 'matrix={"include":[{"service":"api","port":8080},{"service":"web","port":80}]}' >> "$GITHUB_OUTPUT"
      - id: t
        env:
          TITLE: \${{ github.event.pull_request.title || github.event.head_commit.message }}
        run: printf 'title=%s\\n' "$TITLE" >> "$GITHUB_OUTPUT"
  build:
    name: Build \${{ matrix.service }}
    needs: setup
    runs-on: ubuntu-latest
    environment: production
    strategy:
      matrix: \${{ fromJSON(needs.setup.outputs.matrix) }}
    steps:
      - id: b
        env:
          SERVICE: \${{ matrix.service }}
          PORT: \${{ matrix.port }}
        run: echo "built $SERVICE:$PORT with $GREETING"
  never:
    needs: setup
    if: needs.setup.outputs.title == 'nope'
    runs-on: ubuntu-latest
    steps:
      - run: 'true'
  after-never:
    needs: never
    runs-on: ubuntu-latest
    steps:
      - run: 'true'
  confirmed:
    if: github.event_name == 'workflow_dispatch' && inputs.confirm == 'yes'
    runs-on: ubuntu-latest
    steps:
      - run: 'true'
  call:
    needs: build
    uses: ./.github/workflows/called.yml
    with:
      who: world
    secrets:
      TOKEN: \${{ secrets.DEPLOY_TOKEN }}
  report:
    needs: [setup, call]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - env:
          SAID: \${{ needs.call.outputs.said }}
          RESULT: \${{ needs.call.result }}
          TITLE: \${{ needs.setup.outputs.title }}
        run: |
          echo "call said $SAID ($RESULT)"
          printf 'title was [%s]\\n' "$TITLE"
`

const CALLED = `on:
  workflow_call:
    inputs:
      who:
        type: string
        required: true
      loud:
        type: boolean
        default: false
    secrets:
      TOKEN:
        required: true
    outputs:
      said:
        value: \${{ jobs.say.outputs.said }}
jobs:
  say:
    runs-on: ubuntu-latest
    environment: staging
    outputs:
      said: \${{ steps.s.outputs.said }}
    steps:
      - id: s
        env:
          WHO: \${{ inputs.who }}
          LOUD: \${{ inputs.loud }}
          TOKEN: \${{ secrets.TOKEN }}
        run: |
          echo "token is $TOKEN"
          echo "said=hi $WHO (loud $LOUD)" >> "$GITHUB_OUTPUT"
  fails:
    runs-on: ubuntu-latest
    if: inputs.loud
    steps:
      - run: exit 3
`

/** A pull request title that would run commands if it were pasted into the script. */
const HOSTILE = 'Fix "$(touch pwned-by-title)" `touch pwned-too`'

const ready = registryAvailable()
const maybe = ready ? describe : describe.skip

maybe('rehearse: the engine on a small workflow', () => {
  let repo: string
  let state: string
  let pr: RehearsalRun
  let lines: string[]
  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'shipline-rehearse-demo-'))
    writeFiles(repo, { '.github/workflows/demo.yml': WORKFLOW, '.github/workflows/called.yml': CALLED })
    git(repo, 'init', '-q', '-b', 'main')
    commitAll(repo, 'init')
    git(repo, 'checkout', '-q', '-b', 'feature')
    commitAll(repo, HOSTILE)
    state = mkdtempSync(join(tmpdir(), 'shipline-rehearse-state-'))
    lines = []
    pr = await rehearse({
      workflow: '.github/workflows/demo.yml',
      event: 'pull_request',
      repo,
      stateDir: state,
      protectedEnvironments: ['production'],
      podman: podmanTestStorage(),
      onJob: line => lines.push(line)
    })
  }, 120_000)
  afterAll(() => {
    for (const dir of [repo, state]) if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('runs the jobs in needs order, a matrix leg per include entry, called jobs as caller/job', () => {
    expect(pr.jobs.map(job => [job.id, job.status])).toEqual([
      ['setup', 'success'],
      ['build (api)', 'success'],
      ['build (web)', 'success'],
      ['never', 'skipped'],
      ['after-never', 'skipped'],
      ['confirmed', 'skipped'],
      ['call/say', 'success'],
      ['call/fails', 'skipped'],
      ['report', 'success']
    ])
    expect(pr.success).toBe(true)
  })

  it('says why a job was skipped', () => {
    const reason = (id: string) => pr.jobs.find(job => job.id === id)?.reason
    expect(reason('never')).toBe("if: needs.setup.outputs.title == 'nope' is false")
    expect(reason('after-never')).toBe('needs never (skipped)')
    expect(reason('call/fails')).toBe('if: inputs.loud is false')
    expect(lines).toContain('skipped after-never  needs never (skipped)')
  })

  it('counts a protected environment as one approval per job that runs, and prints it', () => {
    expect(pr.jobs.filter(job => job.approval).map(job => job.id)).toEqual(['build (api)', 'build (web)'])
    expect(pr.approvals).toBe(2)
    expect(pr.jobs.find(job => job.id === 'call/say')).toMatchObject({
      environment: 'staging',
      approval: false
    })
    expect(lines).toContain('ran     build (api)  environment production, waits for an approval')
  })

  it('passes the matrix, outputs across needs and a called workflow’s outputs on', () => {
    expect(pr.logs['build (web)']).toContain('built web:80 with hello')
    expect(pr.logs.report).toContain('call said hi world (loud false) (success)')
  })

  it('masks secrets', () => {
    expect(pr.logs['call/say']).toContain('token is ***')
    expect(pr.logs['call/say'].join('\n')).not.toMatch(/rehearsal-deploy_token/)
  })

  it('keeps untrusted event text out of the shell (env: indirection)', () => {
    expect(pr.logs.report).toContain(`title was [${HOSTILE}]`)
    const workspaces = join(pr.runDir, 'jobs')
    for (const job of ['setup', 'report'])
      for (const file of ['pwned-by-title', 'pwned-too'])
        expect(existsSync(join(workspaces, job, 'workspace', file))).toBe(false)
  })

  it('runs a dispatch with its inputs checked', async () => {
    git(repo, 'checkout', '-q', 'main')
    const run = await rehearse({
      workflow: '.github/workflows/demo.yml',
      event: 'workflow_dispatch',
      inputs: { confirm: 'yes' },
      repo,
      stateDir: state,
      podman: podmanTestStorage()
    })
    expect(run.jobs.find(job => job.id === 'confirmed')?.status).toBe('success')
    await expect(
      rehearse({ workflow: '.github/workflows/demo.yml', event: 'workflow_dispatch', repo, stateDir: state })
    ).rejects.toThrow('Input "--input": confirm is required; accepted: confirm=VALUE')
  }, 120_000)
})
