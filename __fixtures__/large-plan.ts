/**
 * Large plans made of real resource shapes: every resource change is a copy of one in
 * ../shared/fixtures/terraform-plan-json/ (AWS instances and RDS from infracost's plan, Terraform's
 * own test plans) under a new address, across 50 modules, with about 1% destroys and 1%
 * replacements. The same generator as scripts/bench/plan-comment.mjs, for tests.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PlanJson, ResourceChange } from '../lib/terraform/plan-json.js'
import { sharedFixture } from './paths.js'

let shapes: ResourceChange[] | undefined

function realShapes(): ResourceChange[] {
  if (shapes) return shapes
  const dir = sharedFixture('terraform-plan-json')
  shapes = []
  for (const file of readdirSync(dir)
    .filter(f => f.endsWith('.json'))
    .sort()) {
    const plan = JSON.parse(readFileSync(join(dir, file), 'utf8')) as PlanJson
    for (const rc of plan.resource_changes ?? []) if ((rc.mode ?? 'managed') === 'managed') shapes.push(rc)
  }
  return shapes
}

/** A plan of `n` resource changes; `destroyEvery`/`replaceEvery` set how often each happens. */
export function largePlan(
  n: number,
  options: { destroyEvery?: number; replaceEvery?: number } = {}
): PlanJson {
  const all = realShapes()
  const withBefore = all.filter(rc => rc.change.before && typeof rc.change.before === 'object')
  const destroyEvery = options.destroyEvery ?? 200
  const replaceEvery = options.replaceEvery ?? 250
  const changes: ResourceChange[] = []
  for (let i = 0; i < n; i++) {
    let kind: 'keep' | 'delete' | 'replace' = 'keep'
    if (i % destroyEvery === 7 % destroyEvery) kind = 'delete'
    else if (i % replaceEvery === 11 % replaceEvery) kind = 'replace'
    const source = kind === 'keep' ? all[i % all.length] : withBefore[i % withBefore.length]
    const rc = JSON.parse(JSON.stringify(source)) as ResourceChange & Record<string, unknown>
    const module = `module.service_${i % 50}`
    rc.module_address = module
    rc.name = `${rc.name}_${i}`
    rc.address = `${module}.${rc.type}.${rc.name}`
    delete rc.index
    if (rc.change.actions[0] === 'no-op') rc.change.actions = ['update']
    if (kind === 'keep' && rc.change.actions.includes('delete')) {
      rc.change.actions = rc.change.after ? ['update'] : ['create']
      if (!rc.change.after) rc.change.after = rc.change.before
      delete rc.action_reason
      delete rc.change.replace_paths
    }
    if (kind === 'delete') {
      rc.change.actions = ['delete']
      rc.change.after = null
      rc.change.after_unknown = {}
      rc.action_reason = 'delete_because_no_resource_config'
      delete rc.change.replace_paths
    } else if (kind === 'replace') {
      rc.change.actions = ['delete', 'create']
      rc.action_reason = 'replace_because_cannot_update'
      rc.change.replace_paths = [[Object.keys(rc.change.before as object)[0]]]
    }
    changes.push(rc)
  }
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    resource_changes: changes,
    timestamp: '2025-01-14T09:12:33Z',
    applyable: true,
    complete: true,
    errored: false
  } as PlanJson
}
