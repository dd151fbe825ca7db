import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { Services } from '../services';
import { AboutDialog } from './AboutDialog';
import { ShortcutSheet } from './ShortcutSheet';

/** The app-wide dialog that is open, if any; shown over the start screen as over the workspace. */
export function AppDialogs({ services }: { services: Services }) {
  const { open, close } = useStore(services.dialogs);
  const { info, loadInfo } = useStore(services.shell);
  const file = useStore(services.workspace, (s) => s.info?.file ?? null);
  useEffect(() => {
    if (open) void loadInfo();
  }, [open, loadInfo]);

  if (open === 'shortcuts') return <ShortcutSheet info={info} onClose={close} />;
  if (open === 'about') return <AboutDialog info={info} file={file} shell={services.shell} onClose={close} />;
  return null;
}
