/**
 * GitHub's errors as the action keeps them: from whatever Octokit threw, only
 * plain fields, GitHub's words scrubbed and cut, the request never kept; and
 * the one sentence each kind of failure is told in.
 */
import { describe, expect, test } from '@jest/globals'
import { GitHubApiError, toGitHubApiError } from '../../src/github/errors.js'

const ENDPOINT = 'PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}'
const TOKEN = 'ghs_Wf3Gt7Kp1Zx5Nc9Vb2Qm6Lr8Sd4Hj0Ty7Ua3Ei'
const scrub = (text: string) => text.split(TOKEN).join('***')
const convert = (error: unknown, o: { attempts?: number; timedOut?: boolean } = {}) => toGitHubApiError(ENDPOINT, error, o.attempts ?? 1, !!o.timedOut, scrub)

describe('from what Octokit threw', () => {
  test("an HTTP answer: the status, GitHub's message, the permission it wanted; the request with its token dropped", () => {
    const error = {
      status: 403,
      request: { headers: { authorization: `token ${TOKEN}` } },
      response: { status: 403, data: { message: 'Resource not accessible by integration' }, headers: { 'x-accepted-github-permissions': 'secrets=write' } }
    }
    const e = convert(error, { attempts: 1 })
    expect(e).toBeInstanceOf(GitHubApiError)
    expect(e.info).toEqual({ status: 403, message: 'Resource not accessible by integration', acceptedPermissions: 'secrets=write', attempts: 1 })
    expect(e.message).toBe(`${ENDPOINT}: GitHub answered HTTP 403: Resource not accessible by integration.`)
    expect(JSON.stringify(e)).not.toContain(TOKEN)
    expect(e.transient).toBe(false)
  })

  test('a message that echoes the token is scrubbed; a permissions header not of its form is dropped; a text body is read', () => {
    const echoed = convert({
      response: { status: 401, data: { message: `Bad credentials for ${TOKEN}` }, headers: { 'x-accepted-github-permissions': '<b>all</b>' } }
    })
    expect(echoed.info.message).toBe('Bad credentials for ***')
    expect(echoed.info.acceptedPermissions).toBeUndefined()
    const text = convert({ response: { status: 502, data: 'Bad gateway' } })
    expect(text.info.message).toBe('Bad gateway')
    expect(text.transient).toBe(true)
    expect(convert({ response: { status: 500 } }).message).toBe(`${ENDPOINT}: GitHub answered HTTP 500.`)
  })

  test('a timeout, after several attempts', () => {
    const e = convert(new Error('aborted'), { attempts: 3, timedOut: true })
    expect(e.kind).toBe('timeout')
    expect(e.transient).toBe(true)
    expect(e.message).toBe(`${ENDPOINT}: GitHub did not answer in time after 3 attempts (no complete answer in time).`)
  })

  test("the network: the cause's code, else its message, else the error's, else a plain phrase", () => {
    expect(convert({ message: 'fetch failed', cause: { code: 'ECONNRESET' } }).message).toBe(`${ENDPOINT}: the network failed (ECONNRESET).`)
    expect(convert({ message: 'fetch failed', cause: { message: 'socket hang up' } }).info.cause).toBe('socket hang up')
    expect(convert(new Error('getaddrinfo ENOTFOUND api.github.com')).info.cause).toBe('getaddrinfo ENOTFOUND api.github.com')
    expect(convert(undefined).info.cause).toBe('request failed')
    expect(convert({ cause: { code: 'ECONNREFUSED' } }, { attempts: 2 }).message).toBe(`${ENDPOINT}: the network failed after 2 attempts (ECONNREFUSED).`)
  })

  test('a certificate Node refused: TLS, nothing sent, not worth another attempt', () => {
    const e = convert({ message: 'fetch failed', cause: { code: 'SELF_SIGNED_CERT_IN_CHAIN' } })
    expect(e.kind).toBe('tls')
    expect(e.transient).toBe(false)
    expect(e.message).toBe(`${ENDPOINT}: GitHub's TLS certificate was refused (SELF_SIGNED_CERT_IN_CHAIN); nothing was sent.`)
  })

  test('one already converted is kept as it is', () => {
    const e = new GitHubApiError(ENDPOINT, 'deadline', { attempts: 2 })
    expect(convert(e)).toBe(e)
    expect(e.message).toBe(`${ENDPOINT}: stopped at the step's overall deadline after 2 attempts.`)
  })
})
