"""BLIND_1402 (45 products; Myntra kids' wear, VQA adapter, yes/no garment questions): written blind in the sixty-fourth
session. Measured blind at 4e1890e (the session's fourth rules): 96/102 failures found (94.1%) and 7/193 correct
texts flagged (3.6%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, kurta and lehenga sets, t-shirt and
shorts sets), run through BLIP-2 OPT-2.7b with the VQA LoRA adapter (leoreigoto/Data3_V3_BLIP2_VQA, one epoch, trained
with unmasked labels and no end-of-answer token). The catalog columns are Myntra's: title (productDisplayName, brand
first), category (articleType: Tshirts, Shorts, Dresses, Kurta Sets, Lehenga Choli, Clothing Set, Tops), color
(baseColour) and gender (Boys, Girls, Unisex); one or another column is missing on a few rows, as in the feed. Photos
are the usual catalog shots: a child on a plain light backdrop wearing the product with other clothes, a few flat
lays, one back view, props now and then (a stool, a teddy bear, a tiara).
Who wrote what: every text comes from the same model and adapter, greedy decoding, one generate per prompt, at most 50
new tokens for the caption and 30 for an answer. The job captions with that adapter too (empty prompt), which is why
some captions come back as "Question: ... Answer: ..." transcripts. The questions are "What is the person wearing?",
"What is the color of the garment?", two or three "Is this a ...?" garment questions and one or two more per product
(pattern, sleeve length, material, the details of a garment, the color of a named garment).
Labeling conventions and judgement calls: the adapter says "yes" to most "Is this a ...?" questions (its training
pairs were built from each item's own garment, so nearly all of them were "yes"); a "yes" for a garment the product
is not is marked contradiction even when that garment is in the photo as styling (the t-shirt under a pinafore, the
jacket over a kurta). "Yes" to "Is this a dress?" on a two-piece ethnic set (kurta with bottoms, lehenga with choli)
and a caption calling such a set a dress are marked contradiction; the same for a one-piece anarkali is left
unmarked. A color that belongs to the other clothes in the photo is other_garment_color when given as the product's
color; a named garment given the product's color ("red" shorts under a red polo) is contradiction. Adjacent shades
are accepted (peach/pink, cream/white, mustard/yellow, teal/blue, maroon/burgundy); lavender read as white and a
print's color given for the base color are not. Material is correct when the photo and title bear it out (denim,
velvet, silk on a silk pavadai, "cotton" on a cotton frock) and unsupported when it claims what no photo can show (a
blend, "100%", a lining). Details seen nowhere in a front shot (a zip or bow at the back, a chest pocket the shirt
has not) are unsupported. A pack's color given as one of its garments' colors is left unmarked. A printed tee shot
from its plain back and answered "pure color" is marked contradiction (the title says printed); so are cycling shorts
called leggings, a woven shirt answered "yes" to "Is this a t-shirt?" and "no" to "Is this a kurta?" on an anarkali
kurta. "Yes" to shorts on a frock sold with bloomer shorts is correct (the title says so). Since the adapter never
learned to stop, about a third of the texts run on: loops and "Question: ... Answer: ..." transcripts that ran to
the limit carry hit_limit and are marked loop or leak; cut is kept for texts that ran out mid-sentence without
repeating. A one-word answer that only names the question ("pattern", "garment"), an empty answer and "the shorts
are shorts" are non_answer; an answer that wraps its value in the question's words is restated. One label per text.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color, color_of, details, is_a, material, wearing

Q = BLIND_QUESTIONS

BLIND_1402 = [
    # Photo: boy of about eight, front, navy tee with an orange "ADVENTURE" mountain graphic, grey jogger shorts,
    # white sneakers, light grey backdrop. All texts: BLIP-2 OPT-2.7b + VQA adapter.
    case(
        "X1402-001",
        caption("a young boy wearing a navy blue t-shirt and grey shorts"),
        wearing("a navy tee and grey shorts"),
        color("navy"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.pattern("graphic"),
        gender="Boys",
        title="YK Boys Navy Blue Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: boy in a white tee with thin red breton stripes, mid-blue denim shorts, front. VQA adapter; the caption
    # came back as a question-and-answer transcript.
    case(
        "X1402-002",
        caption(
            "Question: What is the color of the tee? Answer: white Question: What is the color of the shorts? Answer: "
            "denim Question: What is the color of the tee? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "a red and white striped tee with a round neck and short sleeves and a pair of blue denim "
            "shorts with rolled up hems and a",
            "cut",
            hit_limit=True,
        ),
        color("blue", "other_garment_color"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.pattern("striped"),
        gender="Boys",
        title="H&M Boys White & Red Striped Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: boy in a mustard pique polo, collar up a little, beige chino shorts, brown loafers. VQA adapter.
    case(
        "X1402-003",
        caption("a boy in a yellow polo shirt and khaki shorts"),
        wearing("a polo shirt"),
        color("mustard"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve "
            "short-sleeve short-",
            "loop",
            hit_limit=True,
        ),
        material("100% cotton pique", "unsupported"),
        gender="Boys",
        title="Gini and Jony Boys Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: boy in a grey melange tee with a large red and blue Spider-Man print, black track pants. VQA adapter.
    case(
        "X1402-004",
        caption(
            "a boy wearing a grey t-shirt with a spider-man on it and a pair of black pants and a grey "
            "t-shirt with a spider-man on it and a pair of black pants and a grey t-shirt with a",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey tee with a spiderman graphic and black pants"),
        color("red", "contradiction"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.pattern("graphic"),
        gender="Boys",
        title="Marvel by Wear Your Mind Boys Grey Melange Spider-Man Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: boy with shoulder-length curly hair, olive long-sleeve henley with three buttons, blue jeans. VQA adapter.
    case(
        "X1402-005",
        caption("a little girl in a green shirt and jeans", "pronoun"),
        wearing("she is wearing a green henley and jeans", "pronoun"),
        Q.color(
            "olive green Question: What is the color of the tee? Answer: olive green Question: What is the "
            "color of the tee? Answer: olive",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="Allen Solly Junior Boys Olive Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: flat lay on white, two tees side by side: sky blue with a red car print, white with a green dinosaur.
    # No person. VQA adapter.
    case(
        "X1402-006",
        caption("two t-shirts with cars and dinosaurs on them"),
        wearing("tee"),
        color("blue"),
        is_a(
            "t-shirt",
            "yes Question: Is this a t-shirt? Answer: yes Question: Is this a t-shirt? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes", "contradiction"),
        is_a("dress", "no"),
        gender="Boys",
        title="Babyhug Boys Pack of 2 Printed Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: boy mid-stride, black sports tee with neon green side panels, black sports shorts, running shoes.
    # VQA adapter.
    case(
        "X1402-007",
        caption("a young boy in a black shirt and black shorts running"),
        wearing("black tee and black shorts"),
        color("black"),
        is_a("t-shirt", "yes"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        material("polyester"),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Black Rapid-Dry Colourblocked Sports T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: boy in a red polo tucked into navy chino shorts with a brown belt, white sneakers. VQA adapter.
    case(
        "X1402-008",
        caption("a young boy wearing a red polo shirt and blue shorts"),
        wearing(
            "a red polo shirt tucked into a pair of navy blue shorts with a brown leather belt and a pair "
            "of white sneakers with white socks and a",
            "cut",
            hit_limit=True,
        ),
        color("red"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        color_of("shorts", "red", "contradiction"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Red Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: back view of a boy in a teal tee, plain at the back (the typography print is on the front, not seen),
    # dark blue jeans. VQA adapter.
    case(
        "X1402-009",
        caption("the back of a boy wearing a blue t-shirt and jeans"),
        wearing("a teal tee and jeans"),
        Q.color(
            "teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal "
            "teal teal teal teal teal teal teal teal teal teal teal",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color", "contradiction"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        gender="Boys",
        title="Max Boys Teal Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: girl in a pink tee with a sequinned unicorn on the front, light denim skirt, white sandals. VQA adapter.
    case(
        "X1402-010",
        caption("a little girl wearing a pink shirt with a unicorn on it and a denim skirt"),
        wearing("a pink tee and a denim skirt"),
        color("pink"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        details(
            "t-shirt",
            "a unicorn in sequins on the front, short sleeves, round neck, short sleeves, round neck, short sleeves, "
            "round neck, short sleeves, round",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="H&M Girls Pink Sequinned Unicorn Print T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: girl with a short bob, lavender and white tie-dye tee, white cycling shorts. VQA adapter.
    case(
        "X1402-011",
        caption("a young boy in a purple tie dye shirt and white shorts", "pronoun"),
        wearing("a tie dye tee and white shorts"),
        color("white", "other_garment_color"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.pattern("tie dye"),
        gender="Girls",
        title="YK Girls Lavender Tie-Dye Pure Cotton T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: flat lay on white, yellow round-neck tee with a sunflower print across the chest. No gender column in the
    # feed row. VQA adapter.
    case(
        "X1402-012",
        caption("a yellow t-shirt with sunflowers on it"),
        wearing("a t-shirt with sunflowers"),
        color("the color of the garment is yellow", "restated"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        is_a(
            "pair of shorts",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        title="Cherry Crumble Girls Yellow Sunflower Printed T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: girl in a peach woven cotton top with puff sleeves and a round neck, blue jeans. VQA adapter.
    case(
        "X1402-013",
        caption(
            "Question: What is the color of the top? Answer: peach Question: What is the color of the "
            "pants? Answer: denim Question: What cloth is the person wearing? Answer: blouse Question: What "
            "is",
            "leak",
            hit_limit=True,
        ),
        wearing("a top and jeans"),
        color("peach"),
        is_a("blouse", "yes"),
        is_a("dress", "no"),
        Q.sleeve_length("short-sleeve"),
        details("top", "puff sleeves and a round neck"),
        gender="Girls",
        title="Hopscotch Girls Peach-Coloured Puff Sleeves Cotton Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: boy in a plain white tee and navy chino shorts, front. The product is the shorts. VQA adapter.
    case(
        "X1402-014",
        caption("a boy in a white t-shirt and blue shorts"),
        wearing("a white tee and navy shorts"),
        color("white", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        color_of(
            "shorts",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Gini and Jony Boys Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: boy in a grey tee and mid-wash blue denim shorts with whiskering. The product is the shorts. VQA adapter.
    case(
        "X1402-015",
        caption("a boy wearing a grey shirt and denim shorts"),
        wearing("a grey tee and denim shorts"),
        color("blue"),
        is_a("pair of shorts", "yes"),
        is_a("dress", "no"),
        color_of("shorts", "grey", "other_garment_color"),
        Q.material(
            "denim Question: What material is the garment made of? Answer: denim Question: What material is "
            "the garment made of? Answer: denim Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jack & Jones Junior Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: boy in a black tee and charcoal grey sports shorts with an elastic waist, white wall. VQA adapter.
    case(
        "X1402-016",
        caption(
            "a boy wearing a black t-shirt and grey shorts standing in front of a white wall with his hands "
            "at his sides and his feet together and a pair of white sneakers with black laces and a black",
            "cut",
            hit_limit=True,
        ),
        wearing("black tee and grey shorts"),
        color("black", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "no"),
        details("shorts", "the shorts are shorts", "non_answer"),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Charcoal Grey Solid Sports Shorts",
        category="Shorts",
        color="Charcoal",
    ),
    # Photo: boy in a white tee and olive camouflage cargo shorts with flap pockets and a drawstring. VQA adapter.
    case(
        "X1402-017",
        caption(
            "Question: Is this a shorts? Answer: yes Question: Is this a shorts? Answer: yes Question: Is this a "
            "shorts? Answer: yes Question: Is this a shorts? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        wearing("a white tee and camo shorts"),
        color("olive"),
        Q.pattern("camouflage"),
        is_a("pair of shorts", "yes"),
        is_a("dress", "yes", "contradiction"),
        details(
            "shorts",
            "cargo pockets on the side and a drawstring waist and cargo pockets on the side and a drawstring waist and "
            "cargo pockets on the side and a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="YK Boys Olive Green Camouflage Printed Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: boy seated on a wooden stool, yellow tee, shorts with green palm leaves and pink flamingos on white.
    # VQA adapter.
    case(
        "X1402-018",
        caption("a young boy sitting on a stool wearing a yellow shirt and green shorts"),
        wearing("a yellow tee and printed shorts"),
        color("yellow", "other_garment_color"),
        Q.pattern("floral"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        details(
            "shorts",
            "an elastic waist with a drawstring and two side pockets and a print of green palm leaves and pink "
            "flamingos on a white background with a",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Hopscotch Boys Green & White Tropical Printed Cotton Shorts",
        category="Shorts",
        color="Green",
    ),
    # Photo: girl in a white graphic tee and pink denim shorts with a frayed hem and a button fly. VQA adapter.
    case(
        "X1402-019",
        caption("a little girl in a white shirt and pink shorts"),
        wearing("she is wearing a white tee and pink denim shorts"),
        color("pink"),
        is_a("pair of shorts", "yes"),
        is_a("skirt", "yes", "contradiction"),
        details("shorts", "frayed hem and a button"),
        gender="Girls",
        title="H&M Girls Pink Denim Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Photo: flat lay, two pairs of knee-length cycling shorts, one black, one grey melange. VQA adapter.
    case(
        "X1402-020",
        caption("two pairs of black and grey leggings", "contradiction"),
        wearing("shorts"),
        color("black"),
        Q.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        is_a("dress", "no"),
        material("cotton spandex", "unsupported"),
        gender="Girls",
        title="Max Girls Pack of 2 Solid Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: toddler girl in a white frilled top and yellow shorts with small white and blue flowers. VQA adapter.
    case(
        "X1402-021",
        caption(
            "a little girl wearing a white top and yellow shorts with flowers on them and a white top and "
            "yellow shorts with flowers on them and a white top and yellow shorts with flowers on",
            "loop",
            hit_limit=True,
        ),
        wearing("a white top and floral shorts"),
        color("yellow"),
        is_a("pair of shorts", "yes"),
        is_a("dress", "no"),
        color_of("top", "yellow", "contradiction"),
        gender="Girls",
        title="Cute Walk by Babyhug Girls Yellow Floral Print Cotton Shorts",
        category="Shorts",
        color="Yellow",
    ),
    # Photo: toddler girl in a sleeveless red fit-and-flare frock with a white floral print, white shoes. VQA adapter.
    case(
        "X1402-022",
        caption("a little girl in a red dress with flowers"),
        wearing("a red floral dress"),
        color("red"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        gender="Girls",
        title="Babyhug Girls Red Floral Print Fit and Flare Cotton Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: girl in a lavender party frock, sequinned bodice, layered tulle skirt, a silver tiara; front only.
    # VQA adapter.
    case(
        "X1402-023",
        caption("a little girl in a purple dress with a crown on her head"),
        wearing("a princess dress and a crown"),
        color("white", "contradiction"),
        is_a("dress", "yes"),
        is_a("skirt", "yes", "contradiction"),
        material("tulle and satin with a soft cotton lining", "unsupported"),
        details("dress", "sequins on the bodice and a tulle skirt with a satin bow at the back", "unsupported"),
        gender="Girls",
        title="Hopscotch Girls Lavender Embellished Tulle Party Fit and Flare Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: girl holding a teddy bear, navy frock with white polka dots and a white Peter Pan collar, short sleeves;
    # front only. VQA adapter.
    case(
        "X1402-024",
        caption("a little girl holding a teddy bear wearing a blue and white polka dot dress"),
        wearing("a navy polka dot dress with a white collar"),
        color("navy"),
        Q.pattern(
            "polka dot polka dot polka dot polka dot polka dot polka dot polka dot polka dot polka dot polka dot",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "a white collar and a zip at the back", "unsupported"),
        gender="Girls",
        title="YK Girls Navy Blue Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: girl with a short pixie cut, knee-length mustard and white striped shirt dress with a fabric belt.
    # VQA adapter.
    case(
        "X1402-025",
        caption("a young boy in a yellow and white striped shirt", "pronoun"),
        wearing("a yellow striped shirt", "contradiction"),
        color("mustard"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        Q.pattern(
            "striped-striped-striped-striped-striped-striped-striped-striped-"
            "striped-striped-striped-striped-striped-striped-striped-",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Gini and Jony Girls Mustard Yellow Striped Cotton Shirt Dress with Belt",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: girl in a green A-line dress with a small white block print, three-quarter sleeves. VQA adapter.
    case(
        "X1402-026",
        caption("a girl in a green dress"),
        wearing("a green printed dress"),
        Q.color(
            "green Question: What is the color of the dress? Answer: green Question: What is the color of "
            "the dress? Answer: green Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("the pattern of the garment is printed", "restated"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        Q.sleeve_length("medium-sleeve"),
        material("cotton"),
        gender="Girls",
        title="Sangria Girls Green Ethnic Motifs Printed Pure Cotton A-Line Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: girl in a blue denim pinafore dress over a white and navy striped long-sleeve tee, white sneakers, hands
    # on hips. VQA adapter.
    case(
        "X1402-027",
        caption(
            "a little girl wearing a denim pinafore dress over a white and navy striped long sleeve shirt with white "
            "socks and white sneakers standing in front of a white wall with her hands on her hips and her",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim overall dress and a striped shirt"),
        color("white", "other_garment_color"),
        is_a("dress", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        material("denim"),
        gender="Girls",
        title="H&M Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: girl in a peach smocked fit-and-flare frock with flutter sleeves and a ruffled hem. VQA adapter.
    case(
        "X1402-028",
        caption("a little girl in a pink dress standing on a white background"),
        wearing("a pink smocked dress"),
        color("peach"),
        is_a("dress", "yes"),
        is_a(
            "skirt",
            "no Question: Is this a skirt? Answer: no Question: Is this a skirt? Answer: no Question: Is this a skirt?",
            "leak",
            hit_limit=True,
        ),
        details(
            "dress",
            "smocking on the bodice, flutter sleeves, a flared skirt with a ruffled hem and a round neckline with a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cherry Crumble Girls Peach-Coloured Smocked Fit & Flare Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: girl in a white schiffli-embroidered cotton frock with puff sleeves, white sandals, white backdrop.
    # VQA adapter.
    case(
        "X1402-029",
        caption(
            "a little girl wearing a white dress with a white collar and a white dress with a white collar and a white "
            "dress with a white collar and a white dress with a white collar and a white dress with a",
            "loop",
            hit_limit=True,
        ),
        wearing("a white dress"),
        color("white"),
        is_a("dress", "yes"),
        is_a(
            "t-shirt",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        material("cotton"),
        gender="Girls",
        title="Peppermint Girls White Schiffli Embroidered Pure Cotton Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: toddler girl sitting on a white rug, yellow frock with small blue birds, matching bloomer shorts peeking
    # out (the title says the shorts come with it). VQA adapter.
    case(
        "X1402-030",
        caption("a baby girl sitting in a yellow dress"),
        wearing(
            "a yellow dress with little blue birds printed all over it and a pair of yellow shorts under "
            "the dress with a ruffle at the bottom of the",
            "cut",
            hit_limit=True,
        ),
        color("yellow"),
        is_a("dress", "yes"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "no"),
        gender="Girls",
        title="Babyhug Girls Yellow & Blue Printed Cotton Frock With Shorts",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: girl in a long-sleeve maroon velvet party dress with a gold embellished collar. Gender column missing.
    # VQA adapter.
    case(
        "X1402-031",
        caption("a little girl in a red velvet dress with a gold collar"),
        wearing("a maroon dress"),
        color("burgundy"),
        is_a("dress", "yes"),
        is_a("sweater", "yes", "contradiction"),
        material("velvet"),
        Q.sleeve_length(
            "long-sleeve Question: What is the sleeve length of the garment? Answer: long-sleeve Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Mini Klub Girls Maroon Velvet Party Dress with Embellished Collar",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: boy in a cream kurta with a slight sheen, white churidar pyjama, tan mojaris. VQA adapter.
    case(
        "X1402-032",
        caption("a young boy in a white kurta and white pants"),
        wearing("a white kurta pajama"),
        color("white"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("pyjama", "white"),
        material("cotton silk", "unsupported"),
        gender="Boys",
        title="YK Ethnic Boys Cream-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: boy in a yellow kurta and white pyjama with a blue printed Nehru jacket over it (styling, not in the
    # title). VQA adapter.
    case(
        "X1402-033",
        caption("a boy wearing a blue vest over a yellow shirt and white pants"),
        wearing("a kurta and a nehru jacket"),
        color("blue", "other_garment_color"),
        is_a("kurta", "yes"),
        is_a("jacket", "yes", "contradiction"),
        color_of(
            "kurta",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        color_of("pyjama", "yellow", "contradiction"),
        gender="Boys",
        title="Sanwara Boys Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: boy in a navy kurta with white thread embroidery on the collar and placket, white dhoti pants.
    # VQA adapter.
    case(
        "X1402-034",
        caption(
            "Question: What is the color of the kurta? Answer: navy Question: Is this a kurta? Answer: yes "
            "Question: What is the color of the pants? Answer: white Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        wearing("a navy kurta and a dhoti"),
        Q.color(
            "navy blue and white and navy blue and white and navy blue and white and navy blue and white "
            "and navy blue and white and navy",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        details("kurta", "embroidery on the collar and placket"),
        material("silk", "contradiction"),
        gender="Boys",
        title="Jashvi Boys Navy Blue Ethnic Motifs Embroidered Pure Cotton Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: back view of a boy in a green kurta with a small white block print, white pyjama. VQA adapter; the
    # caption came back as a transcript.
    case(
        "X1402-035",
        caption(
            "Question: What is the color of the kurta? Answer: green Question: What is the color of the pants? Answer: "
            "white Question: What is the person wearing? Answer: kurta Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a green kurta and white pajama"),
        color("green"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.pattern("pattern", "non_answer"),
        gender="Boys",
        title="Fabindia Boys Green Printed Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: curly-haired toddler boy in an orange kurta and a white dhoti. VQA adapter.
    case(
        "X1402-036",
        caption("a little girl in an orange kurta and white dhoti", "pronoun"),
        wearing("an orange kurta and a white dhoti"),
        color("orange"),
        Q.garment_type("garment", "non_answer"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of(
            "dhoti",
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Babyhug Boys Orange & White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: girl in a pink printed kurta with gold foil, flared sharara, pink dupatta over one shoulder. VQA adapter.
    case(
        "X1402-037",
        caption("a little girl in a pink indian outfit"),
        wearing("a pink kurta and palazzo pants"),
        color("pink"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        is_a("skirt", "no"),
        material("cotton"),
        gender="Girls",
        title="Biba Girls Pink Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: girl in a mustard lehenga with a gota border, a mustard choli with mirror work, a pink net dupatta.
    # VQA adapter.
    case(
        "X1402-038",
        caption("a little girl in a yellow lehenga"),
        wearing("a yellow lehenga choli"),
        color("yellow"),
        is_a("skirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        details("lehenga", "gota patti border on the hem and mirror work on the choli"),
        color_of("dupatta", "yellow", "contradiction"),
        gender="Girls",
        title="Aarika Girls Mustard Yellow Ready to Wear Lehenga & Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: girl in a long flared teal anarkali kurta with full sleeves, white leggings. VQA adapter.
    case(
        "X1402-039",
        caption("a girl in a long blue dress"),
        wearing("a long teal dress and white leggings"),
        color("teal"),
        is_a("kurta", "no", "contradiction"),
        is_a("dress", "yes"),
        Q.sleeve_length(
            "long-sleeve Question: Is this a kurta? Answer: no Question: What is the sleeve length of the "
            "garment? Answer: long-sleeve Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Bitiya by Bhama Girls Teal Anarkali Kurta with Leggings",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: girl sitting on a white stool, white chikankari kurta and palazzos, a red dupatta draped as styling
    # (not in the title). VQA adapter.
    case(
        "X1402-040",
        caption("a young girl sitting on a stool wearing a white dress and a red scarf", "contradiction"),
        wearing("a white kurta and palazzo pants with a red dupatta"),
        color("red", "other_garment_color"),
        is_a("kurta", "yes"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "white embroidery all over the front"),
        gender="Girls",
        title="YK Ethnic Girls White Chikankari Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl in a magenta silk pattu pavadai (long skirt with a gold zari border) and matching blouse.
    # VQA adapter.
    case(
        "X1402-041",
        caption("a little girl in a pink and gold silk skirt and blouse"),
        wearing("she is wearing a pink silk skirt"),
        color("magenta"),
        is_a("skirt", "yes"),
        is_a("kurta", "yes", "contradiction"),
        material("silk"),
        details("skirt", "gold zari border at the bottom"),
        gender="Girls",
        title="Cutiekins Girls Magenta Silk Pattu Pavadai Lehenga Choli",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: toddler boy in a white tee with a blue car print and navy shorts (a two-piece set). VQA adapter.
    case(
        "X1402-042",
        caption("a little boy in a white shirt and blue shorts"),
        wearing("she is wearing a white tee and navy shorts", "pronoun"),
        color("white"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "yes"),
        is_a(
            "dress",
            "no Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question: Is this a dress?",
            "leak",
            hit_limit=True,
        ),
        color_of("shorts", "white", "contradiction"),
        gender="Boys",
        title="Babyhug Boys White & Navy Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="White",
    ),
    # Photo: boy, hands in pockets, green half-sleeve woven shirt with a palm print (no chest pocket) and beige
    # shorts (a set). Category column missing in the feed row. VQA adapter.
    case(
        "X1402-043",
        caption(
            "a young boy wearing a green shirt with palm trees and beige shorts standing with his hands in his pockets"
        ),
        wearing("a green hawaiian shirt and khaki shorts"),
        color("green"),
        is_a("t-shirt", "yes", "contradiction"),
        is_a("pair of shorts", "yes"),
        Q.pattern("floral"),
        details("shirt", "a collar and buttons down the front and a pocket on the chest", "unsupported"),
        gender="Boys",
        title="Nauti Nati Boys Green & Beige Tropical Printed Shirt with Shorts",
        color="Green",
    ),
    # Photo: girl in a pink tee printed "BE KIND" and grey melange shorts (a set). VQA adapter.
    case(
        "X1402-044",
        caption("a little girl in a pink t-shirt that says be kind and grey shorts"),
        wearing(
            "a pink tee and grey shorts and a pink tee and grey shorts and a pink tee and grey shorts and a pink tee "
            "and grey shorts and a",
            "loop",
            hit_limit=True,
        ),
        color("pink"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "yes"),
        is_a("dress", "", "non_answer"),
        color_of("shorts", "grey"),
        gender="Girls",
        title="Hopscotch Girls Pink & Grey Melange Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Pink",
    ),
    # Photo: toddler girl with pigtails in a grey melange tee with a green dinosaur and "RAWR" in orange letters,
    # blue denim shorts. Unisex product. VQA adapter.
    case(
        "X1402-045",
        caption("a little girl wearing a grey t-shirt with a dinosaur on it"),
        wearing("a grey tee with a green dinosaur and blue shorts"),
        color("grey"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "yes", "contradiction"),
        details(
            "t-shirt",
            "a green dinosaur on the front with the words rawr in orange letters under it and a round neck with a "
            "ribbed collar and short sleeves with",
            "cut",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Mothercare Unisex Kids Grey Melange Dinosaur Printed Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
]
