"""BLIND_785 (46 products; Myntra women's kurta sets and anarkali suits, caption then extractive QA per piece): written
blind in the fifty-fifth session. Measured blind at d919c62 (the session's ninth rules): 112/137 failures found (81.8%)
and 7/193 correct texts flagged (3.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic wear (article types Kurta Sets and Kurtas, one Girls set), seller
columns title, category, color and gender, some rows missing one. Studio photos on white or grey backdrops, a few
with a painted wall, a sofa, a brick wall or a potted plant; the model wears the whole set (kurta, a bottom: palazzos,
trousers, churidar, sharara or leggings, often a dupatta), sometimes jewellery, a handbag or a denim jacket on top.

Who wrote what: the caption is the epoch-1 caption adapter (Data2_V2 ..._Caption_First_Epoch, 50 new tokens): it
still opens like base BLIP-2 with hue names ("a woman in a mustard yellow kurta with white palazzo pants"), then
often slides into the DeepFashion template ("The kurta is with floral patterns. It has long sleeves..."), where it
invents fabric and accessories and now and then writes "his" or "a man". Most captions end on the padding it learned;
nearly one in three runs to the 50-token limit and is cut or loops. The open questions (what the person wears, the
color of each piece: kurta, bottom, dupatta; describe / details; material) are answered by the extractive QA model
(mdeberta-v3-base-squad2) over that caption, so each answer is a span of the caption: it picks the wrong piece's
color, a backdrop's color, "a woman", the question's own words, or a span out of a loop or a cut. When squad2 gives
its null answer the job falls back to the VQA adapter (Data3_V3_BLIP2_VQA, 30 new tokens, "Question: ... Answer:"),
which leaks the prompt format, answers yes/no, restates, loops, runs to the limit, says "he" and invents details.
Closed answers (garment type, color of the garment, pattern, sleeve length, "Is this a kurta?") are the reference
engine's pick from its candidate values.

Labeling conventions and judgement calls:
- The product is the kurta (the piece the seller's color names). An answer giving the kurta, or the closed "color of
  the garment", the color of the bottom, the dupatta or a jacket is other_garment_color; an answer giving a bottom or
  a dupatta the kurta's or another piece's color is contradiction.
- A color taken from the backdrop, a handbag or the print of the kurta (gold foil on a navy kurta answered "gold")
  is contradiction, not other_garment_color: it is not another garment.
- "green" for a seller's Teal Green, "pink" for Magenta, "orange" for Rust, "white" for Off White or Cream, "purple"
  for Lavender or Mauve are correct. A two-tone answer ("white and red") for a two-tone kurta is correct; only the
  print color of a white-ground kurta ("pink" for white with pink flowers) counts as the bottom's color when the
  bottom has that color.
- "anarkali dress" in a caption is accepted as a common name; the closed garment type "dress" or "jacket" for a kurta
  is contradiction (it names the category wrong). "scarf" for a dupatta and "leggings" for a churidar are accepted.
- Material: the photo cannot show fabric, so a material answer is correct only where the title names it (Pure
  Cotton, Velvet, Chanderi); a material the title does not give is unsupported; one the title contradicts ("cotton"
  for a Chanderi title) is contradiction. A caption's template "with cotton fabric" follows the same rule.
- Jewellery, bags, shoes, pockets or buttons that the photo does not show are unsupported; a sleeve length, pattern
  or neckline the photo contradicts is contradiction.
- Spans cut out of a cut caption are cut (without hit_limit: extractive QA has no token limit); spans out of a looped
  caption that keep the repetition are loop. Every caption that ran to the limit is labeled cut or loop, even one that
  happens to stop at a comma.
- "a woman", "yes", "no", "the material is", an empty answer, and "pure color", "net" or "matching" to a color
  question (a pattern, a fabric or a comparison, no hue) are non_answer; an answer made only of the question's
  words ("palazzo pants" to the palazzo details, "describe the kurta", "the dupatta is a dupatta") is restated.
- One label per text: the failure a reader notices first (a looped caption that also names a wrong accessory is loop).
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    Text,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The per-piece color question ("What is the color of the dupatta?"), an open answer."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_785 = [
    # photo: mustard yellow straight kurta with small white floral print, 3/4 sleeves, round neck, white palazzos, tan
    # flats, white backdrop, front view. Caption by the epoch-1 adapter; answers extractive; material by VQA fallback.
    case(
        "X785-001",
        caption(
            "a woman wearing a mustard yellow kurta with white palazzo pants. The kurta is with floral patterns. "
            "It has three-quarter sleeves and a round neckline."
        ),
        wearing("a mustard yellow kurta with white palazzo pants"),
        piece("kurta", "white", "other_garment_color"),
        piece("palazzo pants", "white"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        Q.material("rayon", "unsupported"),
        title="Libas Women Mustard Yellow Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal anarkali kurta with gold foil ethnic motifs, teal trousers, gold-toned tissue dupatta with a teal
    # border over one shoulder, white backdrop. Caption loops to the limit; trousers color by the VQA fallback.
    case(
        "X785-002",
        caption(
            "a woman in a teal anarkali suit with a gold dupatta. The dupatta is with gold patterns. The dupatta is "
            "with gold patterns. The dupatta is with gold patterns. The dupatta is with gold patterns. The dupatta is",
            "loop",
            hit_limit=True,
        ),
        wearing("a teal anarkali suit with a gold dupatta"),
        piece("kurta", "gold", "other_garment_color"),
        piece("dupatta", "gold"),
        piece("trousers", "gold", "contradiction"),
        Q.garment_type("kurta set"),
        title="Anouk Women Teal Ethnic Motifs Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold zari embroidery around the neckline, full sleeves, maroon churidar, no
    # dupatta, no rings, hands on hips, grey backdrop. Caption epoch-1; answers extractive.
    case(
        "X785-003",
        caption(
            "a woman in a maroon kurta with gold embroidery on the neckline and maroon churidar. She is standing in "
            "front of a grey wall. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a woman", "non_answer"),
        piece("kurta", "maroon"),
        piece("churidar", "maroon"),
        details("kurta", "gold embroidery on the neckline"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        title="Sangria Women Maroon Yoke Design Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white straight kurta with a blue block print of small motifs, blue palazzos, white backdrop, body
    # turned slightly; no pockets, no buttons. Caption epoch-1; answers extractive, kurta details by VQA fallback.
    case(
        "X785-004",
        caption(
            "a woman wearing a white kurta with blue print and blue palazzo pants standing in front of a white "
            "background."
        ),
        wearing("a white kurta with blue print and blue palazzo pants"),
        piece("kurta", "blue", "other_garment_color"),
        piece("palazzo pants", "blue"),
        details("kurta", "the kurta has buttons on the front and two pockets on the side", "unsupported"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("printed"),
        title="W Women Off-White & Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: peach anarkali kurta with a tonal floral thread-embroidered yoke, long sleeves, round neck, peach
    # churidar, peach net dupatta, white backdrop. Caption runs to the limit and is cut; answers extractive.
    case(
        "X785-005",
        caption(
            "a woman in a peach anarkali kurta with a net dupatta. The kurta is with floral patterns. It has long "
            "sleeves and a round neckline. The churidar the lady wears is of long length. The churidar is with",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "peach"),
        piece("churidar", "peach"),
        piece("dupatta", "net", "non_answer"),
        details("kurta", "floral patterns"),
        details("churidar", "The churidar is with", "cut"),
        is_a("kurta", "yes"),
        title="Biba Women Peach-Coloured Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue straight kurta with white geometric print, white trousers, brown leather handbag on the
    # forearm, white backdrop. Caption epoch-1; answers extractive.
    case(
        "X785-006",
        caption("a woman wearing a navy blue kurta and white pants holding a brown handbag."),
        wearing("a navy blue kurta and white pants"),
        piece("kurta", "navy blue"),
        piece("trousers", "navy blue", "contradiction"),
        Q.color("brown", "contradiction"),
        Q.pattern("geometric"),
        Q.sleeve_length("three-quarter"),
        title="Vishudh Women Navy Blue & White Printed Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust embroidered kurta with 3/4 sleeves, rust sharara, rust dupatta with gota border, gold jhumkas, bare
    # wrists, white backdrop. Caption epoch-1; sharara and dupatta colors and material by the VQA fallback, rest
    # extractive.
    case(
        "X785-007",
        caption(
            "a woman in an orange kurta with a sharara and a dupatta. The kurta is with embroidery patterns. It has "
            "three-quarter sleeves. She is wearing a pair of earrings and bangles on her wrist.",
            "unsupported",
        ),
        wearing("an orange kurta with a sharara and a dupatta"),
        piece("kurta", "orange"),
        piece("sharara", "orange"),
        piece(
            "dupatta",
            "the dupatta is orange and the sharara is orange and the kurta is orange and the dupatta is orange and the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        Q.material("silk", "unsupported"),
        title="Indo Era Women Rust Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: green A-line kurta with white floral print, white palazzos, green dupatta with white print, light grey
    # backdrop. Caption loops to the limit; answers extractive.
    case(
        "X785-008",
        caption(
            "a woman wearing a green and white floral print kurta with white palazzo pants and a green dupatta, "
            "floral print, floral print, floral print, floral print, floral print, floral print, floral print",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "green and white"),
        piece("palazzo pants", "white"),
        piece("dupatta", "green"),
        describe(
            "kurta",
            "green and white floral print kurta with white palazzo pants and a green dupatta, floral print, "
            "floral print, floral print",
            "loop",
        ),
        Q.pattern("floral"),
        Q.color("white", "other_garment_color"),
        title="Jaipur Kurti Women Green & White Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: magenta anarkali kurta with gold foil print, long sleeves, worn with white leggings (not sold), white
    # backdrop. Caption epoch-1; answers extractive, kurta description by the VQA fallback.
    case(
        "X785-009",
        caption("a woman in a pink anarkali dress with gold print and white leggings."),
        wearing("a pink anarkali dress with gold print and white leggings"),
        piece("kurta", "white", "other_garment_color"),
        piece("leggings", "white"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: the kurta is pink with gold print Question: Describe the "
            "kurta. Answer: the kurta is",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        is_a("kurta", "yes"),
        title="AKS Women Magenta Printed Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: lavender straight kurta with mirror work on the yoke, 3/4 sleeves, lavender trousers, lavender organza
    # dupatta, white backdrop. Caption epoch-1 (calls her a man); trousers color by the VQA fallback, the rest
    # extractive; closed answers by the reference engine.
    case(
        "X785-010",
        caption("a man in a purple kurta with mirror work and matching pants and dupatta.", "pronoun"),
        wearing("a purple kurta with mirror work and matching pants and dupatta"),
        piece("kurta", "purple"),
        piece("trousers", "purple"),
        piece("dupatta", "matching", "non_answer"),
        details("kurta", "mirror work"),
        Q.color("purple"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Varanga Women Lavender Mirror Work Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: black straight kurta with a multicolour (pink, yellow, green) floral print, 3/4 sleeves, round neck, black
    # palazzos, white backdrop. Caption cut at the limit; material by the VQA fallback, the rest extractive.
    case(
        "X785-011",
        caption(
            "a woman wearing a black floral print kurta with black palazzo pants. The kurta is with floral patterns. "
            "It has three-quarter sleeves and a round neckline. The palazzo pants the lady wears is of long length. "
            "The palazzo",
            "cut",
            hit_limit=True,
        ),
        wearing("a black floral print kurta with black palazzo pants"),
        piece("kurta", "black"),
        piece("palazzo pants", "black"),
        details("palazzo pants", "palazzo pants", "restated"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        Q.material("linen", "unsupported"),
        title="Global Desi Women Black Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: indigo cotton kurta with white dabu floral print, white churidar, no dupatta, white wall. Caption
    # epoch-1 (its cotton clause agrees with the title); answers extractive.
    case(
        "X785-012",
        caption(
            "a woman in a blue kurta and white churidar standing against a white wall. The kurta is with cotton "
            "fabric and floral patterns."
        ),
        piece("kurta", "blue"),
        piece("churidar", "white"),
        Q.material("cotton"),
        describe("kurta", "cotton fabric and floral patterns"),
        Q.color("white", "other_garment_color"),
        is_a("kurta", "yes"),
        details("churidar", "churidar", "restated"),
        title="Fabindia Women Indigo Dabu Print Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red anarkali with gold zari embroidery, long sleeves, round neck, red churidar, red dupatta with a gold
    # border, white backdrop. Caption cut at the limit; churidar color and material by the VQA fallback, the rest
    # extractive.
    case(
        "X785-013",
        caption(
            "a woman in a red and gold anarkali suit with a red dupatta. The kurta is with embroidery patterns. It "
            "has long sleeves and a round neckline. The dupatta is with gold border and the churidar the lady "
            "wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a red and gold anarkali suit with a red dupatta"),
        piece("kurta", "red and gold"),
        piece("churidar", "red Question: What is the color of the dupatta? Answer: red", "leak"),
        piece("dupatta", "red"),
        Q.material("silk", "unsupported"),
        Q.pattern("embroidered"),
        title="Soch Women Red Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: white cotton kurta with a pink floral block print, pink trousers, white mulmul dupatta held in one hand,
    # white backdrop. Caption epoch-1; material and wearing by the VQA fallback, the rest extractive.
    case(
        "X785-014",
        caption("a woman in a white kurta with pink flowers and pink pants holding a white dupatta."),
        piece("kurta", "pink", "other_garment_color"),
        piece("trousers", "pink"),
        piece("dupatta", "white"),
        details("kurta", "pink flowers"),
        Q.material("cotton"),
        Q.garment_type("kurta set"),
        wearing("he is wearing a white kurta with pink flowers and pink pants", "pronoun"),
        title="Rain & Rainbow Women White & Pink Floral Print Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: olive green straight kurta with tonal thread embroidery at the neck, long sleeves, olive palazzos, white
    # backdrop. Caption epoch-1 with "his" in the template; material by the VQA fallback, the rest extractive.
    case(
        "X785-015",
        caption(
            "a woman in an olive green kurta and olive palazzo pants. The kurta is with embroidery patterns. It has "
            "long sleeves. His pants are of long length.",
            "pronoun",
        ),
        wearing("an olive green kurta and olive palazzo pants"),
        piece("kurta", "olive green"),
        piece("palazzo pants", "olive"),
        details("kurta", "embroidery patterns"),
        Q.sleeve_length("three-quarter", "contradiction"),
        Q.material("khadi", "unsupported"),
        title="Nayo Women Olive Green Embroidered Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: yellow chanderi anarkali kurta with gota patti on the yoke and hem, white churidar, yellow dupatta, pastel
    # pink painted wall behind. Caption epoch-1; kurta details by the VQA fallback (cut), the rest extractive.
    case(
        "X785-016",
        caption(
            "a woman in a yellow anarkali kurta with white churidar and a yellow dupatta standing in front of a pink "
            "wall."
        ),
        wearing("a yellow anarkali kurta with white churidar and a yellow dupatta"),
        piece("kurta", "pink", "contradiction"),
        piece("churidar", "white"),
        piece("dupatta", "yellow"),
        Q.color("white", "other_garment_color"),
        details(
            "kurta",
            "gota patti work on the yoke and on the sleeves and on the hem and on the dupatta and on the border of the",
            "cut",
            hit_limit=True,
        ),
        title="Ahalyaa Women Yellow & White Gotta Patti Chanderi Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: blue and white vertically striped kurta, white palazzos, tan kolhapuri sandals, white backdrop. Caption
    # epoch-1 (invents sneakers); palazzo details and wearing by the VQA fallback, the rest extractive.
    case(
        "X785-017",
        caption(
            "a woman wearing a blue and white striped kurta with white palazzo pants and a pair of white sneakers.",
            "unsupported",
        ),
        piece("kurta", "blue and white"),
        piece("palazzo pants", "white"),
        describe("kurta", "blue and white striped kurta"),
        details("palazzo pants", "the palazzo pants are palazzo pants", "restated"),
        Q.pattern("striped"),
        wearing("no", "non_answer"),
        title="Janasya Women Blue & White Striped Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: black anarkali with gold foil print, long sleeves, round neck, black palazzos, black dupatta with gold
    # print, gold jhumkas, white backdrop. Caption cut at the limit; answers extractive.
    case(
        "X785-018",
        caption(
            "a woman in a black and gold anarkali kurta with black palazzo pants and a black dupatta with gold print. "
            "The kurta is with graphic patterns. It has long sleeves and a round neckline. There is an accessory on "
            "her",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and gold anarkali kurta"),
        piece("kurta", "black and gold"),
        piece("palazzo pants", "black"),
        piece("dupatta", "gold", "contradiction"),
        details("dupatta", "gold print"),
        Q.sleeve_length("long"),
        details("kurta", "an accessory on her", "cut"),
        title="Khushal K Women Black & Gold-Toned Printed Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: a girl of about eight in a pink kurta with small white printed motifs and white palazzos, empty hands,
    # white backdrop. Caption epoch-1 (invents a teddy bear); material by the VQA fallback, the rest extractive.
    case(
        "X785-019",
        caption(
            "a little girl in a pink kurta and white pants standing on a white background holding a teddy bear.",
            "unsupported",
        ),
        wearing("a pink kurta and white pants"),
        piece("kurta", "white", "other_garment_color"),
        piece("palazzo pants", "white"),
        Q.pattern("solid", "contradiction"),
        Q.material("cotton"),
        title="GERUA Girls Pink Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: plain sea green straight kurta, white churidar, sea green dupatta with white polka dots, white backdrop.
    # Caption loops to the limit; answers extractive.
    case(
        "X785-020",
        caption(
            "a woman in a green kurta with a white churidar and a green dupatta with white polka dots, white polka "
            "dots, white polka dots, white polka dots, white polka dots, white polka dots, white polka dots",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "white", "other_garment_color"),
        piece("churidar", "white"),
        piece("dupatta", "green dupatta with white polka dots, white polka dots, white polka dots", "loop"),
        Q.pattern("polka dots", "contradiction"),
        is_a("kurta", "yes"),
        title="Aurelia Women Sea Green Solid Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: pink straight kurta with blue ethnic motifs, round neck, no buttons, 3/4 sleeves, blue trousers, pink
    # dupatta held at the side, white backdrop. Caption epoch-1; kurta description by the VQA fallback, rest extractive.
    case(
        "X785-021",
        caption("a woman in a pink kurta with blue pants and a pink scarf."),
        wearing("a pink kurta with blue pants and a pink scarf"),
        piece("kurta", "pink"),
        piece("trousers", "pink", "contradiction"),
        piece("dupatta", "pink"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("kurta", "the kurta has a mandarin collar and buttons on the front", "unsupported"),
        title="Kalini Women Pink Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle green velvet anarkali with gold zari at the hem, worn with a gold-toned churidar (not sold), grey
    # backdrop. Caption epoch-1; churidar color and wearing by the VQA fallback, the rest extractive.
    case(
        "X785-022",
        caption("a woman in a green velvet dress with gold embroidery on the bottom."),
        piece("kurta", "green"),
        piece("churidar", "green", "contradiction"),
        Q.material("velvet"),
        details("kurta", "gold embroidery on the bottom"),
        Q.garment_type("kurta"),
        wearing("he is wearing a green dress", "pronoun"),
        title="Mokshi Women Green Velvet Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: white chikankari kurta and white palazzos, white outfit against a pale pink backdrop. Caption epoch-1;
    # material by the VQA fallback, the rest extractive.
    case(
        "X785-023",
        caption("a woman in a white chikan kurta and white palazzo pants in front of a pink background."),
        piece("kurta", "white"),
        piece("palazzo pants", "white"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        details("kurta", "chikan"),
        Q.pattern("embroidered"),
        Q.color("pink", "contradiction"),
        title="Ishin Women White Chikankari Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: navy blue kurta with orange ethnic motifs, navy palazzos, orange dupatta held in both hands, no jewellery,
    # white backdrop. Caption epoch-1 (invents a necklace); wearing by the VQA fallback, the rest extractive.
    case(
        "X785-024",
        caption(
            "a woman in a blue kurta with orange print and blue palazzo pants holding an orange dupatta. She is "
            "wearing a gold necklace.",
            "unsupported",
        ),
        wearing("yes", "non_answer"),
        piece("kurta", "orange", "other_garment_color"),
        piece("palazzo pants", "blue"),
        piece("dupatta", "orange"),
        Q.color("navy blue"),
        details("dupatta", "dupatta", "restated"),
        title="Anubhutee Women Navy Blue Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon anarkali with gold foil print, no pockets, maroon palazzos, maroon dupatta with a gold border, model
    # mid-twirl, white backdrop. Caption loops; palazzo color (loops) and kurta details by the VQA fallback, the rest
    # extractive.
    case(
        "X785-025",
        caption(
            "a woman in a maroon anarkali kurta with gold print and a maroon dupatta with gold border, gold border, "
            "gold border, gold border, gold border, gold border, gold border, gold border, gold border",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "maroon"),
        piece(
            "palazzo pants",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        piece("dupatta", "maroon"),
        Q.pattern("solid", "contradiction"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a pocket on the side and a tassel tie at the neck", "unsupported"),
        title="Libas Women Maroon & Gold-Toned Foil Print Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: beige straight kurta with a green leaf print, green trousers, a potted plant beside her on a white
    # backdrop. Caption epoch-1; material by the VQA fallback, the rest extractive.
    case(
        "X785-026",
        caption("a woman in a beige kurta with green leaves and green pants standing next to a potted plant."),
        wearing("a beige kurta with green leaves and green pants"),
        piece("kurta", "green", "other_garment_color"),
        piece("trousers", "green"),
        describe("kurta", "a beige kurta with green leaves"),
        Q.pattern("printed"),
        Q.material("polyester Question: Is this a kurta? Answer: yes", "leak"),
        title="Sangria Women Beige & Green Leaf Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: mustard yellow kurta with small white print, 3/4 sleeves, green sharara, green dupatta with gota edge,
    # white backdrop. Caption epoch-1; material by the VQA fallback, the rest extractive.
    case(
        "X785-027",
        caption("a woman in a yellow kurta with green sharara pants and a green dupatta."),
        piece("kurta", "yellow"),
        piece("sharara", "green"),
        piece("dupatta", "green"),
        Q.color("green", "other_garment_color"),
        Q.sleeve_length("three-quarter"),
        Q.material("yes", "non_answer"),
        title="Vaamsi Women Mustard Yellow Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white anarkali with a red floral print, red churidar (not sold), white backdrop. Caption epoch-1;
    # material by the VQA fallback, the rest extractive.
    case(
        "X785-028",
        caption("a woman in a white and red floral anarkali dress with red leggings."),
        wearing("a white and red floral anarkali dress with red leggings"),
        piece("kurta", "red", "other_garment_color"),
        piece("churidar", "red"),
        Q.garment_type("kurta"),
        is_a("kurta", "no", "contradiction"),
        Q.pattern("floral"),
        Q.material("Answer: cotton", "leak"),
        title="Biba Women Off-White & Red Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: grey straight kurta with a pink bandhani-style print, 3/4 sleeves, grey palazzos, silver jhumkas, white
    # backdrop. Caption epoch-1 ("his ears" from the template); answers extractive, material by the VQA fallback.
    case(
        "X785-029",
        caption(
            "a woman in a grey kurta with pink print and grey palazzo pants. The kurta is with graphic patterns. It "
            "has three-quarter sleeves. There is an accessory on his ears.",
            "pronoun",
        ),
        wearing("a grey kurta with pink print and grey palazzo pants"),
        piece("kurta", "grey"),
        piece("palazzo pants", "pink", "contradiction"),
        details("kurta", "pink print"),
        Q.sleeve_length("three-quarter"),
        Q.material("the material is", "non_answer"),
        title="Anouk Women Grey & Pink Bandhani Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: teal green chanderi kurta with a gold yoke, teal trousers, cream dupatta, no glasses, seated on a beige
    # sofa in a living-room set. Caption epoch-1; material and the kurta description by the VQA fallback, the rest
    # extractive.
    case(
        "X785-030",
        caption(
            "a woman sitting on a couch wearing a green kurta and green pants with a white scarf and a pair of "
            "glasses.",
            "unsupported",
        ),
        wearing("a green kurta and green pants with a white scarf"),
        piece("kurta", "green"),
        piece("trousers", "green"),
        piece("dupatta", "white"),
        Q.material("cotton", "contradiction"),
        describe("kurta", "describe the kurta", "restated"),
        Q.color("beige", "contradiction"),
        title="Soch Women Teal Green Yoke Design Chanderi Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: plain royal blue anarkali, long sleeves, round neck, white churidar (not sold), white backdrop. Caption
    # cut at the limit; answers extractive.
    case(
        "X785-031",
        caption(
            "a woman in a blue anarkali kurta with white churidar. The kurta is with pure color patterns. It has long "
            "sleeves and a round neckline. The churidar the lady wears is of long length. The churidar is with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue anarkali kurta with white churidar"),
        piece("kurta", "pure color", "non_answer"),
        piece("churidar", "white"),
        Q.pattern("solid"),
        Q.material("cotton", "unsupported"),
        is_a("kurta", "yes"),
        details("churidar", "cotton fabric and pure", "cut"),
        title="Aurelia Women Blue Solid Anarkali Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: pastel pink straight kurta with gold embroidery at the neckline, 3/4 sleeves, round neck, no pockets, pink
    # palazzos, pink dupatta, white backdrop. Caption cut at the limit; kurta details by the VQA fallback, the rest
    # extractive.
    case(
        "X785-032",
        caption(
            "a woman in a pink kurta and pink palazzo pants with a pink dupatta. The kurta is with pure color "
            "patterns. It has three-quarter sleeves and a round neckline. The palazzo pants the lady wears is of long "
            "length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink kurta and pink palazzo pants with a pink dupatta"),
        piece("kurta", "pink"),
        piece("palazzo pants", "pink"),
        piece("dupatta", "pink"),
        details("kurta", "gold embroidery on the neckline and a pocket on the side", "unsupported"),
        Q.color("pink"),
        title="Mitera Women Pink Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: cream jacquard kurta with a woven gold pattern, cream trousers, maroon dupatta draped on both shoulders,
    # bare wrists (no watch), white backdrop. Caption epoch-1; answers extractive.
    case(
        "X785-033",
        caption("a woman in a white kurta with a maroon dupatta and white pants wearing a watch.", "unsupported"),
        piece("kurta", "maroon", "other_garment_color"),
        piece("trousers", "white"),
        piece("dupatta", "maroon"),
        Q.color("maroon", "other_garment_color"),
        Q.garment_type("kurta set"),
        title="House of Pataudi Women Cream Jacquard Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: rust orange kurta with a small white print, 3/4 sleeves, round neck, white palazzos, red brick wall behind
    # (outdoor). Caption epoch-1; kurta description (cut) and material by the VQA fallback, the rest extractive.
    case(
        "X785-034",
        caption("a woman wearing an orange kurta and white pants standing in front of a brick wall."),
        wearing("an orange kurta and white pants"),
        piece("kurta", "white", "other_garment_color"),
        piece("palazzo pants", "white"),
        describe(
            "kurta",
            "the kurta is orange with white print on it and the sleeves are three quarter length and the neckline is "
            "round and the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        Q.pattern("solid", "contradiction"),
        Q.material(
            "cotton Question: What is the color of the kurta? Answer: orange Question: What is the color of the "
            "pants? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        title="Juniper Women Rust Orange Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: mauve anarkali with tonal embroidery, long sleeves, mauve trousers, mauve net dupatta, small stud earrings
    # and no necklace, white backdrop. Caption epoch-1; trousers color and dupatta description by the VQA fallback, the
    # rest extractive.
    case(
        "X785-035",
        caption(
            "a woman in a purple anarkali dress with a purple dupatta. The dress is with embroidery patterns. It has "
            "long sleeves. The lady wears a necklace.",
            "unsupported",
        ),
        piece("kurta", "purple"),
        piece(
            "trousers",
            "Question: What is the color of the pants? Answer: purple Question: What is the color of the dupatta? "
            "Answer: purple Question:",
            "leak",
            hit_limit=True,
        ),
        piece("dupatta", "purple"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("long"),
        describe("dupatta", "the dupatta is a dupatta", "restated"),
        title="Varanga Women Mauve Embroidered Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: plain lime green straight kurta without slit or zip, white leggings, no belt, white backdrop. Caption
    # epoch-1 (invents a belt); kurta details by the VQA fallback, the rest extractive.
    case(
        "X785-036",
        caption("a woman in a lime green kurta and white leggings with a brown belt.", "unsupported"),
        wearing("a lime green kurta and white leggings"),
        piece("kurta", "lime green"),
        piece("leggings", "lime green", "contradiction"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a slit on the side and a zip at the back", "unsupported"),
        title="Aurelia Women Lime Green Solid Kurta with Leggings",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: multicoloured patchwork-print kurta (blue, orange, yellow blocks), navy palazzos, white backdrop. The
    # feed row has no color. Caption epoch-1; kurta details by the VQA fallback, the rest extractive.
    case(
        "X785-037",
        caption("a woman in a multicolored kurta and blue palazzo pants."),
        wearing("a woman", "non_answer"),
        piece("kurta", "multicolored"),
        piece("palazzo pants", "blue"),
        details("kurta", "he is wearing a multicolored kurta with blue pants", "pronoun"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("dress", "contradiction"),
        title="Jaipur Kurti Women Multicoloured Patchwork Printed Kurta with Palazzos",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: peach kurta with white lace trim at the hem, 3/4 sleeves, v-neck, white palazzos, white dupatta, white
    # backdrop. The feed row has no category. Caption cut at the limit; answers extractive.
    case(
        "X785-038",
        caption(
            "a woman in a peach kurta with white lace trim, white palazzo pants and a white dupatta. The kurta is with "
            "pure color patterns. It has three-quarter sleeves and a v-shape neckline. The palazzo pants are with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "white", "other_garment_color"),
        piece("palazzo pants", "white"),
        piece("dupatta", "white"),
        details("kurta", "white lace trim"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("cotton", "unsupported"),
        title="Sangria Women Peach Solid Kurta with Palazzos & Dupatta",
        color="Peach",
        gender="Women",
    ),
    # photo: powder blue anarkali with pink flowers, blue trousers, pink dupatta, white backdrop. Caption epoch-1;
    # material by the VQA fallback, the rest extractive.
    case(
        "X785-039",
        caption("a woman in a blue floral anarkali kurta with a pink dupatta."),
        wearing("a blue floral anarkali kurta with a pink dupatta"),
        piece("kurta", "pink", "other_garment_color"),
        piece("trousers", "pink", "contradiction"),
        piece("dupatta", "pink"),
        describe("kurta", "blue floral anarkali kurta"),
        Q.material("the material of the garment", "restated"),
        title="Nayo Women Blue Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: pink cotton kurta with gota lace at the neck, 3/4 sleeves, round neck, cream trousers, pink dupatta, glass
    # bangles on both wrists, white backdrop. Caption cut at the limit; material and the kurta description by the VQA
    # fallback, the rest extractive.
    case(
        "X785-040",
        caption(
            "a woman in a pink kurta with white pants and a pink dupatta. The kurta is with pure color patterns. "
            "It has three-quarter sleeves and a round neckline. There is an accessory on her wrist. The pants are of "
            "long",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "white", "other_garment_color"),
        piece("trousers", "white"),
        piece("dupatta", "pink"),
        Q.material("cotton"),
        describe("kurta", "he is wearing a pink kurta with a pink dupatta", "pronoun"),
        Q.garment_type("kurta set"),
        title="GERUA Women Pink Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue straight kurta with gold foil print, navy palazzos, white backdrop. Caption loops to the limit;
    # answers extractive.
    case(
        "X785-041",
        caption(
            "a woman wearing a navy blue kurta with gold print and navy blue palazzo pants. The kurta is with graphic "
            "patterns. The kurta is with graphic patterns. The kurta is with graphic patterns. The kurta is with "
            "graphic",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "navy blue"),
        piece("palazzo pants", "navy blue"),
        details(
            "kurta", "graphic patterns. The kurta is with graphic patterns. The kurta is with graphic patterns", "loop"
        ),
        Q.color("gold", "contradiction"),
        Q.pattern("printed"),
        title="Anouk Women Navy Blue & Gold-Toned Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: plain bottle green kurta with a gold zari yoke, green trousers, gold-and-green dupatta held behind her
    # back, white backdrop. Caption epoch-1; dupatta color and material by the VQA fallback, the rest extractive.
    case(
        "X785-042",
        caption("a woman in a green kurta with a gold yoke and green pants holding a dupatta behind her back."),
        wearing("a woman", "non_answer"),
        piece("kurta", "green"),
        piece("trousers", "green"),
        piece("dupatta", "gold"),
        details("kurta", "a gold yoke"),
        Q.garment_type("kurta set"),
        Q.material("silk", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Indo Era Women Green Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: white short-sleeved kurta with a black geometric print, black palazzos, empty hands (no bag), white
    # backdrop. Caption epoch-1 (invents a handbag); kurta description by the VQA fallback, the rest extractive.
    case(
        "X785-043",
        caption("a woman wearing a white and black kurta with black palazzo pants and a black handbag.", "unsupported"),
        piece("kurta", "white and black"),
        piece("palazzo pants", "black"),
        Q.pattern("geometric"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short"),
        describe("kurta", "his kurta is white with black print and short sleeves", "pronoun"),
        title="Kalini Women White & Black Geometric Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: yellow anarkali with pink flowers, long sleeves, pink churidar, yellow dupatta with a pink border, jhumkas
    # and glass bangles, white backdrop. Caption cut at the limit; material by the VQA fallback, rest extractive.
    case(
        "X785-044",
        caption(
            "a woman in a yellow anarkali kurta with pink flowers, pink churidar and a yellow dupatta with pink "
            "border. The kurta is with floral patterns. It has long sleeves. The lady wears a pair of earrings and "
            "there is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow anarkali kurta with pink flowers"),
        piece("kurta", "pink", "other_garment_color"),
        piece("churidar", "pink"),
        piece("dupatta", "yellow"),
        Q.pattern("floral"),
        details("dupatta", "pink border"),
        Q.material(
            "Question: What material is the garment made of? Answer: Question: What material is the garment made of? "
            "Answer: Question: What material",
            "leak",
            hit_limit=True,
        ),
        title="Biba Women Yellow & Pink Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: red straight kurta with a blue print, blue palazzos, an open light-blue denim jacket on top (styling),
    # white backdrop. Caption epoch-1; kurta details by the VQA fallback, the rest extractive.
    case(
        "X785-045",
        caption("a woman wearing a red kurta and a denim jacket with blue pants."),
        wearing("a red kurta and a denim jacket with blue pants"),
        piece("kurta", "red"),
        piece("palazzo pants", "blue"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue", "other_garment_color"),
        details("kurta", "the kurta details", "restated"),
        title="Global Desi Women Red & Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: back view: pink kurta with a yoke at the back, pink palazzos, white dupatta over the shoulders, white
    # backdrop. Caption epoch-1; kurta description (loops) and wearing (empty) by the VQA fallback, rest extractive.
    case(
        "X785-046",
        caption("the back view of a woman in a pink kurta and pink palazzo pants with a white dupatta."),
        piece("kurta", "pink"),
        piece("palazzo pants", "pink"),
        piece("dupatta", "white"),
        describe(
            "kurta",
            "the back of the kurta is pink and the back of the palazzos is pink and the back of the kurta is pink and "
            "the back of the",
            "loop",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        wearing("", "non_answer"),
        title="Libas Women Pink Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
]
