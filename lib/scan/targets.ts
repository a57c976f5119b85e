/**
 * The `images` input, one line per image: a registry reference (`registry/repo:tag`,
 * `repo@sha256:…`), or an OCI/docker archive given as `oci-archive:PATH` or as a path (`./x.tar`,
 * `/abs/x.tar`, anything ending in .tar, .tar.gz or .tgz), scanned with `trivy image --input`.
 * Each image gets a short unique name: its report and SARIF file names, and its SARIF category
 * `trivy-<name>`. Pure.
 */
export type UnnamedTarget =
  { kind: 'image'; line: string; ref: string } | { kind: 'archive'; line: string; path: string }
export type ScanTarget = UnnamedTarget & { name: string }

/** A Docker reference: optional host[:port]/, lower-case path components, optional :tag and @digest. */
const REFERENCE =
  /^(?:(?:[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*(?::\d{1,5})?|\[[0-9a-fA-F:]+\](?::\d{1,5})?)\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/
const ARCHIVE_PREFIX = 'oci-archive:'
const ARCHIVE_SUFFIX = /\.(?:tar|tar\.gz|tgz|oci)$/i

export type TargetProblem = { line: string; problem: string }

/** The target of one line, or a problem (said in words) when the line is neither. */
export function classify(line: string): UnnamedTarget | TargetProblem {
  if (line.startsWith(ARCHIVE_PREFIX)) {
    const path = line.slice(ARCHIVE_PREFIX.length).trim()
    if (!path) return { line, problem: `"${line}" names no archive path` }
    return { kind: 'archive', line, path }
  }
  if (/^(?:\.{0,2}\/)/.test(line) || ARCHIVE_SUFFIX.test(line)) return { kind: 'archive', line, path: line }
  if (/\s/.test(line)) return { line, problem: `"${line}" contains spaces` }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(line))
    return { line, problem: `"${line}" is a URL, not an image reference` }
  if (!REFERENCE.test(line) || line.length > 512)
    return { line, problem: `"${line}" is not an image reference` }
  return { kind: 'image', line, ref: line }
}

/** The repository's last path component (`auth-service` of `host:5000/team/auth-service:1.0@sha256:…`). */
export function baseName(target: UnnamedTarget): string {
  if (target.kind === 'archive') {
    const file = target.path.replace(/\/+$/, '').split('/').pop() ?? ''
    return file.replace(ARCHIVE_SUFFIX, '')
  }
  const withoutDigest = target.ref.split('@')[0]
  const last = withoutDigest.split('/').pop() ?? withoutDigest
  return last.split(':')[0]
}

function slug(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
  return cleaned || 'image'
}

/** Names for every target, unique in input order (`api`, `api-2`, …). */
export function nameTargets(targets: Array<UnnamedTarget>): ScanTarget[] {
  const used = new Set<string>()
  return targets.map(target => {
    const base = slug(baseName(target))
    let name = base
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`
    used.add(name)
    return { ...target, name } as ScanTarget
  })
}

/** The SARIF category of a target (GitHub code scanning keeps one set of alerts per category). */
export function sarifCategory(target: Pick<ScanTarget, 'name'>): string {
  return `trivy-${target.name}`
}
