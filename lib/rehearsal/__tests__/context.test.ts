import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { sharedFixture } from '../../../__fixtures__/paths.js'
import { dispatchInputs, eventPayload, githubContext, ZERO_SHA } from '../context.js'

const spec = {
  repository: 'acme/erp',
  sha: 'a'.repeat(40),
  branch: 'main',
  before: 'b'.repeat(40),
  number: 7,
  message: 'Add the frontend'
}

/** Every key path of a JSON value, to compare with a recorded event. */
function paths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return []
  return Object.entries(value).flatMap(([key, v]) => [`${prefix}${key}`, ...paths(v, `${prefix}${key}.`)])
}

describe('event payloads', () => {
  it.each([
    ['push', 'push.default-branch-commit.release-drafter.json'],
    ['pull_request', 'pull_request.synchronize.octokit.json'],
    ['workflow_dispatch', 'workflow_dispatch.octokit.json']
  ] as Array<['push' | 'pull_request' | 'workflow_dispatch', string]>)(
    '%s has the shape of the recorded GitHub event (every field ours shares with it)',
    (name, file) => {
      const recorded = paths(JSON.parse(readFileSync(sharedFixture('github-events', file), 'utf8')))
      const ours = paths(eventPayload({ ...spec, name }))
      const missing = ours.filter(
        path => !recorded.includes(path) && !/\.(id|tree_id|master_branch|draft|merged)$/.test(path)
      )
      expect(missing).toEqual([])
    }
  )

  it('carries what the workflows read: before on push, the base commit on pull_request', () => {
    const push = githubContext({ ...spec, name: 'push' }, run, '/e.json')
    expect(push).toMatchObject({ event_name: 'push', ref: 'refs/heads/main', sha: spec.sha })
    expect((push.event as Record<string, unknown>).before).toBe(spec.before)
    const pr = githubContext({ ...spec, name: 'pull_request' }, run, '/e.json')
    expect(pr).toMatchObject({ ref: 'refs/pull/7/merge', head_ref: 'main', base_ref: 'main' })
    expect(pr.event).toMatchObject({
      number: 7,
      pull_request: { number: 7, base: { sha: spec.before }, head: { sha: spec.sha } }
    })
    expect((eventPayload({ ...spec, name: 'push', before: ZERO_SHA }) as { created: boolean }).created).toBe(
      true
    )
  })
})

const run = {
  runId: 1,
  runNumber: 1,
  attempt: 1,
  workflow: 'w.yml',
  token: 't',
  apiUrl: 'http://api',
  serverUrl: 'https://github.com'
}

describe('dispatchInputs', () => {
  const definitions = {
    action: { type: 'choice', options: ['teardown'], required: true },
    confirm: { type: 'string', required: true },
    dry: { type: 'boolean', default: false }
  }

  it('checks the given inputs against their definitions', () => {
    expect(dispatchInputs(definitions, { action: 'teardown', confirm: 'production' })).toEqual({
      action: 'teardown',
      confirm: 'production',
      dry: false
    })
  })

  it.each([
    [
      { action: 'deploy', confirm: 'x' },
      'Input "--input": action="deploy" is not one of its options; accepted: teardown'
    ],
    [{ action: 'teardown' }, 'Input "--input": confirm is required; accepted: confirm=VALUE'],
    [
      { action: 'teardown', confirm: 'x', dry: 'yes' },
      'Input "--input": dry="yes" is not a boolean; accepted: dry=true or dry=false'
    ],
    [
      { action: 'teardown', confirm: 'x', nope: '1' },
      'Input "--input": "nope" is not an input of the workflow; accepted: action, confirm, dry'
    ]
  ])('%j → %s', (given, message) => {
    expect(() => dispatchInputs(definitions, given)).toThrow(message)
  })
})
