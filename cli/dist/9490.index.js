export const id = 9490;
export const ids = [9490];
export const modules = {

/***/ 9490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_terraform_plan_comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38687);
/* harmony import */ var _lib_terraform_plan_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32001);
/* harmony import */ var _lib_terraform_plan_variants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9373);
/* harmony import */ var _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21085);
/* harmony import */ var _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57579);
/* harmony import */ var _lib_core_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77168);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73619);
/**
 * `shipline plan-comment PLAN_JSON [--max-chars N] [--variants FILE]`: the pull request comment of a
 * plan, rendered by provision-infra's own renderer from the output of `terraform show -json
 * PLANFILE`. `--variants FILE` also writes the plan section of the pipeline's PR comment at a
 * ladder of sizes (JSON), so that `shipline pr-comment` can give the plan its share of the limit.
 */








const PLAN_JSON = 'PLAN_JSON';
/** A plan's JSON of a large infrastructure stays well under this. */
const MAX_PLAN_JSON_BYTES = 256 * _lib_core_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .MiB */ .lv;
const ACCEPTED = 'the output of terraform show -json PLANFILE (a file of at most 256 MiB in the current directory or RUNNER_TEMP, or - for standard input)';
/** Standard input, refused once it passes the bound (a plan piped in is read; /dev/zero is not read forever). */
async function readStdin() {
    const chunks = [];
    let total = 0;
    for await (const chunk of process.stdin) {
        total += chunk.length;
        if (total > MAX_PLAN_JSON_BYTES) {
            process.stdin.destroy();
            throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(PLAN_JSON, 'standard input is more than 256 MiB', ACCEPTED);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** The plan JSON a path names: a regular file of at most 256 MiB in the current directory or RUNNER_TEMP. */
function readPlanFile(path) {
    const rules = { root: process.cwd(), alsoUnder: [process.env.RUNNER_TEMP], accepted: ACCEPTED };
    const full = (0,_lib_core_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .fileInput */ .Fg)(PLAN_JSON, path, { ...rules, maxBytes: MAX_PLAN_JSON_BYTES });
    return (0,_lib_core_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .readCheckedFile */ .m2)(PLAN_JSON, full, path, MAX_PLAN_JSON_BYTES, ACCEPTED);
}
/** Where --variants may be written: a new or regular file in the current directory or RUNNER_TEMP. */
const VARIANTS_RULES = () => ({
    root: process.cwd(),
    alsoUnder: [process.env.RUNNER_TEMP],
    accepted: 'a file to write, in the current directory or RUNNER_TEMP'
});
const command = {
    usage: `shipline plan-comment PLAN_JSON [--max-chars N] [--variants FILE]    (N from 1000 to 1000000; default ${_lib_terraform_plan_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT */ .W$}; FILE: the plan section of shipline pr-comment at every size, JSON)`,
    options: { 'max-chars': { type: 'string' }, variants: { type: 'string' } },
    positionals: true,
    async run({ values, positionals }) {
        const inputs = new _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0((0,_lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .recordInputSource */ .BE)({
            '--max-chars': values['max-chars'],
            '--variants': values.variants
        }));
        if (positionals.length !== 1)
            throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(PLAN_JSON, positionals.length ? `${positionals.length} files were given` : 'is required but was empty', `one file: ${ACCEPTED}`);
        const maxChars = inputs.integer('--max-chars', _lib_terraform_plan_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT */ .W$, { min: 1000, max: 1_000_000 });
        const variantsFile = inputs.optional('--variants');
        const path = positionals[0];
        const text = path === '-' ? await readStdin() : readPlanFile(path);
        const variants = variantsFile === undefined ? undefined : (0,_lib_core_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .outputFileInput */ .qJ)('--variants', variantsFile, VARIANTS_RULES());
        let plan;
        try {
            plan = (0,_lib_terraform_plan_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlanJson */ .Xj)(text, path === '-' ? 'standard input' : path);
        }
        catch (error) {
            if (error instanceof _lib_terraform_plan_json_js__WEBPACK_IMPORTED_MODULE_2__/* .PlanJsonError */ .EW)
                throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(PLAN_JSON, error.message, ACCEPTED);
            throw error;
        }
        if (variants !== undefined)
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(variants, `${JSON.stringify((0,_lib_terraform_plan_variants_js__WEBPACK_IMPORTED_MODULE_3__/* .renderPlanVariants */ .Ux)(plan))}\n`);
            }
            catch (error) {
                const code = error.code ?? 'unwritable';
                throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('--variants', `cannot write "${variantsFile}" (${code})`, 'a file in an existing directory');
            }
        process.stdout.write((0,_lib_terraform_plan_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPlanComment */ .zk)(plan, { maxChars }).markdown);
        return _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
    }
};


/***/ }),

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

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ux: () => (/* binding */ renderPlanVariants),
/* harmony export */   hM: () => (/* binding */ parsePlanVariants)
/* harmony export */ });
/* unused harmony exports PLAN_LADDER, PIPELINE_PLAN_CUT, lossBetween */
/* harmony import */ var _plan_comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38687);

/** From GitHub's limit down by an eighth each rung, to about 1,000 characters (the counts and risk lines). */
const PLAN_LADDER = (() => {
    const rungs = [];
    for (let n = _plan_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMENT_LIMIT */ .W$; n >= 1000; n = Math.floor(n * 0.875))
        rungs.push(n);
    return rungs;
})();
const PIPELINE_PLAN_CUT = {
    limitName: "this section's share of GitHub's 65,536-character comment limit",
    fullRenderAt: 'The job summary of the Terraform plan job has the whole plan.'
};
/** What the cut from `before` to `after` leaves out that matters most. */
function lossBetween(before, after) {
    if (after.riskLinesCut > before.riskLinesCut)
        return 'risk';
    if (after.servicesCut > before.servicesCut || after.serviceListsCut > before.serviceListsCut)
        return 'risk';
    const lists = (cut) => (cut.changesSummarised ? Number.MAX_SAFE_INTEGER : cut.collapsedLists);
    if (lists(after) > lists(before))
        return 'list';
    return 'detail';
}
/** The plan rendered at every rung of the ladder that gives a shorter text than the rung above. */
function renderPlanVariants(plan, options = {}, ladder = PLAN_LADDER) {
    const variants = [];
    let previous;
    for (const maxChars of ladder) {
        if (maxChars > _plan_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMENT_LIMIT */ .W$)
            continue;
        const rendered = (0,_plan_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .renderPlanComment */ .zk)(plan, { ...PIPELINE_PLAN_CUT, ...options, maxChars });
        const last = variants[variants.length - 1];
        if (last && rendered.markdown.length >= last.text.length)
            continue;
        variants.push({
            text: rendered.markdown,
            loses: previous ? lossBetween(previous, rendered.cut) : 'detail',
            maxChars
        });
        previous = rendered.cut;
    }
    return { version: 1, variants };
}
/** The variants of a `--variants` file, or a problem in words. */
function parsePlanVariants(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return `is not JSON (${error.message})`;
    }
    const file = data;
    if (file?.version !== 1 || !Array.isArray(file.variants) || file.variants.length === 0)
        return 'is not a plan variants file (version 1, a non-empty list of variants)';
    for (const [i, v] of file.variants.entries())
        if (typeof v?.text !== 'string' ||
            typeof v.maxChars !== 'number' ||
            !['detail', 'list', 'risk'].includes(v.loses))
            return `variant ${i} is not {text, maxChars, loses: detail|list|risk}`;
    return file.variants;
}


/***/ })

};
