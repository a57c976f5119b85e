/**
 * Tool installation with checksum verification: download a release archive and its checksums
 * file, refuse on any mismatch, extract, and cache the result with @actions/tool-cache.
 * Used by every action that brings a binary (Terraform, Trivy). `installBinary` brings a single
 * executable (kubectl) verified against a SHA-256 embedded in Shipline's source.
 */
import { chmod } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from './errors.js'
import { info } from './log.js'
import { parseChecksums, sha256File } from './checksum.js'

export interface ToolRelease {
  /** Tool name in the tool cache (`terraform`, `trivy`). */
  tool: string
  version: string
  /** URL of the archive to download. */
  archiveUrl: string
  /** URL of the checksums file that lists the archive. */
  checksumsUrl: string
  /** The archive's file name as listed in the checksums file. */
  archiveName: string
  /** The executable's name inside the archive. */
  binary: string
}

/** The executable's path: from the tool cache when there, else downloaded, verified, cached. */
export async function installTool(release: ToolRelease): Promise<string> {
  const tc = await import('@actions/tool-cache')
  const cached = tc.find(release.tool, release.version)
  if (cached) {
    info(`${release.tool} ${release.version} found in the tool cache`)
    return join(cached, release.binary)
  }
  info(`Downloading ${release.tool} ${release.version} from ${release.archiveUrl}`)
  const checksumsPath = await downloadOrExplain(tc, release.checksumsUrl, 'checksums file')
  const archivePath = await downloadOrExplain(tc, release.archiveUrl, 'archive')
  const { readFile } = await import('node:fs/promises')
  const expected = parseChecksums(await readFile(checksumsPath, 'utf8')).get(release.archiveName)
  if (!expected)
    throw new UserError(
      `${release.checksumsUrl} does not list ${release.archiveName}: refusing to install an unverified ${release.tool}`
    )
  const actual = await sha256File(archivePath)
  if (actual !== expected)
    throw new UserError(
      `Checksum mismatch for ${release.archiveName}: expected ${expected}, got ${actual}; refusing to install ${release.tool}`
    )
  info(`Verified ${release.archiveName} (sha256 ${actual})`)
  const extracted = release.archiveName.endsWith('.zip')
    ? await tc.extractZip(archivePath)
    : await tc.extractTar(archivePath)
  await chmod(join(extracted, release.binary), 0o755)
  const dir = await tc.cacheDir(extracted, release.tool, release.version)
  return join(dir, release.binary)
}

export interface BinaryRelease {
  /** Tool name in the tool cache (`kubectl`). */
  tool: string
  version: string
  /** URL of the executable itself (no archive). */
  url: string
  /** Its published SHA-256, embedded in the source (never fetched beside the download). */
  sha256: string
  /** The executable's file name in the cache. */
  binary: string
}

/** A single executable: from the tool cache when there, else downloaded, checked against `sha256`, cached. */
export async function installBinary(release: BinaryRelease): Promise<string> {
  const tc = await import('@actions/tool-cache')
  const cached = tc.find(release.tool, release.version)
  if (cached) {
    info(`${release.tool} ${release.version} found in the tool cache`)
    return join(cached, release.binary)
  }
  info(`Downloading ${release.tool} ${release.version} from ${release.url}`)
  const path = await downloadOrExplain(tc, release.url, 'executable')
  const actual = await sha256File(path)
  if (actual !== release.sha256)
    throw new UserError(
      `Checksum mismatch for ${release.url}: expected ${release.sha256}, got ${actual}; refusing to install ${release.tool}`
    )
  info(`Verified ${release.tool} ${release.version} (sha256 ${actual})`)
  await chmod(path, 0o755)
  const dir = await tc.cacheFile(path, release.binary, release.tool, release.version)
  return join(dir, release.binary)
}

async function downloadOrExplain(
  tc: typeof import('@actions/tool-cache'),
  url: string,
  what: string
): Promise<string> {
  try {
    return await tc.downloadTool(url)
  } catch (error) {
    throw new UserError(`Could not download the ${what} ${url}: ${(error as Error).message}`)
  }
}
