import { describe, expect, it } from 'vitest';
import { nextLink } from './link-header.js';

const BASE = new URL('https://reg.io/v2/kip/app/tags/list?n=2');

describe('nextLink', () => {
  it.each([
    {
      name: 'relative next',
      header: '</v2/kip/app/tags/list?last=b&n=2>; rel="next"',
      want: 'https://reg.io/v2/kip/app/tags/list?last=b&n=2',
    },
    {
      name: 'absolute next',
      header: '<https://reg.io/v2/x/tags/list?last=b>; rel=next',
      want: 'https://reg.io/v2/x/tags/list?last=b',
    },
    {
      name: 'next among others',
      header: '<https://reg.io/a>; rel="prev", <https://reg.io/b>; rel="next"',
      want: 'https://reg.io/b',
    },
    { name: 'no next', header: '<https://reg.io/a>; rel="prev"', want: undefined },
    { name: 'no header', header: undefined, want: undefined },
    { name: 'nextpage is not next', header: '<https://reg.io/a>; rel="nextpage"', want: undefined },
  ])('$name', ({ header, want }) => {
    expect(nextLink(header, BASE)?.href).toBe(want);
  });
});
