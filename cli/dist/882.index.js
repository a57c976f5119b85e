export const id = 882;
export const ids = [882];
export const modules = {

/***/ 71422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ty: () => (/* binding */ parseImageEntries),
/* harmony export */   Yn: () => (/* binding */ entryMatches)
/* harmony export */ });
/* unused harmony export parseImageRef */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21085);
/* harmony import */ var _core_key_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17071);
/**
 * Image references and the `images` input: `name=repository@sha256:<digest>` lines, and which
 * container images each entry pins.
 *
 * An entry matches a container whose image repository (the reference without tag and digest) is
 * the entry's name, the entry's repository, or ends with `/<name>`. So `auth-service=…` pins
 * `auth-service:latest`, `registry.example.com/erp/auth-service:1.2` and the ECR repository itself.
 */


const INPUT = 'images';
const NAME = /^[a-z0-9]+(?:[._/-][a-z0-9]+)*$/;
const REPOSITORY = /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const ACCEPTED = 'lines such as auth-service=123456789012.dkr.ecr.eu-west-1.amazonaws.com/auth-service@sha256:<64 hex digits>';
/** Split an image reference; undefined when it is not one. */
function parseImageRef(reference) {
    const at = reference.indexOf('@');
    const digest = at === -1 ? undefined : reference.slice(at + 1);
    const rest = at === -1 ? reference : reference.slice(0, at);
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    const tag = colon > slash ? rest.slice(colon + 1) : undefined;
    const repository = colon > slash ? rest.slice(0, colon) : rest;
    if (!REPOSITORY.test(repository))
        return undefined;
    if (tag !== undefined && !TAG.test(tag))
        return undefined;
    if (digest !== undefined && !/^[a-z0-9]+:[0-9a-zA-Z]+$/.test(digest))
        return undefined;
    return { repository, tag, digest };
}
/** Parse and check the `images` lines; tags without a digest only with `allowTags`. */
function parseImageEntries(lines, allowTags) {
    const entries = [];
    for (const line of lines) {
        const pair = (0,_core_key_value_js__WEBPACK_IMPORTED_MODULE_1__/* .splitKeyValue */ .p)(line);
        if (!pair)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `"${line}" is not name=reference`, ACCEPTED);
        const { key: name, value: image } = pair;
        if (!NAME.test(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `"${name}" in "${line}" is not an image name`, `${ACCEPTED} (names in lower case: letters, digits, . _ - /)`);
        if (entries.some(entry => entry.name === name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `"${name}" is listed twice`, 'each image name once');
        const ref = parseImageRef(image);
        if (!ref)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `"${image}" (for ${name}) is not an image reference`, ACCEPTED);
        if (ref.digest !== undefined && !DIGEST.test(ref.digest))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `the digest of "${image}" (for ${name}) is not sha256 with 64 hex digits`, ACCEPTED);
        if (ref.digest === undefined && !allowTags)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `"${image}" (for ${name}) ${ref.tag ? 'has a tag but no digest' : 'has no digest'}`, 'references pinned by digest (repository@sha256:<64 hex digits>), or tags with allow-tags: true');
        entries.push({ name, ref, image });
    }
    return entries;
}
/** Whether `entry` pins a container whose image is `containerImage`. */
function entryMatches(entry, containerImage) {
    const ref = parseImageRef(containerImage);
    const repository = ref?.repository ?? containerImage.split(/[@:]/)[0];
    return (repository === entry.name || repository === entry.ref.repository || repository.endsWith(`/${entry.name}`));
}


/***/ }),

/***/ 29920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mc: () => (/* binding */ pinImages),
/* harmony export */   Ye: () => (/* binding */ parseManifests),
/* harmony export */   fE: () => (/* binding */ toYaml),
/* harmony export */   gv: () => (/* binding */ isWorkload),
/* harmony export */   yX: () => (/* binding */ orderForApply)
/* harmony export */ });
/* unused harmony exports WORKLOAD_KINDS, podSpecOf, objectName */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21085);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71422);
/**
 * Manifests as objects: parsing multi-document YAML, pinning images by digest in every pod
 * template (Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs, Pods), ordering
 * for apply (namespaces and CRDs first), and printing the result. Pure: no I/O.
 */



/** Kinds whose rollout deploy-eks waits for. */
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'];
function isWorkload(object) {
    return object.apiVersion === 'apps/v1' && WORKLOAD_KINDS.includes(object.kind);
}
/** Parse every document of `text` (from `source`), flattening `List`s and dropping empty ones. */
function parseManifests(text, source) {
    let docs;
    try {
        docs = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .loadAll */ .gh)(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source} is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    const objects = [];
    const visit = (doc, index) => {
        if (doc === null || doc === undefined)
            return;
        const object = doc;
        if (typeof doc !== 'object' ||
            Array.isArray(doc) ||
            typeof object.kind !== 'string' ||
            typeof object.apiVersion !== 'string')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source}: document ${index + 1} is not a Kubernetes object (it needs apiVersion and kind)`);
        if (/List$/.test(object.kind) && Array.isArray(object.items)) {
            for (const item of object.items)
                visit(item, index);
            return;
        }
        if (!object.metadata || typeof object.metadata.name !== 'string' || object.metadata.name === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source}: ${object.kind} in document ${index + 1} has no metadata.name`);
        objects.push(object);
    };
    docs.forEach(visit);
    return objects;
}
/** The pod spec inside an object, for every kind that has one. */
function podSpecOf(object) {
    switch (object.kind) {
        case 'Pod':
            return object.spec;
        case 'CronJob':
            return object.spec?.jobTemplate?.spec?.template?.spec;
        case 'Deployment':
        case 'StatefulSet':
        case 'DaemonSet':
        case 'ReplicaSet':
        case 'ReplicationController':
        case 'Job':
            return object.spec?.template?.spec;
        case 'PodTemplate':
            return object.template?.spec;
        default:
            return undefined;
    }
}
/** `deployment/auth-service` (with ` in erp` when namespaced elsewhere than default). */
function objectName(object) {
    return `${object.kind.toLowerCase()}/${object.metadata.name}`;
}
/**
 * Copies of `objects` with each container image that an entry matches replaced by the entry's
 * reference. An entry that matches nothing is an error (a typo would otherwise deploy nothing).
 */
function pinImages(objects, entries) {
    const used = new Set();
    const pinned = [];
    const unpinned = [];
    const copies = objects.map(original => {
        const object = structuredClone(original);
        const spec = podSpecOf(object);
        if (!spec)
            return object;
        for (const list of [spec.initContainers, spec.containers, spec.ephemeralContainers]) {
            if (!Array.isArray(list))
                continue;
            for (const container of list) {
                if (!container || typeof container.image !== 'string')
                    continue;
                const entry = entries.find(candidate => (0,_images_js__WEBPACK_IMPORTED_MODULE_2__/* .entryMatches */ .Yn)(candidate, container.image));
                if (entry) {
                    used.add(entry.name);
                    pinned.push({
                        object: objectName(object),
                        namespace: object.metadata.namespace,
                        container: String(container.name),
                        from: container.image,
                        to: entry.image
                    });
                    container.image = entry.image;
                }
                else if (!container.image.includes('@')) {
                    unpinned.push({
                        object: objectName(object),
                        container: String(container.name),
                        image: container.image
                    });
                }
            }
        }
        return object;
    });
    const unused = entries.filter(entry => !used.has(entry.name));
    if (unused.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', `${unused.map(entry => `"${entry.name}"`).join(', ')} ${unused.length === 1 ? 'matches' : 'match'} no container image in the manifests`, `names or repositories of images the manifests use (they use: ${[...new Set(allImages(objects))].join(', ') || 'none'})`);
    return { objects: copies, pinned, unpinned };
}
function allImages(objects) {
    return objects.flatMap(object => {
        const spec = podSpecOf(object);
        return [spec?.initContainers, spec?.containers]
            .flatMap(list => (Array.isArray(list) ? list : []))
            .map(container => String(container?.image));
    });
}
/**
 * Apply order: what others depend on first (Helm's install order, in short): namespaces, CRDs,
 * policies and accounts, configuration and storage, RBAC, services, workloads, then the rest
 * (custom resources last, their CRDs being established by then).
 */
const ORDER = [
    'Namespace',
    'CustomResourceDefinition',
    'PriorityClass',
    'ResourceQuota',
    'LimitRange',
    'PodSecurityPolicy',
    'PodDisruptionBudget',
    'ServiceAccount',
    'Secret',
    'ConfigMap',
    'StorageClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'ClusterRole',
    'ClusterRoleBinding',
    'Role',
    'RoleBinding',
    'Service',
    'DaemonSet',
    'Pod',
    'ReplicationController',
    'ReplicaSet',
    'Deployment',
    'HorizontalPodAutoscaler',
    'StatefulSet',
    'Job',
    'CronJob',
    'IngressClass',
    'Ingress',
    'APIService',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration'
];
function rank(object) {
    const index = ORDER.indexOf(object.kind);
    return index === -1 ? ORDER.length : index;
}
/** `objects` in apply order (stable within a kind). */
function orderForApply(objects) {
    return objects
        .map((object, index) => ({ object, index }))
        .sort((a, b) => rank(a.object) - rank(b.object) || a.index - b.index)
        .map(({ object }) => object);
}
/** Objects as one multi-document YAML stream. */
function toYaml(objects) {
    return objects.map(object => (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .dump */ .Bh)(object, { lineWidth: -1, noRefs: true })).join('---\n');
}


/***/ }),

/***/ 59882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readDeployOptions: () => (/* binding */ readDeployOptions),
  r_: () => (/* binding */ readEksTarget),
  $d: () => (/* binding */ readRenderOptions)
});

// UNUSED EXPORTS: DEPLOY_INPUTS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/paths.ts
var paths = __webpack_require__(77168);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./lib/core/net.ts
/** Network addresses in inputs. */
/** Whether `host` (a URL's hostname, or host[:port], IPv6 in brackets or not) is a loopback address. */
function isLoopbackHost(host) {
    const name = host
        .toLowerCase()
        .replace(/^\[(.*)\](?::\d+)?$/, '$1')
        .replace(/^([^:]*):\d+$/, '$1');
    return (name === 'localhost' || name === '::1' || name === '0:0:0:0:0:0:0:1' || /^127(?:\.\d{1,3}){3}$/.test(name));
}

;// CONCATENATED MODULE: ./lib/kube/kubeconfig.ts
/**
 * A kubeconfig's current (or named) context reduced to what a client needs: the server, its CA,
 * and a bearer token or a client certificate. Credential plugins (`exec`, `auth-provider`) are not
 * run: a kubeconfig for Shipline carries a token or a certificate (a kind or minikube kubeconfig
 * does; for EKS use cluster-name and aws-region instead).
 *
 * The server is reached over verified TLS: a plain `http://` server, or `insecure-skip-tls-verify`,
 * is refused unless the server is on loopback (a local kind or minikube cluster), since the bearer
 * token or client key would otherwise go to whoever answers. Files the kubeconfig refers to are
 * regular files of at most 1 MiB (never a pipe or a device).
 */





/** A kubeconfig that cannot be used: the message says what is wrong with it, `accepted` what would do. */
class KubeconfigError extends errors/* UserError */.yo {
    accepted;
    constructor(message, accepted) {
        super(message);
        this.accepted = accepted;
        this.name = 'KubeconfigError';
    }
}
/** The largest file (CA, certificate, key, token) a kubeconfig may refer to. */
const MAX_KUBECONFIG_FILE_BYTES = 1 * paths/* MiB */.lv;
const ACCEPTED_TRANSPORT = 'an https server verified by its CA (certificate-authority-data); plain http or insecure-skip-tls-verify only for a server on loopback';
/** The server's URL, refused when it would send credentials without verified TLS off loopback. */
function checkTransport(server, clusterName, skipTls) {
    let url;
    try {
        url = new URL(server);
    }
    catch {
        throw new KubeconfigError(`cluster "${clusterName}" has no http(s) server URL`);
    }
    if (isLoopbackHost(url.hostname))
        return;
    if (url.protocol === 'http:')
        throw new KubeconfigError(`has cluster "${clusterName}" with the plain HTTP server ${url.origin}, which is not on loopback`, ACCEPTED_TRANSPORT);
    if (skipTls)
        throw new KubeconfigError(`has cluster "${clusterName}" with insecure-skip-tls-verify for ${url.origin}, which is not on loopback`, ACCEPTED_TRANSPORT);
}
function asDict(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function findNamed(list, name, field) {
    if (!Array.isArray(list))
        return undefined;
    const entry = list.find(item => asDict(item)?.name === name);
    return entry ? asDict(entry[field]) : undefined;
}
function str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
/** Parse kubeconfig `text` (read from `path`, for relative file references). */
function parseKubeconfig(text, path = '.', contextName) {
    let doc;
    try {
        doc = (0,js_yaml/* load */.Hh)(text);
    }
    catch (error) {
        throw new KubeconfigError(`is not valid YAML (${error.message.split('\n')[0]})`);
    }
    const config = asDict(doc);
    if (!config || !Array.isArray(config.clusters) || !Array.isArray(config.contexts))
        throw new KubeconfigError('is not a kubeconfig (it has no clusters and contexts lists)');
    const context = contextName ?? str(config['current-context']);
    if (!context)
        throw new KubeconfigError('sets no current-context');
    const ctx = findNamed(config.contexts, context, 'context');
    if (!ctx)
        throw new KubeconfigError(`has no context named "${context}"`);
    const clusterName = str(ctx.cluster);
    const cluster = clusterName ? findNamed(config.clusters, clusterName, 'cluster') : undefined;
    if (!cluster)
        throw new KubeconfigError(`context "${context}" names cluster "${clusterName ?? ''}", which it does not define`);
    const server = str(cluster.server);
    if (!server || !/^https?:\/\/[^/\s]+/.test(server))
        throw new KubeconfigError(`cluster "${clusterName}" has no http(s) server URL`);
    const insecureSkipTlsVerify = cluster['insecure-skip-tls-verify'] === true;
    checkTransport(server, clusterName, insecureSkipTlsVerify);
    const userName = str(ctx.user);
    const user = (userName ? findNamed(config.users, userName, 'user') : undefined) ?? {};
    const base = (0,external_node_path_.dirname)(path);
    const file = (value) => {
        const name = str(value);
        if (!name)
            return undefined;
        const full = (0,external_node_path_.isAbsolute)(name) ? name : (0,external_node_path_.resolve)(base, name);
        const problem = (0,paths/* regularFileProblem */.Qn)(full, MAX_KUBECONFIG_FILE_BYTES);
        if (problem)
            throw new KubeconfigError(`refers to ${full}, which ${problem}`);
        try {
            return (0,paths/* readCheckedFile */.m2)('kubeconfig', full, full, MAX_KUBECONFIG_FILE_BYTES, '');
        }
        catch {
            throw new KubeconfigError(`refers to ${full}, which cannot be read`);
        }
    };
    const data = (value) => {
        const encoded = str(value);
        return encoded ? Buffer.from(encoded, 'base64').toString('utf8') : undefined;
    };
    if (user.exec || user['auth-provider'])
        throw new KubeconfigError(`user "${userName}" gets its credentials from ${user.exec ? 'an exec plugin' : 'an auth-provider'}, which Shipline does not run: use a kubeconfig with a bearer token or a client certificate, or cluster-name and aws-region for EKS`);
    const credentials = {
        server: server.replace(/\/+$/, ''),
        ca: data(cluster['certificate-authority-data']) ?? file(cluster['certificate-authority']),
        insecureSkipTlsVerify,
        token: str(user.token) ?? file(user.tokenFile)?.trim(),
        clientCert: data(user['client-certificate-data']) ?? file(user['client-certificate']),
        clientKey: data(user['client-key-data']) ?? file(user['client-key']),
        namespace: str(ctx.namespace),
        context
    };
    if (!credentials.token && !(credentials.clientCert && credentials.clientKey))
        throw new KubeconfigError(`user "${userName ?? ''}" has neither a token nor a client certificate and key: Shipline needs one of them (exec plugins are not run)`);
    return credentials;
}

// EXTERNAL MODULE: ./lib/kube/images.ts
var kube_images = __webpack_require__(71422);
// EXTERNAL MODULE: ./lib/kube/sources.ts
var sources = __webpack_require__(87196);
;// CONCATENATED MODULE: ./lib/kube/options.ts
/** What a deploy needs, read from inputs (deploy-eks', or the CLI's flags), validated before anything runs. */






const DEPLOY_INPUTS = {
    clusterName: 'cluster-name',
    awsRegion: 'aws-region',
    kubeconfig: 'kubeconfig',
    manifests: 'manifests',
    images: 'images',
    allowTags: 'allow-tags',
    namespace: 'namespace',
    timeout: 'timeout',
    rollbackOnFailure: 'rollback-on-failure',
    pollInterval: 'poll-interval'
};
const INPUTS = DEPLOY_INPUTS;
const MAX_KUBECONFIG_BYTES = 1 * paths/* MiB */.lv;
const ACCEPTED_KUBECONFIG_FILE = 'the path of a kubeconfig file of at most 1 MiB in the workspace or RUNNER_TEMP, or its contents';
const CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/;
const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** The inputs `shipline render` shares with the action. */
function readRenderOptions(inputs, cwd = process.cwd(), env = process.env) {
    const manifests = (0,sources/* resolveManifestSources */._U)(inputs.multiline(INPUTS.manifests, { required: true, maxLines: 100, maxLineLength: 4096 }), { root: cwd, alsoUnder: [env.RUNNER_TEMP] });
    const allowTags = inputs.boolean(INPUTS.allowTags, false);
    const images = (0,kube_images/* parseImageEntries */.Ty)(inputs.multiline(INPUTS.images, { maxLines: 500, maxLineLength: 1024 }), allowTags);
    return { manifests, images, allowTags };
}
/** An EKS cluster name and region (shared with `shipline eks-token`, whose region flag is `region`). */
function readEksTarget(inputs, clusterInput, regionInput) {
    const clusterName = inputs.string(clusterInput, { required: true });
    if (!CLUSTER_NAME.test(clusterName))
        throw new errors/* InputError */.dz(clusterInput, `"${clusterName}" is not an EKS cluster name`, 'up to 100 letters, digits, hyphens and underscores, starting with a letter or digit');
    return { clusterName, region: inputs.awsRegion(regionInput) };
}
function readKubeconfig(value, cwd, allowed) {
    // A value with a line break is the kubeconfig itself (a secret); otherwise it is a file path.
    if (/\r?\n/.test(value))
        return { text: value, path: (0,external_node_path_.resolve)(cwd, 'kubeconfig'), source: 'the kubeconfig input' };
    const path = (0,paths/* fileInput */.Fg)(INPUTS.kubeconfig, value, {
        root: cwd,
        alsoUnder: [(allowed.env ?? process.env).RUNNER_TEMP, ...(allowed.kubeconfigDirs ?? [])],
        accepted: ACCEPTED_KUBECONFIG_FILE,
        maxBytes: MAX_KUBECONFIG_BYTES
    });
    const text = (0,paths/* readCheckedFile */.m2)(INPUTS.kubeconfig, path, value, MAX_KUBECONFIG_BYTES, ACCEPTED_KUBECONFIG_FILE);
    return { text, path, source: value };
}
function getCluster(inputs, cwd, allowed) {
    const clusterName = inputs.optional(INPUTS.clusterName);
    const kubeconfig = inputs.optional(INPUTS.kubeconfig);
    if (clusterName && kubeconfig)
        throw new errors/* InputError */.dz(INPUTS.kubeconfig, 'is set together with cluster-name', 'either cluster-name (with aws-region) or kubeconfig, not both');
    if (!clusterName && !kubeconfig)
        throw new errors/* InputError */.dz(INPUTS.clusterName, 'is required when kubeconfig is empty', 'an EKS cluster name (with aws-region), or set kubeconfig');
    if (clusterName) {
        return { type: 'eks', ...readEksTarget(inputs, INPUTS.clusterName, INPUTS.awsRegion) };
    }
    const { text, path, source } = readKubeconfig(kubeconfig, cwd, allowed);
    try {
        return { type: 'kubeconfig', credentials: parseKubeconfig(text, path), source };
    }
    catch (error) {
        if (error instanceof KubeconfigError)
            throw new errors/* InputError */.dz(INPUTS.kubeconfig, `${source} ${error.message}`, error.accepted ??
                'a kubeconfig whose current context has a server and a bearer token or client certificate');
        throw error;
    }
}
/** Every deploy option; files stay in the workspace `cwd` or RUNNER_TEMP (and `allowed.kubeconfigDirs`). */
function readDeployOptions(inputs, cwd = process.cwd(), allowed = {}) {
    const cluster = getCluster(inputs, cwd, allowed);
    const render = readRenderOptions(inputs, cwd, allowed.env);
    const namespace = inputs.optional(INPUTS.namespace) ??
        (cluster.type === 'kubeconfig' ? cluster.credentials.namespace : undefined) ??
        'default';
    if (!NAMESPACE.test(namespace))
        throw new errors/* InputError */.dz(INPUTS.namespace, `"${namespace}" is not a namespace name`, 'a DNS label: lower-case letters, digits and hyphens, at most 63');
    return {
        cluster,
        ...render,
        namespace,
        timeoutMs: inputs.duration(INPUTS.timeout, '10m', { min: 1000, max: 6 * 3_600_000 }),
        rollbackOnFailure: inputs.boolean(INPUTS.rollbackOnFailure, true),
        pollMs: inputs.duration(INPUTS.pollInterval, '5s', { min: 100, max: 60_000 })
    };
}


/***/ }),

/***/ 87196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ loadManifests),
/* harmony export */   _U: () => (/* binding */ resolveManifestSources),
/* harmony export */   a0: () => (/* binding */ defaultRunner)
/* harmony export */ });
/* unused harmony exports MAX_MANIFEST_BYTES, isKustomizeDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21085);
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16384);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85219);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77168);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29920);
/**
 * Where manifests come from: each `manifests` line is a kustomize directory (a directory holding a
 * kustomization file, rendered with `kubectl kustomize`), a directory of YAML files, a file, or a
 * glob (`k8s/*.yaml`, `k8s/**\/*.yml`). Resolving is read-only and happens while inputs validate;
 * rendering runs kubectl: the one on PATH, or the pinned one it installs (lib/kube/kubectl.ts). Every
 * path stays in the workspace (or RUNNER_TEMP); every manifest file is a regular file of at most
 * 16 MiB (a named pipe or a link to /dev/zero is refused, never read).
 */







const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const INPUT = 'manifests';
const ACCEPTED = 'a kustomize directory, a directory of YAML files, YAML files, or globs such as k8s/*.yaml';
const ACCEPTED_FILE = 'manifest files of at most 16 MiB in the workspace or RUNNER_TEMP';
const MAX_MANIFEST_BYTES = 16 * _core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .MiB */ .lv;
function isKustomizeDir(dir) {
    return KUSTOMIZATION_FILES.some(name => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name)));
}
function walk(dir) {
    const files = [];
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules')
            continue;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
        if (entry.isDirectory())
            files.push(...walk(full));
        else if (entry.isFile())
            files.push(full);
    }
    return files;
}
function expandGlob(pattern, rules) {
    const parts = pattern.split('/');
    const firstGlob = parts.findIndex(part => /[*?]/.test(part));
    const base = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .pathInside */ ._l)(INPUT, parts.slice(0, firstGlob).join('/') || '.', rules);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(base) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(base).isDirectory())
        return [];
    const matcher = (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_6__/* .globToRegExp */ .t)(parts.slice(firstGlob).join('/'));
    if (!matcher)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(INPUT, `"${pattern}" is not a valid glob (an unclosed [ or {)`, ACCEPTED);
    return walk(base)
        .filter(file => matcher.test((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, file).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/')))
        .sort();
}
/** A manifest file: a regular file of at most 16 MiB in the allowed directories. */
function manifestFile(value, rules) {
    return (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .fileInput */ .Fg)(INPUT, value, { ...rules, accepted: ACCEPTED_FILE, maxBytes: MAX_MANIFEST_BYTES });
}
/** The sources named by the `manifests` lines; every bad line is an InputError. */
function resolveManifestSources(lines, where) {
    const rules = { ...where, accepted: ACCEPTED };
    const sources = [];
    for (const line of lines) {
        if (/[*?]/.test(line)) {
            const files = expandGlob(line, rules).filter(file => MANIFEST_FILE.test(file));
            if (files.length === 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(INPUT, `"${line}" matches no .yaml, .yml or .json file`, ACCEPTED);
            sources.push(...files.map(path => ({ type: 'file', path: manifestFile(path, where) })));
            continue;
        }
        const path = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .pathInside */ ._l)(INPUT, line, { ...where, accepted: ACCEPTED_FILE });
        const kind = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .pathKind */ .gl)(INPUT, path, ACCEPTED, line);
        if (kind === 'missing')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(INPUT, `"${line}" does not exist`, ACCEPTED);
        if (kind === 'directory') {
            if (isKustomizeDir(path)) {
                sources.push({ type: 'kustomize', dir: path });
                continue;
            }
            const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path)
                .filter(name => MANIFEST_FILE.test(name))
                .sort()
                .map(name => manifestFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, name), where));
            if (files.length === 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(INPUT, `directory "${line}" has no kustomization file and no .yaml, .yml or .json file`, ACCEPTED);
            sources.push(...files.map(file => ({ type: 'file', path: file })));
        }
        else {
            sources.push({ type: 'file', path: manifestFile(line, where) });
        }
    }
    return sources;
}
/** Runs commands for real, output captured, not streamed. */
const defaultRunner = (command, args) => (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)(command, args, { stream: false });
/**
 * Every object of every source, in input order. `kubectl kustomize` renders kustomize dirs; `kubectl`
 * says which kubectl (asked once, only when a kustomize directory is there).
 */
async function loadManifests(sources, runCommand, kubectl = async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(468)]).then(__webpack_require__.bind(__webpack_require__, 44468))).resolveKubectl()) {
    const objects = [];
    let command;
    for (const source of sources) {
        if (source.type === 'file') {
            const text = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .readCheckedFile */ .m2)(INPUT, source.path, source.path, MAX_MANIFEST_BYTES, ACCEPTED_FILE);
            objects.push(...(0,_manifests_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifests */ .Ye)(text, source.path));
            continue;
        }
        command ??= await kubectl();
        let rendered;
        try {
            rendered = (await runCommand(command, ['kustomize', source.dir])).stdout;
        }
        catch (error) {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo && /not found on PATH/.test(error.message))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`kubectl was not found on PATH: ${source.dir} is a kustomize directory, rendered with "kubectl kustomize"; install kubectl (azure/setup-kubectl) or list rendered YAML files in manifests`);
            throw error;
        }
        objects.push(...(0,_manifests_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifests */ .Ye)(rendered, `kubectl kustomize ${source.dir}`));
    }
    if (objects.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('The manifests hold no Kubernetes object');
    return objects;
}


/***/ })

};
