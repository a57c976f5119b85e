/**
 * `shipline local` in an adopter's repository: a new repository of two of the example services and
 * nothing else (no overlays, no Terraform), then `shipline init` and `shipline manifests` in it (the
 * base and a starter overlay per environment), then `shipline local --infra-standin`, which
 * rehearses the caller init wrote. Its uses: lines
 * name Shipline's reusable workflows remotely (shipline-dev/shipline/…@v0.1.0): the run maps each
 * onto this installation, says so, and goes through to both deploys, with the counts a user sees.
 * One run only (a first run takes a few minutes; local.test.ts covers the second, unchanged run).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commitAll, git } from '../../__fixtures__/rehearsal-repo.js'
import { repoPath } from '../../__fixtures__/paths.js'
import { commandExists } from '../../lib/core/exec.js'
import { busyboxBaseAvailable } from '../../lib/standins/busybox-base.js'
import { registryAvailable } from '../../lib/standins/local-registry.js'
import { inRepo } from '../../__fixtures__/cli-run.js'
import { command as init } from '../src/commands/init.js'
import { command as local } from '../src/commands/local.js'
import { createCommand as manifests } from '../src/commands/manifests.js'

const canRun = busyboxBaseAvailable() && registryAvailable()

describe('shipline local in a repository that shipline init set up', () => {
  let repo: string
  let state: string
  let tools = true
  beforeAll(async () => {
    tools =
      (await commandExists('terraform', ['version'])) &&
      (await commandExists('kubectl', ['version', '--client']))
    repo = mkdtempSync(join(tmpdir(), 'shipline-adopter-'))
    cpSync(repoPath('examples/services/gateway-service'), join(repo, 'services/gateway-service'), {
      recursive: true
    })
    cpSync(repoPath('examples/frontend'), join(repo, 'frontend'), { recursive: true })
    git(repo, 'init', '-q', '-b', 'main')
    commitAll(repo, 'A new repository')
    state = mkdtempSync(join(tmpdir(), 'shipline-adopter-state-'))
  })
  afterAll(() => {
    for (const dir of [repo, state]) if (dir) rmSync(dir, { recursive: true, force: true })
  })

  ;(canRun ? it : it.skip)(
    'rehearses the generated caller, its remote uses: lines run by this installation, through to the deploys',
    async () => {
      if (!tools) return
      const written = await inRepo(repo, init, {
        'aws-region': 'eu-west-1',
        'state-bucket': 'tfstate-adopter',
        'state-kms-key': 'arn:aws:kms:eu-west-1:123456789012:alias/tfstate-adopter'
      })
      expect(written.stdout).toContain(`shipline init: 2 services in ${repo}`)
      const generated = await inRepo(repo, manifests({ cwd: repo }), {})
      expect(generated.code).toBe(0)
      expect(generated.stdout).toContain('starter overlays for staging and production in infra/k8s/overlays/')
      commitAll(repo, 'shipline init and shipline manifests')

      const run = await inRepo(repo, local, { state, 'infra-standin': true })
      expect(run.stderr).toContain(
        'uses: shipline-dev/shipline/.github/workflows/deploy.yml@v0.1.0 → this installation’s .github/workflows/deploy.yml (Shipline 0.1.0)'
      )
      expect(run.stdout).toMatch(/^ran +staging\/build \(frontend\)/m)
      expect(run.stdout).toMatch(/^ran +staging\/build \(gateway-service\)/m)
      expect(run.stdout).toMatch(/^ran +production\/deploy +environment production, waits for an approval/m)
      expect(run.stdout).toContain('The run would succeed')
      expect(run.stdout).toContain('approvals 2, builds 2, pushes 2, rollouts 4, invalidations 2')
      expect(run.code).toBe(0)
      expect(git(repo, 'status', '--porcelain')).toBe('')
    },
    900_000
  )
})
