"""BLIND_974 (46 products; Men's ethnic sets, VQA adapter, per-piece colors): written blind in the fifty-eighth session.
Measured blind at 041ab2e (the session's first rules): 105/127 failures found (82.7%) and 5/175 correct texts flagged
(2.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and boys' ethnic wear: kurta pyjama sets, kurta churidar sets, kurtas sold
alone and worn with jeans or a borrowed pyjama, kurta sets with a Nehru jacket, Nehru jackets sold alone and worn
over a kurta, sherwani sets with churidar, stole or dupatta and sometimes a safa. Studio product shots, mostly on a
white backdrop, some on grey, beige or a dark maroon curtain, a few with a prop (a carved wooden chair, a stool).
The questionnaire asks what he is wearing, the color of each piece by name (kurta, pyjama, churidar, dhoti, Nehru
jacket, sherwani, stole, dupatta), describe or details of one piece, and some of the closed garment-type, color,
pattern, sleeve-length and "Is this a kurta/sherwani?" questions.

Who wrote what: captions come from the untuned Salesforce/blip2-opt-2.7b (enrich picks no adapter for the caption):
short, one line, they stop on the newline; their faults are a wrong color, a made-up prop, once a "woman". Every
question goes to the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA (1 epoch, trained with no end-of-answer token). Open
answers are its free generation, max 30 new tokens: most still stop on the base model's newline, but some run on
into loops, are cut at the limit, or continue the "Question: ... Answer:" format. Its In-shop training shows: it
answers a color question with the pattern word "pure color", gives one-word answers, says "she" (most In-shop models
are women), and reads the most visible color (a Nehru jacket's, the pyjama's) for the asked piece. Closed answers
(per-piece colors unless marked open, garment type, color, pattern, sleeve length, yes/no) come from enrich's
reference engine ranking candidates with the same adapter: one clean candidate, never looped or cut.

Labeling conventions and judgement calls:
- other_garment_color: the asked piece is given the color of another piece really worn in the photo (the jacket's
  navy for the kurta, the pyjama's white for the kurta, the stole's red for the sherwani), also when the closed
  question "the garment" (the seller's product) gets the color of a piece that is not the product.
- contradiction: a color that no piece has (a backdrop's, a prop's, an embroidery thread's), a wrong "no"/"yes" to
  "Is this a ...?", a wrong pattern, a wrong sleeve length, a garment type the seller's category contradicts. For a
  kurta set with a Nehru jacket, "sleeveless" for the garment's sleeves is a contradiction (the jacket's, not the
  set's); for a Nehru jacket sold alone, "long sleeves" (the kurta under it) is a contradiction too.
- Color names within a shade family count as correct (peach/pink, maroon/red/wine, mustard/yellow, tan/brown, ivory/
  off white/white for an off-white piece, navy/dark blue); rust answered "brown" is a contradiction, teal is not
  called green here. A Multi ikat kurta answered with one of its main print colors is correct.
- unsupported: details the photo does not show (a pocket square, a zipper, a sword, a zari border, gold embroidery
  on a tonal piece, shoes of the wrong kind), and a fabric the title does not name and the photo cannot show or
  belies (velvet, silk on a matte cotton piece). A fabric the title names, or one plainly visible, is correct.
- non_answer: a one-word or yes/no answer to an open question that names no garment ("black", "yes", "buttons"),
  and "pure color" to an open color question. A one-word garment name ("kurta", "sherwani") to "What is he wearing?"
  is an answer and counted correct.
- restated: the answer only gives the question back ("the details of the kurta are the details of the kurta",
  "it is a sherwani" for "Describe the sherwani.").
- pronoun: "she"/"her" for a Men or Boys row; the base caption's "a woman" is labelled pronoun too.
- loop: a phrase repeated until the 30 (or 50) token limit, hit_limit set. cut: text stops mid-phrase at the limit,
  hit_limit set, even where the words before the cut are right. leak: any "Question:"/"Answer:" in the text, even
  when it also loops or runs to the limit; such a text gets the one label leak.
- Each text carries one label; where two apply, the one that a reader would notice first is used.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def he_wearing(text, failure=None, hit_limit=False):
    """The experiments' 'What is he wearing?' (a Men or Boys row)."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


C, O, U, L, T, K, N, R, P = (  # noqa: E741
    "contradiction",
    "other_garment_color",
    "unsupported",
    "loop",
    "cut",
    "leak",
    "non_answer",
    "restated",
    "pronoun",
)

BLIND_974 = [
    # photo: cream self-design knee-length kurta, mandarin collar, cream churidar, tan mojaris, white backdrop, front
    # view. Caption base model; answers VQA adapter (closed ones via the reference engine).
    case(
        "X974-001",
        caption("a man wearing a cream kurta and churidar standing in front of a white background"),
        he_wearing("a cream kurta with matching churidar"),
        color_of("kurta", "cream"),
        color_of("churidar", "off white"),
        describe("kurta", "the kurta is cream with a self design pattern, a mandarin collar and a button placket"),
        Q.material("silk", U),
        is_a("kurta", "yes"),
        title="Manyavar Men Cream-Coloured Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: off-white kurta and pyjama under a buttoned navy blue Nehru jacket (six covered buttons, two welt
    # pockets), brown juttis, white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-002",
        caption("a man in a navy blue nehru jacket over a white kurta and white pants"),
        color_of("kurta", "navy blue", O),
        color_of("nehru jacket", "navy blue"),
        color_of("pyjama", "off white"),
        he_wearing(
            "he is wearing a blue jacket and a white kurta pajama he is wearing a blue jacket and a white kurta "
            "pajama he is wearing a blue",
            L,
            hit_limit=True,
        ),
        details("nehru jacket", "the jacket has a mandarin collar, a button front and a pocket square", U),
        Q.color("navy blue", O),
        title="Sojanya Men Off-White Kurta with Pyjamas & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: boy of about eight in a mustard cotton kurta with white thread embroidery on the placket, white pyjama,
    # barefoot, white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-003",
        caption("a young boy wearing a yellow kurta and white pants"),
        he_wearing("kurta pyjama"),
        color_of("kurta", "mustard"),
        color_of("pyjama", "mustard", O),
        details("kurta", "white embroidery along the placket"),
        is_a("kurta", "yes"),
        Q.material("silk", U),
        title="Jompers Boys Mustard Yellow & White Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: maroon jacquard brocade sherwani with gold woven buttis and gold buttons, cream churidar, maroon stole
    # over the left shoulder, gold mojaris, light grey backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-004",
        caption("a man in a red and gold sherwani with a stole on his shoulder"),
        color_of("sherwani", "maroon"),
        color_of("churidar", "maroon", O),
        describe(
            "sherwani", "the sherwani is maroon with gold woven motifs, a high collar and gold buttons down the front"
        ),
        Q.material("velvet", U),
        he_wearing("she is wearing a maroon sherwani and a cream churidar", P),
        is_a("sherwani", "yes"),
        title="VASTRAMAY Men Maroon & Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: bottle green kurta with a small white floral block print, white pyjama, hands in the kurta's side
    # pockets, white backdrop, three-quarter view. Caption base model; answers VQA adapter.
    case(
        "X974-005",
        caption("a man wearing a green floral print kurta and white pyjamas"),
        Q.pattern("floral"),
        color_of("kurta", "white", O),
        color_of("pyjama", "white"),
        details(
            "kurta",
            "the kurta has a floral print all over with a mandarin collar and side pockets the kurta has a floral "
            "print all over with a mandarin collar and",
            L,
            hit_limit=True,
        ),
        he_wearing("green kurta"),
        title="See Designs Men Green Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: black Nehru jacket with a small silver paisley print, worn open-collared over a white kurta and white
    # churidar that are not the product, white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-006",
        caption("a man wearing a black jacket over a white kurta"),
        color_of("nehru jacket", "black"),
        color_of("kurta", "white"),
        Q.color("white", O),
        Q.sleeve_length("long sleeves", C),
        details(
            "nehru jacket",
            "Question: What is the color of the nehru jacket? Answer: black Question: What is the color of the "
            "kurta? Answer: white Question:",
            K,
            hit_limit=True,
        ),
        title="Hangup Men Black Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: beige sherwani with gold thread embroidery on collar, placket and cuffs, beige churidar, red stole with a
    # gold border, red safa, beige juttis; beige backdrop with a carved wooden chair beside him. Caption base model;
    # answers VQA adapter.
    case(
        "X974-007",
        caption("a man in a beige sherwani and a red turban standing next to a wooden chair"),
        color_of("sherwani", "red", O),
        color_of("stole", "red"),
        color_of("churidar", "beige"),
        he_wearing(
            "a sherwani with a red turban and a red stole a sherwani with a red turban and a red stole a sherwani "
            "with a",
            L,
            hit_limit=True,
        ),
        describe("sherwani", "the sherwani is beige with gold embroidery on the collar and the cuffs"),
        is_a("sherwani", "no", C),
        title="Manyavar Men Beige & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Beige",
        gender="Men",
    ),
    # photo: indigo cotton kurta with a white dabu print of small motifs, round neck with a short button placket,
    # white pyjama, brown kolhapuri sandals, white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-008",
        caption("a man wearing a blue printed kurta and white pajama pants with brown sandals"),
        Q.material("cotton"),
        color_of("kurta", "blue"),
        color_of("pyjama", "blue", O),
        details(
            "kurta",
            "the kurta is printed with small white motifs and has a round neck with a short button placket and the "
            "sleeves are",
            T,
            hit_limit=True,
        ),
        Q.pattern("pure color", C),
        he_wearing("he is wearing a blue kurta and white pajama"),
        title="Fabindia Men Indigo Blue Printed Cotton Kurta Set",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black kurta and black churidar under a grey Nehru jacket with a black floral print, black mojaris,
    # white backdrop, three-quarter view. Caption base model; answers VQA adapter.
    case(
        "X974-009",
        caption("a man in a grey printed vest over a black kurta"),
        color_of("kurta", "grey", O),
        color_of("nehru jacket", "grey"),
        color_of("churidar", "black"),
        Q.sleeve_length("long sleeves"),
        describe(
            "nehru jacket", "the jacket is grey with a black floral print and a mandarin collar, it has a zipper", U
        ),
        he_wearing("black", N),
        title="KISAH Men Black Solid Kurta with Churidar and Printed Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: peach kurta, white pyjama, white backdrop, front view, arms at his sides. Caption base model; answers
    # VQA adapter (the kurta color asked open here).
    case(
        "X974-010",
        caption("a man in a pink kurta and white pants"),
        color_of("kurta", "peach", kind="open"),
        color_of("pyjama", "peach", O),
        he_wearing("a peach colored kurta and white pyjama"),
        details("kurta", "the details of the kurta are the details of the kurta", R),
        Q.pattern("striped", C),
        is_a("kurta", "yes"),
        title="Sanwara Men Peach-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: ivory sherwani with a tonal self-design weave, ivory churidar, maroon velvet stole, a gold brooch on the
    # chest, ivory juttis, white backdrop, front view. Caption base model; answers VQA adapter. Feed lacks the color.
    case(
        "X974-011",
        caption("a man wearing a white sherwani with a maroon shawl and a brooch on his chest"),
        color_of("sherwani", "off white"),
        color_of("stole", "maroon"),
        Q.color("maroon", O),
        describe("sherwani", "the sherwani is white with gold embroidery all over", U),
        he_wearing("a sherwani"),
        title="Manyavar Men Off-White Self-Design Sherwani Set",
        category="Sherwani",
        gender="Men",
    ),
    # photo: teal silk-blend kurta with a soft sheen and gold-toned buttons, cream churidar, white backdrop, hands on
    # hips, front view. Caption base model; answers VQA adapter.
    case(
        "X974-012",
        caption("a man wearing a teal kurta and white churidar with gold buttons"),
        color_of("kurta", "teal"),
        color_of("churidar", "teal", O),
        Q.material("silk blend"),
        he_wearing(
            "he is wearing a teal kurta with churidar and gold buttons on the placket, and he is standing with his "
            "hands on his hips and looking at the",
            T,
            hit_limit=True,
        ),
        details("kurta", "Question: What are the kurta details? Answer: gold buttons", K),
        title="Twamev Men Teal Blue Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: boy in a navy blue sherwani with gold embroidery on the collar and gold buttons, white churidar, gold
    # mojaris, light grey backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-013",
        caption("a little boy wearing a blue sherwani and white pants"),
        he_wearing("a navy blue sherwani with white churidar"),
        color_of("sherwani", "navy blue"),
        color_of("churidar", "navy blue", O),
        is_a("sherwani", "yes"),
        details(
            "sherwani",
            "gold embroidery on the collar and buttons on the front gold embroidery on the collar and buttons on "
            "the front gold embroidery on the collar",
            L,
            hit_limit=True,
        ),
        title="Aj DEZInES Boys Navy Blue Sherwani Set with Churidar",
        category="Sherwani",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: bright yellow cotton kurta with small round mirrors on the yoke, white pyjama, white backdrop, front
    # view. Caption base model; answers VQA adapter (the pyjama color asked open).
    case(
        "X974-014",
        caption("a man in a yellow kurta with mirror work and white pajamas"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "white", kind="open"),
        describe("kurta", "yellow", N),
        he_wearing("she is wearing a yellow kurta and white pants", P),
        Q.material("the kurta is made of cotton with mirror work on the yoke"),
        title="VASTRAMAY Men Yellow Mirror Work Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: light pink kurta, white pyjama, maroon velvet Nehru jacket with a mandarin collar (no pocket square),
    # white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-015",
        caption("a man wearing a maroon jacket over a pink kurta and white pants"),
        color_of("kurta", "maroon", O),
        color_of("nehru jacket", "maroon"),
        color_of("pyjama", "pink", O),
        Q.sleeve_length("sleeveless", C),
        describe("nehru jacket", "the jacket is maroon velvet with a mandarin collar and a pocket square", U),
        he_wearing("a pink kurta with a maroon jacket and white pyjama"),
        title="Hangup Men Pink Solid Kurta with Pyjamas & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: white kurta with white chikankari floral embroidery, white churidar, brown juttis, plain beige backdrop,
    # front view. Caption base model; answers VQA adapter.
    case(
        "X974-016",
        caption("a man in a white embroidered kurta and white churidar against a beige wall"),
        color_of("kurta", "beige", C),
        color_of("churidar", "white"),
        details("kurta", "white embroidery on the front and the sleeves"),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        he_wearing("a white kurta"),
        title="Manyavar Men White Chikankari Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: gold brocade silk sherwani with a floral weave and high neck, cream churidar, cream safa with a feather
    # brooch, no props, dark maroon curtain backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-017",
        caption("a man in a gold sherwani and a turban standing in front of a red curtain"),
        color_of("sherwani", "gold"),
        color_of("churidar", "cream"),
        Q.color("maroon", C),
        he_wearing(
            "a gold sherwani and a turban and a gold sherwani and a turban and a gold sherwani and a turban and a gold",
            L,
            hit_limit=True,
        ),
        Q.material("silk"),
        describe(
            "sherwani", "the sherwani is gold with a floral brocade pattern, a high neck and a sword at his side", U
        ),
        title="Sojanya Men Gold-Toned Woven Design Silk Sherwani with Churidar",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: charcoal grey kurta, black pyjama, black juttis, white backdrop, front view. Caption base model;
    # answers VQA adapter (pyjama color asked open).
    case(
        "X974-018",
        caption("a man wearing a grey kurta and grey pants", O),
        color_of("kurta", "grey"),
        color_of("pyjama", "grey", O, kind="open"),
        he_wearing("kurta and pants"),
        describe("kurta", "the kurta is a kurta that is a kurta", R),
        is_a("kurta", "yes"),
        title="Hangup Men Charcoal Grey Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: sky-blue kurta, white pyjama, white Nehru jacket with a blue floral print and a chest pocket, white
    # backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-019",
        caption("a man in a white floral jacket over a blue kurta"),
        color_of("nehru jacket", "white"),
        color_of("kurta", "white", O),
        color_of("pyjama", "white"),
        details("nehru jacket", "blue floral print with a mandarin collar and a chest pocket"),
        describe("kurta", "her kurta is sky blue with full sleeves", P),
        he_wearing(
            "blue kurta and white pyjama with a printed jacket Question: What is the color of the kurta? Answer: blue",
            K,
        ),
        title="Sojanya Men Blue & White Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: sea green kurta, cream churidar, cream stole with a green paisley print and plain fringed ends over the
    # left shoulder, tan juttis, white backdrop. Caption base model; answers VQA adapter.
    case(
        "X974-020",
        caption("a man wearing a green kurta and a white scarf"),
        color_of("kurta", "sea green"),
        color_of("churidar", "green", O),
        describe("stole", "the stole is cream with a green paisley print and a gold zari border", U),
        he_wearing(
            "he is wearing a sea green kurta with cream churidar and a printed stole draped on his left shoulder"
        ),
        is_a("sherwani", "no"),
        details(
            "kurta",
            "the kurta is sea green with a mandarin collar and a concealed button placket and it is paired with a "
            "cream churidar and a printed stole with",
            T,
            hit_limit=True,
        ),
        title="Manyavar Men Sea Green Kurta with Churidar and Printed Stole",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: boy in a cream kurta and cream pyjama under a red Nehru jacket with gold buttons, white backdrop,
    # front view. Caption base model; answers VQA adapter. Feed lacks the category.
    case(
        "X974-021",
        caption("a little boy in a red vest and white kurta"),
        he_wearing("she is wearing a red jacket", P),
        color_of("kurta", "cream"),
        color_of("nehru jacket", "red"),
        color_of("pyjama", "red", O),
        details("nehru jacket", "the jacket has gold buttons and a mandarin collar"),
        Q.pattern("floral", C),
        title="Sojanya Boys Cream Kurta Pyjama with Red Nehru Jacket",
        color="Cream",
        gender="Boys",
    ),
    # photo: olive short straight kurta worn over mid-blue jeans, white sneakers, white backdrop, front view; the
    # kurta has a mandarin collar, button placket, side slits. Caption base model; answers VQA adapter.
    case(
        "X974-022",
        caption("a man wearing a green kurta and blue jeans"),
        color_of("kurta", "blue", O),
        Q.color("olive"),
        he_wearing("a green kurta and jeans"),
        is_a("kurta", "yes"),
        Q.garment_type("jeans", C),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and a side slit and a mandarin collar and a button "
            "placket and a side slit and a",
            L,
            hit_limit=True,
        ),
        title="Roadster Men Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: black indo-western sherwani with an asymmetric hem and silver embroidery on the collar, black trousers,
    # black shoes, dark grey backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-023",
        caption("a man in a black sherwani with silver embroidery on the collar"),
        color_of("sherwani", "black"),
        Q.color("silver", C),
        describe("sherwani", "a black sherwani"),
        he_wearing(
            "he is wearing a black sherwani with silver embroidery and black pants, the sherwani has an asymmetrical "
            "hem and a",
            T,
            hit_limit=True,
        ),
        Q.material("velvet", U),
        title="Manyavar Men Black Indowestern Sherwani Set",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: pink kurta with white chikankari embroidery on the front panel and sleeves, white pyjama, white
    # backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-024",
        caption("a woman wearing a pink embroidered kurta with white pants", P),
        color_of("kurta", "pink"),
        color_of("pyjama", "white"),
        details("kurta", "white chikankari embroidery on the front panel and the sleeves"),
        Q.pattern("striped", C),
        he_wearing("pink kurta pajama"),
        describe("kurta", "describe the kurta the kurta is pink", R),
        title="Jompers Men Pink Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: rust kurta with a small golden foil print, cream pyjama, brown kolhapuri sandals, white backdrop, front
    # view. Caption base model; answers VQA adapter.
    case(
        "X974-025",
        caption("a man in an orange kurta and white pajamas"),
        color_of("kurta", "brown", C),
        color_of("pyjama", "cream"),
        he_wearing("he is wearing an orange printed kurta with cream pajamas and brown sandals"),
        details(
            "kurta",
            "gold print Question: What are the pyjama details? Answer: cream Question: What",
            K,
            hit_limit=True,
        ),
        Q.pattern("pure color", C),
        title="Anouk Men Rust Orange Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
        gender="Men",
    ),
    # photo: lavender kurta with full sleeves, white pyjama, silver mojaris, white backdrop, front view. Caption base
    # model; answers VQA adapter (kurta color asked open).
    case(
        "X974-026",
        caption("a man in a purple kurta and white pajama pants"),
        color_of("kurta", "pure color", N, kind="open"),
        color_of("pyjama", "lavender", O),
        he_wearing("a purple kurta and white pants"),
        Q.sleeve_length("short sleeves", C),
        is_a("kurta", "yes"),
        describe("kurta", "the kurta is lavender with a mandarin collar and embroidered cuffs", U),
        title="Hangup Men Lavender Solid Kurta with Pyjama",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: wine sherwani with tonal embroidery on the chest and a high collar, cream churidar, gold dupatta with a
    # maroon border over one shoulder, white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-027",
        caption("a man wearing a maroon sherwani with a gold dupatta"),
        color_of("sherwani", "gold", O),
        color_of("dupatta", "gold"),
        color_of("churidar", "gold", O),
        he_wearing("sherwani"),
        describe(
            "sherwani",
            "the sherwani is burgundy with tonal embroidery on the chest and it has a high collar and a row of "
            "buttons and",
            T,
            hit_limit=True,
        ),
        title="Manyavar Men Wine Coloured Sherwani Set with Dupatta",
        category="Sherwani",
        color="Burgundy",
        gender="Men",
    ),
    # photo: white kurta and white pyjama under a black Nehru jacket, black sandals, white backdrop, front view.
    # Caption base model; answers VQA adapter.
    case(
        "X974-028",
        caption("a man wearing a black vest and white pants"),
        color_of("kurta", "white"),
        color_of("nehru jacket", "black"),
        color_of("pyjama", "black", O),
        Q.color("black", O),
        he_wearing("a white kurta pyjama and a black nehru jacket"),
        details("nehru jacket", "what are the nehru jacket details the nehru jacket details are", R),
        title="Hangup Men White Kurta Pyjama with Black Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: boy in a yellow cotton kurta with plain white buttons and white dhoti pants, white backdrop, front view.
    # Caption base model; answers VQA adapter.
    case(
        "X974-029",
        caption("a little boy in a yellow shirt and white pants"),
        he_wearing("a yellow kurta and a white dhoti"),
        color_of("kurta", "yellow"),
        color_of("dhoti", "yellow", O),
        details("kurta", "the kurta is made of silk with gold buttons", U),
        is_a("kurta", "no", C),
        title="Jompers Boys Yellow Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: navy blue kurta with gold buttons and a mandarin collar, white churidar, white backdrop, front view.
    # Caption base model; answers VQA adapter.
    case(
        "X974-030",
        caption("a man wearing a dark blue kurta and white pants"),
        color_of("kurta", "black", C),
        color_of("churidar", "white"),
        he_wearing("he is wearing a navy blue kurta and white churidar"),
        describe("kurta", "the kurta is navy blue with gold buttons and a mandarin collar"),
        Q.sleeve_length("long sleeves"),
        Q.material("linen", U),
        title="Manyavar Men Navy Blue Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: kurta with a multicolor ikat print (red, blue and white), band collar, white pyjama, white backdrop,
    # front view. Caption base model; answers VQA adapter (pyjama color asked open).
    case(
        "X974-031",
        caption("a man in a colorful printed kurta and white pajamas"),
        color_of("kurta", "red"),
        color_of("pyjama", "pure color", N, kind="open"),
        Q.pattern("floral", C),
        details("kurta", "the kurta has an ikat print in red and blue with a band collar"),
        he_wearing("Answer: a kurta", K),
        title="See Designs Men Multicoloured Ikat Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Multi",
        gender="Men",
    ),
    # photo: cream sherwani with pink and gold floral embroidery on the chest and sleeves, cream churidar, pink
    # stole, pink safa, white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-032",
        caption("a man in a cream sherwani with pink embroidery and a pink turban"),
        color_of("sherwani", "pink", O),
        color_of("stole", "pink"),
        he_wearing("she is wearing a sherwani with a pink turban and a pink stole", P),
        details("sherwani", "pink and gold floral embroidery on the chest and the sleeves"),
        is_a("sherwani", "yes"),
        Q.material("velvet", U),
        title="Sojanya Men Cream-Coloured & Pink Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: off-white kurta and pyjama under a mustard Nehru jacket with a small printed motif and one chest pocket,
    # tan juttis, white backdrop, front view. Caption base model; answers VQA adapter. Feed lacks the category.
    case(
        "X974-033",
        caption("a man wearing a yellow jacket and a white kurta"),
        color_of("kurta", "off white"),
        color_of("nehru jacket", "off white", O),
        color_of("pyjama", "off white"),
        he_wearing("he is wearing a mustard nehru jacket over an off white kurta pyjama with brown juttis"),
        details(
            "nehru jacket",
            "the jacket is printed with small motifs and has a pocket on the chest and two pockets on the front and "
            "a pocket on the chest and two pockets on the",
            L,
            hit_limit=True,
        ),
        title="Hangup Men Off-White Kurta with Pyjama & Mustard Printed Nehru Jacket",
        color="Off White",
        gender="Men",
    ),
    # photo: bottle green sherwani with a tonal self-design weave (no embroidery), gold buttons, high collar, cream
    # churidar, cream stole, white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-034",
        caption("a man in a green sherwani"),
        color_of("sherwani", "green"),
        color_of("churidar", "green", O),
        describe("sherwani", "the sherwani is green with a high collar and gold buttons and gold floral embroidery", U),
        he_wearing("a green sherwani and a cream stole"),
        Q.pattern("pure color"),
        title="Manyavar Men Green Self-Design Sherwani Set",
        category="Sherwani",
        color="Green",
        gender="Men",
    ),
    # photo: black kurta with a mandarin collar, half button placket and a left chest pocket, worn with a white
    # pyjama that is not the product, plain grey backdrop, no props. Caption base model; answers VQA adapter.
    case(
        "X974-035",
        caption("a man in a black kurta and white pants standing in front of a grey wall with a plant", U),
        Q.color("white", O),
        color_of("kurta", "black"),
        he_wearing("kurta"),
        details("kurta", "a mandarin collar, a half button placket and a pocket on the left chest"),
        Q.garment_type("kurta"),
        title="Mast & Harbour Men Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: boy in a maroon sherwani with gold buttons, gold churidar, maroon-and-gold stole, white backdrop, front
    # view. Caption base model; answers VQA adapter.
    case(
        "X974-036",
        caption("a young boy wearing a maroon sherwani and gold pants"),
        color_of("sherwani", "maroon"),
        color_of("churidar", "maroon", O),
        he_wearing(
            "the boy is wearing a maroon sherwani with gold buttons and a gold churidar the boy is wearing a maroon "
            "sherwani with gold buttons and",
            L,
            hit_limit=True,
        ),
        details("sherwani", "the sherwani has gold buttons and a velvet collar with zari work", U),
        is_a("sherwani", "yes"),
        title="Aj DEZInES Boys Maroon Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Boys",
    ),
    # photo: blue-and-white vertically striped kurta with a round neck and full sleeves, white pyjama, brown sandals,
    # white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-037",
        caption("a man wearing a blue and white striped kurta"),
        Q.pattern("striped"),
        color_of("kurta", "blue"),
        color_of("pyjama", "blue", O),
        describe("kurta", "the kurta has vertical stripes in blue and white, a round neck and full sleeves"),
        he_wearing("he is wearing a striped kurta with white pyjama and black shoes", U),
        title="Mast & Harbour Men Blue & White Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: saffron orange kurta with a band collar and concealed placket, cream churidar, white backdrop, front
    # view. Caption base model; answers VQA adapter.
    case(
        "X974-038",
        caption("a man in an orange kurta"),
        color_of("kurta", "orange"),
        color_of("churidar", "cream"),
        details(
            "kurta",
            "the kurta has a band collar and a concealed placket Question: What is the color of the churidar? "
            "Answer: cream Question: What is",
            K,
            hit_limit=True,
        ),
        he_wearing("an orange kurta with churidar"),
        Q.color("cream", O),
        is_a("sherwani", "yes", C),
        title="Manyavar Men Orange Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Orange",
        gender="Men",
    ),
    # photo: beige Nehru jacket with buttons down the front, worn over a navy blue kurta and white pyjama that are
    # not the product, white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-039",
        caption("a man in a beige vest over a blue kurta"),
        color_of("nehru jacket", "navy blue", O),
        Q.color("beige"),
        Q.garment_type("kurta", C),
        details("nehru jacket", "buttons", N),
        describe("nehru jacket", "the nehru jacket is a nehru jacket", R),
        he_wearing("a beige nehru jacket over a blue kurta and white pyjama"),
        title="Hangup Men Beige Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: maroon asymmetric kurta (longer on the left) with a round neck and full sleeves, cream dhoti pants,
    # white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-040",
        caption("a man wearing a red kurta and white dhoti pants"),
        color_of("kurta", "maroon"),
        color_of("dhoti", "cream"),
        describe("kurta", "the kurta is maroon and asymmetric with a longer left side and a round neck"),
        he_wearing(
            "he is wearing a maroon kurta and dhoti pants he is wearing a maroon kurta and dhoti pants he is wearing "
            "a maroon kurta",
            L,
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves", C),
        title="VASTRAMAY Men Maroon Asymmetric Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: white kurta and white churidar under a silver-grey shimmer Nehru jacket with a mandarin collar, white
    # backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-041",
        caption("a man wearing a grey jacket and white kurta"),
        color_of("nehru jacket", "silver"),
        color_of("kurta", "grey", O),
        color_of("churidar", "white"),
        he_wearing("white", N),
        is_a("kurta", "no", C),
        describe("nehru jacket", "the jacket is silver with a shiny texture and a mandarin collar"),
        title="Sojanya Men White Kurta with Churidar & Silver Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: boy sitting on a brown wooden stool, green silk kurta with gold buttons, a mandarin collar and a small
    # left chest pocket, cream pyjama, white backdrop. Caption base model; answers VQA adapter.
    case(
        "X974-042",
        caption("a little boy sitting on a wooden stool in a green kurta"),
        color_of("kurta", "green"),
        color_of("pyjama", "brown", C),
        he_wearing("she is wearing a green kurta and cream pyjama", P),
        details(
            "kurta",
            "the kurta has gold buttons on the placket and a mandarin collar with a small pocket on the left side of "
            "the chest and the sleeves are long with",
            T,
            hit_limit=True,
        ),
        Q.material("silk"),
        title="Aj DEZInES Boys Green Silk Kurta with Pyjama",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: coffee brown cotton kurta with wooden buttons, worn with a white pyjama that is not the product, white
    # backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X974-043",
        caption("a man in a brown kurta and white pants"),
        color_of("kurta", "brown"),
        Q.material("cotton"),
        he_wearing(
            "Question: What is he wearing? Answer: a brown kurta Question: What is he wearing? Answer: a brown "
            "kurta Question: What is",
            K,
            hit_limit=True,
        ),
        Q.color("white", O),
        is_a("kurta", "yes"),
        title="Fabindia Men Coffee Brown Cotton Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: peach sherwani, peach churidar, light gold stole, matte cotton-blend finish, white backdrop, front view.
    # Caption base model; answers VQA adapter.
    case(
        "X974-044",
        caption("a man wearing a peach sherwani and a gold shawl"),
        color_of("sherwani", "peach"),
        color_of("churidar", "peach"),
        color_of("stole", "peach", O),
        describe("sherwani", "it is a sherwani", R),
        he_wearing("he is wearing a peach sherwani with matching churidar and a gold stole"),
        Q.material("silk", U),
        title="Manyavar Men Peach Solid Sherwani Set",
        category="Sherwani",
        color="Peach",
        gender="Men",
    ),
    # photo: turquoise blue kurta with a mandarin collar, three-button placket and side slits, white pyjama, white
    # juttis, white backdrop, front view. Caption base model; answers VQA adapter (pyjama color asked open).
    case(
        "X974-045",
        caption("a man in a blue kurta and white pajama pants"),
        color_of("kurta", "turquoise blue"),
        color_of(
            "pyjama",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            L,
            kind="open",
            hit_limit=True,
        ),
        he_wearing("yes", N),
        details(
            "kurta",
            "the kurta has a mandarin collar and a three button placket and side slits and the hem is curved and the",
            T,
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.garment_type("dress", C),
        title="Hangup Men Turquoise Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: black kurta and black pyjama under a maroon Nehru jacket with a gold floral print, black mojaris, white
    # backdrop, front view. Caption base model; answers VQA adapter. Feed lacks the category.
    case(
        "X974-046",
        caption("a man wearing a maroon jacket with gold print over a black kurta"),
        color_of("kurta", "maroon", O),
        color_of("nehru jacket", "maroon"),
        color_of("pyjama", "black"),
        he_wearing(
            "he is wearing a black kurta and black pyjama with a maroon jacket with gold floral print and he is "
            "wearing black mojaris and a",
            T,
            hit_limit=True,
        ),
        details("nehru jacket", "gold floral print"),
        Q.sleeve_length("sleeveless", C),
        title="Sojanya Men Black Kurta with Pyjamas & Maroon Printed Nehru Jacket",
        color="Black",
        gender="Men",
    ),
]
