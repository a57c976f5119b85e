/**
 * The plan comment: markdown rendered from the plan JSON alone (plus optional context: directory,
 * workspace, commit, checksum), never longer than `maxChars`.
 *
 * Layout: the counts line; the context line; the services the plan removes, each with what it takes
 * with it (removed-services.ts; this section comes first and is cut last, see
 * removed-services-section.ts); every destroyed or replaced resource with its reason;
 * the changes grouped by module and action, each resource's attribute diff in a collapsible block;
 * output changes; drift. When the whole does not fit, it is cut by risk, lowest first:
 *   1. attribute details, from the lowest-risk changes up (data reads, moves, outputs, drift,
 *      creates, imports, updates, forgets, unknown actions, destroys, replaces);
 *   2. when even the lists of changed resources do not fit, whole lists (lowest risk first), each
 *      keeping its count; 3. then the per-module lists altogether (a table of counts stays);
 *   4. the destroy/replace lines last of all: only when they alone exceed the limit, as many as
 *      fit and the count of the rest.
 * Whatever was cut is named in a note at the end.
 */
import { fenced } from '../core/markdown.js'
import { diffChange, type Diff } from './plan-diff.js'
import { removedServices } from './removed-services.js'
import { servicesSection } from './removed-services-section.js'
import { isMoved, parsePlanJson, type Change, type PlanJson, type ResourceChange } from './plan-json.js'
import {
  type ChangeKind,
  countChanges,
  countsLine,
  extraCounts,
  formatPath,
  isManaged,
  KIND_LABEL,
  KIND_ORDER,
  kindsOf,
  moduleOf,
  type PlanCounts,
  planHasChanges,
  reasonText,
  RISK
} from './plan-model.js'

/** GitHub's limit on the body of an issue or pull request comment. */
export const COMMENT_LIMIT = 65_536
/** GitHub's limit on one step's job summary is 1 MiB; this leaves room for multi-byte characters. */
export const SUMMARY_LIMIT = 1_000_000

const NOTE_RESERVE = 800
/** The most characters the table of counts that replaces the lists of changes can take. */
const CHANGES_SUMMARY_MAX = 800

export interface CommentContext {
  /** Shown first on the counts line: `Plan`, `Teardown preview`, … (default `Plan`). */
  title?: string
  workingDirectory?: string
  workspace?: string
  commit?: string
  planSha256?: string
}

export interface RenderOptions extends CommentContext {
  /** The most characters the markdown may have (default: GitHub's comment limit). */
  maxChars?: number
  /** What the limit is, for the note when something was cut. */
  limitName?: string
  /** Where the reader finds what was cut. */
  fullRenderAt?: string
}

export interface CutReport {
  /** Changes whose attribute details were left out, by kind. */
  details: Record<string, number>
  /** Lists of changes replaced by their count. */
  collapsedLists: number
  /** The per-module lists were replaced by a table of counts. */
  changesSummarised: boolean
  /** Destroy/replace lines left out (only when they alone exceed the limit). */
  riskLinesCut: number
  /** Removed services whose list of resources was left out (each kept its sentence). */
  serviceListsCut: number
  /** Removed services left out of their section altogether (a line counts them). */
  servicesCut: number
}

export interface RenderedPlan {
  markdown: string
  counts: PlanCounts
  hasChanges: boolean
  /** The destroyed or replaced resources, in plan order. */
  destroys: string[]
  /** The services the plan removes (removed-services.ts), by name. */
  removedServices: string[]
  cut: CutReport
  truncated: boolean
}

interface Unit {
  rank: number
  order: number
  /** The kind named in the cut note. */
  kind: string
  /** The length of line(), known without building it (most lists are never shown whole). */
  lineLength: number
  line(): string
  hasDetail: boolean
  detail(): string
  /** What the layout decided to show: the detail block, or undefined for the line. */
  shown?: string
}

/** A unit from a ready line and an optional detail renderer. */
function simpleUnit(rank: number, order: number, kind: string, line: string, detail?: () => string): Unit {
  return {
    rank,
    order,
    kind,
    lineLength: line.length,
    line: () => line,
    hasDetail: detail !== undefined,
    detail: detail ?? (() => line)
  }
}

interface Group {
  section: 'changes' | 'outputs' | 'drift'
  rank: number
  order: number
  prefix: string
  heading: string
  units: Unit[]
  trailer: string
  collapsedText: string
  collapsed: boolean
}

/**
 * Render `text` (the output of `terraform show -json`): what the CLI prints. The plan checksum also
 * covers the plan file's configuration snapshot (plan-file.ts), so it is shown only when `options` give it.
 */
export function renderPlanCommentFromJson(
  text: string,
  source: string,
  options: RenderOptions = {}
): RenderedPlan {
  return renderPlanComment(parsePlanJson(text, source), options)
}

export function renderPlanComment(plan: PlanJson, options: RenderOptions = {}): RenderedPlan {
  const maxChars = options.maxChars ?? COMMENT_LIMIT
  const changes = plan.resource_changes ?? []
  const kinds = kindsOf(plan)
  const counts = countChanges(plan, kinds)
  const hasChanges = planHasChanges(plan, kinds)

  const head = header(plan, kinds, counts, hasChanges, options)
  const risk = riskLines(changes, kinds)
  const groups = [
    ...changeGroups(changes, kinds, maxChars),
    ...outputGroups(plan, maxChars),
    ...driftGroups(plan, maxChars)
  ]
  let summaryText: string | undefined
  const summaryOf = () => (summaryText ??= changesSummary(changes, kinds))
  const cut: CutReport = {
    details: {},
    collapsedLists: 0,
    changesSummarised: false,
    riskLinesCut: 0,
    serviceListsCut: 0,
    servicesCut: 0
  }
  const budget = maxChars - NOTE_RESERVE

  const riskText = risk.length ? riskHeading(risk.length) + risk.map(r => r.line).join('') + '\n' : ''
  // The least the rest can shrink to: a table of counts and one line per other section.
  const minimalRest =
    (groups.some(g => g.section === 'changes') ? CHANGES_SUMMARY_MAX : 0) +
    groups
      .filter(g => g.section !== 'changes')
      .reduce((n, g) => n + g.prefix.length + g.collapsedText.length, 0)
  const removed = removedServices(plan, kinds)
  // The removed services come first: whole when everything else still fits at its smallest, else
  // in at least half of what the header leaves.
  const services = servicesSection(
    removed,
    Math.max(budget - head.length - riskText.length - minimalRest, Math.floor((budget - head.length) / 2))
  )
  cut.serviceListsCut = services.listsCut
  cut.servicesCut = services.servicesCut
  const top = head + services.text
  const body =
    top.length + riskText.length + minimalRest > budget
      ? top + riskOnly(risk, groups, budget - top.length, cut)
      : top + riskText + layout(groups, budget - top.length - riskText.length, cut, summaryOf)
  const truncated = wasCut(cut)
  let markdown = body.trimEnd() + '\n'
  if (truncated) markdown += '\n' + cutNote(cut, options).slice(0, NOTE_RESERVE - 4) + '\n'
  if (markdown.length > maxChars) markdown = markdown.slice(0, maxChars - 2).trimEnd() + '\n…'
  return {
    markdown,
    counts,
    hasChanges,
    destroys: risk.map(r => r.address),
    removedServices: removed.services.map(s => s.name),
    cut,
    truncated
  }
}

/**
 * When even the smallest layout does not fit: only the destroy/replace lines, as many as fit in
 * `budget`, and a pointer to the full plan; everything else is counted as cut.
 */
function riskOnly(risk: RiskLine[], groups: Group[], budget: number, cut: CutReport): string {
  const pointer = groups.length ? '_Every other change is left out to fit; see the full plan._\n\n' : ''
  let text = risk.length ? riskHeading(risk.length) : ''
  let kept = 0
  for (const item of risk) {
    if (text.length + item.line.length + pointer.length + 120 > budget) break
    text += item.line
    kept++
  }
  cut.riskLinesCut = risk.length - kept
  if (cut.riskLinesCut)
    text += `- … and ${cut.riskLinesCut.toLocaleString('en-US')} more destroyed or replaced resources\n`
  cut.changesSummarised = groups.some(g => g.section === 'changes')
  for (const group of groups) for (const unit of group.units) countCut(cut, unit)
  return text + '\n' + pointer
}

function wasCut(cut: CutReport): boolean {
  return (
    cut.collapsedLists > 0 ||
    cut.changesSummarised ||
    cut.riskLinesCut > 0 ||
    cut.serviceListsCut > 0 ||
    cut.servicesCut > 0 ||
    Object.keys(cut.details).length > 0
  )
}

/** Characters a group takes as it stands (collapsed or not), its details not counted. */
function groupSize(g: Group): number {
  return (
    g.prefix.length +
    (g.collapsed
      ? g.collapsedText.length
      : g.heading.length + g.trailer.length + g.units.reduce((n, u) => n + u.lineLength, 0))
  )
}

/** Collapse groups, lowest rank first (later ones first within a rank), until they fit; the size left. */
function collapseToFit(groups: Group[], budget: number, cut: CutReport): number {
  let used = groups.reduce((n, g) => n + groupSize(g), 0)
  if (used <= budget) return used
  const order = [...groups].sort((a, b) => a.rank - b.rank || b.order - a.order)
  for (const group of order) {
    if (used <= budget) break
    const before = groupSize(group)
    group.collapsed = true
    used += groupSize(group) - before
    cut.collapsedLists++
    for (const unit of group.units) countCut(cut, unit)
  }
  return used
}

/**
 * Open details, highest rank first, while they fit in `remaining`; after the first that does not
 * fit, only the rest of its rank are tried, while 300 characters and fewer than 50 misses are left.
 */
function openDetails(units: Unit[], remaining: number, cut: CutReport): void {
  const candidates = units.filter(u => u.hasDetail).sort((a, b) => b.rank - a.rank || a.order - b.order)
  let stopRank: number | undefined
  let misses = 0
  for (const unit of candidates) {
    if (stopRank !== undefined && (unit.rank < stopRank || remaining < 300 || misses >= 50)) {
      countCut(cut, unit)
      continue
    }
    const text = unit.detail()
    const extra = text.length - unit.lineLength
    if (extra <= remaining) {
      unit.shown = text
      remaining -= extra
    } else {
      stopRank ??= unit.rank
      misses++
      countCut(cut, unit)
    }
  }
}

/** The groups as text, the changes replaced by `summary` when there is one. */
function joinGroups(groups: Group[], summary: string): string {
  // Parts joined once at the end (appending to one growing string and looking at its end would
  // flatten it again and again).
  const parts: string[] = []
  let blankBefore = true
  const emit = (text: string) => {
    if (!text) return
    // A details block opens with a blank line for a list line before it; none is needed twice.
    const part = blankBefore && text.startsWith('\n') ? text.slice(1) : text
    parts.push(part)
    blankBefore = part.endsWith('\n\n') || (part === '\n' && parts.length > 1)
  }
  let summaryWritten = false
  for (const group of groups) {
    if (summary && group.section === 'changes') {
      if (!summaryWritten) emit(summary)
      summaryWritten = true
      continue
    }
    emit(group.prefix)
    if (group.collapsed) {
      emit(group.collapsedText)
      continue
    }
    emit(group.heading)
    for (const unit of group.units) emit(unit.shown ?? unit.line())
    emit(group.trailer)
  }
  return parts.join('')
}

/** Lay out the groups within `budget` characters, cutting by risk (see the module comment). */
function layout(groups: Group[], budget: number, cut: CutReport, changesSummary: () => string): string {
  let used = collapseToFit(groups, budget, cut)
  let summary = ''
  if (used > budget) {
    // Even the collapsed lists do not fit (a great many modules): a table of counts instead.
    summary = changesSummary()
    cut.changesSummarised = true
    used = summary.length
    for (const group of groups) {
      if (group.section === 'changes') continue
      used += groupSize(group)
    }
  }
  const visible = groups.filter(g => !g.collapsed && !(summary && g.section === 'changes'))
  openDetails(
    visible.flatMap(g => g.units),
    budget - used,
    cut
  )
  return joinGroups(groups, summary)
}

function countCut(cut: CutReport, unit: Unit): void {
  if (!unit.hasDetail) return
  cut.details[unit.kind] = (cut.details[unit.kind] ?? 0) + 1
}

function cutNote(cut: CutReport, options: RenderOptions): string {
  const limit =
    options.limitName ?? `GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit`
  const where = options.fullRenderAt ?? 'The job summary of this run has the full plan.'
  const parts: string[] = []
  if (cut.servicesCut)
    parts.push(`${cut.servicesCut.toLocaleString('en-US')} of the removed services (a line counts them)`)
  if (cut.serviceListsCut)
    parts.push(
      `the resource lists of ${cut.serviceListsCut.toLocaleString('en-US')} removed ${cut.serviceListsCut === 1 ? 'service' : 'services'} (each keeps its sentence)`
    )
  const detailTotal = Object.values(cut.details).reduce((n, c) => n + c, 0)
  if (detailTotal) {
    const byKind = Object.entries(cut.details)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, n]) => `${n.toLocaleString('en-US')} ${kind}`)
      .join(', ')
    parts.push(`the attribute details of ${detailTotal.toLocaleString('en-US')} changes (${byKind})`)
  }
  if (cut.changesSummarised) parts.push('the lists of changed resources (their counts are above)')
  else if (cut.collapsedLists)
    parts.push(`${cut.collapsedLists.toLocaleString('en-US')} lists of changes (their counts stay)`)
  if (cut.riskLinesCut) parts.push(`${cut.riskLinesCut.toLocaleString('en-US')} destroy/replace lines`)
  return `> [!NOTE]\n> Cut to fit ${limit}: ${parts.join('; ')}. ${where}`
}

// ---------------------------------------------------------------------------------------------

function header(
  plan: PlanJson,
  kinds: ChangeKind[],
  counts: PlanCounts,
  hasChanges: boolean,
  options: CommentContext
): string {
  const title = options.title ?? 'Plan'
  const extra = extraCounts(counts)
  let first: string
  if (plan.errored) first = `**:x: ${title} failed.** Planned before the error: ${countsLine(counts)}.`
  else {
    first = `**${title}: ${countsLine(counts)}.**`
    if (extra) first += ` ${capitalise(extra)}.`
    if (!hasChanges) first += ' No changes: the infrastructure matches the configuration.'
    else if (!kinds.some(kind => kind !== 'no-op' && kind !== 'read')) first += ' Only outputs change.'
  }
  const context: string[] = []
  if (options.workingDirectory) context.push(`\`${options.workingDirectory}\``)
  if (options.workspace) context.push(`workspace \`${options.workspace}\``)
  if (options.commit) context.push(`commit ${options.commit}`)
  if (options.planSha256) context.push(`plan sha256 \`${options.planSha256}\``)
  let text = first + '\n'
  if (context.length) text += context.join(' · ') + '\n'
  text += '\n'
  if (plan.errored)
    text +=
      '> [!CAUTION]\n> Terraform reported an error while planning: this plan is incomplete and cannot be applied. The error is in the job log.\n\n'
  return text
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

interface RiskLine {
  address: string
  line: string
}

function riskHeading(n: number): string {
  return `**:warning: ${n.toLocaleString('en-US')} ${n === 1 ? 'resource' : 'resources'} will be destroyed or replaced:**\n\n`
}

function riskLines(changes: ResourceChange[], kinds: ChangeKind[]): RiskLine[] {
  const lines: RiskLine[] = []
  for (let i = 0; i < changes.length; i++) {
    const rc = changes[i]
    const kind = kinds[i]
    if (kind !== 'replace' && kind !== 'delete' && kind !== 'unknown') continue
    if (!isManaged(rc) || !rc.change.actions.includes('delete')) continue
    const verb = kind === 'replace' ? 'replace' : kind === 'delete' ? 'destroy' : rc.change.actions.join(', ')
    let line = `- :warning: **${verb}** ${code(rc.address)}`
    if (rc.deposed) line += ` (deposed object ${code(rc.deposed)})`
    if (kind === 'replace' && rc.change.actions[0] === 'create') line += ' (replacement created first)'
    const reason = reasonText(rc.action_reason)
    // replace_paths only mean something for a replacement.
    const paths =
      kind === 'replace' ? (rc.change.replace_paths ?? []).map(path => code(formatPath(path))) : []
    const why: string[] = []
    if (reason) why.push(reason)
    if (paths.length) why.push(`${paths.join(', ')} ${paths.length === 1 ? 'forces' : 'force'} replacement`)
    if (why.length) line += `: ${why.join('; ')}`
    lines.push({ address: rc.address, line: line + '\n' })
  }
  return lines
}

/** Inline code safe for any address (backticks, pipes stay literal). */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`'
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function detailsBlock(summaryHtml: string, diff: Diff, footer: string[]): string {
  const lines = [...diff.lines]
  if (diff.unchanged)
    lines.push(`# (${diff.unchanged} unchanged ${diff.unchanged === 1 ? 'attribute' : 'attributes'} hidden)`)
  if (diff.omitted)
    lines.push(`# … ${diff.omitted.toLocaleString('en-US')} more lines cut; see the full plan`)
  lines.push(...footer)
  return `\n<details><summary>${summaryHtml}</summary>\n\n${fenced(lines.join('\n'), 'diff')}\n\n</details>\n\n`
}

function annotations(rc: ResourceChange, kind: ChangeKind): string[] {
  const notes: string[] = []
  if (kind === 'unknown') notes.push(`actions: ${rc.change.actions.join(', ')}`)
  if (kind === 'replace' && rc.change.actions[0] === 'create') notes.push('replacement created first')
  if (rc.deposed) notes.push(`deposed object ${rc.deposed}`)
  if (isMoved(rc)) notes.push(`moved from ${rc.previous_address}`)
  if (rc.change.importing)
    notes.push(rc.change.importing.id ? `import id ${rc.change.importing.id}` : 'imported')
  if (kind === 'read' || kind === 'delete' || kind === 'replace') {
    const reason = reasonText(rc.action_reason)
    if (reason && kind === 'read') notes.push(reason)
  }
  return notes
}

/** How the cut note names each kind: the first word of its label (`update`, `read`, …). */
const CUT_KIND = Object.fromEntries(
  Object.entries(KIND_LABEL).map(([kind, label]) => [kind, label.split(' ')[0]])
) as Record<ChangeKind, string>

/** One changed resource: its list line, and its attribute diff in a details block. */
class ResourceUnit implements Unit {
  shown?: string
  readonly rank: number
  readonly lineLength: number
  readonly hasDetail: boolean

  constructor(
    private readonly rc: ResourceChange,
    private readonly changeKind: ChangeKind,
    readonly order: number,
    private readonly detailChars: number
  ) {
    this.rank = RISK[changeKind]
    this.hasDetail = changeKind !== 'move' && changeKind !== 'import'
    const actions = rc.change.actions
    const plain =
      !rc.deposed &&
      !rc.change.importing &&
      !isMoved(rc) &&
      changeKind !== 'unknown' &&
      changeKind !== 'read' &&
      !(changeKind === 'replace' && actions[0] === 'create') &&
      !rc.address.includes('`')
    this.lineLength = plain ? rc.address.length + 5 : this.line().length
  }

  get kind(): string {
    return CUT_KIND[this.changeKind]
  }

  private notes(): string[] {
    return annotations(this.rc, this.changeKind)
  }

  line(): string {
    const notes = this.notes()
    return `- ${code(this.rc.address)}${notes.length ? ` (${notes.join('; ')})` : ''}\n`
  }

  detail(): string {
    const rc = this.rc
    const diff = diffChange(rc.change, { replacePaths: rc.change.replace_paths, maxChars: this.detailChars })
    if (!diff.lines.length && !diff.omitted) return this.line()
    const notes = this.notes()
    const summaryHtml = `<code>${html(rc.address)}</code>${notes.length ? ` (${html(notes.join('; '))})` : ''}`
    return detailsBlock(summaryHtml, diff, [])
  }
}

function changeGroups(changes: ResourceChange[], kinds: ChangeKind[], maxChars: number): Group[] {
  const detailChars = Math.max(2000, Math.floor(maxChars / 8))
  const modules = new Map<string, Map<ChangeKind, number[]>>()
  changes.forEach((rc, order) => {
    const kind = kinds[order]
    if (kind === 'no-op') return
    const module = moduleOf(rc)
    let byKind = modules.get(module)
    if (!byKind) modules.set(module, (byKind = new Map()))
    let list = byKind.get(kind)
    if (!list) byKind.set(kind, (list = []))
    list.push(order)
  })
  const names = [...modules.keys()].sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0
  )
  const groups: Group[] = []
  let first = true
  for (const module of names) {
    const kinds = modules.get(module) as Map<ChangeKind, number[]>
    let moduleHeading = `#### ${module ? `Module ${code(module)}` : 'Root module'}\n\n`
    for (const kind of KIND_ORDER) {
      const list = kinds.get(kind)
      if (!list) continue
      const label = KIND_LABEL[kind]
      const n = list.length.toLocaleString('en-US')
      const units: Unit[] = list.map(order => new ResourceUnit(changes[order], kind, order, detailChars))
      groups.push({
        section: 'changes',
        rank: RISK[kind],
        order: groups.length,
        prefix: (first ? '### Changes\n\n' : '') + moduleHeading,
        heading: `**${label}** (${n})\n\n`,
        units,
        trailer: '\n',
        collapsedText: `**${label}** (${n}): the list is cut to fit\n\n`,
        collapsed: false
      })
      first = false
      moduleHeading = ''
    }
  }
  return groups
}

function outputGroups(plan: PlanJson, maxChars: number): Group[] {
  const entries = Object.entries(plan.output_changes ?? {}).filter(
    ([, change]) => !(change.actions.length === 1 && change.actions[0] === 'no-op')
  )
  if (!entries.length) return []
  const detailChars = Math.max(2000, Math.floor(maxChars / 8))
  const names = entries.map(([name]) => code(name)).join(', ')
  const n = entries.length
  const line = `${n === 1 ? 'One output changes' : `${n} outputs change`}: ${names}\n`
  const unit = simpleUnit(RISK.output, Number.MAX_SAFE_INTEGER - 1, 'output', line, () => {
    const lines: string[] = []
    let chars = 0
    let omitted = 0
    for (const [name, change] of entries) {
      const diff = diffChange(wrapOutput(name, change), { maxChars: Math.max(0, detailChars - chars) })
      for (const l of diff.lines) chars += l.length + 1
      lines.push(...diff.lines)
      omitted += diff.omitted
    }
    if (omitted) lines.push(`# … ${omitted} more lines cut; see the full plan`)
    return `\n${fenced(lines.join('\n'), 'diff')}\n\n`
  })
  return [
    {
      section: 'outputs',
      rank: RISK.output,
      order: Number.MAX_SAFE_INTEGER - 1,
      prefix: '### Outputs\n\n',
      heading: '',
      units: [unit],
      trailer: '\n',
      collapsedText: `${n === 1 ? 'One output changes' : `${n} outputs change`}; the list is cut to fit\n\n`,
      collapsed: false
    }
  ]
}

/** An output's change as a one-attribute object, so the diff shows the output's name as the path. */
function wrapOutput(name: string, change: Change): Change {
  const wrapped: Change = {
    actions: change.actions,
    before: { [name]: change.before },
    after: { [name]: change.after },
    after_unknown: { [name]: change.after_unknown }
  }
  if ('before_sensitive' in change || 'after_sensitive' in change) {
    wrapped.before_sensitive = { [name]: change.before_sensitive }
    wrapped.after_sensitive = { [name]: change.after_sensitive }
  }
  return wrapped
}

function driftGroups(plan: PlanJson, maxChars: number): Group[] {
  const drift = (plan.resource_drift ?? []).filter(rc => isManaged(rc))
  if (!drift.length) return []
  const detailChars = Math.max(2000, Math.floor(maxChars / 8))
  const relevant = plan.relevant_attributes ?? []
  const units: Unit[] = []
  let hidden = 0
  drift.forEach((rc, i) => {
    const deleted = rc.change.actions.includes('delete')
    const paths = relevant.length
      ? relevant.filter(r => r.resource === rc.address).map(r => r.attribute)
      : undefined
    if (paths && !paths.length && !deleted) {
      hidden++
      return
    }
    const diff = diffChange(rc.change, { relevant: paths, maxChars: detailChars })
    if (!deleted && !diff.lines.length && !diff.omitted) {
      hidden++
      return
    }
    const what = deleted ? 'was deleted outside of Terraform' : 'changed outside of Terraform'
    const line = `- ${code(rc.address)} ${what}\n`
    units.push(
      simpleUnit(
        RISK.drift,
        Number.MAX_SAFE_INTEGER - 1000 + i,
        'drift',
        line,
        diff.lines.length
          ? () => detailsBlock(`<code>${html(rc.address)}</code> ${what}`, { ...diff, unchanged: 0 }, [])
          : undefined
      )
    )
  })
  if (!units.length && !hidden) return []
  const n = units.length
  const trailer =
    (hidden
      ? `\n_${hidden.toLocaleString('en-US')} more ${hidden === 1 ? 'change' : 'changes'} made outside of Terraform ${hidden === 1 ? 'does' : 'do'} not affect this plan and ${hidden === 1 ? 'is' : 'are'} not shown._\n`
      : '') + '\n'
  return [
    {
      section: 'drift',
      rank: RISK.drift,
      order: Number.MAX_SAFE_INTEGER,
      prefix: '### Changed outside of Terraform\n\n',
      heading: n
        ? 'Terraform found these changes made outside of Terraform since the last apply; this plan may undo or respond to them.\n\n'
        : '',
      units,
      trailer,
      collapsedText: `${n.toLocaleString('en-US')} ${n === 1 ? 'resource' : 'resources'} changed outside of Terraform; the list is cut to fit\n\n`,
      collapsed: false
    }
  ]
}

function changesSummary(changes: ResourceChange[], kinds: ChangeKind[]): string {
  const byKind = new Map<ChangeKind, number>()
  const modules = new Set<string>()
  for (let i = 0; i < changes.length; i++) {
    const rc = changes[i]
    const kind = kinds[i]
    if (kind === 'no-op') continue
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1)
    modules.add(moduleOf(rc))
  }
  const rows = KIND_ORDER.filter(k => byKind.has(k)).map(
    k => `| ${KIND_LABEL[k]} | ${(byKind.get(k) as number).toLocaleString('en-US')} |`
  )
  return `### Changes\n\nThe changes in ${modules.size.toLocaleString('en-US')} modules are too many to list here:\n\n| action | resources |\n| --- | ---: |\n${rows.join('\n')}\n\n`
}

/** The markdown for a plan that failed before it produced a plan file. */
export function renderPlanFailure(
  errorText: string,
  options: CommentContext & { maxChars?: number } = {}
): string {
  const title = options.title ?? 'Plan'
  const context: string[] = []
  if (options.workingDirectory) context.push(`\`${options.workingDirectory}\``)
  if (options.workspace) context.push(`workspace \`${options.workspace}\``)
  if (options.commit) context.push(`commit ${options.commit}`)
  const max = Math.min(options.maxChars ?? COMMENT_LIMIT, COMMENT_LIMIT) - 400
  const text = errorText.length > max ? `${errorText.slice(0, max)}\n…` : errorText
  return `**:x: ${title} failed.** Terraform reported an error; nothing was planned.\n${context.length ? context.join(' · ') + '\n' : ''}\n${fenced(text)}\n`
}
