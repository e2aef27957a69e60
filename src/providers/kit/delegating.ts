/**
 * An object that answers `overrides` first and everything else from `target` (methods bound to it, so class
 * instances, getters and stand-in proxies work unchanged). Bound methods are made once per member. Provider
 * kits (scheduled, uploads) use it to hand out a provider with a part added or a method wrapped, without
 * touching its class.
 */
export function delegating<T extends object>(target: T, overrides: Partial<T>): T {
  const bound = new Map<PropertyKey, { original: unknown; method: unknown }>();
  return new Proxy(target, {
    get(object, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof T];
      const value = Reflect.get(object, property) as unknown;
      if (typeof value !== 'function') return value;
      const known = bound.get(property);
      if (known?.original === value) return known.method;
      const method = (value as (...args: unknown[]) => unknown).bind(object);
      bound.set(property, { original: value, method });
      return method;
    },
    has(object, property) {
      return (Object.hasOwn(overrides, property) && overrides[property as keyof T] !== undefined) || Reflect.has(object, property);
    },
  });
}
