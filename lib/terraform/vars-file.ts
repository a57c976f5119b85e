/**
 * The `vars` input as a `.tfvars.json` file instead of `-var` arguments (which any process on the
 * runner can read in the process list). Terraform parses a `-var` value by its variable's declared
 * type (a string, number or bool, or no type: the text as it is; any other type: an HCL
 * expression) and refuses a variable the root module does not declare; a `.tfvars.json` file takes
 * JSON values and only warns about undeclared ones. So the root module's declarations are read
 * first, and each value is written as the JSON value `-var` would have given. The file is private
 * (0600, its own directory under RUNNER_TEMP) and removed when the job ends.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError, UserError } from '../core/errors.js'
import { constantValue, HclError, type ParsingMode, variableModes } from './hcl-lite.js'
import type { TerraformVariable } from './job-options.js'

/** The parsing mode of a type in a `.tf.json` file (`list(string)`, or `${list(string)}`). */
export function parsingMode(type: unknown): ParsingMode {
  if (type === undefined) return 'literal'
  const text = String(type)
    .replace(/^\$\{([\s\S]*)\}$/, '$1')
    .trim()
  return ['string', 'number', 'bool'].includes(text) ? 'literal' : 'hcl'
}

/** The variables a root module's files declare, by name, with how `-var` parses each. */
export function declaredVariables(files: Array<{ name: string; text: string }>): Map<string, ParsingMode> {
  const modes = new Map<string, ParsingMode>()
  for (const { name, text } of files) {
    try {
      if (!name.endsWith('.json')) {
        for (const [variable, mode] of variableModes(text)) modes.set(variable, mode)
        continue
      }
      const blocks = (JSON.parse(text).variable ?? {}) as Record<string, unknown>
      for (const [variable, block] of Object.entries(blocks)) {
        const attributes = (Array.isArray(block) ? block[0] : block) as { type?: unknown } | undefined
        modes.set(variable, parsingMode(attributes?.type))
      }
    } catch (error) {
      throw new UserError(`Cannot read the variable declarations of ${name}: ${(error as Error).message}`)
    }
  }
  return modes
}

/** The `.tf` and `.tf.json` files of a root module, as Terraform loads them. */
export async function rootModuleFiles(directory: string): Promise<Array<{ name: string; text: string }>> {
  const names = (await readdir(directory)).filter(name => /\.tf(\.json)?$/.test(name)).sort()
  return Promise.all(names.map(async name => ({ name, text: await readFile(join(directory, name), 'utf8') })))
}

/** The JSON value of an HCL expression, as Terraform evaluates a `-var` value without variables or functions. */
function hclValue(variable: TerraformVariable): unknown {
  try {
    return constantValue(variable.value)
  } catch (error) {
    if (!(error instanceof HclError)) throw error
    throw new InputError(
      'vars',
      `the value of ${variable.name} is not a constant HCL expression (${error.message}), as its type is not string, number or bool`,
      'for such a variable, a constant such as ["a", "b"] or { key = "value" }'
    )
  }
}

/** The `.tfvars.json` text of `vars`: the last value of a name wins, as with repeated `-var`. */
export function varsFileJson(vars: TerraformVariable[], modes: Map<string, ParsingMode>): string {
  const values: Record<string, unknown> = {}
  for (const variable of vars) {
    const mode = modes.get(variable.name)
    if (!mode)
      throw new InputError(
        'vars',
        `"${variable.name}" is not declared by the root module`,
        `names of its variable blocks (${[...modes.keys()].sort().join(', ') || 'it declares none'})`
      )
    values[variable.name] = mode === 'literal' ? variable.value : hclValue(variable)
  }
  return `${JSON.stringify(values, null, 2)}\n`
}

export interface VarsFile {
  path: string
  remove: () => Promise<void>
}

/** Write `json` to a private `vars.tfvars.json` in a directory of its own under `tempDir`. */
export async function writeVarsFile(tempDir: string, json: string): Promise<VarsFile> {
  const dir = await mkdtemp(join(tempDir, 'shipline-vars-'))
  const path = join(dir, 'vars.tfvars.json')
  await writeFile(path, json, { mode: 0o600 })
  return { path, remove: () => rm(dir, { recursive: true, force: true }) }
}

/** The vars file of a job with `vars`, from the root module's declarations; none without vars. */
export async function prepareVarsFile(
  vars: TerraformVariable[],
  workingDirectory: string,
  tempDir: string
): Promise<VarsFile | undefined> {
  if (vars.length === 0) return undefined
  const modes = declaredVariables(await rootModuleFiles(workingDirectory))
  return writeVarsFile(tempDir, varsFileJson(vars, modes))
}
