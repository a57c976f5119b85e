export const id = 309;
export const ids = [309];
export const modules = {

/***/ 9309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderBuildSummary: () => (/* binding */ renderBuildSummary)
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

;// CONCATENATED MODULE: ./lib/images/summary.ts
/** The job summary of a build: one row per service. */

function state(result) {
    if (!result.built && !result.pushed && !result.archive)
        return 'reused (already in the registry)';
    if (result.pushed)
        return result.built ? 'built and pushed' : 'pushed (scanned archive)';
    return 'built, not pushed';
}
function renderBuildSummary(results) {
    const rows = results.map(result => [
        code(result.service),
        code(result.image),
        result.tags.map(tag => code(tag.slice(tag.lastIndexOf(':') + 1))).join('<br>'),
        state(result)
    ]);
    const built = results.filter(result => result.built).length;
    return [
        heading(3, 'Images'),
        table(['Service', 'Image', 'Tags', 'Result'], rows, true),
        '',
        `${built} built, ${results.length - built} reused`
    ].join('\n');
}


/***/ })

};
