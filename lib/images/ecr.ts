/**
 * The ECR edge: the registry's login (GetAuthorizationToken, the password masked before anything
 * else touches it) and whether a tag exists (BatchGetImage). Loaded only for ECR registries.
 */
import { BatchGetImageCommand, ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr'
import { awsClientConfig, awsErrorName, describeAwsError, isAccessDenied } from '../core/aws.js'
import { UserError } from '../core/errors.js'
import type { Credentials } from './registry.js'
import { mask } from '../core/secrets.js'
import { MANIFEST_ACCEPT } from './registry.js'

/** The repository does not exist (yet: Terraform creates one per service). */
export class RepositoryMissingError extends UserError {
  constructor(message: string) {
    super(message)
    this.name = 'RepositoryMissingError'
  }
}

export function ecrClient(region: string): ECRClient {
  return new ECRClient(awsClientConfig(region))
}

/** Credentials for the registry of `accountId`; the token and the password are masked first. */
export async function ecrCredentials(client: ECRClient, accountId: string): Promise<Credentials> {
  let response
  try {
    response = await client.send(new GetAuthorizationTokenCommand({ registryIds: [accountId] }))
  } catch (error) {
    if (isAccessDenied(error))
      throw new UserError(
        `Access denied to ECR GetAuthorizationToken: the role needs ecr:GetAuthorizationToken (resource "*")`
      )
    throw new UserError(`ECR GetAuthorizationToken failed: ${describeAwsError(error)}`)
  }
  const token = response.authorizationData?.[0]?.authorizationToken
  if (!token) throw new UserError('ECR GetAuthorizationToken returned no authorization token')
  mask(token)
  const decoded = Buffer.from(token, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon <= 0) throw new UserError('ECR returned an authorization token that is not "user:password"')
  const password = decoded.slice(colon + 1)
  mask(password)
  return { username: decoded.slice(0, colon), password }
}

/**
 * The digest ECR holds under `repository:tag`, or undefined. A repository that does not exist yet
 * (a first run, before Terraform created it) holds nothing when `missingRepositoryIsEmpty`: a build
 * that is not pushed may go ahead; one that must push cannot.
 */
export async function ecrTagDigest(
  client: ECRClient,
  accountId: string,
  repository: string,
  tag: string,
  missingRepositoryIsEmpty = false
): Promise<string | undefined> {
  let response
  try {
    response = await client.send(
      new BatchGetImageCommand({
        registryId: accountId,
        repositoryName: repository,
        imageIds: [{ imageTag: tag }],
        acceptedMediaTypes: MANIFEST_ACCEPT.split(', ')
      })
    )
  } catch (error) {
    const name = awsErrorName(error)
    if (name === 'RepositoryNotFoundException' && missingRepositoryIsEmpty) return undefined
    if (name === 'RepositoryNotFoundException')
      throw new RepositoryMissingError(
        `ECR repository ${repository} does not exist in account ${accountId}: create it (one repository per service, infra/ecr)`
      )
    if (isAccessDenied(error))
      throw new UserError(
        `Access denied to ECR BatchGetImage on ${repository}: the role needs ecr:BatchGetImage on arn:aws:ecr:<region>:${accountId}:repository/${repository}`
      )
    throw new UserError(`ECR BatchGetImage on ${repository} failed: ${describeAwsError(error)}`)
  }
  return response.images?.[0]?.imageId?.imageDigest ?? undefined
}
