export const id = 4468;
export const ids = [4468];
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

/***/ 15873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ insecureUrlProblem),
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
/**
 * Which URLs Shipline downloads from and talks to: HTTPS, or plain HTTP only to a loopback host (a
 * test server or a mirror on the same machine, where nothing crosses a network). No switch turns
 * plain HTTP on for any other host.
 */
/** Whether `hostname` (a URL's hostname: `localhost`, `127.0.0.1`, `[::1]`) is a loopback address. */
function isLoopbackHost(hostname) {
    const name = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
    return name === 'localhost' || name === '::1' || /^127(?:\.\d{1,3}){3}$/.test(name);
}
/** What is wrong with `text` as a download URL, or undefined when it is HTTPS (or loopback HTTP). */
function insecureUrlProblem(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return 'is not a URL';
    }
    if (url.protocol === 'https:' && url.hostname)
        return undefined;
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname))
        return undefined;
    if (url.protocol === 'http:')
        return 'is plain HTTP (only https, or http on loopback for tests)';
    return `is not an https URL`;
}


/***/ }),

/***/ 44468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KUBECTL_BASE_URL: () => (/* binding */ KUBECTL_BASE_URL),
  KUBECTL_SHA256: () => (/* binding */ KUBECTL_SHA256),
  KUBECTL_VERSION: () => (/* binding */ KUBECTL_VERSION),
  kubectlRelease: () => (/* binding */ kubectlRelease),
  resolveKubectl: () => (/* binding */ resolveKubectl)
});

// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: ./lib/core/checksum.ts
var checksum = __webpack_require__(1989);
// EXTERNAL MODULE: ./lib/core/url.ts
var url = __webpack_require__(15873);
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
async function install_installTool(release) {
    return (await install_installToolFrom(release)).path;
}
/** As installTool, and whether the executable came from the tool cache or a download. */
async function install_installToolFrom(release) {
    for (const [what, url] of urlsOf(release)) {
        const problem = insecureUrlProblem(url);
        if (problem)
            throw new UserError(`The ${release.tool} ${what} URL ${url} ${problem}: refusing to download ${release.tool}`);
    }
    const tc = await __webpack_require__.e(/* import() */ 9805).then(__webpack_require__.bind(__webpack_require__, 59805));
    const expected = await expectedDigest(tc, release);
    const cached = tc.find(release.tool, release.version);
    if (cached) {
        const problem = await cacheProblem(tc, cached, release, expected);
        if (!problem) {
            info(`${release.tool} ${release.version} found in the tool cache and verified again (sha256 ${expected.sha256})`);
            return { path: join(cached, release.binary), source: 'tool-cache' };
        }
        warning(`${release.tool} ${release.version} in the tool cache ${problem}: removing it and downloading again`);
        await rm(cached, { recursive: true, force: true });
        await rm(`${cached}.complete`, { force: true });
    }
    info(`Downloading ${release.tool} ${release.version} from ${release.archiveUrl}`);
    const archivePath = await downloadOrExplain(tc, release.archiveUrl, 'archive');
    const actual = await sha256File(archivePath);
    if (actual !== expected.sha256)
        throw new UserError(`Checksum mismatch for ${release.archiveName}: expected ${expected.sha256} (${expected.source}), got ${actual}; refusing to install ${release.tool}`);
    info(`Verified ${release.archiveName} (sha256 ${actual}, ${expected.source})`);
    const extracted = await extract(tc, archivePath, release.archiveName);
    await chmod(join(extracted, release.binary), 0o755);
    await mkdir(join(extracted, VERIFIED_DIR), { recursive: true });
    await copyFile(archivePath, join(extracted, VERIFIED_DIR, release.archiveName));
    const dir = await tc.cacheDir(extracted, release.tool, release.version);
    return { path: join(dir, release.binary), source: 'download' };
}
/**
 * A single executable: from the tool cache once its SHA-256 is checked again, else downloaded over
 * HTTPS, checked against the pinned digest, made executable and cached.
 */
async function installBinary(release) {
    const problem = (0,url/* insecureUrlProblem */.L)(release.url);
    if (problem)
        throw new errors/* UserError */.yo(`The ${release.tool} URL ${release.url} ${problem}: refusing to download ${release.tool}`);
    const tc = await __webpack_require__.e(/* import() */ 9805).then(__webpack_require__.bind(__webpack_require__, 59805));
    const cached = tc.find(release.tool, release.version);
    if (cached) {
        const digest = await (0,checksum/* sha256File */.Q3)((0,external_node_path_.join)(cached, release.binary)).catch(() => undefined);
        if (digest === release.sha256) {
            (0,log/* info */.pq)(`${release.tool} ${release.version} found in the tool cache and verified again (sha256 ${digest})`);
            return (0,external_node_path_.join)(cached, release.binary);
        }
        (0,log/* warning */.$e)(`${release.tool} ${release.version} in the tool cache ${digest ? `has sha256 ${digest}, not the pinned ${release.sha256}` : `misses its ${release.binary}`}: removing it and downloading again`);
        await (0,promises_.rm)(cached, { recursive: true, force: true });
        await (0,promises_.rm)(`${cached}.complete`, { force: true });
    }
    (0,log/* info */.pq)(`Downloading ${release.tool} ${release.version} from ${release.url}`);
    const path = await downloadOrExplain(tc, release.url, 'executable');
    const actual = await (0,checksum/* sha256File */.Q3)(path);
    if (actual !== release.sha256)
        throw new errors/* UserError */.yo(`Checksum mismatch for ${release.url}: expected ${release.sha256} (pinned in Shipline), got ${actual}; refusing to install ${release.tool}`);
    (0,log/* info */.pq)(`Verified ${release.tool} ${release.version} (sha256 ${actual}, pinned in Shipline)`);
    await (0,promises_.chmod)(path, 0o755);
    const dir = await tc.cacheFile(path, release.binary, release.tool, release.version);
    return (0,external_node_path_.join)(dir, release.binary);
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
        throw new UserError(release.unverifiable ??
            `${release.tool} ${release.version} has no digest pinned in Shipline and no signature to check its checksums file: refusing to install it`);
    const checksumsPath = await downloadOrExplain(tc, release.checksumsUrl, 'checksums file');
    const signaturePath = await downloadOrExplain(tc, release.signature.url, 'signature');
    const checksums = await readFile(checksumsPath);
    await release.signature.verify(checksums, await readFile(signaturePath));
    info(`Verified the signature of ${release.checksumsUrl} (${release.signature.signer})`);
    const listed = parseChecksums(checksums.toString('utf8')).get(release.archiveName);
    if (!listed)
        throw new UserError(`${release.checksumsUrl} does not list ${release.archiveName}: refusing to install an unverified ${release.tool}`);
    return { sha256: listed, source: `signed checksums file, ${release.signature.signer}` };
}
/** Why a cached tool cannot be used as it is, or undefined when it checks out. */
async function cacheProblem(tc, dir, release, expected) {
    const kept = join(dir, VERIFIED_DIR, release.archiveName);
    let digest;
    try {
        digest = await sha256File(kept);
    }
    catch {
        return 'has no verified archive beside it (it was cached by another installer or an older Shipline)';
    }
    if (digest !== expected.sha256)
        return `was cached from an archive with sha256 ${digest}, not the expected ${expected.sha256} (${expected.source})`;
    const fresh = await extract(tc, kept, release.archiveName);
    try {
        const [inArchive, inCache] = await Promise.all([
            sha256File(join(fresh, release.binary)),
            sha256File(join(dir, release.binary)).catch(() => undefined)
        ]);
        if (inCache === undefined)
            return `misses its ${release.binary}`;
        if (inArchive !== inCache)
            return `holds a ${release.binary} that differs from the one in its verified archive`;
        return undefined;
    }
    finally {
        await rm(fresh, { recursive: true, force: true });
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/core/exec.ts
var exec = __webpack_require__(85219);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./lib/terraform/hashicorp-key.ts
/**
 * HashiCorp's release signing key, which signs every `terraform_<version>_SHA256SUMS` (the
 * `.sig` beside it is a detached OpenPGP signature by its signing subkey).
 *
 * Primary key fingerprint C874 011F 0AB4 0511 0D02 1055 3436 5D94 72D7 468F, as HashiCorp publishes
 * it on https://www.hashicorp.com/trust/security (quoted verbatim in many public repositories'
 * install scripts, e.g. the HashiCorp product Dockerfiles and setup docs found through the search
 * corpus); signing subkey 374E C75B 4859 1360 4A83 1CC7 C820 C6D5 CD27 AB87; expires 2030-03-01.
 * The armored block below is the minimal export (primary key, user ID, signing subkey) of
 * https://www.hashicorp.com/.well-known/pgp-key.txt as embedded, verbatim, in a public Terraform
 * version switcher's install script (chtf, `__chtf_terraform-install.sh`); it could not be fetched
 * from HashiCorp here. It is trusted because of its fingerprint, which verifyHashicorpSignature
 * checks, and its self-signatures, which OpenPGP.js checks: a block for any other key fails.
 */
const HASHICORP_FINGERPRINT = 'C874011F0AB405110D02105534365D9472D7468F';
const HASHICORP_PUBLIC_KEY = `-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBGB9+xkBEACabYZOWKmgZsHTdRDiyPJxhbuUiKX65GUWkyRMJKi/1dviVxOX
PG6hBPtF48IFnVgxKpIb7G6NjBousAV+CuLlv5yqFKpOZEGC6sBV+Gx8Vu1CICpl
Zm+HpQPcIzwBpN+Ar4l/exCG/f/MZq/oxGgH+TyRF3XcYDjG8dbJCpHO5nQ5Cy9h
QIp3/Bh09kET6lk+4QlofNgHKVT2epV8iK1cXlbQe2tZtfCUtxk+pxvU0UHXp+AB
0xc3/gIhjZp/dePmCOyQyGPJbp5bpO4UeAJ6frqhexmNlaw9Z897ltZmRLGq1p4a
RnWL8FPkBz9SCSKXS8uNyV5oMNVn4G1obCkc106iWuKBTibffYQzq5TG8FYVJKrh
RwWB6piacEB8hl20IIWSxIM3J9tT7CPSnk5RYYCTRHgA5OOrqZhC7JefudrP8n+M
pxkDgNORDu7GCfAuisrf7dXYjLsxG4tu22DBJJC0c/IpRpXDnOuJN1Q5e/3VUKKW
mypNumuQpP5lc1ZFG64TRzb1HR6oIdHfbrVQfdiQXpvdcFx+Fl57WuUraXRV6qfb
4ZmKHX1JEwM/7tu21QE4F1dz0jroLSricZxfaCTHHWNfvGJoZ30/MZUrpSC0IfB3
iQutxbZrwIlTBt+fGLtm3vDtwMFNWM+Rb1lrOxEQd2eijdxhvBOHtlIcswARAQAB
tERIYXNoaUNvcnAgU2VjdXJpdHkgKGhhc2hpY29ycC5jb20vc2VjdXJpdHkpIDxz
ZWN1cml0eUBoYXNoaWNvcnAuY29tPokCVAQTAQoAPgIbAwULCQgHAgYVCgkICwIE
FgIDAQIeAQIXgBYhBMh0AR8KtAURDQIQVTQ2XZRy10aPBQJplkfQBQkQrOy3AAoJ
EDQ2XZRy10aPw6gP/3GUEMUa6mCRuuSOT9UnziPIvXYd63mcN6A6Jwmwj8JaB2qu
OCijvJkw56UbZK3x1FZIbe0hA6VUAwNSNmSIxVJkilgwIYYFO0tnL79XhIeP7jYF
ydXLZ4rTi1FDl8lltAujTNARdY8UGg4hGlcM9OrEeXEFLWugJNiChL15FVoxZqIS
jeduaEqyxGfJnyVwy8z3pZfgODeFr7xs2NkUIMSfuRg24VcL4aW8Frt3jW8P45y3
o/5fsi6Aw2tZ0wD9NSgkVc8VD1NRV9eSZ95Bv+Awf9IXa+Cn5OCjc8Jc+XF+nLfB
oPswOO7E8dLiuBUw6/GzSLMbVs8qf8BNXB92dOe1VccVTqjCxK2sEpVaHh7e+co8
d8lDGBIWMGh7NS6XlGORpFb/T6gxjjOYUV3SKd4QDebUUG8kMkb5juLljOoq+YOP
vgNLDZLZteFpmH+zB9DpOY1YtHZB/OD+DtzLMaSl6VPF2Ln0j5aQGwNDt7sheyAe
sXbu0qn2H5FxojSfvhT0kUDKZ0mgg5y3Oflg49MiAOhjLGY0JocFpBeMILw27fbw
fpIBP7siQWFTFJ1O+l2NQiWAwC2x5fX2EakyCBJmrkPV2hr4nEogNqg9/RDskIUq
cpcOOd/0BntiXMyUCCH2AoCt5acaTQ0WU6CAosZPojOYhtGGgOgeQSdflpMSuQIN
BGCAXCYBEADW6RNrZVGNXvHVBqSiOWaxl1XOiEoiHPt50Aijt25yXbG+0kHIFSoR
+1g6Lh20JTCChgfQkGGjzQvEuG1HTw07YhsvLc0pkjNMfu6gJqFox/ogc53mz69O
xXauzUQ/TZ27GDVpUBu+EhDKt1s3OtA6Bjz/csop/Um7gT0+ivHyvJ/jGdnPEZv8
tNuSE/Uo+hn/Q9hg8SbveZzo3C+U4KcabCESEFl8Gq6aRi9vAfa65oxD5jKaIz7c
y+pwb0lizqlW7H9tQlr3dBfdIcdzgR55hTFC5/XrcwJ6/nHVH/xGskEasnfCQX8R
YKMuy0UADJy72TkZbYaCx+XXIcVB8GTOmJVoAhrTSSVLAZspfCnjwnSxisDn3Zzs
Yrq3cV6sU8b+QlIX7VAjurE+5cZiVlaxgCjyhKqlGgmonnReWOBacCgL/UvuwMmM
p5TTLmiLXLT7uxeGojEyoCk4sMrqrU1jevHyGlDJH9Taux15GILDwnYFfAvPF9WC
id4UZ4Ouwjcaxfys3LxNiZIlUsXNKwS3mhiMRL4TRsbs4k4QE+LIMOsauIvcvm8/
frydvQ/kUwIhVTH80XGOH909bYtJvY3fudK7ShIwm7ZFTduBJUG473E/Fn3VkhTm
BX6+PjOC50HR/HybwaRCzfDruMe3TAcE/tSP5CUOb9C7+P+hPzQcDwARAQABiQRy
BBgBCgAmAhsCFiEEyHQBHwq0BRENAhBVNDZdlHLXRo8FAmmWSAoFCRCqi+QCQMF0
IAQZAQoAHRYhBDdOx1tIWRNgSoMcx8ggxtXNJ6uHBQJggFwmAAoJEMggxtXNJ6uH
RfAP/2CGdSyg0K7U66Vygl0dugxrMm8O3/Oe211BKdQsFUSWAznOTRTK/zvMUHO4
LJAlYvdtZ6xDa4XHl9FYQ8MR9ZV0OuOlAZvU4IJDLPVCU09X/UzX/GEoZL0R5esv
wPAXopMaRHCfXJeI/gEaB94UhAeYlwpcRn0eSuk1vyZx7GRE6/hog8DCf4hoT40d
W20gGe58xcvJ+mRYlC0lr16WH08wuUcee6+dgu+4Cg6SG6+zt9cMyl8VnTUL5BK/
V3MebnYZJK0RFDNnnXDhzStgOd5gOeIL+xBPXHd0/ld/rDM74SFExpuS+hNsyo+x
MQ/HJavak21MFinul9COwfGEmlAXTGMY30Lf3Pt/eAkbwgmGc966VSoRmOFEXJVl
Dr+yJR6ru+7j50z8lAv6Lsop7sun1Qysbo0swf6W1qgPf6VWbx91NTFLkw0+gD8j
xwrU5ZMkeSuntX9dpjuZS29CflXXIRPlvhuiDPicwTpYuIUx37vHveAH5gnowZg2
47x780Urrsx8duTX8CI9MAnqzm4dFAiRlwE8bvLk+l9wekiXA9gIMZiVNqNlduXI
qvAG21Wdgq8qyeXKy/XWCVKDQOmEbFAltfNam8E3KEw0fl199x+93d5ckDGcPzUY
PbNkCuIwngC/ZN96pDafF3Z12fSNfhZUe0C8td8KAszYa96GCRA0Nl2UctdGj1gK
D/4jOGhEGTg88VyuPVjeK+zkwrTIZSvHdUHfTt/+rTLSNb/RQiBCUQuEZvafj6Fr
ntS7bAEhccGqH894T3St5K0AXWkvsLd6K+cbIQdlnFA2zb6geJUCk6qx5NgWpRc3
i0DS7CheGwl+Bwu7+n9pNjNjiHV+rYDgqbQXG0dtGysB0/3qIRgEDHFO0HJu/dct
e4oXrQIqrZrpOwe8WxqFqdU918JpSUcc8coiFp9YtwpgqQNxGVZ+rhgnTGdZzk1f
/Yhhimh+2B0ReaFvk3UzVBj3HQ9C6+Ot3MyDEhSgdhjr9e25Tm9S5YfhwtWmghRw
9RKPyLMSXSxm/Uc0mK1NucAp8TQBwKqKzNpCk5IdrBSWRUbjOoOFyzyCsY6gS285
GCpSIzI39hTf+3gdwYPlE6fj+F2TZzdhx62DPnzBzBHnByYTVdJ649bx0FFp4Q+5
TbIWtxu/AQkRDxmWNQfE+6GgeshlrhXWsh6+PGDzt+2raG6zUT913sdz7Ctw4fLj
msKOTdTz3Xa9pr8lxfI/JuukSgt9o/n3GirhTB3zE1w/I/Xt6k7oASiP3zQSuHtB
/CYKYHDtOCWwjo7JPEGtb/FkreKNxsk/p20jnlrB8WZxxswdr2Vri9NmFeyMDVX7
qF3WqT+8aCV9GtS1GCHx/5nGBdDwoxEsXqpI3IUqPb6FDg==
=bov7
-----END PGP PUBLIC KEY BLOCK-----
`;

;// CONCATENATED MODULE: ./lib/terraform/signature.ts
/**
 * HashiCorp's signature over a release's SHA256SUMS (`terraform_<version>_SHA256SUMS.sig`, a detached
 * binary OpenPGP signature), checked with OpenPGP.js against the key embedded in Shipline. OpenPGP.js
 * is loaded only here, when a Terraform version without a pinned digest is installed.
 */


const signature_HASHICORP_KEY = { armored: HASHICORP_PUBLIC_KEY, fingerprint: HASHICORP_FINGERPRINT };
/** Resolves when `signature` is `key`'s (or its subkeys') over `sums`; a UserError saying why not otherwise. */
async function signature_verifyHashicorpSignature(sums, signature, what, key = signature_HASHICORP_KEY) {
    const openpgp = await __webpack_require__.e(/* import() */ 3074).then(__webpack_require__.bind(__webpack_require__, 13074));
    const publicKey = await openpgp.readKey({ armoredKey: key.armored });
    if (publicKey.getFingerprint().toUpperCase() !== key.fingerprint.toUpperCase())
        throw new UserError(`The embedded signing key is not ${key.fingerprint}: refusing to trust it`);
    let parsed;
    try {
        parsed = await openpgp.readSignature({ binarySignature: new Uint8Array(signature) });
    }
    catch {
        throw new UserError(`${what} is not an OpenPGP signature: refusing to install terraform`);
    }
    const message = await openpgp.createMessage({ binary: new Uint8Array(sums) });
    const { signatures } = await openpgp.verify({ message, signature: parsed, verificationKeys: publicKey });
    if (signatures.length === 0)
        throw new UserError(`${what} holds no signature: refusing to install terraform`);
    try {
        await Promise.all(signatures.map(s => s.verified));
    }
    catch (error) {
        throw new UserError(`${what} is not a valid signature by HashiCorp's key ${key.fingerprint} over the SHA256SUMS (${error.message}): refusing to install terraform`);
    }
}

;// CONCATENATED MODULE: ./lib/terraform/version.ts
/**
 * Terraform version constraints (the `required_version` syntax: `1.9.8`, `~> 1.9`, `>= 1.6, < 2.0`,
 * `!= 1.7.0`) evaluated with semver, and the names of a release's files.
 */



const PART = /^(=|!=|>=|<=|>|<|~>)?\s*v?(\d+(?:\.\d+){0,2})(-[0-9A-Za-z.-]+)?$/;
/** The constraint, or undefined when `text` is not one. */
function parseConstraint(text) {
    const tests = [];
    const parts = text.split(',').map(part => part.trim());
    let exact;
    let namesPrerelease = false;
    for (const part of parts) {
        const match = PART.exec(part);
        if (!match)
            return undefined;
        const [, op = '=', numbers, pre = ''] = match;
        const segments = numbers.split('.').map(Number);
        const full = `${[...segments, 0, 0].slice(0, 3).join('.')}${pre}`;
        if (!semver.valid(full))
            return undefined;
        if (pre)
            namesPrerelease = true;
        switch (op) {
            case '=':
                tests.push(v => semver.eq(v, full));
                if (parts.length === 1 && segments.length === 3)
                    exact = full;
                break;
            case '!=':
                tests.push(v => !semver.eq(v, full));
                break;
            case '>':
                tests.push(v => semver.gt(v, full));
                break;
            case '>=':
                tests.push(v => semver.gte(v, full));
                break;
            case '<':
                tests.push(v => semver.lt(v, full));
                break;
            case '<=':
                tests.push(v => semver.lte(v, full));
                break;
            case '~>': {
                // Only the right-most given component may grow: ~> 1.2.3 is >= 1.2.3, < 1.3.0;
                // ~> 1.2 is >= 1.2.0, < 2.0.0; ~> 1 is >= 1.0.0.
                const upper = segments.length === 3
                    ? semver.inc(full, 'minor')
                    : segments.length === 2
                        ? semver.inc(full, 'major')
                        : undefined;
                tests.push(v => semver.gte(v, full) && (upper === null || upper === undefined || semver.lt(v, upper)));
                break;
            }
        }
    }
    return {
        text,
        exact,
        satisfiedBy(version) {
            const v = semver.valid(version);
            if (!v)
                return false;
            // As Terraform does, a pre-release only matches a constraint that names a pre-release.
            if (semver.prerelease(v) && !namesPrerelease)
                return false;
            return tests.every(test => test(v));
        }
    };
}
/** The newest of `versions` that satisfies `constraint` (pre-releases only when it names one). */
function version_newestSatisfying(versions, constraint) {
    let best;
    for (const version of versions) {
        if (!constraint.satisfiedBy(version))
            continue;
        if (!best || semver.gt(version, best))
            best = version;
    }
    return best;
}
const OS = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'windows',
    freebsd: 'freebsd',
    openbsd: 'openbsd',
    sunos: 'solaris'
};
const ARCH = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' };
/**
 * SHA-256 of the archives of the Terraform versions Shipline pins (1.11.4, the default of
 * provision-infra), as in HashiCorp's terraform_1.11.4_SHA256SUMS. That file could not be downloaded
 * here; each value is quoted verbatim, and identically, by independent public sources:
 * hashicorp/homebrew-tap Formula/terraform.rb (darwin_amd64, darwin_arm64, linux_amd64, linux_arm,
 * linux_arm64), a Python installer's TF_ZIP_HASH table (those and linux_386), the Arch Linux
 * terraform-bin PKGBUILD and a Nix flake (linux_amd64, linux_arm64, darwin_arm64). windows_amd64 was
 * found nowhere, so Windows (and any other platform) goes by HashiCorp's signature instead.
 */
const PINNED_TERRAFORM = {
    '1.11.4': {
        darwin_amd64: 'a56d5002b9f7647291faccc3dd1a70350e60fb61e4c45037629508b8fdc2575b',
        darwin_arm64: '867e0808fa971217043e25b7a792b10720c79b1546f8a68479b74f138be73e18',
        linux_386: '8e4bd232ce8b0cde2a90132a9c4d25665791c7a48bbb159f5cd4988265d10372',
        linux_amd64: '1ce994251c00281d6845f0f268637ba50c0005657eb3cf096b92f753b42ef4dc',
        linux_arm: '3cf072a049ab0178e9cbec47a14712ba7f38cc8ef061f3a7c0ff57b83d320edd',
        linux_arm64: 'a43d1d0da9b9bab214a8305a39db0e40869572594ccf50c416a7756499143633'
    }
};
/**
 * The release files of Terraform `version` for this machine, under `baseUrl` (releases.hashicorp.com
 * layout), and how the archive is verified: the digest pinned here for the pinned versions, else
 * SHA256SUMS whose `.sig` is HashiCorp's.
 */
function version_terraformRelease(version, baseUrl, platform = process.platform, arch = process.arch, trust = {}) {
    const os = OS[platform];
    const cpu = ARCH[arch];
    if (!os || !cpu)
        throw new UserError(`Terraform publishes no build for ${platform}/${arch}`);
    const base = `${baseUrl.replace(/\/+$/, '')}/${version}`;
    const archiveName = `terraform_${version}_${os}_${cpu}.zip`;
    const checksumsUrl = `${base}/terraform_${version}_SHA256SUMS`;
    const signatureUrl = `${checksumsUrl}.sig`;
    const key = trust.key ?? HASHICORP_KEY;
    return {
        tool: 'terraform',
        version,
        archiveUrl: `${base}/${archiveName}`,
        checksumsUrl,
        archiveName,
        binary: platform === 'win32' ? 'terraform.exe' : 'terraform',
        pinnedSha256: (trust.pinned ?? PINNED_TERRAFORM)[version]?.[`${os}_${cpu}`],
        signature: {
            url: signatureUrl,
            signer: `HashiCorp's key ${key.fingerprint}`,
            verify: (sums, signature) => verifyHashicorpSignature(sums, signature, signatureUrl, key)
        }
    };
}
/** The versions listed by a releases index (`<base>/index.json`: `{"versions": {"1.9.8": …}}`). */
function version_versionsInIndex(index) {
    if (typeof index !== 'object' || index === null)
        return [];
    const versions = index.versions;
    if (typeof versions !== 'object' || versions === null)
        return [];
    return Object.keys(versions).filter(v => semver.valid(v));
}

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
            info(`Using terraform ${version} from PATH (${onPath})`);
            return { path: onPath, version, source: 'path' };
        }
        info(`terraform ${version ?? '(version unknown)'} on PATH does not satisfy "${constraint.text}"`);
    }
    if (!env.RUNNER_TOOL_CACHE || !env.RUNNER_TEMP)
        throw new UserError(`No terraform satisfying "${constraint.text}" on PATH, and no tool cache to install one into (RUNNER_TOOL_CACHE and RUNNER_TEMP are unset outside GitHub Actions): put a matching terraform on PATH`);
    const tc = await __webpack_require__.e(/* import() */ 9805).then(__webpack_require__.bind(__webpack_require__, 59805));
    const cached = newestSatisfying(tc.findAllVersions('terraform'), constraint);
    const release = (version) => terraformRelease(version, downloadUrl, undefined, undefined, trust);
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
    const { HttpClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 44942));
    let index;
    try {
        const response = await new HttpClient('shipline').getJson(url);
        index = response.result;
    }
    catch (error) {
        throw new UserError(`Could not read the Terraform releases index ${url}: ${error.message}`);
    }
    const version = newestSatisfying(versionsInIndex(index), constraint);
    if (!version)
        throw new UserError(`No Terraform release in ${url} satisfies "${constraint.text}"`);
    return version;
}

;// CONCATENATED MODULE: ./lib/kube/kubectl.ts
/**
 * The kubectl that renders kustomize directories (`kubectl kustomize`): the one on PATH, else the
 * pinned release below, downloaded from dl.k8s.io, verified against its published SHA-256 embedded
 * here, and kept in the tool cache (lib/core/install.ts `installBinary`). So deploy-eks needs only
 * Node on the runner.
 *
 * The digests are those Kubernetes publishes beside each binary,
 * https://dl.k8s.io/release/v1.34.3/bin/OS/ARCH/kubectl.sha256, as recorded in
 * cashapp/hermit-packages, kubectl.hcl (sha256sums, commit 0e4549be91d00e65dcc5cdd8acd8ef4e7687ca7f),
 * and for linux/amd64 and linux/arm64 also in rancher/security-scan, hack/make/deps.mk
 * (KUBECTL_SUM_amd64, KUBECTL_SUM_arm64 for 1.34.3). To move to another release, take its four
 * kubectl.sha256 files and check them against a second source.
 */




const KUBECTL_VERSION = '1.34.3';
const KUBECTL_BASE_URL = 'https://dl.k8s.io/release';
const KUBECTL_SHA256 = {
    'linux/amd64': 'ab60ca5f0fd60c1eb81b52909e67060e3ba0bd27e55a8ac147cbc2172ff14212',
    'linux/arm64': '46913a7aa0327f6cc2e1cc2775d53c4a2af5e52f7fd8dacbfbfd098e757f19e9',
    'darwin/amd64': '657afbd0e653c4ce3af1b5a645a4eaba282cf8eb2bcda7191ff60866e50e4d7f',
    'darwin/arm64': 'e51367d2107d605f4edd7c2fb25897b0c0695a7de1a9f9d04cd6c9356b890b14'
};
const kubectl_ARCH = { x64: 'amd64', arm64: 'arm64' };
/** The pinned kubectl for a Node platform and arch (`linux`, `x64`), or undefined when none is pinned. */
function kubectlRelease(platform, arch, baseUrl = KUBECTL_BASE_URL) {
    const target = `${platform}/${kubectl_ARCH[arch] ?? arch}`;
    const sha256 = KUBECTL_SHA256[target];
    if (!sha256)
        return undefined;
    return {
        tool: 'kubectl',
        version: KUBECTL_VERSION,
        url: `${baseUrl.replace(/\/+$/, '')}/v${KUBECTL_VERSION}/bin/${target}/kubectl`,
        sha256,
        binary: 'kubectl'
    };
}
/** The kubectl to run: `kubectl` when it is on PATH, else the pinned, verified, tool-cached release. */
async function resolveKubectl(options = {}) {
    const env = options.env ?? process.env;
    if (findOnPath('kubectl', env.PATH))
        return 'kubectl';
    const platform = options.platform ?? process.platform;
    const arch = options.arch ?? process.arch;
    const release = options.release ?? kubectlRelease(platform, arch, options.baseUrl);
    if (!release || !env.RUNNER_TOOL_CACHE || !env.RUNNER_TEMP)
        throw new errors/* UserError */.yo(`kubectl was not found on PATH, and ${release ? 'there is no tool cache to install it into (RUNNER_TOOL_CACHE and RUNNER_TEMP are unset outside GitHub Actions)' : `no kubectl is pinned for ${platform}/${arch} (pinned: ${Object.keys(KUBECTL_SHA256).join(', ')})`}: install kubectl ${KUBECTL_VERSION} or later, or list rendered YAML files in manifests`);
    (0,log/* info */.pq)(`kubectl is not on PATH: installing the pinned kubectl ${release.version}`);
    return installBinary(release);
}


/***/ })

};
