/** The userland punycode package's CommonJS file (the `punycode` name alone is Node's deprecated built-in module). */
declare module 'punycode/punycode.js' {
  const punycode: { toASCII(input: string): string; toUnicode(input: string): string; version: string }
  export default punycode
}
