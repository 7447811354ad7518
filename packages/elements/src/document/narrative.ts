/**
 * A narrative kept as data (the model's small tree of allowed elements) rendered with Lit
 * templates, one allowed tag at a time: text is always text, no HTML string is ever inserted, so
 * no sanitiser is needed and a strict CSP and Trusted Types hold.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NarrativeNode } from '@percorso/model';

/** The narrative tree as templates, one allowed tag at a time: text is always text. */
export function renderNarrative(nodes: readonly NarrativeNode[], level: number): unknown[] {
  return nodes.map((n) => (typeof n === 'string' ? n : renderNode(n, level)));
}

function renderNode(n: Exclude<NarrativeNode, string>, level: number): TemplateResult {
  const c = renderNarrative(n.children, level);
  const lang = n.lang;
  switch (n.tag) {
    case 'p':
      return html`<p lang=${ifDefined(lang)}>${c}</p>`;
    case 'div':
      return html`<div lang=${ifDefined(lang)}>${c}</div>`;
    case 'span':
      return html`<span lang=${ifDefined(lang)}>${c}</span>`;
    case 'br':
      return html`<br />`;
    case 'ul':
      return html`<ul lang=${ifDefined(lang)}>${c}</ul>`;
    case 'ol':
      return html`<ol lang=${ifDefined(lang)}>${c}</ol>`;
    case 'li':
      return html`<li lang=${ifDefined(lang)}>${c}</li>`;
    case 'table':
      return html`<div class="table-wrap"><table lang=${ifDefined(lang)}>${c}</table></div>`;
    case 'caption':
      return html`<caption>${c}</caption>`;
    case 'thead':
      return html`<thead>${c}</thead>`;
    case 'tbody':
      return html`<tbody>${c}</tbody>`;
    case 'tfoot':
      return html`<tfoot>${c}</tfoot>`;
    case 'tr':
      return html`<tr>${c}</tr>`;
    case 'th':
      return html`<th colspan=${ifDefined(n.colspan)} rowspan=${ifDefined(n.rowspan)} lang=${ifDefined(lang)}>${c}</th>`;
    case 'td':
      return html`<td colspan=${ifDefined(n.colspan)} rowspan=${ifDefined(n.rowspan)} lang=${ifDefined(lang)}>${c}</td>`;
    case 'b':
      return html`<b>${c}</b>`;
    case 'strong':
      return html`<strong>${c}</strong>`;
    case 'i':
      return html`<i>${c}</i>`;
    case 'em':
      return html`<em>${c}</em>`;
    case 'u':
      return html`<u>${c}</u>`;
    case 'sub':
      return html`<sub>${c}</sub>`;
    case 'sup':
      return html`<sup>${c}</sup>`;
    default: {
      // h1–h6 inside a section: headings one level below the section's title.
      const sub = Math.min(6, level + Number(n.tag.slice(1)));
      return html`<div class="heading narrative-heading" role="heading" aria-level=${sub} lang=${ifDefined(lang)}>${c}</div>`;
    }
  }
}
