/**
 * Trivy's signature over a release's checksums file: since v0.68.1 every release asset has a Sigstore
 * bundle beside it (`<asset>.sigstore.json`, made by `cosign sign-blob --bundle` in Trivy's release
 * workflow), keyless: a Fulcio certificate for the workflow's identity, logged in Rekor. Verified with
 * sigstore-js (@sigstore/verify) against Sigstore's trusted root, fetched and checked through TUF
 * (@sigstore/tuf) unless a test gives its own. The expected identity and issuer are Trivy's own
 * documentation's (docs/getting-started/signature-verification.md in aquasecurity/trivy):
 *   --certificate-identity 'https://github.com/aquasecurity/trivy/.github/workflows/reusable-release.yaml@refs/tags/<release tag>'
 *   --certificate-oidc-issuer=https://token.actions.githubusercontent.com
 * (read in aquasecurity/trivy at dc3c56e; its goreleaser.yml signs every artifact, the checksums file
 * included, with `cosign sign-blob --bundle=${artifact}.sigstore.json`). The aqua registry's Trivy
 * entry verifies the same file, trivy_<version>_checksums.txt.sigstore.json, for the same identity.
 * Loaded only when a Trivy version without a pinned digest is installed.
 */
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import type { TrustedRoot } from '@sigstore/protobuf-specs'
import { UserError } from '../core/errors.js'

export const TRIVY_OIDC_ISSUER = 'https://token.actions.githubusercontent.com'

/** The certificate identity (SAN) of the workflow that signs Trivy `version`'s release. */
export function trivySigningIdentity(version: string): string {
  return `https://github.com/aquasecurity/trivy/.github/workflows/reusable-release.yaml@refs/tags/v${version}`
}

/** Sigstore's public-good trusted root, through TUF (cached under RUNNER_TEMP or the temp dir). */
export async function publicTrustedRoot(env: NodeJS.ProcessEnv = process.env): Promise<TrustedRoot> {
  const { getTrustedRoot } = await import('@sigstore/tuf')
  try {
    return await getTrustedRoot({ cachePath: join(env.RUNNER_TEMP || tmpdir(), 'shipline-sigstore-tuf') })
  } catch (error) {
    throw new UserError(
      `Could not fetch Sigstore's trusted root (TUF) to verify Trivy's signature: ${(error as Error).message}`
    )
  }
}

/** Resolves when `bundle` is a Sigstore bundle by Trivy `version`'s release workflow over `checksums`. */
export async function verifyTrivyChecksums(
  checksums: Buffer,
  bundle: Buffer,
  version: string,
  what: string,
  trustedRoot: () => Promise<TrustedRoot> = publicTrustedRoot
): Promise<void> {
  const { bundleFromJSON } = await import('@sigstore/bundle')
  const { toSignedEntity, toTrustMaterial, Verifier } = await import('@sigstore/verify')
  let parsed
  try {
    parsed = bundleFromJSON(JSON.parse(bundle.toString('utf8')))
  } catch (error) {
    throw new UserError(
      `${what} is not a Sigstore bundle (${(error as Error).message}): refusing to install trivy`
    )
  }
  const identity = trivySigningIdentity(version)
  try {
    new Verifier(toTrustMaterial(await trustedRoot()), { tlogThreshold: 1, ctlogThreshold: 1 }).verify(
      toSignedEntity(parsed, checksums),
      { subjectAlternativeName: identity, extensions: { issuer: TRIVY_OIDC_ISSUER } }
    )
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(
      `${what} does not verify as signed by ${identity} (issuer ${TRIVY_OIDC_ISSUER}) over the checksums file: ${(error as Error).message}; refusing to install trivy`
    )
  }
}
