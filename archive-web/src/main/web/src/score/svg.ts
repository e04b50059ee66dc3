/**
 * Engraved SVG (from Verovio, whose input is an uploaded file) made safe and CSP-clean before it
 * joins the page: parsed as XML, never as HTML; no scripts, foreign content, event handlers or
 * links out; and no `<style>` element, which the page's Content-Security-Policy would refuse (the
 * stylesheet carries Verovio's few rules instead, under `.score`).
 */
const DROPPED = new Set(['script', 'style', 'foreignobject', 'iframe', 'object', 'embed', 'a']);

export function safeSvg(markup: string): SVGSVGElement | null {
  // The parser's document shares the page's policy, so inline CSS is cut from the text before parsing.
  const parsed = new DOMParser().parseFromString(withoutInlineCss(markup), 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.namespaceURI !== 'http://www.w3.org/2000/svg' || root.localName !== 'svg') return null;
  const walker = parsed.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const doomed: Element[] = [];
  for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
    if (DROPPED.has(node.localName.toLowerCase())) {
      doomed.push(node);
      continue;
    }
    for (const attribute of [...node.attributes]) {
      const name = attribute.name.toLowerCase();
      const internalLink = (name === 'href' || name === 'xlink:href') && attribute.value.startsWith('#');
      if (name.startsWith('on') || name === 'style' || ((name === 'href' || name === 'xlink:href') && !internalLink)) {
        node.removeAttribute(attribute.name);
      }
    }
  }
  doomed.forEach((node) => node.remove());
  return document.importNode(root, true) as unknown as SVGSVGElement;
}

/** SVG markup without `<style>` elements and `style` attributes. */
export function withoutInlineCss(markup: string): string {
  return markup.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '').replace(/<style\b[^>]*\/>/gi, '').replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');
}
