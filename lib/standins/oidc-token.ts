/**
 * GitHub's OIDC token service on loopback for rehearsals: a job's steps find it, as on a runner, at
 * ACTIONS_ID_TOKEN_REQUEST_URL with the bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, and get `{"value":
 * JWT}` for the `audience` they ask. Each job's request token is issued with that job's claims
 * (repository, ref, sha, job_workflow_ref, job_workflow_sha, …); the JWT is unsigned (`alg: none`):
 * nothing in a rehearsal verifies it, the AWS stand-in trusts any role.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'

export type OidcClaims = Record<string, string>

export interface OidcStandIn {
  /** The request URL, with its query already started (steps append `&audience=…`). */
  requestUrl: string
  /** A new request token for a job with these claims. */
  issue(claims: OidcClaims): string
  stop(): Promise<void>
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** The unsigned JWT of `claims` for `audience`, issued now. */
export function oidcJwt(claims: OidcClaims, audience: string, nowSeconds: number): string {
  const payload = {
    ...claims,
    aud: audience,
    iss: 'https://token.actions.githubusercontent.com',
    iat: nowSeconds,
    nbf: nowSeconds,
    exp: nowSeconds + 300
  }
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`
}

export async function startOidcStandIn(now: () => number = Date.now): Promise<OidcStandIn> {
  const issued = new Map<string, OidcClaims>()
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://loopback')
    const bearer = /^bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1]
    const claims = bearer ? issued.get(bearer) : undefined
    const answer = (code: number, body: unknown) => {
      response.writeHead(code, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
    }
    if (url.pathname !== '/token') return answer(404, { message: 'Not Found' })
    if (!claims) return answer(401, { message: 'Bad credentials' })
    const audience = url.searchParams.get('audience') ?? 'https://github.com'
    answer(200, { value: oidcJwt(claims, audience, Math.floor(now() / 1000)) })
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    requestUrl: `http://127.0.0.1:${port}/token?api-version=2.0`,
    issue(claims) {
      const token = `oidc_rehearsal${randomBytes(16).toString('hex')}`
      issued.set(token, claims)
      return token
    },
    stop: () => new Promise<void>(done => server.close(() => done()))
  }
}
