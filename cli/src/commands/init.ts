/**
 * `shipline init`: look at a repository (its Dockerfiles, its frontend, its Terraform and kustomize
 * directories) and write `shipline.yml` and the caller workflow `.github/workflows/shipline.yml`.
 * Both are checked before anything is written: the configuration by Shipline's own validation, the
 * workflow against the inputs of the reusable workflows it calls. Existing files are kept unless
 * `--force`; `--dry-run` prints instead of writing.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { parseConfig } from '../../../lib/config/config.js'
import {
  CONFIG_PATH,
  DEFAULT_ENVIRONMENTS,
  DEFAULT_SHIPLINE_REPOSITORY,
  type InitOptions,
  PLACEHOLDERS,
  planInit,
  renderShiplineYml,
  roleSecret,
  WORKFLOW_PATH
} from '../../../lib/config/init.js'
import { existingFiles, scanRepository, SKIPPED_DIRS } from '../../../lib/config/repo-scan.js'
import { InputError, UserError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { pathKind } from '../../../lib/core/paths.js'
import { VERSION } from '../../../lib/core/version.js'
import { renderCallerWorkflow } from '../../../lib/github/caller-workflow.js'
import { type Command, EXIT } from '../command.js'

const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/
const REF = /^(?:v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?|[0-9a-f]{40})$/
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/
const KMS_KEY = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(?:key|alias)\/[A-Za-z0-9/_-]+$/

/** --environment, repeated in deploy order (default staging, then production); each name once. */
function readEnvironments(inputs: Inputs): string[] {
  const names = inputs.list('--environment', {
    default: DEFAULT_ENVIRONMENTS,
    maxLines: 10,
    maxLineLength: 64
  })
  const seen = new Set<string>()
  for (const name of names) {
    if (!ENVIRONMENT.test(name))
      throw new InputError(
        '--environment',
        `"${name}" is not valid`,
        'an environment name such as production'
      )
    if (seen.has(name))
      throw new InputError(
        '--environment',
        `"${name}" is named twice`,
        'each environment once, in deploy order (--environment staging --environment production)'
      )
    seen.add(name)
  }
  return names
}

function readOptions(
  values: Record<string, unknown>
): InitOptions & { dir: string; force: boolean; dryRun: boolean } {
  const flag = (name: string) =>
    values[name] === undefined
      ? undefined
      : Array.isArray(values[name])
        ? (values[name] as unknown[]).join('\n')
        : String(values[name])
  const inputs = new Inputs(
    recordInputSource({
      '--dir': flag('dir'),
      '--environment': flag('environment'),
      '--aws-region':
        flag('aws-region') ?? (process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined),
      '--shipline-repository': flag('shipline-repository'),
      '--shipline-ref': flag('shipline-ref'),
      '--state-bucket': flag('state-bucket'),
      '--state-kms-key': flag('state-kms-key')
    })
  )
  const optional = (name: string, key: string, pattern: RegExp, accepted: string) =>
    inputs.optional(name) === undefined ? {} : { [key]: inputs.matching(name, pattern, accepted) }
  const dir = resolve(inputs.string('--dir', { default: '.' }))
  if (pathKind('--dir', dir, 'a repository directory') !== 'directory')
    throw new InputError('--dir', `"${dir}" is not a directory`, 'a repository directory')
  return {
    dir,
    environments: readEnvironments(inputs),
    awsRegion: inputs.matching('--aws-region', REGION, 'an AWS region such as eu-west-1', {
      default: 'us-east-1'
    }),
    shiplineRepository: inputs.matching(
      '--shipline-repository',
      REPOSITORY,
      'OWNER/NAME of a GitHub repository',
      {
        default: DEFAULT_SHIPLINE_REPOSITORY
      }
    ),
    shiplineRef: inputs.matching(
      '--shipline-ref',
      REF,
      'a release tag vX.Y.Z or a full 40-character commit SHA',
      {
        default: `v${VERSION}`
      }
    ),
    version: VERSION,
    ...optional(
      '--state-bucket',
      'stateBucket',
      BUCKET,
      "the bootstrap's state_bucket output, an S3 bucket name"
    ),
    ...optional(
      '--state-kms-key',
      'stateKmsKey',
      KMS_KEY,
      "the bootstrap's state_kms_key_arn output, a KMS key ARN"
    ),
    force: values.force === true,
    dryRun: values['dry-run'] === true
  }
}

/** The local run's state directory, kept out of git. */
const LOCAL_STATE = '.shipline/'

/** The repository's .gitignore with LOCAL_STATE added, or undefined when it already ignores it. */
function ignoredLocalState(dir: string): string | undefined {
  const path = join(dir, '.gitignore')
  const text = existsSync(path) ? readFileSync(path, 'utf8') : ''
  if (
    text
      .split('\n')
      .some(line => ['.shipline', '.shipline/', '/.shipline', '/.shipline/'].includes(line.trim()))
  )
    return undefined
  return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${LOCAL_STATE}\n`
}

export const command: Command = {
  usage:
    'shipline init [--dir DIR] [--environment NAME]... [--aws-region REGION] [--state-bucket NAME] [--state-kms-key ARN] [--shipline-repository OWNER/NAME] [--shipline-ref vX.Y.Z|SHA] [--force] [--dry-run]',
  options: {
    dir: { type: 'string' },
    environment: { type: 'string', multiple: true },
    'aws-region': { type: 'string' },
    'shipline-repository': { type: 'string' },
    'shipline-ref': { type: 'string' },
    'state-bucket': { type: 'string' },
    'state-kms-key': { type: 'string' },
    force: { type: 'boolean' },
    'dry-run': { type: 'boolean' }
  },
  async run({ values }) {
    const options = readOptions(values)
    const existing = existingFiles(options.dir, [CONFIG_PATH, WORKFLOW_PATH])
    if (existing.length && !options.force && !options.dryRun)
      throw new InputError(
        '--force',
        `${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'} in ${options.dir}`,
        'a repository without them, --force to overwrite them, or --dry-run to print what would be written'
      )
    const facts = scanRepository(options.dir)
    if (facts.dockerfiles.length === 0)
      throw new UserError(
        `No Dockerfile found in ${options.dir} (not looking into ${SKIPPED_DIRS.join(', ')} or hidden directories): a service is a directory with a Dockerfile; add one, then run shipline init again (nothing was written)`
      )
    const plan = planInit(facts, options)
    const config = renderShiplineYml(plan, options)
    parseConfig(config, CONFIG_PATH, options.dir) // Shipline's own validation, before anything is written
    const workflow = renderCallerWorkflow(plan, options)
    const files: Array<[string, string]> = [
      [CONFIG_PATH, config],
      [WORKFLOW_PATH, workflow]
    ]
    const ignore = ignoredLocalState(options.dir)
    if (ignore) files.push(['.gitignore', ignore])
    if (options.dryRun) {
      for (const [path, text] of files) process.stdout.write(`--- ${path}\n${text}`)
    } else
      for (const [path, text] of files) {
        await mkdir(dirname(join(options.dir, path)), { recursive: true })
        await writeFile(join(options.dir, path), text)
      }
    process.stdout.write(
      [
        `shipline init: ${plan.services.length} service${plan.services.length === 1 ? '' : 's'} in ${options.dir}`,
        ...plan.notes.map(note => `  ${note}`),
        options.dryRun
          ? 'Nothing was written (--dry-run).'
          : `Wrote ${CONFIG_PATH} and ${WORKFLOW_PATH}${ignore ? `, and ${LOCAL_STATE} to .gitignore (shipline local's state)` : ''}.`,
        'Next, once per repository (the README, "Adopting it in another repository", says where each value comes from):',
        '  shipline manifests: writes the Kubernetes objects of every service (infra/k8s/base) and, where there are no overlays, one per environment; commit them.',
        ...options.environments.map(
          e =>
            `  gh secret set ${roleSecret(e, 'PLAN')}, ${roleSecret(e, 'BUILD')} and ${roleSecret(e, 'DEPLOY')} (the bootstrap's role ARNs for ${e})`
        ),
        ...(options.stateBucket && options.stateKmsKey
          ? []
          : [
              `  in ${WORKFLOW_PATH}, replace ${PLACEHOLDERS.stateBucket} and ${PLACEHOLDERS.stateKmsKey} with the bootstrap's state_bucket and state_kms_key_arn (or run init again with --state-bucket and --state-kms-key --force)`
            ]),
        `  the GitHub environment${options.environments.length === 1 ? '' : 's'} ${options.environments.join(' and ')}, with required reviewers and deployments from main only.`,
        ''
      ].join('\n')
    )
    return EXIT.ok
  }
}
