/**
 * `shipline plan-comment PLAN_JSON [--max-chars N] [--variants FILE]`: the pull request comment of a
 * plan, rendered by provision-infra's own renderer from the output of `terraform show -json
 * PLANFILE`. `--variants FILE` also writes the plan section of the pipeline's PR comment at a
 * ladder of sizes (JSON), so that `shipline pr-comment` can give the plan its share of the limit.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { COMMENT_LIMIT, renderPlanComment } from '../../../lib/terraform/plan-comment.js'
import { parsePlanJson, PlanJsonError } from '../../../lib/terraform/plan-json.js'
import { renderPlanVariants } from '../../../lib/terraform/plan-variants.js'
import { InputError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { type Command, EXIT } from '../command.js'

const PLAN_JSON = 'PLAN_JSON'
const ACCEPTED = 'the output of terraform show -json PLANFILE (a file, or - for standard input)'

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

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
    let text: string
    try {
      text = path === '-' ? await readStdin() : await readFile(path, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
      throw new InputError(PLAN_JSON, `cannot read "${path}" (${code})`, ACCEPTED)
    }
    let plan
    try {
      plan = parsePlanJson(text, path === '-' ? 'standard input' : path)
    } catch (error) {
      if (error instanceof PlanJsonError) throw new InputError(PLAN_JSON, error.message, ACCEPTED)
      throw error
    }
    if (variantsFile !== undefined)
      try {
        await writeFile(variantsFile, `${JSON.stringify(renderPlanVariants(plan))}\n`)
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
