import { describe, expect, it } from "vitest";
import { sniffImage } from "./image-type";
import { checkSvg } from "./svg-check";

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"';
const wrap = (inner: string, attrs = "") =>
  `<svg ${NS} ${XLINK} viewBox="0 0 10 10"${attrs}>${inner}</svg>`;

describe("checkSvg accepts plain pictures", () => {
  it.each([
    ["shapes", wrap('<rect width="10" height="10" fill="#4f46e5"/><circle cx="5" cy="5" r="3"/>')],
    [
      "a gradient used by url(#id)",
      wrap(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><path d="M0 0h10v10z" fill="url(#g)" style="fill: url( \'#g\' )"/>',
      ),
    ],
    [
      "a local <use>",
      wrap('<symbol id="s"><path d="M0 0"/></symbol><use href="#s"/><use xlink:href="#s"/>'),
    ],
    [
      "an XML declaration, comments and a title",
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n${wrap("<title>Acme &amp; Co</title>")}`,
    ],
    [
      "a <style> with local references only",
      wrap('<style><![CDATA[.a{fill:url(#g)}]]></style><rect class="a"/>'),
    ],
  ])("%s", (_, svg) => {
    expect(checkSvg(svg)).toEqual({ ok: true });
  });
});

describe("checkSvg refuses hostile SVGs", () => {
  it.each([
    ["<script>", wrap("<script>alert(1)</script>")],
    ["<SCRIPT> in capitals", wrap("<SCRIPT>alert(1)</SCRIPT>")],
    [
      "a namespaced script",
      wrap('<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>'),
    ],
    ["onload", wrap("", ' onload="alert(1)"')],
    ["ONLOAD in capitals", wrap("", ' ONLOAD="alert(1)"')],
    ["onclick on a child", wrap('<rect onclick="alert(1)"/>')],
    ["xlink:href to http", wrap('<use xlink:href="http://evil.example/x.svg#a"/>')],
    ["<use href> to https", wrap('<use href="https://evil.example/sprite.svg#a"/>')],
    ["a protocol-relative href", wrap('<use href="//evil.example/a.svg#a"/>')],
    [
      "an href with leading whitespace",
      wrap('<use href=" #a"/><use href="&#10;https://evil.example/#a"/>'),
    ],
    ["javascript: in href", wrap('<use href="javascript:alert(1)"/>')],
    ["JaVaScRiPt: with a tab", wrap('<use href="java\tscript:alert(1)"/>')],
    ["javascript: hidden in character references", wrap('<use href="&#x6A;avascript:alert(1)"/>')],
    ["style url() to http", wrap('<rect style="background:url(http://evil.example/x.png)"/>')],
    [
      "style url() in capitals with spaces",
      wrap("<rect style=\"fill: URL (  'https://evil.example' )\"/>"),
    ],
    ["a fill url() to another file", wrap('<rect fill="url(other.svg#g)"/>')],
    ["CSS escapes", wrap('<rect style="fill:u\\72l(https://evil.example)"/>')],
    ["@import in <style>", wrap("<style>@import 'https://evil.example/a.css';</style>")],
    ["url() in <style>", wrap("<style>rect{fill:url(https://evil.example/a)}</style>")],
    [
      "<foreignObject>",
      wrap(
        '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>',
      ),
    ],
    ["<image>", wrap('<image href="#a"/>')],
    ["<a>", wrap('<a href="#a"><rect/></a>')],
    [
      "<animate> setting href",
      wrap('<use href="#a"><set attributeName="href" to="javascript:alert(1)"/></use>'),
    ],
    ["a DOCTYPE with entities", `<!DOCTYPE svg [<!ENTITY x "y">]>${wrap("<text>&x;</text>")}`],
    ["a lower-case doctype", `<!doctype svg>${wrap("")}`],
    ["an undeclared entity", wrap("<text>&x;</text>")],
    ["an entity in an attribute", wrap('<rect fill="&x;"/>')],
    ["a processing instruction", `<?xml-stylesheet href="https://evil.example/a.css"?>${wrap("")}`],
    ["a data: URL", wrap('<rect fill="data:image/png;base64,AAAA"/>')],
    ["an unknown namespace", `<svg ${NS} xmlns:x="http://evil.example/ns"/>`],
    ["a wrong SVG namespace", '<svg xmlns="http://www.w3.org/1999/xhtml"/>'],
    ["an HTML root", "<html><body><svg/></body></html>"],
    ["two roots", `${wrap("")}${wrap("")}`],
    ["malformed XML", `<svg ${NS}><rect></svg>`],
    ["not XML at all", "hello"],
  ])("%s", (_, svg) => {
    const verdict = checkSvg(svg);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/\.$/);
  });

  it("names what it refused", () => {
    expect(checkSvg(wrap("", ' onload="x"'))).toEqual({
      ok: false,
      reason: "The onload attribute on <svg> is not allowed.",
    });
    expect(checkSvg(wrap("<script/>"))).toEqual({
      ok: false,
      reason: "The element <script> is not allowed.",
    });
  });
});

describe("sniffImage", () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  it.each([
    ["png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0)],
    ["jpg", bytes(0xff, 0xd8, 0xff, 0xe0)],
    ["webp", new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 ")],
    ["svg", new TextEncoder().encode("\uFEFF \n<svg/>")],
  ])("knows %s by its bytes", (ext, data) => {
    expect(sniffImage(data)).toBe(ext);
  });

  it("ignores what the file claims to be", () => {
    expect(sniffImage(new TextEncoder().encode("GIF89a"))).toBeNull();
    expect(sniffImage(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(sniffImage(new TextEncoder().encode("RIFF\0\0\0\0WAVE"))).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
  });
});
