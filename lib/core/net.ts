/** Network addresses in inputs. */

/** Whether `host` (a URL's hostname, or host[:port], IPv6 in brackets or not) is a loopback address. */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .toLowerCase()
    .replace(/^\[(.*)\](?::\d+)?$/, '$1')
    .replace(/^([^:]*):\d+$/, '$1')
  return (
    name === 'localhost' || name === '::1' || name === '0:0:0:0:0:0:0:1' || /^127(?:\.\d{1,3}){3}$/.test(name)
  )
}
