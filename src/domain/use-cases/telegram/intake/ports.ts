// Ports of the chat intake (issue 9). Empty until the intake is built.
export type IntakePorts = Readonly<Record<string, never>>;
