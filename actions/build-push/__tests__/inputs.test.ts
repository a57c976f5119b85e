/** Bad inputs: one exact line, exit 1, and nothing happened (no exec, no HTTP, no AWS call, no file). */
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { ECRClient } from '@aws-sdk/client-ecr'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import type { Exec } from '../../../lib/images/build-push.js'
import { run } from '../src/main.js'
import { defaultRepo } from '../../../__fixtures__/git-repo.js'

const ecr = mockClient(ECRClient)
const repo = defaultRepo()
const runnerTemp = mkdtempSync(join(tmpdir(), 'shipline-bp-temp-'))
const existing = join(runnerTemp, '..', `shipline-bp-existing-${process.pid}.tar`)
writeFileSync(existing, '')
const ECR_HOST = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
const exec = jest.fn<Exec>()
const fetchSpy = jest.fn<typeof fetch>()

beforeEach(() => {
  ecr.reset()
  exec.mockReset()
  fetchSpy.mockReset()
})
afterAll(() => {
  rmSync(repo, { recursive: true, force: true })
  rmSync(runnerTemp, { recursive: true, force: true })
  rmSync(existing, { force: true })
})

const base = { service: 'auth-service', registry: ECR_HOST }
const cases: Array<[string, Record<string, string>, string]> = [
  [
    'service missing',
    { service: '' },
    'Input "service": is required but was empty; accepted: a non-empty value'
  ],
  [
    'service not a name',
    { service: 'Auth Service' },
    'Input "service": "Auth Service" is not a service name; accepted: a key of services in shipline.yml (lower-case letters and digits, separated by ".", "_" or "-")'
  ],
  [
    'service not in the file',
    { service: 'billing' },
    'Input "service": "billing" is not a service of shipline.yml; accepted: auth-service, web'
  ],
  [
    'registry missing',
    { registry: '' },
    'Input "registry": is required but was empty; accepted: a non-empty value'
  ],
  [
    'registry with a scheme',
    { registry: 'https://registry.example.com' },
    'Input "registry": "https://registry.example.com" has a scheme; accepted: HOST[:PORT][/prefix] without a scheme, such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com or localhost:5000/team'
  ],
  [
    'registry not a host',
    { registry: 'my registry' },
    'Input "registry": "my registry" is not a registry; accepted: HOST[:PORT][/prefix] without a scheme, such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com or localhost:5000/team'
  ],
  [
    'registry prefix in upper case',
    { registry: 'registry.example.com/Team' },
    'Input "registry": "registry.example.com/Team" is not a registry; accepted: HOST[:PORT][/prefix] without a scheme, such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com or localhost:5000/team'
  ],
  [
    'unknown builder',
    { builder: 'kaniko' },
    'Input "builder": "kaniko" is not allowed; accepted: docker, podman'
  ],
  ['push not a boolean', { push: 'yes' }, 'Input "push": "yes" is not a boolean; accepted: true or false'],
  [
    'plain HTTP to a remote registry',
    { registry: 'registry.example.com:5000', 'insecure-registry': 'true' },
    'Input "insecure-registry": plain HTTP to registry.example.com:5000 is refused; accepted: true only for a registry on loopback (localhost, 127.0.0.1, [::1])'
  ],
  [
    'archive without push',
    { archive: existing, push: 'false' },
    'Input "archive": is set but push is false; accepted: an archive output of an earlier build-push step, with push: true'
  ],
  [
    'archive not a tar',
    { archive: '/tmp/image.zip' },
    'Input "archive": "/tmp/image.zip" is not a .tar file; accepted: the archive output of build-push'
  ],
  [
    'archive that does not exist',
    { archive: '/nonexistent/auth-service-src-0123456789ab.oci.tar' },
    'Input "archive": /nonexistent/auth-service-src-0123456789ab.oci.tar does not exist; accepted: the archive output of an earlier build-push step'
  ],
  [
    'cache-ref with a tag for podman (podman caches to a repository)',
    { builder: 'podman', 'cache-ref': 'r.example.com/cache:auth' },
    'Input "cache-ref": "r.example.com/cache:auth" names a tag, but podman caches to a repository (one tag per layer); accepted: a repository without a tag, such as 127.0.0.1:5000/buildcache/auth-service'
  ],
  [
    'cache-write without the cache',
    { cache: 'false', 'cache-write': 'true' },
    'Input "cache-write": is true but cache is false; accepted: false, or cache: true'
  ],
  [
    'cache-ref not a reference',
    { 'cache-ref': 'Not A Ref' },
    'Input "cache-ref": "Not A Ref" is not an image reference; accepted: a reference such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com/cache:auth-service'
  ],
  [
    'podman storage driver with a shell character',
    { builder: 'podman', 'podman-storage-driver': 'vfs;rm' },
    'Input "podman-storage-driver": "vfs;rm" is not a storage driver; accepted: a driver name such as overlay or vfs'
  ],
  [
    'podman isolation unknown',
    { builder: 'podman', 'podman-isolation': 'none' },
    'Input "podman-isolation": "none" is not allowed; accepted: chroot, oci, rootless'
  ],
  [
    'build arg without a value',
    { 'build-args': 'BASE_IMAGE=busybox\nNODE_ENV' },
    'Input "build-args": "NODE_ENV" is not NAME=VALUE; accepted: one NAME=VALUE per line, such as BASE_IMAGE=busybox:1.36'
  ],
  [
    'skip-logout not a boolean',
    { 'skip-logout': 'maybe' },
    'Input "skip-logout": "maybe" is not a boolean; accepted: true or false'
  ],
  [
    'configuration file missing',
    { config: 'nope.yml' },
    `nope.yml: file not found in ${repo}; run from the repository root or name the file (--config, input "config")`
  ],
  [
    'configuration with a YAML error',
    { config: 'broken.yml' },
    'broken.yml:4:1: invalid YAML: unexpected end of the stream within a flow collection'
  ],
  [
    'Dockerfile missing',
    { config: 'nodockerfile.yml' },
    'nodockerfile.yml: services.auth-service: services/none/Dockerfile does not exist'
  ],
  [
    'podman with several platforms',
    { service: 'web', builder: 'podman' },
    'shipline.yml: services.web.platforms: builder podman builds one platform at a time; use builder docker for linux/amd64, linux/arm64'
  ]
]

describe('build-push bad inputs', () => {
  it.each(cases)('%s', async (_name, inputs, message) => {
    const result = await runWithInputs(
      () => run({ cwd: repo, exec, fetch: fetchSpy }),
      { ...base, ...inputs },
      { RUNNER_TEMP: runnerTemp }
    )
    expect(result.errors).toEqual([message])
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toEqual({})
    expect(exec).not.toHaveBeenCalled()
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(ecr.calls()).toHaveLength(0)
    expect(readdirSync(runnerTemp)).toEqual([])
  })
})
