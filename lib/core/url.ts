/**
 * Which URLs Shipline downloads from and talks to: HTTPS, or plain HTTP only to a loopback host (a
 * test server or a mirror on the same machine, where nothing crosses a network). No switch turns
 * plain HTTP on for any other host.
 */

/** Whether `hostname` (a URL's hostname: `localhost`, `127.0.0.1`, `[::1]`) is a loopback address. */
export function isLoopbackHost(hostname: string): boolean {
  const name = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  return name === 'localhost' || name === '::1' || /^127(?:\.\d{1,3}){3}$/.test(name)
}

/** What is wrong with `text` as a download URL, or undefined when it is HTTPS (or loopback HTTP). */
export function insecureUrlProblem(text: string): string | undefined {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'is not a URL'
  }
  if (url.protocol === 'https:' && url.hostname) return undefined
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return undefined
  if (url.protocol === 'http:') return 'is plain HTTP (only https, or http on loopback for tests)'
  return `is not an https URL`
}
