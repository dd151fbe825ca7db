import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Client } from '../api/client';
import { PrintRoot } from './PrintRoot';

/** Whether the window was opened at the print route, which renders a briefing instead of the app. */
export const isPrintAddress = (hash: string) => hash.startsWith('#/print/');

/** The print window shows one briefing and nothing of the app around it: no header, menus or stores. */
export function startPrint(client: Client): void {
  createRoot(document.getElementById('root')!).render(createElement(PrintRoot, { client }));
}
