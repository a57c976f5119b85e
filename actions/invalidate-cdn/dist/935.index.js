export const id = 935;
export const ids = [935];
export const modules = {

/***/ 935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSummary: () => (/* binding */ renderSummary)
});

;// CONCATENATED MODULE: ./lib/core/markdown.ts
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

;// CONCATENATED MODULE: ./actions/invalidate-cdn/src/summary.ts
/** The job summary of invalidate-cdn: one row per invalidation. */

const SHOWN_PATHS = 10;
function renderSummary(distributionId, invalidations) {
    const pathCount = invalidations.reduce((n, invalidation) => n + invalidation.paths.length, 0);
    const rows = invalidations.map(invalidation => {
        const shown = invalidation.paths.slice(0, SHOWN_PATHS).map(code).join('<br>');
        const more = invalidation.paths.length - SHOWN_PATHS;
        return [code(invalidation.id), more > 0 ? `${shown}<br>… and ${more} more` : shown, invalidation.status];
    });
    return [
        heading(3, `CloudFront invalidation of ${code(distributionId)}`),
        '',
        `${invalidations.length} invalidation${invalidations.length === 1 ? '' : 's'}, ${pathCount} path${pathCount === 1 ? '' : 's'}`,
        '',
        table(['Invalidation', 'Paths', 'Status'], rows, true)
    ].join('\n');
}


/***/ })

};
