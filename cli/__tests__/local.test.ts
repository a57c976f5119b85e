/**
 * `shipline local` is the rehearsal of the repository's own deploy workflow, for real: the workflow
 * files, Shipline's actions and CLI, podman builds, a loopback registry, terraform and kubectl; AWS,
 * the cluster and GitHub's API stood in for. It runs on a copy of the working tree and leaves the
 * repository as it was; a second run with nothing changed builds, pushes and rolls out nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inRepo } from '../../__fixtures__/cli-run.js'
import { commitAll, git, makeRehearsalRepo, writeFiles } from '../../__fixtures__/rehearsal-repo.js'
import { commandExists } from '../../lib/core/exec.js'
import { busyboxBaseAvailable } from '../../lib/standins/busybox-base.js'
import { registryAvailable } from '../../lib/standins/local-registry.js'
import { command } from '../src/commands/local.js'
import { chooseBuilder, type Tools } from '../src/local/preflight.js'

const canRun = busyboxBaseAvailable() && registryAvailable()
const CONFIG = `version: 1
services:
  gateway-service:
    context: services/gateway-service
    workload: deployment/gateway-service
  frontend:
    context: frontend
    watch: [frontend]
    workload: deployment/frontend
cdn:
  paths: [/index.html, /static/*]
`
/** Terraform that only plans against AWS: what --infra-standin replaces in the run's copy. */
const REAL_INFRA = `provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket" "needs_aws" {
  bucket = "erp-needs-aws"
}
`

const local = (cwd: string, values: Record<string, string | boolean>) => inRepo(cwd, command, values)

describe('shipline local', () => {
  let repo: string
  let state: string
  let tools = true
  beforeAll(async () => {
    tools =
      (await commandExists('terraform', ['version'])) &&
      (await commandExists('kubectl', ['version', '--client']))
    repo = makeRehearsalRepo(dir => {
      writeFiles(dir, { 'examples/shipline.yml': CONFIG })
      const overlay = join(dir, 'infra/k8s/overlays/production/kustomization.yaml')
      writeFiles(dir, {
        'infra/k8s/overlays/production/kustomization.yaml': `${readFileSync(overlay, 'utf8')}namespace: erp-production\n`
      })
    })
    writeFiles(repo, { 'infra/needs-aws.tf': REAL_INFRA })
    commitAll(repo, 'Terraform that needs AWS')
    state = mkdtempSync(join(tmpdir(), 'shipline-local-state-'))
  })
  afterAll(() => {
    for (const dir of [repo, state]) if (dir) rmSync(dir, { recursive: true, force: true })
  })

  ;(canRun ? it : it.skip)(
    'rehearses the repository’s deploy on a copy of its working tree; a second run builds nothing',
    async () => {
      if (!tools) return
      // An uncommitted edit is part of the run; the repository itself is left as it was.
      writeFiles(repo, { 'examples/frontend/static/app.css': 'body { color: navy; }\n' })
      const head = git(repo, 'rev-parse', 'HEAD')
      const first = await local(repo, { state, 'infra-standin': true })
      expect(first.code).toBe(0)
      expect(first.stdout).toMatch(/^ran +staging\/build \(gateway-service\)/m)
      expect(first.stdout).toMatch(/^ran +staging\/deploy +environment staging, waits for an approval/m)
      expect(first.stdout).toMatch(/^ran +production\/deploy +environment production, waits for an approval/m)
      expect(first.stdout).toContain('The run would succeed')
      expect(first.stdout).toContain('approvals 2, builds 2, pushes 2, rollouts 18, invalidations 2')
      expect(first.stdout).toContain('| the copy of the working tree | deleted')
      // The repository's own infra/ (the stand-in and needs-aws.tf), planned for real first.
      expect(first.stdout).toMatch(
        /^Real plan of infra\/: \d+ resources to create or change \(\d+ s\); its pull request comment: /m
      )
      expect(first.stdout).toContain('aws_s3_bucket.needs_aws')
      expect(git(repo, 'rev-parse', 'HEAD')).toBe(head)
      expect(git(repo, 'status', '--porcelain')).toBe('M examples/frontend/static/app.css')
      expect(existsSync(join(repo, 'infra', 'needs-aws.tf'))).toBe(true)
      expect(existsSync(join(state, 'repo'))).toBe(false)

      const second = await local(repo, { state, 'infra-standin': true, 'skip-real-plan': true })
      expect(second.code).toBe(0)
      expect(second.stdout).toMatch(/^skipped +staging\/deploy/m)
      expect(second.stdout).toContain('approvals 0, builds 0, pushes 0, rollouts 0, invalidations 0')
      expect(second.stdout).toContain('Real plan of infra/ skipped: --skip-real-plan')
    },
    900_000
  )

  it('names a workflow that is not there, in one line', async () => {
    await expect(local(repo, { workflow: '.github/workflows/nope.yml', state })).rejects.toThrow(
      `Input "--workflow": .github/workflows/nope.yml does not exist in ${repo}; accepted: the repository’s caller workflow, relative to its root`
    )
  })
})

describe('local run preflight', () => {
  const all: Tools = {
    git: true,
    podman: true,
    docker: false,
    registry: true,
    busybox: true,
    terraform: false,
    trivy: false,
    kubectl: true
  }

  it('prefers podman, which needs no daemon', () => {
    expect(chooseBuilder(all)).toBe('podman')
    expect(chooseBuilder({ ...all, podman: false, docker: true })).toBe('docker')
  })

  it.each([
    [{ podman: false }, 'The local run needs podman: install it with: sudo apt-get install podman'],
    [
      { registry: false },
      'The local run needs docker-registry: install it with: sudo apt-get install docker-registry'
    ],
    [
      { podman: false, registry: false, busybox: false },
      'The local run needs podman, docker-registry, busybox-static: install them with: sudo apt-get install podman docker-registry busybox-static'
    ],
    [{ git: false }, 'The local run needs git: install it with: sudo apt-get install git']
  ])('names what is missing %j with the command that installs it', (missing, message) => {
    expect(() => chooseBuilder({ ...all, ...missing })).toThrow(message)
  })

  it('refuses docker without an engine', () => {
    expect(() => chooseBuilder(all, 'docker')).toThrow('The local run needs docker (with a running engine)')
  })
})
