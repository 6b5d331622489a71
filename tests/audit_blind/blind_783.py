"""BLIND_783 (46 products; older Myntra feed, women's dresses, tops and bottoms, base BLIP-2 zero-shot): written blind
in the fifty-fifth session. Measured blind at f624242 (the session's eighth rules): 112/134 failures found (83.6%) and
8/185 correct texts flagged (4.3%). The writer's notes, verbatim:

Scenario: an older Myntra catalog feed with short product names ("Vero Moda Women Black Dress"), women's dresses,
tops, t-shirts, shirts, jeans, trousers, skirts, shorts, capris, leggings and track pants. Photos are the usual
Myntra product shots: a model on a white backdrop, front or three-quarter view, the product worn with other clothes
(a tank top with the skirt, a tee with the jeans, a tunic over the leggings), sometimes a prop (a bag, a hat).

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, no adapter. The
caption is free generation (50 new tokens); open answers (wearing, description, details, material, and the
experiments' "What is the color of the <garment>?" where a row asks it open) are free generation (30 new tokens);
closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine,
which picks one candidate, so they never loop or stop short. The base model is terse: short noun phrases, lowercase,
no final period. It usually stops on its own, so loops and cuts are rarer than with the old adapters; when it does
not stop it repeats a phrase or lists items until the limit. Its main failures are the dominant or contrasting
garment's color given to the product (the top's color for the jeans), wrong sleeves or pattern, invented details
(pockets, zippers, logos on the back it cannot see), sometimes "a man"/"he" for a woman, and now and then it goes on
writing the "Question: ... Answer:" format.

Labeling conventions and judgement calls:
- other_garment_color: the product is given the color of another thing worn or held in the photo (the top, the
  jeans, a belt, a bag); belts and bags count as "another garment". A hue that matches nothing else in the photo is
  a contradiction instead.
- contradiction: a wrong garment type, hue, sleeve length or pattern for the product itself, against the photo,
  the seller's columns or another text of the same product; a pattern taken from another garment (the striped top
  for a denim skirt) is a contradiction too. Shades within the seller's color group are correct (maroon called red,
  peach called pink, teal called blue, cream called white, khaki called tan); lavender called pink and rust called
  red are not.
- For a Multi product, a closed color that names one of the print's main colors is correct.
- A knit round-neck short-sleeve top sold as Tops and answered "t-shirt", and track pants answered "trousers", are
  correct: the candidate set has no closer type.
- unsupported: a detail or material the photo does not show and the title does not state (a pocket, zipper, logo,
  slit, bow, words on a print; "silk" for a matte cotton skirt). A material that matches what the photo plainly shows
  (denim jeans, lace dress, flannel check shirt, chiffon blouse) is correct.
- non_answer: says nothing about the product: yes/no or a bare color or garment name to describe/details, "it is a
  dress", "the jeans are jeans". A short answer naming the garments to "What is the person wearing?" is correct.
- restated: the answer hands the question's own words back as a statement ("the garment is made of material",
  "the details of the garment are the details of the dress").
- loop: a phrase repeated until the limit (hit_limit set); cut: the text ran to the limit and stops mid-sentence
  without repeating itself (an endless list counts as cut). A text that both leaks the prompt format and stops at the
  limit is labeled leak.
- pronoun: "he", "his" or "a man" for a Women's product, in any text; "she", "a girl", "a woman" are correct.
- One label per text, the one a reader would name first.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case, color_of, is_a

Q = DEFAULT_QUESTIONS

BLIND_783 = [
    # photo: black sleeveless knee-length crepe shift dress, round neck, no collar, black heels, white backdrop,
    # front view. All texts: base model zero-shot (caption/open free, closed by the reference engine).
    case(
        "X783-001",
        caption("a woman in a black dress standing in front of a white wall"),
        Q.wearing("a black dress"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.description("a black dress with a white collar", "unsupported"),
        Q.material("polyester"),
        title="Vero Moda Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: pink sleeveless peplum top over mid-blue skinny jeans, white backdrop, front view; back not visible.
    # All texts: base model zero-shot.
    case(
        "X783-002",
        caption("a woman wearing a pink top and blue jeans"),
        Q.wearing("a pink top and jeans"),
        Q.garment_type("top"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("it is a pink top with a ruffle at the bottom"),
        Q.details("the top has a zipper on the back", "unsupported"),
        title="Tokyo Talkies Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans, plain white t-shirt tucked in, white sneakers, white backdrop, front view; the
    # jeans are not ripped. All texts: base model zero-shot.
    case(
        "X783-003",
        caption("a woman in a white shirt and blue jeans"),
        Q.wearing("a white t-shirt and blue jeans"),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        color_of("jeans", "blue", kind="open"),
        Q.details("the jeans have a hole in the knee", "unsupported"),
        Q.material("denim"),
        title="Levis Women Blue Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: navy-blue A-line dress with a small white floral print, short sleeves, tan sandals, white backdrop,
    # front view. All texts: base model zero-shot.
    case(
        "X783-004",
        caption("a woman in a blue floral dress"),
        Q.wearing("a dress"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a blue dress with white flowers on it"),
        Q.details(
            "a blue dress with white flowers on it and a blue dress with white flowers on it and a blue dress with"
            " white",
            "loop",
            hit_limit=True,
        ),
        Q.material("the garment is made of the material of the garment", "restated"),
        title="Mango Women Printed Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: red A-line cotton midi skirt, black tank top tucked in, black ankle boots, white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X783-005",
        caption("a woman wearing a black top and a red skirt"),
        Q.wearing("a black top and red skirt"),
        Q.garment_type("skirt"),
        Q.color("black", "other_garment_color"),
        Q.description("it is a skirt", "non_answer"),
        Q.material("wool", "unsupported"),
        title="United Colors of Benetton Women Red Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange short-sleeve round-neck jersey top (no pocket), black leggings, white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X783-006",
        caption("a woman in a grey shirt and black leggings"),
        Q.wearing("he is wearing a grey shirt", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        Q.details("the shirt has a pocket on the chest", "unsupported"),
        title="FIG Women Grey Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: beige slim formal trousers with slant side pockets, white shirt tucked in, black belt, brown loafers,
    # white backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-007",
        caption("a woman in a white shirt and white pants standing", "other_garment_color"),
        Q.wearing("a white shirt and khaki pants"),
        Q.garment_type("trousers"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "beige", kind="open"),
        Q.details("the pants have pockets on the side"),
        Q.material("cotton Question: What is the color of the pants? Answer: beige", "leak"),
        title="Allen Solly Woman Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: dark maroon long-sleeve bodycon knee-length dress, no slit, no belt, black heels, white backdrop,
    # three-quarter view. All texts: base model zero-shot.
    case(
        "X783-008",
        caption("a woman in a black dress posing for a photo", "contradiction"),
        Q.wearing("a red dress"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        Q.description(
            "the dress is a tight fitting dress with long sleeves and a round neckline and it is made of a stretchy"
            " material that hugs the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the dress has a slit on the side and a belt", "unsupported"),
        title="ONLY Women Maroon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: light-blue denim shorts with a frayed hem, white crop top, white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X783-009",
        caption("a woman in a white top and denim shorts"),
        Q.wearing("a white top and a denim skirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "light blue", kind="open"),
        Q.details("the shorts have a frayed hem"),
        Q.material("the shorts are made of material", "restated"),
        title="Roadster Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard-yellow wrap top with three-quarter sleeves and a tie at the waist, white trousers, white
    # backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-010",
        caption("a woman wearing a yellow top and white pants"),
        Q.wearing("a yellow shirt and white pants"),
        Q.garment_type("top"),
        Q.color("yellow"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a top", "non_answer"),
        Q.details(
            "the top has a tie at the waist and the sleeves are three quarter length and the neckline is a v neck and"
            " the",
            "cut",
            hit_limit=True,
        ),
        title="Avirate Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black ankle-length leggings under a knee-length white cotton tunic (kurta), white backdrop, front view;
    # the leggings show from the knee down. All texts: base model zero-shot.
    case(
        "X783-011",
        caption("a woman in a white tunic and white leggings", "other_garment_color"),
        Q.wearing("a white tunic"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        color_of("leggings", "black", kind="open"),
        Q.details("the leggings are ankle length"),
        title="Kraus Women Black Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: emerald-green sleeveless halter-neck maxi dress, gold sandals, white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X783-012",
        caption(
            "a woman in a green dress with a green dress with a green dress with a green dress with a green dress with"
            " a green dress with a green dress with a green dress with",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a blue dress", "contradiction"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        Q.description("she is wearing a long green dress"),
        Q.details("the dress has a halter neck and an open back", "unsupported"),
        title="Remanika Women Green Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: white sleeveless top with thin straps and a lace trim at the hem, black skinny jeans, white backdrop,
    # front view. All texts: base model zero-shot.
    case(
        "X783-013",
        caption("a woman in a white top and black pants"),
        Q.wearing("a white blouse and black jeans"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.description("the shirt is white with lace on the bottom"),
        Q.details("lace trim at the hem and thin straps"),
        Q.material("the garment is made of material", "restated"),
        title="Vero Moda Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black mid-calf track capris with a white stripe down each side, pink Puma t-shirt, white sneakers,
    # white backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-014",
        caption("a woman in a pink shirt and black pants"),
        Q.wearing("a pink t-shirt and black pants"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("pink", "other_garment_color"),
        Q.details("the pants have a white stripe down the side"),
        Q.material("silk", "unsupported"),
        title="Puma Women Black Capris",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: navy and white horizontal-striped boat-neck long-sleeve pullover top (no buttons), white jeans, white
    # backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-015",
        caption("a woman wearing a striped shirt and white pants"),
        Q.wearing("he is wearing a blue and white striped shirt and white jeans", "pronoun"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a striped shirt"),
        Q.details("the shirt has buttons on the front", "unsupported"),
        Q.material("no", "non_answer"),
        title="Mango Women Striped Navy Blue Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: skater dress with an aztec/geometric print in orange, teal and black on cream, short sleeves, no belt,
    # black flats, white backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-016",
        caption("a woman wearing a colorful dress"),
        Q.wearing("a dress Question: What is the color of the dress? Answer: orange", "leak"),
        Q.color("orange"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("it is a multi colored dress with a geometric print"),
        Q.details("the dress has a belt at the waist", "unsupported"),
        title="Miss Chase Women Printed Multi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: dark indigo (navy) skinny jeans with a zip fly and button, light grey crew-neck sweater, white backdrop,
    # front view. All texts: base model zero-shot.
    case(
        "X783-017",
        caption("a woman in a grey sweater and blue jeans"),
        Q.wearing("a grey sweater and jeans"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("grey", "other_garment_color"),
        color_of("jeans", "dark blue", kind="open"),
        Q.details("the jeans have a zipper and a button and embroidery on the back pockets", "unsupported"),
        Q.material("the jeans are made of jeans material", "restated"),
        title="Jealous 21 Women Navy Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust-orange flared ankle-length matte cotton skirt with a gold block-printed border, short cream top,
    # white backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-018",
        caption("a woman in a red skirt and a white top", "contradiction"),
        Q.wearing("a long orange skirt"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.description("the skirt is long and orange with gold trim"),
        Q.details(
            "the skirt has a gold border at the bottom and a gold border at the bottom and a gold border at the"
            " bottom and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Biba Women Rust Skirt",
        category="Skirts",
        color="Rust",
        gender="Women",
    ),
    # photo: cream sheer chiffon blouse with short flutter sleeves and a plain round neck (no bow), black pencil
    # skirt, white backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-019",
        caption("a woman in a white blouse and black skirt"),
        Q.wearing("a white shirt and a black skirt"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.description("the blouse is sheer"),
        Q.details("the blouse has a bow at the neck", "unsupported"),
        Q.material("chiffon"),
        title="Elle Women Cream Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: red off-shoulder (bardot) midi dress with a ruffled neckline, no sleeves, nude heels, white backdrop,
    # front view. All texts: base model zero-shot.
    case(
        "X783-020",
        caption("a woman in a red dress"),
        Q.wearing("a woman in a red dress Question: What is the woman wearing? Answer: a red dress", "leak"),
        Q.garment_type("top", "contradiction"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        Q.description("a red dress with a off the shoulder neckline"),
        Q.details(
            "the dress has ruffles on the top and ruffles on the bottom and ruffles on the top and ruffles on the"
            " bottom and",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin", "unsupported"),
        title="Athena Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black cigarette trousers with a pressed front crease, red short-sleeve top, black heels, white
    # backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-021",
        caption("the woman is wearing a red shirt and black pants"),
        Q.wearing("a red shirt and black pants"),
        Q.garment_type("trousers"),
        Q.color("black"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        Q.details("the pants have a crease down the front"),
        Q.material("wool", "unsupported"),
        title="United Colors of Benetton Women Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: olive-green sleeveless shirt-style top with a button placket and one chest pocket, denim shorts, white
    # backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-022",
        caption("a young man in a green shirt and jean shorts", "pronoun"),
        Q.wearing("a green shirt and shorts Question: What is the color of the shorts? Answer: blue", "leak"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        Q.description("a button down green shirt with no sleeves"),
        Q.details("the top has long sleeves rolled up", "contradiction"),
        title="Tokyo Talkies Women Olive Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: light-wash blue bootcut jeans, black fitted top, white backdrop, front view. All texts: base model
    # zero-shot.
    case(
        "X783-023",
        caption("a woman wearing black shirt and jeans"),
        Q.wearing("black shirt and jeans"),
        Q.garment_type("jeans"),
        Q.color("black", "other_garment_color"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.details("the jeans are jeans", "non_answer"),
        Q.material("denim"),
        title="Lee Women Light Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: peach lace shift dress, short sleeves, scalloped hem, white backdrop, front view. All texts: base model
    # zero-shot.
    case(
        "X783-024",
        caption("a woman in a pink lace dress"),
        Q.wearing("he is wearing a pink dress", "pronoun"),
        Q.color("peach"),
        Q.pattern("lace"),
        Q.description(
            "the dress is made of lace and has a scalloped hem and short sleeves and a round neckline and a zipper"
            " at the back and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("Describe the garment. Answer: the dress is pink", "leak"),
        Q.material("lace"),
        title="Sera Women Peach Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: grey woven polyester running shorts with a black waistband, black racerback tank top, white backdrop,
    # front view. All texts: base model zero-shot.
    case(
        "X783-025",
        caption("a woman in black tank top and black shorts", "other_garment_color"),
        Q.wearing("a black tank top and shorts"),
        Q.color("black", "other_garment_color"),
        color_of("shorts", "gray", kind="open"),
        Q.details("they are shorts", "non_answer"),
        Q.material("cotton", "unsupported"),
        title="Nike Women Grey Shorts",
        category="Shorts",
        gender="Women",
    ),
    # photo: white crew-neck t-shirt with a black cat-face graphic (no words), blue jeans, white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X783-026",
        caption("a woman wearing a white t-shirt with a cat on it"),
        Q.wearing("a t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a white shirt with a black cat on it and the words i love cats", "unsupported"),
        Q.details(
            "the cat is black and the cat is black and the cat is black and the cat is black and the cat is black and",
            "loop",
            hit_limit=True,
        ),
        title="Kook N Keech Women Printed White Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: black pleated mini skirt, white blouse tucked in, black loafers, white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X783-027",
        caption("a woman in a white shirt and black skirt"),
        Q.wearing("a black skirt and white shirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        Q.description("a black pleated skirt"),
        Q.details(
            "the skirt has pleats and a pleated skirt with pleats and a pleated skirt with pleats and a pleated skirt"
            " with pleats",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy-blue dress with white polka dots, three-quarter sleeves, a self white belt at the waist, no visible
    # pockets, white backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-028",
        caption("a woman in a blue polka dot dress"),
        Q.wearing("a blue dress with white polka dots"),
        Q.color("navy blue"),
        Q.pattern("polka dot"),
        Q.sleeve_length("three-quarter"),
        Q.details("the dress has a white belt and pockets", "unsupported"),
        Q.material(
            "Question: What material is the garment made of? Answer: polyester Question: What is the pattern of the"
            " garment? Answer: polka",
            "leak",
            hit_limit=True,
        ),
        title="Harpa Women Navy Blue Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: turquoise-blue sleeveless top with a keyhole neckline, white palazzo pants, white backdrop, front view;
    # back not visible. All texts: base model zero-shot.
    case(
        "X783-029",
        caption("a woman in a blue top and white pants"),
        Q.wearing("a blue top and white pants"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("she is wearing a blue top with a keyhole neckline"),
        Q.details(
            "the top has a keyhole at the neck and a button at the back of the neck and the sleeves are cut out at"
            " the shoulders and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("the material of the garment is fabric", "restated"),
        title="Style Quotient Women Blue Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: off-white wide-leg palazzo trousers (plain), navy kurti top with a small white print, white backdrop,
    # front view. All texts: base model zero-shot.
    case(
        "X783-030",
        caption("a woman in a blue shirt and white pants"),
        Q.wearing("a blue tunic and white pants"),
        Q.garment_type("trousers"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        color_of("pants", "white", kind="open"),
        Q.description("white", "non_answer"),
        Q.details(
            "the pants are wide legged and have a high waist and they are white and the top is blue with a white"
            " print and the pants are",
            "cut",
            hit_limit=True,
        ),
        title="W Women Off White Trousers",
        category="Trousers",
        color="Off White",
        gender="Women",
    ),
    # photo: mustard-yellow long-sleeve shirt dress with buttons down the front, brown leather belt, white backdrop,
    # front view. All texts: base model zero-shot.
    case(
        "X783-031",
        caption("a woman in a yellow dress with a brown belt"),
        Q.wearing("a yellow dress"),
        Q.garment_type("dress"),
        Q.color("brown", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("the dress is a yellow shirt dress with buttons down the front"),
        Q.details("yes", "non_answer"),
        title="Mango Women Mustard Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: black cropped top with long sheer mesh sleeves, red high-waisted trousers, white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X783-032",
        caption("a woman in a black top and red pants"),
        Q.wearing("she is wearing a black crop top and red pants"),
        Q.color("red", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a black crop top with sheer sleeves"),
        Q.details(
            "the black top has a black top with a black top with a black top with a black top with a black top with",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        title="Faballey Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: black skinny jeans ripped at both knees, loose white shirt, white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X783-033",
        caption("a woman in a white shirt and black ripped jeans"),
        Q.wearing("white shirt and black jeans"),
        Q.color("black"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        is_a("pair of jeans", "yes"),
        Q.details("the jeans are ripped at the knees"),
        Q.material("denim"),
        title="Pepe Jeans Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: purple jersey wrap dress, v-neck, short sleeves, knee length, silver heels, white backdrop, front view.
    # All texts: base model zero-shot. The feed row has no category.
    case(
        "X783-034",
        caption("a woman in a purple dress"),
        Q.wearing("he is wearing a purple dress and silver shoes", "pronoun"),
        Q.color("purple"),
        Q.description("a purple wrap dress with a v neck"),
        Q.details("the details of the garment are the details of the dress", "restated"),
        Q.material("jersey"),
        title="Vero Moda Women Purple Dress",
        color="Purple",
        gender="Women",
    ),
    # photo: plain bright-yellow crew-neck t-shirt (no logo), blue jeans, white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X783-035",
        caption("a girl in a yellow t-shirt and blue jeans"),
        Q.wearing("a yellow shirt"),
        Q.garment_type("t-shirt"),
        Q.color("orange", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("the garment is a garment", "restated"),
        Q.details("the shirt has a logo on the chest", "unsupported"),
        title="Roadster Women Yellow Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: khaki cotton-twill chino shorts with rolled cuffs, white linen shirt knotted at the waist, white
    # backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-036",
        caption("a woman in a white shirt and tan shorts"),
        Q.wearing("a white shirt and shorts"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.description("a pair of tan shorts Question: Describe the shirt. Answer: a white shirt", "leak"),
        Q.details("shorts", "non_answer"),
        Q.material("denim", "unsupported"),
        title="FIG Women Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: teal-blue sleeveless fit-and-flare dress with a black lace overlay on the bodice, no visible zipper,
    # white backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-037",
        caption("a woman in a blue dress with black lace"),
        Q.wearing("a blue and black dress"),
        Q.color("teal"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("it is a dress", "non_answer"),
        Q.details("the dress has black lace on the top and a zipper on the side", "unsupported"),
        Q.material("lace"),
        title="Besiva Women Teal Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: red and black buffalo-check flannel shirt with two chest pockets, long sleeves, worn open over a black
    # tank top with blue jeans, white backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-038",
        caption("a woman wearing a red plaid shirt over a black tank top"),
        Q.wearing("plaid shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("checked"),
        Q.description(
            "the shirt is red and black plaid with long sleeves and it is open over a black tank top and blue jeans"
            " and the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the shirt is plaid and has a pocket on the chest"),
        Q.material("flannel"),
        title="Only Women Red Checked Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: navy-blue track pants with a white drawstring and white side piping, white Puma logo tee, white
    # backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-039",
        caption("a man in a white t-shirt and blue sweatpants", "pronoun"),
        Q.wearing("a white shirt and blue pants"),
        Q.garment_type("trousers"),
        Q.color("black", "contradiction"),
        Q.description("a pair of sweatpants with a white stripe on the side"),
        Q.details("the pants have a drawstring at the waist and zip pockets", "unsupported"),
        title="Puma Women Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless skater dress with a small red rose print, model holds a red handbag, white backdrop,
    # front view; back not visible. All texts: base model zero-shot.
    case(
        "X783-040",
        caption("a man in a black floral dress holding a red purse", "pronoun"),
        Q.wearing("a black dress with red roses"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.description("the dress is red with black flowers", "contradiction"),
        Q.details("the dress has a zipper on the back", "unsupported"),
        Q.material("it is made of material", "restated"),
        title="Tokyo Talkies Women Black Printed Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: grey washed skinny jeans, mustard knit sweater, white backdrop, front view. All texts: base model
    # zero-shot.
    case(
        "X783-041",
        caption("a woman in a yellow sweater and grey jeans"),
        Q.wearing("a yellow sweater"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("yellow", "other_garment_color"),
        color_of("jeans", "grey", kind="open"),
        Q.details("Question: What are the details of the garment? Answer:", "leak"),
        Q.material("denim"),
        title="Kraus Women Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: lavender woven cotton top with short ruffled sleeves, white jeans, white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X783-042",
        caption("a woman in a purple top and white jeans"),
        Q.wearing("a purple shirt and white jeans"),
        Q.color("pink", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a purple shirt with ruffles on the sleeves"),
        Q.details("he has ruffles on the sleeves", "pronoun"),
        Q.material("cotton"),
        title="Sassafras Women Lavender Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: mid-blue denim button-front mini skirt with front patch pockets, white top with thin black stripes,
    # white backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-043",
        caption("a woman wearing a striped shirt and a denim skirt"),
        Q.wearing("a striped shirt and a jean skirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.description("a denim skirt with buttons down the front"),
        Q.details(
            "the skirt has buttons down the front and pockets on the front and buttons down the front and pockets on"
            " the front and",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Vero Moda Women Blue Denim Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: blue and white ikat-print sleeveless maxi dress without a slit, model holds a straw hat at her side,
    # no belt, white backdrop, front view. All texts: base model zero-shot.
    case(
        "X783-044",
        caption("a woman in a blue and white dress holding a hat"),
        Q.wearing("a long blue and white dress"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "the dress is blue and white with a pattern and a belt and a hat and a pair of shoes and a necklace and a"
            " bracelet and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("the dress has a slit up the side", "unsupported"),
        title="Global Desi Women Blue Printed Maxi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: peach off-shoulder top with long bell sleeves (no bow), blue denim shorts, white backdrop, front view.
    # All texts: base model zero-shot. The feed row has no category.
    case(
        "X783-045",
        caption("a woman in a pink off the shoulder top and denim shorts"),
        Q.wearing("pink top"),
        Q.color("pink"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("off the shoulder top with bell sleeves and a bow on the front", "unsupported"),
        Q.details("the garment has details", "restated"),
        Q.material("polyester Question: Is this a top? Answer: yes", "leak"),
        title="Kraus Women Peach Top",
        color="Peach",
        gender="Women",
    ),
    # photo: olive cargo trousers with side patch pockets, black t-shirt, white sneakers, white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X783-046",
        caption("a woman in a black shirt and green pants"),
        Q.wearing("black t-shirt and green cargo pants"),
        Q.garment_type("trousers"),
        Q.color("black", "other_garment_color"),
        color_of("pants", "green", kind="open"),
        Q.details("they are pants", "non_answer"),
        Q.description(
            "she is wearing green cargo pants with pockets on the sides and a black t-shirt with a black t-shirt with"
            " a black t-shirt",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
]
