export const id = 3336;
export const ids = [3336];
export const modules = {

/***/ 63336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ pr_comment_command)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/inputs.ts
var core_inputs = __webpack_require__(57579);
// EXTERNAL MODULE: ./lib/core/paths.ts
var paths = __webpack_require__(77168);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
;// CONCATENATED MODULE: ./lib/core/budget.ts
/**
 * One character budget shared by the sections of a markdown document (the pipeline's PR comment
 * within GitHub's 65,536 characters). Each section comes as variants, fullest first; each next
 * variant is shorter, complete markdown on its own (every code block and <details> closed, a note
 * of what it leaves out), and says how important what it leaves out is. Pure.
 *
 * `fitSections` starts from every section's fullest variant and, while the whole is too long,
 * steps the section whose next step loses the least important content (details before lists,
 * lists before risks: destroys, replacements, failing findings, failed jobs); among equals, the
 * longest section gives first. Then any room left goes back, most important section first.
 */
/** What a shorter variant leaves out, least important first. */
const LOSSES = ['detail', 'list', 'risk'];
const rank = (loss) => LOSSES.indexOf(loss);
/** The index of the variant chosen for each section so that their lengths add up to `room` at most. */
function fitSections(sections, room) {
    const chosen = sections.map(() => 0);
    const length = (i, at = chosen[i]) => sections[i].variants[at]?.text.length ?? 0;
    let total = sections.reduce((n, _, i) => n + length(i), 0);
    while (total > room) {
        let best = -1;
        for (let i = 0; i < sections.length; i++) {
            if (chosen[i] >= sections[i].variants.length - 1)
                continue;
            if (best < 0) {
                best = i;
                continue;
            }
            const a = rank(sections[i].variants[chosen[i] + 1].loses);
            const b = rank(sections[best].variants[chosen[best] + 1].loses);
            if (a < b || (a === b && length(i) > length(best)))
                best = i;
        }
        if (best < 0)
            break;
        total += length(best, chosen[best] + 1) - length(best);
        chosen[best]++;
    }
    // A step can free more than was needed: give the room back, most important content first.
    const order = sections
        .map((_, i) => i)
        .sort((a, b) => stepBackRank(sections, chosen, b) - stepBackRank(sections, chosen, a) || a - b);
    for (const i of order)
        while (chosen[i] > 0 && total - length(i) + length(i, chosen[i] - 1) <= room) {
            total += length(i, chosen[i] - 1) - length(i);
            chosen[i]--;
        }
    return chosen;
}
/** How important the content is that stepping section `i` back would restore. */
function stepBackRank(sections, chosen, i) {
    return chosen[i] > 0 ? rank(sections[i].variants[chosen[i]].loses) : -1;
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * `text` within `max` characters, cut only where no code block or <details> is open, with `note`
 * (what was left out and where it is) at the end. Unchanged when it fits.
 */
function safeCut(text, max, note) {
    if (text.length <= max)
        return text;
    const budget = max - note.length - 2;
    let fence;
    let depth = 0;
    let position = 0;
    let safe = 0;
    for (const line of text.split('\n')) {
        const end = position + line.length;
        if (end > budget)
            break;
        if (fence) {
            if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '')
                fence = undefined;
        }
        else {
            const open = FENCE.exec(line);
            if (open)
                fence = open[1];
            else
                depth += (line.match(/<details[\s>]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
        }
        if (!fence && depth <= 0)
            safe = end;
        position = end + 1;
    }
    return `${text.slice(0, safe).trimEnd()}\n\n${note}`.trimStart();
}
/** Whether every code block and <details> of `text` is closed (what a cut must never break). */
function blocksClosed(text) {
    let fence;
    let depth = 0;
    for (const line of text.split('\n')) {
        if (fence) {
            if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '')
                fence = undefined;
            continue;
        }
        const open = FENCE.exec(line);
        if (open) {
            fence = open[1];
            continue;
        }
        depth += (line.match(/<details[\s>]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
        if (depth < 0)
            return false;
    }
    return fence === undefined && depth === 0;
}

// EXTERNAL MODULE: ./lib/core/markdown.ts
var markdown = __webpack_require__(71235);
// EXTERNAL MODULE: ./lib/scan/findings-markdown.ts
var findings_markdown = __webpack_require__(49846);
;// CONCATENATED MODULE: ./lib/github/pr-comment.ts
/**
 * Sticky pull request comments: one comment per purpose, found by a hidden marker (an HTML comment
 * on a line of its own) and updated in place, so a pull request shows the latest result once
 * instead of a trail of stale ones. Only a comment posted by the identity of the token (GraphQL's
 * `viewer`: github-actions[bot] for GITHUB_TOKEN, the app's bot, or the user of a personal token)
 * is adopted: anyone can write the marker into a comment of their own, and adopting it would let
 * them edit what reviewers take for Shipline's plan (their text stays above it, "updated" in place).
 * Such comments are ignored, and the log says so. Works with the Octokit of @actions/github
 * (`createOctokit`), or anything with the same three REST methods and `graphql`.
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
        throw new errors/* UserError */.yo(`The comment marker ${JSON.stringify(marker)} is not a single HTML comment`);
    const body = hasMarker(options.body, marker) ? options.body : `${marker}\n${options.body}`;
    if (body.length > MAX_COMMENT_CHARS)
        throw new errors/* UserError */.yo(`The comment is ${body.length} characters; GitHub accepts at most ${MAX_COMMENT_CHARS} (render it with a smaller limit)`);
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
/** The login of the token's own identity (asked once, and only when a marked comment is found). */
async function viewerLogin(octokit) {
    const { viewer } = await octokit.graphql('query { viewer { login } }');
    return viewer.login;
}
/**
 * The first comment (oldest first, across every page) that carries `marker` and was posted by the
 * token's own identity; a marked comment by anyone else is ignored, with a warning.
 */
async function findComment(octokit, owner, repo, issueNumber, marker) {
    let self;
    for (let page = 1;; page++) {
        const { data } = await octokit.rest.issues.listComments({
            owner,
            repo,
            issue_number: issueNumber,
            per_page: PAGE_SIZE,
            page
        });
        for (const comment of data.filter(c => hasMarker(c.body, marker))) {
            const login = (await (self ??= viewerLogin(octokit))).toLowerCase();
            if (comment.user?.login.toLowerCase() === login)
                return comment;
            (0,log/* warning */.$e)(`Ignoring comment ${comment.id} by ${comment.user?.login ?? 'a deleted account'}: it carries the marker of this comment but was not posted by ${await self}, the identity of this token`);
        }
        if (data.length < PAGE_SIZE)
            return undefined;
    }
}
/**
 * An Octokit from @actions/github, loaded only when called (it is large). `baseUrl` defaults to
 * GITHUB_API_URL, as on GitHub Enterprise Server.
 */
async function createOctokit(token, baseUrl) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 2413).then(__webpack_require__.bind(__webpack_require__, 92413));
    const url = baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
    const octokit = getOctokit(token, { baseUrl: url });
    return octokit;
}
/** Whether an Octokit error means the token may not comment (a pull request from a fork, missing permission). */
function isPermissionError(error) {
    const status = error?.status;
    return status === 403 || status === 404;
}

;// CONCATENATED MODULE: ./lib/github/pipeline-comment.ts
/**
 * The pipeline's ONE pull request comment: the infrastructure plan, the images that would be
 * built, and the scan findings. Pure: the caller brings each section's data.
 *
 * The three sections share GitHub's 65,536 characters by priority (lib/core/budget.ts): each comes
 * as variants, fullest first, and the shortest steps are taken where the least important content
 * goes (attribute details, findings within the policy, reused images) before lists, and lists
 * before risks (destroys and replacements, failing findings, failed jobs). No variant is ever cut
 * inside a code block or <details>; each says what it left out and where the whole is.
 */




const JOB_RESULTS = ['success', 'failure', 'cancelled', 'skipped'];
/** Where the whole of each section is, named in every note of what was left out. */
const PLAN_AT = 'the job summary of the Terraform plan job has the whole plan';
const SCAN_AT = 'in the job summary of the image’s “Build and scan” job';
const FRONTEND_AT = 'the job summary of the frontend job has all of it';
function jobProblem(what, result) {
    if (!result || result === 'success')
        return undefined;
    if (result === 'skipped')
        return `${what} did not run (skipped).`;
    return `⚠️ ${what} ${result === 'cancelled' ? 'was cancelled' : 'failed'}: see the workflow run for its log.`;
}
// ---- the images ------------------------------------------------------------------------------
const CONTENT_TAG = /(?:^|:)(src-[0-9a-f]{12})$/;
/** The scan result of an image: the report scan-images named after its archive (SERVICE-TAG.oci). */
function scanResultOf(image, results) {
    const tag = image.tags.map(t => CONTENT_TAG.exec(t)?.[1]).find(Boolean);
    return results.find(r => r.name === image.service || (tag !== undefined && r.name.startsWith(`${image.service}-${tag}`)));
}
/** What happened to one image in this run, and how the comment says it. */
function imageStatus(image, scan, scansKnown) {
    if (!image.built)
        return { state: 'reused', text: '♻️ the registry already holds this content: reused' };
    const built = '🔨 new content: built';
    if (scan?.error)
        return { state: 'failed', text: `${built}; ⚠️ could not be scanned, so it would not be pushed` };
    if (scan && (0,findings_markdown/* resultPassed */.yM)(scan))
        return { state: 'passed', text: `${built} and scanned, pushed on merge` };
    if (scan)
        return { state: 'failed', text: `${built}; ❌ fails the scan policy, so it would not be pushed` };
    if (!scansKnown)
        return { state: 'unknown', text: `${built}; its scan is in the scan findings` };
    const why = image.scan === 'failure'
        ? 'the scan failed without a report (see its job log)'
        : image.scan === 'cancelled'
            ? 'the scan was cancelled'
            : image.scan === 'success'
                ? 'scanned, but its report did not reach this comment'
                : 'not scanned';
    return { state: 'not-scanned', text: `${built}; ⚠️ ${why}, so it would not be pushed` };
}
/** Every image of the run with its status, by service name. */
function imageRows(input) {
    const scansKnown = input.scanResults !== undefined;
    return [...input.images]
        .sort((a, b) => a.service.localeCompare(b.service))
        .map(image => ({
        image,
        status: imageStatus(image, scanResultOf(image, input.scanResults ?? []), scansKnown)
    }));
}
/** The images section: the headline, a table of `shown`, then the note and the job's problem. */
function renderImages(headline, shown, note, problem) {
    return [
        headline,
        ...(shown.length
            ? [
                (0,markdown/* table */.tp)(['Service', 'Result', 'Tags'], shown.map(r => [(0,markdown/* code */.aY)(r.image.service), r.status.text, r.image.tags.map(markdown/* code */.aY).join(' ')]), true)
            ]
            : []),
        ...(note ? [note] : []),
        ...(problem ? [problem] : [])
    ].join('\n\n');
}
function leftOut(k, what) {
    return `_${k} ${what} ${k === 1 ? 'is' : 'are'} left out to fit; every image is in the images jobs’ summaries._`;
}
function imageVariants(input) {
    const problem = jobProblem('The image builds', input.imagesResult);
    if (input.images.length === 0)
        return [
            {
                text: problem ?? 'No service changed: nothing would be built, pushed or rolled out.',
                loses: 'detail'
            }
        ];
    const rows = imageRows(input);
    const built = input.images.filter(image => image.built).length;
    const n = input.images.length;
    const headline = `${built} of ${n} changed service${n === 1 ? '' : 's'} would be built.`;
    const render = (shown, note) => renderImages(headline, shown, note, problem);
    const troubled = rows.filter(r => r.status.state === 'failed' || r.status.state === 'not-scanned');
    const variants = [{ text: render(rows), loses: 'detail' }];
    const fresh = rows.filter(r => r.image.built);
    if (fresh.length < rows.length)
        variants.push({
            text: render(fresh, leftOut(rows.length - fresh.length, 'reused services')),
            loses: 'detail'
        });
    if (troubled.length < fresh.length)
        variants.push({
            text: render(troubled, leftOut(fresh.length - troubled.length, 'built and passing images')),
            loses: 'list'
        });
    const names = troubled.map(r => (0,markdown/* code */.aY)(r.image.service)).join(', ');
    variants.push({
        text: [
            headline,
            ...(troubled.length ? [`Not pushable: ${names}.`] : []),
            leftOut(rows.length, 'rows of the table'),
            ...(problem ? [problem] : [])
        ].join('\n\n'),
        loses: troubled.length ? 'risk' : 'list'
    });
    return variants;
}
// ---- the plan and the scan -------------------------------------------------------------------
function planVariants(input) {
    const problem = jobProblem('The Terraform plan', input.infraResult ?? 'failure');
    const withProblem = (text) => (problem && input.infraResult ? `${text}\n\n${problem}` : text);
    if (input.planVariants?.length)
        return input.planVariants.map(v => ({ ...v, text: withProblem(v.text.trimEnd()) }));
    const plan = input.plan?.trim();
    if (!plan)
        return [{ text: problem ?? 'No plan.', loses: 'detail' }];
    // A ready plan section only: cut at block boundaries, with a note.
    const note = `> [!NOTE]\n> … the plan is cut here to fit GitHub’s limit: ${PLAN_AT}.`;
    const variants = [{ text: withProblem(plan), loses: 'detail' }];
    for (let size = Math.floor(plan.length * 0.75); size > 1000; size = Math.floor(size * 0.75))
        variants.push({ text: withProblem(safeCut(plan, size, note)), loses: 'list' });
    return variants;
}
function scanVariants(input) {
    const noScan = input.images.some(image => image.built)
        ? (jobProblem('The scan', input.imagesResult) ?? 'No scan report was produced.')
        : 'No image was built, so none was scanned.';
    const results = input.scanResults;
    if (results?.length) {
        const render = (options) => (0,findings_markdown/* renderScanFindings */.Ey)(results, { level: 4, fullAt: SCAN_AT, ...options });
        return [
            { text: render({}), loses: 'detail' },
            { text: render({ failingOnly: true }), loses: 'detail' },
            { text: render({ failingOnly: true, top: 3 }), loses: 'list' },
            { text: render({ failingOnly: true, top: 1 }), loses: 'risk' },
            { text: render({ failingOnly: true, top: 0 }), loses: 'risk' },
            { text: render({ compact: true }), loses: 'risk' }
        ];
    }
    if (input.scan)
        return [
            { text: input.scan.full, loses: 'detail' },
            { text: input.scan.short, loses: 'risk' },
            { text: `The scan findings are left out to fit; they are ${SCAN_AT}.`, loses: 'risk' }
        ];
    return [{ text: noScan, loses: 'detail' }];
}
// ---- the comment -----------------------------------------------------------------------------
function frontendVariants(input) {
    const text = input.frontend?.trim();
    if (!text)
        return [{ text: '', loses: 'detail' }];
    const note = `_The rest of the publish plan is left out to fit; ${FRONTEND_AT}._`;
    const variants = [{ text, loses: 'detail' }];
    for (let size = Math.floor(text.length * 0.75); size > 600; size = Math.floor(size * 0.75))
        variants.push({ text: safeCut(text, size, note), loses: 'list' });
    variants.push({ text: `The publish plan is left out to fit; ${FRONTEND_AT}.`, loses: 'list' });
    return variants;
}
function compose(input, [plan, images, scan, frontend]) {
    const footer = `<sub>Shipline · environment ${(0,markdown/* code */.aY)(input.environment)}${input.commit ? ` · commit ${(0,markdown/* code */.aY)(input.commit.slice(0, 12))}` : ''} · updated on every push</sub>`;
    return [
        (0,markdown/* heading */.R_)(2, `Shipline: ${input.environment}`),
        (0,markdown/* heading */.R_)(3, '1. Infrastructure plan'),
        plan,
        (0,markdown/* heading */.R_)(3, '2. Images that would be built'),
        images,
        (0,markdown/* heading */.R_)(3, '3. Scan findings'),
        scan,
        ...(input.frontend?.trim() ? [(0,markdown/* heading */.R_)(3, '4. Frontend'), frontend] : []),
        footer
    ].join('\n\n');
}
/** The comment's markdown, within `limit` (GitHub's, less room for the marker). */
function renderPipelineComment(input, limit = MAX_COMMENT_CHARS - 200) {
    const sections = [
        { name: 'plan', variants: planVariants(input) },
        { name: 'images', variants: imageVariants(input) },
        { name: 'scan', variants: scanVariants(input) },
        { name: 'frontend', variants: frontendVariants(input) }
    ];
    const frame = compose(input, ['', '', '', '']).length;
    const chosen = fitSections(sections, limit - frame);
    const body = compose(input, sections.map((s, i) => s.variants[chosen[i]].text));
    if (body.length <= limit)
        return body;
    // Even the shortest variants do not fit (thousands of images): the frame and what fits.
    return safeCut(body, limit, `> [!NOTE]\n> The rest is left out to fit GitHub’s limit; ${PLAN_AT}, and every image is ${SCAN_AT}.`);
}

// EXTERNAL MODULE: ./lib/core/secrets.ts
var secrets = __webpack_require__(40549);
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

// EXTERNAL MODULE: ./lib/scan/options.ts + 3 modules
var options = __webpack_require__(82917);
// EXTERNAL MODULE: ./lib/scan/report-files.ts + 1 modules
var report_files = __webpack_require__(5241);
// EXTERNAL MODULE: ./lib/terraform/plan-variants.ts
var plan_variants = __webpack_require__(9373);
// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(73619);
;// CONCATENATED MODULE: ./cli/src/commands/pr-comment.ts
/**
 * `shipline pr-comment`: the pipeline's one sticky pull request comment, from what the plan
 * workflow's jobs left in a directory:
 *   DIR/plan-variants.json  the plan section at a ladder of sizes (shipline plan-comment --variants)
 *   DIR/plan.md             or the plan section at one size (shipline plan-comment)
 *   DIR/images/*.json       one build result per service ({"service","built","tags","image","scan"})
 *   DIR/scan/*.json         Trivy JSON reports (scan-images' output-dir)
 *   DIR/static.md           what the frontend publish would change (shipline publish-static --dry-run --markdown)
 * The sections share GitHub's limit by priority (lib/github/pipeline-comment.ts).
 * Posts (creates or updates in place) on the run's pull request, or writes the markdown to --out.
 */















const DIR_ACCEPTED = 'the directory the plan jobs filled, in the current directory or RUNNER_TEMP';
const OUT_ACCEPTED = 'a file to write the comment to, in the current directory or RUNNER_TEMP';
/** plan.md and each build result are small; a bigger one is not what the plan jobs wrote. */
const MAX_PART_BYTES = 1 * paths/* MiB */.lv;
/** The plan section at every size of the ladder: a few dozen sections of at most 64 KiB each. */
const MAX_VARIANTS_BYTES = 16 * paths/* MiB */.lv;
/** Where the command reads and writes: the current directory, or RUNNER_TEMP. */
const where = () => ({ root: process.cwd(), alsoUnder: [process.env.RUNNER_TEMP] });
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
    const accepted = 'a JSON object {"service": string, "built": boolean, "tags": [string], "image": string, "scan": the scan step\'s outcome (optional)}';
    let value;
    try {
        value = JSON.parse((0,paths/* readCheckedFile */.m2)('--dir', path, path, MAX_PART_BYTES, accepted));
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw new errors/* InputError */.dz('--dir', `${path} is not JSON (${error.message})`, accepted);
    }
    if (typeof value.service !== 'string' || typeof value.built !== 'boolean' || !Array.isArray(value.tags))
        throw new errors/* InputError */.dz('--dir', `${path} is not a build result`, accepted);
    const scan = value.scan === '' || value.scan === null ? undefined : value.scan;
    if (scan !== undefined && !JOB_RESULTS.includes(scan))
        throw new errors/* InputError */.dz('--dir', `${path}: "scan" is ${JSON.stringify(scan)}`, `the scan step's outcome: ${JOB_RESULTS.join(', ')}`);
    return {
        service: value.service,
        built: value.built,
        tags: value.tags.map(String),
        image: String(value.image ?? ''),
        ...(scan ? { scan: scan } : {})
    };
}
function readPlanVariants(path) {
    const variants = (0,plan_variants/* parsePlanVariants */.hM)((0,paths/* readCheckedFile */.m2)('--dir', path, path, MAX_VARIANTS_BYTES, 'the file shipline plan-comment --variants writes'));
    if (typeof variants === 'string')
        throw new errors/* InputError */.dz('--dir', `${path} ${variants}`, 'the file shipline plan-comment --variants writes');
    return variants;
}
/** Every flag read and checked once, before anything is read from --dir or sent. */
function readOptions(values) {
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
    const dir = (0,paths/* directoryInput */.K)('--dir', inputs.string('--dir', { required: true }), {
        ...where(),
        accepted: DIR_ACCEPTED
    });
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
    const outFlag = flag('out');
    const out = outFlag === undefined
        ? undefined
        : (0,paths/* outputFileInput */.qJ)('--out', outFlag, { ...where(), accepted: OUT_ACCEPTED });
    const token = process.env.GITHUB_TOKEN ?? '';
    const context = runContext(process.env);
    if (!out && (!token || !context.pullRequest))
        throw new errors/* InputError */.dz('--out', 'is empty outside a pull request run (no GITHUB_TOKEN or no pull request in GITHUB_EVENT_PATH)', 'a file to write the comment to, or a pull_request workflow run with GITHUB_TOKEN');
    return {
        dir,
        environment,
        infraResult,
        imagesResult,
        policy,
        out,
        outFlag,
        token,
        commit: context.commit,
        pullRequest: context.pullRequest
    };
}
/** The comment, from the parts the pipeline's jobs left in --dir. */
function renderBody(options) {
    const { dir } = options;
    const planFile = (0,external_node_path_.join)(dir, 'plan.md');
    const variantsFile = (0,external_node_path_.join)(dir, 'plan-variants.json');
    const frontendFile = (0,external_node_path_.join)(dir, 'static.md');
    const part = (file) => (0,paths/* readCheckedFile */.m2)('--dir', file, file, MAX_PART_BYTES, DIR_ACCEPTED);
    return renderPipelineComment({
        environment: options.environment,
        commit: options.commit,
        ...((0,external_node_fs_.existsSync)(variantsFile) ? { planVariants: readPlanVariants(variantsFile) } : {}),
        plan: (0,external_node_fs_.existsSync)(planFile) ? part(planFile) : undefined,
        infraResult: options.infraResult,
        images: jsonFiles((0,external_node_path_.join)(dir, 'images')).map(readImageResult),
        imagesResult: options.imagesResult,
        scanResults: (0,report_files/* judgeReportFiles */.f)(jsonFiles((0,external_node_path_.join)(dir, 'scan')), options.policy, '--dir'),
        ...((0,external_node_fs_.existsSync)(frontendFile) ? { frontend: part(frontendFile) } : {})
    });
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
        const options = readOptions(values);
        const body = renderBody(options);
        if (options.out) {
            await (0,promises_.writeFile)(options.out, `${body}\n`);
            (0,log/* info */.pq)(`Wrote the PR comment to ${options.outFlag}`);
            return command/* EXIT */.d.ok;
        }
        const { token, pullRequest } = options;
        (0,secrets.mask)(token);
        if (!pullRequest)
            throw new errors/* UserError */.yo('No pull request to comment on');
        const result = await upsertComment({
            octokit: await createOctokit(token),
            owner: pullRequest.owner,
            repo: pullRequest.repo,
            issueNumber: pullRequest.number,
            marker: commentMarker('pipeline', options.environment),
            body
        });
        (0,log/* info */.pq)(`Comment ${result.action}: ${result.url}`);
        return command/* EXIT */.d.ok;
    }
};


/***/ }),

/***/ 40549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   mask: () => (/* binding */ mask)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
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
