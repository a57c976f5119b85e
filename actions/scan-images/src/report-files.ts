/**
 * Saved Trivy JSON reports, judged: what `shipline scan-report` and the pipeline's PR comment show.
 * Each report is named after its file (made unique), as scan-images names its own reports.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { InputError, UserError } from '../../../lib/errors.js'
import type { ScanResult } from './findings-markdown.js'
import { judge, type Policy } from './policy.js'
import { parseTrivyReport } from './report.js'

/** `input` names what the user passed (an argument or a flag) in errors. */
function readReport(path: string, input: string) {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new InputError(
      input,
      `"${path}" cannot be read`,
      'paths of Trivy JSON reports (trivy --format json)'
    )
  }
  try {
    return parseTrivyReport(text, path)
  } catch (error) {
    if (error instanceof UserError)
      throw new InputError(input, error.message, 'Trivy JSON reports (trivy --format json)')
    throw error
  }
}

export function judgeReportFiles(paths: string[], policy: Policy, input = 'REPORT'): ScanResult[] {
  const used = new Set<string>()
  return paths.map(path => {
    const report = readReport(path, input)
    const base = basename(path).replace(/\.json$/i, '') || 'report'
    let name = base
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`
    used.add(name)
    return { image: path, name, reportPath: path, judgement: judge(report, policy) }
  })
}
