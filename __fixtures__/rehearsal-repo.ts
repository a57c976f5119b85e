/**
 * A repository to rehearse: this checkout's workflows, action metadata, examples and Kubernetes
 * manifests, with a provider-free stand-in for infra/'s Terraform (the real root module needs the AWS
 * provider, which cannot plan here): terraform_data resources and the outputs the pipeline reads,
 * behind the same S3 backend with its partial configuration from pipeline.yml. The stand-in adds
 * `use_path_style` (a loopback S3 has no bucket host names). Committed on main.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { repoPath } from './paths.js'

export { STANDIN_INFRA } from '../lib/standins/infra-standin.js'
import { STANDIN_INFRA } from '../lib/standins/infra-standin.js'

function copy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true })
  cpSync(from, to, { recursive: true })
}

export function git(repo: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Rehearsal', '-c', 'user.email=rehearsal@example.com', ...args],
    {
      cwd: repo,
      encoding: 'utf8'
    }
  ).trim()
}

/** Commit every change in `repo` with `message`; the new HEAD. */
export function commitAll(repo: string, message: string): string {
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '--allow-empty', '-m', message)
  return git(repo, 'rev-parse', 'HEAD')
}

export function writeFiles(repo: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true })
    writeFileSync(join(repo, path), text)
  }
}

/** A fresh repository to rehearse, one commit on main; `edit` changes its files before the commit. */
export function makeRehearsalRepo(edit?: (repo: string) => void): string {
  const repo = mkdtempSync(join(tmpdir(), 'shipline-rehearsal-repo-'))
  copy(repoPath('.github/workflows'), join(repo, '.github/workflows'))
  for (const name of readdirSync(repoPath('actions')))
    for (const file of ['action.yml'])
      try {
        copy(repoPath('actions', name, file), join(repo, 'actions', name, file))
      } catch {
        // not an action folder
      }
  copy(repoPath('examples'), join(repo, 'examples'))
  copy(repoPath('infra/k8s'), join(repo, 'infra/k8s'))
  writeFiles(repo, {
    ...STANDIN_INFRA,
    'cli/README.md': 'The Shipline CLI (run from sources in rehearsals).\n'
  })
  edit?.(repo)
  git(repo, 'init', '-q', '-b', 'main')
  commitAll(repo, 'Adopt Shipline')
  return repo
}
