/** The CLI's arguments and .env files, parsed without side effects. */

const VALUE_FLAGS = [
  'permission',
  'expect-username',
  'api-base-url',
  'timeout-seconds',
  'rate-limit-wait-seconds',
  'refresh-token-secret',
  'secret-environment'
]

export interface CliArgs {
  envFile?: string
  inputs: Record<string, string>
  summary: boolean
  help: boolean
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { inputs: {}, summary: false, help: false }
  const rest = [...argv]
  if (rest[0] === 'check') rest.shift()
  while (rest.length) {
    const arg = rest.shift() as string
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = () => {
      const v = inline ?? rest.shift()
      if (v === undefined) throw new Error(`${flag} needs a value`)
      return v
    }
    if (flag === '-h' || flag === '--help') args.help = true
    else if (flag === '--summary') args.summary = true
    else if (flag === '--env-file') args.envFile = value()
    else if (flag.startsWith('--') && VALUE_FLAGS.includes(flag.slice(2))) args.inputs[flag.slice(2)] = value()
    else throw new Error(`unknown argument ${flag}`)
  }
  return args
}

/** KEY=VALUE lines; `export ` prefixes, comments and quotes as in common .env files. */
export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {}
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line)
    if (!m) continue
    let value = m[2]
    const quoted = /^(["'])(.*)\1$/.exec(value)
    if (quoted) value = quoted[2]
    else value = value.replace(/\s+#.*$/, '')
    vars[m[1]] = value
  }
  return vars
}
