export const id = 6256;
export const ids = [6256];
export const modules = {

/***/ 76256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21085);
/* harmony import */ var _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57579);
/* harmony import */ var _lib_images_build_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99292);
/* harmony import */ var _lib_images_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47330);
/* harmony import */ var _lib_images_converge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34836);
/* harmony import */ var _lib_images_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16863);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73619);
/**
 * `shipline record`: after a rollout (and its invalidation) succeeded, leave its records in the
 * registry: each tag of `--records` on the first image of `--deployed` (the outputs of `shipline
 * resolve`). The next `shipline build-set` finds them and asks for no rollout of the same state.
 * A record is only ever added, never moved, so immutable-tag repositories keep working.
 * Exit codes: 0 recorded; 1 the registry refused; 2 bad usage.
 */







const RECORD = /^shipline-(rollout|cdn|static)-[A-Za-z0-9][A-Za-z0-9_.-]{0,63}-[0-9a-f]{16}$/;
const command = {
    usage: 'shipline record --registry HOST[:PORT][/prefix] --deployed JSON --records "TAG..." [--insecure-registry]',
    options: {
        registry: { type: 'string' },
        deployed: { type: 'string' },
        records: { type: 'string' },
        'insecure-registry': { type: 'boolean' }
    },
    async run({ values }) {
        const flag = (name) => (values[name] === undefined ? undefined : String(values[name]));
        const inputs = new _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0((0,_lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .recordInputSource */ .BE)({
            registry: flag('registry'),
            push: 'true',
            'insecure-registry': flag('insecure-registry'),
            '--deployed': flag('deployed'),
            '--records': flag('records')
        }));
        const options = (0,_lib_images_options_js__WEBPACK_IMPORTED_MODULE_5__/* .readBuildPushOptions */ .TA)(inputs, process.env);
        const deployed = (0,_lib_images_build_set_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDeployed */ .Uk)(inputs.string('--deployed', { required: true }), '--deployed');
        const records = inputs.string('--records', { required: true }).split(/\s+/).filter(Boolean);
        for (const tag of records)
            if (!RECORD.test(tag))
                throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('--records', `"${tag}" is not a record tag`, 'the records output of shipline resolve');
        await (0,_lib_images_converge_js__WEBPACK_IMPORTED_MODULE_4__/* .writeRecords */ .Wh)(deployed[0].service, deployed[0].digest, records, options, (0,_lib_images_context_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultBuildContext */ .j)(process.env));
        return _command_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.ok;
    }
};


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


/***/ })

};
