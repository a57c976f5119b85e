/**
 * `terraform output -json` → the values that may leave the job: sensitive outputs never do.
 */
import { UserError } from '../core/errors.js'

export interface ExportableOutputs {
  /** Non-sensitive outputs, name → value. */
  values: Record<string, unknown>
  /** Names of the sensitive outputs that were left out. */
  sensitive: string[]
}

export function exportableOutputs(json: string): ExportableOutputs {
  let parsed: unknown
  try {
    parsed = JSON.parse(json.trim() || '{}')
  } catch {
    throw new UserError(
      'terraform output -json printed something that is not JSON (is terraform the setup-terraform wrapper?)'
    )
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new UserError('terraform output -json printed JSON that is not an object of outputs')
  const values: Record<string, unknown> = {}
  const sensitive: string[] = []
  for (const [name, output] of Object.entries(parsed as Record<string, unknown>)) {
    const o = output as { sensitive?: unknown; value?: unknown } | null
    if (!o || typeof o !== 'object' || o.sensitive !== false) {
      // Anything not explicitly non-sensitive stays in the job.
      sensitive.push(name)
      continue
    }
    values[name] = o.value
  }
  return { values, sensitive }
}

/** An output's value as an action output: strings as they are, anything else as JSON. */
export function outputText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null)
}
