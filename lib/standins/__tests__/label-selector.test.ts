import { describe, expect, it } from '@jest/globals'
import { matchesLabelSelector } from '../label-selector.js'

const LABELS = { app: 'web', 'applyset.kubernetes.io/part-of': 'applyset-abc-v1' }

describe('matchesLabelSelector', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['app', true],
    ['!app', false],
    ['tier', false],
    ['!tier', true],
    ['app=web', true],
    ['app==web', true],
    ['app = web', true],
    ['app=api', false],
    ['app!=api', true],
    ['app!=web', false],
    ['tier!=db', true],
    ['applyset.kubernetes.io/part-of=applyset-abc-v1', true],
    ['app=web,applyset.kubernetes.io/part-of=applyset-xyz-v1', false]
  ])('%j → %s', (selector, matches) => {
    expect(matchesLabelSelector(LABELS, selector)).toBe(matches)
  })

  it('refuses a term it cannot read', () => {
    expect(() => matchesLabelSelector(LABELS, '=web')).toThrow('unparsable labelSelector term =web')
  })
})
