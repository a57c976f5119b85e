import { describe, expect, it } from '@jest/globals'
import { fakeClock } from '../clock.js'
import { backoffDelay, retry } from '../retry.js'

describe('backoffDelay', () => {
  it('is full jitter under an exponential cap', () => {
    expect(backoffDelay(0, 1000, 30_000, () => 0.999)).toBe(999)
    expect(backoffDelay(3, 1000, 30_000, () => 0.5)).toBe(4000)
    expect(backoffDelay(10, 1000, 30_000, () => 0.5)).toBe(15_000)
    expect(backoffDelay(2, 1000, 30_000, () => 0)).toBe(0)
  })
})

describe('retry', () => {
  it('retries until success, sleeping between attempts', async () => {
    const clock = fakeClock()
    let calls = 0
    const result = await retry(
      async () => {
        calls++
        if (calls < 3) throw new Error('flaky')
        return 'ok'
      },
      { clock, random: () => 0.5, baseMs: 100 }
    )
    expect(result).toBe('ok')
    expect(clock.slept).toEqual([50, 100])
  })

  it('stops at the attempt limit with the last error', async () => {
    const clock = fakeClock()
    let calls = 0
    await expect(
      retry(
        async () => {
          calls++
          throw new Error(`failure ${calls}`)
        },
        { attempts: 3, clock }
      )
    ).rejects.toThrow('failure 3')
  })

  it('does not retry what is not retryable', async () => {
    let calls = 0
    await expect(
      retry(
        async () => {
          calls++
          throw new Error('fatal')
        },
        { retryable: () => false, clock: fakeClock() }
      )
    ).rejects.toThrow('fatal')
    expect(calls).toBe(1)
  })

  it('never waits past the deadline', async () => {
    const clock = fakeClock()
    await expect(
      retry(
        async () => {
          throw new Error('busy')
        },
        { attempts: Infinity, deadlineMs: 10_000, baseMs: 3000, capMs: 3000, random: () => 0.99, clock }
      )
    ).rejects.toThrow('busy')
    expect(clock.now()).toBe(10_000)
  })
})
