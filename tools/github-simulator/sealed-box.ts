/**
 * The simulator's own half of GitHub's secret encryption: Curve25519 key
 * pairs per repository and environment, and the opening of libsodium's
 * sealed box (`crypto_box_seal`), written from its definition with
 * TweetNaCl and BLAKE2b, independently of the libsodium the action seals
 * with, so that a packaging or usage mistake on the action's side shows up
 * as a box this code cannot open. The Curve25519 step of the opening uses
 * Node's own X25519 (TweetNaCl's takes tens of milliseconds under the test
 * runner's transform, once per stored secret).
 *
 *   sealed = ephemeral public key (32) ‖ crypto_box(message, nonce, recipient pk, ephemeral sk)
 *   nonce  = BLAKE2b-192(ephemeral pk ‖ recipient pk)
 */
import { createHash, createPrivateKey, createPublicKey, diffieHellman } from 'node:crypto'
import { blake2b } from '@noble/hashes/blake2.js'
import nacl from 'tweetnacl'

export interface KeyPair {
  /** GitHub's key ids are decimal strings. */
  keyId: string
  publicKey: Uint8Array
  secretKey: Uint8Array
}

/** A key pair derived from a label, so each repository and environment has its own, the same in every run. */
export function testKeyPair(label: string): KeyPair {
  const seed = createHash('sha256').update(`github-simulator test key: ${label}`).digest()
  const pair = nacl.box.keyPair.fromSecretKey(new Uint8Array(seed))
  const keyId = BigInt('0x' + createHash('sha256').update(`key id: ${label}`).digest('hex').slice(0, 15)).toString()
  return { keyId, publicKey: pair.publicKey, secretKey: pair.secretKey }
}

const EPHEMERAL_KEY_BYTES = 32

/** The plaintext of a sealed box, or null when it was not sealed for this key pair (or was tampered with). */
export function openSealedBox(sealed: Uint8Array, pair: Pick<KeyPair, 'publicKey' | 'secretKey'>): Uint8Array | null {
  if (sealed.length < EPHEMERAL_KEY_BYTES + nacl.box.overheadLength) return null
  const ephemeral = sealed.subarray(0, EPHEMERAL_KEY_BYTES)
  const input = new Uint8Array(EPHEMERAL_KEY_BYTES * 2)
  input.set(ephemeral, 0)
  input.set(pair.publicKey, EPHEMERAL_KEY_BYTES)
  const nonce = blake2b(input, { dkLen: nacl.box.nonceLength })
  return nacl.box.open.after(sealed.subarray(EPHEMERAL_KEY_BYTES), nonce, boxKey(ephemeral, pair))
}

/** NaCl's crypto_box_beforenm: HSalsa20 over the X25519 shared secret, as `nacl.box.before` computes it. */
function boxKey(theirPublicKey: Uint8Array, pair: Pick<KeyPair, 'publicKey' | 'secretKey'>): Uint8Array {
  const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url')
  const shared = diffieHellman({
    privateKey: createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', d: b64url(pair.secretKey), x: b64url(pair.publicKey) }, format: 'jwk' }),
    publicKey: createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: b64url(theirPublicKey) }, format: 'jwk' })
  })
  const key = new Uint8Array(32)
  HSALSA20(key, new Uint8Array(16), new Uint8Array(shared), SIGMA)
  return key
}

/** TweetNaCl exports its HSalsa20 core only through `lowlevel`, which its types leave out. */
const HSALSA20 = (nacl as unknown as { lowlevel: { crypto_core_hsalsa20(out: Uint8Array, inp: Uint8Array, k: Uint8Array, c: Uint8Array): number } }).lowlevel
  .crypto_core_hsalsa20
const SIGMA = new TextEncoder().encode('expand 32-byte k')

/** Seals like `crypto_box_seal`, for the simulator's own tests of the opening. */
export function sealForTest(message: Uint8Array, publicKey: Uint8Array): Uint8Array {
  const ephemeral = nacl.box.keyPair()
  const input = new Uint8Array(EPHEMERAL_KEY_BYTES * 2)
  input.set(ephemeral.publicKey, 0)
  input.set(publicKey, EPHEMERAL_KEY_BYTES)
  const nonce = blake2b(input, { dkLen: nacl.box.nonceLength })
  const box = nacl.box(message, nonce, publicKey, ephemeral.secretKey)
  const out = new Uint8Array(EPHEMERAL_KEY_BYTES + box.length)
  out.set(ephemeral.publicKey, 0)
  out.set(box, EPHEMERAL_KEY_BYTES)
  return out
}
