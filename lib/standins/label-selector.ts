/**
 * Kubernetes label selectors as the API server reads them in a list's `labelSelector`: terms joined
 * by commas, each `key`, `!key`, `key=value`, `key==value` or `key!=value` (the set-based `in` and
 * `notin` forms are not used by Shipline). For the stand-ins of the Kubernetes API. Pure.
 */

const TERM = /^\s*(!?)([^!=\s]+)\s*(==|!=|=)?\s*(.*?)\s*$/

/** Whether `labels` match every term of `selector` (an empty one matches all); throws on a term it cannot read. */
export function matchesLabelSelector(
  labels: Record<string, string>,
  selector: string | null | undefined
): boolean {
  for (const term of (selector ?? '').split(',').filter(Boolean)) {
    const [, not, key, op, value] = TERM.exec(term) ?? []
    if (!key) throw new Error(`unparsable labelSelector term ${term}`)
    const holds = !op ? key in labels : op === '!=' ? labels[key] !== value : labels[key] === value
    if (holds === Boolean(not)) return false
  }
  return true
}
