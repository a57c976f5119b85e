/**
 * `shipline scan-report`: scan-images' judgement on saved Trivy JSON reports. Prints the same
 * markdown as the job summary; exit 0 when the policy passes, 3 when findings violate it, 2 on bad
 * input. The policy code is the action's own (judge, the ignore files, the renderer).
 */
import { systemClock } from '../../../lib/core/clock.js'
import { InputError } from '../../../lib/core/errors.js'
import { Inputs, recordInputSource } from '../../../lib/core/inputs.js'
import { fileInput, MiB } from '../../../lib/core/paths.js'
import { renderScanFindings, resultPassed } from '../../../lib/scan/findings-markdown.js'
import { readPolicyOptions } from '../../../lib/scan/options.js'
import { judgeReportFiles } from '../../../lib/scan/report-files.js'
import { type Command, EXIT } from '../command.js'

/** Exit code when findings violate the policy (the report itself was fine). */
export const POLICY_FAILED = 3

const MAX_REPORTS = 256
const MAX_REPORT_BYTES = 64 * MiB
const REPORTS_ACCEPTED = `at most ${MAX_REPORTS} Trivy JSON reports of at most 64 MiB each, in the current directory or RUNNER_TEMP`

const FLAGS = {
  severity: '--severity',
  ignoreUnfixed: '--ignore-unfixed',
  unknownSeverity: '--unknown-severity',
  ignoreFiles: '--ignorefile'
}

export const command: Command = {
  usage:
    'shipline scan-report REPORT.json... [--severity CRITICAL,HIGH] [--ignore-unfixed] [--unknown-severity fail|ignore] [--ignorefile FILE]...',
  positionals: true,
  options: {
    severity: { type: 'string' },
    'ignore-unfixed': { type: 'boolean' },
    'unknown-severity': { type: 'string' },
    ignorefile: { type: 'string', multiple: true }
  },
  async run({ values, positionals }) {
    const flag = (name: string) => (values[name] === undefined ? undefined : String(values[name]))
    const inputs = new Inputs(
      recordInputSource({
        [FLAGS.severity]: flag('severity'),
        [FLAGS.ignoreUnfixed]: flag('ignore-unfixed'),
        [FLAGS.unknownSeverity]: flag('unknown-severity'),
        [FLAGS.ignoreFiles]: ((values.ignorefile as string[] | undefined) ?? []).join('\n')
      })
    )
    if (positionals.length === 0)
      throw new InputError('REPORT', 'no report was given', 'one or more Trivy JSON report paths')
    if (positionals.length > MAX_REPORTS)
      throw new InputError('REPORT', `${positionals.length} reports were given`, REPORTS_ACCEPTED)
    for (const path of positionals)
      fileInput('REPORT', path, {
        root: process.cwd(),
        alsoUnder: [process.env.RUNNER_TEMP],
        accepted: REPORTS_ACCEPTED,
        maxBytes: MAX_REPORT_BYTES
      })
    const policy = { ...readPolicyOptions(inputs, FLAGS), now: systemClock.now() }
    const results = judgeReportFiles(positionals, policy)
    process.stdout.write(`${renderScanFindings(results)}\n`)
    return results.every(resultPassed) ? EXIT.ok : POLICY_FAILED
  }
}
