import type { MethodName, MethodOutput, ParsedInput } from './methods';

/**
 * The shape every implementation of the contract must have: one function per method, taking the
 * parsed input. `satisfies Handlers` makes a missing or mistyped handler a compile error.
 */
export type Handlers<Ctx> = { [M in MethodName]: (ctx: Ctx, input: ParsedInput<M>) => MethodOutput<M> };
