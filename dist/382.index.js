export const id = 382;
export const ids = [382];
export const modules = {

/***/ 2929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6683);
/* harmony import */ var _diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8496);
/* harmony import */ var _io_core_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7874);
/* harmony import */ var _io_redacting_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2612);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4549);
/**
 * The action, as the entry starts it once its connections are on their way:
 * one redacting edge for the run and its last-resort handlers, the watchdog
 * on the step's deadline (counted from the entry's first line), the run.
 */





/** Time for the offline part, before the settings and the work say how long the step may take. */
const FIRST_BUDGET_MS = 60_000;
/** After the deadline, in-flight work has this long to end on its own before the watchdog ends the step. */
const WATCHDOG_GRACE_MS = 5_000;
function runAction(started, preconnected) {
    // One redacting edge for the run and its last-resort handlers, so even those messages are scrubbed.
    const io = (0,_io_redacting_io_js__WEBPACK_IMPORTED_MODULE_2__/* .redacting */ .q)(_io_core_io_js__WEBPACK_IMPORTED_MODULE_1__/* .coreIO */ .I);
    const deadline = new _deadline_js__WEBPACK_IMPORTED_MODULE_4__/* .Deadline */ .B(started + FIRST_BUDGET_MS);
    deadline.watch(WATCHDOG_GRACE_MS, () => {
        io.setFailed((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('deadline-exceeded', `The step did not finish within its overall deadline of ${Math.round((deadline.at - started) / 1000)} s.`)));
        process.exit(1);
    });
    const fail = (error) => (0,_main_js__WEBPACK_IMPORTED_MODULE_3__/* .failUnexpected */ .I4)(error, io);
    process.on('unhandledRejection', fail);
    process.on('uncaughtException', fail);
    return (0,_main_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)(io, deadline, preconnected)
        .catch(fail)
        .finally(() => {
        // Connections no request took are closed unused: an input error sends nothing.
        preconnected?.close();
        deadline.stop();
    });
}


/***/ }),

/***/ 4171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ parseScopes),
/* harmony export */   M2: () => (/* binding */ accessLevelOf),
/* harmony export */   NM: () => (/* binding */ neededScopes),
/* harmony export */   m1: () => (/* binding */ DEFAULT_SCOPES)
/* harmony export */ });
/* harmony import */ var _settings_access_level_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6196);

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

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parseEnvFile),
/* harmony export */   Z: () => (/* binding */ parseArgs)
/* harmony export */ });
/** The CLI's arguments and .env files, parsed without side effects. */
const VALUE_FLAGS = [
    'permission',
    'expect-username',
    'api-base-url',
    'timeout-seconds',
    'rate-limit-wait-seconds',
    'refresh-token-secret',
    'secret-environment'
];
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

/***/ 8625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ cli_main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/io/redacting-io.ts
var redacting_io = __webpack_require__(2612);
// EXTERNAL MODULE: ./src/main.ts + 34 modules
var main = __webpack_require__(4549);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/markdown-text.ts
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
    return (out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim() + '\n');
}
function splitRow(line) {
    return line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}
function inline(text) {
    return text
        .replace(/(?<!\\)\[([^\]]+)\]\(([^)]+)\)/g, (_m, label, url) => (label === url ? url : `${label} <${url}>`))
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/(`+) ?(.*?) ?\1(?!`)/g, '$2')
        .replace(/\\([\\`[\]$|])/g, '$1')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
}
function alignTable(rows) {
    const width = (s) => [...s].length;
    const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? '')))) ?? [];
    return rows.map((r) => r
        .map((cell, c) => cell + ' '.repeat(Math.max(0, widths[c] - width(cell))))
        .join('  ')
        .trimEnd());
}

;// CONCATENATED MODULE: ./src/cli/cli.ts
/**
 * The same verification from a terminal, with real credentials, before they
 * go into repository secrets:
 *
 *   x-credentials-check check --env-file .env
 *
 * It reads the action's environment names (TWITTER_API_KEY … or X_API_KEY …)
 * and prints the same diagnosis the action gives. It never posts. It ships
 * inside the action's own bundle (see index.ts), loaded only when called.
 */





const USAGE = `Usage: x-credentials-check check [options]
       x-credentials-check authorize --help   (get an OAuth 2.0 refresh token, once)

Verifies X API credentials from the environment (TWITTER_API_KEY, TWITTER_API_SECRET,
TWITTER_ACCESS_TOKEN, TWITTER_ACCESS_SECRET, TWITTER_BEARER_TOKEN, or the X_* names;
for OAuth 2.0 X_CLIENT_ID, X_CLIENT_SECRET, X_REFRESH_TOKEN). With a refresh token it
rotates it like the action: give --refresh-token-secret and a GH_TOKEN that can write it.

Options:
  --env-file FILE            read KEY=VALUE lines first (variables already set win)
  --permission LEVEL         read | read-write | read-write-directmessages (default read-write)
  --expect-username NAME     fail unless the token belongs to this account
  --api-base-url URL         default https://api.x.com
  --timeout-seconds N        per request (default 30)
  --rate-limit-wait-seconds N
  --refresh-token-secret NAME, --secret-environment ENV
                             OAuth 2.0: where the rotated refresh token is written (the
                             repository in GITHUB_REPOSITORY, token in GH_TOKEN)
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
        notice: (message, title) => print(`ℹ️  ${title}: ${message}`),
        error: (message, title) => print(`❌ ${title}: ${message}`),
        setOutput: () => undefined,
        writeSummary: async (markdown) => {
            if (showSummary)
                print('\n' + markdownToText(markdown));
        },
        setFailed: (message) => {
            process.exitCode = 1;
            print(`\n${message}`);
        }
    };
}
async function cli_main(argv) {
    if (argv[0] === 'authorize') {
        const { authorize } = await __webpack_require__.e(/* import() */ 589).then(__webpack_require__.bind(__webpack_require__, 8589));
        await authorize(argv.slice(1));
        return;
    }
    let args;
    try {
        args = (0,cli_args/* parseArgs */.Z)(argv);
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
            text = (0,external_node_fs_.readFileSync)(args.envFile, 'utf8');
        }
        catch {
            process.stderr.write(`Cannot read --env-file ${args.envFile}\n`);
            process.exitCode = 2;
            return;
        }
        for (const [k, v] of Object.entries((0,cli_args/* parseEnvFile */.F)(text)))
            if (env[k] === undefined)
                env[k] = v;
    }
    // The event payload and workspace of a runner do not exist here.
    delete env.GITHUB_EVENT_PATH;
    const io = (0,redacting_io/* redacting */.q)(terminalIO(args.inputs, env, args.summary));
    try {
        await (0,main/* run */.eF)(io);
    }
    catch (error) {
        (0,main/* failUnexpected */.I4)(error, io);
    }
}


/***/ }),

/***/ 6683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline)
/* harmony export */ });
/**
 * The step's overall time budget, counted from the first line of the run.
 * Nothing may wait or retry past it. The offline part (inputs, files) has a
 * budget of its own; once it is over, the deadline becomes exactly the time
 * the run's requests may take (a video needs more than a credentials check).
 * The entry arms a watchdog on it, because a timer is the only thing that can
 * end a run whose awaited promise never settles.
 */
class Deadline {
    #at;
    #watchdog;
    constructor(at) {
        this.#at = at;
    }
    static in(ms) {
        return new Deadline(Date.now() + ms);
    }
    get at() {
        return this.#at;
    }
    remaining() {
        return this.#at - Date.now();
    }
    /** Moves the deadline to `ms` from now, earlier or later than it was; the watchdog follows. */
    setRemaining(ms) {
        this.#at = Date.now() + ms;
        if (this.#watchdog)
            this.watch(this.#watchdog.graceMs, this.#watchdog.onExpire);
    }
    /**
     * Calls `onExpire` `graceMs` after the deadline unless `stop()` comes
     * first. The timer does not keep the process alive.
     */
    watch(graceMs, onExpire) {
        if (this.#watchdog)
            clearTimeout(this.#watchdog.timer);
        const timer = setTimeout(onExpire, Math.max(0, this.remaining() + graceMs));
        timer.unref();
        this.#watchdog = { timer, graceMs, onExpire };
    }
    stop() {
        if (this.#watchdog)
            clearTimeout(this.#watchdog.timer);
        this.#watchdog = undefined;
    }
}


/***/ }),

/***/ 162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jp: () => (/* binding */ diagnoseXError),
/* harmony export */   Kq: () => (/* binding */ resetNote),
/* harmony export */   ub: () => (/* binding */ provesAuthentication)
/* harmony export */ });
/* harmony import */ var _x_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5090);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8496);


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

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ gitHubDoor),
/* harmony export */   y: () => (/* binding */ GitHubApi)
/* harmony export */ });
/* harmony import */ var _x_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5090);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);


let library;
/** Loaded on first use: runs that never talk to GitHub never pay for Octokit. */
const loadLibrary = () => (library ??= __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
class GitHubApi {
    options;
    repository;
    #octokit;
    #policy;
    constructor(octokit, options) {
        this.options = options;
        this.#octokit = octokit;
        this.repository = options.repository;
        this.#policy = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 8000, ...options.retry };
    }
    static async create(token, options) {
        const { getOctokit } = await loadLibrary();
        // No `log`: Octokit's default logger would print request details on warnings.
        const octokit = getOctokit(token.reveal(), {
            baseUrl: options.apiUrl,
            log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }
        });
        return new GitHubApi(octokit, options);
    }
    /**
     * One REST call, e.g. `request('GET /repos/{owner}/{repo}/actions/secrets/public-key')`;
     * `{owner}` and `{repo}` are the run's repository unless `params` says otherwise.
     * Transient failures are retried with backoff; other 4xx are final at once.
     */
    async request(route, params = {}) {
        const { timeoutMs, deadline, log } = this.options;
        for (let attempt = 1;; attempt++) {
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(), timeoutMs);
            let error;
            try {
                const response = await this.#octokit.request(route, { ...this.repository, ...params, request: { signal: controller.signal } });
                return { status: response.status, data: response.data };
            }
            catch (thrown) {
                error = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubApiError */ .V)(route, thrown, attempt, controller.signal.aborted, this.options.scrub);
            }
            finally {
                clearTimeout(timer);
            }
            if (!error.transient || attempt >= this.#policy.attempts)
                throw error;
            const delay = (0,_x_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffMs */ .jo)(attempt, this.#policy);
            if (delay >= deadline.remaining())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .O(route, 'deadline', { ...error.info, attempts: attempt });
            log(`${route}: attempt ${attempt} failed (${error.message.replace(`${route}: `, '')}); retrying in ${(delay / 1000).toFixed(1)} s.`);
            await sleep(delay);
        }
    }
}
function gitHubDoor(options) {
    return (token, target) => GitHubApi.create(token, { ...options, ...target });
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GitHubApiError),
/* harmony export */   V: () => (/* binding */ toGitHubApiError)
/* harmony export */ });
/* harmony import */ var _io_outside_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ proveWritable),
/* harmony export */   KK: () => (/* binding */ secretMetadata),
/* harmony export */   kz: () => (/* binding */ writeSecret)
/* harmony export */ });
/* unused harmony exports publicKey, deleteSecret, seal */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
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
const loadSodium = () => (sodium ??= __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768)).then(async (m) => {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 7874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ coreIO)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);

/** The action's edge: inputs, masks, annotations, outputs and summary through @actions/core. */
const coreIO = {
    getInput: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name, { trimWhitespace: false }),
    env: process.env,
    setSecret: (value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value),
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message, title) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, { title }),
    notice: (message, title) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, { title }),
    error: (message, title) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, { title }),
    setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value),
    writeSummary: async (markdown) => {
        if (process.env.GITHUB_STEP_SUMMARY)
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
    },
    setFailed: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message)
};


/***/ }),

/***/ 6605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ neutraliseCommands)
/* harmony export */ });
/**
 * The runner reads every line the step prints to stdout: a line that starts
 * with `::` (after any whitespace) is a workflow command, and `##[` anywhere
 * in a line is one in the older form. Text the action prints, and the values
 * from outside in it (X's details, file names, usernames), must never be
 * either. Each such line is broken with an invisible U+200B, so it still
 * reads the same and is no longer a command.
 */
const LINE_BREAK = /(\r\n|\r|\n)/;
/** What the runner trims before looking for `::` (.NET's white space, U+0085 included). */
const LEADING_SPACE = /^[\s\u0085]*/;
const ZERO_WIDTH_SPACE = '\u200b';
function neutraliseCommands(text) {
    return text
        .split(LINE_BREAK)
        .map((part, i) => (i % 2 === 1 ? part : neutraliseLine(part)))
        .join('');
}
function neutraliseLine(line) {
    const out = line.replace(/##\[/g, `#${ZERO_WIDTH_SPACE}#[`);
    const lead = LEADING_SPACE.exec(out)[0].length;
    return out.startsWith('::', lead) ? `${out.slice(0, lead)}:${ZERO_WIDTH_SPACE}:${out.slice(lead + 2)}` : out;
}


/***/ }),

/***/ 4931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 2612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ redacting)
/* harmony export */ });
/* harmony import */ var _log_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6605);
/* harmony import */ var _secret_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5630);


/**
 * Wraps an ActionIO so that redaction happens in one place, at the edge:
 * whatever the run prints, annotates, outputs or summarises passes through
 * the scrubber last, and no call site has to remember it. What goes to the
 * log (lines, annotations, the failure) is also neutralised there, so that no
 * line can be read by the runner as a workflow command.
 */
function redacting(io) {
    const redactor = new _secret_js__WEBPACK_IMPORTED_MODULE_0__/* .Redactor */ .pO();
    const scrub = (text) => redactor.scrub(text);
    const say = (text) => (0,_log_line_js__WEBPACK_IMPORTED_MODULE_1__/* .neutraliseCommands */ .$)(scrub(text));
    return {
        getInput: (name) => io.getInput(name),
        env: io.env,
        setSecret: (value) => io.setSecret(value),
        mask: (value) => {
            for (const form of redactor.add(value))
                io.setSecret(form);
        },
        maskForms: (forms) => {
            for (const form of redactor.addForms(forms))
                io.setSecret(form);
        },
        scrub,
        holdsSecret: (text) => redactor.holds(text),
        info: (message) => io.info(say(message)),
        warning: (message, title) => io.warning(say(message), say(title)),
        notice: (message, title) => io.notice(say(message), say(title)),
        error: (message, title) => io.error(say(message), say(title)),
        setOutput: (name, value) => io.setOutput(name, scrub(value)),
        writeSummary: (markdown) => io.writeSummary(scrub(markdown)),
        setFailed: (message) => io.setFailed(say(message))
    };
}


/***/ }),

/***/ 5630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ basicCredentials),
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   zh: () => (/* binding */ Secret)
/* harmony export */ });
/* unused harmony exports fingerprint, MIN_FORM_LENGTH, PIECE_LENGTH, derivedForms, base64Cores */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

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
/** Forms up to this length go into the one regular expression; credentials are under 512 characters. */
const MAX_PATTERN_FORM = 1024;
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
    /** Forms longer than MAX_PATTERN_FORM, longest first: replaced without a regular expression. */
    #long = [];
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
            // A value far longer than any credential (a file pasted into a secret) is no form for a regular expression:
            // V8 refuses one that large. Those are replaced as plain strings, before the rest, so the longest still go first.
            this.#long = longestFirst.filter((form) => form.length > MAX_PATTERN_FORM);
            const short = longestFirst.filter((form) => form.length <= MAX_PATTERN_FORM);
            this.#pattern = short.length ? new RegExp(short.map(escapeRegExp).join('|'), 'g') : undefined;
        }
        return added;
    }
    /** The text with every registered secret form and every credential carrier replaced by `***`. */
    scrub(text) {
        let out = text;
        for (const form of this.#long)
            out = out.split(form).join(HIDDEN);
        if (this.#pattern)
            out = out.replace(this.#pattern, HIDDEN);
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

/***/ 4549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I4: () => (/* binding */ failUnexpected),
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: requestBudgetMs

// EXTERNAL MODULE: ./src/diagnoses/finding.ts
var finding = __webpack_require__(8496);
// EXTERNAL MODULE: ./src/diagnoses/input-error.ts
var input_error = __webpack_require__(9710);
// EXTERNAL MODULE: ./src/io/secret.ts
var secret = __webpack_require__(5630);
;// CONCATENATED MODULE: ./src/auth/credentials.ts
/**
 * Reading and linting credential values, for every auth method alike: the
 * input first, then each environment variable; trimmed and unquoted with a
 * warning; refused only when no X credential could look like that.
 */



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
        findings.push((0,finding/* finding */.gk)('whitespace-trimmed', `\`${spec.input}\`${where} had whitespace or a line break around it; it was trimmed.`, spec.input));
    const quoted = /^(["'])(.*)\1$/s.exec(v);
    if (quoted) {
        v = quoted[2].trim();
        findings.push((0,finding/* finding */.gk)('quotes-stripped', `\`${spec.input}\`${where} was wrapped in quotes; they were removed.`, spec.input));
    }
    if (repair) {
        const repaired = repair(v, where);
        v = repaired.value;
        findings.push(...repaired.findings);
    }
    const problem = shapeProblem(v);
    if (problem)
        return { findings, error: new input_error/* InputError */.d(spec.input, `\`${spec.input}\`${where} ${problem}.`) };
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
    return new secret/* Secret */.zh(given.spec.input, linted.value);
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
    return (0,finding/* finding */.gk)('missing-credential', message, spec.input);
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

// EXTERNAL MODULE: ./src/auth/specs.ts
var specs = __webpack_require__(2142);
// EXTERNAL MODULE: ./src/x/errors.ts
var errors = __webpack_require__(5689);
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

;// CONCATENATED MODULE: ./src/checks/row.ts
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

// EXTERNAL MODULE: ./src/diagnoses/x-error.ts
var x_error = __webpack_require__(162);
// EXTERNAL MODULE: ./src/auth/app-bearer/spec.ts
var spec = __webpack_require__(8025);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
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







const row = rowsLabelled({ bearer: 'Bearer token', 'app-consistency': 'Bearer matches the App' });
const tri = (b) => (b === undefined ? '' : String(b));
const appBearer = {
    ...spec/* APP_BEARER */.m,
    idleOutputs: { 'bearer-valid': '', 'app-consistent': '' },
    settle(raw) {
        const settled = { method: appBearer, findings: [], errors: [], derived: [], secrets: [] };
        const given = raw[spec/* SPEC */.y.input];
        if (!given?.source) {
            settled.start = async () => ({ conclude: () => notGiven() });
            return settled;
        }
        const bearer = settleValue(given, settled, repair);
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
        findings.push((0,finding/* finding */.gk)('bearer-prefix', `\`bearer-token\`${where} began with "Bearer "; it was removed.`, spec/* SPEC */.y.input));
    }
    if (/[+/=]/.test(v)) {
        v = v.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D');
        findings.push((0,finding/* finding */.gk)('bearer-decoded', `\`bearer-token\`${where} holds \`+\`, \`/\` or \`=\`: it was percent-decoded when copied. It was re-encoded for this run.`, spec/* SPEC */.y.input));
    }
    return { value: v, findings };
}
/** Shapes that explain a refused bearer token; shown only when X refuses it. */
function shapeHints(value) {
    if (SHAPES.accessToken.test(value)) {
        return [(0,finding/* finding */.gk)('credential-in-wrong-slot', '`bearer-token` has the `<user id>-…` shape of an OAuth 1.0a access token.', spec/* SPEC */.y.input, 'error')];
    }
    const kind = oauth2Kind(value);
    if (kind)
        return [(0,finding/* finding */.gk)('credential-in-wrong-slot', `\`bearer-token\` has the form of an OAuth 2.0 ${kind}, not of the App's bearer token.`, spec/* SPEC */.y.input, 'error')];
    return [];
}
function notGiven() {
    return { rows: [row('bearer', 'skip', 'Not given: the app-only checks were skipped.')], findings: [], outputs: appBearer.idleOutputs, summary: [] };
}
function conclude(bearer, usage, hints, ctx) {
    const rows = [];
    const findings = [];
    let valid;
    if (usage.ok) {
        valid = true;
        rows.push(row('bearer', 'pass', 'Accepted (GET /2/usage/tweets).'));
    }
    else if (usage.error.status === 401) {
        valid = false;
        rows.push(row('bearer', 'fail', 'Rejected by X (GET /2/usage/tweets: 401).'));
        findings.push((0,finding/* finding */.gk)('bearer-rejected', `${usage.error.message} The bearer token is wrong, invalidated, or regenerated since it was stored.`, spec/* SPEC */.y.input), ...hints);
    }
    else if (usage.error.isProblem('unsupported-authentication')) {
        valid = false;
        rows.push(row('bearer', 'fail', "Refused: a user token, not the App's bearer token (GET /2/usage/tweets: 403)."));
        findings.push((0,finding/* finding */.gk)('bearer-is-user-token', `${usage.error.message} GET /2/usage/tweets takes only the App's bearer token, and \`bearer-token\` holds a user access token.`, spec/* SPEC */.y.input), ...hints);
    }
    else if (usage.error.status === 429 && !usage.error.isProblem('usage-capped')) {
        // The usage request is optional: its rate limit proves the bearer token and must not stop the run.
        valid = true;
        rows.push(row('bearer', 'pass', 'Accepted (X rate-limits only requests that authenticated); the usage could not be read.'));
        findings.push((0,finding/* finding */.gk)('usage-unreadable', `${usage.error.message} ${(0,x_error/* resetNote */.Kq)(usage.error)}`, spec/* SPEC */.y.input));
    }
    else {
        valid = (0,x_error/* provesAuthentication */.ub)(usage.error) ? true : undefined;
        const diagnosis = (0,x_error/* diagnoseXError */.Jp)(usage.error, spec/* SPEC */.y.input);
        rows.push(row('bearer', 'fail', valid ? `Authenticated, but X refused GET /2/usage/tweets: ${diagnosis.message}` : diagnosis.message));
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
            return { row: row('app-consistency', 'pass', 'The bearer token is the one X issues for this API key.'), findings: [], consistent: true };
        if (!valid)
            return { row: row('app-consistency', 'fail', 'The bearer token is not the one X issues for this API key.'), findings: [], consistent: false };
        return {
            row: row('app-consistency', 'fail', 'The bearer token belongs to another App.'),
            consistent: false,
            findings: [
                (0,finding/* finding */.gk)('bearer-other-app', `The bearer token is valid, but X issues a different one for this API key (bearer ${bearer.fingerprint}, the App's ${issued.fingerprint}): it belongs to another App, or was regenerated since.`, spec/* SPEC */.y.input)
            ]
        };
    }
    if (app?.keysRejected && !app.keysProven)
        return { row: row('app-consistency', 'skip', 'Not compared: the API key and secret were rejected.'), findings: [] };
    return { row: row('app-consistency', 'skip', 'Not compared: /oauth2/token gave no bearer token.'), findings: [] };
}

;// CONCATENATED MODULE: ./src/auth/method.ts
/** Whether the user gave a value of this method that chooses it (`alone`: one that chooses it when nothing else does). */
function isGiven(method, raw, strength = 'always') {
    return method.credentials.some((spec) => (spec.selects ?? 'always') === strength && raw[spec.input]?.source);
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
    if (SHAPES.accessToken.test(reveal(v.accessSecret)) && !SHAPES.accessToken.test(reveal(v.accessToken))) {
        hints.push((0,finding/* finding */.gk)('access-pair-swapped', '`access-secret` has the `<user id>-…` shape of an access token and `access-token` does not: they look swapped.', 'access-token'));
    }
    for (const value of [v.apiKey, v.apiSecret, v.accessToken, v.accessSecret]) {
        if (value && SHAPES.bearer.test(value.reveal())) {
            hints.push((0,finding/* finding */.gk)('credential-in-wrong-slot', `\`${value.input}\` starts with the run of A's of a bearer token.`, value.input));
        }
        const kind = value && oauth2Kind(value.reveal());
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
var access_level = __webpack_require__(6196);
// EXTERNAL MODULE: ./src/x/retry.ts
var retry = __webpack_require__(5090);
;// CONCATENATED MODULE: ./src/checks/clock.ts
/**
 * The runner's clock against X's (its Date header). OAuth 1.0a signatures
 * carry a timestamp, so a clock far off makes X refuse them.
 */

/** Beyond this, a refused OAuth signature is blamed on the clock. X's own window is undocumented. */
const CLOCK_SKEW_LIMIT_SECONDS = 120;
const clock_row = rowsLabelled({ clock: 'Clock' });
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
        return clock_row('clock', 'skip', 'X sent no Date header.');
    if (isSkewed(skew))
        return clock_row('clock', timestampedRequestRefused ? 'fail' : 'warn', `${describeSkew(skew)} X's clock.`);
    return clock_row('clock', 'pass', `Within ${Math.abs(skew)} s of X's clock.`);
}

;// CONCATENATED MODULE: ./src/auth/oauth1a/rows.ts
/** The OAuth 1.0a rows, one small function each, from the facts alone. */







const LABELS = {
    'consumer-keys': 'API key and secret',
    'access-token': 'Access token and secret',
    'access-level': 'Access level'
};
const rows_row = rowsLabelled(LABELS);
/** What users/me's answer proved of the keys, in words. */
function proof(f) {
    return f.me.ok
        ? 'GET /2/users/me accepted the API key'
        : `GET /2/users/me answered HTTP ${f.me.error.status}, which X sends only to requests that authenticated`;
}
/** The API key and secret, on their own (POST /oauth2/token), unless users/me proved them. */
function consumerKeysRow(f, hints) {
    if (f.appBearer)
        return rowResult(rows_row('consumer-keys', 'pass', "Accepted: X issued the App's bearer token for them."));
    if (f.token.ok) {
        return rowResult(rows_row('consumer-keys', 'warn', 'POST /oauth2/token answered without a bearer token.'), (0,finding/* finding */.gk)('bearer-not-compared', 'POST /oauth2/token answered 200 without a bearer token.', 'api-key'));
    }
    const error = f.token.error;
    if (f.keysProven && f.keysRejected) {
        // Code 99 also means "asked too often"; users/me just proved the keys work.
        return rowResult(rows_row('consumer-keys', 'warn', 'Accepted by users/me; /oauth2/token refused (code 99, which X also sends when it is called too often).'), (0,finding/* finding */.gk)('bearer-not-compared', `${error.message} ${proof(f)}, so X most likely throttled /oauth2/token; the bearer token could not be compared with the App's.`, 'api-key'));
    }
    if (f.keysProven) {
        return rowResult(rows_row('consumer-keys', 'warn', `Accepted by users/me; /oauth2/token failed (${error.status ? `HTTP ${error.status}` : error.kind}).`), (0,finding/* finding */.gk)('bearer-not-compared', `${error.message} ${proof(f)}, so the keys are good; the bearer token could not be compared with the App's.${error.status === 429 ? ` ${(0,x_error/* resetNote */.Kq)(error)}` : ''}`, 'api-key'));
    }
    if (f.keysRejected) {
        return rowResult(rows_row('consumer-keys', 'fail', 'Rejected by X (POST /oauth2/token: 403, code 99).'), (0,finding/* finding */.gk)('consumer-keys-rejected', `${error.message} The API key or API secret is wrong, regenerated since, or from a deleted or suspended App.`, 'api-key'), ...hintsFor(hints, 'api-key', 'api-secret'));
    }
    const diagnosis = (0,x_error/* diagnoseXError */.Jp)(error, 'api-key');
    return rowResult(rows_row('consumer-keys', 'fail', diagnosis.message), diagnosis);
}
/** The access token and secret (GET /2/users/me), read with what the token endpoint said of the keys. */
function accessTokenRow(f, hints, skew) {
    if (f.me.ok) {
        const user = f.me.value.data;
        return rowResult(rows_row('access-token', 'pass', `Authenticated as @${user.username} (id ${user.id}).`));
    }
    const e = f.me.error;
    if (f.meRefused)
        return refusedRow(f, hints, skew);
    if (f.keysProven) {
        const because = isRateLimit(f) ? 'X rate-limits only requests that authenticated' : `X answers HTTP ${e.status} only to requests that authenticated`;
        return rowResult(rows_row('access-token', 'pass', `Authenticated (${because}).`));
    }
    const diagnosis = (0,x_error/* diagnoseXError */.Jp)(e, 'access-token');
    return rowResult(rows_row('access-token', 'fail', diagnosis.message), diagnosis);
}
/**
 * A 401 from users/me. The keys are judged without a timestamp (Basic auth on
 * /oauth2/token), so a far-off clock and a wrong access token both explain it:
 * both are named, since X's 401 does not say which.
 */
function refusedRow(f, hints, skew) {
    const e = f.me.error;
    if (f.timestampRefused) {
        const how = skew === undefined ? 'is off' : `is ${describeSkew(skew)} X's`;
        return rowResult(rows_row('access-token', 'fail', "Refused: the signature's timestamp is outside X's window."), (0,finding/* finding */.gk)('clock-skew', `${e.message} X refused the signature's timestamp: the runner's clock ${how}.`, 'clock'));
    }
    if (f.keysRejected)
        return rowResult(rows_row('access-token', 'fail', 'Not usable: the API key and secret they are signed with were rejected.'));
    const clock = isSkewed(skew);
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
        return rowResult(rows_row('access-token', 'fail', 'Rejected by X (GET /2/users/me: 401).'), ...credential);
    const which = f.appBearer ? 'the access token' : 'a credential';
    return rowResult(rows_row('access-token', 'fail', `Refused: the runner's clock is off, or ${which} is wrong.`), (0,finding/* finding */.gk)('clock-skew', `${e.message} The runner's clock is ${describeSkew(skew)} X's, more than the ${CLOCK_SKEW_LIMIT_SECONDS} s this action allows for; X's own window is undocumented (reported as 5 minutes), so the clock may be why X refused the signature, or ${which} is wrong (see the next error).`, 'clock'), ...credential);
}
/** The token's access level (x-access-level) against what this run needs. */
function accessLevelRow(f, need) {
    if (f.me.ok) {
        const level = f.me.value.headers.accessLevel;
        if (!level) {
            return rowResult(rows_row('access-level', 'fail', 'X did not send x-access-level.'), (0,finding/* finding */.gk)('access-level-unknown', `GET /2/users/me answered without the x-access-level header, so the token's access level (${need.because}) could not be confirmed.`, 'access-token'));
        }
        if ((0,access_level/* levelRank */.Le)(level) >= (0,access_level/* levelRank */.Le)(need.level))
            return rowResult(rows_row('access-level', 'pass', `\`${level}\` (${need.because}).`));
        if ((0,access_level/* levelRank */.Le)(level) >= (0,access_level/* levelRank */.Le)('read-write')) {
            return rowResult(rows_row('access-level', 'fail', `\`${level}\`, below \`${need.level}\`.`), (0,finding/* finding */.gk)('access-level-no-direct-messages', `The access token has \`${level}\` access: it can post, but ${need.because}, which also needs direct messages. A token keeps the permission it was issued with: after allowing direct messages in the App, regenerate it.`, 'access-token'));
        }
        return rowResult(rows_row('access-level', 'fail', `\`${level}\`, below \`${need.level}\`.`), (0,finding/* finding */.gk)('access-level-too-low', `The access token has \`${level}\` access, but ${need.because}. The App may allow more now, but this token was issued before that change and keeps its old permission: regenerate it.`, 'access-token'));
    }
    if (!f.keysProven)
        return rowResult(rows_row('access-level', 'skip', 'Not checked: the access token did not authenticate.'));
    const e = f.me.error;
    if (isRateLimit(f)) {
        const reset = (0,retry/* rateLimitReset */.xm)(e);
        const when = reset === undefined ? '' : ` The limit resets at ${(0,retry/* formatReset */.FO)(reset)}.`;
        return rowResult(rows_row('access-level', 'fail', 'Unknown: GET /2/users/me was rate limited.'), (0,finding/* finding */.gk)('access-level-unknown', `${e.message} The credentials authenticated, but the access level could not be read.${when}`, 'access-token'));
    }
    // Authenticated, then refused for the account's or the App's standing: that is the finding, not the credentials.
    const diagnosis = (0,x_error/* diagnoseXError */.Jp)(e, 'access-token');
    return rowResult(rows_row('access-level', 'fail', `Not read: X refused GET /2/users/me (${(0,finding/* titleOf */.Gg)(diagnosis)}).`), diagnosis);
}
/** A 429 on users/me that is a rate limit (X limits only requests that authenticated), not a usage cap. */
function isRateLimit(f) {
    return !f.me.ok && f.me.error.status === 429 && !f.me.error.isProblem('usage-capped');
}

// EXTERNAL MODULE: ./src/auth/oauth1a/spec.ts
var oauth1a_spec = __webpack_require__(6345);
;// CONCATENATED MODULE: ./src/auth/oauth1a/index.ts






const oauth1a = {
    ...oauth1a_spec/* OAUTH1A */.Y,
    idleOutputs: {},
    settle(raw, ctx) {
        const settled = { method: oauth1a, findings: [], errors: [], derived: [], secrets: [] };
        const values = settleValues(raw, oauth1a_spec/* SPECS */.n, settled, { required: () => ctx.required, forkPullRequest: ctx.forkPullRequest });
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

// EXTERNAL MODULE: ./src/github/target.ts
var github_target = __webpack_require__(3738);
// EXTERNAL MODULE: ./src/settings/rules.ts
var rules = __webpack_require__(310);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/secrets.ts
var secrets = __webpack_require__(298);
// EXTERNAL MODULE: ./src/auth/oauth2/scopes.ts
var scopes = __webpack_require__(4171);
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
const oauth2_rows_row = rowsLabelled(rows_LABELS);
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
        return rowResult(oauth2_rows_row('oauth2-secret', 'pass', `${where}: exists, updated ${describeTime(f.github.before.updated_at)}; writable (a probe secret was written and deleted).`));
    }
    const { error, step } = f.github;
    const [id, why] = gitHubDiagnosis(error, step, f.place);
    return rowResult(oauth2_rows_row('oauth2-secret', 'fail', `${error.message} Nothing was sent to X.`), (0,finding/* finding */.gk)(id, `${error.message} ${why} Nothing was sent to X: the refresh token is still valid.`, subjectOf(id)));
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
        return rowResult(oauth2_rows_row('oauth2-client', 'skip', 'Not checked: nothing was sent to X.'));
    if (f.refresh.ok)
        return rowResult(oauth2_rows_row('oauth2-client', 'pass', `Accepted (${confidential ? 'confidential client, Basic authentication' : 'public client'}).`));
    const error = f.refresh.error;
    if (error.info.oauthError === 'unauthorized_client') {
        const why = confidential
            ? '`client-secret` is not the secret of this `client-id` (wrong, or regenerated since), or the App is a Native App (public client), which takes no secret: leave `client-secret` empty then.'
            : 'X treats the App as a confidential client (Web App, or Automated App or bot): give its Client Secret in `client-secret`.';
        return rowResult(oauth2_rows_row('oauth2-client', 'fail', 'Rejected by X (unauthorized_client).'), (0,finding/* finding */.gk)('oauth2-client-rejected', `${error.message} ${why}`, 'client-secret'));
    }
    if (error.info.oauthError === 'invalid_client') {
        const hint = clientIdLooksWrong ? ' `client-id` does not have the shape of an OAuth 2.0 Client ID (base64 of `…:1:ci`): is it the API key?' : '';
        return rowResult(oauth2_rows_row('oauth2-client', 'fail', 'Not recognised by X (invalid_client).'), (0,finding/* finding */.gk)('oauth2-client-unknown', `${error.message} X knows no OAuth 2.0 client with this \`client-id\`.${hint}`, 'client-id'));
    }
    if (error.info.oauthError)
        return rowResult(oauth2_rows_row('oauth2-client', 'pass', 'Accepted; X refused the request for another reason.'));
    return rowResult(oauth2_rows_row('oauth2-client', 'skip', 'Not confirmed: the token request did not complete.'));
}
/** The refresh itself: rotated, or why not. */
function refreshRow(f) {
    if (!f.refresh)
        return rowResult(oauth2_rows_row('oauth2-refresh', 'skip', 'Not used: the rotated token could not be stored, so the refresh token was left unspent.'));
    if (f.refresh.ok) {
        const rotated = !!f.refresh.value.data.refresh_token;
        return rowResult(oauth2_rows_row('oauth2-refresh', 'pass', rotated
            ? 'Rotated: X issued a new refresh token (the one given is now spent) and a 2-hour access token.'
            : 'X issued an access token but no new refresh token.'));
    }
    const error = f.refresh.error;
    const lost = f.refreshAmbiguous ? ' An earlier attempt of this run ended without an answer: X may have rotated the token then, and its answer was lost.' : '';
    const code = oauthError(f);
    if (code && CLIENT_ERRORS.includes(code))
        return rowResult(oauth2_rows_row('oauth2-refresh', 'skip', 'Not used: X refused the client first.'));
    if (code === 'invalid_request' && /token/i.test(error.info.detail ?? '')) {
        const updated = f.secretNow ?? (f.github.ok ? f.github.before : undefined);
        const rotatedMeanwhile = f.github.ok && f.secretNow && f.secretNow.updated_at !== f.github.before.updated_at;
        const when = updated
            ? ` The secret ${describePlace(f.place)} was last updated ${describeTime(updated.updated_at)}${rotatedMeanwhile ? ', while this run was refreshing: another run rotated the token meanwhile' : '; if that is after this job started, another run rotated the token meanwhile'}.`
            : '';
        return rowResult(oauth2_rows_row('oauth2-refresh', 'fail', 'Refused by X: already used, revoked, or from another App.'), (0,finding/* finding */.gk)('oauth2-refresh-token-invalid', `${error.message} \`refresh-token\` is spent or revoked.${when}${lost}`, 'refresh-token'));
    }
    if (code)
        return rowResult(oauth2_rows_row('oauth2-refresh', 'fail', `Refused by X (${code}).`), (0,finding/* finding */.gk)('oauth2-token-refused', error.message, 'refresh-token'));
    const diagnosis = (0,x_error/* diagnoseXError */.Jp)(error, 'refresh-token');
    const spent = error.ambiguous || lost ? ' X may have rotated the token without this run learning the new one: if the next run is refused, authorise again.' : '';
    return rowResult(oauth2_rows_row('oauth2-refresh', 'fail', diagnosis.message), { ...diagnosis, message: `${diagnosis.message}${spent}` });
}
/** The new refresh token, sealed and written to the secret, right after the refresh. */
function writeBackRow(f) {
    if (!f.refresh?.ok)
        return rowResult(oauth2_rows_row('oauth2-write-back', 'skip', 'Nothing to store.'));
    if (!f.writeBack)
        return rowResult(oauth2_rows_row('oauth2-write-back', 'fail', 'Nothing stored: X issued no new refresh token (the token lacks `offline.access`).'));
    if (f.writeBack.ok)
        return rowResult(oauth2_rows_row('oauth2-write-back', 'pass', `Sealed and written to ${describePlace(f.place)}; the next run uses it.`));
    const error = f.writeBack.error;
    return rowResult(oauth2_rows_row('oauth2-write-back', 'fail', `Failed: ${error.message}`), (0,finding/* finding */.gk)('oauth2-chain-broken', `${error.message} X has already consumed the refresh token this run was given; its successor could not be stored in ${describePlace(f.place)} and is not shown anywhere. The next run will be refused until the account authorises the App again.`, 'refresh-token-secret'));
}
/** GET /2/users/me with the new access token. */
function accountRow(f) {
    if (!f.me)
        return rowResult(oauth2_rows_row('oauth2-account', 'skip', 'Not checked: X issued no access token.'));
    if (f.me.ok) {
        const user = f.me.value.data;
        return rowResult(oauth2_rows_row('oauth2-account', 'pass', `Authenticated as @${user.username} (id ${user.id}).`));
    }
    const diagnosis = (0,x_error/* diagnoseXError */.Jp)(f.me.error, 'refresh-token');
    return rowResult(oauth2_rows_row('oauth2-account', 'fail', diagnosis.message), diagnosis);
}
/** The scopes X granted, against what this run needs. */
function scopesRow(f, need) {
    if (!f.refresh?.ok)
        return rowResult(oauth2_rows_row('oauth2-scopes', 'skip', 'Not checked: X issued no token.'));
    const granted = f.scopes.length ? `\`${f.scopes.join(' ')}\`` : 'no scopes';
    const missing = (0,scopes/* neededScopes */.NM)(need).filter((n) => !f.scopes.includes(n.scope));
    if (!missing.length)
        return rowResult(oauth2_rows_row('oauth2-scopes', 'pass', `${granted}.`));
    const list = missing.map((m) => `\`${m.scope}\` (${m.because})`).join(', ');
    return rowResult(oauth2_rows_row('oauth2-scopes', 'fail', `Missing ${missing.map((m) => `\`${m.scope}\``).join(' ')}.`), (0,finding/* finding */.gk)('oauth2-scope-missing', `The account granted ${granted}; this run also needs ${list}.`, 'refresh-token'));
}

// EXTERNAL MODULE: ./src/auth/oauth2/spec.ts
var oauth2_spec = __webpack_require__(5825);
;// CONCATENATED MODULE: ./src/auth/oauth2/index.ts
/**
 * OAuth 2.0 user context (Authorization Code with PKCE): an App's Client ID
 * (and Client Secret, for confidential clients) and a refresh token of the
 * account. Each refresh returns a new refresh token and consumes the old one,
 * so the method proves first that GitHub will let it store the successor,
 * then refreshes, writes the successor back to the secret at once, and
 * verifies the new access token with GET /2/users/me.
 */










/** GitHub's rule for secret names. */
const SECRET_NAME = /^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]*$/i;
/** What the probe secret adds to the name; GitHub's limit for a name is not documented, names this long are not seen. */
const MAX_SECRET_NAME = 200;
/** Requests `start` sends one after another: public key, metadata, probe write and delete, refresh, write-back, users/me. */
const REQUESTS_IN_SEQUENCE = 7;
const oauth2 = {
    ...oauth2_spec/* OAUTH2 */.U,
    idleOutputs: { scopes: '', 'refresh-token-rotated': 'false' },
    settle(raw, ctx) {
        const settled = { method: oauth2, findings: [], errors: [], derived: [], secrets: [] };
        const values = settleValues(raw, oauth2_spec/* SPECS */.n, settled, {
            required: (key) => ctx.required && (key === 'clientId' || key === 'refreshToken'),
            forkPullRequest: ctx.forkPullRequest
        });
        settled.secrets = [values.clientId, values.clientSecret, values.refreshToken].filter((v) => !!v);
        // A confidential client authenticates at the token endpoint with one HTTP Basic credential: a form of its own.
        if (values.clientId && values.clientSecret)
            settled.carried = (0,secret/* basicCredentials */.BG)(values.clientId.reveal(), values.clientSecret.reveal());
        const place = readPlace(ctx, values, settled, !!raw[oauth2_spec/* SPECS */.n.githubToken.input]?.source);
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




/** In the order of specs.ts's METHOD_SHAPES, which the entry reads before this module loads. */
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

;// CONCATENATED MODULE: ./src/checks/not-checked.ts
function notChecked(reason) {
    return {
        rows: [{ id: 'credentials', label: 'Credentials', verdict: 'skip', detail: `Not checked: ${reason}.` }],
        findings: [],
        verified: false,
        outputs: {},
        summary: []
    };
}

;// CONCATENATED MODULE: ./src/checks/account.ts
/** `expect-username`: the credentials must act as this account. */


const account_row = rowsLabelled({ account: 'Account' });
function account_accountRow(expected, user) {
    if (!user)
        return { row: account_row('account', 'skip', `Not checked (expected @${expected}).`), findings: [] };
    if (user.username.toLowerCase() === expected.toLowerCase())
        return { row: account_row('account', 'pass', `@${user.username} as expected.`), findings: [] };
    return {
        row: account_row('account', 'fail', `@${user.username}, expected @${expected}.`),
        findings: [
            (0,finding/* finding */.gk)('username-mismatch', `The access token belongs to @${user.username} (id ${user.id}), but \`expect-username\` is @${expected}.`, 'expect-username')
        ]
    };
}

;// CONCATENATED MODULE: ./src/checks/verify.ts


async function verify(x, methods, o) {
    const started = methods.flatMap((m) => (m.start ? [{ method: m.method, gathered: m.start(x, o) }] : []));
    const gathered = await Promise.all(started.map(async (s) => ({ method: s.method, ...(await s.gathered) })));
    const shared = Object.assign({}, ...gathered.map((g) => g.shared ?? {}));
    const skew = clockSkew(x.lastServerDate, (o.now ?? Date.now)());
    const outcomes = gathered.map((g) => ({ context: g.method.context, ...g.conclude({ ...o, shared, skewSeconds: skew }) }));
    const users = outcomes.filter((r) => r.context === 'user');
    const apps = outcomes.filter((r) => r.context === 'app');
    // Operations act as the preferred user method (the first given), never as a fallback when it failed.
    const identity = users[0]?.identity;
    const parts = [...users];
    if (o.expectUsername) {
        const account = account_accountRow(o.expectUsername, identity?.user);
        parts.push({ rows: [account.row], findings: account.findings });
    }
    parts.push(...apps, {
        rows: [
            clockRow(skew, outcomes.some((r) => r.timestampedRequestRefused))
        ],
        findings: []
    });
    const rows = parts.flatMap((p) => p.rows);
    return {
        rows,
        findings: parts.flatMap((p) => p.findings),
        verified: rows.every((r) => r.verdict !== 'fail'),
        identity,
        outputs: Object.assign({}, ...outcomes.map((r) => r.outputs)),
        summary: outcomes.flatMap((r) => r.summary),
        clockSkewSeconds: skew
    };
}

// EXTERNAL MODULE: ./src/deadline.ts
var src_deadline = __webpack_require__(6683);
// EXTERNAL MODULE: ./src/io/core-io.ts
var core_io = __webpack_require__(7874);
// EXTERNAL MODULE: ./src/io/redacting-io.ts
var redacting_io = __webpack_require__(2612);
// EXTERNAL MODULE: ./src/operations/refs.ts
var refs = __webpack_require__(7198);
;// CONCATENATED MODULE: ./src/operations/delete/inputs.ts
/**
 * `delete`: the posts to delete, as ids or x.com / twitter.com status URLs
 * separated by newlines or commas, or the JSON array the `tweet-ids` output
 * holds. Not together with the posting inputs: a run either posts or takes
 * posts back.
 */



/** A stray input (a whole file pasted) is caught before anything is deleted; a thread has at most 25 parts. */
const MAX_DELETES = 100;
const POSTING_INPUTS = ['tweet', 'tweet-file', 'media', 'reply-to', 'quote'];
/** The ids, in the order given (a thread's order); undefined when `delete` is empty. */
function readDeleteInput(inputs) {
    const raw = inputs.text('delete', rules/* MAX_LINE */.MV * 8);
    if (!raw.trim())
        return undefined;
    const mixed = POSTING_INPUTS.filter((name) => inputs.given(name));
    if (mixed.length) {
        const names = mixed.map((n) => `\`${n}\``).join(', ');
        throw new input_error/* InputError */.d('delete', `\`delete\` is given together with ${names}: a run either posts or deletes. Use two steps (or jobs) for the two.`);
    }
    return parseIds(raw);
}
/** `1,2`, one per line, URLs, or `["1","2"]`; each id once, in the order given. */
function parseIds(raw) {
    const text = raw.trim();
    const entries = text.startsWith('[') ? jsonEntries(text) : text.split(/[\r\n,]+/).map((e) => e.trim());
    const given = entries.filter((e) => e !== '');
    if (given.length > MAX_DELETES) {
        throw new input_error/* InputError */.d('delete', `\`delete\` names ${given.length} posts; at most ${MAX_DELETES} are deleted in one run (a safety cap). Split the list.`);
    }
    const ids = given.map((entry, i) => (0,refs/* parsePostRef */.R)(entry, 'delete', given.length === 1 ? '`delete`' : `\`delete\` (entry ${i + 1})`));
    return ids.filter((id, i) => ids.indexOf(id) === i);
}
/** The `tweet-ids` form: a JSON array of id strings (an empty one means nothing to delete). */
function jsonEntries(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new input_error/* InputError */.d('delete', '`delete` starts with `[` but is not a JSON array; give the `tweet-ids` output as it is, or ids separated by commas or newlines.');
    }
    if (!Array.isArray(value))
        throw new input_error/* InputError */.d('delete', '`delete` starts with `[` but is not a JSON array.');
    if (value.some((v) => typeof v !== 'string')) {
        throw new input_error/* InputError */.d('delete', '`delete`: every entry of the JSON array must be a string, as in the `tweet-ids` output (`["1668910101351272448"]`): a post id as a JSON number loses its last digits.');
    }
    return value;
}

;// CONCATENATED MODULE: ./src/operations/delete/remove.ts
/**
 * Deleting, last post first: the ids come in a thread's order, so going
 * backwards never leaves a part on X whose parent is gone. A delete is
 * idempotent: X's retry rules for any read apply, and a 404 means the post is
 * gone already (deleted by hand, or by an earlier run, or by the first attempt
 * of this one that ended without an answer). The first other failure stops
 * the run there, and the summary says which posts are left.
 */



const statusUrl = (id) => `https://x.com/i/web/status/${id}`;
async function removePosts(ids, o) {
    const posts = [...ids].reverse().map((id) => ({ id, status: o.dryRun ? 'dry-run' : 'not-sent' }));
    const removal = { posts, dryRun: o.dryRun, findings: [] };
    if (posts.length === 0) {
        o.progress('Nothing to delete: `delete` is an empty list.');
        return removal;
    }
    if (o.dryRun) {
        o.progress(`Dry run: nothing was deleted (${posts.length === 1 ? 'one post' : `${posts.length} posts`} would be).`);
        return removal;
    }
    for (const post of posts) {
        const outcome = await deleteOnce(o.x, post.id, o.progress);
        if (outcome.kind === 'deleted' || outcome.kind === 'gone-after-retry') {
            post.status = 'deleted';
            post.confirmedByRetry = outcome.kind === 'gone-after-retry';
            o.progress(`Deleted ${statusUrl(post.id)}${post.confirmedByRetry ? ' (the first attempt went through: the retry found the post gone)' : ''}.`);
            continue;
        }
        if (outcome.kind === 'gone') {
            post.status = 'already-deleted';
            removal.findings.push((0,finding/* finding */.gk)('already-deleted', `${statusUrl(post.id)}: X answered 404: the post does not exist (any more), so there was nothing to delete.`, 'delete'));
            continue;
        }
        post.status = 'failed';
        removal.findings.push(outcome.finding);
        const left = posts.filter((p) => p.status === 'not-sent' || p.status === 'failed');
        if (left.length > 1 || posts.some((p) => p.status === 'deleted'))
            removal.findings.push((0,finding/* finding */.gk)('delete-stopped', progress(posts), 'delete'));
        break;
    }
    return removal;
}
async function deleteOnce(x, id, say) {
    let ambiguous = false;
    try {
        const answer = await x.deletePost(id, (error) => {
            if (!error.ambiguous)
                return;
            ambiguous = true;
            say(`${statusUrl(id)}: the delete request ended ambiguously (${error.message}); retrying: deleting twice is harmless.`);
        });
        if (answer.data?.deleted === true)
            return { kind: 'deleted' };
        return {
            kind: 'failed',
            finding: (0,finding/* finding */.gk)('x-error', `DELETE /2/tweets/:id: X answered for ${id} without \`deleted: true\`, so the post may still be there.`, 'delete')
        };
    }
    catch (error) {
        if (!(error instanceof errors/* XApiError */.Vc))
            throw error;
        if (error.kind === 'http' && error.status === 404)
            return { kind: ambiguous ? 'gone-after-retry' : 'gone' };
        return { kind: 'failed', finding: refusal(error, id) };
    }
}
/** X's answer to a delete, read: a bare 403 is a post of another account; anything else reads as for any request. */
function refusal(error, id) {
    const f = (0,x_error/* diagnoseXError */.Jp)(error, 'delete');
    if (error.status === 403 && (f.id === 'x-error' || f.id === 'action-not-permitted')) {
        return (0,finding/* finding */.gk)('delete-not-own-post', `${error.message} The post ${statusUrl(id)} is not one this account wrote, so X does not let it delete it.`, 'delete');
    }
    return f;
}
/** Which posts are gone and which are left, in the order they were to be deleted. */
function progress(posts) {
    const gone = posts.filter((p) => p.status === 'deleted' || p.status === 'already-deleted');
    const left = posts.filter((p) => !gone.includes(p));
    const list = (ps) => ps.map((p) => p.id).join(', ') || 'none';
    return `Gone: ${list(gone)}. Still on X (not deleted, last part first): ${list(left)}.`;
}

;// CONCATENATED MODULE: ./src/operations/delete/summary.ts

const summary_ICON = { deleted: '✅', 'already-deleted': '☑️', failed: '❌', 'not-sent': '➖', 'dry-run': '📝' };
const WORDS = {
    deleted: 'Deleted',
    'already-deleted': 'Already deleted (X answered 404)',
    failed: 'Not deleted',
    'not-sent': 'Not deleted (stopped before it)',
    'dry-run': 'Would be deleted'
};
function removalLines(r) {
    const lines = [r.dryRun ? '### Dry run: what would be deleted' : '### Deleted', ''];
    if (r.posts.length === 0)
        return [...lines, 'Nothing to delete: `delete` is an empty list.', ''];
    lines.push('Last part first, so that no part is left replying to a deleted one.', '', '| Order | Post | | |', '|--:|---|:-:|---|');
    r.posts.forEach((p, i) => {
        const words = p.confirmedByRetry ? `${WORDS[p.status]} (the retry found it gone)` : WORDS[p.status];
        lines.push(`| ${i + 1} | [${p.id}](${statusUrl(p.id)}) | ${summary_ICON[p.status]} | ${words} |`);
    });
    lines.push('');
    return lines;
}
function removalHeadline(r, failed) {
    if (r.dryRun)
        return 'dry run: nothing was deleted';
    if (failed)
        return 'delete: ❌ failed';
    const deleted = r.posts.filter((p) => p.status === 'deleted').length;
    if (deleted === 0)
        return r.posts.length ? 'delete: ☑️ already deleted' : 'delete: nothing to delete';
    return `delete: ✅ ${deleted} deleted`;
}
/** Each post this run deleted is a billed request; in a dry run, every one it would delete. */
function removalCosts(r) {
    const count = r.dryRun ? r.posts.length : r.posts.filter((p) => p.status === 'deleted').length;
    return [{ item: 'delete', count, detail: '`DELETE /2/tweets/:id`', wouldBe: r.dryRun || undefined }];
}

;// CONCATENATED MODULE: ./src/operations/delete/index.ts
/**
 * Deleting posts: the rollback of an announcement. The credentials are
 * verified first (deleting needs `read-write`, or `tweet.write` with OAuth
 * 2.0); then each post is deleted, last part first. A post already gone is
 * fine and said so; another account's post is refused by X and diagnosed.
 */




const deletion = {
    id: 'delete',
    idleOutputs: { 'deleted-ids': '[]' },
    notAsked: 'nothing to delete (`delete` is empty)',
    read(inputs) {
        const ids = readDeleteInput(inputs);
        if (!ids)
            return undefined;
        return { operation: deletion, prepare: async () => prepared(ids) };
    }
};
function prepared(ids) {
    return {
        operation: deletion,
        needs: { level: 'read-write', because: 'deleting posts needs `read-write`' },
        findings: [],
        // Only ids go out; nothing of the run's text.
        outgoing: [],
        budgetMs: (requestMs) => ids.length * requestMs,
        notRun: 'Nothing was deleted: the credentials check failed.',
        async run(ctx) {
            const removal = ctx.dryRun
                ? await removePosts(ids, { dryRun: true, progress: ctx.progress })
                : await removePosts(ids, { dryRun: false, x: ctx.identity.client, progress: ctx.progress });
            return {
                findings: removal.findings,
                outputs: { 'deleted-ids': JSON.stringify(deletedIds(removal)) },
                summary: removalLines(removal),
                headline: removalHeadline(removal, (0,finding/* errorsOf */.Bp)(removal.findings).length > 0),
                costs: removalCosts(removal)
            };
        }
    };
}
/** The posts this run deleted, in the order deleted. */
const deletedIds = (r) => r.posts.filter((p) => p.status === 'deleted').map((p) => p.id);

// EXTERNAL MODULE: ./src/operations/post/history.ts
var post_history = __webpack_require__(1533);
// EXTERNAL MODULE: ./src/operations/post/inputs.ts
var post_inputs = __webpack_require__(8512);
// EXTERNAL MODULE: ./src/operations/post/limits.ts
var limits = __webpack_require__(6469);
;// CONCATENATED MODULE: ./src/operations/prices.ts
/**
 * What X's requests cost on pay-per-use, from one table: a price change is
 * one edit here. Operations say what they sent (or would send) as cost items;
 * the job summary turns them into a table with a total.
 *
 * Source: X's pay-per-use price list, https://docs.x.com/x-api/getting-started/pricing
 * (pay-per-use launched 2026-02-06), as of PRICES_AS_OF. Reads are billed per
 * resource returned, writes per request; X bills a resource read again within
 * the same UTC day only once. Media uploads are not on the list.
 */

const PRICES_AS_OF = '2026-09';
const PRICES_SOURCE = 'https://docs.x.com/x-api/getting-started/pricing';
/** Prices in thousandths of a US dollar, so sums stay exact. */
const PRICES = {
    post: { label: 'Post', unit: 'request', milli: 15 },
    /** A post whose text holds a URL: the expensive kind. */
    postWithUrl: { label: 'Post with a URL 💲 (the expensive kind)', unit: 'request', milli: 200 },
    delete: { label: 'Delete a post', unit: 'request', milli: 10 },
    mediaMetadata: { label: 'Media metadata (alt text)', unit: 'request', milli: 5 },
    postRead: { label: 'Post read', unit: 'post returned', milli: 5 },
    /** Reads of the account's own data by its own App; X may bill a read at this price instead. */
    ownedRead: { label: 'Owned read', unit: 'resource returned', milli: 1 },
    userRead: { label: 'User read', unit: 'user returned', milli: 10 }
};
/** $0.215 */
const dollars = (milli) => `$${(milli / 1000).toFixed(3)}`;
const costOf = (items) => items.reduce((sum, i) => sum + PRICES[i.item].milli * i.count, 0);
/**
 * The summary's cost table: one row per item (items of one kind and detail
 * merged), then the total. Empty when there is nothing to show.
 */
function costLines(items) {
    const rows = merge(items.filter((i) => i.count > 0));
    if (rows.length === 0)
        return [];
    const dry = rows.some((r) => r.wouldBe);
    const out = [
        dry ? '### Cost on pay-per-use (what this run would cost without the dry run)' : '### Cost on pay-per-use',
        '',
        '| Request | Count | Price | Cost |',
        '|---|--:|--:|--:|'
    ];
    for (const r of rows) {
        const price = PRICES[r.item];
        const what = `${price.label}${r.detail ? ` — ${(0,markdown/* escapeCell */.kq)(r.detail)}` : ''}${r.wouldBe ? ' (not sent)' : ''}`;
        out.push(`| ${what} | ${r.count} | ${dollars(price.milli)} per ${price.unit} | ${dollars(price.milli * r.count)} |`);
    }
    out.push(`| **Total** | | | **${dollars(costOf(rows))}** |`, '');
    out.push(`At X's pay-per-use prices as of ${PRICES_AS_OF} (${PRICES_SOURCE}); on a Basic or Pro subscription these requests are covered by the plan instead.`, '');
    return out;
}
function merge(items) {
    const merged = [];
    for (const item of items) {
        const same = merged.find((m) => m.item === item.item && m.detail === item.detail && !!m.wouldBe === !!item.wouldBe);
        if (same)
            same.count += item.count;
        else
            merged.push({ ...item });
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/operations/post/summary.ts
/** The post's part of the job summary: links to what was posted, or in a dry run the exact text of each part; and what it cost. */



function publicationLines(p) {
    const lines = [p.dryRun ? '### Dry run: what would be posted' : '### Posts', ''];
    if (p.dryRun) {
        lines.push(limitLine(p.limit), '');
        if (p.replyTo)
            lines.push(`**In reply to:** ${statusLink(p.replyTo)}`, '');
        for (const part of p.parts) {
            lines.push(`**Part ${part.index} of ${p.parts.length}** — ${lengthOf(part, p.limit)}${partNotes(part, p.limit)}`, '', ...(0,markdown/* codeBlock */.DV)(part.text), '');
        }
    }
    else {
        lines.push('| Part | | Post |', '|---|:-:|---|');
        for (const part of p.parts)
            lines.push(`| ${part.index} | ${PART_ICON[part.status]} | ${partDetail(part)} |`);
        lines.push('');
    }
    if (p.media.length) {
        lines.push(`**Media${p.dryRun ? ' (not uploaded)' : ''}:**`, '');
        for (const m of p.media)
            lines.push(`- ${(0,markdown/* codeSpan */.SS)(m.given)} — ${m.mediaType}, ${(0,markdown/* number */.ai)(m.size)} bytes${m.altText ? `, alt text: “${(0,markdown/* escapeMarkdown */.FV)(m.altText)}”` : ', no alt text'}`);
        lines.push('');
    }
    return lines;
}
/** Which limit applies to every part, and why. */
function limitLine(limit) {
    const what = limit.known
        ? `${(0,markdown/* number */.ai)(limit.max)} weighted characters per post`
        : `${limits/* STANDARD_LIMIT */._C} weighted characters per post without an X subscription, ${(0,markdown/* number */.ai)(limits/* LONG_POST_LIMIT */.Sn)} with one`;
    return `**Length limit:** ${what}: ${limit.reason}.`;
}
function lengthOf(part, limit) {
    return limit.known ? `${(0,markdown/* number */.ai)(part.weightedLength)}/${(0,markdown/* number */.ai)(limit.max)} weighted characters` : `${(0,markdown/* number */.ai)(part.weightedLength)} weighted characters`;
}
/** A post on X by its id (digits only, checked when read). */
const statusLink = (id) => `[${id}](https://x.com/i/web/status/${id})`;
/** What a dry run's reader should know of a part before it goes out: over the limit, the expensive kind, and who it mentions. */
function partNotes(part, limit) {
    const notes = [];
    if (limit.known && part.weightedLength > limit.max)
        notes.push(`❌ over this account's limit of ${(0,markdown/* number */.ai)(limit.max)}`);
    if (!limit.known && part.weightedLength > limits/* STANDARD_LIMIT */._C)
        notes.push(`⚠️ over ${limits/* STANDARD_LIMIT */._C}: only an account with an X subscription may post it`);
    if (part.entities.urls.length)
        notes.push(`has a URL: the expensive kind, ${dollars(PRICES.postWithUrl.milli)} on pay-per-use`);
    if (part.entities.mentions.length)
        notes.push(`⚠️ mentions ${part.entities.mentions.map(markdown/* codeSpan */.SS).join(', ')}`);
    if (part.entities.cashtags.length)
        notes.push(`cashtag ${part.entities.cashtags.map(markdown/* codeSpan */.SS).join(', ')}`);
    return notes.map((n) => ` · ${n}`).join('');
}
/** The summary header's word on the post, judged apart from the credentials. */
function headline(p, failed) {
    if (p.dryRun)
        return 'dry run: nothing was uploaded or posted';
    if (failed)
        return 'post: ❌ failed';
    const found = p.parts.some((part) => part.status === 'already-posted');
    if (p.posted)
        return found ? 'post: ✅ thread resumed' : 'post: ✅ posted';
    return p.duplicate ? 'post: ⚠️ duplicate, skipped' : '';
}
/** The billable requests: each post created (a URL makes it the expensive kind), each alt text, each post read to resume; in a dry run, what posting would send. */
function publicationCosts(p) {
    const sent = p.dryRun ? p.parts : p.parts.filter((part) => part.status === 'posted' || part.status === 'posted-unconfirmed');
    const withUrl = sent.filter((part) => part.entities.urls.length > 0).length;
    const altTexts = (p.dryRun ? p.media : p.uploaded).filter((m) => m.altText).length;
    const wouldBe = p.dryRun || undefined;
    return [
        { item: 'postWithUrl', count: withUrl, detail: '`POST /2/tweets`', wouldBe },
        { item: 'post', count: sent.length - withUrl, detail: '`POST /2/tweets`', wouldBe },
        { item: 'mediaMetadata', count: altTexts, detail: '`POST /2/media/metadata`', wouldBe },
        { item: 'postRead', count: p.postsRead, detail: '`GET /2/users/:id/tweets`, to find the parts posted before' }
    ];
}
const PART_ICON = {
    posted: '✅',
    'posted-unconfirmed': '✅',
    'already-posted': '☑️',
    duplicate: '⚠️',
    failed: '❌',
    'not-sent': '➖',
    'dry-run': '📝'
};
function partDetail(part) {
    switch (part.status) {
        case 'posted':
            return `[${part.url}](${part.url})`;
        case 'posted-unconfirmed':
            return "Posted (confirmed by X's duplicate answer to a retry; its id is unknown)";
        case 'already-posted':
            return `Already on X, posted before: [${part.url}](${part.url})`;
        case 'duplicate':
            return 'Posted before (duplicate content); where is unknown';
        case 'failed':
            return 'Failed';
        default:
            return 'Not sent';
    }
}

// EXTERNAL MODULE: ./src/operations/post/upload.ts + 1 modules
var upload = __webpack_require__(1878);
;// CONCATENATED MODULE: ./src/operations/post/index.ts
/**
 * Posting: tweets, threads, replies, quotes, images and video, exactly once.
 * Everything is read and checked offline first (text lengths, cashtags,
 * mentions, files, ids); nothing is uploaded or posted unless every check
 * passed. A re-run of a thread that stopped midway posts only the rest.
 */






/** Requests per media file beyond its chunks: initialize, finalize, metadata, a few STATUS polls. */
const REQUESTS_PER_FILE = 4;
const post = {
    id: 'post',
    idleOutputs: { 'tweet-id': '', 'tweet-url': '', 'tweet-ids': '[]', duplicate: 'false', posted: 'false' },
    notAsked: 'nothing to post (`tweet`, `tweet-file` and `media` are empty)',
    read(inputs) {
        const given = (0,post_inputs/* readPostInputs */._)(inputs);
        if (!given)
            return undefined;
        return {
            operation: post,
            async prepare(ctx) {
                // Loaded only by runs that post, so a credentials check never pays for the posting code.
                const { preparePost } = await __webpack_require__.e(/* import() */ 853).then(__webpack_require__.bind(__webpack_require__, 6853));
                return post_prepared(given, await preparePost(given, ctx.files));
            }
        };
    }
};
function post_prepared(inputs, p) {
    return {
        operation: post,
        needs: {
            level: 'read-write',
            because: 'posting needs `read-write`',
            scopes: p.media.length ? [{ scope: 'media.write', because: 'uploading the media needs it' }] : undefined
        },
        findings: p.findings,
        outgoing: outgoing(inputs, p),
        budgetMs(requestMs) {
            const requests = p.media.reduce((sum, m) => sum + Math.ceil(m.size / upload/* CHUNK_BYTES */.EC) + REQUESTS_PER_FILE, p.parts.length + post_history/* LOOK_BACK_PAGES */.$o);
            const processing = p.media.filter((m) => m.category !== 'tweet_image').length * upload/* PROCESSING_LIMIT_MS */.ZH;
            return requests * requestMs + processing;
        },
        notRun: 'Nothing was uploaded or posted: the credentials check failed.',
        async run(ctx) {
            const { publish } = await __webpack_require__.e(/* import() */ 86).then(__webpack_require__.bind(__webpack_require__, 8086));
            const { identity } = ctx;
            const account = identity && { id: identity.user.id, username: identity.user.username };
            const common = { onDuplicate: inputs.onDuplicate, limit: (0,limits/* postLimit */.yD)(identity), progress: ctx.progress };
            const publication = ctx.dryRun
                ? await publish(undefined, p, { ...common, dryRun: true, account })
                : await publish(ctx.identity.client, p, { ...common, dryRun: false, account: { id: ctx.identity.user.id, username: ctx.identity.user.username } });
            return {
                findings: publication.findings,
                outputs: outputs(publication),
                summary: publicationLines(publication),
                headline: headline(publication, (0,finding/* errorsOf */.Bp)(publication.findings).length > 0),
                costs: publicationCosts(publication)
            };
        }
    };
}
/** The texts that go to X: each part, each alt text. */
function outgoing(inputs, p) {
    const input = inputs.tweetFile ? 'tweet-file' : 'tweet';
    return [
        ...p.parts.map((part) => ({ input, where: p.parts.length === 1 ? 'the text' : `part ${part.index} of ${p.parts.length}`, text: part.text })),
        ...p.media.flatMap((m) => (m.altText ? [{ input: 'media-alt-text', where: `the alt text of '${m.given}'`, text: m.altText }] : []))
    ];
}
/** Every part's id, found on X or posted now, in thread order. */
function outputs(p) {
    const ids = p.parts.flatMap((part) => (part.id ? [part.id] : []));
    const first = p.parts[0];
    return {
        'tweet-id': first?.id ?? '',
        'tweet-url': first?.url ?? '',
        'tweet-ids': JSON.stringify(ids),
        duplicate: String(p.duplicate),
        posted: String(p.posted)
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/settings/event.ts
/**
 * What the event payload (`GITHUB_EVENT_PATH`, `GITHUB_EVENT_NAME`) says about
 * where the run comes from: a pull request (from a fork or not), a
 * `workflow_run` of a pull request's workflow, or something else. Read
 * offline, from the file itself; only the fields used are kept, each checked
 * for its form, since a payload carries text written by whoever opened the
 * pull request.
 */

/** A payload larger than this is not read (GitHub's are far smaller). */
const MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;
const isObject = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
const at = (v, ...path) => path.reduce((o, key) => (isObject(o) ? o[key] : undefined), v);
const str = (v, form) => (typeof v === 'string' && form.test(v) ? v : undefined);
const positive = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined);
const SHA = /^[0-9a-f]{40}$/;
const FULL_NAME = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
const OWNER = /^[A-Za-z0-9-]{1,39}$/;
/** Git's branch names exclude spaces, `:`, `~`, `^`, `?`, `*`, `[` and `\`; the rest is allowed. */
const BRANCH = /^[^\s:~^?*[\\]{1,255}$/;
function readPayload(path) {
    if (!path)
        return undefined;
    try {
        if ((0,external_node_fs_.statSync)(path).size > MAX_PAYLOAD_BYTES)
            return undefined;
        const value = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return isObject(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function runEvent(env) {
    const name = (env.GITHUB_EVENT_NAME ?? '').trim() || 'unknown';
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    if (!payload)
        return { kind: 'other', name };
    if (name === 'pull_request' || name === 'pull_request_target') {
        if (!isObject(payload.pull_request))
            return { kind: 'other', name };
        const number = positive(at(payload, 'pull_request', 'number')) ?? positive(at(payload, 'number'));
        const head = str(at(payload, 'pull_request', 'head', 'repo', 'full_name'), FULL_NAME);
        const base = str(at(payload, 'repository', 'full_name'), FULL_NAME);
        const fork = at(payload, 'pull_request', 'head', 'repo', 'fork') === true || (!!head && !!base && head !== base);
        return { kind: 'pull-request', name, number, fork, headSha: str(at(payload, 'pull_request', 'head', 'sha'), SHA) };
    }
    if (name === 'workflow_run') {
        const run = at(payload, 'workflow_run');
        const triggered = at(run, 'event');
        if (triggered !== 'pull_request' && triggered !== 'pull_request_target')
            return { kind: 'other', name };
        const headSha = str(at(run, 'head_sha'), SHA);
        const headOwner = str(at(run, 'head_repository', 'owner', 'login'), OWNER);
        const headBranch = str(at(run, 'head_branch'), BRANCH);
        if (!headSha || !headOwner || !headBranch)
            return { kind: 'other', name };
        const listed = at(run, 'pull_requests');
        const numbers = (Array.isArray(listed) ? listed : []).flatMap((pr) => positive(at(pr, 'number')) ?? []);
        return { kind: 'workflow-run', name, headSha, headOwner, headBranch, numbers };
    }
    return { kind: 'other', name };
}
/** A pull request from a fork, run by `pull_request`: GitHub passes it no secrets and a read-only token. */
async function isForkPullRequest(env) {
    const event = runEvent(env);
    return event.kind === 'pull-request' && event.name === 'pull_request' && event.fork;
}

;// CONCATENATED MODULE: ./src/github/comments.ts
/** GitHub's largest page. */
const PER_PAGE = 100;
/**
 * The first comment whose body starts with `marker`, reading at most `maxPages` pages, oldest first; `pagesRead`
 * says how many were read (each is a request).
 */
async function findComment(api, issue, marker, maxPages) {
    for (let page = 1; page <= maxPages; page++) {
        const { data } = await api.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            issue_number: issue,
            per_page: PER_PAGE,
            page
        });
        const list = Array.isArray(data) ? data : [];
        const comment = list.find((c) => typeof c?.body === 'string' && c.body.startsWith(marker));
        if (comment || list.length < PER_PAGE)
            return { comment, pagesRead: page };
    }
    return { pagesRead: maxPages };
}
async function createComment(api, issue, body) {
    return (await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: issue, body })).data;
}
async function updateComment(api, id, body) {
    return (await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: id, body })).data;
}
/** The open pull requests whose head is `owner:branch` (a fork's too), newest first. */
async function pullRequestsOf(api, headOwner, headBranch) {
    const { data } = await api.request('GET /repos/{owner}/{repo}/pulls', {
        head: `${headOwner}:${headBranch}`,
        state: 'open',
        per_page: PER_PAGE
    });
    return Array.isArray(data) ? data : [];
}

;// CONCATENATED MODULE: ./src/operations/preview/comment.ts
/**
 * The preview's one comment on the pull request: found by the hidden marker
 * at the start of its body and updated on every run, written the first time
 * only; never a second one. Its body is the run's report (already escaped and
 * scrubbed), with no `@name` in it left to notify anyone, cut to fit GitHub's
 * limit without breaking a code block.
 */



/** At the very start of the body: how a later run finds the comment. */
const MARKER = '<!-- x-credentials-action:announcement-preview -->';
/** Comments read at most, 100 a page, to find the preview's. */
const MAX_COMMENT_PAGES = 10;
/** GitHub refuses a comment body over 65,536 characters; room is kept for the last lines. */
const MAX_BODY = 60_000;
/** Where the run's page is, and which commit it previewed, when the runner says so in a form that can be trusted. */
function footer(env, headSha) {
    const server = /^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(env.GITHUB_SERVER_URL ?? '') ? env.GITHUB_SERVER_URL : undefined;
    const repo = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/.test(env.GITHUB_REPOSITORY ?? '') ? env.GITHUB_REPOSITORY : undefined;
    const runId = /^\d{1,20}$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : undefined;
    const run = server && repo && runId ? ` by [this run](${server}/${repo}/actions/runs/${runId})` : '';
    const commit = headSha ? ` of ${headSha.slice(0, 7)}` : '';
    return `<sub>A preview posts and deletes nothing. Written${run}${commit}, and updated by every later run; the job summary has the same.</sub>`;
}
function commentBody(report, foot) {
    const intro = '**Preview** of what the release workflow would do on X with this pull request.';
    const fitted = fit((0,markdown/* quietMentions */.gj)(report), MAX_BODY);
    return [MARKER, intro, '', fitted, '', '---', foot, ''].join('\n');
}
/** Whole lines up to `max` characters; a code block left open is closed, and the cut is said. */
function fit(markdown, max) {
    if (markdown.length <= max)
        return markdown;
    const kept = [];
    let size = 0;
    let fence;
    for (const line of markdown.split('\n')) {
        if (size + line.length + 1 > max)
            break;
        kept.push(line);
        size += line.length + 1;
        const run = /^(`{3,})/.exec(line)?.[1];
        if (run && !fence)
            fence = run;
        else if (run && fence && line.trim() === run && run.length >= fence.length)
            fence = undefined;
    }
    if (fence)
        kept.push(fence);
    kept.push('', '*… the rest is cut here (GitHub limits a comment to 65,536 characters): the job summary has all of it.*');
    return kept.join('\n');
}
/** The pull request of a `workflow_run`: the one listed, else the open one whose head is that branch at that commit. */
async function pullRequestOfRun(api, run) {
    if (run.numbers.length === 1)
        return run.numbers[0];
    const open = await pullRequestsOf(api, run.headOwner, run.headBranch);
    return open.find((pr) => pr.head?.sha === run.headSha && typeof pr.number === 'number')?.number;
}
/** Updates the preview's comment, or writes it the first time. */
async function writeComment(api, number, body) {
    const { comment } = await findComment(api, number, MARKER, MAX_COMMENT_PAGES);
    if (comment)
        return { url: webUrl((await updateComment(api, comment.id, body)).html_url), created: false, number };
    return { url: webUrl((await createComment(api, number, body)).html_url), created: true, number };
}
/** GitHub's address of the comment, if it is one: it goes into an output and a Markdown link. */
const webUrl = (url) => (typeof url === 'string' && /^https?:\/\/[^\s()<>"'`]+$/.test(url) && url.length <= 2048 ? url : '');
/** GitHub's refusal, read: no permission (or no sight of the repository), or GitHub not answering. */
function commentFailure(error) {
    const wanted = error.info.acceptedPermissions ? ` GitHub says the request needs \`${error.info.acceptedPermissions}\`.` : '';
    if (error.kind === 'http' && [401, 403, 404].includes(error.status ?? 0)) {
        return (0,finding/* finding */.gk)('pr-comment-forbidden', `${error.message}${wanted} The preview is in the job summary.`, 'github-token');
    }
    return (0,finding/* finding */.gk)('pr-comment-failed', error.message, 'github-token');
}

;// CONCATENATED MODULE: ./src/operations/preview/index.ts






const GITHUB_TOKEN = { input: 'github-token', env: ['GH_TOKEN', 'GITHUB_TOKEN'], label: 'GitHub token', selects: 'never' };
const preview = {
    id: 'preview',
    credentials: [GITHUB_TOKEN],
    idleOutputs: { 'comment-url': '' },
    notAsked: '',
    read(inputs) {
        if (inputs.choice('pr-comment', ['true', 'false'], 'false') !== 'true')
            return undefined;
        return {
            operation: preview,
            preview: true,
            async prepare(ctx) {
                return preview_prepared(runEvent(ctx.env), ctx.env, () => ctx.secret(GITHUB_TOKEN.input));
            }
        };
    }
};
function placeOf(event) {
    if (event.kind === 'pull-request' && event.name === 'pull_request' && event.fork)
        return { kind: 'fork', number: event.number };
    if (event.kind === 'pull-request' && event.number)
        return { kind: 'pull-request', number: event.number, headSha: event.headSha };
    if (event.kind === 'workflow-run')
        return { kind: 'workflow-run', run: event };
    return { kind: 'none', event: event.name };
}
function preview_prepared(event, env, tokenOf) {
    const place = placeOf(event);
    let writer;
    if (place.kind === 'pull-request' || place.kind === 'workflow-run') {
        const token = tokenOf();
        if (!token) {
            throw new input_error/* InputError */.d('github-token', "`github-token` is empty (nor is GH_TOKEN or GITHUB_TOKEN set): writing the pull request's comment needs a token with `pull-requests: write`; leave the input unset to use the job's own token.", 'pr-comment-forbidden');
        }
        const target = (0,github_target/* gitHubTarget */.xd)(env);
        if ('problem' in target)
            throw new input_error/* InputError */.d('pr-comment', `\`pr-comment\`: ${target.problem}`);
        writer = { token, target };
    }
    return {
        operation: preview,
        needs: { level: 'read', because: 'a preview changes nothing on X' },
        findings: [],
        // The comment passes the run's scrubber whole; the texts it shows are the post's, checked as the post's outgoing texts.
        outgoing: [],
        budgetMs: (requestMs) => (writer ? (MAX_COMMENT_PAGES + 2) * requestMs : 0),
        notRun: '',
        async publish(ctx) {
            if (!writer)
                return result(unwritten(place));
            try {
                const api = await ctx.github(writer.token, writer.target);
                const number = place.kind === 'pull-request' ? place.number : place.kind === 'workflow-run' ? await pullRequestOfRun(api, place.run) : undefined;
                if (!number)
                    return result(unwritten({ kind: 'none', event: event.name }, 'no open pull request has the head of the workflow run that started this one'));
                const headSha = place.kind === 'pull-request' ? place.headSha : place.kind === 'workflow-run' ? place.run.headSha : undefined;
                const written = await writeComment(api, number, commentBody(ctx.report, footer(env, headSha)));
                ctx.progress(`${written.created ? 'Wrote' : 'Updated'} the preview comment on pull request #${number}: ${written.url}`);
                return result({ written });
            }
            catch (error) {
                if (!(error instanceof github_errors/* GitHubApiError */.O))
                    throw error;
                return result({ findings: [commentFailure(error)] });
            }
        }
    };
}
/** Why no comment could be written, said as a notice (a fork) or a warning (no pull request). */
function unwritten(place, why) {
    if (place.kind === 'fork') {
        const which = place.number ? ` #${place.number}` : '';
        return {
            fork: true,
            findings: [
                (0,finding/* finding */.gk)('pr-comment-fork', `No comment was written on pull request${which}: it comes from a fork, and GitHub gives such runs no secrets and a read-only token. The preview, built from the inputs alone, is in the job summary.`, 'pr-comment')
            ]
        };
    }
    const event = place.kind === 'none' ? place.event : 'unknown';
    const reason = why ?? `this run's event is \`${/^[a-z_]{1,40}$/.test(event) ? event : 'unknown'}\`, not a pull request`;
    return {
        findings: [
            (0,finding/* finding */.gk)('pr-comment-not-a-pull-request', `\`pr-comment\` is \`true\` but ${reason}: no comment was written. Nothing was posted or deleted either: this run is a preview.`, 'pr-comment')
        ]
    };
}
function result(o) {
    const w = o.written;
    const summary = w
        ? ['### Pull-request comment', '', `${w.created ? 'Wrote' : 'Updated'} [the preview comment](${w.url}) on pull request #${w.number}.`, '']
        : [];
    const headline = w ? `preview: 💬 comment ${w.created ? 'written' : 'updated'}` : o.fork ? 'preview: in this summary only (fork)' : '';
    return { findings: o.findings ?? [], outputs: { 'comment-url': w?.url ?? '' }, summary, headline, costs: [] };
}

;// CONCATENATED MODULE: ./src/operations/registry.ts
/** The operations the action knows, in the order they run when several are asked for. */



const OPERATIONS = [post, deletion, preview];

;// CONCATENATED MODULE: ./src/report/outputs.ts
function buildOutputs(o) {
    const v = o.verification;
    const identity = v?.identity;
    return {
        verified: String(!!v?.verified),
        'user-id': identity?.user.id ?? '',
        username: identity?.user.username ?? '',
        name: identity?.user.name ?? '',
        'access-level': identity?.accessLevel ?? '',
        auth: identity?.method ?? '',
        ...o.idle,
        ...v?.outputs,
        ...Object.assign({}, ...o.operations)
    };
}
const BOOLEAN = /^(true|false)$/;
/** `true`, `false`, or empty when not checked. */
const MAYBE = /^(true|false)?$/;
const ID = /^([0-9]{1,20})?$/;
const USERNAME = /^([A-Za-z0-9_]{1,15})?$/;
/** A JSON array of post ids. */
const ID_LIST = /^\[("[0-9]{1,20}"(,"[0-9]{1,20}")*)?\]$/;
/**
 * The form of every output, as action.yml promises it. Later steps put
 * outputs into `run:` scripts and URLs: an id is digits, a username X's rule,
 * a URL the action's own. A value out of its form is not set (the output is
 * left empty) and the run fails. A new output needs its rule here (the tests
 * check every output of action.yml has one).
 */
const OUTPUT_RULES = {
    verified: BOOLEAN,
    'user-id': ID,
    username: USERNAME,
    // Display names are free text: one line, no control characters, X's 50 characters (up to 100 UTF-16 units).
    name: /^[^\p{Cc}\p{Zl}\p{Zp}\u202a-\u202e\u2066-\u2069]{0,100}$/u,
    'access-level': /^([a-z]+(-[a-z]+){0,4})?$/,
    auth: /^([a-z0-9-]{1,20})?$/,
    scopes: /^([a-z]+(\.[a-z]+)*( [a-z]+(\.[a-z]+)*)*)?$/,
    'refresh-token-rotated': BOOLEAN,
    'bearer-valid': MAYBE,
    'app-consistent': MAYBE,
    'tweet-id': ID,
    'tweet-url': /^(https:\/\/x\.com\/[A-Za-z0-9_]{1,15}\/status\/[0-9]{1,20})?$/,
    'tweet-ids': ID_LIST,
    duplicate: BOOLEAN,
    posted: BOOLEAN,
    'deleted-ids': ID_LIST,
    // GitHub's own address of the comment (github.com or a GitHub Enterprise Server host).
    'comment-url': /^(https:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/pull\/[0-9]{1,10}#issuecomment-[0-9]{1,20})?$/
};
/** The outputs as they may be set, and the names of those whose value broke their form (or that have no rule): those are set empty. */
function checkOutputs(outputs) {
    const refused = Object.entries(outputs)
        .filter(([name, value]) => !OUTPUT_RULES[name]?.test(value))
        .map(([name]) => name);
    return { outputs: { ...outputs, ...Object.fromEntries(refused.map((name) => [name, ''])) }, refused };
}

;// CONCATENATED MODULE: ./src/report/run-log.ts
/**
 * The log as a story: each phase writes when it ends — the input findings,
 * then the check rows, then the operation's progress and findings, then the
 * verdict — so a user reads it top to bottom in the order things happened.
 */


class RunLog {
    io;
    constructor(io) {
        this.io = io;
    }
    /** A line as it happens: progress, waits, retries. */
    line = (message) => {
        this.io.info(message);
    };
    rows(rows) {
        for (const row of rows)
            this.io.info(rowLine(row));
    }
    /** Each finding as an annotation titled from the catalogue, with its fix. */
    findings(findings) {
        for (const f of findings) {
            if (f.severity === 'error')
                this.io.error((0,finding/* explain */.WE)(f), (0,finding/* titleOf */.Gg)(f));
            else if (f.severity === 'warning')
                this.io.warning((0,finding/* explain */.WE)(f), (0,finding/* titleOf */.Gg)(f));
            else
                this.io.notice((0,finding/* explain */.WE)(f), (0,finding/* titleOf */.Gg)(f));
        }
    }
}

// EXTERNAL MODULE: ./src/diagnoses/catalogue.ts
var catalogue = __webpack_require__(9212);
;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary, built as Markdown from plain values: the verdict, the
 * checks table, the account, the operations' parts, and every problem with
 * its fix. Every outside value in it goes through markdown.ts's escaper
 * (messages through inlineMarkdown). main.ts writes it through the IO edge;
 * the CLI prints it as text.
 */





/** Every finding of the run, in the order things happened: inputs, checks, operations. */
function allFindings(r) {
    return [...r.offline, ...(r.verification?.findings ?? []), ...r.operations.flatMap((o) => o.findings)];
}
/**
 * `shared`: for a reader outside the job (a pull-request comment): without the fingerprints and the rate-limit
 * headroom, which only the job's own reader needs.
 */
function buildSummary(r, audience = 'job') {
    const v = r.verification;
    const findings = allFindings(r);
    const out = [];
    // The credentials and the operations are judged apart: verified credentials with a refused post are not "failed credentials".
    const credentialErrors = (0,finding/* errorsOf */.Bp)([...r.offline, ...(v?.findings ?? [])]);
    const notChecked = !!v && credentialErrors.length === 0 && v.rows.every((row) => row.verdict === 'skip');
    const status = notChecked ? '➖ not checked' : v?.verified && credentialErrors.length === 0 ? '✅ verified' : '❌ failed';
    const headlines = r.operations.map((o) => o.headline).filter(Boolean);
    out.push(`## X credentials: ${[status, ...headlines].join(' · ')}`, '');
    if (v) {
        out.push('| Check | | Result |', '|---|:-:|---|');
        for (const row of v.rows)
            out.push(`| ${row.label} | ${ICON[row.verdict]} | ${(0,markdown/* tableCell */.xR)(row.detail)} |`);
        out.push('');
        out.push(...accountLines(v, r.requiredLevel), ...v.summary);
    }
    else {
        out.push('No request was sent to X: the inputs must be fixed first.', '');
    }
    const limits = audience === 'job' ? headroom(r.calls) : [];
    if (limits.length)
        out.push(`**Rate-limit headroom:** ${limits.join(' · ')}`, '');
    if (audience === 'job' && r.fingerprints.length)
        out.push(`**Fingerprints** (SHA-256, to tell keys apart): ${r.fingerprints.map((f) => `\`${f.input}\` ${f.fingerprint}`).join(' · ')}`, '');
    if (v && r.checkOnly)
        out.push(r.checkOnly, '');
    for (const o of r.operations)
        out.push(...o.summary);
    out.push(...costLines(costs(r)));
    if (findings.length) {
        out.push('### Problems and fixes', '');
        for (const f of findings) {
            const entry = catalogue/* DIAGNOSES */.U[f.id];
            out.push(`${SEVERITY_ICON[f.severity]} **${entry.title}** — ${(0,markdown/* inlineMarkdown */.x)(f.message)}`, '');
            entry.fix.forEach((step, i) => out.push(`${i + 1}. ${step}`));
            out.push('');
        }
    }
    return out.join('\n');
}
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** What the operations sent (or would send), and the verification's read of the account, which X bills once a UTC day. */
function costs(r) {
    if (r.operations.length === 0)
        return [];
    const verificationRead = r.calls.some((c) => c.endpoint === 'GET /2/users/me');
    return [
        ...r.operations.flatMap((o) => o.costs),
        ...(verificationRead ? [{ item: 'userRead', count: 1, detail: '`GET /2/users/me`, the verification; billed once a UTC day' }] : [])
    ];
}
function accountLines(v, required) {
    const identity = v.identity;
    if (!identity)
        return [];
    const { user } = identity;
    // The username and the id have X's form (x/answers.ts): they make a link; the display name is any text.
    const who = `[@${user.username}](https://x.com/${encodeURIComponent(user.username)}) (${(0,markdown/* escapeMarkdown */.FV)(user.name)}, id ${(0,markdown/* codeSpan */.SS)(user.id)})`;
    const type = user.subscription_type && /^[A-Za-z]{1,20}$/.test(user.subscription_type) ? user.subscription_type : undefined;
    // X says `None` for an account without one: "none", not a plan called None.
    const plan = type ? ` · **X subscription:** ${type === 'None' ? 'none' : (0,markdown/* codeSpan */.SS)(type)}` : '';
    return [`**Account:** ${who} · **access level:** ${(0,markdown/* codeSpan */.SS)(identity.accessLevel ?? 'unknown')}${required ? ` (required: \`${required}\`)` : ''}${plan}`, ''];
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

// EXTERNAL MODULE: ./src/x/endpoint.ts
var endpoint = __webpack_require__(5695);
;// CONCATENATED MODULE: ./src/settings/settings.ts
/**
 * Reads every input but the credentials once, checks each, and returns one
 * typed Settings object, with every broken input reported at once. What an
 * operation reads is its own business: each gets an InputReader and returns
 * its plan, or nothing when the run does not ask for it.
 */




const INPUT_DEFAULTS = {
    permission: 'read-write',
    'api-base-url': endpoint/* DEFAULT_BASE_URL */.Q,
    'timeout-seconds': '30',
    'rate-limit-wait-seconds': '60',
    'dry-run': 'false'
};
function readSettings(get, env, readers) {
    const errors = [];
    const attempt = (read, fallback) => {
        try {
            return read();
        }
        catch (error) {
            if (!(error instanceof input_error/* InputError */.d))
                throw error;
            errors.push(error);
            return fallback;
        }
    };
    const line = (name, fallback = '') => (0,rules/* singleLine */.pF)(name, get(name), INPUT_DEFAULTS[name] ?? fallback);
    const inputs = {
        line: (name, fallback = '') => attempt(() => line(name, fallback), fallback),
        text: (name, max) => attempt(() => (0,rules/* multiLine */.S2)(name, get(name), max), ''),
        choice: (name, allowed, fallback) => attempt(() => (0,rules/* oneOf */.yL)(name, line(name, fallback), allowed), fallback),
        given: (name) => get(name).trim() !== ''
    };
    const permission = attempt(() => (0,rules/* oneOf */.yL)('permission', line('permission'), access_level/* ACCESS_LEVELS */.FF), 'read-write');
    const expectUsername = attempt(() => (0,rules/* username */.Xh)('expect-username', line('expect-username')), undefined);
    const apiBaseUrl = attempt(() => (0,rules/* baseUrl */.pc)(line('api-base-url')), endpoint/* DEFAULT_BASE_URL */.Q);
    const timeoutSeconds = attempt(() => (0,rules/* seconds */.YA)('timeout-seconds', line('timeout-seconds'), { min: 0.1, max: 600 }), 30);
    const rateLimitWaitSeconds = attempt(() => (0,rules/* seconds */.YA)('rate-limit-wait-seconds', line('rate-limit-wait-seconds'), { min: 0, max: 3600 }), 60);
    const dryRun = attempt(() => (0,rules/* bool */.lc)('dry-run', line('dry-run')), false);
    const plans = readers.flatMap((read) => attempt(() => read(inputs), undefined) ?? []);
    const workspace = env.GITHUB_WORKSPACE?.trim() || process.cwd();
    if (errors.length)
        return { errors };
    return {
        errors,
        settings: { permission, expectUsername, apiBaseUrl, timeoutMs: Math.round(timeoutSeconds * 1000), rateLimitWaitSeconds, dryRun, workspace, plans }
    };
}

// EXTERNAL MODULE: ./src/github/api.ts
var api = __webpack_require__(8943);
// EXTERNAL MODULE: ./src/settings/workspace.ts
var workspace = __webpack_require__(7180);
// EXTERNAL MODULE: ./src/io/outside.ts
var outside = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/x/api.ts + 1 modules
var x_api = __webpack_require__(6449);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * The run, in the order it happens: read and mask the credentials, read the
 * settings, lint the credentials, prepare the operations offline, verify
 * (every auth method's requests at once), run the operations, publish the
 * report (a pull-request comment), report. Each phase writes its part of the
 * log when it ends.
 */























/** Time for the offline part (inputs, files), when the caller gives no deadline. */
const OFFLINE_BUDGET_MS = 60_000;
const IDLE_OUTPUTS = Object.assign({}, ...AUTH_METHODS.map((m) => m.idleOutputs), ...OPERATIONS.map((o) => o.idleOutputs));
/** Every secret the run may read: the auth methods', then the operations' own (one spec per input). */
const ALL_CREDENTIAL_SPECS = [...CREDENTIAL_SPECS, ...OPERATIONS.flatMap((o) => o.credentials ?? [])].filter((spec, i, all) => all.findIndex((s) => s.input === spec.input) === i);
/**
 * `io` defaults to @actions/core behind the redacting edge, so tools that
 * call `run()` (like @github/local-action) work too. `deadline` is counted
 * from the first line; the entry watches it. `preconnected`: the connections
 * the entry opened to X, for the requests to use first.
 */
async function run(io = (0,redacting_io/* redacting */.q)(core_io/* coreIO */.I), deadline = src_deadline/* Deadline */.B.in(OFFLINE_BUDGET_MS), preconnected) {
    const log = new RunLog(io);
    const getInput = (name) => io.getInput(name);
    // Before anything else: read every credential and mask every non-empty one.
    const raw = (0,specs/* readCredentials */.L1)(ALL_CREDENTIAL_SPECS, getInput, io.env);
    for (const { value } of Object.values(raw))
        if (value)
            io.mask(value);
    const around = { getInput, env: io.env };
    let settled = settleAll(raw, false, around);
    const fork = settled.some((s) => s.findings.some((f) => f.id === 'missing-credential')) && (await isForkPullRequest(io.env));
    if (fork)
        settled = settleAll(raw, true, around);
    for (const s of settled) {
        s.derived.forEach((value) => io.mask(value));
        io.maskForms(s.carried ?? []);
    }
    const { settings, errors } = readSettings(getInput, io.env, OPERATIONS.map((o) => (inputs) => o.read(inputs)));
    const preview = !!settings?.plans.some((p) => p.preview);
    // A preview on a fork's pull request, which GitHub gives no secrets: it goes on without them, offline.
    const withheld = fork && preview && nothingGiven(raw);
    const fromSettle = settled.flatMap((s) => [...s.findings, ...s.errors.map((e) => e.toFinding())]);
    const offline = [...fromSettle.filter((f) => !(withheld && f.id === 'missing-credential')), ...errors.map((e) => e.toFinding())];
    const files = new workspace/* WorkspaceFiles */.b$(settings?.workspace ?? process.cwd());
    const report = { offline, operations: [], calls: [], fingerprints: settled.flatMap((s) => s.secrets) };
    const prepared = [];
    const github = (0,api/* gitHubDoor */.f)({ timeoutMs: settings?.timeoutMs ?? 30_000, deadline, log: log.line, scrub: io.scrub });
    try {
        if (settings) {
            if (!(0,finding/* errorsOf */.Bp)(offline).length)
                (0,x_api/* preloadXApi */.ej)();
            const secret = (input) => secretOf(raw, input);
            for (const plan of settings.plans) {
                try {
                    const operation = await plan.prepare({ workspace: settings.workspace, env: io.env, secret, files });
                    prepared.push(operation);
                    offline.push(...operation.findings, ...secretsIn(operation, io));
                }
                catch (error) {
                    if (!(error instanceof input_error/* InputError */.d))
                        throw error;
                    offline.push(error.toFinding());
                }
            }
        }
        log.findings(offline);
        // An empty input cannot be told from one not given (the runner passes every input), so a run with nothing to do says so plainly.
        if (settings && settings.plans.length === 0)
            report.checkOnly = checkOnlyLine();
        if (settings && !(0,finding/* errorsOf */.Bp)(offline).length) {
            await work({ io, log, settings, settled, prepared, report, deadline, preconnected, github, dryRun: settings.dryRun || preview, withheld });
        }
    }
    finally {
        await files.close();
    }
    // Last, whatever failed before: the operations that publish the run's report elsewhere.
    for (const operation of prepared) {
        if (!operation.publish)
            continue;
        const shared = io.scrub(buildSummary({ ...report, requiredLevel: report.requirement?.level }, 'shared'));
        const result = await operation.publish({ report: shared, failed: (0,finding/* errorsOf */.Bp)(allFindings(report)).length > 0, github, progress: log.line });
        log.findings(result.findings);
        report.operations.push(result);
    }
    await finish(io, report);
}
/** GitHub withheld every credential: none was given, by input or environment (a value with a default, the GitHub token, does not count). */
function nothingGiven(raw) {
    return Object.values(raw).every((c) => !c.source || c.spec.selects === 'never');
}
/** An operation's own credential, trimmed and unquoted; a value no credential could have is refused offline. */
function secretOf(raw, input) {
    const given = raw[input];
    if (!given?.source)
        return undefined;
    const linted = lintValue(given);
    if (linted.error)
        throw linted.error;
    return linted.value === undefined ? undefined : new secret/* Secret */.zh(input, linted.value);
}
/** The requests: the checks, every auth method's at once, then the operations as the verified account. */
async function work(w) {
    const { io, log, settings, settled, prepared, report, deadline } = w;
    const perRequest = requestBudgetMs(settings);
    const checkRequests = Math.max(1, ...settled.map((s) => (s.start ? (s.requestsInSequence ?? 1) : 0)));
    // The offline part is over: from now on the step has exactly the time its requests may take.
    deadline.setRemaining(perRequest * checkRequests + prepared.reduce((sum, p) => sum + p.budgetMs(perRequest), 0));
    const runOperations = async (identity) => {
        for (const operation of prepared) {
            if (!operation.run)
                continue;
            if (!identity && !w.dryRun) {
                log.line(operation.notRun);
                continue;
            }
            const ctx = w.dryRun ? { dryRun: true, identity, progress: log.line } : { dryRun: false, identity: identity, progress: log.line };
            const result = await operation.run(ctx);
            log.findings(result.findings);
            report.operations.push(result);
        }
    };
    if (w.withheld) {
        report.verification = notChecked('secrets are not available to pull requests from forks');
        log.rows(report.verification.rows);
        return runOperations(undefined);
    }
    const requirement = (0,access_level/* strictest */.OI)([{ level: settings.permission, because: `\`permission\` is \`${settings.permission}\`` }, ...prepared.map((p) => p.needs)]);
    report.requirement = requirement;
    const x = await x_api/* XApi */.np.create({
        baseUrl: settings.apiBaseUrl,
        timeoutMs: settings.timeoutMs,
        rateLimitWaitSeconds: settings.rateLimitWaitSeconds,
        deadline,
        log: log.line,
        preconnected: w.preconnected,
        scrub: io.scrub
    });
    try {
        const verification = await verify(x, settled, {
            requirement,
            expectUsername: settings.expectUsername,
            onSecret: (value) => io.mask(value),
            github: w.github
        });
        report.verification = verification;
        log.rows(verification.rows);
        log.findings(verification.findings);
        if (report.checkOnly)
            log.line(report.checkOnly);
        await runOperations(verification.verified ? verification.identity : undefined);
    }
    finally {
        report.calls = x.calls;
        x.close();
    }
}
/** A credential, or a piece of one, in a text the operation would send: refused before any request, naming where, never what. */
function secretsIn(operation, io) {
    return operation.outgoing
        .filter((t) => io.holdsSecret(t.text))
        .map((t) => (0,finding/* finding */.gk)('secret-in-post', `\`${t.input}\`: ${t.where} holds a credential given to this run, or a piece of one (12 characters or more); nothing was sent.`, t.input));
}
/** "Nothing to post (`tweet`, `tweet-file` and `media` are empty): credentials checked only." */
function checkOnlyLine() {
    const reasons = OPERATIONS.flatMap((o) => o.notAsked || []).join('; ');
    return `${reasons.charAt(0).toUpperCase()}${reasons.slice(1)}: credentials checked only.`;
}
/** What a request may take beyond its attempts and waits: reading the answer, the event loop, the clock's grain. */
const REQUEST_SLACK_MS = 1000;
/** The most one request may take: every attempt, the longest backoffs between them, and two rate-limit waits. */
function requestBudgetMs(settings) {
    const { attempts, baseDelayMs, maxDelayMs } = retry/* DEFAULT_RETRY */.vI;
    let backoffs = 0;
    for (let retry = 1; retry < attempts; retry++)
        backoffs += Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1));
    return settings.timeoutMs * attempts + backoffs + 2 * settings.rateLimitWaitSeconds * 1000 + REQUEST_SLACK_MS;
}
/** Outputs, the job summary, and the verdict: the last lines of the log. */
async function finish(io, r) {
    const { outputs, refused } = checkOutputs(buildOutputs({ verification: r.verification, idle: IDLE_OUTPUTS, operations: r.operations.map((o) => o.outputs) }));
    for (const name of refused) {
        const withheld = (0,finding/* finding */.gk)('internal-error', `The output \`${name}\` was left empty: its value is not of the form action.yml promises, so later steps do not get it.`);
        r.offline.push(withheld);
        io.error((0,finding/* explain */.WE)(withheld), (0,finding/* titleOf */.Gg)(withheld));
    }
    for (const [name, value] of Object.entries(outputs))
        io.setOutput(name, value);
    await io.writeSummary(buildSummary({ ...r, requiredLevel: r.requirement?.level }));
    const errors = (0,finding/* errorsOf */.Bp)(allFindings(r));
    if (errors.length) {
        const titles = [...new Set(errors.map(finding/* titleOf */.Gg))].join('; ');
        io.setFailed(`X credentials action failed: ${titles}. See the errors above for the fix.`);
    }
    else if (r.verification?.identity) {
        io.info(`Verified: @${r.verification.identity.user.username} with \`${r.verification.identity.accessLevel}\` access.`);
    }
}
/** The last resort: a short message, never a stack trace or an object dump; scrubbed whole before it is cut. */
function failUnexpected(error, io) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
    io.setFailed((0,finding/* explain */.WE)((0,finding/* finding */.gk)('internal-error', `Unexpected error (${(0,outside/* outsideText */.F)(what, io.scrub, 300)}).`)));
}


/***/ }),

/***/ 8806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ loadExtractors),
/* harmony export */   b: () => (/* binding */ extractEntities)
/* harmony export */ });
/* harmony import */ var _userland_punycode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3593);
/**
 * What X reads in a post besides its length, found by twitter-text's own
 * extractors, as X finds them: cashtags (X refuses more than one per post
 * from a self-serve App), mentions (X restricts mentions of uninvolved
 * accounts) and URLs (a post with a URL is the expensive kind). Loaded on
 * first use, one extractor file each, like parseTweet.
 */

const unwrap = (m) => {
    const inner = m.default;
    return typeof inner === 'function' ? inner : inner.default;
};
let extractors;
function loadExtractors() {
    (0,_userland_punycode_js__WEBPACK_IMPORTED_MODULE_0__/* .useUserlandPunycode */ .P)();
    extractors ??= Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(868)]).then(__webpack_require__.t.bind(__webpack_require__, 1868, 23)),
        Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(775)]).then(__webpack_require__.t.bind(__webpack_require__, 2775, 23)),
        Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(836)]).then(__webpack_require__.t.bind(__webpack_require__, 8836, 23))
    ]).then(([cashtags, mentions, urls]) => ({
        cashtags: unwrap(cashtags),
        mentions: unwrap(mentions),
        urls: unwrap(urls)
    }));
    return extractors;
}
async function extractEntities(text) {
    const x = await loadExtractors();
    return {
        cashtags: x.cashtags(text).map((c) => `$${c.cashtag}`),
        mentions: [...new Set(x.mentions(text).map((m) => `@${m.screenName}`))],
        urls: x.urls(text).map((u) => u.url)
    };
}


/***/ }),

/***/ 1533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ LOOK_BACK_PAGES),
/* harmony export */   kP: () => (/* binding */ LOOK_BACK_POSTS),
/* harmony export */   x_: () => (/* binding */ PostHistory)
/* harmony export */ });
/* unused harmony export sameText */
/* harmony import */ var _x_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5689);
/* harmony import */ var _entities_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8806);


/** X's largest page; the most posts one resume reads, and so pays for. */
const LOOK_BACK_POSTS = 100;
const LOOK_BACK_PAGES = 2;
/** X's smallest page. */
const MIN_PAGE = 5;
class PostHistory {
    x;
    userId;
    threadLength;
    /** Newest first, as X returns them. */
    posts = [];
    nextToken;
    pages = 0;
    exhausted = false;
    error;
    constructor(x, userId, 
    /** The thread's length: the first page holds twice that many posts, since the parts are usually the newest. */
    threadLength) {
        this.x = x;
        this.userId = userId;
        this.threadLength = threadLength;
    }
    /** Posts X returned: each one is a billed read. */
    get postsRead() {
        return this.posts.length;
    }
    get requests() {
        return this.pages;
    }
    /**
     * The post with this text that replies to `parent` (no parent: a post that replies to nothing), reading
     * further pages while it may still be older than what was read. A reply is newer than its parent, so once
     * the parent itself was read, an older page cannot hold the reply.
     */
    async find(text, parent) {
        const extract = await (0,_entities_js__WEBPACK_IMPORTED_MODULE_1__/* .loadExtractors */ .C)();
        for (;;) {
            const match = this.search(extract, text, parent);
            if (match)
                return match;
            if (this.error)
                return { kind: 'unreadable', error: this.error };
            const parentRead = parent !== undefined && this.posts.some((p) => p.id === parent);
            if (this.exhausted || parentRead)
                return this.elsewhere(extract, text) ?? { kind: 'not-found', read: this.posts.length };
            await this.readPage();
        }
    }
    /** Among the posts already read only (no request): the next part of a thread found there. */
    async known(text, parent) {
        const match = this.search(await (0,_entities_js__WEBPACK_IMPORTED_MODULE_1__/* .loadExtractors */ .C)(), text, parent);
        return match?.kind === 'found' ? match.post : undefined;
    }
    search(extract, text, parent) {
        const post = this.posts.find((p) => parentOf(p) === parent && sameText(extract, text, p));
        return post ? { kind: 'found', post } : undefined;
    }
    elsewhere(extract, text) {
        const post = this.posts.find((p) => sameText(extract, text, p));
        return post ? { kind: 'elsewhere', post } : undefined;
    }
    async readPage() {
        const left = LOOK_BACK_POSTS - this.posts.length;
        const size = this.pages === 0 ? Math.min(left, Math.max(MIN_PAGE, 2 * this.threadLength)) : left;
        try {
            this.pages++;
            const page = (await this.x.userPosts(this.userId, { maxResults: Math.max(MIN_PAGE, size), paginationToken: this.nextToken })).data;
            this.posts.push(...(page.data ?? []).slice(0, left));
            this.nextToken = page.meta?.next_token;
        }
        catch (error) {
            if (!(error instanceof _x_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .XApiError */ .Vc))
                throw error;
            this.error = error;
            return;
        }
        this.exhausted = !this.nextToken || this.posts.length >= LOOK_BACK_POSTS || this.pages >= LOOK_BACK_PAGES;
    }
}
function parentOf(post) {
    return (post.referenced_tweets ?? post.referenced_posts ?? []).find((r) => r.type === 'replied_to')?.id;
}
/**
 * Whether X's post holds exactly this text. X sends the text with `&`, `<`
 * and `>` escaped, each URL replaced by a t.co link (its entity says what it
 * stands for), and a t.co link to the attached media at the end; the text is
 * compared with all that undone, URLs without their scheme or trailing slash.
 * Without entities a t.co link stands for any URL, at the same place.
 */
function sameText(extract, text, post) {
    const urls = post.entities?.urls;
    const ours = canonical(extract, text.normalize('NFC'), !urls);
    const theirs = urls ? expand(post.text, urls) : post.text;
    return [theirs, unescapeHtml(theirs)].some((t) => canonical(extract, t.normalize('NFC'), !urls) === ours);
}
/**
 * The text with each t.co link put back as the URL it stands for, and the media links left out. Found by
 * the link itself rather than by offsets, which count differently once `&` is escaped.
 */
function expand(text, urls) {
    let out = text;
    for (const u of urls) {
        const media = u.media_key !== undefined || /^pic\.(x|twitter)\.com\//.test(u.display_url ?? '');
        if (u.url && out.includes(u.url))
            out = out.replace(u.url, () => (media ? '' : (u.expanded_url ?? u.url ?? '')));
    }
    return out;
}
/** Trimmed, every URL without scheme and trailing slash, its host in lower case; or, `blind`, every URL as one placeholder. */
function canonical(extract, text, blind = false) {
    let out = '';
    let at = 0;
    const trimmed = text.trim();
    for (const { url, indices } of extract.urls(trimmed)) {
        out += trimmed.slice(at, indices[0]) + (blind ? '\u0000' : canonicalUrl(url));
        at = indices[1];
    }
    return (out + trimmed.slice(at)).trim();
}
function canonicalUrl(url) {
    const bare = url.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
    const slash = bare.indexOf('/');
    return slash === -1 ? bare.toLowerCase() : bare.slice(0, slash).toLowerCase() + bare.slice(slash);
}
const unescapeHtml = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');


/***/ }),

/***/ 8512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeBlank),
/* harmony export */   _: () => (/* binding */ readPostInputs)
/* harmony export */ });
/* harmony import */ var _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9710);
/* harmony import */ var _settings_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(310);
/**
 * The posting inputs, read once; the run posts when any of `tweet`, `tweet-file` or `media` is given. An empty `tweet`
 * cannot be told from one not given (the runner passes every input of action.yml, as '' when the step gives none), so
 * it means "check only"; a `tweet` of only whitespace is a mistake and fails.
 */


const MAX_TWEET_CHARS = 100_000;
function readPostInputs(inputs) {
    const onDuplicate = inputs.choice('on-duplicate', ['skip', 'fail'], 'skip');
    const tweet = inputs.text('tweet', MAX_TWEET_CHARS);
    const tweetFile = inputs.line('tweet-file');
    const media = inputs.text('media', _settings_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LINE */ .MV * 4);
    const mediaAltText = inputs.text('media-alt-text', 8 * 1000 + 8);
    const replyTo = inputs.line('reply-to');
    const quote = inputs.line('quote');
    if (tweet !== '' && !tweet.trim()) {
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('tweet', `\`tweet\` holds only whitespace (${describeBlank(tweet)}): there is nothing to post. An empty \`tweet\` means "check only"; a blank one is taken as a mistake, so nothing was sent.`, 'blank-post');
    }
    if (tweet.trim() && tweetFile)
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('tweet-file', 'Give either `tweet` or `tweet-file`, not both.');
    if (!tweet.trim() && !tweetFile && !media.trim()) {
        for (const [name, value] of [
            ['media-alt-text', mediaAltText],
            ['reply-to', replyTo],
            ['quote', quote]
        ]) {
            if (value.trim())
                throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `\`${name}\` is set but there is nothing to post: give \`tweet\`, \`tweet-file\` or \`media\`.`);
        }
        return undefined;
    }
    return { tweet, tweetFile, media, mediaAltText, replyTo, quote, onDuplicate };
}
/** "3 line breaks and 2 spaces": what a blank text holds, so a user can tell an expression that came out empty. */
function describeBlank(text) {
    const breaks = (text.match(/\r\n|\r|\n/g) ?? []).length;
    const others = text.replace(/\r\n|\r|\n/g, '').length;
    const parts = [
        breaks && `${breaks} line break${breaks === 1 ? '' : 's'}`,
        others && `${others} space${others === 1 ? '' : 's'} or tab${others === 1 ? '' : 's'}`
    ];
    return parts.filter(Boolean).join(' and ');
}


/***/ }),

/***/ 6469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sn: () => (/* binding */ LONG_POST_LIMIT),
/* harmony export */   _C: () => (/* binding */ STANDARD_LIMIT),
/* harmony export */   yD: () => (/* binding */ postLimit)
/* harmony export */ });
/** A post's weighted length without a subscription. */
const STANDARD_LIMIT = 280;
/** A post's length for an account with an X subscription. */
const LONG_POST_LIMIT = 25_000;
/** The `subscription_type` values that allow long posts; `None` does not. */
const SUBSCRIPTIONS = { Basic: 'Basic', Premium: 'Premium', PremiumPlus: 'Premium+' };
/** The account's limit, from the verified identity; without one (the credentials were not checked), both bounds are named. */
function postLimit(identity) {
    if (!identity) {
        return {
            max: LONG_POST_LIMIT,
            known: false,
            reason: 'the account is not known, as its credentials were not verified'
        };
    }
    const { username, subscription_type: type } = identity.user;
    const who = `@${username}`;
    const plan = type === undefined ? undefined : SUBSCRIPTIONS[type];
    if (plan)
        return { max: LONG_POST_LIMIT, known: true, reason: `${who} has an X subscription (${plan}), which allows long posts` };
    if (type === undefined)
        return { max: STANDARD_LIMIT, known: true, reason: `X did not say whether ${who} has an X subscription, so the standard limit applies` };
    return { max: STANDARD_LIMIT, known: true, reason: `${who} has no X subscription (X says \`${safeWord(type)}\`)` };
}
/** X's value, if it is a plain word; it is never shown otherwise. */
const safeWord = (value) => (/^[A-Za-z]{1,20}$/.test(value) ? value : 'something else');


/***/ }),

/***/ 1878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EC: () => (/* binding */ CHUNK_BYTES),
  FJ: () => (/* binding */ MediaError),
  ZH: () => (/* binding */ PROCESSING_LIMIT_MS),
  QM: () => (/* binding */ uploadFile)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/x/multipart.ts
/**
 * The multipart bodies of the media uploads: text fields first, then
 * `media`, laid out in one buffer reused for every body of an upload. The
 * file's bytes are read from disk straight into their place, so an upload
 * holds one chunk in memory and copies it once. (twitter-api-v2's form
 * encoder copies each chunk again, byte by byte, into a fresh buffer.)
 *
 * Used for an append (`segment_index` + `media`) and for the one-shot upload
 * of a small image (`media_category` + `media`).
 */

const CRLF = '\r\n';
/** Room for the text fields' headers to grow between bodies (a segment index from 0 to 999). */
const HEADER_SLACK_BYTES = 64;
class MediaForm {
    mediaBytes;
    boundary = `----x-credentials-action-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    #footer;
    #buffer;
    /** `mediaBytes`: the most bytes of media one body carries. */
    constructor(mediaBytes) {
        this.mediaBytes = mediaBytes;
        this.#footer = Buffer.from(`${CRLF}--${this.boundary}--${CRLF}`);
    }
    get contentType() {
        return `multipart/form-data; boundary=${this.boundary}`;
    }
    /**
     * Lays out `fields`, then `media` with `length` bytes that `fill` writes
     * into the slot it is given. The body stays valid until the next call.
     */
    async body(fields, length, fill) {
        if (length > this.mediaBytes)
            throw new RangeError(`media of ${length} bytes exceeds the form's ${this.mediaBytes}`);
        const header = this.#header(fields);
        const size = header.length + length + this.#footer.length;
        if (!this.#buffer || this.#buffer.length < size)
            this.#buffer = Buffer.allocUnsafe(header.length + HEADER_SLACK_BYTES + this.mediaBytes + this.#footer.length);
        const buffer = this.#buffer;
        header.copy(buffer, 0);
        await fill(buffer.subarray(header.length, header.length + length));
        this.#footer.copy(buffer, header.length + length);
        return buffer.subarray(0, size);
    }
    /** An append's body: segment `index` of the upload. */
    segment(index, length, fill) {
        return this.body({ segment_index: String(index) }, length, fill);
    }
    #header(fields) {
        const text = Object.entries(fields)
            .map(([name, value]) => `--${this.boundary}${CRLF}Content-Disposition: form-data; name="${name}"${CRLF}${CRLF}${value}${CRLF}`)
            .join('');
        return Buffer.from(`${text}--${this.boundary}${CRLF}Content-Disposition: form-data; name="media"; filename="blob"${CRLF}Content-Type: application/octet-stream${CRLF}${CRLF}`);
    }
}

;// CONCATENATED MODULE: ./src/operations/post/upload.ts

const CHUNK_BYTES = 4 * 1024 * 1024;
/** A still image of at most one chunk: one request instead of initialize, append and finalize. */
function isOneShot(file) {
    return file.category === 'tweet_image' && file.size <= CHUNK_BYTES;
}
/** How long X may process one video before the action gives up on it. */
const PROCESSING_LIMIT_MS = 10 * 60 * 1000;
class MediaError extends Error {
    file;
    constructor(file, message) {
        super(message);
        this.file = file;
        this.name = 'MediaError';
    }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function uploadFile(x, file, progress) {
    const chunks = Math.max(1, Math.ceil(file.size / CHUNK_BYTES));
    progress(`Uploading ${file.given} (${file.mediaType}, ${file.size} bytes${chunks > 1 ? `, ${chunks} chunks` : ''}).`);
    // The descriptor opened when the file was checked: what was checked is what is sent.
    const { handle } = file;
    const id = isOneShot(file) ? await uploadWhole(x, file, handle) : await uploadInChunks(x, file, handle, chunks, progress);
    if (file.altText)
        await x.mediaMetadata(id, file.altText);
    return id;
}
async function uploadWhole(x, file, handle) {
    const form = new MediaForm(file.size);
    const body = await form.body({ media_category: file.category }, file.size, (slot) => readExactly(file, handle, slot, 0));
    return (await x.mediaUpload(body, form.contentType)).data.id;
}
async function uploadInChunks(x, file, handle, chunks, progress) {
    const init = await x.mediaInitialize({ media_type: file.mediaType, total_bytes: file.size, media_category: file.category });
    const id = init.data.id;
    const form = new MediaForm(Math.min(CHUNK_BYTES, Math.max(file.size, 1)));
    let segment = 0;
    for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
        const length = Math.min(CHUNK_BYTES, file.size - offset);
        const body = await form.segment(segment, length, (slot) => readExactly(file, handle, slot, offset));
        await x.mediaAppend(id, body, form.contentType);
        segment++;
        if (chunks > 1)
            progress(`${file.given}: uploaded chunk ${segment} of ${chunks}.`);
    }
    const finalized = await x.mediaFinalize(id);
    await waitForProcessing(x, file, finalized.data, progress);
    return id;
}
/** Fills `slot` with the file's bytes from `offset`; a file that shrank since it was checked is an error, not a short upload. */
async function readExactly(file, handle, slot, offset) {
    const { bytesRead } = await handle.read(slot, 0, slot.length, offset);
    if (bytesRead !== slot.length)
        throw new MediaError(file.given, `${file.given} changed while it was being uploaded.`);
}
async function waitForProcessing(x, file, state, progress) {
    const started = Date.now();
    let info = state.processing_info;
    while (info && info.state !== 'succeeded') {
        if (info.state === 'failed') {
            const why = [info.error?.name, info.error?.message].filter(Boolean).join(': ') || 'no reason given';
            throw new MediaError(file.given, `X could not process ${file.given} (${why}).`);
        }
        if (Date.now() - started > PROCESSING_LIMIT_MS)
            throw new MediaError(file.given, `X was still processing ${file.given} after ${PROCESSING_LIMIT_MS / 60000} minutes.`);
        const waitS = Math.min(Math.max(info.check_after_secs ?? 1, 1), 10);
        progress(`Waiting for X to process ${file.given} (${info.state}${info.progress_percent !== undefined ? `, ${info.progress_percent}%` : ''}); checking again in ${waitS} s.`);
        await sleep(waitS * 1000);
        info = (await x.mediaStatus(state.id)).data.processing_info;
    }
}


/***/ }),

/***/ 3593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ useUserlandPunycode)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var punycode_punycode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8328);
/* harmony import */ var punycode_punycode_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(punycode_punycode_js__WEBPACK_IMPORTED_MODULE_1__);
/**
 * twitter-text asks for `punycode` by that name, which Node gives its own
 * built-in module: deprecated, and on Node 22 and later its first use prints
 * a deprecation warning (DEP0040) on stderr in every run that posts. The
 * bundle carries the userland package instead, and hands it to twitter-text
 * through the module cache, which Node reads before its built-in modules for
 * a name without `node:` (https://nodejs.org/api/modules.html#requirecache).
 */


/** Before twitter-text loads: its `require('punycode')` then returns the bundled userland package. */
function useUserlandPunycode() {
    const cache = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url).cache;
    if (cache.punycode)
        return;
    cache.punycode = { id: 'punycode', filename: 'punycode', loaded: true, exports: (punycode_punycode_js__WEBPACK_IMPORTED_MODULE_1___default()), children: [], paths: [] };
}


/***/ }),

/***/ 7198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parsePostRef)
/* harmony export */ });
/* harmony import */ var _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9710);
/** A post named by an input: its id, or its address on x.com or twitter.com. Posting (`reply-to`, `quote`) and deleting read them alike. */

const POST_ID = /^\d{1,19}$/;
const X_HOSTS = new Set(['x.com', 'twitter.com']);
const HOST_PREFIXES = /^(?:www\.|mobile\.)/;
// People often paste "x.com/user/status/1" without the scheme.
const SCHEMELESS_X_URL = /^(?:www\.|mobile\.)?(?:x|twitter)\.com\//i;
/** `reply-to`, `quote`, an entry of `delete`: a post id (1–19 digits) or a status URL on x.com / twitter.com (with or without www./mobile., http or https, trailing path like /photo/1, query or fragment allowed). Returns the id; '' for empty. Throws InputError(input, ...) otherwise, describing the accepted forms. */
function parsePostRef(value, input, where = `\`${input}\``) {
    const trimmed = value.trim();
    if (trimmed === '')
        return '';
    if (/^\d+$/.test(trimmed)) {
        if (POST_ID.test(trimmed))
            return trimmed;
        throw refError(input, where, `a post id has at most 19 digits; this one has ${trimmed.length}`);
    }
    const url = parseUrl(trimmed);
    if (url === undefined)
        throw refError(input, where, 'it is neither a post id nor a URL');
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw refError(input, where, 'the URL is not http or https');
    if (!X_HOSTS.has(url.hostname.replace(HOST_PREFIXES, '')))
        throw refError(input, where, 'the URL is not on x.com or twitter.com');
    const id = statusIdFromPath(url.pathname);
    if (id === undefined)
        throw refError(input, where, "the URL is not a post's address (…/status/<id>)");
    return id;
}
function parseUrl(text) {
    const withScheme = SCHEMELESS_X_URL.test(text) ? `https://${text}` : text;
    try {
        return new URL(withScheme);
    }
    catch {
        return undefined;
    }
}
/** `/<user>/status/<id>[/…]`, also the legacy `/<user>/statuses/<id>` and `/i/web/status/<id>`. */
function statusIdFromPath(pathname) {
    const segments = pathname.split('/').filter((s) => s !== '');
    const start = segments[0] === 'i' && segments[1] === 'web' ? 1 : 0;
    const [, keyword, id] = segments.slice(start);
    if ((keyword === 'status' || keyword === 'statuses') && id !== undefined && POST_ID.test(id))
        return id;
    return undefined;
}
function refError(input, where, problem) {
    return new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `${where}: ${problem}. Give a post id (up to 19 digits, e.g. 1668910101351272448) or the post's URL, ` +
        'e.g. https://x.com/user/status/1668910101351272448.');
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 7180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b$: () => (/* binding */ WorkspaceFiles),
/* harmony export */   rU: () => (/* binding */ readAtMost)
/* harmony export */ });
/* unused harmony exports resolveInWorkspace, isInside, fileAccessError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9710);




/**
 * Where a file named by an input really is, refusing anything that leaves the
 * workspace, lexically (`../x`) or through a symbolic link. `tweet-file` and
 * `media` both go through here, so they agree on what "inside" means.
 */
async function resolveInWorkspace(input, given, workspace) {
    const root = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath(workspace).catch(() => node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(workspace));
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(workspace, given);
    let real;
    try {
        real = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath(lexical);
    }
    catch (error) {
        throw fileAccessError(input, given, error);
    }
    if (!isInside(root, real)) {
        const how = isInside(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(workspace), lexical) ? ' through a symbolic link' : '';
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `\`${input}\`: '${given}' leads outside the workspace${how}; only files inside the workspace can be used.`);
    }
    return real;
}
/** True when `target` is strictly below `directory` (a file named `..notes.txt` is inside). */
function isInside(directory, target) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(directory, target);
    return relative !== '' && relative !== '..' && !relative.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(relative);
}
/** The refusal for a file that cannot be opened, by its error code; never the OS message, which may hold paths of the machine. */
function fileAccessError(input, given, error) {
    const code = error?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `\`${input}\`: '${given}' was not found (paths are relative to the workspace).`);
    if (code === 'EACCES' || code === 'EPERM')
        return new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `\`${input}\`: '${given}' cannot be read (permission denied).`);
    return new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `\`${input}\`: '${given}' cannot be read (${code ?? 'unknown error'}).`);
}
// O_NONBLOCK: opening a named pipe for reading returns at once instead of waiting for a writer. O_NOFOLLOW: the last
// component is not a link swapped in since it was resolved. Neither exists on Windows, where neither risk does either.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
/**
 * The one way the run opens a file named by an input: inside the workspace
 * (links resolved), never under a `.git` folder (the repository's own files:
 * its configuration may hold a token), a regular file (a pipe would block, a
 * device never end), opened once, and read through that descriptor only.
 * Every file it opened is closed by `close()`, at the end of the run.
 */
class WorkspaceFiles {
    root;
    #open = new Set();
    constructor(root) {
        this.root = root;
    }
    /** `notAFile` ends the refusal of a directory: what the input wants instead. */
    async open(input, given, notAFile = ', not a file') {
        const real = await resolveInWorkspace(input, given, this.root);
        const root = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath(this.root).catch(() => node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(this.root));
        if (underGit(node_path__WEBPACK_IMPORTED_MODULE_2__.relative(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(this.root), node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(this.root, given))) || underGit(node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, real)))
            throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `\`${input}\`: '${given}' is inside a \`.git\` folder: the repository's own files (its configuration may hold a token) are never read or posted.`);
        let handle;
        try {
            handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open(real, OPEN_FLAGS);
        }
        catch (error) {
            throw fileAccessError(input, given, error);
        }
        this.#open.add(handle);
        const stats = await handle.stat();
        if (stats.isDirectory())
            throw await this.#refuse(handle, new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `\`${input}\`: '${given}' is a directory${notAFile}.`));
        if (!stats.isFile())
            throw await this.#refuse(handle, new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `\`${input}\`: '${given}' is not a regular file (a pipe, socket or device), so it is not read.`));
        return { given, path: real, size: stats.size, handle };
    }
    /** Closes every file still open. */
    async close() {
        const handles = [...this.#open];
        this.#open.clear();
        await Promise.all(handles.map((h) => h.close().catch(() => undefined)));
    }
    async #refuse(handle, error) {
        this.#open.delete(handle);
        await handle.close().catch(() => undefined);
        return error;
    }
}
const underGit = (relative) => relative.split(/[\\/]/).some((segment) => segment.toLowerCase() === '.git');
/**
 * The whole file, read through its descriptor up to `max` bytes and one more:
 * undefined when it holds more than `max`, whatever its size said when opened.
 */
async function readAtMost(file, max) {
    const buffer = Buffer.allocUnsafe(Math.min(max, file.size) + 1);
    let filled = 0;
    while (filled < buffer.length) {
        const { bytesRead } = await file.handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    if (filled > max)
        return undefined;
    // It grew since it was opened: read it again, as far as the limit allows.
    if (filled === buffer.length)
        return readAtMost({ ...file, size: max }, max);
    return buffer.subarray(0, filled);
}


/***/ }),

/***/ 6449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  np: () => (/* binding */ XApi),
  ej: () => (/* binding */ preloadXApi)
});

// UNUSED EXPORTS: XClient, keepAliveAgent

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/io/outside.ts
var outside = __webpack_require__(4931);
;// CONCATENATED MODULE: ./src/x/answers.ts
/**
 * X's answers as the program may use them. What X sends is outside text: the
 * fields the action prints, links to or hands to later steps (ids,
 * usernames, scopes) must have the form X gives them, or the answer is not
 * read at all (`AnswerProblem`, which the door turns into a malformed answer);
 * free text (a display name, a media error) is scrubbed on arrival.
 */

/** An answer that is not of the form X gives: the message says which field, never its value. */
class AnswerProblem extends Error {
    constructor(message) {
        super(message);
        this.name = 'AnswerProblem';
    }
}
/** Post, user and media ids: X's snowflakes, digits only (up to 20: a recorded answer shows one of 20 digits). */
const X_ID = /^[0-9]{1,20}$/;
/** X's rule for usernames. */
const X_USERNAME = /^[A-Za-z0-9_]{1,15}$/;
/** An OAuth 2.0 scope as X names them (`tweet.read`, `offline.access`). */
const X_SCOPE = /^[a-z]+(\.[a-z]+)*$/;
/** X allows display names of 50 characters. */
const NAME_LENGTH = 50;
const record = (v, what) => {
    if (!v || typeof v !== 'object' || Array.isArray(v))
        throw new AnswerProblem(`${what} is missing`);
    return v;
};
const id = (v, what) => {
    if (typeof v !== 'string' || !X_ID.test(v))
        throw new AnswerProblem(`${what} is not an id of digits`);
    return v;
};
function readUser(data, scrub) {
    const d = record(data, 'the user');
    if (typeof d.username !== 'string' || !X_USERNAME.test(d.username))
        throw new AnswerProblem("the username is not one X's rules allow");
    const name = typeof d.name === 'string' ? (0,outside/* outsideText */.F)(d.name, scrub, NAME_LENGTH) : '';
    // X's words for a subscription (`None`, `Basic`, `Premium`, `PremiumPlus`); anything else is not read.
    const subscription = typeof d.subscription_type === 'string' && /^[A-Za-z]{1,20}$/.test(d.subscription_type) ? d.subscription_type : undefined;
    return { id: id(d.id, "the user's id"), username: d.username, name, ...(subscription ? { subscription_type: subscription } : {}) };
}
function readCreatedPost(data) {
    const d = record(data, 'the post');
    return { id: id(d.id, "the post's id"), text: typeof d.text === 'string' ? d.text : '' };
}
/** A page of posts: each post's id and its parent's are digits; the texts are compared, never printed. */
function readPostPage(data) {
    const d = record(data, 'the page');
    const posts = Array.isArray(d.data) ? d.data : [];
    for (const post of posts) {
        const p = record(post, 'a post');
        id(p.id, "a post's id");
        const refs = [p.referenced_tweets, p.referenced_posts].flatMap((r) => (Array.isArray(r) ? r : []));
        for (const ref of refs)
            id(record(ref, 'a reference').id, "a referenced post's id");
    }
    return { data: posts, meta: d.meta };
}
function readMediaState(data, scrub) {
    const d = record(data, 'the media');
    const state = { ...d, id: id(d.id, "the media's id") };
    const error = state.processing_info?.error;
    if (error) {
        state.processing_info = {
            ...state.processing_info,
            error: {
                name: typeof error.name === 'string' ? (0,outside/* outsideText */.F)(error.name, scrub, 80) : undefined,
                message: typeof error.message === 'string' ? (0,outside/* outsideText */.F)(error.message, scrub, 200) : undefined
            }
        };
    }
    return state;
}
/** A token answer: the tokens are kept as sent (they are masked on arrival); the scopes must be scopes. */
function readTokenAnswer(data) {
    const d = record(data, 'the token answer');
    if (d.scope !== undefined &&
        (typeof d.scope !== 'string' ||
            !d.scope
                .split(/\s+/)
                .filter(Boolean)
                .every((s) => X_SCOPE.test(s))))
        throw new AnswerProblem('the scopes are not scope names');
    return d;
}

// EXTERNAL MODULE: ./src/x/errors.ts
var errors = __webpack_require__(5689);
// EXTERNAL MODULE: ./src/x/retry.ts
var retry = __webpack_require__(5090);
;// CONCATENATED MODULE: ./src/x/api.ts
/**
 * The one door to X. It owns twitter-api-v2: the base URL, the HTTP agent,
 * timeouts, retries and rate-limit waits, and turns X's errors into
 * XApiError. Nothing else in the project imports twitter-api-v2. A client is
 * bound to one way of signing (XAuth) when it is made; its calls take no
 * credentials.
 */





let library;
/** Loaded on first use, so a run that fails offline never pays for it. */
const loadLibrary = () => (library ??= __webpack_require__.e(/* import() */ 455).then(__webpack_require__.t.bind(__webpack_require__, 4455, 23)).then((m) => ({ TwitterApi: m.TwitterApi })));
/** Starts loading the library without waiting, so it loads while the inputs are still being validated. */
function preloadXApi() {
    loadLibrary().catch(() => undefined);
}
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
        this.#agent = keepAliveAgent(options.baseUrl, options.preconnected);
        this.#policy = { ...retry/* DEFAULT_RETRY */.vI, ...options.retry, rateLimitWaitSeconds: options.rateLimitWaitSeconds, deadline: options.deadline };
    }
    static async create(options) {
        return new XApi(await loadLibrary(), options);
    }
    /** Ends every open connection, so a hung one cannot keep the step alive, and every preconnected one no request took. */
    close() {
        this.#agent.destroy();
        this.options.preconnected?.close();
    }
    /** The client that signs every request with `auth`; one per auth for the run. */
    client(auth) {
        let client = this.#clients.get(auth);
        if (!client) {
            client = new XClient(this, this.#library(auth));
            this.#clients.set(auth, client);
        }
        return client;
    }
    #library(auth) {
        const settings = { plugins: [this.#redirect()], httpAgent: this.#agent, compression: false };
        switch (auth.kind) {
            case 'oauth1':
                return new this.lib.TwitterApi({
                    appKey: auth.apiKey.reveal(),
                    appSecret: auth.apiSecret.reveal(),
                    accessToken: auth.accessToken.reveal(),
                    accessSecret: auth.accessSecret.reveal()
                }, settings);
            case 'basic':
                return new this.lib.TwitterApi({ username: auth.username.reveal(), password: auth.password.reveal() }, settings);
            case 'app-bearer':
                return new this.lib.TwitterApi(auth.bearerToken.reveal(), settings);
            case 'oauth2-user':
                return new this.lib.TwitterApi(auth.accessToken.reveal(), settings);
            case 'oauth2-client':
                return new this.lib.TwitterApi({ clientId: auth.clientId.reveal(), clientSecret: auth.clientSecret?.reveal() }, settings);
        }
    }
    /**
     * twitter-api-v2 only knows https://api.x.com: send every request to the
     * configured base URL instead, and hand the attempt's abort signal to Node's
     * request (the library's own `timeout` is an idle timeout, which a slowly
     * trickling answer never trips).
     */
    #redirect() {
        const base = this.options.baseUrl.replace(/\/+$/, '');
        return {
            onBeforeRequestConfig({ params }) {
                // A function, so that `$&` or `$1` in the base URL is taken as it is written.
                params.url = params.url.replace(/^https:\/\/(api|upload)\.x\.com/, () => base);
            },
            onBeforeRequest({ params, requestOptions }) {
                const signal = params.signal;
                if (signal)
                    requestOptions.signal = signal;
            }
        };
    }
    /**
     * One request under the project's rules: a hard bound per attempt, retries, rate-limit waits (`rules` may narrow them for one call).
     * `read` takes the answer's `data` as X sent it and returns it as the program may use it, or throws AnswerProblem: the attempt
     * then failed as a malformed answer, like an unreadable body.
     */
    async send(endpoint, client, send, read, onAttemptError, rules = {}) {
        const timeoutMs = this.options.timeoutMs;
        return (0,retry/* withRetries */.LH)(endpoint, async (attempt) => {
            // A hard bound on the whole attempt: connect, send, and the complete answer.
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(), timeoutMs);
            try {
                const res = await send(client, { fullResponse: true, signal: controller.signal });
                this.#record(endpoint, res.headers);
                const headers = (0,errors/* pickHeaders */.EO)(res.headers);
                try {
                    return { data: read(res.data?.data ?? res.data), headers };
                }
                catch (problem) {
                    if (!(problem instanceof AnswerProblem))
                        throw problem;
                    throw new errors/* XApiError */.Vc(endpoint, 'malformed', { headers, attempts: attempt, cause: `${problem.message} in the answer` });
                }
            }
            catch (error) {
                const headers = error?.headers;
                this.#record(endpoint, headers);
                if (controller.signal.aborted) {
                    throw new errors/* XApiError */.Vc(endpoint, 'timeout', { headers: {}, attempts: attempt, cause: `no complete answer within ${timeoutMs / 1000} s` });
                }
                throw error;
            }
            finally {
                clearTimeout(timer);
            }
        }, (error, attempts) => (0,errors/* toXApiError */._p)(endpoint, error, attempts, this.options.scrub), { ...this.#policy, ...rules }, { onWait: this.options.log, onAttemptError });
    }
    /** The scrubber of X's texts, for readers of answers. */
    get scrub() {
        return this.options.scrub;
    }
    #record(endpoint, raw) {
        const headers = (0,errors/* pickHeaders */.EO)(raw);
        if (headers.date)
            this.lastServerDate = headers.date;
        this.calls.push({ endpoint, headers });
    }
}
/**
 * The keep-alive agent for requests to `baseUrl`: it uses the connections
 * opened at start-up first, then opens its own as a plain agent does.
 */
function keepAliveAgent(baseUrl, preconnected) {
    const secure = new URL(baseUrl).protocol === 'https:';
    const agent = secure ? new (external_node_https_default()).Agent({ keepAlive: true }) : new (external_node_http_default()).Agent({ keepAlive: true });
    const own = agent.createConnection.bind(agent);
    agent.createConnection = (options, callback) => {
        const taken = preconnected?.secure === secure ? preconnected.take(options.host, options.port) : undefined;
        // twitter-api-v2 names the host as URL.hostname does, an IPv6 address in brackets (`[::1]`), which no resolver knows.
        const host = options.host?.replace(/^\[(.*)\]$/, '$1');
        return taken ?? own({ ...options, host }, callback);
    };
    return agent;
}
/** X's endpoints, as one signed-in caller sees them. */
class XClient {
    api;
    lib;
    constructor(api, lib) {
        this.api = api;
        this.lib = lib;
    }
    /** The account, with its subscription in the same request: a subscriber's posts may be long. */
    usersMe() {
        return this.#send('GET /2/users/me', (client, args) => client.v2.get('users/me', { 'user.fields': 'subscription_type' }, args), {
            read: (d) => readUser(d, this.api.scrub)
        });
    }
    /** The App's bearer token, from its API key and secret alone (Basic auth, client_credentials). */
    oauth2Token() {
        return this.#send('POST /oauth2/token', (client, args) => client.post('https://api.x.com/oauth2/token', { grant_type: 'client_credentials' }, { ...args, forceBodyMode: 'url' }), { read: readTokenAnswer });
    }
    /**
     * Rotates an OAuth 2.0 refresh token (a client made with the `oauth2-client`
     * auth): `client_id` always goes in the body, since X refuses a Basic
     * request without it. The answer holds live secrets: mask them on arrival.
     */
    oauth2Refresh(refreshToken, clientId, onAttemptError) {
        const body = { grant_type: 'refresh_token', refresh_token: refreshToken.reveal(), client_id: clientId.reveal() };
        return this.#send('POST /2/oauth2/token', (client, args) => client.post('https://api.x.com/2/oauth2/token', body, { ...args, forceBodyMode: 'url' }), {
            read: readTokenAnswer,
            onAttemptError
        });
    }
    /** Exchanges an authorization code (Authorization Code with PKCE) for the first tokens. */
    oauth2ExchangeCode(grant) {
        const body = {
            grant_type: 'authorization_code',
            code: grant.code,
            redirect_uri: grant.redirectUri,
            code_verifier: grant.codeVerifier.reveal(),
            client_id: grant.clientId.reveal()
        };
        return this.#send('POST /2/oauth2/token', (client, args) => client.post('https://api.x.com/2/oauth2/token', body, { ...args, forceBodyMode: 'url' }), {
            read: readTokenAnswer
        });
    }
    /** Never waits for a rate limit: a 429 already proves the bearer token, and the usage it reads is optional. */
    usageTweets() {
        return this.#send('GET /2/usage/tweets', (client, args) => client.v2.get('usage/tweets', {}, args), { rules: { rateLimitWaits: 0 } });
    }
    /** `onAttemptError` sees every failed attempt: posting needs to know whether one ended ambiguously. */
    createPost(body, onAttemptError) {
        return this.#send('POST /2/tweets', (client, args) => client.v2.post('tweets', body, args), { read: readCreatedPost, onAttemptError });
    }
    /** Deletes one of the account's posts. Idempotent, so every failure that may be transient is retried like a read. */
    deletePost(id, onAttemptError) {
        return this.#send('DELETE /2/tweets/:id', (client, args) => client.v2.delete(`tweets/${encodeURIComponent(id)}`, undefined, args), {
            read: (data) => ({ deleted: data?.deleted === true }),
            onAttemptError
        });
    }
    /**
     * One page of the account's latest posts, newest first, replies included, reposts left out (`max_results` 5 to 100).
     * The whole body is kept (the page's `meta` holds the next page's token), not only its `data`.
     */
    userPosts(userId, page) {
        const query = {
            max_results: String(page.maxResults),
            exclude: 'retweets',
            'tweet.fields': 'referenced_tweets,entities'
        };
        if (page.paginationToken)
            query.pagination_token = page.paginationToken;
        return this.#send('GET /2/users/:id/tweets', (client, args) => client.v2.get(`users/${encodeURIComponent(userId)}/tweets`, query, args).then((res) => ({ ...res, data: { data: res.data } })), { read: readPostPage });
    }
    /** A small still image in one request; `body` is a complete multipart form (`media_category`, `media`; see MediaForm), sent as it is. */
    mediaUpload(body, contentType) {
        return this.#send('POST /2/media/upload', (client, args) => client.v2.post('media/upload', body, { ...args, forceBodyMode: 'raw', headers: { 'content-type': contentType } }), { read: this.#mediaState });
    }
    mediaInitialize(body) {
        return this.#send('POST /2/media/upload/initialize', (client, args) => client.v2.post('media/upload/initialize', body, args), { read: this.#mediaState });
    }
    /** `body` is a complete multipart form (`segment_index`, `media`; see MediaForm), sent as it is. */
    mediaAppend(mediaId, body, contentType) {
        return this.#send('POST /2/media/upload/{id}/append', (client, args) => client.v2.post(`media/upload/${encodeURIComponent(mediaId)}/append`, body, {
            ...args,
            forceBodyMode: 'raw',
            headers: { 'content-type': contentType }
        }));
    }
    mediaFinalize(mediaId) {
        return this.#send('POST /2/media/upload/{id}/finalize', (client, args) => client.v2.post(`media/upload/${encodeURIComponent(mediaId)}/finalize`, {}, args), {
            read: this.#mediaState
        });
    }
    mediaStatus(mediaId) {
        return this.#send('GET /2/media/upload?command=STATUS', (client, args) => client.v2.get('media/upload', { command: 'STATUS', media_id: mediaId }, args), {
            read: this.#mediaState
        });
    }
    mediaMetadata(mediaId, altText) {
        return this.#send('POST /2/media/metadata', (client, args) => client.v2.post('media/metadata', { id: mediaId, metadata: { alt_text: { text: altText } } }, args));
    }
    #mediaState = (data) => readMediaState(data, this.api.scrub);
    /** `read`: what the answer's `data` must be (see XApi.send); an answer nothing is read from needs none. */
    #send(endpoint, send, o = {}) {
        return this.api.send(endpoint, this.lib, send, o.read ?? ((data) => data), o.onAttemptError, o.rules);
    }
}


/***/ }),

/***/ 5689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ pickHeaders),
/* harmony export */   Vc: () => (/* binding */ XApiError),
/* harmony export */   _p: () => (/* binding */ toXApiError)
/* harmony export */ });
/* harmony import */ var _io_outside_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ formatReset),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   bo: () => (/* binding */ rateLimitWindows),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   xm: () => (/* binding */ rateLimitReset)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5689);

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


/***/ })

};
