export const id = 7058;
export const ids = [7058];
export const modules = {

/***/ 27058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ eks_token_command),
  createCommand: () => (/* binding */ createCommand)
});

// EXTERNAL MODULE: ./lib/core/clock.ts
var core_clock = __webpack_require__(1866);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/kube/eks-token.ts
/**
 * EKS bearer tokens made the way `aws eks get-token` makes them, without the aws CLI: an STS
 * GetCallerIdentity URL presigned with SigV4 (regional endpoint, 60 s X-Amz-Expires, the
 * `x-k8s-aws-id` header naming the cluster signed with `host`), base64url-encoded after
 * `k8s-aws-v1.`. The cluster's authenticator accepts such a token for 15 minutes after its
 * X-Amz-Date; clients (kubectl, client-go) are told it expires after 14, as the aws CLI says.
 *
 * Shared by deploy-eks (a provider that renews the token during long waits) and `shipline eks-token`
 * (an ExecCredential byte-identical to the aws CLI's for the same clock and credentials).
 */

const TOKEN_PREFIX = 'k8s-aws-v1.';
const CLUSTER_ID_HEADER = 'x-k8s-aws-id';
/** X-Amz-Expires of the presigned URL, as the aws CLI sets it. */
const PRESIGN_EXPIRES_SECONDS = 60;
/** The expiry clients are told (expirationTimestamp), as the aws CLI says: 14 minutes. */
const TOKEN_LIFETIME_MS = 14 * 60_000;
const STS_API_VERSION = '2011-06-15';
const EXEC_CREDENTIAL_API_VERSIONS = [
    'client.authentication.k8s.io/v1beta1',
    'client.authentication.k8s.io/v1',
    'client.authentication.k8s.io/v1alpha1'
];
const DEFAULT_EXEC_CREDENTIAL_API_VERSION = 'client.authentication.k8s.io/v1beta1';
/** The regional STS endpoint's host (`sts.eu-west-1.amazonaws.com`; `.amazonaws.com.cn` in China). */
function stsHost(region) {
    return `sts.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
}
/** RFC 3986 percent-encoding: everything but A-Z a-z 0-9 - _ . ~ (what SigV4 requires). */
function uriEncode(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function hmac(key, text) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(text, 'utf8').digest();
}
/** `20260101T000000Z` */
function amzDate(now) {
    return new Date(now)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
}
/** The presigned GetCallerIdentity URL for `clusterName`, signed at `now`. */
function presignGetCallerIdentity(clusterName, region, credentials, now) {
    const host = stsHost(region);
    const date = amzDate(now);
    const scope = `${date.slice(0, 8)}/${region}/sts/aws4_request`;
    const signedHeaders = `host;${CLUSTER_ID_HEADER}`;
    // The URL's order is the aws CLI's: operation parameters, then the auth parameters (the session
    // token after the signed headers), then the signature. The canonical query string is sorted.
    const params = [
        ['Action', 'GetCallerIdentity'],
        ['Version', STS_API_VERSION],
        ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
        ['X-Amz-Credential', `${credentials.accessKeyId}/${scope}`],
        ['X-Amz-Date', date],
        ['X-Amz-Expires', String(PRESIGN_EXPIRES_SECONDS)],
        ['X-Amz-SignedHeaders', signedHeaders]
    ];
    if (credentials.sessionToken)
        params.push(['X-Amz-Security-Token', credentials.sessionToken]);
    const encoded = params.map(([key, value]) => [uriEncode(key), uriEncode(value)]);
    const canonicalQuery = [...encoded]
        .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
        .map(([key, value]) => `${key}=${value}`)
        .join('&');
    const canonicalHeaders = `host:${host}\n${CLUSTER_ID_HEADER}:${clusterName.trim()}\n`;
    const canonicalRequest = ['GET', '/', canonicalQuery, canonicalHeaders, signedHeaders, sha256Hex('')].join('\n');
    const stringToSign = ['AWS4-HMAC-SHA256', date, scope, sha256Hex(canonicalRequest)].join('\n');
    let key = hmac(`AWS4${credentials.secretAccessKey}`, date.slice(0, 8));
    for (const part of [region, 'sts', 'aws4_request'])
        key = hmac(key, part);
    const signature = (0,external_node_crypto_.createHmac)('sha256', key).update(stringToSign, 'utf8').digest('hex');
    const query = encoded.map(([k, v]) => `${k}=${v}`).join('&');
    return `https://${host}/?${query}&X-Amz-Signature=${signature}`;
}
/** `2026-01-01T00:14:00Z`: whole seconds, as the aws CLI writes it. */
function expirationTimestamp(expiresAt) {
    return new Date(Math.floor(expiresAt / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** A token for `clusterName` signed at `now`. */
function makeEksToken(clusterName, region, credentials, now) {
    const url = presignGetCallerIdentity(clusterName, region, credentials, now);
    const expiresAt = now + TOKEN_LIFETIME_MS;
    return {
        token: TOKEN_PREFIX + Buffer.from(url, 'utf8').toString('base64url'),
        url,
        expiresAt,
        expirationTimestamp: expirationTimestamp(expiresAt)
    };
}
/** The URL inside a token, or undefined when it is not one. */
function decodeEksToken(token) {
    if (!token.startsWith(TOKEN_PREFIX))
        return undefined;
    try {
        return new URL(Buffer.from(token.slice(TOKEN_PREFIX.length), 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * The ExecCredential JSON as the aws CLI prints it (Python's json.dumps spacing, key order kind,
 * apiVersion, spec, status), with its trailing newline.
 */
function execCredentialJson(token, apiVersion = DEFAULT_EXEC_CREDENTIAL_API_VERSION) {
    const s = JSON.stringify;
    return (`{"kind": "ExecCredential", "apiVersion": ${s(apiVersion)}, "spec": {}, ` +
        `"status": {"expirationTimestamp": ${s(token.expirationTimestamp)}, "token": ${s(token.token)}}}\n`);
}
/**
 * The ExecCredential apiVersion kubectl asks for in KUBERNETES_EXEC_INFO (v1beta1 when absent or
 * unknown), and a warning to print when it is deprecated or not understood.
 */
function execCredentialApiVersion(execInfo) {
    if (!execInfo)
        return { apiVersion: DEFAULT_EXEC_CREDENTIAL_API_VERSION };
    let requested;
    try {
        requested = JSON.parse(execInfo).apiVersion;
    }
    catch {
        return {
            apiVersion: DEFAULT_EXEC_CREDENTIAL_API_VERSION,
            warning: `KUBERNETES_EXEC_INFO is not JSON; answering with ${DEFAULT_EXEC_CREDENTIAL_API_VERSION}`
        };
    }
    if (requested === 'client.authentication.k8s.io/v1alpha1')
        return {
            apiVersion: requested,
            warning: 'client.authentication.k8s.io/v1alpha1 is deprecated: use v1beta1 or v1 in the kubeconfig'
        };
    if (typeof requested === 'string' &&
        EXEC_CREDENTIAL_API_VERSIONS.includes(requested))
        return { apiVersion: requested };
    return {
        apiVersion: DEFAULT_EXEC_CREDENTIAL_API_VERSION,
        warning: `KUBERNETES_EXEC_INFO asks for apiVersion ${String(requested)}, which is not known; answering with ${DEFAULT_EXEC_CREDENTIAL_API_VERSION}`
    };
}
/** Tokens for a long-running client: the same token until shortly before it expires, then a new one. */
class EksTokenProvider {
    options;
    current;
    /** How many tokens were made so far. */
    issued = 0;
    constructor(options) {
        this.options = options;
    }
    async token() {
        const { clock, refreshBeforeMs = 60_000 } = this.options;
        const now = clock.now();
        if (this.current && now < this.current.expiresAt - refreshBeforeMs)
            return this.current.token;
        const credentials = await this.options.credentials();
        const token = makeEksToken(this.options.clusterName, this.options.region, credentials, now);
        this.options.onToken?.(token.token);
        this.current = token;
        this.issued++;
        return token.token;
    }
    /** Forget the current token (the server refused it); the next call makes a new one. */
    invalidate() {
        this.current = undefined;
    }
}

// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/inputs.ts
var inputs = __webpack_require__(57579);
// EXTERNAL MODULE: ./lib/core/aws.ts
var aws = __webpack_require__(6821);
// EXTERNAL MODULE: ./lib/kube/options.ts + 1 modules
var options = __webpack_require__(61614);
// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(73619);
;// CONCATENATED MODULE: ./cli/src/commands/eks-token.ts
/**
 * `shipline eks-token`: the ExecCredential `aws eks get-token` prints, without the aws CLI, so a
 * kubeconfig's exec section can run Shipline instead. Same clock and credentials, same bytes.
 */







async function defaultCredentials() {
    const { defaultProvider } = await __webpack_require__.e(/* import() */ 5861).then(__webpack_require__.t.bind(__webpack_require__, 5861, 19));
    try {
        return await defaultProvider()();
    }
    catch (error) {
        throw new errors/* UserError */.yo(`No AWS credentials to sign the token with: ${(0,aws/* describeAwsError */.Pp)(error)}`);
    }
}
function createCommand(deps = {}) {
    return {
        usage: 'shipline eks-token --cluster-name NAME --region REGION',
        options: {
            'cluster-name': { type: 'string' },
            region: { type: 'string' }
        },
        async run({ values }) {
            const { clock = core_clock/* systemClock */.m, credentials = defaultCredentials, env = process.env, stdout = text => process.stdout.write(text), stderr = text => process.stderr.write(text) } = deps;
            const source = (0,inputs/* recordInputSource */.BE)({
                'cluster-name': values['cluster-name'],
                region: values.region
            });
            const { clusterName, region } = (0,options/* readEksTarget */.r_)(new inputs/* Inputs */.G0(source), 'cluster-name', 'region');
            const { apiVersion, warning } = execCredentialApiVersion(env.KUBERNETES_EXEC_INFO);
            if (warning)
                stderr(`${warning}\n`);
            const token = makeEksToken(clusterName, region, await credentials(), clock.now());
            stdout(execCredentialJson(token, apiVersion));
            return command/* EXIT */.d.ok;
        }
    };
}
const eks_token_command = createCommand();


/***/ }),

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
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40768);
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

/***/ 1866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export fakeClock */
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
};
/** A clock that only moves when slept on: deterministic tests of waits and timeouts. */
function fakeClock(start = 0) {
    let now = start;
    const slept = [];
    return {
        slept,
        now: () => now,
        sleep: async (ms) => {
            slept.push(ms);
            now += ms;
        }
    };
}


/***/ })

};
