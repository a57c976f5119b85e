/**
 * Saved Trivy JSON reports, judged: what `shipline scan-report` and the pipeline's PR comment show.
 * Each report is named after its file (made unique), as scan-images names its own reports.
 */
import { basename } from 'node:path'
import { parseInputFile } from '../core/inputs.js'
import type { ScanResult } from './findings-markdown.js'
import { judge, type Policy } from './policy.js'
import { parseTrivyReport } from './report.js'

/** `input` names what the user passed (an argument or a flag) in errors. */
function readReport(path: string, input: string) {
  return parseInputFile(input, path, text => parseTrivyReport(text, path), {
    unreadable: 'paths of Trivy JSON reports (trivy --format json)',
    invalid: 'Trivy JSON reports (trivy --format json)'
  })
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
