/**
 * The plan comment rendered from every real plan under ../shared/fixtures/terraform-plan-json/ and
 * from larger plans made of their resource shapes: counts (checked against Terraform's own text
 * output where the same plan exists as text), destroy/replace lists, sensitive masking, drift,
 * outputs, errors, and the risk-aware size limit.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  COMMENT_LIMIT,
  renderPlanComment,
  renderPlanCommentFromJson,
  renderPlanFailure
} from '../plan-comment.js'
import { type Change, parsePlanJson, type PlanJson, type ResourceChange } from '../plan-json.js'
import { PLAN_JSON, PLAN_TEXT } from '../../../__fixtures__/terraform-sandbox.js'

function load(name: string): PlanJson {
  return parsePlanJson(readFileSync(join(PLAN_JSON, name), 'utf8'), name)
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

const FIXTURES: Record<
  string,
  { counts: [number, number, number]; replace?: number; destroys: string[]; first: string }
> = {
  'infracost-aws-v0.14-plan.json': {
    counts: [12, 1, 0],
    destroys: [],
    first: '**Plan: 12 to add, 1 to change, 0 to destroy.**'
  },
  'terraform-basic-create.json': {
    counts: [3, 0, 0],
    destroys: [],
    first: '**Plan: 3 to add, 0 to change, 0 to destroy.**'
  },
  'terraform-basic-delete.json': {
    counts: [0, 1, 1],
    destroys: ['test_instance.test-delete'],
    first: '**Plan: 0 to add, 1 to change, 1 to destroy.**'
  },
  'terraform-basic-update.json': {
    counts: [0, 0, 0],
    destroys: [],
    first:
      '**Plan: 0 to add, 0 to change, 0 to destroy.** No changes: the infrastructure matches the configuration.'
  },
  'terraform-conditions.json': {
    counts: [2, 0, 0],
    destroys: [],
    first: '**Plan: 2 to add, 0 to change, 0 to destroy.**'
  },
  'terraform-drift.json': {
    counts: [0, 2, 0],
    destroys: [],
    first: '**Plan: 0 to add, 2 to change, 0 to destroy.**'
  },
  'terraform-equivalence-drift_relevant_attributes.json': {
    counts: [0, 2, 0],
    destroys: [],
    first: '**Plan: 0 to add, 2 to change, 0 to destroy.**'
  },
  'terraform-equivalence-local_provider_update.json': {
    counts: [1, 0, 1],
    replace: 1,
    destroys: ['local_file.local_file'],
    first: '**Plan: 1 to add, 0 to change, 1 to destroy.** 1 to replace.'
  },
  'terraform-modules.json': {
    counts: [4, 0, 0],
    destroys: [],
    first: '**Plan: 4 to add, 0 to change, 0 to destroy.**'
  },
  'terraform-nested-modules.json': {
    counts: [1, 0, 0],
    destroys: [],
    first: '**Plan: 1 to add, 0 to change, 0 to destroy.**'
  },
  'terraform-plan-error.json': {
    counts: [0, 0, 0],
    destroys: [],
    first: '**:x: Plan failed.** Planned before the error: 0 to add, 0 to change, 0 to destroy.'
  },
  'terraform-provider-aliasing.json': {
    counts: [10, 0, 0],
    destroys: [],
    first: '**Plan: 10 to add, 0 to change, 0 to destroy.**'
  },
  'terraform-unknown-output.json': {
    counts: [0, 0, 0],
    destroys: [],
    first: '**Plan: 0 to add, 0 to change, 0 to destroy.** Only outputs change.'
  }
}

describe('every plan fixture', () => {
  it('is covered by this table', () => {
    const files = readdirSync(PLAN_JSON).filter(f => f.endsWith('.json'))
    expect(files.sort()).toEqual(Object.keys(FIXTURES).sort())
  })

  it.each(Object.entries(FIXTURES))('%s: counts, first line, destroy list, size', (name, expected) => {
    const plan = load(name)
    const before = clone(plan)
    const rendered = renderPlanComment(plan, { planSha256: 'c'.repeat(64) })
    const [add, change, destroy] = expected.counts
    expect(rendered.counts).toMatchObject({ add, change, destroy, replace: expected.replace ?? 0 })
    expect(rendered.markdown.split('\n')[0]).toBe(expected.first)
    expect(rendered.markdown.split('\n')[1]).toBe(`plan sha256 \`${'c'.repeat(64)}\``)
    expect(rendered.destroys).toEqual(expected.destroys)
    const riskLines = rendered.markdown.split('\n').filter(line => line.startsWith('- :warning: '))
    expect(riskLines.map(line => /`([^`]+)`/.exec(line)?.[1])).toEqual(expected.destroys)
    expect(rendered.markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(rendered.truncated).toBe(false)
    // A pure function: the same output again, and the plan left as it was.
    expect(renderPlanComment(plan, { planSha256: 'c'.repeat(64) }).markdown).toBe(rendered.markdown)
    expect(plan).toEqual(before)
  })

  it.each([
    ['terraform-equivalence-local_provider_update'],
    ['terraform-equivalence-drift_relevant_attributes']
  ])('%s: the counts line is the one Terraform printed for the same plan', name => {
    const text = readFileSync(join(PLAN_TEXT, `${name}.txt`), 'utf8')
    const terraformSays = /^Plan: (.*)\.$/m.exec(text)?.[1]
    const rendered = renderPlanComment(load(`${name}.json`))
    expect(rendered.markdown.split('\n')[0]).toContain(`**Plan: ${terraformSays}.**`)
  })

  it('lists a replacement with its reason and the attribute that forced it', () => {
    const { markdown } = renderPlanComment(load('terraform-equivalence-local_provider_update.json'))
    expect(markdown).toContain(
      '- :warning: **replace** `local_file.local_file`: a change cannot be made in place; `content` forces replacement\n'
    )
    expect(markdown).toContain(
      '! content = "{\\"hello\\":\\"world\\"}" -> "{\\"goodbye\\":\\"world\\"}"  # forces replacement'
    )
    expect(markdown).toContain('! id = "2248ee2fa0aaaad99178531f924bf00b4b0a8f4e" -> (known after apply)')
  })

  it('lists a destroy with its reason before the changes', () => {
    const { markdown } = renderPlanComment(load('terraform-basic-delete.json'))
    const risk = markdown.indexOf(
      '- :warning: **destroy** `test_instance.test-delete`: its resource block is no longer in the configuration'
    )
    expect(risk).toBeGreaterThan(0)
    expect(risk).toBeLessThan(markdown.indexOf('### Changes'))
    expect(markdown).toContain('- ami = "foo"')
  })

  it('groups changes by module, root first, and by action', () => {
    const { markdown } = renderPlanComment(load('terraform-provider-aliasing.json'))
    const headings = markdown.split('\n').filter(line => line.startsWith('#### '))
    expect(headings).toEqual([
      '#### Root module',
      '#### Module `module.child`',
      '#### Module `module.child.module.grandchild`',
      '#### Module `module.sibling`',
      '#### Module `module.sibling.module.grandchild`'
    ])
    expect(markdown.match(/^\*\*create\*\* \(2\)$/gm)).toHaveLength(5)
    expect(renderPlanComment(load('terraform-nested-modules.json')).markdown).toContain(
      '#### Module `module.my_module.module.more`'
    )
  })

  it('shows only the drift that is relevant to the plan (relevant_attributes)', () => {
    const { markdown } = renderPlanComment(load('terraform-equivalence-drift_relevant_attributes.json'))
    const drift = markdown.slice(markdown.indexOf('### Changed outside of Terraform'))
    expect(drift).toContain('<code>tfcoremock_simple_resource.base</code> changed outside of Terraform')
    expect(drift).toContain('! string = "Hello, world!" -> "Hello, drift!"')
    // The drifted `number` is not a relevant attribute: Terraform does not show it either.
    expect(drift).not.toContain('number')
  })

  it('shows all drift when the plan names no relevant attributes', () => {
    const { markdown } = renderPlanComment(load('terraform-drift.json'))
    expect(markdown).toContain('! ami = "refresh-me" -> "refreshed"')
  })

  it('shows output changes, with unknown values as known after apply', () => {
    const { markdown } = renderPlanComment(load('terraform-unknown-output.json'))
    expect(markdown).toContain('### Outputs')
    expect(markdown).toContain('+ bar[1] = (known after apply)')
    expect(markdown).toContain('+ baz.time = (known after apply)')
    expect(markdown).toContain('+ foo = "hello"')
  })

  it('shows an errored plan as an error', () => {
    const { markdown } = renderPlanComment(load('terraform-plan-error.json'))
    expect(markdown).toContain(
      '> [!CAUTION]\n> Terraform reported an error while planning: this plan is incomplete and cannot be applied.'
    )
  })

  it('renders format 0.x plans (Terraform 0.14) and hides attributes named as secrets, which 0.x does not mark', () => {
    const plan = load('infracost-aws-v0.14-plan.json')
    expect(plan.format_version).toBe('0.1')
    const { markdown } = renderPlanComment(plan)
    expect(markdown).toContain('#### Module `module.db.module.db_2.module.db_instance`')
    expect(markdown).toContain('+ password = (sensitive value)')
    expect(markdown).not.toContain('YourPwdShouldBeLongAndSecure!')
    expect(markdown).toContain('- vpc_security_group_ids[0] = "sg-5277e14a"')
  })
})

describe('sensitive values', () => {
  const SECRETS = [
    's3cr3t-before',
    's3cr3t-after',
    'deep-secret-1',
    'deep-secret-2',
    'output-secret',
    'list-secret'
  ]

  function sensitivePlan(): PlanJson {
    const plan = load('terraform-equivalence-local_provider_update.json')
    const change = (plan.resource_changes as ResourceChange[])[0].change
    Object.assign(change.before as object, {
      sensitive_content: 's3cr3t-before',
      settings: { public: 'visible-1', nested: { token: 'deep-secret-1' } },
      ports: [80, 'list-secret']
    })
    Object.assign(change.after as object, {
      sensitive_content: 's3cr3t-after',
      settings: { public: 'visible-2', nested: { token: 'deep-secret-2' } },
      ports: [443, 'list-secret']
    })
    change.before_sensitive = {
      sensitive_content: true,
      settings: { nested: { token: true } },
      ports: [false, true]
    }
    change.after_sensitive = { sensitive_content: true, settings: { nested: true }, ports: [false, true] }
    plan.output_changes = {
      db_password: {
        actions: ['update'],
        before: 'x-old',
        after: 'output-secret',
        before_sensitive: true,
        after_sensitive: true
      },
      endpoint: {
        actions: ['create'],
        before: null,
        after: 'db.internal',
        before_sensitive: false,
        after_sensitive: false
      }
    }
    plan.resource_drift = [
      {
        address: 'local_file.local_file',
        mode: 'managed',
        change: {
          actions: ['update'],
          before: { sensitive_content: 'drift-secret-a' },
          after: { sensitive_content: 'drift-secret-b' },
          before_sensitive: { sensitive_content: true },
          after_sensitive: { sensitive_content: true }
        }
      }
    ]
    return plan
  }

  it('never shows a marked value, at any depth, in resources, outputs or drift', () => {
    const { markdown } = renderPlanComment(sensitivePlan())
    for (const secret of [...SECRETS, 'x-old', 'drift-secret-a', 'drift-secret-b'])
      expect(markdown).not.toContain(secret)
    expect(markdown).toContain('! sensitive_content = (sensitive value) -> (sensitive value)')
    expect(markdown).toContain('! settings.public = "visible-1" -> "visible-2"')
    // `nested` is marked whole on the after side: the whole of it is hidden.
    expect(markdown).toContain('! settings.nested = (sensitive value) -> (sensitive value)')
    expect(markdown).toContain('! ports[0] = 80 -> 443')
    expect(markdown).toContain('! db_password = (sensitive value) -> (sensitive value)')
    expect(markdown).toContain('+ endpoint = "db.internal"')
  })

  it('never shows them in the job-summary render either, nor when cut', () => {
    for (const maxChars of [1_000_000, 3000, 1200]) {
      const { markdown } = renderPlanComment(sensitivePlan(), { maxChars })
      for (const secret of SECRETS) expect(markdown).not.toContain(secret)
      expect(markdown.length).toBeLessThanOrEqual(maxChars)
    }
  })

  it('does not show an unchanged sensitive value as a change', () => {
    const plan = sensitivePlan()
    const change = (plan.resource_changes as ResourceChange[])[0].change
    ;(change.after as Record<string, unknown>).sensitive_content = 's3cr3t-before'
    plan.resource_drift = []
    expect(renderPlanComment(plan).markdown).not.toContain('sensitive_content')
  })
})

describe('actions and reasons', () => {
  function rc(
    address: string,
    change: Partial<Change> & { actions: string[] },
    extra: Partial<ResourceChange> = {}
  ): ResourceChange {
    return {
      address,
      mode: 'managed',
      type: address.split('.')[0],
      name: 'x',
      change: { before: null, after: null, ...change },
      ...extra
    }
  }

  const plan = (changes: ResourceChange[]): PlanJson => ({ format_version: '1.2', resource_changes: changes })

  it('counts moves, imports and forgets apart, as Terraform does, and shows each', () => {
    const { markdown, counts } = renderPlanComment(
      plan([
        rc(
          'aws_s3_bucket.assets',
          { actions: ['no-op'], before: { b: 1 }, after: { b: 1 } },
          { previous_address: 'aws_s3_bucket.static' }
        ),
        rc('aws_iam_role.ci', {
          actions: ['no-op'],
          before: { a: 1 },
          after: { a: 1 },
          importing: { id: 'ci-role' }
        }),
        rc('aws_instance.old', { actions: ['forget'], before: { id: 'i-1' } }),
        rc(
          'aws_sqs_queue.jobs',
          { actions: ['update'], before: { n: 1 }, after: { n: 2 } },
          { previous_address: 'aws_sqs_queue.q' }
        ),
        rc('data.aws_ami.ubuntu', { actions: ['read'], after: { id: 'ami-1' } }, { mode: 'data' })
      ])
    )
    expect(counts).toEqual({ add: 0, change: 1, destroy: 0, replace: 0, move: 2, import: 1, forget: 1 })
    expect(markdown.split('\n')[0]).toBe(
      '**Plan: 0 to add, 1 to change, 0 to destroy.** 2 moved, 1 to import, 1 to forget.'
    )
    expect(markdown).toContain('- `aws_s3_bucket.assets` (moved from aws_s3_bucket.static)')
    expect(markdown).toContain('- `aws_iam_role.ci` (import id ci-role)')
    expect(markdown).toContain('**forget (removed from state, not destroyed)** (1)')
    expect(markdown).toContain('<code>aws_sqs_queue.jobs</code> (moved from aws_sqs_queue.q)')
    expect(markdown).toContain('**read (data sources)** (1)')
  })

  it('shows an unknown action and an unknown reason as Terraform wrote them, without failing', () => {
    const { markdown, counts } = renderPlanComment(
      plan([
        rc('aws_instance.a', { actions: ['frobnicate'], before: { x: 1 }, after: { x: 2 } }),
        rc(
          'aws_instance.b',
          { actions: ['delete', 'create'], before: { x: 1 }, after: { x: 1 } },
          { action_reason: 'replace_because_cosmic_rays' }
        ),
        rc('aws_instance.c', { actions: ['delete', 'forget'], before: { x: 1 } })
      ])
    )
    expect(counts).toMatchObject({ add: 1, change: 0, destroy: 1, replace: 1 })
    expect(markdown).toContain('**unknown action** (2)')
    expect(markdown).toContain('(actions: frobnicate)')
    expect(markdown).toContain(
      '- :warning: **replace** `aws_instance.b`: reason "replace_because_cosmic_rays"'
    )
    expect(markdown).toContain('- :warning: **delete, forget** `aws_instance.c`')
  })

  it('words every reason Terraform documents, and marks create-before-destroy and deposed objects', () => {
    const { markdown } = renderPlanComment(
      plan([
        rc('a.tainted', { actions: ['delete', 'create'] }, { action_reason: 'replace_because_tainted' }),
        rc('a.requested', { actions: ['create', 'delete'] }, { action_reason: 'replace_by_request' }),
        rc('a.triggered', { actions: ['delete', 'create'] }, { action_reason: 'replace_by_triggers' }),
        rc('a.nomodule', { actions: ['delete'] }, { action_reason: 'delete_because_no_module' }),
        rc('a.repetition', { actions: ['delete'] }, { action_reason: 'delete_because_wrong_repetition' }),
        rc('a.count[3]', { actions: ['delete'] }, { action_reason: 'delete_because_count_index' }),
        rc('a.each["x"]', { actions: ['delete'] }, { action_reason: 'delete_because_each_key' }),
        rc('a.moved', { actions: ['delete'] }, { action_reason: 'delete_because_no_move_target' }),
        rc('a.deposed', { actions: ['delete'], before: { id: 'old' } }, { deposed: '00000001' })
      ])
    )
    expect(markdown).toContain('`a.tainted`: it is tainted')
    expect(markdown).toContain(
      '`a.requested` (replacement created first): replacement was requested (-replace)'
    )
    expect(markdown).toContain('`a.triggered`: a reference in its replace_triggered_by changed')
    expect(markdown).toContain('`a.nomodule`: its module is no longer in the configuration')
    expect(markdown).toContain('`a.repetition`: count / for_each changed how the resource repeats')
    expect(markdown).toContain('`a.count[3]`: its count index is beyond the new count')
    expect(markdown).toContain('`a.each["x"]`: its for_each key is no longer in the collection')
    expect(markdown).toContain('`a.moved`: a moved block points at an address with no configuration')
    expect(markdown).toContain('`a.deposed` (deposed object `00000001`)')
  })

  it('renders a replace_paths entry with list indexes and odd keys', () => {
    const { markdown } = renderPlanComment(
      plan([
        rc(
          'aws_instance.web',
          {
            actions: ['delete', 'create'],
            before: { ebs: [{ size: 8 }], tags: { 'app.kubernetes.io/name': 'a' } },
            after: { ebs: [{ size: 16 }], tags: { 'app.kubernetes.io/name': 'b' } },
            replace_paths: [
              ['ebs', 0, 'size'],
              ['tags', 'app.kubernetes.io/name']
            ]
          },
          { action_reason: 'replace_because_cannot_update' }
        )
      ])
    )
    expect(markdown).toContain('`ebs[0].size`, `tags["app.kubernetes.io/name"]` force replacement')
    expect(markdown).toContain('! ebs[0].size = 8 -> 16  # forces replacement')
  })
})

// ---------------------------------------------------------------------------------------------
// Size: plans made of the fixtures' real resource shapes, many times over.

function shapes() {
  const infracost = load('infracost-aws-v0.14-plan.json').resource_changes as ResourceChange[]
  return {
    create: infracost.find(rc => rc.address === 'aws_instance.instance_2') as ResourceChange,
    update: infracost.find(rc => rc.change.actions[0] === 'update') as ResourceChange,
    replace: (
      load('terraform-equivalence-local_provider_update.json').resource_changes as ResourceChange[]
    )[0],
    delete: (load('terraform-basic-delete.json').resource_changes as ResourceChange[]).find(
      rc => rc.change.actions[0] === 'delete'
    ) as ResourceChange
  }
}

function bigPlan(
  counts: { create?: number; update?: number; replace?: number; delete?: number },
  modules = 10
): PlanJson {
  const s = shapes()
  const changes: ResourceChange[] = []
  for (const kind of ['delete', 'replace', 'update', 'create'] as const) {
    for (let i = 0; i < (counts[kind] ?? 0); i++) {
      const shape = clone(s[kind])
      const module = `module.m${i % modules}`
      shape.module_address = module
      shape.address = `${module}.${shape.type}.${kind}_${i}`
      changes.push(shape)
    }
  }
  return { format_version: '1.2', resource_changes: changes }
}

describe('the 65,536-character limit', () => {
  it('drops details from low-risk changes first and keeps every destroy/replace line', () => {
    const plan = bigPlan({ create: 3000, update: 400, replace: 30, delete: 20 })
    const rendered = renderPlanComment(plan)
    const { markdown } = rendered
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(rendered.truncated).toBe(true)
    expect(rendered.counts).toMatchObject({ add: 3030, change: 400, destroy: 50, replace: 30 })
    for (const rc of plan.resource_changes ?? [])
      if (rc.change.actions.includes('delete'))
        expect(markdown).toContain(
          `**${rc.change.actions.length === 2 ? 'replace' : 'destroy'}** \`${rc.address}\``
        )
    // Replace details survive, create details go first.
    expect(markdown).toContain('<code>module.m0.local_file.replace_0</code>')
    expect(markdown).not.toMatch(/<code>module\.m\d\.aws_instance\.create_\d+<\/code>/)
    expect(rendered.cut.details.create).toBe(3000)
    expect(markdown).toMatch(
      /> \[!NOTE\]\n> Cut to fit GitHub's 65,536-character comment limit: the attribute details of [\d,]+ changes \(3,000 create/
    )
    expect(markdown.trimEnd().endsWith('The job summary of this run has the full plan.')).toBe(true)
  })

  it('keeps the details of a change of higher risk whenever one of lower risk is kept', () => {
    const totals = { delete: 10, replace: 10, update: 40, create: 40 }
    for (const maxChars of [12_000, 20_000, 30_000, 45_000]) {
      const rendered = renderPlanComment(bigPlan(totals), { maxChars })
      const shown = (kind: string) =>
        (rendered.markdown.match(new RegExp(`<code>module\\.m\\d\\.\\w+\\.${kind}_\\d+</code>`, 'g')) ?? [])
          .length
      expect(rendered.markdown.length).toBeLessThanOrEqual(maxChars)
      const order = ['replace', 'delete', 'update', 'create'] as const
      for (let i = 1; i < order.length; i++)
        if (shown(order[i]) > 0)
          for (const higher of order.slice(0, i)) expect(shown(higher)).toBe(totals[higher])
      expect(shown('create')).toBeLessThan(totals.create)
    }
  })

  it('replaces whole lists by their counts when the lists alone do not fit, low risk first', () => {
    const rendered = renderPlanComment(bigPlan({ create: 20_000, update: 50, delete: 5 }, 4))
    expect(rendered.markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(rendered.markdown).toContain('**create** (5,000): the list is cut to fit')
    expect(rendered.markdown).toMatch(/module\.m0\.aws_db_instance\.update_0\b/)
    expect(rendered.markdown).not.toContain('**update in-place** (13): the list is cut')
    expect(rendered.cut.collapsedLists).toBeGreaterThan(0)
  })

  it('falls back to a table of counts when even one line per list is too much', () => {
    const rendered = renderPlanComment(bigPlan({ create: 3000 }, 3000), { maxChars: 20_000 })
    expect(rendered.markdown.length).toBeLessThanOrEqual(20_000)
    expect(rendered.cut.changesSummarised).toBe(true)
    expect(rendered.markdown).toContain('The changes in 3,000 modules are too many to list here:')
    expect(rendered.markdown).toContain('| create | 3,000 |')
  })

  it('cuts destroy/replace lines only when they alone exceed the limit, and counts the rest', () => {
    const rendered = renderPlanComment(bigPlan({ delete: 5000, create: 100 }), { maxChars: 20_000 })
    const { markdown, cut } = rendered
    expect(markdown.length).toBeLessThanOrEqual(20_000)
    const listed = markdown.match(/^- :warning: \*\*destroy\*\*/gm)?.length ?? 0
    expect(listed).toBeGreaterThan(100)
    expect(cut.riskLinesCut).toBe(5000 - listed)
    expect(markdown).toContain(
      `- … and ${(5000 - listed).toLocaleString('en-US')} more destroyed or replaced resources`
    )
    expect(markdown).not.toContain('### Changes')
  })

  it('holds much more in the job summary render (1 MiB)', () => {
    const plan = bigPlan({ create: 3000, update: 400, replace: 30, delete: 20 })
    const summary = renderPlanComment(plan, {
      maxChars: 1_000_000,
      limitName: "the job summary's 1 MiB limit"
    })
    expect(summary.markdown.length).toBeLessThanOrEqual(1_000_000)
    expect(summary.markdown.length).toBeGreaterThan(COMMENT_LIMIT * 10)
    expect((summary.markdown.match(/<details>/g) ?? []).length).toBeGreaterThan(400)
  })

  it('--max-chars style limits are always met', () => {
    const plan = bigPlan({ create: 500, update: 100, replace: 20, delete: 20 })
    for (const maxChars of [1000, 2000, 5000, 10_000, 50_000])
      expect(renderPlanComment(plan, { maxChars }).markdown.length).toBeLessThanOrEqual(maxChars)
  })
})

describe('from JSON text', () => {
  it("shows no checksum of its own: plan-sha256 also covers the plan file's configuration snapshot, which the JSON lacks", () => {
    const text = readFileSync(join(PLAN_JSON, 'terraform-basic-create.json'), 'utf8')
    expect(renderPlanCommentFromJson(text, 'plan.json').markdown).not.toContain('plan sha256')
    const given = renderPlanCommentFromJson(text, 'plan.json', { planSha256: 'c'.repeat(64) })
    expect(given.markdown.split('\n')[1]).toBe(`plan sha256 \`${'c'.repeat(64)}\``)
  })

  it('renders a plan failure with the error text', () => {
    const markdown = renderPlanFailure('Error: Unsupported argument', {
      workingDirectory: 'infra',
      workspace: 'default',
      commit: 'abc'
    })
    expect(markdown.split('\n').slice(0, 2)).toEqual([
      '**:x: Plan failed.** Terraform reported an error; nothing was planned.',
      '`infra` · workspace `default` · commit abc'
    ])
    expect(markdown).toContain('```\nError: Unsupported argument\n```')
  })
})
