/**
 * A small reader for well-formed XML such as the add-in manifest: elements, attributes and text.
 * Comments, the declaration, processing instructions and CDATA are skipped; DTDs are refused.
 * Names keep their prefixes ("bt:Image"); `localName` drops them.
 */

const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    if (!(name in ENTITIES)) throw new Error(`Unknown entity ${whole}`);
    return ENTITIES[name];
  });
}

function localName(name) {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

function parseAttributes(source, where) {
  const attributes = {};
  const pattern = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/gy;
  let end = 0;
  let match;
  while ((match = pattern.exec(source)) !== null) {
    const name = match[1];
    if (name in attributes) throw new Error(`Attribute ${name} repeated ${where}`);
    attributes[name] = decode(match[3] ?? match[4] ?? "");
    end = pattern.lastIndex;
  }
  const rest = source.slice(end).trim();
  if (rest !== "") throw new Error(`Cannot read attributes "${rest}" ${where}`);
  return attributes;
}

/** Parses XML text into { name, attributes, children, text } elements; throws on malformed input. */
function parseXml(xml) {
  const root = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  let i = 0;
  const line = (at) => `at line ${xml.slice(0, at).split("\n").length}`;
  while (i < xml.length) {
    const open = xml.indexOf("<", i);
    const top = stack[stack.length - 1];
    const text = xml.slice(i, open === -1 ? xml.length : open);
    if (text.trim() !== "") {
      if (stack.length === 1) throw new Error(`Text outside the root element ${line(i)}`);
      top.text += decode(text);
    }
    if (open === -1) break;
    const skip = [
      ["<!--", "-->"],
      ["<?", "?>"],
      ["<![CDATA[", "]]>"],
    ].find(([start]) => xml.startsWith(start, open));
    if (skip) {
      const end = xml.indexOf(skip[1], open);
      if (end === -1) throw new Error(`Unclosed ${skip[0]} ${line(open)}`);
      if (skip[0] === "<![CDATA[") top.text += xml.slice(open + 9, end);
      i = end + skip[1].length;
      continue;
    }
    if (xml.startsWith("<!", open)) throw new Error(`Declarations are not supported ${line(open)}`);
    const close = xml.indexOf(">", open);
    if (close === -1) throw new Error(`Unclosed tag ${line(open)}`);
    const tag = xml.slice(open + 1, close);
    if (tag.startsWith("/")) {
      const name = tag.slice(1).trim();
      const element = stack.pop();
      if (stack.length === 0 || element.name !== name) {
        throw new Error(`Closing tag </${name}> does not match <${element ? element.name : ""}> ${line(open)}`);
      }
    } else {
      const selfClosing = tag.endsWith("/");
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = /^[^\s/>]+/.exec(body)?.[0];
      if (!name) throw new Error(`Tag without a name ${line(open)}`);
      if (stack.length === 1 && root.children.length > 0) throw new Error(`Second root element ${line(open)}`);
      const element = { name, attributes: parseAttributes(body.slice(name.length), line(open)), children: [], text: "" };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
    i = close + 1;
  }
  if (stack.length !== 1) throw new Error(`Unclosed element <${stack[stack.length - 1].name}>`);
  const [documentElement] = root.children;
  if (!documentElement) throw new Error("No root element");
  return documentElement;
}

/** Child elements with this local name. */
function children(element, name) {
  return element.children.filter((child) => localName(child.name) === name);
}

/** The first element at this path of local names below `element`, or undefined. */
function child(element, ...path) {
  let current = element;
  for (const name of path) {
    current = current && children(current, name)[0];
  }
  return current;
}

/** Every element below `element` (depth first), itself excluded. */
function descendants(element) {
  return element.children.flatMap((c) => [c, ...descendants(c)]);
}

module.exports = { parseXml, children, child, descendants, localName };
