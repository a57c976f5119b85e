/** The stand-ins for the third-party actions the workflows use, by repository (owner/name). */
import { downloadArtifact, uploadArtifact } from './artifacts.js'
import { configureAwsCredentials } from './aws-credentials.js'
import { checkout } from './checkout.js'
import { setupBuildx, setupNode } from './setup-tools.js'
import type { StandIn } from './types.js'

export const STAND_INS: StandIn[] = [
  checkout,
  configureAwsCredentials,
  uploadArtifact,
  downloadArtifact,
  setupBuildx,
  setupNode
]

export function standInFor(repository: string): StandIn | undefined {
  return STAND_INS.find(standIn => standIn.repository === repository.toLowerCase())
}
