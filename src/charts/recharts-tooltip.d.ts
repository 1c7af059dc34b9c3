// Recharts' tooltip by its own path (TooltipLayer.tsx, a chunk of its own): the types Recharts
// gives it in its index.
declare module 'recharts/es6/component/Tooltip.js' {
  export { Tooltip } from 'recharts';
}
