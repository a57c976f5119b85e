/**
 * Which `terraform` runs: the one on PATH when it satisfies the constraint, else one from the tool
 * cache (verified again before use), else the newest satisfying release downloaded, verified (the
 * digest pinned in version.ts, or SHA256SUMS signed by HashiCorp) and cached (lib/core/install.ts).
 */
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { UserError } from '../core/errors.js'
import { run } from '../core/exec.js'
import { installTool, installToolFrom } from '../core/install.js'
import { info } from '../core/log.js'
import { VERSION_ARGS } from './args.js'
import {
  newestSatisfying,
  terraformRelease,
  type TerraformTrust,
  type VersionConstraint,
  versionsInIndex
} from './version.js'

export interface ResolvedTerraform {
  path: string
  version: string
  source: 'path' | 'tool-cache' | 'download'
}

/** The first executable `name` on `pathVariable`, or undefined. */
export function findOnPath(name: string, pathVariable: string | undefined): string | undefined {
  const names = process.platform === 'win32' ? [`${name}.exe`, name] : [name]
  for (const dir of (pathVariable ?? '').split(delimiter)) {
    if (!dir) continue
    for (const candidate of names) {
      const path = join(dir, candidate)
      try {
        if (!statSync(path).isFile()) continue
        accessSync(path, constants.X_OK)
        return path
      } catch {
        // not here
      }
    }
  }
  return undefined
}

/** The version a terraform binary reports (`terraform version -json`, or its text form). */
export async function terraformVersion(path: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const { stdout } = await run(path, VERSION_ARGS, {
      stream: false,
      env: { ...env, CHECKPOINT_DISABLE: '1' }
    })
    try {
      const version = (JSON.parse(stdout) as { terraform_version?: unknown }).terraform_version
      if (typeof version === 'string') return version
    } catch {
      // Terraform before 0.13 has no -json: "Terraform v0.12.31"
    }
    return /Terraform v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(stdout)?.[1]
  } catch {
    return undefined
  }
}

export async function resolveTerraform(
  constraint: VersionConstraint,
  downloadUrl: string,
  env: NodeJS.ProcessEnv,
  trust: TerraformTrust = {}
): Promise<ResolvedTerraform> {
  const onPath = findOnPath('terraform', env.PATH)
  if (onPath) {
    const version = await terraformVersion(onPath, env)
    if (version && constraint.satisfiedBy(version)) {
      info(`Using terraform ${version} from PATH (${onPath})`)
      return { path: onPath, version, source: 'path' }
    }
    info(`terraform ${version ?? '(version unknown)'} on PATH does not satisfy "${constraint.text}"`)
  }
  if (!env.RUNNER_TOOL_CACHE || !env.RUNNER_TEMP)
    throw new UserError(
      `No terraform satisfying "${constraint.text}" on PATH, and no tool cache to install one into (RUNNER_TOOL_CACHE and RUNNER_TEMP are unset outside GitHub Actions): put a matching terraform on PATH`
    )
  const tc = await import('@actions/tool-cache')
  const cached = newestSatisfying(tc.findAllVersions('terraform'), constraint)
  const release = (version: string) => terraformRelease(version, downloadUrl, undefined, undefined, trust)
  if (cached) {
    // A cache hit is verified again; what no longer checks out is downloaded anew.
    const { path, source } = await installToolFrom(release(cached))
    return { path, version: cached, source }
  }
  const version = constraint.exact ?? (await newestRelease(constraint, downloadUrl))
  const path = await installTool(release(version))
  return { path, version, source: 'download' }
}

/** The newest release satisfying `constraint`, from the releases index (`<base>/index.json`). */
async function newestRelease(constraint: VersionConstraint, downloadUrl: string): Promise<string> {
  const url = `${downloadUrl.replace(/\/+$/, '')}/index.json`
  const { HttpClient } = await import('@actions/http-client')
  let index: unknown
  try {
    const response = await new HttpClient('shipline').getJson(url)
    index = response.result
  } catch (error) {
    throw new UserError(`Could not read the Terraform releases index ${url}: ${(error as Error).message}`)
  }
  const version = newestSatisfying(versionsInIndex(index), constraint)
  if (!version) throw new UserError(`No Terraform release in ${url} satisfies "${constraint.text}"`)
  return version
}
