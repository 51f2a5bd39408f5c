import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7391:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parseEnvFile),
/* harmony export */   Z: () => (/* binding */ parseArgs)
/* harmony export */ });
/** The CLI's arguments and .env files, parsed without side effects. */
const VALUE_FLAGS = ['permission', 'expect-username', 'api-base-url', 'timeout-seconds', 'rate-limit-wait-seconds'];
function parseArgs(argv) {
    const args = { inputs: {}, summary: false, help: false };
    const rest = [...argv];
    if (rest[0] === 'check')
        rest.shift();
    while (rest.length) {
        const arg = rest.shift();
        const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        const value = () => {
            const v = inline ?? rest.shift();
            if (v === undefined)
                throw new Error(`${flag} needs a value`);
            return v;
        };
        if (flag === '-h' || flag === '--help')
            args.help = true;
        else if (flag === '--summary')
            args.summary = true;
        else if (flag === '--env-file')
            args.envFile = value();
        else if (flag.startsWith('--') && VALUE_FLAGS.includes(flag.slice(2)))
            args.inputs[flag.slice(2)] = value();
        else
            throw new Error(`unknown argument ${flag}`);
    }
    return args;
}
/** KEY=VALUE lines; `export ` prefixes, comments and quotes as in common .env files. */
function parseEnvFile(text) {
    const vars = {};
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
        if (!m)
            continue;
        let value = m[2];
        const quoted = /^(["'])(.*)\1$/.exec(value);
        if (quoted)
            value = quoted[2];
        else
            value = value.replace(/\s+#.*$/, '');
        vars[m[1]] = value;
    }
    return vars;
}


/***/ }),

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1835);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7391);
/* harmony import */ var _markdown_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8548);
/**
 * The same verification from a terminal, with real credentials, before they
 * go into repository secrets:
 *
 *   x-credentials-check check --env-file .env
 *
 * It reads the action's environment names (TWITTER_API_KEY … or X_API_KEY …)
 * and prints the same diagnosis the action gives. It never posts.
 */




const USAGE = `Usage: x-credentials-check check [options]

Verifies X API credentials from the environment (TWITTER_API_KEY, TWITTER_API_SECRET,
TWITTER_ACCESS_TOKEN, TWITTER_ACCESS_SECRET, TWITTER_BEARER_TOKEN, or the X_* names).

Options:
  --env-file FILE            read KEY=VALUE lines first (variables already set win)
  --permission LEVEL         read | read-write | read-write-directmessages (default read-write)
  --expect-username NAME     fail unless the token belongs to this account
  --api-base-url URL         default https://api.x.com
  --timeout-seconds N        per request (default 30)
  --rate-limit-wait-seconds N
  --summary                  also print the job summary as text
  -h, --help                 this text
`;
function terminalIO(inputs, env, showSummary) {
    const print = (line) => process.stdout.write(line + '\n');
    return {
        getInput: (name) => inputs[name] ?? '',
        env,
        // No log masker in a terminal; the run's own redaction still applies to everything printed.
        setSecret: () => undefined,
        info: print,
        warning: (message, title) => print(`⚠️  ${title}: ${message}`),
        error: (message, title) => print(`❌ ${title}: ${message}`),
        setOutput: () => undefined,
        writeSummary: async (markdown) => {
            if (showSummary)
                print('\n' + (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownToText */ .i)(markdown));
        },
        setFailed: (message) => {
            process.exitCode = 1;
            print(`\n${message}`);
        }
    };
}
async function main(argv) {
    let args;
    try {
        args = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgs */ .Z)(argv);
    }
    catch (error) {
        process.stderr.write(`${error.message}\n\n${USAGE}`);
        process.exitCode = 2;
        return;
    }
    if (args.help) {
        process.stdout.write(USAGE);
        return;
    }
    const env = { ...process.env };
    if (args.envFile) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(args.envFile, 'utf8');
        }
        catch {
            process.stderr.write(`Cannot read --env-file ${args.envFile}\n`);
            process.exitCode = 2;
            return;
        }
        for (const [k, v] of Object.entries((0,_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEnvFile */ .F)(text)))
            if (env[k] === undefined)
                env[k] = v;
    }
    // The event payload and workspace of a runner do not exist here.
    delete env.GITHUB_EVENT_PATH;
    const io = terminalIO(args.inputs, env, args.summary);
    try {
        await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF)(io);
    }
    catch (error) {
        (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .failUnexpected */ .I4)(error, io);
    }
}
await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2562:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uq: () => (/* binding */ DIAGNOSES),
/* harmony export */   WE: () => (/* binding */ explain),
/* harmony export */   gk: () => (/* binding */ finding)
/* harmony export */ });
/**
 * Every way the credentials, the inputs or a post can go wrong, as data: an
 * id, what it means and the fix, step by step. The action, the job summary,
 * the README's troubleshooting table and the tests all read this one list.
 */
const REGENERATE_ACCESS_TOKEN = [
    'Open the X Developer Console, choose your Project and the App these keys belong to.',
    'Under "User authentication settings", set App permissions to "Read and write" and save.',
    'Open "Keys and tokens" and press Regenerate next to "Access Token and Secret" — a token keeps the permission it was issued with.',
    'Store the new values in the secrets behind `access-token` and `access-secret`.'
];
const RECOPY_CONSUMER_KEYS = [
    'Open the X Developer Console, choose your Project and App, then "Keys and tokens".',
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
const DIAGNOSES = {
    'missing-credential': {
        severity: 'error',
        title: 'Credential missing',
        cause: 'A required credential is empty: the input was not set and none of its environment variables held a value. A secret that does not exist, is misspelled, or is not passed to this workflow reads as empty.',
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
        cause: 'X refused the API key and secret on their own (POST /oauth2/token answered 403, code 99 "Unable to verify your credentials"). They are wrong, regenerated since, or from a deleted App. Every OAuth call signed with them fails too.',
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
        cause: 'X answered 401 to GET /2/users/me, and the API key and secret could not be checked on their own, so X does not say which of the four values is wrong.',
        fix: ['Re-copy all four values (API key and secret, access token and secret) from the same App\'s "Keys and tokens" page; regenerate the ones you are unsure of.']
    },
    'clock-skew': {
        severity: 'error',
        title: "The runner's clock is off",
        cause: "OAuth 1.0a signatures carry a timestamp, and X refuses requests whose time is too far from its own. The runner's clock differs from X's by more than a few minutes.",
        fix: ['On a self-hosted runner, enable time synchronisation (NTP, e.g. `timedatectl set-ntp true`) and run again.']
    },
    'access-level-too-low': {
        severity: 'error',
        title: 'Access token cannot post (read-only)',
        cause: 'The access token was issued with less access than required. This happens when the App was switched to "Read and write" after the access token was generated: a token keeps the permission it was issued with.',
        fix: REGENERATE_ACCESS_TOKEN
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
    'bearer-other-app': {
        severity: 'error',
        title: 'Bearer token belongs to another App',
        cause: 'The bearer token is valid, but it is not the one X issues for these API keys. X keeps one bearer token per App, so it belongs to another App, or this App\'s bearer token was regenerated since it was stored.',
        fix: RECOPY_BEARER
    },
    'bearer-not-compared': {
        severity: 'warning',
        title: 'Bearer token not compared with the App',
        cause: 'POST /oauth2/token did not give this App\'s bearer token, so the action could not confirm that the bearer token belongs to the same App as the API key.',
        fix: ['Nothing to do if the other checks pass; run again later to confirm.']
    },
    'bearer-missing': {
        severity: 'warning',
        title: 'No bearer token given',
        cause: '`bearer-token` is empty, so the app-only checks (bearer valid, same App, monthly usage) were skipped.',
        fix: ['Optional: pass `bearer-token: ${{ secrets.TWITTER_BEARER_TOKEN }}` to check it too.']
    },
    'client-not-enrolled': {
        severity: 'error',
        title: 'App not attached to a Project',
        cause: 'X answered 403 client-forbidden ("client-not-enrolled"): v2 endpoints need an App that is attached to a Project with an API package that includes the endpoint.',
        fix: [
            'Open the X Developer Console and check that the App sits inside a Project (a standalone App cannot call v2).',
            'Make sure the Project has a package that includes this endpoint (for example Pay-per-use, Production environment).'
        ]
    },
    'credits-depleted': {
        severity: 'error',
        title: 'Pay-per-use credits depleted',
        cause: 'X answered 402 credits-depleted: the Project\'s pay-per-use balance is used up or its spending limit is reached, so X blocks requests.',
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
        cause: 'X answered 403 unsupported-authentication: the endpoint refuses this kind of authentication (an app-only bearer token cannot read the account or post).',
        fix: ['Use the four OAuth 1.0a values (API key and secret, access token and secret) for the account; the bearer token is only for app-only calls.']
    },
    'x-unavailable': {
        severity: 'error',
        title: 'X API or the network failed',
        cause: 'The request failed after every retry (network error, timeout, or X answered 5xx or an error page).',
        fix: ['Check https://docs.x.com/status and run again; raise `timeout-seconds` if the network is slow.']
    },
    'x-error': {
        severity: 'error',
        title: 'X refused the request',
        cause: 'X answered with an error this action has no specific diagnosis for; its own title and detail are shown.',
        fix: ['Read X\'s title and detail in the message; the error is documented at https://docs.x.com/x-api/fundamentals/response-codes-and-errors.']
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
        fix: ['Check the file plays or opens locally and is within X\'s limits (video 0.5–140 s, at most 1280×1024; GIF at most 1280×1080).']
    },
    'post-failed-midway': {
        severity: 'error',
        title: 'Thread stopped midway',
        cause: 'Some parts of the thread were posted and the rest were not.',
        fix: ['Read which parts were posted in the summary; post the rest by hand as replies, or delete the posted parts and run again.']
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
};
function finding(id, message, subject, severity) {
    return { id, severity: severity ?? DIAGNOSES[id].severity, message, subject };
}
/** The full text for a log line or annotation: the message, then the fix. */
function explain(f) {
    const entry = DIAGNOSES[f.id];
    const steps = entry.fix.length === 1 ? `Fix: ${entry.fix[0]}` : `Fix: ${entry.fix.map((s, i) => `(${i + 1}) ${s}`).join(' ')}`;
    return `${f.message} ${steps}`;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/**
 * An input the user gave (or left empty) breaks a rule. The message names the
 * input and the rule, never the value: values may be secrets.
 */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
        this.name = 'InputError';
    }
}


/***/ }),

/***/ 1835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I4: () => (/* binding */ failUnexpected),
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: stepBudgetMs

// EXTERNAL MODULE: ./src/diagnoses.ts
var diagnoses = __nccwpck_require__(2562);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/x/endpoint.ts
/** Where X is unless `api-base-url` says otherwise. */
const DEFAULT_BASE_URL = 'https://api.x.com';

;// CONCATENATED MODULE: ./src/inputs.ts


const ACCESS_LEVELS = ['read', 'read-write', 'read-write-directmessages'];
/** How much a level allows; unknown levels rank below `read`. */
function levelRank(level) {
    switch (level) {
        case 'read':
            return 0;
        case 'read-write':
            return 1;
        case 'read-write-directmessages':
        case 'read-write-privatemessages':
            return 2;
        default:
            return -1;
    }
}
const INPUT_DEFAULTS = {
    permission: 'read-write',
    'api-base-url': DEFAULT_BASE_URL,
    'timeout-seconds': '30',
    'rate-limit-wait-seconds': '60',
    'dry-run': 'false',
    'on-duplicate': 'skip'
};
const MAX = { line: 2048, tweet: 100_000 };
/** Reads every input but the credentials, checks each once, and returns one typed settings object. */
function readSettings(get, env) {
    const errors = [];
    const attempt = (read, fallback) => {
        try {
            return read();
        }
        catch (error) {
            if (error instanceof src_errors/* InputError */.d)
                errors.push(error);
            else
                throw error;
            return fallback;
        }
    };
    const line = (name) => singleLine(name, get(name), INPUT_DEFAULTS[name] ?? '');
    const permission = attempt(() => oneOf('permission', line('permission'), ACCESS_LEVELS), 'read-write');
    const expectUsername = attempt(() => username(line('expect-username')), undefined);
    const apiBaseUrl = attempt(() => baseUrl(line('api-base-url')), DEFAULT_BASE_URL);
    const timeoutSeconds = attempt(() => seconds('timeout-seconds', line('timeout-seconds'), { min: 0.1, max: 600 }), 30);
    const rateLimitWaitSeconds = attempt(() => seconds('rate-limit-wait-seconds', line('rate-limit-wait-seconds'), { min: 0, max: 3600 }), 60);
    const dryRun = attempt(() => bool('dry-run', line('dry-run')), false);
    const onDuplicate = attempt(() => oneOf('on-duplicate', line('on-duplicate'), ['skip', 'fail']), 'skip');
    const post = attempt(() => postInputs(get, line), undefined);
    const workspace = env.GITHUB_WORKSPACE?.trim() || process.cwd();
    if (errors.length)
        return { errors };
    return {
        errors,
        settings: { permission, expectUsername, apiBaseUrl, timeoutMs: Math.round(timeoutSeconds * 1000), rateLimitWaitSeconds, dryRun, onDuplicate, post, workspace }
    };
}
function postInputs(get, line) {
    const tweet = multiLine('tweet', get('tweet'), MAX.tweet);
    const tweetFile = line('tweet-file');
    const media = multiLine('media', get('media'), MAX.line * 4);
    const mediaAltText = multiLine('media-alt-text', get('media-alt-text'), 8 * 1000 + 8);
    const replyTo = line('reply-to');
    const quote = line('quote');
    if (tweet.trim() && tweetFile)
        throw new src_errors/* InputError */.d('tweet-file', 'Give either `tweet` or `tweet-file`, not both.');
    const posting = tweet.trim() || tweetFile || media.trim();
    if (!posting) {
        for (const [name, value] of [['media-alt-text', mediaAltText], ['reply-to', replyTo], ['quote', quote]]) {
            if (value.trim())
                throw new src_errors/* InputError */.d(name, `\`${name}\` is set but there is nothing to post: give \`tweet\`, \`tweet-file\` or \`media\`.`);
        }
        return undefined;
    }
    return { tweet, tweetFile, media, mediaAltText, replyTo, quote };
}
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** A one-line input: trimmed; never quoted, multi-line, control characters or absurdly long. The value is not echoed. */
function singleLine(name, raw, fallback = '', max = MAX.line) {
    const value = raw.trim();
    if (!value)
        return fallback;
    if (/[\r\n]/.test(value))
        throw new src_errors/* InputError */.d(name, `\`${name}\` must be a single line; it has ${value.split(/\r\n|\r|\n/).length} lines.`);
    if (CONTROL.test(value) || value.includes('\t'))
        throw new src_errors/* InputError */.d(name, `\`${name}\` contains control characters.`);
    if (value.length > max)
        throw new src_errors/* InputError */.d(name, `\`${name}\` is ${value.length} characters long; at most ${max} are accepted.`);
    if (/^(["']).*\1$/s.test(value) && value.length >= 2)
        throw new src_errors/* InputError */.d(name, `\`${name}\` is wrapped in quotes; remove them (YAML needs no quotes around this value).`);
    return value;
}
function multiLine(name, raw, max) {
    if (CONTROL.test(raw))
        throw new src_errors/* InputError */.d(name, `\`${name}\` contains control characters.`);
    if (raw.length > max)
        throw new src_errors/* InputError */.d(name, `\`${name}\` is ${raw.length} characters long; at most ${max} are accepted.`);
    return raw;
}
function oneOf(name, value, allowed) {
    const match = allowed.find((a) => a === value.toLowerCase());
    if (!match)
        throw new src_errors/* InputError */.d(name, `\`${name}\` must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`);
    return match;
}
function bool(name, value) {
    // The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput reads them.
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new src_errors/* InputError */.d(name, `\`${name}\` must be \`true\` or \`false\`.`);
}
function seconds(name, value, range) {
    if (!/^\d+(\.\d+)?$/.test(value))
        throw new src_errors/* InputError */.d(name, `\`${name}\` must be a number of seconds, like \`30\`.`);
    const n = Number(value);
    if (n < range.min || n > range.max)
        throw new src_errors/* InputError */.d(name, `\`${name}\` must be between ${range.min} and ${range.max} seconds.`);
    return n;
}
function username(value) {
    if (!value)
        return undefined;
    const name = value.replace(/^@/, '');
    if (!/^[A-Za-z0-9_]{1,15}$/.test(name))
        throw new src_errors/* InputError */.d('expect-username', '`expect-username` must be an X username: 1 to 15 letters, digits or underscores, with or without a leading `@`.');
    return name;
}
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
/** `https://` anywhere; `http://` only to this machine, so credentials never travel in clear text. */
function baseUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new src_errors/* InputError */.d('api-base-url', '`api-base-url` is not a URL; use the form `https://api.x.com`.');
    }
    if (url.username || url.password)
        throw new src_errors/* InputError */.d('api-base-url', '`api-base-url` must not contain a user name or password.');
    if (url.search || url.hash)
        throw new src_errors/* InputError */.d('api-base-url', '`api-base-url` must not have a query or fragment.');
    if (url.protocol === 'https:')
        return url.href.replace(/\/+$/, '');
    if (url.protocol === 'http:') {
        if (LOOPBACK.test(url.hostname))
            return url.href.replace(/\/+$/, '');
        throw new src_errors/* InputError */.d('api-base-url', '`api-base-url` uses http:// to a host that is not this machine; credentials would travel in clear text. Use https://, or http:// only with localhost, 127.0.0.0/8 or [::1].');
    }
    throw new src_errors/* InputError */.d('api-base-url', `\`api-base-url\` must start with https:// (it uses ${url.protocol.replace(':', '')}).`);
}

// EXTERNAL MODULE: ./src/x/diagnose.ts
var diagnose = __nccwpck_require__(8050);
// EXTERNAL MODULE: ./src/x/errors.ts
var errors = __nccwpck_require__(5689);
// EXTERNAL MODULE: ./src/x/retry.ts
var retry = __nccwpck_require__(5090);
;// CONCATENATED MODULE: ./src/checks.ts





/** Beyond this, a failed OAuth signature is blamed on the clock. X's own window is undocumented. */
const CLOCK_SKEW_LIMIT_SECONDS = 120;
async function settle(promise) {
    if (!promise)
        return { ok: false, skipped: true };
    try {
        return { ok: true, value: await promise };
    }
    catch (error) {
        if (error instanceof errors/* XApiError */.Vc)
            return { ok: false, error };
        throw error;
    }
}
async function verify(api, o) {
    const c = o.credentials;
    const bearer = c.bearerToken;
    const [token, me, usage] = await Promise.all([
        settle(api.oauth2Token(c.apiKey, c.apiSecret).then((r) => {
            if (typeof r.data.access_token === 'string' && r.data.access_token)
                o.onSecret(r.data.access_token);
            return r;
        })),
        settle(api.usersMe(c)),
        settle(bearer ? api.usageTweets(bearer) : undefined)
    ]);
    const now = o.now ?? Date.now;
    const skew = clockSkew(api.lastServerDate, now());
    return interpret({ token, me, usage, skew, bearer }, o);
}
function clockSkew(serverDate, localMs) {
    const server = serverDate ? Date.parse(serverDate) : NaN;
    return Number.isNaN(server) ? undefined : Math.round((localMs - server) / 1000);
}
function interpret(a, o) {
    const rows = [];
    const findings = [];
    const row = (id, label, verdict, detail, ...found) => {
        rows.push({ id, label, verdict, detail });
        findings.push(...found);
    };
    const hintsFor = (...inputs) => o.hints.filter((h) => h.subject && inputs.includes(h.subject)).map((h) => ({ ...h, severity: 'error' }));
    const skewed = a.skew !== undefined && Math.abs(a.skew) > CLOCK_SKEW_LIMIT_SECONDS;
    const out = { rows, findings, verified: false, clockSkewSeconds: a.skew };
    // API key and secret, on their own.
    const appBearer = a.token.ok && a.token.value.data.token_type === 'bearer' ? a.token.value.data.access_token : undefined;
    const keysRejected = !a.token.ok && a.token.error?.status === 403 && a.token.error.info.code === 99;
    if (appBearer) {
        row('consumer-keys', 'API key and secret', 'pass', 'Accepted: X issued the App\'s bearer token for them.');
    }
    else if (a.token.ok) {
        row('consumer-keys', 'API key and secret', 'warn', 'POST /oauth2/token answered without a bearer token.', (0,diagnoses/* finding */.gk)('bearer-not-compared', 'POST /oauth2/token answered 200 without a bearer token.', 'api-key'));
    }
    else if (keysRejected && a.me.ok) {
        // Code 99 also means "asked too often"; users/me just proved the keys work.
        row('consumer-keys', 'API key and secret', 'warn', 'Accepted by users/me; /oauth2/token refused (code 99, which X also sends when it is called too often).');
    }
    else if (keysRejected) {
        row('consumer-keys', 'API key and secret', 'fail', 'Rejected by X (POST /oauth2/token: 403, code 99).', (0,diagnoses/* finding */.gk)('consumer-keys-rejected', `${a.token.error?.message} The API key or API secret is wrong, regenerated since, or from a deleted App.`, 'api-key'), ...hintsFor('api-key', 'api-secret'));
    }
    else if (a.token.error) {
        const f = (0,diagnose/* diagnoseXError */.J)(a.token.error, 'api-key');
        row('consumer-keys', 'API key and secret', 'fail', oneLine(f), f);
    }
    // Access token and secret (GET /2/users/me), and what it tells.
    if (a.me.ok) {
        out.user = a.me.value.data;
        out.accessLevel = a.me.value.headers.accessLevel;
        row('access-token', 'Access token and secret', 'pass', `Authenticated as @${out.user.username} (id ${out.user.id}).`);
    }
    else if (a.me.error) {
        const e = a.me.error;
        if (e.status === 401 && skewed) {
            row('access-token', 'Access token and secret', 'fail', 'Refused: the runner\'s clock is off.', (0,diagnoses/* finding */.gk)('clock-skew', `${e.message} The runner's clock is ${describeSkew(a.skew)} X's, beyond the ${CLOCK_SKEW_LIMIT_SECONDS} s that OAuth 1.0a signatures tolerate here.`, 'clock'));
        }
        else if (e.status === 401 && keysRejected) {
            row('access-token', 'Access token and secret', 'fail', 'Not usable: the API key and secret they are signed with were rejected.');
        }
        else if (e.status === 401 && appBearer) {
            row('access-token', 'Access token and secret', 'fail', 'Rejected by X (GET /2/users/me: 401).', (0,diagnoses/* finding */.gk)('access-token-rejected', `${e.message} The API key and secret are valid, so the access token or access secret is wrong, revoked, or from another App.`, 'access-token'), ...hintsFor('access-token', 'access-secret'));
        }
        else if (e.status === 401) {
            row('access-token', 'Access token and secret', 'fail', 'Rejected by X (GET /2/users/me: 401).', (0,diagnoses/* finding */.gk)('oauth-rejected', e.message, 'access-token'), ...hintsFor('api-key', 'api-secret', 'access-token', 'access-secret'));
        }
        else if (e.status === 429 && !e.isProblem('usage-capped')) {
            row('access-token', 'Access token and secret', 'pass', 'Authenticated (X rate-limits only requests that authenticated).');
        }
        else {
            const f = (0,diagnose/* diagnoseXError */.J)(e, 'access-token');
            row('access-token', 'Access token and secret', 'fail', oneLine(f), f);
        }
    }
    // Access level against what this run needs.
    if (a.me.ok) {
        const level = out.accessLevel;
        if (!level) {
            row('access-level', 'Access level', 'fail', 'X did not send x-access-level.', (0,diagnoses/* finding */.gk)('access-level-unknown', `GET /2/users/me answered without the x-access-level header, so the token's access level (${o.requiredBecause}) could not be confirmed.`, 'access-token'));
        }
        else if (levelRank(level) < levelRank(o.requiredLevel)) {
            row('access-level', 'Access level', 'fail', `\`${level}\`, below \`${o.requiredLevel}\`.`, (0,diagnoses/* finding */.gk)('access-level-too-low', `The access token has \`${level}\` access, but ${o.requiredBecause}. The App may allow more now, but this token was issued before that change and keeps its old permission: regenerate it.`, 'access-token'));
        }
        else {
            row('access-level', 'Access level', 'pass', `\`${level}\` (${o.requiredBecause}).`);
        }
    }
    else if (a.me.error?.status === 429 && !a.me.error.isProblem('usage-capped')) {
        const reset = (0,retry/* rateLimitReset */.xm)(a.me.error);
        const when = reset === undefined ? '' : ` The limit resets at ${(0,retry/* formatReset */.FO)(reset)}.`;
        row('access-level', 'Access level', 'fail', 'Unknown: GET /2/users/me was rate limited.', (0,diagnoses/* finding */.gk)('access-level-unknown', `${a.me.error.message} The credentials authenticated, but the access level could not be read.${when}`, 'access-token'));
    }
    else {
        row('access-level', 'Access level', 'skip', 'Not checked: the access token did not authenticate.');
    }
    if (o.expectUsername) {
        if (!out.user) {
            row('account', 'Account', 'skip', `Not checked (expected @${o.expectUsername}).`);
        }
        else if (out.user.username.toLowerCase() === o.expectUsername.toLowerCase()) {
            row('account', 'Account', 'pass', `@${out.user.username} as expected.`);
        }
        else {
            row('account', 'Account', 'fail', `@${out.user.username}, expected @${o.expectUsername}.`, (0,diagnoses/* finding */.gk)('username-mismatch', `The access token belongs to @${out.user.username} (id ${out.user.id}), but \`expect-username\` is @${o.expectUsername}.`, 'expect-username'));
        }
    }
    // Bearer token, app-only.
    if (!a.bearer) {
        row('bearer', 'Bearer token', 'skip', 'Not given: the app-only checks were skipped.');
    }
    else if (a.usage.ok) {
        out.bearerValid = true;
        out.usage = readUsage(a.usage.value.data);
        row('bearer', 'Bearer token', 'pass', 'Accepted (GET /2/usage/tweets).');
    }
    else if (a.usage.error) {
        const e = a.usage.error;
        if (e.status === 401) {
            out.bearerValid = false;
            row('bearer', 'Bearer token', 'fail', 'Rejected by X (GET /2/usage/tweets: 401).', (0,diagnoses/* finding */.gk)('bearer-rejected', `${e.message} The bearer token is wrong, invalidated, or regenerated since it was stored.`, 'bearer-token'), ...hintsFor('bearer-token'));
        }
        else {
            const f = (0,diagnose/* diagnoseXError */.J)(e, 'bearer-token');
            row('bearer', 'Bearer token', 'fail', oneLine(f), f);
        }
    }
    // The bearer must be the one X keeps for these API keys.
    if (a.bearer) {
        if (appBearer) {
            out.appConsistent = a.bearer.equals(a.bearer.with(appBearer));
            if (out.appConsistent) {
                row('app-consistency', 'Bearer matches the App', 'pass', 'The bearer token is the one X issues for this API key.');
            }
            else if (out.bearerValid) {
                row('app-consistency', 'Bearer matches the App', 'fail', 'The bearer token belongs to another App.', (0,diagnoses/* finding */.gk)('bearer-other-app', `The bearer token is valid, but X issues a different one for this API key (bearer ${a.bearer.fingerprint}, the App's ${fingerprintOf(a.bearer, appBearer)}): it belongs to another App, or was regenerated since.`, 'bearer-token'));
            }
            else {
                row('app-consistency', 'Bearer matches the App', 'fail', 'The bearer token is not the one X issues for this API key.');
            }
        }
        else if (!keysRejected || a.me.ok) {
            row('app-consistency', 'Bearer matches the App', 'skip', 'Not compared: /oauth2/token gave no bearer token.');
        }
        else {
            row('app-consistency', 'Bearer matches the App', 'skip', 'Not compared: the API key and secret were rejected.');
        }
    }
    if (a.skew === undefined) {
        row('clock', 'Clock', 'skip', 'X sent no Date header.');
    }
    else if (skewed) {
        // A skewed clock that still authenticated is worth knowing; one that did not is already the diagnosis above.
        row('clock', 'Clock', rows.some((r) => r.id === 'access-token' && r.verdict === 'fail') ? 'fail' : 'warn', `${describeSkew(a.skew)} X's clock.`);
    }
    else {
        row('clock', 'Clock', 'pass', `Within ${Math.abs(a.skew)} s of X's clock.`);
    }
    out.verified = rows.every((r) => r.verdict !== 'fail');
    return out;
}
function describeSkew(skew) {
    return skew > 0 ? `${skew} s ahead of` : `${-skew} s behind`;
}
function fingerprintOf(like, value) {
    return like.with(value).fingerprint;
}
function oneLine(f) {
    return f.message.length > 160 ? f.message.slice(0, 159) + '…' : f.message;
}
function readUsage(data) {
    const num = (v) => (v === undefined || v === null || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));
    return { cap: num(data.project_cap), used: num(data.project_usage), resetDay: num(data.cap_reset_day), projectId: typeof data.project_id === 'string' ? data.project_id : undefined };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/secret.ts

const HIDDEN = '***';
/**
 * A credential value. It prints as its name, never as its value: `reveal()`
 * is the one way to the value, so every use of it is visible in the code.
 */
class Secret {
    input;
    #value;
    constructor(
    /** The input it came from, e.g. `api-key`. */
    input, value) {
        this.input = input;
        this.#value = value;
    }
    reveal() {
        return this.#value;
    }
    /** A short SHA-256 fingerprint, so people can tell keys apart without seeing them. */
    get fingerprint() {
        return fingerprint(this.#value);
    }
    get length() {
        return this.#value.length;
    }
    equals(other) {
        const a = (0,external_node_crypto_.createHash)('sha256').update(this.#value).digest();
        const b = (0,external_node_crypto_.createHash)('sha256').update(other.#value).digest();
        return (0,external_node_crypto_.timingSafeEqual)(a, b);
    }
    with(value) {
        return new Secret(this.input, value);
    }
    toString() {
        return `[secret ${this.input}]`;
    }
    toJSON() {
        return this.toString();
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return this.toString();
    }
}
function fingerprint(value) {
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex').slice(0, 8);
}
/**
 * Every form of a secret the runner does not mask by itself, for `add-mask`
 * and for the last-line scrub of everything the action writes.
 */
function derivedForms(value) {
    const forms = new Set([value, value.trim()]);
    try {
        forms.add(decodeURIComponent(value.trim()));
    }
    catch {
        // Not valid percent-encoding: there is no decoded form to hide.
    }
    forms.add(encodeURIComponent(value.trim()));
    forms.delete('');
    return [...forms];
}
/**
 * The last guard before text leaves the process: replaces every registered
 * secret form with `***`. The action never prints secrets on purpose; this
 * catches one echoed back by a server or a gateway.
 */
class Redactor {
    #forms = [];
    add(value) {
        const added = [];
        for (const form of derivedForms(value)) {
            // Short values would mangle ordinary text, as the runner also refuses to mask them.
            if (form.length < 4 || this.#forms.includes(form))
                continue;
            this.#forms.push(form);
            added.push(form);
        }
        this.#forms.sort((a, b) => b.length - a.length);
        return added;
    }
    redact(text) {
        let out = text;
        for (const form of this.#forms) {
            if (out.includes(form))
                out = out.split(form).join(HIDDEN);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/credentials.ts



const CREDENTIALS = [
    { key: 'apiKey', input: 'api-key', env: ['TWITTER_API_KEY', 'X_API_KEY'], label: 'API key', required: true },
    { key: 'apiSecret', input: 'api-secret', env: ['TWITTER_API_SECRET', 'X_API_SECRET'], label: 'API secret', required: true },
    { key: 'accessToken', input: 'access-token', env: ['TWITTER_ACCESS_TOKEN', 'X_ACCESS_TOKEN'], label: 'access token', required: true },
    { key: 'accessSecret', input: 'access-secret', env: ['TWITTER_ACCESS_SECRET', 'X_ACCESS_SECRET'], label: 'access secret', required: true },
    { key: 'bearerToken', input: 'bearer-token', env: ['TWITTER_BEARER_TOKEN', 'X_BEARER_TOKEN'], label: 'bearer token', required: false }
];
/** Reads the five values: the input first, then each environment variable in turn. */
function readRawCredentials(getRawInput, env) {
    const out = {};
    for (const spec of CREDENTIALS) {
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
        out[spec.key] = { spec, value: source ? value : '', source };
    }
    return out;
}
const MAX_CREDENTIAL_LENGTH = 512;
const ACCESS_TOKEN_SHAPE = /^\d+-[A-Za-z0-9]+$/;
const BEARER_SHAPE = /^A{20}/;
/**
 * Offline lint: trims and repairs what can be repaired (with a warning), and
 * notes shapes that explain a failure. It never blocks a value that could
 * authenticate: X decides.
 */
function settleCredentials(raw, opts) {
    const findings = [];
    const hints = [];
    const derived = [];
    const errors = [];
    const values = {};
    for (const spec of CREDENTIALS) {
        const { value, source } = raw[spec.key];
        const where = source && source !== 'input' ? ` (from ${source})` : '';
        if (!source) {
            if (spec.required)
                findings.push((0,diagnoses/* finding */.gk)('missing-credential', missingMessage(spec, opts.forkPullRequest), spec.input));
            continue;
        }
        let v = value.trim();
        if (v !== value)
            findings.push((0,diagnoses/* finding */.gk)('whitespace-trimmed', `\`${spec.input}\`${where} had whitespace or a line break around it; it was trimmed.`, spec.input));
        const quoted = /^(["'])(.*)\1$/s.exec(v);
        if (quoted) {
            v = quoted[2].trim();
            findings.push((0,diagnoses/* finding */.gk)('quotes-stripped', `\`${spec.input}\`${where} was wrapped in quotes; they were removed.`, spec.input));
        }
        if (spec.key === 'bearerToken') {
            const prefixed = /^bearer\s+/i.exec(v);
            if (prefixed) {
                v = v.slice(prefixed[0].length);
                findings.push((0,diagnoses/* finding */.gk)('bearer-prefix', `\`bearer-token\`${where} began with "Bearer "; it was removed.`, spec.input));
            }
            if (/[+/=]/.test(v)) {
                v = v.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D');
                findings.push((0,diagnoses/* finding */.gk)('bearer-decoded', `\`bearer-token\`${where} holds \`+\`, \`/\` or \`=\`: it was percent-decoded when copied. It was re-encoded for this run.`, spec.input));
            }
        }
        const problem = shapeProblem(v);
        if (problem) {
            errors.push(new src_errors/* InputError */.d(spec.input, `\`${spec.input}\`${where} ${problem}.`));
            continue;
        }
        if (v !== value)
            derived.push(v);
        values[spec.key] = new Secret(spec.input, v);
    }
    hints.push(...shapeHints(values));
    const { apiKey, apiSecret, accessToken, accessSecret, bearerToken } = values;
    const complete = apiKey && apiSecret && accessToken && accessSecret && errors.length === 0;
    const credentials = complete ? { apiKey, apiSecret, accessToken, accessSecret, bearerToken } : undefined;
    return { credentials, findings, hints, derived, errors };
}
function missingMessage(spec, fork) {
    const tried = spec.env.join(' nor ');
    let message = `\`${spec.input}\` (${spec.label}) is empty: the input was not set, and neither ${tried} holds a value.`;
    if (fork)
        message += ' This run is a pull request from a fork, and GitHub does not pass secrets to workflows triggered from forks.';
    return message;
}
/** Why a trimmed value cannot be a credential at all, or null. The value itself is never quoted. */
function shapeProblem(v) {
    if (!v)
        return 'holds only quotes or a prefix and no value';
    if (/[\r\n]/.test(v))
        return 'holds more than one line; a credential is a single line';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(v))
        return 'contains control characters; a credential holds letters, digits and a few symbols only';
    if (/\s/.test(v))
        return 'contains spaces inside it; a credential has none';
    if (v.length > MAX_CREDENTIAL_LENGTH)
        return `is ${v.length} characters long; X credentials are under ${MAX_CREDENTIAL_LENGTH}`;
    return null;
}
function shapeHints(v) {
    const hints = [];
    const reveal = (s) => s?.reveal() ?? '';
    if (v.apiKey?.length === 50 && v.apiSecret?.length === 25) {
        hints.push((0,diagnoses/* finding */.gk)('consumer-pair-swapped', '`api-key` has the length of an API secret (50) and `api-secret` that of an API key (25): they look swapped.', 'api-key'));
    }
    if (ACCESS_TOKEN_SHAPE.test(reveal(v.accessSecret)) && !ACCESS_TOKEN_SHAPE.test(reveal(v.accessToken))) {
        hints.push((0,diagnoses/* finding */.gk)('access-pair-swapped', '`access-secret` has the `<user id>-…` shape of an access token and `access-token` does not: they look swapped.', 'access-token'));
    }
    if (ACCESS_TOKEN_SHAPE.test(reveal(v.bearerToken))) {
        hints.push((0,diagnoses/* finding */.gk)('credential-in-wrong-slot', '`bearer-token` has the `<user id>-…` shape of an access token.', 'bearer-token'));
    }
    for (const key of ['apiKey', 'apiSecret', 'accessToken', 'accessSecret']) {
        if (BEARER_SHAPE.test(reveal(v[key]))) {
            hints.push((0,diagnoses/* finding */.gk)('credential-in-wrong-slot', `\`${v[key]?.input}\` starts with the run of A's of a bearer token.`, v[key]?.input));
        }
    }
    return hints;
}

;// CONCATENATED MODULE: ./src/report.ts

const ICON = { pass: '✅', fail: '❌', warn: '⚠️', skip: '➖' };
function failed(findings) {
    return findings.filter((f) => f.severity === 'error');
}
function buildOutputs(r) {
    const v = r.verification;
    const p = r.publication;
    const tri = (b) => (b === undefined ? '' : String(b));
    const ids = p?.parts.flatMap((part) => (part.id ? [part.id] : [])) ?? [];
    const first = p?.parts[0];
    return {
        verified: String(!!v?.verified),
        'user-id': v?.user?.id ?? '',
        username: v?.user?.username ?? '',
        name: v?.user?.name ?? '',
        'access-level': v?.accessLevel ?? '',
        'bearer-valid': tri(v?.bearerValid),
        'app-consistent': tri(v?.appConsistent),
        'tweet-id': first?.id ?? '',
        'tweet-url': first?.url ?? '',
        'tweet-ids': JSON.stringify(ids),
        duplicate: String(!!p?.duplicate),
        posted: String(!!p?.posted)
    };
}
const escapeCell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const number = (n) => n.toLocaleString('en-US');
function bar(fraction, width = 20) {
    const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
    return '█'.repeat(filled) + '░'.repeat(width - filled);
}
function buildSummary(r) {
    const v = r.verification;
    const errors = failed(r.findings);
    const out = [];
    const status = errors.length ? '❌ failed' : v?.verified ? '✅ verified' : '❌ failed';
    out.push(`## X credentials: ${status}`, '');
    if (v) {
        out.push('| Check | | Result |', '|---|:-:|---|');
        for (const row of v.rows)
            out.push(`| ${row.label} | ${ICON[row.verdict]} | ${escapeCell(row.detail)} |`);
        out.push('');
        out.push(...accountLines(v, r.requiredLevel));
    }
    else {
        out.push('No request was sent to X: the inputs must be fixed first.', '');
    }
    const limits = headroom(r.calls);
    if (limits.length)
        out.push(`**Rate-limit headroom:** ${limits.join(' · ')}`, '');
    if (r.fingerprints.length)
        out.push(`**Fingerprints** (SHA-256, to tell keys apart): ${r.fingerprints.map((f) => `\`${f.input}\` ${f.fingerprint}`).join(' · ')}`, '');
    if (r.publication)
        out.push(...publicationLines(r.publication));
    if (r.findings.length) {
        out.push('### Problems and fixes', '');
        for (const f of r.findings) {
            const entry = diagnoses/* DIAGNOSES */.Uq[f.id];
            out.push(`${f.severity === 'error' ? '❌' : '⚠️'} **${entry.title}** — ${f.message}`, '');
            entry.fix.forEach((step, i) => out.push(`${i + 1}. ${step}`));
            out.push('');
        }
    }
    return out.join('\n');
}
function accountLines(v, required) {
    const lines = [];
    if (v.user) {
        const who = `[@${v.user.username}](https://x.com/${encodeURIComponent(v.user.username)}) (${escapeCell(v.user.name)}, id \`${v.user.id}\`)`;
        lines.push(`**Account:** ${who} · **access level:** \`${v.accessLevel ?? 'unknown'}\`${required ? ` (required: \`${required}\`)` : ''}`, '');
    }
    const u = v.usage;
    if (u?.cap !== undefined && u.used !== undefined && u.cap > 0) {
        const share = u.used / u.cap;
        const reset = u.resetDay ? ` · resets on day ${u.resetDay} of the month` : '';
        lines.push(`**Project usage:** \`${bar(share)}\` ${number(u.used)} of ${number(u.cap)} posts this month (${(share * 100).toFixed(1)} %)${reset}`, '');
    }
    return lines;
}
/** Remaining calls of each endpoint the run used, from the last answer's headers. */
function headroom(calls) {
    const last = new Map();
    for (const call of calls)
        if (call.headers.rateLimit?.limit !== undefined)
            last.set(call.endpoint, call);
    return [...last.values()].map((c) => {
        const l = c.headers.rateLimit;
        return `${c.endpoint.replace(/^(GET|POST) /, '')} ${l.remaining ?? '?'}/${l.limit}`;
    });
}
function publicationLines(p) {
    const lines = [p.dryRun ? '### Dry run: what would be posted' : '### Posts', ''];
    if (p.dryRun) {
        for (const part of p.parts) {
            lines.push(`**Part ${part.index} of ${p.parts.length}** — ${part.weightedLength}/280 weighted characters`, '', '```text', part.text.replace(/```/g, '`\u200b``'), '```', '');
        }
    }
    else {
        lines.push('| Part | | Post |', '|---|:-:|---|');
        for (const part of p.parts)
            lines.push(`| ${part.index} | ${partIcon(part.status)} | ${partDetail(part)} |`);
        lines.push('');
    }
    if (p.media.length) {
        lines.push(`**Media${p.dryRun ? ' (not uploaded)' : ''}:**`, '');
        for (const m of p.media)
            lines.push(`- \`${escapeCell(m.given)}\` — ${m.mediaType}, ${number(m.size)} bytes${m.altText ? `, alt text: “${escapeCell(m.altText)}”` : ', no alt text'}`);
        lines.push('');
    }
    return lines;
}
function partIcon(status) {
    return { posted: '✅', 'posted-unconfirmed': '✅', duplicate: '⚠️', failed: '❌', 'not-sent': '➖', 'dry-run': '📝' }[status] ?? '';
}
function partDetail(part) {
    switch (part.status) {
        case 'posted':
            return `[${part.url}](${part.url})`;
        case 'posted-unconfirmed':
            return 'Posted (confirmed by X\'s duplicate answer to a retry; its id is unknown)';
        case 'duplicate':
            return 'Already posted before (duplicate content): skipped';
        case 'failed':
            return 'Failed';
        default:
            return 'Not sent';
    }
}
function rowLine(row) {
    return `${ICON[row.verdict]} ${row.label}: ${row.detail}`;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: ./src/x/api.ts
/**
 * The one door to X. It owns twitter-api-v2: the base URL, the HTTP agent,
 * timeouts, retries and rate-limit waits, and turns X's errors into
 * XApiError. Nothing else in the project imports twitter-api-v2.
 */





let library;
/** Loaded on first use, so a run that fails offline never pays for it. */
const loadLibrary = () => (library ??= __nccwpck_require__.e(/* import() */ 455).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4455, 23)).then((m) => ({ TwitterApi: m.TwitterApi })));
class XApi {
    lib;
    options;
    calls = [];
    /** The `Date` of the latest answer, to measure clock skew. */
    lastServerDate;
    #agent;
    #policy;
    #clients = new Map();
    constructor(lib, options) {
        this.lib = lib;
        this.options = options;
        const base = new URL(options.baseUrl);
        this.#agent = base.protocol === 'http:' ? new (external_node_http_default()).Agent({ keepAlive: true }) : new (external_node_https_default()).Agent({ keepAlive: true });
        this.#policy = { ...retry/* DEFAULT_RETRY */.vI, ...options.retry, rateLimitWaitSeconds: options.rateLimitWaitSeconds, deadline: options.deadline };
    }
    static async create(options) {
        return new XApi(await loadLibrary(), options);
    }
    /** Ends every open connection, so a hung one cannot keep the step alive. */
    close() {
        this.#agent.destroy();
    }
    usersMe(c) {
        return this.#send('GET /2/users/me', this.#userClient(c), (client, timeout) => client.v2.get('users/me', {}, { fullResponse: true, timeout }));
    }
    /** The App's bearer token, from its API key and secret alone (Basic auth, client_credentials). */
    async oauth2Token(apiKey, apiSecret) {
        const client = this.#client(`basic:${apiKey.reveal()}:${apiSecret.reveal()}`, (lib, settings) => new lib.TwitterApi({ username: apiKey.reveal(), password: apiSecret.reveal() }, settings));
        return this.#send('POST /oauth2/token', client, (c, timeout) => c.post('https://api.x.com/oauth2/token', { grant_type: 'client_credentials' }, { forceBodyMode: 'url', fullResponse: true, timeout }));
    }
    usageTweets(bearer) {
        const client = this.#client(`bearer:${bearer.reveal()}`, (lib, settings) => new lib.TwitterApi(bearer.reveal(), settings));
        return this.#send('GET /2/usage/tweets', client, (c, timeout) => c.v2.get('usage/tweets', {}, { fullResponse: true, timeout }));
    }
    /** One attempt per call: posting decides itself whether a retry is safe. */
    /** `onAttemptError` sees every failed attempt: posting needs to know whether one ended ambiguously. */
    createPost(c, body, policy, onAttemptError) {
        return this.#send('POST /2/tweets', this.#userClient(c), (client, timeout) => client.v2.post('tweets', body, { fullResponse: true, timeout }), policy, onAttemptError);
    }
    mediaInitialize(c, body) {
        return this.#send('POST /2/media/upload/initialize', this.#userClient(c), (client, timeout) => client.v2.post('media/upload/initialize', body, { fullResponse: true, timeout }));
    }
    mediaAppend(c, mediaId, segmentIndex, chunk) {
        return this.#send('POST /2/media/upload/{id}/append', this.#userClient(c), (client, timeout) => client.v2.post(`media/upload/${encodeURIComponent(mediaId)}/append`, { segment_index: segmentIndex, media: chunk }, { forceBodyMode: 'form-data', fullResponse: true, timeout }));
    }
    mediaFinalize(c, mediaId) {
        return this.#send('POST /2/media/upload/{id}/finalize', this.#userClient(c), (client, timeout) => client.v2.post(`media/upload/${encodeURIComponent(mediaId)}/finalize`, {}, { fullResponse: true, timeout }));
    }
    mediaStatus(c, mediaId) {
        return this.#send('GET /2/media/upload?command=STATUS', this.#userClient(c), (client, timeout) => client.v2.get('media/upload', { command: 'STATUS', media_id: mediaId }, { fullResponse: true, timeout }));
    }
    mediaMetadata(c, mediaId, altText) {
        return this.#send('POST /2/media/metadata', this.#userClient(c), (client, timeout) => client.v2.post('media/metadata', { id: mediaId, metadata: { alt_text: { text: altText } } }, { fullResponse: true, timeout }));
    }
    #userClient(c) {
        const key = `user:${c.apiKey.reveal()}:${c.apiSecret.reveal()}:${c.accessToken.reveal()}:${c.accessSecret.reveal()}`;
        return this.#client(key, (lib, settings) => new lib.TwitterApi({ appKey: c.apiKey.reveal(), appSecret: c.apiSecret.reveal(), accessToken: c.accessToken.reveal(), accessSecret: c.accessSecret.reveal() }, settings));
    }
    #client(cacheKey, make) {
        let client = this.#clients.get(cacheKey);
        if (!client) {
            client = make(this.lib, { plugins: [this.#redirect()], httpAgent: this.#agent, compression: false });
            this.#clients.set(cacheKey, client);
        }
        return client;
    }
    /** twitter-api-v2 only knows https://api.x.com: send every request to the configured base URL instead. */
    #redirect() {
        const base = this.options.baseUrl.replace(/\/+$/, '');
        return {
            onBeforeRequestConfig({ params }) {
                params.url = params.url.replace(/^https:\/\/(api|upload)\.x\.com/, base);
            }
        };
    }
    async #send(endpoint, client, send, policy, onAttemptError) {
        const effective = { ...this.#policy, ...policy };
        const timeout = this.options.timeoutMs;
        const response = await (0,retry/* withRetries */.LH)(endpoint, async () => {
            try {
                const res = await send(client, timeout);
                this.#record(endpoint, res.headers);
                return res;
            }
            catch (error) {
                const headers = error?.headers;
                this.#record(endpoint, headers);
                throw error;
            }
        }, (error, attempts) => (0,errors/* toXApiError */._p)(endpoint, error, attempts), effective, { onWait: this.options.log, onAttemptError });
        return { data: response.data?.data ?? response.data, headers: (0,errors/* pickHeaders */.EO)(response.headers) };
    }
    #record(endpoint, raw) {
        const headers = (0,errors/* pickHeaders */.EO)(raw);
        if (headers.date)
            this.lastServerDate = headers.date;
        this.calls.push({ endpoint, headers });
    }
}


;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action's edges: read and mask the inputs, run the middle (lint →
 * checks → post), then write outputs, summary and annotations. Everything
 * between the edges takes and returns plain values.
 */









/** Registered secret forms of the current run: everything printed passes through it last. */
let redactor = new Redactor();
const say = (text) => redactor.redact(text);
async function run(io) {
    redactor = new Redactor();
    const mask = (value) => {
        for (const form of redactor.add(value))
            io.setSecret(form);
    };
    const rawInput = (name) => io.getInput(name);
    // Before anything else: read the five credentials and mask every non-empty one.
    const raw = readRawCredentials(rawInput, io.env);
    for (const { value } of Object.values(raw))
        if (value)
            mask(value);
    const findings = [];
    const missing = CREDENTIALS.some((spec) => spec.required && !raw[spec.key].source);
    const settled = settleCredentials(raw, { forkPullRequest: missing && (await isForkPullRequest(io.env)) });
    settled.derived.forEach(mask);
    findings.push(...settled.findings);
    const { settings, errors } = readSettings(rawInput, io.env);
    for (const e of [...settled.errors, ...errors])
        findings.push((0,diagnoses/* finding */.gk)('invalid-input', e.message, e.input));
    let prepared;
    if (settings?.post && !failed(findings).length) {
        try {
            const { preparePost } = await __nccwpck_require__.e(/* import() */ 550).then(__nccwpck_require__.bind(__nccwpck_require__, 2550));
            prepared = await preparePost(settings.post, settings.workspace);
        }
        catch (error) {
            if (!(error instanceof src_errors/* InputError */.d))
                throw error;
            findings.push((0,diagnoses/* finding */.gk)(/as X counts them/.test(error.message) ? 'text-too-long' : 'invalid-input', error.message, error.input));
        }
    }
    let verification;
    let publication;
    let api;
    const credentials = settled.credentials;
    if (settings && credentials && !failed(findings).length) {
        const budget = stepBudgetMs(settings, prepared);
        const watchdog = setTimeout(() => {
            io.setFailed(say((0,diagnoses/* explain */.WE)((0,diagnoses/* finding */.gk)('deadline-exceeded', `The step did not finish within its overall deadline of ${Math.round(budget / 1000)} s.`))));
            process.exit(1);
        }, budget + 5000);
        watchdog.unref();
        api = await XApi.create({
            baseUrl: settings.apiBaseUrl,
            timeoutMs: settings.timeoutMs,
            rateLimitWaitSeconds: settings.rateLimitWaitSeconds,
            deadline: retry/* Deadline */.B2.in(budget),
            log: (m) => io.info(say(m))
        });
        try {
            const { level, because } = requiredLevel(settings, !!prepared);
            verification = await verify(api, {
                credentials,
                requiredLevel: level,
                requiredBecause: because,
                expectUsername: settings.expectUsername,
                hints: settled.hints,
                onSecret: mask
            });
            findings.push(...verification.findings);
            if (prepared && verification.verified && verification.user) {
                const { publish } = await __nccwpck_require__.e(/* import() */ 707).then(__nccwpck_require__.bind(__nccwpck_require__, 707));
                publication = await publish(api, credentials, prepared, {
                    username: verification.user.username,
                    onDuplicate: settings.onDuplicate,
                    dryRun: settings.dryRun,
                    log: (m) => io.info(say(m)),
                    warn: (m) => io.warning(say(m), 'Post')
                });
                findings.push(...publication.findings);
            }
            else if (prepared) {
                io.info('Nothing was uploaded or posted: the credentials check failed.');
            }
        }
        finally {
            api.close();
            clearTimeout(watchdog);
        }
    }
    await report(io, { verification, publication, findings, settled, api, settings, prepared });
}
function requiredLevel(settings, posting) {
    if (posting && levelRank(settings.permission) < levelRank('read-write'))
        return { level: 'read-write', because: 'posting needs `read-write`' };
    return { level: settings.permission, because: `\`permission\` is \`${settings.permission}\`` };
}
/**
 * The whole step's time budget: the per-request timeout for each attempt of
 * each round, rate-limit waits, and upload and video processing time.
 */
function stepBudgetMs(settings, prepared) {
    const perRequest = settings.timeoutMs * 3 + 15_000;
    const rounds = 1 + (prepared ? prepared.parts.length + 4 : 0);
    const media = prepared?.media.reduce((sum, m) => sum + Math.ceil(m.size / (4 * 1024 * 1024)) * perRequest + (m.category === 'tweet_image' ? 0 : 10 * 60_000), 0) ?? 0;
    return rounds * perRequest + 2 * settings.rateLimitWaitSeconds * 1000 * rounds + media;
}
async function isForkPullRequest(env) {
    if (!env.GITHUB_EVENT_PATH)
        return false;
    try {
        const { context } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
        const pr = context.payload.pull_request;
        if (!pr || !context.eventName.startsWith('pull_request'))
            return false;
        return !!pr.head?.repo?.fork || (!!pr.head?.repo?.full_name && pr.head.repo.full_name !== context.payload.repository?.full_name);
    }
    catch {
        return false;
    }
}
async function report(io, o) {
    const fingerprints = o.settled.credentials
        ? Object.values(o.settled.credentials)
            .filter((s) => s !== undefined)
            .map((s) => ({ input: s.input, fingerprint: s.fingerprint }))
        : [];
    const input = {
        verification: o.verification,
        publication: o.publication,
        findings: o.findings,
        fingerprints,
        calls: o.api?.calls ?? [],
        requiredLevel: o.settings ? requiredLevel(o.settings, !!o.prepared).level : undefined
    };
    for (const row of o.verification?.rows ?? [])
        io.info(say(rowLine(row)));
    for (const f of o.findings) {
        const title = diagnoses/* DIAGNOSES */.Uq[f.id].title;
        if (f.severity === 'error')
            io.error(say((0,diagnoses/* explain */.WE)(f)), title);
        else
            io.warning(say((0,diagnoses/* explain */.WE)(f)), title);
    }
    for (const [name, value] of Object.entries(buildOutputs(input)))
        io.setOutput(name, say(value));
    await io.writeSummary(say(buildSummary(input)));
    const errors = failed(o.findings);
    if (errors.length) {
        const titles = [...new Set(errors.map((f) => diagnoses/* DIAGNOSES */.Uq[f.id].title))].join('; ');
        io.setFailed(say(`X credentials action failed: ${titles}. See the errors above for the fix.`));
    }
    else if (o.verification?.user) {
        io.info(say(`Verified: @${o.verification.user.username} with \`${o.verification.accessLevel}\` access.`));
    }
}
/** The last resort: a short message, never a stack trace or an object dump. */
function failUnexpected(error, io) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
    const short = what.replace(/\s+/g, ' ').slice(0, 300);
    io.setFailed(say((0,diagnoses/* explain */.WE)((0,diagnoses/* finding */.gk)('internal-error', `Unexpected error (${short}).`))));
}


/***/ }),

/***/ 8548:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ markdownToText)
/* harmony export */ });
/**
 * The job summary as plain text, for a terminal: tables become aligned
 * columns, links show their address, emphasis marks go.
 */
function markdownToText(markdown) {
    const out = [];
    const lines = markdown.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (/^\|.*\|$/.test(lines[i])) {
            const table = [];
            while (i < lines.length && /^\|.*\|$/.test(lines[i])) {
                if (!/^\|[\s:|-]+\|$/.test(lines[i]))
                    table.push(splitRow(lines[i]).map(inline));
                i++;
            }
            i--;
            out.push(...alignTable(table));
        }
        else if (lines[i].startsWith('```')) {
            continue;
        }
        else {
            out.push(inline(lines[i].replace(/^#{1,6} /, '')));
        }
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
function splitRow(line) {
    return line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}
function inline(text) {
    return text
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, label, url) => (label === url ? url : `${label} <${url}>`))
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/`([^`]+)`/g, '$1');
}
function alignTable(rows) {
    const width = (s) => [...s].length;
    const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? '')))) ?? [];
    return rows.map((r) => r
        .map((cell, c) => cell + ' '.repeat(Math.max(0, widths[c] - width(cell))))
        .join('  ')
        .trimEnd());
}


/***/ }),

/***/ 8050:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ diagnoseXError)
/* harmony export */ });
/* harmony import */ var _diagnoses_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2562);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5689);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5090);



/**
 * The diagnosis for an error X (or the network) gave, whatever the request.
 * Checks and posting add their own, more specific, readings first.
 */
function diagnoseXError(error, subject) {
    const m = error.message;
    if (error.kind === 'deadline')
        return (0,_diagnoses_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('deadline-exceeded', m, subject);
    if (error.kind !== 'http' || error.info.html || (error.status ?? 0) >= 500)
        return (0,_diagnoses_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('x-unavailable', m, subject);
    if (error.isProblem('usage-capped'))
        return (0,_diagnoses_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('usage-capped', m, subject);
    if (error.status === 429) {
        const reset = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .rateLimitReset */ .xm)(error);
        const when = reset === undefined ? 'X sent no reset time.' : `The limit resets at ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReset */ .FO)(reset)}.`;
        return (0,_diagnoses_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('rate-limited', `${m} ${when}`, subject);
    }
    if (error.status === 402 || error.isProblem('credits-depleted'))
        return (0,_diagnoses_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('credits-depleted', m, subject);
    if (error.isProblem('client-forbidden') || error.isProblem('client-not-enrolled'))
        return (0,_diagnoses_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('client-not-enrolled', m, subject);
    if (error.isProblem('unsupported-authentication'))
        return (0,_diagnoses_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('unsupported-authentication', m, subject);
    if (error.isProblem('oauth1-permissions'))
        return (0,_diagnoses_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('access-level-too-low', m, subject);
    if (error.isDuplicate)
        return (0,_diagnoses_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('duplicate-content', m, subject);
    if (/mentioned or otherwise engaged/i.test(error.info.detail ?? ''))
        return (0,_diagnoses_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('reply-not-allowed', m, subject);
    if (/too long/i.test(error.info.detail ?? ''))
        return (0,_diagnoses_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('text-too-long', m, subject);
    return (0,_diagnoses_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('x-error', m, subject);
}



/***/ }),

/***/ 5689:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ pickHeaders),
/* harmony export */   Vc: () => (/* binding */ XApiError),
/* harmony export */   _p: () => (/* binding */ toXApiError)
/* harmony export */ });
/* unused harmony export readErrorBody */
/**
 * X's errors turned into the project's own type. Built from the status, the
 * problem type name, X's title and detail and a few headers only: the
 * library's error and request objects carry the Authorization header and are
 * never kept, printed or passed on.
 */
class XApiError extends Error {
    endpoint;
    kind;
    info;
    constructor(
    /** `GET /2/users/me` */
    endpoint, kind, info) {
        super(describe(endpoint, kind, info));
        this.endpoint = endpoint;
        this.kind = kind;
        this.info = info;
        this.name = 'XApiError';
    }
    get status() {
        return this.info.status;
    }
    /** The request may have reached X and been acted on: a post may exist. */
    get ambiguous() {
        return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'malformed' || (this.kind === 'http' && (this.info.status ?? 0) >= 500);
    }
    /** A retry may help: network trouble, timeouts, 5xx, HTML and unparsable pages. Never other 4xx. */
    get transient() {
        return this.ambiguous;
    }
    isProblem(name) {
        return this.info.problem === name || this.info.reason === name;
    }
    get isDuplicate() {
        return this.info.status === 403 && /duplicate content/i.test(this.info.detail ?? '');
    }
}
function describe(endpoint, kind, info) {
    const tries = info.attempts > 1 ? ` after ${info.attempts} attempts` : '';
    switch (kind) {
        case 'timeout':
            return `${endpoint}: no answer within the timeout${tries} (${info.cause ?? 'timeout'}).`;
        case 'network':
            return `${endpoint}: the network failed${tries} (${info.cause ?? 'connection error'}).`;
        case 'malformed':
            return `${endpoint}: X's answer${info.status ? ` (HTTP ${info.status})` : ''} could not be read${tries} (${info.cause ?? 'malformed body'}).`;
        case 'deadline':
            return `${endpoint}: stopped at the step's overall deadline${tries}.`;
        case 'http': {
            if (info.html)
                return `${endpoint}: X answered HTTP ${info.status} with an HTML error page instead of JSON${tries}.`;
            const parts = [info.title, info.detail].filter((p, i, all) => !!p && all.indexOf(p) === i);
            const text = parts.length ? `: ${parts.join(' — ')}` : '';
            const tags = [info.problem && `problem ${info.problem}`, info.code !== undefined && `code ${info.code}`].filter(Boolean).join(', ');
            return `${endpoint}: X answered HTTP ${info.status}${text}${tags ? ` (${tags})` : ''}${tries}.`;
        }
    }
}
const PROBLEM = /\/2\/problems\/([A-Za-z0-9-]+)/;
function asNumber(v) {
    const n = Number(v);
    return v === undefined || v === '' || Number.isNaN(n) ? undefined : n;
}
function header(headers, name) {
    const v = headers?.[name];
    return Array.isArray(v) ? String(v[0]) : typeof v === 'string' ? v : undefined;
}
function limitFrom(headers, prefix) {
    const limit = asNumber(header(headers, `${prefix}-limit`));
    const remaining = asNumber(header(headers, `${prefix}-remaining`));
    const reset = asNumber(header(headers, `${prefix}-reset`));
    return limit === undefined && remaining === undefined && reset === undefined ? undefined : { limit, remaining, reset };
}
/** Picks the headers the action uses. Header names from Node are lower-case already. */
function pickHeaders(headers) {
    return {
        date: header(headers, 'date'),
        accessLevel: header(headers, 'x-access-level'),
        rateLimit: limitFrom(headers, 'x-rate-limit'),
        userDay: limitFrom(headers, 'x-user-limit-24hour'),
        appDay: limitFrom(headers, 'x-app-limit-24hour')
    };
}
function truncate(text, max = 300) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}
function str(v) {
    return typeof v === 'string' && v.trim() ? truncate(v) : undefined;
}
/** Reads X's error body: v2 problem (`type`/`title`/`detail`) or v1.1 `errors[]`. */
function readErrorBody(data) {
    if (typeof data === 'string') {
        return /<html|<!doctype/i.test(data) ? { html: true } : { detail: str(data) };
    }
    if (!data || typeof data !== 'object')
        return {};
    const body = data;
    const type = typeof body.type === 'string' ? body.type : '';
    const first = Array.isArray(body.errors) && body.errors[0] && typeof body.errors[0] === 'object' ? body.errors[0] : undefined;
    return {
        problem: PROBLEM.exec(type)?.[1],
        title: str(body.title),
        detail: [str(body.detail), str(first?.message)].filter(Boolean).join(' ') || undefined,
        code: asNumber(first?.code),
        reason: str(body.reason)
    };
}
/**
 * Turns whatever twitter-api-v2 threw into an XApiError, reading only plain
 * fields. Unknown throwables become a network error with their class name.
 */
function toXApiError(endpoint, error, attempts) {
    if (error instanceof XApiError)
        return error;
    const e = (error ?? {});
    const type = e.type;
    if (type === 'response') {
        const status = asNumber(e.code);
        return new XApiError(endpoint, 'http', { status, headers: pickHeaders(e.headers), attempts, ...readErrorBody(e.data) });
    }
    if (type === 'partial-response') {
        const response = e.response;
        const aborted = typeof e.message === 'string' && e.message.includes('abruptly closed');
        return new XApiError(endpoint, aborted ? 'network' : 'malformed', {
            status: response?.statusCode,
            headers: pickHeaders(response?.headers),
            attempts,
            cause: aborted ? 'connection closed before the answer was complete' : 'the body is not valid JSON'
        });
    }
    if (type === 'request') {
        // twitter-api-v2 1.29 stores the transport error as `_options.error` while its
        // `requestError` getter reads `_options.requestError`; read both, code and message only.
        const options = e._options;
        const inner = (e.requestError ?? options?.error);
        const text = inner?.code ?? inner?.message ?? 'request failed';
        const timedOut = /timeout/i.test(text);
        return new XApiError(endpoint, timedOut ? 'timeout' : 'network', { headers: {}, attempts, cause: truncate(text, 120) });
    }
    const name = error instanceof Error ? error.name : typeof error;
    return new XApiError(endpoint, 'network', { headers: {}, attempts, cause: name });
}


/***/ }),

/***/ 5090:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   FO: () => (/* binding */ formatReset),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   xm: () => (/* binding */ rateLimitReset)
/* harmony export */ });
/* unused harmony exports backoffMs, humanSeconds */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5689);

/** The step's overall time budget: nothing may wait or retry past it. */
class Deadline {
    at;
    constructor(at) {
        this.at = at;
    }
    static in(ms) {
        return new Deadline(Date.now() + ms);
    }
    remaining() {
        return this.at - Date.now();
    }
}
const DEFAULT_RETRY = {
    attempts: 3,
    baseDelayMs: 1000,
    maxDelayMs: 8000,
    rateLimitWaits: 2
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
/** Exponential backoff with "equal jitter": half fixed, half random, so parallel runs spread out. */
function backoffMs(retry, policy, random = Math.random) {
    const full = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
    return Math.round(full / 2 + (random() * full) / 2);
}
/** The latest reset among the exhausted windows a 429 names (15-minute, or 24-hour user/app). */
function rateLimitReset(error) {
    const h = error.info.headers;
    const windows = [h.rateLimit, h.userDay, h.appDay].filter((w) => !!w && w.reset !== undefined);
    const exhausted = windows.filter((w) => w.remaining === 0);
    const resets = (exhausted.length ? exhausted : windows).map((w) => w.reset);
    return resets.length ? Math.max(...resets) : undefined;
}
function formatReset(resetEpochSeconds, now = Date.now()) {
    const at = new Date(resetEpochSeconds * 1000).toISOString().replace('.000Z', 'Z').replace('T', ' ').replace('Z', ' UTC');
    return `${at} (in ${humanSeconds(Math.max(0, Math.round(resetEpochSeconds - now / 1000)))})`;
}
function humanSeconds(s) {
    if (s < 90)
        return `${s} s`;
    if (s < 5400)
        return `${Math.round(s / 60)} min`;
    return `${(s / 3600).toFixed(1)} h`;
}
/**
 * Runs one request with the project's retry rules: transient failures are
 * retried with backoff a bounded number of times; 429 waits for the reset when
 * it is near enough; every other 4xx is final at once.
 */
async function withRetries(endpoint, send, toError, policy, events) {
    let attempt = 0;
    let failures = 0;
    let waits = 0;
    for (;;) {
        attempt++;
        let error;
        try {
            return await send(attempt);
        }
        catch (thrown) {
            error = toError(thrown, attempt);
        }
        events.onAttemptError?.(error);
        const left = policy.deadline.remaining();
        if (error.status === 429) {
            const reset = rateLimitReset(error);
            const waitMs = reset === undefined ? undefined : reset * 1000 - Date.now() + 1000;
            const canWait = waitMs !== undefined && waitMs <= policy.rateLimitWaitSeconds * 1000 && waitMs < left && waits < policy.rateLimitWaits;
            if (!canWait)
                throw error;
            waits++;
            events.onWait(`${endpoint}: rate limited by X; waiting ${humanSeconds(Math.ceil(Math.max(0, waitMs) / 1000))} for the reset at ${formatReset(reset)}.`);
            await sleep(waitMs);
            continue;
        }
        if (!error.transient)
            throw error;
        failures++;
        if (failures >= policy.attempts)
            throw error;
        const delay = backoffMs(failures, policy);
        if (delay >= left)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .XApiError */ .Vc(endpoint, 'deadline', { ...error.info, attempts: attempt, cause: error.info.cause });
        events.onWait(`${endpoint}: attempt ${attempt} failed (${error.message.replace(`${endpoint}: `, '')}); retrying in ${(delay / 1000).toFixed(1)} s.`);
        await sleep(delay);
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

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

/***/ 4876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

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
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__main as main };
/******/ 
