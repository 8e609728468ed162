// The files picked for the incident (pasted, dropped or chosen): each with a preview URL for images, and the
// problems of files refused by the rules. Files are not part of the saved draft (too large for storage).
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkFile, pastedName, type FileProblem } from './attachment-rules';

export type Picked = { readonly id: string; readonly file: File; readonly previewUrl: string | null };

export type AttachmentsState = {
  readonly files: readonly Picked[];
  readonly problems: readonly FileProblem[];
  readonly add: (incoming: readonly File[], pasted: boolean) => void;
  readonly remove: (id: string) => void;
  /** Forgets every file (after they were handed to the upload). */
  readonly clear: () => void;
};

let seq = 0;

export function useAttachments(): AttachmentsState {
  const [files, setFiles] = useState<Picked[]>([]);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const current = useRef<Picked[]>([]);
  current.current = files;

  useEffect(() => () => current.current.forEach((p) => p.previewUrl && URL.revokeObjectURL(p.previewUrl)), []);

  const add = useCallback((incoming: readonly File[], pasted: boolean) => {
    const found: FileProblem[] = [];
    const accepted: Picked[] = [];
    incoming.forEach((raw, i) => {
      const file = pasted ? new File([raw], pastedName(raw, current.current.length + i, new Date()), { type: raw.type }) : raw;
      const problem = checkFile(file, current.current.length + accepted.length);
      if (problem) found.push(problem);
      else accepted.push({ id: `f${++seq}`, file, previewUrl: file.type.startsWith('image/') ? URL.createObjectURL(file) : null });
    });
    setProblems(found);
    if (accepted.length > 0) setFiles((list) => [...list, ...accepted]);
  }, []);

  const remove = useCallback((id: string) => {
    setFiles((list) => {
      const gone = list.find((p) => p.id === id);
      if (gone?.previewUrl) URL.revokeObjectURL(gone.previewUrl);
      return list.filter((p) => p.id !== id);
    });
    setProblems([]);
  }, []);

  const clear = useCallback(() => {
    setFiles([]);
    setProblems([]);
  }, []);

  return { files, problems, add, remove, clear };
}
