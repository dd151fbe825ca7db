import { z } from 'zod';
import { Id } from '../schema';

/** Where a method runs: the store worker, or the shell around the window (files, dialogs, printing, settings). */
export type Runs = 'store' | 'shell';

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType, R extends Runs = Runs> {
  input: I;
  output: O;
  /** Writes change the workspace; the dispatcher runs them in one transaction and announces them. */
  writes: boolean;
  runs: R;
  /** Called only by the shell itself (say, with a key it read from the OS): the router refuses it from the window. */
  fromShellOnly?: true;
}

export const read = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O, 'store'> => ({
  input,
  output,
  writes: false,
  runs: 'store',
});

export const write = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O, 'store'> => ({
  input,
  output,
  writes: true,
  runs: 'store',
});

/** A method the shell answers itself; it may still call the store through the router's backend. */
export const shell = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O, 'shell'> => ({
  input,
  output,
  writes: false,
  runs: 'shell',
});

/**
 * Marks a store method that only the shell calls, with input the page must never see or choose
 * (the raw key the operating system keeps); the router refuses it from the window.
 */
export const fromShellOnly = <I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O, 'store'>): MethodSpec<I, O, 'store'> => ({
  ...spec,
  fromShellOnly: true,
});

export const ById = z.strictObject({ id: Id });
export const Versioned = { id: Id, version: z.int().positive() };
export const Deleted = z.object({ id: Id });
export const NoInput = z.strictObject({}).optional();

/** The input and output types of one group of methods, for the handlers that implement it. */
export type GroupHandlers<G extends Record<string, MethodSpec<z.ZodType, z.ZodType>>, Ctx> = {
  [M in keyof G]: (ctx: Ctx, input: z.output<G[M]['input']>) => z.output<G[M]['output']>;
};
