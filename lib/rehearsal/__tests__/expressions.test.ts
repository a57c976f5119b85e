import { describe, expect, it } from '@jest/globals'
import { asString, evaluate, PASSING, truthy } from '../expressions.js'

describe('evaluate: GitHub expressions over the contexts', () => {
  const contexts = {
    github: { event_name: 'push', event: { before: '0000' } },
    inputs: { registry: '', 'aws-region': 'eu-west-1' },
    steps: { aws: { outputs: { 'aws-account-id': '123456789012' } } },
    needs: { changes: { result: 'success', outputs: { matrix: '{"include":[{"service":"web"}]}' } } }
  }

  it.each([
    ["github.event_name == 'push'", true],
    ["github.event_name == 'PUSH'", true],
    ['github.event.missing', null],
    [
      "inputs.registry || format('{0}.dkr.ecr.{1}.amazonaws.com', steps.aws.outputs.aws-account-id, inputs.aws-region)",
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
    ],
    ['fromJSON(needs.changes.outputs.matrix).include[0].service', 'web'],
    ["needs.changes.result == 'success' && 'yes' || 'no'", 'yes'],
    ['toJSON(inputs)', '{\n  "registry": "",\n  "aws-region": "eu-west-1"\n}']
  ])('%s → %j', (expression, expected) => {
    expect(evaluate(expression, contexts)).toEqual(expected)
  })

  it('answers the status functions for the job or step being decided', () => {
    const failed = { success: false, failure: true, cancelled: false }
    expect(evaluate('success()', {}, PASSING)).toBe(true)
    expect(evaluate('success()', {}, failed)).toBe(false)
    expect(evaluate('failure()', {}, failed)).toBe(true)
    expect(evaluate('always()', {}, failed)).toBe(true)
    expect(evaluate('cancelled()', {}, failed)).toBe(false)
  })

  it('coerces values as the runner writes them', () => {
    expect([null, true, 3, 'x', { a: 1 }].map(asString)).toEqual(['', 'true', '3', 'x', '{\n  "a": 1\n}'])
    expect([0, '', false, null, 'false', 1].map(truthy)).toEqual([false, false, false, false, true, true])
  })
})
