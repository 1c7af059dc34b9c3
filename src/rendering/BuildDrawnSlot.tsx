/**
 * A part of the page the build drew (build-drawn-page.ts), moved into the live page as it is, not
 * parsed or drawn again. It stays inert until the app's own drawing replaces it. `className` is
 * one of the slots build-drawn-page.css lays out (figure-prerendered-slot, kpi-prerendered-slot).
 */
export function BuildDrawnSlot({ node, className }: { node: HTMLElement; className: string }) {
  return (
    <div
      className={className}
      ref={(slot) => {
        if (slot && node.parentNode !== slot) slot.appendChild(node);
      }}
    />
  );
}
