/**
 * The entries of a zip archive held in memory, read from its central directory (as Go's archive/zip,
 * which writes and reads Terraform's plan files, does). Stored and deflated entries; ZIP64, encrypted
 * entries and duplicate names are refused, so that what is read is what any other reader reads.
 */
import { inflateRawSync } from 'node:zlib'
import { UserError } from './errors.js'

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

/** Every entry by name, in the archive's order; `what` names the archive in errors. */
export function zipEntries(
  bytes: Buffer,
  what: string,
  maxEntryBytes = 256 * 1024 * 1024
): Map<string, Buffer> {
  const bad = (problem: string) => new UserError(`${what} is not a zip archive Terraform wrote: ${problem}`)
  let eocd = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (bytes.readUInt32LE(at) === EOCD) {
      eocd = at
      break
    }
  if (eocd < 0) throw bad('no end of central directory')
  const count = bytes.readUInt16LE(eocd + 10)
  let at = bytes.readUInt32LE(eocd + 16)
  if (count === 0xffff || at === 0xffffffff) throw bad('ZIP64 archives are not read')
  const entries = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL)
      throw bad(`central directory entry ${i}`)
    const flags = bytes.readUInt16LE(at + 8)
    const method = bytes.readUInt16LE(at + 10)
    const compressed = bytes.readUInt32LE(at + 20)
    const size = bytes.readUInt32LE(at + 24)
    const nameLength = bytes.readUInt16LE(at + 28)
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)
    const local = bytes.readUInt32LE(at + 42)
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    at += 46 + skip
    if (flags & 1) throw bad(`${name} is encrypted`)
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
      throw bad('ZIP64 archives are not read')
    if (size > maxEntryBytes) throw bad(`${name} is larger than ${maxEntryBytes} bytes`)
    if (entries.has(name)) throw bad(`two entries are named ${name}`)
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL)
      throw bad(`${name} has no local header`)
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
    if (start + compressed > bytes.length) throw bad(`${name} is truncated`)
    const raw = bytes.subarray(start, start + compressed)
    let data: Buffer
    if (method === 0) data = Buffer.from(raw)
    else if (method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) })
      } catch {
        throw bad(`${name} does not inflate`)
      }
    } else throw bad(`${name} has compression method ${method}`)
    if (data.length !== size) throw bad(`${name} is ${data.length} bytes, not the ${size} its entry says`)
    entries.set(name, data)
  }
  return entries
}
