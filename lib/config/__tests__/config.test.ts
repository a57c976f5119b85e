import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError, loadConfig, parseConfig, selectServices } from '../config.js'
import { InputError } from '../../core/errors.js'

const F = 'shipline.yml'
const parse = (text: string) => parseConfig(text, F, '/repo')
const service = (body: string) => `version: 1\nservices:\n  auth-service:\n${body}`

describe('shipline.yml errors name the file, the key path and what was expected', () => {
  const cases: Array<[string, string, string]> = [
    [
      'context of the wrong type',
      service('    context: 42\n'),
      `${F}: services.auth-service.context: expected a string`
    ],
    [
      'context missing',
      service('    dockerfile: Dockerfile\n'),
      `${F}: services.auth-service.context: is missing; expected a build context directory relative to the repository root, such as services/auth`
    ],
    [
      'absolute context',
      service('    context: /srv/auth\n'),
      `${F}: services.auth-service.context: expected a build context directory relative to the repository root, such as services/auth, got "/srv/auth"`
    ],
    [
      'context escaping the repository',
      service('    context: ../other\n'),
      `${F}: services.auth-service.context: expected a build context directory relative to the repository root, such as services/auth, got "../other"`
    ],
    [
      'unknown service key',
      service('    context: a\n    dockerfle: Dockerfile\n'),
      `${F}: services.auth-service.dockerfle: unknown key; accepted keys: context, dockerfile, watch, build-args, platforms, workload`
    ],
    [
      'unknown top-level key',
      'version: 1\nservice: {}\nservices:\n  a: {context: a}\n',
      `${F}: service: unknown key; accepted keys: version, environment, services, cdn, static`
    ],
    ['wrong version', 'version: 2\nservices:\n  a: {context: a}\n', `${F}: version: expected 1, got 2`],
    [
      'missing version',
      'services:\n  a: {context: a}\n',
      `${F}: version: is missing; expected the configuration format version, 1`
    ],
    ['no services', 'version: 1\nservices: {}\n', `${F}: services: expected at least one service, got none`],
    ['services as a list', 'version: 1\nservices: [a, b]\n', `${F}: services: expected a mapping`],
    [
      'bad service name',
      'version: 1\nservices:\n  Auth_Service: {context: a}\n',
      `${F}: services.Auth_Service: invalid name; expected a service name in lower-case letters and digits, separated by ".", "_" or "-" (it names the image repository)`
    ],
    [
      'empty watch list',
      service('    context: a\n    watch: []\n'),
      `${F}: services.auth-service.watch: expected a list of paths relative to the repository root, such as [services/auth, libs/common], got an empty list`
    ],
    [
      'watch item not a path',
      service('    context: a\n    watch: [a, /etc]\n'),
      `${F}: services.auth-service.watch[1]: expected a path relative to the repository root, such as libs/common, got "/etc"`
    ],
    [
      'duplicate platforms',
      service('    context: a\n    platforms: [linux/amd64, linux/amd64]\n'),
      `${F}: services.auth-service.platforms: expected no duplicates, got "linux/amd64" twice`
    ],
    [
      'bad platform',
      service('    context: a\n    platforms: [amd64]\n'),
      `${F}: services.auth-service.platforms[0]: expected a platform such as linux/amd64 or linux/arm64/v8, got "amd64"`
    ],
    [
      'build arg with a list value',
      service('    context: a\n    build-args: { NODE_ENV: [production] }\n'),
      `${F}: services.auth-service.build-args.NODE_ENV: expected a string, a number or a boolean`
    ],
    [
      'bad build arg name',
      service('    context: a\n    build-args: { 1ENV: x }\n'),
      `${F}: services.auth-service.build-args.1ENV: invalid name; expected a build argument name (letters, digits and "_", not starting with a digit)`
    ],
    [
      'bad workload',
      service('    context: a\n    workload: pod/auth\n'),
      `${F}: services.auth-service.workload: expected a workload such as deployment/auth-service (deployment, statefulset or daemonset), got "pod/auth"`
    ],
    [
      'cdn path without a slash',
      'version: 1\nservices:\n  a: {context: a}\ncdn:\n  paths: [index.html]\n',
      `${F}: cdn.paths[0]: expected a path starting with "/", with "*" only at its end, such as /static/*, got "index.html"`
    ],
    [
      'a cdn service that is not a service',
      'version: 1\nservices:\n  a: {context: a}\ncdn:\n  services: [frontend]\n',
      `${F}: cdn.services.0: expected a service of this file (a), got "frontend"`
    ],
    [
      'unknown cdn key',
      'version: 1\nservices:\n  a: {context: a}\ncdn:\n  path: [/index.html]\n',
      `${F}: cdn.path: unknown key; accepted keys: paths, services`
    ],
    [
      'static without dir',
      'version: 1\nservices:\n  a: {context: a}\nstatic:\n  build: npm run build\n',
      `${F}: static.dir: is missing; expected the build output directory relative to the repository root, such as frontend/dist`
    ],
    [
      'static dir escaping the repository',
      'version: 1\nservices:\n  a: {context: a}\nstatic:\n  dir: ../site\n',
      `${F}: static.dir: expected the build output directory relative to the repository root, such as frontend/dist, got "../site"`
    ],
    [
      'static keep out of range',
      'version: 1\nservices:\n  a: {context: a}\nstatic:\n  dir: dist\n  keep: 0\n',
      `${F}: static.keep: expected how many publishes keep their assets, from 1 to 50 (default 3), got 0`
    ],
    [
      'static cache rule without cache-control',
      "version: 1\nservices:\n  a: {context: a}\nstatic:\n  dir: dist\n  cache: [{ match: '*.png' }]\n",
      `${F}: static.cache[0].cache-control: is missing; expected a Cache-Control value such as public, max-age=604800`
    ],
    [
      'bad environment',
      'version: 1\nenvironment: prod env\nservices:\n  a: {context: a}\n',
      `${F}: environment: expected an environment name such as production (letters, digits, ".", "_", "-"), got "prod env"`
    ],
    [
      'several errors on one line',
      'version: 3\nservices:\n  a: {context: 1}\n',
      `${F}: version: expected 1, got 3; ${F}: services.a.context: expected a string`
    ],
    [
      'YAML syntax error with line and column',
      'version: 1\nservices:\n  a: {context: "x"\n',
      `${F}:4:1: invalid YAML: unexpected end of the stream within a flow collection`
    ],
    [
      'duplicate key',
      'version: 1\nservices:\n  a: {context: a}\n  a: {context: b}\n',
      `${F}:4:3: invalid YAML: duplicated mapping key`
    ],
    ['empty file', '', `${F}: the file is empty; expected a mapping with version and services`],
    ['a scalar', 'hello\n', `${F}: expected a mapping`]
  ]

  it.each(cases)('%s', (_name, text, message) => {
    let error: unknown
    try {
      parse(text)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toBe(message)
    expect((error as Error).message).not.toContain('\n')
  })
})

describe('shipline.yml defaults and the example', () => {
  it('applies the defaults: dockerfile Dockerfile, watch [context], platforms [linux/amd64]', () => {
    const config = parse('version: 1\nservices:\n  auth-service:\n    context: ./services/auth/\n')
    expect(config.services).toEqual([
      {
        name: 'auth-service',
        context: 'services/auth',
        dockerfile: 'Dockerfile',
        watch: ['services/auth'],
        buildArgs: {},
        platforms: ['linux/amd64']
      }
    ])
    expect(config.cdn).toEqual({ paths: [], services: [] })
    expect(config.root).toBe('/repo')
  })

  it('keeps every key as written, build args as strings', () => {
    const config = parse(
      [
        'version: 1',
        'environment: production',
        'services:',
        '  auth-service:',
        '    context: services/auth',
        '    dockerfile: docker/Dockerfile.prod',
        '    watch: [services/auth, libs/common]',
        '    build-args: { NODE_ENV: production, PORT: 8080, DEBUG: false }',
        '    platforms: [linux/amd64, linux/arm64]',
        '    workload: deployment/auth-service',
        'cdn:',
        '  paths: [/index.html, /static/*]',
        ''
      ].join('\n')
    )
    expect(config.environment).toBe('production')
    expect(config.services[0]).toEqual({
      name: 'auth-service',
      context: 'services/auth',
      dockerfile: 'docker/Dockerfile.prod',
      watch: ['services/auth', 'libs/common'],
      buildArgs: { NODE_ENV: 'production', PORT: '8080', DEBUG: 'false' },
      platforms: ['linux/amd64', 'linux/arm64'],
      workload: 'deployment/auth-service'
    })
    expect(config.cdn.paths).toEqual(['/index.html', '/static/*'])
  })

  it('loads the reference example: the nine services of DESIGN.md, each with a Dockerfile', async () => {
    const examples = fileURLToPath(new URL('../../../examples/', import.meta.url))
    const config = await loadConfig('shipline.yml', examples)
    expect(config.services.map(s => s.name)).toEqual([
      'auth-service',
      'hr-service',
      'finance-service',
      'operation-service',
      'gateway-service',
      'discovery-server',
      'config-server',
      'reporting-service',
      'frontend'
    ])
    expect(config.services.find(s => s.name === 'frontend')?.context).toBe('frontend')
    expect(config.services.find(s => s.name === 'hr-service')?.context).toBe('services/hr-service')
    expect(config.cdn.paths).toEqual(['/index.html', '/static/*'])
  })

  it('reads the static section with its defaults; a static frontend no longer invalidates through cdn.services', () => {
    const config = parse(
      'version: 1\nservices:\n  frontend: {context: web}\nstatic:\n  dir: ./web/dist/\n  build: npm run build\n  context: web\n  prefix: app\n'
    )
    expect(config.static).toEqual({
      dir: 'web/dist',
      build: 'npm run build',
      context: 'web',
      watch: ['web'],
      prefix: 'app/',
      entryPoints: [],
      keep: 3,
      cache: []
    })
    expect(config.cdn.services).toEqual([])
    expect(parse('version: 1\nservices:\n  frontend: {context: web}\n').cdn.services).toEqual(['frontend'])
    expect(parse('version: 1\nservices:\n  a: {context: a}\nstatic: {dir: public}\n').static?.watch).toEqual([
      'public'
    ])
  })

  it('says which file is missing and how to name another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipline-config-'))
    await expect(loadConfig('shipline.yml', dir)).rejects.toThrow(
      `shipline.yml: file not found in ${dir}; run from the repository root or name the file (--config, input "config")`
    )
    writeFileSync(join(dir, 'other.yml'), 'version: 1\nservices:\n  a: {context: a}\n')
    expect((await loadConfig('other.yml', dir)).services).toHaveLength(1)
  })

  it('selects services by name and rejects unknown names with the known ones', () => {
    const config = parse('version: 1\nservices:\n  a: {context: a}\n  b: {context: b}\n')
    expect(selectServices(config, []).map(s => s.name)).toEqual(['a', 'b'])
    expect(selectServices(config, ['b']).map(s => s.name)).toEqual(['b'])
    expect(() => selectServices(config, ['c'])).toThrow(
      'Input "service": "c" is not a service of shipline.yml; accepted: a, b'
    )
  })
})

describe('Dockerfile outside the context', () => {
  it('is accepted inside the repository and refused outside it', () => {
    const ok = parseConfig(
      'version: 1\nservices:\n  a: {context: s/a, dockerfile: ../../docker/a.Dockerfile}\n',
      F,
      '/r'
    )
    expect(ok.services[0].dockerfile).toBe('../../docker/a.Dockerfile')
    expect(() =>
      parseConfig('version: 1\nservices:\n  a: {context: s/a, dockerfile: ../../../a.Dockerfile}\n', F, '/r')
    ).toThrow(
      `${F}: services.a.dockerfile: expected a Dockerfile inside the repository, got "../../../a.Dockerfile" (../a.Dockerfile)`
    )
  })
})
