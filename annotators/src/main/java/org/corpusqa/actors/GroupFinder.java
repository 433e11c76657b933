package org.corpusqa.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusqa.actors.ActorLexicon.Words;
import org.corpusqa.registry.ActorKind;

/**
 * Finds plural nominals that denote actors named just before (GUIDELINES: GROUP): {@code the
 * three governments}, {@code the two leaders}, {@code both countries}. The number word gives how
 * many; the antecedent is the latest coordination of that many actors of the matching kind
 * ({@code Britain, France and Germany}), or else the latest that many distinct actors.
 */
final class GroupFinder {
    private static final Map<String, Integer> NUMBERS = numbers();
    /** The length of the longest of the {@link #NUMBERS}: longer words need no lookup. */
    private static final int LONGEST_NUMBER = longest(NUMBERS.keySet());
    /** Plural nouns for organisations: {@code the two companies}, {@code the three parties}. */
    private static final Set<String> ORGANISATION_GROUP_NOUNS = Set.of(
            "parties",
            "companies",
            "firms",
            "banks",
            "lenders",
            "clubs",
            "teams",
            "agencies",
            "organisations",
            "organizations",
            "unions",
            "airlines",
            "carmakers",
            "automakers",
            "groups");

    /** How far back a coordination may stand, in chars. */
    private static final int COORDINATION_WINDOW = 2000;
    /** How far back single mentions may stand, in chars. */
    private static final int RECENT_WINDOW = 600;
    /** What may stand between the mentions of a coordination. */
    private static final String[] SEPARATORS = {",", "and", ", and", "&", ",and"};

    private final TextContext ctx;
    private final Tokens t;

    GroupFinder(TextContext ctx) {
        this.ctx = ctx;
        this.t = ctx.tokens;
    }

    /** Group mentions over the resolved, ordered mentions; covered tokens are skipped. */
    List<Draft> find(List<Draft> mentions, boolean[] covered) {
        List<Draft> groups = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int count;
            if (t.word(i).equals("both") && t.isWord(i)) {
                count = 2;
            } else if ((t.word(i - 1).equals("the")
                            || t.word(i - 1).equals("these")
                            || t.word(i - 1).equals("those")
                            || t.word(i - 1).equals("all"))
                    && t.word(i).length() <= LONGEST_NUMBER
                    && NUMBERS.containsKey(t.word(i))) {
                count = NUMBERS.get(t.word(i));
            } else {
                continue;
            }
            int noun = groupNounAfter(i);
            if (noun < 0 || covered[noun]) {
                continue;
            }
            Draft group = group(i, noun, count, mentions);
            if (group != null) {
                groups.add(group);
                i = noun;
            }
        }
        return groups;
    }

    /** The group noun among the three words after token {@code i}, or -1. */
    private int groupNounAfter(int i) {
        for (int j = i + 1; j < i + 4 && t.isWord(j); j++) {
            if (ctx.is(Words.GROUP_NOUNS_STATE, j)
                    || ctx.is(Words.GROUP_NOUNS_PERSON, j)
                    || ORGANISATION_GROUP_NOUNS.contains(t.word(j))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The group of {@code count} actors named before that tokens {@code start..noun} stand for
     * ({@code the three governments}), or null when there are no such antecedents.
     */
    private Draft group(int start, int noun, int count, List<Draft> mentions) {
        boolean person = ctx.is(Words.GROUP_NOUNS_PERSON, noun);
        List<ActorKind> kinds = new ArrayList<>(2);
        if (ORGANISATION_GROUP_NOUNS.contains(t.word(noun))) {
            kinds.add(ActorKind.ORGANIZATION); // "the three parties" after the CDU, the CSU and the SPD
        }
        if (person) {
            kinds.add(ActorKind.PERSON);
        } else if (ctx.is(Words.GROUP_NOUNS_STATE, noun)) {
            kinds.add(ActorKind.STATE);
        }
        List<Draft> members = List.of();
        ActorKind kind = null;
        for (int k = 0; k < kinds.size() && members.isEmpty(); k++) {
            kind = kinds.get(k);
            members = antecedents(mentions, t.get(start).begin(), count, kind);
        }
        if (members.isEmpty()) {
            return null;
        }
        Draft group = new Draft(t.get(start).begin(), t.get(noun).end(), kind, Draft.Type.GROUP, "group");
        group.members = new ArrayList<>();
        boolean resolved = true;
        List<String> ids = new ArrayList<>();
        for (Draft m : members) {
            resolved &= !m.entityId.isEmpty();
            ids.add(m.entityId);
        }
        group.entityId = resolved ? String.join(",", ids) : "";
        group.rule = "group:" + rule;
        return group;
    }

    private String rule = "";

    private List<Draft> antecedents(List<Draft> mentions, int before, int count, ActorKind kind) {
        List<List<Draft>> runs = runs(mentions, before);
        for (int r = runs.size() - 1; r >= 0; r--) {
            List<Draft> run = runs.get(r);
            if (before - run.get(run.size() - 1).end > COORDINATION_WINDOW) {
                break;
            }
            List<Draft> distinct = distinct(run, kind);
            if (distinct.size() == count && distinct.size() == run.size()) {
                rule = "coordination";
                return distinct;
            }
        }
        List<Draft> recent = new ArrayList<>();
        for (int i = mentions.size() - 1; i >= 0 && recent.size() < count; i--) {
            Draft d = mentions.get(i);
            if (d.end > before) {
                continue;
            }
            if (before - d.end > RECENT_WINDOW) {
                break;
            }
            if (d.kind == kind && d.type != Draft.Type.GROUP && !containsId(recent, d)) {
                recent.add(0, d);
            }
        }
        rule = "recent";
        return recent.size() == count ? recent : List.of();
    }

    private static boolean containsId(List<Draft> list, Draft d) {
        for (Draft x : list) {
            if (!d.entityId.isEmpty() && x.entityId.equals(d.entityId)) {
                return true;
            }
        }
        return false;
    }

    private static List<Draft> distinct(List<Draft> run, ActorKind kind) {
        Map<String, Draft> byId = new LinkedHashMap<>();
        for (Draft d : run) {
            if (d.kind != kind || d.type == Draft.Type.GROUP) {
                return List.of();
            }
            byId.putIfAbsent(d.entityId.isEmpty() ? "@" + d.begin : d.entityId, d);
        }
        return new ArrayList<>(byId.values());
    }

    /** Coordinations ("A, B and C") among the mentions that end before {@code before}. */
    private List<List<Draft>> runs(List<Draft> mentions, int before) {
        List<List<Draft>> runs = new ArrayList<>();
        List<Draft> current = new ArrayList<>();
        for (Draft d : mentions) {
            if (d.end > before) {
                break;
            }
            if (!current.isEmpty() && separatorOnly(current.get(current.size() - 1).end, d.begin)) {
                current.add(d);
            } else {
                if (current.size() > 1) {
                    runs.add(current);
                }
                current = new ArrayList<>();
                current.add(d);
            }
        }
        if (current.size() > 1) {
            runs.add(current);
        }
        return runs;
    }

    /**
     * Whether only a comma, {@code and} or {@code &} stands between two mentions (spaces around
     * it aside). Read in place: cutting the text out allocated a string per pair of mentions.
     */
    private boolean separatorOnly(int from, int to) {
        String text = t.text();
        int b = from;
        int e = to;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        for (String separator : SEPARATORS) {
            if (e - b == separator.length() && text.startsWith(separator, b)) {
                return true;
            }
        }
        return false;
    }

    private static int longest(Iterable<String> words) {
        int longest = 0;
        for (String w : words) {
            longest = Math.max(longest, w.length());
        }
        return longest;
    }

    private static Map<String, Integer> numbers() {
        Map<String, Integer> map = new LinkedHashMap<>();
        String[] words = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        for (int i = 0; i < words.length; i++) {
            map.put(words[i], i + 2);
            map.put(String.valueOf(i + 2), i + 2);
        }
        return map;
    }
}
