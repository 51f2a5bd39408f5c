/**
 * A certificate authority made for this process, and a server certificate it
 * signs for the loopback names (localhost, 127.0.0.1, ::1), so the simulator
 * can speak HTTPS the way X does. The CA is written to a PEM file that a
 * child process trusts through NODE_EXTRA_CA_CERTS, as a proxy's CA is
 * trusted in production: certificate verification stays on everywhere.
 *
 * node-forge lays out the certificates; Node's crypto makes the keys and the
 * signatures (forge's RSA in JavaScript is slow).
 */
import { generateKeyPair, randomBytes, sign } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import forge from 'node-forge'

export interface TestCertificates {
  /** PEM of the CA certificate: what a client must trust. */
  caPem: string
  /** The CA in a file, for NODE_EXTRA_CA_CERTS. Removed when the process exits. */
  caFile: string
  /** The server's certificate chain (leaf, then CA) and its private key, PEM. */
  certPem: string
  keyPem: string
}

const HOUR_MS = 3_600_000
const LOOPBACK_NAMES = { dns: ['localhost'], ip: ['127.0.0.1', '::1'] }

let made: Promise<TestCertificates> | undefined

/** The same CA and certificate for every simulator of this process, made on first use. */
export function testCertificates(): Promise<TestCertificates> {
  return (made ??= makeCertificates())
}

async function makeCertificates(): Promise<TestCertificates> {
  const [caKeys, serverKeys] = await Promise.all([rsaKeys(), rsaKeys()])
  const caName = [
    { name: 'commonName', value: 'X API simulator test CA' },
    { name: 'organizationName', value: 'x-credentials-action tests' }
  ]
  const ca = certificate({
    subject: caName,
    issuer: caName,
    publicKeyPem: caKeys.publicKey,
    signingKeyPem: caKeys.privateKey,
    extensions: [
      { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      { name: 'subjectKeyIdentifier' }
    ]
  })
  const server = certificate({
    subject: [{ name: 'commonName', value: 'localhost' }],
    issuer: caName,
    publicKeyPem: serverKeys.publicKey,
    signingKeyPem: caKeys.privateKey,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...LOOPBACK_NAMES.dns.map((value) => ({ type: 2, value })), ...LOOPBACK_NAMES.ip.map((ip) => ({ type: 7, ip }))]
      }
    ]
  })
  const dir = mkdtempSync(path.join(os.tmpdir(), 'x-simulator-ca-'))
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  const caFile = path.join(dir, 'ca.pem')
  writeFileSync(caFile, ca)
  return { caPem: ca, caFile, certPem: server + ca, keyPem: serverKeys.privateKey }
}

const generate = promisify(generateKeyPair)

function rsaKeys(): Promise<{ publicKey: string; privateKey: string }> {
  return generate('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
  })
}

interface CertificateSpec {
  subject: forge.pki.CertificateField[]
  issuer: forge.pki.CertificateField[]
  publicKeyPem: string
  signingKeyPem: string
  extensions: object[]
}

/** A certificate valid from an hour ago for a day, signed SHA-256 with RSA; PEM. */
function certificate(spec: CertificateSpec): string {
  const cert = forge.pki.createCertificate()
  cert.publicKey = forge.pki.publicKeyFromPem(spec.publicKeyPem)
  // Positive, 16 bytes: the first bit clear.
  cert.serialNumber = '7' + randomBytes(15).toString('hex')
  cert.validity.notBefore = new Date(Date.now() - HOUR_MS)
  cert.validity.notAfter = new Date(Date.now() + 24 * HOUR_MS)
  cert.setSubject(spec.subject)
  cert.setIssuer(spec.issuer)
  cert.setExtensions(spec.extensions)
  const oid = forge.pki.oids.sha256WithRSAEncryption
  cert.signatureOid = oid
  ;(cert as unknown as { siginfo: { algorithmOid: string } }).siginfo.algorithmOid = oid
  // getTBSCertificate is public in node-forge but missing from its types.
  const { getTBSCertificate } = forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }
  const tbs = Buffer.from(forge.asn1.toDer(getTBSCertificate(cert)).getBytes(), 'binary')
  cert.signature = sign('sha256', tbs, spec.signingKeyPem).toString('binary')
  return forge.pki.certificateToPem(cert)
}
