// Measures a same-origin Custom UI frame's content so the iframe can follow it (Jira resizes Custom UI
// frames to their content the same way) and tells whether the app rendered anything at all.

export function contentHeight(doc: Document): number {
  let bottom = 0;
  for (const el of Array.from(doc.body.children)) {
    if (el.tagName === 'SCRIPT') continue;
    bottom = Math.max(bottom, el.getBoundingClientRect().bottom + (doc.defaultView?.scrollY ?? 0));
  }
  const style = doc.defaultView?.getComputedStyle(doc.body);
  return Math.ceil(bottom + parseFloat(style?.marginBottom ?? '0'));
}

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE']);

/** Text, or any element with an area: an empty #root (0 px high) or a bare body margin does not count. */
export function hasRenderedContent(doc: Document): boolean {
  if (doc.body.innerText.trim() !== '') return true;
  return Array.from(doc.body.querySelectorAll('*')).some((el) => {
    if (INVISIBLE.has(el.tagName)) return false;
    const r = el.getBoundingClientRect();
    return r.width * r.height > 0;
  });
}

/** Calls `onSize` whenever the frame's content may have changed size; returns the disposer. */
export function watchSize(doc: Document, onSize: (height: number) => void): () => void {
  const measure = (): void => onSize(contentHeight(doc));
  const observer = new ResizeObserver(measure);
  const observeAll = (): void => {
    observer.observe(doc.body);
    for (const el of Array.from(doc.body.children)) observer.observe(el);
  };
  observeAll();
  const mutations = new MutationObserver(() => {
    observeAll();
    measure();
  });
  mutations.observe(doc.body, { childList: true });
  measure();
  return () => {
    observer.disconnect();
    mutations.disconnect();
  };
}
