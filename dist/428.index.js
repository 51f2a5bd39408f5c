export const id = 428;
export const ids = [428];
export const modules = {

/***/ 8428:
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

;// CONCATENATED MODULE: ./src/operations/post/refs.ts

const POST_ID = /^\d{1,19}$/;
const X_HOSTS = new Set(['x.com', 'twitter.com']);
const HOST_PREFIXES = /^(?:www\.|mobile\.)/;
// People often paste "x.com/user/status/1" without the scheme.
const SCHEMELESS_X_URL = /^(?:www\.|mobile\.)?(?:x|twitter)\.com\//i;
/** `reply-to` / `quote`: a post id (1–19 digits) or a status URL on x.com / twitter.com (with or without www./mobile., http or https, trailing path like /photo/1, query or fragment allowed). Returns the id; '' for empty. Throws InputError(input, ...) otherwise, describing the accepted forms. */
function parsePostRef(value, input) {
    const trimmed = value.trim();
    if (trimmed === '')
        return '';
    if (/^\d+$/.test(trimmed)) {
        if (POST_ID.test(trimmed))
            return trimmed;
        throw refError(input, `a post id has at most 19 digits; this one has ${trimmed.length}`);
    }
    const url = parseUrl(trimmed);
    if (url === undefined)
        throw refError(input, 'it is neither a post id nor a URL');
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw refError(input, 'the URL is not http or https');
    if (!X_HOSTS.has(url.hostname.replace(HOST_PREFIXES, '')))
        throw refError(input, 'the URL is not on x.com or twitter.com');
    const id = statusIdFromPath(url.pathname);
    if (id === undefined)
        throw refError(input, "the URL is not a post's address (…/status/<id>)");
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
function refError(input, problem) {
    return new input_error/* InputError */.d(input, `\`${input}\`: ${problem}. Give a post id (up to 19 digits, e.g. 1668910101351272448) or the post's URL, ` +
        'e.g. https://x.com/user/status/1668910101351272448.');
}

// EXTERNAL MODULE: ./src/operations/post/thread.ts
var thread = __webpack_require__(2933);
;// CONCATENATED MODULE: ./src/operations/post/prepare.ts







const MAX_TWEET_FILE_BYTES = 1024 * 1024;
async function preparePost(p, files) {
    const source = p.tweetFile ? 'tweet-file' : 'tweet';
    (0,thread/* preloadParser */.FU)();
    const replyTo = parsePostRef(p.replyTo, 'reply-to');
    const quote = parsePostRef(p.quote, 'quote');
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
    return { parts, media, replyTo: replyTo || undefined, quote: quote || undefined, findings: mentionWarnings(parts, source) };
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


/***/ })

};
