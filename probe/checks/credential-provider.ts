// Runs the kubelet's credential provider plugins for the image exactly as the kubelet would: the
// providers whose matchImages match, each as `BINDIR/NAME ARGS...` in the node's root, with the
// kubelet's environment plus the provider's `env`, a CredentialProviderRequest on stdin and a
// CredentialProviderResponse expected on stdout. The credentials it returns feed a pull of their
// own, so a node whose pulls depend on a provider is not reported as a credential failure.
// Nothing the plugin prints is logged or reported: its stdout holds a password.
import type { ImageReference } from '../../shared/image-reference.js';
import {
  parseProviderResponse,
  providerRequest,
  providersForImage,
  type CredentialProvider,
} from '../../shared/probe/credential-provider.js';
import type { CheckResult, ProviderDetail, ProviderRunDetail } from '../../shared/probe/report.js';
import type { RegistryCredential } from '../../shared/pull-secrets.js';
import { lookupCredentials } from '../../shared/registry-keyring.js';
import type { CriAuth } from '../cri/messages.js';
import type { CredentialProviderSetup } from '../node/credential-providers.js';
import type { NodeAccess } from '../node/node-access.js';
import { errorText, runCheck } from './run-check.js';

/** The check's result, and the credentials for the provider pull when one answered for the image. */
export interface ProviderCheck {
  readonly result: CheckResult<ProviderDetail>;
  readonly auth?: CriAuth;
}

// What a kubelet started by systemd has when its environment cannot be read.
const FALLBACK_ENV = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' };

const firstLine = (text: string): string =>
  text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '') ?? '';

interface OneRun {
  readonly detail: ProviderRunDetail;
  readonly credentials: readonly RegistryCredential[];
}

async function runProvider(
  host: NodeAccess,
  setup: CredentialProviderSetup,
  provider: CredentialProvider,
  pattern: string,
  ref: ImageReference,
  signal: AbortSignal,
): Promise<OneRun> {
  const binary = `${setup.binDir ?? ''}/${provider.name}`;
  const base = { name: provider.name, matchedBy: pattern, binary };
  const fail = (error: string): OneRun => ({
    detail: { ...base, status: 'failed', error },
    credentials: [],
  });
  if (setup.binDir === undefined)
    return fail('the kubelet has no --image-credential-provider-bin-dir, so it cannot run it');
  if (provider.apiVersion === undefined)
    return fail('the provider has no apiVersion, so the kubelet refuses the config');
  const env: Record<string, string> = { ...(setup.kubeletEnv ?? FALLBACK_ENV) };
  for (const e of provider.env) env[e.name] = e.value;
  let out;
  try {
    out = await host.run(binary, provider.args, {
      env,
      stdin: providerRequest(provider.apiVersion, ref),
      signal,
    });
  } catch (err) {
    return fail(`running ${binary} failed: ${errorText(err)}`);
  }
  if (out.code !== 0) {
    const why = firstLine(out.stderr) || firstLine(out.stdout) || 'no message';
    const status = out.code === null ? 'was killed' : `exited with ${out.code}`;
    // The plugin's own words are evidence; a plugin that prints a password on failure is rare,
    // but only its first stderr line is kept, never stdout when stderr has something.
    return fail(`${provider.name} ${status}: ${why}`);
  }
  const response = parseProviderResponse(out.stdout, provider.apiVersion);
  if (!response.ok) return fail(response.problem);
  return {
    detail: {
      ...base,
      status: 'ok',
      registries: response.credentials.map((c) => c.key),
      ...(response.cacheKeyType ? { cacheKeyType: response.cacheKeyType } : {}),
      ...(response.cacheDuration ? { cacheDuration: response.cacheDuration } : {}),
    },
    credentials: response.credentials,
  };
}

/**
 * Runs the matching providers; undefined when none matches the image (the kubelet would not run
 * any). Ok when a provider returned credentials the kubelet would use for this image.
 */
export async function checkCredentialProviders(
  host: NodeAccess,
  setup: CredentialProviderSetup,
  ref: ImageReference,
  timeoutMs: number,
): Promise<ProviderCheck | undefined> {
  const matching = setup.configs.flatMap(({ config }) => providersForImage(config, ref));
  if (matching.length === 0) return undefined;
  let auth: CriAuth | undefined;
  const result = await runCheck<ProviderDetail>(timeoutMs, async (signal) => {
    const runs: OneRun[] = [];
    for (const { provider, pattern } of matching)
      runs.push(await runProvider(host, setup, provider, pattern, ref, signal));
    // Earlier providers win on overlapping keys, as in the kubelet's merged keyring.
    const match = lookupCredentials(
      runs.flatMap((r) => r.credentials),
      ref,
    ).matches.find((m) => m.credential.hasAuth);
    const providers = runs.map((r) => r.detail);
    const detail: ProviderDetail = {
      providers,
      ...(setup.kubeletEnv ? {} : { environment: 'not readable; plugins ran with a bare PATH' }),
      ...(match ? { usedKey: match.credential.key } : {}),
    };
    if (match) {
      auth = {
        username: match.credential.username ?? '',
        password: match.credential.password ?? '',
      };
      return { status: 'ok', detail };
    }
    const failed = providers.filter((p) => p.status === 'failed');
    const error =
      failed.length > 0
        ? failed.map((p) => p.error).join('; ')
        : `no provider returned credentials for ${ref.registry}/${ref.repository} (answered for ${
            providers.flatMap((p) => p.registries ?? []).join(', ') || 'nothing'
          })`;
    return { status: 'failed', error, detail };
  });
  return { result, ...(auth ? { auth } : {}) };
}
