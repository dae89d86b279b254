import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL', 'BR', 'TD', 'TH',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);

interface NodeLike { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<NodeLike> }

/**
 * Plain text of an HTML fragment with its structure kept the way our sentence splitter reads it:
 * block elements become paragraphs separated by a blank line, inline white space is folded.
 */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as NodeLike);
}

export function nodeToText(root: NodeLike): string {
  const paragraphs: string[] = [];
  let current = '';
  const breakParagraph = () => {
    const folded = current.replace(/\s+/g, ' ').trim();
    if (folded) paragraphs.push(folded);
    current = '';
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName.toUpperCase())) return;
    const block = BLOCK.has(node.nodeName.toUpperCase());
    if (block) breakParagraph();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) breakParagraph();
  };
  walk(root);
  breakParagraph();
  return paragraphs.join('\n\n');
}
