import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The marker @electron/fuses looks for in an Electron binary, followed by the wire's version and length.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLED = 0x31;
const DISABLED = 0x30;

/**
 * An electronDist folder for electron-builder without the real Electron: an executable whose only
 * content is a fuse wire set to Electron's own defaults, so packaging flips real fuse bytes.
 */
export function writeStubElectron(dir: string): string {
  mkdirSync(dir, { recursive: true });
  // RunAsNode, CookieEncryption, NodeOptions, CliInspect, AsarIntegrity, OnlyLoadFromAsar, V8Snapshot, FileProtocol
  const defaults = [ENABLED, DISABLED, ENABLED, ENABLED, DISABLED, DISABLED, DISABLED, ENABLED];
  const binary = Buffer.concat([Buffer.from(`#!/bin/sh\n# stub\n${SENTINEL}`), Buffer.from([1, defaults.length, ...defaults]), Buffer.from('\n')]);
  const file = join(dir, 'electron');
  writeFileSync(file, binary);
  chmodSync(file, 0o755);
  return dir;
}
