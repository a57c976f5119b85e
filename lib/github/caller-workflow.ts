/**
 * The caller workflow `shipline init` writes: one job per reusable workflow (plan on pull requests,
 * deploy on pushes to main, teardown on dispatch), with the inputs and secrets those workflows
 * declare. `uses:` and `shipline-ref` name the same immutable ref, so the workflows run the actions
 * of the release they come from. Pure.
 */
import { backendLines, type InitOptions, type InitPlan, SETTINGS } from '../config/init.js'

/** `key: value` lines; a value of several lines as a literal block. */
function withLines(entries: Array<[string, string | string[] | undefined]>, indent: string): string[] {
  return entries
    .filter(([, v]) => v !== undefined)
    .flatMap(([k, v]) =>
      Array.isArray(v) ? [`${indent}${k}: |`, ...v.map(l => `${indent}  ${l}`)] : [`${indent}${k}: ${v}`]
    )
}

/** A YAML scalar for a `with:` value: plain for simple text, double-quoted otherwise. */
function value(text: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(text) && !/^(?:true|false|null|[0-9.]+)$/i.test(text)
    ? text
    : JSON.stringify(text)
}

type Entries = Array<[string, string | string[] | undefined]>

function header(options: InitOptions): string[] {
  return [
    `# Shipline's caller workflow, written by shipline init (shipline ${options.version}).`,
    '# Before its first run (README, "Adopting it in another repository"):',
    `#   secrets ${SETTINGS.planRole} and ${SETTINGS.deployRole}: the bootstrap's role ARNs;`,
    "#   backend-config: the bootstrap's state_bucket and state_kms_key_arn, key=value lines;",
    `#   the GitHub environment ${options.environment}, with required reviewers and deployments from main only.`,
    `# Pinned to ${options.shiplineRepository}@${options.shiplineRef}: uses: and shipline-ref name the same ref.`,
    '# To upgrade, change both, to a release tag vX.Y.Z (never moved) or to a full commit SHA.',
    '# A private EKS endpoint: set deploy-runner to a self-hosted runner inside the VPC (README).',
    'name: shipline',
    '',
    'on:',
    '  pull_request:',
    '    branches: [main]',
    '  push:',
    '    branches: [main]',
    '  workflow_dispatch:',
    '    inputs:',
    '      action:',
    '        description: What to do',
    '        type: choice',
    '        options: [teardown]',
    '        required: true',
    '      confirm:',
    `        description: Type the environment's name (${options.environment}) to confirm the teardown`,
    '        type: string',
    '        required: true',
    '',
    'permissions: {}',
    ''
  ]
}

interface CallerJob {
  id: string
  condition: string
  concurrency?: string
  pullRequests?: boolean
  workflow: string
  secret: [string, string]
  with: Entries
}

function job(j: CallerJob, options: InitOptions): string[] {
  return [
    `  ${j.id}:`,
    `    if: ${j.condition}`,
    ...(j.concurrency
      ? ['    concurrency:', `      group: ${j.concurrency}`, '      cancel-in-progress: true']
      : []),
    '    permissions:',
    '      contents: read',
    '      id-token: write',
    ...(j.pullRequests ? ['      pull-requests: write'] : []),
    `    uses: ${options.shiplineRepository}/.github/workflows/${j.workflow}.yml@${options.shiplineRef}`,
    '    secrets:',
    `      ${j.secret[0]}: \${{ secrets.${j.secret[1]} }}`,
    '    with:',
    ...withLines(j.with, '      ')
  ]
}

export function renderCallerWorkflow(plan: InitPlan, options: InitOptions): string {
  const [environment, ...rest]: Entries = [
    ['environment', value(options.environment)],
    ['aws-region', value(options.awsRegion)],
    ['working-directory', plan.workingDirectory && value(plan.workingDirectory)],
    ['var-file', plan.varFile && value(plan.varFile)],
    ['backend-config', backendLines(options)]
  ]
  const pin: Entries = [
    ['shipline-repository', value(options.shiplineRepository)],
    ['shipline-ref', value(options.shiplineRef)]
  ]
  const deployOnly: Entries = [
    ['manifests', plan.manifests && value(plan.manifests)],
    ['kustomize-env-file', plan.kustomizeEnvFile && value(plan.kustomizeEnvFile)]
  ]
  const jobs: CallerJob[] = [
    {
      id: 'plan',
      condition: "github.event_name == 'pull_request'",
      concurrency: 'shipline-plan-${{ github.event.pull_request.number }}',
      pullRequests: true,
      workflow: 'plan',
      secret: ['PLAN_ROLE_ARN', SETTINGS.planRole],
      with: [environment, ...rest, ...pin]
    },
    {
      id: 'deploy',
      condition: "github.event_name == 'push'",
      workflow: 'deploy',
      secret: ['DEPLOY_ROLE_ARN', SETTINGS.deployRole],
      with: [environment, ...rest, ...deployOnly, ...pin]
    },
    {
      id: 'teardown',
      condition: "github.event_name == 'workflow_dispatch' && inputs.action == 'teardown'",
      workflow: 'teardown',
      secret: ['DEPLOY_ROLE_ARN', SETTINGS.deployRole],
      with: [environment, ['confirm', '${{ inputs.confirm }}'], ...rest, ...pin]
    }
  ]
  return [
    ...header(options),
    'jobs:',
    ...jobs.flatMap((j, i) => [...(i ? [''] : []), ...job(j, options)]),
    ''
  ].join('\n')
}
