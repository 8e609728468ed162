// Build-time stand-in for @atlaskit/feature-gate-js-client/feature-gates (aliased in
// scripts/build-static.ts). In a Forge iframe nobody initialises Atlassian's Statsig client, so the
// real one answers "gate off" / "default value" anyway; this keeps that answer without ~90 KB of client.
// It must only ever mirror the uninitialised behaviour: never turn a gate on.

const FeatureGates = {
  checkGate: (_gateName: string, _options?: unknown): boolean => false,
  getExperimentValue: <T>(_experiment: string, _parameter: string, defaultValue: T, _options?: unknown): T =>
    defaultValue,
  initializeCalled: (): boolean => false,
  initializeCompleted: (): boolean => false,
};

export default FeatureGates;
