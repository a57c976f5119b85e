/**
 * `shipline plan-comment PLAN_JSON [--max-chars N]`: the pull request comment of a plan, rendered
 * by provision-infra's own renderer from the output of `terraform show -json PLANFILE`.
 */
import { COMMENT_LIMIT, renderPlanCommentFromJson } from '../../../lib/terraform/plan-comment.js'
import { PlanJsonError } from '../../../lib/terraform/plan-json.js'
import { InputError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { fileInput, MiB, readCheckedFile } from '../../../lib/core/paths.js'
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

export const command: Command = {
  usage: `shipline plan-comment PLAN_JSON [--max-chars N]    (N from 1000 to 1000000; default ${COMMENT_LIMIT})`,
  options: { 'max-chars': { type: 'string' } },
  positionals: true,
  async run({ values, positionals }) {
    const inputs = new Inputs(recordInputSource({ '--max-chars': values['max-chars'] as string | undefined }))
    if (positionals.length !== 1)
      throw new InputError(
        PLAN_JSON,
        positionals.length ? `${positionals.length} files were given` : 'is required but was empty',
        `one file: ${ACCEPTED}`
      )
    const maxChars = inputs.integer('--max-chars', COMMENT_LIMIT, { min: 1000, max: 1_000_000 })
    const path = positionals[0]
    const text = path === '-' ? await readStdin() : readPlanFile(path)
    try {
      process.stdout.write(
        renderPlanCommentFromJson(text, path === '-' ? 'standard input' : path, { maxChars }).markdown
      )
    } catch (error) {
      if (error instanceof PlanJsonError) throw new InputError(PLAN_JSON, error.message, ACCEPTED)
      throw error
    }
    return EXIT.ok
  }
}
