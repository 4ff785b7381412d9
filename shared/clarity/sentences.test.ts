import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.ts";

const sentences = (prose: string) =>
  splitSentences(prose)
    .map(({ start, end }) => prose.slice(start, end).trim())
    .filter(Boolean);

describe("splitSentences", () => {
  it("ends sentences at . ! ? and at block boundaries", () => {
    expect(sentences("One. Two! Three? Four\nFive")).toEqual(["One.", "Two!", "Three?", "Four", "Five"]);
  });

  it("does not end a sentence after e.g., i.e., titles or inside decimals", () => {
    expect(sentences("Pick one, e.g. Fixed price. Or i.e. Time. Ask Dr. Smith. It costs 2.5 days.")).toEqual([
      "Pick one, e.g. Fixed price.",
      "Or i.e. Time.",
      "Ask Dr. Smith.",
      "It costs 2.5 days.",
    ]);
  });

  it("does not end a sentence when the next word starts in lower case", () => {
    expect(sentences("Phases, dates etc. are set. We start at 9 a.m. on Monday.")).toEqual([
      "Phases, dates etc. are set.",
      "We start at 9 a.m. on Monday.",
    ]);
  });

  it("keeps closing quotes and brackets with their sentence", () => {
    expect(sentences('He said "yes." Then (we left.) Done')).toEqual(['He said "yes."', "Then (we left.)", "Done"]);
  });

  it("gives one span for text without an end, and none for nothing", () => {
    expect(sentences("no end here")).toEqual(["no end here"]);
    expect(splitSentences("")).toEqual([]);
  });
});
