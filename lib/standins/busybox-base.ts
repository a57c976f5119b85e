/**
 * The base image of the examples and tests, since nothing can be pulled here: `FROM scratch` plus
 * Debian's static busybox (`busybox-static`, /bin/busybox) with its applets installed as symlinks.
 * Built once per podman storage with podman on vfs + chroot (root, no overlay, no user namespaces)
 * and reused while the busybox binary is the same.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)
export const BUSYBOX = '/bin/busybox'
const BASE_REPOSITORY = 'localhost/shipline-busybox'

export interface PodmanStorage {
  root: string
  runroot: string
  storageDriver: string
  isolation: string
}

/**
 * A podman storage of its own (so tests never touch the machine's default storage), kept across runs
 * under the temp directory so the base image is built once. SHIPLINE_TEST_PODMAN_DIR overrides it.
 */
export function podmanTestStorage(env: NodeJS.ProcessEnv = process.env): PodmanStorage {
  const dir = env.SHIPLINE_TEST_PODMAN_DIR || join(tmpdir(), 'shipline-podman')
  return { root: join(dir, 'root'), runroot: join(dir, 'run'), storageDriver: 'vfs', isolation: 'chroot' }
}

/** Environment variables that make build-push (action or CLI) use `storage`. */
export function podmanEnv(storage: PodmanStorage): Record<string, string> {
  return {
    SHIPLINE_PODMAN_ROOT: storage.root,
    SHIPLINE_PODMAN_RUNROOT: storage.runroot,
    SHIPLINE_PODMAN_STORAGE_DRIVER: storage.storageDriver,
    SHIPLINE_PODMAN_ISOLATION: storage.isolation
  }
}

export function podmanGlobal(storage: PodmanStorage): string[] {
  return ['--root', storage.root, '--runroot', storage.runroot, '--storage-driver', storage.storageDriver]
}

/** Whether podman and busybox-static are installed. */
export function busyboxBaseAvailable(): boolean {
  return existsSync(BUSYBOX) && ['/usr/bin/podman', '/usr/local/bin/podman'].some(path => existsSync(path))
}

/** `localhost/shipline-busybox:<12 hex of the busybox binary>`, built when the storage lacks it. */
export async function ensureBusyboxBase(storage: PodmanStorage = podmanTestStorage()): Promise<string> {
  const version = createHash('sha256').update(readFileSync(BUSYBOX)).digest('hex').slice(0, 12)
  const image = `${BASE_REPOSITORY}:${version}`
  const podman = (args: string[]) =>
    execFileAsync('podman', [...podmanGlobal(storage), ...args], { maxBuffer: 16 * 1024 * 1024 })
  try {
    await podman(['image', 'exists', image])
    return image
  } catch {
    // not built yet
  }
  const dir = await mkdtemp(join(tmpdir(), 'shipline-busybox-'))
  try {
    await copyFile(BUSYBOX, join(dir, 'busybox'))
    await writeFile(
      join(dir, 'Containerfile'),
      [
        'FROM scratch',
        'COPY busybox /bin/busybox',
        'RUN ["/bin/busybox", "mkdir", "-p", "/usr/bin", "/sbin", "/usr/sbin", "/tmp", "/www"]',
        'RUN ["/bin/busybox", "--install", "-s"]',
        'ENV PATH=/usr/sbin:/usr/bin:/sbin:/bin',
        ''
      ].join('\n')
    )
    await podman(['build', '--isolation', storage.isolation, '--tag', image, dir])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  return image
}
