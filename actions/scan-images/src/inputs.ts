/** The inputs and outputs of scan-images. */
import type { Inputs } from '../../../lib/core/inputs.js'
import { readScanOptions, SCAN_INPUTS, type ScanOptions } from '../../../lib/scan/options.js'

export const INPUTS = SCAN_INPUTS

export const OUTPUTS = {
  passed: 'passed',
  counts: 'counts',
  reportPaths: 'report-paths',
  sarifPaths: 'sarif-paths'
} as const

export type ScanInputs = ScanOptions

export function getInputs(
  inputs: Inputs,
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env
): ScanInputs {
  return readScanOptions(inputs, cwd, env)
}
