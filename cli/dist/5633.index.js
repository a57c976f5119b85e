export const id = 5633;
export const ids = [5633];
export const modules = {

/***/ 85633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_OUT: () => (/* binding */ DEFAULT_OUT),
  command: () => (/* binding */ manifests_command),
  createCommand: () => (/* binding */ createCommand)
});

// EXTERNAL MODULE: ./lib/config/config.ts + 1 modules
var config_config = __webpack_require__(2597);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./lib/kube/generate-policies.ts
const POSTGRES_PORT = 5432;
const HTTPS_PORT = 443;
const METADATA_CIDR = '169.254.169.254/32';
const NAME = 'app.kubernetes.io/name';
const tcp = (port) => ({ protocol: 'TCP', port });
const pods = (names) => ({
    podSelector: { matchExpressions: [{ key: NAME, operator: 'In', values: names }] }
});
function sharedPolicies() {
    return [
        {
            apiVersion: 'networking.k8s.io/v1',
            kind: 'NetworkPolicy',
            metadata: { name: 'default-deny-all' },
            spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }
        },
        {
            apiVersion: 'networking.k8s.io/v1',
            kind: 'NetworkPolicy',
            metadata: { name: 'allow-dns-egress' },
            spec: {
                podSelector: {},
                policyTypes: ['Egress'],
                egress: [
                    {
                        to: [
                            {
                                namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
                                podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } }
                            }
                        ],
                        ports: [
                            { protocol: 'UDP', port: 53 },
                            { protocol: 'TCP', port: 53 }
                        ]
                    }
                ]
            }
        }
    ];
}
function ingressRules(service, services) {
    const callers = services.filter(s => s.calls.includes(service.name)).map(s => s.name);
    const rules = [];
    const cidr = [];
    if (callers.length > 0)
        rules.push({ from: [pods(callers)], ports: [tcp(service.port)] });
    if (service.expose) {
        cidr.push(rules.length);
        rules.push({ from: [{ ipBlock: { cidr: 'VPC_CIDR' } }], ports: [tcp(service.port)] });
    }
    return { rules, cidr };
}
function egressRules(service, services) {
    const callees = service.calls.map(name => services.find(s => s.name === name));
    const ports = [...new Set(callees.map(s => s.port))];
    const rules = ports.map(port => ({
        to: [pods(callees.filter(s => s.port === port).map(s => s.name))],
        ports: [tcp(port)]
    }));
    const cidr = [];
    if (service.database) {
        cidr.push(rules.length);
        rules.push({ to: [{ ipBlock: { cidr: 'VPC_CIDR' } }], ports: [tcp(POSTGRES_PORT)] });
    }
    if (service.internet || service.database)
        rules.push({
            to: [{ ipBlock: { cidr: '0.0.0.0/0', except: [METADATA_CIDR] } }],
            ports: [tcp(HTTPS_PORT)]
        });
    return { rules, cidr };
}
/** The policies of the generated services (`services` holds only those). */
function networkPolicies(services) {
    const objects = sharedPolicies();
    const vpcCidrFields = [];
    for (const service of services) {
        const ingress = ingressRules(service, services);
        const egress = egressRules(service, services);
        if (ingress.rules.length === 0 && egress.rules.length === 0)
            continue;
        objects.push({
            apiVersion: 'networking.k8s.io/v1',
            kind: 'NetworkPolicy',
            metadata: { name: service.name, labels: { [NAME]: service.name } },
            spec: {
                podSelector: { matchLabels: { [NAME]: service.name } },
                policyTypes: [
                    ...(ingress.rules.length ? ['Ingress'] : []),
                    ...(egress.rules.length ? ['Egress'] : [])
                ],
                ...(ingress.rules.length ? { ingress: ingress.rules } : {}),
                ...(egress.rules.length ? { egress: egress.rules } : {})
            }
        });
        const fieldPaths = [
            ...ingress.cidr.map(i => `spec.ingress.${i}.from.0.ipBlock.cidr`),
            ...egress.cidr.map(i => `spec.egress.${i}.to.0.ipBlock.cidr`)
        ];
        if (fieldPaths.length)
            vpcCidrFields.push({ policy: service.name, fieldPaths });
    }
    return { objects, vpcCidrFields };
}

// EXTERNAL MODULE: ./lib/config/runtime.ts
var runtime = __webpack_require__(13553);
;// CONCATENATED MODULE: ./lib/kube/generate-workload.ts
/**
 * The Kubernetes objects of one service, from its runtime settings (lib/config/runtime.ts): its
 * ServiceAccount, Deployment, Service, HorizontalPodAutoscaler, PodDisruptionBudget and, when the
 * load balancer forwards to it, its TargetGroupBinding; and the sign-in ConfigMap every Deployment
 * reads. Pure; the placeholders (IRSA_ROLE_PREFIX, TARGET_GROUP_ARN_…, infra-output keys, COGNITO_…)
 * are filled by the infra-outputs component.
 */

/** UID and GID of every container: not root, not a UID an image is likely to own files as. */
const RUN_AS = 10001;
/** The Service's port; the container's is the service's own (targetPort: http). */
const SERVICE_PORT = 80;
/** The ConfigMap of the user sign-in settings, which every service's container reads with envFrom. */
const SIGN_IN = 'sign-in';
/**
 * The keys of kustomize_env (infra/outputs.tf) in the sign-in ConfigMap: what the services validate
 * users' tokens with (the Cognito user pool's issuer and JWKS URL, the frontend's client id, the
 * audience of its tokens) and the hosted sign-in domain. Public values: no secret belongs here.
 */
const SIGN_IN_KEYS = ['COGNITO_ISSUER_URL', 'COGNITO_JWKS_URL', 'COGNITO_CLIENT_ID', 'COGNITO_DOMAIN'];
/** The key of kustomize_env (infra/outputs.tf) holding the service's target group ARN. */
function targetGroupKey(service) {
    return `TARGET_GROUP_ARN_${service.toUpperCase().replace(/-/g, '_')}`;
}
/** Placeholder of the IRSA role ARN: the component replaces IRSA_ROLE_PREFIX, Terraform names the role PREFIX-SERVICE. */
function roleArnPlaceholder(service) {
    return `IRSA_ROLE_PREFIX-${service}`;
}
/** A service has an IAM role (IRSA) when it reads the database secret. */
function hasRole(service) {
    return service.database;
}
function labels(service) {
    return { 'app.kubernetes.io/name': service.name };
}
function probe(p) {
    return {
        httpGet: { path: p.path, port: 'http' },
        ...(p.initialDelaySeconds ? { initialDelaySeconds: p.initialDelaySeconds } : {}),
        periodSeconds: p.periodSeconds,
        timeoutSeconds: p.timeoutSeconds,
        failureThreshold: p.failureThreshold
    };
}
/**
 * The variables of the container besides its secrets: PORT, where the database is (with
 * `database`: the Terraform outputs DATABASE_ENDPOINT and DATABASE_SECRET_ARN), then the service's env.
 */
function serviceEnv(service) {
    return [
        { name: 'PORT', value: String(service.port) },
        ...(service.database ? runtime/* DATABASE_ENV */.IV.map(name => ({ name, infraOutput: name })) : []),
        ...service.env
    ];
}
function env(service) {
    return [
        // An infra output's placeholder is its key, filled in by the infra-outputs component.
        ...serviceEnv(service).map(e => ({ name: e.name, value: 'value' in e ? e.value : e.infraOutput })),
        ...service.secrets.map(s => ({
            name: s.name,
            valueFrom: { secretKeyRef: { name: s.secret, key: s.key } }
        }))
    ];
}
function container(service) {
    const { startup, readiness, liveness } = service.probes;
    return {
        name: service.name,
        // Registry-less repository name: deploy-eks pins it to REGISTRY/NAME@sha256:DIGEST.
        image: service.name,
        imagePullPolicy: 'IfNotPresent',
        ports: [{ name: 'http', containerPort: service.port, protocol: 'TCP' }],
        env: env(service),
        envFrom: [{ configMapRef: { name: SIGN_IN } }],
        resources: service.resources,
        ...(startup ? { startupProbe: probe(startup) } : {}),
        ...(readiness ? { readinessProbe: probe(readiness) } : {}),
        ...(liveness ? { livenessProbe: probe(liveness) } : {}),
        securityContext: {
            allowPrivilegeEscalation: false,
            privileged: false,
            readOnlyRootFilesystem: true,
            runAsNonRoot: true,
            capabilities: { drop: ['ALL'] }
        },
        volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }]
    };
}
/** Spread over zones first, then nodes; counted per ReplicaSet, so a rollout spreads its new pods too. */
function topologySpread(service) {
    return ['topology.kubernetes.io/zone', 'kubernetes.io/hostname'].map(topologyKey => ({
        maxSkew: 1,
        topologyKey,
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: { matchLabels: labels(service) },
        matchLabelKeys: ['pod-template-hash']
    }));
}
function deployment(service) {
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: service.name, labels: labels(service) },
        spec: {
            // No replicas: the HorizontalPodAutoscaler owns the count.
            revisionHistoryLimit: 5,
            selector: { matchLabels: labels(service) },
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
            template: {
                metadata: { labels: labels(service) },
                spec: {
                    serviceAccountName: service.name,
                    automountServiceAccountToken: false,
                    enableServiceLinks: false,
                    terminationGracePeriodSeconds: 30,
                    securityContext: {
                        runAsNonRoot: true,
                        runAsUser: RUN_AS,
                        runAsGroup: RUN_AS,
                        fsGroup: RUN_AS,
                        seccompProfile: { type: 'RuntimeDefault' }
                    },
                    topologySpreadConstraints: topologySpread(service),
                    containers: [container(service)],
                    volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '256Mi' } }]
                }
            }
        }
    };
}
function serviceAccount(service) {
    return {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: {
            name: service.name,
            labels: labels(service),
            ...(hasRole(service)
                ? { annotations: { 'eks.amazonaws.com/role-arn': roleArnPlaceholder(service.name) } }
                : {})
        },
        automountServiceAccountToken: false
    };
}
function kubeService(service) {
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: service.name, labels: labels(service) },
        spec: {
            type: 'ClusterIP',
            selector: labels(service),
            ports: [{ name: 'http', port: SERVICE_PORT, targetPort: 'http', protocol: 'TCP' }]
        }
    };
}
function autoscaler(service) {
    return {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: service.name, labels: labels(service) },
        spec: {
            scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: service.name },
            minReplicas: service.replicas.min,
            maxReplicas: service.replicas.max,
            metrics: [
                {
                    type: 'Resource',
                    resource: {
                        name: 'cpu',
                        target: { type: 'Utilization', averageUtilization: service.replicas.targetCpu }
                    }
                }
            ]
        }
    };
}
function disruptionBudget(service) {
    return {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: { name: service.name, labels: labels(service) },
        spec: { maxUnavailable: service.replicas.maxUnavailable, selector: { matchLabels: labels(service) } }
    };
}
function targetGroupBinding(service) {
    return {
        apiVersion: 'elbv2.k8s.aws/v1beta1',
        kind: 'TargetGroupBinding',
        metadata: { name: service.name, labels: labels(service) },
        spec: {
            targetType: 'ip',
            targetGroupARN: targetGroupKey(service.name),
            serviceRef: { name: service.name, port: SERVICE_PORT }
        }
    };
}
/** The sign-in ConfigMap; each value is its key, a placeholder filled by the infra-outputs component. */
function signIn() {
    return {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: SIGN_IN, labels: { 'app.kubernetes.io/name': SIGN_IN } },
        data: Object.fromEntries(SIGN_IN_KEYS.map(key => [key, key]))
    };
}
/** Every object of one service, in the order a reader expects them. */
function serviceObjects(service) {
    return [
        serviceAccount(service),
        deployment(service),
        kubeService(service),
        autoscaler(service),
        disruptionBudget(service),
        ...(service.expose ? [targetGroupBinding(service)] : [])
    ];
}

;// CONCATENATED MODULE: ./lib/kube/generate.ts
/**
 * `shipline manifests`: the kustomize base of the services and the infra-outputs component, as a
 * pure function of the parsed shipline.yml. The files are written under one directory (infra/k8s):
 *   base/kustomization.yaml, base/namespace.yaml, base/network-policies.yaml,
 *   base/sign-in.yaml (the user sign-in settings every Deployment reads),
 *   base/services/NAME.yaml (one per service with generated manifests),
 *   components/infra-outputs/kustomization.yaml (Terraform outputs → the base's placeholders)
 * Overlays (hand-kept) take the base and the component and patch what an environment changes.
 */



/** The first line of every generated file: how `shipline manifests` recognises its own files. */
const GENERATED_MARK = '# Generated by shipline manifests';
/** The directories `shipline manifests` owns under its output directory. */
const GENERATED_DIRS = ['base', 'components/infra-outputs'];
const INFRA_OUTPUTS = 'infra-outputs';
function header(file, what) {
    return [
        `${GENERATED_MARK} from ${file}: do not edit. Change ${file} and run`,
        '# shipline manifests again, or patch these objects in an overlay.',
        ...what.split('\n').map(line => `# ${line}`),
        ''
    ].join('\n');
}
function yaml(objects) {
    return objects.map(o => (0,js_yaml/* dump */.Bh)(o, { lineWidth: -1, noRefs: true, quotingType: "'" })).join('---\n');
}
function namespace(name) {
    return {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
            name,
            labels: Object.fromEntries(['enforce', 'audit', 'warn'].flatMap(mode => [
                [`pod-security.kubernetes.io/${mode}`, 'restricted'],
                [`pod-security.kubernetes.io/${mode}-version`, 'latest']
            ]))
        }
    };
}
function kustomization(runtime, services) {
    return {
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        namespace: runtime.namespace,
        labels: [
            {
                pairs: { 'app.kubernetes.io/part-of': runtime.namespace, 'app.kubernetes.io/managed-by': 'shipline' },
                includeTemplates: true
            }
        ],
        resources: [
            'namespace.yaml',
            'network-policies.yaml',
            'sign-in.yaml',
            ...services.map(s => `services/${s.name}.yaml`)
        ]
    };
}
const source = (key) => ({ kind: 'ConfigMap', name: INFRA_OUTPUTS, fieldPath: `data.${key}` });
/** Replacements from the overlay's infra-outputs ConfigMap (the Terraform output kustomize_env). */
function replacements(services, vpcCidrFields) {
    const out = services
        .filter(s => s.expose)
        .map(s => ({
        source: source(targetGroupKey(s.name)),
        targets: [{ select: { kind: 'TargetGroupBinding', name: s.name }, fieldPaths: ['spec.targetGroupARN'] }]
    }));
    if (vpcCidrFields.length)
        out.push({
            source: source('VPC_CIDR'),
            targets: vpcCidrFields.map(f => ({
                select: { kind: 'NetworkPolicy', name: f.policy },
                fieldPaths: f.fieldPaths
            }))
        });
    if (services.some(hasRole))
        out.push({
            source: source('IRSA_ROLE_PREFIX'),
            targets: [
                {
                    select: { kind: 'ServiceAccount' },
                    reject: [{ annotationSelector: '!eks.amazonaws.com/role-arn' }],
                    fieldPaths: ['metadata.annotations.[eks.amazonaws.com/role-arn]'],
                    options: { delimiter: '-', index: 0 }
                }
            ]
        });
    const byKey = new Map();
    for (const s of services)
        for (const e of serviceEnv(s))
            if ('infraOutput' in e)
                byKey.set(e.infraOutput, [
                    ...(byKey.get(e.infraOutput) ?? []),
                    {
                        select: { kind: 'Deployment', name: s.name },
                        fieldPaths: [`spec.template.spec.containers.[name=${s.name}].env.[name=${e.name}].value`]
                    }
                ]);
    for (const [key, targets] of byKey)
        out.push({ source: source(key), targets });
    for (const key of SIGN_IN_KEYS)
        out.push({
            source: source(key),
            targets: [{ select: { kind: 'ConfigMap', name: SIGN_IN }, fieldPaths: [`data.${key}`] }]
        });
    return out;
}
function component(file, services, policies) {
    return {
        path: 'components/infra-outputs/kustomization.yaml',
        text: header(file, [
            "Fills the base's placeholders from the infra-outputs ConfigMap each overlay generates from its",
            'infra-outputs.env (written by the pipeline with: terraform output -raw kustomize_env).'
        ].join('\n')) +
            yaml([
                {
                    apiVersion: 'kustomize.config.k8s.io/v1alpha1',
                    kind: 'Component',
                    replacements: replacements(services, policies.vpcCidrFields)
                }
            ])
    };
}
/** Every generated file, in a stable order; `file` is the configuration as the user named it. */
function generateManifests(config) {
    const { file, runtime } = config;
    const services = runtime.services.filter(s => s.manifests);
    const policies = networkPolicies(services);
    return [
        {
            path: 'base/kustomization.yaml',
            text: header(file, 'The services of the system, in the namespace, with the labels of every object.') +
                yaml([kustomization(runtime, services)])
        },
        {
            path: 'base/namespace.yaml',
            text: header(file, 'Pod Security Standards: the namespace rejects any pod that is not "restricted".') +
                yaml([namespace(runtime.namespace)])
        },
        {
            path: 'base/network-policies.yaml',
            text: header(file, "Everything denied, DNS allowed, then each service's own flows (its calls, the load\nbalancer, PostgreSQL, HTTPS out). VPC_CIDR is filled in by the infra-outputs component.") + yaml(policies.objects)
        },
        {
            path: 'base/sign-in.yaml',
            text: header(file, "The user sign-in settings every service's container reads (envFrom): the Cognito user pool's\nissuer and JWKS URL to validate tokens with, the frontend's client id, the hosted domain.\nPublic values, filled in by the infra-outputs component; no secret belongs here.") + yaml([signIn()])
        },
        ...services.map(s => ({
            path: `base/services/${s.name}.yaml`,
            text: header(file, `${s.name}: ServiceAccount, Deployment, Service, HorizontalPodAutoscaler, PodDisruptionBudget${s.expose ? ', TargetGroupBinding' : ''}.`) + yaml(serviceObjects(s))
        })),
        component(file, services, policies)
    ];
}

;// CONCATENATED MODULE: ./lib/kube/generate-overlays.ts
/** The environments a repository deploys when nothing says otherwise (shipline init's callers). */
const DEFAULT_ENVIRONMENTS = ['staging', 'production'];
/** The overlay directory of an environment, relative to the manifests directory (infra/k8s). */
const overlayDir = (environment) => `overlays/${environment}`;
/** The keys the infra-outputs component reads (from its replacements' sources), sorted. */
function infraOutputKeys(componentText) {
    const keys = [...componentText.matchAll(/fieldPath: data\.([A-Za-z0-9_]+)/g)].map(m => m[1]);
    return [...new Set(keys)].sort();
}
/** kustomization.yaml and infra-outputs.env of one environment's overlay. */
function starterOverlay(environment, namespace, keys, out = 'infra/k8s') {
    const dir = overlayDir(environment);
    const kustomization = [
        `# The ${environment} overlay, written once by shipline manifests: yours to edit (it is never`,
        '# rewritten). Patch here what this environment changes: replicas, resources, host names.',
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        '',
        'resources:',
        '  - ../../base',
        '',
        'labels:',
        '  - pairs:',
        `      app.kubernetes.io/instance: ${namespace}-${environment}`,
        '    includeTemplates: true',
        '',
        "# This environment's Terraform outputs; local-config, so the ConfigMap itself is never applied.",
        'configMapGenerator:',
        '  - name: infra-outputs',
        '    envs: [infra-outputs.env]',
        '    options:',
        '      disableNameSuffixHash: true',
        '      annotations:',
        "        config.kubernetes.io/local-config: 'true'",
        '',
        'components:',
        '  - ../../components/infra-outputs',
        ''
    ].join('\n');
    const env = [
        '# Placeholders: the deploy job writes this file from the Terraform output kustomize_env',
        `# (kustomize-env-file: ${out}/${dir}/infra-outputs.env) before it renders the overlay.`,
        ...keys.map(key => `${key}=`),
        ''
    ].join('\n');
    return [
        { path: `${dir}/kustomization.yaml`, text: kustomization },
        { path: `${dir}/infra-outputs.env`, text: env }
    ];
}

// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
;// CONCATENATED MODULE: ./lib/kube/generated-files.ts
/**
 * The generated manifests on disk: what `shipline manifests` would write, remove or refuse to touch
 * in its output directory, then doing it (or, with --check, only saying it). A file under the
 * generated directories whose first line is not the generated mark is the user's: nothing is
 * written while one is there.
 */




function filesUnder(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).flatMap(entry => {
        const full = (0,external_node_path_.join)(dir, entry.name);
        return entry.isDirectory() ? filesUnder(full) : [full];
    });
}
function isGenerated(path) {
    return (0,external_node_fs_.readFileSync)(path, 'utf8').startsWith(GENERATED_MARK);
}
/** What writing `files` under `outDir` would change. */
function generatedChanges(outDir, files) {
    const wanted = new Map(files.map(f => [f.path, f.text]));
    const present = GENERATED_DIRS.flatMap(d => filesUnder((0,external_node_path_.join)(outDir, d))).map(p => (0,external_node_path_.relative)(outDir, p).split(external_node_path_.sep).join('/'));
    const changes = { write: [], remove: [], foreign: [] };
    for (const path of present) {
        const generated = isGenerated((0,external_node_path_.join)(outDir, path));
        if (!generated)
            changes.foreign.push(path);
        else if (!wanted.has(path))
            changes.remove.push(path);
    }
    for (const [path, text] of wanted) {
        const full = (0,external_node_path_.join)(outDir, path);
        if (!(0,external_node_fs_.existsSync)(full) || (0,external_node_fs_.readFileSync)(full, 'utf8') !== text)
            changes.write.push(path);
    }
    return changes;
}
/** Writes the generated files and removes stale ones; refuses, changing nothing, when a foreign file is there. */
function writeGenerated(outDir, files) {
    if ((0,external_node_fs_.existsSync)(outDir) && !(0,external_node_fs_.statSync)(outDir).isDirectory())
        throw new errors/* UserError */.yo(`${outDir} is not a directory; expected the directory of base/ and overlays/ (--out)`);
    const changes = generatedChanges(outDir, files);
    if (changes.foreign.length > 0)
        throw new errors/* UserError */.yo(`${changes.foreign.map(p => (0,external_node_path_.join)(outDir, p)).join(', ')}: not written by shipline manifests, which owns ${GENERATED_DIRS.map(d => `${(0,external_node_path_.join)(outDir, d)}/`).join(' and ')}; move what you need to an overlay, remove these files and run it again`);
    const text = new Map(files.map(f => [f.path, f.text]));
    for (const path of changes.write) {
        const full = (0,external_node_path_.join)(outDir, path);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(full), { recursive: true });
        (0,external_node_fs_.writeFileSync)(full, text.get(path));
    }
    for (const path of changes.remove)
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(outDir, path));
    return changes;
}

// EXTERNAL MODULE: ./lib/core/paths.ts
var paths = __webpack_require__(77168);
// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(73619);
;// CONCATENATED MODULE: ./cli/src/commands/manifests.ts
/**
 * `shipline manifests`: writes the kustomize base of the services and the infra-outputs component
 * from shipline.yml (lib/kube/generate.ts) under --out; --check writes nothing and exits 1, naming
 * each file, when what is there is not what shipline.yml makes. A repository without overlays/
 * also gets a starter overlay per environment (staging, production), written once and then the
 * user's (lib/kube/generate-overlays.ts).
 */









const DEFAULT_OUT = 'infra/k8s';
/**
 * In a repository without overlays, one per environment that deploy-eks can apply as it is; never
 * where an overlays/ directory exists. Returns the paths written.
 */
function writeStarterOverlays(out, outName, namespace, files) {
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(out, 'overlays')))
        return [];
    const component = files.find(f => f.path === 'components/infra-outputs/kustomization.yaml')?.text ?? '';
    const overlays = DEFAULT_ENVIRONMENTS.flatMap(env => starterOverlay(env, namespace, infraOutputKeys(component), outName));
    for (const file of overlays) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(out, file.path)), { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(out, file.path), file.text, { flag: 'wx' });
    }
    return overlays.map(f => f.path);
}
function createCommand(deps = {}) {
    return {
        usage: `shipline manifests [--config shipline.yml] [--out ${DEFAULT_OUT}] [--check]`,
        options: {
            config: { type: 'string' },
            out: { type: 'string' },
            check: { type: 'boolean' }
        },
        async run({ values }) {
            const { cwd = process.cwd(), stdout = text => process.stdout.write(text) } = deps;
            const config = await (0,config_config.loadConfig)(values.config || undefined, cwd);
            const outName = values.out || DEFAULT_OUT;
            const out = (0,paths/* directoryInput */.K)('--out', outName, {
                root: cwd,
                accepted: `a directory inside the workspace (created when missing), such as ${DEFAULT_OUT}`,
                mayBeMissing: true
            });
            const files = generateManifests(config);
            if (values.check) {
                const { write, remove, foreign } = generatedChanges(out, files);
                const lines = [
                    ...write.map(p => `${outName}/${p}: not what ${config.file} makes`),
                    ...remove.map(p => `${outName}/${p}: generated for a service ${config.file} no longer has`),
                    ...foreign.map(p => `${outName}/${p}: not written by shipline manifests`)
                ];
                if (lines.length === 0) {
                    stdout(`${outName}: the manifests are what ${config.file} makes\n`);
                    return command/* EXIT */.d.ok;
                }
                stdout(`${lines.join('\n')}\nRun shipline manifests --config ${config.file} --out ${outName} and commit the result.\n`);
                return command/* EXIT */.d.failure;
            }
            const { write, remove } = writeGenerated(out, files);
            for (const path of write)
                (0,log/* info */.pq)(`wrote ${outName}/${path}`);
            for (const path of remove)
                (0,log/* info */.pq)(`removed ${outName}/${path}`);
            const overlays = writeStarterOverlays(out, outName, config.runtime.namespace, files);
            for (const path of overlays)
                (0,log/* info */.pq)(`wrote ${outName}/${path} (a starter overlay: yours to edit, never rewritten)`);
            stdout(`${outName}: ${write.length} file(s) written, ${remove.length} removed, for ${config.runtime.services.filter(s => s.manifests).length} service(s) of ${config.file}${overlays.length ? `; starter overlays for ${DEFAULT_ENVIRONMENTS.join(' and ')} in ${outName}/overlays/` : ''}\n`);
            return command/* EXIT */.d.ok;
        }
    };
}
const manifests_command = createCommand();


/***/ })

};
