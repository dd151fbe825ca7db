import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveGlobals, scenarioChain, type ComparisonView } from '../../../../db/scenario';
import type { ScenarioInputs } from '../../../../db/schema/scenarios';
import { ExcludedList } from '../ExcludedList';

/** Each scenario's projects left out and why: a comparison is read with what it does not count. */
export function ExcludedByScenario({ view, inputs }: { view: ComparisonView; inputs: ScenarioInputs }) {
  const { t } = useTranslation('scenarios');
  const id = useId();
  const stageOf = new Map(inputs.projects.map((p) => [p.id, p.stage]));
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('excluded.title')}</h2>
      {view.excluded.map(({ scenarioId, projects }) => {
        const scenario = view.scenarios.find((s) => s.id === scenarioId)!;
        const globals = resolveGlobals(scenarioChain(inputs.scenarios, scenarioId).chain);
        return (
          <div key={scenarioId}>
            <h3>
              <bdi>{scenario.name}</bdi>
            </h3>
            <ExcludedList excluded={projects} stageOf={stageOf} minStage={globals.minStage.value} currency={globals.currency.value} />
          </div>
        );
      })}
    </section>
  );
}
