import { z } from 'zod';
import { NoInput, read, write } from '../method-spec';

/** A path to a workspace file; the extension keeps the renderer from naming arbitrary files. */
const WorkspaceFile = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => p.endsWith('.clusterdesk') && !p.includes('\0'), 'must be a path ending in .clusterdesk');

export const WorkspaceInfo = z.object({
  file: z.string(),
  schemaVersion: z.int(),
  counts: z.object({
    initiatives: z.int(),
    clusters: z.int(),
    projects: z.int(),
    partners: z.int(),
    agreements: z.int(),
    sources: z.int(),
    indicators: z.int(),
    scenarios: z.int(),
    briefings: z.int(),
  }),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

export const workspaceMethods = {
  'workspace.info': read(NoInput, WorkspaceInfo),
  'workspace.create': write(z.strictObject({ file: WorkspaceFile, sample: z.boolean() }), WorkspaceInfo),
  'workspace.open': write(z.strictObject({ file: WorkspaceFile }), WorkspaceInfo),
};
