/**
 * A part of the page the build drew (build-drawn-page.ts), moved into the live page as it is, not
 * parsed or drawn again. It stays inert until the app's own drawing replaces it. `className` is
 * one of the slots build-drawn-page.css lays out (figure-prerendered-slot, kpi-prerendered-slot,
 * main-prerendered-slot). With `unwrapped`, what the node holds is moved, not the node: the drawn
 * page's <main> gives its content, and the live page keeps one main landmark.
 */
export function BuildDrawnSlot({
  node,
  className,
  unwrapped,
}: {
  node: HTMLElement;
  className: string;
  unwrapped?: boolean;
}) {
  return (
    <div
      className={className}
      // The drawn page was inert as a whole: a part moved out of it is no longer.
      inert
      ref={(slot) => {
        if (slot && node.parentNode !== slot)
          slot.append(...(unwrapped ? node.childNodes : [node]));
      }}
    />
  );
}
