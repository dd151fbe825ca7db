import { z } from 'zod';

export const Id = z.int().positive();

export const Name = z.string().trim().min(1, 'is required').max(300, 'is longer than 300 characters');

export const Text = (max = 2000) => z.string().max(max, `is longer than ${max} characters`);

/** ISO 3166-1 alpha-2, upper case. */
export const Country = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166-1 country code');

/** Sources often give only a year or a month ("November 2024"), so dates may be partial. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => s.length < 10 || !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a calendar date');

export const Year = z.int('must be a whole year').min(1900, 'must be 1900 or later').max(2100, 'must be 2100 or earlier');

export const NonNegative = z.number('must be a number').finite().min(0, 'must not be negative');

export const Percent = z.number('must be a number').finite().min(0, 'must not be negative').max(100, 'must not exceed 100 %');

export const Currency = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 currency code');

export const Url = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/\S+$/, 'must start with http:// or https://');

/** Optional field: absent on input means "not known" and is stored as NULL. */
export const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** Columns every stored record carries. */
export const RecordMeta = z.object({
  id: Id,
  version: z.int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
