import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/http/problem.ts';
import { breakGlassReasonOf } from './break-glass.ts';

const request = (headers: Record<string, string | readonly string[]> = {}) =>
  ({ headers }) as unknown as FastifyRequest;

function refusal(work: () => unknown) {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, code: error.code, errors: error.errors };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the break-glass reason', () => {
  it('is null when the request gives none', () => {
    expect(breakGlassReasonOf(request())).toBeNull();
  });

  it('reads the header as percent-encoded UTF-8, trimmed and NFC-normalised', () => {
    const reason = 'Urgence médicale — دخول طارئ — 紧急';
    expect(breakGlassReasonOf(request({ 'x-break-glass-reason': encodeURIComponent(` ${reason} `) }))).toBe(
      reason,
    );
    expect(breakGlassReasonOf(request({ 'x-break-glass-reason': 'e\u0301te\u0301 transfer' }))).toBe(
      'été transfer',
    );
    expect(breakGlassReasonOf(request({ 'x-break-glass-reason': 'plain ASCII reason' }))).toBe(
      'plain ASCII reason',
    );
  });

  it('reads a body field, with line breaks', () => {
    expect(breakGlassReasonOf(request(), 'Line one\nline two')).toBe('Line one\nline two');
  });

  it.each([
    ['too short', { 'x-break-glass-reason': 'ok' }, undefined, '/headers/x-break-glass-reason'],
    ['blank', { 'x-break-glass-reason': '%20%20%20%20' }, undefined, '/headers/x-break-glass-reason'],
    [
      'not percent-encoded',
      { 'x-break-glass-reason': '50% of the time' },
      undefined,
      '/headers/x-break-glass-reason',
    ],
    [
      'a lone surrogate',
      { 'x-break-glass-reason': '%ED%A0%80abc' },
      undefined,
      '/headers/x-break-glass-reason',
    ],
    ['a NUL', { 'x-break-glass-reason': 'abc%00def' }, undefined, '/headers/x-break-glass-reason'],
    [
      'repeated',
      { 'x-break-glass-reason': ['one reason', 'another'] },
      undefined,
      '/headers/x-break-glass-reason',
    ],
    ['too long', {}, 'x'.repeat(1001), '/body/breakGlassReason'],
    ['in both places', { 'x-break-glass-reason': 'header reason' }, 'body reason', '/body/breakGlassReason'],
  ] as const)('refuses a reason %s with 400 naming the field', (_name, headers, body, path) => {
    expect(refusal(() => breakGlassReasonOf(request({ ...headers }), body))).toEqual({
      status: 400,
      code: 'request.validation',
      errors: [expect.objectContaining({ path, code: 'break_glass_reason' })],
    });
  });
});
