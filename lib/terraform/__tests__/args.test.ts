import { describe, expect, it } from '@jest/globals'
import { applyArgs, initArgs, planArgs, showArgs, workspaceArgs } from '../args.js'

const base = {
  backendConfig: [],
  varFiles: [],
  planFile: '/r/infra/default.tfplan',
  lockTimeoutSeconds: 300,
  workspace: 'default',
  lock: true
}

describe('terraform argv', () => {
  it.each<[string, string[], string[]]>([
    ['init', initArgs(base), ['init', '-input=false', '-no-color']],
    [
      'init with backend settings',
      initArgs({ backendConfig: ['bucket=s', 'key=a=b'] }),
      ['init', '-input=false', '-no-color', '-backend-config=bucket=s', '-backend-config=key=a=b']
    ],
    ['workspace', workspaceArgs('production'), ['workspace', 'select', '-or-create=true', 'production']],
    [
      'plan',
      planArgs(base),
      [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        '-lock-timeout=300s',
        '-out=/r/infra/default.tfplan'
      ]
    ],
    [
      'plan without the state lock (lock: false): no lock, so no lock timeout',
      planArgs({ ...base, lock: false }),
      [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        '-lock=false',
        '-out=/r/infra/default.tfplan'
      ]
    ],
    [
      'destroy plan with variables',
      planArgs(
        {
          ...base,
          varFiles: ['/r/a.tfvars', '/r/b.tfvars'],
          lockTimeoutSeconds: 0
        },
        { destroy: true, varsFile: '/tmp/runner/shipline-vars-x/vars.tfvars.json' }
      ),
      [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        '-lock-timeout=0s',
        '-out=/r/infra/default.tfplan',
        '-destroy',
        '-var-file=/r/a.tfvars',
        '-var-file=/r/b.tfvars',
        '-var-file=/tmp/runner/shipline-vars-x/vars.tfvars.json'
      ]
    ],
    [
      'a read-only plan: no lock taken, none waited for',
      planArgs({ ...base, lock: false }),
      [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        '-lock=false',
        '-out=/r/infra/default.tfplan'
      ]
    ],
    ['show', showArgs('/r/p.tfplan'), ['show', '-json', '/r/p.tfplan']],
    [
      'apply',
      applyArgs({ lockTimeoutSeconds: 90 }, '/r/p.tfplan'),
      ['apply', '-input=false', '-no-color', '-lock-timeout=90s', '/r/p.tfplan']
    ]
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected)
  })
})
