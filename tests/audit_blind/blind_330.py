"""BLIND_330 (46 products; women's dresses from a global fast-fashion site, on location and on white): written blind in
the forty-fourth session. Measured blind at 451376c (the session's rules as they stood): 108/129 failures found
(83.7%) and 14/160 correct texts flagged (8.8%). The writer's notes, verbatim:

Scenario: the English catalog feed of a global fast-fashion site, women's dresses only: maxi, midi, mini, wrap,
shirt, slip, bodycon, tiered, smocked and sweater dresses. Most photos are model shots on location (beaches, city
streets, gardens, fields, rooftops) where the backdrop has strong colors of its own (blue sea, a yellow taxi, red
roses, a red phone box, gold balloons, a blue door); the rest are on white or grey studio backdrops. Many dresses are
styled with other pieces (a blazer, a cardigan or a leather jacket over a slip dress, a tee under a slip or a
pinafore, boots, tights, sneakers, a bikini under a cover-up, a bag or a straw hat). Each row has the seller's title,
category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
stops on its own, never hit_limit) unless the comment names an adapter. The caption-only LoRA adapter (DeepFashion
template, no end-of-answer token) wrote some captions and a few open answers: it always runs to its limit (50 new
tokens for captions, 30 for answers, hit_limit=True) and returns its template to any question. The VQA adapter
answered a few open questions: it too never stops, so it repeats one word or runs on into the prompt format it was
trained on ("Question: ... Answer: ..."), hit_limit=True. The closed questions (garment_type, color, pattern,
sleeve_length, dress length, the per-piece colors and the yes/no "Is this a ...?") are enrich's `--engine reference`
answers, chosen from candidate sets: they never loop or get cut, but they can pick a wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, sky blue, teal or mid blue; green for sage, olive,
  emerald, teal or lime; pink for blush, fuchsia or dusty pink; orange for rust or coral; yellow for mustard; white
  for cream or ivory; red for burgundy; purple for lilac; brown for chocolate or a leopard print; grey for grey marl.
- A color of the backdrop (sea, sunset light, roses, a phone box, balloons, a door) given as the dress's color is a
  contradiction; so is the color of the print, the stripes, the trim, the buttons or the collar of the dress itself
  (pink for a black dress with pink roses, gold for gold buttons, white for a navy dress's white collar).
- The color of another piece worn or carried (the blazer, cardigan, jacket, tee, boots, sneakers, bikini, a bag,
  a straw hat) given as the dress's color is other_garment_color. Sleeves or a pattern that belong to the layered
  piece (the blazer's long sleeves for a strappy slip, the tee's stripes for a denim pinafore) are contradiction.
- Garment names: a shirt dress called "a shirt", the adapter's "shirt ... long skirt" or "sweater ... leggings"
  template for a dress, "skirt", "coat", "jumpsuit", "t-shirt", "top", "sweater" or "jacket" as the type of a dress
  (closed or "Is this a ...?" yes) are contradiction. "sweater dress", "t - shirt dress", "overall dress" for a
  pinafore, "trench dress", "cover up" and "wrap dress" are correct. A yes to "Is this a sweater?" for a sweater
  dress is contradiction (the seller lists a dress; the question asks for the separate garment).
- Pleats answered "striped" and gingham answered "striped" are contradiction; houndstooth as "checkered", a leaf
  print as "floral", leopard as "leopard" and white broderie as "solid" are correct.
- Materials: one the title names, or one plainly visible (satin sheen, velvet, knit, mesh, crochet, denim) is
  correct; a plausible guess on a printed or knit fabric ("cotton" on jersey or a cotton-look print, "wool" on a
  cable knit) is correct. A material the title contradicts (silk for satin, lace for cotton broderie, denim for
  cotton twill, chiffon for cotton, leather for ribbed knit) or the material of the jacket worn over the dress is
  unsupported.
- Invented items (a necklace, a flower in her hair, a bag, tights on a photo cropped at mid-thigh, pockets,
  buttons on the sleeves, a chain belt, a black belt, a slit, heels on a photo cropped at the knee, a zipper or a tie
  on a back the photo does not show) are unsupported.
- Adapter texts: a template that repeats a sentence or phrase is loop; one that stops mid-sentence without repeating
  is cut (even where it invents "an accessory on her wrist" before the cut); a template answering the material
  question is restated; a template that misnames the dress (shirt and skirt, sweater and leggings) is contradiction,
  hit_limit kept. A template answering "What is the person wearing?" is cut or loop, not restated.
- VQA adapter texts: one word repeated is loop; a run into "Question: ... Answer: ..." is leak.
- Base texts: a run into "Question: ... Answer:" is leak even where the first words are right; a sentence repeated
  before the model stops is loop; an early stop mid-phrase ("it is made of", "an orange dress with a") is cut without
  hit_limit; an empty answer, "it is made of fabric", "the details of the dress", "it is a dress", "the dress" and
  "the neckline" are non_answer; a material question answered with the color or the garment's name, or with the
  question itself, is restated; "he" for the woman in the photo is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

dress_length = question("dress_length", "What is the length of the dress?", "closed")
neckline = question("neckline", "What is the neckline of the dress?", "open")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_cardigan = question("color_cardigan", "What is the color of the cardigan?", "closed")
color_belt = question("color_belt", "What is the color of the belt?", "closed")

BLIND_330 = [
    # photo: model in a navy wrap midi dress with a white ditsy floral print, V-neck, short flutter sleeves, white
    # sneakers, walking on a city street with a yellow taxi behind; full-length front view.
    # no adapter texts
    case(
        "X330-001",
        caption("a woman in a blue floral dress walking down the street"),
        D.wearing("a blue floral wrap dress and white sneakers"),
        D.garment_type("dress"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the dress has a belt and two pockets", "unsupported"),
        neckline("v - neck"),
        title="Ditsy Floral Wrap Midi Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a black ribbed-knit bodycon mini dress, long sleeves, crew neck, white studio backdrop, front
    # view cropped at mid-thigh.
    # caption: caption adapter
    case(
        "X330-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "crew neckline. The lady wears a long-sleeve dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress and black tights", "unsupported"),
        D.color("black"),
        dress_length("mini"),
        D.material("leather", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Ribbed Knit Bodycon Mini Dress",
        category="Bodycon Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white cotton tiered maxi sundress, thin straps, square neck, on a sandy beach with blue sea
    # and sky behind; full length.
    # no adapter texts
    case(
        "X330-003",
        caption("a woman in a white dress standing on the beach"),
        D.wearing("a white dress"),
        D.color("blue", "contradiction"),
        D.pattern("solid"),
        D.details("the dress has a tiered skirt and thin straps"),
        D.material("it is made of cotton and it is made of cotton and it is made of cotton", "loop"),
        is_a("skirt", "no"),
        title="Cotton Tiered Maxi Sundress",
        category="Maxi Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a sage green satin cowl-neck slip midi dress with spaghetti straps worn over a white short-sleeve
    # t-shirt, street with a red brick wall behind; front view.
    # no adapter texts
    case(
        "X330-004",
        caption("a woman wearing a green slip dress over a white t - shirt"),
        D.wearing("a green dress and a white t - shirt"),
        D.color("white", "other_garment_color"),
        D.material("satin"),
        D.description("a green dress with a white shirt under it"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Sage",
        gender="Women",
    ),
    # photo: model in a red-and-white gingham smocked mini dress, short puff sleeves, square neck, in a garden with
    # green hedges; front view.
    # no adapter texts
    case(
        "X330-005",
        caption("a woman in a red and white checkered dress in a garden"),
        D.wearing("he is wearing a red and white dress", "pronoun"),
        D.pattern("striped", "contradiction"),
        D.color("red"),
        D.details("the dress has a smocked bodice and puff sleeves"),
        D.material("it is made of", "cut"),
        title="Gingham Smocked Puff Sleeve Mini Dress",
        category="Mini Dresses",
        color="Red/White",
        gender="Women",
    ),
    # photo: model in a light blue chambray button-front shirt dress, point collar, long sleeves rolled to the elbow,
    # tan leather belt at the waist, midi length, white studio backdrop.
    # caption: caption adapter
    case(
        "X330-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long skirt. The skirt is with denim",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a denim shirt dress with a belt"),
        D.color("blue"),
        color_belt("brown"),
        D.garment_type("shirt", "contradiction"),
        D.material("denim"),
        dress_length("midi"),
        title="Chambray Belted Shirt Dress",
        category="Shirt Dresses",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a black wrap maxi dress with white polka dots, long sleeves, V-neck, holding a straw bag, on a
    # street with shop fronts; full length.
    # no adapter texts
    case(
        "X330-007",
        caption("a woman in a black and white polka dot dress holding a straw bag"),
        D.wearing("he is wearing a black dress with white polka dots", "pronoun"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        neckline("a v - neck"),
        title="Polka Dot Wrap Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a cream chunky cable-knit turtleneck sweater dress, long sleeves, knee length, brown knee-high
    # boots, park with orange autumn leaves; full length.
    # no adapter texts
    case(
        "X330-008",
        caption("a woman in a white sweater dress and brown boots standing in the park"),
        D.wearing("a white sweater dress and brown boots"),
        D.garment_type("sweater", "contradiction"),
        D.color("brown", "other_garment_color"),
        D.material("wool"),
        D.details("the sweater has a turtleneck and cable knit"),
        title="Cable Knit Turtleneck Sweater Dress",
        category="Sweater Dresses",
        color="Cream",
        gender="Women",
    ),
    # photo: model in an emerald green satin one-shoulder bodycon midi dress, white studio backdrop, three-quarter
    # side view.
    # wearing: VQA adapter
    case(
        "X330-009",
        caption("a woman in a green one shoulder dress"),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        neckline("one shoulder"),
        is_a("jumpsuit", "yes", "contradiction"),
        title="One Shoulder Satin Midi Dress",
        category="Party Dresses",
        color="Emerald",
        gender="Women",
    ),
    # photo: model in a yellow midi sundress with a white daisy print, thin straps, sweetheart neck, in a field of
    # sunflowers; front view from the knees up.
    # no adapter texts
    case(
        "X330-010",
        caption("a woman in a yellow dress standing in a field of sunflowers"),
        D.wearing("a yellow dress with a white flower print Question: what is the", "leak"),
        D.pattern("floral"),
        D.color("yellow"),
        D.details("the dress has a slit on the side and a tie at the back", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        neckline("sweetheart"),
        title="Daisy Print Sweetheart Midi Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a rust tiered maxi dress with a white paisley print, long balloon sleeves, V-neck, on a desert
    # road; full length.
    # caption: caption adapter
    case(
        "X330-011",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange dress"),
        D.color("orange"),
        D.pattern("paisley"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a long orange dress with a white pattern Question: what is the", "leak"),
        D.material("a orange dress", "restated"),
        title="Paisley Print Balloon Sleeve Tiered Maxi Dress",
        category="Maxi Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a black satin slip mini dress with lace trim and spaghetti straps, an oversized grey blazer worn
    # open over it, street; front view.
    # no adapter texts
    case(
        "X330-012",
        caption("a woman in a black dress and grey blazer walking down the street"),
        D.wearing("a grey jacket and a black dress"),
        D.color("grey", "other_garment_color"),
        color_jacket("grey"),
        D.details("the dress has a lace trim"),
        D.material("silk", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Lace Trim Satin Slip Mini Dress",
        category="Slip Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blush pink smocked tiered mini dress, short puff sleeves, square neck, white studio backdrop.
    # no adapter texts
    case(
        "X330-013",
        caption("a woman in a pink dress with puff sleeves"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.color("pink"),
        D.details("the details of the dress", "non_answer"),
        D.material("the dress is made of", "cut"),
        dress_length("maxi", "contradiction"),
        title="Smocked Tiered Mini Dress",
        category="Dresses",
        color="Blush Pink",
        gender="Women",
    ),
    # photo: model in a white broderie anglaise (eyelet) cotton midi dress, short sleeves, square neck, in a garden in
    # front of a red rose bush; nothing in her hair.
    # no adapter texts
    case(
        "X330-014",
        caption("a woman in a white dress standing in front of a rose bush"),
        D.wearing("a white dress and a red flower in her hair", "unsupported"),
        D.color("red", "contradiction"),
        D.pattern("solid"),
        D.details("the dress has eyelet embroidery and a square neckline"),
        D.material("lace", "unsupported"),
        title="Broderie Anglaise Cotton Midi Dress",
        category="Midi Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a leopard-print satin slip maxi dress, cowl neck, thin straps, white studio backdrop; full
    # length.
    # caption, wearing: caption adapter
    case(
        "X330-015",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "suspenders",
            "cut",
            hit_limit=True,
        ),
        D.color("brown"),
        D.pattern("leopard"),
        D.material("satin"),
        is_a("skirt", "yes", "contradiction"),
        title="Leopard Print Satin Slip Maxi Dress",
        category="Slip Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a navy-and-white vertical-striped poplin shirt dress, collar, long sleeves, self-tie waist, on
    # the deck of a boat; knee length, front view.
    # no adapter texts
    case(
        "X330-016",
        caption("a woman in a blue and white striped shirt dress on a boat"),
        D.wearing("a blue and white striped shirt", "contradiction"),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.details("the dress has buttons down the front and a tie waist Question: what is the", "leak"),
        D.material("a blue and white shirt dress", "restated"),
        title="Striped Poplin Shirt Dress",
        category="Dresses",
        color="Blue/White",
        gender="Women",
    ),
    # photo: model in a lilac chiffon tiered maxi dress, flutter sleeves, V-neck, walking through a meadow of
    # wildflowers; three-quarter back view. (the feed row has no color)
    # details: VQA adapter
    case(
        "X330-017",
        caption("a woman in a purple dress walking through a field of flowers"),
        D.wearing("he is wearing a purple dress", "pronoun"),
        D.color("purple"),
        D.details(
            "the dress has ruffles on the sleeves, the neckline, the sleeves, the neckline, the sleeves, the "
            "neckline, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon"),
        D.sleeve_length("short sleeves"),
        dress_length("maxi"),
        title="Chiffon Flutter Sleeve Tiered Maxi Dress",
        category="Maxi Dresses",
        gender="Women",
    ),
    # photo: model in a black long-sleeve square-neck bodycon midi dress, no jewellery, white studio backdrop; side
    # view.
    # no adapter texts
    case(
        "X330-018",
        caption("a woman in a black dress with a gold necklace", "unsupported"),
        D.wearing("black dress"),
        D.color("black"),
        D.sleeve_length("sleeveless", "contradiction"),
        neckline("square neck"),
        D.material("a black dress", "restated"),
        title="Square Neck Long Sleeve Bodycon Midi Dress",
        category="Bodycon Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard V-neck knit mini sweater dress, long sleeves, black tights and black ankle boots, on a
    # street with grey buildings; full length.
    # caption: caption adapter
    case(
        "X330-019",
        caption(
            "The female is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a v-shape neckline. The female wears a leggings. The leggings are with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow sweater and black leggings", "contradiction"),
        D.color("yellow"),
        D.garment_type("dress"),
        D.description("a yellow sweater dress with a v - neck and long sleeves and a black belt", "unsupported"),
        D.material("knit"),
        title="V Neck Knit Mini Sweater Dress",
        category="Sweater Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a red satin wrap midi dress, long sleeves, V-neck, self-tie waist, on a rooftop at sunset (warm
    # orange light); front view.
    # no adapter texts
    case(
        "X330-020",
        caption("a woman in a red dress standing on a rooftop"),
        D.wearing("a red dress Question: what is the color of the dress? Answer: red", "leak"),
        D.color("orange", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        D.details("it has gold buttons on the sleeves", "unsupported"),
        title="Satin Wrap Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a white sleeveless linen button-front midi dress and a beige straw hat, on a beach; front view.
    # no adapter texts
    case(
        "X330-021",
        caption("a woman in a white dress and straw hat on the beach"),
        D.wearing("a white dress and a hat"),
        D.material("linen"),
        D.color("beige", "other_garment_color"),
        D.details("the dress has buttons down the front"),
        is_a("shirt", "yes", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Linen Button Front Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a black chiffon mini dress with a pink rose print, long sleeves, round neck, ruffle hem, white
    # studio backdrop.
    # caption, wearing, material: caption adapter
    case(
        "X330-022",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.material(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Rose Print Ruffle Hem Mini Dress",
        category="Mini Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive cotton-twill utility shirt dress, short sleeves, two chest pockets, self belt, knee
    # length, in front of a graffiti wall (pink, blue and yellow paint); no bag.
    # no adapter texts
    case(
        "X330-023",
        caption("a woman in a green dress standing in front of a graffiti wall"),
        D.wearing("a green dress with a belt and a brown bag", "unsupported"),
        D.color("green"),
        D.details("the dress has two chest pockets and a belt"),
        D.material("denim", "unsupported"),
        neckline("the neckline", "non_answer"),
        title="Cotton Twill Utility Shirt Dress",
        category="Shirt Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: model sitting on a park bench in a blue mini dress with a white floral print, smocked bodice, sleeveless,
    # ruffled tiered skirt; no belt.
    # no adapter texts
    case(
        "X330-024",
        caption("a woman sitting on a bench in a blue floral dress"),
        D.wearing("a blue and white dress"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.details("the dress has a smocked top and ruffles on the bottom"),
        D.description("a blue dress with white flowers and a black belt", "unsupported"),
        title="Floral Smocked Tiered Mini Dress",
        category="Mini Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black knit midi sweater dress with thin white horizontal stripes, crew neck, long sleeves,
    # white studio backdrop.
    # no adapter texts
    case(
        "X330-025",
        caption("a woman in a black and white striped sweater dress"),
        D.wearing("a black and white striped dress"),
        D.color("white", "contradiction"),
        D.pattern("striped"),
        D.material("cotton"),
        is_a("sweater", "yes", "contradiction"),
        D.sleeve_length("long sleeves"),
        title="Striped Knit Midi Sweater Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a hot pink strapless bodycon mini dress, on a street at night with neon signs; front view.
    # wearing: VQA adapter
    case(
        "X330-026",
        caption("a woman in a pink dress standing on a street at night"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: pink Question: Is this a dress? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        neckline("strapless"),
        D.details("the dress has a zipper on the back", "unsupported"),
        title="Strapless Bodycon Mini Dress",
        category="Bodycon Dresses",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a khaki double-breasted belted trench-style midi dress, lapel collar, long sleeves, next to a
    # red phone box on a street.
    # no adapter texts
    case(
        "X330-027",
        caption("a woman in a trench coat standing next to a red phone booth", "contradiction"),
        D.wearing("a beige trench dress with a belt"),
        D.color("red", "contradiction"),
        D.garment_type("coat", "contradiction"),
        D.details("double breasted buttons and a belt"),
        D.sleeve_length("long sleeves"),
        title="Belted Trench Midi Dress",
        category="Dresses",
        color="Khaki",
        gender="Women",
    ),
    # photo: model in a white shirred off-shoulder maxi dress with a blue embroidered hem, on a beach with palm trees.
    # caption: caption adapter
    case(
        "X330-028",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress"),
        D.color("blue", "contradiction"),
        neckline("off the shoulder"),
        D.details("it has blue embroidery on the bottom"),
        D.material("the dress is white", "restated"),
        title="Off Shoulder Embroidered Hem Maxi Dress",
        category="Maxi Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a chocolate brown satin bias-cut slip midi dress with a cream knit cardigan worn open over it,
    # autumn street; front view.
    # no adapter texts
    case(
        "X330-029",
        caption("a woman in a brown dress and white cardigan"),
        D.wearing("a white sweater and brown skirt", "contradiction"),
        D.color("white", "other_garment_color"),
        color_cardigan("white"),
        D.material("satin"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Satin Bias Cut Slip Midi Dress",
        category="Slip Dresses",
        color="Chocolate",
        gender="Women",
    ),
    # photo: model in a wrap maxi dress with a green leaf print on a white ground, long sleeves, V-neck, in a garden.
    # no adapter texts
    case(
        "X330-030",
        caption("a woman in a green and white floral dress in a garden"),
        D.wearing("she's wearing a long green dress with a", "cut"),
        D.color("green"),
        D.pattern("floral"),
        D.description(
            "it is a long dress with long sleeves and a v - neck. it is a long dress with long sleeves and a v - neck.",
            "loop",
        ),
        is_a("wrap dress", "yes"),
        title="Leaf Print Wrap Maxi Dress",
        category="Maxi Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black mesh-overlay slip mini dress on a nude lining, sleeveless, grey studio backdrop; photo
    # cropped at the knees.
    # no adapter texts
    case(
        "X330-031",
        caption("a woman in a black dress"),
        D.wearing("a black dress and black heels", "unsupported"),
        D.color("black"),
        D.material("it's made of mesh"),
        D.details("", "non_answer"),
        dress_length("midi", "contradiction"),
        title="Mesh Overlay Slip Mini Dress",
        category="Slip Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sky blue smocked tiered midi dress, short puff sleeves, square neck, carrying a white canvas
    # tote bag, white studio backdrop.
    # caption: caption adapter
    case(
        "X330-032",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of medium length. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a light blue dress and a white bag"),
        D.color("white", "other_garment_color"),
        D.pattern("floral", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has a smocked waist"),
        title="Smocked Puff Sleeve Tiered Midi Dress",
        category="Midi Dresses",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: model in a red velvet long-sleeve sweetheart-neck mini dress, party room with gold balloons behind; no
    # bow on the dress.
    # no adapter texts
    case(
        "X330-033",
        caption("a woman in a red velvet dress standing in front of gold balloons"),
        D.wearing("red dress"),
        D.color("gold", "contradiction"),
        D.material("velvet"),
        neckline("sweetheart neckline"),
        D.details(
            "the dress has a sweetheart neckline and long sleeves and a red bow and a red bow and a red bow", "loop"
        ),
        title="Velvet Sweetheart Mini Dress",
        category="Party Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a mid-blue denim pinafore midi dress (wide straps, sleeveless) over a white-and-navy striped
    # long-sleeve tee, on a street; front view.
    # no adapter texts
    case(
        "X330-034",
        caption("a woman in a denim overall dress and striped shirt"),
        D.wearing("a blue denim jumpsuit", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("denim"),
        title="Denim Pinafore Midi Dress",
        category="Dresses",
        color="Mid Blue",
        gender="Women",
    ),
    # photo: model in a coral ruched one-shoulder bodycon midi dress, sitting at a beach bar; front view, no slit.
    # no adapter texts
    case(
        "X330-035",
        caption("a woman in an orange dress sitting at a bar"),
        D.wearing("she is wearing an orange dress with a", "cut"),
        D.color("orange"),
        D.details("the dress has ruching on the side and a slit on the leg", "unsupported"),
        neckline("one shoulder"),
        D.material("what is the material of the dress", "restated"),
        title="Ruched One Shoulder Bodycon Midi Dress",
        category="Bodycon Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a black tiered maxi dress with a small white floral print, short sleeves, V-neck, standing on
    # stone stairs; full length.
    # caption, details: caption adapter
    case(
        "X330-036",
        caption(
            "The female wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The female wears a long skirt. The skirt is with chiffon fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and floral patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black floral dress"),
        D.color("black"),
        D.pattern("floral"),
        D.garment_type("skirt", "contradiction"),
        title="Ditsy Floral Tiered Maxi Dress",
        category="Maxi Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a grey marl jersey t-shirt midi dress, short sleeves, crew neck, white sneakers, street; full
    # length.
    # no adapter texts
    case(
        "X330-037",
        caption("a woman in a grey t - shirt dress and white sneakers"),
        D.wearing("he is wearing a grey t - shirt dress", "pronoun"),
        D.color("white", "other_garment_color"),
        D.garment_type("t-shirt", "contradiction"),
        D.material("cotton"),
        D.sleeve_length("short sleeves"),
        title="Jersey T-Shirt Midi Dress",
        category="Casual Dresses",
        color="Grey Marl",
        gender="Women",
    ),
    # photo: model in a burgundy button-through midi dress with a tiny cream floral print, long sleeves, square neck,
    # in a wheat field. (the feed row has no category)
    # no adapter texts
    case(
        "X330-038",
        caption("a woman in a red floral dress standing in a wheat field"),
        D.wearing("a red dress with white flowers"),
        D.color("purple", "contradiction"),
        D.description(
            "a long sleeve dress with buttons down the front and a square neckline Question: what is the material of "
            "the dress? Answer:",
            "leak",
        ),
        D.material("the material of the dress is", "cut"),
        neckline("square"),
        title="Floral Button Through Midi Dress",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a lime green satin cowl-neck slip mini dress with a black leather handbag on her shoulder,
    # white studio backdrop.
    # wearing: VQA adapter
    case(
        "X330-039",
        caption("a woman in a green dress holding a black bag"),
        D.wearing(
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green-",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.material("satin"),
        dress_length("mini"),
        is_a("top", "yes", "contradiction"),
        title="Cowl Neck Satin Slip Mini Dress",
        category="Slip Dresses",
        color="Lime",
        gender="Women",
    ),
    # photo: model in a white crochet-lace beach cover-up mini dress with long bell sleeves, over a black bikini, on a
    # beach.
    # no adapter texts
    case(
        "X330-040",
        caption("a woman in a white crochet dress on the beach"),
        D.wearing("a white dress and a black bikini"),
        D.color("black", "other_garment_color"),
        D.material("crochet lace"),
        D.details("it is a dress", "non_answer"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Crochet Lace Beach Cover Up Mini Dress",
        category="Beach Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a teal cotton smocked tiered maxi dress with thin straps, on a wooden pier by a lake.
    # caption: caption adapter
    case(
        "X330-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress"),
        D.color("green"),
        D.description("a long blue dress with thin straps and a", "cut"),
        D.material("chiffon", "unsupported"),
        title="Cotton Smocked Tiered Maxi Dress",
        category="Maxi Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black-and-white houndstooth tweed mini dress, sleeveless, round neck, gold buttons down the
    # front, no belt, white studio backdrop.
    # no adapter texts
    case(
        "X330-042",
        caption("a woman in a black and white tweed dress with gold buttons"),
        D.wearing("a black and white checkered dress Question: is this a dress? Answer: yes", "leak"),
        D.pattern("checkered"),
        D.color("gold", "contradiction"),
        D.details("the dress has gold buttons and a gold chain belt", "unsupported"),
        D.material("tweed"),
        title="Houndstooth Tweed Button Mini Dress",
        category="Mini Dresses",
        color="Black/White",
        gender="Women",
    ),
    # photo: model in a blush pink pleated chiffon midi dress, short flutter sleeves, V-neck, in a garden with pink
    # flowering shrubs. (the feed row has no gender)
    # no adapter texts
    case(
        "X330-043",
        caption("a woman in a pink dress standing in a garden"),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.pattern("striped", "contradiction"),
        D.details("pleats"),
        neckline("the neckline is a v"),
        D.material("pink", "restated"),
        title="Pleated Chiffon Midi Dress",
        category="Midi Dresses",
        color="Blush",
    ),
    # photo: model in a navy knit mini sweater dress with a white Peter Pan collar, long sleeves, white studio
    # backdrop.
    # caption: caption adapter
    case(
        "X330-044",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a lapel neckline. The lady wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue sweater dress with a white collar"),
        D.color("white", "contradiction"),
        D.garment_type("dress"),
        D.material("it is a sweater", "restated"),
        neckline("a white collar"),
        title="Collared Knit Mini Sweater Dress",
        category="Sweater Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: model in an orange halter-neck maxi dress with a pink floral print and an open back, three-quarter back
    # view, on a white-washed street in front of a blue door.
    # no adapter texts
    case(
        "X330-045",
        caption("a woman in an orange dress standing in front of a blue door"),
        D.wearing("an orange dress"),
        D.color("blue", "contradiction"),
        neckline("halter"),
        D.sleeve_length("sleeveless"),
        D.details("the dress has an open back and a tie at the neck"),
        D.description("the dress", "non_answer"),
        title="Floral Halter Neck Maxi Dress",
        category="Maxi Dresses",
        color="Orange",
        gender="Women",
    ),
    # photo: model in an ivory satin slip midi dress with a black leather biker jacket over it, street at night;
    # front view.
    # no adapter texts
    case(
        "X330-046",
        caption("a woman in a white dress and black leather jacket"),
        D.wearing("a black leather jacket and a white dress"),
        D.color("black", "other_garment_color"),
        color_jacket("black"),
        D.material("leather", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        is_a("jacket", "yes", "contradiction"),
        title="Satin Slip Midi Dress",
        category="Dresses",
        color="Ivory",
        gender="Women",
    ),
]
