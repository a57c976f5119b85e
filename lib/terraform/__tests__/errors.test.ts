import { describe, expect, it } from '@jest/globals'
import { lockMessage, parseLockError, terraformErrors } from '../errors.js'

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
