export const id = 1206;
export const ids = [1206];
export const modules = {

/***/ 1989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File)
/* harmony export */ });
/* unused harmony exports sha256, parseChecksums */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/** SHA-256 of files and the `SHA256SUMS` format that release pages publish. */


async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
function sha256(text) {
    return createHash('sha256').update(text).digest('hex');
}
/** `<hex>  <file>` lines (GNU coreutils, text or binary mode) → file name → hex digest. */
function parseChecksums(text) {
    const sums = new Map();
    for (const line of text.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line);
        if (match)
            sums.set(match[2], match[1].toLowerCase());
    }
    return sums;
}


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

/***/ 16384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ globMatch),
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * Path patterns of `.trivyignore.yaml` (`paths:`), matched the way Trivy matches them (doublestar):
 * `**` spans directories, `*` and `?` stay within one, `[abc]` and `{a,b}` as in a shell.
 */
/** A RegExp for `pattern`, or undefined when the pattern is malformed (unclosed `[` or `{`). */
function globToRegExp(pattern) {
    let out = '';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            if (i + 1 >= pattern.length)
                return undefined;
            out += escape(pattern[++i]);
        }
        else if (c === '*') {
            if (pattern[i + 1] === '*') {
                const atStart = i === 0 || pattern[i - 1] === '/';
                const next = pattern[i + 2];
                i++;
                if (atStart && next === '/') {
                    out += '(?:.*/)?';
                    i++;
                }
                else if (atStart && next === undefined)
                    out += '.*';
                else
                    out += '[^/]*';
            }
            else
                out += '[^/]*';
        }
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0)
                return undefined;
            let body = pattern.slice(i + 1, end);
            if (body.startsWith('!') || body.startsWith('^'))
                body = `^${body.slice(1)}`;
            out += `[${body.replace(/\\/g, '\\\\')}]`;
            i = end;
        }
        else if (c === '{') {
            braces++;
            out += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (c === ',' && braces > 0)
            out += '|';
        else
            out += escape(c);
    }
    if (braces !== 0)
        return undefined;
    try {
        return new RegExp(`^${out}$`);
    }
    catch {
        return undefined;
    }
}
function escape(c) {
    return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
function globMatch(pattern, path) {
    return globToRegExp(pattern)?.test(path) ?? false;
}


/***/ }),

/***/ 36116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ mapWithLimit)
/* harmony export */ });
/**
 * Run `work` over `items` with at most `limit` at a time. Each call gets the index of the worker
 * running it (0 … limit-1), so a worker can own a resource (its Trivy cache directory) for its
 * whole life. Results keep the input order; one item's failure does not stop the others.
 */
async function mapWithLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async (id) => {
        for (let index = next++; index < items.length; index = next++) {
            try {
                results[index] = { status: 'fulfilled', value: await work(items[index], id, index) };
            }
            catch (reason) {
                results[index] = { status: 'rejected', reason };
            }
        }
    };
    const workers = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: workers }, (_, id) => worker(id)));
    return results;
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


/***/ }),

/***/ 11206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishStatic: () => (/* binding */ publishStatic)
});

// UNUSED EXPORTS: readSite

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/exec.ts
var exec = __webpack_require__(85219);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: ./lib/core/paths.ts
var core_paths = __webpack_require__(77168);
// EXTERNAL MODULE: ./lib/core/pool.ts
var pool = __webpack_require__(36116);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/glob.ts
var glob = __webpack_require__(16384);
;// CONCATENATED MODULE: ./lib/static/content-types.ts
/**
 * Content-Type from a file's extension: the types browsers need to be right (scripts, styles,
 * modules, wasm, fonts, images, manifests), text types with `charset=utf-8`, and
 * `application/octet-stream` for anything unknown. A precompressed variant (`app.js.br`) has the type
 * of what it decompresses to.
 */

const TEXT = 'charset=utf-8';
/** Extension (lower case, without the dot) → Content-Type. */
const CONTENT_TYPES = {
    html: `text/html; ${TEXT}`,
    htm: `text/html; ${TEXT}`,
    css: `text/css; ${TEXT}`,
    js: `text/javascript; ${TEXT}`,
    mjs: `text/javascript; ${TEXT}`,
    cjs: `text/javascript; ${TEXT}`,
    json: `application/json; ${TEXT}`,
    map: `application/json; ${TEXT}`,
    webmanifest: `application/manifest+json; ${TEXT}`,
    xml: `application/xml; ${TEXT}`,
    txt: `text/plain; ${TEXT}`,
    md: `text/markdown; ${TEXT}`,
    csv: `text/csv; ${TEXT}`,
    svg: `image/svg+xml; ${TEXT}`,
    wasm: 'application/wasm',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    webp: 'image/webp',
    avif: 'image/avif',
    ico: 'image/vnd.microsoft.icon',
    bmp: 'image/bmp',
    woff: 'font/woff',
    woff2: 'font/woff2',
    ttf: 'font/ttf',
    otf: 'font/otf',
    eot: 'application/vnd.ms-fontobject',
    pdf: 'application/pdf',
    zip: 'application/zip',
    mp4: 'video/mp4',
    webm: 'video/webm',
    mp3: 'audio/mpeg',
    ogg: 'audio/ogg',
    wav: 'audio/wav',
    gz: 'application/gzip',
    tar: 'application/x-tar'
};
const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
/** Precompressed variants: extension → Content-Encoding. */
const ENCODINGS = { br: 'br', gz: 'gzip' };
const extension = (path) => external_node_path_.posix.extname(path).slice(1).toLowerCase();
/**
 * The Content-Encoding of a precompressed variant (`app.js.br` → br), or undefined. Only a variant of
 * a web type is one: `release.tar.gz` is a gzip file to download, not a compressed tar to unpack.
 */
function contentEncoding(path) {
    const encoding = ENCODINGS[extension(path)];
    if (!encoding)
        return undefined;
    const inner = extension(path.slice(0, path.lastIndexOf('.')));
    return inner in CONTENT_TYPES && !['gz', 'tar', 'zip'].includes(inner) ? encoding : undefined;
}
/** The path a precompressed variant decompresses to (`app.js.br` → `app.js`); the path itself otherwise. */
function decodedPath(path) {
    return contentEncoding(path) ? path.slice(0, path.lastIndexOf('.')) : path;
}
/** The Content-Type of `path`, looking through a `.br`/`.gz` suffix. */
function contentType(path) {
    return CONTENT_TYPES[extension(decodedPath(path))] ?? DEFAULT_CONTENT_TYPE;
}

;// CONCATENATED MODULE: ./lib/static/cache-rules.ts
/**
 * What kind of file each one is, and the headers it is served with:
 * - `entry`: what a browser navigates to (every `.html` file, and the configured entry points):
 *   `Cache-Control: no-cache`, uploaded after every asset, invalidated when it changes;
 * - `immutable`: a hashed asset (`app.3f2a1b9c.js`, Vite's `index-BpK8Zz3c.js`): a new content is a
 *   new name, so it is cached for a year, never invalidated, and kept for the last N publishes;
 * - `other`: the rest (`favicon.ico`, `robots.txt`): revalidated, replaced in place, invalidated when
 *   it changes, kept for the last N publishes.
 * A cache rule (first match wins) sets the Cache-Control of the files it matches; a rule whose
 * Cache-Control says `immutable` makes them immutable.
 */



const CACHE_CONTROL = {
    entry: 'no-cache',
    immutable: 'public, max-age=31536000, immutable',
    other: 'public, max-age=0, must-revalidate'
};
/** A token a bundler writes as a content hash: 8 to 64 characters, not a word or a number. */
function isHashToken(token) {
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(token))
        return false;
    const digits = /[0-9]/.test(token);
    const lower = /[a-z]/.test(token);
    const upper = /[A-Z]/.test(token);
    if (!lower && !upper)
        return false; // 20240115: a date, not a hash
    if (lower && upper)
        return true; // base64url (Vite, Rollup)
    if (upper)
        return digits; // base32 (esbuild: ABCD2345)
    return digits && /^[0-9a-f]+$/.test(token.replace(/[-_]/g, '')); // hex (webpack, CRA); not "2024final"
}
/**
 * Whether the file name carries a content hash: `name.<hash>.ext` (webpack, CRA's
 * `main.8a2b3c4d.chunk.js`) or `name-<hash>.ext` (Vite, Rollup, esbuild).
 */
function isHashedName(path) {
    const base = external_node_path_.posix.basename(decodedPath(path));
    const dot = base.lastIndexOf('.');
    const stem = dot > 0 ? base.slice(0, dot) : base;
    const dotted = stem.split('.').slice(1);
    if (dotted.some(isHashToken))
        return true;
    const last = stem.split('.')[0];
    const vite = /-([A-Za-z0-9_-]{8})$/.exec(last);
    if (vite && isHashToken(vite[1]))
        return true;
    const dash = last.lastIndexOf('-');
    return dash > 0 && isHashToken(last.slice(dash + 1));
}
function isHtml(path) {
    return /\.html?$/i.test(decodedPath(path));
}
function classifier(entryPoints, rules) {
    return {
        entryPoints: new Set(entryPoints),
        rules: rules.map(rule => ({ rule, pattern: (0,glob/* globToRegExp */.t)(rule.match) ?? /(?!)/ }))
    };
}
/** The class and headers of the file at `path` (relative to the site root). */
function classify(c, path) {
    const rule = c.rules.find(({ pattern }) => pattern.test(path) || pattern.test(decodedPath(path)))?.rule;
    const entry = isHtml(path) || c.entryPoints.has(path) || c.entryPoints.has(decodedPath(path));
    const fileClass = entry
        ? 'entry'
        : (rule && /\bimmutable\b/.test(rule.cacheControl)) || isHashedName(path)
            ? 'immutable'
            : 'other';
    const encoding = contentEncoding(path);
    return {
        fileClass,
        headers: {
            contentType: contentType(path),
            cacheControl: rule?.cacheControl ?? CACHE_CONTROL[fileClass],
            ...(encoding ? { contentEncoding: encoding } : {})
        }
    };
}

;// CONCATENATED MODULE: ./lib/static/plan.ts
function sameHeaders(a, b) {
    return (a.contentType === b.contentType &&
        a.cacheControl === b.cacheControl &&
        (a.contentEncoding ?? '') === (b.contentEncoding ?? '') &&
        (a.sse ?? '') === (b.sse ?? ''));
}
/** Path → the record of the newest publish that holds it. */
function latestRecords(manifest) {
    const latest = new Map();
    for (const publish of manifest?.publishes ?? [])
        for (const [path, record] of Object.entries(publish.files))
            if (!latest.has(path))
                latest.set(path, record);
    return latest;
}
function uploadReason(file, record, remote, sse) {
    const object = remote.objects.get(file.path);
    if (remote.unknownBecause)
        return file.fileClass === 'immutable' && object?.size === file.size ? undefined : 'unverified';
    if (!record)
        return 'new';
    if (record.sha256 !== file.sha256)
        return 'changed';
    if (!sameHeaders(record, { ...file.headers, sse }))
        return 'headers';
    if (!object || object.size !== file.size || (record.etag && object.etag && record.etag !== object.etag))
        return 'missing';
    return undefined;
}
function record(file, sse, etag) {
    return {
        sha256: file.sha256,
        size: file.size,
        class: file.fileClass,
        ...file.headers,
        ...(etag ? { etag } : {}),
        ...(sse ? { sse } : {})
    };
}
/** `/path`, and `/dir/` too for a `dir/index.html` (what the browser asks for). */
function urlPaths(path) {
    const paths = [`/${path}`];
    const index = /(^|\/)index\.html?$/.exec(path);
    if (index)
        paths.push(`/${path.slice(0, index.index + index[1].length)}`);
    return paths;
}
function prunes(previous, next, remote) {
    const [current, ...older] = next;
    const retained = new Set(Object.keys(current.files));
    for (const publish of older)
        for (const [path, file] of Object.entries(publish.files))
            if (file.class !== 'entry')
                retained.add(path);
    const keptVersions = new Set(older.map(publish => publish.version));
    const result = new Map();
    for (const publish of previous)
        for (const [path, file] of Object.entries(publish.files)) {
            if (retained.has(path) || result.has(path) || !remote.objects.has(path))
                continue;
            const reason = keptVersions.has(publish.version) && file.class === 'entry' ? 'removed' : 'expired';
            result.set(path, { path, fileClass: file.class, reason });
        }
    return [...result.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}
function planPublish(input) {
    const { remote, sse } = input;
    const latest = latestRecords(remote.manifest);
    const uploads = [];
    const kept = [];
    const files = {};
    for (const file of input.files) {
        const previous = latest.get(file.path);
        const reason = uploadReason(file, previous, remote, sse);
        if (reason)
            uploads.push({ file, reason });
        else
            kept.push(file);
        files[file.path] = record(file, sse, reason ? undefined : previous?.etag);
    }
    const previous = remote.manifest?.publishes ?? [];
    const publish = { version: input.version, publishedAt: input.publishedAt, files };
    const publishes = [publish, ...previous.filter(p => p.version !== input.version)].slice(0, input.keep);
    const prune = remote.unknownBecause ? [] : prunes(previous, publishes, remote);
    const invalidate = new Set();
    for (const { file } of uploads)
        if (file.fileClass !== 'immutable')
            urlPaths(file.path).forEach(p => invalidate.add(p));
    for (const pruned of prune)
        if (pruned.fileClass !== 'immutable')
            urlPaths(pruned.path).forEach(p => invalidate.add(p));
    return {
        version: input.version,
        assets: uploads.filter(upload => upload.file.fileClass !== 'entry'),
        entries: uploads.filter(upload => upload.file.fileClass === 'entry'),
        kept,
        prune,
        invalidate: [...invalidate].sort(),
        next: { format: 1, publishes },
        alreadyPublished: uploads.length === 0 && previous[0]?.version === input.version,
        uploadBytes: uploads.reduce((sum, upload) => sum + upload.file.size, 0),
        ...(remote.unknownBecause ? { unknownBecause: remote.unknownBecause } : {})
    };
}
/**
 * Whether the bucket already serves `version`: its newest publish is that version and every object
 * of it is still there as uploaded. Then there is nothing to build or upload.
 */
function holdsVersion(remote, version) {
    const newest = remote.manifest?.publishes[0];
    if (!newest || newest.version !== version || remote.unknownBecause)
        return false;
    return Object.entries(newest.files).every(([path, file]) => {
        const object = remote.objects.get(path);
        return (object !== undefined &&
            object.size === file.size &&
            (!file.etag || !object.etag || file.etag === object.etag));
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/core/checksum.ts
var checksum = __webpack_require__(1989);
;// CONCATENATED MODULE: ./lib/static/site.ts
/**
 * The site on disk: every regular file under the directory, with its size and sha256, hashed a few
 * at a time. Links to files inside the workspace are followed; a link out of it, a link to a
 * directory, or something that is not a file (a socket, a device) is refused by name.
 */





const SCAN_LIMITS = {
    maxFiles: 100_000,
    maxFileBytes: 5 * 1024 ** 3,
    hashConcurrency: 8
};
const ACCEPTED = 'a directory of regular files inside the workspace (the build output, such as dist)';
function within(dir, path) {
    const rel = (0,external_node_path_.relative)(dir, path);
    return rel === '' || (!rel.startsWith('..') && !rel.startsWith(external_node_path_.sep) && !/^[A-Za-z]:/.test(rel));
}
/** Every file of `root` (absolute), sorted by path; `input` names the input in errors. */
async function scanSite(input, root, workspace, limits = SCAN_LIMITS) {
    const realWorkspace = await (0,promises_.realpath)(workspace);
    const found = [];
    const walk = async (dir) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const absolute = (0,external_node_path_.join)(dir, entry.name);
            const path = (0,external_node_path_.relative)(root, absolute).split(external_node_path_.sep).join('/');
            if (entry.isDirectory()) {
                await walk(absolute);
                continue;
            }
            let size;
            if (entry.isSymbolicLink()) {
                const target = await (0,promises_.realpath)(absolute).catch(() => undefined);
                if (!target)
                    throw new errors/* InputError */.dz(input, `"${path}" is a broken symbolic link`, ACCEPTED);
                if (!within(realWorkspace, target))
                    throw new errors/* InputError */.dz(input, `"${path}" is a symbolic link to outside the workspace`, ACCEPTED);
                const info = await (0,promises_.stat)(target);
                if (!info.isFile())
                    throw new errors/* InputError */.dz(input, `"${path}" is a symbolic link to something that is not a file`, ACCEPTED);
                size = info.size;
            }
            else if (entry.isFile())
                size = (await (0,promises_.stat)(absolute)).size;
            else
                throw new errors/* InputError */.dz(input, `"${path}" is not a regular file`, ACCEPTED);
            if (size > limits.maxFileBytes)
                throw new errors/* InputError */.dz(input, `"${path}" is ${size} bytes, more than ${limits.maxFileBytes}`, ACCEPTED);
            found.push({ path, absolute, size });
            if (found.length > limits.maxFiles)
                throw new errors/* InputError */.dz(input, `has more than ${limits.maxFiles} files`, `${ACCEPTED}, at most ${limits.maxFiles} files`);
        }
    };
    await walk(root);
    found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const hashed = await (0,pool/* mapWithLimit */.c)(found, limits.hashConcurrency, async (file) => ({
        ...file,
        sha256: await (0,checksum/* sha256File */.Q3)(file.absolute)
    }));
    return hashed.map((result, i) => {
        if (result.status === 'rejected')
            throw new errors/* InputError */.dz(input, `"${found[i].path}" cannot be read (${result.reason.message})`, ACCEPTED);
        return result.value;
    });
}

// EXTERNAL MODULE: ./lib/static/version.ts
var static_version = __webpack_require__(32077);
;// CONCATENATED MODULE: ./lib/static/publish.ts
/**
 * A publish from decision to result: the version (before any build), what the bucket holds, the
 * build when the bucket lacks that version, the site scan, the plan (pure), then the uploads in a
 * safe order: every asset, then the entry points, then the prunes, then the manifest. A failure
 * before the entry points leaves the previous ones serving; a failure after leaves every entry
 * point that was replaced pointing at assets that are there.
 */










function settingsOf(options) {
    return {
        prefix: options.target.prefix,
        keep: options.keep,
        entryPoints: options.entryPoints,
        cache: options.cache,
        ...(options.target.sse ? { sse: options.target.sse } : {}),
        ...(options.target.sseKmsKeyId ? { sseKmsKeyId: options.target.sseKmsKeyId } : {})
    };
}
async function shellBuild(command, cwd) {
    await (0,exec/* run */.eF)('sh', ['-c', command], { cwd, groupTitle: `Build the static site: ${command}` });
}
/** The site's files, classified; every refusal names the input before anything is uploaded. */
async function readSite(options) {
    const accepted = 'a directory with the built site (run the build first, or set static.build)';
    const kind = (0,core_paths/* pathKind */.gl)(options.dirInput, options.dir, accepted);
    if (kind === 'missing')
        throw new errors/* InputError */.dz(options.dirInput, `"${options.dirShown}" does not exist`, accepted);
    if (kind !== 'directory')
        throw new errors/* InputError */.dz(options.dirInput, `"${options.dirShown}" is not a directory`, accepted);
    const files = await scanSite(options.dirInput, options.dir, options.workspace);
    if (files.length === 0)
        throw new errors/* InputError */.dz(options.dirInput, `"${options.dirShown}" is empty`, accepted);
    const reserved = files.find(file => file.path.startsWith('.shipline/'));
    if (reserved)
        throw new errors/* InputError */.dz(options.dirInput, `"${reserved.path}" is under .shipline/, where Shipline keeps its manifest in the bucket`, 'a site without a .shipline directory');
    const paths = new Set(files.map(file => file.path));
    for (const entry of options.entryPoints)
        if (!paths.has(entry))
            throw new errors/* InputError */.dz('entry-points', `"${entry}" is not a file of ${options.dirShown}`, `files of the site, relative to ${options.dirShown}, such as index.html`);
    if (!paths.has('index.html') && options.entryPoints.length === 0)
        (0,log/* warning */.$e)(`${options.dirShown} has no index.html: only its .html files are entry points`);
    const c = classifier(options.entryPoints, options.cache);
    return files.map(file => {
        const { fileClass, headers } = classify(c, file.path);
        return { ...file, fileClass, headers };
    });
}
async function readBucket(options, ctx, env) {
    const { hasCredentialSource, readRemote } = await __webpack_require__.e(/* import() */ 7521).then(__webpack_require__.bind(__webpack_require__, 97521));
    const empty = (unknownBecause) => ({
        remote: { objects: new Map(), unknownBecause },
        note: `${unknownBecause}: the plan assumes an empty bucket`
    });
    if (options.dryRun && !options.target.endpoint && !hasCredentialSource(env, external_node_fs_.existsSync))
        return empty('no AWS credentials were found');
    try {
        return { remote: await readRemote(ctx) };
    }
    catch (error) {
        if (!options.dryRun)
            throw error;
        const message = error.message;
        if (/does not exist/.test(message))
            return {
                remote: { objects: new Map() },
                note: `${message.replace(/: check bucket.*$/, '')}: the plan assumes an empty bucket`
            };
        return empty(`the bucket could not be read (${message})`);
    }
}
function summarize(version, plan, extra) {
    return {
        version,
        held: false,
        built: false,
        dryRun: false,
        plan,
        uploaded: plan.assets.length + plan.entries.length,
        uploadedBytes: plan.uploadBytes,
        kept: plan.kept.length,
        pruned: plan.prune.length,
        invalidate: plan.invalidate,
        ...extra
    };
}
async function publishStatic(options, deps) {
    const settings = settingsOf(options);
    const configured = options.config;
    // Without a build, the site is checked before the first request; with one, after the build.
    const ready = options.build ? undefined : await readSite(options);
    const early = configured
        ? (0,static_version/* staticVersion */.NK)(configured.section, await (0,static_version/* watchedIds */.Hz)(configured.root, configured.section), settings)
        : undefined;
    const s3 = await __webpack_require__.e(/* import() */ 7521).then(__webpack_require__.bind(__webpack_require__, 97521));
    const ctx = {
        client: deps.client ?? (await s3.createS3Client(options.target)),
        target: options.target,
        clock: deps.clock,
        multipartThreshold: deps.multipartThreshold,
        partSize: deps.partSize
    };
    const { remote, note } = await readBucket(options, ctx, deps.env);
    if (early && options.build && holdsVersion(remote, early)) {
        const files = Object.keys(remote.manifest?.publishes[0]?.files ?? {}).length;
        (0,log/* info */.pq)(`The bucket already holds version ${early} (${files} files): nothing to build or upload`);
        return {
            version: early,
            held: true,
            built: false,
            dryRun: options.dryRun,
            uploaded: 0,
            uploadedBytes: 0,
            kept: files,
            pruned: 0,
            invalidate: []
        };
    }
    if (options.build)
        await (deps.build ?? shellBuild)(options.build.command, options.build.cwd);
    const files = ready ?? (await readSite(options));
    const version = early ?? (0,static_version/* siteVersion */.Sx)(files, settings);
    const plan = planPublish({
        version,
        files,
        remote,
        keep: options.keep,
        sse: options.target.sse,
        publishedAt: new Date(deps.clock.now()).toISOString()
    });
    const built = Boolean(options.build);
    if (options.dryRun)
        return summarize(version, plan, { built, dryRun: true, ...(note ? { note } : {}) });
    await execute(ctx, plan, options.concurrency);
    return summarize(version, plan, { built, held: plan.alreadyPublished });
}
async function uploadAll(ctx, plan, uploads, concurrency, what) {
    const { uploadFile } = await __webpack_require__.e(/* import() */ 7521).then(__webpack_require__.bind(__webpack_require__, 97521));
    const files = plan.next.publishes[0].files;
    const results = await (0,pool/* mapWithLimit */.c)(uploads, concurrency, async ({ file }) => {
        const etag = await uploadFile(ctx, file);
        if (etag)
            files[file.path].etag = etag;
    });
    const failures = results
        .map((result, i) => ({ result, path: uploads[i].file.path }))
        .filter(({ result }) => result.status === 'rejected');
    if (failures.length === 0)
        return;
    const first = failures[0].result.reason;
    throw new errors/* UserError */.yo(`${failures.length} of ${uploads.length} ${what} upload(s) failed (${failures
        .slice(0, 3)
        .map(f => f.path)
        .join(', ')}${failures.length > 3 ? ', …' : ''}): ${first.message}${what === 'asset' ? '; no entry point was replaced, the previous ones still serve' : ''}`);
}
/** Assets, then entry points, then prunes, then the manifest: each step only once the one before is complete. */
async function execute(ctx, plan, concurrency) {
    const { deleteObjects, writeManifest } = await __webpack_require__.e(/* import() */ 7521).then(__webpack_require__.bind(__webpack_require__, 97521));
    if (plan.assets.length) {
        (0,log/* info */.pq)(`Uploading ${plan.assets.length} asset(s)`);
        await uploadAll(ctx, plan, plan.assets, concurrency, 'asset');
    }
    if (plan.entries.length) {
        (0,log/* info */.pq)(`Uploading ${plan.entries.length} entry point(s): ${plan.entries.map(u => u.file.path).join(', ')}`);
        await uploadAll(ctx, plan, plan.entries, concurrency, 'entry point');
    }
    if (plan.prune.length) {
        (0,log/* info */.pq)(`Pruning ${plan.prune.length} object(s) no kept publish needs`);
        await deleteObjects(ctx, plan.prune.map(p => p.path));
    }
    if (plan.assets.length || plan.entries.length || plan.prune.length || !plan.alreadyPublished)
        await writeManifest(ctx, plan.next);
}


/***/ }),

/***/ 32077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ watchedIds),
/* harmony export */   NK: () => (/* binding */ staticVersion),
/* harmony export */   Sx: () => (/* binding */ siteVersion)
/* harmony export */ });
/* unused harmony export STATIC_VERSION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_changed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56797);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23593);
/**
 * The version of a publish, recorded in the manifest. From shipline.yml, `static-<12 hex>`: the git
 * object ids of the watched paths and everything else that decides what is published (the build
 * command, the directory, prefix, keep, entry points, cache rules, encryption), computed before the build,
 * so a bucket already holding it means nothing to build or upload. From a directory alone,
 * `site-<12 hex>` over its files and the same settings.
 */



const STATIC_VERSION = /^(?:static|site)-[0-9a-f]{12}$/;
function settingsLines(settings) {
    return [
        `prefix ${settings.prefix}`,
        `keep ${settings.keep}`,
        ...[...settings.entryPoints].sort().map(path => `entry ${path}`),
        ...settings.cache.map(rule => `cache ${JSON.stringify([rule.match, rule.cacheControl])}`),
        `sse ${settings.sse ?? ''} ${settings.sseKmsKeyId ?? ''}`
    ];
}
function digest(lines) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(lines.join('\n')).digest('hex').slice(0, 12);
}
/** The version of a configured site: pure, from the git ids of its watched paths. */
function staticVersion(section, ids, settings) {
    return `static-${digest([
        'shipline-static-v1',
        `dir ${section.dir}`,
        `context ${section.context}`,
        `build ${section.build ?? ''}`,
        ...Object.keys(ids)
            .sort()
            .map(path => `path ${path} ${ids[path]}`),
        ...settingsLines(settings)
    ])}`;
}
/** The version of a directory published as it is: pure, from its files. */
function siteVersion(files, settings) {
    return `site-${digest([
        'shipline-site-v1',
        ...files.map(file => `file ${file.path} ${file.sha256}`),
        ...settingsLines(settings)
    ])}`;
}
/** The git object ids of the watched paths of `section` (working tree when they are dirty). */
async function watchedIds(root, section) {
    const top = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTopLevel */ .oB)(root);
    const prefix = await (0,_git_changed_js__WEBPACK_IMPORTED_MODULE_1__/* .gitPrefix */ .ny)(top, root);
    const { ids } = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .pathObjectIds */ .VQ)(top, section.watch.map(path => (0,_git_changed_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitPath */ .ri)(prefix, path)));
    return Object.fromEntries(section.watch.map(path => [path, ids.get((0,_git_changed_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitPath */ .ri)(prefix, path)) ?? 'missing']));
}


/***/ })

};
