"""BLIND_953 (46 products; Myntra kurta sets, caption adapter at epoch 1): written blind in the fifty-seventh session.
Measured blind at 5a92fc7 (the session's final rules): 98/129 failures found (76.0%) and 7/189 correct texts flagged
(3.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's three-piece kurta sets (kurta with palazzos or sharara, and a dupatta), article
type "Kurta Sets", seller's base colour = the kurta's color. Catalog photos: a model standing on a white (sometimes
grey, beige or pink) studio backdrop, two shot outdoors (garden, brick wall); mostly front views, a few side or back
views; the dupatta draped on one shoulder, over both arms, round the neck or held out; jhumkas, bangles, juttis.

Who wrote what: every caption and every open answer (what is the person wearing, describe / details of a piece, the
material, and the colors of the palazzos / sharara and of the dupatta, which the night's questionnaire asked open
because its candidate list only covered the main garment) is free generation by BLIP-2 OPT-2.7b with the epoch-1
caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens for captions and 30
for answers. Its habits: the DeepFashion template ("The lady wears a long-sleeve top with floral patterns ... The pants
this lady wears is of long length"), which has no word for kurta, palazzo or dupatta; hue names survive from the base
model at epoch 1, but it spreads one hue over several pieces; it still stops on a newline for many texts, but with no
trained end token others run to the limit, cut mid-sentence or looping, or go on into a new `Question: ... Answer:`.
The closed texts (the kurta's color, garment type, pattern, sleeve length, "Is this a kurta?") come from enrich's
`--engine reference`, ranking candidate values with the same adapter: always one clean candidate, sometimes wrong.

Labeling conventions and judgement calls:
- Vocabulary: "top", "shirt", "tunic" for the kurta, "pants"/"trousers" for palazzos or sharara, "scarf" for the
  dupatta are the adapter's words and count as correct. "dress" as the only garment, "skirt" for a sharara, "jeans",
  "shorts", and closed garment types "dress", "lehenga", "saree", "top" are labeled contradiction.
- Shades count as their color: mustard = yellow, lavender / mauve = purple, burgundy = maroon = red, cream and off
  white = white, rust = orange, peach = pink. Teal answered "green" and coral answered "pink" or "orange" are accepted
  as correct (in-between hues); I kept them correct on purpose.
- A multicolor piece: naming one of its main colors is correct (a pink-and-yellow leheriya dupatta answered "pink and
  yellow stripes", a multicolor phulkari "multicolor"). For the kurta's closed color the ground is the answer; a
  print's color picked where the seller names the ground is a contradiction.
- other_garment_color only for free-generation texts (captions and open answers) that give a piece the color of
  another piece of the set (one hue for everything: "pink pants" under a pink kurta when the palazzos are green). A
  wrong closed pick is a contradiction even when it is another piece's color, and a color taken from the backdrop
  (grey backdrop, green garden) or worn by nobody is a contradiction.
- Sleeves: three-quarter sleeves called "long" are accepted; "sleeveless" or "short" for them is a contradiction.
  Pattern words: "complicated", "graphic", "lattice" accepted for ethnic motifs, foil prints and jacquard; a closed
  "solid" or "striped" for a printed kurta is a contradiction.
- unsupported: details the photo does not show or shows otherwise (pockets, zip, drawstring, ring, hat, bag, watch,
  pom-poms, mirror work, tassels that are not there) and a fibre the title does not name ("cotton", "rayon", "silk",
  "linen", "chiffon", "denim", "net", "polyester"). A fibre the title names ("Pure Cotton") is correct.
- non_answer: empty, "yes", a lone color or "a kurta" for an open question, a color pair with no garment for "What
  is the person wearing?", and the question's words handed back as a bare fact ("they are long" for the palazzo
  details). restated: the question echoed, or turned into a sentence that adds nothing ("The details of the kurta
  are the details of the kurta.").
- One label per text. Cut texts are right up to the cut; a leak that also ran to the limit is labeled leak with
  hit_limit=True; loops always carry hit_limit=True. One answer that stopped mid-phrase on an early newline is labeled
  cut without hit_limit. No correct text has hit_limit (the correct captions stopped on a newline).
- pronoun: he / his / man / gentleman in a Women row. The row without a gender column has no pronoun label.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def kurta(text, failure=None):
    """The kurta's color, closed (reference engine)."""
    return color_of("kurta", text, failure)


def bottoms(garment, text, failure=None, hit_limit=False):
    """The palazzos' or sharara's color, asked open (free generation)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def dupatta(text, failure=None, hit_limit=False):
    """The dupatta's color, asked open (free generation)."""
    return color_of("dupatta", text, failure, kind="open", hit_limit=hit_limit)


BLIND_953 = [
    # photo: front, pink straight kurta with small white floral print, 3/4 sleeves, white palazzos, pink-and-white
    # printed dupatta over both arms, silver jhumkas, tan juttis, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-001",
        caption(
            "The lady wears a pink long-sleeve top with floral patterns and a pair of white long pants. "
            "There is an accessory on her ears."
        ),
        wearing("a pink kurta with white palazzos and a dupatta"),
        kurta("pink"),
        bottoms("palazzos", "pink", "other_garment_color"),
        dupatta("pink and white"),
        Q.material("cotton", "unsupported"),
        describe(
            "kurta",
            "The kurta is a straight pink kurta with a white floral print all over, a round neck with a small keyhole "
            "at the front and three-quarter sleeves with a",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: front, slightly turned; navy blue long-sleeve kurta with gold thread embroidery on the yoke, navy sharara
    # with gold hem border, gold-toned net dupatta on one shoulder, gold earrings, grey backdrop; free: epoch-1 adapter
    case(
        "X953-002",
        caption(
            "The lady is wearing a navy blue long-sleeve top with complicated patterns and a long skirt. "
            "There is an accessory on her ears. The skirt is of long length.",
            "contradiction",
        ),
        wearing("a blue kurta with sharara and a gold dupatta"),
        kurta("navy blue"),
        bottoms("sharara", "navy blue with a gold border"),
        dupatta("navy blue", "other_garment_color"),
        details(
            "kurta",
            "gold embroidery on the yoke and the sleeves, the neckline, the sleeves, the neckline, the sleeves, "
            "the neckline, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        title="Anouk Women Navy Blue Ethnic Motifs Embroidered Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: full length front; mustard kurta with white and green floral print, 3/4 sleeves with lace trim, mustard
    # palazzos with white print, green dupatta with mustard tassels held out, oxidised jhumkas, white backdrop
    case(
        "X953-003",
        caption(
            "The lady wears a yellow top with floral patterns. The top is with cotton fabric. The pants this lady "
            "wears is of long length. The pants are with cotton fabric and floral patterns."
        ),
        wearing("She is wearing a mustard kurta, printed palazzos and a green dupatta."),
        kurta("mustard"),
        bottoms("palazzos", "yellow"),
        dupatta("yellow", "other_garment_color"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe(
            "kurta",
            "The kurta is a mustard yellow kurta with white floral print and a round neckline with a slit at the "
            "front and three-quarter sleeves with a lace on the",
            "cut",
            hit_limit=True,
        ),
        title="GERUA Women Mustard Yellow Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: front; bottle green V-neck kurta with gold foil yoke, long sleeves, green palazzos, green organza dupatta
    # with gold border, gold jhumkas, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt has a v-shape "
            "neckline. The pants this lady wears is of long length. The pants are with pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a green kurta and palazzo pants with a green dupatta"),
        kurta("green"),
        bottoms("palazzos", "green"),
        dupatta("green with a gold border"),
        is_a("kurta", "yes"),
        Q.material("it is made of cotton fabric", "unsupported"),
        title="Indo Era Women Green Yoke Design Straight Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: side view; maroon kurta with beige paisley print, beige sharara with maroon print, maroon border and thin
    # gold lace at the hem, maroon dupatta on the shoulder, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-005",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns and a pair of long pants. The pants are "
            "with graphic patterns.",
            "pronoun",
        ),
        wearing("maroon kurta with beige sharara and dupatta"),
        kurta("beige", "contradiction"),
        bottoms("sharara", "beige with maroon print"),
        dupatta("maroon"),
        Q.garment_type("kurta set"),
        details(
            "sharara",
            "The sharara has a maroon paisley print on a beige base and a wide flared hem with a maroon border and a "
            "thin gold lace along the",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Women Maroon & Beige Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: front; off-white kurta with gold foil motif print, off-white palazzos, sheer gold tissue dupatta with a
    # woven border, gold bangles, beige backdrop; free texts: epoch-1 adapter
    case(
        "X953-006",
        caption(
            "The lady wears a white long-sleeve top with graphic patterns and white long pants. There is an "
            "accessory on her wrist."
        ),
        wearing("white kurta and palazzos with a gold dupatta"),
        kurta("off white"),
        bottoms("palazzos", "white"),
        dupatta("gold Question: What is the color of the kurta? Answer: white", "leak"),
        details("dupatta", "a sheer gold tissue dupatta with a woven border"),
        Q.garment_type("top", "contradiction"),
        title="W Women Off-White & Gold-Toned Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: front, hand on hip; teal kurta with white block print, white palazzos, teal-and-white dupatta round the
    # neck, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-007",
        caption(
            "The lady wears a teal long-sleeve top with floral patterns and white pants. The pants are of long "
            "length. She also wears a scarf around her neck."
        ),
        wearing("teal", "non_answer"),
        kurta("teal"),
        bottoms("palazzos", "teal", "other_garment_color"),
        dupatta("teal and white"),
        Q.material("The material is rayon.", "unsupported"),
        title="Vishudh Women Teal Blue Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: front, mid-twirl; peach flared Anarkali kurta with thread embroidery on the yoke, 3/4 sleeves, peach
    # palazzos, cream net dupatta, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-008",
        caption(
            "The lady is wearing a peach dress with floral patterns. It has long sleeves. The dress is of long length.",
            "contradiction",
        ),
        wearing("a peach anarkali kurta with palazzos and a cream dupatta"),
        kurta("peach"),
        bottoms("palazzos", "peach"),
        dupatta("peach", "other_garment_color"),
        describe(
            "kurta",
            "The kurta is a flared anarkali with thread embroidery on the yoke and a round neck with three-quarter "
            "sleeves.",
        ),
        Q.pattern("embroidered"),
        is_a("dress", "no"),
        title="Biba Women Peach-Coloured Embroidered Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: front; lavender straight kurta, lavender palazzos, lavender chanderi dupatta with silver zari border on
    # both shoulders (no tassels), white backdrop; free texts: epoch-1 adapter
    case(
        "X953-009",
        caption(
            "The gentleman wears a purple long-sleeve top with pure color patterns and purple long pants. There is "
            "a scarf on his shoulders.",
            "pronoun",
        ),
        wearing(
            "lavender kurta with palazzos and dupatta lavender kurta with palazzos and dupatta lavender kurta with "
            "palazzos and",
            "loop",
            hit_limit=True,
        ),
        kurta("lavender"),
        bottoms("palazzos", "lavender"),
        dupatta("purple with silver border"),
        Q.material("cotton"),
        details(
            "dupatta", "The dupatta has a silver zari border on both sides and tassels at the corners", "unsupported"
        ),
        title="Jaipur Kurti Women Lavender Solid Pure Cotton Kurta with Palazzos & Chanderi Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: front; rust kurta with black and gold ethnic motif print, black palazzos, rust dupatta on one shoulder,
    # white backdrop; free texts: epoch-1 adapter
    case(
        "X953-010",
        caption(
            "The lady wears a long-sleeve top with complicated patterns. The pants she wears is of long length. The "
            "pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("she is wearing a rust kurta with black palazzos and a rust dupatta"),
        kurta("rust"),
        bottoms("palazzos", "rust", "other_garment_color"),
        dupatta("orange"),
        Q.garment_type("kurta"),
        details("kurta", "The kurta details are the details of the kurta with the print.", "restated"),
        title="KALINI Women Rust Orange Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: front; black kurta with thin white vertical stripes, black palazzos, white dupatta with black pom-poms
    # round the neck, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-011",
        caption(
            "The lady wears a black long-sleeve shirt with striped patterns. The pants this lady wears is of long "
            "length. The pants are with pure color patterns. There is a scarf on her neck."
        ),
        wearing("black and white striped kurta with black palazzos and white dupatta"),
        kurta("white", "contradiction"),
        bottoms("palazzos", "black and white striped", "other_garment_color"),
        dupatta("white"),
        Q.pattern("striped"),
        details("palazzos", "they are long", "non_answer"),
        title="AHIKA Women Black & White Striped Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: front, shot outdoors in a garden (trees, green hedge); indigo kurta with white dabu print, white palazzos
    # with small blue print, indigo dupatta with white dabu print; free texts: epoch-1 adapter
    case(
        "X953-012",
        caption(
            "The lady is wearing a blue long-sleeve top with floral patterns and a pair of long pants with floral "
            "patterns. She is standing in front of the trees."
        ),
        wearing("blue printed kurta with white printed palazzos and a blue dupatta"),
        kurta("blue"),
        bottoms("palazzos", "green", "contradiction"),
        dupatta("blue"),
        Q.material("cotton"),
        describe(
            "kurta",
            "The kurta is blue with white print. The kurta is blue with white print. The kurta is blue with white "
            "print. The kurta is",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        details(
            "dupatta",
            "indigo with white dabu print Question: What are the palazzos details? Answer: white with blue print",
            "leak",
        ),
        title="Rain & Rainbow Women Blue Indigo Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: front; red elbow-sleeve kurta with yellow floral print, red sharara with yellow print, yellow dupatta on
    # one shoulder, red glass bangles, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-013",
        caption(
            "The lady wears a red short-sleeve top with floral patterns and red long pants with floral patterns. "
            "There is an accessory on her wrist. The lady wears a yellow scarf."
        ),
        wearing("the person is wearing a", "restated"),
        kurta("red"),
        bottoms("sharara", "red with yellow flowers"),
        dupatta("red", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.pattern("striped", "contradiction"),
        title="Global Desi Women Red Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: front; sea green kurta with white chikankari-style embroidery, long sleeves, white palazzos, sea green
    # dupatta on one arm, small silver studs, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-014",
        caption(
            "The lady wears a green long-sleeve top with white embroidery. The top is with cotton fabric. The pants "
            "this lady wears is of long length. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a sea green kurta, white palazzos and a green dupatta"),
        kurta("sea green"),
        bottoms("palazzos", "green", "other_garment_color"),
        dupatta("sea green"),
        Q.material("cotton"),
        title="Ishin Women Sea Green Embroidered Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: front, dupatta held out behind her; yellow kurta with gotta patti lace, yellow sharara with gotta lace at
    # the hem (waist hidden by the kurta), pink-and-yellow leheriya dupatta, pink backdrop; free: epoch-1 adapter
    case(
        "X953-015",
        caption(
            "The lady wears a yellow long-sleeve top and a yellow long skirt. The skirt is with gold lace. She is "
            "standing in front of a pink wall.",
            "contradiction",
        ),
        wearing(
            "yellow kurta with sharara and a dupatta Question: What is the color of the kurta? Answer: yellow "
            "Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        kurta("yellow"),
        bottoms("sharara", "yellow"),
        dupatta("pink and yellow stripes"),
        details("sharara", "gotta lace at the hem and a drawstring waist", "unsupported"),
        title="Varanga Women Yellow Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: front; magenta kurta with gold foil print, magenta palazzos, magenta dupatta with gold foil border, white
    # backdrop; free texts: epoch-1 adapter
    case(
        "X953-016",
        caption(
            "The lady wears a pink long-sleeve top with graphic patterns and pink long pants. The lady wears a pink "
            "long-sleeve top with graphic patterns and pink long pants. The lady wears a pink",
            "loop",
            hit_limit=True,
        ),
        wearing("a magenta kurta set with gold print and dupatta"),
        kurta("magenta"),
        bottoms("palazzos", "pink"),
        dupatta("magenta and gold"),
        Q.garment_type("lehenga", "contradiction"),
        details(
            "dupatta",
            "Question: What are the dupatta details? Answer: gold foil print on the border Question: What are the",
            "leak",
            hit_limit=True,
        ),
        title="Kimayra Women Magenta Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: side view; olive kurta with beige ethnic motifs, beige palazzos, olive dupatta, gold hoops, brown juttis,
    # bare head, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-017",
        caption(
            "The lady wears a green long-sleeve top with complicated patterns. Her pants are of long length. She "
            "wears a pair of brown shoes and a hat.",
            "unsupported",
        ),
        wearing("he is wearing an olive kurta with beige palazzo pants and a dupatta", "pronoun"),
        kurta("olive"),
        bottoms("palazzos", "beige"),
        dupatta("olive green"),
        Q.material("polyester", "unsupported"),
        title="Anubhutee Women Olive Green Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: front; grey kurta with pink floral print, mandarin collar and button placket, no pockets, pink palazzos,
    # grey dupatta with pink border on the shoulders, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-018",
        caption(
            "The lady wears a grey long-sleeve top with floral patterns and grey long pants. There is a scarf on her "
            "shoulders.",
            "other_garment_color",
        ),
        wearing("a grey kurta with pink palazzos and a grey dupatta"),
        kurta("grey"),
        bottoms("palazzos", "pink"),
        dupatta("grey"),
        details("kurta", "The kurta has a mandarin collar, front buttons and two side pockets.", "unsupported"),
        Q.pattern("solid", "contradiction"),
        title="Aurelia Women Grey & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: front; turquoise 3/4-sleeve kurta, turquoise palazzos, white cotton dupatta with turquoise polka dots and
    # plain hemmed edges, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-019",
        caption(
            "The lady wears a blue sleeveless top with pure color patterns and blue long pants. The lady also wears "
            "a white scarf with dots.",
            "contradiction",
        ),
        wearing("turquoise kurta, palazzos and white polka dot dupatta"),
        kurta("turquoise blue"),
        bottoms("palazzos", "blue"),
        dupatta("white with blue dots"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("solid"),
        describe(
            "dupatta",
            "The dupatta is a white cotton dupatta with turquoise polka dots and pom-poms along the border.",
            "unsupported",
        ),
        title="Janasya Women Turquoise Blue Solid Kurta with Palazzos & Polka Dot Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: back view, model looking over her shoulder; burgundy jacquard kurta with a keyhole and tie-up at the back,
    # burgundy sharara, pink dupatta across her back, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-020",
        caption(
            "The lady wears a red long-sleeve top with lattice patterns and a pair of red long pants. The lady wears "
            "a pink scarf on her back."
        ),
        wearing("burgundy kurta and sharara with a pink dupatta"),
        kurta("maroon"),
        bottoms("sharara", "burgundy"),
        dupatta("burgundy", "other_garment_color"),
        describe(
            "kurta",
            "The kurta is a burgundy jacquard kurta with a keyhole opening at the back with a tie-up and "
            "three-quarter sleeves with a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="House of Pataudi Women Burgundy Jacquard Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: front; cream chikankari kurta with round neck and straight hem, cream palazzos, cream dupatta with mirror
    # work, no jewellery, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-021",
        caption(
            "The lady wears a white long-sleeve shirt with pure color patterns and white long pants. There is a "
            "ring on her finger.",
            "unsupported",
        ),
        wearing("white", "non_answer"),
        kurta("cream"),
        bottoms("palazzos", "white"),
        dupatta("white"),
        Q.material("cotton"),
        describe(
            "kurta",
            "The kurta is a cream chikankari kurta with a round neck and a straight hem, the kurta is a cream "
            "chikankari kurta with a round neck and",
            "loop",
            hit_limit=True,
        ),
        title="Inddus Women Cream Chikankari Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: front; pink kurta with green leaf print, 3/4 sleeves, calf length, green palazzos, pink dupatta on one
    # shoulder, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-022",
        caption(
            "The lady is wearing a pink long-sleeve top with floral patterns and pink long pants. The pants are of "
            "long length.",
            "other_garment_color",
        ),
        wearing("pink kurta with green palazzos and pink dupatta"),
        kurta("green", "contradiction"),
        bottoms("palazzos", "green"),
        dupatta("pink"),
        describe(
            "kurta",
            "The kurta is a pink straight kurta with a green leaf print, a round neck with a notch and three-quarter "
            "sleeves, and it falls to the",
            "cut",
            hit_limit=True,
        ),
        title="Nayo Women Pink & Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: front; white kurta with silver sequin embroidery, white sharara, white net dupatta, grey backdrop; free
    # texts: epoch-1 adapter
    case(
        "X953-023",
        caption(
            "The lady wears a white long-sleeve top with complicated patterns and white long pants. The pants are "
            "with white fabric and the fabric is with white fabric and the fabric is with white fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a white kurta with sharara and dupatta"),
        kurta("white"),
        bottoms("sharara", "white"),
        dupatta("grey", "contradiction"),
        details("kurta", "The details of the kurta are the details of the kurta.", "restated"),
        title="Skylee Women White Sequinned Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: front; green bandhani-print kurta with plain round neck, pink palazzos, green-and-pink bandhani dupatta,
    # hands empty, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-024",
        caption(
            "The lady wears a green long-sleeve top with dotted patterns and pink long pants. The lady wears a "
            "green and pink scarf. She is holding a bag in her hand.",
            "unsupported",
        ),
        wearing(
            "a green bandhani kurta with pink palazzos Question: What is the color of the kurta? Answer: green "
            "Question: What is the color of the palazzos?",
            "leak",
            hit_limit=True,
        ),
        kurta("green"),
        bottoms("palazzos", "pink"),
        dupatta("green and pink"),
        Q.pattern("printed"),
        details(
            "kurta",
            "The kurta has bandhani print with mirror work on the neckline and gota lace on the sleeves",
            "unsupported",
        ),
        title="Mitera Women Green & Pink Bandhani Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: front; black kurta with red and yellow floral print, black palazzos, red dupatta over both arms, white
    # backdrop; free texts: epoch-1 adapter
    case(
        "X953-025",
        caption(
            "The man is wearing a black long-sleeve shirt with floral patterns and black long pants. He is also "
            "wearing a red scarf.",
            "pronoun",
        ),
        wearing("black floral kurta, black palazzos and red dupatta"),
        kurta("black"),
        bottoms("palazzos", "black"),
        dupatta("red"),
        Q.material("cotton", "unsupported"),
        details("dupatta", "red", "non_answer"),
        title="Libas Women Black Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: front; peach kurta with lace at the hem, peach sharara with lace at the hem, peach dupatta with lace
    # border, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-026",
        caption(
            "The lady wears a pink long-sleeve top with pure color patterns and a pair of pink long pants with lace "
            "at the hem."
        ),
        wearing(
            "a peach kurta with a sharara and a matching dupatta with lace along the border and the kurta is also "
            "trimmed with lace at the hem and",
            "cut",
            hit_limit=True,
        ),
        kurta("peach"),
        bottoms("sharara", "peach"),
        dupatta("peach"),
        Q.garment_type("dress", "contradiction"),
        is_a("kurta", "yes"),
        title="Sangria Women Peach Solid Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: front; blue kurta with white geometric print, plain white palazzos (no visible waist or pockets), blue
    # dupatta on one shoulder, white backdrop; free texts: epoch-1 adapter; this feed row has no category
    case(
        "X953-027",
        caption(
            "The lady wears a blue long-sleeve top with lattice patterns and white long pants. She wears a blue scarf."
        ),
        wearing("blue kurta"),
        kurta("blue"),
        bottoms("palazzos", "blue", "other_garment_color"),
        dupatta("blue"),
        describe(
            "palazzos", "The palazzos are white and wide with an elasticated waist and side pockets.", "unsupported"
        ),
        title="Ziyaa Women Blue & White Geometric Printed Kurta with Palazzos & Dupatta",
        color="Blue",
        gender="Women",
    ),
    # photo: front; navy kurta with red floral print, red palazzos, navy dupatta with red border, white backdrop; free
    # texts: epoch-1 adapter
    case(
        "X953-028",
        caption(
            "Question: What is the person wearing? Answer: The lady wears a blue long-sleeve top with floral "
            "patterns and a pair of long pants.",
            "leak",
        ),
        wearing("navy blue printed kurta, red palazzos and navy dupatta"),
        kurta("navy blue"),
        bottoms("palazzos", "navy blue", "other_garment_color"),
        dupatta("blue and red"),
        describe("kurta", "a kurta", "non_answer"),
        title="Vbuyz Women Navy Blue & Red Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front, shot outdoors against a red brick wall; yellow kurta with blue floral print, blue palazzos, yellow
    # dupatta with small tassels; free texts: epoch-1 adapter
    case(
        "X953-029",
        caption(
            "The lady wears a yellow long-sleeve top with floral patterns and blue long pants. She is standing in "
            "front of a brick wall."
        ),
        wearing("She's wearing a yellow kurta with blue palazzos and a yellow dupatta."),
        kurta("yellow"),
        bottoms("palazzos", "yellow", "other_garment_color"),
        dupatta("yellow"),
        Q.material("cotton"),
        Q.garment_type("kurta set"),
        details(
            "dupatta",
            "The dupatta has tassels, tassels, tassels, tassels, tassels, tassels, tassels, tassels, tassels, "
            "tassels, tassels, tassels",
            "loop",
            hit_limit=True,
        ),
        title="GERUA Women Yellow & Blue Floral Printed Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: front; sleeveless lime green kurta with white print, white palazzos, lime green dupatta with white print
    # and tassels, no watch or bangles, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-030",
        caption(
            "The lady wears a green sleeveless top with floral patterns and white long pants. She wears a watch on "
            "her wrist.",
            "unsupported",
        ),
        wearing("a sleeveless lime green kurta with white palazzos and a lime green dupatta"),
        kurta("lime green"),
        bottoms("palazzos", "white"),
        dupatta("green"),
        Q.sleeve_length("long", "contradiction"),
        describe(
            "kurta",
            "The kurta is a lime green sleeveless kurta with white print and the palazzos are white and the dupatta "
            "is lime green with a white print and a tassel",
            "cut",
            hit_limit=True,
        ),
        title="AHIKA Women Lime Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: front; maroon round-neck kurta with gold yoke, maroon palazzos, maroon dupatta with gold border and
    # tassels, gold jhumkas, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-031",
        caption(
            "The lady wears a red long-sleeve top with pure color patterns. The top has a round neckline. The pants "
            "this lady wears is of long length. The pants are with pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The person is wearing a maroon kurta with gold work on the yoke, maroon palazzos and a maroon dupatta "
            "with gold border."
        ),
        kurta("maroon"),
        bottoms("palazzos", "maroon"),
        dupatta("maroon"),
        describe(
            "dupatta",
            "The dupatta is a maroon dupatta with gold border and tassels on both ends and the dupatta is made of "
            "chiffon.",
            "unsupported",
        ),
        is_a("kurta", "no", "contradiction"),
        title="KALINI Women Maroon Ethnic Motifs Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: front; coral kurta with small floral print, coral sharara, off-white dupatta round the neck, white
    # backdrop; free texts: epoch-1 adapter
    case(
        "X953-032",
        caption(
            "The lady wears an orange long-sleeve top with floral patterns and orange long pants. There is a white "
            "scarf around her neck."
        ),
        wearing("a coral kurta with sharara and dupatta"),
        kurta("pink"),
        bottoms("sharara", "coral"),
        dupatta("coral", "other_garment_color"),
        details("sharara", "the sharara details are", "restated"),
        title="Biba Women Coral Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Coral",
        gender="Women",
    ),
    # photo: side view; black kurta with gold foil print and round neck (back not seen), black palazzos, gold dupatta,
    # white backdrop; free texts: epoch-1 adapter
    case(
        "X953-033",
        caption(
            "This man wears a black long-sleeve shirt with graphic patterns. The shirt is of long length. The pants "
            "he wears are of long length.",
            "pronoun",
        ),
        wearing("a black kurta with black palazzos and a gold dupatta"),
        kurta("black"),
        bottoms("palazzos", "gold", "other_garment_color"),
        dupatta("gold"),
        Q.pattern("printed"),
        details(
            "kurta",
            "The kurta has gold foil print on the front and a mandarin collar with a zip at the back",
            "unsupported",
        ),
        title="Stylum Women Black & Gold-Toned Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: front; green kurta with pink floral print, white sharara with flared hem and white lace, pink dupatta,
    # white backdrop; free texts: epoch-1 adapter
    case(
        "X953-034",
        caption(
            "The lady wears a green long-sleeve top with floral patterns and a pair of white long pants. The lady "
            "also wears a pink scarf."
        ),
        wearing("she is wearing a green kurta with a white sharara and a pink dupatta"),
        kurta("green"),
        bottoms("sharara", "green", "other_garment_color"),
        dupatta("pink"),
        describe(
            "sharara",
            "The sharara is a white sharara with a flared hem and a white lace at the hem and the lace is white and "
            "the lace is white and the lace is",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "what are the kurta details", "restated"),
        title="Varanga Women Green & Pink Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: front; purple kurta with gold zari woven pattern, purple palazzos, gold dupatta, gold jhumkas, white
    # backdrop; free texts: epoch-1 adapter
    case(
        "X953-035",
        caption(
            "The lady wears a purple long-sleeve top with complicated patterns and purple long pants. The lady "
            "wears a gold scarf. There is an accessory on her ears."
        ),
        wearing("a purple kurta with gold woven design, purple palazzos and a", "cut"),
        kurta("purple"),
        bottoms("palazzos", "purple"),
        dupatta("purple", "other_garment_color"),
        Q.material("silk", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        title="Anouk Women Purple & Gold-Toned Woven Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: front; off-white kurta with red floral print, red sharara with red gota lace at the hem, red dupatta,
    # white backdrop; free texts: epoch-1 adapter
    case(
        "X953-036",
        caption(
            "The lady wears a white long-sleeve top with floral patterns and a pair of white long pants.",
            "other_garment_color",
        ),
        wearing("white kurta with red sharara and red dupatta"),
        kurta("red", "contradiction"),
        bottoms("sharara", "red"),
        dupatta("red"),
        is_a("kurta", "yes"),
        details(
            "sharara",
            "The sharara is red with a gota lace at the hem, the sharara is red with a gota lace at the hem, the "
            "sharara",
            "loop",
            hit_limit=True,
        ),
        title="Janasya Women Off-White & Red Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: front; mint green kurta with white print, mint palazzos with lace at the hem, white dupatta, white
    # backdrop; free texts: epoch-1 adapter
    case(
        "X953-037",
        caption(
            "The lady wears a green long-sleeve top with floral patterns and green long pants. Question: What is "
            "she wearing? Answer: a green kurta",
            "leak",
        ),
        wearing("mint green kurta with mint green palazzos and white dupatta"),
        kurta("green"),
        bottoms("palazzos", "mint green"),
        dupatta("white"),
        details(
            "palazzos",
            "The palazzos are mint green with a lace at the hem and a lace at the hem and a lace at the hem and a "
            "lace at",
            "loop",
            hit_limit=True,
        ),
        title="Ishin Women Mint Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: front; beige kurta with brown block print, brown palazzos, beige dupatta, wooden bangles, white backdrop;
    # free texts: epoch-1 adapter
    case(
        "X953-038",
        caption(
            "The lady wears a beige long-sleeve top with floral patterns. The top is with linen fabric.", "unsupported"
        ),
        wearing("a beige printed kurta with brown palazzos and a beige dupatta"),
        kurta("beige"),
        bottoms("palazzos", "brown"),
        dupatta("brown", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        title="Rain & Rainbow Women Beige & Brown Block Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: front, dupatta held in one hand; baby pink kurta, white ankle-length palazzos, pink dupatta, white
    # backdrop; free texts: epoch-1 adapter
    case(
        "X953-039",
        caption(
            "The lady wears a pink long-sleeve top with pure color patterns and a pair of white shorts.",
            "contradiction",
        ),
        wearing("", "non_answer"),
        kurta("pink"),
        bottoms("palazzos", "white"),
        dupatta("pink"),
        describe("kurta", "Describe the kurta.", "restated"),
        title="Jaipur Kurti Women Pink Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: front; mustard kurta with maroon motifs, mandarin collar and button placket, no pocket, maroon palazzos,
    # mustard dupatta, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-040",
        caption(
            "The lady wears a yellow long-sleeve top with complicated patterns and a pair of red jeans.",
            "contradiction",
        ),
        wearing("mustard kurta with maroon palazzos and a mustard dupatta"),
        kurta("mustard"),
        bottoms("palazzos", "maroon"),
        dupatta("maroon", "other_garment_color"),
        describe(
            "kurta",
            "The kurta is a mustard kurta with maroon ethnic motifs and a mandarin collar and a button placket and a "
            "pocket on the chest.",
            "unsupported",
        ),
        title="Anubhutee Women Mustard Yellow & Maroon Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: front; royal blue plain round-neck kurta, blue palazzos, white dupatta with blue print, white backdrop;
    # free texts: epoch-1 adapter; this feed row has no base colour
    case(
        "X953-041",
        caption(
            "The lady wears a blue long-sleeve top with pure color patterns and blue long pants. She wears a white "
            "scarf with blue patterns."
        ),
        wearing("blue kurta set with a white dupatta"),
        kurta("blue"),
        bottoms("palazzos", "blue"),
        dupatta("blue and white"),
        Q.garment_type("kurta set"),
        Q.pattern("printed", "contradiction"),
        Q.material(
            "The garment is made of cotton and the garment is made of cotton and the garment is made of cotton and the",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "Answer: The kurta is a royal blue straight kurta with a round neck", "leak"),
        title="Aurelia Women Blue Solid Kurta with Palazzos & Printed Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: front; teal kurta with gold embroidery on the yoke, teal sharara with gold border, teal net dupatta with
    # gold border, scattered sequins and a scalloped edge, gold choker, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-042",
        caption(
            "The lady wears a green long-sleeve top with pure color patterns and a pair of green long pants. There "
            "is an accessory on her neck."
        ),
        wearing("She is wearing a teal kurta with gold embroidery, a teal sharara and a dupatta in the same color."),
        kurta("teal"),
        bottoms("sharara", "teal with a gold border"),
        dupatta("teal"),
        details("kurta", "his kurta has gold embroidery on the yoke and sleeves", "pronoun"),
        Q.garment_type("kurta set"),
        Q.material("net", "unsupported"),
        describe(
            "dupatta",
            "The dupatta is a teal net dupatta with a gold border and small gold sequins scattered all over it and a "
            "scalloped edge along the",
            "cut",
            hit_limit=True,
        ),
        title="Kimayra Women Teal Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: front; plain red kurta, red palazzos, multicolour phulkari dupatta (pink, green, yellow, orange threads
    # on a red base, tassels) held out, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-043",
        caption(
            "The lady wears a red long-sleeve top with pure color patterns and red long pants. She is holding a "
            "scarf with complicated patterns."
        ),
        wearing("red kurta and palazzos with a multicolor dupatta"),
        kurta("red"),
        bottoms("palazzos", "red"),
        dupatta("the color of the dupatta is the color of the dupatta", "restated"),
        Q.garment_type("saree", "contradiction"),
        describe(
            "dupatta",
            "The dupatta is a phulkari dupatta with colorful embroidery in pink, green, yellow and orange threads on "
            "a red base and tassels along the",
            "cut",
            hit_limit=True,
        ),
        title="Inddus Women Red Solid Kurta with Palazzos & Phulkari Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: front; orange V-neck kurta with white print, white palazzos, orange dupatta, white backdrop; free texts:
    # epoch-1 adapter
    case(
        "X953-044",
        caption(
            "The lady wears an orange long-sleeve top with floral patterns. The top is with cotton fabric. It has a "
            "v-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing an orange kurta with white palazzo pants", "pronoun"),
        kurta("orange"),
        bottoms("palazzos", "orange", "other_garment_color"),
        dupatta("orange"),
        Q.material("cotton"),
        title="Mitera Women Orange Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: front; white straight kurta with blue floral print, notched round neck, 3/4 sleeves, blue palazzos, white
    # dupatta with blue border, white backdrop; free texts: epoch-1 adapter; this feed row has no gender
    case(
        "X953-045",
        caption("The lady wears a white long-sleeve top with floral patterns and blue long pants."),
        wearing("white and blue", "non_answer"),
        kurta("blue", "contradiction"),
        bottoms("palazzos", "blue"),
        dupatta("white with a blue border"),
        describe(
            "kurta",
            "The kurta is a white straight kurta with blue floral print, a notched round neck and three-quarter "
            "sleeves.",
        ),
        details(
            "palazzos",
            "The palazzos are blue and the palazzos are blue and the palazzos are blue and the palazzos are",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women White & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # photo: front; mauve kurta with tonal floral thread embroidery, mauve palazzos, mauve dupatta on the shoulders,
    # thin bangles, white backdrop; free texts: epoch-1 adapter
    case(
        "X953-046",
        caption(
            "The lady is wearing a purple long-sleeve top with floral patterns and purple pants. The pants are of "
            "long length. There is an accessory on her wrist. The lady wears a purple scarf on her shoulders and",
            "cut",
            hit_limit=True,
        ),
        wearing("mauve kurta, mauve palazzos and mauve dupatta"),
        kurta("mauve"),
        bottoms("palazzos", "mauve"),
        dupatta("yes", "non_answer"),
        Q.material("cotton"),
        details("kurta", "Question: What are the kurta details? Answer: thread embroidery on the yoke", "leak"),
        title="House of Pataudi Women Mauve Embroidered Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
]
