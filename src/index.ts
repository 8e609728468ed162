// Every handler the manifest names, grouped by kind. Nothing else is exported from here.

// Resolvers (Custom UI)
export { uiResolver } from './resolvers/ui.resolver';
