/**
 * The exit codes of kubectl-imagepull, the one table scripts can rely on. The README's "Exit codes"
 * section is kept in step with this table by a test.
 */
export const EXIT_CODES = [
  { code: 0, name: 'ok', meaning: 'no image pull problem found' },
  { code: 1, name: 'pullProblem', meaning: 'an image pull problem was diagnosed' },
  { code: 2, name: 'usage', meaning: 'usage error: unknown flag or command, bad flag value' },
  { code: 3, name: 'clusterAccess', meaning: 'the cluster could not be reached or refused access' },
  { code: 4, name: 'probeFailure', meaning: 'the node probe could not be placed, run or read' },
  {
    code: 5,
    name: 'notFound',
    meaning:
      'the named pod, workload, node, namespace or secret does not exist, or the named CronJob has not run yet',
  },
  {
    code: 6,
    name: 'badManifest',
    meaning: 'a manifest could not be read or parsed, or holds a kind check does not know',
  },
  { code: 70, name: 'internal', meaning: 'internal error: a bug in kubectl-imagepull' },
  {
    code: 130,
    name: 'interrupted',
    meaning: 'interrupted (Ctrl-C); everything created was removed',
  },
] as const;

type ExitCodeEntry = (typeof EXIT_CODES)[number];

/** An exit code the plugin may return. */
export type ExitCodeValue = ExitCodeEntry['code'];

/** Exit codes by name, for code that returns or throws them. */
export const ExitCode = Object.fromEntries(EXIT_CODES.map((e) => [e.name, e.code])) as {
  readonly [E in ExitCodeEntry as E['name']]: E['code'];
};
