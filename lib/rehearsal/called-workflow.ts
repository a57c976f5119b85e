/**
 * Where a called workflow's file comes from in a rehearsal. `uses: ./.github/workflows/x.yml` is a
 * file of the rehearsed repository. `uses: OWNER/REPO/.github/workflows/NAME.yml@REF` is one of
 * Shipline's reusable workflows when REPO is Shipline: a repository named `shipline` (any owner), or
 * the one the caller's `# Pinned to OWNER/NAME@REF` line names (what `shipline init
 * --shipline-repository` wrote, for a fork under another name). Such a call runs the workflow file
 * of this Shipline installation (whatever REF names: the installation is what is rehearsed).
 * Anything else is refused in one line. Pure.
 */
import { normalize } from 'node:path'
import { UserError } from '../core/errors.js'

/** A call of one of Shipline's reusable workflows, mapped onto this installation. */
export interface ShiplineCall {
  /** owner/name as the uses: line spells it. */
  repository: string
  /** .github/workflows/NAME.yml */
  path: string
  /** The ref of the uses: line: a tag, a branch or a commit SHA. */
  ref: string
}

export type CalledWorkflow = { kind: 'local'; path: string } | ({ kind: 'shipline' } & ShiplineCall)

const REMOTE =
  /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)\/(\.github\/workflows\/[A-Za-z0-9._-]+\.ya?ml)@(.+)$/
const PINNED = /^#\s*Pinned to ([A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+)@/m

const ACCEPTED =
  'a workflow of this repository (./.github/workflows/NAME.yml) or one of Shipline’s (OWNER/shipline/.github/workflows/NAME.yml@REF, or the repository of the caller’s "# Pinned to" line)'

/** The repository the caller's `# Pinned to OWNER/NAME@REF` comment names (shipline init writes it). */
export function pinnedRepository(callerText: string): string | undefined {
  return PINNED.exec(callerText)?.[1]
}

/** `uses:` of a calling job in `caller` (whose `# Pinned to` repository is `pinned`), mapped. */
export function calledWorkflow(uses: string, caller: string, pinned?: string): CalledWorkflow {
  if (uses.startsWith('./')) return { kind: 'local', path: normalize(uses.slice(2)) }
  const match = REMOTE.exec(uses)
  const [, owner, name, path, ref] = match ?? []
  const repository = `${owner}/${name}`
  if (!match || (name.toLowerCase() !== 'shipline' && repository.toLowerCase() !== pinned?.toLowerCase()))
    throw new UserError(`${caller}: uses: ${uses}: the rehearsal runs ${ACCEPTED}`)
  return { kind: 'shipline', repository, path, ref }
}

/** The `job_workflow_ref` claim GitHub's OIDC token carries for a job of `call`. */
export function jobWorkflowRef(call: ShiplineCall): string {
  const ref = /^[0-9a-f]{40}$/.test(call.ref) || call.ref.startsWith('refs/') ? call.ref : refOf(call.ref)
  return `${call.repository}/${call.path}@${ref}`
}

/** A tag vX.Y.Z is refs/tags/…; any other short name is taken for a branch, as GitHub resolves it. */
function refOf(name: string): string {
  return /^v\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?$/.test(name) ? `refs/tags/${name}` : `refs/heads/${name}`
}

/** What the log says of a mapped call. */
export function mappingLine(call: ShiplineCall, version: string): string {
  return `uses: ${call.repository}/${call.path}@${call.ref} → this installation’s ${call.path} (Shipline ${version})`
}
