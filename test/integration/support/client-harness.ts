// Builds registry clients the way the plugin does (real node transport) for the suite's fixture,
// and keeps every result so a test can check that no secret ever leaked into one.
import { NodeHttpTransport } from '../../../plugin/registry/node-transport.js';
import { RegistryClient } from '../../../plugin/registry/registry-client.js';
import type {
  ManifestCheck,
  RegistryClientOptions,
  RegistryCredentials,
} from '../../../plugin/registry/types.js';
import type { RegistryFixture } from './registry-fixture.js';

/** Client options plus the transport's environment and whether it trusts the fixture's CA. */
export interface ClientSetup extends RegistryClientOptions {
  env?: Record<string, string>;
  trustCa?: boolean;
}

/** Client factory and result log bound to a (lazily started) fixture. */
export interface ClientHarness {
  /** every result handed out so far */
  seen: unknown[];
  clientFor(setup?: ClientSetup): RegistryClient;
  check(
    registry: string,
    repository: string,
    reference: string,
    setup?: ClientSetup,
  ): Promise<ManifestCheck>;
  rightCredentials(): RegistryCredentials;
  /** the secrets that must never show up in `seen` */
  secrets(): string[];
}

/** A harness over `fixture()`, read at call time because the fixture starts in beforeAll. */
export function clientHarness(fixture: () => RegistryFixture): ClientHarness {
  const seen: unknown[] = [];
  const clientFor = (setup: ClientSetup = {}): RegistryClient => {
    const { env = {}, trustCa = true, ...options } = setup;
    const extra = trustCa ? { extraCaPem: fixture().ca.pem } : {};
    return new RegistryClient(
      new NodeHttpTransport({ env, ...extra, connectTimeoutMs: 2000 }),
      options,
    );
  };
  return {
    seen,
    clientFor,
    async check(registry, repository, reference, setup) {
      const result = await clientFor(setup).checkManifest({ registry, repository, reference });
      seen.push(result);
      return result;
    },
    rightCredentials: () => ({
      username: fixture().user.username,
      password: fixture().user.password,
    }),
    secrets() {
      const { username, password, identityToken } = fixture().user;
      return [password, identityToken, Buffer.from(`${username}:${password}`).toString('base64')];
    },
  };
}
