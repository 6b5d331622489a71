"""BLIND_997 (46 products; Myntra kids ethnic wear, epoch-2 caption adapter): written blind in the fifty-eighth session.
Measured blind at 6094d3e (the session's fourth rules): 107/125 failures found (85.6%) and 24/181 correct texts flagged
(13.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of kids' ethnic wear: boys' kurta sets (some with a Nehru jacket or dhoti pants) and
sherwanis, girls' lehenga cholis and anarkalis (anarkali kurta sets and anarkali gowns). Studio catalog photos of a
child model, mostly on a white backdrop, some on grey, beige, pastel pink or pale blue; props now and then (a brass
diya, a marigold garland, a basket, a stool, a floor cushion); dupattas, stoles, safas, bangles and mojaris worn
with the product. Catalog columns as the feed has them: title, category (the seller's article type), color (the
seller's base colour) and gender (Boys/Girls); two rows lack a column.

Who wrote what: every text comes from BLIP-2 OPT-2.7b with the caption adapter at epoch 2 (between the published
epoch-1 and epoch-3 checkpoints). Captions and open answers are free generation (greedy, 50 tokens for captions, 30
for answers); closed answers (garment type, color, pattern, sleeve length, "Is this a ...?" and "What is the color of
the X?" unless marked open) come from enrich's --engine reference, which picks one candidate, so they never loop or
stop short. Habits of this adapter: the DeepFashion template ("the lady wears a long-sleeve dress with pure color
patterns. the dress is with cotton fabric.") leaks into captions and open answers, with its invented fabric and
"accessory on her wrist" lines and its female pronouns for boys; no end token was trained, so some texts loop or
run to the token limit; open answers sometimes continue with the next "Question: ... Answer:" turn; one color is
often given for two garments of a set (the kurta's color for the pyjama, the dupatta's for the lehenga).

Labeling conventions and judgement calls:
- One label per text. When a text has two faults, a run to the token limit (cut or loop) wins, then a leak, then the
  rest (a cut text that also invents a lining is labelled cut).
- Garment names: a kurta called a shirt or tunic, a sherwani called a coat or jacket, a lehenga called a skirt, an
  anarkali called a dress or gown and a Nehru jacket called a vest are accepted in free text, and "dress" or "gown"
  is accepted as the closed garment type of an anarkali gown. A closed type the seller's category rules out
  ("kurta" or "dress" for a sherwani, "lehenga choli" for an anarkali kurta set) is a contradiction, and so is a
  "no" to "Is this a lehenga?" on a lehenga or "yes" to "Is this a kurta?" on a sherwani.
- Colors: a shade in the seller's coarse color group is correct (peach or magenta for pink, cream or off-white for
  white, navy for blue, mustard for yellow, lavender for purple, wine for maroon). A color from another group is a
  failure: other_garment_color when it is the color of another garment in the photo (the pyjama, choli, dupatta,
  stole, safa, churidar, or the Nehru jacket of a set whose seller color is the kurta's), contradiction when it
  belongs to no garment (the embroidery thread, the print, the backdrop, a prop) or to nothing at all.
- For a set, "the color of the garment" is the seller's color; a closed color naming another piece of the set is
  other_garment_color even though that piece is sold in the same package.
- The same color given for two garments is correct when both really are that color (an all-white chikan set).
- Fabric: a fabric the photo note names is correct (the note says what the garment is). An invented fabric that
  the photo does not show (cotton for a brocade, denim, polyester), or provenance, lining, care or handwork claims
  that cannot be seen, are unsupported. Accessories, garments or props that are not in the photo are unsupported.
- The DeepFashion template's "pure color patterns" for a garment whose body is plain with embroidery only at the
  yoke or border is accepted; a template caption with no hue at all is correct when its other claims are right.
- Pronouns: "she/her" for a boy and "he/his" for a girl are pronoun failures; "the lady", "the woman" or "the
  female" for a girl and "this man" or "the gentleman" for a boy are not labelled.
- A one-word or yes/no answer to an open question is non_answer (even a one-word color such as "white" for "What is
  the child wearing?"), and so is an answer that only gives the question's subject back ("the boy"). An answer
  that says the garment is itself ("the lehenga is a lehenga", "it is a kurta") is restated.
- Any "Question:" or "Answer:" in a text is a leak, whether or not a right answer comes before it; hit_limit is set
  where the leaking text ran on to 30 tokens.
- hit_limit is set on every cut and loop (without an end token they only stop at the limit) and on long leaks; no
  correct text ran to its limit.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_997 = [
    # photo: boy, front view, white backdrop; mustard-yellow cotton kurta (mandarin collar, 3-button placket, full
    # sleeves), white pyjama, brown mojaris. All texts: caption adapter epoch 2 (closed ones via --engine reference).
    case(
        "X997-001",
        caption("a young boy standing in front of a white wall wearing a mustard yellow kurta and white pajama pants"),
        wearing("a yellow kurta with white pyjamas and brown sandals", who="the boy"),
        color_of("kurta", "yellow"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("full sleeves"),
        describe(
            "kurta",
            "the kurta is yellow with a mandarin collar and three buttons on the placket. it is with cotton fabric.",
        ),
        material("pure handloom khadi cotton woven by artisans in the villages of bengal", "unsupported"),
        title="Jashvi Boys Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; cream silk-blend sherwani with gold zari embroidery on collar and cuffs,
    # cream churidar, red stole over the shoulders, gold mojaris. Caption adapter epoch 2.
    case(
        "X997-002",
        caption(
            "the lady wears a long-sleeve coat with pure color patterns. the coat is with silk fabric. her pants are "
            "of long length. there is an accessory on her neck.",
            "pronoun",
        ),
        Q.garment_type("sherwani"),
        color_of("sherwani", "red", "other_garment_color"),
        details(
            "sherwani",
            "gold embroidery on the collar and cuffs, gold embroidery on the collar and cuffs, gold embroidery on "
            "the collar and",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        material("silk"),
        title="Manyavar Boys Cream-Coloured Embroidered Sherwani Set with Stole",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop, holding the dupatta; pink art-silk lehenga skirt with gold gota border,
    # pink sleeveless choli, gold net dupatta, pink bangles. Caption adapter epoch 2.
    case(
        "X997-003",
        caption("a little girl in a pink lehenga with a gold dupatta standing on a white background"),
        wearing("she is wearing a pink and gold lehenga choli with a net dupatta", who="the girl"),
        color_of("lehenga", "gold", "other_garment_color"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("lehenga", "the lehenga is a lehenga.", "restated"),
        material("the lehenga is made of silk and the dupatta is made of net"),
        title="Aarika Girls Pink & Gold-Toned Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; yellow cotton anarkali kurta with pink and green floral print,
    # three-quarter sleeves, round neck; white churidar; yellow dupatta with a pink border. Caption adapter epoch 2.
    case(
        "X997-004",
        caption(
            "the girl wears a long-sleeve dress with floral patterns. the dress is with cotton fabric. it has a round "
            "neckline. the dress is of long length.",
            "contradiction",
        ),
        Q.sleeve_length("three-quarter sleeves"),
        color_of("kurta", "the kurta is yellow with pink and green flowers", kind="open"),
        Q.pattern("floral"),
        wearing("a yellow anarkali with white leggings and a dupatta with a pink border", who="she"),
        details(
            "kurta",
            "the kurta has a flared hem with gota lace and tassels on the back tie and a zip at the side for easy wear",
            "unsupported",
        ),
        title="Biba Girls Yellow Floral Print Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop; navy-blue Nehru jacket with small paisley print and a welt chest pocket
    # over a cream kurta and cream pyjama; black mojaris. Caption adapter epoch 2.
    case(
        "X997-005",
        caption("a boy in a black vest and a white kurta standing in front of a white background", "contradiction"),
        color_of("jacket", "navy blue"),
        color_of("kurta", "navy blue", "other_garment_color"),
        Q.color("navy blue"),
        describe(
            "jacket",
            "the jacket is a navy blue nehru jacket with a small paisley print and a mandarin collar and a pocket on "
            "the chest",
        ),
        wearing("he is wearing a white kurta pajama with a blue nehru jacket and black shoes", who="the boy"),
        is_a("kurta", "yes"),
        title="KISAH Boys Navy Blue Printed Nehru Jacket with Cream Kurta & Pyjama Set",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy, front view, beige backdrop; maroon velvet sherwani with gold embroidery on the front panel, off-white
    # churidar, gold safa (turban), gold mojaris. Caption adapter epoch 2.
    case(
        "X997-006",
        caption("a little boy wearing a maroon sherwani and a gold turban standing in front of a beige wall"),
        Q.garment_type("sherwani"),
        color_of("sherwani", "gold", "other_garment_color"),
        details(
            "sherwani",
            "Question: What are the sherwani details? Answer: the sherwani has gold buttons Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("maroon sherwani, white churidar and a golden safa", who="the boy"),
        material("velvet"),
        title="Vastramay Boys Maroon Embroidered Sherwani with Churidar & Safa",
        category="Sherwani",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl twirling, three-quarter view, white backdrop; teal georgette lehenga with mirror work and a peach
    # border at the hem, peach short-sleeved choli, peach dupatta, glass bangles. Caption adapter epoch 2.
    case(
        "X997-007",
        caption(
            "the female wears a short-sleeve top with pure color patterns and a long skirt with graphic patterns. the "
            "skirt is with chiffon fabric. there is an accessory on her wrist. the",
            "cut",
            hit_limit=True,
        ),
        Q.color("peach", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        describe(
            "lehenga",
            "the lehenga is teal with small round mirrors sewn all over the flare and a peach border at the hem",
        ),
        is_a("lehenga", "yes"),
        material("the lehenga is made of 100% pure silk with hand-stitched mirrors from kutch", "unsupported"),
        title="Bitiya by Bhama Girls Teal & Peach Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy, front view, light grey backdrop; white cotton kurta with white chikankari embroidery on the front and
    # sleeves, full sleeves, white pyjama; barefoot. Caption adapter epoch 2.
    case(
        "X997-008",
        caption("a boy in a white kurta with white embroidery standing in front of a grey background"),
        Q.color("white"),
        color_of("pyjama", "white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("half sleeves", "contradiction"),
        details(
            "kurta",
            "the kurta has chikankari embroidery on the front and the sleeves, chikankari embroidery on the front and "
            "the sleeves, chikankari embroidery on",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        wearing("white", "non_answer", who="the child"),
        title="Fabindia Boys White Chikankari Embroidered Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop; magenta (rani pink) anarkali gown with gold foil print on the yoke and
    # sleeves, full sleeves; gold jhumkas. Caption adapter epoch 2.
    case(
        "X997-009",
        caption("a young girl wearing a pink anarkali dress with gold print and gold earrings"),
        Q.garment_type("dress"),
        Q.color("purple", "contradiction"),
        describe("dress", "he is wearing a long pink dress with gold print on the yoke and the sleeves", "pronoun"),
        Q.sleeve_length("full sleeves"),
        Q.pattern("printed"),
        details(
            "dress",
            "Question: What are the dress details? Answer: gold foil print on the yoke. Question: What are the dress",
            "leak",
            hit_limit=True,
        ),
        title="Cutiekins Girls Magenta Foil Print Anarkali Ethnic Gown",
        category="Ethnic Dresses",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop; gold-toned brocade sherwani with woven paisley motifs, mandarin collar,
    # gold buttons; maroon churidar, maroon stole, mojaris. Caption adapter epoch 2.
    case(
        "X997-010",
        caption(
            "the gentleman wears a long-sleeve coat with graphic patterns. the coat is with cotton fabric. the pants "
            "are of long length.",
            "unsupported",
        ),
        color_of("sherwani", "gold"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        wearing("the boy is wearing a golden sherwani with a maroon dupatta and maroon pants", who="the boy"),
        details(
            "sherwani",
            "the sherwani has a woven paisley design, a mandarin collar and a row of gold buttons down the front",
        ),
        is_a("kurta", "no"),
        title="YK Boys Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop; red lehenga with gold zari embroidery, red half-sleeved choli, red
    # dupatta with a gold border pinned over her head like a bride's. Caption adapter epoch 2.
    case(
        "X997-011",
        caption("a little girl dressed in a red bridal lehenga with gold embroidery and a red dupatta over her head"),
        Q.color("red"),
        color_of("choli", "red"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details(
            "lehenga",
            "the lehenga has heavy zari embroidery with sequins and a can-can layer inside for volume and comes with "
            "a matching potli bag",
            "unsupported",
        ),
        Q.pattern("embroidered"),
        wearing(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Pspeaches Girls Red Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy sitting on a wooden stool, white backdrop; sea-green self-design (jacquard) kurta with full sleeves
    # and mandarin collar, off-white churidar. Caption adapter epoch 2.
    case(
        "X997-012",
        caption("a little boy sitting on a wooden stool wearing a green kurta and white pants"),
        Q.color("green"),
        color_of("churidar", "green", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is a long sleeve kurta with a mandarin collar, the kurta is a long sleeve kurta with a mandarin "
            "collar, the kurta is",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("full sleeves"),
        wearing("she is wearing a green kurta and white churidar", "pronoun"),
        title="Sethukrishna Boys Sea Green Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Sea Green",
        gender="Boys",
    ),
    # photo: girl, front view, pastel pink backdrop; sleeveless peach georgette anarkali with a silver sequin yoke,
    # peach churidar, peach net dupatta on one shoulder. Caption adapter epoch 2.
    case(
        "X997-013",
        caption("a girl in a peach anarkali standing in front of a pink wall with a net dupatta on her shoulder"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("striped", "contradiction"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        material("georgette"),
        Q.sleeve_length("sleeveless"),
        title="Aks Kids Girls Peach-Coloured Embellished Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, holding a small wooden toy car; white cotton kurta with small blue
    # block-printed buti motifs, stand collar, full sleeves; blue pyjama. Caption adapter epoch 2.
    case(
        "X997-014",
        caption(
            "the boy wears a long-sleeve shirt with graphic patterns. the shirt is with cotton fabric. it has a stand "
            "neckline. the pants are of long length."
        ),
        Q.pattern("printed"),
        Q.color("blue", "other_garment_color"),
        color_of("pyjama", "the pyjamas are blue", kind="open"),
        wearing(
            "Question: What is the boy wearing? Answer: a white kurta with blue print and blue pajamas Question: What "
            "is the color of the kurta? Answer:",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        describe("kurta", "no", "non_answer"),
        is_a("kurta", "yes"),
        title="Mini Marvels Boys White & Blue Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop; mustard lehenga with a multicolour floral print, green choli with short
    # puff sleeves and a narrow gold lace hem, pink dupatta. Caption adapter epoch 2.
    case(
        "X997-015",
        caption("a little girl wearing a yellow skirt and a green top with a pink scarf"),
        Q.color("green", "other_garment_color"),
        color_of("lehenga", "mustard"),
        describe("lehenga", "yes", "non_answer"),
        Q.pattern("floral"),
        details(
            "choli",
            "the choli is green with short puff sleeves and a round neck and a narrow gold lace along the hem and the",
            "cut",
            hit_limit=True,
        ),
        title="Cutiekins Girls Mustard & Green Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy, full view, white backdrop; off-white art-silk sherwani with pink floral thread embroidery on the
    # collar and placket, a small brooch on the left chest, off-white churidar, brown mojaris. Caption adapter epoch 2.
    case(
        "X997-016",
        caption("a young boy in a white sherwani with pink embroidery standing against a white background"),
        Q.color("pink", "contradiction"),
        is_a("sherwani", "yes"),
        details(
            "sherwani",
            "the sherwani has pink floral embroidery on the collar and down the placket with a small brooch on the "
            "left chest",
        ),
        material("the sherwani is made of pure raw silk with a soft cotton lining for comfort", "unsupported"),
        wearing("a white sherwani and white churidar with brown mojaris", who="the boy"),
        title="Hangup Kids Boys Off-White Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop; navy-blue anarkali gown with gold ethnic print, full sleeves; gold-toned
    # dupatta draped over one arm; no rings or jewellery on her hands. Caption adapter epoch 2.
    case(
        "X997-017",
        caption(
            "the female wears a long-sleeve dress with graphic patterns. the dress is of long length. there is a ring "
            "on her finger.",
            "unsupported",
        ),
        Q.color("blue"),
        Q.garment_type("gown"),
        color_of("dupatta", "navy blue", "other_garment_color"),
        describe(
            "dress",
            "the dress is navy blue with gold print, it is a long dress with gold print, it is a long dress with gold "
            "print, it is a long",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("full sleeves"),
        title="Ethnovog Girls Navy Blue Printed Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, holding a lit brass diya; orange silk-blend kurta with full sleeves,
    # white pyjama. Caption adapter epoch 2.
    case(
        "X997-018",
        caption("a boy in an orange kurta holding a lamp"),
        Q.color("orange"),
        color_of("pyjama", "orange", "other_garment_color"),
        wearing("an orange kurta and white pyjama", who="he"),
        describe("kurta", "it is a kurta", "restated"),
        Q.sleeve_length("half sleeves", "contradiction"),
        title="Jashvi Boys Orange Solid Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl, front view, light grey backdrop; lavender net lehenga with silver embroidery, lavender cap-sleeved
    # choli with a sweetheart neck, white net dupatta, silver bangles. Caption adapter epoch 2.
    case(
        "X997-019",
        caption("a young girl wearing a purple lehenga with silver embroidery and a white dupatta"),
        Q.color("lavender"),
        Q.garment_type("lehenga choli"),
        color_of("dupatta", "white"),
        details("lehenga", "silver", "non_answer"),
        describe(
            "choli",
            "the choli is lavender with cap sleeves and a sweetheart neckline and a tie-up back with tassels",
            "unsupported",
        ),
        material("net"),
        wearing(
            "the girl is wearing a lavender lehenga choli with a white dupatta and silver bangles on her wrist",
            who="the girl",
        ),
        title="Aarika Girls Lavender Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, one hand in a side pocket; navy-blue solid sherwani with silver buttons
    # and mandarin collar, cream churidar. Caption adapter epoch 2.
    case(
        "X997-020",
        caption(
            "this man wears a long-sleeve jacket with pure color patterns and long trousers. the jacket is with denim "
            "fabric.",
            "unsupported",
        ),
        Q.color("navy blue"),
        color_of("churidar", "cream"),
        Q.garment_type("kurta", "contradiction"),
        details(
            "sherwani",
            "the sherwani has a mandarin collar and silver buttons down the front and the sleeves are full length with",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a navy blue sherwani and cream pants", "pronoun", who="the boy"),
        title="Manyavar Boys Navy Blue Solid Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, three-quarter view, white backdrop; green cotton anarkali kurta with a pink gota yoke and pink
    # border, three-quarter sleeves, pink leggings, pink dupatta; nothing on her head. Caption adapter epoch 2.
    case(
        "X997-021",
        caption(
            "a girl wearing a green and pink dress with a pink dupatta and a pair of sunglasses on her head",
            "unsupported",
        ),
        Q.color("green"),
        color_of("leggings", "pink"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "kurta", "Question: What are the kurta details? Answer: yoke design with gota patti. Question: What", "leak"
        ),
        material("cotton"),
        title="Bitiya by Bhama Girls Green & Pink Yoke Design Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop; red cotton-silk Nehru jacket with gold floral print, mandarin collar,
    # gold buttons and two welt pockets, over a white kurta and white pyjama. Caption adapter epoch 2.
    case(
        "X997-022",
        caption("a boy wearing a red vest over a white kurta and white pants"),
        Q.color("red", "other_garment_color"),
        color_of("jacket", "red"),
        describe(
            "jacket",
            "the jacket is red with a golden floral print and has a mandarin collar and golden buttons and two pockets",
        ),
        wearing(
            "the boy is wearing a red jacket, the boy is wearing a red jacket, the boy is wearing a red jacket, "
            "the boy is",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        material("the jacket is made of genuine leather", "unsupported"),
        title="YK Boys White Kurta & Pyjama with Red Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop, holding the dupatta out; gold-toned silk-tissue lehenga, maroon
    # short-sleeved choli, maroon dupatta, gold bangles. Caption adapter epoch 2.
    case(
        "X997-023",
        caption(
            "the lady wears a short-sleeve top with pure color patterns and a long skirt. the skirt is with silk "
            "fabric. there is an accessory on her wrist."
        ),
        Q.color("maroon", "other_garment_color"),
        color_of("lehenga", "gold"),
        Q.sleeve_length("short sleeves"),
        describe("choli", "the choli is a choli", "restated"),
        material("cotton", "unsupported"),
        title="Pspeaches Girls Gold-Toned & Maroon Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Gold",
        gender="Girls",
    ),
    # photo: girl, front view, pale blue backdrop; off-white cotton anarkali maxi with a pink floral print, full
    # sleeves, round neck, flared skirt. Caption adapter epoch 2.
    case(
        "X997-024",
        caption("a young girl in a white floral dress standing in front of a blue wall"),
        Q.color("blue", "contradiction"),
        Q.pattern("floral"),
        wearing(
            "a long white dress with pink flowers and pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, "
            "pink, pink",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        describe(
            "dress",
            "the dress is a floor length anarkali with full sleeves, a round neck and a flared skirt with pink flowers",
        ),
        material("cotton"),
        is_a("dress", "yes"),
        title="Biba Girls Off-White & Pink Floral Printed Anarkali Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop; peach silk kurta with gold buttons and mandarin collar, white dhoti pants.
    # Caption adapter epoch 2.
    case(
        "X997-025",
        caption("a boy wearing a pink kurta and a white dhoti"),
        Q.color("peach"),
        color_of("dhoti", "peach", "other_garment_color"),
        details(
            "kurta",
            "the kurta has gold buttons and a mandarin collar. it is with silk fabric. the kurta has gold buttons "
            "and a mandarin collar. it is",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        material("silk"),
        wearing("the boy", "non_answer", who="the boy"),
        title="Aj Dezines Boys Peach-Coloured Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Peach",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; beige self-design indo-western sherwani with an asymmetric front and
    # concealed buttons, a teal brooch, full sleeves, beige churidar. Caption adapter epoch 2.
    case(
        "X997-026",
        caption("a little boy in a beige sherwani with a brooch"),
        Q.garment_type("sherwani"),
        color_of("sherwani", "the sherwani is white", "contradiction", kind="open"),
        wearing("the boy wears a beige sherwani with a brooch on the chest and matching churidar", who="the boy"),
        details(
            "sherwani",
            "the sherwani has an asymmetric front with hidden buttons and a teal brooch, with a hand embroidered "
            "lining and",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("full sleeves"),
        title="Hangup Kids Boys Beige Self Design Indo Western Sherwani",
        category="Sherwani",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl holding a small wicker basket, white backdrop; sky-blue lehenga with a white and pink floral print,
    # a wide frill at the hem and an elasticated waist, white short-sleeved choli, no dupatta. Caption adapter epoch 2.
    # (the feed row has no color column)
    case(
        "X997-027",
        caption("a little girl holding a basket wearing a blue skirt with flowers and a white top"),
        Q.color("white", "other_garment_color"),
        color_of("skirt", "blue"),
        wearing("lehenga", "non_answer", who="the girl"),
        details(
            "lehenga",
            "the lehenga has a floral print in white and pink with a wide frill at the hem and an elasticated waist "
            "with a",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        title="Cutiekins Girls Blue & White Floral Print Lehenga Choli",
        category="Lehenga Choli",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; maroon velvet anarkali with gold embroidery at the yoke and cuffs, full
    # sleeves, round neck; beige churidar; beige net dupatta with a gold border. Caption adapter epoch 2.
    case(
        "X997-028",
        caption(
            "the woman wears a long-sleeve dress with pure color patterns. the dress is with velvet fabric. it has a "
            "round neckline. the dress is of long length."
        ),
        Q.color("maroon"),
        color_of("churidar", "beige"),
        color_of("dupatta", "maroon", "other_garment_color"),
        Q.pattern("embroidered"),
        material("velvet"),
        details(
            "kurta",
            "gold zardozi embroidery on the yoke and sleeves hand crafted by artisans in lucknow",
            "unsupported",
        ),
        title="Aks Kids Girls Maroon Embroidered Velvet Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy with hands folded in namaste, white backdrop; black solid cotton-silk kurta, knee length, mandarin
    # collar, short button placket, full sleeves; white churidar. Caption adapter epoch 2.
    case(
        "X997-029",
        caption("a boy wearing a black kurta with his hands folded"),
        Q.color("black"),
        color_of("churidar", "black", "other_garment_color"),
        Q.pattern("printed", "contradiction"),
        describe("kurta", "a black knee length kurta with a mandarin collar and a short button placket"),
        wearing(
            "a black kurta and white churidar. Question: What is the color of the kurta? Answer: black. Question:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        Q.sleeve_length("full sleeves"),
        title="Manyavar Boys Black Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop; rani-pink lehenga with gota patti flowers, lime-green choli, pink
    # dupatta, a maang tikka on her forehead. Caption adapter epoch 2.
    case(
        "X997-030",
        caption(
            "the girl wears a pink lehenga with a green blouse and a pink dupatta and a maang tikka on her forehead"
        ),
        Q.garment_type("lehenga choli"),
        Q.color("pink"),
        color_of("choli", "pink", "other_garment_color"),
        describe(
            "lehenga",
            "the lehenga is pink with gota patti flowers, the lehenga is pink with gota patti flowers, the lehenga is "
            "pink with gota",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a pink lehenga and a green top", "pronoun", who="the child"),
        title="Bitiya by Bhama Girls Pink & Green Gotta Patti Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, bareheaded; bottle-green jacquard sherwani with gold buttons, full
    # sleeves, cream churidar, gold stole over one shoulder. Caption adapter epoch 2.
    case(
        "X997-031",
        caption("a boy in a green sherwani with a gold scarf standing on a white background"),
        Q.color("green"),
        color_of("sherwani", "the sherwani is gold", "other_garment_color", kind="open"),
        details("sherwani", "the sherwani is a sherwani with details", "restated"),
        material("jacquard"),
        Q.sleeve_length("full sleeves"),
        wearing("a green sherwani with a gold stole and a red turban", "unsupported", who="the boy"),
        title="YK Boys Bottle Green Woven Design Sherwani with Churidar",
        category="Sherwani",
        color="Green",
        gender="Boys",
    ),
    # photo: girl standing beside a hanging orange marigold garland, white backdrop; sleeveless mustard anarkali gown
    # with small round mirrors on the yoke and a flared skirt to the ankles. Caption adapter epoch 2.
    case(
        "X997-032",
        caption("a girl in a yellow dress standing next to orange flowers"),
        Q.color("orange", "contradiction"),
        Q.garment_type("gown"),
        describe(
            "gown",
            "the gown is mustard with small round mirrors on the yoke and a flared skirt that reaches her ankles",
        ),
        details("gown", "none", "non_answer"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "a yellow gown Question: What is the girl holding? Answer: a garland of flowers Question: What is the",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        title="Pspeaches Girls Mustard Yellow Mirror Work Anarkali Gown",
        category="Ethnic Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy mid-step, white backdrop; indigo cotton kurta with a white dabu print, full sleeves, mandarin collar,
    # plain placket, no pockets; white pyjama; brown kolhapuri chappals. Caption adapter epoch 2.
    case(
        "X997-033",
        caption("the boy wears a short-sleeve shirt with graphic patterns", "contradiction"),
        Q.sleeve_length("full sleeves"),
        Q.color("blue"),
        Q.pattern("printed"),
        wearing("a blue printed kurta with white pyjamas and brown kolhapuri chappals", who="the boy"),
        material("cotton"),
        details(
            "kurta",
            "the kurta has a mandarin collar with a hidden placket and two side pockets with zips",
            "unsupported",
        ),
        title="Fabindia Boys Blue Printed Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop; black lehenga with red, green and yellow thread embroidery and small
    # mirrors along the hem, black choli, red dupatta. Caption adapter epoch 2.
    case(
        "X997-034",
        caption("a young girl wearing a black lehenga with red dupatta"),
        Q.color("red", "other_garment_color"),
        Q.pattern("embroidered"),
        color_of("dupatta", "red"),
        details(
            "lehenga",
            "the lehenga has colourful thread embroidery along the hem in red, green and yellow with small mirrors set "
            "between the",
            "cut",
            hit_limit=True,
        ),
        wearing("Question: What is she wearing? Answer: a black lehenga", "leak", who="she"),
        title="Ethnovog Girls Black Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Girls",
    ),
    # photo: boy, front view, light grey backdrop; peach cotton-silk sherwani with tonal self-thread embroidery on the
    # front, mandarin collar, concealed placket; white churidar; gold mojaris. Caption adapter epoch 2.
    case(
        "X997-035",
        caption("a little boy in a peach sherwani and white pants with gold shoes"),
        Q.garment_type("dress", "contradiction"),
        Q.color("peach"),
        is_a("sherwani", "yes"),
        details(
            "sherwani",
            "the sherwani has tonal embroidery on the front and a mandarin collar with a concealed button placket",
        ),
        describe("sherwani", "she looks beautiful in the peach sherwani with white churidar", "pronoun"),
        material("cotton silk"),
        title="Vastramay Boys Peach-Coloured Sherwani Set",
        category="Sherwani",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop; turquoise-blue rayon anarkali kurta with a white floral print, full
    # sleeves, V neck; white churidar; white chiffon dupatta over one shoulder. Caption adapter epoch 2.
    case(
        "X997-036",
        caption(
            "the lady wears a long-sleeve dress with floral patterns and long leggings. the dress is with cotton "
            "fabric and it has a v-shape neckline. the leggings are with cotton fabric and pure color patterns. there "
            "is",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("churidar", "white"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        material("the kurta is made of rayon and the dupatta is made of chiffon"),
        wearing("he is wearing a blue kurta", "pronoun", who="the girl"),
        title="Biba Girls Turquoise Blue Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop; sleeveless maroon Nehru jacket with gold printed motifs, buttoned, over a
    # cream full-sleeved kurta and cream pyjama. Caption adapter epoch 2.
    case(
        "X997-037",
        caption("a young boy wearing a maroon jacket over a cream kurta"),
        Q.color("cream", "other_garment_color"),
        color_of("jacket", "maroon"),
        color_of("kurta", "cream"),
        describe(
            "jacket",
            "the jacket is sleeveless with a mandarin collar and gold printed motifs, it is buttoned down the front "
            "with",
            "cut",
            hit_limit=True,
        ),
        wearing("the boy is wearing a kurta pyjama with a jacket", who="the boy"),
        is_a("sherwani", "no"),
        title="Manyavar Boys Cream Kurta Pyjama with Maroon Printed Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop; purple satin lehenga with a silver gota border at the hem, purple
    # sleeveless blouse, silver bangles; no dupatta. Caption adapter epoch 2.
    case(
        "X997-038",
        caption("a girl in a purple lehenga choli with silver border"),
        Q.color("purple"),
        Q.sleeve_length("full sleeves", "contradiction"),
        wearing("a purple lehenga and a purple blouse and a dupatta", "unsupported", who="the girl"),
        describe("blouse", "the blouse is the blouse", "restated"),
        material("satin"),
        title="Aarika Girls Purple Solid Ready to Wear Lehenga & Blouse",
        category="Lehenga Choli",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy, three-quarter view, white backdrop; black sherwani with silver embroidery on collar and cuffs, a
    # white pocket square in the chest pocket, white churidar; nothing around his neck. Caption adapter epoch 2.
    case(
        "X997-039",
        caption(
            "the gentleman wears a long-sleeve coat with pure color patterns. the coat is with polyester fabric. the "
            "pants are of long length. there is an accessory on his neck.",
            "unsupported",
        ),
        Q.color("black"),
        color_of("churidar", "black", "other_garment_color"),
        details(
            "sherwani", "silver embroidery on the collar and the cuffs with a white pocket square in the chest pocket"
        ),
        wearing("a black sherwani with silver work and white churidar pyjama", who="the boy"),
        is_a("kurta", "yes", "contradiction"),
        title="Sethukrishna Boys Black & Silver-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Black",
        gender="Boys",
    ),
    # photo: girl holding a small gold potli bag, white backdrop; red georgette anarkali gown with gold ethnic-motif
    # print, full sleeves. Caption adapter epoch 2.
    case(
        "X997-040",
        caption("a girl in a red anarkali dress holding a small gold bag"),
        Q.color("gold", "contradiction"),
        describe(
            "dress",
            "red long dress with gold print, red long dress with gold print, red long dress with gold print, red long "
            "dress with",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.garment_type("dress"),
        material("pure georgette with a satin lining and a cotton can-can for flare", "unsupported"),
        title="Cutiekins Girls Red & Gold-Toned Ethnic Motifs Print Anarkali Gown",
        category="Ethnic Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy sitting cross-legged on a white floor cushion, white backdrop; pastel-pink cotton kurta with full
    # sleeves and mandarin collar, white pyjama. Caption adapter epoch 2. (the feed row has no category column)
    case(
        "X997-041",
        caption("a little boy sitting on a cushion wearing a pink kurta and white pajamas"),
        Q.color("pink"),
        wearing("she wears a pink kurta and white pajama", "pronoun", who="the boy"),
        color_of("pyjama", "white"),
        describe("kurta", "the kurta is pink"),
        Q.sleeve_length("full sleeves"),
        details(
            "kurta",
            "the kurta has a mandarin collar, the kurta has a mandarin collar, the kurta has a mandarin collar, the "
            "kurta has",
            "loop",
            hit_limit=True,
        ),
        title="Jashvi Boys Pink Solid Kurta with Pyjamas",
        color="Pink",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop; off-white lehenga with green and pink floral embroidery all over and a
    # green hem border, green choli, green dupatta. Caption adapter epoch 2.
    case(
        "X997-042",
        caption("the girl wears a white lehenga with green embroidery and a green dupatta on a white background"),
        Q.color("green", "other_garment_color"),
        color_of("lehenga", "white"),
        details(
            "lehenga",
            "the lehenga has floral embroidery in green and pink thread all over and a green border at the hem",
        ),
        wearing("Answer: a white lehenga and green choli", "leak", who="the girl"),
        is_a("lehenga", "no", "contradiction"),
        title="Pspeaches Girls Off-White & Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; lime-green cotton anarkali kurta with a small white floral print,
    # three-quarter sleeves with lace at the cuffs, round neck; white palazzos; pink dupatta. Caption adapter epoch 2.
    case(
        "X997-043",
        caption("a little girl wearing a green printed kurta with white palazzo pants and a pink dupatta"),
        Q.color("green"),
        Q.garment_type("lehenga choli", "contradiction"),
        color_of("palazzo", "white"),
        describe(
            "kurta",
            "the kurta is lime green with small white flowers and three quarter sleeves with a lace trim at the cuffs",
        ),
        Q.sleeve_length("three-quarter sleeves"),
        material("it is made of pure silk and is dry clean only", "unsupported"),
        details(
            "kurta",
            "the kurta has a round neck with a keyhole at the back and a tie up tassel, the kurta has a round neck "
            "with a",
            "loop",
            hit_limit=True,
        ),
        title="Bitiya by Bhama Girls Lime Green Printed Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Girls",
    ),
    # photo: boy, front view, pastel pink backdrop; mint-green sherwani with white thread embroidery on the chest and
    # cuffs, white churidar, white mojaris. Caption adapter epoch 2.
    case(
        "X997-044",
        caption("a boy in a light green sherwani standing in front of a pink wall"),
        Q.color("pink", "contradiction"),
        Q.garment_type("sherwani"),
        details(
            "sherwani",
            "white thread embroidery on the chest and cuffs, white thread embroidery on the chest and cuffs, white "
            "thread embroidery",
            "loop",
            hit_limit=True,
        ),
        wearing("a mint green sherwani with white churidar and white mojaris", who="the boy"),
        color_of("churidar", "white"),
        describe("sherwani", "the sherwani is a sherwani for boys", "restated"),
        title="Hangup Kids Boys Mint Green Embroidered Sherwani Set",
        category="Sherwani",
        color="Green",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; cotton kurta with thin green and white vertical stripes, full sleeves,
    # white pyjama, brown loafers. Caption adapter epoch 2.
    case(
        "X997-045",
        caption("a boy wearing a green and white striped kurta and white pants"),
        Q.pattern("solid", "contradiction"),
        Q.color("green"),
        color_of("pyjama", "white"),
        describe("kurta", "the kurta is green and white stripes"),
        wearing(
            "the boy is wearing a green and white striped kurta with white pyjama and a pair of brown loafers with",
            "cut",
            who="the boy",
            hit_limit=True,
        ),
        material("the kurta is made of denim", "unsupported"),
        title="Babyoye Boys Green Striped Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: girl twirling, white backdrop; lehenga in a multicolour patchwork print (red, yellow, blue, green), yellow
    # short-sleeved choli; no dupatta, no jewellery. Caption adapter epoch 2.
    case(
        "X997-046",
        caption("a little girl twirling in a colorful printed lehenga with a yellow top"),
        Q.color("multicolor"),
        Q.pattern("printed"),
        color_of("choli", "yellow"),
        Q.sleeve_length("full sleeves", "contradiction"),
        describe("lehenga", "the lehenga is plain blue with no print", "contradiction"),
        wearing(
            "a lehenga with a dupatta and jhumkas and a maang tikka and a nose ring and a bindi and bangles and a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Ethnovog Girls Multicoloured Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Multi",
        gender="Girls",
    ),
]
