// Docker Hub is named `docker.io` in image references but serves its API elsewhere; every other
// registry serves the API on the host it is named by.

const DOCKER_HUB_NAMES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** True when `registry` is one of Docker Hub's spellings. */
export function isDockerHub(registry: string): boolean {
  return DOCKER_HUB_NAMES.has(registry.toLowerCase());
}

/** The host (and port) that serves the v2 API for a registry named in an image reference. */
export function registryApiHost(registry: string): string {
  return isDockerHub(registry) ? 'registry-1.docker.io' : registry.toLowerCase();
}

/** The repository path the API expects: Docker Hub's official images live under `library/`. */
export function registryApiRepository(registry: string, repository: string): string {
  return isDockerHub(registry) && !repository.includes('/') ? `library/${repository}` : repository;
}
