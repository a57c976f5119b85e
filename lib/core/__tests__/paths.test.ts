/**
 * lib/core/paths.ts, the one place of the rule for paths that inputs name: inside the workspace (or
 * RUNNER_TEMP) after links, and for files, a regular file of a bounded size, checked before it is
 * opened, so a named pipe or a device is never waited on or read.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { plantHostileFiles, timed } from '../../../__fixtures__/bad-inputs.js'
import {
  checkRegularFile,
  directoryInput,
  fileInput,
  formatBytes,
  quoted,
  readCheckedFile,
  regularFileProblem
} from '../paths.js'

const root = mkdtempSync(join(tmpdir(), 'shipline-paths-'))
const temp = mkdtempSync(join(tmpdir(), 'shipline-paths-temp-'))
const h = plantHostileFiles(join(root, 'h'), '', 2 * 1024 * 1024)
writeFileSync(join(root, 'ok.txt'), 'hello\n')
writeFileSync(join(temp, 'artifact.tar'), 'bytes')
const rules = { root, accepted: 'a file', maxBytes: 1024 * 1024 }

describe('fileInput', () => {
  it('returns the absolute path of a regular file in the workspace, or in RUNNER_TEMP where allowed', () => {
    expect(fileInput('f', 'ok.txt', rules)).toBe(join(root, 'ok.txt'))
    expect(fileInput('f', join(temp, 'artifact.tar'), { ...rules, alsoUnder: [temp] })).toBe(
      join(temp, 'artifact.tar')
    )
  })

  it.each([
    ['a named pipe', 'h/pipe', 'Input "f": "h/pipe" is not a regular file; accepted: a file'],
    ['a link to /dev/zero', 'h/zero', 'Input "f": "h/zero" is outside the workspace; accepted: a file'],
    ['a directory', 'h/directory', 'Input "f": "h/directory" is a directory; accepted: a file'],
    [
      'a file over the bound',
      'h/big',
      'Input "f": "h/big" is 2097152 bytes, more than the 1 MiB allowed; accepted: a file'
    ],
    [
      'a path through a file',
      'ok.txt/x',
      'Input "f": "ok.txt/x" goes through something that is not a directory; accepted: a file'
    ],
    ['a missing file', 'none.txt', 'Input "f": "none.txt" does not exist; accepted: a file'],
    [
      'a link out of the workspace',
      'h/escape/hostname',
      'Input "f": "h/escape/hostname" is outside the workspace; accepted: a file'
    ],
    [
      'a file of RUNNER_TEMP where it is not allowed',
      join(temp, 'artifact.tar'),
      `Input "f": "${join(temp, 'artifact.tar')}" is outside the workspace; accepted: a file`
    ],
    ['a NUL character', 'ok\u0000.txt', 'Input "f": contains a NUL character; accepted: a file'],
    [
      'too long a name',
      'n'.repeat(300),
      `Input "f": "${'n'.repeat(120)}…" (300 characters) is too long a path; accepted: a file`
    ],
    [
      'a path longer than PATH_MAX',
      'p/'.repeat(2100),
      `Input "f": "${'p/'.repeat(30)}…" (4200 characters) is too long a path; accepted: a file`
    ]
  ])('refuses %s', (_name, value, message) => {
    expect(() => fileInput('f', value, rules)).toThrow(message)
  })
})

describe('readCheckedFile', () => {
  it('reads a regular file', () => {
    expect(readCheckedFile('f', join(root, 'ok.txt'), 'ok.txt', 1024, 'a file')).toBe('hello\n')
  })

  it('never waits on a named pipe nor reads a device: it refuses them at once', async () => {
    for (const path of [h.fifo, '/dev/zero', '/dev/null']) {
      const { ms } = await timed(async () => {
        expect(() => readCheckedFile('f', path, path, 1024, 'a file')).toThrow(
          `"${path}" is not a regular file`
        )
      })
      expect(ms).toBeLessThan(1000)
    }
  })

  it('refuses a file over the bound without reading it', () => {
    expect(() => readCheckedFile('f', h.big, 'h/big', 1024, 'a file')).toThrow(
      'Input "f": "h/big" is 2097152 bytes, more than the 1 KiB allowed; accepted: a file'
    )
  })
})

describe('directoryInput', () => {
  it('accepts a directory, and a missing one only where it may be created', () => {
    mkdirSync(join(root, 'out'), { recursive: true })
    expect(directoryInput('d', 'out', { root, accepted: 'a dir' })).toBe(join(root, 'out'))
    expect(directoryInput('d', 'new/dir', { root, accepted: 'a dir', mayBeMissing: true })).toBe(
      join(root, 'new/dir')
    )
    expect(() => directoryInput('d', 'new/dir', { root, accepted: 'a dir' })).toThrow(
      '"new/dir" does not exist'
    )
  })

  it.each([
    ['a file', 'ok.txt', 'Input "d": "ok.txt" is a file; accepted: a dir'],
    ['a named pipe', 'h/pipe', 'Input "d": "h/pipe" is not a directory; accepted: a dir'],
    [
      'under a file',
      'ok.txt/sub',
      'Input "d": "ok.txt/sub" goes through something that is not a directory; accepted: a dir'
    ],
    [
      'through a link out of the workspace',
      'h/escape/new',
      'Input "d": "h/escape/new" is outside the workspace; accepted: a dir'
    ]
  ])('refuses %s', (_name, value, message) => {
    expect(() => directoryInput('d', value, { root, accepted: 'a dir', mayBeMissing: true })).toThrow(message)
  })
})

describe('messages', () => {
  it('quote values, cutting long ones; sizes in binary units', () => {
    expect(quoted('short')).toBe('"short"')
    expect(quoted('x'.repeat(200), 10)).toBe('"xxxxxxxxxx…" (200 characters)')
    expect([
      formatBytes(64 * 1024 ** 3),
      formatBytes(1024 * 1024),
      formatBytes(8192),
      formatBytes(1000)
    ]).toEqual(['64 GiB', '1 MiB', '8 KiB', '1000 bytes'])
  })

  it('say what keeps a path from being a bounded regular file, for messages of their own', () => {
    expect(regularFileProblem(join(root, 'ok.txt'), 1024)).toBeUndefined()
    expect(regularFileProblem(h.fifo, 1024)).toBe('is not a regular file')
    expect(regularFileProblem(join(root, 'none'), 1024)).toBe('does not exist')
    expect(regularFileProblem(h.big, 1024)).toBe('is 2097152 bytes, more than the 1 KiB allowed')
    expect(() => checkRegularFile('f', h.directory, 'dir', 1, 'x')).toThrow(
      'Input "f": "dir" is a directory; accepted: x'
    )
  })
})
