// A dropdown menu like Atlaskit's: a trigger button, a list of items with an optional group heading,
// closed by Escape, a click outside or a choice; arrow keys move between items.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export type MenuItem = {
  readonly key: string;
  readonly label: ReactNode;
  readonly description?: ReactNode;
  readonly icon?: ReactNode;
  readonly selected?: boolean;
  readonly onSelect: () => void;
  readonly testId?: string;
};

type Props = {
  readonly trigger: (props: { readonly open: boolean; readonly toggle: () => void; readonly id: string }) => ReactNode;
  readonly items: readonly MenuItem[];
  readonly heading?: string;
  readonly align?: 'start' | 'end';
  readonly label: string;
  readonly footer?: ReactNode;
};

export function PopupMenu({ trigger, items, heading, align = 'start', label, footer }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent): void => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    rootRef.current?.querySelector<HTMLElement>('[role="menuitem"], [role="menuitemradio"]')?.focus();
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === 'Escape') {
      setOpen(false);
      rootRef.current?.querySelector<HTMLElement>('[aria-haspopup]')?.focus();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const list = Array.from(rootRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []);
    const at = list.indexOf(document.activeElement as HTMLElement);
    list[(at + (e.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length]?.focus();
  };

  const hasSelection = items.some((i) => i.selected !== undefined);
  return (
    <div className="lb-popup" ref={rootRef} onKeyDown={onKeyDown}>
      {trigger({ open, toggle: () => setOpen((o) => !o), id })}
      {open && (
        <div className={`lb-popup-menu lb-popup-${align}`} role="menu" aria-label={label} id={id}>
          {heading && <div className="lb-popup-heading" role="presentation">{heading}</div>}
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role={hasSelection ? 'menuitemradio' : 'menuitem'}
              aria-checked={hasSelection ? item.selected === true : undefined}
              className={item.selected ? 'lb-popup-item lb-popup-item-selected' : 'lb-popup-item'}
              data-testid={item.testId}
              onClick={() => {
                setOpen(false);
                item.onSelect();
              }}
            >
              {item.icon}
              <span className="lb-popup-text">
                <span>{item.label}</span>
                {item.description && <span className="lb-popup-description">{item.description}</span>}
              </span>
            </button>
          ))}
          {footer}
        </div>
      )}
    </div>
  );
}
