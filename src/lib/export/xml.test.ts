import { describe, expect, test } from 'vitest';
import { FORBIDDEN_XML_CHARS, parseXml } from './parse-xml.test-helper.ts';
import { num, stripInvalidXml, xmlAttr, xmlText } from './xml.ts';

const HOSTILE = `<&"'> \u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF \uD800x\uDC00 😀 é\t\n\r end`;
const CLEAN = `<&"'>  x 😀 é\t\n\r end`;

describe('XML escaping', () => {
  test('strips the characters XML 1.0 forbids and keeps the rest', () => {
    expect(stripInvalidXml(HOSTILE)).toBe(CLEAN);
    expect(stripInvalidXml('a😀b')).toBe('a😀b');
  });

  test('text escapes markup', () => {
    expect(xmlText(`<b onload="x">&'`)).toBe('&lt;b onload=&quot;x&quot;&gt;&amp;&apos;');
    expect(xmlText(HOSTILE)).not.toMatch(FORBIDDEN_XML_CHARS);
  });

  test('text and attribute values survive a strict parser exactly (less the forbidden characters)', () => {
    const doc = parseXml(`<root a="${xmlAttr(HOSTILE)}">${xmlText(HOSTILE)}</root>`);
    const root = doc.documentElement;
    expect(root?.getAttribute('a')).toBe(CLEAN);
    // Inside text, a parser normalises CR and CRLF line ends to LF.
    expect(root?.textContent).toBe(CLEAN.replace(/\r\n?/g, '\n'));
  });

  test('numbers are rounded and never NaN', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(Number.NaN)).toBe('0');
    expect(num(Infinity)).toBe('0');
    expect(xmlAttr(38e9)).toBe('38000000000');
  });
});
