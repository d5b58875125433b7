// Decides whether an uploaded SVG logo is a plain picture: only the elements and attributes on
// the allow-lists below, references only to `#id`s inside the file, no script, no event
// handler, no DOCTYPE or entities. Anything else is refused with the reason, never cleaned up.
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ELEMENTS = new Set([
  "svg",
  "g",
  "defs",
  "title",
  "desc",
  "symbol",
  "use",
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "text",
  "tspan",
  "linearGradient",
  "radialGradient",
  "stop",
  "clipPath",
  "mask",
  "pattern",
  "style",
  "filter",
  "feBlend",
  "feColorMatrix",
  "feComposite",
  "feDropShadow",
  "feFlood",
  "feGaussianBlur",
  "feMerge",
  "feMergeNode",
  "feOffset",
]);

const ATTRIBUTES = new Set([
  "id",
  "class",
  "style",
  "xmlns",
  "xmlns:xlink",
  "version",
  "xml:space",
  "role",
  "aria-label",
  "aria-hidden",
  "focusable",
  "viewBox",
  "preserveAspectRatio",
  "x",
  "y",
  "x1",
  "y1",
  "x2",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "fx",
  "fy",
  "fr",
  "dx",
  "dy",
  "width",
  "height",
  "d",
  "points",
  "pathLength",
  "transform",
  "href",
  "xlink:href",
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-miterlimit",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-opacity",
  "opacity",
  "color",
  "display",
  "visibility",
  "overflow",
  "vector-effect",
  "shape-rendering",
  "paint-order",
  "mix-blend-mode",
  "offset",
  "stop-color",
  "stop-opacity",
  "gradientUnits",
  "gradientTransform",
  "spreadMethod",
  "clip-path",
  "clip-rule",
  "clipPathUnits",
  "mask",
  "maskUnits",
  "maskContentUnits",
  "patternUnits",
  "patternContentUnits",
  "patternTransform",
  "filter",
  "filterUnits",
  "primitiveUnits",
  "in",
  "in2",
  "result",
  "stdDeviation",
  "mode",
  "type",
  "values",
  "operator",
  "k1",
  "k2",
  "k3",
  "k4",
  "flood-color",
  "flood-opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "letter-spacing",
]);

const NAMESPACES: Record<string, string> = {
  xmlns: "http://www.w3.org/2000/svg",
  "xmlns:xlink": "http://www.w3.org/1999/xlink",
};

const LOCAL_REF = /^#[A-Za-z_][\w.-]*$/;
// Only `url(#id)`, optionally quoted; anything else inside url() may fetch.
const URL_CALL = /url\s*\(\s*(['"]?)(.*?)\1\s*\)/gis;

export type SvgVerdict = { ok: true } | { ok: false; reason: string };

const refuse = (reason: string): SvgVerdict => ({ ok: false, reason });

/** The XML predefined and numeric character references; null when another (DTD) entity appears. */
function decodeEntities(value: string): string | null {
  let unknown = false;
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  const decoded = value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][\w.-]*);?/gi, (_, ref: string) => {
    if (ref[0] !== "#") {
      if (ref in named) return named[ref] as string;
      unknown = true;
      return "";
    }
    const code =
      ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
  });
  return unknown ? null : decoded;
}

/** Every url() in a value must point inside the file; CSS escapes could hide one, so none. */
function cssProblem(css: string): string | null {
  if (css.includes("\\")) return "CSS escapes are not allowed";
  if (/@import/i.test(css)) return "@import is not allowed";
  if (/expression\s*\(/i.test(css)) return "CSS expressions are not allowed";
  for (const [, , target] of css.matchAll(URL_CALL)) {
    if (!LOCAL_REF.test((target ?? "").trim())) return `url(${target}) points outside the file`;
  }
  if (/url\s*\(/i.test(css.replace(URL_CALL, ""))) return "an unreadable url() is not allowed";
  return null;
}

function attributeProblem(element: string, name: string, raw: unknown): string | null {
  const where = `the ${name} attribute on <${element}>`;
  if (!ATTRIBUTES.has(name)) return `${where} is not allowed`;
  if (typeof raw !== "string") return `${where} needs a value`;
  const value = decodeEntities(raw);
  if (value === null) return `${where} uses an entity`;
  // Browsers drop ASCII whitespace and control characters inside a scheme.
  const squeezed = value.replace(/[\s\p{Cc}]+/gu, "").toLowerCase();
  if (squeezed.includes("javascript:") || squeezed.includes("data:")) {
    return `${where} holds a script or data URL`;
  }
  if (name in NAMESPACES) {
    return value === NAMESPACES[name] ? null : `${where} names an unknown namespace`;
  }
  if (name === "href" || name === "xlink:href") {
    return LOCAL_REF.test(value) ? null : `${where} points outside the file`;
  }
  const css = cssProblem(value);
  return css ? `${where}: ${css}` : null;
}

type Node = Record<string, unknown>;

function nodeProblem(node: Node, parent: string | null): string | null {
  const name = Object.keys(node).find((key) => key !== ":@");
  if (!name) return null;
  if (name === "#comment") return null;
  const children = node[name] as Node[];
  if (name === "#text" || name === "#cdata") {
    const text =
      name === "#cdata"
        ? String((children as unknown as Node[])[0]?.["#text"] ?? "")
        : String(children);
    if (name === "#cdata" && parent !== "style") return "CDATA is only allowed in <style>";
    if (decodeEntities(text) === null) return "the file uses an entity";
    return parent === "style" ? cssProblem(text) : null;
  }
  if (name.startsWith("?")) return `the processing instruction <${name}> is not allowed`;
  if (!ELEMENTS.has(name)) return `the element <${name}> is not allowed`;
  if (parent === null && name !== "svg") return "the file's root element is not <svg>";
  for (const [attribute, value] of Object.entries((node[":@"] as Node | undefined) ?? {})) {
    const problem = attributeProblem(name, attribute, value);
    if (problem) return problem;
  }
  for (const child of children) {
    const problem = nodeProblem(child, name);
    if (problem) return problem;
  }
  return null;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  commentPropName: "#comment",
  cdataPropName: "#cdata",
  allowBooleanAttributes: true,
});

/** Whether the text is an SVG the hosted pages may show, and if not why. */
export function checkSvg(text: string): SvgVerdict {
  // A DOCTYPE can declare entities that expand anywhere; the parser would drop it silently.
  if (/<!(?!--|\[CDATA\[)/.test(text))
    return refuse("A DOCTYPE or entity declaration is not allowed.");
  if (XMLValidator.validate(text) !== true) return refuse("The file is not well-formed XML.");
  const nodes = parser.parse(text) as Node[];
  let roots = 0;
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ":@");
    if (name === "?xml" || name === "#comment") continue;
    if (name === "#text" && String(node[name]).trim() === "") continue;
    roots += 1;
    const problem = nodeProblem(node, null);
    if (problem) return refuse(`${problem[0]?.toUpperCase()}${problem.slice(1)}.`);
  }
  return roots === 1 ? { ok: true } : refuse("The file must hold one <svg> element.");
}
