import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ SHAPES),
/* harmony export */   L1: () => (/* binding */ readCredentials),
/* harmony export */   LO: () => (/* binding */ missing),
/* harmony export */   pS: () => (/* binding */ lintValue)
/* harmony export */ });
/* harmony import */ var _diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8496);
/* harmony import */ var _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9710);
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
    return null;
}
/** Shapes X's credentials are seen to have (format notes, not rules: X decides). */
const SHAPES = {
    /** `<numeric user id>-<letters and digits>` */
    accessToken: /^\d+-[A-Za-z0-9]+$/,
    /** An app-only bearer token starts with a run of `A`s. */
    bearer: /^A{20}/
};


/***/ }),

/***/ 5260:
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
// EXTERNAL MODULE: ./src/io/secret.ts
var secret = __nccwpck_require__(5630);
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
        const linted = (0,credentials/* lintValue */.pS)(given, repair);
        settled.findings.push(...linted.findings);
        if (linted.error)
            settled.errors.push(linted.error);
        if (linted.value === undefined)
            return settled;
        if (linted.value !== given.value)
            settled.derived.push(linted.value);
        const bearer = new secret/* Secret */.zh(SPEC.input, linted.value);
        settled.secrets.push(bearer);
        const hints = credentials/* SHAPES */.HY.accessToken.test(linted.value)
            ? [(0,finding/* finding */.gk)('credential-in-wrong-slot', '`bearer-token` has the `<user id>-…` shape of an access token.', SPEC.input, 'error')]
            : [];
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
    else {
        const diagnosis = (0,x_error/* diagnoseXError */.J)(usage.error, SPEC.input);
        rows.push(app_bearer_row('bearer', 'fail', diagnosis.message));
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
/** Whether the user gave any value of this method. */
function isGiven(method, raw) {
    return method.credentials.some((spec) => raw[spec.input]?.source);
}

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
        meRefused: !me.ok && me.error.status === 401
    };
}

;// CONCATENATED MODULE: ./src/auth/oauth1a/hints.ts
/**
 * Shapes that explain a failure: two values swapped, a credential in the
 * wrong input. They are only shown when the related check fails; a value
 * that authenticates is never questioned for its looks.
 */


function shapeHints(v) {
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
var clock = __nccwpck_require__(1259);
;// CONCATENATED MODULE: ./src/auth/oauth1a/rows.ts
/** The OAuth 1.0a rows, one small function each, from the facts alone. */







const LABELS = {
    'consumer-keys': 'API key and secret',
    'access-token': 'Access token and secret',
    'access-level': 'Access level'
};
const rows_row = (0,row/* rowsLabelled */.hb)(LABELS);
const result = (r, ...findings) => ({ row: r, findings });
/** The API key and secret, on their own (POST /oauth2/token), unless users/me proved them. */
function consumerKeysRow(f, hints) {
    if (f.appBearer)
        return result(rows_row('consumer-keys', 'pass', "Accepted: X issued the App's bearer token for them."));
    if (f.token.ok) {
        return result(rows_row('consumer-keys', 'warn', 'POST /oauth2/token answered without a bearer token.'), (0,finding/* finding */.gk)('bearer-not-compared', 'POST /oauth2/token answered 200 without a bearer token.', 'api-key'));
    }
    const error = f.token.error;
    if (f.keysRejected && f.me.ok) {
        // Code 99 also means "asked too often"; users/me just proved the keys work.
        return result(rows_row('consumer-keys', 'warn', 'Accepted by users/me; /oauth2/token refused (code 99, which X also sends when it is called too often).'), (0,finding/* finding */.gk)('bearer-not-compared', `${error.message} GET /2/users/me accepted the API key, so X most likely throttled /oauth2/token; the bearer token could not be compared with the App's.`, 'api-key'));
    }
    if (f.keysRejected) {
        return result(rows_row('consumer-keys', 'fail', 'Rejected by X (POST /oauth2/token: 403, code 99).'), (0,finding/* finding */.gk)('consumer-keys-rejected', `${error.message} The API key or API secret is wrong, regenerated since, or from a deleted App.`, 'api-key'), ...hintsFor(hints, 'api-key', 'api-secret'));
    }
    const diagnosis = (0,x_error/* diagnoseXError */.J)(error, 'api-key');
    return result(rows_row('consumer-keys', 'fail', diagnosis.message), diagnosis);
}
/** The access token and secret (GET /2/users/me), read with what the token endpoint said of the keys. */
function accessTokenRow(f, hints, skew) {
    if (f.me.ok) {
        const user = f.me.value.data;
        return result(rows_row('access-token', 'pass', `Authenticated as @${user.username} (id ${user.id}).`));
    }
    const e = f.me.error;
    if (f.meRefused && (0,clock/* isSkewed */.SP)(skew)) {
        return result(rows_row('access-token', 'fail', "Refused: the runner's clock is off."), (0,finding/* finding */.gk)('clock-skew', `${e.message} The runner's clock is ${(0,clock/* describeSkew */.mp)(skew)} X's, beyond the ${clock/* CLOCK_SKEW_LIMIT_SECONDS */.s_} s that OAuth 1.0a signatures tolerate here.`, 'clock'));
    }
    if (f.meRefused && f.keysRejected)
        return result(rows_row('access-token', 'fail', 'Not usable: the API key and secret they are signed with were rejected.'));
    if (f.meRefused && f.appBearer) {
        return result(rows_row('access-token', 'fail', 'Rejected by X (GET /2/users/me: 401).'), (0,finding/* finding */.gk)('access-token-rejected', `${e.message} The API key and secret are valid, so the access token or access secret is wrong, revoked, or from another App.`, 'access-token'), ...hintsFor(hints, 'access-token', 'access-secret'));
    }
    if (f.meRefused) {
        return result(rows_row('access-token', 'fail', 'Rejected by X (GET /2/users/me: 401).'), (0,finding/* finding */.gk)('oauth-rejected', e.message, 'access-token'), ...hintsFor(hints, 'api-key', 'api-secret', 'access-token', 'access-secret'));
    }
    if (isRateLimit(f))
        return result(rows_row('access-token', 'pass', 'Authenticated (X rate-limits only requests that authenticated).'));
    const diagnosis = (0,x_error/* diagnoseXError */.J)(e, 'access-token');
    return result(rows_row('access-token', 'fail', diagnosis.message), diagnosis);
}
/** The token's access level (x-access-level) against what this run needs. */
function accessLevelRow(f, need) {
    if (f.me.ok) {
        const level = f.me.value.headers.accessLevel;
        if (!level) {
            return result(rows_row('access-level', 'fail', 'X did not send x-access-level.'), (0,finding/* finding */.gk)('access-level-unknown', `GET /2/users/me answered without the x-access-level header, so the token's access level (${need.because}) could not be confirmed.`, 'access-token'));
        }
        if ((0,access_level/* levelRank */.Le)(level) < (0,access_level/* levelRank */.Le)(need.level)) {
            return result(rows_row('access-level', 'fail', `\`${level}\`, below \`${need.level}\`.`), (0,finding/* finding */.gk)('access-level-too-low', `The access token has \`${level}\` access, but ${need.because}. The App may allow more now, but this token was issued before that change and keeps its old permission: regenerate it.`, 'access-token'));
        }
        return result(rows_row('access-level', 'pass', `\`${level}\` (${need.because}).`));
    }
    if (isRateLimit(f)) {
        const reset = (0,retry/* rateLimitReset */.xm)(f.me.error);
        const when = reset === undefined ? '' : ` The limit resets at ${(0,retry/* formatReset */.FO)(reset)}.`;
        return result(rows_row('access-level', 'fail', 'Unknown: GET /2/users/me was rate limited.'), (0,finding/* finding */.gk)('access-level-unknown', `${f.me.error.message} The credentials authenticated, but the access level could not be read.${when}`, 'access-token'));
    }
    return result(rows_row('access-level', 'skip', 'Not checked: the access token did not authenticate.'));
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
        const values = {};
        for (const [key, spec] of Object.entries(SPECS)) {
            const given = raw[spec.input];
            if (!given?.source) {
                if (ctx.required)
                    settled.findings.push((0,credentials/* missing */.LO)(spec, ctx.forkPullRequest));
                continue;
            }
            const linted = (0,credentials/* lintValue */.pS)(given);
            settled.findings.push(...linted.findings);
            if (linted.error)
                settled.errors.push(linted.error);
            if (linted.value === undefined)
                continue;
            if (linted.value !== given.value)
                settled.derived.push(linted.value);
            values[key] = new secret/* Secret */.zh(spec.input, linted.value);
        }
        settled.secrets = Object.values(values);
        const { apiKey, apiSecret, accessToken, accessSecret } = values;
        if (apiKey && apiSecret && accessToken && accessSecret && !settled.errors.length) {
            const keys = { apiKey, apiSecret, accessToken, accessSecret };
            const hints = shapeHints(values);
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

;// CONCATENATED MODULE: ./src/auth/registry.ts
/**
 * The auth methods the action knows, in the order they are read, checked and
 * preferred: the first user-context method given is the one operations act as.
 */




const AUTH_METHODS = [oauth1a, appBearer];
const CREDENTIAL_SPECS = AUTH_METHODS.flatMap((m) => m.credentials);
/**
 * Settles every method the run uses: each user-context method that was given
 * (or the first, whose values are then reported missing), and every app method.
 */
function settleAll(raw, forkPullRequest, methods = AUTH_METHODS) {
    const users = methods.filter((m) => m.context === 'user');
    const given = users.filter((m) => isGiven(m, raw));
    const active = new Set(given.length ? given : users.slice(0, 1));
    return methods.filter((m) => m.context === 'app' || active.has(m)).map((m) => m.settle(raw, { required: m.context === 'user', forkPullRequest }));
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
/* harmony export */   hb: () => (/* binding */ rowsLabelled),
/* harmony export */   kb: () => (/* binding */ ICON),
/* harmony export */   xQ: () => (/* binding */ rowLine)
/* harmony export */ });
/* unused harmony export oneLine */
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
        fix: [
            'Re-copy all four values (API key and secret, access token and secret) from the same App\'s "Keys and tokens" page; regenerate the ones you are unsure of.'
        ]
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
        cause: 'X answered 403 unsupported-authentication: the endpoint refuses this kind of authentication (an app-only bearer token cannot read the account or post).',
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
        cause: 'X refused the post as duplicate content: the same text was posted before, usually by an earlier run of the same workflow. `on-duplicate: skip` treats that as done.',
        fix: ['Nothing to do for a re-run. To post again, change the text; to make a duplicate fail the step, set `on-duplicate: fail`.']
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
/* harmony export */   J: () => (/* binding */ diagnoseXError)
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
    if (error.kind !== 'http' || error.info.html || (error.status ?? 0) >= 500)
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('x-unavailable', m, subject);
    if (error.isProblem('usage-capped'))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('usage-capped', m, subject);
    if (error.status === 429) {
        const reset = (0,_x_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .rateLimitReset */ .xm)(error);
        const when = reset === undefined ? 'X sent no reset time.' : `The limit resets at ${(0,_x_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReset */ .FO)(reset)}.`;
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('rate-limited', `${m} ${when}`, subject);
    }
    if (error.status === 402 || error.isProblem('credits-depleted'))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('credits-depleted', m, subject);
    if (error.isProblem('client-forbidden') || error.isProblem('client-not-enrolled'))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('client-not-enrolled', m, subject);
    if (error.isProblem('unsupported-authentication'))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('unsupported-authentication', m, subject);
    if (error.isProblem('oauth1-permissions'))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('access-level-too-low', m, subject);
    if (error.isDuplicate)
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('duplicate-content', m, subject);
    if (/mentioned or otherwise engaged/i.test(error.info.detail ?? ''))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('reply-not-allowed', m, subject);
    if (/too long/i.test(error.info.detail ?? ''))
        return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('text-too-long', m, subject);
    return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('x-error', m, subject);
}


/***/ }),

/***/ 5630:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   zh: () => (/* binding */ Secret)
/* harmony export */ });
/* unused harmony exports fingerprint, derivedForms */
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
    try {
        forms.add(encodeURIComponent(value.trim()));
    }
    catch {
        // A lone UTF-16 surrogate has no percent-encoding (URIError); such a value is refused as a credential anyway,
        // but masking runs first and must not throw.
    }
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


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ bar),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/** Small Markdown pieces the job summary is built from. */
/** A table cell: no pipe breaks out of it, no line break ends the row. */
const escapeCell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** 1234567 → "1,234,567". Not toLocaleString: its first call loads the locale data, a cost paid at the end of every run. */
const number = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** A text progress bar of `width` cells. */
function bar(fraction, width = 20) {
    const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
    return '█'.repeat(filled) + '░'.repeat(width - filled);
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
/** The strictest of several requirements; the first wins a tie, so the `permission` input keeps its reason. */
function strictest(requirements) {
    return requirements.reduce((a, b) => (levelRank(b.level) > levelRank(a.level) ? b : a));
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
    if (url.search || url.hash)
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('api-base-url', '`api-base-url` must not have a query or fragment.');
    if (url.protocol === 'https:')
        return url.href.replace(/\/+$/, '');
    if (url.protocol === 'http:') {
        if (LOOPBACK.test(url.hostname))
            return url.href.replace(/\/+$/, '');
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
            return `${endpoint}: timed out${tries} (${info.cause ?? 'no answer in time'}).`;
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
/* harmony export */   FO: () => (/* binding */ formatReset),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   xm: () => (/* binding */ rateLimitReset)
/* harmony export */ });
/* unused harmony export backoffMs */
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

// EXTERNAL MODULE: ./src/auth/registry.ts + 8 modules
var registry = __nccwpck_require__(5260);
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
    const { main } = await Promise.all(/* import() | run */[__nccwpck_require__.e(421), __nccwpck_require__.e(382)]).then(__nccwpck_require__.bind(__nccwpck_require__, 422));
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
    Promise.all(/* import() | run */[__nccwpck_require__.e(421), __nccwpck_require__.e(382)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2929))
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
