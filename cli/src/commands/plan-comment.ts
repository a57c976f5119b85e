/**
 * `shipline plan-comment PLAN_JSON [--max-chars N] [--variants FILE]`: the pull request comment of a
 * plan, rendered by provision-infra's own renderer from the output of `terraform show -json
 * PLANFILE`. `--variants FILE` also writes the plan section of the pipeline's PR comment at a
 * ladder of sizes (JSON), so that `shipline pr-comment` can give the plan its share of the limit.
 */
import { writeFile } from 'node:fs/promises'
import { COMMENT_LIMIT, renderPlanComment } from '../../../lib/terraform/plan-comment.js'
import { parsePlanJson, PlanJsonError } from '../../../lib/terraform/plan-json.js'
import { renderPlanVariants } from '../../../lib/terraform/plan-variants.js'
import { InputError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { fileInput, MiB, outputFileInput, readCheckedFile } from '../../../lib/core/paths.js'
import { type Command, EXIT } from '../command.js'

const PLAN_JSON = 'PLAN_JSON'
/** A plan's JSON of a large infrastructure stays well under this. */
const MAX_PLAN_JSON_BYTES = 256 * MiB
const ACCEPTED =
  'the output of terraform show -json PLANFILE (a file of at most 256 MiB in the current directory or RUNNER_TEMP, or - for standard input)'

/** Standard input, refused once it passes the bound (a plan piped in is read; /dev/zero is not read forever). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length
    if (total > MAX_PLAN_JSON_BYTES) {
      process.stdin.destroy()
      throw new InputError(PLAN_JSON, 'standard input is more than 256 MiB', ACCEPTED)
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The plan JSON a path names: a regular file of at most 256 MiB in the current directory or RUNNER_TEMP. */
function readPlanFile(path: string): string {
  const rules = { root: process.cwd(), alsoUnder: [process.env.RUNNER_TEMP], accepted: ACCEPTED }
  const full = fileInput(PLAN_JSON, path, { ...rules, maxBytes: MAX_PLAN_JSON_BYTES })
  return readCheckedFile(PLAN_JSON, full, path, MAX_PLAN_JSON_BYTES, ACCEPTED)
}

/** Where --variants may be written: a new or regular file in the current directory or RUNNER_TEMP. */
const VARIANTS_RULES = () => ({
  root: process.cwd(),
  alsoUnder: [process.env.RUNNER_TEMP],
  accepted: 'a file to write, in the current directory or RUNNER_TEMP'
})

export const command: Command = {
  usage: `shipline plan-comment PLAN_JSON [--max-chars N] [--variants FILE]    (N from 1000 to 1000000; default ${COMMENT_LIMIT}; FILE: the plan section of shipline pr-comment at every size, JSON)`,
  options: { 'max-chars': { type: 'string' }, variants: { type: 'string' } },
  positionals: true,
  async run({ values, positionals }) {
    const inputs = new Inputs(
      recordInputSource({
        '--max-chars': values['max-chars'] as string | undefined,
        '--variants': values.variants as string | undefined
      })
    )
    if (positionals.length !== 1)
      throw new InputError(
        PLAN_JSON,
        positionals.length ? `${positionals.length} files were given` : 'is required but was empty',
        `one file: ${ACCEPTED}`
      )
    const maxChars = inputs.integer('--max-chars', COMMENT_LIMIT, { min: 1000, max: 1_000_000 })
    const variantsFile = inputs.optional('--variants')
    const path = positionals[0]
    const text = path === '-' ? await readStdin() : readPlanFile(path)
    const variants =
      variantsFile === undefined ? undefined : outputFileInput('--variants', variantsFile, VARIANTS_RULES())
    let plan
    try {
      plan = parsePlanJson(text, path === '-' ? 'standard input' : path)
    } catch (error) {
      if (error instanceof PlanJsonError) throw new InputError(PLAN_JSON, error.message, ACCEPTED)
      throw error
    }
    if (variants !== undefined)
      try {
        await writeFile(variants, `${JSON.stringify(renderPlanVariants(plan))}\n`)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unwritable'
        throw new InputError(
          '--variants',
          `cannot write "${variantsFile}" (${code})`,
          'a file in an existing directory'
        )
      }
    process.stdout.write(renderPlanComment(plan, { maxChars }).markdown)
    return EXIT.ok
  }
}
