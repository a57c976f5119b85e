// Node module hooks that run Shipline's actions and CLI from their TypeScript sources, for rehearsals
// of this checkout (the tests): `./x.js` resolves to `./x.ts` where only the .ts exists, .ts files are
// transpiled by the repository's own TypeScript (cached on disk by content), and JSON modules load
// without an import attribute. Registered by the dist/index.js entries the rehearsal's checkout writes.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const cacheDir = process.env.SHIPLINE_SOURCE_CACHE || join(tmpdir(), 'shipline-source-cache')
let typescript

function transpile(path, source) {
  const key = createHash('sha256').update(path).update('\0').update(source).digest('hex')
  const cached = join(cacheDir, `${key}.mjs`)
  if (existsSync(cached)) return readFileSync(cached, 'utf8')
  typescript ??= createRequire(import.meta.url)('typescript')
  const output = typescript.transpileModule(source, {
    fileName: path,
    compilerOptions: {
      module: typescript.ModuleKind.ESNext,
      target: typescript.ScriptTarget.ES2022,
      sourceMap: false,
      inlineSourceMap: false,
      esModuleInterop: true,
      verbatimModuleSyntax: false,
      isolatedModules: true
    }
  }).outputText
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(cached, output)
  return output
}

export async function resolve(specifier, context, nextResolve) {
  if (
    (specifier.startsWith('./') || specifier.startsWith('../')) &&
    specifier.endsWith('.js') &&
    context.parentURL?.endsWith('.ts')
  ) {
    const candidate = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL)
    if (existsSync(fileURLToPath(candidate))) return { url: candidate.href, shortCircuit: true }
  }
  return nextResolve(specifier, context)
}

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.ts')) {
    const path = fileURLToPath(url)
    return { format: 'module', source: transpile(path, readFileSync(path, 'utf8')), shortCircuit: true }
  }
  if (url.startsWith('file:') && url.endsWith('.json'))
    return { format: 'json', source: readFileSync(fileURLToPath(url), 'utf8'), shortCircuit: true }
  return nextLoad(url, context)
}
