// A small XML writer for the IATI file. Elements take only fragments built here, never raw
// strings, so every text and attribute value passes through the escaping below.

export interface XmlFragment {
  readonly xml: string;
}

type Child = XmlFragment | null | undefined | false;
type Attributes = Record<string, string | number | null | undefined>;

// Characters XML 1.0 cannot hold at all (most control characters, lone surrogates, U+FFFE/FFFF).
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(value: string): string {
  return value.replace(forbidden, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

/** An element; attributes that are null or undefined are left out. */
export function element(name: string, attributes: Attributes = {}, ...children: Child[]): XmlFragment {
  if (!NAME.test(name)) throw new Error(`Not an XML name: ${name}`);
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([key, value]) => {
      if (!NAME.test(key)) throw new Error(`Not an XML name: ${key}`);
      return ` ${key}="${escapeAttribute(String(value))}"`;
    })
    .join('');
  const inner = children.filter((c): c is XmlFragment => Boolean(c)).map((c) => c.xml).join('');
  return { xml: inner ? `<${name}${attrs}>${inner}</${name}>` : `<${name}${attrs}/>` };
}

/** Text content, escaped. */
export const text = (value: string): XmlFragment => ({ xml: escapeText(value) });

/** A comment; "--" cannot occur inside one, so it is broken up. */
export const comment = (value: string): XmlFragment => ({ xml: `<!-- ${escapeText(value).replace(/--/g, '- -')} -->` });
