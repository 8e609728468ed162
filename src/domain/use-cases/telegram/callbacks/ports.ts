// Ports of the inline-button handlers (issues 7 and 8). Empty until they are built.
export type CallbackPorts = Readonly<Record<string, never>>;
