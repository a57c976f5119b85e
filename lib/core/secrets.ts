/** Masking: register a secret with the runner before the first call that could print it. */
import * as core from '@actions/core'

const known = new Set<string>()

export function mask(secret: string | undefined): void {
  if (!secret) return
  known.add(secret)
  core.setSecret(secret)
}

/** `text` with every masked secret replaced by `***`, for text that leaves the runner's masking. */
export function redact(text: string, secrets: Iterable<string> = known): string {
  let out = text
  for (const secret of secrets) if (secret) out = out.split(secret).join('***')
  return out
}
