import type { Page } from 'playwright-core';
import { value } from './briefing-checks';

/** What hostile text looks like: markup, script, CSS, template and format syntax, direction controls. */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</style><script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  "'; alert(4); '",
  '{{constructor.constructor(\'alert(5)\')()}}',
  '{{constructor}}',
  '${alert(6)}',
  '$t(document.yes)',
  'javascript:alert(7)',
  '<iframe src="javascript:alert(8)"></iframe>',
  '</title><script>alert(9)</script>',
  '<b>bold</b> &lt;b&gt; &amp;',
  '"; } body { display: none } .x { content: "',
  '\\"; content: url(https://evil.invalid/x); "',
  '@import url(https://evil.invalid/a.css);',
  '<link rel=stylesheet href=https://evil.invalid/b.css>',
  '<meta http-equiv=refresh content="0;url=https://evil.invalid">',
  '%s %d %n {0} {{count}}',
  '\u202Egnp.exe\u202C report',
  '\u2066isolated\u2069 \u2067rtl\u2069',
  '<style>*{color:red}</style>',
  '<a href="https://evil.invalid">link</a>',
  '<object data="x.swf"></object>',
  '<math><mi xlink:href="javascript:alert(10)">x</mi></math>',
];

/**
 * 100 distinct strings: each payload with a serial number, so every field gets its own and a
 * missing one can be named.
 */
export const INJECTIONS: string[] = Array.from({ length: 100 }, (_, i) => `${PAYLOADS[i % PAYLOADS.length]} #${i}`);

/** The marking of the injection briefing: hostile CSS and markup, in the header and footer of every page. */
export const MARKING = INJECTIONS[2];

/** Hands out each string once, in turn, before any twice; a field with a shorter limit gets the next one that fits. */
function dealer() {
  const printed = new Set<string>();
  const fresh = [...INJECTIONS];
  /** A string for a field the cluster brief prints; the test looks for each of these in the PDF. */
  const shown = (max = 300) => {
    const at = fresh.findIndex((s) => s.length <= max);
    const s = at >= 0 ? fresh.splice(at, 1)[0] : INJECTIONS.find((x) => x.length <= max)!;
    printed.add(s);
    return s;
  };
  return { shown, printed };
}

/**
 * A cluster whose every printed text field holds an injection string: its own fields, 20 projects
 * with partners in roles, 10 agreements with events, parties and signatories, 10 sources cited
 * for them, 10 indicator series with hostile metric and unit names, and a briefing whose name,
 * marking and author are hostile too. Returns the briefing to export, every string a printed
 * field holds, and those of the list of sources.
 */
export async function injectionFixture(page: Page): Promise<{ briefingId: number; name: string; printed: string[]; listed: string[] }> {
  const { shown, printed } = dealer();
  const [initiative] = await value(page, 'initiatives.list', {});
  const sources = [];
  for (let i = 0; i < 10; i++) sources.push(await value(page, 'sources.create', { title: shown(), publisher: shown() }));
  // The list of sources prints each title and publisher on lines of their own, whole.
  const listed = sources.flatMap((x) => [x.title, x.publisher!]);
  const cluster = await value(page, 'clusters.create', {
    name: shown(),
    nameLocal: shown(),
    country: 'AZ',
    location: shown(),
    kind: 'industrial_park',
    initiativeId: initiative.id,
    joinedEvent: shown(),
    netZeroCommitment: shown(),
    notes: shown(),
  });
  const partners = [];
  for (let i = 0; i < 10; i++) partners.push(await value(page, 'partners.create', { name: shown(), shortName: '<b>AB</b>', kind: 'private' }));
  for (let i = 0; i < 20; i++) {
    const project = await value(page, 'projects.create', { name: shown(), clusterId: cluster.id, country: 'AZ', category: 'other', stage: 'mou' });
    await value(page, 'roles.create', { projectId: project.id, partnerId: partners[i % 10].id, role: 'lead' });
    await value(page, 'sourceLinks.create', { sourceId: sources[i % 10].id, entityType: 'project', entityId: project.id });
  }
  for (let i = 0; i < 10; i++) {
    const agreement = await value(page, 'agreements.create', { title: shown(), kind: 'mou', status: 'signed', event: shown() });
    await value(page, 'agreementLinks.create', { agreementId: agreement.id, clusterId: cluster.id });
    await value(page, 'parties.create', { agreementId: agreement.id, partnerId: partners[i].id, signatoryName: shown(), signatoryTitle: shown() });
    await value(page, 'sourceLinks.create', { sourceId: sources[i].id, entityType: 'agreement', entityId: agreement.id });
  }
  for (let i = 0; i < 10; i++) {
    await value(page, 'observations.create', { subjectType: 'cluster', subjectId: cluster.id, metric: shown(200), unit: shown(50), year: 2024, value: i + 1, sourceId: sources[i].id });
  }
  await value(page, 'sourceLinks.create', { sourceId: sources[0].id, entityType: 'cluster', entityId: cluster.id });
  const briefing = await value(page, 'briefings.create', {
    name: `Injection ${shown()}`,
    template: 'cluster',
    subjects: { clusterId: cluster.id },
    language: 'en',
    marking: MARKING,
    author: shown(),
  });
  printed.add(MARKING);
  return { briefingId: briefing.id, name: briefing.name, printed: [...printed], listed };
}
