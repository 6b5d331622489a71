"""BLIND_749 (46 products; Myntra kurtis and tops, caption adapter epoch 3): written blind in the fifty-fifth session.
Measured blind at 63d1c61 (the session's fourth rules): 103/126 failures found (81.7%) and 11/175 correct texts flagged
(6.3%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic and western-top feed: kurtas, kurtis, tunics and tops, each photographed
worn by a model with leggings, churidar, jeggings or jeans. Mostly white studio backdrops, a few grey or coloured
walls with a prop (potted plant, cane chair), one back view, some with a dupatta, bag or sunglasses in hand.
Catalog columns as the feed has them: title, category (Kurtas, Kurtis, Tunics, Tops), color (Myntra base colour),
gender; one row lacks gender, one lacks category, one lacks color.

Who wrote what: every caption and every open answer (wearing, describe, details, material, open color questions)
is free generation by the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
Salesforce/blip2-opt-2.7b, 8-bit, greedy, 50 new tokens for captions, 30 for answers). Its habits: the
DeepFashion-MultiModal template ("The lady wears a three-quarter-sleeve kurta with floral patterns. The kurta is
with cotton fabric and its neckline is round. The leggings are of long length..."), pattern words where a hue
should be ("pure color patterns"), a hue only now and then from the base model, accessory sentences it invents
("There is a ring on her finger"), "dress"/"shirt"/"tank top" for kurtas, "His"/"The gentleman" now and then, no
end token so many texts run to the limit (looping or cut), and now and then the `Question: ... Answer:` format
carried on past the answer. When the prompt names the garment ("Describe the kurta.") it says "kurta"; in captions
it more often says "top" or "upper clothing". Closed answers (garment_type, color, pattern, sleeve_length,
neckline, color of the kurta/leggings/jeans, "Is this a ...?") come from enrich's `--engine reference`, which
ranks the candidate values with the same adapter: always one clean value, never looped or cut, but often the
color of the leggings/jeans, the wall or the dupatta, and now and then a wrong pattern, sleeve or garment type.

Labeling conventions and judgement calls:
- The photo is the truth. Where the seller's color disagrees with the photo (X749-046: "Brown" that is rust),
  an answer right for the photo is correct.
- Shades inside one color group are correct (mustard = yellow, maroon = red, cream = white, magenta = pink,
  lavender = purple, teal and turquoise = blue, rust = orange, charcoal = grey, coral red = red). For a Multi
  or two-tone product any clearly dominant color of the product is correct.
- A color that belongs to another worn garment or item (leggings, jeans, dupatta) given to the product, or the
  product's color given to the leggings/jeans, is other_garment_color, open or closed. A color taken from the
  backdrop wall, or the color of the print instead of the base (black dots on a white top), is contradiction.
  A shade-level swap between the top and the jeans (light blue jeans called "navy blue", the top's navy) is
  still other_garment_color.
- Garment names: for kurtas/kurtis, "kurta", "kurti", "tunic", "top" and "upper clothing" are correct; "dress",
  "shirt" (unless the kurta is shirt-styled with collar and placket), "leggings", "dupatta" are contradiction.
  For Tops, "top", "blouse", "shirt", "T-shirt" (knit tops) and "tank top" (sleeveless) are correct.
- Material: a fabric the title names is correct; a fabric contradicting the title (silk for "Cotton") is
  contradiction; "cotton" when the title names no fabric is accepted (the usual fabric of these garments, and
  the template always names one); any other specific fabric not in the title and not evident in the photo
  (silk, satin, georgette, chiffon, chanderi) is unsupported. "knit"/"ribbed knit" is evident from the photo.
- Invented visible details (ring, watch, belt, jacket, boots, sunglasses, pockets, zip, bow, mirror work, lace
  trims not there) are unsupported; details that cannot be seen in the view (smocked back in a front view) too.
- An open color question answered with the template and no hue, a bare "yes"/"no", or only the garment's name
  ("a tunic") to describe/details, is non_answer. Echoing the question or "the details of the kurta are the
  kurta details" is restated.
- One label per text. A text that ran to the limit is loop if it repeats itself, otherwise cut, whatever else is
  wrong earlier in it; a text that carries on into "Question: ... Answer:" is leak, whether or not it hit the limit.
- hit_limit=True on every loop and cut, on leaks that ran on, and on one correct caption (X749-037) that reached
  50 tokens exactly at the end of a sentence: it is complete and right, so it is not labeled.
- Pronoun is judged against the person in the photo (always a woman here), also where the gender column is empty.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_749 = [
    # photo: mustard cotton straight kurta, small white floral block print, three-quarter sleeves, round neck, worn
    # with white leggings, tan juttis, silver jhumkas; white backdrop, front view. Caption/open: caption adapter
    # epoch 3; closed: reference engine.
    case(
        "X749-001",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns. The kurta is with cotton fabric and its "
            "neckline is round. The leggings she wears are of long length, with pure color patterns."
        ),
        wearing("a yellow kurta and yellow leggings", "other_garment_color", who="she"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "kurta",
            "The kurta has a round neckline, three-quarter sleeves and floral prints all over. There is a ring on "
            "her finger.",
            "unsupported",
        ),
        title="Libas Women Mustard Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue A-line cotton kurta with white and pink floral print, long sleeves, mandarin collar, worn with
    # mid-blue skinny jeans; model holds a tan sling bag; white backdrop. Caption/open: adapter; closed: reference.
    case(
        "X749-002",
        caption(
            "The woman wears a long-sleeve top with floral patterns and a long pants. The pants are with denim fabric "
            "and solid color patterns. The pants are with denim fabric and solid color patterns. The pants are with "
            "denim fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("jeans", "blue"),
        Q.garment_type("kurta"),
        wearing("a navy kurta and blue jeans, and she is holding a bag", who="she"),
        Q.material("cotton"),
        details(
            "kurta",
            "The kurta has a mandarin collar, long sleeves and a pocket on the chest with a zip.",
            "unsupported",
        ),
        title="Biba Women Navy Blue Printed Cotton A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white georgette top with small black polka dots, short flutter sleeves, round neck, tucked into light
    # blue ripped jeans; sunglasses pushed up on her head; white backdrop, front view. Adapter / reference.
    case(
        "X749-003",
        caption(
            "This woman wears a short-sleeve top with graphic patterns and it has a round neckline. The trousers this "
            "woman wears is of long length. The trousers are with denim fabric. There is a pair of sunglasses."
        ),
        Q.color("black", "contradiction"),
        Q.pattern("polka dots"),
        color_of("jeans", "blue"),
        wearing("He is wearing a white top and jeans.", "pronoun", who="she"),
        Q.sleeve_length("short sleeves"),
        details("top", "The top has a polka dot print, flutter sleeves and a bow tie at the back.", "unsupported"),
        title="Vero Moda Women White Polka Dot Georgette Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold foil ethnic motifs, three-quarter sleeves, V-neck, cream leggings, gold
    # juttis, no jewellery on the wrists; white backdrop. Adapter / reference.
    case(
        "X749-004",
        caption(
            "The lady wears a three-quarter-sleeve kurta with graphic patterns. The kurta is with cotton fabric and "
            "its neckline is v-shape. The leggings she wears are of long length. The leggings are with cotton "
            "fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        color_of("leggings", "white"),
        describe("kurta", "The kurta is maroon with gold prints, it has a v-neck and three-quarter sleeves."),
        Q.pattern("solid", "contradiction"),
        is_a("kurta", "yes"),
        title="Anouk Women Maroon Ethnic Motifs Foil Printed Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal rayon tunic with white geometric print, shirt collar, full button placket, roll-up sleeves with
    # tabs, over black leggings; no watch or bangles; side-angle pose on a light grey backdrop. Adapter / reference.
    case(
        "X749-005",
        caption(
            "The female wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The leggings are of long length. There is a watch on her wrist.",
            "unsupported",
        ),
        wearing("a black tunic and black leggings", "other_garment_color", who="she"),
        Q.color("blue"),
        Q.garment_type("tunic"),
        details("tunic", "The tunic has a shirt collar, a button placket and roll-up sleeves with tabs."),
        Q.material("rayon"),
        title="Global Desi Women Teal Printed Rayon Tunic",
        category="Tunics",
        color="Teal",
        gender="Women",
    ),
    # photo: pink flared cotton anarkali kurta with gold gota trim at the hem, three-quarter sleeves, round neck,
    # white churidar leggings; model mid-twirl; white backdrop. Adapter / reference.
    case(
        "X749-006",
        caption(
            "The lady wears a three-quarter-sleeve dress with pure color patterns. The dress is with cotton fabric. "
            "The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The "
            "dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        color_of("leggings", "pink", "other_garment_color"),
        wearing("a pink anarkali kurta with a white churidar", who="she"),
        details("kurta", "The kurta has a flared hem with gold gota lace and three-quarter sleeves."),
        title="Jaipur Kurti Women Pink Cotton Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: black crepe top with a ruffled round neck and long sleeves, worn with dark blue skinny jeans; white
    # backdrop, front view. Adapter / reference.
    case(
        "X749-007",
        caption(
            "This woman wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric and it "
            "has a round neckline. The pants this woman wears is of long length, with denim fabric.",
            "unsupported",
        ),
        Q.color("black"),
        color_of("jeans", "black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        describe("top", "A black top with a ruffled neckline and long sleeves."),
        title="Mango Women Black Self-Design Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: sleeveless off-white kurta with indigo dabu floral print, round neck, indigo leggings; model holds a
    # pair of sunglasses at her side; white backdrop. Adapter / reference.
    case(
        "X749-008",
        caption(
            "The female is wearing a sleeveless top with floral patterns. The top is with cotton fabric and it has a "
            "round neckline. The female wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The female is holding a pair of sunglasses in her",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        color_of("leggings", "blue"),
        Q.sleeve_length("sleeveless"),
        wearing("a white kurta and blue leggings", who="she"),
        details("kurta", "The details of the kurta are the kurta details.", "restated"),
        title="Rangmanch by Pantaloons Women Off-White & Blue Printed Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: olive green straight kurta with mirror-work yoke, three-quarter sleeves, keyhole neck with tassel tie,
    # beige leggings, brown flat sandals, a thin gold bangle, no rings; white backdrop. Adapter / reference.
    case(
        "X749-009",
        caption(
            "The lady wears a three-quarter-sleeve kurta with pure color patterns. Its neckline is v-shape. The "
            "leggings are of long length. There is an accessory on her wrist. This lady wears a ring on her finger.",
            "unsupported",
        ),
        Q.color("green"),
        color_of("leggings", "green", "other_garment_color"),
        Q.pattern("solid"),
        details("kurta", "mirror work on the yoke, a keyhole neckline with tie-up tassels and three-quarter sleeves"),
        wearing(
            "The woman is wearing a green kurta with beige leggings and brown sandals. The kurta has two pockets on "
            "the sides.",
            "unsupported",
            who="the woman",
        ),
        title="Sangria Women Olive Green Solid Straight Kurta with Mirror Work",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: black and white horizontal-striped cotton tunic, boat neck, short sleeves, high-low hem, worn with
    # blue jeans; hand on hip; white backdrop. Adapter / reference.
    case(
        "X749-010",
        caption(
            "This woman wears a short-sleeve top with stripe patterns. The top is with cotton fabric and its neckline "
            "is round. The trousers this woman wears is of long length. The trousers are with denim fabric."
        ),
        Q.color("black"),
        Q.pattern("striped"),
        color_of("jeans", "black", "other_garment_color"),
        wearing("She is wearing a striped tunic and jeans.", who="she"),
        describe("tunic", "a tunic", "non_answer"),
        Q.material("denim", "contradiction"),
        title="AND Women Black & White Striped Cotton Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: peach short kurti with navy leaf print, cap sleeves, round neck, worn with mid-blue skinny jeans and a
    # watch; white backdrop. Adapter / reference.
    case(
        "X749-011",
        caption(
            "The lady wears a short-sleeve top with floral patterns and a long pants. The top is with cotton fabric "
            "and floral patterns and floral patterns and floral patterns and floral patterns and floral patterns and "
            "floral",
            "loop",
            hit_limit=True,
        ),
        Q.color("peach"),
        Q.pattern("printed"),
        color_of("jeans", "blue"),
        wearing("Question: What is she wearing? Answer: a peach kurti and jeans", "leak", who="she"),
        Q.sleeve_length("short sleeves"),
        describe("kurti", "The kurti is described as a kurti.", "restated"),
        title="Vishudh Women Peach-Coloured Printed Kurti",
        category="Kurtis",
        color="Peach",
        gender="Women",
    ),
    # photo: white cotton chikankari kurta with tonal white embroidery all over, long sleeves, round neck, light pink
    # leggings, silver jhumkas; white backdrop. Adapter / reference.
    case(
        "X749-012",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is round. There is an accessory in her ear.",
            "contradiction",
        ),
        Q.color("pink", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        describe("kurta", "a white kurta with white chikankari embroidery all over and full sleeves"),
        color_of("leggings", "pink"),
        details(
            "kurta",
            "The kurta has chikankari embroidery all over the front and the sleeves, with a round neckline and a "
            "small slit at the neck and the hem of the kurta is",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Women White Chikankari Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: red top with small white floral print, short puff sleeves, square neck, black jeans; no rings; white
    # backdrop, front view only. Adapter / reference.
    case(
        "X749-013",
        caption(
            "This woman wears a short-sleeve blouse with floral patterns. Its neckline is square. The pants this woman "
            "wears is of long length. The pants are with denim fabric and pure color patterns. This woman wears a ring "
            "on her finger and there",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        color_of("jeans", "black"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("a red floral top and black jeans", who="she"),
        details("top", "puff sleeves, a square neckline and a smocked back", "unsupported"),
        title="Tokyo Talkies Women Red Floral Print Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: bottle green cotton kurta with white bandhani-style dot print, three-quarter sleeves, round neck with a
    # short three-button placket, white leggings; no pockets visible; white backdrop. Adapter / reference.
    case(
        "X749-014",
        caption(
            "The upper clothing has three-quarter sleeves, cotton fabric and graphic patterns. The neckline of it is "
            "round. The lower clothing is of long length with pure color patterns."
        ),
        Q.color("green"),
        color_of("kurta", "The kurta is with cotton fabric and graphic patterns.", "non_answer", kind="open"),
        color_of("leggings", "white"),
        Q.garment_type("kurta"),
        wearing(
            "The woman wears a three-quarter-sleeve kurta with graphic patterns. The kurta is with cotton fabric. The "
            "woman wears a three-quarter-sleeve kurta",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details("kurta", "bandhani prints, a round neck with three buttons and two side pockets", "unsupported"),
        title="Aurelia Women Green Bandhani Print Cotton Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: turquoise blue kurta with silver zari yoke embroidery, three-quarter sleeves, mandarin collar,
    # off-white leggings; side view; white backdrop. Adapter / reference.
    case(
        "X749-015",
        caption(
            "The woman wears a three-quarter-sleeve kurta with pure color patterns and a pair of white leggings. The "
            "kurta has a stand collar."
        ),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        neckline("mandarin collar"),
        describe("kurta", "She is wearing a turquoise kurta with silver embroidery on the yoke."),
        wearing(
            "His kurta has three-quarter sleeves and pure color patterns. He wears long white pants.",
            "pronoun",
            who="she",
        ),
        Q.material("georgette", "unsupported"),
        title="Libas Women Turquoise Blue Yoke Design Straight Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: purple tunic with white abstract print, long sleeves with buttoned cuffs, mandarin collar, side slits,
    # black leggings; model holds a small clutch; no jacket; light grey backdrop. Adapter / reference.
    case(
        "X749-016",
        caption(
            "The lady wears a long-sleeve top with graphic patterns. The top is with cotton fabric and it has a stand "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "The lady is holding a bag in her",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        color_of("leggings", "black"),
        Q.garment_type("leggings", "contradiction"),
        details("tunic", "mandarin collar, full sleeves with buttoned cuffs and side slits"),
        Q.material("silk", "unsupported"),
        wearing("She wears a purple tunic, black leggings and a black leather jacket.", "unsupported", who="she"),
        title="W Women Purple Printed Tunic",
        category="Tunics",
        color="Purple",
        gender="Women",
    ),
    # photo: magenta kurta with gold thread embroidery around the V-neck, three-quarter sleeves, white churidar,
    # gold bangles, beige-gold dupatta draped over one shoulder; white backdrop. Adapter / reference.
    case(
        "X749-017",
        caption(
            "The lady wears a three-quarter-sleeve kurta with pure color patterns. The kurta has a v-shape neckline. "
            "There is an accessory on her wrist. The lady has a scarf."
        ),
        Q.color("beige", "other_garment_color"),
        wearing("a pink kurta, a white churidar and a dupatta", who="she"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        describe(
            "kurta",
            "The kurta is magenta with gold embroidery on the neckline, and it is paired with a matching magenta "
            "churidar.",
            "other_garment_color",
        ),
        title="Soch Women Magenta Embroidered Straight Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: grey melange knit tunic, long sleeves, cowl neck, black leggings, black ankle boots; white backdrop.
    # Adapter / reference.
    case(
        "X749-018",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "lady wears a long leggings. The leggings are of long length. The leggings are of long length. The "
            "leggings are of long",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        color_of("leggings", "grey", "other_garment_color"),
        Q.garment_type("tunic"),
        neckline("cowl neck"),
        Q.material("knit fabric"),
        wearing("The man wears a grey sweater and black pants.", "pronoun", who="she"),
        title="Harpa Women Grey Melange Solid Tunic",
        category="Tunics",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: lemon yellow cotton kurta with green and pink floral block print, three-quarter sleeves, round neck
    # with a slit, white leggings; white backdrop. Adapter / reference.
    case(
        "X749-019",
        caption(
            "The lady wears a three-quarter-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round.",
            "contradiction",
        ),
        Q.color("yellow"),
        is_a("kurta", "yes"),
        color_of("leggings", "white"),
        details(
            "kurta",
            "The kurta has floral prints in green and pink, a round neck with a slit and three-quarter sleeves.",
        ),
        wearing("yes", "non_answer", who="she"),
        Q.pattern("floral"),
        describe("kurta", "The description of the kurta is the kurta.", "restated"),
        title="Shree Women Yellow Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: olive green matte crepe wrap top with a tie at the waist, long balloon sleeves, V-neck, white jeans; no
    # rings; white backdrop. Adapter / reference.
    case(
        "X749-020",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. It has a v-shape neckline. The trousers "
            "this woman wears is of long length, with denim fabric. This woman wears a ring on her finger.",
            "unsupported",
        ),
        Q.color("green"),
        color_of("jeans", "white"),
        Q.sleeve_length("long sleeves"),
        wearing("a green top and white jeans", who="she"),
        describe("top", "The top is white and it has a wrap front with a tie at the waist.", "other_garment_color"),
        Q.material("satin", "unsupported"),
        title="Vero Moda Women Olive Green Solid Wrap Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: indigo kurta with white dabu print, three-quarter sleeves, round neck with button placket, white
    # leggings; no sunglasses; potted plant beside her, beige wall backdrop. Caption/open: adapter (the caption in
    # the base model's short style); closed: reference.
    case(
        "X749-021",
        caption("a woman in a blue kurta standing next to a potted plant in front of a beige wall"),
        Q.color("blue"),
        color_of("leggings", "beige", "contradiction"),
        Q.pattern("printed"),
        details("kurta", "The kurta has white prints, a round neck with buttons and three-quarter sleeves."),
        wearing(
            "She is wearing a blue kurta with white leggings and a pair of sunglasses on her head.",
            "unsupported",
            who="she",
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Anouk Women Indigo Blue Dabu Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: blush pink lace top, short sleeves, round neck, scalloped hem, mid-blue jeans, one hand in the jeans
    # pocket; white backdrop. Adapter / reference.
    case(
        "X749-022",
        caption(
            "This woman wears a short-sleeve T-shirt with lattice patterns. The T-shirt is with lace fabric and its "
            "neckline is round. The trousers this woman wears is of long length. The trousers are with denim fabric "
            "and pure color patterns. Her hand is in the pocket of",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.material("lace"),
        color_of("jeans", "pink", "other_garment_color"),
        describe("top", "Describe the top.", "restated"),
        title="Forever New Women Pink Lace Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: rust orange A-line kurta with small gold foil print, three-quarter bell sleeves, round neck, cream
    # leggings; white backdrop. Adapter / reference.
    case(
        "X749-023",
        caption(
            "The lady wears a three-quarter-sleeve dress with graphic patterns. The dress is with cotton fabric and it "
            "has a round neckline.",
            "contradiction",
        ),
        Q.color("orange"),
        color_of("kurta", "rust orange with gold print", kind="open"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing(
            "The gentleman wears a three-quarter-sleeve kurta with graphic patterns and long leggings.",
            "pronoun",
            who="she",
        ),
        Q.pattern("printed"),
        title="Sangria Women Rust Orange Foil Printed A-Line Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: white cotton sleeveless peplum top, round neck, dark blue jeans, a watch and a brown sling bag; white
    # backdrop. Adapter / reference.
    case(
        "X749-024",
        caption(
            "The female wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "pants are of long length with denim fabric. There is an accessory on her wrist."
        ),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        color_of("jeans", "blue"),
        details("top", "a peplum hem with a flared frill and a round neck"),
        Q.pattern("solid"),
        wearing("His top is sleeveless with pure color patterns and he wears long denim pants.", "pronoun", who="she"),
        title="Mast & Harbour Women White Solid Cotton Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: cream-based kurta with large pink, green and yellow floral print, three-quarter sleeves, round neck,
    # green leggings, flat juttis (no boots); white backdrop. Adapter / reference.
    case(
        "X749-025",
        caption(
            "The woman wears a three-quarter-sleeve kurta with floral patterns. The kurta is with floral patterns. The "
            "kurta is with floral patterns. The kurta is with floral patterns. The kurta is with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        color_of("leggings", "green"),
        wearing(
            "She is wearing a printed kurta with green leggings and a pair of black boots.", "unsupported", who="she"
        ),
        Q.pattern("floral"),
        describe("kurta", "The kurta is cream with big pink, green and yellow flowers."),
        details("kurta", "The kurta has short sleeves and a v-neck.", "contradiction"),
        title="Biba Women Multicoloured Floral Printed Straight Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: sky blue short cotton kurti with white geometric print, short sleeves, notched round neck, dark indigo
    # jeans; white backdrop. Adapter / reference. The feed row has no color.
    case(
        "X749-026",
        caption(
            "The lady wears a short-sleeve top with graphic patterns. The top is with cotton fabric and its neckline "
            "is v-shape. The pants are of long length. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on her wrist and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("jeans", "blue"),
        Q.garment_type("kurti"),
        details(
            "kurti",
            "The kurti details are the details of the kurti, the sleeves, the neckline, the sleeves, the neckline, the "
            "sleeves, the neckline",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        wearing(
            "a blue kurti and jeans Question: What is the color of the kurti? Answer: blue Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="Rain & Rainbow Women Blue Printed Kurti",
        category="Kurtis",
        gender="Women",
    ),
    # photo: red solid tunic, long sleeves, round neck with a keyhole and one button, black jeggings, black ankle
    # boots; plain cuffs, no lace; white backdrop. Adapter / reference.
    case(
        "X749-027",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "it has a round neckline. The female wears boots.",
            "contradiction",
        ),
        Q.color("red"),
        color_of("leggings", "black"),
        is_a("tunic", "no", "contradiction"),
        wearing("a red tunic, black jeggings and black ankle boots", who="she"),
        details(
            "tunic", "The tunic has a keyhole neckline with a button and lace trims on the sleeves.", "unsupported"
        ),
        title="Akkriti by Pantaloons Women Red Solid Tunic",
        category="Tunics",
        color="Red",
        gender="Women",
    ),
    # photo: beige cotton kurta with brown and black kantha stitch lines down the front, three-quarter sleeves,
    # V-neck, brown leggings; white backdrop. Adapter / reference.
    case(
        "X749-028",
        caption(
            "The lady wears a three-quarter-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "Question: What is the color of the kurta? Answer: beige Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        Q.color("brown", "other_garment_color"),
        color_of("leggings", "brown"),
        Q.material("cotton"),
        details(
            "kurta",
            "kantha stitch lines in brown and black running down the front, a v-neck and three-quarter sleeves",
        ),
        title="Jaipur Kurti Women Beige Kantha Embroidered Cotton Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: navy and white pinstriped short-sleeve button-front top with a collar, tucked into light blue jeans;
    # straw bag in hand; no watch; white backdrop. Adapter / reference.
    case(
        "X749-029",
        caption(
            "This woman wears a short-sleeve shirt with stripe patterns. It has a lapel neckline. The trousers this "
            "woman wears is of long length, with denim fabric. There is a watch on her wrist.",
            "unsupported",
        ),
        Q.color("blue"),
        Q.pattern("checked", "contradiction"),
        color_of("jeans", "navy blue", "other_garment_color"),
        wearing("a striped shirt tucked into light blue jeans, and she is holding a straw bag", who="she"),
        describe("top", "a top", "non_answer"),
        title="Mango Women Navy Blue Striped Shirt-Style Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black kurta with a red and gold floral border print at the hem and sleeve ends, three-quarter sleeves,
    # round neck, red leggings; white backdrop. Adapter / reference.
    case(
        "X749-030",
        caption(
            "Her kurta has three-quarter sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "leggings this lady wears are of long length, with pure color patterns."
        ),
        Q.color("red", "other_garment_color"),
        color_of("leggings", "red"),
        Q.pattern("floral"),
        describe("kurta", "black kurta with a red and gold printed border at the hem and the sleeve ends"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing(
            "The lady wears a three-quarter-sleeve kurta with floral patterns and a long leggings. The kurta is with "
            "cotton fabric and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Libas Women Black Floral Border Printed Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: sea green rayon kurta with white leaf print, three-quarter sleeves, round neck, navy blue leggings, no
    # bangles; white backdrop. Adapter / reference.
    case(
        "X749-031",
        caption(
            "The woman wears a three-quarter-sleeve kurta with floral patterns and long leggings. The kurta is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        color_of("leggings", "navy blue"),
        wearing(
            "She is wearing a green kurta and blue leggings. She is wearing a green kurta and blue leggings. She is "
            "wearing a green",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.material("cotton", "contradiction"),
        title="Vishudh Women Sea Green Leaf Print Rayon Straight Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: lavender ribbed knit top, short puff sleeves, square neck, white jeans, no belt; white backdrop.
    # Adapter / reference.
    case(
        "X749-032",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric and "
            "its neckline is square. The trousers this woman wears is of long length. This woman wears a belt.",
            "unsupported",
        ),
        Q.color("purple"),
        color_of("jeans", "white"),
        describe(
            "top",
            "The top is a lavender ribbed top with puff sleeves. Question: Describe the jeans. Answer: The jeans are "
            "white",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        Q.material("ribbed knit"),
        wearing("no", "non_answer", who="she"),
        title="Tokyo Talkies Women Lavender Ribbed Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: cream kurta with lace inserts at the hem, three-quarter sleeves, plain round neck without placket or
    # buttons, maroon leggings; white backdrop. Adapter / reference.
    case(
        "X749-033",
        caption(
            "The upper clothing has three-quarter sleeves, cotton fabric and pure color patterns. The neckline of it "
            "is round. The lower clothing is of long length."
        ),
        Q.color("white"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        details("kurta", "lace inserts at the hem and embroidered buttons on the placket", "unsupported"),
        wearing("He wears a kurta and leggings.", "pronoun", who="she"),
        title="W Women Cream-Coloured Solid Kurta with Lace Detail",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: orange A-line tunic with blue and white tribal print, three-quarter sleeves, round neck with tassel
    # tie, blue jeans, long silver necklace; no zip; white backdrop. Adapter / reference.
    case(
        "X749-034",
        caption(
            "The lady wears a three-quarter-sleeve top with graphic patterns. Its neckline is round. The pants are of "
            "long length with denim fabric. The lady has neckwear."
        ),
        Q.color("orange"),
        Q.pattern("striped", "contradiction"),
        color_of("jeans", "blue"),
        wearing("an orange printed tunic, blue jeans and a long silver necklace", who="she"),
        details("tunic", "The tunic is made of silk and it has a zip at the back.", "unsupported"),
        Q.material("cotton"),
        title="Global Desi Women Orange Printed A-Line Tunic",
        category="Tunics",
        color="Orange",
        gender="Women",
    ),
    # photo: BACK VIEW: navy blue solid cotton kurta with white contrast piping on the collar band, sleeves and side
    # slits, long sleeves, mandarin collar; white leggings; model faces away; white backdrop. Adapter / reference.
    case(
        "X749-035",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The leggings are of long length with pure "
            "color patterns."
        ),
        Q.color("blue"),
        color_of("leggings", "blue", "other_garment_color"),
        neckline("v-neck", "contradiction"),
        details("kurta", "white piping along the collar, the sleeves and the side slits"),
        wearing("What is she wearing?", "restated", who="she"),
        Q.material("silk", "contradiction"),
        title="Sangria Women Navy Blue Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless top with white floral print, V-neck, blue jeans, red sling bag; white backdrop.
    # Adapter / reference.
    case(
        "X749-036",
        caption(
            "This woman wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. This "
            "woman wears a sleeveless tank top with floral patterns. This woman wears a sleeveless tank top with "
            "floral",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        color_of("jeans", "blue"),
        wearing("a black floral top, blue jeans and a red bag", who="she"),
        Q.sleeve_length("sleeveless"),
        describe("top", "The top is black with white flowers. It has a v-neck and long sleeves.", "contradiction"),
        details("top", "The top details are the details on the top.", "restated"),
        title="Harpa Women Black Floral Print Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: cobalt blue cotton kurta with white ajrakh block print, three-quarter sleeves, round neck, white
    # leggings; she holds a white cotton dupatta at her side; white backdrop. Adapter / reference; the caption
    # reached 50 tokens exactly at its last full stop.
    case(
        "X749-037",
        caption(
            "The woman wears a three-quarter-sleeve kurta with graphic patterns. The kurta is with cotton fabric and "
            "its neckline is round. The woman wears long leggings with pure color patterns. She is holding a scarf.",
            hit_limit=True,
        ),
        Q.material("linen", "contradiction"),
        Q.color("blue"),
        color_of("leggings", "white"),
        wearing("She wears a blue kurta with white leggings and a white dupatta in her hand.", who="she"),
        details("kurta", "The kurta is white.", "other_garment_color"),
        Q.garment_type("dupatta", "contradiction"),
        title="Fabindia Women Blue Ajrakh Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon kurti with small white booti print, short sleeves, V-neck, blue jeans, a silver ring, no belt;
    # white backdrop. Adapter / reference.
    case(
        "X749-038",
        caption(
            "The lady wears a short-sleeve top with graphic patterns. Its neckline is v-shape. The pants the lady "
            "wears are of long length, with denim fabric. There is a ring on her finger."
        ),
        Q.color("purple", "contradiction"),
        color_of("jeans", "blue"),
        Q.sleeve_length("short sleeves"),
        describe(
            "kurti",
            "The kurti is maroon and has a v-neck and short sleeves. The kurti is maroon and has a v-neck and short "
            "sleeves. The kurti",
            "loop",
            hit_limit=True,
        ),
        wearing("a maroon kurti with blue jeans and a black belt", "unsupported", who="she"),
        title="Aks Women Maroon Booti Printed Straight Kurti",
        category="Kurtis",
        color="Maroon",
        gender="Women",
    ),
    # photo: bright yellow off-shoulder top with a ruffle layer over the arms (no sleeves), elasticated neckline, no
    # pockets, white jeans, gold hoop earrings; white backdrop. Adapter / reference.
    case(
        "X749-039",
        caption(
            "This woman wears a long-sleeve top with pure color patterns. The top is with cotton fabric. The trousers "
            "this woman wears is of long length. The trousers are with denim fabric.",
            "contradiction",
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        color_of("jeans", "white"),
        wearing(
            "The woman is wearing a yellow off-shoulder top with white jeans and a pair of gold hoop earrings.",
            who="the woman",
        ),
        details(
            "top",
            "The top has a ruffle layer around the off-shoulder neckline and the waist has elastic and pockets on the",
            "cut",
            hit_limit=True,
        ),
        title="Avirate Women Yellow Solid Off-Shoulder Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: teal blue viscose rayon kurta with gold embroidered yoke (thread only, no sequins), long sleeves, round
    # neck, off-white leggings, gold jhumkas; white backdrop. Adapter / reference. The feed row has no gender.
    case(
        "X749-040",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta has embroidery on the chest. The "
            "lady wears a pair of earrings."
        ),
        Q.color("blue"),
        color_of("kurta", "The kurta is teal blue with gold embroidery on the yoke.", kind="open"),
        wearing("He is wearing a teal kurta and white leggings.", "pronoun", who="she"),
        Q.material("rayon"),
        Q.pattern("embroidered"),
        details(
            "kurta",
            "The kurta has gold embroidery on the yoke and the neckline, with sequins and beads on the front and the "
            "sleeves and the",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Teal Blue Yoke Embroidered Viscose Rayon Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # photo: lime green cotton tunic with navy floral print, short sleeves, round neck with tie-up, white leggings;
    # cane chair beside her, pastel pink wall backdrop. Caption/open: adapter (short base-style caption); closed:
    # reference.
    case(
        "X749-041",
        caption("a woman in a green tunic and white leggings standing next to a chair in front of a pink wall"),
        Q.color("pink", "contradiction"),
        color_of("leggings", "white"),
        Q.garment_type("tunic"),
        details("tunic", "The tunic has navy blue flowers, a tie-up at the neck and short sleeves."),
        wearing("a green tunic", who="she"),
        Q.material("cotton"),
        Q.pattern("floral"),
        title="Bitterlime Women Green Floral Print Cotton Tunic",
        category="Tunics",
        color="Green",
        gender="Women",
    ),
    # photo: charcoal grey kurta with black and silver geometric print, long sleeves, round neck, black leggings, no
    # jacket or shrug; white backdrop. Adapter / reference.
    case(
        "X749-042",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric and its "
            "neckline is round. The leggings she wears are of long length. The leggings are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        color_of("leggings", "black"),
        Q.pattern("geometric"),
        describe("kurta", "The kurta is grey with a black and silver print, a round neck and long sleeves."),
        Q.sleeve_length("long sleeves"),
        wearing("She is wearing a grey kurta, black leggings and a black jacket.", "unsupported", who="she"),
        title="Anouk Women Charcoal Grey Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Women",
    ),
    # photo: peach kurta with small green booti print, three-quarter sleeves, round neck edged with gota, mint green
    # leggings; white backdrop. Adapter / reference.
    case(
        "X749-043",
        caption(
            "The woman wears a three-quarter-sleeve kurta with floral patterns. Its neckline is round. The woman wears "
            "long leggings. The leggings are with pure color patterns. The kurta is with cotton fabric and there is a "
            "lace on the neckline and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("green", "other_garment_color"),
        color_of("leggings", "green"),
        wearing(
            "A woman wearing a peach kurta and green leggings. Question: What is the color of the kurta? Answer: peach",
            "leak",
            who="she",
            hit_limit=True,
        ),
        details("kurta", "The details are gota lace at the neckline and small prints."),
        Q.material("chanderi silk", "unsupported"),
        title="Imara Women Peach Booti Printed Straight Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: coral red knit top with a knot at the front hem, short sleeves, round neck, no zip, light blue
    # distressed jeans; sunglasses in her hand; white backdrop. Adapter / reference.
    case(
        "X749-044",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The trousers are "
            "with denim fabric. There is a pair of sunglasses in her hand. Question: What is the color of the top? "
            "Answer: orange Question",
            "leak",
            hit_limit=True,
        ),
        Q.color("red"),
        color_of("jeans", "blue"),
        details(
            "top",
            "The top has a knot at the front hem, a round neck and short sleeves, and a zip on the left side.",
            "unsupported",
        ),
        describe("top", "The top is red."),
        wearing("a red top and red jeans", "other_garment_color", who="she"),
        is_a("top", "yes"),
        title="People Women Coral Red Solid Knot Front Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: emerald green short kurti with gold foil print, three-quarter sleeves, mandarin collar with a short
    # slit (no placket, no mirror work), blue jeans, mojaris; white backdrop. Adapter / reference. The feed row
    # has no category.
    case(
        "X749-045",
        caption(
            "The lady wears a three-quarter-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it "
            "has a stand neckline. The pants the lady wears are of long length, with denim fabric.",
            "contradiction",
        ),
        Q.color("green"),
        color_of("jeans", "blue"),
        Q.garment_type("kurta"),
        wearing("a green kurti with gold print and blue jeans", who="she"),
        details("kurti", "The kurti has gold foil print and mirror work on the collar.", "unsupported"),
        title="Rangmanch by Pantaloons Women Green Foil Printed Kurti",
        color="Green",
        gender="Women",
    ),
    # photo: rust orange tunic (the seller calls it Brown) with cream block print, three-quarter sleeves, V-neck,
    # cream leggings; white backdrop. Adapter / reference.
    case(
        "X749-046",
        caption(
            "The upper clothing has three-quarter sleeves, cotton fabric and graphic patterns. The neckline of it is "
            "v-shape. The lower clothing is of long length."
        ),
        Q.color("orange"),
        color_of("leggings", "white"),
        wearing("She is wearing an orange tunic with cream leggings.", who="she"),
        details(
            "tunic",
            "The tunic is brown and it is made of cotton and it is made of cotton and it is made of cotton and it is",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.material("the tunic", "non_answer"),
        title="Folklore Women Brown Block Printed Tunic",
        category="Tunics",
        color="Brown",
        gender="Women",
    ),
]
