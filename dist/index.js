import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8025:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ APP_BEARER),
/* harmony export */   y: () => (/* binding */ SPEC)
/* harmony export */ });
const SPEC = { input: 'bearer-token', env: ['TWITTER_BEARER_TOKEN', 'X_BEARER_TOKEN'], label: 'bearer token' };
const APP_BEARER = { id: 'app-bearer', context: 'app', credentials: [SPEC], requests: 1 };


/***/ }),

/***/ 6345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ OAUTH1A),
/* harmony export */   n: () => (/* binding */ SPECS)
/* harmony export */ });
const SPECS = {
    apiKey: { input: 'api-key', env: ['TWITTER_API_KEY', 'X_API_KEY'], label: 'API key' },
    apiSecret: { input: 'api-secret', env: ['TWITTER_API_SECRET', 'X_API_SECRET'], label: 'API secret' },
    accessToken: { input: 'access-token', env: ['TWITTER_ACCESS_TOKEN', 'X_ACCESS_TOKEN'], label: 'access token' },
    accessSecret: { input: 'access-secret', env: ['TWITTER_ACCESS_SECRET', 'X_ACCESS_SECRET'], label: 'access secret' }
};
const OAUTH1A = {
    id: 'oauth1',
    context: 'user',
    credentials: Object.values(SPECS),
    // POST /oauth2/token and GET /2/users/me.
    requests: 2
};


/***/ }),

/***/ 5825:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ OAUTH2),
/* harmony export */   n: () => (/* binding */ SPECS)
/* harmony export */ });
const SPECS = {
    clientId: { input: 'client-id', env: ['X_CLIENT_ID', 'TWITTER_CLIENT_ID'], label: 'OAuth 2.0 Client ID', selects: 'alone' },
    clientSecret: {
        input: 'client-secret',
        env: ['X_CLIENT_SECRET', 'TWITTER_CLIENT_SECRET'],
        label: 'OAuth 2.0 Client Secret',
        selects: 'alone',
        optional: true
    },
    refreshToken: { input: 'refresh-token', env: ['X_REFRESH_TOKEN', 'TWITTER_REFRESH_TOKEN'], label: 'refresh token' },
    githubToken: { input: 'github-token', env: ['GH_TOKEN', 'GITHUB_TOKEN'], label: 'GitHub token', selects: 'never' }
};
const OAUTH2 = {
    id: 'oauth2',
    context: 'user',
    credentials: Object.values(SPECS),
    // The refresh and then users/me, one after the other on one connection to X (GitHub is asked first, on its own).
    requests: 1
};


/***/ }),

/***/ 2142:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ readCredentials),
/* harmony export */   LS: () => (/* binding */ connectionsNeeded)
/* harmony export */ });
/* unused harmony export METHOD_SHAPES */
/* harmony import */ var _app_bearer_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8025);
/* harmony import */ var _oauth1a_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6345);
/* harmony import */ var _oauth2_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5825);
/**
 * The auth methods as the entry sees them before the rest of the action loads: each folder's `spec.ts`, in the
 * order of registry.ts (a test holds the two lists together), and what can be judged from them alone: where each
 * value is read from, and how many connections the checks will use.
 */



const METHOD_SHAPES = [_oauth1a_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .OAUTH1A */ .Y, _oauth2_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .OAUTH2 */ .U, _app_bearer_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .APP_BEARER */ .m];
/** Reads each value: the input first, then each environment variable in turn. */
function readCredentials(specs, getRawInput, env) {
    const out = {};
    for (const spec of specs) {
        let value = getRawInput(spec.input);
        let source = value.trim() ? 'input' : null;
        for (const name of spec.env) {
            if (source)
                break;
            const fromEnv = env[name] ?? '';
            if (fromEnv.trim()) {
                value = fromEnv;
                source = name;
            }
        }
        out[spec.input] = { spec, value: source ? value : '', source };
    }
    return out;
}
/**
 * How many requests the checks will send at once: those of every method whose values (all but the optional ones)
 * are given. Only whether a value is there counts; the values themselves are neither kept nor used.
 */
function connectionsNeeded(getRawInput, env, methods = METHOD_SHAPES) {
    const raw = readCredentials(methods.flatMap((m) => m.credentials), getRawInput, env);
    return methods.filter((m) => m.credentials.every((spec) => spec.optional || raw[spec.input].source)).reduce((sum, m) => sum + m.requests, 0);
}


/***/ }),

/***/ 9212:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ DIAGNOSES)
/* harmony export */ });
/**
 * Every way the credentials, the inputs or a post can go wrong, as data: an
 * id, what it means and the fix, step by step. The action, the job summary,
 * the README's troubleshooting table and the tests all read this one list.
 */
const REGENERATE_ACCESS_TOKEN = [
    'Open the X Developer Console, choose your Project and the App these keys belong to.',
    'Under "User authentication settings", set App permissions to "Read and write" (or "Read and write and Direct message" when `permission` is `read-write-directmessages`) and save.',
    'Open "Keys and tokens" and press Regenerate next to "Access Token and Secret" — a token keeps the permission it was issued with.',
    'Store the new values in the secrets behind `access-token` and `access-secret`.'
];
/** X answers a suspended App as it answers wrong keys: only the Developer Console tells them apart. */
const SUSPENDED_APP = 'If the Developer Console shows a banner saying the App is suspended, X refuses its keys and tokens until the suspension is lifted: follow the banner to resolve it, as new keys from a suspended App are refused too.';
const RECOPY_CONSUMER_KEYS = [
    'Open the X Developer Console, choose your Project and App, then "Keys and tokens".',
    SUSPENDED_APP,
    'Under "Consumer Keys", regenerate (or re-copy) the API Key and Secret.',
    'Store them in the secrets behind `api-key` and `api-secret`; regenerating them also invalidates the access token and bearer token of this App, so update those too.'
];
const RECOPY_ACCESS_TOKEN = [
    'Open the X Developer Console, choose the same App as the API key, then "Keys and tokens".',
    'Regenerate "Access Token and Secret" (X shows the secret only once).',
    'Store both in the secrets behind `access-token` and `access-secret`.'
];
const RECOPY_BEARER = [
    'Open the X Developer Console, choose the same App as the API key, then "Keys and tokens".',
    'Regenerate (or re-copy) the Bearer Token exactly as shown, still percent-encoded (`%2B`, `%2F`, `%3D`).',
    'Store it in the secret behind `bearer-token`.'
];
const REAUTHORISE = [
    'On a computer with a browser, run `npx x-credentials-check authorize --client-id <Client ID> --repo <owner/name> --secret-name X_REFRESH_TOKEN` (add `--client-secret` for a confidential client, `--environment` for an environment secret; see docs/oauth2.md).',
    'Open the URL it prints, sign in as the account that should post and press "Authorize app": it stores the new refresh token in the secret itself and never prints it.',
    'Give every workflow that uses the refresh token the same `concurrency:` group, so that two runs never refresh at once.'
];
const SECRETS_TOKEN = [
    'Create a token that can write Actions secrets of this repository: a fine-grained personal access token with the repository permission "Secrets: Read and write", or an app token from `actions/create-github-app-token` with `permission-secrets: write`. The workflow\'s own `GITHUB_TOKEN` can never have this permission.',
    "Store a personal access token as a repository secret (for example `X_SECRETS_TOKEN`) and pass it as `github-token: ${{ secrets.X_SECRETS_TOKEN }}`, or pass the app token step's output `token`."
];
const DIAGNOSES = {
    'missing-credential': {
        severity: 'error',
        title: 'Credential missing',
        cause: 'A required credential is empty: the input was not set and none of its environment variables held a value. A secret that does not exist, is misspelled, or is not passed to this workflow reads as empty.',
        fix: [
            'In the repository, open Settings → Secrets and variables → Actions and check that the secret exists with exactly the name the workflow uses.',
            'Pass it to the step under the input the message names, e.g. `api-key: ${{ secrets.TWITTER_API_KEY }}`, or `refresh-token: ${{ secrets.X_REFRESH_TOKEN }}` with OAuth 2.0.',
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
    'oauth2-credential-in-oauth1-input': {
        severity: 'warning',
        title: 'OAuth 2.0 value in an OAuth 1.0a input',
        cause: 'The value has the form of an OAuth 2.0 credential: an OAuth 2.0 Client ID decodes to `…:1:ci`, an OAuth 2.0 user access token to `…:1:0:at:1` (a refresh token to `…:1:0:rt:1`). The four OAuth 1.0a inputs take other values from the same page.',
        fix: [
            'On the App\'s "Keys and tokens" page, copy the API Key and Secret under "Consumer Keys" into `api-key` and `api-secret`, and the Access Token and Secret under "Authentication Tokens" into `access-token` and `access-secret`.',
            'The "OAuth 2.0 Client ID and Client Secret" are not OAuth 1.0a values.'
        ]
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
        cause: 'X refused the API key and secret on their own (POST /oauth2/token answered 403, code 99 "Unable to verify your credentials"), and no other answer proved them. They are wrong, regenerated since, from a deleted App, or the App is suspended (X answers a suspended App like wrong keys). Every OAuth call signed with them fails too. X sends the same code when /oauth2/token is called too often; when another answer proves the keys, the action says so instead.',
        fix: RECOPY_CONSUMER_KEYS
    },
    'access-token-rejected': {
        severity: 'error',
        title: 'Access token or access secret rejected',
        cause: 'The API key and secret are valid, but X refused the access token and secret (GET /2/users/me answered 401). They are wrong, were revoked or regenerated, or belong to another App than the API key.',
        fix: RECOPY_ACCESS_TOKEN
    },
    'oauth-rejected': {
        severity: 'error',
        title: 'OAuth 1.0a credentials rejected',
        cause: 'X answered 401 Unauthorized to a request signed with the four OAuth 1.0a values (GET /2/users/me, or a post after the check), and the API key and secret could not be judged on their own, so X does not say which of the four values is wrong. A 401 is never a rate limit: X sends no rate-limit headers with it.',
        fix: [
            'Re-copy all four values (API key and secret, access token and secret) from the same App\'s "Keys and tokens" page; regenerate the ones you are unsure of.',
            SUSPENDED_APP
        ]
    },
    'clock-skew': {
        severity: 'error',
        title: "The runner's clock is off",
        cause: "OAuth 1.0a signatures carry a timestamp, and X refuses requests whose time is too far from its own; its window is undocumented (older reports say 5 minutes). The runner's clock differs from X's by more than the 2 minutes this action allows for, so the clock may be why X refused the signature, or a wrong credential is: X's 401 does not say which, and the message names both.",
        fix: [
            'On a self-hosted runner, enable time synchronisation (NTP, e.g. `timedatectl set-ntp true`) and run again.',
            'If X still refuses once the clock is right, fix the credential the other error names.'
        ]
    },
    'access-level-too-low': {
        severity: 'error',
        title: 'Access token cannot post (read-only)',
        cause: 'The access token was issued with less access than required. This happens when the App was switched to "Read and write" after the access token was generated: a token keeps the permission it was issued with.',
        fix: REGENERATE_ACCESS_TOKEN
    },
    'access-level-no-direct-messages': {
        severity: 'error',
        title: 'Access token cannot use direct messages',
        cause: '`permission` is `read-write-directmessages`, but the access token was issued with `read-write`: it can post, but not read or send direct messages. A token keeps the permission it was issued with.',
        fix: [
            'Open the X Developer Console, choose your Project and the App these keys belong to.',
            'Under "User authentication settings", set App permissions to "Read and write and Direct message" and save.',
            'Open "Keys and tokens" and press Regenerate next to "Access Token and Secret", then store both in the secrets behind `access-token` and `access-secret`.',
            'If the workflow only posts, set `permission: read-write` instead: the token already allows that.'
        ]
    },
    'access-level-unknown': {
        severity: 'error',
        title: 'Access level could not be read',
        cause: 'X did not say which access the token has (no `x-access-level` header, or the request was rate limited), so the required permission could not be confirmed.',
        fix: ['Run the check again later; if it keeps happening behind a gateway, make sure the gateway passes the `x-access-level` response header through.']
    },
    'username-mismatch': {
        severity: 'error',
        title: 'Access token belongs to another account',
        cause: 'The access token authenticates a different account than `expect-username` names. Access tokens are per account: one generated on the "Keys and tokens" page belongs to the developer account that owns the App.',
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
    'bearer-is-user-token': {
        severity: 'error',
        title: "Bearer token is a user token, not the App's",
        cause: "X refused `bearer-token` on GET /2/usage/tweets as the wrong kind of authentication (403 unsupported-authentication): that endpoint takes only the App's bearer token (OAuth 2.0 app-only), and this value is a user access token (OAuth 2.0 user context), valid or not.",
        fix: [
            'Open the X Developer Console, choose the same App as the API key, then "Keys and tokens".',
            'Copy the Bearer Token under "Authentication Tokens" (regenerate it if you no longer have it), exactly as shown, still percent-encoded.',
            'Store it in the secret behind `bearer-token`; an access token from the OAuth 2.0 user flow does not go there.'
        ]
    },
    'bearer-other-app': {
        severity: 'error',
        title: 'Bearer token belongs to another App',
        cause: "The bearer token is valid, but it is not the one X issues for these API keys. X keeps one bearer token per App, so it belongs to another App, or this App's bearer token was regenerated since it was stored.",
        fix: RECOPY_BEARER
    },
    'bearer-not-compared': {
        severity: 'warning',
        title: 'Bearer token not compared with the App',
        cause: "POST /oauth2/token did not give this App's bearer token, so the action could not confirm that the bearer token belongs to the same App as the API key.",
        fix: ['Nothing to do if the other checks pass; run again later to confirm.']
    },
    'client-not-enrolled': {
        severity: 'error',
        title: "App's access does not include this endpoint",
        cause: 'X answered 403 client-forbidden ("client-not-enrolled"). Its text speaks of attaching the App to a Project, but X sends the same answer when the App is attached and sits in a package or environment whose access does not include the endpoint. The keys authenticated: they are not the problem.',
        fix: [
            'Open the X Developer Console and move the App to the Pay-per-use package and the Production environment.',
            'If the App is not inside a Project (a standalone App cannot call v2), attach it to one.',
            'Run again; the keys and tokens stay as they are.'
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
        cause: 'X answered 429 usage-capped: the account or product reached its usage cap for the period (monthly or daily). It is not a rate limit: no 15-minute window is used up, and waiting for `x-rate-limit-reset` does not help. The cap blocks reads as well as posts, so the action stops at once instead of waiting.',
        fix: [
            'Wait for the cap to reset with its period (the message names it; the reset day is in the job summary when a bearer token is given).',
            'Or lift it now: add credits or raise the cap, or move to a plan with a higher cap, in the X Developer Console.'
        ]
    },
    'rate-limited': {
        severity: 'error',
        title: 'Rate limited by X',
        cause: 'X answered 429 Too Many Requests, and either the reset is further away than `rate-limit-wait-seconds`, or X did not say when: a 429 whose headers show no window used up is a limit X does not report in headers, such as the 24-hour post cap, which pay-per-use answers without its 24-hour headers.',
        fix: [
            'Run again after the reset time the message names; without one, after up to 24 hours (the daily cap counts the last 24 hours).',
            'Raise `rate-limit-wait-seconds` to let the action wait for a reset X names.'
        ]
    },
    'usage-unreadable': {
        severity: 'warning',
        title: 'Project usage not read',
        cause: 'GET /2/usage/tweets, which the action sends to prove the bearer token and to show the usage, was rate limited (50 requests per 15 minutes per App; 1 on the legacy Free plan). X rate-limits only requests that authenticated, so the bearer token is valid; only the usage line is missing.',
        fix: ['Nothing to do. Parallel jobs of one App share the window; the usage shows again once it resets.']
    },
    'user-suspended': {
        severity: 'error',
        title: 'Account suspended',
        cause: 'X answered 403 user-suspended ("The user used for authentication is suspended"): the credentials authenticated, but the X account they act as is suspended. No key or token will fix it.',
        fix: [
            'Sign in to x.com as that account and follow the suspension notice to resolve it (or appeal); the action works again once X lifts the suspension.',
            'Do not regenerate the keys or tokens: they are not the problem.'
        ]
    },
    'unsupported-authentication': {
        severity: 'error',
        title: 'Wrong kind of credential for this endpoint',
        cause: 'X answered 403 unsupported-authentication: the endpoint refuses this kind of authentication (an app-only bearer token cannot read the account or post).',
        fix: ['Use the four OAuth 1.0a values (API key and secret, access token and secret) for the account; the bearer token is only for app-only calls.']
    },
    'x-unavailable': {
        severity: 'error',
        title: 'X API or the network failed',
        cause: 'The request failed after every retry (network error, timeout, or X answered 5xx or an error page).',
        fix: ['Run again later; if it keeps failing, check the X API status on https://docs.x.com, and raise `timeout-seconds` if the network is slow.']
    },
    'tls-certificate': {
        severity: 'error',
        title: "The server's certificate was refused",
        cause: 'The TLS certificate of the server was not trusted (a TLS-inspecting proxy with its own certificate authority, a wrong host, an expired certificate). Nothing was sent, and another attempt would be refused the same way, so none was made.',
        fix: [
            "Behind a TLS-inspecting proxy, give Node the proxy's certificate authority: set `NODE_EXTRA_CA_CERTS` to its PEM file in the job's `env:` (verification stays on).",
            "Check that `api-base-url` names X (`https://api.x.com`, the default) and that the runner's clock is right."
        ]
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
        cause: 'X refuses a post whose text equals a recent post of the same account: a re-run of the same release announcement, or a thread that repeats one of its parts.',
        fix: [
            'For a re-run, keep `on-duplicate: skip` (the default): it treats the post as already posted and finishes a thread that stopped midway.',
            'Otherwise change the text, so that it differs from the account’s earlier posts and every part of a thread differs from the others.'
        ]
    },
    'duplicate-skipped': {
        severity: 'warning',
        title: 'Duplicate post skipped',
        cause: 'X refused the post as duplicate content: the same text was posted before, usually by an earlier run of the same workflow, and every part of it is already on X. `on-duplicate: skip` treats that as done.',
        fix: [
            'Nothing to do for a re-run: the post is on X once (its link is in the outputs when the action found it). To post again, change the text; to make a duplicate fail the step, set `on-duplicate: fail`.'
        ]
    },
    'thread-resumed': {
        severity: 'warning',
        title: 'Thread resumed',
        cause: "X refused a part of the thread as duplicate content: an earlier run had posted it. The action found the parts already posted among the account's latest posts (same text, same reply chain) and posted only the rest, each replying to the part before.",
        fix: ['Nothing to do: every part of the thread is on X once, in order. `tweet-ids` lists them all.']
    },
    'thread-not-resumable': {
        severity: 'error',
        title: 'Thread cannot be resumed',
        cause: "X refused a part of the thread as duplicate content, so it is on X already, but the action could not find where: reading the account's latest posts failed or was refused, or the part was not among them, or the same text was posted elsewhere (not as this thread's next part). Posting the rest could break the chain or post twice, so nothing more was sent.",
        fix: [
            "Open the account's profile on x.com and find the parts of the thread that are already posted.",
            'Post the missing parts by hand, each as a reply to the part before; or delete the posted parts and run the workflow again.',
            'If X refused a part because the same text was posted earlier in another thread, change that part’s text and run again.'
        ]
    },
    'post-confirmed-by-retry': {
        severity: 'warning',
        title: 'Post confirmed by a retry',
        cause: "The first attempt ended without an answer (timeout, dropped connection, 5xx), and X refused the retry as duplicate content: so the first attempt was posted. X's refusal carries no id, so the post's link is unknown.",
        fix: ["Nothing to do: the post is on X once. Find its link on the account's profile."]
    },
    'reply-not-allowed': {
        severity: 'error',
        title: 'Reply not allowed',
        cause: 'Since February 2026, Apps on self-serve plans may reply only where the author of the post mentioned or otherwise engaged the account ("summoned" replies); replies to the account\'s own posts still work.',
        fix: ["Post without `reply-to`, and put the post's link (https://x.com/<user>/status/<id>) in the text if it should point there."]
    },
    'quote-not-allowed': {
        severity: 'error',
        title: 'Quote posts need an Enterprise plan',
        cause: 'Since 2026-04-16, X allows quote posts (`quote`, sent as `quote_tweet_id`) only on Enterprise plans; on self-serve plans (pay-per-use, Basic, Pro) X refuses them with "Quoting this post is not allowed because you have not been mentioned or are not part of the conversation thread of the post you are quoting."',
        fix: [
            "Remove `quote` and put the post's link (https://x.com/<user>/status/<id>) in the text instead. On pay-per-use a post with a URL costs more (see the cost in the job summary)."
        ]
    },
    'too-many-cashtags': {
        severity: 'error',
        title: 'More than one cashtag in a post',
        cause: 'Since February 2026, X refuses a post from a self-serve App that holds more than one cashtag ("Posts are limited to a maximum of one cashtag"). X reads `$` followed by 1 to 6 letters as a cashtag, so shell variables in release notes (`$HOME`, `$PATH`, `$GITHUB_TOKEN`) count too.',
        fix: [
            'Keep at most one cashtag per post: drop the `$` of the others, or wrap them in backquotes (`` `$HOME` ``), which X does not read as cashtags; or move them to separate parts of the thread.'
        ]
    },
    'mentions-in-post': {
        severity: 'warning',
        title: 'Post mentions other accounts',
        cause: 'The text mentions @handles. On X a mention notifies whoever owns that handle on X, who may not be the person meant (GitHub release notes say "by @alice" for a GitHub user), and X restricts posts from Apps that mention accounts not involved in the conversation: such a post may be refused or shown to fewer people.',
        fix: ['If the handles are GitHub users, drop the `@` (write "alice" or "alice on GitHub"); keep a mention only for an X account that expects it.']
    },
    'action-not-permitted': {
        severity: 'error',
        title: 'X refused the post: not permitted',
        cause: 'X answered 403 "You are not permitted to perform this action.", its generic refusal on self-serve plans: the post breaks one of X\'s rules for posts from Apps (for example a mention of, or a reply to, an account that did not engage with this one), or the account is restricted.',
        fix: [
            'Sign in to the account on x.com and clear any notice (locked, limited, verification needed).',
            'Remove mentions of accounts that did not engage with this account, and any `reply-to` or `quote`, then run again.',
            "If it persists, post the same text by hand on x.com: if that works, the rule applies to Apps only; check the App's plan in the X Developer Console."
        ]
    },
    'blank-post': {
        severity: 'error',
        title: 'Nothing to post: the text is blank',
        cause: 'The text to post holds only spaces or blank lines (`tweet`), or the file is empty (`tweet-file`). This usually means an expression such as `${{ github.event.release.body }}` evaluated to nothing, or the step that writes the file did not write it. An empty `tweet` means "check only"; a blank one is a mistake, so nothing was sent.',
        fix: [
            'Build the text from values that are never empty, such as `${{ github.event.release.name || github.event.release.tag_name }}` and `${{ github.event.release.html_url }}`.',
            'For `tweet-file`, check that the step that writes the file ran and wrote text to it.'
        ]
    },
    'text-too-long': {
        severity: 'error',
        title: 'Post too long',
        cause: 'X counts length with weights: URLs 23, CJK characters and emoji 2, other characters 1; a post may weigh at most 280, or 25,000 when the account has an X subscription (Basic, Premium or Premium+). The message names the limit of this account.',
        fix: ['Shorten the part, or split it into a thread with a line holding only `---`.']
    },
    'post-over-account-limit': {
        severity: 'error',
        title: 'Post too long for this account',
        cause: "A part weighs more than this account may post: 280 weighted characters, or 25,000 when the account has an X subscription (Basic, Premium or Premium+), as X's `GET /2/users/me` says in `subscription_type`. It was checked after the credentials and before anything was uploaded or posted, so nothing went out.",
        fix: [
            'Shorten the part, or split it into a thread with a line holding only `---`.',
            'Or post from an account with an X subscription, whose posts may have up to 25,000 characters: the summary\'s "Length limit" line says what X reported for this one.'
        ]
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
        fix: [
            'Read which parts were posted in the summary, fix the cause shown above, and re-run the workflow: with `on-duplicate: skip` (the default) the re-run finds the parts already posted and posts only the rest, each replying to the part before.',
            'Or post the rest by hand as replies, or delete the posted parts and run again.'
        ]
    },
    'delete-not-own-post': {
        severity: 'error',
        title: 'Post of another account: not deleted',
        cause: 'X refused to delete the post (403): an account can delete only its own posts, and this one was written by another account, or the credentials act as another account than the one that posted it.',
        fix: [
            'Check that `delete` holds ids of posts this account wrote, for example `needs.announce.outputs.tweet-ids` of a job that used the same credentials.',
            "Compare the account in the job summary with the post's author on x.com: use the credentials of the account that posted it, or delete it by hand there."
        ]
    },
    'already-deleted': {
        severity: 'notice',
        title: 'Post already deleted',
        cause: 'X answered 404 for the post: it does not exist (any more). A rollback that runs twice, or a post deleted by hand, ends here; nothing is left to do.',
        fix: ['Nothing to do. If the id is not one this account posted, check where `delete` gets its ids.']
    },
    'delete-stopped': {
        severity: 'error',
        title: 'Deleting stopped midway',
        cause: 'A delete failed, so the action stopped before the posts that come before it in the thread: deleting from the last part backwards never leaves a part without the one it replies to.',
        fix: [
            'Fix the cause shown with it, then run the job again with the same `delete`: posts already deleted are reported as such, the rest are deleted.',
            'Or delete the posts that are left by hand on x.com, last part first.'
        ]
    },
    'pr-comment-fork': {
        severity: 'notice',
        title: "No comment on a fork's pull request",
        cause: "GitHub runs workflows for pull requests from forks with no secrets and a read-only token: the preview was built from the inputs alone, without checking the credentials, and it is in the job summary, but the action cannot write the pull request's comment.",
        fix: [
            "To get the comment on forks' pull requests too, add the `workflow_run` workflow of the README's preview recipe: it runs in the base repository with its token and secrets and never checks out the fork's code.",
            "Never trigger the preview with `pull_request_target` and a checkout of the pull request's head: that runs the fork's code with your secrets."
        ]
    },
    'pr-comment-not-a-pull-request': {
        severity: 'warning',
        title: '`pr-comment` outside a pull request',
        cause: "`pr-comment` is `true` but the run is not for a pull request (the event is not `pull_request`, `pull_request_target`, nor a `workflow_run` of a pull request's workflow), so there is no comment to write. The run is a preview all the same: nothing was posted or deleted.",
        fix: [
            "Run the preview in a workflow triggered by `pull_request` (see the README's preview recipe).",
            "In a workflow that should post, leave `pr-comment` unset, or set it from the event: `pr-comment: ${{ github.event_name == 'pull_request' }}`."
        ]
    },
    'pr-comment-forbidden': {
        severity: 'error',
        title: 'GitHub refused the pull-request comment',
        cause: "GitHub refused `github-token` the pull request's comments (401, 403, or 404 for a repository or pull request the token cannot see): writing a comment needs the `pull-requests: write` permission, which a job's token has only when the workflow grants it.",
        fix: [
            'Give the job the permission: `permissions: { contents: read, pull-requests: write }`.',
            'With a token of your own in `github-token`, give it "Pull requests: Read and write" on this repository; a token that is expired or revoked must be replaced.'
        ]
    },
    'pr-comment-failed': {
        severity: 'error',
        title: 'Pull-request comment not written',
        cause: "A request to GitHub's API for the pull request's comments failed after every retry (network error, timeout, or 5xx); the preview is in the job summary.",
        fix: ['Run the job again; check https://www.githubstatus.com if it keeps failing.']
    },
    'oauth2-write-back-unset': {
        severity: 'error',
        title: 'Nowhere to store the rotated refresh token',
        cause: 'OAuth 2.0 refresh tokens are used once: each refresh returns a new one and consumes the old. Without `refresh-token-secret` (the name of the secret that holds it) and a `github-token` that can write it, the new one would be lost, so the action stops before it refreshes and keeps the current token valid.',
        fix: [
            'Set `refresh-token-secret` to the name of the secret that holds the refresh token, for example `X_REFRESH_TOKEN` (and `secret-environment` if it is an environment secret).',
            ...SECRETS_TOKEN
        ]
    },
    'github-token-rejected': {
        severity: 'error',
        title: 'GitHub token rejected',
        cause: 'GitHub answered 401 Bad credentials to `github-token`: it is expired, revoked, or not a GitHub token. Nothing was sent to X, so the refresh token is still valid.',
        fix: ['Create a new token (see `github-secrets-forbidden` for which kind) and update the secret behind `github-token`.']
    },
    'github-secrets-forbidden': {
        severity: 'error',
        title: 'GitHub token cannot write the secret',
        cause: 'GitHub refused `github-token` the Actions secrets of this repository (403, or 404 for a repository the token cannot see). Storing the rotated refresh token needs the "Secrets: Read and write" permission, which the workflow\'s `GITHUB_TOKEN` cannot have. Nothing was sent to X, so the refresh token is still valid.',
        fix: SECRETS_TOKEN
    },
    'secret-environment-not-found': {
        severity: 'error',
        title: 'Deployment environment not found',
        cause: 'GitHub answered 404 for the environment `secret-environment` names: there is no such environment in this repository (names are exact). Nothing was sent to X.',
        fix: [
            'Open Settings → Environments of the repository and correct `secret-environment` to the exact name, or leave it empty when the refresh token is a repository secret.'
        ]
    },
    'refresh-token-secret-not-found': {
        severity: 'error',
        title: 'Refresh token secret not found',
        cause: 'The secret `refresh-token-secret` names does not exist where the action looked (the repository, or the environment `secret-environment` names). Writing the rotated token there would create a new secret that the workflow does not read, and the next run would fail. Nothing was sent to X.',
        fix: [
            "Open Settings → Secrets and variables → Actions (or the environment's secrets) and correct `refresh-token-secret` to the exact name of the secret the workflow passes as `refresh-token`."
        ]
    },
    'github-unavailable': {
        severity: 'error',
        title: 'GitHub API failed',
        cause: 'A request to the GitHub API failed after every retry (network error, timeout, or 5xx) while proving the secret can be written. Nothing was sent to X.',
        fix: ['Run again later; check https://www.githubstatus.com if it keeps failing.']
    },
    'oauth2-refresh-token-invalid': {
        severity: 'error',
        title: 'Refresh token already used or revoked',
        cause: 'X refused the refresh token (400 invalid_request, "Value passed for the token was invalid."). A refresh token works once: another run may have rotated it meanwhile (the secret\'s last update time is in the message), or it was revoked, for example by regenerating the App\'s keys or the account removing the App, or it belongs to another App than `client-id`. Only a new authorisation gives a new one.',
        fix: REAUTHORISE
    },
    'oauth2-client-rejected': {
        severity: 'error',
        title: 'OAuth 2.0 client secret rejected',
        cause: 'X answered 401 unauthorized_client "Missing valid authorization header": it treats the App as a confidential client and `client-secret` is missing or wrong (regenerated, copied with a trailing newline), or a public client (Native App) was given a secret.',
        fix: [
            'Open the X Developer Console, choose the App, then "Keys and tokens" → "OAuth 2.0 Client ID and Client Secret".',
            'For a Web App or Automated App or bot, regenerate (or re-copy) the Client Secret and store it in the secret behind `client-secret`; for a Native App, leave `client-secret` empty.'
        ]
    },
    'oauth2-client-unknown': {
        severity: 'error',
        title: 'OAuth 2.0 Client ID not recognised',
        cause: 'X answered invalid_client: it knows no OAuth 2.0 client with this `client-id`. It is mistyped, belongs to a deleted App, or is another value (the API key is not the Client ID).',
        fix: [
            'Open the X Developer Console, choose the App, then "Keys and tokens" → "OAuth 2.0 Client ID and Client Secret", and store the Client ID in the secret behind `client-id`.'
        ]
    },
    'oauth2-token-refused': {
        severity: 'error',
        title: 'X refused the token request',
        cause: "X's token endpoint refused the request with an OAuth 2.0 error this action has no specific diagnosis for (for example `Missing required parameter [client_id].`, which it sends when the body lacks `client_id`; the action always sends it, so a proxy may have changed the request). X's error and description are in the message.",
        fix: ["Read X's error in the message; when the request passes through a proxy, make sure it forwards the form body unchanged."]
    },
    'oauth2-scope-missing': {
        severity: 'error',
        title: 'OAuth 2.0 scope not granted',
        cause: 'The account did not grant a scope this run needs: `tweet.read` and `users.read` to verify, `tweet.write` to post, `media.write` to upload, `offline.access` to get the next refresh token. Scopes are fixed when the account authorises the App.',
        fix: [
            'Authorise again with the missing scope: `npx x-credentials-check authorize … --scopes "tweet.read tweet.write users.read offline.access media.write"` (see docs/oauth2.md).'
        ]
    },
    'oauth2-chain-broken': {
        severity: 'error',
        title: 'Rotated refresh token could not be stored',
        cause: 'X issued a new refresh token and consumed the old one, but writing the new one to the secret failed after every retry. The secret still holds the consumed token, so the next run will be refused: the chain of refresh tokens is broken. The new token is never printed.',
        fix: REAUTHORISE
    },
    'deadline-exceeded': {
        severity: 'error',
        title: 'Step deadline reached',
        cause: 'The step ran out of its overall time budget and stopped.',
        fix: ['Run again; raise `timeout-seconds` or `rate-limit-wait-seconds` only if X is slow or rate limited.']
    },
    'secret-in-post': {
        severity: 'error',
        title: 'A credential would be posted',
        cause: 'A text the action would send to X (a post, a part of a thread, an alt text) holds a credential given to this run, or a piece of one. Posts are public and the log would hide it, so nothing was sent.',
        fix: [
            'Remove the credential from the text: look for a value copied from the App\'s "Keys and tokens" page, a `.env` file or a configuration file.',
            'If the text comes from a file of the repository, the credential is in the repository too: regenerate it in the developer portal and store the new one as a secret.'
        ]
    },
    'internal-error': {
        severity: 'error',
        title: 'Unexpected error in the action',
        cause: 'The action hit an error it did not expect. No credential is shown in this message.',
        fix: ['Run again; if it persists, open an issue with the message (never paste your credentials).']
    }
};


/***/ }),

/***/ 8496:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ errorsOf),
/* harmony export */   Gg: () => (/* binding */ titleOf),
/* harmony export */   WE: () => (/* binding */ explain),
/* harmony export */   gk: () => (/* binding */ finding)
/* harmony export */ });
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9212);

function finding(id, message, subject, severity) {
    return { id, severity: severity ?? _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .DIAGNOSES */ .U[id].severity, message, subject };
}
/** The findings that fail the step. */
function errorsOf(findings) {
    return findings.filter((f) => f.severity === 'error');
}
function titleOf(f) {
    return _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .DIAGNOSES */ .U[f.id].title;
}
/** The full text for a log line or annotation: the message, then the fix. */
function explain(f) {
    const entry = _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .DIAGNOSES */ .U[f.id];
    const steps = entry.fix.length === 1 ? `Fix: ${entry.fix[0]}` : `Fix: ${entry.fix.map((s, i) => `(${i + 1}) ${s}`).join(' ')}`;
    return `${f.message} ${steps}`;
}


/***/ }),

/***/ 9710:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8496);

/**
 * An input the user gave (or left empty) breaks a rule. The message names the
 * input in backticks, then the rule, never the value: values may be secrets.
 * It carries its diagnosis, so nothing downstream reads the message to tell
 * one kind of refusal from another.
 */
class InputError extends Error {
    input;
    diagnosis;
    constructor(input, message, diagnosis = 'invalid-input') {
        super(message);
        this.input = input;
        this.diagnosis = diagnosis;
        this.name = 'InputError';
    }
    toFinding() {
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)(this.diagnosis, this.message, this.input);
    }
}


/***/ }),

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ MAX_LINE),
/* harmony export */   S2: () => (/* binding */ multiLine),
/* harmony export */   Xh: () => (/* binding */ username),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   pF: () => (/* binding */ singleLine),
/* harmony export */   pc: () => (/* binding */ baseUrl),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9710);
/**
 * The rules of one input: each takes the input's name and raw value and
 * returns the value as the run uses it, or throws an InputError that names
 * the input in backticks, then the rule. The value is never echoed.
 */

const MAX_LINE = 2048;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** A one-line input: trimmed; never quoted, multi-line, control characters or absurdly long. */
function singleLine(name, raw, fallback = '', max = MAX_LINE) {
    const value = raw.trim();
    if (!value)
        return fallback;
    if (/[\r\n]/.test(value))
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `\`${name}\` must be a single line; it has ${value.split(/\r\n|\r|\n/).length} lines.`);
    if (CONTROL.test(value) || value.includes('\t'))
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `\`${name}\` contains control characters.`);
    if (value.length > max)
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `\`${name}\` is ${value.length} characters long; at most ${max} are accepted.`);
    if (/^(["']).*\1$/s.test(value) && value.length >= 2)
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `\`${name}\` is wrapped in quotes; remove them (YAML needs no quotes around this value).`);
    return value;
}
/** A multi-line input, as given: no control characters, bounded length. */
function multiLine(name, raw, max) {
    if (CONTROL.test(raw))
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `\`${name}\` contains control characters.`);
    if (raw.length > max)
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `\`${name}\` is ${raw.length} characters long; at most ${max} are accepted.`);
    return raw;
}
function oneOf(name, value, allowed) {
    const match = allowed.find((a) => a === value.toLowerCase());
    if (!match)
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `\`${name}\` must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`);
    return match;
}
/** The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput reads them. */
function bool(name, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `\`${name}\` must be \`true\` or \`false\`.`);
}
function seconds(name, value, range) {
    if (!/^\d+(\.\d+)?$/.test(value))
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `\`${name}\` must be a number of seconds, like \`30\`.`);
    const n = Number(value);
    if (n < range.min || n > range.max)
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `\`${name}\` must be between ${range.min} and ${range.max} seconds.`);
    return n;
}
/** X's username rule: 1 to 15 letters, digits or underscores; a leading `@` is dropped. */
function username(name, value) {
    if (!value)
        return undefined;
    const bare = value.replace(/^@/, '');
    if (!/^[A-Za-z0-9_]{1,15}$/.test(bare))
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `\`${name}\` must be an X username: 1 to 15 letters, digits or underscores, with or without a leading \`@\`.`);
    return bare;
}
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
/** `https://` anywhere; `http://` only to this machine, so credentials never travel in clear text. */
function baseUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('api-base-url', '`api-base-url` is not a URL; use the form `https://api.x.com`.');
    }
    if (url.username || url.password)
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('api-base-url', '`api-base-url` must not contain a user name or password.');
    // A bare `?` or `#` leaves url.search and url.hash empty, yet every request path would follow it and be lost.
    if (url.search || url.hash || /[?#]/.test(value))
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('api-base-url', '`api-base-url` must not have a query or fragment.');
    const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
    if (url.protocol === 'https:')
        return base;
    if (url.protocol === 'http:') {
        if (LOOPBACK.test(url.hostname))
            return base;
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('api-base-url', '`api-base-url` uses http:// to a host that is not this machine; credentials would travel in clear text. Use https://, or http:// only with localhost, 127.0.0.0/8 or [::1].');
    }
    throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('api-base-url', `\`api-base-url\` must start with https:// (it uses ${url.protocol.replace(':', '')}).`);
}


/***/ }),

/***/ 5695:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ DEFAULT_BASE_URL)
/* harmony export */ });
/** Where X is unless `api-base-url` says otherwise. */
const DEFAULT_BASE_URL = 'https://api.x.com';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 4876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ cli)
});

// EXTERNAL MODULE: ./src/auth/specs.ts
var specs = __nccwpck_require__(2142);
// EXTERNAL MODULE: ./src/settings/rules.ts
var rules = __nccwpck_require__(310);
// EXTERNAL MODULE: ./src/x/endpoint.ts
var endpoint = __nccwpck_require__(5695);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/x/preconnect.ts
/**
 * Connections to X opened at the very start of a run, so that resolving
 * X's host and the TCP and TLS handshakes overlap the time the rest of the
 * program takes to load and read its inputs, instead of being paid after it.
 * The HTTP agent of XApi (api.ts) takes them before opening any of its own.
 * The entry imports this module first: it loads nothing but net and tls.
 *
 * No credential is involved: a connection carries nothing of the run's until
 * a request is sent on it. If no request comes (an input error ends the run
 * offline), they are closed without anything having been sent on them.
 */


/** http.Agent's default delay for TCP keep-alive probes, which its own sockets get too. */
const KEEP_ALIVE_DELAY_MS = 1000;
class Preconnected {
    host;
    port;
    secure;
    /** Each waiting connection, with the listener that drops it should it fail or close first. */
    #idle = new Map();
    constructor(
    /** As URL.hostname has it (IPv6 in brackets), which is what requests name. */
    host, port, secure) {
        this.host = host;
        this.port = port;
        this.secure = secure;
    }
    /**
     * Starts `count` connections to the host of `baseUrl` (http: or https:
     * only) without waiting for them. Undefined when there is nothing to open.
     */
    static open(baseUrl, count) {
        if (count < 1)
            return undefined;
        let url;
        try {
            url = new URL(baseUrl);
        }
        catch {
            return undefined;
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return undefined;
        const secure = url.protocol === 'https:';
        const pool = new Preconnected(url.hostname, url.port || (secure ? '443' : '80'), secure);
        for (let i = 0; i < count; i++)
            pool.#connect();
        return pool;
    }
    /** Connections still waiting for a request (open or opening). */
    get idle() {
        return this.#idle.size;
    }
    /** A live connection to `host:port` for a request, if one is left; it is the caller's from now on. */
    take(host, port) {
        if (host !== this.host || String(port ?? '') !== this.port)
            return undefined;
        for (const [socket, drop] of this.#idle) {
            this.#idle.delete(socket);
            socket.off('error', drop);
            socket.off('close', drop);
            if (socket.destroyed)
                continue;
            socket.ref();
            return socket;
        }
        return undefined;
    }
    /** Ends every connection no request took, without sending anything on it. */
    close() {
        for (const socket of this.#idle.keys())
            socket.destroy();
        this.#idle.clear();
    }
    #connect() {
        const host = this.host.replace(/^\[(.*)\]$/, '$1');
        const port = Number(this.port);
        // The same checks as the agent's own connections: the system's CAs (and NODE_EXTRA_CA_CERTS), the host name; SNI only for a name.
        const socket = this.secure ? external_node_tls_default().connect({ host, port, servername: external_node_net_default().isIP(host) ? undefined : host }) : external_node_net_default().connect({ host, port });
        socket.setKeepAlive(true, KEEP_ALIVE_DELAY_MS);
        // While no request has it, it must not keep the process alive.
        socket.unref();
        const drop = () => {
            this.#idle.delete(socket);
            socket.destroy();
        };
        // A failed connection is dropped quietly: a request then opens its own and reports what happens to it.
        socket.on('error', drop);
        socket.on('close', drop);
        this.#idle.set(socket, drop);
    }
}

;// CONCATENATED MODULE: ./src/index.ts
/**
 * The entry, at the process's edges: the command line when the bin asks for
 * it; otherwise the action. Its first act, before the rest of the program
 * loads, is to start connecting to X (src/x/preconnect.ts), so the TCP and
 * TLS handshakes happen while the action loads and reads its inputs; then it
 * loads the action (src/action.ts) and hands it the connections. This module
 * imports only what that first act needs.
 */




/**
 * Set by bin/x-credentials-check.js before it imports this bundle: the same
 * dist/index.js then serves the command line instead of running the action.
 * Without the marker (the runner's `node dist/index.js`) the action runs.
 */
const CLI_MARKER = Symbol.for('x-credentials-action.cli');
/** The command-line check (`x-credentials-check check --env-file .env`). */
async function cli(argv) {
    const { main } = await Promise.all(/* import() | run */[__nccwpck_require__.e(676), __nccwpck_require__.e(382)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8625));
    await main(argv);
}
/**
 * Opens one connection per request the checks will send at once (judged
 * from which credentials are given, never from their values) to the
 * `api-base-url` the runner passed. The runner passes every input, defaults
 * included; without it (a tool calling run() itself), or with a value the
 * settings will refuse, nothing is opened and the settings report it.
 */
function connectEarly(env) {
    const input = (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    const given = input('api-base-url');
    if (given === undefined)
        return undefined;
    let base;
    try {
        base = (0,rules/* baseUrl */.pc)((0,rules/* singleLine */.pF)('api-base-url', given, endpoint/* DEFAULT_BASE_URL */.Q));
    }
    catch {
        return undefined;
    }
    return Preconnected.open(base, (0,specs/* connectionsNeeded */.LS)((name) => input(name) ?? '', env));
}
if (!globalThis[CLI_MARKER]) {
    const started = Date.now();
    const preconnected = connectEarly(process.env);
    // Named like the command line's chunk, so that the code they share is not split into further files to load.
    Promise.all(/* import() | run */[__nccwpck_require__.e(676), __nccwpck_require__.e(382)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2929))
        .then(({ runAction }) => runAction(started, preconnected))
        .catch((error) => {
        // Only a broken install gets here (a chunk of dist/ missing): no @actions/core to report through.
        preconnected?.close();
        process.stderr.write(`X credentials action could not start: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
    });
}

var __webpack_exports__cli = __webpack_exports__.x;
export { __webpack_exports__cli as cli };
