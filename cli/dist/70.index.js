export const id = 70;
export const ids = [70];
export const modules = {

/***/ 87070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy)
});

// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/log.ts
var core_log = __webpack_require__(95422);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./lib/core/clock.ts
var clock = __webpack_require__(1866);
// EXTERNAL MODULE: ./lib/core/retry.ts
var retry = __webpack_require__(93502);
;// CONCATENATED MODULE: ./lib/kube/client.ts
/**
 * A thin Kubernetes API client over node's http/https: JSON requests with a bearer token (renewed
 * on demand) or a client certificate, discovery (kind → resource, namespaced or not), server-side
 * apply, get/list, and pod logs. Just what Shipline needs, without @kubernetes/client-node.
 */





/** An error status from the API server, with its reason and causes (field conflicts). */
class KubeApiError extends errors/* UserError */.yo {
    status;
    reason;
    causes;
    constructor(status, reason, message, causes = []) {
        super(message);
        this.status = status;
        this.reason = reason;
        this.causes = causes;
        this.name = 'KubeApiError';
    }
}
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
/** `apps/v1` → `/apis/apps/v1`; `v1` → `/api/v1`. */
function apiBase(apiVersion) {
    return apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
}
class KubeClient {
    connection;
    options;
    agent;
    url;
    resources = new Map();
    /** Requests sent, by method (tests and the benchmark read it). */
    requests = [];
    constructor(connection, options = {}) {
        this.connection = connection;
        this.options = options;
        this.url = new URL(connection.server);
        this.agent =
            this.url.protocol === 'https:'
                ? new (external_node_https_default()).Agent({
                    keepAlive: true,
                    ca: connection.ca,
                    cert: connection.clientCert,
                    key: connection.clientKey,
                    rejectUnauthorized: !connection.insecureSkipTlsVerify
                })
                : new (external_node_http_default()).Agent({ keepAlive: true });
    }
    /** Close idle keep-alive sockets (lets the process exit at once). */
    close() {
        this.agent.destroy();
    }
    get server() {
        return this.connection.server;
    }
    async request(method, path, options = {}) {
        const attempt = async () => {
            try {
                return await this.send(method, path, options);
            }
            catch (error) {
                if (error instanceof KubeApiError && error.status === 401 && this.connection.token) {
                    this.connection.onUnauthorized?.();
                    return this.send(method, path, options);
                }
                throw error;
            }
        };
        return (0,retry/* retry */.L)(attempt, {
            attempts: this.options.attempts ?? 4,
            baseMs: 500,
            capMs: 5000,
            clock: this.options.clock ?? clock/* systemClock */.m,
            retryable: error => error instanceof KubeApiError ? RETRYABLE_STATUS.has(error.status) : !(error instanceof errors/* UserError */.yo)
        }).catch(error => {
            if (error instanceof errors/* UserError */.yo)
                throw error;
            const code = error.code;
            throw new errors/* UserError */.yo(`Cannot reach the Kubernetes API at ${this.connection.server}: ${code ? `${code} ` : ''}${error.message}`);
        });
    }
    async send(method, path, options) {
        const query = new URLSearchParams();
        for (const [key, value] of Object.entries(options.query ?? {}))
            if (value !== undefined)
                query.set(key, String(value));
        const fullPath = `${this.url.pathname.replace(/\/$/, '')}${path}${query.size ? `?${query}` : ''}`;
        const headers = {
            Accept: options.text ? '*/*' : 'application/json',
            'User-Agent': 'shipline'
        };
        if (this.connection.token)
            headers.Authorization = `Bearer ${await this.connection.token()}`;
        if (options.body !== undefined) {
            headers['Content-Type'] = options.contentType ?? 'application/json';
            headers['Content-Length'] = String(Buffer.byteLength(options.body));
        }
        this.requests.push(`${method} ${path}`);
        const transport = this.url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const { status, body } = await new Promise((resolve, reject) => {
            const req = transport.request({
                protocol: this.url.protocol,
                hostname: this.url.hostname,
                port: this.url.port,
                path: fullPath,
                method,
                headers,
                agent: this.agent,
                timeout: this.options.timeoutMs ?? 30_000
            }, res => {
                const chunks = [];
                res.on('data', (chunk) => chunks.push(chunk));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
                res.on('error', reject);
            });
            req.on('timeout', () => req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
            req.on('error', reject);
            req.end(options.body);
        });
        if (status >= 200 && status < 300)
            return (options.text ? body : body ? JSON.parse(body) : {});
        throw statusError(status, body, `${method} ${path}`);
    }
    get(path, query) {
        return this.request('GET', path, { query });
    }
    /** The object at `path`, or undefined when it does not exist. */
    async getOptional(path) {
        try {
            return await this.get(path);
        }
        catch (error) {
            if (error instanceof KubeApiError && error.status === 404)
                return undefined;
            throw error;
        }
    }
    /** The resources of `apiVersion` by kind (discovery, cached). */
    resourceMap(apiVersion) {
        let cached = this.resources.get(apiVersion);
        if (!cached) {
            cached = this.get(apiBase(apiVersion))
                .then(list => new Map((list.resources ?? []).filter(r => !r.name.includes('/')).map(r => [r.kind, r])))
                .catch(error => {
                this.resources.delete(apiVersion);
                if (error instanceof KubeApiError && error.status === 404)
                    return new Map();
                throw error;
            });
            this.resources.set(apiVersion, cached);
        }
        return cached;
    }
    /** The resource serving `kind` in `apiVersion`, or undefined when the cluster has none. */
    async resourceFor(apiVersion, kind) {
        return (await this.resourceMap(apiVersion)).get(kind);
    }
    /** Forget discovery (after CRDs were applied). */
    forgetDiscovery() {
        this.resources.clear();
    }
    /** The URL path of an object (`namespace` is used only for namespaced resources). */
    async pathOf(apiVersion, kind, name, namespace) {
        const resource = await this.resourceFor(apiVersion, kind);
        if (!resource)
            throw new errors/* UserError */.yo(`The cluster serves no ${kind} in ${apiVersion} (is its CRD installed?)`);
        const ns = resource.namespaced ? `/namespaces/${encodeURIComponent(namespace ?? 'default')}` : '';
        return `${apiBase(apiVersion)}${ns}/${resource.name}${name ? `/${encodeURIComponent(name)}` : ''}`;
    }
    /** Server-side apply of `object` as `fieldManager`, without forcing conflicts. */
    async apply(object, fieldManager) {
        const path = await this.pathOf(object.apiVersion, object.kind, object.metadata.name, object.metadata.namespace);
        const applied = await this.request('PATCH', path, {
            query: { fieldManager, force: false },
            body: JSON.stringify(object),
            contentType: 'application/apply-patch+yaml'
        });
        return { object: applied, path };
    }
    /** Objects of `kind` in `namespace` matching `labelSelector`. */
    async list(apiVersion, kind, namespace, query = {}) {
        const path = await this.pathOf(apiVersion, kind, undefined, namespace);
        return (await this.get(path, query)).items ?? [];
    }
    /** The last lines of a container's log (of its previous instance when `previous`). */
    logs(namespace, pod, container, options) {
        return this.request('GET', `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log`, {
            query: { container, tailLines: options.tailLines, previous: options.previous || undefined },
            text: true
        });
    }
}
function statusError(status, body, what) {
    let parsed = {};
    try {
        parsed = JSON.parse(body);
    }
    catch {
        // not a Status object
    }
    const reason = parsed.reason ?? (status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : `HTTP ${status}`);
    const message = parsed.message ?? (body.trim().slice(0, 200) || reason);
    const hint = status === 401
        ? ' (the cluster did not accept the credentials: for EKS, give the role an access entry on the cluster)'
        : status === 403
            ? ' (the credentials lack RBAC permission for this)'
            : '';
    return new KubeApiError(status, reason, `${what}: ${status} ${reason}: ${message}${hint}`, parsed.details?.causes ?? []);
}

;// CONCATENATED MODULE: ./lib/kube/apply.ts



const FIELD_MANAGER = 'shipline';
/** `deployment.apps/auth-service` as kubectl names it. */
function kubectlName(object) {
    const group = object.apiVersion.includes('/') ? `.${object.apiVersion.split('/')[0]}` : '';
    return `${object.kind.toLowerCase()}${group}/${object.metadata.name}`;
}
/** One line per conflicting field: the field and the manager that owns it. */
function describeConflict(object, error) {
    const where = `${kubectlName(object)}${object.metadata.namespace ? ` in ${object.metadata.namespace}` : ''}`;
    const fields = error.causes
        .filter(cause => cause.field || cause.message)
        .map(cause => {
        const owner = /conflict with "([^"]+)"/.exec(cause.message ?? '')?.[1] ?? 'another field manager';
        return `${cause.field ?? '(unknown field)'} is owned by "${owner}"`;
    });
    return `${where}: ${fields.length ? fields.join(', ') : error.message}`;
}
async function resourceOrWait(client, object, clock, crdsApplied) {
    // A custom resource whose CRD was applied a moment ago needs the CRD to be established.
    for (let attempt = 0;; attempt++) {
        const resource = await client.resourceFor(object.apiVersion, object.kind);
        if (resource || !crdsApplied || attempt >= 10)
            return resource;
        client.forgetDiscovery();
        await clock.sleep(1000);
    }
}
async function applyAll(client, objects, defaultNamespace, clock) {
    const applied = [];
    const conflicts = [];
    const failures = [];
    let crdsApplied = false;
    for (const original of objects) {
        const manifest = structuredClone(original);
        try {
            const resource = await resourceOrWait(client, manifest, clock, crdsApplied);
            if (!resource)
                throw new errors/* UserError */.yo(`the cluster serves no ${manifest.kind} in ${manifest.apiVersion} (is its CRD installed?)`);
            if (resource.namespaced)
                manifest.metadata.namespace ??= defaultNamespace;
            else
                delete manifest.metadata.namespace;
            const { object: live, path } = await client.apply(manifest, FIELD_MANAGER);
            (0,core_log/* info */.pq)(`${kubectlName(manifest)}${manifest.metadata.namespace ? ` (${manifest.metadata.namespace})` : ''} serverside-applied`);
            applied.push({ manifest, live, path });
            if (manifest.kind === 'CustomResourceDefinition') {
                crdsApplied = true;
                client.forgetDiscovery();
            }
        }
        catch (error) {
            if (error instanceof KubeApiError && error.status === 409)
                conflicts.push(describeConflict(manifest, error));
            else
                failures.push(`${kubectlName(manifest)}: ${error.message}`);
        }
    }
    if (conflicts.length || failures.length) {
        const parts = [];
        if (conflicts.length)
            parts.push(`server-side apply conflicts (another manager owns these fields; remove them from the manifests, or hand them to shipline once with kubectl apply --server-side --field-manager=${FIELD_MANAGER} --force-conflicts): ${conflicts.join('; ')}`);
        if (failures.length)
            parts.push(`apply failed: ${failures.join('; ')}`);
        throw new errors/* UserError */.yo(`${conflicts.length + failures.length} of ${objects.length} objects were not applied, so no rollout was awaited: ${parts.join('. ')}`);
    }
    return applied;
}

// EXTERNAL MODULE: ./lib/core/aws.ts
var aws = __webpack_require__(6821);
// EXTERNAL MODULE: ./lib/kube/eks-token.ts
var eks_token = __webpack_require__(21915);
// EXTERNAL MODULE: ./lib/core/secrets.ts
var secrets = __webpack_require__(40549);
;// CONCATENATED MODULE: ./lib/kube/cluster.ts






async function describeCluster(eks, name, region) {
    const { DescribeClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(524)]).then(__webpack_require__.t.bind(__webpack_require__, 24524, 19));
    try {
        const { cluster } = await eks.send(new DescribeClusterCommand({ name }));
        if (!cluster?.endpoint)
            throw new errors/* UserError */.yo(`EKS cluster ${name} in ${region} has no API endpoint yet (status ${cluster?.status ?? 'unknown'})`);
        if (cluster.status && cluster.status !== 'ACTIVE' && cluster.status !== 'UPDATING')
            throw new errors/* UserError */.yo(`EKS cluster ${name} in ${region} is ${cluster.status}, not ACTIVE`);
        return cluster;
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        if ((0,aws/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException')
            throw new errors/* UserError */.yo(`EKS cluster ${name} was not found in ${region}: check cluster-name and aws-region`);
        if ((0,aws/* isAccessDenied */.w7)(error))
            throw new errors/* UserError */.yo(`Access denied to EKS cluster ${name}: the role needs eks:DescribeCluster on arn:aws:eks:${region}:<account>:cluster/${name}`);
        throw new errors/* UserError */.yo(`EKS DescribeCluster failed: ${(0,aws/* describeAwsError */.Pp)(error)}`);
    }
}
async function connect(target, deps) {
    if (target.type === 'kubeconfig') {
        const { credentials } = target;
        (0,secrets.mask)(credentials.token);
        (0,secrets.mask)(credentials.clientKey);
        const token = credentials.token;
        const client = new KubeClient({
            server: credentials.server,
            ca: credentials.ca,
            insecureSkipTlsVerify: credentials.insecureSkipTlsVerify,
            clientCert: credentials.clientCert,
            clientKey: credentials.clientKey,
            token: token ? async () => token : undefined
        }, { clock: deps.clock });
        return { client, description: `${credentials.server} (kubeconfig context ${credentials.context})` };
    }
    const { EKSClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(524)]).then(__webpack_require__.t.bind(__webpack_require__, 24524, 19));
    const eks = deps.eksClient ?? new EKSClient((0,aws/* awsClientConfig */.rw)(target.region));
    const cluster = await describeCluster(eks, target.clusterName, target.region);
    (0,core_log/* info */.pq)(`EKS cluster ${target.clusterName} (${cluster.version ?? 'unknown version'}) at ${cluster.endpoint}`);
    const credentials = deps.credentials ??
        (async () => {
            const provider = eks.config.credentials;
            return provider();
        });
    const tokens = new eks_token/* EksTokenProvider */.My({
        clusterName: target.clusterName,
        region: target.region,
        credentials,
        clock: deps.clock,
        refreshBeforeMs: deps.tokenRefreshBeforeMs,
        onToken: secrets.mask
    });
    const ca = cluster.certificateAuthority?.data
        ? Buffer.from(cluster.certificateAuthority.data, 'base64').toString('utf8')
        : undefined;
    const client = new KubeClient({
        server: cluster.endpoint,
        ca,
        token: () => tokens.token(),
        onUnauthorized: () => tokens.invalidate()
    }, { clock: deps.clock });
    return { client, description: `EKS cluster ${target.clusterName} in ${target.region}`, tokens };
}

;// CONCATENATED MODULE: ./lib/kube/revisions.ts
const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
/** `a=1,b=2` from a selector's matchLabels (owner references narrow the result further). */
function labelSelector(object) {
    const labels = object.spec?.selector?.matchLabels;
    if (!labels || Object.keys(labels).length === 0)
        return undefined;
    return Object.entries(labels)
        .map(([key, value]) => `${key}=${value}`)
        .join(',');
}
function ownedBy(owner) {
    return (object) => (object.metadata.ownerReferences ?? []).some(ref => ref.uid === owner.metadata.uid);
}
/** Every revision of `live`, oldest first. */
async function listRevisions(client, live) {
    const namespace = live.metadata.namespace;
    const query = { labelSelector: labelSelector(live) };
    if (live.kind === 'Deployment') {
        const sets = await client.list('apps/v1', 'ReplicaSet', namespace, query);
        return sets
            .filter(ownedBy(live))
            .map(set => {
            const template = structuredClone(set.spec?.template ?? {});
            if (template.metadata?.labels)
                delete template.metadata.labels['pod-template-hash'];
            return {
                revision: Number(set.metadata.annotations?.[REVISION_ANNOTATION] ?? 0),
                name: set.metadata.name,
                template
            };
        })
            .sort((a, b) => a.revision - b.revision);
    }
    const revisions = await client.list('apps/v1', 'ControllerRevision', namespace, query);
    return revisions
        .filter(ownedBy(live))
        .map(revision => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const data = revision.data;
        const template = structuredClone(data?.spec?.template ?? {});
        delete template.$patch;
        return { revision: Number(revision.revision ?? 0), name: revision.metadata.name, template };
    })
        .sort((a, b) => a.revision - b.revision);
}
/** The revision `live` rolls out now. */
function currentRevisionNumber(live, revisions) {
    if (live.kind === 'Deployment') {
        const value = Number(live.metadata.annotations?.[REVISION_ANNOTATION]);
        return Number.isFinite(value) && value > 0 ? value : undefined;
    }
    if (live.kind === 'StatefulSet' && live.status?.updateRevision) {
        const match = revisions.find(revision => revision.name === live.status.updateRevision);
        if (match)
            return match.revision;
    }
    return revisions.at(-1)?.revision;
}
/** The revision before the current one, or undefined on a first rollout. */
function previousRevision(live, revisions) {
    const current = currentRevisionNumber(live, revisions);
    if (current === undefined)
        return undefined;
    return revisions.filter(revision => revision.revision < current).at(-1);
}
/**
 * The manifest that restores `previous`: what was applied, with the previous pod template. Applied
 * with the same field manager, so the next deploy owns the same fields and does not conflict.
 */
function rollbackManifest(applied, previous) {
    const manifest = structuredClone(applied);
    manifest.spec = { ...manifest.spec, template: previous.template };
    return manifest;
}

// EXTERNAL MODULE: ./lib/core/duration.ts
var duration = __webpack_require__(30010);
;// CONCATENATED MODULE: ./lib/kube/rollout-status.ts
function n(value) {
    return typeof value === 'number' ? value : 0;
}
function observed(object) {
    const generation = n(object.metadata.generation);
    const observedGeneration = n(object.status?.observedGeneration);
    return observedGeneration > 0 && generation <= observedGeneration;
}
function deploymentState(object) {
    const name = object.metadata.name;
    const status = object.status ?? {};
    const desired = object.spec?.replicas ?? 1;
    const counts = { desired, updated: n(status.updatedReplicas), ready: n(status.readyReplicas) };
    if (!observed(object))
        return {
            state: 'progressing',
            message: `waiting for deployment "${name}" spec update to be observed`,
            ...counts
        };
    const progressing = (status.conditions ?? []).find((c) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded')
        return {
            state: 'failed',
            message: `deployment "${name}" exceeded its progress deadline (${progressing.message ?? 'ProgressDeadlineExceeded'})`,
            ...counts
        };
    const replicas = n(status.replicas);
    const available = n(status.availableReplicas);
    if (counts.updated < desired)
        return {
            state: 'progressing',
            message: `${counts.updated} out of ${desired} new replicas have been updated`,
            ...counts
        };
    if (replicas > counts.updated)
        return {
            state: 'progressing',
            message: `${replicas - counts.updated} old replicas are pending termination`,
            ...counts
        };
    if (available < counts.updated)
        return {
            state: 'progressing',
            message: `${available} of ${counts.updated} updated replicas are available`,
            ...counts
        };
    return { state: 'done', message: `deployment "${name}" successfully rolled out`, ...counts };
}
function statefulSetState(object) {
    const name = object.metadata.name;
    const status = object.status ?? {};
    const desired = object.spec?.replicas ?? 1;
    const counts = { desired, updated: n(status.updatedReplicas), ready: n(status.readyReplicas) };
    const strategy = object.spec?.updateStrategy?.type ?? 'RollingUpdate';
    if (strategy !== 'RollingUpdate')
        return {
            state: 'done',
            message: `statefulset "${name}" uses ${strategy}: pods update when deleted`,
            ...counts
        };
    if (!observed(object))
        return {
            state: 'progressing',
            message: `waiting for statefulset "${name}" spec update to be observed`,
            ...counts
        };
    if (counts.ready < desired)
        return { state: 'progressing', message: `${counts.ready} of ${desired} pods are ready`, ...counts };
    const partition = object.spec?.updateStrategy?.rollingUpdate?.partition;
    if (typeof partition === 'number' && partition > 0) {
        if (counts.updated < desired - partition)
            return {
                state: 'progressing',
                message: `${counts.updated} of ${desired - partition} pods above the partition are updated`,
                ...counts
            };
        return { state: 'done', message: `partitioned rollout of statefulset "${name}" complete`, ...counts };
    }
    if (status.updateRevision !== status.currentRevision)
        return {
            state: 'progressing',
            message: `waiting for the rolling update to finish: ${counts.updated} pods at revision ${status.updateRevision}`,
            ...counts
        };
    return { state: 'done', message: `statefulset "${name}" rolling update complete`, ...counts };
}
function daemonSetState(object) {
    const name = object.metadata.name;
    const status = object.status ?? {};
    const desired = n(status.desiredNumberScheduled);
    const counts = { desired, updated: n(status.updatedNumberScheduled), ready: n(status.numberReady) };
    const strategy = object.spec?.updateStrategy?.type ?? 'RollingUpdate';
    if (strategy !== 'RollingUpdate')
        return {
            state: 'done',
            message: `daemonset "${name}" uses ${strategy}: pods update when deleted`,
            ...counts
        };
    if (!observed(object))
        return {
            state: 'progressing',
            message: `waiting for daemonset "${name}" spec update to be observed`,
            ...counts
        };
    if (counts.updated < desired)
        return {
            state: 'progressing',
            message: `${counts.updated} out of ${desired} new pods have been updated`,
            ...counts
        };
    const available = n(status.numberAvailable);
    if (available < desired)
        return {
            state: 'progressing',
            message: `${available} of ${desired} updated pods are available`,
            ...counts
        };
    return { state: 'done', message: `daemonset "${name}" successfully rolled out`, ...counts };
}
function rolloutState(object) {
    switch (object.kind) {
        case 'Deployment':
            return deploymentState(object);
        case 'StatefulSet':
            return statefulSetState(object);
        case 'DaemonSet':
            return daemonSetState(object);
        default:
            return { state: 'done', message: `${object.kind} has no rollout`, desired: 0, updated: 0, ready: 0 };
    }
}

;// CONCATENATED MODULE: ./lib/kube/wait.ts



function workloadLabel(ref) {
    return `${ref.kind.toLowerCase()}/${ref.name} (${ref.namespace})`;
}
function progressLine(ref, state, elapsedMs) {
    return `${workloadLabel(ref)}: ${state.ready}/${state.desired} ready, ${state.updated}/${state.desired} updated after ${(0,duration/* formatDuration */.a)(elapsedMs)}: ${state.message}`;
}
/** The wait of one call: what each workload looked like last, and how those that ended ended. */
class RolloutWatch {
    start;
    progressEveryMs;
    log;
    results = new Map();
    lastLine = new Map();
    latest = new Map();
    constructor(start, progressEveryMs, log) {
        this.start = start;
        this.progressEveryMs = progressEveryMs;
        this.log = log;
    }
    /** Record one read of `ref`: its end, or a progress line at most every progressEveryMs. */
    observe(ref, live, now) {
        const state = rolloutState(live);
        this.latest.set(ref, { live, state });
        const elapsedMs = now - this.start;
        if (state.state !== 'progressing') {
            this.results.set(ref, { ref, outcome: state.state, state, live, elapsedMs });
            this.log(`${workloadLabel(ref)}: ${state.state === 'done' ? 'rolled out' : 'FAILED'} after ${(0,duration/* formatDuration */.a)(elapsedMs)}: ${state.message}`);
            return;
        }
        const last = this.lastLine.get(ref);
        if (last === undefined || now - last >= this.progressEveryMs) {
            this.lastLine.set(ref, now);
            this.log(progressLine(ref, state, elapsedMs));
        }
    }
    /** `ref` did not end within the timeout. */
    timeOut(ref, now, timeoutMs) {
        const last = this.latest.get(ref);
        const state = last?.state ?? {
            state: 'progressing',
            message: 'not read',
            desired: 0,
            updated: 0,
            ready: 0
        };
        const elapsedMs = now - this.start;
        this.results.set(ref, {
            ref,
            outcome: 'timeout',
            state: { ...state, message: `did not finish within ${(0,duration/* formatDuration */.a)(timeoutMs)}: ${state.message}` },
            live: last?.live,
            elapsedMs
        });
        this.log(`${workloadLabel(ref)}: TIMED OUT after ${(0,duration/* formatDuration */.a)(elapsedMs)}: ${state.message}`);
    }
}
async function waitForRollouts(client, refs, options) {
    const { clock, timeoutMs, pollMs, progressEveryMs = 15_000, log = core_log/* info */.pq } = options;
    const start = clock.now();
    const deadline = start + timeoutMs;
    const watch = new RolloutWatch(start, progressEveryMs, log);
    let pending = [...refs];
    while (pending.length > 0) {
        await Promise.all(pending.map(async (ref) => watch.observe(ref, await client.get(ref.path), clock.now())));
        pending = pending.filter(ref => !watch.results.has(ref));
        if (pending.length === 0)
            break;
        const now = clock.now();
        if (now >= deadline) {
            for (const ref of pending)
                watch.timeOut(ref, now, timeoutMs);
            break;
        }
        await clock.sleep(Math.min(pollMs, deadline - now));
    }
    return refs.map(ref => watch.results.get(ref));
}

;// CONCATENATED MODULE: ./lib/kube/diagnostics.ts


const LOG_LINES = 50;
const MAX_PODS = 5;
const MAX_EVENTS = 10;
function describeContainer(status) {
    const name = status.name;
    const restarts = status.restartCount ?? 0;
    const waiting = status.state?.waiting;
    const terminated = status.state?.terminated;
    const last = status.lastState?.terminated;
    const restartsText = restarts ? `, ${restarts} restart${restarts === 1 ? '' : 's'}` : '';
    if (waiting?.reason === 'CrashLoopBackOff' || (waiting && last)) {
        const exit = last
            ? `last exit code ${last.exitCode}${last.reason ? ` (${last.reason})` : ''}`
            : 'no exit code recorded';
        const oom = last?.reason === 'OOMKilled' ? 'OOMKilled, ' : '';
        return {
            problem: `container ${name}: ${oom}${waiting.reason} (${exit}${restartsText})`,
            crashed: true,
            previous: true
        };
    }
    if (waiting?.reason)
        return { problem: `container ${name}: ${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}` };
    if (terminated && (terminated.exitCode !== 0 || terminated.reason === 'OOMKilled'))
        return {
            problem: `container ${name}: terminated ${terminated.reason ?? ''} (exit code ${terminated.exitCode}${restartsText})`.replace('  ', ' '),
            crashed: true,
            previous: false
        };
    if (last?.reason === 'OOMKilled')
        return {
            problem: `container ${name}: OOMKilled (exit code ${last.exitCode}${restartsText})`,
            crashed: true,
            previous: true
        };
    if (status.ready === false && status.state?.running)
        return { problem: `container ${name}: running but not ready (readiness probe failing?)${restartsText}` };
    return {};
}
/** A pod's problems, or undefined when it is running and ready. */
function describePod(pod) {
    const status = pod.status ?? {};
    const phase = String(status.phase ?? 'Unknown');
    const conditions = (status.conditions ?? []);
    const ready = conditions.find(c => c.type === 'Ready')?.status === 'True';
    if (ready && phase === 'Running')
        return undefined;
    if (phase === 'Succeeded')
        return undefined;
    const problems = [];
    const crashed = [];
    const scheduled = conditions.find(c => c.type === 'PodScheduled');
    if (phase === 'Pending' && scheduled?.status === 'False')
        problems.push(`Pending: ${scheduled.reason ?? 'not scheduled'}${scheduled.message ? `: ${scheduled.message}` : ''}`);
    for (const container of [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])]) {
        const described = describeContainer(container);
        if (described.problem)
            problems.push(described.problem);
        if (described.crashed)
            crashed.push({ container: container.name, previous: described.previous ?? false });
    }
    if (problems.length === 0)
        problems.push(`${phase}, not ready${status.reason ? ` (${status.reason})` : ''}`);
    return { name: pod.metadata.name, phase, problems, crashed };
}
function eventTime(event) {
    return String(event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? event.metadata.creationTimestamp ?? '');
}
/** `Warning BackOff pod/x: Back-off restarting failed container (x5)` */
function describeEvent(event) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const involved = (event.involvedObject ?? {});
    const count = typeof event.count === 'number' && event.count > 1 ? ` (x${event.count})` : '';
    return `${event.type ?? 'Normal'} ${event.reason ?? ''} ${String(involved.kind ?? '').toLowerCase()}/${involved.name ?? ''}: ${String(event.message ?? '').trim()}${count}`;
}
async function collectDiagnostics(client, result) {
    const { ref, live } = result;
    const diagnostics = {
        workload: workloadLabel(ref),
        reason: result.state.message,
        pods: [],
        events: [],
        logs: []
    };
    if (!live)
        return diagnostics;
    try {
        const pods = await client.list('v1', 'Pod', ref.namespace, { labelSelector: labelSelector(live) });
        diagnostics.pods = pods
            .map(describePod)
            .filter((report) => report !== undefined)
            .slice(0, MAX_PODS);
        const names = [ref.name, ...diagnostics.pods.map(pod => pod.name)];
        const events = (await Promise.all(names.map(name => client.list('v1', 'Event', ref.namespace, { fieldSelector: `involvedObject.name=${name}` })))).flat();
        diagnostics.events = events
            .sort((a, b) => eventTime(a).localeCompare(eventTime(b)))
            .slice(-MAX_EVENTS)
            .map(describeEvent);
        for (const pod of diagnostics.pods) {
            for (const { container, previous } of pod.crashed) {
                const text = await client
                    .logs(ref.namespace, pod.name, container, { tailLines: LOG_LINES, previous })
                    .catch((error) => `(logs unavailable: ${error.message})`);
                const lines = text.replace(/\n$/, '').split('\n').slice(-LOG_LINES);
                diagnostics.logs.push({ pod: pod.name, container, previous, lines });
            }
        }
    }
    catch (error) {
        diagnostics.events.push(`(diagnostics incomplete: ${error.message})`);
    }
    return diagnostics;
}
/** Diagnostics as plain text, for the log and the error. */
function diagnosticsText(diagnostics) {
    const lines = [`${diagnostics.workload}: ${diagnostics.reason}`];
    for (const pod of diagnostics.pods)
        lines.push(`  pod ${pod.name}: ${pod.problems.join('; ')}`);
    if (diagnostics.events.length)
        lines.push('  last events:', ...diagnostics.events.map(event => `    ${event}`));
    for (const log of diagnostics.logs)
        lines.push(`  last ${log.lines.length} log lines of ${log.pod}/${log.container}${log.previous ? ' (crashed instance)' : ''}:`, ...log.lines.map(line => `    ${line}`));
    return lines.join('\n');
}

// EXTERNAL MODULE: ./lib/kube/manifests.ts
var manifests = __webpack_require__(29920);
;// CONCATENATED MODULE: ./lib/kube/outcome.ts
/**
 * The outcome rules of a deploy, pure: what each workload's result is, given how its rollout and
 * its rollback went; the overall status; and the one-line failure message.
 */
function workloadOutcome(facts, rollbackOnFailure) {
    const { rolledOut, rollback, ...base } = facts;
    if (rolledOut)
        return { ...base, result: 'succeeded' };
    if (!rollbackOnFailure)
        return { ...base, result: 'failed' };
    if (rollback?.problem || rollback?.restored === undefined)
        return {
            ...base,
            result: 'rollback-failed',
            message: `${base.message}; ${rollback?.problem ?? 'no rollback was attempted'}`
        };
    return { ...base, result: 'rolled-back', restoredRevision: rollback.restored };
}
function overallStatus(outcomes) {
    if (outcomes.every(o => o.result === 'succeeded'))
        return 'succeeded';
    if (outcomes.every(o => o.result === 'succeeded' || o.result === 'rolled-back'))
        return 'rolled-back';
    return 'failed';
}
const label = (o) => `${o.kind.toLowerCase()}/${o.name}`;
/** The error line of a deploy with failed rollouts, or undefined when every rollout finished. */
function failureMessage(outcomes, rollbackOnFailure, diagnostics) {
    const failed = outcomes.filter(o => o.result !== 'succeeded');
    if (failed.length === 0)
        return undefined;
    const restored = outcomes.filter(o => o.result === 'rolled-back');
    const rollbackText = !rollbackOnFailure
        ? 'rollback-on-failure is off'
        : restored.length === failed.length
            ? `rolled back ${restored.map(o => `${label(o)} to revision ${o.restoredRevision}`).join(', ')}`
            : `rollback incomplete: ${outcomes
                .filter(o => o.result === 'rollback-failed')
                .map(o => `${label(o)}: ${o.message}`)
                .join('; ')}`;
    return `${failed.length} of ${outcomes.length} rollouts failed (${rollbackText}). ${diagnostics}`;
}

;// CONCATENATED MODULE: ./lib/kube/deploy.ts









async function revisionOf(client, result) {
    if (!result.live)
        return null;
    const revisions = result.live.kind === 'Deployment' ? [] : await listRevisions(client, result.live);
    return currentRevisionNumber(result.live, revisions) ?? null;
}
/** Roll each failed workload back to its previous revision, then wait for those rollouts. */
async function rollBack(client, rollbacks, options, deps) {
    for (const rollback of rollbacks) {
        try {
            const live = await client.get(rollback.result.ref.path);
            const previous = previousRevision(live, await listRevisions(client, live));
            if (!previous) {
                rollback.problem = 'no previous revision to roll back to (first rollout)';
                continue;
            }
            await client.apply(rollbackManifest(rollback.applied.manifest, previous), FIELD_MANAGER);
            rollback.restored = previous.revision;
            (0,core_log/* info */.pq)(`${workloadLabel(rollback.result.ref)}: rolling back to revision ${previous.revision}`);
        }
        catch (error) {
            rollback.problem = `the rollback failed: ${(0,errors/* oneLine */.TN)(error)}`;
        }
    }
    const restoring = rollbacks.filter(rollback => rollback.restored !== undefined);
    const results = await waitForRollouts(client, restoring.map(rollback => rollback.result.ref), {
        clock: deps.clock,
        timeoutMs: options.timeoutMs,
        pollMs: options.pollMs,
        progressEveryMs: deps.progressEveryMs
    });
    restoring.forEach((rollback, i) => {
        if (results[i].outcome !== 'done') {
            rollback.problem = `the rollback did not finish: ${results[i].state.message}`;
            rollback.restored = undefined;
        }
    });
}
async function deploy(rendered, options, deps) {
    const { clock } = deps;
    const { client, description } = await connect(options.cluster, {
        clock,
        eksClient: deps.eksClient,
        credentials: deps.credentials,
        tokenRefreshBeforeMs: deps.tokenRefreshBeforeMs
    });
    try {
        (0,core_log/* info */.pq)(`Deploying ${rendered.objects.length} objects to ${description}`);
        const applied = await (0,core_log/* group */.Os)('Server-side apply', () => applyAll(client, rendered.objects, options.namespace, clock));
        const workloads = applied.filter(entry => (0,manifests/* isWorkload */.gv)(entry.manifest));
        const refs = workloads.map(entry => ({
            kind: entry.manifest.kind,
            name: entry.manifest.metadata.name,
            namespace: entry.manifest.metadata.namespace ?? options.namespace,
            path: entry.path
        }));
        (0,core_log/* info */.pq)(`Waiting for ${refs.length} rollout${refs.length === 1 ? '' : 's'} (timeout ${options.timeoutMs / 1000}s)`);
        const results = await waitForRollouts(client, refs, {
            clock,
            timeoutMs: options.timeoutMs,
            pollMs: options.pollMs,
            progressEveryMs: deps.progressEveryMs
        });
        const failed = results.filter(result => result.outcome !== 'done');
        const diagnostics = [];
        for (const result of failed)
            diagnostics.push(await collectDiagnostics(client, result));
        const revisions = await Promise.all(results.map(result => revisionOf(client, result)));
        const rollbacks = failed.map(result => ({
            result,
            applied: workloads[results.indexOf(result)]
        }));
        if (failed.length && options.rollbackOnFailure)
            await (0,core_log/* group */.Os)('Rollback', () => rollBack(client, rollbacks, options, deps));
        const outcomes = results.map((result, i) => {
            const rollback = rollbacks.find(r => r.result === result);
            const facts = {
                kind: result.ref.kind,
                name: result.ref.name,
                namespace: result.ref.namespace,
                revision: revisions[i],
                message: result.state.message,
                durationMs: result.elapsedMs,
                rolledOut: !rollback,
                ...(rollback ? { rollback: { restored: rollback.restored, problem: rollback.problem } } : {})
            };
            return workloadOutcome(facts, options.rollbackOnFailure);
        });
        const text = diagnostics.map(diagnosticsText).join('\n');
        // Pod logs and events come from the cluster: shown as they are, never as workflow commands.
        if (failed.length)
            (0,core_log/* toolOutput */.WT)(text);
        else
            (0,core_log/* info */.pq)(`All ${results.length} rollouts finished`);
        return {
            target: description,
            status: overallStatus(outcomes),
            outcomes,
            diagnostics,
            appliedCount: applied.length,
            failure: failureMessage(outcomes, options.rollbackOnFailure, text)
        };
    }
    finally {
        client.close();
    }
}


/***/ }),

/***/ 21915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LQ: () => (/* binding */ execCredentialJson),
/* harmony export */   My: () => (/* binding */ EksTokenProvider),
/* harmony export */   VU: () => (/* binding */ execCredentialApiVersion),
/* harmony export */   hY: () => (/* binding */ makeEksToken)
/* harmony export */ });
/* unused harmony exports TOKEN_PREFIX, CLUSTER_ID_HEADER, PRESIGN_EXPIRES_SECONDS, TOKEN_LIFETIME_MS, STS_API_VERSION, EXEC_CREDENTIAL_API_VERSIONS, DEFAULT_EXEC_CREDENTIAL_API_VERSION, stsHost, uriEncode, amzDate, presignGetCallerIdentity, expirationTimestamp, decodeEksToken */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function hmac(key, text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(text, 'utf8').digest();
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
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(stringToSign, 'utf8').digest('hex');
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


/***/ })

};
