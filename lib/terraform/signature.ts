/**
 * HashiCorp's signature over a release's SHA256SUMS (`terraform_<version>_SHA256SUMS.sig`, a detached
 * binary OpenPGP signature), checked with OpenPGP.js against the key embedded in Shipline. OpenPGP.js
 * is loaded only here, when a Terraform version without a pinned digest is installed.
 */
import { UserError } from '../core/errors.js'
import { HASHICORP_FINGERPRINT, HASHICORP_PUBLIC_KEY } from './hashicorp-key.js'

export interface SigningKey {
  /** ASCII-armored public key. */
  armored: string
  /** Its primary key's fingerprint (40 hex digits). */
  fingerprint: string
}

export const HASHICORP_KEY: SigningKey = { armored: HASHICORP_PUBLIC_KEY, fingerprint: HASHICORP_FINGERPRINT }

/** Resolves when `signature` is `key`'s (or its subkeys') over `sums`; a UserError saying why not otherwise. */
export async function verifyHashicorpSignature(
  sums: Buffer,
  signature: Buffer,
  what: string,
  key: SigningKey = HASHICORP_KEY
): Promise<void> {
  const openpgp = await import('openpgp')
  const publicKey = await openpgp.readKey({ armoredKey: key.armored })
  if (publicKey.getFingerprint().toUpperCase() !== key.fingerprint.toUpperCase())
    throw new UserError(`The embedded signing key is not ${key.fingerprint}: refusing to trust it`)
  let parsed
  try {
    parsed = await openpgp.readSignature({ binarySignature: new Uint8Array(signature) })
  } catch {
    throw new UserError(`${what} is not an OpenPGP signature: refusing to install terraform`)
  }
  const message = await openpgp.createMessage({ binary: new Uint8Array(sums) })
  const { signatures } = await openpgp.verify({ message, signature: parsed, verificationKeys: publicKey })
  if (signatures.length === 0)
    throw new UserError(`${what} holds no signature: refusing to install terraform`)
  try {
    await Promise.all(signatures.map(s => s.verified))
  } catch (error) {
    throw new UserError(
      `${what} is not a valid signature by HashiCorp's key ${key.fingerprint} over the SHA256SUMS (${(error as Error).message}): refusing to install terraform`
    )
  }
}
