export const id = 42;
export const ids = [42];
export const modules = {

/***/ 5042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  newJobReport: () => (/* binding */ newJobReport),
  runTerraformJob: () => (/* binding */ runTerraformJob)
});

// UNUSED EXPORTS: COMMENT_BODY_LIMIT

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(1085);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(5422);
// EXTERNAL MODULE: ./lib/core/secrets.ts
var secrets = __webpack_require__(549);
;// CONCATENATED MODULE: ./lib/terraform/args.ts
const VERSION_ARGS = ['version', '-json'];
const VALIDATE_ARGS = ['validate', '-no-color'];
const OUTPUT_ARGS = ['output', '-json'];
function initArgs(inputs) {
    return ['init', '-input=false', '-no-color', ...inputs.backendConfig.map(pair => `-backend-config=${pair}`)];
}
function workspaceArgs(workspace) {
    return ['workspace', 'select', '-or-create=true', workspace];
}
/**
 * A plan; with `lock: false` it neither takes nor waits for the state lock. The `vars` input comes
 * as `varsFile` (vars-file.ts), never as `-var` values in the process list; last, so it wins over
 * the var-file input as `-var` did.
 */
function planArgs(inputs, options = {}) {
    return [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        inputs.lock === false ? '-lock=false' : `-lock-timeout=${inputs.lockTimeoutSeconds}s`,
        `-out=${inputs.planFile}`,
        ...(options.destroy ? ['-destroy'] : []),
        ...inputs.varFiles.map(file => `-var-file=${file}`),
        ...(options.varsFile ? [`-var-file=${options.varsFile}`] : [])
    ];
}
function showArgs(planFile) {
    return ['show', '-json', planFile];
}
/** Applies a saved plan: no variables (the plan carries them), no approval prompt. */
function applyArgs(inputs, planFile) {
    return ['apply', '-input=false', '-no-color', `-lock-timeout=${inputs.lockTimeoutSeconds}s`, planFile];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/core/exec.ts
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
class CommandFailedError extends errors/* UserError */.yo {
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
class CancelledError extends errors/* UserError */.yo {
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
    return (0,secrets/* redact */.E)(text
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
    const { result, stop } = options.groupTitle ? await (0,log/* group */.Os)(options.groupTitle, execute) : await execute();
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
        (0,log/* warning */.$e)(`${entry.label} did not stop within ${entry.stop?.graceSeconds}s of SIGINT: sending SIGTERM`);
        send(entry, 'SIGTERM');
        entry.timers.push(setTimeout(() => {
            if (entry.stop)
                entry.stop.forced = 'SIGKILL';
            (0,log/* warning */.$e)(`${entry.label} is still running: sending SIGKILL`);
            send(entry, 'SIGKILL');
        }, Math.min(KILL_AFTER_MS, entry.graceMs)));
    }, entry.graceMs));
}
function onSignal(signal) {
    const labels = [...running].map(entry => entry.label).join(', ');
    if (cancelled) {
        (0,log/* info */.pq)(`${signal} received again: still waiting for ${labels || 'the run'} to stop (it is not interrupted twice: a second interrupt makes Terraform exit at once, which can leave its state lock held)`);
        return;
    }
    cancelled = signal;
    (0,log/* info */.pq)(`Cancelled (${signal}): sent SIGINT to ${labels}; waiting for it to stop gracefully`);
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
    return signal ? 128 + (external_node_os_.constants.signals[signal] ?? 0) : 1;
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
            (0,log/* toolOutput */.WT)(lines.join('\n'));
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
        const child = (0,external_node_child_process_.spawn)(command, args, {
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
            reject(code === 'ENOENT' ? new errors/* UserError */.yo(`${command} was not found on PATH`) : error);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/core/checksum.ts
/** SHA-256 of files and the `SHA256SUMS` format that release pages publish. */


async function checksum_sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
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

// EXTERNAL MODULE: ./lib/core/url.ts
var core_url = __webpack_require__(5873);
;// CONCATENATED MODULE: ./lib/core/install.ts
/**
 * Tool installation that trusts nothing it downloads until it is checked (issue 14):
 * - Every URL is HTTPS (plain HTTP only on loopback: lib/core/url.ts).
 * - The archive's SHA-256 comes from Shipline's source for the versions it pins, and otherwise from
 *   the vendor's checksums file only after the vendor's signature over that file is verified
 *   (HashiCorp's GPG key, Trivy's cosign bundle): never from an unsigned file on the archive's host.
 * - A tool-cache hit is used only after it is checked again: the verified archive is kept beside the
 *   extracted files, its digest must still be the expected one, and the cached executable must be
 *   the one inside it. Anything else is removed and downloaded anew.
 * Used by every action that brings a binary (Terraform, Trivy); `installBinary` brings a single
 * executable with a pinned digest (kubectl) under the same rules.
 */






/** Where the verified archive is kept inside a cached tool's directory. */
const VERIFIED_DIR = '.shipline-verified';
/** The executable's path: from the tool cache once re-verified, else downloaded, verified, cached. */
async function installTool(release) {
    return (await installToolFrom(release)).path;
}
/** As installTool, and whether the executable came from the tool cache or a download. */
async function installToolFrom(release) {
    for (const [what, url] of urlsOf(release)) {
        const problem = (0,core_url/* insecureUrlProblem */.L)(url);
        if (problem)
            throw new errors/* UserError */.yo(`The ${release.tool} ${what} URL ${url} ${problem}: refusing to download ${release.tool}`);
    }
    const tc = await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 9805));
    const expected = await expectedDigest(tc, release);
    const cached = tc.find(release.tool, release.version);
    if (cached) {
        const problem = await cacheProblem(tc, cached, release, expected);
        if (!problem) {
            (0,log/* info */.pq)(`${release.tool} ${release.version} found in the tool cache and verified again (sha256 ${expected.sha256})`);
            return { path: (0,external_node_path_.join)(cached, release.binary), source: 'tool-cache' };
        }
        (0,log/* warning */.$e)(`${release.tool} ${release.version} in the tool cache ${problem}: removing it and downloading again`);
        await (0,promises_.rm)(cached, { recursive: true, force: true });
        await (0,promises_.rm)(`${cached}.complete`, { force: true });
    }
    (0,log/* info */.pq)(`Downloading ${release.tool} ${release.version} from ${release.archiveUrl}`);
    const archivePath = await downloadOrExplain(tc, release.archiveUrl, 'archive');
    const actual = await checksum_sha256File(archivePath);
    if (actual !== expected.sha256)
        throw new errors/* UserError */.yo(`Checksum mismatch for ${release.archiveName}: expected ${expected.sha256} (${expected.source}), got ${actual}; refusing to install ${release.tool}`);
    (0,log/* info */.pq)(`Verified ${release.archiveName} (sha256 ${actual}, ${expected.source})`);
    const extracted = await extract(tc, archivePath, release.archiveName);
    await (0,promises_.chmod)((0,external_node_path_.join)(extracted, release.binary), 0o755);
    await (0,promises_.mkdir)((0,external_node_path_.join)(extracted, VERIFIED_DIR), { recursive: true });
    await (0,promises_.copyFile)(archivePath, (0,external_node_path_.join)(extracted, VERIFIED_DIR, release.archiveName));
    const dir = await tc.cacheDir(extracted, release.tool, release.version);
    return { path: (0,external_node_path_.join)(dir, release.binary), source: 'download' };
}
/**
 * A single executable: from the tool cache once its SHA-256 is checked again, else downloaded over
 * HTTPS, checked against the pinned digest, made executable and cached.
 */
async function installBinary(release) {
    const problem = insecureUrlProblem(release.url);
    if (problem)
        throw new UserError(`The ${release.tool} URL ${release.url} ${problem}: refusing to download ${release.tool}`);
    const tc = await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 9805));
    const cached = tc.find(release.tool, release.version);
    if (cached) {
        const digest = await sha256File(join(cached, release.binary)).catch(() => undefined);
        if (digest === release.sha256) {
            info(`${release.tool} ${release.version} found in the tool cache and verified again (sha256 ${digest})`);
            return join(cached, release.binary);
        }
        warning(`${release.tool} ${release.version} in the tool cache ${digest ? `has sha256 ${digest}, not the pinned ${release.sha256}` : `misses its ${release.binary}`}: removing it and downloading again`);
        await rm(cached, { recursive: true, force: true });
        await rm(`${cached}.complete`, { force: true });
    }
    info(`Downloading ${release.tool} ${release.version} from ${release.url}`);
    const path = await downloadOrExplain(tc, release.url, 'executable');
    const actual = await sha256File(path);
    if (actual !== release.sha256)
        throw new UserError(`Checksum mismatch for ${release.url}: expected ${release.sha256} (pinned in Shipline), got ${actual}; refusing to install ${release.tool}`);
    info(`Verified ${release.tool} ${release.version} (sha256 ${actual}, pinned in Shipline)`);
    await chmod(path, 0o755);
    const dir = await tc.cacheFile(path, release.binary, release.tool, release.version);
    return join(dir, release.binary);
}
function urlsOf(release) {
    return [
        ['archive', release.archiveUrl],
        ...(release.pinnedSha256
            ? []
            : [
                ['checksums', release.checksumsUrl],
                ...(release.signature ? [['signature', release.signature.url]] : [])
            ])
    ];
}
/** The archive's expected SHA-256: pinned, or listed in a checksums file whose signature verifies. */
async function expectedDigest(tc, release) {
    if (release.pinnedSha256)
        return { sha256: release.pinnedSha256, source: 'pinned in Shipline' };
    if (!release.signature)
        throw new errors/* UserError */.yo(release.unverifiable ??
            `${release.tool} ${release.version} has no digest pinned in Shipline and no signature to check its checksums file: refusing to install it`);
    const checksumsPath = await downloadOrExplain(tc, release.checksumsUrl, 'checksums file');
    const signaturePath = await downloadOrExplain(tc, release.signature.url, 'signature');
    const checksums = await (0,promises_.readFile)(checksumsPath);
    await release.signature.verify(checksums, await (0,promises_.readFile)(signaturePath));
    (0,log/* info */.pq)(`Verified the signature of ${release.checksumsUrl} (${release.signature.signer})`);
    const listed = parseChecksums(checksums.toString('utf8')).get(release.archiveName);
    if (!listed)
        throw new errors/* UserError */.yo(`${release.checksumsUrl} does not list ${release.archiveName}: refusing to install an unverified ${release.tool}`);
    return { sha256: listed, source: `signed checksums file, ${release.signature.signer}` };
}
/** Why a cached tool cannot be used as it is, or undefined when it checks out. */
async function cacheProblem(tc, dir, release, expected) {
    const kept = (0,external_node_path_.join)(dir, VERIFIED_DIR, release.archiveName);
    let digest;
    try {
        digest = await checksum_sha256File(kept);
    }
    catch {
        return 'has no verified archive beside it (it was cached by another installer or an older Shipline)';
    }
    if (digest !== expected.sha256)
        return `was cached from an archive with sha256 ${digest}, not the expected ${expected.sha256} (${expected.source})`;
    const fresh = await extract(tc, kept, release.archiveName);
    try {
        const [inArchive, inCache] = await Promise.all([
            checksum_sha256File((0,external_node_path_.join)(fresh, release.binary)),
            checksum_sha256File((0,external_node_path_.join)(dir, release.binary)).catch(() => undefined)
        ]);
        if (inCache === undefined)
            return `misses its ${release.binary}`;
        if (inArchive !== inCache)
            return `holds a ${release.binary} that differs from the one in its verified archive`;
        return undefined;
    }
    finally {
        await (0,promises_.rm)(fresh, { recursive: true, force: true });
    }
}
function extract(tc, archive, name) {
    return name.endsWith('.zip') ? tc.extractZip(archive) : tc.extractTar(archive);
}
async function downloadOrExplain(tc, url, what) {
    try {
        return await tc.downloadTool(url);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not download the ${what} ${url}: ${error.message}`);
    }
}

// EXTERNAL MODULE: ./lib/terraform/version.ts + 2 modules
var terraform_version = __webpack_require__(5350);
;// CONCATENATED MODULE: ./lib/terraform/install.ts
/**
 * Which `terraform` runs: the one on PATH when it satisfies the constraint, else one from the tool
 * cache (verified again before use), else the newest satisfying release downloaded, verified (the
 * digest pinned in version.ts, or SHA256SUMS signed by HashiCorp) and cached (lib/core/install.ts).
 */








/** The first executable `name` on `pathVariable`, or undefined. */
function findOnPath(name, pathVariable) {
    const names = process.platform === 'win32' ? [`${name}.exe`, name] : [name];
    for (const dir of (pathVariable ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        for (const candidate of names) {
            const path = (0,external_node_path_.join)(dir, candidate);
            try {
                if (!(0,external_node_fs_.statSync)(path).isFile())
                    continue;
                (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
                return path;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}
/** The version a terraform binary reports (`terraform version -json`, or its text form). */
async function terraformVersion(path, env) {
    try {
        const { stdout } = await run(path, VERSION_ARGS, {
            stream: false,
            env: { ...env, CHECKPOINT_DISABLE: '1' }
        });
        try {
            const version = JSON.parse(stdout).terraform_version;
            if (typeof version === 'string')
                return version;
        }
        catch {
            // Terraform before 0.13 has no -json: "Terraform v0.12.31"
        }
        return /Terraform v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(stdout)?.[1];
    }
    catch {
        return undefined;
    }
}
async function resolveTerraform(constraint, downloadUrl, env, trust = {}) {
    const onPath = findOnPath('terraform', env.PATH);
    if (onPath) {
        const version = await terraformVersion(onPath, env);
        if (version && constraint.satisfiedBy(version)) {
            (0,log/* info */.pq)(`Using terraform ${version} from PATH (${onPath})`);
            return { path: onPath, version, source: 'path' };
        }
        (0,log/* info */.pq)(`terraform ${version ?? '(version unknown)'} on PATH does not satisfy "${constraint.text}"`);
    }
    if (!env.RUNNER_TOOL_CACHE || !env.RUNNER_TEMP)
        throw new errors/* UserError */.yo(`No terraform satisfying "${constraint.text}" on PATH, and no tool cache to install one into (RUNNER_TOOL_CACHE and RUNNER_TEMP are unset outside GitHub Actions): put a matching terraform on PATH`);
    const tc = await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 9805));
    const cached = (0,terraform_version/* newestSatisfying */.W4)(tc.findAllVersions('terraform'), constraint);
    const release = (version) => (0,terraform_version/* terraformRelease */.oz)(version, downloadUrl, undefined, undefined, trust);
    if (cached) {
        // A cache hit is verified again; what no longer checks out is downloaded anew.
        const { path, source } = await installToolFrom(release(cached));
        return { path, version: cached, source };
    }
    const version = constraint.exact ?? (await newestRelease(constraint, downloadUrl));
    const path = await installTool(release(version));
    return { path, version, source: 'download' };
}
/** The newest release satisfying `constraint`, from the releases index (`<base>/index.json`). */
async function newestRelease(constraint, downloadUrl) {
    const url = `${downloadUrl.replace(/\/+$/, '')}/index.json`;
    const { HttpClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4942));
    let index;
    try {
        const response = await new HttpClient('shipline').getJson(url);
        index = response.result;
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not read the Terraform releases index ${url}: ${error.message}`);
    }
    const version = (0,terraform_version/* newestSatisfying */.W4)((0,terraform_version/* versionsInIndex */.FI)(index), constraint);
    if (!version)
        throw new errors/* UserError */.yo(`No Terraform release in ${url} satisfies "${constraint.text}"`);
    return version;
}

;// CONCATENATED MODULE: ./lib/terraform/hcl-lite.ts
/**
 * The two things Shipline reads from HCL itself (no WebAssembly parser in the bundles): how a root
 * module's `variable` blocks are typed, and the value of a constant expression (strings, numbers,
 * bools, null, tuples and objects of them), as Terraform evaluates a `-var` value without variables
 * or functions. Pure; anything else is refused with the reason.
 */
class HclError extends Error {
}
const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** The index after the comment at `i`, or `i` when none starts there. */
function afterComment(s, i) {
    if (s[i] === '#' || s.startsWith('//', i)) {
        const end = s.indexOf('\n', i);
        return end < 0 ? s.length : end;
    }
    if (s.startsWith('/*', i)) {
        const end = s.indexOf('*/', i + 2);
        if (end < 0)
            throw new HclError('unterminated /* comment');
        return end + 2;
    }
    return i;
}
function skipSpace(s, i, newlines) {
    for (;;) {
        const c = s[i];
        if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n'))
            i++;
        else {
            const next = afterComment(s, i);
            if (next === i)
                return i;
            i = next;
        }
    }
}
/** The index after a heredoc whose `<<` is at `i`. */
function skipHeredoc(s, i) {
    const match = /<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/y;
    match.lastIndex = i;
    const m = match.exec(s);
    if (!m)
        return i + 2;
    const end = new RegExp(`^[ \\t]*${m[1]}[ \\t]*$`, 'm');
    const rest = s.slice(match.lastIndex);
    const found = end.exec(rest);
    if (!found)
        throw new HclError(`unterminated heredoc ${m[1]}`);
    return match.lastIndex + found.index + found[0].length;
}
/** The index after the string whose opening quote is at `i` (templates skipped, nested strings too). */
function skipString(s, i) {
    for (i++; i < s.length; i++) {
        const c = s[i];
        if (c === '\\')
            i++;
        else if (c === '"')
            return i + 1;
        else if ((c === '$' || c === '%') && s[i + 1] === c && s[i + 2] === '{')
            i += 2;
        else if ((c === '$' || c === '%') && s[i + 1] === '{')
            i = skipGroup(s, i + 1) - 1;
    }
    throw new HclError('unterminated string');
}
/** The index after the bracketed group whose opening bracket is at `i`. */
function skipGroup(s, i) {
    let depth = 0;
    while (i < s.length) {
        const next = afterComment(s, i);
        if (next !== i) {
            i = next;
            continue;
        }
        const c = s[i];
        if (c === '"')
            i = skipString(s, i);
        else if (s.startsWith('<<', i))
            i = skipHeredoc(s, i);
        else {
            if ('{[('.includes(c))
                depth++;
            if ('}])'.includes(c) && --depth === 0)
                return i + 1;
            i++;
        }
    }
    throw new HclError('unbalanced brackets');
}
/** The identifiers that start an item of a body (a file, or a block's braces), with where each ends. */
function bodyItems(s) {
    const items = [];
    let i = 0;
    let lineStart = true;
    while (i < s.length) {
        const next = afterComment(s, i);
        if (next !== i) {
            i = next;
            continue;
        }
        const c = s[i];
        IDENT.lastIndex = i;
        const ident = lineStart ? IDENT.exec(s) : null;
        if (ident) {
            items.push({ name: ident[0], end: IDENT.lastIndex });
            i = IDENT.lastIndex;
        }
        else if (c === '"')
            i = skipString(s, i);
        else if (s.startsWith('<<', i))
            i = skipHeredoc(s, i);
        else if ('{[('.includes(c))
            i = skipGroup(s, i);
        else
            i++;
        if (!ident)
            lineStart = c === '\n' || (lineStart && (c === ' ' || c === '\t' || c === '\r'));
        else
            lineStart = false;
    }
    return items;
}
/** A `variable` block's body → how `-var` parses its value: as it is for string/number/bool or no type. */
function blockMode(body) {
    for (const item of bodyItems(body)) {
        if (item.name !== 'type')
            continue;
        const rest = body.slice(skipSpace(body, item.end, false));
        if (!rest.startsWith('=') || rest.startsWith('=='))
            continue;
        const line = rest.slice(1).split('\n')[0];
        return /^\s*(string|number|bool)\s*(?:(?:#|\/\/|\/\*).*)?$/.test(line) ? 'literal' : 'hcl';
    }
    return 'literal';
}
/** The variables a `.tf` file declares, with how `-var` parses each. */
function variableModes(text) {
    const modes = new Map();
    for (const item of bodyItems(text)) {
        if (item.name !== 'variable')
            continue;
        const label = /\s*"((?:[^"\\]|\\.)*)"\s*\{/y;
        label.lastIndex = item.end;
        const m = label.exec(text);
        if (!m)
            continue;
        const open = label.lastIndex - 1;
        const close = skipGroup(text, open);
        modes.set(JSON.parse(`"${m[1]}"`), blockMode(text.slice(open + 1, close - 1)));
    }
    return modes;
}
const ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** A quoted string with no template sequences; `i` at the opening quote. */
function readString(s, i) {
    let value = '';
    for (i++; i < s.length; i++) {
        const c = s[i];
        if (c === '"')
            return { value, end: i + 1 };
        if (c === '\n')
            break;
        if (c === '\\') {
            const e = s[++i];
            const hex = e === 'u' ? 4 : e === 'U' ? 8 : 0;
            if (hex) {
                value += String.fromCodePoint(parseInt(s.slice(i + 1, i + 1 + hex), 16));
                i += hex;
            }
            else if (e in ESCAPES)
                value += ESCAPES[e];
            else
                throw new HclError(`unknown escape \\${e}`);
        }
        else if ((c === '$' || c === '%') && s[i + 1] === c && s[i + 2] === '{') {
            value += `${c}{`;
            i += 2;
        }
        else if ((c === '$' || c === '%') && s[i + 1] === '{')
            throw new HclError('a template (${…} or %{…}) is not a constant');
        else
            value += c;
    }
    throw new HclError('unterminated string');
}
/** One constant value at `i` (whitespace and newlines skipped first). */
function readValue(s, start) {
    const i = skipSpace(s, start, true);
    const c = s[i];
    if (c === '"')
        return readString(s, i);
    if (c === '[' || c === '{')
        return readCollection(s, i);
    const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = i;
    const n = number.exec(s);
    if (n)
        return { value: Number(n[0]), end: number.lastIndex };
    IDENT.lastIndex = i;
    const word = IDENT.exec(s)?.[0];
    const keywords = { true: true, false: false, null: null };
    if (word !== undefined && word in keywords)
        return { value: keywords[word], end: IDENT.lastIndex };
    throw new HclError(word ? `"${word}" is not a constant` : `unexpected ${c ? `"${c}"` : 'end'}`);
}
/** A tuple `[a, b]` or an object `{ k = v, "k" : v }` at `i`. */
function readCollection(s, i) {
    const tuple = s[i] === '[';
    const close = tuple ? ']' : '}';
    const items = [];
    const object = {};
    for (i++;;) {
        i = skipSpace(s, i, true);
        if (s[i] === close)
            return { value: tuple ? items : object, end: i + 1 };
        if (tuple) {
            const item = readValue(s, i);
            items.push(item.value);
            i = item.end;
        }
        else {
            IDENT.lastIndex = i;
            const ident = IDENT.exec(s);
            const key = ident
                ? { value: ident[0], end: IDENT.lastIndex }
                : s[i] === '"'
                    ? readString(s, i)
                    : undefined;
            if (!key)
                throw new HclError(`an object key is a name or a string, not "${s[i] ?? 'end'}"`);
            i = skipSpace(s, key.end, true);
            if (s[i] !== '=' && s[i] !== ':')
                throw new HclError(`expected = after the key ${key.value}`);
            const item = readValue(s, i + 1);
            object[String(key.value)] = item.value;
            i = item.end;
        }
        const after = skipSpace(s, i, false);
        const next = skipSpace(s, after, true);
        if (s[after] === ',')
            i = after + 1;
        else if (s[next] === close || (!tuple && next > after))
            i = next;
        else
            throw new HclError(`expected , or ${close}`);
    }
}
/** The value of a constant HCL expression, or an HclError saying why it is not one. */
function constantValue(text) {
    const { value, end } = readValue(text, 0);
    const rest = skipSpace(text, end, true);
    if (rest < text.length)
        throw new HclError(`unexpected "${text.slice(rest, rest + 20)}" after the value`);
    return value;
}

;// CONCATENATED MODULE: ./lib/terraform/vars-file.ts
/**
 * The `vars` input as a `.tfvars.json` file instead of `-var` arguments (which any process on the
 * runner can read in the process list). Terraform parses a `-var` value by its variable's declared
 * type (a string, number or bool, or no type: the text as it is; any other type: an HCL
 * expression) and refuses a variable the root module does not declare; a `.tfvars.json` file takes
 * JSON values and only warns about undeclared ones. So the root module's declarations are read
 * first, and each value is written as the JSON value `-var` would have given. The file is private
 * (0600, its own directory under RUNNER_TEMP) and removed when the job ends.
 */




/** The parsing mode of a type in a `.tf.json` file (`list(string)`, or `${list(string)}`). */
function parsingMode(type) {
    if (type === undefined)
        return 'literal';
    const text = String(type)
        .replace(/^\$\{([\s\S]*)\}$/, '$1')
        .trim();
    return ['string', 'number', 'bool'].includes(text) ? 'literal' : 'hcl';
}
/** The variables a root module's files declare, by name, with how `-var` parses each. */
function declaredVariables(files) {
    const modes = new Map();
    for (const { name, text } of files) {
        try {
            if (!name.endsWith('.json')) {
                for (const [variable, mode] of variableModes(text))
                    modes.set(variable, mode);
                continue;
            }
            const blocks = (JSON.parse(text).variable ?? {});
            for (const [variable, block] of Object.entries(blocks)) {
                const attributes = (Array.isArray(block) ? block[0] : block);
                modes.set(variable, parsingMode(attributes?.type));
            }
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Cannot read the variable declarations of ${name}: ${error.message}`);
        }
    }
    return modes;
}
/** The `.tf` and `.tf.json` files of a root module, as Terraform loads them. */
async function rootModuleFiles(directory) {
    const names = (await (0,promises_.readdir)(directory)).filter(name => /\.tf(\.json)?$/.test(name)).sort();
    return Promise.all(names.map(async (name) => ({ name, text: await (0,promises_.readFile)((0,external_node_path_.join)(directory, name), 'utf8') })));
}
/** The JSON value of an HCL expression, as Terraform evaluates a `-var` value without variables or functions. */
function hclValue(variable) {
    try {
        return constantValue(variable.value);
    }
    catch (error) {
        if (!(error instanceof HclError))
            throw error;
        throw new errors/* InputError */.dz('vars', `the value of ${variable.name} is not a constant HCL expression (${error.message}), as its type is not string, number or bool`, 'for such a variable, a constant such as ["a", "b"] or { key = "value" }');
    }
}
/** The `.tfvars.json` text of `vars`: the last value of a name wins, as with repeated `-var`. */
function varsFileJson(vars, modes) {
    const values = {};
    for (const variable of vars) {
        const mode = modes.get(variable.name);
        if (!mode)
            throw new errors/* InputError */.dz('vars', `"${variable.name}" is not declared by the root module`, `names of its variable blocks (${[...modes.keys()].sort().join(', ') || 'it declares none'})`);
        values[variable.name] = mode === 'literal' ? variable.value : hclValue(variable);
    }
    return `${JSON.stringify(values, null, 2)}\n`;
}
/** Write `json` to a private `vars.tfvars.json` in a directory of its own under `tempDir`. */
async function writeVarsFile(tempDir, json) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempDir, 'shipline-vars-'));
    const path = (0,external_node_path_.join)(dir, 'vars.tfvars.json');
    await (0,promises_.writeFile)(path, json, { mode: 0o600 });
    return { path, remove: () => (0,promises_.rm)(dir, { recursive: true, force: true }) };
}
/** The vars file of a job with `vars`, from the root module's declarations; none without vars. */
async function prepareVarsFile(vars, workingDirectory, tempDir) {
    if (vars.length === 0)
        return undefined;
    const modes = declaredVariables(await rootModuleFiles(workingDirectory));
    return writeVarsFile(tempDir, varsFileJson(vars, modes));
}

// EXTERNAL MODULE: ./lib/terraform/job-options.ts
var job_options = __webpack_require__(4521);
;// CONCATENATED MODULE: ./lib/terraform/outputs.ts
/**
 * `terraform output -json` → the values that may leave the job: sensitive outputs never do.
 */

function exportableOutputs(json) {
    let parsed;
    try {
        parsed = JSON.parse(json.trim() || '{}');
    }
    catch {
        throw new errors/* UserError */.yo('terraform output -json printed something that is not JSON (is terraform the setup-terraform wrapper?)');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new errors/* UserError */.yo('terraform output -json printed JSON that is not an object of outputs');
    const values = {};
    const sensitive = [];
    for (const [name, output] of Object.entries(parsed)) {
        const o = output;
        if (!o || typeof o !== 'object' || o.sensitive !== false) {
            // Anything not explicitly non-sensitive stays in the job.
            sensitive.push(name);
            continue;
        }
        values[name] = o.value;
    }
    return { values, sensitive };
}
/** An output's value as an action output: strings as they are, anything else as JSON. */
function outputText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

;// CONCATENATED MODULE: ./lib/core/markdown.ts
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

;// CONCATENATED MODULE: ./lib/terraform/plan-json.ts
/**
 * The plan JSON that `terraform show -json PLANFILE` prints: its types, and a parser whose errors
 * say where the problem is (line and column, or the JSON path).
 *
 * The plan's checksum is taken from this JSON and from the configuration snapshot in the plan file,
 * since the JSON leaves out part of what apply executes (an expression that is not a constant, such
 * as a local-exec command with a variable in it, is only its references here): see plan-file.ts.
 */

/** The plan format versions this renderer reads: 0.x (Terraform 0.12–0.15) and 1.x. */
const SUPPORTED_MAJOR_VERSIONS = [0, 1];
class PlanJsonError extends errors/* UserError */.yo {
    constructor(message) {
        super(message);
        this.name = 'PlanJsonError';
    }
}
/** Parse and check `text`, the output of `terraform show -json PLANFILE`; `source` names it in errors. */
function plan_json_parsePlanJson(text, source) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        throw new PlanJsonError(`${source} is not JSON: ${describeSyntaxError(body)}${wrapperHint(body)}`);
    }
    return checkPlan(value, source);
}
/**
 * Like parsePlanJson, for output captured from a `terraform` that may be the setup-terraform
 * wrapper: when the whole text is not JSON, the first line that is a plan JSON object is used.
 */
function extractPlanJson(text, source) {
    try {
        return plan_json_parsePlanJson(text, source);
    }
    catch (error) {
        for (const line of text.split('\n')) {
            if (!line.startsWith('{"format_version"'))
                continue;
            try {
                return checkPlan(JSON.parse(line), source);
            }
            catch {
                // not this line
            }
        }
        throw error;
    }
}
function wrapperHint(text) {
    if (text.startsWith('[command]') || text.includes('\n::debug::'))
        return ' (this is the output of the setup-terraform wrapper: run terraform show -json with terraform_wrapper: false)';
    return '';
}
function checkPlan(value, source) {
    if (!isObject(value))
        throw new PlanJsonError(`${source} is JSON but not a Terraform plan: the top level is not an object`);
    const version = value.format_version;
    if (typeof version !== 'string')
        throw new PlanJsonError(`${source} is JSON but not a Terraform plan: no "format_version" at the top level (expected the output of terraform show -json PLANFILE)`);
    const match = /^(\d+)\.(\d+)$/.exec(version);
    if (!match)
        throw new PlanJsonError(`${source}: format_version "${version}" is not a MAJOR.MINOR version`);
    const major = Number(match[1]);
    if (!SUPPORTED_MAJOR_VERSIONS.includes(major))
        throw new PlanJsonError(`${source}: plan format_version ${version} is not supported; Shipline reads format versions 0.x and 1.x`);
    if (!('resource_changes' in value ||
        'planned_values' in value ||
        'output_changes' in value ||
        'errored' in value))
        throw new PlanJsonError(`${source} is a Terraform state, not a plan (no resource_changes or planned_values): run terraform show -json PLANFILE`);
    checkChanges(value.resource_changes, 'resource_changes', source);
    checkChanges(value.resource_drift, 'resource_drift', source);
    if (value.output_changes !== undefined) {
        if (!isObject(value.output_changes))
            throw shapeError(source, 'output_changes', 'an object');
        for (const [name, change] of Object.entries(value.output_changes))
            checkChange(change, `output_changes[${JSON.stringify(name)}]`, source);
    }
    if (value.relevant_attributes !== undefined) {
        if (!Array.isArray(value.relevant_attributes))
            throw shapeError(source, 'relevant_attributes', 'a list');
        value.relevant_attributes.forEach((item, i) => {
            if (!isObject(item) || typeof item.resource !== 'string' || !Array.isArray(item.attribute))
                throw shapeError(source, `relevant_attributes[${i}]`, 'an object with "resource" and "attribute"');
        });
    }
    return value;
}
function checkChanges(list, name, source) {
    if (list === undefined || list === null)
        return;
    if (!Array.isArray(list))
        throw shapeError(source, name, 'a list');
    for (let i = 0; i < list.length; i++) {
        const item = list[i];
        if (!isObject(item) || typeof item.address !== 'string')
            throw shapeError(source, `${name}[${i}]`, 'an object with a string "address"');
        checkChange(item.change, `${name}[${i}].change`, source);
    }
}
function checkChange(change, path, source) {
    if (!isObject(change))
        throw shapeError(source, path, 'an object');
    const actions = change.actions;
    if (!Array.isArray(actions) || actions.length === 0 || !actions.every(a => typeof a === 'string'))
        throw shapeError(source, `${path}.actions`, 'a non-empty list of strings');
    if (change.replace_paths !== undefined && !Array.isArray(change.replace_paths))
        throw shapeError(source, `${path}.replace_paths`, 'a list of paths');
}
function shapeError(source, path, expected) {
    return new PlanJsonError(`${source}: ${path} is not ${expected}, as a Terraform plan has it`);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isMoved(rc) {
    return typeof rc.previous_address === 'string' && rc.previous_address !== rc.address;
}
// ---------------------------------------------------------------------------------------------
// Where JSON.parse failed: Node's messages do not always carry a position, so a small scanner
// finds the first offending character (it runs only after JSON.parse has already failed).
function describeSyntaxError(text) {
    const offset = firstSyntaxError(text);
    const { line, column } = lineAndColumn(text, offset);
    if (offset >= text.length)
        return `the text ends early at line ${line}, column ${column}`;
    const char = text[offset];
    const shown = /[\x20-\x7e]/.test(char)
        ? `"${char}"`
        : `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
    return `unexpected ${shown} at line ${line}, column ${column}`;
}
function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
class SyntaxAt extends Error {
    offset;
    constructor(offset) {
        super('syntax');
        this.offset = offset;
    }
}
const DIGIT = /[0-9]/;
/** A JSON scanner that only checks: it throws SyntaxAt at the first character JSON does not allow. */
class JsonScanner {
    text;
    /** Where the scanner is. */
    i = 0;
    constructor(text) {
        this.text = text;
    }
    fail(at = this.i) {
        throw new SyntaxAt(at);
    }
    /** The whole text: one value, then only whitespace. */
    document() {
        this.value();
        this.ws();
        if (this.i < this.text.length)
            this.fail();
    }
    ws() {
        const text = this.text;
        while (this.i < text.length &&
            (text[this.i] === ' ' || text[this.i] === '\t' || text[this.i] === '\n' || text[this.i] === '\r'))
            this.i++;
    }
    /**
     * One value. Objects and arrays are scanned here rather than in methods of their own, so that
     * each level of nesting takes one stack frame.
     */
    value() {
        this.ws();
        const c = this.text[this.i];
        if (c === '{') {
            this.i++;
            this.ws();
            if (this.take('}'))
                return;
            for (;;) {
                this.ws();
                if (this.text[this.i] !== '"')
                    this.fail();
                this.string();
                this.ws();
                if (!this.take(':'))
                    this.fail();
                this.value();
                this.ws();
                if (this.take(','))
                    continue;
                if (this.take('}'))
                    return;
                this.fail();
            }
        }
        if (c === '[') {
            this.i++;
            this.ws();
            if (this.take(']'))
                return;
            for (;;) {
                this.value();
                this.ws();
                if (this.take(','))
                    continue;
                if (this.take(']'))
                    return;
                this.fail();
            }
        }
        if (c === '"')
            return this.string();
        if (c === 't')
            return this.literal('true');
        if (c === 'f')
            return this.literal('false');
        if (c === 'n')
            return this.literal('null');
        if (c === '-' || DIGIT.test(c ?? ''))
            return this.number();
        this.fail();
    }
    /** Whether `char` is next; if it is, the scanner steps over it. */
    take(char) {
        if (this.text[this.i] !== char)
            return false;
        this.i++;
        return true;
    }
    literal(word) {
        for (let k = 0; k < word.length; k++, this.i++)
            if (this.text[this.i] !== word[k])
                this.fail();
    }
    string() {
        const text = this.text;
        this.i++; // opening quote
        for (;;) {
            if (this.i >= text.length)
                this.fail();
            const c = text.charCodeAt(this.i);
            if (c === 34) {
                this.i++;
                return;
            }
            if (c < 0x20)
                this.fail();
            if (c === 92) {
                this.i++;
                const e = text[this.i];
                if (e === 'u') {
                    for (let k = 1; k <= 4; k++)
                        if (!/[0-9a-fA-F]/.test(text[this.i + k] ?? ''))
                            this.fail(this.i + k);
                    this.i += 5;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    this.i++;
                else
                    this.fail();
            }
            else
                this.i++;
        }
    }
    number() {
        const text = this.text;
        const digits = () => {
            while (DIGIT.test(text[this.i] ?? ''))
                this.i++;
        };
        if (text[this.i] === '-')
            this.i++;
        if (text[this.i] === '0')
            this.i++;
        else if (/[1-9]/.test(text[this.i] ?? ''))
            digits();
        else
            this.fail();
        if (text[this.i] === '.') {
            this.i++;
            if (!DIGIT.test(text[this.i] ?? ''))
                this.fail();
            digits();
        }
        if (text[this.i] === 'e' || text[this.i] === 'E') {
            this.i++;
            if (text[this.i] === '+' || text[this.i] === '-')
                this.i++;
            if (!DIGIT.test(text[this.i] ?? ''))
                this.fail();
            digits();
        }
    }
}
/** The offset of the first character that makes `text` invalid JSON (text.length: it ends early). */
function firstSyntaxError(text) {
    const scanner = new JsonScanner(text);
    try {
        scanner.document();
        return text.length;
    }
    catch (error) {
        // A SyntaxAt names the offending character; anything else (nesting too deep for this scanner)
        // is reported where the scanner was.
        return Math.min(error instanceof SyntaxAt ? error.offset : scanner.i, text.length);
    }
}

;// CONCATENATED MODULE: ./lib/terraform/plan-model.ts
/**
 * What a plan does, in the terms a reviewer needs: each resource change classified (and ranked by
 * risk), the counts exactly as Terraform prints them, and destroy/replace reasons in words.
 */

/** Higher is riskier: details of lower ranks are cut first, destroy/replace lines last of all. */
const RISK = {
    replace: 9,
    delete: 8,
    unknown: 7,
    forget: 6,
    update: 5,
    import: 4,
    create: 3,
    drift: 2,
    move: 1,
    output: 1,
    read: 0,
    'no-op': 0
};
/** The order of action groups inside a module: riskiest first. */
const KIND_ORDER = [
    'replace',
    'delete',
    'unknown',
    'forget',
    'update',
    'import',
    'create',
    'move',
    'read'
];
const KIND_LABEL = {
    replace: 'replace',
    delete: 'destroy',
    forget: 'forget (removed from state, not destroyed)',
    update: 'update in-place',
    create: 'create',
    import: 'import',
    move: 'move',
    read: 'read (data sources)',
    'no-op': 'no-op',
    unknown: 'unknown action'
};
function kindOf(rc) {
    const actions = rc.change.actions;
    const first = actions[0];
    if (actions.length === 1) {
        switch (first) {
            case 'no-op':
                if (rc.change.importing)
                    return 'import';
                return isMoved(rc) ? 'move' : 'no-op';
            case 'create':
            case 'read':
            case 'update':
            case 'forget':
                return first;
            case 'delete':
                return 'delete';
            default:
                return 'unknown';
        }
    }
    if (actions.length === 2 &&
        ((first === 'delete' && actions[1] === 'create') || (first === 'create' && actions[1] === 'delete')))
        return 'replace';
    return 'unknown';
}
/** The kind of every resource change, in order (computed once per render). */
function kindsOf(plan) {
    return (plan.resource_changes ?? []).map(kindOf);
}
function isManaged(rc) {
    return rc.mode === undefined || rc.mode === 'managed';
}
/** Counts as Terraform's "Plan: N to add, N to change, N to destroy." line has them, plus the rest. */
function countChanges(plan, kinds = kindsOf(plan)) {
    const counts = { add: 0, change: 0, destroy: 0, replace: 0, move: 0, import: 0, forget: 0 };
    const changes = plan.resource_changes ?? [];
    for (let i = 0; i < changes.length; i++) {
        const rc = changes[i];
        if (!isManaged(rc))
            continue;
        const kind = kinds[i];
        if (kind === 'create')
            counts.add++;
        else if (kind === 'update')
            counts.change++;
        else if (kind === 'delete')
            counts.destroy++;
        else if (kind === 'replace') {
            counts.add++;
            counts.destroy++;
            counts.replace++;
        }
        else if (kind === 'forget')
            counts.forget++;
        if (rc.change.importing)
            counts.import++;
        if (isMoved(rc))
            counts.move++;
    }
    return counts;
}
/** Whether applying the plan would change anything (resources or outputs). */
function planHasChanges(plan, kinds = kindsOf(plan)) {
    if (kinds.some(kind => kind !== 'no-op' && kind !== 'read'))
        return true;
    for (const change of Object.values(plan.output_changes ?? {}))
        if (!(change.actions.length === 1 && change.actions[0] === 'no-op'))
            return true;
    return false;
}
/** `1 to add, 0 to change, 1 to destroy` */
function countsLine(counts) {
    return `${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy`;
}
/** `1 to replace, 2 moved, 1 to import, 1 to forget`, only the non-zero ones. */
function extraCounts(counts) {
    const parts = [];
    if (counts.replace)
        parts.push(`${counts.replace} to replace`);
    if (counts.move)
        parts.push(`${counts.move} moved`);
    if (counts.import)
        parts.push(`${counts.import} to import`);
    if (counts.forget)
        parts.push(`${counts.forget} to forget`);
    return parts.join(', ');
}
const REASONS = {
    replace_because_tainted: 'it is tainted (an earlier apply failed part-way, or it was marked for replacement)',
    replace_because_cannot_update: 'a change cannot be made in place',
    replace_by_request: 'replacement was requested (-replace)',
    replace_by_triggers: 'a reference in its replace_triggered_by changed',
    delete_because_no_resource_config: 'its resource block is no longer in the configuration',
    delete_because_no_module: 'its module is no longer in the configuration',
    delete_because_wrong_repetition: 'count / for_each changed how the resource repeats',
    delete_because_count_index: 'its count index is beyond the new count',
    delete_because_each_key: 'its for_each key is no longer in the collection',
    delete_because_no_move_target: 'a moved block points at an address with no configuration',
    read_because_config_unknown: 'its configuration is known only during apply',
    read_because_dependency_pending: 'it depends on changes that are still pending',
    read_because_check_nested: 'it is in a check block'
};
/** The action_reason in words; an unknown reason is shown as Terraform wrote it. */
function reasonText(reason) {
    if (!reason)
        return undefined;
    return REASONS[reason] ?? `reason "${reason}"`;
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** `["tags", "Name"]` → `tags.Name`; `["ebs", 0, "size"]` → `ebs[0].size`; odd keys quoted. */
function formatPath(path) {
    let out = '';
    for (const step of path) {
        if (typeof step === 'number')
            out += `[${step}]`;
        else if (IDENTIFIER.test(step))
            out += out ? `.${step}` : step;
        else
            out += `[${JSON.stringify(step)}]`;
    }
    return out;
}
/** The module part of an address: `module.a.module.b` (or '' for the root module). */
function moduleOf(rc) {
    if (typeof rc.module_address === 'string')
        return rc.module_address;
    let rest = rc.address;
    let module = '';
    for (;;) {
        const match = /^module\.[^.[]+(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?\./.exec(rest);
        if (!match)
            return module;
        module += (module ? '.' : '') + match[0].slice(0, -1);
        rest = rest.slice(match[0].length);
    }
}

;// CONCATENATED MODULE: ./lib/terraform/plan-diff.ts
/**
 * Attribute-level diffs of one change (before → after), as the lines of a `diff` code block.
 *
 * Sensitive values are never rendered, at any depth: wherever `before_sensitive` or
 * `after_sensitive` marks a value (or any value above it), the line says `(sensitive value)`.
 * Plans of format 0.x have no sensitivity marks at all; there, attributes whose name says secret
 * (password, token, private_key, …) are treated as sensitive. Unknown values (`after_unknown`) are
 * `(known after apply)`.
 */


const SENSITIVE = '(sensitive value)';
const UNKNOWN = '(known after apply)';
/** Values longer than this are shortened in the diff (the count of hidden characters is shown). */
const MAX_VALUE_CHARS = 400;
const SECRET_NAME = /(?:^|_)(?:password|passwd|secret|token|private_key|secret_key|access_key|credentials?|api_key)(?:$|_)/i;
/** The diff lines of `change`; `mode` follows its actions (create / delete / everything else). */
function diffChange(change, options = {}) {
    const actions = change.actions;
    const mode = actions.length === 1 && actions[0] === 'create'
        ? 'create'
        : actions.length === 1 && actions[0] === 'delete'
            ? 'delete'
            : 'update';
    const walk = {
        mode,
        lines: [],
        chars: 0,
        maxChars: options.maxChars ?? Infinity,
        omitted: 0,
        guessSensitive: !('before_sensitive' in change) && !('after_sensitive' in change),
        relevant: options.relevant,
        replacePaths: options.replacePaths
    };
    const before = mode === 'create' ? undefined : change.before;
    const after = mode === 'delete' ? undefined : change.after;
    const unknown = mode === 'delete' ? undefined : change.after_unknown;
    let unchanged = 0;
    if (isObject(before) || isObject(after) || isObject(unknown)) {
        // The top level of a resource: count the attributes that did not change.
        for (const key of unionKeys(before, after, unknown)) {
            const count = walk.lines.length + walk.omitted;
            node(walk, [key], child(before, key), child(after, key), child(change.before_sensitive, key), child(change.after_sensitive, key), child(unknown, key));
            // Unchanged attributes are counted as Terraform counts them: nulls on both sides are not.
            if (mode === 'update' && walk.lines.length + walk.omitted === count && !bothNull(before, after, key))
                unchanged++;
        }
    }
    else {
        node(walk, [], before, after, change.before_sensitive, change.after_sensitive, unknown);
    }
    return { lines: walk.lines, unchanged, omitted: walk.omitted };
}
function bothNull(before, after, key) {
    const b = child(before, key);
    const a = child(after, key);
    return (b === null || b === undefined) && (a === null || a === undefined);
}
function child(value, key) {
    if (value === null || typeof value !== 'object')
        return undefined;
    return value[key];
}
function unionKeys(...values) {
    const keys = new Set();
    for (const value of values)
        if (isObject(value))
            for (const key of Object.keys(value))
                keys.add(key);
    return [...keys].sort();
}
function node(walk, path, before, after, beforeSensitive, afterSensitive, unknown) {
    if (walk.relevant && !isRelevant(walk.relevant, path))
        return;
    const last = path[path.length - 1];
    const guessed = walk.guessSensitive && typeof last === 'string' && SECRET_NAME.test(last);
    const sensitive = beforeSensitive === true || afterSensitive === true || guessed;
    if (sensitive || unknown === true) {
        leaf(walk, path, before, after, sensitive, unknown === true);
        return;
    }
    const isMap = isObject(before) || isObject(after) || isObject(unknown);
    const isList = !isMap && (Array.isArray(before) || Array.isArray(after) || Array.isArray(unknown));
    if (!isMap && !isList) {
        leaf(walk, path, before, after, false, false);
        return;
    }
    const produced = walk.lines.length + walk.omitted;
    if (isMap) {
        for (const key of unionKeys(before, after, unknown))
            node(walk, [...path, key], child(before, key), child(after, key), child(beforeSensitive, key), child(afterSensitive, key), child(unknown, key));
    }
    else {
        const length = Math.max(lengthOf(before), lengthOf(after), lengthOf(unknown));
        for (let i = 0; i < length; i++)
            node(walk, [...path, i], child(before, i), child(after, i), child(beforeSensitive, i), child(afterSensitive, i), child(unknown, i));
    }
    // A change with nothing inside to show (`[]` → null, `{}` → `{"a": null}`) is shown whole.
    if (walk.mode === 'update' && walk.lines.length + walk.omitted === produced && !sameValue(before, after))
        leaf(walk, path, before, after, false, false);
}
function lengthOf(value) {
    return Array.isArray(value) ? value.length : 0;
}
function isEmpty(value) {
    if (value === null || value === undefined)
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    if (isObject(value))
        return Object.keys(value).length === 0;
    return false;
}
function isRelevant(relevant, path) {
    return relevant.some(r => {
        const n = Math.min(r.length, path.length);
        for (let i = 0; i < n; i++)
            if (String(r[i]) !== String(path[i]))
                return false;
        return true;
    });
}
function forcesReplacement(walk, path) {
    return (walk.replacePaths !== undefined && walk.replacePaths.length > 0 && isRelevant(walk.replacePaths, path));
}
function leaf(walk, path, before, after, sensitive, unknown) {
    const hasBefore = before !== undefined && before !== null;
    const hasAfter = after !== undefined && after !== null;
    let line;
    if (walk.mode === 'create') {
        if (!hasAfter && !unknown)
            return;
        if (!unknown && !sensitive && isEmpty(after))
            return;
        line = `+ ${formatPath(path)} = ${unknown ? UNKNOWN : sensitive ? SENSITIVE : show(after)}`;
    }
    else if (walk.mode === 'delete') {
        if (!hasBefore || (!sensitive && isEmpty(before)))
            return;
        line = `- ${formatPath(path)} = ${sensitive ? SENSITIVE : show(before)}`;
    }
    else {
        if (!unknown && sameValue(before, after))
            return;
        const name = formatPath(path);
        const from = sensitive ? SENSITIVE : show(before);
        const to = unknown ? UNKNOWN : sensitive ? SENSITIVE : show(after);
        if (!hasBefore)
            line = `+ ${name} = ${to}`;
        else if (!hasAfter && !unknown)
            line = `- ${name} = ${from}`;
        else
            line = `! ${name} = ${from} -> ${to}`;
        if (forcesReplacement(walk, path))
            line += '  # forces replacement';
    }
    if (walk.chars + line.length + 1 > walk.maxChars) {
        walk.omitted++;
        return;
    }
    walk.chars += line.length + 1;
    walk.lines.push(line);
}
/** Deep equality where a missing value and null are the same. */
function sameValue(a, b) {
    if (a === b || ((a === undefined || a === null) && (b === undefined || b === null)))
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    return JSON.stringify(a) === JSON.stringify(b);
}
/** One value on one line: JSON, shortened when long. */
function show(value) {
    if (value === undefined || value === null)
        return 'null';
    const text = JSON.stringify(value);
    if (text.length <= MAX_VALUE_CHARS)
        return text;
    return `${text.slice(0, MAX_VALUE_CHARS)}… (${(text.length - MAX_VALUE_CHARS).toLocaleString('en-US')} more characters)`;
}

;// CONCATENATED MODULE: ./lib/terraform/removed-services.ts
/**
 * The services a plan removes, and what each takes with it. Pure: it reads only the plan JSON.
 *
 * A service is a `for_each` key: infra/ makes every per-service resource with for_each over the
 * service names of shipline.yml (`module.ecr.aws_ecr_repository.this["billing"]`,
 * `module.eks.aws_iam_role.irsa["billing"]`, `module.alb.aws_lb_target_group.this["billing"]`, and
 * a key of a module instance counts too: `module.svc["billing"].aws_s3_bucket.this`). Which keys are
 * services is decided in this order:
 *   1. the service list of the previous apply, when the plan carries it: every service has an ECR
 *      repository keyed by its name (DESIGN.md: the name is also the image repository's), so the
 *      string keys of the `aws_ecr_repository` instances in `prior_state` (or, for a plan JSON
 *      without prior_state, in the resource changes) are the services;
 *   2. with no ECR repository in the plan at all, any string key.
 * A service is removed when at least one resource change carries its key and every change that
 * carries it is a delete: a replace, a create, an update, a read, a forget or a no-op of the same
 * key means the service is still in the configuration (or is not destroyed), and it is not named.
 */


/** The types whose delete loses data, and the few others worth naming in words. */
const DESCRIBERS = {
    aws_ecr_repository: {
        what: 'the ECR repository',
        nameAttribute: 'name',
        data: 'every image in it',
        guard: {
            attribute: 'force_delete',
            value: false,
            text: 'force_delete is false: the delete fails while it holds images'
        }
    },
    aws_cloudwatch_log_group: { what: 'the log group', nameAttribute: 'name', data: 'every log event in it' },
    aws_secretsmanager_secret: { what: 'the secret', nameAttribute: 'name', data: 'its value' },
    aws_s3_bucket: {
        what: 'the bucket',
        nameAttribute: 'bucket',
        data: 'every object in it',
        guard: {
            attribute: 'force_destroy',
            value: false,
            text: 'force_destroy is false: the delete fails while it holds objects'
        }
    },
    aws_db_instance: {
        what: 'the database',
        nameAttribute: 'identifier',
        data: 'its data',
        guard: {
            attribute: 'deletion_protection',
            value: true,
            text: 'deletion_protection is on: the apply fails until it is turned off'
        }
    },
    aws_rds_cluster: { what: 'the database cluster', nameAttribute: 'cluster_identifier', data: 'its data' },
    aws_dynamodb_table: { what: 'the DynamoDB table', nameAttribute: 'name', data: 'every item in it' },
    aws_efs_file_system: { what: 'the file system', nameAttribute: 'creation_token', data: 'every file in it' },
    aws_ebs_volume: { what: 'the volume', nameAttribute: 'id', data: 'its data' },
    aws_iam_role: { what: 'the IAM role', nameAttribute: 'name' },
    aws_lb_target_group: { what: 'the target group', nameAttribute: 'name' },
    aws_security_group: { what: 'the security group', nameAttribute: 'name' }
};
const STRING_KEY = /\["((?:[^"\\]|\\.)*)"\]/g;
/** The string instance keys of an address, module keys included: `module.a["x"].b.c["y"]` → x, y. */
function stringKeys(address) {
    const keys = [];
    for (const match of address.matchAll(STRING_KEY))
        keys.push(JSON.parse(`"${match[1]}"`));
    return keys;
}
function removedServices(plan, kinds) {
    const changes = plan.resource_changes ?? [];
    const kindList = kinds ?? changes.map(kindOf);
    const registry = registryNames(plan);
    const source = registry.size ? 'registry' : 'keys';
    const byKey = new Map();
    changes.forEach((rc, i) => {
        for (const key of new Set(stringKeys(rc.address))) {
            if (source === 'registry' && !registry.has(key))
                continue;
            let list = byKey.get(key);
            if (!list)
                byKey.set(key, (list = []));
            list.push(i);
        }
    });
    const services = [];
    for (const [name, indexes] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (!indexes.every(i => kindList[i] === 'delete' && isManaged(changes[i])))
            continue;
        const resources = indexes.map(i => describe(changes[i]));
        services.push({ name, resources, byType: groupByType(resources) });
    }
    return { source, services };
}
/** The keys of the ECR repositories of the previous apply (or of the plan, without prior_state). */
function registryNames(plan) {
    const names = new Set();
    const prior = isObject(plan.prior_state) && isObject(plan.prior_state.values) ? plan.prior_state.values : {};
    walkModule(prior.root_module, resource => {
        if (resource.type === 'aws_ecr_repository' && resource.mode === 'managed')
            if (typeof resource.index === 'string')
                names.add(resource.index);
    });
    if (!names.size)
        for (const rc of plan.resource_changes ?? [])
            if (rc.type === 'aws_ecr_repository' && isManaged(rc) && typeof rc.index === 'string')
                names.add(rc.index);
    return names;
}
function walkModule(module, visit) {
    if (!isObject(module))
        return;
    if (Array.isArray(module.resources))
        for (const r of module.resources)
            if (isObject(r))
                visit(r);
    if (Array.isArray(module.child_modules))
        for (const child of module.child_modules)
            walkModule(child, visit);
}
function describe(rc) {
    const type = rc.type ?? typeFromAddress(rc.address);
    const resource = { address: rc.address, type };
    const describer = DESCRIBERS[type];
    if (!describer)
        return resource;
    const name = visibleAttribute(rc, describer.nameAttribute);
    resource.what = describer.what;
    if (name !== undefined)
        resource.name = name;
    if (describer.data)
        resource.data = describer.data;
    const guard = describer.guard;
    if (guard && visibleAttribute(rc, guard.attribute) === String(guard.value))
        resource.guard = guard.text;
    return resource;
}
/** `before[attribute]` as text when it is a plain, non-sensitive string, number or boolean. */
function visibleAttribute(rc, attribute) {
    const before = rc.change.before;
    const marks = rc.change.before_sensitive;
    if (!isObject(before) || marks === true)
        return undefined;
    if (isObject(marks) && marks[attribute] !== undefined && marks[attribute] !== false)
        return undefined;
    const value = before[attribute];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
/** `module.a["x"].aws_iam_role.irsa["x"]` → `aws_iam_role` (plans always carry type; older ones may not). */
function typeFromAddress(address) {
    const parts = address
        .replace(STRING_KEY, '')
        .replace(/\[\d+\]/g, '')
        .split('.');
    return parts.length >= 2 ? parts[parts.length - 2] : address;
}
function groupRank(type) {
    const describer = DESCRIBERS[type];
    return describer?.data ? 0 : describer ? 1 : 2;
}
function groupByType(resources) {
    const groups = new Map();
    for (const r of resources) {
        let list = groups.get(r.type);
        if (!list)
            groups.set(r.type, (list = []));
        list.push(r.address);
    }
    return [...groups]
        .map(([type, addresses]) => ({ type, addresses }))
        .sort((a, b) => groupRank(a.type) - groupRank(b.type) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

;// CONCATENATED MODULE: ./lib/terraform/removed-services-section.ts
/**
 * The first section of the plan comment when the plan removes services: for each one, a sentence
 * that names what goes with it (the data first: `the ECR repository billing and every image in
 * it`), then its resources grouped by type. Pure.
 *
 * It fits in the characters it is given, cut in this order: the lists of resources (each service
 * keeps its sentence, which counts them), then whole sentences from the last service on, replaced
 * by a line that counts them. It is a list, never a code block or <details>, so it is only ever cut
 * between lines, and what was cut is reported for the comment's note.
 */

const HEADING = '### :warning: Services removed from the configuration\n\n';
const BY_KEYS = '_No ECR repository in this plan names the services, so each `for_each` key all of whose changes are destroys is shown as one._\n\n';
/** What the section needs at the least: its heading and the line that counts the services left out. */
const SERVICES_SECTION_MIN = HEADING.length + BY_KEYS.length + 120;
function servicesSection(removed, maxChars) {
    const services = removed.services;
    if (!services.length)
        return { text: '', listsCut: 0, servicesCut: 0 };
    const top = HEADING + (removed.source === 'keys' ? BY_KEYS : '');
    const sentences = services.map(s => `**:warning: ${sentence(s)}**\n\n`);
    const lists = services.map(resourceList);
    const full = top + sentences.map((s, i) => s + lists[i]).join('');
    if (full.length <= maxChars)
        return { text: full, listsCut: 0, servicesCut: 0 };
    const short = top + sentences.join('');
    if (short.length <= maxChars)
        return { text: short, listsCut: services.length, servicesCut: 0 };
    let text = top;
    let kept = 0;
    for (const s of sentences) {
        if (text.length + s.length + rest(services.length - kept - 1).length > maxChars)
            break;
        text += s;
        kept++;
    }
    return { text: text + rest(services.length - kept), listsCut: kept, servicesCut: services.length - kept };
}
function rest(n) {
    if (n <= 0)
        return '';
    return `**:warning: … and ${n.toLocaleString('en-US')} more ${n === 1 ? 'service is' : 'services are'} removed, with everything they had: see the full plan.**\n\n`;
}
/** `Removing service `billing` deletes the ECR repository `billing` and every image in it, …: 7 resources in all.` */
function sentence(service) {
    const n = service.resources.length;
    const all = `${n.toLocaleString('en-US')} ${n === 1 ? 'resource' : 'resources'}`;
    const named = ordered(service.resources.filter(r => r.what !== undefined)).map(words);
    const head = `Removing service ${code(service.name)} deletes`;
    if (!named.length)
        return `${head} ${all}.`;
    return `${head} ${joinWords(named)}: ${all} in all.`;
}
function ordered(resources) {
    return [...resources.filter(r => r.data), ...resources.filter(r => !r.data)];
}
function words(r) {
    let text = `${r.what}${r.name === undefined ? '' : ` ${code(r.name)}`}`;
    if (r.data)
        text += ` and ${r.data}`;
    if (r.guard)
        text += ` (${r.guard})`;
    return text;
}
function joinWords(items) {
    if (items.length === 1)
        return items[0];
    return `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;
}
function resourceList(service) {
    const lines = service.byType.map(group => {
        const n = group.addresses.length;
        return `- ${code(group.type)}${n > 1 ? ` (${n})` : ''}: ${group.addresses.map(code).join(', ')}\n`;
    });
    return lines.join('') + '\n';
}

;// CONCATENATED MODULE: ./lib/terraform/plan-comment.ts
/**
 * The plan comment: markdown rendered from the plan JSON alone (plus optional context: directory,
 * workspace, commit, checksum), never longer than `maxChars`.
 *
 * Layout: the counts line; the context line; the services the plan removes, each with what it takes
 * with it (removed-services.ts; this section comes first and is cut last, see
 * removed-services-section.ts); every destroyed or replaced resource with its reason;
 * the changes grouped by module and action, each resource's attribute diff in a collapsible block;
 * output changes; drift. When the whole does not fit, it is cut by risk, lowest first:
 *   1. attribute details, from the lowest-risk changes up (data reads, moves, outputs, drift,
 *      creates, imports, updates, forgets, unknown actions, destroys, replaces);
 *   2. when even the lists of changed resources do not fit, whole lists (lowest risk first), each
 *      keeping its count; 3. then the per-module lists altogether (a table of counts stays);
 *   4. the destroy/replace lines last of all: only when they alone exceed the limit, as many as
 *      fit and the count of the rest.
 * Whatever was cut is named in a note at the end.
 */






/** GitHub's limit on the body of an issue or pull request comment. */
const COMMENT_LIMIT = 65_536;
/** GitHub's limit on one step's job summary is 1 MiB; this leaves room for multi-byte characters. */
const SUMMARY_LIMIT = 1_000_000;
const NOTE_RESERVE = 800;
/** The most characters the table of counts that replaces the lists of changes can take. */
const CHANGES_SUMMARY_MAX = 800;
/** A unit from a ready line and an optional detail renderer. */
function simpleUnit(rank, order, kind, line, detail) {
    return {
        rank,
        order,
        kind,
        lineLength: line.length,
        line: () => line,
        hasDetail: detail !== undefined,
        detail: detail ?? (() => line)
    };
}
/**
 * Render `text` (the output of `terraform show -json`): what the CLI prints. The plan checksum also
 * covers the plan file's configuration snapshot (plan-file.ts), so it is shown only when `options` give it.
 */
function renderPlanCommentFromJson(text, source, options = {}) {
    return renderPlanComment(parsePlanJson(text, source), options);
}
function renderPlanComment(plan, options = {}) {
    const maxChars = options.maxChars ?? COMMENT_LIMIT;
    const changes = plan.resource_changes ?? [];
    const kinds = kindsOf(plan);
    const counts = countChanges(plan, kinds);
    const hasChanges = planHasChanges(plan, kinds);
    const head = header(plan, kinds, counts, hasChanges, options);
    const risk = riskLines(changes, kinds);
    const groups = [
        ...changeGroups(changes, kinds, maxChars),
        ...outputGroups(plan, maxChars),
        ...driftGroups(plan, maxChars)
    ];
    let summaryText;
    const summaryOf = () => (summaryText ??= changesSummary(changes, kinds));
    const cut = {
        details: {},
        collapsedLists: 0,
        changesSummarised: false,
        riskLinesCut: 0,
        serviceListsCut: 0,
        servicesCut: 0
    };
    const budget = maxChars - NOTE_RESERVE;
    const riskText = risk.length ? riskHeading(risk.length) + risk.map(r => r.line).join('') + '\n' : '';
    // The least the rest can shrink to: a table of counts and one line per other section.
    const minimalRest = (groups.some(g => g.section === 'changes') ? CHANGES_SUMMARY_MAX : 0) +
        groups
            .filter(g => g.section !== 'changes')
            .reduce((n, g) => n + g.prefix.length + g.collapsedText.length, 0);
    const removed = removedServices(plan, kinds);
    // The removed services come first: whole when everything else still fits at its smallest, else
    // in at least half of what the header leaves.
    const services = servicesSection(removed, Math.max(budget - head.length - riskText.length - minimalRest, Math.floor((budget - head.length) / 2)));
    cut.serviceListsCut = services.listsCut;
    cut.servicesCut = services.servicesCut;
    const top = head + services.text;
    const body = top.length + riskText.length + minimalRest > budget
        ? top + riskOnly(risk, groups, budget - top.length, cut)
        : top + riskText + layout(groups, budget - top.length - riskText.length, cut, summaryOf);
    const truncated = wasCut(cut);
    let markdown = body.trimEnd() + '\n';
    if (truncated)
        markdown += '\n' + cutNote(cut, options).slice(0, NOTE_RESERVE - 4) + '\n';
    if (markdown.length > maxChars)
        markdown = markdown.slice(0, maxChars - 2).trimEnd() + '\n…';
    return {
        markdown,
        counts,
        hasChanges,
        destroys: risk.map(r => r.address),
        removedServices: removed.services.map(s => s.name),
        cut,
        truncated
    };
}
/**
 * When even the smallest layout does not fit: only the destroy/replace lines, as many as fit in
 * `budget`, and a pointer to the full plan; everything else is counted as cut.
 */
function riskOnly(risk, groups, budget, cut) {
    const pointer = groups.length ? '_Every other change is left out to fit; see the full plan._\n\n' : '';
    let text = risk.length ? riskHeading(risk.length) : '';
    let kept = 0;
    for (const item of risk) {
        if (text.length + item.line.length + pointer.length + 120 > budget)
            break;
        text += item.line;
        kept++;
    }
    cut.riskLinesCut = risk.length - kept;
    if (cut.riskLinesCut)
        text += `- … and ${cut.riskLinesCut.toLocaleString('en-US')} more destroyed or replaced resources\n`;
    cut.changesSummarised = groups.some(g => g.section === 'changes');
    for (const group of groups)
        for (const unit of group.units)
            countCut(cut, unit);
    return text + '\n' + pointer;
}
function wasCut(cut) {
    return (cut.collapsedLists > 0 ||
        cut.changesSummarised ||
        cut.riskLinesCut > 0 ||
        cut.serviceListsCut > 0 ||
        cut.servicesCut > 0 ||
        Object.keys(cut.details).length > 0);
}
/** Characters a group takes as it stands (collapsed or not), its details not counted. */
function groupSize(g) {
    return (g.prefix.length +
        (g.collapsed
            ? g.collapsedText.length
            : g.heading.length + g.trailer.length + g.units.reduce((n, u) => n + u.lineLength, 0)));
}
/** Collapse groups, lowest rank first (later ones first within a rank), until they fit; the size left. */
function collapseToFit(groups, budget, cut) {
    let used = groups.reduce((n, g) => n + groupSize(g), 0);
    if (used <= budget)
        return used;
    const order = [...groups].sort((a, b) => a.rank - b.rank || b.order - a.order);
    for (const group of order) {
        if (used <= budget)
            break;
        const before = groupSize(group);
        group.collapsed = true;
        used += groupSize(group) - before;
        cut.collapsedLists++;
        for (const unit of group.units)
            countCut(cut, unit);
    }
    return used;
}
/**
 * Open details, highest rank first, while they fit in `remaining`; after the first that does not
 * fit, only the rest of its rank are tried, while 300 characters and fewer than 50 misses are left.
 */
function openDetails(units, remaining, cut) {
    const candidates = units.filter(u => u.hasDetail).sort((a, b) => b.rank - a.rank || a.order - b.order);
    let stopRank;
    let misses = 0;
    for (const unit of candidates) {
        if (stopRank !== undefined && (unit.rank < stopRank || remaining < 300 || misses >= 50)) {
            countCut(cut, unit);
            continue;
        }
        const text = unit.detail();
        const extra = text.length - unit.lineLength;
        if (extra <= remaining) {
            unit.shown = text;
            remaining -= extra;
        }
        else {
            stopRank ??= unit.rank;
            misses++;
            countCut(cut, unit);
        }
    }
}
/** The groups as text, the changes replaced by `summary` when there is one. */
function joinGroups(groups, summary) {
    // Parts joined once at the end (appending to one growing string and looking at its end would
    // flatten it again and again).
    const parts = [];
    let blankBefore = true;
    const emit = (text) => {
        if (!text)
            return;
        // A details block opens with a blank line for a list line before it; none is needed twice.
        const part = blankBefore && text.startsWith('\n') ? text.slice(1) : text;
        parts.push(part);
        blankBefore = part.endsWith('\n\n') || (part === '\n' && parts.length > 1);
    };
    let summaryWritten = false;
    for (const group of groups) {
        if (summary && group.section === 'changes') {
            if (!summaryWritten)
                emit(summary);
            summaryWritten = true;
            continue;
        }
        emit(group.prefix);
        if (group.collapsed) {
            emit(group.collapsedText);
            continue;
        }
        emit(group.heading);
        for (const unit of group.units)
            emit(unit.shown ?? unit.line());
        emit(group.trailer);
    }
    return parts.join('');
}
/** Lay out the groups within `budget` characters, cutting by risk (see the module comment). */
function layout(groups, budget, cut, changesSummary) {
    let used = collapseToFit(groups, budget, cut);
    let summary = '';
    if (used > budget) {
        // Even the collapsed lists do not fit (a great many modules): a table of counts instead.
        summary = changesSummary();
        cut.changesSummarised = true;
        used = summary.length;
        for (const group of groups) {
            if (group.section === 'changes')
                continue;
            used += groupSize(group);
        }
    }
    const visible = groups.filter(g => !g.collapsed && !(summary && g.section === 'changes'));
    openDetails(visible.flatMap(g => g.units), budget - used, cut);
    return joinGroups(groups, summary);
}
function countCut(cut, unit) {
    if (!unit.hasDetail)
        return;
    cut.details[unit.kind] = (cut.details[unit.kind] ?? 0) + 1;
}
function cutNote(cut, options) {
    const limit = options.limitName ?? `GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit`;
    const where = options.fullRenderAt ?? 'The job summary of this run has the full plan.';
    const parts = [];
    if (cut.servicesCut)
        parts.push(`${cut.servicesCut.toLocaleString('en-US')} of the removed services (a line counts them)`);
    if (cut.serviceListsCut)
        parts.push(`the resource lists of ${cut.serviceListsCut.toLocaleString('en-US')} removed ${cut.serviceListsCut === 1 ? 'service' : 'services'} (each keeps its sentence)`);
    const detailTotal = Object.values(cut.details).reduce((n, c) => n + c, 0);
    if (detailTotal) {
        const byKind = Object.entries(cut.details)
            .sort((a, b) => b[1] - a[1])
            .map(([kind, n]) => `${n.toLocaleString('en-US')} ${kind}`)
            .join(', ');
        parts.push(`the attribute details of ${detailTotal.toLocaleString('en-US')} changes (${byKind})`);
    }
    if (cut.changesSummarised)
        parts.push('the lists of changed resources (their counts are above)');
    else if (cut.collapsedLists)
        parts.push(`${cut.collapsedLists.toLocaleString('en-US')} lists of changes (their counts stay)`);
    if (cut.riskLinesCut)
        parts.push(`${cut.riskLinesCut.toLocaleString('en-US')} destroy/replace lines`);
    return `> [!NOTE]\n> Cut to fit ${limit}: ${parts.join('; ')}. ${where}`;
}
// ---------------------------------------------------------------------------------------------
function header(plan, kinds, counts, hasChanges, options) {
    const title = options.title ?? 'Plan';
    const extra = extraCounts(counts);
    let first;
    if (plan.errored)
        first = `**:x: ${title} failed.** Planned before the error: ${countsLine(counts)}.`;
    else {
        first = `**${title}: ${countsLine(counts)}.**`;
        if (extra)
            first += ` ${capitalise(extra)}.`;
        if (!hasChanges)
            first += ' No changes: the infrastructure matches the configuration.';
        else if (!kinds.some(kind => kind !== 'no-op' && kind !== 'read'))
            first += ' Only outputs change.';
    }
    const context = [];
    if (options.workingDirectory)
        context.push(`\`${options.workingDirectory}\``);
    if (options.workspace)
        context.push(`workspace \`${options.workspace}\``);
    if (options.commit)
        context.push(`commit ${options.commit}`);
    if (options.planSha256)
        context.push(`plan sha256 \`${options.planSha256}\``);
    let text = first + '\n';
    if (context.length)
        text += context.join(' · ') + '\n';
    text += '\n';
    if (plan.errored)
        text +=
            '> [!CAUTION]\n> Terraform reported an error while planning: this plan is incomplete and cannot be applied. The error is in the job log.\n\n';
    return text;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function riskHeading(n) {
    return `**:warning: ${n.toLocaleString('en-US')} ${n === 1 ? 'resource' : 'resources'} will be destroyed or replaced:**\n\n`;
}
function riskLines(changes, kinds) {
    const lines = [];
    for (let i = 0; i < changes.length; i++) {
        const rc = changes[i];
        const kind = kinds[i];
        if (kind !== 'replace' && kind !== 'delete' && kind !== 'unknown')
            continue;
        if (!isManaged(rc) || !rc.change.actions.includes('delete'))
            continue;
        const verb = kind === 'replace' ? 'replace' : kind === 'delete' ? 'destroy' : rc.change.actions.join(', ');
        let line = `- :warning: **${verb}** ${plan_comment_code(rc.address)}`;
        if (rc.deposed)
            line += ` (deposed object ${plan_comment_code(rc.deposed)})`;
        if (kind === 'replace' && rc.change.actions[0] === 'create')
            line += ' (replacement created first)';
        const reason = reasonText(rc.action_reason);
        // replace_paths only mean something for a replacement.
        const paths = kind === 'replace' ? (rc.change.replace_paths ?? []).map(path => plan_comment_code(formatPath(path))) : [];
        const why = [];
        if (reason)
            why.push(reason);
        if (paths.length)
            why.push(`${paths.join(', ')} ${paths.length === 1 ? 'forces' : 'force'} replacement`);
        if (why.length)
            line += `: ${why.join('; ')}`;
        lines.push({ address: rc.address, line: line + '\n' });
    }
    return lines;
}
/** Inline code safe for any address (backticks, pipes stay literal). */
function plan_comment_code(text) {
    const fence = text.includes('`') ? '``' : '`';
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
function html(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function detailsBlock(summaryHtml, diff, footer) {
    const lines = [...diff.lines];
    if (diff.unchanged)
        lines.push(`# (${diff.unchanged} unchanged ${diff.unchanged === 1 ? 'attribute' : 'attributes'} hidden)`);
    if (diff.omitted)
        lines.push(`# … ${diff.omitted.toLocaleString('en-US')} more lines cut; see the full plan`);
    lines.push(...footer);
    return `\n<details><summary>${summaryHtml}</summary>\n\n${fenced(lines.join('\n'), 'diff')}\n\n</details>\n\n`;
}
function annotations(rc, kind) {
    const notes = [];
    if (kind === 'unknown')
        notes.push(`actions: ${rc.change.actions.join(', ')}`);
    if (kind === 'replace' && rc.change.actions[0] === 'create')
        notes.push('replacement created first');
    if (rc.deposed)
        notes.push(`deposed object ${rc.deposed}`);
    if (isMoved(rc))
        notes.push(`moved from ${rc.previous_address}`);
    if (rc.change.importing)
        notes.push(rc.change.importing.id ? `import id ${rc.change.importing.id}` : 'imported');
    if (kind === 'read' || kind === 'delete' || kind === 'replace') {
        const reason = reasonText(rc.action_reason);
        if (reason && kind === 'read')
            notes.push(reason);
    }
    return notes;
}
/** How the cut note names each kind: the first word of its label (`update`, `read`, …). */
const CUT_KIND = Object.fromEntries(Object.entries(KIND_LABEL).map(([kind, label]) => [kind, label.split(' ')[0]]));
/** One changed resource: its list line, and its attribute diff in a details block. */
class ResourceUnit {
    rc;
    changeKind;
    order;
    detailChars;
    shown;
    rank;
    lineLength;
    hasDetail;
    constructor(rc, changeKind, order, detailChars) {
        this.rc = rc;
        this.changeKind = changeKind;
        this.order = order;
        this.detailChars = detailChars;
        this.rank = RISK[changeKind];
        this.hasDetail = changeKind !== 'move' && changeKind !== 'import';
        const actions = rc.change.actions;
        const plain = !rc.deposed &&
            !rc.change.importing &&
            !isMoved(rc) &&
            changeKind !== 'unknown' &&
            changeKind !== 'read' &&
            !(changeKind === 'replace' && actions[0] === 'create') &&
            !rc.address.includes('`');
        this.lineLength = plain ? rc.address.length + 5 : this.line().length;
    }
    get kind() {
        return CUT_KIND[this.changeKind];
    }
    notes() {
        return annotations(this.rc, this.changeKind);
    }
    line() {
        const notes = this.notes();
        return `- ${plan_comment_code(this.rc.address)}${notes.length ? ` (${notes.join('; ')})` : ''}\n`;
    }
    detail() {
        const rc = this.rc;
        const diff = diffChange(rc.change, { replacePaths: rc.change.replace_paths, maxChars: this.detailChars });
        if (!diff.lines.length && !diff.omitted)
            return this.line();
        const notes = this.notes();
        const summaryHtml = `<code>${html(rc.address)}</code>${notes.length ? ` (${html(notes.join('; '))})` : ''}`;
        return detailsBlock(summaryHtml, diff, []);
    }
}
function changeGroups(changes, kinds, maxChars) {
    const detailChars = Math.max(2000, Math.floor(maxChars / 8));
    const modules = new Map();
    changes.forEach((rc, order) => {
        const kind = kinds[order];
        if (kind === 'no-op')
            return;
        const module = moduleOf(rc);
        let byKind = modules.get(module);
        if (!byKind)
            modules.set(module, (byKind = new Map()));
        let list = byKind.get(kind);
        if (!list)
            byKind.set(kind, (list = []));
        list.push(order);
    });
    const names = [...modules.keys()].sort((a, b) => a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0);
    const groups = [];
    let first = true;
    for (const module of names) {
        const kinds = modules.get(module);
        let moduleHeading = `#### ${module ? `Module ${plan_comment_code(module)}` : 'Root module'}\n\n`;
        for (const kind of KIND_ORDER) {
            const list = kinds.get(kind);
            if (!list)
                continue;
            const label = KIND_LABEL[kind];
            const n = list.length.toLocaleString('en-US');
            const units = list.map(order => new ResourceUnit(changes[order], kind, order, detailChars));
            groups.push({
                section: 'changes',
                rank: RISK[kind],
                order: groups.length,
                prefix: (first ? '### Changes\n\n' : '') + moduleHeading,
                heading: `**${label}** (${n})\n\n`,
                units,
                trailer: '\n',
                collapsedText: `**${label}** (${n}): the list is cut to fit\n\n`,
                collapsed: false
            });
            first = false;
            moduleHeading = '';
        }
    }
    return groups;
}
function outputGroups(plan, maxChars) {
    const entries = Object.entries(plan.output_changes ?? {}).filter(([, change]) => !(change.actions.length === 1 && change.actions[0] === 'no-op'));
    if (!entries.length)
        return [];
    const detailChars = Math.max(2000, Math.floor(maxChars / 8));
    const names = entries.map(([name]) => plan_comment_code(name)).join(', ');
    const n = entries.length;
    const line = `${n === 1 ? 'One output changes' : `${n} outputs change`}: ${names}\n`;
    const unit = simpleUnit(RISK.output, Number.MAX_SAFE_INTEGER - 1, 'output', line, () => {
        const lines = [];
        let chars = 0;
        let omitted = 0;
        for (const [name, change] of entries) {
            const diff = diffChange(wrapOutput(name, change), { maxChars: Math.max(0, detailChars - chars) });
            for (const l of diff.lines)
                chars += l.length + 1;
            lines.push(...diff.lines);
            omitted += diff.omitted;
        }
        if (omitted)
            lines.push(`# … ${omitted} more lines cut; see the full plan`);
        return `\n${fenced(lines.join('\n'), 'diff')}\n\n`;
    });
    return [
        {
            section: 'outputs',
            rank: RISK.output,
            order: Number.MAX_SAFE_INTEGER - 1,
            prefix: '### Outputs\n\n',
            heading: '',
            units: [unit],
            trailer: '\n',
            collapsedText: `${n === 1 ? 'One output changes' : `${n} outputs change`}; the list is cut to fit\n\n`,
            collapsed: false
        }
    ];
}
/** An output's change as a one-attribute object, so the diff shows the output's name as the path. */
function wrapOutput(name, change) {
    const wrapped = {
        actions: change.actions,
        before: { [name]: change.before },
        after: { [name]: change.after },
        after_unknown: { [name]: change.after_unknown }
    };
    if ('before_sensitive' in change || 'after_sensitive' in change) {
        wrapped.before_sensitive = { [name]: change.before_sensitive };
        wrapped.after_sensitive = { [name]: change.after_sensitive };
    }
    return wrapped;
}
function driftGroups(plan, maxChars) {
    const drift = (plan.resource_drift ?? []).filter(rc => isManaged(rc));
    if (!drift.length)
        return [];
    const detailChars = Math.max(2000, Math.floor(maxChars / 8));
    const relevant = plan.relevant_attributes ?? [];
    const units = [];
    let hidden = 0;
    drift.forEach((rc, i) => {
        const deleted = rc.change.actions.includes('delete');
        const paths = relevant.length
            ? relevant.filter(r => r.resource === rc.address).map(r => r.attribute)
            : undefined;
        if (paths && !paths.length && !deleted) {
            hidden++;
            return;
        }
        const diff = diffChange(rc.change, { relevant: paths, maxChars: detailChars });
        if (!deleted && !diff.lines.length && !diff.omitted) {
            hidden++;
            return;
        }
        const what = deleted ? 'was deleted outside of Terraform' : 'changed outside of Terraform';
        const line = `- ${plan_comment_code(rc.address)} ${what}\n`;
        units.push(simpleUnit(RISK.drift, Number.MAX_SAFE_INTEGER - 1000 + i, 'drift', line, diff.lines.length
            ? () => detailsBlock(`<code>${html(rc.address)}</code> ${what}`, { ...diff, unchanged: 0 }, [])
            : undefined));
    });
    if (!units.length && !hidden)
        return [];
    const n = units.length;
    const trailer = (hidden
        ? `\n_${hidden.toLocaleString('en-US')} more ${hidden === 1 ? 'change' : 'changes'} made outside of Terraform ${hidden === 1 ? 'does' : 'do'} not affect this plan and ${hidden === 1 ? 'is' : 'are'} not shown._\n`
        : '') + '\n';
    return [
        {
            section: 'drift',
            rank: RISK.drift,
            order: Number.MAX_SAFE_INTEGER,
            prefix: '### Changed outside of Terraform\n\n',
            heading: n
                ? 'Terraform found these changes made outside of Terraform since the last apply; this plan may undo or respond to them.\n\n'
                : '',
            units,
            trailer,
            collapsedText: `${n.toLocaleString('en-US')} ${n === 1 ? 'resource' : 'resources'} changed outside of Terraform; the list is cut to fit\n\n`,
            collapsed: false
        }
    ];
}
function changesSummary(changes, kinds) {
    const byKind = new Map();
    const modules = new Set();
    for (let i = 0; i < changes.length; i++) {
        const rc = changes[i];
        const kind = kinds[i];
        if (kind === 'no-op')
            continue;
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
        modules.add(moduleOf(rc));
    }
    const rows = KIND_ORDER.filter(k => byKind.has(k)).map(k => `| ${KIND_LABEL[k]} | ${byKind.get(k).toLocaleString('en-US')} |`);
    return `### Changes\n\nThe changes in ${modules.size.toLocaleString('en-US')} modules are too many to list here:\n\n| action | resources |\n| --- | ---: |\n${rows.join('\n')}\n\n`;
}
/** The markdown for a plan that failed before it produced a plan file. */
function renderPlanFailure(errorText, options = {}) {
    const title = options.title ?? 'Plan';
    const context = [];
    if (options.workingDirectory)
        context.push(`\`${options.workingDirectory}\``);
    if (options.workspace)
        context.push(`workspace \`${options.workspace}\``);
    if (options.commit)
        context.push(`commit ${options.commit}`);
    const max = Math.min(options.maxChars ?? COMMENT_LIMIT, COMMENT_LIMIT) - 400;
    const text = errorText.length > max ? `${errorText.slice(0, max)}\n…` : errorText;
    return `**:x: ${title} failed.** Terraform reported an error; nothing was planned.\n${context.length ? context.join(' · ') + '\n' : ''}\n${fenced(text)}\n`;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./lib/core/zip.ts
/**
 * The entries of a zip archive held in memory, read from its central directory (as Go's archive/zip,
 * which writes and reads Terraform's plan files, does). Stored and deflated entries; ZIP64, encrypted
 * entries and duplicate names are refused, so that what is read is what any other reader reads.
 */


const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Every entry by name, in the archive's order; `what` names the archive in errors. */
function zipEntries(bytes, what, maxEntryBytes = 256 * 1024 * 1024) {
    const bad = (problem) => new errors/* UserError */.yo(`${what} is not a zip archive Terraform wrote: ${problem}`);
    let eocd = -1;
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
        if (bytes.readUInt32LE(at) === EOCD) {
            eocd = at;
            break;
        }
    if (eocd < 0)
        throw bad('no end of central directory');
    const count = bytes.readUInt16LE(eocd + 10);
    let at = bytes.readUInt32LE(eocd + 16);
    if (count === 0xffff || at === 0xffffffff)
        throw bad('ZIP64 archives are not read');
    const entries = new Map();
    for (let i = 0; i < count; i++) {
        if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL)
            throw bad(`central directory entry ${i}`);
        const flags = bytes.readUInt16LE(at + 8);
        const method = bytes.readUInt16LE(at + 10);
        const compressed = bytes.readUInt32LE(at + 20);
        const size = bytes.readUInt32LE(at + 24);
        const nameLength = bytes.readUInt16LE(at + 28);
        const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
        const local = bytes.readUInt32LE(at + 42);
        const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
        at += 46 + skip;
        if (flags & 1)
            throw bad(`${name} is encrypted`);
        if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
            throw bad('ZIP64 archives are not read');
        if (size > maxEntryBytes)
            throw bad(`${name} is larger than ${maxEntryBytes} bytes`);
        if (entries.has(name))
            throw bad(`two entries are named ${name}`);
        if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL)
            throw bad(`${name} has no local header`);
        const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
        if (start + compressed > bytes.length)
            throw bad(`${name} is truncated`);
        const raw = bytes.subarray(start, start + compressed);
        let data;
        if (method === 0)
            data = Buffer.from(raw);
        else if (method === 8) {
            try {
                data = (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: Math.max(size, 1) });
            }
            catch {
                throw bad(`${name} does not inflate`);
            }
        }
        else
            throw bad(`${name} has compression method ${method}`);
        if (data.length !== size)
            throw bad(`${name} is ${data.length} bytes, not the ${size} its entry says`);
        entries.set(name, data);
    }
    return entries;
}

;// CONCATENATED MODULE: ./lib/terraform/plan-file.ts
/**
 * The reviewed plan and its checksum.
 *
 * plan-sha256 is the SHA-256 of the plan's content, not of the file's bytes (which hold a timestamp,
 * so no two plans have the same bytes). The content is one canonical JSON document with:
 * - `plan`: the whole of `terraform show -json PLANFILE` (variables, resource_changes, output_changes,
 *   prior_state, planned_values, configuration, checks, relevant_attributes, …) without its volatile
 *   fields, object keys sorted, arrays in their order;
 * - `configuration`: the SHA-256 of every file of the configuration snapshot the plan file carries
 *   (tfconfig/…, .terraform.lock.hcl), because the JSON gives an expression that is not a constant
 *   (a local-exec command with a variable in it) as its references only, and apply runs that snapshot.
 *
 * Left out, because two plans of the same commit and state differ there (Terraform 1.11.4):
 * - the `timestamp` of the plan;
 * - the order of `relevant_attributes` (Terraform lists that set in map order): it is sorted;
 * - the plan file's `tfplan` (binary, with the timestamp), `tfstate` and `tfstate-prev` entries, whose
 *   values are the JSON's prior_state; Terraform refuses a plan whose state is stale by itself.
 * Numbers keep the digits Terraform wrote (its numbers are arbitrary-precision).
 *
 * So a plan made again on the same commit and state has the checksum of the reviewed one, and a plan
 * that differs in anything apply executes (a change, a variable, a provisioner's command) does not.
 * Apply copies the plan file to a private directory once, then shows, checks and applies that copy,
 * so the file cannot be swapped between the check and the apply.
 */








/** Top-level fields of the plan JSON that two plans of the same commit and state do not share. */
const VOLATILE_FIELDS = ['timestamp'];
/** Top-level arrays that are sets, listed in no stable order: sorted by their elements' canonical JSON. */
const UNORDERED_FIELDS = ['relevant_attributes'];
/** Plan file entries not in the checksum (their content is in the plan JSON, or volatile). */
const ENTRIES_NOT_HASHED = ['tfplan', 'tfstate', 'tfstate-prev'];
/** A JSON number as Terraform wrote it. */
class JsonNumber {
    text;
    constructor(text) {
        this.text = text;
    }
}
/** Canonical JSON: object keys sorted recursively, arrays in order, no whitespace. */
function canonicalJson(value) {
    if (value instanceof JsonNumber)
        return value.text;
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object')
        return `{${Object.keys(value)
            .sort()
            .map(key => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
            .join(',')}}`;
    return JSON.stringify(value);
}
/** The plan's content: the plan JSON without its volatile fields, and the configuration snapshot's digests. */
function planContent(plan, files) {
    const kept = {};
    for (const [key, value] of Object.entries(plan)) {
        if (VOLATILE_FIELDS.includes(key))
            continue;
        kept[key] =
            UNORDERED_FIELDS.includes(key) && Array.isArray(value)
                ? value
                    .map(canonicalJson)
                    .sort()
                    .map(text => parseJsonExact(text))
                : value;
    }
    const configuration = {};
    for (const [name, bytes] of files)
        if (!ENTRIES_NOT_HASHED.includes(name))
            configuration[name] = sha256Hex(bytes);
    return { configuration, plan: kept };
}
function planContentSha256(plan, files) {
    return sha256Hex(Buffer.from(canonicalJson(planContent(plan, files)), 'utf8'));
}
function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
// JSON strings have no raw control characters (U+0000 to U+001F).
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** JSON.parse, except that numbers stay as written (JsonNumber). */
function parseJsonExact(text) {
    let at = 0;
    const fail = () => {
        throw new SyntaxError(`not JSON at offset ${at}`);
    };
    const space = () => {
        while (at < text.length && ' \t\n\r'.includes(text[at]))
            at++;
    };
    const string = () => {
        STRING.lastIndex = at;
        const match = STRING.exec(text);
        if (!match)
            fail();
        at += match[0].length;
        return JSON.parse(match[0]);
    };
    const value = () => {
        space();
        const c = text[at];
        if (c === '"')
            return string();
        if (c === '{') {
            at++;
            const object = {};
            space();
            if (text[at] === '}')
                return (at++, object);
            for (;;) {
                space();
                if (text[at] !== '"')
                    fail();
                const key = string();
                space();
                if (text[at++] !== ':')
                    fail();
                Object.defineProperty(object, key, {
                    value: value(),
                    enumerable: true,
                    writable: true,
                    configurable: true
                });
                space();
                const next = text[at++];
                if (next === '}')
                    return object;
                if (next !== ',')
                    fail();
            }
        }
        if (c === '[') {
            at++;
            const array = [];
            space();
            if (text[at] === ']')
                return (at++, array);
            for (;;) {
                array.push(value());
                space();
                const next = text[at++];
                if (next === ']')
                    return array;
                if (next !== ',')
                    fail();
            }
        }
        for (const [word, literal] of [
            ['true', true],
            ['false', false],
            ['null', null]
        ])
            if (text.startsWith(word, at))
                return ((at += word.length), literal);
        NUMBER.lastIndex = at;
        const number = NUMBER.exec(text);
        if (!number)
            fail();
        at += number[0].length;
        return new JsonNumber(number[0]);
    };
    const result = value();
    space();
    if (at !== text.length)
        fail();
    return result;
}
/** `terraform show -json` of `planFile` (whose bytes are `bytes`, read before), and its content checksum. */
async function showPlan(tf, planFile, bytes) {
    const planBytes = bytes ?? (await readPlanFile(planFile));
    const { stdout } = await tf.run(showArgs(planFile), { stream: false, title: 'terraform show -json' });
    const source = `terraform show -json ${planFile}`;
    const plan = extractPlanJson(stdout, source);
    let exact;
    try {
        exact = parseJsonExact(planJsonText(stdout));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${source} printed no plan JSON to checksum: ${error.message}`);
    }
    const files = zipEntries(planBytes, `The plan file ${planFile}`);
    return { plan, sha256: planContentSha256(exact, files) };
}
/** The JSON document in show's output (as extractPlanJson finds it: all of it, or its plan line). */
function planJsonText(stdout) {
    const body = stdout.replace(/^\uFEFF/, '');
    try {
        JSON.parse(body);
        return body;
    }
    catch {
        return stdout.split('\n').find(line => line.startsWith('{"format_version"')) ?? body;
    }
}
async function readPlanFile(path) {
    try {
        return await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Cannot read the plan file ${path} (${error.code})`);
    }
}
/** A private, read-only copy of `planFile` under `tempDir` (RUNNER_TEMP in a job). */
async function privatePlanCopy(planFile, tempDir = (0,external_node_os_.tmpdir)()) {
    const bytes = await readPlanFile(planFile);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempDir, 'shipline-plan-'));
    const path = (0,external_node_path_.join)(dir, 'reviewed.tfplan');
    await (0,promises_.writeFile)(path, bytes, { mode: 0o400 });
    return { path, bytes, remove: () => (0,promises_.rm)(dir, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./lib/terraform/errors.ts
/**
 * Terraform's error output, read for what a user needs: the state lock (its id, holder, age and
 * how to release it), expired AWS credentials, a stale plan, and the `Error:` diagnostics, without
 * the decoration around them.
 */
/** Terraform's diagnostics box (`╷ │ ╵`) removed, so both coloured and -no-color output read alike. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
function plainLines(text) {
    return text
        .replace(ANSI_COLOUR, '')
        .split(/\r?\n/)
        .map(line => line.replace(/^[│╷╵]\s?/, '').trimEnd());
}
/** The lock Terraform could not acquire, from its "Error acquiring the state lock" message. */
function parseLockError(output) {
    if (!/Error acquiring the state lock|Error locking state/.test(output))
        return undefined;
    const fields = {};
    let inLockInfo = false;
    let pgWorkspace;
    for (const line of plainLines(output)) {
        // internal/backend/remote-state/pg/client.go: the lock is a PostgreSQL advisory lock.
        const pg = /^Error message: (?:Workspace is already locked|Already locked for workspace creation): (.*)$/.exec(line.trim());
        if (pg)
            pgWorkspace = pg[1].trim();
        if (/^\s*Lock Info:\s*$/.test(line)) {
            inLockInfo = true;
            continue;
        }
        if (!inLockInfo)
            continue;
        const match = /^\s+([A-Za-z]+):\s*(.*)$/.exec(line);
        if (!match) {
            if (line.trim() === '')
                continue;
            break;
        }
        fields[match[1].toLowerCase()] = match[2].trim();
    }
    if (!fields.id)
        return { id: '', ...(pgWorkspace !== undefined ? { pgWorkspace } : {}) };
    return {
        ...(pgWorkspace !== undefined ? { pgWorkspace } : {}),
        id: fields.id,
        path: fields.path || undefined,
        operation: fields.operation || undefined,
        who: fields.who || undefined,
        version: fields.version || undefined,
        created: fields.created || undefined
    };
}
/** One line: who holds the lock, since when, and how to release it. */
function lockMessage(lock, workingDirectory, lockTimeoutSeconds) {
    const waited = lockTimeoutSeconds > 0 ? ` (waited ${lockTimeoutSeconds}s, the lock-timeout)` : '';
    if (lock.pgWorkspace !== undefined)
        return (`The Terraform state is locked${waited}: another run holds the pg backend's lock on workspace "${lock.pgWorkspace}". ` +
            `The pg backend does not record who holds it${lock.id ? ` (the lock ${lock.id} that Terraform printed is this run's own request)` : ''}. ` +
            `It is a PostgreSQL advisory lock of the other run's database session, released when that terraform exits; terraform force-unlock cannot release it. ` +
            `Wait for that run to finish (its session is in pg_locks, locktype advisory, joined with pg_stat_activity), or raise lock-timeout.`);
    if (!lock.id)
        return `The Terraform state is locked by another run${waited}; Terraform did not say by whom. Wait for it to finish, or release the lock with terraform force-unlock LOCK_ID in ${workingDirectory}.`;
    const holder = lock.who ? ` is held by ${lock.who}` : ' is held';
    const since = lock.created ? ` since ${lock.created}` : '';
    const what = [lock.operation && `operation ${lock.operation}`, lock.path && `state ${lock.path}`]
        .filter(Boolean)
        .join(', ');
    return (`The Terraform state is locked${waited}: lock ${lock.id}${holder}${since}${what ? ` (${what})` : ''}. ` +
        `Wait for that run to finish; if it died, release the lock with: terraform force-unlock -force ${lock.id} (in ${workingDirectory}), or raise lock-timeout.`);
}
/** The `Error: …` diagnostics of Terraform's output, each with its first line of detail. */
function terraformErrors(output) {
    const lines = plainLines(output);
    const errors = [];
    for (let i = 0; i < lines.length; i++) {
        const match = /^\s*Error: (.*)$/.exec(lines[i]);
        if (!match)
            continue;
        let text = match[1].trim();
        // The detail follows after a blank line (or a `with …`/`on …` location block).
        for (let j = i + 1; j < lines.length && j < i + 12; j++) {
            const next = lines[j].trim();
            if (next === '' || /^(on |with )/.test(next) || /^\d+:/.test(next) || /^[├│─]/.test(next))
                continue;
            if (/^(Error|Warning): /.test(next))
                break;
            text += text.endsWith(':') || text.endsWith('.') ? ` ${next}` : `: ${next}`;
            break;
        }
        errors.push(text);
    }
    return errors;
}
/**
 * Expired AWS credentials in Terraform's output (the S3 backend's or the AWS provider's error), as
 * AWS worded it: "ExpiredToken: The provided token has expired".
 */
function expiredCredentials(output) {
    const match = /\b(ExpiredToken(?:Exception)?|RequestExpired)\b(?::[ \t]*([^\n.]*))?/.exec(plainLines(output).join('\n'));
    if (!match)
        return undefined;
    return match[2]?.trim() ? `${match[1]}: ${match[2].trim()}` : match[1];
}
/** Where Terraform wrote the state it could not save to the backend ("errored.tfstate"). */
function erroredStateFile(output) {
    return /the state has\s+been\s+written\s+to\s+the\s+file\s+"([^"]+)"/.exec(plainLines(output).join(' '))?.[1];
}
/** Whether Terraform refused a saved plan because the state changed after it was made. */
function stalePlan(output) {
    return /Error: Saved plan is stale/.test(plainLines(output).join('\n'));
}
/** Whether Terraform could not release the state lock it held. */
function lockReleaseFailed(output) {
    return /Error releasing the state lock|Failed to unlock state/.test(output);
}

;// CONCATENATED MODULE: ./lib/terraform/terraform.ts
/**
 * Runs Terraform: output streamed to the log (folded per command), failures turned into one-line
 * errors that say what Terraform said: the state lock and who holds it, expired AWS credentials, a
 * stale plan, or its `Error:` lines. A cancel (exec passes SIGINT on) becomes TerraformCancelledError,
 * which says whether Terraform stopped by itself and released its state lock.
 */





/**
 * How long Terraform has to stop after SIGINT before it gets SIGTERM, which it takes as a second
 * interrupt: it then exits at once, and the state lock may stay held. (On GitHub the runner ends the
 * whole step 10 s after its own SIGINT anyway.)
 */
const TERRAFORM_STOP_GRACE_MS = 5 * 60_000;
class TerraformFailedError extends errors/* UserError */.yo {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
        this.name = 'TerraformFailedError';
    }
}
class StateLockedError extends TerraformFailedError {
    constructor(message, result) {
        super(message, result);
        this.name = 'StateLockedError';
    }
}
/** Terraform was cancelled: `markdown` is the job summary's account of it. */
class TerraformCancelledError extends errors/* UserError */.yo {
    markdown;
    constructor(message, markdown) {
        super(message);
        this.markdown = markdown;
        this.name = 'TerraformCancelledError';
    }
}
/** The commands that take the state lock (unless run with -lock=false). */
const LOCKING = new Set(['plan', 'apply', 'refresh', 'import', 'taint', 'untaint']);
class Terraform {
    path;
    options;
    constructor(path, options) {
        this.path = path;
        this.options = options;
    }
    /** Run `terraform args…`; `stream: false` for output that may hold sensitive values (show, output). */
    async run(args, options = {}) {
        const title = options.title ?? `terraform ${args[0]}`;
        try {
            return await run(this.path, args, {
                cwd: this.options.cwd,
                env: { ...this.options.env, TF_IN_AUTOMATION: 'true', TF_INPUT: '0' },
                okExitCodes: options.okExitCodes,
                stream: options.stream,
                groupTitle: title,
                stopGraceMs: TERRAFORM_STOP_GRACE_MS
            });
        }
        catch (error) {
            if (error instanceof CommandFailedError)
                throw this.explain(args, error.result);
            if (error instanceof CancelledError)
                throw this.cancelled(args, title, error);
            throw error;
        }
    }
    cancelled(args, title, error) {
        const where = `in ${this.options.label}`;
        const { signal, forced, graceSeconds } = error.stop;
        if (!error.result) {
            const text = `Cancelled (${signal}) before ${title} ${where}: it was not started, and nothing more ran`;
            return new TerraformCancelledError(`${text}.`, `**:stop_sign:** ${text}.`);
        }
        const output = `${error.result.stderr}\n${error.result.stdout}`;
        const locks = LOCKING.has(args[0]) && !args.includes('-lock=false');
        let outcome;
        if (forced)
            outcome = `Terraform did not stop within ${graceSeconds}s of SIGINT and was ended with ${forced}${locks ? ': the state lock may still be held (terraform force-unlock), and what it changed may be missing from the state' : ''}`;
        else if (locks && lockReleaseFailed(output))
            outcome = `Terraform stopped, but could not release the state lock: ${terraformErrors(output).join(' | ') || 'see the log'}`;
        else if (locks)
            outcome = 'Terraform stopped gracefully and released the state lock';
        else
            outcome = 'Terraform stopped';
        const after = args[0] === 'apply'
            ? '; what it changed before the cancel is in the state, and the next run converges'
            : '';
        const text = `${title} ${where} was cancelled (${signal}): ${outcome}${after}`;
        return new TerraformCancelledError(`Cancelled: ${text}.`, `**:stop_sign: Cancelled** (${signal}) during \`${title}\` ${where}: ${outcome}${after}.`);
    }
    explain(args, result) {
        const output = `${result.stderr}\n${result.stdout}`;
        const where = `${this.options.label}`;
        const expired = expiredCredentials(output);
        if (expired)
            return new TerraformFailedError((0,secrets/* redact */.E)(this.expiredMessage(args, expired, output)), result);
        const lock = parseLockError(output);
        if (lock)
            return new StateLockedError(lockMessage(lock, where, this.options.lockTimeoutSeconds), result);
        if (args[0] === 'apply' && stalePlan(output))
            return new TerraformFailedError(`The plan is stale: the state changed after the plan was made (another run applied since), so Terraform refused it and nothing was applied in ${where}. Plan again and review the new plan.`, result);
        const errors = terraformErrors(result.stderr).concat(result.stderr.trim() ? [] : terraformErrors(result.stdout));
        const said = errors.length
            ? errors.join(' | ')
            : (result.stderr || result.stdout)
                .split('\n')
                .map(line => line.trim())
                .filter(Boolean)
                .slice(-3)
                .join(' | ');
        return new TerraformFailedError((0,secrets/* redact */.E)(`terraform ${args[0]} failed in ${where} (exit ${result.exitCode})${said ? `: ${said}` : ''}`), result);
    }
    expiredMessage(args, expired, output) {
        const errored = erroredStateFile(output);
        const lines = [
            `The AWS credentials expired during terraform ${args[0]} in ${this.options.label} (${expired}).`,
            "The AWS session was shorter than the run: give aws-actions/configure-aws-credentials a role-duration-seconds that covers the longest apply or destroy (at most the role's MaxSessionDuration, which may need raising too)."
        ];
        if (errored)
            lines.push(`Terraform could not save the state and wrote it to ${(0,external_node_path_.join)(this.options.cwd, errored)}: with fresh credentials, push it (terraform state push ${errored} in ${this.options.label}) before anything else runs, or the next run works from an outdated state.`);
        if (lockReleaseFailed(output))
            lines.push('The state lock could not be released either: release it with terraform force-unlock once the state is pushed.');
        return lines.join(' ');
    }
}

;// CONCATENATED MODULE: ./lib/terraform/job.ts
/**
 * A Terraform job: find or install Terraform, init, then run the command: plan, check (drift),
 * apply (only a plan whose content checksum is the reviewed plan-sha256: the given plan file, or a
 * plan made again here), destroy (preview, then only on confirmation, by the same rule) or output.
 *
 * The job writes nothing a user sees itself: it fills a JobReport (outputs, job-summary parts, the
 * PR comment's body) as it goes, so that what happened before a failure is reported too; the caller
 * publishes the report.
 */















function newJobReport() {
    return { outputs: [], summary: [] };
}
/** Install, init, then the command; fills `report` as it goes. */
async function runTerraformJob(inputs, env, report) {
    const terraform = await resolveTerraform(inputs.terraformVersion, inputs.terraformDownloadUrl, env);
    const tf = new Terraform(terraform.path, {
        cwd: inputs.workingDirectory,
        env,
        label: inputs.workingDirectoryLabel,
        lockTimeoutSeconds: inputs.lockTimeoutSeconds
    });
    const tempDir = env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    await (0,promises_.mkdir)(tempDir, { recursive: true });
    const varsFile = await prepareVarsFile(inputs.vars, inputs.workingDirectory, tempDir);
    const job = new Job(tf, inputs, report, tempDir, varsFile?.path);
    try {
        await tf.run(initArgs(inputs));
        if (inputs.selectWorkspace)
            await tf.run(workspaceArgs(inputs.workspace), { title: 'terraform workspace select' });
        await job.run();
    }
    catch (error) {
        if (error instanceof TerraformCancelledError)
            report.summary.push(error.markdown);
        throw error;
    }
    finally {
        await varsFile?.remove();
    }
}
/** The hidden marker's length is left for the caller: the comment's body stays under the limit with it. */
const COMMENT_BODY_LIMIT = (markerLength) => COMMENT_LIMIT - markerLength - 1;
class Job {
    tf;
    inputs;
    report;
    tempDir;
    varsFile;
    constructor(tf, inputs, report, tempDir, 
    /** The vars input as a private .tfvars.json (vars-file.ts), for every plan. */
    varsFile) {
        this.tf = tf;
        this.inputs = inputs;
        this.report = report;
        this.tempDir = tempDir;
        this.varsFile = varsFile;
    }
    run() {
        switch (this.inputs.command) {
            case 'plan':
                return this.plan();
            case 'check':
                return this.check();
            case 'apply':
                return this.apply();
            case 'destroy':
                return this.destroy();
            case 'output':
                return this.outputs();
        }
    }
    get context() {
        return {
            workingDirectory: this.inputs.workingDirectoryLabel,
            workspace: this.inputs.workspace,
            commit: this.inputs.context.commit
        };
    }
    output(name, value) {
        this.report.outputs.push([name, value]);
    }
    summary(markdown) {
        this.report.summary.push(markdown);
    }
    async plan() {
        await this.validate(true);
        const planned = await this.makePlan({ destroy: false, comment: true });
        const rendered = await this.describe(planned, 'Plan');
        this.report.comment = rendered.comment.markdown;
        if (!this.inputs.lock)
            this.unlockedNote();
    }
    async check() {
        await this.validate(false);
        const planned = await this.makePlan({ destroy: false, comment: false });
        const { summary } = await this.describe(planned, 'Drift check');
        if (!this.inputs.lock)
            this.unlockedNote();
        if (planned.exitCode === 2)
            throw new errors/* UserError */.yo(`Drift in ${this.inputs.workingDirectoryLabel} (workspace ${this.inputs.workspace}): the plan has changes (${countsLine(summary.counts)}); see the job summary`);
        (0,log/* info */.pq)('No drift: the infrastructure matches the configuration');
    }
    /**
     * Applies the reviewed plan: the plan file (given, or written by a plan step of this job) when its
     * content checksum is plan-sha256; without one, a plan made again here, only when its checksum is.
     */
    async apply() {
        const { planSha256 = '', planAgain, workingDirectoryLabel } = this.inputs;
        if (planAgain) {
            await this.planAndApply({
                destroy: false,
                expected: planSha256,
                title: 'Apply',
                applyTitle: 'terraform apply'
            });
            this.summary(`Applied plan sha256 \`${planSha256}\` in \`${workingDirectoryLabel}\`: planned again here, the plan is the reviewed one (same content checksum).`);
        }
        else {
            await this.applySaved(planSha256, 'Apply', 'terraform apply');
            this.summary(`Applied plan sha256 \`${planSha256}\` in \`${workingDirectoryLabel}\`: the reviewed plan file, checked by its content checksum.`);
        }
        await this.outputs();
    }
    async destroy() {
        const { confirm, planSha256, planAgain, workspace, workingDirectoryLabel } = this.inputs;
        const applyTitle = 'terraform apply (destroy)';
        let sha256;
        let how = '';
        if (confirm !== undefined && planSha256 && !planAgain) {
            // The teardown plan that was previewed (and approved) is applied, not a new one.
            sha256 = await this.applySaved(planSha256, 'Teardown', applyTitle);
            how = ': the previewed teardown plan file, checked by its content checksum';
        }
        else if (confirm !== undefined && planSha256) {
            sha256 = await this.planAndApply({ destroy: true, expected: planSha256, title: 'Teardown', applyTitle });
            how = ': planned again here, the teardown plan is the previewed one (same content checksum)';
        }
        else if (confirm !== undefined) {
            sha256 = await this.planAndApply({ destroy: true, title: 'Teardown preview', applyTitle });
        }
        else {
            const planned = await this.makePlan({ destroy: true, comment: false });
            await this.describe(planned, 'Teardown preview');
            const note = `Preview only: nothing was destroyed. To destroy, run again with confirm: ${workspace}.`;
            (0,log/* info */.pq)(note);
            this.summary(`_${note}_`);
            return;
        }
        this.summary(`Destroyed workspace \`${workspace}\` of \`${workingDirectoryLabel}\` (plan sha256 \`${sha256}\`)${how}.`);
    }
    async outputs() {
        const { stdout } = await this.tf.run(OUTPUT_ARGS, { stream: false });
        const { values, sensitive } = exportableOutputs(stdout);
        this.output(job_options/* JOB_OUTPUTS */.x.outputs, JSON.stringify(values));
        const reserved = new Set(Object.values(job_options/* JOB_OUTPUTS */.x));
        for (const [name, value] of Object.entries(values)) {
            if (reserved.has(name)) {
                (0,log/* warning */.$e)(`Terraform output "${name}" has the name of one of this action's outputs; read it from outputs`);
                continue;
            }
            this.output(name, outputText(value));
        }
        (0,log/* info */.pq)(`${Object.keys(values).length} outputs exported`);
        if (sensitive.length)
            (0,log/* info */.pq)(`Sensitive outputs kept in the job: ${sensitive.join(', ')}`);
    }
    /**
     * Copy the plan file privately, show the copy and check its content checksum against `expected`,
     * then describe it (for the outputs and the summary) and apply that copy; nothing is applied when
     * the checksum differs. Returns the checksum.
     */
    async applySaved(expected, title, applyTitle) {
        await (0,promises_.mkdir)(this.tempDir, { recursive: true });
        const copy = await privatePlanCopy(this.inputs.planFile, this.tempDir);
        try {
            const planned = await this.show(copy);
            if (planned.sha256 !== expected)
                throw new errors/* UserError */.yo(`The plan is not the one reviewed: plan-sha256 is ${expected} but the plan file ${this.inputs.planFile} has ${planned.sha256}; nothing was applied. Plan again and review the new plan`);
            (0,log/* info */.pq)(`Plan sha256 ${expected} matches the reviewed plan ${this.inputs.planFile}`);
            await this.applyChecked(planned, copy, title, applyTitle);
            return planned.sha256;
        }
        finally {
            await copy.remove();
        }
    }
    /**
     * Plan (again) with the lock, copy the plan privately, show the copy; with `expected`, apply it only
     * when its content checksum is that one (else describe the new plan, and fail). Returns the checksum.
     */
    async planAndApply(options) {
        const exitCode = await this.runPlan({ destroy: options.destroy, comment: false });
        await (0,promises_.mkdir)(this.tempDir, { recursive: true });
        const copy = await privatePlanCopy(this.inputs.planFile, this.tempDir);
        try {
            const planned = { ...(await this.show(copy)), exitCode };
            const { expected } = options;
            if (expected !== undefined && planned.sha256 !== expected) {
                await this.describe(planned, options.destroy ? 'Teardown planned again, not applied' : 'Planned again, not applied');
                throw new errors/* UserError */.yo(`The plan changed since it was reviewed: plan-sha256 is ${expected} but the plan made again here has ${planned.sha256}; nothing was applied. Review the new plan (in the job summary) and run again`);
            }
            if (expected !== undefined)
                (0,log/* info */.pq)(`Plan sha256 ${expected}: the plan made again is the reviewed one`);
            await this.applyChecked(planned, copy, options.title, options.applyTitle);
            return planned.sha256;
        }
        finally {
            await copy.remove();
        }
    }
    async applyChecked(planned, copy, title, applyTitle) {
        if (planned.plan.errored)
            throw new errors/* UserError */.yo('The plan errored; an errored plan cannot be applied');
        await this.describe(planned, title);
        await this.tf.run(applyArgs(this.inputs, copy.path), { title: applyTitle });
    }
    /** An invalid configuration fails like a failed plan: in the summary, and in the comment. */
    async validate(comment) {
        try {
            await this.tf.run(VALIDATE_ARGS);
        }
        catch (error) {
            if (error instanceof TerraformFailedError)
                this.describeFailure(error, comment);
            throw error;
        }
    }
    unlockedNote() {
        const note = 'Planned without the state lock (lock: false): for review only; a concurrent run may have changed the state meanwhile.';
        (0,log/* info */.pq)(note);
        this.summary(`_${note}_`);
    }
    async makePlan(options) {
        const exitCode = await this.runPlan(options);
        return { ...(await showPlan(this.tf, this.inputs.planFile)), exitCode };
    }
    /** `terraform plan -out=PLANFILE`; its exit code (0: no changes, 2: changes). */
    async runPlan(options) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.inputs.planFile), { recursive: true });
        try {
            const result = await this.tf.run(planArgs(this.inputs, { ...options, varsFile: this.varsFile }), {
                okExitCodes: [0, 2],
                title: options.destroy ? 'terraform plan -destroy' : 'terraform plan'
            });
            return result.exitCode;
        }
        catch (error) {
            if (error instanceof TerraformFailedError && !(error instanceof StateLockedError))
                this.describeFailure(error, options.comment);
            throw error;
        }
    }
    /** Show the private copy (its bytes as copied): the plan JSON and the content checksum. */
    show(copy) {
        return showPlan(this.tf, copy.path, copy.bytes);
    }
    /** Outputs and the job summary of a plan; returns the comment and the summary renders. */
    async describe(planned, title) {
        const planJson = `${this.inputs.planFile}.json`;
        await (0,promises_.writeFile)(planJson, JSON.stringify(planned.plan));
        const context = { ...this.context, title, planSha256: planned.sha256 };
        const summary = renderPlanComment(planned.plan, {
            ...context,
            maxChars: SUMMARY_LIMIT,
            limitName: "the job summary's 1 MiB limit",
            fullRenderAt: `The whole plan is in ${planJson} (render it with shipline plan-comment).`
        });
        const comment = renderPlanComment(planned.plan, {
            ...context,
            maxChars: COMMENT_BODY_LIMIT(this.inputs.commentMarker.length)
        });
        const { counts } = summary;
        // A saved plan applied (apply, or destroy of the previewed plan) has no plan exit code.
        const hasChanges = planned.exitCode === undefined ? summary.hasChanges : planned.exitCode === 2;
        this.output(job_options/* JOB_OUTPUTS */.x.hasChanges, String(hasChanges));
        this.output(job_options/* JOB_OUTPUTS */.x.add, String(counts.add));
        this.output(job_options/* JOB_OUTPUTS */.x.change, String(counts.change));
        this.output(job_options/* JOB_OUTPUTS */.x.destroy, String(counts.destroy));
        this.output(job_options/* JOB_OUTPUTS */.x.replace, String(counts.replace));
        this.output(job_options/* JOB_OUTPUTS */.x.planFile, this.inputs.planFile);
        this.output(job_options/* JOB_OUTPUTS */.x.planSha256, planned.sha256);
        this.output(job_options/* JOB_OUTPUTS */.x.planJson, planJson);
        this.summary(summary.markdown);
        (0,log/* info */.pq)(`${title}: ${countsLine(counts)} (plan sha256 ${planned.sha256})`);
        return { comment, summary };
    }
    describeFailure(error, comment) {
        const text = (0,secrets/* redact */.E)((error.result.stderr || error.result.stdout).trim());
        const markdown = renderPlanFailure(text, {
            ...this.context,
            maxChars: COMMENT_BODY_LIMIT(this.inputs.commentMarker.length)
        });
        this.summary(markdown);
        if (comment)
            this.report.comment = markdown;
    }
}


/***/ })

};
