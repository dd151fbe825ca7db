import type { Briefing } from '../../../db/schema/briefings';
import type { BriefingTemplate, Locale } from '../../../db/schema/enums';

/** The editor's form: the briefing's fields as the analyst edits them, before they are saved. */
export interface Draft {
  name: string;
  template: BriefingTemplate;
  subjects: Record<string, unknown>;
  language: Locale;
  marking: string;
  author: string;
  /** YYYY-MM-DD, or empty: dated on the day of each export. */
  date: string;
}

export const newDraft = (language: Locale, marking: string): Draft => ({
  name: '',
  template: 'cluster',
  subjects: {},
  language,
  marking,
  author: '',
  date: '',
});

export const draftOf = (b: Briefing): Draft => ({
  name: b.name,
  template: b.template,
  subjects: b.subjects,
  language: b.language,
  marking: b.marking,
  author: b.author ?? '',
  date: b.date ?? '',
});

/** The fields as the contract takes them: an empty author or date is none. */
export const valuesOf = (d: Draft) => ({
  name: d.name,
  template: d.template,
  subjects: d.subjects,
  language: d.language,
  marking: d.marking,
  author: d.author.trim() === '' ? null : d.author,
  date: d.date === '' ? null : d.date,
});

/** A file name from the briefing's name: letters of any script kept, characters file systems refuse replaced. */
export const pdfName = (name: string) => `${name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').trim().slice(0, 120) || 'briefing'}.pdf`;
