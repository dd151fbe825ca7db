/**
 * What is wrong with a value, as a code the view translates (grid:errors.<code>) and the values its
 * text needs. Pure modules return these, so they stay free of i18n and are tested by code.
 */
export interface Message {
  code: string;
  params?: Record<string, string | number>;
}

export const message = (code: string, params?: Record<string, string | number>): Message => (params ? { code, params } : { code });
