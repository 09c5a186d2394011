import { describe, expect, it } from '@jest/globals';
import { compileBody } from '../../src/prompts/prompty-render.js';

const render = (engine: 'jinja2' | 'mustache', text: string, values: Record<string, unknown> = {}) =>
  compileBody({ engine, text, line: 1 })(values);

describe('a template a pull request wrote cannot run for hours or fill memory', () => {
  it.each([
    [
      'loops of loops writing literal text',
      '{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}',
    ],
    [
      'loops of loops with empty bodies',
      '{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}',
    ],
    ['a large value written in a loop', '{% for a in range(100000) %}{{ big }}{% endfor %}'],
  ])('Jinja2: %s stops with a reason', (_name, text) => {
    expect(() => render('jinja2', text, { big: 'x'.repeat(1_000_000) })).toThrow(
      /rendering (takes|writes) more than/,
    );
  });

  it('Mustache: sections nested over a list stop with a reason', () => {
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const text = '{{#items}}{{#items}}{{#items}}x{{/items}}{{/items}}{{/items}}';
    expect(() => render('mustache', text, { items })).toThrow(/rendering (takes|writes) more than/);
  });

  it('each rendering has its own budget: many cases of an ordinary template all render', () => {
    const items = Array.from({ length: 100 }, (_, i) => `item ${i}`);
    for (let i = 0; i < 50; i++) {
      expect(render('mustache', '{{#items}}- {{.}}\n{{/items}}', { items })).toContain('- item 99');
      expect(render('jinja2', '{% for i in items %}- {{ i }}\n{% endfor %}', { items })).toContain(
        '- item 99',
      );
    }
  });
});
