import { resolve } from 'node:path';
import { Locale } from '../../db/schema/enums';

export interface BriefArgs {
  workspace: string;
  briefing: string;
  out: string;
  /** Create the workspace from the sample when the file does not exist. */
  sample: boolean;
  /** Print in this language instead of the briefing's own. */
  language: Locale | null;
}

export const BRIEF_USAGE = `Usage: npm run brief -- --workspace FILE.clusterdesk --briefing NAME --out FILE.pdf [--sample] [--language en|az|ru|ar]
  --workspace FILE  the workspace that holds the briefing
  --briefing NAME   the saved briefing's name, as in the Briefings list
  --out FILE.pdf    where to write the PDF (written whole, or not at all)
  --sample          when FILE does not exist, create it from the sample workspace
  --language LANG   print in another language than the briefing's own`;

export class BriefUsageError extends Error {}

export function parseBriefArgs(argv: readonly string[]): BriefArgs {
  const found: Partial<Record<'workspace' | 'briefing' | 'out' | 'language', string>> = {};
  let sample = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--sample') sample = true;
    else if (arg === '--help' || arg === '-h') throw new BriefUsageError(BRIEF_USAGE);
    else if (arg === '--workspace' || arg === '--briefing' || arg === '--out' || arg === '--language') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new BriefUsageError(`${arg} needs a value.\n${BRIEF_USAGE}`);
      found[arg.slice(2) as keyof typeof found] = value;
    } else throw new BriefUsageError(`Unknown option ${arg}.\n${BRIEF_USAGE}`);
  }
  for (const required of ['workspace', 'briefing', 'out'] as const) {
    if (!found[required]) throw new BriefUsageError(`--${required} is required.\n${BRIEF_USAGE}`);
  }
  if (!found.workspace!.endsWith('.clusterdesk')) throw new BriefUsageError(`The workspace file must end in .clusterdesk: ${found.workspace}`);
  if (!found.out!.toLowerCase().endsWith('.pdf')) throw new BriefUsageError(`The output file must end in .pdf: ${found.out}`);
  if (found.language !== undefined && !Locale.safeParse(found.language).success) throw new BriefUsageError(`--language must be one of en, az, ru, ar, not "${found.language}".`);
  return {
    workspace: resolve(found.workspace!),
    briefing: found.briefing!,
    out: resolve(found.out!),
    sample,
    language: found.language === undefined ? null : Locale.parse(found.language),
  };
}
