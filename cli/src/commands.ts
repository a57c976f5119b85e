/**
 * The registry of `shipline` sub-commands, and the one place of each one's summary (`shipline
 * --help`, `shipline COMMAND --help`). Each is loaded only when invoked, so one command's
 * dependencies (the AWS SDK, a YAML parser) never slow another down.
 */
import type { Command } from './command.js'

export const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  init: {
    summary:
      'Look at a repository (its Dockerfiles, its frontend) and write shipline.yml and the caller workflow',
    load: async () => (await import('./commands/init.js')).command
  },
  'plan-comment': {
    summary: 'Render the PR comment of a Terraform plan JSON (terraform show -json) as markdown',
    load: async () => (await import('./commands/plan-comment.js')).command
  },
  invalidate: {
    summary: 'Create CloudFront invalidations (batched under the limits); --dry-run prints the batches',
    load: async () => (await import('./commands/invalidate.js')).command
  },
  'eks-token': {
    summary: 'Print an EKS ExecCredential (bearer token) as `aws eks get-token` does, for kubeconfig exec',
    load: async () => (await import('./commands/eks-token.js')).command
  },
  render: {
    summary: 'Print the manifests deploy-eks would apply, with images pinned by digest',
    load: async () => (await import('./commands/render.js')).command
  },
  manifests: {
    summary:
      'Write the Kubernetes manifests of the shipline.yml services (a kustomize base); --check says whether they are current',
    load: async () => (await import('./commands/manifests.js')).command
  },
  build: {
    summary: 'Build (or reuse, by content tag) and optionally push the images of shipline.yml services',
    load: async () => (await import('./commands/build.js')).command
  },
  'publish-static': {
    summary:
      'Publish a built site to S3: only changed files, right headers, assets before entry points; --dry-run prints the plan',
    load: async () => (await import('./commands/publish-static.js')).command
  },
  changed: {
    summary: 'List the services changed since a base as a GitHub matrix ({"include":[…]})',
    load: async () => (await import('./commands/changed.js')).command
  },
  'scan-report': {
    summary:
      'Judge saved Trivy JSON reports with the scan-images policy; prints the markdown (exit 3 on violations)',
    load: async () => (await import('./commands/scan-report.js')).command
  },
  'pr-comment': {
    summary:
      "Create or update the pipeline's one PR comment (plan, images that would be built, scan findings)",
    load: async () => (await import('./commands/pr-comment.js')).command
  },
  rehearse: {
    summary:
      "Run a workflow file's jobs on this machine for an event (GitHub's parser and evaluator; stand-ins for AWS, Kubernetes and GitHub)",
    load: async () => (await import('./commands/rehearse.js')).command
  },
  local: {
    summary:
      'Run the whole chain locally without AWS: infra check, build, scan, push to a loopback registry, manifests',
    load: async () => (await import('./commands/local.js')).command
  }
}
