#!/usr/bin/env node
// The structure of the sources, measured from the code: import arrows between the top folders
// (lib/core and each lib/<domain> count as their own folder), lines per folder, the largest files
// and the functions over 60 lines. Tests, fixtures and dist/ are left out.
// Usage: node scripts/structure.mjs [--json]
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

const root = resolve(new URL('..', import.meta.url).pathname)
const SKIP = new Set(['node_modules', 'dist', '__tests__', '__fixtures__', '.git', '.shipline'])

function sources(dir) {
  const out = []
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...sources(path))
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path)
  }
  return out
}

/** The folder a file is counted under: lib/core, lib/<domain>, actions/<name>, cli. */
function folderOf(file) {
  const parts = relative(root, file).split('/')
  if (parts[0] === 'lib') return parts.length > 2 ? `lib/${parts[1]}` : 'lib'
  if (parts[0] === 'actions') return `actions/${parts[1]}`
  return parts[0]
}

const files = ['lib', 'actions', 'cli'].flatMap(top => sources(join(root, top)))
const arrows = new Map()
const lines = new Map()
const sizes = []
const longFunctions = []

for (const file of files) {
  const text = readFileSync(file, 'utf8')
  const from = folderOf(file)
  const count = text.split('\n').length
  lines.set(from, (lines.get(from) ?? 0) + count)
  sizes.push([relative(root, file), count])
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const visit = node => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      addArrow(file, from, node.moduleSpecifier.text)
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      addArrow(file, from, node.arguments[0].text)
    if (
      (ts.isFunctionDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isArrowFunction(node) ||
        ts.isFunctionExpression(node)) &&
      node.body
    ) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      if (end - start + 1 > 60) {
        const name =
          node.name?.getText() ??
          (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText() : '(anonymous)')
        longFunctions.push([`${relative(root, file)}:${start + 1}`, name, end - start + 1])
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
}

function addArrow(file, from, specifier) {
  if (!specifier.startsWith('.')) return
  const target = folderOf(resolve(dirname(file), specifier))
  if (target === from) return
  const key = `${from} → ${target}`
  arrows.set(key, (arrows.get(key) ?? 0) + 1)
}

const report = {
  arrows: Object.fromEntries([...arrows].sort()),
  lines: Object.fromEntries([...lines].sort()),
  largest: sizes.sort((a, b) => b[1] - a[1]).slice(0, 10),
  functionsOver60Lines: longFunctions.sort((a, b) => b[2] - a[2])
}
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
else {
  const section = (title, rows) => `${title}\n${rows.map(r => `  ${r}`).join('\n')}\n`
  process.stdout.write(
    [
      section(
        'Import arrows between folders (count of import statements):',
        Object.entries(report.arrows).map(([k, v]) => `${k}  ${v}`)
      ),
      section(
        'Lines per folder:',
        Object.entries(report.lines).map(([k, v]) => `${k}  ${v}`)
      ),
      section(
        'The ten largest files:',
        report.largest.map(([f, n]) => `${f}  ${n}`)
      ),
      section(
        `Functions over 60 lines (${longFunctions.length}):`,
        report.functionsOver60Lines.map(([at, name, n]) => `${at} ${name}  ${n}`)
      )
    ].join('\n')
  )
}
