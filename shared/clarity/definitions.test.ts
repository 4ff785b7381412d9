import { describe, expect, it } from "vitest";
import { checkClarity } from "./clarity.ts";

const isExplained = (text: string, term = "baseline") =>
  !checkClarity(text).jargon.some((entry) => entry.term === term);

describe("a term explained on the sheet", () => {
  it.each([
    ["is + article", "A baseline is the plan we agreed on at the start."],
    ["are + article", "Baselines are a snapshot of the plan we agreed."],
    ["is when/what/how", "The baseline is what we agreed to deliver."],
    ["means", "The baseline means the plan we agreed on."],
    ["refers to", "Baseline refers to the plan we agreed on."],
    ["stands for", "Here baseline stands for the first agreed plan."],
    ["colon", "Baseline: the plan we agreed on."],
    ["colon after emphasis", "- **Baseline**: the plan we agreed on."],
    ["em dash", "The baseline — the plan we agreed on — can move."],
    ["unspaced em dash", "The baseline—the plan we agreed on—can move."],
    ["spaced hyphen", "Baseline - the plan we agreed on."],
    ["parenthesis", "We compare with the baseline (the plan we agreed on)."],
    [", meaning", "We keep the baseline, meaning the plan we agreed on."],
    [", i.e.", "We keep the baseline, i.e. the plan we agreed on."],
    [", called", "We agree on a plan, called the baseline, at the start."],
    ["known as", "The agreed plan is known as a baseline."],
    ["is called", "The agreed plan is called the baseline."],
    ["referred to as", "The plan is referred to as the baseline."],
    ["we call it", "We write the plan down; we call it the baseline."],
  ])("counts %s as a definition", (_pattern, text) => {
    expect(isExplained(text)).toBe(true);
  });

  it.each([
    ["is + adjective", "The baseline is late."],
    ["a question", "## What is a baseline?"],
    ["a bare mention", "We moved the baseline again."],
    ["a colon on the next line", "Baseline\n\n: the plan we agreed on."],
    ["a one-word aside", "We compare with the baseline (again)."],
    ["an acronym spelled out", "Fill in the RACI (responsibility assignment matrix) first."],
    ["called without a comma", "The PM called the baseline meeting."],
    ["a hyphenated word", "It is a baseline-driven plan."],
  ])("does not count %s as a definition", (_pattern, text) => {
    const term = text.includes("RACI") ? "RACI" : "baseline";
    expect(isExplained(text, term)).toBe(false);
  });

  it("explains every use once any use is defined, synonyms included", () => {
    const text = "The WBS comes first. A work breakdown structure is a list of all the work. We share the WBS.";
    expect(isExplained(text, "WBS")).toBe(true);
  });

  it("needs the definition in the same block as the term", () => {
    expect(isExplained("# Baseline\n\nis a plan we agreed on.")).toBe(false);
  });
});
