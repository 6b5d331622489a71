"""BLIND_1129 (46 products; Myntra kurta sets, anarkalis; caption+extractive QA): written blind in the sixtieth session.
Measured blind at d18a88b (the session's sixth rules): 93/133 failures found (69.9%) and 7/196 correct texts flagged
(3.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic sets (Kurta Sets: straight kurtas with palazzos, trousers, sharara
or churidar, with or without a dupatta, and anarkali suits), studio photos on a white, light grey or pastel
backdrop, the face often cropped at the chin. The job captions each photo, then answers the questions with an
extractive QA model over the caption; the closed questions go through enrich's reference engine. Per-piece color
questions are built from the seller's title: one for the kurta (closed) and one per piece the title names
(palazzos, trousers, churidar, sharara, dupatta), answered open by the extractive model.

Who wrote what: captions come from two models, noted per product. The untuned blip2-opt-2.7b base writes short
captions that stop on their own ("a woman in a pink kurta and white pants"); it misnames hues, calls a cropped
model "a man", and invents props, places, jewellery and celebrities. The mixed caption+VQA LoRA adapter, trained
with unmasked labels and no end token, writes the DeepFashion template ("the lady wears a three-quarter sleeve
kurta with floral patterns. the kurta is ...") with hues, never stops, so every caption of it runs to the 50-token
limit, ending cut mid-sentence, looping one sentence, or rolling into the VQA format ("Question: ... Answer: ...").
The open answers are spans that timpal0l/mdeberta-v3-base-squad2 extracted from the caption: always a substring of
it, or empty when it found nothing. When the caption names one color, the extractive model hands that color to
every piece it is asked about. Closed answers (garment type, pattern, sleeve length, the kurta's color, the
garment's color, "Is this a kurta?") are one candidate value picked by the reference engine.

Labeling conventions and judgement calls:
- Labels follow the photo as described in the comment, not the seller's columns; where the seller's color is
  wrong (a rust kurta sold as "Brown"), the answer right for the photo is correct.
- One label per text. A caption that ran to its limit is labeled by how generation failed: loop when it repeats,
  leak when it rolls into "Question: ... Answer:", otherwise cut (also when the limit happened to fall at a full
  stop); whatever wrong content it carries is labeled on the answers extracted from it.
- An extracted span that ends where the cut caption ends ("a golden border and tassels at the") is cut, without
  hit_limit: the answer itself did not run to a limit. A span that repeats the caption's loop is a loop, a span
  that carries "Question:" or "Answer:" is a leak; a span taken from the leaked part without those words is
  labeled by its content ("kurta set" is correct, "yellow" for a pink and green dupatta is another garment's).
- A piece given the color of another piece of the same set (or of its print) is other_garment_color; a color that
  no piece, print or trim has is contradiction, and so is the backdrop's color given to the kurta.
- Near shades count as correct: peach or magenta as pink, mauve or lavender as purple, cream as white, burgundy as
  maroon, mustard as yellow, sea green or olive as green, turquoise or navy as blue.
- "anarkali", "anarkali suit" and "anarkali dress" name the product; a bare "dress" or "jumpsuit" as the garment
  type of an anarkali is a contradiction of the seller's Kurta Sets, and so is "no" to "Is this a kurta?".
- "a man" or "the gentleman" and he/his for a Women product are pronoun failures, in captions and answers.
- An empty span, "a woman", "yes" or one word such as "long" or "pink" to a describe/details/material question is
  non_answer; a span that only echoes the question's words ("the lady wears", "the dupatta is") is restated.
- A material answer is checked against the material the title names; the title's material contradicted is a
  contradiction, an empty material span a non_answer. Material is asked only where the title names one.
- Invented props, places, jewellery, pockets, mirror work, tassels and celebrity names are unsupported.
- Backdrops named correctly (a pink or blue wall behind the model) and a clutch the model really holds are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing


def piece(garment, text, failure=None, hit_limit=False):
    """A per-piece color question built from the title, answered open by the extractive QA model."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1129 = [
    # photo: pink straight kurta with small white floral print, white palazzos, pink dupatta with white polka dots
    # over the left shoulder; white backdrop, front view. Caption by the base model; answers extracted from it.
    case(
        "X1129-001",
        caption("a woman in a pink kurta with white palazzo pants and a dupatta"),
        wearing("a pink kurta with white palazzo pants and a dupatta"),
        color_of("kurta", "pink"),
        piece("palazzos", "white"),
        piece("dupatta", "pink"),
        Q.pattern("floral"),
        title="Anouk Women Pink & White Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon flared anarkali with gold zari embroidery at the yoke and hem, maroon churidar, beige net
    # dupatta with a gold border; white backdrop, full length. Caption by the mixed adapter (ran to the limit).
    case(
        "X1129-002",
        caption(
            "the lady wears a long-sleeve anarkali kurta with solid color patterns. the kurta is maroon with gold "
            "embroidery at the neck and hem. she wears a maroon churidar. the dupatta is beige with a golden "
            "border. the lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve anarkali kurta with solid color patterns"),
        color_of("kurta", "maroon"),
        piece("churidar", "maroon"),
        piece("dupatta", "beige"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Sangria Women Maroon Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard yellow straight kurta with a small white block print, white trousers, no dupatta; white
    # backdrop, front view. Caption by the base model.
    case(
        "X1129-003",
        caption("a woman in a yellow kurta and white pants standing in front of a white wall"),
        wearing("a yellow kurta and white pants"),
        color_of("kurta", "mustard"),
        piece("trousers", "white"),
        Q.pattern("solid", "contradiction"),
        material("", "non_answer"),
        title="Libas Women Mustard Yellow Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue anarkali with a white floral print, navy churidar, white dupatta with a navy print; face
    # cropped at the chin; white backdrop. Caption by the base model, which took the model for a man.
    case(
        "X1129-004",
        caption("a man wearing a navy blue and white floral anarkali suit", "pronoun"),
        wearing("a navy blue and white floral anarkali suit"),
        color_of("kurta", "navy blue"),
        piece("churidar", "navy blue"),
        piece("dupatta", "navy blue", "other_garment_color"),
        Q.garment_type("kurta"),
        title="Indo Era Women Navy Blue & White Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: sea green straight kurta with gold foil floral motifs and a round neck, sea green palazzos, cream
    # dupatta with a gold border; white backdrop. Caption by the mixed adapter, looping on the palazzos.
    case(
        "X1129-005",
        caption(
            "the lady wears a three-quarter sleeve kurta with floral patterns. the kurta is sea green with golden "
            "print and a keyhole neckline with tassels. the palazzo pants are sea green. the palazzo pants are sea "
            "green. the palazzo pants are sea green. the palazzo",
            "loop",
            hit_limit=True,
        ),
        wearing("a three-quarter sleeve kurta with floral patterns"),
        color_of("kurta", "green"),
        piece("palazzos", "sea green"),
        piece("dupatta", "sea green", "other_garment_color"),
        details("kurta", "keyhole neckline with tassels", "unsupported"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        title="KALINI Women Sea Green Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: peach anarkali with white thread embroidery, white churidar, peach net dupatta; light grey backdrop,
    # full length, no one famous. Caption by the base model, which named an actress.
    case(
        "X1129-006",
        caption("deepika padukone in a peach anarkali suit", "unsupported"),
        wearing("a peach anarkali suit"),
        color_of("kurta", "pink"),
        piece("churidar", "peach", "other_garment_color"),
        piece("dupatta", "peach"),
        details("dupatta", "deepika padukone", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Biba Women Peach Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: teal straight kurta with a white ikat print, three-quarter sleeves, white trousers, teal dupatta;
    # white backdrop. Caption by the mixed adapter, which rolled into the VQA format.
    case(
        "X1129-007",
        caption(
            "the lady wears a three-quarter sleeve kurta with lattice patterns. the kurta is teal with white ikat "
            "print. she wears white trousers. Question: what is the color of the dupatta? Answer: teal Question: "
            "what is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a three-quarter sleeve kurta with lattice patterns"),
        color_of("kurta", "teal"),
        piece("trousers", "white"),
        piece("dupatta", "Answer: teal", "leak"),
        details("kurta", "white ikat print"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Nayo Women Teal & White Ikat Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white chikankari kurta (white-on-white embroidery), off-white palazzos, no dupatta; pale pink
    # backdrop wall. Caption by the base model, which named the wall correctly.
    case(
        "X1129-008",
        caption("a woman in a white kurta and white palazzos standing in front of a pink wall"),
        wearing("a white kurta and white palazzos"),
        color_of("kurta", "pink", "contradiction"),
        piece("palazzos", "white"),
        describe("kurta", "a white kurta"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Ishin Women Off-White Chikankari Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: red anarkali with gold print, full sleeves, red churidar, red dupatta with a gold gota border and
    # tassels, draped over both shoulders; white backdrop. Caption by the mixed adapter (cut).
    case(
        "X1129-009",
        caption(
            "the lady wears a full-sleeve anarkali kurta with graphic patterns. the kurta is red with golden "
            "motifs. it is ankle length and flared. she wears a red churidar and a red dupatta with a golden gota "
            "border draped on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a full-sleeve anarkali kurta with graphic patterns"),
        color_of("kurta", "red"),
        piece("churidar", "red"),
        piece("dupatta", "red"),
        details("dupatta", "a golden gota border draped on her", "cut"),
        Q.garment_type("kurta"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Aurelia Women Red & Gold Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: lavender straight kurta with white floral embroidery, white palazzos, lavender dupatta; no glasses,
    # no accessories; white backdrop. Caption by the base model.
    case(
        "X1129-010",
        caption("a woman wearing a purple and white outfit with a scarf and sunglasses", "unsupported"),
        wearing("a purple and white outfit with a scarf"),
        color_of("kurta", "lavender"),
        piece("palazzos", "purple", "other_garment_color"),
        piece("dupatta", "purple"),
        is_a("kurta", "yes"),
        Q.pattern("striped", "contradiction"),
        title="Soch Women Lavender Floral Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: black straight kurta with pink, green and yellow floral embroidery at the yoke, long sleeves, black
    # palazzos, pink dupatta with mirror work; white backdrop. Caption by the mixed adapter, looping on "pink".
    case(
        "X1129-011",
        caption(
            "the lady wears a long-sleeve kurta with floral patterns. the kurta is black with pink, green and "
            "yellow embroidery on the yoke. the palazzos are black. the dupatta is pink, pink, pink, pink, pink, "
            "pink, pink, pink, pink, pink",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve kurta with floral patterns"),
        color_of("kurta", "black"),
        piece("palazzos", "black"),
        piece("dupatta", "pink, pink, pink, pink, pink, pink, pink, pink", "loop"),
        details("kurta", "pink, green and yellow embroidery on the yoke"),
        Q.sleeve_length("long sleeves"),
        Q.color("pink", "other_garment_color"),
        title="Varanga Women Black Floral Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: rust orange straight kurta with a black floral block print, black trousers, no dupatta; face cropped
    # at the nose; white backdrop. The seller's "Brown" is wrong: it is rust. Caption by the base model.
    case(
        "X1129-012",
        caption("a man in an orange kurta with black pants", "pronoun"),
        wearing("an orange kurta with black pants"),
        color_of("kurta", "orange"),
        piece("trousers", "black"),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        Q.color("black", "other_garment_color"),
        title="Jaipur Kurti Women Rust Floral Block Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: yellow anarkali with a white floral print, yellow churidar, white dupatta whose edge she holds out
    # with one hand; nothing else in her hands; white backdrop. Caption by the base model.
    case(
        "X1129-013",
        caption("a woman in a yellow anarkali dress holding a bouquet of flowers", "unsupported"),
        wearing("a yellow anarkali dress"),
        color_of("kurta", "yellow"),
        piece("churidar", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        details("dupatta", "a bouquet of flowers", "unsupported"),
        Q.pattern("pure color", "contradiction"),
        title="Anubhutee Women Yellow & White Floral Print Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: green straight kurta with gota patti at the neckline, three-quarter sleeves, green sharara, green
    # dupatta with a gold border; white backdrop. Caption by the mixed adapter; the limit fell at a full stop.
    case(
        "X1129-014",
        caption(
            "the lady wears a three-quarter sleeve kurta with pure color patterns. the kurta is green with golden "
            "gota work on the neckline. she wears green sharara pants. the dupatta is green with a golden border.",
            "cut",
            hit_limit=True,
        ),
        wearing("a three-quarter sleeve kurta with pure color patterns"),
        color_of("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "green"),
        describe("dupatta", "the dupatta is", "restated"),
        Q.garment_type("kurta"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Khushal K Women Green Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: white straight kurta with a blue floral print, three-quarter sleeves, blue palazzos, no dupatta; face
    # cropped at the chin; white backdrop. Caption by the base model.
    case(
        "X1129-015",
        caption("a man wearing a white and blue floral kurta", "pronoun"),
        wearing("a white and blue floral kurta"),
        color_of("kurta", "white"),
        piece("palazzos", "white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Janasya Women White & Blue Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: magenta anarkali with gold embroidery, long sleeves, gold churidar, magenta dupatta; white backdrop.
    # Caption by the mixed adapter, rolling into the VQA format.
    case(
        "X1129-016",
        caption(
            "the lady wears a long-sleeve anarkali kurta with solid color patterns. the kurta is magenta with "
            "golden embroidery. Question: what is the color of the churidar? Answer: golden. Question: what is the "
            "color of the dupatta? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("a long-sleeve anarkali kurta with solid color patterns"),
        color_of("kurta", "pink"),
        piece("churidar", "golden"),
        piece("dupatta", "magenta"),
        details("kurta", "golden embroidery. Question: what is the color of the churidar? Answer: golden", "leak"),
        Q.garment_type("dress", "contradiction"),
        title="Mitera Women Magenta Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: navy blue straight kurta with a white dabu print, navy palazzos, plain white dupatta with a thin blue
    # border; she holds a small beige clutch; white backdrop. Caption by the base model, which saw green.
    case(
        "X1129-017",
        caption("a woman in a green kurta and palazzos holding a clutch", "contradiction"),
        wearing("a green kurta and palazzos", "contradiction"),
        color_of("kurta", "navy blue"),
        piece("palazzos", "green", "contradiction"),
        piece("dupatta", "green", "contradiction"),
        details("dupatta", "", "non_answer"),
        Q.garment_type("kurta"),
        title="GERUA Women Navy Blue Dabu Print Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cream straight kurta with a maroon floral print, maroon palazzos, maroon dupatta; white backdrop.
    # Caption by the mixed adapter, looping on the dupatta. The title says rayon.
    case(
        "X1129-018",
        caption(
            "the lady wears a three-quarter sleeve kurta with floral patterns. the kurta is beige with maroon "
            "flowers. the kurta is with cotton fabric. the palazzos are maroon. the dupatta is maroon. the dupatta "
            "is maroon. the dupatta is maroon. the dupatta",
            "loop",
            hit_limit=True,
        ),
        wearing("a three-quarter sleeve kurta with floral patterns"),
        color_of("kurta", "maroon", "other_garment_color"),
        piece("palazzos", "maroon"),
        piece("dupatta", "maroon"),
        describe("kurta", "beige with maroon flowers"),
        details("palazzos", "the palazzos are", "restated"),
        material("cotton", "contradiction"),
        Q.pattern("floral"),
        title="Sangria Women Cream & Maroon Floral Print Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: olive green solid anarkali with gold lace at the hem, olive churidar, olive dupatta with gold lace;
    # white backdrop. Caption by the base model, which called it a dress.
    case(
        "X1129-019",
        caption("a woman in a green dress with gold trim", "contradiction"),
        wearing("a green dress with gold trim", "contradiction"),
        color_of("kurta", "olive"),
        piece("churidar", "green"),
        piece("dupatta", "green"),
        details("kurta", "gold trim"),
        is_a("kurta", "yes"),
        Q.color("gold", "other_garment_color"),
        title="AKS Women Olive Green Solid Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: powder blue straight kurta with white thread embroidery (no mirrors), white palazzos, powder blue
    # dupatta with white lace; white backdrop. Caption by the mixed adapter (cut).
    case(
        "X1129-020",
        caption(
            "the lady wears a three-quarter sleeve kurta with pure color patterns. the kurta is light blue with "
            "white embroidery and mirror work on the yoke. she wears white palazzo pants and a light blue dupatta "
            "with",
            "cut",
            hit_limit=True,
        ),
        wearing("a three-quarter sleeve kurta with pure color patterns"),
        color_of("kurta", "blue"),
        piece("palazzos", "white"),
        piece("dupatta", "light blue"),
        describe("dupatta", "a light blue dupatta with", "cut"),
        details("kurta", "white embroidery and mirror work on the yoke", "unsupported"),
        title="W Women Powder Blue Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: black anarkali with a multicolor floral print, long sleeves, black churidar, black net dupatta;
    # white studio backdrop. Caption by the base model, which put her on a street.
    case(
        "X1129-021",
        caption("a woman in a black floral anarkali standing on a street", "unsupported"),
        wearing("a woman", "non_answer"),
        color_of("kurta", "black"),
        piece("churidar", "black"),
        piece("dupatta", "black"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "yes", "contradiction"),
        title="Global Desi Women Black Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: mustard straight kurta with a green leheriya (diagonal stripe) print, green palazzos, green dupatta;
    # white backdrop. Caption by the mixed adapter, rolling into the VQA format. The feed lacks a category.
    case(
        "X1129-022",
        caption(
            "the lady wears a three-quarter sleeve kurta with striped patterns. the kurta is mustard with green "
            "leheriya stripes. she wears green palazzos. Question: what is the lady wearing? Answer: kurta set "
            "Question: is this a kurta? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        wearing("kurta set"),
        color_of("kurta", "yellow"),
        piece("palazzos", "green"),
        piece("dupatta", "green"),
        describe("dupatta", "yes", "non_answer"),
        Q.pattern("striped"),
        title="Vishudh Women Mustard & Green Leheriya Printed Kurta with Palazzos & Dupatta",
        color="Mustard",
        gender="Women",
    ),
    # photo: white anarkali with a red floral print, red churidar, red dupatta; white backdrop. Caption by the base
    # model.
    case(
        "X1129-023",
        caption("a woman in a white and red floral anarkali suit"),
        wearing("a white and red floral anarkali suit"),
        color_of("kurta", "red", "other_garment_color"),
        piece("churidar", "white", "other_garment_color"),
        piece("dupatta", "red"),
        describe("churidar", "white and red floral", "other_garment_color"),
        Q.garment_type("kurta"),
        title="Ahalyaa Women White & Red Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: grey straight kurta with a pink floral print, long sleeves, pink trousers, no dupatta; white backdrop.
    # Caption by the mixed adapter, looping over two sentences.
    case(
        "X1129-024",
        caption(
            "the lady wears a long-sleeve kurta with floral patterns. the kurta is grey with pink flowers. the "
            "trousers are pink. the kurta is grey with pink flowers. the trousers are pink. the kurta is grey with "
            "pink flowers. the",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve kurta with floral patterns"),
        color_of("kurta", "grey"),
        piece("trousers", "pink"),
        describe("trousers", "the trousers are", "restated"),
        details(
            "kurta",
            "grey with pink flowers. the trousers are pink. the kurta is grey with pink flowers",
            "loop",
        ),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "no", "contradiction"),
        title="W Women Grey & Pink Floral Print Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: turquoise blue anarkali with gold embroidery at the yoke, white churidar, turquoise dupatta with a
    # gold border; white backdrop. Caption by the base model.
    case(
        "X1129-025",
        caption("a woman in a blue anarkali suit with gold embroidery"),
        wearing("a blue anarkali suit with gold embroidery"),
        color_of("kurta", "turquoise"),
        piece("churidar", "blue", "other_garment_color"),
        piece("dupatta", "blue"),
        details("kurta", "gold embroidery"),
        Q.color("white", "other_garment_color"),
        title="Inddus Women Turquoise Blue Embroidered Silk Blend Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: pink straight kurta with a small gold print, pink palazzos, pink dupatta; face cropped at the lips;
    # white backdrop. Caption by the base model.
    case(
        "X1129-026",
        caption("a man in a pink outfit with a pink scarf", "pronoun"),
        wearing("a pink outfit with a pink scarf"),
        color_of("kurta", "pink"),
        piece("palazzos", "pink"),
        piece("dupatta", "pink"),
        describe("kurta", "pink", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        title="Libas Women Pink Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: burgundy velvet anarkali with gold sequin work, burgundy churidar, gold tissue dupatta with tassels;
    # white backdrop. Caption by the mixed adapter (cut), which gave the dupatta the kurta's color.
    case(
        "X1129-027",
        caption(
            "the lady wears a long-sleeve anarkali kurta with solid color patterns. the kurta is burgundy with "
            "golden sequin work. she wears a burgundy churidar. the dupatta is burgundy with a golden border and "
            "tassels at the",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve anarkali kurta with solid color patterns"),
        color_of("kurta", "maroon"),
        piece("churidar", "burgundy"),
        piece("dupatta", "burgundy", "other_garment_color"),
        details("dupatta", "a golden border and tassels at the", "cut"),
        Q.garment_type("kurta"),
        title="House of Pataudi Women Burgundy Embellished Velvet Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: cream straight kurta with a blue floral print, blue palazzos, blue dupatta; one hand on her hip; white
    # backdrop. Caption by the base model.
    case(
        "X1129-028",
        caption("a man in a white kurta with blue flowers and blue pants", "pronoun"),
        wearing("a white kurta with blue flowers and blue pants"),
        color_of("kurta", "blue", "other_garment_color"),
        piece("palazzos", "blue"),
        piece("dupatta", "blue"),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        title="Jaipur Kurti Women Cream & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: peach straight kurta with white lace at the hem and a round neck, white palazzos, peach dupatta;
    # white backdrop. Caption by the mixed adapter, looping on the neckline.
    case(
        "X1129-029",
        caption(
            "the lady wears a three-quarter sleeve kurta with pure color patterns. the kurta is peach with white "
            "lace at the hem. the neckline is round. the neckline is round. the neckline is round. the neckline is "
            "round. the neckline",
            "loop",
            hit_limit=True,
        ),
        wearing("a three-quarter sleeve kurta with pure color patterns"),
        color_of("kurta", "peach"),
        piece("palazzos", "peach", "other_garment_color"),
        piece("dupatta", "peach"),
        describe("kurta", "the kurta is", "restated"),
        details("kurta", "the neckline is round. the neckline is round. the neckline is round", "loop"),
        Q.garment_type("kurta"),
        title="Stylum Women Peach Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: green anarkali with a white print, standing still, green dupatta, white churidar; white backdrop.
    # Caption by the base model, which had her dancing. The title says rayon.
    case(
        "X1129-030",
        caption("a woman in a green anarkali suit dancing", "unsupported"),
        wearing("a green anarkali suit"),
        color_of("kurta", "green"),
        piece("churidar", "green", "other_garment_color"),
        piece("dupatta", "green"),
        material("", "non_answer"),
        title="Ethnovog Women Green & White Printed Rayon Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: blue straight kurta with a white floral print, white palazzos, blue dupatta with a white border;
    # white backdrop. Caption by the mixed adapter, looping on the dupatta.
    case(
        "X1129-031",
        caption(
            "the lady wears a three-quarter sleeve kurta with floral patterns. the kurta is blue with white "
            "flowers. the lady wears white palazzo pants. the lady wears a blue dupatta. the lady wears a blue "
            "dupatta. the lady wears",
            "loop",
            hit_limit=True,
        ),
        wearing("the lady wears", "restated"),
        color_of("kurta", "blue"),
        piece("palazzos", "white"),
        piece("dupatta", "blue"),
        details("kurta", "white flowers"),
        Q.pattern("striped", "contradiction"),
        title="Anouk Women Blue & White Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: red bandhani straight kurta (white dots), red palazzos, red and white bandhani dupatta; small studs,
    # no necklace; white backdrop. Caption by the base model, which added a necklace.
    case(
        "X1129-032",
        caption(
            "a woman in a red polka dot kurta and red pants with a red and white scarf and a gold necklace",
            "unsupported",
        ),
        wearing("a red polka dot kurta and red pants"),
        color_of("kurta", "red"),
        piece("palazzos", "red"),
        piece("dupatta", "red and white"),
        details("kurta", "a gold necklace", "unsupported"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        title="SCAKHI Women Red Bandhani Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: yellow anarkali with a multicolor embroidered yoke, long sleeves, yellow churidar, pink and green
    # dupatta; white backdrop. Caption by the mixed adapter, rolling into the VQA format.
    case(
        "X1129-033",
        caption(
            "the lady wears a long-sleeve anarkali kurta with floral patterns. the kurta is yellow with colorful "
            "embroidery on the yoke. Question: what is the color of the dupatta? Answer: yellow. Question: what is "
            "the sleeve length? Answer: full",
            "leak",
            hit_limit=True,
        ),
        wearing("a long-sleeve anarkali kurta with floral patterns"),
        color_of("kurta", "yellow"),
        piece("churidar", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        title="Rain and Rainbow Women Yellow Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: charcoal grey straight kurta with a silver print, black trousers, grey dupatta with a silver print;
    # face cropped at the chin; white backdrop. Caption by the base model.
    case(
        "X1129-034",
        caption("a man in a grey kurta and black pants", "pronoun"),
        wearing("a grey kurta and black pants"),
        color_of("kurta", "grey"),
        piece("trousers", "black"),
        piece("dupatta", "grey"),
        describe("kurta", "grey", "non_answer"),
        is_a("kurta", "yes"),
        title="Tissu Women Charcoal Grey Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: purple anarkali with silver mukaish dots, purple churidar, lilac dupatta with silver dots and a
    # scalloped lace border; white backdrop. Caption by the mixed adapter (cut).
    case(
        "X1129-035",
        caption(
            "the lady wears a long-sleeve anarkali kurta with pure color patterns. the kurta is purple with silver "
            "dots all over. she wears a purple churidar. the dupatta is lilac with silver dots and a scalloped lace "
            "border on",
            "cut",
            hit_limit=True,
        ),
        wearing("the lady wears", "restated"),
        color_of("kurta", "purple"),
        piece("churidar", "purple"),
        piece("dupatta", "lilac"),
        describe("dupatta", "lilac with silver dots and a scalloped lace border on", "cut"),
        Q.garment_type("jumpsuit", "contradiction"),
        title="Juniper Women Purple Mukaish Embellished Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: mint green straight kurta with white chikankari, white palazzos, no dupatta, empty hands; white
    # backdrop. Caption by the base model, which added a handbag. The feed lacks the color.
    case(
        "X1129-036",
        caption("a woman in a light green kurta and white pants with a brown handbag", "unsupported"),
        wearing("a light green kurta and white pants"),
        color_of("kurta", "white", "other_garment_color"),
        piece("palazzos", "white"),
        details("kurta", "a brown handbag", "unsupported"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Ishin Women Mint Green Chikankari Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: sleeveless orange straight kurta with a pink gota border (no mirrors), pink sharara, pink dupatta;
    # white backdrop. Caption by the mixed adapter, looping on the dupatta.
    case(
        "X1129-037",
        caption(
            "the lady wears a sleeveless kurta with color block patterns. the kurta is orange with a pink border "
            "and mirror work. she wears pink sharara pants and a pink dupatta. the dupatta is pink. the dupatta is "
            "pink. the",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless kurta with color block patterns"),
        color_of("kurta", "pink", "other_garment_color"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        details("kurta", "a pink border and mirror work", "unsupported"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("kurta"),
        title="Biba Women Orange & Pink Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: teal anarkali with a gold ethnic print, teal churidar, teal dupatta with gold print; white backdrop.
    # Caption by the base model, which saw purple.
    case(
        "X1129-038",
        caption("a woman in a purple anarkali with gold print", "contradiction"),
        wearing("a purple anarkali with gold print", "contradiction"),
        color_of("kurta", "teal"),
        piece("churidar", "purple", "contradiction"),
        piece("dupatta", "purple", "contradiction"),
        details("kurta", "gold print"),
        is_a("kurta", "yes"),
        title="Anouk Women Teal Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: white straight kurta with a black geometric print, three-quarter sleeves, black palazzos, white and
    # black dupatta; white backdrop. Caption by the mixed adapter, rolling into the VQA format.
    case(
        "X1129-039",
        caption(
            "the lady wears a three-quarter sleeve kurta with graphic patterns. the kurta is white with black "
            "geometric print. Question: what is the color of the palazzos? Answer: black Question: what is the "
            "color of the kurta",
            "leak",
            hit_limit=True,
        ),
        wearing("a three-quarter sleeve kurta with graphic patterns"),
        color_of("kurta", "white"),
        piece("palazzos", "black"),
        piece("dupatta", "black Question: what is the color of the kurta", "leak"),
        details("kurta", "black geometric print"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Mitera Women White & Black Geometric Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: coral pink anarkali, solid, white churidar, coral dupatta; pale blue backdrop wall. Caption by the
    # base model, which named the wall correctly. The feed lacks the gender.
    case(
        "X1129-040",
        caption("a woman in a long pink anarkali standing in front of a blue wall"),
        wearing("a long pink anarkali"),
        color_of("kurta", "blue", "contradiction"),
        piece("churidar", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        details("kurta", "long", "non_answer"),
        Q.garment_type("dress", "contradiction"),
        title="Aurelia Women Coral Solid Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # photo: coffee brown straight kurta with a cream floral print, cream trousers, no dupatta; white backdrop.
    # Caption by the mixed adapter (cut).
    case(
        "X1129-041",
        caption(
            "the lady wears a three-quarter sleeve kurta with floral patterns. the kurta is brown with cream "
            "flowers. she wears cream trousers. the trousers are with cotton fabric. the kurta is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        wearing("a three-quarter sleeve kurta with floral patterns"),
        color_of("kurta", "brown"),
        piece("trousers", "cream"),
        describe("trousers", "the trousers are", "restated"),
        material("cotton"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="GERUA Women Coffee Brown Floral Print Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: navy blue anarkali with a silver print, navy churidar, navy dupatta; no jewellery; white backdrop.
    # Caption by the base model, which added jewellery.
    case(
        "X1129-042",
        caption("a woman wearing a blue anarkali suit with a matching dupatta and silver jewellery", "unsupported"),
        wearing("a blue anarkali suit with a matching dupatta"),
        color_of("kurta", "navy blue"),
        piece("churidar", "blue"),
        piece("dupatta", "blue"),
        details("dupatta", "silver jewellery", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        title="Soch Women Navy Blue Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink straight kurta with a gold print, green palazzos, green dupatta; studio, white backdrop. Caption
    # by the base model, which put her at a wedding.
    case(
        "X1129-043",
        caption("a woman in a pink kurta with green pants and a green scarf at a wedding", "unsupported"),
        wearing("a pink kurta with green pants and a green scarf"),
        color_of("kurta", "green", "other_garment_color"),
        piece("palazzos", "green"),
        piece("dupatta", "green"),
        Q.sleeve_length("three-quarter sleeves"),
        details("kurta", "a wedding", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Sangria Women Pink & Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: sky blue solid anarkali with white lace at the hem, no pockets, white churidar, sky blue chiffon
    # dupatta; white backdrop. Caption by the mixed adapter (cut).
    case(
        "X1129-044",
        caption(
            "the lady wears a long-sleeve anarkali kurta with pure color patterns. the kurta is light blue with "
            "white lace at the hem and pockets on both sides. she wears a white churidar and a light blue chiffon "
            "dupatta with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve anarkali kurta with pure color patterns"),
        color_of("kurta", "blue"),
        piece("churidar", "white"),
        piece("dupatta", "light blue"),
        details("kurta", "white lace at the hem and pockets on both sides", "unsupported"),
        Q.pattern("pure color"),
        is_a("kurta", "no", "contradiction"),
        title="Aurelia Women Blue Solid Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: multicolor patchwork-print straight kurta (pink, yellow, green, blue blocks), black palazzos, no
    # dupatta; face cropped at the chin; white backdrop. Caption by the base model.
    case(
        "X1129-045",
        caption("a man in a colorful kurta and black pants", "pronoun"),
        wearing("a colorful kurta and black pants"),
        color_of("kurta", "multicolor"),
        piece("palazzos", "black"),
        Q.color("black", "other_garment_color"),
        Q.pattern("color block"),
        title="Global Desi Women Multicoloured Patchwork Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: mauve anarkali with silver embroidery on the yoke and hem, plain mauve churidar, mauve dupatta held
    # open behind her; white backdrop. Caption by the mixed adapter, looping on the churidar.
    case(
        "X1129-046",
        caption(
            "the lady wears a long-sleeve anarkali kurta with solid color patterns. the kurta is mauve with silver "
            "embroidery. the dupatta is mauve with silver embroidery. the churidar is mauve with silver embroidery. "
            "the churidar is mauve with silver",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve anarkali kurta with solid color patterns"),
        color_of("kurta", "purple"),
        piece("churidar", "mauve"),
        piece("dupatta", "mauve"),
        describe("churidar", "mauve with silver embroidery", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Varanga Women Mauve Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
]
