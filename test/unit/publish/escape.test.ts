import { escapeHtml, html, trusted } from "../../../src/publish/escape";
import { hostile } from "./sampleSite";

describe("escapeHtml", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ['"><img src=x onerror=alert(1)>', "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"],
    ["O'Brien & Co", "O&#39;Brien &amp; Co"],
    ['=HYPERLINK("http://evil.example/","click")', "=HYPERLINK(&quot;http://evil.example/&quot;,&quot;click&quot;)"],
    ["&amp; stays text", "&amp;amp; stays text"],
    ["plain words, £48,120 and 14.3%", "plain words, £48,120 and 14.3%"],
    ["tab\tand\nnew line", "tab\tand\nnew line"],
    ["nul\u0000 and bell\u0007", "nul\uFFFD and bell\uFFFD"],
  ])("escapes %j", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it("leaves no markup characters in any hostile string", () => {
    for (const value of Object.values(hostile)) expect(escapeHtml(value)).not.toMatch(/[<>"']/);
  });
});

describe("the html tag", () => {
  it("escapes every interpolated string and number, in text and in attributes", () => {
    const out = html`<p title="${hostile.attribute}">${hostile.script} ${42}</p>`.markup;
    expect(out).toBe('<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;alert(1)&lt;/script&gt; 42</p>');
  });

  it("keeps markup made with html or trusted, joins lists and drops null, undefined and false", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`<p>${inner}${[html`<br>`, "&"]}${null}${undefined}${false}${trusted("<hr>")}</p>`.markup).toBe("<p><b>&lt;i&gt;</b><br>&amp;<hr></p>");
  });
});
