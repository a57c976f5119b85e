/**
 * Loads Terraform configurations with HashiCorp's HCL parser (@cdktf/hcl2json) and indexes them.
 * Pure helpers, no test here: static.test.ts checks with them what a plan cannot show, and
 * k8s.test.ts reads the services from the variables' defaults.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '@cdktf/hcl2json'

export const INFRA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
export type Body = { [key: string]: Json }

export interface TfModule {
  /** Directory of the module, absolute. */
  dir: string
  /** Raw text of every .tf file, keyed by file name. */
  files: Record<string, string>
  /** The files' parsed trees, merged. */
  tree: Body
}

function isBody(value: Json | undefined): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function merge(into: Body, from: Body): Body {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key]
    if (Array.isArray(existing) && Array.isArray(value)) into[key] = [...existing, ...value]
    else if (isBody(existing) && isBody(value)) into[key] = merge({ ...existing }, value)
    else into[key] = value
  }
  return into
}

/** Parses every *.tf file of a directory (not recursive) into one tree. */
export async function loadModule(dir: string): Promise<TfModule> {
  const files: Record<string, string> = {}
  let tree: Body = {}
  for (const name of readdirSync(dir)
    .filter(f => f.endsWith('.tf'))
    .sort()) {
    const text = readFileSync(join(dir, name), 'utf8')
    files[name] = text
    tree = merge(tree, (await parse(name, text)) as Body)
  }
  if (Object.keys(files).length === 0) throw new Error(`no .tf file in ${dir}`)
  return { dir, files, tree }
}

/** Parses a .tfvars file into its attributes. */
export async function loadTfvars(path: string): Promise<Body> {
  return (await parse(path, readFileSync(path, 'utf8'))) as Body
}

/** Named blocks of one kind (variable, output, module): name -> body. */
export function named(mod: TfModule, kind: 'variable' | 'output' | 'module'): Record<string, Body> {
  const section = mod.tree[kind]
  if (!isBody(section)) return {}
  return Object.fromEntries(
    Object.entries(section).map(([name, bodies]) => [name, first(bodies, `${kind}.${name}`)])
  )
}

/** Resources (or data sources) of one type: name -> body. */
export function resources(
  mod: TfModule,
  type: string,
  kind: 'resource' | 'data' = 'resource'
): Record<string, Body> {
  const section = mod.tree[kind]
  const ofType = isBody(section) ? section[type] : undefined
  if (!isBody(ofType)) return {}
  return Object.fromEntries(
    Object.entries(ofType).map(([name, bodies]) => [name, first(bodies, `${type}.${name}`)])
  )
}

/** The one resource of a type (or the named one); throws when absent. */
export function resource(
  mod: TfModule,
  type: string,
  name?: string,
  kind: 'resource' | 'data' = 'resource'
): Body {
  const all = resources(mod, type, kind)
  const key = name ?? Object.keys(all)[0]
  const found = key === undefined ? undefined : all[key]
  if (!found) throw new Error(`${kind} ${type}.${name ?? '*'} not found in ${mod.dir}`)
  return found
}

function first(value: Json | undefined, what: string): Body {
  const item = Array.isArray(value) ? value[0] : value
  if (!isBody(item)) throw new Error(`${what} is not a block`)
  return item
}

/** Nested blocks of a body (for example the statement blocks of a policy document). */
export function blocks(body: Body, name: string): Body[] {
  const value = body[name]
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).filter(isBody)
}

/** The single nested block of a body; throws when absent. */
export function block(body: Body, ...path: string[]): Body {
  let current = body
  for (const name of path) {
    const found = blocks(current, name)[0]
    if (!found) throw new Error(`block ${path.join('.')} not found`)
    current = found
  }
  return current
}

/** Every string in a value (expressions are strings like "${var.x}"). */
export function strings(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (isBody(value)) return Object.values(value).flatMap(strings)
  return []
}

function matches(texts: string[], pattern: RegExp): RegExpMatchArray[] {
  return texts.flatMap(text => [...text.matchAll(pattern)])
}

/** Names of the input variables a value refers to (var.NAME). */
export function varRefs(value: Json | undefined): Set<string> {
  return new Set(matches(strings(value), /(?<![\w.])var\.([A-Za-z_][\w-]*)/g).map(m => m[1] as string))
}

/** Default value of a variable (undefined when it has none, i.e. it is required). */
export function defaultOf(mod: TfModule, variable: string): Json | undefined {
  const body = named(mod, 'variable')[variable]
  if (!body) throw new Error(`variable ${variable} not declared in ${mod.dir}`)
  return body.default
}

/** The expression text of an attribute, without the ${ } wrapper. */
export function expr(value: Json | undefined): string {
  if (typeof value !== 'string') return JSON.stringify(value)
  const wrapped = /^\$\{([\s\S]*)\}$/.exec(value)
  return wrapped ? (wrapped[1] as string) : value
}

/** The local module directory of a module call. */
export function sourceDir(mod: TfModule, call: Body): string {
  const source = call.source
  if (typeof source !== 'string' || !source.startsWith('./'))
    throw new Error(`not a local module source: ${String(source)}`)
  return resolve(mod.dir, source)
}

export interface Infra {
  root: TfModule
  bootstrap: TfModule
  /** Child modules of the root configuration, keyed by module call name. */
  modules: Record<string, TfModule>
}

/** Loads infra/ (root), every local module it calls, and infra/bootstrap/. */
export async function loadInfra(): Promise<Infra> {
  const root = await loadModule(INFRA_DIR)
  const modules: Record<string, TfModule> = {}
  for (const [name, call] of Object.entries(named(root, 'module')))
    modules[name] = await loadModule(sourceDir(root, call))
  return { root, bootstrap: await loadModule(join(INFRA_DIR, 'bootstrap')), modules }
}

export const ENVIRONMENTS = ['staging', 'production'] as const

export function tfvarsPath(environment: string): string {
  return join(INFRA_DIR, 'environments', `${environment}.tfvars`)
}
