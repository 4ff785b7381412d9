/**
 * The demo workspace's glossary: project jargon a client or a sales rep meets,
 * each with a plain definition. Cheat sheets link these by their exact `term`.
 */

export interface DemoGlossaryTerm {
  term: string;
  /** One or two plain sentences, at most 40 words. */
  definition: string;
  /** Other names people use for the same thing. */
  synonyms: string[];
}

export const DEMO_GLOSSARY: DemoGlossaryTerm[] = [
  // Scope and plan
  {
    term: "scope",
    definition: "The work a project will do and the things it will deliver. Anything not written in the scope is not part of the price.",
    synonyms: ["project scope"],
  },
  {
    term: "scope creep",
    definition: "Small extra requests that slip into a project without a change request. Each looks harmless, but together they eat time and budget.",
    synonyms: ["feature creep"],
  },
  {
    term: "baseline",
    definition: "The plan everyone signed off: scope, dates and cost. Progress is measured against it, and only an approved change moves it.",
    synonyms: ["baseline plan"],
  },
  {
    term: "change request",
    definition: "A written request to change the agreed scope, dates or price. It says what changes, what it costs and how it moves the plan, and both sides approve it.",
    synonyms: ["CR", "change order"],
  },
  {
    term: "change control",
    definition: "The agreed way a project handles change requests: who may raise one, who assesses it, and who approves it.",
    synonyms: ["change control board", "CCB"],
  },
  {
    term: "assumption",
    definition: "Something the plan takes as true without proof, such as \"the client provides test data by week 3\". If it turns out false, the plan may change.",
    synonyms: [],
  },
  {
    term: "exclusion",
    definition: "Something a proposal says plainly is not included, so nobody expects it later. For example: \"Training of end users is not included.\"",
    synonyms: ["out of scope"],
  },
  {
    term: "SOW",
    definition: "The contract document that sets out the scope, deliverables, timeline, price, assumptions and exclusions of one project.",
    synonyms: ["statement of work"],
  },
  {
    term: "SLA",
    definition: "A promise about service levels after go-live, such as how fast a support ticket gets a reply. It is measured and reported.",
    synonyms: ["service level agreement"],
  },
  {
    term: "project charter",
    definition: "A short document that starts a project: its goal, sponsor, scope, main dates and who decides what.",
    synonyms: ["charter"],
  },
  // Structure of the work
  {
    term: "phase",
    definition: "A large block of a project with its own goal, such as discovery, build or testing. A phase usually ends with a review before the next one starts.",
    synonyms: ["project phase"],
  },
  {
    term: "milestone",
    definition: "A fixed point in the plan that marks something finished, such as \"design signed off\". It takes no time itself; it is a checkpoint.",
    synonyms: [],
  },
  {
    term: "deliverable",
    definition: "A concrete thing the project hands to the client, such as a migrated system, a report or a trained team. Each one has acceptance criteria.",
    synonyms: [],
  },
  {
    term: "workstream",
    definition: "A part of the project run by its own small team alongside the others, such as data migration or training.",
    synonyms: ["work stream"],
  },
  {
    term: "WBS",
    definition: "The project's work broken into smaller and smaller pieces until each piece can be estimated and given to someone.",
    synonyms: ["work breakdown structure"],
  },
  {
    term: "dependency",
    definition: "A link between two tasks where one cannot start or finish until the other does. Example: users cannot test before the test system exists.",
    synonyms: ["predecessor"],
  },
  {
    term: "critical path",
    definition: "The longest chain of dependent tasks in a project. It sets the earliest end date, so any delay on it delays the whole project.",
    synonyms: [],
  },
  {
    term: "float",
    definition: "How long a task can slip before it delays the end date. Tasks on the critical path have no float.",
    synonyms: ["slack", "total float"],
  },
  {
    term: "waterfall",
    definition: "A way of working where each phase is finished before the next begins: design, then build, then test. Good when the need is clear and stable.",
    synonyms: ["plan-driven"],
  },
  // People and governance
  {
    term: "stakeholder",
    definition: "Anyone affected by the project or able to influence it: users, managers, IT, finance, suppliers.",
    synonyms: [],
  },
  {
    term: "sponsor",
    definition: "The senior person on the client side who owns the project's goal and budget. They make the big calls and clear the way.",
    synonyms: ["executive sponsor", "project sponsor"],
  },
  {
    term: "steering committee",
    definition: "A small group of senior people from both sides who meet every few weeks to check progress and take the decisions the project team cannot.",
    synonyms: ["SteerCo", "steering group"],
  },
  {
    term: "PMO",
    definition: "The team that sets how projects are run, checks what can be sold and delivered, and keeps an eye on all projects at once.",
    synonyms: ["project management office"],
  },
  {
    term: "RACI",
    definition: "A table that shows, for each task, who does it (Responsible), who owns the result (Accountable), who gives input (Consulted) and who is kept up to date (Informed).",
    synonyms: ["RACI matrix", "responsibility matrix"],
  },
  {
    term: "product owner",
    definition: "The person who decides what the team builds next and in what order. In our projects this is usually someone on the client side.",
    synonyms: [],
  },
  {
    term: "status report",
    definition: "A short regular update, often weekly: what was done, what comes next, what is late and what needs a decision.",
    synonyms: ["weekly status"],
  },
  {
    term: "escalation",
    definition: "Taking a problem to someone more senior because the team cannot solve it alone or in time. It is a normal step, not a failure.",
    synonyms: [],
  },
  // Risk
  {
    term: "risk register",
    definition: "A shared list of things that might go wrong, how likely and how harmful each is, who watches it and what we do about it.",
    synonyms: ["risk log"],
  },
  {
    term: "mitigation",
    definition: "A step taken now to make a risk less likely or less harmful. Example: a test run of the data move before the real one.",
    synonyms: ["risk mitigation"],
  },
  {
    term: "issue log",
    definition: "A list of problems that are happening now, each with an owner and a due date. A risk that comes true becomes an issue.",
    synonyms: ["issues list"],
  },
  {
    term: "contingency",
    definition: "Time or budget set aside in the plan for risks we know might happen. It is used only with the PM's approval and reported openly.",
    synonyms: ["contingency reserve", "buffer"],
  },
  // Money and effort
  {
    term: "time and materials",
    definition: "A way to pay where the client pays for the days actually worked, at agreed day rates. The scope can move freely; the final cost is not fixed.",
    synonyms: ["T&M", "time & materials"],
  },
  {
    term: "fixed price",
    definition: "A way to pay where the price is agreed up front for a clearly written scope. Changes to that scope go through change requests.",
    synonyms: ["fixed bid", "fixed fee", "lump sum"],
  },
  {
    term: "not-to-exceed",
    definition: "Time and materials with a ceiling: the client pays for days worked, but never more than an agreed amount without a new approval.",
    synonyms: ["NTE", "capped time and materials"],
  },
  {
    term: "rate card",
    definition: "The list of daily rates for each role, such as project manager or data engineer. Estimates in days become prices with it.",
    synonyms: ["rate sheet"],
  },
  {
    term: "person-day",
    definition: "One person working for one day. Ten person-days can be one person for two weeks or two people for one week.",
    synonyms: ["person day", "man-day"],
  },
  {
    term: "estimate range",
    definition: "An estimate given as a low and a high figure, such as 40 to 60 days. The range narrows as we learn more about the work.",
    synonyms: ["range estimate"],
  },
  {
    term: "lead time",
    definition: "The time between signing and the day a project can start, needed to free up the right people and prepare.",
    synonyms: [],
  },
  // Starting and handing over
  {
    term: "discovery",
    definition: "The first phase of a project, where we learn how the client works today and what they need, before we fix the design and plan.",
    synonyms: ["discovery phase"],
  },
  {
    term: "fit-gap",
    definition: "A check of the client's processes against what a standard system does out of the box. Each gap is then closed, worked around or accepted.",
    synonyms: ["fit-gap analysis", "gap analysis"],
  },
  {
    term: "kickoff",
    definition: "The first meeting of the whole project team with the client. It confirms goals, scope, roles, the plan and how the team will work together.",
    synonyms: ["kick-off", "kickoff meeting"],
  },
  {
    term: "handoff",
    definition: "The moment a won deal passes from sales to the delivery team, with everything that was promised, agreed and learned.",
    synonyms: ["hand-off", "handover"],
  },
  // Agile
  {
    term: "agile",
    definition: "A way of working in short cycles that each end with something that works. The plan is reviewed often and changed by what the team and the client learn.",
    synonyms: ["agile delivery"],
  },
  {
    term: "sprint",
    definition: "A short fixed period, often two weeks, in which a team builds and shows a set of working features.",
    synonyms: ["iteration"],
  },
  {
    term: "backlog",
    definition: "The ordered list of everything the team might build. The most valuable items sit at the top and go into the next sprint.",
    synonyms: ["product backlog"],
  },
  {
    term: "velocity",
    definition: "How much work a team finishes in a typical sprint. It helps forecast how many sprints the rest of the backlog needs.",
    synonyms: [],
  },
  {
    term: "burndown",
    definition: "A chart of the work left over time. When the line falls as planned, the team is on track.",
    synonyms: ["burndown chart", "burn-down"],
  },
  {
    term: "retrospective",
    definition: "A short meeting at the end of a sprint or phase where the team agrees what to keep doing and what to change.",
    synonyms: ["retro"],
  },
  {
    term: "definition of done",
    definition: "The checklist every piece of work must meet before the team calls it finished, such as tested, reviewed and documented.",
    synonyms: ["DoD"],
  },
  {
    term: "MVP",
    definition: "The smallest version of a product that real users can use and learn from. More features come in later releases.",
    synonyms: ["minimum viable product"],
  },
  // Testing and going live
  {
    term: "acceptance criteria",
    definition: "The agreed, checkable conditions a deliverable must meet to be accepted. Example: \"The sales report loads in under five seconds.\"",
    synonyms: [],
  },
  {
    term: "sign-off",
    definition: "A written approval from the client that a deliverable or phase is accepted. After sign-off, changing it is a change request.",
    synonyms: ["sign off", "signoff"],
  },
  {
    term: "UAT",
    definition: "Testing done by the client's own users, on their real tasks, to confirm the system does what was agreed before it goes live.",
    synonyms: ["user acceptance testing", "user acceptance test"],
  },
  {
    term: "go-live",
    definition: "The day the new system starts being used for real work.",
    synonyms: ["go live", "launch"],
  },
  {
    term: "go/no-go decision",
    definition: "A meeting shortly before go-live where both sides check a list of conditions and decide to go ahead or wait.",
    synonyms: ["go/no-go"],
  },
  {
    term: "cutover",
    definition: "The planned switch from the old system to the new one, often over a weekend: freeze the old system, move the last data, switch users over.",
    synonyms: ["cut-over"],
  },
  {
    term: "rollback plan",
    definition: "The tested steps to return to the old system if the cutover goes wrong.",
    synonyms: ["fallback plan"],
  },
  {
    term: "hypercare",
    definition: "A few weeks of extra close support right after go-live, before normal support takes over.",
    synonyms: ["early life support"],
  },
  {
    term: "landing zone",
    definition: "The ready-made base in a cloud account that migrated systems move into: network, security, user access, logging and cost alerts.",
    synonyms: [],
  },
];
