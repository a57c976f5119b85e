/**
 * lib/config-validate.ts is ajv's standalone code for the schema of lib/config-schema.ts (compiled
 * ahead of time: the action bundles stay small and start fast). This test fails when the file is not
 * what ajv generates from the schema now; run it with SHIPLINE_UPDATE_GENERATED=1 to rewrite it.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import * as standalone from 'ajv/dist/standalone/index.js'
import * as prettier from 'prettier'
import { configSchema } from '../schema.js'

const file = fileURLToPath(new URL('../validate.generated.ts', import.meta.url))
const HEADER = [
  '// Generated from lib/config-schema.ts by lib/__tests__/config-validate.test.ts with ajv (standalone',
  '// code, options below); SHIPLINE_UPDATE_GENERATED=1 rewrites it. Do not edit.',
  '/* eslint-disable */',
  '// @ts-nocheck'
].join('\n')

/** The options lib/config.ts relies on: every error, with its schema and data. */
const OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: true,
  allowUnionTypes: true,
  code: { source: true, esm: true }
} as const

/** ajv's one runtime helper, inlined: string length in code points, as ajv counts it. */
const UCS2LENGTH = 'function ucs2length(text) {\n  return [...text].length\n}'

async function generate(): Promise<string> {
  const ajv = new Ajv(OPTIONS)
  type Generate = (ajv: Ajv, validate: ReturnType<Ajv['compile']>) => string
  const module = standalone as unknown as { default: Generate | { default: Generate } }
  const generateCode = typeof module.default === 'function' ? module.default : module.default.default
  const code = generateCode(ajv, ajv.compile(configSchema))
    .replace(/^"use strict";/, '')
    .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'ucs2length')
  const options = JSON.parse(readFileSync(new URL('../../../.prettierrc.json', import.meta.url), 'utf8'))
  return prettier.format(`${HEADER}\n${code}\n${UCS2LENGTH}\n`, { ...options, parser: 'typescript' })
}

describe('lib/config-validate.ts', () => {
  it('is the standalone validator of the current schema, with no runtime dependency', async () => {
    const expected = await generate()
    if (process.env.SHIPLINE_UPDATE_GENERATED === '1') writeFileSync(file, expected)
    const actual = readFileSync(file, 'utf8')
    expect(actual).not.toMatch(/\brequire\(|^import /m)
    expect(actual).toBe(expected)
  })
})
