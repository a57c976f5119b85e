/**
 * lib/pr-comment.ts through @actions/github's real Octokit against a fake GitHub REST API on
 * 127.0.0.1: create when no marked comment exists, update in place when one does (on any page).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { commentMarker, createOctokit, hasMarker, MAX_COMMENT_CHARS, upsertComment } from '../pr-comment.js'
import { type FakeComment, type FakeGitHub, startFakeGitHub } from '../../../__fixtures__/http-servers.js'

const MARKER = commentMarker('plan', 'infra', 'production')
const BOT = { login: 'github-actions[bot]' }
let github: FakeGitHub
let stderr: string

beforeAll(async () => {
  github = await startFakeGitHub('acme', 'shop')
})
afterAll(async () => {
  await github.close()
})
beforeEach(() => {
  github.comments.clear()
  github.requests.length = 0
  github.failWith = undefined
  github.viewer = BOT.login
  stderr = ''
  jest.spyOn(process.stderr, 'write').mockImplementation(chunk => ((stderr += String(chunk)), true))
})
afterEach(() => {
  jest.restoreAllMocks()
})

function comments(n: number, from = 1): FakeComment[] {
  return Array.from({ length: n }, (_, i) => ({
    id: from + i,
    body: `comment ${from + i}`,
    html_url: `https://github.com/c/${from + i}`
  }))
}

async function upsert(body: string, issueNumber = 5, marker = MARKER) {
  const octokit = await createOctokit('test-token', github.url)
  return upsertComment({ octokit, owner: 'acme', repo: 'shop', issueNumber, marker, body })
}

describe('upsertComment', () => {
  it('creates the comment, marker first, when none carries the marker', async () => {
    github.comments.set(5, comments(3))
    const result = await upsert('**Plan: 1 to add**')
    expect(result.action).toBe('created')
    const created = github.comments.get(5)?.[3]
    expect(created?.body).toBe(`${MARKER}\n**Plan: 1 to add**`)
    expect(result).toEqual({ action: 'created', id: created?.id, url: created?.html_url })
    expect(github.requests.map(r => `${r.method} ${r.url}`)).toEqual([
      'GET /repos/acme/shop/issues/5/comments?per_page=100&page=1',
      'POST /repos/acme/shop/issues/5/comments'
    ])
    expect(github.requests[1].body).toEqual({ body: `${MARKER}\n**Plan: 1 to add**` })
    expect(github.requests[0].authorization).toBe('token test-token')
  })

  it('updates the marked comment in place', async () => {
    github.comments.set(5, [
      ...comments(2),
      { id: 99, body: `${MARKER}\nold plan`, html_url: 'https://github.com/c/99', user: BOT }
    ])
    const result = await upsert('new plan')
    expect(result).toEqual({ action: 'updated', id: 99, url: 'https://github.com/c/99' })
    expect(github.comments.get(5)?.map(c => c.id)).toEqual([1, 2, 99])
    expect(github.comments.get(5)?.[2].body).toBe(`${MARKER}\nnew plan`)
    expect(github.requests.map(r => `${r.method} ${r.url}`)).toEqual([
      'GET /repos/acme/shop/issues/5/comments?per_page=100&page=1',
      'POST /graphql',
      'PATCH /repos/acme/shop/issues/comments/99'
    ])
  })

  it('finds the marked comment on a later page of a long conversation', async () => {
    github.comments.set(5, [
      ...comments(230),
      { id: 500, body: `intro\n${MARKER}\nold`, html_url: 'https://github.com/c/500', user: BOT },
      ...comments(20, 600)
    ])
    const result = await upsert(`${MARKER}\nnewer`)
    expect(result.action).toBe('updated')
    expect(result.id).toBe(500)
    expect(github.requests.map(r => `${r.method} ${r.url}`)).toEqual([
      'GET /repos/acme/shop/issues/5/comments?per_page=100&page=1',
      'GET /repos/acme/shop/issues/5/comments?per_page=100&page=2',
      'GET /repos/acme/shop/issues/5/comments?per_page=100&page=3',
      'POST /graphql',
      'PATCH /repos/acme/shop/issues/comments/500'
    ])
    expect(github.comments.get(5)?.find(c => c.id === 500)?.body).toBe(`${MARKER}\nnewer`)
  })

  it('reads every page before creating, when exactly a page-multiple of comments has no marker', async () => {
    github.comments.set(5, comments(200))
    const result = await upsert('first plan')
    expect(result.action).toBe('created')
    expect(github.requests.map(r => r.url.replace(/.*page=/, 'page '))).toEqual([
      'page 1',
      'page 2',
      'page 3',
      '/repos/acme/shop/issues/5/comments'
    ])
  })

  it('leaves an identical comment alone', async () => {
    github.comments.set(5, [
      { id: 9, body: `${MARKER}\nsame`, html_url: 'https://github.com/c/9', user: BOT }
    ])
    expect((await upsert('same')).action).toBe('unchanged')
    expect(github.requests.map(r => `${r.method} ${r.url}`)).toEqual([
      'GET /repos/acme/shop/issues/5/comments?per_page=100&page=1',
      'POST /graphql'
    ])
  })

  it('ignores a reply that quotes the marker, and a marker of another directory', async () => {
    github.comments.set(5, [
      { id: 1, body: `> ${MARKER}\n> the old plan\nwhy?`, html_url: 'u1' },
      { id: 2, body: `${commentMarker('plan', 'infra', 'staging')}\nstaging plan`, html_url: 'u2' }
    ])
    expect((await upsert('production plan')).action).toBe('created')
    expect(github.comments.get(5)?.map(c => c.body.split('\n')[0])).toEqual([
      `> ${MARKER}`,
      commentMarker('plan', 'infra', 'staging'),
      MARKER
    ])
  })

  it('never adopts a marked comment someone else planted: creates its own, and the log says so', async () => {
    github.comments.set(5, [
      {
        id: 7,
        body: `${MARKER}\n**Plan: 0 to add** (looks reviewed)`,
        html_url: 'u7',
        user: { login: 'mallory' }
      }
    ])
    const result = await upsert('the real plan')
    expect(result.action).toBe('created')
    expect(github.comments.get(5)?.map(c => [c.id, c.user?.login, c.body])).toEqual([
      [7, 'mallory', `${MARKER}\n**Plan: 0 to add** (looks reviewed)`],
      [result.id, 'github-actions[bot]', `${MARKER}\nthe real plan`]
    ])
    expect(github.requests.map(r => r.method)).toEqual(['GET', 'POST', 'POST'])
    expect(stderr).toBe(
      'warning: Ignoring comment 7 by mallory: it carries the marker of this comment but was not posted by github-actions[bot], the identity of this token\n'
    )
  })

  it("adopts the token's own marked comment after a planted one, whoever the token is", async () => {
    github.viewer = 'shipline-app[bot]'
    github.comments.set(5, [
      { id: 7, body: `${MARKER}\nplanted`, html_url: 'u7', user: { login: 'github-actions[bot]' } },
      { id: 8, body: `${MARKER}\nold plan`, html_url: 'u8', user: { login: 'Shipline-App[bot]' } }
    ])
    expect(await upsert('new plan')).toEqual({ action: 'updated', id: 8, url: 'u8' })
    expect(github.comments.get(5)?.[0].body).toBe(`${MARKER}\nplanted`)
    expect(stderr).toContain('Ignoring comment 7 by github-actions[bot]')
  })

  it("refuses a body over GitHub's limit and a marker that is not one HTML comment, before any request", async () => {
    await expect(upsert('x'.repeat(MAX_COMMENT_CHARS))).rejects.toThrow(
      /^The comment is 65\d{3} characters; GitHub accepts at most 65536/
    )
    await expect(upsert('x', 5, 'shipline plan')).rejects.toThrow(
      'The comment marker "shipline plan" is not a single HTML comment'
    )
    await expect(upsert('x', 5, '<!-- a --> b <!-- c -->')).rejects.toThrow(/is not a single HTML comment/)
    expect(github.requests).toEqual([])
  })

  it("passes GitHub's error on", async () => {
    github.failWith = { status: 403, message: 'Resource not accessible by integration' }
    await expect(upsert('x')).rejects.toMatchObject({ status: 403 })
  })
})

describe('commentMarker', () => {
  it('is one HTML comment with no "--" inside, whatever the parts', () => {
    expect(commentMarker('provision-infra', 'infra', 'default')).toBe(
      '<!-- shipline:provision%2Dinfra infra default -->'
    )
    const odd = commentMarker('plan', 'stacks/a--b -->', 'x y')
    expect(odd).toBe('<!-- shipline:plan stacks%2Fa%2D%2Db%20%2D%2D%3E x%20y -->')
    expect(odd.slice(4, -3)).not.toContain('--')
    expect(hasMarker(`${odd}\nbody`, odd)).toBe(true)
  })
})
