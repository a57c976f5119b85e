/** The deploy's inputs (build-set's environment, resolve's tags and keys), table-driven. */
import { describe, expect, it } from '@jest/globals'
import type { ShiplineConfig } from '../../config/config.js'
import { Inputs, recordInputSource } from '../../core/inputs.js'
import { readEnvironment, readResolveOptions } from '../deploy-options.js'

const config = (environment?: string) => ({ ...(environment ? { environment } : {}) }) as ShiplineConfig
const inputs = (values: Record<string, string>) => new Inputs(recordInputSource(values))
const TAGS = '{"hr-service":"src-0123456789ab","frontend":"src-ba9876543210"}'
const KEY = '0123456789abcdef'

describe('readEnvironment', () => {
  it.each([
    [{}, undefined, 'production'],
    [{}, 'staging', 'staging'],
    [{ '--environment': 'qa-1' }, 'staging', 'qa-1']
  ])('%j with shipline.yml environment %s is %s', (values, configured, expected) => {
    expect(readEnvironment(inputs(values), config(configured))).toBe(expected)
  })

  it.each(['../prod', '-staging', 'a b', 'x'.repeat(65)])('refuses %j, naming the input', name => {
    expect(() => readEnvironment(inputs({ '--environment': name }), config())).toThrow(
      `Input "--environment": "${name}" is not valid; accepted: an environment name such as staging`
    )
  })
})

describe('readResolveOptions', () => {
  it('reads the tags and keys build-set handed on', () => {
    expect(
      readResolveOptions(
        inputs({
          '--tags': TAGS,
          '--environment': 'staging',
          '--watch-key': KEY,
          '--static-key': 'fedcba9876543210',
          '--archives': '/tmp/kept'
        }),
        config()
      )
    ).toEqual({
      environment: 'staging',
      tags: { 'hr-service': 'src-0123456789ab', frontend: 'src-ba9876543210' },
      watchKey: KEY,
      staticKey: 'fedcba9876543210',
      archives: '/tmp/kept'
    })
  })

  it('defaults: the configured environment, the empty watch key, no static key, no archives', () => {
    expect(readResolveOptions(inputs({ '--tags': TAGS, '--static-key': '' }), config('staging'))).toEqual({
      environment: 'staging',
      tags: { 'hr-service': 'src-0123456789ab', frontend: 'src-ba9876543210' },
      watchKey: '0'.repeat(16),
      staticKey: undefined,
      archives: undefined
    })
  })

  it.each([
    [{}, 'Input "--tags": is required but was empty'],
    [{ '--tags': 'hr-service=src-0123456789ab' }, 'Input "--tags": is not JSON'],
    [{ '--tags': '{}' }, 'Input "--tags": is not an object of content tags'],
    [{ '--tags': '["src-0123456789ab"]' }, 'Input "--tags": is not an object of content tags'],
    [{ '--tags': '{"hr-service":"latest"}' }, 'Input "--tags": is not an object of content tags'],
    [{ '--tags': TAGS, '--watch-key': 'abc' }, 'Input "--watch-key": "abc" is not valid'],
    [{ '--tags': TAGS, '--static-key': KEY.toUpperCase() }, 'Input "--static-key"'],
    [{ '--tags': TAGS, '--environment': 'prod/eu' }, 'Input "--environment"']
  ])('refuses %j in one line naming the input', (values, message) => {
    expect(() => readResolveOptions(inputs(values), config())).toThrow(message)
  })
})
