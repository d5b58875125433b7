// A stand-in for a driver adapter object (a factory, a connection, a transaction) that replaces
// some of its methods and forwards the rest with the object's own `this`, so methods using
// private fields keep working.
export function forward<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(object, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof T];
      const value = Reflect.get(object, property, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
