import { describe, expect, it } from "vitest";
import { checkClarity } from "./clarity.ts";
import { maskMarkdown } from "./markdown-text.ts";

const words = (markdown: string) => maskMarkdown(markdown).trim().split(/\s+/).filter(Boolean);

describe("maskMarkdown", () => {
  it("keeps every offset: same length, and prose stays where it was", () => {
    const source = [
      "# What is a *change request*?",
      "",
      "A **change request** asks for [more work](https://example.com/cr?x=1 \"title\").",
      "- [x] Item one",
      "1. Item two",
      "> Quoted `code` text",
      "| Cell | Other |",
      "|------|-------|",
      "```ts",
      "const hidden = 1;",
      "```",
      "Line with <b>tags</b>, &amp; an <https://auto.link> and ![img](pic.png).",
    ].join("\n");
    const masked = maskMarkdown(source);
    expect(masked).toHaveLength(source.length);
    for (const word of ["change", "request", "more", "work", "Item", "Quoted", "code", "Cell", "tags"]) {
      const at = source.indexOf(word);
      expect(masked.slice(at, at + word.length)).toBe(word);
    }
  });

  it("removes syntax so it is not counted as words", () => {
    expect(words("## Heading ##")).toEqual(["Heading"]);
    expect(words("- one\n* two\n+ three\n12. four\n- [ ] five")).toEqual(["one", "two", "three", "four", "five"]);
    expect(words("> > deep *em* _under_ ~~gone~~ `tick`")).toEqual(["deep", "em", "under", "gone", "tick"]);
    expect(words("snake_case stays")).toEqual(["snake_case", "stays"]);
    expect(words("Escaped \\*star\\* and &nbsp; entity")).toEqual(["Escaped", "star", "and", "entity"]);
    expect(words("---\n***\n[ref]: https://example.com/x\nText[^1]")).toEqual(["Text"]);
  });

  it("drops link targets, URLs, HTML, images and fenced code", () => {
    expect(words("See [the guide](https://example.com/a.b/c) or [that][ref].")).toEqual(["See", "the", "guide", "or", "that", "."]);
    expect(words("Go to https://example.com/x.y or <mailto:a@b.c> or <a@b.c>")).toEqual(["Go", "to", "or", "or"]);
    expect(words('<div class="box">Inside</div> <!-- a\nhidden comment -->')).toEqual(["Inside"]);
    expect(words("![a diagram](d.png) After")).toEqual(["After"]);
    expect(words("Before\n```js\nconst baseline = 1;\n```\n~~~\nmore code\n~~~\nAfter")).toEqual(["Before", "After"]);
  });

  it("keeps newlines between blocks and turns soft line breaks into spaces", () => {
    const masked = maskMarkdown("# Title\nFirst line\nwraps here.\n\n- item\n  goes on\n- next");
    expect(masked.split("\n").map((line) => line.trim())).toEqual([
      "Title",
      "First line wraps here.",
      "",
      "item   goes on",
      "next",
    ]);
    expect(maskMarkdown("Text\n> quote\n> goes on\nafter").split("\n").map((line) => line.trim())).toEqual([
      "Text",
      "quote   goes on",
      "after",
    ]);
  });

  it("handles Windows line endings without moving offsets", () => {
    const source = "# Title\r\nSome text\r\nmore text.\r\n";
    const masked = maskMarkdown(source);
    expect(masked).toHaveLength(source.length);
    expect(masked.split("\n").map((line) => line.trim())).toEqual(["Title", "Some text  more text.", ""]);
  });
});

describe("readability of Markdown", () => {
  it("counts the prose the reader sees, not the syntax", () => {
    const plain = checkClarity("The cat sat on the mat. See the guide.");
    const marked = checkClarity("The **cat** sat on the _mat_. See [the guide](https://example.com/a-long-url).");
    expect(marked.figures).toEqual(plain.figures);
  });

  it("counts a heading or a list item without a full stop as its own sentence", () => {
    const { figures } = checkClarity("# What it is\n\nA short note.\n\n- First point\n- Second point");
    expect(figures.sentences).toBe(4);
    expect(figures.words).toBe(10);
  });
});
