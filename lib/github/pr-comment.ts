/**
 * Sticky pull request comments: one comment per purpose, found by a hidden marker (an HTML comment
 * on a line of its own) and updated in place, so a pull request shows the latest result once
 * instead of a trail of stale ones. Only a comment posted by the identity of the token (GraphQL's
 * `viewer`: github-actions[bot] for GITHUB_TOKEN, the app's bot, or the user of a personal token)
 * is adopted: anyone can write the marker into a comment of their own, and adopting it would let
 * them edit what reviewers take for Shipline's plan (their text stays above it, "updated" in place).
 * Such comments are ignored, and the log says so. Works with the Octokit of @actions/github
 * (`createOctokit`), or anything with the same three REST methods and `graphql`.
 */
import { UserError } from '../core/errors.js'
import { warning } from '../core/log.js'

/** GitHub refuses comment bodies longer than this. */
export const MAX_COMMENT_CHARS = 65_536

interface CommentData {
  id: number
  body?: string | null
  html_url: string
  /** Its author (null for a deleted account). */
  user?: { login: string } | null
}

/** The part of Octokit's REST and GraphQL API that upsertComment uses. */
export interface CommentsApi {
  graphql<T>(query: string): Promise<T>
  rest: {
    issues: {
      listComments(params: {
        owner: string
        repo: string
        issue_number: number
        per_page: number
        page: number
      }): Promise<{ data: CommentData[] }>
      createComment(params: {
        owner: string
        repo: string
        issue_number: number
        body: string
      }): Promise<{ data: CommentData }>
      updateComment(params: {
        owner: string
        repo: string
        comment_id: number
        body: string
      }): Promise<{ data: CommentData }>
    }
  }
}

export interface UpsertCommentOptions {
  octokit: CommentsApi
  owner: string
  repo: string
  /** The pull request (or issue) number. */
  issueNumber: number
  /** An HTML comment such as `<!-- shipline:plan infra default -->`: what makes the comment sticky. */
  marker: string
  /** The comment's markdown; the marker is put on its first line when the body does not have it. */
  body: string
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged'
  id: number
  url: string
}

const PAGE_SIZE = 100

/** A marker made of `parts`, safe inside an HTML comment: `<!-- shipline:plan infra default -->`. */
export function commentMarker(...parts: string[]): string {
  const safe = parts.map(part => encodeURIComponent(part).replace(/-/g, '%2D'))
  return `<!-- shipline:${safe.join(' ')} -->`
}

/** Whether `body` carries `marker` on a line of its own (a quoting reply does not). */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  if (!body) return false
  let from = 0
  for (;;) {
    const at: number = body.indexOf(marker, from)
    if (at < 0) return false
    const startsLine = at === 0 || body[at - 1] === '\n'
    const end = at + marker.length
    const endsLine = end === body.length || body[end] === '\n' || body[end] === '\r'
    if (startsLine && endsLine) return true
    from = at + 1
  }
}

/** Update the comment that carries `marker`, or create it; returns what was done. */
export async function upsertComment(options: UpsertCommentOptions): Promise<UpsertResult> {
  const { octokit, owner, repo, issueNumber, marker } = options
  if (!/^<!--[\s\S]*-->$/.test(marker) || marker.slice(4, -3).includes('--'))
    throw new UserError(`The comment marker ${JSON.stringify(marker)} is not a single HTML comment`)
  const body = hasMarker(options.body, marker) ? options.body : `${marker}\n${options.body}`
  if (body.length > MAX_COMMENT_CHARS)
    throw new UserError(
      `The comment is ${body.length} characters; GitHub accepts at most ${MAX_COMMENT_CHARS} (render it with a smaller limit)`
    )
  const existing = await findComment(octokit, owner, repo, issueNumber, marker)
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url }
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body })
    return { action: 'updated', id: data.id, url: data.html_url }
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })
  return { action: 'created', id: data.id, url: data.html_url }
}

/** The login of the token's own identity (asked once, and only when a marked comment is found). */
export async function viewerLogin(octokit: CommentsApi): Promise<string> {
  const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }')
  return viewer.login
}

/**
 * The first comment (oldest first, across every page) that carries `marker` and was posted by the
 * token's own identity; a marked comment by anyone else is ignored, with a warning.
 */
export async function findComment(
  octokit: CommentsApi,
  owner: string,
  repo: string,
  issueNumber: number,
  marker: string
): Promise<CommentData | undefined> {
  let self: Promise<string> | undefined
  for (let page = 1; ; page++) {
    const { data } = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: issueNumber,
      per_page: PAGE_SIZE,
      page
    })
    for (const comment of data.filter(c => hasMarker(c.body, marker))) {
      const login = (await (self ??= viewerLogin(octokit))).toLowerCase()
      if (comment.user?.login.toLowerCase() === login) return comment
      warning(
        `Ignoring comment ${comment.id} by ${comment.user?.login ?? 'a deleted account'}: it carries the marker of this comment but was not posted by ${await self}, the identity of this token`
      )
    }
    if (data.length < PAGE_SIZE) return undefined
  }
}

/**
 * An Octokit from @actions/github, loaded only when called (it is large). `baseUrl` defaults to
 * GITHUB_API_URL, as on GitHub Enterprise Server.
 */
export async function createOctokit(token: string, baseUrl?: string): Promise<CommentsApi> {
  const { getOctokit } = await import('@actions/github')
  const url = baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com'
  const octokit: CommentsApi = getOctokit(token, { baseUrl: url })
  return octokit
}

/** Whether an Octokit error means the token may not comment (a pull request from a fork, missing permission). */
export function isPermissionError(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status
  return status === 403 || status === 404
}
