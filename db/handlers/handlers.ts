import type { Handlers } from '../contract';
import { briefingHandlers } from './groups/briefings';
import { historyHandlers } from './groups/history';
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
} satisfies Handlers<WorkspaceHost>;
