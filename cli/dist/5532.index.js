export const id = 5532;
export const ids = [5532];
export const modules = {

/***/ 30010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Durations as users write them in workflow inputs: `90s`, `15m`, `1h`, `1h30m`, `500ms`, or a bare
 * number of seconds.
 */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
/** Milliseconds in `text`, or undefined when it is not a duration. */
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    if (!DURATION.test(value))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
        total += Number(amount) * UNIT_MS[unit];
    }
    return Math.round(total);
}
/** `125000` → `2m5s`; sub-second values in ms. */
function formatDuration(ms) {
    if (ms > 0 && ms < 1000)
        return `${Math.round(ms)}ms`;
    let seconds = Math.round(ms / 1000);
    const hours = Math.floor(seconds / 3600);
    seconds -= hours * 3600;
    const minutes = Math.floor(seconds / 60);
    seconds -= minutes * 60;
    return [hours && `${hours}h`, minutes && `${minutes}m`, (seconds || (!hours && !minutes)) && `${seconds}s`]
        .filter(Boolean)
        .join('');
}


/***/ }),

/***/ 16384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ globMatch),
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * Path patterns of `.trivyignore.yaml` (`paths:`), matched the way Trivy matches them (doublestar):
 * `**` spans directories, `*` and `?` stay within one, `[abc]` and `{a,b}` as in a shell.
 */
/** A RegExp for `pattern`, or undefined when the pattern is malformed (unclosed `[` or `{`). */
function globToRegExp(pattern) {
    let out = '';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            if (i + 1 >= pattern.length)
                return undefined;
            out += escape(pattern[++i]);
        }
        else if (c === '*') {
            if (pattern[i + 1] === '*') {
                const atStart = i === 0 || pattern[i - 1] === '/';
                const next = pattern[i + 2];
                i++;
                if (atStart && next === '/') {
                    out += '(?:.*/)?';
                    i++;
                }
                else if (atStart && next === undefined)
                    out += '.*';
                else
                    out += '[^/]*';
            }
            else
                out += '[^/]*';
        }
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0)
                return undefined;
            let body = pattern.slice(i + 1, end);
            if (body.startsWith('!') || body.startsWith('^'))
                body = `^${body.slice(1)}`;
            out += `[${body.replace(/\\/g, '\\\\')}]`;
            i = end;
        }
        else if (c === '{') {
            braces++;
            out += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (c === ',' && braces > 0)
            out += '|';
        else
            out += escape(c);
    }
    if (braces !== 0)
        return undefined;
    try {
        return new RegExp(`^${out}$`);
    }
    catch {
        return undefined;
    }
}
function escape(c) {
    return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
function globMatch(pattern, path) {
    return globToRegExp(pattern)?.test(path) ?? false;
}


/***/ }),

/***/ 57579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ recordInputSource),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   e1: () => (/* binding */ parseInputFile)
/* harmony export */ });
/* unused harmony exports actionInputSource, MAX_INPUT_CHARS, MAX_INPUT_FILE_BYTES */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30010);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21085);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77168);
/**
 * Typed input readers. Every action reads all of its inputs once, at the edge, into one typed object
 * (STYLE.md, "Read every input once"); every failure is an InputError naming the input.
 *
 * The source is a function, so the same readers serve the action (environment variables
 * `INPUT_<NAME>`, exactly as @actions/core reads them) and the CLI (its flags).
 */



/** Inputs of a running action, read the way `core.getInput` reads them. */
const actionInputSource = name => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
/** Inputs from a plain record (the CLI's parsed flags, tests). */
function recordInputSource(values) {
    return name => values[name];
}
/** The longest value of any input (Linux refuses longer environment strings and arguments anyway). */
const MAX_INPUT_CHARS = 128 * _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .KiB */ .ty;
const DEFAULT_MAX_LINES = 1000;
const DEFAULT_MAX_LINE_LENGTH = 8 * _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .KiB */ .ty;
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const AWS_REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    /** The trimmed value, '' when unset; a NUL character or a value over MAX_INPUT_CHARS is refused. */
    raw(name) {
        const value = (this.source(name) ?? '').trim();
        if (value.includes('\0'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'contains a NUL character', 'text without NUL characters');
        if (value.length > MAX_INPUT_CHARS)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is ${value.length} characters long`, `at most ${MAX_INPUT_CHARS} characters`);
        return value;
    }
    /** The lines (or items) of a multiline input or list, checked against `bounds`. */
    bounded(name, lines, bounds, what) {
        const { maxLines = DEFAULT_MAX_LINES, maxLineLength = DEFAULT_MAX_LINE_LENGTH } = bounds;
        const accepted = `at most ${maxLines} ${what}s of at most ${maxLineLength} characters each`;
        if (lines.length > maxLines)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `has ${lines.length} ${what}s`, accepted);
        const long = lines.findIndex(line => line.length > maxLineLength);
        if (long >= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `${what} ${long + 1} (${(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(lines[long], 40)}) is longer than ${maxLineLength} characters`, accepted);
        return lines;
    }
    /** A string; `required` makes an empty value an error; `maxLength` bounds it. */
    string(name, options = {}) {
        const value = this.raw(name);
        if (options.maxLength !== undefined && value.length > options.maxLength)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `${(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(value, 60)} is longer than ${options.maxLength} characters`, `at most ${options.maxLength} characters`);
        if (value)
            return value;
        if (options.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but was empty', 'a non-empty value');
        return options.default ?? '';
    }
    /** A string or undefined when unset. */
    optional(name) {
        return this.raw(name) || undefined;
    }
    /** A string that must match `pattern`; `accepted` says what matches, in words. */
    matching(name, pattern, accepted, options = {}) {
        const value = this.string(name, options);
        if (value === '' && !options.required)
            return value;
        if (!pattern.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not valid`, accepted);
        return value;
    }
    /** YAML 1.2 booleans, as `core.getBooleanInput` accepts them. */
    boolean(name, defaultValue) {
        const value = this.raw(name);
        if (value === '')
            return defaultValue;
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not a boolean`, 'true or false');
    }
    /** Lines of a multiline input: trimmed, blank lines and `#` comments dropped, within bounds. */
    multiline(name, options = {}) {
        const lines = this.raw(name)
            .split(/\r?\n/)
            .map(line => line.trim())
            .filter(line => line !== '' && !line.startsWith('#'));
        if (lines.length > 0)
            return this.bounded(name, lines, options, 'line');
        if (options.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but was empty', 'one value per line');
        return options.default ?? [];
    }
    /** A list separated by commas or newlines, within bounds. */
    list(name, options = {}) {
        const items = this.raw(name)
            .split(/[,\n]/)
            .map(item => item.trim())
            .filter(Boolean);
        if (items.length > 0)
            return this.bounded(name, items, options, 'item');
        if (options.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but was empty', 'a comma- or newline-separated list');
        return options.default ?? [];
    }
    /** A duration (`90s`, `15m`, `1h`), in milliseconds. */
    duration(name, defaultValue, options = {}) {
        const value = this.raw(name) || defaultValue;
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(value);
        const accepted = 'a duration such as 90s, 15m, 1h or 1h30m';
        if (ms === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not a duration`, accepted);
        if (options.min !== undefined && ms < options.min)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is too short`, `${accepted}, at least ${options.min / 1000}s`);
        if (options.max !== undefined && ms > options.max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is too long`, `${accepted}, at most ${options.max / 1000}s`);
        return ms;
    }
    /** An integer within bounds. */
    integer(name, defaultValue, bounds = {}) {
        const value = this.raw(name);
        if (value === '')
            return defaultValue;
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds;
        const n = Number(value);
        if (!/^-?\d+$/.test(value) || n < min || n > max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not a whole number in range`, `an integer from ${min} to ${max}`);
        return n;
    }
    /** One of a fixed set of values. */
    oneOf(name, values, defaultValue) {
        const value = this.raw(name);
        if (value === '' && defaultValue !== undefined)
            return defaultValue;
        if (!values.includes(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, value ? `"${value}" is not allowed` : 'is required but was empty', values.join(', '));
        return value;
    }
    /** An AWS region code such as `eu-west-1`. */
    awsRegion(name, defaultValue) {
        const value = this.raw(name) || defaultValue || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || '';
        if (!value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but was empty', 'an AWS region such as us-east-1');
        if (!AWS_REGION.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not an AWS region`, 'an AWS region such as us-east-1 or eu-west-1');
        return value;
    }
}
/** The largest file parseInputFile reads unless told otherwise. */
const MAX_INPUT_FILE_BYTES = 64 * _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .MiB */ .lv;
/**
 * The parsed content of a file an input names: read only when it is a regular file of at most
 * `maxBytes` (lib/core/paths.ts); a file that is not one, or a parse failure (a UserError), becomes
 * an InputError naming the input.
 */
function parseInputFile(input, path, parse, accepted, shownAs = path, maxBytes = MAX_INPUT_FILE_BYTES) {
    const text = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .readCheckedFile */ .m2)(input, path, shownAs, maxBytes, accepted.unreadable);
    try {
        return parse(text);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, error.message, accepted.invalid);
        throw error;
    }
}


/***/ }),

/***/ 49846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ renderScanFindings),
/* harmony export */   yM: () => (/* binding */ resultPassed)
/* harmony export */ });
/* unused harmony exports describePolicy, failureLine */
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71235);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96390);
/**
 * The scan findings as markdown: the job summary of scan-images, the output of
 * `shipline scan-report`, and the scan section of the pipeline's PR comment
 * (`renderScanFindings`). Pure.
 */


function resultPassed(result) {
    return !result.error && result.judgement?.passed === true;
}
function describePolicy(policy) {
    const parts = [
        `fails on ${policy.severities.length ? policy.severities.map(s => `**${s}**`).join(', ') : 'no severity'}`,
        `UNKNOWN severity ${policy.unknownSeverity === 'fail' ? '**fails** the gate' : 'is **ignored** by the gate'}`,
        `unfixed vulnerabilities ${policy.ignoreUnfixed ? 'are **ignored**' : 'are **counted**'}`,
        policy.ignoreFiles.length
            ? `ignore files: ${policy.ignoreFiles.map(f => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(f)).join(', ')}`
            : 'no ignore file'
    ];
    return `Policy: ${parts.join('; ')}.`;
}
function safeUrl(url) {
    return url.replace(/[()\s<>]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function idCell(finding) {
    return finding.url ? `[${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(finding.id)}](${safeUrl(finding.url)})` : (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(finding.id);
}
function whereCell(finding) {
    if (finding.kind === 'vulnerability')
        return (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(finding.pkgName ?? finding.target);
    const line = finding.startLine ? `:${finding.startLine}` : '';
    return (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(`${finding.target}${line}`);
}
function truncate(text, max = 90) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function findingsTable(findings) {
    return (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Severity', 'ID', 'Package / file', 'Installed', 'Fixed', 'Title'], findings.map(f => [
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f.severity),
        idCell(f),
        whereCell(f),
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f.installedVersion ?? ''),
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f.kind === 'vulnerability' ? (f.fixedVersion ?? 'no fix') : ''),
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(truncate(f.title))
    ]), true);
}
function verdict(result) {
    if (result.error)
        return '⚠️ not scanned';
    return result.judgement?.passed ? '✅ pass' : '❌ fail';
}
function countsRow(result) {
    const j = result.judgement;
    if (!j)
        return [..._report_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map(() => '–'), '–', '–'];
    return [..._report_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map(s => j.counts[s]), j.fixable, j.ignored.length];
}
function imageDetails(result, options) {
    if (result.error)
        return `**${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(result.name)}** could not be scanned: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(result.error)}`;
    const j = result.judgement;
    if (!j || j.findings.length === 0)
        return undefined;
    const failing = j.violations.length > 0;
    if (options.failingOnly && !failing)
        return undefined;
    const shown = (failing ? j.violations : j.findings).slice(0, options.top);
    const total = failing ? j.violations.length : j.findings.length;
    const what = failing
        ? `${total} finding${total === 1 ? '' : 's'} failing the policy`
        : `${total} finding${total === 1 ? '' : 's'} within the policy`;
    if (shown.length === 0)
        return `**${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(result.name)}**: ${what}, not listed here: ${options.fullAt}.`;
    const more = total > shown.length ? `\n\n…and ${total - shown.length} more ${options.fullAt}.` : '';
    const expired = j.expired.length
        ? `\n\nIgnore entries that expired and count again: ${j.expired
            .slice(0, 10)
            .map(e => `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(e.finding.id)} (${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(e.rule.origin)}, expired ${e.rule.expires ?? ''})`)
            .join(', ')}.`
        : '';
    return (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(result.name)}: ${what}${shown.length < total ? `, top ${shown.length}` : ''}`, `${findingsTable(shown)}${more}${expired}`, failing);
}
/** The scan section: a headline, the policy, one row per image, then each image's top findings. */
function renderScanFindings(results, options = {}) {
    const level = options.level ?? 3;
    const detailOptions = { ...options, top: options.top ?? 10, fullAt: options.fullAt ?? 'in the report' };
    if (results.length === 0)
        return `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)(level, 'Trivy scan')}\n\nNo image was scanned.`;
    const failing = results.filter(r => !resultPassed(r)).length;
    const title = failing === 0
        ? `✅ Trivy scan: ${results.length === 1 ? 'the image passes' : `all ${results.length} images pass`} the policy`
        : `❌ Trivy scan: ${failing} of ${results.length} image${results.length === 1 ? '' : 's'} ${results.length === 1 ? 'fails' : 'fail'} the policy`;
    const policy = results.find(r => r.judgement)?.judgement?.policy;
    if (options.compact) {
        const failed = results.filter(r => !resultPassed(r)).map(r => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.name));
        return [
            (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)(level, title),
            ...(policy ? [describePolicy(policy)] : []),
            `${failed.length ? `Failing: ${failed.join(', ')}. ` : ''}The table of images and their findings are left out to fit; every finding is ${detailOptions.fullAt}.`
        ].join('\n\n');
    }
    const rows = results.map(r => [(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.name), verdict(r), ...countsRow(r)].map(v => (typeof v === 'number' ? String(v) : v)));
    const parts = [
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)(level, title),
        ...(policy ? [describePolicy(policy)] : []),
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Image', 'Result', ..._report_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC, 'Fixable', 'Ignored'], rows, true),
        ...results.map(r => imageDetails(r, detailOptions)).filter((d) => Boolean(d))
    ];
    const passingWithFindings = results.filter(r => resultPassed(r) && r.judgement?.findings.length).length;
    if (options.failingOnly && passingWithFindings)
        parts.push(`_The findings of ${passingWithFindings} image${passingWithFindings === 1 ? '' : 's'} within the policy are left out to fit; they are ${detailOptions.fullAt}._`);
    return parts.join('\n\n');
}
/** One line for the step's error: which images failed and why. */
function failureLine(results) {
    const failed = results.filter(r => !resultPassed(r));
    const items = failed.map(r => {
        if (r.error)
            return `${r.name} (not scanned: ${r.error})`;
        const j = r.judgement;
        const counts = SEVERITIES.map(s => [s, j.violations.filter(f => f.severity === s).length])
            .filter(([, n]) => n > 0)
            .map(([s, n]) => `${n} ${s}`)
            .join(', ');
        return `${r.name} (${counts})`;
    });
    return `Scan policy failed for ${failed.length} of ${results.length} image${results.length === 1 ? '' : 's'}: ${items.join('; ')}`;
}


/***/ }),

/***/ 82917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PS: () => (/* binding */ readPolicyOptions)
});

// UNUSED EXPORTS: DEFAULT_IGNORE_FILES, DEFAULT_SEVERITY, SCAN_INPUTS, readIgnoreFiles, readScanOptions, readSeverities

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/inputs.ts
var inputs = __webpack_require__(57579);
// EXTERNAL MODULE: ./lib/core/paths.ts
var core_paths = __webpack_require__(77168);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./lib/core/glob.ts
var glob = __webpack_require__(16384);
// EXTERNAL MODULE: ./lib/scan/purl.ts
var scan_purl = __webpack_require__(10597);
;// CONCATENATED MODULE: ./lib/scan/ignore-file.ts
/**
 * Trivy's ignore files, read the way Trivy reads them, so a repository's existing files keep their
 * meaning under Shipline's policy:
 * - `.trivyignore`: one id per line (applies to vulnerabilities, checks and secrets alike), an
 *   optional `exp:YYYY-MM-DD` field, `#` comment lines;
 * - `.trivyignore.yaml`: `vulnerabilities`, `misconfigurations`, `secrets` (and `licenses`, which
 *   Shipline does not judge), entries with `id`, `paths` (globs), `purls` (vulnerabilities),
 *   `statement`, `expired_at`.
 * An entry stops applying at 00:00 UTC of its expiry date. Pure: text in, rules out; a malformed
 * file is a UserError naming the file and line.
 */




function noIgnores() {
    return { files: [], vulnerabilities: [], misconfigurations: [], secrets: [] };
}
function mergeIgnores(all) {
    const merged = noIgnores();
    for (const rules of all) {
        merged.files.push(...rules.files);
        merged.vulnerabilities.push(...rules.vulnerabilities);
        merged.misconfigurations.push(...rules.misconfigurations);
        merged.secrets.push(...rules.secrets);
    }
    return merged;
}
/** Either format, chosen by the extension as Trivy chooses it (`.yaml`/`.yml` → YAML). */
function parseIgnoreFile(text, file) {
    return /\.ya?ml$/i.test(file) ? parseTrivyIgnoreYaml(text, file) : parseTrivyIgnore(text, file);
}
/** `YYYY-MM-DD` → epoch ms at 00:00 UTC, or undefined when it is not a real date. */
function parseDate(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match)
        return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const date = new Date(ms);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
        return undefined;
    return ms;
}
function parseTrivyIgnore(text, file) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const fields = line.split(/\s+/);
        const origin = `${file}:${index + 1}`;
        const rule = { id: fields[0], paths: [], purls: [], origin };
        const exp = fields.slice(1).find(field => field.startsWith('exp:'));
        if (exp !== undefined) {
            const date = exp.slice('exp:'.length);
            const ms = parseDate(date);
            if (ms === undefined)
                throw new errors/* UserError */.yo(`${origin}: "${exp}" is not a date (expected exp:YYYY-MM-DD)`);
            rule.expiresAt = ms;
            rule.expires = date;
        }
        rules.push(rule);
    });
    // IDs in .trivyignore apply to every kind of finding, as in Trivy.
    return { files: [file], vulnerabilities: rules, misconfigurations: rules, secrets: rules };
}
const SECTIONS = ['vulnerabilities', 'misconfigurations', 'secrets', 'licenses'];
const ENTRY_KEYS = ['id', 'paths', 'purls', 'statement', 'expired_at'];
function parseTrivyIgnoreYaml(text, file) {
    let data;
    try {
        data = js_yaml/* default.load */.Ay.load(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${file}: not valid YAML: ${error.message.split('\n')[0]}`);
    }
    const rules = noIgnores();
    rules.files.push(file);
    if (data === undefined || data === null)
        return rules;
    if (typeof data !== 'object' || Array.isArray(data))
        throw new errors/* UserError */.yo(`${file}: expected a mapping with the keys ${SECTIONS.join(', ')}`);
    for (const [key, value] of Object.entries(data)) {
        if (!SECTIONS.includes(key))
            throw new errors/* UserError */.yo(`${file}: unknown key "${key}" (expected ${SECTIONS.join(', ')})`);
        if (value === null || value === undefined)
            continue;
        if (!Array.isArray(value))
            throw new errors/* UserError */.yo(`${file}: ${key} must be a list of entries`);
        const entries = value.map((entry, i) => yamlEntry(entry, `${file}: ${key}[${i}]`, key === 'vulnerabilities'));
        if (key !== 'licenses')
            rules[key].push(...entries);
    }
    return rules;
}
function stringList(value, where) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || value.some(item => typeof item !== 'string' || item === ''))
        throw new errors/* UserError */.yo(`${where} must be a list of strings`);
    return value;
}
function yamlEntry(entry, where, allowPurls) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
        throw new errors/* UserError */.yo(`${where} must be a mapping with id, paths, purls, statement, expired_at`);
    const e = entry;
    const unknown = Object.keys(e).find(key => !ENTRY_KEYS.includes(key));
    if (unknown)
        throw new errors/* UserError */.yo(`${where}: unknown key "${unknown}" (expected ${ENTRY_KEYS.join(', ')})`);
    if (e.id !== undefined && (typeof e.id !== 'string' || e.id.trim() === ''))
        throw new errors/* UserError */.yo(`${where}: id must be a non-empty string`);
    const paths = stringList(e.paths, `${where}.paths`);
    for (const path of paths)
        if (!(0,glob/* globToRegExp */.t)(path))
            throw new errors/* UserError */.yo(`${where}.paths: "${path}" is not a valid glob pattern`);
    const purlTexts = stringList(e.purls, `${where}.purls`);
    if (purlTexts.length > 0 && !allowPurls)
        throw new errors/* UserError */.yo(`${where}: purls is only supported for vulnerabilities`);
    const purls = purlTexts.map(text => {
        const purl = (0,scan_purl/* parsePurl */.$)(text);
        if (!purl)
            throw new errors/* UserError */.yo(`${where}.purls: "${text}" is not a package URL (pkg:type/namespace/name@version)`);
        return purl;
    });
    const id = typeof e.id === 'string' ? e.id.trim() : undefined;
    if (!id && paths.length === 0 && purls.length === 0)
        throw new errors/* UserError */.yo(`${where}: an entry needs an id, paths or purls`);
    if (e.statement !== undefined && typeof e.statement !== 'string')
        throw new errors/* UserError */.yo(`${where}: statement must be a string`);
    const rule = {
        id,
        paths,
        purls,
        statement: e.statement,
        origin: where.replace(/: /, ' ')
    };
    if (e.expired_at !== undefined && e.expired_at !== null) {
        // js-yaml reads an unquoted date as a Date; a quoted one stays a string.
        const text = e.expired_at instanceof Date && !Number.isNaN(e.expired_at.getTime())
            ? e.expired_at.toISOString().slice(0, 10)
            : String(e.expired_at);
        const ms = e.expired_at instanceof Date ? e.expired_at.getTime() : parseDate(text);
        if (ms === undefined || Number.isNaN(ms))
            throw new errors/* UserError */.yo(`${where}: expired_at "${text}" is not a date (expected YYYY-MM-DD)`);
        rule.expiresAt = ms;
        rule.expires = text;
    }
    return rule;
}

;// CONCATENATED MODULE: ./lib/scan/image-archive.ts
/**
 * Whether a file handed to `trivy image --input` is an image archive at all: a gzip stream (checked
 * by its magic number only), or a tar archive holding an OCI layout (index.json) or a `docker save`
 * image (manifest.json). Only the 512-byte tar headers are read, by offset; the caller has checked
 * that the path is a regular file of a bounded size (lib/core/paths.ts).
 */


const BLOCK = 512;
/** Stop looking after this many entries: an image layout names index.json or manifest.json early. */
const MAX_ENTRIES = 100_000;
/** The entry's size, or -1 when its size field is not a number. */
function entrySize(block) {
    const size = tarEntrySize(block);
    return Number.isFinite(size) && size >= 0 ? size : -1;
}
/** A tar header: "ustar" magic, or a checksum that adds up (old v7 archives). */
function isHeader(block) {
    if (tarField(block, 257, 5) === 'ustar')
        return true;
    const stored = parseInt(tarField(block, 148, 8).trim(), 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : block[i];
    return Number.isFinite(stored) && stored === sum;
}
/** What is wrong with `path` as an image archive, or undefined when it is one. */
function image_archive_imageArchiveProblem(path) {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
        const total = fstatSync(fd).size;
        const block = Buffer.alloc(BLOCK);
        if (readSync(fd, block, 0, BLOCK, 0) >= 2 && block[0] === 0x1f && block[1] === 0x8b)
            return undefined;
        let offset = 0;
        let longName;
        for (let entries = 0; offset + BLOCK <= total && entries < MAX_ENTRIES; entries++) {
            readSync(fd, block, 0, BLOCK, offset);
            if (block.every(byte => byte === 0))
                break;
            const size = entrySize(block);
            if (!isHeader(block) || size < 0)
                return entries === 0 ? 'is not a tar archive' : 'is a damaged tar archive';
            const type = String.fromCharCode(block[156] || 48);
            if (type === 'x' || type === 'L') {
                const data = Buffer.alloc(Math.min(size, 64 * 1024));
                readSync(fd, data, 0, data.length, offset + BLOCK);
                longName = type === 'L' ? tarField(data, 0, data.length) : (paxPath(data) ?? longName);
            }
            else {
                const name = tarPath(block, longName).replace(/^\.\//, '');
                longName = undefined;
                if ((type === '0' || type === '7') && (name === 'index.json' || name === 'manifest.json'))
                    return undefined;
            }
            offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
        }
        return offset === 0 ? 'is not a tar archive' : 'holds no image (neither index.json nor manifest.json)';
    }
    finally {
        closeSync(fd);
    }
}

// EXTERNAL MODULE: ./lib/scan/report.ts
var report = __webpack_require__(96390);
;// CONCATENATED MODULE: ./lib/scan/trivy-args.ts
/**
 * Everything Shipline passes to Trivy, as pure functions: the release to install, the argv of the
 * one DB download and of each scan, and the environment (Trivy settings that would filter the
 * report are removed, so the report always holds every finding and the policy stays Shipline's).
 */


const trivy_args_DEFAULT_TRIVY_VERSION = '0.72.0';
const trivy_args_DEFAULT_TRIVY_BASE_URL = 'https://github.com/aquasecurity/trivy/releases/download';
const trivy_args_DEFAULT_DB_REPOSITORIES = (/* unused pure expression or super */ null && (['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2']));
const trivy_args_SCANNERS = (/* unused pure expression or super */ null && (['vuln', 'secret', 'misconfig']));
const PLATFORMS = { linux: 'Linux', darwin: 'macOS' };
const ARCHES = { x64: '64bit', arm64: 'ARM64' };
/**
 * SHA-256 of the archives of the Trivy versions Shipline pins (DEFAULT_TRIVY_VERSION), as in Trivy's
 * trivy_0.72.0_checksums.txt. That file could not be downloaded here; each value is quoted verbatim,
 * and identically, by several independent public sources found through the search corpus (a
 * generated PinnedRelease table "copied verbatim from trivy_0.72.0_checksums.txt", a Go tool's
 * expectedChecksums, a Makefile's trivy_*_SHA256SUM, a Rust tool's download table, shell installers).
 */
const PINNED_TRIVY = {
    '0.72.0': {
        'Linux-64bit': 'bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea',
        'Linux-ARM64': '2ca2c023109c2db6b2b77366b6717291452d4531167377d95c79547f0c8e3467',
        'macOS-64bit': 'ee5e60df8a98e5b89fd74a6d86f9e5c7e9a266a35002cb1e43291698b3bfee08',
        'macOS-ARM64': '88f208680dc05da2b459e19b4f5aa2b4dc7c2117892ba4aab2ae63baba330016'
    }
};
/** Whether release `version` (`x.y.z`, maybe with a pre-release) is `floor` or later. */
function atLeast(version, floor) {
    const parts = (v) => v.split('-')[0].split('.').map(Number);
    const [a, b] = [parts(version), parts(floor)];
    for (let i = 0; i < 3; i++)
        if ((a[i] ?? 0) !== (b[i] ?? 0))
            return (a[i] ?? 0) > (b[i] ?? 0);
    return !version.includes('-');
}
/** The first release with a Sigstore bundle beside each asset (before it: .sig and .pem only). */
const FIRST_BUNDLED_TRIVY = '0.68.1';
/**
 * The release archive of `version` for this machine, as Trivy publishes it:
 * `<base>/v<version>/trivy_<version>_Linux-64bit.tar.gz`, listed in `trivy_<version>_checksums.txt`,
 * and how it is verified: the digest pinned here, else the checksums file whose Sigstore bundle
 * (`trivy_<version>_checksums.txt.sigstore.json`) is by Trivy's release workflow.
 */
function trivyRelease(version, baseUrl, platform, arch, trust = {}) {
    const os = PLATFORMS[platform];
    const cpu = ARCHES[arch];
    if (!os || !cpu)
        throw new UserError(`Trivy releases have no archive for ${platform}/${arch}; supported: linux or darwin on x64 or arm64`);
    const base = `${baseUrl.replace(/\/+$/, '')}/v${version}`;
    const archiveName = `trivy_${version}_${os}-${cpu}.tar.gz`;
    const checksumsUrl = `${base}/trivy_${version}_checksums.txt`;
    const bundleUrl = `${checksumsUrl}.sigstore.json`;
    const bundled = atLeast(version, FIRST_BUNDLED_TRIVY);
    return {
        tool: 'trivy',
        version,
        archiveUrl: `${base}/${archiveName}`,
        checksumsUrl,
        archiveName,
        binary: 'trivy',
        pinnedSha256: (trust.pinned ?? PINNED_TRIVY)[version]?.[`${os}-${cpu}`],
        signature: bundled
            ? {
                url: bundleUrl,
                signer: `Trivy's release workflow (Sigstore bundle, v${version})`,
                verify: async (checksums, bundle) => {
                    const { verifyTrivyChecksums } = await __webpack_require__.e(/* import() */ 7989).then(__webpack_require__.bind(__webpack_require__, 7989));
                    await verifyTrivyChecksums(checksums, bundle, version, bundleUrl, trust.trustedRoot);
                }
            }
            : undefined,
        unverifiable: bundled
            ? undefined
            : `Trivy ${version} has no digest pinned in Shipline and predates Trivy's signed release bundles (v${FIRST_BUNDLED_TRIVY}): use trivy-version ${trivy_args_DEFAULT_TRIVY_VERSION} (pinned) or ${FIRST_BUNDLED_TRIVY} or later`
    };
}
/** The one vulnerability DB download of a step, into `cacheDir/db`. */
function dbDownloadArgs(cacheDir, repository) {
    return [
        'image',
        '--download-db-only',
        '--cache-dir',
        cacheDir,
        '--db-repository',
        repository,
        '--no-progress'
    ];
}
/** One image's scan: JSON with every severity, the DB never updated, Trivy's exit code never the gate. */
function scanArgs(target, options) {
    return [
        'image',
        '--cache-dir',
        options.cacheDir,
        '--skip-db-update',
        '--format',
        'json',
        '--output',
        options.output,
        '--severity',
        [...SEVERITIES].reverse().join(','),
        '--exit-code',
        '0',
        '--scanners',
        options.scanners.join(','),
        '--timeout',
        `${Math.max(1, Math.round(options.timeoutMs / 1000))}s`,
        '--no-progress',
        ...(target.kind === 'archive' ? ['--input', target.path] : [target.ref])
    ];
}
/** Trivy settings (flags as TRIVY_* variables) that would filter or redirect the report. */
const FILTERING_ENV = [
    'SEVERITY',
    'IGNORE_UNFIXED',
    'IGNORE_STATUS',
    'IGNOREFILE',
    'IGNORE_POLICY',
    'VEX',
    'SHOW_SUPPRESSED',
    'FORMAT',
    'TEMPLATE',
    'OUTPUT',
    'EXIT_CODE',
    'EXIT_ON_EOL',
    'CONFIG',
    'CACHE_DIR',
    'SKIP_DB_UPDATE',
    'DB_REPOSITORY',
    'SCANNERS',
    'PKG_TYPES',
    'VULN_TYPE',
    'SKIP_FILES',
    'SKIP_DIRS',
    'QUIET',
    'LIST_ALL_PKGS'
].map(name => `TRIVY_${name}`);
/** `env` without the TRIVY_* variables that could change what the report holds. */
function trivyEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (!FILTERING_ENV.includes(key.toUpperCase()))
            out[key] = value;
    return out;
}

;// CONCATENATED MODULE: ./lib/scan/options.ts
/** What a scan needs, read from inputs (scan-images', or the CLI's flags), validated before anything runs. */











const SCAN_INPUTS = {
    images: 'images',
    severity: 'severity',
    ignoreUnfixed: 'ignore-unfixed',
    unknownSeverity: 'unknown-severity',
    ignoreFiles: 'ignore-files',
    failOnFindings: 'fail-on-findings',
    concurrency: 'concurrency',
    scanners: 'scanners',
    timeout: 'timeout',
    outputDir: 'output-dir',
    trivyVersion: 'trivy-version',
    trivyBaseUrl: 'trivy-base-url',
    dbRepositories: 'db-repositories',
    cacheDb: 'cache-db',
    maxDbAge: 'max-db-age'
};
const INPUTS = SCAN_INPUTS;
/** The ignore files read when `ignore-files` is empty, each only if it exists (as Trivy does). */
const DEFAULT_IGNORE_FILES = ['.trivyignore', '.trivyignore.yaml'];
const DEFAULT_SEVERITY = ['CRITICAL', 'HIGH'];
const GATED = report/* SEVERITIES */.oC.filter(s => s !== 'UNKNOWN');
const SHORT_LIST = { maxLines: 16, maxLineLength: 16 };
const MAX_IGNORE_FILE_BYTES = 1 * core_paths/* MiB */.lv;
const MAX_ARCHIVE_BYTES = 64 * core_paths/* GiB */.T3;
const ACCEPTED_IGNORE_FILES = 'paths of existing .trivyignore or .trivyignore.yaml files of at most 1 MiB, in the workspace';
const ACCEPTED_ARCHIVE = 'an image archive (docker save or OCI layout; .tar, .tar.gz or .tgz) of at most 64 GiB, in the workspace or RUNNER_TEMP';
const ACCEPTED_OUTPUT_DIR = 'a directory in the workspace or RUNNER_TEMP (created when missing)';
function readSeverities(inputs, name) {
    const values = inputs.list(name, { default: DEFAULT_SEVERITY, ...SHORT_LIST }).map(v => v.toUpperCase());
    for (const value of values) {
        if (value === 'UNKNOWN')
            throw new errors/* InputError */.dz(name, 'UNKNOWN is set by unknown-severity, not here', `a list of ${GATED.join(', ')}`);
        if (!GATED.includes(value))
            throw new errors/* InputError */.dz(name, `"${value}" is not a severity`, `a comma-separated list of ${GATED.join(', ')}`);
    }
    return [...new Set(values)];
}
/**
 * Ignore files: the named ones must exist; with none named, the defaults are read when present.
 * Each is a regular file of at most 1 MiB in the workspace `cwd`.
 */
function readIgnoreFiles(files, name, cwd) {
    const named = files.length > 0;
    const paths = named ? files : DEFAULT_IGNORE_FILES.filter(file => (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, file)));
    return mergeIgnores(paths.map(file => (0,inputs/* parseInputFile */.e1)(name, (0,core_paths/* fileInput */.Fg)(name, file, {
        root: cwd,
        accepted: ACCEPTED_IGNORE_FILES,
        maxBytes: MAX_IGNORE_FILE_BYTES
    }), text => parseIgnoreFile(text, file), {
        unreadable: ACCEPTED_IGNORE_FILES,
        invalid: 'the .trivyignore or .trivyignore.yaml formats of Trivy'
    }, file, MAX_IGNORE_FILE_BYTES)));
}
function readPolicyOptions(inputs, names = INPUTS, cwd = process.cwd()) {
    return {
        severities: readSeverities(inputs, names.severity),
        ignoreUnfixed: inputs.boolean(names.ignoreUnfixed, false),
        unknownSeverity: inputs.oneOf(names.unknownSeverity, ['fail', 'ignore'], 'fail'),
        ignores: readIgnoreFiles(inputs.multiline(names.ignoreFiles), names.ignoreFiles, cwd)
    };
}
/** An image archive: a regular file of at most 64 GiB in the workspace or RUNNER_TEMP, and an image archive. */
function readArchive(path, cwd, env) {
    const full = fileInput(INPUTS.images, path, {
        root: cwd,
        alsoUnder: [env.RUNNER_TEMP],
        accepted: ACCEPTED_ARCHIVE,
        maxBytes: MAX_ARCHIVE_BYTES
    });
    const problem = imageArchiveProblem(full);
    if (problem)
        throw new InputError(INPUTS.images, `${quoted(path)} ${problem}`, ACCEPTED_ARCHIVE);
    return full;
}
function readTargets(inputs, cwd, env) {
    const lines = inputs.multiline(INPUTS.images, { required: true, maxLines: 256, maxLineLength: 1024 });
    const accepted = 'one image per line: a reference such as registry/repo:tag or repo@sha256:…, or an archive as oci-archive:PATH or ./PATH.tar';
    const seen = new Set();
    const classified = lines.map(line => {
        const target = classify(line);
        if ('problem' in target)
            throw new InputError(INPUTS.images, target.problem, accepted);
        if (seen.has(line))
            throw new InputError(INPUTS.images, `"${line}" is listed twice`, accepted);
        seen.add(line);
        if (target.kind === 'archive')
            return { ...target, path: readArchive(target.path, cwd, env) };
        return target;
    });
    return nameTargets(classified);
}
const VERSION = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
/** An OCI repository for the DB: host[:port]/path[:tag], no scheme. */
const DB_REPOSITORY = /^[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*(?::\d{1,5})?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+(?::[\w][\w.-]{0,127})?$/;
function readScanners(inputs) {
    const scanners = inputs.list(INPUTS.scanners, { default: ['vuln', 'secret'], ...SHORT_LIST });
    for (const scanner of scanners)
        if (!SCANNERS.includes(scanner))
            throw new InputError(INPUTS.scanners, `${quoted(scanner)} is not a scanner Shipline judges`, SCANNERS.join(', '));
    return [...new Set(scanners)];
}
/** Where reports go: a directory (created when missing) in the workspace or RUNNER_TEMP. */
function readOutputDir(inputs, cwd, env) {
    return directoryInput(INPUTS.outputDir, inputs.string(INPUTS.outputDir, { default: '.shipline/scan' }), {
        root: cwd,
        alsoUnder: [env.RUNNER_TEMP],
        accepted: ACCEPTED_OUTPUT_DIR,
        mayBeMissing: true
    });
}
function readDbRepositories(inputs) {
    const repositories = inputs.list(INPUTS.dbRepositories, {
        default: DEFAULT_DB_REPOSITORIES,
        maxLines: 16,
        maxLineLength: 512
    });
    for (const repository of repositories)
        if (!DB_REPOSITORY.test(repository))
            throw new InputError(INPUTS.dbRepositories, `"${repository}" is not an OCI repository`, 'repositories such as mirror.gcr.io/aquasec/trivy-db, one per line, without a scheme');
    return [...new Set(repositories)];
}
/** Every scan option; `cwd` is the workspace, `env` gives RUNNER_TEMP (where archives and reports may be too). */
function readScanOptions(inputs, cwd = process.cwd(), env = process.env) {
    const targets = readTargets(inputs, cwd, env);
    const policy = readPolicyOptions(inputs, INPUTS, cwd);
    const failOnFindings = inputs.boolean(INPUTS.failOnFindings, true);
    const concurrency = inputs.integer(INPUTS.concurrency, 2, { min: 1, max: 16 });
    const scanners = readScanners(inputs);
    const timeoutMs = inputs.duration(INPUTS.timeout, '10m', { min: 10_000, max: 6 * 3_600_000 });
    const outputDir = readOutputDir(inputs, cwd, env);
    const versionText = inputs.string(INPUTS.trivyVersion, { default: DEFAULT_TRIVY_VERSION });
    const version = VERSION.exec(versionText);
    if (!version)
        throw new InputError(INPUTS.trivyVersion, `"${versionText}" is not a pinned version`, `a release version such as ${DEFAULT_TRIVY_VERSION}`);
    const trivyBaseUrl = inputs
        .string(INPUTS.trivyBaseUrl, { default: DEFAULT_TRIVY_BASE_URL })
        .replace(/\/+$/, '');
    const url = URL.canParse(trivyBaseUrl) ? new URL(trivyBaseUrl) : undefined;
    if (!url || insecureUrlProblem(trivyBaseUrl) || url.search || url.hash)
        throw new InputError(INPUTS.trivyBaseUrl, `"${trivyBaseUrl}" is not an https base URL`, `the HTTPS URL under which v<version>/ holds the release files, such as ${DEFAULT_TRIVY_BASE_URL} (plain http only on loopback)`);
    const dbRepositories = readDbRepositories(inputs);
    return {
        targets,
        ...policy,
        failOnFindings,
        concurrency,
        scanners,
        timeoutMs,
        outputDir,
        trivyVersion: version[1],
        trivyBaseUrl,
        dbRepositories,
        cacheDb: inputs.boolean(INPUTS.cacheDb, true),
        maxDbAgeMs: inputs.duration(INPUTS.maxDbAge, '48h', { min: 3_600_000, max: 30 * 24 * 3_600_000 })
    };
}


/***/ }),

/***/ 10597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parsePurl),
/* harmony export */   l: () => (/* binding */ purlMatches)
/* harmony export */ });
function parsePurl(text) {
    const match = /^pkg:([A-Za-z.+-][A-Za-z0-9.+-]*)\/([^?#@]+?)(?:@([^?#]+))?(?:\?([^#]*))?(?:#.*)?$/.exec(text.trim());
    if (!match)
        return undefined;
    const [, type, path, version, query] = match;
    const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    const name = segments.pop();
    if (!name)
        return undefined;
    const qualifiers = {};
    for (const pair of (query ?? '').split('&').filter(Boolean)) {
        const [key, value = ''] = pair.split('=');
        qualifiers[key.toLowerCase()] = decodeURIComponent(value);
    }
    return {
        type: type.toLowerCase(),
        namespace: segments.join('/'),
        name,
        version: version === undefined ? undefined : decodeURIComponent(version),
        qualifiers
    };
}
function purlMatches(pattern, target) {
    if (pattern.type !== target.type || pattern.namespace !== target.namespace || pattern.name !== target.name)
        return false;
    if (pattern.version !== undefined && pattern.version !== target.version)
        return false;
    return Object.entries(pattern.qualifiers).every(([key, value]) => target.qualifiers[key] === value);
}


/***/ }),

/***/ 5241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ judgeReportFiles)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/inputs.ts
var inputs = __webpack_require__(57579);
// EXTERNAL MODULE: ./lib/scan/purl.ts
var purl = __webpack_require__(10597);
// EXTERNAL MODULE: ./lib/core/glob.ts
var glob = __webpack_require__(16384);
// EXTERNAL MODULE: ./lib/scan/report.ts
var scan_report = __webpack_require__(96390);
;// CONCATENATED MODULE: ./lib/scan/policy.ts
/**
 * The scan gate: `judge(report, policy)` decides, from Trivy's JSON alone, whether an image passes.
 * Trivy runs with every severity and no filters, so nothing (a SARIF format, a trivy.yaml, a
 * TRIVY_SEVERITY variable) can hide a finding from the gate. Pure: the time is part of the policy.
 *
 * Order of the rules: ignore-unfixed drops vulnerabilities without a fix; the ignore files drop the
 * findings they match (until their expiry); what remains counts, and a remaining finding whose
 * severity is in the threshold, or UNKNOWN when `unknownSeverity` is `fail`, violates the policy.
 */



function summarizePolicy(policy) {
    return {
        severities: [...policy.severities].sort((a, b) => (0,scan_report/* severityRank */.qs)(a) - (0,scan_report/* severityRank */.qs)(b)),
        ignoreUnfixed: policy.ignoreUnfixed,
        unknownSeverity: policy.unknownSeverity,
        ignoreFiles: [...policy.ignores.files]
    };
}
function violates(finding, policy) {
    if (finding.severity === 'UNKNOWN')
        return policy.unknownSeverity === 'fail';
    return policy.severities.includes(finding.severity);
}
/** Most severe first; fixable before unfixed; then by id for a stable order. */
function compareFindings(a, b) {
    return ((0,scan_report/* severityRank */.qs)(a.severity) - (0,scan_report/* severityRank */.qs)(b.severity) ||
        Number(b.fixable) - Number(a.fixable) ||
        a.id.localeCompare(b.id) ||
        (a.pkgName ?? a.target).localeCompare(b.pkgName ?? b.target));
}
function rulesFor(finding, ignores) {
    if (finding.kind === 'vulnerability')
        return ignores.vulnerabilities;
    if (finding.kind === 'misconfiguration')
        return ignores.misconfigurations;
    return ignores.secrets;
}
/** Whether `rule` matches `finding`, as Trivy matches: id (or alias), then paths, then purls. */
function ruleMatches(rule, finding) {
    if (rule.id !== undefined && rule.id !== finding.id && !finding.aliases.includes(rule.id))
        return false;
    if (rule.paths.length > 0) {
        const candidates = [finding.target, finding.pkgPath].filter((p) => Boolean(p));
        if (!rule.paths.some(pattern => candidates.some(path => (0,glob/* globMatch */.e)(pattern, path))))
            return false;
    }
    if (rule.purls.length > 0 && finding.purl) {
        const target = (0,purl/* parsePurl */.$)(finding.purl);
        if (target && !rule.purls.some(pattern => (0,purl/* purlMatches */.l)(pattern, target)))
            return false;
    }
    return true;
}
function describeRule(rule) {
    return rule.statement ? `${rule.origin} (${rule.statement})` : rule.origin;
}
function judge(report, policy) {
    const counts = (0,scan_report/* emptyCounts */.W1)();
    const findings = [];
    const ignored = [];
    const expired = [];
    for (const finding of report.findings) {
        if (policy.ignoreUnfixed && finding.kind === 'vulnerability' && !finding.fixable) {
            ignored.push({ finding, reason: 'unfixed' });
            continue;
        }
        const matching = rulesFor(finding, policy.ignores).filter(rule => ruleMatches(rule, finding));
        const active = matching.find(rule => rule.expiresAt === undefined || rule.expiresAt > policy.now);
        if (active) {
            ignored.push({ finding, reason: describeRule(active) });
            continue;
        }
        if (matching.length > 0)
            expired.push({ finding, rule: matching[0] });
        counts[finding.severity]++;
        findings.push(finding);
    }
    findings.sort(compareFindings);
    const violations = findings.filter(finding => violates(finding, policy));
    return {
        artifact: report.artifactName,
        counts,
        fixable: findings.filter(f => f.kind === 'vulnerability' && f.fixable).length,
        findings,
        violations,
        ignored,
        expired,
        passed: violations.length === 0,
        policy: summarizePolicy(policy)
    };
}

;// CONCATENATED MODULE: ./lib/scan/report-files.ts
/**
 * Saved Trivy JSON reports, judged: what `shipline scan-report` and the pipeline's PR comment show.
 * Each report is named after its file (made unique), as scan-images names its own reports.
 */




/** `input` names what the user passed (an argument or a flag) in errors. */
function readReport(path, input) {
    return (0,inputs/* parseInputFile */.e1)(input, path, text => (0,scan_report/* parseTrivyReport */.Qg)(text, path), {
        unreadable: 'paths of Trivy JSON reports (trivy --format json)',
        invalid: 'Trivy JSON reports (trivy --format json)'
    });
}
function judgeReportFiles(paths, policy, input = 'REPORT') {
    const used = new Set();
    return paths.map(path => {
        const report = readReport(path, input);
        const base = (0,external_node_path_.basename)(path).replace(/\.json$/i, '') || 'report';
        let name = base;
        for (let n = 2; used.has(name); n++)
            name = `${base}-${n}`;
        used.add(name);
        return { image: path, name, reportPath: path, judgement: judge(report, policy) };
    });
}


/***/ }),

/***/ 96390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qg: () => (/* binding */ parseTrivyReport),
/* harmony export */   W1: () => (/* binding */ emptyCounts),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/* unused harmony exports normalizeSeverity, readTrivyReport */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21085);
/**
 * Trivy's JSON report (SchemaVersion 2) read into one flat list of findings: vulnerabilities,
 * failed misconfiguration checks and secrets, each with the fields the policy, the SARIF converter
 * and the summary need. Pure: text in, findings out.
 */

const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
function emptyCounts() {
    return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
}
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
/** Trivy treats an empty severity as UNKNOWN; so does Shipline, and anything unrecognised too. */
function normalizeSeverity(value) {
    const text = typeof value === 'string' ? value.toUpperCase() : '';
    return SEVERITIES.includes(text) ? text : 'UNKNOWN';
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value) => typeof value === 'string' && value !== '' ? value : undefined;
const num = (value) => typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const httpsUrl = (value) => {
    const text = str(value);
    return text && /^https:\/\/[^\s<>"]+$/.test(text) ? text : undefined;
};
function list(value, where) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where} is not an array`);
    return value.map((item, i) => {
        if (!isObject(item))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}[${i}] is not an object`);
        return item;
    });
}
/** A Trivy JSON report from its text; a UserError names the source when it is not one. */
function parseTrivyReport(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${source} is not valid JSON: ${error.message}`);
    }
    return readTrivyReport(data, source);
}
function readTrivyReport(data, source) {
    if (!isObject(data) || data.SchemaVersion !== 2)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${source} is not a Trivy JSON report (expected an object with "SchemaVersion": 2, from trivy --format json)`);
    const findings = [];
    list(data.Results, `${source}: Results`).forEach((result, r) => {
        const where = `${source}: Results[${r}]`;
        const target = str(result.Target) ?? '';
        const resultClass = str(result.Class) ?? '';
        for (const v of list(result.Vulnerabilities, `${where}.Vulnerabilities`))
            findings.push(vulnerability(v, target, resultClass, where));
        for (const m of list(result.Misconfigurations, `${where}.Misconfigurations`)) {
            // Only failed checks are findings (PASS entries appear with --include-non-failures).
            if (m.Status === undefined || m.Status === 'FAIL')
                findings.push(misconfiguration(m, target, resultClass, where));
        }
        for (const s of list(result.Secrets, `${where}.Secrets`))
            findings.push(secret(s, target, resultClass, where));
    });
    return {
        source,
        artifactName: str(data.ArtifactName) ?? source,
        artifactType: str(data.ArtifactType) ?? '',
        findings
    };
}
function requireId(value, field, where) {
    const id = str(value);
    if (!id)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where} has an entry without ${field}`);
    return id;
}
function vulnerability(v, target, resultClass, where) {
    const status = str(v.Status);
    const fixedVersion = str(v.FixedVersion);
    const identifier = isObject(v.PkgIdentifier) ? v.PkgIdentifier : {};
    return {
        kind: 'vulnerability',
        id: requireId(v.VulnerabilityID, 'VulnerabilityID', `${where}.Vulnerabilities`),
        aliases: [],
        severity: normalizeSeverity(v.Severity),
        target,
        resultClass,
        title: str(v.Title) ?? str(v.Description)?.slice(0, 120) ?? '',
        description: str(v.Description),
        url: httpsUrl(v.PrimaryURL),
        pkgName: str(v.PkgName),
        pkgPath: str(v.PkgPath),
        purl: str(identifier.PURL),
        installedVersion: str(v.InstalledVersion),
        fixedVersion,
        // Trivy's --ignore-unfixed keeps status "fixed" only; reports without a status fall back to FixedVersion.
        fixable: status ? status === 'fixed' : fixedVersion !== undefined,
        cvssScore: cvssScore(v)
    };
}
function cvssScore(v) {
    if (!isObject(v.CVSS))
        return undefined;
    const sources = v.CVSS;
    const preferred = [str(v.SeveritySource), 'nvd'].filter((s) => Boolean(s));
    for (const name of preferred) {
        const entry = sources[name];
        if (isObject(entry) && num(entry.V3Score) !== undefined)
            return num(entry.V3Score);
    }
    for (const entry of Object.values(sources))
        if (isObject(entry) && num(entry.V3Score) !== undefined)
            return num(entry.V3Score);
    return undefined;
}
function misconfiguration(m, target, resultClass, where) {
    const cause = isObject(m.CauseMetadata) ? m.CauseMetadata : {};
    const id = str(m.ID) ?? requireId(m.AVDID, 'ID', `${where}.Misconfigurations`);
    const avd = str(m.AVDID);
    return {
        kind: 'misconfiguration',
        id,
        aliases: avd && avd !== id ? [avd] : [],
        severity: normalizeSeverity(m.Severity),
        target,
        resultClass,
        title: str(m.Title) ?? id,
        description: str(m.Description),
        message: str(m.Message),
        url: httpsUrl(m.PrimaryURL),
        fixable: false,
        startLine: num(cause.StartLine),
        endLine: num(cause.EndLine)
    };
}
function secret(s, target, resultClass, where) {
    return {
        kind: 'secret',
        id: requireId(s.RuleID, 'RuleID', `${where}.Secrets`),
        aliases: [],
        severity: normalizeSeverity(s.Severity),
        target,
        resultClass,
        title: str(s.Title) ?? str(s.RuleID) ?? '',
        message: str(s.Match),
        fixable: false,
        startLine: num(s.StartLine),
        endLine: num(s.EndLine)
    };
}


/***/ })

};
