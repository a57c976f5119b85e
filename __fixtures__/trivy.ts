/** Shared by the scan-images tests: recorded Trivy reports, the stand-in trivy, a release server. */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startFileServer } from './http-servers.js'
import { sharedFixture } from './paths.js'

const here = fileURLToPath(new URL('.', import.meta.url))

/** Real Trivy outputs (see /work/shared/fixtures/SOURCES.md); never edited. */
export const TRIVY_FIXTURES = sharedFixture('trivy-json')
export const STANDIN_TRIVY = resolve(here, 'trivy-standin.mjs')

/** The fields of a raw Trivy report the tests read directly (as a cross-check of the parser). */
export interface RawReport {
  ArtifactName?: string
  Results?: Array<{
    Target?: string
    Vulnerabilities?: Array<{ VulnerabilityID: string; Severity?: string; Status?: string }>
    Misconfigurations?: Array<{ ID: string; Severity?: string; Status?: string }>
    Secrets?: Array<{ RuleID: string; Severity?: string }>
  }>
}

export function fixture(name: string): string {
  return join(TRIVY_FIXTURES, name)
}

export function fixtureText(name: string): string {
  return readFileSync(fixture(name), 'utf8')
}

export function fixtureJson<T = RawReport>(name: string): T {
  return JSON.parse(fixtureText(name)) as T
}

export const JSON_FIXTURES = readdirSync(TRIVY_FIXTURES)
  .filter(name => name.endsWith('.json'))
  .sort()

export function tempDir(prefix = 'scan-images-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** A real release archive as Trivy publishes it, holding the stand-in as `trivy`, and its checksums file. */
export function makeRelease(version: string, archiveName = `trivy_${version}_Linux-64bit.tar.gz`) {
  const dir = tempDir('trivy-release-')
  const content = join(dir, 'content')
  execFileSync('mkdir', ['-p', content])
  copyFileSync(STANDIN_TRIVY, join(content, 'trivy'))
  writeFileSync(join(content, 'LICENSE'), 'Apache-2.0 (stand-in)\n')
  execFileSync('chmod', ['+x', join(content, 'trivy')])
  const archive = join(dir, archiveName)
  execFileSync('tar', ['-czf', archive, '-C', content, 'trivy', 'LICENSE'])
  const bytes = readFileSync(archive)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const checksums = `${'0'.repeat(64)}  trivy_${version}_macOS-ARM64.tar.gz\n${sha256}  ${archiveName}\n`
  return { archiveName, bytes, sha256, checksums, checksumsName: `trivy_${version}_checksums.txt` }
}

/** A static HTTP server on 127.0.0.1 (the shared one): path → body; `paths()` lists what was asked. */
export async function serve(files: Record<string, string | Buffer>) {
  const server = await startFileServer(files)
  return { ...server, paths: () => server.requests.map(request => request.url) }
}
