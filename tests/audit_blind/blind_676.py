"""BLIND_676 (46 products; old Myntra women's feed; caption adapter epoch 3): written blind in the fifty-fourth session.
Measured blind at fa926b6 (the session's third rules): 115/132 failures found (87.1%) and 13/184 correct texts flagged
(7.1%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed, the kind the shared real photos come from: short seller titles ("W Women
Solid Navy Blue Kurta"), seller category and base colour columns, gender mostly Women with a few Girls rows. Women's
kurtas, tops, t-shirts, a few shirts and dresses. Photos are 3:4 catalog shots on a white backdrop, the model wearing
the product with other clothes (leggings, churidar, palazzo, jeans, skirts, a dupatta, an open cardigan), usually cut
at the knee or the shin, front or three-quarter view. Some rows lack a column (one has no base colour).

Who wrote what: the caption and every open answer (wearing, describe, details, material, open color questions) come
from the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b, greedy, 50 new
tokens for captions, 30 for answers). It has mostly forgotten question answering and falls back on DeepFashion
template sentences ("The upper clothing has medium sleeves, cotton fabric and pure color patterns."), calls kurtas
"shirt", "dress" or "upper clothing", rarely names a hue in captions, and, trained without an end token, stops on a
newline for only about half the prompts: the rest loop or run to the token limit, and some keep writing the
"Question: ... Answer:" format it was trained on. Closed answers (garment type, color, pattern, sleeve length, the
color of a named garment, "Is this a ...?") come from enrich's --engine reference, which picks one candidate value:
they never loop or stop short, but pick wrong values, often the color of the leggings, the pants or the dupatta.

Labeling conventions and judgement calls:
- Judged against the photo as described in the comment, not against the seller's columns: a rust kurta sold as
  "Brown" answered "orange" is correct; a cream kurta sold as "Gold" answered "white" is correct.
- For a Multi product, a closed color naming the dominant ground color of the photo is correct.
- Shade families count as the same color: magenta/pink, lavender/lilac/purple, olive/green, sea green/green,
  teal/blue, navy/blue, mustard/yellow, rust/orange, cream/off white/white.
- "tunic" and "kurta" are synonyms; "t-shirt" for a short-sleeve jersey top, "blouse" or "top" for a woven top, and
  "sweater" for a knit top are accepted. "dress" or "shirt" for a knee-length kurta is a contradiction of the seller's
  category and of the photo, even for a flared anarkali kurta.
- A color given to one garment that belongs to another garment in the photo (leggings, pants, skirt, dupatta, an
  open cardigan, a tank worn underneath) is other_garment_color, whether the text is open or closed. A wrong color
  that no garment in the photo has, or that is only the color of the print, is a contradiction.
- The template's "cotton fabric" is not labeled when the garment plausibly is cotton; a fabric the photo rules out
  (denim on a smooth shirt, wool on a light kurta, silk on a matte cotton kurta) is unsupported, as are accessories,
  belts, pockets, trims and jewelry that are not in the photo, and shoes when the feet are out of frame.
- A text with two failures carries one label: a text cut at the limit is cut even if it drifted off the question;
  a text that repeats until the limit is loop (hit_limit=True) even though its last repeat is cut; a text that writes
  "Question:" or "Answer:" is leak even if it also runs on. Otherwise I wrote each failing text with one failure.
- A one-word or yes/no reply to an open describe/details/material/wearing question is non_answer, as is an empty
  reply and the caption template returned for the material question with no material in it. A short but real
  phrase ("a white kurta") is correct.
- Restated: the reply only gives the question's own words back ("the top is a top", "the details of the shirt are
  the details"), or echoes the question.
- Pronoun: "he", "his", "gentleman" or "boy" for a Women or Girls row. "lady" or "woman" for a girl is accepted.
- hit_limit=True is set on cut and looping texts and on leaks that ran on; complete answers that stopped on their own
  have hit_limit=False.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_676 = [
    # photo: navy blue straight kurta, long sleeves, stand collar, short placket with three self-covered buttons, plain
    # cuffs, worn with white churidar leggings; white backdrop, front view, feet out of frame. Caption and open answers:
    # caption adapter epoch 3; closed: reference engine.
    case(
        "X676-001",
        caption(
            "The lady is wearing a long-sleeve tunic with pure color patterns. It has a stand collar. The lady wears "
            "leggings. The leggings are of long length. The fabric is cotton and it has pure color patterns. There is",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        color_of("leggings", "navy blue", failure="other_garment_color"),
        wearing("a long blue kurta with white leggings"),
        details(
            "kurta",
            "the kurta has long sleeves and a stand collar with gold buttons and embroidery on the cuffs",
            failure="unsupported",
        ),
        title="W Women Solid Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: magenta jersey top, short sleeves, round neck, worn untucked over blue skinny jeans, hand on hip; white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. It has a round neckline. The lady "
            "wears a long denim pants."
        ),
        Q.color("pink"),
        color_of("top", "blue", failure="other_garment_color", kind="open"),
        color_of("jeans", "blue"),
        Q.sleeve_length("short"),
        Q.pattern("striped", failure="contradiction"),
        describe(
            "top",
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "T-shirt is with cotton fabric and pure color patterns. The T-shirt is with cotton",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("yes", failure="non_answer"),
        title="s.Oliver Women Solid Magenta Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: maroon A-line kurta with a small cream-and-gold floral buti print, three-quarter sleeves, notch neck, worn
    # with beige palazzo pants; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference.
    case(
        "X676-003",
        caption(
            "This woman wears a medium-sleeve dress with floral patterns. The dress is of long length. It has a "
            "v-shape neckline.",
            failure="contradiction",
        ),
        Q.garment_type("kurta"),
        Q.pattern("printed"),
        Q.color("maroon"),
        color_of("pants", "beige"),
        wearing("a maroon kurta with a floral print and beige palazzo pants"),
        Q.material("silk", failure="unsupported"),
        title="Vishudh Women Maroon Printed Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: young girl in a pink sleeveless A-line dress with a white cherry-blossom print, knee length, white
    # sandals; white backdrop, full length, front view. Caption/open: caption adapter epoch 3; closed: reference.
    case(
        "X676-004",
        caption(
            "The girl wears a sleeveless dress with floral patterns. The dress is of knee length. The fabric is "
            "cotton. She wears a pair of sandals."
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("short", failure="contradiction"),
        is_a("dress", "yes"),
        describe("dress", "he is wearing a pink dress with white flowers on it", failure="pronoun"),
        Q.color("pink"),
        wearing("a pink dress with white flowers and a white cardigan", failure="unsupported", who="she"),
        title="Palm Tree Girl's Cr Blossom Drs Pink Dresses",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: beige-and-white horizontal-striped top, wide round neck, three-quarter sleeves, black straight trousers;
    # white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-005",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and striped patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.pattern("striped"),
        Q.color("beige"),
        color_of("top", "the top is black and the pants are black", failure="other_garment_color", kind="open"),
        details(
            "top",
            "the top has stripes the top has stripes the top has stripes the top has stripes the top has stripes the "
            "top has",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        title="s.Oliver Women Stripes Beige Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: orange sleeveless straight kurta, round neck with thin gold foil trim, white churidar, a white chiffon
    # dupatta over one shoulder, bare wrists; white backdrop, front view. Caption/open: caption adapter epoch 3.
    case(
        "X676-006",
        caption(
            "The lady wears a sleeveless tunic with pure color patterns. It has a round neckline. The lady wears a "
            "long leggings. There is an accessory on her wrist.",
            failure="unsupported",
        ),
        Q.garment_type("kurta"),
        Q.color("orange"),
        wearing("an orange kurta and white pants with a white scarf"),
        color_of("dupatta", "orange", failure="other_garment_color"),
        is_a("kurta", "yes"),
        Q.sleeve_length("sleeveless"),
        describe("kurta", "a red kurta with gold trim at the neck", failure="contradiction"),
        title="Aurelia Women Solid Orange Kurtas",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: lavender quick-dry training t-shirt, short raglan sleeves, small white swoosh on the chest, black track
    # pants with a white side stripe; white backdrop, front view. Caption/open: caption adapter epoch 3.
    case(
        "X676-007",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. Her "
            "pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("purple"),
        color_of("pants", "black"),
        Q.garment_type("t-shirt"),
        describe(
            "t-shirt",
            "the t-shirt is a t-shirt with a t-shirt and a t-shirt with a t-shirt and a t-shirt with a t-shirt and",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Nike Women Trainng Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: cobalt blue kurta with an all-over white geometric print, three-quarter sleeves, v-neck, white slim
    # pants; white backdrop, three-quarter view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-008",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and lattice patterns. It has a v-shape neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("blue"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: the kurta has a v-neck and three quarter sleeves. "
            "Question: What is the color",
            failure="leak",
            hit_limit=True,
        ),
        color_of("pants", "white"),
        wearing("a blue and white kurta with white pants", who="she"),
        Q.material("velvet", failure="unsupported"),
        title="W Women Printed Blue Kurtas",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: red sleeveless crepe shell top with a keyhole neck, white trousers, small gold hoop earrings; white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-009",
        caption(
            "The female wears a sleeveless tank top with pure color patterns. It has a round neckline. The lower "
            "clothing is of long length. The female wears earrings."
        ),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        color_of("trousers", "red", failure="other_garment_color"),
        describe("top", "red", failure="non_answer"),
        is_a("tank top", "yes"),
        Q.garment_type("dress", failure="contradiction"),
        title="United Colors of Benetton Women Solid Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: black hip-length kurta with white kantha running-stitch embroidery round the neckline, long sleeves, worn
    # over blue jeans; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The gentleman wears a long denim pants.",
            failure="pronoun",
        ),
        Q.material("cotton"),
        Q.color("black"),
        color_of("jeans", "blue"),
        details("kurta", "white embroidery around the neckline"),
        is_a("kurta", "no", failure="contradiction"),
        describe(
            "kurta",
            "the kurta is black with white embroidery around the neckline and it has long sleeves and a straight cut "
            "and it is worn with blue",
            failure="cut",
            hit_limit=True,
        ),
        title="Mother Earth Women Collt Organic Cotton Black Kurtas",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: sky-blue chiffon top with small white polka dots, short flutter sleeves, round neck, no belt or tie, white
    # cotton shorts; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-011",
        caption(
            "This woman wears a short-sleeve blouse with graphic patterns. The blouse is with chiffon fabric. The "
            "shorts this woman wears are of three-point length. The shorts are with cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("polka dots"),
        Q.color("blue"),
        color_of("shorts", "blue", failure="other_garment_color"),
        wearing("a blue top with white polka dots and white shorts"),
        describe(
            "top",
            "the top is a short sleeve blouse with polka dots. the top is a short sleeve blouse with polka dots. the "
            "top is a short",
            failure="loop",
            hit_limit=True,
        ),
        details("top", "ruffled sleeves and a tie at the waist", failure="unsupported"),
        title="Tokyo Talkies Women Printed Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: sea-green straight kurta, three-quarter sleeves, round neck with self-colored pintucks on the yoke, white
    # leggings; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-012",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round "
            "neckline. The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.color("green"),
        color_of("leggings", "white"),
        Q.garment_type("kurta"),
        details("kurta", "the kurta details are the kurta details", failure="restated"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("checked", failure="contradiction"),
        title="W Women Solid Sea Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black short-sleeve shift dress with a scattered white floral print, knee length, no belt, black heels;
    # white backdrop, full length. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-013",
        caption(
            "This lady is wearing a short-sleeve dress with floral patterns. The dress is of knee length. She "
            "wears a pair of leather shoes."
        ),
        Q.pattern("floral"),
        Q.color("black"),
        color_of("dress", "white", failure="contradiction"),
        describe("dress", "she is wearing a black dress with white flowers and a black belt", failure="unsupported"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the dress has short sleeves and a round neckline and it is made of a light fabric with white flowers on "
            "a black background and the",
            failure="cut",
            hit_limit=True,
        ),
        title="Sepia Women Printed Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: off-white kurta with an all-over gold foil print, long sleeves, gold-beige churidar; white backdrop, front
    # view. Caption/open: caption adapter epoch 3 (one of its rare base-like captions); closed: reference engine.
    case(
        "X676-014",
        caption("a woman wearing a white and gold kurta with gold leggings"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.material(
            "cotton fabric and gold patterns. the fabric is cotton and it has gold patterns. the fabric is cotton and "
            "it has",
            failure="loop",
            hit_limit=True,
        ),
        wearing("she is wearing a white kurta with gold print and gold leggings"),
        describe(
            "kurta",
            "a white kurta with gold print Question: What is the color of the leggings? Answer: gold Question: What",
            failure="leak",
            hit_limit=True,
        ),
        title="Diva Women Gold Printed Kurta",
        category="Kurtas",
        color="Gold",
        gender="Women",
    ),
    # photo: off-white long-sleeve blouse with a black bow tie at the neck, buttoned cuffs, black pencil skirt; white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-015",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It "
            "has a lapel neckline. The lady wears a skirt.",
            failure="unsupported",
        ),
        Q.color("white"),
        color_of("bow", "black"),
        color_of("skirt", "white", failure="other_garment_color"),
        details("blouse", "a bow at the neck and long sleeves with buttoned cuffs"),
        Q.garment_type("top"),
        describe("blouse", "nice", failure="non_answer"),
        title="Arrow Woman Bow Off White Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: kurta with a yellow yoke and a pink-and-green bandhani-print body, plain yoke, three-quarter sleeves,
    # pink churidar; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-016",
        caption(
            "The lady wears a medium-sleeve dress with color block patterns. The dress is of long length. The dress "
            "is of long length. The dress is of long length. The dress is of long length. The dress is of long",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("printed"),
        color_of("churidar", "yellow", failure="other_garment_color"),
        wearing("a pink and yellow kurta", who="she"),
        is_a("dress", "yes", failure="contradiction"),
        details("kurta", "mirror work on the yoke and tassels at the neck", failure="unsupported"),
        title="Aneri Women Kaalki Multi Coloured Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: olive v-neck t-shirt, short sleeves, white jeans; white backdrop, front view. Caption/open: caption
    # adapter epoch 3; closed: reference engine.
    case(
        "X676-017",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. The "
            "pants this lady wears are of long length. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("green"),
        color_of("jeans", "white"),
        Q.sleeve_length("short"),
        describe(
            "t-shirt",
            "Question: Describe the t-shirt. Answer: The T-shirt has short sleeves. Question: What is",
            failure="leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.garment_type("shirt", failure="contradiction"),
        wearing("his t-shirt is green and his jeans are white", failure="pronoun", who="she"),
        title="United Colors of Benetton Women Solid Olive T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: rust (orange-brown) straight kurta, long sleeves, mandarin collar, no jewelry, cream palazzo pants; white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. It has a stand neckline. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns.",
            failure="contradiction",
        ),
        Q.color("orange"),
        color_of("palazzo", "cream"),
        Q.garment_type("kurta"),
        details(
            "kurta",
            "the kurta has a mandarin collar, a mandarin collar, a mandarin collar, a mandarin collar, a mandarin "
            "collar",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a brown kurta with a gold necklace and earrings", failure="unsupported"),
        title="Aurelia Women Solid Rust Brown Kurtas",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: yellow cami top with thin straps and white floral embroidery along the hem, blue denim shorts, no hat or
    # sunglasses; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-019",
        caption(
            "The tank top this lady wears has no sleeves, cotton fabric and pure color patterns. The shorts are of "
            "three-point length. The shorts are with denim fabric and pure color patterns."
        ),
        Q.sleeve_length("sleeveless"),
        Q.color("yellow"),
        color_of("shorts", "blue"),
        wearing("a yellow tank top and denim shorts, a straw hat and sunglasses", failure="unsupported"),
        describe("top", "yes", failure="non_answer"),
        title="Roxy Women Yellow Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: red kurta with a curved hem and a white floral print band along the hem, short sleeves, round neck, white
    # leggings; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-020",
        caption("a woman in a red kurta and white leggings posing on a white background"),
        Q.color("red"),
        color_of("leggings", "white"),
        details("kurta", "he has a round bottom and a white floral print", failure="pronoun"),
        Q.sleeve_length("long", failure="contradiction"),
        is_a("kurta", "yes"),
        wearing(
            "a red kurta and white leggings. Question: is this a kurta? Answer: yes. Question: what",
            failure="leak",
            hit_limit=True,
        ),
        title="W Women Round Bottom Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: green cotton shirt with sleeves rolled up and held by button tabs, two flap chest pockets, worn open over
    # a white tank top, blue jeans, a watch on the left wrist; white backdrop. Caption/open: caption adapter epoch 3.
    case(
        "X676-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. It has a lapel neckline. The lady "
            "wears a long denim pants. There is an accessory on her wrist."
        ),
        Q.color("green"),
        color_of("shirt", "white", failure="other_garment_color"),
        details("shirt", "roll-up sleeves with button tabs, two chest pockets with flaps"),
        Q.garment_type("shirt"),
        color_of("jeans", "blue"),
        wearing(
            "she is wearing a green shirt with the sleeves rolled up over a white tank top and blue jeans and a watch "
            "on her left",
            failure="cut",
            hit_limit=True,
        ),
        title="Wrangler Women Roll Up Green Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: white polo t-shirt with navy tipping on the collar and a small navy logo on the left chest, short sleeves,
    # worn untucked over blue jeans (waist hidden); white backdrop. Caption/open: caption adapter epoch 3.
    case(
        "X676-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. It has a lapel neckline. The lady "
            "wears a long denim pants."
        ),
        Q.color("white"),
        color_of("t-shirt", "the t-shirt is blue and the jeans are blue", failure="other_garment_color", kind="open"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "the t-shirt has a collar with a navy blue stripe and a small logo on the left chest"),
        wearing(
            "the woman is wearing a white polo shirt and blue jeans with a brown leather belt",
            failure="unsupported",
            who="the woman",
        ),
        Q.sleeve_length("long", failure="contradiction"),
        title="Flying Machine Women Solid White Polo Tshirts",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: beige kurta with white chikan-style embroidery down the front, v-neck, long sleeves, white pants; white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-023",
        caption(
            "The upper clothing has long sleeves, cotton fabric and complicated patterns. It has a v-shape "
            "neckline. The lower clothing is of long length."
        ),
        Q.pattern("embroidered"),
        Q.color("beige"),
        color_of("pants", "beige", failure="other_garment_color"),
        describe(
            "kurta",
            "the kurta is made of cotton and has embroidery on the front. the kurta is made of cotton and has "
            "embroidery on the front. the kurta",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        title="Mother Earth Women Embroided Beige Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: maroon-and-white vertical-striped sleeveless top, round neck, plain front with no pocket, black trousers;
    # white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-024",
        caption(
            "This woman wears a tank top with striped patterns. The tank top is with cotton fabric. It has a round "
            "neckline. This woman wears a long trousers."
        ),
        Q.pattern("striped"),
        Q.color("maroon"),
        color_of("trousers", "black"),
        details(
            "top",
            "the top details are the stripes on the top. the top details are the stripes on the top. the top details "
            "are the",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long", failure="contradiction"),
        describe("top", "the top has a pocket on the chest and a zip at the back", failure="unsupported"),
        title="Mother Earth Women Stripes Maroon Tops",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: purple kurta with white block-printed paisleys, three-quarter sleeves, round neck, white churidar; white
    # backdrop, three-quarter view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-025",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.pattern("printed"),
        wearing("purple", failure="non_answer", who="she"),
        color_of("churidar", "purple", failure="other_garment_color"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question:", failure="leak", hit_limit=True
        ),
        title="W Women Block Print Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: cream top with a black zebra-stripe print, short sleeves with a small flutter hem, round neck, plain
    # neckline, black jeans; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference.
    case(
        "X676-026",
        caption(
            "Her shirt has short sleeves, chiffon fabric and graphic patterns. It has a round "
            "neckline. She wears a "
            "long pants. The pants are with denim fabric and solid color patterns."
        ),
        Q.pattern("printed"),
        Q.color("white"),
        color_of("jeans", "black"),
        describe("top", "a cream top with a black zebra print on it, the sleeves have a small ruffle"),
        wearing("the person is wearing a top and pants"),
        Q.garment_type("dress", failure="contradiction"),
        details("top", "lace trim on the neckline", failure="unsupported"),
        title="Arrow Women Zebra Cream Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: pink flared anarkali kurta, long sleeves, gold gota trim at the neck and hem, pink churidar, matching pink
    # dupatta with a gold border over both shoulders; white backdrop, front view. Caption/open: caption adapter ep. 3.
    case(
        "X676-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length.",
            failure="contradiction",
        ),
        Q.garment_type("kurta"),
        Q.color("pink"),
        color_of("dupatta", "pink"),
        details("kurta", "gold trim at the neck and hem"),
        Q.material(
            "The upper clothing has long sleeves and pure color patterns. It has a round neckline.",
            failure="non_answer",
        ),
        wearing(
            "a pink anarkali kurta with a pink dupatta with gold border and pink churidar and the dupatta is draped "
            "over both shoulders and the",
            failure="cut",
            hit_limit=True,
        ),
        title="Aneri Women Swara Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: solid purple polo t-shirt with a white swoosh, short sleeves, white pleated tennis skirt; white backdrop,
    # front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. It has a lapel neckline. The lady "
            "wears a short skirt."
        ),
        Q.color("purple"),
        color_of("skirt", "white"),
        wearing("he is wearing a purple polo shirt and a white skirt", failure="pronoun", who="she"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt"),
        Q.pattern("striped", failure="contradiction"),
        title="Nike Women Purple Polo Tshirt",
        category="Tshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: olive kurta with a small mustard-and-white floral print, long sleeves, round neck with a keyhole, mustard
    # leggings, no dupatta, no bangles; white backdrop. Caption/open: caption adapter epoch 3; closed: reference.
    case(
        "X676-029",
        caption(
            "The lady is wearing a long-sleeve shirt with floral patterns. The lady wears a long leggings. The "
            "leggings are with cotton fabric and pure color patterns. The lady wears a long leggings. The lady wears a "
            "long",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("yellow", failure="other_garment_color"),
        Q.pattern("floral"),
        color_of("leggings", "yellow"),
        describe("kurta", "the kurta is green with small flowers and a keyhole neck"),
        is_a("kurta", "yes"),
        wearing(
            "she is wearing a green kurta with a mustard dupatta and gold bangles", failure="unsupported", who="she"
        ),
        details("kurta", "the kurta has kurta details on the kurta", failure="restated"),
        title="Diva Women Printed Olive Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: grey melange long-sleeve knit top, crew neck, under an open navy cardigan, blue jeans; white backdrop,
    # front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-030",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. It has a round neckline. The lady also "
            "wears an outer clothing, with knitting fabric and pure color patterns. The lower clothing is of long",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("navy blue", failure="other_garment_color"),
        color_of("cardigan", "navy blue"),
        Q.garment_type("top"),
        wearing("a grey top, a navy cardigan and jeans"),
        details(
            "top",
            "the top is a top with a round neck and long sleeves and a round neck and long sleeves and a round neck "
            "and long",
            failure="loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Solid Grey Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: rust kurta with a black-and-beige ethnic motif print, three-quarter sleeves, v-neck, black palazzo pants;
    # white backdrop, front view. Caption/open: caption adapter epoch 3 (a base-like caption); closed: reference.
    case(
        "X676-031",
        caption("a woman wearing an orange kurta and black palazzo pants on a white background"),
        Q.color("orange"),
        color_of("palazzo", "orange", failure="other_garment_color"),
        describe(
            "kurta",
            "the kurta has a v neck and a print of black and beige Question: What is the color of the palazzo? "
            "Answer: black",
            failure="leak",
            hit_limit=True,
        ),
        Q.pattern("solid", failure="contradiction"),
        Q.sleeve_length("three-quarter"),
        title="Visudh Women Printed Rust Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: solid navy blue wrap dress with a thin self-tie belt, long sleeves, v-neck, knee length, no visible
    # pockets, nude heels; white backdrop, full length. Caption/open: caption adapter epoch 3; closed: reference.
    case(
        "X676-032",
        caption(
            "This lady is wearing a long-sleeve dress with pure color patterns. The dress is of knee length. It "
            "has a v-shape neckline. There is a belt around her waist."
        ),
        Q.color("blue"),
        Q.garment_type("dress"),
        describe(
            "dress", "a navy blue dress with long sleeves and a v neck with pockets on the side", failure="unsupported"
        ),
        Q.sleeve_length("long"),
        wearing("a navy dress with a belt and beige heels"),
        Q.pattern("floral", failure="contradiction"),
        details("dress", "", failure="non_answer"),
        title="Avirate Women Navy Blue Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: orange peplum top, cap sleeves, round neck, white skinny jeans; white backdrop, front view. Seller row
    # without a category. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-033",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. The",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("orange"),
        color_of("top", "white", failure="other_garment_color", kind="open"),
        details("top", "a peplum waist and cap sleeves"),
        Q.garment_type("top"),
        wearing(
            "Answer: an orange top and white jeans\nQuestion: What is the color of", failure="leak", hit_limit=True
        ),
        title="Arrow Woman Cameron Orange Top",
        color="Orange",
        gender="Women",
    ),
    # photo: off-white kurta with pink thread work on the yoke, long sleeves, round neck, pink churidar, hands visible
    # with no rings; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-034",
        caption(
            "Her upper clothing has long sleeves and pure color patterns. It has a round neckline. Her leggings "
            "are of long length. There is a ring on her finger.",
            failure="unsupported",
        ),
        Q.color("white"),
        color_of("churidar", "pink"),
        details("kurta", "pink thread embroidery on the yoke"),
        Q.pattern("embroidered"),
        describe("kurta", "a white kurta"),
        wearing(
            "an off white kurta with pink embroidery on the yoke and pink churidar, the kurta has long sleeves and a "
            "round",
            failure="cut",
            hit_limit=True,
        ),
        title="W Women Thread Work Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: girl in a green short-sleeve t-shirt with a printed cartoon bear, blue denim shorts; white backdrop, full
    # length. Caption/open: caption adapter epoch 3 (base-like caption); closed: reference engine.
    case(
        "X676-035",
        caption("a little girl wearing a green t - shirt with a cartoon on it and denim shorts"),
        Q.pattern("graphic"),
        Q.color("green"),
        wearing("a boy in a green shirt", failure="pronoun"),
        color_of("shorts", "green", failure="other_garment_color"),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Ant Kids Girl Cheerful Green Tops",
        category="Tops",
        color="Green",
        gender="Girls",
    ),
    # photo: black sleeveless straight kurta, round neck, white leggings, a red-and-yellow printed dupatta round the
    # neck; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-036",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The lady wears leggings. There is a scarf "
            "on her neck.",
            failure="contradiction",
        ),
        Q.color("black"),
        color_of("dupatta", "black", failure="other_garment_color"),
        wearing("a black kurta, white leggings and a red printed dupatta"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "the lady wears a sleeveless dress with pure color patterns. the lady wears leggings. there is a scarf on "
            "her neck. the lady",
            failure="cut",
            hit_limit=True,
        ),
        title="Aurelia Women Solid Black Kurtas",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: faded lilac long-sleeve henley top with a three-button placket, no hood, grey jeans; white backdrop, front
    # view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-037",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. It has a round neckline. The lady "
            "wears a long pants."
        ),
        Q.color("purple"),
        color_of("jeans", "grey"),
        describe("top", "the top is a top", failure="restated"),
        details("top", "three buttons on the placket"),
        Q.garment_type("top"),
        wearing("a purple sweater with a hood", failure="unsupported"),
        title="s.Oliver Women Faded Lilac Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: purple kurta with small white flowers all over, three-quarter sleeves, round neck, white leggings; white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-038",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The shirt is with cotton fabric. The shirt is with cotton "
            "fabric. The shirt is with cotton",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.color("blue", failure="contradiction"),
        color_of("leggings", "white"),
        wearing("a purple floral kurta with white leggings"),
        describe("kurta", "describe the kurta", failure="restated"),
        details(
            "kurta",
            "small white flowers all over the kurta and three quarter sleeves and a round neck with a",
            failure="cut",
            hit_limit=True,
        ),
        title="W Women Small Flower Pattern Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: pink cropped t-shirt with "LOVE" printed in white across the chest, short sleeves, high-waisted black
    # skirt; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-039",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. Her skirt "
            "is of knee length. The skirt is with cotton fabric and pure color patterns."
        ),
        Q.color("pink"),
        color_of("skirt", "pink", failure="other_garment_color"),
        details("top", "the word love printed in white on the front"),
        Q.pattern("floral", failure="contradiction"),
        Q.garment_type("top"),
        describe(
            "top",
            "a pink t-shirt with love written on it Question: Describe the skirt. Answer: a black skirt Question:",
            failure="leak",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Printed PinkTop",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: yellow kurta, long sleeves, mandarin collar, side slits, white palazzo pants, cropped at the shin (feet out
    # of frame); white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-040",
        caption(
            "The upper clothing has long sleeves and pure color patterns. It has a stand neckline. The lady "
            "wears a long pants. The lady wears a pair of shoes.",
            failure="unsupported",
        ),
        Q.color("yellow"),
        color_of("palazzo", "yellow", failure="other_garment_color"),
        Q.garment_type("shirt", failure="contradiction"),
        details("kurta", "side slits and a mandarin collar"),
        Q.material("cotton"),
        wearing("clothes", failure="non_answer", who="she"),
        title="W Women Solid Yellow Kurtas",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: knit top with a white body and wide navy and red horizontal bands across the chest, long sleeves, round
    # neck, navy jeans; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-041",
        caption(
            "This woman wears a long-sleeve sweater with color block patterns. It has a round neckline. This woman "
            "wears a long denim pants."
        ),
        Q.pattern("striped"),
        Q.color("white"),
        wearing("a white, blue and red top and jeans"),
        describe(
            "top",
            "a long sleeve sweater with stripes and a round neck. she is wearing a long sleeve sweater with stripes "
            "and a round neck. she",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short", failure="contradiction"),
        title="United Colors of Benetton Women Multi Coloured Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: grey kurta with a black-and-white geometric print, long sleeves, round neck, black leggings; white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-042",
        caption(
            "a woman in a grey printed kurta and black leggings Question: What is she wearing? Answer: a grey kurta "
            "Question: What is",
            failure="leak",
            hit_limit=True,
        ),
        Q.color("grey"),
        color_of("leggings", "black"),
        Q.pattern("printed"),
        details("kurta", "The upper clothing has long sleeves, cotton fabric and lattice patterns."),
        wearing("the person is wearing a grey kurta and black leggings"),
        Q.material("wool", failure="unsupported"),
        is_a("dress", "yes", failure="contradiction"),
        title="W Women Printed Grey Kurtas",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: beige tunic-length top with a brown block-print border at the hem and sleeves, three-quarter sleeves,
    # v-neck, brown trousers, empty hands; white backdrop. Caption/open: caption adapter epoch 3; closed: reference.
    case(
        "X676-043",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a v-shape "
            "neckline. The lower clothing is of long length."
        ),
        Q.color("brown", failure="other_garment_color"),
        color_of("trousers", "brown"),
        describe(
            "top",
            "the top is made of cotton and has a brown print on the hem and the sleeves and a v neck and",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        wearing("a beige top and brown trousers and a brown handbag", failure="unsupported"),
        title="Mother Earth Women Printed Beige Tops",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: girl in a red party dress with a tulle skirt, short puff sleeves, a white peter pan collar, black shoes,
    # hair loose with no band; white backdrop, full length. Caption/open: caption adapter epoch 3; closed: reference.
    case(
        "X676-044",
        caption(
            "The girl wears a short-sleeve dress with pure color patterns. The dress is of knee length. The dress is "
            "of knee length. The dress is of knee length. The dress is of knee length. The dress is of",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("red"),
        color_of("collar", "white"),
        describe("dress", "a red dress with a white peter pan collar and puffed sleeves"),
        is_a("dress", "yes"),
        wearing(
            "she is wearing a red dress with a white collar and a pink hair band", failure="unsupported", who="she"
        ),
        details("dress", "the dress has details", failure="restated"),
        title="Gini and Jony Girls Red Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: black long-sleeve poplin shirt, button front, tucked into a camel knee-length skirt; white backdrop,
    # front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X676-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. It has a lapel neckline. The lady "
            "wears a skirt. The skirt is of knee length. The skirt is with cotton fabric and pure color patterns."
        ),
        Q.color("black"),
        color_of("skirt", "black", failure="other_garment_color"),
        details("shirt", "the details of the shirt are the details", failure="restated"),
        Q.garment_type("shirt"),
        Q.material("denim", failure="unsupported"),
        Q.sleeve_length("short", failure="contradiction"),
        title="United Colors of Benetton Women Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: teal kurta with an orange-and-white tribal ikat print, three-quarter sleeves, round neck, white leggings;
    # white backdrop, front view. The seller row has no base colour. Caption/open: caption adapter epoch 3.
    case(
        "X676-046",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and complicated patterns. The lower clothing is of "
            "long length. The fabric is cotton and it has pure color patterns. Her leggings are",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("leggings", "white"),
        wearing(
            "she is wearing a teal kurta with white leggings and she is wearing a teal kurta with white leggings and "
            "she is wearing a",
            failure="loop",
            hit_limit=True,
            who="she",
        ),
        Q.pattern("printed"),
        describe("kurta", "a teal kurta with an orange and white tribal print and three quarter sleeves"),
        details(
            "kurta",
            "Answer: three quarter sleeves and a round neck\nQuestion: What are the",
            failure="leak",
            hit_limit=True,
        ),
        title="Global Desi Women Printed Teal Kurta",
        category="Kurtas",
        gender="Women",
    ),
]
