/**
 * Where manifests come from: each `manifests` line is a kustomize directory (a directory holding a
 * kustomization file, rendered with `kubectl kustomize`), a directory of YAML files, a file, or a
 * glob (`k8s/*.yaml`, `k8s/**\/*.yml`). Resolving is read-only and happens while inputs validate;
 * rendering runs kubectl: the one on PATH, or the pinned one it installs (lib/kube/kubectl.ts). Every
 * path stays in the workspace (or RUNNER_TEMP); every manifest file is a regular file of at most
 * 16 MiB (a named pipe or a link to /dev/zero is refused, never read).
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { InputError, UserError } from '../core/errors.js'
import { globToRegExp } from '../core/glob.js'
import { run as runProcess } from '../core/exec.js'
import { fileInput, MiB, pathInside, pathKind, type PathRules, readCheckedFile } from '../core/paths.js'
import type { KubeObject } from './client.js'
import { parseManifests } from './manifests.js'

export type ManifestSource = { type: 'kustomize'; dir: string } | { type: 'file'; path: string }

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
const MANIFEST_FILE = /\.(ya?ml|json)$/i
const INPUT = 'manifests'
const ACCEPTED = 'a kustomize directory, a directory of YAML files, YAML files, or globs such as k8s/*.yaml'
const ACCEPTED_FILE = 'manifest files of at most 16 MiB in the workspace or RUNNER_TEMP'
export const MAX_MANIFEST_BYTES = 16 * MiB

export function isKustomizeDir(dir: string): boolean {
  return KUSTOMIZATION_FILES.some(name => existsSync(join(dir, name)))
}

function walk(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...walk(full))
    else if (entry.isFile()) files.push(full)
  }
  return files
}

function expandGlob(pattern: string, rules: PathRules): string[] {
  const parts = pattern.split('/')
  const firstGlob = parts.findIndex(part => /[*?]/.test(part))
  const base = pathInside(INPUT, parts.slice(0, firstGlob).join('/') || '.', rules)
  if (!existsSync(base) || !statSync(base).isDirectory()) return []
  const matcher = globToRegExp(parts.slice(firstGlob).join('/'))
  if (!matcher) throw new InputError(INPUT, `"${pattern}" is not a valid glob (an unclosed [ or {)`, ACCEPTED)
  return walk(base)
    .filter(file => matcher.test(relative(base, file).split(sep).join('/')))
    .sort()
}

/** The workspace (and RUNNER_TEMP) that manifests stay in. */
export type Where = Omit<PathRules, 'accepted'>

/** A manifest file: a regular file of at most 16 MiB in the allowed directories. */
function manifestFile(value: string, rules: Where): string {
  return fileInput(INPUT, value, { ...rules, accepted: ACCEPTED_FILE, maxBytes: MAX_MANIFEST_BYTES })
}

/** The sources named by the `manifests` lines; every bad line is an InputError. */
export function resolveManifestSources(lines: string[], where: Where): ManifestSource[] {
  const rules = { ...where, accepted: ACCEPTED }
  const sources: ManifestSource[] = []
  for (const line of lines) {
    if (/[*?]/.test(line)) {
      const files = expandGlob(line, rules).filter(file => MANIFEST_FILE.test(file))
      if (files.length === 0)
        throw new InputError(INPUT, `"${line}" matches no .yaml, .yml or .json file`, ACCEPTED)
      sources.push(...files.map(path => ({ type: 'file' as const, path: manifestFile(path, where) })))
      continue
    }
    const path = pathInside(INPUT, line, { ...where, accepted: ACCEPTED_FILE })
    const kind = pathKind(INPUT, path, ACCEPTED, line)
    if (kind === 'missing') throw new InputError(INPUT, `"${line}" does not exist`, ACCEPTED)
    if (kind === 'directory') {
      if (isKustomizeDir(path)) {
        sources.push({ type: 'kustomize', dir: path })
        continue
      }
      const files = readdirSync(path)
        .filter(name => MANIFEST_FILE.test(name))
        .sort()
        .map(name => manifestFile(join(path, name), where))
      if (files.length === 0)
        throw new InputError(
          INPUT,
          `directory "${line}" has no kustomization file and no .yaml, .yml or .json file`,
          ACCEPTED
        )
      sources.push(...files.map(file => ({ type: 'file' as const, path: file })))
    } else {
      sources.push({ type: 'file', path: manifestFile(line, where) })
    }
  }
  return sources
}

export type Runner = (command: string, args: string[]) => Promise<{ stdout: string }>

/** Runs commands for real, output captured, not streamed. */
export const defaultRunner: Runner = (command, args) => runProcess(command, args, { stream: false })

/**
 * Every object of every source, in input order. `kubectl kustomize` renders kustomize dirs; `kubectl`
 * says which kubectl (asked once, only when a kustomize directory is there).
 */
export async function loadManifests(
  sources: ManifestSource[],
  runCommand: Runner,
  kubectl: () => Promise<string> = async () => (await import('./kubectl.js')).resolveKubectl()
): Promise<KubeObject[]> {
  const objects: KubeObject[] = []
  let command: string | undefined
  for (const source of sources) {
    if (source.type === 'file') {
      const text = readCheckedFile(INPUT, source.path, source.path, MAX_MANIFEST_BYTES, ACCEPTED_FILE)
      objects.push(...parseManifests(text, source.path))
      continue
    }
    command ??= await kubectl()
    let rendered: string
    try {
      rendered = (await runCommand(command, ['kustomize', source.dir])).stdout
    } catch (error) {
      if (error instanceof UserError && /not found on PATH/.test(error.message))
        throw new UserError(
          `kubectl was not found on PATH: ${source.dir} is a kustomize directory, rendered with "kubectl kustomize"; install kubectl (azure/setup-kubectl) or list rendered YAML files in manifests`
        )
      throw error
    }
    objects.push(...parseManifests(rendered, `kubectl kustomize ${source.dir}`))
  }
  if (objects.length === 0) throw new UserError('The manifests hold no Kubernetes object')
  return objects
}
