import { describe, expect, it } from 'vitest';
import { describeFailure } from './describe-failure.js';
import { ClusterAccessError, ProbeError, UsageError } from './errors.js';

/** yargs throws plain Errors named YError for parse failures it raises itself. */
function aYargsError(message: string): Error {
  const error = new Error(message);
  error.name = 'YError';
  return error;
}

describe('describeFailure', () => {
  it.each([
    { name: 'usage error', thrown: new UsageError('bad flag'), exitCode: 2, message: 'bad flag' },
    {
      name: 'yargs error',
      thrown: aYargsError('Unknown argument: x'),
      exitCode: 2,
      message: 'unknown argument: x',
    },
    {
      name: 'cluster access',
      thrown: new ClusterAccessError('forbidden'),
      exitCode: 3,
      message: 'forbidden',
    },
    {
      name: 'probe failure',
      thrown: new ProbeError('probe pod not scheduled'),
      exitCode: 4,
      message: 'probe pod not scheduled',
    },
    {
      name: 'bug',
      thrown: new TypeError('x is undefined'),
      exitCode: 70,
      message: 'internal error: x is undefined (re-run with --verbose for the stack)',
    },
    {
      name: 'non-Error value',
      thrown: 42,
      exitCode: 70,
      message: 'internal error: 42 (re-run with --verbose for the stack)',
    },
  ])('maps a $name', ({ thrown, exitCode, message }) => {
    expect(describeFailure(thrown, false)).toEqual({
      message,
      exitCode,
      hint: undefined,
      stack: undefined,
    });
  });

  it('keeps only the first line of a multi-line message', () => {
    expect(describeFailure(new Error('first\nsecond'), true).message).toBe('internal error: first');
  });

  it('attaches the stack only when verbose', () => {
    const thrown = new Error('boom');
    expect(describeFailure(thrown, true).stack).toBe(thrown.stack);
    expect(describeFailure(thrown, false).stack).toBeUndefined();
  });
});
