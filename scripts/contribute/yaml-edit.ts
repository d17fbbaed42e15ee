// The smallest text edit of a YAML file that sets one value: the bytes around it (comments, key order,
// flow or block style, quotes, blank lines) stay exactly as they were. yaml's parseDocument gives the
// positions; only the changed value, or one new line for a new key, is written.
import { Document, isCollection, isMap, isScalar, parseDocument, type YAMLMap } from "yaml";

type Path = (string | number)[];

const isIdList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string" && /^[a-z0-9-]+$/.test(x));

/** A value as YAML text in a flow collection (`{ … }`, `[ … ]`) or after `key: ` in a block. */
function valueText(value: unknown, flow: boolean): string {
  if (isIdList(value)) return `[${value.join(", ")}]`;
  const doc = new Document({ x: value });
  if (flow || (value !== null && typeof value === "object")) {
    (doc.contents as YAMLMap).flow = true;
    const s = doc.toString({ lineWidth: 0 }).trim();
    return s.slice("{ x: ".length, -" }".length);
  }
  return doc.toString({ lineWidth: 0 }).trimEnd().slice("x: ".length);
}

/** `key: value` lines for a block map, indented by `indent` spaces. */
function pairLines(key: string, value: unknown, indent: number): string {
  const doc = new Document({ [key]: value });
  const text = isIdList(value) ? `${key}: ${valueText(value, false)}\n` : doc.toString({ lineWidth: 0 });
  return text
    .split("\n")
    .filter(Boolean)
    .map((l) => `${" ".repeat(indent)}${l}\n`)
    .join("");
}

const columnOf = (text: string, offset: number) => offset - (text.lastIndexOf("\n", offset - 1) + 1);

/** Sets `path` to `value` in `text`, creating missing maps on the way; returns the new text. */
export function setInText(text: string, path: Path, value: unknown): string {
  const doc = parseDocument(text);
  const node = doc.getIn(path, true);
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
  const parentFlow = isCollection(parent) && parent.flow === true;
  if (node && (isScalar(node) || isCollection(node)) && node.range) {
    const [start, end] = node.range;
    const wasBlock = isCollection(node) && !node.flow;
    return text.slice(0, start) + valueText(value, parentFlow) + (wasBlock ? "\n" : "") + text.slice(end);
  }
  if (!isMap(parent)) {
    // The parent map is missing too: create it with this value inside.
    if (!parentPath.length) throw new Error("the document is not a map");
    return setInText(text, parentPath, { [String(path[path.length - 1])]: value });
  }
  const key = String(path[path.length - 1]);
  const items = parent.items;
  const last = items[items.length - 1];
  if (parent.flow) {
    const lastEnd = (last?.value as { range?: [number, number, number] } | null)?.range?.[1];
    if (lastEnd === undefined) {
      const close = text.lastIndexOf("}", parent.range![1]);
      return `${text.slice(0, close)}${key}: ${valueText(value, true)}${text.slice(close)}`;
    }
    return `${text.slice(0, lastEnd)}, ${key}: ${valueText(value, true)}${text.slice(lastEnd)}`;
  }
  const start = parent.range![0];
  const indent = parentPath.length ? columnOf(text, start) : 0;
  let at = parent.range![1];
  if (!parentPath.length) {
    // Top level: after the last value, before trailing comments or blank lines.
    at = text.length;
  }
  const before = text.slice(0, at);
  return `${before}${before.endsWith("\n") || !before ? "" : "\n"}${pairLines(key, value, indent)}${text.slice(at)}`;
}
