/**
 * Where manifests come from: each `manifests` line is a kustomize directory (a directory holding a
 * kustomization file, rendered with `kubectl kustomize`), a directory of YAML files, a file, or a
 * glob (`k8s/*.yaml`, `k8s/**\/*.yml`). Resolving is read-only and happens while inputs validate;
 * rendering runs kubectl: the one on PATH, or the pinned one it installs (lib/kube/kubectl.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { InputError, UserError } from '../core/errors.js'
import { globToRegExp } from '../core/glob.js'
import { run as runProcess } from '../core/exec.js'
import type { KubeObject } from './client.js'
import { parseManifests } from './manifests.js'

export type ManifestSource = { type: 'kustomize'; dir: string } | { type: 'file'; path: string }

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
const MANIFEST_FILE = /\.(ya?ml|json)$/i
const INPUT = 'manifests'
const ACCEPTED = 'a kustomize directory, a directory of YAML files, YAML files, or globs such as k8s/*.yaml'

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

function expandGlob(pattern: string, cwd: string): string[] {
  const parts = pattern.split('/')
  const firstGlob = parts.findIndex(part => /[*?]/.test(part))
  const base = resolve(cwd, parts.slice(0, firstGlob).join('/') || '.')
  if (!existsSync(base) || !statSync(base).isDirectory()) return []
  const matcher = globToRegExp(parts.slice(firstGlob).join('/'))
  if (!matcher) throw new InputError(INPUT, `"${pattern}" is not a valid glob (an unclosed [ or {)`, ACCEPTED)
  return walk(base)
    .filter(file => matcher.test(relative(base, file).split(sep).join('/')))
    .sort()
}

/** The sources named by the `manifests` lines; every bad line is an InputError. */
export function resolveManifestSources(lines: string[], cwd: string): ManifestSource[] {
  const sources: ManifestSource[] = []
  for (const line of lines) {
    if (/[*?]/.test(line)) {
      const files = expandGlob(line, cwd).filter(file => MANIFEST_FILE.test(file))
      if (files.length === 0)
        throw new InputError(INPUT, `"${line}" matches no .yaml, .yml or .json file`, ACCEPTED)
      sources.push(...files.map(path => ({ type: 'file' as const, path })))
      continue
    }
    const path = resolve(cwd, line)
    if (!existsSync(path)) throw new InputError(INPUT, `"${line}" does not exist`, ACCEPTED)
    if (statSync(path).isDirectory()) {
      if (isKustomizeDir(path)) {
        sources.push({ type: 'kustomize', dir: path })
        continue
      }
      const files = readdirSync(path)
        .filter(name => MANIFEST_FILE.test(name))
        .sort()
        .map(name => join(path, name))
      if (files.length === 0)
        throw new InputError(
          INPUT,
          `directory "${line}" has no kustomization file and no .yaml, .yml or .json file`,
          ACCEPTED
        )
      sources.push(...files.map(file => ({ type: 'file' as const, path: file })))
    } else {
      sources.push({ type: 'file', path })
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
      objects.push(...parseManifests(readFileSync(source.path, 'utf8'), source.path))
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
