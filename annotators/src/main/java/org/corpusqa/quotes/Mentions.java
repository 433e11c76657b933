package org.corpusqa.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Actor mentions sorted by offset, with look-up by position; pronoun speakers are added later. */
final class Mentions {
    private static final Comparator<Mention> ORDER = Comparator.comparingInt(Mention::begin)
            .thenComparing(Comparator.comparingInt(Mention::end).reversed());

    private final List<Mention> list;

    Mentions(List<Mention> mentions) {
        list = new ArrayList<>(mentions);
        list.sort(ORDER);
    }

    void add(Mention mention) {
        int index = Collections.binarySearch(list, mention, ORDER);
        list.add(index >= 0 ? index : -index - 1, mention);
    }

    /** The mention that overlaps [begin, end), or null; the outermost one when they nest. */
    Mention at(int begin, int end) {
        int index = lastBeginningBefore(end);
        Mention found = null;
        // One bound, not "i >= 0 && i > index - 8": C2's loop-limit check of that loop failed in every
        // 20k run and recompiled SpeakerFinder.verbBefore, where this is inlined.
        int stop = Math.max(-1, index - 8);
        for (int i = index; i > stop; i--) {
            Mention m = list.get(i);
            if (m.end() > begin && (found == null || m.end() - m.begin() > found.end() - found.begin())) {
                found = m;
            }
        }
        return found;
    }

    /** Mentions that begin in [from, to), in text order. */
    List<Mention> between(int from, int to) {
        List<Mention> result = new ArrayList<>();
        for (int i = lastBeginningBefore(from) + 1;
                i < list.size() && list.get(i).begin() < to;
                i++) {
            result.add(list.get(i));
        }
        return result;
    }

    /** Index of the last mention that begins before the offset, or -1. */
    private int lastBeginningBefore(int offset) {
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (list.get(mid).begin() < offset) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return high;
    }
}
