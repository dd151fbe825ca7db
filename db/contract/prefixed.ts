export type Prefixed<P extends string, T> = { [K in keyof T as `${P}.${K & string}`]: T[K] };

/** Names a group of methods "prefix.method", keeping each name's type for the compiler. */
export const prefixed = <P extends string, T extends object>(prefix: P, methods: T) =>
  Object.fromEntries(Object.entries(methods).map(([k, v]) => [`${prefix}.${k}`, v])) as Prefixed<P, T>;
