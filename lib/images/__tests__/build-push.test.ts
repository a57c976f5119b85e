/**
 * The push step of build-push against a scripted registry that fails: what the user reads names the
 * service, the registry, the blob and its size, and what was already pushed.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig, selectServices } from '../../config/config.js'
import { fakeClock } from '../../core/clock.js'
import { buildPushService, type Context, type Exec } from '../build-push.js'
import { parseRegistry } from '../registry-target.js'
import { writeOciArchive } from '../../../__fixtures__/oci-archive.js'
import { defaultRepo } from '../../../__fixtures__/git-repo.js'
import { fakeRegistry, startHost } from '../../../__fixtures__/scripted-registry.js'

const repo = defaultRepo()
const runnerTemp = mkdtempSync(join(tmpdir(), 'shipline-bp-push-'))
afterAll(() => {
  rmSync(repo, { recursive: true, force: true })
  rmSync(runnerTemp, { recursive: true, force: true })
})

/** docker buildx, faked: writes the OCI archive where --output asks. */
const exec: Exec = async (_command, args) => {
  const output = args.find(arg => arg.startsWith('type=oci,dest='))
  if (output) writeOciArchive(output.slice('type=oci,dest='.length), 'x'.repeat(4000))
  return { exitCode: 0, stdout: '', stderr: '' }
}

describe('build-push when the registry keeps failing mid-push', () => {
  it('fails with one line naming the service, the registry, the blob, its size and what is already there', async () => {
    const registry = await startHost('127.0.0.1')
    const fake = fakeRegistry(registry)
    let patches = 0
    fake.fault = req => (req.method === 'PATCH' && patches++ >= 1 ? 502 : undefined)
    const clock = fakeClock()
    const config = await loadConfig('shipline.yml', repo)
    const [service] = selectServices(config, ['auth-service'])
    const ctx: Context = { exec, fetch, env: { RUNNER_TEMP: runnerTemp }, logins: [], clock }
    try {
      await expect(
        buildPushService(
          config,
          service,
          {
            registry: parseRegistry(`${registry.host}/erp`),
            builder: 'docker',
            push: true,
            insecure: true,
            cache: false,
            podman: {}
          },
          ctx
        )
      ).rejects.toThrow(
        new RegExp(
          `^auth-service: Registry ${registry.host.replace(/\./g, '\\.')} failed to take blob sha256:[0-9a-f]{64} \\(\\d+ bytes\\) of erp/auth-service: PATCH upload answered 502 after 5 attempts\\. Already in the registry: blob sha256:[0-9a-f]{64}; no tag was pushed \\(src-[0-9a-f]{12}, [0-9a-f]{40} still point where they did\\)\\. Run the push again: what is there is not sent twice$`
        )
      )
      expect(clock.slept).toHaveLength(4)
    } finally {
      await fake.close()
    }
  })
})
