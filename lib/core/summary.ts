/** The job summary: appended to $GITHUB_STEP_SUMMARY inside Actions, to a file of choice elsewhere. */
import { appendFile, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'

/** Append `markdown` to the job summary; returns the file written, or undefined when there is none. */
export async function writeJobSummary(
  markdown: string,
  file = process.env.GITHUB_STEP_SUMMARY
): Promise<string | undefined> {
  if (!file) return undefined
  await mkdir(dirname(file), { recursive: true })
  await appendFile(file, `${markdown.trimEnd()}\n\n`)
  return file
}
