export const id = 118;
export const ids = [118];
export const modules = {

/***/ 7118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ pr_comment_command)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(1085);
// EXTERNAL MODULE: ./lib/core/inputs.ts
var core_inputs = __webpack_require__(7579);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(5422);
// EXTERNAL MODULE: ./lib/github/pipeline-comment.ts
var pipeline_comment = __webpack_require__(188);
// EXTERNAL MODULE: ./lib/github/pr-comment.ts
var pr_comment = __webpack_require__(6168);
// EXTERNAL MODULE: ./lib/core/secrets.ts
var secrets = __webpack_require__(549);
;// CONCATENATED MODULE: ./lib/github/pr-context.ts
/**
 * The pull request a run belongs to, read from the event payload ($GITHUB_EVENT_PATH), and the
 * commit its plan is of. Read directly from the environment at the edge, not through
 * @actions/github's context (which reads it once, at import).
 */

function get(value, ...path) {
    let current = value;
    for (const key of path) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[key];
    }
    return current;
}
/** The pull request of `eventName` with `payload`, if the event has one. */
function pullRequestOf(eventName, payload, repository) {
    const [owner, repo] = (repository ?? String(get(payload, 'repository', 'full_name') ?? '')).split('/');
    if (!owner || !repo)
        return undefined;
    let number;
    let headSha;
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        number = get(payload, 'pull_request', 'number') ?? get(payload, 'number');
        headSha = get(payload, 'pull_request', 'head', 'sha');
    }
    else if (eventName === 'issue_comment') {
        if (!get(payload, 'issue', 'pull_request'))
            return undefined;
        number = get(payload, 'issue', 'number');
    }
    else if (eventName === 'workflow_run') {
        const pulls = get(payload, 'workflow_run', 'pull_requests');
        if (!Array.isArray(pulls) || pulls.length === 0)
            return undefined;
        number = get(pulls[0], 'number');
        headSha = get(payload, 'workflow_run', 'head_sha');
    }
    else
        return undefined;
    if (typeof number !== 'number' || !Number.isInteger(number))
        return undefined;
    return { owner, repo, number, headSha: typeof headSha === 'string' ? headSha : undefined };
}
/** The run's pull request and commit, from GITHUB_EVENT_NAME / GITHUB_EVENT_PATH / GITHUB_SHA. */
function runContext(env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const pullRequest = pullRequestOf(env.GITHUB_EVENT_NAME ?? '', payload, env.GITHUB_REPOSITORY);
    return { pullRequest, commit: pullRequest?.headSha ?? env.GITHUB_SHA };
}

// EXTERNAL MODULE: ./lib/scan/findings-markdown.ts
var findings_markdown = __webpack_require__(9846);
// EXTERNAL MODULE: ./lib/scan/options.ts + 2 modules
var options = __webpack_require__(6047);
// EXTERNAL MODULE: ./lib/scan/report-files.ts + 1 modules
var report_files = __webpack_require__(5241);
// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(3619);
;// CONCATENATED MODULE: ./cli/src/commands/pr-comment.ts
/**
 * `shipline pr-comment`: the pipeline's one sticky pull request comment, from what the plan
 * workflow's jobs left in a directory:
 *   DIR/plan.md          the infrastructure plan section (shipline plan-comment)
 *   DIR/images/*.json    one build result per service ({"service","built","tags","image"})
 *   DIR/scan/*.json      Trivy JSON reports (scan-images' output-dir)
 * Posts (creates or updates in place) on the run's pull request, or writes the markdown to --out.
 */














const JOB_RESULTS = ['success', 'failure', 'cancelled', 'skipped'];
const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
function jsonFiles(dir) {
    return (0,external_node_fs_.existsSync)(dir)
        ? (0,external_node_fs_.readdirSync)(dir)
            .filter(name => name.endsWith('.json'))
            .sort()
            .map(name => (0,external_node_path_.join)(dir, name))
        : [];
}
function readImageResult(path) {
    const accepted = 'a JSON object {"service": string, "built": boolean, "tags": [string], "image": string}';
    let value;
    try {
        value = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* InputError */.dz('--dir', `${path} is not JSON (${error.message})`, accepted);
    }
    if (typeof value.service !== 'string' || typeof value.built !== 'boolean' || !Array.isArray(value.tags))
        throw new errors/* InputError */.dz('--dir', `${path} is not a build result`, accepted);
    return {
        service: value.service,
        built: value.built,
        tags: value.tags.map(String),
        image: String(value.image ?? '')
    };
}
const pr_comment_command = {
    usage: 'shipline pr-comment --dir DIR [--environment NAME] [--infra-result R] [--images-result R] [--severity LIST] [--ignore-unfixed] [--out FILE]',
    options: {
        dir: { type: 'string' },
        environment: { type: 'string' },
        'infra-result': { type: 'string' },
        'images-result': { type: 'string' },
        severity: { type: 'string' },
        'ignore-unfixed': { type: 'boolean' },
        out: { type: 'string' }
    },
    async run({ values }) {
        const flag = (name) => (values[name] === undefined ? undefined : String(values[name]));
        const inputs = new core_inputs/* Inputs */.G0((0,core_inputs/* recordInputSource */.BE)({
            '--dir': flag('dir'),
            '--environment': flag('environment'),
            '--infra-result': flag('infra-result'),
            '--images-result': flag('images-result'),
            '--severity': flag('severity'),
            '--ignore-unfixed': flag('ignore-unfixed'),
            '--unknown-severity': undefined,
            '--ignorefile': undefined
        }));
        const dir = inputs.string('--dir', { required: true });
        if (!(0,external_node_fs_.existsSync)(dir))
            throw new errors/* InputError */.dz('--dir', `"${dir}" does not exist`, 'the directory the plan jobs filled');
        const environment = inputs.matching('--environment', ENVIRONMENT, 'an environment name such as production', {
            default: 'production'
        });
        const infraResult = inputs.oneOf('--infra-result', JOB_RESULTS, 'success');
        const imagesResult = inputs.oneOf('--images-result', JOB_RESULTS, 'success');
        const policy = {
            ...(0,options/* readPolicyOptions */.PS)(inputs, {
                severity: '--severity',
                ignoreUnfixed: '--ignore-unfixed',
                unknownSeverity: '--unknown-severity',
                ignoreFiles: '--ignorefile'
            }),
            now: Date.now()
        };
        const out = flag('out');
        const token = process.env.GITHUB_TOKEN ?? '';
        const context = runContext(process.env);
        if (!out && (!token || !context.pullRequest))
            throw new errors/* InputError */.dz('--out', 'is empty outside a pull request run (no GITHUB_TOKEN or no pull request in GITHUB_EVENT_PATH)', 'a file to write the comment to, or a pull_request workflow run with GITHUB_TOKEN');
        const planFile = (0,external_node_path_.join)(dir, 'plan.md');
        const scanResults = (0,report_files/* judgeReportFiles */.f)(jsonFiles((0,external_node_path_.join)(dir, 'scan')), policy, '--dir');
        const body = (0,pipeline_comment/* renderPipelineComment */.A)({
            environment,
            commit: context.commit,
            plan: (0,external_node_fs_.existsSync)(planFile) ? (0,external_node_fs_.readFileSync)(planFile, 'utf8') : undefined,
            infraResult,
            images: jsonFiles((0,external_node_path_.join)(dir, 'images')).map(readImageResult),
            imagesResult,
            scan: scanResults.length
                ? {
                    full: (0,findings_markdown/* renderScanFindings */.Ey)(scanResults, { level: 4 }),
                    short: (0,findings_markdown/* renderScanFindings */.Ey)(scanResults, { level: 4, top: 0 })
                }
                : undefined
        });
        if (out) {
            await (0,promises_.writeFile)(out, `${body}\n`);
            (0,log/* info */.pq)(`Wrote the PR comment to ${out}`);
            return command/* EXIT */.d.ok;
        }
        (0,secrets.mask)(token);
        const pullRequest = context.pullRequest;
        if (!pullRequest)
            throw new errors/* UserError */.yo('No pull request to comment on');
        const result = await (0,pr_comment/* upsertComment */.lB)({
            octokit: await (0,pr_comment/* createOctokit */.Qi)(token),
            owner: pullRequest.owner,
            repo: pullRequest.repo,
            issueNumber: pullRequest.number,
            marker: (0,pr_comment/* commentMarker */.Ql)('pipeline', environment),
            body
        });
        (0,log/* info */.pq)(`Comment ${result.action}: ${result.url}`);
        return command/* EXIT */.d.ok;
    }
};


/***/ }),

/***/ 549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   mask: () => (/* binding */ mask)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/** Masking: register a secret with the runner before the first call that could print it. */

const known = new Set();
function mask(secret) {
    if (!secret)
        return;
    known.add(secret);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
}
/** `text` with every masked secret replaced by `***`, for text that leaves the runner's masking. */
function redact(text, secrets = known) {
    let out = text;
    for (const secret of secrets)
        if (secret)
            out = out.split(secret).join('***');
    return out;
}


/***/ }),

/***/ 188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ renderPipelineComment)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1235);
/* harmony import */ var _pr_comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6168);
/**
 * The pipeline's ONE pull request comment: the infrastructure plan, the images that would be
 * built, and the scan findings. Pure: the caller brings each section's data.
 */


function jobProblem(what, result) {
    if (!result || result === 'success')
        return undefined;
    if (result === 'skipped')
        return `${what} did not run (skipped).`;
    return `⚠️ ${what} ${result === 'cancelled' ? 'was cancelled' : 'failed'}: see the workflow run for its log.`;
}
function imagesSection(input) {
    const problem = jobProblem('The image builds', input.imagesResult);
    if (input.images.length === 0)
        return problem ?? 'No service changed: nothing would be built, pushed or rolled out.';
    const rows = [...input.images]
        .sort((a, b) => a.service.localeCompare(b.service))
        .map(image => [
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(image.service),
        image.built
            ? '🔨 new content: built and scanned, pushed on merge'
            : '♻️ the registry already holds this content: reused',
        image.tags.map(_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY).join(' ')
    ]);
    const built = input.images.filter(image => image.built).length;
    return [
        `${built} of ${input.images.length} changed service${input.images.length === 1 ? '' : 's'} would be built.`,
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Service', 'Result', 'Tags'], rows, true),
        ...(problem ? [problem] : [])
    ].join('\n\n');
}
function compose(input, plan, scan) {
    const footer = `<sub>Shipline · environment ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(input.environment)}${input.commit ? ` · commit ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(input.commit.slice(0, 12))}` : ''} · updated on every push</sub>`;
    return [
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)(2, `Shipline: ${input.environment}`),
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)(3, '1. Infrastructure plan'),
        plan,
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)(3, '2. Images that would be built'),
        imagesSection(input),
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)(3, '3. Scan findings'),
        scan,
        footer
    ].join('\n\n');
}
/** The comment's markdown, within GitHub's limit: scan details go first, then the plan is cut. */
function renderPipelineComment(input, limit = _pr_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COMMENT_CHARS */ .VK - 200) {
    const plan = input.plan?.trim() || jobProblem('The Terraform plan', input.infraResult ?? 'failure') || 'No plan.';
    const noScan = input.images.some(image => image.built)
        ? (jobProblem('The scan', input.imagesResult) ?? 'No scan report was produced.')
        : 'No image was built, so none was scanned.';
    const full = compose(input, plan, input.scan?.full ?? noScan);
    if (full.length <= limit)
        return full;
    const short = compose(input, plan, input.scan?.short ?? noScan);
    if (short.length <= limit)
        return short;
    const note = '\n\n… the plan is cut here to fit GitHub’s limit: the job summary of the plan job holds all of it.';
    const room = Math.max(0, limit - (short.length - plan.length) - note.length);
    return compose(input, `${plan.slice(0, room)}${note}`, input.scan?.short ?? noScan);
}


/***/ }),

/***/ 6168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ createOctokit),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   VK: () => (/* binding */ MAX_COMMENT_CHARS),
/* harmony export */   lB: () => (/* binding */ upsertComment)
/* harmony export */ });
/* unused harmony exports hasMarker, findComment, isPermissionError */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1085);
/**
 * Sticky pull request comments: one comment per purpose, found by a hidden marker (an HTML comment
 * on a line of its own) and updated in place, so a pull request shows the latest result once
 * instead of a trail of stale ones. Works with the Octokit of @actions/github (`createOctokit`),
 * or anything with the same three REST methods.
 */

/** GitHub refuses comment bodies longer than this. */
const MAX_COMMENT_CHARS = 65_536;
const PAGE_SIZE = 100;
/** A marker made of `parts`, safe inside an HTML comment: `<!-- shipline:plan infra default -->`. */
function commentMarker(...parts) {
    const safe = parts.map(part => encodeURIComponent(part).replace(/-/g, '%2D'));
    return `<!-- shipline:${safe.join(' ')} -->`;
}
/** Whether `body` carries `marker` on a line of its own (a quoting reply does not). */
function hasMarker(body, marker) {
    if (!body)
        return false;
    let from = 0;
    for (;;) {
        const at = body.indexOf(marker, from);
        if (at < 0)
            return false;
        const startsLine = at === 0 || body[at - 1] === '\n';
        const end = at + marker.length;
        const endsLine = end === body.length || body[end] === '\n' || body[end] === '\r';
        if (startsLine && endsLine)
            return true;
        from = at + 1;
    }
}
/** Update the comment that carries `marker`, or create it; returns what was done. */
async function upsertComment(options) {
    const { octokit, owner, repo, issueNumber, marker } = options;
    if (!/^<!--[\s\S]*-->$/.test(marker) || marker.slice(4, -3).includes('--'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The comment marker ${JSON.stringify(marker)} is not a single HTML comment`);
    const body = hasMarker(options.body, marker) ? options.body : `${marker}\n${options.body}`;
    if (body.length > MAX_COMMENT_CHARS)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The comment is ${body.length} characters; GitHub accepts at most ${MAX_COMMENT_CHARS} (render it with a smaller limit)`);
    const existing = await findComment(octokit, owner, repo, issueNumber, marker);
    if (existing) {
        if (existing.body === body)
            return { action: 'unchanged', id: existing.id, url: existing.html_url };
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action: 'created', id: data.id, url: data.html_url };
}
/** The first comment (oldest first, across every page) that carries `marker`. */
async function findComment(octokit, owner, repo, issueNumber, marker) {
    for (let page = 1;; page++) {
        const { data } = await octokit.rest.issues.listComments({
            owner,
            repo,
            issue_number: issueNumber,
            per_page: PAGE_SIZE,
            page
        });
        const found = data.find(comment => hasMarker(comment.body, marker));
        if (found)
            return found;
        if (data.length < PAGE_SIZE)
            return undefined;
    }
}
/**
 * An Octokit from @actions/github, loaded only when called (it is large). `baseUrl` defaults to
 * GITHUB_API_URL, as on GitHub Enterprise Server.
 */
async function createOctokit(token, baseUrl) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const url = baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
    const octokit = getOctokit(token, { baseUrl: url });
    return octokit;
}
/** Whether an Octokit error means the token may not comment (a pull request from a fork, missing permission). */
function isPermissionError(error) {
    const status = error?.status;
    return status === 403 || status === 404;
}


/***/ })

};
