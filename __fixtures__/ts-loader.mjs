// Runs the TypeScript sources in a plain node process, for tests that need a process of their own
// (one to send real signals to): node --import ./__fixtures__/ts-loader.mjs some-file.ts
// Each .ts file is transpiled on load (types stripped, as ts-jest does), and the output is kept in
// a cache under the temporary directory, keyed by the source's hash; an import of `x.js` finds
// `x.ts`, as the sources write it.
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMainThread } from 'node:worker_threads'

if (isMainThread) {
  const { register } = await import('node:module')
  register(import.meta.url)
}

const RELATIVE = /^(\.{1,2}\/|\/|file:)/

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context)
  } catch (error) {
    if (!RELATIVE.test(specifier) || !specifier.endsWith('.js')) throw error
    return next(`${specifier.slice(0, -3)}.ts`, context)
  }
}

const CACHE = join(tmpdir(), 'shipline-ts-loader-v1')
let ts
export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context)
  const fileName = fileURLToPath(url)
  const source = await readFile(fileName, 'utf8')
  const cached = join(
    CACHE,
    `${createHash('sha256').update(fileName).update('\0').update(source).digest('hex')}.js`
  )
  try {
    return { format: 'module', source: await readFile(cached, 'utf8'), shortCircuit: true }
  } catch {
    // not cached yet
  }
  ts ??= (await import('typescript')).default
  const { outputText } = ts.transpileModule(source, {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      isolatedModules: true
    }
  })
  await mkdir(CACHE, { recursive: true })
  const partial = `${cached}.${process.pid}.tmp`
  await writeFile(partial, outputText)
  await rename(partial, cached)
  return { format: 'module', source: outputText, shortCircuit: true }
}
