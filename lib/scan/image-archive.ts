/**
 * Whether a file handed to `trivy image --input` is an image archive at all: a gzip stream (checked
 * by its magic number only), or a tar archive holding an OCI layout (index.json) or a `docker save`
 * image (manifest.json). Only the 512-byte tar headers are read, by offset; the caller has checked
 * that the path is a regular file of a bounded size (lib/core/paths.ts).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

const BLOCK = 512
/** Stop looking after this many entries: an image layout names index.json or manifest.json early. */
const MAX_ENTRIES = 100_000

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end === -1 ? length : end).toString('utf8')
}

function entrySize(block: Buffer): number {
  if (block[124] & 0x80) {
    let value = 0
    for (let i = 125; i < 136; i++) value = value * 256 + block[i]
    return value
  }
  const size = parseInt(field(block, 124, 12).trim() || '0', 8)
  return Number.isFinite(size) && size >= 0 ? size : -1
}

/** A tar header: "ustar" magic, or a checksum that adds up (old v7 archives). */
function isHeader(block: Buffer): boolean {
  if (field(block, 257, 5) === 'ustar') return true
  const stored = parseInt(field(block, 148, 8).trim(), 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]
  return Number.isFinite(stored) && stored === sum
}

function pathOf(block: Buffer, longName: string | undefined): string {
  if (longName !== undefined) return longName
  const prefix = field(block, 345, 155)
  const name = field(block, 0, 100)
  return prefix ? `${prefix}/${name}` : name
}

function paxPath(data: Buffer): string | undefined {
  for (const record of data.toString('utf8').split('\n')) {
    const match = /^\d+ path=(.*)$/s.exec(record)
    if (match) return match[1]
  }
  return undefined
}

/** What is wrong with `path` as an image archive, or undefined when it is one. */
export function imageArchiveProblem(path: string): string | undefined {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const total = fstatSync(fd).size
    const block = Buffer.alloc(BLOCK)
    if (readSync(fd, block, 0, BLOCK, 0) >= 2 && block[0] === 0x1f && block[1] === 0x8b) return undefined
    let offset = 0
    let longName: string | undefined
    for (let entries = 0; offset + BLOCK <= total && entries < MAX_ENTRIES; entries++) {
      readSync(fd, block, 0, BLOCK, offset)
      if (block.every(byte => byte === 0)) break
      const size = entrySize(block)
      if (!isHeader(block) || size < 0)
        return entries === 0 ? 'is not a tar archive' : 'is a damaged tar archive'
      const type = String.fromCharCode(block[156] || 48)
      if (type === 'x' || type === 'L') {
        const data = Buffer.alloc(Math.min(size, 64 * 1024))
        readSync(fd, data, 0, data.length, offset + BLOCK)
        longName = type === 'L' ? field(data, 0, data.length) : (paxPath(data) ?? longName)
      } else {
        const name = pathOf(block, longName).replace(/^\.\//, '')
        longName = undefined
        if ((type === '0' || type === '7') && (name === 'index.json' || name === 'manifest.json'))
          return undefined
      }
      offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK
    }
    return offset === 0 ? 'is not a tar archive' : 'holds no image (neither index.json nor manifest.json)'
  } finally {
    closeSync(fd)
  }
}
