/**
 * Every input of provision-infra, read once and validated before anything is installed or run.
 */
import { existsSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { InputError } from '../../../lib/core/errors.js'
import type { Inputs } from '../../../lib/core/inputs.js'
import { commentMarker } from '../../../lib/github/pr-comment.js'
import { runContext } from '../../../lib/github/pr-context.js'
import { COMMANDS, JOB_OUTPUTS, type ProvisionInputs } from '../../../lib/terraform/job-options.js'
import { parseConstraint } from '../../../lib/terraform/version.js'

export {
  COMMANDS,
  type Command,
  type ProvisionInputs,
  type TerraformVariable
} from '../../../lib/terraform/job-options.js'

export const INPUTS = {
  command: 'command',
  workingDirectory: 'working-directory',
  workspace: 'workspace',
  terraformVersion: 'terraform-version',
  terraformDownloadUrl: 'terraform-download-url',
  backendConfig: 'backend-config',
  varFile: 'var-file',
  vars: 'vars',
  planFile: 'plan-file',
  planSha256: 'plan-sha256',
  lockTimeout: 'lock-timeout',
  comment: 'comment',
  confirm: 'confirm',
  githubToken: 'github-token'
} as const

export const OUTPUTS = JOB_OUTPUTS

export const DEFAULTS = {
  workingDirectory: 'infra',
  terraformVersion: '1.11.4',
  terraformDownloadUrl: 'https://releases.hashicorp.com/terraform',
  lockTimeout: '5m'
} as const

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/
const BACKEND_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/
const WORKSPACE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,89}$/
const SHA256 = /^(?:sha256:)?([0-9a-fA-F]{64})$/

export interface InputEnvironment {
  env: NodeJS.ProcessEnv
  /** The repository root, against which relative paths are resolved. */
  cwd: string
}

export function getInputs(inputs: Inputs, { env, cwd }: InputEnvironment): ProvisionInputs {
  const command = inputs.oneOf(INPUTS.command, COMMANDS, 'plan')

  const workingDirectoryLabel = inputs.string(INPUTS.workingDirectory, { default: DEFAULTS.workingDirectory })
  const workingDirectory = resolve(cwd, workingDirectoryLabel)
  if (!isDirectory(workingDirectory))
    throw new InputError(
      INPUTS.workingDirectory,
      `"${workingDirectoryLabel}" is not a directory`,
      'the directory of the Terraform root module, relative to the repository root'
    )

  const workspaceInput = inputs.optional(INPUTS.workspace)
  const envWorkspace = env.TF_WORKSPACE?.trim() || undefined
  if (workspaceInput && envWorkspace && workspaceInput !== envWorkspace)
    throw new InputError(
      INPUTS.workspace,
      `"${workspaceInput}" differs from TF_WORKSPACE "${envWorkspace}"`,
      'the same workspace in both, or only one of them'
    )
  const workspace = workspaceInput ?? envWorkspace ?? 'default'
  if (!WORKSPACE.test(workspace))
    throw new InputError(
      INPUTS.workspace,
      `"${workspace}" is not a workspace name`,
      'letters, digits, "-", "_" and ".", starting with a letter or digit'
    )

  const versionText = inputs.string(INPUTS.terraformVersion, { default: DEFAULTS.terraformVersion })
  const terraformVersion = parseConstraint(versionText)
  if (!terraformVersion)
    throw new InputError(
      INPUTS.terraformVersion,
      `"${versionText}" is not a version constraint`,
      'a version or constraint such as 1.9.8, ~> 1.9 or >= 1.6, < 2.0'
    )

  const terraformDownloadUrl = inputs.string(INPUTS.terraformDownloadUrl, {
    default: DEFAULTS.terraformDownloadUrl
  })
  if (!isHttpUrl(terraformDownloadUrl))
    throw new InputError(
      INPUTS.terraformDownloadUrl,
      `"${terraformDownloadUrl}" is not an http(s) URL`,
      'the base URL of the Terraform releases (https://releases.hashicorp.com/terraform or a mirror of it)'
    )

  const backendConfig = inputs.multiline(INPUTS.backendConfig).map(line => {
    const eq = line.indexOf('=')
    const key = eq > 0 ? line.slice(0, eq).trim() : ''
    if (eq <= 0 || !BACKEND_KEY.test(key))
      throw new InputError(
        INPUTS.backendConfig,
        `line "${line}" is not key=value`,
        'one key=value per line, such as bucket=my-state'
      )
    return `${key}=${line.slice(eq + 1).trim()}`
  })

  const varFiles = inputs.multiline(INPUTS.varFile).map(file => {
    const path = resolve(cwd, file)
    if (!isFile(path))
      throw new InputError(
        INPUTS.varFile,
        `"${file}" is not a file`,
        'paths of .tfvars files relative to the repository root, one per line'
      )
    return path
  })

  const vars = inputs.multiline(INPUTS.vars).map(line => {
    const eq = line.indexOf('=')
    const name = eq > 0 ? line.slice(0, eq).trim() : ''
    if (eq <= 0)
      throw new InputError(INPUTS.vars, `line "${line}" is not name=value`, 'one name=value per line')
    if (!VARIABLE_NAME.test(name))
      throw new InputError(
        INPUTS.vars,
        `"${name}" is not a variable name`,
        'names of letters, digits, "_" and "-", not starting with a digit'
      )
    return { name, value: line.slice(eq + 1).trim() }
  })

  const planFileInput = inputs.optional(INPUTS.planFile)
  // By default the plan (which holds sensitive values) goes to the runner's temporary directory,
  // emptied after every job, never into the checkout.
  const planDir = env.RUNNER_TEMP
    ? join(
        env.RUNNER_TEMP,
        'shipline',
        'provision-infra',
        relativeLabel(cwd, workingDirectory).replace(/[^A-Za-z0-9._-]/g, '_')
      )
    : workingDirectory
  const defaultPlanFile = join(planDir, `${workspace}${command === 'destroy' ? '.destroy' : ''}.tfplan`)
  const planFile = planFileInput ? resolve(cwd, planFileInput) : defaultPlanFile
  if (planFileInput && isDirectory(planFile))
    throw new InputError(INPUTS.planFile, `"${planFileInput}" is a directory`, 'the path of a plan file')

  const shaInput = inputs.optional(INPUTS.planSha256)
  let planSha256: string | undefined
  if (shaInput) {
    const match = SHA256.exec(shaInput)
    if (!match)
      throw new InputError(
        INPUTS.planSha256,
        `"${shaInput}" is not a SHA-256`,
        '64 hexadecimal digits (the plan-sha256 output of a plan step)'
      )
    planSha256 = match[1].toLowerCase()
    if (command !== 'apply' && command !== 'destroy')
      throw new InputError(
        INPUTS.planSha256,
        `is not used by command ${command}`,
        'plan-sha256 with command apply or destroy'
      )
  }

  if (command === 'apply') {
    if (!planSha256)
      throw new InputError(
        INPUTS.planSha256,
        'is required by command apply (only a reviewed plan is applied)',
        'the plan-sha256 output of the plan step that was reviewed'
      )
    if (planFileInput && !isFile(planFile))
      throw new InputError(
        INPUTS.planFile,
        `"${planFileInput}" does not exist`,
        'the plan-file output of the plan step (download its artifact first)'
      )
    if (planFileInput && (vars.length || varFiles.length))
      throw new InputError(
        vars.length ? INPUTS.vars : INPUTS.varFile,
        'cannot be used when applying a saved plan-file (the plan carries its variables)',
        'no vars or var-file with apply and plan-file'
      )
  } else if (planFileInput && command === 'output') {
    throw new InputError(
      INPUTS.planFile,
      'is not used by command output',
      'plan-file with command plan, check, apply or destroy'
    )
  }

  const lockTimeoutMs = inputs.duration(INPUTS.lockTimeout, DEFAULTS.lockTimeout, { max: 2 * 3_600_000 })
  const context = runContext(env)
  const comment = inputs.boolean(INPUTS.comment, context.pullRequest !== undefined)

  const confirm = inputs.optional(INPUTS.confirm)
  if (confirm !== undefined) {
    if (command !== 'destroy')
      throw new InputError(
        INPUTS.confirm,
        `is not used by command ${command}`,
        'confirm with command destroy only'
      )
    if (confirm !== workspace)
      throw new InputError(
        INPUTS.confirm,
        `"${confirm}" does not match the workspace "${workspace}"`,
        `exactly "${workspace}" to destroy it, or nothing for a preview`
      )
  }

  const githubToken = inputs.string(INPUTS.githubToken)
  if (comment && command === 'plan' && context.pullRequest && !githubToken)
    throw new InputError(
      INPUTS.githubToken,
      'is empty but the plan comment is on',
      'a token with pull-requests: write (the default github.token), or comment: false'
    )

  return {
    command,
    workingDirectory,
    workingDirectoryLabel: relativeLabel(cwd, workingDirectory),
    workspace,
    commentMarker: commentMarker('provision-infra', relativeLabel(cwd, workingDirectory), workspace),
    selectWorkspace: workspaceInput !== undefined && !envWorkspace,
    terraformVersion,
    terraformDownloadUrl,
    backendConfig,
    varFiles,
    vars,
    planFile,
    planFileGiven: planFileInput !== undefined,
    planSha256,
    lockTimeoutSeconds: Math.ceil(lockTimeoutMs / 1000),
    comment,
    confirm,
    githubToken,
    context
  }
}

function relativeLabel(cwd: string, path: string): string {
  const rel = relative(cwd, path)
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function isFile(path: string): boolean {
  return existsSync(path) && !isDirectory(path)
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}
