package org.corpusqa.locations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corpusqa.type.Actor;

/** Answers "does any actor annotation overlap this span?" in logarithmic time. */
final class ActorSpans {

    private static final Comparator<Actor> BY_BEGIN = Comparator.comparingInt(Actor::getBegin);

    private final int[] begins;
    private final int[] maxEnds;

    ActorSpans(List<Actor> actors) {
        List<Actor> sorted = new ArrayList<>(actors);
        sorted.sort(BY_BEGIN);
        begins = new int[sorted.size()];
        maxEnds = new int[sorted.size()];
        int max = -1;
        for (int i = 0; i < begins.length; i++) {
            begins[i] = sorted.get(i).getBegin();
            max = Math.max(max, sorted.get(i).getEnd());
            maxEnds[i] = max;
        }
    }

    /** True when an actor starts before {@code end} and ends after {@code begin}. */
    boolean overlaps(int begin, int end) {
        int lo = 0;
        int hi = begins.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begins[mid] < end) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && maxEnds[lo - 1] > begin;
    }
}
