/** What a Terraform job runs: the command and everything it needs, as provision-infra's inputs give it. */
import type { RunContext } from '../github/pr-context.js'
import type { VersionConstraint } from './version.js'

/** The names of the outputs a job sets (provision-infra's outputs). */
export const JOB_OUTPUTS = {
  hasChanges: 'has-changes',
  add: 'add',
  change: 'change',
  destroy: 'destroy',
  replace: 'replace',
  planFile: 'plan-file',
  planSha256: 'plan-sha256',
  planJson: 'plan-json',
  outputs: 'outputs'
} as const

export const COMMANDS = ['plan', 'apply', 'destroy', 'output', 'check'] as const
export type Command = (typeof COMMANDS)[number]

export interface TerraformVariable {
  name: string
  value: string
}

export interface ProvisionInputs {
  command: Command
  /** Absolute path of the Terraform root module. */
  workingDirectory: string
  /** As given, relative to the repository: for messages, the comment and its marker. */
  workingDirectoryLabel: string
  workspace: string
  /** The hidden marker of this directory and workspace's sticky PR comment. */
  commentMarker: string
  /** Run `terraform workspace select -or-create` (a workspace was given and TF_WORKSPACE is unset). */
  selectWorkspace: boolean
  terraformVersion: VersionConstraint
  terraformDownloadUrl: string
  backendConfig: string[]
  varFiles: string[]
  vars: TerraformVariable[]
  /**
   * Absolute path of the plan file: written by plan, check, destroy's preview and a plan made again;
   * read by apply, and by destroy with plan-sha256 (the previewed teardown plan), when it exists.
   */
  planFile: string
  /** Whether plan-file was given (else planFile is the default path, where this job's plan step wrote it). */
  planFileGiven: boolean
  /** The reviewed plan's content checksum (see plan-file.ts). */
  planSha256?: string
  /**
   * apply, or destroy with confirm and plan-sha256, without a plan file (none given, none written by a
   * plan step of this job): plan again, and apply only a plan whose checksum is planSha256.
   */
  planAgain: boolean
  lockTimeoutSeconds: number
  /** Take the state lock (false: a read-only plan that neither waits for nor writes a lock). */
  lock: boolean
  comment: boolean
  confirm?: string
  githubToken: string
  context: RunContext
}
