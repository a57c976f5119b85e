export const id = 3257;
export const ids = [3257];
export const modules = {

/***/ 63257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _lib_git_changed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56797);
/* harmony import */ var _lib_config_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2597);
/* harmony import */ var _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21085);
/* harmony import */ var _lib_core_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95422);
/* harmony import */ var _lib_core_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77168);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73619);
/** `shipline changed`: the services whose watched paths changed since a base, as a GitHub matrix. */







/** A commit sha, branch, tag or revision such as HEAD~1; never an option (it reaches git's argv). */
const REVISION = /^(?!-)[\w./@{}~^+-]{1,255}$/;
const command = {
    usage: 'shipline changed [--base REF] [--config shipline.yml] [--github-output]',
    options: {
        base: { type: 'string' },
        config: { type: 'string' },
        'github-output': { type: 'boolean' }
    },
    async run({ values }) {
        if (values['github-output'] && !process.env.GITHUB_OUTPUT)
            throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('--github-output', 'GITHUB_OUTPUT is not set', 'a GitHub Actions step (it sets GITHUB_OUTPUT)');
        const base = values.base?.trim() || undefined;
        if (base !== undefined && !REVISION.test(base))
            throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('--base', `${(0,_lib_core_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .TL)(base, 60)} is not a git revision`, 'a commit sha, branch or tag such as origin/main (at most 255 characters, not starting with "-")');
        const config = await (0,_lib_config_config_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(values.config || undefined, process.cwd(), '--config');
        const result = await (0,_lib_git_changed_js__WEBPACK_IMPORTED_MODULE_1__/* .changedServices */ .VH)(config, base);
        if (result.allBecause)
            (0,_lib_core_log_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e)(`listing every service: ${result.allBecause}`);
        else
            (0,_lib_core_log_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq)(`${result.services.length} of ${config.services.length} service(s) changed since ${base}`);
        const json = JSON.stringify((0,_lib_git_changed_js__WEBPACK_IMPORTED_MODULE_1__/* .matrix */ .UP)(result.services));
        process.stdout.write(`${json}\n`);
        if (values['github-output']) {
            const names = result.services.map(service => service.name);
            const cdnChanged = names.some(name => config.cdn.services.includes(name));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('matrix', json);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('any', String(names.length > 0));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('services', names.join(','));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('cdn-paths', cdnChanged ? config.cdn.paths.join('\n') : '');
            // A static frontend converges on every deploy (published when the bucket lacks its version).
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('static', String(config.static !== undefined));
        }
        return _command_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.ok;
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

/***/ 56797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UP: () => (/* binding */ matrix),
/* harmony export */   VH: () => (/* binding */ changedServices),
/* harmony export */   hR: () => (/* binding */ watchedPaths),
/* harmony export */   ny: () => (/* binding */ gitPrefix),
/* harmony export */   ri: () => (/* binding */ toGitPath)
/* harmony export */ });
/* unused harmony exports covers, servicesTouched */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23593);
/**
 * Which services changed: a service changed when a file under one of its watched paths, or its
 * Dockerfile, differs from the base. The result is a GitHub Actions matrix (`{"include":[…]}`).
 */



/** The paths (relative to the configuration's directory) whose change rebuilds `service`. */
function watchedPaths(service) {
    const dockerfile = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(service.context, service.dockerfile);
    const paths = [...service.watch];
    if (!paths.some(path => covers(path, dockerfile)))
        paths.push(dockerfile);
    return paths;
}
/** Whether `path` is `dir` itself or inside it ('.' covers everything). */
function covers(dir, path) {
    return dir === '.' || path === dir || path.startsWith(`${dir}/`);
}
/** A path relative to the configuration's directory → relative to the git top level. */
function toGitPath(prefix, path) {
    const joined = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(prefix || '.', path));
    return joined === './' ? '.' : joined.replace(/\/$/, '');
}
/** The services (in the file's order) that `files` (git top-level relative) touch. */
function servicesTouched(services, files, prefix = '') {
    return services.filter(service => watchedPaths(service)
        .map(path => toGitPath(prefix, path))
        .some(dir => files.some(file => covers(dir, file))));
}
/** `{"include":[…]}` for `strategy.matrix`: one entry per service, platforms comma-separated. */
function matrix(services) {
    return {
        include: services.map(service => ({
            service: service.name,
            context: service.context,
            dockerfile: service.dockerfile,
            platforms: service.platforms.join(','),
            ...(service.workload ? { workload: service.workload } : {})
        }))
    };
}
/** The services changed since `base` (all of them, with the reason, when there is no usable base). */
async function changedServices(config, base) {
    if (!base)
        return { services: config.services, allBecause: 'no base was given' };
    const top = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTopLevel */ .oB)(config.root);
    const files = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .changedFilesSince */ .OM)(top, base);
    if (!files)
        return {
            services: config.services,
            allBecause: /^0+$/.test(base)
                ? `the base ${base} is the all-zero sha of a new branch`
                : `the base ${base} is not a commit of this repository (shallow clone? fetch it first)`
        };
    const prefix = await gitPrefix(top, config.root);
    return { services: servicesTouched(config.services, files, prefix) };
}
/** The configuration's directory relative to the git top level ('' when it is the top level). */
async function gitPrefix(top, root) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(top), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root))
        .split('\\')
        .join('/');
}


/***/ }),

/***/ 23593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   OM: () => (/* binding */ changedFilesSince),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   VQ: () => (/* binding */ pathObjectIds),
/* harmony export */   Xb: () => (/* binding */ dirtyPaths),
/* harmony export */   oB: () => (/* binding */ gitTopLevel)
/* harmony export */ });
/* unused harmony export resolveCommit */
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


/***/ })

};
