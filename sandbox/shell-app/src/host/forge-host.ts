// Installs window.__forgeHost, the page-side half of the Custom UI bridge: sandbox/shell/forge-bridge-host.js
// (loaded first in every frame) asks it for the frame's context and forwards UI commands to it.
// Frames are same-origin, so callbacks (events.on, flag actions, onClose) are passed as functions.
import { getFrame } from './frame-registry';
import { runCommand } from './bridge-commands';

declare global {
  interface Window {
    __forgeHost?: {
      frameInfo: (frameId: string) => { context: unknown };
      command: (frameId: string, command: string, payload: unknown) => Promise<unknown>;
    };
  }
}

export function installForgeHost(): void {
  window.__forgeHost = {
    frameInfo(frameId) {
      const frame = getFrame(frameId);
      if (!frame) throw new Error(`Unknown Forge frame '${frameId}'`);
      return { context: frame.context };
    },
    command(frameId, command, payload) {
      const frame = getFrame(frameId);
      if (!frame) return Promise.reject(new Error(`Unknown Forge frame '${frameId}'`));
      try {
        return Promise.resolve(runCommand(frame, command, payload));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}
