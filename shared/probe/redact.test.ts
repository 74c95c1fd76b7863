import { describe, expect, it } from 'vitest';
import { redactSecrets, secretsOf } from './redact.js';

describe('redactSecrets', () => {
  it.each([
    {
      name: 'plain',
      text: 'pw=S3cret-1 and S3cret-1',
      secrets: ['S3cret-1'],
      want: 'pw=*** and ***',
    },
    {
      name: 'JSON-escaped form',
      text: '{"e":"a\\"b\\\\c"}',
      secrets: ['a"b\\c'],
      want: '{"e":"***"}',
    },
    { name: 'too short to mask', text: 'abc abc', secrets: ['abc'], want: 'abc abc' },
  ])('masks $name', ({ text, secrets, want }) => {
    expect(redactSecrets(text, secrets)).toBe(want);
  });
});

describe('secretsOf', () => {
  it('takes the password, or the auth field and the password inside it', () => {
    expect(secretsOf({ kind: 'basic', username: 'alice', password: 'pw-123' })).toEqual(['pw-123']);
    expect(secretsOf({ kind: 'auth', auth: btoa('alice:pw-123') })).toEqual([
      btoa('alice:pw-123'),
      'pw-123',
    ]);
    expect(secretsOf({ kind: 'auth', auth: '%%%' })).toEqual(['%%%']);
  });
});
