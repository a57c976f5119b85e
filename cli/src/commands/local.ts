/**
 * `shipline local` (`npm run local`): the deploy, run on this machine by the rehearsal engine, so
 * what runs locally is the workflow file that runs on GitHub. It rehearses the repository's own
 * caller workflow (`.github/workflows/shipline.yml`, else `pipeline.yml`, or --workflow) for a push:
 * its shipline.yml, its Kubernetes manifests and its Terraform, as its workflow names them, with
 * Shipline's actions and CLI from this installation. AWS, the cluster and GitHub's API are the
 * rehearsal's stand-ins; images are built with podman and pushed to a loopback registry.
 *
 * Nothing in the repository changes: the run works on a copy of its working tree (committed there,
 * so uncommitted edits are included), deleted at the end. The stand-ins' state (registry, Terraform
 * state, cluster, podman storage, each run's logs) stays in --state for the next run, which then
 * builds and rolls out nothing if nothing changed. Two changes are made only when asked, and said:
 * --infra-standin replaces infra/ by a provider-free stand-in (the real one plans only against AWS).
 * Before the rehearsal, infra/ itself is planned for real where the machine has Terraform and a
 * mirror of the AWS provider (AWS reads on a loopback stand-in), and its pull request comment shown
 * (local/real-plan.ts; --skip-real-plan leaves it out).
 * Base images come from podman's storage (docker.io/library/busybox:1.36 is the busybox-static base).
 *
 * Exit codes: 0 the run would succeed; 1 a job would fail, or the real plan of infra/ failed; 2 bad
 * usage or a missing tool.
 */
import { existsSync } from 'node:fs'
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { InputError } from '../../../lib/core/errors.js'
import { info } from '../../../lib/core/log.js'
import { pathKind, quoted } from '../../../lib/core/paths.js'
import { table } from '../../../lib/core/markdown.js'
import { git as gitIn, gitTopLevel } from '../../../lib/git/git.js'
import { installationRoot } from '../../../lib/rehearsal/installation.js'
import { STANDIN_INFRA } from '../../../lib/standins/infra-standin.js'
import { type Command, EXIT } from '../command.js'
import { detectTools, requireRunTools } from '../local/preflight.js'
import { realPlanLine, realPlanOfInfra } from '../local/real-plan.js'
import { filesToCopy } from '../local/working-tree.js'

const WORKFLOWS = ['.github/workflows/shipline.yml', '.github/workflows/pipeline.yml']
const DEFAULTS = { state: '.shipline/local', protected: ['staging', 'production'] }

const ACCEPTED = {
  workflow: 'the repository’s caller workflow, relative to its root',
  state:
    'a directory of its own for the stand-ins’ state, such as .shipline/local (created when missing), not one holding the repository',
  protected: 'the name of a GitHub environment whose jobs wait for an approval, such as production'
}
const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/

interface LocalOptions {
  /** Relative to the repository's root; undefined: the first of WORKFLOWS there. */
  workflow?: string
  /** Absolute; undefined: DEFAULTS.state under the repository's root. */
  state?: string
  protectedEnvironments: string[]
  infraStandin: boolean
  realPlan: boolean
}

/** Every flag checked before anything runs (git included): one line naming the flag, nothing done. */
function readOptions(values: Record<string, unknown>): LocalOptions {
  const workflow = values.workflow === undefined ? undefined : String(values.workflow)
  if (workflow !== undefined) {
    const problem =
      workflow === ''
        ? 'is empty'
        : workflow.includes('\0')
          ? 'contains a NUL character'
          : isAbsolute(workflow)
            ? `${quoted(workflow)} is an absolute path`
            : workflow.split(/[\\/]/).includes('..')
              ? `${quoted(workflow)} leaves the repository`
              : !/\.ya?ml$/.test(workflow)
                ? `${quoted(workflow)} is not a workflow file (.yml or .yaml)`
                : undefined
    if (problem) throw new InputError('--workflow', problem, ACCEPTED.workflow)
  }
  let state: string | undefined
  if (values.state !== undefined) {
    const value = String(values.state)
    if (value === '' || value.includes('\0'))
      throw new InputError('--state', value ? 'contains a NUL character' : 'is empty', ACCEPTED.state)
    state = resolve(value)
    const kind = pathKind('--state', state, ACCEPTED.state, value)
    if (kind === 'file' || kind === 'other')
      throw new InputError(
        '--state',
        `${quoted(value)} is ${kind === 'file' ? 'a file' : 'not a directory'}`,
        ACCEPTED.state
      )
    const cwd = process.cwd()
    if (cwd === state || cwd.startsWith(state.endsWith(sep) ? state : `${state}${sep}`))
      throw new InputError('--state', `${quoted(value)} holds the repository itself`, ACCEPTED.state)
  }
  const protectedEnvironments = (values.protected as string[] | undefined) ?? DEFAULTS.protected
  for (const name of protectedEnvironments)
    if (!ENVIRONMENT.test(name))
      throw new InputError('--protected', `${quoted(name)} is not an environment name`, ACCEPTED.protected)
  return {
    workflow,
    state,
    protectedEnvironments,
    infraStandin: values['infra-standin'] === true,
    realPlan: values['skip-real-plan'] !== true
  }
}

const git = async (cwd: string, args: string[]) => (await gitIn(cwd, args)).stdout

/** The Shipline checkout this command belongs to (its TypeScript sources, when it has them). */
function shiplineSources(): string | undefined {
  const root = installationRoot(fileURLToPath(import.meta.url))
  return root && existsSync(join(root, 'lib', 'rehearsal', 'source-hooks.mjs')) ? root : undefined
}

/**
 * A copy of `top`'s working tree as one commit on top of HEAD (same files, so the same content
 * tags as a commit of them would get), and the stand-in infra as a second one when asked.
 */
async function copyOfWorkingTree(
  top: string,
  dest: string,
  infraStandin: boolean,
  state: string
): Promise<void> {
  await rm(dest, { recursive: true, force: true })
  await mkdir(dirname(dest), { recursive: true })
  await git(top, ['clone', '--quiet', '--shared', '--no-checkout', top, dest])
  const head = (await git(top, ['rev-parse', '--verify', '--quiet', 'HEAD'])).trim()
  const branch = (await git(top, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim()
  await git(dest, ['checkout', '--quiet', '-B', branch === 'HEAD' ? 'main' : branch, head])
  const listed = (await git(top, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']))
    .split('\0')
    .filter(Boolean)
  const files = filesToCopy(listed, top, state)
  for (const file of files) {
    const from = join(top, file)
    if (!existsSync(from)) await rm(join(dest, file), { force: true })
    else await cp(from, join(dest, file), { force: true, recursive: false, verbatimSymlinks: true })
  }
  const commit = (message: string) =>
    git(dest, [
      '-c',
      'user.name=shipline local',
      '-c',
      'user.email=local@shipline.invalid',
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      message
    ])
  await git(dest, ['add', '-A'])
  if ((await git(dest, ['status', '--porcelain'])).trim()) await commit('shipline local: the working tree')
  if (infraStandin) {
    // Its Terraform only: the Kubernetes manifests under infra/k8s stay as they are.
    const infra = join(dest, 'infra')
    for (const name of existsSync(infra) ? await readdir(infra) : [])
      if (name.endsWith('.tf') || name === 'modules' || name === 'environments' || name === 'bootstrap')
        await rm(join(infra, name), { recursive: true, force: true })
    for (const [path, text] of Object.entries(STANDIN_INFRA)) {
      await mkdir(dirname(join(dest, path)), { recursive: true })
      await writeFile(join(dest, path), text)
    }
    await git(dest, ['add', '-A'])
    await commit('shipline local: the provider-free infra stand-in')
  }
}

/** The counts, and where everything the run made is. */
function closing(top: string, state: string, runDir: string, summary: string, realPlan: string): string {
  const where = (path: string) => relative(top, path) || '.'
  return [
    '',
    summary,
    realPlan,
    '',
    'Where everything is:',
    '',
    table(
      ['what', 'path'],
      [
        ["this run's jobs: each one's log and job summary", where(join(runDir, 'jobs'))],
        [
          'registry, Terraform state, cluster, podman storage (kept: the next run starts from them)',
          where(state)
        ],
        ['the copy of the working tree', 'deleted']
      ]
    ),
    ''
  ].join('\n')
}

export const command: Command = {
  usage:
    'shipline local [--workflow .github/workflows/shipline.yml] [--state .shipline/local] [--infra-standin] [--skip-real-plan] [--protected ENV]...',
  options: {
    'skip-real-plan': { type: 'boolean' },
    workflow: { type: 'string' },
    state: { type: 'string' },
    'infra-standin': { type: 'boolean' },
    protected: { type: 'string', multiple: true }
  },
  async run({ values }) {
    const options = readOptions(values)
    const top = await gitTopLevel(process.cwd())
    const workflow = options.workflow ?? WORKFLOWS.find(w => existsSync(join(top, w)))
    if (!workflow || !existsSync(join(top, workflow)))
      throw new InputError(
        '--workflow',
        workflow ? `${workflow} does not exist in ${top}` : `there is no ${WORKFLOWS.join(' or ')} in ${top}`,
        ACCEPTED.workflow
      )
    const state = options.state ?? join(top, DEFAULTS.state)
    if (state === top || relative(state, top).split(sep)[0] !== '..')
      throw new InputError('--state', `${quoted(state)} holds the repository itself`, ACCEPTED.state)
    requireRunTools(await detectTools())
    const { protectedEnvironments, infraStandin } = options
    const copy = join(state, 'repo')

    const realPlan = options.realPlan
      ? await realPlanOfInfra(top, join(state, 'infra-plan'), line => process.stdout.write(`${line}\n`))
      : ({ state: 'skipped', reason: '--skip-real-plan' } as const)
    const realPlanSays = realPlanLine(realPlan, top)
    info(realPlanSays)

    info(`Rehearsing ${workflow} for a push, on a copy of the working tree of ${top}`)
    if (infraStandin)
      info('infra/ is the provider-free stand-in in this run (--infra-standin); the repository is unchanged')
    await copyOfWorkingTree(top, copy, infraStandin, state)
    const { rehearse } = await import('../../../lib/rehearsal/run.js')
    const { summaryLine } = await import('../../../lib/rehearsal/report.js')
    let result
    try {
      result = await rehearse({
        workflow,
        event: 'push',
        repo: copy,
        stateDir: state,
        protectedEnvironments,
        shiplineSources: shiplineSources(),
        onJob: line => process.stdout.write(`${line}\n`)
      })
    } finally {
      await rm(copy, { recursive: true, force: true })
    }
    process.stdout.write(closing(top, state, result.runDir, summaryLine(result), realPlanSays))
    return result.success && realPlan.state !== 'failed' ? EXIT.ok : EXIT.failure
  }
}
