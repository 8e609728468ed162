// An app's own modal (@forge/bridge `new Modal({resource, size, context})`): the resource in a frame
// inside Jira's modal; view.submit / view.close inside it close the modal and hand the payload to the
// opener's onClose, as Jira does.
import { ModalDialog } from '../chrome/modal-dialog';
import { closeAppModal, type AppModalSpec } from '../host/overlays';
import { asRecord } from '../json';
import { useSession } from '../session';
import { ForgeFrame } from './forge-frame';

export function AppModal({ spec }: { readonly spec: AppModalSpec }) {
  const { status } = useSession();
  const module = status.modules.find((m) => m.key === spec.opener.moduleKey);
  if (!module) return null;
  const openerExtension = asRecord(spec.opener.context.extension);
  const { type: _type, ...rest } = openerExtension;
  const size = typeof spec.size === 'string' ? spec.size : asRecord(spec.size).width;
  const done = (payload: unknown): boolean => {
    closeAppModal(spec.id, payload);
    return true;
  };
  return (
    <ModalDialog
      title={spec.title || module.title} hideHeader onClose={() => closeAppModal(spec.id, undefined)} width={typeof size === 'string' ? size : 'medium'}
      closeOnEscape={spec.closeOnEscape} closeOnBlanket={spec.closeOnOverlayClick} testId="app-modal"
    >
      <ForgeFrame module={module} resource={spec.resource} extension={{ ...rest, modal: spec.context }} handlers={{ submit: done, close: done }} sizing="fill" minHeight={200} />
    </ModalDialog>
  );
}
