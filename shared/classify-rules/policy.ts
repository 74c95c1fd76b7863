import type { Rule } from './rule.js';

/**
 * Admission and signature policy. Tried before every credentials rule: webhooks answer "denied
 * the request" and signature checks quote the registry's MANIFEST_UNKNOWN for a missing
 * signature, yet the fix is the policy or the signature, never a pull secret.
 */
export const POLICY_RULES: readonly Rule[] = [
  {
    id: 'signature-policy',
    family: 'admission-policy',
    cause: 'policy',
    confidence: 'high',
    pattern:
      /SignatureValidationFailed|Source image rejected[^\n]{0,200}|is rejected by policy|A signature was required|None of the signatures were accepted|invalid policy in \\?"?[^\s"\\]{0,200}policy\.json[^\n]{0,80}|image verifier [^\n]{0,60}blocked pull[^\n]{0,120}|openpgp: invalid signature[^\n]{0,60}|No valid trust data for [^\s]{1,200}|failed to fetch \.sig manifest/i,
  },
  {
    id: 'admission-webhook',
    family: 'admission-policy',
    cause: 'policy',
    confidence: 'high',
    pattern:
      /admission webhook \\?"?[^\s"\\]{1,253}\\?"? denied the request[^\n]{0,200}|denied the request: [^\n]{0,200}|was blocked due to the following polic(?:y|ies)|image policy webhook backend denied[^\n]{0,120}|Denied by (?:default )?admission rule[^\n]{0,80}|prohibited by policy[^\n]{0,120}|images? rejected by (?:the )?(?:image policy )?webhook(?: backend)?|operation is disallowed/i,
  },
  {
    // The API server calls an admission webhook at its in-cluster service URL (…svc:443/path?
    // timeout=10s). When that call fails the pod is refused at admission, before any pull.
    id: 'admission-webhook-unreachable',
    family: 'admission-policy',
    cause: 'policy',
    confidence: 'medium',
    alternatives: ['network'],
    pattern:
      /(?:Post|POST) \\?"?https:\/\/[^\s"\\/]{1,253}\.svc(?::\d{1,5})?\/[^\s"\\]{0,300}\?timeout=\d{1,4}s\\?"?: [^\n]{0,160}/,
    detail:
      'an admission webhook (an image policy or signature verifier) did not answer the API ' +
      'server: the pod is refused before any pull. Check the webhook service, its pods and the ' +
      'registry access they need themselves.',
  },
  {
    id: 'image-verification',
    family: 'admission-policy',
    cause: 'policy',
    confidence: 'high',
    pattern:
      /(?<!(?:layer|manifest|blob|config|certificate|chain|checksum|digest|TLS|hostname) )\bverification failed[^\n]{0,120}|\bfailed verification\b[^\n]{0,120}|not allowed by (?:the )?(?:image )?polic(?:y|ies)[^\n]{0,80}|failed to verify (?:image|signature)[^\n]{0,120}|verification of image [^\s]{1,300} failed|no matching (?:signatures|attestations)|no signatures found|signature key validation failed|Unable to find signed digest|No trust data for|has an invalid image repo[^\n]{0,120}|(?:image|registry) [^\s]{1,300} (?:is|has) not (?:been )?allowed|not in the list of allowed registries|for container [^\s]{1,253} has not been allowed/i,
  },
  {
    id: 'registry-blocked',
    family: 'admission-policy',
    cause: 'policy',
    confidence: 'high',
    pattern: /registry [^\s]{1,255} is blocked in [^\s]{1,200}registries\.conf[^\s]{0,100}/i,
  },
  {
    // Docker Hub and the Kubernetes registry refuse bad credentials with 401; a 403 in their name
    // comes from something in between: an allow-list proxy, a firewall or an export block.
    id: 'public-registry-forbidden',
    family: 'admission-policy',
    cause: 'policy',
    confidence: 'medium',
    alternatives: ['network', 'auth'],
    pattern:
      /https?:\/\/(?:registry-1\.docker\.io|index\.docker\.io|registry\.k8s\.io|[\w-]{1,40}-docker\.pkg\.dev\/v2\/k8s-artifacts-prod)\/[^\s"\\]{0,1000}\\?"?: (?:403 )?Forbidden/i,
    detail:
      'public registries refuse missing credentials with 401, not 403: a 403 usually comes from an ' +
      'allow-list proxy, a firewall or a regional block between the node and the registry.',
  },
  {
    // At /v2/ no repository is named yet: a bare 403 there is an address or allow-list rule.
    id: 'ping-forbidden',
    family: 'admission-policy',
    cause: 'policy',
    confidence: 'medium',
    alternatives: ['network', 'auth'],
    pattern: /\/v2\/\\?"?: (?:403 )?Forbidden\b/i,
    detail:
      'the registry refused the /v2/ ping itself, before any repository was named: an address ' +
      'restriction, allow list or proxy in between, more rarely credentials it rejects outright.',
  },
];
