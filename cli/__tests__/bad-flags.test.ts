/**
 * Every command's bad flags and arguments, through the CLI's own dispatch (cli/src/main.ts): exit 2,
 * exactly one line on stderr naming the flag, what was wrong and what is accepted, nothing on stdout,
 * no stack trace, quickly, and nothing happened: no command run (every tool on PATH is a recording
 * stub), no HTTP request (GitHub, AWS and the registry point at a recording server), nothing written
 * in the workspace (the current directory) or RUNNER_TEMP. File flags name named pipes, /dev/zero,
 * huge sparse files, directories, paths through files and paths outside both.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  plantHostileFiles,
  REFUSAL_BOUND_MS,
  snapshot,
  STACK_FRAME,
  timed
} from '../../__fixtures__/bad-inputs.js'
import { startFileServer, type TestServer } from '../../__fixtures__/http-servers.js'
import { COMMANDS } from '../src/commands.js'
import { main } from '../src/main.js'

const workspace = mkdtempSync(join(tmpdir(), 'shipline-cli-flags-'))
const runnerTemp = mkdtempSync(join(tmpdir(), 'shipline-cli-flags-runner-'))
const bin = mkdtempSync(join(tmpdir(), 'shipline-cli-flags-bin-'))
const ran = join(bin, 'ran.log')
const TOOLS = ['git', 'docker', 'podman', 'kubectl', 'terraform', 'trivy', 'aws', 'sh']
for (const tool of TOOLS) {
  writeFileSync(join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> "${ran}"\nexit 1\n`)
  chmodSync(join(bin, tool), 0o755)
}
const h = plantHostileFiles(join(workspace, 'hostile'), '.json', 300 * 1024 * 1024)
plantHostileFiles(join(workspace, 'hostile-yaml'), '.yaml')
mkdirSync(join(workspace, 'comment', 'images'), { recursive: true })
plantHostileFiles(join(workspace, 'comment', 'images'), '.json')
writeFileSync(join(workspace, 'shipline.yml'), 'version: 1\nservices:\n  api:\n    context: api\n')

let server: TestServer
const saved = { cwd: process.cwd(), env: { ...process.env } }
beforeAll(async () => {
  server = await startFileServer({})
  process.chdir(workspace)
  Object.assign(process.env, {
    PATH: bin,
    RUNNER_TEMP: runnerTemp,
    GITHUB_API_URL: server.url,
    GITHUB_TOKEN: 'ghs_faketoken',
    AWS_ENDPOINT_URL: server.url,
    AWS_ACCESS_KEY_ID: 'AKIAFAKE',
    AWS_SECRET_ACCESS_KEY: 'fake',
    AWS_REGION: 'eu-west-1'
  })
})
afterAll(async () => {
  process.chdir(saved.cwd)
  for (const name of Object.keys(process.env)) if (!(name in saved.env)) delete process.env[name]
  Object.assign(process.env, saved.env)
  await server.close()
})

const U: Record<string, string> = {}
beforeAll(async () => {
  for (const [name, entry] of Object.entries(COMMANDS)) U[name] = (await entry.load()).usage
})

const PLAN =
  'the output of terraform show -json PLANFILE (a file of at most 256 MiB in the current directory or RUNNER_TEMP, or - for standard input)'
const REPORTS =
  'at most 256 Trivy JSON reports of at most 64 MiB each, in the current directory or RUNNER_TEMP'
const IGNORE = 'paths of existing .trivyignore or .trivyignore.yaml files of at most 1 MiB, in the workspace'
const CONFIG = 'a shipline.yml file of at most 1 MiB inside the workspace'
const MANIFEST_FILE = 'manifest files of at most 16 MiB in the workspace or RUNNER_TEMP'
const PATHS = 'paths right after --paths (--paths /index.html /static/*), or repeated --paths'
const DIST = 'E2QWRUHAPOMQZL'
const ARCHIVE =
  'the archive output of an earlier build-push step (an OCI archive of at most 64 GiB, in RUNNER_TEMP or the workspace)'
const LOCAL = {
  workflow: 'the repository’s caller workflow, relative to its root',
  state:
    'a directory of its own for the stand-ins’ state, such as .shipline/local (created when missing), not one holding the repository'
}

/** [argv, the one stderr line (after "shipline COMMAND: "), or a function of the usages] */
const ROWS: Array<[string[], string | (() => string)]> = [
  // plan-comment
  [['plan-comment'], `Input "PLAN_JSON": is required but was empty; accepted: one file: ${PLAN}`],
  [['plan-comment', h.fifo], `Input "PLAN_JSON": "${h.fifo}" is not a regular file; accepted: ${PLAN}`],
  [
    ['plan-comment', '/dev/zero'],
    `Input "PLAN_JSON": "/dev/zero" is outside the workspace and the runner temporary directory; accepted: ${PLAN}`
  ],
  [
    ['plan-comment', 'hostile/zero.json'],
    `Input "PLAN_JSON": "hostile/zero.json" is outside the workspace and the runner temporary directory; accepted: ${PLAN}`
  ],
  [['plan-comment', h.directory], `Input "PLAN_JSON": "${h.directory}" is a directory; accepted: ${PLAN}`],
  [
    ['plan-comment', h.big],
    `Input "PLAN_JSON": "${h.big}" is 314572800 bytes, more than the 256 MiB allowed; accepted: ${PLAN}`
  ],
  [
    ['plan-comment', `${h.file}/plan.json`],
    `Input "PLAN_JSON": "${h.file}/plan.json" goes through something that is not a directory; accepted: ${PLAN}`
  ],
  [
    ['plan-comment', 'plan.json', '--bogus'],
    () => `Input "--bogus": is not an option of shipline plan-comment; accepted: ${U['plan-comment']}`
  ],
  [
    ['plan-comment', 'plan.json', '--max-chars'],
    () =>
      `Input "--max-chars": needs a value (a value starting with "-" goes as --flag=VALUE); accepted: ${U['plan-comment']}`
  ],
  [
    ['plan-comment', h.file, '--max-chars', '5'],
    'Input "--max-chars": "5" is not a whole number in range; accepted: an integer from 1000 to 1000000'
  ],
  // invalidate
  [
    ['invalidate', '--distribution-id', DIST],
    `Input "--paths": is required but was empty; accepted: ${PATHS}`
  ],
  [
    ['invalidate', '/index.html', '--distribution-id', DIST, '--paths', '/a'],
    `Input "--paths": "/index.html" comes before any --paths; accepted: ${PATHS}`
  ],
  [
    ['invalidate', '--distribution-id', DIST, '--paths', '/a', '--dry-run', '/b'],
    `Input "--paths": "/b" follows --dry-run, not --paths; accepted: ${PATHS}`
  ],
  [
    ['invalidate', '--distribution-id', 'd1.cloudfront.net', '--paths', '/a'],
    'Input "distribution-id": "d1.cloudfront.net" is not a CloudFront distribution id; accepted: an id such as E2QWRUHAPOMQZL (E followed by upper-case letters and digits)'
  ],
  [
    ['invalidate', '--distribution-id', DIST, '--paths', '/a', 'index.html'],
    'Input "paths": "index.html" does not start with "/"; accepted: paths such as /index.html or /static/*'
  ],
  [
    ['invalidate', '--distribution-id', DIST, '--paths', '/a', '--wait=yes'],
    () => `Input "--wait": takes no value; accepted: ${U.invalidate}`
  ],
  [
    ['invalidate', '--distribution-id', DIST, '--paths'],
    () =>
      `Input "--paths": needs a value (a value starting with "-" goes as --flag=VALUE); accepted: ${U.invalidate}`
  ],
  [
    ['invalidate', '--distribution-id', DIST, '--paths', '/a', '--wait-timeout', '7h'],
    'Input "wait-timeout": "7h" is too long; accepted: a duration such as 90s, 15m, 1h or 1h30m, at most 21600s'
  ],
  // eks-token
  [
    ['eks-token', '--region', 'eu-west-1'],
    'Input "cluster-name": is required but was empty; accepted: a non-empty value'
  ],
  [
    ['eks-token', '--cluster-name', 'erp', '--region', 'Europe'],
    'Input "region": "Europe" is not an AWS region; accepted: an AWS region such as us-east-1 or eu-west-1'
  ],
  [
    ['eks-token', 'erp'],
    () => `Input "erp": is an argument shipline eks-token does not take; accepted: ${U['eks-token']}`
  ],
  // render
  [
    ['render', '--manifests', 'hostile-yaml/pipe.yaml'],
    `Input "manifests": "hostile-yaml/pipe.yaml" is not a regular file; accepted: ${MANIFEST_FILE}`
  ],
  [
    ['render', '--manifests', 'hostile-yaml/zero.yaml'],
    `Input "manifests": "hostile-yaml/zero.yaml" is outside the workspace and the runner temporary directory; accepted: ${MANIFEST_FILE}`
  ],
  [
    ['render', '--manifests', '/etc/hostname'],
    `Input "manifests": "/etc/hostname" is outside the workspace and the runner temporary directory; accepted: ${MANIFEST_FILE}`
  ],
  [
    ['render', '--manifests', 'hostile-yaml/plain.yaml', '--images', 'api'],
    'Input "images": "api" is not name=reference; accepted: lines such as auth-service=123456789012.dkr.ecr.eu-west-1.amazonaws.com/auth-service@sha256:<64 hex digits>'
  ],
  // build
  [['build'], 'Input "registry": is required but was empty; accepted: a non-empty value'],
  [
    ['build', '--registry', '127.0.0.1:5000', '--config', 'hostile/pipe.json'],
    `Input "config": "hostile/pipe.json" is not a regular file; accepted: ${CONFIG}`
  ],
  [
    ['build', '--registry', '127.0.0.1:5000', '--config', '/dev/zero'],
    `Input "config": "/dev/zero" is outside the workspace; accepted: ${CONFIG}`
  ],
  [
    ['build', '--registry', '127.0.0.1:5000', '--build-arg', `BIG=${'x'.repeat(120_000)}`],
    `Input "build-args": line 1 ("BIG=${'x'.repeat(36)}…" (120004 characters)) is longer than 8192 characters; accepted: at most 64 lines of at most 8192 characters each`
  ],
  [
    ['build', '--registry', '127.0.0.1:5000', '--builder', 'kaniko'],
    'Input "builder": "kaniko" is not allowed; accepted: docker, podman'
  ],
  [
    ['build', '--registry', 'registry.example.com', '--insecure-registry'],
    'Input "insecure-registry": plain HTTP to registry.example.com is refused; accepted: true only for a registry on loopback (localhost, 127.0.0.1, [::1])'
  ],
  [
    ['build', '--registry', '127.0.0.1:5000', '--service', 'billing'],
    'Input "service": "billing" is not a service of shipline.yml; accepted: api'
  ],
  // changed
  [
    ['changed', '--base=--output=/tmp/x'],
    'Input "--base": "--output=/tmp/x" is not a git revision; accepted: a commit sha, branch or tag such as origin/main (at most 255 characters, not starting with "-")'
  ],
  [
    ['changed', '--base', '--output=/tmp/x'],
    () =>
      `Input "--base": needs a value (a value starting with "-" goes as --flag=VALUE); accepted: ${U.changed}`
  ],
  [
    ['changed', '--config', '../elsewhere.yml'],
    `Input "--config": "../elsewhere.yml" is outside the workspace; accepted: ${CONFIG}`
  ],
  [
    ['changed', '--config', 'hostile/pipe.json'],
    `Input "--config": "hostile/pipe.json" is not a regular file; accepted: ${CONFIG}`
  ],
  // scan-report
  [['scan-report', h.fifo], `Input "REPORT": "${h.fifo}" is not a regular file; accepted: ${REPORTS}`],
  [
    ['scan-report', '/dev/zero'],
    `Input "REPORT": "/dev/zero" is outside the workspace and the runner temporary directory; accepted: ${REPORTS}`
  ],
  [
    ['scan-report', h.big],
    `Input "REPORT": "${h.big}" is 314572800 bytes, more than the 64 MiB allowed; accepted: ${REPORTS}`
  ],
  [
    ['scan-report', h.file, '--ignorefile', 'hostile/pipe.json'],
    `Input "--ignorefile": "hostile/pipe.json" is not a regular file; accepted: ${IGNORE}`
  ],
  [
    ['scan-report', h.file, '--severity', 'SEVERE'],
    'Input "--severity": "SEVERE" is not a severity; accepted: a comma-separated list of CRITICAL, HIGH, MEDIUM, LOW'
  ],
  // pr-comment
  [
    ['pr-comment', '--dir', h.fifo, '--out', 'comment.md'],
    `Input "--dir": "${h.fifo}" is not a directory; accepted: the directory the plan jobs filled, in the current directory or RUNNER_TEMP`
  ],
  [
    ['pr-comment', '--dir', '/etc', '--out', 'comment.md'],
    'Input "--dir": "/etc" is outside the workspace and the runner temporary directory; accepted: the directory the plan jobs filled, in the current directory or RUNNER_TEMP'
  ],
  [
    ['pr-comment', '--dir', 'comment', '--out', h.fifo],
    `Input "--out": "${h.fifo}" is not a regular file; accepted: a file to write the comment to, in the current directory or RUNNER_TEMP`
  ],
  [
    ['pr-comment', '--dir', 'comment', '--out', '/etc/comment.md'],
    'Input "--out": "/etc/comment.md" is outside the workspace and the runner temporary directory; accepted: a file to write the comment to, in the current directory or RUNNER_TEMP'
  ],
  [
    ['pr-comment', '--dir', 'comment', '--out', 'comment.md'],
    `Input "--dir": "${join(workspace, 'comment', 'images', 'big.json')}" is 68719476737 bytes, more than the 1 MiB allowed; accepted: a JSON object {"service": string, "built": boolean, "tags": [string], "image": string, "scan": the scan step's outcome (optional)}`
  ],
  // init
  [
    ['init', '--environment', 'prod env'],
    'Input "--environment": "prod env" is not valid; accepted: an environment name such as production'
  ],
  [
    ['init', '--environment', 'staging', '--environment', 'staging'],
    'Input "--environment": "staging" is named twice; accepted: each environment once, in deploy order (--environment staging --environment production)'
  ],
  [
    ['init', '--shipline-ref', 'main'],
    'Input "--shipline-ref": "main" is not valid; accepted: a release tag vX.Y.Z or a full 40-character commit SHA'
  ],
  // build-set, resolve, record, pull, push: the deploy's steps
  [
    ['build-set', '--registry', '127.0.0.1:5000', '--environment', 'prod env'],
    'Input "--environment": "prod env" is not valid; accepted: an environment name such as staging'
  ],
  [
    ['build-set', '--registry', '127.0.0.1:5000', '--promote', '[1]'],
    'Input "--promote": entry 0 is not an image with its content tag and digest; accepted: the images output of the previous environment: a JSON list of {"service","content-tag","image","digest"}'
  ],
  [
    ['resolve', '--registry', '127.0.0.1:5000', '--tags', '{}'],
    'Input "--tags": is not an object of content tags; accepted: the tags output of shipline build-set: a JSON object {"service": "src-<12 hex>"}'
  ],
  [
    [
      'resolve',
      '--registry',
      '127.0.0.1:5000',
      '--tags',
      '{"api": "src-0123456789ab"}',
      '--watch-key',
      'xyz'
    ],
    'Input "--watch-key": "xyz" is not valid; accepted: the watch-key output of shipline build-set (16 hex digits)'
  ],
  [
    ['record', '--registry', '127.0.0.1:5000', '--deployed', 'nope', '--records', 'x'],
    'Input "--deployed": is not JSON (Unexpected token \'o\', "nope" is not valid JSON); accepted: the images output of the previous environment: a JSON list of {"service","content-tag","image","digest"}'
  ],
  [
    ['pull', '--image', 'busybox:1.36', '--out', 'busybox.oci.tar'],
    'Input "--image": "busybox:1.36" is not an image pinned by digest; accepted: HOST[:PORT]/REPOSITORY@sha256:<64 hex>'
  ],
  [
    [
      'pull',
      '--image',
      '127.0.0.1:5000/api@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      '--out',
      '/etc/api.oci.tar'
    ],
    'Input "--out": "/etc/api.oci.tar" is outside the workspace and the runner temporary directory; accepted: a path ending in .oci.tar, in the workspace or RUNNER_TEMP'
  ],
  [
    [
      'push',
      '--registry',
      '127.0.0.1:5000',
      '--service',
      'api',
      '--archive',
      '/etc/api.oci.tar',
      '--tag',
      'src-0123456789ab'
    ],
    `Input "--archive": "/etc/api.oci.tar" is outside the workspace and the runner temporary directory; accepted: ${ARCHIVE}`
  ],
  [
    [
      'push',
      '--registry',
      '127.0.0.1:5000',
      '--service',
      'api',
      '--archive',
      'hostile/directory/../plain.tar',
      '--tag',
      'src-0123456789ab'
    ],
    `Input "--archive": "hostile/directory/../plain.tar" does not exist; accepted: ${ARCHIVE}`
  ],
  [
    [
      'push',
      '--registry',
      '127.0.0.1:5000',
      '--service',
      'Bad Name',
      '--archive',
      'hostile/plain',
      '--tag',
      'src-0123456789ab'
    ],
    'Input "--service": "Bad Name" is not a service name; accepted: a key of services in shipline.yml (lower-case letters and digits, separated by ".", "_" or "-")'
  ],
  // local
  [
    ['local', '--workflow', '/etc/passwd.yml'],
    `Input "--workflow": "/etc/passwd.yml" is an absolute path; accepted: ${LOCAL.workflow}`
  ],
  [
    ['local', '--workflow', '../other/.github/workflows/pipeline.yml'],
    `Input "--workflow": "../other/.github/workflows/pipeline.yml" leaves the repository; accepted: ${LOCAL.workflow}`
  ],
  [
    ['local', '--workflow', 'shipline.yml.txt'],
    `Input "--workflow": "shipline.yml.txt" is not a workflow file (.yml or .yaml); accepted: ${LOCAL.workflow}`
  ],
  [
    ['local', '--state', 'shipline.yml'],
    `Input "--state": "shipline.yml" is a file; accepted: ${LOCAL.state}`
  ],
  [
    ['local', '--state', 'hostile/pipe.json'],
    `Input "--state": "hostile/pipe.json" is not a directory; accepted: ${LOCAL.state}`
  ],
  [
    ['local', '--state', '/dev/zero'],
    `Input "--state": "/dev/zero" is not a directory; accepted: ${LOCAL.state}`
  ],
  [['local', '--state', '.'], `Input "--state": "." holds the repository itself; accepted: ${LOCAL.state}`],
  [['local', '--state', '/'], `Input "--state": "/" holds the repository itself; accepted: ${LOCAL.state}`],
  [
    ['local', '--protected', 'prod env'],
    'Input "--protected": "prod env" is not an environment name; accepted: the name of a GitHub environment whose jobs wait for an approval, such as production'
  ],
  [
    ['manifests', '--out', '/etc'],
    'Input "--out": "/etc" is outside the workspace; accepted: a directory inside the workspace (created when missing), such as infra/k8s'
  ],
  [
    ['manifests', '--out', 'shipline.yml'],
    'Input "--out": "shipline.yml" is a file; accepted: a directory inside the workspace (created when missing), such as infra/k8s'
  ],
  [
    ['manifests', '--config', 'hostile-yaml/pipe.yaml'],
    `Input "config": "hostile-yaml/pipe.yaml" is not a regular file; accepted: ${CONFIG}`
  ],
  [
    ['init', '--aws-region', 'europe'],
    'Input "--aws-region": "europe" is not valid; accepted: an AWS region such as eu-west-1'
  ],
  [
    ['init', '--state-bucket', 'Bad_Bucket'],
    'Input "--state-bucket": "Bad_Bucket" is not valid; accepted: the bootstrap\'s state_bucket output, an S3 bucket name'
  ],
  [
    ['init', '--state-kms-key', 'alias/state'],
    'Input "--state-kms-key": "alias/state" is not valid; accepted: the bootstrap\'s state_kms_key_arn output, a KMS key ARN'
  ],
  [
    ['init', '--dir', 'shipline.yml'],
    `Input "--dir": "${join(workspace, 'shipline.yml')}" is not a directory; accepted: a repository directory`
  ],
  [
    ['publish-static', '--bucket', 'Bad_Bucket', '--dir', 'hostile'],
    'Input "bucket": "Bad_Bucket" has characters S3 refuses (only lower-case letters, digits, "." and "-", starting and ending with a letter or digit); accepted: an S3 bucket name such as my-site-static (3-63 lower-case letters, digits, "." and "-"; the key path goes in prefix)'
  ],
  [
    ['publish-static', '--bucket', 'site', '--dir', 'hostile', '--endpoint', 'ftp://s3.example.com'],
    'Input "endpoint": "ftp://s3.example.com" is not http or https; accepted: an http(s) URL of an S3-compatible server such as https://minio.example.com:9000 (no path)'
  ],
  [
    ['publish-static', '--bucket', 'site', '--dir', 'hostile', '--prefix', '../up'],
    'Input "prefix": "../up" is not a key prefix; accepted: a prefix such as app/ or releases/web (no leading "/", no "." or ".." segment, no "//")'
  ],
  [
    ['publish-static', '--bucket', 'site', '--dir', '/etc'],
    'Input "dir": "/etc" is outside the workspace; accepted: a directory inside the workspace, such as dist or frontend/dist'
  ],
  [
    ['publish-static', '--bucket', 'site', '--dir', 'hostile', '--markdown', '/etc/static.md'],
    'Input "--markdown": "/etc/static.md" is outside the workspace and the runner temporary directory; accepted: a file to write, in the current directory or RUNNER_TEMP'
  ],
  [
    ['publish-static', '--bucket', 'site', '--dir', 'hostile', '--github-output'],
    'Input "--github-output": GITHUB_OUTPUT is not set; accepted: a GitHub Actions step (it sets GITHUB_OUTPUT)'
  ],
  [
    ['rehearse'],
    'Input "WORKFLOW": is missing; accepted: one workflow file, such as .github/workflows/pipeline.yml'
  ],
  [
    ['rehearse', '.github/workflows/pipeline.yml', '--event', 'release'],
    'Input "--event": "release" is not an event the rehearsal runs; accepted: push, pull_request, workflow_dispatch'
  ],
  [
    ['rehearse', '.github/workflows/pipeline.yml', '--event', 'push', '--input', 'confirm'],
    'Input "--input": "confirm" is not KEY=VALUE; accepted: KEY=VALUE, such as confirm=production'
  ],
  [
    ['rehearse', '.github/workflows/pipeline.yml', '--event', 'push', '--registry', 'http://r'],
    'Input "--registry": "http://r" is not HOST:PORT; accepted: the HOST:PORT of a running registry, such as 127.0.0.1:5000'
  ]
]

/** `shipline argv…` in this process: its exit code, stdout and stderr. */
async function shipline(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const out = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation(chunk => ((stdout += String(chunk)), true))
  const err = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation(chunk => ((stderr += String(chunk)), true))
  try {
    return { code: await main(argv), stdout, stderr }
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
}

const label = (argv: string[]) => {
  const text = argv.join(' ')
  return text.length > 100 ? `${text.slice(0, 100)}… (${text.length} characters)` : text
}

describe('shipline: bad flags and arguments', () => {
  it('has at least 45 rows, for every command', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(45)
    expect(new Set(ROWS.map(([argv]) => argv[0]))).toEqual(new Set(Object.keys(COMMANDS)))
  })

  it.each(ROWS.map(([argv, message]) => [label(argv), argv, message] as const))(
    'shipline %s',
    async (_label, argv, expected) => {
      const message = typeof expected === 'string' ? expected : expected()
      const before = { workspace: snapshot(workspace), temp: snapshot(runnerTemp) }
      const { result, ms } = await timed(() => shipline(argv))
      expect(result.stderr).toBe(`shipline ${argv[0]}: ${message}\n`)
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).not.toMatch(STACK_FRAME)
      expect(ms).toBeLessThan(REFUSAL_BOUND_MS)
      expect(existsSync(ran) ? readFileSync(ran, 'utf8') : '').toBe('')
      expect(server.requests).toEqual([])
      expect({ workspace: snapshot(workspace), temp: snapshot(runnerTemp) }).toEqual(before)
    }
  )

  it('refuses an unknown command in one line, exit 2', async () => {
    const result = await shipline(['deploy'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `shipline: unknown command "deploy"; accepted: ${Object.keys(COMMANDS).join(', ')}\n`
    })
  })
})

describe('shipline invalidate --paths, as the aws CLI takes them', () => {
  it('takes the arguments after --paths, repeated --paths, and both', async () => {
    const dryRun = async (...paths: string[]) => {
      const result = await shipline(['invalidate', '--distribution-id', DIST, ...paths, '--dry-run'])
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      const { batches } = JSON.parse(result.stdout) as { batches: Array<{ paths: string[] }> }
      return batches.flatMap(batch => batch.paths).sort()
    }
    expect(await dryRun('--paths', '/index.html', '/static/*')).toEqual(['/index.html', '/static/*'])
    expect(await dryRun('--paths', '/index.html', '--paths', '/static/*')).toEqual([
      '/index.html',
      '/static/*'
    ])
    expect(await dryRun('--paths', '/a', '/b', '--paths', '/c', '/d')).toEqual(['/a', '/b', '/c', '/d'])
    expect(await dryRun('--paths=/a', '/b')).toEqual(['/a', '/b'])
    expect(server.requests).toEqual([])
  })
})
