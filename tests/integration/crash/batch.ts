import type { Workspace } from '../../../db/store/workspace';

/** Largest number of projects in one batch; each batch writes 1 partner, K projects and K roles. */
const MAX_PROJECTS = 6;

/** "r<run>b<seq>k<K>": unique across the runs on one workspace, and it says how many rows it wrote. */
export const batchTag = (run: number, seq: number) => `r${run}b${seq}k${2 + ((run * 7 + seq) % (MAX_PROJECTS - 1))}`;

export function projectsIn(tag: string): number {
  const match = /k(\d+)$/.exec(tag);
  if (!match) throw new Error(`not a batch tag: ${tag}`);
  return Number(match[1]);
}

/** Rows one batch writes in all: the partner, its projects and one role per project. */
export const rowsIn = (tag: string) => 1 + 2 * projectsIn(tag);

/** The body of one transaction: several records of several tables, tagged in their notes. */
export function writeBatch(ws: Workspace, tag: string): void {
  const partner = ws.repos.partners.create({ name: `Partner ${tag}`, kind: 'private', country: 'AZ', notes: tag });
  for (let i = 0; i < projectsIn(tag); i++) {
    const project = ws.repos.projects.create({ name: `Project ${tag}.${i}`, country: 'AZ', category: 'other', stage: 'idea', notes: tag });
    ws.links.add('project_roles', { projectId: project.id, partnerId: partner.id, role: 'lead' });
  }
}
