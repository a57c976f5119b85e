/**
 * `shipline init`: from the facts of a repository (lib/config/repo-scan.ts), the one list of
 * services (`shipline.yml`) and the caller workflow of the reusable workflows. Pure: decisions
 * and text only; the command writes the files after the text passed Shipline's own validation.
 *
 * One service per directory holding a Dockerfile, named after the directory (also its image
 * repository and its workload); a frontend (a React, Vue, Angular, Svelte or Vite package, or a
 * frontend/web/ui directory with an index.html) built by a Dockerfile becomes the service
 * `frontend`, whose entry point and assets CloudFront invalidates after a deploy that changed it; a
 * frontend package without a Dockerfile becomes the `static` site, published to S3.
 */
import { posix } from 'node:path'
import type { RepoFacts } from './repo-scan.js'

export const CONFIG_PATH = 'shipline.yml'
export const WORKFLOW_PATH = '.github/workflows/shipline.yml'
export const DEFAULT_SHIPLINE_REPOSITORY = 'shipline-dev/shipline'

/** An environment's part of a secret name: `staging` → `STAGING`. */
export function secretKey(environment: string): string {
  return environment.toUpperCase().replace(/[^A-Z0-9]+/g, '_')
}

/**
 * The GitHub secret of one of an environment's roles, one name everywhere in the docs:
 * SHIPLINE_ENV_PLAN_ROLE_ARN, SHIPLINE_ENV_BUILD_ROLE_ARN, SHIPLINE_ENV_DEPLOY_ROLE_ARN.
 */
export function roleSecret(environment: string, role: 'PLAN' | 'BUILD' | 'DEPLOY' | string): string {
  return `SHIPLINE_${secretKey(environment)}_${role}_ROLE_ARN`
}

/** The environments init deploys when none is named, in order: staging, then production. */
export const DEFAULT_ENVIRONMENTS = ['staging', 'production']

/** What the caller workflow says until the bootstrap's outputs are given (terraform init names it). */
export const PLACEHOLDERS = { stateBucket: 'STATE_BUCKET', stateKmsKey: 'STATE_KMS_KEY_ARN' } as const

export interface InitOptions {
  /** In deploy order: the first builds, each next one promotes the previous one's digests. */
  environments: string[]
  awsRegion: string
  shiplineRepository: string
  /** An immutable tag (vX.Y.Z) or a full commit SHA: `uses:` and shipline-ref both name it. */
  shiplineRef: string
  /** The version of the CLI that wrote the files (named in their first comment). */
  version: string
  /** The bootstrap's state_bucket and state_kms_key_arn outputs (placeholders when not given). */
  stateBucket?: string
  stateKmsKey?: string
}

/** The state backend as backend-config takes it: key=value lines, the one format. */
export function backendLines(options: InitOptions): string[] {
  return [
    `bucket=${options.stateBucket ?? PLACEHOLDERS.stateBucket}`,
    `region=${options.awsRegion}`,
    `kms_key_id=${options.stateKmsKey ?? PLACEHOLDERS.stateKmsKey}`
  ]
}

export interface InitService {
  name: string
  context: string
  dockerfile: string
  frontend: boolean
}

/** A frontend without a Dockerfile: built by its package scripts and published to S3 (publish-static). */
export interface InitStatic {
  context: string
  build: string
  dir: string
}

/** What one environment's jobs pass beyond the common inputs. */
export interface InitEnvironment {
  name: string
  varFile?: string
  manifests?: string
  kustomizeEnvFile?: string
}

export interface InitPlan {
  services: InitService[]
  cdnPaths: string[]
  static?: InitStatic
  workingDirectory?: string
  environments: InitEnvironment[]
  /** What was found and what was assumed, one line each, for the person running init. */
  notes: string[]
}

const FRONTEND_PACKAGES = ['react', 'vue', '@angular/core', 'svelte', 'vite', 'next', 'preact', 'solid-js']
const FRONTEND_DIRS = ['frontend', 'web', 'webapp', 'ui', 'client', 'www', 'site']
const TERRAFORM_DIRS = ['infra', 'terraform', 'iac', 'infrastructure', 'deploy', 'ops']

/** A name valid as a service, an ECR repository and a Kubernetes workload: `[a-z0-9]` and `-`. */
export function serviceName(text: string): string {
  const name = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '')
  return name || 'app'
}

function isFrontend(dir: string, facts: RepoFacts): boolean {
  const pkg = facts.packages.find(p => p.dir === dir)
  if (pkg?.dependencies.some(d => FRONTEND_PACKAGES.includes(d))) return true
  const at = (path: string) => (dir === '.' ? path : `${dir}/${path}`)
  return (
    FRONTEND_DIRS.includes(posix.basename(dir)) &&
    ['index.html', 'public/index.html', 'src/index.html'].some(f => facts.files.has(at(f)))
  )
}

/** Unique names: the directory's; on a clash its parent's too; then a number. */
function nameServices(facts: RepoFacts): InitService[] {
  const services = facts.dockerfiles.map(({ dir, file }) => ({
    name: serviceName(dir === '.' ? facts.name : posix.basename(dir)),
    context: dir,
    dockerfile: file,
    frontend: isFrontend(dir, facts)
  }))
  const clashing = services.filter(s => services.some(o => o !== s && o.name === s.name))
  for (const s of clashing)
    if (s.context.includes('/')) s.name = serviceName(s.context.split('/').slice(-2).join('-'))
  const used = new Set<string>()
  for (const s of services) {
    let name = s.name
    for (let n = 2; used.has(name); n++) name = `${s.name}-${n}`
    s.name = name
    used.add(name)
  }
  const frontends = services.filter(s => s.frontend)
  if (frontends.length === 1 && !services.some(s => s.name === 'frontend')) frontends[0].name = 'frontend'
  return services
}

function cdnPathsOf(frontend: InitService | undefined, facts: RepoFacts): string[] {
  if (!frontend) return []
  const dir = (path: string) => (frontend.context === '.' ? path : `${frontend.context}/${path}`)
  const deps = facts.packages.find(p => p.dir === frontend.context)?.dependencies ?? []
  if (facts.dirs.has(dir('static')) || deps.includes('react-scripts')) return ['/index.html', '/static/*']
  if (deps.includes('next')) return ['/index.html', '/_next/*']
  if (deps.includes('vite') || facts.dirs.has(dir('assets'))) return ['/index.html', '/assets/*']
  return ['/index.html']
}

/** The static site of a frontend package: its build command and output directory (Vite: dist, CRA: build). */
function staticOf(dir: string, facts: RepoFacts): InitStatic {
  const deps = facts.packages.find(p => p.dir === dir)?.dependencies ?? []
  const out = deps.includes('react-scripts') ? 'build' : deps.includes('next') ? 'out' : 'dist'
  return { context: dir, build: 'npm ci && npm run build', dir: dir === '.' ? out : `${dir}/${out}` }
}

function terraformDirectory(facts: RepoFacts): string | undefined {
  const withTf = new Set([...facts.files].filter(f => f.endsWith('.tf')).map(f => posix.dirname(f)))
  const preferred = TERRAFORM_DIRS.find(d => withTf.has(d))
  if (preferred) return preferred
  return [...withTf]
    .filter(d => !d.split('/').includes('modules'))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))[0]
}

/** The environment's overlay; else one kustomization that is no overlay of another environment. */
function kustomizeOverlay(facts: RepoFacts, environment: string): string | undefined {
  const dirs = [...facts.kustomizations.keys()]
  const shared = dirs.filter(d => !/(^|\/)overlays\//.test(d))
  return (
    dirs.find(d => d.endsWith(`/overlays/${environment}`)) ??
    shared.find(d => /(^|\/)(k8s|kubernetes|manifests)$/.test(d)) ??
    shared.filter(d => !/(^|\/)base(\/|$)/.test(d)).sort((a, b) => a.length - b.length)[0]
  )
}

function environmentOf(
  facts: RepoFacts,
  name: string,
  workingDirectory: string | undefined,
  notes: string[]
): InitEnvironment {
  const varFile = workingDirectory
    ? [`${workingDirectory}/environments/${name}.tfvars`, `${workingDirectory}/${name}.tfvars`].find(f =>
        facts.files.has(f)
      )
    : undefined
  const found = kustomizeOverlay(facts, name)
  // None: the starter overlay shipline manifests writes where a repository has no overlays/.
  const manifests = found ?? `infra/k8s/overlays/${name}`
  if (!found)
    notes.push(
      `${name}: no kustomization found for it: manifests is ${manifests}, the starter overlay \`shipline manifests\` writes with infra/k8s/base`
    )
  const kustomizeEnvFile =
    !found || /infra-outputs\.env/.test(facts.kustomizations.get(found) ?? '')
      ? `${manifests}/infra-outputs.env`
      : undefined
  return {
    name,
    ...(varFile ? { varFile } : {}),
    ...(manifests !== 'infra/k8s/overlays/production' ? { manifests } : {}),
    ...(kustomizeEnvFile ? { kustomizeEnvFile } : {})
  }
}

/** The decisions of `shipline init` for a repository's facts. */
export function planInit(facts: RepoFacts, options: Pick<InitOptions, 'environments'>): InitPlan {
  const notes: string[] = []
  const services = nameServices(facts)
  const frontend = services.find(s => s.name === 'frontend' && s.frontend)
  for (const s of services)
    notes.push(
      `service ${s.name}: ${s.context === '.' ? 'the repository root' : `${s.context}/`}${s.dockerfile}`
    )
  const unbuilt = [...facts.dirs]
    .filter(d => isFrontend(d, facts) && facts.packages.some(p => p.dir === d))
    .filter(d => !services.some(s => s.context === d))
  const site = unbuilt.length && !frontend ? staticOf(unbuilt[0], facts) : undefined
  if (site)
    notes.push(
      `${site.context}/ is a frontend without a Dockerfile: published to S3 by the static section (built with "${site.build}" into ${site.dir}; check both)`
    )
  for (const dir of unbuilt.slice(site ? 1 : 0))
    notes.push(`${dir}/ looks like a frontend too: not configured (one static site per shipline.yml)`)
  const workingDirectory = terraformDirectory(facts)
  if (!workingDirectory) notes.push('no Terraform found: working-directory stays infra (the default)')
  const environments = options.environments.map(name => environmentOf(facts, name, workingDirectory, notes))
  return {
    services,
    cdnPaths: site ? [] : cdnPathsOf(frontend, facts),
    ...(site ? { static: site } : {}),
    ...(workingDirectory && workingDirectory !== 'infra' ? { workingDirectory } : {}),
    environments,
    notes
  }
}

/** A YAML scalar: plain when that reads back as the same string, else double-quoted. */
function scalar(text: string): string {
  const plain = /^[A-Za-z0-9_./*-][A-Za-z0-9_./* -]*$/.test(text) && !text.endsWith(' ')
  const special = /^(?:true|false|yes|no|on|off|null|~|[-+]?[0-9.][0-9._eE+-]*)$/i.test(text)
  return plain && !special && !text.startsWith('*') && !text.startsWith('/*') ? text : JSON.stringify(text)
}

export function renderShiplineYml(plan: InitPlan, options: InitOptions): string {
  const lines = [
    `# Shipline's pipeline configuration, written by shipline init (shipline ${options.version}).`,
    '# The one list of services: each name is also its image repository under the registry (ECR) and',
    '# its workload in the Kubernetes manifests. Paths are relative to the repository root; watch lists',
    '# the paths whose change rebuilds a service (default: its context), such as a shared library.',
    'version: 1',
    `environment: ${scalar(options.environments[options.environments.length - 1])}`,
    'services:'
  ]
  for (const s of plan.services) {
    lines.push(`  ${s.name}:`, `    context: ${scalar(s.context)}`)
    if (s.dockerfile !== 'Dockerfile') lines.push(`    dockerfile: ${scalar(s.dockerfile)}`)
    lines.push(`    workload: deployment/${s.name}`)
  }
  if (plan.static)
    lines.push(
      '# The frontend, built and published to S3 after the rollout (publish-static); check build and dir.',
      'static:',
      `  context: ${scalar(plan.static.context)}`,
      `  build: ${scalar(plan.static.build)}`,
      `  dir: ${scalar(plan.static.dir)}`,
      `  watch: [${scalar(plan.static.context)}]`
    )
  if (plan.cdnPaths.length)
    lines.push(
      '# Invalidated in CloudFront after a deploy that changed the frontend.',
      'cdn:',
      `  paths: [${plan.cdnPaths.map(scalar).join(', ')}]`
    )
  return `${lines.join('\n')}\n`
}
