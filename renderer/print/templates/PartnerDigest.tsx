import { useTranslation } from 'react-i18next';
import { projectStages } from '../../../db/schema/enums';
import type { ContentOf } from '../../../db/schema/briefing-document';
import { BarChartFigure } from '../charts/BarChartFigure';
import { useLabels } from '../labels';
import { noteOf } from '../model/notes';
import { createNumbering } from '../model/numbering';
import { FieldTable } from '../parts/DataTable';
import { Figure } from '../parts/Figure';
import { Plain } from '../parts/Plain';
import { Section } from '../parts/Section';
import { SourceList } from '../parts/SourceList';
import { AgreementsTable, signatoryText } from './AgreementsTable';
import { ProjectsTable } from './ProjectsTable';

/** Template 4: a partner's profile, its projects and roles, its agreements and signatories. */
export function PartnerDigest({ content: c }: { content: ContentOf<'partner'> }) {
  const { t } = useTranslation('briefings');
  const l = useLabels();
  const num = createNumbering();
  const p = c.partner;
  const dash = '—';
  const byStage = projectStages
    .map((s) => ({ stage: s, n: c.projects.filter((x) => x.stage === s).length }))
    .filter((x) => x.n > 0);

  const profile = num.section();
  const profileTable = { table: num.table(), note: num.note() };
  const projects = num.section();
  const projectsParts = c.projects.length ? { table: num.table(), tableNote: num.note(), figure: num.figure(), figureNote: num.note() } : null;
  const agreements = num.section();
  const agreementsTable = c.agreements.length ? { table: num.table(), note: num.note() } : null;
  const sources = num.section();

  return (
    <>
      <Section n={profile} title={t('partner.profile')}>
        <Figure kind="table" number={profileTable.table} note={profileTable.note} facts={noteOf([c.sources])} title={<Plain text={p.name} />}>
          <FieldTable
            fields={[
              { label: t('partner.name'), value: <Plain text={p.name} /> },
              { label: t('partner.shortName'), value: p.shortName ? <Plain text={p.shortName} /> : dash },
              { label: t('partner.kind'), value: l.partnerKind(p.kind) },
              { label: t('partner.country'), value: p.country ? l.format.country(p.country) : dash },
              { label: t('partner.parent'), value: c.parent ? <Plain text={c.parent.name} /> : dash },
              {
                label: t('partner.children'),
                value: c.children.length ? (
                  <ul className="doc-inline-list">
                    {c.children.map((x) => (
                      <li key={x.id}>
                        <Plain text={x.name} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  dash
                ),
              },
            ]}
          />
        </Figure>
        {p.notes && (
          <p className="doc-notes">
            <Plain text={p.notes} />
          </p>
        )}
      </Section>

      <Section n={projects} title={t('partner.projects')}>
        {projectsParts ? (
          <>
            <Figure kind="table" number={projectsParts.table} note={projectsParts.tableNote} facts={noteOf(c.projects.map((x) => x.sources))} title={t('partner.projectsCaption')}>
              <ProjectsTable
                projects={c.projects}
                columns="roles"
                roles={(x) => {
                  const mine = c.projects.find((y) => y.id === x.id);
                  const roles = (mine?.roles ?? []).map(l.role).join(t('document.listSeparator'));
                  return mine?.sharePct == null ? roles : `${roles} (${l.format.percent(mine.sharePct)})`;
                }}
              />
            </Figure>
            <Figure kind="figure" number={projectsParts.figure} note={projectsParts.figureNote} facts={noteOf(c.projects.map((x) => x.sources))} title={t('partner.byStage')}>
              <BarChartFigure
                shape="columns"
                data={byStage.map((s) => ({ label: l.stage(s.stage), value: s.n }))}
                format={(v) => l.format.number(v, 0)}
                label={`${t('partner.byStage')}: ${byStage.map((s) => `${l.stage(s.stage)} ${s.n}`).join(', ')}`}
              />
            </Figure>
          </>
        ) : (
          <p className="doc-empty">{t('partner.noProjects')}</p>
        )}
      </Section>

      <Section n={agreements} title={t('partner.agreements')}>
        {agreementsTable ? (
          <Figure kind="table" number={agreementsTable.table} note={agreementsTable.note} facts={noteOf(c.agreements.map((a) => a.sources))} title={t('partner.agreementsCaption')}>
            <AgreementsTable
              agreements={c.agreements}
              partyColumns={[
                {
                  key: 'signatory',
                  header: t('agreement.signatory'),
                  cell: (a) => (a.signatoryName ? <Plain text={signatoryText(a)} /> : dash),
                },
                {
                  key: 'others',
                  header: t('agreement.otherParties'),
                  cell: (a) => {
                    const others = a.parties.filter((x) => x.name !== p.name);
                    return others.length ? (
                      <ul className="doc-inline-list">
                        {others.map((x, i) => (
                          <li key={i}>
                            <Plain text={x.name} />
                          </li>
                        ))}
                      </ul>
                    ) : (
                      dash
                    );
                  },
                },
              ]}
            />
          </Figure>
        ) : (
          <p className="doc-empty">{t('partner.noAgreements')}</p>
        )}
      </Section>

      <SourceList n={sources} />
    </>
  );
}
