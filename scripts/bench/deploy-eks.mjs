#!/usr/bin/env node
// Benchmark of deploy-eks's concurrent rollout wait. Eight Deployments whose rollouts finish at
// staggered times (0.5 s … 4 s after apply) are deployed by the built action (actions/deploy-eks/dist)
// against the fake Kubernetes API (__fixtures__/fake-kube-api.ts, transpiled for this run); then the
// slowest of them alone, in the same run. The wait is measured by the fake API: from the last
// server-side apply to the last read of a workload.
// Goal: total wait for all eight <= the slowest single rollout's wait + one poll interval
// (waiting one by one would take the sum of the eight).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'

const root = new URL('../..', import.meta.url).pathname
const dist = join(root, 'actions/deploy-eks/dist/index.js')
if (!existsSync(dist)) {
  console.error('actions/deploy-eks/dist/index.js is missing: run node scripts/build.mjs deploy-eks first')
  process.exit(1)
}

const POLL_MS = 200
const SERVICES = [
  'auth-service',
  'hr-service',
  'finance-service',
  'operation-service',
  'gateway-service',
  'discovery-server',
  'config-server',
  'reporting-service'
]
const ROLLOUT_MS = SERVICES.map((_, i) => 500 * (i + 1))

// The fake API is TypeScript; transpile it next to node_modules so its js-yaml import resolves.
const cache = join(root, 'node_modules/.cache/shipline-bench')
mkdirSync(cache, { recursive: true })
const fakeSource = readFileSync(join(root, '__fixtures__/fake-kube-api.ts'), 'utf8')
const { outputText } = ts.transpileModule(fakeSource, {
  compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
})
writeFileSync(join(cache, 'fake-kube-api.mjs'), outputText)
const { FakeKubeApi } = await import(join(cache, 'fake-kube-api.mjs'))

function deployment(name) {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  replicas: 2',
    '  selector:',
    '    matchLabels:',
    `      app: ${name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${name}`,
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    `          image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/${name}:latest`
  ].join('\n')
}

function runAction(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [dist], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    child.stdout.on('data', chunk => (out += chunk))
    child.stderr.on('data', chunk => (out += chunk))
    child.on('error', reject)
    child.on('close', code => resolve({ code, out }))
  })
}

/** Deploy `services` with the built action; the wait as the fake API saw it. */
async function deploy(services) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-deploy-eks-'))
  const fake = new FakeKubeApi({
    fixturesDir: join(root, '../shared/fixtures/k8s'),
    workloads: Object.fromEntries(
      services.map(name => [name, { rollout: 'complete', afterMs: ROLLOUT_MS[SERVICES.indexOf(name)] }])
    )
  })
  await fake.start()
  try {
    writeFileSync(join(dir, 'kubeconfig'), fake.kubeconfig())
    writeFileSync(join(dir, 'manifests.yaml'), services.map(deployment).join('\n---\n') + '\n')
    writeFileSync(join(dir, 'output'), '')
    const { code, out } = await runAction({
      INPUT_KUBECONFIG: join(dir, 'kubeconfig'),
      INPUT_MANIFESTS: join(dir, 'manifests.yaml'),
      INPUT_IMAGES: services
        .map(name => `${name}=123456789012.dkr.ecr.eu-west-1.amazonaws.com/${name}@sha256:${'a'.repeat(64)}`)
        .join('\n'),
      'INPUT_POLL-INTERVAL': `${POLL_MS}ms`,
      INPUT_TIMEOUT: '1m',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_ACTIONS: 'true'
    })
    const output = readFileSync(join(dir, 'output'), 'utf8')
    if (code !== 0 || !/^succeeded$/m.test(output))
      throw new Error(`deploy-eks failed (exit ${code}):\n${out}`)
    const lastApply = Math.max(...fake.requestsOf('PATCH').map(r => r.at))
    const reads = fake.requestsOf('GET').filter(r => /\/deployments\/[^/]+$/.test(r.path))
    return Math.max(...reads.map(r => r.at)) - lastApply
  } finally {
    await fake.stop()
  }
}

const slowest = SERVICES[SERVICES.length - 1]
const total = await deploy(SERVICES)
const single = await deploy([slowest])
const sum = ROLLOUT_MS.reduce((a, b) => a + b, 0)
const pass = total <= single + POLL_MS

console.log('deploy-eks: concurrent rollout wait (8 Deployments, rollouts finishing 0.5 s … 4 s after apply)')
console.log(`  poll interval                            ${POLL_MS} ms`)
console.log(`  total wait, all 8 rollouts               ${total} ms`)
console.log(`  wait for the slowest rollout alone       ${single} ms  (${slowest})`)
console.log(`  one by one would wait at least           ${sum} ms  (sum of the 8 rollouts)`)
console.log(`  total / slowest                          ${(total / single).toFixed(3)}`)
console.log(
  `  goal: total <= slowest + one poll interval (${single + POLL_MS} ms): ${pass ? 'PASS' : 'FAIL'}`
)
process.exitCode = pass ? 0 : 1
