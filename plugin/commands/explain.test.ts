import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { API_VERSION } from '../../shared/api-version.js';
import { buildDeps } from '../deps.js';
import { UsageError } from '../errors.js';
import { createRenderer } from '../render/renderer.js';
import { runCaptured } from '../testing/run-in-process.js';
import { run, toOptions, validateOptions, type ExplainOptions } from './explain.js';

const DNS_FAILURE =
  'Failed to pull image "registry.k8s.io/pause:3.10": failed to pull and unpack image "registry.k8s.io/pause:3.10": failed to resolve reference "registry.k8s.io/pause:3.10": failed to do request: Head "https://registry.k8s.io/v2/pause/manifests/3.10": dial tcp: lookup registry.k8s.io on 192.168.98.2:53: no such host';

const ECR_NO_CREDENTIALS =
  'Failed to pull image "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.6.3": rpc error: code = Unknown desc = Error response from daemon: Get https://602401143452.dkr.ecr.us-west-2.amazonaws.com/v2/amazon-k8s-cni/manifests/v1.6.3: no basic auth credentials';

const DOCKER_HUB_DENIED = `Failed to pull image "acme/app": Error response from daemon: pull access denied for acme/app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;

/** Runs `explain` with the given stdin, capturing what it prints. */
async function runWithStdin(
  stdin: string,
  options: Partial<ExplainOptions> = {},
): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const render = createRenderer({
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: () => true },
    env: {},
  });
  const deps = { ...buildDeps(render, {}), readStdin: () => Promise.resolve(stdin) };
  const code = await run({ words: ['-'], output: 'text', isVerbose: false, ...options }, deps);
  return { code, stdout };
}

describe('explain options', () => {
  it.each([
    {
      name: 'one quoted message',
      message: ['dial tcp: i/o timeout'],
      words: ['dial tcp: i/o timeout'],
    },
    { name: 'unquoted words', message: ['401', 'Unauthorized'], words: ['401', 'Unauthorized'] },
    { name: 'stdin', message: ['-'], words: ['-'] },
  ])('reads $name', ({ message, words }) => {
    expect(validateOptions(toOptions({ message, output: 'json' }))).toEqual({
      words,
      output: 'json',
      isVerbose: false,
    });
  });

  it.each([
    { name: 'no message', words: [] },
    { name: 'a blank message', words: ['  ', ''] },
    { name: '"-" among other words', words: ['-', 'extra'] },
  ])('rejects $name as a usage error', ({ words }) => {
    expect(() => validateOptions({ words, output: 'text', isVerbose: false })).toThrow(UsageError);
  });
});

describe('explain command', () => {
  it('prints cause, evidence, facts, meaning and fix, and exits 1 for a pull problem', async () => {
    const result = await runCaptured(['explain', DNS_FAILURE]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        'cause:        dns (Registry host name does not resolve)',
        'confidence:   high',
        'evidence:     "lookup registry.k8s.io on 192.168.98.2:53: no such host"',
        'host:         registry.k8s.io',
        'resolver:     192.168.98.2:53',
        'runtime:      containerd',
        'family:       name-resolution (DNS lookups of the registry, token, blob or proxy host)',
      ]),
    );
    expect(result.stdout).toMatch(/^means: {8}\S/m);
    expect(result.stdout).toMatch(/^fix: {10}\S/m);
    expect(result.stdout).not.toMatch(/^rule:/m);
  });

  it.each([
    {
      name: 'ECR: the node role or the credential provider, and the 12 h token',
      text: ECR_NO_CREDENTIALS,
      registry: 'Amazon ECR',
      fix: /ecr:GetAuthorizationToken.*ecr-credential-provider.*12 hours/,
    },
    {
      name: 'Artifact Registry: the reader role',
      text: 'Error response from daemon: Head "https://europe-west2-docker.pkg.dev/v2/p/ml/app/manifests/4.19.5": denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/p/locations/europe-west2/repositories/ml" (or it may not exist)',
      registry: 'Google Artifact Registry',
      fix: /roles\/artifactregistry\.reader/,
    },
    {
      name: 'ACR: AcrPull and --attach-acr',
      text: 'Failed to pull image "shop.azurecr.io/web:2": rpc error: code = Unknown desc = Error response from daemon: Head "https://shop.azurecr.io/v2/web/manifests/2": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
      registry: 'Azure Container Registry',
      fix: /AcrPull.*--attach-acr/,
    },
  ])('names the registry and the fix it needs for $name', async ({ text, registry, fix }) => {
    const result = await runCaptured(['explain', text]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`registry:     ${registry}`);
    expect(result.stdout).toMatch(/^family: {7}registry-credentials|^family: {7}ambiguous-access/m);
    const line = result.stdout.split('\n').find((l) => l.startsWith('registry fix: '));
    expect(line).toMatch(fix);
  });

  it('names the credential provider and the failing token host it read', async () => {
    const result = await runCaptured([
      'explain',
      'E1204 kuberuntime_image.go:55] "Failed getting credential from external registry credential provider" err="error execing credential provider plugin ecr-credential-provider for image 1.dkr.ecr.eu-west-1.amazonaws.com/app: exit status 1"',
    ]);
    expect(result.stdout).toMatch(/^cause: {8}auth /m);
    expect(result.stdout).toMatch(/^family: {7}credential-provider /m);
    expect(result.stdout).toMatch(/^provider: {5}ecr-credential-provider$/m);
  });

  it('says what would tell the alternatives of an ambiguous result apart', async () => {
    const result = await runCaptured(['explain', DOCKER_HUB_DENIED, '--verbose']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^could be: {5}auth or not-found$/m);
    expect(result.stdout).toMatch(/^to tell: {6}list the repository tags/m);
    expect(result.stdout).toMatch(/^rule: {9}docker-hub-ambiguous$/m);
  });

  it('exits 0 when the text names no pull problem, and says what it needs', async () => {
    const result = await runCaptured(['explain', 'Back-off pulling image "nginx:1.27"']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^cause: {8}unknown /m);
    expect(result.stdout).toMatch(/^image: {8}nginx:1\.27$/m);
    expect(result.stdout).toMatch(/^note: {9}.*Failed event/m);
  });

  it.each([
    { format: 'json', parse: (text: string): unknown => JSON.parse(text) },
    { format: 'yaml', parse: (text: string): unknown => load(text) },
  ])('prints a versioned Explanation as $format with stable keys', async ({ format, parse }) => {
    const result = await runCaptured(['explain', '-o', format, DOCKER_HUB_DENIED]);
    expect(result.code).toBe(1);
    expect(parse(result.stdout)).toEqual({
      apiVersion: API_VERSION,
      kind: 'Explanation',
      cause: 'auth-or-not-found',
      confidence: 'medium',
      evidence: [
        "pull access denied for acme/app, repository does not exist or may require 'docker login'",
      ],
      rule: 'docker-hub-ambiguous',
      family: 'ambiguous-access',
      runtime: 'docker',
      facts: {
        image: 'acme/app',
        host: 'docker.io',
        registryFlavour: 'dockerhub',
        detail: expect.any(String),
      },
      alternatives: ['auth', 'not-found'],
      title: expect.any(String),
      meaning: expect.any(String),
      fix: expect.any(String),
      registryFix: expect.stringContaining('docker.io'),
    });
  });

  it('prints null runtime and no alternatives rather than leaving keys out', async () => {
    const result = await runCaptured(['explain', '-o', 'json', '401 Unauthorized']);
    expect(JSON.parse(result.stdout)).toMatchObject({
      cause: 'auth',
      runtime: null,
      alternatives: [],
      facts: { httpStatus: 401 },
      registryFix: null,
    });
  });

  it.each([
    { name: 'no message', argv: ['explain'] },
    { name: '"-" with other words', argv: ['explain', '-', 'more'] },
  ])('exits 2 for $name', async ({ argv }) => {
    const result = await runCaptured(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: /);
  });

  it('shows examples in its help', async () => {
    const result = await runCaptured(['explain', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('explain -');
  });
});

describe('explain - (stdin)', () => {
  it('classifies the text read from stdin', async () => {
    const result = await runWithStdin(`${DNS_FAILURE}\n`);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^cause: {8}dns /m);
  });

  it('treats empty stdin as a usage error', async () => {
    await expect(runWithStdin(' \n')).rejects.toThrow(UsageError);
  });
});
