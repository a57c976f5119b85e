/**
 * The OIDC token service stand-in answers a job's request token with a JWT of that job's claims and
 * the audience asked for, and nothing to a token it did not issue.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type OidcStandIn, startOidcStandIn } from '../oidc-token.js'

const claimsOf = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()) as Record<string, unknown>

describe('the OIDC token stand-in', () => {
  let oidc: OidcStandIn
  beforeAll(async () => {
    oidc = await startOidcStandIn(() => 1_700_000_000_000)
  })
  afterAll(() => oidc.stop())

  it('gives the job its claims for the audience it asks', async () => {
    const token = oidc.issue({
      job_workflow_ref: 'acme/shipline/.github/workflows/deploy.yml@refs/tags/v1.0.0'
    })
    const response = await fetch(`${oidc.requestUrl}&audience=shipline-source`, {
      headers: { authorization: `bearer ${token}` }
    })
    expect(response.status).toBe(200)
    const claims = claimsOf(((await response.json()) as { value: string }).value)
    expect(claims).toMatchObject({
      job_workflow_ref: 'acme/shipline/.github/workflows/deploy.yml@refs/tags/v1.0.0',
      aud: 'shipline-source',
      iss: 'https://token.actions.githubusercontent.com',
      iat: 1_700_000_000
    })
  })

  it('refuses a request token it did not issue', async () => {
    const response = await fetch(`${oidc.requestUrl}&audience=sts.amazonaws.com`, {
      headers: { authorization: 'bearer not-issued' }
    })
    expect(response.status).toBe(401)
  })
})
