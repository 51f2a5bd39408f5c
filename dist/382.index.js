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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4662);
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
// EXTERNAL MODULE: ./src/main.ts + 19 modules
var main = __webpack_require__(4662);
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

/***/ 4662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I4: () => (/* binding */ failUnexpected),
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: requestBudgetMs

// EXTERNAL MODULE: ./src/auth/credentials.ts
var credentials = __webpack_require__(8168);
// EXTERNAL MODULE: ./src/auth/registry.ts + 11 modules
var registry = __webpack_require__(4684);
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

// EXTERNAL MODULE: ./src/diagnoses/finding.ts
var finding = __webpack_require__(8496);
// EXTERNAL MODULE: ./src/checks/row.ts
var checks_row = __webpack_require__(6033);
;// CONCATENATED MODULE: ./src/checks/account.ts
/** `expect-username`: the credentials must act as this account. */


const row = (0,checks_row/* rowsLabelled */.hb)({ account: 'Account' });
function accountRow(expected, user) {
    if (!user)
        return { row: row('account', 'skip', `Not checked (expected @${expected}).`), findings: [] };
    if (user.username.toLowerCase() === expected.toLowerCase())
        return { row: row('account', 'pass', `@${user.username} as expected.`), findings: [] };
    return {
        row: row('account', 'fail', `@${user.username}, expected @${expected}.`),
        findings: [
            (0,finding/* finding */.gk)('username-mismatch', `The access token belongs to @${user.username} (id ${user.id}), but \`expect-username\` is @${expected}.`, 'expect-username')
        ]
    };
}

// EXTERNAL MODULE: ./src/checks/clock.ts
var clock = __webpack_require__(1259);
;// CONCATENATED MODULE: ./src/checks/verify.ts


async function verify(x, methods, o) {
    const started = methods.flatMap((m) => (m.start ? [{ method: m.method, gathered: m.start(x, o) }] : []));
    const gathered = await Promise.all(started.map(async (s) => ({ method: s.method, ...(await s.gathered) })));
    const shared = Object.assign({}, ...gathered.map((g) => g.shared ?? {}));
    const skew = (0,clock/* clockSkew */.nW)(x.lastServerDate, (o.now ?? Date.now)());
    const outcomes = gathered.map((g) => ({ context: g.method.context, ...g.conclude({ ...o, shared, skewSeconds: skew }) }));
    const users = outcomes.filter((r) => r.context === 'user');
    const apps = outcomes.filter((r) => r.context === 'app');
    // Operations act as the preferred user method (the first given), never as a fallback when it failed.
    const identity = users[0]?.identity;
    const parts = [...users];
    if (o.expectUsername) {
        const account = accountRow(o.expectUsername, identity?.user);
        parts.push({ rows: [account.row], findings: account.findings });
    }
    parts.push(...apps, {
        rows: [
            (0,clock/* clockRow */.dr)(skew, outcomes.some((r) => r.timestampedRequestRefused))
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
// EXTERNAL MODULE: ./src/diagnoses/input-error.ts
var input_error = __webpack_require__(9710);
// EXTERNAL MODULE: ./src/io/core-io.ts
var core_io = __webpack_require__(7874);
// EXTERNAL MODULE: ./src/io/redacting-io.ts
var redacting_io = __webpack_require__(2612);
// EXTERNAL MODULE: ./src/io/secret.ts
var secret = __webpack_require__(5630);
// EXTERNAL MODULE: ./src/settings/rules.ts
var rules = __webpack_require__(310);
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

// EXTERNAL MODULE: ./src/diagnoses/x-error.ts
var x_error = __webpack_require__(162);
// EXTERNAL MODULE: ./src/x/errors.ts
var errors = __webpack_require__(5689);
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

const ICON = { deleted: '✅', 'already-deleted': '☑️', failed: '❌', 'not-sent': '➖', 'dry-run': '📝' };
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
        lines.push(`| ${i + 1} | [${p.id}](${statusUrl(p.id)}) | ${ICON[p.status]} | ${words} |`);
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
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
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

// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/target.ts
var github_target = __webpack_require__(3738);
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
            this.io.info((0,checks_row/* rowLine */.xQ)(row));
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
            out.push(`| ${row.label} | ${checks_row/* ICON */.kb[row.verdict]} | ${(0,markdown/* tableCell */.xR)(row.detail)} |`);
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
    const plan = user.subscription_type && /^[A-Za-z]{1,20}$/.test(user.subscription_type) ? ` · **X subscription:** ${(0,markdown/* codeSpan */.SS)(user.subscription_type)}` : '';
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

// EXTERNAL MODULE: ./src/settings/access-level.ts
var access_level = __webpack_require__(6196);
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
// EXTERNAL MODULE: ./src/x/retry.ts
var retry = __webpack_require__(5090);
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
const IDLE_OUTPUTS = Object.assign({}, ...registry/* AUTH_METHODS */.MA.map((m) => m.idleOutputs), ...OPERATIONS.map((o) => o.idleOutputs));
/** Every secret the run may read: the auth methods', then the operations' own (one spec per input). */
const ALL_CREDENTIAL_SPECS = [...registry/* CREDENTIAL_SPECS */.DC, ...OPERATIONS.flatMap((o) => o.credentials ?? [])].filter((spec, i, all) => all.findIndex((s) => s.input === spec.input) === i);
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
    const raw = (0,credentials/* readCredentials */.L1)(ALL_CREDENTIAL_SPECS, getInput, io.env);
    for (const { value } of Object.values(raw))
        if (value)
            io.mask(value);
    const around = { getInput, env: io.env };
    let settled = (0,registry/* settleAll */.j3)(raw, false, around);
    const fork = settled.some((s) => s.findings.some((f) => f.id === 'missing-credential')) && (await isForkPullRequest(io.env));
    if (fork)
        settled = (0,registry/* settleAll */.j3)(raw, true, around);
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
    const linted = (0,credentials/* lintValue */.pS)(given);
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


/***/ })

};
