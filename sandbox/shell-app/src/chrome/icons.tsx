// The few glyphs the Jira chrome needs, drawn inline (24px grid, currentColor) so the shell needs no
// icon package. Decorative: every icon is aria-hidden; the control around it carries the label.
import type { ReactNode } from 'react';

function Icon({ children, size = 20 }: { readonly children: ReactNode; readonly size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="lb-icon">
      {children}
    </svg>
  );
}

const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export const AppSwitcherIcon = () => (
  <Icon>
    {[5, 12, 19].flatMap((y) => [5, 12, 19].map((x) => <rect key={`${x}-${y}`} x={x - 2} y={y - 2} width="4" height="4" rx="1" fill="currentColor" />))}
  </Icon>
);
export const JiraLogo = () => (
  <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <rect width="24" height="24" rx="6" fill="#1868DB" />
    <path d="M17.6 5H11.5a2.8 2.8 0 0 0 2.8 2.8h1.1v1.1A2.8 2.8 0 0 0 18.2 11.7V5.6a.6.6 0 0 0-.6-.6z" fill="#fff" />
    <path d="M14.6 8H8.5a2.8 2.8 0 0 0 2.8 2.8h1.1v1.1a2.8 2.8 0 0 0 2.8 2.8V8.6a.6.6 0 0 0-.6-.6z" fill="#fff" opacity=".8" />
    <path d="M11.6 11H5.5a2.8 2.8 0 0 0 2.8 2.8h1.1v1.1a2.8 2.8 0 0 0 2.8 2.8v-6.1a.6.6 0 0 0-.6-.6z" fill="#fff" opacity=".6" />
  </svg>
);
export const ChevronDownIcon = ({ size = 16 }: { readonly size?: number }) => <Icon size={size}><path d="M7 10l5 5 5-5" {...stroke} /></Icon>;
export const ChevronRightIcon = ({ size = 16 }: { readonly size?: number }) => <Icon size={size}><path d="M10 7l5 5-5 5" {...stroke} /></Icon>;
export const SunIcon = () => <Icon><circle cx="12" cy="12" r="4" {...stroke} /><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" {...stroke} /></Icon>;
export const MoonIcon = () => <Icon><path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" {...stroke} /></Icon>;
export const CloseIcon = ({ size = 16 }: { readonly size?: number }) => <Icon size={size}><path d="M6 6l12 12M18 6L6 18" {...stroke} /></Icon>;
export const CheckIcon = ({ size = 16 }: { readonly size?: number }) => <Icon size={size}><path d="M5 12.5l4.5 4.5L19 7.5" {...stroke} /></Icon>;
export const PlusIcon = ({ size = 16 }: { readonly size?: number }) => <Icon size={size}><path d="M12 5v14M5 12h14" {...stroke} /></Icon>;
export const IssuesIcon = () => <Icon><path d="M8 6h12M8 12h12M8 18h12" {...stroke} /><circle cx="4" cy="6" r="1" fill="currentColor" /><circle cx="4" cy="12" r="1" fill="currentColor" /><circle cx="4" cy="18" r="1" fill="currentColor" /></Icon>;
export const DashboardIcon = () => <Icon><rect x="3" y="3" width="8" height="10" rx="1.5" {...stroke} /><rect x="13" y="3" width="8" height="6" rx="1.5" {...stroke} /><rect x="13" y="11" width="8" height="10" rx="1.5" {...stroke} /><rect x="3" y="15" width="8" height="6" rx="1.5" {...stroke} /></Icon>;
export const AppIcon = () => <Icon><path d="M9 3h6v4a2 2 0 1 0 4 0h2v6h-3a2 2 0 1 0 0 4h3v4h-6v-3a2 2 0 1 0-4 0v3H5v-6h3a2 2 0 1 0 0-4H5V3h4z" {...stroke} /></Icon>;
export const SettingsIcon = () => <Icon><circle cx="12" cy="12" r="3" {...stroke} /><path d="M19 12a7 7 0 0 0-.1-1.2l2-1.6-2-3.4-2.4 1a7 7 0 0 0-2-1.2L14 3h-4l-.5 2.6a7 7 0 0 0-2 1.2l-2.4-1-2 3.4 2 1.6a7 7 0 0 0 0 2.4l-2 1.6 2 3.4 2.4-1a7 7 0 0 0 2 1.2L10 21h4l.5-2.6a7 7 0 0 0 2-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2z" {...stroke} /></Icon>;
export const MoreIcon = () => <Icon><circle cx="5" cy="12" r="1.6" fill="currentColor" /><circle cx="12" cy="12" r="1.6" fill="currentColor" /><circle cx="19" cy="12" r="1.6" fill="currentColor" /></Icon>;
export const SearchIcon = ({ size = 16 }: { readonly size?: number }) => <Icon size={size}><circle cx="11" cy="11" r="6" {...stroke} /><path d="M20 20l-4.5-4.5" {...stroke} /></Icon>;

const FLAG_COLOURS = { info: 'var(--ds-icon-information)', success: 'var(--ds-icon-success)', warning: 'var(--ds-icon-warning)', error: 'var(--ds-icon-danger)' } as const;

export function StatusIcon({ type }: { readonly type: keyof typeof FLAG_COLOURS }) {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={{ color: FLAG_COLOURS[type], flex: 'none' }}>
      <circle cx="12" cy="12" r="10" fill="currentColor" />
      {type === 'success' ? <path d="M7.5 12.5l3 3 6-6.5" fill="none" stroke="var(--ds-surface, #fff)" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" /> : null}
      {type === 'info' ? <path d="M12 11v6M12 7.5v.5" stroke="var(--ds-surface, #fff)" strokeWidth="2.4" strokeLinecap="round" /> : null}
      {type === 'warning' || type === 'error' ? <path d="M12 7v6M12 16.5v.5" stroke="var(--ds-surface, #fff)" strokeWidth="2.4" strokeLinecap="round" /> : null}
    </svg>
  );
}
