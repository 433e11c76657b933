package org.corpusqa.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corpusqa.registry.ActorRegistry;
import org.corpusqa.registry.RegistryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The actor rules on sentences from many countries: name variants, titles by date, metonymy and
 * groups. Each mention renders as {@code text/TYPE/entityId}, in text order.
 */
class ActorFinderTest {
    private static ActorFinder finder;

    @BeforeAll
    static void loadRegistry() throws Exception {
        finder = new ActorFinder(RegistryLoader.load(resource("world.yml")));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // names and derived variants
                row("German Chancellor Olaf Scholz said on Monday.", "2023-12", "Olaf Scholz/NAME/scholz"),
                row("Scholz's coalition wobbled.", "2023-12", "Scholz/NAME/scholz"),
                row(
                        "Chinese President Xi Jinping met Joe Biden.",
                        "2023-11",
                        "Xi Jinping/NAME/xi; Joe Biden/NAME/biden"),
                row(
                        "Xi told Biden that Taiwan was a red line.",
                        "2023-11",
                        "Xi/NAME/xi; Biden/NAME/biden; Taiwan/NAME/TW"),
                row("President Lula flew to Brasilia.", "2023-05", "Lula/NAME/lula"),
                row("Luiz Inacio Lula da Silva won.", "2023-01", "Luiz Inacio Lula da Silva/NAME/lula"),
                row(
                        "Ursula von der Leyen and von der Leyen's aides",
                        "2023-01",
                        "Ursula von der Leyen/NAME/von-der-leyen; von der Leyen/NAME/von-der-leyen"),
                row("Foreign Minister Mevlut Cavusoglu said", "2020-02", "Mevlut Cavusoglu/NAME/cavusoglu"),
                row("ÇAVUŞOĞLU SAID", "2020-02", "ÇAVUŞOĞLU/NAME/cavusoglu"),
                row(
                        "Zelenskyy urged Washington to send more weapons.",
                        "2023-12",
                        "Zelenskyy/NAME/zelensky; Washington/METONYM/US"),
                row(
                        "Indian Prime Minister Narendra Modi and Modi's party",
                        "2023-12",
                        "Narendra Modi/NAME/modi; Modi/NAME/modi"),
                row("the WHO said, but who knows", "2023-12", "WHO/NAME/who"),
                row(
                        "Kremlin spokesman Dmitry Peskov told reporters.",
                        "2023-12",
                        "Kremlin/NAME/kremlin; Dmitry Peskov/NAME/peskov"),
                row(
                        "The Élysée said the Elysee Palace was closed.",
                        "2023-12",
                        "Élysée/NAME/elysee; Elysee Palace/NAME/elysee"),
                row(
                        "Kremlin-backed media and Pro-Scholz voters",
                        "2023-12",
                        "Kremlin/NAME/kremlin; Scholz/NAME/scholz"),
                // states: agent or place
                row(
                        "France, Germany and Italy said they would act.",
                        "2023-12",
                        "France/NAME/FR; Germany/NAME/DE; Italy/NAME/IT"),
                row("U.S. officials said the UK would join.", "2023-12", "U.S./NAME/US; UK/NAME/GB"),
                row("They told us nothing.", "2023-12", ""),
                row("Fighting raged in eastern Ukraine and across Syria.", "2023-12", ""),
                row("Russia's invasion of Ukraine", "2023-12", "Russia/NAME/RU"),
                row("Chile's magnitude-8.8 earthquake killed 700 people.", "2023-12", ""),
                row("Refugees may bring family members to Germany.", "2023-12", ""),
                row(
                        "Talks ended.\n\nParis, keen to protect its champion, dropped its objection.",
                        "2023-12",
                        "Paris/METONYM/FR"),
                row(
                        "Simona Halep of Romania won, as did a team from Radboud University in Nijmegen, the Netherlands.",
                        "2023-12",
                        ""),
                row("Brazil moved its capital from Rio de Janeiro to Brasília in 1960.", "2023-12", "Brazil/NAME/BR"),
                row("The deal suits the Government of Japan.", "2023-12", "Japan/NAME/JP"),
                row("Talks ended.\n\nJakarta, home to 10 million people, is sinking.", "2023-12", ""),
                row(
                        "Talks ended.\n\nWashington, Manila's oldest ally, said it would wait.",
                        "2023-12",
                        "Washington/METONYM/US; Manila/METONYM/PH"),
                row(
                        "Clashes in Syria\n\nBritain, France and Germany have called for a halt.",
                        "2023-12",
                        "Britain/NAME/GB; France/NAME/FR; Germany/NAME/DE"),
                row("Japan appealed to Germany.", "2023-12", "Japan/NAME/JP; Germany/NAME/DE"),
                row(
                        "It is a setback for Karl Ober, the 28-year-old leader of the youth wing.",
                        "2023-12",
                        "Karl Ober/NAME/"),
                row("The Washington-based lender and an Oslo-based firm agreed.", "2023-12", ""),
                row("It brings change to the peoples of Ethiopia and Eritrea.", "2023-12", ""),
                row("Fans partied in Leicester after Leicester won.", "2016-05", "Leicester/NAME/leicester"),
                row(
                        "Ray Nagin ordered everyone out.\n\n\"Go now,\" the mayor said.",
                        "2005-08",
                        "Ray Nagin/NAME/nagin; mayor/TITLE/nagin"),
                row("The court upheld the mayor's election.", "2005-08", ""),
                row(
                        "Ray Nagin ordered everyone out.\n\nWater rose.\n\nRoads closed.\n\nThe mayor had imposed a curfew.",
                        "2005-08",
                        "Ray Nagin/NAME/nagin; mayor/TITLE/nagin"),
                row(
                        "Kazuo Ueda spoke first.\n\n\"Rates will rise,\" the chief executive said. The minister agreed.",
                        "2024-12",
                        "Kazuo Ueda/NAME/ueda"),
                row(
                        "The minister for Indigenous Affairs, Rishi Sunak, spoke.",
                        "2023-12",
                        "minister for Indigenous Affairs/TITLE/sunak; Rishi Sunak/NAME/sunak"),
                row(
                        "Rishi Sunak spoke first.\n\n\"We will act,\" the minister said.",
                        "2023-12",
                        "Rishi Sunak/NAME/sunak; minister/TITLE/sunak"),
                row("Ray Nagin, New Orleans' mayor, said so.", "2005-08", "Ray Nagin/NAME/nagin; mayor/TITLE/nagin"),
                row(
                        "Rishi Sunak, the British prime minister, spoke.",
                        "2023-12",
                        "Rishi Sunak/NAME/sunak; British prime minister/TITLE/sunak"),
                row("Ana Costa, the firm's president, spoke.", "2023-12", "Ana Costa/NAME/"),
                row(
                        "The money lapsed at the end of June, and Athens now needs a bailout.",
                        "2023-12",
                        "Athens/METONYM/GR"),
                row("Refugees fled to Poland and returned from Germany.", "2023-12", ""),
                row("Japan has protested and urged China to stop.", "2023-12", "Japan/NAME/JP; China/NAME/CN"),
                row("the Russia-Ukraine war and the Turkey-Syria border", "2023-12", "Russia/NAME/RU; Ukraine/NAME/UA"),
                row("Egypt's Sinai peninsula and Egypt's position", "2023-12", "Egypt/NAME/EG"),
                row("officials from Qatar and Egypt mediated", "2023-12", "Qatar/NAME/QA; Egypt/NAME/EG"),
                row("New Mexico voted.", "2023-12", ""),
                row("BEIRUT, Lebanon: Israel said", "2023-12", "Israel/NAME/IL"),
                row("Georgia's government said", "2023-12", "Georgia/NAME/GE"),
                row("In Madrid, officials said the plan was ready.", "2023-12", ""),
                row("In the Philippines, voters went to the polls.", "2023-12", ""),
                row("He will fly to Indonesia next week.", "2023-12", ""),
                row("The strike was the first Spain-wide stoppage in years.", "2023-12", ""),
                row("Exporters complained about Mexico tariffs.", "2023-12", "Mexico/NAME/MX"),
                row("Prices of Brazil goods rose, and Japan farmers protested.", "2023-12", ""),
                row("It is a first in Brazil's history.", "2023-12", ""),
                row("Kano, Nigeria's most populous state, voted.", "2023-12", ""),
                row("Japan's state media said so.", "2023-12", "Japan/NAME/JP"),
                row("The loan of US$2bn and HK$5m was approved.", "2023-12", ""),
                // capitals: metonym or place
                row("Paris said it would respond.", "2023-12", "Paris/METONYM/FR"),
                row("Beijing's response was swift.", "2023-12", "Beijing/METONYM/CN"),
                row("Tokyo has protested.", "2023-12", "Tokyo/METONYM/JP"),
                row("He arrived in Tokyo on Friday.", "2023-12", ""),
                row("Talks in Berlin ended without a deal.", "2023-12", ""),
                row("Berlin and Paris agreed to share the costs.", "2023-12", "Berlin/METONYM/DE; Paris/METONYM/FR"),
                row("Kyiv said life in Kiev was calm.", "2023-12", "Kyiv/METONYM/UA"),
                row("Riyadh and Tehran restored ties.", "2023-12", "Riyadh/METONYM/SA; Tehran/METONYM/IR"),
                row("a visit to Riyadh", "2023-12", ""),
                row("They struck a softer tone towards Beijing.", "2023-12", "Beijing/METONYM/CN"),
                row("a permanent body to advise Ottawa on policy", "2023-12", "Ottawa/METONYM/CA"),
                row("a rally in Addis Ababa's Merkato market", "2023-12", ""),
                row("The fire was out, according to Lisbon Mayor Carlos Moedas.", "2023-12", "Carlos Moedas/NAME/"),
                row("new sanctions against Tehran", "2023-12", "Tehran/METONYM/IR"),
                row("New Delhi's stance hardened.", "2023-12", "New Delhi/METONYM/IN"),
                row("the Pyongyang regime and the Pyongyang metro", "2023-12", "Pyongyang/METONYM/KP"),
                row("Ottawa, which backs Kyiv, sent aid", "2023-12", "Ottawa/METONYM/CA; Kyiv/METONYM/UA"),
                row("They accused Moscow of lying.", "2023-12", "Moscow/METONYM/RU"),
                row("the Moscow Times reported", "2023-12", ""),
                row("George Washington slept here.", "2023-12", ""),
                row("MOSCOW (Reuters) - Russia said", "2023-12", "Reuters/NAME/reuters; Russia/NAME/RU"),
                // titles by date
                row("The French president met reporters.", "2023-12", "French president/TITLE/macron"),
                row("the Chinese foreign minister arrived", "2023-12", "Chinese foreign minister/TITLE/wang-yi"),
                row("the Chinese foreign minister arrived", "2023-02", "Chinese foreign minister/TITLE/"),
                row(
                        "Britain's foreign secretary spoke.",
                        "2023-12",
                        "Britain/NAME/GB; foreign secretary/TITLE/cameron"),
                row("the British prime minister", "2016-02", "British prime minister/TITLE/cameron"),
                row("the British prime minister", "2023-12", "British prime minister/TITLE/sunak"),
                row("the top US diplomat", "2023-12", "top US diplomat/TITLE/blinken"),
                row("the top American diplomat", "2023-12", "top American diplomat/TITLE/blinken"),
                row(
                        "Blinken met his Chinese counterpart.",
                        "2023-12",
                        "Blinken/NAME/blinken; Chinese counterpart/TITLE/wang-yi"),
                row("the President of France", "2023-12", "President of France/TITLE/macron"),
                row("Ukraine's president said", "2023-12", "Ukraine/NAME/UA; president/TITLE/zelensky"),
                row(
                        "Japan protested. The prime minister said",
                        "2023-12",
                        "Japan/NAME/JP; prime minister/TITLE/kishida"),
                row("the Kenyan president", "2023-12", "Kenyan president/TITLE/"),
                row(
                        "Voters backed Rishi Sunak.\n\nTurnout was low.\n\nMarkets fell.\n\nThe prime minister said",
                        "2023-12",
                        "Rishi Sunak/NAME/sunak; prime minister/TITLE/sunak"),
                row("Turnout was low.\n\nMarkets fell.\n\nThe prime minister said", "2023-12", ""),
                row(
                        "Japan's army moved in, the country's prime minister said.",
                        "2023-12",
                        "Japan/NAME/JP; prime minister/TITLE/kishida"),
                row("The state's premier said so.", "2023-12", ""),
                row(
                        "At a Group of 20 meeting, U.S. Treasury Secretary Janet Yellen spoke.",
                        "2023-12",
                        "U.S./NAME/US; Janet Yellen/NAME/yellen"),
                row(
                        "\"We are angry,\" said NSW Transport Minister Andrew Constance.",
                        "2023-12",
                        "Andrew Constance/NAME/"),
                row(
                        "Former Leicester striker Gary Lineker called it a miracle.",
                        "2016-05",
                        "Leicester/NAME/leicester; Gary Lineker/NAME/"),
                row(
                        "Sunak conceded. The outgoing prime minister said he would stay on.",
                        "2024-07-04",
                        "Sunak/NAME/sunak; outgoing prime minister/TITLE/sunak"),
                row(
                        "He met the bloc's president, Ursula von der Leyen, on Monday.",
                        "2023-12",
                        "president/TITLE/von-der-leyen; Ursula von der Leyen/NAME/von-der-leyen"),
                row("The firm's president, Ana Costa, said so.", "2023-12", "Ana Costa/NAME/"),
                row(
                        "Britain's former prime minister, Rishi Sunak, spoke.",
                        "2024-12",
                        "Britain/NAME/GB; former prime minister/TITLE/sunak; Rishi Sunak/NAME/sunak"),
                row("the former prime minister, a lawyer, spoke.", "2024-12", ""),
                row(
                        "The bank's governor, Kazuo Ueda, said rates would rise.\n\n"
                                + "Markets fell after the governor spoke.",
                        "2024-12",
                        "governor/TITLE/ueda; Kazuo Ueda/NAME/ueda; governor/TITLE/ueda"),
                row(
                        "Bank of Japan Governor Kazuo Ueda said so.",
                        "2024-12",
                        "Bank of Japan/NAME/boj; Kazuo Ueda/NAME/ueda"),
                row(
                        "Beijing accused Japan's prime minister of stoking tensions.",
                        "2023-12",
                        "Beijing/METONYM/CN; Japan/NAME/JP; prime minister/TITLE/kishida"),
                row(
                        "The Kremlin's demands were rejected.\n\nOlaf Scholz spoke. The chancellor said aid would go on.",
                        "2023-12",
                        "Kremlin/NAME/kremlin; Olaf Scholz/NAME/scholz; chancellor/TITLE/scholz"),
                row("Japanese officials and a spokesman said", "2023-12", ""),
                row("our Chinese counterparts and the former French president", "2023-12", ""),
                row(
                        "the Chinese and Japanese leaders' meeting of the French and German presidents",
                        "2023-12",
                        "French and German presidents/GROUP/"),
                row(
                        "The Russian and French presidents spoke.",
                        "2023-12",
                        "Russian and French presidents/GROUP/putin,macron"),
                // groups
                row(
                        "Biden and Xi met. The two leaders agreed.",
                        "2023-11",
                        "Biden/NAME/biden; Xi/NAME/xi; two leaders/GROUP/biden,xi"),
                row(
                        "France, Germany and Italy signed. The three countries said",
                        "2023-12",
                        "France/NAME/FR; Germany/NAME/DE; Italy/NAME/IT; three countries/GROUP/FR,DE,IT"),
                row(
                        "The Bank of Japan and the Kremlin agreed. The two organisations said so.",
                        "2023-12",
                        "Bank of Japan/NAME/boj; Kremlin/NAME/kremlin; two organisations/GROUP/boj,kremlin"),
                row(
                        "Ray Nagin and Kazuo Ueda met. The two mayors spoke.",
                        "2005-08",
                        "Ray Nagin/NAME/nagin; Kazuo Ueda/NAME/ueda; two mayors/GROUP/nagin,ueda"),
                row(
                        "India and Pakistan traded fire; both countries denied it.",
                        "2023-12",
                        "India/NAME/IN; Pakistan/NAME/PK; both countries/GROUP/IN,PK"),
                // unknown names
                row("Vice-President Fuat Oktay said. Oktay added", "2023-12", "Fuat Oktay/NAME/; Oktay/NAME/"),
                row("\"We will act,\" said Ahmed Hassan, a spokesman for the group.", "2023-12", "Ahmed Hassan/NAME/"),
                row("The Anadolu Agency reported it.", "2023-12", "Anadolu Agency/NAME/"),
                row("Police came.\n\nThe Inspector-General of Police disbanded the unit.", "2023-12", ""),
                row(
                        "Shares fell.\n\nThe case went to the Director of Public Prosecutions Office on Monday.",
                        "2023-12",
                        ""),
                row(
                        "Protests went on.\n\n\"We will be back,\" said Jimmy Sham Tsz-kit, convenor of the front.",
                        "2023-12",
                        "Jimmy Sham Tsz-kit/NAME/"),
                row(
                        "Groups objected.\n\nThe ruling was criticised by European Digital Rights (EDRi), a network of"
                                + " groups, which said that the exemptions were unlawful and that EDRi would sue. A company"
                                + " that makes Blue Ocean (TX) was silent.",
                        "2023-12",
                        "European Digital Rights/NAME/; EDRi/NAME/; EDRi/NAME/"),
                row(
                        "Prices fell.\n\nRystad Energy, an Oslo-based consultancy, put the surplus at 25.",
                        "2023-12",
                        "Rystad Energy/NAME/"),
                row(
                        "Prices fell.\n\nEcolatina, a consultancy in Buenos Aires, and Moscow, a city of millions, agreed.",
                        "2023-12",
                        "Ecolatina/NAME/"),
                row(
                        "Aid came, according to the National Emergency Office, known as ONEMI. ONEMI said more would come.",
                        "2023-12",
                        "National Emergency Office/NAME/; ONEMI/NAME/; ONEMI/NAME/"),
                row(
                        "Voting ended on Sunday.\n\nThe National Electoral Board (NEB) said it met. The NEB said so.",
                        "2023-12",
                        "National Electoral Board/NAME/; NEB/NAME/; NEB/NAME/"),
                row("Mr Smith said so.", "2023-12", "Smith/NAME/"),
                row("Mayor Quinton Lucas thanked the police.", "2023-12", "Quinton Lucas/NAME/"),
                row("General Motors Co cut jobs. Major League Baseball agreed.", "2023-12", ""),
                row(
                        "Treasury Secretary Njuguna Ndung'u said Kenya would pay.",
                        "2023-12",
                        "Njuguna Ndung'u/NAME/; Kenya/NAME/KE"),
                row(
                        "\"It is done,\" said Aoife O'Neill. O'Neill's party won.",
                        "2023-12",
                        "Aoife O'Neill/NAME/; O'Neill/NAME/"),
                row("Health Secretary Wes Streeting said the plan would work.", "2023-12", "Wes Streeting/NAME/"),
                row("Prices rose, said an economist at Banco Pichincha in Quito.", "2023-12", "Banco Pichincha/NAME/"),
                row("A professor at Oxford agreed, as did Grupo Televisa.", "2023-12", "Grupo Televisa/NAME/"),
                row(
                        "\"We are ready,\" said Cameron Ahmad, a spokesman. Cameron resigned.",
                        "2016-02",
                        "Cameron Ahmad/NAME/; Cameron/NAME/cameron"),
                row(
                        "In Manila, President Ferdinand Marcos Jr. said so. Marcos added",
                        "2023-12",
                        "Ferdinand Marcos Jr/NAME/; Marcos/NAME/"),
                row(
                        "Analysts said the Chinese Communist Party faces pressure.",
                        "2023-12",
                        "Chinese Communist Party/NAME/"),
                row("spokesperson Mao Ning said China hoped", "2023-12", "Mao Ning/NAME/; China/NAME/CN"),
                row("Delegates met at the Munich Security Conference.", "2023-12", ""),
                row(
                        "The European Parliament voted.\n\nBenifei, one of the Parliament's negotiators, spoke.",
                        "2023-12",
                        "European Parliament/NAME/ep; Parliament/TITLE/ep"),
                row(
                        "The Bank of Japan held rates. The Bank said inflation was easing.",
                        "2023-12",
                        "Bank of Japan/NAME/boj; Bank/TITLE/boj"),
                row("On Monday, officials said. In March, Reuters reported.", "2023-12", "Reuters/NAME/reuters"),
                row("Turkish Army Says Attack Was Repelled", "2023-12", ""),
                row(
                        "Joe Biden spoke first. \"We owe this to Joe,\" an aide said of Joe Manchin.",
                        "2023-12",
                        "Joe Biden/NAME/biden; Joe/NAME/biden"),
                row("\"Olaf knows,\" she said. Olaf Scholz smiled.", "2023-12", "Olaf Scholz/NAME/scholz"),
                row(
                        "The island's finance minister, Anote Tong de Silva, signed. Its chief executive, Mary Barra.",
                        "2023-12",
                        "Anote Tong de Silva/NAME/; Mary Barra/NAME/"),
                row("The minister, Smith, left. Its director, and others, stayed.", "2023-12", ""),
                // places and common words are no unknown names
                row("Firefighters in Wollongong said the blaze was contained.", "2023-12", ""),
                row("Nova Scotia said on Monday it would ration water.", "2023-12", ""),
                row("The plant in Minas Gerais state will open in May.", "2023-12", ""),
                row("The president spoke from State House in Accra.", "2023-12", ""),
                row("Storms flattened houses, and the House of Tiles was hit.", "2023-12", ""),
                row("The Ministry said aid was coming. The Bank said it would help.", "2023-12", ""),
                // titles stay out of unknown names
                row("Chief Executive Satya Nadella said sales rose.", "2023-12", "Satya Nadella/NAME/"),
                row("\"We are ready,\" club President and CEO Mary Barra said.", "2023-12", "Mary Barra/NAME/"));
    }

    @ParameterizedTest(name = "{0} @{1}")
    @MethodSource("cases")
    void findsActors(String text, String date, String expected) {
        assertThat(render(text, date)).isEqualTo(expected);
    }

    @Test
    void assadIsAmbiguousUntilTheTextNamesOne() {
        ActorFinder.Result alone = finder.find("the Assad regime", DocumentDate.parse("2023-12"));
        assertThat(alone.mentions()).extracting(ActorMention::entityId).containsExactly("");
        assertThat(alone.findings()).extracting(ActorFinding::ruleId).containsExactly(ActorFinding.AMBIGUOUS);

        ActorFinder.Result named =
                finder.find("Bashar al-Assad spoke. The Assad regime said", DocumentDate.parse("2023-12"));
        assertThat(named.mentions()).extracting(ActorMention::entityId).containsExactly("bashar-assad", "bashar-assad");
        assertThat(named.mentions().get(1).matchRule()).isEqualTo("dropped-particle+context");
        assertThat(named.findings()).isEmpty();
    }

    @Test
    void titleThatContradictsTheNameIsAFinding() {
        ActorFinder.Result result =
                finder.find("Turkish President Mevlut Cavusoglu said", DocumentDate.parse("2020-02"));

        assertThat(result.mentions()).extracting(ActorMention::entityId).containsExactly("cavusoglu");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ActorFinding.TITLE_MISMATCH);
            assertThat(f.message()).contains("Turkish President", "president/TR", "2020-02");
        });
    }

    @Test
    void titleMatchingTheRegistryRoleIsNoFinding() {
        String text = "US Secretary of State Antony Blinken said";
        ActorFinder.Result result = finder.find(text, DocumentDate.parse("2023-12"));

        assertThat(result.findings()).isEmpty();
        assertThat(render(text, result)).isEqualTo("US/NAME/US; Antony Blinken/NAME/blinken");
    }

    @Test
    void possessiveEndingIsNotPartOfTheSpan() {
        assertThat(render("Macron’s and Macron´s and Macron's plans", "2023-12"))
                .isEqualTo("Macron/NAME/macron; Macron/NAME/macron; Macron/NAME/macron");
    }

    @Test
    void matchRuleSaysWhichFormMatched() {
        ActorFinder.Result result =
                finder.find("Emmanuel Macron met Macron and Zelenskyy", DocumentDate.parse("2023-12"));

        assertThat(result.mentions()).extracting(ActorMention::matchRule).containsExactly("name", "surname", "alias");
    }

    @Test
    void undatedDocumentsResolveTitlesToTodaysHolders() {
        ActorFinder.Result result = finder.find("the Indian prime minister", Optional.empty());

        assertThat(result.mentions()).singleElement().satisfies(m -> {
            assertThat(m.entityId()).isEqualTo("modi");
            assertThat(m.matchRule()).endsWith("@undated");
        });
    }

    @Test
    void emptyRegistryStillResolvesStates() {
        ActorFinder bare = new ActorFinder(ActorRegistry.empty());

        String text = "Germany said Emmanuel Macron, the French president, agreed.";

        assertThat(render(text, bare.find(text, DocumentDate.parse("2023-12"))))
                .isEqualTo("Germany/NAME/DE; Emmanuel Macron/NAME/; French president/TITLE/");
    }

    private static Arguments row(String text, String date, String expected) {
        return Arguments.of(text, date, expected);
    }

    @Test
    void brusselsActingStandsForTheEuropeanUnionWhenTheRegistryHasIt() throws Exception {
        ActorFinder withEu = new ActorFinder(RegistryLoader.parse(
                """
                actors:
                  - id: eu
                    name: European Union
                    kind: ORGANIZATION
                    aliases: [EU]
                """,
                "inline"));
        String text = "Britain will open exit talks with Brussels. Talks in Brussels began on Monday.";

        assertThat(render(text, withEu.find(text, DocumentDate.parse("2016-06"))))
                .isEqualTo("Britain/NAME/GB; Brussels/METONYM/eu");
        assertThat(render(text, "2016-06")).isEqualTo("Britain/NAME/GB; Brussels/METONYM/BE");
    }

    private static String render(String text, String date) {
        return render(text, finder.find(text, DocumentDate.parse(date)));
    }

    private static String render(String text, ActorFinder.Result result) {
        return result.mentions().stream()
                .map(m -> text.substring(m.begin(), m.end()) + "/" + m.mentionType() + "/" + m.entityId())
                .collect(Collectors.joining("; "));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ActorFinderTest.class.getResource(name).toURI());
    }
}
