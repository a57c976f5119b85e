/** ECR: BatchGetImage before building; login from GetAuthorizationToken, masked, password on stdin; logout in post. */
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { BatchGetImageCommand, ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import type { Exec } from '../../../lib/images/build-push.js'
import { run } from '../src/main.js'
import { writeOciArchive } from '../../../__fixtures__/oci-archive.js'
import { defaultRepo } from '../../../__fixtures__/git-repo.js'

const ecr = mockClient(ECRClient)
const HOST = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
const PASSWORD = 'eyJwYXlsb2FkIjoi-secret-password'
const TOKEN = Buffer.from(`AWS:${PASSWORD}`).toString('base64')
const repo = defaultRepo()
const runnerTemp = mkdtempSync(join(tmpdir(), 'shipline-ecr-temp-'))

interface Call {
  command: string
  args: string[]
  input?: string
  maskedBefore: boolean
  state: string
}
let calls: Call[] = []
let builtDigest = ''
const fetchSpy = jest.fn<typeof fetch>()

const exec: Exec = async (command, args, options = {}) => {
  const written = (process.stdout.write as unknown as { mock?: { calls: unknown[][] } }).mock?.calls ?? []
  calls.push({
    command,
    args,
    input: options.input === undefined ? undefined : String(options.input),
    maskedBefore: written.some(([chunk]) => String(chunk).includes(`::add-mask::${PASSWORD}`)),
    state: process.env.GITHUB_STATE ? readFileSync(process.env.GITHUB_STATE, 'utf8') : ''
  })
  const output = args.find(arg => arg.startsWith('type=oci,dest='))
  if (output) builtDigest = writeOciArchive(output.slice('type=oci,dest='.length))
  return { exitCode: 0, stdout: '', stderr: '' }
}

beforeEach(() => {
  ecr.reset()
  calls = []
  fetchSpy.mockReset()
})
afterAll(() => {
  rmSync(repo, { recursive: true, force: true })
  rmSync(runnerTemp, { recursive: true, force: true })
})

function action(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runWithInputs(
    () => run({ cwd: repo, exec, fetch: fetchSpy }),
    { service: 'auth-service', registry: HOST, ...inputs },
    { RUNNER_TEMP: runnerTemp, ...env }
  )
}

describe('build-push with ECR', () => {
  it('writes the registry cache from a build that does not push, with cache-write (the build-then-scan job)', async () => {
    ecr.on(BatchGetImageCommand).resolves({ images: [], failures: [{ failureCode: 'ImageNotFound' }] })
    ecr.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [{ authorizationToken: TOKEN, proxyEndpoint: `https://${HOST}` }]
    })
    const result = await action({
      push: 'false',
      'cache-write': 'true',
      'cache-ref': `${HOST}/buildcache:auth-service`
    })
    expect(result.errors).toEqual([])
    const build = calls.find(call => call.args[0] === 'buildx')
    expect(build?.args).toEqual(
      expect.arrayContaining([
        '--cache-from',
        `type=registry,ref=${HOST}/buildcache:auth-service`,
        '--cache-to',
        `type=registry,ref=${HOST}/buildcache:auth-service,mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`
      ])
    )
    expect(result.outputs.pushed).toBe('false')
  })

  it('checks the content tag with BatchGetImage, logs in with the password on stdin only, builds', async () => {
    ecr.on(BatchGetImageCommand).resolves({ images: [], failures: [{ failureCode: 'ImageNotFound' }] })
    ecr.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [{ authorizationToken: TOKEN, proxyEndpoint: `https://${HOST}` }]
    })
    const result = await action({ push: 'false' })
    expect(result.errors).toEqual([])
    const tag = result.outputs['content-tag']
    const batch = ecr.commandCalls(BatchGetImageCommand)[0].args[0].input
    expect(batch).toMatchObject({
      registryId: '123456789012',
      repositoryName: 'auth-service',
      imageIds: [{ imageTag: tag }]
    })
    expect(ecr.commandCalls(GetAuthorizationTokenCommand)[0].args[0].input).toEqual({
      registryIds: ['123456789012']
    })
    expect(calls[0]).toMatchObject({
      command: 'docker',
      args: ['login', '--username', 'AWS', '--password-stdin', HOST],
      input: PASSWORD,
      maskedBefore: true
    })
    for (const call of calls) {
      expect(call.args.join(' ')).not.toContain(PASSWORD)
      expect(call.args.join(' ')).not.toContain(TOKEN)
    }
    expect(result.log.join('\n')).not.toMatch(new RegExp(`(?<!add-mask::)${PASSWORD}`))
    expect(calls[1].command).toBe('docker')
    expect(calls[1].args.slice(0, 2)).toEqual(['buildx', 'build'])
    expect(calls[1].args).toContain(`type=registry,ref=${HOST}/auth-service:buildcache`)
    expect(calls[1].args).not.toContain('--cache-to')
    expect(calls[1].state).toContain(JSON.stringify([{ builder: 'docker', host: HOST }]))
    expect(calls).toHaveLength(2)
    expect(result.outputs.built).toBe('true')
    expect(result.outputs.pushed).toBe('false')
    expect(result.outputs.digest).toBe(builtDigest)
    expect(result.outputs.image).toBe(`${HOST}/auth-service@${builtDigest}`)
    expect(result.outputs.archive).toBe(join(runnerTemp, 'shipline-build', `auth-service-${tag}.oci.tar`))
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(result.summary).toContain('built, not pushed')
  })

  it('builds nothing and logs in nowhere when ECR already holds the content tag', async () => {
    ecr.on(BatchGetImageCommand).resolves({
      images: [{ imageId: { imageTag: 'x', imageDigest: `sha256:${'e'.repeat(64)}` } }]
    })
    const result = await action({ push: 'false' })
    expect(result.outputs.built).toBe('false')
    expect(result.outputs.digest).toBe(`sha256:${'e'.repeat(64)}`)
    expect(result.outputs.image).toBe(`${HOST}/auth-service@sha256:${'e'.repeat(64)}`)
    expect(calls).toEqual([])
    expect(ecr.commandCalls(GetAuthorizationTokenCommand)).toHaveLength(0)
    expect(result.summary).toContain('reused (already in the registry)')
  })

  it('builds, without pushing, before the repository exists (a first run, before the apply)', async () => {
    ecr
      .on(BatchGetImageCommand)
      .rejects(
        Object.assign(new Error('The repository does not exist'), { name: 'RepositoryNotFoundException' })
      )
    ecr.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [{ authorizationToken: TOKEN, proxyEndpoint: `https://${HOST}` }]
    })
    const result = await action({ push: 'false' })
    expect(result.errors).toEqual([])
    expect(result.outputs.built).toBe('true')
    expect(result.outputs.pushed).toBe('false')
  })

  it('explains a missing repository when it must push', async () => {
    ecr
      .on(BatchGetImageCommand)
      .rejects(
        Object.assign(new Error('The repository does not exist'), { name: 'RepositoryNotFoundException' })
      )
    const result = await action({})
    expect(result.errors).toEqual([
      'ECR repository auth-service does not exist in account 123456789012: create it (one repository per service, infra/ecr)'
    ])
    expect(calls).toEqual([])
  })

  it('post step: logs out of exactly the registries the main step logged into', async () => {
    const logins = JSON.stringify([{ builder: 'docker', host: HOST }])
    const result = await action(
      {},
      { STATE_isPost: 'true', 'STATE_logged-in': logins, 'STATE_skip-logout': 'false' }
    )
    expect(result.exitCode).toBe(0)
    expect(calls.map(call => [call.command, ...call.args])).toEqual([['docker', 'logout', HOST]])
    expect(ecr.calls()).toHaveLength(0)
  })

  it('post step: skip-logout keeps the login; nothing logged in, nothing to do', async () => {
    const logins = JSON.stringify([{ builder: 'podman', host: HOST }])
    await action({}, { STATE_isPost: 'true', 'STATE_logged-in': logins, 'STATE_skip-logout': 'true' })
    await action({}, { STATE_isPost: 'true' })
    expect(calls).toEqual([])
  })
})
