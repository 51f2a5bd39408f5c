export const id = 86;
export const ids = [86];
export const modules = {

/***/ 8086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publish: () => (/* binding */ publish)
/* harmony export */ });
/* harmony import */ var _diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8496);
/* harmony import */ var _diagnoses_x_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(162);
/* harmony import */ var _x_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5689);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4285);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1533);
/* harmony import */ var _thread_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2933);
/* harmony import */ var _upload_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1878);
/**
 * Posting, exactly once — the whole thread, once. A post request is retried
 * only after an ambiguous failure (timeout, dropped connection, 5xx,
 * unreadable answer), and X's "duplicate content" answer to such a retry is
 * the proof that the first attempt went through. When X refuses a part as
 * duplicate content (a re-run), the action finds the parts an earlier run
 * posted among the account's latest posts and continues from the first part
 * not posted; when it cannot find them, it stops and says which parts are
 * unknown. A thread never goes green half-posted.
 */







const DRY_RUN = 'Dry run: nothing was uploaded or posted.';
function postUrl(username, id) {
    return `https://x.com/${username}/status/${id}`;
}
/** `x` is the account's client; a dry run needs none (it sends nothing). */
async function publish(x, prepared, o) {
    const parts = prepared.parts.map((p) => ({
        index: p.index,
        text: p.text,
        weightedLength: p.weightedLength,
        entities: p.entities,
        status: o.dryRun ? 'dry-run' : 'not-sent'
    }));
    const result = {
        parts,
        media: prepared.media,
        replyTo: prepared.replyTo,
        limit: o.limit,
        uploaded: [],
        posted: false,
        duplicate: false,
        dryRun: o.dryRun,
        postsRead: 0,
        findings: []
    };
    // Held to the account's own limit before anything is uploaded: X would refuse the part, and a thread would stop half-posted.
    const over = o.limit.known ? parts.filter((p) => p.weightedLength > o.limit.max) : [];
    if (over.length) {
        result.findings.push(overLimit(over, parts.length, o.limit, prepared.source));
        if (!o.dryRun)
            return result;
    }
    if (o.dryRun || !x) {
        o.progress(DRY_RUN);
        return result;
    }
    const account = o.account;
    let mediaIds;
    try {
        // Images of one post upload side by side; each streams its own chunks in order.
        mediaIds = await Promise.all(prepared.media.map(async (file) => {
            const id = await (0,_upload_js__WEBPACK_IMPORTED_MODULE_5__/* .uploadFile */ .QM)(x, file, o.progress);
            result.uploaded.push(file);
            return id;
        }));
    }
    catch (error) {
        result.findings.push(mediaFinding(error));
        return result;
    }
    const history = new _history_js__WEBPACK_IMPORTED_MODULE_3__/* .PostHistory */ .x_(x, account.id, parts.length);
    try {
        await postParts(x, prepared, mediaIds, history, result, { ...o, username: account.username });
    }
    finally {
        result.postsRead = history.postsRead;
    }
    return result;
}
async function postParts(x, prepared, mediaIds, history, result, o) {
    const { parts } = result;
    const place = (part, post) => {
        part.status = 'already-posted';
        part.id = post.id;
        part.url = postUrl(o.username, post.id);
        result.duplicate = true;
        o.progress(`Part ${part.index} of ${parts.length} is already on X (posted before): ${part.url}`);
    };
    let previousId = prepared.replyTo;
    for (const part of parts) {
        const first = part.index === 1;
        const previous = parts[part.index - 2];
        // After a part found on X, the next may be there too: it replies to it, so it is among the posts read already.
        if (previous?.status === 'already-posted' && previousId) {
            const known = await history.known(part.text, previousId);
            if (known) {
                place(part, known);
                previousId = known.id;
                continue;
            }
        }
        if (!first && !previousId) {
            result.findings.push((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('post-failed-midway', `Part ${part.index - 1} was confirmed only by X's duplicate answer, which carries no id, and it is not among the account's latest posts, so the thread cannot continue from it. ${progress(parts)}`, 'tweet'));
            break;
        }
        const body = { text: part.text };
        if (previousId)
            body.reply = { in_reply_to_tweet_id: previousId };
        if (first && prepared.quote)
            body.quote_tweet_id = prepared.quote;
        if (first && mediaIds.length)
            body.media = { media_ids: mediaIds };
        const outcome = await postOnce(x, body, part.index, o);
        if (outcome.kind === 'posted') {
            part.status = 'posted';
            part.id = outcome.id;
            part.url = postUrl(o.username, outcome.id);
            result.posted = true;
            previousId = outcome.id;
            o.progress(`Posted part ${part.index} of ${parts.length}: ${part.url}`);
            continue;
        }
        if (outcome.kind === 'confirmed-by-duplicate') {
            result.posted = true;
            // X's answer carries no id; the account's latest posts may.
            const lookup = await history.find(part.text, previousId);
            const found = lookup.kind === 'found' ? lookup.post.id : undefined;
            part.status = found ? 'posted' : 'posted-unconfirmed';
            part.id = found;
            part.url = found ? postUrl(o.username, found) : undefined;
            previousId = found;
            result.findings.push((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('post-confirmed-by-retry', `Part ${part.index}: the first attempt ended without an answer, and X refused the retry as duplicate content — so the first attempt was posted. ` +
                (found
                    ? `It is ${part.url} (found among the account's latest posts).`
                    : "X's answer carries no id, and the post is not among the account's latest posts, so its link is unknown."), 'tweet'));
            continue;
        }
        if (outcome.error.isDuplicate && o.onDuplicate === 'skip') {
            const lookup = await history.find(part.text, previousId);
            if (lookup.kind === 'found') {
                place(part, lookup.post);
                previousId = lookup.post.id;
                continue;
            }
            part.status = 'duplicate';
            result.duplicate = true;
            if (parts.length === 1) {
                result.findings.push((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('duplicate-skipped', `X refused the post as duplicate content: it was posted before (a re-run?). Skipped, as \`on-duplicate: skip\` says. ${notFound(lookup, parts.length)}`, 'tweet'));
            }
            else {
                result.findings.push(...notResumable(part, parts, lookup));
            }
            break;
        }
        part.status = 'failed';
        result.findings.push(withLimit((0,_diagnoses_x_error_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnoseXError */ .Jp)(outcome.error, 'tweet'), o.limit));
        if (parts.some((p) => p.id || p.status === 'posted-unconfirmed'))
            result.findings.push((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('post-failed-midway', progress(parts), 'tweet'));
        break;
    }
    const found = parts.some((p) => p.status === 'already-posted');
    if (found && !result.findings.some((f) => f.severity === 'error'))
        result.findings.push(resumed(result));
}
/** Every part found on X, or found and the rest posted: said once, at the end. */
function resumed(result) {
    const found = result.parts.filter((p) => p.status === 'already-posted');
    const posted = result.parts.filter((p) => p.status === 'posted' || p.status === 'posted-unconfirmed');
    const list = (ps) => ps.map((p) => `part ${p.index}${p.url ? ` (${p.url})` : ''}`).join(', ');
    const before = `X refused ${found.length === 1 ? `part ${found[0].index}` : `parts ${found.map((p) => p.index).join(', ')}`} as duplicate content: an earlier run posted ${found.length === 1 ? 'it' : 'them'}. Found on X (same text, same reply chain): ${list(found)}.`;
    if (posted.length === 0) {
        const what = result.parts.length === 1 ? 'The post is' : 'Every part of the thread is';
        return (0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('duplicate-skipped', `${before} ${what} already on X: nothing was posted, as \`on-duplicate: skip\` says.`, 'tweet');
    }
    return (0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('thread-resumed', `${before} Posted the rest, each replying to the part before: ${list(posted)}.`, 'tweet');
}
function notResumable(part, parts, lookup) {
    const refused = `X refused part ${part.index} of ${parts.length} as duplicate content: it was posted before (a re-run?), but not found where this thread needs it.`;
    const reason = lookup.kind === 'elsewhere'
        ? `The account posted the same text at ${postUrlOf(lookup.post)}, which is not ${part.index === 1 ? 'the start of this thread' : `a reply to part ${part.index - 1}`}; X refuses the same text again.`
        : notFound(lookup, parts.length);
    const findings = [(0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('thread-not-resumable', `${refused} ${reason} ${unknownParts(part, parts)}`, 'tweet')];
    if (lookup.kind === 'unreadable') {
        const cause = (0,_diagnoses_x_error_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnoseXError */ .Jp)(lookup.error, 'tweet');
        if (cause.id !== 'x-error')
            findings.push(cause);
    }
    return findings;
}
/** What is known of each part when a thread cannot go on: on X, posted before but not found, or not sent (and perhaps posted before). */
function unknownParts(part, parts) {
    const onX = parts.filter((p) => p.id);
    const later = parts.filter((p) => p.index > part.index);
    const list = (ps) => ps.map((p) => `part ${p.index}${p.url ? ` (${p.url})` : ''}`).join(', ');
    return (`On X: ${list(onX) || 'none'}. Unknown: part ${part.index} (posted before, not found)` +
        (later.length ? `, and ${list(later)} (not sent by this run; an earlier run may have posted ${later.length === 1 ? 'it' : 'them'}).` : '.'));
}
/** Without the username, the post's address as X resolves it. */
const postUrlOf = (post) => `https://x.com/i/web/status/${post.id}`;
function notFound(lookup, parts) {
    const what = parts === 1 ? 'Its link is unknown' : 'Where it is is unknown';
    switch (lookup.kind) {
        case 'unreadable':
            return `${what}: reading the account's latest posts to find it failed (${lookup.error.message}).`;
        case 'not-found':
            return `${what}: it is not among the account's latest ${lookup.read} posts (the action reads at most ${_history_js__WEBPACK_IMPORTED_MODULE_3__/* .LOOK_BACK_POSTS */ .kP}).`;
        case 'elsewhere':
            return `It is at ${postUrlOf(lookup.post)}.`;
    }
}
async function postOnce(x, body, index, o) {
    let ambiguous = false;
    try {
        const res = await x.createPost(body, (error) => {
            if (error.ambiguous) {
                ambiguous = true;
                o.progress(`Part ${index}: the post request ended ambiguously (${error.message}); it may have gone through. Retrying: X refuses a second identical post, so nothing is posted twice.`);
            }
        });
        return { kind: 'posted', id: res.data.id };
    }
    catch (error) {
        if (!(error instanceof _x_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .XApiError */ .Vc))
            throw error;
        if (error.isDuplicate && ambiguous)
            return { kind: 'confirmed-by-duplicate' };
        return { kind: 'failed', error };
    }
}
/** Which parts are on X (with their links), and which are not. */
function progress(parts) {
    const onX = parts.filter((p) => p.status === 'posted' || p.status === 'posted-unconfirmed' || p.status === 'already-posted');
    const rest = parts.filter((p) => !onX.includes(p));
    const list = onX.map((p) => `part ${p.index}${p.url ? ` (${p.url})` : ' (id unknown)'}`).join(', ');
    return `Posted: ${list || 'none'}. Not posted: ${rest.map((p) => `part ${p.index}`).join(', ') || 'none'}.`;
}
/** Parts over the account's own limit: refused before anything is uploaded or posted. */
function overLimit(over, total, limit, input) {
    const which = over.map((p) => `${(0,_thread_js__WEBPACK_IMPORTED_MODULE_4__/* .partName */ .pn)(p, total)} is ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .number */ .ai)(p.weightedLength)} characters`);
    return (0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('post-over-account-limit', `\`${input}\`: ${(0,_thread_js__WEBPACK_IMPORTED_MODULE_4__/* .listWords */ .yh)(which)} as X counts them, over this account's limit of ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .number */ .ai)(limit.max)}: ${limit.reason}. Nothing was uploaded or posted.`, input);
}
/** X's own "too long" answer, with the limit this account has and why. */
function withLimit(f, limit) {
    return f.id === 'text-too-long' ? { ...f, message: `${f.message} This account's limit is ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .number */ .ai)(limit.max)}: ${limit.reason}.` } : f;
}
function mediaFinding(error) {
    if (error instanceof _upload_js__WEBPACK_IMPORTED_MODULE_5__/* .MediaError */ .FJ)
        return (0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('media-failed', error.message, 'media');
    if (error instanceof _x_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .XApiError */ .Vc) {
        const f = (0,_diagnoses_x_error_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnoseXError */ .Jp)(error, 'media');
        return f.id === 'x-error' ? (0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('media-failed', `Upload failed: ${error.message}`, 'media') : f;
    }
    throw error;
}


/***/ }),

/***/ 2933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ prepareThread),
/* harmony export */   FU: () => (/* binding */ preloadParser),
/* harmony export */   pn: () => (/* binding */ partName),
/* harmony export */   wy: () => (/* binding */ measurePart),
/* harmony export */   yh: () => (/* binding */ listWords)
/* harmony export */ });
/* unused harmony exports MAX_PART_CHARACTERS, splitThread, measureTweet, weightedLength, pieces */
/* harmony import */ var _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9710);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4285);
/* harmony import */ var _entities_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8806);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6469);
/* harmony import */ var _userland_punycode_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3593);





/**
 * A part longer than this is refused before it is measured: X counts every URL
 * as 23 characters whatever its length, so a valid post can hold more
 * characters than its weight, but none of twice the longest post any account
 * may make would fit.
 */
const MAX_PART_CHARACTERS = 2 * _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LONG_POST_LIMIT */ .Sn;
/**
 * Above this a part is measured in pieces cut at whitespace (see `pieces`):
 * twitter-text's URL matching takes time growing faster than its input (a
 * 40,000-character `a.a.a.…` takes seconds), so only short texts go to it whole.
 */
const WHOLE_CHARACTERS = 2500;
const PIECE_CHARACTERS = 1000;
/** X has no documented thread limit; this cap catches a runaway file before dozens of posts go out. */
const MAX_THREAD_PARTS = 25;
let parser;
/**
 * Loaded on first use, so a run that only checks credentials never pays for
 * twitter-text; and only parseTweet, not the whole library (its autolink and
 * extract modules and their polyfills), as posting waits for it.
 */
function loadParseTweet() {
    (0,_userland_punycode_js__WEBPACK_IMPORTED_MODULE_3__/* .useUserlandPunycode */ .P)();
    parser ??= Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(836), __webpack_require__.e(536)]).then(__webpack_require__.t.bind(__webpack_require__, 4536, 23)).then(({ default: m }) => (typeof m === 'function' ? m : m.default));
    return parser;
}
/** Starts loading the parser and the extractors without waiting, so they load while files are read. */
function preloadParser() {
    loadParseTweet().catch(() => undefined);
    (0,_entities_js__WEBPACK_IMPORTED_MODULE_1__/* .loadExtractors */ .C)().catch(() => undefined);
}
const SEPARATOR_LINE = /^[ \t]*---[ \t]*$/;
const LEADING_BLANK_LINES = /^(?:[ \t]*\n)+/;
const BYTE_ORDER_MARK = '\uFEFF';
// twitter-text rejects these code points outright (hasInvalidCharacters).
const INVALID_CHARACTERS = /[\uFFFE\uFEFF\uFFFF]/u;
/** Splits on lines holding only `---` (surrounding spaces/tabs on that line allowed; CRLF and CR normalised to LF), trims blank lines and trailing whitespace around each part (keep inner newlines), NFC-normalises. */
function splitThread(text) {
    // Editors on Windows save files with a byte order mark; twitter-text would call it an invalid character.
    const withoutBom = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
    const normalised = withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
    if (normalised.trim() === '')
        return [];
    const parts = [[]];
    for (const line of normalised.split('\n')) {
        if (SEPARATOR_LINE.test(line))
            parts.push([]);
        else
            parts[parts.length - 1].push(line);
    }
    return parts.map((lines) => lines.join('\n').replace(LEADING_BLANK_LINES, '').trimEnd());
}
/** Weighted length and validity as X counts them (twitter-text parseTweet). */
async function measureTweet(text, config) {
    const parseTweet = await loadParseTweet();
    const { weightedLength, valid } = parseTweet(text, config);
    return { weightedLength, valid };
}
/** Weighted length as X counts it (twitter-text parseTweet; default v3 config unless `config` is given). */
async function weightedLength(text, config) {
    return (await measureTweet(text, config)).weightedLength;
}
/**
 * input: the input name the text came from ('tweet' or 'tweet-file'). Throws InputError(input, ...) for: no text
 * at all; an empty part; more than 25 parts; a character twitter-text calls invalid (U+FFFE, U+FEFF, U+FFFF);
 * parts over 25,000 (the most any account may post), all named in one message; parts with more than one cashtag.
 * Returns the parts otherwise: each is held to the account's own limit once X named it (limits.ts).
 */
async function prepareThread(text, input) {
    const texts = splitThread(text);
    checkShape(texts, input);
    checkCharacterCounts(texts, input);
    const parts = await Promise.all(texts.map((partText, i) => measurePart(i + 1, partText)));
    checkCharacters(parts, input);
    checkLengths(parts, input);
    checkCashtags(parts, input);
    checkRepeats(parts, input);
    return parts;
}
/** X refuses a post whose text equals a recent one of the account: a thread repeating a part would stop there, half-posted. */
function checkRepeats(parts, input) {
    const repeats = parts.flatMap((p) => {
        const earlier = parts.find((q) => q.index < p.index && q.text === p.text);
        return earlier ? [`part ${p.index} repeats part ${earlier.index}`] : [];
    });
    if (repeats.length === 0)
        return;
    throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `\`${input}\`: ${listWords(repeats)} of ${parts.length}; X refuses a post whose text equals an earlier one of the account, so the thread would stop there. Make each part different.`, 'duplicate-content');
}
async function measurePart(index, text) {
    if (text.length <= WHOLE_CHARACTERS) {
        const [measure, entities] = await Promise.all([measureTweet(text), (0,_entities_js__WEBPACK_IMPORTED_MODULE_1__/* .extractEntities */ .b)(text)]);
        return { index, text, ...measure, entities };
    }
    const measured = await Promise.all(pieces(text).map((piece) => Promise.all([measureTweet(piece), (0,_entities_js__WEBPACK_IMPORTED_MODULE_1__/* .extractEntities */ .b)(piece)])));
    const weighted = measured.reduce((sum, [m]) => sum + m.weightedLength, 0);
    const entities = {
        cashtags: measured.flatMap(([, e]) => e.cashtags),
        mentions: [...new Set(measured.flatMap(([, e]) => e.mentions))],
        urls: measured.flatMap(([, e]) => e.urls)
    };
    return { index, text, weightedLength: weighted, valid: weighted <= _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .STANDARD_LIMIT */ ._C && !INVALID_CHARACTERS.test(text), entities };
}
/**
 * The text cut after whitespace into pieces of at most PIECE_CHARACTERS. No
 * URL, mention, cashtag or emoji spans whitespace, so the pieces' weighted
 * lengths add up to the whole's and their entities are the whole's. A run of
 * more than PIECE_CHARACTERS without whitespace is cut where it is long: only
 * a URL that long would then count more than its 23.
 */
function pieces(text, max = PIECE_CHARACTERS) {
    const out = [];
    let start = 0;
    while (start < text.length) {
        let end = Math.min(text.length, start + max);
        if (end < text.length) {
            const cut = Math.max(text.lastIndexOf(' ', end - 1), text.lastIndexOf('\n', end - 1), text.lastIndexOf('\t', end - 1));
            if (cut >= start)
                end = cut + 1;
            // Never between the two halves of a UTF-16 pair.
            else if (/[\uD800-\uDBFF]/.test(text[end - 1]))
                end--;
        }
        out.push(text.slice(start, end));
        start = end;
    }
    return out;
}
/** X refuses a post from a self-serve App with more than one cashtag; counted as twitter-text's extractor counts them. */
function checkCashtags(parts, input) {
    const over = parts.filter((p) => p.entities.cashtags.length > 1);
    if (over.length === 0)
        return;
    const which = over.map((p) => `${partName(p, parts.length)} has ${p.entities.cashtags.length} (${p.entities.cashtags.join(', ')})`);
    throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `\`${input}\`: X allows at most one cashtag (\`$\` followed by letters, as in \`$HOME\`) per post, and ${listWords(which)}. Nothing was sent.`, 'too-many-cashtags');
}
function checkShape(texts, input) {
    if (texts.length === 0) {
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `\`${input}\`: there is no text to post.`);
    }
    if (texts.every((t) => t === '')) {
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `\`${input}\`: there is no text to post, only \`---\` separator lines.`);
    }
    if (texts.length > MAX_THREAD_PARTS) {
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `\`${input}\`: the thread has ${texts.length} parts; this action posts at most ${MAX_THREAD_PARTS} ` +
            `(a safety cap against a stray file, not an X limit). Split it into several runs.`);
    }
    const empty = texts.flatMap((t, i) => (t === '' ? [i + 1] : []));
    if (empty.length > 0) {
        const which = empty.length === 1 ? `part ${empty[0]}` : `parts ${listWords(empty.map(String))}`;
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `\`${input}\`: ${which} of ${texts.length} ${empty.length === 1 ? 'is' : 'are'} empty ` +
            `(two \`---\` lines in a row, or a \`---\` line at the start or end).`);
    }
}
/** Parts refused by their length in characters alone, before twitter-text measures anything. */
function checkCharacterCounts(texts, input) {
    const over = texts.flatMap((t, i) => (t.length > MAX_PART_CHARACTERS ? [{ index: i + 1, length: t.length }] : []));
    if (over.length === 0)
        return;
    const which = over.map((p) => `${texts.length === 1 ? 'the text' : `part ${p.index} of ${texts.length}`} is ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .number */ .ai)(p.length)} characters long`);
    throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `\`${input}\`: ${listWords(which)}; a post holds ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .STANDARD_LIMIT */ ._C} weighted characters (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .number */ .ai)(_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LONG_POST_LIMIT */ .Sn)} with an X subscription; a URL counts 23), and none is anywhere near ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .number */ .ai)(MAX_PART_CHARACTERS)}, so ${over.length === 1 ? 'it was' : 'they were'} not counted. To post a thread, separate the posts with lines holding only \`---\`.`, 'text-too-long');
}
function checkCharacters(parts, input) {
    for (const part of parts) {
        const found = INVALID_CHARACTERS.exec(part.text);
        if (found) {
            const codePoint = (found[0].codePointAt(0) ?? 0).toString(16).toUpperCase();
            throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `\`${input}\`: ${partName(part, parts.length)} contains U+${codePoint}, a character X does not accept; remove it.`);
        }
    }
}
function checkLengths(parts, input) {
    const tooLong = parts.filter((p) => p.weightedLength > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LONG_POST_LIMIT */ .Sn);
    if (tooLong.length === 0)
        return;
    const rule = `as X counts them (weighted: URLs 23, CJK and emoji 2); the limit is ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .number */ .ai)(_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LONG_POST_LIMIT */ .Sn)} even for an account with an X subscription (${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .STANDARD_LIMIT */ ._C} without one)`;
    if (parts.length === 1) {
        throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `\`${input}\`: the text is ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .number */ .ai)(parts[0].weightedLength)} characters ${rule}. To post a thread, separate the posts with lines holding only \`---\`.`, 'text-too-long');
    }
    const lengths = tooLong.map((p) => `${partName(p, parts.length)} is ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .number */ .ai)(p.weightedLength)} characters`);
    throw new _diagnoses_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `\`${input}\`: ${listWords(lengths)} ${rule}.`, 'text-too-long');
}
function partName(part, total) {
    return total === 1 ? 'the text' : `part ${part.index} of ${total}`;
}
/** ['a'] → 'a'; ['a', 'b'] → 'a and b'; ['a', 'b', 'c'] → 'a, b and c'. */
function listWords(words) {
    return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}


/***/ })

};
