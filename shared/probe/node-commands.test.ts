import { describe, expect, it } from 'vitest';
import {
  parseGetentAhosts,
  parseStatFs,
  runScript,
  shellCommand,
  shellQuote,
} from './node-commands.js';

describe('shellQuote', () => {
  it.each([
    { name: 'plain path', arg: '/etc/resolv.conf', want: `'/etc/resolv.conf'` },
    { name: 'spaces and dollars', arg: 'a b$HOME', want: `'a b$HOME'` },
    { name: 'single quote', arg: `it's`, want: `'it'\\''s'` },
    { name: 'command substitution', arg: '$(reboot)', want: `'$(reboot)'` },
  ])('$name', ({ arg, want }) => {
    expect(shellQuote(arg)).toBe(want);
  });

  it('builds a command with the C locale and every argument quoted', () => {
    expect(shellCommand('cat', ['--', '/etc/x y'])).toBe(`LC_ALL=C cat '--' '/etc/x y'`);
  });
});

describe('parseGetentAhosts', () => {
  it('keeps each address once, in order (getent prints one line per socket type)', () => {
    // Captured from Debian 12 glibc 2.36: `getent ahosts registry.corp.test`.
    const text = [
      '10.213.0.22     STREAM registry.corp.test',
      '10.213.0.22     DGRAM  ',
      '10.213.0.22     RAW    ',
      'fd00::22        STREAM ',
      '',
    ].join('\n');
    expect(parseGetentAhosts(text)).toEqual(['10.213.0.22', 'fd00::22']);
  });

  it('is empty for no output (getent exits 2 when the name is unknown)', () => {
    expect(parseGetentAhosts('')).toEqual([]);
  });
});

describe('parseStatFs', () => {
  it('reads the five numbers of stat -f -c "%S %b %a %c %d"', () => {
    // Captured: `stat -f -c '%S %b %a %c %d' /var/lib/containerd` on a 1.5 GiB tmpfs.
    expect(parseStatFs('4096 393216 391000 1018433 1018390\n')).toEqual({
      blockSize: 4096,
      blocks: 393216,
      blocksAvailable: 391000,
      inodes: 1018433,
      inodesFree: 1018390,
    });
  });

  it.each([
    { name: 'an error text', text: "stat: cannot read file system information for '/x'" },
    { name: 'too few fields', text: '4096 10 5' },
  ])('refuses $name', ({ text }) => {
    expect(parseStatFs(text)).toBeUndefined();
  });
});

describe('runScript', () => {
  it('quotes every value and argument, and feeds stdin through a heredoc', () => {
    expect(runScript('/bin/p', ["a'b"], { V: '$(x)' }, '{"image":"r/a"}')).toBe(
      `export V='$(x)'\nexec '/bin/p' 'a'\\''b' <<'KIP_STDIN_END'\n{"image":"r/a"}\nKIP_STDIN_END\n`,
    );
  });

  it('skips names a shell cannot export, and refuses stdin holding the end marker', () => {
    expect(runScript('true', [], { 'BAD-NAME': 'x' }, '')).not.toContain('BAD-NAME');
    expect(runScript('true', [], {}, 'x\nKIP_STDIN_END\ny')).toBeUndefined();
  });
});
