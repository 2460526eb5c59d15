/**
 * Finds where JSON text first goes wrong, for error messages: V8's JSON.parse names the offending token but
 * not always its position. A small iterative scanner (no recursion, so deep nesting is safe) that returns the
 * offset of the first character that cannot continue valid JSON, or undefined if the text is valid.
 */
export function firstSyntaxError(text: string): number | undefined {
  const stack: ('{' | '[')[] = [];
  let i = 0;
  // What may come next: a value, an object key (or '}'), ':', or ',' / a closing bracket.
  let expect: 'value' | 'key' | 'firstKey' | 'firstValue' | 'colon' | 'comma' = 'value';
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  while (true) {
    ws();
    if (i >= text.length) return stack.length === 0 && expect === 'comma' ? undefined : i;
    const ch = text[i];
    if (expect === 'comma') {
      if (stack.length === 0) return i; // trailing content after the value
      const top = stack[stack.length - 1];
      if (ch === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
        i++;
        stack.pop();
        expect = 'comma';
      } else return i;
      continue;
    }
    if (expect === 'colon') {
      if (ch !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'key' || expect === 'firstKey') {
      if (ch === '}' && expect === 'firstKey') {
        i++;
        stack.pop();
        expect = 'comma';
        continue;
      }
      if (ch !== '"' || !string()) return i;
      expect = 'colon';
      continue;
    }
    // A value.
    if (ch === ']' && expect === 'firstValue') {
      i++;
      stack.pop();
      expect = 'comma';
    } else if (ch === '{') {
      i++;
      stack.push('{');
      expect = 'firstKey';
    } else if (ch === '[') {
      i++;
      stack.push('[');
      expect = 'firstValue';
    } else if (ch === '"') {
      const start = i;
      if (!string()) return Math.max(start, i);
      expect = 'comma';
    } else {
      const word = /^(true|false|null)/.exec(text.slice(i, i + 5));
      if (word) i += word[0].length;
      else {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m) return i;
        i += m[0].length;
      }
      expect = 'comma';
    }
  }
}
