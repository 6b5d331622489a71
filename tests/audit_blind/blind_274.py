"""BLIND_274 (46 products; women's occasion and party wear: sequins, gowns, slips, co-ords, blazers, lehengas): written
blind in the forty-second session. Measured blind at d0333cd (the session's rules as they stood): 95/119 failures
found (79.8%) and 9/151 correct texts flagged (6.0%). The writer's notes, verbatim:

Scenario: an English catalog feed of women's occasion and party wear: sequinned mini and midi dresses, velvet,
organza and tulle gowns, satin slip dresses, co-ord sets (blazer with trousers or shorts, crop top with skirt or
pants), blazers, jumpsuits, skirts and lehenga sets. Every photo is a model shot, most of them with jewellery
(earrings, necklaces, bracelets) and many with a clutch or handbag in hand; backdrops are plain studio sweeps or
painted walls (grey, beige, pink, red, brown), some full-length with the shoes in view. Each row has the seller's
title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
gold sequin dress") or from the original experiments' caption-only LoRA adapter (the DeepFashion template, "The lady
wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric ..."). The adapter has no
end-of-answer token: its texts run to the limit (50 new tokens for captions, 30 for answers), carry hit_limit=True,
never name a hue, and answer any question with the template. The comment above each case says which texts the
adapter wrote; every other open text (wearing, description, details, material, neckline, holding) is the base model
answering `Question: ... Answer:`, short and lowercase, stopping on its own (never hit_limit). The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece "What is the color of the ...?" and "Is this a ...?")
are enrich's `--engine reference` answers picked from candidate sets: never a loop, never cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: gold for champagne or gold-toned, grey for silver sequins, red
  for wine, maroon or burgundy, blue for navy, cobalt, royal or sky blue, green for teal, emerald, olive, mint or
  sage, purple for lavender or lilac, pink for fuchsia, rose gold or peach, yellow for mustard, orange for rust,
  white for ivory, off white or cream.
- A color given as the garment's color that belongs to the wall or backdrop, or to the print, trim, embroidery or
  stripes of the garment (green leaves on a yellow floral dress, gold zari on a red lehenga), is contradiction; so is a
  plainly wrong shade from the reference engine (navy as black, fuchsia as red, olive as brown).
- The color of another thing the model wears or holds (the cami under a blazer, the other piece of a co-ord, the
  shoes, the clutch or handbag) given as the product's color is other_garment_color, even for a bag: the auditor
  sees another item's color, which another text usually gives to that item.
- Jewellery, bags and shoes that are in the photo are correct wherever mentioned ("a black dress and gold
  earrings", "a red purse"). Invented items or details not in the photo (a necklace on a bare neck, a slit, a back
  zipper on a front view, a train, gold buttons on a self-button blazer) are unsupported.
- Garment synonyms are correct: dress or wedding dress for a gown, suit for a blazer co-ord, jacket for a blazer,
  scarf for a dupatta, shirt for a kurti, skirt and top for a lehenga set, purse for a clutch. A jumpsuit called a
  dress or "a tank top and pants", a lehenga set or a kurti with sharara called a dress (also "yes" to "Is this a
  dress?") are contradiction. Pleats answered "striped" and a sleeve length that is not the product's (the sleeves
  of the blazer draped over a slip dress, "short sleeves" for an off-shoulder gown) are contradiction.
- Materials: one the title names or the photo plainly shows (satin, velvet, sequins, lace, tulle, net) is correct;
  chiffon for georgette or organza is correct (sheer look-alikes); silk, wool or polyester where neither title nor
  photo shows it is unsupported. "it is made of white fabric" or an empty answer is non_answer; the garment's name
  given back for the material question is restated.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence at the limit without a repeat is
  cut (also where the fragment is the first words of a repeat, or the text ends on a full stop: it still ran to its
  limit); a template returned for the material question is restated. Where the template misnames the garment
  itself (a jumpsuit as a dress, or as a tank top with pants), that is what the auditor sees first: contradiction.
  The template returned for wearing, details or neckline does answer them after its fashion: cut or loop.
- The base model's one color for every piece ("a yellow shirt and yellow pants" for a mustard top over black
  trousers, "red shoes" under a red dress with black heels) is contradiction: the color it gives the other piece
  is one that piece does not have. A reference "striped" for a plain sequin co-ord would be contradiction; for the
  co-ord with sequin stripes it is correct, and silver (the stripes) as the pants' color is contradiction.
- Base answers running on into "Question: ... Answer: ..." are leak even where the first words are right. "he" or
  "a man" for the woman is pronoun. "i'm not sure", "the dress has details", "it is a dress" for details are
  non_answer; "the dress details are on the dress" style echoes are restated.
- One kind per text: the first thing the auditor would see.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
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

neckline = question("neckline", "What is the neckline of the dress?", "open")
holding = question("holding", "What is she holding?", "open")

BLIND_274 = [
    # photo: model in a black sequinned strappy bodycon midi dress, silver hoop earrings, silver clutch in hand,
    # plain grey studio backdrop, full length with black heels.
    # caption: adapter
    case(
        "X274-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. There is an accessory in her ear. The lady wears a sleeveless dress with pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a black sequin dress and a silver necklace", "unsupported"),
        B.color("black"),
        B.sleeve_length("sleeveless"),
        B.material("sequins"),
        holding("a silver clutch"),
        title="Women Black Sequinned Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: champagne satin cowl-neck slip midi dress, thin straps, fine gold chain necklace, beige painted wall.
    # details: adapter
    case(
        "X274-002",
        caption("a woman in a gold satin slip dress standing against a beige wall"),
        wearing("a gold dress and a necklace"),
        B.color("gold"),
        B.material("silk", "unsupported"),
        details(
            "dress",
            "The dress is with chiffon fabric and pure color patterns. It has a suspenders neckline. The dress is "
            "with chiffon",
            "loop",
            hit_limit=True,
        ),
        title="Women Champagne Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Champagne",
        gender="Women",
    ),
    # photo: emerald green velvet floor-length gown, long sleeves, thigh-high front slit, gold drop earrings, white
    # studio sweep.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-003",
        caption("a woman in a green velvet dress with a slit"),
        wearing("she is wearing a green dress"),
        B.color("green"),
        B.sleeve_length("sleeveless", "contradiction"),
        describe(
            "dress",
            "a long green dress with a slit Question: what is the color of the dress? Answer: green",
            "leak",
        ),
        title="Women Emerald Green Velvet Maxi Gown with Slit",
        category="Gowns",
        color="Green",
        gender="Women",
    ),
    # photo: white blazer and white wide-leg trousers co-ord worn over a black bralette, blazer closed with one
    # self-fabric button, gold chain necklace, grey wall.
    # caption: adapter
    case(
        "X274-004",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The trousers the lady wears is of long length. The trousers are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white suit with a black top"),
        color_of("blazer", "white"),
        color_of("pants", "black", "other_garment_color"),
        details("blazer", "the blazer has gold buttons", "unsupported"),
        B.material("it is made of white fabric", "non_answer"),
        title="Women White Solid Blazer and Trousers Co-Ord Set",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: red sequinned one-shoulder mini dress, black strappy heels, black clutch in hand, white backdrop.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-005",
        caption("a woman in a red dress holding a black purse"),
        wearing("a red dress and red shoes", "contradiction"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        neckline("one shoulder"),
        title="Women Red Sequinned One-Shoulder Mini Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue satin wrap midi dress, long sleeves, self tie at the waist, pearl stud earrings, grey backdrop.
    # caption: adapter
    case(
        "X274-006",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory in her ear. The lady wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        B.color("black", "contradiction"),
        B.material("silk", "unsupported"),
        describe("dress", "a blue wrap dress with a tie at the waist"),
        title="Women Navy Blue Satin Wrap Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: fuchsia pink lehenga set: flared skirt with gold zari embroidery, sleeveless matching blouse, pink net
    # dupatta over one shoulder, gold jhumkas, studio backdrop.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-007",
        caption("a woman in a pink lehenga"),
        wearing("a pink lehenga with gold embroidery"),
        color_of("skirt", "pink"),
        color_of("dupatta", "pink"),
        B.material("silk", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        details("lehenga", "the lehenga has gold embroidery and mirror work", "unsupported"),
        title="Women Pink Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: black sleeveless halter jumpsuit with wide legs, gold cuff bracelet, white backdrop, full length.
    # caption, details: adapter
    case(
        "X274-008",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. The pants "
            "the lady wears is of long length. The pants are with cotton fabric and pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black jumpsuit"),
        B.garment_type("jumpsuit"),
        B.sleeve_length("sleeveless"),
        is_a("dress", "no"),
        details(
            "jumpsuit",
            "The tank top is with cotton fabric. The pants the lady wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        title="Women Black Halter Neck Wide Leg Jumpsuit",
        category="Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: lavender satin slip midi dress with lace trim at the neckline, silver heels, silver bag, white backdrop.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-009",
        caption("a woman in a purple dress holding a silver purse"),
        wearing("a purple dress with silver shoes"),
        B.color("white", "contradiction"),
        B.material("satin and lace"),
        details(
            "dress",
            "the dress has lace trim on the neckline and a slit on the side",
            "unsupported",
        ),
        title="Women Lavender Lace Trim Satin Slip Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: gold sequinned blazer dress, long sleeves, deep V, mini length, black heels, beige wall.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-010",
        caption("a woman in a gold sequin dress"),
        wearing("he is wearing a gold dress", "pronoun"),
        B.color("gold"),
        describe("dress", "a gold sequin blazer dress with a deep v neck"),
        B.material("gold", "restated"),
        title="Women Gold-Toned Sequinned Blazer Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # photo: maroon velvet co-ord: puff-sleeve crop top and high-waist midi skirt, gold earrings, brown wall.
    # caption, material: adapter
    case(
        "X274-011",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a red top and skirt"),
        color_of("top", "red"),
        color_of("skirt", "brown", "contradiction"),
        B.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        title="Women Maroon Velvet Crop Top and Skirt Co-Ord",
        category="Co-Ords",
        color="Maroon",
        gender="Women",
    ),
    # photo: ivory strapless organza gown with 3D floral appliques, floor length, diamond necklace, pink wall.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-012",
        caption("a woman in a white dress with flowers on it standing in front of a pink wall"),
        wearing("a white gown"),
        B.color("pink", "contradiction"),
        B.pattern("floral"),
        B.material("chiffon"),
        details("gown", "the gown has flowers on the gown", "restated"),
        title="Women Ivory Floral Applique Organza Gown",
        category="Gowns",
        color="Off White",
        gender="Women",
    ),
    # photo: teal sequinned fishtail gown, long sleeves, round neck, small gold studs only, white studio.
    # neckline: adapter
    case(
        "X274-013",
        caption("a woman in a blue sequin gown"),
        wearing("a blue dress and a blue necklace", "unsupported"),
        B.color("green"),
        B.sleeve_length("long sleeves"),
        B.material("sequins"),
        neckline(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Women Teal Sequinned Fishtail Maxi Gown",
        category="Gowns",
        color="Teal",
        gender="Women",
    ),
    # photo: black satin slip midi dress with a cream oversized blazer draped over the shoulders, gold hoops, grey
    # wall.
    # caption: adapter
    case(
        "X274-014",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The lady wears a long dress. The dress is with chiffon fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a black dress and a white jacket"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material("satin"),
        title="Women Black Satin Slip Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: pink tiered ruffle mini dress with a small white floral print, puff short sleeves, nude heels, white
    # backdrop.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-015",
        caption("a woman in a pink floral dress"),
        wearing("a pink dress with white flowers"),
        B.pattern("floral"),
        B.color("white", "contradiction"),
        details("dress", "the dress has ruffles and a bow at the waist", "unsupported"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Pink Floral Print Tiered Ruffle Mini Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: all-white three-piece co-ord: sequinned bralette, long blazer and high-waist trousers, silver clutch,
    # grey studio.
    # wearing, details: adapter
    case(
        "X274-016",
        caption("a woman in a white suit"),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The trousers",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        color_of("pants", "white"),
        details(
            "suit",
            "The jacket is with cotton fabric and its neckline is lapel. The jacket is with cotton fabric and its "
            "neckline",
            "loop",
            hit_limit=True,
        ),
        B.material("white", "restated"),
        title="Women White Sequinned Bralette, Blazer and Trouser Set",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: mustard satin cowl-neck cami top tucked into black satin trousers, gold earrings, white backdrop.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-017",
        caption("a woman in a yellow top and black pants"),
        wearing("a yellow shirt and yellow pants", "contradiction"),
        B.color("yellow"),
        describe("top", "a black satin top with a cowl neck", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        title="Women Mustard Satin Cowl Neck Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: silver sequinned long-sleeve jumpsuit with flared legs, silver heels, grey backdrop.
    # caption: adapter
    case(
        "X274-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a silver jumpsuit"),
        B.color("grey"),
        B.garment_type("dress", "contradiction"),
        describe("jumpsuit", "the jumpsuit is a jumpsuit", "restated"),
        B.material("sequins"),
        title="Women Silver Sequinned Flared Jumpsuit",
        category="Jumpsuits",
        color="Silver",
        gender="Women",
    ),
    # photo: wine satin halter gown with a pleated bodice, floor length, gold earrings, dark grey backdrop.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-019",
        caption("a woman in a red satin gown"),
        wearing("a red dress"),
        B.color("red"),
        details(
            "dress",
            "the dress has a pleated bodice Question: what is the neckline of the dress? Answer: halter",
            "leak",
        ),
        B.material("satin"),
        B.sleeve_length("sleeveless"),
        title="Women Wine Satin Halter Neck Maxi Gown",
        category="Gowns",
        color="Wine",
        gender="Women",
    ),
    # photo: black lace bodycon dress with long sheer lace sleeves, nude lining, red clutch, white wall.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-020",
        caption("a woman in a black lace dress holding a red purse"),
        wearing("a black dress"),
        B.color("red", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.material("lace"),
        details("dress", "the dress has details", "non_answer"),
        title="Women Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: peach georgette kurti with sharara pants and a peach dupatta, all with tonal thread embroidery, gold
    # earrings, beige backdrop.
    # caption, details: adapter
    case(
        "X274-021",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is V-shape. The pants the lady wears is of long length. The pants are with chiffon fabric and "
            "floral",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink dress", "contradiction"),
        color_of("dupatta", "pink"),
        B.material("chiffon"),
        is_a("dress", "no"),
        details(
            "kurti",
            "The shirt is with chiffon fabric and its neckline is V-shape. The shirt is with chiffon fabric and its "
            "neckline is",
            "loop",
            hit_limit=True,
        ),
        title="Women Peach Embroidered Georgette Kurti with Sharara and Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: cobalt blue satin blazer worn open over a black cami with black trousers, gold earrings, white backdrop.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-022",
        caption("a woman in a blue blazer and black pants"),
        wearing("a blue jacket and blue pants", "contradiction"),
        B.color("blue"),
        color_of("blazer", "black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.material("polyester", "unsupported"),
        title="Women Cobalt Blue Satin Single-Breasted Blazer",
        category="Blazers",
        color="Blue",
        gender="Women",
    ),
    # photo: lilac sequinned mini skirt with a white satin corset top, silver heels, pink backdrop.
    # details: adapter
    case(
        "X274-023",
        caption("a woman in a white top and purple skirt"),
        wearing("a white top and a purple sequin skirt"),
        B.color("white", "other_garment_color"),
        B.garment_type("skirt"),
        is_a("dress", "yes", "contradiction"),
        B.material("sequins"),
        details(
            "skirt",
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a short skirt. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Lilac Sequinned Mini Skirt",
        category="Skirts",
        color="Lilac",
        gender="Women",
    ),
    # photo: black ruched satin one-shoulder mini dress, gold statement earrings, gold clutch, red painted wall.
    # caption: adapter
    case(
        "X274-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. There is an "
            "accessory in her ear. The lady wears a sleeveless dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress and a gold necklace", "unsupported"),
        B.color("red", "contradiction"),
        holding("a gold purse"),
        B.sleeve_length("sleeveless"),
        details("dress", "the dress", "non_answer"),
        title="Women Black Ruched Satin One-Shoulder Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: fuchsia sequinned mini dress with feather trim at the cuffs and the hem, long sleeves, white backdrop.
    # material: adapter
    case(
        "X274-025",
        caption("a woman in a pink dress with feathers"),
        wearing("a pink dress with a pink feather boa", "unsupported"),
        B.color("red", "contradiction"),
        details("dress", "the dress has feathers on the sleeves and the hem"),
        B.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline. There",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        title="Women Fuchsia Sequinned Feather Trim Mini Dress",
        category="Dresses",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: olive satin sleeveless cowl-neck jumpsuit with a self-tie belt and wide legs, gold necklace, white wall.
    # details: adapter
    case(
        "X274-026",
        caption("a woman in a green jumpsuit"),
        wearing("a green jumpsuit with a belt"),
        B.color("brown", "contradiction"),
        B.garment_type("jumpsuit"),
        B.sleeve_length("sleeveless"),
        describe("jumpsuit", "", "non_answer"),
        details(
            "jumpsuit",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. There",
            "contradiction",
            hit_limit=True,
        ),
        title="Women Olive Satin Cowl Neck Belted Jumpsuit",
        category="Jumpsuits",
        color="Olive",
        gender="Women",
    ),
    # photo: royal blue off-shoulder ruffled tulle gown, floor length, diamond earrings, white backdrop.
    # caption, details: adapter
    case(
        "X274-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        B.color("blue"),
        B.sleeve_length("short sleeves", "contradiction"),
        neckline("off the shoulder"),
        details(
            "gown",
            "The dress is with chiffon fabric and pure color patterns. The dress is of long length. The dress is with "
            "chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        B.material("tulle"),
        title="Women Royal Blue Off-Shoulder Ruffled Tulle Gown",
        category="Gowns",
        color="Blue",
        gender="Women",
    ),
    # photo: black satin wrap midi dress with white polka dots, black heels, red handbag, white backdrop.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-028",
        caption("a woman in a black and white polka dot dress"),
        wearing("a black and white dress"),
        B.pattern("polka dots"),
        B.color("black"),
        details("dress", "the dress has white polka dots and a tie at the waist"),
        title="Women Black & White Polka Dot Satin Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red velvet lehenga with wide gold zari borders, red blouse, gold net dupatta, kundan necklace, studio.
    # wearing: adapter
    case(
        "X274-029",
        caption("a woman in a red and gold lehenga"),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "gold", "contradiction"),
        color_of("dupatta", "gold"),
        B.material("velvet"),
        details("lehenga", "a red lehenga", "restated"),
        title="Women Red Velvet Zari Embroidered Lehenga Set with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: silver metallic pleated midi skirt with a black crop top, black heels, beige backdrop.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-030",
        caption("a woman in a black top and silver skirt"),
        wearing("a black shirt and a silver skirt"),
        B.color("grey"),
        color_of("skirt", "black", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        describe("skirt", "a silver pleated skirt with a black belt", "unsupported"),
        title="Women Silver Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Silver",
        gender="Women",
    ),
    # photo: black velvet double-breasted blazer with gold buttons over a black lace bodysuit and black trousers,
    # gold earrings, grey backdrop. No gender column.
    # caption: adapter
    case(
        "X274-031",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The lady wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        wearing("a black suit"),
        B.color("black"),
        details("blazer", "the blazer has gold buttons"),
        B.material("wool", "unsupported"),
        title="Black Velvet Double-Breasted Blazer",
        category="Blazers",
        color="Black",
    ),
    # photo: rose gold sequinned bodycon dress with cap sleeves, rose gold handbag, pink wall.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-032",
        caption("a woman in a pink sequin dress"),
        wearing("a pink dress"),
        B.color("pink"),
        B.sleeve_length("sleeveless", "contradiction"),
        describe(
            "dress",
            "a pink sequin dress with short sleeves Question: what is the color of the dress? Answer: pink",
            "leak",
        ),
        holding("she is holding a pink purse"),
        title="Women Rose Gold Sequinned Bodycon Dress",
        category="Dresses",
        color="Rose Gold",
        gender="Women",
    ),
    # photo: mint green satin co-ord: long-sleeve button shirt and straight trousers, white heels, grey backdrop.
    # caption: adapter
    case(
        "X274-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is lapel. The trousers the lady wears is of long length. The trousers are with chiffon",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt and green pants"),
        color_of("shirt", "green"),
        color_of("pants", "white", "other_garment_color"),
        B.material("satin"),
        details("shirt", "the shirt has buttons and a pocket", "unsupported"),
        title="Women Mint Green Satin Shirt and Trousers Co-Ord Set",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: beige bandage bodycon dress, square neck, long sleeves, front view, nude heels, white backdrop.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-034",
        caption("a woman in a beige dress"),
        wearing(
            "a beige dress Question: what is the woman wearing? Answer: a beige dress",
            "leak",
        ),
        B.color("beige"),
        neckline("a square neckline"),
        details("dress", "the dress has a zipper on the back", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Women Beige Square Neck Bandage Bodycon Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: red satin blazer and shorts co-ord over a white lace cami, gold pendant necklace, white backdrop.
    # material: adapter
    case(
        "X274-035",
        caption("a woman in a red suit and shorts"),
        wearing("a red jacket and red shorts"),
        color_of("shorts", "red"),
        B.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The shorts",
            "restated",
            hit_limit=True,
        ),
        describe("suit", "a red suit with shorts and a white top"),
        color_of("top", "red", "other_garment_color"),
        title="Women Red Satin Blazer & Shorts Co-Ord Set",
        category="Co-Ords",
        color="Red",
        gender="Women",
    ),
    # photo: yellow chiffon maxi dress printed with white flowers and green leaves, flutter sleeves, white backdrop.
    # details: adapter
    case(
        "X274-036",
        caption("a woman in a yellow floral dress"),
        wearing("a yellow dress with white flowers"),
        B.color("green", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        B.material("cotton", "unsupported"),
        details(
            "dress",
            "The dress is with chiffon fabric and floral patterns. It has a V-shape neckline. The dress is of long "
            "length. There is an",
            "cut",
            hit_limit=True,
        ),
        title="Women Yellow Floral Print Chiffon Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: white strapless tulle ball gown with a silver embellished bodice, floor length, white wall.
    # caption: adapter
    case(
        "X274-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a white wedding dress", "pronoun"),
        B.color("white"),
        B.material("tulle"),
        details("dress", "the dress has a sequined bodice and a long train", "unsupported"),
        is_a("gown", "yes"),
        title="Women White Embellished Tulle Ball Gown",
        category="Gowns",
        color="White",
        gender="Women",
    ),
    # photo: burgundy sequinned tuxedo blazer with black satin lapels, worn with black trousers, grey backdrop.
    # No gender column.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-038",
        caption("a man in a red sequin jacket and black pants", "pronoun"),
        wearing("a red jacket and black pants"),
        B.color("black", "other_garment_color"),
        describe("blazer", "a red sequin blazer with black lapels"),
        B.sleeve_length("long sleeves"),
        title="Women Burgundy Sequinned Tuxedo Blazer",
        category="Blazers",
        color="Burgundy",
    ),
    # photo: sky blue organza lehenga with silver sequins, matching sleeveless blouse, white net dupatta, silver
    # jewellery, pale grey backdrop.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-039",
        caption("a woman in a blue lehenga and a white scarf"),
        wearing("a blue skirt and a blue top"),
        color_of("skirt", "blue"),
        color_of("dupatta", "blue", "other_garment_color"),
        B.material("a blue lehenga", "restated"),
        details(
            "lehenga",
            "the lehenga has silver sequins on the lehenga and sequins on the lehenga",
            "loop",
        ),
        title="Women Sky Blue Sequinned Organza Lehenga Set",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: black off-shoulder bodycon mini dress with long ruffled sleeves, white clutch, grey wall.
    # caption: adapter
    case(
        "X274-040",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. There is an accessory in her hand. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a black dress Question: what is the color of the dress? Answer: black",
            "leak",
        ),
        B.color("white", "other_garment_color"),
        holding("a white purse"),
        B.sleeve_length("long sleeves"),
        details("dress", "i'm not sure", "non_answer"),
        title="Women Black Off-Shoulder Ruffle Sleeve Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: silver sequinned halter crop top with a black high-slit maxi skirt, silver earrings, white backdrop.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-041",
        caption("a woman in a silver top and black skirt"),
        wearing("a silver top and a silver skirt", "contradiction"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.material("sequins"),
        describe(
            "top",
            "a silver sequin top with a halter neck Question: what is she wearing? Answer: a",
            "leak",
        ),
        title="Women Silver Sequinned Halter Crop Top",
        category="Tops",
        color="Silver",
        gender="Women",
    ),
    # photo: rust satin one-shoulder jumpsuit with a side cut-out and wide legs, gold earrings, beige wall.
    # adapter: none (all texts from the base model or the reference engine)
    case(
        "X274-042",
        caption("a woman in an orange jumpsuit"),
        wearing("an orange dress", "contradiction"),
        B.color("orange"),
        B.garment_type("jumpsuit"),
        is_a("dress", "yes", "contradiction"),
        details("jumpsuit", "it has a cut out on the side"),
        B.material("it is made of", "cut"),
        title="Women Rust Satin One-Shoulder Cut-Out Jumpsuit",
        category="Jumpsuits",
        color="Rust",
        gender="Women",
    ),
    # photo: black co-ord with vertical silver sequin stripes: sleeveless crop top and straight pants, white backdrop.
    # caption: adapter
    case(
        "X274-043",
        caption(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with cotton fabric. The "
            "pants the lady wears is of long length. The pants are with cotton fabric and striped patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and silver striped outfit"),
        B.pattern("striped"),
        color_of("pants", "silver", "contradiction"),
        color_of("top", "black"),
        B.material("cotton", "unsupported"),
        title="Women Black Sequin Stripe Crop Top and Pants Co-Ord",
        category="Co-Ords",
        gender="Women",
    ),
    # photo: sage green pleated satin midi dress with short puff sleeves, pearl necklace, beige handbag, white wall.
    # No color column.
    # details: adapter
    case(
        "X274-044",
        caption("a woman in a green dress with a pearl necklace"),
        wearing("he is wearing a green dress and a necklace", "pronoun"),
        B.color("green"),
        B.sleeve_length("long sleeves", "contradiction"),
        holding("a purse"),
        details(
            "dress",
            "The dress is with chiffon fabric and pure color patterns. It has a round neckline. The dress is of "
            "medium length. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        B.material("satin Question: what is the color of the dress? Answer: green", "leak"),
        title="Women Sage Green Pleated Satin Puff Sleeve Midi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: hot pink blazer and trousers co-ord over a pink bralette, sunglasses pushed up on the head, white wall.
    # caption: adapter
    case(
        "X274-045",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. There is an accessory on her head. There is an accessory on her head. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink suit and sunglasses"),
        B.color("pink"),
        color_of("pants", "pink"),
        B.material("", "non_answer"),
        title="Women Hot Pink Blazer and Trousers Co-Ord Set",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: gold sequinned fringe flapper dress, sleeveless, V neck, silver heels, black backdrop.
    # details: adapter
    case(
        "X274-046",
        caption("a woman in a gold dress with fringe"),
        wearing("she is wearing a gold fringe dress and silver shoes"),
        B.color("silver", "other_garment_color"),
        details(
            "dress",
            "The dress is with cotton fabric and pure color patterns. The dress is with cotton fabric and pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        title="Women Gold-Toned Sequinned Fringe Flapper Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
]
