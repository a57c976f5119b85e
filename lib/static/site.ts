/**
 * The site on disk: every regular file under the directory, with its size and sha256, hashed a few
 * at a time. Links to files inside the workspace are followed; a link out of it, a link to a
 * directory, or something that is not a file (a socket, a device) is refused by name.
 */
import { readdir, realpath, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { sha256File } from '../core/checksum.js'
import { InputError } from '../core/errors.js'
import { mapWithLimit } from '../core/pool.js'

export interface LocalFile {
  /** Relative to the site root, with `/` separators. */
  path: string
  absolute: string
  size: number
  sha256: string
}

export interface ScanLimits {
  maxFiles: number
  /** A single PUT or multipart upload is at most 5 TiB; a site file this big is a mistake. */
  maxFileBytes: number
  hashConcurrency: number
}

export const SCAN_LIMITS: ScanLimits = {
  maxFiles: 100_000,
  maxFileBytes: 5 * 1024 ** 3,
  hashConcurrency: 8
}

const ACCEPTED = 'a directory of regular files inside the workspace (the build output, such as dist)'

function within(dir: string, path: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel))
}

/** Every file of `root` (absolute), sorted by path; `input` names the input in errors. */
export async function scanSite(
  input: string,
  root: string,
  workspace: string,
  limits: ScanLimits = SCAN_LIMITS
): Promise<LocalFile[]> {
  const realWorkspace = await realpath(workspace)
  const found: Array<{ path: string; absolute: string; size: number }> = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    for (const entry of entries) {
      const absolute = join(dir, entry.name)
      const path = relative(root, absolute).split(sep).join('/')
      if (entry.isDirectory()) {
        await walk(absolute)
        continue
      }
      let size: number
      if (entry.isSymbolicLink()) {
        const target = await realpath(absolute).catch(() => undefined)
        if (!target) throw new InputError(input, `"${path}" is a broken symbolic link`, ACCEPTED)
        if (!within(realWorkspace, target))
          throw new InputError(input, `"${path}" is a symbolic link to outside the workspace`, ACCEPTED)
        const info = await stat(target)
        if (!info.isFile())
          throw new InputError(
            input,
            `"${path}" is a symbolic link to something that is not a file`,
            ACCEPTED
          )
        size = info.size
      } else if (entry.isFile()) size = (await stat(absolute)).size
      else throw new InputError(input, `"${path}" is not a regular file`, ACCEPTED)
      if (size > limits.maxFileBytes)
        throw new InputError(input, `"${path}" is ${size} bytes, more than ${limits.maxFileBytes}`, ACCEPTED)
      found.push({ path, absolute, size })
      if (found.length > limits.maxFiles)
        throw new InputError(
          input,
          `has more than ${limits.maxFiles} files`,
          `${ACCEPTED}, at most ${limits.maxFiles} files`
        )
    }
  }
  await walk(root)
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const hashed = await mapWithLimit(found, limits.hashConcurrency, async file => ({
    ...file,
    sha256: await sha256File(file.absolute)
  }))
  return hashed.map((result, i) => {
    if (result.status === 'rejected')
      throw new InputError(
        input,
        `"${found[i].path}" cannot be read (${(result.reason as Error).message})`,
        ACCEPTED
      )
    return result.value
  })
}
