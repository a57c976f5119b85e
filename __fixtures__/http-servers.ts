/** Local HTTP servers on 127.0.0.1 for the tests: a static file server (release archives, checksums) and a fake GitHub API (issue comments, and GraphQL's viewer). */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Recorded {
  method: string
  url: string
  authorization?: string
  body?: unknown
}

export interface TestServer {
  url: string
  requests: Recorded[]
  close(): Promise<void>
}

async function listen(
  handler: (req: IncomingMessage, res: ServerResponse, body: string) => void,
  requests: Recorded[]
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', chunk => chunks.push(chunk as Buffer))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body: body ? (JSON.parse(body) as unknown) : undefined
      })
      handler(req, res, body)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${port}` }
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise(resolve => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
}

/** Serves `files` (URL path → content); everything else is 404. */
export async function startFileServer(files: Record<string, string | Buffer>): Promise<TestServer> {
  const requests: Recorded[] = []
  const { server, url } = await listen((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const content = files[path]
    if (content === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(content)
  }, requests)
  return { url, requests, close: closer(server) }
}

export interface FakeComment {
  id: number
  body: string
  html_url: string
  user?: { login: string }
}

export interface FakeGitHub extends TestServer {
  /** The comments of each issue, by number. */
  comments: Map<number, FakeComment[]>
  /** The login the token belongs to (GraphQL `viewer`), also the author of the comments it creates. */
  viewer: string
  /** Answer the next requests with this status (a 403 for a token that may not comment, …). */
  failWith?: { status: number; message: string }
}

/**
 * The issue-comment endpoints of GitHub's REST API, with Link-header pagination, and GraphQL's
 * `query { viewer { login } }` (the identity of the token, as GitHub answers it for GITHUB_TOKEN).
 */
export async function startFakeGitHub(owner: string, repo: string): Promise<FakeGitHub> {
  const requests: Recorded[] = []
  let nextId = 1000
  const fake = { comments: new Map<number, FakeComment[]>(), viewer: 'github-actions[bot]' } as FakeGitHub
  const send = (res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}) =>
    res
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      .end(JSON.stringify(data))
  const { server, url } = await listen((req, res, body) => {
    if (fake.failWith) {
      send(res, fake.failWith.status, {
        message: fake.failWith.message,
        documentation_url: 'https://docs.github.com'
      })
      return
    }
    const parsed = new URL(req.url ?? '/', 'http://x')
    if (parsed.pathname === '/graphql' && req.method === 'POST') {
      const query = String((JSON.parse(body || '{}') as { query?: string }).query ?? '')
      if (/viewer\s*\{\s*login\s*\}/.test(query)) send(res, 200, { data: { viewer: { login: fake.viewer } } })
      else send(res, 200, { errors: [{ message: `the fake answers only viewer { login }, not ${query}` }] })
      return
    }
    const prefix = `/repos/${owner}/${repo}/issues`
    const list = new RegExp(`^${prefix}/(\\d+)/comments$`).exec(parsed.pathname)
    const one = new RegExp(`^${prefix}/comments/(\\d+)$`).exec(parsed.pathname)
    if (list && req.method === 'GET') {
      const all = fake.comments.get(Number(list[1])) ?? []
      const perPage = Number(parsed.searchParams.get('per_page') ?? 30)
      const page = Number(parsed.searchParams.get('page') ?? 1)
      const pages = Math.max(1, Math.ceil(all.length / perPage))
      const links: string[] = []
      const link = (p: number, rel: string) =>
        `<${fake.url}${parsed.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`
      if (page < pages) links.push(link(page + 1, 'next'), link(pages, 'last'))
      send(
        res,
        200,
        all.slice((page - 1) * perPage, page * perPage),
        links.length ? { link: links.join(', ') } : {}
      )
      return
    }
    if (list && req.method === 'POST') {
      const number = Number(list[1])
      const comment: FakeComment = {
        id: nextId++,
        body: (JSON.parse(body) as { body: string }).body,
        html_url: `https://github.com/${owner}/${repo}/pull/${number}#issuecomment-${nextId - 1}`,
        user: { login: fake.viewer }
      }
      fake.comments.set(number, [...(fake.comments.get(number) ?? []), comment])
      send(res, 201, comment)
      return
    }
    if (one && req.method === 'PATCH') {
      for (const comments of fake.comments.values()) {
        const comment = comments.find(c => c.id === Number(one[1]))
        if (comment) {
          comment.body = (JSON.parse(body) as { body: string }).body
          send(res, 200, comment)
          return
        }
      }
      send(res, 404, { message: 'Not Found' })
      return
    }
    send(res, 404, { message: 'Not Found' })
  }, requests)
  fake.url = url
  fake.requests = requests
  fake.close = closer(server)
  return fake
}
