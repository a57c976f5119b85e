export const id = 7989;
export const ids = [7989];
export const modules = {

/***/ 7989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyTrivyChecksums: () => (/* binding */ verifyTrivyChecksums)
/* harmony export */ });
/* unused harmony exports TRIVY_OIDC_ISSUER, trivySigningIdentity, publicTrustedRoot */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21085);
/**
 * Trivy's signature over a release's checksums file: since v0.68.1 every release asset has a Sigstore
 * bundle beside it (`<asset>.sigstore.json`, made by `cosign sign-blob --bundle` in Trivy's release
 * workflow), keyless: a Fulcio certificate for the workflow's identity, logged in Rekor. Verified with
 * sigstore-js (@sigstore/verify) against Sigstore's trusted root, fetched and checked through TUF
 * (@sigstore/tuf) unless a test gives its own. The expected identity and issuer are Trivy's own
 * documentation's (docs/getting-started/signature-verification.md in aquasecurity/trivy):
 *   --certificate-identity 'https://github.com/aquasecurity/trivy/.github/workflows/reusable-release.yaml@refs/tags/<release tag>'
 *   --certificate-oidc-issuer=https://token.actions.githubusercontent.com
 * (read in aquasecurity/trivy at dc3c56e; its goreleaser.yml signs every artifact, the checksums file
 * included, with `cosign sign-blob --bundle=${artifact}.sigstore.json`). The aqua registry's Trivy
 * entry verifies the same file, trivy_<version>_checksums.txt.sigstore.json, for the same identity.
 * Loaded only when a Trivy version without a pinned digest is installed.
 */



const TRIVY_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/** The certificate identity (SAN) of the workflow that signs Trivy `version`'s release. */
function trivySigningIdentity(version) {
    return `https://github.com/aquasecurity/trivy/.github/workflows/reusable-release.yaml@refs/tags/v${version}`;
}
/** Sigstore's public-good trusted root, through TUF (cached under RUNNER_TEMP or the temp dir). */
async function publicTrustedRoot(env = process.env) {
    const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(2088), __webpack_require__.e(3694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
    try {
        return await getTrustedRoot({ cachePath: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'shipline-sigstore-tuf') });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Could not fetch Sigstore's trusted root (TUF) to verify Trivy's signature: ${error.message}`);
    }
}
/** Resolves when `bundle` is a Sigstore bundle by Trivy `version`'s release workflow over `checksums`. */
async function verifyTrivyChecksums(checksums, bundle, version, what, trustedRoot = publicTrustedRoot) {
    const { bundleFromJSON } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(1040)]).then(__webpack_require__.bind(__webpack_require__, 61040));
    const { toSignedEntity, toTrustMaterial, Verifier } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(4187)]).then(__webpack_require__.bind(__webpack_require__, 54187));
    let parsed;
    try {
        parsed = bundleFromJSON(JSON.parse(bundle.toString('utf8')));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} is not a Sigstore bundle (${error.message}): refusing to install trivy`);
    }
    const identity = trivySigningIdentity(version);
    try {
        new Verifier(toTrustMaterial(await trustedRoot()), { tlogThreshold: 1, ctlogThreshold: 1 }).verify(toSignedEntity(parsed, checksums), { subjectAlternativeName: identity, extensions: { issuer: TRIVY_OIDC_ISSUER } });
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} does not verify as signed by ${identity} (issuer ${TRIVY_OIDC_ISSUER}) over the checksums file: ${error.message}; refusing to install trivy`);
    }
}


/***/ })

};
