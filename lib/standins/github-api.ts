/**
 * GitHub's REST API on loopback for rehearsals: the issue-comment endpoints a pull request comment
 * uses (list with Link pagination, create, update), answering only the run's GITHUB_TOKEN, with the
 * comments kept in a directory so a second rehearsal of the same pull request finds the first's.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

export interface StoredComment {
  id: number
  repository: string
  issue: number
  body: string
  html_url: string
  user: { login: string }
  created_at: string
  updated_at: string
}

interface State {
  nextId: number
  comments: StoredComment[]
  /** Every create (POST) and update (PATCH), in order. */
  writes: Array<{ action: 'created' | 'updated'; id: number }>
}

export interface GitHubStandIn {
  url: string
  comments(repository?: string, issue?: number): StoredComment[]
  writes(): State['writes']
  stop(): Promise<void>
}

interface Answer {
  code: number
  body: unknown
  headers?: Record<string, string>
}

/** The comments kept in `stateDir`, saved after every write. */
class CommentStore {
  readonly state: State
  private readonly file: string

  constructor(stateDir: string) {
    mkdirSync(stateDir, { recursive: true })
    this.file = join(stateDir, 'comments.json')
    this.state = existsSync(this.file)
      ? (JSON.parse(readFileSync(this.file, 'utf8')) as State)
      : { nextId: 1000, comments: [], writes: [] }
  }

  save(): void {
    writeFileSync(this.file, `${JSON.stringify(this.state, null, 2)}\n`)
  }
}

/** One page of an issue's comments, with a Link header to the next and last pages (as GitHub's). */
function listComments(
  store: CommentStore,
  url: URL,
  baseUrl: string,
  repository: string,
  issue: number
): Answer {
  const all = store.state.comments.filter(c => c.repository === repository && c.issue === issue)
  const perPage = Number(url.searchParams.get('per_page') ?? 30)
  const page = Number(url.searchParams.get('page') ?? 1)
  const pages = Math.max(1, Math.ceil(all.length / perPage))
  const link = (p: number, rel: string) =>
    `<${baseUrl}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`
  return {
    code: 200,
    body: all.slice((page - 1) * perPage, page * perPage),
    headers: page < pages ? { link: [link(page + 1, 'next'), link(pages, 'last')].join(', ') } : {}
  }
}

function createComment(
  store: CommentStore,
  repository: string,
  issue: string,
  body: string,
  now: string
): Answer {
  const id = store.state.nextId++
  const comment: StoredComment = {
    id,
    repository,
    issue: Number(issue),
    body: (JSON.parse(body) as { body: string }).body,
    html_url: `https://github.com/${repository}/pull/${issue}#issuecomment-${id}`,
    user: { login: 'github-actions[bot]' },
    created_at: now,
    updated_at: now
  }
  store.state.comments.push(comment)
  store.state.writes.push({ action: 'created', id })
  store.save()
  return { code: 201, body: comment }
}

function updateComment(
  store: CommentStore,
  repository: string,
  id: number,
  body: string,
  now: string
): Answer {
  const comment = store.state.comments.find(c => c.repository === repository && c.id === id)
  if (!comment) return { code: 404, body: { message: 'Not Found' } }
  comment.body = (JSON.parse(body) as { body: string }).body
  comment.updated_at = now
  store.state.writes.push({ action: 'updated', id: comment.id })
  store.save()
  return { code: 200, body: comment }
}

/** The answer to one request: the run's token only, then the comment endpoints by method and path. */
function answerRequest(
  store: CommentStore,
  token: string,
  baseUrl: string,
  req: http.IncomingMessage,
  body: string
): Answer {
  const auth = String(req.headers.authorization ?? '')
  if (auth !== `token ${token}` && auth !== `Bearer ${token}`)
    return {
      code: 401,
      body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }
    }
  const parsed = new URL(req.url ?? '/', 'http://github')
  const list = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(parsed.pathname)
  const one = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(parsed.pathname)
  const now = new Date().toISOString()
  if (list && req.method === 'GET') return listComments(store, parsed, baseUrl, list[1], Number(list[2]))
  if (list && req.method === 'POST') return createComment(store, list[1], list[2], body, now)
  if (one && req.method === 'PATCH') return updateComment(store, one[1], Number(one[2]), body, now)
  return { code: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } }
}

export async function startGitHubStandIn(options: {
  stateDir: string
  token: string
}): Promise<GitHubStandIn> {
  const store = new CommentStore(options.stateDir)
  const state = store.state
  let url = ''
  const handle = (req: http.IncomingMessage, body: string) =>
    answerRequest(store, options.token, url, req, body)
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const answer = handle(req, Buffer.concat(chunks).toString('utf8'))
      res.writeHead(answer.code, { 'content-type': 'application/json; charset=utf-8', ...answer.headers })
      res.end(JSON.stringify(answer.body))
    })
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    comments: (repository, issue) =>
      state.comments.filter(
        c => (!repository || c.repository === repository) && (issue === undefined || c.issue === issue)
      ),
    writes: () => [...state.writes],
    stop: () =>
      new Promise(done => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}
