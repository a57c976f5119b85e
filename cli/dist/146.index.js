export const id = 146;
export const ids = [146];
export const modules = {

/***/ 34146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDeploySummary: () => (/* binding */ renderDeploySummary)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30010);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71235);
/** The job summary of a deploy: one row per workload, then why each failure happened. */


const ICON = {
    succeeded: '✅ succeeded',
    failed: '❌ failed',
    'rolled-back': '↩️ rolled back',
    'rollback-failed': '❌ rollback failed'
};
function renderDeploySummary(result) {
    const { target, status, outcomes, diagnostics, appliedCount: applied } = result;
    const rows = outcomes.map(o => [
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`${o.kind.toLowerCase()}/${o.name}`),
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(o.namespace),
        ICON[o.result],
        o.revision === null
            ? '–'
            : String(o.revision) + (o.restoredRevision !== undefined ? ` → restored ${o.restoredRevision}` : ''),
        (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(o.durationMs),
        o.message.replace(/\|/g, '\\|')
    ]);
    const parts = [
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)(3, `Deploy to ${target}: ${status}`),
        '',
        `${applied} object${applied === 1 ? '' : 's'} applied (server-side, field manager ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)('shipline')}); ${outcomes.length} rollout${outcomes.length === 1 ? '' : 's'} awaited.`,
        '',
        outcomes.length
            ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Workload', 'Namespace', 'Result', 'Revision', 'Time', 'Detail'], rows, true)
            : ''
    ];
    for (const d of diagnostics) {
        parts.push('', (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)(4, `Why ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(d.workload)} failed`), '', d.reason, '');
        if (d.pods.length)
            parts.push(...d.pods.map(pod => `- pod ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(pod.name)}: ${pod.problems.join('; ')}`), '');
        if (d.events.length)
            parts.push('Last events:', '', (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fenced */ .OF)(d.events.join('\n')), '');
        for (const log of d.logs)
            parts.push((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Last ${log.lines.length} log lines of ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`${log.pod}/${log.container}`)}${log.previous ? ' (crashed instance)' : ''}`, (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fenced */ .OF)(log.lines.join('\n')), true), '');
    }
    return parts.join('\n');
}


/***/ })

};
