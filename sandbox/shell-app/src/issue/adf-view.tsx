// Renders an Atlassian Document Format document as Jira's issue view does: paragraphs, headings, lists,
// code, quotes, panels, rules, tables, and inline marks, mentions, emoji, links and status. Unknown
// nodes render their children; text is always rendered as text (never as HTML).
import { Fragment, type ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import { asArray, asRecord, asString, type Json } from '../json';

const SAFE_URL = /^(https?:|mailto:|\/)/i;

function marks(text: ReactNode, list: readonly unknown[]): ReactNode {
  return list.reduce<ReactNode>((inner, m) => {
    const mark = asRecord(m);
    const attrs = asRecord(mark.attrs);
    switch (mark.type) {
      case 'strong': return <strong>{inner}</strong>;
      case 'em': return <em>{inner}</em>;
      case 'code': return <code className="lb-code-inline">{inner}</code>;
      case 'strike': return <s>{inner}</s>;
      case 'underline': return <u>{inner}</u>;
      case 'link': {
        const href = asString(attrs.href);
        return SAFE_URL.test(href) ? <a href={href} target="_blank" rel="noreferrer noopener">{inner}</a> : inner;
      }
      default: return inner;
    }
  }, text);
}

function children(node: Json): ReactNode {
  return asArray(node.content).map((c, i) => <Fragment key={i}>{render(c)}</Fragment>);
}

function render(value: unknown): ReactNode {
  const node = asRecord(value);
  const attrs = asRecord(node.attrs);
  switch (node.type) {
    case 'doc': return children(node);
    case 'paragraph': return <p>{children(node)}</p>;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(attrs.level) || 1));
      const Tag = `h${Math.min(6, level + 1)}` as 'h2';
      return <Tag className={`lb-adf-h${level}`}>{children(node)}</Tag>;
    }
    case 'text': return marks(asString(node.text), asArray(node.marks));
    case 'hardBreak': return <br />;
    case 'bulletList': return <ul>{children(node)}</ul>;
    case 'orderedList': return <ol start={Number(attrs.order) || undefined}>{children(node)}</ol>;
    case 'listItem': return <li>{children(node)}</li>;
    case 'codeBlock': return <pre className="lb-code-block"><code>{asArray(node.content).map((t) => asString(asRecord(t).text)).join('')}</code></pre>;
    case 'blockquote': return <blockquote>{children(node)}</blockquote>;
    case 'rule': return <hr />;
    case 'panel': return <div className={`lb-adf-panel lb-adf-panel-${asString(attrs.panelType, 'info')}`}>{children(node)}</div>;
    case 'table': return <table className="lb-adf-table"><tbody>{children(node)}</tbody></table>;
    case 'tableRow': return <tr>{children(node)}</tr>;
    case 'tableHeader': return <th>{children(node)}</th>;
    case 'tableCell': return <td>{children(node)}</td>;
    case 'mention': return <span className="lb-mention">{asString(attrs.text) || '@someone'}</span>;
    case 'emoji': return <span>{asString(attrs.text) || asString(attrs.shortName)}</span>;
    case 'inlineCard': {
      const url = asString(attrs.url);
      return SAFE_URL.test(url) ? <a href={url}>{url}</a> : null;
    }
    case 'status': return <Lozenge>{asString(attrs.text)}</Lozenge>;
    case 'date': return <span>{new Date(Number(attrs.timestamp)).toLocaleDateString('en-US')}</span>;
    default: return children(node);
  }
}

export function AdfView({ doc, empty = 'None' }: { readonly doc: unknown; readonly empty?: string }) {
  const d = asRecord(doc);
  if (d.type !== 'doc' || asArray(d.content).length === 0) return <p className="lb-muted">{typeof doc === 'string' && doc !== '' ? doc : empty}</p>;
  return <div className="lb-adf">{render(d)}</div>;
}
