export const id = 5843;
export const ids = [5843];
export const modules = {

/***/ 45843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RepositoryMissingError: () => (/* binding */ RepositoryMissingError),
/* harmony export */   ecrCredentials: () => (/* binding */ ecrCredentials),
/* harmony export */   ecrTagDigest: () => (/* binding */ ecrTagDigest)
/* harmony export */ });
/* unused harmony export ecrClient */
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28249);
/* harmony import */ var _core_aws_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6821);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21085);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40549);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93820);
/**
 * The ECR edge: the registry's login (GetAuthorizationToken, the password masked before anything
 * else touches it) and whether a tag exists (BatchGetImage). Loaded only for ECR registries.
 */





/** The repository does not exist (yet: Terraform creates one per service). */
class RepositoryMissingError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    constructor(message) {
        super(message);
        this.name = 'RepositoryMissingError';
    }
}
function ecrClient(region) {
    return new ECRClient(awsClientConfig(region));
}
/** Credentials for the registry of `accountId`; the token and the password are masked first. */
async function ecrCredentials(client, accountId) {
    let response;
    try {
        response = await client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__/* .GetAuthorizationTokenCommand */ .Eu6({ registryIds: [accountId] }));
    }
    catch (error) {
        if ((0,_core_aws_js__WEBPACK_IMPORTED_MODULE_4__/* .isAccessDenied */ .w7)(error))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Access denied to ECR GetAuthorizationToken: the role needs ecr:GetAuthorizationToken (resource "*")`);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`ECR GetAuthorizationToken failed: ${(0,_core_aws_js__WEBPACK_IMPORTED_MODULE_4__/* .describeAwsError */ .Pp)(error)}`);
    }
    const token = response.authorizationData?.[0]?.authorizationToken;
    if (!token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('ECR GetAuthorizationToken returned no authorization token');
    (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_1__.mask)(token);
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('ECR returned an authorization token that is not "user:password"');
    const password = decoded.slice(colon + 1);
    (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_1__.mask)(password);
    return { username: decoded.slice(0, colon), password };
}
/**
 * The digest ECR holds under `repository:tag`, or undefined. A repository that does not exist yet
 * (a first run, before Terraform created it) holds nothing when `missingRepositoryIsEmpty`: a build
 * that is not pushed may go ahead; one that must push cannot.
 */
async function ecrTagDigest(client, accountId, repository, tag, missingRepositoryIsEmpty = false) {
    let response;
    try {
        response = await client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__/* .BatchGetImageCommand */ .P8n({
            registryId: accountId,
            repositoryName: repository,
            imageIds: [{ imageTag: tag }],
            acceptedMediaTypes: _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_ACCEPT */ .dY.split(', ')
        }));
    }
    catch (error) {
        const name = (0,_core_aws_js__WEBPACK_IMPORTED_MODULE_4__/* .awsErrorName */ .ZH)(error);
        if (name === 'RepositoryNotFoundException' && missingRepositoryIsEmpty)
            return undefined;
        if (name === 'RepositoryNotFoundException')
            throw new RepositoryMissingError(`ECR repository ${repository} does not exist in account ${accountId}: create it (one repository per service, infra/ecr)`);
        if ((0,_core_aws_js__WEBPACK_IMPORTED_MODULE_4__/* .isAccessDenied */ .w7)(error))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Access denied to ECR BatchGetImage on ${repository}: the role needs ecr:BatchGetImage on arn:aws:ecr:<region>:${accountId}:repository/${repository}`);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`ECR BatchGetImage on ${repository} failed: ${(0,_core_aws_js__WEBPACK_IMPORTED_MODULE_4__/* .describeAwsError */ .Pp)(error)}`);
    }
    return response.images?.[0]?.imageId?.imageDigest ?? undefined;
}


/***/ })

};
