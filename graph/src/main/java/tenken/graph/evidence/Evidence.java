package tenken.graph.evidence;

import tenken.store.assessment.Requirement;

/**
 * One figure or fact computed from the data that bears on a requirement. Every piece of evidence names
 * its source and year, so that what a briefing shows can be traced back to where it came from.
 */
public interface Evidence {

    Requirement requirement();

    /** The figure as one line of text in {@code text}'s language. */
    String describe(EvidenceText text);

    /** Where the figure comes from (a citation, or the data it was computed from). */
    String source(EvidenceText text);

    /** The data year or as-of date; empty when the figure has none (a structural fact). */
    String year();
}
