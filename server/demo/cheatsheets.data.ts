/**
 * The demo workspace's cheat sheets: one page each, in plain language, on the
 * concepts Acme Consulting's project team most often explains to its sales reps.
 * Every body has the five sections of CHEATSHEET_SECTIONS, in order.
 *
 * Two sheets are imperfect on purpose, so the demo shows the clarity check at
 * work: "The risk register" reads a little above grade 9, and "The critical
 * path" uses "float" without explaining it or linking the glossary term.
 * The glossary lives in glossary.data.ts and is re-exported here.
 */

export type { DemoGlossaryTerm } from "./glossary.data.ts";
export { DEMO_GLOSSARY } from "./glossary.data.ts";

export interface DemoCheatSheet {
  title: string;
  /** One line, at most 160 characters. */
  pitch: string;
  /** Markdown with the five sections, in order. */
  body: string;
  tags: string[];
  /** Exact names of services in catalog.ts; may be empty. */
  services: string[];
  /** Exact `term` values of glossary entries this sheet links. */
  terms: string[];
}

export const DEMO_CHEATSHEETS: DemoCheatSheet[] = [
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
    title: "Phases and milestones",
    pitch: "We split a project into phases with checkpoints, so the client sees real progress and can review the plan before each big step.",
    body: `## What it is

A phase is a big block of a project with its own goal. A cloud migration has five: discovery, design, migrate, cutover and hypercare. Each phase ends with a review before the next one starts.

A milestone is a checkpoint in the plan that marks something finished. It takes no time itself. "Design signed off" is a milestone. So is "first wave running in the cloud".

Payments are often tied to milestones. The client pays when something real is done, not just when time passes.

## Why the client cares

- They see progress in plain steps, not just a percent.
- Each phase end is a natural point to check, change course or stop.
- Milestones tell their own bosses when to expect results.

## Say this

- "We work in phases. Each one ends with a review, so there are no big surprises."
- "A milestone is a finish line you can check, like 'design signed off'."
- "The first phase tells us enough to firm up the dates for the rest."

## Never promise this

- Dates for later phases before discovery is done. They depend on what discovery finds.
- "We can skip the design phase to save time." Skipping it moves the cost into rework later.
- That all phases can run side by side to go faster. Some can, most can't. The PM decides.

## Questions clients ask

**Can we stop after a phase?** Yes. Each phase ends with a result you can use, such as a plan or a design.

**What happens if a milestone slips?** The PM tells you early, explains why, and shows the new plan.

**Why is the first phase so short?** It is meant to be. It answers the big questions cheaply, before the big spend.
`,
    tags: ["planning", "basics"],
    services: ["Cloud migration"],
    terms: ["phase", "milestone", "discovery", "cutover", "hypercare", "sign-off"],
  },
  {
    title: "Acceptance criteria",
    pitch: "Before we build, we agree with the client how we will both know it is done. Clear checks up front mean a calm sign-off at the end.",
    body: `## What it is

Acceptance criteria are the checks a deliverable must pass to count as done. We agree them in writing before the work starts. Good ones are concrete and easy to test. "The report is fast" is not a criterion. "The sales report opens in under five seconds" is.

In an ERP rollout, a check might be: "An invoice posted in the new system shows in the ledger the same day." The client's own users test it. This is called user acceptance testing, or UAT. When every check passes, the client signs off.

## Why the client cares

- They decide what "done" means, up front, in their own words.
- Sign-off rests on facts, not on a feeling.
- Fights at the end become rare, because the test was clear from the start.

## Say this

- "Before we build, we agree with you how we'll both know it's done."
- "Your own users test it against those checks before you sign off."
- "We write the checks together, so there are no surprises at the end."

## Never promise this

- "We'll keep going until you're happy." Happy is not a test, and it has no end.
- "Unlimited revisions." Every round of changes takes time and money.
- Checks the PM has not seen. They decide what the team must build.

## Questions clients ask

**Who writes the criteria?** We write them with you, and your team approves them.

**What if we find a new need while testing?** That is a change request, not a failed test.

**What if we never sign off?** Most contracts set a review window, often ten working days. If you raise no issues in that time, the work counts as accepted.
`,
    tags: ["quality", "contract"],
    services: ["ERP rollout"],
    terms: ["acceptance criteria", "deliverable", "sign-off", "UAT", "change request"],
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
    title: "RACI: who does what",
    pitch: "One page that names who does each task, who decides, who is asked and who is told, on both sides, so decisions never stall.",
    body: `## What it is

RACI is a simple table. It lists the main tasks. For each one it shows who is:

- **Responsible**: does the work.
- **Accountable**: owns the result and gives the final yes. Only one person per task.
- **Consulted**: gives input before the work is done.
- **Informed**: is told about the result.

Example: in a CRM rollout, who approves the new steps of the sales pipeline? The client's sales director is Accountable. Our consultant is Responsible for setting them up. Two team leads are Consulted. The whole sales team is Informed.

## Why the client cares

- Decisions don't stall, because everyone knows who makes them.
- Their people know what is expected of them, and how much time it takes.
- Work doesn't fall into the gap between their team and ours.

## Say this

- "Early on we agree who does what, on both sides, on one page."
- "Each decision has one name next to it. That keeps things moving."
- "Your team has tasks too, like testing. The table shows them up front."

## Never promise this

- "You won't need to do anything." Every project needs the client's people for decisions, data and testing.
- That our team will make the client's business decisions. We advise. The client decides.
- Named people from our side before the PMO confirms them.

## Questions clients ask

**How much of our time will this take?** The table shows your tasks, and the plan shows the hours. We share both before the kickoff.

**Can two people be Accountable?** No. When two people own a thing, often nobody does.

**Does it change during the project?** It can. The PM updates it and tells everyone.
`,
    tags: ["people", "planning"],
    services: [],
    terms: ["RACI", "stakeholder", "PMO", "kickoff"],
  },
  {
    // Deliberately a little above grade 9 (see the note at the top).
    title: "The risk register",
    pitch: "A shared, living list of what could go wrong, who owns each risk and what we are doing about it, reviewed every week with the client.",
    body: `## What it is

A risk is an uncertain event that could damage the project's objectives; an issue is a problem that has already materialised. The risk register is the shared, continuously maintained inventory of identified risks; for every risk, it records the probability, the potential impact on schedule, budget or quality, a designated owner, and the mitigation: the preventive action we take immediately to reduce the likelihood or the consequences.

Example: in a data platform build, an essential source system may be administered by a third-party supplier with notoriously slow response times. The mitigation is to request access during the first week and to agree on a designated contact, and the owner is the client's IT lead.

The project team reviews the register weekly, and the steering committee discusses the most significant risks at every meeting.

## Why the client cares

- Potential problems become visible early, while they are still inexpensive to address.
- Accountability is explicit, because every risk has a designated owner, frequently within the client's organisation.
- The register determines the size of the contingency, so the budget reflects the project's genuine uncertainty.

## Say this

- "We maintain a shared register of what could go wrong, and what we're doing about it."
- "You'll review it with us every week, so nothing is hidden from your team."
- "Some risks will be yours to own, such as providing access to your systems."

## Never promise this

- "There are no risks on this project", because every project carries risks, and concealing them is the most dangerous risk of all.
- That we'll absorb risks that originate on the client's side, such as their suppliers or the quality of their data.
- "Nothing will go wrong"; explain instead how we identify, monitor and respond to whatever does go wrong.

## Questions clients ask

**Isn't a long list of risks a bad sign?** No, a comprehensive list demonstrates that we examined the project carefully; a short list usually means nobody looked.

**What's the difference between a risk and an issue?** A risk might happen, whereas an issue is happening now and moves to the issue log with an owner and a deadline.

**Who can add a risk?** Anyone on either team; the project manager evaluates it and assigns an owner.
`,
    tags: ["risk", "governance"],
    services: ["Data platform build"],
    terms: ["risk register", "mitigation", "issue log", "steering committee", "contingency"],
  },
  {
    // Deliberately uses "float" unexplained and unlinked (see the note at the top).
    title: "The critical path",
    pitch: "A few tasks set the end date. Knowing which ones tells the client where a slip hurts, and why more people rarely make a project faster.",
    body: `## What it is

Most tasks in a project depend on others. Users can't test until the system is built. Data can't move until the new system exists. Line those chains up, and one of them is the longest. That chain is the critical path. It sets the earliest date the project can end.

A delay on the critical path delays the whole project, day for day. A delay elsewhere may not matter, as long as that task has float.

Example: in an ERP rollout, the data move is often on the critical path. If the client's old data arrives two weeks late, the go-live moves two weeks. A late training handbook may move nothing at all.

## Why the client cares

- It shows which of their own tasks really drive the end date.
- It explains why adding people does not always speed things up.
- It tells them where a slip hurts and where it doesn't.

## Say this

- "A few tasks set the end date. We watch those most closely."
- "Your data and your test users are often on that path. Their timing matters a lot."
- "If we want an earlier date, we have to shorten that chain, not just work harder."

## Never promise this

- An earlier end date by adding more people. It rarely helps on tasks that must happen in order.
- That a late task on the client's side won't affect the go-live. It may, if it's on the path.
- A go-live date before the plan and its critical path exist.

## Questions clients ask

**Can you work on tasks side by side?** Yes, where they don't depend on each other. The plan already does that.

**What is on the critical path right now?** Ask the PM. It is in every status report.

**Does the critical path change?** Yes. As tasks finish early or late, another chain can become the longest.
`,
    tags: ["planning", "schedule"],
    services: ["ERP rollout"],
    terms: ["critical path", "dependency", "go-live", "status report"],
  },
  {
    title: "Sprints",
    pitch: "Short, fixed blocks of work that end with something the client can see and use, so they can steer every two weeks.",
    body: `## What it is

A sprint is a short, fixed block of work, usually two weeks. At the start, the team picks the most valuable items from the backlog: the ordered list of everything to build. At the end, it shows working results in a demo. Then it plans the next sprint.

The length never changes. What changes is how much fits in it. Unfinished items go back on the list.

Example: in a data platform build, sprint one might load the CRM data and build one sales report. Sprint two adds the finance data. After each demo, the client can change the order of what comes next.

## Why the client cares

- They see working results every two weeks, not only at the end.
- They can change their priorities often, without a change request for each new idea.
- Problems show up early, when they are cheap to fix.

## Say this

- "Every two weeks you'll see something that works, and you decide what comes next."
- "You can change the order at each sprint. New ideas go on the list."
- "Someone on your side sets the priorities. We call that person the product owner."

## Never promise this

- A fixed list of features, by a fixed date, for a fixed budget. Sprints fix time and cost. The content can move.
- "You can change anything mid-sprint." Changes wait for the next sprint, so the team can finish.
- How much the team will do per sprint before it has run a few. Pace is measured, not guessed.

## Questions clients ask

**How do we know when it will be done?** After a few sprints we know the team's pace. That gives a forecast for the rest of the list.

**What do you need from us?** A product owner with a few hours each sprint for planning and the demo.

**Is agile just working without a plan?** No. There is a plan. We update it every two weeks, based on real results.
`,
    tags: ["agile", "delivery"],
    services: ["Data platform build", "Agile transformation coaching"],
    terms: ["sprint", "backlog", "product owner", "velocity", "agile", "change request"],
  },
  {
    title: "The kickoff meeting",
    pitch: "The first meeting of the whole team with the client: one story, one plan, clear roles, from day one.",
    body: `## What it is

The kickoff is the first meeting of the whole project team with the client. It happens in the first week after the contract is signed. It takes two to four hours. The sponsor opens it, and the PM leads it.

It covers the goal, and what is in and out of scope. It walks through the plan and its first milestones. It shows who does what, how we will report, and the top risks.

Example: for a cloud migration, the kickoff confirms which apps move in the first wave. It also names who on the client side gives access to the servers.

## Why the client cares

- Everyone hears the same story at the same time, from the start.
- Their team learns what is expected of them in the next few weeks.
- Gaps and mixed messages show up on day one, not in month three.

## Say this

- "In the first week we hold a kickoff with your team and ours."
- "We'd like your sponsor there for the first half hour. It sets the tone."
- "You'll leave with the plan, the roles and the dates of the first checkpoints."

## Never promise this

- That your sales slides are the plan. The PM presents the real plan, based on the signed contract.
- New scope or new dates during the kickoff. Those go through a change request.
- A kickoff date before the PMO confirms the team. It takes time to free up the right people.

## Questions clients ask

**Who should attend from our side?** The sponsor, your own project lead, key users, and anyone who owns a system we touch.

**Do we need to prepare?** A little. We send a short list beforehand, such as access requests and contact names.

**Will the sales rep be there?** Often, yes, for the start. It helps carry over what we discussed during the sale.
`,
    tags: ["start", "people"],
    services: ["Cloud migration"],
    terms: ["kickoff", "sponsor", "scope", "exclusion", "milestone", "RACI", "change request", "PMO", "lead time"],
  },
  {
    title: "The handoff from sales to delivery",
    pitch: "When a deal is won, everything we promised and learned passes to the project manager in writing, so the client never has to repeat themselves.",
    body: `## What it is

When a deal is won, the rep passes it to the delivery team. That moment is the handoff. The rep hands over the approved proposal, every promise made, the client contacts, the discovery notes, the known risks and the open questions.

The project manager reads it, asks questions and then accepts it. If something key is missing, the PM sends it back with reasons. The project starts only once the PM accepts.

Example: a rep sold an ERP rollout. In a call, the rep told the client that five years of old data would move to the new system. It is not in the proposal. At handoff, the PM spots the gap. The team sorts it out with the client before the kickoff, not at go-live.

## Why the client cares

- They don't have to explain everything twice.
- What they were promised is what the team plans for.
- The team starts faster, because the facts are already there.

## Say this

- "When we sign, I pass everything we discussed to your project manager, in writing."
- "You'll meet the PM before the kickoff. They will have read our notes."
- "If I promised it, it's in the handoff."

## Never promise this

- Anything that is not in the proposal. If it isn't written down, the team won't plan for it.
- That you stay the client's main contact during delivery. The PM takes over.
- A start date before the PM accepts the handoff.

## Questions clients ask

**Will we have to repeat ourselves?** No. The PM reads the notes and only asks about gaps.

**Can we still call you?** Yes. I stay in touch for the relationship. The PM runs the project.

**What if the PM sees something differently?** They raise it with us early, before work starts, and we settle it together.
`,
    tags: ["start", "sales", "delivery"],
    services: ["ERP rollout"],
    terms: ["handoff", "discovery", "kickoff", "go-live"],
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
