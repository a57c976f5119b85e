/** `shipline scan-report`: the action's judgement on saved reports; exit 0 pass, 3 violations, 2 bad input. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { COMMANDS } from '../src/commands.js'
import { main } from '../src/main.js'
import { sharedFixture } from '../../__fixtures__/paths.js'

let cwd: string
let dir: string
/** The recorded reports, copied into the current directory (the command reads files there or in RUNNER_TEMP). */
const f = (name: string) => join(dir, 'trivy-json', name)

/** `shipline scan-report args…` through the CLI's own dispatch (cli/src/main.ts); stderr without "shipline scan-report: ". */
async function shipline(args: string[]) {
  let stdout = ''
  let stderr = ''
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(chunk => {
    stderr += String(chunk)
    return true
  })
  try {
    const code = await main(['scan-report', ...args])
    return { code, stdout, stderr: stderr.replace(/^shipline scan-report: /, '').replace(/\n$/, '') }
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
}

beforeEach(() => {
  cwd = process.cwd()
  dir = mkdtempSync(join(tmpdir(), 'scan-report-'))
  cpSync(sharedFixture('trivy-json'), join(dir, 'trivy-json'), { recursive: true })
  process.chdir(dir)
})
afterEach(() => process.chdir(cwd))

describe('shipline scan-report', () => {
  it('is registered', () => {
    expect(COMMANDS['scan-report'].summary).toContain('Trivy JSON reports')
  })

  it('exit 3 and the markdown when findings violate the default policy (CRITICAL,HIGH)', async () => {
    const { code, stdout } = await shipline([f('trivy-image-alpine-3.9.json'), f('trivy-repo-npm.json')])
    expect(code).toBe(3)
    expect(stdout).toContain('### ❌ Trivy scan: 1 of 2 images fail the policy')
    expect(stdout).toContain('| `trivy-image-alpine-3.9` | ❌ fail | 2 | 0 | 4 | 0 | 0 | 6 | 0 |')
    expect(stdout).toContain('| `trivy-repo-npm` | ✅ pass | 0 | 0 | 1 | 0 | 0 | 1 | 0 |')
  })

  it('exit 0 when every report passes', async () => {
    const { code, stdout } = await shipline([
      f('trivy-image-ubuntu-18.04.json'),
      f('trivy-image-sle-micro-no-vulns.json')
    ])
    expect(code).toBe(0)
    expect(stdout.startsWith('### ✅ Trivy scan: all 2 images pass the policy')).toBe(true)
  })

  it('--severity widens the gate; --ignore-unfixed narrows it', async () => {
    expect((await shipline([f('trivy-image-distroless-base.json'), '--severity', 'MEDIUM'])).code).toBe(3)
    const narrowed = await shipline([
      f('trivy-image-distroless-base.json'),
      '--severity',
      'MEDIUM',
      '--ignore-unfixed'
    ])
    expect(narrowed.code).toBe(0)
    expect(narrowed.stdout).toContain(
      '| `trivy-image-distroless-base` | ✅ pass | 0 | 0 | 0 | 2 | 0 | 2 | 2 |'
    )
  })

  it('--ignorefile (both formats, repeatable) and the default .trivyignore of the working directory', async () => {
    writeFileSync(join(dir, 'a.trivyignore'), 'CVE-2019-14697\n')
    writeFileSync(
      join(dir, 'b.trivyignore.yaml'),
      'secrets:\n  - id: aws-access-key-id\n  - id: mysecret\n    statement: test fixture\n'
    )
    const both = await shipline([
      f('trivy-image-alpine-3.9.json'),
      f('trivy-repo-secrets.json'),
      '--ignorefile',
      'a.trivyignore',
      '--ignorefile',
      'b.trivyignore.yaml'
    ])
    expect(both.code).toBe(0)
    expect(both.stdout).toContain('ignore files: `a.trivyignore`, `b.trivyignore.yaml`')
    writeFileSync(join(dir, '.trivyignore'), 'CVE-2019-14806\n')
    expect((await shipline([f('trivy-repo-pip.json')])).code).toBe(0)
  })

  it('--unknown-severity ignore lets UNKNOWN findings pass', async () => {
    writeFileSync(
      join(dir, 'unknown.json'),
      JSON.stringify({
        SchemaVersion: 2,
        Results: [{ Target: 't', Vulnerabilities: [{ VulnerabilityID: 'CVE-9', Severity: 'UNKNOWN' }] }]
      })
    )
    expect((await shipline(['unknown.json'])).code).toBe(3)
    expect((await shipline(['unknown.json', '--unknown-severity', 'ignore'])).code).toBe(0)
  })

  it.each([
    [[], 'Input "REPORT": no report was given; accepted: one or more Trivy JSON report paths'],
    [
      ['missing.json'],
      'Input "REPORT": "missing.json" does not exist; accepted: at most 256 Trivy JSON reports of at most 64 MiB each, in the current directory or RUNNER_TEMP'
    ],
    [
      ['notjson.json'],
      /^Input "REPORT": notjson\.json is not valid JSON: .*; accepted: Trivy JSON reports \(trivy --format json\)$/
    ],
    [
      ['sarif.json'],
      'Input "REPORT": sarif.json is not a Trivy JSON report (expected an object with "SchemaVersion": 2, from trivy --format json); accepted: Trivy JSON reports (trivy --format json)'
    ],
    [
      ['ok.json', '--severity', 'SEVERE'],
      'Input "--severity": "SEVERE" is not a severity; accepted: a comma-separated list of CRITICAL, HIGH, MEDIUM, LOW'
    ],
    [
      ['ok.json', '--unknown-severity', 'maybe'],
      'Input "--unknown-severity": "maybe" is not allowed; accepted: fail, ignore'
    ],
    [
      ['ok.json', '--ignorefile', 'none'],
      'Input "--ignorefile": "none" does not exist; accepted: paths of existing .trivyignore or .trivyignore.yaml files of at most 1 MiB, in the workspace'
    ],
    [
      ['ok.json', '--bogus'],
      'Input "--bogus": is not an option of shipline scan-report; accepted: shipline scan-report REPORT.json... [--severity CRITICAL,HIGH] [--ignore-unfixed] [--unknown-severity fail|ignore] [--ignorefile FILE]...'
    ],
    [
      ['/etc/hostname'],
      'Input "REPORT": "/etc/hostname" is outside the workspace; accepted: at most 256 Trivy JSON reports of at most 64 MiB each, in the current directory or RUNNER_TEMP'
    ]
  ] as Array<[string[], string | RegExp]>)('exit 2 with one line: %j', async (args, message) => {
    writeFileSync(join(dir, 'notjson.json'), '{oops')
    writeFileSync(join(dir, 'sarif.json'), JSON.stringify({ version: '2.1.0', runs: [] }))
    writeFileSync(join(dir, 'ok.json'), JSON.stringify({ SchemaVersion: 2 }))
    const { code, stdout, stderr } = await shipline(args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    if (typeof message === 'string') expect(stderr).toBe(message)
    else expect(stderr).toMatch(message)
    expect(stderr).not.toContain('\n')
  })
})
