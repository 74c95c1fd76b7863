/**
 * The few commands `reproduce --via ssh` runs with the node's own tools, and parsers for what they
 * print: `getent ahosts` (the node's resolver through nsswitch, /etc/hosts included) and
 * `stat -f` (statfs of imagefs and nodefs). Everything passed to a shell is quoted here.
 */

/** Quotes one argument for a POSIX shell: single quotes, with embedded ones closed and escaped. */
export function shellQuote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Builds a command line from a program and its arguments, every argument quoted. */
export function shellCommand(program: string, args: readonly string[]): string {
  // LC_ALL=C: error texts are matched ("No such file"), so they must not be translated.
  return ['LC_ALL=C', program, ...args.map(shellQuote)].join(' ');
}

/** The `stat -f` format: block size, blocks, blocks available, inodes, free inodes. */
export const STAT_FS_FORMAT = '%S %b %a %c %d';

/** Addresses from `getent ahosts NAME`, first-seen order, duplicates (one per socket type) dropped. */
export function parseGetentAhosts(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    const address = line.trim().split(/\s+/)[0];
    if (address) seen.add(address);
  }
  return [...seen];
}

/** statfs numbers from `stat -f -c STAT_FS_FORMAT`, or undefined when the text is not that. */
export function parseStatFs(text: string):
  | {
      blockSize: number;
      blocks: number;
      blocksAvailable: number;
      inodes: number;
      inodesFree: number;
    }
  | undefined {
  const fields = text.trim().split(/\s+/);
  if (fields.length !== 5 || fields.some((f) => !/^\d+$/.test(f))) return undefined;
  const [blockSize, blocks, blocksAvailable, inodes, inodesFree] = fields.map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { blockSize, blocks, blocksAvailable, inodes, inodesFree };
}

const HEREDOC_END = 'KIP_STDIN_END';

/**
 * A script for `sh -s` that runs `program` with `env` exported and `stdin` as its input. The
 * script travels on the SSH channel's stdin, so environment values never reach a command line
 * (where `ps` on the node would show them). `stdin` must not contain the heredoc's end marker.
 */
export function runScript(
  program: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  stdin: string,
): string | undefined {
  const names = Object.keys(env).filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
  if (stdin.split('\n').includes(HEREDOC_END)) return undefined;
  const exports = names.map((n) => `export ${n}=${shellQuote(env[n] ?? '')}`);
  const body = stdin.endsWith('\n') ? stdin : `${stdin}\n`;
  return [
    ...exports,
    `exec ${[program, ...args].map(shellQuote).join(' ')} <<'${HEREDOC_END}'`,
    `${body}${HEREDOC_END}`,
    '',
  ].join('\n');
}
