"""BLIND_218 (46 products; plus-size and maternity women's wear: dresses, tunics, maternity denim, nursing, swim):
written blind in the fortieth session. Measured blind at 160b8f3 (the session's rules as they stood): 107/134
failures found (79.9%) and 1/175 correct texts flagged (0.6%). The writer's notes, verbatim:

Scenario: a European online retailer's English feed of plus-size and maternity women's wear: jersey wrap dresses,
tunics, maternity jeans and leggings (over-bump and under-bump), nursing tops and nursing dresses, cardigans,
jumpsuits and dungarees, swimsuits, tankinis and swim cover-ups. Every photo is a model shot, on a studio backdrop or
outdoors (a brick wall, a garden, a beach, a pool, a bedroom); many models are visibly pregnant, one holds a baby.
Titles carry the size range ("Plus Size ...", "Maternity ...", "Nursing ..."); category, color and gender follow the
seller's own words ("Mid Blue", "Ivory", "Wine", "Sage"); a few rows miss the gender or the color.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a
pregnant woman in a grey dress ...") or the caption-only LoRA adapter of the original experiments (the DeepFashion
template, "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric ..."). The
adapter has no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked a question, it returns its caption template. The open questions
(wearing, description, details, material, neckline, nursing) come from the base model unless the comment above the
case says the adapter answered them; the base model stops on its own and never has hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece colors and "Is this a ...?") are enrich's
`--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, cobalt, mid blue or dark wash; white for ivory or
  cream; red for burgundy or wine; green for emerald, sage, teal or olive; beige for khaki, oatmeal or camel; purple
  for lilac; orange for coral or rust; grey for grey marl or charcoal; pink for dusty pink.
- The color of another garment in the photo (the tee under the cardigan, the jeans under the nursing top, the boots,
  the sneakers, the denim jacket, the swimsuit under a kaftan, the baby's white onesie) given as the product's
  color is other_garment_color. The color of a wall, a bed, the pool water, a print or a trim given as the
  product's color is contradiction.
- Garment synonyms are correct: bathing suit for swimsuit, sweatshirt for a hoodie, overalls or jumpsuit for
  dungarees, jeggings/leggings as pants, shorts for tankini bottoms, sweater for a knit cardigan or jumper tunic,
  jean jacket for denim jacket, belt for a tie waist, lace for broderie anglaise (eyelet reads as lace). A
  jumpsuit called a dress or "a top and pants", a shirt dress called "a shirt", a tankini called "not a swimsuit"
  and a swimsuit called a tank shirt by the adapter are contradiction.
- Materials: a material the title names (jersey, crepe, linen, velvet, denim, viscose, knit) is correct; cotton on a
  plain jersey or woven top, knit on a knitted cardigan and spandex/lycra on a swimsuit are plausible guesses and
  count as correct; silk, satin or wool that the title does not name and the photo cannot show are unsupported.
- Invented details are unsupported: a zipper or bow on a back the front view does not show, ripped knees, a chest
  pocket, a slit, a ruffle, a side tie, buttons for a wrap nursing opening, padded cups, a zip front on a layered
  nursing top, the jacket's buttons given to the dress under it.
- Adapter texts: a text that repeats a sentence (or a whole clause) of its template is a loop; one that stops
  mid-sentence without repeating is cut, even where it invented an accessory first; the template returned for the
  material question is restated. Where the template misnames the garment (a jumpsuit as a dress, a swimsuit as a
  tank shirt) that is contradiction, hit_limit kept. The template answering "What is the person wearing?" or
  "Describe ..." does answer it, so those are cut or loop.
- A base answer that stops early in the middle of a phrase ("it is made of", "the jeans have a") is cut, without
  hit_limit. An empty answer, "the details of the dress", "they are short", "it opens" and "it is made of fabric"
  are non_answer. The material question answered with the garment's name and color is restated, and so is an
  answer that only turns the question round ("the sleeves are the length of the sleeves").
- A base answer that runs on into "Question: ... Answer: ..." is leak even where its first words are right.
- "he" or "his" for the (pregnant) woman is pronoun; "she" is correct; a short base repetition that stops on its own
  ("she is holding a baby and she is holding a baby") is loop.
- One color for every garment ("a pink cardigan, a pink shirt and pink leggings") is contradiction, labelled on the
  open answer that says it.
- A closed pattern taken from another garment (striped for plain khaki dungarees worn over a striped tee) is
  contradiction: the auditor sees a pattern, not a color, so other_garment_color is kept for colors.
- Leaks into the material or neckline question ("cotton Question: what is the color of the wall? ...") are leak,
  whatever the first words say.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_cardigan = question("color_cardigan", "What is the color of the cardigan?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
nursing = question("nursing", "How does the top open for nursing?", "open")
maternity = question("maternity", "Is this maternity clothing?", "closed")

BLIND_218 = [
    # photo: plus-size model in a navy jersey wrap midi dress with a pink rose print, three-quarter sleeves, tie
    # waist, nude sandals; plain white studio backdrop, front view.
    # no adapter texts
    case(
        "X218-001",
        caption("a woman in a navy blue floral wrap dress"),
        D.wearing("a blue floral dress"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material("jersey"),
        D.details("it has a tie at the waist and a v neck"),
        D.description("a blue dress with pink flowers and a bow on the back", "unsupported"),
        title="Plus Size Navy Rose Print Jersey Wrap Midi Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: visibly pregnant model in mid-blue over-bump skinny maternity jeans, a white short-sleeve tee lifted to
    # show the stretch bump panel; light grey backdrop, three-quarter view.
    # caption: adapter
    case(
        "X218-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t - shirt and blue jeans"),
        color_jeans("blue"),
        D.color("white", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        D.details(
            "the jeans have a stretchy band over the belly and a hole in the knee",
            "unsupported",
        ),
        D.description(
            "a pair of blue jeans Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Maternity Over-Bump Skinny Jeans Mid Blue",
        category="Maternity Jeans",
        color="Mid Blue",
        gender="Women",
    ),
    # photo: plus-size model in a black long-sleeve jersey tunic to mid-thigh with side splits, grey marl leggings,
    # white trainers; white backdrop, front view.
    # no adapter texts
    case(
        "X218-003",
        caption("a woman in a black tunic and grey leggings"),
        D.wearing("a black top and black leggings", "contradiction"),
        D.color("grey", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.details("the top has slits on the sides"),
        B.material("it is made of", "cut"),
        title="Plus Size Black Longline Jersey Tunic",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model in black over-bump maternity leggings, a white tank and a long open oatmeal knit
    # cardigan on top; side view showing the bump; white backdrop.
    # caption: adapter
    case(
        "X218-004",
        caption(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. The outer "
            "clothing is a long-sleeve cardigan with knitting fabric. The lady wears a tank shirt with pure color "
            "patterns. The tank",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black leggings and a beige cardigan"),
        color_leggings("black"),
        D.garment_type("cardigan", "contradiction"),
        D.material("it is made of cotton"),
        D.details("they have a wide band over the belly"),
        maternity("yes"),
        title="Maternity Over-Bump Cotton Leggings Black",
        category="Maternity Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: plus-size model in an ivory layered nursing top (a jersey overlay crossing the front), short sleeves,
    # with dark blue jeans; warm beige backdrop, front view.
    # no adapter texts
    case(
        "X218-005",
        caption("a woman wearing a white top and jeans"),
        D.color("white"),
        nursing("it has a zipper on the front", "unsupported"),
        D.wearing("a white shirt and blue jeans"),
        B.sleeve_length("short sleeves"),
        D.description("a white top with a layer over the chest"),
        D.details("the details of the top", "non_answer"),
        title="Nursing Layered Jersey Top Ivory",
        category="Nursing Tops",
        color="Ivory",
        gender="Women",
    ),
    # photo: plus-size model in a burgundy cable-knit longline cardigan worn open over a black tee and black jeans;
    # dark grey backdrop, front view.
    # caption and details: adapter
    case(
        "X218-006",
        caption(
            "The outer clothing is a long-sleeve cardigan with knitting fabric and pure color patterns. The lady "
            "wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red cardigan and black pants"),
        color_cardigan("red"),
        D.color("black", "other_garment_color"),
        D.details(
            "The cardigan is with knitting fabric and pure color patterns. The cardigan is with knitting fabric and "
            "pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.material("knit"),
        is_a("cardigan", "yes"),
        title="Plus Size Burgundy Cable Knit Longline Cardigan",
        category="Cardigans",
        color="Burgundy",
        gender="Women",
    ),
    # photo: plus-size model in an emerald green short-sleeve crepe wrap jumpsuit, wide legs, tie belt, gold
    # sandals; white backdrop, front view.
    # no adapter texts
    case(
        "X218-007",
        caption("a woman in a green jumpsuit"),
        D.garment_type("dress", "contradiction"),
        D.color("green"),
        D.wearing("a green dress", "contradiction"),
        D.details("it has a tie belt and wide legs"),
        B.material("silk", "unsupported"),
        B.sleeve_length("short sleeves"),
        title="Plus Size Emerald Crepe Wrap Jumpsuit",
        category="Jumpsuits",
        color="Emerald",
        gender="Women",
    ),
    # photo: pregnant model in a black one-piece maternity swimsuit, ruched sides, scoop neck; side view showing the
    # bump; white backdrop.
    # no adapter texts
    case(
        "X218-008",
        caption("a pregnant woman in a black swimsuit"),
        D.wearing("a black bathing suit"),
        D.color("black"),
        is_a("swimsuit", "yes"),
        D.details("it has ruching on the sides and a bow on the back", "unsupported"),
        D.description("he is wearing a black swimsuit", "pronoun"),
        B.material("", "non_answer"),
        title="Maternity Ruched Scoop Neck Swimsuit Black",
        category="Swimwear",
        color="Black",
        gender="Women",
    ),
    # photo: plus-size model in a coral and white Breton-striped tunic, three-quarter sleeves, boat neck, with white
    # jeans; white backdrop, front view.
    # caption: adapter
    case(
        "X218-009",
        caption(
            "The lady wears a medium-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and white pants"),
        B.pattern("striped"),
        D.color("orange"),
        B.sleeve_length("three-quarter sleeves"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        neckline("the neckline is the neckline", "restated"),
        title="Plus Size Coral Stripe Breton Tunic",
        category="Tops",
        color="Coral/White",
        gender="Women",
    ),
    # photo: plus-size model in a mustard ribbed long-sleeve cardigan, buttoned up, tucked into a black pleated midi
    # skirt; white backdrop, front view.
    # material: adapter
    case(
        "X218-010",
        caption("a woman in a yellow cardigan and a black skirt"),
        color_cardigan("yellow"),
        D.wearing("a yellow sweater and a black skirt"),
        B.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline",
            "restated",
            hit_limit=True,
        ),
        D.details("it has buttons down the front and a pocket on the chest", "unsupported"),
        is_a("cardigan", "no", "contradiction"),
        title="Plus Size Mustard Ribbed Button Cardigan",
        category="Cardigans",
        color="Mustard",
        gender="Women",
    ),
    # photo: pregnant model in a grey marl short-sleeve maternity jersey midi dress, round neck, ruched sides; she
    # stands in front of a painted pink wall.
    # no adapter texts
    case(
        "X218-011",
        caption("a pregnant woman in a grey dress standing in front of a pink wall"),
        D.color("pink", "contradiction"),
        D.wearing("a grey dress"),
        B.sleeve_length("short sleeves"),
        D.description("a grey dress with a round neck and ruched sides"),
        B.material("cotton Question: what is the color of the wall? Answer: pink", "leak"),
        maternity("yes"),
        title="Maternity Ruched Jersey Midi Dress Grey Marl",
        category="Maternity Dresses",
        color="Grey Marl",
        gender="Women",
    ),
    # photo: plus-size model in a black tea dress with white polka dots, short flutter sleeves, V-neck, knee length;
    # white backdrop, front view.
    # caption and details: adapter
    case(
        "X218-012",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with graphic "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot dress"),
        B.pattern("polka dot"),
        D.color("black"),
        D.details(
            "The dress is with chiffon fabric and graphic patterns. It has a V-shape neckline. There is an accessory "
            "on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Plus Size Polka Dot Flutter Sleeve Tea Dress",
        category="Dresses",
        color="Black/White",
        gender="Women",
    ),
    # photo: plus-size model in an olive green long-sleeve utility jumpsuit, sleeves rolled, two chest pockets,
    # belted, white sneakers; white backdrop, front view.
    # no adapter texts
    case(
        "X218-013",
        caption("a woman in an olive green jumpsuit and white sneakers"),
        D.color("white", "other_garment_color"),
        D.garment_type("jumpsuit"),
        D.details("it has pockets on the chest and a belt"),
        D.wearing(
            "a green jumpsuit Question: what is the color of the shoes? Answer: white",
            "leak",
        ),
        B.sleeve_length("long sleeves"),
        B.material("cotton"),
        title="Plus Size Olive Utility Jumpsuit",
        category="Jumpsuits",
        color="Olive",
        gender="Women",
    ),
    # photo: pregnant model in dark wash straight maternity jeans with elastic side panels and a black fitted
    # maternity tee; red brick wall behind her, front view.
    # no adapter texts
    case(
        "X218-014",
        caption("a pregnant woman in jeans standing in front of a brick wall"),
        color_jeans("blue"),
        D.color("black", "other_garment_color"),
        D.details("the jeans have a", "cut"),
        D.wearing("his shirt is black and his jeans are blue", "pronoun"),
        D.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Maternity Straight Leg Jeans Dark Wash",
        category="Maternity Jeans",
        color="Dark Wash",
        gender="Women",
    ),
    # photo: plus-size model in a red halter-neck swimsuit with white polka dots; plain pale blue backdrop, front
    # view.
    # caption: adapter
    case(
        "X218-015",
        caption(
            "The lady wears a tank tank shirt with graphic patterns. The tank shirt is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a short pants. The pants are with cotton fabric and graphic",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red and white polka dot swimsuit"),
        D.color("red"),
        B.pattern("polka dot"),
        D.details("it has a halter neck and a ruffle on the front", "unsupported"),
        D.material("it is made of", "cut"),
        title="Plus Size Polka Dot Halter Swimsuit Red",
        category="Swimwear",
        color="Red",
        gender="Women",
    ),
    # photo: plus-size model in a pale blue chambray shirt dress, long sleeves, button front, tie waist, knee length;
    # white backdrop, front view.
    # no adapter texts
    case(
        "X218-016",
        caption("a woman in a light blue shirt dress"),
        D.wearing("a blue shirt", "contradiction"),
        D.color("blue"),
        B.material("a light blue shirt dress", "restated"),
        D.details("it has buttons down the front and a belt"),
        B.sleeve_length("short sleeves", "contradiction"),
        neckline("collar"),
        title="Plus Size Chambray Shirt Dress Light Blue",
        category="Dresses",
        color="Light Blue",
        gender="Women",
    ),
    # photo: pregnant model in a white broderie anglaise maternity blouse with short puff sleeves and light blue
    # maternity jeans; outdoors, green garden hedge behind.
    # no adapter texts
    case(
        "X218-017",
        caption("a pregnant woman in a white top and jeans in a garden"),
        D.color("blue", "other_garment_color"),
        D.details("the top has lace on the sleeves"),
        D.wearing("a white blouse and blue jeans"),
        B.sleeve_length("short sleeves"),
        D.material("cotton"),
        D.description("a white blouse with green leaves", "contradiction"),
        title="Maternity Broderie Puff Sleeve Blouse White",
        category="Maternity Tops",
        color="White",
        gender="Women",
    ),
    # photo: plus-size model in a long-sleeve leopard print wrap maxi dress (brown and black spots on beige);
    # white backdrop, front view.
    # caption and material: adapter
    case(
        "X218-018",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of ankle length. There is an accessory on her wrist. The lady wears a "
            "long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a leopard print dress"),
        B.pattern("animal print"),
        D.color("brown"),
        D.details("the details of the dress", "non_answer"),
        B.sleeve_length("long sleeves"),
        D.material(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Plus Size Leopard Print Wrap Maxi Dress",
        category="Dresses",
        color="Brown Leopard",
        gender="Women",
    ),
    # photo: plus-size model on a beach in a navy and white striped tankini top with plain navy swim shorts; sand
    # and sea behind.
    # no adapter texts
    case(
        "X218-019",
        caption("a woman in a striped swimsuit on the beach"),
        D.wearing("a blue and white striped tank top and blue shorts"),
        D.color("blue"),
        B.pattern("striped"),
        is_a("swimsuit", "no", "contradiction"),
        D.details("it has a tie at the side", "unsupported"),
        D.description("he is wearing a blue and white striped swimsuit", "pronoun"),
        title="Plus Size Stripe Tankini Set Navy",
        category="Swimwear",
        color="Navy",
        gender="Women",
    ),
    # photo: pregnant model in navy over-bump maternity leggings and a pink short-sleeve maternity tee; white
    # backdrop, side view.
    # caption: adapter
    case(
        "X218-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        color_leggings("pink", "other_garment_color"),
        D.wearing("a pink t - shirt and navy leggings"),
        D.garment_type("leggings"),
        D.details("they have a high waist that goes over the belly"),
        D.material("navy leggings", "restated"),
        D.description("a pair of leggings that are", "cut"),
        title="Maternity Over-Bump Leggings Navy",
        category="Maternity Leggings",
        color="Navy",
        gender="Women",
    ),
    # photo: plus-size model in a grey waterfall-front jersey cardigan, long sleeves, open over a white tee and blue
    # jeans; white backdrop, front view.
    # caption and wearing: adapter
    case(
        "X218-021",
        caption(
            "The female is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. It has a V-shape neckline. The female wears a long trousers. The trousers are with denim "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It "
            "has a V-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_cardigan("grey"),
        D.color("white", "other_garment_color"),
        is_a("cardigan", "yes"),
        B.material("wool", "unsupported"),
        title="Plus Size Grey Waterfall Jersey Cardigan",
        category="Cardigans",
        color="Grey",
        gender="Women",
    ),
    # photo: plus-size model in a cobalt blue long-sleeve bodycon midi dress with a square neck and black heels;
    # white backdrop, front view.
    # caption: adapter
    case(
        "X218-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of knee length. The lady wears a long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue dress"),
        D.color("black", "other_garment_color"),
        neckline("square neck"),
        B.sleeve_length("long sleeves"),
        D.details("it has a zipper on the back", "unsupported"),
        B.material("it is made of fabric", "non_answer"),
        title="Plus Size Cobalt Square Neck Bodycon Midi Dress",
        category="Dresses",
        color="Cobalt",
        gender="Women",
    ),
    # photo: pregnant model in khaki maternity dungarees with a bib pocket, over a white and navy striped long-sleeve
    # tee; white backdrop, front view.
    # no adapter texts
    case(
        "X218-023",
        caption("a pregnant woman in overalls and a striped shirt"),
        D.garment_type("jumpsuit"),
        D.color("beige"),
        D.wearing("he is wearing overalls", "pronoun"),
        D.details("it has a pocket on the front and buttons on the side"),
        D.description(
            "a pair of overalls with a striped shirt underneath Question: what is the color of the",
            "leak",
        ),
        B.pattern("striped", "contradiction"),
        title="Maternity Utility Dungarees Khaki",
        category="Maternity Jumpsuits",
        color="Khaki",
        gender="Women",
    ),
    # photo: plus-size model in a white sleeveless linen-blend wide-leg jumpsuit with a tan leather belt; beige
    # backdrop, front view.
    # caption and details: adapter
    case(
        "X218-024",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with linen fabric. The "
            "pants this lady wears is of long length. The pants are with linen fabric and pure color patterns. "
            "There is a belt",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white jumpsuit with a brown belt"),
        D.color("white"),
        B.sleeve_length("sleeveless"),
        B.material("linen"),
        D.garment_type("pants", "contradiction"),
        D.details(
            "The pants are with linen fabric and pure color patterns. The pants are with linen fabric and pure color "
            "patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        title="Plus Size Linen Blend Wide Leg Jumpsuit White",
        category="Jumpsuits",
        color="White",
        gender="Women",
    ),
    # photo: plus-size model in a white tunic with a fuchsia floral print, long sleeves, tie keyhole neck, with
    # black leggings; white backdrop, front view.
    # no adapter texts
    case(
        "X218-025",
        caption("a woman in a floral top and black leggings"),
        D.color("black", "other_garment_color"),
        B.pattern("floral"),
        D.wearing("a pink and white floral shirt"),
        D.details("the shirt has a tie at the neck"),
        B.material("", "non_answer"),
        B.sleeve_length("the sleeves are the length of the sleeves", "restated"),
        title="Plus Size Floral Tie Neck Tunic Fuchsia",
        category="Tunics",
        color="Fuchsia/White",
        gender="Women",
    ),
    # photo: pregnant model in a navy and white striped long-sleeve maternity and nursing jersey dress, knee length;
    # white backdrop, front view (the nursing layer is not visible from the front).
    # caption: adapter
    case(
        "X218-026",
        caption(
            "The lady wears a long-sleeve dress with stripe patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is with cotton fabric and stripe patterns. The dress is with cotton fabric and "
            "stripe",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped dress"),
        B.pattern("striped"),
        nursing("it has buttons down the front", "unsupported"),
        D.color("blue"),
        D.description("it is a dress", "non_answer"),
        title="Maternity & Nursing Stripe Jersey Dress Navy/White",
        category="Maternity Dresses",
        color="Navy/White",
        gender="Women",
    ),
    # photo: plus-size model in a sleeveless black faux-wrap maxi dress with a white daisy print; white backdrop,
    # front view.
    # no adapter texts
    case(
        "X218-027",
        caption("a woman in a black and white floral maxi dress"),
        B.sleeve_length("sleeveless"),
        D.color("white", "contradiction"),
        D.wearing("a black dress with white flowers"),
        D.details("the dress has a slit on the leg", "unsupported"),
        D.material("cotton Question: what is the pattern of the dress? Answer: floral", "leak"),
        D.description("he is wearing a long black dress with flowers", "pronoun"),
        title="Plus Size Daisy Print Faux Wrap Maxi Dress Black",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: plus-size model in light wash high-rise mom jeans with a mustard yellow blouse tucked in, white
    # trainers; white backdrop, front view.
    # no adapter texts
    case(
        "X218-028",
        caption("a woman in a yellow shirt and jeans"),
        color_jeans("yellow", "other_garment_color"),
        D.wearing("a yellow blouse and light blue jeans"),
        D.details("the jeans have ripped knees", "unsupported"),
        D.material("denim"),
        is_a("pair of jeans", "yes"),
        D.description(
            "light blue jeans Question: what is the color of the shirt? Answer: yellow",
            "leak",
        ),
        title="Plus Size High Rise Mom Jeans Light Wash",
        category="Jeans",
        color="Light Wash",
        gender="Women",
    ),
    # photo: pregnant model sitting on a bed with white sheets, in a lilac short-sleeve jersey lounge jumpsuit with
    # a drawstring waist and cuffed ankles.
    # no adapter texts
    case(
        "X218-029",
        caption("a pregnant woman in a purple jumpsuit sitting on a bed"),
        D.color("white", "contradiction"),
        D.garment_type("jumpsuit"),
        D.wearing("a purple jumpsuit"),
        D.description("a purple jumpsuit with short sleeves and a drawstring waist"),
        B.material("it is made of fabric", "non_answer"),
        maternity("no", "contradiction"),
        title="Maternity Lounge Jumpsuit Lilac",
        category="Maternity Jumpsuits",
        color="Lilac",
        gender="Women",
    ),
    # photo: plus-size model in a black skirted swimdress with a V-neck, thick straps; white backdrop, front view.
    # caption, wearing and material: adapter
    case(
        "X218-030",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of short length. There is an accessory on her wrist. The lady wears a "
            "sleeveless dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.color("black"),
        is_a("swimsuit", "yes"),
        title="Plus Size Skirted Swimdress Black",
        category="Swimwear",
        color="Black",
        gender="Women",
    ),
    # photo: plus-size model in a teal short-sleeve viscose tunic with a tie at the front hem, with white cropped
    # trousers; white backdrop, front view.
    # details: adapter
    case(
        "X218-031",
        caption("a woman in a teal tunic and white pants"),
        D.color("green"),
        D.wearing("a green shirt and white pants"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        B.material("satin", "unsupported"),
        neckline("v neck Question: what is the color of the pants? Answer: white", "leak"),
        title="Plus Size Tie Front Viscose Tunic Teal",
        category="Tunics",
        color="Teal",
        gender="Women",
    ),
    # photo: pregnant model in a grey marl zip-through nursing hoodie with visible side nursing zips, worn with
    # blue jeans; white backdrop, front view.
    # no adapter texts
    case(
        "X218-032",
        caption("a pregnant woman in a grey hoodie and jeans"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        nursing("it has zips on the sides"),
        D.wearing("a gray sweatshirt and blue jeans"),
        D.details("the hoodie has a hood and a pocket"),
        title="Maternity & Nursing Zip Hoodie Grey Marl",
        category="Nursing Tops",
        color="Grey Marl",
        gender="Women",
    ),
    # photo: plus-size model in a wine velvet long-sleeve wrap dress, knee length; a decorated Christmas tree stands
    # behind her.
    # caption: adapter
    case(
        "X218-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with velvet fabric. It has a "
            "V-shape neckline. The dress is of knee length. There is an accessory on her wrist. She wears a ring. "
            "The dress",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.color("green", "contradiction"),
        D.details("the dress has a wrap front and a tie waist"),
        B.material("velvet"),
        B.pattern("solid"),
        neckline("the neckline of the dress", "non_answer"),
        title="Plus Size Velvet Wrap Dress Wine",
        category="Dresses",
        color="Wine",
        gender="Women",
    ),
    # photo: pregnant model by a swimming pool in a tankini top with a green tropical leaf print on white and plain
    # black swim bottoms.
    # no adapter texts
    case(
        "X218-034",
        caption("a pregnant woman in a swimsuit by the pool"),
        D.wearing("a green and white floral top and green bottoms", "contradiction"),
        D.color("blue", "contradiction"),
        B.pattern("floral"),
        D.details("it has a built in bra and padded cups", "unsupported"),
        color_top("green"),
        title="Maternity Tropical Print Tankini",
        category="Swimwear",
        color="Green/White",
        gender="Women",
    ),
    # photo: plus-size model in a dusty pink ribbed longline cardigan with patch pockets, over a grey tee and black
    # leggings; white backdrop, front view.
    # no adapter texts
    case(
        "X218-035",
        caption("a woman in a pink cardigan and black leggings"),
        color_cardigan("pink"),
        D.color("grey", "other_garment_color"),
        D.wearing("a pink cardigan, a pink shirt and pink leggings", "contradiction"),
        D.details("it has pockets on the front and buttons", "unsupported"),
        B.material("the cardigan is made of", "cut"),
        title="Plus Size Dusty Pink Rib Longline Cardigan",
        category="Cardigans",
        color="Dusty Pink",
        gender="Women",
    ),
    # photo: model holding a baby in a white onesie; she wears a black long-sleeve wrap nursing top with blue
    # jeans; living room, pale sofa behind.
    # no adapter texts
    case(
        "X218-036",
        caption("a woman holding a baby"),
        D.wearing("a black shirt and jeans"),
        D.color("white", "other_garment_color"),
        nursing("the top wraps over the front"),
        B.sleeve_length("long sleeves"),
        D.description("she is holding a baby and she is holding a baby", "loop"),
        D.details("his shirt is black", "pronoun"),
        title="Nursing Wrap Top Long Sleeve Black",
        category="Nursing Tops",
        color="Black",
        gender="Women",
    ),
    # photo: plus-size model in a black sleeveless V-neck wide-leg jumpsuit with gold hoop earrings; white backdrop,
    # front view.
    # caption: adapter
    case(
        "X218-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of ankle length. There is an accessory on her ear. The lady wears a "
            "sleeveless",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("black"),
        D.details("it has a v neck and a belt", "unsupported"),
        D.material("it is made of a black jumpsuit", "restated"),
        title="Plus Size Wide Leg Jumpsuit Black",
        category="Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model on a beach in mid blue under-bump denim maternity shorts and a white linen shirt knotted
    # above the bump.
    # no adapter texts
    case(
        "X218-038",
        caption("a pregnant woman in a white shirt and denim shorts on the beach"),
        D.color("white", "other_garment_color"),
        D.garment_type("shorts"),
        D.details("they are short", "non_answer"),
        D.wearing(
            "a white shirt and blue shorts Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        D.material("denim"),
        title="Maternity Under-Bump Denim Shorts Mid Blue",
        category="Maternity Shorts",
        color="Mid Blue",
        gender="Women",
    ),
    # photo: plus-size model in a multicolour geometric print kaftan cover-up with long batwing sleeves, over a
    # black swimsuit; beach with loungers behind.
    # details and material: adapter
    case(
        "X218-039",
        caption("a woman in a colorful kaftan on the beach"),
        D.color("black", "other_garment_color"),
        B.pattern("floral", "contradiction"),
        D.wearing("a colorful dress and a black swimsuit"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with chiffon fabric and graphic patterns. It has a V-shape neckline. The shirt is with "
            "chiffon fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Plus Size Geometric Print Kaftan Cover-Up",
        category="Swimwear",
        color="Multi",
        gender="Women",
    ),
    # photo: plus-size model in an oatmeal ribbed roll-neck knit tunic jumper, long sleeves, with black leggings and
    # brown ankle boots; outdoor backdrop of autumn leaves.
    # no adapter texts
    case(
        "X218-040",
        caption("a woman in a beige sweater and black leggings"),
        D.wearing("a beige sweater and brown boots"),
        D.color("brown", "other_garment_color"),
        neckline("turtleneck"),
        B.material("wool", "unsupported"),
        D.garment_type("sweater"),
        D.description("a beige sweater with a turtle neck and a brown belt", "unsupported"),
        title="Plus Size Ribbed Roll Neck Knit Tunic Oatmeal",
        category="Tunics",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: pregnant model in a white short-sleeve maternity tee with black "HELLO BUMP" lettering, black
    # leggings; white backdrop, front view. The feed row has no gender.
    # no adapter texts
    case(
        "X218-041",
        caption("a pregnant woman in a white t - shirt that says hello"),
        D.color("white"),
        B.pattern("graphic"),
        D.details("the shirt says hello bump"),
        D.wearing("a white shirt with black writing and black pants"),
        B.material("cotton"),
        B.sleeve_length("short sleeves"),
        title="Maternity Slogan Tee Hello Bump White",
        category="Maternity Tops",
        color="White",
    ),
    # photo: plus-size model in a rust smocked tiered maxi dress with short puff sleeves and a square neck; standing
    # in a field of dry grass.
    # caption: adapter
    case(
        "X218-042",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of ankle length. There is an accessory on her wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange dress"),
        D.color("orange"),
        D.details("the dress has smocking on the top and ruffles"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.description("a long orange dress in a field of", "cut"),
        B.material("cotton"),
        title="Plus Size Smocked Tiered Maxi Dress Rust",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: pregnant model in a black long-sleeve ribbed bodycon maternity midi dress with a blue denim jacket over
    # her shoulders; white backdrop, front view.
    # no adapter texts
    case(
        "X218-043",
        caption("a pregnant woman in a black dress and a denim jacket"),
        D.color("blue", "other_garment_color"),
        D.wearing("a black dress and a jean jacket"),
        B.sleeve_length("long sleeves"),
        D.details("it has a ribbed pattern and buttons down the front", "unsupported"),
        D.description(
            "a black dress that is tight Question: describe the jacket. Answer: it is a blue",
            "leak",
        ),
        B.material("it is made of a black dress", "restated"),
        title="Maternity Ribbed Bodycon Midi Dress Black",
        category="Maternity Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: plus-size model in a navy three-quarter-sleeve tunic with white embroidery round the V-neck, with white
    # jeans; white backdrop, front view.
    # caption and details: adapter
    case(
        "X218-044",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a V-shape neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and white jeans"),
        D.color("white", "other_garment_color"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a V-shape neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter sleeves"),
        B.material("the shirt is made of", "cut"),
        neckline("v neck"),
        title="Plus Size Embroidered Neck Tunic Navy",
        category="Tunics",
        color="Navy",
        gender="Women",
    ),
    # photo: pregnant model in a sage green long-sleeve maternity and nursing wrap dress, midi length, one hand on
    # her bump; white backdrop, front view.
    # no adapter texts
    case(
        "X218-045",
        caption("a pregnant woman in a green dress holding her belly"),
        D.wearing("she is wearing a green wrap dress"),
        D.color("green"),
        nursing("it opens", "non_answer"),
        D.details("it has a tie on the side and a v neck"),
        D.description("he is pregnant and wearing a green dress", "pronoun"),
        B.sleeve_length("long sleeves"),
        title="Maternity & Nursing Wrap Dress Sage",
        category="Maternity Dresses",
        color="Sage",
        gender="Women",
    ),
    # photo: plus-size model in a navy tummy-control swimsuit with white piping at the neckline and straps; white
    # backdrop, front view. The feed row has no color.
    # details and material: adapter
    case(
        "X218-046",
        caption("a woman in a blue swimsuit with white trim"),
        D.wearing("a navy blue swimsuit"),
        D.color("white", "contradiction"),
        is_a("swimsuit", "yes"),
        D.details(
            "The tank shirt is with cotton fabric and pure color patterns. It has a suspenders neckline. The tank "
            "shirt is with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has "
            "a suspenders neckline. The",
            "restated",
            hit_limit=True,
        ),
        B.pattern("solid"),
        title="Plus Size Tummy Control Swimsuit Navy",
        category="Swimwear",
        gender="Women",
    ),
]
