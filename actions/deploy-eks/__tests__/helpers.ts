/** Running deploy-eks the way the runner does (the shared harness), with the kustomize argv recorded. */
import { type ActionRun as Run, runWithInputs } from '../../../__fixtures__/action-run.js'
import { KUBE_RUNNER_TEMP, recordingRunner } from '../../../__fixtures__/kube.js'
import { recordInputSource } from '../../../lib/core/inputs.js'
import { type Deps, run } from '../src/main.js'

export {
  DIGEST,
  KUBE_RUNNER_TEMP,
  MANIFESTS,
  recordingRunner,
  writeKubeconfig
} from '../../../__fixtures__/kube.js'

export interface ActionRun extends Omit<Run, 'errors'> {
  /** The `::error::` lines, as written to stdout. */
  errors: string[]
  /** argv of each external command. */
  commands: string[][]
}

/** Run deploy-eks with `inputs`; RUNNER_TEMP is where writeKubeconfig puts kubeconfig files. */
export async function runDeploy(
  inputs: Record<string, string>,
  deps: Omit<Deps, 'source'> = {},
  env: Record<string, string> = {}
): Promise<ActionRun> {
  const commands: string[][] = []
  const result = await runWithInputs(
    () => run({ runCommand: recordingRunner(commands), ...deps, source: recordInputSource(inputs) }),
    {},
    { RUNNER_TEMP: KUBE_RUNNER_TEMP, ...env }
  )
  return { ...result, errors: result.errors.map(message => `::error::${message}`), commands }
}
