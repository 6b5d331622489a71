"""BLIND_715 (46 products; Myntra wedding sarees, lehengas: caption e3, VQA): written blind in the fifty-fourth session.
Measured blind at dc30159 (the session's tenth rules): 86/128 failures found (67.2%) and 11/173 correct texts flagged
(6.4%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic feed, category Sarees (24 products) and Lehenga Choli (22), wedding and
festival wear: Kanjeevaram, Banarasi, Paithani, Patola, bandhani, chikankari, organza, sequinned georgette sarees;
bridal velvet, net, silk, organza, mirror-work and chaniya-choli lehenga sets. Photos are catalog shots, mostly a
model standing on a white or grey studio backdrop, some on coloured walls, a mandap or garden set, one seated on a
swing, one flat-lay of a folded saree with no wearer. Sarees are worn with a blouse that often contrasts (green on
magenta, black on mustard); lehenga sets have three pieces (lehenga skirt, choli, dupatta), often in two colours.

Who wrote what: captions come from the caption adapter at epoch 3 (DeepFashion template: "The lady wears a
medium-sleeve shirt with pure color patterns. The lower clothing is of long length..."; pattern words, no hue
names, fabric words from DeepFashion's short list: chiffon, cotton, denim, leather, furry, other). With no end
token trained, it runs to the 50-token limit often: the last sentence cut, or a sentence repeated. The same adapter
answers the "Describe the saree." / "What are the lehenga details?" questions on some products (it returns its
template, 30 tokens). The VQA adapter writes every other open answer ("What is she wearing?", the colors of the
blouse, border, choli and dupatta, the material, and the free "describe/details" answers on the other products):
short lowercase phrases when it stops, loops of one color or phrase, or the next "Question: ... Answer:" when it
does not. Closed answers (the saree's or lehenga's own color, pattern, sleeve length, garment type, "Is this a
...?") come from the reference engine ranking candidates with the VQA adapter: one candidate value, never a loop.
The run's questionnaire asks the main piece's color closed and the other pieces' colors open.

Labeling conventions and judgement calls:
- The product is the whole set: for a saree the saree and its blouse (and its border), for a lehenga choli the
  lehenga, choli and dupatta. A piece given the color of another piece, or of another garment or accessory worn
  (a belt), is other_garment_color, in open and closed answers alike; a color found nowhere on the clothes (the
  backdrop's, the plants', an invented one) is contradiction.
- Shades count as right: magenta/rani pink/pink, maroon/burgundy/wine/red, peach/pink, teal/blue, off white/
  white/ivory, mauve/pink, golden/gold, lilac/lavender/purple, navy/blue. Brown for a burgundy lehenga is wrong.
- The template's generic words are right when the shape is right: "upper clothing"/"shirt"/"tank top" for a blouse
  or choli, "lower clothing of long length" for a saree or lehenga; "skirt" for a lehenga or chaniya. "Dress" or
  "gown" for a saree or lehenga set, "saree" for a lehenga and "lehenga" for a saree are contradictions, and so is
  "three-point"/"three-quarter" length for a floor-length drape.
- DeepFashion pattern words: "graphic" accepted for zari, sequin or embroidery motifs, "pure color" for a plain
  ground with a border, "floral" for flower prints and chikankari, "color block" for half-and-half and patchwork;
  "pure color" for a polka-dot or printed ground, "lattice" for a plain blouse are contradictions.
- Fabric: "chiffon" accepted for georgette, organza and net, "other" always accepted; "denim", "leather" or "furry"
  for silk, tissue or velvet, and "pure silk"/"satin"/"silk" where the title names art silk, silk blend or
  georgette, are unsupported. Accessories the photo does not show (hat, sunglasses, belt, clutch, pearls, a waist
  accessory) and a wearer on the flat-lay are unsupported; bangles, rings and a belt that are there are correct.
- On the flat-lay, "What is she wearing?" answered with the product is accepted (the question presumes a wearer).
- A text with several faults gets one label, in this order: leak, loop, cut, pronoun, then the content kinds. A
  text that repeats a phrase until the limit is loop; one repeated phrase and then cut mid-sentence is cut.
- "yes"/"no"/"none" or only the question's noun back ("the lehenga", "a saree") to an open question is non_answer;
  a sentence that says the question back ("the lehenga details are the details of the lehenga") is restated.
- hit_limit=True on every text that ran to its limit (50 tokens for captions, 30 for answers), including one
  caption that happened to close its last sentence exactly at the limit (left unlabelled: nothing is wrong in it).
- One row has no gender, one no color, one no category, as in real feeds; the seller's "Lime Green" on a lemon-
  yellow lehenga is the seller's error, and the answers that say yellow are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
garment_type = BLIND_QUESTIONS.garment_type
material = BLIND_QUESTIONS.material


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def piece(garment, text, failure=None, hit_limit=False):
    """A per-piece color question asked open (free generation by the VQA adapter)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


SAREE = dict(category="Sarees", gender="Women")
LEHENGA = dict(category="Lehenga Choli", gender="Women")

BLIND_715 = [
    # photo: magenta Kanjeevaram silk saree, wide gold zari border and pallu, contrast bottle-green elbow-sleeve
    # blouse; model standing, front view, gold jhumkas and bangles, plain white backdrop. Caption and details:
    # caption adapter e3; she/blouse/border: VQA adapter; saree color: reference engine.
    case(
        "X715-001",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The lower clothing is of long length. "
            "The fabric is other and it has pure color patterns. There is an accessory on her wrist."
        ),
        she("a pink saree with a gold border"),
        color_of("saree", "magenta"),
        piece("blouse", "pink", "other_garment_color"),
        piece("border", "golden"),
        details(
            "saree",
            "The lower clothing is of long length. The fabric is other and it has pure color patterns. The upper "
            "clothing has medium sleeves, other",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Magenta & Gold-Toned Woven Design Zari Silk Blend Kanjeevaram Saree",
        color="Magenta",
        **SAREE,
    ),
    # photo: red poly-georgette saree with gold sequin sprinkle and sequin border, red sleeveless blouse; model, a
    # cocktail ring on her right hand, mid-grey studio backdrop. Caption: caption adapter e3; open: VQA adapter;
    # sleeve, is-a and saree color: reference engine.
    case(
        "X715-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The neckline is v-shape. The lower "
            "clothing is of long length. The fabric is chiffon and it has graphic patterns. There is a ring on her "
            "finger."
        ),
        she("yes", "non_answer"),
        color_of("saree", "red"),
        piece("blouse", "red"),
        material("georgette"),
        sleeve("short sleeve", "contradiction"),
        is_a("saree", "yes"),
        title="Sangria Red Embellished Sequinned Poly Georgette Saree",
        color="Red",
        **SAREE,
    ),
    # photo: baby-pink net lehenga with silver sequin work, matching pink sleeveless choli, pink net dupatta with a
    # silver border over one arm; model, hand on hip, bangles, white backdrop. Caption and details: caption
    # adapter e3; she/choli/dupatta: VQA adapter; lehenga color: reference engine.
    case(
        "X715-003",
        caption(
            "The lady wears a sleeveless shirt with graphic patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has graphic patterns. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        she("a pink lehenga"),
        color_of("lehenga", "pink"),
        piece("choli", "light pink"),
        piece("dupatta", "pink with a silver border"),
        details(
            "lehenga",
            "The lower clothing is of long length. The fabric is denim and it has graphic patterns.",
            "unsupported",
        ),
        title="Inddus Pink Embellished Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        color="Pink",
        **LEHENGA,
    ),
    # photo: mustard-yellow cotton saree with a black block-printed border, black short-sleeve blouse; model in a
    # courtyard set with green potted plants behind her. Caption: caption adapter e3; open answers: VQA adapter
    # (describe too); saree color: reference engine.
    case(
        "X715-004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. Its neckline is round. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        she("a yellow saree and a black blouse"),
        color_of("saree", "black", "other_garment_color"),
        piece("blouse", "black"),
        piece("border", "green", "contradiction"),
        describe("saree", "a yellow saree with a black printed border"),
        material("cotton"),
        title="Kalini Mustard Yellow & Black Printed Pure Cotton Saree",
        color="Mustard",
        **SAREE,
    ),
    # photo: bridal maroon velvet lehenga with gold zardozi embroidery, maroon long-sleeve choli, gold net dupatta
    # with scalloped edge; model in heavy kundan jewellery, studio set with painted palace arches. Caption and
    # details: caption adapter e3; open colors and she: VQA adapter; lehenga color and is-a: reference engine.
    case(
        "X715-005",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The neckline of it is round. The lower "
            "clothing is of long length. The fabric is furry and it has graphic patterns. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        she("a red bridal lehenga"),
        color_of("lehenga", "maroon"),
        piece("choli", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        details("lehenga", "the lehenga details are the details of the lehenga", "restated"),
        is_a("lehenga", "yes"),
        title="Ethnovog Maroon Embroidered Velvet Made to Measure Lehenga Choli with Dupatta",
        color="Maroon",
        **LEHENGA,
    ),
    # photo: navy-blue chiffon saree with small white polka dots, white sleeveless blouse; model against a pink
    # painted wall. Caption and describe: caption adapter e3; she/blouse: VQA adapter; color, pattern: reference.
    case(
        "X715-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lower clothing is of long length. "
            "The fabric is chiffon and it has pure color patterns.",
            "contradiction",
        ),
        she("a navy blue saree with white polka dots, standing in front of a pink wall"),
        color_of("saree", "navy blue"),
        piece("blouse", "the color of the blouse", "restated"),
        pattern("polka dots"),
        describe(
            "saree",
            "The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. The lower "
            "clothing is of long",
            "loop",
            hit_limit=True,
        ),
        title="Ishin Navy Blue & White Polka Dot Printed Chiffon Saree",
        color="Navy Blue",
        **SAREE,
    ),
    # photo: parrot-green silk lehenga with a broad pink woven border, pink elbow-sleeve choli, pink dupatta;
    # model mid-twirl, bare head, white backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference.
    case(
        "X715-007",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The lower clothing is of long length. "
            "The fabric is other and it has color block patterns. This lady wears a hat.",
            "unsupported",
        ),
        she("a green lehenga with a pink blouse"),
        color_of("lehenga", "pink", "other_garment_color"),
        piece("choli", "pink"),
        piece("dupatta", "green", "other_garment_color"),
        is_a("lehenga", "yes"),
        title="Fusion Beats Green & Pink Woven Design Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        color="Green",
        **LEHENGA,
    ),
    # photo: white Bengal taant cotton saree with a red border (lal paar), red short-sleeve blouse; model holding a
    # brass puja thali, white backdrop, no belt. Caption and details: caption adapter e3; open: VQA adapter.
    case(
        "X715-008",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lower clothing is of long length. "
            "The fabric is cotton and it has pure color patterns."
        ),
        she("a red saree with white border and a red blouse", "other_garment_color"),
        color_of("saree", "white"),
        piece("blouse", "red"),
        piece("border", "red"),
        details(
            "saree",
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady "
            "wears a belt.",
            "unsupported",
        ),
        material("cotton"),
        sleeve("sleeveless", "contradiction"),
        title="Arhi White & Red Woven Design Pure Cotton Taant Saree",
        color="White",
        **SAREE,
    ),
    # photo: flat-lay, no person: a folded teal Banarasi silk saree with gold zari buttis and gold border, the
    # teal blouse piece folded beside it, white backdrop. Caption: caption adapter e3; open: VQA adapter.
    case(
        "X715-009",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The lower clothing is of long length. The "
            "fabric is other and it has graphic patterns.",
            "unsupported",
        ),
        she("a teal saree with gold design"),
        color_of("saree", "teal"),
        piece("blouse", "white", "contradiction"),
        pattern("woven design"),
        details("saree", "gold zari work and a gold border"),
        title="Saree mall Teal & Gold-Toned Woven Design Banarasi Saree",
        color="Teal",
        **SAREE,
    ),
    # photo: lavender georgette lehenga with a pastel floral print, lilac sleeveless choli, off-white organza
    # dupatta; model, bangles, a vase of white flowers on a stand beside her. Caption: caption adapter e3;
    # open answers: VQA adapter; closed: reference engine.
    case(
        "X715-010",
        caption(
            "The gentleman wears a sleeveless shirt with floral patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has floral patterns. There is an accessory on his wrist.",
            "pronoun",
        ),
        she("a purple floral lehenga"),
        color_of("lehenga", "lavender"),
        piece("choli", "lilac"),
        piece("dupatta", "off white"),
        garment_type("saree", "contradiction"),
        details(
            "lehenga",
            "floral print, floral print, floral print, floral print, floral print, floral print, floral print, "
            "floral print, floral print, floral",
            "loop",
            hit_limit=True,
        ),
        title="Kvsfab Lavender Printed Ready to Wear Lehenga & Blouse with Dupatta",
        color="Lavender",
        **LEHENGA,
    ),
    # photo: black georgette saree with a sequinned border, black sleeveless blouse; model with bangles and a
    # ring, dark grey backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-011",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The neckline of it is v-shape. The lower "
            "clothing is of long length. The fabric is chiffon and it has pure color patterns. There is an "
            "accessory on her wrist. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        she("a black saree"),
        color_of("saree", "black"),
        piece("blouse", "black"),
        sleeve("sleeveless"),
        material("silk", "unsupported"),
        is_a("lehenga", "yes", "contradiction"),
        title="Mitera Black Embellished Sequinned Georgette Saree",
        color="Black",
        **SAREE,
    ),
    # photo: bridal red lehenga with gold embroidery, red elbow-sleeve choli, red net dupatta over her head;
    # model seated on a carved chair, no bag, marigold-and-rose mandap backdrop. Caption: caption adapter e3; open: VQA
    # adapter; closed: reference engine.
    case(
        "X715-012",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The lower clothing is of long length. The "
            "fabric is other and it has graphic patterns. There is an accessory on her wrist. There is a ring on "
            "her finger.",
            hit_limit=True,
        ),
        she("a red and gold lehenga"),
        color_of("lehenga", "red"),
        piece("choli", "Question: What is the color of the dupatta? Answer: red", "leak"),
        piece("dupatta", "red"),
        details("lehenga", "gold embroidery and a heavy border with a matching potli bag", "unsupported"),
        garment_type("lehenga choli"),
        is_a("saree", "yes", "contradiction"),
        title="Panchhi Red & Gold-Toned Embroidered Bridal Lehenga Choli with Dupatta",
        color="Red",
        **LEHENGA,
    ),
    # photo: peach organza saree with a pale floral print and a scalloped border, peach short-sleeve blouse with
    # white piping; model, white backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference.
    case(
        "X715-013",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has floral patterns."
        ),
        she("a pink saree"),
        color_of("saree", "peach"),
        piece(
            "blouse",
            "peach and white and pink and peach and white and pink and peach and white and pink and peach and white "
            "and pink and peach",
            "loop",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        describe("saree", "yes", "non_answer"),
        title="Satrani Peach-Coloured Floral Printed Organza Saree",
        color="Peach",
        **SAREE,
    ),
    # photo: haldi set: yellow cotton lehenga with mirror work, yellow sleeveless mirror-work choli, hot-pink
    # dupatta with tassels; model in a garden set with green hedges. Caption: caption adapter e3; open: VQA adapter.
    case(
        "X715-014",
        caption(
            "The lady wears a sleeveless shirt with graphic patterns. The lower clothing is of long length. The "
            "fabric is cotton and it has pure color patterns. There is an accessory on her wrist."
        ),
        she("he is wearing a yellow lehenga and a pink dupatta", "pronoun"),
        color_of("lehenga", "yellow"),
        piece("choli", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        details(
            "lehenga",
            "mirror work on the skirt and the blouse, tassels on the dupatta and a gota border on the skirt and the",
            "cut",
            hit_limit=True,
        ),
        title="Inddus Yellow & Pink Mirror Work Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        color="Yellow",
        **LEHENGA,
    ),
    # photo: burgundy Banarasi georgette saree with silver zari border, burgundy three-quarter-sleeve blouse;
    # model holding the pallu out to show it, white backdrop. Caption: caption adapter e3; open: VQA adapter.
    case(
        "X715-015",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The lower clothing is of long length. The "
            "fabric is other and it has graphic patterns."
        ),
        she("he is wearing a maroon saree", "pronoun"),
        color_of("saree", "burgundy"),
        piece("blouse", "black", "contradiction"),
        piece("border", "silver"),
        material("georgette"),
        describe(
            "saree",
            "a wine saree with a silver border and a matching blouse, she is holding the pallu in her right hand and "
            "the",
            "cut",
            hit_limit=True,
        ),
        title="Saree mall Burgundy & Silver-Toned Woven Design Banarasi Georgette Saree",
        color="Burgundy",
        **SAREE,
    ),
    # photo: navy-blue velvet lehenga with gold embroidery, navy long-sleeve choli, baby-pink net dupatta; model,
    # light grey backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-016",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The lower clothing is of long length. The "
            "fabric is other and it has graphic patterns."
        ),
        she("a blue lehenga with a pink dupatta"),
        color_of("lehenga", "navy blue"),
        piece(
            "choli",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        piece("dupatta", "blue", "other_garment_color"),
        material("velvet"),
        is_a("lehenga", "no", "contradiction"),
        title="Warthy Ent Navy Blue Embroidered Velvet Lehenga Choli with Dupatta",
        color="Navy Blue",
        **LEHENGA,
    ),
    # photo: green Paithani art-silk saree with a magenta border and a multicolour peacock pallu, green
    # short-sleeve blouse; model, bangles, white backdrop. Caption: caption adapter e3; open: VQA adapter.
    case(
        "X715-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lower clothing is of long length. "
            "The fabric is other and it has pure color patterns. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        she("a green saree with pink border"),
        color_of("saree", "green"),
        piece("blouse", "green"),
        piece("border", "green", "other_garment_color"),
        material("pure silk", "unsupported"),
        title="Mimosa Green & Magenta Woven Design Paithani Art Silk Saree",
        color="Green",
        **SAREE,
    ),
    # photo: peach georgette lehenga with gota-patti borders, peach sleeveless choli, peach dupatta; model, beige
    # backdrop. The feed row has no color. Caption: caption adapter e3; open: VQA adapter.
    case(
        "X715-018",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has pure color patterns."
        ),
        she("a peach dress with a dupatta", "contradiction"),
        color_of("lehenga", "peach"),
        piece("choli", "peach"),
        piece(
            "dupatta",
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach "
            "peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            hit_limit=True,
        ),
        details("lehenga", "the lehenga", "non_answer"),
        title="Kalini Peach-Coloured Gotta Patti Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        **LEHENGA,
    ),
    # photo: silver-grey tissue saree with a silver border, black sleeveless blouse; model, white backdrop.
    # Caption and describe: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lower clothing is of long length. "
            "The fabric is other and it has pure color patterns."
        ),
        she("a black saree", "other_garment_color"),
        color_of("saree", "grey"),
        piece("blouse", "grey", "other_garment_color"),
        sleeve("sleeveless"),
        describe(
            "saree",
            "The lower clothing is of long length. The fabric is leather and it has pure color patterns.",
            "unsupported",
        ),
        title="Sangria Grey & Silver-Toned Tissue Saree",
        color="Grey",
        **SAREE,
    ),
    # photo: Rajasthani patchwork lehenga in red, green, yellow and blue with mirrors, black long-sleeve choli,
    # red dupatta; model against an orange wall. Caption: caption adapter e3; open: VQA adapter.
    case(
        "X715-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The lower clothing is of long length. The "
            "fabric is cotton and it has color block patterns."
        ),
        she("a colorful lehenga and a black blouse in front of an orange wall"),
        color_of("lehenga", "multi"),
        piece("choli", "black"),
        piece("dupatta", "orange", "contradiction"),
        details(
            "lehenga",
            "mirror work and patchwork in red, green, yellow and blue with a black blouse and a red dupatta with "
            "tassels and a",
            "cut",
            hit_limit=True,
        ),
        title="Rajnandini Multicoloured Printed Mirror Work Lehenga Choli with Dupatta",
        color="Multi",
        **LEHENGA,
    ),
    # photo: pink-and-white bandhani georgette saree with a gold gota border, pink short-sleeve blouse; model,
    # white backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-021",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lower clothing is of long length. "
            "The fabric is chiffon and it has lattice patterns. The lower clothing is of long length. The fabric "
            "is chiffon and it has lattice patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        she("a pink and white saree"),
        color_of("saree", "pink"),
        piece("blouse", "pink Question: What is the color of the border? Answer: gold", "leak"),
        piece("border", "gold"),
        pattern("bandhani"),
        describe("saree", "the saree is a saree", "restated"),
        title="Anouk Pink & White Bandhani Print Poly Georgette Saree",
        color="Pink",
        **SAREE,
    ),
    # photo: teal silk lehenga with gold brocade, gold elbow-sleeve choli, teal dupatta with gold border; model,
    # white backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-022",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The lower clothing is of long length. The "
            "fabric is other and it has graphic patterns."
        ),
        she("a blue lehenga"),
        color_of("lehenga", "teal"),
        piece("choli", "teal", "other_garment_color"),
        piece(
            "dupatta",
            "teal and gold with a gold border and a teal border and a gold border and a teal border and a gold "
            "border and a",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        material("silk"),
        details("lehenga", "none", "non_answer"),
        title="Mimosa Teal & Gold-Toned Woven Design Silk Lehenga Choli with Dupatta",
        color="Teal",
        **LEHENGA,
    ),
    # photo: saffron-orange cotton-silk saree with a green border, green short-sleeve blouse; model holding a lit
    # diya, bare-headed, white backdrop. Caption: caption adapter e3; open: VQA adapter.
    case(
        "X715-023",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lower clothing is of long length. "
            "The fabric is cotton and it has pure color patterns. This lady wears a hat.",
            "unsupported",
        ),
        she("an orange saree with green border"),
        color_of("saree", "green", "other_garment_color"),
        piece("blouse", "green"),
        piece("border", "green"),
        describe(
            "saree",
            "an orange saree with a green border and a green blouse Question: What are the saree details? Answer: "
            "green border",
            "leak",
            hit_limit=True,
        ),
        title="Kalini Orange & Green Woven Design Cotton Silk Saree",
        color="Orange",
        **SAREE,
    ),
    # photo: rani-pink (magenta) georgette lehenga with silver embroidery, magenta sleeveless choli, silver-grey
    # net dupatta; model, bangles, mauve backdrop. Caption and details: caption adapter e3; rest: VQA / reference.
    case(
        "X715-024",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The neckline of it is v-shape. The lower "
            "clothing is of long length. The fabric is chiffon and it has graphic patterns. There is an accessory "
            "on her wrist.",
            "contradiction",
        ),
        she("she is wearing a pink lehenga choli"),
        color_of("lehenga", "magenta"),
        piece("choli", "rani pink"),
        piece("dupatta", "pink", "other_garment_color"),
        sleeve("sleeveless"),
        details(
            "lehenga",
            "The lower clothing is of long length. The fabric is chiffon and it has graphic patterns. The upper "
            "clothing has sleeveless, chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Chhabra 555 Magenta Embroidered Semi-Stitched Lehenga & Blouse with Dupatta",
        color="Magenta",
        **LEHENGA,
    ),
    # photo: off-white chikankari georgette saree with white floral thread embroidery, cream short-sleeve blouse;
    # model, white backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-025",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has floral patterns."
        ),
        she("a white saree"),
        color_of("saree", "off white"),
        piece("blouse", "cream"),
        pattern("embroidered"),
        material("georgette"),
        describe("saree", "an off white saree with white embroidery"),
        title="Saree mall Off White Chikankari Embroidered Georgette Saree",
        color="Off White",
        **SAREE,
    ),
    # photo: sea-green organza lehenga with a pastel floral print, sea-green sleeveless choli, light-pink
    # dupatta; model with bangles and a ring, front view only, garden set. Caption: caption adapter e3; open:
    # VQA adapter; closed: reference engine.
    case(
        "X715-026",
        caption(
            "The lady wears a sleeveless shirt with floral patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has floral patterns. There is an accessory on her wrist. There is a ring on "
            "her finger. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a green lehenga and pink dupatta"),
        color_of("lehenga", "sea green"),
        piece("choli", "green"),
        piece("dupatta", "the dupatta is the color of the dupatta", "restated"),
        details("lehenga", "floral print with a zip at the back", "unsupported"),
        is_a("lehenga", "yes"),
        garment_type("dress", "contradiction"),
        title="Kvsfab Sea Green & Pink Floral Printed Organza Lehenga Choli with Dupatta",
        color="Sea Green",
        **LEHENGA,
    ),
    # photo: yellow chiffon saree with a white-and-orange floral print, yellow sleeveless blouse; model, no other
    # garment visible, white backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-027",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has floral patterns."
        ),
        she("she is wearing a yellow saree with a yellow blouse and a pair of jeans", "unsupported"),
        color_of("saree", "yellow"),
        piece("blouse", "yellow Question: What is the color of the saree? Answer: yellow", "leak"),
        pattern("solid", "contradiction"),
        material("chiffon"),
        title="Ishin Yellow Floral Printed Chiffon Saree",
        color="Yellow",
        **SAREE,
    ),
    # photo: black net lehenga with gold sequins, black sleeveless sequinned choli, black net dupatta with a gold
    # border; model, bangles, white backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference.
    case(
        "X715-028",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has pure color patterns. There is an accessory on her wrist."
        ),
        she("a black lehenga"),
        color_of("lehenga", "black"),
        piece("choli", "black"),
        piece("dupatta", "black"),
        details("lehenga", "gold sequins"),
        material("net"),
        title="Warthy Ent Black Embellished Sequinned Net Lehenga Choli with Dupatta",
        color="Black",
        **LEHENGA,
    ),
    # photo: bridal red-and-gold Banarasi silk-blend saree, red elbow-sleeve blouse, pallu drawn over her head as
    # a ghoonghat; model with bangles, marigold garlands hung behind. Caption: caption adapter e3; rest: VQA/ref.
    case(
        "X715-029",
        caption(
            "The gentleman wears a medium-sleeve shirt with graphic patterns. The lower clothing is of long length. "
            "The fabric is other and it has graphic patterns.",
            "pronoun",
        ),
        she(
            "a red saree red saree red saree red saree red saree red saree red saree red saree red saree red saree",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "red"),
        piece("blouse", "pink", "contradiction"),
        piece("border", "gold"),
        material("pure silk", "unsupported"),
        is_a("saree", "yes"),
        title="Mitera Red & Gold-Toned Woven Design Banarasi Silk Blend Saree",
        color="Red",
        **SAREE,
    ),
    # photo: ivory lehenga with multicolour floral thread embroidery, ivory short-sleeve choli, pastel-pink
    # dupatta; model, white backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-030",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The lower clothing is of long length. The "
            "fabric is other and it has floral patterns. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        she("a white lehenga with pink dupatta"),
        color_of("lehenga", "pink", "other_garment_color"),
        piece("choli", "ivory"),
        piece("dupatta", "white", "other_garment_color"),
        details("lehenga", "embroidered flowers"),
        material("the garment is made of material", "restated"),
        title="Inddus Off White & Pink Embroidered Semi-Stitched Lehenga & Blouse with Dupatta",
        color="Off White",
        **LEHENGA,
    ),
    # photo: powder-blue organza saree with a silver embellished border, blue sleeveless blouse; model empty-
    # handed, white backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lower clothing is of three-point "
            "length. The fabric is chiffon and it has pure color patterns.",
            "contradiction",
        ),
        she("a light blue saree"),
        color_of("saree", "blue"),
        piece("blouse", "white", "contradiction"),
        piece("border", "silver"),
        describe("saree", "a light blue saree with silver border and a matching clutch", "unsupported"),
        title="Satrani Blue Solid Organza Saree with Embellished Border",
        color="Blue",
        **SAREE,
    ),
    # photo: Navratri chaniya choli: red, green and yellow cotton skirt with mirror work and tassels, red
    # short-sleeve backless choli, green dupatta; model mid-twirl holding dandiya sticks, white backdrop.
    # Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-032",
        caption(
            "The lady wears a short-sleeve shirt with color block patterns. The lower clothing is of three-quarter "
            "length. The fabric is cotton and it has color block patterns. There is an accessory on her wrist.",
            "contradiction",
        ),
        she("a red and green skirt with a red blouse"),
        color_of("lehenga", "multi"),
        piece("choli", "red"),
        piece("dupatta", "Answer: green", "leak"),
        details(
            "lehenga",
            "mirror work and tassels on the skirt, a backless blouse with tie-up strings and a green dupatta with "
            "mirror work on the",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        title="Panchhi Red & Green Mirror Work Cotton Chaniya Choli with Dupatta",
        color="Red",
        **LEHENGA,
    ),
    # photo: maroon Kanjeevaram silk-blend saree with a contrast mustard zari border, mustard short-sleeve blouse;
    # model, no glasses, white backdrop. The feed row has no category. Caption and details: caption adapter e3.
    case(
        "X715-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lower clothing is of long length. "
            "The fabric is other and it has pure color patterns. There is an accessory on her wrist. There is a "
            "ring on her finger. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("a maroon saree with a yellow border"),
        color_of("saree", "mustard", "other_garment_color"),
        piece("blouse", "mustard"),
        piece("border", "yellow"),
        sleeve("short sleeve"),
        details(
            "saree",
            "The lower clothing is of long length. The fabric is other and it has pure color patterns. This lady "
            "wears glasses.",
            "unsupported",
        ),
        title="Kalini Maroon & Mustard Zari Silk Blend Kanjeevaram Saree",
        color="Maroon",
        gender="Women",
    ),
    # photo: gold tissue lehenga, gold sleeveless choli, maroon velvet dupatta with gold border; model, dark brown
    # backdrop. Caption and details: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-034",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The lower clothing is of long length. The "
            "fabric is leather and it has pure color patterns.",
            "unsupported",
        ),
        she("a gold lehenga and a red dupatta"),
        color_of("lehenga", "gold"),
        piece("choli", "golden"),
        piece("dupatta", "gold", "other_garment_color"),
        details("lehenga", "the details of the lehenga are the lehenga details", "restated"),
        title="Ethnovog Gold-Toned Tissue Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        color="Gold",
        **LEHENGA,
    ),
    # photo: rust cotton saree with black Kalamkari figurative print, black short-sleeve blouse; model, white
    # backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-035",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lower clothing is of long length. "
            "The fabric is cotton and it has graphic patterns."
        ),
        she("Question: What is she wearing? Answer: a printed saree", "leak"),
        color_of("saree", "rust"),
        piece("blouse", "rust", "other_garment_color"),
        pattern("printed"),
        describe("saree", "no", "non_answer"),
        title="Shaily Rust & Black Kalamkari Printed Pure Cotton Saree",
        color="Rust",
        **SAREE,
    ),
    # photo: mauve (onion-pink) sequinned georgette lehenga, mauve choli with long sheer sleeves, mauve dupatta;
    # model, white backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has pure color patterns."
        ),
        she("a pink lehenga with a white top", "contradiction"),
        color_of("lehenga", "mauve"),
        piece("choli", "he is wearing a pink choli", "pronoun"),
        piece("dupatta", "pink"),
        sleeve("sleeveless", "contradiction"),
        material("georgette"),
        title="Sangria Mauve Sequinned Georgette Ready to Wear Lehenga & Blouse with Dupatta",
        color="Mauve",
        **LEHENGA,
    ),
    # photo: parrot-green and pink Patola art-silk saree with woven geometric double-ikat motifs, plain pink
    # short-sleeve blouse; model, white backdrop. Caption and details: caption adapter e3; rest: VQA / reference.
    case(
        "X715-037",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The lower clothing is of long length. The "
            "fabric is other and it has lattice patterns.",
            "contradiction",
        ),
        she("a green and pink saree"),
        color_of("saree", "green"),
        piece("blouse", "green", "other_garment_color"),
        pattern("geometric"),
        details(
            "saree",
            "The lower clothing is of long length. The fabric is other and it has lattice patterns. The lower "
            "clothing is of long length. The fabric is other",
            "loop",
            hit_limit=True,
        ),
        title="Mimosa Green & Pink Patola Woven Design Art Silk Saree",
        color="Green",
        **SAREE,
    ),
    # photo: burgundy (wine) lehenga with silver embroidery, wine elbow-sleeve choli, wine dupatta; model turned
    # three-quarters, bangles, no eyewear, white backdrop. Caption: caption adapter e3; rest: VQA / reference.
    case(
        "X715-038",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The lower clothing is of long length. The "
            "fabric is other and it has graphic patterns. There is an accessory on her wrist. This lady wears "
            "sunglasses.",
            "unsupported",
        ),
        she("a maroon lehenga"),
        color_of("lehenga", "brown", "contradiction"),
        piece("choli", "wine"),
        piece("dupatta", "the color of the dupatta is the color of the dupatta", "restated"),
        title="Fusion Beats Burgundy Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        color="Burgundy",
        **LEHENGA,
    ),
    # photo: pastel-pink net saree with a sequinned border, silver sequinned sleeveless blouse; model, peach
    # backdrop. Caption: caption adapter e3; open: VQA adapter (describe too); closed: reference engine.
    case(
        "X715-039",
        caption(
            "The lady wears a sleeveless shirt with graphic patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has pure color patterns. There is an accessory on her wrist."
        ),
        she("a pink saree and a silver blouse"),
        color_of("saree", "pink"),
        piece("blouse", "pink", "other_garment_color"),
        material("velvet", "unsupported"),
        describe(
            "saree",
            "a pink saree with a silver sequined border and a silver sleeveless blouse with a pink saree with a "
            "silver sequined",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Pink Embellished Net Saree with Sequinned Blouse Piece",
        color="Pink",
        **SAREE,
    ),
    # photo: royal-blue silk lehenga with a gold border, red short-sleeve choli, red dupatta; model, white
    # backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lower clothing is of long length. "
            "The fabric is denim and it has pure color patterns.",
            "unsupported",
        ),
        she("a blue skirt and a red top"),
        color_of("lehenga", "blue"),
        piece("choli", "blue", "other_garment_color"),
        piece("dupatta", "red"),
        is_a("lehenga", "no", "contradiction"),
        title="Chhabra 555 Blue & Red Woven Design Silk Lehenga Choli with Dupatta",
        color="Blue",
        **LEHENGA,
    ),
    # photo: lilac ruffled georgette saree worn with a black leather belt at the waist, lilac sleeveless blouse;
    # model, white backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lower clothing is of long length. "
            "The fabric is chiffon and it has pure color patterns. There is an accessory on her waist."
        ),
        she("a purple saree with a black belt"),
        color_of("saree", "lavender"),
        piece("blouse", "black", "other_garment_color"),
        sleeve("sleeveless"),
        details(
            "saree",
            "a ruffle saree with a black belt and a sleeveless blouse, the ruffles are on the pallu and the border "
            "of the",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Lavender Solid Ruffled Georgette Saree with Belt",
        color="Lavender",
        **SAREE,
    ),
    # photo: orange cotton lehenga with a floral print, orange short-sleeve choli, yellow dupatta; model seated on
    # a wooden swing, trees behind. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-042",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The lower clothing is of long length. The "
            "fabric is cotton and it has floral patterns. The lady wears a short-sleeve shirt with floral patterns. "
            "The lower clothing is of long length. The fabric",
            "loop",
            hit_limit=True,
        ),
        she("an orange lehenga with a yellow dupatta"),
        color_of("lehenga", "red", "contradiction"),
        piece("choli", "orange"),
        piece("dupatta", "yellow"),
        details("lehenga", "he is sitting on a swing", "pronoun"),
        title="Kvsfab Orange & Yellow Floral Printed Cotton Lehenga Choli with Dupatta",
        color="Orange",
        **LEHENGA,
    ),
    # photo: half-and-half georgette saree, navy pleats and a pink pallu, lace border, navy short-sleeve blouse;
    # model, no belt, white backdrop. Caption: caption adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lower clothing is of long length. "
            "The fabric is chiffon and it has color block patterns. There is an accessory on her waist.",
            "unsupported",
        ),
        she("a blue and pink saree"),
        color_of("saree", "navy blue"),
        piece("blouse", "pink", "other_garment_color"),
        pattern("colourblocked"),
        describe("saree", "a saree", "non_answer"),
        title="Ishin Navy Blue & Pink Half and Half Georgette Saree",
        color="Navy Blue",
        **SAREE,
    ),
    # photo: powder-blue net lehenga with silver sequins, powder-blue sleeveless choli, white net dupatta; model,
    # bangles, white backdrop. The feed row has no gender. Caption: caption adapter e3; rest: VQA / reference.
    case(
        "X715-044",
        caption(
            "The lady wears a sleeveless shirt with graphic patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has graphic patterns. There is an accessory on her wrist. This lady wears a "
            "ring. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue lehenga"),
        color_of("lehenga", "blue"),
        piece("choli", "white", "other_garment_color"),
        piece(
            "dupatta",
            "Question: What is the color of the dupatta? Answer: white Question: What is the color of the choli? "
            "Answer: blue Question: What is",
            "leak",
            hit_limit=True,
        ),
        details("lehenga", "silver sequins all over the net skirt"),
        title="Inddus Blue Embellished Net Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # photo: Diwali shoot: purple silk-blend saree with a green zari border, green elbow-sleeve blouse; model
    # holding a diya, fairy lights on a warm brown backdrop. Caption: caption adapter e3; rest: VQA / reference.
    case(
        "X715-045",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The lower clothing is of long length. "
            "The fabric is other and it has pure color patterns. There is an accessory on her wrist."
        ),
        she("a purple lehenga", "contradiction"),
        color_of("saree", "purple"),
        piece("blouse", "green"),
        piece("border", "green"),
        describe(
            "saree",
            "a purple saree with green border Question: What is the color of the blouse? Answer: green",
            "leak",
        ),
        material("satin", "unsupported"),
        title="Saree mall Purple & Green Zari Woven Silk Blend Saree",
        color="Purple",
        **SAREE,
    ),
    # photo: lemon-yellow georgette lehenga with white thread embroidery, lemon sleeveless choli, white dupatta;
    # model, white backdrop. The seller's color says Lime Green; the photo is plainly yellow. Caption: caption
    # adapter e3; open: VQA adapter; closed: reference engine.
    case(
        "X715-046",
        caption(
            "The lady wears a sleeveless shirt with floral patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has floral patterns."
        ),
        she("she is wearing a yellow lehenga with a white dupatta"),
        color_of("lehenga", "yellow"),
        piece("choli", "white", "other_garment_color"),
        piece("dupatta", "white"),
        details("lehenga", "white thread embroidery with pearl work", "unsupported"),
        material("no", "non_answer"),
        title="Kalini Yellow Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        color="Lime Green",
        **LEHENGA,
    ),
]
