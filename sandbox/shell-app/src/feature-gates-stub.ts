// Build-time stand-in for @atlaskit/feature-gate-js-client/feature-gates (aliased in build.ts): the
// shell never initialises Atlassian's Statsig client, so the real one would answer "gate off" anyway.
// It must only ever mirror that uninitialised behaviour: never turn a gate on.
const FeatureGates = {
  checkGate: (_gateName: string, _options?: unknown): boolean => false,
  getExperimentValue: <T>(_experiment: string, _parameter: string, defaultValue: T, _options?: unknown): T => defaultValue,
  initializeCalled: (): boolean => false,
  initializeCompleted: (): boolean => false,
};

export default FeatureGates;
