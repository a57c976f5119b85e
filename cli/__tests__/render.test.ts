/** `shipline render`: the final YAML, images pinned, in apply order; bad input is an InputError. */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { loadAll } from 'js-yaml'
import type { KubeObject } from '../../lib/kube/client.js'
import { createCommand } from '../src/commands/render.js'
import { defaultRunner, type Runner } from '../../lib/kube/sources.js'

const MANIFESTS = resolve('__fixtures__/manifests')
const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
const digest = (c: string) => `sha256:${c.repeat(64)}`

async function render(values: Record<string, string | string[] | boolean>) {
  let stdout = ''
  const commands: string[][] = []
  const runCommand: Runner = (command, args) => {
    commands.push([command, ...args])
    return defaultRunner(command, args)
  }
  const code = await createCommand({ runCommand, stdout: text => (stdout += text), cwd: MANIFESTS }).run({
    values,
    positionals: []
  })
  return { code, stdout, commands }
}

describe('shipline render', () => {
  it('prints the kustomization with every matching container pinned, namespaces first', async () => {
    const { code, stdout, commands } = await render({
      manifests: ['erp'],
      images: [
        `auth-service=${ECR}/auth-service@${digest('a')}`,
        `reporting-service=${ECR}/reporting-service@${digest('b')}`
      ]
    })
    expect(code).toBe(0)
    expect(commands).toEqual([['kubectl', 'kustomize', resolve(MANIFESTS, 'erp')]])
    const objects = loadAll(stdout) as KubeObject[]
    expect(objects[0]).toMatchObject({ kind: 'Namespace', metadata: { name: 'erp' } })
    expect(objects.map(o => o.kind)).toEqual([
      'Namespace',
      'ConfigMap',
      'Service',
      'DaemonSet',
      'Deployment',
      'StatefulSet',
      'Job',
      'CronJob'
    ])
    expect(stdout).toContain(`image: ${ECR}/auth-service@${digest('a')}`)
    expect(stdout.match(new RegExp(`image: ${ECR}/reporting-service@${digest('b')}`, 'g'))).toHaveLength(2)
    expect(stdout).not.toContain('auth-service:latest')
    expect(stdout).not.toContain('registry.example.com/erp/reporting-service:2.3.1')
    expect(stdout).toContain('image: public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2')
  })

  it('accepts files and globs, and tags with --allow-tags', async () => {
    const { stdout } = await render({
      manifests: ['plain/*.yaml', 'plain/namespace.yml'],
      images: ['gateway-service=gateway:3.1.0'],
      'allow-tags': true
    })
    expect((loadAll(stdout) as KubeObject[]).map(o => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Namespace/erp',
      'Deployment/gateway-service'
    ])
    expect(stdout).toContain('image: gateway:3.1.0')
  })

  it.each([
    [
      { images: [`auth-service=${ECR}/auth-service@${digest('a')}`] },
      'Input "manifests": is required but was empty; accepted: one value per line'
    ],
    [
      { manifests: ['plain'], images: ['gateway-service=gateway:3.1.0'] },
      'Input "images": "gateway:3.1.0" (for gateway-service) has a tag but no digest; accepted: references pinned by digest (repository@sha256:<64 hex digits>), or tags with allow-tags: true'
    ],
    [{ manifests: ['nowhere'] }, 'Input "manifests": "nowhere" does not exist'],
    [
      { manifests: ['plain'], images: [`payroll=${ECR}/payroll@${digest('a')}`] },
      'Input "images": "payroll" matches no container image in the manifests'
    ]
  ])('refuses %j with an InputError (exit 2)', async (values, message) => {
    const commands: string[][] = []
    const command = createCommand({
      cwd: MANIFESTS,
      runCommand: async (c, a) => {
        commands.push([c, ...a])
        return { stdout: '' }
      },
      stdout: () => undefined
    })
    const error = await command.run({ values, positionals: [] }).catch(e => e)
    expect(error.name).toBe('InputError')
    expect(error.message.startsWith(message)).toBe(true)
    // Validation happens before kubectl runs, except for the images check, which needs the rendered manifests.
    expect(commands).toEqual([])
  })
})
