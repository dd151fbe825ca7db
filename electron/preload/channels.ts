/**
 * The two IPC channels between the preload and the main process. Kept in their own module so the
 * preload bundle, which may only require 'electron', pulls in nothing else.
 */
export const INVOKE_CHANNEL = 'clusterdesk:invoke';
export const EVENT_CHANNEL = 'clusterdesk:event';
