import type { DemoCheatSheet } from "./cheatsheets.data.ts";

/** Demo sheets on what a deal commits to: changes, scope, pricing, contingency, estimates and lead time. */
export const COMMERCIAL_SHEETS: DemoCheatSheet[] = [
  {
    title: "What is a change request?",
    pitch: "The client can change the plan at any time. A change request shows the cost first, and nothing moves until they say yes.",
    body: `## What it is

A change request is how we change a project once it is agreed. The client asks for something new, or for something to work in a different way. We write it down. We work out what it costs in days and money, and how it moves the dates. Both sides sign it before the work starts.

It is not a penalty. It is a short form that keeps the plan honest. The plan we all agreed on is called the baseline. Only a signed change moves it.

Example: in a CRM rollout, the client asks for a new report for the board. The PM writes a one-page change: two extra days of a consultant, €2,300, and no change to the go-live date.

## Why the client cares

- They stay in control of their budget. Nothing is added without their yes.
- They see the real cost of an idea before they commit to it.
- The plan stays true, so the dates they give their own bosses stay true too.

## Say this

- "Yes, we can add that. Our PM will send you a short change request with the cost and the effect on dates."
- "You decide. Nothing changes until you sign."
- "Small changes get a quick answer, often within two days."

## Never promise this

- "We'll just squeeze it in." It hides the cost and puts the dates at risk.
- "That one is free." Every change takes someone's time.
- A price or a date for the change. The PM works it out with the team.

## Questions clients ask

**Can we add a feature later?** Yes. We assess it, you approve the cost, and we plan it in.

**Who can ask for a change?** Anyone on your side or ours. Your sponsor approves it.

**Does a change always cost more?** No. Some changes swap one feature for another. Some remove work and lower the price.
`,
    tags: ["scope", "contract", "basics"],
    services: ["ERP rollout", "Data platform build"],
    terms: ["change request", "baseline", "go-live", "sponsor", "scope"],
  },
  {
    title: "Scope creep",
    pitch: "Small extra asks add up to weeks. We welcome new ideas, write them down and let the client choose, so the budget goes where they want it.",
    body: `## What it is

Scope is the work we agreed to do. Scope creep is when small extra asks slip in without a change request. Each one seems tiny. "Can you add one more field?" "Can the report also show last year?" Ten of those can add weeks.

Take a data platform build. The plan covers eight source systems. In week six, someone asks us to "quickly" connect a ninth. Nobody writes it down. Soon the team is late on the other eight, and nobody can say why.

## Why the client cares

- Creep spends their budget on things nobody chose on purpose.
- It delays the things they did choose.
- It leads to arguments at the end about what was in the deal.

## Say this

- "Good idea. Let's write it down, so you can decide if it's worth the time."
- "We keep a list of new ideas. You choose which ones go in, and when."
- "Saying yes to this means a later date for something else. Which matters more to you?"

## Never promise this

- "Sure, that's included." Check the scope first. If it isn't written, it isn't included.
- "The team can fit that in." Only the PM knows what the team can fit.
- "Small things don't need a form." Small things are exactly how creep starts.

## Questions clients ask

**Are you just trying to charge more?** No. Often the answer is to swap something out, not to pay more.

**What if we really need it?** Then it goes in through a change request, with a clear cost and date.

**How do you spot creep?** Each week the PM checks new work against the signed scope. Anything outside it is raised at once.
`,
    tags: ["scope", "basics"],
    services: ["Data platform build"],
    terms: ["scope", "scope creep", "change request"],
  },
  {
    title: "Fixed price vs time and materials",
    pitch: "Fixed price buys a firm budget for a clear scope. Time and materials buys room to change course. Pick the one that fits how clear the work is.",
    body: `## What it is

These are two ways to pay for a project.

- **Fixed price.** We agree the price up front for a clearly written scope. We carry the risk if the work takes longer. Changes to the scope go through change requests.
- **Time and materials (T&M).** The client pays for the days we actually work, at the day rates on our rate card. The scope can move freely. The final cost is not fixed.

There is a middle road: T&M with a cap. The client pays for the days worked, up to an agreed limit.

Example: a security assessment of three named systems suits a fixed price. Agile coaching, where needs change month by month, suits T&M.

## Why the client cares

- Fixed price gives a known budget, but less room to change course.
- T&M gives full room to change course, but someone must watch the spend.
- A fixed price costs a little more, because we carry the risk.

## Say this

- "If you know exactly what you want, a fixed price gives you a firm budget."
- "If you expect to learn as you go, T&M lets you change course without a form for each change."
- "The fixed price is firm for the written scope. New asks are priced as changes."

## Never promise this

- A fixed price before the PMO has seen the scope. Only a clear scope can be priced firmly.
- "T&M will come in under the estimate." Nobody can know that up front.
- "Fixed price, and you can still change anything." Those two don't go together.

## Questions clients ask

**Which one is cheaper?** It depends on how clear the work is. For clear work, a fixed price is safe. For unclear work, T&M avoids paying for risks that may never happen.

**Can we start on T&M and switch later?** Yes. Many clients pay T&M for discovery, then fix the price for the build.

**How do we keep T&M under control?** You get a weekly report of days used. We can also agree a cap.
`,
    tags: ["pricing", "contract", "basics"],
    services: ["Security assessment", "Agile transformation coaching"],
    terms: ["fixed price", "time and materials", "not-to-exceed", "rate card", "scope", "change request", "discovery", "PMO", "agile"],
  },
  {
    title: "Contingency",
    pitch: "Every real project has surprises. Contingency is the small, open reserve that lets us handle them calmly instead of stopping for a new budget.",
    body: `## What it is

Contingency is time or money set aside in the plan for risks we know about. We can't say which risks will happen. We can say some of them will. So the plan holds a reserve, often 10 to 20 percent.

Example: in a cloud migration, old servers often hold surprises. An app may need a newer database before it can move. The contingency pays for that fix without a new budget round.

Contingency is not padding. It is sized from the list of known risks. It is used only with the PM's approval, and every use is reported.

## Why the client cares

- One surprise no longer means a crisis meeting or a new budget request.
- They get a plan that is honest about risk.
- They can see exactly what the reserve was spent on.

## Say this

- "Every real project has surprises. The contingency means we can handle them calmly."
- "It's not padding. It's tied to named risks, and you see how it's used."
- "On time and materials, you only pay for the part we actually use."

## Never promise this

- "We can take it out to lower the price." The risks stay. Only the cushion goes.
- That it pays for new features. It is for risks, not for changes to the scope.
- A figure for it. The PM sizes it from the risks.

## Questions clients ask

**Why pay for things that might not happen?** Because some of them will. Planning for them now is cheaper than stopping the project later.

**Who decides when to use it?** The PM, with your agreement for larger amounts. Every use shows in the status report.

**What if it runs out?** Then we raise it with your sponsor early, before the money is gone.
`,
    tags: ["risk", "pricing", "planning"],
    services: ["Cloud migration"],
    terms: ["contingency", "risk register", "time and materials", "scope", "status report", "sponsor"],
  },
  {
    title: "Estimates are ranges",
    pitch: "Early on we give effort as a range, not one number. The range is honest, and it narrows as we learn more.",
    body: `## What it is

An estimate is our best view of how much work a project takes. Early on we know little, so we give a range: "40 to 60 person-days", not "50 days". A person-day is one person working for one day.

The range narrows as we learn. After discovery, 40 to 60 may become 48 to 55. We base each range on past projects of the same kind and on what the client has told us.

Example: a PMO setup for a firm with three business units might start at 50 to 80 person-days. Once we have met the units and seen their tools, the PM can narrow it.

## Why the client cares

- A range is honest. A single number only looks more exact.
- They can budget for the high end, and be pleased if it comes in lower.
- They see what drives the range, so they can help shrink it.

## Say this

- "At this stage it's 40 to 60 days. After discovery we can narrow it."
- "The range is wide because a few things are still unknown. Here they are."
- "Plan your budget on the top of the range."

## Never promise this

- The low end as the price. Quote the range, or let the PMO set a price.
- "It'll be less, for sure." Nobody knows that before the work is done.
- A narrower range than the PMO gave. The width stands for real unknowns.

## Questions clients ask

**Why can't you give one number?** We can, but it would be a guess dressed up as a fact.

**What makes the range shrink?** Answers. Access to your systems, your data and your people.

**Will you charge the top of the range?** On time and materials, you pay for the days used. On a fixed price, we set the price after the range has narrowed.
`,
    tags: ["pricing", "planning", "basics"],
    services: ["PMO setup"],
    terms: ["estimate range", "person-day", "discovery", "PMO", "time and materials", "fixed price"],
  },
  {
    title: "Lead time before a start",
    pitch: "Our projects start two to eight weeks after signing. That time gets the client the right team, ready on day one.",
    body: `## What it is

Lead time is the gap between signing and the day a project can start. Our best people are busy on other projects. We need time to free them up, plan the work and set up access. For our services it runs from two to eight weeks. A security assessment needs two. An ERP rollout needs eight.

Example: a client signs a data platform build on 1 March. The lead time is six weeks. So the earliest real start is mid-April. That is when discovery begins.

## Why the client cares

- They get the team that fits their project, not whoever happens to be free.
- The team arrives ready, with access and a plan, so the first weeks count.
- A real start date means a real end date.

## Say this

- "Once you sign, a project like this takes about six weeks to start. That's how we get you the right team."
- "If your start date matters, let's sign early. I'll check with our project office today."
- "The weeks before the start aren't lost. We use them to set up access and plan."

## Never promise this

- "We can start on Monday." Only the PMO knows who is free and when.
- A named consultant. People are assigned when the project is confirmed.
- That a higher price buys a shorter wait. It is about people, not money.

## Questions clients ask

**Can you start sooner?** Sometimes. Ask early, and the PMO checks who is free. It is never a promise.

**What can we do while we wait?** Name your project lead, request access and gather the documents we need.

**Why does it differ by service?** Bigger services need more people, and some need rare skills.
`,
    tags: ["start", "schedule"],
    services: ["Security assessment", "Data platform build", "ERP rollout"],
    terms: ["lead time", "PMO", "discovery"],
  },
];
