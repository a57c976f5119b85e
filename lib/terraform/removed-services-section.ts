/**
 * The first section of the plan comment when the plan removes services: for each one, a sentence
 * that names what goes with it (the data first: `the ECR repository billing and every image in
 * it`), then its resources grouped by type. Pure.
 *
 * It fits in the characters it is given, cut in this order: the lists of resources (each service
 * keeps its sentence, which counts them), then whole sentences from the last service on, replaced
 * by a line that counts them. It is a list, never a code block or <details>, so it is only ever cut
 * between lines, and what was cut is reported for the comment's note.
 */
import { code } from '../core/markdown.js'
import type { RemovedResource, RemovedService, RemovedServices } from './removed-services.js'

export interface ServicesSection {
  text: string
  /** Services whose list of resources was left out (their sentence stayed). */
  listsCut: number
  /** Services left out altogether (a line counts them). */
  servicesCut: number
}

const HEADING = '### :warning: Services removed from the configuration\n\n'
const BY_KEYS =
  '_No ECR repository in this plan names the services, so each `for_each` key all of whose changes are destroys is shown as one._\n\n'

/** What the section needs at the least: its heading and the line that counts the services left out. */
export const SERVICES_SECTION_MIN = HEADING.length + BY_KEYS.length + 120

export function servicesSection(removed: RemovedServices, maxChars: number): ServicesSection {
  const services = removed.services
  if (!services.length) return { text: '', listsCut: 0, servicesCut: 0 }
  const top = HEADING + (removed.source === 'keys' ? BY_KEYS : '')
  const sentences = services.map(s => `**:warning: ${sentence(s)}**\n\n`)
  const lists = services.map(resourceList)
  const full = top + sentences.map((s, i) => s + lists[i]).join('')
  if (full.length <= maxChars) return { text: full, listsCut: 0, servicesCut: 0 }
  const short = top + sentences.join('')
  if (short.length <= maxChars) return { text: short, listsCut: services.length, servicesCut: 0 }
  let text = top
  let kept = 0
  for (const s of sentences) {
    if (text.length + s.length + rest(services.length - kept - 1).length > maxChars) break
    text += s
    kept++
  }
  return { text: text + rest(services.length - kept), listsCut: kept, servicesCut: services.length - kept }
}

function rest(n: number): string {
  if (n <= 0) return ''
  return `**:warning: … and ${n.toLocaleString('en-US')} more ${n === 1 ? 'service is' : 'services are'} removed, with everything they had: see the full plan.**\n\n`
}

/** `Removing service `billing` deletes the ECR repository `billing` and every image in it, …: 7 resources in all.` */
export function sentence(service: RemovedService): string {
  const n = service.resources.length
  const all = `${n.toLocaleString('en-US')} ${n === 1 ? 'resource' : 'resources'}`
  const named = ordered(service.resources.filter(r => r.what !== undefined)).map(words)
  const head = `Removing service ${code(service.name)} deletes`
  if (!named.length) return `${head} ${all}.`
  return `${head} ${joinWords(named)}: ${all} in all.`
}

function ordered(resources: RemovedResource[]): RemovedResource[] {
  return [...resources.filter(r => r.data), ...resources.filter(r => !r.data)]
}

function words(r: RemovedResource): string {
  let text = `${r.what}${r.name === undefined ? '' : ` ${code(r.name)}`}`
  if (r.data) text += ` and ${r.data}`
  if (r.guard) text += ` (${r.guard})`
  return text
}

function joinWords(items: string[]): string {
  if (items.length === 1) return items[0] as string
  return `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`
}

function resourceList(service: RemovedService): string {
  const lines = service.byType.map(group => {
    const n = group.addresses.length
    return `- ${code(group.type)}${n > 1 ? ` (${n})` : ''}: ${group.addresses.map(code).join(', ')}\n`
  })
  return lines.join('') + '\n'
}
