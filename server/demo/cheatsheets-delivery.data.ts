import type { DemoCheatSheet } from "./cheatsheets.data.ts";

/** Demo sheets on how delivery runs: phases, acceptance, roles, risks, the critical path, sprints, kickoff and handoff. */
export const DELIVERY_SHEETS: DemoCheatSheet[] = [
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
];
