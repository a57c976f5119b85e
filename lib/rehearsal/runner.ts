/**
 * What a rehearsal's runner offers every job: its directories, the environment every step starts
 * from (this machine's basics plus the runner's variables, the stand-ins' endpoints and tools), the
 * repositories a checkout can fetch, the artifact store, the endpoints of the stand-ins, and the
 * values to mask. Built once per rehearsal by run.ts; jobs and steps only read it.
 */
import type { ArtifactStore } from './standins/artifacts.js'

export interface Endpoints {
  /** The AWS stand-in, given to the SDK as AWS_ENDPOINT_URL. */
  aws: string
  /** The GitHub REST API stand-in (GITHUB_API_URL). */
  github: string
  /** The loopback registry, host:port. */
  registry: string
}

export interface Runner {
  /** Kept between rehearsals: the stand-ins' state, the tool cache, the podman storage. */
  stateDir: string
  /** This rehearsal's directories (one per job under it). */
  runDir: string
  /** The environment every step starts from. */
  baseEnv: Record<string, string>
  /** owner/name → a local git repository a checkout clones from. */
  repositories: Record<string, string>
  /**
   * When set, the checkout of a repository holding Shipline's actions runs them (and the CLI) from
   * the TypeScript sources under this directory instead of their committed dist/ bundles.
   */
  shiplineSources?: string
  artifacts: ArtifactStore
  endpoints: Endpoints
  /** The GITHUB_TOKEN of the run (accepted by the GitHub stand-in). */
  token: string
  /** Every value printed as *** (secrets, tokens, ::add-mask:: values). */
  masks: Set<string>
}

/** Variables of this machine that a runner's step sees too; nothing else leaks in. */
export const MACHINE_VARIABLES = ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'SHELL', 'TERM']

export function machineEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of MACHINE_VARIABLES) if (env[name]) out[name] = env[name] as string
  return out
}
