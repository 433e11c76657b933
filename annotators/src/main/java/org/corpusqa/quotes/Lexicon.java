package org.corpusqa.quotes;

import java.util.HashMap;
import java.util.Map;
import org.corpusqa.text.WordTable;

/**
 * The closed word lists the quote rules use, folded (lower case, {@code '} for apostrophes). They
 * name grammar (reporting verbs, auxiliaries, determiners), never names or topics, so they carry
 * over to any English news text.
 *
 * <p>Each list is one bit, and {@link Tokens#in(int, int)} tests a token against any of them. The
 * rules ask several lists about every word near a quote (is it a reporting verb, an attitude verb,
 * a determiner?), and probing a {@code Set} with the folded word each time was a tenth of the
 * quote analysis; now each word is looked up once, without being folded into a String, and every
 * further ask is a bit test.
 */
final class Lexicon {
    private static final Map<String, Integer> LISTS = new HashMap<>();

    /** Verbs that introduce reported words, before or after the quote. */
    static final int REPORTING = list(
            0,
            "say says said saying tell tells told telling add adds added adding stress stresses"
                    + " stressed stressing insist insists insisted insisting warn warns warned warning write"
                    + " writes wrote writing tweet tweets tweeted tweeting posted stated explain explains"
                    + " explained explaining note notes noted noting declare declares declared announce"
                    + " announces announced continued ask asks asked asking reply replies replied respond"
                    + " responds responded answered argue argues argued arguing claim claims claimed claiming"
                    + " assert asserts asserted acknowledge acknowledges acknowledged admit admits admitted"
                    + " confirm confirms confirmed deny denies denied describe describes described describing"
                    + " call calls called calling accuse accuses accused accusing urge urges urged urging"
                    + " demand demands demanded vow vows vowed pledge pledged promise promised predict"
                    + " predicted suggest suggests suggested emphasise emphasises emphasised emphasize"
                    + " emphasizes emphasized underlined underscored repeated reiterate reiterates reiterated"
                    + " recalled recalls shouted quipped joked complain complains complained lamented conceded"
                    + " observed remarked commented maintain maintains maintained countered retorted echoed"
                    + " labelled labeled dubbed branded termed report reports reported cautioned testified"
                    + " boasted quoted");

    /**
     * Verbs of stance that make their subject the source of nearby quoted words and the speaker of
     * a following quote-only paragraph, though they do not introduce a quote after it.
     */
    static final int ATTITUDE = list(
            1,
            "criticise criticises criticised criticize criticizes criticized condemn condemns"
                    + " condemned dismiss dismisses dismissed reject rejects rejected threaten threatens"
                    + " threatened praise praises praised welcome welcomes welcomed blame blames blamed slam"
                    + " slams slammed hail hails hailed defend defends defended expressed voiced thanked"
                    + " appealed pressed");

    /** Words that may stand between a subject and its verb: auxiliaries, adverbs, times. */
    static final int GAP = list(
            2,
            "has have had having is was were are be been will would could can may might must should"
                    + " shall did does do also then later earlier again already still just once previously"
                    + " recently repeatedly further meanwhile separately publicly privately reportedly today"
                    + " yesterday tonight now last this week month year weekend morning afternoon evening night"
                    + " on at in the a an statement interview speech both all himself herself itself themselves"
                    + " too not never first monday tuesday wednesday thursday friday saturday sunday january"
                    + " february march april june july august september october november december jan feb mar"
                    + " apr jun jul aug sep sept oct nov dec");

    /** Nouns that head a phrase naming an actor's voice: {@code TASS news agency}, {@code Kremlin spokesman}. */
    static final int VOICE_NOUNS = list(
            3,
            "spokesman spokeswoman spokesperson spokespeople news agency ministry office officials"
                    + " official statement media television newspaper daily channel website account press"
                    + " service");

    /** Words after which a speech verb reports nothing yet: {@code to call}, {@code would respond}. */
    static final int NOT_BEFORE_VERB = list(4, "to would will could can may might must should shall");

    static final int SPEAKER_PRONOUNS = list(5, "he she they it");

    static final int DETERMINERS =
            list(6, "the a an his her its their our my your this that these those whose every each no any" + " some");

    /** Words that end a noun phrase read forwards ({@code said Abu Mujahid, from …}). */
    static final int PHRASE_STOP = list(
            7,
            "of from in at on to for with by during after before about over under into near and but"
                    + " or while when as that which who whose because if than adding saying who's where since"
                    + " until");

    /** Capitalised words that still are not part of a subject: sentence-initial prepositions. */
    static final int PREPOSITIONS = list(
            8,
            "in at on after before during with from for by to of about over under since until"
                    + " despite amid against between among like unlike as through following according");

    /** Lower-case words of titles that may precede a name in subject position. */
    static final int TITLE_WORDS = list(
            9,
            "spokesman spokeswoman spokesperson minister president leader chief head secretary"
                    + " official ambassador envoy general commander adviser advisor director chairman"
                    + " chairwoman chair governor mayor senator deputy vice foreign prime defence defense"
                    + " interior state state-run army monitor war rebel opposition supporter ally counterpart"
                    + " top senior former news agency group militant jihadist but and meanwhile coach"
                    + " manager captain judge justice prosecutor chancellor premier lawmaker economist analyst"
                    + " striker midfielder defender goalkeeper winger skipper batsman bowler quarterback pitcher");

    /** Title-list words that join phrases rather than open a title ({@code Merkel and Macron}). */
    static final int NOT_IN_TITLE = list(12, "and but meanwhile or");

    /** Finite auxiliaries and copulas: a quote that holds one is likely a full clause. */
    static final int CLAUSE_WORDS = list(
            10,
            "is are was were am be been has have had will would can could must should may might"
                    + " shall do does did won't can't don't isn't aren't wasn't weren't didn't doesn't hasn't"
                    + " haven't shouldn't");

    /** Conjunctions after which a pronoun opens a clause as its subject ({@code and it "remains open"}). */
    static final int CONJUNCTIONS =
            list(13, "and but or yet so that as because while when if although though since after before");

    /** Abbreviations after which a full stop does not end a sentence. */
    static final int ABBREVIATIONS = list(
            11,
            "mr mrs ms dr prof gen lt col sgt capt maj adm sen rep gov st jr sr mt rev hon pres jan"
                    + " feb mar apr jun jul aug sep sept oct nov dec no vs inc corp ltd co dept approx est fig");

    /** The words of all lists, looked up by their folded chars where they stand in the text. */
    private static final WordTable WORDS = new WordTable(LISTS.keySet());
    /** The lists (bits) of each word of {@link #WORDS}, by its number. */
    private static final int[] BITS = bitsByNumber();

    private Lexicon() {}

    /** Puts the words of a space-separated list in list number {@code index}; returns its bit. */
    private static int list(int index, String words) {
        int bit = 1 << index;
        for (String word : words.split(" ")) {
            LISTS.merge(word, bit, (a, b) -> a | b);
        }
        return bit;
    }

    private static int[] bitsByNumber() {
        int[] bits = new int[WORDS.size()];
        for (int id = 0; id < bits.length; id++) {
            bits[id] = LISTS.get(WORDS.word(id));
        }
        return bits;
    }

    /** The lists (bits) that hold the folded word {@code folded[begin, end)}; 0 when none. */
    static int listsOf(char[] folded, int begin, int end) {
        int id = WORDS.find(folded, begin, end);
        return id < 0 ? 0 : BITS[id];
    }

    /** A word that may stand between a subject and its verb: a {@link #GAP} word or an adverb in -ly. */
    static boolean isGap(Tokens tokens, int token) {
        return tokens.in(token, GAP) || tokens.endsWith(token, "ly") && tokens.length(token) > 4;
    }
}
