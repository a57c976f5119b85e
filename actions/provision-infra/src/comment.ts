/** The sticky plan comment on the pull request: created once, then updated in place. */
import { UserError } from '../../../lib/core/errors.js'
import { info, warning } from '../../../lib/core/log.js'
import { createOctokit, isPermissionError, upsertComment } from '../../../lib/github/pr-comment.js'
import type { PullRequestContext } from '../../../lib/github/pr-context.js'
import type { ProvisionInputs } from './inputs.js'

export async function postPlanComment(
  body: string,
  pr: PullRequestContext,
  inputs: ProvisionInputs,
  githubApiUrl?: string
): Promise<void> {
  const octokit = await createOctokit(inputs.githubToken, githubApiUrl)
  try {
    const result = await upsertComment({
      octokit,
      owner: pr.owner,
      repo: pr.repo,
      issueNumber: pr.number,
      marker: inputs.commentMarker,
      body
    })
    info(`Plan comment ${result.action}: ${result.url}`)
  } catch (error) {
    if (isPermissionError(error)) {
      warning(
        `Could not comment on pull request #${pr.number} (${(error as Error).message}): give the job pull-requests: write; the plan is in the job summary`
      )
      return
    }
    throw new UserError(
      `Could not update the plan comment on pull request #${pr.number}: ${(error as Error).message}`
    )
  }
}
