/** A throw-away git repository with a shipline.yml, for tests of build-push. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export function makeRepo(files: Record<string, string>): string {
  const repo = mkdtempSync(join(tmpdir(), 'shipline-bp-repo-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true })
    writeFileSync(join(repo, path), text)
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init')
  return repo
}

export const CONFIG = [
  'version: 1',
  'services:',
  '  auth-service:',
  '    context: services/auth',
  '  web:',
  '    context: web',
  '    platforms: [linux/amd64, linux/arm64]',
  ''
].join('\n')

export function defaultRepo(): string {
  return makeRepo({
    'shipline.yml': CONFIG,
    'services/auth/Dockerfile': 'FROM scratch\n',
    'web/Dockerfile': 'FROM scratch\n',
    'broken.yml': 'version: 1\nservices:\n  a: {context: "x"\n',
    'nodockerfile.yml': 'version: 1\nservices:\n  auth-service: {context: services/none}\n'
  })
}
