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

export function renderCallerWorkflow(plan: InitPlan, options: InitOptions): string {
  const env = options.environment
  const uses = (name: string) =>
    `${options.shiplineRepository}/.github/workflows/${name}.yml@${options.shiplineRef}`
  const common: Array<[string, string | string[] | undefined]> = [
    ['environment', value(env)],
    ['aws-region', value(options.awsRegion)],
    ['working-directory', plan.workingDirectory && value(plan.workingDirectory)],
    ['var-file', plan.varFile && value(plan.varFile)],
    ['backend-config', backendLines(options)]
  ]
  const pin: Array<[string, string]> = [
    ['shipline-repository', value(options.shiplineRepository)],
    ['shipline-ref', value(options.shiplineRef)]
  ]
  const deployOnly: Array<[string, string | undefined]> = [
    ['manifests', plan.manifests && value(plan.manifests)],
    ['kustomize-env-file', plan.kustomizeEnvFile && value(plan.kustomizeEnvFile)]
  ]
  return [
    `# Shipline's caller workflow, written by shipline init (shipline ${options.version}).`,
    '# Before its first run (README, "Adopting it in another repository"):',
    `#   secrets ${SETTINGS.planRole} and ${SETTINGS.deployRole}: the bootstrap's role ARNs;`,
    "#   backend-config: the bootstrap's state_bucket and state_kms_key_arn, key=value lines;",
    `#   the GitHub environment ${env}, with required reviewers and deployments from main only.`,
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
    `        description: Type the environment's name (${env}) to confirm the teardown`,
    '        type: string',
    '        required: true',
    '',
    'permissions: {}',
    '',
    'jobs:',
    '  plan:',
    "    if: github.event_name == 'pull_request'",
    '    concurrency:',
    '      group: shipline-plan-${{ github.event.pull_request.number }}',
    '      cancel-in-progress: true',
    '    permissions:',
    '      contents: read',
    '      id-token: write',
    '      pull-requests: write',
    `    uses: ${uses('plan')}`,
    '    secrets:',
    `      PLAN_ROLE_ARN: \${{ secrets.${SETTINGS.planRole} }}`,
    '    with:',
    ...withLines([...common, ...pin], '      '),
    '',
    '  deploy:',
    "    if: github.event_name == 'push'",
    '    permissions:',
    '      contents: read',
    '      id-token: write',
    `    uses: ${uses('deploy')}`,
    '    secrets:',
    `      DEPLOY_ROLE_ARN: \${{ secrets.${SETTINGS.deployRole} }}`,
    '    with:',
    ...withLines([...common, ...deployOnly, ...pin], '      '),
    '',
    '  teardown:',
    "    if: github.event_name == 'workflow_dispatch' && inputs.action == 'teardown'",
    '    permissions:',
    '      contents: read',
    '      id-token: write',
    `    uses: ${uses('teardown')}`,
    '    secrets:',
    `      DEPLOY_ROLE_ARN: \${{ secrets.${SETTINGS.deployRole} }}`,
    '    with:',
    ...withLines(
      [...common.slice(0, 1), ['confirm', '${{ inputs.confirm }}'], ...common.slice(1), ...pin],
      '      '
    ),
    ''
  ].join('\n')
}
