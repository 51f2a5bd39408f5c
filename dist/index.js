import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ SHAPES),
/* harmony export */   L1: () => (/* binding */ readCredentials),
/* harmony export */   Qr: () => (/* binding */ settleValues),
/* harmony export */   cx: () => (/* binding */ oauth2Kind),
/* harmony export */   pS: () => (/* binding */ lintValue),
/* harmony export */   px: () => (/* binding */ settleValue)
/* harmony export */ });
/* unused harmony exports MIN_CREDENTIAL_LENGTH, missing */
/* harmony import */ var _diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8496);
/* harmony import */ var _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9710);
/* harmony import */ var _io_secret_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5630);
/**
 * Reading and linting credential values, for every auth method alike: the
 * input first, then each environment variable; trimmed and unquoted with a
 * warning; refused only when no X credential could look like that.
 */



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
const MAX_CREDENTIAL_LENGTH = 512;
/**
 * Below every credential X or GitHub issues (an older App's API key has 22
 * characters, a GitHub token 40). A value this short is refused rather than
 * half-masked: the runner would hide it inside ordinary words of the log and
 * the outputs, and pieces of it would show.
 */
const MIN_CREDENTIAL_LENGTH = 16;
/**
 * Trims and unquotes a given value (with a warning), then `repair` may fix
 * what belongs to its kind; a value no X credential could have is an input
 * error that never quotes it.
 */
function lintValue(raw, repair) {
    const { spec, value, source } = raw;
    const findings = [];
    const where = source && source !== 'input' ? ` (from ${source})` : '';
    let v = value.trim();
    if (v !== value)
        findings.push((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('whitespace-trimmed', `\`${spec.input}\`${where} had whitespace or a line break around it; it was trimmed.`, spec.input));
    const quoted = /^(["'])(.*)\1$/s.exec(v);
    if (quoted) {
        v = quoted[2].trim();
        findings.push((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('quotes-stripped', `\`${spec.input}\`${where} was wrapped in quotes; they were removed.`, spec.input));
    }
    if (repair) {
        const repaired = repair(v, where);
        v = repaired.value;
        findings.push(...repaired.findings);
    }
    const problem = shapeProblem(v);
    if (problem)
        return { findings, error: new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(spec.input, `\`${spec.input}\`${where} ${problem}.`) };
    return { value: v, findings };
}
/**
 * One given value, linted into `settled` (its repairs as findings, a value no credential could have as an error, a
 * repaired form among the derived ones to mask): the value as a Secret when it can be used.
 */
function settleValue(given, settled, repair) {
    const linted = lintValue(given, repair);
    settled.findings.push(...linted.findings);
    if (linted.error)
        settled.errors.push(linted.error);
    if (linted.value === undefined)
        return undefined;
    if (linted.value !== given.value)
        settled.derived.push(linted.value);
    return new _io_secret_js__WEBPACK_IMPORTED_MODULE_2__/* .Secret */ .zh(given.spec.input, linted.value);
}
/** Every value of `specs` settled as `settleValue` does; one that is not given but `required` gets the missing-credential error. */
function settleValues(raw, specs, settled, o) {
    const values = {};
    for (const [key, spec] of Object.entries(specs)) {
        const given = raw[spec.input];
        if (!given?.source) {
            if (o.required(key))
                settled.findings.push(missing(spec, o.forkPullRequest));
            continue;
        }
        const secret = settleValue(given, settled);
        if (secret)
            values[key] = secret;
    }
    return values;
}
/** The error for a required value that is not there, naming every place that was tried. */
function missing(spec, forkPullRequest) {
    const tried = spec.env.join(' nor ');
    let message = `\`${spec.input}\` (${spec.label}) is empty: the input was not set, and neither ${tried} holds a value.`;
    if (forkPullRequest)
        message += ' This run is a pull request from a fork, and GitHub does not pass secrets to workflows triggered from forks.';
    return (0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('missing-credential', message, spec.input);
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
    // X issues printable ASCII only. Anything else (a typographic quote, a zero-width space) cannot authenticate, and
    // in a bearer token it cannot even go into an HTTP header: the request would fail locally and pass for a network error.
    if (/[^\x21-\x7e]/.test(v))
        return 'contains characters other than ASCII letters, digits and symbols (a typographic quote or an invisible character copied along?); X credentials have none';
    if (v.length > MAX_CREDENTIAL_LENGTH)
        return `is ${v.length} characters long; X credentials are under ${MAX_CREDENTIAL_LENGTH}`;
    if (v.length < MIN_CREDENTIAL_LENGTH)
        return `is ${v.length} characters long; no credential is shorter than ${MIN_CREDENTIAL_LENGTH} (an API key has 25), and a value this short could not be masked in the log without hiding ordinary words`;
    return null;
}
const OAUTH2_FORMS = [
    [/:1:ci$/, 'Client ID'],
    [/:\d+:1:0:at:1$/, 'user access token'],
    [/:\d+:1:0:rt:1$/, 'refresh token']
];
/**
 * The OAuth 2.0 credential a value is, if it has one's form: X's OAuth 2.0
 * Client ID reads `<id>:1:ci` and a user access token `<random>:<ms>:1:0:at:1`
 * (a refresh token `…:1:0:rt:1`), issued base64-encoded; some paste the
 * decoded form. An OAuth 1.0a value never has either.
 */
function oauth2Kind(value) {
    const decoded = /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) ? Buffer.from(value, 'base64').toString('latin1') : '';
    for (const form of [value, decoded]) {
        const kind = OAUTH2_FORMS.find(([pattern]) => pattern.test(form))?.[1];
        if (kind)
            return kind;
    }
    return undefined;
}
/** Shapes X's credentials are seen to have (format notes, not rules: X decides). */
const SHAPES = {
    /** `<numeric user id>-<letters and digits>` */
    accessToken: /^\d+-[A-Za-z0-9]+$/,
    /** An app-only bearer token starts with a run of `A`s. */
    bearer: /^A{20}/
};


/***/ }),

/***/ 4171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ parseScopes),
/* harmony export */   M2: () => (/* binding */ accessLevelOf),
/* harmony export */   NM: () => (/* binding */ neededScopes),
/* harmony export */   m1: () => (/* binding */ DEFAULT_SCOPES)
/* harmony export */ });
/* harmony import */ var _settings_access_level_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6196);

/** What `x-credentials-check authorize` asks for when `--scopes` is not given. */
const DEFAULT_SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write'];
/** Every scope the run needs: to verify, to keep rotating, and what the requirement adds. */
function neededScopes(need) {
    const scopes = [
        { scope: 'tweet.read', because: 'GET /2/users/me needs it' },
        { scope: 'users.read', because: 'GET /2/users/me needs it' },
        { scope: 'offline.access', because: 'without it X issues no next refresh token' }
    ];
    if ((0,_settings_access_level_js__WEBPACK_IMPORTED_MODULE_0__/* .levelRank */ .Le)(need.level) >= (0,_settings_access_level_js__WEBPACK_IMPORTED_MODULE_0__/* .levelRank */ .Le)('read-write'))
        scopes.push({ scope: 'tweet.write', because: need.because });
    if ((0,_settings_access_level_js__WEBPACK_IMPORTED_MODULE_0__/* .levelRank */ .Le)(need.level) >= (0,_settings_access_level_js__WEBPACK_IMPORTED_MODULE_0__/* .levelRank */ .Le)('read-write-directmessages')) {
        scopes.push({ scope: 'dm.read', because: need.because }, { scope: 'dm.write', because: need.because });
    }
    for (const extra of need.scopes ?? [])
        if (!scopes.some((s) => s.scope === extra.scope))
            scopes.push(extra);
    return scopes;
}
/** The `access-level` output for OAuth 2.0: `read-write` when `tweet.write` is granted, else `read` (DM scopes are checked apart). */
function accessLevelOf(scopes) {
    return scopes.includes('tweet.write') ? 'read-write' : 'read';
}
function parseScopes(scope) {
    return (scope ?? '').split(/\s+/).filter(Boolean);
}


/***/ }),

/***/ 4684:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  MA: () => (/* binding */ AUTH_METHODS),
  DC: () => (/* binding */ CREDENTIAL_SPECS),
  LS: () => (/* binding */ connectionsNeeded),
  j3: () => (/* binding */ settleAll)
});

// EXTERNAL MODULE: ./src/x/errors.ts
var errors = __nccwpck_require__(5689);
;// CONCATENATED MODULE: ./src/checks/answer.ts

/** Waits for a request and keeps its error as a value, so concurrent checks never reject each other. */
async function answerOf(promise) {
    try {
        return { ok: true, value: await promise };
    }
    catch (error) {
        if (error instanceof errors/* XApiError */.Vc)
            return { ok: false, error };
        throw error;
    }
}

// EXTERNAL MODULE: ./src/checks/row.ts
var row = __nccwpck_require__(6033);
// EXTERNAL MODULE: ./src/diagnoses/finding.ts
var finding = __nccwpck_require__(8496);
// EXTERNAL MODULE: ./src/diagnoses/x-error.ts
var x_error = __nccwpck_require__(162);
// EXTERNAL MODULE: ./src/auth/credentials.ts
var credentials = __nccwpck_require__(8168);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
;// CONCATENATED MODULE: ./src/auth/app-bearer/usage.ts

/** X sends the counts as strings (spec 2.167) or numbers (spec 2.164): both are read. */
function readUsage(data) {
    const num = (v) => (v === undefined || v === null || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));
    return {
        cap: num(data.project_cap),
        used: num(data.project_usage),
        resetDay: num(data.cap_reset_day),
        projectId: typeof data.project_id === 'string' ? data.project_id : undefined
    };
}
function usageLines(u) {
    if (u.cap === undefined || u.used === undefined || u.cap <= 0)
        return [];
    const share = u.used / u.cap;
    const reset = u.resetDay ? ` · resets on day ${u.resetDay} of the month` : '';
    return [`**Project usage:** \`${(0,markdown/* bar */.M0)(share)}\` ${(0,markdown/* number */.ai)(u.used)} of ${(0,markdown/* number */.ai)(u.cap)} posts this month (${(share * 100).toFixed(1)} %)${reset}`, ''];
}

;// CONCATENATED MODULE: ./src/auth/app-bearer/index.ts
/**
 * The App's bearer token (OAuth 2.0 app-only), optional. Proven by
 * GET /2/usage/tweets, and held against the token X issues for the API key
 * (POST /oauth2/token, sent by the OAuth 1.0a method): X keeps one bearer
 * token per App, so the two must be equal.
 */






const SPEC = { input: 'bearer-token', env: ['TWITTER_BEARER_TOKEN', 'X_BEARER_TOKEN'], label: 'bearer token' };
const app_bearer_row = (0,row/* rowsLabelled */.hb)({ bearer: 'Bearer token', 'app-consistency': 'Bearer matches the App' });
const tri = (b) => (b === undefined ? '' : String(b));
const appBearer = {
    id: 'app-bearer',
    context: 'app',
    credentials: [SPEC],
    // GET /2/usage/tweets.
    requests: 1,
    idleOutputs: { 'bearer-valid': '', 'app-consistent': '' },
    settle(raw) {
        const settled = { method: appBearer, findings: [], errors: [], derived: [], secrets: [] };
        const given = raw[SPEC.input];
        if (!given?.source) {
            settled.start = async () => ({ conclude: () => notGiven() });
            return settled;
        }
        const bearer = (0,credentials/* settleValue */.px)(given, settled, repair);
        if (!bearer)
            return settled;
        settled.secrets.push(bearer);
        const hints = shapeHints(bearer.reveal());
        settled.start = async (x) => {
            const usage = await answerOf(x.client({ kind: 'app-bearer', bearerToken: bearer }).usageTweets());
            return { conclude: (ctx) => conclude(bearer, usage, hints, ctx) };
        };
        return settled;
    }
};
/** X issues the bearer token percent-encoded; a copy that lost the prefix or the encoding is repaired, with a warning. */
function repair(value, where) {
    const findings = [];
    let v = value;
    const prefixed = /^bearer\s+/i.exec(v);
    if (prefixed) {
        v = v.slice(prefixed[0].length);
        findings.push((0,finding/* finding */.gk)('bearer-prefix', `\`bearer-token\`${where} began with "Bearer "; it was removed.`, SPEC.input));
    }
    if (/[+/=]/.test(v)) {
        v = v.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D');
        findings.push((0,finding/* finding */.gk)('bearer-decoded', `\`bearer-token\`${where} holds \`+\`, \`/\` or \`=\`: it was percent-decoded when copied. It was re-encoded for this run.`, SPEC.input));
    }
    return { value: v, findings };
}
/** Shapes that explain a refused bearer token; shown only when X refuses it. */
function shapeHints(value) {
    if (credentials/* SHAPES */.HY.accessToken.test(value)) {
        return [(0,finding/* finding */.gk)('credential-in-wrong-slot', '`bearer-token` has the `<user id>-…` shape of an OAuth 1.0a access token.', SPEC.input, 'error')];
    }
    const kind = (0,credentials/* oauth2Kind */.cx)(value);
    if (kind)
        return [(0,finding/* finding */.gk)('credential-in-wrong-slot', `\`bearer-token\` has the form of an OAuth 2.0 ${kind}, not of the App's bearer token.`, SPEC.input, 'error')];
    return [];
}
function notGiven() {
    return { rows: [app_bearer_row('bearer', 'skip', 'Not given: the app-only checks were skipped.')], findings: [], outputs: appBearer.idleOutputs, summary: [] };
}
function conclude(bearer, usage, hints, ctx) {
    const rows = [];
    const findings = [];
    let valid;
    if (usage.ok) {
        valid = true;
        rows.push(app_bearer_row('bearer', 'pass', 'Accepted (GET /2/usage/tweets).'));
    }
    else if (usage.error.status === 401) {
        valid = false;
        rows.push(app_bearer_row('bearer', 'fail', 'Rejected by X (GET /2/usage/tweets: 401).'));
        findings.push((0,finding/* finding */.gk)('bearer-rejected', `${usage.error.message} The bearer token is wrong, invalidated, or regenerated since it was stored.`, SPEC.input), ...hints);
    }
    else if (usage.error.isProblem('unsupported-authentication')) {
        valid = false;
        rows.push(app_bearer_row('bearer', 'fail', "Refused: a user token, not the App's bearer token (GET /2/usage/tweets: 403)."));
        findings.push((0,finding/* finding */.gk)('bearer-is-user-token', `${usage.error.message} GET /2/usage/tweets takes only the App's bearer token, and \`bearer-token\` holds a user access token.`, SPEC.input), ...hints);
    }
    else if (usage.error.status === 429 && !usage.error.isProblem('usage-capped')) {
        // The usage request is optional: its rate limit proves the bearer token and must not stop the run.
        valid = true;
        rows.push(app_bearer_row('bearer', 'pass', 'Accepted (X rate-limits only requests that authenticated); the usage could not be read.'));
        findings.push((0,finding/* finding */.gk)('usage-unreadable', `${usage.error.message} ${(0,x_error/* resetNote */.Kq)(usage.error)}`, SPEC.input));
    }
    else {
        valid = (0,x_error/* provesAuthentication */.ub)(usage.error) ? true : undefined;
        const diagnosis = (0,x_error/* diagnoseXError */.Jp)(usage.error, SPEC.input);
        rows.push(app_bearer_row('bearer', 'fail', valid ? `Authenticated, but X refused GET /2/usage/tweets: ${diagnosis.message}` : diagnosis.message));
        findings.push(diagnosis);
    }
    const consistency = consistencyRow(bearer, valid, ctx.shared.appBearer);
    rows.push(consistency.row);
    findings.push(...consistency.findings);
    return {
        rows,
        findings,
        outputs: { 'bearer-valid': tri(valid), 'app-consistent': tri(consistency.consistent) },
        summary: usage.ok ? usageLines(readUsage(usage.value.data)) : []
    };
}
/** The bearer must be the one X keeps for these API keys. */
function consistencyRow(bearer, valid, app) {
    if (app?.token) {
        const issued = bearer.with(app.token);
        if (bearer.equals(issued))
            return { row: app_bearer_row('app-consistency', 'pass', 'The bearer token is the one X issues for this API key.'), findings: [], consistent: true };
        if (!valid)
            return { row: app_bearer_row('app-consistency', 'fail', 'The bearer token is not the one X issues for this API key.'), findings: [], consistent: false };
        return {
            row: app_bearer_row('app-consistency', 'fail', 'The bearer token belongs to another App.'),
            consistent: false,
            findings: [
                (0,finding/* finding */.gk)('bearer-other-app', `The bearer token is valid, but X issues a different one for this API key (bearer ${bearer.fingerprint}, the App's ${issued.fingerprint}): it belongs to another App, or was regenerated since.`, SPEC.input)
            ]
        };
    }
    if (app?.keysRejected && !app.keysProven)
        return { row: app_bearer_row('app-consistency', 'skip', 'Not compared: the API key and secret were rejected.'), findings: [] };
    return { row: app_bearer_row('app-consistency', 'skip', 'Not compared: /oauth2/token gave no bearer token.'), findings: [] };
}

;// CONCATENATED MODULE: ./src/auth/method.ts
/** Whether the user gave a value of this method that chooses it (`alone`: one that chooses it when nothing else does). */
function isGiven(method, raw, strength = 'always') {
    return method.credentials.some((spec) => (spec.selects ?? 'always') === strength && raw[spec.input]?.source);
}

// EXTERNAL MODULE: ./src/io/secret.ts
var secret = __nccwpck_require__(5630);
;// CONCATENATED MODULE: ./src/auth/oauth1a/facts.ts
/**
 * What the two OAuth 1.0a requests proved, read once: POST /oauth2/token
 * judges the API key and secret on their own, GET /2/users/me the four
 * values together. Each row then reads these facts, never another row.
 */


/** Sends both requests at once and waits for both answers. */
async function gather(token, me) {
    const [t, m] = await Promise.all([answerOf(token), answerOf(me)]);
    return { token: t, me: m };
}
function readFacts(answers) {
    const { token, me } = answers;
    const appBearer = token.ok && token.value.data.token_type === 'bearer' ? token.value.data.access_token || undefined : undefined;
    return {
        token,
        me,
        appBearer,
        keysRejected: !token.ok && token.error.status === 403 && token.error.info.code === 99,
        meRefused: !me.ok && me.error.status === 401,
        timestampRefused: !me.ok && me.error.status === 401 && me.error.info.code === 135,
        keysProven: me.ok || (0,x_error/* provesAuthentication */.ub)(me.error)
    };
}

;// CONCATENATED MODULE: ./src/auth/oauth1a/hints.ts
/**
 * Shapes that explain a failure: two values swapped, a credential in the
 * wrong input. They are only shown when the related check fails; a value
 * that authenticates is never questioned for its looks.
 */


function hints_shapeHints(v) {
    const hints = [];
    const reveal = (s) => s?.reveal() ?? '';
    if (v.apiKey?.length === 50 && v.apiSecret?.length === 25) {
        hints.push((0,finding/* finding */.gk)('consumer-pair-swapped', '`api-key` has the length of an API secret (50) and `api-secret` that of an API key (25): they look swapped.', 'api-key'));
    }
    if (credentials/* SHAPES */.HY.accessToken.test(reveal(v.accessSecret)) && !credentials/* SHAPES */.HY.accessToken.test(reveal(v.accessToken))) {
        hints.push((0,finding/* finding */.gk)('access-pair-swapped', '`access-secret` has the `<user id>-…` shape of an access token and `access-token` does not: they look swapped.', 'access-token'));
    }
    for (const value of [v.apiKey, v.apiSecret, v.accessToken, v.accessSecret]) {
        if (value && credentials/* SHAPES */.HY.bearer.test(value.reveal())) {
            hints.push((0,finding/* finding */.gk)('credential-in-wrong-slot', `\`${value.input}\` starts with the run of A's of a bearer token.`, value.input));
        }
        const kind = value && (0,credentials/* oauth2Kind */.cx)(value.reveal());
        if (value && kind) {
            hints.push((0,finding/* finding */.gk)('oauth2-credential-in-oauth1-input', `\`${value.input}\` has the form of an OAuth 2.0 ${kind}, which is not one of the four OAuth 1.0a values.`, value.input));
        }
    }
    return hints;
}
/** The hints about these inputs, raised to errors: they now explain a failed check. */
function hintsFor(hints, ...inputs) {
    return hints.filter((h) => h.subject && inputs.includes(h.subject)).map((h) => ({ ...h, severity: 'error' }));
}

// EXTERNAL MODULE: ./src/settings/access-level.ts
var access_level = __nccwpck_require__(6196);
// EXTERNAL MODULE: ./src/x/retry.ts
var retry = __nccwpck_require__(5090);
// EXTERNAL MODULE: ./src/checks/clock.ts
var checks_clock = __nccwpck_require__(1259);
;// CONCATENATED MODULE: ./src/auth/oauth1a/rows.ts
/** The OAuth 1.0a rows, one small function each, from the facts alone. */







const LABELS = {
    'consumer-keys': 'API key and secret',
    'access-token': 'Access token and secret',
    'access-level': 'Access level'
};
const rows_row = (0,row/* rowsLabelled */.hb)(LABELS);
/** What users/me's answer proved of the keys, in words. */
function proof(f) {
    return f.me.ok
        ? 'GET /2/users/me accepted the API key'
        : `GET /2/users/me answered HTTP ${f.me.error.status}, which X sends only to requests that authenticated`;
}
/** The API key and secret, on their own (POST /oauth2/token), unless users/me proved them. */
function consumerKeysRow(f, hints) {
    if (f.appBearer)
        return (0,row/* rowResult */.WH)(rows_row('consumer-keys', 'pass', "Accepted: X issued the App's bearer token for them."));
    if (f.token.ok) {
        return (0,row/* rowResult */.WH)(rows_row('consumer-keys', 'warn', 'POST /oauth2/token answered without a bearer token.'), (0,finding/* finding */.gk)('bearer-not-compared', 'POST /oauth2/token answered 200 without a bearer token.', 'api-key'));
    }
    const error = f.token.error;
    if (f.keysProven && f.keysRejected) {
        // Code 99 also means "asked too often"; users/me just proved the keys work.
        return (0,row/* rowResult */.WH)(rows_row('consumer-keys', 'warn', 'Accepted by users/me; /oauth2/token refused (code 99, which X also sends when it is called too often).'), (0,finding/* finding */.gk)('bearer-not-compared', `${error.message} ${proof(f)}, so X most likely throttled /oauth2/token; the bearer token could not be compared with the App's.`, 'api-key'));
    }
    if (f.keysProven) {
        return (0,row/* rowResult */.WH)(rows_row('consumer-keys', 'warn', `Accepted by users/me; /oauth2/token failed (${error.status ? `HTTP ${error.status}` : error.kind}).`), (0,finding/* finding */.gk)('bearer-not-compared', `${error.message} ${proof(f)}, so the keys are good; the bearer token could not be compared with the App's.${error.status === 429 ? ` ${(0,x_error/* resetNote */.Kq)(error)}` : ''}`, 'api-key'));
    }
    if (f.keysRejected) {
        return (0,row/* rowResult */.WH)(rows_row('consumer-keys', 'fail', 'Rejected by X (POST /oauth2/token: 403, code 99).'), (0,finding/* finding */.gk)('consumer-keys-rejected', `${error.message} The API key or API secret is wrong, regenerated since, or from a deleted or suspended App.`, 'api-key'), ...hintsFor(hints, 'api-key', 'api-secret'));
    }
    const diagnosis = (0,x_error/* diagnoseXError */.Jp)(error, 'api-key');
    return (0,row/* rowResult */.WH)(rows_row('consumer-keys', 'fail', diagnosis.message), diagnosis);
}
/** The access token and secret (GET /2/users/me), read with what the token endpoint said of the keys. */
function accessTokenRow(f, hints, skew) {
    if (f.me.ok) {
        const user = f.me.value.data;
        return (0,row/* rowResult */.WH)(rows_row('access-token', 'pass', `Authenticated as @${user.username} (id ${user.id}).`));
    }
    const e = f.me.error;
    if (f.meRefused)
        return refusedRow(f, hints, skew);
    if (f.keysProven) {
        const because = isRateLimit(f) ? 'X rate-limits only requests that authenticated' : `X answers HTTP ${e.status} only to requests that authenticated`;
        return (0,row/* rowResult */.WH)(rows_row('access-token', 'pass', `Authenticated (${because}).`));
    }
    const diagnosis = (0,x_error/* diagnoseXError */.Jp)(e, 'access-token');
    return (0,row/* rowResult */.WH)(rows_row('access-token', 'fail', diagnosis.message), diagnosis);
}
/**
 * A 401 from users/me. The keys are judged without a timestamp (Basic auth on
 * /oauth2/token), so a far-off clock and a wrong access token both explain it:
 * both are named, since X's 401 does not say which.
 */
function refusedRow(f, hints, skew) {
    const e = f.me.error;
    if (f.timestampRefused) {
        const how = skew === undefined ? 'is off' : `is ${(0,checks_clock/* describeSkew */.mp)(skew)} X's`;
        return (0,row/* rowResult */.WH)(rows_row('access-token', 'fail', "Refused: the signature's timestamp is outside X's window."), (0,finding/* finding */.gk)('clock-skew', `${e.message} X refused the signature's timestamp: the runner's clock ${how}.`, 'clock'));
    }
    if (f.keysRejected)
        return (0,row/* rowResult */.WH)(rows_row('access-token', 'fail', 'Not usable: the API key and secret they are signed with were rejected.'));
    const clock = (0,checks_clock/* isSkewed */.SP)(skew);
    const orClock = clock ? " — or the runner's clock is why (see the clock error)" : '';
    const credential = f.appBearer
        ? [
            (0,finding/* finding */.gk)('access-token-rejected', `${e.message} The API key and secret are valid, so the access token or access secret is wrong, revoked, or from another App${orClock}.`, 'access-token'),
            ...hintsFor(hints, 'access-token', 'access-secret')
        ]
        : [
            (0,finding/* finding */.gk)('oauth-rejected', `${e.message} X does not say which of the four values is wrong${orClock}.`, 'access-token'),
            ...hintsFor(hints, 'api-key', 'api-secret', 'access-token', 'access-secret')
        ];
    if (!clock)
        return (0,row/* rowResult */.WH)(rows_row('access-token', 'fail', 'Rejected by X (GET /2/users/me: 401).'), ...credential);
    const which = f.appBearer ? 'the access token' : 'a credential';
    return (0,row/* rowResult */.WH)(rows_row('access-token', 'fail', `Refused: the runner's clock is off, or ${which} is wrong.`), (0,finding/* finding */.gk)('clock-skew', `${e.message} The runner's clock is ${(0,checks_clock/* describeSkew */.mp)(skew)} X's, more than the ${checks_clock/* CLOCK_SKEW_LIMIT_SECONDS */.s_} s this action allows for; X's own window is undocumented (reported as 5 minutes), so the clock may be why X refused the signature, or ${which} is wrong (see the next error).`, 'clock'), ...credential);
}
/** The token's access level (x-access-level) against what this run needs. */
function accessLevelRow(f, need) {
    if (f.me.ok) {
        const level = f.me.value.headers.accessLevel;
        if (!level) {
            return (0,row/* rowResult */.WH)(rows_row('access-level', 'fail', 'X did not send x-access-level.'), (0,finding/* finding */.gk)('access-level-unknown', `GET /2/users/me answered without the x-access-level header, so the token's access level (${need.because}) could not be confirmed.`, 'access-token'));
        }
        if ((0,access_level/* levelRank */.Le)(level) >= (0,access_level/* levelRank */.Le)(need.level))
            return (0,row/* rowResult */.WH)(rows_row('access-level', 'pass', `\`${level}\` (${need.because}).`));
        if ((0,access_level/* levelRank */.Le)(level) >= (0,access_level/* levelRank */.Le)('read-write')) {
            return (0,row/* rowResult */.WH)(rows_row('access-level', 'fail', `\`${level}\`, below \`${need.level}\`.`), (0,finding/* finding */.gk)('access-level-no-direct-messages', `The access token has \`${level}\` access: it can post, but ${need.because}, which also needs direct messages. A token keeps the permission it was issued with: after allowing direct messages in the App, regenerate it.`, 'access-token'));
        }
        return (0,row/* rowResult */.WH)(rows_row('access-level', 'fail', `\`${level}\`, below \`${need.level}\`.`), (0,finding/* finding */.gk)('access-level-too-low', `The access token has \`${level}\` access, but ${need.because}. The App may allow more now, but this token was issued before that change and keeps its old permission: regenerate it.`, 'access-token'));
    }
    if (!f.keysProven)
        return (0,row/* rowResult */.WH)(rows_row('access-level', 'skip', 'Not checked: the access token did not authenticate.'));
    const e = f.me.error;
    if (isRateLimit(f)) {
        const reset = (0,retry/* rateLimitReset */.xm)(e);
        const when = reset === undefined ? '' : ` The limit resets at ${(0,retry/* formatReset */.FO)(reset)}.`;
        return (0,row/* rowResult */.WH)(rows_row('access-level', 'fail', 'Unknown: GET /2/users/me was rate limited.'), (0,finding/* finding */.gk)('access-level-unknown', `${e.message} The credentials authenticated, but the access level could not be read.${when}`, 'access-token'));
    }
    // Authenticated, then refused for the account's or the App's standing: that is the finding, not the credentials.
    const diagnosis = (0,x_error/* diagnoseXError */.Jp)(e, 'access-token');
    return (0,row/* rowResult */.WH)(rows_row('access-level', 'fail', `Not read: X refused GET /2/users/me (${(0,finding/* titleOf */.Gg)(diagnosis)}).`), diagnosis);
}
/** A 429 on users/me that is a rate limit (X limits only requests that authenticated), not a usage cap. */
function isRateLimit(f) {
    return !f.me.ok && f.me.error.status === 429 && !f.me.error.isProblem('usage-capped');
}

;// CONCATENATED MODULE: ./src/auth/oauth1a/index.ts





const SPECS = {
    apiKey: { input: 'api-key', env: ['TWITTER_API_KEY', 'X_API_KEY'], label: 'API key' },
    apiSecret: { input: 'api-secret', env: ['TWITTER_API_SECRET', 'X_API_SECRET'], label: 'API secret' },
    accessToken: { input: 'access-token', env: ['TWITTER_ACCESS_TOKEN', 'X_ACCESS_TOKEN'], label: 'access token' },
    accessSecret: { input: 'access-secret', env: ['TWITTER_ACCESS_SECRET', 'X_ACCESS_SECRET'], label: 'access secret' }
};
const oauth1a = {
    id: 'oauth1',
    context: 'user',
    credentials: Object.values(SPECS),
    // POST /oauth2/token and GET /2/users/me.
    requests: 2,
    idleOutputs: {},
    settle(raw, ctx) {
        const settled = { method: oauth1a, findings: [], errors: [], derived: [], secrets: [] };
        const values = (0,credentials/* settleValues */.Qr)(raw, SPECS, settled, { required: () => ctx.required, forkPullRequest: ctx.forkPullRequest });
        settled.secrets = Object.values(values);
        const { apiKey, apiSecret, accessToken, accessSecret } = values;
        // POST /oauth2/token carries them as one HTTP Basic credential: a form of its own, which a gateway may echo.
        if (apiKey && apiSecret)
            settled.carried = (0,secret/* basicCredentials */.BG)(apiKey.reveal(), apiSecret.reveal());
        if (apiKey && apiSecret && accessToken && accessSecret && !settled.errors.length) {
            const keys = { apiKey, apiSecret, accessToken, accessSecret };
            const hints = hints_shapeHints(values);
            settled.start = (x, ctx) => start(x, keys, hints, ctx);
        }
        return settled;
    }
};
async function start(x, keys, hints, ctx) {
    const user = { kind: 'oauth1', ...keys };
    const basic = { kind: 'basic', username: keys.apiKey, password: keys.apiSecret };
    const client = x.client(user);
    const answers = await gather(x
        .client(basic)
        .oauth2Token()
        .then((r) => {
        // The App's bearer token is a live secret even when it differs from the one given: mask it on arrival.
        if (typeof r.data.access_token === 'string' && r.data.access_token)
            ctx.onSecret(r.data.access_token);
        return r;
    }), client.usersMe());
    const facts = readFacts(answers);
    return {
        shared: { appBearer: { token: facts.appBearer, keysRejected: facts.keysRejected, keysProven: facts.me.ok } },
        conclude(c) {
            const parts = [consumerKeysRow(facts, hints), accessTokenRow(facts, hints, c.skewSeconds), accessLevelRow(facts, c.requirement)];
            return {
                rows: parts.map((p) => p.row),
                findings: parts.flatMap((p) => p.findings),
                identity: facts.me.ok ? { method: 'oauth1', user: facts.me.value.data, accessLevel: facts.me.value.headers.accessLevel, client } : undefined,
                outputs: {},
                summary: [],
                timestampedRequestRefused: facts.meRefused
            };
        }
    };
}

// EXTERNAL MODULE: ./src/diagnoses/input-error.ts
var input_error = __nccwpck_require__(9710);
// EXTERNAL MODULE: ./src/github/target.ts
var github_target = __nccwpck_require__(3738);
// EXTERNAL MODULE: ./src/settings/rules.ts
var rules = __nccwpck_require__(310);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __nccwpck_require__(3116);
// EXTERNAL MODULE: ./src/github/secrets.ts
var secrets = __nccwpck_require__(298);
// EXTERNAL MODULE: ./src/auth/oauth2/scopes.ts
var scopes = __nccwpck_require__(4171);
;// CONCATENATED MODULE: ./src/auth/oauth2/facts.ts
/**
 * What the OAuth 2.0 requests proved, in the order they must happen: GitHub
 * first (the secret exists and can be written, proven with a throwaway probe
 * secret), then the refresh at X, whose new refresh token is masked on arrival
 * and written back at once, then GET /2/users/me with the new access token.
 * A failure at GitHub stops before X: the refresh token stays unspent.
 */





/** The probe's name: beside the real secret, so the same permission covers both. */
const probeName = (name) => `${name}_WRITE_CHECK`;
/**
 * The scope's public key and the secret's metadata, then write access proven
 * with a probe beside the secret, without touching the real one: its current
 * value may already be a concurrent run's successor.
 */
async function proveWriteAccess(api, scope, name) {
    let step = 'public-key';
    let before;
    try {
        const key = await (0,secrets/* proveWritable */.F6)(api, scope, probeName(name), async () => {
            step = 'secret';
            before = await (0,secrets/* secretMetadata */.KK)(api, scope, name);
            step = 'probe-write';
        });
        return { github: { ok: true, before: before }, key };
    }
    catch (error) {
        if (!(error instanceof github_errors/* GitHubApiError */.O))
            throw error;
        return { github: { ok: false, step, error } };
    }
}
async function facts_gather(x, api, values, place, mask) {
    const scope = { environment: place.environment };
    const proven = await proveWriteAccess(api, scope, place.name);
    const facts = { place, github: proven.github, refreshAmbiguous: false, scopes: [] };
    const key = proven.key;
    if (!key)
        return facts;
    const tokenClient = x.client({ kind: 'oauth2-client', clientId: values.clientId, clientSecret: values.clientSecret });
    const onAttemptError = (error) => {
        if (error.ambiguous)
            facts.refreshAmbiguous = true;
    };
    facts.refresh = await answerOf(tokenClient.oauth2Refresh(values.refreshToken, values.clientId, onAttemptError).then((r) => {
        // Live secrets from the moment they arrive.
        for (const value of [r.data.access_token, r.data.refresh_token])
            if (typeof value === 'string' && value)
                mask(value);
        return r;
    }));
    if (!facts.refresh.ok) {
        if (facts.refresh.error.info.oauthError === 'invalid_request' && /token/i.test(facts.refresh.error.info.detail ?? '')) {
            facts.secretNow = await (0,secrets/* secretMetadata */.KK)(api, scope, place.name).catch(() => undefined);
        }
        return facts;
    }
    const answer = facts.refresh.value.data;
    facts.scopes = (0,scopes/* parseScopes */.Fg)(answer.scope);
    if (typeof answer.refresh_token === 'string' && answer.refresh_token) {
        try {
            await (0,secrets/* writeSecret */.kz)(api, scope, place.name, new secret/* Secret */.zh('refresh-token', answer.refresh_token), key);
            facts.writeBack = { ok: true, at: Date.now() };
        }
        catch (error) {
            if (!(error instanceof github_errors/* GitHubApiError */.O))
                throw error;
            facts.writeBack = { ok: false, error };
        }
    }
    if (typeof answer.access_token === 'string' && answer.access_token) {
        facts.client = x.client({ kind: 'oauth2-user', accessToken: new secret/* Secret */.zh('refresh-token', answer.access_token) });
        facts.me = await answerOf(facts.client.usersMe());
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/auth/oauth2/rows.ts
/** The OAuth 2.0 rows, one small function each, from the facts alone. */





const rows_LABELS = {
    'oauth2-secret': 'Refresh token secret',
    'oauth2-client': 'OAuth 2.0 client',
    'oauth2-refresh': 'Refresh token',
    'oauth2-write-back': 'Rotated token stored',
    'oauth2-account': 'OAuth 2.0 account',
    'oauth2-scopes': 'Scopes'
};
const oauth2_rows_row = (0,row/* rowsLabelled */.hb)(rows_LABELS);
/** `X_REFRESH_TOKEN` (repository secret of owner/name), as messages name it. */
function describePlace(p) {
    return p.environment === undefined
        ? `${(0,markdown/* codeSpan */.SS)(p.name)} (repository secret of ${p.repository})`
        : `${(0,markdown/* codeSpan */.SS)(p.name)} (secret of the environment ${(0,markdown/* codeSpan */.SS)(p.environment)} in ${p.repository})`;
}
/** `2026-03-01 07:23:05 UTC (3 min ago)` */
function describeTime(iso, now = Date.now()) {
    const ms = typeof iso === 'number' ? iso : Date.parse(iso);
    // GitHub's answer: not printed when it is not a time.
    if (Number.isNaN(ms))
        return 'an unreadable time';
    const at = new Date(ms)
        .toISOString()
        .replace(/\.\d{3}Z$/, ' UTC')
        .replace('T', ' ');
    const s = Math.max(0, Math.round((now - ms) / 1000));
    const ago = s < 90 ? `${s} s ago` : s < 5400 ? `${Math.round(s / 60)} min ago` : s < 172_800 ? `${(s / 3600).toFixed(1)} h ago` : `${Math.round(s / 86_400)} days ago`;
    return `${at} (${ago})`;
}
/** GitHub: the secret exists and the token can write beside it. */
function secretRow(f) {
    const where = describePlace(f.place);
    if (f.github.ok) {
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-secret', 'pass', `${where}: exists, updated ${describeTime(f.github.before.updated_at)}; writable (a probe secret was written and deleted).`));
    }
    const { error, step } = f.github;
    const [id, why] = gitHubDiagnosis(error, step, f.place);
    return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-secret', 'fail', `${error.message} Nothing was sent to X.`), (0,finding/* finding */.gk)(id, `${error.message} ${why} Nothing was sent to X: the refresh token is still valid.`, subjectOf(id)));
}
function subjectOf(id) {
    if (id === 'secret-environment-not-found')
        return 'secret-environment';
    if (id === 'refresh-token-secret-not-found')
        return 'refresh-token-secret';
    return 'github-token';
}
function gitHubDiagnosis(error, step, place) {
    if (error.kind === 'tls')
        return ['tls-certificate', "GitHub's certificate was not trusted."];
    if (error.kind !== 'http' || (error.status ?? 0) >= 500)
        return ['github-unavailable', 'GitHub or the network failed.'];
    if (error.status === 401)
        return ['github-token-rejected', 'GitHub does not accept `github-token`.'];
    if (error.status === 403) {
        const wanted = error.info.acceptedPermissions ? ` (GitHub asks for \`${error.info.acceptedPermissions}\`)` : '';
        return [
            'github-secrets-forbidden',
            `\`github-token\` lacks the "Secrets: Read and write" permission on ${place.repository}${wanted}; the workflow's \`GITHUB_TOKEN\` can never have it.`
        ];
    }
    if (error.status === 404 && step === 'public-key') {
        if (place.environment !== undefined)
            return [
                'secret-environment-not-found',
                `There is no environment ${(0,markdown/* codeSpan */.SS)(place.environment)} in ${place.repository} (or \`github-token\` cannot see the repository).`
            ];
        return ['github-secrets-forbidden', `${place.repository} is not visible to \`github-token\`: a fine-grained token must be given access to this repository.`];
    }
    if (error.status === 404 && step === 'secret') {
        return [
            'refresh-token-secret-not-found',
            `${describePlace(place)} does not exist: \`refresh-token-secret\` must name the secret the workflow passes as \`refresh-token\`.`
        ];
    }
    return ['github-unavailable', 'GitHub refused the request.'];
}
const oauthError = (f) => (f.refresh && !f.refresh.ok ? f.refresh.error.info.oauthError : undefined);
const CLIENT_ERRORS = ['unauthorized_client', 'invalid_client'];
/** The Client ID (and secret): X's token endpoint authenticates the client before it reads the token. */
function clientRow(f, confidential, clientIdLooksWrong) {
    if (!f.refresh)
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-client', 'skip', 'Not checked: nothing was sent to X.'));
    if (f.refresh.ok)
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-client', 'pass', `Accepted (${confidential ? 'confidential client, Basic authentication' : 'public client'}).`));
    const error = f.refresh.error;
    if (error.info.oauthError === 'unauthorized_client') {
        const why = confidential
            ? '`client-secret` is not the secret of this `client-id` (wrong, or regenerated since), or the App is a Native App (public client), which takes no secret: leave `client-secret` empty then.'
            : 'X treats the App as a confidential client (Web App, or Automated App or bot): give its Client Secret in `client-secret`.';
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-client', 'fail', 'Rejected by X (unauthorized_client).'), (0,finding/* finding */.gk)('oauth2-client-rejected', `${error.message} ${why}`, 'client-secret'));
    }
    if (error.info.oauthError === 'invalid_client') {
        const hint = clientIdLooksWrong ? ' `client-id` does not have the shape of an OAuth 2.0 Client ID (base64 of `…:1:ci`): is it the API key?' : '';
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-client', 'fail', 'Not recognised by X (invalid_client).'), (0,finding/* finding */.gk)('oauth2-client-unknown', `${error.message} X knows no OAuth 2.0 client with this \`client-id\`.${hint}`, 'client-id'));
    }
    if (error.info.oauthError)
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-client', 'pass', 'Accepted; X refused the request for another reason.'));
    return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-client', 'skip', 'Not confirmed: the token request did not complete.'));
}
/** The refresh itself: rotated, or why not. */
function refreshRow(f) {
    if (!f.refresh)
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-refresh', 'skip', 'Not used: the rotated token could not be stored, so the refresh token was left unspent.'));
    if (f.refresh.ok) {
        const rotated = !!f.refresh.value.data.refresh_token;
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-refresh', 'pass', rotated
            ? 'Rotated: X issued a new refresh token (the one given is now spent) and a 2-hour access token.'
            : 'X issued an access token but no new refresh token.'));
    }
    const error = f.refresh.error;
    const lost = f.refreshAmbiguous ? ' An earlier attempt of this run ended without an answer: X may have rotated the token then, and its answer was lost.' : '';
    const code = oauthError(f);
    if (code && CLIENT_ERRORS.includes(code))
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-refresh', 'skip', 'Not used: X refused the client first.'));
    if (code === 'invalid_request' && /token/i.test(error.info.detail ?? '')) {
        const updated = f.secretNow ?? (f.github.ok ? f.github.before : undefined);
        const rotatedMeanwhile = f.github.ok && f.secretNow && f.secretNow.updated_at !== f.github.before.updated_at;
        const when = updated
            ? ` The secret ${describePlace(f.place)} was last updated ${describeTime(updated.updated_at)}${rotatedMeanwhile ? ', while this run was refreshing: another run rotated the token meanwhile' : '; if that is after this job started, another run rotated the token meanwhile'}.`
            : '';
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-refresh', 'fail', 'Refused by X: already used, revoked, or from another App.'), (0,finding/* finding */.gk)('oauth2-refresh-token-invalid', `${error.message} \`refresh-token\` is spent or revoked.${when}${lost}`, 'refresh-token'));
    }
    if (code)
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-refresh', 'fail', `Refused by X (${code}).`), (0,finding/* finding */.gk)('oauth2-token-refused', error.message, 'refresh-token'));
    const diagnosis = (0,x_error/* diagnoseXError */.Jp)(error, 'refresh-token');
    const spent = error.ambiguous || lost ? ' X may have rotated the token without this run learning the new one: if the next run is refused, authorise again.' : '';
    return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-refresh', 'fail', diagnosis.message), { ...diagnosis, message: `${diagnosis.message}${spent}` });
}
/** The new refresh token, sealed and written to the secret, right after the refresh. */
function writeBackRow(f) {
    if (!f.refresh?.ok)
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-write-back', 'skip', 'Nothing to store.'));
    if (!f.writeBack)
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-write-back', 'fail', 'Nothing stored: X issued no new refresh token (the token lacks `offline.access`).'));
    if (f.writeBack.ok)
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-write-back', 'pass', `Sealed and written to ${describePlace(f.place)}; the next run uses it.`));
    const error = f.writeBack.error;
    return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-write-back', 'fail', `Failed: ${error.message}`), (0,finding/* finding */.gk)('oauth2-chain-broken', `${error.message} X has already consumed the refresh token this run was given; its successor could not be stored in ${describePlace(f.place)} and is not shown anywhere. The next run will be refused until the account authorises the App again.`, 'refresh-token-secret'));
}
/** GET /2/users/me with the new access token. */
function accountRow(f) {
    if (!f.me)
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-account', 'skip', 'Not checked: X issued no access token.'));
    if (f.me.ok) {
        const user = f.me.value.data;
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-account', 'pass', `Authenticated as @${user.username} (id ${user.id}).`));
    }
    const diagnosis = (0,x_error/* diagnoseXError */.Jp)(f.me.error, 'refresh-token');
    return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-account', 'fail', diagnosis.message), diagnosis);
}
/** The scopes X granted, against what this run needs. */
function scopesRow(f, need) {
    if (!f.refresh?.ok)
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-scopes', 'skip', 'Not checked: X issued no token.'));
    const granted = f.scopes.length ? `\`${f.scopes.join(' ')}\`` : 'no scopes';
    const missing = (0,scopes/* neededScopes */.NM)(need).filter((n) => !f.scopes.includes(n.scope));
    if (!missing.length)
        return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-scopes', 'pass', `${granted}.`));
    const list = missing.map((m) => `\`${m.scope}\` (${m.because})`).join(', ');
    return (0,row/* rowResult */.WH)(oauth2_rows_row('oauth2-scopes', 'fail', `Missing ${missing.map((m) => `\`${m.scope}\``).join(' ')}.`), (0,finding/* finding */.gk)('oauth2-scope-missing', `The account granted ${granted}; this run also needs ${list}.`, 'refresh-token'));
}

;// CONCATENATED MODULE: ./src/auth/oauth2/index.ts
/**
 * OAuth 2.0 user context (Authorization Code with PKCE): an App's Client ID
 * (and Client Secret, for confidential clients) and a refresh token of the
 * account. Each refresh returns a new refresh token and consumes the old one,
 * so the method proves first that GitHub will let it store the successor,
 * then refreshes, writes the successor back to the secret at once, and
 * verifies the new access token with GET /2/users/me.
 */









const oauth2_SPECS = {
    clientId: { input: 'client-id', env: ['X_CLIENT_ID', 'TWITTER_CLIENT_ID'], label: 'OAuth 2.0 Client ID', selects: 'alone' },
    clientSecret: { input: 'client-secret', env: ['X_CLIENT_SECRET', 'TWITTER_CLIENT_SECRET'], label: 'OAuth 2.0 Client Secret', selects: 'alone' },
    refreshToken: { input: 'refresh-token', env: ['X_REFRESH_TOKEN', 'TWITTER_REFRESH_TOKEN'], label: 'refresh token' },
    githubToken: { input: 'github-token', env: ['GH_TOKEN', 'GITHUB_TOKEN'], label: 'GitHub token', selects: 'never' }
};
/** GitHub's rule for secret names. */
const SECRET_NAME = /^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]*$/i;
/** What the probe secret adds to the name; GitHub's limit for a name is not documented, names this long are not seen. */
const MAX_SECRET_NAME = 200;
/** Requests `start` sends one after another: public key, metadata, probe write and delete, refresh, write-back, users/me. */
const REQUESTS_IN_SEQUENCE = 7;
const oauth2 = {
    id: 'oauth2',
    context: 'user',
    credentials: Object.values(oauth2_SPECS),
    // The refresh and then users/me, one after the other on one connection to X (GitHub is asked first, on its own).
    requests: 1,
    idleOutputs: { scopes: '', 'refresh-token-rotated': 'false' },
    settle(raw, ctx) {
        const settled = { method: oauth2, findings: [], errors: [], derived: [], secrets: [] };
        const values = (0,credentials/* settleValues */.Qr)(raw, oauth2_SPECS, settled, {
            required: (key) => ctx.required && (key === 'clientId' || key === 'refreshToken'),
            forkPullRequest: ctx.forkPullRequest
        });
        settled.secrets = [values.clientId, values.clientSecret, values.refreshToken].filter((v) => !!v);
        // A confidential client authenticates at the token endpoint with one HTTP Basic credential: a form of its own.
        if (values.clientId && values.clientSecret)
            settled.carried = (0,secret/* basicCredentials */.BG)(values.clientId.reveal(), values.clientSecret.reveal());
        const place = readPlace(ctx, values, settled, !!raw[oauth2_SPECS.githubToken.input]?.source);
        const { clientId, refreshToken, githubToken } = values;
        if (clientId && refreshToken && githubToken && place && !settled.errors.length) {
            const keys = { ...values, clientId, refreshToken, githubToken };
            settled.start = (x, c) => oauth2_start(x, keys, place, c);
            settled.requestsInSequence = REQUESTS_IN_SEQUENCE;
        }
        return settled;
    }
};
/**
 * Where the rotated refresh token goes: `refresh-token-secret` (and
 * `secret-environment`) in the run's repository. Without a secret name or a
 * GitHub token, refreshing would consume the only valid refresh token and lose
 * its successor: that is refused offline, before anything is sent to X.
 */
function readPlace(ctx, values, settled, githubTokenGiven) {
    const refuse = (input, message, id) => {
        settled.errors.push(new input_error/* InputError */.d(input, message, id));
        return undefined;
    };
    let name;
    let environment;
    try {
        name = (0,rules/* singleLine */.pF)('refresh-token-secret', ctx.getInput('refresh-token-secret'), '', MAX_SECRET_NAME);
        environment = (0,rules/* singleLine */.pF)('secret-environment', ctx.getInput('secret-environment'), '', 255) || undefined;
    }
    catch (error) {
        if (error instanceof input_error/* InputError */.d)
            return refuse(error.input, error.message);
        throw error;
    }
    // Half of a UTF-16 pair is no text at all: it could not even be put into the request's URL.
    if (environment && /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(environment))
        return refuse('secret-environment', '`secret-environment` contains characters that are not valid text.');
    if (!values.refreshToken)
        return undefined;
    const why = 'X rotates the refresh token on every refresh, and without it the new one would be lost; nothing was sent to X.';
    if (!name)
        return refuse('refresh-token-secret', `\`refresh-token-secret\` is empty: it must name the secret that holds the refresh token (e.g. \`X_REFRESH_TOKEN\`). ${why}`, 'oauth2-write-back-unset');
    if (!SECRET_NAME.test(name))
        return refuse('refresh-token-secret', '`refresh-token-secret` must be a secret name: letters, digits and underscores, not starting with a digit or `GITHUB_`.');
    // A token given but malformed has its own error already.
    if (!values.githubToken && githubTokenGiven)
        return undefined;
    if (!values.githubToken)
        return refuse('github-token', `\`github-token\` is empty (nor is GH_TOKEN or GITHUB_TOKEN set): the action needs a token that can write ${`\`${name}\``}. ${why}`, 'oauth2-write-back-unset');
    const target = (0,github_target/* gitHubTarget */.xd)(ctx.env);
    if ('problem' in target)
        return refuse('refresh-token-secret', `${target.problem} ${why}`);
    return { target, repository: (0,github_target/* fullName */.fq)(target.repository), name, environment };
}
/** An OAuth 2.0 Client ID is base64url of `<id>:1:ci`; an API key is not. */
function looksLikeClientId(clientId) {
    return /:\d+:ci$/.test(Buffer.from(clientId.reveal(), 'base64url').toString('latin1'));
}
async function oauth2_start(x, values, place, ctx) {
    const api = await ctx.github(values.githubToken, place.target);
    const facts = await facts_gather(x, api, values, place, (value) => ctx.onSecret(value));
    return { conclude: (c) => oauth2_conclude(facts, values, c.requirement) };
}
function oauth2_conclude(f, values, need) {
    const parts = [
        secretRow(f),
        clientRow(f, !!values.clientSecret, !looksLikeClientId(values.clientId)),
        refreshRow(f),
        writeBackRow(f),
        accountRow(f),
        scopesRow(f, need)
    ];
    const rotated = f.writeBack?.ok === true;
    const summary = f.refresh?.ok
        ? [
            `**OAuth 2.0:** ${rotated ? `refresh token rotated and stored in ${describePlace(f.place)}` : 'the rotated refresh token was **not** stored'} · access token valid for 2 h · scopes ${(0,markdown/* codeSpan */.SS)(f.scopes.join(' ') || 'none')}`,
            ''
        ]
        : [];
    return {
        rows: parts.map((p) => p.row),
        findings: parts.flatMap((p) => p.findings),
        identity: f.me?.ok && f.client ? { method: 'oauth2', user: f.me.value.data, accessLevel: (0,scopes/* accessLevelOf */.M2)(f.scopes), client: f.client } : undefined,
        outputs: { scopes: f.scopes.join(' '), 'refresh-token-rotated': String(rotated) },
        summary
    };
}

;// CONCATENATED MODULE: ./src/auth/registry.ts
/**
 * The auth methods the action knows, in the order they are read, checked and
 * preferred: the first user-context method given is the one operations act as.
 */





const AUTH_METHODS = [oauth1a, oauth2, appBearer];
const CREDENTIAL_SPECS = AUTH_METHODS.flatMap((m) => m.credentials);
const NOTHING_AROUND = { getInput: () => '', env: {} };
/**
 * Settles every method the run uses: each user-context method that was given
 * (else one given only by values that choose it alone, else the first, whose
 * values are then reported missing), and every app method.
 */
function settleAll(raw, forkPullRequest, around = NOTHING_AROUND, methods = AUTH_METHODS) {
    const users = methods.filter((m) => m.context === 'user');
    const given = users.filter((m) => isGiven(m, raw));
    const alone = users.filter((m) => isGiven(m, raw, 'alone'));
    const active = new Set(given.length ? given : alone.length ? alone.slice(0, 1) : users.slice(0, 1));
    return methods.filter((m) => m.context === 'app' || active.has(m)).map((m) => m.settle(raw, { required: m.context === 'user', forkPullRequest, ...around }));
}
/**
 * How many requests the checks will send at once: those of every method
 * whose values are all given. Only whether a value is there counts; the
 * values themselves are neither kept nor used.
 */
function connectionsNeeded(getRawInput, env, methods = AUTH_METHODS) {
    const raw = (0,credentials/* readCredentials */.L1)(methods.flatMap((m) => m.credentials), getRawInput, env);
    return methods.filter((m) => m.credentials.every((spec) => raw[spec.input].source)).reduce((sum, m) => sum + m.requests, 0);
}


/***/ }),

/***/ 1259:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ isSkewed),
/* harmony export */   dr: () => (/* binding */ clockRow),
/* harmony export */   mp: () => (/* binding */ describeSkew),
/* harmony export */   nW: () => (/* binding */ clockSkew),
/* harmony export */   s_: () => (/* binding */ CLOCK_SKEW_LIMIT_SECONDS)
/* harmony export */ });
/* harmony import */ var _row_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6033);
/**
 * The runner's clock against X's (its Date header). OAuth 1.0a signatures
 * carry a timestamp, so a clock far off makes X refuse them.
 */

/** Beyond this, a refused OAuth signature is blamed on the clock. X's own window is undocumented. */
const CLOCK_SKEW_LIMIT_SECONDS = 120;
const row = (0,_row_js__WEBPACK_IMPORTED_MODULE_0__/* .rowsLabelled */ .hb)({ clock: 'Clock' });
/** Local clock minus X's, in seconds; undefined when X sent no readable Date. */
function clockSkew(serverDate, localMs) {
    const server = serverDate ? Date.parse(serverDate) : NaN;
    return Number.isNaN(server) ? undefined : Math.round((localMs - server) / 1000);
}
function isSkewed(skew) {
    return skew !== undefined && Math.abs(skew) > CLOCK_SKEW_LIMIT_SECONDS;
}
function describeSkew(skew) {
    return skew > 0 ? `${skew} s ahead of` : `${-skew} s behind`;
}
/**
 * A skewed clock that still authenticated is worth a warning; one beside a
 * refused signature fails (the refusal's own row names the diagnosis).
 */
function clockRow(skew, timestampedRequestRefused) {
    if (skew === undefined)
        return row('clock', 'skip', 'X sent no Date header.');
    if (isSkewed(skew))
        return row('clock', timestampedRequestRefused ? 'fail' : 'warn', `${describeSkew(skew)} X's clock.`);
    return row('clock', 'pass', `Within ${Math.abs(skew)} s of X's clock.`);
}


/***/ }),

/***/ 6033:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ rowResult),
/* harmony export */   hb: () => (/* binding */ rowsLabelled),
/* harmony export */   kb: () => (/* binding */ ICON),
/* harmony export */   xQ: () => (/* binding */ rowLine)
/* harmony export */ });
/* unused harmony export oneLine */
const rowResult = (row, ...findings) => ({ row, findings });
const ICON = { pass: '✅', fail: '❌', warn: '⚠️', skip: '➖' };
/** A maker of rows whose labels come from one table, so a row id always shows the same label. */
function rowsLabelled(labels) {
    return (id, verdict, detail) => ({ id, label: labels[id], verdict, detail: oneLine(detail) });
}
/** Row details are one line; long messages go to the problems, in full. */
function oneLine(text, max = 160) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
function rowLine(row) {
    return `${ICON[row.verdict]} ${row.label}: ${row.detail}`;
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

/***/ 162:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jp: () => (/* binding */ diagnoseXError),
/* harmony export */   Kq: () => (/* binding */ resetNote),
/* harmony export */   ub: () => (/* binding */ provesAuthentication)
/* harmony export */ });
/* harmony import */ var _x_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5090);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8496);


/**
 * The diagnosis for an error X (or the network) gave, whatever the request.
 * Checks and posting add their own, more specific, readings first.
 */
function diagnoseXError(error, subject) {
    const m = error.message;
    if (error.kind === 'deadline')
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('deadline-exceeded', m, subject);
    if (error.kind === 'tls')
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('tls-certificate', m, subject);
    if (error.kind !== 'http' || error.info.html || (error.status ?? 0) >= 500)
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('x-unavailable', m, subject);
    if (error.isProblem('usage-capped'))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('usage-capped', `${m} ${capNote(error)}`, subject);
    if (error.status === 429)
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('rate-limited', `${m} ${resetNote(error)}`, subject);
    if (error.status === 401) {
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('oauth-rejected', `${m} X no longer accepts the credentials this request was signed with (revoked, regenerated, or the App suspended).`, subject);
    }
    if (error.status === 402 || error.isProblem('credits-depleted'))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('credits-depleted', m, subject);
    if (error.isProblem('client-forbidden') || error.isProblem('client-not-enrolled'))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('client-not-enrolled', m, subject);
    if (error.isProblem('user-suspended'))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('user-suspended', m, subject);
    if (error.isProblem('unsupported-authentication'))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('unsupported-authentication', m, subject);
    if (error.isProblem('oauth1-permissions'))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('access-level-too-low', m, subject);
    if (error.isDuplicate)
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('duplicate-content', m, subject);
    // X's 2026 refusals of posts from self-serve Apps come as `about:blank` with a detail only: the detail is all there is to read.
    const detail = error.info.detail ?? '';
    if (/mentioned or otherwise engaged/i.test(detail))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('reply-not-allowed', m, subject);
    if (/^Quoting this post is not allowed/i.test(detail))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('quote-not-allowed', m, subject);
    if (/maximum of one cashtag/i.test(detail))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('too-many-cashtags', m, subject);
    if (/^You are not permitted to perform this action/i.test(detail))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('action-not-permitted', m, subject);
    if (/too long/i.test(detail))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('text-too-long', m, subject);
    return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('x-error', m, subject);
}
/**
 * Answers X gives only to a request that authenticated: a rate limit, a usage
 * cap, no credits, an App outside the endpoint's access, a suspended account.
 * The credentials that signed it are proven, whatever stopped the request.
 */
function provesAuthentication(error) {
    if (error.kind !== 'http' || error.info.html)
        return false;
    if (error.status === 402 || error.status === 429)
        return true;
    return error.status === 403 && ['client-forbidden', 'client-not-enrolled', 'user-suspended', 'oauth1-permissions'].some((p) => error.isProblem(p));
}
/** What X said of the limit a 429 hit, and when it resets. */
function resetNote(error) {
    const reset = (0,_x_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .rateLimitReset */ .xm)(error);
    if (reset !== undefined)
        return `The limit resets at ${(0,_x_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReset */ .FO)(reset)}.`;
    const shown = (0,_x_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .rateLimitWindows */ .bo)(error).filter((w) => w.remaining !== undefined);
    if (shown.length) {
        const left = shown.map((w) => `${w.remaining}${w.limit !== undefined ? ` of ${w.limit}` : ''}`).join(', ');
        return `No limit in X's headers is used up (${left} left), so this is a limit X does not report in headers — on pay-per-use, the 24-hour post cap — and X did not say when it resets.`;
    }
    return 'X sent no reset time.';
}
/** A usage cap is not a rate limit: say so, and which cap, from the body's own fields. */
function capNote(error) {
    const word = (v) => (v && /^[A-Za-z]{1,20}$/.test(v) ? v.toLowerCase() : undefined);
    const [period, scope] = [word(error.info.period), word(error.info.scope)];
    const which = period || scope ? ` (the ${[period, scope].filter(Boolean).join(' ')} cap)` : '';
    const remaining = error.info.headers.rateLimit?.remaining;
    const windows = remaining !== undefined && remaining > 0 ? `; the 15-minute window still has ${remaining} calls left` : '';
    return `This is a usage cap${which}, not a rate limit${windows}: waiting for a reset does not lift it, so the action did not wait.`;
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GitHubApiError),
/* harmony export */   V: () => (/* binding */ toGitHubApiError)
/* harmony export */ });
/* harmony import */ var _io_outside_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4931);
/**
 * GitHub's errors turned into the project's own type: the status, GitHub's
 * `message`, the permission GitHub says it wanted, and what the transport
 * said. Octokit's error carries the request (with its authorization header,
 * redacted or not) and is never kept, printed or passed on. GitHub's words
 * come from outside: scrubbed whole, on arrival, before they are cut.
 */

class GitHubApiError extends Error {
    endpoint;
    kind;
    info;
    constructor(
    /** `PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}` */
    endpoint, kind, info) {
        super(describe(endpoint, kind, info));
        this.endpoint = endpoint;
        this.kind = kind;
        this.info = info;
        this.name = 'GitHubApiError';
    }
    get status() {
        return this.info.status;
    }
    /** Worth another attempt: network trouble, timeouts, 5xx. Never other 4xx. */
    get transient() {
        return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (this.info.status ?? 0) >= 500);
    }
}
function describe(endpoint, kind, info) {
    const tries = info.attempts > 1 ? ` after ${info.attempts} attempts` : '';
    switch (kind) {
        case 'timeout':
            return `${endpoint}: GitHub did not answer in time${tries} (${info.cause ?? 'timeout'}).`;
        case 'network':
            return `${endpoint}: the network failed${tries} (${info.cause ?? 'connection error'}).`;
        case 'tls':
            return `${endpoint}: GitHub's TLS certificate was refused (${info.cause ?? 'certificate error'}); nothing was sent.`;
        case 'deadline':
            return `${endpoint}: stopped at the step's overall deadline${tries}.`;
        case 'http': {
            const said = info.message ? `: ${info.message}` : '';
            const sentence = `${endpoint}: GitHub answered HTTP ${info.status}${said}${tries}`;
            return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
        }
    }
}
/** `x-accepted-github-permissions` names permissions: `secrets=write; environments=read`. */
const PERMISSIONS = /^[a-z_]+=[a-z]+(\s*[;,]\s*[a-z_]+=[a-z]+)*$/;
/** Turns whatever Octokit threw into a GitHubApiError, reading plain fields only, every text through `scrub` before it is cut. */
function toGitHubApiError(endpoint, error, attempts, timedOut, scrub) {
    const text = (v, max = 300) => (typeof v === 'string' && v.trim() ? (0,_io_outside_js__WEBPACK_IMPORTED_MODULE_0__/* .outsideText */ .F)(v, scrub, max) || undefined : undefined);
    if (error instanceof GitHubApiError)
        return error;
    if (timedOut)
        return new GitHubApiError(endpoint, 'timeout', { attempts, cause: 'no complete answer in time' });
    const e = (error ?? {});
    if (e.response && typeof e.response.status === 'number') {
        const data = e.response.data;
        const message = typeof data === 'string' ? text(data) : text(data?.message);
        const accepted = e.response.headers?.['x-accepted-github-permissions'];
        return new GitHubApiError(endpoint, 'http', {
            status: e.response.status,
            message,
            acceptedPermissions: typeof accepted === 'string' && PERMISSIONS.test(accepted) ? accepted : undefined,
            attempts
        });
    }
    const cause = e.cause;
    const code = typeof cause?.code === 'string' ? cause.code : undefined;
    const why = text(code, 120) || text(cause?.message, 120) || text(e.message, 120) || 'request failed';
    return new GitHubApiError(endpoint, (0,_io_outside_js__WEBPACK_IMPORTED_MODULE_0__/* .isCertificateError */ .Y)(code) ? 'tls' : 'network', { attempts, cause: why });
}


/***/ }),

/***/ 298:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ proveWritable),
/* harmony export */   KK: () => (/* binding */ secretMetadata),
/* harmony export */   kz: () => (/* binding */ writeSecret)
/* harmony export */ });
/* unused harmony exports publicKey, deleteSecret, seal */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3116);
/**
 * Actions secrets of the run's repository or of one of its deployment
 * environments: their public key, their metadata, and writing a value sealed
 * with libsodium's `crypto_box_seal`, as GitHub requires. The value is
 * sealed here and nowhere else, and never leaves this module in the clear.
 */


const base = (scope) => scope.environment === undefined ? '/repos/{owner}/{repo}/actions/secrets' : '/repos/{owner}/{repo}/environments/{environment_name}/secrets';
const scopeParams = (scope) => (scope.environment === undefined ? {} : { environment_name: scope.environment });
async function publicKey(api, scope) {
    return (await api.request(`GET ${base(scope)}/public-key`, scopeParams(scope))).data;
}
async function secretMetadata(api, scope, name) {
    return (await api.request(`GET ${base(scope)}/{secret_name}`, { ...scopeParams(scope), secret_name: name })).data;
}
/** Creates or replaces the secret; true when it was created. */
async function writeSecret(api, scope, name, value, key) {
    const encrypted = await seal(typeof value === 'string' ? value : value.reveal(), key.key);
    const response = await api.request(`PUT ${base(scope)}/{secret_name}`, {
        ...scopeParams(scope),
        secret_name: name,
        encrypted_value: encrypted,
        key_id: key.key_id
    });
    return response.status === 201;
}
async function deleteSecret(api, scope, name) {
    await api.request(`DELETE ${base(scope)}/{secret_name}`, { ...scopeParams(scope), secret_name: name });
}
/**
 * Proves the token can write secrets of the scope without touching any real
 * one: writes a throwaway `probe` secret and deletes it again. Returns the
 * scope's public key for the real write that follows.
 */
async function proveWritable(api, scope, probe, before) {
    const key = await publicKey(api, scope);
    await before?.();
    await writeSecret(api, scope, probe, `write check ${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(9).toString('base64url')}`, key);
    // A concurrent run may have deleted the shared probe first: gone is as good as deleted.
    await deleteSecret(api, scope, probe).catch((error) => {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .O && error.status === 404))
            throw error;
    });
    return key;
}
let sodium;
/** libsodium is loaded (and its WebAssembly started) only by runs that write a secret. */
const loadSodium = () => (sodium ??= __nccwpck_require__.e(/* import() */ 768).then(__nccwpck_require__.bind(__nccwpck_require__, 4768)).then(async (m) => {
    // The functions are attached to the default export once the WebAssembly is ready; the named exports are a few helpers only.
    const lib = (m.default ?? m);
    await lib.ready;
    return lib;
}));
/** `crypto_box_seal(value, key)`, base64: what GitHub's `encrypted_value` holds. */
async function seal(value, publicKeyBase64) {
    const lib = await loadSodium();
    const key = lib.from_base64(publicKeyBase64, lib.base64_variants.ORIGINAL);
    const sealed = lib.crypto_box_seal(lib.from_string(value), key);
    return lib.to_base64(sealed, lib.base64_variants.ORIGINAL);
}


/***/ }),

/***/ 3738:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fq: () => (/* binding */ fullName),
/* harmony export */   xd: () => (/* binding */ gitHubTarget)
/* harmony export */ });
/* unused harmony export DEFAULT_GITHUB_API_URL */
const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
/** The target, or why it cannot be used (a sentence naming the variable). */
function gitHubTarget(env, repository = env.GITHUB_REPOSITORY) {
    const full = (repository ?? '').trim();
    const parts = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/.exec(full);
    if (!parts)
        return {
            problem: full ? `GITHUB_REPOSITORY is not of the form owner/name.` : 'GITHUB_REPOSITORY is not set (the runner sets it to the repository of the run).'
        };
    const raw = (env.GITHUB_API_URL ?? '').trim() || DEFAULT_GITHUB_API_URL;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return { problem: 'GITHUB_API_URL is not a URL.' };
    }
    // The token travels with every request: https anywhere, http only to this machine (a simulator).
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname)))
        return { problem: 'GITHUB_API_URL must use https:// (http:// only to localhost or 127.0.0.0/8).' };
    if (url.username || url.password || url.search || url.hash)
        return { problem: 'GITHUB_API_URL must not carry a user, password, query or fragment.' };
    return { apiUrl: url.href.replace(/\/+$/, ''), repository: { owner: parts[1], repo: parts[2] } };
}
const fullName = (r) => `${r.owner}/${r.repo}`;


/***/ }),

/***/ 4931:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ outsideText),
/* harmony export */   Y: () => (/* binding */ isCertificateError)
/* harmony export */ });
// C0 and C1 controls (terminal escapes among them) and the bidirectional overrides that can make a line read as another.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function outsideText(text, scrub, max) {
    const flat = scrub(scrub(text).replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim());
    if (flat.length <= max)
        return flat;
    // Never half of a UTF-16 pair (an emoji) before the ellipsis.
    const end = /[\ud800-\udbff]/.test(flat[max - 2]) ? max - 2 : max - 1;
    return flat.slice(0, end) + '…';
}
/** Node's codes for a certificate it did not accept: wrong host, unknown or self-signed CA, expired. */
const CERTIFICATE_ERROR = /^(ERR_TLS_CERT_ALTNAME_INVALID|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_[A-Z_]+|ERR_TLS_CERT_[A-Z_]+|INVALID_CA|HOSTNAME_MISMATCH)$/;
/** Whether a transport error code says the TLS certificate was refused. */
const isCertificateError = (code) => code !== undefined && CERTIFICATE_ERROR.test(code);


/***/ }),

/***/ 5630:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ basicCredentials),
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   zh: () => (/* binding */ Secret)
/* harmony export */ });
/* unused harmony exports fingerprint, MIN_FORM_LENGTH, PIECE_LENGTH, derivedForms, base64Cores */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

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
        const a = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(this.#value).digest();
        const b = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(other.#value).digest();
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(a, b);
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
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(value).digest('hex').slice(0, 8);
}
/** Forms shorter than this are not registered: masking them would mangle ordinary text (credentials this short are refused anyway). */
const MIN_FORM_LENGTH = 8;
/** A piece of a credential this long in text to be posted is refused; the leak checks look for pieces of this length too. */
const PIECE_LENGTH = 12;
/**
 * Every form of a secret that can travel: as given, trimmed, each line of a
 * multi-line value, percent-decoded and -encoded, and the stable core of its
 * base64 encoding at each of the three byte alignments (what a base64 text
 * holding it contains wherever it starts, e.g. inside `Basic base64(user:secret)`).
 * The runner masks some of these itself, not all: every one goes to
 * `::add-mask::` and to the scrubber.
 */
function derivedForms(value) {
    const forms = new Set();
    const add = (form) => {
        if (form && form.length >= MIN_FORM_LENGTH)
            forms.add(form);
    };
    const trimmed = value.trim();
    add(value);
    add(trimmed);
    for (const line of value.split(/\r\n|\r|\n/))
        add(line.trim());
    add(attempt(() => decodeURIComponent(trimmed)));
    // A lone UTF-16 surrogate has no percent-encoding (URIError); such a value is refused as a credential anyway, but masking runs first and must not throw.
    add(attempt(() => encodeURIComponent(trimmed)));
    for (const core of base64Cores(trimmed))
        add(core);
    return [...forms];
}
const attempt = (f) => {
    try {
        return f();
    }
    catch {
        return undefined;
    }
};
/**
 * The base64 characters a secret becomes wherever it starts in an encoded
 * text: for each alignment, the whole 3-byte groups of the secret from that
 * byte on, which encode the same whatever comes before or after.
 */
function base64Cores(value) {
    const bytes = Buffer.from(value);
    return [0, 1, 2].map((shift) => {
        const aligned = bytes.subarray(shift);
        return aligned.subarray(0, aligned.length - (aligned.length % 3)).toString('base64');
    });
}
/**
 * The HTTP Basic credential of a pair (`Authorization: Basic …`), as
 * twitter-api-v2 sends it (each half percent-encoded) and as others do (raw).
 */
function basicCredentials(user, password) {
    const raw = Buffer.from(`${user}:${password}`).toString('base64');
    const encoded = attempt(() => Buffer.from(`${encodeURIComponent(user)}:${encodeURIComponent(password)}`).toString('base64'));
    return [...new Set([raw, encoded ?? raw])];
}
/**
 * Whatever carries a credential, by its shape, whoever's it is: an
 * Authorization header's value, `Basic`/`Bearer` credentials, OAuth 1.0a
 * parameters, OAuth 2.0 token fields, GitHub tokens. The name stays, the value
 * goes: `oauth_token="***"`.
 */
const CARRIERS = [
    // `"authorization":"Bearer …"` in JSON: the whole string, escaped quotes and all.
    [/\b((?:proxy-)?authorization)("\s*:\s*")((?:\\.|[^"\\\r\n])*)/gi, (_m, name, sep) => `${name}${sep}***`],
    // `Authorization: OAuth oauth_consumer_key="…", …` as a header line: the whole value, to the end of the line.
    [/\b((?:proxy-)?authorization)(\s*[:=]\s*)([^\r\n]+)/gi, (_m, name, sep) => `${name}${sep}***`],
    [/\b(Basic|Bearer|OAuth|token)(\s+)([A-Za-z0-9+/=._~%-]{16,})/gi, (_m, scheme, space) => `${scheme}${space}***`],
    [
        /\b(oauth_(?:consumer_key|token|signature|verifier|token_secret|consumer_secret))(\s*=\s*\\?["']?|%3D%22|%3D|%253D)([^\s&,"'\\%]+(?:%[0-9A-Fa-f]{2}[^\s&,"'\\%]*)*)/gi,
        (_m, name, sep) => `${name}${sep}***`
    ],
    [
        /\b(access_token|refresh_token|client_secret|code_verifier|id_token)(\\?["']?\s*[:=]\s*\\?["']?|%3D)([^\s&,"'\\]+)/gi,
        (_m, name, sep) => `${name}${sep}***`
    ],
    [/\b(?:gh[pousr]_[A-Za-z0-9_]{30,}|github_pat_[A-Za-z0-9_]{40,})/g, () => '***']
];
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every run of one character, like the `A`s that open a bearer token: no piece of a secret in particular. */
const MONOTONE = /^(.)\1*$/su;
/**
 * The one scrubber, at the edges: what arrives from outside (X's and
 * GitHub's answers, before anything cuts them short) and what leaves (every
 * line, annotation, output and the summary) passes it. It replaces every
 * registered form of a secret, then every credential carrier by its shape,
 * with `***`; and it tells whether a text holds a secret or a piece of one.
 */
class Redactor {
    #forms = new Set();
    #pattern;
    /** Every PIECE_LENGTH-character piece of every registered form, but the public `<user id>-` of an access token. */
    #pieces = new Set();
    /** Registers a secret; returns the forms not registered before, for `::add-mask::`. */
    add(value) {
        return this.addForms(derivedForms(value));
    }
    /** Registers forms as they are (a Basic credential, derived by its owner from two secrets). */
    addForms(forms) {
        const added = forms.filter((form) => form.length >= MIN_FORM_LENGTH && !this.#forms.has(form));
        for (const form of added) {
            this.#forms.add(form);
            const publicPrefix = /^\d+-/.exec(form)?.[0].length ?? 0;
            for (let i = 0; i + PIECE_LENGTH <= form.length; i++) {
                const piece = form.slice(i, i + PIECE_LENGTH);
                if (i + PIECE_LENGTH > publicPrefix && !MONOTONE.test(piece))
                    this.#pieces.add(piece);
            }
        }
        if (added.length) {
            const longestFirst = [...this.#forms].sort((a, b) => b.length - a.length);
            this.#pattern = new RegExp(longestFirst.map(escapeRegExp).join('|'), 'g');
        }
        return added;
    }
    /** The text with every registered secret form and every credential carrier replaced by `***`. */
    scrub(text) {
        let out = this.#pattern ? text.replace(this.#pattern, HIDDEN) : text;
        for (const [pattern, replace] of CARRIERS)
            out = out.replace(pattern, replace);
        return out;
    }
    /** Whether the text holds a registered secret, or a piece of one of PIECE_LENGTH characters. */
    holds(text) {
        if (this.#pieces.size === 0)
            return false;
        for (let i = 0; i + PIECE_LENGTH <= text.length; i++)
            if (this.#pieces.has(text.slice(i, i + PIECE_LENGTH)))
                return true;
        return false;
    }
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   M0: () => (/* binding */ bar),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   gj: () => (/* binding */ quietMentions),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   x: () => (/* binding */ inlineMarkdown),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
/**
 * Small Markdown pieces the job summary is built from, and the one escaper
 * every outside value in it goes through (an X detail, a file name, an alt
 * text, a display name): nothing from outside can render as a link, an image,
 * HTML, a heading or a table cell, or break out of a code span.
 */
/** One line: line breaks and runs of white space become one space. */
const oneLine = (s) => s.replace(/\s+/g, ' ');
/**
 * An outside value as Markdown text, on one line: backslashes, backticks,
 * brackets and `$` escaped (no code span, link, image or math can start), `<`
 * and `>` as entities (no HTML, no `</details>`).
 */
const escapeMarkdown = (s) => oneLine(s)
    .replace(/[\\`[\]$]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
/** A code span holding exactly `s`, whatever backticks it holds: the fence is longer than any run of them inside. */
function codeSpan(s) {
    const text = s.replace(/\r\n|\r|\n/g, ' ');
    const fence = '`'.repeat(longestBacktickRun(text) + 1);
    const pad = /^[ `]|[ `]$/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** A fenced code block holding exactly `text`, lines and all. */
function codeBlock(text, info = 'text') {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return [`${fence}${info}`, text, fence];
}
const longestBacktickRun = (s) => Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
/**
 * A message of the run (which names inputs as code spans, and quotes outside
 * values: X's words, file names) as inline Markdown: its code spans stay code
 * spans, everything else is escaped.
 */
function inlineMarkdown(message) {
    let out = '';
    let at = 0;
    const runs = /`+/g;
    for (let run = runs.exec(message); run; run = runs.exec(message)) {
        const close = closingRun(message, run.index + run[0].length, run[0].length);
        if (close < 0)
            continue;
        out += escapeMarkdown(message.slice(at, run.index)) + codeSpan(message.slice(run.index + run[0].length, close));
        at = close + run[0].length;
        runs.lastIndex = at;
    }
    return out + escapeMarkdown(message.slice(at));
}
/** Where the run of exactly `length` backticks that closes a code span starts, from `from`; -1 if none does. */
function closingRun(text, from, length) {
    const runs = /`+/g;
    runs.lastIndex = from;
    for (let run = runs.exec(text); run; run = runs.exec(text))
        if (run[0].length === length)
            return run.index;
    return -1;
}
/** A table cell: no pipe breaks out of it, no line break ends the row. */
const escapeCell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** A message in a table cell. */
const tableCell = (message) => escapeCell(inlineMarkdown(message));
/** 1234567 → "1,234,567". Not toLocaleString: its first call loads the locale data, a cost paid at the end of every run. */
const number = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** A text progress bar of `width` cells. */
function bar(fraction, width = 20) {
    const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
    return '█'.repeat(filled) + '░'.repeat(width - filled);
}
/**
 * Markdown whose `@name`s notify no one on GitHub and whose `#123`s link to no issue (a zero-width space after the
 * `@` or `#`), outside code blocks and code spans, where GitHub reads neither anyway: for a sink that GitHub renders
 * for people (a pull-request comment), where an X username such as `@release_bot` would otherwise ping the GitHub
 * account of that name.
 */
function quietMentions(markdown) {
    let fence;
    return markdown
        .split('\n')
        .map((line) => {
        const run = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (fence) {
            if (run && run[0] === fence[0] && run.length >= fence.length && line.trim() === run)
                fence = undefined;
            return line;
        }
        if (run) {
            fence = run;
            return line;
        }
        // Code spans stay as they are; the text between them is quietened.
        return line
            .split(/(`+[^`]*`+)/)
            .map((part, i) => i % 2 === 1 ? part : part.replace(/(^|[^A-Za-z0-9_`\u200b])@(?=[A-Za-z0-9_-])/g, '$1@\u200b').replace(/(^|[^A-Za-z0-9_&\u200b])#(?=\d)/g, '$1#\u200b'))
            .join('');
    })
        .join('\n');
}


/***/ }),

/***/ 6196:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ ACCESS_LEVELS),
/* harmony export */   Le: () => (/* binding */ levelRank),
/* harmony export */   OI: () => (/* binding */ strictest)
/* harmony export */ });
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
/** The strictest of several requirements, with every extra scope any of them needs; the first wins a tie, so the `permission` input keeps its reason. */
function strictest(requirements) {
    const top = requirements.reduce((a, b) => (levelRank(b.level) > levelRank(a.level) ? b : a));
    const scopes = requirements.flatMap((r) => r.scopes ?? []);
    return scopes.length ? { ...top, scopes } : top;
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

/***/ 5689:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ pickHeaders),
/* harmony export */   Vc: () => (/* binding */ XApiError),
/* harmony export */   _p: () => (/* binding */ toXApiError)
/* harmony export */ });
/* harmony import */ var _io_outside_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4931);
/**
 * X's errors turned into the project's own type. Built from the status, the
 * problem type name, X's title and detail and a few headers only: the
 * library's error and request objects carry the Authorization header and are
 * never kept, printed or passed on. Every text in them comes from outside:
 * it is scrubbed whole, on arrival, before it is cut (io/outside.ts).
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
            return `${endpoint}: timed out${tries} (${info.cause ?? 'no answer in time'}).`;
        case 'network':
            return `${endpoint}: the network failed${tries} (${info.cause ?? 'connection error'}).`;
        case 'tls':
            return `${endpoint}: the server's TLS certificate was refused (${info.cause ?? 'certificate error'}); nothing was sent.`;
        case 'malformed':
            return `${endpoint}: X's answer${info.status ? ` (HTTP ${info.status})` : ''} could not be read${tries} (${info.cause ?? 'malformed body'}).`;
        case 'deadline':
            return `${endpoint}: stopped at the step's overall deadline${tries}.`;
        case 'http': {
            if (info.html)
                return `${endpoint}: X answered HTTP ${info.status} with an HTML error page instead of JSON${tries}.`;
            const parts = [info.title, info.detail].filter((p, i, all) => !!p && all.indexOf(p) === i);
            const text = parts.length ? `: ${parts.join(' — ')}` : '';
            const tags = [info.problem && `problem ${info.problem}`, info.code !== undefined && `code ${info.code}`, info.oauthError && `error ${info.oauthError}`]
                .filter(Boolean)
                .join(', ');
            const sentence = `${endpoint}: X answered HTTP ${info.status}${text}${tags ? ` (${tags})` : ''}${tries}`;
            // X's detail mostly ends with its own full stop: do not print two.
            return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
        }
    }
}
const PROBLEM = /\/2\/problems\/([A-Za-z0-9-]+)/;
function asNumber(v) {
    const n = Number(v);
    return v === undefined || v === '' || Number.isNaN(n) ? undefined : n;
}
/** X's access levels have this shape; anything else in the header is not read. */
const ACCESS_LEVEL = /^[a-z]+(-[a-z]+){0,4}$/;
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
        accessLevel: accessLevel(header(headers, 'x-access-level')),
        rateLimit: limitFrom(headers, 'x-rate-limit'),
        userDay: limitFrom(headers, 'x-user-limit-24hour'),
        appDay: limitFrom(headers, 'x-app-limit-24hour')
    };
}
const accessLevel = (v) => (v !== undefined && ACCESS_LEVEL.test(v) ? v : undefined);
/** Reads X's error body: v2 problem (`type`/`title`/`detail`), v1.1 `errors[]`, or OAuth 2.0 `error`/`error_description`. */
function readErrorBody(data, scrub) {
    const str = (v) => (typeof v === 'string' && v.trim() ? (0,_io_outside_js__WEBPACK_IMPORTED_MODULE_0__/* .outsideText */ .F)(v, scrub, 300) || undefined : undefined);
    if (typeof data === 'string') {
        return /<html|<!doctype/i.test(data) ? { html: true } : { detail: str(data) };
    }
    if (!data || typeof data !== 'object')
        return {};
    const body = data;
    const type = typeof body.type === 'string' ? body.type : '';
    const listed = Array.isArray(body.errors) && body.errors[0] && typeof body.errors[0] === 'object' ? body.errors[0] : undefined;
    // twitter-api-v2 adds `errors: [{ code: 131, message: <error> }]` to any body with `error` and no `errors` (its fix
    // for some v1.1 endpoints): X never sent that code, and an OAuth 2.0 error would read as "code 131".
    const invented = typeof body.error === 'string' && Array.isArray(body.errors) && body.errors.length === 1 && listed?.code === 131 && listed.message === body.error;
    const first = invented ? undefined : listed;
    return {
        problem: PROBLEM.exec(type)?.[1],
        title: str(body.title),
        detail: [str(body.detail), str(first?.message), str(body.error_description)].filter(Boolean).join(' ') || undefined,
        oauthError: str(body.error),
        code: asNumber(first?.code),
        reason: str(body.reason),
        period: str(body.period),
        scope: str(body.scope)
    };
}
/**
 * Turns whatever twitter-api-v2 threw into an XApiError, reading only plain
 * fields, every text through `scrub` before it is cut. Unknown throwables
 * become a network error with their class name.
 */
function toXApiError(endpoint, error, attempts, scrub) {
    if (error instanceof XApiError)
        return error;
    const e = (error ?? {});
    const type = e.type;
    if (type === 'response') {
        const status = asNumber(e.code);
        return new XApiError(endpoint, 'http', { status, headers: pickHeaders(e.headers), attempts, ...readErrorBody(e.data, scrub) });
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
        const code = typeof inner?.code === 'string' ? inner.code : undefined;
        const text = code ?? (typeof inner?.message === 'string' ? inner.message : 'request failed');
        const kind = (0,_io_outside_js__WEBPACK_IMPORTED_MODULE_0__/* .isCertificateError */ .Y)(code) ? 'tls' : /timeout/i.test(text) ? 'timeout' : 'network';
        return new XApiError(endpoint, kind, { headers: {}, attempts, cause: (0,_io_outside_js__WEBPACK_IMPORTED_MODULE_0__/* .outsideText */ .F)(text, scrub, 120) });
    }
    const name = error instanceof Error ? error.name : typeof error;
    return new XApiError(endpoint, 'network', { headers: {}, attempts, cause: name });
}


/***/ }),

/***/ 5090:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ formatReset),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   bo: () => (/* binding */ rateLimitWindows),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   xm: () => (/* binding */ rateLimitReset)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5689);

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
/**
 * When the limit a 429 hit resets: the latest reset among the windows its
 * headers show used up (15-minute, or 24-hour user/app), else among those
 * that do not say how many are left. A window with calls left is not the
 * one that refused, so its reset is no answer: pay-per-use's 24-hour post
 * cap comes with only the 15-minute headers, 99 of 100 left.
 */
function rateLimitReset(error) {
    const windows = rateLimitWindows(error).filter((w) => w.reset !== undefined);
    const exhausted = windows.filter((w) => w.remaining === 0);
    const resets = (exhausted.length ? exhausted : windows.filter((w) => w.remaining === undefined)).map((w) => w.reset);
    return resets.length ? Math.max(...resets) : undefined;
}
/** The rate-limit windows in an answer's headers. */
function rateLimitWindows(error) {
    const h = error.info.headers;
    return [h.rateLimit, h.userDay, h.appDay].filter((w) => !!w);
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
        // A usage cap is no window: waiting for a reset cannot lift it.
        if (error.status === 429 && error.isProblem('usage-capped'))
            throw error;
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

// EXTERNAL MODULE: ./src/auth/registry.ts + 11 modules
var registry = __nccwpck_require__(4684);
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
    return Preconnected.open(base, (0,registry/* connectionsNeeded */.LS)((name) => input(name) ?? '', env));
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
