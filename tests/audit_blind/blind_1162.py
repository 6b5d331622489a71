"""BLIND_1162 (46 products; Myntra co-ords, jumpsuits, dresses: caption then QA): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 91/115 failures found (79.1%) and 13/168 correct texts flagged
(7.7%). The writer's notes, verbatim:

Scenario: a Myntra women's feed of co-ord sets (Co-Ords), jumpsuits (Jumpsuit) and dresses (Dresses), one catalog
photo each: mostly white or light studio backdrops, front view, the model often in shoes, belts, jackets, inner tops
or holding a bag or hat. The job captions each photo, then answers the open questions with an extractive QA model over
that caption; the closed questions come from enrich's `--engine reference` (one candidate value each).

Who wrote what: captions come from two routes. About two thirds from the untuned Salesforce/blip2-opt-2.7b (prompted
for a caption, stops on the newline): one short sentence, colors named, now and then the wrong hue for the second
garment, an invented belt, necklace, zipper or beach, a "his" for a woman, and twice it ran on into a
"Question: ... Answer:" turn of its own. The rest from the caption adapter leoreigoto/Data2_V2_Blip2_Finetune_Caption
(epoch 3): DeepFashion template sentences with patterns and fabrics but no hue names ("pure color patterns",
"cotton fabric", "lapel neckline"), a one-piece often split into "shirt ... long pants", and since it never learned to
stop every one of its captions runs to the 50-token limit, either cut mid-sentence or repeating a sentence.
Open answers (wearing, describe, details, material, open color) are spans that timpal0l/mdeberta-v3-base-squad2 took
from the caption, so they inherit the caption's errors, can be empty (no-answer), or a pattern for a color.
Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from the reference engine.

Labeling conventions and judgement calls:
- Every adapter caption has hit_limit=True. Labelled cut when it ends mid-sentence, loop when a sentence repeats. One
  adapter caption that says "The gentleman"/"his" is labelled pronoun (its most specific fault), still hit_limit=True.
- A text with two faults carries one label: the one a reader would name first (a leak over what it leaked, an
  invented item over its color).
- A closed color naming a belt, shoe, bag, hat, inner top or jacket worn with the product is other_garment_color; a
  color of the product's own print, or of the backdrop wall, is contradiction (seller color and photo disagree).
  An open answer that gives the product the inner top's color is other_garment_color; a caption that does so is
  contradiction.
- A closed garment type naming one piece of a co-ord set (top, shirt, blazer, skirt, shorts) is contradiction.
- Another garment's sleeves, pattern or material answered for the product (the jacket's long sleeves, the tee's
  stripes, the jacket's denim) is contradiction.
- Empty spans, a pattern ("pure color", "floral") for a color question, "other" for material and one word to a
  describe question are non_answer; an answer that only names the garment asked about ("dress", "pants" for the
  trousers' details) is restated.
- Adapter "cotton fabric" is unsupported only where the title names another fabric (velvet, satin, rayon, pure
  cotton crepe shown as chiffon); where the title names no fabric I did not ask material or accepted a fair reading
  of the photo (ribbed knit as knitted, georgette as chiffon).
- Near-synonyms are correct: rust orange for Rust, purple for Lavender, pink for Peach, green for Teal Green, red for
  Burgundy, white for Off White/Cream, plaid for houndstooth, overalls for a dungaree jumpsuit, suit for a blazer set,
  sweater for a knit cardigan, shirt for a kurti top.
- A wearing answer that names only one of the worn garments, truthfully (the denim jacket over the dress), is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_1162 = [
    # photo: rust sleeveless crop top and matching rust wide-leg palazzos, tan block heels, white backdrop, front view.
    # caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-001",
        caption("a woman in a rust orange crop top and matching wide leg pants standing against a white wall"),
        wearing("a rust orange crop top and matching wide leg pants"),
        Q.garment_type("co-ord set"),
        Q.color("rust"),
        Q.sleeve_length("sleeveless"),
        color_of("palazzos", "brown", "other_garment_color"),
        Q.material("", "non_answer"),
        title="SASSAFRAS Women Rust Solid Crop Top with Palazzos",
        category="Co-Ords",
        color="Rust",
        gender=W,
    ),
    # photo: olive green sleeveless full-length jumpsuit with a self tie belt, white sneakers, light grey backdrop.
    # caption the caption adapter (epoch 3); open answers extractive QA; closed reference engine.
    case(
        "X1162-002",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. It has"
            " a round neckline. The jumpsuit is of long length. There is a belt on her waist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns"),
        Q.color("olive"),
        color_of("jumpsuit", "pure color", "non_answer", kind="open"),
        details("jumpsuit", "a belt on her waist"),
        is_a("jumpsuit", "yes"),
        title="AASK Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender=W,
    ),
    # photo: navy blue maxi dress with small white flowers, long sleeves, V-neck, tiered hem; she holds a brown straw
    # bag; beige studio backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-003",
        caption("a woman in a blue floral maxi dress holding a straw bag"),
        wearing("a blue floral maxi dress", who="she"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.color("white", "contradiction"),
        describe("dress", "blue floral maxi dress"),
        title="Berrylush Women Navy Blue & White Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
    # photo: mid-blue denim dungaree jumpsuit, cropped straight legs, over a white-and-black breton striped tee, white
    # sneakers, white backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-004",
        caption("a woman wearing a striped shirt and blue denim overalls"),
        wearing("a striped shirt and blue denim overalls"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.material("denim"),
        title="Roadster Women Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender=W,
    ),
    # photo: mustard knee-length fit-and-flare dress, short puff sleeves, square neck, nude heels, white backdrop.
    # caption the caption adapter; open answers extractive QA; closed reference engine.
    case(
        "X1162-005",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " square neckline. The dress is of knee length. The lady wears a short-sleeve dress with pure color"
            " patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.color("mustard"),
        Q.sleeve_length("short sleeves"),
        details("dress", "square neckline"),
        title="Tokyo Talkies Women Mustard Yellow Solid Fit and Flare Dress",
        category="Dresses",
        color="Mustard",
        gender=W,
    ),
    # photo: black single-breasted blazer over a white camisole, matching black straight trousers, black heels, white
    # backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-006",
        caption("a woman in a black suit with a white top"),
        wearing("a black suit with a white top"),
        color_of("blazer", "white", "other_garment_color"),
        Q.garment_type("blazer", "contradiction"),
        Q.color("black"),
        describe("blazer", "a black suit"),
        title="Trend Arrest Women Black Solid Blazer with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender=W,
    ),
    # photo: maroon velvet long-sleeve wrap midi dress with a soft sheen, gold hoop earrings, black heels, grey
    # backdrop. caption the caption adapter; open answers extractive QA; closed reference engine.
    case(
        "X1162-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " v-shape neckline. The dress is of three-point length. There is an accessory in her ear. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.color("maroon"),
        details("dress", "v-shape neckline"),
        Q.pattern("solid"),
        title="SIRIKIT Women Maroon Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender=W,
    ),
    # photo: white sleeveless halter wide-leg jumpsuit with a tan leather belt, tan sandals, beige backdrop.
    # caption base BLIP-2 (ran on into a Q/A turn); open answers extractive QA; closed reference engine.
    case(
        "X1162-008",
        caption(
            "a woman in a white jumpsuit with a brown belt Question: what color is the belt? Answer: brown", "leak"
        ),
        wearing("a white jumpsuit with a brown belt"),
        Q.color("brown", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("jumpsuit", "brown belt"),
        is_a("jumpsuit", "yes"),
        title="Mast & Harbour Women White Solid Halter Neck Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender=W,
    ),
    # photo: tropical print (green leaves, pink flowers on cream) short-sleeve resort shirt with matching shorts,
    # white sneakers, nothing on the head, white backdrop. caption base BLIP-2; open extractive QA; closed reference.
    case(
        "X1162-009",
        caption("a woman wearing a floral shirt and shorts with a straw hat", "unsupported"),
        wearing("a floral shirt and shorts"),
        Q.pattern("floral"),
        Q.color("multicolor"),
        Q.garment_type("shorts", "contradiction"),
        details("shirt", "a straw hat", "unsupported"),
        title="DODO & MOA Women Multicoloured Tropical Printed Shirt with Shorts",
        category="Co-Ords",
        color="Multi",
        gender=W,
    ),
    # photo: black sleeveless jersey bodycon midi dress with a blue denim jacket worn open over it, white backdrop.
    # caption the caption adapter; open answers extractive QA; closed reference engine.
    case(
        "X1162-010",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a"
            " lapel neckline. The lady wears a sleeveless dress. The dress is with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.material("denim", "contradiction"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.color("black"),
        is_a("dress", "yes"),
        title="Vero Moda Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: navy jumpsuit with white polka dots, short flutter sleeves, V-neck, tie waist, ankle length, white heels,
    # white backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-011",
        caption("a woman in a navy blue polka dot jumpsuit"),
        wearing("a navy blue polka dot jumpsuit"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short sleeves"),
        describe("jumpsuit", "navy blue polka dot jumpsuit"),
        details("jumpsuit", "jumpsuit", "restated"),
        title="Zima Leto Women Navy Blue & White Polka Dot Print Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender=W,
    ),
    # photo: lavender satin long-sleeve button-down shirt and matching straight trousers, silver heels, white
    # backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-012",
        caption("a woman in a purple satin shirt and pants standing in front of a white wall"),
        wearing("a purple satin shirt and pants"),
        Q.color("grey", "contradiction"),
        Q.material("satin"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "", "non_answer"),
        title="StyleStone Women Lavender Satin Shirt with Trousers",
        category="Co-Ords",
        color="Lavender",
        gender=W,
    ),
    # photo: emerald green georgette wrap dress with a pink-and-white floral print, short sleeves, knee length, brown
    # sandals, sunglasses in hand, white backdrop. caption the caption adapter; open extractive QA; closed reference.
    case(
        "X1162-013",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        color_of("dress", "floral", "non_answer", kind="open"),
        Q.color("pink", "contradiction"),
        details("dress", "v-shape neckline"),
        Q.material("chiffon"),
        title="Rare Women Green Floral Print Georgette Wrap Dress",
        category="Dresses",
        color="Green",
        gender=W,
    ),
    # photo: red off-shoulder bardot jumpsuit without sleeves, wide legs, small stud earrings only, gold heels, grey
    # backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-014",
        caption("a woman in a red off the shoulder jumpsuit with a gold necklace", "unsupported"),
        wearing("a red off the shoulder jumpsuit"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        details("jumpsuit", "gold necklace", "unsupported"),
        color_of("jumpsuit", "gold", "other_garment_color", kind="open"),
        title="FabAlley Women Red Solid Off-Shoulder Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Red",
        gender=W,
    ),
    # photo: off-white pure cotton kurti-style top with tone-on-tone chikankari embroidery, 3/4 sleeves, matching
    # palazzos, tan juttis, pale pink backdrop. caption the caption adapter; open extractive QA; closed reference.
    # (the feed row has no category)
    case(
        "X1162-015",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        Q.color("white"),
        Q.garment_type("co-ord set"),
        title="Bitiya by Bhama Women Off-White Pure Cotton Chikankari Top with Palazzos",
        color="Off White",
        gender=W,
    ),
    # photo: baby pink tiered maxi dress with short ruffle sleeves; she holds a black handbag; white backdrop.
    # caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-016",
        caption("a woman in a pink dress holding a black purse"),
        wearing("a pink dress"),
        Q.color("black", "other_garment_color"),
        describe("dress", "pink", "non_answer"),
        Q.sleeve_length("short sleeves"),
        is_a("dress", "yes"),
        title="Athena Women Pink Solid Tiered Ruffled Maxi Dress",
        category="Dresses",
        color="Pink",
        gender=W,
    ),
    # photo: teal green long-sleeve utility jumpsuit with shirt collar, chest pockets and belt, white sneakers, white
    # backdrop. caption the caption adapter (split into shirt + pants); open extractive QA; closed reference.
    case(
        "X1162-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The lady wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type("jumpsuit"),
        Q.color("green"),
        details("jumpsuit", "lapel neckline"),
        is_a("jumpsuit", "yes"),
        title="SASSAFRAS Women Teal Green Solid Belted Utility Jumpsuit",
        category="Jumpsuit",
        color="Teal",
        gender=W,
    ),
    # photo: blue-and-white gingham checked cropped short-sleeve shirt and matching shorts, no belt, white sneakers,
    # light grey backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-018",
        caption("a woman wearing a blue and white checkered shirt and shorts with a belt", "unsupported"),
        wearing("a blue and white checkered shirt and shorts"),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        Q.sleeve_length("short sleeves"),
        details("shorts", "shorts", "restated"),
        title="Roadster Women Blue & White Gingham Checked Shirt with Shorts",
        category="Co-Ords",
        color="Blue",
        gender=W,
    ),
    # photo: pale yellow smocked midi dress with a small white floral print, square neck, short puff sleeves; she holds
    # a straw hat; white backdrop. caption base BLIP-2 (ran on into a Q/A turn); open extractive QA; closed reference.
    case(
        "X1162-019",
        caption(
            "a woman in a yellow dress holding a straw hat Question: what is the woman wearing? Answer: a yellow dress",
            "leak",
        ),
        wearing("a yellow dress"),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "Answer: a yellow dress", "leak"),
        title="H&M Women Yellow Floral Print Smocked Midi Dress",
        category="Dresses",
        color="Yellow",
        gender=W,
    ),
    # photo: black sleeveless jumpsuit worn over a white long-sleeve shirt (collar and cuffs showing), black loafers,
    # white backdrop. caption the caption adapter; open answers extractive QA; closed reference engine.
    case(
        "X1162-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The lady wears a sleeveless jumpsuit. The jumpsuit is with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.color("black"),
        color_of("jumpsuit", "white", "other_garment_color"),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.pattern("solid"),
        title="Mast & Harbour Women Black Solid Sleeveless Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender=W,
    ),
    # photo: peach sleeveless knee-length A-line dress, round neck, plain front (back not shown), nude heels, white
    # backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-021",
        caption("a woman in a pink dress with a bow on the back", "unsupported"),
        wearing("a pink dress with a bow on the back", "unsupported"),
        Q.color("peach"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        details("dress", "dress", "restated"),
        title="Harpa Women Peach-Coloured Solid A-Line Dress",
        category="Dresses",
        color="Peach",
        gender=W,
    ),
    # photo: sea green ribbed knit cropped cardigan buttoned up and matching knit midi skirt, white sneakers, white
    # backdrop. caption the caption adapter; open answers extractive QA; closed reference engine.
    case(
        "X1162-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has"
            " a v-shape neckline. The lady wears a long skirt. The skirt is with knitted fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater"),
        Q.material("knitted"),
        Q.color("green"),
        Q.garment_type("skirt", "contradiction"),
        details("skirt", "knitted fabric and pure color", "cut"),
        title="Trend Arrest Women Sea Green Ribbed Knit Cardigan with Midi Skirt",
        category="Co-Ords",
        color="Sea Green",
        gender=W,
    ),
    # photo: mustard jumpsuit with a small black geometric print, short sleeves, V-neck, wide legs, black belt, black
    # heels, white backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-023",
        caption("a woman in a yellow jumpsuit with a black belt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        wearing("a yellow jumpsuit with a black belt"),
        color_of("jumpsuit", "yellow", kind="open"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Berrylush Women Mustard Yellow & Black Geometric Printed Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender=W,
    ),
    # photo: blue-and-white pinstriped cotton shirt dress, long sleeves rolled up, tan leather belt, knee length, white
    # backdrop. caption the caption adapter; open answers extractive QA; closed reference engine.
    case(
        "X1162-024",
        caption(
            "The lady wears a long-sleeve dress with stripe patterns. The dress is with cotton fabric. It has a lapel"
            " neckline. The dress is of knee length. There is a belt on her waist. There is a belt on her waist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with stripe patterns"),
        Q.pattern("striped"),
        Q.color("brown", "other_garment_color"),
        details("dress", "a belt on her waist. There is a belt on her waist", "loop"),
        Q.material("cotton"),
        title="Sera Women Blue & White Striped Cotton Shirt Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: black-and-white houndstooth cropped blazer with black buttons and matching mini skirt, black turtleneck
    # underneath, black boots, grey backdrop. caption base BLIP-2; open extractive QA; closed reference engine.
    case(
        "X1162-025",
        caption("a woman in a black and white plaid jacket and skirt with gold buttons", "unsupported"),
        wearing("a black and white plaid jacket and skirt"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("jacket", "contradiction"),
        describe("jacket", "plaid jacket and skirt with gold buttons", "unsupported"),
        title="Tokyo Talkies Women Black & White Houndstooth Blazer with Mini Skirt",
        category="Co-Ords",
        color="Black",
        gender=W,
    ),
    # photo: pink pure-cotton crepe jumpsuit with a green leaf print, sleeveless, smocked waist, cropped legs, white
    # sandals, white backdrop. caption the caption adapter; open answers extractive QA; closed reference engine.
    case(
        "X1162-026",
        caption(
            "The lady wears a sleeveless jumpsuit with floral patterns. The jumpsuit is with chiffon fabric. It has a"
            " round neckline. The lady wears a sleeveless jumpsuit with floral patterns. The jumpsuit is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with floral patterns"),
        Q.color("green", "contradiction"),
        Q.material("chiffon", "unsupported"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("sleeveless"),
        title="DODO & MOA Women Pink & Green Leaf Print Pure Cotton Culotte Jumpsuit",
        category="Jumpsuit",
        color="Pink",
        gender=W,
    ),
    # photo: white broderie anglaise mini dress with short puff sleeves under an open beige trench coat, tan boots,
    # white backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-027",
        caption("a woman wearing a white dress and a tan trench coat"),
        wearing("a white dress and a tan trench coat"),
        Q.color("beige", "other_garment_color"),
        color_of("dress", "tan", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.pattern("embroidered"),
        title="Rare Women White Schiffli Embroidered Cotton Fit & Flare Dress",
        category="Dresses",
        color="White",
        gender=W,
    ),
    # photo: maroon rayon straight kurti with gold foil print, 3/4 sleeves, matching maroon palazzos, gold juttis,
    # beige backdrop. caption the caption adapter; open answers extractive QA; closed reference engine.
    case(
        "X1162-028",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a"
            " round neckline. The dress is of knee length. The lady wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction"),
        Q.pattern("printed"),
        Q.color("maroon"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.garment_type("co-ord set"),
        Q.material("cotton", "unsupported"),
        title="Anouk Women Maroon Foil Printed Rayon Kurti with Palazzos",
        category="Co-Ords",
        color="Maroon",
        gender=W,
    ),
    # photo: charcoal grey ribbed knit long-sleeve slim jumpsuit, white sneakers, white backdrop.
    # caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-029",
        caption("a woman in a grey jumpsuit and white sneakers"),
        wearing("a grey jumpsuit and white sneakers"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.material("", "non_answer"),
        is_a("jumpsuit", "yes"),
        title="Roadster Women Charcoal Grey Ribbed Knit Jumpsuit",
        category="Jumpsuit",
        color="Charcoal",
        gender=W,
    ),
    # photo: blue, pink and yellow tie-dye maxi dress on spaghetti straps, bare wrists, white backdrop.
    # caption the caption adapter; open answers extractive QA; closed reference engine.
    case(
        "X1162-030",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric. It has a"
            " suspenders neckline. There is an accessory on her wrist. The dress is of ankle length. The dress is of"
            " ankle length. The",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("tie-dye"),
        Q.color("multicolor"),
        wearing("a sleeveless dress with color block patterns"),
        Q.sleeve_length("sleeveless"),
        details("dress", "suspenders neckline"),
        details("dress", "an accessory on her wrist", "unsupported"),
        title="Sassafras Women Multicoloured Tie-Dye Maxi Dress",
        category="Dresses",
        color="Multi",
        gender=W,
    ),
    # photo: beige linen relaxed shirt worn open over a white tank top, matching beige wide trousers, white sandals,
    # white backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-031",
        caption("a woman in a beige shirt and white pants", "contradiction"),
        wearing("a beige shirt and white pants", "other_garment_color"),
        color_of("trousers", "white", "other_garment_color"),
        Q.color("beige"),
        Q.garment_type("co-ord set"),
        title="Mast & Harbour Women Beige Linen Shirt with Wide-Leg Trousers",
        category="Co-Ords",
        color="Beige",
        gender=W,
    ),
    # photo: red midi dress with white polka dots, short flutter sleeves, V-neck, tiered; she carries a white handbag;
    # white backdrop. caption the caption adapter; open answers extractive QA; closed reference engine.
    case(
        "X1162-032",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The dress is of three-point length. The lady is carrying a bag. Her dress",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with lattice patterns", "contradiction"),
        Q.pattern("polka dot"),
        Q.color("red"),
        is_a("dress", "yes"),
        details("dress", "v-shape neckline"),
        title="Berrylush Women Red & White Polka Dot Tiered Midi Dress",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: coffee brown satin sleeveless cowl-neck jumpsuit, wide legs, gold heels, dark grey backdrop.
    # caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-033",
        caption("a woman in a brown satin jumpsuit with a cowl neck"),
        wearing("a brown satin jumpsuit with a cowl neck"),
        Q.material("satin"),
        Q.color("brown"),
        details("jumpsuit", "cowl neck"),
        Q.sleeve_length("sleeveless"),
        title="SASSAFRAS Women Coffee Brown Satin Cowl Neck Jumpsuit",
        category="Jumpsuit",
        color="Coffee Brown",
        gender=W,
    ),
    # photo: navy sleeveless tie-front top with white daisy print and matching midi skirt, hands on hips, white
    # sneakers, white backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-034",
        caption("a person in a blue floral top and skirt with his hands on his hips", "pronoun"),
        wearing("a blue floral top and skirt"),
        describe("top", "blue floral top and skirt with his hands on his hips", "pronoun"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.garment_type("top", "contradiction"),
        title="Sassafras Women Navy Blue Floral Print Tie-Up Top with Midi Skirt",
        category="Co-Ords",
        color="Navy Blue",
        gender=W,
    ),
    # photo: lavender ribbed knit long-sleeve bodycon mini dress, thin silver bracelet, white sneakers, white backdrop.
    # caption the caption adapter ("gentleman", then cut); open answers extractive QA; closed reference engine.
    case(
        "X1162-035",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It"
            " has a round neckline. The dress is of short length. There is an accessory on his wrist. The gentleman",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.color("purple"),
        Q.material("knitted"),
        Q.sleeve_length("long sleeves"),
        details("dress", "an accessory on his wrist", "pronoun"),
        color_of("dress", "white", "other_garment_color"),
        title="Tokyo Talkies Women Lavender Ribbed Bodycon Mini Dress",
        category="Dresses",
        color="Lavender",
        gender=W,
    ),
    # photo: light-wash blue denim short-sleeve jumpsuit with button front and chest pockets, cropped legs, white
    # sneakers, white backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-036",
        caption("a woman in a denim jumpsuit with a zipper on the front", "unsupported"),
        wearing("a denim jumpsuit"),
        Q.material("denim"),
        Q.color("blue"),
        details("jumpsuit", "a zipper on the front", "unsupported"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Kraus Jeans Women Blue Washed Denim Button-Front Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender=W,
    ),
    # photo: fuchsia pink blazer and matching trousers, black bralette under the blazer, no belt, black heels, white
    # backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-037",
        caption("a woman in a pink suit with a gold chain belt and black heels", "unsupported"),
        wearing("a pink suit with a gold chain belt and black heels", "unsupported"),
        Q.color("black", "other_garment_color"),
        color_of("trousers", "pink"),
        Q.garment_type("co-ord set"),
        describe("blazer", "pink suit"),
        details("trousers", "pants", "restated"),
        title="Rare Women Magenta Solid Single-Breasted Blazer with Trousers",
        category="Co-Ords",
        color="Magenta",
        gender=W,
    ),
    # photo: olive pure cotton shirt dress, roll-up long sleeves, self-fabric belt, knee length, white sneakers, white
    # backdrop. caption the caption adapter ("gentleman", cut); open answers extractive QA; closed reference engine.
    case(
        "X1162-038",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has"
            " a lapel neckline. The dress is of knee length. There is a belt on his waist. The gentleman wears a pair"
            " of",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.color("green"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.material("cotton"),
        details("dress", "a belt on his waist", "pronoun"),
        title="Roadster Women Olive Green Pure Cotton Shirt Dress",
        category="Dresses",
        color="Olive",
        gender=W,
    ),
    # photo: black halter wide-leg jumpsuit with a white abstract brushstroke print, red heels, white backdrop.
    # caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-039",
        caption("a woman in a black and white jumpsuit with red shoes"),
        Q.color("red", "other_garment_color"),
        wearing("a black and white jumpsuit with red shoes"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("jumpsuit", "red", "other_garment_color"),
        title="Athena Women Black & White Abstract Printed Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender=W,
    ),
    # photo: mustard yellow top with white block print, 3/4 sleeves, matching palazzos, silver jhumkas, white
    # backdrop. caption base BLIP-2 (ran on into a Q/A turn); open answers extractive QA; closed reference engine.
    case(
        "X1162-040",
        caption("a woman in a yellow top and pants Question: what is the color of the pants? Answer: yellow", "leak"),
        wearing("a yellow top and pants"),
        color_of("palazzos", "yellow", kind="open"),
        Q.pattern("printed"),
        details("palazzos", "Answer: yellow", "leak"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Vishudh Women Mustard Yellow Block Printed Top with Palazzos",
        category="Co-Ords",
        color="Mustard",
        gender=W,
    ),
    # photo: black sequinned one-shoulder bodycon mini dress, silver heels, dark backdrop.
    # caption the caption adapter; open answers extractive QA; closed reference engine.
    case(
        "X1162-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a"
            " suspenders neckline. The dress is of short length. The lady wears a sleeveless dress with pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.material("other", "non_answer"),
        Q.color("black"),
        Q.pattern("embellished"),
        details("dress", "suspenders neckline", "contradiction"),
        title="Mast & Harbour Women Black Sequinned One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: green-and-white vertically striped full-length jumpsuit, short sleeves, collar, tie waist, hands in side
    # pockets, white sandals, white backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-042",
        caption("a person in a green and white striped jumpsuit with his hands in his pockets", "pronoun"),
        wearing("a green and white striped jumpsuit"),
        describe("jumpsuit", "jumpsuit", "restated"),
        Q.pattern("striped"),
        Q.color("green"),
        is_a("romper", "yes", "contradiction"),
        Q.material("", "non_answer"),
        title="Zima Leto Women Green & White Striped Tie-Up Jumpsuit",
        category="Jumpsuit",
        color="Green",
        gender=W,
    ),
    # photo: grey melange cotton hooded sweatshirt with a small white chest logo and matching joggers, black cap,
    # white sneakers, white backdrop. caption the caption adapter; open answers extractive QA; closed reference engine.
    case(
        "X1162-043",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a"
            " hooded neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
            " The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        Q.color("grey"),
        Q.garment_type("co-ord set"),
        Q.material("cotton"),
        color_of("joggers", "black", "other_garment_color"),
        details("sweatshirt", "hooded neckline"),
        title="Roadster Women Grey Melange Cotton Hooded Sweatshirt with Joggers",
        category="Co-Ords",
        color="Grey Melange",
        gender=W,
    ),
    # photo: turquoise blue solid halter maxi dress, wide-brim straw hat, sunglasses pushed up, plain white studio
    # backdrop. caption base BLIP-2; open answers extractive QA; closed reference engine.
    case(
        "X1162-044",
        caption("a woman in a blue maxi dress and a straw hat on the beach", "unsupported"),
        wearing("a blue maxi dress and a straw hat"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a blue maxi dress and a straw hat on the beach", "unsupported"),
        Q.pattern("solid"),
        color_of("dress", "beige", "other_garment_color"),
        title="Sera Women Turquoise Blue Solid Halter Neck Maxi Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: burgundy satin long-sleeve wrap jumpsuit with a sash, wide legs, black heels, white backdrop.
    # caption the caption adapter; open answers extractive QA; closed reference engine.
    case(
        "X1162-045",
        caption(
            "The lady wears a long-sleeve jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. It"
            " has a v-shape neckline. The jumpsuit is of long length. The jumpsuit is of long length. The jumpsuit",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jumpsuit with pure color patterns"),
        Q.color("red"),
        Q.material("cotton", "unsupported"),
        details("jumpsuit", "The jumpsuit is of long length. The jumpsuit is of long length. The jumpsuit", "loop"),
        Q.sleeve_length("long sleeves"),
        is_a("jumpsuit", "no", "contradiction"),
        title="StyleStone Women Burgundy Satin Wrap Jumpsuit",
        category="Jumpsuit",
        color="Burgundy",
        gender=W,
    ),
    # photo: cream lace midi dress on a nude slip lining, short sleeves, round neck, tan heels, pale pink wall behind.
    # caption base BLIP-2; open answers extractive QA; closed reference engine. (the feed row has no color)
    case(
        "X1162-046",
        caption("a woman in a white lace dress standing in front of a pink wall"),
        wearing("a white lace dress"),
        Q.color("pink", "contradiction"),
        Q.pattern("lace"),
        Q.material("lace"),
        Q.sleeve_length("short sleeves"),
        title="Sassafras Women Cream-Coloured Lace Midi Dress",
        category="Dresses",
        gender=W,
    ),
]
