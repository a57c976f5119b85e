import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type FakeGitHub, startFakeGitHub } from '../../__fixtures__/http-servers.js'
import { command } from '../src/commands/pr-comment.js'
import { command as planComment } from '../src/commands/plan-comment.js'
import { blocksClosed } from '../../lib/core/budget.js'
import { largePlan } from '../../__fixtures__/large-plan.js'
import { sharedFixture } from '../../__fixtures__/paths.js'

const fixtures = sharedFixture()
const event = join(fixtures, 'github-events/pull_request.opened.octokit.json')
/** The plan workflow fills $RUNNER_TEMP/comment: the directories of these tests are under RUNNER_TEMP too. */
const RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'shipline-comment-runner-'))

/** `reports`: a fixture, or [fixture, the name scan-images gives the report]. */
function commentDir(
  options: { plan?: string; images?: object[]; reports?: Array<string | [string, string]> } = {}
): string {
  const dir = mkdtempSync(join(RUNNER_TEMP, 'comment-'))
  if (options.plan !== undefined) writeFileSync(join(dir, 'plan.md'), options.plan)
  mkdirSync(join(dir, 'images'))
  for (const image of options.images ?? [])
    writeFileSync(
      join(dir, 'images', `${(image as { service: string }).service}.json`),
      JSON.stringify(image)
    )
  mkdirSync(join(dir, 'scan'))
  for (const report of options.reports ?? []) {
    const [fixture, name] = typeof report === 'string' ? [report, report] : report
    copyFileSync(join(fixtures, 'trivy-json', fixture), join(dir, 'scan', name))
  }
  return dir
}

/** The name scan-images gives the report of a build-push archive (SERVICE-CONTENT_TAG.oci.tar). */
const reportOf = (service: string, tag: string) => `${service}-${tag}.oci.json`

async function runCommand(args: Record<string, string | boolean>, env: Record<string, string> = {}) {
  const saved = { ...process.env }
  Object.assign(process.env, { RUNNER_TEMP }, env)
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    return await command.run({ values: args, positionals: [] })
  } finally {
    stderr.mockRestore()
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
}

const built = {
  service: 'auth-service',
  built: true,
  tags: ['src-0123456789ab', 'ec26c3e'],
  image: 'reg/auth-service@sha256:' + 'a'.repeat(64)
}
const reused = {
  service: 'frontend',
  built: false,
  tags: ['src-ba9876543210'],
  image: 'reg/frontend@sha256:' + 'b'.repeat(64)
}

describe('shipline pr-comment', () => {
  let github: FakeGitHub
  let env: Record<string, string>
  beforeAll(async () => {
    github = await startFakeGitHub('Codertocat', 'Hello-World')
    env = {
      GITHUB_TOKEN: 'ghs_faketoken',
      GITHUB_API_URL: github.url,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World'
    }
  })
  afterAll(() => github.close())

  it('creates ONE comment with the three sections, then updates it in place', async () => {
    const first = commentDir({
      plan: '**1 to add, 0 to change, 0 to destroy**',
      images: [built, reused],
      reports: [['trivy-image-alpine-3.9.json', reportOf('auth-service', 'src-0123456789ab')]]
    })
    expect(await runCommand({ dir: first, environment: 'production' }, env)).toBe(0)
    const comments = github.comments.get(2) ?? []
    expect(comments).toHaveLength(1)
    const body = comments[0].body
    expect(body.split('\n')[0]).toBe('<!-- shipline:pipeline production -->')
    expect(body).toContain('### 1. Infrastructure plan\n\n**1 to add, 0 to change, 0 to destroy**')
    expect(body).toContain('### 2. Images that would be built\n\n1 of 2 changed services would be built.')
    expect(body).toContain(
      '| `auth-service` | 🔨 new content: built; ❌ fails the scan policy, so it would not be pushed | `src-0123456789ab` `ec26c3e` |'
    )
    expect(body).toContain(
      '| `frontend` | ♻️ the registry already holds this content: reused | `src-ba9876543210` |'
    )
    expect(body).toMatch(/### 3\. Scan findings\n\n#### ❌ Trivy scan: 1 of 1 image fails the policy/)
    expect(body).toContain('commit `ec26c3e57ca3`')

    const second = commentDir({ plan: 'No changes.', images: [] })
    expect(await runCommand({ dir: second, environment: 'production' }, env)).toBe(0)
    const after = github.comments.get(2) ?? []
    expect(after).toHaveLength(1)
    expect(after[0].id).toBe(comments[0].id)
    expect(after[0].body).toContain('No service changed: nothing would be built, pushed or rolled out.')
    expect(after[0].body).toContain('No image was built, so none was scanned.')
    // One comment created; the other POST is GraphQL's viewer (whose comment may be adopted).
    expect(github.requests.filter(r => r.method === 'POST').map(r => r.url)).toEqual([
      '/repos/Codertocat/Hello-World/issues/2/comments',
      '/graphql'
    ])
    expect(github.requests.filter(r => r.method === 'PATCH')).toHaveLength(1)
    expect(github.requests.every(r => r.authorization === 'token ghs_faketoken')).toBe(true)
  })

  it('says so when the plan job failed, instead of an empty section', async () => {
    const out = join(commentDir(), 'comment.md')
    expect(
      await runCommand({
        dir: commentDir({ images: [built] }),
        'infra-result': 'failure',
        'images-result': 'failure',
        out
      })
    ).toBe(0)
    const body = readFileSync(out, 'utf8')
    expect(body).toContain(
      '### 1. Infrastructure plan\n\n⚠️ The Terraform plan failed: see the workflow run for its log.'
    )
    expect(body).toContain('⚠️ The image builds failed: see the workflow run for its log.')
  })

  it.each([
    [{}, 'Input "--dir": is required but was empty; accepted: a non-empty value'],
    [
      { dir: '/nonexistent/shipline' },
      'Input "--dir": "/nonexistent/shipline" is outside the workspace and the runner temporary directory; accepted: the directory the plan jobs filled, in the current directory or RUNNER_TEMP'
    ],
    [
      { dir: '.', environment: 'prod env' },
      'Input "--environment": "prod env" is not valid; accepted: an environment name such as production'
    ],
    [
      { dir: '.', 'infra-result': 'ok' },
      'Input "--infra-result": "ok" is not allowed; accepted: success, failure, cancelled, skipped'
    ],
    [
      { dir: '.' },
      'Input "--out": is empty outside a pull request run (no GITHUB_TOKEN or no pull request in GITHUB_EVENT_PATH); accepted: a file to write the comment to, or a pull_request workflow run with GITHUB_TOKEN'
    ]
  ])('refuses %j before any request', async (args, message) => {
    const before = github.requests.length
    await expect(runCommand(args)).rejects.toThrow(message)
    expect(github.requests.length).toBe(before)
  })

  it('says what happened to each image: scanned and passed, failed, or not scanned at all', async () => {
    const out = join(commentDir(), 'comment.md')
    const image = (service: string, tag: string, scan?: string) => ({
      service,
      built: true,
      tags: [`reg/${service}:${tag}`],
      image: `reg/${service}@sha256:${'c'.repeat(64)}`,
      ...(scan ? { scan } : {})
    })
    const dir = commentDir({
      images: [
        image('auth-service', 'src-0123456789ab', 'success'),
        image('hr-service', 'src-111111111111', 'failure'),
        image('finance-service', 'src-222222222222', 'skipped'),
        image('gateway-service', 'src-333333333333', 'failure')
      ],
      reports: [
        ['trivy-image-sle-micro-no-vulns.json', reportOf('auth-service', 'src-0123456789ab')],
        ['trivy-image-alpine-3.9.json', reportOf('gateway-service', 'src-333333333333')]
      ]
    })
    expect(await runCommand({ dir, out })).toBe(0)
    const body = readFileSync(out, 'utf8')
    expect(body).toContain('| `auth-service` | 🔨 new content: built and scanned, pushed on merge |')
    expect(body).toContain(
      '| `finance-service` | 🔨 new content: built; ⚠️ not scanned, so it would not be pushed |'
    )
    expect(body).toContain(
      '| `gateway-service` | 🔨 new content: built; ❌ fails the scan policy, so it would not be pushed |'
    )
    expect(body).toContain(
      '| `hr-service` | 🔨 new content: built; ⚠️ the scan failed without a report (see its job log), so it would not be pushed |'
    )
    expect(body).not.toMatch(/`(hr|finance)-service` \| [^|]*built and scanned/)
  })

  it('gives the plan the share the other sections leave, from plan-comment --variants', async () => {
    const dir = commentDir({
      images: [built, reused],
      reports: [['trivy-image-alpine-3.9.json', reportOf('auth-service', 'src-0123456789ab')]]
    })
    const planFile = join(dir, 'plan.json')
    writeFileSync(planFile, JSON.stringify(largePlan(3000)))
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const savedTemp = process.env.RUNNER_TEMP
    process.env.RUNNER_TEMP = RUNNER_TEMP
    try {
      expect(
        await planComment.run({
          positionals: [planFile],
          values: { variants: join(dir, 'plan-variants.json') }
        })
      ).toBe(0)
    } finally {
      stdout.mockRestore()
      if (savedTemp === undefined) delete process.env.RUNNER_TEMP
      else process.env.RUNNER_TEMP = savedTemp
    }
    const out = join(dir, 'comment.md')
    expect(await runCommand({ dir, out })).toBe(0)
    const body = readFileSync(out, 'utf8')
    expect(body.length).toBeLessThanOrEqual(65_536 - 200)
    expect(body.length).toBeGreaterThan(50_000)
    expect(blocksClosed(body)).toBe(true)
    expect(body).toContain('**:warning: 27 resources will be destroyed or replaced:**')
    expect(body).toContain('The job summary of the Terraform plan job has the whole plan.')
    expect(body).toContain('[CVE-2019-14697]')
  })

  it.each<[string, string, string]>([
    ['not JSON', '{', 'is not JSON'],
    [
      'no variants',
      '{"version":1,"variants":[]}',
      'is not a plan variants file (version 1, a non-empty list of variants)'
    ],
    [
      'a bad variant',
      '{"version":1,"variants":[{"text":"x","maxChars":1,"loses":"all"}]}',
      'variant 0 is not {text, maxChars, loses: detail|list|risk}'
    ]
  ])('names a plan variants file that is %s', async (_, text, problem) => {
    const dir = commentDir()
    writeFileSync(join(dir, 'plan-variants.json'), text)
    await expect(runCommand({ dir, out: join(dir, 'c.md') })).rejects.toThrow(
      `Input "--dir": ${join(dir, 'plan-variants.json')} ${problem}`
    )
  })

  it('names a scan outcome that is not one', async () => {
    const dir = commentDir({ images: [{ ...built, scan: 'passed' }] })
    await expect(runCommand({ dir, out: join(dir, 'c.md') })).rejects.toThrow(
      `Input "--dir": ${join(dir, 'images', 'auth-service.json')}: "scan" is "passed"; accepted: the scan step's outcome: success, failure, cancelled, skipped`
    )
  })

  it('names a build result that is not one', async () => {
    const dir = commentDir()
    writeFileSync(join(dir, 'images', 'x.json'), '{"service": 1}')
    await expect(runCommand({ dir, out: join(dir, 'c.md') })).rejects.toThrow(
      `Input "--dir": ${join(dir, 'images', 'x.json')} is not a build result`
    )
  })
})
