/**
 * The inputs of one environment's deploy, read once from an `Inputs` source and validated: the
 * environment's name (default: shipline.yml's `environment`), and for `shipline resolve` the content
 * tags and record keys `shipline build-set` handed on. Each bad value is an InputError naming the input.
 */
import type { ShiplineConfig } from '../config/config.js'
import { InputError } from '../core/errors.js'
import type { Inputs } from '../core/inputs.js'

/** A GitHub environment / Terraform workspace name that is also valid inside a tag. */
export const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/
const KEY = /^[0-9a-f]{16}$/
const CONTENT_TAG = /^src-[0-9a-f]{12}$/

export const DEPLOY_INPUTS = {
  environment: '--environment',
  tags: '--tags',
  watchKey: '--watch-key',
  staticKey: '--static-key',
  archives: '--archives'
} as const

/** The environment to deploy: the input, else shipline.yml's `environment`, else production. */
export function readEnvironment(inputs: Inputs, config: ShiplineConfig): string {
  return inputs.matching(DEPLOY_INPUTS.environment, ENVIRONMENT, 'an environment name such as staging', {
    default: config.environment ?? 'production'
  })
}

const TAGS_ACCEPTED = 'the tags output of shipline build-set: a JSON object {"service": "src-<12 hex>"}'

/** build-set's `tags` output: service → content tag. */
export function parseTags(text: string, input: string = DEPLOY_INPUTS.tags): Record<string, string> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError(input, `is not JSON (${(error as Error).message})`, TAGS_ACCEPTED)
  }
  if (
    !value ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    Object.keys(value).length === 0 ||
    !Object.values(value).every(tag => typeof tag === 'string' && CONTENT_TAG.test(tag))
  )
    throw new InputError(input, 'is not an object of content tags', TAGS_ACCEPTED)
  return value as Record<string, string>
}

/** What `shipline resolve` pins and records, as build-set decided it. */
export interface ResolveOptions {
  environment: string
  tags: Record<string, string>
  /** Key of the watched deploy paths (build-set's watch-key; sixteen zeros when none are watched). */
  watchKey: string
  /** Key of the static frontend (build-set's static-key), when shipline.yml has a static section. */
  staticKey?: string
  /** Archives kept until their repository existed, pushed before anything is resolved. */
  archives?: string
}

export function readResolveOptions(inputs: Inputs, config: ShiplineConfig): ResolveOptions {
  const key = (name: string, output: string) =>
    inputs.matching(name, KEY, `the ${output} output of shipline build-set (16 hex digits)`)
  return {
    environment: readEnvironment(inputs, config),
    tags: parseTags(inputs.string(DEPLOY_INPUTS.tags, { required: true })),
    watchKey: key(DEPLOY_INPUTS.watchKey, 'watch-key') || '0'.repeat(16),
    staticKey: key(DEPLOY_INPUTS.staticKey, 'static-key') || undefined,
    archives: inputs.optional(DEPLOY_INPUTS.archives)
  }
}
