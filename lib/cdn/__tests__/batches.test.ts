import { describe, expect, it } from '@jest/globals'
import {
  callerReference,
  defaultReferenceBase,
  MAX_FILE_PATHS,
  MAX_WILDCARD_PATHS,
  planBatches
} from '../batches.js'

const files = (n: number) => Array.from({ length: n }, (_, i) => `/f/${i}.html`)
const wildcards = (n: number) => Array.from({ length: n }, (_, i) => `/w${i}/*`)

describe('planBatches', () => {
  it.each([
    ['one file', files(1), [], [[1, 0]]],
    ['3000 files fit one batch', files(3000), [], [[3000, 0]]],
    [
      '3001 files need two',
      files(3001),
      [],
      [
        [3000, 0],
        [1, 0]
      ]
    ],
    ['15 wildcards fit one batch', [], wildcards(15), [[0, 15]]],
    [
      '16 wildcards need two',
      [],
      wildcards(16),
      [
        [0, 15],
        [0, 1]
      ]
    ],
    [
      'files and wildcards share batches',
      files(4000),
      wildcards(20),
      [
        [3000, 15],
        [1000, 5]
      ]
    ],
    [
      'wildcards set the count when they need more batches',
      files(10),
      wildcards(31),
      [
        [10, 15],
        [0, 15],
        [0, 1]
      ]
    ],
    [
      '6001 files, 1 wildcard',
      files(6001),
      wildcards(1),
      [
        [3000, 1],
        [3000, 0],
        [1, 0]
      ]
    ]
  ])('%s', (_name, fileList, wildcardList, expected) => {
    const batches = planBatches([...fileList, ...wildcardList], 'ref')
    const shape = batches.map(b => [
      b.paths.filter(p => !p.endsWith('*')).length,
      b.paths.filter(p => p.endsWith('*')).length
    ])
    expect(shape).toEqual(expected)
    for (const batch of batches) {
      expect(batch.paths.filter(p => p.endsWith('*')).length).toBeLessThanOrEqual(MAX_WILDCARD_PATHS)
      expect(batch.paths.filter(p => !p.endsWith('*')).length).toBeLessThanOrEqual(MAX_FILE_PATHS)
    }
    expect(batches.flatMap(b => b.paths).sort()).toEqual([...fileList, ...wildcardList].sort())
  })

  it('gives each batch its own caller reference, stable for the same input', () => {
    const first = planBatches(files(3001), 'shipline-42-1')
    const again = planBatches(files(3001), 'shipline-42-1')
    expect(first.map(b => b.callerReference)).toEqual(again.map(b => b.callerReference))
    expect(new Set(first.map(b => b.callerReference)).size).toBe(2)
    expect(first[0].callerReference).toMatch(/^shipline-42-1-1-[0-9a-f]{16}$/)
  })
})

describe('callerReference', () => {
  it('changes with the paths and the run attempt', () => {
    const base = callerReference('shipline-42-1', 0, ['/a'])
    expect(callerReference('shipline-42-1', 0, ['/b'])).not.toBe(base)
    expect(callerReference('shipline-42-2', 0, ['/a'])).not.toBe(base)
    expect(callerReference('shipline-42-1', 0, ['/a'])).toBe(base)
  })
})

describe('defaultReferenceBase', () => {
  it('uses the run id and attempt inside Actions', () => {
    expect(defaultReferenceBase({ GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2' }, 0)).toBe('shipline-123-2')
  })
  it('uses the time outside Actions', () => {
    expect(defaultReferenceBase({}, 1700000000000)).toBe('shipline-local-1700000000000')
  })
})
