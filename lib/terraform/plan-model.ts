/**
 * What a plan does, in the terms a reviewer needs: each resource change classified (and ranked by
 * risk), the counts exactly as Terraform prints them, and destroy/replace reasons in words.
 */
import { isMoved, type PathStep, type PlanJson, type ResourceChange } from './plan-json.js'

export type ChangeKind =
  'replace' | 'delete' | 'forget' | 'update' | 'create' | 'import' | 'move' | 'read' | 'no-op' | 'unknown'

/** Higher is riskier: details of lower ranks are cut first, destroy/replace lines last of all. */
export const RISK: Record<ChangeKind | 'output' | 'drift', number> = {
  replace: 9,
  delete: 8,
  unknown: 7,
  forget: 6,
  update: 5,
  import: 4,
  create: 3,
  drift: 2,
  move: 1,
  output: 1,
  read: 0,
  'no-op': 0
}

/** The order of action groups inside a module: riskiest first. */
export const KIND_ORDER: ChangeKind[] = [
  'replace',
  'delete',
  'unknown',
  'forget',
  'update',
  'import',
  'create',
  'move',
  'read'
]

export const KIND_LABEL: Record<ChangeKind, string> = {
  replace: 'replace',
  delete: 'destroy',
  forget: 'forget (removed from state, not destroyed)',
  update: 'update in-place',
  create: 'create',
  import: 'import',
  move: 'move',
  read: 'read (data sources)',
  'no-op': 'no-op',
  unknown: 'unknown action'
}

export interface PlanCounts {
  add: number
  change: number
  destroy: number
  replace: number
  move: number
  import: number
  forget: number
}

export function kindOf(rc: ResourceChange): ChangeKind {
  const actions = rc.change.actions
  const first = actions[0]
  if (actions.length === 1) {
    switch (first) {
      case 'no-op':
        if (rc.change.importing) return 'import'
        return isMoved(rc) ? 'move' : 'no-op'
      case 'create':
      case 'read':
      case 'update':
      case 'forget':
        return first
      case 'delete':
        return 'delete'
      default:
        return 'unknown'
    }
  }
  if (
    actions.length === 2 &&
    ((first === 'delete' && actions[1] === 'create') || (first === 'create' && actions[1] === 'delete'))
  )
    return 'replace'
  return 'unknown'
}

/** The kind of every resource change, in order (computed once per render). */
export function kindsOf(plan: PlanJson): ChangeKind[] {
  return (plan.resource_changes ?? []).map(kindOf)
}

export function isManaged(rc: ResourceChange): boolean {
  return rc.mode === undefined || rc.mode === 'managed'
}

/** Counts as Terraform's "Plan: N to add, N to change, N to destroy." line has them, plus the rest. */
export function countChanges(plan: PlanJson, kinds: ChangeKind[] = kindsOf(plan)): PlanCounts {
  const counts: PlanCounts = { add: 0, change: 0, destroy: 0, replace: 0, move: 0, import: 0, forget: 0 }
  const changes = plan.resource_changes ?? []
  for (let i = 0; i < changes.length; i++) {
    const rc = changes[i]
    if (!isManaged(rc)) continue
    const kind = kinds[i]
    if (kind === 'create') counts.add++
    else if (kind === 'update') counts.change++
    else if (kind === 'delete') counts.destroy++
    else if (kind === 'replace') {
      counts.add++
      counts.destroy++
      counts.replace++
    } else if (kind === 'forget') counts.forget++
    if (rc.change.importing) counts.import++
    if (isMoved(rc)) counts.move++
  }
  return counts
}

/** Whether applying the plan would change anything (resources or outputs). */
export function planHasChanges(plan: PlanJson, kinds: ChangeKind[] = kindsOf(plan)): boolean {
  if (kinds.some(kind => kind !== 'no-op' && kind !== 'read')) return true
  for (const change of Object.values(plan.output_changes ?? {}))
    if (!(change.actions.length === 1 && change.actions[0] === 'no-op')) return true
  return false
}

/** `1 to add, 0 to change, 1 to destroy` */
export function countsLine(counts: PlanCounts): string {
  return `${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy`
}

/** `1 to replace, 2 moved, 1 to import, 1 to forget`, only the non-zero ones. */
export function extraCounts(counts: PlanCounts): string {
  const parts: string[] = []
  if (counts.replace) parts.push(`${counts.replace} to replace`)
  if (counts.move) parts.push(`${counts.move} moved`)
  if (counts.import) parts.push(`${counts.import} to import`)
  if (counts.forget) parts.push(`${counts.forget} to forget`)
  return parts.join(', ')
}

const REASONS: Record<string, string> = {
  replace_because_tainted:
    'it is tainted (an earlier apply failed part-way, or it was marked for replacement)',
  replace_because_cannot_update: 'a change cannot be made in place',
  replace_by_request: 'replacement was requested (-replace)',
  replace_by_triggers: 'a reference in its replace_triggered_by changed',
  delete_because_no_resource_config: 'its resource block is no longer in the configuration',
  delete_because_no_module: 'its module is no longer in the configuration',
  delete_because_wrong_repetition: 'count / for_each changed how the resource repeats',
  delete_because_count_index: 'its count index is beyond the new count',
  delete_because_each_key: 'its for_each key is no longer in the collection',
  delete_because_no_move_target: 'a moved block points at an address with no configuration',
  read_because_config_unknown: 'its configuration is known only during apply',
  read_because_dependency_pending: 'it depends on changes that are still pending',
  read_because_check_nested: 'it is in a check block'
}

/** The action_reason in words; an unknown reason is shown as Terraform wrote it. */
export function reasonText(reason: string | undefined): string | undefined {
  if (!reason) return undefined
  return REASONS[reason] ?? `reason "${reason}"`
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/

/** `["tags", "Name"]` → `tags.Name`; `["ebs", 0, "size"]` → `ebs[0].size`; odd keys quoted. */
export function formatPath(path: readonly PathStep[]): string {
  let out = ''
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`
    else if (IDENTIFIER.test(step)) out += out ? `.${step}` : step
    else out += `[${JSON.stringify(step)}]`
  }
  return out
}

/** The module part of an address: `module.a.module.b` (or '' for the root module). */
export function moduleOf(rc: ResourceChange): string {
  if (typeof rc.module_address === 'string') return rc.module_address
  let rest = rc.address
  let module = ''
  for (;;) {
    const match = /^module\.[^.[]+(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?\./.exec(rest)
    if (!match) return module
    module += (module ? '.' : '') + match[0].slice(0, -1)
    rest = rest.slice(match[0].length)
  }
}
