/**
 * The services a plan removes, and what each takes with it. Pure: it reads only the plan JSON.
 *
 * A service is a `for_each` key: infra/ makes every per-service resource with for_each over the
 * service names of shipline.yml (`module.ecr.aws_ecr_repository.this["billing"]`,
 * `module.eks.aws_iam_role.irsa["billing"]`, `module.alb.aws_lb_target_group.this["billing"]`, and
 * a key of a module instance counts too: `module.svc["billing"].aws_s3_bucket.this`). Which keys are
 * services is decided in this order:
 *   1. the service list of the previous apply, when the plan carries it: every service has an ECR
 *      repository keyed by its name (DESIGN.md: the name is also the image repository's), so the
 *      string keys of the `aws_ecr_repository` instances in `prior_state` (or, for a plan JSON
 *      without prior_state, in the resource changes) are the services;
 *   2. with no ECR repository in the plan at all, any string key.
 * A service is removed when at least one resource change carries its key and every change that
 * carries it is a delete: a replace, a create, an update, a read, a forget or a no-op of the same
 * key means the service is still in the configuration (or is not destroyed), and it is not named.
 */
import { kindOf, isManaged, type ChangeKind } from './plan-model.js'
import { isObject, type PlanJson, type ResourceChange } from './plan-json.js'

/** How the services were recognised (see the module comment). */
export type ServiceSource = 'registry' | 'keys'

export interface RemovedResource {
  address: string
  type: string
  /** `the ECR repository`: the resource in words, for the types that matter most. */
  what?: string
  /** Its name as the plan shows it (`billing`), when it is not sensitive. */
  name?: string
  /** What is lost with it (`every image in it`), for the types that hold data. */
  data?: string
  /** Why the delete may fail (`force_delete is false: …`), when the plan shows it. */
  guard?: string
}

export interface TypeGroup {
  type: string
  addresses: string[]
}

export interface RemovedService {
  name: string
  /** Every resource deleted with it, in plan order. */
  resources: RemovedResource[]
  /** The same, grouped by type: data-bearing types first, then the named ones, then by type. */
  byType: TypeGroup[]
}

export interface RemovedServices {
  source: ServiceSource
  services: RemovedService[]
}

interface Describer {
  what: string
  /** The attribute of `before` that names it. */
  nameAttribute: string
  data?: string
  /** The attribute and value of `before` that make the delete fail, and why. */
  guard?: { attribute: string; value: unknown; text: string }
}

/** The types whose delete loses data, and the few others worth naming in words. */
const DESCRIBERS: Record<string, Describer> = {
  aws_ecr_repository: {
    what: 'the ECR repository',
    nameAttribute: 'name',
    data: 'every image in it',
    guard: {
      attribute: 'force_delete',
      value: false,
      text: 'force_delete is false: the delete fails while it holds images'
    }
  },
  aws_cloudwatch_log_group: { what: 'the log group', nameAttribute: 'name', data: 'every log event in it' },
  aws_secretsmanager_secret: { what: 'the secret', nameAttribute: 'name', data: 'its value' },
  aws_s3_bucket: {
    what: 'the bucket',
    nameAttribute: 'bucket',
    data: 'every object in it',
    guard: {
      attribute: 'force_destroy',
      value: false,
      text: 'force_destroy is false: the delete fails while it holds objects'
    }
  },
  aws_db_instance: {
    what: 'the database',
    nameAttribute: 'identifier',
    data: 'its data',
    guard: {
      attribute: 'deletion_protection',
      value: true,
      text: 'deletion_protection is on: the apply fails until it is turned off'
    }
  },
  aws_rds_cluster: { what: 'the database cluster', nameAttribute: 'cluster_identifier', data: 'its data' },
  aws_dynamodb_table: { what: 'the DynamoDB table', nameAttribute: 'name', data: 'every item in it' },
  aws_efs_file_system: { what: 'the file system', nameAttribute: 'creation_token', data: 'every file in it' },
  aws_ebs_volume: { what: 'the volume', nameAttribute: 'id', data: 'its data' },
  aws_iam_role: { what: 'the IAM role', nameAttribute: 'name' },
  aws_lb_target_group: { what: 'the target group', nameAttribute: 'name' },
  aws_security_group: { what: 'the security group', nameAttribute: 'name' }
}

const STRING_KEY = /\["((?:[^"\\]|\\.)*)"\]/g

/** The string instance keys of an address, module keys included: `module.a["x"].b.c["y"]` → x, y. */
export function stringKeys(address: string): string[] {
  const keys: string[] = []
  for (const match of address.matchAll(STRING_KEY)) keys.push(JSON.parse(`"${match[1]}"`) as string)
  return keys
}

export function removedServices(plan: PlanJson, kinds?: ChangeKind[]): RemovedServices {
  const changes = plan.resource_changes ?? []
  const kindList = kinds ?? changes.map(kindOf)
  const registry = registryNames(plan)
  const source: ServiceSource = registry.size ? 'registry' : 'keys'
  const byKey = new Map<string, number[]>()
  changes.forEach((rc, i) => {
    for (const key of new Set(stringKeys(rc.address))) {
      if (source === 'registry' && !registry.has(key)) continue
      let list = byKey.get(key)
      if (!list) byKey.set(key, (list = []))
      list.push(i)
    }
  })
  const services: RemovedService[] = []
  for (const [name, indexes] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!indexes.every(i => kindList[i] === 'delete' && isManaged(changes[i] as ResourceChange))) continue
    const resources = indexes.map(i => describe(changes[i] as ResourceChange))
    services.push({ name, resources, byType: groupByType(resources) })
  }
  return { source, services }
}

/** The keys of the ECR repositories of the previous apply (or of the plan, without prior_state). */
function registryNames(plan: PlanJson): Set<string> {
  const names = new Set<string>()
  const prior = isObject(plan.prior_state) && isObject(plan.prior_state.values) ? plan.prior_state.values : {}
  walkModule(prior.root_module, resource => {
    if (resource.type === 'aws_ecr_repository' && resource.mode === 'managed')
      if (typeof resource.index === 'string') names.add(resource.index)
  })
  if (!names.size)
    for (const rc of plan.resource_changes ?? [])
      if (rc.type === 'aws_ecr_repository' && isManaged(rc) && typeof rc.index === 'string')
        names.add(rc.index)
  return names
}

function walkModule(module: unknown, visit: (resource: Record<string, unknown>) => void): void {
  if (!isObject(module)) return
  if (Array.isArray(module.resources)) for (const r of module.resources) if (isObject(r)) visit(r)
  if (Array.isArray(module.child_modules)) for (const child of module.child_modules) walkModule(child, visit)
}

function describe(rc: ResourceChange): RemovedResource {
  const type = rc.type ?? typeFromAddress(rc.address)
  const resource: RemovedResource = { address: rc.address, type }
  const describer = DESCRIBERS[type]
  if (!describer) return resource
  const name = visibleAttribute(rc, describer.nameAttribute)
  resource.what = describer.what
  if (name !== undefined) resource.name = name
  if (describer.data) resource.data = describer.data
  const guard = describer.guard
  if (guard && visibleAttribute(rc, guard.attribute) === String(guard.value)) resource.guard = guard.text
  return resource
}

/** `before[attribute]` as text when it is a plain, non-sensitive string, number or boolean. */
function visibleAttribute(rc: ResourceChange, attribute: string): string | undefined {
  const before = rc.change.before
  const marks = rc.change.before_sensitive
  if (!isObject(before) || marks === true) return undefined
  if (isObject(marks) && marks[attribute] !== undefined && marks[attribute] !== false) return undefined
  const value = before[attribute]
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value)
  return undefined
}

/** `module.a["x"].aws_iam_role.irsa["x"]` → `aws_iam_role` (plans always carry type; older ones may not). */
function typeFromAddress(address: string): string {
  const parts = address
    .replace(STRING_KEY, '')
    .replace(/\[\d+\]/g, '')
    .split('.')
  return parts.length >= 2 ? (parts[parts.length - 2] as string) : address
}

function groupRank(type: string): number {
  const describer = DESCRIBERS[type]
  return describer?.data ? 0 : describer ? 1 : 2
}

function groupByType(resources: RemovedResource[]): TypeGroup[] {
  const groups = new Map<string, string[]>()
  for (const r of resources) {
    let list = groups.get(r.type)
    if (!list) groups.set(r.type, (list = []))
    list.push(r.address)
  }
  return [...groups]
    .map(([type, addresses]) => ({ type, addresses }))
    .sort((a, b) => groupRank(a.type) - groupRank(b.type) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
}
