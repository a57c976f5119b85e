/**
 * The caller workflow `shipline init` writes: plan.yml on pull requests; deploy.yml once per
 * environment on pushes to main and on a dispatch with action deploy (the first environment builds
 * what its registry lacks, each next one promotes the previous one's digests); teardown.yml on a
 * dispatch with action teardown; rescan.yml every night, per environment. Each job passes the
 * inputs and the role secrets its workflow declares: SHIPLINE_ENV_PLAN/BUILD/DEPLOY_ROLE_ARN per
 * environment. `uses:` names an immutable ref (a release tag or a full commit SHA) and nothing else
 * does: the reusable workflows run the actions of the commit GitHub resolved for that line. Pure.
 */
import {
  backendLines,
  type InitEnvironment,
  type InitOptions,
  type InitPlan,
  roleSecret,
  secretKey
} from '../config/init.js'

/** `key: value` lines; a value of several lines as a literal block. */
function withLines(entries: Entries, indent: string): string[] {
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

/** An expression's string literal. */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`

/**
 * One value per environment as one expression of `inputs.environment` (the dispatch's choice):
 * the common value, the value with the environment's name in it, or a choice among the values
 * (none of them empty, so `&&`/`||` picks exactly the environment's; '' for none).
 */
function perEnvironment(
  environments: InitEnvironment[],
  of: (e: InitEnvironment) => string | undefined,
  quote: (text: string) => string = literal
): string | undefined {
  const values = environments.map(of)
  if (values.every(v => v === undefined)) return undefined
  if (values.every(v => v === values[0])) return values[0]
  const template = values[0]?.split(environments[0].name).join('${{ inputs.environment }}')
  if (
    template !== undefined &&
    template !== values[0] &&
    values.every((v, i) => v === template.split('${{ inputs.environment }}').join(environments[i].name))
  )
    return template
  const choices = environments.flatMap((e, i) =>
    values[i] === undefined ? [] : [`inputs.environment == ${literal(e.name)} && ${quote(values[i])}`]
  )
  return `\${{ ${[...choices, "''"].join(' || ')} }}`
}

function header(plan: InitPlan, options: InitOptions): string[] {
  const names = plan.environments.map(e => e.name)
  const upper = names.map(secretKey)
  const keys = upper.length === 1 ? upper[0] : `{${upper.join(',')}}`
  return [
    `# Shipline's caller workflow, written by shipline init (shipline ${options.version}).`,
    '# Before its first run (README, "Adopting it in another repository"):',
    `#   secrets SHIPLINE_${keys}_{PLAN,BUILD,DEPLOY}_ROLE_ARN: the bootstrap's role ARNs;`,
    "#   backend-config: the bootstrap's state_bucket and state_kms_key_arn, key=value lines;",
    `#   the GitHub environment${names.length === 1 ? '' : 's'} ${names.join(' and ')}, with required reviewers and deployments from main only.`,
    `# Pinned to ${options.shiplineRepository}@${options.shiplineRef}: the workflows run the actions of that commit.`,
    '# To upgrade, change every uses: line, to a release tag vX.Y.Z (never moved) or to a full commit SHA.',
    '# A private EKS endpoint: set deploy-runner to a self-hosted runner inside the VPC (README).',
    'name: shipline',
    '',
    'on:',
    '  pull_request:',
    '    branches: [main]',
    '  push:',
    '    branches: [main]',
    '  schedule:',
    "    - cron: '17 4 * * *'",
    '  workflow_dispatch:',
    '    inputs:',
    '      action:',
    '        description: What to do',
    '        type: choice',
    '        options: [deploy, teardown]',
    '        required: true',
    '      environment:',
    '        description: The environment to tear down',
    '        type: choice',
    `        options: [${names.join(', ')}]`,
    `        default: ${names[0]}`,
    '      confirm:',
    "        description: For a teardown, type the environment's name to confirm",
    '        type: string',
    "        default: ''",
    '',
    'permissions: {}',
    ''
  ]
}

interface CallerJob {
  id: string
  needs?: string
  condition: string
  concurrency?: string
  actions?: boolean
  pullRequests?: boolean
  matrix?: string[]
  workflow: string
  secrets: Array<[string, string]>
  with: Entries
}

function job(j: CallerJob, options: InitOptions): string[] {
  return [
    `  ${j.id}:`,
    ...(j.needs ? [`    needs: ${j.needs}`] : []),
    `    if: ${j.condition}`,
    ...(j.concurrency
      ? ['    concurrency:', `      group: ${j.concurrency}`, '      cancel-in-progress: true']
      : []),
    ...(j.matrix
      ? ['    strategy:', '      fail-fast: false', '      matrix:', '        include:', ...j.matrix]
      : []),
    '    permissions:',
    ...(j.actions ? ['      actions: read # the report job names the jobs that failed'] : []),
    '      contents: read',
    '      id-token: write',
    ...(j.pullRequests ? ['      pull-requests: write'] : []),
    `    uses: ${options.shiplineRepository}/.github/workflows/${j.workflow}.yml@${options.shiplineRef}`,
    '    secrets:',
    ...j.secrets.map(([name, expression]) => `      ${name}: ${expression}`),
    '    with:',
    ...withLines(j.with, '      ')
  ]
}

const secret = (name: string) => `\${{ secrets.${name} }}`

const OTHER_JOBS = ['plan', 'teardown', 'rescan']

/** The caller job that deploys an environment: named after it when that is a valid, free job id. */
function jobId(environment: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(environment) && !OTHER_JOBS.includes(environment)
    ? environment
    : `deploy-${environment.replace(/[^A-Za-z0-9_-]/g, '-')}`
}

export function renderCallerWorkflow(plan: InitPlan, options: InitOptions): string {
  const { environments } = plan
  const first = environments[0]
  const last = environments[environments.length - 1]
  const common = (e: InitEnvironment): Entries => [
    ['environment', value(e.name)],
    ['aws-region', value(options.awsRegion)],
    ['working-directory', plan.workingDirectory && value(plan.workingDirectory)],
    ['var-file', e.varFile && value(e.varFile)],
    ['backend-config', backendLines(options)]
  ]
  const deploys: CallerJob[] = environments.map((e, i) => ({
    id: jobId(e.name),
    ...(i ? { needs: jobId(environments[i - 1].name) } : {}),
    condition: i
      ? `needs.${jobId(environments[i - 1].name)}.outputs.images != ''`
      : "github.event_name == 'push' || (github.event_name == 'workflow_dispatch' && inputs.action == 'deploy')",
    actions: true,
    workflow: 'deploy',
    secrets: [
      ['BUILD_ROLE_ARN', secret(roleSecret(e.name, 'BUILD'))],
      ['PLAN_ROLE_ARN', secret(roleSecret(e.name, 'PLAN'))],
      ['DEPLOY_ROLE_ARN', secret(roleSecret(e.name, 'DEPLOY'))],
      ...(i
        ? ([['PROMOTE_FROM_ROLE_ARN', secret(roleSecret(environments[i - 1].name, 'BUILD'))]] as Array<
            [string, string]
          >)
        : [])
    ],
    with: [
      ...common(e),
      ['manifests', e.manifests && value(e.manifests)],
      ['kustomize-env-file', e.kustomizeEnvFile && value(e.kustomizeEnvFile)],
      ['promote-images', i ? `\${{ needs.${jobId(environments[i - 1].name)}.outputs.images }}` : undefined]
    ]
  }))
  const byChoice = (role: string) =>
    perEnvironment(
      environments,
      e => `secrets.${roleSecret(e.name, role)}`,
      text => text
    )
  const teardownSecret = (role: string) => {
    const expression = byChoice(role) ?? ''
    return expression.startsWith('${{') ? expression : `\${{ ${expression} }}`
  }
  const jobs: CallerJob[] = [
    {
      id: 'plan',
      condition: "github.event_name == 'pull_request'",
      concurrency: 'shipline-plan-${{ github.event.pull_request.number }}',
      pullRequests: true,
      workflow: 'plan',
      secrets: [['PLAN_ROLE_ARN', secret(roleSecret(last.name, 'PLAN'))]],
      with: common(last)
    },
    ...deploys,
    {
      id: 'teardown',
      condition: "github.event_name == 'workflow_dispatch' && inputs.action == 'teardown'",
      workflow: 'teardown',
      secrets: [
        ['PLAN_ROLE_ARN', teardownSecret('PLAN')],
        ['DEPLOY_ROLE_ARN', teardownSecret('DEPLOY')]
      ],
      with: [
        ['environment', '${{ inputs.environment }}'],
        ['confirm', '${{ inputs.confirm }}'],
        ...common(first).slice(1, 3),
        ['var-file', perEnvironment(environments, e => e.varFile)],
        ['backend-config', backendLines(options)]
      ]
    },
    {
      id: 'rescan',
      condition: "github.event_name == 'schedule'",
      matrix: environments.map(
        e => `          - { environment: ${e.name}, role: ${roleSecret(e.name, 'BUILD')} }`
      ),
      workflow: 'rescan',
      secrets: [['BUILD_ROLE_ARN', '${{ secrets[matrix.role] }}']],
      with: [
        ['environment', '${{ matrix.environment }}'],
        ['aws-region', value(options.awsRegion)]
      ]
    }
  ]
  return [
    ...header(plan, options),
    'jobs:',
    ...jobs.flatMap((j, i) => [...(i ? [''] : []), ...job(j, options)]),
    ''
  ].join('\n')
}
