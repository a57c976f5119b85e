import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../config.js'
import { type InitOptions, planInit, renderShiplineYml, serviceName } from '../init.js'
import type { RepoFacts } from '../repo-scan.js'

/** Facts from a list of paths (directories are implied) and package.json dependencies by directory. */
function facts(paths: string[], packages: Record<string, string[]> = {}, name = 'erp'): RepoFacts {
  const dirs = new Set(['.'])
  for (const path of paths) {
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'))
    if (path.endsWith('/')) dirs.add(path.slice(0, -1))
  }
  const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.')
  return {
    name,
    dockerfiles: paths
      .filter(p => /(^|\/)(Dockerfile|Containerfile)$/.test(p))
      .map(p => ({ dir: dirOf(p), file: p.slice(p.lastIndexOf('/') + 1) })),
    packages: Object.entries(packages).map(([dir, dependencies]) => ({ dir, dependencies })),
    dirs,
    files: new Set(paths.filter(p => !p.endsWith('/'))),
    kustomizations: new Map()
  }
}

const options: InitOptions = {
  environments: ['staging', 'production'],
  awsRegion: 'eu-west-1',
  shiplineRepository: 'shipline-dev/shipline',
  shiplineRef: 'v0.1.0',
  version: '0.1.0'
}

const names = (f: RepoFacts) => planInit(f, options).services.map(s => `${s.name}=${s.context}`)

describe('planInit: one service per directory with a Dockerfile', () => {
  it.each<[string, RepoFacts, string[]]>([
    [
      'named after the directory',
      facts(['services/auth/Dockerfile', 'services/hr/Dockerfile']),
      ['auth=services/auth', 'hr=services/hr']
    ],
    ['the root named after the repository', facts(['Dockerfile'], {}, 'Billing_API'), ['billing-api=.']],
    [
      'a clash: the parent too',
      facts(['payments/api/Dockerfile', 'orders/api/Dockerfile']),
      ['payments-api=payments/api', 'orders-api=orders/api']
    ],
    [
      'a clash that remains: a number',
      facts(['api/Dockerfile', 'x/api/Dockerfile', 'x-api/Dockerfile']),
      ['api=api', 'x-api=x/api', 'x-api-2=x-api']
    ],
    ['a Containerfile', facts(['worker/Containerfile']), ['worker=worker']],
    [
      'a React frontend with a Dockerfile is the service frontend',
      facts(['apps/web-app/Dockerfile', 'apps/web-app/package.json', 'svc/Dockerfile'], {
        'apps/web-app': ['react', 'vite']
      }),
      ['frontend=apps/web-app', 'svc=svc']
    ],
    [
      'a frontend/ directory with an index.html',
      facts(['frontend/Dockerfile', 'frontend/index.html', 'frontend/static/']),
      ['frontend=frontend']
    ]
  ])('%s', (_, f, expected) => expect(names(f)).toEqual(expected))

  it.each<[string, string]>([
    ['Auth.Service', 'auth-service'],
    ['__', 'app'],
    ['a'.repeat(70), 'a'.repeat(63)],
    ['My App (v2)', 'my-app-v2']
  ])('serviceName(%j) = %j', (text, name) => expect(serviceName(text)).toBe(name))
})

describe('planInit: the CloudFront paths of the frontend', () => {
  it.each<[string, RepoFacts, string[]]>([
    [
      'static/',
      facts(['frontend/Dockerfile', 'frontend/index.html', 'frontend/static/']),
      ['/index.html', '/static/*']
    ],
    [
      'Vite',
      facts(['web/Dockerfile', 'web/package.json'], { web: ['vue', 'vite'] }),
      ['/index.html', '/assets/*']
    ],
    [
      'Create React App',
      facts(['ui/Dockerfile'], { ui: ['react', 'react-scripts'] }),
      ['/index.html', '/static/*']
    ],
    ['Next.js', facts(['site/Dockerfile'], { site: ['next', 'react'] }), ['/index.html', '/_next/*']],
    ['no frontend', facts(['api/Dockerfile']), []]
  ])('%s', (_, f, paths) => expect(planInit(f, options).cdnPaths).toEqual(paths))

  it.each<[string, Record<string, string[]>, string]>([
    ['Vite', { web: ['react', 'vite'] }, 'web/dist'],
    ['Create React App', { web: ['react', 'react-scripts'] }, 'web/build']
  ])('a %s frontend without a Dockerfile is the static site, published to S3', (_, packages, dir) => {
    const plan = planInit(facts(['api/Dockerfile', 'web/package.json'], packages), options)
    expect(plan.services.map(s => s.name)).toEqual(['api'])
    expect(plan.static).toEqual({ context: 'web', build: 'npm ci && npm run build', dir })
    expect(plan.cdnPaths).toEqual([])
    expect(plan.notes).toContain(
      `web/ is a frontend without a Dockerfile: published to S3 by the static section (built with "npm ci && npm run build" into ${dir}; check both)`
    )
    const config = parseConfig(renderShiplineYml(plan, options), 'shipline.yml', '/repo')
    expect(config).toMatchObject({
      static: { dir, build: 'npm ci && npm run build', context: 'web', watch: ['web'] }
    })
  })
})

describe('renderShiplineYml', () => {
  it('passes Shipline’s own validation, whatever the paths', () => {
    const f = facts([
      'my app/Dockerfile',
      'frontend/Dockerfile',
      'frontend/index.html',
      'frontend/static/',
      'true/Containerfile'
    ])
    const text = renderShiplineYml(planInit(f, options), options)
    const config = parseConfig(text, 'shipline.yml', '/repo')
    expect(config.services.map(s => [s.name, s.context, s.dockerfile, s.workload])).toEqual([
      ['my-app', 'my app', 'Dockerfile', 'deployment/my-app'],
      ['frontend', 'frontend', 'Dockerfile', 'deployment/frontend'],
      ['true', 'true', 'Containerfile', 'deployment/true']
    ])
    expect(config.cdn).toEqual({ paths: ['/index.html', '/static/*'], services: ['frontend'] })
  })
})

describe('planInit: what each environment passes', () => {
  const overlay = (env: string) => [`deploy/k8s/overlays/${env}/kustomization.yaml`]
  const kustomized = (f: RepoFacts, dirs: Record<string, string>) => {
    for (const [dir, text] of Object.entries(dirs)) f.kustomizations.set(dir, text)
    return f
  }

  it('its own tfvars and overlay (with the Terraform outputs file it reads), in deploy order', () => {
    const f = kustomized(
      facts([
        'api/Dockerfile',
        'terraform/main.tf',
        'terraform/environments/staging.tfvars',
        'terraform/production.tfvars',
        ...overlay('staging'),
        ...overlay('production')
      ]),
      {
        'deploy/k8s/overlays/staging': 'resources: [../../base]\n',
        'deploy/k8s/overlays/production':
          'configMapGenerator:\n  - name: infra\n    envs: [infra-outputs.env]\n'
      }
    )
    expect(planInit(f, options).environments).toEqual([
      {
        name: 'staging',
        varFile: 'terraform/environments/staging.tfvars',
        manifests: 'deploy/k8s/overlays/staging'
      },
      {
        name: 'production',
        varFile: 'terraform/production.tfvars',
        manifests: 'deploy/k8s/overlays/production',
        kustomizeEnvFile: 'deploy/k8s/overlays/production/infra-outputs.env'
      }
    ])
  })

  it('never another environment’s overlay: without its own, one shared kustomization or the starter overlay, with a note', () => {
    const onlyProduction = kustomized(facts(['api/Dockerfile', ...overlay('production')]), {
      'deploy/k8s/overlays/production': 'resources: []\n'
    })
    const plan = planInit(onlyProduction, options)
    expect(plan.environments[0]).toEqual({
      name: 'staging',
      manifests: 'infra/k8s/overlays/staging',
      kustomizeEnvFile: 'infra/k8s/overlays/staging/infra-outputs.env'
    })
    expect(plan.notes).toContain(
      'staging: no kustomization found for it: manifests is infra/k8s/overlays/staging, the starter overlay `shipline manifests` writes with infra/k8s/base'
    )
    const shared = kustomized(facts(['api/Dockerfile', 'k8s/kustomization.yaml', ...overlay('production')]), {
      k8s: 'resources: []\n',
      'deploy/k8s/overlays/production': 'resources: []\n'
    })
    expect(planInit(shared, options).environments.map(e => e.manifests)).toEqual([
      'k8s',
      'deploy/k8s/overlays/production'
    ])
  })

  it('names the last environment in shipline.yml', () => {
    const text = renderShiplineYml(planInit(facts(['api/Dockerfile']), options), options)
    expect(parseConfig(text, 'shipline.yml', '/repo').environment).toBe('production')
  })
})
