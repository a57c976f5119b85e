/**
 * A Sigstore of our own for tests (@sigstore/mock's Fulcio CA, CT log and Rekor log, keys made here):
 * `sign` makes a cosign-style bundle (`cosign sign-blob --bundle`, v0.3 JSON) for an artifact under a
 * certificate identity; `trustedRoot` is the trust material that verifies it, as the public-good
 * instance's TUF-distributed trusted_root.json would for a real release.
 */
import { createHash, generateKeyPairSync, sign as signBytes } from 'node:crypto'
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs'
import { initializeCA, initializeCTLog, initializeTLog } from '@sigstore/mock'

/** OIDs of Fulcio's certificate extensions: the OIDC issuer (v2, UTF8String). */
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8'

export interface TestSigstore {
  trustedRoot: TrustedRoot
  /** A bundle (JSON text) signing `artifact` as `identity` (the certificate's SAN) from `issuer`. */
  sign(artifact: Buffer, identity: string, issuer: string): Promise<string>
}

const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' })

export async function testSigstore(): Promise<TestSigstore> {
  const ctLog = await initializeCTLog(keyPair())
  const ca = await initializeCA(keyPair(), ctLog)
  const tlogKeys = keyPair()
  const tlog = await initializeTLog('https://rekor.sigstore.test', tlogKeys)
  const since = new Date(Date.now() - 3_600_000).toISOString()
  const trustedRoot = TrustedRoot.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: 'https://rekor.sigstore.test',
        hashAlgorithm: HashAlgorithm[HashAlgorithm.SHA2_256],
        publicKey: {
          rawBytes: tlog.publicKey.toString('base64'),
          keyDetails: PublicKeyDetails[PublicKeyDetails.PKIX_ECDSA_P256_SHA_256],
          validFor: { start: since }
        },
        logId: { keyId: createHash('sha256').update(tlog.publicKey).digest('base64') }
      }
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: 'https://fulcio.sigstore.test',
        certChain: {
          certificates: [{ rawBytes: Buffer.from(ca.rootCertificate.buffer).toString('base64') }]
        },
        validFor: { start: since }
      }
    ],
    ctlogs: [
      {
        baseUrl: 'https://ctfe.sigstore.test',
        hashAlgorithm: HashAlgorithm[HashAlgorithm.SHA2_256],
        publicKey: {
          rawBytes: ctLog.publicKey.toString('base64'),
          keyDetails: PublicKeyDetails[PublicKeyDetails.PKIX_ECDSA_P256_SHA_256],
          validFor: { start: since }
        },
        logId: { keyId: Buffer.from(ctLog.logID.buffer).toString('base64') }
      }
    ],
    timestampAuthorities: []
  })

  async function sign(artifact: Buffer, identity: string, issuer: string): Promise<string> {
    const signer = keyPair()
    const certificate = Buffer.from(
      (
        await ca.issueCertificate({
          publicKey: signer.publicKey.export({ format: 'der', type: 'spki' }),
          subjectAltName: identity,
          extensions: [{ oid: OID_ISSUER_V2, value: issuer }]
        })
      ).buffer
    )
    const signature = signBytes('sha256', artifact, signer.privateKey)
    const digest = createHash('sha256').update(artifact).digest()
    const pem = `-----BEGIN CERTIFICATE-----\n${certificate.toString('base64')}\n-----END CERTIFICATE-----\n`
    const logged = await tlog.log({
      apiVersion: '0.0.1',
      kind: 'hashedrekord',
      spec: {
        data: { hash: { algorithm: 'sha256', value: digest.toString('hex') } },
        signature: {
          content: signature.toString('base64'),
          publicKey: { content: Buffer.from(pem).toString('base64') }
        }
      }
    })
    const entry = Object.values(logged)[0] as {
      body: string
      integratedTime: number
      logID: string
      logIndex: number
      verification: {
        signedEntryTimestamp: string
        inclusionProof: {
          logIndex: number
          treeSize: number
          rootHash: string
          hashes: string[]
          checkpoint: string
        }
      }
    }
    const proof = entry.verification.inclusionProof
    return JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {
        certificate: { rawBytes: certificate.toString('base64') },
        tlogEntries: [
          {
            logIndex: String(entry.logIndex),
            logId: { keyId: Buffer.from(entry.logID, 'hex').toString('base64') },
            kindVersion: { kind: 'hashedrekord', version: '0.0.1' },
            integratedTime: String(entry.integratedTime),
            inclusionPromise: { signedEntryTimestamp: entry.verification.signedEntryTimestamp },
            inclusionProof: {
              logIndex: String(proof.logIndex),
              treeSize: String(proof.treeSize),
              rootHash: Buffer.from(proof.rootHash, 'hex').toString('base64'),
              hashes: proof.hashes,
              checkpoint: { envelope: proof.checkpoint }
            },
            canonicalizedBody: entry.body
          }
        ]
      },
      messageSignature: {
        messageDigest: { algorithm: 'SHA2_256', digest: digest.toString('base64') },
        signature: signature.toString('base64')
      }
    })
  }

  return { trustedRoot, sign }
}
