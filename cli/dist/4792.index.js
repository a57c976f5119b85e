export const id = 4792;
export const ids = [4792,8994];
export const modules = {

/***/ 64792:
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/exec.ts
var exec = __webpack_require__(85219);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: ./lib/core/paths.ts
var paths = __webpack_require__(77168);
// EXTERNAL MODULE: ./lib/core/markdown.ts
var markdown = __webpack_require__(71235);
// EXTERNAL MODULE: ./lib/git/git.ts
var git = __webpack_require__(23593);
;// CONCATENATED MODULE: ./lib/standins/infra-standin.ts
/**
 * A provider-free stand-in for infra/'s Terraform (the real root module needs the AWS provider, which
 * cannot plan without AWS): terraform_data resources and the outputs the pipeline reads, behind the
 * same S3 backend with its partial configuration from pipeline.yml. It adds `use_path_style` (a
 * loopback S3 has no bucket host names). The local run uses it when asked (--infra-standin).
 */
const STANDIN_INFRA = {
    'infra/versions.tf': `terraform {
  required_version = ">= 1.10"

  # As infra/versions.tf: bucket, region and kms_key_id come from -backend-config.
  backend "s3" {
    key                         = "infra/terraform.tfstate"
    workspace_key_prefix        = "workspaces"
    encrypt                     = true
    use_lockfile                = true
    use_path_style              = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    skip_metadata_api_check     = true
  }
}
`,
    'infra/main.tf': `# A stand-in for the reference architecture: no provider, the outputs the pipeline reads.
variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "generation" {
  description = "Bump it to make the next plan change something."
  type        = number
  default     = 1
}

resource "terraform_data" "cluster" {
  input = "erp-\${terraform.workspace}"
}

resource "terraform_data" "distribution" {
  input = "E\${upper(substr(sha256(terraform.workspace), 0, 12))}"
}

resource "terraform_data" "generation" {
  input = var.generation
}

output "cluster_name" {
  value = terraform_data.cluster.output
}

output "cloudfront_distribution_id" {
  value = terraform_data.distribution.output
}

output "kustomize_env" {
  value = join("\\n", [
    "TARGET_GROUP_ARN_FRONTEND=arn:aws:elasticloadbalancing:\${var.region}:123456789012:targetgroup/erp-\${terraform.workspace}-frontend/0000000000000000",
    "TARGET_GROUP_ARN_GATEWAY_SERVICE=arn:aws:elasticloadbalancing:\${var.region}:123456789012:targetgroup/erp-\${terraform.workspace}-gateway-service/0000000000000000",
    "IRSA_ROLE_PREFIX=arn:aws:iam::123456789012:role/erp-\${terraform.workspace}",
    "VPC_CIDR=10.20.0.0/16",
    "DATABASE_ENDPOINT=erp-\${terraform.workspace}.abcdefghijkl.\${var.region}.rds.amazonaws.com:5432",
    "DATABASE_SECRET_ARN=arn:aws:secretsmanager:\${var.region}:123456789012:secret:rds!db-00000000-0000-0000-0000-000000000000-AbCdEf",
    "COGNITO_ISSUER_URL=https://cognito-idp.\${var.region}.amazonaws.com/\${var.region}_ReHeArSe1",
    "COGNITO_JWKS_URL=https://cognito-idp.\${var.region}.amazonaws.com/\${var.region}_ReHeArSe1/.well-known/jwks.json",
    "COGNITO_CLIENT_ID=1rehearsalclientid00000000",
    "COGNITO_DOMAIN=erp-\${terraform.workspace}-123456789012.auth.\${var.region}.amazoncognito.com",
    "",
  ])
}
`,
    'infra/environments/production.tfvars': 'region = "eu-west-1"\n',
    'infra/environments/staging.tfvars': 'region = "eu-west-1"\n'
};

// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(73619);
// EXTERNAL MODULE: ./lib/standins/busybox-base.ts
var busybox_base = __webpack_require__(30287);
// EXTERNAL MODULE: ./lib/standins/local-registry.ts
var local_registry = __webpack_require__(4494);
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
 * `shipline local` (`npm run local`): the deploy, run on this machine by the rehearsal engine, so
 * what runs locally is the workflow file that runs on GitHub. It rehearses the repository's own
 * caller workflow (`.github/workflows/shipline.yml`, else `pipeline.yml`, or --workflow) for a push:
 * its shipline.yml, its Kubernetes manifests and its Terraform, as its workflow names them, with
 * Shipline's actions and CLI from this installation. AWS, the cluster and GitHub's API are the
 * rehearsal's stand-ins; images are built with podman and pushed to a loopback registry.
 *
 * Nothing in the repository changes: the run works on a copy of its working tree (committed there,
 * so uncommitted edits are included), deleted at the end. The stand-ins' state (registry, Terraform
 * state, cluster, podman storage, each run's logs) stays in --state for the next run, which then
 * builds and rolls out nothing if nothing changed. Two changes are made only when asked, and said:
 * --infra-standin replaces infra/ by a provider-free stand-in (the real one plans only against AWS).
 * Base images come from podman's storage (docker.io/library/busybox:1.36 is the busybox-static base).
 *
 * Exit codes: 0 the run would succeed; 1 a job would fail; 2 bad usage or a missing tool.
 */













const WORKFLOWS = ['.github/workflows/shipline.yml', '.github/workflows/pipeline.yml'];
const DEFAULTS = { state: '.shipline/local', protected: ['staging', 'production'] };
const ACCEPTED = {
    workflow: 'the repository’s caller workflow, relative to its root',
    state: 'a directory of its own for the stand-ins’ state, such as .shipline/local (created when missing), not one holding the repository',
    protected: 'the name of a GitHub environment whose jobs wait for an approval, such as production'
};
const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** Every flag checked before anything runs (git included): one line naming the flag, nothing done. */
function readOptions(values) {
    const workflow = values.workflow === undefined ? undefined : String(values.workflow);
    if (workflow !== undefined) {
        const problem = workflow === ''
            ? 'is empty'
            : workflow.includes('\0')
                ? 'contains a NUL character'
                : (0,external_node_path_.isAbsolute)(workflow)
                    ? `${(0,paths/* quoted */.TL)(workflow)} is an absolute path`
                    : workflow.split(/[\\/]/).includes('..')
                        ? `${(0,paths/* quoted */.TL)(workflow)} leaves the repository`
                        : !/\.ya?ml$/.test(workflow)
                            ? `${(0,paths/* quoted */.TL)(workflow)} is not a workflow file (.yml or .yaml)`
                            : undefined;
        if (problem)
            throw new errors/* InputError */.dz('--workflow', problem, ACCEPTED.workflow);
    }
    let state;
    if (values.state !== undefined) {
        const value = String(values.state);
        if (value === '' || value.includes('\0'))
            throw new errors/* InputError */.dz('--state', value ? 'contains a NUL character' : 'is empty', ACCEPTED.state);
        state = (0,external_node_path_.resolve)(value);
        const kind = (0,paths/* pathKind */.gl)('--state', state, ACCEPTED.state, value);
        if (kind === 'file' || kind === 'other')
            throw new errors/* InputError */.dz('--state', `${(0,paths/* quoted */.TL)(value)} is ${kind === 'file' ? 'a file' : 'not a directory'}`, ACCEPTED.state);
        const cwd = process.cwd();
        if (cwd === state || cwd.startsWith(state.endsWith(external_node_path_.sep) ? state : `${state}${external_node_path_.sep}`))
            throw new errors/* InputError */.dz('--state', `${(0,paths/* quoted */.TL)(value)} holds the repository itself`, ACCEPTED.state);
    }
    const protectedEnvironments = values.protected ?? DEFAULTS.protected;
    for (const name of protectedEnvironments)
        if (!ENVIRONMENT.test(name))
            throw new errors/* InputError */.dz('--protected', `${(0,paths/* quoted */.TL)(name)} is not an environment name`, ACCEPTED.protected);
    return { workflow, state, protectedEnvironments, infraStandin: values['infra-standin'] === true };
}
const local_git = async (cwd, args) => (await (0,exec/* run */.eF)('git', args, { cwd, stream: false })).stdout;
/** The Shipline checkout this command belongs to (its TypeScript sources, when it has them). */
function shiplineSources() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 5; i++, dir = (0,external_node_path_.dirname)(dir))
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'lib', 'rehearsal', 'source-hooks.mjs')))
            return dir;
    return undefined;
}
/**
 * A copy of `top`'s working tree as one commit on top of HEAD (same files, so the same content
 * tags as a commit of them would get), and the stand-in infra as a second one when asked.
 */
async function copyOfWorkingTree(top, dest, infraStandin) {
    await (0,promises_.rm)(dest, { recursive: true, force: true });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
    await local_git(top, ['clone', '--quiet', '--shared', '--no-checkout', top, dest]);
    const head = (await local_git(top, ['rev-parse', '--verify', '--quiet', 'HEAD'])).trim();
    const branch = (await local_git(top, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
    await local_git(dest, ['checkout', '--quiet', '-B', branch === 'HEAD' ? 'main' : branch, head]);
    const files = (await local_git(top, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']))
        .split('\0')
        .filter(Boolean);
    for (const file of files) {
        const from = (0,external_node_path_.join)(top, file);
        if (!(0,external_node_fs_.existsSync)(from))
            await (0,promises_.rm)((0,external_node_path_.join)(dest, file), { force: true });
        else
            await (0,promises_.cp)(from, (0,external_node_path_.join)(dest, file), { force: true, recursive: false, verbatimSymlinks: true });
    }
    const commit = (message) => local_git(dest, [
        '-c',
        'user.name=shipline local',
        '-c',
        'user.email=local@shipline.invalid',
        'commit',
        '--quiet',
        '--allow-empty',
        '-m',
        message
    ]);
    await local_git(dest, ['add', '-A']);
    if ((await local_git(dest, ['status', '--porcelain'])).trim())
        await commit('shipline local: the working tree');
    if (infraStandin) {
        // Its Terraform only: the Kubernetes manifests under infra/k8s stay as they are.
        const infra = (0,external_node_path_.join)(dest, 'infra');
        for (const name of (0,external_node_fs_.existsSync)(infra) ? await (0,promises_.readdir)(infra) : [])
            if (name.endsWith('.tf') || name === 'modules' || name === 'environments' || name === 'bootstrap')
                await (0,promises_.rm)((0,external_node_path_.join)(infra, name), { recursive: true, force: true });
        for (const [path, text] of Object.entries(STANDIN_INFRA)) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(dest, path)), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(dest, path), text);
        }
        await local_git(dest, ['add', '-A']);
        await commit('shipline local: the provider-free infra stand-in');
    }
}
/** The counts, and where everything the run made is. */
function closing(top, state, runDir, summary) {
    const where = (path) => (0,external_node_path_.relative)(top, path) || '.';
    return [
        '',
        summary,
        '',
        'Where everything is:',
        '',
        (0,markdown/* table */.tp)(['what', 'path'], [
            ["this run's jobs: each one's log and job summary", where((0,external_node_path_.join)(runDir, 'jobs'))],
            [
                'registry, Terraform state, cluster, podman storage (kept: the next run starts from them)',
                where(state)
            ],
            ['the copy of the working tree', 'deleted']
        ]),
        ''
    ].join('\n');
}
const local_command = {
    usage: 'shipline local [--workflow .github/workflows/shipline.yml] [--state .shipline/local] [--infra-standin] [--protected ENV]...',
    options: {
        workflow: { type: 'string' },
        state: { type: 'string' },
        'infra-standin': { type: 'boolean' },
        protected: { type: 'string', multiple: true }
    },
    async run({ values }) {
        const options = readOptions(values);
        const top = await (0,git/* gitTopLevel */.oB)(process.cwd());
        const workflow = options.workflow ?? WORKFLOWS.find(w => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(top, w)));
        if (!workflow || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(top, workflow)))
            throw new errors/* InputError */.dz('--workflow', workflow ? `${workflow} does not exist in ${top}` : `there is no ${WORKFLOWS.join(' or ')} in ${top}`, ACCEPTED.workflow);
        const state = options.state ?? (0,external_node_path_.join)(top, DEFAULTS.state);
        if (state === top || (0,external_node_path_.relative)(state, top).split(external_node_path_.sep)[0] !== '..')
            throw new errors/* InputError */.dz('--state', `${(0,paths/* quoted */.TL)(state)} holds the repository itself`, ACCEPTED.state);
        const tools = await detectTools();
        chooseBuilder(tools, 'podman');
        for (const [tool, present, pkg] of [
            [
                'terraform',
                tools.terraform,
                'Terraform 1.10 or later (https://developer.hashicorp.com/terraform/install)'
            ],
            ['kubectl', tools.kubectl, 'kubectl (https://kubernetes.io/docs/tasks/tools/)']
        ])
            if (!present)
                throw new errors/* UserError */.yo(`The local run needs ${tool}: install ${pkg}`);
        const { protectedEnvironments, infraStandin } = options;
        const copy = (0,external_node_path_.join)(state, 'repo');
        (0,log/* info */.pq)(`Rehearsing ${workflow} for a push, on a copy of the working tree of ${top}`);
        if (infraStandin)
            (0,log/* info */.pq)('infra/ is the provider-free stand-in in this run (--infra-standin); the repository is unchanged');
        await copyOfWorkingTree(top, copy, infraStandin);
        const { rehearse } = await Promise.all(/* import() */[__webpack_require__.e(4222), __webpack_require__.e(2094), __webpack_require__.e(9758)]).then(__webpack_require__.bind(__webpack_require__, 62094));
        const { summaryLine } = await __webpack_require__.e(/* import() */ 2618).then(__webpack_require__.bind(__webpack_require__, 72618));
        let result;
        try {
            result = await rehearse({
                workflow,
                event: 'push',
                repo: copy,
                stateDir: state,
                protectedEnvironments,
                shiplineSources: shiplineSources(),
                onJob: line => process.stdout.write(`${line}\n`)
            });
        }
        finally {
            await (0,promises_.rm)(copy, { recursive: true, force: true });
        }
        process.stdout.write(closing(top, state, result.runDir, summaryLine(result)));
        return result.success ? command/* EXIT */.d.ok : command/* EXIT */.d.failure;
    }
};


/***/ }),

/***/ 85219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ys: () => (/* binding */ commandExists),
/* harmony export */   eF: () => (/* binding */ run)
/* harmony export */ });
/* unused harmony exports DEFAULT_STOP_GRACE_MS, CommandFailedError, CancelledError, cancelledBy */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21085);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95422);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40549);
/**
 * Process execution with output streamed to the log as it arrives (long commands show progress)
 * and captured for parsing. Arguments go to the process as argv, never through a shell; secrets go
 * on stdin (`input`), never in argv.
 *
 * Cancelling: when this process gets SIGINT or SIGTERM (the runner cancelling a job sends SIGINT,
 * then SIGTERM 7.5 s later, then kills the process tree), every running command is sent SIGINT once,
 * its graceful stop (Terraform releases its state lock; podman and docker stop their builds). Each
 * command runs in its own process group, so a terminal's Ctrl-C does not reach it a second time
 * (Terraform exits at once, lock held, on a second interrupt), and later signals are not passed on
 * either. A command still running `stopGraceMs` after SIGINT gets SIGTERM, then SIGKILL. Once
 * cancelled, no new command starts; the cancelled command rejects with CancelledError, which says
 * whether it stopped by itself, so the caller can report the cancel.
 */





const DEFAULT_STOP_GRACE_MS = 30_000;
/** After SIGTERM, how long before SIGKILL (at most; never longer than the grace itself). */
const KILL_AFTER_MS = 10_000;
const SIGNALS = ['SIGINT', 'SIGTERM'];
class CommandFailedError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    command;
    result;
    constructor(command, result) {
        const tail = lastLines(result.stderr || result.stdout, 5);
        super(`${command} exited with code ${result.exitCode}${tail ? `: ${tail}` : ''}`);
        this.command = command;
        this.result = result;
        this.name = 'CommandFailedError';
    }
}
/** The run was cancelled: the command was stopped (`result` set), or was not started. */
class CancelledError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    command;
    stop;
    result;
    constructor(command, stop, result) {
        super(result
            ? `${command} was cancelled (${stop.signal}): ${stop.forced
                ? `it did not stop within ${stop.graceSeconds}s of SIGINT and was ended with ${stop.forced}`
                : `it stopped after SIGINT (exit ${result.exitCode})`}`
            : `${command} was not started: the run was cancelled (${stop.signal})`);
        this.command = command;
        this.stop = stop;
        this.result = result;
        this.name = 'CancelledError';
    }
}
function lastLines(text, n) {
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E)(text
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean)
        .slice(-n)
        .join(' | '));
}
/** Run `command args…`; rejects with CommandFailedError on a non-accepted exit code. */
async function run(command, args, options = {}) {
    const label = [command, ...args.slice(0, 2)].join(' ');
    if (cancelled)
        throw new CancelledError(label, { signal: cancelled, graceSeconds: 0 });
    const execute = () => spawnAndCollect(command, args, options, label);
    const { result, stop } = options.groupTitle ? await (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .group */ .Os)(options.groupTitle, execute) : await execute();
    if (stop)
        throw new CancelledError(label, stop, result);
    if (!(options.okExitCodes ?? [0]).includes(result.exitCode))
        throw new CommandFailedError(label, result);
    return result;
}
/** The signal that cancelled this run, if one did. */
function cancelledBy() {
    return cancelled;
}
const running = new Set();
let cancelled;
let installed = false;
/** A process group gets the signal (the command and what it started); a lone process otherwise. */
const GROUPS = process.platform !== 'win32';
function send(entry, signal) {
    const pid = entry.child.pid;
    if (pid === undefined)
        return;
    try {
        process.kill(GROUPS ? -pid : pid, signal);
    }
    catch {
        // already gone
    }
}
function stopGracefully(entry, signal) {
    entry.stop = { signal, graceSeconds: entry.graceMs / 1000 };
    send(entry, 'SIGINT');
    entry.timers.push(setTimeout(() => {
        if (entry.stop)
            entry.stop.forced = 'SIGTERM';
        (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e)(`${entry.label} did not stop within ${entry.stop?.graceSeconds}s of SIGINT: sending SIGTERM`);
        send(entry, 'SIGTERM');
        entry.timers.push(setTimeout(() => {
            if (entry.stop)
                entry.stop.forced = 'SIGKILL';
            (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e)(`${entry.label} is still running: sending SIGKILL`);
            send(entry, 'SIGKILL');
        }, Math.min(KILL_AFTER_MS, entry.graceMs)));
    }, entry.graceMs));
}
function onSignal(signal) {
    const labels = [...running].map(entry => entry.label).join(', ');
    if (cancelled) {
        (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`${signal} received again: still waiting for ${labels || 'the run'} to stop (it is not interrupted twice: a second interrupt makes Terraform exit at once, which can leave its state lock held)`);
        return;
    }
    cancelled = signal;
    (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`Cancelled (${signal}): sent SIGINT to ${labels}; waiting for it to stop gracefully`);
    for (const entry of running)
        stopGracefully(entry, signal);
}
const handlers = Object.fromEntries(SIGNALS.map(signal => [signal, () => onSignal(signal)]));
/** On this process's exit, nothing it started is left running. */
function killAll() {
    for (const entry of running)
        send(entry, 'SIGKILL');
}
function track(entry) {
    running.add(entry);
    if (installed)
        return;
    installed = true;
    for (const signal of SIGNALS)
        process.on(signal, handlers[signal]);
    process.on('exit', killAll);
}
function untrack(entry) {
    running.delete(entry);
    for (const timer of entry.timers)
        clearTimeout(timer);
    // While nothing runs, signals have their default effect again, unless a cancel is being
    // reported: then they are held until this process ends.
    if (running.size > 0 || cancelled || !installed)
        return;
    installed = false;
    for (const signal of SIGNALS)
        process.off(signal, handlers[signal]);
    process.off('exit', killAll);
}
function exitCodeOf(code, signal) {
    if (code !== null)
        return code;
    return signal ? 128 + (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal] ?? 0) : 1;
}
/**
 * Captures a child's stdout and stderr, and passes their lines, as they arrive, to `onLine` and
 * (when streaming) to the log.
 */
function collectOutput(child, options) {
    const stream = options.stream ?? true;
    const chunks = { stdout: [], stderr: [] };
    const pending = { stdout: '', stderr: '' };
    // The program's lines reach the log through toolOutput: they can never issue workflow commands.
    const emit = (name, lines) => {
        for (const line of lines)
            options.onLine?.(line, name);
        if (stream && lines.length)
            (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .toolOutput */ .WT)(lines.join('\n'));
    };
    for (const name of ['stdout', 'stderr']) {
        child[name].on('data', (chunk) => {
            chunks[name].push(chunk);
            // Nothing reads lines (no log, no onLine): capture only. Splitting a long single-line
            // output (terraform show -json) chunk by chunk would copy it again and again.
            if (!stream && !options.onLine)
                return;
            const text = pending[name] + chunk.toString('utf8');
            const lines = text.split('\n');
            pending[name] = lines.pop() ?? '';
            emit(name, lines);
        });
    }
    return {
        flush() {
            for (const name of ['stdout', 'stderr'])
                if (pending[name])
                    emit(name, [pending[name]]);
        },
        text: () => ({
            stdout: Buffer.concat(chunks.stdout).toString('utf8'),
            stderr: Buffer.concat(chunks.stderr).toString('utf8')
        })
    };
}
function spawnAndCollect(command, args, options, label) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: GROUPS
        });
        const entry = {
            child,
            label,
            graceMs: options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS,
            timers: []
        };
        if (child.pid !== undefined)
            track(entry);
        const output = collectOutput(child, options);
        child.on('error', error => {
            untrack(entry);
            const code = error.code;
            reject(code === 'ENOENT' ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${command} was not found on PATH`) : error);
        });
        child.on('close', (exitCode, signal) => {
            untrack(entry);
            output.flush();
            resolve({ result: { exitCode: exitCodeOf(exitCode, signal), ...output.text() }, stop: entry.stop });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
/** Whether `command` can be started (found on PATH). */
async function commandExists(command, versionArgs = ['--version']) {
    try {
        await spawnAndCollect(command, versionArgs, { stream: false }, command);
        return true;
    }
    catch {
        return false;
    }
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

/***/ 23593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OM: () => (/* binding */ changedFilesSince),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   VQ: () => (/* binding */ pathObjectIds),
/* harmony export */   Xb: () => (/* binding */ dirtyPaths),
/* harmony export */   oB: () => (/* binding */ gitTopLevel)
/* harmony export */ });
/* unused harmony exports git, resolveCommit */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21085);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85219);
/**
 * Git, read-only as far as the user can see: the repository root, the commit, the object ids of
 * paths (of the working tree when it has uncommitted changes there), and the files changed since a
 * base. Paths given to and returned by these functions are relative to the repository's top level.
 */






/** Run git quietly (argv only; paths taken literally); stdout. */
async function git(cwd, args, options = {}) {
    const result = await (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)('git', ['--literal-pathspecs', ...args], {
        cwd,
        stream: false,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
        okExitCodes: options.okExitCodes
    });
    return { stdout: result.stdout, exitCode: result.exitCode };
}
/** The top level of the git work tree holding `cwd`. */
async function gitTopLevel(cwd) {
    const { stdout, exitCode } = await git(cwd, ['rev-parse', '--show-toplevel'], { okExitCodes: [0, 128] });
    if (exitCode !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${cwd} is not inside a git repository; Shipline computes content tags from git`);
    return stdout.trim();
}
/** The commit HEAD points at, or undefined in a repository without commits. */
async function headCommit(top) {
    const { stdout, exitCode } = await git(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
        okExitCodes: [0, 1, 128]
    });
    return exitCode === 0 ? stdout.trim() : undefined;
}
/** The commit `ref` names, or undefined when it names none (unknown ref, all-zero sha). */
async function resolveCommit(top, ref) {
    if (/^0+$/.test(ref))
        return undefined;
    const { stdout, exitCode } = await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
        okExitCodes: [0, 1, 128]
    });
    return exitCode === 0 ? stdout.trim() : undefined;
}
/** Paths (of `paths`) with uncommitted changes: modified, staged, deleted or untracked, not ignored. */
async function dirtyPaths(top, paths) {
    const { stdout } = await git(top, [
        'status',
        '--porcelain=v1',
        '-z',
        '--untracked-files=all',
        '--no-renames',
        '--',
        ...paths.map(pathspec)
    ]);
    return stdout
        .split('\0')
        .filter(Boolean)
        .map(entry => entry.slice(3));
}
function pathspec(path) {
    return path === '' || path === '.' ? '.' : path;
}
/** `tree-ish:path` ids via one `git rev-parse` ('.' is the tree itself); absent paths are left out. */
async function idsInTree(top, treeish, paths) {
    const ids = new Map();
    if (paths.length === 0)
        return ids;
    const specs = paths.map(path => `${treeish}:${path === '.' ? '' : path}`);
    // One line out per line in: the object id, or `<spec> missing` when the path is absent.
    const { stdout } = await (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)('git', ['cat-file', '--batch-check=%(objectname)'], {
        cwd: top,
        input: `${specs.join('\n')}\n`,
        stream: false
    });
    const lines = stdout.split('\n');
    paths.forEach((path, i) => {
        if (/^[0-9a-f]{40,64}$/.test(lines[i] ?? ''))
            ids.set(path, lines[i]);
    });
    return ids;
}
/**
 * The git object id of each path: from HEAD when those paths are clean; otherwise of the working tree,
 * computed the way `git add` + `git commit` would (a temporary index, the real one untouched), so a
 * local build of uncommitted files gets the tag CI gets once they are committed.
 */
async function pathObjectIds(top, paths, known = {}) {
    const wanted = [...new Set(paths.map(pathspec))];
    const head = known.head === undefined ? await headCommit(top) : (known.head ?? undefined);
    const under = (file) => wanted.some(p => p === '.' || file === p || file.startsWith(`${p}/`));
    const dirty = head === undefined ||
        (known.dirtyFiles ? known.dirtyFiles.some(under) : (await dirtyPaths(top, wanted)).length > 0);
    let ids;
    if (!dirty)
        ids = await idsInTree(top, 'HEAD', wanted);
    else {
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'shipline-index-'));
        try {
            const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'index') };
            await git(top, head ? ['read-tree', 'HEAD'] : ['read-tree', '--empty'], { env });
            const inHead = head ? await idsInTree(top, 'HEAD', wanted) : new Map();
            const present = wanted.filter(p => inHead.has(p) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(top, p)));
            if (present.length > 0)
                await git(top, ['add', '--all', '--', ...present], { env });
            const { stdout } = await git(top, ['write-tree'], { env });
            ids = await idsInTree(top, stdout.trim(), wanted);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
        }
    }
    const result = new Map();
    for (const path of wanted)
        result.set(path, ids.get(path) ?? 'missing');
    return { ids: result, dirty };
}
/**
 * Files changed between the merge base of `base` and HEAD, and the working tree (uncommitted and
 * untracked files count too). Undefined when `base` names no commit.
 */
async function changedFilesSince(top, base) {
    const baseCommit = await resolveCommit(top, base);
    if (!baseCommit)
        return undefined;
    const head = await headCommit(top);
    let from = baseCommit;
    if (head) {
        const { stdout, exitCode } = await git(top, ['merge-base', baseCommit, head], { okExitCodes: [0, 1] });
        if (exitCode === 0)
            from = stdout.trim();
    }
    const diff = await git(top, ['diff', '--name-only', '--no-renames', '-z', from, '--']);
    const untracked = await git(top, ['ls-files', '--others', '--exclude-standard', '-z']);
    const files = [...diff.stdout.split('\0'), ...untracked.stdout.split('\0')].filter(Boolean);
    return [...new Set(files)].sort();
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
/** distribution's configuration: filesystem storage in `dataDir`, deletes allowed, listening on `host`. */
function registryConfig(dataDir, host) {
    return [
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
    ].join('\n');
}
/** Resolves once `/v2/` answers 200; kills the registry when it exits or takes over 15 s. */
async function untilServing(child, host, stderr) {
    const deadline = Date.now() + 15_000;
    for (;;) {
        try {
            const response = await fetch(`http://${host}/v2/`);
            if (response.status === 200)
                return;
        }
        catch {
            // not listening yet
        }
        if (child.exitCode !== null || Date.now() > deadline) {
            child.kill('SIGKILL');
            throw new Error(`docker-registry did not start on ${host}: ${stderr().trim().slice(-500)}`);
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
}
/** Start a registry; resolves once `/v2/` answers. */
async function startRegistry(options = {}) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_4__.tmpdir)(), 'shipline-registry-'));
    const dataDir = options.dataDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, 'data');
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const config = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, 'config.yml');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(config, registryConfig(dataDir, host));
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(REGISTRY_BINARY, ['serve', config], {
        stdio: ['ignore', 'ignore', 'pipe']
    });
    let stderr = '';
    child.stderr?.on('data', chunk => (stderr += String(chunk)));
    const exited = new Promise(resolve => child.once('exit', () => resolve()));
    await untilServing(child, host, () => stderr);
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
