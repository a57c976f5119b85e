export const id = 10;
export const ids = [10];
export const modules = {

/***/ 2010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPushService: () => (/* binding */ buildPushService),
  checkService: () => (/* binding */ checkService),
  withBuildArgs: () => (/* binding */ withBuildArgs)
});

// UNUSED EXPORTS: RegistryAccess, archivePath, identify, newSession

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(1085);
// EXTERNAL MODULE: ./lib/core/exec.ts
var exec = __webpack_require__(5219);
;// CONCATENATED MODULE: ./lib/git/git.ts
/**
 * Git, read-only as far as the user can see: the repository root, the commit, the object ids of
 * paths (of the working tree when it has uncommitted changes there), and the files changed since a
 * base. Paths given to and returned by these functions are relative to the repository's top level.
 */






/** Run git quietly (argv only; paths taken literally); stdout. */
async function git(cwd, args, options = {}) {
    const result = await (0,exec/* run */.eF)('git', ['--literal-pathspecs', ...args], {
        cwd,
        stream: false,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
        okExitCodes: options.okExitCodes
    });
    return { stdout: result.stdout, exitCode: result.exitCode };
}
/** The top level of the git work tree holding `cwd`. */
async function git_gitTopLevel(cwd) {
    const { stdout, exitCode } = await git(cwd, ['rev-parse', '--show-toplevel'], { okExitCodes: [0, 128] });
    if (exitCode !== 0)
        throw new errors/* UserError */.yo(`${cwd} is not inside a git repository; Shipline computes content tags from git`);
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
    const { stdout } = await (0,exec/* run */.eF)('git', ['cat-file', '--batch-check=%(objectname)'], {
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
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipline-index-'));
        try {
            const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, 'index') };
            await git(top, head ? ['read-tree', 'HEAD'] : ['read-tree', '--empty'], { env });
            const inHead = head ? await idsInTree(top, 'HEAD', wanted) : new Map();
            const present = wanted.filter(p => inHead.has(p) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(top, p)));
            if (present.length > 0)
                await git(top, ['add', '--all', '--', ...present], { env });
            const { stdout } = await git(top, ['write-tree'], { env });
            ids = await idsInTree(top, stdout.trim(), wanted);
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
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
async function git_changedFilesSince(top, base) {
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

;// CONCATENATED MODULE: ./lib/git/changed.ts
/**
 * Which services changed: a service changed when a file under one of its watched paths, or its
 * Dockerfile, differs from the base. The result is a GitHub Actions matrix (`{"include":[…]}`).
 */



/** The paths (relative to the configuration's directory) whose change rebuilds `service`. */
function watchedPaths(service) {
    const dockerfile = external_node_path_.posix.join(service.context, service.dockerfile);
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
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(prefix || '.', path));
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
    const top = await gitTopLevel(config.root);
    const files = await changedFilesSince(top, base);
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
    return (0,external_node_path_.relative)(await (0,promises_.realpath)(top), await (0,promises_.realpath)(root))
        .split('\\')
        .join('/');
}

// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(5422);
// EXTERNAL MODULE: ./lib/images/oci-archive.ts + 1 modules
var oci_archive = __webpack_require__(2040);
// EXTERNAL MODULE: ./lib/images/registry.ts + 4 modules
var registry = __webpack_require__(8326);
// EXTERNAL MODULE: ./lib/core/secrets.ts
var secrets = __webpack_require__(549);
// EXTERNAL MODULE: ./lib/images/builder-args.ts
var builder_args = __webpack_require__(2806);
;// CONCATENATED MODULE: ./lib/images/base-images.ts
/**
 * The base images of a Dockerfile and their digests, so the content tag covers them: when
 * `busybox:1.36` moves to a new image, the tag changes, the registry lacks it, and the service is
 * rebuilt. The Dockerfile is read the way the builder reads it (global ARGs with the build args over
 * their defaults, `FROM … AS stage`, `COPY --from=`); a reference pinned by digest needs no lookup.
 */



const DIGEST = /@(sha256:[0-9a-f]{64})$/;
/** Logical lines (continuations joined), comments and parser directives left out. */
function instructions(text) {
    const out = [];
    let pending = '';
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!pending && (line === '' || line.startsWith('#')))
            continue;
        if (line.endsWith('\\')) {
            pending += `${line.slice(0, -1)} `;
            continue;
        }
        const whole = `${pending}${line}`.trim();
        pending = '';
        const match = /^([A-Za-z]+)\s*(.*)$/.exec(whole);
        if (match)
            out.push({ keyword: match[1].toUpperCase(), rest: match[2] });
    }
    if (pending.trim()) {
        const match = /^([A-Za-z]+)\s*(.*)$/.exec(pending.trim());
        if (match)
            out.push({ keyword: match[1].toUpperCase(), rest: match[2] });
    }
    return out;
}
function unquote(value) {
    return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}
/** `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME:+alternative}` with the global ARGs. */
function substitute(text, args) {
    return text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_all, braced, op, word, bare) => {
        const value = args.get((braced ?? bare)) ?? '';
        if (op === '-')
            return value || (word ?? '');
        if (op === '+')
            return value ? (word ?? '') : '';
        return value;
    });
}
/**
 * The external images `dockerfile` builds from, in order and once each: every `FROM` that is not an
 * earlier stage or `scratch`, and every `COPY --from=IMAGE` / `RUN --mount=…,from=IMAGE` naming an image.
 */
function dockerfileBases(dockerfile, buildArgs) {
    const globals = new Map();
    const stages = new Set();
    const bases = [];
    const add = (ref) => {
        const image = ref.trim();
        if (!image || image.toLowerCase() === 'scratch' || stages.has(image.toLowerCase()))
            return;
        if (/^\d+$/.test(image))
            return; // COPY --from=0: a stage by index
        if (!bases.includes(image))
            bases.push(image);
    };
    let seenFrom = false;
    for (const { keyword, rest } of instructions(dockerfile)) {
        if (keyword === 'ARG' && !seenFrom) {
            for (const declaration of rest.split(/\s+/).filter(Boolean)) {
                const eq = declaration.indexOf('=');
                const name = eq < 0 ? declaration : declaration.slice(0, eq);
                const fallback = eq < 0 ? undefined : unquote(declaration.slice(eq + 1));
                const value = buildArgs[name] ?? fallback;
                if (value !== undefined)
                    globals.set(name, value);
            }
        }
        else if (keyword === 'FROM') {
            seenFrom = true;
            const words = rest.split(/\s+/).filter(word => !word.startsWith('--'));
            add(substitute(words[0] ?? '', globals));
            if (words[1]?.toUpperCase() === 'AS' && words[2])
                stages.add(words[2].toLowerCase());
        }
        else if (keyword === 'COPY' || keyword === 'ADD' || keyword === 'RUN') {
            for (const match of rest.matchAll(/--(?:from=|mount=\S*?\bfrom=)([^\s,]+)/g))
                add(match[1]);
        }
    }
    return bases;
}
/** A reference's registry host, repository and tag, as Docker resolves short names. */
function parseImageRef(ref) {
    const withoutDigest = ref.replace(/@sha256:[0-9a-f]{64}$/, '');
    const slash = withoutDigest.indexOf('/');
    const first = slash < 0 ? '' : withoutDigest.slice(0, slash);
    const isHost = first.includes('.') || first.includes(':') || first === 'localhost';
    let host = isHost ? first : 'docker.io';
    let path = isHost ? withoutDigest.slice(slash + 1) : withoutDigest;
    const colon = path.lastIndexOf(':');
    const tag = colon > path.lastIndexOf('/') && colon >= 0 ? path.slice(colon + 1) : 'latest';
    if (colon > path.lastIndexOf('/') && colon >= 0)
        path = path.slice(0, colon);
    if (host === 'docker.io' || host === 'index.docker.io') {
        host = 'registry-1.docker.io';
        if (!path.includes('/'))
            path = `library/${path}`;
    }
    return { host, repository: path, tag };
}
/** ref → digest for each of `refs`: pinned digests as written, the others through `resolve`. */
async function baseDigests(refs, resolve) {
    const out = {};
    for (const ref of refs) {
        const pinned = DIGEST.exec(ref);
        out[ref] = pinned ? pinned[1] : await resolve(ref);
    }
    return out;
}
/**
 * The builder's view of a base image: podman's local images (`localhost/…`) by their image id, every
 * other reference by the digest its registry serves for the tag (anonymously, or with the credentials
 * `docker login` saved).
 */
function defaultBaseResolver(ctx) {
    return async (ref) => {
        try {
            if (ctx.builder === 'podman' && ref.startsWith('localhost/')) {
                const { stdout } = await ctx.exec('podman', [...(0,builder_args/* podmanGlobalArgs */._$)(ctx.podman), 'image', 'inspect', '--format', '{{.Id}}', ref], { stream: false });
                const id = stdout.trim();
                if (!/^(sha256:)?[0-9a-f]{64}$/.test(id))
                    throw new Error(`podman reported the image id "${id}"`);
                return id.startsWith('sha256:') ? id : `sha256:${id}`;
            }
            const { host, repository, tag } = parseImageRef(ref);
            const credentials = await (0,registry/* savedCredentials */.YU)(host, ctx.env);
            const client = new registry/* RegistryClient */.bP({ host, insecure: (0,registry/* isLoopback */.U9)(host), credentials }, ctx.fetch);
            const digest = await client.manifestDigest(repository, tag);
            if (!digest)
                throw new Error(`${host} has no ${repository}:${tag}`);
            return digest;
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Base image ${ref}: cannot resolve its digest for the content tag (${error.message}); pin it by digest (FROM ${ref.replace(DIGEST, '')}@sha256:…) or make its registry reachable`);
        }
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/images/content-tag.ts
/**
 * The content tag: `src-<12 hex>` of everything that decides what a build produces, namely the git
 * object ids of the watched paths and of the Dockerfile, the build context, the build args, the
 * platforms and the digests of the base images. Same sources → same tag, on any machine; the
 * registry holding the tag means the build can be skipped, and lacking it means it must be built.
 */




const CONTENT_TAG = /^src-[0-9a-f]{12}$/;
/** The tag of `sources`; independent of the order of paths, build args and platforms. */
function contentTag(sources) {
    const lines = [
        'shipline-content-v1',
        `context ${sources.context}`,
        `dockerfile ${sources.dockerfile}`,
        ...Object.keys(sources.ids)
            .sort()
            .map(path => `path ${path} ${sources.ids[path]}`),
        ...Object.keys(sources.buildArgs)
            .sort()
            .map(name => `build-arg ${name}=${JSON.stringify(sources.buildArgs[name])}`),
        ...[...sources.platforms].sort().map(platform => `platform ${platform}`),
        ...Object.keys(sources.bases ?? {})
            .sort()
            .map(ref => `base ${ref} ${sources.bases?.[ref]}`)
    ];
    return `src-${(0,external_node_crypto_.createHash)('sha256').update(lines.join('\n')).digest('hex').slice(0, 12)}`;
}
/** The sources of `service` read from git (the working tree when it has uncommitted changes there). */
async function readContentSources(top, prefix, service, 
/** HEAD (null: no commit yet) and the repository's uncommitted files, when the caller has them. */
known = {}) {
    const dockerfile = external_node_path_.posix.join(service.context, service.dockerfile);
    const paths = [...new Set([...watchedPaths(service), dockerfile])];
    const { ids, dirty } = await pathObjectIds(top, paths.map(path => toGitPath(prefix, path)), known);
    return {
        dirty,
        sources: {
            context: service.context,
            dockerfile,
            ids: Object.fromEntries(paths.map(path => [path, ids.get(toGitPath(prefix, path)) ?? 'missing'])),
            buildArgs: service.buildArgs,
            platforms: service.platforms
        }
    };
}

// EXTERNAL MODULE: ./lib/images/options.ts + 1 modules
var images_options = __webpack_require__(706);
// EXTERNAL MODULE: ./lib/images/registry-target.ts
var registry_target = __webpack_require__(414);
;// CONCATENATED MODULE: ./lib/images/build-push.ts
/**
 * One service through build-push: content tag → registry check → build into an OCI archive (or take
 * the archive built and scanned earlier) → push those bytes → verify the registry's digest. Shared
 * by the action and `shipline build`.
 */















function newSession() {
    return { memo: new Map(), buildQueue: { tail: Promise.resolve() } };
}
/** Run `fn` after every build queued before it. */
function serialized(session, fn) {
    if (!session)
        return fn();
    const result = session.buildQueue.tail.then(fn, fn);
    session.buildQueue.tail = result.catch(() => undefined);
    return result;
}
function once(session, key, compute) {
    if (!session)
        return compute();
    if (!session.memo.has(key))
        session.memo.set(key, compute());
    return session.memo.get(key);
}
/** Where the OCI archive of a build goes (`$RUNNER_TEMP/shipline-build/<service>-<content tag>.oci.tar`). */
function archivePath(env, service, tag) {
    return (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'shipline-build', `${service}-${tag}.oci.tar`);
}
/** The service with `overrides` over its own build args. */
function withBuildArgs(service, overrides) {
    return Object.keys(overrides).length
        ? { ...service, buildArgs: { ...service.buildArgs, ...overrides } }
        : service;
}
/** Checks that need the file system only, before any side effect. */
async function checkService(config, service, options) {
    if (options.builder === 'podman' && service.platforms.length > 1)
        throw new errors/* UserError */.yo(`${config.file}: services.${service.name}.platforms: builder podman builds one platform at a time; use builder docker for ${service.platforms.join(', ')}`);
    const dockerfile = (0,external_node_path_.join)(config.root, service.context, service.dockerfile);
    try {
        await (0,promises_.access)(dockerfile);
    }
    catch {
        throw new errors/* UserError */.yo(`${config.file}: services.${service.name}: ${(0,external_node_path_.join)(service.context, service.dockerfile)} does not exist`);
    }
    // An archive given instead of a build: one OCI image, checked before any network call.
    if (options.archive)
        await (0,images_options/* checkArchive */.PI)(options.archive);
}
/** The content tag of `service` now (its sources, build args, platforms and base image digests). */
async function identify(config, service, options, ctx, session) {
    const top = await once(session, `top ${config.root}`, () => git_gitTopLevel(config.root));
    const prefix = await once(session, `prefix ${config.root}`, () => gitPrefix(top, config.root));
    const head = await once(session, `head ${top}`, async () => (await headCommit(top)) ?? null);
    const dirtyFiles = session ? await once(session, `dirty ${top}`, () => dirtyPaths(top, ['.'])) : undefined;
    const { sources, dirty } = await readContentSources(top, prefix, service, { head, dirtyFiles });
    const dockerfile = await (0,promises_.readFile)((0,external_node_path_.join)(config.root, service.context, service.dockerfile), 'utf8');
    const resolver = defaultBaseResolver({ ...ctx, builder: options.builder, podman: options.podman });
    const bases = await baseDigests(dockerfileBases(dockerfile, service.buildArgs), ref => once(session, `base ${ref}`, () => resolver(ref)));
    const tag = contentTag({ ...sources, bases });
    const commit = dirty ? undefined : (head ?? undefined);
    if (dirty)
        (0,log/* info */.pq)(`${service.name}: uncommitted changes under its watched paths; ${tag} is of the working tree, no commit tag`);
    return { tag, commit, tags: [tag, ...(commit ? [commit] : [])], dirty };
}
/** The registry of a run: credentials (ECR's, or saved ones, masked) and a client, made on first use. */
class RegistryAccess {
    registry;
    options;
    ctx;
    ecrCredentials;
    registryClient;
    constructor(registry, options, ctx) {
        this.registry = registry;
        this.options = options;
        this.ctx = ctx;
    }
    async ecrClient() {
        if (!this.registry.ecr || !this.ctx.ecr)
            throw new errors/* UserError */.yo('internal: no ECR client');
        return this.ctx.ecr(this.registry.ecr.region);
    }
    async credentials() {
        if (this.registry.ecr) {
            if (!this.ecrCredentials) {
                const { ecrCredentials } = await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(843)]).then(__webpack_require__.bind(__webpack_require__, 5843));
                this.ecrCredentials = await ecrCredentials(await this.ecrClient(), this.registry.ecr.accountId);
            }
            return this.ecrCredentials;
        }
        const saved = await (0,registry/* savedCredentials */.YU)(this.registry.host, this.ctx.env);
        if (saved)
            (0,secrets.mask)(saved.password);
        return saved;
    }
    async client() {
        this.registryClient ??= new registry/* RegistryClient */.bP({ host: this.registry.host, insecure: this.options.insecure, credentials: await this.credentials() }, this.ctx.fetch, { clock: this.ctx.clock });
        return this.registryClient;
    }
    /** What the registry holds under `repo:tag`: a digest, nothing, or not even the repository (ECR). */
    async held(repo, tag) {
        if (this.registry.ecr) {
            const { ecrTagDigest, RepositoryMissingError } = await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(843)]).then(__webpack_require__.bind(__webpack_require__, 5843));
            try {
                const digest = await ecrTagDigest(await this.ecrClient(), this.registry.ecr.accountId, repo, tag);
                return digest ? { state: 'present', digest } : { state: 'absent' };
            }
            catch (error) {
                if (error instanceof RepositoryMissingError)
                    return { state: 'no-repository' };
                throw error;
            }
        }
        const digest = await (await this.client()).manifestDigest(repo, tag);
        return digest ? { state: 'present', digest } : { state: 'absent' };
    }
    /** The digest the registry holds under `repo:tag`, or undefined. */
    async digestOf(repo, tag) {
        if (this.registry.ecr) {
            const { ecrTagDigest } = await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(843)]).then(__webpack_require__.bind(__webpack_require__, 5843));
            return ecrTagDigest(await this.ecrClient(), this.registry.ecr.accountId, repo, tag, !this.options.push);
        }
        return (await this.client()).manifestDigest(repo, tag);
    }
}
async function buildPushService(config, service, options, ctx, session) {
    const { registry } = options;
    const id = await identify(config, service, options, ctx, session);
    const repo = (0,registry_target/* repositoryOf */._M)(registry, service.name);
    const image = (0,registry_target/* imageOf */.dT)(registry, service.name);
    const refs = (names) => names.map(name => `${image}:${name}`);
    const access = new RegistryAccess(registry, options, ctx);
    // An archive built earlier must be of these sources; known before the registry is asked.
    if (options.archive)
        checkedArchive(options.archive, service.name, id.tag);
    // 1. The registry may hold this content already.
    const existing = await access.digestOf(repo, id.tag);
    if (existing) {
        const present = await reuse(access, {
            service: service.name,
            image,
            repo,
            existing,
            push: options.push,
            id
        });
        return {
            service: service.name,
            image: `${image}@${existing}`,
            digest: existing,
            tags: refs(present),
            contentTag: id.tag,
            built: false,
            pushed: false,
            dirty: id.dirty
        };
    }
    if (options.resolveOnly)
        throw new errors/* UserError */.yo(`${service.name}: ${image}:${id.tag} is not in the registry; build, scan and push it first (nothing was built)`);
    // 2. Build into an OCI archive, or take the one built (and scanned) before.
    const built = !options.archive;
    const archive = options.archive
        ? options.archive
        : await buildArchive(config, service, options, ctx, session, { image, id, access });
    const oci = await oci_archive/* OciArchive */.oB.open(archive);
    const local = (await oci.top()).digest;
    (0,log/* info */.pq)(`${service.name}: ${built ? 'built' : 'archive'} ${local} (${archive})`);
    const result = {
        service: service.name,
        image: `${image}@${local}`,
        digest: local,
        tags: refs(id.tags),
        contentTag: id.tag,
        built,
        archive,
        dirty: id.dirty
    };
    if (!options.push)
        return { ...result, pushed: false };
    // 3. Push exactly the archive's bytes, then check what the registry reports.
    await pushAndVerify(await access.client(), oci, {
        service: service.name,
        image,
        repo,
        local,
        id,
        host: registry.host
    });
    return { ...result, pushed: true };
}
/** The registry holds the content tag: also tag it with the commit when pushing; the tags present. */
async function reuse(access, target) {
    const { service, image, repo, existing, id } = target;
    (0,log/* info */.pq)(`${service}: ${image}:${id.tag} is already in the registry (${existing}); nothing to build`);
    if (!target.push || !id.commit)
        return [id.tag];
    const c = await access.client();
    if ((await c.manifestDigest(repo, id.commit)) !== existing) {
        const manifest = await c.getManifest(repo, id.tag);
        if (!manifest || manifest.digest !== existing)
            throw new errors/* UserError */.yo(`${image}:${id.tag} changed while it was being tagged ${id.commit}`);
        await c.putManifest(repo, id.commit, manifest.bytes, manifest.mediaType);
        (0,log/* info */.pq)(`${service}: tagged ${existing} as ${id.commit}`);
    }
    return [id.tag, id.commit];
}
/** An archive built earlier must be of the current sources (its name carries the content tag). */
function checkedArchive(archive, service, tag) {
    if (!(0,external_node_path_.basename)(archive).includes(tag))
        throw new errors/* InputError */.dz('archive', `"${archive}" was not built from the current sources of ${service} (its name does not carry the content tag ${tag})`, 'the archive output of the build-push step of these sources');
}
async function buildArchive(config, service, options, ctx, session, target) {
    const archive = archivePath(ctx.env, service.name, target.id.tag);
    await (0,promises_.mkdir)((0,external_node_path_.join)(archive, '..'), { recursive: true });
    await (0,promises_.rm)(archive, { force: true });
    if (options.registry.ecr)
        await cliLogin(ctx, options, options.registry.host, (await target.access.credentials()));
    const spec = {
        image: target.image,
        tags: target.id.tags,
        context: service.context,
        dockerfile: service.dockerfile,
        buildArgs: service.buildArgs,
        platforms: service.platforms,
        archive
    };
    await serialized(session, () => build(ctx, options, spec, config.root, service.name));
    return archive;
}
async function pushAndVerify(client, oci, target) {
    const { service, image, repo, local, id } = target;
    let pushed;
    try {
        pushed = await (0,registry/* pushArchive */.hG)(client, oci, repo, id.tags);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${service}: ${error.message}`);
    }
    const reported = await client.manifestDigest(repo, id.tag);
    if (reported !== local)
        throw new errors/* UserError */.yo(`Registry ${target.host} reports ${reported ?? 'no image'} for ${image}:${id.tag}, not the built and scanned ${local}`);
    (0,log/* info */.pq)(`${service}: pushed ${image}@${local} as ${id.tags.join(', ')} (${pushed.uploaded} blob(s) uploaded, ${pushed.skipped} already there); the registry reports the same digest`);
}
async function build(ctx, options, spec, cwd, name) {
    const write = options.cacheWrite ?? options.push;
    if (options.builder === 'docker') {
        const cacheRef = options.cacheRef ?? `${spec.image}:buildcache`;
        const cache = options.cache ? { ref: cacheRef, write } : undefined;
        await ctx.exec('docker', (0,builder_args/* dockerBuildArgs */.gE)(spec, cache), {
            cwd,
            groupTitle: `Build ${name} (docker buildx)`
        });
        return;
    }
    // podman's cache is a repository of many tags: only where cache-ref names one, never the image's own.
    const cache = options.cache && options.cacheRef
        ? { repository: options.cacheRef, write, insecure: options.insecure }
        : undefined;
    await ctx.exec('podman', (0,builder_args/* podmanBuildArgs */.fx)(spec, options.podman, cache), {
        cwd,
        groupTitle: `Build ${name} (podman)`
    });
    await ctx.exec('podman', (0,builder_args/* podmanArchiveArgs */.Xs)(spec, options.podman), {
        cwd,
        groupTitle: `Export ${name} to ${spec.archive}`
    });
}
/** `docker|podman login` with the password on stdin, once per registry and builder. */
async function cliLogin(ctx, options, host, credentials) {
    if (ctx.logins.some(login => login.host === host && login.builder === options.builder))
        return;
    await ctx.exec(options.builder, (0,builder_args/* loginArgs */.be)(options.builder, host, credentials.username, options.podman), {
        input: credentials.password,
        stream: false
    });
    ctx.logins.push({ builder: options.builder, host });
    ctx.onLogin?.(ctx.logins);
    (0,log/* info */.pq)(`Logged in to ${host} (${options.builder})`);
}


/***/ })

};
