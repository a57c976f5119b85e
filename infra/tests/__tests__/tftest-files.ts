/**
 * The run blocks and assertions of the `terraform test` files of infra/, read at collection time so
 * that every assertion becomes a Jest test of its own, and the `terraform test` invocations that
 * cover them (the environment files once per environments/*.tfvars). Pure helpers, no test here.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from '@cdktf/hcl2json'

export interface Assertion {
  /** First and last line (1-based) of the assert block in its file. */
  startLine: number
  endLine: number
  /** The error_message template as written. */
  errorMessage: string
  /** The requirement it states: the message without its interpolations and "Planned: …" tail. */
  title: string
}

export interface RunBlock {
  name: string
  startLine: number
  endLine: number
  command: 'plan' | 'apply'
  /** What the run expects to fail (expect_failures), as written. */
  expectFailures: string[]
  assertions: Assertion[]
}

export interface TestFile {
  /** Path relative to its module directory (tests/environment.tftest.hcl), as terraform test names it. */
  path: string
  runs: RunBlock[]
}

/** The text of an HCL template with every ${…} interpolation and %{…} directive (braces balanced) replaced by "…". */
export function withoutInterpolations(template: string): string {
  let out = ''
  for (let i = 0; i < template.length; i++) {
    const c = template[i] as string
    if ((c === '$' || c === '%') && template[i + 1] === '{' && template[i - 1] !== c) {
      let depth = 0
      let j = i + 1
      for (; j < template.length; j++) {
        if (template[j] === '{') depth++
        else if (template[j] === '}' && --depth === 0) break
      }
      out += '…'
      i = j
    } else out += template[i]
  }
  return out
}

/** The requirement an error_message states, as a test title. */
export function assertionTitle(errorMessage: string): string {
  const text = withoutInterpolations(errorMessage).replace(/\s+/g, ' ')
  const cut = text.indexOf(' Planned:')
  return (cut >= 0 ? text.slice(0, cut) : text).trim()
}

interface Parsed {
  run?: Record<
    string,
    Array<{ command?: string; expect_failures?: string[]; assert?: Array<{ error_message?: string }> }>
  >
}

/**
 * Reads a .tftest.hcl file: HashiCorp's parser for the values, and the (terraform fmt) layout for
 * the order of the run blocks and the lines of each assert block, which the diagnostics point at.
 */
export async function readTestFile(moduleDir: string, file: string): Promise<TestFile> {
  const text = readFileSync(file, 'utf8')
  const path = relative(moduleDir, file)
  const parsed = (await parse(path, text)) as Parsed
  const lines = text.split('\n')
  const runs: RunBlock[] = []
  let run:
    { name: string; startLine: number; asserts: Array<{ startLine: number; endLine: number }> } | undefined
  let assertStart = 0
  lines.forEach((line, index) => {
    const number = index + 1
    const opening = /^run "([^"]+)" \{$/.exec(line)
    if (opening) run = { name: opening[1] as string, startLine: number, asserts: [] }
    else if (run && line === '  assert {') assertStart = number
    else if (run && assertStart && line === '  }') {
      run.asserts.push({ startLine: assertStart, endLine: number })
      assertStart = 0
    } else if (run && line === '}') {
      const [body, ...more] = parsed.run?.[run.name] ?? []
      if (!body || more.length)
        throw new Error(`${path}: run "${run.name}" is not one block in the parsed file`)
      const messages = (body.assert ?? []).map(a => String(a.error_message ?? ''))
      if (messages.length !== run.asserts.length)
        throw new Error(
          `${path}: run "${run.name}" has ${messages.length} assert blocks but ${run.asserts.length} in the terraform fmt layout (run terraform fmt)`
        )
      const command = String(body.command ?? '${apply}').replace(/^\$\{(.*)\}$/, '$1')
      if (command !== 'plan' && command !== 'apply')
        throw new Error(`${path}: run "${run.name}" has command ${command}; accepted: plan or apply`)
      runs.push({
        name: run.name,
        startLine: run.startLine,
        endLine: number,
        command,
        expectFailures: (body.expect_failures ?? []).map(String),
        assertions: run.asserts.map((a, i) => ({
          ...a,
          errorMessage: messages[i] as string,
          title: assertionTitle(messages[i] as string)
        }))
      })
      run = undefined
    }
  })
  const names = Object.keys(parsed.run ?? {})
  if (names.length !== runs.length)
    throw new Error(
      `${path}: ${names.length} run blocks parsed, ${runs.length} found in the layout (run terraform fmt)`
    )
  for (const r of runs) {
    const titles = r.assertions.map(a => a.title)
    const repeated = titles.find((t, i) => titles.indexOf(t) !== i)
    if (repeated)
      throw new Error(
        `${path}: run "${r.name}" states "${repeated}" twice; give each assertion its own message`
      )
  }
  return { path, runs }
}

export interface Invocation {
  /** Module directory, relative to infra/ ('' for the root). */
  module: string
  file: TestFile
  /** -var-file, relative to the module directory, or undefined. */
  varFile?: string
  /** What the Jest report calls it. */
  label: string
}

/** Files named environment*.tftest.hcl are about one environment: they run once per environments/*.tfvars. */
export function isPerEnvironment(path: string): boolean {
  return /(^|\/)environment[^/]*\.tftest\.hcl$/.test(path)
}

/** Every .tftest.hcl of a module's tests/ directory, sorted. */
export function testFilesOf(moduleDir: string): string[] {
  const dir = join(moduleDir, 'tests')
  return readdirSync(dir)
    .filter(f => f.endsWith('.tftest.hcl'))
    .sort()
    .map(f => join(dir, f))
}

/** The environments of a root module: environments/*.tfvars, sorted. */
export function environmentVarFiles(moduleDir: string): string[] {
  return readdirSync(join(moduleDir, 'environments'))
    .filter(f => f.endsWith('.tfvars'))
    .sort()
    .map(f => `environments/${f}`)
}

/** The terraform test invocations that cover every test file of the given modules of infra/. */
export async function invocations(infraDir: string, modules: string[]): Promise<Invocation[]> {
  const out: Invocation[] = []
  for (const module of modules) {
    const moduleDir = join(infraDir, module)
    for (const path of testFilesOf(moduleDir)) {
      const file = await readTestFile(moduleDir, path)
      const where = module ? `${module}/${file.path}` : file.path
      if (isPerEnvironment(file.path))
        for (const varFile of environmentVarFiles(moduleDir))
          out.push({ module, file, varFile, label: `${where} with ${varFile}` })
      else out.push({ module, file, label: where })
    }
  }
  return out
}
