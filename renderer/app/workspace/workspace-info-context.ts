import { createContext, useContext } from 'react';
import type { WorkspaceInfo } from '../../../db/contract/methods';

/** The open workspace, for what anywhere in the app needs to know about it (is it encrypted?). */
export const WorkspaceInfoContext = createContext<WorkspaceInfo | null>(null);

export const useWorkspaceInfo = () => useContext(WorkspaceInfoContext);
