package org.corpusqa.actors;

import java.util.Comparator;
import java.util.List;
import org.corpusqa.actors.ActorDictionary.Candidate;
import org.corpusqa.registry.ActorKind;

/** A mention while the rules still work on it: ids, offices and countries may still change. */
final class Draft {
    /** Text order of the begins; stable, so drafts that begin together keep their order. */
    static final Comparator<Draft> BY_BEGIN = Comparator.comparingInt(d -> d.begin);
    /** Text order of the begins, the longest first of those that begin together. */
    static final Comparator<Draft> LONGEST_FIRST = BY_BEGIN.thenComparingInt(d -> -(d.end - d.begin));

    enum Type {
        NAME,
        TITLE,
        METONYM,
        GROUP
    }

    final int begin;
    final int end;
    ActorKind kind;
    Type type;
    String entityId = "";
    String rule;
    /** Canonical office of a TITLE, or of the pre-name title of a NAME; null when none. */
    String office;
    /** Country code of a TITLE's office or of a state; null when none. */
    String country;
    /** Candidates of an ambiguous name; empty otherwise. */
    List<Candidate> candidates = List.of();
    /** For a GROUP of titles: the (office, country) of each member; members of other groups: ids. */
    List<String[]> members = List.of();
    /** For a NAME: the pre-name title before it (office, country or null), for the mismatch check. */
    boolean hasPreNameTitle;
    /** Whether a pre-name title was a counterpart ({@code his Turkish counterpart X}). */
    boolean preNameCounterpart;

    /** Whether an organisation's name qualified the pre-name title ({@code JAXA President}). */
    boolean titleOfOrganisation;

    int titleBegin = -1;
    /** For a TITLE in apposition ({@code the premier, X,}): the token where the name starts; else -1. */
    int appositionToken = -1;
    /** For a title set off after a name ({@code Scholz, Hamburg's mayor,}): the name's last token, else -1. */
    int appositionAfterToken = -1;
    /** Whether only the apposition makes the phrase a title ({@code the company's president, X,}). */
    boolean appositionOnly;
    /** Tokens of a dictionary name, for reading it again once an ambiguity is resolved. */
    int firstToken = -1;

    int lastToken = -1;

    Draft(int begin, int end, ActorKind kind, Type type, String rule) {
        this.begin = begin;
        this.end = end;
        this.kind = kind;
        this.type = type;
        this.rule = rule;
    }

    boolean overlaps(Draft other) {
        return begin < other.end && other.begin < end;
    }

    boolean contains(Draft other) {
        return begin <= other.begin && other.end <= end && (end - begin) > (other.end - other.begin);
    }

    ActorMention toMention() {
        return new ActorMention(begin, end, kind.name(), type.name(), entityId, rule);
    }

    @Override
    public String toString() {
        return "[" + begin + "," + end + "]" + type + "(" + entityId + "," + rule + ")";
    }
}
