/**
 * The workflow commands a GitHub Actions runner would execute from a step's output, read with the
 * runner's own rules: a line is a command when, after leading whitespace, it starts with `::name`
 * (`::name k=v::data`), or when it holds `##[name …]` anywhere (the older syntax);
 * `::stop-commands::TOKEN` stops every command until a line `::TOKEN::`.
 */
export function runnerCommands(text: string): string[] {
  const commands: string[] = []
  let stoppedBy: string | undefined
  for (const raw of text.split('\n')) {
    const line = raw.trimStart()
    const v2 = /^::([^\s:]+)(?: [^:]*)?::(.*)$/.exec(line)
    const v1 = /##\[([^\]\s;]+)[^\]]*\](.*)$/.exec(raw)
    const name = v2?.[1] ?? v1?.[1]
    if (!name) continue
    if (stoppedBy !== undefined) {
      if (name === stoppedBy) stoppedBy = undefined
      continue
    }
    if (name === 'stop-commands') {
      stoppedBy = v2?.[2] ?? v1?.[2]
      continue
    }
    commands.push(line)
  }
  return commands
}

/** Lines a hostile program (or pod) prints, to try every kind of workflow command. */
export const INJECTION = [
  '::add-mask::not-a-secret',
  '  ::warning title=pwned::from a tool',
  '::set-output name=passed::true',
  'progress ##[error]from the middle of a line',
  '::endgroup::',
  '::stop-commands::guess',
  '::guess::',
  '::error::after an attempt to resume'
]
