import type { Contract, MethodName, MethodOutput, ParsedInput } from './methods';

export type StoreMethodName = { [M in MethodName]: Contract[M]['runs'] extends 'store' ? M : never }[MethodName];
export type ShellMethodName = Exclude<MethodName, StoreMethodName>;

/**
 * The shape every implementation of the contract must have: one function per method, taking the
 * parsed input. `satisfies Handlers` makes a missing or mistyped handler a compile error.
 */
export type Handlers<Ctx> = { [M in StoreMethodName]: (ctx: Ctx, input: ParsedInput<M>) => MethodOutput<M> };

/** The methods each shell answers itself, asynchronously (dialogs, files, printing). */
export type ShellHandlers<Ctx> = { [M in ShellMethodName]: (ctx: Ctx, input: ParsedInput<M>) => Promise<MethodOutput<M>> };
