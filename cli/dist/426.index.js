export const id = 426;
export const ids = [426];
export const modules = {

/***/ 6821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   ZH: () => (/* binding */ awsErrorName),
/* harmony export */   rw: () => (/* binding */ awsClientConfig),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* unused harmony export isCredentialsError */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(768);
/**
 * One place for AWS clients: region, SDK retry mode, user agent, and error classification.
 * Client packages are imported by each action lazily (after its inputs validate), so a bad input
 * fails before the SDK is even loaded.
 */

function awsClientConfig(region, options = {}) {
    return {
        region,
        maxAttempts: options.maxAttempts ?? 5,
        retryMode: 'adaptive',
        customUserAgent: `shipline/${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x}`
    };
}
/** The error code the SDK reports (`AccessDenied`, `NoSuchDistribution`, …), or ''. */
function awsErrorName(error) {
    if (error && typeof error === 'object') {
        const e = error;
        for (const candidate of [e.name, e.Code, e.code])
            if (typeof candidate === 'string')
                return candidate;
    }
    return '';
}
function isAccessDenied(error) {
    return /AccessDenied|UnauthorizedOperation|NotAuthorized/i.test(awsErrorName(error));
}
function isThrottling(error) {
    return /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/i.test(awsErrorName(error));
}
function isCredentialsError(error) {
    return /CredentialsProviderError|ExpiredToken|InvalidClientTokenId|UnrecognizedClient/i.test(awsErrorName(error));
}
/** A hint for errors no action-specific handler recognised. */
function describeAwsError(error) {
    const name = awsErrorName(error);
    const message = error instanceof Error ? error.message : String(error);
    if (isCredentialsError(error))
        return `${name}: ${message} (no usable AWS credentials: configure them with aws-actions/configure-aws-credentials and OIDC)`;
    return name && !message.startsWith(name) ? `${name}: ${message}` : message;
}


/***/ }),

/***/ 2553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KN: () => (/* binding */ buildPushService),
  _x: () => (/* binding */ checkService),
  RL: () => (/* binding */ newSession),
  WX: () => (/* binding */ withBuildArgs)
});

// UNUSED EXPORTS: archivePath

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/git/changed.ts
var changed = __webpack_require__(6797);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(1085);
// EXTERNAL MODULE: ./lib/git/git.ts
var git = __webpack_require__(3593);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(5422);
// EXTERNAL MODULE: ./lib/images/oci-archive.ts
var oci_archive = __webpack_require__(675);
// EXTERNAL MODULE: ./lib/images/registry.ts
var registry = __webpack_require__(4358);
// EXTERNAL MODULE: ./lib/core/secrets.ts
var secrets = __webpack_require__(549);
// EXTERNAL MODULE: ./lib/images/builder-args.ts
var builder_args = __webpack_require__(2806);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/images/content-tag.ts
/**
 * The content tag: `src-<12 hex>` of everything that decides what a build produces, namely the git
 * object ids of the watched paths and of the Dockerfile, the build context, the build args and the
 * platforms. Same sources → same tag, on any machine; the registry holding the tag means the build
 * can be skipped.
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
        ...[...sources.platforms].sort().map(platform => `platform ${platform}`)
    ];
    return `src-${(0,external_node_crypto_.createHash)('sha256').update(lines.join('\n')).digest('hex').slice(0, 12)}`;
}
/** The sources of `service` read from git (the working tree when it has uncommitted changes there). */
async function readContentSources(top, prefix, service, 
/** HEAD (null: no commit yet) and the repository's uncommitted files, when the caller has them. */
known = {}) {
    const dockerfile = external_node_path_.posix.join(service.context, service.dockerfile);
    const paths = [...new Set([...(0,changed/* watchedPaths */.hR)(service), dockerfile])];
    const { ids, dirty } = await (0,git/* pathObjectIds */.VQ)(top, paths.map(path => (0,changed/* toGitPath */.ri)(prefix, path)), known);
    return {
        dirty,
        sources: {
            context: service.context,
            dockerfile,
            ids: Object.fromEntries(paths.map(path => [path, ids.get((0,changed/* toGitPath */.ri)(prefix, path)) ?? 'missing'])),
            buildArgs: service.buildArgs,
            platforms: service.platforms
        }
    };
}

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
    if (options.archive) {
        try {
            await (0,promises_.access)(options.archive);
        }
        catch {
            throw new errors/* InputError */.dz('archive', `${options.archive} does not exist`, 'the archive output of an earlier build-push step');
        }
    }
}
async function identify(config, service, session) {
    const top = await once(session, `top ${config.root}`, () => (0,git/* gitTopLevel */.oB)(config.root));
    const prefix = await once(session, `prefix ${config.root}`, () => (0,changed/* gitPrefix */.ny)(top, config.root));
    const head = await once(session, `head ${top}`, async () => (await (0,git/* headCommit */.Qo)(top)) ?? null);
    const dirtyFiles = session ? await once(session, `dirty ${top}`, () => (0,git/* dirtyPaths */.Xb)(top, ['.'])) : undefined;
    const { sources, dirty } = await readContentSources(top, prefix, service, { head, dirtyFiles });
    const tag = contentTag(sources);
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
                const { ecrCredentials } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249), __webpack_require__.e(843)]).then(__webpack_require__.bind(__webpack_require__, 5843));
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
        this.registryClient ??= new registry/* RegistryClient */.bP({ host: this.registry.host, insecure: this.options.insecure, credentials: await this.credentials() }, this.ctx.fetch);
        return this.registryClient;
    }
    /** The digest the registry holds under `repo:tag`, or undefined. */
    async digestOf(repo, tag) {
        if (this.registry.ecr) {
            const { ecrTagDigest } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249), __webpack_require__.e(843)]).then(__webpack_require__.bind(__webpack_require__, 5843));
            return ecrTagDigest(await this.ecrClient(), this.registry.ecr.accountId, repo, tag, !this.options.push);
        }
        return (await this.client()).manifestDigest(repo, tag);
    }
}
async function buildPushService(config, service, options, ctx, session) {
    const { registry } = options;
    const id = await identify(config, service, session);
    const repo = (0,registry_target/* repositoryOf */._M)(registry, service.name);
    const image = (0,registry_target/* imageOf */.dT)(registry, service.name);
    const refs = (names) => names.map(name => `${image}:${name}`);
    const access = new RegistryAccess(registry, options, ctx);
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
        ? checkedArchive(options.archive, service.name, id.tag)
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
        throw new errors/* UserError */.yo(`The archive ${archive} was not built from the current sources of ${service} (content tag ${tag}); build again`);
    return archive;
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
    const pushed = await (0,registry/* pushArchive */.hG)(client, oci, repo, id.tags);
    const reported = await client.manifestDigest(repo, id.tag);
    if (reported !== local)
        throw new errors/* UserError */.yo(`Registry ${target.host} reports ${reported ?? 'no image'} for ${image}:${id.tag}, not the built and scanned ${local}`);
    (0,log/* info */.pq)(`${service}: pushed ${image}@${local} as ${id.tags.join(', ')} (${pushed.uploaded} blob(s) uploaded, ${pushed.skipped} already there); the registry reports the same digest`);
}
async function build(ctx, options, spec, cwd, name) {
    if (options.builder === 'docker') {
        const cacheRef = options.cacheRef ?? `${spec.image}:buildcache`;
        const cache = options.cache ? { ref: cacheRef, write: options.push } : undefined;
        await ctx.exec('docker', (0,builder_args/* dockerBuildArgs */.gE)(spec, cache), {
            cwd,
            groupTitle: `Build ${name} (docker buildx)`
        });
        return;
    }
    await ctx.exec('podman', (0,builder_args/* podmanBuildArgs */.fx)(spec, options.podman), {
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


/***/ }),

/***/ 2806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xs: () => (/* binding */ podmanArchiveArgs),
/* harmony export */   be: () => (/* binding */ loginArgs),
/* harmony export */   fx: () => (/* binding */ podmanBuildArgs),
/* harmony export */   gE: () => (/* binding */ dockerBuildArgs),
/* harmony export */   m9: () => (/* binding */ logoutArgs)
/* harmony export */ });
/* unused harmony export podmanGlobalArgs */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The argv of every builder command, built by pure functions (as docker/build-push-action's
 * getArgs) so each is table-tested. Paths are relative to the configuration's directory, the
 * commands' working directory. No argv ever carries a password: logins read it from stdin.
 */

function buildArgFlags(buildArgs) {
    return Object.keys(buildArgs)
        .sort()
        .flatMap(name => ['--build-arg', `${name}=${buildArgs[name]}`]);
}
/** `docker buildx build …`: the image goes to an OCI archive; the registry cache is read and written. */
function dockerBuildArgs(spec, cache) {
    const args = [
        'buildx',
        'build',
        '--file',
        node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(spec.context, spec.dockerfile),
        '--platform',
        spec.platforms.join(','),
        ...buildArgFlags(spec.buildArgs),
        ...spec.tags.flatMap(tag => ['--tag', `${spec.image}:${tag}`])
    ];
    if (cache) {
        args.push('--cache-from', `type=registry,ref=${cache.ref}`);
        if (cache.write)
            args.push('--cache-to', `type=registry,ref=${cache.ref},mode=max,image-manifest=true,oci-mediatypes=true`);
    }
    args.push('--output', `type=oci,dest=${spec.archive}`, spec.context);
    return args;
}
/** Options every podman command takes: storage root, run root, storage driver. */
function podmanGlobalArgs(options) {
    return [
        ...(options.root ? ['--root', options.root] : []),
        ...(options.runroot ? ['--runroot', options.runroot] : []),
        ...(options.storageDriver ? ['--storage-driver', options.storageDriver] : [])
    ];
}
/** `podman build …`: the image stays in local storage under every tag. */
function podmanBuildArgs(spec, options) {
    return [
        ...podmanGlobalArgs(options),
        'build',
        ...(options.isolation ? ['--isolation', options.isolation] : []),
        '--file',
        node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(spec.context, spec.dockerfile),
        '--platform',
        spec.platforms.join(','),
        ...buildArgFlags(spec.buildArgs),
        ...spec.tags.flatMap(tag => ['--tag', `${spec.image}:${tag}`]),
        spec.context
    ];
}
/** `podman push IMAGE oci-archive:PATH`: the local image, gzip layers, into the archive that is scanned and pushed. */
function podmanArchiveArgs(spec, options) {
    return [
        ...podmanGlobalArgs(options),
        'push',
        '--compression-format',
        'gzip',
        `${spec.image}:${spec.tags[0]}`,
        `oci-archive:${spec.archive}`
    ];
}
/** `docker|podman login`: the password comes on stdin, never in argv. */
function loginArgs(builder, host, username, podman = {}) {
    return [
        ...(builder === 'podman' ? podmanGlobalArgs(podman) : []),
        'login',
        '--username',
        username,
        '--password-stdin',
        host
    ];
}
function logoutArgs(builder, host, podman = {}) {
    return [...(builder === 'podman' ? podmanGlobalArgs(podman) : []), 'logout', host];
}


/***/ }),

/***/ 7330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ defaultBuildContext)
/* harmony export */ });
/* harmony import */ var _core_aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6821);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5219);
/** The real outside world of a build: processes, fetch, and an ECR client loaded on first use. */


function defaultBuildContext(env, overrides = {}) {
    return {
        exec: overrides.exec ?? _core_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF,
        fetch: overrides.fetch ?? fetch,
        env,
        ecr: async (region) => {
            const { ECRClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
            return new ECRClient((0,_core_aws_js__WEBPACK_IMPORTED_MODULE_1__/* .awsClientConfig */ .rw)(region));
        },
        logins: []
    };
}


/***/ }),

/***/ 675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   oB: () => (/* binding */ OciArchive)
/* harmony export */ });
/* unused harmony export indexTar */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1085);
/**
 * Reading an OCI image layout packed as a tar archive (`podman push … oci-archive:`, `docker buildx
 * --output type=oci`): the entries are indexed once (name → offset, size) so blobs can be streamed
 * from the file without extracting it. Handles ustar, pax (`path=`) and GNU long names.
 */




const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
};
function isIndex(mediaType) {
    return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList;
}
function field(block, start, length) {
    const raw = block.subarray(start, start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}
function size(block) {
    if (block[124] & 0x80) {
        let value = 0;
        for (let i = 125; i < 136; i++)
            value = value * 256 + block[i];
        return value;
    }
    return parseInt(field(block, 124, 12).trim() || '0', 8);
}
function paxPath(data) {
    for (const record of data.toString('utf8').split('\n')) {
        const match = /^\d+ path=(.*)$/s.exec(record);
        if (match)
            return match[1];
    }
    return undefined;
}
/** Every regular file of a tar archive: name (without a leading `./`) → where its bytes are. */
async function indexTar(path) {
    const entries = new Map();
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    try {
        const { size: total } = await file.stat();
        const block = Buffer.alloc(512);
        let offset = 0;
        let longName;
        while (offset + 512 <= total) {
            await file.read(block, 0, 512, offset);
            if (block.every(byte => byte === 0))
                break;
            const entrySize = size(block);
            const type = String.fromCharCode(block[156] || 48);
            const data = offset + 512;
            const next = data + Math.ceil(entrySize / 512) * 512;
            if (type === 'x' || type === 'L') {
                const content = Buffer.alloc(entrySize);
                await file.read(content, 0, entrySize, data);
                longName = type === 'L' ? field(content, 0, entrySize) : (paxPath(content) ?? longName);
            }
            else {
                const prefix = field(block, 345, 155);
                const name = longName ?? (prefix ? `${prefix}/${field(block, 0, 100)}` : field(block, 0, 100));
                longName = undefined;
                if (type === '0' || type === '7')
                    entries.set(name.replace(/^\.\//, ''), { offset: data, size: entrySize });
            }
            offset = next;
        }
    }
    finally {
        await file.close();
    }
    return entries;
}
/** An OCI layout inside a tar archive. */
class OciArchive {
    path;
    entries;
    constructor(path, entries) {
        this.path = path;
        this.entries = entries;
    }
    static async open(path) {
        let entries;
        try {
            entries = await indexTar(path);
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Cannot read the OCI archive ${path}: ${error.message}`);
        }
        if (!entries.has('index.json') || !entries.has('oci-layout'))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${path} is not an OCI archive (no index.json and oci-layout inside)`);
        return new OciArchive(path, entries);
    }
    /** The descriptor of the image the archive holds (the only entry of index.json). */
    async top() {
        const index = JSON.parse((await this.read('index.json')).toString('utf8'));
        const manifests = index.manifests ?? [];
        if (manifests.length !== 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${this.path} holds ${manifests.length} images; expected exactly one`);
        return manifests[0];
    }
    hasBlob(digest) {
        return this.entries.has(blobName(digest));
    }
    blobSize(digest) {
        return this.entry(blobName(digest)).size;
    }
    /** A blob's bytes, checked against its digest. */
    async blob(digest) {
        const bytes = await this.read(blobName(digest));
        const actual = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
        if (actual !== digest)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${this.path}: blob ${digest} has digest ${actual}`);
        return bytes;
    }
    /** A stream of a blob's bytes (for large layers). */
    blobStream(digest) {
        const entry = this.entry(blobName(digest));
        if (entry.size === 0)
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(this.path, { start: 1, end: 0 });
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(this.path, { start: entry.offset, end: entry.offset + entry.size - 1 });
    }
    entry(name) {
        const entry = this.entries.get(name);
        if (!entry)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${this.path}: ${name} is missing from the archive`);
        return entry;
    }
    async read(name) {
        const entry = this.entry(name);
        const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(this.path, 'r');
        try {
            const buffer = Buffer.alloc(entry.size);
            await file.read(buffer, 0, entry.size, entry.offset);
            return buffer;
        }
        finally {
            await file.close();
        }
    }
}
function blobName(digest) {
    const match = /^(sha256|sha512):([0-9a-f]+)$/.exec(digest);
    if (!match)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`"${digest}" is not a digest`);
    return `blobs/${match[1]}/${match[2]}`;
}


/***/ }),

/***/ 414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U9: () => (/* reexport safe */ _registry_js__WEBPACK_IMPORTED_MODULE_1__.U9),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   dT: () => (/* binding */ imageOf),
/* harmony export */   l5: () => (/* binding */ parseRegistry)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1085);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4358);
/**
 * The `registry` input: `HOST[:PORT][/prefix]`. Images go to `HOST[:PORT]/[prefix/]<service>`; an
 * ECR host (`<account>.dkr.ecr.<region>.amazonaws.com`) is recognised, for BatchGetImage and login.
 */


const HOST = '(?:localhost|\\d{1,3}(?:\\.\\d{1,3}){3}|\\[[0-9a-fA-F:]+\\]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)';
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REGISTRY = new RegExp(`^(${HOST}(?::\\d{1,5})?)((?:/${COMPONENT})*)$`);
const ECR = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2})\.amazonaws\.com(?:\.cn)?$/;
const ACCEPTED = 'HOST[:PORT][/prefix] without a scheme, such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com or localhost:5000/team';
function parseRegistry(value, input = 'registry') {
    if (/^[a-z]+:\/\//i.test(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${value}" has a scheme`, ACCEPTED);
    const match = REGISTRY.exec(value.replace(/\/+$/, ''));
    if (!match)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${value}" is not a registry`, ACCEPTED);
    const host = match[1];
    const ecr = ECR.exec(host);
    return {
        host,
        prefix: match[2].replace(/^\//, ''),
        ...(ecr ? { ecr: { accountId: ecr[1], region: ecr[2] } } : {})
    };
}
/** The repository of `service` under the registry (`prefix/service`). */
function repositoryOf(target, service) {
    return target.prefix ? `${target.prefix}/${service}` : service;
}
/** `host/prefix/service`. */
function imageOf(target, service) {
    return `${target.host}/${repositoryOf(target, service)}`;
}



/***/ }),

/***/ 4358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   YU: () => (/* binding */ savedCredentials),
/* harmony export */   bP: () => (/* binding */ RegistryClient),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   hG: () => (/* binding */ pushArchive)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1085);
/* harmony import */ var _core_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5422);
/* harmony import */ var _oci_archive_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(675);
/**
 * A small OCI distribution client (the registry HTTP API v2): manifest HEAD/GET/PUT, blob upload,
 * and pushing an OCI archive byte for byte, so the digest a registry reports is the digest of what
 * was built (and scanned). Basic and Bearer-token authentication; plain HTTP only when asked
 * (`insecure`, loopback registries).
 */






/** What a manifest request accepts: OCI index and manifest, Docker v2 list and manifest. */
const MANIFEST_ACCEPT = [
    _oci_archive_js__WEBPACK_IMPORTED_MODULE_5__/* .MEDIA_TYPES */ .Z2.ociIndex,
    _oci_archive_js__WEBPACK_IMPORTED_MODULE_5__/* .MEDIA_TYPES */ .Z2.ociManifest,
    _oci_archive_js__WEBPACK_IMPORTED_MODULE_5__/* .MEDIA_TYPES */ .Z2.dockerList,
    _oci_archive_js__WEBPACK_IMPORTED_MODULE_5__/* .MEDIA_TYPES */ .Z2.dockerManifest
].join(', ');
/** Whether `host` (without port) is a loopback address. */
function isLoopback(host) {
    const name = host.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
    return name === 'localhost' || name === '::1' || /^127(?:\.\d{1,3}){3}$/.test(name);
}
class RegistryClient {
    endpoint;
    fetchImpl;
    base;
    tokens = new Map();
    constructor(endpoint, fetchImpl = fetch) {
        this.endpoint = endpoint;
        this.fetchImpl = fetchImpl;
        this.base = `${endpoint.insecure ? 'http' : 'https'}://${endpoint.host}`;
    }
    /** The digest the registry holds under `repo:reference`, or undefined when there is none. */
    async manifestDigest(repo, reference) {
        const response = await this.request('HEAD', `/v2/${repo}/manifests/${reference}`, repo, 'pull', {
            accept: MANIFEST_ACCEPT
        });
        if (response.status === 404)
            return undefined;
        await this.expect(response, [200], 'HEAD', `${repo}:${reference}`);
        const digest = response.headers.get('docker-content-digest');
        if (!digest)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Registry ${this.endpoint.host} reported no Docker-Content-Digest for ${repo}:${reference}`);
        return digest;
    }
    async getManifest(repo, reference) {
        const response = await this.request('GET', `/v2/${repo}/manifests/${reference}`, repo, 'pull', {
            accept: MANIFEST_ACCEPT
        });
        if (response.status === 404)
            return undefined;
        await this.expect(response, [200], 'GET', `${repo}:${reference}`);
        const bytes = Buffer.from(await response.arrayBuffer());
        const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
        const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
        return { bytes, mediaType, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
    }
    /** PUT a manifest under a tag or digest; the digest the registry reports. */
    async putManifest(repo, reference, bytes, mediaType) {
        const response = await this.request('PUT', `/v2/${repo}/manifests/${reference}`, repo, 'push', {
            'content-type': mediaType,
            body: bytes
        });
        await this.expect(response, [201, 200], 'PUT manifest', `${repo}:${reference}`);
        return response.headers.get('docker-content-digest') ?? '';
    }
    async hasBlob(repo, digest) {
        const response = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`, repo, 'pull', {});
        if (response.status === 404)
            return false;
        await this.expect(response, [200], 'HEAD blob', `${repo}@${digest}`);
        return true;
    }
    /** A monolithic upload: POST for a session, PUT the bytes with their digest. */
    async uploadBlob(repo, digest, size, body) {
        const start = await this.request('POST', `/v2/${repo}/blobs/uploads/`, repo, 'push', {});
        await this.expect(start, [202], 'POST upload', `${repo}@${digest}`);
        const location = start.headers.get('location');
        if (!location)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Registry ${this.endpoint.host} started an upload without a Location`);
        const url = new URL(location, this.base);
        url.searchParams.set('digest', digest);
        const response = await this.request('PUT', url.toString(), repo, 'push', {
            'content-type': 'application/octet-stream',
            'content-length': String(size),
            body
        });
        await this.expect(response, [201], 'PUT blob', `${repo}@${digest}`);
    }
    async request(method, pathOrUrl, repo, access, options) {
        const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.base}${pathOrUrl}`;
        const scope = `repository:${repo}:${access === 'push' ? 'pull,push' : 'pull'}`;
        const send = async (authorization) => {
            const headers = {};
            if (options.accept)
                headers.accept = options.accept;
            if (options['content-type'])
                headers['content-type'] = options['content-type'];
            if (options['content-length'])
                headers['content-length'] = options['content-length'];
            if (authorization)
                headers.authorization = authorization;
            const body = typeof options.body === 'function' ? options.body() : options.body;
            try {
                return await this.fetchImpl(url, {
                    method,
                    headers,
                    body: body,
                    ...(body && typeof options.body === 'function' ? { duplex: 'half' } : {})
                });
            }
            catch (error) {
                const cause = error.cause;
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Cannot reach registry ${this.base}: ${cause?.code ?? cause?.message ?? error.message}${this.endpoint.insecure ? '' : ' (a plain-HTTP registry on loopback needs insecure-registry)'}`);
            }
        };
        let response = await send(this.tokens.get(scope) ?? this.tokens.get('*'));
        if (response.status !== 401)
            return response;
        const challenge = response.headers.get('www-authenticate') ?? '';
        await response.arrayBuffer().catch(() => undefined);
        const authorization = await this.authorize(challenge, scope);
        response = await send(authorization);
        if (response.status === 401)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Registry ${this.endpoint.host} refused the credentials for ${repo} (${access}); log in to it first`);
        return response;
    }
    async authorize(challenge, scope) {
        const { credentials } = this.endpoint;
        const basic = credentials
            ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
            : undefined;
        if (/^basic\b/i.test(challenge)) {
            if (!basic)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Registry ${this.endpoint.host} needs credentials: log in to it first (docker login)`);
            this.tokens.set('*', basic);
            return basic;
        }
        const match = /^bearer\s+(.*)$/i.exec(challenge);
        if (!match)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Registry ${this.endpoint.host} answered 401 with no usable challenge`);
        const params = Object.fromEntries([...match[1].matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key.toLowerCase(), value]));
        const tokenUrl = new URL(params.realm);
        if (params.service)
            tokenUrl.searchParams.set('service', params.service);
        tokenUrl.searchParams.set('scope', scope);
        (0,_core_log_js__WEBPACK_IMPORTED_MODULE_4__/* .debug */ .Yz)(`registry token from ${tokenUrl.origin}${tokenUrl.pathname} for ${scope}`);
        const response = await this.fetchImpl(tokenUrl, { headers: basic ? { authorization: basic } : {} });
        if (!response.ok)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Registry token service ${tokenUrl.origin} answered ${response.status} for ${scope}`);
        const body = (await response.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Registry token service ${tokenUrl.origin} returned no token`);
        const { mask } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 549));
        mask(token);
        this.tokens.set(scope, `Bearer ${token}`);
        return `Bearer ${token}`;
    }
    async expect(response, ok, what, target) {
        if (ok.includes(response.status))
            return;
        const text = response.status === 404 || !response.body ? '' : (await response.text()).slice(0, 300);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Registry ${this.endpoint.host}: ${what} ${target} answered ${response.status}${text ? `: ${text.replace(/\s+/g, ' ').trim()}` : ''}`);
    }
}
/**
 * Push the image of an OCI archive under each of `tags`: every blob the registry lacks, each child
 * manifest of an index by digest, then the top manifest's exact bytes under each tag. The registry's
 * digest is checked against the archive's.
 */
async function pushArchive(client, archive, repo, tags) {
    const top = await archive.top();
    const counts = { uploaded: 0, skipped: 0 };
    const pushBlob = async (descriptor) => {
        if (await client.hasBlob(repo, descriptor.digest)) {
            counts.skipped++;
            return;
        }
        const size = archive.blobSize(descriptor.digest);
        await client.uploadBlob(repo, descriptor.digest, size, () => archive.blobStream(descriptor.digest));
        counts.uploaded++;
    };
    const pushImageManifest = async (descriptor) => {
        const bytes = await archive.blob(descriptor.digest);
        const manifest = JSON.parse(bytes.toString('utf8'));
        for (const blob of [...(manifest.config ? [manifest.config] : []), ...(manifest.layers ?? [])])
            await pushBlob(blob);
        return bytes;
    };
    let topBytes;
    if ((0,_oci_archive_js__WEBPACK_IMPORTED_MODULE_5__/* .isIndex */ .nw)(top.mediaType)) {
        topBytes = await archive.blob(top.digest);
        const index = JSON.parse(topBytes.toString('utf8'));
        for (const child of index.manifests ?? []) {
            const bytes = await pushImageManifest(child);
            await client.putManifest(repo, child.digest, bytes, child.mediaType);
        }
    }
    else
        topBytes = await pushImageManifest(top);
    for (const tag of tags) {
        const reported = await client.putManifest(repo, tag, topBytes, top.mediaType);
        if (reported && reported !== top.digest)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Registry ${client.endpoint.host} stored ${repo}:${tag} as ${reported}, not the built ${top.digest}`);
    }
    return { digest: top.digest, ...counts };
}
/**
 * Credentials for `host` saved by `docker login` / `podman login` (DOCKER_CONFIG or ~/.docker/config.json,
 * REGISTRY_AUTH_FILE, $XDG_RUNTIME_DIR/containers/auth.json); credential helpers are not consulted.
 */
async function savedCredentials(host, env = process.env) {
    const files = [
        env.REGISTRY_AUTH_FILE,
        env.XDG_RUNTIME_DIR ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json') : undefined,
        (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.DOCKER_CONFIG ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker'), 'config.json')
    ].filter((file) => Boolean(file));
    for (const file of files) {
        let config;
        try {
            config = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
        }
        catch {
            continue;
        }
        for (const key of [host, `https://${host}`, `http://${host}`]) {
            const auth = config.auths?.[key]?.auth;
            if (!auth)
                continue;
            const decoded = Buffer.from(auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
        }
    }
    return undefined;
}


/***/ })

};
