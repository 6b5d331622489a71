"""BLIND_267 (46 products; women's ethnic and fusion wear: kurtis, kurta, palazzo and sharara sets, dupattas): written
blind in the forty-second session. Measured blind at cdc969f (the session's rules as they stood): 101/128 failures
found (78.9%) and 8/165 correct texts flagged (4.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's ethnic and fusion wear: straight and A-line kurtas and short
kurtis (some worn with jeans), kurta sets with palazzos, trousers or churidars, sharara sets, anarkali and kaftan
ethnic dresses, and dupattas sold on their own and shot draped over a plain kurta. Every photo is a model shot, most
with jewellery (jhumkas, bangles, kundan or pearl sets, a maang tikka), on studio backdrops or styled sets (a pink
wall, a blue door, plants, marigolds, a swing, fairy lights, a velvet curtain). Many products carry two or three
colors (a green kurta on a yellow sharara with a yellow dupatta, a beige kurta on maroon pants), prints (block prints,
bandhani, leheriya, gold foil) and embroidery (chikankari, gota, mirror work, zari). Each row has the seller's
title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase: "a woman in a
yellow kurta and white pants") or from the caption-only LoRA adapter of the original experiments (the DeepFashion
template: "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. ..."). The
adapter has no end-of-answer token: its texts always run to the limit (50 new tokens for captions, 30 for answers)
and carry hit_limit=True; asked any question it returns its template. The VQA adapter (Data3_V3) answers a few of the
experiments' own questions ("What cloth is the person wearing?", an open "What is the color of the kurta?"): it names
an In-shop class or a color and then repeats it to the limit (hit_limit=True). The open questions (wearing,
description, details, material and the sets' own) otherwise come from the base model, which stops on its own (never
hit_limit). The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions, "Is this
a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut. The comment
above each case names the texts that came from an adapter; every other text is base model or reference engine.

Labeling conventions and judgement calls:
- Shade words count as correct: yellow for mustard, red for maroon or wine, orange for rust, pink for fuchsia,
  magenta or peach, purple for lavender, lilac or mauve, blue for navy, indigo, teal or turquoise, green for teal or
  olive, white or cream for off white, ivory or beige, grey for charcoal. Mustard as orange, navy as black, brown as
  black and a wall, curtain or lights color given as the garment's color are contradiction.
- The color of another piece of the outfit (the jeans under a kurti, the dupatta over a kurta, the palazzos, the
  jacket or shrug over a kurti, the kurta given for its own sharara, black for a charcoal kurta on black trousers)
  is other_garment_color. The color of a print,
  border or zari trim given as a whole garment's color (gold for maroon pants with gold borders) is contradiction.
  A color no piece in the photo has ("white pants" for yellow pants) is contradiction, and so is "grey" given to
  every piece of a white-and-black or charcoal-and-black outfit.
- Garment synonyms count as correct: kurta, kurti, top, tunic and shirt for a kurti or a shirt-style kurta; pants or
  trousers for palazzos and churidars; skirt for a flared sharara; scarf for a dupatta; dress or anarkali for an
  ethnic dress. "A pink dress" for a kurta with sharara and "no" to "Is this a sharara?", "a kurti?" or "a dupatta?" are
  contradiction. The adapter's template calls a kurta a "shirt" (accepted) and an anarkali a "dress" (accepted).
- Jewellery the photo shows (earrings, bangles, a necklace, a maang tikka) is correct when mentioned; an item the
  photo lacks (a belt, a pocket, a slit, a tie, a dupatta on a kurta shot without one, stones, a necklace where she
  wears only earrings) is unsupported. A material the title names is correct; chiffon for georgette is correct;
  silk for a cotton dress, denim for a cotton kurti (the jeans' fabric) and cotton for a georgette kurti are
  unsupported.
- Adapter texts: a text that repeats a sentence of the template (or a VQA adapter text that repeats one word) is
  loop; one that stops mid-sentence without repeating is cut, even where its template invents a fabric or an
  accessory first; the template returned for the material question is restated. The template answering wearing,
  description or details does answer them, so those are cut or loop.
- Base texts: an answer that stops mid-phrase ("a maroon kurta set with a gold") is cut without hit_limit; an answer
  that runs on into "Question: ... Answer: ..." or begins by echoing the prompt format is leak; an empty answer, "the
  details are on the kurta" and "it is made of fabric" are non_answer; "it is a kurta" for "Describe the kurta.", "a
  sharara" for "Describe the sharara." and a color for the material question are restated; "he" (or
  "a man" in a caption) is pronoun.
- The reference engine's sleeve answer is read for the product itself: "long sleeves" for a sleeveless kurti under a
  long-sleeved shrug is contradiction; three-quarter sleeves answered "short sleeves" or "sleeveless" is
  contradiction. Leheriya answered "striped" and bandhani answered "printed" are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

cloth = question("cloth", "What cloth is the person wearing?", "open")
neckline = question("neckline", "What is the neckline of the kurta?", "open")
work = question("work", "What kind of work is on the kurta?", "open")
dupatta_details = question("dupatta_details", "What are the dupatta details?", "open")

BLIND_267 = [
    # photo: model in a mustard yellow straight cotton kurta with small white block-printed motifs, mandarin collar,
    # three-quarter sleeves, white palazzos, gold jhumkas; plain white studio backdrop, front view.
    # no adapter texts
    case(
        "X267-001",
        caption("a woman in a yellow kurta and white pants wearing earrings"),
        wearing("a yellow kurta and white palazzo pants", who="she"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "yellow", "other_garment_color"),
        details("kurta", "white print and a mandarin collar"),
        B.sleeve_length("three-quarter sleeves"),
        B.material("cotton and silk blend with a silk lining", "unsupported"),
        title="Women Mustard Yellow Ethnic Motifs Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a navy blue flared anarkali ethnic dress with a gold foil ethnic-motif print, round neck, full
    # sleeves, gold jhumkas; beige studio backdrop, front view.
    # caption: adapter
    case(
        "X267-002",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her ear. The lady wears a long-sleeve dress with graphic "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue dress with gold print"),
        B.garment_type("dress"),
        B.color("black", "contradiction"),
        B.pattern("printed"),
        details("dress", "gold print and a flared skirt"),
        B.material("silk", "unsupported"),
        title="Navy Blue Ethnic Motifs Foil Printed Anarkali Cotton Ethnic Dress",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a fuchsia pink solid A-line short rayon kurti, round neck, long sleeves, worn with blue denim
    # jeans; silver oxidised earrings; white backdrop, front view.
    # no adapter texts
    case(
        "X267-003",
        caption("a woman wearing a pink top and jeans"),
        wearing("a pink kurta and pink pants", "contradiction", who="she"),
        color_of("kurti", "blue", "other_garment_color"),
        is_a("kurti", "yes"),
        describe("kurti", "it is a pink kurti with a round neck and long sleeves"),
        B.material("rayon"),
        title="Women Fuchsia Solid Rayon A-Line Kurti",
        category="Kurtis",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a bottle green georgette kurta with gold gota embroidery at the V-neck and hem, matching green
    # sharara, green dupatta with a gota border over one shoulder; gold earrings; cream backdrop, front view.
    # caption: adapter
    case(
        "X267-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The pants are of long length. The pants are with chiffon fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a green kurta with a sharara and a dupatta"),
        color_of("dupatta", "green"),
        color_of("sharara", "gold", "contradiction"),
        details("kurta", "gold embroidery on the neck and the hem"),
        describe("sharara", "a sharara", "restated"),
        title="Women Green Gotta Patti Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in an off-white chikankari cotton kurta and white palazzos, pearl stud earrings, no dupatta;
    # standing in front of a plain pink painted wall, front view.
    # no adapter texts
    case(
        "X267-005",
        caption("a woman in a white kurta standing in front of a pink wall"),
        wearing("a white kurta and pants"),
        B.color("pink", "contradiction"),
        details("kurta", "chikankari embroidery all over"),
        describe(
            "kurta",
            "it is a white kurta with white embroidery and a pink dupatta",
            "unsupported",
        ),
        B.material("cotton"),
        neckline("a round neck with a keyhole and a tassel at the back", "unsupported"),
        title="Women Off White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: a magenta and yellow bandhani dupatta draped over both shoulders of a model in a plain white cotton
    # kurta and churidar; small gold earrings; grey studio backdrop, front view.
    # caption: adapter
    case(
        "X267-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants are of long length. The pants are with cotton fabric. There is an accessory "
            "on",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and a pink scarf"),
        color_of("dupatta", "white", "other_garment_color"),
        B.pattern("printed"),
        describe("dupatta", "it is a pink and yellow dupatta with small dots"),
        is_a("dupatta", "yes"),
        dupatta_details("the dupatta has details", "non_answer"),
        title="Magenta & Yellow Bandhani Printed Art Silk Dupatta",
        category="Dupatta",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a rust orange floral printed cotton kurta with a tie-up neck ending in tassels, three-quarter
    # sleeves, matching rust palazzos, silver jhumkas; potted plants behind her, front view.
    # no adapter texts
    case(
        "X267-007",
        caption("a woman in an orange dress standing next to plants", "contradiction"),
        wearing("an orange kurta and orange pants"),
        color_of("palazzos", "orange"),
        details("kurta", "the kurta has a floral print and a tie-up neck with tassels"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material("the kurta is orange", "restated"),
        title="Women Rust Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a teal blue straight kurta with thin silver zari stripes, round neck, long sleeves, white
    # trousers, silver bangles; white backdrop, front view.
    # color_kurta (open): VQA adapter
    case(
        "X267-008",
        caption("a woman in a blue striped kurta and white pants"),
        wearing("a blue kurta and white pants"),
        color_of(
            "kurta",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("green"),
        describe(
            "kurta",
            "it is a blue kurta with silver stripes and a pocket",
            "unsupported",
        ),
        title="Women Teal Blue Striped Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a maroon velvet straight kurta with gold zari embroidery on the yoke and the sleeves, maroon
    # trousers, maroon dupatta, kundan choker necklace and matching earrings; dark studio backdrop, front view.
    # caption: adapter
    case(
        "X267-009",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns and long trousers. The shirt is with "
            "knitted fabric. It has a round neckline. There is a neckwear. This woman wears a long-sleeve shirt with "
            "pure color patterns",
            "loop",
            hit_limit=True,
        ),
        wearing("a red kurta with gold embroidery and a necklace"),
        color_of("dupatta", "gold", "contradiction"),
        B.material("velvet"),
        details("kurta", "gold embroidery on the yoke and sleeves"),
        describe("kurta", "he is wearing a red velvet kurta", "pronoun"),
        title="Women Maroon Embroidered Velvet Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a sleeveless yellow floral printed A-line maxi ethnic dress, square neck, no belt, silver
    # earrings; white backdrop, front view.
    # no adapter texts
    case(
        "X267-010",
        caption("a woman in a yellow floral dress"),
        wearing("a yellow dress"),
        B.sleeve_length("sleeveless"),
        B.pattern("floral"),
        details("dress", "", "non_answer"),
        describe(
            "dress",
            "it is a yellow dress with flowers and a belt at the waist",
            "unsupported",
        ),
        title="Yellow Floral Printed A-Line Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a white straight cotton kurta under an indigo blue sleeveless block-printed jacket that reaches
    # the hips, white trousers; silver earrings; light grey backdrop, front view.
    # no adapter texts
    case(
        "X267-011",
        caption("a woman wearing a blue jacket over a white kurta"),
        wearing("a white kurta, a blue jacket and white pants"),
        color_of("jacket", "blue"),
        color_of("kurta", "white"),
        color_of("pants", "blue", "other_garment_color"),
        describe("jacket", "the jacket is blue with a white print"),
        describe("kurta", "it is a kurta", "restated"),
        title="Women Blue & White Printed Kurta with Trousers & Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a peach georgette kurta with mirror work at the neck and the sleeves, peach sharara, peach
    # dupatta, maang tikka and jhumkas; pastel backdrop, front view.
    # caption: adapter
    case(
        "X267-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her head. The lady wears a long-sleeve shirt with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress and a pink scarf", "contradiction"),
        B.material("chiffon"),
        details("kurta", "mirror work on the neck and sleeves"),
        color_of("sharara", "pink"),
        is_a("sharara", "no", "contradiction"),
        title="Women Peach Mirror Work Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black straight kurta with multicolour thread embroidery on the yoke, black trousers and a red
    # dupatta over one shoulder; gold jhumkas; white backdrop, front view.
    # no adapter texts
    case(
        "X267-013",
        caption("a woman in a black kurta with a red scarf"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red"),
        color_of("pants", "red", "other_garment_color"),
        details("kurta", "the kurta has colorful embroidery on the yoke"),
        B.material("it is made of", "cut"),
        work("thread work"),
        title="Women Black Yoke Design Thread Work Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender straight cotton kurta with white thread embroidery at the neck, long sleeves, white
    # palazzos; standing beside a carved wooden door, front view.
    # caption, details: adapter
    case(
        "X267-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants are of long length. The pants are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple kurta and white pants"),
        B.color("purple"),
        describe("kurta", "it is a purple kurta with white embroidery"),
        details(
            "kurta",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants are of long",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        neckline("a v neck", "contradiction"),
        title="Women Lavender Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a red straight kurta with a gold foil print and a gold border at the V-neck, red palazzos, red
    # dupatta with gold border; gold jhumkas, smiling; cream backdrop, front view.
    # no adapter texts
    case(
        "X267-015",
        caption("a woman in a red kurta and dupatta smiling"),
        wearing("a red kurta with gold print and a red dupatta", who="she"),
        color_of("kurta", "red"),
        color_of("palazzos", "gold", "contradiction"),
        color_of("dupatta", "red"),
        details(
            "kurta",
            "gold print all over and a v neck with a gold border. Question: what is the color of the dupatta? Answer: "
            "red",
            "leak",
        ),
        title="Women Red Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: model in an olive green shirt-style cotton kurti with a shirt collar and a button placket, sleeves rolled
    # up to the elbow, white jeans; no jewellery; white backdrop, front view.
    # no adapter texts
    case(
        "X267-016",
        caption("a woman in a green shirt and white jeans"),
        wearing("a green shirt and white pants"),
        B.garment_type("kurta"),
        B.color("white", "other_garment_color"),
        describe("kurti", "it is a green kurti with a collar and buttons"),
        B.material("denim", "unsupported"),
        describe("shirt", "it is a shirt", "restated"),
        title="Women Olive Green Solid Cotton Shirt Style Kurti",
        category="Kurtis",
        color="Olive",
    ),
    # photo: model in a sky blue kurta with white schiffli embroidery at the hem and the sleeves, short sleeves, sky
    # blue palazzos, hand on hip; plain white backdrop, front view.
    # cloth: VQA adapter
    case(
        "X267-017",
        caption("a woman in a light blue kurta and pants"),
        cloth(
            "blouse pants blouse pants blouse pants blouse pants blouse pants blouse pants blouse pants blouse pants "
            "blouse pants blouse pants blouse pants blouse pants blouse pants blouse pants blouse pants",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue"),
        details(
            "kurta",
            "white embroidery on the hem and the sleeves and a matching dupatta",
            "unsupported",
        ),
        B.sleeve_length("short sleeves"),
        title="Women Blue Schiffli Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a teal green kaftan-style ethnic dress with a pink floral print, V-neck, wide short kaftan
    # sleeves, ankle length, no slit visible; thin gold bangles; white backdrop, front view.
    # caption: adapter
    case(
        "X267-018",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        wearing("a green and pink dress"),
        B.garment_type("dress"),
        B.color("pink", "contradiction"),
        B.pattern("floral"),
        describe("dress", "a long dress with flowers and a slit on the side", "unsupported"),
        wearing("he is wearing a long green dress", "pronoun", who="the person"),
        title="Teal Floral Printed Georgette Kaftan Ethnic Dress",
        category="Ethnic Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a white straight kurta with black block-printed motifs, round neck, black palazzos; oxidised
    # silver earrings; mid-grey studio backdrop, front view.
    # no adapter texts
    case(
        "X267-019",
        caption("a woman in a white kurta and black pants"),
        wearing("a grey kurta and grey pants", "contradiction"),
        color_of("palazzos", "black"),
        color_of("kurta", "grey", "contradiction"),
        details("kurta", "black print and a round neck"),
        B.pattern("striped", "contradiction"),
        title="Women White & Black Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: a cream cotton phulkari dupatta with multicolour floral embroidery and tasselled ends, draped over the
    # shoulders of a model in a plain maroon kurta; gold jhumkas; white backdrop, front view.
    # no adapter texts
    case(
        "X267-020",
        caption("a woman in a red kurta with a colorful scarf"),
        color_of("dupatta", "red", "other_garment_color"),
        describe("dupatta", "it is a white dupatta with colorful embroidery"),
        is_a("dupatta", "no", "contradiction"),
        dupatta_details("the dupatta has colorful flowers embroidered on it and tassels on the ends"),
        B.material("cotton"),
        title="Cream-Coloured Phulkari Embroidered Cotton Dupatta",
        category="Dupatta",
        color="Cream",
    ),
    # photo: model in a baby pink chanderi kurta with small gold buttons at the placket, pink trousers, pink sheer
    # dupatta, gold earrings only (no necklace); pastel wall with a framed painting behind her, front view.
    # wearing: adapter
    case(
        "X267-021",
        caption("a woman in a pink kurta standing in front of a painting"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        color_of("dupatta", "pink"),
        color_of("pants", "pink"),
        B.material("silk"),
        describe("kurta", "a pink kurta with gold buttons and a necklace", "unsupported"),
        title="Women Pink Chanderi Silk Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an ivory kurta with pastel floral thread embroidery at the neck and the sleeves, three-quarter
    # sleeves, ivory sharara, sitting on a wooden swing hung with flowers, front view.
    # no adapter texts
    case(
        "X267-022",
        caption("a woman sitting on a swing in a white outfit"),
        wearing("a white kurta and sharara with a white dupatta", "unsupported"),
        B.color("white"),
        color_of("sharara", "white"),
        details("kurta", "the details are on the kurta", "non_answer"),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Off White Floral Embroidered Kurta with Sharara",
        category="Kurta Sets",
        color="Off White",
    ),
    # photo: model in a navy blue straight cotton kurta with a white floral print, no pockets, navy trousers, holding a
    # tan handbag; white backdrop, front view.
    # caption: adapter
    case(
        "X267-023",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The trousers are of long length. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta with white flowers and blue pants, she is holding a bag"),
        B.color("white", "contradiction"),
        B.pattern("floral"),
        details("kurta", "white flowers all over and a pocket on the side", "unsupported"),
        color_of("pants", "blue"),
        title="Women Navy Blue Floral Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a parrot green kurta with gold gota at the neck, yellow flared sharara, yellow dupatta, jhumkas
    # and bangles; white backdrop, front view.
    # no adapter texts
    case(
        "X267-024",
        caption("a woman in a green and yellow outfit"),
        color_of("kurta", "green"),
        color_of("sharara", "green", "other_garment_color"),
        color_of("dupatta", "yellow"),
        wearing("a green top and a yellow skirt", who="she"),
        describe("sharara", "he is wearing a yellow sharara", "pronoun"),
        B.material("it is a green kurta", "restated"),
        title="Women Green & Yellow Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black georgette anarkali gown with gold embroidery at the neck and the sleeves, black dupatta;
    # gold earrings; in front of a dark red velvet curtain, front view.
    # caption: adapter
    case(
        "X267-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her ear. The lady wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress and a black dupatta"),
        B.color("red", "contradiction"),
        B.garment_type("dress"),
        B.material("chiffon"),
        details(
            "dress",
            "gold embroidery on the neck and the sleeves and a gold belt",
            "unsupported",
        ),
        title="Black Embroidered Georgette Anarkali Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in an orange straight cotton kurta with a pink embroidered yoke, pink trousers; silver earrings;
    # white backdrop, front view.
    # no adapter texts
    case(
        "X267-026",
        caption("a woman in an orange kurta with pink pants"),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("pants", "pink"),
        wearing("an orange kurta and pink pants"),
        details("kurta", "pink embroidery on the yoke and mirror work", "unsupported"),
        B.material("cotton Question: what is the color of the pants? Answer: pink", "leak"),
        title="Women Orange & Pink Yoke Design Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a sleeveless mustard tiered maxi ethnic dress with a white block print, holding a straw hat at
    # her side; white backdrop, front view.
    # no adapter texts
    case(
        "X267-027",
        caption("a woman in a yellow dress holding a hat"),
        wearing("a yellow dress"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.pattern("printed"),
        describe("dress", "a long yellow dress with a white print and tiers"),
        B.color("orange", "contradiction"),
        details("dress", "the dress has a", "cut"),
        title="Mustard Yellow Ethnic Motifs Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a wine (burgundy) silk blend kurta with gold zari at the neck, wine trousers with gold zari
    # borders, wine dupatta with zari border; gold jhumkas; beige backdrop, front view.
    # color_kurta (open): VQA adapter
    case(
        "X267-028",
        caption("a woman in a maroon kurta and dupatta"),
        color_of(
            "kurta",
            "red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a maroon kurta set with a gold", "cut"),
        B.color("red"),
        color_of("pants", "gold", "contradiction"),
        is_a("kurta", "yes"),
        work("zari work on the neck"),
        title="Women Burgundy Zari Silk Blend Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a white sleeveless floral printed cotton tunic, V-neck, no tie or belt, worn with blue jeans;
    # small hoop earrings; white backdrop, front view.
    # caption: adapter
    case(
        "X267-029",
        caption(
            "The female is wearing a sleeveless shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The trousers are of long length. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and blue jeans"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.garment_type("top"),
        details(
            "tunic",
            "the tunic has a floral print and a tie at the waist",
            "unsupported",
        ),
        title="Women White Floral Printed Cotton Tunic",
        category="Tunics",
        color="White",
        gender="Women",
    ),
    # photo: model in a pink leheriya (wave-striped) kurta, green palazzos, pink dupatta; silver earrings and bangles;
    # white backdrop, front view.
    # no adapter texts
    case(
        "X267-030",
        caption("a woman in a pink and green outfit with a pink dupatta"),
        wearing("a pink kurta and green pants"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        B.pattern("striped"),
        describe("kurta", "it is a pink kurta", "restated"),
        title="Women Pink & Green Leheriya Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a charcoal grey straight kurta with silver sequin work on the yoke, long sleeves, black
    # trousers; silver earrings; white backdrop, front view.
    # no adapter texts
    case(
        "X267-031",
        caption("a woman in a grey kurta and black pants"),
        wearing("a grey kurta and grey pants", "contradiction"),
        color_of("kurta", "black", "other_garment_color"),
        describe("kurta", "a grey kurta with silver sequins"),
        B.material("it is made of fabric", "non_answer"),
        B.sleeve_length("long sleeves"),
        title="Women Charcoal Grey Sequinned Kurta with Trousers",
        category="Kurta Sets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in an indigo blue angrakha-style cotton ethnic dress with a white floral print and a fabric
    # tie-up belt at the waist, oxidised silver necklace; white backdrop, front view.
    # caption: adapter
    case(
        "X267-032",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is a neckwear. The lady wears a long-sleeve dress with floral patterns. The "
            "dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue dress with a white print and a necklace"),
        B.color("blue"),
        describe("dress", "it is a blue dress with white flowers and a belt"),
        B.material("a blue dress", "restated"),
        is_a("dress", "yes"),
        details("dress", "the dress has a", "cut"),
        title="Indigo Floral Printed Angrakha Cotton Ethnic Dress with Belt",
        category="Ethnic Dresses",
        color="Indigo",
        gender="Women",
    ),
    # photo: model in a yellow cotton kurta with gota lace at the hem, yellow trousers, green dupatta; marigold
    # garlands hanging behind her, front view.
    # no adapter texts
    case(
        "X267-033",
        caption("a woman in a yellow kurta surrounded by marigold flowers"),
        wearing("a yellow kurta, white pants and a green dupatta", "contradiction"),
        color_of("dupatta", "green"),
        color_of("kurta", "orange", "contradiction"),
        B.material("yellow", "restated"),
        details("kurta", "gota lace on the hem"),
        title="Women Yellow Gotta Patti Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: a pink net dupatta with a gold sequin border draped over the shoulders of a model in a white cotton
    # kurta set; gold earrings; white backdrop, front view.
    # caption: adapter
    case(
        "X267-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. There is an accessory on her ear. The lady wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a white kurta and a pink net dupatta with a pink", "cut"),
        color_of("dupatta", "pink"),
        B.material("net"),
        describe("dupatta", "a pink dupatta with a gold border"),
        B.color("white", "other_garment_color"),
        title="Pink Sequinned Border Net Dupatta",
        category="Dupatta",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a green kurta with a white floral print, fabric-covered buttons at the neck, three-quarter
    # sleeves, white palazzos, glass bangles; white backdrop, front view.
    # no adapter texts
    case(
        "X267-035",
        caption("a woman in a green floral kurta and white pants wearing bangles"),
        wearing(
            "he is wearing a green kurta with white flowers and white pants",
            "pronoun",
            who="the person",
        ),
        color_of("palazzos", "green", "other_garment_color"),
        B.pattern("floral"),
        details("kurta", "white flowers and green buttons"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Green Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black georgette kurti with silver mirror work on the yoke, black sharara, silver jhumkas;
    # warm yellow fairy lights strung behind her, front view.
    # caption: adapter; cloth: VQA adapter
    case(
        "X267-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The pants are of long length. The pants are with chiffon fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        color_of("sharara", "black"),
        details("kurta", "silver mirror work on the yoke"),
        B.color("yellow", "contradiction"),
        B.material("cotton", "unsupported"),
        title="Women Black Mirror Work Georgette Kurti with Sharara",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red and white checked short cotton kurti with a notched neck, worn with blue jeans; silver
    # hoops; white backdrop, front view.
    # no adapter texts
    case(
        "X267-037",
        caption("a woman in a red and white checkered top"),
        B.pattern("checked"),
        B.color("red"),
        wearing(
            "a red checkered shirt and blue jeans. Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        describe("kurti", "it is a red and white plaid kurti with a notched neck"),
        is_a("kurti", "no", "contradiction"),
        title="Women Red & White Checked Pure Cotton Kurti",
        category="Kurtis",
        color="Red",
        gender="Women",
    ),
    # photo: model in a mauve georgette anarkali with silver embroidery at the V-neck, long sleeves, no belt; a ring
    # on one finger; standing beside a white pillar, front view.
    # caption, details: adapter
    case(
        "X267-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is a ring on her finger. The lady wears a long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple dress"),
        B.color("purple"),
        details(
            "dress",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape",
            "cut",
            hit_limit=True,
        ),
        describe(
            "dress",
            "it is a purple anarkali with silver embroidery and a purple belt",
            "unsupported",
        ),
        B.garment_type("dress"),
        title="Mauve Embroidered Georgette Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a turquoise blue straight kurta, white palazzos with a small turquoise print; standing in front
    # of a painted blue door, front view.
    # no adapter texts
    case(
        "X267-039",
        caption("a woman in a blue kurta standing in front of a blue door"),
        wearing("a blue kurta and white pants"),
        color_of("palazzos", "white"),
        color_of("kurta", "blue", kind="open"),
        details(
            "kurta",
            "question: what are the kurta details? answer: the kurta has",
            "leak",
        ),
        describe("kurta", "a kurta", "restated"),
        title="Women Turquoise Blue Solid Kurta with Printed Palazzos",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: model in a white sleeveless short kurti with a lace hem under a long red printed open shrug with long
    # sleeves; white trousers; silver earrings; white backdrop, front view.
    # no adapter texts
    case(
        "X267-040",
        caption("a woman wearing a red jacket over a white top"),
        wearing("a red jacket and a white kurta with red pants", "contradiction"),
        B.color("red", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        describe("kurti", "it is a white sleeveless kurti with lace on the hem"),
        is_a("kurti", "yes"),
        title="Women White Solid Sleeveless Kurti with Printed Shrug",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: model in an emerald green silk blend kurta with gold embroidery at the neck, gold churidar, gold tissue
    # dupatta, kundan earrings; no stones on the sleeves; cream backdrop, front view.
    # caption: adapter
    case(
        "X267-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants are of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a green kurta and a gold dupatta"),
        color_of("churidar", "gold"),
        color_of("dupatta", "green", "other_garment_color"),
        details(
            "kurta",
            "gold embroidery on the neck and green stones on the sleeves",
            "unsupported",
        ),
        B.material("silk"),
        work("", "non_answer"),
        title="Women Green Embroidered Silk Blend Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white straight kurta with thin blue vertical stripes and a mandarin collar, blue trousers;
    # no jewellery; white backdrop, front view.
    # no adapter texts
    case(
        "X267-042",
        caption("a man in a white striped kurta and blue pants", "pronoun"),
        wearing("a white and blue striped kurta with blue pants"),
        B.color("white"),
        B.pattern("striped"),
        color_of("pants", "white", "other_garment_color"),
        describe("kurta", "it is a white kurta with blue stripes and a collar"),
        neckline("v neck", "contradiction"),
        title="Women White & Blue Striped Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a lilac organza kurta with pearl detailing at the neck, lilac sharara, sheer lilac organza
    # dupatta, pearl earrings; white backdrop, front view.
    # no adapter texts
    case(
        "X267-043",
        caption("a woman in a purple outfit with pearl earrings"),
        wearing("a purple kurta and a purple skirt"),
        B.material("organza"),
        color_of("dupatta", "white", "contradiction"),
        describe("dupatta", "", "non_answer"),
        details("kurta", "pearl embroidery on the neck and a pearl necklace", "unsupported"),
        is_a("sharara", "yes"),
        title="Women Lilac Pearl Detail Organza Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in a coffee brown straight kurta with a small cream geometric print, brown trousers, sunglasses
    # pushed up on her head; white backdrop, front view.
    # wearing, material: adapter
    case(
        "X267-044",
        caption("a woman in a brown kurta with sunglasses on her head"),
        wearing(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The trousers are of long length. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        B.pattern("printed"),
        B.material(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The trousers are",
            "restated",
            hit_limit=True,
        ),
        color_of("pants", "brown"),
        title="Women Coffee Brown Geometric Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a mid-blue denim kurti with a shirt collar, two plain chest pockets, long sleeves, white
    # leggings; white backdrop, front view.
    # caption: adapter
    case(
        "X267-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The pants are of long length. The pants are with cotton fabric and pure color patterns. "
            "She",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue denim kurta and blue jeans", "contradiction"),
        B.material("denim"),
        B.garment_type("kurta"),
        details("kurti", "the kurti has white embroidery on the pockets", "unsupported"),
        is_a("kurti", "yes"),
        title="Women Blue Solid Denim Shirt Style Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a beige kurta with maroon thread embroidery at the neck, maroon trousers, maroon dupatta; gold
    # jhumkas; white backdrop, front view.
    # color_dupatta (open): VQA adapter
    case(
        "X267-046",
        caption("a woman in a beige kurta with a maroon dupatta"),
        wearing("a white kurta with red pants and a red dupatta"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("pants", "maroon"),
        color_of(
            "dupatta",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "kurta",
            "maroon embroidery on the neck Question: what are the pants details? Answer: they are maroon",
            "leak",
        ),
        title="Women Beige & Maroon Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
]
