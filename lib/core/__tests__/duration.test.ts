import { describe, expect, it } from '@jest/globals'
import { formatDuration, parseDuration } from '../duration.js'

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['1.5s', 1500],
    ['30', 30_000],
    [' 2m ', 120_000]
  ])('%j → %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms))

  it.each(['', 'soon', '10 minutes', '1d', '-5s', 'm', '5x', '1h 30m'])('%j is not a duration', text =>
    expect(parseDuration(text)).toBeUndefined()
  )
})

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [250, '250ms'],
    [1000, '1s'],
    [125_000, '2m5s'],
    [3_600_000, '1h'],
    [3_661_000, '1h1m1s']
  ])('%d ms → %s', (ms, text) => expect(formatDuration(ms)).toBe(text))
})
