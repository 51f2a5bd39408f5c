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
/* harmony import */ var _upload_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1878);
/**
 * Posting, exactly once. A post request is retried only after an ambiguous
 * failure (timeout, dropped connection, 5xx, unreadable answer), and X's
 * "duplicate content" answer to such a retry is the proof that the first
 * attempt went through. A thread stops at the first part that fails and says
 * which parts exist.
 */




function postUrl(username, id) {
    return `https://x.com/${username}/status/${id}`;
}
async function publish(x, prepared, o) {
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
        mediaIds = await Promise.all(prepared.media.map((file) => (0,_upload_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadFile */ .QM)(x, file, o.progress)));
    }
    catch (error) {
        result.findings.push(mediaFinding(error));
        return result;
    }
    let previousId = prepared.replyTo;
    for (const part of parts) {
        const first = part.index === 1;
        if (!first && !previousId) {
            result.findings.push((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('post-failed-midway', `Part ${part.index - 1} was confirmed only by X's duplicate answer, which carries no id, so the thread cannot continue from it. ${progress(parts)}`, 'tweet'));
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
            part.status = 'posted-unconfirmed';
            result.posted = true;
            previousId = undefined;
            result.findings.push((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('post-confirmed-by-retry', `Part ${part.index}: the first attempt ended without an answer, and X refused the retry as duplicate content — so the first attempt was posted. X's answer carries no id, so its link is unknown.`, 'tweet'));
            continue;
        }
        if (outcome.error.isDuplicate && o.onDuplicate === 'skip' && !result.posted) {
            part.status = 'duplicate';
            result.duplicate = true;
            result.findings.push((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('duplicate-skipped', `X refused part ${part.index} as duplicate content: it was posted before (a re-run?). Skipped, as \`on-duplicate: skip\` says${parts.length > 1 ? '; the rest of the thread was not sent' : ''}.`, 'tweet'));
            break;
        }
        part.status = 'failed';
        result.findings.push((0,_diagnoses_x_error_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnoseXError */ .Jp)(outcome.error, 'tweet'));
        if (result.posted)
            result.findings.push((0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('post-failed-midway', progress(parts), 'tweet'));
        break;
    }
    return result;
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
function progress(parts) {
    const posted = parts.filter((p) => p.status === 'posted' || p.status === 'posted-unconfirmed');
    const rest = parts.filter((p) => p.status !== 'posted' && p.status !== 'posted-unconfirmed');
    const list = posted.map((p) => `part ${p.index}${p.url ? ` (${p.url})` : ' (id unknown)'}`).join(', ');
    return `Posted: ${list || 'none'}. Not posted: ${rest.map((p) => `part ${p.index}`).join(', ') || 'none'}.`;
}
function mediaFinding(error) {
    if (error instanceof _upload_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaError */ .FJ)
        return (0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('media-failed', error.message, 'media');
    if (error instanceof _x_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .XApiError */ .Vc) {
        const f = (0,_diagnoses_x_error_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnoseXError */ .Jp)(error, 'media');
        return f.id === 'x-error' ? (0,_diagnoses_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('media-failed', `Upload failed: ${error.message}`, 'media') : f;
    }
    throw error;
}


/***/ })

};
