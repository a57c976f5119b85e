export const id = 5613;
export const ids = [5613];
export const modules = {

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


/***/ }),

/***/ 6940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SC: () => (/* binding */ commitInstallation),
/* harmony export */   rb: () => (/* binding */ installationRoot)
/* harmony export */ });
/* unused harmony export installationFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21085);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23593);
/**
 * This Shipline installation as the repository that GitHub would check out for a remote `uses:`
 * line: its reusable workflows, its actions' action.yml and dist/, and the CLI bundle, committed in
 * a git repository of the state directory (a fixed author and date, so the same files are the same
 * commit). The reusable workflows check out `job_workflow_sha` of their own repository into
 * .shipline-src: the rehearsal's OIDC token names this commit and actions/checkout fetches it here.
 * The installation is a checkout of Shipline or the @shipline/cli package (which ships these files).
 */






const PACKAGE = '@shipline/cli';
/** The directory of Shipline's package.json above `from` (a file of this installation). */
function installationRoot(from = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)) {
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(from), i = 0; i < 8; i++, dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)) {
        const manifest = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest)) {
            try {
                if (JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, 'utf8')).name === PACKAGE)
                    return dir;
            }
            catch {
                // not a package.json of ours
            }
        }
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir) === dir)
            break;
    }
    return undefined;
}
/**
 * The files of `root` a rehearsal checks out as Shipline (relative paths); the dist/ bundles when
 * `bundles` and present (a rehearsal from the sources writes its own entries over them).
 */
function installationFiles(root, bundles = true) {
    const files = ['package.json'];
    const workflows = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, '.github', 'workflows');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(workflows))
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(workflows).sort())
            if (/\.ya?ml$/.test(name))
                files.push(`.github/workflows/${name}`);
    const actions = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'actions');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(actions))
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(actions).sort()) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(actions, name, 'action.yml')))
                continue;
            files.push(`actions/${name}/action.yml`);
            if (bundles && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(actions, name, 'dist')))
                files.push(`actions/${name}/dist`);
        }
    if (bundles && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'cli', 'dist')))
        files.push('cli/dist');
    return files;
}
const git = async (cwd, args) => (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .$Y)(cwd, args, { env: FIXED_DATES })).stdout.trim();
const FIXED_DATES = {
    GIT_AUTHOR_DATE: '2000-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2000-01-01T00:00:00Z'
};
/** The installation committed under `dir` (replacing what an earlier run put there); its commit. */
async function commitInstallation(root, dir, bundles = true) {
    const files = installationFiles(root, bundles);
    if (!files.some(file => file.startsWith('.github/workflows/')))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Shipline at ${root} has no .github/workflows/: reinstall @shipline/cli, whose package ships its reusable workflows`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.git')))
        await git(dir, ['init', '-q', '-b', 'main']);
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir))
        if (name !== '.git')
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), { recursive: true });
    for (const file of files) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, file)), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, file), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, file), { recursive: true });
    }
    await git(dir, ['add', '-A']);
    if (await git(dir, ['status', '--porcelain']))
        await git(dir, [
            '-c',
            'user.name=shipline rehearse',
            '-c',
            'user.email=rehearse@shipline.invalid',
            'commit',
            '-q',
            '-m',
            'This Shipline installation'
        ]);
    return git(dir, ['rev-parse', 'HEAD']);
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
