/**
 * The pull request a run belongs to, read from the event payload ($GITHUB_EVENT_PATH), and the
 * commit its plan is of. Read directly from the environment at the edge, not through
 * @actions/github's context (which reads it once, at import).
 */
import { readFileSync } from 'node:fs'

export interface PullRequestContext {
  owner: string
  repo: string
  number: number
  /** The head commit of the pull request (GITHUB_SHA is the merge commit on pull_request events). */
  headSha?: string
}

export interface RunContext {
  pullRequest?: PullRequestContext
  /** The commit the plan is of. */
  commit?: string
}

type Payload = Record<string, unknown>

function get(value: unknown, ...path: string[]): unknown {
  let current = value
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Payload)[key]
  }
  return current
}

/** The pull request of `eventName` with `payload`, if the event has one. */
export function pullRequestOf(
  eventName: string,
  payload: Payload,
  repository: string | undefined
): PullRequestContext | undefined {
  const [owner, repo] = (repository ?? String(get(payload, 'repository', 'full_name') ?? '')).split('/')
  if (!owner || !repo) return undefined
  let number: unknown
  let headSha: unknown
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    number = get(payload, 'pull_request', 'number') ?? get(payload, 'number')
    headSha = get(payload, 'pull_request', 'head', 'sha')
  } else if (eventName === 'issue_comment') {
    if (!get(payload, 'issue', 'pull_request')) return undefined
    number = get(payload, 'issue', 'number')
  } else if (eventName === 'workflow_run') {
    const pulls = get(payload, 'workflow_run', 'pull_requests')
    if (!Array.isArray(pulls) || pulls.length === 0) return undefined
    number = get(pulls[0], 'number')
    headSha = get(payload, 'workflow_run', 'head_sha')
  } else return undefined
  if (typeof number !== 'number' || !Number.isInteger(number)) return undefined
  return { owner, repo, number, headSha: typeof headSha === 'string' ? headSha : undefined }
}

/** The run's pull request and commit, from GITHUB_EVENT_NAME / GITHUB_EVENT_PATH / GITHUB_SHA. */
export function runContext(env: NodeJS.ProcessEnv): RunContext {
  let payload: Payload = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload
    } catch {
      payload = {}
    }
  }
  const pullRequest = pullRequestOf(env.GITHUB_EVENT_NAME ?? '', payload, env.GITHUB_REPOSITORY)
  return { pullRequest, commit: pullRequest?.headSha ?? env.GITHUB_SHA }
}
