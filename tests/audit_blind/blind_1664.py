"""BLIND_1664 (45 products; Myntra women's nightwear, lingerie and loungewear, epoch-2 caption adapter): written blind
in the sixty-seventh session. Measured blind at c7905fe (the session's first rules): 77/86 failures found (89.5%) and
36/166 correct texts flagged (21.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, babydolls, bras,
briefs, shapewear, camisoles, robes, lounge pants, shorts and tees). Photos are the catalog's usual: a model on a plain
backdrop wearing the product with other clothes (jeans under a bra, a tee over lounge pants), headless torso crops for
bras and briefs, a few flat lays, one back view, props now and then (a mug, a cushion, a bed). Columns as the feed has
them: title, category (Myntra's article type), color (Myntra's base colour), gender; the color is blank for one pack
and the category for one pair of pyjamas, and two products have no gender.
Who wrote what: the caption and every open answer (wearing, describe, details, material, and the one color question
asked open) come from BLIP-2 OPT-2.7b with the epoch-2 checkpoint of the caption adapter (trained on
DeepFashion-MultiModal templates, unmasked labels, no end-of-answer token), greedy, 50 new tokens for captions and 30
for answers. So most of its texts run to the limit: they end mid-sentence, fall into the template loop, or now and then
happen to end on a full stop at the limit. Its vocabulary is the template's: "tank top", "three-point shorts",
"outer clothing", "pure color patterns", fabrics cotton/chiffon/knitted/furry/denim, no hue names. Epoch 2 still keeps
some of the base model: a short question sometimes gets a short base-style answer that stops on the newline
("a pink robe"), and once or twice the base model's habit of writing the next "Question: ... Answer:" turn shows up.
The closed questions (garment type, color, pattern, sleeve length, the color of a named garment, "Is this a ...?") are
answered by ranking fixed candidates with the untuned base model, so they are single candidate words and never loop
or get cut; their errors are wrong picks: the other garment's color, a wrong garment, a yes to what is visible.
Labeling conventions and judgement calls: one failure kind per text. A loop or a prompt leak is labelled as such even
when the text also says something wrong; otherwise a wrong content (wrong garment, wrong fabric, invented accessory,
wrong pronoun) wins over the cut, and "cut" is kept for texts whose only fault is ending mid-phrase at the limit. A
text that reached the limit but happens to end on a full stop with nothing wrong in it is left unmarked with
hit_limit=True. The template's own vocabulary is accepted where it is true but vague: "upper clothing with no sleeves
and a suspenders neckline" for a bra, "lower clothing of three-point length" for briefs, "tank top" for a camisole or
a vest, "three-point shorts" for boyshorts, "dress" for a nightdress or babydoll, "lattice" for checks, "graphic" for
prints and polka dots, chiffon for sheer lace. It is marked contradiction where it names the wrong garment (a bra as a
"tank top", hipster briefs as "shorts") or a fabric the title rules out (chiffon or cotton for satin). Accessories,
rings, a lady in a flat lay or a second lower garment under a nightshirt are unsupported. Near hues count as right
(peach/pink, mustard/yellow, olive and teal/green, wine/red, nude/beige, lavender/purple, off white/white). A closed
color naming one garment of a multi-colour pack is left unmarked; "shirt" for a nightshirt filed under Nightdress is
left unmarked (it is what the photo shows); "t-shirt"-type wrong garments, a second garment given the product's color,
and a yes to the styling shirt are contradictions. A closed color question about the product answered with the color
of the clothes worn with it is other_garment_color. "he"/"his"/"gentleman"/"a man" for these women's products is
pronoun (they come on headless crops and one short-haired model).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_1664 = [
    # Photo: model on white, navy short-sleeve round-neck top with a small white star print and matching navy star-print
    # full-length pyjamas, barefoot. Caption and wearing: epoch-2 adapter; closed: base ranking.
    case(
        "X1664-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("pajamas"),
        Q.garment_type("night suit"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        gender=W,
        title="Clovia Women Navy Blue Printed Night suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: headless crop chin to hips, baby-pink moulded-cup T-shirt bra, mid-blue jeans, white backdrop, no
    # jewellery. Caption and details: adapter; closed: base ranking.
    case(
        "X1664-002",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        details(
            "bra",
            "The tank top is with cotton fabric and pure color patterns. It has a suspenders neckline. The lady wears "
            "a long denim pants. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("bra"),
        Q.color("pink"),
        is_a("bra", "yes"),
        gender=W,
        title="Zivame Women Pink Solid Non-Wired Lightly Padded T-shirt Bra",
        category="Bra",
        color="Pink",
    ),
    # Photo: model in a white tee with a small black text print, grey melange drawstring joggers (the product), white
    # sneakers. Caption and material: adapter; closed: base ranking. The garment color went to the tee.
    case(
        "X1664-003",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        color_of("pants", "grey"),
        Q.garment_type("pants"),
        Q.material(
            "The trousers are with cotton fabric and pure color patterns. The lady wears a short-sleeve T-shirt with "
            "graphic patterns. The T",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Sweet Dreams Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: knee-length maroon satin slip nightdress, spaghetti straps, black lace at the V-neck, no ring, no bracelet,
    # grey backdrop. Caption and material: adapter; closed: base ranking.
    case(
        "X1664-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. There is a ring on her finger. There is an accessory on her wrist. The lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        Q.material(
            "The dress is with chiffon fabric and pure color patterns. It has a V-shape neckline and no sleeves. The "
            "lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.color("maroon"),
        is_a("nightdress", "yes"),
        gender=W,
        title="Clovia Women Maroon Satin Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # Photo: crop from waist to mid-thigh, black hipster briefs, the model's hand on her hip, white backdrop.
    # Caption and details: adapter; closed: base ranking.
    case(
        "X1664-005",
        caption(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The lady "
            "wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The lady wears a "
            "three-point",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("briefs"),
        Q.color("black"),
        is_a("pair of shorts", "yes", "contradiction"),
        details(
            "briefs",
            "The shorts are with cotton fabric and pure color patterns. The lady wears a three-point shorts. The "
            "shorts are",
            "contradiction",
            hit_limit=True,
        ),
        gender=W,
        title="Jockey Women Black Solid Hipster Briefs",
        category="Briefs",
        color="Black",
    ),
    # Photo: headless crop, nude underwired push-up bra with matching nude briefs, white backdrop.
    # Caption and wearing: adapter (wearing came back short); closed: base ranking.
    case(
        "X1664-006",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. He "
            "wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory",
            "pronoun",
            hit_limit=True,
        ),
        Q.color("beige"),
        Q.garment_type("bra"),
        Q.sleeve_length("sleeveless"),
        wearing("a bra and panties"),
        gender=W,
        title="Enamor Women Nude-Coloured Solid Underwired Heavily Padded Push-Up Bra",
        category="Bra",
        color="Nude",
    ),
    # Photo: model in an oversized lavender crew-neck tee (the product), black cotton lounge shorts, holding a coffee
    # mug. Caption and describe: adapter; closed: base ranking (the shorts got the tee's color).
    case(
        "X1664-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        color_of("shorts", "purple", "contradiction"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline and short sleeves. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        gender=W,
        title="Mast & Harbour Women Lavender Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
    ),
    # Photo: knee-length peach satin wrap robe tied with its own belt, three-quarter sleeves with lace cuffs, the lace
    # neckline of a peach cami nightie showing. Caption, wearing and material: adapter; closed: base ranking.
    case(
        "X1664-008",
        caption(
            "The lady wears a medium-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "chiffon fabric. The lady wears a belt. The lady wears a medium-sleeve outer clothing with pure color "
            "patterns. The outer",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("robe"),
        Q.color("peach"),
        Q.sleeve_length("three-quarter"),
        wearing("a pink robe", who="she"),
        Q.material(
            "The outer clothing is with cotton fabric and pure color patterns. The lady wears a belt. The lady wears a "
            "medium",
            "contradiction",
            hit_limit=True,
        ),
        gender=W,
        title="Dreamz by Pantaloons Women Peach-Coloured Satin Robe with Belt",
        category="Robe",
        color="Peach",
    ),
    # Photo: flat lay on white, red lace underwired bra and matching red lace bikini brief, no person.
    # Caption and wearing: adapter (wearing short, base-style); closed: base ranking.
    case(
        "X1664-009",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of three-point length. The fabric is chiffon and it has pure color patterns.",
            hit_limit=True,
        ),
        wearing("a bikini", "contradiction"),
        Q.garment_type("lingerie set"),
        Q.color("red"),
        Q.pattern("lace"),
        is_a("bra", "yes"),
        gender=W,
        title="Amante Women Red Lace Underwired Bra & Brief Lingerie Set",
        category="Lingerie Set",
        color="Red",
    ),
    # Photo: model in a short sheer black lace babydoll with thin straps, a thin silver bracelet, hand in her hair, pink
    # backdrop. Caption and describe: adapter; closed: base ranking.
    case(
        "X1664-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of short length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        describe(
            "babydoll",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("nightdress"),
        Q.pattern("lace"),
        gender=W,
        title="PrettySecrets Women Black Lace Baby Doll with Thong",
        category="Baby Dolls",
        color="Black",
    ),
    # Photo: model in an ivory camisole with thin straps and a scoop neck, light blue skinny jeans, white backdrop.
    # Caption, wearing and material: adapter; closed: base ranking (the jeans got the cami's color).
    case(
        "X1664-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and it "
            "has a suspenders neckline. The lady wears a long denim pants. The pants are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.garment_type("camisole"),
        color_of("jeans", "white", "contradiction"),
        wearing("a white tank top and jeans"),
        Q.material(
            "The tank top is with cotton fabric and pure color patterns. It has a suspenders neckline. The lady wears "
            "a long denim",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Marks & Spencer Women Ivory Cool Comfort Camisole",
        category="Camisoles",
        color="Off White",
    ),
    # Photo: model in a white half-sleeve tee, teal drawstring shorts (the product) with a white palm-leaf print,
    # barefoot. Caption and details: adapter; closed: base ranking (the garment color went to the tee).
    case(
        "X1664-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and floral "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.garment_type("shorts"),
        details("shorts", "they are shorts", "restated"),
        color_of("shorts", "green"),
        gender=W,
        title="Kanvin Women Teal Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Teal",
    ),
    # Photo: headless crop bust to knees, shiny beige high-waist shaper from under the bust to mid-thigh, nude bra.
    # Caption and material: adapter; closed: base ranking.
    case(
        "X1664-013",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The "
            "upper",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.color("beige"),
        is_a("shapewear", "yes"),
        Q.material(
            "The fabric is cotton and it has pure color patterns. The lower clothing is of three-point length. The "
            "fabric is cotton and it has pure color",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Triumph Women Nude-Coloured Solid High-Waist Tummy Shaper",
        category="Shapewear",
        color="Nude",
    ),
    # Photo: pink-and-white gingham night suit: long-sleeve notch-collar button-down shirt with white piping, matching
    # pyjama pants, barefoot. Caption and describe: adapter; closed: base ranking.
    case(
        "X1664-014",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and lattice patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        Q.color("pink"),
        Q.sleeve_length("long"),
        Q.garment_type("night suit"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. Its neckline is lapel. The shirt is with cotton "
            "fabric and lattice patterns. Its neckline is",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Sweet Dreams Women Pink & White Checked Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: calf-length yellow cotton nightdress, short sleeves, round neck with a short button placket, small white
    # duck print, the model holding a white mug; no ring, no bracelet. Caption, wearing, details: adapter; closed: base.
    case(
        "X1664-015",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her "
            "finger",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a yellow nightgown"),
        Q.color("yellow"),
        Q.garment_type("nightdress"),
        Q.pattern("printed"),
        details(
            "nightdress",
            "The dress is with cotton fabric and graphic patterns. It has a round neckline. The dress is of long "
            "length. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Slumber Jill Women Yellow Printed Pure Cotton Nightdress",
        category="Nightdress",
        color="Yellow",
    ),
    # Photo: model in a black racerback sports bra with a grey elastic under-band, black leggings, white sneakers.
    # Caption and wearing: adapter; closed: base ranking.
    case(
        "X1664-016",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and it has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        color_of("leggings", "black"),
        is_a("bra", "yes"),
        wearing("a black sports bra and black leggings", who="she"),
        gender=W,
        title="Jockey Women Black & Grey Non-Padded Racerback Sports Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model in a fitted long-sleeve round-neck maroon thermal top, black thermal leggings, white backdrop.
    # Caption, material and the open color question: adapter; closed: base ranking.
    case(
        "X1664-017",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted fabric and it "
            "has a round neckline. The lady wears a long leggings. The leggings are with knitted fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        Q.material(
            "The T-shirt is with knitted fabric and pure color patterns. It has a round neckline. The lady wears a "
            "long leggings.",
            hit_limit=True,
        ),
        Q.garment_type("thermal top"),
        color_of(
            "top",
            "The T-shirt is with knitted fabric and pure color patterns. It has a round neckline and long sleeves. The "
            "lady",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender=W,
        title="Van Heusen Women Maroon Solid Thermal Top",
        category="Thermal Tops",
        color="Maroon",
    ),
    # Photo: back view, model in a mint green cami top (thin straps crossing at the back) with white polka dots and
    # matching shorts, hair in a bun. Caption and wearing: adapter; closed: base ranking.
    case(
        "X1664-018",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and it has "
            "a suspenders neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and graphic "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("polka dots"),
        wearing(
            "The lady wears a sleeveless tank top with graphic patterns and a three-point shorts. The tank top is with "
            "cotton fabric and it has",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("night suit"),
        Q.sleeve_length("short", "contradiction"),
        gender=W,
        title="Clovia Women Mint Green Polka Dot Print Cami Top & Shorts Set",
        category="Night suits",
        color="Green",
    ),
    # Photo: ankle-length charcoal grey fleece robe, shawl collar, tie belt, white pyjama pants visible below, fluffy
    # white slippers. Caption, wearing and the open color question: adapter; closed: base ranking.
    case(
        "X1664-019",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with furry "
            "fabric and its neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        color_of(
            "robe",
            "The outer clothing is with furry fabric and pure color patterns. The lady wears a long pants. The pants "
            "are with cotton fabric",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("robe"),
        Q.sleeve_length("long"),
        wearing("a man in a grey robe", "pronoun"),
        gender=W,
        title="Mast & Harbour Women Charcoal Grey Solid Fleece Robe",
        category="Robe",
        color="Charcoal",
    ),
    # Photo: model in a black lace triangle bralette (the product) under an unbuttoned white oversized shirt, high-waist
    # mid-blue jeans. Caption and describe: adapter (both describe the shirt); closed: base ranking.
    case(
        "X1664-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("bra"),
        is_a("shirt", "yes", "contradiction"),
        Q.pattern("lace"),
        describe(
            "bralette",
            "The shirt is with cotton fabric and pure color patterns. Its neckline is lapel. The lady wears a long "
            "denim pants. The pants",
            "contradiction",
            hit_limit=True,
        ),
        gender=W,
        title="Hunkemoller Women Black Lace Non-Padded Bralette",
        category="Bra",
        color="Black",
    ),
    # Photo: flat lay of three folded hipster briefs, navy, pink and grey melange, no person.
    # Caption and describe: adapter (describe short, base-style); closed: base ranking.
    case(
        "X1664-021",
        caption(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.garment_type("briefs"),
        describe("briefs", "three pairs of underwear"),
        is_a("pair of shorts", "no"),
        gender=W,
        title="Jockey Women Pack of 3 Assorted Hipster Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: model in a black crew-neck sweatshirt and red-and-black buffalo check flannel pyjama pants (the product),
    # white socks. Caption and material: adapter (material short); closed: base ranking (color went to the sweatshirt).
    case(
        "X1664-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and lattice "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("checked"),
        color_of("pants", "red"),
        Q.garment_type("pajama pants"),
        Q.material("cotton"),
        gender=W,
        title="Bannos Swagger Women Red & Black Checked Flannel Lounge Pants",
        category="Lounge Pants",
        color="Red",
    ),
    # Photo: ankle-length navy nightdress with a white floral print, short sleeves, front button placket, side
    # pockets, one hand in a pocket. Caption and details: adapter (details short); closed: base ranking.
    case(
        "X1664-023",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "V-shape neckline. The dress is of long length. The lady wears a short-sleeve dress with floral patterns. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("floral"),
        details("nightdress", "It has buttons on the front and pockets on the sides."),
        Q.sleeve_length("short"),
        is_a("dress", "yes"),
        gender=W,
        title="Nite Flite Women Navy Blue Floral Print Maxi Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: flat lay of two spaghetti-strap camisoles, one black and one white. The feed's color is blank.
    # Caption and describe: adapter (describe short); closed: base ranking.
    case(
        "X1664-024",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The upper",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("camisole"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        describe("camisoles", "two tank tops, one black and one white"),
        gender=W,
        title="Dollar Missy Women Pack of 2 Solid Cotton Camisoles",
        category="Camisoles",
    ),
    # Photo: black satin night suit: long-sleeve notch-collar shirt with white piping, matching black satin pants with
    # white piping, gold hoop earrings. Caption and wearing: adapter; closed: base ranking; material came back short.
    case(
        "X1664-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with chiffon fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing(
            "a black pajama set Question: What is the color of the pajamas? Answer: black Question: What is the color "
            "of the",
            "leak",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.material("satin"),
        Q.garment_type("night suit"),
        Q.pattern("solid"),
        gender=W,
        title="Clovia Women Black Satin Shirt & Pyjama Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: flat lay on white, grey melange wire-free nursing bra with front drop-down clips, no person.
    # Caption and details: adapter; closed: base ranking.
    case(
        "X1664-026",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "There is an accessory on her wrist. There is a ring on her finger. The upper clothing has no",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.garment_type("bra"),
        details(
            "bra",
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and it "
            "has a suspenders",
            "contradiction",
            hit_limit=True,
        ),
        is_a("bra", "yes"),
        gender=W,
        title="Morph Maternity Women Grey Melange Non-Wired Nursing Bra",
        category="Bra",
        color="Grey Melange",
    ),
    # Photo: white tee with a black "SLEEP MODE ON" print (the product), grey marl lounge pants, model sitting on a
    # stool. Caption, wearing, describe: adapter; closed: base ranking (the pants got the tee's color).
    case(
        "X1664-027",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("graphic"),
        color_of("pants", "white", "contradiction"),
        wearing("a white t-shirt and grey sweatpants", who="she"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic patterns",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Kanvin Women White Typography Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Photo: model sitting on the edge of a bed with white pillows, short wine satin babydoll with black lace cups and
    # thin straps. Caption, wearing, material: adapter (wearing and material short); closed: base ranking.
    case(
        "X1664-028",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of short length. The lady wears a sleeveless dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("nightdress"),
        wearing("a red nightie"),
        Q.material("lingerie", "non_answer"),
        gender=W,
        title="Secret Wish Women Wine Satin Babydoll with Lace Cups",
        category="Baby Dolls",
        color="Burgundy",
    ),
    # Photo: headless crop, purple bra and matching bikini panty with a small white floral print, one arm across the
    # waist. Caption and wearing: adapter; closed: base ranking.
    case(
        "X1664-029",
        caption(
            "The upper clothing has no sleeves, cotton fabric and floral patterns. It has a suspenders neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has floral patterns. There is an "
            "accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.garment_type("lingerie set"),
        is_a("bikini", "yes", "contradiction"),
        wearing("a purple bra and panties"),
        gender=W,
        title="Clovia Women Purple Floral Print Cotton Bra & Panty Set",
        category="Lingerie Set",
        color="Purple",
    ),
    # Photo: side view, navy joggers with ribbed cuffs and a side pocket (the product), grey melange tee tucked in at
    # the front, white sneakers. Caption and details: adapter (details short); closed: base ranking.
    case(
        "X1664-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey", "other_garment_color"),
        color_of("joggers", "navy blue"),
        Q.garment_type("pants"),
        details("joggers", "They have an elastic waistband, ribbed cuffs and pockets on the sides"),
        Q.pattern("solid"),
        gender=W,
        title="Jockey Women Navy Blue Solid Lounge Joggers",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Photo: blue-and-white vertical striped button-front nightshirt, above the knee, long sleeves rolled to the elbow,
    # chest pocket, bare legs; nothing under it shows. Caption and wearing: adapter; closed: base ranking.
    case(
        "X1664-031",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lower clothing is of three-point length. The fabric is cotton and it has striped "
            "patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        Q.garment_type("shirt"),
        wearing("a blue and white striped shirt", who="she"),
        gender=W,
        title="Marks & Spencer Women Blue Striped Pure Cotton Night Shirt",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: model in a black sleeveless fitted top (styling) and a black flared saree shapewear from waist to ankle.
    # Caption and describe: adapter; closed: base ranking.
    case(
        "X1664-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and it "
            "has a round neckline. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.garment_type("skirt", "contradiction"),
        Q.color("black"),
        is_a("saree", "no"),
        describe(
            "shapewear",
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Zivame Women Black Solid Flared Saree Shapewear",
        category="Shapewear",
        color="Black",
    ),
    # Photo: pink kimono robe with a white and red floral print, worn open, wide three-quarter sleeves, over a white
    # cami and white shorts, barefoot. Caption and wearing: adapter (wearing short); closed: base ranking.
    case(
        "X1664-033",
        caption(
            "The lady wears a medium-sleeve outer clothing with floral patterns. The outer clothing is with chiffon "
            "fabric. The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric and it has",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        color_of("shorts", "pink", "contradiction"),
        Q.pattern("floral"),
        Q.garment_type("robe"),
        wearing("a pink floral robe over a white tank top and white shorts"),
        gender=W,
        title="Mast & Harbour Women Pink Floral Printed Kimono Robe",
        category="Robe",
        color="Pink",
    ),
    # Photo: peach short-sleeve top with a big grey sleeping-cat print, grey melange capri pyjamas, the model hugging a
    # cushion. Caption and wearing: adapter; closed: base ranking (the pants got the top's color).
    case(
        "X1664-034",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The lady wears a three-quarter pants. The pants are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("peach"),
        color_of("pants", "peach", "contradiction"),
        wearing(
            "a pink shirt and grey pants Question: What is the color of the shirt? Answer: pink Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("night suit"),
        Q.sleeve_length("short"),
        gender=W,
        title="Sweet Dreams Women Peach-Coloured & Grey Printed Capri Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: headless crop, white full-coverage underwired minimizer bra with lace over the cups, matching white briefs.
    # Caption and details: adapter (details short); closed: base ranking.
    case(
        "X1664-035",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. She "
            "wears a three-point shorts. The shorts are with chiffon fabric and pure color patterns. There is an "
            "accessory on",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.garment_type("bra"),
        details("bra", "it has lace on the cups and wide straps"),
        is_a("bra", "yes"),
        Q.sleeve_length("sleeveless"),
        gender=W,
        title="Triumph Women White Lace Underwired Non-Padded Full Coverage Minimizer Bra",
        category="Bra",
        color="White",
    ),
    # Photo: crop waist to thigh, lavender cotton boyshorts with lace trim at the leg, matching lavender bra partly in
    # frame. Caption and material: adapter; closed: base ranking.
    case(
        "X1664-036",
        caption(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The upper "
            "clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.garment_type("briefs"),
        is_a("pair of shorts", "yes"),
        Q.material(
            "The shorts are with cotton fabric and pure color patterns. The lady wears a three-point shorts. The "
            "shorts are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Clovia Women Lavender Solid Cotton Boyshorts Briefs",
        category="Briefs",
        color="Lavender",
    ),
    # Photo: flat lay, grey melange drawstring lounge shorts with two side pockets, no person. No gender in the feed.
    # Caption and details: adapter (details short); closed: base ranking.
    case(
        "X1664-037",
        caption(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. There "
            "is an accessory on her wrist. The lower clothing is of three-point length. The fabric is cotton and it",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.garment_type("shorts"),
        details("shorts", "it has a drawstring waist and two pockets"),
        Q.pattern("solid"),
        title="Hanes Women Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Photo: sky-blue satin knee-length nightie with a lace neckline, the matching sky-blue satin robe worn open over
    # it, the belt hanging loose. Caption and wearing: adapter; closed: base ranking.
    case(
        "X1664-038",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with chiffon "
            "fabric. The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.garment_type("nightdress"),
        is_a("robe", "yes"),
        wearing(
            "The lady wears a long-sleeve outer clothing with pure color patterns and a sleeveless dress with pure "
            "color patterns. The outer clothing",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Clovia Women Sky Blue Satin Nightdress with Robe",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: beige camisole with lace at the V-neck, black tailored trousers, white backdrop.
    # Caption and describe: adapter (describe short); closed: base ranking (the garment color went to the trousers).
    case(
        "X1664-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and it "
            "has a V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("camisole"),
        describe("camisole", "a beige lace tank top"),
        Q.sleeve_length("sleeveless"),
        gender=W,
        title="Amante Women Nude-Coloured Lace Trim Camisole",
        category="Camisoles",
        color="Nude",
    ),
    # Photo: short-haired model in a white racerback cotton vest, light blue jeans, white backdrop.
    # Caption and wearing: adapter (wearing short); closed: base ranking.
    case(
        "X1664-040",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and it has a round neckline. The gentleman wears a long denim pants. The pants are with denim fabric and "
            "pure color",
            "pronoun",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.garment_type("tank top"),
        wearing("a white tank top and jeans", who="the woman"),
        is_a("vest", "yes"),
        color_of("jeans", "blue"),
        gender=W,
        title="Jockey Women White Solid Racerback Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: flat lay, light blue pyjama pants with a pink floral print and an elastic waist, no person. The feed has
    # no category for it. Caption and details: adapter (details short); closed: base ranking.
    case(
        "X1664-041",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has floral patterns. The lady wears a "
            "long pants. The pants are with cotton fabric and floral patterns. There is an accessory on her wrist. "
            "The",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.garment_type("pajama pants"),
        details("pyjamas", "they are pajamas", "restated"),
        gender=W,
        title="Dreamz by Pantaloons Women Blue Floral Print Pyjamas",
        color="Blue",
    ),
    # Photo: ankle-length mustard cotton nightdress with a white block print, three-quarter sleeves, round neck, glass
    # bangles on one wrist. Caption, wearing, describe: adapter; closed: base ranking.
    case(
        "X1664-042",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.sleeve_length("three-quarter"),
        wearing(
            "She wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a round "
            "neckline. She wears",
            "cut",
            who="she",
            hit_limit=True,
        ),
        describe("nightdress", "a nightdress", "restated"),
        Q.pattern("printed"),
        gender=W,
        title="Shopping Queen Women Mustard Yellow Block Printed Cotton Maxi Nightdress",
        category="Nightdress",
        color="Mustard",
    ),
    # Photo: model in a sea-green racerback lounge bra (the product) and matching sea-green lounge pants.
    # Caption: adapter; closed: base ranking.
    case(
        "X1664-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("green"),
        color_of("pants", "green"),
        Q.garment_type("bra"),
        Q.sleeve_length("sleeveless"),
        gender=W,
        title="Zivame Women Sea Green Non-Padded Racerback Lounge Bra",
        category="Bra",
        color="Sea Green",
    ),
    # Photo: three-quarter back view, olive ribbed tank top and matching olive shorts, barefoot, head turned to camera.
    # Caption, wearing, material: adapter; closed: base ranking (the rib read as stripes).
    case(
        "X1664-044",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitted fabric and it "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with knitted fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.garment_type("night suit"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The lady wears a "
            "sleeveless tank top with",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "Answer: The tank top is with knitted fabric and pure color patterns. The shorts are with knitted fabric "
            "and pure color",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        gender=W,
        title="Kanvin Women Olive Green Ribbed Tank Top & Shorts Lounge Set",
        category="Night suits",
        color="Olive",
    ),
    # Photo: off-white crew-neck sweatshirt with a small "cozy" embroidery on the chest, matching off-white joggers,
    # white sneakers, holding a mug; no hood. No gender in the feed. Caption and details: adapter; closed: base ranking.
    case(
        "X1664-045",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long"),
        details(
            "sweatshirt",
            "The sweater is with cotton fabric and pure color patterns. It has a round neckline and long sleeves. The "
            "lady wears a long",
            "cut",
            hit_limit=True,
        ),
        is_a("hoodie", "yes", "contradiction"),
        title="Mast & Harbour Women Off-White Solid Lounge Sweatshirt",
        category="Sweatshirts",
        color="Off White",
    ),
]
