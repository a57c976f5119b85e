import { describe, expect, it } from '@jest/globals'
import { renderPipelineComment } from '../pipeline-comment.js'

const image = (service: string, built = true) => ({
  service,
  built,
  tags: ['src-0123456789ab'],
  image: `r/${service}@sha256:x`
})

describe('renderPipelineComment', () => {
  it('orders the three sections and lists services alphabetically', () => {
    const body = renderPipelineComment({
      environment: 'staging',
      plan: 'PLAN',
      images: [image('b'), image('a', false)],
      scan: { full: 'FULL', short: 'SHORT' }
    })
    expect(body.indexOf('### 1. Infrastructure plan')).toBeLessThan(body.indexOf('### 2. Images'))
    expect(body.indexOf('### 2. Images')).toBeLessThan(body.indexOf('### 3. Scan findings'))
    expect(body.indexOf('| `a` |')).toBeLessThan(body.indexOf('| `b` |'))
    expect(body).toContain('FULL')
  })

  it('drops scan details before cutting the plan, and stays within the limit', () => {
    const input = {
      environment: 'p',
      plan: 'P'.repeat(1000),
      images: [image('a')],
      scan: { full: 'F'.repeat(5000), short: 'SHORT' }
    }
    const fitsShort = renderPipelineComment(input, 2000)
    expect(fitsShort).toContain('SHORT')
    expect(fitsShort).toContain('P'.repeat(1000))
    expect(fitsShort.length).toBeLessThanOrEqual(2000)
    const cut = renderPipelineComment({ ...input, plan: 'P'.repeat(5000) }, 2000)
    expect(cut.length).toBeLessThanOrEqual(2000)
    expect(cut).toContain('the plan is cut here to fit GitHub’s limit')
  })

  it('adds a Frontend section after the scan findings when the static publish was planned', () => {
    const without = renderPipelineComment({ environment: 'p', plan: 'PLAN', images: [] })
    expect(without).not.toContain('Frontend')
    const body = renderPipelineComment({
      environment: 'p',
      plan: 'PLAN',
      images: [],
      frontend: '#### Static publish plan for `s3://b/`\n\nwould upload 2 files\n'
    })
    expect(body.indexOf('### 3. Scan findings')).toBeLessThan(body.indexOf('### 4. Frontend'))
    expect(body).toContain('would upload 2 files')
  })
})
