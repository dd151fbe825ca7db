import { useFormat } from '../../app/i18n/use-format';

/** The separators the analyst reads numbers in, taken from the app's own formatting. */
export function useSeparators() {
  const format = useFormat();
  const sample = format.number(1234.5, 1);
  const decimal = sample.charAt(sample.length - 2);
  const group = sample.slice(0, -2).replace(/\d/g, '');
  return { decimal, group };
}
