import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IN_PROCESS_SENDER, inProcessRouter } from '../../electron/router/in-process';
import { SettingsFile } from '../../electron/shell-services/settings-file';
import { useTempDir } from '../support/temp';

const temp = useTempDir();

describe('methods the shell answers itself', () => {
  test('settings start from defaults, are saved, and are read back by a new session', async () => {
    const dir = temp();
    const first = inProcessRouter(undefined, undefined, dir);
    const defaults = await first.router.handle(IN_PROCESS_SENDER, 'settings.get', undefined);
    expect(defaults).toMatchObject({ ok: true, value: { language: 'en', defaultMarking: 'DRAFT — RESTRICTED', backupsToKeep: 14 } });
    await first.router.handle(IN_PROCESS_SENDER, 'settings.update', { language: 'ar', backupsToKeep: 30 });

    const second = inProcessRouter(undefined, undefined, dir);
    const read = await second.router.handle(IN_PROCESS_SENDER, 'settings.get', undefined);
    expect(read).toMatchObject({ ok: true, value: { language: 'ar', backupsToKeep: 30, idleLockMinutes: 15 } });
  });

  test('an invalid setting is refused with the field named, and the file is unchanged', async () => {
    const dir = temp();
    const { router } = inProcessRouter(undefined, undefined, dir);
    await router.handle(IN_PROCESS_SENDER, 'settings.update', { language: 'ru' });
    const before = readFileSync(join(dir, 'settings.json'), 'utf8');
    const bad = await router.handle(IN_PROCESS_SENDER, 'settings.update', { backupsToKeep: 0 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!bad.ok && bad.error.message).toMatch(/backupsToKeep/);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(before);
  });

  test('a damaged settings file keeps its valid fields and falls back to defaults for the rest', () => {
    const dir = temp();
    const file = join(dir, 'settings.json');
    writeFileSync(file, JSON.stringify({ language: 'az', backupsToKeep: 'many', __proto__: { polluted: true } }));
    const settings = new SettingsFile(file).read();
    expect(settings).toMatchObject({ language: 'az', backupsToKeep: 14 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    writeFileSync(file, 'not json');
    expect(new SettingsFile(file).read().language).toBe('en');
  });

  test('app.info says which shell runs and that it has no native dialogs', async () => {
    const { router } = inProcessRouter(undefined, undefined, temp());
    expect(await router.handle(IN_PROCESS_SENDER, 'app.info', undefined)).toMatchObject({
      ok: true,
      value: { shell: 'in-process', nativeDialogs: false },
    });
    expect(await router.handle(IN_PROCESS_SENDER, 'dialog.saveFile', { purpose: 'pdf', suggestedName: 'brief.pdf' })).toEqual({
      ok: true,
      value: { file: null },
    });
  });

  test('"show workspace in folder" reveals the open workspace file', async () => {
    const dir = temp();
    const { router, revealed, host } = inProcessRouter(undefined, undefined, dir);
    expect(await router.handle(IN_PROCESS_SENDER, 'app.showWorkspaceInFolder', undefined)).toEqual({ ok: true, value: { shown: false } });
    const file = join(dir, 'w.clusterdesk');
    await router.handle(IN_PROCESS_SENDER, 'workspace.create', { file, sample: false });
    expect(await router.handle(IN_PROCESS_SENDER, 'app.showWorkspaceInFolder', undefined)).toEqual({ ok: true, value: { shown: true } });
    expect(revealed).toEqual([file]);
    host.close();
  });

  test('without a shell, its methods are refused as unavailable', async () => {
    const { router } = inProcessRouter();
    expect(await router.handle(IN_PROCESS_SENDER, 'settings.get', undefined)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});
