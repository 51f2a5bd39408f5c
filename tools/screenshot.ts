/**
 * `npm run screenshots`: renders the job summary of two runs (one green with
 * posts, one red with its fix) to HTML with GitHub's light and dark colours,
 * and screenshots each in headless Chromium into docs/. Needs a Chromium
 * binary and a colour emoji font (`apt-get install chromium
 * fonts-noto-color-emoji`: without the font ✅ and ❌ render as boxes); set
 * CHROMIUM to use another path.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { marked } from 'marked'
import { REPO_ROOT, runAction } from './runner.js'
import { READ_ONLY, SAMPLE, XSimulator, credentialInputs, seedDefault, type Credentials } from './simulator/index.js'

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const WIDTH = 1000

const THEMES = {
  light: { bg: '#ffffff', fg: '#1f2328', muted: '#59636e', border: '#d1d9e0', code: 'rgba(129,139,152,0.12)', link: '#0969da', stripe: '#f6f8fa' },
  dark: { bg: '#0d1117', fg: '#f0f6fc', muted: '#9198a1', border: '#3d444d', code: 'rgba(101,108,118,0.2)', link: '#4493f8', stripe: '#151b23' }
}

function page(markdown: string, theme: keyof typeof THEMES): string {
  const t = THEMES[theme]
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 24px 32px; background: ${t.bg}; color: ${t.fg}; width: ${WIDTH - 64}px;
    font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
  h2 { font-size: 1.5em; border-bottom: 1px solid ${t.border}; padding-bottom: .3em; margin: 0 0 16px; }
  h3 { font-size: 1.25em; margin: 24px 0 16px; }
  table { border-collapse: collapse; margin: 0 0 16px; display: block; overflow: auto; }
  th, td { border: 1px solid ${t.border}; padding: 6px 13px; }
  tr:nth-child(2n) { background: ${t.stripe}; }
  code { background: ${t.code}; border-radius: 6px; padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; }
  pre { background: ${t.code}; border-radius: 6px; padding: 16px; } pre code { background: none; padding: 0; }
  a { color: ${t.link}; text-decoration: none; } p { margin: 0 0 16px; } ol { margin: 0 0 16px; padding-left: 2em; }
  </style></head><body>${marked.parse(markdown, { gfm: true, async: false })}
  <script>document.title = String(document.documentElement.scrollHeight)</script></body></html>`
}

function chromium(args: string[]): string {
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars'
  ]
  const profile = mkdtempSync(path.join(os.tmpdir(), 'x-summary-chromium-'))
  try {
    return execFileSync(CHROMIUM, [...flags, `--user-data-dir=${profile}`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}

function screenshot(html: string, out: string): void {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'x-summary-')), 'summary.html')
  writeFileSync(file, html)
  const height = Number(/<title>(\d+)<\/title>/.exec(chromium(['--dump-dom', `file://${file}`]))?.[1] ?? 1200)
  chromium([`--screenshot=${out}`, `--window-size=${WIDTH},${height}`, `file://${file}`])
}

async function summaryOf(sim: XSimulator, c: Credentials, inputs: Record<string, string>): Promise<string> {
  const run = await runAction({
    inputs: {
      ...credentialInputs(c),
      'api-base-url': sim.url,
      ...inputs
    }
  })
  return run.summary
}

/** Where fontconfig can say, refuses to draw the verdicts as boxes. */
function requireEmojiFont(): void {
  let fonts: string
  try {
    fonts = execFileSync('fc-list', [], { encoding: 'utf8' })
  } catch {
    return
  }
  if (!/emoji/i.test(fonts)) {
    console.error("No colour emoji font is installed, so the summary's ✅ and ❌ would render as boxes: apt-get install fonts-noto-color-emoji")
    process.exit(1)
  }
}

async function main(): Promise<void> {
  requireEmojiFont()
  const sim = await XSimulator.start()
  seedDefault(sim)
  const docs = path.join(REPO_ROOT, 'docs')
  mkdirSync(docs, { recursive: true })
  try {
    const runs = {
      posted: await summaryOf(sim, SAMPLE, { tweet: 'Release v2.4.0 is out 🎉 https://example.com/releases/v2.4.0\n---\nWhat changed: clearer errors.' }),
      failed: await summaryOf(sim, READ_ONLY, {})
    }
    for (const [name, markdown] of Object.entries(runs)) {
      for (const theme of ['light', 'dark'] as const) {
        const out = path.join(docs, `summary-${name}-${theme}.png`)
        screenshot(page(markdown, theme), out)
        console.log(`wrote ${path.relative(REPO_ROOT, out)}`)
      }
    }
  } finally {
    await sim.close()
  }
}

await main()
