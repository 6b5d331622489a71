"""BLIND_489 (46 products; women's dresses, jumpsuits and playsuits with shrugs, belts and bags): written blind in the
forty-ninth session. Measured blind at f428a19 (the session's rules as they stood): 105/120 failures found (87.5%)
and 1/151 correct texts flagged (0.7%). The writer's notes, verbatim:

Scenario: a Myntra English catalog feed of women's dresses and jumpsuits, run overnight: maxi, midi and mini dresses,
bodycon, shirt, wrap, A-line, slip and T-shirt dresses, jumpsuits (culotte, dungaree, utility, wrap) and playsuits.
Models wear full outfits: shrugs, cardigans, denim and leather jackets, belts (some sold with the product), bags,
clutches, hats, sneakers and heels, in front of studio backdrops, painted and brick walls, a park, a beach, a chair
or a mirror. Each row has the seller's title, category (Dresses, Jumpsuit, Playsuit), base colour and gender; one
row misses the gender and one the colour, as real feeds do. enrich ran its default questionnaire plus the original
experiments' own questions (What is she wearing? What is the color of the dress? Describe the dress. What are the
dress details?), with per-piece colour questions (shrug, belt, bag) and "Is this a ...?" where the outfit asks them.

Who wrote what: unless a comment says otherwise, the caption and the open answers come from the untuned base
`Salesforce/blip2-opt-2.7b`: short, lowercase, stopping on its own (never hit_limit), sometimes stopping early or
running on into "question: ... answer: ..." on the same line. The caption adapter (epoch 1 and epoch 3 of the
DeepFashion caption LoRA) has no end token: every text of it runs to its limit (50 tokens for captions, 30 for
answers, hit_limit=True) and gives its template to any prompt; epoch 1 sometimes opens with a base-like phrase ("a
blue dress.") before it falls into the template, epoch 3 is pure template. The VQA adapter (Data3_V3) learned short
answers but no end token: it repeats the word ("dress dress dress ...") or runs on into the next "Question: ...
Answer: ..." of its training format until the limit; asked for a caption (no question) it loops too. The closed
questions (garment_type, color, pattern, sleeve_length, per-piece colours, the set's "What is the color of the
dress/jumpsuit?" where stored closed, "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate
sets: never a loop or a cut, sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, teal or royal blue, red for maroon or burgundy, green for olive, teal, mint
  or emerald, pink for peach, fuchsia or blush, purple for mauve and lavender, yellow for mustard, orange for rust
  and coral, white for off white and cream, grey for silver and charcoal, brown for tan, camel and coffee.
- Synonyms are correct: romper for a playsuit, overalls for a dungaree jumpsuit, lace for schiffli embroidery,
  checkered or plaid for checks, floral for a leaf print, chiffon for georgette.
- Layered outfits named piece by piece ("a yellow dress and a denim jacket") are correct. A closed colour that is the
  shrug's, jacket's, belt's, bag's or tee's colour given to the dress or jumpsuit is other_garment_color; a colour
  of the print, the embroidery, the collar trim or the wall given to the garment is contradiction. A colour that
  belongs to the dress given to another piece (the straw bag as "pink") is other_garment_color.
- The sleeves of a shrug or jacket answered as the dress's sleeve length, a pleated dress as "striped", a jumpsuit or
  playsuit as dress, pants, "a top and shorts" or "a tank top and a long pants" (the adapter's template), a shirt
  dress as "a coat" or "yes" to "Is this a shirt?" are contradiction.
- Materials: the one the title names, chiffon for georgette, lace for schiffli, sequins for an embellished dress, and
  a plausible guess on a plain fabric (cotton, polyester) are correct; silk, wool or denim nowhere in the title and
  not visible are unsupported. Invented items (a slit, a belt, pockets, gold buttons, a necklace, sneakers on a beach)
  are unsupported.
- Adapter texts: repeating a sentence or phrase of the template is loop; stopping mid-sentence without repeating is
  cut (even where a fabric in the template is a guess); the template for the material question is restated. Where the
  template misnames the garment (a jumpsuit as tank top and pants), contradiction, hit_limit kept. VQA adapter texts
  that repeat one word are loop; those that run into "Question: ..." are leak, unless their first word is another
  garment's colour (other_garment_color: the auditor sees the colour first).
- Base texts: "it is made of", "it has a v neck and a" are cut (no hit_limit); an empty answer, "the details of the
  dress", "the dress has details", "it is made of fabric", "the dress is a dress" are non_answer; a material question
  answered with the garment's name is restated; "he" for a woman is pronoun, even where the rest is right.
- The reference engine can answer the default colour question and the set's dress-colour question differently on the
  same photo (a coral dress on a yellow wall: "yellow" and "orange"); each is judged alone.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

color_shrug = question("color_shrug", "What is the color of the shrug?", "closed")
color_belt = question("color_belt", "What is the color of the belt?", "closed")
color_bag = question("color_bag", "What is the color of the bag?", "closed")


def she(text, failure=None, hit_limit=False):
    """The experiments' own "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def looped(word, n=30):
    return " ".join([word] * n)


BLIND_489 = [
    # photo: model in a navy blue georgette maxi dress with a small white floral print, flutter sleeves, tie waist,
    # white studio backdrop, full-length front view.
    case(
        "X489-001",
        caption("a woman in a blue floral maxi dress"),
        she("a blue dress with flowers"),
        color_of("dress", "blue"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("silk", "unsupported"),
        title="Women Navy Blue Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a black sleeveless square-neck bodycon midi dress, grey studio backdrop, front view.
    # caption, details: caption adapter (epoch 3)
    case(
        "X489-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress"),
        D.color("black"),
        details(
            "dress",
            "The dress is with cotton fabric and pure color patterns. It has a square neckline. The dress is of "
            "medium length. There",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "a black dress with a slit on the side", "unsupported"),
        D.sleeve_length("sleeveless"),
        title="Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive green short-sleeve utility jumpsuit with a fabric tie belt and patch pockets on the
    # chest, white backdrop, full length.
    case(
        "X489-003",
        caption("a woman in a green jumpsuit"),
        D.wearing("a green dress with a belt", "contradiction"),
        D.garment_type("dress", "contradiction"),
        color_of("jumpsuit", "green"),
        is_a("jumpsuit", "yes"),
        D.details("pockets and a belt"),
        title="Women Olive Green Solid Utility Jumpsuit with Belt",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a white long-sleeve collared shirt dress (sleeves rolled up), brown belt at the waist, holding a
    # tan leather bag, beige wall behind.
    # wearing, dress colour: VQA adapter
    case(
        "X489-004",
        caption("a woman in a white shirt dress holding a brown bag"),
        she(looped("dress"), "loop", hit_limit=True),
        color_of(
            "dress",
            "white Question: What is the color of the belt? Answer: brown Question: What is the color of the bag? "
            "Answer: brown Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_belt("brown"),
        D.sleeve_length("long sleeves"),
        D.material("it is made of fabric", "non_answer"),
        title="Women White Solid Shirt Dress with Belt",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a burgundy wrap midi dress, three-quarter sleeves, V neck, standing against an exposed red brick
    # wall, no slit visible.
    case(
        "X489-005",
        caption("a woman in a red dress standing in front of a brick wall"),
        she("a pink dress", "contradiction"),
        D.color("maroon"),
        D.sleeve_length("three-quarter sleeves"),
        describe("dress", "it is a red dress with a v neck and a slit on the side", "unsupported"),
        D.material("polyester"),
        title="Women Burgundy Solid Wrap Midi Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a mustard yellow A-line midi dress with white polka dots and short puff sleeves, a light blue
    # denim jacket worn open over it, white backdrop.
    # description: caption adapter (epoch 1)
    case(
        "X489-006",
        caption("a woman in a yellow polka dot dress and a denim jacket"),
        she("a yellow dress and a denim jacket"),
        color_of("dress", "blue", "other_garment_color"),
        D.pattern("polka dots"),
        D.sleeve_length("long sleeves", "contradiction"),
        describe(
            "dress",
            "a yellow dress with white polka dots. The lady wears a short-sleeve dress with graphic patterns. The "
            "dress is with cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black sleeveless halter-neck culotte jumpsuit with a long beige open shrug (sold with it),
    # grey studio backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X489-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit and a beige cardigan"),
        color_of("jumpsuit", "beige", "other_garment_color"),
        color_shrug("beige"),
        D.sleeve_length("long sleeves", "contradiction"),
        is_a("jumpsuit", "yes"),
        title="Women Black Solid Halter Neck Culotte Jumpsuit with Shrug",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: model in a peach sleeveless tiered maxi dress with a small floral print, holding a natural straw bag,
    # outdoors in front of green hedges; no belt.
    case(
        "X489-008",
        caption("a woman in a pink floral dress holding a straw bag"),
        D.wearing("a pink dress"),
        D.color("pink"),
        color_bag("pink", "other_garment_color"),
        D.details("the dress has a ruffled hem and a belt", "unsupported"),
        D.material("cotton"),
        title="Women Peach-Coloured Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a teal blue long-sleeve ribbed knit bodycon dress, knee length, white studio backdrop.
    # dress colour, description: VQA adapter
    case(
        "X489-009",
        caption("a woman in a blue dress posing for a photo"),
        color_of("dress", looped("blue"), "loop", kind="open", hit_limit=True),
        describe(
            "dress",
            "dress Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: blue "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        D.garment_type("dress"),
        D.material("silk", "unsupported"),
        title="Women Teal Blue Ribbed Bodycon Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a blue and white vertical striped short-sleeve shirt dress with a self tie belt, white sneakers,
    # white backdrop.
    case(
        "X489-010",
        caption("a woman wearing a blue and white striped shirt dress"),
        D.wearing("a striped dress question: what is she wearing? answer: a striped dress", "leak"),
        D.color("blue"),
        D.pattern("striped"),
        is_a("shirt", "yes", "contradiction"),
        D.details("it has a collar and buttons down the front"),
        D.material("it is made of", "cut"),
        title="Women Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a green satin cowl-neck slip midi dress with spaghetti straps, a black leather jacket over her
    # shoulders, black boots, grey backdrop.
    # details, material: caption adapter (epoch 3)
    case(
        "X489-011",
        caption("a woman in a green satin dress and a black leather jacket"),
        color_of("dress", "black", "other_garment_color"),
        details(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "v-shape neckline. The outer clothing is",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The dress is with satin fabric and pure color patterns. The lady wears a long-sleeve jacket with leather "
            "fabric and pure color patterns. The",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        title="Women Green Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white schiffli embroidered A-line mini dress with puff sleeves and a square neck, standing
    # in front of a pastel pink painted wall.
    case(
        "X489-012",
        caption("a woman in a white dress standing in front of a pink wall"),
        she("a white dress and a pink", "cut"),
        D.color("pink", "contradiction"),
        D.sleeve_length("short sleeves"),
        details("dress", "it has puff sleeves and lace"),
        D.material("cotton"),
        title="Women White Schiffli Embroidered A-Line Mini Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a rust orange short-sleeve playsuit with a small white floral print and a tie waist, barefoot
    # on a beach, sea behind.
    # wearing: VQA adapter
    case(
        "X489-013",
        caption("a woman in an orange romper on the beach"),
        D.wearing(looped("romper"), "loop", hit_limit=True),
        D.garment_type("romper"),
        D.color("orange"),
        is_a("dress", "yes", "contradiction"),
        describe("playsuit", "an orange romper with white flowers and white sneakers", "unsupported"),
        title="Women Rust Orange Floral Printed Playsuit",
        category="Playsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a lavender sleeveless halter-neck accordion-pleated georgette maxi dress with a gold chain belt
    # (sold with it), grey backdrop.
    # caption: caption adapter (epoch 1)
    case(
        "X489-014",
        caption(
            "a woman in a purple dress. The lady wears a sleeveless dress with pure color patterns. The dress is with "
            "chiffon fabric. It has a halter neckline. There is a belt",
            "cut",
            hit_limit=True,
        ),
        she("a purple dress with a gold belt"),
        D.color("purple"),
        D.pattern("striped", "contradiction"),
        color_belt("purple", "other_garment_color"),
        D.material("chiffon"),
        title="Women Lavender Accordion Pleated Georgette Maxi Dress with Belt",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a mid-blue denim dungaree jumpsuit over a white short-sleeve T-shirt, white backdrop.
    case(
        "X489-015",
        caption("a woman wearing a denim jumpsuit and a white t - shirt"),
        D.wearing("a pair of overalls and a white shirt"),
        color_of("jumpsuit", "white", "other_garment_color"),
        D.material("denim"),
        D.garment_type("jumpsuit"),
        D.sleeve_length("short sleeves", "contradiction"),
        describe("jumpsuit", "it is a blue jumpsuit with a white shirt"),
        title="Women Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a yellow floral print short-sleeve wrap midi dress with a small white sling bag, pink backdrop.
    case(
        "X489-016",
        caption("a woman in a yellow floral dress with a white bag"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        D.color("yellow"),
        color_bag("yellow", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        describe("dress", "a yellow dress with flowers on it"),
        title="Women Yellow Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a fuchsia one-shoulder bodycon mini dress, silver heels, black backdrop.
    # caption, wearing, material: caption adapter (epoch 3)
    case(
        "X489-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round",
            "restated",
            hit_limit=True,
        ),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        title="Women Fuchsia One-Shoulder Bodycon Mini Dress",
        category="Dresses",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a black crepe wrap jumpsuit with white polka dots, full sleeves, tan belt (sold with it),
    # white studio backdrop.
    case(
        "X489-018",
        caption("a woman in a black and white polka dot jumpsuit"),
        D.wearing("a black jumpsuit with white polka dots"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.details("it has a belt and a v neck"),
        D.material("silk", "unsupported"),
        title="Women Black & White Polka Dot Crepe Wrap Jumpsuit with Belt",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red sleeveless A-line midi dress with a white cropped cardigan buttoned over it (shrug sold
    # with it), walking on a city street.
    # wearing, description: VQA adapter
    case(
        "X489-019",
        caption("a woman in a red dress and a white cardigan walking down the street"),
        she(
            "dress Question: What is the color of the dress? Answer: white Question: What is the color of the dress? "
            "Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "red"),
        describe("dress", "red dress red dress red dress red dress red dress red dress red dress red", "loop", True),
        color_shrug("red", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        title="Women Red Solid A-Line Midi Dress with Shrug",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a grey melange cotton short-sleeve T-shirt dress, knee length, white sneakers, white backdrop;
    # no pocket.
    case(
        "X489-020",
        caption("a woman in a grey t - shirt dress"),
        she("a grey t-shirt dress"),
        D.garment_type("top", "contradiction"),
        D.color("grey"),
        D.material("cotton"),
        D.details("it has short sleeves and a pocket", "unsupported"),
        title="Women Grey Melange Solid Cotton T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in an emerald green long-sleeve velvet bodycon dress, round neck, dark studio backdrop.
    # wearing, description, details: caption adapter (epoch 3). The row has no gender.
    case(
        "X489-021",
        caption("a woman in a green velvet dress"),
        she(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with velvet fabric. The lady "
            "wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with velvet fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        details(
            "dress",
            "The dress is with velvet fabric and pure color patterns. It has a round neckline. The dress is with "
            "velvet fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.material("velvet"),
        title="Women Emerald Green Velvet Bodycon Dress",
        category="Dresses",
        color="Green",
    ),
    # photo: model in a white sleeveless tiered maxi dress with a small blue floral print, a straw hat, a woven bag,
    # white wall with a green potted plant.
    case(
        "X489-022",
        caption("a woman in a white dress and a straw hat"),
        D.wearing("a white dress and a hat"),
        D.color("white"),
        D.pattern("floral"),
        D.material("a white floral maxi dress", "restated"),
        D.details("the details of the dress", "non_answer"),
        title="Women White & Blue Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a silver sequinned long-sleeve high-neck bodycon mini dress, black backdrop.
    case(
        "X489-023",
        caption("a woman in a silver dress"),
        she("a silver sequin dress"),
        D.color("grey"),
        D.material("sequins"),
        describe("dress", "it is a silver dress with long sleeves and a high neck"),
        D.sleeve_length("long sleeves"),
        title="Women Silver-Toned Embellished Bodycon Mini Dress",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: model in a beige linen short-sleeve jumpsuit with a shirt collar and a tie belt, standing beside a
    # wooden chair, white backdrop.
    # wearing: VQA adapter
    case(
        "X489-024",
        caption("a woman in a beige jumpsuit standing next to a chair"),
        D.wearing(looped("jumpsuit"), "loop", hit_limit=True),
        D.material("linen"),
        D.garment_type("jumpsuit"),
        color_of("jumpsuit", "beige"),
        D.details("it has a collar and", "cut"),
        describe("jumpsuit", "a beige jumpsuit with a collar and a belt"),
        title="Women Beige Solid Linen Shirt Collar Jumpsuit",
        category="Jumpsuit",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a black off-shoulder long-sleeve bodycon midi dress, holding a red clutch, white backdrop.
    # caption, wearing, description: caption adapter (epoch 3)
    case(
        "X489-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders",
            "cut",
            hit_limit=True,
        ),
        D.color("red", "other_garment_color"),
        color_bag("red"),
        title="Women Black Off-Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a powder blue smocked cotton midi dress with puff sleeves, white sneakers, in a park.
    case(
        "X489-026",
        caption("a girl in a blue dress standing in a park"),
        she("a light blue dress question: what is the color of the dress? answer: blue", "leak"),
        color_of("dress", "blue"),
        details("dress", "it has puff sleeves and a smocked bodice"),
        D.material("denim", "unsupported"),
        title="Women Powder Blue Smocked Cotton Midi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a navy blue sleeveless wide-leg jumpsuit with a white collar, white sneakers, grey backdrop.
    # caption, description: caption adapter (epoch 1)
    case(
        "X489-027",
        caption(
            "a woman in a blue jumpsuit. The lady wears a sleeveless tank top with pure color patterns and a long "
            "trousers. The trousers are with cotton fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a navy blue jumpsuit with a white collar"),
        describe(
            "jumpsuit",
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit"),
        color_of("jumpsuit", "black", "contradiction"),
        is_a("jumpsuit", "yes"),
        title="Women Navy Blue Solid Wide Leg Jumpsuit with Contrast Collar",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a blue and orange geometric print shift dress (blue ground), three-quarter sleeves, round
    # neck, white backdrop.
    case(
        "X489-028",
        caption("a woman in a colorful dress"),
        D.wearing("a blue and orange dress"),
        D.color("orange", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("it has a round neck and three quarter sleeves"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Blue & Orange Geometric Print Shift Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a dusty pink satin long-sleeve wrap jumpsuit with wide legs, nude heels, beside a large round
    # mirror on a stand.
    # caption, wearing: VQA adapter
    case(
        "X489-029",
        caption(looped("jumpsuit", 50), "loop", hit_limit=True),
        D.wearing(
            "jumpsuit Question: What is the color of the jumpsuit? Answer: pink Question: Is this a jumpsuit? "
            "Answer: yes Question",
            "leak",
            hit_limit=True,
        ),
        color_of("jumpsuit", "pink"),
        D.material("satin"),
        is_a("jumpsuit", "yes"),
        title="Women Dusty Pink Satin Wrap Jumpsuit",
        category="Jumpsuit",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an off-white sleeveless crochet lace midi dress, light wood panel backdrop.
    case(
        "X489-030",
        caption("a woman in a white lace dress"),
        D.wearing("he is wearing a white lace dress", "pronoun"),
        D.color("white"),
        D.details("the dress has details", "non_answer"),
        D.material("lace"),
        D.description("a white lace dress with a", "cut"),
        title="Women Off White Lace Midi Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a black short-sleeve fit-and-flare midi dress with a pink rose print, black belt (sold with
    # it), white backdrop.
    # caption, wearing, details, material: caption adapter (epoch 3)
    case(
        "X489-031",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her waist. The dress is with chiffon fabric and floral",
            "loop",
            hit_limit=True,
        ),
        she(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape",
            "cut",
            hit_limit=True,
        ),
        details(
            "dress",
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a v",
            "restated",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        title="Women Black Floral Print Fit and Flare Midi Dress with Belt",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white sleeveless culotte jumpsuit with a black belt, a black tote bag on her shoulder, no
    # jewellery, grey backdrop.
    case(
        "X489-032",
        caption("a woman in a white jumpsuit with a black belt and a black bag"),
        D.wearing("he is wearing a white jumpsuit", "pronoun"),
        D.color("black", "other_garment_color"),
        color_belt("black"),
        color_of("jumpsuit", "white"),
        is_a("jumpsuit", "yes"),
        describe("jumpsuit", "a white jumpsuit with a black belt and a gold necklace", "unsupported"),
        title="Women White Solid Culotte Jumpsuit with Belt",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: model in a mauve short-sleeve ribbed knit bodycon midi dress, grey backdrop, side view.
    # caption: caption adapter (epoch 1)
    case(
        "X489-033",
        caption(
            "a woman in a purple dress. The lady wears a short-sleeve dress with pure color patterns. The dress is "
            "with knitting fabric. It has a round neckline. The dress is of long length. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a purple dress"),
        D.color("purple"),
        describe("dress", "the dress is a dress", "non_answer"),
        D.material("it is a purple bodycon dress", "restated"),
        title="Women Mauve Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a coffee brown playsuit with a white tropical leaf print, short puff sleeves, tie belt, white
    # backdrop.
    # playsuit colour, description: VQA adapter
    case(
        "X489-034",
        caption("a woman in a brown romper with white leaves"),
        color_of("playsuit", looped("brown"), "loop", kind="open", hit_limit=True),
        D.description(
            "romper with white leaves romper with white leaves romper with white leaves romper with white leaves "
            "romper with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("romper"),
        D.pattern("floral"),
        D.color("white", "contradiction"),
        title="Women Coffee Brown Tropical Print Playsuit",
        category="Playsuit",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: model in a navy blue short-sleeve sheath dress with a white Peter Pan collar and a concealed placket (no
    # visible buttons), office backdrop.
    case(
        "X489-035",
        caption("a woman in a navy blue dress with a white collar"),
        she("a blue dress with a white collar"),
        color_of("dress", "white", "contradiction"),
        details("dress", "a white collar and gold buttons", "unsupported"),
        D.sleeve_length("short sleeves"),
        title="Women Navy Blue Sheath Dress with Contrast Collar",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a teal sleeveless jumpsuit with a white floral print and a self belt, brown sandals, white
    # backdrop.
    # caption, wearing, details: caption adapter (epoch 3)
    case(
        "X489-036",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long pants. The tank top is with chiffon "
            "fabric. The pants are with chiffon fabric and floral patterns. There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless tank top with floral patterns and a long pants. The tank top is with chiffon "
            "fabric. The",
            "contradiction",
            hit_limit=True,
        ),
        D.details(
            "It has a round neckline. There is an accessory on her waist. It has a round neckline. There is an "
            "accessory on her waist. It",
            "loop",
            hit_limit=True,
        ),
        color_of("jumpsuit", "green"),
        D.pattern("floral"),
        is_a("jumpsuit", "no", "contradiction"),
        title="Women Teal Floral Print Sleeveless Jumpsuit",
        category="Jumpsuit",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a coral sleeveless A-line mini dress standing against a bright yellow painted wall.
    case(
        "X489-037",
        caption("a woman in an orange dress standing against a yellow wall"),
        D.wearing("an orange dress"),
        D.color("yellow", "contradiction"),
        color_of("dress", "orange"),
        D.details("", "non_answer"),
        D.sleeve_length("sleeveless"),
        title="Women Coral Solid A-Line Mini Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a pink and white gingham checked midi dress with short puff sleeves and a square neck, holding
    # a wicker basket, in a garden.
    # description, details: caption adapter (epoch 1)
    case(
        "X489-038",
        caption("a woman in a pink checkered dress holding a basket"),
        describe(
            "dress",
            "a pink and white checkered dress. The lady wears a short-sleeve dress with lattice patterns. The dress "
            "is with cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        details(
            "dress",
            "The dress is with cotton fabric and lattice patterns. It has a square neckline. The dress is with cotton "
            "fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("pink"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Pink & White Gingham Checked Midi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a charcoal grey long-sleeve V-neck jumpsuit with a tan belt, black heels, white backdrop.
    case(
        "X489-039",
        caption("a woman in a grey jumpsuit and black heels"),
        D.wearing("a grey jumpsuit with a brown belt"),
        D.garment_type("pants", "contradiction"),
        color_of("jumpsuit", "grey"),
        D.details("it has a v neck and a", "cut"),
        D.material("cotton question: what is the color of the belt? answer: brown", "leak"),
        title="Women Charcoal Grey Solid Basic Jumpsuit with Belt",
        category="Jumpsuit",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a peach sleeveless ruffled tiered midi dress, holding a white handbag, beige backdrop.
    # wearing, dress colour, material: VQA adapter
    case(
        "X489-040",
        caption("a woman in a pink dress holding a white purse"),
        she(looped("dress"), "loop", hit_limit=True),
        color_of(
            "dress",
            "white Question: What is the color of the dress? Answer: white Question: What is the color of the dress? "
            "Answer:",
            "other_garment_color",
            kind="open",
            hit_limit=True,
        ),
        D.material(looped("pink"), "loop", hit_limit=True),
        color_bag("white"),
        title="Women Peach-Coloured Ruffled Tiered Midi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a camel brown long-sleeve belted trench-style shirt dress with buttons down the front, wood
    # panel wall behind.
    case(
        "X489-041",
        caption("a woman in a brown trench dress"),
        D.wearing("a brown coat", "contradiction"),
        D.color("brown"),
        D.garment_type("dress"),
        D.details("it has a belt and buttons on the front"),
        D.material("wool", "unsupported"),
        title="Women Camel Brown Solid Belted Trench Shirt Dress",
        category="Dresses",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: model in a cream cotton A-line midi dress with a blue embroidered yoke, three-quarter sleeves, white
    # backdrop.
    # caption, description: caption adapter (epoch 3)
    case(
        "X489-042",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a medium-sleeve dress with graphic "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline",
            "cut",
            hit_limit=True,
        ),
        she("a white dress with blue embroidery"),
        D.color("blue", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Cream-Coloured Embroidered Yoke Cotton A-Line Midi Dress",
        category="Dresses",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a black off-shoulder ruffled playsuit (shorts), white sneakers, a tan crossbody bag, white
    # backdrop. The row has no colour.
    case(
        "X489-043",
        caption("a woman in a black romper with a brown bag"),
        D.wearing("a black top and black shorts", "contradiction"),
        D.garment_type("romper"),
        D.color("black"),
        D.description("a black romper with a ruffled neckline"),
        D.details("the details of the romper are black", "non_answer"),
        title="Women Black Off-Shoulder Ruffled Playsuit",
        category="Playsuit",
        gender="Women",
    ),
    # photo: model in a royal blue long bishop-sleeve wrap maxi dress, gold hoop earrings, no necklace, white
    # backdrop.
    # wearing, material: caption adapter (epoch 1)
    case(
        "X489-044",
        caption("a woman in a blue maxi dress with long sleeves"),
        D.wearing(
            "a blue dress. The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon "
            "fabric. It has a v",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "a blue dress. The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon "
            "fabric. The",
            "restated",
            hit_limit=True,
        ),
        D.color("blue"),
        describe("dress", "a blue dress with long sleeves and a gold necklace", "unsupported"),
        title="Women Royal Blue Solid Wrap Maxi Dress",
        category="Dresses",
        color="Royal Blue",
        gender="Women",
    ),
    # photo: model in a red and black checked flannel long-sleeve shirt dress with a black belt and black ankle
    # boots, red brick wall behind.
    case(
        "X489-045",
        caption("a woman in a red plaid dress standing against a brick wall"),
        she("he is wearing a red plaid shirt dress and a black belt", "pronoun"),
        D.pattern("checked"),
        D.color("red"),
        D.details("it has a collar, buttons and", "cut"),
        D.material("flannel"),
        title="Women Red & Black Checked Flannel Shirt Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a mint green short-sleeve tie-up jumpsuit, white sandals, holding a beige straw hat at her
    # side, white backdrop.
    # caption, description: VQA adapter
    case(
        "X489-046",
        caption(
            "a green jumpsuit a green jumpsuit a green jumpsuit a green jumpsuit a green jumpsuit a green jumpsuit a "
            "green jumpsuit a green jumpsuit a green jumpsuit a green jumpsuit a green",
            "loop",
            hit_limit=True,
        ),
        describe(
            "jumpsuit",
            "green Question: What is the color of the jumpsuit? Answer: green Question: What is the color of the "
            "jumpsuit? Answer",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a green jumpsuit and a hat"),
        color_of("jumpsuit", "green"),
        D.sleeve_length("short sleeves"),
        title="Women Mint Green Solid Tie-Up Jumpsuit",
        category="Jumpsuit",
        color="Mint Green",
        gender="Women",
    ),
]
