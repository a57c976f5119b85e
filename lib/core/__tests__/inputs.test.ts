import { describe, expect, it } from '@jest/globals'
import { Inputs, recordInputSource } from '../inputs.js'
import { VERSION } from '../version.js'
import { readFileSync } from 'node:fs'

const inputs = (values: Record<string, string>) => new Inputs(recordInputSource(values))

describe('Inputs', () => {
  it('reads strings, trimmed, with defaults and required', () => {
    expect(inputs({ a: '  x ' }).string('a')).toBe('x')
    expect(inputs({}).string('a', { default: 'd' })).toBe('d')
    expect(() => inputs({ a: ' ' }).string('a', { required: true })).toThrow(
      'Input "a": is required but was empty; accepted: a non-empty value'
    )
  })

  it('reads YAML 1.2 booleans only', () => {
    expect(inputs({ a: 'TRUE' }).boolean('a', false)).toBe(true)
    expect(inputs({ a: 'False' }).boolean('a', true)).toBe(false)
    expect(inputs({}).boolean('a', true)).toBe(true)
    expect(() => inputs({ a: 'on' }).boolean('a', true)).toThrow(
      'Input "a": "on" is not a boolean; accepted: true or false'
    )
  })

  it('reads multiline values without blanks and comments', () => {
    expect(inputs({ a: 'one\n\n  two  \n# note\r\nthree' }).multiline('a')).toEqual(['one', 'two', 'three'])
    expect(inputs({}).multiline('a', { default: ['/*'] })).toEqual(['/*'])
    expect(() => inputs({}).multiline('a', { required: true })).toThrow(
      'Input "a": is required but was empty; accepted: one value per line'
    )
  })

  it('bounds multiline inputs and lists: lines, their length, the whole value; refuses NUL characters', () => {
    expect(inputs({ a: 'x\ny' }).multiline('a', { maxLines: 2, maxLineLength: 1 })).toEqual(['x', 'y'])
    expect(() => inputs({ a: 'x\ny\nz' }).multiline('a', { maxLines: 2 })).toThrow(
      'Input "a": has 3 lines; accepted: at most 2 lines of at most 8192 characters each'
    )
    expect(() => inputs({ a: `ok\n${'v'.repeat(9000)}` }).multiline('a')).toThrow(
      `Input "a": line 2 ("${'v'.repeat(40)}…" (9000 characters)) is longer than 8192 characters; accepted: at most 1000 lines of at most 8192 characters each`
    )
    expect(() => inputs({ a: 'A,B,C' }).list('a', { maxLines: 2 })).toThrow(
      'Input "a": has 3 items; accepted: at most 2 items of at most 8192 characters each'
    )
    expect(() => inputs({ a: 'x'.repeat(131_073) }).string('a')).toThrow(
      'Input "a": is 131073 characters long; accepted: at most 131072 characters'
    )
    expect(() => inputs({ a: 'x\u0000y' }).optional('a')).toThrow(
      'Input "a": contains a NUL character; accepted: text without NUL characters'
    )
    expect(() => inputs({ a: 'abcdef' }).string('a', { maxLength: 5 })).toThrow(
      'Input "a": "abcdef" is longer than 5 characters; accepted: at most 5 characters'
    )
  })

  it('reads lists split on commas and newlines', () => {
    expect(inputs({ a: 'CRITICAL, HIGH\nMEDIUM' }).list('a')).toEqual(['CRITICAL', 'HIGH', 'MEDIUM'])
  })

  it('reads durations with bounds', () => {
    expect(inputs({ a: '15m' }).duration('a', '1m')).toBe(900_000)
    expect(inputs({}).duration('a', '90s')).toBe(90_000)
    expect(() => inputs({ a: 'later' }).duration('a', '1m')).toThrow(
      'Input "a": "later" is not a duration; accepted: a duration such as 90s, 15m, 1h or 1h30m'
    )
  })

  it('reads integers in range', () => {
    expect(inputs({ a: '4' }).integer('a', 1, { min: 1, max: 8 })).toBe(4)
    expect(() => inputs({ a: '9' }).integer('a', 1, { min: 1, max: 8 })).toThrow(
      'Input "a": "9" is not a whole number in range; accepted: an integer from 1 to 8'
    )
    expect(() => inputs({ a: '2.5' }).integer('a', 1, { min: 1, max: 8 })).toThrow('is not a whole number')
  })

  it('reads enums', () => {
    expect(inputs({ a: 'apply' }).oneOf('a', ['plan', 'apply'] as const)).toBe('apply')
    expect(inputs({}).oneOf('a', ['plan', 'apply'] as const, 'plan')).toBe('plan')
    expect(() => inputs({ a: 'Apply' }).oneOf('a', ['plan', 'apply'] as const)).toThrow(
      'Input "a": "Apply" is not allowed; accepted: plan, apply'
    )
    expect(() => inputs({}).oneOf('a', ['plan', 'apply'] as const)).toThrow(
      'Input "a": is required but was empty; accepted: plan, apply'
    )
  })

  it('reads AWS regions', () => {
    for (const region of ['us-east-1', 'eu-central-2', 'ap-southeast-4', 'us-gov-west-1', 'il-central-1'])
      expect(inputs({ r: region }).awsRegion('r')).toBe(region)
    for (const region of ['US-EAST-1', 'useast1', 'us-east', 'eu-west-1a'])
      expect(() => inputs({ r: region }).awsRegion('r')).toThrow(
        `Input "r": "${region}" is not an AWS region`
      )
  })

  it('matches patterns', () => {
    expect(inputs({ a: 'abc' }).matching('a', /^[a-z]+$/, 'lower-case letters')).toBe('abc')
    expect(() => inputs({ a: 'ABC' }).matching('a', /^[a-z]+$/, 'lower-case letters')).toThrow(
      'Input "a": "ABC" is not valid; accepted: lower-case letters'
    )
  })
})

describe('VERSION', () => {
  it('equals the package version', () => {
    expect(VERSION).toBe(
      JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version
    )
  })
})
