/**
 * Which called workflows a rehearsal runs: the repository's own (./), and Shipline's reusable
 * workflows by a remote uses: line (a repository named shipline, or the caller's "# Pinned to"
 * one), mapped onto this installation; anything else is refused in one line naming the uses: line.
 * And the job_workflow_ref claim GitHub would give a job of such a call.
 */
import { describe, expect, it } from '@jest/globals'
import { calledWorkflow, jobWorkflowRef, mappingLine, pinnedRepository } from '../called-workflow.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

describe('calledWorkflow', () => {
  it.each([
    ['./.github/workflows/deploy.yml', undefined, { kind: 'local', path: '.github/workflows/deploy.yml' }],
    [
      'shipline-dev/shipline/.github/workflows/deploy.yml@v1.2.3',
      undefined,
      {
        kind: 'shipline',
        repository: 'shipline-dev/shipline',
        path: '.github/workflows/deploy.yml',
        ref: 'v1.2.3'
      }
    ],
    [
      `acme/Shipline/.github/workflows/plan.yaml@${SHA}`,
      undefined,
      { kind: 'shipline', repository: 'acme/Shipline', path: '.github/workflows/plan.yaml', ref: SHA }
    ],
    [
      'acme/delivery/.github/workflows/rescan.yml@v0.1.0',
      'acme/delivery',
      { kind: 'shipline', repository: 'acme/delivery', path: '.github/workflows/rescan.yml', ref: 'v0.1.0' }
    ]
  ])('maps %s (pinned %s)', (uses, pinned, expected) => {
    expect(calledWorkflow(uses, '.github/workflows/shipline.yml', pinned)).toEqual(expected)
  })

  it.each([
    ['acme/delivery/.github/workflows/deploy.yml@v1.0.0', undefined],
    ['acme/delivery/.github/workflows/deploy.yml@v1.0.0', 'acme/other'],
    ['acme/shipline/deploy.yml@v1.0.0', undefined],
    ['acme/shipline/.github/workflows/deploy.yml', undefined]
  ])('refuses %s (pinned %s) in one line naming it and what is accepted', (uses, pinned) => {
    expect(() => calledWorkflow(uses, '.github/workflows/shipline.yml', pinned)).toThrow(
      `.github/workflows/shipline.yml: uses: ${uses}: the rehearsal runs a workflow of this repository (./.github/workflows/NAME.yml) or one of Shipline’s (OWNER/shipline/.github/workflows/NAME.yml@REF, or the repository of the caller’s "# Pinned to" line)`
    )
  })
})

describe('pinnedRepository', () => {
  it('reads the repository of the "# Pinned to" line shipline init writes', () => {
    const text =
      '# Shipline caller\n# Pinned to acme/delivery@v0.1.0: the workflows run the actions of that commit.\nname: x\n'
    expect(pinnedRepository(text)).toBe('acme/delivery')
    expect(pinnedRepository('name: x\n')).toBeUndefined()
  })
})

describe('jobWorkflowRef', () => {
  const call = { repository: 'acme/shipline', path: '.github/workflows/deploy.yml' }
  it.each([
    ['v1.2.3', 'acme/shipline/.github/workflows/deploy.yml@refs/tags/v1.2.3'],
    [SHA, `acme/shipline/.github/workflows/deploy.yml@${SHA}`],
    ['main', 'acme/shipline/.github/workflows/deploy.yml@refs/heads/main'],
    ['refs/heads/next', 'acme/shipline/.github/workflows/deploy.yml@refs/heads/next']
  ])('of a uses: line @%s is %s, as GitHub resolves it', (ref, expected) => {
    expect(jobWorkflowRef({ ...call, ref })).toBe(expected)
  })

  it('says what the call runs', () => {
    expect(mappingLine({ ...call, ref: 'v1.2.3' }, '0.1.0')).toBe(
      'uses: acme/shipline/.github/workflows/deploy.yml@v1.2.3 → this installation’s .github/workflows/deploy.yml (Shipline 0.1.0)'
    )
  })
})
