/**
 * A caller whose uses: line names one of Shipline's reusable workflows remotely, as the caller
 * `shipline init` writes: the rehearsal runs the installation's file, says so, and its job finds
 * its own repository and commit in the OIDC token (job_workflow_ref, job_workflow_sha) as deploy.yml
 * reads them, then checks that commit out into .shipline-src: this installation. A uses: line of any
 * other repository is refused before anything runs, in one line.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { podmanTestStorage } from '../../../__fixtures__/busybox-base.js'
import { commitAll, git, writeFiles } from '../../../__fixtures__/rehearsal-repo.js'
import { registryAvailable } from '../../../__fixtures__/registry.js'
import { rehearse, type RehearsalRun } from '../run.js'

/** The source step of deploy.yml, word for word, then the checkout of what it names. */
const REUSABLE = `name: hello
on:
  workflow_call:
    inputs:
      who:
        type: string
        required: true
jobs:
  source:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - id: source
        run: |
          curl -fsS -H "Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN" "$ACTIONS_ID_TOKEN_REQUEST_URL&audience=shipline-source" |
            node -e 'let s = ""; process.stdin.on("data", d => (s += d)).on("end", () => {
              const claims = JSON.parse(Buffer.from(JSON.parse(s).value.split(".")[1], "base64url").toString());
              const repository = claims.job_workflow_ref.split("@")[0].split("/").slice(0, 2).join("/");
              process.stdout.write(\`repository=\${repository}\\nref=\${claims.job_workflow_sha}\\n\`);
            })' >> "$GITHUB_OUTPUT"
      - uses: actions/checkout@v5
        with:
          repository: \${{ steps.source.outputs.repository }}
          ref: \${{ steps.source.outputs.ref }}
          path: .shipline-src
      - env:
          WHO: \${{ inputs.who }}
          REPOSITORY: \${{ steps.source.outputs.repository }}
          REF: \${{ steps.source.outputs.ref }}
        run: |
          echo "hello $WHO from $REPOSITORY at $REF"
          test -f .shipline-src/.github/workflows/hello.yml && echo "the installation is in .shipline-src"
`

const caller = (
  uses: string
) => `# Pinned to acme/shipline@v9.9.9: the workflows run the actions of that commit.
name: caller
on:
  push:
    branches: [main]
permissions: {}
jobs:
  hello:
    permissions:
      id-token: write
    uses: ${uses}
    with:
      who: adopter
`

describe('rehearse: a remote call of Shipline’s reusable workflow', () => {
  let installation: string
  let repo: string
  let state: string
  let run: RehearsalRun
  let said: string[]
  beforeAll(async () => {
    if (!registryAvailable()) throw new Error('the rehearsal tests need docker-registry on this machine')
    installation = mkdtempSync(join(tmpdir(), 'shipline-installation-'))
    writeFiles(installation, {
      'package.json': '{ "name": "@shipline/cli", "version": "9.9.9" }\n',
      '.github/workflows/hello.yml': REUSABLE
    })
    repo = mkdtempSync(join(tmpdir(), 'shipline-adopter-'))
    writeFiles(repo, {
      '.github/workflows/caller.yml': caller('acme/shipline/.github/workflows/hello.yml@v9.9.9'),
      '.github/workflows/other.yml': caller('acme/elsewhere/.github/workflows/hello.yml@v9.9.9')
    })
    git(repo, 'init', '-q', '-b', 'main')
    commitAll(repo, 'init')
    state = mkdtempSync(join(tmpdir(), 'shipline-remote-state-'))
    said = []
    const log = jest.spyOn(process.stderr, 'write').mockImplementation(chunk => {
      said.push(String(chunk))
      return true
    })
    try {
      run = await rehearse({
        workflow: '.github/workflows/caller.yml',
        event: 'push',
        repo,
        stateDir: state,
        installation,
        podman: podmanTestStorage()
      })
    } finally {
      log.mockRestore()
    }
  }, 120_000)
  afterAll(() => {
    for (const dir of [installation, repo, state]) if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('runs the installation’s workflow file and says so', () => {
    expect(run.jobs.map(job => [job.id, job.status])).toEqual([['hello/source', 'success']])
    expect(said.join('')).toContain(
      'uses: acme/shipline/.github/workflows/hello.yml@v9.9.9 → this installation’s .github/workflows/hello.yml (Shipline 0.1.0)'
    )
  })

  it('gives the job an OIDC token naming the uses: line’s repository and the installation’s commit, which it checks out', () => {
    const commit = git(join(state, 'shipline'), 'rev-parse', 'HEAD')
    const log = run.logs['hello/source'].join('\n')
    expect(log).toContain(`hello adopter from acme/shipline at ${commit}`)
    expect(log).toContain(`Checked out acme/shipline at ${commit}`)
    expect(log).toContain('the installation is in .shipline-src')
  })

  it('refuses a reusable workflow of any other repository, in one line, before anything runs', async () => {
    await expect(
      rehearse({
        workflow: '.github/workflows/other.yml',
        event: 'push',
        repo,
        stateDir: state,
        installation
      })
    ).rejects.toThrow(
      '.github/workflows/other.yml: uses: acme/elsewhere/.github/workflows/hello.yml@v9.9.9: the rehearsal runs a workflow of this repository (./.github/workflows/NAME.yml) or one of Shipline’s (OWNER/shipline/.github/workflows/NAME.yml@REF, or the repository of the caller’s "# Pinned to" line)'
    )
  })
})
