import { describe, expect, it } from '@jest/globals'
import {
  combinedResult,
  decideJob,
  expandMatrix,
  type JobResult,
  jobStatus,
  legName,
  mergedOutputs,
  needsOrder,
  writtenCondition
} from '../graph.js'

describe('needsOrder', () => {
  it('puts every job after the jobs it needs, file order otherwise', () => {
    expect(
      needsOrder([
        { id: 'deploy', needs: ['push', 'apply'] },
        { id: 'plan', needs: [] },
        { id: 'push', needs: ['images', 'apply'] },
        { id: 'images', needs: ['changes'] },
        { id: 'apply', needs: ['plan'] },
        { id: 'changes', needs: [] }
      ])
    ).toEqual(['plan', 'apply', 'changes', 'images', 'push', 'deploy'])
  })

  it('names an unknown need and a cycle', () => {
    expect(() => needsOrder([{ id: 'a', needs: ['b'] }])).toThrow(
      'jobs.a needs b, which is not a job of the workflow'
    )
    expect(() =>
      needsOrder([
        { id: 'a', needs: ['b'] },
        { id: 'b', needs: ['a'] }
      ])
    ).toThrow('jobs a, b need each other in a cycle')
  })
})

describe('decideJob: if: with needs.*.result and the status functions', () => {
  const needs = (changes: string, push: string) => ({
    changes: { result: changes, outputs: { any: 'true', deploy: 'true' } },
    push: { result: push, outputs: {} }
  })
  const deployIf =
    "always() && needs.changes.outputs.deploy == 'true' && (needs.push.result == 'success' || needs.push.result == 'skipped')"

  it.each([
    ["success() && (needs.changes.outputs.any == 'true')", 'success', 'success', true, undefined],
    [
      "success() && (needs.changes.outputs.any == 'false')",
      'success',
      'success',
      false,
      "if: needs.changes.outputs.any == 'false' is false"
    ],
    ['success()', 'success', 'failure', false, 'needs push (failure)'],
    ['success()', 'success', 'skipped', false, 'needs push (skipped)'],
    [deployIf, 'success', 'skipped', true, undefined],
    [deployIf, 'success', 'failure', false, `if: ${deployIf} is false`],
    ['failure()', 'success', 'failure', true, undefined],
    ['failure()', 'success', 'success', false, 'if: failure() is false']
  ])('%s with push %s/%s → run %s', (condition, changes, push, run, reason) => {
    const results = { changes: changes as 'success', push: push as 'success' }
    const status = jobStatus(['changes', 'push'], Object.values(results), results)
    const decision = decideJob(condition, { github: {}, needs: needs(changes, push) }, status, results)
    expect(decision).toEqual(reason ? { run, reason } : { run })
  })

  it('shows the condition as written, without the implicit success()', () => {
    expect(writtenCondition("success() && (github.event_name == 'push')")).toEqual({
      text: "github.event_name == 'push'",
      implicitSuccess: true
    })
    expect(writtenCondition('always()')).toEqual({ text: 'always()', implicitSuccess: false })
  })

  it('failure() sees a failed ancestor through a skipped job', () => {
    const status = jobStatus(['b'], ['skipped', 'failure'], { a: 'failure', b: 'skipped' })
    expect(status).toEqual({ success: false, failure: true, cancelled: false })
  })
})

describe('expandMatrix', () => {
  it('multiplies the vectors', () => {
    expect(expandMatrix({ os: ['linux', 'mac'], node: [20, 24] })).toEqual([
      { os: 'linux', node: 20 },
      { os: 'linux', node: 24 },
      { os: 'mac', node: 20 },
      { os: 'mac', node: 24 }
    ])
  })

  it('removes what exclude matches, then merges include where it changes no original value', () => {
    expect(
      expandMatrix({
        fruit: ['apple', 'pear'],
        animal: ['cat', 'dog'],
        exclude: [{ fruit: 'pear', animal: 'dog' }],
        include: [
          { color: 'green' },
          { color: 'pink', animal: 'cat' },
          { fruit: 'apple', shape: 'circle' },
          { fruit: 'banana' },
          { fruit: 'banana', animal: 'cat' }
        ]
      })
    ).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' }
    ])
  })

  it('makes one leg per include entry when there are no vectors (shipline changed)', () => {
    const matrix = JSON.parse(
      '{"include":[{"service":"auth-service","context":"services/auth"},{"service":"frontend","context":"frontend"}]}'
    )
    expect(expandMatrix(matrix)).toEqual(matrix.include)
  })

  it('refuses an empty matrix, as GitHub does', () => {
    expect(() => expandMatrix({ include: [] }, 'jobs.images.strategy.matrix')).toThrow(
      'jobs.images.strategy.matrix is empty: a matrix must produce at least one job'
    )
  })
})

describe('legName, combinedResult, mergedOutputs', () => {
  it('names a leg by the matrix values the job name shows', () => {
    const leg = { service: 'frontend', context: 'frontend', platforms: 'linux/amd64' }
    expect(legName('deploy/images', leg, 'Build and scan ${{ matrix.service }}')).toBe(
      'deploy/images (frontend)'
    )
    expect(legName('test', { os: 'linux', node: 24 })).toBe('test (linux, 24)')
    expect(legName('test', undefined)).toBe('test')
  })

  it.each([
    [[], 'skipped'],
    [['success', 'skipped'], 'success'],
    [['skipped', 'skipped'], 'skipped'],
    [['success', 'failure'], 'failure'],
    [['cancelled', 'success'], 'cancelled']
  ] as Array<[JobResult[], JobResult]>)('%j → %s', (results, expected) => {
    expect(combinedResult(results)).toBe(expected)
  })

  it('keeps the last non-empty value of each output', () => {
    expect(mergedOutputs([{ a: '1', b: 'x' }, { a: '', b: 'y' }, { c: '3' }])).toEqual({
      a: '1',
      b: 'y',
      c: '3'
    })
  })
})
