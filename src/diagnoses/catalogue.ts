/**
 * Every way the credentials, the inputs or a post can go wrong, as data: an
 * id, what it means and the fix, step by step. The action, the job summary,
 * the README's troubleshooting table and the tests all read this one list.
 */

export type Severity = 'error' | 'warning'

export interface DiagnosisEntry {
  severity: Severity
  /** A short title, shown on the annotation and in the README. */
  title: string
  /** What went wrong and why, in one or two sentences. */
  cause: string
  /** The fix, step by step, as the user sees the developer portal. */
  fix: string[]
}

const REGENERATE_ACCESS_TOKEN = [
  'Open the X Developer Console, choose your Project and the App these keys belong to.',
  'Under "User authentication settings", set App permissions to "Read and write" and save.',
  'Open "Keys and tokens" and press Regenerate next to "Access Token and Secret" — a token keeps the permission it was issued with.',
  'Store the new values in the secrets behind `access-token` and `access-secret`.'
]

const RECOPY_CONSUMER_KEYS = [
  'Open the X Developer Console, choose your Project and App, then "Keys and tokens".',
  'Under "Consumer Keys", regenerate (or re-copy) the API Key and Secret.',
  'Store them in the secrets behind `api-key` and `api-secret`; regenerating them also invalidates the access token and bearer token of this App, so update those too.'
]

const RECOPY_ACCESS_TOKEN = [
  'Open the X Developer Console, choose the same App as the API key, then "Keys and tokens".',
  'Regenerate "Access Token and Secret" (X shows the secret only once).',
  'Store both in the secrets behind `access-token` and `access-secret`.'
]

const RECOPY_BEARER = [
  'Open the X Developer Console, choose the same App as the API key, then "Keys and tokens".',
  'Regenerate (or re-copy) the Bearer Token exactly as shown, still percent-encoded (`%2B`, `%2F`, `%3D`).',
  'Store it in the secret behind `bearer-token`.'
]

const REAUTHORISE = [
  'On a computer with a browser, run `npx x-credentials-check authorize --client-id <Client ID> --repo <owner/name> --secret-name X_REFRESH_TOKEN` (add `--client-secret` for a confidential client, `--environment` for an environment secret; see docs/oauth2.md).',
  'Open the URL it prints, sign in as the account that should post and press "Authorize app": it stores the new refresh token in the secret itself and never prints it.',
  'Give every workflow that uses the refresh token the same `concurrency:` group, so that two runs never refresh at once.'
]

const SECRETS_TOKEN = [
  'Create a token that can write Actions secrets of this repository: a fine-grained personal access token with the repository permission "Secrets: Read and write", or an app token from `actions/create-github-app-token` with `permission-secrets: write`. The workflow\'s own `GITHUB_TOKEN` can never have this permission.',
  "Store a personal access token as a repository secret (for example `X_SECRETS_TOKEN`) and pass it as `github-token: ${{ secrets.X_SECRETS_TOKEN }}`, or pass the app token step's output `token`."
]

export const DIAGNOSES = {
  'missing-credential': {
    severity: 'error',
    title: 'Credential missing',
    cause:
      'A required credential is empty: the input was not set and none of its environment variables held a value. A secret that does not exist, is misspelled, or is not passed to this workflow reads as empty.',
    fix: [
      'In the repository, open Settings → Secrets and variables → Actions and check that the secret exists with exactly the name the workflow uses.',
      'Pass it to the step, e.g. `api-key: ${{ secrets.TWITTER_API_KEY }}`.',
      'Secrets are not passed to workflows triggered by pull requests from forks: run the check on `push`, `release` or `schedule` instead.'
    ]
  },
  'whitespace-trimmed': {
    severity: 'warning',
    title: 'Whitespace around a credential',
    cause: 'The value had spaces or line breaks around it, usually from copying it into the secret with a trailing newline. The action trimmed it.',
    fix: ['Edit the secret and paste the value again without surrounding whitespace.']
  },
  'quotes-stripped': {
    severity: 'warning',
    title: 'Quotes around a credential',
    cause: 'The value was wrapped in quotes, which are not part of any X credential. The action removed them.',
    fix: ['Edit the secret and store the value without quotes.']
  },
  'bearer-prefix': {
    severity: 'warning',
    title: 'Bearer token stored with "Bearer " in front',
    cause: 'The bearer token began with the word "Bearer ", which belongs to the HTTP header, not to the token. The action removed it.',
    fix: ['Edit the secret and store only the token, as the developer portal shows it.']
  },
  'bearer-decoded': {
    severity: 'warning',
    title: 'Bearer token was percent-decoded',
    cause: 'The bearer token holds `+`, `/` or `=` where X issues `%2B`, `%2F`, `%3D`: it was decoded when copied. The action re-encoded it for this run.',
    fix: ['Edit the secret and paste the bearer token exactly as the developer portal shows it, with `%2B`, `%2F` and `%3D`.']
  },
  'consumer-pair-swapped': {
    severity: 'warning',
    title: 'API key and API secret look swapped',
    cause: 'The value in `api-key` has the length of an API secret (50 characters) and `api-secret` that of an API key (25).',
    fix: ['Swap the two secrets: the API Key goes to `api-key`, the API Key Secret to `api-secret`.']
  },
  'access-pair-swapped': {
    severity: 'warning',
    title: 'Access token and access secret look swapped',
    cause: 'Access tokens start with the numeric user id and a dash (`12345-…`); here `access-secret` has that shape and `access-token` does not.',
    fix: ['Swap the two secrets: the Access Token goes to `access-token`, the Access Token Secret to `access-secret`.']
  },
  'credential-in-wrong-slot': {
    severity: 'warning',
    title: 'A credential looks like it is in the wrong input',
    cause: 'The value has the shape of another kind of X credential (for example an access token, with its `<user id>-` prefix, in `bearer-token`).',
    fix: ['Check which secret feeds which input against the "Keys and tokens" page of your App.']
  },
  'consumer-keys-rejected': {
    severity: 'error',
    title: 'API key or API secret rejected',
    cause:
      'X refused the API key and secret on their own (POST /oauth2/token answered 403, code 99 "Unable to verify your credentials"). They are wrong, regenerated since, or from a deleted App. Every OAuth call signed with them fails too.',
    fix: RECOPY_CONSUMER_KEYS
  },
  'access-token-rejected': {
    severity: 'error',
    title: 'Access token or access secret rejected',
    cause:
      'The API key and secret are valid, but X refused the access token and secret (GET /2/users/me answered 401). They are wrong, were revoked or regenerated, or belong to another App than the API key.',
    fix: RECOPY_ACCESS_TOKEN
  },
  'oauth-rejected': {
    severity: 'error',
    title: 'OAuth 1.0a credentials rejected',
    cause:
      'X answered 401 to GET /2/users/me, and the API key and secret could not be checked on their own, so X does not say which of the four values is wrong.',
    fix: [
      'Re-copy all four values (API key and secret, access token and secret) from the same App\'s "Keys and tokens" page; regenerate the ones you are unsure of.'
    ]
  },
  'clock-skew': {
    severity: 'error',
    title: "The runner's clock is off",
    cause:
      "OAuth 1.0a signatures carry a timestamp, and X refuses requests whose time is too far from its own. The runner's clock differs from X's by more than a few minutes.",
    fix: ['On a self-hosted runner, enable time synchronisation (NTP, e.g. `timedatectl set-ntp true`) and run again.']
  },
  'access-level-too-low': {
    severity: 'error',
    title: 'Access token cannot post (read-only)',
    cause:
      'The access token was issued with less access than required. This happens when the App was switched to "Read and write" after the access token was generated: a token keeps the permission it was issued with.',
    fix: REGENERATE_ACCESS_TOKEN
  },
  'access-level-unknown': {
    severity: 'error',
    title: 'Access level could not be read',
    cause:
      'X did not say which access the token has (no `x-access-level` header, or the request was rate limited), so the required permission could not be confirmed.',
    fix: ['Run the check again later; if it keeps happening behind a gateway, make sure the gateway passes the `x-access-level` response header through.']
  },
  'username-mismatch': {
    severity: 'error',
    title: 'Access token belongs to another account',
    cause:
      'The access token authenticates a different account than `expect-username` names. Access tokens are per account: one generated on the "Keys and tokens" page belongs to the developer account that owns the App.',
    fix: [
      'Generate the access token while signed in as the account that should post (for another account, use the 3-legged OAuth flow), or correct `expect-username`.'
    ]
  },
  'bearer-rejected': {
    severity: 'error',
    title: 'Bearer token rejected',
    cause: 'X refused the bearer token (GET /2/usage/tweets answered 401): it is wrong, was invalidated, or was regenerated since it was stored.',
    fix: RECOPY_BEARER
  },
  'bearer-other-app': {
    severity: 'error',
    title: 'Bearer token belongs to another App',
    cause:
      "The bearer token is valid, but it is not the one X issues for these API keys. X keeps one bearer token per App, so it belongs to another App, or this App's bearer token was regenerated since it was stored.",
    fix: RECOPY_BEARER
  },
  'bearer-not-compared': {
    severity: 'warning',
    title: 'Bearer token not compared with the App',
    cause:
      "POST /oauth2/token did not give this App's bearer token, so the action could not confirm that the bearer token belongs to the same App as the API key.",
    fix: ['Nothing to do if the other checks pass; run again later to confirm.']
  },
  'client-not-enrolled': {
    severity: 'error',
    title: 'App not attached to a Project',
    cause:
      'X answered 403 client-forbidden ("client-not-enrolled"): v2 endpoints need an App that is attached to a Project with an API package that includes the endpoint.',
    fix: [
      'Open the X Developer Console and check that the App sits inside a Project (a standalone App cannot call v2).',
      'Make sure the Project has a package that includes this endpoint (for example Pay-per-use, Production environment).'
    ]
  },
  'credits-depleted': {
    severity: 'error',
    title: 'Pay-per-use credits depleted',
    cause: "X answered 402 credits-depleted: the Project's pay-per-use balance is used up or its spending limit is reached, so X blocks requests.",
    fix: ['Add credits or raise the spending limit in the X Developer Console (Billing), then run again.']
  },
  'usage-capped': {
    severity: 'error',
    title: 'Usage cap reached',
    cause: 'X answered usage-capped: the Project reached its post cap for the period.',
    fix: ['Wait for the cap to reset (the reset day is in the job summary when a bearer token is given), or move to a plan with a higher cap.']
  },
  'rate-limited': {
    severity: 'error',
    title: 'Rate limited by X',
    cause: 'X answered 429 Too Many Requests and the reset is further away than `rate-limit-wait-seconds`.',
    fix: ['Run again after the reset time, or raise `rate-limit-wait-seconds` to let the action wait for it.']
  },
  'unsupported-authentication': {
    severity: 'error',
    title: 'Wrong kind of credential for this endpoint',
    cause:
      'X answered 403 unsupported-authentication: the endpoint refuses this kind of authentication (an app-only bearer token cannot read the account or post).',
    fix: ['Use the four OAuth 1.0a values (API key and secret, access token and secret) for the account; the bearer token is only for app-only calls.']
  },
  'x-unavailable': {
    severity: 'error',
    title: 'X API or the network failed',
    cause: 'The request failed after every retry (network error, timeout, or X answered 5xx or an error page).',
    fix: ['Run again later; if it keeps failing, check the X API status on https://docs.x.com, and raise `timeout-seconds` if the network is slow.']
  },
  'x-error': {
    severity: 'error',
    title: 'X refused the request',
    cause: 'X answered with an error this action has no specific diagnosis for; its own title and detail are shown.',
    fix: ["Read X's title and detail in the message; the error is documented at https://docs.x.com/x-api/fundamentals/response-codes-and-errors."]
  },
  'invalid-input': {
    severity: 'error',
    title: 'Invalid input',
    cause: 'An input breaks a rule; the message names the input and the rule.',
    fix: ['Correct the input in the workflow file as the message says.']
  },
  'duplicate-content': {
    severity: 'error',
    title: 'Duplicate post refused',
    cause: 'X refuses a post whose text equals a recent post of the same account (a re-run of the same release announcement).',
    fix: ['Keep `on-duplicate: skip` (the default) to treat it as already posted, or change the text.']
  },
  'duplicate-skipped': {
    severity: 'warning',
    title: 'Duplicate post skipped',
    cause:
      'X refused the post as duplicate content: the same text was posted before, usually by an earlier run of the same workflow. `on-duplicate: skip` treats that as done.',
    fix: ['Nothing to do for a re-run. To post again, change the text; to make a duplicate fail the step, set `on-duplicate: fail`.']
  },
  'post-confirmed-by-retry': {
    severity: 'warning',
    title: 'Post confirmed by a retry',
    cause:
      "The first attempt ended without an answer (timeout, dropped connection, 5xx), and X refused the retry as duplicate content: so the first attempt was posted. X's refusal carries no id, so the post's link is unknown.",
    fix: ["Nothing to do: the post is on X once. Find its link on the account's profile."]
  },
  'reply-not-allowed': {
    severity: 'error',
    title: 'Reply not allowed',
    cause: 'Self-serve Apps may reply only where the author of the post mentioned or quoted the account ("summoned" replies).',
    fix: ['Post without `reply-to`, or quote the post with `quote` instead.']
  },
  'text-too-long': {
    severity: 'error',
    title: 'Post too long',
    cause: 'X counts length with weights: URLs 23, CJK characters and emoji 2, other characters 1; a post may weigh at most 280.',
    fix: ['Shorten the part, or split it into a thread with a line holding only `---`.']
  },
  'media-failed': {
    severity: 'error',
    title: 'Media upload or processing failed',
    cause: 'X refused the file or could not process it.',
    fix: ["Check the file plays or opens locally and is within X's limits (video 0.5–140 s, at most 1280×1024; GIF at most 1280×1080)."]
  },
  'post-failed-midway': {
    severity: 'error',
    title: 'Thread stopped midway',
    cause: 'Some parts of the thread were posted and the rest were not.',
    fix: ['Read which parts were posted in the summary; post the rest by hand as replies, or delete the posted parts and run again.']
  },
  'oauth2-write-back-unset': {
    severity: 'error',
    title: 'Nowhere to store the rotated refresh token',
    cause:
      'OAuth 2.0 refresh tokens are used once: each refresh returns a new one and consumes the old. Without `refresh-token-secret` (the name of the secret that holds it) and a `github-token` that can write it, the new one would be lost, so the action stops before it refreshes and keeps the current token valid.',
    fix: [
      'Set `refresh-token-secret` to the name of the secret that holds the refresh token, for example `X_REFRESH_TOKEN` (and `secret-environment` if it is an environment secret).',
      ...SECRETS_TOKEN
    ]
  },
  'github-token-rejected': {
    severity: 'error',
    title: 'GitHub token rejected',
    cause:
      'GitHub answered 401 Bad credentials to `github-token`: it is expired, revoked, or not a GitHub token. Nothing was sent to X, so the refresh token is still valid.',
    fix: ['Create a new token (see `github-secrets-forbidden` for which kind) and update the secret behind `github-token`.']
  },
  'github-secrets-forbidden': {
    severity: 'error',
    title: 'GitHub token cannot write the secret',
    cause:
      'GitHub refused `github-token` the Actions secrets of this repository (403, or 404 for a repository the token cannot see). Storing the rotated refresh token needs the "Secrets: Read and write" permission, which the workflow\'s `GITHUB_TOKEN` cannot have. Nothing was sent to X, so the refresh token is still valid.',
    fix: SECRETS_TOKEN
  },
  'secret-environment-not-found': {
    severity: 'error',
    title: 'Deployment environment not found',
    cause:
      'GitHub answered 404 for the environment `secret-environment` names: there is no such environment in this repository (names are exact). Nothing was sent to X.',
    fix: [
      'Open Settings → Environments of the repository and correct `secret-environment` to the exact name, or leave it empty when the refresh token is a repository secret.'
    ]
  },
  'refresh-token-secret-not-found': {
    severity: 'error',
    title: 'Refresh token secret not found',
    cause:
      'The secret `refresh-token-secret` names does not exist where the action looked (the repository, or the environment `secret-environment` names). Writing the rotated token there would create a new secret that the workflow does not read, and the next run would fail. Nothing was sent to X.',
    fix: [
      "Open Settings → Secrets and variables → Actions (or the environment's secrets) and correct `refresh-token-secret` to the exact name of the secret the workflow passes as `refresh-token`."
    ]
  },
  'github-unavailable': {
    severity: 'error',
    title: 'GitHub API failed',
    cause:
      'A request to the GitHub API failed after every retry (network error, timeout, or 5xx) while proving the secret can be written. Nothing was sent to X.',
    fix: ['Run again later; check https://www.githubstatus.com if it keeps failing.']
  },
  'oauth2-refresh-token-invalid': {
    severity: 'error',
    title: 'Refresh token already used or revoked',
    cause:
      'X refused the refresh token (400 invalid_request, "Value passed for the token was invalid."). A refresh token works once: another run may have rotated it meanwhile (the secret\'s last update time is in the message), or it was revoked, for example by regenerating the App\'s keys or the account removing the App, or it belongs to another App than `client-id`. Only a new authorisation gives a new one.',
    fix: REAUTHORISE
  },
  'oauth2-client-rejected': {
    severity: 'error',
    title: 'OAuth 2.0 client secret rejected',
    cause:
      'X answered 401 unauthorized_client "Missing valid authorization header": it treats the App as a confidential client and `client-secret` is missing or wrong (regenerated, copied with a trailing newline), or a public client (Native App) was given a secret.',
    fix: [
      'Open the X Developer Console, choose the App, then "Keys and tokens" → "OAuth 2.0 Client ID and Client Secret".',
      'For a Web App or Automated App or bot, regenerate (or re-copy) the Client Secret and store it in the secret behind `client-secret`; for a Native App, leave `client-secret` empty.'
    ]
  },
  'oauth2-client-unknown': {
    severity: 'error',
    title: 'OAuth 2.0 Client ID not recognised',
    cause:
      'X answered invalid_client: it knows no OAuth 2.0 client with this `client-id`. It is mistyped, belongs to a deleted App, or is another value (the API key is not the Client ID).',
    fix: [
      'Open the X Developer Console, choose the App, then "Keys and tokens" → "OAuth 2.0 Client ID and Client Secret", and store the Client ID in the secret behind `client-id`.'
    ]
  },
  'oauth2-token-refused': {
    severity: 'error',
    title: 'X refused the token request',
    cause:
      "X's token endpoint refused the request with an OAuth 2.0 error this action has no specific diagnosis for (for example `Missing required parameter [client_id].`, which it sends when the body lacks `client_id`; the action always sends it, so a proxy may have changed the request). X's error and description are in the message.",
    fix: ["Read X's error in the message; when the request passes through a proxy, make sure it forwards the form body unchanged."]
  },
  'oauth2-scope-missing': {
    severity: 'error',
    title: 'OAuth 2.0 scope not granted',
    cause:
      'The account did not grant a scope this run needs: `tweet.read` and `users.read` to verify, `tweet.write` to post, `media.write` to upload, `offline.access` to get the next refresh token. Scopes are fixed when the account authorises the App.',
    fix: [
      'Authorise again with the missing scope: `npx x-credentials-check authorize … --scopes "tweet.read tweet.write users.read offline.access media.write"` (see docs/oauth2.md).'
    ]
  },
  'oauth2-chain-broken': {
    severity: 'error',
    title: 'Rotated refresh token could not be stored',
    cause:
      'X issued a new refresh token and consumed the old one, but writing the new one to the secret failed after every retry. The secret still holds the consumed token, so the next run will be refused: the chain of refresh tokens is broken. The new token is never printed.',
    fix: REAUTHORISE
  },
  'deadline-exceeded': {
    severity: 'error',
    title: 'Step deadline reached',
    cause: 'The step ran out of its overall time budget and stopped.',
    fix: ['Run again; raise `timeout-seconds` or `rate-limit-wait-seconds` only if X is slow or rate limited.']
  },
  'internal-error': {
    severity: 'error',
    title: 'Unexpected error in the action',
    cause: 'The action hit an error it did not expect. No credential is shown in this message.',
    fix: ['Run again; if it persists, open an issue with the message (never paste your credentials).']
  }
} as const satisfies Record<string, DiagnosisEntry>

export type DiagnosisId = keyof typeof DIAGNOSES
