/**
 * Trivy's ignore files, read the way Trivy reads them, so a repository's existing files keep their
 * meaning under Shipline's policy:
 * - `.trivyignore`: one id per line (applies to vulnerabilities, checks and secrets alike), an
 *   optional `exp:YYYY-MM-DD` field, `#` comment lines;
 * - `.trivyignore.yaml`: `vulnerabilities`, `misconfigurations`, `secrets` (and `licenses`, which
 *   Shipline does not judge), entries with `id`, `paths` (globs), `purls` (vulnerabilities),
 *   `statement`, `expired_at`.
 * An entry stops applying at 00:00 UTC of its expiry date. Pure: text in, rules out; a malformed
 * file is a UserError naming the file and line.
 */
import yaml from 'js-yaml'
import { UserError } from '../core/errors.js'
import { globToRegExp } from '../core/glob.js'
import { type PackageUrl, parsePurl } from './purl.js'

export interface IgnoreRule {
  /** Undefined when the entry matches by paths/purls only (`.trivyignore.yaml`). */
  id?: string
  paths: string[]
  purls: PackageUrl[]
  /** Epoch ms of the expiry (00:00 UTC of the date); undefined = never expires. */
  expiresAt?: number
  /** The expiry as written (`2025-06-30`). */
  expires?: string
  statement?: string
  /** `file` or `file:line`, for the summary. */
  origin: string
}

export interface IgnoreRules {
  files: string[]
  vulnerabilities: IgnoreRule[]
  misconfigurations: IgnoreRule[]
  secrets: IgnoreRule[]
}

export function noIgnores(): IgnoreRules {
  return { files: [], vulnerabilities: [], misconfigurations: [], secrets: [] }
}

export function mergeIgnores(all: IgnoreRules[]): IgnoreRules {
  const merged = noIgnores()
  for (const rules of all) {
    merged.files.push(...rules.files)
    merged.vulnerabilities.push(...rules.vulnerabilities)
    merged.misconfigurations.push(...rules.misconfigurations)
    merged.secrets.push(...rules.secrets)
  }
  return merged
}

/** Either format, chosen by the extension as Trivy chooses it (`.yaml`/`.yml` → YAML). */
export function parseIgnoreFile(text: string, file: string): IgnoreRules {
  return /\.ya?ml$/i.test(file) ? parseTrivyIgnoreYaml(text, file) : parseTrivyIgnore(text, file)
}

/** `YYYY-MM-DD` → epoch ms at 00:00 UTC, or undefined when it is not a real date. */
export function parseDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(year, month - 1, day)
  const date = new Date(ms)
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined
  return ms
}

export function parseTrivyIgnore(text: string, file: string): IgnoreRules {
  const rules: IgnoreRule[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const fields = line.split(/\s+/)
    const origin = `${file}:${index + 1}`
    const rule: IgnoreRule = { id: fields[0], paths: [], purls: [], origin }
    const exp = fields.slice(1).find(field => field.startsWith('exp:'))
    if (exp !== undefined) {
      const date = exp.slice('exp:'.length)
      const ms = parseDate(date)
      if (ms === undefined) throw new UserError(`${origin}: "${exp}" is not a date (expected exp:YYYY-MM-DD)`)
      rule.expiresAt = ms
      rule.expires = date
    }
    rules.push(rule)
  })
  // IDs in .trivyignore apply to every kind of finding, as in Trivy.
  return { files: [file], vulnerabilities: rules, misconfigurations: rules, secrets: rules }
}

const SECTIONS = ['vulnerabilities', 'misconfigurations', 'secrets', 'licenses'] as const
const ENTRY_KEYS = ['id', 'paths', 'purls', 'statement', 'expired_at']

export function parseTrivyIgnoreYaml(text: string, file: string): IgnoreRules {
  let data: unknown
  try {
    data = yaml.load(text)
  } catch (error) {
    throw new UserError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  const rules = noIgnores()
  rules.files.push(file)
  if (data === undefined || data === null) return rules
  if (typeof data !== 'object' || Array.isArray(data))
    throw new UserError(`${file}: expected a mapping with the keys ${SECTIONS.join(', ')}`)
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!(SECTIONS as readonly string[]).includes(key))
      throw new UserError(`${file}: unknown key "${key}" (expected ${SECTIONS.join(', ')})`)
    if (value === null || value === undefined) continue
    if (!Array.isArray(value)) throw new UserError(`${file}: ${key} must be a list of entries`)
    const entries = value.map((entry, i) =>
      yamlEntry(entry, `${file}: ${key}[${i}]`, key === 'vulnerabilities')
    )
    if (key !== 'licenses') rules[key as 'vulnerabilities' | 'misconfigurations' | 'secrets'].push(...entries)
  }
  return rules
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.some(item => typeof item !== 'string' || item === ''))
    throw new UserError(`${where} must be a list of strings`)
  return value as string[]
}

function yamlEntry(entry: unknown, where: string, allowPurls: boolean): IgnoreRule {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    throw new UserError(`${where} must be a mapping with id, paths, purls, statement, expired_at`)
  const e = entry as Record<string, unknown>
  const unknown = Object.keys(e).find(key => !ENTRY_KEYS.includes(key))
  if (unknown) throw new UserError(`${where}: unknown key "${unknown}" (expected ${ENTRY_KEYS.join(', ')})`)
  if (e.id !== undefined && (typeof e.id !== 'string' || e.id.trim() === ''))
    throw new UserError(`${where}: id must be a non-empty string`)
  const paths = stringList(e.paths, `${where}.paths`)
  for (const path of paths)
    if (!globToRegExp(path)) throw new UserError(`${where}.paths: "${path}" is not a valid glob pattern`)
  const purlTexts = stringList(e.purls, `${where}.purls`)
  if (purlTexts.length > 0 && !allowPurls)
    throw new UserError(`${where}: purls is only supported for vulnerabilities`)
  const purls = purlTexts.map(text => {
    const purl = parsePurl(text)
    if (!purl)
      throw new UserError(`${where}.purls: "${text}" is not a package URL (pkg:type/namespace/name@version)`)
    return purl
  })
  const id = typeof e.id === 'string' ? e.id.trim() : undefined
  if (!id && paths.length === 0 && purls.length === 0)
    throw new UserError(`${where}: an entry needs an id, paths or purls`)
  if (e.statement !== undefined && typeof e.statement !== 'string')
    throw new UserError(`${where}: statement must be a string`)
  const rule: IgnoreRule = {
    id,
    paths,
    purls,
    statement: e.statement as string | undefined,
    origin: where.replace(/: /, ' ')
  }
  if (e.expired_at !== undefined && e.expired_at !== null) {
    // js-yaml reads an unquoted date as a Date; a quoted one stays a string.
    const text =
      e.expired_at instanceof Date && !Number.isNaN(e.expired_at.getTime())
        ? e.expired_at.toISOString().slice(0, 10)
        : String(e.expired_at)
    const ms = e.expired_at instanceof Date ? e.expired_at.getTime() : parseDate(text)
    if (ms === undefined || Number.isNaN(ms))
      throw new UserError(`${where}: expired_at "${text}" is not a date (expected YYYY-MM-DD)`)
    rule.expiresAt = ms
    rule.expires = text
  }
  return rule
}
