// Where the provider is mounted, in a module of its own so the server can route /oidc requests
// without loading the provider before the first one.
export const OIDC_PREFIX = "/oidc";
