// Ports of the two-way conversation (issue 9). Empty until it is built.
export type ConversationPorts = Readonly<Record<string, never>>;
