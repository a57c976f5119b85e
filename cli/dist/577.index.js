export const id = 577;
export const ids = [577];
export const modules = {

/***/ 50577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ local_command)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/standins/busybox-base.ts
var busybox_base = __webpack_require__(30287);
// EXTERNAL MODULE: ./lib/config/config.ts + 1 modules
var config_config = __webpack_require__(2597);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/standins/local-registry.ts
var local_registry = __webpack_require__(4494);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: ./lib/github/pipeline-comment.ts + 1 modules
var pipeline_comment = __webpack_require__(29332);
// EXTERNAL MODULE: ./lib/core/markdown.ts
var markdown = __webpack_require__(71235);
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

// EXTERNAL MODULE: ./lib/images/context.ts
var context = __webpack_require__(47330);
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
        (0,markdown/* code */.aY)(result.service),
        (0,markdown/* code */.aY)(result.image),
        result.tags.map(tag => (0,markdown/* code */.aY)(tag.slice(tag.lastIndexOf(':') + 1))).join('<br>'),
        state(result)
    ]);
    const built = results.filter(result => result.built).length;
    return [
        (0,markdown/* heading */.R_)(3, 'Images'),
        (0,markdown/* table */.tp)(['Service', 'Image', 'Tags', 'Result'], rows, true),
        '',
        `${built} built, ${results.length - built} reused`
    ].join('\n');
}

// EXTERNAL MODULE: ./lib/scan/options.ts + 3 modules
var options = __webpack_require__(82917);
// EXTERNAL MODULE: ./lib/core/inputs.ts
var core_inputs = __webpack_require__(57579);
// EXTERNAL MODULE: ./lib/core/paths.ts
var paths = __webpack_require__(77168);
// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(73619);
// EXTERNAL MODULE: ./lib/core/exec.ts
var exec = __webpack_require__(85219);
// EXTERNAL MODULE: ./lib/images/build-push.ts + 1 modules
var build_push = __webpack_require__(42553);
// EXTERNAL MODULE: ./lib/images/registry-target.ts
var registry_target = __webpack_require__(60414);
// EXTERNAL MODULE: ./lib/scan/findings-markdown.ts
var findings_markdown = __webpack_require__(49846);
// EXTERNAL MODULE: ./lib/scan/report-files.ts + 1 modules
var report_files = __webpack_require__(5241);
;// CONCATENATED MODULE: ./cli/src/local/images-stage.ts
/**
 * The image stage of the local run: for every service, build (or reuse, by content tag) without
 * pushing, scan the built archive with Trivy when it is installed, then push exactly the scanned bytes
 * to the loopback registry, as the deploy workflow does across its jobs.
 */








async function scanArchive(archive, report) {
    await (0,exec/* run */.eF)('trivy', ['image', '--input', archive, '--format', 'json', '--output', report, '--quiet', '--exit-code', '0'], {
        stream: false
    });
}
async function imagesStage(options) {
    const { config, ctx } = options;
    const registry = (0,registry_target/* parseRegistry */.l5)(options.registryHost);
    const base = {
        registry,
        builder: options.builder,
        insecure: true,
        cache: false,
        podman: options.podman
    };
    const services = options.services.map(service => (0,build_push/* withBuildArgs */.WX)(service, options.buildArgs));
    const session = (0,build_push/* newSession */.RL)();
    const built = [];
    for (const service of services)
        built.push(await (0,build_push/* buildPushService */.KN)(config, service, { ...base, push: false }, ctx, session));
    const fresh = built.filter(result => result.built && result.archive);
    let scan;
    let scanLine;
    if (!options.trivy)
        scanLine = 'skipped: trivy not installed (nothing was scanned; install Trivy to gate the push)';
    else if (fresh.length === 0)
        scanLine = 'nothing to scan: no image was built';
    else {
        const dir = (0,external_node_path_.join)(options.outDir, 'scan');
        await (0,promises_.mkdir)(dir, { recursive: true });
        const reports = fresh.map(result => (0,external_node_path_.join)(dir, `${result.service}.json`));
        for (const [i, result] of fresh.entries())
            await scanArchive(result.archive, reports[i]);
        const results = (0,report_files/* judgeReportFiles */.f)(reports, options.policy);
        scan = { results, markdown: (0,findings_markdown/* renderScanFindings */.Ey)(results), short: (0,findings_markdown/* renderScanFindings */.Ey)(results, { top: 0 }) };
        const failing = results.filter(result => !(0,findings_markdown/* resultPassed */.yM)(result)).length;
        scanLine = `${results.length} image(s) scanned with Trivy: ${failing ? `${failing} fail the policy` : 'all pass the policy'}`;
    }
    const blocked = new Set((scan?.results ?? []).filter(result => !(0,findings_markdown/* resultPassed */.yM)(result)).map(result => result.name));
    const results = [];
    for (const [i, result] of built.entries()) {
        if (!result.built || blocked.has(result.service)) {
            results.push(result);
            continue;
        }
        const service = services[i];
        const pushed = await (0,build_push/* buildPushService */.KN)(config, service, { ...base, push: true, archive: result.archive }, ctx, session);
        (0,log/* info */.pq)(`${service.name}: pushed ${pushed.image}`);
        results.push({ ...pushed, built: true });
    }
    return { results, blocked: [...blocked], scan, scanLine };
}

;// CONCATENATED MODULE: ./cli/src/local/infra-stage.ts
/**
 * The infrastructure stage of the local run. With Terraform and its providers already installed,
 * `terraform init -backend=false` + `validate` (a plan needs AWS credentials and the state backend);
 * otherwise the static checks of infra/ (HashiCorp's HCL parser, the reference and control checks),
 * saying why. Never reaches the network.
 */





function providersInstalled(dir) {
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.terraform', 'providers')) || Boolean(process.env.TF_PLUGIN_CACHE_DIR);
}
async function terraformValidate(dir) {
    const init = await (0,exec/* run */.eF)('terraform', ['init', '-backend=false', '-input=false', '-no-color'], {
        cwd: dir,
        stream: false,
        okExitCodes: [0, 1]
    });
    const validate = init.exitCode === 0
        ? await (0,exec/* run */.eF)('terraform', ['validate', '-no-color'], { cwd: dir, stream: false, okExitCodes: [0, 1] })
        : init;
    const passed = init.exitCode === 0 && validate.exitCode === 0;
    const output = (validate.stdout + validate.stderr).trim();
    return {
        mode: 'terraform-validate',
        passed,
        line: passed
            ? 'terraform validate passed (a plan needs AWS credentials and the state backend: not run locally)'
            : 'terraform validate failed',
        markdown: `**terraform validate ${passed ? 'passed' : 'failed'}** (a plan needs AWS credentials and the state backend, so the local run stops at validate).\n\n${(0,markdown/* fenced */.OF)(output.slice(-4000))}`
    };
}
async function staticChecks(root, outDir, why) {
    const jest = (0,external_node_path_.join)(root, 'node_modules', 'jest', 'bin', 'jest.js');
    if (!(0,external_node_fs_.existsSync)(jest) || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'infra', '__tests__')))
        return {
            mode: 'skipped',
            passed: true,
            line: `skipped: ${why}, and the static checks of infra/ need the Shipline checkout (npm ci)`,
            markdown: `Skipped: ${why}, and the static checks of infra/ need the Shipline checkout.`
        };
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const results = (0,external_node_path_.join)(outDir, 'infra-checks.json');
    await (0,exec/* run */.eF)(process.execPath, [
        jest,
        '--rootDir',
        root,
        '--testPathPattern',
        `${root}/infra/__tests__/`,
        '--json',
        '--outputFile',
        results,
        '--silent'
    ], {
        cwd: root,
        stream: false,
        okExitCodes: [0, 1],
        env: {
            ...process.env,
            NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim()
        }
    });
    const report = JSON.parse((0,external_node_fs_.readFileSync)(results, 'utf8'));
    const failed = report.testResults.flatMap(suite => suite.assertionResults.filter(a => a.status === 'failed'));
    const passed = report.numFailedTests === 0;
    const counts = `${report.numPassedTests} passed, ${report.numFailedTests} failed`;
    return {
        mode: 'static-checks',
        passed,
        line: `${why}: ran the static checks of infra/ instead (${counts})`,
        markdown: [
            `**No Terraform plan**: ${why}. The static checks of \`infra/\` ran instead (HashiCorp's HCL parser, every reference and security control, \`kubectl kustomize\` of every overlay): **${counts}**.`,
            ...failed.slice(0, 20).map(a => `- ❌ ${a.fullName}`)
        ].join('\n\n')
    };
}
async function infraStage(root, outDir, terraform) {
    const dir = (0,external_node_path_.join)(root, 'infra');
    if (terraform && providersInstalled(dir))
        return terraformValidate(dir);
    const why = terraform
        ? 'terraform is installed but its providers are not (terraform init would download them)'
        : 'terraform is not installed';
    return staticChecks(root, outDir, why);
}

// EXTERNAL MODULE: ./lib/core/clock.ts
var clock = __webpack_require__(1866);
// EXTERNAL MODULE: ./lib/kube/options.ts + 2 modules
var kube_options = __webpack_require__(59882);
// EXTERNAL MODULE: ./lib/kube/manifests.ts
var manifests = __webpack_require__(29920);
// EXTERNAL MODULE: ./lib/kube/render.ts
var render = __webpack_require__(94968);
// EXTERNAL MODULE: ./lib/kube/sources.ts
var sources = __webpack_require__(87196);
;// CONCATENATED MODULE: ./cli/src/local/manifests-stage.ts
/**
 * The Kubernetes stage of the local run: render the manifests with every pushed image pinned by
 * digest (as deploy-eks would apply them), and deploy them with deploy-eks when a kubeconfig is given.
 */











async function manifestsStage(options) {
    if (!options.kubectl)
        return { line: 'skipped: kubectl not installed (it renders the kustomize overlays)', deployed: false };
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(options.root, options.manifests)))
        return { line: `skipped: ${options.manifests} does not exist`, deployed: false };
    if (options.images.length === 0)
        return { line: 'skipped: no image was pushed, so there is nothing to pin', deployed: false };
    const source = (0,core_inputs/* recordInputSource */.BE)({ manifests: options.manifests, images: options.images.join('\n') });
    const rendered = await (0,render/* renderManifests */.h)((0,kube_options/* readRenderOptions */.$d)(new core_inputs/* Inputs */.G0(source), options.root), sources/* defaultRunner */.a0);
    const file = (0,external_node_path_.join)(options.outDir, 'manifests.yaml');
    await (0,promises_.writeFile)(file, (0,manifests/* toYaml */.fE)(rendered.objects));
    if (!options.kubeconfig)
        return {
            line: `rendered ${rendered.objects.length} objects with ${options.images.length} image(s) pinned by digest (give --kubeconfig to deploy them)`,
            file,
            deployed: false
        };
    const { readDeployOptions } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 59882));
    const { deploy } = await __webpack_require__.e(/* import() */ 70).then(__webpack_require__.bind(__webpack_require__, 87070));
    const { renderDeploySummary } = await __webpack_require__.e(/* import() */ 146).then(__webpack_require__.bind(__webpack_require__, 34146));
    const deployOptions = readDeployOptions(new core_inputs/* Inputs */.G0((0,core_inputs/* recordInputSource */.BE)({
        kubeconfig: options.kubeconfig,
        manifests: options.manifests,
        images: options.images.join('\n')
    })), options.root, 
    // The kubeconfig was checked by the local command (it may be in ~/.kube).
    { kubeconfigDirs: [(0,external_node_path_.dirname)(options.kubeconfig)] });
    const result = await deploy(rendered, deployOptions, { clock: clock/* systemClock */.m });
    await writeJobSummary(renderDeploySummary(result), (0,external_node_path_.join)(options.outDir, 'summaries', 'deploy-eks.md'));
    if (result.failure)
        throw new errors/* UserError */.yo(result.failure);
    return {
        line: `rendered and deployed ${rendered.objects.length} objects with deploy-eks`,
        file,
        deployed: true
    };
}

;// CONCATENATED MODULE: ./cli/src/local/preflight.ts
/**
 * What the local run needs from the machine, and the one-line error naming what is missing with the
 * command that installs it. Terraform, Trivy and kubectl are optional: their stages say "skipped".
 */





async function detectTools() {
    const [git, podman, docker, terraform, trivy, kubectl] = await Promise.all([
        (0,exec/* commandExists */.Ys)('git'),
        (0,exec/* commandExists */.Ys)('podman'),
        dockerEngineUp(),
        (0,exec/* commandExists */.Ys)('terraform', ['version']),
        (0,exec/* commandExists */.Ys)('trivy'),
        (0,exec/* commandExists */.Ys)('kubectl', ['version', '--client'])
    ]);
    return {
        git,
        podman,
        docker,
        registry: (0,external_node_fs_.existsSync)(local_registry/* REGISTRY_BINARY */.Yu),
        busybox: (0,external_node_fs_.existsSync)(busybox_base/* BUSYBOX */.XV),
        terraform,
        trivy,
        kubectl
    };
}
/** A docker CLI whose engine answers (`docker info` fails, or is missing, without one). */
async function dockerEngineUp() {
    try {
        const result = await (0,exec/* run */.eF)('docker', ['info', '--format', '{{.ServerVersion}}'], {
            stream: false,
            okExitCodes: [0, 1]
        });
        return result.exitCode === 0 && result.stdout.trim() !== '';
    }
    catch {
        return false;
    }
}
/** The builder to use (podman first: it needs no daemon), or the error naming what to install. */
function chooseBuilder(tools, wanted) {
    const missing = [];
    if (!tools.git)
        missing.push('git');
    const builder = wanted ?? (tools.podman ? 'podman' : tools.docker ? 'docker' : undefined);
    if (!builder || (builder === 'podman' && !tools.podman))
        missing.push('podman');
    if (builder === 'docker' && !tools.docker)
        missing.push('docker (with a running engine)');
    if (!tools.registry)
        missing.push('docker-registry');
    if ((builder ?? 'podman') === 'podman' && !tools.busybox)
        missing.push('busybox-static');
    if (missing.length) {
        const packages = missing.filter(name => !name.startsWith('docker (')).join(' ');
        throw new errors/* UserError */.yo(`The local run needs ${missing.join(', ')}: install ${missing.length === 1 ? 'it' : 'them'} with: sudo apt-get install ${packages}`);
    }
    return builder;
}

;// CONCATENATED MODULE: ./cli/src/commands/local.ts
/**
 * `shipline local` (`npm run local`): the whole chain on a development machine, without AWS.
 * Infrastructure check → build the example services → scan (Trivy when installed) → push the scanned
 * bytes to a registry started on loopback (stopped at the end) → manifests pinned to the pushed
 * digests (deployed with a kubeconfig) → the PR comment and job summaries it would post, under
 * `.shipline/`. A second run with nothing changed builds nothing.
 */






















const DEFAULTS = {
    config: 'examples/shipline.yml',
    manifests: 'infra/k8s/overlays/staging',
    out: '.shipline'
};
/**
 * The paths the flags name, checked before anything runs: the kubeconfig a regular file of at most
 * 1 MiB in the workspace, RUNNER_TEMP or ~/.kube (where kubectl keeps it); --out a directory inside the
 * workspace, never the workspace itself (the run empties parts of it); --manifests in the workspace.
 */
function checkPaths(root, flags) {
    const kubeconfig = flags.kubeconfig === undefined
        ? undefined
        : (0,paths/* fileInput */.Fg)('--kubeconfig', flags.kubeconfig, {
            root,
            alsoUnder: [process.env.RUNNER_TEMP, (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.kube')],
            accepted: 'a kubeconfig file of at most 1 MiB in the workspace, RUNNER_TEMP or ~/.kube',
            maxBytes: 1 * paths/* MiB */.lv
        });
    const outAccepted = 'a directory inside the workspace (created when missing), such as .shipline';
    const out = (0,paths/* directoryInput */.K)('--out', flags.out, { root, accepted: outAccepted, mayBeMissing: true });
    if ((0,external_node_path_.resolve)(out) === (0,external_node_path_.resolve)(root))
        throw new errors/* InputError */.dz('--out', `"${flags.out}" is the workspace itself`, outAccepted);
    (0,paths/* pathInside */._l)('--manifests', flags.manifests, {
        root,
        accepted: 'a kustomize directory or manifests in the workspace'
    });
    return { kubeconfig, out };
}
/** The tag part of `host[:port]/repo:tag`. */
function tagOf(reference) {
    const last = reference.slice(reference.lastIndexOf('/') + 1);
    return last.includes(':') ? last.slice(last.indexOf(':') + 1) : last;
}
const local_command = {
    usage: 'shipline local [--config examples/shipline.yml] [--service NAME]... [--builder podman|docker] [--manifests infra/k8s/overlays/staging] [--kubeconfig FILE] [--out .shipline]',
    options: {
        config: { type: 'string' },
        service: { type: 'string', multiple: true },
        builder: { type: 'string' },
        manifests: { type: 'string' },
        kubeconfig: { type: 'string' },
        out: { type: 'string' }
    },
    async run({ values }) {
        const root = process.cwd();
        const flag = (name) => (values[name] === undefined ? undefined : String(values[name]));
        const inputs = new core_inputs/* Inputs */.G0((0,core_inputs/* recordInputSource */.BE)({ '--builder': flag('builder') }));
        const wanted = flag('builder') ? inputs.oneOf('--builder', ['podman', 'docker']) : undefined;
        const manifests = flag('manifests') ?? DEFAULTS.manifests;
        const { kubeconfig, out } = checkPaths(root, {
            kubeconfig: flag('kubeconfig'),
            out: flag('out') ?? DEFAULTS.out,
            manifests
        });
        const config = await (0,config_config.loadConfig)(flag('config') ?? DEFAULTS.config, root, '--config');
        const services = (0,config_config/* selectServices */.Zo)(config, values.service ?? [], '--service');
        const tools = await detectTools();
        const builder = chooseBuilder(tools, wanted);
        const environment = config.environment ?? 'local';
        for (const stale of ['summaries', 'tmp', 'scan', 'pr-comment.md', 'manifests.yaml', 'images.json'])
            await (0,promises_.rm)((0,external_node_path_.join)(out, stale), { recursive: true, force: true });
        for (const dir of ['summaries', 'tmp'])
            await (0,promises_.mkdir)((0,external_node_path_.join)(out, dir), { recursive: true });
        const lines = [];
        const step = (stage, line) => {
            lines.push([stage, line]);
            (0,log/* info */.pq)(`[${stage}] ${line}`);
        };
        (0,log/* info */.pq)('[1/4 infrastructure] checking infra/ …');
        const infra = await infraStage(root, out, tools.terraform);
        step('infrastructure', infra.line);
        await writeJobSummary(`### Infrastructure\n\n${infra.markdown}`, (0,external_node_path_.join)(out, 'summaries', 'provision-infra.md'));
        (0,log/* info */.pq)('[2/4 images] starting a registry on loopback …');
        const registry = await (0,local_registry/* startRegistry */.qm)({ dataDir: (0,external_node_path_.join)(out, 'registry') });
        let failed = !infra.passed;
        try {
            const podman = {
                root: (0,external_node_path_.join)(out, 'podman', 'root'),
                runroot: (0,external_node_path_.join)(out, 'podman', 'run'),
                storageDriver: process.env.SHIPLINE_PODMAN_STORAGE_DRIVER || 'vfs',
                isolation: process.env.SHIPLINE_PODMAN_ISOLATION || 'chroot'
            };
            const buildArgs = builder === 'podman' ? { BASE_IMAGE: await (0,busybox_base/* ensureBusyboxBase */.Kp)(podman) } : {};
            const ctx = (0,context/* defaultBuildContext */.j)({ ...process.env, RUNNER_TEMP: (0,external_node_path_.join)(out, 'tmp') });
            const policy = { ...(0,options/* readPolicyOptions */.PS)(new core_inputs/* Inputs */.G0((0,core_inputs/* recordInputSource */.BE)({}))), now: Date.now() };
            const images = await imagesStage({
                config,
                services,
                builder,
                registryHost: registry.host,
                podman,
                buildArgs,
                trivy: tools.trivy,
                policy,
                outDir: out,
                ctx
            });
            const builtCount = images.results.filter(r => r.built).length;
            step('images', `${builtCount} of ${images.results.length} service(s) built with ${builder}, ${images.results.length - builtCount} reused by content tag; registry ${registry.host}`);
            step('scan', images.scanLine);
            if (images.blocked.length) {
                step('push', `not pushed, the scan failed the policy: ${images.blocked.join(', ')}`);
                failed = true;
            }
            await (0,promises_.writeFile)((0,external_node_path_.join)(out, 'images.json'), `${JSON.stringify(images.results, null, 2)}\n`);
            await writeJobSummary(renderBuildSummary(images.results), (0,external_node_path_.join)(out, 'summaries', 'build-push.md'));
            await writeJobSummary(images.scan?.markdown ?? `### Trivy scan\n\n${images.scanLine}`, (0,external_node_path_.join)(out, 'summaries', 'scan-images.md'));
            (0,log/* info */.pq)('[3/4 kubernetes] rendering the manifests …');
            const pinned = images.results
                .filter(r => !images.blocked.includes(r.service))
                .map(r => `${r.service}=${r.image}`);
            const k8s = await manifestsStage({
                root,
                manifests,
                images: pinned,
                kubectl: tools.kubectl,
                kubeconfig,
                outDir: out
            });
            step('kubernetes', k8s.line);
            (0,log/* info */.pq)('[4/4 pull request] writing the comment …');
            const comment = (0,pipeline_comment/* renderPipelineComment */.Ap)({
                environment,
                plan: infra.markdown,
                infraResult: infra.passed ? 'success' : 'failure',
                images: images.results.map(r => ({
                    service: r.service,
                    built: r.built,
                    tags: r.tags.map(tagOf),
                    image: r.image
                })),
                scan: images.scan ? { full: images.scan.markdown, short: images.scan.short } : undefined
            });
            await (0,promises_.writeFile)((0,external_node_path_.join)(out, 'pr-comment.md'), `${comment}\n`);
        }
        finally {
            await registry.stop();
            await (0,promises_.rm)((0,external_node_path_.join)(out, 'tmp'), { recursive: true, force: true });
        }
        const where = (path) => (0,external_node_path_.relative)(root, (0,external_node_path_.join)(out, path)) || '.';
        const places = [
            ['PR comment it would post', where('pr-comment.md')],
            ['job summaries', where('summaries/')],
            ['images (service, image@digest, tags, built)', where('images.json')],
            ['manifests pinned by digest', where('manifests.yaml')],
            ['registry storage (kept for the next run)', where('registry/')]
        ];
        process.stdout.write([
            '',
            'Shipline local run',
            '',
            (0,markdown/* table */.tp)(['stage', 'result'], lines),
            '',
            'Where everything is:',
            '',
            (0,markdown/* table */.tp)(['what', 'path'], places.filter(([, path]) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, path)))),
            ''
        ].join('\n'));
        return failed ? command/* EXIT */.d.failure : command/* EXIT */.d.ok;
    }
};


/***/ }),

/***/ 29332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J4: () => (/* binding */ JOB_RESULTS),
  Ap: () => (/* binding */ renderPipelineComment)
});

// UNUSED EXPORTS: imageStatus, scanResultOf

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
// EXTERNAL MODULE: ./lib/github/pr-comment.ts
var pr_comment = __webpack_require__(86168);
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
function imageVariants(input) {
    const problem = jobProblem('The image builds', input.imagesResult);
    if (input.images.length === 0)
        return [
            {
                text: problem ?? 'No service changed: nothing would be built, pushed or rolled out.',
                loses: 'detail'
            }
        ];
    const scansKnown = input.scanResults !== undefined;
    const rows = [...input.images]
        .sort((a, b) => a.service.localeCompare(b.service))
        .map(image => ({
        image,
        status: imageStatus(image, scanResultOf(image, input.scanResults ?? []), scansKnown)
    }));
    const built = input.images.filter(image => image.built).length;
    const n = input.images.length;
    const headline = `${built} of ${n} changed service${n === 1 ? '' : 's'} would be built.`;
    const render = (shown, note) => [
        headline,
        ...(shown.length
            ? [
                (0,markdown/* table */.tp)(['Service', 'Result', 'Tags'], shown.map(r => [(0,markdown/* code */.aY)(r.image.service), r.status.text, r.image.tags.map(markdown/* code */.aY).join(' ')]), true)
            ]
            : []),
        ...(note ? [note] : []),
        ...(problem ? [problem] : [])
    ].join('\n\n');
    const troubled = rows.filter(r => r.status.state === 'failed' || r.status.state === 'not-scanned');
    const left = (k, what) => `_${k} ${what} ${k === 1 ? 'is' : 'are'} left out to fit; every image is in the images jobs’ summaries._`;
    const variants = [{ text: render(rows), loses: 'detail' }];
    const fresh = rows.filter(r => r.image.built);
    if (fresh.length < rows.length)
        variants.push({
            text: render(fresh, left(rows.length - fresh.length, 'reused services')),
            loses: 'detail'
        });
    if (troubled.length < fresh.length)
        variants.push({
            text: render(troubled, left(fresh.length - troubled.length, 'built and passing images')),
            loses: 'list'
        });
    const names = troubled.map(r => (0,markdown/* code */.aY)(r.image.service)).join(', ');
    variants.push({
        text: [
            headline,
            ...(troubled.length ? [`Not pushable: ${names}.`] : []),
            left(rows.length, 'rows of the table'),
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
function renderPipelineComment(input, limit = pr_comment/* MAX_COMMENT_CHARS */.VK - 200) {
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


/***/ }),

/***/ 86168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ createOctokit),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   VK: () => (/* binding */ MAX_COMMENT_CHARS),
/* harmony export */   lB: () => (/* binding */ upsertComment)
/* harmony export */ });
/* unused harmony exports hasMarker, viewerLogin, findComment, isPermissionError */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21085);
/* harmony import */ var _core_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95422);
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
            (0,_core_log_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e)(`Ignoring comment ${comment.id} by ${comment.user?.login ?? 'a deleted account'}: it carries the marker of this comment but was not posted by ${await self}, the identity of this token`);
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
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 92413));
    const url = baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
    const octokit = getOctokit(token, { baseUrl: url });
    return octokit;
}
/** Whether an Octokit error means the token may not comment (a pull request from a fork, missing permission). */
function isPermissionError(error) {
    const status = error?.status;
    return status === 403 || status === 404;
}


/***/ }),

/***/ 94968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderManifests)
/* harmony export */ });
/* harmony import */ var _core_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95422);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29920);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87196);



async function renderManifests(inputs, runCommand) {
    const loaded = await (0,_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .loadManifests */ .DD)(inputs.manifests, runCommand);
    const { objects, pinned, unpinned } = (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .pinImages */ .Mc)(loaded, inputs.images);
    for (const pin of pinned)
        (0,_core_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)(`${pin.object} container ${pin.container}: ${pin.from} → ${pin.to}`);
    for (const image of unpinned)
        (0,_core_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e)(`${image.object} container ${image.container} runs ${image.image}, which no images entry pins by digest`);
    return { objects: (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .orderForApply */ .yX)(objects), pinned };
}


/***/ }),

/***/ 30287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kp: () => (/* binding */ ensureBusyboxBase),
/* harmony export */   XV: () => (/* binding */ BUSYBOX),
/* harmony export */   vO: () => (/* binding */ busyboxBaseAvailable)
/* harmony export */ });
/* unused harmony exports podmanTestStorage, podmanEnv, podmanGlobal */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_6__);
/**
 * The base image of the examples and tests, since nothing can be pulled here: `FROM scratch` plus
 * Debian's static busybox (`busybox-static`, /bin/busybox) with its applets installed as symlinks.
 * Built once per podman storage with podman on vfs + chroot (root, no overlay, no user namespaces)
 * and reused while the busybox binary is the same.
 */







const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_6__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const BUSYBOX = '/bin/busybox';
const BASE_REPOSITORY = 'localhost/shipline-busybox';
/**
 * A podman storage of its own (so tests never touch the machine's default storage), kept across runs
 * under the temp directory so the base image is built once. SHIPLINE_TEST_PODMAN_DIR overrides it.
 */
function podmanTestStorage(env = process.env) {
    const dir = env.SHIPLINE_TEST_PODMAN_DIR || (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_4__.tmpdir)(), 'shipline-podman');
    return { root: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, 'root'), runroot: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, 'run'), storageDriver: 'vfs', isolation: 'chroot' };
}
/** Environment variables that make build-push (action or CLI) use `storage`. */
function podmanEnv(storage) {
    return {
        SHIPLINE_PODMAN_ROOT: storage.root,
        SHIPLINE_PODMAN_RUNROOT: storage.runroot,
        SHIPLINE_PODMAN_STORAGE_DRIVER: storage.storageDriver,
        SHIPLINE_PODMAN_ISOLATION: storage.isolation
    };
}
function podmanGlobal(storage) {
    return ['--root', storage.root, '--runroot', storage.runroot, '--storage-driver', storage.storageDriver];
}
/** Whether podman and busybox-static are installed. */
function busyboxBaseAvailable() {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(BUSYBOX) && ['/usr/bin/podman', '/usr/local/bin/podman'].some(path => (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(path));
}
/** `localhost/shipline-busybox:<12 hex of the busybox binary>`, built when the storage lacks it. */
async function ensureBusyboxBase(storage = podmanTestStorage()) {
    const version = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(BUSYBOX)).digest('hex').slice(0, 12);
    const image = `${BASE_REPOSITORY}:${version}`;
    const podman = (args) => execFileAsync('podman', [...podmanGlobal(storage), ...args], { maxBuffer: 16 * 1024 * 1024 });
    try {
        await podman(['image', 'exists', image]);
        return image;
    }
    catch {
        // not built yet
    }
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_4__.tmpdir)(), 'shipline-busybox-'));
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.copyFile)(BUSYBOX, (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, 'busybox'));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, 'Containerfile'), [
            'FROM scratch',
            'COPY busybox /bin/busybox',
            'RUN ["/bin/busybox", "mkdir", "-p", "/usr/bin", "/sbin", "/usr/sbin", "/tmp", "/www"]',
            'RUN ["/bin/busybox", "--install", "-s"]',
            'ENV PATH=/usr/sbin:/usr/bin:/sbin:/bin',
            ''
        ].join('\n'));
        await podman(['build', '--isolation', storage.isolation, '--tag', image, dir]);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(dir, { recursive: true, force: true });
    }
    return image;
}


/***/ }),

/***/ 4494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yu: () => (/* binding */ REGISTRY_BINARY),
/* harmony export */   qm: () => (/* binding */ startRegistry)
/* harmony export */ });
/* unused harmony exports registryAvailable, freePort */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/**
 * A real OCI registry on loopback for tests and the local run: Debian's `docker-registry`
 * (distribution 2.x) with filesystem storage, on a free port, plain HTTP. Its storage is a temporary
 * directory (removed on stop) unless `dataDir` is given (kept, so a second local run finds its images).
 */






const REGISTRY_BINARY = '/usr/bin/docker-registry';
function registryAvailable() {
    return existsSync(REGISTRY_BINARY);
}
async function freePort() {
    return new Promise((resolve, reject) => {
        const server = (0,node_net__WEBPACK_IMPORTED_MODULE_3__.createServer)();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
        });
    });
}
const ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');
/** Start a registry; resolves once `/v2/` answers. */
async function startRegistry(options = {}) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_4__.tmpdir)(), 'shipline-registry-'));
    const dataDir = options.dataDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, 'data');
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const config = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, 'config.yml');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(config, [
        'version: 0.1',
        'log:',
        '  level: error',
        '  accesslog:',
        '    disabled: true',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${dataDir}`,
        '  delete:',
        '    enabled: true',
        'http:',
        `  addr: ${host}`,
        ''
    ].join('\n'));
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(REGISTRY_BINARY, ['serve', config], {
        stdio: ['ignore', 'ignore', 'pipe']
    });
    let stderr = '';
    child.stderr?.on('data', chunk => (stderr += String(chunk)));
    const exited = new Promise(resolve => child.once('exit', () => resolve()));
    const deadline = Date.now() + 15_000;
    for (;;) {
        try {
            const response = await fetch(`http://${host}/v2/`);
            if (response.status === 200)
                break;
        }
        catch {
            // not listening yet
        }
        if (child.exitCode !== null || Date.now() > deadline) {
            child.kill('SIGKILL');
            throw new Error(`docker-registry did not start on ${host}: ${stderr.trim().slice(-500)}`);
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    return {
        host,
        dir,
        async digest(repo, reference) {
            const response = await fetch(`http://${host}/v2/${repo}/manifests/${reference}`, {
                method: 'HEAD',
                headers: { accept: ACCEPT }
            });
            if (response.status === 404)
                return undefined;
            if (response.status !== 200)
                throw new Error(`HEAD ${repo}:${reference} answered ${response.status}`);
            return response.headers.get('docker-content-digest') ?? undefined;
        },
        async tags(repo) {
            const response = await fetch(`http://${host}/v2/${repo}/tags/list`);
            if (response.status === 404)
                return [];
            const body = (await response.json());
            return [...(body.tags ?? [])].sort();
        },
        async stop() {
            if (child.exitCode === null) {
                child.kill('SIGTERM');
                let timer;
                await Promise.race([exited, new Promise(resolve => (timer = setTimeout(resolve, 3000)))]);
                clearTimeout(timer);
                if (child.exitCode === null)
                    child.kill('SIGKILL');
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
        }
    };
}


/***/ })

};
