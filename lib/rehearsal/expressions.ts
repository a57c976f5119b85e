/**
 * `${{ }}` evaluated by GitHub's own expression engine (@actions/expressions): the lexer, parser
 * and evaluator GitHub's language services use, with the runner's status functions (success(),
 * failure(), cancelled(), always()) supplied for the job or step being decided. Values cross the
 * boundary as plain JSON; strings are coerced as the runner coerces them (null → '', objects → JSON).
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import {
  isBasicExpression,
  isBoolean,
  isLiteral,
  isMapping,
  isNumber,
  isSequence,
  isString
} from '@actions/workflow-parser'
import { UserError } from '../core/errors.js'

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value }
export type Contexts = Record<string, Value>

/** What the status functions answer for the job or step being decided. */
export interface Status {
  /** success(): every previous step (or every needed job) succeeded. */
  success: boolean
  /** failure(): a previous step (or an ancestor job) failed. */
  failure: boolean
  /** cancelled(): the run was cancelled. */
  cancelled: boolean
}

export const PASSING: Status = { success: true, failure: false, cancelled: false }

const STATUS_FUNCTIONS = ['success', 'failure', 'cancelled', 'always'] as const

function toData(value: Value | undefined): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData
}

function fromData(value: data.ExpressionData): Value {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Value
}

function functions(status: Status) {
  const answer = {
    success: status.success,
    failure: status.failure,
    cancelled: status.cancelled,
    always: true
  }
  const map = new Map<
    string,
    { name: string; minArgs: number; maxArgs: number; call: () => data.ExpressionData }
  >()
  for (const name of STATUS_FUNCTIONS)
    map.set(name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(answer[name]) })
  map.set('hashfiles', {
    name: 'hashFiles',
    minArgs: 1,
    maxArgs: 255,
    call: () => {
      throw new UserError('hashFiles() is not supported by the rehearsal')
    }
  })
  return map
}

/** Evaluate one expression (without `${{ }}`) over `contexts`. */
export function evaluate(expression: string, contexts: Contexts, status: Status = PASSING): Value {
  const lexed = new Lexer(expression).lex()
  const fns = functions(status)
  const parser = new Parser(
    lexed.tokens,
    Object.keys(contexts),
    [...fns.values()].map(({ name, minArgs, maxArgs }) => ({ name, minArgs, maxArgs }))
  )
  const tree = parser.parse()
  const dictionary = new data.Dictionary(
    ...Object.entries(contexts).map(([key, value]) => ({ key, value: toData(value) }))
  )
  return fromData(new Evaluator(tree, dictionary, fns).evaluate())
}

/** Whether a value is truthy, as GitHub decides `if:` (0, '', false and null are falsy). */
export function truthy(value: Value): boolean {
  return !(value === null || value === false || value === 0 || value === '' || Number.isNaN(value))
}

/** A value as the runner writes it into a string (an input, an env variable, an output). */
export function asString(value: Value | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'boolean' || typeof value === 'number') return String(value)
  return JSON.stringify(value, null, 2)
}

/** A parsed workflow token, with every expression in it evaluated. */
export function evaluateToken(token: TemplateToken, contexts: Contexts, status: Status = PASSING): Value {
  if (isBasicExpression(token)) return evaluate(token.expression, contexts, status)
  if (isString(token)) return token.value
  if (isBoolean(token)) return token.value
  if (isNumber(token)) return token.value
  if (isSequence(token)) {
    const out: Value[] = []
    for (let i = 0; i < token.count; i++) out.push(evaluateToken(token.get(i), contexts, status))
    return out
  }
  if (isMapping(token)) {
    const out: Record<string, Value> = {}
    for (let i = 0; i < token.count; i++) {
      const pair = token.get(i)
      out[asString(evaluateToken(pair.key, contexts, status))] = evaluateToken(pair.value, contexts, status)
    }
    return out
  }
  if (isLiteral(token)) return null // the only other literal is null
  throw new UserError(`${token.typeName()} is not supported by the rehearsal (line ${token.line ?? '?'})`)
}

/** A mapping token evaluated into name → string (env, with, outputs). */
export function evaluateStrings(
  token: TemplateToken | undefined,
  contexts: Contexts,
  status: Status = PASSING
): Record<string, string> {
  if (!token) return {}
  const value = evaluateToken(token, contexts, status)
  if (value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value))
    throw new UserError(`expected a mapping at line ${token.line ?? '?'}, got ${asString(value)}`)
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, asString(v)]))
}
