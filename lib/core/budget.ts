/**
 * One character budget shared by the sections of a markdown document (the pipeline's PR comment
 * within GitHub's 65,536 characters). Each section comes as variants, fullest first; each next
 * variant is shorter, complete markdown on its own (every code block and <details> closed, a note
 * of what it leaves out), and says how important what it leaves out is. Pure.
 *
 * `fitSections` starts from every section's fullest variant and, while the whole is too long,
 * steps the section whose next step loses the least important content (details before lists,
 * lists before risks: destroys, replacements, failing findings, failed jobs); among equals, the
 * longest section gives first. Then any room left goes back, most important section first.
 */

/** What a shorter variant leaves out, least important first. */
export const LOSSES = ['detail', 'list', 'risk'] as const
export type Loss = (typeof LOSSES)[number]

export interface Variant {
  text: string
  /** What this variant leaves out that the one before it had (ignored for the first). */
  loses: Loss
}

export interface Section {
  name: string
  variants: Variant[]
}

const rank = (loss: Loss) => LOSSES.indexOf(loss)

/** The index of the variant chosen for each section so that their lengths add up to `room` at most. */
export function fitSections(sections: Section[], room: number): number[] {
  const chosen = sections.map(() => 0)
  const length = (i: number, at = chosen[i]) => sections[i].variants[at]?.text.length ?? 0
  let total = sections.reduce((n, _, i) => n + length(i), 0)
  while (total > room) {
    let best = -1
    for (let i = 0; i < sections.length; i++) {
      if (chosen[i] >= sections[i].variants.length - 1) continue
      if (best < 0) {
        best = i
        continue
      }
      const a = rank(sections[i].variants[chosen[i] + 1].loses)
      const b = rank(sections[best].variants[chosen[best] + 1].loses)
      if (a < b || (a === b && length(i) > length(best))) best = i
    }
    if (best < 0) break
    total += length(best, chosen[best] + 1) - length(best)
    chosen[best]++
  }
  // A step can free more than was needed: give the room back, most important content first.
  const order = sections
    .map((_, i) => i)
    .sort((a, b) => stepBackRank(sections, chosen, b) - stepBackRank(sections, chosen, a) || a - b)
  for (const i of order)
    while (chosen[i] > 0 && total - length(i) + length(i, chosen[i] - 1) <= room) {
      total += length(i, chosen[i] - 1) - length(i)
      chosen[i]--
    }
  return chosen
}

/** How important the content is that stepping section `i` back would restore. */
function stepBackRank(sections: Section[], chosen: number[], i: number): number {
  return chosen[i] > 0 ? rank(sections[i].variants[chosen[i]].loses) : -1
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/

/**
 * `text` within `max` characters, cut only where no code block or <details> is open, with `note`
 * (what was left out and where it is) at the end. Unchanged when it fits.
 */
export function safeCut(text: string, max: number, note: string): string {
  if (text.length <= max) return text
  const budget = max - note.length - 2
  let fence: string | undefined
  let depth = 0
  let position = 0
  let safe = 0
  for (const line of text.split('\n')) {
    const end = position + line.length
    if (end > budget) break
    if (fence) {
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined
    } else {
      const open = FENCE.exec(line)
      if (open) fence = open[1]
      else depth += (line.match(/<details[\s>]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0)
    }
    if (!fence && depth <= 0) safe = end
    position = end + 1
  }
  return `${text.slice(0, safe).trimEnd()}\n\n${note}`.trimStart()
}

/** Whether every code block and <details> of `text` is closed (what a cut must never break). */
export function blocksClosed(text: string): boolean {
  let fence: string | undefined
  let depth = 0
  for (const line of text.split('\n')) {
    if (fence) {
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined
      continue
    }
    const open = FENCE.exec(line)
    if (open) {
      fence = open[1]
      continue
    }
    depth += (line.match(/<details[\s>]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0)
    if (depth < 0) return false
  }
  return fence === undefined && depth === 0
}
