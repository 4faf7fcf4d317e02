import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { CodeBlockView } from '@/components/code-block-view';

const render = (language: string, code: string) =>
  renderToStaticMarkup(createElement(CodeBlockView, { language, code }));

describe('code blocks', () => {
  it('highlights a known language on the server', () => {
    const html = render('typescript', 'interface User { id: string } // the row');
    expect(html).toContain('<span class="hljs-keyword">interface</span>');
    expect(html).toContain('<span class="hljs-comment">// the row</span>');
  });

  it('keeps code as text, whatever it holds or claims to be', () => {
    const code = '<script>alert("x")</script>';
    for (const language of ['html', 'no-such-language', '']) {
      const html = render(language, code);
      expect(html).not.toContain('<script');
      expect(html.replace(/<[^>]+>/g, '')).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    }
    expect(render('', 'plain')).toContain('<code>plain</code>');
  });
});
