/**
 * The claims of a job's OIDC token, as GitHub issues them: the run's repository, ref and sha, the
 * caller's workflow_ref, and the job's own workflow in job_workflow_ref / job_workflow_sha: for a job
 * of one of Shipline's reusable workflows, the uses: line's repository, path and ref, and the commit
 * of this installation that the rehearsal checks out for it (so the workflow's `.shipline-src` is
 * this installation); for a job of the repository's own workflows, that file at the run's commit.
 * Pure.
 */
import type { Value } from './expressions.js'
import { jobWorkflowRef } from './called-workflow.js'
import type { WorkflowFile } from './workflow.js'

export interface TokenContext {
  github: Record<string, Value>
  /** The caller workflow (GITHUB_WORKFLOW_REF's path). */
  workflowPath: string
  /** The commit of this installation, for Shipline's reusable workflows. */
  installationSha?: string
  /** The job's environment, when it names one. */
  environment?: string | null
}

export function jobClaims(file: WorkflowFile, at: TokenContext): Record<string, string> {
  const repository = String(at.github.repository)
  const ref = String(at.github.ref)
  const sha = String(at.github.sha)
  const own = `${repository}/${file.path}@${ref}`
  const subject = at.environment ? `environment:${at.environment}` : `ref:${ref}`
  return {
    sub: `repo:${repository}:${subject}`,
    repository,
    repository_owner: repository.split('/')[0],
    ref,
    sha,
    event_name: String(at.github.event_name),
    run_id: String(at.github.run_id),
    workflow_ref: `${repository}/${at.workflowPath}@${ref}`,
    workflow_sha: sha,
    job_workflow_ref: file.shipline ? jobWorkflowRef(file.shipline) : own,
    job_workflow_sha: file.shipline ? (at.installationSha ?? '') : sha,
    ...(at.environment ? { environment: at.environment } : {})
  }
}
