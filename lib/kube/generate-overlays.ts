/**
 * The starter overlay of each environment, for a repository that has none: what deploy-eks applies
 * (infra/k8s/overlays/ENV) is the generated base with the infra-outputs component, filled from the
 * infra-outputs.env the deploy job writes (the Terraform output kustomize_env). Written once, only
 * where missing, and then the user's: nothing here is regenerated or checked. Pure.
 */
import type { GeneratedFile } from './generate.js'

/** The environments a repository deploys when nothing says otherwise (shipline init's callers). */
export const DEFAULT_ENVIRONMENTS = ['staging', 'production']

/** The overlay directory of an environment, relative to the manifests directory (infra/k8s). */
export const overlayDir = (environment: string) => `overlays/${environment}`

/** The keys the infra-outputs component reads (from its replacements' sources), sorted. */
export function infraOutputKeys(componentText: string): string[] {
  const keys = [...componentText.matchAll(/fieldPath: data\.([A-Za-z0-9_]+)/g)].map(m => m[1] as string)
  return [...new Set(keys)].sort()
}

/** kustomization.yaml and infra-outputs.env of one environment's overlay. */
export function starterOverlay(
  environment: string,
  namespace: string,
  keys: string[],
  out = 'infra/k8s'
): GeneratedFile[] {
  const dir = overlayDir(environment)
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
  ].join('\n')
  const env = [
    '# Placeholders: the deploy job writes this file from the Terraform output kustomize_env',
    `# (kustomize-env-file: ${out}/${dir}/infra-outputs.env) before it renders the overlay.`,
    ...keys.map(key => `${key}=`),
    ''
  ].join('\n')
  return [
    { path: `${dir}/kustomization.yaml`, text: kustomization },
    { path: `${dir}/infra-outputs.env`, text: env }
  ]
}
