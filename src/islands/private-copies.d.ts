// Modules imported as private copies (`?private`, see src/build/private-copies.ts): typed
// as their originals where they are re-exported in src/islands/workspace-lib.ts.
declare module '*?private';
