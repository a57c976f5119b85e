import { describe, expect, it } from '@jest/globals'
import type { CutReport } from '../plan-comment.js'
import { lossBetween, parsePlanVariants, renderPlanVariants } from '../plan-variants.js'
import { blocksClosed } from '../../core/budget.js'
import { largePlan } from '../../../__fixtures__/large-plan.js'

const cut = (c: Partial<CutReport> = {}): CutReport => ({
  details: {},
  collapsedLists: 0,
  changesSummarised: false,
  riskLinesCut: 0,
  serviceListsCut: 0,
  servicesCut: 0,
  ...c
})

describe('lossBetween', () => {
  it.each<[string, CutReport, CutReport, string]>([
    ['more details cut', cut({ details: { create: 1 } }), cut({ details: { create: 9 } }), 'detail'],
    ['a list collapsed', cut(), cut({ collapsedLists: 1 }), 'list'],
    [
      'the lists replaced by a table of counts',
      cut({ collapsedLists: 40 }),
      cut({ changesSummarised: true }),
      'list'
    ],
    [
      'a destroy line cut',
      cut({ changesSummarised: true }),
      cut({ changesSummarised: true, riskLinesCut: 1 }),
      'risk'
    ],
    ["a removed service's list of resources cut", cut(), cut({ serviceListsCut: 1 }), 'risk'],
    [
      'a removed service left out',
      cut({ serviceListsCut: 3 }),
      cut({ serviceListsCut: 2, servicesCut: 1 }),
      'risk'
    ]
  ])('%s → %s', (_, before, after, loss) => expect(lossBetween(before, after)).toBe(loss))
})

describe('renderPlanVariants', () => {
  it('a small plan is one variant; a large one steps from details to lists to risk lines', () => {
    const small = renderPlanVariants(largePlan(3)).variants
    expect(small[0].text).not.toContain('Cut to fit')
    expect(small.at(-1)?.text.length).toBeLessThan(1200)
    const large = renderPlanVariants(largePlan(3000))
      .variants.map(v => v.loses)
      .slice(1)
    expect(large).toContain('list')
    expect(large).toContain('risk')
    expect(large.indexOf('risk')).toBeGreaterThan(large.lastIndexOf('list'))
    expect(
      parsePlanVariants(JSON.stringify({ version: 1, variants: renderPlanVariants(largePlan(30)).variants }))
    ).not.toEqual(expect.any(String))
  })
})

describe('every variant of a real-shaped plan', () => {
  it.each([30, 300, 3000])(
    'of %i changes is within its rung, shorter than the one before, and closes its blocks',
    n => {
      let previous = Infinity
      for (const v of renderPlanVariants(largePlan(n)).variants) {
        expect(v.text.length).toBeLessThanOrEqual(v.maxChars)
        expect(v.text.length).toBeLessThan(previous)
        expect(blocksClosed(v.text)).toBe(true)
        previous = v.text.length
      }
    }
  )
})
