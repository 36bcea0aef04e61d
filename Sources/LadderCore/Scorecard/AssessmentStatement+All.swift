extension AssessmentStatement {
    /// The statements of the self-assessment, in the order they are asked.
    /// Every gauge is fed by at least three, so answers alone can measure it.
    public static let all: [AssessmentStatement] = [
        AssessmentStatement(
            id: 7, text: "I picked the problem I work on now; it did not simply land on me.",
            chapter: "choosing", feeds: [.problem: 2]),
        AssessmentStatement(
            id: 20,
            text: "Most of my hours go to whatever matters most in my area, even when it is hard to show.",
            chapter: "leverage", feeds: [.problem: 1, .outputImpact: 1]),
        AssessmentStatement(
            id: 1, text: "The team around me multiplies what I put in rather than soaking it up.",
            chapter: "leverage", feeds: [.team: 2]),
        AssessmentStatement(
            id: 14,
            text: "If my team kept shrinking or my area kept sliding down the list, I would look for "
                + "another team within a quarter.",
            chapter: "choosing", feeds: [.team: 1, .problem: 1]),
        AssessmentStatement(
            id: 13,
            text: "When I last picked between teams, the person I would report to weighed as much "
                + "as the work.",
            chapter: "narrative", feeds: [.team: 2, .narrative: 1]),
        AssessmentStatement(
            id: 10, text: "My manager stands up for the team and is taken seriously by their own leaders.",
            chapter: "narrative", feeds: [.team: 1, .narrative: 1]),
        AssessmentStatement(
            id: 2, text: "Leadership has chosen to put money and attention into my area this quarter.",
            chapter: "leverage", feeds: [.timing: 2, .problem: 1]),
        AssessmentStatement(
            id: 18,
            text: "I keep a proposal in my pocket while the moment is wrong and bring it out once "
                + "leadership is ready to fund it.",
            chapter: "leverage", feeds: [.timing: 2, .judgement: 1]),
        AssessmentStatement(
            id: 21,
            text: "I can name what leadership is betting on this quarter, and my next pitch connects to it.",
            chapter: "leverage", feeds: [.timing: 1, .narrative: 1]),
        AssessmentStatement(
            id: 19,
            text: "I settle close calls myself without waiting for sign-off, and later check how "
                + "they turned out.",
            chapter: "measures", feeds: [.judgement: 2, .compounding: 1]),
        AssessmentStatement(
            id: 8, text: "If I skipped the meeting where it gets settled, the decision would wait for me.",
            chapter: "promoted", feeds: [.judgement: 2, .scope: 1]),
        AssessmentStatement(
            id: 9, text: "I know whether I want the IC track or the management track, and I can say why.",
            chapter: "tracks", feeds: [.judgement: 1, .scope: 1]),
        AssessmentStatement(
            id: 4, text: "I own a problem that nobody has a ready answer to.",
            chapter: "measures", feeds: [.scope: 2, .judgement: 1]),
        AssessmentStatement(
            id: 12,
            text: "What I commit to ships, reliably and well enough that nobody has to chase it; "
                + "that part is settled.",
            chapter: "promoted", feeds: [.scope: 1, .outputImpact: 1]),
        AssessmentStatement(
            id: 3, text: "My manager could explain what I achieved, and why it mattered, without me there.",
            chapter: "narrative", feeds: [.narrative: 2]),
        AssessmentStatement(
            id: 6, text: "I keep a written log of my results and why each one counted.",
            chapter: "narrative", feeds: [.narrative: 2, .compounding: 1]),
        AssessmentStatement(
            id: 11,
            text: "One call I made this quarter, to drop, stop or choose something, was worth more "
                + "than all I shipped.",
            chapter: "output", feeds: [.outputImpact: 2, .judgement: 1]),
        AssessmentStatement(
            id: 15, text: "My last good result earned me a harder, more visible problem than the one before.",
            chapter: "compounding", feeds: [.compounding: 2, .scope: 1]),
        AssessmentStatement(
            id: 16,
            text: "People outside my team come to me by name when something important and unclear turns up.",
            chapter: "compounding", feeds: [.compounding: 2, .narrative: 1]),
        AssessmentStatement(
            id: 17, text: "I already do parts of the job one level above mine, and my manager has seen it.",
            chapter: "compounding", feeds: [.compounding: 1, .scope: 1, .judgement: 1]),
    ]
}
