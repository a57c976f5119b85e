/**
 * The runner's file and log protocols, as pure functions: the `name=value` / `name<<DELIMITER`
 * files a step writes ($GITHUB_OUTPUT, $GITHUB_ENV, $GITHUB_STATE), $GITHUB_PATH, the `::command::`
 * lines a step prints, and masking (every secret and `::add-mask::` value printed as ***).
 */

/** `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks, later names winning. */
export function parseKeyValueFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '')
    if (!line.trim()) continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    const equals = line.indexOf('=')
    if (heredoc && (equals < 0 || equals > line.indexOf('<<'))) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i].replace(/\r$/, '') !== delimiter; i++) value.push(lines[i])
      if (i >= lines.length) throw new Error(`${name}: no closing delimiter ${delimiter}`)
      out[name] = value.join('\n')
    } else if (equals > 0) out[line.slice(0, equals)] = line.slice(equals + 1)
    else throw new Error(`"${line}" is neither name=value nor name<<DELIMITER`)
  }
  return out
}

/** The directories of $GITHUB_PATH, one per line. */
export function parsePathFile(text: string): string[] {
  return text
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
}

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

const unescapeData = (text: string) => text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
const unescapeProperty = (text: string) => unescapeData(text).replace(/%3A/gi, ':').replace(/%2C/gi, ',')

/** `::error file=x,line=1::message` → its parts; undefined for an ordinary line. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart())
  if (!match) return undefined
  const properties: Record<string, string> = {}
  for (const part of (match[2] ?? '').split(',').filter(Boolean)) {
    const eq = part.indexOf('=')
    if (eq > 0) properties[part.slice(0, eq).trim()] = unescapeProperty(part.slice(eq + 1))
  }
  return { command: match[1].toLowerCase(), properties, message: unescapeData(match[3]) }
}

/** `text` with every secret (each line of a multi-line one) replaced by ***. */
export function maskText(text: string, secrets: Iterable<string>): string {
  const values = [...secrets]
    .flatMap(secret => [secret, ...secret.split(/\r?\n/)])
    .map(value => value.trim())
    .filter(value => value.length > 0)
    .sort((a, b) => b.length - a.length)
  let out = text
  for (const value of values) out = out.split(value).join('***')
  return out
}

/** INPUT_<NAME> as the runner names an action input's variable (spaces → _, upper case). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}
