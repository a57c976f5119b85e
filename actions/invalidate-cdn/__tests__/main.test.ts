import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  AccessDenied,
  CloudFrontClient,
  CreateInvalidationCommand,
  GetInvalidationCommand,
  NoSuchDistribution,
  TooManyInvalidationsInProgress
} from '@aws-sdk/client-cloudfront'
import { mockClient } from 'aws-sdk-client-mock'
import { runWithInputs } from '../../../__fixtures__/action-run.js'
import { expectCleanRefusal, timed } from '../../../__fixtures__/bad-inputs.js'
import { fakeClock } from '../../../lib/core/clock.js'
import { run } from '../src/main.js'

const cloudfront = mockClient(CloudFrontClient)
const DIST = 'E2QWRUHAPOMQZL'
const meta = { $metadata: {} }

function created(id: string, status = 'InProgress') {
  return { Invalidation: { Id: id, Status: status, CreateTime: new Date(0), InvalidationBatch: undefined } }
}

function runAction(inputs: Record<string, string>, env: Record<string, string> = {}, clock = fakeClock()) {
  return runWithInputs(
    () => run({ clock }),
    { 'distribution-id': DIST, ...inputs },
    { GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1', ...env }
  )
}

beforeEach(() => {
  cloudfront.reset()
})
afterEach(() => {
  cloudfront.reset()
})

describe('invalidate-cdn', () => {
  it('creates one invalidation and reports its id, path count and a summary table', async () => {
    cloudfront.on(CreateInvalidationCommand).resolves(created('I1'))
    const result = await runAction({ paths: '/index.html\n/static/*\n/static/app.js' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['invalidation-ids']).toBe('["I1"]')
    expect(result.outputs['path-count']).toBe('2')
    const input = cloudfront.commandCalls(CreateInvalidationCommand)[0].args[0].input
    expect(input.DistributionId).toBe(DIST)
    expect(input.InvalidationBatch?.Paths).toEqual({ Quantity: 2, Items: ['/static/*', '/index.html'] })
    expect(input.InvalidationBatch?.CallerReference).toMatch(/^shipline-4242-1-1-[0-9a-f]{16}$/)
    expect(result.summary).toContain('| `I1` | `/static/*`<br>`/index.html` | InProgress |')
    expect(result.summary).toContain('1 invalidation, 2 paths')
  })

  it('defaults to /* and never calls GetInvalidation without wait', async () => {
    cloudfront.on(CreateInvalidationCommand).resolves(created('I1'))
    const result = await runAction({})
    expect(
      cloudfront.commandCalls(CreateInvalidationCommand)[0].args[0].input.InvalidationBatch?.Paths?.Items
    ).toEqual(['/*'])
    expect(cloudfront.commandCalls(GetInvalidationCommand)).toHaveLength(0)
    expect(result.outputs['path-count']).toBe('1')
  })

  it('a re-run of the same attempt gets the same invalidation back, not a second one', async () => {
    const byReference = new Map<string, string>()
    cloudfront.on(CreateInvalidationCommand).callsFake(input => {
      const reference = input.InvalidationBatch.CallerReference as string
      if (!byReference.has(reference)) byReference.set(reference, `I${byReference.size + 1}`)
      return created(byReference.get(reference) as string)
    })
    const first = await runAction({ paths: '/index.html' })
    const second = await runAction({ paths: '/index.html' })
    expect(first.outputs['invalidation-ids']).toBe('["I1"]')
    expect(second.outputs['invalidation-ids']).toBe('["I1"]')
    expect(byReference.size).toBe(1)
    const third = await runAction({ paths: '/index.html' }, { GITHUB_RUN_ATTEMPT: '2' })
    expect(third.outputs['invalidation-ids']).toBe('["I2"]')
  })

  it('uses the given caller-reference as the base of every batch reference', async () => {
    cloudfront.on(CreateInvalidationCommand).resolves(created('I1'))
    await runAction({ paths: '/a', 'caller-reference': 'release-1.2.3' })
    expect(
      cloudfront.commandCalls(CreateInvalidationCommand)[0].args[0].input.InvalidationBatch?.CallerReference
    ).toMatch(/^release-1\.2\.3-1-[0-9a-f]{16}$/)
  })

  it('splits 16 wildcards into two batches, the second waiting until the limit frees up', async () => {
    cloudfront
      .on(CreateInvalidationCommand)
      .resolvesOnce(created('I1'))
      .rejectsOnce(
        new TooManyInvalidationsInProgress({
          message: 'Your request contains too many invalidations.',
          ...meta
        })
      )
      .rejectsOnce(
        new TooManyInvalidationsInProgress({
          message: 'Your request contains too many invalidations.',
          ...meta
        })
      )
      .resolvesOnce(created('I2'))
    const clock = fakeClock()
    const paths = Array.from({ length: 16 }, (_, i) => `/w${i}/*`).join('\n')
    const result = await runAction({ paths }, {}, clock)
    expect(result.exitCode).toBe(0)
    expect(result.outputs['invalidation-ids']).toBe('["I1","I2"]')
    expect(result.outputs['path-count']).toBe('16')
    expect(cloudfront.commandCalls(CreateInvalidationCommand)).toHaveLength(4)
    expect(clock.slept).toHaveLength(2)
    expect(result.log.filter(line => line.includes('too many invalidations in progress'))).toHaveLength(2)
    expect(result.summary).toContain('2 invalidations, 16 paths')
  })

  it('fails clearly when the limit stays reached until wait-timeout', async () => {
    cloudfront.on(CreateInvalidationCommand).rejects(
      new TooManyInvalidationsInProgress({
        message: 'Your request contains too many invalidations.',
        ...meta
      })
    )
    const clock = fakeClock()
    const result = await runAction({ paths: '/a', 'wait-timeout': '2m' }, {}, clock)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      `CloudFront distribution ${DIST} still had too many invalidations in progress when wait-timeout ran out`
    ])
    expect(clock.now()).toBeLessThanOrEqual(120_000)
    expect(result.outputs).toEqual({})
  })

  it('retries throttling, then succeeds', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'Throttling' })
    cloudfront
      .on(CreateInvalidationCommand)
      .rejectsOnce(throttled)
      .rejectsOnce(throttled)
      .resolves(created('I1'))
    const result = await runAction({ paths: '/a' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['invalidation-ids']).toBe('["I1"]')
  })

  it('names throttling once the retries are exhausted', async () => {
    cloudfront
      .on(CreateInvalidationCommand)
      .rejects(Object.assign(new Error('Rate exceeded'), { name: 'Throttling' }))
    const result = await runAction({ paths: '/a' })
    expect(result.errors).toEqual([
      'CloudFront kept throttling requests (Throttling) after 5 attempts: try again later'
    ])
    expect(cloudfront.commandCalls(CreateInvalidationCommand)).toHaveLength(5)
  })

  it('waits for every invalidation, logging progress on each poll', async () => {
    cloudfront.on(CreateInvalidationCommand).resolves(created('I1'))
    cloudfront
      .on(GetInvalidationCommand)
      .resolvesOnce(created('I1'))
      .resolvesOnce(created('I1'))
      .resolves(created('I1', 'Completed'))
    const clock = fakeClock()
    const result = await runAction({ paths: '/a', wait: 'true' }, {}, clock)
    expect(result.exitCode).toBe(0)
    expect(cloudfront.commandCalls(GetInvalidationCommand)).toHaveLength(3)
    expect(result.log.filter(line => line.startsWith('Waiting for invalidations'))).toEqual([
      'Waiting for invalidations: 0/1 completed after 0s',
      'Waiting for invalidations: 0/1 completed after 20s',
      'Waiting for invalidations: 1/1 completed after 40s'
    ])
    expect(result.summary).toContain('| `I1` | `/a` | Completed |')
  })

  it('fails at wait-timeout, naming the invalidations still in progress', async () => {
    cloudfront.on(CreateInvalidationCommand).resolves(created('I1'))
    cloudfront.on(GetInvalidationCommand).resolves(created('I1'))
    const clock = fakeClock()
    const result = await runAction({ paths: '/a', wait: 'true', 'wait-timeout': '1m' }, {}, clock)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      'Invalidations still in progress when wait-timeout ran out after 1m: I1 (they go on in CloudFront; raise wait-timeout or set wait: false)'
    ])
    expect(clock.now()).toBeLessThanOrEqual(60_000)
  })

  it('names the missing permission on access denied', async () => {
    cloudfront
      .on(CreateInvalidationCommand)
      .rejects(new AccessDenied({ message: 'User is not authorized', ...meta }))
    const result = await runAction({ paths: '/a' })
    expect(result.errors).toEqual([
      `Access denied to CloudFront distribution ${DIST}: the role needs cloudfront:CreateInvalidation on arn:aws:cloudfront::<account>:distribution/${DIST}`
    ])
  })

  it('names cloudfront:GetInvalidation when only waiting is denied', async () => {
    cloudfront.on(CreateInvalidationCommand).resolves(created('I1'))
    cloudfront
      .on(GetInvalidationCommand)
      .rejects(new AccessDenied({ message: 'User is not authorized', ...meta }))
    const result = await runAction({ paths: '/a', wait: 'true' })
    expect(result.errors[0]).toContain('the role needs cloudfront:GetInvalidation')
    expect(result.outputs['invalidation-ids']).toBeUndefined()
  })

  it('says the distribution does not exist', async () => {
    cloudfront
      .on(CreateInvalidationCommand)
      .rejects(new NoSuchDistribution({ message: 'The specified distribution does not exist.', ...meta }))
    const result = await runAction({ paths: '/a' })
    expect(result.errors).toEqual([
      `CloudFront distribution ${DIST} does not exist or is not visible to these credentials: check distribution-id and the AWS account`
    ])
  })

  it('prints no stack trace on an unexpected error', async () => {
    cloudfront
      .on(CreateInvalidationCommand)
      .rejects(Object.assign(new Error('socket hang up'), { name: 'InternalFailure' }))
    const result = await runAction({ paths: '/a' })
    expect(result.errors).toEqual(['CloudFront CreateInvalidation failed: InternalFailure: socket hang up'])
    expect(result.log.join('\n')).not.toMatch(/\n\s+at /)
  })
})

const LINES = 'at most 10000 lines of at most 4096 characters each'
const BAD_INPUTS: Array<[Record<string, string>, string]> = [
  [
    { 'distribution-id': '' },
    'Input "distribution-id": is required but was empty; accepted: a non-empty value'
  ],
  [
    { 'distribution-id': 'd111111abcdef8.cloudfront.net' },
    'Input "distribution-id": "d111111abcdef8.cloudfront.net" is not a CloudFront distribution id; accepted: an id such as E2QWRUHAPOMQZL (E followed by upper-case letters and digits)'
  ],
  [
    { 'distribution-id': 'e2qwruhapomqzl' },
    'Input "distribution-id": "e2qwruhapomqzl" is not a CloudFront distribution id; accepted: an id such as E2QWRUHAPOMQZL (E followed by upper-case letters and digits)'
  ],
  [
    { paths: 'index.html' },
    'Input "paths": "index.html" does not start with "/"; accepted: paths such as /index.html or /static/*'
  ],
  [
    { paths: '/ok\nstatic/*' },
    'Input "paths": "static/*" does not start with "/"; accepted: paths such as /index.html or /static/*'
  ],
  [
    { paths: '/*/index.html' },
    'Input "paths": "/*/index.html" has "*" before its end; accepted: a single "*" as the last character, such as /static/*'
  ],
  [
    { paths: '/a*b' },
    'Input "paths": "/a*b" has "*" before its end; accepted: a single "*" as the last character, such as /static/*'
  ],
  [
    { paths: `/${'x'.repeat(4001)}` },
    'Input "paths": a path is 4002 characters long once encoded; accepted: at most 4000 characters'
  ],
  [{ wait: 'yes' }, 'Input "wait": "yes" is not a boolean; accepted: true or false'],
  [{ wait: '1' }, 'Input "wait": "1" is not a boolean; accepted: true or false'],
  [
    { 'wait-timeout': 'soon' },
    'Input "wait-timeout": "soon" is not a duration; accepted: a duration such as 90s, 15m, 1h or 1h30m'
  ],
  [
    { 'wait-timeout': '10 minutes' },
    'Input "wait-timeout": "10 minutes" is not a duration; accepted: a duration such as 90s, 15m, 1h or 1h30m'
  ],
  [
    { 'wait-timeout': '500ms' },
    'Input "wait-timeout": "500ms" is too short; accepted: a duration such as 90s, 15m, 1h or 1h30m, at least 1s'
  ],
  [
    { 'wait-timeout': '7h' },
    'Input "wait-timeout": "7h" is too long; accepted: a duration such as 90s, 15m, 1h or 1h30m, at most 21600s'
  ],
  [
    { 'caller-reference': 'has spaces in it' },
    'Input "caller-reference": contains spaces or is longer than 100 characters; accepted: up to 100 printable characters without spaces'
  ],
  [
    { 'caller-reference': 'r'.repeat(101) },
    'Input "caller-reference": contains spaces or is longer than 100 characters; accepted: up to 100 printable characters without spaces'
  ],
  [
    { 'aws-region': 'Europe' },
    'Input "aws-region": "Europe" is not an AWS region; accepted: an AWS region such as us-east-1 or eu-west-1'
  ],
  [
    { 'aws-region': 'us-east-1a' },
    'Input "aws-region": "us-east-1a" is not an AWS region; accepted: an AWS region such as us-east-1 or eu-west-1'
  ],
  [
    { 'distribution-id': `E${'A'.repeat(30)}` },
    `Input "distribution-id": "E${'A'.repeat(30)}" is not a CloudFront distribution id; accepted: an id such as E2QWRUHAPOMQZL (E followed by upper-case letters and digits)`
  ],
  [
    { paths: '/index.html\u0000' },
    'Input "paths": contains a NUL character; accepted: text without NUL characters'
  ],
  [
    { paths: Array.from({ length: 10_001 }, (_, i) => `/${i}`).join('\n') },
    `Input "paths": has 10001 lines; accepted: ${LINES}`
  ],
  [
    { paths: `/${'p'.repeat(5000)}` },
    `Input "paths": line 1 ("/${'p'.repeat(39)}…" (5001 characters)) is longer than 4096 characters; accepted: ${LINES}`
  ],
  [
    { paths: `/${'q'.repeat(140_000)}` },
    'Input "paths": is 140001 characters long; accepted: at most 131072 characters'
  ],
  [
    { 'caller-reference': 'ref\u0000' },
    'Input "caller-reference": contains a NUL character; accepted: text without NUL characters'
  ]
]

describe('invalidate-cdn bad inputs', () => {
  it('has at least 20 cases', () => expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(20))

  const label = (inputs: Record<string, string>) => {
    const text = JSON.stringify(inputs)
    return text.length > 100 ? `${text.slice(0, 100)}… (${text.length} characters)` : text
  }
  it.each(BAD_INPUTS.map(([inputs, message]) => [label(inputs), inputs, message] as const))(
    '%s',
    async (_label, inputs, message) => {
      const { result, ms } = await timed(() => runAction(inputs))
      expectCleanRefusal(result, ms, message)
      expect(cloudfront.calls()).toHaveLength(0)
      expect(result.outputs).toEqual({})
      expect(result.summary).toBe('')
    }
  )
})
