/**
 * `shipline eks-token`: the ExecCredential `aws eks get-token` prints, without the aws CLI, so a
 * kubeconfig's exec section can run Shipline instead. Same clock and credentials, same bytes.
 */
import { type Clock, systemClock } from '../../../lib/core/clock.js'
import {
  type AwsCredentials,
  execCredentialApiVersion,
  execCredentialJson,
  makeEksToken
} from '../../../lib/kube/eks-token.js'
import { UserError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { describeAwsError } from '../../../lib/core/aws.js'
import { readEksTarget } from '../../../lib/kube/options.js'
import { type Command, EXIT } from '../command.js'

export interface EksTokenDeps {
  clock?: Clock
  credentials?: () => Promise<AwsCredentials>
  env?: NodeJS.ProcessEnv
  stdout?: (text: string) => void
  stderr?: (text: string) => void
}

async function defaultCredentials(): Promise<AwsCredentials> {
  const { defaultProvider } = await import('@aws-sdk/credential-provider-node')
  try {
    return await defaultProvider()()
  } catch (error) {
    throw new UserError(`No AWS credentials to sign the token with: ${describeAwsError(error)}`)
  }
}

export function createCommand(deps: EksTokenDeps = {}): Command {
  return {
    usage: 'shipline eks-token --cluster-name NAME --region REGION',
    options: {
      'cluster-name': { type: 'string' },
      region: { type: 'string' }
    },
    async run({ values }) {
      const {
        clock = systemClock,
        credentials = defaultCredentials,
        env = process.env,
        stdout = text => process.stdout.write(text),
        stderr = text => process.stderr.write(text)
      } = deps
      const source = recordInputSource({
        'cluster-name': values['cluster-name'] as string | undefined,
        region: values.region as string | undefined
      })
      const { clusterName, region } = readEksTarget(new Inputs(source), 'cluster-name', 'region')
      const { apiVersion, warning } = execCredentialApiVersion(env.KUBERNETES_EXEC_INFO)
      if (warning) stderr(`${warning}\n`)
      const token = makeEksToken(clusterName, region, await credentials(), clock.now())
      stdout(execCredentialJson(token, apiVersion))
      return EXIT.ok
    }
  }
}

export const command: Command = createCommand()
