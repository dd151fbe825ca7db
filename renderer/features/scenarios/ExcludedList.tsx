import { useTranslation } from 'react-i18next';
import type { ExcludedProject } from '../../../db/scenario';
import { resultGroups } from '../../../db/scenario';
import type { ProjectStage } from '../../../db/schema/enums';

interface Props {
  excluded: readonly ExcludedProject[];
  /** Each project's stage, for "at stage MoU signed, before …". */
  stageOf: ReadonlyMap<number, ProjectStage>;
  minStage: ProjectStage | null;
  currency: string;
}

/**
 * The projects a result leaves out and why, in words a briefing can print: the reason by its code,
 * and the results it is left out of (a project with no capex still counts for abatement).
 */
export function ExcludedList({ excluded, stageOf, minStage, currency }: Props) {
  const { t } = useTranslation('scenarios');
  const { t: tc } = useTranslation();
  if (excluded.length === 0) return <p className="muted">{t('excluded.none')}</p>;
  return (
    <ul className="sc-excluded-list">
      {excluded.map((e) => {
        const stage = stageOf.get(e.projectId);
        const reason = t(`excluded.${e.code}`, {
          stage: stage ? tc(`enum.projectStage.${stage}`) : '',
          minStage: minStage ? tc(`enum.projectStage.${minStage}`) : '',
          currency,
        });
        const all = e.results.length === resultGroups.length;
        return (
          <li key={`${e.projectId}-${e.code}`}>
            <bdi className="sc-excluded-name">{e.name}</bdi>: {reason}{' '}
            <span className="muted">{all ? t('excluded.fromAll') : t('excluded.from', { results: e.results.map((r) => t(`resultGroup.${r}`)).join(', ') })}</span>
          </li>
        );
      })}
    </ul>
  );
}
