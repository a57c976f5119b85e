export const id = 7827;
export const ids = [7827];
export const modules = {

/***/ 16384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ globMatch),
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * Path patterns of `.trivyignore.yaml` (`paths:`), matched the way Trivy matches them (doublestar):
 * `**` spans directories, `*` and `?` stay within one, `[abc]` and `{a,b}` as in a shell.
 */
/** A RegExp for `pattern`, or undefined when the pattern is malformed (unclosed `[` or `{`). */
function globToRegExp(pattern) {
    let out = '';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            if (i + 1 >= pattern.length)
                return undefined;
            out += escape(pattern[++i]);
        }
        else if (c === '*') {
            if (pattern[i + 1] === '*') {
                const atStart = i === 0 || pattern[i - 1] === '/';
                const next = pattern[i + 2];
                i++;
                if (atStart && next === '/') {
                    out += '(?:.*/)?';
                    i++;
                }
                else if (atStart && next === undefined)
                    out += '.*';
                else
                    out += '[^/]*';
            }
            else
                out += '[^/]*';
        }
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0)
                return undefined;
            let body = pattern.slice(i + 1, end);
            if (body.startsWith('!') || body.startsWith('^'))
                body = `^${body.slice(1)}`;
            out += `[${body.replace(/\\/g, '\\\\')}]`;
            i = end;
        }
        else if (c === '{') {
            braces++;
            out += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (c === ',' && braces > 0)
            out += '|';
        else
            out += escape(c);
    }
    if (braces !== 0)
        return undefined;
    try {
        return new RegExp(`^${out}$`);
    }
    catch {
        return undefined;
    }
}
function escape(c) {
    return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
function globMatch(pattern, path) {
    return globToRegExp(pattern)?.test(path) ?? false;
}


/***/ }),

/***/ 47827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rehearse: () => (/* binding */ rehearse)
});

// UNUSED EXPORTS: repositoryFromRemote, standInSecrets

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js
var dist = __webpack_require__(22657);
// EXTERNAL MODULE: ./lib/core/errors.ts
var core_errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/exec.ts
var exec = __webpack_require__(85219);
// EXTERNAL MODULE: ./lib/core/glob.ts
var glob = __webpack_require__(16384);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: ./lib/core/version.ts
var version = __webpack_require__(40768);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./lib/standins/aws-api.ts
/**
 * AWS on loopback, at the SDK's endpoint (AWS_ENDPOINT_URL): the calls the pipeline makes, answered
 * in each service's own wire protocol, with state kept in a directory so consecutive rehearsals are
 * consecutive runs.
 *
 * - STS (query/XML): AssumeRoleWithWebIdentity (any role is trusted; the role's account becomes the
 *   caller's), GetCallerIdentity.
 * - ECR (JSON 1.1): GetAuthorizationToken (the registry behind ECR's host is the loopback registry),
 *   BatchGetImage and DescribeImages answered from that registry. Every repository exists.
 * - EKS (REST/JSON): DescribeCluster of any name → the Kubernetes API stand-in's endpoint.
 * - CloudFront (REST/XML): CreateInvalidation (idempotent per CallerReference, counted),
 *   GetInvalidation (Completed at once).
 * - S3 (REST/XML, path style): GetObject, PutObject (If-None-Match, aws-chunked bodies), HeadObject,
 *   DeleteObject, ListObjectsV2: what Terraform's S3 backend uses for state and its lock file.
 *
 * Signatures are not verified. More services plug in as `handlers`, tried first.
 */




const DEFAULT_ACCOUNT = '123456789012';
const xml = (status, body) => ({
    status,
    headers: { 'content-type': 'text/xml' },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`
});
const json = (status, body) => ({
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1' },
    body: JSON.stringify(body)
});
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const requestId = () => (0,external_node_crypto_.randomBytes)(8).toString('hex');
function serviceOf(headers, body) {
    const target = String(headers['x-amz-target'] ?? '');
    if (target.startsWith('AmazonEC2ContainerRegistry'))
        return { service: 'ecr', action: target.split('.')[1] };
    const scope = /Credential=[^/]+\/\d+\/[^/]+\/([^/]+)\//.exec(String(headers.authorization ?? ''));
    const form = String(headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    if (form) {
        const action = new URLSearchParams(body.toString('utf8')).get('Action') ?? undefined;
        return { service: scope?.[1] ?? 'sts', action };
    }
    return { service: scope?.[1] ?? 's3' };
}
/** An aws-chunked body (`size;chunk-signature=…\r\n data \r\n … 0\r\n trailers`) → its data. */
function decodeAwsChunked(body) {
    const parts = [];
    let offset = 0;
    for (;;) {
        const end = body.indexOf('\r\n', offset);
        if (end < 0)
            break;
        const size = parseInt(body.subarray(offset, end).toString('latin1').split(';')[0], 16);
        if (!Number.isFinite(size) || size === 0)
            break;
        parts.push(body.subarray(end + 2, end + 2 + size));
        offset = end + 2 + size + 2;
    }
    return Buffer.concat(parts);
}
class Store {
    dir;
    state;
    file;
    constructor(dir) {
        this.dir = dir;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, 's3'), { recursive: true });
        this.file = (0,external_node_path_.join)(dir, 'state.json');
        this.state = (0,external_node_fs_.existsSync)(this.file)
            ? JSON.parse((0,external_node_fs_.readFileSync)(this.file, 'utf8'))
            : { credentials: {}, roles: [], clusters: [], invalidations: [] };
    }
    save() {
        (0,external_node_fs_.writeFileSync)(this.file, `${JSON.stringify(this.state, null, 2)}\n`);
    }
    objectPath(bucket, key) {
        return (0,external_node_path_.join)(this.dir, 's3', encodeURIComponent(bucket), encodeURIComponent(key));
    }
}
function sts(request, store) {
    const form = new URLSearchParams(request.body.toString('utf8'));
    const ns = 'xmlns="https://sts.amazonaws.com/doc/2011-06-15/"';
    if (request.action === 'AssumeRoleWithWebIdentity' || request.action === 'AssumeRole') {
        const role = form.get('RoleArn') ?? '';
        const match = /^arn:aws[\w-]*:iam::(\d{12}):role\/(.+)$/.exec(role);
        if (!match)
            return xml(400, `<ErrorResponse ${ns}><Error><Type>Sender</Type><Code>ValidationError</Code><Message>${escapeXml(`Request ARN is invalid: ${role}`)}</Message></Error></ErrorResponse>`);
        const session = form.get('RoleSessionName') ?? 'session';
        const accessKeyId = `ASIA${(0,external_node_crypto_.randomBytes)(8).toString('hex').toUpperCase()}`;
        store.state.credentials[accessKeyId] = { account: match[1], role };
        store.state.roles.push(role);
        store.save();
        const tag = request.action;
        return xml(200, `<${tag}Response ${ns}><${tag}Result><Credentials><AccessKeyId>${accessKeyId}</AccessKeyId><SecretAccessKey>${(0,external_node_crypto_.randomBytes)(20).toString('base64url')}</SecretAccessKey><SessionToken>${(0,external_node_crypto_.randomBytes)(48).toString('base64url')}</SessionToken><Expiration>${new Date(Date.now() + 3_600_000).toISOString()}</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${match[1]}:assumed-role/${escapeXml(match[2])}/${escapeXml(session)}</Arn><AssumedRoleId>AROAREHEARSAL:${escapeXml(session)}</AssumedRoleId></AssumedRoleUser></${tag}Result><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></${tag}Response>`);
    }
    if (request.action === 'GetCallerIdentity') {
        const key = /Credential=([^/]+)\//.exec(String(request.headers.authorization ?? ''))?.[1] ?? '';
        const known = store.state.credentials[key];
        const account = known?.account ?? DEFAULT_ACCOUNT;
        const arn = known
            ? known.role.replace(':iam::', ':sts::').replace(':role/', ':assumed-role/')
            : `arn:aws:iam::${account}:user/rehearsal`;
        return xml(200, `<GetCallerIdentityResponse ${ns}><GetCallerIdentityResult><Arn>${escapeXml(arn)}</Arn><UserId>AIDAREHEARSAL</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`);
    }
    return xml(400, `<ErrorResponse ${ns}><Error><Code>InvalidAction</Code><Message>${escapeXml(String(request.action))} is not stood in for</Message></Error></ErrorResponse>`);
}
const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json'
];
async function registryManifest(registry, repository, reference) {
    const response = await fetch(`http://${registry}/v2/${repository}/manifests/${reference}`, {
        headers: { accept: MANIFEST_TYPES.join(', ') }
    });
    if (response.status === 404)
        return undefined;
    if (!response.ok)
        throw new Error(`registry answered ${response.status} for ${repository}:${reference}`);
    const body = await response.text();
    return {
        body,
        digest: response.headers.get('docker-content-digest') ??
            `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`,
        mediaType: (response.headers.get('content-type') ?? '').split(';')[0]
    };
}
/** BatchGetImage and DescribeImages, answered from what the registry holds. */
async function ecrImages(request, options, input, account) {
    const repositoryName = input.repositoryName ?? '';
    const images = [];
    const failures = [];
    for (const id of input.imageIds ?? []) {
        const found = await registryManifest(options.registry, repositoryName, id.imageDigest ?? id.imageTag ?? '');
        if (!found) {
            if (request.action === 'DescribeImages')
                return json(400, {
                    __type: 'ImageNotFoundException',
                    message: `The image with imageId {imageDigest:'null', imageTag:'${id.imageTag}'} does not exist within the repository with name '${repositoryName}' in the registry with id '${account}'`
                });
            failures.push({
                imageId: id,
                failureCode: 'ImageNotFound',
                failureReason: 'Requested image not found'
            });
        }
        else if (request.action === 'BatchGetImage')
            images.push({
                registryId: account,
                repositoryName,
                imageId: { imageDigest: found.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
                imageManifest: found.body,
                imageManifestMediaType: found.mediaType
            });
        else
            images.push({
                registryId: account,
                repositoryName,
                imageDigest: found.digest,
                imageTags: id.imageTag ? [id.imageTag] : [],
                imageManifestMediaType: found.mediaType,
                imagePushedAt: Math.floor(Date.now() / 1000)
            });
    }
    return request.action === 'BatchGetImage'
        ? json(200, { images, failures })
        : json(200, { imageDetails: images });
}
async function ecr(request, options) {
    const input = JSON.parse(request.body.toString('utf8') || '{}');
    const account = input.registryId ?? input.registryIds?.[0] ?? DEFAULT_ACCOUNT;
    const region = /Credential=[^/]+\/\d+\/([^/]+)\//.exec(String(request.headers.authorization ?? ''))?.[1] ?? 'us-east-1';
    switch (request.action) {
        case 'GetAuthorizationToken':
            return json(200, {
                authorizationData: [
                    {
                        authorizationToken: Buffer.from(`AWS:${(0,external_node_crypto_.randomBytes)(24).toString('base64url')}`).toString('base64'),
                        expiresAt: Math.floor(Date.now() / 1000) + 43_200,
                        proxyEndpoint: `https://${account}.dkr.ecr.${region}.amazonaws.com`
                    }
                ]
            });
        case 'BatchGetImage':
        case 'DescribeImages':
            return ecrImages(request, options, input, account);
        default:
            return json(400, {
                __type: 'UnsupportedOperation',
                message: `ECR ${request.action} is not stood in for`
            });
    }
}
function eks(request, options, store) {
    const match = /^\/clusters\/([^/]+)$/.exec(request.path);
    if (request.method !== 'GET' || !match)
        return {
            status: 400,
            body: JSON.stringify({ message: `EKS ${request.method} ${request.path} is not stood in for` })
        };
    const name = decodeURIComponent(match[1]);
    if (!store.state.clusters.includes(name)) {
        store.state.clusters.push(name);
        store.save();
    }
    return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
            cluster: {
                name,
                arn: `arn:aws:eks:us-east-1:${DEFAULT_ACCOUNT}:cluster/${name}`,
                endpoint: options.kubeEndpoint,
                status: 'ACTIVE',
                version: '1.31',
                certificateAuthority: {}
            }
        })
    };
}
function invalidationXml(invalidation, status) {
    const items = invalidation.paths.map(path => `<Path>${escapeXml(path)}</Path>`).join('');
    return `<Invalidation xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Id>${invalidation.id}</Id><Status>${status}</Status><CreateTime>${invalidation.createTime}</CreateTime><InvalidationBatch><Paths><Quantity>${invalidation.paths.length}</Quantity><Items>${items}</Items></Paths><CallerReference>${escapeXml(invalidation.callerReference)}</CallerReference></InvalidationBatch></Invalidation>`;
}
function cloudfront(request, store) {
    const create = /^\/2020-05-31\/distribution\/([^/]+)\/invalidation$/.exec(request.path);
    const get = /^\/2020-05-31\/distribution\/([^/]+)\/invalidation\/([^/]+)$/.exec(request.path);
    if (create && request.method === 'POST') {
        const body = request.body.toString('utf8');
        const paths = [...body.matchAll(/<Path>([^<]*)<\/Path>/g)].map(m => m[1]);
        const callerReference = /<CallerReference>([^<]*)<\/CallerReference>/.exec(body)?.[1] ?? '';
        const distributionId = decodeURIComponent(create[1]);
        let invalidation = store.state.invalidations.find(i => i.distributionId === distributionId && i.callerReference === callerReference);
        if (!invalidation) {
            invalidation = {
                id: `I${(0,external_node_crypto_.randomBytes)(6).toString('hex').toUpperCase()}`,
                distributionId,
                callerReference,
                paths,
                createTime: new Date().toISOString()
            };
            store.state.invalidations.push(invalidation);
            store.save();
        }
        const response = xml(201, invalidationXml(invalidation, 'InProgress'));
        response.headers = {
            ...response.headers,
            location: `https://cloudfront.amazonaws.com/2020-05-31/distribution/${distributionId}/invalidation/${invalidation.id}`
        };
        return response;
    }
    if (get && request.method === 'GET') {
        const invalidation = store.state.invalidations.find(i => i.id === get[2]);
        if (!invalidation)
            return xml(404, `<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchInvalidation</Code><Message>The specified invalidation does not exist.</Message></Error></ErrorResponse>`);
        return xml(200, invalidationXml(invalidation, 'Completed'));
    }
    return xml(400, `<ErrorResponse><Error><Code>InvalidAction</Code><Message>CloudFront ${request.method} ${escapeXml(request.path)} is not stood in for</Message></Error></ErrorResponse>`);
}
function s3Error(status, code, message) {
    return xml(status, `<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message><RequestId>${requestId()}</RequestId></Error>`);
}
/** ListObjectsV2 of a bucket (one page: every key under the prefix). */
function listBucket(request, store, bucket, bucketDir) {
    const prefix = request.query.get('prefix') ?? '';
    const keys = ((0,external_node_fs_.existsSync)(bucketDir) ? (0,external_node_fs_.readdirSync)(bucketDir) : [])
        .map(name => decodeURIComponent(name))
        .filter(name => name.startsWith(prefix))
        .sort();
    const contents = keys
        .map(name => {
        const stat = (0,external_node_fs_.statSync)(store.objectPath(bucket, name));
        return `<Contents><Key>${escapeXml(name)}</Key><LastModified>${stat.mtime.toISOString()}</LastModified><Size>${stat.size}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
    })
        .join('');
    return xml(200, `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${escapeXml(bucket)}</Name><Prefix>${escapeXml(prefix)}</Prefix><KeyCount>${keys.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`);
}
const etagOf = (data) => `"${(0,external_node_crypto_.createHash)('md5').update(data).digest('hex')}"`;
/** GetObject, HeadObject, PutObject (If-None-Match, aws-chunked bodies), DeleteObject. */
function objectRequest(request, file, bucketDir) {
    switch (request.method) {
        case 'GET':
        case 'HEAD': {
            if (!(0,external_node_fs_.existsSync)(file))
                return request.method === 'HEAD'
                    ? { status: 404 }
                    : s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
            const data = (0,external_node_fs_.readFileSync)(file);
            return {
                status: 200,
                headers: {
                    'content-type': 'application/octet-stream',
                    etag: etagOf(data),
                    'content-length': String(data.length)
                },
                body: request.method === 'GET' ? data : undefined
            };
        }
        case 'PUT': {
            if (request.headers['if-none-match'] === '*' && (0,external_node_fs_.existsSync)(file))
                return s3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
            const encoded = String(request.headers['content-encoding'] ?? '').includes('aws-chunked') ||
                String(request.headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-');
            const data = encoded ? decodeAwsChunked(request.body) : request.body;
            (0,external_node_fs_.mkdirSync)(bucketDir, { recursive: true });
            (0,external_node_fs_.writeFileSync)(file, data);
            return { status: 200, headers: { etag: etagOf(data) } };
        }
        case 'DELETE':
            (0,external_node_fs_.rmSync)(file, { force: true });
            return { status: 204 };
        default:
            return s3Error(400, 'InvalidRequest', `${request.method} is not stood in for`);
    }
}
function s3(request, store) {
    const [, bucket = '', ...rest] = request.path.split('/');
    const key = decodeURIComponent(rest.join('/'));
    if (!bucket)
        return s3Error(400, 'InvalidRequest', 'path-style requests only (/bucket/key)');
    const bucketDir = (0,external_node_path_.join)(store.dir, 's3', encodeURIComponent(bucket));
    if (!key) {
        if (request.method === 'HEAD')
            return { status: 200 };
        if (request.method === 'GET')
            return listBucket(request, store, bucket, bucketDir);
        return s3Error(400, 'InvalidRequest', `${request.method} on a bucket is not stood in for`);
    }
    return objectRequest(request, store.objectPath(bucket, key), bucketDir);
}
async function startAwsStandIn(options) {
    const store = new Store(options.stateDir);
    const handle = async (request) => {
        for (const handler of options.handlers ?? []) {
            const answer = await handler(request);
            if (answer)
                return answer;
        }
        switch (request.service) {
            case 'sts':
                return sts(request, store);
            case 'ecr':
            case 'api.ecr':
                return ecr(request, options);
            case 'eks':
                return eks(request, options, store);
            case 'cloudfront':
                return cloudfront(request, store);
            case 's3':
                return s3(request, store);
            default:
                return json(400, { __type: 'UnknownService', message: `${request.service} is not stood in for` });
        }
    };
    const server = external_node_http_default().createServer((req, res) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => {
            const body = Buffer.concat(chunks);
            const url = new URL(req.url ?? '/', 'http://aws');
            const { service, action } = serviceOf(req.headers, body);
            handle({
                method: req.method ?? 'GET',
                path: url.pathname,
                query: url.searchParams,
                headers: req.headers,
                body,
                service,
                action
            })
                .catch((error) => json(500, { __type: 'InternalFailure', message: error.message }))
                .then(answer => {
                res.writeHead(answer.status, { 'x-amzn-requestid': requestId(), ...answer.headers });
                res.end(answer.body);
            });
        });
    });
    await new Promise(done => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${server.address().port}`;
    return {
        url,
        invalidations: () => [...store.state.invalidations],
        roles: () => [...store.state.roles],
        stop: () => new Promise(done => {
            server.closeAllConnections();
            server.close(() => done());
        })
    };
}

// EXTERNAL MODULE: ./lib/standins/busybox-base.ts
var busybox_base = __webpack_require__(30287);
;// CONCATENATED MODULE: ./lib/standins/github-api.ts
/**
 * GitHub's REST API on loopback for rehearsals: the issue-comment endpoints a pull request comment
 * uses (list with Link pagination, create, update), answering only the run's GITHUB_TOKEN, with the
 * comments kept in a directory so a second rehearsal of the same pull request finds the first's.
 */



/** The comments kept in `stateDir`, saved after every write. */
class CommentStore {
    state;
    file;
    constructor(stateDir) {
        (0,external_node_fs_.mkdirSync)(stateDir, { recursive: true });
        this.file = (0,external_node_path_.join)(stateDir, 'comments.json');
        this.state = (0,external_node_fs_.existsSync)(this.file)
            ? JSON.parse((0,external_node_fs_.readFileSync)(this.file, 'utf8'))
            : { nextId: 1000, comments: [], writes: [] };
    }
    save() {
        (0,external_node_fs_.writeFileSync)(this.file, `${JSON.stringify(this.state, null, 2)}\n`);
    }
}
/** One page of an issue's comments, with a Link header to the next and last pages (as GitHub's). */
function listComments(store, url, baseUrl, repository, issue) {
    const all = store.state.comments.filter(c => c.repository === repository && c.issue === issue);
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const pages = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p, rel) => `<${baseUrl}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
    return {
        code: 200,
        body: all.slice((page - 1) * perPage, page * perPage),
        headers: page < pages ? { link: [link(page + 1, 'next'), link(pages, 'last')].join(', ') } : {}
    };
}
function createComment(store, repository, issue, body, now) {
    const id = store.state.nextId++;
    const comment = {
        id,
        repository,
        issue: Number(issue),
        body: JSON.parse(body).body,
        html_url: `https://github.com/${repository}/pull/${issue}#issuecomment-${id}`,
        user: { login: 'github-actions[bot]' },
        created_at: now,
        updated_at: now
    };
    store.state.comments.push(comment);
    store.state.writes.push({ action: 'created', id });
    store.save();
    return { code: 201, body: comment };
}
function updateComment(store, repository, id, body, now) {
    const comment = store.state.comments.find(c => c.repository === repository && c.id === id);
    if (!comment)
        return { code: 404, body: { message: 'Not Found' } };
    comment.body = JSON.parse(body).body;
    comment.updated_at = now;
    store.state.writes.push({ action: 'updated', id: comment.id });
    store.save();
    return { code: 200, body: comment };
}
/** The answer to one request: the run's token only, then the comment endpoints by method and path. */
function answerRequest(store, token, baseUrl, req, body) {
    const auth = String(req.headers.authorization ?? '');
    if (auth !== `token ${token}` && auth !== `Bearer ${token}`)
        return {
            code: 401,
            body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }
        };
    const parsed = new URL(req.url ?? '/', 'http://github');
    const list = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(parsed.pathname);
    const one = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(parsed.pathname);
    const now = new Date().toISOString();
    if (list && req.method === 'GET')
        return listComments(store, parsed, baseUrl, list[1], Number(list[2]));
    if (list && req.method === 'POST')
        return createComment(store, list[1], list[2], body, now);
    if (one && req.method === 'PATCH')
        return updateComment(store, one[1], Number(one[2]), body, now);
    return { code: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
}
async function startGitHubStandIn(options) {
    const store = new CommentStore(options.stateDir);
    const state = store.state;
    let url = '';
    const handle = (req, body) => answerRequest(store, options.token, url, req, body);
    const server = external_node_http_default().createServer((req, res) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => {
            const answer = handle(req, Buffer.concat(chunks).toString('utf8'));
            res.writeHead(answer.code, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
            res.end(JSON.stringify(answer.body));
        });
    });
    await new Promise(done => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${server.address().port}`;
    return {
        url,
        comments: (repository, issue) => state.comments.filter(c => (!repository || c.repository === repository) && (issue === undefined || c.issue === issue)),
        writes: () => [...state.writes],
        stop: () => new Promise(done => {
            server.closeAllConnections();
            server.close(() => done());
        })
    };
}

;// CONCATENATED MODULE: ./lib/standins/label-selector.ts
/**
 * Kubernetes label selectors as the API server reads them in a list's `labelSelector`: terms joined
 * by commas, each `key`, `!key`, `key=value`, `key==value` or `key!=value` (the set-based `in` and
 * `notin` forms are not used by Shipline). For the stand-ins of the Kubernetes API. Pure.
 */
const TERM = /^\s*(!?)([^!=\s]+)\s*(==|!=|=)?\s*(.*?)\s*$/;
/** Whether `labels` match every term of `selector` (an empty one matches all); throws on a term it cannot read. */
function matchesLabelSelector(labels, selector) {
    for (const term of (selector ?? '').split(',').filter(Boolean)) {
        const [, not, key, op, value] = TERM.exec(term) ?? [];
        if (!key)
            throw new Error(`unparsable labelSelector term ${term}`);
        const holds = !op ? key in labels : op === '!=' ? labels[key] !== value : labels[key] === value;
        if (holds === Boolean(not))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./lib/standins/kube-api.ts
/**
 * A Kubernetes API server on loopback for rehearsals, the endpoint the EKS stand-in's DescribeCluster
 * names: discovery of the kinds the reference manifests use (the AWS Load Balancer Controller's
 * TargetGroupBinding included, as on the EKS cluster infra/ builds) and of the API groups, server-side
 * apply, GET, label-selected lists and DELETE (with its dependents, as pruning needs). Workloads roll
 * out at once: a changed pod template makes a new revision (a ReplicaSet, or a ControllerRevision)
 * and is counted as one rollout; an unchanged one is not. The
 * objects persist in a directory, so a second rehearsal finds the cluster as the first left it.
 * Tokens are accepted when they look like EKS's (`k8s-aws-v1.`); nothing else is authorised.
 */





const RESOURCES = {
    v1: [
        { name: 'namespaces', kind: 'Namespace', namespaced: false },
        { name: 'services', kind: 'Service', namespaced: true },
        { name: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true },
        { name: 'configmaps', kind: 'ConfigMap', namespaced: true },
        { name: 'secrets', kind: 'Secret', namespaced: true },
        { name: 'pods', kind: 'Pod', namespaced: true },
        { name: 'events', kind: 'Event', namespaced: true },
        { name: 'persistentvolumeclaims', kind: 'PersistentVolumeClaim', namespaced: true }
    ],
    'apps/v1': [
        { name: 'deployments', kind: 'Deployment', namespaced: true },
        { name: 'statefulsets', kind: 'StatefulSet', namespaced: true },
        { name: 'daemonsets', kind: 'DaemonSet', namespaced: true },
        { name: 'replicasets', kind: 'ReplicaSet', namespaced: true },
        { name: 'controllerrevisions', kind: 'ControllerRevision', namespaced: true }
    ],
    'autoscaling/v2': [{ name: 'horizontalpodautoscalers', kind: 'HorizontalPodAutoscaler', namespaced: true }],
    'networking.k8s.io/v1': [
        { name: 'networkpolicies', kind: 'NetworkPolicy', namespaced: true },
        { name: 'ingresses', kind: 'Ingress', namespaced: true }
    ],
    'policy/v1': [{ name: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', namespaced: true }],
    'batch/v1': [
        { name: 'jobs', kind: 'Job', namespaced: true },
        { name: 'cronjobs', kind: 'CronJob', namespaced: true }
    ],
    'rbac.authorization.k8s.io/v1': [
        { name: 'roles', kind: 'Role', namespaced: true },
        { name: 'rolebindings', kind: 'RoleBinding', namespaced: true }
    ],
    'elbv2.k8s.aws/v1beta1': [{ name: 'targetgroupbindings', kind: 'TargetGroupBinding', namespaced: true }]
};
const WORKLOADS = ['Deployment', 'StatefulSet', 'DaemonSet'];
const REVISION = 'deployment.kubernetes.io/revision';
const kube_api_status = (code, reason, message) => ({
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    reason,
    message,
    code
});
function parsePath(path) {
    const match = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?$/.exec(path);
    if (!match)
        return undefined;
    const apiVersion = match[1] ?? match[2];
    const resource = (RESOURCES[apiVersion] ?? []).find(r => r.name === match[4]);
    if (!resource)
        return undefined;
    return {
        apiVersion,
        namespace: match[3],
        resource,
        name: match[5] ? decodeURIComponent(match[5]) : undefined
    };
}
function key(apiVersion, kind, namespace, name) {
    return `${apiVersion}|${kind}|${namespace ?? ''}|${name}`;
}
function kube_api_images(template) {
    const spec = template?.spec ?? {};
    return [...(spec.initContainers ?? []), ...(spec.containers ?? [])].map((c) => String(c.image ?? ''));
}
function hash(value) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify(value ?? null))
        .digest('hex')
        .slice(0, 10);
}
class Cluster {
    state;
    file;
    constructor(dir) {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        this.file = (0,external_node_path_.join)(dir, 'cluster.json');
        this.state = (0,external_node_fs_.existsSync)(this.file)
            ? JSON.parse((0,external_node_fs_.readFileSync)(this.file, 'utf8'))
            : { objects: {}, rollouts: [], resourceVersion: 1000 };
        for (const ns of ['default', 'kube-system'])
            this.state.objects[key('v1', 'Namespace', undefined, ns)] ??= {
                apiVersion: 'v1',
                kind: 'Namespace',
                metadata: { name: ns, uid: (0,external_node_crypto_.randomUUID)() },
                status: { phase: 'Active' }
            };
    }
    save() {
        (0,external_node_fs_.writeFileSync)(this.file, `${JSON.stringify(this.state)}\n`);
    }
    namespaceExists(name) {
        return Boolean(this.state.objects[key('v1', 'Namespace', undefined, name)]);
    }
    apply(apiVersion, resource, namespace, name, body) {
        const k = key(apiVersion, resource.kind, namespace, name);
        const previous = this.state.objects[k];
        const object = structuredClone(body);
        object.metadata = {
            ...object.metadata,
            name,
            ...(namespace ? { namespace } : {}),
            uid: previous?.metadata?.uid ?? (0,external_node_crypto_.randomUUID)(),
            creationTimestamp: previous?.metadata?.creationTimestamp ?? new Date().toISOString(),
            resourceVersion: String(++this.state.resourceVersion),
            annotations: { ...(previous?.metadata?.annotations ?? {}), ...(object.metadata?.annotations ?? {}) }
        };
        if (WORKLOADS.includes(resource.kind))
            this.rollOut(object, previous);
        else if (resource.kind === 'Namespace')
            object.status = { phase: 'Active' };
        this.state.objects[k] = object;
        this.save();
        return object;
    }
    /** Delete an object and what it owns (the garbage collector's Background propagation, at once). */
    remove(k) {
        const uid = this.state.objects[k]?.metadata?.uid;
        delete this.state.objects[k];
        for (const [other, object] of Object.entries(this.state.objects))
            if (object.metadata?.ownerReferences?.some((owner) => owner.uid === uid))
                delete this.state.objects[other];
        this.save();
    }
    rollOut(object, previous) {
        const changedSpec = !previous || hash(previous.spec) !== hash(object.spec);
        object.metadata.generation = (previous?.metadata?.generation ?? 0) + (changedSpec ? 1 : 0);
        const templateChanged = !previous || hash(previous.spec?.template) !== hash(object.spec?.template);
        const lastRevision = Number(previous?.metadata?.annotations?.[REVISION] ?? 0);
        const revision = templateChanged ? lastRevision + 1 : lastRevision;
        if (templateChanged)
            this.newRevision(object, revision);
        if (object.kind === 'Deployment')
            object.metadata.annotations[REVISION] = String(revision);
        object.status = rolledOutStatus(object);
    }
    /** A changed pod template: one more rollout, and its revision object (ReplicaSet or ControllerRevision). */
    newRevision(object, revision) {
        const namespace = object.metadata.namespace;
        this.state.rollouts.push({
            kind: object.kind,
            namespace,
            name: object.metadata.name,
            revision,
            images: kube_api_images(object.spec?.template)
        });
        const owner = {
            apiVersion: 'apps/v1',
            kind: object.kind,
            name: object.metadata.name,
            uid: object.metadata.uid,
            controller: true
        };
        const labels = { ...(object.spec?.selector?.matchLabels ?? {}) };
        const templateHash = hash(object.spec?.template);
        const name = `${object.metadata.name}-${templateHash}`;
        if (object.kind === 'Deployment') {
            this.state.objects[key('apps/v1', 'ReplicaSet', namespace, name)] = {
                apiVersion: 'apps/v1',
                kind: 'ReplicaSet',
                metadata: {
                    name,
                    namespace,
                    uid: (0,external_node_crypto_.randomUUID)(),
                    labels: { ...labels, 'pod-template-hash': templateHash },
                    annotations: { [REVISION]: String(revision) },
                    ownerReferences: [owner]
                },
                spec: {
                    replicas: object.spec?.replicas ?? 1,
                    selector: object.spec?.selector,
                    template: object.spec?.template
                }
            };
        }
        else {
            this.state.objects[key('apps/v1', 'ControllerRevision', namespace, name)] = {
                apiVersion: 'apps/v1',
                kind: 'ControllerRevision',
                metadata: { name, namespace, uid: (0,external_node_crypto_.randomUUID)(), labels, ownerReferences: [owner] },
                revision,
                data: { spec: { template: { ...object.spec?.template, $patch: 'replace' } } }
            };
        }
    }
}
/** The status of a workload whose rollout finished at once: every replica updated and ready. */
function rolledOutStatus(object) {
    const replicas = object.spec?.replicas ?? 1;
    const revisionName = `${object.metadata.name}-${hash(object.spec?.template)}`;
    const observedGeneration = object.metadata.generation;
    if (object.kind === 'Deployment')
        return {
            observedGeneration,
            replicas,
            updatedReplicas: replicas,
            readyReplicas: replicas,
            availableReplicas: replicas,
            conditions: [
                { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
                {
                    type: 'Progressing',
                    status: 'True',
                    reason: 'NewReplicaSetAvailable',
                    message: `ReplicaSet "${revisionName}" has successfully progressed.`
                }
            ]
        };
    if (object.kind === 'StatefulSet')
        return {
            observedGeneration,
            replicas,
            readyReplicas: replicas,
            currentReplicas: replicas,
            updatedReplicas: replicas,
            availableReplicas: replicas,
            currentRevision: revisionName,
            updateRevision: revisionName
        };
    return {
        observedGeneration,
        desiredNumberScheduled: 1,
        currentNumberScheduled: 1,
        updatedNumberScheduled: 1,
        numberReady: 1,
        numberAvailable: 1
    };
}
/** The discovery document of one API group version. */
function apiResources(apiVersion) {
    const resources = RESOURCES[apiVersion];
    if (!resources)
        return {
            code: 404,
            body: kube_api_status(404, 'NotFound', 'the server could not find the requested resource')
        };
    return { code: 200, body: { kind: 'APIResourceList', groupVersion: apiVersion, resources } };
}
/** A server-side apply (the only PATCH stood in for). */
function applyRequest(cluster, req, url, parsed, body) {
    const { apiVersion, resource, namespace, name } = parsed;
    if (!String(req.headers['content-type'] ?? '').startsWith('application/apply-patch'))
        return {
            code: 415,
            body: kube_api_status(415, 'UnsupportedMediaType', 'only server-side apply is stood in for')
        };
    if (!url.searchParams.get('fieldManager'))
        return { code: 422, body: kube_api_status(422, 'Invalid', 'fieldManager is required for apply requests') };
    if (resource.namespaced && !cluster.namespaceExists(namespace ?? 'default'))
        return { code: 404, body: kube_api_status(404, 'NotFound', `namespaces "${namespace}" not found`) };
    const applied = cluster.apply(apiVersion, resource, resource.namespaced ? (namespace ?? 'default') : undefined, name, JSON.parse(body));
    return { code: 200, body: applied };
}
/** The API groups and their preferred versions (GET /apis). */
function apiGroups() {
    const groups = Object.keys(RESOURCES)
        .filter(version => version.includes('/'))
        .map(groupVersion => {
        const [name, version] = groupVersion.split('/');
        return { name, versions: [{ groupVersion, version }], preferredVersion: { groupVersion, version } };
    });
    return { code: 200, body: { kind: 'APIGroupList', apiVersion: 'v1', groups } };
}
/** A DELETE (what pruning sends): gone with its dependents, unless preconditions.uid names another object. */
function deleteRequest(cluster, parsed, body) {
    const { apiVersion, resource, namespace, name } = parsed;
    const k = key(apiVersion, resource.kind, resource.namespaced ? (namespace ?? 'default') : undefined, name);
    const object = cluster.state.objects[k];
    if (!object)
        return { code: 404, body: kube_api_status(404, 'NotFound', `${resource.name} "${name}" not found`) };
    const uid = (body ? JSON.parse(body) : {}).preconditions?.uid;
    if (uid && uid !== object.metadata.uid)
        return {
            code: 409,
            body: kube_api_status(409, 'Conflict', `Precondition failed: UID in precondition: ${uid}, UID in object meta: ${object.metadata.uid}`)
        };
    cluster.remove(k);
    return {
        code: 200,
        body: {
            kind: 'Status',
            apiVersion: 'v1',
            metadata: {},
            status: 'Success',
            details: { name, kind: resource.name, uid: object.metadata.uid }
        }
    };
}
/** The objects of a kind (in a namespace, or in all), filtered by the labelSelector. */
function listObjects(cluster, url, { apiVersion, resource, namespace }) {
    const selector = url.searchParams.get('labelSelector');
    const items = Object.entries(cluster.state.objects)
        .filter(([k]) => k.startsWith(`${apiVersion}|${resource.kind}|${namespace ?? ''}|`) ||
        (!namespace && k.startsWith(`${apiVersion}|${resource.kind}|`)))
        .map(([, object]) => object)
        .filter(object => matchesLabelSelector(object.metadata?.labels ?? {}, selector));
    return { code: 200, body: { kind: `${resource.kind}List`, apiVersion, metadata: {}, items } };
}
/** The answer to one request: authorised by an EKS-shaped token, then routed by method and path. */
function kube_api_answerRequest(cluster, req, body) {
    const url = new URL(req.url ?? '/', 'http://kube');
    const auth = String(req.headers.authorization ?? '');
    if (!/^Bearer k8s-aws-v1\.[A-Za-z0-9_-]+$/.test(auth))
        return { code: 401, body: kube_api_status(401, 'Unauthorized', 'Unauthorized') };
    const path = url.pathname.replace(/\/$/, '');
    const group = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))$/.exec(path);
    if (req.method === 'GET' && group)
        return apiResources(group[1] ?? group[2]);
    if (req.method === 'GET' && path === '/apis')
        return apiGroups();
    const parsed = parsePath(path);
    if (!parsed)
        return {
            code: 404,
            body: kube_api_status(404, 'NotFound', `the server could not find the requested resource (${path})`)
        };
    const { apiVersion, resource, namespace, name } = parsed;
    if (req.method === 'PATCH' && name)
        return applyRequest(cluster, req, url, parsed, body);
    if (req.method === 'GET' && name) {
        const object = cluster.state.objects[key(apiVersion, resource.kind, namespace, name)];
        return object
            ? { code: 200, body: object }
            : { code: 404, body: kube_api_status(404, 'NotFound', `${resource.name} "${name}" not found`) };
    }
    if (req.method === 'GET')
        return listObjects(cluster, url, parsed);
    if (req.method === 'DELETE' && name)
        return deleteRequest(cluster, parsed, body);
    return { code: 405, body: kube_api_status(405, 'MethodNotAllowed', `${req.method} is not stood in for`) };
}
async function startKubeStandIn(options) {
    const cluster = new Cluster(options.stateDir);
    const server = external_node_http_default().createServer((req, res) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => {
            let answer;
            try {
                answer = kube_api_answerRequest(cluster, req, Buffer.concat(chunks).toString('utf8'));
            }
            catch (error) {
                answer = { code: 500, body: kube_api_status(500, 'InternalError', error.message) };
            }
            res.writeHead(answer.code, { 'content-type': 'application/json' });
            res.end(JSON.stringify(answer.body));
        });
    });
    await new Promise(done => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${server.address().port}`;
    return {
        url,
        rollouts: () => [...cluster.state.rollouts],
        object(path) {
            const parsed = parsePath(path);
            return parsed?.name
                ? cluster.state.objects[key(parsed.apiVersion, parsed.resource.kind, parsed.namespace, parsed.name)]
                : undefined;
        },
        stop: () => new Promise(done => {
            server.closeAllConnections();
            server.close(() => done());
        })
    };
}

;// CONCATENATED MODULE: ./lib/standins/oidc-token.ts
/**
 * GitHub's OIDC token service on loopback for rehearsals: a job's steps find it, as on a runner, at
 * ACTIONS_ID_TOKEN_REQUEST_URL with the bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, and get `{"value":
 * JWT}` for the `audience` they ask. Each job's request token is issued with that job's claims
 * (repository, ref, sha, job_workflow_ref, job_workflow_sha, …); the JWT is unsigned (`alg: none`):
 * nothing in a rehearsal verifies it, the AWS stand-in trusts any role.
 */


const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** The unsigned JWT of `claims` for `audience`, issued now. */
function oidcJwt(claims, audience, nowSeconds) {
    const payload = {
        ...claims,
        aud: audience,
        iss: 'https://token.actions.githubusercontent.com',
        iat: nowSeconds,
        nbf: nowSeconds,
        exp: nowSeconds + 300
    };
    return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
}
async function startOidcStandIn(now = Date.now) {
    const issued = new Map();
    const server = external_node_http_default().createServer((request, response) => {
        const url = new URL(request.url ?? '/', 'http://loopback');
        const bearer = /^bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
        const claims = bearer ? issued.get(bearer) : undefined;
        const answer = (code, body) => {
            response.writeHead(code, { 'content-type': 'application/json' });
            response.end(JSON.stringify(body));
        };
        if (url.pathname !== '/token')
            return answer(404, { message: 'Not Found' });
        if (!claims)
            return answer(401, { message: 'Bad credentials' });
        const audience = url.searchParams.get('audience') ?? 'https://github.com';
        answer(200, { value: oidcJwt(claims, audience, Math.floor(now() / 1000)) });
    });
    await new Promise(done => server.listen(0, '127.0.0.1', done));
    const { port } = server.address();
    return {
        requestUrl: `http://127.0.0.1:${port}/token?api-version=2.0`,
        issue(claims) {
            const token = `oidc_rehearsal${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
            issued.set(token, claims);
            return token;
        },
        stop: () => new Promise(done => server.close(() => done()))
    };
}

// EXTERNAL MODULE: ./lib/standins/local-registry.ts
var local_registry = __webpack_require__(4494);
;// CONCATENATED MODULE: ./lib/standins/runner-tools.ts
/**
 * The tools a GitHub-hosted runner has that this machine stands in for, written into a rehearsal's
 * state directory:
 * - `docker`: the runner's docker CLI for what Shipline runs (`buildx build … --output type=oci`,
 *   `login --password-stdin`, `logout`), building with podman (vfs, chroot) into the same OCI archive;
 *   docker.io/library/busybox:1.36 is the local busybox base (nothing can be pulled). buildx's
 *   registry cache on an ECR host is podman's layer cache in that repository of the loopback
 *   registry (read with --cache-from, written with --cache-to). Every build is recorded, one JSON
 *   line each (tags, context, archive, the cache read and written), in $SHIPLINE_REHEARSAL_BUILDS.
 * - `trivy`, which the steps reach through SHIPLINE_TRIVY (a Trivy the runner provides; scan-images
 *   says it is not verified): the DB download and image scans, each report clean (no findings); the
 *   real Trivy is not on this machine.
 * - a Node preload that is the runner's network for ECR's registry hosts
 *   (ACCOUNT.dkr.ecr.REGION.amazonaws.com over HTTPS) and Docker Hub's (registry-1.docker.io, where
 *   content tags look up base images' digests): fetch reaches the loopback registry instead, which
 *   holds the busybox base as library/busybox:1.36.
 */


const BUSYBOX_REFERENCE = 'docker.io/library/busybox:1.36';
/** Where the loopback registry holds the busybox base, as Docker Hub would serve it. */
const BUSYBOX_REPOSITORY = 'library/busybox:1.36';
const DOCKER = String.raw `#!/usr/bin/env node
// The rehearsal's docker CLI: builds with podman. Written by shipline rehearse.
const { spawnSync } = require('node:child_process')
const { appendFileSync } = require('node:fs')
const argv = process.argv.slice(2)
const env = process.env
const storage = ['--root', env.SHIPLINE_PODMAN_ROOT, '--runroot', env.SHIPLINE_PODMAN_RUNROOT, '--storage-driver', env.SHIPLINE_PODMAN_STORAGE_DRIVER || 'vfs']
const podman = (args, input) => {
  const r = spawnSync('podman', [...storage, ...args], { stdio: [input === undefined ? 'inherit' : 'pipe', 'inherit', 'inherit'], input })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
const fail = message => { process.stderr.write('docker (rehearsal): ' + message + '\n'); process.exit(1) }
if (argv[0] === 'login') {
  const host = argv[argv.length - 1]
  require('node:fs').readFileSync(0)
  process.stdout.write('Login Succeeded (' + host + ', rehearsal)\n')
  process.exit(0)
}
if (argv[0] === 'logout') { process.stdout.write('Removing login credentials for ' + argv[1] + '\n'); process.exit(0) }
if (argv[0] === 'info' || argv[0] === 'version') { process.stdout.write('shipline-rehearsal (podman)\n'); process.exit(0) }
if (argv[0] !== 'buildx' || argv[1] !== 'build') fail('only buildx build, login and logout are stood in for: ' + argv.join(' '))
const build = ['build', '--isolation', env.SHIPLINE_PODMAN_ISOLATION || 'chroot', '--pull=never']
const tags = []
// buildx's registry cache (type=registry,ref=HOST/REPO:TAG) is, for podman, the repository REPO on
// the loopback registry (an ECR host is the loopback registry on this network); elsewhere, none.
const ecr = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/
const cacheRepository = spec => {
  const ref = /(?:^|,)ref=([^,]+)/.exec(spec || '')
  if (!/^type=registry(,|$)/.test(spec || '') || !ref) fail('expected a cache of type=registry,ref=REF: ' + spec)
  const slash = ref[1].indexOf('/')
  const host = ref[1].slice(0, slash)
  const repo = ref[1].slice(slash + 1).replace(/@.*$/, '').replace(/:[^/]*$/, '')
  const loopback = env.SHIPLINE_REHEARSAL_REGISTRY
  return loopback && (ecr.test(host) || host === loopback) ? loopback + '/' + repo : undefined
}
const cache = {}
let output
let context
for (let i = 2; i < argv.length; i++) {
  const a = argv[i]
  if (a === '--file' || a === '--platform' || a === '--build-arg') build.push(a, argv[++i])
  else if (a === '--tag') { tags.push(argv[++i]); build.push('--tag', argv[i]) }
  else if (a === '--cache-from' || a === '--cache-to') cache[a.slice(2)] = cacheRepository(argv[++i])
  else if (a === '--output') output = argv[++i]
  else if (a.startsWith('--')) fail('unknown flag ' + a)
  else context = a
}
const dest = /^type=oci,dest=(.+)$/.exec(output || '')
if (!dest || !context || !tags.length) fail('expected --tag, --output type=oci,dest=PATH and a context')
if (cache['cache-from']) build.push('--layers', '--tls-verify=false', '--cache-from', cache['cache-from'])
if (cache['cache-from'] && cache['cache-to']) build.push('--cache-to', cache['cache-to'])
podman([...build, context])
podman(['push', '--quiet', '--compression-format', 'gzip', tags[0], 'oci-archive:' + dest[1]])
const record = { tags, context, archive: dest[1], cacheFrom: cache['cache-from'] ?? null, cacheTo: cache['cache-to'] ?? null }
if (env.SHIPLINE_REHEARSAL_BUILDS) appendFileSync(env.SHIPLINE_REHEARSAL_BUILDS, JSON.stringify(record) + '\n')
`;
const TRIVY = String.raw `#!/usr/bin/env node
// The rehearsal's Trivy: a clean report for every image. Written by shipline rehearse.
const { mkdirSync, writeFileSync } = require('node:fs')
const { join } = require('node:path')
const argv = process.argv.slice(2)
const flag = name => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined }
if (argv[0] === '--version' || argv[0] === 'version') { process.stdout.write('Version: rehearsal\n'); process.exit(0) }
const cache = flag('--cache-dir')
if (argv[0] !== 'image' || !cache) { process.stderr.write('trivy (rehearsal): unexpected ' + argv.join(' ') + '\n'); process.exit(1) }
if (argv.includes('--download-db-only')) {
  mkdirSync(join(cache, 'db'), { recursive: true })
  writeFileSync(join(cache, 'db', 'trivy.db'), 'rehearsal\n')
  writeFileSync(join(cache, 'db', 'metadata.json'), JSON.stringify({ Version: 2, NextUpdate: new Date(Date.now() + 86400000).toISOString() }))
  process.exit(0)
}
const output = flag('--output')
const target = flag('--input') || argv[argv.length - 1]
const report = { SchemaVersion: 2, ArtifactName: target, ArtifactType: 'container_image', Metadata: { OS: { Family: 'none', Name: 'rehearsal' } }, Results: [] }
writeFileSync(output, JSON.stringify(report, null, 2))
`;
const HOSTS = String.raw `// The rehearsal runner's network: ECR registry hosts and Docker Hub reach the loopback registry. Written by shipline rehearse.
const registry = process.env.SHIPLINE_REHEARSAL_REGISTRY
const ecr = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/
const DOCKER_HUB = 'registry-1.docker.io'
const realFetch = globalThis.fetch
if (registry && realFetch) {
  globalThis.fetch = (input, init) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
    if (!ecr.test(url.hostname) && url.hostname !== DOCKER_HUB) return realFetch(input, init)
    const target = new URL(url.pathname + url.search, 'http://' + registry)
    const sent = realFetch(typeof input === 'string' || input instanceof URL ? target : new Request(target, input), init)
    // What the registry names on its loopback origin (an upload Location, a redirect) is, on this
    // network, on the host that was asked, over its scheme, as ECR's own answers are.
    return sent.then(response => {
      const location = response.headers.get('location')
      if (!location) return response
      const next = new URL(location, target)
      if (next.origin !== target.origin) return response
      const headers = new Headers(response.headers)
      headers.set('location', new URL(next.pathname + next.search, url.origin).href)
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    })
  }
}
`;
async function installRunnerTools(stateDir) {
    const binDir = (0,external_node_path_.join)(stateDir, 'bin');
    const toolCache = (0,external_node_path_.join)(stateDir, 'toolcache');
    await (0,promises_.mkdir)(binDir, { recursive: true });
    // Scripts are CommonJS: the directory says so, whatever package.json is above it.
    await (0,promises_.writeFile)((0,external_node_path_.join)(binDir, 'package.json'), '{"type":"commonjs"}\n');
    await (0,promises_.writeFile)((0,external_node_path_.join)(binDir, 'docker'), DOCKER);
    await (0,promises_.chmod)((0,external_node_path_.join)(binDir, 'docker'), 0o755);
    await (0,promises_.writeFile)((0,external_node_path_.join)(binDir, 'loopback-hosts.cjs'), HOSTS);
    await (0,promises_.mkdir)((0,external_node_path_.join)(binDir, 'trivy-bin'), { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(binDir, 'trivy-bin', 'package.json'), '{"type":"commonjs"}\n');
    await (0,promises_.writeFile)((0,external_node_path_.join)(binDir, 'trivy-bin', 'trivy'), TRIVY);
    await (0,promises_.chmod)((0,external_node_path_.join)(binDir, 'trivy-bin', 'trivy'), 0o755);
    await (0,promises_.mkdir)(toolCache, { recursive: true });
    return {
        binDir,
        toolCache,
        trivy: (0,external_node_path_.join)(binDir, 'trivy-bin', 'trivy'),
        nodeOptions: `--require ${(0,external_node_path_.join)(binDir, 'loopback-hosts.cjs')}`
    };
}

// EXTERNAL MODULE: ./lib/rehearsal/context.ts
var context = __webpack_require__(30629);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 28 modules
var expressions_dist = __webpack_require__(34082);
;// CONCATENATED MODULE: ./lib/rehearsal/expressions.ts
/**
 * `${{ }}` evaluated by GitHub's own expression engine (@actions/expressions): the lexer, parser
 * and evaluator GitHub's language services use, with the runner's status functions (success(),
 * failure(), cancelled(), always()) supplied for the job or step being decided. Values cross the
 * boundary as plain JSON; strings are coerced as the runner coerces them (null → '', objects → JSON).
 */



const PASSING = { success: true, failure: false, cancelled: false };
const STATUS_FUNCTIONS = ['success', 'failure', 'cancelled', 'always'];
function toData(value) {
    return JSON.parse(JSON.stringify(value ?? null), expressions_dist/* data.reviver */.p.eD);
}
function fromData(value) {
    return JSON.parse(JSON.stringify(value, expressions_dist/* data.replacer */.p.$U));
}
function functions(status) {
    const answer = {
        success: status.success,
        failure: status.failure,
        cancelled: status.cancelled,
        always: true
    };
    const map = new Map();
    for (const name of STATUS_FUNCTIONS)
        map.set(name, { name, minArgs: 0, maxArgs: 0, call: () => new expressions_dist/* data.BooleanData */.p.bo(answer[name]) });
    map.set('hashfiles', {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: () => {
            throw new core_errors/* UserError */.yo('hashFiles() is not supported by the rehearsal');
        }
    });
    return map;
}
/** Evaluate one expression (without `${{ }}`) over `contexts`. */
function evaluate(expression, contexts, status = PASSING) {
    const lexed = new expressions_dist/* Lexer */.JG(expression).lex();
    const fns = functions(status);
    const parser = new expressions_dist/* Parser */.iX(lexed.tokens, Object.keys(contexts), [...fns.values()].map(({ name, minArgs, maxArgs }) => ({ name, minArgs, maxArgs })));
    const tree = parser.parse();
    const dictionary = new expressions_dist/* data.Dictionary */.p.bT(...Object.entries(contexts).map(([key, value]) => ({ key, value: toData(value) })));
    return fromData(new expressions_dist/* Evaluator */.oi(tree, dictionary, fns).evaluate());
}
/** Whether a value is truthy, as GitHub decides `if:` (0, '', false and null are falsy). */
function truthy(value) {
    return !(value === null || value === false || value === 0 || value === '' || Number.isNaN(value));
}
/** A value as the runner writes it into a string (an input, an env variable, an output). */
function asString(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean' || typeof value === 'number')
        return String(value);
    return JSON.stringify(value, null, 2);
}
/** A parsed workflow token, with every expression in it evaluated. */
function evaluateToken(token, contexts, status = PASSING) {
    if ((0,dist/* isBasicExpression */.hR)(token))
        return evaluate(token.expression, contexts, status);
    if ((0,dist/* isString */.Kg)(token))
        return token.value;
    if ((0,dist/* isBoolean */.Lm)(token))
        return token.value;
    if ((0,dist/* isNumber */.Et)(token))
        return token.value;
    if ((0,dist/* isSequence */.wZ)(token)) {
        const out = [];
        for (let i = 0; i < token.count; i++)
            out.push(evaluateToken(token.get(i), contexts, status));
        return out;
    }
    if ((0,dist/* isMapping */.pi)(token)) {
        const out = {};
        for (let i = 0; i < token.count; i++) {
            const pair = token.get(i);
            out[asString(evaluateToken(pair.key, contexts, status))] = evaluateToken(pair.value, contexts, status);
        }
        return out;
    }
    if ((0,dist/* isLiteral */.c$)(token))
        return null; // the only other literal is null
    throw new core_errors/* UserError */.yo(`${token.typeName()} is not supported by the rehearsal (line ${token.line ?? '?'})`);
}
/** A mapping token evaluated into name → string (env, with, outputs). */
function evaluateStrings(token, contexts, status = PASSING) {
    if (!token)
        return {};
    const value = evaluateToken(token, contexts, status);
    if (value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw new core_errors/* UserError */.yo(`expected a mapping at line ${token.line ?? '?'}, got ${asString(value)}`);
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, asString(v)]));
}

;// CONCATENATED MODULE: ./lib/rehearsal/graph.ts
/**
 * The decisions of a run, as pure functions over the parsed workflow and the contexts: the order of
 * jobs by `needs`, what the status functions answer for a job, whether a job runs (and why not),
 * the legs of a matrix (include / exclude as GitHub expands them), a job's and a called workflow's
 * result, and a matrix job's outputs.
 */


/** Job ids in an order where every job comes after the jobs it needs (file order otherwise). */
function needsOrder(jobs) {
    const ids = new Set(jobs.map(job => job.id));
    for (const job of jobs)
        for (const need of job.needs)
            if (!ids.has(need))
                throw new core_errors/* UserError */.yo(`jobs.${job.id} needs ${need}, which is not a job of the workflow`);
    const order = [];
    const done = new Set();
    const pending = [...jobs];
    while (pending.length) {
        const index = pending.findIndex(job => job.needs.every(need => done.has(need)));
        if (index < 0)
            throw new core_errors/* UserError */.yo(`jobs ${pending.map(job => job.id).join(', ')} need each other in a cycle`);
        const [job] = pending.splice(index, 1);
        order.push(job.id);
        done.add(job.id);
    }
    return order;
}
/** Every job `id` needs, directly or through other jobs. */
function ancestors(id, needsOf) {
    const seen = new Set();
    const visit = (job) => {
        for (const need of needsOf(job))
            if (!seen.has(need)) {
                seen.add(need);
                visit(need);
            }
    };
    visit(id);
    return seen;
}
/**
 * The status functions of a job's `if:`: success() when every needed job succeeded, failure() when
 * any ancestor failed, cancelled() when the run was cancelled.
 */
function jobStatus(needs, ancestorResults, results, cancelled = false) {
    return {
        success: !cancelled && needs.every(need => results[need] === 'success'),
        failure: ancestorResults.includes('failure'),
        cancelled
    };
}
const IMPLICIT = /^success\(\) && \(([\s\S]*)\)$/;
/** The condition as written: the parser wraps one without a status function in `success() && (…)`. */
function writtenCondition(condition) {
    const match = IMPLICIT.exec(condition);
    if (condition === 'success()')
        return { text: '', implicitSuccess: true };
    return match ? { text: match[1], implicitSuccess: true } : { text: condition, implicitSuccess: false };
}
/** Whether a job runs, and why not: its `if:` evaluated with the status of the jobs it needs. */
function decideJob(condition, contexts, status, needs) {
    const written = writtenCondition(condition);
    const run = truthy(evaluate(condition, contexts, status));
    if (run)
        return { run };
    const unsuccessful = Object.entries(needs).filter(([, result]) => result !== 'success');
    if (written.implicitSuccess && unsuccessful.length)
        return {
            run,
            reason: `needs ${unsuccessful.map(([id, result]) => `${id} (${result})`).join(', ')}`
        };
    return { run, reason: `if: ${written.text} is false` };
}
function sameValue(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The legs of `strategy.matrix` as GitHub expands it: the product of its vectors, minus every
 * combination an `exclude` entry matches, then each `include` entry merged into every combination
 * whose original values it does not change, or added as a leg of its own when it fits none.
 */
function expandMatrix(matrix, where = 'strategy.matrix') {
    if (!isRecord(matrix))
        throw new core_errors/* UserError */.yo(`${where} is not a mapping: ${JSON.stringify(matrix)}`);
    const { include = [], exclude = [], ...vectors } = matrix;
    if (!Array.isArray(include) || !Array.isArray(exclude))
        throw new core_errors/* UserError */.yo(`${where}: include and exclude must be sequences`);
    let legs = [{}];
    for (const [key, values] of Object.entries(vectors)) {
        if (!Array.isArray(values) || values.length === 0)
            throw new core_errors/* UserError */.yo(`${where}.${key} must be a non-empty sequence`);
        legs = legs.flatMap(leg => values.map(value => ({ ...leg, [key]: value })));
    }
    const keys = Object.keys(vectors);
    if (keys.length === 0)
        legs = [];
    legs = legs.filter(leg => !exclude.some(entry => isRecord(entry) && Object.entries(entry).every(([key, value]) => sameValue(leg[key], value))));
    const originals = legs.map(leg => ({ ...leg }));
    for (const entry of include) {
        if (!isRecord(entry))
            throw new core_errors/* UserError */.yo(`${where}.include entries must be mappings`);
        let matched = false;
        originals.forEach((original, i) => {
            const fits = Object.entries(entry).every(([key, value]) => !keys.includes(key) || sameValue(original[key], value));
            if (fits) {
                matched = true;
                Object.assign(legs[i], entry);
            }
        });
        if (!matched)
            legs.push({ ...entry });
    }
    if (legs.length === 0)
        throw new core_errors/* UserError */.yo(`${where} is empty: a matrix must produce at least one job`);
    return legs;
}
/**
 * `images (auth-service)`: a matrix leg's name. The values of the matrix keys the job's `name:`
 * shows (GitHub's name for the leg), else every value of the leg, as GitHub lists them.
 */
function legName(base, leg, jobName = '') {
    if (!leg || Object.keys(leg).length === 0)
        return base;
    const named = [...jobName.matchAll(/matrix\.([A-Za-z_][A-Za-z0-9_-]*)/g)]
        .map(m => m[1])
        .filter(key => key in leg);
    const keys = named.length ? [...new Set(named)] : Object.keys(leg);
    const values = keys.map(key => (typeof leg[key] === 'string' ? leg[key] : JSON.stringify(leg[key])));
    return `${base} (${values.join(', ')})`;
}
/** A job's result from its legs' results (a called workflow's from its jobs' results). */
function combinedResult(results) {
    if (results.length === 0)
        return 'skipped';
    if (results.includes('failure'))
        return 'failure';
    if (results.includes('cancelled'))
        return 'cancelled';
    if (results.every(result => result === 'skipped'))
        return 'skipped';
    return 'success';
}
/** A matrix job's outputs: each leg's non-empty outputs, later legs winning (GitHub keeps the last set). */
function mergedOutputs(legs) {
    const out = {};
    for (const outputs of legs)
        for (const [name, value] of Object.entries(outputs))
            if (value !== '' || !(name in out))
                out[name] = value;
    return out;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/index.js + 5 modules
var actions = __webpack_require__(42146);
;// CONCATENATED MODULE: ./lib/rehearsal/runner-files.ts
/**
 * The runner's file and log protocols, as pure functions: the `name=value` / `name<<DELIMITER`
 * files a step writes ($GITHUB_OUTPUT, $GITHUB_ENV, $GITHUB_STATE), $GITHUB_PATH, the `::command::`
 * lines a step prints, and masking (every secret and `::add-mask::` value printed as ***).
 */
/** `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks, later names winning. */
function parseKeyValueFile(text) {
    const out = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/\r$/, '');
        if (!line.trim())
            continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        const equals = line.indexOf('=');
        if (heredoc && (equals < 0 || equals > line.indexOf('<<'))) {
            const [, name, delimiter] = heredoc;
            const value = [];
            for (i++; i < lines.length && lines[i].replace(/\r$/, '') !== delimiter; i++)
                value.push(lines[i]);
            if (i >= lines.length)
                throw new Error(`${name}: no closing delimiter ${delimiter}`);
            out[name] = value.join('\n');
        }
        else if (equals > 0)
            out[line.slice(0, equals)] = line.slice(equals + 1);
        else
            throw new Error(`"${line}" is neither name=value nor name<<DELIMITER`);
    }
    return out;
}
/** The directories of $GITHUB_PATH, one per line. */
function parsePathFile(text) {
    return text
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean);
}
const unescapeData = (text) => text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
const unescapeProperty = (text) => unescapeData(text).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
/** `::error file=x,line=1::message` → its parts; undefined for an ordinary line. */
function parseWorkflowCommand(line) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
    if (!match)
        return undefined;
    const properties = {};
    for (const part of (match[2] ?? '').split(',').filter(Boolean)) {
        const eq = part.indexOf('=');
        if (eq > 0)
            properties[part.slice(0, eq).trim()] = unescapeProperty(part.slice(eq + 1));
    }
    return { command: match[1].toLowerCase(), properties, message: unescapeData(match[3]) };
}
/** `text` with every secret (each line of a multi-line one) replaced by ***. */
function maskText(text, secrets) {
    const values = [...secrets]
        .flatMap(secret => [secret, ...secret.split(/\r?\n/)])
        .map(value => value.trim())
        .filter(value => value.length > 0)
        .sort((a, b) => b.length - a.length);
    let out = text;
    for (const value of values)
        out = out.split(value).join('***');
    return out;
}
/** INPUT_<NAME> as the runner names an action input's variable (spaces → _, upper case). */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

;// CONCATENATED MODULE: ./lib/rehearsal/standins/artifacts.ts
/**
 * actions/upload-artifact and actions/download-artifact over a local artifact store: one directory
 * per artifact of the run, laid out as v4 lays out an upload (paths relative to the common parent of
 * what was uploaded). Names are unique per run, as in v4; outputs as documented.
 */






class ArtifactStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    names() {
        return (0,external_node_fs_.existsSync)(this.dir) ? (0,external_node_fs_.readdirSync)(this.dir).sort() : [];
    }
    path(name) {
        return (0,external_node_path_.join)(this.dir, name);
    }
}
/** The common parent directory of `paths` (a file's own directory when there is one file). */
function commonRoot(paths) {
    const dirs = paths.map(path => ((0,external_node_fs_.statSync)(path).isDirectory() ? path : (0,external_node_path_.dirname)(path)));
    let root = dirs[0];
    for (const dir of dirs.slice(1))
        while (!(dir === root || dir.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep)))
            root = (0,external_node_path_.dirname)(root);
    return root;
}
const uploadArtifact = {
    repository: 'actions/upload-artifact',
    summary: 'stores the files under the rehearsal’s run directory instead of GitHub’s artifact service',
    async run(context) {
        const { inputs, runner } = context;
        const name = inputs.name || 'artifact';
        const workspace = context.env.GITHUB_WORKSPACE;
        const lines = (inputs.path ?? '')
            .split('\n')
            .map(line => line.trim())
            .filter(Boolean);
        if (!lines.length)
            throw new core_errors/* UserError */.yo('actions/upload-artifact: Input required and not supplied: path');
        const found = [];
        for (const line of lines) {
            const path = (0,external_node_path_.resolve)(workspace, line);
            if (/[*?[]/.test(line))
                throw new core_errors/* UserError */.yo(`actions/upload-artifact: path ${line}: wildcards are not supported by the rehearsal`);
            if ((0,external_node_fs_.existsSync)(path))
                found.push(path);
        }
        if (!found.length) {
            const mode = inputs['if-no-files-found'] || 'warn';
            const message = `No files were found with the provided path: ${lines.join(', ')}. No artifacts will be uploaded.`;
            if (mode === 'error')
                throw new core_errors/* UserError */.yo(message);
            if (mode === 'warn')
                context.log(`Warning: ${message}`);
            return;
        }
        if (runner.artifacts.names().includes(name))
            throw new core_errors/* UserError */.yo(`actions/upload-artifact: Failed to CreateArtifact: an artifact with this name already exists on the workflow run: ${name}`);
        const root = commonRoot(found);
        const target = runner.artifacts.path(name);
        await (0,promises_.mkdir)(target, { recursive: true });
        for (const path of found) {
            const rel = (0,external_node_fs_.statSync)(path).isDirectory() ? (0,external_node_path_.relative)(root, path) : (0,external_node_path_.relative)(root, path) || (0,external_node_path_.basename)(path);
            (0,external_node_fs_.cpSync)(path, (0,external_node_path_.join)(target, rel), { recursive: true });
        }
        const digest = (0,external_node_crypto_.createHash)('sha256')
            .update(name + found.join('\n'))
            .digest('hex');
        context.log(`Artifact ${name} stored (${found.length} path(s)) in ${target}`);
        context.setOutput('artifact-id', String(runner.artifacts.names().indexOf(name) + 1));
        context.setOutput('artifact-url', `${String(context.github.server_url)}/${String(context.github.repository)}/actions/runs/${String(context.github.run_id)}/artifacts/${name}`);
        context.setOutput('artifact-digest', digest);
    }
};
const downloadArtifact = {
    repository: 'actions/download-artifact',
    summary: 'copies from the rehearsal’s artifact store of this run',
    async run(context) {
        const { inputs, runner } = context;
        const dest = (0,external_node_path_.resolve)(context.env.GITHUB_WORKSPACE, inputs.path || '.');
        const names = runner.artifacts.names();
        let selected;
        if (inputs.name) {
            if (!names.includes(inputs.name))
                throw new core_errors/* UserError */.yo(`actions/download-artifact: Artifact not found for name: ${inputs.name}`);
            selected = [inputs.name];
        }
        else
            selected = names.filter(name => !inputs.pattern || (0,glob/* globMatch */.e)(inputs.pattern, name));
        const merge = inputs.name !== undefined && inputs.name !== '' ? true : inputs['merge-multiple'] === 'true';
        await (0,promises_.mkdir)(dest, { recursive: true });
        for (const name of selected)
            (0,external_node_fs_.cpSync)(runner.artifacts.path(name), merge ? dest : (0,external_node_path_.join)(dest, name), { recursive: true });
        context.log(`Downloaded ${selected.length} artifact(s) to ${dest}`);
        context.setOutput('download-path', dest);
    }
};

;// CONCATENATED MODULE: ./lib/rehearsal/standins/aws-credentials.ts
/**
 * aws-actions/configure-aws-credentials: OIDC → STS AssumeRoleWithWebIdentity against the AWS
 * stand-in (which records the role), the credentials exported and masked as the real action exports
 * them (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION,
 * AWS_DEFAULT_REGION), and its documented output `aws-account-id` from GetCallerIdentity.
 */

function tag(xml, name) {
    return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1] ?? '';
}
async function aws_credentials_sts(endpoint, params, credentials) {
    const response = await fetch(`${endpoint}/`, {
        method: 'POST',
        headers: {
            'content-type': 'application/x-www-form-urlencoded',
            ...(credentials ? { authorization: `AWS4-HMAC-SHA256 Credential=${credentials}/sts/aws4_request` } : {})
        },
        body: new URLSearchParams({ Version: '2011-06-15', ...params }).toString()
    });
    const text = await response.text();
    if (!response.ok)
        throw new core_errors/* UserError */.yo(`Could not assume role with OIDC: ${tag(text, 'Message') || text}`);
    return text;
}
const configureAwsCredentials = {
    repository: 'aws-actions/configure-aws-credentials',
    summary: 'assumes the role at the AWS stand-in’s STS (any role is trusted) instead of AWS',
    async run(context) {
        const { inputs, runner } = context;
        const region = inputs['aws-region'];
        if (!region)
            throw new core_errors/* UserError */.yo('Input required and not supplied: aws-region');
        const role = inputs['role-to-assume'];
        if (!role)
            throw new core_errors/* UserError */.yo('Could not load credentials from any providers (the rehearsal stands in for OIDC role assumption only: set role-to-assume)');
        const assumed = await aws_credentials_sts(runner.endpoints.aws, {
            Action: 'AssumeRoleWithWebIdentity',
            RoleArn: role,
            RoleSessionName: inputs['role-session-name'] || 'GitHubActions',
            WebIdentityToken: `rehearsal-oidc-token-for-${String(context.github.repository)}`
        });
        const accessKeyId = tag(assumed, 'AccessKeyId');
        const secretAccessKey = tag(assumed, 'SecretAccessKey');
        const sessionToken = tag(assumed, 'SessionToken');
        for (const secret of [secretAccessKey, sessionToken])
            context.setSecret(secret);
        const identity = await aws_credentials_sts(runner.endpoints.aws, { Action: 'GetCallerIdentity' }, accessKeyId);
        const account = tag(identity, 'Account');
        context.exportVariable('AWS_ACCESS_KEY_ID', accessKeyId);
        context.exportVariable('AWS_SECRET_ACCESS_KEY', secretAccessKey);
        context.exportVariable('AWS_SESSION_TOKEN', sessionToken);
        context.exportVariable('AWS_REGION', region);
        context.exportVariable('AWS_DEFAULT_REGION', region);
        if (inputs['mask-aws-account-id'] === 'true')
            context.setSecret(account);
        context.setOutput('aws-account-id', account);
        if (inputs['output-credentials'] === 'true') {
            context.setOutput('aws-access-key-id', accessKeyId);
            context.setOutput('aws-secret-access-key', secretAccessKey);
            context.setOutput('aws-session-token', sessionToken);
        }
        context.log(`Assumed role ${role} in account ${account} (${region})`);
    }
};

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./lib/rehearsal/standins/checkout.ts
/**
 * actions/checkout: the repository fetched from a local git repository (the rehearsal's --repo for
 * the run's own repository) at the commit the real action would check out, with the history
 * `fetch-depth` asks for; outputs `ref` and `commit` as documented. Where the checkout holds
 * Shipline's actions and the rehearsal runs Shipline from its sources, each action's dist/index.js
 * (and cli/dist/index.js) becomes a two-line entry that runs the TypeScript sources.
 */






const git = (args, cwd) => (0,exec/* run */.eF)('git', args, { cwd, stream: false });
/** The dist/index.js that runs `source` (a .ts entry) through the rehearsal's source hooks. */
function sourceEntry(hooks, source) {
    return [
        '// Written by shipline rehearse: runs this entry from its TypeScript sources (no bundle needed).',
        `import('node:module').then(m => { m.register(${JSON.stringify((0,external_node_url_.pathToFileURL)(hooks).href)}); return import(${JSON.stringify((0,external_node_url_.pathToFileURL)(source).href)}) })`,
        ''
    ].join('\n');
}
async function useSources(dest, sources, context) {
    const hooks = (0,external_node_path_.join)(sources, 'lib', 'rehearsal', 'source-hooks.mjs');
    const entries = [];
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dest, 'actions')))
        for (const name of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(dest, 'actions'))) {
            const source = (0,external_node_path_.join)(sources, 'actions', name, 'src', 'index.ts');
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dest, 'actions', name, 'action.yml')) && (0,external_node_fs_.existsSync)(source))
                entries.push([(0,external_node_path_.join)(dest, 'actions', name, 'dist', 'index.js'), source]);
        }
    if (entries.length && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(sources, 'cli', 'src', 'index.ts')))
        entries.push([(0,external_node_path_.join)(dest, 'cli', 'dist', 'index.js'), (0,external_node_path_.join)(sources, 'cli', 'src', 'index.ts')]);
    for (const [entry, source] of entries) {
        await (0,promises_.mkdir)((0,external_node_path_.join)(entry, '..'), { recursive: true });
        await (0,promises_.writeFile)(entry, sourceEntry(hooks, source));
    }
    if (entries.length)
        context.log(`Shipline's actions and CLI in this checkout run from the sources in ${sources}`);
}
const checkout = {
    repository: 'actions/checkout',
    summary: 'fetches from a local git repository (the run’s own: --repo) instead of GitHub',
    async run(context) {
        const { inputs, github, runner } = context;
        const repository = (inputs.repository || String(github.repository)).toLowerCase();
        const source = runner.repositories[repository];
        if (!source)
            throw new core_errors/* UserError */.yo(`actions/checkout: no local repository stands in for ${repository} (known: ${Object.keys(runner.repositories).join(', ')})`);
        const ref = inputs.ref || String(github.sha);
        const resolved = (await git(['rev-parse', '--verify', `${ref}^{commit}`], source)).stdout.trim();
        const dest = (0,external_node_path_.resolve)(context.env.GITHUB_WORKSPACE, inputs.path || '.');
        const depth = Number(inputs['fetch-depth'] ?? '1');
        if (!Number.isInteger(depth) || depth < 0)
            throw new core_errors/* UserError */.yo(`actions/checkout: fetch-depth "${inputs['fetch-depth']}" is not a number`);
        await (0,promises_.mkdir)(dest, { recursive: true });
        const url = (0,external_node_url_.pathToFileURL)(source).href;
        await git(['init', '-q', '-b', 'rehearsal', dest], dest);
        await git(['remote', 'add', 'origin', url], dest);
        const depthArgs = depth > 0 ? [`--depth=${depth}`] : [];
        const refspecs = depth === 0 ? ['+refs/heads/*:refs/remotes/origin/*', resolved] : [resolved];
        await git(['fetch', '-q', '--no-tags', ...depthArgs, 'origin', ...refspecs], dest);
        await git(['-c', 'advice.detachedHead=false', 'checkout', '-q', '--detach', resolved], dest);
        context.log(`Checked out ${repository} at ${resolved}${depth ? ` (depth ${depth})` : ' (full history)'} into ${dest}`);
        if (runner.shiplineSources)
            await useSources(dest, runner.shiplineSources, context);
        context.setOutput('ref', ref);
        context.setOutput('commit', resolved);
    }
};

;// CONCATENATED MODULE: ./lib/rehearsal/standins/setup-tools.ts
const setupBuildx = {
    repository: 'docker/setup-buildx-action',
    summary: 'no builder to create: the runner’s docker CLI stand-in builds with podman',
    async run(context) {
        context.setOutput('name', 'shipline-rehearsal');
        context.setOutput('driver', 'docker');
        context.setOutput('platforms', 'linux/amd64');
        context.setOutput('nodes', JSON.stringify([
            {
                name: 'shipline-rehearsal0',
                endpoint: 'unix:///podman',
                status: 'running',
                platforms: 'linux/amd64'
            }
        ]));
        context.setOutput('flags', '');
        context.log('Using the runner’s docker CLI (the rehearsal builds with podman)');
    }
};
const setupNode = {
    repository: 'actions/setup-node',
    summary: 'uses this machine’s Node',
    async run(context) {
        context.setOutput('node-version', process.version);
        context.setOutput('cache-hit', 'false');
        context.log(`Using this machine's Node ${process.version} (asked for ${context.inputs['node-version'] || 'any'})`);
    }
};

;// CONCATENATED MODULE: ./lib/rehearsal/standins/index.ts
/** The stand-ins for the third-party actions the workflows use, by repository (owner/name). */




const STAND_INS = [
    checkout,
    configureAwsCredentials,
    uploadArtifact,
    downloadArtifact,
    setupBuildx,
    setupNode
];
function standInFor(repository) {
    return STAND_INS.find(standIn => standIn.repository === repository.toLowerCase());
}

;// CONCATENATED MODULE: ./lib/rehearsal/steps.ts
/**
 * Executing one step, the thin I/O edge of a job: `run:` with bash in the job's workspace, a
 * Shipline action (`uses: ./…`, its action.yml read by @actions/workflow-parser) with INPUT_*
 * variables and its post step, or a third-party action's stand-in. Each gets its own
 * GITHUB_OUTPUT / GITHUB_ENV / GITHUB_PATH / GITHUB_STATE / GITHUB_STEP_SUMMARY files; what it
 * prints goes through the workflow-command parser and the masks into the job's log.
 */





// eslint-disable-next-line no-restricted-imports -- GitHub's action.yml parser (an npm path), not Shipline's actions/





let counter = 0;
async function stepFiles(dir) {
    const id = `${process.pid}-${++counter}`;
    const files = {
        output: (0,external_node_path_.join)(dir, `output-${id}`),
        env: (0,external_node_path_.join)(dir, `env-${id}`),
        path: (0,external_node_path_.join)(dir, `path-${id}`),
        state: (0,external_node_path_.join)(dir, `state-${id}`),
        summary: (0,external_node_path_.join)(dir, `summary-${id}`)
    };
    for (const file of Object.values(files))
        await (0,promises_.writeFile)(file, '');
    return files;
}
function fileVariables(files) {
    return {
        GITHUB_OUTPUT: files.output,
        GITHUB_ENV: files.env,
        GITHUB_PATH: files.path,
        GITHUB_STATE: files.state,
        GITHUB_STEP_SUMMARY: files.summary
    };
}
async function readEffects(files, exitCode, summaryFile) {
    const text = (file) => (0,promises_.readFile)(file, 'utf8');
    const summary = await text(files.summary);
    if (summary)
        await (0,promises_.appendFile)(summaryFile, summary.endsWith('\n') ? summary : `${summary}\n`);
    return {
        exitCode,
        outputs: parseKeyValueFile(await text(files.output)),
        env: parseKeyValueFile(await text(files.env)),
        path: parsePathFile(await text(files.path)),
        state: parseKeyValueFile(await text(files.state))
    };
}
/** The line handler of a step: workflow commands understood, everything masked. */
function lineHandler(io, outputs) {
    return (raw) => {
        const command = parseWorkflowCommand(raw);
        if (command?.command === 'add-mask') {
            if (command.message.trim())
                io.runner.masks.add(command.message);
            return;
        }
        const masked = (text) => maskText(text, io.runner.masks);
        if (!command)
            return io.log(masked(raw));
        switch (command.command) {
            case 'error':
                io.errors.push(masked(command.message));
                return io.log(`Error: ${masked(command.message)}`);
            case 'warning':
            case 'notice':
                return io.log(`${command.command[0].toUpperCase()}${command.command.slice(1)}: ${masked(command.message)}`);
            case 'group':
                return io.log(`▸ ${masked(command.message)}`);
            case 'set-output':
                if (command.properties.name)
                    outputs[command.properties.name] = command.message;
                return;
            case 'debug':
            case 'endgroup':
            case 'save-state':
            case 'stop-commands':
                return;
            default:
                return io.log(masked(raw));
        }
    };
}
/** Spawn `command`, feeding each output line to `onLine`; resolves to the exit code. */
function spawnLines(command, args, options) {
    return new Promise(resolvePromise => {
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        for (const stream of [child.stdout, child.stderr]) {
            let pending = '';
            stream.on('data', (chunk) => {
                const lines = (pending + chunk.toString('utf8')).split('\n');
                pending = lines.pop() ?? '';
                for (const line of lines)
                    options.onLine(line);
            });
            stream.on('end', () => {
                if (pending)
                    options.onLine(pending);
                pending = '';
            });
        }
        child.on('error', error => {
            options.onLine(`${command}: ${error.message}`);
            resolvePromise(127);
        });
        child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
    });
}
/** `bash -e {0}` unless the step names a shell, as the runner does on Linux. */
function shellCommand(shell, script) {
    switch (shell ?? '') {
        case '':
            return { command: 'bash', args: ['-e', script] };
        case 'bash':
            return { command: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', script] };
        case 'sh':
            return { command: 'sh', args: ['-e', script] };
        default:
            if (shell?.includes('{0}')) {
                const [command, ...args] = shell.split(/\s+/);
                return { command, args: args.map(arg => arg.replace('{0}', script)) };
            }
            throw new core_errors/* UserError */.yo(`shell: ${shell} is not supported by the rehearsal (bash, sh or a command with {0})`);
    }
}
/** A `run:` step. */
async function runScript(spec, io) {
    const files = await stepFiles(io.filesDir);
    const scriptFile = (0,external_node_path_.join)(io.filesDir, `script-${process.pid}-${++counter}.sh`);
    await (0,promises_.writeFile)(scriptFile, spec.script);
    const workspace = spec.env.GITHUB_WORKSPACE;
    const cwd = spec.workingDirectory ? (0,external_node_path_.resolve)(workspace, spec.workingDirectory) : workspace;
    const { command, args } = shellCommand(spec.shell, scriptFile);
    const outputs = {};
    const exitCode = (0,external_node_fs_.existsSync)(cwd)
        ? await spawnLines(command, args, {
            cwd,
            env: { ...spec.env, ...fileVariables(files) },
            onLine: lineHandler(io, outputs)
        })
        : (io.log(`Error: working-directory ${cwd} does not exist`), 1);
    const effects = await readEffects(files, exitCode, spec.summaryFile);
    return { ...effects, outputs: { ...outputs, ...effects.outputs } };
}
/** action.yml of a local action, as the runner reads it: its node entry points and input defaults. */
async function readNodeAction(dir, given, contexts) {
    const file = ['action.yml', 'action.yaml'].map(name => (0,external_node_path_.join)(dir, name)).find(external_node_fs_.existsSync);
    if (!file)
        throw new core_errors/* UserError */.yo(`${dir} has no action.yml`);
    const parsed = (0,actions/* parseAction */.wE)({ name: file, content: await (0,promises_.readFile)(file, 'utf8') }, new dist/* NoOperationTraceWriter */.P0());
    if (!parsed.value || parsed.context.errors.getErrors().length)
        throw new core_errors/* UserError */.yo(`${file}: ${parsed.context.errors
            .getErrors()
            .map(e => e.message)
            .join('; ')}`);
    const template = (0,actions/* convertActionTemplate */.C)(parsed.context, parsed.value);
    const runs = template.runs;
    if (runs.using === 'composite' || runs.using === 'docker')
        throw new core_errors/* UserError */.yo(`${file}: runs.using ${runs.using} is not supported by the rehearsal (node actions only)`);
    const inputs = {};
    for (const definition of template.inputs ?? []) {
        const value = given[definition.id] ??
            (definition.default ? asString(evaluateToken(definition.default, contexts)) : undefined);
        if (value !== undefined)
            inputs[definition.id] = value;
    }
    const unknown = Object.keys(given).filter(name => !(template.inputs ?? []).some(d => d.id === name));
    if (unknown.length)
        throw new core_errors/* UserError */.yo(`${file}: unexpected input(s) ${unknown.join(', ')}`);
    return { main: (0,external_node_path_.join)(dir, runs.main), post: runs.post ? (0,external_node_path_.join)(dir, runs.post) : undefined, inputs };
}
async function runNode(entry, env, io, summaryFile) {
    const files = await stepFiles(io.filesDir);
    const outputs = {};
    const exitCode = await spawnLines(process.execPath, [entry], {
        cwd: env.GITHUB_WORKSPACE,
        env: { ...env, ...fileVariables(files) },
        onLine: lineHandler(io, outputs)
    });
    const effects = await readEffects(files, exitCode, summaryFile);
    return { ...effects, outputs: { ...outputs, ...effects.outputs } };
}
/** A `uses:` step: a local node action run for real, or a third-party action's stand-in. */
async function runAction(spec, io) {
    if (spec.uses.startsWith('docker://'))
        throw new core_errors/* UserError */.yo(`uses: ${spec.uses}: container actions are not supported by the rehearsal`);
    if (spec.uses.startsWith('./'))
        return runLocalAction(spec, io);
    return { effects: await runStandIn(spec, io) };
}
async function runLocalAction(spec, io) {
    const dir = (0,external_node_path_.resolve)(spec.env.GITHUB_WORKSPACE, spec.uses);
    const action = await readNodeAction(dir, spec.with, spec.contexts);
    const env = { ...spec.env, GITHUB_ACTION: spec.stepId, GITHUB_ACTION_PATH: dir };
    for (const [name, value] of Object.entries(action.inputs))
        env[inputVariable(name)] = value;
    const effects = await runNode(action.main, env, io, spec.summaryFile);
    const post = action.post;
    return {
        effects,
        post: post
            ? {
                name: `Post ${spec.uses}`,
                run: (jobEnv, postIo) => {
                    const postEnv = { ...env, ...jobEnv };
                    for (const name of Object.keys(action.inputs))
                        postEnv[inputVariable(name)] = action.inputs[name];
                    for (const [name, value] of Object.entries(effects.state))
                        postEnv[`STATE_${name}`] = value;
                    return runNode(post, postEnv, postIo, spec.summaryFile);
                }
            }
            : undefined
    };
}
async function runStandIn(spec, io) {
    const at = spec.uses.indexOf('@');
    const name = (at < 0 ? spec.uses : spec.uses.slice(0, at)).split('/').slice(0, 2).join('/').toLowerCase();
    const standIn = standInFor(name);
    if (!standIn)
        throw new core_errors/* UserError */.yo(`uses: ${spec.uses}: the rehearsal has no stand-in for ${name} (see the rehearsal README)`);
    const effects = { exitCode: 0, outputs: {}, env: {}, path: [], state: {} };
    await standIn.run({
        inputs: spec.with,
        env: spec.env,
        github: (spec.contexts.github ?? {}),
        runner: io.runner,
        job: io.job,
        log: line => io.log(maskText(line, io.runner.masks)),
        setOutput: (output, value) => (effects.outputs[output] = value),
        exportVariable: (variable, value) => (effects.env[variable] = value),
        addPath: dir => effects.path.push(dir),
        setSecret: value => io.runner.masks.add(value)
    });
    return effects;
}

;// CONCATENATED MODULE: ./lib/rehearsal/job.ts
/**
 * One job on the rehearsal's runner: a fresh workspace and temp directory, its env, then each step
 * in order with its `if:` decided by GitHub's evaluator (success() until a step fails), outputs and
 * exported env passed on through the `steps` context, `continue-on-error`, then the post steps in
 * reverse order, then the job's `outputs:` evaluated.
 */





function stepName(step, contexts) {
    if (step.name)
        return asString(evaluateToken(step.name, contexts));
    if ('uses' in step)
        return `Run ${step.uses.value}`;
    if ('run' in step)
        return `Run ${asString(evaluateToken(step.run, contexts)).split('\n')[0]}`;
    return step.id;
}
function safeName(key) {
    return key.replace(/[^A-Za-z0-9_.-]+/g, '_');
}
/** A fresh directory for the job, with its workspace, temp, files and an empty summary. */
async function jobDirs(runner, key) {
    const dir = (0,external_node_path_.join)(runner.runDir, 'jobs', safeName(key));
    const workspace = (0,external_node_path_.join)(dir, 'workspace');
    const temp = (0,external_node_path_.join)(dir, 'temp');
    const filesDir = (0,external_node_path_.join)(dir, 'files');
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    for (const d of [workspace, temp, filesDir])
        await (0,promises_.mkdir)(d, { recursive: true });
    const summaryFile = (0,external_node_path_.join)(dir, 'summary.md');
    await (0,promises_.writeFile)(summaryFile, '');
    return { dir, workspace, temp, filesDir, summaryFile };
}
/** What the job's steps change as they run: the env, PATH, the steps context, the first failure. */
class JobState {
    spec;
    runner;
    dirs;
    env;
    path = [];
    steps = {};
    posts = [];
    failed = false;
    failedStep;
    constructor(spec, runner, dirs) {
        this.spec = spec;
        this.runner = runner;
        this.dirs = dirs;
        const workflowEnv = (spec.contexts.env ?? {});
        this.env = {
            ...workflowEnv,
            ...evaluateStrings(spec.env, { ...spec.contexts, env: workflowEnv })
        };
    }
    /** The variables the runner sets for every step, PATH with the steps' additions first. */
    runnerEnv() {
        const { baseEnv } = this.runner;
        return {
            ...baseEnv,
            ...this.spec.runnerEnv,
            PATH: [...this.path]
                .reverse()
                .concat(baseEnv.PATH ?? '')
                .filter(Boolean)
                .join(external_node_path_.delimiter),
            GITHUB_JOB: this.spec.id,
            GITHUB_WORKSPACE: this.dirs.workspace,
            RUNNER_TEMP: this.dirs.temp,
            RUNNER_WORKSPACE: this.dirs.dir
        };
    }
    contexts() {
        return {
            ...this.spec.contexts,
            env: this.env,
            steps: this.steps,
            job: { status: this.failed ? 'failure' : 'success' },
            runner: {
                os: 'Linux',
                arch: 'X64',
                name: 'shipline-rehearsal',
                temp: this.dirs.temp,
                tool_cache: this.runner.baseEnv.RUNNER_TOOL_CACHE ?? ''
            }
        };
    }
    apply(effects) {
        this.env = { ...this.env, ...effects.env };
        this.path.push(...effects.path);
    }
    /** The job fails; the first step to fail is the one it names. */
    fail(step) {
        if (this.failed)
            return;
        this.failed = true;
        this.failedStep = step;
    }
}
function continuesOnError(step, contexts) {
    const value = step['continue-on-error'];
    return value !== undefined && truthy(typeof value === 'boolean' ? value : evaluateToken(value, contexts));
}
/** Run one step (a script or an action); a step that throws is a failed step with its error said. */
async function executeStep(spec, index, state, contexts, io, summaryFile) {
    const step = spec.steps[index];
    try {
        const stepEnv = {
            ...state.runnerEnv(),
            ...state.env,
            ...evaluateStrings('env' in step ? step.env : undefined, contexts)
        };
        if ('run' in step) {
            const extras = { ...spec.defaults, ...spec.extras[index] };
            const text = (token) => (token ? asString(evaluateToken(token, contexts)) : undefined);
            return await runScript({
                script: asString(evaluateToken(step.run, contexts)),
                shell: text(extras.shell),
                workingDirectory: text(extras.workingDirectory),
                env: stepEnv,
                summaryFile
            }, io);
        }
        if ('uses' in step) {
            const result = await runAction({
                uses: step.uses.value,
                with: evaluateStrings(spec.extras[index]?.with, contexts),
                env: stepEnv,
                contexts,
                summaryFile,
                stepId: step.id
            }, io);
            if (result.post)
                state.posts.push(result.post);
            return result.effects;
        }
        throw new Error(`step ${step.id} is neither run: nor uses:`);
    }
    catch (error) {
        const message = (0,core_errors/* oneLine */.TN)(error);
        io.errors.push(message);
        io.log(`Error: ${message}`);
        return { exitCode: 1, outputs: {}, env: {}, path: [], state: {} };
    }
}
/** The steps in order, each run or skipped by its `if:`. */
async function runSteps(spec, state, io, summaryFile) {
    for (const [index, step] of spec.steps.entries()) {
        const contexts = state.contexts();
        const name = stepName(step, contexts);
        const status = { success: !state.failed, failure: state.failed, cancelled: false };
        const condition = 'if' in step && step.if ? step.if.expression : 'success()';
        if (!truthy(evaluate(condition, contexts, status))) {
            io.log(`── ${name}: skipped`);
            state.steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
            continue;
        }
        io.log(`── ${name}`);
        const effects = await executeStep(spec, index, state, contexts, io, summaryFile);
        state.apply(effects);
        const outcome = effects.exitCode === 0 ? 'success' : 'failure';
        const continueOnError = continuesOnError(step, contexts);
        if (outcome === 'failure')
            io.log(`Process completed with exit code ${effects.exitCode}.`);
        state.steps[step.id] = {
            outputs: effects.outputs,
            outcome,
            conclusion: outcome === 'failure' && continueOnError ? 'success' : outcome
        };
        if (outcome === 'failure' && !continueOnError)
            state.fail(name);
    }
}
/** The post steps, last registered first; a failing one fails the job, a throwing one is only logged. */
async function runPosts(state, io) {
    for (const post of state.posts.reverse()) {
        io.log(`── ${post.name}`);
        try {
            const effects = await post.run({ ...state.runnerEnv(), ...state.env }, io);
            if (effects.exitCode !== 0)
                state.fail(post.name);
        }
        catch (error) {
            io.log(`Error: ${(0,core_errors/* oneLine */.TN)(error)}`);
        }
    }
}
async function runJob(spec, runner) {
    const dirs = await jobDirs(runner, spec.key);
    const log = [];
    const errors = [];
    const io = { runner, job: spec.key, filesDir: dirs.filesDir, log: line => log.push(line), errors };
    const state = new JobState(spec, runner, dirs);
    await runSteps(spec, state, io, dirs.summaryFile);
    await runPosts(state, io);
    let outputs = {};
    try {
        outputs = evaluateStrings(spec.outputs, state.contexts());
    }
    catch (error) {
        errors.push(`outputs: ${(0,core_errors/* oneLine */.TN)(error)}`);
    }
    await (0,promises_.writeFile)((0,external_node_path_.join)(dirs.dir, 'log.txt'), `${log.join('\n')}\n`);
    return {
        result: state.failed ? 'failure' : 'success',
        outputs,
        failedStep: state.failedStep,
        errors,
        log,
        summary: await (0,promises_.readFile)(dirs.summaryFile, 'utf8')
    };
}

;// CONCATENATED MODULE: ./lib/rehearsal/called-workflow.ts
/**
 * Where a called workflow's file comes from in a rehearsal. `uses: ./.github/workflows/x.yml` is a
 * file of the rehearsed repository. `uses: OWNER/REPO/.github/workflows/NAME.yml@REF` is one of
 * Shipline's reusable workflows when REPO is Shipline: a repository named `shipline` (any owner), or
 * the one the caller's `# Pinned to OWNER/NAME@REF` line names (what `shipline init
 * --shipline-repository` wrote, for a fork under another name). Such a call runs the workflow file
 * of this Shipline installation (whatever REF names: the installation is what is rehearsed).
 * Anything else is refused in one line. Pure.
 */


const REMOTE = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)\/(\.github\/workflows\/[A-Za-z0-9._-]+\.ya?ml)@(.+)$/;
const PINNED = /^#\s*Pinned to ([A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+)@/m;
const ACCEPTED = 'a workflow of this repository (./.github/workflows/NAME.yml) or one of Shipline’s (OWNER/shipline/.github/workflows/NAME.yml@REF, or the repository of the caller’s "# Pinned to" line)';
/** The repository the caller's `# Pinned to OWNER/NAME@REF` comment names (shipline init writes it). */
function pinnedRepository(callerText) {
    return PINNED.exec(callerText)?.[1];
}
/** `uses:` of a calling job in `caller` (whose `# Pinned to` repository is `pinned`), mapped. */
function calledWorkflow(uses, caller, pinned) {
    if (uses.startsWith('./'))
        return { kind: 'local', path: (0,external_node_path_.normalize)(uses.slice(2)) };
    const match = REMOTE.exec(uses);
    const [, owner, name, path, ref] = match ?? [];
    const repository = `${owner}/${name}`;
    if (!match || (name.toLowerCase() !== 'shipline' && repository.toLowerCase() !== pinned?.toLowerCase()))
        throw new core_errors/* UserError */.yo(`${caller}: uses: ${uses}: the rehearsal runs ${ACCEPTED}`);
    return { kind: 'shipline', repository, path, ref };
}
/** The `job_workflow_ref` claim GitHub's OIDC token carries for a job of `call`. */
function jobWorkflowRef(call) {
    const ref = /^[0-9a-f]{40}$/.test(call.ref) || call.ref.startsWith('refs/') ? call.ref : refOf(call.ref);
    return `${call.repository}/${call.path}@${ref}`;
}
/** A tag vX.Y.Z is refs/tags/…; any other short name is taken for a branch, as GitHub resolves it. */
function refOf(name) {
    return /^v\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?$/.test(name) ? `refs/tags/${name}` : `refs/heads/${name}`;
}
/** What the log says of a mapped call. */
function mappingLine(call, version) {
    return `uses: ${call.repository}/${call.path}@${call.ref} → this installation’s ${call.path} (Shipline ${version})`;
}

// EXTERNAL MODULE: ./lib/rehearsal/installation.ts
var rehearsal_installation = __webpack_require__(6940);
;// CONCATENATED MODULE: ./lib/rehearsal/job-token.ts

function jobClaims(file, at) {
    const repository = String(at.github.repository);
    const ref = String(at.github.ref);
    const sha = String(at.github.sha);
    const own = `${repository}/${file.path}@${ref}`;
    const subject = at.environment ? `environment:${at.environment}` : `ref:${ref}`;
    return {
        sub: `repo:${repository}:${subject}`,
        repository,
        repository_owner: repository.split('/')[0],
        ref,
        sha,
        event_name: String(at.github.event_name),
        run_id: String(at.github.run_id),
        workflow_ref: `${repository}/${at.workflowPath}@${ref}`,
        workflow_sha: sha,
        job_workflow_ref: file.shipline ? jobWorkflowRef(file.shipline) : own,
        job_workflow_sha: file.shipline ? (at.installationSha ?? '') : sha,
        ...(at.environment ? { environment: at.environment } : {})
    };
}

// EXTERNAL MODULE: ./lib/rehearsal/report.ts
var report = __webpack_require__(72618);
;// CONCATENATED MODULE: ./lib/rehearsal/runner.ts
/** Variables of this machine that a runner's step sees too; nothing else leaks in. */
const MACHINE_VARIABLES = ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'SHELL', 'TERM'];
function machineEnv(env) {
    const out = {};
    for (const name of MACHINE_VARIABLES)
        if (env[name])
            out[name] = env[name];
    return out;
}

;// CONCATENATED MODULE: ./lib/rehearsal/workflow.ts
/**
 * A workflow file as GitHub reads it: parsed and validated by @actions/workflow-parser (GitHub's own
 * schema), with every `uses: ./.github/workflows/x.yml` called workflow loaded from the repository
 * and every `uses: OWNER/shipline/.github/workflows/x.yml@REF` from this Shipline installation
 * (called-workflow.ts decides which), converted by the same parser (its inputs, secrets and outputs
 * attached to the calling job).
 * Also keeps what the parser's model drops and a run needs, from the same parsed tokens: each file's
 * top-level `env:`, and each step's `with:`, `shell` and `working-directory`.
 */






function entry(mapping, key) {
    if (!mapping || !(0,dist/* isMapping */.pi)(mapping))
        return undefined;
    for (let i = 0; i < mapping.count; i++) {
        const pair = mapping.get(i);
        if ((0,dist/* isString */.Kg)(pair.key) && pair.key.value === key)
            return pair.value;
    }
    return undefined;
}
function extrasOf(step) {
    const extras = {};
    const withToken = entry(step, 'with');
    const shell = entry(step, 'shell');
    const workingDirectory = entry(step, 'working-directory');
    if (withToken)
        extras.with = withToken;
    if (shell)
        extras.shell = shell;
    if (workingDirectory)
        extras.workingDirectory = workingDirectory;
    return extras;
}
/** What the parser's model drops, read from the parsed (validated) tokens of the file. */
function tokenExtras(root) {
    const extras = new Map();
    const jobs = new Map();
    const jobsToken = entry(root, 'jobs');
    if (jobsToken && (0,dist/* isMapping */.pi)(jobsToken))
        for (let i = 0; i < jobsToken.count; i++) {
            const pair = jobsToken.get(i);
            const id = (0,dist/* isString */.Kg)(pair.key) ? pair.key.value : String(pair.key);
            const steps = entry(pair.value, 'steps');
            const list = [];
            if (steps && (0,dist/* isSequence */.wZ)(steps))
                for (let j = 0; j < steps.count; j++)
                    list.push(extrasOf(steps.get(j)));
            extras.set(id, list);
            jobs.set(id, extrasOf(entry(entry(pair.value, 'defaults'), 'run')));
        }
    return { extras, defaults: { run: extrasOf(entry(entry(root, 'defaults'), 'run')), jobs } };
}
function parseErrors(path, errors) {
    const messages = errors.map(e => e.message ?? e.Message ?? String(e));
    throw new core_errors/* UserError */.yo(`${path}: ${messages.slice(0, 5).join('; ')}`);
}
/** Each file read once: the repository's by its path, the installation's (`from` set) by its path there. */
function fileReader(repoDir, installation) {
    const contents = new Map();
    return async (file, from) => {
        const key = from ? `shipline:${file}` : file;
        if (!contents.has(key)) {
            if (from && !installation)
                throw new core_errors/* UserError */.yo(`uses: ${from.repository}/${file}@${from.ref}: no Shipline installation was found to run it; run shipline from the @shipline/cli package or a Shipline checkout`);
            const dir = from ? installation : repoDir;
            try {
                contents.set(key, await (0,promises_.readFile)((0,external_node_path_.join)(dir, file), 'utf8'));
            }
            catch {
                throw new core_errors/* UserError */.yo(`${file} does not exist in ${dir}`);
            }
        }
        return { name: file, content: contents.get(key) };
    };
}
/**
 * Load and convert `path` (relative to `repoDir`) and every workflow it calls; Shipline's reusable
 * workflows come from `installation` (the root of this Shipline installation).
 */
async function loadWorkflow(repoDir, path, installation) {
    const read = fileReader(repoDir, installation);
    const entry = await read((0,external_node_path_.normalize)(path));
    const parsed = (0,dist/* parseWorkflow */.hM)(entry, new dist/* NoOperationTraceWriter */.P0());
    if (parsed.context.errors.getErrors().length || !parsed.value)
        parseErrors(entry.name, parsed.context.errors.getErrors());
    const pinned = pinnedRepository(entry.content);
    const mapped = (uses) => calledWorkflow(uses, entry.name, pinned);
    let refused;
    const provider = {
        getFileContent: async (ref) => {
            try {
                const uses = ref.owner ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : `./${ref.path}`;
                const call = mapped(uses);
                return await read(call.path, call.kind === 'shipline' ? call : undefined);
            }
            catch (error) {
                refused ??= error;
                throw error;
            }
        }
    };
    const template = await (0,dist/* convertWorkflowTemplate */.DE)(parsed.context, parsed.value, provider, {
        fetchReusableWorkflowDepth: 1
    });
    if (refused)
        throw refused;
    if (template.errors?.length)
        parseErrors(entry.name, template.errors);
    const file = await describeFile(entry, template.jobs, parsed.value, read, mapped);
    return { ...file, events: template.events };
}
async function describeFile(file, jobs, root, read, mapped, shipline) {
    const path = file.name;
    const called = new Map();
    for (const job of jobs) {
        if (job.type !== 'reusableWorkflowJob')
            continue;
        const call = mapped(job.ref.value);
        const from = call.kind === 'shipline' ? call : undefined;
        const calledFile = await read(call.path, from);
        if (!job.jobs)
            throw new core_errors/* UserError */.yo(`${path}: jobs.${job.id.value}: ${call.path} calls another workflow; the rehearsal expands one level of called workflows`);
        const calledRoot = (0,dist/* parseWorkflow */.hM)(calledFile, new dist/* NoOperationTraceWriter */.P0()).value;
        called.set(job.id.value, await describeFile(calledFile, job.jobs, calledRoot, read, mapped, from));
    }
    return {
        path,
        text: file.content,
        ...(shipline ? { shipline } : {}),
        env: entry(root, 'env'),
        jobs,
        called,
        ...tokenExtras(root)
    };
}

;// CONCATENATED MODULE: ./lib/rehearsal/run.ts
/**
 * A rehearsal: one workflow file's run for one event, on this machine. The stand-ins at the protocol
 * edges start (a loopback registry, AWS at the SDK's endpoint, the Kubernetes API, GitHub's REST
 * API) with their state in the state directory; the jobs run in `needs` order, called workflows
 * expanded, each job's `if:`, matrix and outputs decided by graph.ts over GitHub's own evaluator;
 * then what changed at the edges is counted: builds, pushes (new digests in the registry), rollouts,
 * invalidations, approvals and pull request comments.
 */




























async function run_git(args, cwd) {
    return (await (0,exec/* run */.eF)('git', args, { cwd, stream: false })).stdout.trim();
}
async function tryGit(args, cwd) {
    try {
        return await run_git(args, cwd);
    }
    catch {
        return undefined;
    }
}
/** owner/name of a repository from its origin remote on GitHub. */
function repositoryFromRemote(url) {
    const match = /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url ?? '');
    return match?.[1];
}
async function resolveCommit(repo, ref, flag) {
    if (/^0{40}$/.test(ref))
        return context/* ZERO_SHA */.gy;
    const sha = await tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repo);
    if (!sha)
        throw new core_errors/* InputError */.dz(flag, `"${ref}" is not a commit of ${repo}`, 'a commit SHA or ref of --repo');
    return sha;
}
async function eventSpec(options, inputs) {
    const repo = options.repo;
    const sha = await resolveCommit(repo, 'HEAD', '--repo');
    const head = await tryGit(['rev-parse', '--abbrev-ref', 'HEAD'], repo);
    const branch = !head || head === 'HEAD' ? 'main' : head;
    const repository = options.repository ??
        repositoryFromRemote(await tryGit(['remote', 'get-url', 'origin'], repo)) ??
        `rehearsal/${(0,external_node_path_.basename)((0,external_node_path_.resolve)(repo))}`;
    let before;
    if (options.before)
        before = await resolveCommit(repo, options.before, '--before');
    else if (options.event === 'pull_request' &&
        branch !== 'main' &&
        (await tryGit(['rev-parse', '--verify', '--quiet', 'main'], repo)))
        before = await run_git(['merge-base', 'HEAD', 'main'], repo);
    else
        before = (await tryGit(['rev-parse', '--verify', '--quiet', 'HEAD^'], repo)) ?? context/* ZERO_SHA */.gy;
    const message = (await tryGit(['log', '-1', '--format=%s'], repo)) ?? '';
    return {
        name: options.event,
        repository,
        sha,
        branch,
        before,
        baseBranch: 'main',
        number: options.event === 'pull_request' ? 1 : undefined,
        inputs,
        message
    };
}
/** GitHub runs the workflow for the event only when its `on:` filters let it through. */
function checkTrigger(events, spec, workflow) {
    if (!(spec.name in events))
        throw new core_errors/* InputError */.dz('--event', `${workflow} is not triggered by ${spec.name}`, Object.keys(events).join(', '));
    const filter = events[spec.name];
    const branch = spec.name === 'pull_request' ? (spec.baseBranch ?? 'main') : spec.branch;
    if (filter?.branches?.length && !filter.branches.some(pattern => (0,glob/* globMatch */.e)(pattern, branch)))
        throw new core_errors/* UserError */.yo(`${workflow}: on.${spec.name}.branches does not include ${branch}: GitHub would not run it`);
    if (filter?.['branches-ignore']?.some(pattern => (0,glob/* globMatch */.e)(pattern, branch)))
        throw new core_errors/* UserError */.yo(`${workflow}: on.${spec.name}.branches-ignore excludes ${branch}: GitHub would not run it`);
}
function secretNames(texts) {
    const names = new Set();
    for (const text of texts)
        for (const match of text.matchAll(/secrets\.([A-Za-z_][A-Za-z0-9_]*)/g))
            names.add(match[1]);
    return [...names].sort();
}
/** Stand-in values for the secrets the workflows name: role ARNs look like role ARNs. */
function standInSecrets(names, token, account) {
    const out = { GITHUB_TOKEN: token };
    for (const name of names)
        if (name !== 'GITHUB_TOKEN')
            out[name] = /ROLE_ARN$/.test(name)
                ? `arn:aws:iam::${account}:role/${name
                    .toLowerCase()
                    .replace(/_role_arn$/, '')
                    .replace(/_/g, '-')}`
                : `rehearsal-${name.toLowerCase()}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    return out;
}
async function snapshotRegistry(host) {
    const digests = new Set();
    const repositories = [];
    for (let last = '';;) {
        const response = await fetch(`http://${host}/v2/_catalog?n=100${last ? `&last=${encodeURIComponent(last)}` : ''}`);
        if (!response.ok)
            throw new core_errors/* UserError */.yo(`the registry ${host} answered ${response.status} to its catalog`);
        const page = (await response.json()).repositories ?? [];
        repositories.push(...page);
        if (page.length < 100)
            break;
        last = page[page.length - 1];
    }
    // The build cache (cache/SERVICE) is not an image anyone pushed: it is left out of the pushes.
    for (const repository of repositories.filter(name => !name.startsWith('cache/'))) {
        const tags = (await (await fetch(`http://${host}/v2/${repository}/tags/list`)).json()).tags ?? [];
        for (const tag of tags) {
            const head = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
                method: 'HEAD',
                headers: {
                    accept: 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json'
                }
            });
            const digest = head.headers.get('docker-content-digest');
            if (digest)
                digests.add(`${repository}@${digest}`);
        }
    }
    return { digests };
}
async function nextRunNumber(stateDir) {
    const file = (0,external_node_path_.join)(stateDir, 'run-number');
    const number = ((0,external_node_fs_.existsSync)(file) ? Number((0,external_node_fs_.readFileSync)(file, 'utf8')) || 0 : 0) + 1;
    await (0,promises_.writeFile)(file, `${number}\n`);
    return number;
}
function entries(token) {
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return [];
    const out = [];
    for (let i = 0; i < token.count; i++) {
        const pair = token.get(i);
        out.push([(0,dist/* isString */.Kg)(pair.key) ? pair.key.value : String(pair.key), pair.value]);
    }
    return out;
}
function field(token, name) {
    return entries(token).find(([key]) => key === name)?.[1];
}
class Rehearsal {
    runner;
    protectedEnvironments;
    onJob;
    jobEnv;
    reports = [];
    logs = {};
    constructor(runner, protectedEnvironments, onJob, 
    /** The runner's variables for one job of `file` (its OIDC token request). */
    jobEnv = () => ({})) {
        this.runner = runner;
        this.protectedEnvironments = protectedEnvironments;
        this.onJob = onJob;
        this.jobEnv = jobEnv;
    }
    report(job) {
        this.reports.push(job);
        this.onJob?.((0,report/* jobLine */._)(job), job);
    }
    environmentOf(job, contexts) {
        if (!job.environment)
            return null;
        try {
            const value = evaluateToken(job.environment, contexts);
            const name = typeof value === 'object' && value !== null && !Array.isArray(value) ? value.name : value;
            return asString(name ?? null) || null;
        }
        catch {
            return null;
        }
    }
    async runFile(scope) {
        const { file } = scope;
        const results = {};
        const byId = new Map(file.jobs.map(job => [job.id.value, job]));
        const needsOf = (id) => (byId.get(id)?.needs ?? []).map(need => need.value);
        const order = needsOrder(file.jobs.map(job => ({ id: job.id.value, needs: needsOf(job.id.value) })));
        for (const id of order) {
            const job = byId.get(id);
            const needs = needsOf(id);
            const needsContext = Object.fromEntries(needs.map(need => [need, results[need]]));
            const resultOf = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.result]));
            const status = jobStatus(needs, [...ancestors(id, needsOf)].map(a => resultOf[a]), resultOf);
            const contexts = { ...scope.base, needs: needsContext };
            const key = `${scope.prefix}${id}`;
            let decision;
            try {
                decision = decideJob(job.if.expression, contexts, status, Object.fromEntries(needs.map(n => [n, resultOf[n]])));
            }
            catch (error) {
                results[id] = { result: 'failure', outputs: {} };
                this.report({
                    id: key,
                    status: 'failure',
                    environment: null,
                    approval: false,
                    reason: `if: ${(0,core_errors/* oneLine */.TN)(error)}`
                });
                continue;
            }
            if (!decision.run) {
                results[id] = { result: 'skipped', outputs: {} };
                const environment = job.type === 'job' ? this.environmentOf(job, contexts) : null;
                this.report({ id: key, status: 'skipped', environment, approval: false, reason: decision.reason });
                continue;
            }
            results[id] =
                job.type === 'reusableWorkflowJob'
                    ? await this.runCalled(job, scope, contexts)
                    : await this.runJobLegs(job, scope, contexts, key);
        }
        return results;
    }
    async runCalled(job, scope, contexts) {
        const id = job.id.value;
        const called = scope.file.called.get(id);
        const key = `${scope.prefix}${id}`;
        try {
            const given = evaluateStrings(job['input-values'], contexts);
            const inputs = {};
            for (const [name, definition] of entries(job['input-definitions'])) {
                const type = asString(field(definition, 'type') ? evaluateToken(field(definition, 'type'), {}) : 'string');
                const defaultToken = field(definition, 'default');
                const raw = name in given
                    ? given[name]
                    : defaultToken
                        ? evaluateToken(defaultToken, { github: scope.base.github, inputs: {}, vars: {} })
                        : undefined;
                const required = field(definition, 'required')
                    ? evaluateToken(field(definition, 'required'), {}) === true
                    : false;
                if (raw === undefined && required)
                    throw new core_errors/* UserError */.yo(`input ${name} is required by ${called.path}`);
                inputs[name] =
                    type === 'boolean'
                        ? raw === true || raw === 'true'
                        : type === 'number'
                            ? Number(raw ?? 0)
                            : asString(raw ?? '');
            }
            const secrets = job['inherit-secrets']
                ? scope.base.secrets
                : { GITHUB_TOKEN: this.runner.token, ...evaluateStrings(job['secret-values'], contexts) };
            const base = { github: scope.base.github, vars: scope.base.vars, inputs, secrets };
            const env = evaluateStrings(called.env, base);
            const results = await this.runFile({ file: called, prefix: `${key}/`, base, env });
            const jobs = Object.fromEntries(Object.entries(results));
            const outputs = {};
            for (const [name, definition] of entries(job.outputs)) {
                const value = field(definition, 'value');
                outputs[name] = value ? asString(evaluateToken(value, { ...base, jobs })) : '';
            }
            return { result: combinedResult(Object.values(results).map(r => r.result)), outputs };
        }
        catch (error) {
            this.report({ id: key, status: 'failure', environment: null, approval: false, reason: (0,core_errors/* oneLine */.TN)(error) });
            return { result: 'failure', outputs: {} };
        }
    }
    async runJobLegs(job, scope, contexts, key) {
        let matrix;
        try {
            matrix = legsOf(job, contexts);
        }
        catch (error) {
            this.report({
                id: key,
                status: 'failure',
                environment: null,
                approval: false,
                reason: `strategy: ${(0,core_errors/* oneLine */.TN)(error)}`
            });
            return { result: 'failure', outputs: {} };
        }
        const { legs, strategy } = matrix;
        const results = [];
        const outputs = [];
        for (const [index, leg] of legs.entries()) {
            const legKey = legName(key, leg, job.name ? String(job.name) : '');
            const legContexts = {
                ...contexts,
                matrix: leg ?? {},
                strategy: strategyContext(strategy, index, legs.length),
                env: scope.env
            };
            const environment = this.environmentOf(job, legContexts);
            const approval = environment !== null && this.protectedEnvironments.includes(environment);
            const spec = {
                ...jobSpecOf(job, scope, legKey, legContexts),
                runnerEnv: this.jobEnv(scope.file, environment)
            };
            const run = await runJob(spec, this.runner);
            this.logs[legKey] = run.log;
            results.push(run.result);
            outputs.push(run.outputs);
            const reason = failureReason(run);
            this.report({ id: legKey, status: run.result, environment, approval, ...(reason ? { reason } : {}) });
        }
        return { result: combinedResult(results), outputs: mergedOutputs(outputs) };
    }
}
/** The job's legs (one, without a matrix) and its evaluated `strategy:`. */
function legsOf(job, contexts) {
    if (!job.strategy)
        return { legs: [undefined], strategy: {} };
    const strategy = (evaluateToken(job.strategy, contexts) ?? {});
    const legs = strategy.matrix !== undefined
        ? expandMatrix(strategy.matrix, `jobs.${job.id.value}.strategy.matrix`)
        : [undefined];
    return { legs, strategy };
}
/** The `strategy` context of leg `index` of `total`. */
function strategyContext(strategy, index, total) {
    return {
        'fail-fast': strategy['fail-fast'] ?? true,
        'job-index': index,
        'job-total': total,
        'max-parallel': strategy['max-parallel'] ?? total
    };
}
function jobSpecOf(job, scope, key, contexts) {
    return {
        key,
        id: job.id.value,
        steps: job.steps,
        env: job.env,
        outputs: job.outputs,
        extras: scope.file.extras.get(job.id.value) ?? [],
        defaults: { ...scope.file.defaults.run, ...scope.file.defaults.jobs.get(job.id.value) },
        contexts
    };
}
/** Why a failed job failed: its failed step and the last error it printed. */
function failureReason(run) {
    if (run.result !== 'failure')
        return undefined;
    const step = run.failedStep ? `step "${run.failedStep}" failed` : 'failed';
    return `${step}${run.errors.length ? `: ${run.errors[run.errors.length - 1]}` : ''}`;
}
/** What the options ask for, checked before anything starts: the workflow, its event and inputs. */
async function decideRun(options) {
    const repo = (0,external_node_path_.resolve)(options.repo);
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(repo, '.git')) && !(await tryGit(['rev-parse', '--git-dir'], repo)))
        throw new core_errors/* InputError */.dz('--repo', `${repo} is not a git repository`, 'the directory of a git checkout');
    const workflowPath = (0,external_node_path_.resolve)(repo, options.workflow).startsWith(repo + '/')
        ? (0,external_node_path_.resolve)(repo, options.workflow).slice(repo.length + 1)
        : options.workflow;
    const installation = options.installation ?? options.shiplineSources ?? (0,rehearsal_installation/* installationRoot */.rb)();
    const workflow = await loadWorkflow(repo, workflowPath, installation && (0,external_node_path_.resolve)(installation));
    const dispatchDefinitions = (workflow.events.workflow_dispatch?.inputs ?? {});
    const inputs = options.event === 'workflow_dispatch' ? (0,context/* dispatchInputs */.Cf)(dispatchDefinitions, options.inputs ?? {}) : {};
    if (options.event !== 'workflow_dispatch' && Object.keys(options.inputs ?? {}).length)
        throw new core_errors/* InputError */.dz('--input', `is for --event workflow_dispatch, not ${options.event}`, 'no --input with this event');
    const spec = await eventSpec(options, inputs);
    checkTrigger(workflow.events, spec, workflowPath);
    return { repo, workflowPath, workflow, inputs, spec, installation };
}
/** Start the stand-ins; each one's stop is pushed on `stops` as soon as it runs. */
async function startStandIns(options, stateDir, token, stops) {
    const registry = options.registry
        ? { host: options.registry, stop: async () => undefined }
        : await (0,local_registry/* startRegistry */.qm)({ dataDir: (0,external_node_path_.join)(stateDir, 'registry') });
    stops.push(() => registry.stop());
    const kube = await startKubeStandIn({ stateDir: (0,external_node_path_.join)(stateDir, 'kube') });
    stops.push(() => kube.stop());
    const aws = await startAwsStandIn({
        stateDir: (0,external_node_path_.join)(stateDir, 'aws'),
        registry: registry.host,
        kubeEndpoint: kube.url,
        handlers: options.awsHandlers
    });
    stops.push(() => aws.stop());
    const github = await startGitHubStandIn({ stateDir: (0,external_node_path_.join)(stateDir, 'github'), token });
    stops.push(() => github.stop());
    const oidc = await startOidcStandIn();
    stops.push(() => oidc.stop());
    return { registry, kube, aws, github, oidc };
}
function podmanStorage(options, stateDir) {
    return {
        root: options.podman?.root ?? (0,external_node_path_.join)(stateDir, 'podman', 'root'),
        runroot: options.podman?.runroot ?? (0,external_node_path_.join)(stateDir, 'podman', 'run'),
        storageDriver: 'vfs',
        isolation: 'chroot'
    };
}
/** Where the machine has busybox-static: the base image the workflows build from, built and tagged. */
async function tagBusyboxBase(podman, registryHost) {
    if (!(0,busybox_base/* busyboxBaseAvailable */.vO)())
        return;
    const base = await (0,busybox_base/* ensureBusyboxBase */.Kp)(podman);
    const storage = ['--root', podman.root, '--runroot', podman.runroot, '--storage-driver', 'vfs'];
    await (0,exec/* run */.eF)('podman', [...storage, 'tag', base, BUSYBOX_REFERENCE], { stream: false });
    // Docker Hub's copy, for the content tags' base image digests (the runner's network maps
    // registry-1.docker.io to this registry).
    await (0,exec/* run */.eF)('podman', [
        ...storage,
        'push',
        '--quiet',
        '--tls-verify=false',
        BUSYBOX_REFERENCE,
        `${registryHost}/${BUSYBOX_REPOSITORY}`
    ], { stream: false });
}
/** The environment every job's steps start from: this machine's, the runner's, the stand-ins'. */
function runnerBaseEnv(at) {
    const { aws, registry } = at.standIns;
    const machine = machineEnv(process.env);
    return {
        ...machine,
        PATH: [at.tools.binDir, machine.PATH ?? '/usr/bin:/bin'].join(':'),
        ...(0,context/* githubVariables */.zM)(at.github),
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        RUNNER_NAME: 'shipline-rehearsal',
        RUNNER_ENVIRONMENT: 'github-hosted',
        RUNNER_TOOL_CACHE: at.tools.toolCache,
        SHIPLINE_TRIVY: at.tools.trivy,
        ImageOS: 'ubuntu24',
        AWS_ENDPOINT_URL: aws.url,
        AWS_ENDPOINT_URL_S3: aws.url,
        AWS_ENDPOINT_URL_STS: aws.url,
        AWS_EC2_METADATA_DISABLED: 'true',
        // node24 actions run on this machine's Node, whose version the SDK would warn about.
        AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: 'true',
        NODE_OPTIONS: at.tools.nodeOptions,
        SHIPLINE_REHEARSAL_REGISTRY: registry.host,
        SHIPLINE_REHEARSAL_BUILDS: at.buildsLog,
        SHIPLINE_PODMAN_ROOT: at.podman.root,
        SHIPLINE_PODMAN_RUNROOT: at.podman.runroot,
        SHIPLINE_PODMAN_STORAGE_DRIVER: at.podman.storageDriver,
        SHIPLINE_PODMAN_ISOLATION: at.podman.isolation,
        SHIPLINE_SOURCE_CACHE: (0,external_node_path_.join)(at.stateDir, 'source-cache'),
        TF_IN_AUTOMATION: 'true'
    };
}
/** What the stand-ins have seen so far: digests in the registry, rollouts, invalidations, comments. */
async function edgeCounts({ registry, kube, aws, github }) {
    return {
        registry: await snapshotRegistry(registry.host),
        rollouts: kube.rollouts().length,
        invalidations: aws.invalidations().length,
        comments: github.writes().length
    };
}
/** The local repository actions/checkout takes for each owner/name (lower case); the event's is --repo. */
function checkoutRepositories(options, spec, repo) {
    return {
        ...Object.fromEntries(Object.entries(options.repositories ?? {}).map(([k, v]) => [k.toLowerCase(), (0,external_node_path_.resolve)(v)])),
        [spec.repository.toLowerCase()]: repo
    };
}
/** This run's number and directory under the state directory. */
async function newRunDir(stateDir) {
    await (0,promises_.mkdir)(stateDir, { recursive: true });
    const runNumber = await nextRunNumber(stateDir);
    const runDir = (0,external_node_path_.join)(stateDir, 'runs', String(runNumber));
    await (0,promises_.mkdir)(runDir, { recursive: true });
    return { runNumber, runDir };
}
/** What the run did: its jobs, and what changed at the edges since `before`. */
async function countRun(rehearsal, standIns, before, buildsLog, runDir) {
    const { registry, kube, aws, github } = standIns;
    const after = await snapshotRegistry(registry.host);
    const builds = (await (0,promises_.readFile)(buildsLog, 'utf8')).split('\n').filter(Boolean).length;
    const jobs = rehearsal.reports;
    return {
        jobs,
        approvals: jobs.filter(job => job.approval).length,
        builds,
        pushes: [...after.digests].filter(digest => !before.registry.digests.has(digest)).length,
        rollouts: kube.rollouts().length - before.rollouts,
        invalidations: aws.invalidations().length - before.invalidations,
        comments: github.writes().length - before.comments,
        success: !jobs.some(job => job.status === 'failure'),
        runDir,
        logs: rehearsal.logs
    };
}
/** Run the rehearsal; resolves to what a user sees. Stand-ins are stopped whatever happens. */
async function rehearse(options) {
    const { repo, workflowPath, workflow, inputs, spec, installation } = await decideRun(options);
    const stateDir = (0,external_node_path_.resolve)(options.stateDir);
    const { runNumber, runDir } = await newRunDir(stateDir);
    const token = `ghs_rehearsal${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    const stops = [];
    try {
        const standIns = await startStandIns(options, stateDir, token, stops);
        const { registry, aws, github } = standIns;
        const tools = await installRunnerTools(stateDir);
        const podman = podmanStorage(options, stateDir);
        await tagBusyboxBase(podman, registry.host);
        const eventPath = (0,external_node_path_.join)(runDir, 'event.json');
        await (0,promises_.writeFile)(eventPath, `${JSON.stringify((0,context/* eventPayload */.Z3)(spec), null, 2)}\n`);
        const githubCtx = (0,context/* githubContext */.h4)(spec, {
            runId: 1_000_000 + runNumber,
            runNumber,
            attempt: 1,
            workflow: workflowPath,
            token,
            apiUrl: github.url,
            serverUrl: 'https://github.com'
        }, eventPath);
        const texts = [workflow.text, ...collectFiles(workflow).map(file => file.text)];
        const shipline = await shiplineCheckout(workflow, installation, stateDir, !options.shiplineSources);
        const secrets = standInSecrets(secretNames(texts), token, '123456789012');
        const buildsLog = (0,external_node_path_.join)(runDir, 'builds.jsonl');
        await (0,promises_.writeFile)(buildsLog, '');
        const runner = {
            stateDir,
            runDir,
            baseEnv: runnerBaseEnv({ stateDir, tools, github: githubCtx, standIns, podman, buildsLog }),
            repositories: { ...shipline.repositories, ...checkoutRepositories(options, spec, repo) },
            shiplineSources: options.shiplineSources ? (0,external_node_path_.resolve)(options.shiplineSources) : undefined,
            artifacts: new ArtifactStore((0,external_node_path_.join)(runDir, 'artifacts')),
            endpoints: { aws: aws.url, github: github.url, registry: registry.host },
            token,
            masks: new Set(Object.values(secrets))
        };
        const before = await edgeCounts(standIns);
        const jobEnv = oidcJobEnv(standIns.oidc, runner, {
            github: githubCtx,
            workflowPath,
            installationSha: shipline.sha
        });
        const rehearsal = new Rehearsal(runner, options.protectedEnvironments ?? [], options.onJob, jobEnv);
        const base = { github: githubCtx, inputs, vars: {}, secrets };
        const env = evaluateStrings(workflow.env, base);
        await rehearsal.runFile({ file: workflow, prefix: '', base, env });
        return await countRun(rehearsal, standIns, before, buildsLog, runDir);
    }
    finally {
        for (const stop of stops.reverse())
            await stop().catch(() => undefined);
    }
}
/** Each job's OIDC token request: a token issued with its claims (masked), and where to send it. */
function oidcJobEnv(oidc, runner, at) {
    return (file, environment) => {
        const requestToken = oidc.issue(jobClaims(file, { ...at, environment }));
        runner.masks.add(requestToken);
        return { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken };
    };
}
function collectFiles(file) {
    return [...file.called.values()].flatMap(called => [called, ...collectFiles(called)]);
}
/**
 * The calls of Shipline's reusable workflows, each said in the log, and the installation committed
 * for actions/checkout under each repository they name (nothing when the workflow makes none).
 */
async function shiplineCheckout(workflow, installation, stateDir, bundles) {
    const calls = new Map();
    for (const file of collectFiles(workflow))
        if (file.shipline)
            calls.set(`${file.shipline.repository}/${file.shipline.path}@${file.shipline.ref}`, file.shipline);
    if (!calls.size || !installation)
        return { repositories: {} };
    for (const call of calls.values())
        (0,log/* info */.pq)(mappingLine(call, version/* VERSION */.x));
    const dir = (0,external_node_path_.join)(stateDir, 'shipline');
    const sha = await (0,rehearsal_installation/* commitInstallation */.SC)(installation, dir, bundles);
    const repositories = Object.fromEntries([...calls.values()].map(call => [call.repository.toLowerCase(), dir]));
    return { repositories, sha };
}


/***/ })

};
