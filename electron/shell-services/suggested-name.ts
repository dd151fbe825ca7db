import type { FilePurposeName } from './shell-context';
import { safeExportName } from '../../db/io/file-name';

const EXTENSION: Record<FilePurposeName, string> = { workspace: 'clusterdesk', backup: 'clusterdesk', pdf: 'pdf', csv: 'csv', xlsx: 'xlsx', json: 'json' };

/**
 * The name a save dialog starts with, made safe here as well as in the page: the page is not
 * trusted, and a name with separators or ".." would start the dialog outside its folder.
 */
export const safeSuggestedName = (purpose: FilePurposeName, suggestedName: string) => safeExportName(suggestedName, EXTENSION[purpose]);
