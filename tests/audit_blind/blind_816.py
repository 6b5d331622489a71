"""BLIND_816 (46 products; Myntra ethnic wear and dresses, caption epoch 2): written blind in the fifty-sixth session.
Measured blind at ceb377f (the session's first rules): 109/124 failures found (87.9%) and 11/177 correct texts flagged
(6.2%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind, with short titles ("Biba Women Green Kurta"), women's
ethnic wear and dresses: kurtas, a tunic, kurta sets, sarees, lehenga cholis, churidar, patiala, leggings, a skirt
and western dresses, plus one girls' frock. Photos are 224x224 catalog shots on a white backdrop, mostly full-body,
the model wearing the product with other clothes (leggings, churidar or palazzos under a kurta, a blouse under a
saree, a tee under a pinafore, a denim jacket over a sundress) and sometimes a dupatta, jewellery or a bag.
A few rows lack a column, as the feed does (no gender on one saree, no category on one lehenga).

Who wrote what: captions and every open answer come from blip2-opt-2.7b with the caption adapter at epoch 2 (the
checkpoint between the published epoch-1 and epoch-3 caption adapters), greedy, 50 new tokens for captions and 30
for answers. Its habits: the DeepFashion template ("The lady wears a medium-sleeve shirt with pure color patterns
and a long leggings"), pattern words instead of hues in captions, a kurta called "shirt", "top" and now and then
"dress", a saree called "dress", template accessory sentences ("There is an accessory on her wrist", "This lady
wears a ring") whether or not there is one, "The gentleman" for a woman now and then. Short answers mostly stop on a
newline and carry base-model hues ("a teal kurta"); long ones loop on a clause or run to the limit, and some carry
on into a new "Question: ... Answer:" turn. Closed answers (garment type, color, pattern, sleeve length, the
yes/no garment question, closed color questions) come from enrich's --engine reference ranking candidates with the
same adapter: never looped or cut, but often the leggings', dupatta's or blouse's color, or the wrong sleeves.

Labeling conventions and judgement calls:
- Truth is the photo as described in each "# photo:" line, not the seller: where the seller's color is wrong (a
  "Brown" kurta that is rust), the answer matching the photo is correct.
- A kurta or tunic called "shirt", "top" or "long shirt" is correct (the template has no word for it); a kurta or a
  saree called "dress" is a contradiction. A lehenga called "skirt" is correct, and "yes" to "Is this a skirt?" for a
  lehenga is correct. Churidar and leggings are the same garment for these labels; a patiala salwar is "pants".
- One label per text, the most salient: a loop that also invents a detail is "loop"; a caption cut at the limit that
  also says "pure color" for a printed kurta is "cut"; a leak is "leak" whatever the answer before it says.
- other_garment_color: the product itself (or a question about it) gets the color of another worn garment or of a
  prop (leggings, palazzos, dupatta, blouse, jacket, tee, belt). A color about another garment that is wrong (the
  pants given the kurta's color, shoes given the dress's color), and colors swapped inside one garment, are
  "contradiction". A wrong closed color that no other garment in the photo has is "contradiction".
- A closed sleeve answer that gives another garment's sleeves (the tee's short sleeves for a pinafore dress, the
  jacket's long sleeves for a strappy dress) is "contradiction".
- unsupported: a detail or fabric the photo does not show or that contradicts the visible fabric (pockets, zips at a
  hidden back, tassels, rings, a dupatta that is not there, silk/denim/leather/furry for a cotton or crepe piece).
  A fabric the photo shows plainly (denim, lace, sheer chiffon, glossy silk, matte cotton) is correct.
- non_answer: an empty answer, "yes" to an open question, one bare word ("white", "pink") to an open question, a
  pattern-only reply ("pure color patterns") to a color question, or only the length ("they are long") for details.
  A thin but true answer ("she is wearing a dress", "a blue kurta", "paisley print") is correct.
- restated: the answer gives back the question's own words as its content ("The dress is a dress").
- pronoun: "he", "his", "the gentleman" for a Women or Girls row; a missing gender column gets no pronoun labels.
  "This female" or "the lady" for a girl is not labelled.
- hit_limit=True only on texts that ran to 50 (caption) or 30 (answer) new tokens: every loop and cut, and the leaks
  that went on to the limit. Texts that end cleanly stopped on a newline.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
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

neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_816 = [
    # photo: bottle-green straight cotton kurta, 3/4 sleeves, small gold block print on the yoke, white churidar,
    # silver jhumkas, no bracelet; white backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-001",
        caption(
            "The lady wears a medium-sleeve top with pure color patterns and a long leggings. The top is with cotton "
            "fabric. The neckline of it is round. The leggings are with pure color patterns."
        ),
        wearing("a green kurta and white leggings", who="she"),
        color_of("kurta", "green"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "kurta",
            "The kurta has a round neckline and a printed yoke. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an accessory on her",
            "loop",
            hit_limit=True,
        ),
        Q.material("The kurta is with silk fabric.", "unsupported"),
        title="Biba Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: navy A-line kurta with a white floral print all over, full sleeves, V neck, white palazzos; white
    # backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-002",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length. The dress is with "
            "cotton fabric. It has a V-shape neckline.",
            "contradiction",
        ),
        wearing("a white kurta with white palazzos", "other_garment_color", who="she"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        color_of("pants", "white", kind="open"),
        describe(
            "kurta",
            "The kurta is navy with white flowers printed all over and long sleeves. Question: What is the color of "
            "the kurta? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        title="W Women Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red sheer chiffon saree with a gold zari border, matching red short-sleeve blouse, pallu over the left
    # shoulder, gold bangles on both wrists; white backdrop, full-body front view. Caption adapter epoch 2.
    case(
        "X816-003",
        caption("The lady wears a red saree with a gold border and a red blouse. There is an accessory on her wrist."),
        wearing("a red saree", who="she"),
        color_of("saree", "red"),
        details("saree", "The saree details are the details of the saree, the saree is a saree.", "restated"),
        is_a("dress", "yes", "contradiction"),
        Q.material("The saree is with chiffon fabric."),
        describe(
            "saree",
            "The saree is red with a gold border, the pallu is draped over the left shoulder and the blouse is red "
            "with short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        title="Aneri Women Red Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: black sleeveless knee-length bodycon dress in a jersey knit, round neck, nude heels, no jewellery
    # visible; white backdrop, full-body. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of knee length. It has a round "
            "neckline. This lady wears a ring.",
            "unsupported",
        ),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("striped", "contradiction"),
        describe("dress", "a black sleeveless dress that ends at the knee"),
        wearing(
            "The gentleman wears a sleeveless dress with pure color patterns. The dress is of knee length.",
            "pronoun",
            who="she",
        ),
        title="Jealous 21 Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: rust-orange cotton kurta with mirror work round the neck, 3/4 sleeves, solid body, off-white salwar,
    # oxidised silver earrings; white backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-005",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The neckline of it is round. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "orange"),
        color_of("pants", "orange", "contradiction", kind="open"),
        details("kurta", "The kurta has mirror work around the neckline and three-quarter sleeves."),
        Q.pattern("solid"),
        neckline("The neckline of it is round."),
        title="Fabindia Women Orange Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: pink straight cotton kurta, long sleeves, small white embroidery at the neck only, white leggings, a
    # white dupatta round the neck; white backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The leggings are with "
            "pure color patterns. There is a scarf on her neck."
        ),
        wearing("a white kurta with white leggings and a white scarf", "other_garment_color", who="she"),
        Q.color("pink"),
        is_a("kurta", "yes"),
        describe("kurta", "pink", "non_answer"),
        Q.material("cotton"),
        title="Libas Women Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: purple crepe saree with an abstract black and gold print, black sleeveless blouse, no jewellery on the
    # wrists; white backdrop, full-body three-quarter view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-007",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is of long length. There is an "
            "accessory on her wrist. There is an accessory on her wrist. There is an accessory on her wrist. There "
            "is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple saree with a black blouse", who="she"),
        color_of("saree", "black", "other_garment_color"),
        Q.pattern("printed"),
        details("saree", "The saree has a black and gold abstract print, worn with a black sleeveless blouse."),
        color_of("blouse", "purple", "contradiction", kind="open"),
        title="Satya Paul Women Purple Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: red short-sleeve fit-and-flare knee-length dress with white polka dots, round neck, no belt, white
    # sneakers; white backdrop, full-body. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-008",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is of knee length. The neckline of "
            "it is round."
        ),
        Q.color("red"),
        Q.pattern("polka dots"),
        describe(
            "dress",
            "The dress is red with white polka dots and short sleeves. It has a round neckline and a belt at the "
            "waist.",
            "unsupported",
        ),
        wearing("She is wearing a red dress with white polka dots and white sneakers.", who="she"),
        is_a("skirt", "no"),
        color_of("shoes", "red", "contradiction", kind="open"),
        title="Vero Moda Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: mustard-yellow cotton kurta with small maroon block-print motifs, 3/4 sleeves, mandarin collar, maroon
    # churidar; white backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-009",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a stand neckline. The pants are with pure color patterns."
        ),
        Q.color("maroon", "other_garment_color"),
        Q.garment_type("kurta"),
        wearing("a yellow kurta and maroon pants", who="she"),
        details(
            "kurta",
            "the kurta has a mandarin collar, the kurta has a mandarin collar, the kurta has a mandarin collar, the "
            "kurta has a mandarin",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Mother Earth Women Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: blush-pink sleeveless skater dress, lace bodice, sheer chiffon skirt to mid-thigh, back not visible, no
    # pockets, nude sandals; white backdrop, full-body front. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. The dress is "
            "with chiffon fabric."
        ),
        Q.color("pink"),
        Q.garment_type("dress"),
        describe("dress", "The dress is a dress.", "restated"),
        details(
            "dress",
            "The dress has a lace bodice and a flared skirt. It has a zip on the back and two pockets at the sides.",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        wearing(
            "a pink dress with a pink dress with a pink dress with a pink dress with a pink dress with a pink dress "
            "with a pink",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Avirate Women Pink Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: royal-blue sleeveless asymmetric kurta with a white geometric print, round neck, white slim pants;
    # white backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-011",
        caption(
            "The gentleman wears a sleeveless shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with pure color patterns.",
            "pronoun",
        ),
        wearing("A blue printed kurta with white pants", who="she"),
        Q.sleeve_length("sleeveless"),
        color_of("pants", "blue", "contradiction", kind="open"),
        Q.pattern("geometric"),
        neckline(
            "round Question: What is the sleeve length of the garment? Answer: sleeveless Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Global Desi Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: teal straight cotton kurta with a gold foil print along the hem, 3/4 sleeves, side pockets with her
    # hands in them, beige palazzos; white backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-012",
        caption(
            "The lady wears a medium-sleeve top with graphic patterns and a long trousers. The top is with cotton "
            "fabric. The trousers are with pure color patterns."
        ),
        Q.color("teal"),
        wearing("a teal kurta with beige palazzo pants", who="she"),
        describe(
            "kurta",
            "The kurta is teal with a gold print along the hem and three-quarter sleeves. It has two pockets on the "
            "sides.",
        ),
        details(
            "kurta",
            "The lady wears a medium-sleeve top with graphic patterns and a long trousers. The top is with cotton "
            "fabric. The trousers are",
            "cut",
            hit_limit=True,
        ),
        Q.material("The top is with denim fabric.", "unsupported"),
        color_of("kurta", "beige", "other_garment_color", kind="open"),
        title="Aurelia Women Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: lemon-yellow maxi dress in chiffon with thin straps and a small white floral print, brown sandals, a
    # straw hat held in her right hand; white backdrop, full-body. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-013",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is of long length. The dress is with "
            "chiffon fabric. The neckline of it is suspenders. There is a hat in her hand."
        ),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        wearing("a yellow dress with white flowers", who="she"),
        describe(
            "dress",
            "The dress is of long length. The dress is of long length. The dress is of long length. The dress is of "
            "long length. The dress is",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.material("The dress is with denim fabric.", "unsupported"),
        title="Mineral Women Yellow Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: green crepe saree with a blue paisley print, green short-sleeve blouse, glass bangles on the left wrist;
    # white backdrop, full-body front. No gender column in the feed. Caption adapter epoch 2; closed reference.
    case(
        "X816-014",
        caption(
            "The lady wears a long dress with floral patterns. The dress is with chiffon fabric. There is an "
            "accessory on her wrist.",
            "contradiction",
        ),
        wearing("a green printed saree with a green blouse"),
        Q.garment_type("saree"),
        Q.color("green"),
        Q.pattern("paisley"),
        details("saree", "paisley print"),
        Q.material("The saree is with silk fabric and has a zari border.", "unsupported"),
        title="Prafful Women Green Saree",
        category="Sarees",
        color="Green",
    ),
    # photo: maroon straight kurta with gold embroidery on the yoke, long sleeves, golden-beige churidar, a gold
    # necklace, no dupatta; white backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-015",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a long pants. The pants are with pure "
            "color patterns. There is an accessory on her neck."
        ),
        color_of("kurta", "maroon"),
        color_of("pants", "gold", kind="open"),
        details(
            "kurta",
            "gold embroidery on the yoke Question: What is the color of the pants? Answer: gold",
            "leak",
        ),
        wearing("She is wearing a maroon kurta with gold churidar and a maroon dupatta.", "unsupported", who="she"),
        Q.sleeve_length("long sleeves"),
        neckline("The neckline of the garment is the neckline.", "restated"),
        title="Span Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy short-sleeve shift dress with thin white horizontal stripes, above the knee, round neck, white
    # sneakers; white backdrop, full-body. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-016",
        caption(
            "The lady wears a short-sleeve dress with stripe patterns. The dress is of short length. The neckline of "
            "it is round."
        ),
        Q.pattern("striped"),
        Q.color("black", "contradiction"),
        describe("dress", "navy blue and white striped dress with short sleeves"),
        wearing("She is wearing a navy blue dress with white stripes and white shoes", who="she"),
        details(
            "dress",
            "The dress has stripes, the stripes, the stripes, the stripes, the stripes, the stripes, the stripes, the "
            "stripes, the stripes",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Navy Blue Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: indigo dabu-print cotton kurta with white floral motifs, 3/4 sleeves, round neck with a slit, white
    # cotton pants, oxidised silver earrings; white backdrop, front view. Caption adapter epoch 2; closed reference.
    case(
        "X816-017",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her ear. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("pants", "The pants are with pure color patterns.", "non_answer", kind="open"),
        Q.pattern("floral"),
        describe("kurta", "a blue kurta"),
        details("kurta", "The kurta has white flowers printed on blue and a round neck with a slit."),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Jaipur Kurti Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: pink flared lehenga skirt with a gold zari border at the hem, pink sleeveless choli, green net dupatta
    # over one arm (plain, no sequins or tassels), gold choker; white backdrop, full-body. Caption adapter epoch 2.
    case(
        "X816-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with pure "
            "color patterns. There is an accessory on her neck."
        ),
        wearing("a pink lehenga with a green dupatta", who="she"),
        Q.color("green", "other_garment_color"),
        is_a("skirt", "yes"),
        details(
            "lehenga",
            "a gold border at the hem and a sleeveless blouse, and the dupatta has tassels and sequins",
            "unsupported",
        ),
        Q.garment_type("lehenga"),
        title="Sabhyata Women Pink Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: beige kurta with thin black vertical stripes, long sleeves, round neck, brown palazzos; white backdrop,
    # front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-019",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a long trousers. The trousers are with pure "
            "color patterns."
        ),
        Q.color("brown", "other_garment_color"),
        Q.pattern("striped"),
        color_of("trousers", "brown", kind="open"),
        wearing(
            "The lady wears a long-sleeve shirt with stripe patterns. The lady wears a long-sleeve shirt with stripe "
            "patterns. The lady",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        details(
            "kurta",
            "The kurta has black stripes and a round neckline Question: What is the color of the trousers? Answer: "
            "brown",
            "leak",
            hit_limit=True,
        ),
        title="Folklore Women Beige Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: off-white churidar gathered at the ankles, worn under a red floral-print long-sleeve kurta; white
    # backdrop, full-body. The product is the churidar. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-020",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long leggings. The leggings are with pure "
            "color patterns."
        ),
        Q.garment_type("kurta", "contradiction"),
        Q.color("red", "other_garment_color"),
        color_of("leggings", "white", kind="open"),
        is_a("pair of leggings", "yes"),
        details("leggings", "they are long", "non_answer"),
        describe(
            "leggings",
            "The leggings are off white and gathered at the ankle, worn under a red kurta. Answer: off white",
            "leak",
        ),
        title="Fabindia Women Off White Churidar",
        category="Churidar",
        color="Off White",
        gender="Women",
    ),
    # photo: black straight kurta with white and red thread embroidery at the neckline, 3/4 sleeves, white leggings;
    # white backdrop, side view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-021",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with pure color patterns. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        wearing("a black kurta and white leggings", who="she"),
        describe("kurta", "The kurta is white with black embroidery", "contradiction"),
        neckline(
            "The neckline of it is round. The neckline of it is round. The neckline of it is round. The neckline of "
            "it is round. The neckline",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        title="Vishudh Women Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: olive shirt dress with a button placket, long sleeves rolled to the elbow with tabs, spread collar, a
    # self-fabric tie belt, no pockets, knee length, white sneakers; white backdrop. Caption adapter epoch 2.
    case(
        "X816-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of knee length. It has a lapel "
            "neckline. There is a belt."
        ),
        Q.color("olive"),
        describe("dress", "an olive green shirt dress with buttons down the front and a tie belt"),
        details(
            "dress",
            "The dress has buttons down the front and a tie at the waist. It has a chest pocket with a flap.",
            "unsupported",
        ),
        wearing("he is wearing a green shirt dress", "pronoun", who="she"),
        Q.garment_type("dress"),
        title="Femella Women Olive Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: patchwork kurta in pink, orange, green and blue panels, long sleeves, black leggings; back not shown;
    # white backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-023",
        caption(
            "The lady wears a long-sleeve shirt with color block patterns and a long leggings. The leggings are with "
            "pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("color block"),
        wearing("a colorful kurta with black leggings", who="she"),
        describe(
            "kurta",
            "The kurta is multicolored with panels of pink, orange, green and blue. It is silk and has a zip at the "
            "back.",
            "unsupported",
        ),
        color_of("leggings", "black", kind="open"),
        title="Biba Women Multi Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: white cotton kurta with white chikan embroidery, long sleeves, no buttons, white churidar, white
    # dupatta; white backdrop, low contrast, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric."
        ),
        Q.color("white"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "The kurta has embroidery all over, white on white. Question: What are the kurta details? Answer: The "
            "kurta has embroidery",
            "leak",
            hit_limit=True,
        ),
        Q.material("The shirt is with cotton fabric."),
        wearing("white", "non_answer", who="she"),
        describe("kurta", "a white kurta with white embroidery and gold buttons", "unsupported"),
        title="W Women White Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: light-blue denim pinafore dress, sleeveless, a patch pocket on the bib, side buttons, above the knee,
    # over a white short-sleeve tee, white sneakers; white backdrop, full-body. Caption adapter epoch 2; closed
    # answers reference.
    case(
        "X816-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a sleeveless dress. The dress is with "
            "denim fabric. The dress is of short length."
        ),
        Q.color("white", "other_garment_color"),
        Q.material("The dress is with denim fabric."),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("a blue denim dress over a white t-shirt", who="she"),
        is_a("dress", "yes"),
        details(
            "dress",
            "The dress has a bib front with two straps and buttons at the sides, a patch pocket on the bib and the hem",
            "cut",
            hit_limit=True,
        ),
        title="Mango Women Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: violet sleeveless kurta with small silver printed buttis, white palazzos, silver bangles; white
    # backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-026",
        caption(
            "The gentleman wears a sleeveless shirt with graphic patterns and a long trousers. There is an accessory "
            "on his wrist.",
            "pronoun",
        ),
        wearing("a purple kurta with white palazzo pants and bangles", who="she"),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("striped", "contradiction"),
        describe(
            "kurta",
            "The kurta is purple with small silver prints and no sleeves. The kurta is purple with small silver "
            "prints and no sleeves. The kurta is",
            "loop",
            hit_limit=True,
        ),
        title="Jashn Women Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: girl in a pink frock with a layered tulle skirt, short puff sleeves, a silver sequin bow at the waist,
    # round neck, no headband, white shoes; white backdrop, full-body. Caption adapter epoch 2; closed reference.
    case(
        "X816-027",
        caption(
            "This female wears a short-sleeve dress with pure color patterns. The dress is of knee length. The dress "
            "is with chiffon fabric."
        ),
        Q.color("pink"),
        describe("dress", "The dress is pink with a tulle skirt and a bow at the waist."),
        wearing("a pink dress and a pink headband", "unsupported", who="she"),
        is_a("skirt", "yes", "contradiction"),
        details(
            "dress",
            "The dress has a tulle skirt with layers and a silver bow at the waist, puff sleeves and a round neckline "
            "with a small",
            "cut",
            hit_limit=True,
        ),
        title="Gini & Jony Girls Pink Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: orange tunic with white embroidery at the neckline, long sleeves with roll-up tabs, no pockets, blue
    # jeans, brown sandals; white backdrop, full-body. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with denim "
            "fabric and pure color patterns."
        ),
        Q.color("blue", "other_garment_color"),
        color_of("jeans", "blue", kind="open"),
        details(
            "tunic",
            "The tunic is orange. The tunic is orange. The tunic is orange. The tunic is orange. The tunic is orange. "
            "The tunic is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("top"),
        wearing("an orange top and blue jeans", who="she"),
        describe(
            "tunic", "The tunic is orange with white embroidery at the neck and pockets on both sides.", "unsupported"
        ),
        title="Global Desi Women Orange Tunic",
        category="Tunics",
        color="Orange",
        gender="Women",
    ),
    # photo: cream glossy silk saree with a broad red border worked in gold zari, green short-sleeve blouse, gold
    # necklace; white backdrop, full-body front. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-029",
        caption(
            "The lady wears a long dress with pure color patterns. The dress is with chiffon fabric. There is an "
            "accessory on her neck.",
            "contradiction",
        ),
        Q.color("green", "other_garment_color"),
        wearing("a cream saree with a red border and a green blouse", who="she"),
        Q.material("The saree is with silk fabric."),
        details("saree", "The saree has a red border with gold zari"),
        Q.pattern("floral", "contradiction"),
        title="Aneri Women Cream Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: maroon jersey wrap dress, long sleeves, V neck, midi, black heels, a black handbag in her hand; white
    # backdrop, full-body. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. It has a "
            "V-shape neckline. There is a bag in her hand."
        ),
        Q.color("red"),
        describe("dress", "The dress is a maroon wrap dress with long sleeves and a V neck."),
        details(
            "dress",
            "Question: What are the dress details? Answer: The dress has a V-shape neckline and",
            "leak",
        ),
        wearing("a maroon dress, black heels and a black bag", who="she"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("The dress is with furry fabric.", "unsupported"),
        title="Vero Moda Women Maroon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: red cotton kurta with a white and black geometric ajrakh print, 3/4 sleeves, round neck, black
    # churidar; white backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-031",
        caption(
            "The lady wears a medium-sleeve shirt with lattice patterns and a long leggings. The leggings are with "
            "pure color patterns."
        ),
        Q.color("red"),
        color_of("leggings", "red", "contradiction", kind="open"),
        describe(
            "kurta",
            "The kurta is red with a white and black geometric print. The kurta is made of cotton and has a round "
            "neckline, the sleeves are",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing a red kurta and black leggings.", who="she"),
        Q.material("cotton"),
        Q.pattern("solid", "contradiction"),
        title="Fabindia Women Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: royal-blue patiala salwar, heavily pleated, narrow at the ankle, worn under a short white kurta with a
    # blue print, blue dupatta; waistband hidden under the kurta; white backdrop, full-body. Caption adapter epoch 2.
    case(
        "X816-032",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The pants are with pure color "
            "patterns."
        ),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "blue", kind="open"),
        details("pants", "The pants are pants.", "restated"),
        describe(
            "pants",
            "The pants are loose and pleated and narrow at the ankle. They have a drawstring and a side zip.",
            "unsupported",
        ),
        title="Biba Women Blue Patiala",
        category="Patiala",
        color="Blue",
        gender="Women",
    ),
    # photo: sea-green sleeveless skater dress above the knee, a black belt at the waist, black heels, no rings;
    # white backdrop, full-body front. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. There is a "
            "belt. This lady wears a ring. This lady wears a ring. This lady wears a ring. This lady wears a ring. "
            "This lady wears a",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        is_a("dress", "yes"),
        wearing("a green dress with a black belt and black heels", who="she"),
        describe("dress", "The dress is black with a green belt", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        title="Avirate Women Sea Green Dress",
        category="Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: yellow kurta set: yellow kurta with a white floral print, 3/4 sleeves, round neck, matching yellow
    # palazzos with the same print, white dupatta; white backdrop, full-body. Caption adapter epoch 2.
    case(
        "X816-034",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long trousers. The trousers are with "
            "floral patterns."
        ),
        Q.color("yellow"),
        color_of("trousers", "yellow", kind="open"),
        wearing("a yellow kurta with matching palazzos and a white dupatta", who="she"),
        details(
            "kurta",
            "The kurta has floral print, three-quarter sleeves and round neck, the palazzo has floral print and "
            "elastic waist, the dupatta has",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.material("The kurta is with knitting fabric.", "unsupported"),
        title="Libas Women Yellow Kurta Set",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: turquoise chiffon saree with a silver sequin border, silver sleeveless blouse, bare wrists; white
    # backdrop, side view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-035",
        caption(
            "The lady wears a blue saree and a sleeveless blouse. The saree is with chiffon fabric. It has a silver "
            "border."
        ),
        Q.color("blue"),
        color_of("blouse", "silver", kind="open"),
        wearing("yes", "non_answer", who="she"),
        details(
            "saree",
            "The saree has a silver sequin border and a silver sleeveless blouse. There is an accessory on her wrist.",
            "unsupported",
        ),
        is_a("saree", "yes"),
        describe("saree", "his saree is turquoise with a silver border", "pronoun"),
        title="Diva Women Turquoise Blue Saree",
        category="Sarees",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: grey melange cotton t-shirt dress, short sleeves, round neck, a pink graphic print on the chest, above
    # the knee, white sneakers; white backdrop, full-body. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-036",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is of short length. The dress is "
            "with cotton fabric. The neckline of it is round."
        ),
        Q.color("grey"),
        Q.pattern("printed"),
        describe("dress", "The dress is grey with a pink print on the chest and short sleeves. Answer: grey", "leak"),
        wearing("a grey dress and white sneakers", who="she"),
        Q.sleeve_length("short sleeves"),
        details("dress", "The dress has a print on the front. The gentleman wears a short-sleeve dress.", "pronoun"),
        title="Jealous 21 Women Grey Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: peach kurta with a gold foil print, cold-shoulder 3/4 sleeves, a side slit, cream palazzos; white
    # backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-037",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long trousers. The trousers are with "
            "pure color patterns."
        ),
        Q.color("pink"),
        wearing("a peach kurta and cream pants", who="she"),
        describe("kurta", "The kurta is peach with gold print and cold shoulder sleeves."),
        details(
            "kurta",
            "The kurta has a cold shoulder and a slit on the side. The kurta has a cold shoulder and a slit on the "
            "side. The kurta has a cold",
            "loop",
            hit_limit=True,
        ),
        Q.material("The kurta is with leather fabric.", "unsupported"),
        color_of("kurta", "cream", "other_garment_color"),
        title="W Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: rust-orange kurta (the seller says Brown), long sleeves, wooden buttons on the placket, plain sleeves,
    # beige pants; white backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with pure "
            "color patterns."
        ),
        Q.color("orange"),
        wearing("a rust orange kurta with beige pants", who="she"),
        color_of("pants", "orange", "contradiction", kind="open"),
        details(
            "kurta",
            "The kurta has wooden buttons on the placket and embroidery on the sleeves.",
            "unsupported",
        ),
        Q.garment_type("dress", "contradiction"),
        title="Folklore Women Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: white cotton eyelet sundress, spaghetti straps, midi, under an open light-blue denim jacket with long
    # sleeves, brown sandals; white backdrop, full-body. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-039",
        caption(
            "The lady wears a long-sleeve outer clothing with denim fabric and a long dress. The dress is with cotton "
            "fabric and pure color patterns."
        ),
        Q.color("blue", "other_garment_color"),
        wearing("a white dress with a denim jacket", who="she"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "white", "non_answer"),
        is_a("jacket", "no"),
        title="Mango Women White Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: magenta cotton-lycra leggings worn under a white kurti with a small pink floral print, 3/4 sleeves;
    # white backdrop, full-body. The product is the leggings. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-040",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long leggings. The leggings are with "
            "pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        color_of("leggings", "pink", kind="open"),
        details("leggings", "The leggings details are leggings with details.", "restated"),
        Q.material("The leggings are with cotton fabric."),
        wearing(
            "The lady wears a medium-sleeve shirt with floral patterns and a long leggings. The lady wears a "
            "medium-sleeve shirt with floral",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Go Colors Women Magenta Leggings",
        category="Leggings",
        color="Magenta",
        gender="Women",
    ),
    # photo: turquoise kurta with silver zari embroidery at the round neckline, long sleeves, side slits, white
    # churidar, white dupatta with a silver border; white backdrop, front view. Caption adapter epoch 2.
    case(
        "X816-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The leggings are with "
            "pure color patterns."
        ),
        Q.color("white", "other_garment_color"),
        wearing("a turquoise kurta, white churidar and a white dupatta", who="she"),
        neckline("round with silver embroidery"),
        is_a("dress", "yes", "contradiction"),
        describe(
            "kurta",
            "The kurta is turquoise with silver embroidery around the neck and long sleeves. It has a slit on both "
            "sides and a silver",
            "cut",
            hit_limit=True,
        ),
        title="Soch Women Turquoise Blue Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: floral maxi dress, red, blue and yellow flowers on white, halter neck, sleeveless, chiffon, brown
    # sandals; white backdrop, full-body. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-042",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is of long length. The dress is with "
            "chiffon fabric. The neckline of it is suspenders."
        ),
        Q.color("multicolor"),
        Q.pattern("floral"),
        wearing("He is wearing a long floral dress", "pronoun", who="she"),
        details("dress", "The dress has a halter neck and a flowy skirt with red, blue and yellow flowers on white."),
        Q.sleeve_length("sleeveless"),
        describe("dress", "The dress is a long dress and it is a dress.", "restated"),
        title="Tokyo Talkies Women Multi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: charcoal-grey kurta with silver buttons on the placket, mandarin collar, long sleeves, black leggings,
    # a brown tote on her shoulder; white backdrop, front view. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. There is a bag on her "
            "shoulder. The leggings are with pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        wearing("a grey kurta with black leggings and a brown bag", who="she"),
        details(
            "kurta",
            "The kurta has silver buttons and a mandarin collar. Question: What is the color of the kurta? Answer: "
            "grey Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "grey kurta with silver buttons"),
        Q.material("", "non_answer"),
        title="Vishudh Women Grey Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Women",
    ),
    # photo: red lehenga with gold embroidery all over, red half-sleeve choli, red dupatta with a gold border over
    # both shoulders, gold necklace and bangles; front view only, back not visible; white backdrop. No category.
    case(
        "X816-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with floral "
            "patterns. There is an accessory on her neck. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        wearing("a red lehenga with gold embroidery and a red dupatta", who="she"),
        Q.garment_type("skirt"),
        details(
            "lehenga",
            "The lehenga has gold embroidery all over and a red dupatta with a gold border. The choli has a deep back "
            "with tassels",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Sabhyata Women Red Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: navy lace sheath dress, 3/4 sleeves, round neck, knee length, back not visible, nude heels; white
    # backdrop, full-body. Caption adapter epoch 2; closed answers reference.
    case(
        "X816-045",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is of knee length. The neckline "
            "of it is round."
        ),
        Q.color("navy blue"),
        Q.sleeve_length("three-quarter sleeves"),
        describe(
            "dress",
            "The dress is navy blue with lace all over and three-quarter sleeves. It has a round neckline and a zip "
            "at the back and a",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a dress", who="she"),
        Q.material("The dress is with lace fabric."),
        color_of("shoes", "navy blue", "contradiction", kind="open"),
        title="Mineral Women Navy Blue Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard flared midi skirt with small white floral prints, worn with a white short-sleeve crop top, tan
    # sandals; white backdrop, full-body. The product is the skirt. Caption adapter epoch 2; closed reference.
    case(
        "X816-046",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The skirt is with "
            "floral patterns."
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("skirt"),
        wearing("a mustard skirt and a white top", who="she"),
        details(
            "skirt",
            "The skirt is with floral patterns. The skirt is with floral patterns. The skirt is with floral "
            "patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        describe(
            "skirt",
            "The skirt is mustard with small white prints and it is flared, it has a pleated waistband and falls "
            "below the knee with a",
            "cut",
            hit_limit=True,
        ),
        title="Global Desi Women Mustard Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
]
