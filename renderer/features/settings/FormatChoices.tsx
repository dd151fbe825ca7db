import { useTranslation } from 'react-i18next';
import { createFormat } from '../../app/i18n/format';
import { ChoiceField, type Choice } from './ChoiceField';
import type { SettingsDraft } from './settings-form';

/** The figure and the date every example shows, so the choices differ only in how they are written. */
const SAMPLE_NUMBER = 1234.5;
const SAMPLE_DATE = '2024-11-12';

/** Number and date formats, each choice with an example in the language chosen in the form. */
export function FormatChoices({
  draft,
  onNumberFormat,
  onDateFormat,
}: {
  draft: SettingsDraft;
  onNumberFormat: (value: SettingsDraft['numberFormat']) => void;
  onDateFormat: (value: SettingsDraft['dateFormat']) => void;
}) {
  const { t, i18n } = useTranslation('app');
  const inLanguage = i18n.getFixedT(draft.language);
  const number = (numberFormat: SettingsDraft['numberFormat']) =>
    createFormat(draft.language, inLanguage, { numberFormat, dateFormat: 'locale' }).number(SAMPLE_NUMBER);
  const date = (dateFormat: SettingsDraft['dateFormat']) =>
    createFormat(draft.language, inLanguage, { numberFormat: 'locale', dateFormat }).partialDate(SAMPLE_DATE);

  const numberChoices: Choice<SettingsDraft['numberFormat']>[] = [
    { value: 'locale', label: t('settings.numberFormat.locale'), example: number('locale') },
    { value: 'dot-decimal', label: t('settings.numberFormat.dotDecimal'), example: number('dot-decimal') },
    { value: 'comma-decimal', label: t('settings.numberFormat.commaDecimal'), example: number('comma-decimal') },
  ];
  const dateChoices: Choice<SettingsDraft['dateFormat']>[] = [
    { value: 'locale', label: t('settings.dateFormat.locale'), example: date('locale') },
    { value: 'iso', label: t('settings.dateFormat.iso'), example: date('iso') },
  ];
  return (
    <>
      <ChoiceField legend={t('settings.numberFormat.legend')} choices={numberChoices} value={draft.numberFormat} onChange={onNumberFormat} />
      <ChoiceField legend={t('settings.dateFormat.legend')} choices={dateChoices} value={draft.dateFormat} onChange={onDateFormat} />
    </>
  );
}
