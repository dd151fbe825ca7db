import { useTranslation } from 'react-i18next';
import type { AgreementKind, AgreementStatus, PartnerKind, ProjectCategory, ProjectRole, ProjectStage } from '../../db/schema/enums';
import { useFormat } from '../app/i18n/use-format';

/** The app's own names of enum values and units (translation namespace), and number formats, for the templates. */
export function useLabels() {
  const { t } = useTranslation();
  const format = useFormat();
  return {
    format,
    stage: (s: ProjectStage) => t(`enum.projectStage.${s}`),
    category: (c: ProjectCategory) => t(`enum.projectCategory.${c}`),
    role: (r: ProjectRole) => t(`enum.projectRole.${r}`),
    agreementKind: (k: AgreementKind) => t(`enum.agreementKind.${k}`),
    agreementStatus: (s: AgreementStatus) => t(`enum.agreementStatus.${s}`),
    partnerKind: (k: PartnerKind) => t(`enum.partnerKind.${k}`),
    kt: (v: number) => t('units.ktPerYear', { value: format.number(v, 1) }),
    mt: (v: number) => t('units.mtPerYear', { value: format.number(v, 1) }),
    usdBn: (v: number) => t('units.usdBn', { value: format.number(v, 1) }),
    money: (v: number, currency: string | null) => format.money(v, currency),
  };
}

export type Labels = ReturnType<typeof useLabels>;
