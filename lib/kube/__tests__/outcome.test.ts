/** The outcome rules, table-driven: a rollout's and its rollback's course → result, message, what to do. */
import { describe, expect, it } from '@jest/globals'
import {
  failureMessage,
  liveText,
  overallStatus,
  type RolloutFacts,
  type WorkloadOutcome,
  workloadOutcome
} from '../outcome.js'

const BAD = 'ecr/auth@sha256:bbbb'
const base: RolloutFacts = {
  kind: 'Deployment',
  name: 'auth',
  namespace: 'erp',
  revision: 2,
  message: 'deadline exceeded',
  durationMs: 1000,
  rolledOut: false,
  live: { revision: 2, images: [BAD] }
}
const CONFLICT = 'PATCH /x: 409 Conflict: Apply failed with 1 conflict: conflict with "kubectl-set"'
const UNDO = '`kubectl rollout undo deployment/auth -n erp --to-revision=1`'

describe('workloadOutcome', () => {
  it.each<{
    name: string
    facts: Partial<RolloutFacts>
    rollbackOn?: boolean
    result: WorkloadOutcome['result']
    message?: string
    next?: string
  }>([
    {
      name: 'a finished rollout',
      facts: { rolledOut: true, live: undefined },
      result: 'succeeded',
      message: 'deadline exceeded'
    },
    {
      name: 'a failure with rollback off',
      facts: { rollback: {} },
      rollbackOn: false,
      result: 'failed',
      message: `deadline exceeded; revision 2 stays live (${BAD})`,
      next: 'roll back by hand with `kubectl rollout undo deployment/auth -n erp`, or fix the failure and deploy again'
    },
    {
      name: 'a restored revision',
      facts: { rollback: { target: 1, restored: 1 } },
      result: 'rolled-back',
      message: 'deadline exceeded'
    },
    {
      name: 'a first rollout',
      facts: { revision: 1, rollback: {}, live: { revision: 1, images: [BAD] } },
      result: 'rollback-failed',
      message: `deadline exceeded; no previous revision to roll back to (first rollout); revision 1 stays live (${BAD})`,
      next: 'there is no earlier revision to return to: fix the failure and deploy again'
    },
    {
      name: 'a rollback apply that conflicted',
      facts: { rollback: { target: 1, failedAt: 'apply', error: CONFLICT } },
      result: 'rollback-failed',
      message: `deadline exceeded; the rollback to revision 1 failed: ${CONFLICT}; revision 2 stays live (${BAD})`,
      next: `restore revision 1 by hand with ${UNDO}, then fix the failure and deploy again; before the next deploy, settle the conflicting field (stop the other manager writing it, or hand it to shipline with \`kubectl apply --server-side --field-manager=shipline --force-conflicts\`)`
    },
    {
      name: 'a rollback apply that failed otherwise',
      facts: { rollback: { target: 1, failedAt: 'apply', error: '500 InternalError' } },
      result: 'rollback-failed',
      message: `deadline exceeded; the rollback to revision 1 failed: 500 InternalError; revision 2 stays live (${BAD})`,
      next: `restore revision 1 by hand with ${UNDO}, then fix the failure and deploy again`
    },
    {
      name: 'revisions that could not be read',
      facts: {
        rollback: { failedAt: 'prepare', error: 'Cannot reach the Kubernetes API' },
        live: { unreadable: 'Cannot reach the Kubernetes API' }
      },
      result: 'rollback-failed',
      message:
        'deadline exceeded; the rollback failed: Cannot reach the Kubernetes API; what is live now could not be read: Cannot reach the Kubernetes API',
      next: 'roll back by hand with `kubectl rollout undo deployment/auth -n erp` once the cluster answers, or fix the failure and deploy again'
    },
    {
      name: 'a rollback that did not finish',
      facts: {
        rollback: { target: 1, failedAt: 'wait', error: 'did not finish within 1m' },
        live: { revision: 3, images: ['ecr/auth@sha256:aaaa'] }
      },
      result: 'rollback-failed',
      message:
        'deadline exceeded; the rollback to revision 1 did not finish: did not finish within 1m; revision 3 stays live (ecr/auth@sha256:aaaa)',
      next: 'follow the rollback with `kubectl rollout status deployment/auth -n erp`; if it stays stuck, fix the failure and deploy again'
    },
    {
      name: 'no rollback record at all',
      facts: { live: undefined },
      result: 'rollback-failed',
      message: 'deadline exceeded; no rollback was attempted; what is live now is unknown',
      next: 'roll back by hand with `kubectl rollout undo deployment/auth -n erp`, or fix the failure and deploy again'
    }
  ])('$name → $result', ({ facts, rollbackOn = true, result, message, next }) => {
    const outcome = workloadOutcome({ ...base, ...facts }, rollbackOn)
    expect(outcome.result).toBe(result)
    if (message) expect(outcome.message).toBe(message)
    expect(outcome.nextStep).toBe(next)
    if (result === 'succeeded' || result === 'rolled-back') expect(outcome).not.toHaveProperty('live')
  })
})

describe('liveText', () => {
  it.each([
    [{ revision: 2, images: ['a', 'b'] }, 'revision 2 stays live (a, b)'],
    [{ revision: null, images: ['a'] }, 'the failed revision stays live (a)'],
    [{ revision: 4, images: [] }, 'revision 4 stays live'],
    [{ unreadable: '403 Forbidden' }, 'what is live now could not be read: 403 Forbidden']
  ])('%j → %s', (live, text) => expect(liveText(live)).toBe(text))
})

describe('overallStatus and failureMessage', () => {
  const outcome = (result: WorkloadOutcome['result'], extra: Partial<WorkloadOutcome> = {}) =>
    ({ ...base, result, ...extra }) as WorkloadOutcome
  it.each<[WorkloadOutcome['result'][], string]>([
    [['succeeded', 'succeeded'], 'succeeded'],
    [['succeeded', 'rolled-back'], 'rolled-back'],
    [['rolled-back', 'failed'], 'failed'],
    [['succeeded', 'rollback-failed'], 'failed']
  ])('%j → %s', (results, status) => expect(overallStatus(results.map(r => outcome(r)))).toBe(status))

  it('names every workload whose rollback failed, with its whole message', () => {
    const outcomes = [
      outcome('rolled-back', { name: 'hr', restoredRevision: 4 }),
      outcome('rollback-failed', { message: 'm1; the rollback to revision 1 failed: 409 Conflict: x' })
    ]
    expect(failureMessage(outcomes, true, 'DIAG')).toBe(
      '2 of 2 rollouts failed (rollback incomplete: deployment/auth: m1; the rollback to revision 1 failed: 409 Conflict: x). DIAG'
    )
    expect(failureMessage([outcome('rolled-back', { restoredRevision: 1 })], true, 'D')).toBe(
      '1 of 1 rollouts failed (rolled back deployment/auth to revision 1). D'
    )
    expect(failureMessage([outcome('failed')], false, 'D')).toBe(
      '1 of 1 rollouts failed (rollback-on-failure is off). D'
    )
    expect(failureMessage([outcome('succeeded')], true, 'D')).toBeUndefined()
  })
})
