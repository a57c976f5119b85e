/**
 * The registry of `shipline` sub-commands. Each is loaded only when invoked, so one command's
 * dependencies (the AWS SDK, a YAML parser) never slow another down.
 */
import type { Command } from './command.js'

export const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  invalidate: {
    summary: 'Create CloudFront invalidations (batched under the limits); --dry-run prints the batches',
    load: async () => (await import('./commands/invalidate.js')).command
  }
}
