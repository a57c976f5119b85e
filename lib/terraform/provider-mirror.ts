/**
 * Terraform without the network: find a filesystem mirror of the providers (the machine image ships
 * one of hashicorp/aws), write a CLI configuration that installs from it and from nowhere else, and
 * give the environment a terraform child process runs with.
 *
 * The mirror comes from SHIPLINE_TF_PROVIDER_MIRROR, or else from a search of Terraform's implicit
 * local mirror directories and of the filesystem down to depth 3 for a registry.terraform.io
 * directory (its parent is the mirror). Nothing here names a machine's path. Node builtins only.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'

export const MIRROR_ENV = 'SHIPLINE_TF_PROVIDER_MIRROR'
export const REGISTRY_HOST = 'registry.terraform.io'

/** One provider package a mirror holds. */
export interface MirroredProvider {
  /** namespace/type, e.g. hashicorp/aws */
  source: string
  version: string
  /** os_arch, e.g. linux_amd64 */
  platform: string
}

export interface ProviderMirror {
  /** The mirror directory (the parent of registry.terraform.io). */
  dir: string
  /** Where it was found: the environment variable, or the search. */
  from: 'env' | 'search'
  providers: MirroredProvider[]
}

/** A missing tool or provider, said in one line with how to provide it. */
export class TerraformSetupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TerraformSetupError'
  }
}

/** Terraform's name of a Node platform and architecture (linux_amd64, darwin_arm64, windows_amd64). */
export function terraformPlatform(platform: string = process.platform, arch: string = process.arch): string {
  const os = platform === 'win32' ? 'windows' : platform
  const cpu =
    ({ x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' } as Record<string, string>)[arch] ?? arch
  return `${os}_${cpu}`
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort()
  } catch {
    return []
  }
}

const PACKED = /^terraform-provider-([^_]+)_([^_]+)_([a-z0-9]+_[a-z0-9]+)\.zip$/

/**
 * The providers of registry.terraform.io a mirror directory holds, in both layouts Terraform reads:
 * unpacked (HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/) and packed (HOST/NAMESPACE/TYPE/terraform-provider-TYPE_VERSION_OS_ARCH.zip).
 */
export function mirroredProviders(dir: string): MirroredProvider[] {
  const found: MirroredProvider[] = []
  const registry = join(dir, REGISTRY_HOST)
  for (const namespace of list(registry))
    for (const type of list(join(registry, namespace)))
      for (const entry of list(join(registry, namespace, type))) {
        const packed = PACKED.exec(entry)
        if (packed && packed[1] === type)
          found.push({
            source: `${namespace}/${type}`,
            version: packed[2] as string,
            platform: packed[3] as string
          })
        else if (isDir(join(registry, namespace, type, entry)))
          for (const platform of list(join(registry, namespace, type, entry)))
            if (
              /^[a-z0-9]+_[a-z0-9]+$/.test(platform) &&
              isDir(join(registry, namespace, type, entry, platform))
            )
              found.push({ source: `${namespace}/${type}`, version: entry, platform })
      }
  return found
}

/** Terraform's implicit local mirror directories on this platform (CLI configuration docs). */
export function implicitMirrorDirs(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string[] {
  const xdgData = env.XDG_DATA_HOME || join(home, '.local', 'share')
  const xdgDirs = (env.XDG_DATA_DIRS || '/usr/local/share:/usr/share').split(':').filter(Boolean)
  return [
    join(home, '.terraform.d', 'plugins'),
    join(xdgData, 'terraform', 'plugins'),
    ...xdgDirs.map(d => join(d, 'terraform', 'plugins'))
  ]
}

const PSEUDO_FILESYSTEMS = new Set(['/proc', '/sys', '/dev', '/run'])

/**
 * Directories named registry.terraform.io under root, at most maxDepth levels down (root itself is
 * level 0), in a stable order; pseudo filesystems are not entered.
 */
export function findRegistryDirs(root: string, maxDepth = 3): string[] {
  const found: string[] = []
  const walk = (dir: string, depth: number): void => {
    if (depth >= maxDepth) return
    for (const name of list(dir)) {
      const path = join(dir, name)
      if (PSEUDO_FILESYSTEMS.has(path) || name === 'node_modules' || name.startsWith('.git')) continue
      let isDirectory = false
      try {
        const stat = statSync(path, { throwIfNoEntry: false })
        isDirectory = stat?.isDirectory() ?? false
      } catch {
        continue
      }
      if (!isDirectory) continue
      if (name === REGISTRY_HOST) found.push(path)
      else walk(path, depth + 1)
    }
  }
  walk(root, 0)
  return found
}

export interface FindMirrorOptions {
  env?: NodeJS.ProcessEnv
  /** Directories searched for a registry.terraform.io directory (default: the filesystem root). */
  searchRoots?: string[]
  /** Directories tried as mirrors before the search (default: Terraform's implicit mirror directories). */
  candidates?: string[]
  /** Provider the mirror must hold (default hashicorp/aws). */
  provider?: string
  /** Platform the mirror must hold it for (default: this machine's). */
  platform?: string
}

/** How to make a mirror, for the error messages. */
export function mirrorHowTo(provider: string, platform: string): string {
  return `make one where the network is reachable with \`terraform providers mirror -platform=${platform} DIR\` in a configuration that requires ${provider}, then set ${MIRROR_ENV}=DIR`
}

/** The first mirror that holds the provider for the platform; throws TerraformSetupError when none does. */
export function findProviderMirror(options: FindMirrorOptions = {}): ProviderMirror {
  const env = options.env ?? process.env
  const provider = options.provider ?? 'hashicorp/aws'
  const platform = options.platform ?? terraformPlatform()
  const holds = (providers: MirroredProvider[]) =>
    providers.some(p => p.source === provider && p.platform === platform)
  const describe = (providers: MirroredProvider[]) => {
    const same = providers.filter(p => p.source === provider)
    return same.length
      ? `it holds ${provider} only for ${[...new Set(same.map(p => `${p.version} ${p.platform}`))].join(', ')}`
      : `it holds no ${provider}`
  }

  const fromEnv = env[MIRROR_ENV]
  if (fromEnv) {
    if (!isDir(fromEnv))
      throw new TerraformSetupError(
        `${MIRROR_ENV}=${fromEnv} is not a directory; accepted: a provider mirror directory holding ${REGISTRY_HOST}/${provider}/VERSION/${platform}/ (${mirrorHowTo(provider, platform)})`
      )
    const providers = mirroredProviders(fromEnv)
    if (!holds(providers))
      throw new TerraformSetupError(
        `${MIRROR_ENV}=${fromEnv} has no ${provider} for ${platform} (${describe(providers)}); ${mirrorHowTo(provider, platform)}`
      )
    return { dir: fromEnv, from: 'env', providers }
  }

  const seen: string[] = []
  const candidates = options.candidates ?? implicitMirrorDirs(env)
  const searched = (options.searchRoots ?? ['/']).flatMap(root =>
    findRegistryDirs(root).map(r => join(r, '..'))
  )
  for (const dir of [...candidates, ...searched]) {
    if (!isDir(join(dir, REGISTRY_HOST))) continue
    const providers = mirroredProviders(dir)
    if (holds(providers)) return { dir, from: 'search', providers }
    seen.push(`${dir} (${describe(providers)})`)
  }
  throw new TerraformSetupError(
    `no Terraform provider mirror with ${provider} for ${platform}: ${MIRROR_ENV} is not set and ${
      seen.length
        ? `the mirrors found lack it: ${seen.join('; ')}`
        : `no ${REGISTRY_HOST} directory was found within 3 levels of / or in Terraform's local mirror directories`
    }; ${mirrorHowTo(provider, platform)}`
  )
}

/** HCL string literal. */
function hclString(value: string): string {
  return JSON.stringify(value).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{')
}

/** A CLI configuration that installs every provider from the mirror and never from a registry. */
export function cliConfig(mirrorDir: string): string {
  return [
    '# Written by Shipline: providers come from the local mirror only; nothing is downloaded.',
    'provider_installation {',
    '  filesystem_mirror {',
    `    path = ${hclString(mirrorDir)}`,
    '  }',
    '  direct {',
    '    exclude = ["*/*"]',
    '  }',
    '}',
    ''
  ].join('\n')
}

/** The terraform binary on PATH, or a TerraformSetupError saying how to get it. */
export function findTerraform(env: NodeJS.ProcessEnv = process.env, version = '1.11.4'): string {
  const names = process.platform === 'win32' ? ['terraform.exe'] : ['terraform']
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const name of names) {
      const path = join(dir, name)
      if (existsSync(path) && !isDir(path)) return path
    }
  throw new TerraformSetupError(
    `terraform is not on PATH; install Terraform ${version} (https://releases.hashicorp.com/terraform/${version}/) and put it on PATH`
  )
}

/** The version terraform reports (`terraform version -json`), e.g. 1.11.4. */
export function terraformVersion(terraform: string, env: NodeJS.ProcessEnv): string {
  const result = spawnSync(terraform, ['version', '-json'], { env, encoding: 'utf8' })
  if (result.status !== 0)
    throw new TerraformSetupError(
      `${terraform} version -json failed (exit ${result.status}): ${(result.stderr ?? '').trim()}`
    )
  return String((JSON.parse(result.stdout) as { terraform_version?: string }).terraform_version ?? '')
}

export interface TerraformSetup {
  terraform: string
  mirror: ProviderMirror
  /** The CLI configuration file written for this setup. */
  configFile: string
  /** Environment for terraform children: the process's, with TF_CLI_CONFIG_FILE, TF_IN_AUTOMATION, CHECKPOINT_DISABLE. */
  env: NodeJS.ProcessEnv
  /** Removes the CLI configuration's temporary directory. */
  cleanup(): void
}

/** Environment variables of a terraform child that uses the mirror (pure). */
export function terraformEnv(base: NodeJS.ProcessEnv, configFile: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    TF_CLI_CONFIG_FILE: configFile,
    TF_IN_AUTOMATION: '1',
    CHECKPOINT_DISABLE: '1'
  }
  // A plugin cache would be written into; the mirror is all there is.
  delete env.TF_PLUGIN_CACHE_DIR
  return env
}

/**
 * Terraform and the mirror, ready: finds both (TerraformSetupError naming what is missing and how to
 * provide it), writes the CLI configuration into a new temporary directory.
 */
export function prepareTerraform(options: FindMirrorOptions = {}): TerraformSetup {
  const base = options.env ?? process.env
  const terraform = findTerraform(base)
  const mirror = findProviderMirror(options)
  const dir = mkdtempSync(join(tmpdir(), 'shipline-tf-cli-'))
  const configFile = join(dir, 'terraform.rc')
  writeFileSync(configFile, cliConfig(mirror.dir))
  return {
    terraform,
    mirror,
    configFile,
    env: terraformEnv(base, configFile),
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}
