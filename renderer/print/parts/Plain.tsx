/**
 * Text an analyst typed, shown as text: React escapes it, and the isolate keeps a right-to-left
 * name (or a stray direction override) from reordering the words around it.
 */
export function Plain({ text }: { text: string | null | undefined }) {
  return <bdi className="plain">{text ?? ''}</bdi>;
}
