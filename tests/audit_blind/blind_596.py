"""BLIND_596 (46 products; Myntra sarees, dupattas, shawls, jackets, suits): written blind in the fifty-second session.
Measured blind at 2b2b7dc (the session's seventh rules): 92/132 failures found (69.7%) and 25/192 correct texts flagged
(13.0%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed: 14 sarees, 9 dupattas, 8 shawls, 7 ethnic (Nehru-style) jackets and 8
salwar suits sold as kurta sets. Catalog photos on a white studio backdrop, worn by a model, front or three-quarter
view; the product is layered with other clothes (blouse under the saree, kurta and leggings under the dupatta,
kurta under the jacket, salwar and dupatta with the kurta), so most photos hold two or three colors.

Who wrote what: every caption is from the caption adapter (Data2_V2_Blip2_Finetune_Caption, epoch 3) on
blip2-opt-2.7b. It writes the DeepFashion template ("The lady is wearing ... The X is with Y fabric and Z patterns.
There is an accessory on her wrist.") but, on these photos, often with hue words and Indian garment names from the
base model; it calls a dupatta a "scarf", a sleeveless jacket a "vest", a salwar "pants", and invents template
accessories and details (rings, watches, fur, zippers, tassels). Trained without an end token, about one caption in
four runs to the 50-token limit and is cut mid-sentence or loops on one sentence; three times it carries on into the
`Question: ... Answer:` format. Every open answer (wearing, describe, details, material, open color questions) is a
span the extractive QA model (mdeberta-v3-base-squad2) took from that product's caption, so open answers inherit the
caption's errors, pick the wrong hue span, or come back empty. Closed answers (garment_type, color, pattern, sleeve
length, "Is this a ...?") are the reference engine's pick of one candidate.

Labeling conventions and judgement calls:
- One label per text: the failure a reviewer would name first. A looping caption is "loop" even though its last
  sentence is also cut; a leaking caption that ran to the limit is "leak"; both have hit_limit=True.
- Captions that ended on their own have hit_limit=False; only the cut, looping and leaking captions ran to 50 tokens.
  A QA span taken from a cut caption that ends mid-phrase is "cut" (hit_limit False: the QA model did not hit one).
- A wrong hue that is no other visible garment's hue is "contradiction"; a hue that belongs to the blouse, kurta,
  salwar, leggings or shirt worn with the product is "other_garment_color", for open and closed answers alike.
  A wrong garment for the product (saree called a "long dress", jacket called a "blouse", closed type "kurta" for
  a jacket worn over a kurta) and a wrong pattern or sleeve length are "contradiction"; the sleeve length of the
  kurta under a sleeveless jacket is "contradiction" too.
- A fabric the title names differently (denim for a cotton kurta, chiffon for a georgette saree) is
  "contradiction"; a fabric or detail neither the title nor the photo supports (chiffon on a silk-blend saree,
  fur lining, zipper, tassels, necklace, ring on hidden hands, leather) is "unsupported", as is the material of
  another garment given as the product's material (knitting for the shawl, from the sweater under it).
- Synonyms counted correct: "scarf" for a dupatta, "vest" for a sleeveless ethnic jacket, "pants" for salwar or
  palazzo, "dress" for an anarkali or a kurta that is not the product, wine/red for maroon, white for cream or
  off-white, purple for mauve or lavender, pink for peach, yellow for mustard, orange for rust, lattice for checks.
- "restated": a span that only names the garment asked about (the question's word or the caption's synonym) or
  echoes the question ("The lady is wearing"). "non_answer": an empty span, a subject ("The lady"), a span that names
  another attribute (a pattern given as the material), "pure color" for an open color question, and a one-word
  hue given to "Describe the ...".
- A wearing answer that names only the clothes under the product (omits the dupatta) is counted correct: it is
  true of the photo.
- "pronoun": "man"/"gentleman"/"his"/"he" for these women models, in the caption and in spans that carry it.
- Two rows lack the gender column, as real feed rows do; one lacks the color column.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_596 = [
    # photo: red chiffon saree, gold zari border, red elbow-sleeve blouse, gold bangles; white backdrop, front view.
    # caption adapter e3; open answers mdeberta QA from the caption; closed by the reference engine.
    case(
        "X596-001",
        caption(
            "The lady is wearing a red saree with a golden border. The saree is with chiffon fabric and pure color "
            "patterns. There is an accessory on her wrist."
        ),
        wearing("a red saree with a golden border", who="she"),
        describe("saree", "red saree with a golden border"),
        details("saree", "golden border"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.material("chiffon"),
        title="Mitera Red Chiffon Saree with Zari Border",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue silk-blend saree with small white florals and a mustard border, mustard blouse; hands hidden
    # under the pallu, no jewelry visible; white backdrop. caption adapter e3; QA spans; reference engine.
    case(
        "X596-002",
        caption(
            "The lady is wearing a navy blue saree with floral patterns and a yellow blouse. The saree is with "
            "chiffon fabric. There is an accessory on her wrist and a ring on her finger.",
            "unsupported",
        ),
        wearing("a navy blue saree with floral patterns and a yellow blouse", who="she"),
        color_of("saree", "yellow", "other_garment_color", kind="open"),
        describe("saree", "The saree", "restated"),
        details("saree", "floral patterns"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.material("chiffon", "unsupported"),
        title="Saree mall Navy Blue & Mustard Floral Print Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green art silk saree with a pink border and gold zari motifs, matching green blouse; three-quarter view,
    # white backdrop. caption adapter e3 (hues swapped); QA spans; reference engine.
    case(
        "X596-003",
        caption(
            "The woman is wearing a pink saree with a green border. The saree is with silk fabric and complicated "
            "patterns.",
            "contradiction",
        ),
        wearing("a pink saree with a green border", "contradiction", who="the woman"),
        details("saree", "complicated patterns"),
        color_of("saree", "pink", "contradiction", kind="open"),
        Q.color("green"),
        Q.garment_type("saree"),
        Q.material("silk"),
        is_a("saree", "yes"),
        title="Varanga Green & Pink Art Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: black net saree covered in black sequins, black sleeveless blouse, a black clutch in her hand; white
    # backdrop, front view. caption adapter e3; QA spans (no fabric in the caption: empty material); reference engine.
    case(
        "X596-004",
        caption(
            "The lady is wearing a black saree with sequins and a sleeveless blouse. She is holding a clutch bag in "
            "her hand."
        ),
        wearing("a black saree with sequins and a sleeveless blouse", who="she"),
        describe("saree", "a black saree with sequins"),
        details("saree", "sequins"),
        Q.color("black"),
        Q.pattern("embellished"),
        Q.garment_type("lehenga", "contradiction"),
        Q.material("", "non_answer"),
        title="Ishin Black Embellished Net Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: yellow cotton saree with thin red stripes and a red border, red blouse; white backdrop.
    # caption adapter e3 (loops to the limit); QA spans; reference engine.
    case(
        "X596-005",
        caption(
            "The lady is wearing a yellow saree with striped patterns. The saree is with cotton fabric. The border of "
            "the saree is red. The border of the saree is red. The border of the saree is red. The border of the",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow saree with striped patterns", who="she"),
        details("saree", "The border of the saree is red. The border of the saree is red.", "loop"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        Q.material("cotton"),
        color_of("saree", "red", "other_garment_color", kind="open"),
        title="Fabindia Women Yellow Striped Cotton Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: plain peach organza saree with a silver embroidered border, silver-grey short-sleeve blouse; white
    # backdrop, three-quarter view. caption adapter e3 (cut at the limit); QA spans; reference engine.
    case(
        "X596-006",
        caption(
            "The lady is wearing a peach saree with embroidered border and a grey blouse. The saree is with pure "
            "color patterns. The blouse has short sleeves, and the neckline of the blouse is round. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a peach saree with embroidered border and a grey blouse", who="she"),
        describe("saree", "peach saree with embroidered border"),
        details("saree", "There is an accessory on her", "cut"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        is_a("saree", "yes"),
        title="Saree mall Peach-Coloured Organza Saree with Embroidered Border",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: mauve crepe saree with an abstract geometric print, plain mauve blouse; white backdrop.
    # caption adapter e3 (misgenders the model); QA spans; reference engine.
    case(
        "X596-007",
        caption(
            "The gentleman is wearing a purple saree with graphic patterns and a purple blouse.",
            "pronoun",
        ),
        wearing("a purple saree with graphic patterns and a purple blouse"),
        details("saree", "graphic patterns"),
        Q.color("purple"),
        Q.pattern("geometric"),
        Q.material("graphic patterns", "non_answer"),
        title="Anouk Mauve Printed Crepe Saree",
        category="Sarees",
        color="Mauve",
        gender="Women",
    ),
    # photo: teal Banarasi silk saree with gold zari buttis and a gold border, teal blouse; white backdrop.
    # caption adapter e3 (runs on into the Q/A format); QA spans; reference engine.
    case(
        "X596-008",
        caption(
            "The lady is wearing a teal saree with golden patterns. The saree is with silk fabric. Question: What is "
            "the color of the saree? Answer: teal. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("saree", "teal", kind="open"),
        details("saree", "silk fabric. Question: What is the color of the saree? Answer: teal", "leak"),
        Q.color("teal"),
        Q.pattern("woven design"),
        Q.material("silk"),
        title="Vastranand Teal Banarasi Silk Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: lavender ready-to-wear saree with ruffled pleats, lavender sleeveless V-neck blouse; white backdrop.
    # caption adapter e3 (takes it for a dress); QA spans; reference engine.
    case(
        "X596-009",
        caption(
            "The lady is wearing a long dress with ruffles and pure color patterns. The dress is sleeveless and its "
            "neckline is V-shape.",
            "contradiction",
        ),
        wearing("a long dress with ruffles", "contradiction", who="she"),
        describe("saree", "ruffles and pure color patterns"),
        Q.garment_type("saree"),
        Q.color("lavender"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("dress", "no"),
        Q.material("", "non_answer"),
        title="Anouk Lavender Solid Ruffled Ready to Wear Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: off-white cotton saree with black block print and a black border, black elbow-sleeve blouse, jhumkas;
    # white backdrop, standing front view. caption adapter e3; QA spans; reference engine.
    case(
        "X596-010",
        caption(
            "The lady is wearing a white saree with black printed patterns and a black blouse. The saree is with "
            "cotton fabric. There is an accessory in her ears."
        ),
        wearing("a white saree with black printed patterns and a black blouse", who="she"),
        color_of("saree", "black", "other_garment_color", kind="open"),
        details("saree", "black printed patterns"),
        Q.color("off white"),
        Q.pattern("printed"),
        Q.material("cotton"),
        title="Fabindia Off-White & Black Block Print Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: magenta bandhani-print georgette saree with a green border, green blouse; white backdrop.
    # caption adapter e3 (calls the georgette chiffon); QA spans; reference engine.
    case(
        "X596-011",
        caption(
            "The lady is wearing a pink saree with green border and a green blouse. The saree is with chiffon fabric "
            "and dotted patterns.",
            "contradiction",
        ),
        wearing("a pink saree with green border and a green blouse", who="she"),
        Q.color("green", "other_garment_color"),
        Q.pattern("bandhani"),
        Q.material("chiffon", "contradiction"),
        title="Mitera Magenta Bandhani Print Georgette Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: plain beige tissue saree with a gold border, maroon full-sleeve blouse, gold bangles over the cuffs, bare
    # neck (no necklace); white backdrop. caption adapter e3; QA spans; reference engine.
    case(
        "X596-012",
        caption(
            "The lady is wearing a beige saree with a golden border and a maroon blouse. The blouse has long sleeves. "
            "There is an accessory on her wrist and a necklace around her neck.",
            "unsupported",
        ),
        wearing("a beige saree with a golden border and a maroon blouse", who="she"),
        describe("saree", "beige saree with a golden border"),
        color_of("blouse", "maroon", kind="open"),
        color_of("saree", "maroon", "other_garment_color", kind="open"),
        Q.color("beige"),
        Q.pattern("floral", "contradiction"),
        is_a("saree", "yes"),
        details("saree", "a necklace around her neck", "unsupported"),
        title="Weavers Villa Beige & Gold-Toned Tissue Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: half-and-half saree, orange pleats and pink pallu, plain georgette with a thin self border (no tassels,
    # no lace), pink blouse; white backdrop. caption adapter e3; QA spans; reference engine.
    case(
        "X596-013",
        caption(
            "The lady is wearing an orange and pink saree with color block patterns and a pink blouse. The saree has "
            "tassels on the pallu and a lace border.",
            "unsupported",
        ),
        wearing("The lady", "non_answer", who="she"),
        describe("saree", "an orange and pink saree"),
        details("saree", "tassels on the pallu and a lace border", "unsupported"),
        Q.color("orange"),
        Q.pattern("colourblocked"),
        title="Shaily Women Orange & Pink Solid Half and Half Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: maroon silk-blend saree with small gold motifs all over, gold brocade blouse; white backdrop.
    # caption adapter e3; QA spans; reference engine.
    case(
        "X596-014",
        caption(
            "The lady is wearing a wine colored saree with golden motifs and a golden blouse. The saree is with silk "
            "fabric."
        ),
        color_of("saree", "wine colored", kind="open"),
        details("saree", "golden motifs"),
        Q.color("maroon"),
        Q.pattern("woven design"),
        Q.material("silk"),
        is_a("lehenga", "no"),
        title="Satya Paul Maroon Silk Blend Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: green chiffon dupatta with a gold gota border over both shoulders, worn with a white kurta and white
    # churidar; white backdrop. caption adapter e3; QA spans; reference engine.
    case(
        "X596-015",
        caption(
            "The lady is wearing a white kurta with a green scarf. The scarf is with chiffon fabric and its border is "
            "golden."
        ),
        describe("dupatta", "green scarf"),
        details("dupatta", "its border is golden"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("dupatta"),
        Q.material("chiffon"),
        title="Dupatta Bazaar Women Green Chiffon Dupatta with Gota Border",
        category="Dupatta",
        color="Green",
        gender="Women",
    ),
    # photo: orange cotton phulkari dupatta with pink, green and yellow floral embroidery over one shoulder, black
    # kurta and black leggings; both hands behind her back; white backdrop. caption adapter e3; QA spans; reference.
    case(
        "X596-016",
        caption(
            "The lady is wearing a black kurta and black leggings. She is wearing an orange scarf with floral "
            "embroidery. The scarf is with cotton fabric. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a black kurta and black leggings", who="she"),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        details("dupatta", "floral embroidery"),
        Q.color("orange"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        title="Sangria Orange Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Orange",
        gender="Women",
    ),
    # photo: pastel pink net dupatta with silver sequin buttis held out in one hand, pale pink kurta; white backdrop.
    # caption adapter e3 (loops on "sequins"); QA spans; reference engine.
    case(
        "X596-017",
        caption(
            "The lady is wearing a pink kurta and a pink scarf with sequins. The scarf is with sequins, sequins, "
            "sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins",
            "loop",
            hit_limit=True,
        ),
        details("dupatta", "sequins, sequins, sequins, sequins, sequins, sequins, sequins", "loop"),
        Q.color("pink"),
        Q.garment_type("dupatta"),
        Q.material("sequins", "non_answer"),
        title="Soch Pink Embellished Net Dupatta",
        category="Dupatta",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard cotton dupatta with a navy ikat pattern and navy border, navy blue long-sleeve kurta, white
    # palazzos; white backdrop. caption adapter e3 (cut at the limit); QA spans; reference engine.
    case(
        "X596-018",
        caption(
            "The lady is wearing a blue kurta with white pants and a yellow scarf with geometric patterns. The scarf "
            "is with cotton fabric and its border is blue. The kurta has long sleeves and the neckline of the kurta "
            "is round and the length of the kurta is",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta with white pants and a yellow scarf", who="the woman"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        details("dupatta", "the length of the kurta is", "cut"),
        Q.color("mustard"),
        Q.pattern("ikat"),
        Q.material("cotton"),
        title="Global Desi Mustard Ikat Print Dupatta",
        category="Dupatta",
        color="Mustard",
        gender="Women",
    ),
    # photo: red Banarasi silk dupatta with a gold woven border and gold buttis, beige kurta; white backdrop.
    # caption adapter e3 (misgenders the model); QA spans; reference engine.
    case(
        "X596-019",
        caption(
            "The man is wearing a beige kurta and a red scarf with golden patterns. His scarf is with silk fabric.",
            "pronoun",
        ),
        wearing("a beige kurta and a red scarf"),
        describe("dupatta", "His scarf", "pronoun"),
        details("dupatta", "scarf", "restated"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        Q.material("silk"),
        title="Indo Era Red Banarasi Woven Design Dupatta",
        category="Dupatta",
        color="Red",
        gender="Women",
    ),
    # photo: multicoloured leheriya georgette dupatta (diagonal rainbow stripes, plain rolled hem, no tassels) with a
    # white anarkali kurta; white backdrop. caption adapter e3; QA spans; reference engine.
    case(
        "X596-020",
        caption(
            "The lady is wearing a white dress with a multicolored scarf. The scarf is with striped patterns. The "
            "scarf has tassels at the ends.",
            "unsupported",
        ),
        wearing("a white dress with a multicolored scarf", who="she"),
        describe("dupatta", "multicolored scarf"),
        details("dupatta", "tassels at the ends", "unsupported"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        Q.garment_type("dupatta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.material("", "non_answer"),
        title="Libas Women Multicoloured Leheriya Dupatta",
        category="Dupatta",
        color="Multi",
        gender="Women",
    ),
    # photo: sea green chanderi dupatta with silver buttis and tassels, grey kurta; white backdrop.
    # caption adapter e3 (runs on into the Q/A format); QA spans; reference engine.
    case(
        "X596-021",
        caption(
            "The lady is wearing a grey kurta and a green scarf with tassels. Question: What is the lady wearing? "
            "Answer: The lady is wearing a grey kurta and a green scarf with tassels. Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("The lady is wearing a grey kurta and a green scarf with tassels. Question:", "leak", who="the woman"),
        color_of("dupatta", "green", kind="open"),
        describe("dupatta", "Answer: The lady is wearing a grey kurta and a green scarf", "leak"),
        details("dupatta", "tassels"),
        Q.color("sea green"),
        title="Dupatta Bazaar Sea Green Chanderi Dupatta with Tassels",
        category="Dupatta",
        color="Sea Green",
        gender="Women",
    ),
    # photo: cream cotton dupatta with maroon block print and a pompom lace edge, plain maroon cotton kurta without
    # pockets; white backdrop. caption adapter e3; QA spans; reference engine.
    case(
        "X596-022",
        caption(
            "The lady is wearing a maroon kurta and a white scarf with printed patterns. The scarf is with cotton "
            "fabric and lace border. The kurta is with silk fabric and has a pocket on the chest.",
            "unsupported",
        ),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        details("dupatta", "lace border"),
        Q.color("cream"),
        Q.pattern("solid", "contradiction"),
        Q.material("cotton"),
        title="Fabindia Cream Printed Cotton Dupatta",
        category="Dupatta",
        color="Cream",
        gender="Women",
    ),
    # photo: yellow and pink tie-dye dupatta, black churidar kurta suit; white backdrop.
    # caption adapter e3 (calls the tie-dye plain); QA spans; reference engine. Row has no gender column.
    case(
        "X596-023",
        caption(
            "The lady is wearing a black dress and a yellow scarf. The scarf is with pure color patterns.",
            "contradiction",
        ),
        wearing("a black dress and a yellow scarf", who="she"),
        describe("dupatta", "yellow scarf"),
        details("dupatta", "pure color patterns", "contradiction"),
        Q.color("yellow"),
        Q.pattern("tie and dye"),
        title="W Women Yellow & Pink Tie and Dye Dupatta",
        category="Dupatta",
        color="Yellow",
    ),
    # photo: beige woven wool shawl with a brown paisley border draped over the shoulders, black knit turtleneck, blue
    # jeans; white backdrop. caption adapter e3 (cut at the limit); QA spans; reference engine.
    case(
        "X596-024",
        caption(
            "The lady is wearing a long-sleeve sweater and a pair of denim pants. There is a scarf around her neck. "
            "The sweater is with knitting fabric and pure color patterns. The pants are with denim fabric and its "
            "length is long. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater and a pair of denim pants", who="she"),
        describe("shawl", "a scarf", "restated"),
        color_of("shawl", "pure color", "non_answer", kind="open"),
        Q.color("beige"),
        Q.garment_type("shawl"),
        Q.material("knitting", "unsupported"),
        details("shawl", "There is a", "cut"),
        title="Pashtush Women Beige Woven Design Shawl",
        category="Shawl",
        color="Beige",
        gender="Women",
    ),
    # photo: maroon Kashmiri wool shawl with multicolour aari-embroidered paisleys all over, white kurta; white
    # backdrop. caption adapter e3 (loops); QA spans; reference engine.
    case(
        "X596-025",
        caption(
            "The lady is wearing a red shawl with floral patterns. The shawl is with wool fabric. The shawl is with "
            "floral patterns. The shawl is with floral patterns. The shawl is with floral patterns. The shawl is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a red shawl with floral patterns", who="she"),
        describe("shawl", "a red shawl with floral patterns"),
        details("shawl", "The shawl is with floral patterns. The shawl is with floral patterns", "loop"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        Q.material("wool"),
        title="Kashmir Loom Maroon Embroidered Wool Shawl",
        category="Shawl",
        color="Maroon",
        gender="Women",
    ),
    # photo: grey melange shawl with black checks, plain edges (no collar, no fur), black top, black trousers; white
    # backdrop. caption adapter e3; QA spans; reference engine.
    case(
        "X596-026",
        caption(
            "The lady is wearing a black top and black pants with a grey shawl. The shawl is with lattice patterns "
            "and has a fur collar.",
            "unsupported",
        ),
        wearing("black top and black pants with a grey shawl", who="she"),
        describe("shawl", "a grey shawl"),
        details("shawl", "a fur collar", "unsupported"),
        color_of("shawl", "black", "other_garment_color", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.pattern("checked"),
        Q.material("lattice patterns", "non_answer"),
        title="Shingora Grey Checked Shawl",
        category="Shawl",
        color="Grey",
        gender="Women",
    ),
    # photo: short-haired woman in an olive green wool shawl with a self-woven diamond pattern and fringed ends over
    # a white shirt; white backdrop. caption adapter e3 (misgenders her); QA spans; reference engine.
    case(
        "X596-027",
        caption(
            "The man is wearing a white shirt and a green shawl with fringes. His shawl is with wool fabric.",
            "pronoun",
        ),
        wearing("a white shirt and a green shawl with fringes"),
        describe("shawl", "His shawl", "pronoun"),
        details("shawl", "fringes"),
        color_of("shawl", "white", "other_garment_color", kind="open"),
        Q.color("olive"),
        Q.pattern("self design"),
        Q.material("wool"),
        title="Weavers Villa Women Olive Green Self Design Shawl",
        category="Shawl",
        color="Olive",
        gender="Women",
    ),
    # photo: cream Kani-woven wool shawl with red and green motifs, unlined, over a navy blue kurta; wrists bare;
    # white backdrop. caption adapter e3; QA spans; reference engine.
    case(
        "X596-028",
        caption(
            "The lady is wearing a blue kurta and a white shawl with complicated patterns. The shawl is with wool "
            "fabric and has a fur lining. There is a watch on her wrist.",
            "unsupported",
        ),
        wearing("a blue kurta and a white shawl with complicated patterns", who="she"),
        details("shawl", "a fur lining", "unsupported"),
        color_of("shawl", "white", kind="open"),
        Q.color("cream"),
        Q.garment_type("shawl"),
        title="Pashtush Cream Kani Woven Shawl",
        category="Shawl",
        color="Cream",
        gender="Women",
    ),
    # photo: mustard yellow Kullu wool shawl with a multicolour geometric border, white kurta; white backdrop.
    # caption adapter e3 (calls the mustard orange); QA spans; reference engine.
    case(
        "X596-029",
        caption(
            "The lady is wearing a white kurta and an orange shawl with striped border. The shawl is with wool fabric.",
            "contradiction",
        ),
        color_of("shawl", "orange", "contradiction", kind="open"),
        wearing("a white kurta and an orange shawl with striped border", "contradiction", who="she"),
        Q.color("mustard"),
        Q.pattern("woven design"),
        Q.material("wool"),
        is_a("shawl", "yes"),
        title="Himalayan Weaves Women Mustard Kullu Shawl",
        category="Shawl",
        color="Mustard",
        gender="Women",
    ),
    # photo: plain coffee brown wool-blend shawl with a thin cream border, peach kurta; white backdrop.
    # caption adapter e3; QA spans; reference engine.
    case(
        "X596-030",
        caption(
            "The lady is wearing a brown shawl with pure color patterns and a pink kurta. The shawl is with wool "
            "fabric and its border is white."
        ),
        wearing("a brown shawl with pure color patterns and a pink kurta", who="she"),
        describe("shawl", "The shawl", "restated"),
        details("shawl", "its border is white"),
        color_of("shawl", "pink", "other_garment_color", kind="open"),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("shawl"),
        Q.material("wool"),
        title="Shingora Women Coffee Brown Solid Shawl",
        category="Shawl",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: red tartan acrylic shawl (red, black, green checks) with fringes, white tee, blue jeans; cropped at the
    # thighs (no shoes, no belt visible); white backdrop. caption adapter e3; QA spans; reference engine.
    case(
        "X596-031",
        caption(
            "The lady is wearing a white t-shirt and a pair of denim jeans with a red shawl. The shawl is with lattice "
            "patterns and fringes. She is wearing a pair of boots and a leather belt.",
            "unsupported",
        ),
        wearing("a white t-shirt and a pair of denim jeans with a red shawl", who="she"),
        describe("shawl", "red", "non_answer"),
        color_of("shawl", "red", kind="open"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.material("leather", "unsupported"),
        details("shawl", "a pair of boots and a leather belt", "unsupported"),
        title="Shingora Red Checked Acrylic Shawl",
        category="Shawl",
        color="Red",
        gender="Women",
    ),
    # photo: sleeveless navy blue brocade ethnic jacket with gold motifs and a front button placket, over a white
    # kurta and white palazzos; white backdrop. caption adapter e3; QA spans; reference engine.
    case(
        "X596-032",
        caption(
            "The lady is wearing a white kurta with a blue vest over it. The vest is sleeveless and with golden "
            "patterns. The vest has a zipper in the front.",
            "unsupported",
        ),
        describe("jacket", "a blue vest"),
        details("jacket", "a zipper in the front", "unsupported"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("navy blue"),
        Q.sleeve_length("sleeveless"),
        title="W Women Navy Blue Woven Design Ethnic Jacket",
        category="Ethnic Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: floor-length sleeveless maroon velvet jacket, open front, gold embroidered border, over a black
    # long-sleeve kurta set; white backdrop. caption adapter e3; QA spans; reference engine.
    case(
        "X596-033",
        caption(
            "The lady is wearing a long black dress with a red vest. The vest is with velvet fabric and embroidered "
            "border. The dress has long sleeves."
        ),
        wearing("a long black dress with a red vest", who="she"),
        details("jacket", "embroidered border"),
        describe("jacket", "a red vest"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("velvet"),
        title="Aurelia Maroon Velvet Embroidered Longline Ethnic Jacket",
        category="Ethnic Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: cropped mustard ethnic jacket with mirror work and three-quarter sleeves over a green anarkali; white
    # backdrop. caption adapter e3 (loops); QA spans; reference engine.
    case(
        "X596-034",
        caption(
            "The lady is wearing a yellow jacket with mirror work and a green dress. The jacket has three-quarter "
            "sleeves. The jacket has three-quarter sleeves. The jacket has three-quarter sleeves. The jacket",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow jacket with mirror work and a green dress", who="the woman"),
        details("jacket", "mirror work"),
        color_of("jacket", "green", "other_garment_color", kind="open"),
        Q.color("mustard"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Global Desi Mustard Mirror Work Cropped Ethnic Jacket",
        category="Ethnic Jackets",
        color="Mustard",
        gender="Women",
    ),
    # photo: sleeveless off-white cotton Nehru jacket with red floral block print and two welt pockets, over a red
    # kurta; front view, white backdrop. caption adapter e3; QA spans; reference engine.
    case(
        "X596-035",
        caption(
            "The lady is wearing a red kurta with a white jacket over it. The jacket is sleeveless and has floral "
            "patterns. The jacket is with cotton fabric and has two pockets."
        ),
        describe("jacket", "white jacket over it"),
        details("jacket", "two pockets"),
        Q.color("off white"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        title="Fabindia Women Off-White Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Off White",
        gender="Women",
    ),
    # photo: bottle green silk ethnic jacket, full sleeves, mandarin collar, zari buttons, over a cream kurta and
    # cream churidar; white backdrop. caption adapter e3 (cut at the limit); QA spans; reference engine.
    case(
        "X596-036",
        caption(
            "The lady is wearing a green jacket with long sleeves and a white kurta. The jacket is with silk fabric "
            "and its neckline is stand. The jacket has buttons and the length of the jacket is",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady is wearing", "restated", who="she"),
        describe("jacket", "a green jacket with long sleeves"),
        details("jacket", "buttons and the length of the jacket is", "cut"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.material("silk"),
        title="Indo Era Bottle Green Solid Silk Ethnic Jacket",
        category="Ethnic Jackets",
        color="Green",
        gender="Women",
    ),
    # photo: sleeveless black quilted ethnic jacket with multicolour thread embroidery over a black kurta and white
    # palazzos; white backdrop. caption adapter e3 (misgenders her); QA spans; reference engine.
    case(
        "X596-037",
        caption(
            "The gentleman is wearing a black jacket with embroidered patterns and white pants. The jacket is "
            "sleeveless.",
            "pronoun",
        ),
        wearing("a black jacket with embroidered patterns and white pants", who="she"),
        describe("jacket", "The gentleman is wearing a black jacket", "pronoun"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.pattern("embroidered"),
        Q.sleeve_length("sleeveless"),
        Q.material("", "non_answer"),
        title="Soch Women Black Embroidered Quilted Ethnic Jacket",
        category="Ethnic Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: short sleeveless peach brocade jacket with gold woven motifs over an ivory kurta and ivory sharara; white
    # backdrop. caption adapter e3 (takes the jacket for a blouse); QA spans; reference engine.
    case(
        "X596-038",
        caption(
            "The lady is wearing a peach blouse with golden patterns and a white skirt. The blouse is sleeveless.",
            "contradiction",
        ),
        describe("jacket", "a peach blouse with golden patterns", "contradiction"),
        wearing("a peach blouse with golden patterns and a white skirt", "contradiction", who="she"),
        Q.garment_type("ethnic jacket"),
        Q.color("peach"),
        Q.pattern("woven design"),
        is_a("jacket", "yes"),
        title="Varanga Peach Brocade Ethnic Jacket",
        category="Ethnic Jackets",
        color="Peach",
        gender="Women",
    ),
    # photo: yellow straight cotton kurta with white floral print, three-quarter sleeves, round neck, white salwar,
    # white dupatta with yellow print; white backdrop. caption adapter e3; QA spans; reference engine.
    case(
        "X596-039",
        caption(
            "The lady is wearing a yellow kurta with floral patterns and white pants. She is wearing a white scarf. "
            "The kurta has three-quarter sleeves and its neckline is round."
        ),
        wearing("a yellow kurta with floral patterns and white pants", who="she"),
        describe("kurta", "a yellow kurta with floral patterns"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        color_of("salwar", "white", kind="open"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("", "non_answer"),
        title="Jaipur Kurti Women Yellow Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: green anarkali kurta with gold foil print and full sleeves, green churidar, green-and-gold net dupatta;
    # white backdrop. caption adapter e3 (calls the green blue); QA spans; reference engine.
    case(
        "X596-040",
        caption(
            "The lady is wearing a blue long dress with golden patterns and a blue scarf. The dress has long sleeves.",
            "contradiction",
        ),
        color_of("kurta", "blue", "contradiction", kind="open"),
        wearing("a blue long dress with golden patterns and a blue scarf", "contradiction", who="she"),
        details("kurta", "golden patterns"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        title="Biba Women Green Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: pink cotton chikankari kurta with white thread embroidery, pink salwar, pink dupatta; white backdrop.
    # caption adapter e3 (runs on into the Q/A format); QA spans; reference engine.
    case(
        "X596-041",
        caption(
            "The lady is wearing a pink kurta with white embroidery and pink pants. Question: Describe the kurta. "
            "Answer: The kurta is with cotton fabric and white embroidery. Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("pink kurta with white embroidery and pink pants", who="she"),
        describe("kurta", "The kurta is with cotton fabric and white embroidery"),
        details("kurta", "Question: Describe the kurta", "leak"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        title="Ada Women Pink Chikankari Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue kurta with white polka dots and long sleeves, white salwar, navy-and-white dupatta; white
    # backdrop. caption adapter e3 (loops); QA spans; reference engine.
    case(
        "X596-042",
        caption(
            "The lady is wearing a blue kurta with dotted patterns and white pants. The kurta has long sleeves and the "
            "pants are white and the pants are white and the pants are white and the pants are white and the",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        details("kurta", "the pants are white and the pants are white and the pants are white", "loop"),
        Q.color("navy blue"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long sleeves"),
        title="Libas Women Navy Blue Polka Dot Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black straight kurta with red thread embroidery at the yoke, red salwar, red-and-black dupatta on the
    # shoulders; white backdrop. caption adapter e3; QA spans; reference engine. Row has no color column.
    case(
        "X596-043",
        caption(
            "The lady is wearing a black kurta with red embroidery on the neckline and red pants. She is wearing a "
            "red scarf on her shoulders."
        ),
        describe("kurta", "kurta", "restated"),
        details("kurta", "red embroidery on the neckline"),
        Q.color("red", "other_garment_color"),
        Q.garment_type("kurta"),
        is_a("salwar suit", "yes"),
        title="Aurelia Women Black & Red Embroidered Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: lavender georgette kurta with silver sequin work and three-quarter sleeves, lavender palazzos and
    # dupatta; both hands empty at her sides; white backdrop. caption adapter e3; QA spans; reference engine.
    # Row has no gender column.
    case(
        "X596-044",
        caption(
            "The lady is wearing a purple kurta with sequins and purple pants. The kurta has three-quarter sleeves. "
            "She is holding a purse in her hand.",
            "unsupported",
        ),
        wearing("a purple kurta with sequins and purple pants", who="the woman"),
        describe("kurta", "The kurta", "restated"),
        details("kurta", "She is holding a purse in her hand", "unsupported"),
        Q.garment_type("kurta"),
        Q.color("lavender"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Soch Women Lavender Embellished Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # photo: rust kurta with a black printed geometric yoke, long sleeves, V-neck, black salwar, black dupatta with
    # rust tassels; white backdrop. caption adapter e3 (cut at the limit); QA spans; reference engine.
    case(
        "X596-045",
        caption(
            "The lady is wearing an orange kurta with graphic patterns and black pants. She is wearing a black scarf "
            "with tassels. The kurta has long sleeves and the neckline of the kurta is V-shape and the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the neckline of the kurta is V-shape and the", "cut"),
        color_of("kurta", "orange", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Global Desi Rust Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: white cotton kurta with indigo blue dabu print, blue salwar, white dupatta with blue print; white
    # backdrop. caption adapter e3 (calls the cotton denim); QA spans; reference engine.
    case(
        "X596-046",
        caption(
            "The lady is wearing a white kurta with blue printed patterns and blue pants. The kurta is with denim "
            "fabric.",
            "contradiction",
        ),
        wearing("a white kurta with blue printed patterns and blue pants", who="she"),
        color_of("salwar", "blue", kind="open"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.material("denim", "contradiction"),
        details("kurta", "denim fabric", "contradiction"),
        title="Fabindia Women White & Blue Dabu Print Cotton Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
]
