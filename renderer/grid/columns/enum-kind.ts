import { message } from '../model/messages';
import { filterOptions } from './choice-match';
import { enumLabel, type KindContext } from './context';
import type { ColumnKind, Option } from './types';

/** Every way of writing each code (the code, its label here and in English), folded, built once: a paste may hold thousands. */
function textIndex(codes: readonly string[], labels: (code: string) => readonly string[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const code of codes) for (const text of [code, ...labels(code)]) index.set(text.trim().toLocaleLowerCase(), code);
  return index;
}

/**
 * One code of a list (stage, kind, role), shown and copied by its translated label; typed or pasted
 * as the label in the current language or in English, or as the code itself.
 */
export function enumKind(ctx: KindContext, list: string, codes: readonly string[]): ColumnKind {
  const label = (code: string) => enumLabel(ctx.t, list, code);
  const labels = (code: string) => [label(code), enumLabel(ctx.tEnglish, list, code)];
  const options: Option[] = codes.map((code) => ({ value: code, label: label(code) }));
  const byText = textIndex(codes, labels);
  return {
    name: 'enum',
    display: (v) => (typeof v === 'string' ? label(v) : ''),
    toText: (v) => (typeof v === 'string' ? label(v) : ''),
    parse: (text) => {
      if (text.trim() === '') return { ok: true, value: null };
      const code = byText.get(text.trim().toLocaleLowerCase());
      return code ? { ok: true, value: code } : { ok: false, error: message('notAChoice') };
    },
    suggest: (text) => filterOptions(options, text),
    filter: 'in',
    choices: options,
  };
}

/** Several codes of a list (a cluster's sectors), written "Chemicals; Polymers". */
export function multiEnumKind(ctx: KindContext, list: string, codes: readonly string[]): ColumnKind {
  const one = enumKind(ctx, list, codes);
  const byText = textIndex(codes, (code) => [enumLabel(ctx.t, list, code), enumLabel(ctx.tEnglish, list, code)]);
  const listOf = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  const text = (v: unknown) => listOf(v).map((code) => enumLabel(ctx.t, list, code)).join('; ');
  return {
    name: 'multi',
    display: text,
    toText: text,
    parse: (input) => {
      const parts = input.split(/[;\n]/).map((p) => p.trim()).filter(Boolean);
      const values: string[] = [];
      for (const part of parts) {
        const code = byText.get(part.toLocaleLowerCase());
        if (!code) return { ok: false, error: message('notAChoiceNamed', { text: part }) };
        if (!values.includes(code)) values.push(code);
      }
      return { ok: true, value: values };
    },
    // Suggestions complete the last item of the list being typed.
    suggest: (input) => filterOptions(one.choices!, input.split(/[;\n]/).pop() ?? ''),
    filter: 'in',
    choices: one.choices,
  };
}
