"""BLIND_27 (44 products; a Japanese casual-wear chain, Uniqlo-like: basics for women, men, kids and babies, UT
graphic tees, down vests, knitwear, innerwear; enrich's default closed questions with the experiments' open
ones; the chain's coded colors, "09 BLACK", for two thirds of the products): written blind in the thirteenth
session and measured blind at 45839bf: 109/134 and 9/132. The writer's notes, verbatim:

BLIND_27: a blind corpus of realistic BLIP-2 outputs for a Japanese casual-wear chain (Uniqlo-like).

Scenario
--------
A chain selling basics worldwide to women, men, kids and babies: crew-neck and UT graphic t-shirts, polos, oxford
and flannel shirts, fleece, Ultra Light Down jackets and vests, merino / cashmere / souffle-yarn knitwear,
sweatpants, chinos, selvedge and wide-fit jeans, leggings pants, dresses, skirts, innerwear (bra tops, AIRism,
HEATTECH), pajamas, socks, a bag and a cap. Photos are clean studio shots on white or light grey: on-model (often
styled with other basics), folded / flat product shots, ghost-mannequin shots and colour-swatch close-ups. Gender is
None for every shot without a person (flat, folded, ghost mannequin, swatch), whatever the title says. About two
thirds of the products carry the chain's catalog columns (category, coded colour such as "69 NAVY", title), passed
as keyword arguments of case(); the rest have none.

Which system produced which text
--------------------------------
* caption: either the untuned base BLIP-2 OPT-2.7b (short sentences, hue names) or the experiments' caption adapter
  (DeepFashion-MultiModal template: "The lady wears a long-sleeve sweater with pure color patterns...", pattern
  words, no hue names; it never learned to stop, so it usually runs to the 50-token limit and then either loops or
  is cut mid-sentence; a few times it stopped on its own and the text is correct). The comment above each Case
  says which one.
* closed questions (garment_type, color, pattern, sleeve_length, is_<garment>, color_<garment>): the VQA adapter
  through the reference engine, stored raw. It answers In-shop class names ("tees tanks", "jackets coats",
  "sweatshirts hoodies", "denim", "graphic tees"), vendor-ish colours ("heather grey", "white-navy"), loops
  ("grey-grey-grey..."), leaks the prompt format ("... Question: ... Answer:") and often answers about another
  layer of the outfit (the inner tee, the pants, the print, the bag).
* open questions (wearing, description, details, material): mostly the untuned base model (30 new tokens max);
  marked "[cap]" in the per-Case comment where the caption adapter answered instead (the template comes back for
  every prompt and runs to the 30-token limit).

How it was written
------------------
Blind. I read only /work/shared/CONTEXT.md and lines 1-115 of tests/audit_corpus.py (Text/Case layout, the helpers
and the TARGETS keys). I did not read the audits, the queries, the docs, the other tests or any other corpus, and I
did not run enrich or any audit. Every text is hand-written to look like what the named system produces, judged
against the photo described in the comment above its Case (the truth) and the catalog columns.

Label conventions and judgement calls
-------------------------------------
* One label per text, the fault a reviewer would fix first; None for a correct text.
* hit_limit=True only for texts that ran to the limit (50 tokens for captions, 30 for answers); such a text is never
  correct. A text that ran to the limit and ends mid-sentence is "cut"; one that repeats itself (a word, a phrase or
  a whole template sentence) before the limit is "loop"; one that carries "Question: ... Answer:" is "leak" even if
  it also loops or is cut.
* "contradiction": a closed answer (garment type, colour, pattern, sleeves, yes/no) that the photo / catalog / other
  texts contradict, including a closed answer about another layer of the outfit, the print instead of the ground
  colour, or a garment answer for an accessory (bag, cap, socks).
* "other_garment_color": an OPEN answer that gives the product the colour of another garment in the photo ("a
  black sweater and a black skirt" for a beige skirt worn with a black sweater).
* "unsupported": invented details (pockets, hoods, logos, lace, zippers, bows that are not there) and wrong
  materials (materials are not colours or garments, so a wrong material is an invented detail, not a contradiction).
* "non_answer": nothing useful: "yes" to an open question, the question's own words back ("they are short"), a
  colour given to the material question. "restated": a tautology that restates the question at length ("the
  garment is made of the garment", "the shirt is a shirt").
* "pronoun": he/she/man/woman wrong for the model's gender (only used for Women / Men on-model shots).
* Accepted as correct: near-hue synonyms (cream/white for 30 NATURAL, tan/khaki for 32 BEIGE, charcoal for
  08 DARK GRAY, dark blue for 69 NAVY, mustard for yellow, khaki green for olive), two-colour answers for two-colour
  garments (stripes, checks, multi-pack socks), texts that mention the background, the print's colours, or the other
  garments of the outfit as long as the product itself gets its own colour; a VQA "white-navy" for a white garment
  with a navy print; "knit"/"fleece"/"flannel"/"denim"/"down" as material answers where true.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS, Case, Text, ask, caption, case, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material
is_garment = is_a


# --- closed questions (VQA adapter through the reference engine, raw text stored) --------------------------------
def _closed(qid: str, question: str, text: str, failure: str | None, hit_limit: bool) -> Text:
    return Text(qid, ask(question), "closed", text, failure, hit_limit)


def color_of(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The experiments' color-of-<garment> question, answered by the VQA adapter (closed, stored raw)."""
    return _closed(
        f"color_{garment.replace(' ', '_')}", f"What is the color of the {garment}?", text, failure, hit_limit
    )


# --- open material question -----------------------------------------------------------------------------------


BLIND_27: list[Case] = [
    # Flat folded shot on white: a plain white crew-neck short-sleeve cotton tee, no pocket, no print.
    # Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27001",
        caption("a white t-shirt folded on a white background"),
        garment_type("tee"),
        pattern("graphic", "contradiction"),
        sleeve_length(
            "short-sleeve Question: What is the sleeve length of the garment? Answer: short-sleeve "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        describe("t-shirt", "a white t-shirt with a pocket on the chest", "unsupported"),
        material("cotton"),
        category="T-Shirts, Sweat & Fleece",
        color="00 WHITE",
        title="Men's Crew Neck Short-Sleeve T-Shirt",
    ),
    # On-model (woman), light grey background: cream / off-white souffle-yarn crew-neck long-sleeve sweater (acrylic-
    # nylon-polyester yarn, not wool), tucked into olive wide chino pants, white sneakers.
    # Caption: caption adapter (ran to 50 tokens, repeats its wrist sentence). Closed: VQA. Open: base.
    case(
        "UQ-27002",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        garment_type("sweater"),
        color("cream"),
        color_of("sweater", "khaki", "contradiction"),
        wearing("a white sweater and green pants"),
        material("wool", "unsupported"),
        gender="Women",
        category="Knitwear",
        color="30 NATURAL",
        title="Women's Souffle Yarn Crew Neck Sweater",
    ),
    # Flat product shot on white: navy Ultra Light Down vest, front zip, two snap hand pockets, horizontal quilting.
    # Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27003",
        caption("a navy blue vest on a white background"),
        garment_type("coat", "contradiction"),
        color(
            "navy Question: What is the color of the vest? Answer: navy Question: What is the color of the vest? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("vest", "it is a vest", "non_answer"),
        details("vest", "the vest has a zipper and two pockets"),
        material("nylon"),
        category="Outerwear",
        color="69 NAVY",
        title="Men's Ultra Light Down Vest",
    ),
    # On-model (boy), light grey background: white short-sleeve tee with a large yellow Pikachu print on the chest,
    # blue denim shorts. Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27004",
        caption("a young boy wearing a pikachu t-shirt"),
        garment_type("graphic tees"),
        color("yellow", "contradiction"),
        describe("t-shirt", "a white t-shirt with a picture of pikachu on it"),
        wearing("a yellow t-shirt and blue shorts", "contradiction"),
        material(
            "cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton and "
            "cotton and",
            "loop",
            hit_limit=True,
        ),
        gender="Kids",
        category="T-Shirts, Sweat & Fleece",
        color="00 WHITE",
        title="Kids' UT Pokémon Graphic T-Shirt",
    ),
    # On-model (woman), white background: black AIRism cotton oversized crew-neck half-sleeve tee, plain, worn with
    # white wide-leg jeans. Caption: caption adapter (cut at 50). Closed: VQA. Open: base.
    case(
        "UQ-27005",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants this female wears is of long length. The pants are with "
            "denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        garment_type("tees tanks"),
        color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a black t-shirt and white jeans"),
        describe("t-shirt", "a black t-shirt with a white design on the front", "unsupported"),
        material("cotton"),
        gender="Women",
        category="T-Shirts, Sweat & Fleece",
        color="09 BLACK",
        title="Women's AIRism Cotton Oversized Crew Neck Half-Sleeve T-Shirt",
    ),
    # On-model (man), light grey background: light blue oxford button-down long-sleeve shirt with one chest pocket,
    # worn with navy chinos. Caption: base. Closed: VQA. Open: base, except wearing [cap] (cut at 30).
    case(
        "UQ-27006",
        caption("a man in a blue shirt and navy pants"),
        garment_type("blouses shirts"),
        color("navy", "contradiction"),
        details("shirt", "the shirt has a button down collar and a pocket on the chest"),
        describe("shirt", "the shirt is a shirt", "restated"),
        wearing(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts & Blouses",
        color="64 BLUE",
        title="Men's Oxford Slim-Fit Long-Sleeve Shirt",
    ),
    # Flat product shot on white: red-and-black check flannel long-sleeve shirt, button front (no zip), one chest
    # pocket. Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27007",
        caption("a red and black plaid shirt on a white background"),
        garment_type(
            "shirt Question: What is the color of the shirt? Answer: red Question: What is the color of the "
            "shirt? Answer: red",
            "leak",
            hit_limit=True,
        ),
        color("red-black-red-black-red-black-red-black-red-black-red-black-red-black-red", "loop", hit_limit=True),
        pattern("plaid"),
        describe("shirt", "a red and black plaid shirt with a zipper on the front", "unsupported"),
        material("flannel"),
        category="Shirts & Blouses",
        color="17 RED",
        title="Women's Flannel Checked Long-Sleeve Shirt",
    ),
    # On-model (man), white background: olive fleece full-zip jacket with stand collar, half unzipped over a white
    # crew-neck tee, black jeans. Caption: caption adapter (cut at 50). Closed: VQA. Open: base.
    case(
        "UQ-27008",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "furry fabric. It has a stand neckline. The pants are with denim fabric and pure color patterns. There "
            "is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        color("olive"),
        color_of("jacket", "white", "contradiction"),
        wearing("she is wearing a green jacket and black jeans", "pronoun"),
        describe("jacket", "it is a green fleece jacket with a zipper"),
        material("fleece"),
        gender="Men",
        category="T-Shirts, Sweat & Fleece",
        color="56 OLIVE",
        title="Men's Fleece Full-Zip Jacket",
    ),
    # Ghost mannequin on white: black women's Ultra Light Down jacket, stand collar (no hood), front zip, two zip
    # pockets, horizontal quilting. Caption: base. Closed: VQA. Open: base, except material [cap] (loops at 30).
    case(
        "UQ-27009",
        caption("a black puffer jacket on a white background"),
        garment_type("jackets coats"),
        is_garment("jacket", "no", "contradiction"),
        describe("jacket", "a black down jacket with a quilted pattern"),
        details("jacket", "the jacket has a zipper and a hood", "unsupported"),
        material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "lady wears a long-sleeve jacket with pure",
            "loop",
            hit_limit=True,
        ),
        category="Outerwear",
        color="09 BLACK",
        title="Women's Ultra Light Down Jacket",
    ),
    # On-model (man), white background: dark indigo selvedge regular-fit jeans, hems cuffed showing the selvedge,
    # grey crew-neck sweatshirt, white sneakers. Caption: base. Closed: VQA. Open: base, except describe [cap].
    case(
        "UQ-27010",
        caption("a man wearing a gray sweatshirt and jeans"),
        color("grey", "contradiction"),
        color_of("jeans", "dark blue"),
        details("jeans", "the details of the jeans are the details of the jeans", "restated"),
        describe(
            "jeans",
            "This man wears a long-sleeve sweater with pure color patterns and a long denim pants. The "
            "sweater is with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a grey sweatshirt, blue jeans and white sneakers"),
        gender="Men",
        category="Bottoms",
        color="69 NAVY",
        title="Men's Selvedge Regular-Fit Jeans",
    ),
    # On-model (woman), light grey background: light pink extra-fine merino crew-neck cardigan worn open over a white
    # tank top, light blue jeans. Caption: base. Closed: VQA. Open: base, except details [cap] (loops at 30).
    case(
        "UQ-27011",
        caption("a woman in a pink cardigan and jeans"),
        color("pink"),
        color_of("cardigan", "white", "contradiction"),
        describe("cardigan", "the cardigan is pink and has buttons down the front"),
        wearing("he is wearing a pink sweater and blue jeans", "pronoun"),
        details(
            "cardigan",
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with "
            "knitting fabric. The lady wears a long-sleeve cardigan with",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Knitwear",
        color="12 PINK",
        title="Women's Extra Fine Merino Crew Neck Cardigan",
    ),
    # Flat product shot on white: heather grey kids' sweatpants, elastic waist with white drawcord, ribbed ankle cuffs.
    # No catalog columns. Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27012",
        caption("a pair of grey sweatpants on a white background"),
        garment_type("leggings", "contradiction"),
        color("heather grey"),
        details("sweatpants", "the sweatpants have an elastic waistband and a drawstring"),
        describe(
            "sweatpants",
            "the sweatpants are grey and the sweatpants are grey and the sweatpants are grey and "
            "the sweatpants are grey and",
            "loop",
            hit_limit=True,
        ),
        material("yes", "non_answer"),
    ),
    # On-model (woman), light grey background: beige long chiffon pleated skirt, black crew-neck sweater tucked in,
    # black loafers. Caption: caption adapter (cut at 50). Closed: VQA. Open: base.
    case(
        "UQ-27013",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. It has a round neckline. The skirt is with chiffon fabric and pure color patterns. "
            "The outer clothing is",
            "cut",
            hit_limit=True,
        ),
        garment_type("sweater", "contradiction"),
        color("tan"),
        color_of("skirt", "beige"),
        describe("skirt", "it is a long pleated skirt"),
        details("skirt", "the skirt is a skirt", "restated"),
        wearing("a black sweater and a black skirt", "other_garment_color"),
        gender="Women",
        category="Bottoms",
        color="32 BEIGE",
        title="Women's Chiffon Pleated Skirt",
    ),
    # On-model (baby sitting), white background: white short-sleeve cotton bodysuit with a small all-over navy star
    # print, snaps at the crotch. No catalog columns. Caption: base. Closed: VQA. Open: base, except describe [cap].
    case(
        "UQ-27014",
        caption("a baby sitting on a white background"),
        garment_type("romper"),
        is_garment(
            "romper",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        pattern("floral", "contradiction"),
        wearing("a white onesie with little stars"),
        describe(
            "bodysuit",
            "The lady wears a short-sleeve romper with graphic patterns. The romper is with cotton "
            "fabric. It has a round neckline. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        gender="Baby",
    ),
    # On-model (man), white background: navy short-sleeve dry pique polo, three-button placket, beige chino shorts.
    # Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27015",
        caption("a man wearing a navy polo shirt and khaki shorts"),
        garment_type("polo shirt"),
        color_of("shirt", "beige", "contradiction"),
        sleeve_length(
            "short-sleeve-short-sleeve-short-sleeve-short-sleeve-short-sleeve-short-sleeve-short",
            "loop",
            hit_limit=True,
        ),
        details("polo shirt", "the polo shirt has a collar and three buttons"),
        describe("polo shirt", "she is wearing a navy blue polo shirt", "pronoun"),
        gender="Men",
        category="T-Shirts, Sweat & Fleece",
        color="69 NAVY",
        title="Men's Dry Pique Polo Shirt",
    ),
    # On-model (woman), light grey background: black ribbed sleeveless bra top (scoop neck, plain, no lace, no
    # stripes), beige wide pants. Caption: caption adapter, stopped on its own (correct). Closed: VQA. Open: base.
    case(
        "UQ-27016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        garment_type("tank"),
        color(
            "black Question: What is the color of the pants? Answer: beige Question: What is the color of the "
            "pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        wearing("a black tank top and beige pants"),
        details("bra top", "the bra top has a built-in bra and lace trim", "unsupported"),
        gender="Women",
        category="Innerwear",
        color="09 BLACK",
        title="Women's Ribbed Bra Sleeveless Top",
    ),
    # Flat product shot on white: charcoal (dark grey) HEATTECH crew-neck long-sleeve tee, plain. No catalog columns.
    # Caption: base. Closed: VQA. Open: base, except describe [cap] (loops at 30).
    case(
        "UQ-27017",
        caption("a dark grey long sleeve shirt"),
        color("charcoal"),
        pattern("striped", "contradiction"),
        describe(
            "t-shirt",
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The gentleman wears a "
            "long-sleeve T-shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "", "non_answer"),
        material("polyester"),
    ),
    # On-model (woman), white background: olive mercerized-cotton short-sleeve long T-shirt dress, crew neck, ankle
    # length, white sneakers, black crossbody bag. Caption: base. Closed: VQA. Open: base, except details [cap].
    case(
        "UQ-27018",
        caption("a woman in a green dress with a black bag"),
        color("khaki green"),
        color_of("dress", "black", "contradiction"),
        describe("dress", "the dress is long and has a v-neck", "unsupported"),
        wearing("a long green dress and white sneakers"),
        details(
            "dress",
            "The female is wearing a short-sleeve dress with pure color patterns. The dress is with "
            "cotton fabric. There is an accessory in her hand. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses & Jumpsuits",
        color="56 OLIVE",
        title="Women's Mercerized Cotton Short-Sleeve Long Dress",
    ),
    # On-model (girl), white background: red kids' Ultra Light Down jacket zipped up, stand collar, black leggings.
    # Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27019",
        caption("a little girl wearing a red jacket"),
        color("red"),
        color_of("jacket", "black", "contradiction"),
        is_garment(
            "jacket",
            "yes Question: Is this a coat? Answer: yes Question: Is this a coat? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        describe("jacket", "it is a red puffer jacket with a zipper"),
        wearing("she is wearing a black jacket", "other_garment_color"),
        gender="Kids",
        category="Outerwear",
        color="17 RED",
        title="Kids' Ultra Light Down Jacket",
    ),
    # On-model (man), light grey background: beige wide-fit pleated chino pants, white oxford shirt tucked in, brown
    # loafers. Caption: caption adapter (cut at 50). Closed: VQA. Open: base.
    case(
        "UQ-27020",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. "
            "This man wears a",
            "cut",
            hit_limit=True,
        ),
        color("white", "contradiction"),
        color_of("pants", "beige"),
        wearing("a white shirt and tan pants"),
        details("pants", "they are long", "non_answer"),
        describe("pants", "a pair of beige pants with pleats in the front"),
        gender="Men",
        category="Bottoms",
        color="32 BEIGE",
        title="Men's Wide-Fit Pleated Chino Pants",
    ),
    # Folded shot on light grey: charcoal cashmere crew-neck long-sleeve sweater, plain, no zip.
    # Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27021",
        caption("a gray sweater folded on a gray background"),
        color("grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey", "loop", hit_limit=True),
        sleeve_length(
            "long-sleeve Question: What is the sleeve length of the sweater? Answer: long-sleeve Question: What",
            "leak",
            hit_limit=True,
        ),
        describe("sweater", "a dark grey cashmere sweater with a crew neck"),
        details("sweater", "the sweater has a zipper on the shoulder", "unsupported"),
        material("cashmere"),
        category="Knitwear",
        color="08 DARK GRAY",
        title="Women's Cashmere Crew Neck Long-Sleeve Sweater",
    ),
    # On-model (man), white background: black short-sleeve tee with a large colourful One Piece print (Luffy in a red
    # vest and straw hat), light blue jeans. No catalog columns. Caption: base. Closed: VQA. Open: base, except
    # wearing [cap] (cut at 30).
    case(
        "UQ-27022",
        caption("a man wearing a black t-shirt with an anime character on it"),
        color("red", "contradiction"),
        is_garment(
            "graphic tee",
            "graphic tee Question: Is this a graphic tee? Answer: yes Question: Is this a graphic tee? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        describe("t-shirt", "a black t-shirt with a picture of luffy from one piece"),
        details("t-shirt", "the t-shirt has a red and yellow print of a man with a straw hat"),
        wearing(
            "This man wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # On-model (woman), white background: black slim ankle-length leggings pants, white oversized oxford shirt worn
    # untucked, black flats. Caption: base. Closed: VQA. Open: base, except material [cap] (cut at 30).
    case(
        "UQ-27023",
        caption("a woman in a white shirt and black pants"),
        garment_type("leggings"),
        color_of("pants", "white", "contradiction"),
        wearing("a white shirt and black leggings"),
        details("pants", "the pants are black and white", "other_garment_color"),
        material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Bottoms",
        color="09 BLACK",
        title="Women's Leggings Pants",
    ),
    # Flat product shot on white: pink-and-white gingham flannel pajama set (long-sleeve button top with notch
    # collar, long pants), no motifs. No catalog columns. Caption: base. Closed: VQA. Open: base, except material
    # [cap] (cut at 30).
    case(
        "UQ-27024",
        caption("a pink and white checkered pajama set"),
        garment_type("pajamas"),
        color("pink"),
        pattern(
            "lattice-lattice-lattice-lattice-lattice-lattice-lattice-lattice-lattice-lattice", "loop", hit_limit=True
        ),
        describe("pajamas", "a pair of pink and white pajamas with a bear on the pocket", "unsupported"),
        material(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
    ),
    # On-model (man), white background: heather grey sweat pullover hoodie, drawstring hood, kangaroo pocket, black
    # sweatpants, white sneakers. No catalog columns. Caption: caption adapter (loops to 50). Closed: VQA. Open: base.
    case(
        "UQ-27025",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. This man wears a "
            "long-sleeve sweatshirt with pure color patterns and a long pants",
            "loop",
            hit_limit=True,
        ),
        garment_type("sweatshirts hoodies"),
        color_of("hoodie", "black", "contradiction"),
        wearing("a grey hoodie and black pants"),
        details("hoodie", "the hoodie has a drawstring hood and a kangaroo pocket"),
        material("grey", "non_answer"),
        gender="Men",
    ),
    # On-model (woman), light grey background: mid-blue wide straight jeans, black ribbed short-sleeve top tucked
    # in, black loafers. Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27026",
        caption("a woman wearing a black top and blue jeans"),
        garment_type(
            "denim Question: What is the color of the denim? Answer: blue Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        color("blue"),
        details("jeans", "the jeans are blue and have a wide leg"),
        describe("jeans", "the jeans are black", "other_garment_color"),
        wearing("he is wearing a black shirt and blue jeans", "pronoun"),
        gender="Women",
        category="Bottoms",
        color="64 BLUE",
        title="Women's Wide Straight Jeans",
    ),
    # Flat product shot on white: black nylon round mini shoulder bag, zip top, adjustable strap.
    # Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27027",
        caption("a black bag on a white background"),
        garment_type("jackets coats", "contradiction"),
        color("black"),
        sleeve_length("long-sleeve", "contradiction"),
        describe("bag", "a small black bag with a zipper and a strap"),
        material("leather", "unsupported"),
        category="Accessories",
        color="09 BLACK",
        title="Round Mini Shoulder Bag",
    ),
    # On-model (woman), light grey background: cream / off-white fluffy-yarn fleece full-zip jacket, stand collar
    # zipped up, brown chinos. Caption: base. Closed: VQA. Open: base, except details [cap] (cut at 30).
    case(
        "UQ-27028",
        caption("a woman in a white fleece jacket and brown pants"),
        color("cream"),
        color_of("jacket", "brown", "contradiction"),
        describe("jacket", "it is a white fleece jacket with a high collar and a zipper"),
        details(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket "
            "is with furry fabric. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown jacket and brown pants", "other_garment_color"),
        gender="Women",
        category="T-Shirts, Sweat & Fleece",
        color="30 NATURAL",
        title="Women's Fluffy Yarn Fleece Full-Zip Jacket",
    ),
    # Flat product shot on white: three pairs of ribbed crew socks (black, grey, navy) laid side by side.
    # No catalog columns. Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27029",
        caption("three pairs of socks on a white background"),
        garment_type("leggings", "contradiction"),
        color("black-grey-navy"),
        sleeve_length(
            "long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve-long",
            "loop",
            hit_limit=True,
        ),
        describe("socks", "three pairs of socks in black, grey and blue"),
        details("socks", "the socks are socks", "restated"),
    ),
    # Side view on white: olive green cotton-twill baseball cap, curved brim, plain (no logo).
    # Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27030",
        caption("a green baseball cap on a white background"),
        garment_type("tee", "contradiction"),
        color(
            "olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive",
            "loop",
            hit_limit=True,
        ),
        pattern("pure color"),
        describe("cap", "a green cap with a white logo on the front", "unsupported"),
        material("cotton"),
        category="Accessories",
        color="56 OLIVE",
        title="UV Protection Twill Cap",
    ),
    # On-model (woman), light grey background: white boat-neck long-sleeve tee with navy horizontal stripes, beige
    # chinos. No catalog columns. Caption: caption adapter, stopped on its own (correct). Closed: VQA. Open: base.
    case(
        "UQ-27031",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        garment_type(
            "tee Question: What is the pattern of the tee? Answer: striped Question: What is the pattern",
            "leak",
            hit_limit=True,
        ),
        sleeve_length("short-sleeve", "contradiction"),
        wearing("she is wearing a blue and white striped shirt and khaki pants"),
        describe("t-shirt", "a blue and white striped shirt with a boat neck"),
        details(
            "t-shirt",
            "the t-shirt has stripes and long sleeves. the t-shirt has stripes and long sleeves. the "
            "t-shirt has stripes and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # On-model (man), light grey background: navy extra-fine merino V-neck long-sleeve sweater over a white oxford
    # shirt (collar showing), grey trousers. Caption: base. Closed: VQA. Open: base, except details [cap].
    case(
        "UQ-27032",
        caption("a man in a blue sweater and white shirt"),
        garment_type("blouses shirts", "contradiction"),
        color("navy"),
        describe("sweater", "a navy blue v-neck sweater over a white shirt"),
        details(
            "sweater",
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with "
            "knitting fabric. This gentleman wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a navy sweater and grey pants", "pronoun"),
        gender="Men",
        category="Knitwear",
        color="69 NAVY",
        title="Men's Extra Fine Merino V-Neck Long-Sleeve Sweater",
    ),
    # On-model (woman), white background: light blue cotton long-sleeve pajama set (notch-collar button top and long
    # pants) with white piping on collar and pocket. No catalog columns. Caption: base. Closed: VQA. Open: base,
    # except material [cap] (cut at 30).
    case(
        "UQ-27033",
        caption("a woman in blue pajamas standing on a white background"),
        garment_type("romper", "contradiction"),
        color("light blue"),
        describe("pajamas", "the pajamas are blue and white with a collar"),
        details(
            "pajamas",
            "the pajamas have pockets, buttons, a collar, pockets, buttons, a collar, pockets, buttons, "
            "a collar, pockets, buttons",
            "loop",
            hit_limit=True,
        ),
        material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Ghost mannequin on white: off-white waffle-knit crew-neck long-sleeve tee, ribbed cuffs.
    # No catalog columns. Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27034",
        caption("a white long sleeved shirt on a mannequin"),
        is_garment("tee", "no", "contradiction"),
        sleeve_length(
            "long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve-long",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "it is a white waffle knit shirt"),
        details("shirt", "the shirt has a waffle texture and ribbed cuffs"),
        material("the garment is made of the garment", "restated"),
    ),
    # Flat product shot on white: natural (ecru) short-sleeve tee with a grey Totoro print outlined in black.
    # Caption: base. Closed: VQA. Open: base, except details [cap] (cut at 30).
    case(
        "UQ-27035",
        caption("a t-shirt with totoro on it"),
        garment_type("graphic tees"),
        color("grey", "contradiction"),
        sleeve_length(
            "short-sleeve Question: What is the sleeve length of the t-shirt? Answer: short-sleeve "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        describe("t-shirt", "a white t-shirt with a drawing of totoro"),
        details(
            "t-shirt",
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The lady wears a short",
            "cut",
            hit_limit=True,
        ),
        category="T-Shirts, Sweat & Fleece",
        color="30 NATURAL",
        title="Women's UT Studio Ghibli Short-Sleeve Graphic T-Shirt",
    ),
    # On-model (woman), light grey background: brown souffle-yarn V-neck cardigan buttoned and worn as a top, tonal
    # brown buttons, cream wide pants. Caption: caption adapter (cut at 50). Closed: VQA. Open: base.
    case(
        "UQ-27036",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is with "
            "knitting fabric. It has a v-shape neckline. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        color("brown"),
        color_of(
            "cardigan",
            "brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown",
            "loop",
            hit_limit=True,
        ),
        wearing("a brown sweater and white pants"),
        details("cardigan", "the cardigan has buttons and a v neck"),
        describe("cardigan", "a brown cardigan with gold buttons", "unsupported"),
        gender="Women",
        category="Knitwear",
        color="37 BROWN",
        title="Women's Souffle Yarn V-Neck Cardigan",
    ),
    # Colour-swatch close-up: olive cotton twill fabric of a chino (no garment shape visible).
    # Caption: base. Closed: VQA. Open: base, except details [cap] (loops at 30).
    case(
        "UQ-27037",
        caption("a close up of a green fabric"),
        color("olive"),
        sleeve_length(
            "long-sleeve Question: What is the sleeve length of the pants? Answer: long", "leak", hit_limit=True
        ),
        describe("pants", "pants", "non_answer"),
        details(
            "pants",
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The gentleman wears a long pants. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        category="Bottoms",
        color="56 OLIVE",
        title="Men's Slim-Fit Chino Pants",
    ),
    # Colour-swatch close-up: red fine-gauge merino jersey knit texture (no ribs, no stripes). No catalog columns.
    # Caption: caption adapter (loops to 50). Closed: VQA. Open: base.
    case(
        "UQ-27038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater "
            "is with knitting fabric. It",
            "loop",
            hit_limit=True,
        ),
        garment_type("sweater"),
        color("red"),
        pattern("striped", "contradiction"),
        details("sweater", "it is a sweater", "non_answer"),
        material("wool"),
    ),
    # On-model (man), light grey background: beige Ultra Light Down jacket worn open over a black crew-neck sweater,
    # black chinos. Caption: base. Closed: VQA. Open: base, except details [cap] (cut at 30).
    case(
        "UQ-27039",
        caption("a man in a tan jacket and black pants"),
        color("black", "contradiction"),
        color_of("jacket", "beige"),
        wearing("a black jacket and black pants", "other_garment_color"),
        describe("jacket", "the jacket is a tan down jacket"),
        details(
            "jacket",
            "This man wears a long-sleeve jacket with pure color patterns and a long trousers. The "
            "jacket is with cotton fabric. It has a stand neckline. The trousers",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Outerwear",
        color="32 BEIGE",
        title="Men's Ultra Light Down Jacket",
    ),
    # On-model (woman), white background: beige HEATTECH extra-warm ribbed turtleneck long-sleeve top, no zip, black
    # wide pants. Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27040",
        caption("a woman in a beige turtleneck sweater"),
        color("beige"),
        describe("top", "a beige turtle neck with long sleeves"),
        details("top", "the top has a turtle neck and a zipper on the back", "unsupported"),
        material("the material is made of material", "restated"),
        wearing("a man wearing a beige sweater and black pants", "pronoun"),
        gender="Women",
        category="Innerwear",
        color="32 BEIGE",
        title="Women's HEATTECH Extra Warm Turtleneck Long-Sleeve T-Shirt",
    ),
    # On-model (toddler), white background: mustard-yellow sweat full-zip hoodie with bear ears on the hood, navy
    # leggings. No catalog columns. Caption: base. Closed: VQA. Open: base, except details [cap] (cut at 30).
    case(
        "UQ-27041",
        caption("a little boy wearing a yellow hoodie"),
        color("mustard"),
        color_of("hoodie", "navy", "contradiction"),
        describe("hoodie", "a yellow hoodie with ears on the hood"),
        details(
            "hoodie",
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long leggings. The "
            "sweatshirt is with cotton fabric. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a navy hoodie and navy pants", "other_garment_color"),
        gender="Baby",
    ),
    # Ghost mannequin on white: blue-and-white vertical pinstripe cotton long-sleeve shirt dress, point collar, button
    # front, self-fabric belt. No catalog columns. Caption: base. Closed: VQA. Open: base (details loops).
    case(
        "UQ-27042",
        caption("a blue and white striped shirt dress"),
        garment_type("blouses shirts", "contradiction"),
        color("blue-white"),
        describe("dress", "a blue and white striped dress with a belt and buttons"),
        details(
            "dress",
            "the dress has a collar, buttons, a belt, a collar, buttons, a belt, a collar, buttons, a "
            "belt, a collar, buttons, a",
            "loop",
            hit_limit=True,
        ),
        material("denim", "unsupported"),
    ),
    # On-model (man), white background: charcoal sweat shorts with drawcord, white crew-neck tee, white sneakers.
    # Caption: base. Closed: VQA. Open: base.
    case(
        "UQ-27043",
        caption("a man in a white t-shirt and gray shorts"),
        garment_type("tee", "contradiction"),
        color(
            "grey Question: What is the color of the shorts? Answer: grey Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("shorts", "charcoal"),
        details("shorts", "they are short", "non_answer"),
        describe("shorts", "the shorts are white", "other_garment_color"),
        wearing("a white shirt and dark grey shorts"),
        gender="Men",
        category="Bottoms",
        color="08 DARK GRAY",
        title="Men's Sweat Shorts",
    ),
    # On-model (girl), white background: pink sleeveless cotton dress with a small white floral print, round neck,
    # no bow, white sandals. No catalog columns. Caption: caption adapter, stopped on its own (correct).
    # Closed: VQA. Open: base.
    case(
        "UQ-27044",
        caption(
            "The female is wearing a sleeveless dress with floral patterns. The dress is with cotton fabric. It "
            "has a round neckline."
        ),
        color("pink"),
        color_of("dress", "white", "contradiction"),
        wearing("a pink dress with white flowers"),
        describe("dress", "a pink and white floral dress with a bow on the back", "unsupported"),
        material("pink and white flowers", "non_answer"),
        gender="Kids",
    ),
]
