/**
 * `shipline publish-static`: publish-static from a terminal. `--dry-run` prints the plan (every file,
 * upload or keep, with its headers; what would be pruned and invalidated) and uploads nothing; without
 * AWS credentials it plans against an empty bucket and says so.
 */
import { writeFile } from 'node:fs/promises'
import * as core from '@actions/core'
import { systemClock } from '../../../lib/core/clock.js'
import { InputError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { info } from '../../../lib/core/log.js'
import { outputFileInput } from '../../../lib/core/paths.js'
import type { PublishResult } from '../../../lib/static/publish.js'
import {
  loadPublishConfig,
  readPublishInputs,
  resolvePublishOptions,
  workspaceOf
} from '../../../lib/static/options.js'
import { type Command, EXIT, type ParsedArgs } from '../command.js'

/** The flags as publish-static's inputs (one validation for the action and the CLI). */
function publishSource(values: ParsedArgs['values']) {
  const flag = (name: string) => (values[name] === undefined ? undefined : String(values[name]))
  return recordInputSource({
    bucket: flag('bucket'),
    dir: flag('dir'),
    config: flag('config'),
    prefix: flag('prefix'),
    'entry-points': ((values['entry-point'] as string[] | undefined) ?? []).join('\n'),
    keep: flag('keep'),
    concurrency: flag('concurrency'),
    endpoint: flag('endpoint'),
    'path-style': flag('path-style'),
    'aws-region': flag('region'),
    sse: flag('sse'),
    'sse-kms-key-id': flag('sse-kms-key-id'),
    build: values['no-build'] ? 'false' : undefined,
    'dry-run': flag('dry-run')
  })
}

/** --json: the target, what was (or would be) uploaded, kept, pruned and invalidated. */
function publishJson(result: PublishResult, target: { bucket: string; prefix: string }) {
  const plan = result.plan
  const file = (u: { file: { path: string; fileClass: string; headers: object; size: number } }) => ({
    path: u.file.path,
    class: u.file.fileClass,
    size: u.file.size,
    headers: u.file.headers
  })
  return {
    bucket: target.bucket,
    prefix: target.prefix,
    version: result.version,
    dryRun: result.dryRun,
    held: result.held,
    ...(result.note ? { note: result.note } : {}),
    upload: plan ? [...plan.assets, ...plan.entries].map(u => ({ ...file(u), reason: u.reason })) : [],
    keep: plan ? plan.kept.map(f => ({ path: f.path, class: f.fileClass, headers: f.headers })) : [],
    prune: plan?.prune ?? [],
    invalidate: result.invalidate
  }
}

export const command: Command = {
  usage:
    'shipline publish-static --bucket NAME [--dir DIR | --config shipline.yml] [--prefix P] [--entry-point PATH]... [--keep N] [--concurrency N] [--endpoint URL] [--path-style] [--region R] [--sse MODE] [--sse-kms-key-id KEY] [--no-build] [--dry-run] [--json] [--markdown FILE] [--github-output]',
  options: {
    bucket: { type: 'string' },
    dir: { type: 'string' },
    config: { type: 'string' },
    prefix: { type: 'string' },
    'entry-point': { type: 'string', multiple: true },
    keep: { type: 'string' },
    concurrency: { type: 'string' },
    endpoint: { type: 'string' },
    'path-style': { type: 'boolean' },
    region: { type: 'string' },
    sse: { type: 'string' },
    'sse-kms-key-id': { type: 'string' },
    'no-build': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    markdown: { type: 'string' },
    'github-output': { type: 'boolean' }
  },
  async run({ values }) {
    if (values['github-output'] && !process.env.GITHUB_OUTPUT)
      throw new InputError(
        '--github-output',
        'GITHUB_OUTPUT is not set',
        'a GitHub Actions step (it sets GITHUB_OUTPUT)'
      )
    const markdown =
      values.markdown === undefined
        ? undefined
        : outputFileInput('--markdown', String(values.markdown), {
            root: process.cwd(),
            alsoUnder: [process.env.RUNNER_TEMP],
            accepted: 'a file to write, in the current directory or RUNNER_TEMP'
          })
    const inputs = readPublishInputs(new Inputs(publishSource(values)), process.env)
    const workspace = workspaceOf({}, process.cwd())
    const options = resolvePublishOptions(inputs, await loadPublishConfig(inputs, workspace), workspace)
    const { publishStatic } = await import('../../../lib/static/publish.js')
    const result = await publishStatic(options, { clock: systemClock, env: process.env })
    const { headline, renderPlanText, renderPublishMarkdown } = await import('../../../lib/static/summary.js')
    if (markdown) {
      await writeFile(markdown, `${renderPublishMarkdown(result, options.target, { level: 4, rows: 20 })}\n`)
      info(`Wrote the summary to ${String(values.markdown)}`)
    }
    if (values['github-output']) {
      core.setOutput('version', result.version)
      core.setOutput('uploaded', String(result.uploaded))
      core.setOutput('invalidation-paths', result.invalidate.join('\n'))
    }
    process.stdout.write(
      values.json
        ? `${JSON.stringify(publishJson(result, options.target), null, 2)}\n`
        : `${renderPlanText(result, options.target)}\n`
    )
    info(headline(result).replace(/`/g, ''))
    return EXIT.ok
  }
}
