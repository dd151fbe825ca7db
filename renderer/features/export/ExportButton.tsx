import { useRef, useState } from 'react';
import type { Client } from '../../api/client';
import { ExportDialog, type ExportChoice, type ExportFormat } from './ExportDialog';

interface Props {
  client: Client;
  /** The button's text, also the dialog's title. */
  label: string;
  /** Made when the dialog opens, so that a view exports as it is at that moment. */
  choices(): ExportChoice[];
  formats: readonly ExportFormat[];
  className?: string;
}

/** A button that opens the export dialog and gives focus back when it closes. */
export function ExportButton({ client, label, choices, formats, className }: Props) {
  const [open, setOpen] = useState<ExportChoice[] | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className={className ?? 'export-button'} aria-haspopup="dialog" onClick={() => setOpen(choices())}>
        {label}
      </button>
      {open && (
        <ExportDialog
          client={client}
          title={label}
          choices={open}
          formats={formats}
          onClose={() => {
            setOpen(null);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
