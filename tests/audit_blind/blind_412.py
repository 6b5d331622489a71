"""BLIND_412 (46 products; UAE marketplace partywear for women and girls: sequins, satin, gowns, co-ords): written blind
in the forty-sixth session. Measured blind at 1291946 (the session's rules as they stood): 111/137 failures found
(81.0%) and 13/176 correct texts flagged (7.4%). The writer's notes, verbatim:

Scenario: the English catalog feed of a UAE fashion marketplace's partywear edit for women and girls: sequinned and
satin dresses, satin slip dresses, embellished and tulle gowns, co-ord sets (crop top with skirt or pants, satin
shirt with trousers, blazer with trousers), jumpsuits, skirts and crop tops sold alone (styled with a tee, jeans or a
bodysuit that the shop does not sell). No abayas are sold. Model shots in styled studios: arches, pampas grass, neon
signs, velvet sofas and curtains, gold mirrors, balloons and fairy lights for the girls. Seller colors are the shop's
shade names (Champagne, Emerald, Blush Pink, Mauve, Navy, Lilac...). Each row has title, category, color and gender;
a few miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
gold sequin dress ...") or from the caption-only LoRA adapter (the DeepFashion template: "The lady wears a sleeveless
dress with pure color patterns. The dress is with chiffon fabric ..."). The adapter has no end-of-answer token, so
its texts always run to the limit (hit_limit=True), and asked a question it returns the template. Open questions
(wearing, description, details, material, embellishments) come from the base model unless the comment says
the adapter answered; the base model stops on its own (never hit_limit), so its loops are short and its cuts are
early stops. Closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors, "Is this a ...?")
are enrich's `--engine reference` answers chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's shade: gold or beige for champagne, pink for blush, fuchsia or dusty rose,
  purple for lilac, lavender or mauve, green for emerald or sage, green or blue for teal, blue for navy, cobalt or sky
  blue, red for burgundy or wine, white for ivory or off white, grey or silver for silver, yellow for lemon. Navy
  answered black and burgundy answered brown are contradiction.
- A color that belongs to no garment in the photo (the wall, the curtain, the sofa, the flowers, the clutch, the
  candles) given as the garment's color is contradiction. The color of the trim, the bow, the collar, the dots or the
  star print given as the garment's color is contradiction. The color of another garment worn in the photo (the
  styling tee, jeans, bralette, blazer over the shoulders, the other half of a co-ord) is other_garment_color.
- "a black top and black pants" style answers that give one piece's color to both are contradiction (one color for
  two garments); a co-ord named piece by piece in its own colors is correct.
- Garments: gown for a maxi dress, tutu for a tulle skirt, suit for a blazer set, corset top for a top, outfit for a
  co-ord are correct. A jumpsuit called a dress, or "a tank top and a long pants" by the adapter, is contradiction; so
  is "abaya" for an embroidered kaftan dress (the marketplace sells none) and "jacket" for a blazer dress.
- Sleeves: one-shoulder or strapless as sleeveless, cap or flutter sleeves as short sleeves are correct; "long
  sleeves" for a slip dress with a blazer draped over the shoulders is contradiction.
- Materials: a fabric the title names or the photo plainly shows (sequins, satin, velvet, tulle, mesh, feathers) is
  correct; chiffon for flowing sheer palazzos whose fabric the title does not name is correct; silk for a satin piece
  (the shop's satin is polyester; silk is a fiber claim nobody made), silk for a tulle gown, and cotton for a sequin
  skirt or a plainly tulle dress are unsupported.
- Invented details are unsupported: a zipper or lace-up back on a front-view photo, pockets, pearls on a crystal
  gown, a slit where there is none, a bow that is not there, gold beads where the work is thread embroidery, straps
  on a strapless dress, a belt, a necklace or a crown nobody wears. A short base loop that stops on its own
  ("sequins and sequins and sequins") is loop without hit_limit.
- Adapter texts: a repeated template sentence is loop; a text that stops mid-sentence without repeating is cut, even
  where it invented a fabric or an accessory first; a template that names the wrong garment is contradiction
  (hit_limit kept); the template returned for the material question is restated. The template answering wearing,
  description or details answers it, so those are cut or loop. "The lady" for a girl is not a pronoun failure.
- Base texts: an early stop mid-phrase ("it is made of", "... and a") is cut without hit_limit; "the details of the
  dress", "the skirt" for its details, "fabric", "it is made of fabric" and an empty answer are non_answer; the
  material question answered with the garment's color or name, and "the garment is a garment" answers, are
  restated; a run-on into "Question: ... Answer: ..." is leak even when the first words are right; "he" for a woman
  or a girl is pronoun.
- Photos where the seller row has no gender: no pronoun failure is labelled there.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
embellishment = question("embellishment", "What embellishments are on the garment?", "open")

BLIND_412 = [
    # photo: woman in a gold sequin one-shoulder maxi gown with a thigh slit, no jewellery, beige studio wall, pampas
    # grass in a vase, full-length front view.
    # no adapter texts
    case(
        "X412-001",
        caption("a woman in a gold sequin dress standing in front of a beige wall"),
        D.wearing("a gold sequin gown"),
        D.color("gold"),
        D.details("the dress has a slit on the side"),
        D.description("a gold dress with a slit and a gold necklace", "unsupported"),
        D.material("sequins"),
        title="One Shoulder Sequin Maxi Gown with Slit",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # photo: woman in an emerald satin slip midi dress, cowl neck, spaghetti straps, plain grey backdrop, front view.
    # caption, description: adapter
    case(
        "X412-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with silk fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.color("green"),
        D.material("silk", "unsupported"),
        D.details("the dress has a cowl neck and thin straps"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with silk fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress",
            "loop",
            hit_limit=True,
        ),
        title="Cowl Neck Satin Slip Midi Dress",
        category="Dresses",
        color="Emerald",
        gender="Women",
    ),
    # photo: girl in a pink party dress, sequin bodice, layered tulle skirt, cap sleeves; white backdrop with pink and
    # white balloons behind her.
    # no adapter texts
    case(
        "X412-003",
        caption("a little girl in a pink dress standing in front of balloons"),
        D.wearing("a pink tutu dress"),
        D.color("pink"),
        D.sleeve_length("short sleeves"),
        D.description("he is wearing a pink dress with a tulle skirt", "pronoun"),
        is_a("dress", "yes"),
        D.details("the dress has a bow on the back", "unsupported"),
        title="Girls Sequin Bodice Tulle Party Dress",
        category="Girls Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a black sequin wide-leg jumpsuit, long sleeves, V neck, dark grey backdrop, full length.
    # caption, details: adapter
    case(
        "X412-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit"),
        D.garment_type("jumpsuit"),
        is_a("dress", "yes", "contradiction"),
        D.color("black"),
        D.material("sequins"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with",
            "contradiction",
            hit_limit=True,
        ),
        title="Sequin Embellished Wide Leg Jumpsuit",
        category="Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a sky-blue co-ord: sequin crop top and matching satin midi skirt; white arch with pink flowers
    # behind her.
    # no adapter texts
    case(
        "X412-005",
        caption("a woman in a blue top and skirt posing in front of flowers"),
        D.wearing("a blue crop top and a blue skirt"),
        color_top("blue"),
        color_skirt("pink", "contradiction"),
        D.details("the top has sequins and the skirt has pockets", "unsupported"),
        D.material("the top is made of sequins and the skirt is made of", "cut"),
        D.sleeve_length("sleeveless"),
        title="Sequin Crop Top & Satin Midi Skirt Co-ord Set",
        category="Co-ord Sets",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: woman in a red strapless satin corset maxi gown, thin gold bracelet on her wrist, white marble floor and a
    # gold-framed mirror.
    # caption, details: adapter
    case(
        "X412-006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. The dress",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.color("red"),
        D.sleeve_length("sleeveless"),
        D.material("satin"),
        D.details(
            "The dress is with satin fabric and pure color patterns. It has a suspenders neckline. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "a long red dress with a corset top Question: what is the color of the dress? Answer: red", "leak"
        ),
        title="Strapless Satin Corset Maxi Gown",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: girl in a party dress with a gold sequin bodice and an ivory tulle skirt, satin bow at the waist, white
    # studio.
    # no adapter texts
    case(
        "X412-007",
        caption("a little girl in a gold and white dress"),
        D.color("gold"),
        D.details("the dress has a bow at the waist and a sequin top"),
        D.material("tulle"),
        is_a("skirt", "no"),
        D.wearing("a gold and white dress Question: what is the color of the dress? Answer: gold", "leak"),
        title="Girls Sequin Bodice Tulle Skirt Party Dress",
        category="Girls Dresses",
        color="Gold",
        gender="Girls",
    ),
    # photo: woman in a black velvet mini dress, long puff sleeves, square neck, in front of a deep red velvet curtain.
    # no adapter texts
    case(
        "X412-008",
        caption("a woman in a black dress standing in front of a red curtain"),
        D.wearing("a black velvet dress"),
        D.color("red", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("velvet"),
        D.details("the dress has puffy sleeves and a square neckline"),
        D.description("a red velvet dress with long sleeves", "contradiction"),
        title="Velvet Puff Sleeve Square Neck Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in an ivory crepe blazer and matching wide-leg trousers, a black lace bralette under the open
    # blazer; light grey backdrop.
    # caption, material: adapter
    case(
        "X412-009",
        caption(
            "The lady wears a long-sleeve jacket with solid color patterns and a long pants. The jacket is with "
            "cotton fabric and it has a lapel neckline. The pants are with cotton fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white suit with a black bra"),
        D.color("white"),
        color_pants("black", "other_garment_color"),
        D.description("a white blazer and white pants"),
        D.details("the blazer has buttons and the pants have pockets", "unsupported"),
        D.material(
            "The lady wears a long-sleeve jacket with solid color patterns and a long pants. The jacket is with "
            "cotton fabric and it has a lapel",
            "restated",
            hit_limit=True,
        ),
        title="Crepe Blazer & Wide Leg Trouser Co-ord Set",
        category="Co-ord Sets",
        color="Ivory",
        gender="Women",
    ),
    # photo: woman in a silver sequin bodycon mini dress, long sleeves, mock neck, plain grey backdrop, front view.
    # no adapter texts
    case(
        "X412-010",
        caption("a woman in a silver sequin dress"),
        D.wearing("a silver dress"),
        D.color("grey"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the dress has a zipper on the back", "unsupported"),
        D.material("sequins"),
        D.description(
            "a silver dress with long sleeves Question: what is the color of the dress? Answer: silver", "leak"
        ),
        title="Sequin Mock Neck Long Sleeve Bodycon Dress",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: girl in a lilac satin dress with tiered ruffles and flutter sleeves, holding a small white teddy bear,
    # white backdrop.
    # caption, wearing: adapter
    case(
        "X412-011",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The dress is with chiffon fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.description("a purple dress with ruffles and a bow", "unsupported"),
        D.material("it is made of", "cut"),
        is_a("dress", "yes"),
        title="Girls Tiered Ruffle Satin Party Dress",
        category="Girls Dresses",
        color="Lilac",
        gender="Girls",
    ),
    # photo: woman in a black high-waist satin midi skirt (the product) with a pink sequin crop top, beige backdrop.
    # no adapter texts
    case(
        "X412-012",
        caption("a woman in a pink and black dress", "contradiction"),
        D.wearing("a pink sequin top and a black skirt"),
        D.color("pink", "other_garment_color"),
        D.garment_type("skirt"),
        D.material("satin"),
        D.description("a black satin skirt"),
        D.details("the skirt has a slit on the side", "unsupported"),
        title="High Waist Satin Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a fuchsia strapless mini dress with a feather-trimmed hem, pink neon sign reading "party" on a
    # dark wall.
    # no adapter texts
    case(
        "X412-013",
        caption("a woman in a pink dress with feathers standing in front of a neon sign"),
        D.wearing("a pink dress with feathers"),
        D.color("pink"),
        D.details("feathers on the bottom of the dress and on the straps", "unsupported"),
        D.material("pink", "restated"),
        D.description("a pink dress with feathers and a pink", "cut"),
        title="Feather Trim Strapless Mini Dress",
        category="Dresses",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: woman in a navy satin halter jumpsuit with wide legs and a gold belt, gold heels; beige wall, a potted
    # palm.
    # caption, details: adapter
    case(
        "X412-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "satin fabric. The pants are with satin fabric and pure color patterns. There is a",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue jumpsuit with a gold belt"),
        D.color("black", "contradiction"),
        D.garment_type("jumpsuit"),
        is_a("jumpsuit", "yes"),
        D.material("satin"),
        D.details(
            "The tank top is with satin fabric. The pants are with satin fabric and pure color patterns. There is "
            "an accessory on her waist. The",
            "contradiction",
            hit_limit=True,
        ),
        title="Halter Neck Satin Jumpsuit with Belt",
        category="Jumpsuits",
        color="Navy",
        gender="Women",
    ),
    # photo: girl in a silver sequin crop top and a white tulle skirt, star garlands on a white wall.
    # no adapter texts
    case(
        "X412-015",
        caption("a little girl in a silver top and white skirt"),
        D.wearing("she is wearing a silver top and a white tutu"),
        color_top("silver"),
        color_skirt("silver", "other_garment_color"),
        D.material("sequins and tulle"),
        D.description(
            "a white tutu skirt with a silver top Question: what is the girl wearing? Answer: a white tutu", "leak"
        ),
        title="Girls Sequin Crop Top & Tulle Skirt Set",
        category="Girls Co-ord Sets",
        color="Silver/White",
        gender="Girls",
    ),
    # photo: woman in a champagne tulle gown covered in beads and crystals, sheer long sleeves, floor length; cream
    # wall and a crystal chandelier.
    # caption, details: adapter
    case(
        "X412-016",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a gold dress"),
        D.color("beige"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a round neckline. The dress is with "
            "chiffon fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        embellishment("crystals and pearls", "unsupported"),
        D.material("silk", "unsupported"),
        title="Embellished Long Sleeve Tulle Gown",
        category="Dresses",
        color="Champagne",
        gender="Women",
    ),
    # photo: woman in a black satin slip midi dress with spaghetti straps, a white oversized blazer draped over her
    # shoulders; white backdrop.
    # no adapter texts
    case(
        "X412-017",
        caption("a woman in a black dress and white jacket"),
        D.wearing("a white blazer and a black dress"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("fabric", "non_answer"),
        D.description("a black slip dress"),
        D.details("the dress has a slit on the side and a bow", "unsupported"),
        title="Satin Cowl Slip Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a blush pink satin shirt and matching wide-leg satin pants, seated on a white boucle chair.
    # caption, material: adapter
    case(
        "X412-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with silk "
            "fabric and it has a lapel neckline. The pants are with silk fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and pink pants"),
        color_top("pink"),
        color_pants("white", "contradiction"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with silk "
            "fabric and it has a lapel neckline. The pants",
            "restated",
            hit_limit=True,
        ),
        title="Satin Shirt & Wide Leg Trouser Co-ord",
        category="Co-ord Sets",
        color="Blush Pink",
        gender="Women",
    ),
    # photo: girl in a red velvet dress with a white lace collar and long sleeves, gold balloons behind her.
    # no adapter texts; the seller row has no gender
    case(
        "X412-019",
        caption("a little girl in a red dress with a white collar"),
        D.wearing("a red dress"),
        D.color("white", "contradiction"),
        D.material("velvet"),
        D.sleeve_length("long sleeves"),
        D.details("the dress has a white collar and a bow", "unsupported"),
        D.description("a red dress with a white collar and white", "cut"),
        title="Girls Velvet Dress with Lace Collar",
        category="Girls Dresses",
        color="Red",
    ),
    # photo: woman in a teal one-shoulder ruched satin mini dress, mustard-yellow wall.
    # no adapter texts
    case(
        "X412-020",
        caption("a woman in a green dress standing in front of a yellow wall"),
        D.wearing("a blue dress"),
        D.color("yellow", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("the dress has one shoulder and a bow on the shoulder", "unsupported"),
        D.garment_type("dress"),
        D.description("a green dress with one shoulder and a slit", "unsupported"),
        title="One Shoulder Ruched Satin Mini Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a black long-sleeve kaftan maxi dress with gold thread embroidery at the neckline and cuffs,
    # hair uncovered, beige backdrop.
    # no adapter texts
    case(
        "X412-021",
        caption("a woman in a black abaya with gold embroidery", "contradiction"),
        D.wearing("a black dress with gold embroidery"),
        D.color("black"),
        D.details("gold embroidery on the sleeves and the neck"),
        embellishment("gold beads", "unsupported"),
        D.material("chiffon"),
        D.description("he is wearing a black dress with gold embroidery", "pronoun"),
        title="Embroidered Kaftan Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a gold sequin mini skirt (the product) with a black long-sleeve bodysuit, grey backdrop.
    # caption, details: adapter
    case(
        "X412-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric. The skirt is with cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and a gold skirt"),
        D.color("gold"),
        D.garment_type("skirt"),
        D.material("cotton", "unsupported"),
        D.pattern("solid"),
        D.details(
            "The skirt is with cotton fabric and pure color patterns. The skirt is with cotton fabric and pure "
            "color patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        title="Sequin Mini Skirt",
        category="Skirts",
        color="Gold",
        gender="Women",
    ),
    # photo: woman in a white one-shoulder jumpsuit with a cape falling from the one shoulder, wide legs; wall painted
    # sky blue.
    # no adapter texts
    case(
        "X412-023",
        caption("a woman in a white jumpsuit"),
        D.wearing("a white dress", "contradiction"),
        D.garment_type("jumpsuit"),
        D.color("blue", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a white one shoulder jumpsuit with a cape"),
        D.details("the jumpsuit has a cape and a belt", "unsupported"),
        title="One Shoulder Cape Sleeve Jumpsuit",
        category="Jumpsuits",
        color="White",
        gender="Women",
    ),
    # photo: girl in a fuchsia sequin tank crop top and matching flared satin pants, white wall with star decals.
    # caption, details: adapter
    case(
        "X412-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The lady wears a sleeveless",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink top and pink pants"),
        color_top("pink"),
        color_pants("white", "contradiction"),
        D.description("he is wearing a pink outfit", "pronoun"),
        D.material("sequins"),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are",
            "cut",
            hit_limit=True,
        ),
        title="Girls Sequin Top & Flared Pants Set",
        category="Girls Co-ord Sets",
        color="Fuchsia",
        gender="Girls",
    ),
    # photo: woman in a mauve off-shoulder tulle ball gown with short draped sleeves, flower arch and pampas grass,
    # front view.
    # no adapter texts
    case(
        "X412-025",
        caption("a woman in a pink dress standing in front of a flower arch"),
        D.wearing("a pink gown"),
        D.color("purple"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has a long train and a lace up back", "unsupported"),
        D.material("tulle"),
        D.description("she is wearing a pink dress Question: what is the color of the dress? Answer: pink", "leak"),
        title="Off Shoulder Tulle Ball Gown",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: woman in a color-block co-ord: black cropped top and white wide-leg pants, light grey backdrop.
    # no adapter texts
    case(
        "X412-026",
        caption("a woman in a black top and white pants"),
        D.wearing("a black top and black pants", "contradiction"),
        color_top("black"),
        color_pants("black", "other_garment_color"),
        D.description("a black crop top with white pants"),
        D.material("", "non_answer"),
        title="Colour Block Crop Top & Pants Set",
        category="Co-ord Sets",
        color="Black/White",
        gender="Women",
    ),
    # photo: woman in an ivory mini dress with pearl embellishment and short puff sleeves, no jewellery; pink wall.
    # caption, wearing: adapter
    case(
        "X412-027",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is an accessory on her",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. There is",
            "cut",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        embellishment("pearls"),
        D.material("the dress is made of", "cut"),
        D.sleeve_length("short sleeves"),
        title="Pearl Embellished Puff Sleeve Mini Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a champagne satin slip dress with lace trim at the bust, seated on a dark green velvet sofa.
    # no adapter texts
    case(
        "X412-028",
        caption("a woman in a gold dress sitting on a green couch"),
        D.wearing("a green dress", "contradiction"),
        D.color("beige"),
        D.material("silk", "unsupported"),
        D.details("lace on the top of the dress"),
        D.sleeve_length("sleeveless"),
        D.description("a gold dress with lace Question: what is the woman wearing? Answer: a gold dress", "leak"),
        title="Lace Trim Satin Slip Dress",
        category="Dresses",
        color="Champagne",
        gender="Women",
    ),
    # photo: girl in a baby-blue tulle party dress with 3D embroidered flowers, white backdrop with flower pots.
    # no adapter texts
    case(
        "X412-029",
        caption("a little girl in a blue dress with flowers"),
        D.wearing("a blue dress with flowers on it"),
        D.color("blue"),
        D.pattern("floral"),
        D.details("the dress has flowers"),
        D.material("it is made of fabric", "non_answer"),
        D.description("a blue dress with a white belt", "unsupported"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Girls 3D Flower Tulle Party Dress",
        category="Girls Dresses",
        color="Baby Blue",
        gender="Girls",
    ),
    # photo: woman in a silver metallic pleated midi skirt (the product) with a black short-sleeve tee tucked in,
    # white backdrop.
    # caption: adapter
    case(
        "X412-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. The skirt is with chiffon fabric and pure color patterns. The skirt",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and a silver skirt"),
        D.color("black", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.garment_type("skirt"),
        D.details("the skirt is pleated"),
        D.material("silver", "restated"),
        title="Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Silver",
        gender="Women",
    ),
    # photo: woman in a white satin corset crop top (the product) with blue jeans, red brick wall, front view.
    # no adapter texts
    case(
        "X412-031",
        caption("a woman in a white top and jeans standing in front of a brick wall"),
        D.wearing("a white corset top and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.garment_type("top"),
        D.sleeve_length("sleeveless"),
        D.description("a white corset top with a lace up back", "unsupported"),
        D.material("satin"),
        title="Satin Corset Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a burgundy velvet maxi dress, long sleeves, V neck, side slit; gold-framed mirror on white
    # marble.
    # caption, details: adapter
    case(
        "X412-032",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with velvet fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red velvet dress"),
        D.color("brown", "contradiction"),
        D.material("velvet"),
        D.description("a red dress with long sleeves and a slit"),
        D.details(
            "The dress is with velvet fabric and pure color patterns. It has a v-shape neckline. The dress is with "
            "velvet",
            "loop",
            hit_limit=True,
        ),
        title="Velvet Long Sleeve Maxi Dress with Slit",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in an emerald sequin jumpsuit, plunging V neck, long sleeves, black backdrop.
    # no adapter texts
    case(
        "X412-033",
        caption("a woman in a green sequin jumpsuit"),
        D.wearing("a green dress", "contradiction"),
        D.color("green"),
        is_a("jumpsuit", "yes"),
        D.sleeve_length("long sleeves"),
        D.material("sequin Question: what is the color of the jumpsuit? Answer: green", "leak"),
        D.details("sequins all over and a deep v neck"),
        title="Plunge Neck Sequin Jumpsuit",
        category="Jumpsuits",
        color="Emerald",
        gender="Women",
    ),
    # photo: woman in a black satin wrap midi dress with gold foil polka dots and a tie at the waist, beige backdrop.
    # no adapter texts
    case(
        "X412-034",
        caption("a woman in a black dress with gold polka dots"),
        D.wearing("a black and gold dress"),
        D.color("gold", "contradiction"),
        D.pattern("polka dot"),
        D.material("satin"),
        D.details("the dress has a tie at the waist"),
        D.description("a black dress with gold polka dots and a black", "cut"),
        title="Foil Dot Satin Wrap Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a silver sequin jacket over a white tee, with a matching silver sequin skirt; white backdrop.
    # caption, material, description: adapter
    case(
        "X412-035",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a short skirt. The jacket is with "
            "cotton fabric and it has a lapel neckline. The skirt is with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a silver jacket and a silver skirt"),
        color_jacket("silver"),
        color_skirt("white", "other_garment_color"),
        D.material(
            "The lady wears a long-sleeve jacket with pure color patterns and a short skirt. The jacket is with "
            "cotton fabric and it",
            "restated",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns and a short skirt. The jacket is with "
            "cotton fabric. The lady wears a long-sleeve jacket with pure color",
            "loop",
            hit_limit=True,
        ),
        title="Girls Sequin Jacket & Skirt Set",
        category="Girls Co-ord Sets",
        color="Silver",
        gender="Girls",
    ),
    # photo: woman in a halter maxi dress with horizontal rainbow sequin stripes, plain white backdrop.
    # no adapter texts
    case(
        "X412-036",
        caption("a woman in a rainbow striped sequin dress"),
        D.wearing("a colorful dress"),
        D.color("multicolor"),
        D.pattern("striped"),
        D.sleeve_length("sleeveless"),
        D.details("sequins"),
        D.material("sequins and sequins and sequins", "loop"),
        title="Rainbow Stripe Sequin Halter Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: woman in a sage green satin slip dress holding a pink satin clutch, beige backdrop.
    # no adapter texts
    case(
        "X412-037",
        caption("a woman in a green dress holding a pink purse"),
        D.wearing("a green dress and a pink purse"),
        D.color("pink", "contradiction"),
        D.material("satin"),
        D.details("the dress has a slit", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.description("a green dress with a pink bag and a gold necklace", "unsupported"),
        title="Bias Cut Satin Slip Dress",
        category="Dresses",
        color="Sage",
        gender="Women",
    ),
    # photo: woman in a white sleeveless mini dress with a large black sequin bow at the bust, black backdrop.
    # caption, material: adapter
    case(
        "X412-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress with a black bow"),
        D.color("black", "contradiction"),
        D.details("the details of the dress", "non_answer"),
        D.sleeve_length("sleeveless"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Sequin Bow Detail Mini Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: woman in a blush tulle maxi skirt (the product) with a white fitted tee tucked in, light grey backdrop.
    # no adapter texts
    case(
        "X412-039",
        caption("a woman in a pink skirt and white t-shirt"),
        D.wearing("a pink tutu and a white shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("skirt"),
        D.material("tulle"),
        D.description("a long pink skirt"),
        D.details("the skirt", "non_answer"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Tulle Maxi Skirt",
        category="Skirts",
        color="Blush",
        gender="Women",
    ),
    # photo: woman in a lavender co-ord: crop top with silver bead work and flowing palazzo pants; white arch and
    # white pillar candles.
    # caption, description: adapter
    case(
        "X412-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric. The pants are with chiffon fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple top and pants"),
        color_top("purple"),
        color_pants("white", "contradiction"),
        D.details("the top has silver beads and the pants are wide"),
        D.material("chiffon"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric. The lady wears a sleeveless tank top with",
            "loop",
            hit_limit=True,
        ),
        title="Embellished Crop Top & Palazzo Set",
        category="Co-ord Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: girl in a lemon-yellow satin dress with a white flower applique at the waist, pale blue wall.
    # no adapter texts
    case(
        "X412-041",
        caption("a little girl in a yellow dress standing in front of a blue wall"),
        D.wearing("a yellow dress with a flower"),
        D.color("yellow"),
        is_a("dress", "yes"),
        D.description("he is wearing a yellow dress", "pronoun"),
        D.material("satin"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Girls Satin Flower Applique Party Dress",
        category="Girls Dresses",
        color="Lemon Yellow",
        gender="Girls",
    ),
    # photo: woman in a black sequin blazer dress, long sleeves, double-breasted with gold buttons, grey backdrop.
    # caption, description: adapter
    case(
        "X412-042",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a lapel neckline. There is an accessory on her wrist. The lady wears a long-sleeve",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black blazer dress"),
        D.color("black"),
        D.garment_type("jacket", "contradiction"),
        D.details("gold buttons on the front and gold", "cut"),
        D.material("sequins"),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a lapel neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        title="Sequin Double Breasted Blazer Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a cobalt blue satin wrap dress with a ruffled hem and short flutter sleeves, orange wall.
    # no adapter texts
    case(
        "X412-043",
        caption("a woman in a blue dress standing in front of an orange wall"),
        D.wearing("a blue dress"),
        D.color("blue"),
        D.details("the dress has a ruffle at the bottom and a", "cut"),
        D.material("silk", "unsupported"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("the garment is a garment", "restated"),
        title="Ruffle Hem Satin Wrap Dress",
        category="Dresses",
        color="Cobalt Blue",
        gender="Women",
    ),
    # photo: woman in a sheer silver sequin mesh crop top with long sleeves (the product) over a black bralette, with a
    # black leather-look mini skirt; white backdrop.
    # caption, details: adapter
    case(
        "X412-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric. The skirt is with leather fabric and pure color patterns. The lady wears a long-sleeve shirt "
            "with pure color patterns and a short",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a silver top and a black skirt"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.garment_type("top"),
        D.material("mesh"),
        D.details(
            "The shirt is with cotton fabric. The skirt is with leather fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "a silver shirt Question: what is the woman wearing? Answer: a silver shirt and a black skirt", "leak"
        ),
        title="Sequin Mesh Long Sleeve Crop Top",
        category="Tops",
        color="Silver",
        gender="Women",
    ),
    # photo: girl in a white tiered tulle maxi dress with silver glitter stars, long sleeves, fairy lights behind.
    # no adapter texts; the seller row has no color
    case(
        "X412-045",
        caption("a little girl in a white dress with stars"),
        D.wearing("a white dress"),
        D.color("silver", "contradiction"),
        D.material("cotton", "unsupported"),
        D.details("the dress has stars on it"),
        D.sleeve_length("long sleeves"),
        D.description("she is wearing a white dress with stars and a silver crown", "unsupported"),
        title="Girls Star Glitter Tiered Tulle Maxi Dress",
        category="Girls Dresses",
        gender="Girls",
    ),
    # photo: woman in a gold sequin fringe flapper mini dress with a feather headband, black backdrop, mid-twirl.
    # caption, details: adapter
    case(
        "X412-046",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her head. This lady has a neckwear. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gold fringe dress"),
        D.color("gold"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a v-shape neckline. There is an "
            "accessory on her head. The",
            "cut",
            hit_limit=True,
        ),
        embellishment("fringe"),
        D.material("gold", "restated"),
        D.description("a gold dress with fringe and a headband"),
        title="Sequin Fringe Flapper Mini Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
]
