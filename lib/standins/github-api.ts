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

export async function startGitHubStandIn(options: {
  stateDir: string
  token: string
}): Promise<GitHubStandIn> {
  mkdirSync(options.stateDir, { recursive: true })
  const file = join(options.stateDir, 'comments.json')
  const state: State = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as State)
    : { nextId: 1000, comments: [], writes: [] }
  const save = () => writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`)
  let url = ''
  const handle = (
    req: http.IncomingMessage,
    body: string
  ): { code: number; body: unknown; headers?: Record<string, string> } => {
    const auth = String(req.headers.authorization ?? '')
    if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`)
      return {
        code: 401,
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }
      }
    const parsed = new URL(req.url ?? '/', 'http://github')
    const list = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(parsed.pathname)
    const one = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(parsed.pathname)
    const now = new Date().toISOString()
    if (list && req.method === 'GET') {
      const all = state.comments.filter(c => c.repository === list[1] && c.issue === Number(list[2]))
      const perPage = Number(parsed.searchParams.get('per_page') ?? 30)
      const page = Number(parsed.searchParams.get('page') ?? 1)
      const pages = Math.max(1, Math.ceil(all.length / perPage))
      const link = (p: number, rel: string) =>
        `<${url}${parsed.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`
      return {
        code: 200,
        body: all.slice((page - 1) * perPage, page * perPage),
        headers: page < pages ? { link: [link(page + 1, 'next'), link(pages, 'last')].join(', ') } : {}
      }
    }
    if (list && req.method === 'POST') {
      const id = state.nextId++
      const comment: StoredComment = {
        id,
        repository: list[1],
        issue: Number(list[2]),
        body: (JSON.parse(body) as { body: string }).body,
        html_url: `https://github.com/${list[1]}/pull/${list[2]}#issuecomment-${id}`,
        user: { login: 'github-actions[bot]' },
        created_at: now,
        updated_at: now
      }
      state.comments.push(comment)
      state.writes.push({ action: 'created', id })
      save()
      return { code: 201, body: comment }
    }
    if (one && req.method === 'PATCH') {
      const comment = state.comments.find(c => c.repository === one[1] && c.id === Number(one[2]))
      if (!comment) return { code: 404, body: { message: 'Not Found' } }
      comment.body = (JSON.parse(body) as { body: string }).body
      comment.updated_at = now
      state.writes.push({ action: 'updated', id: comment.id })
      save()
      return { code: 200, body: comment }
    }
    return { code: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } }
  }
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
