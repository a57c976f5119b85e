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
/* harmony import */ var _lib_terraform_plan_comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16906);
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


/***/ })

};
