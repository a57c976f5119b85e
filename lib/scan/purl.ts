/**
 * Package URLs (`pkg:type/namespace/name@version?qualifiers#subpath`) as `.trivyignore.yaml` uses
 * them under `purls:`: a pattern matches a package when type, namespace and name are equal, and the
 * version and each qualifier it names are equal too.
 */
export interface PackageUrl {
  type: string
  namespace: string
  name: string
  version?: string
  qualifiers: Record<string, string>
}

export function parsePurl(text: string): PackageUrl | undefined {
  const match = /^pkg:([A-Za-z.+-][A-Za-z0-9.+-]*)\/([^?#@]+?)(?:@([^?#]+))?(?:\?([^#]*))?(?:#.*)?$/.exec(
    text.trim()
  )
  if (!match) return undefined
  const [, type, path, version, query] = match
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent)
  const name = segments.pop()
  if (!name) return undefined
  const qualifiers: Record<string, string> = {}
  for (const pair of (query ?? '').split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=')
    qualifiers[key.toLowerCase()] = decodeURIComponent(value)
  }
  return {
    type: type.toLowerCase(),
    namespace: segments.join('/'),
    name,
    version: version === undefined ? undefined : decodeURIComponent(version),
    qualifiers
  }
}

export function purlMatches(pattern: PackageUrl, target: PackageUrl): boolean {
  if (pattern.type !== target.type || pattern.namespace !== target.namespace || pattern.name !== target.name)
    return false
  if (pattern.version !== undefined && pattern.version !== target.version) return false
  return Object.entries(pattern.qualifiers).every(([key, value]) => target.qualifiers[key] === value)
}
