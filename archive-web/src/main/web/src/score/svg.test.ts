import { describe, expect, it } from 'vitest';
import { withoutInlineCss } from './svg';

describe('engraved SVG under the page’s CSP', () => {
  it('cuts style elements and style attributes, and nothing else', () => {
    const svg =
      '<svg viewBox="0 0 10 10"><style type="text/css">#a g.tempo {font-weight:bold;}</style><g class="dir"><text font-style="italic" style="fill:red">p</text></g><style/></svg>';
    expect(withoutInlineCss(svg)).toBe('<svg viewBox="0 0 10 10"><g class="dir"><text font-style="italic">p</text></g></svg>');
  });
});
