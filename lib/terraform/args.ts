/**
 * The argv of every Terraform command the action runs, built from the inputs alone (pure, so the
 * exact command lines are tested table-driven).
 */
import type { ProvisionInputs } from './job-options.js'

type ArgInputs = Pick<
  ProvisionInputs,
  'backendConfig' | 'varFiles' | 'planFile' | 'lockTimeoutSeconds' | 'workspace' | 'lock'
>

export const VERSION_ARGS = ['version', '-json']
export const VALIDATE_ARGS = ['validate', '-no-color']
export const OUTPUT_ARGS = ['output', '-json']

export function initArgs(inputs: Pick<ArgInputs, 'backendConfig'>): string[] {
  return ['init', '-input=false', '-no-color', ...inputs.backendConfig.map(pair => `-backend-config=${pair}`)]
}

export function workspaceArgs(workspace: string): string[] {
  return ['workspace', 'select', '-or-create=true', workspace]
}

/**
 * A plan; with `lock: false` it neither takes nor waits for the state lock. The `vars` input comes
 * as `varsFile` (vars-file.ts), never as `-var` values in the process list; last, so it wins over
 * the var-file input as `-var` did.
 */
export function planArgs(
  inputs: ArgInputs,
  options: { destroy?: boolean; varsFile?: string } = {}
): string[] {
  return [
    'plan',
    '-input=false',
    '-no-color',
    '-detailed-exitcode',
    inputs.lock === false ? '-lock=false' : `-lock-timeout=${inputs.lockTimeoutSeconds}s`,
    `-out=${inputs.planFile}`,
    ...(options.destroy ? ['-destroy'] : []),
    ...inputs.varFiles.map(file => `-var-file=${file}`),
    ...(options.varsFile ? [`-var-file=${options.varsFile}`] : [])
  ]
}

export function showArgs(planFile: string): string[] {
  return ['show', '-json', planFile]
}

/** Applies a saved plan: no variables (the plan carries them), no approval prompt. */
export function applyArgs(inputs: Pick<ArgInputs, 'lockTimeoutSeconds'>, planFile: string): string[] {
  return ['apply', '-input=false', '-no-color', `-lock-timeout=${inputs.lockTimeoutSeconds}s`, planFile]
}
