// The rule that recovery factors (backup codes) never stand alone, over the authenticator types
// it is given: the registry binds it (`onlyRecovery` in ./index), and client code applies it to
// the types the server passes down as data, so the registry stays out of its bundle.

/** True when `types` is not empty and holds none of `authenticators`. */
export const onlyRecoveryAmong = (types: readonly string[], authenticators: readonly string[]) =>
  types.length > 0 && !types.some((type) => authenticators.includes(type));
