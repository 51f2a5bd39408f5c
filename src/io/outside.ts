/**
 * Text from outside (X's and GitHub's answers, what the network said) as the
 * program may keep it: scrubbed while it is whole, flattened to one line of
 * printable text, scrubbed again, and only then cut to `max` characters. A
 * secret echoed at the cut can no longer leave a part of itself behind.
 */
export type Scrub = (text: string) => string

// C0 and C1 controls (terminal escapes among them) and the bidirectional overrides that can make a line read as another.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

export function outsideText(text: string, scrub: Scrub, max: number): string {
  const flat = scrub(scrub(text).replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim())
  if (flat.length <= max) return flat
  // Never half of a UTF-16 pair (an emoji) before the ellipsis.
  const end = /[\ud800-\udbff]/.test(flat[max - 2]) ? max - 2 : max - 1
  return flat.slice(0, end) + '…'
}

/** Node's codes for a certificate it did not accept: wrong host, unknown or self-signed CA, expired. */
const CERTIFICATE_ERROR =
  /^(ERR_TLS_CERT_ALTNAME_INVALID|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_[A-Z_]+|ERR_TLS_CERT_[A-Z_]+|INVALID_CA|HOSTNAME_MISMATCH)$/

/** Whether a transport error code says the TLS certificate was refused. */
export const isCertificateError = (code: string | undefined) => code !== undefined && CERTIFICATE_ERROR.test(code)
