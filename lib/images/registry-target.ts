/**
 * The `registry` input: `HOST[:PORT][/prefix]`. Images go to `HOST[:PORT]/[prefix/]<service>`; an
 * ECR host (`<account>.dkr.ecr.<region>.amazonaws.com`) is recognised, for BatchGetImage and login.
 */
import { InputError } from '../core/errors.js'
import { isLoopback } from './registry.js'

export interface RegistryTarget {
  /** `host[:port]`. */
  host: string
  /** Repository path prefix, '' when none. */
  prefix: string
  ecr?: { accountId: string; region: string }
}

const HOST =
  '(?:localhost|\\d{1,3}(?:\\.\\d{1,3}){3}|\\[[0-9a-fA-F:]+\\]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)'
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const REGISTRY = new RegExp(`^(${HOST}(?::\\d{1,5})?)((?:/${COMPONENT})*)$`)
const ECR =
  /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2})\.amazonaws\.com(?:\.cn)?$/
const ACCEPTED =
  'HOST[:PORT][/prefix] without a scheme, such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com or localhost:5000/team'

export function parseRegistry(value: string, input = 'registry'): RegistryTarget {
  if (/^[a-z]+:\/\//i.test(value)) throw new InputError(input, `"${value}" has a scheme`, ACCEPTED)
  const match = REGISTRY.exec(value.replace(/\/+$/, ''))
  if (!match) throw new InputError(input, `"${value}" is not a registry`, ACCEPTED)
  const host = match[1]
  const ecr = ECR.exec(host)
  return {
    host,
    prefix: match[2].replace(/^\//, ''),
    ...(ecr ? { ecr: { accountId: ecr[1], region: ecr[2] } } : {})
  }
}

/** The repository of `service` under the registry (`prefix/service`). */
export function repositoryOf(target: RegistryTarget, service: string): string {
  return target.prefix ? `${target.prefix}/${service}` : service
}

/** `host/prefix/service`. */
export function imageOf(target: RegistryTarget, service: string): string {
  return `${target.host}/${repositoryOf(target, service)}`
}

export { isLoopback }
