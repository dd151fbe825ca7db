import type { AgreementSeed } from '../types';
import type { ClusterKey } from './clusters';
import type { PartnerKey } from './partners';
import type { ProjectKey } from './projects';
import type { SourceKey } from './sources';

type Seed = AgreementSeed<SourceKey, PartnerKey, ProjectKey, ClusterKey>;

const COP29 = { event: 'COP29, Baku', signedOn: '2024-11', status: 'signed' } as const;

/** Parties are those the text names as signing (or, for a launch, leading); signatories only where named. */
export const AGREEMENTS = {
  busDeal: {
    ...COP29,
    title: 'Agreement on localising electric bus production in Azerbaijan',
    // The text calls it "a deal" and does not give its legal form.
    kind: 'other',
    parties: [
      { partner: 'minEconomyAz' },
      { partner: 'minDigitalAz' },
      { partner: 'minFinanceAz' },
      { partner: 'byd' },
      { partner: 'sarda' },
      { partner: 'electrifyAz' },
    ],
    projects: ['busLocalisation'],
    notes: 'Signed by representatives of the three ministries with the companies; the source calls it "a deal".',
    cite: ['seed001'],
  },
  depositMou: {
    ...COP29,
    title: 'MoU on the "Deposit Management System" project',
    kind: 'mou',
    parties: [{ partner: 'aic' }, { partner: 'dias' }],
    projects: ['depositSystem'],
    cite: ['seed001'],
  },
  carbonMou: {
    ...COP29,
    title: 'MoU on developing and commercialising carbon technologies in Azerbaijan',
    kind: 'mou',
    parties: [{ partner: 'aic' }, { partner: 'carbonbit' }],
    projects: ['carbonTechnologies'],
    cite: ['seed001'],
  },
  batteryMou: {
    ...COP29,
    title: 'MoU on an energy battery manufacturing facility in Azerbaijan',
    kind: 'mou',
    parties: [{ partner: 'masdar' }, { partner: 'volts' }],
    projects: ['batteryFacility'],
    notes: '"A separate MOU was signed with Masdar … and bp’s subsidiary, Volts"; the other party is not named.',
    cite: ['seed001'],
  },
  ecostarCharter: {
    ...COP29,
    title: 'Charter of Ecostar LLC',
    kind: 'jv_charter',
    parties: [{ partner: 'aic' }, { partner: 'socarDownstream' }, { partner: 'technipItaly' }],
    projects: ['wasteMonetization'],
    cite: ['seed001'],
  },
  bakuSmeDeclaration: {
    ...COP29,
    title: 'Baku Coalition Declaration of SMEs for the Green Climate Transition',
    kind: 'declaration',
    parties: [{ partner: 'kobia' }],
    notes: 'Initiated by KOBİA; all relevant stakeholders of the SME ecosystem were invited to join.',
    cite: ['seed001'],
  },
  smeTrilateral: {
    ...COP29,
    title: 'Trilateral cooperation declaration of the International Trade Centre, SEBRAE and KOBİA',
    kind: 'declaration',
    parties: [{ partner: 'itc' }, { partner: 'sebrae' }, { partner: 'kobia' }],
    notes:
      'Promotes collaboration for sustainable and inclusive economic development and helps SMEs move to low-carbon ' +
      "resources, as set out in the UN's 2030 Agenda for Sustainable Development.",
    cite: ['seed001'],
  },
  davosMoi: {
    title: 'Memorandum of intent on Azerbaijan joining the WEF Transitioning Industrial Clusters initiative',
    kind: 'moi',
    signedOn: '2026-01',
    event: 'World Economic Forum Annual Meeting, Davos',
    status: 'signed',
    parties: [
      { partner: 'minEconomyAz', signatoryName: 'Anar Akhundov', signatoryTitle: 'Deputy Minister of Economy' },
      { partner: 'socar', signatoryName: 'Rovshan Najaf', signatoryTitle: 'President' },
    ],
    clusters: ['sumgait'],
    notes:
      'Fits the Digital Economy Development Strategy of Azerbaijan for 2026–2029. Participation is coordinated by 4SİM at ' +
      'the Ministry of Economy. Russian: «Меморандум о намерениях о присоединении Азербайджана к инициативе ВЭФ»; ' +
      'signatories «Анар Ахундов», «Ровшан Наджаф».',
    cite: ['seed000'],
  },
  sustainabilityAlliance: {
    title: 'Industrial Sustainability Alliance (launch)',
    // A launch, not a signed document: 'other', and in force from the launch.
    kind: 'other',
    signedOn: '2023-02',
    event: 'World Government Summit, Dubai',
    status: 'in_force',
    parties: [{ partner: 'moiat' }],
    notes:
      'Launched and led by the UAE Ministry of Industry and Advanced Technology ahead of COP28, to promote green technology ' +
      'and sustainable industrial growth: exhibitions, training, roadmaps through the Industrial Technology Transformation ' +
      'Index (ITTI), support to start-ups. Announced at the second annual meeting of the Industry 4.0 Pioneers Network, ' +
      'chaired by Sarah bint Yousif Al Amiri, Minister of State for Public Education and Advanced Technology, with 18 chief ' +
      'executives and officials. The network reported over 20 knowledge events, over 25 technology trials and 50 ' +
      'sustainability assessments. Context: UAE Net Zero 2050. Arabic: «تحالف الاستدامة الصناعية».',
    cite: ['seed003'],
  },
} satisfies Record<string, Seed>;

export type AgreementKey = keyof typeof AGREEMENTS;
