import { describe, expect, it } from '@jest/globals'
import {
  erroredStateFile,
  expiredCredentials,
  lockMessage,
  lockReleaseFailed,
  parseLockError,
  stalePlan,
  terraformErrors
} from '../errors.js'

// The shape of Terraform's lock error (its LockInfo template), boxed as in coloured output.
const BOXED = [
  '╷',
  '│ Error: Error acquiring the state lock',
  '│ ',
  '│ Error message: ConditionalCheckFailedException: The conditional request failed',
  '│ Lock Info:',
  '│   ID:        f2f6c6b0-5b4c-2d23-3c8e-6a3e2e4b8f8a',
  '│   Path:      my-bucket/env/terraform.tfstate',
  '│   Operation: OperationTypePlan',
  '│   Who:       runner@fv-az123',
  '│   Version:   1.9.8',
  '│   Created:   2024-11-05 10:22:31.123456 +0000 UTC',
  '│   Info:      ',
  '│ ',
  '│ Terraform acquires a state lock to protect the state from being written',
  '│ by multiple users at the same time.',
  '╵'
].join('\n')

describe('parseLockError', () => {
  it('reads the lock from boxed (coloured) output', () => {
    expect(parseLockError(BOXED)).toEqual({
      id: 'f2f6c6b0-5b4c-2d23-3c8e-6a3e2e4b8f8a',
      path: 'my-bucket/env/terraform.tfstate',
      operation: 'OperationTypePlan',
      who: 'runner@fv-az123',
      version: '1.9.8',
      created: '2024-11-05 10:22:31.123456 +0000 UTC'
    })
  })

  it('reads it with ANSI colours', () => {
    expect(parseLockError(`\x1b[31m${BOXED}\x1b[0m`)?.id).toBe('f2f6c6b0-5b4c-2d23-3c8e-6a3e2e4b8f8a')
  })

  it('is undefined for other errors, and has an empty id when Terraform gave no lock info', () => {
    expect(parseLockError('Error: Unsupported argument')).toBeUndefined()
    expect(parseLockError('Error: Error acquiring the state lock\n\nError message: timeout')).toEqual({
      id: ''
    })
  })

  it('says how to release it', () => {
    expect(lockMessage({ id: '' }, 'infra', 0)).toBe(
      'The Terraform state is locked by another run; Terraform did not say by whom. Wait for it to finish, or release the lock with terraform force-unlock LOCK_ID in infra.'
    )
    expect(lockMessage({ id: 'abc', who: 'me@host' }, 'stacks/app', 0)).toBe(
      'The Terraform state is locked: lock abc is held by me@host. Wait for that run to finish; if it died, release the lock with: terraform force-unlock -force abc (in stacks/app), or raise lock-timeout.'
    )
  })
})

describe('terraformErrors', () => {
  it('keeps each Error: line with its first line of detail, skipping the source location', () => {
    const output = [
      'Error: Unsupported argument',
      '',
      '  on main.tf line 3, in resource "aws_s3_bucket" "assets":',
      '   3:   colour = "blue"',
      '',
      'An argument named "colour" is not expected here.',
      '',
      'Error: Missing required argument',
      '',
      'The argument "bucket" is required, but no definition was found.'
    ].join('\n')
    expect(terraformErrors(output)).toEqual([
      'Unsupported argument: An argument named "colour" is not expected here.',
      'Missing required argument: The argument "bucket" is required, but no definition was found.'
    ])
  })

  it('skips the values block of a -no-color diagnostic (its lines start with spaces and │)', () => {
    const output = [
      'Error: Invalid value for variable',
      '',
      '  on main.tf line 1:',
      '   1: variable "replicas" {',
      '    ├────────────────',
      '    │ var.replicas is 0',
      '',
      'replicas must be at least 1.',
      '',
      'This was checked by the validation rule at main.tf:3,3-13.'
    ].join('\n')
    expect(terraformErrors(output)).toEqual(['Invalid value for variable: replicas must be at least 1.'])
  })

  it('reads boxed output too', () => {
    expect(terraformErrors('╷\n│ Error: creating S3 Bucket (x): BucketAlreadyExists\n│ \n╵\n')).toEqual([
      'creating S3 Bucket (x): BucketAlreadyExists'
    ])
  })
})

// What Terraform 1.11.4 printed, its pg backend's lock held by another terraform (-no-color).
const PG_LOCKED = [
  'Error: Error acquiring the state lock',
  '',
  'Error message: Workspace is already locked: default',
  'Lock Info:',
  '  ID:        85e879ac-2b3d-14b9-4994-9c72cabcee30',
  '  Path:      ',
  '  Operation: OperationTypePlan',
  '  Who:       root@vm',
  '  Version:   1.11.4',
  '  Created:   2026-12-01 08:29:15.775114824 +0000 UTC',
  '  Info:      ',
  ''
].join('\n')

describe('the pg backend lock', () => {
  it('is read as the pg backend lock of a workspace, with the Lock Info of this run itself', () => {
    expect(parseLockError(PG_LOCKED)).toMatchObject({
      pgWorkspace: 'default',
      id: '85e879ac-2b3d-14b9-4994-9c72cabcee30',
      operation: 'OperationTypePlan'
    })
    expect(
      parseLockError(
        PG_LOCKED.replace('Workspace is already locked', 'Already locked for workspace creation')
      )?.pgWorkspace
    ).toBe('default')
  })

  it('is never described as held by this run, nor as released by force-unlock', () => {
    const message = lockMessage(parseLockError(PG_LOCKED) ?? { id: '' }, 'infra', 5)
    expect(message).toBe(
      "The Terraform state is locked (waited 5s, the lock-timeout): another run holds the pg backend's lock on workspace \"default\". The pg backend does not record who holds it (the lock 85e879ac-2b3d-14b9-4994-9c72cabcee30 that Terraform printed is this run's own request). It is a PostgreSQL advisory lock of the other run's database session, released when that terraform exits; terraform force-unlock cannot release it. Wait for that run to finish (its session is in pg_locks, locktype advisory, joined with pg_stat_activity), or raise lock-timeout."
    )
  })
})

describe('expired credentials, errored state, stale plans, unreleased locks', () => {
  it.each<[string, string, string | undefined]>([
    [
      'the SDK v1 wording',
      'failed to upload state: ExpiredToken: The provided token has expired.\n\tstatus code: 400',
      'ExpiredToken: The provided token has expired'
    ],
    [
      'the SDK v2 wording, boxed',
      '│ Error: failed to upload state: operation error S3: PutObject, https response error StatusCode: 400, api error ExpiredToken: The provided token has expired.',
      'ExpiredToken: The provided token has expired'
    ],
    [
      'STS',
      'api error ExpiredToken: The security token included in the request is expired',
      'ExpiredToken: The security token included in the request is expired'
    ],
    ['an exception name alone', 'api error ExpiredTokenException', 'ExpiredTokenException'],
    ['another error', 'Error: creating S3 Bucket (x): BucketAlreadyExists', undefined]
  ])('expiredCredentials: %s', (_name, output, expected) => {
    expect(expiredCredentials(output)).toBe(expected)
  })

  it('finds the errored.tfstate Terraform wrote, across a wrapped line', () => {
    expect(
      erroredStateFile(
        '│ recovery, the state has\n│ been written to the file "errored.tfstate" in the current working directory.'
      )
    ).toBe('errored.tfstate')
    expect(erroredStateFile('Error: Failed to save state')).toBeUndefined()
  })

  it('knows a stale plan and a lock that could not be released', () => {
    expect(stalePlan('\nError: Saved plan is stale\n\nThe given plan file can no longer be applied')).toBe(
      true
    )
    expect(stalePlan('Error: Failed to load plan')).toBe(false)
    expect(lockReleaseFailed('Error releasing the state lock')).toBe(true)
    expect(lockReleaseFailed('Releasing state lock. This may take a few moments...')).toBe(false)
  })
})
