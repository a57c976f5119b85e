export const id = 2618;
export const ids = [2618];
export const modules = {

/***/ 72618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ jsonReport),
/* harmony export */   _: () => (/* binding */ jobLine),
/* harmony export */   summaryLine: () => (/* binding */ summaryLine)
/* harmony export */ });
const WORD = {
    success: 'ran',
    failure: 'failed',
    skipped: 'skipped',
    cancelled: 'cancelled'
};
function jobLine(job, width = 0) {
    const parts = [`${WORD[job.status].padEnd(8)}${job.id.padEnd(width)}`];
    const notes = [];
    if (job.environment)
        notes.push(`environment ${job.environment}${job.approval ? ', waits for an approval' : ''}`);
    if (job.reason)
        notes.push(job.reason);
    if (notes.length)
        parts.push(notes.join('; '));
    return parts.join('  ').trimEnd();
}
function summaryLine(result) {
    const count = (status) => result.jobs.filter(job => job.status === status).length;
    return [
        `${result.success ? 'The run would succeed' : 'The run would fail'}: ${result.jobs.length} job(s), ${count('success')} ran, ${count('skipped')} skipped, ${count('failure')} failed.`,
        `approvals ${result.approvals}, builds ${result.builds}, pushes ${result.pushes}, rollouts ${result.rollouts}, invalidations ${result.invalidations}, comments ${result.comments}`
    ].join('\n');
}
/** The --json document. */
function jsonReport(result) {
    return `${JSON.stringify({
        jobs: result.jobs.map(({ id, status, environment, approval }) => ({
            id,
            status,
            environment,
            approval
        })),
        approvals: result.approvals,
        builds: result.builds,
        pushes: result.pushes,
        rollouts: result.rollouts,
        invalidations: result.invalidations,
        comments: result.comments
    }, null, 2)}\n`;
}


/***/ })

};
