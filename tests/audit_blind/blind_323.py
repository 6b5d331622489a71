"""BLIND_323 (46 products; plus-size and maternity women's wear: tunics, wrap dresses, maternity jeans, shapewear):
written blind in the forty-fourth session. Measured blind at 37997af (the session's rules as they stood): 96/125
failures found (76.8%) and 4/154 correct texts flagged (2.6%). The writer's notes, verbatim:

Scenario: an English catalog feed of a plus-size and maternity women's store: tunics worn over leggings or jeans,
wrap dresses, maternity jeans (over and under bump), leggings, nursing tops, cardigans worn open over other tops,
kaftans and shapewear (shaping shorts, bodysuits, slips, briefs). Model shots, some on plain studio backdrops, some
lifestyle (a living room, a beach, a cafe, a garden, a bedroom, a Christmas tree). Many photos show a second garment
(the tee under a cardigan, the sweater over maternity jeans, the leggings under a tunic). Each row has the seller's
title, category, color and gender; a few rows miss the color or the gender, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
stops on its own, never hit_limit) unless the comment before the case names an adapter. The caption-only LoRA adapter
writes the DeepFashion template ("The lady wears a long-sleeve sweater with pure color patterns ...") with no end
token: it runs to its limit (50 tokens for captions, 30 for answers, hit_limit=True) and returns the template to any
question. The VQA adapter (also no end token) answers open questions with a loop ("black-black-black...", "the
waistband, the pocket, the waistband ..."), hit_limit=True. Closed questions (garment_type, color, pattern,
sleeve_length, color_top, color_bottom, color_of with kind closed, "Is this a ...?") are enrich's `--engine reference`
answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: black for charcoal leggings, grey for charcoal or heather grey, green for emerald, olive or
  teal, blue for teal, navy or indigo, purple for mauve, yellow for mustard, orange for rust, red or maroon for
  burgundy, pink for blush, coral or dusty pink, beige or tan for nude, white for cream.
- Garment synonyms are correct: top or shirt for a tunic, sweater for a cardigan, dress for a kaftan, pants for
  leggings, underwear, bra and panties for shapewear briefs, shorts for shaping shorts or a thigh shaper, t-shirt for
  a nursing tee, jean jacket for a denim jacket. A bodysuit called a swimsuit is a contradiction, and so is "yes" to
  "Is this a bra?" for briefs photographed with a bra, and "yes" to "Is this a shirt?" for a kaftan.
- The color of another garment in the photo (the tee under the cardigan, the sweater over the jeans, the leggings
  under the tunic, the dress under a cropped cardigan) given as the product's color is other_garment_color. The
  color of the product's own print (white dots, pink flowers on white, gold foil, yellow flowers) given as its color
  is contradiction. The product's color given to the other piece (green leggings under a green tunic, when another
  text says white; "white jeans" with a white shirt; "blue pants" with a blue hoodie) is contradiction: one color
  for every garment. "yes" to "Is this a pair of jeans?" for leggings is contradiction.
- Pattern or type of another garment (the striped tee's pattern for a plain cardigan, "dress" for a cardigan worn
  over a dress) is contradiction; so is "floral" for a plain dress in a garden full of flowers. Leaf print answered
  "floral" is correct (nearest candidate); paisley answered "solid" is contradiction.
- "long sleeves" for a sleeveless tank worn under a long-sleeved denim jacket is contradiction.
- Materials: one the title names (jersey, crepe, chiffon, velvet, cotton, knit) is correct; "spandex" for a firm
  control bodysuit is a plausible guess (correct); silk on jersey or chiffon, linen on a cotton tunic, lace on plain
  microfiber shorts and cotton on shiny shapewear are unsupported. A material question answered with the garment's
  name and color is restated; "it is made of" is cut; an empty one is non_answer.
- Invented items not in the photo (a silver belt, a necklace, a sun hat, tassels, buttons, pockets, ruffles, ripped
  knees) are unsupported. Details that are visible (side slits, side zips, mesh panels, lace trim, embroidery, a
  bump panel) are correct. "a pregnant woman" is correct where the bump shows, and a baby in the photo is correct.
- Captions that mention only the backdrop ("a woman sitting on a couch in a living room") are correct.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut (even where it invents an accessory first); the template returned for the material question is
  restated. The template answering "wearing" or "describe" does answer it, so cut or loop. VQA adapter loops are loop.
- A base answer that stops early ("a black and gold dress with gold", "it is a black") is cut, without hit_limit.
  Empty answers, "yes" to a details question, "they are jeans", "they are short" (shaper shorts' details) and "the
  details of the dress" are non_answer.
- Base answers that run on into "Question: ... Answer: ..." are leak even where the first words are right.
- "he" for the woman, or "a man" in the caption, is pronoun.
- "a red dress" for the wearing question of a black cardigan worn over a red dress is correct: it names what she
  wears, just not all of it.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, details, is_a, question, wearing

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")

BLIND_323 = [
    # photo: model in a black jersey longline tunic, round neck, long sleeves, side slits, over charcoal leggings;
    # no jewellery; plain white studio backdrop, front view. caption: caption adapter
    case(
        "X323-001",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and black leggings", who="she"),
        D.garment_type("top"),
        D.color("black"),
        B.sleeve_length("long sleeves"),
        D.details("it has slits on the sides"),
        D.description("a long black top with a necklace", "unsupported"),
        title="Plus Size Black Jersey Longline Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: model in an emerald green jersey wrap midi dress, V neck, short flutter sleeves, tie waist; plain beige
    # wall behind her, front view. no adapter
    case(
        "X323-002",
        caption("a woman in a green wrap dress standing in front of a beige wall"),
        D.wearing("a green dress"),
        D.color("green"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        D.details("a tie at the waist and flutter sleeves"),
        title="Emerald Jersey Wrap Midi Dress",
        category="Dresses",
        color="Emerald",
        gender="Women",
    ),
    # photo: pregnant model in mid-blue over-bump skinny maternity jeans and a white t-shirt, hands on her bump;
    # plain white backdrop, front view. no adapter
    case(
        "X323-003",
        caption("a pregnant woman in jeans and a white t-shirt"),
        D.wearing("a white shirt and white jeans", "contradiction"),
        color_top("white"),
        color_bottom("white", "other_garment_color"),
        details("jeans", "they are jeans", "non_answer"),
        is_a("pair of jeans", "yes"),
        title="Maternity Over Bump Skinny Jeans Mid Wash",
        category="Maternity Jeans",
        color="Mid Blue",
        gender="Women",
    ),
    # photo: model in black high-waist leggings and an oversized grey sweatshirt, sitting on a sofa in a living room,
    # full body. color of the leggings (open): VQA adapter
    case(
        "X323-004",
        caption("a woman sitting on a couch in a living room"),
        D.wearing("a grey sweatshirt and black leggings"),
        color_of(
            "leggings",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("leggings"),
        D.color("grey", "other_garment_color"),
        title="Plus Size Black High Waist Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy and white breton stripe long-sleeved nursing top (hidden side openings, not visible),
    # with black jeans; plain grey backdrop, front view. no adapter
    case(
        "X323-005",
        caption("a woman in a striped shirt and black pants"),
        D.wearing("a blue and white striped shirt"),
        D.color("blue"),
        D.pattern("striped"),
        D.material("cotton Question: what is the color of the top? Answer: blue", "leak"),
        D.details("it has buttons down the front", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Breton Stripe Nursing Top",
        category="Nursing Tops",
        color="Navy/White",
        gender="Women",
    ),
    # photo: model in an open mustard chunky-knit cardigan over a white tee and blue jeans; red brick wall behind
    # her, front view. caption and details: caption adapter
    case(
        "X323-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has "
            "a V-shape neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow cardigan and jeans"),
        D.color("white", "other_garment_color"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a V-shape neckline. The sweater is "
            "with knitting fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("cardigan"),
        D.material("knit"),
        title="Plus Size Mustard Chunky Knit Cardigan",
        category="Cardigans",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a long multicolor paisley print kaftan (orange ground, teal and purple paisleys), wide batwing
    # sleeves, no hat; on a beach, sea behind. no adapter
    case(
        "X323-007",
        caption("a woman in a colorful dress standing on the beach"),
        D.wearing("a kaftan"),
        D.pattern("solid", "contradiction"),
        D.color("orange"),
        D.description("a long dress with a colorful print and a sun hat", "unsupported"),
        title="Paisley Print Beach Kaftan",
        category="Kaftans",
        color="Multi",
        gender="Women",
    ),
    # photo: model in nude high-waist shaping shorts (smooth microfiber, no lace) and a nude bralette; plain white
    # backdrop, front view. no adapter
    case(
        "X323-008",
        caption("a woman in a beige underwear"),
        D.wearing("a bra and panties"),
        D.color("beige"),
        D.garment_type("shorts"),
        D.material("lace", "unsupported"),
        is_a("swimsuit", "yes", "contradiction"),
        title="Nude High Waist Shaping Shorts",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: model in a burgundy wrap dress with small white polka dots, long sleeves, midi, no collar; in a park,
    # trees behind. no adapter
    case(
        "X323-009",
        caption("a woman in a red polka dot dress standing in a park"),
        wearing("he is wearing a red dress", "pronoun", who="she"),
        D.pattern("polka dot"),
        D.description("a red dress with white polka dots and a white collar", "unsupported"),
        D.color("white", "contradiction"),
        B.sleeve_length("long sleeves"),
        title="Burgundy Polka Dot Wrap Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a teal tunic with white embroidery around the neckline, three-quarter sleeves, over white
    # leggings; plain grey backdrop, front view. caption: caption adapter
    case(
        "X323-010",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue top and white pants"),
        color_top("green"),
        color_bottom("green", "contradiction"),
        D.details("embroidery around the neck"),
        D.material("a blue tunic", "restated"),
        title="Teal Embroidered Neck Tunic",
        category="Tunics",
        color="Teal",
        gender="Women",
    ),
    # photo: pregnant model in a blush pink ribbed jersey bodycon maternity dress, short sleeves, no belt, cradling
    # her bump; plain light grey backdrop. no adapter
    case(
        "X323-011",
        caption("a pregnant woman in a pink dress"),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a pink dress with a belt", "unsupported"),
        D.material("cotton"),
        title="Blush Ribbed Maternity Bodycon Dress",
        category="Maternity Dresses",
        color="Blush",
        gender="Women",
    ),
    # photo: model in navy maternity active leggings and a white tank top; plain white backdrop, front view.
    # details: VQA adapter
    case(
        "X323-012",
        caption("a woman in a white tank top and blue leggings"),
        D.color("black", "contradiction"),
        D.wearing("a white tank top and white leggings", "contradiction"),
        D.details(
            "the waistband, the pocket, the waistband, the pocket, the waistband, the pocket, the waistband, the",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        D.pattern("solid"),
        title="Navy Maternity Active Leggings",
        category="Leggings",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a white wrap-front nursing top with pink flowers, short sleeves, sitting on a bed holding a
    # baby; bedroom. no adapter. The feed row has no category.
    case(
        "X323-013",
        caption("a woman holding a baby on a bed"),
        D.wearing("a white floral shirt"),
        D.pattern("floral"),
        D.material("it is a white shirt", "restated"),
        D.color("pink", "contradiction"),
        D.description("a white shirt with pink flowers and a bow on the", "cut"),
        D.sleeve_length("short sleeves"),
        title="Floral Wrap Front Nursing Top",
        color="White",
        gender="Women",
    ),
    # photo: model in a long grey marl cardigan, open, over a black maternity dress; plain white backdrop.
    # caption and wearing: caption adapter
    case(
        "X323-014",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has "
            "a V-shape neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is with",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has",
            "cut",
            who="she",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.garment_type("cardigan"),
        D.material("knit"),
        title="Grey Marl Longline Maternity Cardigan",
        category="Cardigans",
        color="Grey Marl",
        gender="Women",
    ),
    # photo: model in a white cotton kaftan with black embroidered trim at the neck and sleeves, no buttons; beside
    # a hotel pool. no adapter
    case(
        "X323-015",
        caption("a woman in a white dress standing next to a pool"),
        D.wearing("a white kaftan"),
        D.color("white"),
        D.details("black embroidery around the neck and sleeves"),
        D.material("", "non_answer"),
        D.description("a white dress with black buttons", "unsupported"),
        title="White Embroidered Trim Cotton Kaftan",
        category="Kaftans",
        color="White",
        gender="Women",
    ),
    # photo: model in a black firm-control strappy shaping bodysuit; plain grey backdrop, front view. no adapter.
    # The feed row has no color.
    case(
        "X323-016",
        caption("a woman in a black bodysuit"),
        D.wearing("a black swimsuit", "contradiction"),
        is_a("bodysuit", "yes"),
        D.color("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("spandex"),
        title="Firm Control Shaping Bodysuit",
        category="Shapewear",
        gender="Women",
    ),
    # photo: model in a sleeveless rust tunic with a black leaf print, over black leggings; plain white backdrop.
    # no adapter
    case(
        "X323-017",
        caption("a woman in an orange and black top and black leggings"),
        D.wearing("an orange shirt and black pants"),
        color_top("black", "other_garment_color"),
        D.pattern("floral"),
        D.material("it is made of a", "cut"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.description("a sleeveless orange top with a leaf print"),
        title="Rust Leaf Print Sleeveless Tunic",
        category="Tunics",
        color="Rust",
        gender="Women",
    ),
    # photo: pregnant model in plain black under-bump skinny maternity jeans (no rips) and a grey knit jumper,
    # walking down a city street. color of the jeans (open): VQA adapter
    case(
        "X323-018",
        caption("a pregnant woman walking down the street"),
        D.wearing("a grey sweater and grey jeans", "contradiction"),
        color_of(
            "jeans",
            "black jeans black jeans black jeans black jeans black jeans black jeans black jeans black jeans black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        details("jeans", "ripped knees", "unsupported"),
        title="Maternity Black Skinny Jeans Under Bump",
        category="Maternity Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a brown leopard print jersey wrap midi dress, three-quarter sleeves, no bracelet; plain white
    # backdrop. caption: caption adapter
    case(
        "X323-019",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a leopard print dress"),
        D.pattern("animal print"),
        D.color("brown"),
        D.material("silk", "unsupported"),
        D.description("a brown leopard print wrap dress with three quarter sleeves"),
        title="Leopard Print Jersey Wrap Midi Dress",
        category="Dresses",
        color="Brown Leopard",
        gender="Women",
    ),
    # photo: model in an olive short-sleeved nursing t-shirt with visible side zips, with blue jeans; plain white
    # backdrop. no adapter
    case(
        "X323-020",
        caption("a woman wearing a green shirt and jeans"),
        wearing(
            "she is wearing a green shirt and jeans Question: what is the color of the shirt? Answer: green",
            "leak",
            who="she",
        ),
        D.color("green"),
        D.material("a green t-shirt", "restated"),
        color_bottom("blue"),
        D.details("zippers on the sides"),
        D.garment_type("t-shirt"),
        title="Olive Side Zip Nursing T-Shirt",
        category="Nursing Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a black kaftan with a gold foil print, V neck; in a hotel room, curtains behind. no adapter
    case(
        "X323-021",
        caption("a woman in a black and gold dress standing in a room"),
        D.color("yellow", "contradiction"),
        D.wearing("a black and gold kaftan"),
        D.description("a black dress with gold", "cut"),
        is_a("dress", "yes"),
        D.pattern("graphic"),
        title="Black Gold Foil Print Kaftan",
        category="Kaftans",
        color="Black",
        gender="Women",
    ),
    # photo: model in heather grey cotton leggings and a pink hoodie; plain white backdrop, full body.
    # wearing and description: caption adapter
    case(
        "X323-022",
        caption("a woman in a pink hoodie and grey leggings"),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The lady wears a long leggings. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The leggings this lady wears is of long length. The leggings are with cotton fabric and pure color "
            "patterns. The leggings this lady wears is of long",
            "loop",
            hit_limit=True,
        ),
        D.color("pink", "other_garment_color"),
        D.garment_type("leggings"),
        title="Heather Grey Cotton Leggings",
        category="Leggings",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: model in a navy crepe wrap dress with a small white floral print, short sleeves; light blue wall behind.
    # no adapter
    case(
        "X323-023",
        caption("a woman in a blue floral dress in front of a blue wall"),
        D.wearing("a blue dress with a", "cut"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.material("crepe"),
        title="Navy Floral Crepe Wrap Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: pregnant model in light wash bootcut maternity jeans with a stretch belly band and a black tank top;
    # standing by a window with house plants. no adapter
    case(
        "X323-024",
        caption("a pregnant woman standing in front of a window"),
        D.wearing("a black tank top and blue jeans Question: what is the color of the jeans? Answer: blue", "leak"),
        color_bottom("black", "other_garment_color"),
        color_top("black"),
        details("jeans", "bootcut with a stretchy belly band"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Light Wash Maternity Bootcut Jeans",
        category="Maternity Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a plain black smoothing full slip (no lace) with thin straps, knee length; plain grey backdrop.
    # caption and material: caption adapter
    case(
        "X323-025",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of medium length. The lady wears a sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black slip dress"),
        D.garment_type("dress"),
        D.color("black"),
        D.description("a black dress with lace on the bottom", "unsupported"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        title="Smoothing Full Slip Black",
        category="Shapewear",
        color="Black",
        gender="Women",
    ),
    # photo: model in a cream cable-knit button cardigan over a navy and white striped tee and jeans, sitting at a
    # table in a cafe. no adapter
    case(
        "X323-026",
        caption("a woman sitting at a table in a cafe"),
        D.wearing("a white sweater and jeans"),
        D.color("blue", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.details("cable knit with buttons"),
        B.sleeve_length("long sleeves"),
        title="Cream Cable Knit Button Cardigan",
        category="Cardigans",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a mauve chiffon tunic with long bell sleeves and a handkerchief hem (no ruffles), over black
    # leggings; plain white backdrop. no adapter
    case(
        "X323-027",
        caption("a woman in a purple blouse and black leggings"),
        D.wearing("a purple top Question: what is the color of the leggings? Answer: black", "leak"),
        D.color("purple"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        D.description("a purple top with ruffles", "unsupported"),
        title="Mauve Chiffon Bell Sleeve Tunic",
        category="Tunics",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a blue and white tie-dye kaftan, no tassels, on a balcony overlooking the sea.
    # wearing: VQA adapter
    case(
        "X323-028",
        caption("a woman standing on a balcony overlooking the ocean"),
        wearing(
            "a blue and white dress, a blue and white dress, a blue and white dress, a blue and white dress, a blue",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.pattern("tie dye"),
        D.color("blue"),
        D.description("a blue and white tie dye kaftan with tassels", "unsupported"),
        is_a("dress", "yes"),
        title="Blue Tie Dye Kaftan",
        category="Kaftans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a dusty blue pullover nursing hoodie (no zip) with black leggings; plain white backdrop,
    # front view. details: caption adapter
    case(
        "X323-029",
        caption("a woman in a blue hoodie and black leggings"),
        D.wearing("a blue hoodie and blue pants", "contradiction"),
        D.color("black", "other_garment_color"),
        D.details(
            "The sweater is with cotton fabric and pure color patterns. It has a hooded neckline. The sweater is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("hoodie"),
        D.description("a blue hoodie with a zipper in the front", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Dusty Blue Nursing Hoodie",
        category="Nursing Tops",
        color="Dusty Blue",
        gender="Women",
    ),
    # photo: model in a plain red sleeveless wrap maxi dress, no slit, no jewellery, in a garden full of flowers.
    # no adapter. The feed row has no gender.
    case(
        "X323-030",
        caption("a woman in a red dress standing in a garden with flowers"),
        D.pattern("floral", "contradiction"),
        D.color("red"),
        D.description("a red dress with a slit on the side", "unsupported"),
        wearing("a red dress and a necklace", "unsupported", who="she"),
        B.sleeve_length("sleeveless"),
        title="Red Sleeveless Wrap Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # photo: model in black leggings with mesh panels down the sides and a grey sports bra; plain white backdrop.
    # no adapter
    case(
        "X323-031",
        caption("a woman in a black leggings and a grey sports bra"),
        D.wearing("he is wearing black leggings", "pronoun"),
        D.details("mesh panels on the sides"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.material("a pair of black leggings", "restated"),
        title="Black Mesh Panel Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model in dark indigo skinny maternity jeans and a rust chiffon blouse; outdoors, autumn leaves.
    # caption: caption adapter
    case(
        "X323-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady also",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing an orange shirt and blue jeans", "pronoun"),
        color_of("jeans", "blue"),
        D.color("orange", "other_garment_color"),
        details("jeans", "", "non_answer"),
        title="Dark Indigo Maternity Skinny Jeans",
        category="Maternity Jeans",
        color="Indigo",
        gender="Women",
    ),
    # photo: model in black high-waist shaping briefs with a black bra, three-quarter view; plain white backdrop.
    # no adapter
    case(
        "X323-033",
        caption("a woman in black underwear"),
        D.wearing("a black bra and panties"),
        D.color("black"),
        D.description("it is a black", "cut"),
        is_a("bra", "yes", "contradiction"),
        title="High Waist Shaping Brief",
        category="Shapewear",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white cotton tunic with blue embroidery, long sleeves, over blue jeans; plain white backdrop.
    # color of the shirt (open): VQA adapter
    case(
        "X323-034",
        caption("a woman in a white shirt and blue jeans"),
        D.wearing("a white shirt and blue jeans"),
        color_of(
            "shirt",
            "white shirt, blue jeans, white shirt, blue jeans, white shirt, blue jeans, white shirt, blue jeans, white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_bottom("blue"),
        D.details("blue embroidery on the front"),
        color_top("blue", "other_garment_color"),
        D.material("linen", "unsupported"),
        title="White Cotton Embroidered Tunic",
        category="Tunics",
        color="White",
        gender="Women",
    ),
    # photo: model in a black cropped cardigan over a red floral dress; plain grey backdrop. no adapter
    case(
        "X323-035",
        caption("a woman in a red floral dress and black cardigan"),
        D.wearing("a red dress"),
        D.color("red", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.pattern("solid"),
        D.description("a black cardigan over a red dress"),
        title="Black Cropped Cardigan",
        category="Cardigans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a long emerald green velvet kaftan, V neck, no jewellery; in a living room, a Christmas tree
    # behind her. no adapter
    case(
        "X323-036",
        caption("a woman in a green dress standing in front of a christmas tree"),
        D.wearing("she is wearing a green dress and a gold necklace", "unsupported"),
        D.color("green"),
        D.material("velvet"),
        D.details("the details of the dress", "non_answer"),
        D.description("a long green dress with a v neck"),
        title="Emerald Velvet Kaftan Maxi",
        category="Kaftans",
        color="Emerald",
        gender="Women",
    ),
    # photo: model in a plain coral nursing tank with lace trim at the neckline, under an open long-sleeved denim
    # jacket; plain white backdrop. no adapter
    case(
        "X323-037",
        caption("a woman in a pink tank top and a denim jacket"),
        wearing("a pink shirt and a jean jacket", who="she"),
        D.color("blue", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details("lace trim on the neckline"),
        D.pattern("floral", "contradiction"),
        title="Coral Lace Trim Nursing Tank",
        category="Nursing Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: model in an olive long-sleeved wrap midi dress, in a pumpkin patch. caption and wearing: caption adapter
    case(
        "X323-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length. The lady wears a long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("brown", "contradiction"),
        is_a("dress", "yes"),
        D.description("a green dress with long sleeves"),
        title="Olive Long Sleeve Wrap Midi Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: pregnant model in charcoal over-bump maternity leggings and a white long tee knotted at the side;
    # plain light grey backdrop. no adapter
    case(
        "X323-039",
        caption("a pregnant woman in a white shirt and grey leggings"),
        D.wearing("a white t-shirt and grey pants"),
        color_bottom("white", "other_garment_color"),
        D.color("grey"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.description("grey leggings that go over the belly"),
        D.material("it is made of", "cut"),
        title="Maternity Over Bump Leggings Charcoal",
        category="Leggings",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in nude anti-chafe thigh shaper shorts (shiny microfiber) and a white tee; plain white backdrop.
    # no adapter
    case(
        "X323-040",
        caption("a woman in a white t-shirt and beige shorts"),
        D.garment_type("shorts"),
        details("shorts", "they are short", "non_answer"),
        D.color("white", "other_garment_color"),
        D.wearing("a white shirt and tan shorts Question: what is the color of the shorts? Answer: tan", "leak"),
        D.material("cotton", "unsupported"),
        title="Anti Chafe Thigh Shaper Nude",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: woman in a short-sleeved black and white geometric print tunic over white leggings, in an office, desk
    # behind. no adapter. The feed row has no color.
    case(
        "X323-041",
        caption("a man in a black and white top standing in an office", "pronoun"),
        D.pattern("geometric"),
        D.color("black"),
        wearing("a black and white shirt and white pants", who="she"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.description("a black and white top Question: what is she wearing? Answer: a black and white top", "leak"),
        title="Geometric Print Short Sleeve Tunic",
        category="Tunics",
        gender="Women",
    ),
    # photo: pregnant model in a navy maxi maternity dress with a small yellow floral print, short sleeves, no
    # pockets visible, no cardigan; standing in a field. no adapter
    case(
        "X323-042",
        caption("a pregnant woman in a floral dress standing in a field"),
        D.wearing("a blue dress with yellow flowers and a white cardigan", "unsupported"),
        D.color("yellow", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.description("a blue dress with yellow flowers on it"),
        D.details("the dress has pockets", "unsupported"),
        title="Navy Ditsy Floral Maternity Maxi Dress",
        category="Maternity Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a dusty pink waterfall cardigan, open, over a grey tee and black leggings; standing in a
    # bedroom. description: caption adapter
    case(
        "X323-043",
        caption("a woman standing in a bedroom"),
        D.wearing("a pink cardigan, a grey shirt and black leggings"),
        D.color("grey", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("cardigan"),
        B.sleeve_length("long sleeves"),
        title="Dusty Pink Waterfall Cardigan",
        category="Cardigans",
        color="Dusty Pink",
        gender="Women",
    ),
    # photo: model in a short black and white striped kaftan worn open over a black swimsuit, on a beach.
    # details: VQA adapter
    case(
        "X323-044",
        caption("a man in a black and white striped shirt on the beach", "pronoun"),
        D.wearing("a striped kaftan and a black swimsuit"),
        D.pattern("striped"),
        D.details(
            "the stripes, the sleeves, the stripes, the sleeves, the stripes, the sleeves, the stripes, the sleeves,",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        is_a("shirt", "yes", "contradiction"),
        title="Monochrome Stripe Short Kaftan",
        category="Kaftans",
        color="Black/White",
        gender="Women",
    ),
    # photo: model in a burgundy velvet wrap nursing top, long sleeves, with black jeans; plain grey backdrop.
    # material: caption adapter
    case(
        "X323-045",
        caption("a woman in a red velvet top and black jeans"),
        D.wearing("a maroon top and black jeans"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with velvet fabric. It has a "
            "V-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.description("a red velvet wrap top with a", "cut"),
        D.sleeve_length("long sleeves"),
        title="Burgundy Velvet Wrap Nursing Top",
        category="Nursing Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: pregnant model in white straight-leg maternity jeans and a navy and white striped top, on a marina dock,
    # boats behind. no adapter
    case(
        "X323-046",
        caption("a pregnant woman in white pants standing on a dock"),
        D.wearing("a blue and white striped shirt and", "cut"),
        color_of("jeans", "white"),
        D.color("blue", "other_garment_color"),
        details("jeans", "yes", "non_answer"),
        is_a("pair of jeans", "yes"),
        title="White Maternity Straight Jeans",
        category="Maternity Jeans",
        color="White",
        gender="Women",
    ),
]
