/** Configuration texts for the registry processes and the 429 front. */
import type { RegistrySpec } from './layout.js';

/** distribution 2.x config: filesystem storage, TLS, optional htpasswd. */
export function registryConfig(
  reg: RegistrySpec,
  storage: string,
  tls: { cert: string; key: string },
  htpasswd?: string,
): string {
  const auth = htpasswd
    ? `auth:\n  htpasswd:\n    realm: ${reg.host}\n    path: ${htpasswd}\n`
    : '';
  return `version: 0.1
log:
  level: info
  accesslog:
    disabled: false
storage:
  filesystem:
    rootdirectory: ${storage}
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: ${reg.address}:${reg.port}
  secret: kip-test-only
  tls:
    certificate: ${tls.cert}
    key: ${tls.key}
${auth}`;
}

/**
 * nginx in front of the plain registry, playing a registry whose pull quota is spent: every
 * manifest request gets Docker Hub's 429 answer (body and RateLimit headers), everything else is
 * proxied. limit_req guards the rest with a generous rate so the front also rate-limits for real.
 * The manifest answer is unconditional so tests never depend on timing.
 */
export function limitedFrontConfig(
  reg: RegistrySpec,
  backend: RegistrySpec,
  dir: string,
  tls: { cert: string; key: string },
): string {
  const body =
    '{"errors":[{"code":"TOOMANYREQUESTS","message":"You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"}]}';
  return nginxFront(reg, backend, dir, tls, {
    http: `  limit_req_zone $binary_remote_addr zone=kip:1m rate=50r/s;
  limit_req_status 429;
`,
    locations: `    location ~ ^/v2/.+/manifests/ {
      add_header RateLimit-Limit "100;w=21600" always;
      add_header RateLimit-Remaining "0;w=21600" always;
      add_header Docker-RateLimit-Source "${reg.address}" always;
      default_type application/json;
      return 429 '${body}';
    }
`,
    proxyExtra: `      limit_req zone=kip burst=20 nodelay;
`,
  });
}

/**
 * nginx in front of the plain registry that answers every blob GET with a 307 to `blobHost`, as
 * Docker Hub and the cloud registries send layers to a storage or CDN host. Nothing serves that
 * name and no DNS knows it, so a pull gets its manifest and then fails on the first blob.
 */
export function cdnFrontConfig(
  reg: RegistrySpec,
  backend: RegistrySpec,
  dir: string,
  tls: { cert: string; key: string },
  blobHost: string,
): string {
  return nginxFront(reg, backend, dir, tls, {
    locations: `    location ~ ^/v2/.+/blobs/ {
      return 307 https://${blobHost}$request_uri;
    }
`,
  });
}

/**
 * Bytes per second the slow front sends each blob at: the 96 MiB big image takes ~100 s, past
 * the minute under which a pull is never called slow.
 */
export const SLOW_BLOB_RATE = '1m';

/**
 * nginx in front of the plain registry that sends blobs at SLOW_BLOB_RATE per connection and
 * everything else at full speed: a pull that is under way, not failing, long enough to look at.
 */
export function slowFrontConfig(
  reg: RegistrySpec,
  backend: RegistrySpec,
  dir: string,
  tls: { cert: string; key: string },
): string {
  return nginxFront(reg, backend, dir, tls, {
    locations: `    location ~ ^/v2/.+/blobs/ {
      limit_rate ${SLOW_BLOB_RATE};
      proxy_pass https://${backend.address}:${backend.port};
      proxy_ssl_verify off;
      proxy_set_header Host ${reg.host};
    }
`,
  });
}

/** Where registry.stall.test's blob requests go: stall-server.mjs, on the front's own address. */
export const STALL_BACKEND_PORT = 8480;

/**
 * nginx in front of the plain registry whose blob requests go to the stall backend: manifests
 * resolve, the pull starts, part of each blob arrives and then nothing, which is what a runtime's no-progress
 * timeout is for. nginx is told to wait longer than any runtime does.
 */
export function stallFrontConfig(
  reg: RegistrySpec,
  backend: RegistrySpec,
  dir: string,
  tls: { cert: string; key: string },
): string {
  return nginxFront(reg, backend, dir, tls, {
    locations: `    location ~ ^/v2/.+/blobs/ {
      proxy_pass http://${reg.address}:${STALL_BACKEND_PORT};
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
`,
  });
}

/** An nginx server for `reg` that proxies to `backend`, with the front's own parts slotted in. */
function nginxFront(
  reg: RegistrySpec,
  backend: RegistrySpec,
  dir: string,
  tls: { cert: string; key: string },
  parts: { http?: string; locations: string; proxyExtra?: string },
): string {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
${parts.http ?? ''}  server {
    listen ${reg.address}:${reg.port} ssl;
    ssl_certificate ${tls.cert};
    ssl_certificate_key ${tls.key};
${parts.locations}    location / {
${parts.proxyExtra ?? ''}      proxy_pass https://${backend.address}:${backend.port};
      proxy_ssl_verify off;
      proxy_set_header Host ${reg.host};
    }
  }
}
`;
}
