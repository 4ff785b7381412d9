import { describe, expect, it } from "vitest";
import { checkClarity } from "./clarity.ts";
import { countText, fleschKincaidGrade, fleschReadingEase } from "./readability.ts";

/*
 * Published reference values.
 *
 * [W] Wikipedia, "Flesch–Kincaid readability tests":
 *     - the highest possible reading ease is 121.22 (every sentence one word of one syllable);
 *     - the lowest possible grade is −3.40;
 *     - "Green Eggs and Ham" averages 5.7 words per sentence and 1.02 syllables
 *       per word, a grade of −1.3;
 *     - "The Australian platypus is seemingly a hybrid of a mammal and reptilian
 *       creature." is grade 11.3, with 24 syllables and 13 words.
 * [F] README of the npm package "flesch" (github.com/wooorm/flesch):
 *     "The cat sat on the mat" is 1 sentence, 6 words, 6 syllables: reading ease 116.145.
 * [K] README of the npm package "flesch-kincaid-calc": its "Three Little Pigs"
 *     passage (below) scores grade 4.948 and reading ease 88.38.
 */

const PLATYPUS = "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.";
const THREE_LITTLE_PIGS =
  "Once upon a time there was an old mother pig who had three little pigs and not enough food to feed them. " +
  "So when they were old enough, she sent them out into the world to seek their fortunes. " +
  "The first little pig was very lazy. He didn't want to work at all and he built his house out of straw. " +
  "The second little pig worked a little bit harder but he was somewhat lazy too and he built his house out of sticks. " +
  "Then, they sang and danced and played together the rest of the day.";

// Syllable counters disagree by a syllable or two on a text ("Australian" is
// three syllables or four). Two syllables move the grade by 11.8 · 2 / words
// and the ease by 84.6 · 2 / words; that, plus 0.05 for rounding to one
// decimal, is the tolerance for each text.
const gradeTolerance = (words: number) => (11.8 * 2) / words + 0.05;
const easeTolerance = (words: number) => (84.6 * 2) / words + 0.05;

describe("the formulas, fed published counts", () => {
  it("give the published values exactly", () => {
    const platypus = { words: 13, sentences: 1, syllables: 24 }; // [W]
    expect(fleschKincaidGrade(platypus)).toBeCloseTo(11.2646, 4);
    expect(Math.round(fleschKincaidGrade(platypus) * 10) / 10).toBe(11.3);
    expect(fleschReadingEase(platypus)).toBeCloseTo(37.455, 3);

    expect(fleschReadingEase({ words: 6, sentences: 1, syllables: 6 })).toBeCloseTo(116.145, 6); // [F]
    expect(fleschReadingEase({ words: 10, sentences: 10, syllables: 10 })).toBeCloseTo(121.22, 6); // [W]
    expect(fleschKincaidGrade({ words: 10, sentences: 10, syllables: 10 })).toBeCloseTo(-3.4, 6); // [W]

    // [W] Green Eggs and Ham: 5.7 words per sentence, 1.02 syllables per word.
    const greenEggs = { words: 5700, sentences: 1000, syllables: 5814 };
    expect(fleschKincaidGrade(greenEggs)).toBeCloseTo(-1.331, 6);
  });

  it("give zero instead of dividing by zero", () => {
    expect(fleschKincaidGrade({ words: 0, sentences: 0, syllables: 0 })).toBe(0);
    expect(fleschReadingEase({ words: 0, sentences: 0, syllables: 0 })).toBe(0);
  });
});

describe("published texts", () => {
  it("scores “The cat sat on the mat.” at about 116 [F]", () => {
    const { figures } = checkClarity("The cat sat on the mat.");
    expect(figures).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    expect(Math.abs(figures.readingEase - 116.145)).toBeLessThanOrEqual(easeTolerance(6));
  });

  it("scores the platypus sentence near grade 11.3 [W]", () => {
    const { figures } = checkClarity(PLATYPUS);
    expect(figures).toMatchObject({ words: 13, sentences: 1, averageSentenceLength: 13 });
    expect(Math.abs(figures.syllables - 24)).toBeLessThanOrEqual(2);
    expect(Math.abs(figures.grade - 11.3)).toBeLessThanOrEqual(gradeTolerance(13));
  });

  it("scores the Three Little Pigs near grade 4.948 and ease 88.38 [K]", () => {
    const { figures } = checkClarity(THREE_LITTLE_PIGS);
    expect(figures.sentences).toBe(6);
    expect(Math.abs(figures.grade - 4.948)).toBeLessThanOrEqual(gradeTolerance(figures.words));
    expect(Math.abs(figures.readingEase - 88.38)).toBeLessThanOrEqual(easeTolerance(figures.words));
  });
});

describe("countText", () => {
  it("counts every word as at least one syllable, numbers included", () => {
    expect(countText("Budget 400 days.")).toEqual({ words: 3, sentences: 1, syllables: 4 });
  });

  it("keeps contractions, hyphenated words, abbreviations and decimals whole", () => {
    expect(countText("We don't go-live e.g. at 2.5 days.")).toMatchObject({ words: 7, sentences: 1 });
  });

  it("gives zeros for blank text", () => {
    expect(countText("   \n\n  ")).toEqual({ words: 0, sentences: 0, syllables: 0 });
  });
});

describe("reported figures", () => {
  it("are rounded to one decimal", () => {
    const { figures } = checkClarity("One two three. Four five six seven.");
    expect(figures.averageSentenceLength).toBe(3.5);
    for (const value of [figures.grade, figures.readingEase]) expect(Math.round(value * 10) / 10).toBe(value);
  });

  it("are all zero for an empty sheet, which is not measured and does not read clearly", () => {
    const report = checkClarity("");
    expect(report.figures).toEqual({
      words: 0,
      sentences: 0,
      syllables: 0,
      averageSentenceLength: 0,
      grade: 0,
      readingEase: 0,
    });
    expect(report.findings.map((finding) => finding.code)).toEqual(["no_prose"]);
    expect(report.verdicts).toEqual({ grade: "not_measured", readingEase: "not_measured", averageSentenceLength: "not_measured", words: "ok" });
    expect(report.passes).toBe(false);
  });
});
