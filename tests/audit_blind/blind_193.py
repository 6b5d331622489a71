"""BLIND_193 (46 products; UK women's party and occasion wear): written blind in the thirty-eighth session. Measured
blind at bf18296 (after this session's first rule changes): 94/117 failures found (80.3%) and 6/139 correct texts
flagged (4.3%). The writer's notes, verbatim:

Scenario: a UK online retailer's party and occasion range, feed in English: sequin, satin, velvet and lace dresses,
slip and cami dresses, bodycon and wrap dresses, jumpsuits and a playsuit, tailored and tuxedo blazers, co-ord sets
(matching and contrast), satin, sequin and tulle skirts, corset and bustier tops. Studio shots on plain backdrops
(white, grey, off-white), most front views, two back views; models styled with clutches and shoulder bags, heels,
hoops and necklaces, and separates shown with whatever the stylist paired them with (jeans, a tucked tee, a jumper,
a bodysuit under a blazer). Catalog columns: title, category, color (the seller's own words: Champagne, Mocha,
Bottle Green, Black/White, Leopard, Multi) and gender ("Women"); gender is missing on three products (007, 032, 038)
and the seller color on one (046), as in the real feed.

Who wrote what: captions mostly come from the untuned base model (Salesforce/blip2-opt-2.7b: one short sentence,
stops on the newline). Captions written in the DeepFashion template ("The lady wears a ... with pure color
patterns. The ... is with other fabric ...") come from the original caption adapters (epoch 1 and epoch 3, no end
token: they always run to the 50-token limit and either loop or stop mid-sentence; hit_limit=True), except in 007,
024 and 037, where a re-trained mixed-task adapter (masked labels, trained to stop on the newline) wrote the template
and stopped by itself (no hit_limit). Closed questions (garment type, color, pattern, sleeves, "Is this a ...?",
and the closed color_of questions) are the reference engine ranking candidate answers, raw text kept when unmapped
("leopard", "suit"); never hit_limit. Open answers come from four writers: the base model (short answers; its
failures are an empty answer, an "Answer:" echo, "nothing", a wrong pronoun, an invented pocket or zip, a guessed
fibre); the VQA adapter Data3_V3 (no end token: every answer runs to 30 tokens and loops, is cut, or carries on into
new "Question: ... Answer:" pairs; all hit_limit); the epoch-3 caption adapter, picked per question for
description/details and, in 007 and 013, asked a color question it answers with its caption template (hit_limit);
and the extractive QA model over the product's caption for a few open color/material questions (024, 037: the span
"pure color"; 042: "other fabric"; 021: the wrong color span). The open "What is the color of the skirt?" in 034 is
the base model's; in 045 the VQA adapter's ("black-black-black...").

Labeling conventions and judgement calls:
- Shade words are correct when they name the seller color's hue family: Silver->grey, Champagne->gold,
  Burgundy->red, Cream/Ivory->white, Camel->tan/brown, Mocha/Chocolate->brown, Nude->beige, Rust->orange,
  Hot Pink/Fuchsia/Blush/Rose Gold->pink, Lilac->purple, Navy/Cobalt/Baby Blue->blue, Emerald/Sage/Bottle Green/
  Lime->green, Gold sequins->"yellow" (the candidate list has no gold; kept correct), Multi floral on a navy ground->
  "blue". Lilac answered "blue" is a contradiction (another hue family).
- Garment synonyms counted correct: blazer->jacket, organza top->blouse, cami->tank top, playsuit->romper (same
  garment, US word), blazer-and-trouser co-ord->suit, bustier->top/corset, tuxedo blazer->tuxedo jacket. For a
  co-ord, a garment type naming one of its pieces (jacket, blazer) is correct; "jumpsuit" for a two-piece set is a
  contradiction, and so is "jacket"/"top" for a blazer dress or a corset-bodice dress (the seller says Dresses);
  "no" to "Is this a jacket?" for a blazer is a contradiction too.
- A matching co-ord described as "brown shirt and brown pants" is correct (same color by design); a contrast co-ord
  described in one color ("white top and white skirt") is a contradiction. Separates named piece by piece in their
  own colors are correct.
- A color answer that takes the color of something else in the photo (clutch, bag, tucked tee, jumper, jeans,
  bodysuit or cami under the product, the top worn with a skirt) is other_garment_color; the wrong color on the
  product itself ("black blazer" for a bottle-green one) is a contradiction. For the leopard skirt the extractive span
  "black" is other_garment_color (it is the top's word in the caption), though the print has black spots. Backdrop
  colors in a caption ("white wall") are not garment colors.
- Sleeves: one-shoulder with one long sleeve -> "long sleeve" correct; cape sleeves -> "short sleeve" correct.
  Pattern: pleats/plisse read as "striped" and sequin sheen read as "graphic" are contradictions; a black lace dress
  answered "floral" (the lace motif) is correct.
- Material: what the title names or the photo plainly shows (satin sheen, velvet, sequins, tulle, organza, tweed,
  lace, feathers) is correct; a fibre or a different cloth that nothing shows (cotton, polyester, wool, silk for
  satin, chiffon for satin, lace for mesh, leather for a bustier) is unsupported, as are invented pockets, zips,
  slits, belts, gold buttons and "diamonds".
- Non-answers: empty, "nothing" (sheer nude gown), "a red dress" for the details, the caption template or a
  "pure color"/"other fabric" span for a color/material question. Restated: answers that only reword the question
  ("the details are very detailed", "the person is wearing clothes", "the garment is made of fabric").
- Texts that hit the limit: loop when a phrase repeats, cut when they stop mid-phrase without repeating, leak when
  they continue into "Question: ... Answer:" or echo "Answer:" (leak wins over the repetition it brings). A template
  caption that also invents "cotton fabric" but repeats is a loop. A template answer that opens "The gentleman
  wears" for a woman is labelled pronoun (seen first), though it is also cut.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

neckline = question("neckline", "What is the neckline of the dress?", "open")
back = question("back", "What does the back of the dress look like?", "open")
jewellery = question("jewellery", "What jewellery is she wearing?", "open")
shoes = question("shoes", "What shoes is she wearing?", "open")

BLIND_193 = [
    # Front, white backdrop: long-sleeve high-neck silver sequin maxi dress, silver strappy heels peeking out.
    case(
        "X193-001",
        caption("a woman in a silver sequin dress posing for a photo"),
        D.color("grey"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is standing. The dress is of long length and there is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the dress is long sleeve and the dress is long sleeve and the dress is long sleeve and the dress is long "
            "sleeve and the dress",
            "loop",
            hit_limit=True,
        ),
        D.material("sequins"),
        D.wearing("a silver dress with a silver belt", "unsupported"),
        gender="Women",
        title="Sequin Embellished High Neck Maxi Dress",
        category="Dresses",
        color="Silver",
    ),
    # Grey backdrop: champagne satin cowl-neck midi slip dress, thin straps; she holds a small black clutch at her hip.
    case(
        "X193-002",
        caption("a woman in a gold satin dress holding a black clutch"),
        D.wearing("a satin slip dress"),
        D.color("black", "other_garment_color"),
        D.material("satin"),
        neckline("cowl neck"),
        D.details(
            "the straps, the neckline, the straps, the neckline, the straps, the neckline, the straps, the neckline, "
            "the straps",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Satin Cowl Neck Midi Slip Dress",
        category="Dresses",
        color="Champagne",
    ),
    # White backdrop: hot pink ruched long-sleeve bodycon mini dress, square neck, gold hoop earrings.
    case(
        "X193-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is square. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        D.description("a pink bodycon dress with ruching on the sides"),
        D.material("cotton", "unsupported"),
        jewellery("gold hoop earrings"),
        D.wearing(
            "a pink dress with long sleeves and a square neckline and gold earrings and her hair is tied back in a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Ruched Square Neck Bodycon Mini Dress",
        category="Dresses",
        color="Hot Pink",
    ),
    # Off-white backdrop: emerald satin wrap midi dress, long sleeves, tie waist, wrap skirt opening at the front; nude
    # heels.
    case(
        "X193-004",
        caption("a woman in a green wrap dress standing in front of a white wall"),
        D.color("green"),
        D.details(
            "the dress has a v neckline, long sleeves, a tie at the waist and a slit at the front of the skirt and the",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a green dress Question: What is the color of the shoes? Answer: nude Question: What is the color of the "
            "dress? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Satin Tie Waist Wrap Midi Dress",
        category="Dresses",
        color="Emerald Green",
    ),
    # White backdrop: black sleeveless halterneck wide-leg jumpsuit with self-tie belt; red clutch in her hand.
    case(
        "X193-005",
        caption("a woman in a black jumpsuit holding a red purse"),
        D.garment_type("jumpsuit"),
        D.color("red", "other_garment_color"),
        D.wearing("a black jumpsuit and a red clutch"),
        D.details("a halter neck and wide legs with side pockets", "unsupported"),
        D.description(
            "a black jumpsuit with a halter neck and a belt at the waist and wide legs that go all the way down to the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Halterneck Wide Leg Tailored Jumpsuit",
        category="Jumpsuits & Playsuits",
        color="Black",
    ),
    # Grey backdrop: cream oversized single-breasted blazer over a black bodysuit and black straight trousers.
    case(
        "X193-006",
        caption("a woman wearing a white blazer and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        is_a("blazer", "yes"),
        D.material(
            "the blazer is made of cotton fabric and the blazer is made of cotton fabric and the blazer is made of "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Oversized Single Breasted Tailored Blazer",
        category="Blazers",
        color="Cream",
    ),
    # White backdrop: black double-breasted tuxedo blazer, satin lapels, black buttons, worn closed with black shorts.
    case(
        "X193-007",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and its "
            "neckline is lapel. The lady wears a shorts. The shorts are with other fabric and pure color patterns."
        ),
        D.wearing("a black tuxedo jacket"),
        D.details("satin lapels and gold buttons", "unsupported"),
        D.color("black"),
        color_of(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and its "
            "neckline is lapel. The lady",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        title="Double Breasted Satin Lapel Tuxedo Blazer",
        category="Blazers",
        color="Black",
    ),
    # White backdrop: ivory strapless satin corset top with boning, worn with light-blue straight jeans.
    case(
        "X193-008",
        caption("a woman wearing a white corset top and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.garment_type("top"),
        D.wearing(
            "a white tank top and blue jeans and a white tank top and blue jeans and a white tank top and blue jeans "
            "and a",
            "loop",
            hit_limit=True,
        ),
        D.material("satin"),
        gender="Women",
        title="Satin Strapless Corset Top",
        category="Tops",
        color="Ivory",
    ),
    # White backdrop: gold sequin high-waisted mini skirt, black cami tucked in, black strappy heels.
    case(
        "X193-009",
        caption("a woman in a black top and gold sequin skirt"),
        D.garment_type("skirt"),
        D.color("black", "other_garment_color"),
        D.description("a gold sequin mini skirt with a high waist"),
        D.wearing(
            "a black cami top tucked into a gold sequin mini skirt with a high waist and a pair of black strappy "
            "sandals with a",
            "cut",
            hit_limit=True,
        ),
        D.material("the material is the fabric", "restated"),
        gender="Women",
        title="Sequin High Waist Mini Skirt",
        category="Skirts",
        color="Gold",
    ),
    # White backdrop: chocolate satin button-through shirt and matching wide-leg trousers, bare feet in brown mules.
    case(
        "X193-010",
        caption("a woman in a brown satin shirt and pants"),
        D.garment_type("jumpsuit", "contradiction"),
        D.color("brown"),
        D.wearing("a brown shirt and brown pants"),
        D.material("silk", "unsupported"),
        D.details("buttons down the front and a pocket on the chest", "unsupported"),
        gender="Women",
        title="Satin Shirt and Wide Leg Trouser Co-ord",
        category="Co-ords",
        color="Chocolate",
    ),
    # White backdrop: white short-sleeve cropped knit top and black high-waisted satin midi skirt, black heels.
    case(
        "X193-011",
        caption("a woman in a white crop top and black skirt"),
        color_of("top", "white"),
        color_of("skirt", "black"),
        D.wearing("a white top and a white skirt", "contradiction"),
        D.description(
            "the top is white and the skirt is black and the top is white and the skirt is black and the top is white "
            "and the",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of fabric", "restated"),
        gender="Women",
        title="Knit Crop Top and Satin Midi Skirt Co-ord",
        category="Co-ords",
        color="Black/White",
    ),
    # White backdrop: burgundy velvet mini dress, long puff sleeves, square neck; black sheer tights, black heels.
    case(
        "X193-012",
        caption("a woman in a red velvet dress with puffy sleeves"),
        D.color("red"),
        D.material("velvet"),
        D.sleeve_length("short sleeve", "contradiction"),
        D.details("puff sleeves and a square neckline"),
        D.wearing("he is wearing a red dress and black tights", "pronoun"),
        D.description(
            "a red velvet dress Question: What are the details of the garment? Answer: puff sleeves Question: What is "
            "the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Velvet Puff Sleeve Square Neck Mini Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Grey backdrop: black satin cami mini dress with a feather-trimmed hem, black strappy heels.
    case(
        "X193-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a sleeveless dress with pure color patterns. The dress is with "
            "chiffon "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.details("feathers on the hem"),
        D.material("satin"),
        color_of(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        title="Feather Trim Satin Cami Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # White backdrop: rose-gold sequin sleeveless plunge jumpsuit with flared legs.
    case(
        "X193-014",
        caption("a woman in a gold sequin jumpsuit"),
        D.color("pink"),
        D.garment_type("dress", "contradiction"),
        D.description(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with other fabric and its "
            "neckline is v-shape. The romper is of long length and the",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "sequins-sequins-sequins-sequins-sequins-sequins-sequins-sequins-sequins-sequins-sequins",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Plunge Neck Sequin Flare Leg Jumpsuit",
        category="Jumpsuits & Playsuits",
        color="Rose Gold",
    ),
    # White backdrop: sage pleated satin midi skirt, white crew-neck tee tucked in, white trainers.
    case(
        "X193-015",
        caption("a woman in a white t-shirt and green pleated skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.material("satin"),
        D.details(
            "pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Pleated Satin Midi Skirt",
        category="Skirts",
        color="Sage",
    ),
    # Grey backdrop: cobalt jersey one-shoulder draped maxi dress with one long sleeve, silver clutch in hand.
    case(
        "X193-016",
        caption("a woman in a blue one shoulder dress holding a silver clutch"),
        D.sleeve_length("long sleeve"),
        D.color("blue"),
        D.wearing(
            "Question: What is the person wearing? Answer: a blue dress Question: What is the person wearing? Answer: "
            "a blue dress Question:",
            "leak",
            hit_limit=True,
        ),
        D.material("polyester", "unsupported"),
        D.details("a slit on the side", "unsupported"),
        gender="Women",
        title="One Shoulder Drape Maxi Dress",
        category="Dresses",
        color="Cobalt Blue",
    ),
    # Back view, white backdrop: lilac satin halterneck maxi, open back to the waist, halter tied in a bow at the neck.
    case(
        "X193-017",
        caption("the back of a woman in a purple satin dress"),
        back("it is open at the back with a bow at the neck"),
        D.color("blue", "contradiction"),
        D.description("a purple dress"),
        D.details(
            "the dress has a halter neck that ties in a bow and an open back that goes down to the waist and the skirt "
            "is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Halterneck Backless Satin Maxi Dress",
        category="Dresses",
        color="Lilac",
    ),
    # White backdrop: satin wrap midi dress, pink roses on a navy ground, short flutter sleeves.
    case(
        "X193-018",
        caption("a woman in a floral wrap dress"),
        D.pattern("floral"),
        D.color("blue"),
        D.wearing(
            "a floral dress with a floral dress with a floral dress with a floral dress with a floral dress with a "
            "floral",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon", "unsupported"),
        gender="Women",
        title="Floral Print Satin Wrap Midi Dress",
        category="Dresses",
        color="Multi",
    ),
    # White backdrop: white long-sleeve bodycon midi with cut-outs at the waist, gold chain necklace; front view.
    case(
        "X193-019",
        caption("a woman in a white dress with cut outs"),
        D.color("white"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("cut outs on the side and a zip on the back", "unsupported"),
        D.description("a white bodycon dress with long sleeves and cut outs at the waist"),
        jewellery("a gold necklace"),
        gender="Women",
        title="Cut Out Long Sleeve Bodycon Midi Dress",
        category="Dresses",
        color="White",
    ),
    # Grey backdrop: sheer black organza top with big puff sleeves, round neck, tucked into cream tailored trousers.
    case(
        "X193-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("blouse"),
        D.material("organza"),
        D.wearing("a black top and white pants"),
        D.details("a bow at the neck", "unsupported"),
        gender="Women",
        title="Organza Puff Sleeve Top",
        category="Tops",
        color="Black",
    ),
    # White backdrop: leopard-print satin bias-cut midi skirt, black long-sleeve bodysuit, black ankle boots.
    case(
        "X193-021",
        caption("a woman in a leopard print skirt and black top"),
        D.pattern("leopard"),
        D.color("brown"),
        D.wearing(
            "a black shirt and a brown skirt and black boots and a black shirt and a brown skirt and black boots and a "
            "black",
            "loop",
            hit_limit=True,
        ),
        D.description("a leopard print satin skirt"),
        D.details("the details of the skirt", "restated"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        gender="Women",
        title="Leopard Print Satin Bias Cut Midi Skirt",
        category="Skirts",
        color="Leopard",
    ),
    # White backdrop: red strapless bandeau mini dress, black heels, hair scraped back.
    case(
        "X193-022",
        caption("a man in a red dress posing for a photo", "pronoun"),
        D.sleeve_length("sleeveless"),
        D.details("a red dress", "non_answer"),
        D.wearing("red-red-red-red-red-red-red-red-red-red-red-red-red-red-red", "loop", hit_limit=True),
        gender="Women",
        title="Strapless Bandeau Mini Dress",
        category="Dresses",
        color="Red",
    ),
    # Grey backdrop: pink boucle cropped jacket with gold buttons and matching mini skirt; black quilted bag on a chain.
    case(
        "X193-023",
        caption("a woman in a pink tweed jacket and skirt with a black bag"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.material("tweed"),
        D.wearing("pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink", "loop", hit_limit=True),
        D.details(
            "The lady wears a long-sleeve jacket with lattice patterns. The jacket is with other fabric and its "
            "neckline is round. The lady wears a short skirt. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Boucle Tweed Cropped Jacket and Mini Skirt Co-ord",
        category="Co-ords",
        color="Pink",
    ),
    # White backdrop, front: navy satin maxi slip dress, thin straps (the cowl back is not visible).
    case(
        "X193-024",
        caption(
            "The lady wears a sleeveless long dress with pure color patterns. The dress is with other fabric and its "
            "neckline is suspenders."
        ),
        D.color("blue"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is suspenders. The dress",
            "cut",
            hit_limit=True,
        ),
        D.material("satin"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        D.wearing(
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy", "loop", hit_limit=True
        ),
        gender="Women",
        title="Cowl Back Satin Maxi Slip Dress",
        category="Dresses",
        color="Navy",
    ),
    # White backdrop: black sequin double-breasted blazer dress, long sleeves, mini length, black heels.
    case(
        "X193-025",
        caption("a woman in a black sequin blazer dress"),
        D.garment_type("jacket", "contradiction"),
        is_a("dress", "yes"),
        D.wearing(
            "Answer: a black sequin jacket Answer: a black sequin jacket Answer: a black sequin jacket Answer: a black",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Sequin Double Breasted Blazer Dress",
        category="Dresses",
        color="Black",
    ),
    # White backdrop: mocha satin slip midi skirt, cream chunky knit jumper half tucked, cream heels.
    case(
        "X193-026",
        caption("a woman in a beige sweater and brown skirt"),
        D.color("brown"),
        D.wearing("a sweater and a skirt"),
        D.material(
            "the skirt is made of silk and the skirt is made of silk and the skirt is made of silk and the skirt is",
            "loop",
            hit_limit=True,
        ),
        D.details("the details are very detailed", "restated"),
        gender="Women",
        title="Satin Slip Midi Skirt",
        category="Skirts",
        color="Mocha",
    ),
    # Off-white backdrop: baby blue satin midi dress with a boned corset bodice, thin straps, white heels, pearl
    # earrings.
    case(
        "X193-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is suspenders. There is an accessory on her ear. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("top", "contradiction"),
        D.details("a corset bodice with boning"),
        D.wearing("a light blue dress and white heels"),
        D.material("satin"),
        gender="Women",
        title="Corset Detail Satin Midi Dress",
        category="Dresses",
        color="Baby Blue",
    ),
    # White backdrop: camel single-breasted blazer and matching wide-leg trousers, white lace cami under, brown heels.
    case(
        "X193-028",
        caption("a man in a tan suit standing in front of a white wall", "pronoun"),
        D.garment_type("suit"),
        D.color("white", "other_garment_color"),
        D.wearing("a brown blazer and pants"),
        D.details("the details of the garment are the blazer and the pants", "restated"),
        D.material("wool", "unsupported"),
        gender="Women",
        title="Tailored Blazer and Wide Leg Trouser Co-ord",
        category="Co-ords",
        color="Camel",
    ),
    # Grey backdrop: silver sequin cami top with thin straps, black satin wide trousers.
    case(
        "X193-029",
        caption("a woman in a silver sequin top and black pants"),
        D.color("silver"),
        D.garment_type("tank top"),
        D.wearing("a sequin top"),
        D.pattern("graphic", "contradiction"),
        D.material(
            "the top is made of sequins and the top is made of sequins and the top is made of sequins and the top",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeve", "contradiction"),
        gender="Women",
        title="Sequin Cami Top",
        category="Tops",
        color="Silver",
    ),
    # White backdrop: fuchsia crepe jumpsuit with cape sleeves, straight leg, gold sandals.
    case(
        "X193-030",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric and pure "
            "color patterns. The romper is with cotton fabric and pure color patterns. The romper is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        D.sleeve_length("short sleeve"),
        D.details("cape sleeves"),
        D.wearing("she is wearing a pink jumpsuit"),
        D.material("satin", "unsupported"),
        shoes("gold sandals"),
        gender="Women",
        title="Crepe Cape Sleeve Jumpsuit",
        category="Jumpsuits & Playsuits",
        color="Fuchsia",
    ),
    # White backdrop: black sequin long-sleeve v-neck playsuit (shorts), black heels; model with a cropped pixie cut.
    case(
        "X193-031",
        caption("a woman in a black sequin romper"),
        D.garment_type("romper"),
        D.color("black"),
        D.description(
            "the romper is long sleeve and the romper is short and the romper is long sleeve and the romper is short "
            "and the",
            "loop",
            hit_limit=True,
        ),
        D.material("sequin"),
        D.wearing("a man in a black sequin romper", "pronoun"),
        gender="Women",
        title="Sequin V Neck Long Sleeve Playsuit",
        category="Jumpsuits & Playsuits",
        color="Black",
    ),
    # Grey backdrop: red satin shirt buttoned and tucked into black faux leather straight trousers.
    case(
        "X193-032",
        caption("a woman in a red satin shirt and black leather pants"),
        D.material("satin"),
        D.wearing(
            "a red shirt and black pants Question: What is the color of the pants? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is lapel. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Satin Relaxed Shirt",
        category="Tops",
        color="Red",
    ),
    # Back view, white backdrop: black satin corset top with lace-up back, cream wide-leg trousers.
    case(
        "X193-033",
        caption("the back of a woman wearing a black corset top and white pants"),
        D.details("lace up back"),
        D.wearing("he is wearing a black corset and white pants", "pronoun"),
        D.description("", "non_answer"),
        gender="Women",
        title="Lace Up Back Satin Corset Top",
        category="Tops",
        color="Black",
    ),
    # White backdrop: blush tulle layered midi skirt, black fitted long-sleeve bodysuit, pink pointed heels.
    case(
        "X193-034",
        caption("a woman in a black top and pink tulle skirt"),
        D.color("pink"),
        D.material("tulle"),
        D.description(
            "The lady wears a long-sleeve tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long skirt. The",
            "cut",
            hit_limit=True,
        ),
        shoes("pink heels"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        gender="Women",
        title="Layered Tulle Midi Skirt",
        category="Skirts",
        color="Blush",
    ),
    # White backdrop: nude sheer mesh maxi gown covered in silver beading, long sleeves, nude lining.
    case(
        "X193-035",
        caption("a woman in a sheer beaded gown"),
        D.color("beige"),
        D.details("silver beads all over"),
        D.wearing("nothing", "non_answer"),
        D.description(
            "a sheer dress with beads a sheer dress with beads a sheer dress with beads a sheer dress with beads a "
            "sheer",
            "loop",
            hit_limit=True,
        ),
        D.material("lace", "unsupported"),
        gender="Women",
        title="Embellished Sheer Mesh Maxi Dress",
        category="Dresses",
        color="Nude",
    ),
    # White backdrop: lemon satin puff-sleeve midi dress, square neck; white bag over her shoulder.
    case(
        "X193-036",
        caption("a woman in a yellow dress with puff sleeves and a white bag"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeve"),
        D.details("the dress has puff sleeves and a square neckline and a slit on the side", "unsupported"),
        neckline("square neck"),
        D.wearing("a white purse", "contradiction"),
        D.material("cotton", "unsupported"),
        gender="Women",
        title="Satin Puff Sleeve Square Neck Midi Dress",
        category="Dresses",
        color="Lemon",
    ),
    # Grey backdrop: rust satin one-shoulder mini dress with a big ruffle across the front, gold strappy heels.
    case(
        "X193-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and it is of "
            "short length."
        ),
        D.color("orange"),
        D.description(
            "a one shoulder mini dress with a big ruffle across the front and a fitted waist and the skirt ends above "
            "the",
            "cut",
            hit_limit=True,
        ),
        D.wearing("the person is wearing clothes", "restated"),
        D.material("satin"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        gender="Women",
        title="Ruffle One Shoulder Mini Dress",
        category="Dresses",
        color="Rust",
    ),
    # White backdrop: pink sequin mini dress with short puff sleeves, pink heels.
    case(
        "X193-038",
        caption("a woman in a pink sequin dress"),
        D.color("pink"),
        D.sleeve_length("long sleeve", "contradiction"),
        D.wearing(
            "a pink dress with sequins on it and a pink dress with sequins on it and a pink dress with sequins on it "
            "and",
            "loop",
            hit_limit=True,
        ),
        D.material("sequins"),
        title="Sequin Puff Sleeve Mini Dress",
        category="Dresses",
        color="Pink",
    ),
    # White backdrop: white structured strapless bustier top, sweetheart neckline, with a pink satin midi skirt.
    case(
        "X193-039",
        caption("a woman in a white bustier top and pink skirt"),
        D.color("pink", "other_garment_color"),
        D.garment_type("top"),
        is_a("corset", "yes"),
        D.description("a white strapless top with a sweetheart neckline"),
        D.wearing(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is",
            "pronoun",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        gender="Women",
        title="Structured Sweetheart Bustier Top",
        category="Tops",
        color="White",
    ),
    # Grey backdrop: bottle green velvet blazer worn open over a black cami, black tailored trousers.
    case(
        "X193-040",
        caption("a woman in a green velvet blazer and black pants"),
        D.color("green"),
        D.material("velvet"),
        D.wearing("a black blazer and black pants", "contradiction"),
        D.details(
            "the blazer has a notch lapel and two flap pockets and one button at the waist and the sleeves are long "
            "and the",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "no", "contradiction"),
        gender="Women",
        title="Velvet Single Breasted Blazer",
        category="Blazers",
        color="Bottle Green",
    ),
    # White backdrop: black satin maxi dress, crystal-embellished straps, high thigh split.
    case(
        "X193-041",
        caption("a woman in a black satin dress with a slit"),
        D.details("the straps are made of diamonds", "unsupported"),
        D.wearing("Answer: a black dress", "leak"),
        D.material(
            "the dress is made of satin and the straps are made of crystals and the dress is made of satin and the "
            "straps are",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Crystal Strap Satin Split Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Off-white backdrop: gold sequin long-sleeve wrap midi dress, v-neck, gold heels.
    case(
        "X193-042",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is with other fabric and its neckline is v-shape. The dress is with other "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.description("a gold sequin wrap dress with long sleeves"),
        D.material("other fabric", "non_answer"),
        D.wearing(
            "a gold dress Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: "
            "gold",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Sequin Wrap Midi Dress",
        category="Dresses",
        color="Gold",
    ),
    # White backdrop: red cropped blazer with covered buttons and matching mini skirt, black handbag, black heels.
    case(
        "X193-043",
        caption("a woman in a red blazer and skirt holding a black purse"),
        D.wearing("a red suit"),
        D.garment_type("blazer"),
        D.color("red"),
        D.description(
            "Question: Describe the garment. Answer: a red blazer and a red skirt Question: Describe the garment. "
            "Answer: a red",
            "leak",
            hit_limit=True,
        ),
        D.details("the blazer has a belt at the waist", "unsupported"),
        gender="Women",
        title="Cropped Blazer and Mini Skirt Co-ord",
        category="Co-ords",
        color="Red",
    ),
    # White backdrop: lime plisse halterneck top and matching wide-leg plisse trousers, silver heels.
    case(
        "X193-044",
        caption("a woman in a green top and green pants"),
        D.color("green"),
        D.wearing(
            "a green top and green pants and green shoes and a green top and green pants and green shoes and a green "
            "top",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton", "unsupported"),
        is_a("jumpsuit", "yes", "contradiction"),
        gender="Women",
        title="Plisse Halter Top and Wide Leg Trouser Co-ord",
        category="Co-ords",
        color="Lime",
    ),
    # Grey backdrop: black floral lace midi dress, long sleeves, scalloped hem, black lining, nude heels.
    case(
        "X193-045",
        caption("a woman in a black lace dress"),
        D.pattern("floral"),
        D.material("lace"),
        D.details(
            "The lady wears a long-sleeve dress. The dress is with other fabric and its neckline is round. It has a "
            "scalloped hem and the",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black dress"),
        D.sleeve_length("long sleeve"),
        color_of(
            "dress",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        title="Scallop Hem Lace Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # White backdrop, mid-twirl: turquoise sequin fringe mini dress with thin straps, silver heels (no seller color).
    case(
        "X193-046",
        caption("a woman in a blue fringe dress dancing"),
        D.details("fringe"),
        D.material("sequins"),
        D.wearing(
            "a dress Question: What is the color of the dress? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Sequin Fringe Cami Mini Dress",
        category="Dresses",
    ),
]
