/**
 * This Shipline installation as the repository that GitHub would check out for a remote `uses:`
 * line: its reusable workflows, its actions' action.yml and dist/, and the CLI bundle, committed in
 * a git repository of the state directory (a fixed author and date, so the same files are the same
 * commit). The reusable workflows check out `job_workflow_sha` of their own repository into
 * .shipline-src: the rehearsal's OIDC token names this commit and actions/checkout fetches it here.
 * The installation is a checkout of Shipline or the @shipline/cli package (which ships these files).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { cp, mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UserError } from '../core/errors.js'
import { git as gitIn } from '../git/git.js'

const PACKAGE = '@shipline/cli'

/** The directory of Shipline's package.json above `from` (a file of this installation). */
export function installationRoot(from: string = fileURLToPath(import.meta.url)): string | undefined {
  for (let dir = dirname(from), i = 0; i < 8; i++, dir = dirname(dir)) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE) return dir
      } catch {
        // not a package.json of ours
      }
    }
    if (dirname(dir) === dir) break
  }
  return undefined
}

/**
 * The files of `root` a rehearsal checks out as Shipline (relative paths); the dist/ bundles when
 * `bundles` and present (a rehearsal from the sources writes its own entries over them).
 */
export function installationFiles(root: string, bundles = true): string[] {
  const files: string[] = ['package.json']
  const workflows = join(root, '.github', 'workflows')
  if (existsSync(workflows))
    for (const name of readdirSync(workflows).sort())
      if (/\.ya?ml$/.test(name)) files.push(`.github/workflows/${name}`)
  const actions = join(root, 'actions')
  if (existsSync(actions))
    for (const name of readdirSync(actions).sort()) {
      if (!existsSync(join(actions, name, 'action.yml'))) continue
      files.push(`actions/${name}/action.yml`)
      if (bundles && existsSync(join(actions, name, 'dist'))) files.push(`actions/${name}/dist`)
    }
  if (bundles && existsSync(join(root, 'cli', 'dist'))) files.push('cli/dist')
  return files
}

const git = async (cwd: string, args: string[]) =>
  (await gitIn(cwd, args, { env: FIXED_DATES })).stdout.trim()

const FIXED_DATES = {
  GIT_AUTHOR_DATE: '2000-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2000-01-01T00:00:00Z'
}

/** The installation committed under `dir` (replacing what an earlier run put there); its commit. */
export async function commitInstallation(root: string, dir: string, bundles = true): Promise<string> {
  const files = installationFiles(root, bundles)
  if (!files.some(file => file.startsWith('.github/workflows/')))
    throw new UserError(
      `Shipline at ${root} has no .github/workflows/: reinstall @shipline/cli, whose package ships its reusable workflows`
    )
  await mkdir(dir, { recursive: true })
  if (!existsSync(join(dir, '.git'))) await git(dir, ['init', '-q', '-b', 'main'])
  for (const name of readdirSync(dir)) if (name !== '.git') await rm(join(dir, name), { recursive: true })
  for (const file of files) {
    await mkdir(dirname(join(dir, file)), { recursive: true })
    await cp(join(root, file), join(dir, file), { recursive: true })
  }
  await git(dir, ['add', '-A'])
  if (await git(dir, ['status', '--porcelain']))
    await git(dir, [
      '-c',
      'user.name=shipline rehearse',
      '-c',
      'user.email=rehearse@shipline.invalid',
      'commit',
      '-q',
      '-m',
      'This Shipline installation'
    ])
  return git(dir, ['rev-parse', 'HEAD'])
}
