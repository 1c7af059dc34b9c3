/**
 * A part of the page the build drew (see prerendered-figures.ts), moved into the live page as it
 * is, not parsed or drawn again. It stays inert until the app's own drawing replaces it.
 */
export function PrerenderedSlot({ node, className }: { node: HTMLElement; className: string }) {
  return (
    <div
      className={className}
      ref={(slot) => {
        if (slot && node.parentNode !== slot) slot.appendChild(node);
      }}
    />
  );
}
