/**
 * `shipline rehearse`: a workflow file's run on this machine, for one event. Its jobs run in `needs`
 * order with called workflows expanded, `if:` and `${{ }}` evaluated by GitHub's own parser and
 * evaluator; Shipline's actions and CLI run for real; AWS, the Kubernetes API, GitHub's API and the
 * third-party actions are stand-ins (lib/rehearsal/README.md says what each does and does not model).
 * Prints one line per job and the counts; --json writes them as a document.
 *
 * Exit codes: 0 the run would succeed, 1 it would fail (a job failed), 2 a bad flag.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { InputError } from '../../../lib/core/errors.js'
import { EVENTS, type EventName } from '../../../lib/rehearsal/context.js'
import { jsonReport, summaryLine } from '../../../lib/rehearsal/report.js'
import { type Command, EXIT } from '../command.js'

const HOST_PORT = /^(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]|[a-z0-9.-]+):\d{1,5}$/
const INPUT = /^[A-Za-z_][A-Za-z0-9_-]*=/

function list(value: unknown): string[] {
  return value === undefined ? [] : (value as string[]).map(String)
}

/** The flags, checked before anything starts. */
export function readFlags(values: Record<string, unknown>, positionals: string[]) {
  if (positionals.length !== 1)
    throw new InputError(
      'WORKFLOW',
      positionals.length ? `${positionals.length} workflow files were given` : 'is missing',
      'one workflow file, such as .github/workflows/pipeline.yml'
    )
  const event = String(values.event ?? '')
  if (!(EVENTS as readonly string[]).includes(event))
    throw new InputError(
      '--event',
      event ? `"${event}" is not an event the rehearsal runs` : 'is required',
      EVENTS.join(', ')
    )
  const inputs: Record<string, string> = {}
  for (const pair of list(values.input)) {
    if (!INPUT.test(pair))
      throw new InputError('--input', `"${pair}" is not KEY=VALUE`, 'KEY=VALUE, such as confirm=production')
    const at = pair.indexOf('=')
    inputs[pair.slice(0, at)] = pair.slice(at + 1)
  }
  const registry = values.registry === undefined ? undefined : String(values.registry)
  if (registry !== undefined && !HOST_PORT.test(registry))
    throw new InputError(
      '--registry',
      `"${registry}" is not HOST:PORT`,
      'the HOST:PORT of a running registry, such as 127.0.0.1:5000'
    )
  const repo = resolve(String(values.repo ?? '.'))
  if (!existsSync(repo))
    throw new InputError('--repo', `${repo} does not exist`, 'the directory of a git checkout')
  const sources =
    values['shipline-sources'] === undefined ? undefined : resolve(String(values['shipline-sources']))
  if (sources && !existsSync(join(sources, 'lib', 'rehearsal', 'source-hooks.mjs')))
    throw new InputError(
      '--shipline-sources',
      `${sources} is not a Shipline source checkout`,
      'the root of a Shipline checkout with node_modules'
    )
  return {
    workflow: positionals[0],
    event: event as EventName,
    repo,
    before: values.before === undefined ? undefined : String(values.before),
    inputs,
    protectedEnvironments: list(values.protected),
    registry,
    state: values.state === undefined ? undefined : resolve(String(values.state)),
    json: values.json === undefined ? undefined : resolve(String(values.json)),
    sources
  }
}

export const command: Command = {
  usage:
    'shipline rehearse WORKFLOW --event push|pull_request|workflow_dispatch [--repo DIR] [--before SHA] [--input KEY=VALUE]... [--protected ENV]... [--registry HOST:PORT] [--state DIR] [--json FILE] [--shipline-sources DIR]',
  positionals: true,
  options: {
    event: { type: 'string' },
    repo: { type: 'string' },
    before: { type: 'string' },
    input: { type: 'string', multiple: true },
    protected: { type: 'string', multiple: true },
    registry: { type: 'string' },
    state: { type: 'string' },
    json: { type: 'string' },
    'shipline-sources': { type: 'string' }
  },
  async run({ values, positionals }) {
    const flags = readFlags(values, positionals)
    const { rehearse } = await import('../../../lib/rehearsal/run.js')
    const stateDir = flags.state ?? (await mkdtemp(join(tmpdir(), 'shipline-rehearsal-')))
    try {
      const result = await rehearse({
        workflow: flags.workflow,
        event: flags.event,
        repo: flags.repo,
        before: flags.before,
        inputs: flags.inputs,
        protectedEnvironments: flags.protectedEnvironments,
        registry: flags.registry,
        stateDir,
        shiplineSources: flags.sources,
        onJob: line => process.stdout.write(`${line}\n`)
      })
      process.stdout.write(`\n${summaryLine(result)}\n`)
      if (flags.state) process.stdout.write(`Jobs' logs and summaries: ${join(result.runDir, 'jobs')}\n`)
      if (flags.json) await writeFile(flags.json, jsonReport(result))
      return result.success ? EXIT.ok : EXIT.failure
    } finally {
      if (!flags.state) await rm(stateDir, { recursive: true, force: true })
    }
  }
}
