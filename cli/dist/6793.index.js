export const id = 6793;
export const ids = [6793];
export const modules = {

/***/ 9715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   POLICY_FAILED: () => (/* binding */ POLICY_FAILED),
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _lib_core_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1866);
/* harmony import */ var _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21085);
/* harmony import */ var _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57579);
/* harmony import */ var _lib_core_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77168);
/* harmony import */ var _lib_scan_findings_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49846);
/* harmony import */ var _lib_scan_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82917);
/* harmony import */ var _lib_scan_report_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5241);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73619);
/**
 * `shipline scan-report`: scan-images' judgement on saved Trivy JSON reports. Prints the same
 * markdown as the job summary; exit 0 when the policy passes, 3 when findings violate it, 2 on bad
 * input. The policy code is the action's own (judge, the ignore files, the renderer).
 */








/** Exit code when findings violate the policy (the report itself was fine). */
const POLICY_FAILED = 3;
const MAX_REPORTS = 256;
const MAX_REPORT_BYTES = 64 * _lib_core_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .MiB */ .lv;
const REPORTS_ACCEPTED = `at most ${MAX_REPORTS} Trivy JSON reports of at most 64 MiB each, in the current directory or RUNNER_TEMP`;
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
        if (positionals.length > MAX_REPORTS)
            throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('REPORT', `${positionals.length} reports were given`, REPORTS_ACCEPTED);
        for (const path of positionals)
            (0,_lib_core_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .fileInput */ .Fg)('REPORT', path, {
                root: process.cwd(),
                alsoUnder: [process.env.RUNNER_TEMP],
                accepted: REPORTS_ACCEPTED,
                maxBytes: MAX_REPORT_BYTES
            });
        const policy = { ...(0,_lib_scan_options_js__WEBPACK_IMPORTED_MODULE_5__/* .readPolicyOptions */ .PS)(inputs, FLAGS), now: _lib_core_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m.now() };
        const results = (0,_lib_scan_report_files_js__WEBPACK_IMPORTED_MODULE_6__/* .judgeReportFiles */ .f)(positionals, policy);
        process.stdout.write(`${(0,_lib_scan_findings_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .renderScanFindings */ .Ey)(results)}\n`);
        return results.every(_lib_scan_findings_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .resultPassed */ .yM) ? _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok : POLICY_FAILED;
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


/***/ }),

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

/***/ 77168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ fileInput),
/* harmony export */   K: () => (/* binding */ directoryInput),
/* harmony export */   T3: () => (/* binding */ GiB),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   _l: () => (/* binding */ pathInside),
/* harmony export */   gl: () => (/* binding */ pathKind),
/* harmony export */   lv: () => (/* binding */ MiB),
/* harmony export */   m2: () => (/* binding */ readCheckedFile),
/* harmony export */   qJ: () => (/* binding */ outputFileInput),
/* harmony export */   ty: () => (/* binding */ KiB)
/* harmony export */ });
/* unused harmony exports MAX_PATH_CHARS, formatBytes, regularFileProblem, checkRegularFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21085);
/**
 * Paths that inputs name: they stay inside the workspace (the repository checkout), or inside the
 * runner's temporary directory where an input allows it, after symbolic links are followed; a file
 * input is a regular file of a bounded size, checked with stat before anything opens it (a named
 * pipe or a device such as /dev/zero is never read); a directory input is a directory, or missing
 * where the input may be created. Every refusal is an InputError naming the input.
 */



const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
/** Longer values are refused before the file system sees them (Linux's PATH_MAX). */
const MAX_PATH_CHARS = 4096;
/** A value as an error shows it: quoted, and cut when it is long (a 120 kB value stays one short line). */
function quoted(value, max = 120) {
    if (value.length <= max)
        return `"${value}"`;
    return `"${value.slice(0, max)}…" (${value.length} characters)`;
}
/** A byte count for messages: 1048576 → 1 MiB. */
function formatBytes(bytes) {
    for (const [unit, size] of [
        ['GiB', GiB],
        ['MiB', MiB],
        ['KiB', KiB]
    ])
        if (bytes >= size && bytes % size === 0)
            return `${bytes / size} ${unit}`;
    return `${bytes} bytes`;
}
/** The real path of `path`, or of its deepest existing ancestor joined with the rest. */
function realPathOf(path) {
    let existing = path;
    const rest = [];
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(existing), ...rest.reverse());
        }
        catch {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing);
            if (parent === existing)
                return path;
            rest.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, existing));
            existing = parent;
        }
    }
}
function within(dir, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function explain(error) {
    const code = error?.code;
    if (code === 'ENAMETOOLONG')
        return 'is too long a path';
    if (code === 'ENOTDIR')
        return 'goes through something that is not a directory';
    if (code === 'ELOOP')
        return 'has a loop of symbolic links';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    return undefined;
}
/** The absolute path `value` names, refused when it resolves outside the allowed directories. */
function pathInside(input, value, rules) {
    if (value.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, 'contains a NUL character', rules.accepted);
    if (value.length > MAX_PATH_CHARS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(value, 60)} is too long a path`, rules.accepted);
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(rules.root, value);
    let real;
    try {
        real = realPathOf(absolute);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(value)} ${explain(error) ?? 'cannot be resolved'}`, rules.accepted);
    }
    const allowed = [rules.root, ...(rules.alsoUnder ?? [])].filter((dir) => Boolean(dir));
    if (!allowed.some(dir => within(realPathOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir)), real)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(value)} is outside the workspace${rules.alsoUnder?.some(Boolean) ? ' and the runner temporary directory' : ''}`, rules.accepted);
    return absolute;
}
/** What is at `path` (following links): a regular file, a directory, nothing, or something else. */
function pathKind(input, path, accepted, shownAs = path) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (stat.isFile())
            return 'file';
        if (stat.isDirectory())
            return 'directory';
        return 'other';
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
                return 'other'; // a dangling link
            }
            catch {
                return 'missing';
            }
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} ${explain(error) ?? 'cannot be read'}`, accepted);
    }
}
function tooLarge(input, shownAs, size, maxBytes, accepted) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} is ${size} bytes, more than the ${formatBytes(maxBytes)} allowed`, accepted);
}
/**
 * What keeps `path` from being a regular file of at most `maxBytes` (`is not a regular file`, `is
 * 2097152 bytes, more than the 1 MiB allowed`, …), or undefined: for messages of their own.
 */
function regularFileProblem(path, maxBytes) {
    try {
        checkRegularFile('', path, path, maxBytes, '');
        return undefined;
    }
    catch (error) {
        if (!(error instanceof InputError))
            throw error;
        return error.problem.replace(`${quoted(path)} `, '');
    }
}
/** `path` must be a regular file of at most `maxBytes`: never a pipe, a device or a directory. */
function checkRegularFile(input, path, shownAs, maxBytes, accepted) {
    const kind = pathKind(input, path, accepted, shownAs);
    if (kind === 'missing')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} does not exist`, accepted);
    if (kind === 'directory')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} is a directory`, accepted);
    if (kind === 'other')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} is not a regular file`, accepted);
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    if (size > maxBytes)
        throw tooLarge(input, shownAs, size, maxBytes, accepted);
}
/** The absolute path of a file input: inside the allowed directories, a regular file of at most maxBytes. */
function fileInput(input, value, rules) {
    const path = pathInside(input, value, rules);
    checkRegularFile(input, path, value, rules.maxBytes, rules.accepted);
    return path;
}
/**
 * The absolute path of a file a command writes: inside the allowed directories, and either not there
 * yet or a regular file (never a directory, a pipe or a device).
 */
function outputFileInput(input, value, rules) {
    const path = pathInside(input, value, rules);
    const kind = pathKind(input, path, rules.accepted, value);
    if (kind === 'directory' || kind === 'other')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(value)} is ${kind === 'directory' ? 'a directory' : 'not a regular file'}`, rules.accepted);
    return path;
}
/**
 * The text of a file an input names, read only after its kind and size are checked; opened
 * non-blocking and checked again on the descriptor, so a file swapped for a pipe in between is
 * still never waited on, and a file that grew is still bounded.
 */
function readCheckedFile(input, path, shownAs, maxBytes, accepted) {
    checkRegularFile(input, path, shownAs, maxBytes, accepted);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} ${explain(error) ?? 'cannot be read'}`, accepted);
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} is not a regular file`, accepted);
        if (stat.size > maxBytes)
            throw tooLarge(input, shownAs, stat.size, maxBytes, accepted);
        const buffer = Buffer.alloc(stat.size);
        let read = 0;
        while (read < buffer.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, read, buffer.length - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return buffer.subarray(0, read).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The absolute path of a directory input: inside the allowed directories, and a directory; with
 * `mayBeMissing`, also a path not there yet (created later) whose existing part is a directory.
 */
function directoryInput(input, value, rules) {
    const path = pathInside(input, value, rules);
    const kind = pathKind(input, path, rules.accepted, value);
    if (kind === 'directory' || (kind === 'missing' && rules.mayBeMissing))
        return path;
    if (kind === 'missing')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(value)} does not exist`, rules.accepted);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(value)} is ${kind === 'file' ? 'a file' : 'not a directory'}`, rules.accepted);
}


/***/ })

};
