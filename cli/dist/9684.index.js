export const id = 9684;
export const ids = [9684,9758,2618];
export const modules = {

/***/ 99684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command),
/* harmony export */   readFlags: () => (/* binding */ readFlags)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21085);
/* harmony import */ var _lib_rehearsal_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30629);
/* harmony import */ var _lib_rehearsal_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72618);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73619);
/**
 * `shipline rehearse`: a workflow file's run on this machine, for one event. Its jobs run in `needs`
 * order with called workflows expanded, `if:` and `${{ }}` evaluated by GitHub's own parser and
 * evaluator; Shipline's actions and CLI run for real; AWS, the Kubernetes API, GitHub's API and the
 * third-party actions are stand-ins (lib/rehearsal/README.md says what each does and does not model).
 * Prints one line per job and the counts; --json writes them as a document.
 *
 * Exit codes: 0 the run would succeed, 1 it would fail (a job failed), 2 a bad flag.
 */








const HOST_PORT = /^(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]|[a-z0-9.-]+):\d{1,5}$/;
const INPUT = /^[A-Za-z_][A-Za-z0-9_-]*=/;
function list(value) {
    return value === undefined ? [] : value.map(String);
}
/** The flags, checked before anything starts. */
function readFlags(values, positionals) {
    if (positionals.length !== 1)
        throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('WORKFLOW', positionals.length ? `${positionals.length} workflow files were given` : 'is missing', 'one workflow file, such as .github/workflows/pipeline.yml');
    const event = String(values.event ?? '');
    if (!_lib_rehearsal_context_js__WEBPACK_IMPORTED_MODULE_5__/* .EVENTS */ .qY.includes(event))
        throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('--event', event ? `"${event}" is not an event the rehearsal runs` : 'is required', _lib_rehearsal_context_js__WEBPACK_IMPORTED_MODULE_5__/* .EVENTS */ .qY.join(', '));
    const inputs = {};
    for (const pair of list(values.input)) {
        if (!INPUT.test(pair))
            throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('--input', `"${pair}" is not KEY=VALUE`, 'KEY=VALUE, such as confirm=production');
        const at = pair.indexOf('=');
        inputs[pair.slice(0, at)] = pair.slice(at + 1);
    }
    const registry = values.registry === undefined ? undefined : String(values.registry);
    if (registry !== undefined && !HOST_PORT.test(registry))
        throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('--registry', `"${registry}" is not HOST:PORT`, 'the HOST:PORT of a running registry, such as 127.0.0.1:5000');
    const repo = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(String(values.repo ?? '.'));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(repo))
        throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('--repo', `${repo} does not exist`, 'the directory of a git checkout');
    const sources = values['shipline-sources'] === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(String(values['shipline-sources']));
    if (sources && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(sources, 'lib', 'rehearsal', 'source-hooks.mjs')))
        throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('--shipline-sources', `${sources} is not a Shipline source checkout`, 'the root of a Shipline checkout with node_modules');
    return {
        workflow: positionals[0],
        event: event,
        repo,
        before: values.before === undefined ? undefined : String(values.before),
        inputs,
        protectedEnvironments: list(values.protected),
        registry,
        state: values.state === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(String(values.state)),
        json: values.json === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(String(values.json)),
        sources
    };
}
const command = {
    usage: 'shipline rehearse WORKFLOW --event push|pull_request|workflow_dispatch [--repo DIR] [--before SHA] [--input KEY=VALUE]... [--protected ENV]... [--registry HOST:PORT] [--state DIR] [--json FILE] [--shipline-sources DIR]',
    positionals: true,
    options: {
        event: { type: 'string' },
        repo: { type: 'string' },
        before: { type: 'string' },
        input: { type: 'string', multiple: true },
        protected: { type: 'string', multiple: true },
        registry: { type: 'string' },
        state: { type: 'string' },
        json: { type: 'string' },
        'shipline-sources': { type: 'string' }
    },
    async run({ values, positionals }) {
        const flags = readFlags(values, positionals);
        const { rehearse } = await Promise.all(/* import() */[__webpack_require__.e(4222), __webpack_require__.e(7827), __webpack_require__.e(5613)]).then(__webpack_require__.bind(__webpack_require__, 47827));
        const stateDir = flags.state ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'shipline-rehearsal-')));
        try {
            const result = await rehearse({
                workflow: flags.workflow,
                event: flags.event,
                repo: flags.repo,
                before: flags.before,
                inputs: flags.inputs,
                protectedEnvironments: flags.protectedEnvironments,
                registry: flags.registry,
                stateDir,
                shiplineSources: flags.sources,
                onJob: line => process.stdout.write(`${line}\n`)
            });
            process.stdout.write(`\n${(0,_lib_rehearsal_report_js__WEBPACK_IMPORTED_MODULE_6__.summaryLine)(result)}\n`);
            if (flags.state)
                process.stdout.write(`Jobs' logs and summaries: ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(result.runDir, 'jobs')}\n`);
            if (flags.json)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(flags.json, (0,_lib_rehearsal_report_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonReport */ .L)(result));
            return result.success ? _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok : _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.failure;
        }
        finally {
            if (!flags.state)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(stateDir, { recursive: true, force: true });
        }
    }
};


/***/ }),

/***/ 30629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ dispatchInputs),
/* harmony export */   Z3: () => (/* binding */ eventPayload),
/* harmony export */   gy: () => (/* binding */ ZERO_SHA),
/* harmony export */   h4: () => (/* binding */ githubContext),
/* harmony export */   qY: () => (/* binding */ EVENTS),
/* harmony export */   zM: () => (/* binding */ githubVariables)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21085);
/**
 * The contexts a run evaluates its expressions in, built from the event: the event payload (the
 * fields GitHub's push, pull_request and workflow_dispatch webhooks carry, shaped as the recorded
 * events in shared/fixtures/github-events), the `github` context, the runner variables every step
 * sees (GITHUB_*, RUNNER_*), and the `inputs` of a dispatch, checked against their definitions.
 */

const EVENTS = ['push', 'pull_request', 'workflow_dispatch'];
const ZERO_SHA = '0000000000000000000000000000000000000000';
/** The repository object of a payload (push payloads add owner.name and master_branch). */
function repositoryOf(full, defaultBranch, push) {
    const [owner, name] = full.split('/');
    return {
        id: 1,
        name,
        full_name: full,
        private: true,
        owner: { login: owner, ...(push ? { name: owner } : {}), type: 'Organization' },
        html_url: `https://github.com/${full}`,
        clone_url: `https://github.com/${full}.git`,
        default_branch: defaultBranch,
        ...(push ? { master_branch: defaultBranch } : {})
    };
}
/** The head commit of a push. */
function headCommit(spec, actor) {
    return {
        id: spec.sha,
        tree_id: spec.sha,
        message: spec.message ?? '',
        timestamp: new Date(0).toISOString(),
        author: { name: actor, email: `${actor}@users.noreply.github.com` },
        committer: { name: actor, email: `${actor}@users.noreply.github.com` },
        added: [],
        removed: [],
        modified: []
    };
}
function pushPayload(spec, { actor, repository, sender }) {
    const commit = headCommit(spec, actor);
    return {
        ref: `refs/heads/${spec.branch}`,
        before: spec.before,
        after: spec.sha,
        created: spec.before === ZERO_SHA,
        deleted: false,
        forced: false,
        base_ref: null,
        compare: `https://github.com/${spec.repository}/compare/${spec.before.slice(0, 12)}...${spec.sha.slice(0, 12)}`,
        commits: [commit],
        head_commit: commit,
        pusher: { name: actor, email: `${actor}@users.noreply.github.com` },
        repository,
        sender
    };
}
function pullRequestPayload(spec, { repository, sender }) {
    const number = spec.number ?? 1;
    const side = (ref, sha) => ({
        label: `${spec.repository.split('/')[0]}:${ref}`,
        ref,
        sha,
        repo: repository,
        user: { login: spec.repository.split('/')[0], type: 'Organization' }
    });
    return {
        action: 'synchronize',
        number,
        before: spec.before,
        after: spec.sha,
        pull_request: {
            number,
            state: 'open',
            title: spec.message ?? 'Rehearsal',
            body: null,
            draft: false,
            merged: false,
            html_url: `https://github.com/${spec.repository}/pull/${number}`,
            user: sender,
            head: side(spec.branch, spec.sha),
            base: side(spec.baseBranch ?? 'main', spec.before)
        },
        repository,
        sender
    };
}
/** The webhook payload of the event (what `github.event` and $GITHUB_EVENT_PATH hold). */
function eventPayload(spec) {
    const actor = spec.actor ?? 'rehearsal';
    const repository = repositoryOf(spec.repository, spec.baseBranch ?? 'main', spec.name === 'push');
    const sender = { login: actor, type: 'User' };
    if (spec.name === 'push')
        return pushPayload(spec, { actor, repository, sender });
    if (spec.name === 'pull_request')
        return pullRequestPayload(spec, { actor, repository, sender });
    return {
        inputs: spec.inputs ?? {},
        ref: `refs/heads/${spec.branch}`,
        repository,
        sender,
        workflow: ''
    };
}
/** The `github` context of a run (the job-specific fields are added per job). */
function githubContext(spec, run, eventPath) {
    const isPr = spec.name === 'pull_request';
    const ref = isPr ? `refs/pull/${spec.number ?? 1}/merge` : `refs/heads/${spec.branch}`;
    return {
        event_name: spec.name,
        event: eventPayload(spec),
        event_path: eventPath,
        sha: spec.sha,
        ref,
        ref_name: isPr ? `${spec.number ?? 1}/merge` : spec.branch,
        ref_type: 'branch',
        ref_protected: false,
        head_ref: isPr ? spec.branch : '',
        base_ref: isPr ? (spec.baseBranch ?? 'main') : '',
        repository: spec.repository,
        repository_owner: spec.repository.split('/')[0],
        repositoryUrl: `git://github.com/${spec.repository}.git`,
        actor: spec.actor ?? 'rehearsal',
        triggering_actor: spec.actor ?? 'rehearsal',
        run_id: String(run.runId),
        run_number: String(run.runNumber),
        run_attempt: String(run.attempt),
        workflow: run.workflow,
        workflow_ref: `${spec.repository}/${run.workflow}@${ref}`,
        token: run.token,
        server_url: run.serverUrl,
        api_url: run.apiUrl,
        graphql_url: `${run.apiUrl}/graphql`,
        retention_days: '1',
        secret_source: 'Actions'
    };
}
/** The GITHUB_* variables of every step, from the `github` context. */
function githubVariables(github) {
    const text = (name) => String(github[name] ?? '');
    return {
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: text('event_name'),
        GITHUB_EVENT_PATH: text('event_path'),
        GITHUB_SHA: text('sha'),
        GITHUB_REF: text('ref'),
        GITHUB_REF_NAME: text('ref_name'),
        GITHUB_REF_TYPE: text('ref_type'),
        GITHUB_HEAD_REF: text('head_ref'),
        GITHUB_BASE_REF: text('base_ref'),
        GITHUB_REPOSITORY: text('repository'),
        GITHUB_REPOSITORY_OWNER: text('repository_owner'),
        GITHUB_ACTOR: text('actor'),
        GITHUB_TRIGGERING_ACTOR: text('triggering_actor'),
        GITHUB_RUN_ID: text('run_id'),
        GITHUB_RUN_NUMBER: text('run_number'),
        GITHUB_RUN_ATTEMPT: text('run_attempt'),
        GITHUB_WORKFLOW: text('workflow'),
        GITHUB_WORKFLOW_REF: text('workflow_ref'),
        GITHUB_SERVER_URL: text('server_url'),
        GITHUB_API_URL: text('api_url'),
        GITHUB_GRAPHQL_URL: text('graphql_url'),
        GITHUB_RETENTION_DAYS: text('retention_days')
    };
}
/** The `inputs` of a workflow_dispatch: the given KEY=VALUE pairs checked against their definitions. */
function dispatchInputs(definitions, given, flag = '--input') {
    for (const name of Object.keys(given))
        if (!(name in definitions))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(flag, `"${name}" is not an input of the workflow`, Object.keys(definitions).join(', ') || 'no input (the workflow declares none)');
    const out = {};
    for (const [name, definition] of Object.entries(definitions)) {
        const raw = given[name] ?? (definition.default === undefined ? undefined : String(definition.default));
        if (raw === undefined || raw === '') {
            if (definition.required)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(flag, `${name} is required`, `${name}=VALUE`);
            out[name] = definition.type === 'boolean' ? false : '';
            continue;
        }
        if (definition.type === 'boolean') {
            if (raw !== 'true' && raw !== 'false')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(flag, `${name}="${raw}" is not a boolean`, `${name}=true or ${name}=false`);
            out[name] = raw === 'true';
        }
        else if (definition.type === 'choice' && definition.options && !definition.options.includes(raw))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(flag, `${name}="${raw}" is not one of its options`, definition.options.join(', '));
        else if (definition.type === 'number') {
            if (!Number.isFinite(Number(raw)))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(flag, `${name}="${raw}" is not a number`, `${name}=<number>`);
            out[name] = Number(raw);
        }
        else
            out[name] = raw;
    }
    return out;
}


/***/ }),

/***/ 72618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ jsonReport),
/* harmony export */   _: () => (/* binding */ jobLine),
/* harmony export */   summaryLine: () => (/* binding */ summaryLine)
/* harmony export */ });
const WORD = {
    success: 'ran',
    failure: 'failed',
    skipped: 'skipped',
    cancelled: 'cancelled'
};
function jobLine(job, width = 0) {
    const parts = [`${WORD[job.status].padEnd(8)}${job.id.padEnd(width)}`];
    const notes = [];
    if (job.environment)
        notes.push(`environment ${job.environment}${job.approval ? ', waits for an approval' : ''}`);
    if (job.reason)
        notes.push(job.reason);
    if (notes.length)
        parts.push(notes.join('; '));
    return parts.join('  ').trimEnd();
}
function summaryLine(result) {
    const count = (status) => result.jobs.filter(job => job.status === status).length;
    return [
        `${result.success ? 'The run would succeed' : 'The run would fail'}: ${result.jobs.length} job(s), ${count('success')} ran, ${count('skipped')} skipped, ${count('failure')} failed.`,
        `approvals ${result.approvals}, builds ${result.builds}, pushes ${result.pushes}, rollouts ${result.rollouts}, invalidations ${result.invalidations}, comments ${result.comments}`
    ].join('\n');
}
/** The --json document. */
function jsonReport(result) {
    return `${JSON.stringify({
        jobs: result.jobs.map(({ id, status, environment, approval }) => ({
            id,
            status,
            environment,
            approval
        })),
        approvals: result.approvals,
        builds: result.builds,
        pushes: result.pushes,
        rollouts: result.rollouts,
        invalidations: result.invalidations,
        comments: result.comments
    }, null, 2)}\n`;
}


/***/ })

};
