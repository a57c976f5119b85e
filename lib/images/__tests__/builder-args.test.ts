import { describe, expect, it } from '@jest/globals'
import {
  type BuildSpec,
  dockerBuildArgs,
  loginArgs,
  logoutArgs,
  podmanArchiveArgs,
  podmanBuildArgs
} from '../builder-args.js'

const IMAGE = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/auth-service'
const spec: BuildSpec = {
  image: IMAGE,
  tags: ['src-0123456789ab', 'c0ffee'],
  context: 'services/auth',
  dockerfile: 'Dockerfile',
  buildArgs: {},
  platforms: ['linux/amd64'],
  archive: '/tmp/a.oci.tar'
}
const CACHE_TO = `type=registry,ref=${IMAGE}:buildcache,mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`

describe('dockerBuildArgs', () => {
  const cases: Array<[string, Partial<BuildSpec>, { ref: string; write: boolean } | undefined, string[]]> = [
    [
      'no cache',
      {},
      undefined,
      [
        'buildx',
        'build',
        '--file',
        'services/auth/Dockerfile',
        '--platform',
        'linux/amd64',
        '--tag',
        `${IMAGE}:src-0123456789ab`,
        '--tag',
        `${IMAGE}:c0ffee`,
        '--output',
        'type=oci,dest=/tmp/a.oci.tar',
        'services/auth'
      ]
    ],
    [
      'cache read and written',
      {},
      { ref: `${IMAGE}:buildcache`, write: true },
      [
        'buildx',
        'build',
        '--file',
        'services/auth/Dockerfile',
        '--platform',
        'linux/amd64',
        '--tag',
        `${IMAGE}:src-0123456789ab`,
        '--tag',
        `${IMAGE}:c0ffee`,
        '--cache-from',
        `type=registry,ref=${IMAGE}:buildcache`,
        '--cache-to',
        CACHE_TO,
        '--output',
        'type=oci,dest=/tmp/a.oci.tar',
        'services/auth'
      ]
    ],
    [
      'cache read only (pull requests)',
      { tags: ['src-0123456789ab'] },
      { ref: 'cache.example.com/auth:cache', write: false },
      [
        'buildx',
        'build',
        '--file',
        'services/auth/Dockerfile',
        '--platform',
        'linux/amd64',
        '--tag',
        `${IMAGE}:src-0123456789ab`,
        '--cache-from',
        'type=registry,ref=cache.example.com/auth:cache',
        '--output',
        'type=oci,dest=/tmp/a.oci.tar',
        'services/auth'
      ]
    ],
    [
      'multi-platform, build args sorted, Dockerfile elsewhere',
      {
        tags: ['src-0123456789ab'],
        platforms: ['linux/amd64', 'linux/arm64'],
        buildArgs: { PORT: '8080', NODE_ENV: 'production', EMPTY: '' },
        dockerfile: '../../docker/auth.Dockerfile'
      },
      undefined,
      [
        'buildx',
        'build',
        '--file',
        'docker/auth.Dockerfile',
        '--platform',
        'linux/amd64,linux/arm64',
        '--build-arg',
        'EMPTY=',
        '--build-arg',
        'NODE_ENV=production',
        '--build-arg',
        'PORT=8080',
        '--tag',
        `${IMAGE}:src-0123456789ab`,
        '--output',
        'type=oci,dest=/tmp/a.oci.tar',
        'services/auth'
      ]
    ],
    [
      'context at the root',
      { context: '.', tags: ['src-0123456789ab'], buildArgs: { A: 'x=y z' } },
      undefined,
      [
        'buildx',
        'build',
        '--file',
        'Dockerfile',
        '--platform',
        'linux/amd64',
        '--build-arg',
        'A=x=y z',
        '--tag',
        `${IMAGE}:src-0123456789ab`,
        '--output',
        'type=oci,dest=/tmp/a.oci.tar',
        '.'
      ]
    ]
  ]
  it.each(cases)('%s', (_name, change, cache, expected) => {
    expect(dockerBuildArgs({ ...spec, ...change }, cache)).toEqual(expected)
  })
})

describe('podman argv', () => {
  const vfs = { storageDriver: 'vfs', isolation: 'chroot', root: '/s/root', runroot: '/s/run' }
  const cases: Array<[string, ReturnType<typeof podmanBuildArgs>, string[]]> = [
    [
      'build with podman defaults',
      podmanBuildArgs(spec, {}),
      [
        'build',
        '--file',
        'services/auth/Dockerfile',
        '--platform',
        'linux/amd64',
        '--tag',
        `${IMAGE}:src-0123456789ab`,
        '--tag',
        `${IMAGE}:c0ffee`,
        'services/auth'
      ]
    ],
    [
      'build on vfs with chroot isolation in its own storage',
      podmanBuildArgs({ ...spec, buildArgs: { BASE_IMAGE: 'localhost/busybox:1' } }, vfs),
      [
        '--root',
        '/s/root',
        '--runroot',
        '/s/run',
        '--storage-driver',
        'vfs',
        'build',
        '--isolation',
        'chroot',
        '--file',
        'services/auth/Dockerfile',
        '--platform',
        'linux/amd64',
        '--build-arg',
        'BASE_IMAGE=localhost/busybox:1',
        '--tag',
        `${IMAGE}:src-0123456789ab`,
        '--tag',
        `${IMAGE}:c0ffee`,
        'services/auth'
      ]
    ],
    [
      'registry cache read and written (a loopback registry: plain HTTP)',
      podmanBuildArgs(
        { ...spec, tags: ['src-0123456789ab'] },
        {},
        {
          repository: '127.0.0.1:5000/buildcache/auth',
          write: true,
          insecure: true
        }
      ),
      [
        'build',
        '--layers',
        '--cache-from',
        '127.0.0.1:5000/buildcache/auth',
        '--cache-to',
        '127.0.0.1:5000/buildcache/auth',
        '--tls-verify=false',
        '--file',
        'services/auth/Dockerfile',
        '--platform',
        'linux/amd64',
        '--tag',
        `${IMAGE}:src-0123456789ab`,
        'services/auth'
      ]
    ],
    [
      'registry cache read only',
      podmanBuildArgs(
        { ...spec, tags: ['src-0123456789ab'] },
        {},
        {
          repository: 'r.example.com/buildcache/auth',
          write: false,
          insecure: false
        }
      ),
      [
        'build',
        '--layers',
        '--cache-from',
        'r.example.com/buildcache/auth',
        '--file',
        'services/auth/Dockerfile',
        '--platform',
        'linux/amd64',
        '--tag',
        `${IMAGE}:src-0123456789ab`,
        'services/auth'
      ]
    ],
    [
      'storage driver only',
      podmanBuildArgs({ ...spec, tags: ['src-0123456789ab'] }, { storageDriver: 'overlay' }),
      [
        '--storage-driver',
        'overlay',
        'build',
        '--file',
        'services/auth/Dockerfile',
        '--platform',
        'linux/amd64',
        '--tag',
        `${IMAGE}:src-0123456789ab`,
        'services/auth'
      ]
    ],
    [
      'archive export of the content tag',
      podmanArchiveArgs(spec, vfs),
      [
        '--root',
        '/s/root',
        '--runroot',
        '/s/run',
        '--storage-driver',
        'vfs',
        'push',
        '--compression-format',
        'gzip',
        `${IMAGE}:src-0123456789ab`,
        'oci-archive:/tmp/a.oci.tar'
      ]
    ],
    [
      'docker login: password on stdin',
      loginArgs('docker', 'r.example.com', 'AWS'),
      ['login', '--username', 'AWS', '--password-stdin', 'r.example.com']
    ],
    [
      'podman login',
      loginArgs('podman', 'r.example.com:5000', 'AWS', { storageDriver: 'vfs' }),
      ['--storage-driver', 'vfs', 'login', '--username', 'AWS', '--password-stdin', 'r.example.com:5000']
    ],
    ['docker logout', logoutArgs('docker', 'r.example.com'), ['logout', 'r.example.com']],
    ['podman logout', logoutArgs('podman', 'r.example.com'), ['logout', 'r.example.com']]
  ]
  it.each(cases)('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected)
  })
})
