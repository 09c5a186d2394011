import { jsonError } from '../../src/errors.js';

/** The error JSON.parse throws on `text`. */
function parseError(text: string): Error {
  try {
    JSON.parse(text);
  } catch (error) {
    return error as Error;
  }
  throw new Error('parsed');
}

describe('jsonError', () => {
  it('counts the line and column from the position Node 20 names', () => {
    const text = '{\n  "a": 1,\n  "b" 2\n}\n';
    const error = new SyntaxError('Unexpected number in JSON at position 18');
    expect(jsonError(text, error, 'x.json', 'not JSON').message).toBe('x.json:3:7: not JSON');
  });

  it('takes the line and column Node 22 and later name', () => {
    const error = new SyntaxError(
      "Expected ':' after property name in JSON at position 18 (line 3 column 7)",
    );
    expect(jsonError('', error, 'x.json', 'not JSON').message).toBe('x.json:3:7: not JSON');
  });

  it('names the file alone when the message says nothing of where', () => {
    const error = new SyntaxError('Unexpected token \'}\', "{"a": tru}" is not valid JSON');
    expect(jsonError('{"a": tru}', error, 'x.json', 'not JSON').message).toBe('x.json: not JSON');
  });

  it('agrees with this runtime on a missing colon three lines down', () => {
    const text = '{\n  "a": 1,\n  "b" 2\n}\n';
    expect(jsonError(text, parseError(text), 'x.json', 'not JSON').message).toBe('x.json:3:7: not JSON');
  });
});
