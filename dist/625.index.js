export const id = 625;
export const ids = [625];
export const modules = {

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

/***/ 1006:
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


/***/ })

};
