/**
 * Wraps a left-to-right token (a file extension, a path) put into a translated sentence in an
 * isolate, so in Arabic ".clusterdesk" keeps its dot in front instead of the bidi algorithm
 * moving it to the far end.
 */
export const ltr = (text: string) => `\u2066${text}\u2069`;
