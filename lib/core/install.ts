/**
 * Tool installation that trusts nothing it downloads until it is checked (issue 14):
 * - Every URL is HTTPS (plain HTTP only on loopback: lib/core/url.ts).
 * - The archive's SHA-256 comes from Shipline's source for the versions it pins, and otherwise from
 *   the vendor's checksums file only after the vendor's signature over that file is verified
 *   (HashiCorp's GPG key, Trivy's cosign bundle): never from an unsigned file on the archive's host.
 * - A tool-cache hit is used only after it is checked again: the verified archive is kept beside the
 *   extracted files, its digest must still be the expected one, and the cached executable must be
 *   the one inside it. Anything else is removed and downloaded anew.
 * Used by every action that brings a binary (Terraform, Trivy); `installBinary` brings a single
 * executable with a pinned digest (kubectl) under the same rules.
 */
import { chmod, copyFile, mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from './errors.js'
import { info, warning } from './log.js'
import { parseChecksums, sha256File } from './checksum.js'
import { insecureUrlProblem } from './url.js'

/** The vendor's signature over a release's checksums file. */
export interface ChecksumsSignature {
  url: string
  /** Who signs, for messages. */
  signer: string
  /** Resolves when `signature` is the vendor's over `checksums`; throws a UserError saying why not. */
  verify(checksums: Buffer, signature: Buffer): Promise<void>
}

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
  /** The archive's SHA-256 as pinned in Shipline's source: trusted as it is, no checksums file needed. */
  pinnedSha256?: string
  /** How the checksums file of a version without a pinned digest is authenticated. */
  signature?: ChecksumsSignature
  /** Why this version cannot be verified (no pinned digest, no signature): the refusal's words. */
  unverifiable?: string
}

/** Where the verified archive is kept inside a cached tool's directory. */
export const VERIFIED_DIR = '.shipline-verified'

interface Expected {
  sha256: string
  /** Where the digest comes from, for messages. */
  source: string
}

type ToolCache = typeof import('@actions/tool-cache')

/** The executable's path: from the tool cache once re-verified, else downloaded, verified, cached. */
export async function installTool(release: ToolRelease): Promise<string> {
  return (await installToolFrom(release)).path
}

/** As installTool, and whether the executable came from the tool cache or a download. */
export async function installToolFrom(
  release: ToolRelease
): Promise<{ path: string; source: 'tool-cache' | 'download' }> {
  for (const [what, url] of urlsOf(release)) {
    const problem = insecureUrlProblem(url)
    if (problem)
      throw new UserError(
        `The ${release.tool} ${what} URL ${url} ${problem}: refusing to download ${release.tool}`
      )
  }
  const tc = await import('@actions/tool-cache')
  const expected = await expectedDigest(tc, release)
  const cached = tc.find(release.tool, release.version)
  if (cached) {
    const problem = await cacheProblem(tc, cached, release, expected)
    if (!problem) {
      info(
        `${release.tool} ${release.version} found in the tool cache and verified again (sha256 ${expected.sha256})`
      )
      return { path: join(cached, release.binary), source: 'tool-cache' }
    }
    warning(
      `${release.tool} ${release.version} in the tool cache ${problem}: removing it and downloading again`
    )
    await rm(cached, { recursive: true, force: true })
    await rm(`${cached}.complete`, { force: true })
  }
  info(`Downloading ${release.tool} ${release.version} from ${release.archiveUrl}`)
  const archivePath = await downloadOrExplain(tc, release.archiveUrl, 'archive')
  const actual = await sha256File(archivePath)
  if (actual !== expected.sha256)
    throw new UserError(
      `Checksum mismatch for ${release.archiveName}: expected ${expected.sha256} (${expected.source}), got ${actual}; refusing to install ${release.tool}`
    )
  info(`Verified ${release.archiveName} (sha256 ${actual}, ${expected.source})`)
  const extracted = await extract(tc, archivePath, release.archiveName)
  await chmod(join(extracted, release.binary), 0o755)
  await mkdir(join(extracted, VERIFIED_DIR), { recursive: true })
  await copyFile(archivePath, join(extracted, VERIFIED_DIR, release.archiveName))
  const dir = await tc.cacheDir(extracted, release.tool, release.version)
  return { path: join(dir, release.binary), source: 'download' }
}

export interface BinaryRelease {
  /** Tool name in the tool cache (`kubectl`). */
  tool: string
  version: string
  /** URL of the executable itself (no archive). */
  url: string
  /** Its published SHA-256, pinned in Shipline's source (never fetched beside the download). */
  sha256: string
  /** The executable's file name in the cache. */
  binary: string
}

/**
 * A single executable: from the tool cache once its SHA-256 is checked again, else downloaded over
 * HTTPS, checked against the pinned digest, made executable and cached.
 */
export async function installBinary(release: BinaryRelease): Promise<string> {
  const problem = insecureUrlProblem(release.url)
  if (problem)
    throw new UserError(
      `The ${release.tool} URL ${release.url} ${problem}: refusing to download ${release.tool}`
    )
  const tc = await import('@actions/tool-cache')
  const cached = tc.find(release.tool, release.version)
  if (cached) {
    const digest = await sha256File(join(cached, release.binary)).catch(() => undefined)
    if (digest === release.sha256) {
      info(`${release.tool} ${release.version} found in the tool cache and verified again (sha256 ${digest})`)
      return join(cached, release.binary)
    }
    warning(
      `${release.tool} ${release.version} in the tool cache ${digest ? `has sha256 ${digest}, not the pinned ${release.sha256}` : `misses its ${release.binary}`}: removing it and downloading again`
    )
    await rm(cached, { recursive: true, force: true })
    await rm(`${cached}.complete`, { force: true })
  }
  info(`Downloading ${release.tool} ${release.version} from ${release.url}`)
  const path = await downloadOrExplain(tc, release.url, 'executable')
  const actual = await sha256File(path)
  if (actual !== release.sha256)
    throw new UserError(
      `Checksum mismatch for ${release.url}: expected ${release.sha256} (pinned in Shipline), got ${actual}; refusing to install ${release.tool}`
    )
  info(`Verified ${release.tool} ${release.version} (sha256 ${actual}, pinned in Shipline)`)
  await chmod(path, 0o755)
  const dir = await tc.cacheFile(path, release.binary, release.tool, release.version)
  return join(dir, release.binary)
}

function urlsOf(release: ToolRelease): Array<[string, string]> {
  return [
    ['archive', release.archiveUrl],
    ...(release.pinnedSha256
      ? []
      : ([
          ['checksums', release.checksumsUrl],
          ...(release.signature ? [['signature', release.signature.url]] : [])
        ] as Array<[string, string]>))
  ]
}

/** The archive's expected SHA-256: pinned, or listed in a checksums file whose signature verifies. */
async function expectedDigest(tc: ToolCache, release: ToolRelease): Promise<Expected> {
  if (release.pinnedSha256) return { sha256: release.pinnedSha256, source: 'pinned in Shipline' }
  if (!release.signature)
    throw new UserError(
      release.unverifiable ??
        `${release.tool} ${release.version} has no digest pinned in Shipline and no signature to check its checksums file: refusing to install it`
    )
  const checksumsPath = await downloadOrExplain(tc, release.checksumsUrl, 'checksums file')
  const signaturePath = await downloadOrExplain(tc, release.signature.url, 'signature')
  const checksums = await readFile(checksumsPath)
  await release.signature.verify(checksums, await readFile(signaturePath))
  info(`Verified the signature of ${release.checksumsUrl} (${release.signature.signer})`)
  const listed = parseChecksums(checksums.toString('utf8')).get(release.archiveName)
  if (!listed)
    throw new UserError(
      `${release.checksumsUrl} does not list ${release.archiveName}: refusing to install an unverified ${release.tool}`
    )
  return { sha256: listed, source: `signed checksums file, ${release.signature.signer}` }
}

/** Why a cached tool cannot be used as it is, or undefined when it checks out. */
async function cacheProblem(
  tc: ToolCache,
  dir: string,
  release: ToolRelease,
  expected: Expected
): Promise<string | undefined> {
  const kept = join(dir, VERIFIED_DIR, release.archiveName)
  let digest: string
  try {
    digest = await sha256File(kept)
  } catch {
    return 'has no verified archive beside it (it was cached by another installer or an older Shipline)'
  }
  if (digest !== expected.sha256)
    return `was cached from an archive with sha256 ${digest}, not the expected ${expected.sha256} (${expected.source})`
  const fresh = await extract(tc, kept, release.archiveName)
  try {
    const [inArchive, inCache] = await Promise.all([
      sha256File(join(fresh, release.binary)),
      sha256File(join(dir, release.binary)).catch(() => undefined)
    ])
    if (inCache === undefined) return `misses its ${release.binary}`
    if (inArchive !== inCache)
      return `holds a ${release.binary} that differs from the one in its verified archive`
    return undefined
  } finally {
    await rm(fresh, { recursive: true, force: true })
  }
}

function extract(tc: ToolCache, archive: string, name: string): Promise<string> {
  return name.endsWith('.zip') ? tc.extractZip(archive) : tc.extractTar(archive)
}

async function downloadOrExplain(tc: ToolCache, url: string, what: string): Promise<string> {
  try {
    return await tc.downloadTool(url)
  } catch (error) {
    throw new UserError(`Could not download the ${what} ${url}: ${(error as Error).message}`)
  }
}
