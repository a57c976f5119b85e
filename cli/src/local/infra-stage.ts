/**
 * The infrastructure stage of the local run. With Terraform and its providers already installed,
 * `terraform init -backend=false` + `validate` (a plan needs AWS credentials and the state backend);
 * otherwise the static checks of infra/ (HashiCorp's HCL parser, the reference and control checks),
 * saying why. Never reaches the network.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { run } from '../../../lib/core/exec.js'
import { fenced } from '../../../lib/core/markdown.js'

export interface InfraResult {
  /** How the infrastructure was checked. */
  mode: 'terraform-validate' | 'static-checks' | 'skipped'
  passed: boolean
  /** One line for the console. */
  line: string
  /** The plan section of the PR comment and the stage's job summary. */
  markdown: string
}

function providersInstalled(dir: string): boolean {
  return existsSync(join(dir, '.terraform', 'providers')) || Boolean(process.env.TF_PLUGIN_CACHE_DIR)
}

async function terraformValidate(dir: string): Promise<InfraResult> {
  const init = await run('terraform', ['init', '-backend=false', '-input=false', '-no-color'], {
    cwd: dir,
    stream: false,
    okExitCodes: [0, 1]
  })
  const validate =
    init.exitCode === 0
      ? await run('terraform', ['validate', '-no-color'], { cwd: dir, stream: false, okExitCodes: [0, 1] })
      : init
  const passed = init.exitCode === 0 && validate.exitCode === 0
  const output = (validate.stdout + validate.stderr).trim()
  return {
    mode: 'terraform-validate',
    passed,
    line: passed
      ? 'terraform validate passed (a plan needs AWS credentials and the state backend: not run locally)'
      : 'terraform validate failed',
    markdown: `**terraform validate ${passed ? 'passed' : 'failed'}** (a plan needs AWS credentials and the state backend, so the local run stops at validate).\n\n${fenced(output.slice(-4000))}`
  }
}

async function staticChecks(root: string, outDir: string, why: string): Promise<InfraResult> {
  const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js')
  if (!existsSync(jest) || !existsSync(join(root, 'infra', '__tests__')))
    return {
      mode: 'skipped',
      passed: true,
      line: `skipped: ${why}, and the static checks of infra/ need the Shipline checkout (npm ci)`,
      markdown: `Skipped: ${why}, and the static checks of infra/ need the Shipline checkout.`
    }
  await mkdir(outDir, { recursive: true })
  const results = join(outDir, 'infra-checks.json')
  await run(
    process.execPath,
    [
      jest,
      '--rootDir',
      root,
      '--testPathPattern',
      `${root}/infra/__tests__/`,
      '--json',
      '--outputFile',
      results,
      '--silent'
    ],
    {
      cwd: root,
      stream: false,
      okExitCodes: [0, 1],
      env: {
        ...process.env,
        NODE_OPTIONS:
          `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim()
      }
    }
  )
  const report = JSON.parse(readFileSync(results, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    testResults: Array<{ assertionResults: Array<{ status: string; fullName: string }> }>
  }
  const failed = report.testResults.flatMap(suite =>
    suite.assertionResults.filter(a => a.status === 'failed')
  )
  const passed = report.numFailedTests === 0
  const counts = `${report.numPassedTests} passed, ${report.numFailedTests} failed`
  return {
    mode: 'static-checks',
    passed,
    line: `${why}: ran the static checks of infra/ instead (${counts})`,
    markdown: [
      `**No Terraform plan**: ${why}. The static checks of \`infra/\` ran instead (HashiCorp's HCL parser, every reference and security control, \`kubectl kustomize\` of every overlay): **${counts}**.`,
      ...failed.slice(0, 20).map(a => `- ❌ ${a.fullName}`)
    ].join('\n\n')
  }
}

export async function infraStage(root: string, outDir: string, terraform: boolean): Promise<InfraResult> {
  const dir = join(root, 'infra')
  if (terraform && providersInstalled(dir)) return terraformValidate(dir)
  const why = terraform
    ? 'terraform is installed but its providers are not (terraform init would download them)'
    : 'terraform is not installed'
  return staticChecks(root, outDir, why)
}
