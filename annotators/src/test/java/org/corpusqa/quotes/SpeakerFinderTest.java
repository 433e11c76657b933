package org.corpusqa.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Speaker rules on inline news text of several outlets' styles. Each line reads {@code KIND quote
 * <- speaker-text[ids] rule}; actors are marked by hand, as the ActorAnnotator would.
 */
class SpeakerFinderTest {

    @Test
    void verbAfterTheQuoteNamesItsSubject() {
        assertThat(Actors.in("\"We are not going to back down,\" Smith said Tuesday.")
                        .man("Smith", "smith")
                        .quotes())
                .containsExactly("DIRECT \"We are not going to back down,\" <- Smith[smith] verb-after");
    }

    @Test
    void invertedOrderTakesTheNameAfterTheVerbPastItsTitle() {
        assertThat(Actors.in(
                                "“We are ready,” said Turkish Foreign Minister Mevlut Cavusoglu. “Always,” says Abu Mujahid,"
                                        + " from the National Liberation Front.")
                        .man("Mevlut Cavusoglu", "cavusoglu")
                        .man("Abu Mujahid", "abu-mujahid")
                        .org("National Liberation Front", "nlf")
                        .quotes())
                .containsExactly(
                        "DIRECT “We are ready,” <- Mevlut Cavusoglu[cavusoglu] verb-after",
                        "DIRECT “Always,” <- Abu Mujahid[abu-mujahid] verb-after");
    }

    @Test
    void titleBeforeANameLeavesTheNameAsSpeaker() {
        assertThat(Actors.in("“At the moment, we see no plans,” Kremlin spokesman Dmitry Peskov told reporters.")
                        .org("Kremlin", "kremlin")
                        .man("Dmitry Peskov", "peskov")
                        .quotes())
                .containsExactly("DIRECT “At the moment, we see no plans,” <- Dmitry Peskov[peskov] verb-after");
    }

    @Test
    void verbBeforeWithAColonOrAComma() {
        assertThat(Actors.in("Smith said: \"We will respond.\" Jones told the BBC, \"So will we.\"")
                        .man("Smith", "smith")
                        .man("Jones", "jones")
                        .org("BBC", "bbc")
                        .quotes())
                .containsExactly(
                        "DIRECT \"We will respond.\" <- Smith[smith] verb-before",
                        "DIRECT \"So will we.\" <- Jones[jones] verb-before");
    }

    @Test
    void colonWithoutAVerbStillNamesTheSpeaker() {
        assertThat(Actors.in("Smith: \"We won't go.\"").man("Smith", "smith").quotes())
                .containsExactly("DIRECT \"We won't go.\" <- Smith[smith] colon");
    }

    @Test
    void accordingToNamesTheSourceBeforeOrAfter() {
        assertThat(Actors.in("According to the ministry, \"all units have returned to base.\"\n"
                                + "\"The strikes continue,\" according to the Syrian Observatory for Human Rights.")
                        .org("ministry", "mod")
                        .org("Syrian Observatory for Human Rights", "sohr")
                        .quotes())
                .containsExactly(
                        "DIRECT \"all units have returned to base.\" <- ministry[mod] according-to",
                        "DIRECT \"The strikes continue,\" <- Syrian Observatory for Human Rights[sohr] according-to");
    }

    @Test
    void appositionAfterTheNameIsSkipped() {
        assertThat(Actors.in(
                                "\"This is a turning point,\" Hugh Hill, a doctor at the hospital, told the BBC.\n"
                                        + "Recep Tayyip Erdogan, the Turkish president, told Vladimir Putin that he saw “sabotage”.")
                        .man("Hugh Hill", "hill")
                        .org("BBC", "bbc")
                        .man("Recep Tayyip Erdogan", "erdogan")
                        .mark("Turkish president", "erdogan", "PERSON", "TITLE")
                        .man("Vladimir Putin", "putin")
                        .quotes())
                .containsExactly(
                        "DIRECT \"This is a turning point,\" <- Hugh Hill[hill] verb-after",
                        "PARTIAL “sabotage” <- Recep Tayyip Erdogan[erdogan] verb-before");
    }

    @Test
    void nameInAnAppositionAfterARoleIsTheSpeaker() {
        assertThat(Actors.in("The spokesman for the UN, Stephane Dujarric, said: \"We are alarmed.\"\n"
                                + "Merkel's spokesman, Steffen Seibert, said: \"The chancellor has been clear.\"")
                        .org("UN", "un")
                        .man("Stephane Dujarric", "dujarric")
                        .woman("Merkel", "merkel")
                        .man("Steffen Seibert", "seibert")
                        .quotes())
                .containsExactly(
                        "DIRECT \"We are alarmed.\" <- Stephane Dujarric[dujarric] verb-before",
                        "DIRECT \"The chancellor has been clear.\" <- Steffen Seibert[seibert] verb-before");
    }

    @Test
    void coordinatedSubjectsGiveTheFirstConjunctAndAllIds() {
        assertThat(Actors.in("Britain, France and Germany have called on the regime to halt its “ruthless reconquest”.")
                        .state("Britain", "GB")
                        .state("France", "FR")
                        .state("Germany", "DE")
                        .quotes())
                .containsExactly("PARTIAL “ruthless reconquest” <- Britain[GB,FR,DE] verb-before");
        assertThat(Actors.in("\"We stand united,\" Smith and Jones said in a joint statement.")
                        .man("Smith", "smith")
                        .man("Jones", "jones")
                        .quotes())
                .containsExactly("DIRECT \"We stand united,\" <- Smith[smith,jones] verb-after");
    }

    @Test
    void groupMentionCanBeTheSpeaker() {
        assertThat(Actors.in("“It is about the reconquest by the regime,” the three governments said.")
                        .mark("three governments", "GB,FR,DE", "STATE", "GROUP")
                        .quotes())
                .containsExactly(
                        "DIRECT “It is about the reconquest by the regime,” <- three governments[GB,FR,DE] verb-after");
    }

    @Test
    void metonymAndTitleSpeakers() {
        assertThat(Actors.in("Moscow says victory in Idlib ‘unavoidable’\n"
                                + "'We will not be intimidated,' the prime minister said.")
                        .mark("Moscow", "RU", "STATE", "METONYM")
                        .mark("prime minister", "johnson", "PERSON", "TITLE")
                        .quotes())
                .containsExactly(
                        "PARTIAL ‘unavoidable’ <- Moscow[RU] verb-before",
                        "DIRECT 'We will not be intimidated,' <- prime minister[johnson] verb-after");
    }

    @Test
    void describedAsCalledAndAccusedOfAttributePartialQuotes() {
        assertThat(Actors.in("In a tweet, Cavusoglu described their meeting as \"positive\". "
                                + "Oktay insisted Ankara had \"fulfilled its responsibilities\" after Russia accused Turkey"
                                + " of failing to \"neutralise terrorists\".")
                        .man("Cavusoglu", "cavusoglu")
                        .man("Oktay", "oktay")
                        .mark("Ankara", "TR", "STATE", "METONYM")
                        .state("Russia", "RU")
                        .state("Turkey", "TR")
                        .quotes())
                .containsExactly(
                        "PARTIAL \"positive\" <- Cavusoglu[cavusoglu] verb-before",
                        "PARTIAL \"fulfilled its responsibilities\" <- Oktay[oktay] verb-before",
                        "PARTIAL \"neutralise terrorists\" <- Russia[RU] verb-before");
    }

    @Test
    void verbAfterAModalReportsNothing() {
        assertThat(Actors.in("Amirabdollahian warned that Iran would respond \"decisively\" to any attack.")
                        .man("Amirabdollahian", "amirabdollahian")
                        .state("Iran", "IR")
                        .quotes())
                .containsExactly("PARTIAL \"decisively\" <- Amirabdollahian[amirabdollahian] verb-before");
    }

    @Test
    void subjectRightBeforeAQuotedPredicateIsTheSpeaker() {
        assertThat(Actors.in("In a call with Erdogan, Trump \"expressed concern over the violence.\"")
                        .man("Erdogan", "erdogan")
                        .man("Trump", "trump")
                        .quotes())
                .containsExactly("PARTIAL \"expressed concern over the violence.\" <- Trump[trump] quoted-predicate");
    }

    @Test
    void aCoordinatedVerbInALaterClauseHasItsClausesSubject() {
        assertThat(Actors.in("Many died, as President Ana Ruiz toured the region on Saturday and promised victims"
                                + " they would not be 'left alone'.")
                        .woman("Ana Ruiz", "ruiz")
                        .quotes())
                .containsExactly("PARTIAL 'left alone' <- Ana Ruiz[ruiz] verb-before");
    }

    @Test
    void aRelativeClauseSpeaksForItsAntecedent() {
        assertThat(Actors.in("The minister, Ana Ruiz, who on Saturday accused the lenders of \"blackmail\","
                                + " said Madrid would return to the table.")
                        .woman("Ana Ruiz", "ruiz")
                        .state("Madrid", "ES")
                        .quotes())
                .containsExactly("PARTIAL \"blackmail\" <- Ana Ruiz[ruiz] verb-before");
    }

    @Test
    void aPronounAfterAVerbIsItsObjectNotTheSpeaker() {
        assertThat(Actors.in("Former striker Gary Lineker, who had promised to present the show in his underwear"
                                + " if his old club won, called it \"the most remarkable sporting achievement\".")
                        .man("Gary Lineker", "lineker")
                        .quotes())
                .containsExactly(
                        "PARTIAL \"the most remarkable sporting achievement\" <- Gary Lineker[lineker] verb-before");
    }

    @Test
    void partialQuoteWithoutAReportingVerbBelongsToTheSentenceSubject() {
        assertThat(Actors.in("Chancellor Olaf Scholz toured the flooded valley and met the \"tireless\" volunteers.")
                        .man("Olaf Scholz", "scholz")
                        .quotes())
                .containsExactly("PARTIAL \"tireless\" <- Olaf Scholz[scholz] sentence-subject");
        assertThat(Actors.in("Governor Kathy Hochul closed the bridge, citing \"unacceptable risks\" to drivers.")
                        .woman("Kathy Hochul", "hochul")
                        .quotes())
                .containsExactly("PARTIAL \"unacceptable risks\" <- Kathy Hochul[hochul] sentence-subject");
    }

    @Test
    void aParticipleAfterACommaGivesTheClauseSubject() {
        assertThat(Actors.in("Smith hugged his staff, saying: \"We could not have done it without you.\"")
                        .man("Smith", "smith")
                        .quotes())
                .containsExactly("DIRECT \"We could not have done it without you.\" <- Smith[smith] participle-before");
        assertThat(Actors.in("Jones won the race. She waved to the crowd, saying: \"Thank you all.\"")
                        .woman("Jones", "jones")
                        .quotes())
                .containsExactly("DIRECT \"Thank you all.\" <- She[jones] participle-before");
    }

    @Test
    void sentenceSubjectIsTheHeadOfItsNounPhrase() {
        assertThat(Actors.in("England captain Harry Kane, 29, dedicated the win to the \"incredible\" fans.")
                        .state("England", "GB-ENG")
                        .man("Harry Kane", "kane")
                        .quotes())
                .containsExactly("PARTIAL \"incredible\" <- Harry Kane[kane] sentence-subject");
        assertThat(Actors.in("High Court Judge Maria Lopez fined the firm, blaming its \"reckless\" conduct.")
                        .org("High Court", "high-court")
                        .woman("Maria Lopez", "lopez")
                        .quotes())
                .containsExactly("PARTIAL \"reckless\" <- Maria Lopez[lopez] sentence-subject");
        assertThat(Actors.in(
                                "UN Secretary-General Ana Ruiz said the fund would meet in June and called on donors to pay \"their fair share.\"")
                        .org("UN", "un")
                        .woman("Ana Ruiz", "ruiz")
                        .quotes())
                .containsExactly("PARTIAL \"their fair share.\" <- Ana Ruiz[ruiz] verb-before");
    }

    @Test
    void coordinatedNamesAreNoNounPhraseHead() {
        assertThat(Actors.in("Merkel and Macron left the \"constructive\" talks early.")
                        .woman("Merkel", "merkel")
                        .man("Macron", "macron")
                        .quotes())
                .containsExactly("PARTIAL \"constructive\" <- Merkel[merkel,macron] sentence-subject");
    }

    @Test
    void coordinatedVerbsShareTheirClauseSubject() {
        assertThat(Actors.in("Turkey has attacked positions of Assad’s army and says it has “neutralised” scores.")
                        .state("Turkey", "TR")
                        .man("Assad", "assad")
                        .quotes())
                .containsExactly("PARTIAL “neutralised” <- Turkey[TR] verb-before");
    }

    @Test
    void pronounResolvesToThePrecedingSpeakerAndBecomesAMention() {
        Actors actors = Actors.in("“We consider the plan dead,” Kremlin spokesman Dmitry Peskov told reporters.\n"
                        + "“We consider such sorties unacceptable,” he said, adding the talks were “difficult”.")
                .org("Kremlin", "kremlin")
                .man("Dmitry Peskov", "peskov");

        assertThat(actors.quotes())
                .containsExactly(
                        "DIRECT “We consider the plan dead,” <- Dmitry Peskov[peskov] verb-after",
                        "DIRECT “We consider such sorties unacceptable,” <- he[peskov] verb-after",
                        "PARTIAL “difficult” <- he[peskov] verb-before");
        int he = actors.text().indexOf("he said");
        assertThat(actors.analyze().pronouns()).containsExactly(new Mention(he, he + 2, "PERSON", "PRONOUN", "peskov"));
    }

    @Test
    void pronounPrefersTheSubjectOverANearerObject() {
        assertThat(Actors.in("Pompeo met Lavrov in Sochi on Monday. \"It was a frank meeting,\" he said.")
                        .man("Pompeo", "pompeo")
                        .man("Lavrov", "lavrov")
                        .quotes())
                .containsExactly("DIRECT \"It was a frank meeting,\" <- he[pompeo] verb-after");
    }

    @Test
    void pronounIsNotAnObjectOfItsOwnSentence() {
        assertThat(Actors.in("Zelensky flew to Washington. After meeting Biden, he said: \"We are grateful.\"")
                        .man("Zelensky", "zelensky")
                        .man("Biden", "biden")
                        .quotes())
                .containsExactly("DIRECT \"We are grateful.\" <- he[zelensky] verb-before");
    }

    @Test
    void pronounSkipsActorsInsideQuotesAndOfTheOtherGender() {
        assertThat(Actors.in("Angela Merkel met John Smith. \"Putin must stop,\" she said. \"Not yet,\" he said.")
                        .woman("Angela Merkel", "merkel")
                        .man("John Smith", "smith")
                        .man("Putin", "putin")
                        .quotes())
                .containsExactly(
                        "DIRECT \"Putin must stop,\" <- she[merkel] verb-after",
                        "DIRECT \"Not yet,\" <- he[smith] verb-after");
    }

    @Test
    void itAndTheyResolveToOrganisationsStatesAndGroups() {
        assertThat(Actors.in(
                                "The Kremlin rejected the claims. \"These reports are false,\" it said in a statement.\n"
                                        + "Britain, France and Germany issued a statement. \"The offensive must stop,\" they said.")
                        .org("Kremlin", "kremlin")
                        .state("Britain", "GB")
                        .state("France", "FR")
                        .state("Germany", "DE")
                        .quotes())
                .containsExactly(
                        "DIRECT \"These reports are false,\" <- it[kremlin] verb-after",
                        "DIRECT \"The offensive must stop,\" <- they[GB,FR,DE] verb-after");
    }

    @Test
    void quoteOnlyParagraphTakesTheSpeakerOfTheParagraphBefore() {
        Actors actors = Actors.in("Erdogan dismissed this claim.\n"
                        + "He criticised Moscow’s statements after his call with Putin.\n"
                        + "\"There was nothing like this in our call. What’s going on?\"")
                .man("Erdogan", "erdogan")
                .mark("Moscow", "RU", "STATE", "METONYM")
                .man("Putin", "putin");

        assertThat(actors.quotes())
                .containsExactly("DIRECT \"There was nothing like this in our call. What’s going on?\" <- He[erdogan]"
                        + " previous-paragraph");
        int he = actors.text().indexOf("He criticised");
        assertThat(actors.analyze().pronouns())
                .containsExactly(new Mention(he, he + 2, "PERSON", "PRONOUN", "erdogan"));
    }

    @Test
    void quoteAfterAnAttributedSentenceKeepsItsSpeaker() {
        assertThat(Actors.in(
                                "\"We have made progress,\" Blinken told reporters after meeting Wang Yi. \"But much remains.\"")
                        .man("Blinken", "blinken")
                        .man("Wang Yi", "wang")
                        .quotes())
                .containsExactly(
                        "DIRECT \"We have made progress,\" <- Blinken[blinken] verb-after",
                        "DIRECT \"But much remains.\" <- Blinken[blinken] previous-sentence");
    }

    @Test
    void multiParagraphQuoteKeepsOneSpeakerForAllPieces() {
        assertThat(Actors.in("\"We will rebuild,\" Zelensky said. \"It will take years.\n\"Nobody should doubt it.\"")
                        .man("Zelensky", "zelensky")
                        .quotes())
                .containsExactly(
                        "DIRECT \"We will rebuild,\" <- Zelensky[zelensky] verb-after",
                        "DIRECT \"It will take years. <- Zelensky[zelensky] previous-sentence",
                        "DIRECT \"Nobody should doubt it.\" <- Zelensky[zelensky] continued-quote");
    }

    @Test
    void britishSingleQuotesWithApostrophes() {
        assertThat(Actors.in("Mr Johnson said: 'We won't let the Tories' rivals win.' 'It's a disgrace,' Labour's Keir"
                                + " Starmer said.")
                        .man("Johnson", "johnson")
                        .org("Labour", "labour")
                        .man("Keir Starmer", "starmer")
                        .quotes())
                .containsExactly(
                        "DIRECT 'We won't let the Tories' rivals win.' <- Johnson[johnson] verb-before",
                        "DIRECT 'It's a disgrace,' <- Keir Starmer[starmer] verb-after");
    }

    @Test
    void unnamedSpeakerRightAfterTheQuoteIsNotReplacedFromContext() {
        assertThat(Actors.in("Smith spoke first.\n\"We stand united,\" a spokesman said.\n\"More later.\"")
                        .man("Smith", "smith")
                        .quotes())
                .containsExactly("DIRECT \"We stand united,\" <- -[] verb-after", "DIRECT \"More later.\" <- -[] ");
    }

    @Test
    void pronounWithoutAnyCompatibleActorStaysUnresolved() {
        Actors actors = Actors.in("Rebels said they would fight. \"We will never surrender,\" they said.");

        assertThat(actors.quotes()).containsExactly("DIRECT \"We will never surrender,\" <- -[] verb-after");
        assertThat(actors.analyze().pronouns()).isEmpty();
    }
}
