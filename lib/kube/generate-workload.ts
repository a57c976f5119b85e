/**
 * The Kubernetes objects of one service, from its runtime settings (lib/config/runtime.ts): its
 * ServiceAccount, Deployment, Service, HorizontalPodAutoscaler, PodDisruptionBudget and, when the
 * load balancer forwards to it, its TargetGroupBinding; and the sign-in ConfigMap every Deployment
 * reads. Pure; the placeholders (IRSA_ROLE_PREFIX, TARGET_GROUP_ARN_…, infra-output keys, COGNITO_…)
 * are filled by the infra-outputs component.
 */
import { DATABASE_ENV, type EnvVar, type Probe, type ServiceRuntime } from '../config/runtime.js'

export type Manifest = {
  apiVersion: string
  kind: string
  metadata: { name: string } & Record<string, unknown>
} & Record<string, unknown>

/** UID and GID of every container: not root, not a UID an image is likely to own files as. */
export const RUN_AS = 10001

/** The Service's port; the container's is the service's own (targetPort: http). */
export const SERVICE_PORT = 80

/** The ConfigMap of the user sign-in settings, which every service's container reads with envFrom. */
export const SIGN_IN = 'sign-in'

/**
 * The keys of kustomize_env (infra/outputs.tf) in the sign-in ConfigMap: what the services validate
 * users' tokens with (the Cognito user pool's issuer and JWKS URL, the frontend's client id, the
 * audience of its tokens) and the hosted sign-in domain. Public values: no secret belongs here.
 */
export const SIGN_IN_KEYS = ['COGNITO_ISSUER_URL', 'COGNITO_JWKS_URL', 'COGNITO_CLIENT_ID', 'COGNITO_DOMAIN']

/** The key of kustomize_env (infra/outputs.tf) holding the service's target group ARN. */
export function targetGroupKey(service: string): string {
  return `TARGET_GROUP_ARN_${service.toUpperCase().replace(/-/g, '_')}`
}

/** Placeholder of the IRSA role ARN: the component replaces IRSA_ROLE_PREFIX, Terraform names the role PREFIX-SERVICE. */
export function roleArnPlaceholder(service: string): string {
  return `IRSA_ROLE_PREFIX-${service}`
}

/** A service has an IAM role (IRSA) when it reads the database secret. */
export function hasRole(service: ServiceRuntime): boolean {
  return service.database
}

function labels(service: ServiceRuntime): Record<string, string> {
  return { 'app.kubernetes.io/name': service.name }
}

function probe(p: Probe): Record<string, unknown> {
  return {
    httpGet: { path: p.path, port: 'http' },
    ...(p.initialDelaySeconds ? { initialDelaySeconds: p.initialDelaySeconds } : {}),
    periodSeconds: p.periodSeconds,
    timeoutSeconds: p.timeoutSeconds,
    failureThreshold: p.failureThreshold
  }
}

/**
 * The variables of the container besides its secrets: PORT, where the database is (with
 * `database`: the Terraform outputs DATABASE_ENDPOINT and DATABASE_SECRET_ARN), then the service's env.
 */
export function serviceEnv(service: ServiceRuntime): EnvVar[] {
  return [
    { name: 'PORT', value: String(service.port) },
    ...(service.database ? DATABASE_ENV.map(name => ({ name, infraOutput: name })) : []),
    ...service.env
  ]
}

function env(service: ServiceRuntime): Array<Record<string, unknown>> {
  return [
    // An infra output's placeholder is its key, filled in by the infra-outputs component.
    ...serviceEnv(service).map(e => ({ name: e.name, value: 'value' in e ? e.value : e.infraOutput })),
    ...service.secrets.map(s => ({
      name: s.name,
      valueFrom: { secretKeyRef: { name: s.secret, key: s.key } }
    }))
  ]
}

function container(service: ServiceRuntime): Record<string, unknown> {
  const { startup, readiness, liveness } = service.probes
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
  }
}

/** Spread over zones first, then nodes; counted per ReplicaSet, so a rollout spreads its new pods too. */
function topologySpread(service: ServiceRuntime): Array<Record<string, unknown>> {
  return ['topology.kubernetes.io/zone', 'kubernetes.io/hostname'].map(topologyKey => ({
    maxSkew: 1,
    topologyKey,
    whenUnsatisfiable: 'ScheduleAnyway',
    labelSelector: { matchLabels: labels(service) },
    matchLabelKeys: ['pod-template-hash']
  }))
}

function deployment(service: ServiceRuntime): Manifest {
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
  }
}

function serviceAccount(service: ServiceRuntime): Manifest {
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
  }
}

function kubeService(service: ServiceRuntime): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: service.name, labels: labels(service) },
    spec: {
      type: 'ClusterIP',
      selector: labels(service),
      ports: [{ name: 'http', port: SERVICE_PORT, targetPort: 'http', protocol: 'TCP' }]
    }
  }
}

function autoscaler(service: ServiceRuntime): Manifest {
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
  }
}

function disruptionBudget(service: ServiceRuntime): Manifest {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: service.name, labels: labels(service) },
    spec: { maxUnavailable: service.replicas.maxUnavailable, selector: { matchLabels: labels(service) } }
  }
}

function targetGroupBinding(service: ServiceRuntime): Manifest {
  return {
    apiVersion: 'elbv2.k8s.aws/v1beta1',
    kind: 'TargetGroupBinding',
    metadata: { name: service.name, labels: labels(service) },
    spec: {
      targetType: 'ip',
      targetGroupARN: targetGroupKey(service.name),
      serviceRef: { name: service.name, port: SERVICE_PORT }
    }
  }
}

/** The sign-in ConfigMap; each value is its key, a placeholder filled by the infra-outputs component. */
export function signIn(): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: SIGN_IN, labels: { 'app.kubernetes.io/name': SIGN_IN } },
    data: Object.fromEntries(SIGN_IN_KEYS.map(key => [key, key]))
  }
}

/** Every object of one service, in the order a reader expects them. */
export function serviceObjects(service: ServiceRuntime): Manifest[] {
  return [
    serviceAccount(service),
    deployment(service),
    kubeService(service),
    autoscaler(service),
    disruptionBudget(service),
    ...(service.expose ? [targetGroupBinding(service)] : [])
  ]
}
