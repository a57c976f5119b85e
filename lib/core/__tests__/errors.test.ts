import { describe, expect, it } from '@jest/globals'
import { InputError, oneLine } from '../errors.js'

describe('InputError', () => {
  it('names the input, the problem and what is accepted', () => {
    expect(new InputError('wait', 'got "maybe"', 'true or false').message).toBe(
      'Input "wait": got "maybe"; accepted: true or false'
    )
  })
  it('flattens multi-line messages', () => {
    expect(oneLine(new Error('a\n  b\nc'))).toBe('a b c')
  })
})
