export const id = 195;
export const ids = [195];
export const modules = {

/***/ 2195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// UNUSED EXPORTS: postUrl

// EXTERNAL MODULE: ./src/diagnoses.ts
var diagnoses = __webpack_require__(2562);
// EXTERNAL MODULE: ./src/x/diagnose.ts
var diagnose = __webpack_require__(8050);
// EXTERNAL MODULE: ./src/x/errors.ts
var errors = __webpack_require__(5689);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/x/multipart.ts
/**
 * The body of a media append (`segment_index` + `media`), laid out in one
 * buffer reused for every segment: the file's bytes are read from disk
 * straight into their place, so an upload holds one chunk in memory and
 * copies it once. (twitter-api-v2's form encoder copies each chunk again,
 * byte by byte, into a fresh buffer.)
 */

const CRLF = '\r\n';
/** X numbers segments 0 to 999. */
const MAX_SEGMENT_DIGITS = 3;
class AppendForm {
    chunkBytes;
    boundary = `----x-credentials-action-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    #buffer;
    #footer;
    constructor(chunkBytes) {
        this.chunkBytes = chunkBytes;
        this.#footer = Buffer.from(`${CRLF}--${this.boundary}--${CRLF}`);
        this.#buffer = Buffer.allocUnsafe(this.#header(10 ** MAX_SEGMENT_DIGITS - 1).length + chunkBytes + this.#footer.length);
    }
    get contentType() {
        return `multipart/form-data; boundary=${this.boundary}`;
    }
    /**
     * Lays out segment `index` with `length` bytes that `fill` writes into the
     * slot it is given. The body stays valid until the next call.
     */
    async segment(index, length, fill) {
        if (length > this.chunkBytes)
            throw new RangeError(`segment of ${length} bytes exceeds the chunk size ${this.chunkBytes}`);
        const header = this.#header(index);
        header.copy(this.#buffer, 0);
        await fill(this.#buffer.subarray(header.length, header.length + length));
        this.#footer.copy(this.#buffer, header.length + length);
        return this.#buffer.subarray(0, header.length + length + this.#footer.length);
    }
    #header(index) {
        return Buffer.from(`--${this.boundary}${CRLF}Content-Disposition: form-data; name="segment_index"${CRLF}${CRLF}${index}${CRLF}` +
            `--${this.boundary}${CRLF}Content-Disposition: form-data; name="media"; filename="blob"${CRLF}Content-Type: application/octet-stream${CRLF}${CRLF}`);
    }
}

;// CONCATENATED MODULE: ./src/post/upload.ts
/**
 * Streams one file to X's v2 media endpoints: initialize, append one chunk at
 * a time read from disk (memory holds one chunk, whatever the file's size),
 * finalize, then poll while X processes video. twitter-api-v2's uploadMedia
 * wants the whole file as one Buffer, hence this loop.
 */


const CHUNK_BYTES = 4 * 1024 * 1024;
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
async function uploadFile(api, c, file, log) {
    const init = await api.mediaInitialize(c, { media_type: file.mediaType, total_bytes: file.size, media_category: file.category });
    const id = init.data.id;
    const handle = await external_node_fs_.promises.open(file.path, 'r');
    try {
        const form = new AppendForm(Math.min(CHUNK_BYTES, Math.max(file.size, 1)));
        let segment = 0;
        for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
            const length = Math.min(CHUNK_BYTES, file.size - offset);
            const body = await form.segment(segment, length, async (slot) => {
                const { bytesRead } = await handle.read(slot, 0, length, offset);
                if (bytesRead !== length)
                    throw new MediaError(file.given, `${file.given} changed while it was being uploaded.`);
            });
            await api.mediaAppend(c, id, body, form.contentType);
            segment++;
        }
    }
    finally {
        await handle.close();
    }
    const finalized = await api.mediaFinalize(c, id);
    await waitForProcessing(api, c, file, finalized.data, log);
    if (file.altText)
        await api.mediaMetadata(c, id, file.altText);
    return id;
}
async function waitForProcessing(api, c, file, state, log) {
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
        log(`${file.given}: X is processing it (${info.state}${info.progress_percent !== undefined ? `, ${info.progress_percent}%` : ''}); checking again in ${waitS} s.`);
        await sleep(waitS * 1000);
        info = (await api.mediaStatus(c, state.id)).data.processing_info;
    }
}

;// CONCATENATED MODULE: ./src/post/publish.ts




function postUrl(username, id) {
    return `https://x.com/${username}/status/${id}`;
}
async function publish(api, c, prepared, o) {
    const parts = prepared.parts.map((p) => ({
        index: p.index,
        text: p.text,
        weightedLength: p.weightedLength,
        status: o.dryRun ? 'dry-run' : 'not-sent'
    }));
    const result = { parts, media: prepared.media, posted: false, duplicate: false, dryRun: o.dryRun, findings: [] };
    if (o.dryRun)
        return result;
    let mediaIds;
    try {
        // Images of one post upload side by side; each streams its own chunks in order.
        mediaIds = await Promise.all(prepared.media.map((file) => uploadFile(api, c, file, o.log)));
    }
    catch (error) {
        result.findings.push(mediaFinding(error));
        return result;
    }
    let previousId = prepared.replyTo;
    for (const part of parts) {
        const first = part.index === 1;
        if (!first && !previousId) {
            result.findings.push((0,diagnoses/* finding */.gk)('post-failed-midway', `Part ${part.index - 1} was confirmed only by X's duplicate answer, which carries no id, so the thread cannot continue from it. ${progress(parts)}`, 'tweet'));
            break;
        }
        const body = { text: part.text };
        if (previousId)
            body.reply = { in_reply_to_tweet_id: previousId };
        if (first && prepared.quote)
            body.quote_tweet_id = prepared.quote;
        if (first && mediaIds.length)
            body.media = { media_ids: mediaIds };
        const outcome = await postOnce(api, c, body, part.index, o);
        if (outcome.kind === 'posted') {
            part.status = 'posted';
            part.id = outcome.id;
            part.url = postUrl(o.username, outcome.id);
            result.posted = true;
            previousId = outcome.id;
            o.log(`Posted part ${part.index} of ${parts.length}: ${part.url}`);
            continue;
        }
        if (outcome.kind === 'confirmed-by-duplicate') {
            part.status = 'posted-unconfirmed';
            result.posted = true;
            previousId = undefined;
            result.findings.push((0,diagnoses/* finding */.gk)('post-confirmed-by-retry', `Part ${part.index}: the first attempt ended without an answer, and X refused the retry as duplicate content — so the first attempt was posted. X's answer carries no id, so its link is unknown.`, 'tweet'));
            continue;
        }
        if (outcome.error.isDuplicate && o.onDuplicate === 'skip' && !result.posted) {
            part.status = 'duplicate';
            result.duplicate = true;
            result.findings.push((0,diagnoses/* finding */.gk)('duplicate-skipped', `X refused part ${part.index} as duplicate content: it was posted before (a re-run?). Skipped, as \`on-duplicate: skip\` says${parts.length > 1 ? '; the rest of the thread was not sent' : ''}.`, 'tweet'));
            break;
        }
        part.status = 'failed';
        result.findings.push((0,diagnose/* diagnoseXError */.J)(outcome.error, 'tweet'));
        if (result.posted)
            result.findings.push((0,diagnoses/* finding */.gk)('post-failed-midway', progress(parts), 'tweet'));
        break;
    }
    return result;
}
async function postOnce(api, c, body, index, o) {
    let ambiguous = false;
    try {
        const res = await api.createPost(c, body, (error) => {
            if (error.ambiguous) {
                ambiguous = true;
                o.log(`Part ${index}: the post request ended ambiguously (${error.message}); it may have gone through. Retrying: X refuses a second identical post, so nothing is posted twice.`);
            }
        });
        return { kind: 'posted', id: res.data.id };
    }
    catch (error) {
        if (!(error instanceof errors/* XApiError */.Vc))
            throw error;
        if (error.isDuplicate && ambiguous)
            return { kind: 'confirmed-by-duplicate' };
        return { kind: 'failed', error };
    }
}
function progress(parts) {
    const posted = parts.filter((p) => p.status === 'posted' || p.status === 'posted-unconfirmed');
    const rest = parts.filter((p) => p.status !== 'posted' && p.status !== 'posted-unconfirmed');
    const list = posted.map((p) => `part ${p.index}${p.url ? ` (${p.url})` : ' (id unknown)'}`).join(', ');
    return `Posted: ${list || 'none'}. Not posted: ${rest.map((p) => `part ${p.index}`).join(', ') || 'none'}.`;
}
function mediaFinding(error) {
    if (error instanceof MediaError)
        return (0,diagnoses/* finding */.gk)('media-failed', error.message, 'media');
    if (error instanceof errors/* XApiError */.Vc) {
        const f = (0,diagnose/* diagnoseXError */.J)(error, 'media');
        return f.id === 'x-error' ? (0,diagnoses/* finding */.gk)('media-failed', `Upload failed: ${error.message}`, 'media') : f;
    }
    throw error;
}


/***/ })

};
