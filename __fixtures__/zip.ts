/**
 * A real zip archive for the installer tests: made with the `zip` command when the machine has it,
 * else written here (stored entries, Unix permissions), which `unzip` reads the same way.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export interface ZipEntry {
  name: string
  content: string | Buffer
  mode?: number
}

export function hasZipCommand(): boolean {
  return spawnSync('zip', ['-v'], { stdio: 'ignore' }).status === 0
}

export function makeZip(entries: ZipEntry[], options: { useCommand?: boolean } = {}): Buffer {
  if (options.useCommand ?? hasZipCommand()) {
    const dir = mkdtempSync(join(tmpdir(), 'shipline-zip-'))
    try {
      for (const entry of entries) {
        const path = join(dir, 'src', entry.name)
        mkdirSync(dirname(path), { recursive: true })
        writeFileSync(path, entry.content)
        chmodSync(path, entry.mode ?? 0o644)
      }
      const result = spawnSync('zip', ['-X', '-q', join(dir, 'out.zip'), ...entries.map(e => e.name)], {
        cwd: join(dir, 'src')
      })
      if (result.status !== 0) throw new Error(`zip failed: ${result.stderr}`)
      return readFileSync(join(dir, 'out.zip'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return writeZip(entries)
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(data: Buffer): number {
  let crc = 0xffffffff
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** A zip of stored (uncompressed) entries, as PKWARE's APPNOTE describes the format. */
export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  const time = 0 // 00:00:00
  const date = ((2024 - 1980) << 9) | (1 << 5) | 1 // 2024-01-01
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const data = Buffer.isBuffer(entry.content) ? entry.content : Buffer.from(entry.content, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(10, 4)
    local.writeUInt16LE(0, 6)
    local.writeUInt16LE(0, 8)
    local.writeUInt16LE(time, 10)
    local.writeUInt16LE(date, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by Unix, so the permissions below count
    central.writeUInt16LE(10, 6)
    central.writeUInt16LE(0, 8)
    central.writeUInt16LE(0, 10)
    central.writeUInt16LE(time, 12)
    central.writeUInt16LE(date, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt16LE(0, 30)
    central.writeUInt16LE(0, 32)
    central.writeUInt16LE(0, 34)
    central.writeUInt16LE(0, 36)
    central.writeUInt32LE(((0o100000 | (entry.mode ?? 0o644)) << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(0, 4)
  end.writeUInt16LE(0, 6)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  end.writeUInt16LE(0, 20)
  return Buffer.concat([...locals, directory, end])
}
