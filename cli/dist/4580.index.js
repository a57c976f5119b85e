export const id = 4580;
export const ids = [4580];
export const modules = {

/***/ 14580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ build_set_command)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: ./lib/config/config.ts + 1 modules
var config_config = __webpack_require__(2597);
// EXTERNAL MODULE: ./lib/core/inputs.ts
var core_inputs = __webpack_require__(57579);
// EXTERNAL MODULE: ./lib/core/markdown.ts
var markdown = __webpack_require__(71235);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/core/summary.ts
/** The job summary: appended to $GITHUB_STEP_SUMMARY inside Actions, to a file of choice elsewhere. */


/** Append `markdown` to the job summary; returns the file written, or undefined when there is none. */
async function writeJobSummary(markdown, file = process.env.GITHUB_STEP_SUMMARY) {
    if (!file)
        return undefined;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    await (0,promises_.appendFile)(file, `${markdown.trimEnd()}\n\n`);
    return file;
}

// EXTERNAL MODULE: ./lib/git/git.ts
var git = __webpack_require__(23593);
// EXTERNAL MODULE: ./lib/images/build-set.ts
var build_set = __webpack_require__(99292);
// EXTERNAL MODULE: ./lib/images/context.ts
var context = __webpack_require__(47330);
// EXTERNAL MODULE: ./lib/images/deploy-options.ts
var deploy_options = __webpack_require__(36461);
// EXTERNAL MODULE: ./lib/images/deploy-plan.ts + 1 modules
var deploy_plan = __webpack_require__(42219);
// EXTERNAL MODULE: ./lib/images/options.ts
var images_options = __webpack_require__(16863);
// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(73619);
// EXTERNAL MODULE: ./cli/src/github-output.ts
var github_output = __webpack_require__(80805);
;// CONCATENATED MODULE: ./cli/src/commands/build-set.ts
/**
 * `shipline build-set`: what a deploy of one environment must do, from what its registry holds.
 * Every service's content tag (sources, Dockerfile, build args, platforms, base image digests) is
 * looked up: a tag the registry lacks is built (or, with --promote, the earlier environment's digest
 * is copied); one it holds is reused. The rollout and the CDN invalidation are due unless the
 * registry holds the record of exactly this state. Nothing is built or pushed here.
 * Prints one JSON object; --github-output also sets the outputs the deploy workflow reads
 * (matrix, count, tags, defer-push, deploy, rollout, cdn-paths, watch-key, static, publish,
 * static-key, present-images, and deployed when nothing is pending) and writes a job summary.
 * Exit codes: 0 decided; 1 a lookup failed or a promoted tag is another image here; 2 bad usage.
 */














function matrixOf(set, config) {
    if (set.copy.length)
        return {
            include: set.copy.map(c => ({ service: c.service, 'content-tag': c.contentTag, source: c.image }))
        };
    return {
        include: config.services
            .filter(s => set.build.includes(s.name))
            .map(s => ({
            service: s.name,
            'content-tag': set.tags[s.name],
            platforms: s.platforms.join(',')
        }))
    };
}
function summary(set, decision, environment) {
    const { rollout, invalidate, publish } = decision;
    const rows = Object.keys(set.tags).map(service => [
        (0,markdown/* code */.aY)(service),
        (0,markdown/* code */.aY)(set.tags[service]),
        set.present[service]
            ? `in the registry (${(0,markdown/* code */.aY)((0,build_set/* digestOf */.ol)(set.present[service]).slice(0, 19))})`
            : set.copy.some(c => c.service === service)
                ? 'copied from the previous environment (same digest)'
                : 'built, scanned and pushed'
    ]);
    return [
        (0,markdown/* heading */.R_)(3, `Build set of ${environment}`),
        (0,markdown/* table */.tp)(['Service', 'Content tag', 'This run'], rows, true),
        '',
        `${set.build.length} to build, ${set.copy.length} to copy, ${Object.keys(set.present).length} reused; ` +
            `rollout ${rollout ? 'due' : 'not needed (this state was rolled out)'}; ` +
            `invalidation ${invalidate ? 'due' : 'not needed'}` +
            (publish ? '; the static frontend to publish' : '') +
            (set.deferPush ? '; the registry has no repository yet: pushed after the apply' : '')
    ].join('\n');
}
/** The outputs the deploy workflow reads, and the job summary. */
async function writeOutputs(plan, config, environment) {
    const { set, decision, watchKey } = plan;
    const pending = set.build.length + set.copy.length > 0;
    core/* setOutput */.uH('matrix', JSON.stringify(matrixOf(set, config)));
    core/* setOutput */.uH('count', String(set.build.length + set.copy.length));
    core/* setOutput */.uH('tags', JSON.stringify(set.tags));
    core/* setOutput */.uH('defer-push', String(set.deferPush));
    core/* setOutput */.uH('deploy', String(decision.rollout || decision.invalidate || decision.publish));
    core/* setOutput */.uH('static', String(config.static !== undefined));
    core/* setOutput */.uH('publish', String(decision.publish));
    core/* setOutput */.uH('static-key', plan.staticKey ?? '');
    core/* setOutput */.uH('rollout', String(decision.rollout));
    core/* setOutput */.uH('cdn-paths', decision.invalidate ? config.cdn.paths.join('\n') : '');
    core/* setOutput */.uH('watch-key', watchKey);
    core/* setOutput */.uH('present-images', Object.values(set.present).join('\n'));
    core/* setOutput */.uH('deployed', pending ? '' : (0,build_set/* formatDeployed */.u2)(set.present, set.tags));
    await writeJobSummary(summary(set, decision, environment));
}
const build_set_command = {
    usage: 'shipline build-set --registry HOST[:PORT][/prefix] [--config shipline.yml] [--environment NAME] [--watch PATH]... [--promote JSON] [--builder docker|podman] [--build-arg NAME=VALUE]... [--insecure-registry] [--github-output]',
    options: {
        config: { type: 'string' },
        registry: { type: 'string' },
        environment: { type: 'string' },
        watch: { type: 'string', multiple: true },
        promote: { type: 'string' },
        builder: { type: 'string' },
        'build-arg': { type: 'string', multiple: true },
        'insecure-registry': { type: 'boolean' },
        'github-output': { type: 'boolean' }
    },
    async run({ values }) {
        const flag = (name) => (values[name] === undefined ? undefined : String(values[name]));
        const githubOutput = (0,github_output/* requireGithubOutput */.Y)(values['github-output'] === true);
        const inputs = new core_inputs/* Inputs */.G0((0,core_inputs/* recordInputSource */.BE)({
            config: flag('config'),
            registry: flag('registry'),
            builder: flag('builder'),
            push: 'false',
            'insecure-registry': flag('insecure-registry'),
            'build-args': (values['build-arg'] ?? []).join('\n'),
            '--environment': flag('environment')
        }));
        const options = (0,images_options/* readBuildPushOptions */.TA)(inputs, process.env);
        const config = await (0,config_config.loadConfig)(options.configFile);
        const environment = (0,deploy_options/* readEnvironment */.Qo)(inputs, config);
        const promote = flag('promote');
        const deployed = promote?.trim() ? (0,build_set/* parseDeployed */.Uk)(promote, '--promote') : undefined;
        const top = await (0,git/* gitTopLevel */.oB)(process.cwd());
        const watch = (values.watch ?? []).map(path => (0,external_node_path_.relative)(top, (0,external_node_path_.resolve)(path)).split(external_node_path_.sep).join('/'));
        const plan = await (0,deploy_plan/* planDeploy */.b)({
            config,
            options,
            buildArgs: options.buildArgs,
            ctx: (0,context/* defaultBuildContext */.j)(process.env),
            environment,
            watch,
            deployed
        });
        const { set, decision, watchKey } = plan;
        const result = {
            environment,
            build: set.build,
            copy: set.copy.map(c => c.service),
            tags: set.tags,
            present: set.present,
            'defer-push': set.deferPush,
            rollout: decision.rollout,
            invalidate: decision.invalidate,
            publish: decision.publish,
            'watch-key': watchKey
        };
        process.stdout.write(`${JSON.stringify(result)}\n`);
        if (githubOutput)
            await writeOutputs(plan, config, environment);
        return command/* EXIT */.d.ok;
    }
};


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


/***/ })

};
