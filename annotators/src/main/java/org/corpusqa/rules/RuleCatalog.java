package org.corpusqa.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corpusqa.check.Severity;

/**
 * Every rule corpusqa can report, in one place: the text rules of this package, the corpus-wide
 * rules, the findings the annotators put in the CAS and the ones the reader makes for documents
 * it cannot read. Configuration, suppressions and baselines validate rule ids and categories
 * against it; SARIF {@code rules[]} and the documentation are generated from it.
 *
 * <p>A rule defined by a class here has its {@link RuleInfo} (and default severity) in that class's
 * {@code INFO} constant; the annotator and reader rules, made elsewhere, have theirs below. The
 * severity the annotators set in the CAS should match the one listed here.
 */
public final class RuleCatalog {
    public static final RuleInfo UNRESOLVED_ACTOR = new RuleInfo(
            "unresolved-actor",
            "reference",
            Severity.ERROR,
            "An actor mention does not resolve to an entry of the actor registry.",
            "add the actor to the registry (or as an alias of a known actor), or suppress it");
    public static final RuleInfo AMBIGUOUS_ACTOR = new RuleInfo(
            "ambiguous-actor",
            "reference",
            Severity.WARNING,
            "An actor mention matches more than one registry entry.",
            "qualify the mention in the text, or add a distinguishing alias to the registry");
    public static final RuleInfo TITLE_MISMATCH = new RuleInfo(
            "title-mismatch",
            "reference",
            Severity.WARNING,
            "A title before a name contradicts the registry's roles on the document's date.",
            "correct the title or the name, or fix the role dates in the registry");
    public static final RuleInfo REPORT_WRITE_FAILURE = new RuleInfo(
            "report-write-failure",
            "io",
            Severity.ERROR,
            "The document's HTML review page could not be written.",
            "check that the output directory is writable");
    public static final RuleInfo UNRESOLVED_LOCATION = new RuleInfo(
            "unresolved-location",
            "reference",
            Severity.ERROR,
            "A place mention does not resolve to a gazetteer entry.",
            "add the place to the project gazetteer, or suppress it");
    public static final RuleInfo AMBIGUOUS_LOCATION = new RuleInfo(
            "ambiguous-location",
            "reference",
            Severity.INFO,
            "A place name matches more than one gazetteer entry and the context does not decide.",
            "qualify the place in the text (town, country), or suppress it");
    public static final RuleInfo UNRESOLVED_SPEAKER = new RuleInfo(
            "unresolved-speaker",
            "reference",
            Severity.ERROR,
            "A quote has no speaker that resolves to a known actor.",
            "name the speaker near the quote, or add the speaker to the registry");
    public static final RuleInfo MIXED_QUOTE_MARKS = new RuleInfo(
            "mixed-quote-marks",
            "quotes",
            Severity.WARNING,
            "A quote opens with one style of quotation mark and closes with another (“…\").",
            "use the same style of quotation marks at both ends");
    public static final RuleInfo UNBALANCED_QUOTE = new RuleInfo(
            "unbalanced-quote",
            "quotes",
            Severity.WARNING,
            "A quotation mark is not closed, or closes a quote that was never opened.",
            "add the missing quotation mark or remove the stray one");
    public static final RuleInfo MALFORMED_ENCODING = new RuleInfo(
            "malformed-encoding",
            "encoding",
            Severity.ERROR,
            "The file's bytes are not valid in the configured encoding; the document is not annotated.",
            "fix the bytes at the reported offset or set the right <encoding>");
    public static final RuleInfo UNREADABLE_DOCUMENT = new RuleInfo(
            "unreadable-document", "io", Severity.ERROR, "The file cannot be read.", "check the file's permissions");
    public static final RuleInfo ANNOTATOR_FAILURE = new RuleInfo(
            "annotator-failure",
            "internal",
            Severity.ERROR,
            "An annotator failed on the document.",
            "report this as a corpusqa bug with the document attached");
    public static final RuleInfo XMI_WRITE_FAILURE = new RuleInfo(
            "xmi-write-failure",
            "io",
            Severity.ERROR,
            "The document's XMI could not be written.",
            "check that the output directory is writable");

    private static final List<DocumentRule> DOCUMENT_RULES = List.of(
            new BomRule(),
            new ReplacementCharacterRule(),
            new MojibakeRule(),
            new ControlCharacterRule(),
            new AccentApostropheRule(),
            new UnbalancedBracketRule(),
            new NonstandardSpaceRule(),
            new EmptyDocumentRule(),
            new MissingTitleRule(),
            new MissingDateRule(),
            new DuplicateParagraphRule());

    private static final List<RuleInfo> CORPUS_RULES =
            List.of(DuplicateDocumentRule.INFO, NearDuplicateDocumentRule.INFO, BoilerplateLineRule.INFO);

    private static final List<RuleInfo> EXTERNAL_RULES = List.of(
            UNRESOLVED_ACTOR,
            AMBIGUOUS_ACTOR,
            TITLE_MISMATCH,
            UNRESOLVED_LOCATION,
            AMBIGUOUS_LOCATION,
            UNRESOLVED_SPEAKER,
            MIXED_QUOTE_MARKS,
            UNBALANCED_QUOTE,
            MALFORMED_ENCODING,
            UNREADABLE_DOCUMENT,
            ANNOTATOR_FAILURE,
            XMI_WRITE_FAILURE,
            REPORT_WRITE_FAILURE);

    private static final Map<String, RuleInfo> BY_ID = index();

    private RuleCatalog() {}

    /** Every rule, grouped as text rules, corpus rules, annotator and reader rules. */
    public static List<RuleInfo> all() {
        return List.copyOf(BY_ID.values());
    }

    /** The rule with this id, if there is one. */
    public static Optional<RuleInfo> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** Whether the id names a rule. */
    public static boolean isRule(String id) {
        return BY_ID.containsKey(id);
    }

    /** Whether the name is the category of some rule. */
    public static boolean isCategory(String name) {
        return categories().contains(name);
    }

    /** All categories, in catalog order. */
    public static Set<String> categories() {
        Set<String> categories = new LinkedHashSet<>();
        for (RuleInfo rule : BY_ID.values()) {
            categories.add(rule.category());
        }
        return Collections.unmodifiableSet(categories);
    }

    /** All rule ids, in catalog order. */
    public static Set<String> ids() {
        return Collections.unmodifiableSet(BY_ID.keySet());
    }

    /** The per-document text rules, stateless and shared. */
    public static List<DocumentRule> documentRules() {
        return DOCUMENT_RULES;
    }

    private static Map<String, RuleInfo> index() {
        List<RuleInfo> rules = new ArrayList<>();
        DOCUMENT_RULES.forEach(rule -> rules.add(rule.info()));
        rules.addAll(CORPUS_RULES);
        rules.addAll(EXTERNAL_RULES);
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (RuleInfo rule : rules) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalStateException("duplicate rule id " + rule.id());
            }
        }
        return Collections.unmodifiableMap(byId);
    }
}
