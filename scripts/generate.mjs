#!/usr/bin/env node
// Generated code, made here and nowhere else:
//   lib/config/validate.generated.ts  ajv's standalone validator of the shipline.yml schema
//                                     (lib/config/schema.ts), compiled ahead of time so the bundles
//                                     stay small and carry no ajv runtime.
// Usage: node scripts/generate.mjs          (npm run generate) rewrites the files
//        node scripts/generate.mjs --check  exits 1, naming the file, when one is not current
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Ajv } from 'ajv'
import standaloneModule from 'ajv/dist/standalone/index.js'
import * as prettier from 'prettier'
import ts from 'typescript'

const root = new URL('..', import.meta.url).pathname
const SCHEMA = 'lib/config/schema.ts'
const TARGET = 'lib/config/validate.generated.ts'
const HEADER = [
  `// Generated from ${SCHEMA} by scripts/generate.mjs (npm run generate) with ajv's standalone`,
  '// code. Do not edit.',
  '/* eslint-disable */',
  '// @ts-nocheck'
].join('\n')

/** The options lib/config/config.ts relies on: every error, with its schema and data. */
const OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: true,
  allowUnionTypes: true,
  code: { source: true, esm: true }
}

/** ajv's one runtime helper, inlined: string length in code points, as ajv counts it. */
const UCS2LENGTH = 'function ucs2length(text) {\n  return [...text].length\n}'

/** The schema module, compiled from TypeScript (it imports nothing). */
async function loadSchema() {
  const source = readFileSync(join(root, SCHEMA), 'utf8')
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  })
  const dir = mkdtempSync(join(tmpdir(), 'shipline-generate-'))
  try {
    const file = join(dir, 'schema.mjs')
    writeFileSync(file, outputText)
    return (await import(pathToFileURL(file).href)).configSchema
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function validatorSource() {
  const ajv = new Ajv(OPTIONS)
  const standalone = typeof standaloneModule === 'function' ? standaloneModule : standaloneModule.default
  const code = standalone(ajv, ajv.compile(await loadSchema()))
    .replace(/^"use strict";/, '')
    .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'ucs2length')
  if (/\brequire\(/.test(code)) throw new Error(`${TARGET} would need a runtime dependency of ajv`)
  const options = JSON.parse(readFileSync(join(root, '.prettierrc.json'), 'utf8'))
  return prettier.format(`${HEADER}\n${code}\n${UCS2LENGTH}\n`, { ...options, parser: 'typescript' })
}

const check = process.argv.includes('--check')
const expected = await validatorSource()
const path = join(root, TARGET)
const actual = readFileSync(path, 'utf8')
if (actual === expected) console.log(`${TARGET} is current`)
else if (check) {
  console.error(`${TARGET} is not what ${SCHEMA} generates; run npm run generate`)
  process.exit(1)
} else {
  writeFileSync(path, expected)
  console.log(`wrote ${TARGET}`)
}
