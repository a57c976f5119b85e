#!/usr/bin/env node
// init-local: a new repository of nine services (the example ERP's eight and its frontend, copied
// into a fresh git repository with no Shipline file, and the reference's hand-kept kustomize
// overlays), then what an adopter runs first, with the CLI bundle: `shipline init` (shipline.yml and
// the caller workflow, whose uses: lines name Shipline's reusable workflows remotely), `shipline
// manifests` (the kustomize base of the nine services), and the first `shipline local
// --infra-standin`: the rehearsal of that caller for a push, its uses: lines run by this
// installation's workflows, both environments through to their deploys (Terraform plan and apply on
// the provider-free infra stand-in, nine podman builds, scans, pushes to a loopback registry,
// rollouts, the frontend's publish and invalidation).
//
// Baselines in the same run: a bare `node -e ''` (process start) for init, and the nine images
// built with plain `podman build` in a fresh storage, nothing else, for local.
// Goals: init ≤ 4 × a bare node start; the first local ≤ 2 × the plain builds.
// Usage: node scripts/bench/init-local.mjs (after `node scripts/build.mjs cli`): this checkout's CLI
// bundle, which runs the actions from their TypeScript sources. SHIPLINE_BENCH_CLI=PATH/cli/dist/index.js
// measures another installation instead, such as the installed @shipline/cli package (its bundles).
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('../..', import.meta.url).pathname
const cli = process.env.SHIPLINE_BENCH_CLI || join(root, 'cli', 'dist', 'index.js')
for (const [what, path] of [
  ['podman', '/usr/bin/podman'],
  ['docker-registry', '/usr/bin/docker-registry'],
  ['busybox-static', '/bin/busybox'],
  ['the CLI bundle (npm run build)', cli]
]) {
  if (!existsSync(path)) {
    console.log(`init-local: ${what} is missing (${path}); FAIL`)
    process.exit(1)
  }
}

const work = mkdtempSync(join(tmpdir(), 'sbi-')) // short: podman refuses a runroot over 50 characters
const time = (command, args, options) => {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0)
    throw new Error(
      `${args.slice(0, 2).join(' ')} exited ${result.status}: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`
    )
  return { ms, stdout: result.stdout, stderr: result.stderr }
}
const s = ms => (ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`)

try {
  const repo = join(work, 'erp')
  cpSync(join(root, 'examples', 'services'), join(repo, 'services'), { recursive: true })
  cpSync(join(root, 'examples', 'frontend'), join(repo, 'frontend'), { recursive: true })
  cpSync(join(root, 'infra', 'k8s', 'overlays'), join(repo, 'infra', 'k8s', 'overlays'), { recursive: true })
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
      cwd: repo,
      stdio: 'ignore'
    })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'a new repository')

  const bare = time(process.execPath, ['-e', ''])
  const bucket = [
    '--state-bucket',
    'tfstate-erp',
    '--state-kms-key',
    'arn:aws:kms:eu-west-1:123456789012:alias/tfstate'
  ]
  const init = time(process.execPath, [cli, 'init', '--aws-region', 'eu-west-1', ...bucket], { cwd: repo })
  const services = (init.stdout.match(/^ {2}service /gm) ?? []).length
  const manifests = time(process.execPath, [cli, 'manifests'], { cwd: repo })
  git('add', '-A')
  git('commit', '-q', '-m', 'shipline init and shipline manifests')

  const state = join(work, 'state')
  const local = time(process.execPath, [cli, 'local', '--infra-standin', '--state', state], { cwd: repo })
  const counts = /^approvals \d+, builds (\d+), pushes (\d+), rollouts (\d+).*$/m.exec(local.stdout)
  const jobs = /^The run would succeed: .*$/m.exec(local.stdout)?.[0] ?? 'the run did not succeed'
  const remote = /→ this installation’s/.test(local.stderr)

  // Baseline: the same nine images with plain podman in a fresh storage (base image included, as
  // the first local run builds it too).
  const storage = [
    '--root',
    join(work, 'plain', 'root'),
    '--runroot',
    join(work, 'plain', 'run'),
    '--storage-driver',
    'vfs'
  ]
  const plainStart = process.hrtime.bigint()
  const baseDir = join(work, 'base')
  cpSync('/bin/busybox', join(baseDir, 'busybox'))
  execFileSync('sh', [
    '-c',
    `printf 'FROM scratch\\nCOPY busybox /bin/busybox\\nRUN ["/bin/busybox", "mkdir", "-p", "/usr/bin", "/sbin", "/usr/sbin", "/tmp", "/www"]\\nRUN ["/bin/busybox", "--install", "-s"]\\nENV PATH=/usr/sbin:/usr/bin:/sbin:/bin\\n' > ${baseDir}/Containerfile`
  ])
  execFileSync(
    'podman',
    [...storage, 'build', '--isolation', 'chroot', '--tag', 'localhost/base:plain', baseDir],
    {
      stdio: 'ignore'
    }
  )
  const contexts = [
    join(repo, 'frontend'),
    ...readdirSync(join(repo, 'services')).map(d => join(repo, 'services', d))
  ]
  for (const context of contexts)
    execFileSync(
      'podman',
      [
        ...storage,
        'build',
        '--isolation',
        'chroot',
        '--build-arg',
        'BASE_IMAGE=localhost/base:plain',
        '--tag',
        `localhost/plain:${contexts.indexOf(context)}`,
        context
      ],
      { stdio: 'ignore' }
    )
  const plain = Number(process.hrtime.bigint() - plainStart) / 1e6

  const initRatio = init.ms / bare.ms
  const localRatio = local.ms / plain
  console.log(
    `a new repository of ${services} services (examples/services and examples/frontend, no shipline.yml); the CLI: ${cli}`
  )
  console.log('')
  console.log('| step | time | baseline in this run | × baseline |')
  console.log('| --- | ---: | ---: | ---: |')
  console.log(`| shipline init | ${s(init.ms)} | bare node start ${s(bare.ms)} | ${initRatio.toFixed(2)} |`)
  console.log(`| shipline manifests | ${s(manifests.ms)} | | |`)
  console.log(
    `| first shipline local | ${s(local.ms)} | nine plain podman builds ${s(plain)} | ${localRatio.toFixed(2)} |`
  )
  console.log('')
  console.log('what the first local run did:')
  console.log(`  ${jobs}`)
  console.log(`  ${counts?.[0] ?? 'no counts printed'}`)
  console.log(`  remote uses: lines run by this installation: ${remote}`)
  const built = counts !== null && Number(counts[1]) === 9 && Number(counts[2]) === 9
  const ok = services === 9 && built && remote && initRatio <= 4 && localRatio <= 2
  console.log('')
  console.log(
    `init ≤ 4 × node start: ${initRatio <= 4}; first local ≤ 2 × the plain builds: ${localRatio <= 2}; ${services} services found, ${counts?.[1] ?? 0} built and ${counts?.[2] ?? 0} pushed: ${ok ? 'PASS' : 'FAIL'}`
  )
  process.exitCode = ok ? 0 : 1
} catch (error) {
  console.log(`init-local: ${error.message}; FAIL`)
  process.exitCode = 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
