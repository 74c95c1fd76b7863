import type { Rule } from './rule.js';

const PROVIDER_FAILED =
  /Failed getting credential from external registry credential provider[^\n]{0,200}|error execing credential provider plugin[^\n]{0,200}|credential provider plugin [^\n]{0,120}?(?:not found|failed|error)[^\n]{0,120}|failed to (?:get|fetch|obtain) credentials? (?:from|via|using) [^\n]{0,60}?(?:credential provider|credential helper|plugin)[^\n]{0,120}|[\w-]{1,60}-credentials?-provider[^\n]{0,40}?(?:exit status \d{1,3}|executable file not found|not found in \$PATH|error|did not exist)[^\n]{0,120}|Failed to register CRI auth plugins[^\n]{0,200}|Error running credential provider plugin[^\n]{0,160}|CredentialProvider(?:Config|Request)[^\n]{0,80}|Service account not enabled on this instance|Failed to get authorization token[^\n]{0,200}|Error (?:retrieving|listing|getting) credentials[^\n]{0,160}|error getting credentials - err[^\n]{0,160}|cannot get auth config for[^\n]{0,160}|failed to get credential from [^\n]{0,160}|failed to acquire a token[^\n]{0,80}|NoCredentialProviders[^\n]{0,60}|no EC2 IMDS role found/i;

/**
 * The kubelet's credential provider plugins (KEP-2133, KEP-4412). A failure is logged by the
 * kubelet and the pull goes on anonymously, so the registry's answer is a plain 401: the
 * credentials are the cause, whatever the plugin tripped over.
 */
export const CREDENTIAL_PROVIDER_RULES: readonly Rule[] = [
  {
    id: 'credential-provider-unreachable',
    family: 'credential-provider',
    cause: 'auth',
    confidence: 'medium',
    alternatives: ['network', 'dns'],
    pattern: PROVIDER_FAILED,
    requires:
      /i\/o timeout|dial tcp|no such host|connection refused|TLS handshake timeout|deadline exceeded|Client\.Timeout|send request failed/i,
    detail:
      "the credential provider could not reach its cloud's API (token or STS endpoint), so the " +
      'kubelet pulled without credentials: fix the node egress to that API first.',
  },
  {
    id: 'credential-provider-failed',
    family: 'credential-provider',
    cause: 'auth',
    confidence: 'high',
    pattern: PROVIDER_FAILED,
    detail:
      'the kubelet credential provider plugin failed, so the kubelet pulled without credentials; ' +
      "check the plugin binary, its CredentialProviderConfig and the node's cloud identity.",
  },
];
