export const id = 5606;
export const ids = [5606];
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


/***/ }),

/***/ 38687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W$: () => (/* binding */ COMMENT_LIMIT),
  zk: () => (/* binding */ renderPlanComment)
});

// UNUSED EXPORTS: SUMMARY_LIMIT, renderPlanCommentFromJson, renderPlanFailure

// EXTERNAL MODULE: ./lib/core/markdown.ts
var markdown = __webpack_require__(71235);
// EXTERNAL MODULE: ./lib/terraform/plan-json.ts
var plan_json = __webpack_require__(32001);
;// CONCATENATED MODULE: ./lib/terraform/plan-model.ts
/**
 * What a plan does, in the terms a reviewer needs: each resource change classified (and ranked by
 * risk), the counts exactly as Terraform prints them, and destroy/replace reasons in words.
 */

/** Higher is riskier: details of lower ranks are cut first, destroy/replace lines last of all. */
const RISK = {
    replace: 9,
    delete: 8,
    unknown: 7,
    forget: 6,
    update: 5,
    import: 4,
    create: 3,
    drift: 2,
    move: 1,
    output: 1,
    read: 0,
    'no-op': 0
};
/** The order of action groups inside a module: riskiest first. */
const KIND_ORDER = [
    'replace',
    'delete',
    'unknown',
    'forget',
    'update',
    'import',
    'create',
    'move',
    'read'
];
const KIND_LABEL = {
    replace: 'replace',
    delete: 'destroy',
    forget: 'forget (removed from state, not destroyed)',
    update: 'update in-place',
    create: 'create',
    import: 'import',
    move: 'move',
    read: 'read (data sources)',
    'no-op': 'no-op',
    unknown: 'unknown action'
};
function kindOf(rc) {
    const actions = rc.change.actions;
    const first = actions[0];
    if (actions.length === 1) {
        switch (first) {
            case 'no-op':
                if (rc.change.importing)
                    return 'import';
                return (0,plan_json/* isMoved */.yu)(rc) ? 'move' : 'no-op';
            case 'create':
            case 'read':
            case 'update':
            case 'forget':
                return first;
            case 'delete':
                return 'delete';
            default:
                return 'unknown';
        }
    }
    if (actions.length === 2 &&
        ((first === 'delete' && actions[1] === 'create') || (first === 'create' && actions[1] === 'delete')))
        return 'replace';
    return 'unknown';
}
/** The kind of every resource change, in order (computed once per render). */
function kindsOf(plan) {
    return (plan.resource_changes ?? []).map(kindOf);
}
function isManaged(rc) {
    return rc.mode === undefined || rc.mode === 'managed';
}
/** Counts as Terraform's "Plan: N to add, N to change, N to destroy." line has them, plus the rest. */
function countChanges(plan, kinds = kindsOf(plan)) {
    const counts = { add: 0, change: 0, destroy: 0, replace: 0, move: 0, import: 0, forget: 0 };
    const changes = plan.resource_changes ?? [];
    for (let i = 0; i < changes.length; i++) {
        const rc = changes[i];
        if (!isManaged(rc))
            continue;
        const kind = kinds[i];
        if (kind === 'create')
            counts.add++;
        else if (kind === 'update')
            counts.change++;
        else if (kind === 'delete')
            counts.destroy++;
        else if (kind === 'replace') {
            counts.add++;
            counts.destroy++;
            counts.replace++;
        }
        else if (kind === 'forget')
            counts.forget++;
        if (rc.change.importing)
            counts.import++;
        if ((0,plan_json/* isMoved */.yu)(rc))
            counts.move++;
    }
    return counts;
}
/** Whether applying the plan would change anything (resources or outputs). */
function planHasChanges(plan, kinds = kindsOf(plan)) {
    if (kinds.some(kind => kind !== 'no-op' && kind !== 'read'))
        return true;
    for (const change of Object.values(plan.output_changes ?? {}))
        if (!(change.actions.length === 1 && change.actions[0] === 'no-op'))
            return true;
    return false;
}
/** `1 to add, 0 to change, 1 to destroy` */
function countsLine(counts) {
    return `${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy`;
}
/** `1 to replace, 2 moved, 1 to import, 1 to forget`, only the non-zero ones. */
function extraCounts(counts) {
    const parts = [];
    if (counts.replace)
        parts.push(`${counts.replace} to replace`);
    if (counts.move)
        parts.push(`${counts.move} moved`);
    if (counts.import)
        parts.push(`${counts.import} to import`);
    if (counts.forget)
        parts.push(`${counts.forget} to forget`);
    return parts.join(', ');
}
const REASONS = {
    replace_because_tainted: 'it is tainted (an earlier apply failed part-way, or it was marked for replacement)',
    replace_because_cannot_update: 'a change cannot be made in place',
    replace_by_request: 'replacement was requested (-replace)',
    replace_by_triggers: 'a reference in its replace_triggered_by changed',
    delete_because_no_resource_config: 'its resource block is no longer in the configuration',
    delete_because_no_module: 'its module is no longer in the configuration',
    delete_because_wrong_repetition: 'count / for_each changed how the resource repeats',
    delete_because_count_index: 'its count index is beyond the new count',
    delete_because_each_key: 'its for_each key is no longer in the collection',
    delete_because_no_move_target: 'a moved block points at an address with no configuration',
    read_because_config_unknown: 'its configuration is known only during apply',
    read_because_dependency_pending: 'it depends on changes that are still pending',
    read_because_check_nested: 'it is in a check block'
};
/** The action_reason in words; an unknown reason is shown as Terraform wrote it. */
function reasonText(reason) {
    if (!reason)
        return undefined;
    return REASONS[reason] ?? `reason "${reason}"`;
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** `["tags", "Name"]` → `tags.Name`; `["ebs", 0, "size"]` → `ebs[0].size`; odd keys quoted. */
function formatPath(path) {
    let out = '';
    for (const step of path) {
        if (typeof step === 'number')
            out += `[${step}]`;
        else if (IDENTIFIER.test(step))
            out += out ? `.${step}` : step;
        else
            out += `[${JSON.stringify(step)}]`;
    }
    return out;
}
/** The module part of an address: `module.a.module.b` (or '' for the root module). */
function moduleOf(rc) {
    if (typeof rc.module_address === 'string')
        return rc.module_address;
    let rest = rc.address;
    let module = '';
    for (;;) {
        const match = /^module\.[^.[]+(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?\./.exec(rest);
        if (!match)
            return module;
        module += (module ? '.' : '') + match[0].slice(0, -1);
        rest = rest.slice(match[0].length);
    }
}

;// CONCATENATED MODULE: ./lib/terraform/plan-diff.ts
/**
 * Attribute-level diffs of one change (before → after), as the lines of a `diff` code block.
 *
 * Sensitive values are never rendered, at any depth: wherever `before_sensitive` or
 * `after_sensitive` marks a value (or any value above it), the line says `(sensitive value)`.
 * Plans of format 0.x have no sensitivity marks at all; there, attributes whose name says secret
 * (password, token, private_key, …) are treated as sensitive. Unknown values (`after_unknown`) are
 * `(known after apply)`.
 */


const SENSITIVE = '(sensitive value)';
const UNKNOWN = '(known after apply)';
/** Values longer than this are shortened in the diff (the count of hidden characters is shown). */
const MAX_VALUE_CHARS = 400;
const SECRET_NAME = /(?:^|_)(?:password|passwd|secret|token|private_key|secret_key|access_key|credentials?|api_key)(?:$|_)/i;
/** The diff lines of `change`; `mode` follows its actions (create / delete / everything else). */
function diffChange(change, options = {}) {
    const actions = change.actions;
    const mode = actions.length === 1 && actions[0] === 'create'
        ? 'create'
        : actions.length === 1 && actions[0] === 'delete'
            ? 'delete'
            : 'update';
    const walk = {
        mode,
        lines: [],
        chars: 0,
        maxChars: options.maxChars ?? Infinity,
        omitted: 0,
        guessSensitive: !('before_sensitive' in change) && !('after_sensitive' in change),
        relevant: options.relevant,
        replacePaths: options.replacePaths
    };
    const before = mode === 'create' ? undefined : change.before;
    const after = mode === 'delete' ? undefined : change.after;
    const unknown = mode === 'delete' ? undefined : change.after_unknown;
    let unchanged = 0;
    if ((0,plan_json/* isObject */.Gv)(before) || (0,plan_json/* isObject */.Gv)(after) || (0,plan_json/* isObject */.Gv)(unknown)) {
        // The top level of a resource: count the attributes that did not change.
        for (const key of unionKeys(before, after, unknown)) {
            const count = walk.lines.length + walk.omitted;
            node(walk, [key], child(before, key), child(after, key), child(change.before_sensitive, key), child(change.after_sensitive, key), child(unknown, key));
            // Unchanged attributes are counted as Terraform counts them: nulls on both sides are not.
            if (mode === 'update' && walk.lines.length + walk.omitted === count && !bothNull(before, after, key))
                unchanged++;
        }
    }
    else {
        node(walk, [], before, after, change.before_sensitive, change.after_sensitive, unknown);
    }
    return { lines: walk.lines, unchanged, omitted: walk.omitted };
}
function bothNull(before, after, key) {
    const b = child(before, key);
    const a = child(after, key);
    return (b === null || b === undefined) && (a === null || a === undefined);
}
function child(value, key) {
    if (value === null || typeof value !== 'object')
        return undefined;
    return value[key];
}
function unionKeys(...values) {
    const keys = new Set();
    for (const value of values)
        if ((0,plan_json/* isObject */.Gv)(value))
            for (const key of Object.keys(value))
                keys.add(key);
    return [...keys].sort();
}
function node(walk, path, before, after, beforeSensitive, afterSensitive, unknown) {
    if (walk.relevant && !isRelevant(walk.relevant, path))
        return;
    const last = path[path.length - 1];
    const guessed = walk.guessSensitive && typeof last === 'string' && SECRET_NAME.test(last);
    const sensitive = beforeSensitive === true || afterSensitive === true || guessed;
    if (sensitive || unknown === true) {
        leaf(walk, path, before, after, sensitive, unknown === true);
        return;
    }
    const isMap = (0,plan_json/* isObject */.Gv)(before) || (0,plan_json/* isObject */.Gv)(after) || (0,plan_json/* isObject */.Gv)(unknown);
    const isList = !isMap && (Array.isArray(before) || Array.isArray(after) || Array.isArray(unknown));
    if (!isMap && !isList) {
        leaf(walk, path, before, after, false, false);
        return;
    }
    const produced = walk.lines.length + walk.omitted;
    if (isMap) {
        for (const key of unionKeys(before, after, unknown))
            node(walk, [...path, key], child(before, key), child(after, key), child(beforeSensitive, key), child(afterSensitive, key), child(unknown, key));
    }
    else {
        const length = Math.max(lengthOf(before), lengthOf(after), lengthOf(unknown));
        for (let i = 0; i < length; i++)
            node(walk, [...path, i], child(before, i), child(after, i), child(beforeSensitive, i), child(afterSensitive, i), child(unknown, i));
    }
    // A change with nothing inside to show (`[]` → null, `{}` → `{"a": null}`) is shown whole.
    if (walk.mode === 'update' && walk.lines.length + walk.omitted === produced && !sameValue(before, after))
        leaf(walk, path, before, after, false, false);
}
function lengthOf(value) {
    return Array.isArray(value) ? value.length : 0;
}
function isEmpty(value) {
    if (value === null || value === undefined)
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    if ((0,plan_json/* isObject */.Gv)(value))
        return Object.keys(value).length === 0;
    return false;
}
function isRelevant(relevant, path) {
    return relevant.some(r => {
        const n = Math.min(r.length, path.length);
        for (let i = 0; i < n; i++)
            if (String(r[i]) !== String(path[i]))
                return false;
        return true;
    });
}
function forcesReplacement(walk, path) {
    return (walk.replacePaths !== undefined && walk.replacePaths.length > 0 && isRelevant(walk.replacePaths, path));
}
function leaf(walk, path, before, after, sensitive, unknown) {
    const hasBefore = before !== undefined && before !== null;
    const hasAfter = after !== undefined && after !== null;
    let line;
    if (walk.mode === 'create') {
        if (!hasAfter && !unknown)
            return;
        if (!unknown && !sensitive && isEmpty(after))
            return;
        line = `+ ${formatPath(path)} = ${unknown ? UNKNOWN : sensitive ? SENSITIVE : show(after)}`;
    }
    else if (walk.mode === 'delete') {
        if (!hasBefore || (!sensitive && isEmpty(before)))
            return;
        line = `- ${formatPath(path)} = ${sensitive ? SENSITIVE : show(before)}`;
    }
    else {
        if (!unknown && sameValue(before, after))
            return;
        const name = formatPath(path);
        const from = sensitive ? SENSITIVE : show(before);
        const to = unknown ? UNKNOWN : sensitive ? SENSITIVE : show(after);
        if (!hasBefore)
            line = `+ ${name} = ${to}`;
        else if (!hasAfter && !unknown)
            line = `- ${name} = ${from}`;
        else
            line = `! ${name} = ${from} -> ${to}`;
        if (forcesReplacement(walk, path))
            line += '  # forces replacement';
    }
    if (walk.chars + line.length + 1 > walk.maxChars) {
        walk.omitted++;
        return;
    }
    walk.chars += line.length + 1;
    walk.lines.push(line);
}
/** Deep equality where a missing value and null are the same. */
function sameValue(a, b) {
    if (a === b || ((a === undefined || a === null) && (b === undefined || b === null)))
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    return JSON.stringify(a) === JSON.stringify(b);
}
/** One value on one line: JSON, shortened when long. */
function show(value) {
    if (value === undefined || value === null)
        return 'null';
    const text = JSON.stringify(value);
    if (text.length <= MAX_VALUE_CHARS)
        return text;
    return `${text.slice(0, MAX_VALUE_CHARS)}… (${(text.length - MAX_VALUE_CHARS).toLocaleString('en-US')} more characters)`;
}

;// CONCATENATED MODULE: ./lib/terraform/removed-services.ts
/**
 * The services a plan removes, and what each takes with it. Pure: it reads only the plan JSON.
 *
 * A service is a `for_each` key: infra/ makes every per-service resource with for_each over the
 * service names of shipline.yml (`module.ecr.aws_ecr_repository.this["billing"]`,
 * `module.eks.aws_iam_role.irsa["billing"]`, `module.alb.aws_lb_target_group.this["billing"]`, and
 * a key of a module instance counts too: `module.svc["billing"].aws_s3_bucket.this`). Which keys are
 * services is decided in this order:
 *   1. the service list of the previous apply, when the plan carries it: every service has an ECR
 *      repository keyed by its name (DESIGN.md: the name is also the image repository's), so the
 *      string keys of the `aws_ecr_repository` instances in `prior_state` (or, for a plan JSON
 *      without prior_state, in the resource changes) are the services;
 *   2. with no ECR repository in the plan at all, any string key.
 * A service is removed when at least one resource change carries its key and every change that
 * carries it is a delete: a replace, a create, an update, a read, a forget or a no-op of the same
 * key means the service is still in the configuration (or is not destroyed), and it is not named.
 */


/** The types whose delete loses data, and the few others worth naming in words. */
const DESCRIBERS = {
    aws_ecr_repository: {
        what: 'the ECR repository',
        nameAttribute: 'name',
        data: 'every image in it',
        guard: {
            attribute: 'force_delete',
            value: false,
            text: 'force_delete is false: the delete fails while it holds images'
        }
    },
    aws_cloudwatch_log_group: { what: 'the log group', nameAttribute: 'name', data: 'every log event in it' },
    aws_secretsmanager_secret: { what: 'the secret', nameAttribute: 'name', data: 'its value' },
    aws_s3_bucket: {
        what: 'the bucket',
        nameAttribute: 'bucket',
        data: 'every object in it',
        guard: {
            attribute: 'force_destroy',
            value: false,
            text: 'force_destroy is false: the delete fails while it holds objects'
        }
    },
    aws_db_instance: {
        what: 'the database',
        nameAttribute: 'identifier',
        data: 'its data',
        guard: {
            attribute: 'deletion_protection',
            value: true,
            text: 'deletion_protection is on: the apply fails until it is turned off'
        }
    },
    aws_rds_cluster: { what: 'the database cluster', nameAttribute: 'cluster_identifier', data: 'its data' },
    aws_dynamodb_table: { what: 'the DynamoDB table', nameAttribute: 'name', data: 'every item in it' },
    aws_efs_file_system: { what: 'the file system', nameAttribute: 'creation_token', data: 'every file in it' },
    aws_ebs_volume: { what: 'the volume', nameAttribute: 'id', data: 'its data' },
    aws_iam_role: { what: 'the IAM role', nameAttribute: 'name' },
    aws_lb_target_group: { what: 'the target group', nameAttribute: 'name' },
    aws_security_group: { what: 'the security group', nameAttribute: 'name' }
};
const STRING_KEY = /\["((?:[^"\\]|\\.)*)"\]/g;
/** The string instance keys of an address, module keys included: `module.a["x"].b.c["y"]` → x, y. */
function stringKeys(address) {
    const keys = [];
    for (const match of address.matchAll(STRING_KEY))
        keys.push(JSON.parse(`"${match[1]}"`));
    return keys;
}
function removedServices(plan, kinds) {
    const changes = plan.resource_changes ?? [];
    const kindList = kinds ?? changes.map(kindOf);
    const registry = registryNames(plan);
    const source = registry.size ? 'registry' : 'keys';
    const byKey = new Map();
    changes.forEach((rc, i) => {
        for (const key of new Set(stringKeys(rc.address))) {
            if (source === 'registry' && !registry.has(key))
                continue;
            let list = byKey.get(key);
            if (!list)
                byKey.set(key, (list = []));
            list.push(i);
        }
    });
    const services = [];
    for (const [name, indexes] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (!indexes.every(i => kindList[i] === 'delete' && isManaged(changes[i])))
            continue;
        const resources = indexes.map(i => describe(changes[i]));
        services.push({ name, resources, byType: groupByType(resources) });
    }
    return { source, services };
}
/** The keys of the ECR repositories of the previous apply (or of the plan, without prior_state). */
function registryNames(plan) {
    const names = new Set();
    const prior = (0,plan_json/* isObject */.Gv)(plan.prior_state) && (0,plan_json/* isObject */.Gv)(plan.prior_state.values) ? plan.prior_state.values : {};
    walkModule(prior.root_module, resource => {
        if (resource.type === 'aws_ecr_repository' && resource.mode === 'managed')
            if (typeof resource.index === 'string')
                names.add(resource.index);
    });
    if (!names.size)
        for (const rc of plan.resource_changes ?? [])
            if (rc.type === 'aws_ecr_repository' && isManaged(rc) && typeof rc.index === 'string')
                names.add(rc.index);
    return names;
}
function walkModule(module, visit) {
    if (!(0,plan_json/* isObject */.Gv)(module))
        return;
    if (Array.isArray(module.resources))
        for (const r of module.resources)
            if ((0,plan_json/* isObject */.Gv)(r))
                visit(r);
    if (Array.isArray(module.child_modules))
        for (const child of module.child_modules)
            walkModule(child, visit);
}
function describe(rc) {
    const type = rc.type ?? typeFromAddress(rc.address);
    const resource = { address: rc.address, type };
    const describer = DESCRIBERS[type];
    if (!describer)
        return resource;
    const name = visibleAttribute(rc, describer.nameAttribute);
    resource.what = describer.what;
    if (name !== undefined)
        resource.name = name;
    if (describer.data)
        resource.data = describer.data;
    const guard = describer.guard;
    if (guard && visibleAttribute(rc, guard.attribute) === String(guard.value))
        resource.guard = guard.text;
    return resource;
}
/** `before[attribute]` as text when it is a plain, non-sensitive string, number or boolean. */
function visibleAttribute(rc, attribute) {
    const before = rc.change.before;
    const marks = rc.change.before_sensitive;
    if (!(0,plan_json/* isObject */.Gv)(before) || marks === true)
        return undefined;
    if ((0,plan_json/* isObject */.Gv)(marks) && marks[attribute] !== undefined && marks[attribute] !== false)
        return undefined;
    const value = before[attribute];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
/** `module.a["x"].aws_iam_role.irsa["x"]` → `aws_iam_role` (plans always carry type; older ones may not). */
function typeFromAddress(address) {
    const parts = address
        .replace(STRING_KEY, '')
        .replace(/\[\d+\]/g, '')
        .split('.');
    return parts.length >= 2 ? parts[parts.length - 2] : address;
}
function groupRank(type) {
    const describer = DESCRIBERS[type];
    return describer?.data ? 0 : describer ? 1 : 2;
}
function groupByType(resources) {
    const groups = new Map();
    for (const r of resources) {
        let list = groups.get(r.type);
        if (!list)
            groups.set(r.type, (list = []));
        list.push(r.address);
    }
    return [...groups]
        .map(([type, addresses]) => ({ type, addresses }))
        .sort((a, b) => groupRank(a.type) - groupRank(b.type) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

;// CONCATENATED MODULE: ./lib/terraform/removed-services-section.ts
/**
 * The first section of the plan comment when the plan removes services: for each one, a sentence
 * that names what goes with it (the data first: `the ECR repository billing and every image in
 * it`), then its resources grouped by type. Pure.
 *
 * It fits in the characters it is given, cut in this order: the lists of resources (each service
 * keeps its sentence, which counts them), then whole sentences from the last service on, replaced
 * by a line that counts them. It is a list, never a code block or <details>, so it is only ever cut
 * between lines, and what was cut is reported for the comment's note.
 */

const HEADING = '### :warning: Services removed from the configuration\n\n';
const BY_KEYS = '_No ECR repository in this plan names the services, so each `for_each` key all of whose changes are destroys is shown as one._\n\n';
/** What the section needs at the least: its heading and the line that counts the services left out. */
const SERVICES_SECTION_MIN = HEADING.length + BY_KEYS.length + 120;
function servicesSection(removed, maxChars) {
    const services = removed.services;
    if (!services.length)
        return { text: '', listsCut: 0, servicesCut: 0 };
    const top = HEADING + (removed.source === 'keys' ? BY_KEYS : '');
    const sentences = services.map(s => `**:warning: ${sentence(s)}**\n\n`);
    const lists = services.map(resourceList);
    const full = top + sentences.map((s, i) => s + lists[i]).join('');
    if (full.length <= maxChars)
        return { text: full, listsCut: 0, servicesCut: 0 };
    const short = top + sentences.join('');
    if (short.length <= maxChars)
        return { text: short, listsCut: services.length, servicesCut: 0 };
    let text = top;
    let kept = 0;
    for (const s of sentences) {
        if (text.length + s.length + rest(services.length - kept - 1).length > maxChars)
            break;
        text += s;
        kept++;
    }
    return { text: text + rest(services.length - kept), listsCut: kept, servicesCut: services.length - kept };
}
function rest(n) {
    if (n <= 0)
        return '';
    return `**:warning: … and ${n.toLocaleString('en-US')} more ${n === 1 ? 'service is' : 'services are'} removed, with everything they had: see the full plan.**\n\n`;
}
/** `Removing service `billing` deletes the ECR repository `billing` and every image in it, …: 7 resources in all.` */
function sentence(service) {
    const n = service.resources.length;
    const all = `${n.toLocaleString('en-US')} ${n === 1 ? 'resource' : 'resources'}`;
    const named = ordered(service.resources.filter(r => r.what !== undefined)).map(words);
    const head = `Removing service ${(0,markdown/* code */.aY)(service.name)} deletes`;
    if (!named.length)
        return `${head} ${all}.`;
    return `${head} ${joinWords(named)}: ${all} in all.`;
}
function ordered(resources) {
    return [...resources.filter(r => r.data), ...resources.filter(r => !r.data)];
}
function words(r) {
    let text = `${r.what}${r.name === undefined ? '' : ` ${(0,markdown/* code */.aY)(r.name)}`}`;
    if (r.data)
        text += ` and ${r.data}`;
    if (r.guard)
        text += ` (${r.guard})`;
    return text;
}
function joinWords(items) {
    if (items.length === 1)
        return items[0];
    return `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;
}
function resourceList(service) {
    const lines = service.byType.map(group => {
        const n = group.addresses.length;
        return `- ${(0,markdown/* code */.aY)(group.type)}${n > 1 ? ` (${n})` : ''}: ${group.addresses.map(markdown/* code */.aY).join(', ')}\n`;
    });
    return lines.join('') + '\n';
}

;// CONCATENATED MODULE: ./lib/terraform/plan-comment.ts
/**
 * The plan comment: markdown rendered from the plan JSON alone (plus optional context: directory,
 * workspace, commit, checksum), never longer than `maxChars`.
 *
 * Layout: the counts line; the context line; the services the plan removes, each with what it takes
 * with it (removed-services.ts; this section comes first and is cut last, see
 * removed-services-section.ts); every destroyed or replaced resource with its reason;
 * the changes grouped by module and action, each resource's attribute diff in a collapsible block;
 * output changes; drift. When the whole does not fit, it is cut by risk, lowest first:
 *   1. attribute details, from the lowest-risk changes up (data reads, moves, outputs, drift,
 *      creates, imports, updates, forgets, unknown actions, destroys, replaces);
 *   2. when even the lists of changed resources do not fit, whole lists (lowest risk first), each
 *      keeping its count; 3. then the per-module lists altogether (a table of counts stays);
 *   4. the destroy/replace lines last of all: only when they alone exceed the limit, as many as
 *      fit and the count of the rest.
 * Whatever was cut is named in a note at the end.
 */






/** GitHub's limit on the body of an issue or pull request comment. */
const COMMENT_LIMIT = 65_536;
/** GitHub's limit on one step's job summary is 1 MiB; this leaves room for multi-byte characters. */
const SUMMARY_LIMIT = 1_000_000;
const NOTE_RESERVE = 800;
/** The most characters the table of counts that replaces the lists of changes can take. */
const CHANGES_SUMMARY_MAX = 800;
/** A unit from a ready line and an optional detail renderer. */
function simpleUnit(rank, order, kind, line, detail) {
    return {
        rank,
        order,
        kind,
        lineLength: line.length,
        line: () => line,
        hasDetail: detail !== undefined,
        detail: detail ?? (() => line)
    };
}
/**
 * Render `text` (the output of `terraform show -json`): what the CLI prints. The plan checksum also
 * covers the plan file's configuration snapshot (plan-file.ts), so it is shown only when `options` give it.
 */
function renderPlanCommentFromJson(text, source, options = {}) {
    return renderPlanComment(parsePlanJson(text, source), options);
}
function renderPlanComment(plan, options = {}) {
    const maxChars = options.maxChars ?? COMMENT_LIMIT;
    const changes = plan.resource_changes ?? [];
    const kinds = kindsOf(plan);
    const counts = countChanges(plan, kinds);
    const hasChanges = planHasChanges(plan, kinds);
    const head = header(plan, kinds, counts, hasChanges, options);
    const risk = riskLines(changes, kinds);
    const groups = [
        ...changeGroups(changes, kinds, maxChars),
        ...outputGroups(plan, maxChars),
        ...driftGroups(plan, maxChars)
    ];
    let summaryText;
    const summaryOf = () => (summaryText ??= changesSummary(changes, kinds));
    const cut = {
        details: {},
        collapsedLists: 0,
        changesSummarised: false,
        riskLinesCut: 0,
        serviceListsCut: 0,
        servicesCut: 0
    };
    const budget = maxChars - NOTE_RESERVE;
    const riskText = risk.length ? riskHeading(risk.length) + risk.map(r => r.line).join('') + '\n' : '';
    // The least the rest can shrink to: a table of counts and one line per other section.
    const minimalRest = (groups.some(g => g.section === 'changes') ? CHANGES_SUMMARY_MAX : 0) +
        groups
            .filter(g => g.section !== 'changes')
            .reduce((n, g) => n + g.prefix.length + g.collapsedText.length, 0);
    const removed = removedServices(plan, kinds);
    // The removed services come first: whole when everything else still fits at its smallest, else
    // in at least half of what the header leaves.
    const services = servicesSection(removed, Math.max(budget - head.length - riskText.length - minimalRest, Math.floor((budget - head.length) / 2)));
    cut.serviceListsCut = services.listsCut;
    cut.servicesCut = services.servicesCut;
    const top = head + services.text;
    const body = top.length + riskText.length + minimalRest > budget
        ? top + riskOnly(risk, groups, budget - top.length, cut)
        : top + riskText + layout(groups, budget - top.length - riskText.length, cut, summaryOf);
    const truncated = wasCut(cut);
    let markdown = body.trimEnd() + '\n';
    if (truncated)
        markdown += '\n' + cutNote(cut, options).slice(0, NOTE_RESERVE - 4) + '\n';
    if (markdown.length > maxChars)
        markdown = markdown.slice(0, maxChars - 2).trimEnd() + '\n…';
    return {
        markdown,
        counts,
        hasChanges,
        destroys: risk.map(r => r.address),
        removedServices: removed.services.map(s => s.name),
        cut,
        truncated
    };
}
/**
 * When even the smallest layout does not fit: only the destroy/replace lines, as many as fit in
 * `budget`, and a pointer to the full plan; everything else is counted as cut.
 */
function riskOnly(risk, groups, budget, cut) {
    const pointer = groups.length ? '_Every other change is left out to fit; see the full plan._\n\n' : '';
    let text = risk.length ? riskHeading(risk.length) : '';
    let kept = 0;
    for (const item of risk) {
        if (text.length + item.line.length + pointer.length + 120 > budget)
            break;
        text += item.line;
        kept++;
    }
    cut.riskLinesCut = risk.length - kept;
    if (cut.riskLinesCut)
        text += `- … and ${cut.riskLinesCut.toLocaleString('en-US')} more destroyed or replaced resources\n`;
    cut.changesSummarised = groups.some(g => g.section === 'changes');
    for (const group of groups)
        for (const unit of group.units)
            countCut(cut, unit);
    return text + '\n' + pointer;
}
function wasCut(cut) {
    return (cut.collapsedLists > 0 ||
        cut.changesSummarised ||
        cut.riskLinesCut > 0 ||
        cut.serviceListsCut > 0 ||
        cut.servicesCut > 0 ||
        Object.keys(cut.details).length > 0);
}
/** Characters a group takes as it stands (collapsed or not), its details not counted. */
function groupSize(g) {
    return (g.prefix.length +
        (g.collapsed
            ? g.collapsedText.length
            : g.heading.length + g.trailer.length + g.units.reduce((n, u) => n + u.lineLength, 0)));
}
/** Collapse groups, lowest rank first (later ones first within a rank), until they fit; the size left. */
function collapseToFit(groups, budget, cut) {
    let used = groups.reduce((n, g) => n + groupSize(g), 0);
    if (used <= budget)
        return used;
    const order = [...groups].sort((a, b) => a.rank - b.rank || b.order - a.order);
    for (const group of order) {
        if (used <= budget)
            break;
        const before = groupSize(group);
        group.collapsed = true;
        used += groupSize(group) - before;
        cut.collapsedLists++;
        for (const unit of group.units)
            countCut(cut, unit);
    }
    return used;
}
/**
 * Open details, highest rank first, while they fit in `remaining`; after the first that does not
 * fit, only the rest of its rank are tried, while 300 characters and fewer than 50 misses are left.
 */
function openDetails(units, remaining, cut) {
    const candidates = units.filter(u => u.hasDetail).sort((a, b) => b.rank - a.rank || a.order - b.order);
    let stopRank;
    let misses = 0;
    for (const unit of candidates) {
        if (stopRank !== undefined && (unit.rank < stopRank || remaining < 300 || misses >= 50)) {
            countCut(cut, unit);
            continue;
        }
        const text = unit.detail();
        const extra = text.length - unit.lineLength;
        if (extra <= remaining) {
            unit.shown = text;
            remaining -= extra;
        }
        else {
            stopRank ??= unit.rank;
            misses++;
            countCut(cut, unit);
        }
    }
}
/** The groups as text, the changes replaced by `summary` when there is one. */
function joinGroups(groups, summary) {
    // Parts joined once at the end (appending to one growing string and looking at its end would
    // flatten it again and again).
    const parts = [];
    let blankBefore = true;
    const emit = (text) => {
        if (!text)
            return;
        // A details block opens with a blank line for a list line before it; none is needed twice.
        const part = blankBefore && text.startsWith('\n') ? text.slice(1) : text;
        parts.push(part);
        blankBefore = part.endsWith('\n\n') || (part === '\n' && parts.length > 1);
    };
    let summaryWritten = false;
    for (const group of groups) {
        if (summary && group.section === 'changes') {
            if (!summaryWritten)
                emit(summary);
            summaryWritten = true;
            continue;
        }
        emit(group.prefix);
        if (group.collapsed) {
            emit(group.collapsedText);
            continue;
        }
        emit(group.heading);
        for (const unit of group.units)
            emit(unit.shown ?? unit.line());
        emit(group.trailer);
    }
    return parts.join('');
}
/** Lay out the groups within `budget` characters, cutting by risk (see the module comment). */
function layout(groups, budget, cut, changesSummary) {
    let used = collapseToFit(groups, budget, cut);
    let summary = '';
    if (used > budget) {
        // Even the collapsed lists do not fit (a great many modules): a table of counts instead.
        summary = changesSummary();
        cut.changesSummarised = true;
        used = summary.length;
        for (const group of groups) {
            if (group.section === 'changes')
                continue;
            used += groupSize(group);
        }
    }
    const visible = groups.filter(g => !g.collapsed && !(summary && g.section === 'changes'));
    openDetails(visible.flatMap(g => g.units), budget - used, cut);
    return joinGroups(groups, summary);
}
function countCut(cut, unit) {
    if (!unit.hasDetail)
        return;
    cut.details[unit.kind] = (cut.details[unit.kind] ?? 0) + 1;
}
function cutNote(cut, options) {
    const limit = options.limitName ?? `GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit`;
    const where = options.fullRenderAt ?? 'The job summary of this run has the full plan.';
    const parts = [];
    if (cut.servicesCut)
        parts.push(`${cut.servicesCut.toLocaleString('en-US')} of the removed services (a line counts them)`);
    if (cut.serviceListsCut)
        parts.push(`the resource lists of ${cut.serviceListsCut.toLocaleString('en-US')} removed ${cut.serviceListsCut === 1 ? 'service' : 'services'} (each keeps its sentence)`);
    const detailTotal = Object.values(cut.details).reduce((n, c) => n + c, 0);
    if (detailTotal) {
        const byKind = Object.entries(cut.details)
            .sort((a, b) => b[1] - a[1])
            .map(([kind, n]) => `${n.toLocaleString('en-US')} ${kind}`)
            .join(', ');
        parts.push(`the attribute details of ${detailTotal.toLocaleString('en-US')} changes (${byKind})`);
    }
    if (cut.changesSummarised)
        parts.push('the lists of changed resources (their counts are above)');
    else if (cut.collapsedLists)
        parts.push(`${cut.collapsedLists.toLocaleString('en-US')} lists of changes (their counts stay)`);
    if (cut.riskLinesCut)
        parts.push(`${cut.riskLinesCut.toLocaleString('en-US')} destroy/replace lines`);
    return `> [!NOTE]\n> Cut to fit ${limit}: ${parts.join('; ')}. ${where}`;
}
// ---------------------------------------------------------------------------------------------
function header(plan, kinds, counts, hasChanges, options) {
    const title = options.title ?? 'Plan';
    const extra = extraCounts(counts);
    let first;
    if (plan.errored)
        first = `**:x: ${title} failed.** Planned before the error: ${countsLine(counts)}.`;
    else {
        first = `**${title}: ${countsLine(counts)}.**`;
        if (extra)
            first += ` ${capitalise(extra)}.`;
        if (!hasChanges)
            first += ' No changes: the infrastructure matches the configuration.';
        else if (!kinds.some(kind => kind !== 'no-op' && kind !== 'read'))
            first += ' Only outputs change.';
    }
    const context = [];
    if (options.workingDirectory)
        context.push(`\`${options.workingDirectory}\``);
    if (options.workspace)
        context.push(`workspace \`${options.workspace}\``);
    if (options.commit)
        context.push(`commit ${options.commit}`);
    if (options.planSha256)
        context.push(`plan sha256 \`${options.planSha256}\``);
    let text = first + '\n';
    if (context.length)
        text += context.join(' · ') + '\n';
    text += '\n';
    if (plan.errored)
        text +=
            '> [!CAUTION]\n> Terraform reported an error while planning: this plan is incomplete and cannot be applied. The error is in the job log.\n\n';
    return text;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function riskHeading(n) {
    return `**:warning: ${n.toLocaleString('en-US')} ${n === 1 ? 'resource' : 'resources'} will be destroyed or replaced:**\n\n`;
}
function riskLines(changes, kinds) {
    const lines = [];
    for (let i = 0; i < changes.length; i++) {
        const rc = changes[i];
        const kind = kinds[i];
        if (kind !== 'replace' && kind !== 'delete' && kind !== 'unknown')
            continue;
        if (!isManaged(rc) || !rc.change.actions.includes('delete'))
            continue;
        const verb = kind === 'replace' ? 'replace' : kind === 'delete' ? 'destroy' : rc.change.actions.join(', ');
        let line = `- :warning: **${verb}** ${code(rc.address)}`;
        if (rc.deposed)
            line += ` (deposed object ${code(rc.deposed)})`;
        if (kind === 'replace' && rc.change.actions[0] === 'create')
            line += ' (replacement created first)';
        const reason = reasonText(rc.action_reason);
        // replace_paths only mean something for a replacement.
        const paths = kind === 'replace' ? (rc.change.replace_paths ?? []).map(path => code(formatPath(path))) : [];
        const why = [];
        if (reason)
            why.push(reason);
        if (paths.length)
            why.push(`${paths.join(', ')} ${paths.length === 1 ? 'forces' : 'force'} replacement`);
        if (why.length)
            line += `: ${why.join('; ')}`;
        lines.push({ address: rc.address, line: line + '\n' });
    }
    return lines;
}
/** Inline code safe for any address (backticks, pipes stay literal). */
function code(text) {
    const fence = text.includes('`') ? '``' : '`';
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
function html(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function detailsBlock(summaryHtml, diff, footer) {
    const lines = [...diff.lines];
    if (diff.unchanged)
        lines.push(`# (${diff.unchanged} unchanged ${diff.unchanged === 1 ? 'attribute' : 'attributes'} hidden)`);
    if (diff.omitted)
        lines.push(`# … ${diff.omitted.toLocaleString('en-US')} more lines cut; see the full plan`);
    lines.push(...footer);
    return `\n<details><summary>${summaryHtml}</summary>\n\n${(0,markdown/* fenced */.OF)(lines.join('\n'), 'diff')}\n\n</details>\n\n`;
}
function annotations(rc, kind) {
    const notes = [];
    if (kind === 'unknown')
        notes.push(`actions: ${rc.change.actions.join(', ')}`);
    if (kind === 'replace' && rc.change.actions[0] === 'create')
        notes.push('replacement created first');
    if (rc.deposed)
        notes.push(`deposed object ${rc.deposed}`);
    if ((0,plan_json/* isMoved */.yu)(rc))
        notes.push(`moved from ${rc.previous_address}`);
    if (rc.change.importing)
        notes.push(rc.change.importing.id ? `import id ${rc.change.importing.id}` : 'imported');
    if (kind === 'read' || kind === 'delete' || kind === 'replace') {
        const reason = reasonText(rc.action_reason);
        if (reason && kind === 'read')
            notes.push(reason);
    }
    return notes;
}
/** How the cut note names each kind: the first word of its label (`update`, `read`, …). */
const CUT_KIND = Object.fromEntries(Object.entries(KIND_LABEL).map(([kind, label]) => [kind, label.split(' ')[0]]));
/** One changed resource: its list line, and its attribute diff in a details block. */
class ResourceUnit {
    rc;
    changeKind;
    order;
    detailChars;
    shown;
    rank;
    lineLength;
    hasDetail;
    constructor(rc, changeKind, order, detailChars) {
        this.rc = rc;
        this.changeKind = changeKind;
        this.order = order;
        this.detailChars = detailChars;
        this.rank = RISK[changeKind];
        this.hasDetail = changeKind !== 'move' && changeKind !== 'import';
        const actions = rc.change.actions;
        const plain = !rc.deposed &&
            !rc.change.importing &&
            !(0,plan_json/* isMoved */.yu)(rc) &&
            changeKind !== 'unknown' &&
            changeKind !== 'read' &&
            !(changeKind === 'replace' && actions[0] === 'create') &&
            !rc.address.includes('`');
        this.lineLength = plain ? rc.address.length + 5 : this.line().length;
    }
    get kind() {
        return CUT_KIND[this.changeKind];
    }
    notes() {
        return annotations(this.rc, this.changeKind);
    }
    line() {
        const notes = this.notes();
        return `- ${code(this.rc.address)}${notes.length ? ` (${notes.join('; ')})` : ''}\n`;
    }
    detail() {
        const rc = this.rc;
        const diff = diffChange(rc.change, { replacePaths: rc.change.replace_paths, maxChars: this.detailChars });
        if (!diff.lines.length && !diff.omitted)
            return this.line();
        const notes = this.notes();
        const summaryHtml = `<code>${html(rc.address)}</code>${notes.length ? ` (${html(notes.join('; '))})` : ''}`;
        return detailsBlock(summaryHtml, diff, []);
    }
}
function changeGroups(changes, kinds, maxChars) {
    const detailChars = Math.max(2000, Math.floor(maxChars / 8));
    const modules = new Map();
    changes.forEach((rc, order) => {
        const kind = kinds[order];
        if (kind === 'no-op')
            return;
        const module = moduleOf(rc);
        let byKind = modules.get(module);
        if (!byKind)
            modules.set(module, (byKind = new Map()));
        let list = byKind.get(kind);
        if (!list)
            byKind.set(kind, (list = []));
        list.push(order);
    });
    const names = [...modules.keys()].sort((a, b) => a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0);
    const groups = [];
    let first = true;
    for (const module of names) {
        const kinds = modules.get(module);
        let moduleHeading = `#### ${module ? `Module ${code(module)}` : 'Root module'}\n\n`;
        for (const kind of KIND_ORDER) {
            const list = kinds.get(kind);
            if (!list)
                continue;
            const label = KIND_LABEL[kind];
            const n = list.length.toLocaleString('en-US');
            const units = list.map(order => new ResourceUnit(changes[order], kind, order, detailChars));
            groups.push({
                section: 'changes',
                rank: RISK[kind],
                order: groups.length,
                prefix: (first ? '### Changes\n\n' : '') + moduleHeading,
                heading: `**${label}** (${n})\n\n`,
                units,
                trailer: '\n',
                collapsedText: `**${label}** (${n}): the list is cut to fit\n\n`,
                collapsed: false
            });
            first = false;
            moduleHeading = '';
        }
    }
    return groups;
}
function outputGroups(plan, maxChars) {
    const entries = Object.entries(plan.output_changes ?? {}).filter(([, change]) => !(change.actions.length === 1 && change.actions[0] === 'no-op'));
    if (!entries.length)
        return [];
    const detailChars = Math.max(2000, Math.floor(maxChars / 8));
    const names = entries.map(([name]) => code(name)).join(', ');
    const n = entries.length;
    const line = `${n === 1 ? 'One output changes' : `${n} outputs change`}: ${names}\n`;
    const unit = simpleUnit(RISK.output, Number.MAX_SAFE_INTEGER - 1, 'output', line, () => {
        const lines = [];
        let chars = 0;
        let omitted = 0;
        for (const [name, change] of entries) {
            const diff = diffChange(wrapOutput(name, change), { maxChars: Math.max(0, detailChars - chars) });
            for (const l of diff.lines)
                chars += l.length + 1;
            lines.push(...diff.lines);
            omitted += diff.omitted;
        }
        if (omitted)
            lines.push(`# … ${omitted} more lines cut; see the full plan`);
        return `\n${(0,markdown/* fenced */.OF)(lines.join('\n'), 'diff')}\n\n`;
    });
    return [
        {
            section: 'outputs',
            rank: RISK.output,
            order: Number.MAX_SAFE_INTEGER - 1,
            prefix: '### Outputs\n\n',
            heading: '',
            units: [unit],
            trailer: '\n',
            collapsedText: `${n === 1 ? 'One output changes' : `${n} outputs change`}; the list is cut to fit\n\n`,
            collapsed: false
        }
    ];
}
/** An output's change as a one-attribute object, so the diff shows the output's name as the path. */
function wrapOutput(name, change) {
    const wrapped = {
        actions: change.actions,
        before: { [name]: change.before },
        after: { [name]: change.after },
        after_unknown: { [name]: change.after_unknown }
    };
    if ('before_sensitive' in change || 'after_sensitive' in change) {
        wrapped.before_sensitive = { [name]: change.before_sensitive };
        wrapped.after_sensitive = { [name]: change.after_sensitive };
    }
    return wrapped;
}
function driftGroups(plan, maxChars) {
    const drift = (plan.resource_drift ?? []).filter(rc => isManaged(rc));
    if (!drift.length)
        return [];
    const detailChars = Math.max(2000, Math.floor(maxChars / 8));
    const relevant = plan.relevant_attributes ?? [];
    const units = [];
    let hidden = 0;
    drift.forEach((rc, i) => {
        const deleted = rc.change.actions.includes('delete');
        const paths = relevant.length
            ? relevant.filter(r => r.resource === rc.address).map(r => r.attribute)
            : undefined;
        if (paths && !paths.length && !deleted) {
            hidden++;
            return;
        }
        const diff = diffChange(rc.change, { relevant: paths, maxChars: detailChars });
        if (!deleted && !diff.lines.length && !diff.omitted) {
            hidden++;
            return;
        }
        const what = deleted ? 'was deleted outside of Terraform' : 'changed outside of Terraform';
        const line = `- ${code(rc.address)} ${what}\n`;
        units.push(simpleUnit(RISK.drift, Number.MAX_SAFE_INTEGER - 1000 + i, 'drift', line, diff.lines.length
            ? () => detailsBlock(`<code>${html(rc.address)}</code> ${what}`, { ...diff, unchanged: 0 }, [])
            : undefined));
    });
    if (!units.length && !hidden)
        return [];
    const n = units.length;
    const trailer = (hidden
        ? `\n_${hidden.toLocaleString('en-US')} more ${hidden === 1 ? 'change' : 'changes'} made outside of Terraform ${hidden === 1 ? 'does' : 'do'} not affect this plan and ${hidden === 1 ? 'is' : 'are'} not shown._\n`
        : '') + '\n';
    return [
        {
            section: 'drift',
            rank: RISK.drift,
            order: Number.MAX_SAFE_INTEGER,
            prefix: '### Changed outside of Terraform\n\n',
            heading: n
                ? 'Terraform found these changes made outside of Terraform since the last apply; this plan may undo or respond to them.\n\n'
                : '',
            units,
            trailer,
            collapsedText: `${n.toLocaleString('en-US')} ${n === 1 ? 'resource' : 'resources'} changed outside of Terraform; the list is cut to fit\n\n`,
            collapsed: false
        }
    ];
}
function changesSummary(changes, kinds) {
    const byKind = new Map();
    const modules = new Set();
    for (let i = 0; i < changes.length; i++) {
        const rc = changes[i];
        const kind = kinds[i];
        if (kind === 'no-op')
            continue;
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
        modules.add(moduleOf(rc));
    }
    const rows = KIND_ORDER.filter(k => byKind.has(k)).map(k => `| ${KIND_LABEL[k]} | ${byKind.get(k).toLocaleString('en-US')} |`);
    return `### Changes\n\nThe changes in ${modules.size.toLocaleString('en-US')} modules are too many to list here:\n\n| action | resources |\n| --- | ---: |\n${rows.join('\n')}\n\n`;
}
/** The markdown for a plan that failed before it produced a plan file. */
function renderPlanFailure(errorText, options = {}) {
    const title = options.title ?? 'Plan';
    const context = [];
    if (options.workingDirectory)
        context.push(`\`${options.workingDirectory}\``);
    if (options.workspace)
        context.push(`workspace \`${options.workspace}\``);
    if (options.commit)
        context.push(`commit ${options.commit}`);
    const max = Math.min(options.maxChars ?? COMMENT_LIMIT, COMMENT_LIMIT) - 400;
    const text = errorText.length > max ? `${errorText.slice(0, max)}\n…` : errorText;
    return `**:x: ${title} failed.** Terraform reported an error; nothing was planned.\n${context.length ? context.join(' · ') + '\n' : ''}\n${fenced(text)}\n`;
}


/***/ }),

/***/ 32001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ PlanJsonError),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Xj: () => (/* binding */ parsePlanJson),
/* harmony export */   yu: () => (/* binding */ isMoved)
/* harmony export */ });
/* unused harmony exports SUPPORTED_MAJOR_VERSIONS, extractPlanJson, firstSyntaxError */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21085);
/**
 * The plan JSON that `terraform show -json PLANFILE` prints: its types, and a parser whose errors
 * say where the problem is (line and column, or the JSON path).
 *
 * The plan's checksum is taken from this JSON and from the configuration snapshot in the plan file,
 * since the JSON leaves out part of what apply executes (an expression that is not a constant, such
 * as a local-exec command with a variable in it, is only its references here): see plan-file.ts.
 */

/** The plan format versions this renderer reads: 0.x (Terraform 0.12–0.15) and 1.x. */
const SUPPORTED_MAJOR_VERSIONS = [0, 1];
class PlanJsonError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    constructor(message) {
        super(message);
        this.name = 'PlanJsonError';
    }
}
/** Parse and check `text`, the output of `terraform show -json PLANFILE`; `source` names it in errors. */
function parsePlanJson(text, source) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        throw new PlanJsonError(`${source} is not JSON: ${describeSyntaxError(body)}${wrapperHint(body)}`);
    }
    return checkPlan(value, source);
}
/**
 * Like parsePlanJson, for output captured from a `terraform` that may be the setup-terraform
 * wrapper: when the whole text is not JSON, the first line that is a plan JSON object is used.
 */
function extractPlanJson(text, source) {
    try {
        return parsePlanJson(text, source);
    }
    catch (error) {
        for (const line of text.split('\n')) {
            if (!line.startsWith('{"format_version"'))
                continue;
            try {
                return checkPlan(JSON.parse(line), source);
            }
            catch {
                // not this line
            }
        }
        throw error;
    }
}
function wrapperHint(text) {
    if (text.startsWith('[command]') || text.includes('\n::debug::'))
        return ' (this is the output of the setup-terraform wrapper: run terraform show -json with terraform_wrapper: false)';
    return '';
}
function checkPlan(value, source) {
    if (!isObject(value))
        throw new PlanJsonError(`${source} is JSON but not a Terraform plan: the top level is not an object`);
    const version = value.format_version;
    if (typeof version !== 'string')
        throw new PlanJsonError(`${source} is JSON but not a Terraform plan: no "format_version" at the top level (expected the output of terraform show -json PLANFILE)`);
    const match = /^(\d+)\.(\d+)$/.exec(version);
    if (!match)
        throw new PlanJsonError(`${source}: format_version "${version}" is not a MAJOR.MINOR version`);
    const major = Number(match[1]);
    if (!SUPPORTED_MAJOR_VERSIONS.includes(major))
        throw new PlanJsonError(`${source}: plan format_version ${version} is not supported; Shipline reads format versions 0.x and 1.x`);
    if (!('resource_changes' in value ||
        'planned_values' in value ||
        'output_changes' in value ||
        'errored' in value))
        throw new PlanJsonError(`${source} is a Terraform state, not a plan (no resource_changes or planned_values): run terraform show -json PLANFILE`);
    checkChanges(value.resource_changes, 'resource_changes', source);
    checkChanges(value.resource_drift, 'resource_drift', source);
    if (value.output_changes !== undefined) {
        if (!isObject(value.output_changes))
            throw shapeError(source, 'output_changes', 'an object');
        for (const [name, change] of Object.entries(value.output_changes))
            checkChange(change, `output_changes[${JSON.stringify(name)}]`, source);
    }
    if (value.relevant_attributes !== undefined) {
        if (!Array.isArray(value.relevant_attributes))
            throw shapeError(source, 'relevant_attributes', 'a list');
        value.relevant_attributes.forEach((item, i) => {
            if (!isObject(item) || typeof item.resource !== 'string' || !Array.isArray(item.attribute))
                throw shapeError(source, `relevant_attributes[${i}]`, 'an object with "resource" and "attribute"');
        });
    }
    return value;
}
function checkChanges(list, name, source) {
    if (list === undefined || list === null)
        return;
    if (!Array.isArray(list))
        throw shapeError(source, name, 'a list');
    for (let i = 0; i < list.length; i++) {
        const item = list[i];
        if (!isObject(item) || typeof item.address !== 'string')
            throw shapeError(source, `${name}[${i}]`, 'an object with a string "address"');
        checkChange(item.change, `${name}[${i}].change`, source);
    }
}
function checkChange(change, path, source) {
    if (!isObject(change))
        throw shapeError(source, path, 'an object');
    const actions = change.actions;
    if (!Array.isArray(actions) || actions.length === 0 || !actions.every(a => typeof a === 'string'))
        throw shapeError(source, `${path}.actions`, 'a non-empty list of strings');
    if (change.replace_paths !== undefined && !Array.isArray(change.replace_paths))
        throw shapeError(source, `${path}.replace_paths`, 'a list of paths');
}
function shapeError(source, path, expected) {
    return new PlanJsonError(`${source}: ${path} is not ${expected}, as a Terraform plan has it`);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isMoved(rc) {
    return typeof rc.previous_address === 'string' && rc.previous_address !== rc.address;
}
// ---------------------------------------------------------------------------------------------
// Where JSON.parse failed: Node's messages do not always carry a position, so a small scanner
// finds the first offending character (it runs only after JSON.parse has already failed).
function describeSyntaxError(text) {
    const offset = firstSyntaxError(text);
    const { line, column } = lineAndColumn(text, offset);
    if (offset >= text.length)
        return `the text ends early at line ${line}, column ${column}`;
    const char = text[offset];
    const shown = /[\x20-\x7e]/.test(char)
        ? `"${char}"`
        : `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
    return `unexpected ${shown} at line ${line}, column ${column}`;
}
function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
class SyntaxAt extends Error {
    offset;
    constructor(offset) {
        super('syntax');
        this.offset = offset;
    }
}
const DIGIT = /[0-9]/;
/** A JSON scanner that only checks: it throws SyntaxAt at the first character JSON does not allow. */
class JsonScanner {
    text;
    /** Where the scanner is. */
    i = 0;
    constructor(text) {
        this.text = text;
    }
    fail(at = this.i) {
        throw new SyntaxAt(at);
    }
    /** The whole text: one value, then only whitespace. */
    document() {
        this.value();
        this.ws();
        if (this.i < this.text.length)
            this.fail();
    }
    ws() {
        const text = this.text;
        while (this.i < text.length &&
            (text[this.i] === ' ' || text[this.i] === '\t' || text[this.i] === '\n' || text[this.i] === '\r'))
            this.i++;
    }
    /**
     * One value. Objects and arrays are scanned here rather than in methods of their own, so that
     * each level of nesting takes one stack frame.
     */
    value() {
        this.ws();
        const c = this.text[this.i];
        if (c === '{') {
            this.i++;
            this.ws();
            if (this.take('}'))
                return;
            for (;;) {
                this.ws();
                if (this.text[this.i] !== '"')
                    this.fail();
                this.string();
                this.ws();
                if (!this.take(':'))
                    this.fail();
                this.value();
                this.ws();
                if (this.take(','))
                    continue;
                if (this.take('}'))
                    return;
                this.fail();
            }
        }
        if (c === '[') {
            this.i++;
            this.ws();
            if (this.take(']'))
                return;
            for (;;) {
                this.value();
                this.ws();
                if (this.take(','))
                    continue;
                if (this.take(']'))
                    return;
                this.fail();
            }
        }
        if (c === '"')
            return this.string();
        if (c === 't')
            return this.literal('true');
        if (c === 'f')
            return this.literal('false');
        if (c === 'n')
            return this.literal('null');
        if (c === '-' || DIGIT.test(c ?? ''))
            return this.number();
        this.fail();
    }
    /** Whether `char` is next; if it is, the scanner steps over it. */
    take(char) {
        if (this.text[this.i] !== char)
            return false;
        this.i++;
        return true;
    }
    literal(word) {
        for (let k = 0; k < word.length; k++, this.i++)
            if (this.text[this.i] !== word[k])
                this.fail();
    }
    string() {
        const text = this.text;
        this.i++; // opening quote
        for (;;) {
            if (this.i >= text.length)
                this.fail();
            const c = text.charCodeAt(this.i);
            if (c === 34) {
                this.i++;
                return;
            }
            if (c < 0x20)
                this.fail();
            if (c === 92) {
                this.i++;
                const e = text[this.i];
                if (e === 'u') {
                    for (let k = 1; k <= 4; k++)
                        if (!/[0-9a-fA-F]/.test(text[this.i + k] ?? ''))
                            this.fail(this.i + k);
                    this.i += 5;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    this.i++;
                else
                    this.fail();
            }
            else
                this.i++;
        }
    }
    number() {
        const text = this.text;
        const digits = () => {
            while (DIGIT.test(text[this.i] ?? ''))
                this.i++;
        };
        if (text[this.i] === '-')
            this.i++;
        if (text[this.i] === '0')
            this.i++;
        else if (/[1-9]/.test(text[this.i] ?? ''))
            digits();
        else
            this.fail();
        if (text[this.i] === '.') {
            this.i++;
            if (!DIGIT.test(text[this.i] ?? ''))
                this.fail();
            digits();
        }
        if (text[this.i] === 'e' || text[this.i] === 'E') {
            this.i++;
            if (text[this.i] === '+' || text[this.i] === '-')
                this.i++;
            if (!DIGIT.test(text[this.i] ?? ''))
                this.fail();
            digits();
        }
    }
}
/** The offset of the first character that makes `text` invalid JSON (text.length: it ends early). */
function firstSyntaxError(text) {
    const scanner = new JsonScanner(text);
    try {
        scanner.document();
        return text.length;
    }
    catch (error) {
        // A SyntaxAt names the offending character; anything else (nesting too deep for this scanner)
        // is reported where the scanner was.
        return Math.min(error instanceof SyntaxAt ? error.offset : scanner.i, text.length);
    }
}


/***/ })

};
