/**
 * Actions secrets of the run's repository or of one of its deployment
 * environments: their public key, their metadata, and writing a value sealed
 * with libsodium's `crypto_box_seal`, as GitHub requires. The value is
 * sealed here and nowhere else, and never leaves this module in the clear.
 */
import { randomBytes } from 'node:crypto'
import type { Secret } from '../io/secret.js'
import type { GitHubApi } from './api.js'
import { GitHubApiError } from './errors.js'

/** Where a secret lives: the repository, or an environment of it. */
export interface SecretScope {
  environment?: string
}

export interface PublicKey {
  key_id: string
  /** Base64 of the 32-byte Curve25519 public key. */
  key: string
}

export interface SecretMetadata {
  name: string
  created_at: string
  updated_at: string
}

const base = (scope: SecretScope) =>
  scope.environment === undefined ? '/repos/{owner}/{repo}/actions/secrets' : '/repos/{owner}/{repo}/environments/{environment_name}/secrets'
const scopeParams = (scope: SecretScope) => (scope.environment === undefined ? {} : { environment_name: scope.environment })

export async function publicKey(api: GitHubApi, scope: SecretScope): Promise<PublicKey> {
  return (await api.request<PublicKey>(`GET ${base(scope)}/public-key`, scopeParams(scope))).data
}

export async function secretMetadata(api: GitHubApi, scope: SecretScope, name: string): Promise<SecretMetadata> {
  return (await api.request<SecretMetadata>(`GET ${base(scope)}/{secret_name}`, { ...scopeParams(scope), secret_name: name })).data
}

/** Creates or replaces the secret; true when it was created. */
export async function writeSecret(api: GitHubApi, scope: SecretScope, name: string, value: Secret | string, key: PublicKey): Promise<boolean> {
  const encrypted = await seal(typeof value === 'string' ? value : value.reveal(), key.key)
  const response = await api.request(`PUT ${base(scope)}/{secret_name}`, {
    ...scopeParams(scope),
    secret_name: name,
    encrypted_value: encrypted,
    key_id: key.key_id
  })
  return response.status === 201
}

export async function deleteSecret(api: GitHubApi, scope: SecretScope, name: string): Promise<void> {
  await api.request(`DELETE ${base(scope)}/{secret_name}`, { ...scopeParams(scope), secret_name: name })
}

/**
 * Proves the token can write secrets of the scope without touching any real
 * one: writes a throwaway `probe` secret and deletes it again. Returns the
 * scope's public key for the real write that follows.
 */
export async function proveWritable(api: GitHubApi, scope: SecretScope, probe: string, before?: () => Promise<unknown>): Promise<PublicKey> {
  const key = await publicKey(api, scope)
  await before?.()
  await writeSecret(api, scope, probe, `write check ${randomBytes(9).toString('base64url')}`, key)
  // A concurrent run may have deleted the shared probe first: gone is as good as deleted.
  await deleteSecret(api, scope, probe).catch((error: unknown) => {
    if (!(error instanceof GitHubApiError && error.status === 404)) throw error
  })
  return key
}

type Sodium = typeof import('libsodium-wrappers')
let sodium: Promise<Sodium> | undefined
/** libsodium is loaded (and its WebAssembly started) only by runs that write a secret. */
const loadSodium = () =>
  (sodium ??= import('libsodium-wrappers').then(async (m) => {
    // The functions are attached to the default export once the WebAssembly is ready; the named exports are a few helpers only.
    const lib = ((m as unknown as { default?: Sodium }).default ?? m) as Sodium
    await lib.ready
    return lib
  }))

/** `crypto_box_seal(value, key)`, base64: what GitHub's `encrypted_value` holds. */
export async function seal(value: string, publicKeyBase64: string): Promise<string> {
  const lib = await loadSodium()
  const key = lib.from_base64(publicKeyBase64, lib.base64_variants.ORIGINAL)
  const sealed = lib.crypto_box_seal(lib.from_string(value), key)
  return lib.to_base64(sealed, lib.base64_variants.ORIGINAL)
}
