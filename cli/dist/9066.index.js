export const id = 9066;
export const ids = [9066];
export const modules = {

/***/ 99066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21085);
/* harmony import */ var _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57579);
/* harmony import */ var _lib_core_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95422);
/* harmony import */ var _lib_core_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77168);
/* harmony import */ var _lib_images_build_push_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40947);
/* harmony import */ var _lib_images_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47330);
/* harmony import */ var _lib_images_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16863);
/* harmony import */ var _lib_images_promote_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15757);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73619);
/**
 * `shipline pull`: an image, by digest, into an OCI archive, every manifest and blob checked against
 * its digest. The first half of a promotion: run with the source registry's credentials, then
 * `shipline push` the archive with the target's.
 * Exit codes: 0 pulled; 1 the registry failed or sent other bytes; 2 bad usage.
 */









const OUT_ACCEPTED = 'a path ending in .oci.tar, in the workspace or RUNNER_TEMP';
const IMAGE = /^([^/]+)\/(.+)@(sha256:[0-9a-f]{64})$/;
const command = {
    usage: 'shipline pull --image HOST[:PORT]/REPOSITORY@sha256:… --out FILE.oci.tar [--insecure-registry]',
    options: {
        image: { type: 'string' },
        out: { type: 'string' },
        'insecure-registry': { type: 'boolean' }
    },
    async run({ values }) {
        const flag = (name) => (values[name] === undefined ? undefined : String(values[name]));
        const image = flag('image') ?? '';
        const match = IMAGE.exec(image);
        if (!match)
            throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('--image', `"${image}" is not an image pinned by digest`, 'HOST[:PORT]/REPOSITORY@sha256:<64 hex>');
        const given = flag('out') ?? '';
        if (!given.endsWith('.oci.tar'))
            throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('--out', `"${given}" is not a .oci.tar file`, OUT_ACCEPTED);
        const out = (0,_lib_core_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .outputFileInput */ .qJ)('--out', given, {
            root: process.cwd(),
            alsoUnder: [process.env.RUNNER_TEMP],
            accepted: OUT_ACCEPTED
        });
        const [, host, repository, digest] = match;
        const options = (0,_lib_images_options_js__WEBPACK_IMPORTED_MODULE_6__/* .readBuildPushOptions */ .TA)(new _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0((0,_lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .recordInputSource */ .BE)({ registry: host, push: 'false', 'insecure-registry': flag('insecure-registry') })), process.env);
        const client = await new _lib_images_build_push_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryAccess */ .QD(options.registry, options, (0,_lib_images_context_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultBuildContext */ .j)(process.env)).client();
        const pulled = await (0,_lib_images_promote_js__WEBPACK_IMPORTED_MODULE_7__/* .pullToArchive */ .xh)(client, repository, digest, out);
        (0,_lib_core_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq)(`Pulled ${image} into ${out} (${pulled.blobs} blob(s), every digest checked)`);
        return _command_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.ok;
    }
};


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


/***/ })

};
