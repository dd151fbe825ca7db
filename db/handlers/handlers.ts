import type { Handlers } from '../contract';
import { backupHandlers } from './groups/backups';
import { briefingHandlers } from './groups/briefings';
import { exportHandlers } from './groups/exports';
import { historyHandlers } from './groups/history';
import { importHandlers } from './groups/imports';
import { linkHandlers } from './groups/links';
import { observationHandlers } from './groups/observations';
import { recordHandlers } from './groups/records';
import { relationHandlers } from './groups/relations';
import { scenarioHandlers } from './groups/scenarios';
import { workspaceHandlers } from './groups/workspace';
import type { WorkspaceHost } from './host';

/** The contract implemented on the store. A method missing here, or typed differently, does not compile. */
export const handlers = {
  ...workspaceHandlers,
  ...recordHandlers,
  ...relationHandlers,
  ...historyHandlers,
  ...linkHandlers,
  ...observationHandlers,
  ...scenarioHandlers,
  ...briefingHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...backupHandlers,
} satisfies Handlers<WorkspaceHost>;
