"""BLIND_296 (46 products; fast-fashion women's and girls' party and going-out wear, model shots): written blind in the
forty-third session. Measured blind at 8b1322c (the session's rules as they stood): 123/146 failures found (84.2%)
and 6/191 correct texts flagged (3.1%). The writer's notes, verbatim:

Scenario: a fast-fashion marketplace's English catalog feed of party and going-out wear for women and girls:
bodycon and skater dresses, slip and blazer dresses, crop, corset and cami tops, co-ord sets (crop top with skirt,
shorts or trousers), skirts (sequin, satin, faux leather, tartan, tulle), jumpsuits, playsuits and shrugs. All photos
are model shots, most on plain studio backdrops, some against painted walls, a gold tinsel curtain or with a balloon;
many models wear the product with other pieces (a shrug over a dress, a cami over a skirt, a denim jacket over a
tulle dress). Each row has the seller's title, category, color and gender; a few rows miss one of them.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` with enrich's default questionnaire wrote most texts:
short, lowercase, and it stops on its own (never hit_limit), though now and then it stops early mid-phrase or runs on
into the next "Question: ... Answer:". On some items the caption-only LoRA adapter of the original experiments wrote
the caption or some open answers (the comment before each case says which): it writes the DeepFashion template ("The
lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. ..."), never a hue name,
has no end-of-answer token, so it runs to its limit (50 new tokens for captions, 30 for answers, hit_limit=True) and
returns the template whatever the question. The closed questions (garment_type, color, pattern, sleeve_length, the
per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate
sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon or wine, pink for fuchsia, hot pink or blush, purple
  for lilac, lavender or violet, yellow for mustard or lemon, green for olive, emerald or bottle green, orange for
  rust or coral, blue for cobalt, navy, sky or powder blue, gold or beige for champagne, white for ivory or off white,
  silver for silver sequins, brown for a leopard print the seller calls Brown.
- A color in the photo that belongs to no garment (the backdrop wall, a gold curtain, a balloon) or to the print or
  trim (white dots on navy, red flowers on black) given as the product's color is contradiction. The color of another
  piece the model wears (the skirt under a cami, the shrug over a dress, the jeans, the bralette under a blazer, the
  other half of a co-ord) is other_garment_color, in closed and open answers alike.
- Garment synonyms are correct: romper for a playsuit, cardigan or sweater for a knitted shrug, shirt for a top,
  plaid or checkered for gingham or tartan, jacket for a blazer, bra for a bralette, "jacket dress" for a blazer
  dress. A playsuit or jumpsuit called a dress, pants, a tank top and pants, or a shirt and shorts (the adapter's
  template does that) is contradiction; so is a blazer dress answered "jacket" and "no" to "Is this a skirt?" for a
  skirt. A girl's tulle dress under a denim jacket answered "a blue jacket and pink skirt" is correct: only the
  dress's skirt shows below the jacket.
- Sleeves: the sleeves of a shrug or jacket worn over a sleeveless product, given as the product's sleeve length,
  are contradiction (no color involved). A bardot playsuit with short frill sleeves is "short sleeves"; a bardot
  jumpsuit with no sleeves at all is "sleeveless". A sleeve length given for a skirt from the top worn with it is
  contradiction too. Ribs, ruching, corset boning or a tinsel curtain behind the model answered "striped", color-block
  panels called "striped" and sequins answered "polka dot" are contradiction; so is "no" to "Is this a corset?" for a
  corset top, "dress" for a tube top worn with a skirt, and "a leopard print dress" for a slip skirt worn with a
  black bodysuit.
- Materials: a fabric the title names, or one plain in the photo (mesh, sequins, velvet, lace, crochet, tulle,
  feathers, denim, faux leather as "leather"), is correct; chiffon for georgette is correct; a plausible guess on a
  plain jersey or printed fabric (cotton, polyester, spandex) is correct. Silk for satin, tulle, sequins or a printed
  wrap dress, cotton for a top that is plainly mesh or a dress that is plainly tulle, leather for jersey, wool for a
  plain jersey dress and denim for a ruffle crop top (the fabric of the shorts worn with it) are unsupported.
- Invented items not in the photo (a necklace, a handbag, a hat, a belt, a bow, a gold chain, a zipper, lace-up or
  low back that a front view does not show, a slit the photo does not have) are unsupported. "There is an accessory
  on her wrist" in an adapter text that is cut anyway is labelled cut (the cut is the one kind per text).
- Adapter texts: a text that repeats a sentence or clause of the template is loop; one that stops mid-sentence
  without repeating is cut; a template returned for the material question is restated (even though it also runs to
  its limit); where the template misnames the garment (a playsuit as a dress, a jumpsuit as a tank top and pants),
  the misnaming is what the auditor sees first: contradiction, hit_limit kept. "pure color patterns" on a plain
  garment is the template's way to say solid and is not itself a failure; "pure color" for a printed garment is
  left inside the cut or loop label.
- A base answer that stops early mid-phrase ("a pink and white", "the skirt has a tie on the side and a") is cut,
  without hit_limit. An empty answer, "it is made of fabric", "the details of the outfit", "the skirt is a skirt",
  or the question asked back is non_answer; the material question answered with the garment's name and color, or
  with its color alone ("yellow", "the dress is yellow"), is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he", "a man" or "a little boy" for a woman or a girl is pronoun.
- A co-ord named piece by piece in its own colors is correct. A color the base model gives a piece that no piece in
  the photo has is contradiction (white pants for a powder blue co-ord shot on a white backdrop).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
neckline = question("neckline", "What is the neckline of the dress?", "open")
occasion = question("occasion", "What occasion is this outfit for?", "open")

BLIND_296 = [
    # photo: model in a black ribbed square-neck long-sleeve bodycon mini dress, black heels, white studio backdrop,
    # front view; no slit.
    # adapter: none
    case(
        "X296-001",
        caption("a woman in a black dress posing for a picture"),
        D.wearing("a black dress and a black handbag", "unsupported"),
        D.garment_type("dress"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.details("square neckline and a slit on the side", "unsupported"),
        D.material("ribbed cotton"),
        D.description(
            "a black dress with long sleeves and a square neck Question: what is the material of the dress? Answer: "
            "cotton",
            "leak",
        ),
        title="Women Black Ribbed Square Neck Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a maroon satin cowl-neck slip midi dress with thin straps, in front of a beige wall; no jewellery.
    # adapter: caption
    case(
        "X296-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a red dress", "pronoun"),
        D.color("brown", "contradiction"),
        D.garment_type("dress"),
        D.material("silk", "unsupported"),
        D.description("a red satin dress with a cowl neck"),
        title="Women Maroon Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: girl of about ten in a fuchsia sequinned short-sleeve skater dress, holding a gold foil balloon, white
    # wall behind her.
    # adapter: none
    case(
        "X296-003",
        caption("a little girl in a pink dress holding a balloon"),
        D.wearing("a pink sequin dress"),
        D.color("gold", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("sequins"),
        D.details("he is wearing a pink dress with sequins", "pronoun"),
        D.pattern("polka dot", "contradiction"),
        title="Girls Fuchsia Sequinned Skater Party Dress",
        category="Dresses",
        color="Fuchsia",
        gender="Girls",
    ),
    # photo: model in a lilac ribbed sleeveless crop top and matching lilac ribbed mini skirt, white sneakers, white
    # studio backdrop.
    # adapter: none
    case(
        "X296-004",
        caption("a woman wearing a purple crop top and skirt"),
        D.wearing("a purple top and a purple skirt"),
        D.color("purple"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        D.description("a purple crop top and skirt set with a", "cut"),
        color_skirt("white", "contradiction"),
        title="Women Lilac Ribbed Crop Top and Mini Skirt Co-ord Set",
        category="Co-ords",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in a black bardot (off-shoulder, no sleeves) wide-leg full-length jumpsuit, grey backdrop.
    # adapter: caption, details
    case(
        "X296-005",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "long pants. The pants are with cotton fabric and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black dress", "contradiction"),
        D.garment_type("jumpsuit"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        D.description("a black jumpsuit with an off the shoulder neckline"),
        title="Women Black Bardot Wide Leg Jumpsuit",
        category="Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white knitted cropped long-sleeve button-front shrug worn open over a red sleeveless bodycon
    # midi dress, grey backdrop. The product is the shrug.
    # adapter: none
    case(
        "X296-006",
        caption("a woman in a red dress and white cardigan"),
        D.wearing("a red dress and a white sweater"),
        D.color("red", "other_garment_color"),
        D.garment_type("cardigan"),
        D.sleeve_length("long sleeves"),
        D.material("knit"),
        D.description("a red bodycon dress", "other_garment_color"),
        D.details("the cardigan has buttons and a", "cut"),
        title="Women White Knitted Cropped Shrug",
        category="Shrugs",
        color="White",
        gender="Women",
    ),
    # photo: model in an emerald green satin cowl-neck cami top with spaghetti straps, tucked into a black faux
    # leather mini skirt, white backdrop. The product is the cami.
    # adapter: none
    case(
        "X296-007",
        caption("a woman in a green top and black skirt"),
        D.wearing("a green satin top and black leather skirt"),
        D.color("black", "other_garment_color"),
        D.garment_type("top"),
        D.material("satin"),
        D.details("spaghetti straps and a cowl neck"),
        D.pattern("solid"),
        D.description("a green silk cami top", "unsupported"),
        title="Women Emerald Green Satin Cowl Neck Cami Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: model in a navy skater dress with small white polka dots, short sleeves, round neck, knee length, white
    # backdrop.
    # adapter: details
    case(
        "X296-008",
        caption("a woman in a blue polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester"),
        D.wearing("a blue and white dress with a belt", "unsupported"),
        title="Women Navy Polka Dot Skater Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl in a mustard floral-print playsuit with frill short sleeves and shorts, white sandals, white
    # backdrop.
    # adapter: none
    case(
        "X296-009",
        caption("a little girl in a yellow floral romper"),
        D.wearing("a yellow dress", "contradiction"),
        D.garment_type("romper"),
        D.pattern("floral"),
        D.color("orange", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("yellow", "restated"),
        D.details("ruffles on the sleeves and a bow on the waist", "unsupported"),
        title="Girls Mustard Floral Print Frill Sleeve Playsuit",
        category="Playsuits",
        color="Mustard",
        gender="Girls",
    ),
    # photo: model in a black sheer mesh ruched long-sleeve crop top over a black bralette, with blue straight jeans,
    # white backdrop.
    # adapter: caption, wearing
    case(
        "X296-010",
        caption(
            "Her shirt has long sleeves, chiffon fabric and pure color patterns. It has a round neckline. The "
            "trousers this lady wears is of long length. The trousers are with denim fabric and pure color patterns. "
            "Her shirt has long sleeves, chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "Her shirt has long sleeves, chiffon fabric and pure color patterns. It has a round neckline. The "
            "trousers this lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("mesh"),
        D.description("a black sheer top with a blue jeans"),
        title="Women Black Mesh Ruched Long Sleeve Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a wine velvet sweetheart-neck long-sleeve bodycon mini dress, in front of a gold tinsel curtain.
    # adapter: none
    case(
        "X296-011",
        caption("a woman in a red velvet dress standing in front of a gold curtain"),
        D.wearing("a red dress"),
        D.color("gold", "contradiction"),
        D.material("velvet"),
        D.details("sweetheart neckline and a", "cut"),
        neckline("sweetheart"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        title="Women Wine Velvet Sweetheart Neck Bodycon Mini Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a white lace corset crop top with thin straps, light blue high-waist jeans, front view on a
    # white backdrop.
    # adapter: none
    case(
        "X296-012",
        caption("a woman in a white lace top and jeans"),
        D.wearing("a white top and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.garment_type("top"),
        D.material("lace"),
        D.details("the top has a lace up back and a zipper", "unsupported"),
        D.description("a white lace corset top with thin", "cut"),
        title="Women White Lace Corset Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a silver sequin mini skirt with a black cami top tucked in, black heels, grey backdrop. The
    # product is the skirt.
    # adapter: none
    case(
        "X296-013",
        caption("a woman in a black top and silver skirt"),
        D.wearing("a black top and a silver sequin skirt"),
        D.color("silver"),
        D.garment_type("skirt"),
        D.material("silk", "unsupported"),
        D.description("a black tank top", "other_garment_color"),
        is_a("skirt", "yes"),
        D.details("sequins Question: what is the color of the skirt? Answer: silver", "leak"),
        title="Women Silver Sequin Mini Skirt",
        category="Skirts",
        color="Silver",
        gender="Women",
    ),
    # photo: model in a cobalt blue one-shoulder sleeveless bodycon midi dress with a thigh slit, against a pink
    # painted wall.
    # adapter: none
    case(
        "X296-014",
        caption("a woman in a blue dress posing in front of a pink wall"),
        D.wearing("a blue one shoulder dress"),
        D.color("pink", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a blue dress with one shoulder and a slit"),
        D.material("it is made of fabric", "non_answer"),
        D.details(
            "the dress has a one shoulder neckline Question: what is the color of the dress? Answer: blue",
            "leak",
        ),
        title="Women Cobalt Blue One Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: girl in a pink sequin short-sleeve top and a white layered tulle skirt, white backdrop.
    # adapter: caption, details
    case(
        "X296-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and white skirt"),
        color_top("pink"),
        color_skirt("pink", "other_garment_color"),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The skirt is with chiffon fabric and pure "
            "color patterns. The T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.material("tulle"),
        title="Girls Pink Sequin Top with White Tulle Skirt Set",
        category="Co-ords",
        color="Pink",
        gender="Girls",
    ),
    # photo: model in a leopard-print satin midi slip skirt with a black long-sleeve bodysuit, white backdrop. The
    # product is the skirt.
    # adapter: none
    case(
        "X296-016",
        caption("a woman in a leopard print skirt and black top"),
        D.pattern("animal print"),
        D.color("brown"),
        D.wearing("a leopard print dress", "contradiction"),
        D.material("silk", "unsupported"),
        D.description("a long leopard print skirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Brown Leopard Print Satin Midi Slip Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a hot pink sleeveless halter-neck bodycon mini dress with side cut-outs, white backdrop.
    # adapter: caption
    case(
        "X296-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of short length. There is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a pink dress Question: what is the color of the dress? Answer: pink",
            "leak",
        ),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.details("cut outs on the sides and a halter neck"),
        D.material("leather", "unsupported"),
        neckline("halter neck with a gold chain", "unsupported"),
        title="Women Hot Pink Halter Neck Cut Out Bodycon Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a pink-and-white gingham sleeveless corset top and matching mini skirt, white backdrop.
    # adapter: none
    case(
        "X296-018",
        caption("a woman in a pink and white checkered outfit"),
        D.pattern("checked"),
        D.color("pink"),
        D.wearing("a pink and white plaid top and skirt"),
        D.description("a pink and white", "cut"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("the material of the garment", "non_answer"),
        title="Women Pink Gingham Corset Top and Mini Skirt Co-ord",
        category="Co-ords",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an olive satin cami wide-leg jumpsuit with thin straps, standing in front of a white wall.
    # adapter: wearing
    case(
        "X296-019",
        caption("a woman in a green jumpsuit standing in front of a white wall"),
        D.wearing(
            "The lady wears a tank top with pure color patterns. The tank top is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("green"),
        D.description("a green satin jumpsuit with thin straps"),
        D.material("silk", "unsupported"),
        is_a("jumpsuit", "yes"),
        D.details("thin straps and a belt at the waist", "unsupported"),
        title="Women Olive Satin Cami Wide Leg Jumpsuit",
        category="Jumpsuits",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a rust ruched mesh long-sleeve bodycon midi dress, beige backdrop.
    # adapter: none
    case(
        "X296-020",
        caption("a woman in an orange dress"),
        D.color("orange"),
        D.wearing("a yellow dress", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("", "non_answer"),
        D.material("mesh"),
        D.description("an orange ruched dress with long sleeves"),
        D.pattern("striped", "contradiction"),
        title="Women Rust Ruched Mesh Long Sleeve Bodycon Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: girl in a black velvet long-sleeve skater dress with a white peter pan collar, black tights, white
    # backdrop.
    # adapter: none
    case(
        "X296-021",
        caption("a girl in a black dress with a white collar"),
        D.wearing("he is wearing a black dress", "pronoun"),
        D.color("black"),
        D.details("white collar and long sleeves"),
        D.material("velvet"),
        D.pattern("solid"),
        D.description("a white dress with a black collar", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Girls Black Velvet Skater Dress with Collar",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: model in a red satin sleeveless corset top with boning, black wide-leg trousers, grey backdrop. The product
    # is the corset top.
    # adapter: caption
    case(
        "X296-022",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. The neckline of it is v-shape. The "
            "trousers this lady wears is of long length. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red top and black pants"),
        D.color("red"),
        D.material("a red corset top", "restated"),
        D.details("the top has a corset style with boning"),
        D.description("a red corset top with a bow", "unsupported"),
        is_a("corset", "no", "contradiction"),
        title="Women Red Satin Corset Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black sleeveless bodycon midi dress with a camel cropped long-sleeve shrug over it, white
    # backdrop. The product is the dress.
    # adapter: none
    case(
        "X296-023",
        caption("a woman in a black dress and a beige jacket"),
        D.wearing("a black dress and a tan cardigan"),
        D.color("beige", "other_garment_color"),
        D.garment_type("dress"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("wool", "unsupported"),
        D.description("a black dress"),
        title="Women Black Sleeveless Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white georgette wrap mini skirt with pink flowers and a ruffle hem, white cropped tee, white
    # backdrop. The product is the skirt.
    # adapter: none
    case(
        "X296-024",
        caption("a woman in a white top and floral skirt"),
        D.pattern("floral"),
        D.color("white"),
        D.wearing("a white crop top and a pink floral skirt"),
        D.details("ruffle hem and a wrap front"),
        D.material("chiffon"),
        D.description("the skirt is a skirt", "non_answer"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women White Floral Georgette Wrap Mini Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a light blue denim button-front short-sleeve playsuit with a collar, white backdrop.
    # adapter: caption
    case(
        "X296-025",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a denim romper"),
        D.color("blue"),
        D.garment_type("romper"),
        D.material("denim"),
        is_a("dress", "yes", "contradiction"),
        D.details(
            "button front and a collar Question: what is the material of the garment? Answer: denim",
            "leak",
        ),
        title="Women Light Blue Denim Button Front Playsuit",
        category="Playsuits",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a champagne satin sleeveless halter-neck mini dress, no jewellery, white backdrop.
    # adapter: details
    case(
        "X296-026",
        caption("a woman in a gold dress"),
        D.color("beige"),
        D.wearing("a gold satin dress with a necklace", "unsupported"),
        D.material("satin"),
        D.sleeve_length("sleeveless"),
        neckline("halter"),
        D.description("she is wearing a gold dress and a gold dress", "restated"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        title="Women Champagne Satin Halter Neck Mini Dress",
        category="Dresses",
        color="Champagne",
        gender="Women",
    ),
    # photo: model in a white linen-blend single-breasted blazer with gold buttons and matching white tailored
    # shorts, a black bralette under the open blazer, no belt, grey backdrop.
    # adapter: none
    case(
        "X296-027",
        caption("a woman in a white suit and black bra"),
        D.wearing("he is wearing a white suit", "pronoun"),
        D.color("black", "other_garment_color"),
        color_shorts("white"),
        D.material("linen"),
        D.details("the jacket has gold buttons and a belt", "unsupported"),
        occasion("a party"),
        D.description("a white blazer and white shorts with a black", "cut"),
        title="Women White Linen Blend Blazer and Shorts Co-ord Set",
        category="Co-ords",
        color="White",
        gender="Women",
    ),
    # photo: girl in a red-and-black tartan skater mini skirt with a white tee tucked in, white backdrop. The product
    # is the skirt.
    # adapter: none
    case(
        "X296-028",
        caption("a girl wearing a red plaid skirt and a white t-shirt"),
        D.pattern("checked"),
        D.color("red"),
        D.wearing("a white shirt tucked into a red skirt"),
        D.description("a red and black plaid skirt with", "cut"),
        D.material("cotton"),
        is_a("skirt", "no", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Girls Red Tartan Check Skater Skirt",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: model in a lavender tulle square-neck puff-sleeve mini dress, white backdrop.
    # adapter: caption, wearing, details
    case(
        "X296-029",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a square neckline. The dress is of short length. The lady wears a short-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a square neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a square neckline. The dress is with "
            "chiffon fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.color("purple"),
        D.sleeve_length("short sleeves"),
        D.material("tulle"),
        title="Women Lavender Tulle Puff Sleeve Mini Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black short-sleeve bodycon mini dress with white color-block panels down the sides, white
    # backdrop.
    # adapter: details
    case(
        "X296-030",
        caption("a woman in a black and white dress"),
        D.color("black"),
        D.pattern("color block"),
        D.wearing("a black and white striped dress", "contradiction"),
        D.description("a black dress with white panels on the sides"),
        D.sleeve_length("short sleeves"),
        D.material("it is made of", "cut"),
        D.details(
            "The dress is with cotton fabric and color block patterns. The dress is with cotton fabric and color "
            "block patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Colourblock Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a black sheer mesh cropped long-sleeve shrug over a white cami, blue jeans, white backdrop. The
    # product is the shrug. The feed row has no gender.
    # adapter: none
    case(
        "X296-031",
        caption("a woman in a black sheer top and jeans"),
        D.wearing("a white tank top and jeans", "other_garment_color"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.material("cotton", "unsupported"),
        D.description("a black sheer cardigan with long sleeves"),
        D.details("his top is see through", "pronoun"),
        title="Women Black Sheer Mesh Cropped Shrug",
        category="Shrugs",
        color="Black",
    ),
    # photo: model in a lemon yellow ruched sleeveless square-neck mini dress, against a blue painted wall.
    # adapter: none
    case(
        "X296-032",
        caption("a woman in a yellow dress standing against a blue wall"),
        D.color("blue", "contradiction"),
        D.wearing("a yellow dress"),
        D.details("ruched sides and square neckline"),
        D.material("the dress is yellow", "restated"),
        D.sleeve_length("sleeveless"),
        D.description("a yellow dress with a blue", "cut"),
        title="Women Lemon Yellow Ruched Square Neck Mini Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a black faux leather mini skirt with a front zip and a red long-sleeve knit top tucked in, white
    # backdrop; no bracelet. The product is the skirt.
    # adapter: caption
    case(
        "X296-033",
        caption(
            "The upper clothing has long sleeves, knitted fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of short length. The fabric is leather and it has pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and black leather skirt"),
        D.color("red", "other_garment_color"),
        D.material("leather"),
        is_a("skirt", "yes"),
        D.description("a black leather mini skirt with a zipper"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Black Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a sky blue sleeveless party dress, silver sequin bodice and a blue tulle skirt, white backdrop.
    # adapter: details
    case(
        "X296-034",
        caption("a girl in a blue dress"),
        D.wearing("a blue and silver dress"),
        D.color("blue"),
        D.material("silk", "unsupported"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.description("a little boy in a blue dress", "pronoun"),
        D.sleeve_length("sleeveless"),
        title="Girls Sky Blue Sequin Bodice Tulle Party Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: model in a black wrap mini dress with a small red floral print, long sleeves, v-neck, white backdrop.
    # adapter: caption
    case(
        "X296-035",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of short length. This lady wears a ring. The lady wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.color("red", "contradiction"),
        D.wearing("a black dress with red flowers"),
        D.sleeve_length("long sleeves"),
        D.description("a black floral wrap dress with long sleeves and a v neck"),
        D.details("the dress has a floral print and a black belt", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Black Floral Print Wrap Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a powder blue strapless bandeau top and matching wide-leg trousers, white backdrop.
    # adapter: none
    case(
        "X296-036",
        caption("a woman in a blue crop top and pants"),
        D.wearing("a blue top and pants"),
        color_top("blue"),
        color_pants("white", "contradiction"),
        D.details("the details of the outfit", "non_answer"),
        D.material("polyester Question: what is the color of the pants? Answer: blue", "leak"),
        D.sleeve_length("sleeveless"),
        D.description("a blue crop top and blue pants with a white belt", "unsupported"),
        title="Women Powder Blue Bandeau Top and Wide Leg Trousers Co-ord",
        category="Co-ords",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red bardot ruffle playsuit with short frill sleeves and shorts, white backdrop.
    # adapter: description
    case(
        "X296-037",
        caption("a woman in a red romper"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress",
            "contradiction",
            hit_limit=True,
        ),
        D.color("red"),
        D.garment_type("romper"),
        D.sleeve_length("short sleeves"),
        D.wearing("a red dress with ruffles", "contradiction"),
        D.material("red", "restated"),
        title="Women Red Bardot Ruffle Playsuit",
        category="Playsuits",
        color="Red",
        gender="Women",
    ),
    # photo: model in an ivory sleeveless crochet mini dress with a scalloped hem over a nude slip, no hat, beige
    # backdrop.
    # adapter: caption
    case(
        "X296-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitted fabric. It has a "
            "round neckline. The dress is of short length. The lady wears a sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.material("crochet"),
        D.details("crochet with a scalloped hem"),
        D.wearing("a white dress and a hat", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.garment_type("dress"),
        title="Women Ivory Crochet Mini Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a violet satin wrap midi skirt with a side tie, black tank top tucked in, white backdrop. The
    # feed row has no color.
    # adapter: material
    case(
        "X296-039",
        caption("a woman in a black top and purple skirt"),
        D.wearing("a black tank top and a purple satin skirt"),
        D.color("black", "other_garment_color"),
        D.material(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears "
            "a long skirt. The skirt",
            "restated",
            hit_limit=True,
        ),
        D.description("a purple satin wrap skirt with a side tie"),
        D.details("the skirt has a tie on the side and a", "cut"),
        D.garment_type("skirt"),
        title="Women Violet Satin Wrap Midi Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: girl in a light blue denim jacket over a pink sleeveless tulle party dress (only the skirt shows below the
    # jacket), white backdrop.
    # adapter: none
    case(
        "X296-040",
        caption("a little girl in a pink dress and a denim jacket"),
        D.wearing("a blue jacket and pink skirt"),
        D.color("blue", "other_garment_color"),
        D.garment_type("dress"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton", "unsupported"),
        D.description("a pink dress with a blue jacket and a pink bow", "unsupported"),
        title="Girls Pink Tulle Party Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: model in a bottle green velvet long-sleeve crop top and matching flared trousers, white backdrop.
    # adapter: caption, material
    case(
        "X296-041",
        caption(
            "Her sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. Her "
            "sweater has long sleeves",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "Her sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "pants this lady wears is of",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a green top and green pants"),
        D.color("green"),
        D.description("a green velvet top and pants"),
        D.pattern("solid"),
        color_pants("green"),
        D.details("velvet fabric and flared", "cut"),
        title="Women Bottle Green Velvet Crop Top and Flared Trousers Co-ord",
        category="Co-ords",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black sequin long-sleeve blazer mini dress with gold buttons, no belt, grey backdrop.
    # adapter: none
    case(
        "X296-042",
        caption("a woman in a black sequin blazer dress"),
        D.garment_type("jacket", "contradiction"),
        D.color("black"),
        D.wearing("a black jacket", "contradiction"),
        D.details("gold buttons and long sleeves"),
        D.material("sequin"),
        D.description("a black sequined dress with gold buttons and a gold belt", "unsupported"),
        title="Women Black Sequin Blazer Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a coral sleeveless ruffle crop top with white denim shorts, white backdrop. The product is the
    # top.
    # adapter: none
    case(
        "X296-043",
        caption("a man in an orange top and white shorts", "pronoun"),
        D.wearing("an orange crop top and white shorts"),
        D.color("orange"),
        D.garment_type("top"),
        D.sleeve_length("sleeveless"),
        D.details("ruffles on the top"),
        D.material("denim", "unsupported"),
        D.description("an orange top with ruffles and a white", "cut"),
        title="Women Coral Ruffle Crop Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a black-and-white horizontal striped strapless tube top with a black mini skirt, white backdrop.
    # The product is the tube top.
    # adapter: caption
    case(
        "X296-044",
        caption(
            "Her tank top has no sleeves, cotton fabric and striped patterns. The lower clothing is of short "
            "length. The fabric is cotton and it has pure color patterns. There is an accessory on her wrist. Her "
            "tank top has",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("black"),
        D.wearing("a black and white striped shirt and a black skirt"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material(
            "cotton Question: what is the pattern of the garment? Answer: striped",
            "leak",
        ),
        D.description("a tube top"),
        D.details("what are the details of the garment", "non_answer"),
        D.garment_type("dress", "contradiction"),
        title="Women Black and White Striped Tube Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blush pink satin cami mini dress with a feather trim at the hem, no bracelet or ring, white
    # backdrop.
    # adapter: caption, wearing, details
    case(
        "X296-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of short length. There is an accessory on her wrist. There is a ring",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. The dress is with chiffon fabric and pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        D.material("feathers"),
        D.description("a pink dress with feathers on the hem"),
        title="Women Blush Pink Feather Trim Cami Mini Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black satin halter-neck wide-leg jumpsuit, front view, white backdrop. The feed row has no
    # category.
    # adapter: none
    case(
        "X296-046",
        caption("a woman in a black jumpsuit"),
        D.wearing("a black halter jumpsuit"),
        D.garment_type("pants", "contradiction"),
        D.color("black"),
        D.details("halter neck and a low back", "unsupported"),
        D.material("what is the material of the jumpsuit", "non_answer"),
        title="Women Black Satin Halter Neck Wide Leg Jumpsuit",
        color="Black",
        gender="Women",
    ),
]
