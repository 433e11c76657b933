package org.corpusqa.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.corpusqa.registry.ActorKind;
import org.corpusqa.registry.ActorRegistry;
import org.corpusqa.registry.RegistryEntry;
import org.corpusqa.registry.RegistryLoader;
import org.corpusqa.text.TextFolding;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

    private static final String REGISTRY =
            """
            actors:
              - {id: erdogan, name: Recep Tayyip Erdoğan, kind: PERSON}
              - {id: hts, name: Hayat Tahrir al-Sham, kind: ORGANIZATION, aliases: [HTS]}
              - {id: al-qaeda, name: al-Qaeda, kind: ORGANIZATION, aliases: ["al-Qa'ida"]}
              - {id: rfm, name: Russian foreign ministry, kind: ORGANIZATION, aliases: ["Russia's foreign ministry"]}
              - {id: a1, name: Ali Hassan, kind: PERSON}
              - {id: a2, name: Omar Hassan, kind: PERSON}
              - {id: tawadros, name: Tawadros II, kind: PERSON, aliases: [Pope Tawadros]}
              - {id: mohammed, name: Mohammed bin Salman, kind: PERSON, aliases: [Crown Prince Mohammed]}
            """;

    @Test
    void matchesFoldedDiacriticsAndApostrophesOnWordBoundaries() throws Exception {
        assertThat(find("Erdogan, ERDOĞAN and Erdoğans; Russia’s foreign ministry; al-Qa’ida"))
                .containsExactly(
                        "Erdogan=erdogan", "ERDOĞAN=erdogan", "Russia’s foreign ministry=rfm", "al-Qa’ida=al-qaeda");
    }

    @Test
    void requiresTheCapitalsOfTheName() throws Exception {
        assertThat(find("a roast turkey for us, not the US or Turkey; hts and HTS"))
                .containsExactly("US=US", "Turkey=TR", "HTS=hts");
    }

    @Test
    void findsFormsInLowerCaseButNamesOnlyWithTheirCapital() throws Exception {
        assertThat(find("fighters of al-Qaeda met erdogan, then al-Qa'ida met Erdogan"))
                .containsExactly("al-Qaeda=al-qaeda", "al-Qa'ida=al-qaeda", "Erdogan=erdogan");
    }

    @Test
    void annotatesEachNameOfAHyphenatedCompound() throws Exception {
        assertThat(find("the Russia-Turkey deal and Turkey-backed rebels"))
                .containsExactly("Russia=RU", "Turkey=TR", "Turkey=TR");
    }

    @Test
    void titlesInRegistryNamesStayOutOfTheSpan() throws Exception {
        assertThat(find("Pope Tawadros met Crown Prince Mohammed bin Salman."))
                .containsExactly("Tawadros=tawadros", "Mohammed bin Salman=mohammed");
    }

    @Test
    void keepsEveryCandidateOfASharedForm() throws Exception {
        ActorDictionary dictionary = ActorDictionary.compile(RegistryLoader.parse(REGISTRY, "test"));
        String text = "Hassan said";

        ActorDictionary.NameMatch match =
                dictionary.find(text, TextFolding.fold(text)).get(0);

        assertThat(match.unambiguous()).isFalse();
        assertThat(match.candidates()).extracting(ActorDictionary.Candidate::id).containsExactly("a1", "a2");
    }

    @Test
    void answersLookupsForOtherAnnotators() throws Exception {
        ActorDictionary dictionary = ActorDictionary.compile(RegistryLoader.parse(REGISTRY, "test"));

        assertThat(dictionary.lookup("Turkish"))
                .extracting(ActorDictionary.Candidate::source)
                .containsExactly(ActorDictionary.Source.DEMONYM);
        assertThat(dictionary.lookup("Moscow"))
                .extracting(ActorDictionary.Candidate::id)
                .containsExactly("RU");
        assertThat(dictionary.lookup("Erdogan"))
                .extracting(ActorDictionary.Candidate::id)
                .containsExactly("erdogan");
        assertThat(dictionary.countries().isDemonym("Britons")).isTrue();
    }

    @Test
    void compilesATenThousandEntryRegistry() {
        ActorRegistry registry = generated(10_000);
        ActorDictionary.compile(ActorRegistry.empty());

        long start = System.nanoTime();
        ActorDictionary dictionary = ActorDictionary.compile(registry);
        long first = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        ActorDictionary.compile(registry);
        long second = (System.nanoTime() - start) / 1_000_000;
        System.out.println("compiled 10,000 registry entries (" + dictionary.size() + " forms) in " + first
                + " ms, again in " + second + " ms");

        RegistryEntry last = registry.entries().get(9_999);
        String text = "Yesterday " + last.name() + " met officials. " + surname(last.name()) + " said so.";
        assertThat(dictionary.find(text, TextFolding.fold(text)))
                .extracting(m -> text.substring(m.begin(), m.end()))
                .containsExactly(last.name(), surname(last.name()));
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** Distinct made-up persons and organisations, reproducibly. */
    private static ActorRegistry generated(int size) {
        Random random = new Random(42);
        List<RegistryEntry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String given = word(random, 5) + " " + word(random, 6);
            String surname = word(random, 8) + toLetters(i);
            boolean org = i % 5 == 0;
            String name = org ? given + " Agency" : given + " " + surname;
            entries.add(new RegistryEntry(
                    "id" + i,
                    name,
                    org ? ActorKind.ORGANIZATION : ActorKind.PERSON,
                    "",
                    "",
                    org ? List.of(toLetters(i).toUpperCase() + "A") : List.of(),
                    List.of(),
                    i + 1));
        }
        return new ActorRegistry("generated", "generated-" + size, entries);
    }

    private static String word(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        sb.append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private static String toLetters(int n) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return sb.toString();
    }

    private static List<String> find(String text) throws Exception {
        ActorDictionary dictionary = ActorDictionary.compile(RegistryLoader.parse(REGISTRY, "test"));
        return dictionary.find(text, TextFolding.fold(text)).stream()
                .filter(m -> m.first().source() != ActorDictionary.Source.DEMONYM)
                .map(m -> text.substring(m.begin(), m.end()) + "=" + m.first().id())
                .collect(Collectors.toList());
    }
}
