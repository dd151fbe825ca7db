import { z } from 'zod';
import { Id } from '../schema';

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /** Writes change the workspace; the dispatcher runs them in one transaction and announces them. */
  writes: boolean;
}

export const read = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> => ({
  input,
  output,
  writes: false,
});

export const write = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> => ({
  input,
  output,
  writes: true,
});

export const ById = z.strictObject({ id: Id });
export const Versioned = { id: Id, version: z.int().positive() };
export const Deleted = z.object({ id: Id });
export const NoInput = z.strictObject({}).optional();

/** The input and output types of one group of methods, for the handlers that implement it. */
export type GroupHandlers<G extends Record<string, MethodSpec<z.ZodType, z.ZodType>>, Ctx> = {
  [M in keyof G]: (ctx: Ctx, input: z.output<G[M]['input']>) => z.output<G[M]['output']>;
};
