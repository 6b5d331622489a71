"""BLIND_17 (44 products; a Brazilian fashion marketplace's catalog: beachwear, denim, printed tees, football-style
shirts, sundresses, jumpsuits, kidswear; every text from the untuned base model, closed answers generated and kept raw
when unmapped; catalog columns in Portuguese for two thirds of the products): written blind at the end of the
eleventh session and measured blind on the session's final audits (151f8e5): 87/135 and 13/127. Nothing changed for
it. The writer's notes, verbatim:

Blind corpus 17: a Brazilian fashion marketplace's nightly enrichment run, base BLIP-2 OPT-2.7b throughout.

Scenario
--------
A Brazilian marketplace runs the enrichment tool nightly over its catalog: beachwear (biquínis, maiôs, swim
shorts, kaftans and saídas de praia), jeans and denim shorts, printed t-shirts, football-style shirts
(camisas de torcedor), sundresses, crop tops, linen shirts, jumpsuits and macaquinhos, kidswear, and basics for
men and women. Photos are a mix of studio on-model shots, flat-lays (gender None) and lifestyle shots outdoors
(beach, pool, street, garden), so backgrounds with strong colors (sand, sea, sky, grass, brick, painted doors)
are common.

Which system produced which text: every text in this corpus comes from the untuned base model
`Salesforce/blip2-opt-2.7b` (no adapter): its own caption (greedy, 50 new tokens at most) and the default
questionnaire (greedy, 30 new tokens at most). Closed questions are garment_type, color, pattern and
sleeve_length; they were generated freely and then mapped onto the tool's vocabulary, with the raw answer kept
when it did not map, because ranking of closed answers was switched off for this run (so closed texts such as
"bikini", "cover up", "tie dye" or "cherry" are raw generations, and a closed answer can be a non-answer or carry
a leak). Open questions are wearing, description, details and material. The wearing prompt names the person
by the catalog gender (she / he / the boy / the girl; "the person" for flat-lays).

Catalog columns (`extra`), present for about two thirds of the products, are the marketplace's own and in
Portuguese (category, color, title); the rest have {}.

How it was written
------------------
Written blind: the only sources read were ../shared/CONTEXT.md and lines 1-95 of tests/audit_corpus.py (the
helpers, the Text/Case layout and the TARGETS keys). No audit, enrich code, other corpus, doc or test was read,
and no enrich command or audit was run. The closed-question helpers below are my own (built on Text and ask),
so the exact prompt wording of the tool's questionnaire is my guess; only the question ids follow the brief.

Failure kinds were chosen for what the base model does on such a catalog (CONTEXT.md, "What went wrong"): most
failures are wrong colors (a background's, the print's, or another garment's color taken for the product's; one
color repeated for every garment), wrong pronouns, invented details, and answers that say nothing. The base model
usually stops on its own, so loops, cuts and prompt leaks are present but rarer than with the experiments'
adapters; they show up on the long open questions (description, details, material) and occasionally in a caption.

Label conventions and judgement calls
-------------------------------------
* One label per text; when a text has two problems the more visible one wins, in this order: loop, cut, leak,
  non_answer, restated, pronoun, other_garment_color, contradiction, unsupported. hit_limit=True only for texts
  that ran to the token limit (loops and cuts); never on a correct text.
* contradiction: a color, pattern, sleeve length or garment type that the photo (and usually the seller's
  columns or the product's other texts) contradicts, including a background or print color given as the product's
  color in a closed answer or a description ("the top is red" for a white top with red cherries), and an error
  about a non-product garment in a wearing answer ("grey jeans" for black
  jeans under a grey tee).
* other_garment_color: an open answer (wearing / description) that gives the product the color of another garment
  in the photo (the bikini under a cover-up, the jeans under a top, the sandals under a dress). A closed color
  answer with another garment's color is labelled contradiction, since closed answers have no garment context.
* non_answer: no content: "yes" to an open question, "i don't know", "nothing", "fabric", the question's own words
  back ("they are swim shorts", "the jeans are jeans", "describe the shirt"), or a closed answer that is not a value
  (color answered "t-shirt").
* restated: a verbose sentence that only restates the question ("the material of the bikini is the bikini
  material").
* unsupported: a specific claim the photo cannot support (logos, numbers or text on a side not shown, linings, back
  pockets, rips that are not there, a person in a flat-lay, "uv 50", a fabric the photo and title contradict).
  Ordinary material guesses that fit the garment and the photo (cotton tee, denim jeans, polyester swim shorts,
  lycra swimsuit, linen when the title says linho) are counted correct.
* pronoun: he/she/man/woman/boy/girl that disagrees with the catalog gender (for kids: boy vs girl; "young
  woman" for a Girls teen model would not count, but none occurs here).
* Near hues and synonyms count as correct: navy / dark blue / blue for Azul Marinho, cream / white / off white for
  Off White, rust / brown / orange for Terracota, olive / green / khaki for Verde Militar, purple for Lilás, tan /
  beige for sand. A multicolor answer that names the garment's main colors ("black and white" for stripes,
  "blue and white" for a two-tone shirt, "brown" for a leopard print) is correct even if the seller's column is
  'Preto' or 'Estampado'.
* A kaftan called "dress" and a romper called "romper" are correct (no kaftan class in the vocabulary); jeans called
  "pants" is correct. Long sleeves rolled to the elbow answered "short" is labelled contradiction (the product is
  long-sleeved and the title says so), a judgement call a reader might dispute.
* Flat-lay wearing answers that just name the garment are correct; "nothing" is a non-answer; inventing a person
  is unsupported.
"""

from __future__ import annotations

from tests.audit_corpus import Case, Text, ask, caption, describe, details, wearing


def garment_type(text: str, failure: str | None = None) -> Text:
    return Text("garment_type", ask("What type of garment is this?"), "closed", text, failure)


def color(garment: str, text: str, failure: str | None = None) -> Text:
    return Text("color", ask(f"What is the color of the {garment}?"), "closed", text, failure)


def pattern(garment: str, text: str, failure: str | None = None) -> Text:
    return Text("pattern", ask(f"What is the pattern of the {garment}?"), "closed", text, failure)


def sleeves(garment: str, text: str, failure: str | None = None) -> Text:
    return Text("sleeve_length", ask(f"What is the sleeve length of the {garment}?"), "closed", text, failure)


def material(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text("material", ask(f"What is the {garment} made of?"), "open", text, failure, hit_limit)


def is_a(garment: str, text: str, failure: str | None = None) -> Text:
    return Text(f"is_{garment.replace(' ', '_')}", ask(f"Is this a {garment}?"), "closed", text, failure)


BLIND_17: list[Case] = [
    # Studio, on-model: terracotta string bikini (cortininha: triangle top, sliding side ties, no rings or padding),
    # plain white wall. All texts: base model. Brown/orange for terracota are near hues (correct); the wearing answer
    # loops; details invent rings and padding; material gives the garment back.
    Case(
        "BZ-40117",
        (
            caption("a woman in a brown bikini standing in front of a white wall"),
            color("bikini", "orange"),
            wearing(
                "she is wearing a bikini and a bikini and a bikini and a bikini and a bikini and a bikini and a",
                "loop",
                who="she",
                hit_limit=True,
            ),
            details("bikini", "the bikini has gold rings on the sides and a padded push up top", "unsupported"),
            material("bikini", "bikini material", "non_answer"),
        ),
        "Women",
        {"category": "Biquínis", "color": "Terracota", "title": "Biquíni Cortininha Terracota"},
    ),
    # Beach, on-model: navy swim shorts with a small white anchor print, in bright daylight (clearly blue).
    # Base model: black for navy and "solid" for the anchor print are wrong; details only echo the question and the
    # description restates it.
    Case(
        "BZ-40152",
        (
            caption("a man in swim trunks standing on the beach with the ocean behind him"),
            color("swim shorts", "black", "contradiction"),
            pattern("swim shorts", "solid", "contradiction"),
            wearing("he is wearing blue swim trunks", who="he"),
            details("swim shorts", "they are swim shorts", "non_answer"),
            describe("swim shorts", "the swim shorts are swim shorts for swimming", "restated"),
        ),
        "Men",
        {
            "category": "Shorts de Praia",
            "color": "Azul Marinho",
            "title": "Short Praia Masculino Estampa Âncora Marinho",
        },
    ),
    # Poolside lifestyle: off-white crochet saída de praia (plain hem, no fringe or tassels) worn over a black bikini,
    # short kimono sleeves. Base model. The wearing answer with the bikini's black is correct; the closed color took the
    # bikini's black; the description loops on it; material invents fringe and tassels.
    Case(
        "BZ-40198",
        (
            caption("a woman in a white crochet cover up standing next to a swimming pool"),
            garment_type("cover up"),
            color("cover up", "black", "contradiction"),
            wearing("a white cover up over a black bikini", who="she"),
            describe(
                "cover up",
                "the cover up is black and the cover up is black and the cover up is black and the cover "
                "up is black and the cover up",
                "loop",
                hit_limit=True,
            ),
            material(
                "cover up",
                "the cover up is made of crochet and has a fringe at the bottom and tassels on the sleeves",
                "unsupported",
            ),
        ),
        "Women",
        {"category": "Saídas de Praia", "color": "Off White", "title": "Saída de Praia Crochê Off White"},
    ),
    # Studio, on-model: yellow football-style shirt (camisa de torcedor) with green V-neck trim and cuffs, no crest
    # or brand logo, worn with white shorts. Base model. "brazil soccer jersey" describes the style (correct); the
    # closed color took the trim; the details invent a crest and a logo; the material answer echoes the prompt.
    Case(
        "BZ-40233",
        (
            caption("a man wearing a yellow and green soccer jersey"),
            color("shirt", "green", "contradiction"),
            sleeves("shirt", "short"),
            wearing("a brazil soccer jersey and white shorts", who="he"),
            details(
                "shirt", "the shirt has the cbf logo on the chest and the nike swoosh on the right side", "unsupported"
            ),
            material("shirt", "polyester Question: What is the shirt made of? Answer: polyester", "leak"),
        ),
        "Men",
        {"category": "Camisetas", "color": "Amarelo", "title": "Camisa Torcedor Amarela Gola V Verde"},
    ),
    # Garden lifestyle: yellow sundress with small white daisies, thin straps, smocked bodice; lots of green foliage.
    # Base model. Closed color took the foliage; the description runs to the limit; material says nothing.
    Case(
        "BZ-40260",
        (
            caption("a woman in a yellow floral dress standing in a garden with green plants"),
            color("dress", "green", "contradiction"),
            wearing("a yellow sundress", who="she"),
            describe(
                "dress",
                "the dress is a short sundress with a sweetheart neckline, thin straps, a smocked bodice, "
                "a ruffled hem and two side pockets hidden in the",
                "cut",
                hit_limit=True,
            ),
            details("dress", "it has flowers"),
            material("dress", "the dress is made of a lightweight fabric that is perfect for summer", "non_answer"),
        ),
        "Women",
        {},
    ),
    # Studio, on-model: white tee with a black-line toucan print (orange beak) and "RIO" lettering; black shorts.
    # Base model. Print and shorts colors in the wearing/details answers are correct; closed color took the black;
    # the pattern question got the garment back; material loops.
    Case(
        "BZ-40291",
        (
            caption("a man wearing a white t-shirt with a toucan on it"),
            color("t-shirt", "black", "contradiction"),
            pattern("t-shirt", "t-shirt", "non_answer"),
            wearing("a white shirt and black shorts", who="he"),
            details(
                "t-shirt", "the t-shirt has a picture of a bird with an orange beak and the word rio written in black"
            ),
            material(
                "t-shirt",
                "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
                "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
                "loop",
                hit_limit=True,
            ),
        ),
        "Men",
        {"category": "Camisetas", "color": "Branco", "title": "Camiseta Estampa Tucano Rio Branca"},
    ),
    # Street lifestyle: light-wash high-waisted denim shorts with frayed hem, white crop top, grey pavement.
    # Base model. Closed color took the top; wearing has the wrong pronoun; description is the question back.
    Case(
        "BZ-40305",
        (
            caption("a woman in a white top and denim shorts walking down the street"),
            color("shorts", "white", "contradiction"),
            wearing("he is wearing a white top and jean shorts", "pronoun", who="she"),
            describe("shorts", "they are shorts", "non_answer"),
            details("shorts", "frayed hem"),
        ),
        "Women",
        {"category": "Shorts", "color": "Azul Claro", "title": "Short Jeans Cintura Alta Barra Desfiada"},
    ),
    # Flat-lay on white: kids' orange tee with a green dinosaur print (no person). Base model. The wearing answer
    # invents a boy; the description starts with the answer tag; details loop; material names no material.
    Case(
        "BZ-40318",
        (
            caption("an orange t-shirt with a dinosaur on it"),
            color("t-shirt", "orange"),
            wearing("a boy wearing an orange dinosaur shirt", "unsupported"),
            describe("t-shirt", "Answer: it is an orange t-shirt with a dinosaur", "leak"),
            details(
                "t-shirt",
                "the dinosaur is green and has spikes on its back and the dinosaur is green and has spikes "
                "on its back and the dinosaur is",
                "loop",
                hit_limit=True,
            ),
            material("t-shirt", "it is made of fabric", "non_answer"),
        ),
        None,
        {},
    ),
    # Studio, on-model: military-green linen wide-leg jumpsuit, sleeveless, tie waist, front view. Base model.
    # "dress" for the jumpsuit and "long" sleeves are wrong; the description is only the garment's name; material adds a
    # back zipper a front view cannot show.
    Case(
        "BZ-40342",
        (
            caption("a woman in a green jumpsuit posing for a picture"),
            garment_type("dress", "contradiction"),
            sleeves("jumpsuit", "long", "contradiction"),
            wearing("an olive green jumpsuit with a belt", who="she"),
            describe("jumpsuit", "it is a jumpsuit", "non_answer"),
            material("jumpsuit", "linen with a hidden zipper on the back", "unsupported"),
        ),
        "Women",
        {"category": "Macacões", "color": "Verde Militar", "title": "Macacão Pantalona Linho Verde Militar"},
    ),
    # Beach at sunset: white long-sleeve linen shirt, sleeves rolled to the elbow, one chest pocket, beige shorts.
    # Base model. Closed color and the description took the shorts' beige; "short" sleeves for rolled long sleeves
    # (judgement call, see docstring); material leaks the answer tag.
    Case(
        "BZ-40377",
        (
            caption("a man in a white shirt and khaki shorts standing on a beach at sunset"),
            color("shirt", "beige", "contradiction"),
            sleeves("shirt", "short", "contradiction"),
            wearing("a white button up shirt and beige shorts", who="he"),
            describe("shirt", "the shirt is beige with white buttons", "other_garment_color"),
            details("shirt", "the shirt has a pocket on the left side"),
            material("shirt", "Answer: linen", "leak"),
        ),
        "Men",
        {"category": "Camisas", "color": "Branco", "title": "Camisa Linho Manga Longa Branca"},
    ),
    # Studio, on-model: black ribbed sleeveless crop top with blue jeans. Base model. Closed color and description
    # took the jeans' blue; material restates the question.
    Case(
        "BZ-40398",
        (
            caption("a woman wearing a black crop top and blue jeans"),
            color("top", "blue", "contradiction"),
            wearing("a black crop top and jeans", who="she"),
            describe("top", "the top is blue", "other_garment_color"),
            details("top", "it is ribbed"),
            material("top", "the top is made of the same material as the top", "restated"),
        ),
        "Women",
        {},
    ),
    # Park lifestyle: girl (about 6) in a pink-and-white gingham sundress with a small bow at the neckline, on grass,
    # bare head. Base model. Closed color took the grass; wearing calls her a boy; details invent a headband; material
    # loops.
    Case(
        "BZ-40412",
        (
            caption("a little girl in a pink and white checkered dress standing in the grass"),
            color("dress", "green", "contradiction"),
            pattern("dress", "checkered"),
            wearing("a little boy wearing a pink dress", "pronoun", who="the girl"),
            details("dress", "the dress has a bow on the front and a matching headband", "unsupported"),
            material(
                "dress",
                "the dress is made of cotton and has a lining and a zipper on the back and a lining and a "
                "zipper on the back and a",
                "loop",
                hit_limit=True,
            ),
        ),
        "Girls",
        {"category": "Vestidos Infantis", "color": "Rosa", "title": "Vestido Infantil Xadrez Vichy Rosa"},
    ),
    # Studio, on-model: dark-wash slim jeans with a white tee. Base model: the tee's white repeated for the jeans in
    # the closed color and in the wearing answer; details say nothing.
    Case(
        "BZ-40436",
        (
            caption("a man in a white t-shirt and jeans"),
            color("jeans", "white", "contradiction"),
            wearing("a white t-shirt and white jeans", "other_garment_color", who="he"),
            details("jeans", "the jeans are jeans", "non_answer"),
            material("jeans", "denim"),
        ),
        "Men",
        {"category": "Calças Jeans", "color": "Azul Escuro", "title": "Calça Jeans Slim Lavagem Escura"},
    ),
    # Beach, on-model: black-and-white horizontal striped triangle bikini. Base model. "black and white" is right;
    # the caption's sand and sky are right; wearing says "he"; details loop; material restates.
    Case(
        "BZ-40458",
        (
            caption("a woman in a black and white striped bikini on a sandy beach under a blue sky"),
            color("bikini", "black and white"),
            pattern("bikini", "striped"),
            wearing("he is wearing a bikini", "pronoun", who="she"),
            details(
                "bikini",
                "the bikini has stripes on the top and stripes on the bottom and stripes on the top and "
                "stripes on the bottom and stripes on the",
                "loop",
                hit_limit=True,
            ),
            material("bikini", "the material of the bikini is the bikini material", "restated"),
        ),
        "Women",
        {},
    ),
    # Flat-lay on wood: kids' denim overalls (jardineira) with a yellow embroidered flower on the bib pocket.
    # Base model. Description loops; details carry a prompt continuation; material claims fiber content and origin the
    # photo cannot show.
    Case(
        "BZ-40467",
        (
            caption("a pair of denim overalls with a flower embroidered on the pocket"),
            color("overalls", "blue"),
            wearing("a pair of overalls"),
            describe(
                "overalls",
                "the overalls are made of denim and have a flower on the front pocket and two buttons on "
                "the straps and two buttons on the straps and two buttons on",
                "loop",
                hit_limit=True,
            ),
            details("overalls", "a flower Question: what is the color of the flower? Answer: yellow", "leak"),
            material("overalls", "100% organic cotton denim made in brazil", "unsupported"),
        ),
        None,
        {"category": "Jardineiras Infantis", "color": "Azul", "title": "Jardineira Jeans Infantil Bordado Flor"},
    ),
    # Studio, on-model: heather-grey crew-neck basic tee, plain, black jeans. Base model. The wearing answer repeats
    # grey for the black jeans (one color for every garment); details invent a logo; material says nothing.
    Case(
        "BZ-40489",
        (
            caption("a man wearing a grey t-shirt and black jeans"),
            color("t-shirt", "grey"),
            wearing("a grey t-shirt and grey jeans", "contradiction", who="he"),
            describe("t-shirt", "a plain grey t-shirt with a crew neck and short sleeves"),
            details("t-shirt", "the t-shirt has a small logo on the chest", "unsupported"),
            material("t-shirt", "fabric", "non_answer"),
        ),
        "Men",
        {"category": "Camisetas", "color": "Cinza Mescla", "title": "Camiseta Básica Gola Careca Cinza Mescla"},
    ),
    # Beach lifestyle: long blue-and-white tie-dye kaftan with wide sleeves to the wrist. Base model. "dress" for a
    # kaftan is accepted; the caption loops on the sky; details only name the garment; "short" sleeves are wrong.
    Case(
        "BZ-40501",
        (
            caption(
                "a woman in a blue and white tie dye dress walking on the beach with the ocean in the "
                "background and a blue sky with white clouds and a blue sky with white clouds and a blue "
                "sky with white clouds and a",
                "loop",
                hit_limit=True,
            ),
            garment_type("dress"),
            pattern("kaftan", "tie dye"),
            sleeves("kaftan", "short", "contradiction"),
            wearing("a blue and white dress", who="she"),
            details("kaftan", "the kaftan is a kaftan", "non_answer"),
        ),
        "Women",
        {"category": "Saídas de Praia", "color": "Estampado", "title": "Kaftan Longo Tie Dye Azul"},
    ),
    # Beach lifestyle: boy (about 5) in red swim shorts with a small white palm-tree print, playing in sand.
    # Base model. "solid" misses the print; wearing says "she"; the one-word description is correct.
    Case(
        "BZ-40523",
        (
            caption("a young boy in red swim trunks playing in the sand"),
            pattern("shorts", "solid", "contradiction"),
            wearing("she is wearing red shorts", "pronoun", who="the boy"),
            describe("shorts", "red"),
            details("shorts", "the shorts have palm trees on them"),
            material("shorts", "the shorts are made of shorts", "restated"),
        ),
        "Boys",
        {},
    ),
    # Studio, on-model: light-wash wide-leg jeans with a terracotta blouse. Base model. Closed color and wearing
    # gave the blouse's orange to the jeans; description runs to the limit.
    Case(
        "BZ-40550",
        (
            caption("a woman wearing an orange top and light blue jeans"),
            color("jeans", "orange", "contradiction"),
            wearing("an orange blouse and orange pants", "other_garment_color", who="she"),
            describe(
                "jeans",
                "the jeans are wide leg and high waisted with a light wash and a button fly with five "
                "buttons and a belt loop on the back with a leather patch that",
                "cut",
                hit_limit=True,
            ),
            material("jeans", "denim"),
        ),
        "Women",
        {"category": "Calças Jeans", "color": "Azul Claro", "title": "Calça Jeans Wide Leg Clara"},
    ),
    # Flat-lay on white: navy piqué polo with white tipping on collar and cuffs, no logo. Base model. Closed color
    # took the tipping; "striped" for a solid body with tipped trim is wrong; details are right until the invented logo;
    # "pique cotton" matches the texture and the title.
    Case(
        "BZ-40566",
        (
            caption("a navy blue polo shirt with white stripes on the collar"),
            color("polo shirt", "white", "contradiction"),
            pattern("polo shirt", "striped", "contradiction"),
            details(
                "polo shirt",
                "it has a collar and two buttons and white trim on the sleeves and a small embroidered "
                "logo on the chest",
                "unsupported",
            ),
            material("polo shirt", "pique cotton"),
        ),
        None,
        {"category": "Polos", "color": "Azul Marinho", "title": "Camisa Polo Piquet Marinho Friso Branco"},
    ),
    # Outdoor café: white puff-sleeve crop blouse with small red cherry print, denim mini skirt. Base model. "cherry"
    # is a raw pattern answer (correct); material continues with a new question; the description gives the print's red
    # as the top's color; details loop.
    Case(
        "BZ-40588",
        (
            caption("a woman in a white top with cherries on it and a denim skirt"),
            color("top", "white"),
            pattern("top", "cherry"),
            material("top", "Answer: cotton Question: What is the color of the top? Answer: white", "leak"),
            wearing("a white top and a blue skirt", who="she"),
            describe("top", "the top is red", "contradiction"),
            details(
                "top",
                "the top has puffy sleeves and a red cherry print and a square neckline and puffy sleeves "
                "and a red cherry print and a square",
                "loop",
                hit_limit=True,
            ),
        ),
        "Women",
        {},
    ),
    # Studio, on-model: military-green chino bermuda with a white tee. Base model. "khaki" accepted for verde
    # militar; details loop; material leaks the prompt; description gives the tee's white to the shorts.
    Case(
        "BZ-40603",
        (
            caption("a man in a white shirt and green shorts"),
            color("shorts", "khaki"),
            wearing("a white t-shirt and olive shorts", who="he"),
            describe("shorts", "the shorts are white", "other_garment_color"),
            details(
                "shorts",
                "the shorts have two pockets on the front and two pockets on the back and two pockets on "
                "the front and two pockets on the back and",
                "loop",
                hit_limit=True,
            ),
            material("shorts", "Question: What is the shorts made of? Answer: cotton", "leak"),
        ),
        "Men",
        {"category": "Bermudas", "color": "Verde Militar", "title": "Bermuda Chino Masculina Verde Militar"},
    ),
    # Beach, on-model: red one-piece swimsuit (maiô), deep V neck, low back, no hardware. Base model. Caption says
    # "a man"; the description runs to the limit; details invent cutouts and a ring; "lycra" accepted.
    Case(
        "BZ-40619",
        (
            caption("a man in a red swimsuit standing on the beach", "pronoun"),
            color("swimsuit", "red"),
            wearing("a red one piece swimsuit", who="she"),
            describe(
                "swimsuit",
                "it is a red swimsuit with a deep v neckline and a low back and thin straps that cross at "
                "the back and a high cut leg and a small",
                "cut",
                hit_limit=True,
            ),
            details(
                "swimsuit",
                "the swimsuit has cutouts on the sides and a gold ring in the middle of the chest",
                "unsupported",
            ),
            material("swimsuit", "lycra"),
        ),
        "Women",
        {"category": "Maiôs", "color": "Vermelho", "title": "Maiô Decote V Vermelho"},
    ),
    # Outdoor, seated on a wooden bench: blue-and-white vertical striped linen shirt, white shorts. Base model.
    # Details answered "yes"; material runs into marketing copy and is cut; description restates.
    Case(
        "BZ-40644",
        (
            caption("a woman wearing a blue and white striped shirt sitting on a bench"),
            color("shirt", "blue"),
            wearing("she is wearing a striped shirt and white shorts", who="she"),
            details("shirt", "yes", "non_answer"),
            describe("shirt", "the shirt is a shirt that she is wearing on her body", "restated"),
            material(
                "shirt",
                "the shirt is made of cotton and linen blend with a soft feel and a relaxed fit, perfect "
                "for summer days at the beach or a casual night out with",
                "cut",
                hit_limit=True,
            ),
        ),
        "Women",
        {},
    ),
    # Studio, on-model: retro football shirt, black and white vertical stripes, no crest, front view only.
    # Base model. "black and white" is right despite seller 'Preto'; material continues with a new question; details
    # invent a number on the unseen back; the description is a token loop.
    Case(
        "BZ-40670",
        (
            caption("a man in a black and white striped soccer jersey"),
            color("jersey", "black and white"),
            material("jersey", "polyester Question: Is this a shirt? Answer: yes", "leak"),
            wearing("he is wearing a soccer uniform", who="he"),
            details("jersey", "the jersey has the number 10 on the back and the name of the player", "unsupported"),
            describe(
                "jersey",
                "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
                "loop",
                hit_limit=True,
            ),
        ),
        "Men",
        {"category": "Camisetas", "color": "Preto", "title": "Camisa Retrô Listrada Preta e Branca"},
    ),
    # Studio, on-model: girl (about 8) in a lilac tee with a glitter unicorn print, with denim shorts. Base model.
    # Purple for lilás is right; the description gives the shorts' blue to the tee; details run to the limit; material
    # restates.
    Case(
        "BZ-40688",
        (
            caption("a little girl wearing a purple shirt with a unicorn on it"),
            color("t-shirt", "purple"),
            wearing("a purple shirt and blue shorts", who="the girl"),
            describe("t-shirt", "the t-shirt is blue", "other_garment_color"),
            details(
                "t-shirt",
                "the unicorn has a rainbow mane and a golden horn and there are stars and hearts all "
                "around it and the words",
                "cut",
                hit_limit=True,
            ),
            material("t-shirt", "the t-shirt is made of the t-shirt fabric", "restated"),
        ),
        "Girls",
        {"category": "Camisetas Infantis", "color": "Lilás", "title": "Camiseta Infantil Unicórnio Glitter Lilás"},
    ),
    # Studio, on-model: off-white ribbed tank top with beige linen trousers, woman model. Base model. The caption
    # says "a man"; "cream" is right; the description gives the trousers' beige to the tank; details only name the
    # garment.
    Case(
        "BZ-40702",
        (
            caption("a man wearing a white tank top and beige pants", "pronoun"),
            color("tank top", "cream"),
            wearing("a white tank top and beige pants", who="she"),
            describe("tank top", "the tank top is beige", "other_garment_color"),
            details("tank top", "it is a tank top", "non_answer"),
            material("tank top", "ribbed cotton"),
        ),
        "Women",
        {"category": "Regatas", "color": "Off White", "title": "Regata Básica Canelada Off White"},
    ),
    # Flat-lay on white: turquoise swim trunks with a green tropical-leaf print, front view. Base model. A leaf
    # print mapped to "floral" is accepted; "nothing" for the wearing question is a non-answer; details and material
    # invent a lining, a back pocket and UV protection that a front flat-lay cannot show.
    Case(
        "BZ-40715",
        (
            caption("a pair of blue swim trunks with green leaves on them"),
            color("swim trunks", "blue"),
            pattern("swim trunks", "floral"),
            wearing("nothing", "non_answer"),
            details(
                "swim trunks",
                "the swim trunks have a drawstring waist and a mesh lining and a back pocket with velcro",
                "unsupported",
            ),
            material("swim trunks", "nylon with a quick dry mesh inner brief and uv protection", "unsupported"),
        ),
        None,
        {},
    ),
    # Street lifestyle: white eyelet (laise) midi dress with short flutter sleeves, straw hat, brown sandals, in front
    # of a blue door. Base model. Caption's blue door and the wearing answer's other items are correct; "long" sleeves
    # are wrong; the description gives the sandals' brown to the dress; material loops.
    Case(
        "BZ-40731",
        (
            caption("a woman in a white dress and a straw hat standing in front of a blue door"),
            color("dress", "white"),
            sleeves("dress", "long", "contradiction"),
            wearing("a white dress, a straw hat and brown sandals", who="she"),
            describe("dress", "the dress is brown", "other_garment_color"),
            details("dress", "the dress has small holes in the fabric"),
            material(
                "dress",
                "the dress is made of lace lace lace lace lace lace lace lace lace lace lace lace lace "
                "lace lace lace lace lace lace lace lace",
                "loop",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Vestidos", "color": "Branco", "title": "Vestido Midi Laise Branco"},
    ),
    # Against a red brick wall: medium-wash denim bermuda with a black tee. Base model. Closed color and wearing
    # give the tee's black to the shorts; details only restate the garment; the description is right.
    Case(
        "BZ-40755",
        (
            caption("a man wearing a black t-shirt and denim shorts standing against a red brick wall"),
            color("shorts", "black", "contradiction"),
            wearing("a black shirt and black shorts", "other_garment_color", who="he"),
            describe("shorts", "blue denim shorts with rolled up hems"),
            details("shorts", "the shorts are short", "non_answer"),
        ),
        "Men",
        {},
    ),
    # Studio, on-model: black strappy romper (macaquinho) with a tie waist; short legs visible; front view, no
    # pockets. Base model. The wearing answer calls it a dress; details invent a back zipper and pockets; material
    # restates.
    Case(
        "BZ-40779",
        (
            caption("a woman in a black romper posing for the camera"),
            garment_type("romper"),
            is_a("dress", "no"),
            wearing("she is wearing a black dress", "contradiction", who="she"),
            details("romper", "the romper has a zipper on the back and two side pockets", "unsupported"),
            material("romper", "the romper is made of a black romper", "restated"),
        ),
        "Women",
        {"category": "Macacões", "color": "Preto", "title": "Macaquinho Alcinha Preto"},
    ),
    # Grass pitch lifestyle: boy (about 9) in a blue football shirt with short white sleeves and a white "7" on the
    # chest, no badge, white shorts, holding a ball. Base model. "long" sleeves wrong; details run to the limit;
    # "soccer" is no material; the description loops.
    Case(
        "BZ-40801",
        (
            caption("a young boy in a blue and white soccer jersey holding a soccer ball"),
            color("shirt", "blue and white"),
            sleeves("shirt", "long", "contradiction"),
            wearing("a blue shirt and white shorts", who="the boy"),
            details(
                "shirt",
                "the shirt has the number 7 on the front and a white collar and white sleeves and a small "
                "badge on the left side of the chest and the",
                "cut",
                hit_limit=True,
            ),
            material("shirt", "soccer", "non_answer"),
            describe(
                "shirt",
                "the boy is wearing a blue and white jersey and the boy is wearing a blue and white jersey "
                "and the boy is wearing a",
                "loop",
                hit_limit=True,
            ),
        ),
        "Boys",
        {"category": "Camisetas Infantis", "color": "Azul", "title": "Camisa Infantil Futebol Azul Manga Branca"},
    ),
    # Beach, lying on a striped towel: leopard-print (onça) bandeau bikini with side-tie bottoms, sunglasses.
    # Base model. Every text is correct: brown for a leopard print, a raw "leopard" pattern, sunglasses named.
    Case(
        "BZ-40825",
        (
            caption("a woman in a leopard print bikini laying on a towel on the beach"),
            color("bikini", "brown"),
            pattern("bikini", "leopard"),
            wearing("a leopard print bikini and sunglasses", who="she"),
            details("bikini", "the top is a bandeau and the bottom has ties on the side"),
            material("bikini", "spandex"),
        ),
        "Women",
        {"category": "Biquínis", "color": "Estampado", "title": "Biquíni Top Faixa Onça"},
    ),
    # Flat-lay on white: a kit of three identical black basic tees. Base model. Closed color took the background;
    # the description loops; "there are three of them" is a short correct detail; material is a non-answer.
    Case(
        "BZ-40840",
        (
            caption("three black t-shirts laid out on a white background"),
            color("t-shirt", "white", "contradiction"),
            wearing("a black shirt"),
            describe(
                "t-shirt",
                "the t-shirt is black and the t-shirt is black and the t-shirt is black and the t-shirt is "
                "black and the t-shirt is black and the",
                "loop",
                hit_limit=True,
            ),
            details("t-shirt", "there are three of them"),
            material("t-shirt", "i don't know", "non_answer"),
        ),
        None,
        {"category": "Camisetas", "color": "Preto", "title": "Kit 3 Camisetas Básicas Pretas"},
    ),
    # Field lifestyle: terracotta linen midi dress with buttons down the front and a tie waist, tall dry grass.
    # Base model. Rust/brown are right; wearing says "he"; "silk" is contradicted by the linen texture and title
    # (unsupported); the description loops.
    Case(
        "BZ-40866",
        (
            caption("a woman in a rust colored dress walking through a field of tall grass"),
            color("dress", "brown"),
            wearing("he is wearing a brown dress", "pronoun", who="she"),
            describe(
                "dress",
                "the dress is a midi dress with buttons down the front and a tie waist and short sleeves "
                "and a v neck and a tie waist and short sleeves and",
                "loop",
                hit_limit=True,
            ),
            details("dress", "buttons down the front"),
            material("dress", "silk", "unsupported"),
        ),
        "Women",
        {"category": "Vestidos", "color": "Terracota", "title": "Vestido Midi Linho Botões Terracota"},
    ),
    # In shallow sea water: girl (about 4) in a yellow ruffled bikini. Base model. The wearing answer calls her a
    # boy; the description is right; details restate the question; material carries the answer tag.
    Case(
        "BZ-40890",
        (
            caption("a little girl in a yellow bikini playing in the water"),
            color("bikini", "yellow"),
            wearing("a little boy in a yellow bikini with ruffles", "pronoun", who="the girl"),
            describe("bikini", "she is wearing a yellow bikini"),
            details("bikini", "the bikini details are the details on the bikini", "restated"),
            material("bikini", "Answer: nylon", "leak"),
        ),
        "Girls",
        {},
    ),
    # Beach lifestyle: navy tee with a white surfboard print and "FLORIPA" across the front, khaki shorts. Front
    # view only. Base model. The description inverts print and ground; details invent back text; material leaks.
    Case(
        "BZ-40912",
        (
            caption("a man wearing a blue shirt with a surfboard on it standing on a beach"),
            color("t-shirt", "navy"),
            wearing("a navy t-shirt and khaki shorts", who="he"),
            describe("t-shirt", "the t-shirt is white with a blue surfboard on it", "contradiction"),
            details("t-shirt", "the t-shirt says floripa surf club est 1987 on the back", "unsupported"),
            material("t-shirt", "cotton Question: what is the pattern of the t-shirt? Answer: graphic", "leak"),
        ),
        "Men",
        {},
    ),
    # Studio, grey wall: black skinny jeans (no rips) with a white blouse. Base model. Closed color took the wall;
    # the description gives the blouse's white to the jeans; details invent ripped knees.
    Case(
        "BZ-40935",
        (
            caption("a woman in a white blouse and black jeans standing against a grey wall"),
            garment_type("pants"),
            color("jeans", "grey", "contradiction"),
            wearing("a white blouse and black jeans", who="she"),
            describe("jeans", "the jeans are white", "other_garment_color"),
            details("jeans", "skinny with ripped knees", "unsupported"),
        ),
        "Women",
        {"category": "Calças Jeans", "color": "Preto", "title": "Calça Jeans Skinny Preta"},
    ),
    # Sitting on a pool edge: solid orange swim shorts. Base model. Wearing says "she"; the short description is
    # right; material restates; details loop.
    Case(
        "BZ-40957",
        (
            caption("a man in orange swim trunks sitting on the edge of a pool"),
            color("swim trunks", "orange"),
            pattern("swim trunks", "solid"),
            wearing("she is wearing orange shorts", "pronoun", who="he"),
            describe("swim trunks", "the swim trunks are orange"),
            material("swim trunks", "the swim trunks are made of a material that is used for swim trunks", "restated"),
            details(
                "swim trunks",
                "the swim trunks are orange and they have a drawstring and they are orange and they have a "
                "drawstring and they are orange and they",
                "loop",
                hit_limit=True,
            ),
        ),
        "Men",
        {"category": "Shorts de Praia", "color": "Laranja", "title": "Short Praia Liso Laranja"},
    ),
    # Beach lifestyle: sheer black tulle kimono with fringe, worn over a red bikini. Base model. Closed color and
    # description took the bikini's red; wearing and details are right; material runs to the limit.
    Case(
        "BZ-40978",
        (
            caption("a woman in a red bikini and a black cover up on the beach"),
            garment_type("kimono"),
            color("kimono", "red", "contradiction"),
            wearing("a red bikini and a black kimono", who="she"),
            describe("kimono", "the kimono is red", "other_garment_color"),
            details("kimono", "fringe"),
            material(
                "kimono",
                "the kimono is made of a sheer black mesh fabric with long fringe along the hem and the "
                "sleeves and it is lightweight and flowy so it is perfect to wear over",
                "cut",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Saídas de Praia", "color": "Preto", "title": "Kimono Praia Tule Franjas Preto"},
    ),
    # Studio, on-model: sand-colored short-sleeve linen shirt, camp collar, plain buttons, no pocket, white trousers.
    # Base model. "tan" is right; wearing says "she"; the description echoes the prompt; details run to the limit
    # inventing a pocket; "linen" fits the visible slub texture.
    Case(
        "BZ-41003",
        (
            caption("a man wearing a beige button down shirt with short sleeves"),
            color("shirt", "tan"),
            wearing("she is wearing a beige shirt and white pants", "pronoun", who="he"),
            describe("shirt", "describe the shirt", "non_answer"),
            details(
                "shirt",
                "the shirt has a cuban collar, coconut buttons, a chest pocket embroidered with the brand "
                "logo and side vents at the hem with a",
                "cut",
                hit_limit=True,
            ),
            material("shirt", "linen"),
        ),
        "Men",
        {},
    ),
    # Studio, on-model: boy (about 7) in a white tee with green-and-yellow "BRASIL" lettering, green shorts.
    # Base model. Caption calls him a girl; closed color and description took the shorts' green.
    Case(
        "BZ-41020",
        (
            caption("a little girl wearing a white t-shirt and green shorts", "pronoun"),
            color("t-shirt", "green", "contradiction"),
            wearing("a white shirt that says brasil and green shorts", who="the boy"),
            describe("t-shirt", "the t-shirt is green with the word brasil in yellow", "other_garment_color"),
            details("t-shirt", "the word brasil"),
        ),
        "Boys",
        {"category": "Camisetas Infantis", "color": "Branco", "title": "Camiseta Infantil Brasil Branca"},
    ),
    # Studio, on-model: oversized off-white tee with black "SAUDADE" text print (nothing else printed), black biker
    # shorts. Base model. "solid" misses the print; wearing gives the shorts' black to the tee; details invent a heart.
    Case(
        "BZ-41047",
        (
            caption("a woman in a white t-shirt with the word saudade written on it"),
            color("t-shirt", "white"),
            pattern("t-shirt", "solid", "contradiction"),
            wearing("a black t-shirt and black shorts", "other_garment_color", who="she"),
            describe("t-shirt", "an oversized white t-shirt with black letters"),
            details(
                "t-shirt",
                "the t-shirt has the word saudade on the front and a small heart on the sleeve",
                "unsupported",
            ),
        ),
        "Women",
        {"category": "Camisetas", "color": "Off White", "title": "Camiseta Oversized Saudade Off White"},
    ),
    # Flat-lay on a wooden floor: light-wash straight jeans, front view. Base model. Closed color took the floor;
    # the wearing answer invents a wearer; the description invents a back patch a front flat-lay cannot show.
    Case(
        "BZ-41066",
        (
            caption("a pair of light blue jeans laid flat on a wooden floor"),
            color("jeans", "brown", "contradiction"),
            wearing("he is wearing light blue jeans", "unsupported"),
            describe("jeans", "the jeans are light blue with a brown leather patch on the back", "unsupported"),
            details("jeans", "five pockets"),
        ),
        None,
        {},
    ),
]
