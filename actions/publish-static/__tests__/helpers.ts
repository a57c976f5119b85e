/** A workspace with a site in it, and publish-static run through the shared action harness against it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import type { TestS3 } from '../../../__fixtures__/s3-server.js'
import { fakeClock } from '../../../lib/core/clock.js'
import { type Deps, run } from '../src/main.js'

export function makeWorkspace(): string {
  return mkdtempSync(join(tmpdir(), 'shipline-publish-'))
}

/** Replace the site at `workspace/dir` with `files`. */
export function writeSite(workspace: string, files: Record<string, string | Buffer>, dir = 'dist'): void {
  rmSync(join(workspace, dir), { recursive: true, force: true })
  mkdirSync(join(workspace, dir), { recursive: true })
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, dir, path)), { recursive: true })
    writeFileSync(join(workspace, dir, path), content)
  }
}

export function publish(
  s3: TestS3,
  workspace: string,
  inputs: Record<string, string> = {},
  deps: Partial<Deps> = {}
) {
  return runWithInputs(
    () => run({ clock: fakeClock(Date.UTC(2026, 0, 1)), cwd: workspace, ...deps }),
    { bucket: s3.bucket, dir: 'dist', endpoint: s3.endpoint, ...inputs },
    { ...s3.env, GITHUB_WORKSPACE: workspace }
  )
}
