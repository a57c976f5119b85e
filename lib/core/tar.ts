/**
 * Reading tar headers (512-byte blocks, by offset): the fields, an entry's size, its path (ustar
 * prefix, GNU long names and pax `path` records). Used by the OCI archive reader and the image
 * archive check.
 */

/** A NUL-terminated header field as text. */
export function tarField(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end === -1 ? length : end).toString('utf8')
}

/** The entry's size: base-256 when its high bit is set, else octal (NaN when the field is not a number). */
export function tarEntrySize(block: Buffer): number {
  if (block[124] & 0x80) {
    let value = 0
    for (let i = 125; i < 136; i++) value = value * 256 + block[i]
    return value
  }
  return parseInt(tarField(block, 124, 12).trim() || '0', 8)
}

/** The entry's path: a preceding long name, else the ustar prefix and name. */
export function tarPath(block: Buffer, longName: string | undefined): string {
  if (longName !== undefined) return longName
  const prefix = tarField(block, 345, 155)
  const name = tarField(block, 0, 100)
  return prefix ? `${prefix}/${name}` : name
}

/** The `path` record of a pax extended header, if it has one. */
export function paxPath(data: Buffer): string | undefined {
  for (const record of data.toString('utf8').split('\n')) {
    const match = /^\d+ path=(.*)$/s.exec(record)
    if (match) return match[1]
  }
  return undefined
}
