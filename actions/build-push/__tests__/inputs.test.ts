/**
 * Bad inputs: one exact line, exit 1, no stack trace, quickly, and nothing happened (no exec, no HTTP,
 * no AWS call, no file written). File inputs are named pipes, /dev/zero, huge sparse files, paths
 * through files, too long or outside the workspace; archives that are not OCI archives are refused
 * before the registry is asked anything.
 */
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { ECRClient } from '@aws-sdk/client-ecr'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import { expectCleanRefusal, plantHostileFiles, snapshot, timed } from '../../../__fixtures__/bad-inputs.js'
import { tar, writeOciArchive } from '../../../__fixtures__/oci-archive.js'
import type { Exec } from '../../../lib/images/build-push.js'
import { run } from '../src/main.js'
import { defaultRepo } from '../../../__fixtures__/git-repo.js'

const ecr = mockClient(ECRClient)
const repo = defaultRepo()
const runnerTemp = mkdtempSync(join(tmpdir(), 'shipline-bp-temp-'))
const existing = join(runnerTemp, '..', `shipline-bp-existing-${process.pid}.tar`)
writeFileSync(existing, '')
// Hostile archives under RUNNER_TEMP (where build-push leaves its archives), hostile configs in the repository.
const temp = plantHostileFiles(join(runnerTemp, 'in'), '.tar')
plantHostileFiles(join(repo, 'hostile'), '.yml', 2 * 1024 * 1024)
writeFileSync(join(temp.dir, 'text.tar'), 'this is not a tar archive\n')
writeFileSync(join(temp.dir, 'layout-less.tar'), tar([['hello.txt', Buffer.from('hello')]]))
writeOciArchive(join(temp.dir, 'auth-service-src-000000000000.oci.tar'))
writeFileSync(join(temp.dir, 'huge.tar'), '')
truncateSync(join(temp.dir, 'huge.tar'), 64 * 1024 ** 3 + 1)
mkdirSync(join(temp.dir, 'dir.tar'))
symlinkSync('/etc/hostname', join(repo, 'hostile', 'hostname.yml'))
const ARCHIVE_ACCEPTED =
  'the archive output of an earlier build-push step (an OCI archive of at most 64 GiB, in RUNNER_TEMP or the workspace)'
const CONFIG_ACCEPTED = 'a shipline.yml file of at most 1 MiB inside the workspace'
const LINES = (max: number, length: number) => `at most ${max} lines of at most ${length} characters each`
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
const cases: Array<[string, Record<string, string>, string, Record<string, string>?]> = [
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
    { archive: join(runnerTemp, 'auth-service-src-0123456789ab.oci.tar') },
    `Input "archive": "${join(runnerTemp, 'auth-service-src-0123456789ab.oci.tar')}" does not exist; accepted: ${ARCHIVE_ACCEPTED}`
  ],
  [
    'archive that is a named pipe',
    { archive: temp.fifo },
    `Input "archive": "${temp.fifo}" is not a regular file; accepted: ${ARCHIVE_ACCEPTED}`
  ],
  [
    'archive that is a link to /dev/zero',
    { archive: temp.zero },
    `Input "archive": "${temp.zero}" is outside the workspace and the runner temporary directory; accepted: ${ARCHIVE_ACCEPTED}`
  ],
  [
    'archive that is a directory',
    { archive: join(temp.dir, 'dir.tar') },
    `Input "archive": "${join(temp.dir, 'dir.tar')}" is a directory; accepted: ${ARCHIVE_ACCEPTED}`
  ],
  [
    'archive under a file (ENOTDIR)',
    { archive: `${temp.file}/image.tar` },
    `Input "archive": "${temp.file}/image.tar" goes through something that is not a directory; accepted: ${ARCHIVE_ACCEPTED}`
  ],
  [
    'archive with too long a name (ENAMETOOLONG)',
    { archive: join(runnerTemp, `${'a'.repeat(300)}.tar`) },
    `Input "archive": "${join(runnerTemp, 'a'.repeat(300)).slice(0, 120)}…" (${runnerTemp.length + 305} characters) is too long a path; accepted: ${ARCHIVE_ACCEPTED}`
  ],
  [
    'archive larger than 64 GiB',
    { archive: join(temp.dir, 'huge.tar') },
    `Input "archive": "${join(temp.dir, 'huge.tar')}" is 68719476737 bytes, more than the 64 GiB allowed; accepted: ${ARCHIVE_ACCEPTED}`
  ],
  [
    'archive that is not a tar archive, refused before the registry is asked',
    { archive: join(temp.dir, 'text.tar') },
    `Input "archive": "${join(temp.dir, 'text.tar')}" is not an OCI archive (no index.json and oci-layout inside); accepted: ${ARCHIVE_ACCEPTED}`
  ],
  [
    'archive that is a tar without an OCI layout',
    { archive: join(temp.dir, 'layout-less.tar') },
    `Input "archive": "${join(temp.dir, 'layout-less.tar')}" is not an OCI archive (no index.json and oci-layout inside); accepted: ${ARCHIVE_ACCEPTED}`
  ],
  [
    'archive outside the workspace and RUNNER_TEMP',
    { archive: existing },
    `Input "archive": "${existing}" is outside the workspace and the runner temporary directory; accepted: ${ARCHIVE_ACCEPTED}`
  ],
  [
    'archive with a NUL character',
    { archive: 'image\u0000.tar' },
    'Input "archive": contains a NUL character; accepted: text without NUL characters'
  ],
  [
    'archive of other sources, refused before the registry is asked',
    { archive: join(temp.dir, 'auth-service-src-000000000000.oci.tar') },
    `Input "archive": "${join(temp.dir, 'auth-service-src-000000000000.oci.tar')}" was not built from the current sources of auth-service (its name does not carry the content tag src-`
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
    'a 120 kB build arg',
    { 'build-args': `BIG=${'x'.repeat(120_000)}` },
    `Input "build-args": line 1 ("BIG=${'x'.repeat(36)}…" (120004 characters)) is longer than 8192 characters; accepted: ${LINES(64, 8192)}`
  ],
  [
    'too many build args',
    { 'build-args': Array.from({ length: 65 }, (_, i) => `A${i}=x`).join('\n') },
    `Input "build-args": has 65 lines; accepted: ${LINES(64, 8192)}`
  ],
  [
    'a build arg set twice',
    { 'build-args': 'NODE_ENV=production\nNODE_ENV=test' },
    'Input "build-args": "NODE_ENV" is set twice; accepted: each NAME once, one NAME=VALUE per line'
  ],
  [
    'a build arg name starting with a digit',
    { 'build-args': '1X=y' },
    'Input "build-args": "1X=y" is not NAME=VALUE; accepted: one NAME=VALUE per line, such as BASE_IMAGE=busybox:1.36'
  ],
  [
    'an input longer than any input may be',
    { 'cache-ref': 'r'.repeat(140_000) },
    'Input "cache-ref": is 140000 characters long; accepted: at most 131072 characters'
  ],
  [
    'registry too long',
    { registry: `${'a'.repeat(250)}.example.com` },
    `Input "registry": "${'a'.repeat(60)}…" (262 characters) is longer than 255 characters; accepted: at most 255 characters`
  ],
  [
    'service name too long',
    { service: 'a'.repeat(200) },
    `Input "service": "${'a'.repeat(60)}…" (200 characters) is longer than 128 characters; accepted: at most 128 characters`
  ],
  [
    'cache-ref too long',
    { 'cache-ref': `r.example.com/${'c'.repeat(600)}` },
    `Input "cache-ref": "r.example.com/${'c'.repeat(46)}…" (614 characters) is longer than 512 characters; accepted: at most 512 characters`
  ],
  [
    'insecure-registry not a boolean',
    { 'insecure-registry': 'yes' },
    'Input "insecure-registry": "yes" is not a boolean; accepted: true or false'
  ],
  ['cache not a boolean', { cache: 'on' }, 'Input "cache": "on" is not a boolean; accepted: true or false'],
  [
    'podman isolation from the environment',
    { builder: 'podman' },
    'Input "podman-isolation": "none" is not allowed; accepted: chroot, oci, rootless',
    { SHIPLINE_PODMAN_ISOLATION: 'none' }
  ],
  [
    'configuration that is a named pipe',
    { config: 'hostile/pipe.yml' },
    `Input "config": "hostile/pipe.yml" is not a regular file; accepted: ${CONFIG_ACCEPTED}`
  ],
  [
    'configuration that is a link to /dev/zero',
    { config: 'hostile/zero.yml' },
    `Input "config": "hostile/zero.yml" is outside the workspace; accepted: ${CONFIG_ACCEPTED}`
  ],
  [
    'configuration that is /dev/zero',
    { config: '/dev/zero' },
    `Input "config": "/dev/zero" is outside the workspace; accepted: ${CONFIG_ACCEPTED}`
  ],
  [
    'configuration larger than 1 MiB',
    { config: 'hostile/big.yml' },
    `Input "config": "hostile/big.yml" is 2097152 bytes, more than the 1 MiB allowed; accepted: ${CONFIG_ACCEPTED}`
  ],
  [
    'configuration under a file (ENOTDIR)',
    { config: 'shipline.yml/shipline.yml' },
    `Input "config": "shipline.yml/shipline.yml" goes through something that is not a directory; accepted: ${CONFIG_ACCEPTED}`
  ],
  [
    'configuration with too long a name (ENAMETOOLONG)',
    { config: `${'c'.repeat(300)}.yml` },
    `Input "config": "${'c'.repeat(120)}…" (304 characters) is too long a path; accepted: ${CONFIG_ACCEPTED}`
  ],
  [
    'configuration outside the workspace',
    { config: '/etc/hostname' },
    `Input "config": "/etc/hostname" is outside the workspace; accepted: ${CONFIG_ACCEPTED}`
  ],
  [
    'configuration through a link out of the workspace',
    { config: 'hostile/hostname.yml' },
    `Input "config": "hostile/hostname.yml" is outside the workspace; accepted: ${CONFIG_ACCEPTED}`
  ],
  [
    'configuration that is a directory',
    { config: 'hostile/directory.yml' },
    'hostile/directory.yml: is a directory; expected a shipline.yml file'
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
  it('has at least 42 cases', () => expect(cases.length).toBeGreaterThanOrEqual(42))

  it.each(cases)('%s', async (_name, inputs, message, env = {}) => {
    const before = { temp: snapshot(runnerTemp), repo: snapshot(repo) }
    const { result, ms } = await timed(() =>
      runWithInputs(
        () => run({ cwd: repo, exec, fetch: fetchSpy }),
        { ...base, ...inputs },
        { RUNNER_TEMP: runnerTemp, ...env }
      )
    )
    if (message.endsWith('content tag src-')) {
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0].startsWith(message)).toBe(true)
      expect(result.errors[0]).toMatch(
        /content tag src-[0-9a-f]{12}\); accepted: the archive output of the build-push step of these sources$/
      )
      expectCleanRefusal({ ...result, errors: [message] }, ms, message)
    } else expectCleanRefusal(result, ms, message)
    expect(exec).not.toHaveBeenCalled()
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(ecr.calls()).toHaveLength(0)
    expect({ temp: snapshot(runnerTemp), repo: snapshot(repo) }).toEqual(before)
  })
})
