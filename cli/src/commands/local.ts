/**
 * `shipline local` (`npm run local`): the whole chain on a development machine, without AWS.
 * Infrastructure check → build the example services → scan (Trivy when installed) → push the scanned
 * bytes to a registry started on loopback (stopped at the end) → manifests pinned to the pushed
 * digests (deployed with a kubeconfig) → the PR comment and job summaries it would post, under
 * `.shipline/`. A second run with nothing changed builds nothing.
 */
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { ensureBusyboxBase } from '../../../lib/standins/busybox-base.js'
import { loadConfig, selectServices } from '../../../lib/config/config.js'
import { InputError } from '../../../lib/core/errors.js'
import { startRegistry } from '../../../lib/standins/local-registry.js'
import { info } from '../../../lib/core/log.js'
import { renderPipelineComment } from '../../../lib/github/pipeline-comment.js'
import { table } from '../../../lib/core/markdown.js'
import { writeJobSummary } from '../../../lib/core/summary.js'
import { defaultBuildContext } from '../../../lib/images/context.js'
import { renderBuildSummary } from '../../../lib/images/summary.js'
import { readPolicyOptions } from '../../../lib/scan/options.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { directoryInput, fileInput, MiB, pathInside } from '../../../lib/core/paths.js'
import { type Command, EXIT } from '../command.js'
import { imagesStage } from '../local/images-stage.js'
import { infraStage } from '../local/infra-stage.js'
import { manifestsStage } from '../local/manifests-stage.js'
import { type Builder, chooseBuilder, detectTools } from '../local/preflight.js'

const DEFAULTS = {
  config: 'examples/shipline.yml',
  manifests: 'infra/k8s/overlays/staging',
  out: '.shipline'
}

/**
 * The paths the flags name, checked before anything runs: the kubeconfig a regular file of at most
 * 1 MiB in the workspace, RUNNER_TEMP or ~/.kube (where kubectl keeps it); --out a directory inside the
 * workspace, never the workspace itself (the run empties parts of it); --manifests in the workspace.
 */
function checkPaths(root: string, flags: { kubeconfig?: string; out: string; manifests: string }) {
  const kubeconfig =
    flags.kubeconfig === undefined
      ? undefined
      : fileInput('--kubeconfig', flags.kubeconfig, {
          root,
          alsoUnder: [process.env.RUNNER_TEMP, join(homedir(), '.kube')],
          accepted: 'a kubeconfig file of at most 1 MiB in the workspace, RUNNER_TEMP or ~/.kube',
          maxBytes: 1 * MiB
        })
  const outAccepted = 'a directory inside the workspace (created when missing), such as .shipline'
  const out = directoryInput('--out', flags.out, { root, accepted: outAccepted, mayBeMissing: true })
  if (resolve(out) === resolve(root))
    throw new InputError('--out', `"${flags.out}" is the workspace itself`, outAccepted)
  pathInside('--manifests', flags.manifests, {
    root,
    accepted: 'a kustomize directory or manifests in the workspace'
  })
  return { kubeconfig, out }
}

/** The tag part of `host[:port]/repo:tag`. */
function tagOf(reference: string): string {
  const last = reference.slice(reference.lastIndexOf('/') + 1)
  return last.includes(':') ? last.slice(last.indexOf(':') + 1) : last
}

export const command: Command = {
  usage:
    'shipline local [--config examples/shipline.yml] [--service NAME]... [--builder podman|docker] [--manifests infra/k8s/overlays/staging] [--kubeconfig FILE] [--out .shipline]',
  options: {
    config: { type: 'string' },
    service: { type: 'string', multiple: true },
    builder: { type: 'string' },
    manifests: { type: 'string' },
    kubeconfig: { type: 'string' },
    out: { type: 'string' }
  },
  async run({ values }) {
    const root = process.cwd()
    const flag = (name: string) => (values[name] === undefined ? undefined : String(values[name]))
    const inputs = new Inputs(recordInputSource({ '--builder': flag('builder') }))
    const wanted = flag('builder') ? inputs.oneOf<Builder>('--builder', ['podman', 'docker']) : undefined
    const manifests = flag('manifests') ?? DEFAULTS.manifests
    const { kubeconfig, out } = checkPaths(root, {
      kubeconfig: flag('kubeconfig'),
      out: flag('out') ?? DEFAULTS.out,
      manifests
    })
    const config = await loadConfig(flag('config') ?? DEFAULTS.config, root, '--config')
    const services = selectServices(config, (values.service as string[] | undefined) ?? [], '--service')
    const tools = await detectTools()
    const builder = chooseBuilder(tools, wanted)
    const environment = config.environment ?? 'local'

    for (const stale of ['summaries', 'tmp', 'scan', 'pr-comment.md', 'manifests.yaml', 'images.json'])
      await rm(join(out, stale), { recursive: true, force: true })
    for (const dir of ['summaries', 'tmp']) await mkdir(join(out, dir), { recursive: true })
    const lines: Array<[string, string]> = []
    const step = (stage: string, line: string) => {
      lines.push([stage, line])
      info(`[${stage}] ${line}`)
    }

    info('[1/4 infrastructure] checking infra/ …')
    const infra = await infraStage(root, out, tools.terraform)
    step('infrastructure', infra.line)
    await writeJobSummary(
      `### Infrastructure\n\n${infra.markdown}`,
      join(out, 'summaries', 'provision-infra.md')
    )

    info('[2/4 images] starting a registry on loopback …')
    const registry = await startRegistry({ dataDir: join(out, 'registry') })
    let failed = !infra.passed
    try {
      const podman = {
        root: join(out, 'podman', 'root'),
        runroot: join(out, 'podman', 'run'),
        storageDriver: process.env.SHIPLINE_PODMAN_STORAGE_DRIVER || 'vfs',
        isolation: process.env.SHIPLINE_PODMAN_ISOLATION || 'chroot'
      }
      const buildArgs: Record<string, string> =
        builder === 'podman' ? { BASE_IMAGE: await ensureBusyboxBase(podman) } : {}
      const ctx = defaultBuildContext({ ...process.env, RUNNER_TEMP: join(out, 'tmp') })
      const policy = { ...readPolicyOptions(new Inputs(recordInputSource({}))), now: Date.now() }
      const images = await imagesStage({
        config,
        services,
        builder,
        registryHost: registry.host,
        podman,
        buildArgs,
        trivy: tools.trivy,
        policy,
        outDir: out,
        ctx
      })
      const builtCount = images.results.filter(r => r.built).length
      step(
        'images',
        `${builtCount} of ${images.results.length} service(s) built with ${builder}, ${images.results.length - builtCount} reused by content tag; registry ${registry.host}`
      )
      step('scan', images.scanLine)
      if (images.blocked.length) {
        step('push', `not pushed, the scan failed the policy: ${images.blocked.join(', ')}`)
        failed = true
      }
      await writeFile(join(out, 'images.json'), `${JSON.stringify(images.results, null, 2)}\n`)
      await writeJobSummary(renderBuildSummary(images.results), join(out, 'summaries', 'build-push.md'))
      await writeJobSummary(
        images.scan?.markdown ?? `### Trivy scan\n\n${images.scanLine}`,
        join(out, 'summaries', 'scan-images.md')
      )

      info('[3/4 kubernetes] rendering the manifests …')
      const pinned = images.results
        .filter(r => !images.blocked.includes(r.service))
        .map(r => `${r.service}=${r.image}`)
      const k8s = await manifestsStage({
        root,
        manifests,
        images: pinned,
        kubectl: tools.kubectl,
        kubeconfig,
        outDir: out
      })
      step('kubernetes', k8s.line)

      info('[4/4 pull request] writing the comment …')
      const comment = renderPipelineComment({
        environment,
        plan: infra.markdown,
        infraResult: infra.passed ? 'success' : 'failure',
        images: images.results.map(r => ({
          service: r.service,
          built: r.built,
          tags: r.tags.map(tagOf),
          image: r.image
        })),
        scan: images.scan ? { full: images.scan.markdown, short: images.scan.short } : undefined
      })
      await writeFile(join(out, 'pr-comment.md'), `${comment}\n`)
    } finally {
      await registry.stop()
      await rm(join(out, 'tmp'), { recursive: true, force: true })
    }

    const where = (path: string) => relative(root, join(out, path)) || '.'
    const places: Array<[string, string]> = [
      ['PR comment it would post', where('pr-comment.md')],
      ['job summaries', where('summaries/')],
      ['images (service, image@digest, tags, built)', where('images.json')],
      ['manifests pinned by digest', where('manifests.yaml')],
      ['registry storage (kept for the next run)', where('registry/')]
    ]
    process.stdout.write(
      [
        '',
        'Shipline local run',
        '',
        table(['stage', 'result'], lines),
        '',
        'Where everything is:',
        '',
        table(
          ['what', 'path'],
          places.filter(([, path]) => existsSync(join(root, path)))
        ),
        ''
      ].join('\n')
    )
    return failed ? EXIT.failure : EXIT.ok
  }
}
