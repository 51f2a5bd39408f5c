/**
 * The whole story a user reads, asserted as one text: the masked log of a
 * posting run (mask lines first, then the check rows, then the posting
 * progress, then the verdict) and the job summaries of a posted run (with
 * what it cost) and of a failing one. Only what changes from run to run
 * (ids, seconds, dates) is replaced by a placeholder; everything else must
 * match to the letter.
 */
import { expect, test } from '@jest/globals'
import { base64Cores, basicCredentials } from '../../src/io/secret.js'
import { READ_ONLY, SAMPLE, XSimulator } from '../../tools/simulator/index.js'
import { act, credentialInputs, withSimulator } from '../helpers/e2e.js'
import { png } from '../helpers/media-files.js'

let sim: XSimulator
withSimulator((started) => (sim = started))

/** The fixture's secrets by name, so the mask lines read as what they mask. */
const NAMES: [string, string][] = [
  [SAMPLE.apiKey, '<api-key>'],
  [SAMPLE.apiSecret, '<api-secret>'],
  [SAMPLE.accessToken, '<access-token>'],
  [SAMPLE.accessSecret, '<access-secret>'],
  [SAMPLE.bearerToken, '<bearer-token>'],
  [READ_ONLY.accessToken, '<read-only access-token>'],
  [READ_ONLY.accessSecret, '<read-only access-secret>']
]

/**
 * A mask line escapes `%` as `%25`; the bearer token is masked as given, decoded and encoded; every value also as the
 * base64 it becomes from each of its first three bytes; the API key and secret together as their HTTP Basic credential.
 */
const FORMS = [
  ...NAMES.flatMap(([value, name]): [string, string][] => [
    [value, name],
    [value.replace(/%/g, '%25'), name],
    [decodeURIComponent(value), `${name.slice(0, -1)}, decoded>`],
    [encodeURIComponent(value).replace(/%/g, '%25'), `${name.slice(0, -1)}, encoded>`],
    ...base64Cores(value).map((core, i): [string, string] => [core, `${name.slice(0, -1)} in base64 from byte ${i}>`])
  ]),
  ...basicCredentials(SAMPLE.apiKey, SAMPLE.apiSecret).map((basic): [string, string] => [basic, '<api-key:api-secret, HTTP Basic>'])
]
  .filter(([form], i, all) => all.findIndex(([other]) => other === form) === i)
  .sort(([a], [b]) => b.length - a.length)

function normalise(text: string, sim: XSimulator): string {
  let out = text
  for (const [value, name] of FORMS) out = out.split(value).join(name)
  return out
    .split(sim.url)
    .join('<simulator>')
    .replace(/\b\d{19}\b/g, '<id>')
    .replace(/Within \d+ s of X's clock/g, "Within <n> s of X's clock")
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(in [^)]+\)/g, '<time>')
}

/** The text as lines, without the trailing empty ones, so a failing test shows the first line that differs. */
const lines = (text: string) => normalise(text, sim).replace(/\n+$/, '').split('\n')

const THREAD = 'Release v3.1.0 is out.\n---\nThanks to everyone who tested it.'

test('a posting run: masks first, then the check rows, then the progress, then the verdict', async () => {
  const run = await act(
    sim,
    { ...credentialInputs(SAMPLE), tweet: THREAD, media: 'shot.png', 'media-alt-text': 'The release notes page' },
    { files: { 'shot.png': png(4, 4, 7) } }
  )
  expect(run.exitCode).toBe(0)
  expect(lines(run.stdout)).toEqual(POSTING_LOG)
  expect(lines(run.summary)).toEqual(POSTED_SUMMARY)
})

test('a failing run: the failed row, its diagnosis with every fix step, and nothing posted', async () => {
  const run = await act(sim, { ...credentialInputs(READ_ONLY), tweet: THREAD })
  expect(run.exitCode).toBe(1)
  expect(lines(run.stdout)).toEqual(FAILING_LOG)
  expect(lines(run.summary)).toEqual(FAILED_SUMMARY)
  expect(sim.posts).toEqual([])
})

const POSTING_LOG = [
  '::add-mask::<api-key>',
  '::add-mask::<api-key in base64 from byte 0>',
  '::add-mask::<api-key in base64 from byte 1>',
  '::add-mask::<api-key in base64 from byte 2>',
  '::add-mask::<api-secret>',
  '::add-mask::<api-secret in base64 from byte 0>',
  '::add-mask::<api-secret in base64 from byte 1>',
  '::add-mask::<api-secret in base64 from byte 2>',
  '::add-mask::<access-token>',
  '::add-mask::<access-token in base64 from byte 0>',
  '::add-mask::<access-token in base64 from byte 1>',
  '::add-mask::<access-token in base64 from byte 2>',
  '::add-mask::<access-secret>',
  '::add-mask::<access-secret in base64 from byte 0>',
  '::add-mask::<access-secret in base64 from byte 1>',
  '::add-mask::<access-secret in base64 from byte 2>',
  '::add-mask::<bearer-token>',
  '::add-mask::<bearer-token, decoded>',
  '::add-mask::<bearer-token, encoded>',
  '::add-mask::<bearer-token in base64 from byte 0>',
  '::add-mask::<bearer-token in base64 from byte 1>',
  '::add-mask::<bearer-token in base64 from byte 2>',
  '::add-mask::<api-key:api-secret, HTTP Basic>',
  "✅ API key and secret: Accepted: X issued the App's bearer token for them.",
  '✅ Access token and secret: Authenticated as @release_bot (id <id>).',
  '✅ Access level: `read-write` (`permission` is `read-write`).',
  '✅ Bearer token: Accepted (GET /2/usage/tweets).',
  '✅ Bearer matches the App: The bearer token is the one X issues for this API key.',
  "✅ Clock: Within <n> s of X's clock.",
  'Uploading shot.png (image/png, 118 bytes).',
  'Posted part 1 of 2: https://x.com/release_bot/status/<id>',
  'Posted part 2 of 2: https://x.com/release_bot/status/<id>',
  'Verified: @release_bot with `read-write` access.'
]

const POSTED_SUMMARY = [
  '## X credentials: ✅ verified · post: ✅ posted',
  '',
  '| Check | | Result |',
  '|---|:-:|---|',
  "| API key and secret | ✅ | Accepted: X issued the App's bearer token for them. |",
  '| Access token and secret | ✅ | Authenticated as @release_bot (id <id>). |',
  '| Access level | ✅ | `read-write` (`permission` is `read-write`). |',
  '| Bearer token | ✅ | Accepted (GET /2/usage/tweets). |',
  '| Bearer matches the App | ✅ | The bearer token is the one X issues for this API key. |',
  "| Clock | ✅ | Within <n> s of X's clock. |",
  '',
  '**Account:** [@release_bot](https://x.com/release_bot) (Release Bot, id `<id>`) · **access level:** `read-write` (required: `read-write`) · **X subscription:** none',
  '',
  '**Project usage:** `░░░░░░░░░░░░░░░░░░░░` 2,007 of 2,000,000 posts this month (0.1 %) · resets on day 10 of the month',
  '',
  '**Rate-limit headroom:** /2/users/me 74/75 · /2/usage/tweets 49/50 · /2/media/upload 499/500 · /2/media/metadata 499/500 · /2/tweets 98/100',
  '',
  '**Fingerprints** (SHA-256, to tell keys apart): `api-key` sha256:6f43fcf4 · `api-secret` sha256:108b26f7 · `access-token` sha256:78b9b0b1 · `access-secret` sha256:67ee721a · `bearer-token` sha256:2e90ce5c',
  '',
  '### Posts',
  '',
  '| Part | | Post |',
  '|---|:-:|---|',
  '| 1 | ✅ | [https://x.com/release_bot/status/<id>](https://x.com/release_bot/status/<id>) |',
  '| 2 | ✅ | [https://x.com/release_bot/status/<id>](https://x.com/release_bot/status/<id>) |',
  '',
  '**Media:**',
  '',
  '- `shot.png` — image/png, 118 bytes, alt text: “The release notes page”',
  '',
  '### Cost on pay-per-use',
  '',
  '| Request | Count | Price | Cost |',
  '|---|--:|--:|--:|',
  '| Post — `POST /2/tweets` | 2 | $0.015 per request | $0.030 |',
  '| Media metadata (alt text) — `POST /2/media/metadata` | 1 | $0.005 per request | $0.005 |',
  '| User read — `GET /2/users/me`, the verification; billed once a UTC day | 1 | $0.010 per user returned | $0.010 |',
  '| **Total** | | | **$0.045** |',
  '',
  "At X's pay-per-use prices as of 2026-09 (https://docs.x.com/x-api/getting-started/pricing); on a Basic or Pro subscription these requests are covered by the plan instead."
]

const FAILING_LOG = [
  '::add-mask::<api-key>',
  '::add-mask::<api-key in base64 from byte 0>',
  '::add-mask::<api-key in base64 from byte 1>',
  '::add-mask::<api-key in base64 from byte 2>',
  '::add-mask::<api-secret>',
  '::add-mask::<api-secret in base64 from byte 0>',
  '::add-mask::<api-secret in base64 from byte 1>',
  '::add-mask::<api-secret in base64 from byte 2>',
  '::add-mask::<read-only access-token>',
  '::add-mask::<read-only access-token in base64 from byte 0>',
  '::add-mask::<read-only access-token in base64 from byte 1>',
  '::add-mask::<read-only access-token in base64 from byte 2>',
  '::add-mask::<read-only access-secret>',
  '::add-mask::<read-only access-secret in base64 from byte 0>',
  '::add-mask::<read-only access-secret in base64 from byte 1>',
  '::add-mask::<read-only access-secret in base64 from byte 2>',
  '::add-mask::<bearer-token>',
  '::add-mask::<bearer-token, decoded>',
  '::add-mask::<bearer-token, encoded>',
  '::add-mask::<bearer-token in base64 from byte 0>',
  '::add-mask::<bearer-token in base64 from byte 1>',
  '::add-mask::<bearer-token in base64 from byte 2>',
  '::add-mask::<api-key:api-secret, HTTP Basic>',
  "✅ API key and secret: Accepted: X issued the App's bearer token for them.",
  '✅ Access token and secret: Authenticated as @news_reader (id <id>).',
  '❌ Access level: `read`, below `read-write`.',
  '✅ Bearer token: Accepted (GET /2/usage/tweets).',
  '✅ Bearer matches the App: The bearer token is the one X issues for this API key.',
  "✅ Clock: Within <n> s of X's clock.",
  '::error title=Access token cannot post (read-only)::The access token has `read` access, but `permission` is `read-write`. The App may allow more now, but this token was issued before that change and keeps its old permission: regenerate it. Fix: (1) Open the X Developer Console, choose your Project and the App these keys belong to. (2) Under "User authentication settings", set App permissions to "Read and write" (or "Read and write and Direct message" when `permission` is `read-write-directmessages`) and save. (3) Open "Keys and tokens" and press Regenerate next to "Access Token and Secret" — a token keeps the permission it was issued with. (4) Store the new values in the secrets behind `access-token` and `access-secret`.',
  'Nothing was uploaded or posted: the credentials check failed.',
  '::error::X credentials action failed: Access token cannot post (read-only). See the errors above for the fix.'
]

const FAILED_SUMMARY = [
  '## X credentials: ❌ failed',
  '',
  '| Check | | Result |',
  '|---|:-:|---|',
  "| API key and secret | ✅ | Accepted: X issued the App's bearer token for them. |",
  '| Access token and secret | ✅ | Authenticated as @news_reader (id <id>). |',
  '| Access level | ❌ | `read`, below `read-write`. |',
  '| Bearer token | ✅ | Accepted (GET /2/usage/tweets). |',
  '| Bearer matches the App | ✅ | The bearer token is the one X issues for this API key. |',
  "| Clock | ✅ | Within <n> s of X's clock. |",
  '',
  '**Account:** [@news_reader](https://x.com/news_reader) (News Reader, id `<id>`) · **access level:** `read` (required: `read-write`) · **X subscription:** none',
  '',
  '**Project usage:** `░░░░░░░░░░░░░░░░░░░░` 2,007 of 2,000,000 posts this month (0.1 %) · resets on day 10 of the month',
  '',
  '**Rate-limit headroom:** /2/users/me 74/75 · /2/usage/tweets 49/50',
  '',
  '**Fingerprints** (SHA-256, to tell keys apart): `api-key` sha256:6f43fcf4 · `api-secret` sha256:108b26f7 · `access-token` sha256:52994515 · `access-secret` sha256:70bb8165 · `bearer-token` sha256:2e90ce5c',
  '',
  '### Problems and fixes',
  '',
  '❌ **Access token cannot post (read-only)** — The access token has `read` access, but `permission` is `read-write`. The App may allow more now, but this token was issued before that change and keeps its old permission: regenerate it.',
  '',
  '1. Open the X Developer Console, choose your Project and the App these keys belong to.',
  '2. Under "User authentication settings", set App permissions to "Read and write" (or "Read and write and Direct message" when `permission` is `read-write-directmessages`) and save.',
  '3. Open "Keys and tokens" and press Regenerate next to "Access Token and Secret" — a token keeps the permission it was issued with.',
  '4. Store the new values in the secrets behind `access-token` and `access-secret`.'
]
