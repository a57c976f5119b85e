/**
 * Every input of provision-infra, read once and validated before anything is installed or run.
 */
import { isAbsolute, join, relative } from 'node:path'
import { InputError } from '../../../lib/core/errors.js'
import type { Inputs } from '../../../lib/core/inputs.js'
import { splitKeyValue } from '../../../lib/core/key-value.js'
import { checkRegularFile, fileInput, GiB, MiB, pathInside, pathKind } from '../../../lib/core/paths.js'
import { insecureUrlProblem } from '../../../lib/core/url.js'
import { commentMarker } from '../../../lib/github/pr-comment.js'
import { runContext } from '../../../lib/github/pr-context.js'
import {
  type Command,
  COMMANDS,
  JOB_OUTPUTS,
  type ProvisionInputs,
  type TerraformVariable
} from '../../../lib/terraform/job-options.js'
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
  lock: 'lock',
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

const ACCEPTED = {
  workingDirectory: 'the directory of the Terraform root module, relative to the repository root',
  varFile: 'paths of .tfvars files of at most 8 MiB relative to the repository root, one per line',
  planFile: 'the path of a plan file',
  appliedPlan: 'the plan-file output of a plan step'
}

/** Bounds of what becomes terraform's argv (-var, -backend-config, -var-file) and of the files it reads. */
const BOUNDS = {
  vars: { maxLines: 500, maxLineLength: 32 * 1024 },
  lines: { maxLines: 100, maxLineLength: 4096 },
  varFileBytes: 8 * MiB,
  planFileBytes: 2 * GiB
}

/** Inputs that name a path: inside the workspace (plan files also under RUNNER_TEMP). */
function workspacePath(
  input: string,
  value: string,
  where: InputEnvironment,
  accepted: string,
  temp = false
) {
  return pathInside(input, value, {
    root: where.cwd,
    alsoUnder: temp ? [where.env.RUNNER_TEMP] : [],
    accepted: `${accepted}, inside the workspace${temp ? ' or RUNNER_TEMP' : ''}`
  })
}

function readWorkingDirectory(inputs: Inputs, where: InputEnvironment): string {
  const label = inputs.string(INPUTS.workingDirectory, { default: DEFAULTS.workingDirectory })
  const accepted = `${ACCEPTED.workingDirectory}, inside the workspace`
  const path = workspacePath(INPUTS.workingDirectory, label, where, ACCEPTED.workingDirectory)
  if (pathKind(INPUTS.workingDirectory, path, accepted, label) !== 'directory')
    throw new InputError(INPUTS.workingDirectory, `"${label}" is not a directory`, accepted)
  return path
}

function readWorkspace(inputs: Inputs, env: NodeJS.ProcessEnv): { workspace: string; select: boolean } {
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
  return { workspace, select: workspaceInput !== undefined && !envWorkspace }
}

function readTerraformRelease(inputs: Inputs) {
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
  if (insecureUrlProblem(terraformDownloadUrl))
    throw new InputError(
      INPUTS.terraformDownloadUrl,
      `"${terraformDownloadUrl}" is not an https URL`,
      'the HTTPS base URL of the Terraform releases (https://releases.hashicorp.com/terraform or a mirror of it; plain http only on loopback)'
    )
  return { terraformVersion, terraformDownloadUrl }
}

function readBackendConfig(inputs: Inputs): string[] {
  return inputs.multiline(INPUTS.backendConfig, BOUNDS.lines).map(line => {
    const pair = splitKeyValue(line)
    if (!pair || !BACKEND_KEY.test(pair.key))
      throw new InputError(
        INPUTS.backendConfig,
        `line "${line}" is not key=value`,
        'one key=value per line, such as bucket=my-state'
      )
    return `${pair.key}=${pair.value}`
  })
}

function readVarFiles(inputs: Inputs, where: InputEnvironment): string[] {
  return inputs.multiline(INPUTS.varFile, BOUNDS.lines).map(file =>
    fileInput(INPUTS.varFile, file, {
      root: where.cwd,
      accepted: `${ACCEPTED.varFile}, inside the workspace`,
      maxBytes: BOUNDS.varFileBytes
    })
  )
}

function readVars(inputs: Inputs): TerraformVariable[] {
  return inputs.multiline(INPUTS.vars, BOUNDS.vars).map(line => {
    const pair = splitKeyValue(line)
    if (!pair)
      throw new InputError(INPUTS.vars, `line "${line}" is not name=value`, 'one name=value per line')
    if (!VARIABLE_NAME.test(pair.key))
      throw new InputError(
        INPUTS.vars,
        `"${pair.key}" is not a variable name`,
        'names of letters, digits, "_" and "-", not starting with a digit'
      )
    return { name: pair.key, value: pair.value }
  })
}

/**
 * The plan file: by default under the runner's temporary directory (the plan holds sensitive
 * values; RUNNER_TEMP is emptied after every job), never in the checkout.
 */
function readPlanFile(
  inputs: Inputs,
  where: InputEnvironment,
  workingDirectory: string,
  name: string
): { planFile: string; given: boolean } {
  const given = inputs.optional(INPUTS.planFile)
  if (given !== undefined) {
    const planFile = workspacePath(INPUTS.planFile, given, where, ACCEPTED.planFile, true)
    if (pathKind(INPUTS.planFile, planFile, ACCEPTED.planFile, given) === 'directory')
      throw new InputError(INPUTS.planFile, `"${given}" is a directory`, ACCEPTED.planFile)
    return { planFile, given: true }
  }
  const { RUNNER_TEMP } = where.env
  const dir = RUNNER_TEMP
    ? join(
        RUNNER_TEMP,
        'shipline',
        'provision-infra',
        relativeLabel(where.cwd, workingDirectory).replace(/[^A-Za-z0-9._-]/g, '_')
      )
    : workingDirectory
  return { planFile: join(dir, name), given: false }
}

function readPlanSha256(inputs: Inputs, command: Command): string | undefined {
  const text = inputs.optional(INPUTS.planSha256)
  if (!text) return undefined
  const match = SHA256.exec(text)
  if (!match)
    throw new InputError(
      INPUTS.planSha256,
      `"${text}" is not a SHA-256`,
      '64 hexadecimal digits (the plan-sha256 output of a plan step)'
    )
  if (command !== 'apply' && command !== 'destroy')
    throw new InputError(
      INPUTS.planSha256,
      `is not used by command ${command}`,
      'plan-sha256 with command apply or destroy'
    )
  return match[1].toLowerCase()
}

/**
 * What apply needs: plan-sha256, the reviewed plan's checksum. With a plan file (the plan-file given,
 * or the one a plan step of this job wrote) that file is applied when its checksum is plan-sha256, and
 * vars and var-file are refused (the plan carries its variables); without one, the job plans again
 * (with vars and var-file) and applies only a plan with that checksum. destroy with confirm and
 * plan-sha256 applies its teardown plan the same way. Returns whether the job plans again.
 */
function checkCommandInputs(
  command: Command,
  plan: { planFile: string; given: boolean; sha256?: string; label?: string },
  variables: { vars: TerraformVariable[]; varFiles: string[] },
  confirm: string | undefined
): boolean {
  if (command === 'apply' && !plan.sha256)
    throw new InputError(
      INPUTS.planSha256,
      'is required by command apply (only a reviewed plan is applied)',
      'the plan-sha256 output of the plan step that was reviewed'
    )
  if (command === 'destroy' && plan.sha256 && confirm === undefined)
    throw new InputError(
      INPUTS.planSha256,
      'is used by command destroy only with confirm (it names the previewed teardown plan to apply)',
      'plan-sha256 with command destroy and confirm, or with command apply'
    )
  if (command === 'apply' || (command === 'destroy' && plan.sha256)) {
    const accepted = `${ACCEPTED.appliedPlan}, of at most 2 GiB`
    let saved: string
    if (plan.given) {
      checkRegularFile(
        INPUTS.planFile,
        plan.planFile,
        plan.label ?? plan.planFile,
        BOUNDS.planFileBytes,
        accepted
      )
      saved = `with plan-file (${plan.label ?? plan.planFile})`
    } else {
      const kind = pathKind(INPUTS.planFile, plan.planFile, ACCEPTED.planFile)
      if (kind === 'missing') return true
      if (kind !== 'file')
        throw new InputError(
          INPUTS.planFile,
          `is empty, and the default plan file ${plan.planFile} is not a regular file`,
          `${ACCEPTED.appliedPlan}, or nothing (the job plans again)`
        )
      checkRegularFile(INPUTS.planFile, plan.planFile, plan.planFile, BOUNDS.planFileBytes, accepted)
      saved = `with the plan file a plan step of this job wrote (${plan.planFile})`
    }
    if (variables.vars.length || variables.varFiles.length)
      throw new InputError(
        variables.vars.length ? INPUTS.vars : INPUTS.varFile,
        `cannot be used when command ${command} applies a saved plan ${saved}: the plan carries its variables`,
        `vars and var-file only when ${command} plans again (no plan-file, and no plan step of this job)`
      )
  } else if (plan.given && command === 'output') {
    throw new InputError(
      INPUTS.planFile,
      'is not used by command output',
      'plan-file with command plan, check, apply or destroy'
    )
  }
  return false
}

/** lock: false plans without the state lock: only a read-only plan, check or destroy preview (a pull request's). */
function readLock(inputs: Inputs, command: Command, confirm: string | undefined): boolean {
  const lock = inputs.boolean(INPUTS.lock, true)
  if (!lock && (command === 'apply' || confirm !== undefined))
    throw new InputError(
      INPUTS.lock,
      `false is refused for ${command === 'apply' ? 'apply' : 'a confirmed destroy'}, which changes the state`,
      'false only for a read-only plan, check or destroy preview'
    )
  return lock
}

function readConfirm(inputs: Inputs, command: Command, workspace: string): string | undefined {
  const confirm = inputs.optional(INPUTS.confirm)
  if (confirm === undefined) return undefined
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
  return confirm
}

export function getInputs(inputs: Inputs, where: InputEnvironment): ProvisionInputs {
  const { env, cwd } = where
  const command = inputs.oneOf(INPUTS.command, COMMANDS, 'plan')
  const workingDirectory = readWorkingDirectory(inputs, where)
  const workingDirectoryLabel = relativeLabel(cwd, workingDirectory)
  const { workspace, select } = readWorkspace(inputs, env)
  const release = readTerraformRelease(inputs)
  const backendConfig = readBackendConfig(inputs)
  const varFiles = readVarFiles(inputs, where)
  const vars = readVars(inputs)
  const planName = `${workspace}${command === 'destroy' ? '.destroy' : ''}.tfplan`
  const plan = readPlanFile(inputs, where, workingDirectory, planName)
  const planSha256 = readPlanSha256(inputs, command)
  const confirm = readConfirm(inputs, command, workspace)
  const planAgain = checkCommandInputs(
    command,
    { ...plan, sha256: planSha256, label: inputs.optional(INPUTS.planFile) },
    { vars, varFiles },
    confirm
  )
  const lockTimeoutMs = inputs.duration(INPUTS.lockTimeout, DEFAULTS.lockTimeout, { max: 2 * 3_600_000 })
  const lock = readLock(inputs, command, confirm)
  const context = runContext(env)
  const comment = inputs.boolean(INPUTS.comment, context.pullRequest !== undefined)
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
    workingDirectoryLabel,
    workspace,
    commentMarker: commentMarker('provision-infra', workingDirectoryLabel, workspace),
    selectWorkspace: select,
    ...release,
    backendConfig,
    varFiles,
    vars,
    planFile: plan.planFile,
    planFileGiven: plan.given,
    planSha256,
    planAgain,
    lockTimeoutSeconds: Math.ceil(lockTimeoutMs / 1000),
    lock,
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
