export const id = 929;
export const ids = [929];
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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1049);
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


/***/ })

};
