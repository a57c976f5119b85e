/**
 * Server-side apply of every object, in dependency order, as field manager `shipline` without
 * forcing: a field another manager owns is a conflict, reported with the field and its owner.
 * Every object is tried; all failures are reported together.
 */
import type { Clock } from '../core/clock.js'
import { UserError } from '../core/errors.js'
import { KubeApiError, type KubeClient, type KubeObject } from './client.js'
import { info } from '../core/log.js'

export const FIELD_MANAGER = 'shipline'

export interface AppliedObject {
  /** The manifest as applied (namespace filled in for namespaced objects). */
  manifest: KubeObject
  live: KubeObject
  path: string
}

/** `deployment.apps/auth-service` as kubectl names it. */
export function kubectlName(object: KubeObject): string {
  const group = object.apiVersion.includes('/') ? `.${object.apiVersion.split('/')[0]}` : ''
  return `${object.kind.toLowerCase()}${group}/${object.metadata.name}`
}

/** One line per conflicting field: the field and the manager that owns it. */
export function describeConflict(object: KubeObject, error: KubeApiError): string {
  const where = `${kubectlName(object)}${object.metadata.namespace ? ` in ${object.metadata.namespace}` : ''}`
  const fields = error.causes
    .filter(cause => cause.field || cause.message)
    .map(cause => {
      const owner = /conflict with "([^"]+)"/.exec(cause.message ?? '')?.[1] ?? 'another field manager'
      return `${cause.field ?? '(unknown field)'} is owned by "${owner}"`
    })
  return `${where}: ${fields.length ? fields.join(', ') : error.message}`
}

async function resourceOrWait(client: KubeClient, object: KubeObject, clock: Clock, crdsApplied: boolean) {
  // A custom resource whose CRD was applied a moment ago needs the CRD to be established.
  for (let attempt = 0; ; attempt++) {
    const resource = await client.resourceFor(object.apiVersion, object.kind)
    if (resource || !crdsApplied || attempt >= 10) return resource
    client.forgetDiscovery()
    await clock.sleep(1000)
  }
}

/**
 * Apply every object; `beforeNonNamespaces` runs once, after the Namespaces (which come first) and
 * before anything else (the ApplySet parent is recorded there); its failure stops the apply.
 */
export async function applyAll(
  client: KubeClient,
  objects: KubeObject[],
  defaultNamespace: string,
  clock: Clock,
  beforeNonNamespaces: () => Promise<void> = async () => {}
): Promise<AppliedObject[]> {
  const applied: AppliedObject[] = []
  const conflicts: string[] = []
  const failures: string[] = []
  let crdsApplied = false
  let hookRan = false
  for (const original of objects) {
    const manifest = structuredClone(original)
    if (!hookRan && manifest.kind !== 'Namespace') {
      hookRan = true
      await beforeNonNamespaces()
    }
    try {
      const resource = await resourceOrWait(client, manifest, clock, crdsApplied)
      if (!resource)
        throw new UserError(
          `the cluster serves no ${manifest.kind} in ${manifest.apiVersion} (is its CRD installed?)`
        )
      if (resource.namespaced) manifest.metadata.namespace ??= defaultNamespace
      else delete manifest.metadata.namespace
      const { object: live, path } = await client.apply(manifest, FIELD_MANAGER)
      info(
        `${kubectlName(manifest)}${manifest.metadata.namespace ? ` (${manifest.metadata.namespace})` : ''} serverside-applied`
      )
      applied.push({ manifest, live, path })
      if (manifest.kind === 'CustomResourceDefinition') {
        crdsApplied = true
        client.forgetDiscovery()
      }
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 409)
        conflicts.push(describeConflict(manifest, error))
      else failures.push(`${kubectlName(manifest)}: ${(error as Error).message}`)
    }
  }
  if (!hookRan) await beforeNonNamespaces()
  if (conflicts.length || failures.length) {
    const parts = []
    if (conflicts.length)
      parts.push(
        `server-side apply conflicts (another manager owns these fields; remove them from the manifests, or hand them to shipline once with kubectl apply --server-side --field-manager=${FIELD_MANAGER} --force-conflicts): ${conflicts.join('; ')}`
      )
    if (failures.length) parts.push(`apply failed: ${failures.join('; ')}`)
    throw new UserError(
      `${conflicts.length + failures.length} of ${objects.length} objects were not applied, so no rollout was awaited: ${parts.join('. ')}`
    )
  }
  return applied
}
