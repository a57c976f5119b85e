export const id = 715;
export const ids = [715];
export const modules = {

/***/ 9715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   POLICY_FAILED: () => (/* binding */ POLICY_FAILED),
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _lib_core_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1866);
/* harmony import */ var _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1085);
/* harmony import */ var _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7579);
/* harmony import */ var _lib_scan_findings_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9846);
/* harmony import */ var _lib_scan_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6047);
/* harmony import */ var _lib_scan_report_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5241);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3619);
/**
 * `shipline scan-report`: scan-images' judgement on saved Trivy JSON reports. Prints the same
 * markdown as the job summary; exit 0 when the policy passes, 3 when findings violate it, 2 on bad
 * input. The policy code is the action's own (judge, the ignore files, the renderer).
 */







/** Exit code when findings violate the policy (the report itself was fine). */
const POLICY_FAILED = 3;
const FLAGS = {
    severity: '--severity',
    ignoreUnfixed: '--ignore-unfixed',
    unknownSeverity: '--unknown-severity',
    ignoreFiles: '--ignorefile'
};
const command = {
    usage: 'shipline scan-report REPORT.json... [--severity CRITICAL,HIGH] [--ignore-unfixed] [--unknown-severity fail|ignore] [--ignorefile FILE]...',
    positionals: true,
    options: {
        severity: { type: 'string' },
        'ignore-unfixed': { type: 'boolean' },
        'unknown-severity': { type: 'string' },
        ignorefile: { type: 'string', multiple: true }
    },
    async run({ values, positionals }) {
        const flag = (name) => (values[name] === undefined ? undefined : String(values[name]));
        const inputs = new _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0((0,_lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .recordInputSource */ .BE)({
            [FLAGS.severity]: flag('severity'),
            [FLAGS.ignoreUnfixed]: flag('ignore-unfixed'),
            [FLAGS.unknownSeverity]: flag('unknown-severity'),
            [FLAGS.ignoreFiles]: (values.ignorefile ?? []).join('\n')
        }));
        if (positionals.length === 0)
            throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('REPORT', 'no report was given', 'one or more Trivy JSON report paths');
        const policy = { ...(0,_lib_scan_options_js__WEBPACK_IMPORTED_MODULE_4__/* .readPolicyOptions */ .PS)(inputs, FLAGS), now: _lib_core_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m.now() };
        const results = (0,_lib_scan_report_files_js__WEBPACK_IMPORTED_MODULE_5__/* .judgeReportFiles */ .f)(positionals, policy);
        process.stdout.write(`${(0,_lib_scan_findings_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderScanFindings */ .Ey)(results)}\n`);
        return results.every(_lib_scan_findings_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .resultPassed */ .yM) ? _command_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.ok : POLICY_FAILED;
    }
};


/***/ }),

/***/ 1866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export fakeClock */
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
};
/** A clock that only moves when slept on: deterministic tests of waits and timeouts. */
function fakeClock(start = 0) {
    let now = start;
    const slept = [];
    return {
        slept,
        now: () => now,
        sleep: async (ms) => {
            slept.push(ms);
            now += ms;
        }
    };
}


/***/ })

};
