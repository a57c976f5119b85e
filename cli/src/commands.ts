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
  'build-set': {
    summary:
      'What a deploy must do: the services whose content tag the registry lacks (or to copy, --promote), whether the rollout and invalidation are due',
    load: async () => (await import('./commands/build-set.js')).command
  },
  resolve: {
    summary:
      'The images a rollout pins, from build-set content tags (no git, no build); pushes kept archives first',
    load: async () => (await import('./commands/resolve.js')).command
  },
  record: {
    summary:
      'After a successful rollout, leave its records in the registry so the same state is not rolled out again',
    load: async () => (await import('./commands/record.js')).command
  },
  pull: {
    summary: 'Pull an image by digest into an OCI archive, every digest checked (promotion, source side)',
    load: async () => (await import('./commands/pull.js')).command
  },
  push: {
    summary:
      'Push an OCI archive under a content tag; the registry must report its digest (promotion, target side)',
    load: async () => (await import('./commands/push.js')).command
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
      'The deploy rehearsed on this machine: the repository’s own workflow for a push, on a copy of its working tree, with stand-ins for AWS, Kubernetes and GitHub',
    load: async () => (await import('./commands/local.js')).command
  }
}
