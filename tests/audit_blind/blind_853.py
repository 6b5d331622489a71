"""BLIND_853 (46 products; Myntra men's ethnic sets, VQA adapter colors): written blind in the fifty-sixth session.
Measured blind at 8225cec (the session's fifth rules): 107/135 failures found (79.3%) and 19/180 correct texts flagged
(10.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's ethnic sets (Kurta Sets, Sherwani, a few sets filed under Kurtas or with no
category): kurta with pyjama or churidar, kurta with pyjama and a Nehru jacket, sherwani with churidar and a stole or
dupatta. Catalog photos worn by a model, mostly on a white, beige or grey studio backdrop, some with a painted arch,
a brick wall, a garden, steps, a chair or a stool; props such as sunglasses, a brass plate, a folded jacket, a vase.
The job asks each piece its color ("What is the color of the kurta / pyjama / churidar / nehru jacket / sherwani /
dupatta / stole?"), plus the person's outfit, a description or details of one piece, the material, and the closed
color, pattern, sleeve length, garment type and "Is this a kurta?" questions.

Who wrote what: captions by the untuned Salesforce/blip2-opt-2.7b (short, "a man in a ... kurta and ... pants",
says "vest" for a Nehru jacket, names the backdrop or a prop now and then, sometimes invents a turban, a tie or a
sword). Every open answer (the per-piece colors, wearing, describe, details, material) is free generation by the
leoreigoto/Data3_V3_BLIP2_VQA adapter, 30 new tokens, greedy: it was trained with no end-of-answer token, so about
a third of its answers run to the limit, looping on a color or a clause, cut mid-clause, or writing the next
"Question: ... Answer:" itself. Its worst habit on sets is to give a piece the color of the piece next to it (the
pyjama gets the kurta's maroon, the kurta under a Nehru jacket gets the jacket's color), and it invents trims
(mirror work, zips, gold buttons, a belt, a turban). It says "she" for a man now and then. Closed answers (color,
pattern, sleeve length, garment type, is_a) are enrich's --engine reference scoring candidates with the same
adapter: they never loop or stop short, but they do pick the jacket's or the stole's color or the wrong category.

Labeling conventions and judgement calls:
- A color answer is judged against the photo at the level of the color family, as a shopper would: cream, ivory,
  off white and white are one answer for a cream kurta; maroon and wine count as red; peach counts as pink; teal
  and indigo count as blue; mint counts as sea green. Where the seller's color is a plausible name for what the
  photo shows (a "Brown" kurta that looks rust), an answer agreeing with either the seller or the photo is correct.
- For the closed "color of the garment" question on a set, the garment is the piece the seller's base_colour names
  (the kurta or the sherwani as a rule; the jacket where the seller colors the set by its jacket). Another piece's
  color there is other_garment_color.
- A per-piece color answer that gives the piece the color of another piece in the photo (the pyjama, the jacket,
  the stole, or a jacket only held as a prop) is other_garment_color; a color that no piece in the photo has (the
  backdrop's flowers, a hue nowhere in the outfit) is contradiction.
- Two pieces really of one color (black kurta with black pyjama, beige sherwani with beige churidar) answered with
  that color are correct, not a one-color-for-everything failure.
- The closed pattern or sleeve length of another piece ("sleeveless" from the Nehru jacket over a full-sleeved
  kurta, "printed" from a printed jacket over a solid kurta) is contradiction; a wrong category ("dress", "suit",
  "kurta" for a sherwani, "no" to "Is this a kurta?" for a kurta) is contradiction. "jacket" as the garment type of
  a kurta set whose Nehru jacket is the outermost piece is counted correct (a part of the set, not a wrong one);
  "no" to "Is this a kurta?" for a sherwani is correct, "yes" is a contradiction.
- A material the title contradicts (cotton for a linen set, silk for pure cotton) or that the photo does not
  support (velvet from the stole for a jacquard sherwani, polyester for a matte cotton kurta) is unsupported; a
  material matching the fabric stated in the photo note is correct even where the title names none.
- Invented trims, accessories, props or backdrops (zip, mirror work, belt, turban, sandals on bare feet, tie, sword,
  a red curtain) are unsupported.
- A text that loops is loop even if it also has a wrong color in it; a text that echoes "Question:" or "Answer:"
  is leak whatever else it does; a text that stops mid-clause at the 30-token limit is cut. Loops, cuts and most
  leaks are marked hit_limit.
- non_answer: empty, yes/no, or a single word with no content ("green", "kurta", "a man") to an open question.
  restated: a sentence that only gives the question's own words back ("the kurta details are the details of the
  kurta", "the person is wearing").
- pronoun: "she"/"her" for a men's product; "he" is correct here (every row is Men).
- One failure kind per text, the one a reviewer would name first.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def pc(piece, text, failure=None, hit_limit=False):
    """A per-piece color question, free generation by the VQA adapter."""
    return color_of(piece, text, failure, kind="open", hit_limit=hit_limit)


BLIND_853 = [
    # photo: cream cotton straight kurta with a white pyjama, brown juttis, white studio backdrop, front view;
    # caption by base BLIP-2, answers by the VQA adapter, closed by the reference engine
    case(
        "X853-001",
        caption("a man in a white kurta and white pants standing in front of a white background"),
        wearing("a kurta and pyjama with a nehru jacket", "unsupported"),
        pc("kurta", "cream"),
        pc(
            "pyjama",
            "cream cream cream cream cream cream cream cream cream cream cream cream cream cream cream cream cream "
            "cream cream cream cream cream cream cream cream cream cream cream cream cream",
            "loop",
            hit_limit=True,
        ),
        Q.color("cream"),
        Q.pattern("solid"),
        Q.material("cotton"),
        title="Manyavar Men Cream-Coloured Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: maroon silk-blend kurta with gold-toned thread embroidery on the placket, off-white churidar, one hand in
    # pocket, beige backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-002",
        caption("a man in a red kurta with gold embroidery"),
        pc("kurta", "maroon"),
        pc("churidar", "maroon", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is maroon with gold embroidery on the neckline and a side pocket and a side slit and a front "
            "placket and a side pocket and a side slit and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeve"),
        wearing("she is wearing a maroon kurta and white churidar", "pronoun"),
        title="See Designs Men Maroon & Off-White Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy blue solid kurta, white pyjama, grey Nehru jacket with a small grey-and-navy paisley print, white
    # backdrop, front view; caption base BLIP-2, answers VQA adapter
    case(
        "X853-003",
        caption("a man wearing a grey kurta and a grey vest", "other_garment_color"),
        pc("kurta", "navy blue"),
        pc("pyjama", "white"),
        pc("nehru jacket", "navy blue", "other_garment_color"),
        Q.color("navy blue"),
        Q.pattern("printed", "contradiction"),
        details(
            "nehru jacket",
            "the nehru jacket has a mandarin collar and a button placket and two pockets at the waist and a small grey "
            "and navy paisley print all over and the",
            "cut",
            hit_limit=True,
        ),
        title="Sojanya Men Navy Blue & White Solid Kurta with Pyjamas & Grey Printed Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard yellow cotton kurta with woven self-stripes, white pyjama, barefoot, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-004",
        caption("a man in a yellow kurta and white pajamas"),
        wearing("yellow kurta and white pajamas"),
        pc("kurta", "yellow"),
        pc("pyjama", "yellow", "other_garment_color"),
        Q.pattern("striped"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        is_a("kurta", "yes"),
        title="KISAH Men Mustard Yellow Self-Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: cream jacquard sherwani with gold-toned buttons, matching cream churidar, maroon velvet stole over the
    # left shoulder, painted palace-arch door backdrop, front view; caption base BLIP-2, answers VQA adapter
    case(
        "X853-005",
        caption("a man in a white sherwani with a red scarf standing in front of a door"),
        pc("sherwani", "red", "other_garment_color"),
        pc("churidar", "the churidar is the color of the churidar", "restated"),
        pc("stole", "maroon"),
        Q.color("cream"),
        Q.garment_type("sherwani"),
        Q.material("velvet", "unsupported"),
        title="Vastramay Men Cream-Coloured Self Design Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: black cotton-blend kurta with tone-on-tone black sequins on the yoke, black pyjama, dark grey backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-006",
        caption("a man in a black kurta standing in front of a grey wall"),
        wearing("a black kurta and black pajamas"),
        pc("kurta", "black"),
        pc("pyjama", "black"),
        describe(
            "kurta",
            "the kurta is black with sequin work on the yoke and a mandarin collar, the sleeves are long and "
            "straight and the kurta has side slits and a curved hem and the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Anouk Men Black Yoke Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: peach kurta with white chikankari embroidery all over the front, white pyjama, model holding sunglasses
    # in one hand, white backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-007",
        caption("a man in a pink kurta holding a pair of sunglasses"),
        pc("kurta", "peach"),
        pc("pyjama", "white"),
        details("kurta", "white embroidery on the front and the sleeves"),
        Q.color("white", "other_garment_color"),
        Q.pattern("embroidered"),
        wearing(
            "Question: What is the person wearing? Answer: a pink kurta and white pants Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        title="Ethnix by Raymond Men Peach-Coloured Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: white kurta and white pyjama under a teal blue brocade Nehru jacket with five fabric buttons, white
    # backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-008",
        caption("a man in a white kurta and a blue vest"),
        pc("kurta", "white"),
        pc("nehru jacket", "white", "other_garment_color"),
        pc("pyjama", "white"),
        Q.color("teal", "other_garment_color"),
        Q.garment_type("kurta"),
        describe("nehru jacket", "the jacket is teal blue with a brocade pattern and a mandarin collar and buttons"),
        title="Sojanya Men White Kurta with Pyjamas & Teal Blue Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: olive green linen kurta with matching olive pyjama, man seated on a wooden stool, three-quarter view,
    # white backdrop, no headwear; caption base BLIP-2, answers VQA adapter
    case(
        "X853-009",
        caption("a man sitting on a stool wearing a green kurta and a green turban", "unsupported"),
        pc("kurta", "Answer: green", "leak"),
        pc(
            "pyjama",
            "olive green, olive green, olive green, olive green, olive green, olive green, olive green, olive green, "
            "olive green, olive green",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("long sleeve"),
        wearing("green", "non_answer"),
        title="Fabindia Men Olive Green Solid Linen Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: navy blue sherwani with silver-toned embroidery on the collar, placket and cuffs, white churidar, white
    # mojaris, grey backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-010",
        caption("a man in a blue sherwani and white pants standing against a grey wall"),
        pc("sherwani", "navy blue"),
        pc("churidar", "navy blue", "other_garment_color"),
        details("sherwani", "silver embroidery on the collar and the front and the cuffs"),
        is_a("kurta", "no"),
        Q.garment_type("suit", "contradiction"),
        describe(
            "sherwani",
            "the sherwani has a mandarin collar, the sherwani has a mandarin collar, the sherwani has a mandarin "
            "collar, the sherwani has a",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men Navy Blue Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust cotton kurta (the seller calls it brown) with small white block-printed motifs, fabric-covered
    # buttons, no chest pocket, white pyjama, brown juttis, hands in side pockets, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-011",
        caption("a man in an orange kurta and white pants"),
        pc("kurta", "rust"),
        pc("pyjama", "white"),
        Q.color("brown"),
        Q.pattern("printed"),
        details("kurta", "the kurta has a white print and wooden buttons and a chest pocket", "unsupported"),
        wearing(
            "a man is wearing an orange kurta with a white print and white pants and brown juttis and he is standing "
            "with his hands in the pockets of the",
            "cut",
            hit_limit=True,
        ),
        title="Jompers Men Brown Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Brown",
        gender="Men",
    ),
    # photo: sea green full-sleeved kurta with matching churidar, beige printed Nehru jacket, potted plant beside the
    # model, white backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-012",
        caption("a man in a green kurta and a green vest standing next to a plant", "other_garment_color"),
        pc("kurta", "green"),
        pc("churidar", "green"),
        pc("nehru jacket", "green", "other_garment_color"),
        Q.color("sea green"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Hangup Men Sea Green Solid Kurta with Churidar & Beige Printed Nehru Jacket",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: gold-toned brocade sherwani, cream churidar, maroon dupatta, maroon safa turban, hands folded, no
    # props, beige backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-013",
        caption("a man in a gold sherwani with a red turban holding a sword", "unsupported"),
        pc("sherwani", "gold"),
        pc("churidar", "gold", "other_garment_color"),
        pc("dupatta", "red"),
        Q.pattern("printed", "contradiction"),
        wearing(
            "a man is wearing a gold sherwani and a red turban and a red scarf and a red scarf and a red scarf and "
            "a red scarf and a red scarf and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sherwani"),
        title="Sanwara Men Gold-Toned & Cream-Coloured Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: royal blue cotton kurta with a white floral print, white pyjama, walking pose, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-014",
        caption("a man in a blue and white floral kurta walking"),
        pc("kurta", "blue and white"),
        pc("pyjama", "white"),
        Q.pattern("floral"),
        Q.color("green", "contradiction"),
        describe(
            "kurta",
            "the kurta is blue with white flowers all over and a mandarin collar and long sleeves and the kurta is "
            "straight with side slits and a rounded hem and it",
            "cut",
            hit_limit=True,
        ),
        wearing("yes", "non_answer"),
        title="Anouk Men Blue & White Floral Printed Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: lavender silk-blend self-design kurta with pearl-white buttons, white pyjama, hand on chest, light grey
    # backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-015",
        caption("a man in a purple kurta and white pants posing for a picture"),
        pc("kurta", "purple"),
        pc("pyjama", "purple", "other_garment_color"),
        details("kurta", "the kurta has mirror work on the yoke and gold buttons", "unsupported"),
        Q.color("lavender"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.material("silk"),
        title="Manyavar Men Lavender Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: white kurta and white churidar under a black Nehru jacket with gold-toned buttons, white backdrop
    # (the feed row has no base colour); caption base BLIP-2, answers VQA adapter
    case(
        "X853-016",
        caption("a man in a black vest and white pants"),
        pc("kurta", "black", "other_garment_color"),
        pc("churidar", "white"),
        pc("nehru jacket", "black"),
        is_a("kurta", "yes"),
        Q.garment_type("jacket"),
        wearing("she is wearing a white kurta and a black jacket", "pronoun"),
        title="Jompers Men White Kurta with Churidar & Black Nehru Jacket",
        category="Kurta Sets",
        gender="Men",
    ),
    # photo: yellow kurta with white chikankari on the front and sleeves, white pyjama, strings of orange marigolds
    # hanging behind; caption base BLIP-2, answers VQA adapter
    case(
        "X853-017",
        caption("a man in a yellow kurta standing in front of orange flowers"),
        pc("kurta", "orange", "contradiction"),
        pc("pyjama", "white"),
        describe("kurta", "the kurta is yellow with white embroidery on the front and the sleeves"),
        Q.pattern("embroidered"),
        details(
            "kurta",
            "the kurta has white embroidery on the front and the sleeves and the kurta has white embroidery on the "
            "front and the sleeves and the kurta has white",
            "loop",
            hit_limit=True,
        ),
        title="Sojanya Men Yellow Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: cream cotton kurta and cream pyjama under a maroon velvet Nehru jacket, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-018",
        caption("a man in a red velvet vest and white pants"),
        pc("kurta", "red", "other_garment_color"),
        pc("pyjama", "cream"),
        pc("nehru jacket", "maroon"),
        Q.material("cotton"),
        Q.color("cream"),
        Q.sleeve_length("full sleeve"),
        title="Vastramay Men Cream-Coloured Kurta with Pyjamas & Maroon Velvet Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: plain white cotton kurta with mandarin collar, white pyjama, a red-and-yellow bandhani stole around the
    # neck as a styling prop (not in the title), white backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-019",
        caption("a man in a white kurta with a red and yellow scarf"),
        pc("kurta", "red", "other_garment_color"),
        pc("pyjama", "white"),
        Q.color("white"),
        Q.material("cotton"),
        describe("kurta", "the kurta is white with a mandarin collar and short sleeves", "contradiction"),
        is_a("kurta", "yes"),
        title="Fabindia Men White Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: charcoal grey kurta with a black geometric print, black churidar, white backdrop (the seller filed the
    # set under Kurtas); caption base BLIP-2, answers VQA adapter
    case(
        "X853-020",
        caption("a man in a grey kurta and black pants"),
        pc("kurta", "grey"),
        pc("churidar", "grey", "other_garment_color"),
        Q.pattern("printed"),
        wearing(
            "Answer: a grey kurta and black pants Question: What is the color of the kurta? Answer: grey Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        title="Mr Button Men Charcoal Grey Printed Kurta with Churidar",
        category="Kurtas",
        color="Charcoal",
        gender="Men",
    ),
    # photo: magenta silk kurta with gold-toned buttons, white churidar, side pose, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-021",
        caption("a man in a pink kurta and pink pants", "other_garment_color"),
        pc("kurta", "pink"),
        pc("churidar", "white"),
        details("kurta", "yes", "non_answer"),
        Q.color("maroon", "contradiction"),
        Q.material("silk"),
        describe(
            "kurta",
            "the kurta is pink and the kurta is pink and the kurta is pink and the kurta is pink and the kurta is "
            "pink and the kurta is",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men Magenta Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Magenta",
        gender="Men",
    ),
    # photo: maroon sherwani with gold embroidery, cream churidar, gold dupatta, seated on a carved wooden chair,
    # beige wall behind; caption base BLIP-2, answers VQA adapter
    case(
        "X853-022",
        caption("a man in a red sherwani sitting on a chair"),
        pc("sherwani", "maroon"),
        pc("churidar", "cream"),
        pc("dupatta", "maroon", "other_garment_color"),
        Q.color("maroon"),
        details(
            "sherwani",
            "the sherwani has gold embroidery on the collar, the front, the sleeves, the cuffs, the hem, the collar, "
            "the front, the sleeves, the cuffs, the hem,",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress and white leggings", "contradiction"),
        title="Manyavar Men Maroon Embroidered Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: sky blue kurta with pintucks on the yoke and a mandarin collar, white pyjama, white brick wall behind;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-023",
        caption("a man in a blue kurta standing in front of a brick wall"),
        pc("kurta", "light blue"),
        pc("pyjama", "light blue", "other_garment_color"),
        details("kurta", "pintucks on the yoke and a mandarin collar"),
        describe(
            "kurta",
            "the kurta is light blue with pintucks on the yoke, a mandarin collar, a button placket, long sleeves, "
            "side slits and a curved hem, the pyjama is white with an",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked", "contradiction"),
        wearing("a blue kurta and white pants"),
        title="See Designs Men Blue Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: beige linen kurta, beige pyjama, brown Nehru jacket with two welt pockets and buttons, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-024",
        caption("a man in a beige kurta and a brown vest"),
        pc(
            "kurta",
            "beige Question: What is the color of the pyjama? Answer: beige Question: What is the color of the jacket? "
            "Answer: brown Question:",
            "leak",
            hit_limit=True,
        ),
        pc("nehru jacket", "brown"),
        pc("pyjama", "brown", "other_garment_color"),
        Q.material("linen"),
        Q.sleeve_length("long sleeve"),
        details("nehru jacket", "the jacket has two pockets and a mandarin collar and a zip", "unsupported"),
        title="Fabindia Men Beige Linen Kurta with Pyjamas & Brown Nehru Jacket",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: bottle green silk kurta, gold-toned churidar, no belt, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-025",
        caption("a man in a green kurta and gold pants"),
        pc("kurta", "dark green"),
        pc(
            "churidar",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        wearing("he is wearing a green kurta and gold pants with a gold belt", "unsupported"),
        is_a("kurta", "yes"),
        title="Sanwara Men Green & Gold-Toned Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: off-white solid kurta, white pyjama, mustard Nehru jacket with a floral block print, hand on the lapel,
    # white backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-026",
        caption("a man in a yellow kurta and white pants", "other_garment_color"),
        pc("kurta", "yellow", "other_garment_color"),
        pc("nehru jacket", "mustard"),
        pc("pyjama", "white"),
        Q.pattern("solid"),
        describe(
            "nehru jacket", "the jacket is mustard with a floral print and a mandarin collar and buttons down the front"
        ),
        wearing("the person is wearing", "restated"),
        title="Sojanya Men Off-White Kurta with Pyjamas & Mustard Printed Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: black velvet sherwani with silver buttons and a silver brooch, white churidar, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-027",
        caption("a man in a black sherwani with a brooch"),
        pc("sherwani", "black"),
        pc("churidar", "black", "other_garment_color"),
        Q.material("velvet"),
        Q.garment_type("sherwani"),
        describe("sherwani", "she is wearing a black sherwani with silver buttons", "pronoun"),
        title="Manyavar Men Black Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: steel grey cotton kurta, white pyjama, black juttis, a folded black Nehru jacket held over one shoulder
    # as a prop (not part of the set), white backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-028",
        caption("a man in a grey kurta holding a black jacket"),
        pc("kurta", "black", "other_garment_color"),
        pc("pyjama", "white"),
        Q.color("grey"),
        wearing("a grey kurta and white pyjama"),
        details("kurta", "", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        title="Hangup Men Grey Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey",
        gender="Men",
    ),
    # photo: saffron orange cotton kurta with a white block print at the hem and cuffs, white pyjama, plain white
    # wall; caption base BLIP-2, answers VQA adapter
    case(
        "X853-029",
        caption("a man in an orange kurta standing in front of a white wall"),
        pc("kurta", "orange"),
        pc("pyjama", "orange", "other_garment_color"),
        Q.pattern("printed"),
        details(
            "kurta",
            "the kurta has a white print on the hem and the sleeves and the neckline and the hem and the sleeves and "
            "the neckline and the hem and the sleeves and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        wearing("Question: What is the person wearing? Answer: orange", "leak"),
        title="Jompers Men Orange & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Orange",
        gender="Men",
    ),
    # photo: teal silk self-design kurta, knee length, cream churidar, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-030",
        caption("a man in a blue kurta and white pants"),
        pc("kurta", "teal"),
        pc("churidar", "black", "contradiction"),
        Q.color("teal"),
        describe(
            "kurta",
            "the kurta is teal with a self design and a mandarin collar and the sleeves are long and the kurta is "
            "knee length and it has side slits and a button placket and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a man", "non_answer"),
        Q.material("silk"),
        title="Manyavar Men Teal Blue Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: white kurta and white pyjama under a textured navy blue Nehru jacket (six buttons, two welt pockets) with
    # a red pocket square, no tie, white backdrop (the seller colors the set by its jacket); caption base BLIP-2,
    # answers VQA adapter
    case(
        "X853-031",
        caption("a man in a blue suit with a red tie", "unsupported"),
        pc("kurta", "white"),
        pc("nehru jacket", "navy blue"),
        pc("pyjama", "white"),
        Q.color("navy blue"),
        Q.garment_type("jacket"),
        details(
            "nehru jacket",
            "the jacket has a red pocket square in the chest pocket and two welt pockets at the waist and a mandarin "
            "collar and six buttons down the front and the",
            "cut",
            hit_limit=True,
        ),
        title="Ethnix by Raymond Men White Kurta with Pyjamas & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mint green kurta with thread embroidery on the collar, white pyjama, shot outdoors in a garden with
    # hedges; caption base BLIP-2, answers VQA adapter
    case(
        "X853-032",
        caption("a man standing in a garden wearing a green kurta"),
        pc("kurta", "mint green"),
        pc("pyjama", "green", "other_garment_color"),
        details("kurta", "embroidery on the collar"),
        Q.sleeve_length("long sleeve"),
        wearing(
            "he is wearing a green kurta and white pyjama and he is standing in the garden and he is wearing a green "
            "kurta and white pyjama and he is standing in",
            "loop",
            hit_limit=True,
        ),
        title="Vastramay Men Sea Green Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: burgundy solid kurta with one side-seam pocket and plain cuffs, white churidar, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-033",
        caption("a man in a maroon kurta with white pants"),
        pc("kurta", "wine"),
        pc(
            "churidar",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        describe("kurta", "her kurta is burgundy", "pronoun"),
        details(
            "kurta", "the kurta has a pocket on the chest and a pocket on the side and embroidered cuffs", "unsupported"
        ),
        is_a("kurta", "yes"),
        title="Anouk Men Burgundy Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Burgundy",
        gender="Men",
    ),
    # photo: peach sherwani with white thread embroidery and pearl buttons, no brooch, white churidar, peach safa,
    # palace courtyard backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-034",
        caption("a man in a pink sherwani and a turban standing in front of a building"),
        pc("sherwani", "peach"),
        pc("churidar", "white"),
        Q.color("peach"),
        describe(
            "sherwani",
            "Question: Describe the sherwani. Answer: the sherwani is peach with white embroidery Question: Describe "
            "the sherwani. Answer: the",
            "leak",
            hit_limit=True,
        ),
        wearing("she is wearing a peach sherwani and a turban", "pronoun"),
        details("sherwani", "gold buttons and a gold brooch", "unsupported"),
        title="Manyavar Men Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
        gender="Men",
    ),
    # photo: red cotton kurta with a small gold-toned foil print, white pyjama, plain white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-035",
        caption("a man in a red and gold kurta standing in front of a red curtain", "unsupported"),
        pc("kurta", "red"),
        pc("pyjama", "red", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("dress", "contradiction"),
        Q.material("cotton"),
        title="Sanwara Men Red & Gold-Toned Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Red",
        gender="Men",
    ),
    # photo: indigo pure-cotton kurta with white dabu floral motifs, white pyjama, white backdrop (the feed row has
    # no base colour); caption base BLIP-2, answers VQA adapter
    case(
        "X853-036",
        caption("a man wearing a blue printed kurta and white pajamas"),
        pc("kurta", "indigo"),
        pc("pyjama", "white"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        Q.material("silk", "unsupported"),
        describe(
            "kurta",
            "the kurta is indigo with a white print, the kurta is indigo with a white print, the kurta is indigo with "
            "a white print, the kurta",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Men Indigo Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        gender="Men",
    ),
    # photo: pink full-sleeved kurta, white churidar, ivory Nehru jacket with a small printed motif, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-037",
        caption("a man in a pink kurta and white vest"),
        pc("kurta", "pink"),
        pc("nehru jacket", "pink", "other_garment_color"),
        pc("churidar", "white"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("a pink kurta, a white jacket with a pocket square and white churidar", "unsupported"),
        describe("nehru jacket", "the nehru jacket is a nehru jacket", "restated"),
        title="Hangup Men Pink Kurta with Churidar & White Printed Nehru Jacket",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: cream kurta and cream pyjama under a kalamkari Nehru jacket printed with rust, indigo and mustard
    # florals and paisleys (no animals), white backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-038",
        caption("a man in a white kurta and a colorful vest"),
        pc("kurta", "cream"),
        pc(
            "nehru jacket",
            "multicolor with rust, blue and mustard flowers and paisleys on the front, a mandarin collar, two pockets "
            "at the waist and buttons down the front in a",
            "cut",
            hit_limit=True,
        ),
        pc("pyjama", "cream"),
        Q.color("multi"),
        details("nehru jacket", "the jacket has a print of elephants and peacocks", "unsupported"),
        Q.material("the material of the garment is the material", "restated"),
        title="Sojanya Men Cream-Coloured Kurta with Pyjamas & Multicoloured Printed Nehru Jacket",
        category="Kurta Sets",
        color="Multi",
        gender="Men",
    ),
    # photo: off-white sherwani with gold-toned buttons, white churidar, red dupatta with a gold border, bare head,
    # white backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-039",
        caption("a man in a white sherwani with a red scarf"),
        pc("sherwani", "off white"),
        pc("churidar", "white"),
        pc("dupatta", "white", "other_garment_color"),
        Q.color("red", "other_garment_color"),
        is_a("kurta", "yes", "contradiction"),
        wearing(
            "a white sherwani, a white churidar and a red dupatta with a gold border, and a red turban", "unsupported"
        ),
        title="Vastramay Men Off-White Solid Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: black kurta and black pyjama under a grey Nehru jacket with two waist pockets and a chest pocket, white
    # backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-040",
        caption("a man in a black kurta and grey vest standing against a white background"),
        pc("kurta", "grey", "other_garment_color"),
        pc("nehru jacket", "grey"),
        pc("pyjama", "", "non_answer"),
        Q.color("black"),
        describe(
            "nehru jacket",
            "the nehru jacket is grey with a mandarin collar and buttons down the front and two pockets at the waist "
            "and a chest pocket and the jacket is slim fit and the",
            "cut",
            hit_limit=True,
        ),
        wearing("Question: What is the person wearing? Answer: a black kurta and a grey", "leak"),
        title="Mr Button Men Black Kurta with Pyjamas & Grey Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: purple silk self-design kurta, white churidar, model holding a small brass pooja plate, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-041",
        caption("a man in a purple kurta holding a plate"),
        pc("kurta", "purple"),
        pc("churidar", "purple", "other_garment_color"),
        details("kurta", "the kurta has details", "restated"),
        Q.pattern("self design"),
        wearing("a purple dress", "contradiction"),
        Q.material("silk"),
        title="Manyavar Men Purple Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Purple",
        gender="Men",
    ),
    # photo: black kurta with white chikankari on the front and sleeves, white pyjama, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-042",
        caption("a man in a black kurta with white embroidery"),
        pc("kurta", "black"),
        pc("pyjama", "black", "other_garment_color"),
        Q.pattern("embroidered"),
        describe("kurta", "kurta", "non_answer"),
        details("kurta", "white embroidery on the front and sleeves and sequins on the collar", "unsupported"),
        wearing("she is wearing a black kurta with white embroidery", "pronoun"),
        title="Ethnix by Raymond Men Black Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: beige sherwani with copper-toned embroidery all over, beige churidar, copper dupatta, a vase of flowers
    # on a stand beside him, cream backdrop (the feed row has no category); caption base BLIP-2, answers VQA adapter
    case(
        "X853-043",
        caption("a man in a beige sherwani standing next to a vase of flowers"),
        pc("sherwani", "beige"),
        pc("churidar", "beige"),
        pc("dupatta", "copper"),
        Q.color("beige"),
        details(
            "sherwani",
            "the sherwani has copper embroidery on the collar and the front and the sleeves and the cuffs and the hem "
            "and the pockets and the collar and the front and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta", "contradiction"),
        title="Sanwara Men Beige & Copper-Toned Embroidered Sherwani Set",
        color="Beige",
        gender="Men",
    ),
    # photo: light grey kurta, white pyjama, navy blue Nehru jacket with a white floral print, white backdrop;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-044",
        caption("a man in a blue kurta", "other_garment_color"),
        pc("kurta", "grey"),
        pc("nehru jacket", "navy blue with white flowers"),
        pc("pyjama", "grey", "other_garment_color"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        Q.material(
            "cotton Question: What material is the jacket made of? Answer: cotton Question: What material is the "
            "pyjama made of? Answer: cotton Question:",
            "leak",
            hit_limit=True,
        ),
        title="Hangup Men Grey Kurta with Pyjamas & Navy Blue Floral Printed Nehru Jacket",
        category="Kurta Sets",
        color="Grey",
        gender="Men",
    ),
    # photo: off-white kurta, white pyjama, gold-toned jacquard Nehru jacket, hands folded in namaste, white
    # backdrop; caption base BLIP-2, answers VQA adapter
    case(
        "X853-045",
        caption("a man in a white kurta and a gold vest"),
        pc("kurta", "gold", "other_garment_color"),
        pc("nehru jacket", "gold"),
        pc("pyjama", "white"),
        is_a("kurta", "yes"),
        describe(
            "nehru jacket",
            "the jacket is gold with a woven pattern and the jacket is gold with a woven pattern and the jacket is "
            "gold with a woven pattern and the",
            "loop",
            hit_limit=True,
        ),
        wearing("a white kurta with a gold jacket and white pajamas"),
        title="Vastramay Men Off-White Kurta with Pyjamas & Gold-Toned Woven Design Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: coffee brown linen kurta, cream pyjama, barefoot, seated on stone steps outdoors;
    # caption base BLIP-2, answers VQA adapter
    case(
        "X853-046",
        caption("a man sitting on stairs in a brown kurta and white pants"),
        pc("kurta", "brown"),
        pc("pyjama", "blue", "contradiction"),
        Q.material("linen"),
        Q.color("cream", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and the kurta has a mandarin collar and a button "
            "placket and the kurta has a",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a brown kurta and cream pants and brown sandals", "unsupported"),
        title="Fabindia Men Coffee Brown Linen Kurta with Pyjamas",
        category="Kurta Sets",
        color="Coffee Brown",
        gender="Men",
    ),
]
