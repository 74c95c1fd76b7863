import { describe, expect, it } from 'vitest';
import { shouldUseColour } from './colour.js';

describe('shouldUseColour', () => {
  it.each([
    { name: 'terminal', env: {}, isTTY: true, expected: true },
    { name: 'pipe', env: {}, isTTY: false, expected: false },
    { name: 'NO_COLOR on a terminal', env: { NO_COLOR: '1' }, isTTY: true, expected: false },
    { name: 'empty NO_COLOR is unset', env: { NO_COLOR: '' }, isTTY: true, expected: true },
    {
      name: 'NO_COLOR beats FORCE_COLOR',
      env: { NO_COLOR: '1', FORCE_COLOR: '1' },
      isTTY: true,
      expected: false,
    },
    { name: 'FORCE_COLOR on a pipe', env: { FORCE_COLOR: '1' }, isTTY: false, expected: true },
    {
      name: 'FORCE_COLOR=0 on a terminal',
      env: { FORCE_COLOR: '0' },
      isTTY: true,
      expected: false,
    },
    { name: 'dumb terminal', env: { TERM: 'dumb' }, isTTY: true, expected: false },
  ])('$name -> $expected', ({ env, isTTY, expected }) => {
    expect(shouldUseColour({ isTTY, write: () => true }, env)).toBe(expected);
  });
});
