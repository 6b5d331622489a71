"""BLIND_307 (46 products; women's dresses from a western-wear brand, model shots indoors and outdoors): written blind
in the forty-third session. Measured blind at f8e69bd (the session's rules as they stood): 96/114 failures found
(84.2%) and 8/139 correct texts flagged (5.8%). The writer's notes, verbatim:

Scenario: an English catalog feed of a western-wear brand's women's dresses: maxi, midi and mini dresses, shirt
dresses, wrap dresses, bodycon, A-line, sweater, slip and party dresses, shot on models indoors (studio backdrops,
painted walls, curtains, a cafe, a library) and outdoors (streets, parks, beaches, fields). Many are plain colors in
shades the seller names its own way (Burgundy, Rust, Sage, Oatmeal, Blush), some printed (florals, polka dots,
gingham, leopard, tie-dye, leaves) and some layered (a leather jacket, a cardigan, a trench coat, a tee under a slip
dress, a turtleneck under a pinafore). Each row has the seller's title, category, color and gender; a few rows miss
the gender, the category or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a red
dress ...") unless the comment says the caption adapter wrote them (the DeepFashion template, "The lady wears a
sleeveless dress with pure color patterns. The dress is with chiffon fabric ..."). The adapter was trained with no
end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries
hit_limit=True; asked a question, it returns its caption template. It only knows DeepFashion's fabrics (cotton,
chiffon, denim, knitting, leather, furry) and patterns (pure color, floral, lattice, striped, graphic, color block).
The open questions (wearing, description, details, material and the set's own) come from the base model unless the
comment says the adapter answered them; the base model writes short lowercase answers, stops on its own and never
has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions, the
dress length and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets;
they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for burgundy, white for ivory or cream, beige for oatmeal or
  champagne, blue for navy, cobalt, teal, chambray or dusty blue, green for teal, sage or emerald, purple for
  lavender, orange for rust or coral, pink for blush, fuchsia or coral, yellow for mustard or lemon, grey for grey
  marl. For a two-color row (Black/White gingham or tweed, Blue/White stripes) either color, or both, is correct;
  for a multi tie-dye, any of its main colors is correct. Navy as black and mustard as orange are contradiction.
- A color taken from the print or trim (red roses on a black dress, green leaves on a white dress, a black collar on
  a white dress) given as the garment's color is contradiction. A color taken from the backdrop (a pink wall, a
  lavender field, a red curtain) is contradiction too. A color that belongs to another garment or accessory in the
  photo (the leather jacket, the cardigan, the tee under the slip dress, the turtleneck under the pinafore, the black
  belt and boots on a grey dress, the brown belt on an olive dress) given as the dress's color is other_garment_color.
  One color given to every piece ("a red dress and a red jacket", "a brown dress and a brown coat") is contradiction.
- Walls, props and layers named in a caption or in the wearing answer are correct when they are in the photo (a
  brick wall, a straw hat, a trench coat, a yellow taxi, a christmas tree); an invented prop or item (a drink, shoes
  on a photo cropped at the thigh, a belt, a necklace, gold chains, buttons, pockets, a zipper or a bow on a back the
  front view does not show, a slit, a v neck on a back view) is unsupported.
- A shirt dress called a shirt (garment_type "shirt") is contradiction; so is a tweed dress called a jacket, a slip
  dress under a cardigan called a skirt, and a sweater dress called a sweater ("a beige sweater", garment_type
  "sweater"). "a sweater dress", "a wedding dress" for an ivory lace dress, "a denim dress" for chambray, "a sweater"
  or "a white shirt" for the cardigan or turtleneck layered with the dress, and "lace" for broderie eyelet are correct.
- The sleeve length of a layer under or over the dress (the tee's short sleeves under a slip dress, the turtleneck's
  long sleeves under a pinafore) given as the dress's sleeves is contradiction, as are sheer lace sleeves, cap sleeves
  or flutter sleeves answered "sleeveless", a one-shoulder dress answered "long sleeves", pleats answered "striped",
  gingham answered "striped", leopard spots answered "polka dot" and a ditsy floral answered "solid".
- Materials: one the title names, or one plainly visible (satin sheen, sequins, lace, velvet, denim for chambray) is
  correct; a common guess on a fabric the title leaves open (cotton or wool on a knit, polyester on a plain dress) is
  correct; silk on a satin, ribbed-knit or metallic dress and velvet taken from the curtain behind a jersey dress are
  unsupported; a material that contradicts the one the title names (linen for cotton gingham) or that belongs to
  another garment (the jacket's leather, the tee's cotton under a satin slip) is contradiction.
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without repeating is
  cut; a template returned for the material question is restated (even where it names a fabric). Where the template
  misnames the garment itself (a shirt dress as "a short-sleeve shirt ... short pants", a tweed dress as "a jacket
  ... short skirt"), the misnaming is what the auditor sees first: contradiction, hit_limit kept. Invented accessories
  (a hat, a ring, "an accessory on her wrist") in a template that is then cut are labelled cut. The template
  answering "What is the person wearing?", "Describe the garment." or the details question does answer it, so those
  are loop or cut, not restated.
- A base answer that stops short ("the sleeves are made of", "it's made of", "a black wrap dress with") is cut,
  without hit_limit. An empty answer, "the details of the dress", "the dress has a lot of details", "the dress", "it
  is a dress" and "i don't know" are non_answer; a details or material question answered with only the garment and
  its color ("a red dress", "red", "pink") is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" for a woman is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_coat = question("color_coat", "What is the color of the coat?", "closed")
color_belt = question("color_belt", "What is the color of the belt?", "closed")
color_cardigan = question("color_cardigan", "What is the color of the cardigan?", "closed")
dress_length = question("dress_length", "How long is the dress?", "closed")
neckline = question("neckline", "What is the neckline of the dress?", "open")

BLIND_307 = [
    # photo: model in a black ribbed-knit long-sleeve bodycon mini dress, square neck, plain white studio backdrop,
    # full length, front view, black heels.
    # adapter: none
    case(
        "X307-001",
        caption("a woman in a black dress posing for a photo"),
        D.wearing("a black dress"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        D.details("a zipper on the back", "unsupported"),
        title="Black Ribbed Knit Square Neck Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue maxi dress with white and yellow flowers, flutter sleeves, v neck, walking in a grass
    # field, front view, no slit.
    # adapter: caption
    case(
        "X307-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a floral dress"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a long floral dress with a slit on the side", "unsupported"),
        title="Blue Floral Print Flutter Sleeve Maxi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a burgundy satin cowl-neck slip midi dress, spaghetti straps, standing against a beige wall
    # indoors, three-quarter view.
    # adapter: none
    case(
        "X307-003",
        caption("a woman in a red satin dress standing in front of a wall"),
        D.wearing("a red dress"),
        D.color("red"),
        D.material("silk", "unsupported"),
        D.details("spaghetti straps"),
        title="Burgundy Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a white cotton button-front shirt dress, knee length, sleeves rolled to the elbow, tan leather
    # belt at the waist, walking on a city street.
    # adapter: details
    case(
        "X307-004",
        caption("a woman in a white shirt dress walking down the street"),
        D.wearing("a white dress with a belt"),
        D.garment_type("shirt", "contradiction"),
        D.color("white"),
        color_belt("brown"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a lapel neckline. The dress is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="White Cotton Belted Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy wrap midi dress with small white polka dots, short sleeves, v neck, self-tie at the
    # waist, no buttons, grey studio backdrop.
    # adapter: none
    case(
        "X307-005",
        caption("a woman in a blue polka dot dress"),
        D.color("black", "contradiction"),
        D.pattern("polka dot"),
        D.description("a navy blue wrap dress with white polka dots"),
        D.details("buttons down the front", "unsupported"),
        title="Navy Polka Dot Wrap Midi Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: model in an emerald velvet mini party dress, long puff sleeves, square neck, no jewellery, indoors in
    # front of a decorated fireplace.
    # adapter: caption
    case(
        "X307-006",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of short length. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green dress and a necklace", "unsupported"),
        D.color("green"),
        D.material("velvet"),
        D.sleeve_length("long sleeves"),
        title="Emerald Velvet Puff Sleeve Party Mini Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in an oatmeal cable-knit turtleneck sweater dress, knee length, long sleeves, brown knee-high
    # boots, in an autumn park with fallen leaves.
    # adapter: none
    case(
        "X307-007",
        caption("a woman in a beige sweater dress and brown boots standing in a park"),
        D.wearing("a beige sweater and brown boots", "contradiction"),
        D.garment_type("sweater", "contradiction"),
        D.color("beige"),
        D.material("wool"),
        D.details("a turtleneck and cable knit"),
        title="Oatmeal Cable Knit Turtleneck Sweater Dress",
        category="Dresses",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: model in a red crepe sleeveless A-line mini dress under a black leather biker jacket, standing in
    # front of a brick wall outdoors.
    # adapter: none
    case(
        "X307-008",
        caption("a woman in a red dress and black leather jacket standing in front of a brick wall"),
        D.wearing("a red dress and a red jacket", "contradiction"),
        D.color("black", "other_garment_color"),
        color_jacket("black"),
        D.material("leather", "contradiction"),
        title="Red Crepe A-Line Mini Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a mustard tiered cotton maxi dress with a small white floral print, sleeveless, v neck, on a
    # beach.
    # adapter: caption
    case(
        "X307-009",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a sleeveless dress with floral patterns. "
            "The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow dress"),
        D.color("orange", "contradiction"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The dress is of long "
            "length. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Mustard Floral Tiered Cotton Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black-and-white gingham cotton mini dress, short puff sleeves, square neck, sitting on a
    # wooden park bench.
    # adapter: none
    case(
        "X307-010",
        caption("a woman sitting on a bench in a black and white checkered dress"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.details(
            "puff sleeves and a square neckline Question: what is the pattern of the dress? Answer: plaid", "leak"
        ),
        D.material("linen", "contradiction"),
        title="Black & White Gingham Cotton Puff Sleeve Mini Dress",
        category="Dresses",
        color="Black/White",
        gender="Women",
    ),
    # photo: model in a blush pink chiffon wrap maxi dress, long sheer sleeves, self-tie, no belt, in a rose garden.
    # adapter: none
    case(
        "X307-011",
        caption("a woman in a pink dress standing in a garden"),
        D.wearing("a pink dress Question: what is the color of the dress? Answer: pink", "leak"),
        D.color("pink"),
        D.description("a long pink dress with long sleeves and a pink belt", "unsupported"),
        D.material("pink", "restated"),
        title="Blush Pink Chiffon Wrap Maxi Dress",
        category="Dresses",
        color="Blush",
        gender="Women",
    ),
    # photo: model in a champagne silk bias-cut slip dress, midi, under an open cream chunky cardigan, sitting on a
    # bed in a bright bedroom; the dress shows below the cardigan from the waist down.
    # adapter: none
    case(
        "X307-012",
        caption("a woman in a white dress and a sweater sitting on a bed"),
        D.wearing("a white sweater and a skirt", "contradiction"),
        D.color("beige"),
        color_cardigan("white"),
        D.material("silk"),
        is_a("dress", "yes"),
        title="Champagne Silk Bias Cut Slip Dress",
        category="Dresses",
        color="Champagne",
        gender="Women",
    ),
    # photo: model in a cobalt blue one-shoulder bandage bodycon midi dress, white studio backdrop, front view.
    # adapter: caption, description
    case(
        "X307-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of medium length. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress"),
        D.color("blue"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        title="Cobalt Blue One Shoulder Bandage Bodycon Midi Dress",
        category="Dresses",
        color="Cobalt Blue",
        gender="Women",
    ),
    # photo: model in a leopard-print satin slip midi dress (tan with brown and black spots), walking on a city
    # sidewalk, no slit.
    # adapter: none
    case(
        "X307-014",
        caption("a woman in a leopard print dress walking down the street"),
        D.color("brown"),
        D.pattern("polka dot", "contradiction"),
        D.details("the dress has a leopard print"),
        D.material("satin"),
        D.description("a brown and black leopard print dress with a slit", "unsupported"),
        title="Leopard Print Satin Slip Midi Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a silver sequin v-neck long-sleeve mini party dress, cropped at mid-thigh, indoors with
    # balloons behind her.
    # adapter: none
    case(
        "X307-015",
        caption("a woman in a silver sequin dress at a party"),
        D.wearing("a silver dress and silver shoes", "unsupported"),
        D.color("silver"),
        D.material("sequins"),
        D.details("the dress has a lot of details", "non_answer"),
        title="Silver Sequin V-Neck Long Sleeve Party Dress",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: model in an olive button-front utility shirt dress, short sleeves, brown belt, knee length, standing
    # against a white wall with potted plants.
    # adapter: caption
    case(
        "X307-016",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short pants. The pants",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green dress Question: what is the color of the belt? Answer: brown", "leak"),
        D.color("brown", "other_garment_color"),
        D.garment_type("dress"),
        is_a("shirt", "no"),
        title="Olive Utility Belted Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a lavender pleated halter midi dress, sleeveless, standing in front of a pink painted wall.
    # adapter: none
    case(
        "X307-017",
        caption("a woman in a purple dress standing in front of a pink wall"),
        D.wearing("a pink dress", "contradiction"),
        D.color("purple"),
        D.pattern("striped", "contradiction"),
        D.details("pleats"),
        title="Lavender Pleated Halter Midi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a white broderie (eyelet) cotton tiered maxi dress, short flutter sleeves, in a desert
    # landscape.
    # adapter: none
    case(
        "X307-018",
        caption("a woman in a white dress standing in the desert"),
        D.wearing("he is wearing a white dress", "pronoun"),
        D.color("white"),
        D.details("lace"),
        D.material("i don't know", "non_answer"),
        title="White Broderie Cotton Tiered Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a rust satin long-sleeve wrap midi dress, no buttons, grey studio backdrop.
    # adapter: material
    case(
        "X307-019",
        caption("a woman in an orange dress posing for a photo"),
        D.color("orange"),
        D.sleeve_length("long sleeves"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long",
            "restated",
            hit_limit=True,
        ),
        D.description("a long sleeve orange wrap dress with buttons", "unsupported"),
        title="Rust Satin Long Sleeve Wrap Midi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a lemon yellow linen-blend strappy mini sundress, by a swimming pool, holding sunglasses in one
    # hand; no drink anywhere.
    # adapter: none
    case(
        "X307-020",
        caption("a woman in a yellow dress holding a drink by the pool", "unsupported"),
        D.wearing("a yellow dress"),
        D.color("yellow"),
        D.sleeve_length("sleeveless"),
        D.material("the dress is made of", "cut"),
        title="Lemon Linen Blend Mini Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a grey marl ribbed sweater dress, round neck, long sleeves, knee length, black belt, black
    # ankle boots, indoors in a loft against a brick wall.
    # adapter: caption
    case(
        "X307-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey sweater dress with a black belt"),
        D.color("black", "other_garment_color"),
        color_belt("black"),
        D.material("it is made of a", "cut"),
        D.description("a grey dress with a black belt and black boots"),
        title="Grey Marl Ribbed Belted Sweater Dress",
        category="Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a pink, purple and blue tie-dye short-sleeve t-shirt maxi dress, no belt, on a beach.
    # adapter: none
    case(
        "X307-022",
        caption("a woman in a tie dye dress on the beach"),
        D.wearing("a purple dress"),
        D.color("purple"),
        D.pattern("tie dye"),
        D.details("tie dye Question: what is the material of the dress? Answer: cotton", "leak"),
        D.description("a long dress with a tie dye pattern and a belt", "unsupported"),
        title="Tie-Dye Short Sleeve Maxi T-Shirt Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a black lace midi party dress, sheer long lace sleeves, nude lining under the bodice, dark
    # indoor backdrop.
    # adapter: none
    case(
        "X307-023",
        caption("a woman in a black lace dress"),
        D.color("black"),
        D.material("lace"),
        D.details("the sleeves are made of", "cut"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Black Lace Long Sleeve Midi Party Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a teal satin pleated sleeveless A-line midi dress, v neck, no jewellery, in a garden with a
    # wedding arch behind her.
    # adapter: caption, details
    case(
        "X307-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress and a necklace", "unsupported"),
        D.color("green"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. The dress is with chiffon fabric and pure "
            "color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Teal Satin Pleated A-Line Midi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a white short-sleeve mini dress with a contrast black Peter Pan collar, plain front
    # with no buttons, white studio backdrop.
    # adapter: none
    case(
        "X307-025",
        caption("a woman in a white dress with a black collar"),
        D.color("black", "contradiction"),
        D.details("a black collar and black buttons", "unsupported"),
        D.sleeve_length("short sleeves"),
        D.material("it is made of polyester"),
        title="White Contrast Collar Mini Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a black long-sleeve wrap midi dress printed with large red roses, on a city sidewalk.
    # adapter: none
    case(
        "X307-026",
        caption("a woman in a black floral dress standing on a sidewalk"),
        D.wearing("a red dress", "contradiction"),
        D.color("black"),
        D.pattern("floral"),
        D.description("a black wrap dress with", "cut"),
        title="Black Rose Print Wrap Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a light blue chambray button-front midi shirt dress, sleeves rolled up, no pockets, sitting
    # on a wooden chair indoors.
    # adapter: wearing
    case(
        "X307-027",
        caption("a woman in a denim dress sitting on a chair"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("shirt", "contradiction"),
        D.material("denim"),
        D.details("buttons and pockets", "unsupported"),
        title="Light Blue Chambray Midi Shirt Dress",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a black sleeveless bodycon midi dress with cut-outs at the waist, white studio backdrop.
    # adapter: none
    case(
        "X307-028",
        caption("a woman in a black dress with cut outs"),
        D.wearing("a dress"),
        D.color("black"),
        D.details("the details of the dress", "non_answer"),
        D.material("a black dress", "restated"),
        title="Black Cut-Out Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a fuchsia one-shoulder ruffled mini party dress in a shiny fabric, indoors with balloons.
    # adapter: caption
    case(
        "X307-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.color("pink"),
        D.material("satin"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Fuchsia Ruffle One Shoulder Mini Dress",
        category="Dresses",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a sage green linen midi dress, smocked bodice, short puff sleeves, holding a straw hat, in a
    # lavender field.
    # adapter: none
    case(
        "X307-030",
        caption("a woman in a green dress holding a straw hat in a field of lavender"),
        D.wearing("a green dress and a straw hat"),
        D.color("purple", "contradiction"),
        D.description("it is a dress", "non_answer"),
        D.material("linen Question: what is the color of the dress? Answer: green", "leak"),
        title="Sage Green Linen Smocked Midi Dress",
        category="Dresses",
        color="Sage",
        gender="Women",
    ),
    # photo: model in a black satin slip dress worn over a white short-sleeve t-shirt, grey studio backdrop.
    # adapter: none
    case(
        "X307-031",
        caption("a woman in a black dress and white t-shirt"),
        D.wearing("a black dress over a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("cotton", "contradiction"),
        is_a("shirt", "no"),
        title="Black Satin Slip Dress",
        category="Dresses",
        color="Black",
    ),
    # photo: model in a red-and-black tartan flannel shirt dress, long sleeves, two chest pockets, no belt, in an
    # autumn street.
    # adapter: caption
    case(
        "X307-032",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of medium length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid dress"),
        D.color("red"),
        D.pattern("plaid"),
        D.material(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is",
            "restated",
            hit_limit=True,
        ),
        D.details("buttons and a belt", "unsupported"),
        title="Red Tartan Flannel Shirt Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in an ivory lace cap-sleeve A-line midi dress, outdoors in front of a small white chapel.
    # adapter: none
    case(
        "X307-033",
        caption("a woman in a white lace dress standing in front of a church"),
        D.wearing("a wedding dress"),
        D.description("he is wearing a white lace dress", "pronoun"),
        D.color("white"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("lace"),
        title="Ivory Lace Cap Sleeve A-Line Midi Dress",
        category="Dresses",
        color="Ivory",
        gender="Women",
    ),
    # photo: model in a pink ditsy-floral mini dress with a cream cropped cardigan over it, sitting at a cafe table.
    # adapter: none
    case(
        "X307-034",
        caption("a woman sitting at a table in a cafe wearing a pink floral dress"),
        D.wearing("a white sweater and a pink dress"),
        D.color("white", "other_garment_color"),
        color_cardigan("white"),
        D.pattern("solid", "contradiction"),
        D.details("the dress", "non_answer"),
        title="Pink Ditsy Floral Mini Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a chocolate brown ribbed-knit long-sleeve midi dress under an open beige trench coat, walking
    # down a city street.
    # adapter: description
    case(
        "X307-035",
        caption("a woman in a brown dress and a trench coat walking down the street"),
        D.wearing("a brown dress and a brown coat", "contradiction"),
        D.color("brown"),
        color_coat("beige"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. The lady "
            "wears a long-sleeve dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.material("a brown dress", "restated"),
        title="Chocolate Ribbed Knit Long Sleeve Midi Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a blue-and-white vertical striped cotton button-front midi sundress, sleeveless, no pockets, by
    # the sea.
    # adapter: none
    case(
        "X307-036",
        caption("a woman in a blue and white striped dress standing by the sea"),
        D.wearing("a blue and white striped dress Question: what is the color of the dress? Answer: blue", "leak"),
        D.color("blue"),
        D.pattern("striped"),
        D.description("a striped dress with buttons and pockets", "unsupported"),
        title="Blue Stripe Button Front Midi Sundress",
        category="Dresses",
        color="Blue/White",
        gender="Women",
    ),
    # photo: model in a black jersey high-neck long-sleeve maxi dress, indoors in front of a dark red velvet
    # curtain.
    # adapter: caption
    case(
        "X307-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "standing neckline. The lady wears a long-sleeve dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress"),
        D.color("red", "contradiction"),
        D.sleeve_length("long sleeves"),
        dress_length("maxi"),
        D.material("velvet", "unsupported"),
        title="Black Jersey High Neck Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white strappy maxi dress with a green palm-leaf print, front view, at a tropical resort.
    # adapter: none
    case(
        "X307-038",
        caption("a woman in a white dress with green leaves"),
        D.wearing("a white and green dress"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.details("spaghetti straps and a bow at the back", "unsupported"),
        D.material("it's made of", "cut"),
        title="White Palm Leaf Print Strappy Maxi Dress",
        category="Dresses",
        color="White",
    ),
    # photo: model in a gold metallic pleated long-sleeve midi party dress, indoors next to a christmas tree with
    # string lights.
    # adapter: wearing
    case(
        "X307-039",
        caption("a woman in a gold dress standing in front of a christmas tree"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        D.color("gold"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. The dress is "
            "with chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Gold Metallic Pleated Midi Party Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # photo: model in a forest green satin long-sleeve wrap mini dress, white studio backdrop.
    # adapter: none
    case(
        "X307-040",
        caption("a woman in a green satin dress"),
        D.wearing("he is wearing a green dress", "pronoun"),
        D.color("green"),
        D.details("", "non_answer"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        is_a("dress", "no", "contradiction"),
        title="Forest Green Satin Wrap Mini Dress",
        category="Dresses",
        color="Forest Green",
        gender="Women",
    ),
    # photo: model in a mustard corduroy sleeveless A-line pinafore dress over a white long-sleeve turtleneck,
    # standing between library shelves.
    # adapter: none
    case(
        "X307-041",
        caption("a woman in a yellow dress and white turtleneck standing in a library"),
        D.wearing("a yellow dress and white shirt"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("corduroy"),
        is_a("skirt", "no"),
        title="Mustard Corduroy A-Line Pinafore Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a navy cotton short-sleeve midi dress with white floral embroidery, no hat, in a park.
    # adapter: caption
    case(
        "X307-042",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. This lady wears a hat. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress with white flowers"),
        D.color("black", "contradiction"),
        D.details("flowers Question: what is the material of the dress? Answer: cotton", "leak"),
        D.material("cotton"),
        title="Navy Floral Embroidered Cotton Midi Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a red ribbed square-neck short-sleeve bodycon midi dress, on a street next to a yellow taxi.
    # adapter: none
    case(
        "X307-043",
        caption("a woman in a red dress standing next to a yellow taxi"),
        D.wearing("a red dress"),
        D.color("red"),
        D.details("a red dress", "restated"),
        D.material("red", "restated"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Red Ribbed Square Neck Bodycon Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: back view of a model in a coral halter maxi dress with an open back, on a terrace at sunset.
    # adapter: none
    case(
        "X307-044",
        caption("the back of a woman in an orange dress"),
        D.wearing("an orange dress"),
        D.color("pink"),
        D.details("the back of the dress is open Question: what is the color of the dress? Answer: orange", "leak"),
        D.description("a long orange dress with a v neck", "unsupported"),
        title="Coral Halter Open Back Maxi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: model in a black-and-white houndstooth tweed mini dress, long sleeves, gold buttons down the front,
    # no chains, white studio backdrop.
    # adapter: caption
    case(
        "X307-045",
        caption(
            "The lady wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black and white dress"),
        D.color("black"),
        D.pattern("checked"),
        D.details("gold buttons and gold chains", "unsupported"),
        is_a("jacket", "yes", "contradiction"),
        title="Black & White Tweed Button Front Mini Dress",
        category="Dresses",
        color="Black/White",
        gender="Women",
    ),
    # photo: model in a dusty blue chiffon maxi dress, flutter sleeves, v neck, on a beach at sunset.
    # adapter: material
    case(
        "X307-046",
        caption("a woman in a long blue dress standing on the beach at sunset"),
        D.wearing("a blue dress"),
        D.color("blue"),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the sleeves are", "cut"),
        title="Dusty Blue Chiffon Flutter Sleeve Maxi Dress",
        category="Dresses",
        color="Dusty Blue",
        gender="Women",
    ),
]
