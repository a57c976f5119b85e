export const id = 2137;
export const ids = [2137];
export const modules = {

/***/ 71235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/** Markdown for job summaries and PR comments: pure string builders, no I/O. */
/** Escape text for a table cell: pipes, newlines and HTML-significant characters. */
function cell(text) {
    return String(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
/** Inline code that survives backticks in the content. */
function code(text) {
    const fence = text.includes('`') ? '``' : '`';
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** A GitHub-flavoured table; cells are escaped unless they are already markdown (`raw`). */
function table(headers, rows, raw = false) {
    const render = (row) => `| ${row.map(value => (raw ? String(value) : cell(value))).join(' | ')} |`;
    return [render(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(render)].join('\n');
}
/** A collapsible section. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** A fenced block whose fence is longer than any backtick run inside. */
function fenced(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text}\n${fence}`;
}
function heading(level, text) {
    return `${'#'.repeat(level)} ${text}`;
}


/***/ }),

/***/ 42137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   headline: () => (/* binding */ headline),
/* harmony export */   renderPlanText: () => (/* binding */ renderPlanText),
/* harmony export */   renderPublishMarkdown: () => (/* binding */ renderPublishMarkdown)
/* harmony export */ });
/* unused harmony exports formatBytes, bucketUrl */
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71235);
/**
 * What a publish did (or, in a dry run, would do), for people: the job summary and the PR comment's
 * Frontend section (markdown), and the CLI's plan (one line per file). Pure.
 */

function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 ** 2)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    if (bytes < 1024 ** 3)
        return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
    return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
function bucketUrl(target) {
    return `s3://${target.bucket}/${target.prefix}`;
}
function headerText(headers) {
    return [
        `Content-Type: ${headers.contentType}`,
        `Cache-Control: ${headers.cacheControl}`,
        ...(headers.contentEncoding ? [`Content-Encoding: ${headers.contentEncoding}`] : [])
    ].join('; ');
}
/** One sentence: what changed. */
function headline(result) {
    if (result.held)
        return `The bucket already holds version ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.version)}: nothing to upload.`;
    const verb = result.dryRun ? 'would upload' : 'uploaded';
    const pruneVerb = result.dryRun ? 'would prune' : 'pruned';
    return `Version ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.version)}: ${verb} ${result.uploaded} file${result.uploaded === 1 ? '' : 's'} (${formatBytes(result.uploadedBytes)}), kept ${result.kept}, ${pruneVerb} ${result.pruned}; ${result.invalidate.length} path${result.invalidate.length === 1 ? '' : 's'} to invalidate.`;
}
/** Markdown for the job summary (level 3) or the PR comment (level 4, fewer rows). */
function renderPublishMarkdown(result, target, options = {}) {
    const level = options.level ?? 3;
    const rows = options.rows ?? 50;
    const title = `${result.dryRun ? 'Static publish plan for' : 'Static publish to'} ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(bucketUrl(target))}`;
    const parts = [(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(level, title), '', headline(result)];
    if (result.note)
        parts.push('', `⚠️ ${result.note}.`);
    const plan = result.plan;
    if (!plan || result.held)
        return parts.join('\n');
    const uploads = [...plan.assets, ...plan.entries];
    if (uploads.length) {
        const shown = uploads
            .slice(0, rows)
            .map(({ file, reason }) => [
            (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(file.path),
            reason,
            file.fileClass,
            (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(file.headers.cacheControl),
            formatBytes(file.size)
        ]);
        parts.push('', (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Uploaded' + (result.dryRun ? ' (planned)' : ''), 'Why', 'Kind', 'Cache-Control', 'Size'], shown, true));
        if (uploads.length > rows)
            parts.push('', `… and ${uploads.length - rows} more.`);
    }
    if (plan.prune.length) {
        const shown = plan.prune.slice(0, rows).map(p => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(p.path));
        parts.push('', `Pruned (${plan.prune.length}): ${shown.join(', ')}${plan.prune.length > rows ? ', …' : ''}`);
    }
    if (plan.invalidate.length) {
        const shown = plan.invalidate.slice(0, rows).map(_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY);
        parts.push('', `Invalidated: ${shown.join(', ')}${plan.invalidate.length > rows ? ', …' : ''}`);
    }
    else
        parts.push('', 'Nothing to invalidate: no entry point or unhashed file changed.');
    return parts.join('\n');
}
/** The plan as plain lines: every file (upload or keep, with its headers), every prune and invalidation. */
function renderPlanText(result, target) {
    const lines = [
        `${result.dryRun ? 'Plan for' : 'Published to'} ${bucketUrl(target)}: ${headline(result).replace(/`/g, '')}`
    ];
    if (result.note)
        lines.push(`note: ${result.note}`);
    const plan = result.plan;
    if (plan) {
        const byPath = new Map();
        for (const { file, reason } of [...plan.assets, ...plan.entries])
            byPath.set(file.path, `upload  ${file.path}  (${reason}, ${file.fileClass})  ${headerText(file.headers)}`);
        for (const file of plan.kept)
            byPath.set(file.path, `keep    ${file.path}  (${file.fileClass})  ${headerText(file.headers)}`);
        lines.push(...[...byPath.keys()].sort().map(path => byPath.get(path)));
        for (const pruned of plan.prune)
            lines.push(`prune   ${pruned.path}  (${pruned.reason}, ${pruned.fileClass})`);
        if (plan.entries.length)
            lines.push(`order: ${plan.assets.length} asset(s) first, then ${plan.entries.length} entry point(s), then prunes, then the manifest`);
    }
    for (const path of result.invalidate)
        lines.push(`invalidate ${path}`);
    return lines.join('\n');
}


/***/ })

};
