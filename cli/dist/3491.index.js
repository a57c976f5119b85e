export const id = 3491;
export const ids = [3491];
export const modules = {

/***/ 80805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ requireGithubOutput)
/* harmony export */ });
/* harmony import */ var _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21085);
/** `--github-output`, shared by the commands that set step outputs. */

/** Whether to set outputs; asked for outside a step (no GITHUB_OUTPUT), a usage error. */
function requireGithubOutput(asked, env = process.env) {
    if (asked && !env.GITHUB_OUTPUT)
        throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('--github-output', 'GITHUB_OUTPUT is not set', 'a GitHub Actions step (it sets GITHUB_OUTPUT)');
    return asked;
}


/***/ }),

/***/ 99292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ decideBuildSet),
/* harmony export */   Lw: () => (/* binding */ cdnKey),
/* harmony export */   Uk: () => (/* binding */ parseDeployed),
/* harmony export */   g_: () => (/* binding */ decidePromotion),
/* harmony export */   mZ: () => (/* binding */ decideDeploy),
/* harmony export */   nL: () => (/* binding */ rolloutKey),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   qP: () => (/* binding */ recordsToLookUp),
/* harmony export */   qz: () => (/* binding */ staticKey),
/* harmony export */   u2: () => (/* binding */ formatDeployed),
/* harmony export */   yg: () => (/* binding */ recordTag)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21085);
/**
 * What a deploy must do, decided from what the registry holds (pure: the lookups are made by
 * `converge.ts`). The build set is every service whose content tag the registry lacks, whatever the
 * previous run did: a first push after adoption builds everything, a cancelled or failed run heals
 * on the next push, and a push that changed nothing builds nothing. A later environment never
 * builds: it copies the digests the earlier one deployed (promotion by digest).
 *
 * Whether the rollout and the invalidation are due is read from records the deploy job leaves in
 * the registry once they succeeded: a tag `shipline-rollout-ENV-KEY` whose KEY covers every
 * service's digest and the manifests, and `shipline-cdn-ENV-KEY` over the CDN services' digests and
 * paths, and `shipline-static-ENV-KEY` over the static frontend's sources and settings. A record
 * exists only for a state that was rolled out; any other state is rolled out again.
 */


/** The build set of one environment built from its own sources. */
function decideBuildSet(lookups) {
    const present = {};
    for (const l of lookups)
        if (l.held.state === 'present')
            present[l.service] = `${l.image}@${l.held.digest}`;
    return {
        build: lookups.filter(l => l.held.state !== 'present').map(l => l.service),
        copy: [],
        tags: Object.fromEntries(lookups.map(l => [l.service, l.contentTag])),
        present,
        deferPush: lookups.some(l => l.held.state === 'no-repository')
    };
}
/**
 * The build set of an environment that promotes `deployed`: nothing is built; what the registry lacks
 * is copied. A content tag the registry holds as another digest is a conflict (it was built apart):
 * refused, since the environment would run other bytes than the one before it.
 */
function decidePromotion(deployed, lookups) {
    const byService = new Map(lookups.map(l => [l.service, l]));
    const present = {};
    const copy = [];
    const conflicts = [];
    let deferPush = false;
    for (const d of deployed) {
        const l = byService.get(d.service);
        const held = l?.held ?? { state: 'absent' };
        if (held.state === 'present' && held.digest === d.digest)
            present[d.service] = `${l?.image}@${d.digest}`;
        else if (held.state === 'present')
            conflicts.push(`${d.service}: ${l?.image}:${d.contentTag} is ${held.digest} here but ${d.digest} was deployed before`);
        else {
            copy.push(d);
            if (held.state === 'no-repository')
                deferPush = true;
        }
    }
    return {
        build: [],
        copy,
        tags: Object.fromEntries(deployed.map(d => [d.service, d.contentTag])),
        present,
        deferPush,
        conflicts
    };
}
function key(lines) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}
/** The rollout's key: the environment, every service's digest, and the manifests' git trees. */
function rolloutKey(environment, digests, watchKey) {
    return key([
        'shipline-rollout-v1',
        `environment ${environment}`,
        ...Object.keys(digests)
            .sort()
            .map(service => `image ${service} ${digests[service]}`),
        `manifests ${watchKey}`
    ]);
}
/** The invalidation's key: the environment, the CDN services' digests, and the paths. */
function cdnKey(environment, digests, cdn) {
    return key([
        'shipline-cdn-v1',
        `environment ${environment}`,
        ...[...cdn.services].sort().map(service => `image ${service} ${digests[service] ?? 'none'}`),
        ...cdn.paths.map(path => `path ${path}`)
    ]);
}
/** The static frontend's key: the environment, its section of shipline.yml, its watched sources. */
function staticKey(environment, section, ids) {
    return key([
        'shipline-static-v1',
        `environment ${environment}`,
        `section ${JSON.stringify(section)}`,
        ...Object.keys(ids)
            .sort()
            .map(path => `path ${path} ${ids[path]}`)
    ]);
}
/** The tag of a record (a valid tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`). */
function recordTag(kind, environment, recordKey) {
    return `shipline-${kind}-${environment}-${recordKey}`;
}
/** `sha256:…` of `host/repository@sha256:…`. */
function digestOf(image) {
    return image.slice(image.lastIndexOf('@') + 1);
}
/**
 * Which records can answer: the rollout's only when every digest is known (nothing to build or copy),
 * the invalidation's when no CDN service is still to build or copy.
 */
function recordsToLookUp(set, cdn) {
    const pending = new Set([...set.build, ...set.copy.map(c => c.service)]);
    return { rollout: pending.size === 0, cdn: !cdn.services.some(service => pending.has(service)) };
}
/**
 * Whether the rollout and the invalidation are due. With builds or copies pending the digests are not
 * all known, and a new digest is by definition not rolled out: both are due when they could be.
 */
function decideDeploy(input) {
    const { set, cdn } = input;
    const pending = new Set([...set.build, ...set.copy.map(c => c.service)]);
    const cdnConfigured = cdn.paths.length > 0 && cdn.services.length > 0;
    return {
        rollout: pending.size > 0 || !input.rolloutRecorded,
        invalidate: cdnConfigured && (cdn.services.some(service => pending.has(service)) || !input.cdnRecorded),
        publish: Boolean(input.static?.configured && !input.static.recorded)
    };
}
const DEPLOYED_ACCEPTED = 'the images output of the previous environment: a JSON list of {"service","content-tag","image","digest"}';
/** The images an environment hands on (its workflow output `images`), read back by the next one. */
function parseDeployed(text, input) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `is not JSON (${error.message})`, DEPLOYED_ACCEPTED);
    }
    if (!Array.isArray(value) || value.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is not a non-empty JSON list', DEPLOYED_ACCEPTED);
    return value.map((entry, i) => {
        const e = entry;
        const ok = typeof e.service === 'string' &&
            typeof e['content-tag'] === 'string' &&
            /^src-[0-9a-f]{12}$/.test(e['content-tag']) &&
            typeof e.digest === 'string' &&
            /^sha256:[0-9a-f]{64}$/.test(e.digest) &&
            typeof e.image === 'string' &&
            e.image.endsWith(`@${e.digest}`);
        if (!ok)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `entry ${i} is not an image with its content tag and digest`, DEPLOYED_ACCEPTED);
        return {
            service: e.service,
            contentTag: e['content-tag'],
            image: e.image,
            digest: e.digest
        };
    });
}
/** `images`: service → `host/repository@digest` → the list the next environment reads. */
function formatDeployed(images, tags) {
    return JSON.stringify(Object.keys(images).map(service => ({
        service,
        'content-tag': tags[service],
        image: images[service],
        digest: digestOf(images[service])
    })));
}


/***/ }),

/***/ 34836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ln: () => (/* binding */ lookupDeployed),
/* harmony export */   TN: () => (/* binding */ isRecorded),
/* harmony export */   Wh: () => (/* binding */ writeRecords),
/* harmony export */   p5: () => (/* binding */ lookupServices),
/* harmony export */   yN: () => (/* binding */ resolveTags)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21085);
/* harmony import */ var _core_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95422);
/* harmony import */ var _build_push_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40947);
/* harmony import */ var _registry_target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60414);




const CONCURRENCY = 4;
async function eachLimited(items, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < items.length; i = next++)
            out[i] = await fn(items[i]);
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
    return out;
}
/** Every service's content tag (computed now, from the sources) and what the registry holds under it. */
async function lookupServices(config, services, options, ctx) {
    const session = (0,_build_push_js__WEBPACK_IMPORTED_MODULE_2__/* .newSession */ .RL)();
    const access = new _build_push_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryAccess */ .QD(options.registry, options, ctx);
    return eachLimited(services, async (service) => {
        const id = await (0,_build_push_js__WEBPACK_IMPORTED_MODULE_2__/* .identify */ .ls)(config, service, options, ctx, session);
        const held = await access.held((0,_registry_target_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryOf */ ._M)(options.registry, service.name), id.tag);
        return { service: service.name, contentTag: id.tag, image: (0,_registry_target_js__WEBPACK_IMPORTED_MODULE_3__/* .imageOf */ .dT)(options.registry, service.name), held };
    });
}
/** What this environment's registry holds of the images an earlier environment deployed. */
async function lookupDeployed(deployed, options, ctx) {
    const access = new _build_push_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryAccess */ .QD(options.registry, options, ctx);
    return eachLimited(deployed, async (d) => ({
        service: d.service,
        contentTag: d.contentTag,
        image: (0,_registry_target_js__WEBPACK_IMPORTED_MODULE_3__/* .imageOf */ .dT)(options.registry, d.service),
        held: await access.held((0,_registry_target_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryOf */ ._M)(options.registry, d.service), d.contentTag)
    }));
}
/**
 * `host/repository@digest` of each service's content tag; every missing one named in one error
 * (nothing is built here: the build jobs pushed them, or the run must be repeated).
 */
async function resolveTags(tags, options, ctx) {
    const access = new _build_push_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryAccess */ .QD(options.registry, options, ctx);
    const services = Object.keys(tags);
    const held = await eachLimited(services, service => access.held((0,_registry_target_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryOf */ ._M)(options.registry, service), tags[service]));
    const missing = services.filter((_, i) => held[i].state !== 'present');
    if (missing.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${missing.length} of ${services.length} image(s) are not in the registry ${options.registry.host}: ${missing
            .map(service => `${(0,_registry_target_js__WEBPACK_IMPORTED_MODULE_3__/* .imageOf */ .dT)(options.registry, service)}:${tags[service]}`)
            .join(', ')}; their build job did not push them (see its log), so nothing was rolled out`);
    return Object.fromEntries(services.map((service, i) => {
        const h = held[i];
        return [service, `${(0,_registry_target_js__WEBPACK_IMPORTED_MODULE_3__/* .imageOf */ .dT)(options.registry, service)}@${h.state === 'present' ? h.digest : ''}`];
    }));
}
/** Whether the registry holds the record `tag` in `service`'s repository. */
async function isRecorded(service, tag, options, ctx) {
    const access = new _build_push_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryAccess */ .QD(options.registry, options, ctx);
    return (await access.held((0,_registry_target_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryOf */ ._M)(options.registry, service), tag)).state === 'present';
}
/** Tag `service`'s image `digest` with each record tag (records are never moved: each is new). */
async function writeRecords(service, digest, tags, options, ctx) {
    const access = new _build_push_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryAccess */ .QD(options.registry, { ...options, push: true }, ctx);
    const client = await access.client();
    const repo = (0,_registry_target_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryOf */ ._M)(options.registry, service);
    const manifest = await client.getManifest(repo, digest);
    if (!manifest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_registry_target_js__WEBPACK_IMPORTED_MODULE_3__/* .imageOf */ .dT)(options.registry, service)}@${digest} is not in the registry`);
    for (const tag of tags) {
        if ((await client.manifestDigest(repo, tag)) === digest)
            continue;
        await client.putManifest(repo, tag, manifest.bytes, manifest.mediaType);
        (0,_core_log_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq)(`Recorded ${tag} on ${(0,_registry_target_js__WEBPACK_IMPORTED_MODULE_3__/* .imageOf */ .dT)(options.registry, service)}@${digest}`);
    }
}


/***/ }),

/***/ 36461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ readResolveOptions),
/* harmony export */   Qo: () => (/* binding */ readEnvironment)
/* harmony export */ });
/* unused harmony exports ENVIRONMENT, DEPLOY_INPUTS, parseTags */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21085);

/** A GitHub environment / Terraform workspace name that is also valid inside a tag. */
const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const KEY = /^[0-9a-f]{16}$/;
const CONTENT_TAG = /^src-[0-9a-f]{12}$/;
const DEPLOY_INPUTS = {
    environment: '--environment',
    tags: '--tags',
    watchKey: '--watch-key',
    staticKey: '--static-key',
    archives: '--archives'
};
/** The environment to deploy: the input, else shipline.yml's `environment`, else production. */
function readEnvironment(inputs, config) {
    return inputs.matching(DEPLOY_INPUTS.environment, ENVIRONMENT, 'an environment name such as staging', {
        default: config.environment ?? 'production'
    });
}
const TAGS_ACCEPTED = 'the tags output of shipline build-set: a JSON object {"service": "src-<12 hex>"}';
/** build-set's `tags` output: service → content tag. */
function parseTags(text, input = DEPLOY_INPUTS.tags) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `is not JSON (${error.message})`, TAGS_ACCEPTED);
    }
    if (!value ||
        typeof value !== 'object' ||
        Array.isArray(value) ||
        Object.keys(value).length === 0 ||
        !Object.values(value).every(tag => typeof tag === 'string' && CONTENT_TAG.test(tag)))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'is not an object of content tags', TAGS_ACCEPTED);
    return value;
}
function readResolveOptions(inputs, config) {
    const key = (name, output) => inputs.matching(name, KEY, `the ${output} output of shipline build-set (16 hex digits)`);
    return {
        environment: readEnvironment(inputs, config),
        tags: parseTags(inputs.string(DEPLOY_INPUTS.tags, { required: true })),
        watchKey: key(DEPLOY_INPUTS.watchKey, 'watch-key') || '0'.repeat(16),
        staticKey: key(DEPLOY_INPUTS.staticKey, 'static-key') || undefined,
        archives: inputs.optional(DEPLOY_INPUTS.archives)
    };
}


/***/ }),

/***/ 42219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ planDeploy),
  i: () => (/* binding */ resolveDeploy)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: ./lib/git/git.ts
var git = __webpack_require__(23593);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/git/trees.ts
/**
 * A key of what some paths hold: the git object id of each (of the working tree when it has
 * uncommitted changes there), hashed. Two checkouts with the same files under the paths give the
 * same key, whatever happened between them.
 */


/** `paths` are relative to the git top level `top`; an absent path counts as `missing`. */
async function pathsKey(top, paths) {
    const wanted = [...new Set(paths)].sort();
    const { ids } = await (0,git/* pathObjectIds */.VQ)(top, wanted);
    const lines = wanted.map(path => `${path} ${ids.get(path === '' ? '.' : path) ?? 'missing'}`);
    return (0,external_node_crypto_.createHash)('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

// EXTERNAL MODULE: ./lib/static/version.ts
var version = __webpack_require__(32077);
// EXTERNAL MODULE: ./lib/images/build-push.ts + 2 modules
var build_push = __webpack_require__(40947);
// EXTERNAL MODULE: ./lib/images/build-set.ts
var build_set = __webpack_require__(99292);
// EXTERNAL MODULE: ./lib/images/converge.ts
var converge = __webpack_require__(34836);
// EXTERNAL MODULE: ./lib/images/promote.ts
var promote = __webpack_require__(15757);
// EXTERNAL MODULE: ./lib/images/registry-target.ts
var registry_target = __webpack_require__(60414);
;// CONCATENATED MODULE: ./lib/images/deploy-plan.ts
/**
 * What one environment's deploy must do, and what it ran: the edges of build-set.ts's decisions.
 * `planDeploy` (before any build, git at hand) looks every content tag and record up; `resolveDeploy`
 * (in the deploy job, no git needed) pushes kept archives, pins every image by digest and names the
 * records to leave once the rollout succeeded. Both compute the record keys the same way.
 */












const digests = (images) => Object.fromEntries(Object.entries(images).map(([service, image]) => [service, (0,build_set/* digestOf */.ol)(image)]));
/** The build set of `environment` (or, with `deployed`, its promotion) and whether a deploy is due. */
async function planDeploy(input) {
    const { config, options, ctx, environment } = input;
    let set;
    if (input.deployed) {
        const promotion = (0,build_set/* decidePromotion */.g_)(input.deployed, await (0,converge/* lookupDeployed */.Ln)(input.deployed, options, ctx));
        if (promotion.conflicts.length)
            throw new errors/* UserError */.yo(`Cannot promote: ${promotion.conflicts.join('; ')}`);
        set = promotion;
    }
    else {
        const services = config.services.map(service => (0,build_push/* withBuildArgs */.WX)(service, input.buildArgs));
        set = (0,build_set/* decideBuildSet */.Hv)(await (0,converge/* lookupServices */.p5)(config, services, options, ctx));
    }
    const watchKey = await pathsKey(await (0,git/* gitTopLevel */.oB)(config.root), input.watch);
    const site = config.static;
    const siteKey = site ? (0,build_set/* staticKey */.qz)(environment, site, await (0,version/* watchedIds */.Hz)(config.root, site)) : undefined;
    const present = digests(set.present);
    const first = Object.keys(set.tags)[0];
    const lookUp = (0,build_set/* recordsToLookUp */.qP)(set, config.cdn);
    const recorded = (tag) => (0,converge/* isRecorded */.TN)(first, tag, options, ctx);
    const decision = (0,build_set/* decideDeploy */.mZ)({
        set,
        rolloutRecorded: lookUp.rollout &&
            (await recorded((0,build_set/* recordTag */.yg)('rollout', environment, (0,build_set/* rolloutKey */.nL)(environment, present, watchKey)))),
        cdnRecorded: lookUp.cdn && (await recorded((0,build_set/* recordTag */.yg)('cdn', environment, (0,build_set/* cdnKey */.Lw)(environment, present, config.cdn)))),
        cdn: config.cdn,
        static: {
            configured: siteKey !== undefined,
            recorded: siteKey !== undefined && (await recorded((0,build_set/* recordTag */.yg)('static', environment, siteKey)))
        }
    });
    (0,log/* info */.pq)(`${environment}: ${set.build.length} to build, ${set.copy.length} to copy, ${Object.keys(set.present).length} in the registry; rollout ${decision.rollout ? 'due' : 'not needed'}, invalidation ${decision.invalidate ? 'due' : 'not needed'}${decision.publish ? ', the static frontend to publish' : ''}`);
    return { set, decision, watchKey, staticKey: siteKey };
}
/** Push the archives of `dir` named `SERVICE-TAG.oci.tar` for a service of `tags` (the others are left). */
async function pushKept(dir, tags, options, ctx) {
    const names = (await (0,promises_.readdir)(dir).catch(() => [])).filter(name => name.endsWith('.oci.tar'));
    if (!names.length)
        return;
    const client = await new build_push/* RegistryAccess */.QD(options.registry, options, ctx).client();
    for (const name of names) {
        const service = Object.keys(tags).find(s => name === `${s}-${tags[s]}.oci.tar`);
        if (!service) {
            (0,log/* info */.pq)(`${name}: not an image of this deploy (no service has that content tag); left alone`);
            continue;
        }
        const pushed = await (0,promote/* pushArchiveAs */.Bg)(client, (0,external_node_path_.join)(dir, name), (0,registry_target/* repositoryOf */._M)(options.registry, service), [
            tags[service]
        ]);
        (0,log/* info */.pq)(`${service}: pushed ${pushed.digest} from ${name} (${pushed.uploaded} blob(s) uploaded)`);
    }
}
/** Every service's image by digest, and the records its successful rollout leaves. */
async function resolveDeploy(input) {
    const { config, options, ctx, environment, tags } = input;
    if (input.archives)
        await pushKept(input.archives, tags, options, ctx);
    const images = await (0,converge/* resolveTags */.yN)(tags, options, ctx);
    const resolved = digests(images);
    const cdnConfigured = config.cdn.paths.length > 0 && config.cdn.services.length > 0;
    return {
        images,
        records: [
            (0,build_set/* recordTag */.yg)('rollout', environment, (0,build_set/* rolloutKey */.nL)(environment, resolved, input.watchKey)),
            ...(cdnConfigured ? [(0,build_set/* recordTag */.yg)('cdn', environment, (0,build_set/* cdnKey */.Lw)(environment, resolved, config.cdn))] : []),
            ...(input.staticKey ? [(0,build_set/* recordTag */.yg)('static', environment, input.staticKey)] : [])
        ]
    };
}


/***/ }),

/***/ 15757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ pushArchiveAs),
/* harmony export */   xh: () => (/* binding */ pullToArchive)
/* harmony export */ });
/* unused harmony export tarHeader */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(21085);
/* harmony import */ var _oci_archive_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(22040);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(93820);
/**
 * Promotion by digest: an image an earlier environment deployed is copied, byte for byte, into the
 * next environment's registry, never rebuilt. The copy goes through an OCI archive so each side uses
 * only its own credentials (pull with the source's role, push with the target's), and the digest is
 * checked at both ends. The same push serves images built before their repository existed.
 */










/** A ustar header for a regular file (names here are short: `blobs/sha256/<64 hex>`). */
function tarHeader(name, size) {
    if (Buffer.byteLength(name) > 99)
        throw new Error(`tar entry name too long: ${name}`);
    const header = Buffer.alloc(512);
    const put = (text, offset, length) => header.write(text, offset, length, 'utf8');
    const octal = (value, length) => value.toString(8).padStart(length - 1, '0');
    put(name, 0, 100);
    put(octal(0o644, 8), 100, 8);
    put(octal(0, 8), 108, 8);
    put(octal(0, 8), 116, 8);
    put(octal(size, 12), 124, 12);
    put(octal(0, 12), 136, 12);
    header.fill(' ', 148, 156);
    put('0', 156, 1);
    put('ustar\u0000', 257, 6);
    put('00', 263, 2);
    let sum = 0;
    for (const byte of header)
        sum += byte;
    put(`${octal(sum, 7)}\u0000 `, 148, 8);
    return header;
}
const padding = (size) => Buffer.alloc((512 - (size % 512)) % 512);
/** Stream `response`'s body to `path`, refusing bytes whose digest is not `digest`. */
async function download(response, digest, path) {
    if (!response.body)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`The registry sent no bytes for ${digest}`);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    const count = new node_stream__WEBPACK_IMPORTED_MODULE_5__.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
        }
    });
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_5__.Readable.fromWeb(response.body), count, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(path));
    const actual = `sha256:${hash.digest('hex')}`;
    if (actual !== digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`The registry sent ${actual} for the blob ${digest}`);
    return size;
}
/**
 * `repo@digest` from `client` into an OCI archive at `path` (index.json naming exactly that digest):
 * every manifest and blob verified against its digest as it arrives.
 */
async function pullToArchive(client, repo, digest, path) {
    const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'shipline-pull-'));
    const files = [];
    const seen = new Set();
    try {
        const manifest = async (ref) => {
            const got = await client.getManifest(repo, ref);
            if (!got)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${client.endpoint.host}/${repo}@${ref} is not in the registry`);
            if (got.digest !== ref)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${client.endpoint.host}/${repo}@${ref} answered a manifest of digest ${got.digest}`);
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(work, ref.replace(':', '-'));
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_5__.Readable.from([got.bytes]), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(file));
            files.push({ name: `blobs/sha256/${ref.slice(7)}`, file, size: got.bytes.length });
            return {
                mediaType: got.mediaType,
                size: got.bytes.length,
                body: JSON.parse(got.bytes.toString('utf8'))
            };
        };
        const blob = async (d) => {
            if (seen.has(d.digest))
                return;
            seen.add(d.digest);
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(work, d.digest.replace(':', '-'));
            const size = await download(await client.getBlob(repo, d.digest), d.digest, file);
            files.push({ name: `blobs/sha256/${d.digest.slice(7)}`, file, size });
        };
        const image = async (body) => {
            const m = body;
            for (const d of [...(m.config ? [m.config] : []), ...(m.layers ?? [])])
                await blob(d);
        };
        const top = await manifest(digest);
        if ((0,_oci_archive_js__WEBPACK_IMPORTED_MODULE_8__/* .isIndex */ .nw)(top.mediaType))
            for (const child of top.body.manifests ?? [])
                await image((await manifest(child.digest)).body);
        else
            await image(top.body);
        await writeArchive(path, { mediaType: top.mediaType || _oci_archive_js__WEBPACK_IMPORTED_MODULE_8__/* .MEDIA_TYPES */ .Z2.ociManifest, digest, size: top.size }, files);
        return { blobs: seen.size };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(work, { recursive: true, force: true });
    }
}
async function writeArchive(path, top, files) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), { recursive: true });
    const small = (name, text) => {
        const bytes = Buffer.from(text);
        return [tarHeader(name, bytes.length), bytes, padding(bytes.length)];
    };
    async function* entries() {
        yield* small('oci-layout', '{"imageLayoutVersion":"1.0.0"}');
        yield* small('index.json', JSON.stringify({ schemaVersion: 2, manifests: [top] }));
        for (const entry of files) {
            yield tarHeader(entry.name, entry.size);
            yield* (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(entry.file);
            yield padding(entry.size);
        }
        yield Buffer.alloc(1024);
    }
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_5__.Readable.from(entries()), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(path));
}
/**
 * Push the image of `archivePath` to `repo` under `tags` and check that the registry reports the
 * archive's digest, which must be `expected` when given (the digest the earlier environment ran).
 */
async function pushArchiveAs(client, archivePath, repo, tags, expected) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(archivePath).catch(() => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`The archive ${archivePath} does not exist`);
    });
    const archive = await _oci_archive_js__WEBPACK_IMPORTED_MODULE_8__/* .OciArchive */ .oB.open(archivePath);
    const local = (await archive.top()).digest;
    if (expected && local !== expected)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(archivePath)} holds ${local}, not the promoted ${expected}`);
    const pushed = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_9__/* .pushArchive */ .hG)(client, archive, repo, tags);
    const reported = await client.manifestDigest(repo, tags[0]);
    if (reported !== local)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`Registry ${client.endpoint.host} reports ${reported ?? 'no image'} for ${repo}:${tags[0]}, not ${local}`);
    return { digest: local, uploaded: pushed.uploaded, skipped: pushed.skipped };
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
