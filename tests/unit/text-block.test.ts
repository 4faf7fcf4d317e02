import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { TextBlock } from '@/components/text-block';

const render = (text: string) => renderToStaticMarkup(createElement(TextBlock, { text }));

describe('free text rendering', () => {
  it('renders Markdown', () => {
    const html = render('Use **bold**, `code` and a [link](https://example.com).\n\n- one\n- two');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('>code</code>');
    expect(html).toContain('href="https://example.com"');
    expect(html).toMatch(/<ul[^>]*>\s*<li>one<\/li>/);
  });

  it('never renders raw HTML or unsafe links', () => {
    const html = render(
      '<script>alert(1)</script> <img src=x onerror=alert(2)>\n\n[click](javascript:alert(3)) ![i](data:text/html,x)',
    );
    // HTML-looking text stays text: escaped, never an element.
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:text/html');
    expect(html).toContain('click');
  });
});
