export const id = 853;
export const ids = [853];
export const modules = {

/***/ 6853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preparePost: () => (/* binding */ preparePost)
});

// EXTERNAL MODULE: ./src/diagnoses/finding.ts
var finding = __webpack_require__(8496);
// EXTERNAL MODULE: ./src/diagnoses/input-error.ts
var input_error = __webpack_require__(9710);
// EXTERNAL MODULE: ./src/settings/workspace.ts
var workspace = __webpack_require__(7180);
// EXTERNAL MODULE: ./src/operations/post/inputs.ts
var inputs = __webpack_require__(8512);
;// CONCATENATED MODULE: ./src/operations/post/media.ts


const MB = 1024 * 1024;
const MEDIA_LIMITS = {
    imageBytes: 5 * MB,
    gifBytes: 15 * MB,
    videoBytes: 512 * MB,
    images: 4,
    altTextChars: 1000
};
const ACCEPTED_TYPES = 'JPEG, PNG, WEBP or GIF images, or MP4 or MOV videos';
const HEADER_BYTES = 16;
/** Parses the `media` input (paths separated by newlines or commas; blank entries ignored; surrounding whitespace trimmed) relative to the workspace, and `media-alt-text` (one alt text per line, in the same order; empty lines mean "no alt text for this file"). Returns [] when no media. */
async function prepareMedia(mediaInput, altTextInput, workspace) {
    const given = mediaInput
        .split(/[\r\n,]/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
    const altTexts = parseAltTexts(altTextInput, given.length);
    if (given.length === 0)
        return [];
    const files = [];
    for (const [i, entry] of given.entries()) {
        const file = await inspectFile(entry, workspace);
        const twin = files.find((f) => f.path === file.path);
        if (twin) {
            throw new input_error/* InputError */.d('media', `\`media\`: '${twin.given}' and '${entry}' are the same file; list each file once.`);
        }
        files.push(altTexts[i] === undefined ? file : { ...file, altText: altTexts[i] });
    }
    checkMix(files);
    return files;
}
function parseAltTexts(altTextInput, fileCount) {
    const lines = altTextInput
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.trim());
    // A YAML block scalar (`|`) ends with a newline; trailing empty lines name no file.
    while (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    if (lines.length > fileCount) {
        throw new input_error/* InputError */.d('media-alt-text', `\`media-alt-text\`: has ${lines.length} ${plural(lines.length, 'line')} but \`media\` lists ` +
            `${fileCount} ${plural(fileCount, 'file')}; give one alt text per line, in the order of the files ` +
            '(an empty line for a file without one).');
    }
    return lines.map((line, i) => {
        // X counts alt text in characters, so count code points rather than UTF-16 units.
        const length = [...line].length;
        if (length > MEDIA_LIMITS.altTextChars) {
            throw new input_error/* InputError */.d('media-alt-text', `\`media-alt-text\`: line ${i + 1} is ${length} characters; X allows at most ${MEDIA_LIMITS.altTextChars}.`);
        }
        return line === '' ? undefined : line;
    });
}
async function inspectFile(given, files) {
    const file = await files.open('media', given, '; list the files in it one by one');
    if (file.size === 0)
        throw new input_error/* InputError */.d('media', `\`media\`: '${given}' is empty (0 bytes).`);
    // Videos can be hundreds of megabytes: only their first bytes are read here.
    const header = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await file.handle.read(header, 0, HEADER_BYTES, 0);
    const mediaType = detectMediaType(header.subarray(0, bytesRead));
    if (mediaType === undefined) {
        throw new input_error/* InputError */.d('media', `\`media\`: '${given}' is not a file type X accepts (recognised from its content, not its name); use ${ACCEPTED_TYPES}.`);
    }
    const category = await categorise(given, file.handle, mediaType, file.size);
    checkSize(given, file.size, mediaType, category);
    return { given, path: file.path, size: file.size, handle: file.handle, mediaType, category };
}
// ISO-BMFF brands that carry still images or audio, not video: X would reject them after the upload.
const NOT_VIDEO_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif', 'avis', 'M4A ', 'M4B ', 'M4P ']);
/** The media type from the file's magic bytes; undefined when it is none X accepts. */
function detectMediaType(header) {
    const ascii = (start, end) => header.toString('latin1', start, end);
    if (header.length >= 3 && header[0] === 0xff && header[1] === 0xd8 && header[2] === 0xff)
        return 'image/jpeg';
    if (header.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
        return 'image/png';
    if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')
        return 'image/gif';
    if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP')
        return 'image/webp';
    if (ascii(4, 8) === 'ftyp' && header.length >= 12) {
        const brand = ascii(8, 12);
        if (NOT_VIDEO_BRANDS.has(brand))
            return undefined;
        return brand === 'qt  ' ? 'video/quicktime' : 'video/mp4';
    }
    return undefined;
}
async function categorise(given, handle, mediaType, size) {
    if (mediaType.startsWith('video/'))
        return 'tweet_video';
    if (mediaType !== 'image/gif')
        return 'tweet_image';
    // Too big even for an animated GIF: no need to read it to say so.
    if (size > MEDIA_LIMITS.gifBytes)
        return 'tweet_gif';
    const whole = await (0,workspace/* readAtMost */.rU)({ given, path: given, size, handle }, MEDIA_LIMITS.gifBytes);
    if (!whole)
        return 'tweet_gif';
    const frames = countGifFrames(whole);
    if (frames === 0) {
        throw new input_error/* InputError */.d('media', `\`media\`: '${given}' is a GIF with no image in it; the file looks damaged.`);
    }
    return frames > 1 ? 'tweet_gif' : 'tweet_image';
}
/**
 * Counts image frames by walking the GIF block structure, stopping at 2 (all the caller needs to tell
 * animated from still). A truncated file yields the frames seen before the cut.
 */
function countGifFrames(gif) {
    const HEADER = 6;
    const SCREEN_DESCRIPTOR = 7;
    const IMAGE_DESCRIPTOR = 9;
    let offset = HEADER + SCREEN_DESCRIPTOR;
    if (gif.length < offset)
        return 0;
    offset += colorTableBytes(gif[HEADER + 4]);
    let frames = 0;
    while (offset < gif.length && frames < 2) {
        const introducer = gif[offset];
        if (introducer === 0x2c) {
            // Image descriptor, optional local color table, LZW minimum code size, then the image data sub-blocks.
            if (offset + 1 + IMAGE_DESCRIPTOR > gif.length)
                break;
            frames++;
            offset += 1 + IMAGE_DESCRIPTOR;
            offset += colorTableBytes(gif[offset - 1]) + 1;
            offset = skipSubBlocks(gif, offset);
        }
        else if (introducer === 0x21) {
            // Extension: label, then data sub-blocks.
            offset = skipSubBlocks(gif, offset + 2);
        }
        else {
            // 0x3B is the trailer; anything else is garbage after the last good block.
            break;
        }
    }
    return frames;
}
/** A packed field's color table flag (bit 7) and size (bits 0-2) → bytes the table occupies. */
function colorTableBytes(packed) {
    return packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0;
}
/** Skips a chain of sub-blocks (length byte, data) ending with a zero-length block. */
function skipSubBlocks(gif, offset) {
    while (offset < gif.length) {
        const length = gif[offset];
        offset += 1 + length;
        if (length === 0)
            break;
    }
    return offset;
}
function checkSize(given, size, mediaType, category) {
    const [limit, kind] = category === 'tweet_video'
        ? [MEDIA_LIMITS.videoBytes, 'videos']
        : category === 'tweet_gif'
            ? [MEDIA_LIMITS.gifBytes, 'animated GIFs']
            : [MEDIA_LIMITS.imageBytes, mediaType === 'image/gif' ? 'still images (a single-frame GIF is one)' : 'images'];
    if (size > limit) {
        throw new input_error/* InputError */.d('media', `\`media\`: '${given}' is ${formatMegabytes(size)} (${size} bytes); X accepts ${kind} up to ${limit / MB} MB.`);
    }
}
function formatMegabytes(bytes) {
    return `${(bytes / MB).toFixed(1)} MB`;
}
// X attaches up to 4 images, or 1 animated GIF, or 1 video to a post, never a mix.
function checkMix(files) {
    const inCategory = (category) => files.filter((f) => f.category === category);
    const images = inCategory('tweet_image');
    const gifs = inCategory('tweet_gif');
    const videos = inCategory('tweet_video');
    const fits = gifs.length + videos.length === 0 ? images.length <= MEDIA_LIMITS.images : files.length === 1;
    if (fits)
        return;
    const given = [describeGroup(images, 'image'), describeGroup(gifs, 'animated GIF'), describeGroup(videos, 'video')];
    throw new input_error/* InputError */.d('media', `\`media\`: a post can carry up to ${MEDIA_LIMITS.images} images, or 1 animated GIF, or 1 video, never a mix; ` +
        `got ${given.filter((s) => s !== '').join(' and ')}.`);
}
/** "2 images ('a.png', 'b.jpg')", or '' for none. */
function describeGroup(files, noun) {
    if (files.length === 0)
        return '';
    return `${files.length} ${plural(files.length, noun)} (${files.map((f) => `'${f.given}'`).join(', ')})`;
}
function plural(count, word) {
    return count === 1 ? word : `${word}s`;
}

// EXTERNAL MODULE: ./src/operations/refs.ts
var refs = __webpack_require__(7198);
// EXTERNAL MODULE: ./src/operations/post/thread.ts
var thread = __webpack_require__(2933);
;// CONCATENATED MODULE: ./src/operations/post/prepare.ts







const MAX_TWEET_FILE_BYTES = 1024 * 1024;
async function preparePost(p, files) {
    const source = p.tweetFile ? 'tweet-file' : 'tweet';
    (0,thread/* preloadParser */.FU)();
    const replyTo = (0,refs/* parsePostRef */.R)(p.replyTo, 'reply-to');
    const quote = (0,refs/* parsePostRef */.R)(p.quote, 'quote');
    // The files are read while the parser loads: both stand between the run and its first request.
    const [text, media] = await Promise.all([p.tweetFile ? readTweetFile(p.tweetFile, files) : p.tweet, prepareMedia(p.media, p.mediaAltText, files)]);
    if (p.tweetFile && !text.trim()) {
        const what = text === '' ? 'is empty' : `holds only whitespace (${(0,inputs/* describeBlank */.I)(text)})`;
        throw new input_error/* InputError */.d('tweet-file', `\`tweet-file\`: '${p.tweetFile}' ${what}: there is nothing to post, so nothing was sent.`, 'blank-post');
    }
    if (media.length && quote)
        throw new input_error/* InputError */.d('quote', '`quote`: X does not take media and a quote in the same post; drop `media` or `quote`.');
    if (!text.trim() && !media.length && p.media.trim()) {
        throw new input_error/* InputError */.d('media', '`media` names no file (only separators or blank entries), and there is no text to post.');
    }
    // A post may be media alone; X then needs no text.
    const parts = !text.trim() && media.length ? [await (0,thread/* measurePart */.wy)(1, '')] : await (0,thread/* prepareThread */.Cq)(text, source);
    return { parts, media, replyTo: replyTo || undefined, quote: quote || undefined, source, findings: mentionWarnings(parts, source) };
}
/** Mentions notify whoever owns the handle on X, and X restricts mentions of uninvolved accounts: said before anything is sent. */
function mentionWarnings(parts, input) {
    const mentioning = parts.filter((p) => p.entities.mentions.length > 0);
    if (mentioning.length === 0)
        return [];
    const which = mentioning.map((p) => `${parts.length === 1 ? 'the post' : `part ${p.index}`} mentions ${p.entities.mentions.join(', ')}`);
    return [
        (0,finding/* finding */.gk)('mentions-in-post', `\`${input}\`: ${which.join('; ')}. Each mention notifies that account on X, which may not be the person meant, and X may refuse or limit posts from Apps that mention accounts not involved in the conversation.`, input)
    ];
}
async function readTweetFile(given, files) {
    const file = await files.open('tweet-file', given);
    let bytes;
    try {
        bytes = await (0,workspace/* readAtMost */.rU)(file, MAX_TWEET_FILE_BYTES);
    }
    catch {
        throw new input_error/* InputError */.d('tweet-file', `\`tweet-file\`: '${given}' cannot be read.`);
    }
    if (!bytes)
        throw new input_error/* InputError */.d('tweet-file', `\`tweet-file\`: '${given}' holds more than ${MAX_TWEET_FILE_BYTES} bytes; at most ${MAX_TWEET_FILE_BYTES} are read.`);
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        throw new input_error/* InputError */.d('tweet-file', `\`tweet-file\`: '${given}' is not valid UTF-8 text.`);
    }
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
