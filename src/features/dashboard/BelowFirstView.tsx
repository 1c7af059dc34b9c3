// The chunk of below-first-view-module.ts.
export { NotesList } from './NotesList';
export { SourcesSection } from './SourcesSection';
