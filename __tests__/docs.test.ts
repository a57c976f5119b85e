/**
 * One story in the docs, checked where a test can check it: the README's caller workflow is what
 * `shipline init` writes, passes actionlint and the inputs and secrets the reusable workflows
 * declare; every pin is an immutable ref of this version, and no caller overrides the commit the
 * workflows take from it; role ARNs are the same secrets everywhere (each environment's plan, build
 * and deploy roles); backend configuration has one format; the command table is the CLI's.
 */
import { describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import yaml from 'js-yaml'
import { planInit } from '../lib/config/init.js'
import { scanRepository } from '../lib/config/repo-scan.js'
import { VERSION } from '../lib/core/version.js'
import { renderCallerWorkflow } from '../lib/github/caller-workflow.js'
import { COMMANDS } from '../cli/src/commands.js'
import { actionlintFindings, callerProblems, declaredBy } from '../__fixtures__/caller-workflow.js'
import { repoPath } from '../__fixtures__/paths.js'

const readme = readFileSync(repoPath('README.md'), 'utf8')
const actionReadmes = readdirSync(repoPath('actions'), { withFileTypes: true })
  .filter(entry => entry.isDirectory() && existsSync(repoPath('actions', entry.name, 'README.md')))
  .map(entry => repoPath('actions', entry.name, 'README.md'))
  .map(path => ({ path, text: readFileSync(path, 'utf8') }))
const docs = [{ path: 'README.md', text: readme }, ...actionReadmes]

/** The README's caller workflow: the yaml block of "4. The caller workflow". */
function callerBlock(): string {
  const section = readme.slice(readme.indexOf('### 4. The caller workflow'))
  const start = section.indexOf('```yaml\n') + '```yaml\n'.length
  return section.slice(start, section.indexOf('\n```', start) + 1)
}

/** A new repository shaped as the README's example: the example ERP and the reference infra/. */
function erpRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-docs-'))
  cpSync(repoPath('examples', 'services'), join(dir, 'services'), { recursive: true })
  cpSync(repoPath('examples', 'frontend'), join(dir, 'frontend'), { recursive: true })
  mkdirSync(join(dir, 'infra', 'environments'), { recursive: true })
  for (const file of readdirSync(repoPath('infra')).filter(f => f.endsWith('.tf')))
    cpSync(repoPath('infra', file), join(dir, 'infra', file))
  for (const environment of ['staging', 'production']) {
    cpSync(
      repoPath('infra', 'environments', `${environment}.tfvars`),
      join(dir, 'infra', 'environments', `${environment}.tfvars`)
    )
    cpSync(
      repoPath('infra', 'k8s', 'overlays', environment),
      join(dir, 'infra', 'k8s', 'overlays', environment),
      { recursive: true }
    )
  }
  cpSync(repoPath('infra', 'k8s', 'base'), join(dir, 'infra', 'k8s', 'base'), { recursive: true })
  return dir
}

describe('README: the caller workflow', () => {
  const text = callerBlock()

  it('passes actionlint', async () => expect(await actionlintFindings(text, 'shipline.yml')).toEqual([]))

  it('passes the inputs and secrets the reusable workflows declare, and runs the actions of the ref it pins', () =>
    expect(callerProblems(text)).toEqual([]))

  it('is what shipline init writes for the example ERP', () => {
    const options = {
      environments: ['staging', 'production'],
      awsRegion: 'eu-west-1',
      shiplineRepository: 'shipline-dev/shipline',
      shiplineRef: `v${VERSION}`,
      version: VERSION,
      stateBucket: 'tfstate-erp-123456789012',
      stateKmsKey: 'arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d'
    }
    const facts = scanRepository(erpRepository())
    expect(text).toBe(renderCallerWorkflow(planInit(facts, options), options))
  })

  it('names every input it passes in the inputs table', () => {
    const jobs = (yaml.load(text) as { jobs: Record<string, { with?: Record<string, unknown> }> }).jobs
    const table = readme.slice(readme.indexOf('The inputs of the reusable workflows'))
    for (const job of Object.values(jobs))
      for (const input of Object.keys(job.with ?? {})) expect(table).toContain(`| \`${input}\``)
  })
})

describe('the docs tell one story', () => {
  it('pin Shipline by an immutable ref of this version, never a moving tag or a placeholder owner', () => {
    for (const { path, text } of docs) {
      expect({ path, owner: text.includes('OWNER/shipline') }).toEqual({ path, owner: false })
      for (const [, ref] of text.matchAll(/shipline-dev\/shipline\/[\w./-]+@([\w.-]+)/g))
        expect({ path, ref }).toEqual({
          path,
          ref: expect.stringMatching(new RegExp(`^(v${VERSION.replace(/\./g, '\\.')}|[0-9a-f]{40})$`))
        })
      // The reusable workflows take the actions' commit from uses: itself (job_workflow_sha); a
      // caller that sets shipline-ref could name a moving tag, so the docs never do.
      expect({ path, overrides: text.match(/^\s*shipline-(?:ref|repository): .*$/gm) ?? [] }).toEqual({
        path,
        overrides: []
      })
    }
  })

  it('give the role ARNs as the same secrets everywhere (each environment’s plan, build and deploy roles), never as variables', () => {
    const environments = ['STAGING', 'PRODUCTION']
    const roles = ['PLAN', 'BUILD', 'DEPLOY']
    const allowed = environments.flatMap(e => roles.map(r => `SHIPLINE_${e}_${r}_ROLE_ARN`))
    for (const { path, text } of docs) {
      expect({ path, vars: text.match(/\bvars\.\w+/g) ?? [] }).toEqual({ path, vars: [] })
      for (const [, value] of text.matchAll(/role-to-assume: '?(\$\{\{[^}]*\}\})/g))
        expect({ path, value }).toEqual({
          path,
          value: expect.stringMatching(
            /^\$\{\{ secrets\.SHIPLINE_(STAGING|PRODUCTION)_(PLAN|BUILD|DEPLOY)_ROLE_ARN \}\}$/
          )
        })
      const given = [...text.matchAll(/secrets\.(\w+)/g), ...text.matchAll(/\brole: (SHIPLINE_\w+)/g)]
      for (const [, name] of given)
        if (name.startsWith('SHIPLINE_'))
          expect({ path, name, allowed: allowed.includes(name) }).toEqual({ path, name, allowed: true })
    }
    const loop = /for env in ([a-z ]+); do[^\n]*\n((?:.*\n)*?)done/.exec(readme)
    expect(
      loop?.[1]
        .trim()
        .split(' ')
        .map(e => e.toUpperCase())
    ).toEqual(environments)
    const set = [...(loop?.[2] ?? '').matchAll(/gh secret set "SHIPLINE_\$\{E\}_(\w+)_ROLE_ARN"/g)].map(
      m => m[1]
    )
    expect(set.sort()).toEqual([...roles].sort())
    expect(readme.match(/gh secret set /g)).toHaveLength(roles.length)
    const called = [...callerBlock().matchAll(/secrets\.(\w+)|role: (\w+)/g)].map(m => m[1] ?? m[2])
    expect([...new Set(called)].sort()).toEqual([...allowed].sort())
  })

  it('write the state backend in one format: key=value lines, as backend-config takes them', () => {
    for (const { path, text } of docs) {
      for (const [, indent, first, rest] of text.matchAll(/backend-config: \|\n( +)(\S.*\n)((?:\1\S.*\n)*)/g))
        for (const line of `${first}${rest.replace(new RegExp(`^${indent}`, 'gm'), '')}`.trim().split('\n'))
          expect({ path, line: line.trim() }).toEqual({ path, line: expect.stringMatching(/^[a-z_]+=\S+$/) })
      expect({ path, flags: /-backend-config=|\.tfbackend\b/.test(text) }).toEqual({ path, flags: false })
    }
  })

  it('say who writes infra-outputs.env and what the deploy job pins, as deploy.yml does it', () => {
    expect(declaredBy('deploy.yml').inputs['kustomize-env-file']).toBeDefined()
    expect(readme).not.toMatch(/does not write it/)
    expect(readme).toContain('is written by the deploy job from the Terraform\noutput `kustomize_env`')
    const deploy = readFileSync(repoPath('.github', 'workflows', 'deploy.yml'), 'utf8')
    expect(deploy).toContain('cli/dist/index.js" resolve --config')
    expect(readme.replace(/\n/g, ' ')).toContain(
      'The deploy job pins every service of `shipline.yml` by digest'
    )
  })

  it('list exactly the commands of the CLI', () => {
    const section = readme.slice(
      readme.indexOf('### The `shipline` command'),
      readme.indexOf('## Security model')
    )
    const listed = [...section.matchAll(/^\| `([a-z-]+)` +\|/gm)].map(m => m[1]).sort()
    expect(listed).toEqual(Object.keys(COMMANDS).sort())
  })
})
