export const id = 589;
export const ids = [589];
export const modules = {

/***/ 8589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   authorize: () => (/* binding */ authorize)
/* harmony export */ });
/* unused harmony exports AUTHORIZE_USAGE, parseAuthorizeArgs, writeEnvFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _auth_oauth2_scopes_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4171);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(6683);
/* harmony import */ var _diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8496);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8943);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3116);
/* harmony import */ var _github_secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(298);
/* harmony import */ var _github_target_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(3738);
/* harmony import */ var _io_log_line_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(6605);
/* harmony import */ var _io_secret_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5630);
/* harmony import */ var _settings_rules_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(310);
/* harmony import */ var _x_endpoint_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5695);
/* harmony import */ var _x_api_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6449);
/* harmony import */ var _x_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5689);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(7593);
/**
 * Getting the first OAuth 2.0 refresh token, once, on a computer with a
 * browser:
 *
 *   x-credentials-check authorize --client-id ID [--client-secret S] [--port 8976] [--scopes "…"]
 *     (--repo OWNER/NAME --secret-name NAME [--environment ENV] | --env-file PATH)
 *
 * Authorization Code with PKCE (S256) and a loopback callback: it prints the
 * URL to open, waits for X's redirect, checks `state`, exchanges the code at
 * once (codes live 30 seconds) and stores the refresh token straight into the
 * Actions secret (sealed, through GitHub's API) or into a .env file created
 * with mode 0600. It never prints a token.
 */


















const AUTHORIZE_USAGE = `Usage: x-credentials-check authorize --client-id ID [--client-secret SECRET] [--port 8976] [--scopes "…"]
         (--repo OWNER/NAME --secret-name NAME [--environment ENV] | --env-file PATH)

Authorises the App for an X account in a browser (OAuth 2.0 with PKCE) and stores the
refresh token: sealed in an Actions secret through GitHub's API (token from GH_TOKEN or
GITHUB_TOKEN, with "Secrets: Read and write"), or in a .env file created with mode 0600.
No token is ever printed. Register exactly http://127.0.0.1:PORT/callback as a callback
URL in the App's "User authentication settings" first.

Options:
  --client-id ID         OAuth 2.0 Client ID (or X_CLIENT_ID)
  --client-secret S      Client Secret of a confidential client (or X_CLIENT_SECRET; keeps it
                         out of the shell history)
  --port N               loopback port of the callback (default 8976)
  --scopes "…"           default "${_auth_oauth2_scopes_js__WEBPACK_IMPORTED_MODULE_12__/* .DEFAULT_SCOPES */ .m1.join(' ')}"
  --repo OWNER/NAME      the repository whose secret receives the refresh token
  --secret-name NAME     e.g. X_REFRESH_TOKEN
  --environment ENV      an environment secret instead of a repository secret
  --env-file PATH        write X_CLIENT_ID, X_CLIENT_SECRET and X_REFRESH_TOKEN there instead
  --api-base-url URL     default ${_x_endpoint_js__WEBPACK_IMPORTED_MODULE_13__/* .DEFAULT_BASE_URL */ .Q}
  --authorize-url URL    default https://x.com/i/oauth2/authorize
  --timeout-seconds N    per request (default 30)
  -h, --help             this text
`;
const DEFAULT_PORT = 8976;
const DEFAULT_AUTHORIZE_URL = 'https://x.com/i/oauth2/authorize';
/** How long the browser has to come back. */
const WAIT_FOR_BROWSER_MS = 10 * 60_000;
const FLAGS = [
    'client-id',
    'client-secret',
    'port',
    'scopes',
    'repo',
    'secret-name',
    'environment',
    'env-file',
    'api-base-url',
    'authorize-url',
    'timeout-seconds'
];
/** A refusal the user can fix: printed with its fix, exit code 1 (2 for usage errors). */
class Stop extends Error {
    exitCode;
    constructor(message, exitCode = 1) {
        super(message);
        this.exitCode = exitCode;
    }
}
function parseAuthorizeArgs(argv, env) {
    const values = {};
    const rest = [...argv];
    while (rest.length) {
        const arg = rest.shift();
        if (arg === '-h' || arg === '--help')
            return 'help';
        const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
        const flag = (eq > 0 ? arg.slice(2, eq) : arg.slice(2));
        if (!arg.startsWith('--') || !FLAGS.includes(flag))
            throw new Stop(`unknown argument ${arg.split('=')[0]}`, 2);
        const value = eq > 0 ? arg.slice(eq + 1) : rest.shift();
        if (value === undefined)
            throw new Stop(`--${flag} needs a value`, 2);
        values[flag] = value;
    }
    const clientId = (values['client-id'] ?? env.X_CLIENT_ID ?? env.TWITTER_CLIENT_ID ?? '').trim();
    if (!clientId)
        throw new Stop('--client-id is required (or X_CLIENT_ID): the OAuth 2.0 Client ID from the App\'s "Keys and tokens" page.', 2);
    const clientSecret = (values['client-secret'] ?? env.X_CLIENT_SECRET ?? env.TWITTER_CLIENT_SECRET ?? '').trim();
    const port = Number(values.port ?? DEFAULT_PORT);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
        throw new Stop('--port must be a port number between 1 and 65535.', 2);
    const scopes = (values.scopes ?? _auth_oauth2_scopes_js__WEBPACK_IMPORTED_MODULE_12__/* .DEFAULT_SCOPES */ .m1.join(' ')).split(/[\s,]+/).filter(Boolean);
    if (!scopes.includes('offline.access'))
        throw new Stop('--scopes must include offline.access: without it X issues no refresh token.', 2);
    const github = values.repo !== undefined || values['secret-name'] !== undefined || values.environment !== undefined;
    if (github === (values['env-file'] !== undefined))
        throw new Stop('Give either --repo and --secret-name (an Actions secret) or --env-file (a local file).', 2);
    let target;
    if (github) {
        if (!values.repo || !values['secret-name'])
            throw new Stop('--repo and --secret-name go together.', 2);
        if (!/^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]*$/i.test(values['secret-name']))
            throw new Stop('--secret-name must be letters, digits and underscores, not starting with a digit or GITHUB_.', 2);
        target = { kind: 'github', repo: values.repo, secretName: values['secret-name'], environment: values.environment || undefined };
    }
    else {
        target = { kind: 'env-file', path: node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(values['env-file']) };
    }
    const url = (name, fallback) => {
        try {
            return (0,_settings_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .baseUrl */ .pc)(values[name] ?? fallback);
        }
        catch {
            throw new Stop(`--${name} must be an https:// URL (http:// only to localhost or 127.0.0.0/8).`, 2);
        }
    };
    const seconds = Number(values['timeout-seconds'] ?? 30);
    if (!(seconds >= 0.1 && seconds <= 600))
        throw new Stop('--timeout-seconds must be between 0.1 and 600.', 2);
    return {
        clientId: new _io_secret_js__WEBPACK_IMPORTED_MODULE_8__/* .Secret */ .zh('client-id', clientId),
        clientSecret: clientSecret ? new _io_secret_js__WEBPACK_IMPORTED_MODULE_8__/* .Secret */ .zh('client-secret', clientSecret) : undefined,
        port,
        scopes,
        target,
        apiBaseUrl: url('api-base-url', _x_endpoint_js__WEBPACK_IMPORTED_MODULE_13__/* .DEFAULT_BASE_URL */ .Q),
        authorizeUrl: url('authorize-url', DEFAULT_AUTHORIZE_URL),
        timeoutMs: Math.round(seconds * 1000)
    };
}
async function authorize(argv, env = process.env) {
    const redactor = new _io_secret_js__WEBPACK_IMPORTED_MODULE_8__/* .Redactor */ .pO();
    const scrub = (text) => redactor.scrub(text);
    const say = (line) => process.stdout.write((0,_io_log_line_js__WEBPACK_IMPORTED_MODULE_14__/* .neutraliseCommands */ .$)(scrub(line)) + '\n');
    try {
        const options = parseAuthorizeArgs(argv, env);
        if (options === 'help') {
            process.stdout.write(AUTHORIZE_USAGE);
            return;
        }
        redactor.add(options.clientSecret?.reveal() ?? '');
        await run(options, env, { say, scrub, hide: (value) => redactor.add(value) });
    }
    catch (error) {
        if (error instanceof Stop) {
            process.stderr.write((0,_io_log_line_js__WEBPACK_IMPORTED_MODULE_14__/* .neutraliseCommands */ .$)(scrub(error.message)) + (error.exitCode === 2 ? `\n\n${AUTHORIZE_USAGE}` : '\n'));
            process.exitCode = error.exitCode;
            return;
        }
        throw error;
    }
}
async function run(o, env, { say, scrub, hide }) {
    const deadline = _deadline_js__WEBPACK_IMPORTED_MODULE_15__/* .Deadline */ .B.in(WAIT_FOR_BROWSER_MS + 10 * o.timeoutMs);
    // 1. Before the browser: prove the secret can be written (or the file created), so a consent is never wasted.
    const store = await prepareStore(o, env, deadline, say, scrub);
    // 2. PKCE and the loopback callback.
    const verifier = new _io_secret_js__WEBPACK_IMPORTED_MODULE_8__/* .Secret */ .zh('code-verifier', (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('base64url'));
    const challenge = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(verifier.reveal()).digest('base64url');
    const state = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('base64url');
    const redirectUri = `http://127.0.0.1:${o.port}/callback`;
    const url = new URL(o.authorizeUrl);
    for (const [k, v] of Object.entries({
        response_type: 'code',
        client_id: o.clientId.reveal(),
        redirect_uri: redirectUri,
        scope: o.scopes.join(' '),
        state,
        code_challenge: challenge,
        code_challenge_method: 'S256'
    }))
        url.searchParams.set(k, v);
    const code = await waitForCode(o.port, state, () => {
        say('Open this address in a browser, sign in as the account that should post, and authorise the App:\n');
        say(`  ${url.href}\n`);
        say(`Waiting for X to send the browser back to ${redirectUri} (it must be a callback URL of the App) …`);
    });
    // 3. The code lives 30 seconds: exchange it at once.
    const x = await _x_api_js__WEBPACK_IMPORTED_MODULE_10__/* .XApi */ .np.create({ baseUrl: o.apiBaseUrl, timeoutMs: o.timeoutMs, rateLimitWaitSeconds: 0, deadline, log: say, scrub });
    let answer;
    try {
        const client = x.client({ kind: 'oauth2-client', clientId: o.clientId, clientSecret: o.clientSecret });
        answer = (await client.oauth2ExchangeCode({ code, codeVerifier: verifier, redirectUri, clientId: o.clientId })).data;
    }
    catch (error) {
        x.close();
        if (!(error instanceof _x_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .XApiError */ .Vc))
            throw error;
        throw new Stop((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .explain */ .WE)((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)(tokenDiagnosis(error), error.message)));
    }
    for (const value of [answer.access_token, answer.refresh_token])
        if (value)
            hide(value);
    if (!answer.refresh_token) {
        x.close();
        throw new Stop('X issued no refresh token: the consent did not include offline.access. Run again with it in --scopes.');
    }
    // 4. Store it, then say who it acts as.
    const where = await store(new _io_secret_js__WEBPACK_IMPORTED_MODULE_8__/* .Secret */ .zh('refresh-token', answer.refresh_token));
    let who = '';
    if (answer.access_token) {
        try {
            const me = await x.client({ kind: 'oauth2-user', accessToken: new _io_secret_js__WEBPACK_IMPORTED_MODULE_8__/* .Secret */ .zh('refresh-token', answer.access_token) }).usersMe();
            who = ` for @${me.data.username}`;
        }
        catch {
            who = '';
        }
    }
    x.close();
    say(`\nStored the refresh token${who} in ${where}. Scopes: ${answer.scope ?? '(not stated)'}.`);
    say('The action rotates it on every run and writes the new one back there; give it `refresh-token-secret` and a `github-token` that can write secrets.');
}
function tokenDiagnosis(error) {
    switch (error.info.oauthError) {
        case 'unauthorized_client':
            return 'oauth2-client-rejected';
        case 'invalid_client':
            return 'oauth2-client-unknown';
        case undefined:
            return error.ambiguous || error.kind !== 'http' ? 'x-unavailable' : 'x-error';
        default:
            return 'oauth2-token-refused';
    }
}
async function prepareStore(o, env, deadline, say, scrub) {
    if (o.target.kind === 'env-file') {
        const file = o.target.path;
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file)))
            throw new Stop(`--env-file: the folder of ${file} does not exist.`);
        return async (refreshToken) => {
            writeEnvFile(file, {
                X_CLIENT_ID: o.clientId.reveal(),
                ...(o.clientSecret ? { X_CLIENT_SECRET: o.clientSecret.reveal() } : {}),
                X_REFRESH_TOKEN: refreshToken.reveal()
            });
            return `${file} (mode 0600)`;
        };
    }
    const { repo, secretName, environment } = o.target;
    const token = (env.GH_TOKEN ?? '').trim() || (env.GITHUB_TOKEN ?? '').trim();
    if (!token)
        throw new Stop('Set GH_TOKEN (or GITHUB_TOKEN) to a token with "Secrets: Read and write" on the repository, e.g. GH_TOKEN="$(gh auth token)".', 2);
    const target = (0,_github_target_js__WEBPACK_IMPORTED_MODULE_16__/* .gitHubTarget */ .xd)(env, repo);
    if ('problem' in target)
        throw new Stop(target.problem.replace('GITHUB_REPOSITORY', '--repo'), 2);
    const api = await _github_api_js__WEBPACK_IMPORTED_MODULE_5__/* .GitHubApi */ .y.create(new _io_secret_js__WEBPACK_IMPORTED_MODULE_8__/* .Secret */ .zh('github-token', token), { ...target, timeoutMs: o.timeoutMs, deadline, log: say, scrub });
    const scope = { environment };
    const place = environment
        ? `the secret ${secretName} of the environment ${environment} in ${(0,_github_target_js__WEBPACK_IMPORTED_MODULE_16__/* .fullName */ .fq)(target.repository)}`
        : `the repository secret ${secretName} of ${(0,_github_target_js__WEBPACK_IMPORTED_MODULE_16__/* .fullName */ .fq)(target.repository)}`;
    let key;
    try {
        key = await (0,_github_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .proveWritable */ .F6)(api, scope, `${secretName}_WRITE_CHECK`);
    }
    catch (error) {
        if (!(error instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .GitHubApiError */ .O))
            throw error;
        throw new Stop(`${error.message} The token in GH_TOKEN cannot write ${place}: it needs "Secrets: Read and write" on ${(0,_github_target_js__WEBPACK_IMPORTED_MODULE_16__/* .fullName */ .fq)(target.repository)}${environment ? ` and the environment ${environment} must exist` : ''}.`);
    }
    return async (refreshToken) => {
        try {
            await (0,_github_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSecret */ .kz)(api, scope, secretName, refreshToken, key);
        }
        catch (error) {
            if (!(error instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .GitHubApiError */ .O))
                throw error;
            throw new Stop(`${error.message} The refresh token could not be stored in ${place}; it is not shown. Run authorize again.`);
        }
        return place;
    };
}
/** Sets these keys in a .env file, keeping its other lines; the file is (re)written with mode 0600. */
function writeEnvFile(file, vars) {
    const lines = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8').split(/\r?\n/) : [];
    const known = new Set(Object.keys((0,_args_js__WEBPACK_IMPORTED_MODULE_17__/* .parseEnvFile */ .F)(lines.join('\n'))));
    const kept = lines.filter((line) => {
        const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line);
        return !(m && known.has(m[1]) && m[1] in vars);
    });
    while (kept.length && kept[kept.length - 1].trim() === '')
        kept.pop();
    const text = [...kept, ...Object.entries(vars).map(([k, v]) => `${k}=${v}`)].join('\n') + '\n';
    const temp = `${file}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temp, text, { mode: 0o600 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(temp, 0o600);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, file);
}
/** Serves the loopback callback until X sends the browser back with a code (or an error), checking `state`. */
function waitForCode(port, state, ready) {
    return new Promise((resolve, reject) => {
        const page = (res, status, text) => {
            res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', connection: 'close' });
            res.end(`<!DOCTYPE html><html><head><title>x-credentials-check</title></head><body><p>${text}</p></body></html>\n`);
        };
        const finish = (error, code) => {
            clearTimeout(timer);
            server.close();
            server.closeAllConnections();
            if (error)
                reject(error);
            else
                resolve(code);
        };
        const server = node_http__WEBPACK_IMPORTED_MODULE_2___default().createServer((req, res) => {
            const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
            if (url.pathname !== '/callback')
                return page(res, 404, 'Not found.');
            const q = url.searchParams;
            if (q.get('state') !== state) {
                page(res, 400, 'The answer does not belong to this authorisation (state mismatch). Nothing was stored.');
                return finish(new Stop('The callback carried another state than this authorisation sent: nothing was exchanged or stored. Run authorize again.'));
            }
            if (q.get('error')) {
                page(res, 400, 'The authorisation was not given. Nothing was stored.');
                return finish(new Stop(`X answered error=${q.get('error')}${q.get('error_description') ? ` (${q.get('error_description')})` : ''}: the App was not authorised.`));
            }
            const code = q.get('code');
            if (!code) {
                page(res, 400, 'No authorisation code came back.');
                return finish(new Stop('X sent the browser back without a code.'));
            }
            page(res, 200, 'Authorised. You can close this tab and go back to the terminal.');
            finish(null, code);
        });
        const timer = setTimeout(() => finish(new Stop(`No answer from the browser within ${WAIT_FOR_BROWSER_MS / 60_000} minutes.`)), WAIT_FOR_BROWSER_MS);
        timer.unref();
        server.once('error', (error) => finish(new Stop(error.code === 'EADDRINUSE'
            ? `Port ${port} is in use: pick another with --port (and register its callback URL in the App).`
            : `Cannot listen on 127.0.0.1:${port} (${error.code}).`)));
        server.listen(port, '127.0.0.1', ready);
    });
}


/***/ })

};
