/**
 * What DRL rules call. A rule file imports {@code cn.jsaudit.model.*} (the facts), classes of this package and
 * {@code java.*}; see docs/rules.md for a new rule family.
 *
 * <p>Findings and numbers:
 * <ul>
 * <li>{@link cn.jsaudit.ruleapi.Checks}, the DRL global {@code check}: compares amounts within the rounding tolerance
 *     ({@code sum}, {@code equal}, {@code atLeast}, {@code atMost}), tolerances of printed numbers and rates, and
 *     {@code finding(kcontext, "code")}, which starts a {@link cn.jsaudit.ruleapi.FindingBuilder}: named arguments,
 *     places, compared values, quoted sentence, optional clauses ({@code .also(cond, "code")}), then
 *     {@code .report()}.</li>
 * <li>{@link cn.jsaudit.ruleapi.MessageTable}: the wording of every finding by code (rules/messages.tsv), so that an
 *     auditor rewords a message without Java and a test asserts the code and its arguments.</li>
 * <li>{@link cn.jsaudit.ruleapi.Cells}: one reference of a formula table ({@code Cells.of("收入").level("类")}); the
 *     rules the formula tables become call {@code check.once}, {@code eachRow} or {@code eachColumn} with them on the
 *     submission's {@code AmountTables}.</li>
 * <li>{@link cn.jsaudit.ruleapi.NumberPolicy}: the one tolerance and printing policy of rules/settings.yaml
 *     ({@code import function cn.jsaudit.ruleapi.NumberPolicy.fmt;} prints a number);
 *     {@link cn.jsaudit.ruleapi.RuleMeta} reads a rule's id, title, severity and tolerance.</li>
 * </ul>
 *
 * <p>Domain helpers, each over typed facts of {@code model}:
 * <ul>
 * <li>narrative rules: {@link cn.jsaudit.ruleapi.ClaimMath} (order of claims, sums, the prior year a change
 *     implies), {@link cn.jsaudit.ruleapi.CitedNames} (a cited subject name that slips on a table row),
 *     {@link cn.jsaudit.ruleapi.FormLinker} (a narrative project and its performance form: same figures, first
 *     execution line, rate on the initial budget), {@link cn.jsaudit.ruleapi.NarrativeTerms} (lexicon terms and
 *     patterns found in a text), {@link cn.jsaudit.ruleapi.Phrases} (clauses two texts share, a word of one
 *     project's name), {@link cn.jsaudit.ruleapi.Reasons} (what a reason sentence gives as the reason),
 *     {@link cn.jsaudit.ruleapi.Citations} (a table or document cited), {@link cn.jsaudit.ruleapi.FormFigures}
 *     (the money an indicator states);</li>
 * <li>performance rules: {@link cn.jsaudit.ruleapi.Perf} (scores, rates, form places),
 *     {@link cn.jsaudit.ruleapi.UnitPrices} (heads × price, parts of a stated sum against their forms),
 *     {@link cn.jsaudit.ruleapi.BorrowedGoals} (a goal copied from another project),
 *     {@link cn.jsaudit.ruleapi.Cite} (how messages quote a printed value and its place),
 *     {@link cn.jsaudit.ruleapi.FormsCoverage} (which project forms add up to the tables' project spending),
 *     {@link cn.jsaudit.ruleapi.FormTotals} (the budgets behind the department form),
 *     {@link cn.jsaudit.ruleapi.PerformanceSettings} (the fact of rules/performance/thresholds.yaml);</li>
 * <li>both: {@link cn.jsaudit.ruleapi.UnitNames} (whether a unit named in the text or on a form is the submitting
 *     unit, another unit, or the unit with a character mistyped).</li>
 * </ul>
 *
 * <p>Text as printed is compared through {@link cn.jsaudit.ruleapi.Text} (full-width forms folded, no white space)
 * and {@link cn.jsaudit.ruleapi.Labels} (a form label's comparison key): the readers use them too, so that a rule
 * and the reader that made its facts agree on what "the same words" means. A narrative sentence carries its
 * compacted text ({@code NarrativeSentence.compactText}) so that constraints do not compact it again.
 *
 * <p>Uses no package of the project but {@code model}, so that the engine, the readers and the narrative and performance packages can
 * all use it.
 */
package cn.jsaudit.ruleapi;
