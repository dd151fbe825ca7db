import type { GroupHandlers } from '../../contract';
import type { workspaceMethods } from '../../contract/groups/workspace';
import type { WorkspaceHost } from '../host';

/** A raw key and salt arrive in hex, checked by the contract; the store works with bytes. */
const bytes = (hex: string) => Buffer.from(hex, 'hex');

export const workspaceHandlers = {
  'workspace.info': (h) => h.ws.info(),
  'workspace.create': (h, { file, sample, passphrase }) => h.create(file, sample, passphrase).info(),
  'workspace.open': (h, { file, passphrase }) => h.open(file, passphrase).info(),
  'workspace.unlock': (h, { passphrase }) => h.unlock(passphrase).info(),
  'workspace.lock': (h, input) => ({ file: h.lock(input?.file) }),
  'workspace.encrypt': (h, { passphrase, keepPlainCopy }) => {
    const { ws, plainCopy } = h.encrypt(passphrase, keepPlainCopy);
    return { info: ws.info(), plainCopy };
  },
  'workspace.changePassphrase': (h, { current, next }) => h.changePassphrase(current, next).info(),
  'workspace.withKey.create': (h, { file, sample, key, salt }) => h.createWithKey(file, sample, { key: bytes(key), salt: bytes(salt) }).info(),
  'workspace.withKey.open': (h, { file, key }) => h.openWithKey(file, bytes(key)).info(),
  'workspace.withKey.encrypt': (h, { key, salt, keepPlainCopy }) => {
    const { ws, plainCopy } = h.encryptWithKey({ key: bytes(key), salt: bytes(salt) }, keepPlainCopy);
    return { info: ws.info(), plainCopy };
  },
} satisfies GroupHandlers<typeof workspaceMethods, WorkspaceHost>;
