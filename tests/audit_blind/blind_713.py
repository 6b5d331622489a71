"""BLIND_713 (46 products; Myntra women's tops, kurtis and dresses, base BLIP-2 zero-shot): written blind in the
fifty-fourth session. Measured blind at dc30159 (the session's tenth rules): 112/137 failures found (81.8%) and 15/192
correct texts flagged (7.8%). The writer's notes, verbatim:

Scenario: a Myntra-like women's feed of tops, kurtas, kurtis, tunics and dresses (titles, article type, base colour,
gender as styles.csv has them; a few rows lack the colour or the gender). Catalog shots on a white backdrop, front
view, the model wearing the product with leggings, churidars, palazzos, jeans, shorts or skirts, sometimes a dupatta,
a belt, a jacket, a bag, sunglasses or jewellery.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, with the experiments'
questions ("What is she wearing?", "What is the color of the top?", "Describe the kurta.", "What are the kurta
details?", "Is this a kurta?") and the closed attribute questions. Closed answers are enrich's --engine reference (one
candidate picked, never looping, never cut). Captions and open answers are greedy free generation (50 and 30 new
tokens). The base model usually stops on the newline with a short answer; its habits: calling kurtas and tunics
"dress", repeating one color for every garment, giving the product the color of the leggings, the jeans or the
dupatta, inventing pockets, zippers, lace and fabrics, "he" or "a man" for short-haired or cropped models, and now and
then missing the newline, so that it runs on into a loop, is cut at the limit, or writes the next
"Question: ... Answer:" itself.

Labeling conventions and judgement calls:
- Judged against the photo as the comment describes it; where the seller's colour is wrong (a "Brown" kurta that is
  rust), an answer that is right for the photo is correct.
- "top" for a kurti, tunic or kurta is acceptable, and "shirt" or "t-shirt" for a knit top is acceptable (the base
  model's generic words); "dress" for a kurta, kurti or tunic worn over leggings or pants is a contradiction.
- A closed color that picks another worn garment's color is labelled contradiction (the seller's colour contradicts
  it); other_garment_color is kept for captions and open answers that give the product another garment's color.
- An answer that gives another garment (leggings, jeans, shorts) the product's color is a contradiction (one color
  for two garments), not other_garment_color.
- For a Multi product, a closed color that names one of the print's main colors is correct.
- Shades within a family are correct (maroon as red, mustard as yellow, peach as pink, teal or turquoise as blue,
  coral as orange, silver-grey as grey, lavender as purple).
- A fabric the photo plainly shows (denim, satin sheen, sheer chiffon) or the title names is correct; a fabric
  neither shows nor names is unsupported; a fabric the title contradicts is a contradiction.
- Details the photo cannot show (a zipper at the back in a front view) or does not show (pockets, lace, tassels)
  are unsupported.
- A one-word answer, a bare color or the garment's name, or "yes", to an open question is non_answer; an answer that
  says the question back ("the top details are the details of the top", "what is she wearing? a kurta") is restated.
- "he", "his" or "a man" in a text about a women's product is pronoun; "a person" is not a failure.
- A text that runs on into the next "Question: ... Answer:" or starts with "Answer:" is leak, even when the
  answer before it is right; a repeating phrase that fills the limit is loop (hit_limit); a text that stops
  mid-phrase at the limit without repeating is cut (hit_limit). One label per text: the first failure a reader meets.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing


def she(text, failure=None, hit_limit=False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


# the experiments' other color phrasing, free generation
top_color = question("top_color", "What is the top color?", "open")


BLIND_713 = [
    # photo: rust-orange straight kurta with small white block-print motifs, round neck, three-quarter sleeves, worn
    # with white churidar, white backdrop, front view; all texts base BLIP-2 zero-shot
    case(
        "X713-001",
        caption("a woman in an orange kurta and white leggings"),
        she("an orange kurta with white pants"),
        color_of("kurta", "orange"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kurta", "an orange kurta with a white print and a matching dupatta", "unsupported"),
        details(
            "kurta",
            "the kurta has a round neck and three quarter sleeves Question: what is the color of the leggings? "
            "Answer: white",
            "leak",
        ),
        is_a("kurta", "yes"),
        title="Biba Women Printed Orange Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: black sleeveless top with a lace panel at the neckline, blue skinny jeans, hand on hip, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X713-002",
        caption("a woman wearing a black top and blue jeans"),
        she("a black tank top and jeans"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        details("top", "the top is made of silk and has a bow on the back", "unsupported"),
        describe("top", "black", "non_answer"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: knee-length navy and white ikat-print tunic, round neck, short sleeves, over white leggings, brown
    # sandals, white backdrop; base BLIP-2 zero-shot
    case(
        "X713-003",
        caption("a woman in a blue and white dress", "contradiction"),
        she("a blue top with white leggings"),
        Q.garment_type("tunic"),
        Q.pattern("printed"),
        color_of("tunic", "navy blue"),
        details(
            "tunic",
            "the tunic has a round neck, short sleeves and a tribal print all over the front, with white piping along "
            "the neckline and a slit on each side of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        title="Global Desi Women Printed Blue Tunic",
        category="Tunics",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle-green A-line sleeveless kurta with gold print on the yoke, cream palazzos, gold bangles, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X713-004",
        caption("a woman in a green kurta with gold print"),
        she("he is wearing a green kurta and white pants", "pronoun"),
        color_of("kurta", "green"),
        Q.sleeve_length("sleeveless"),
        color_of("pants", "green", "contradiction", kind="open"),
        describe("kurta", "a green kurta with gold print around the neck"),
        details("kurta", "the kurta has gold buttons down the front and two side pockets", "unsupported"),
        title="W Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: white sleeveless shift dress with a navy floral print, nude heels, white backdrop, front view; base
    # BLIP-2 zero-shot
    case(
        "X713-005",
        caption("a woman in a white dress with blue flowers"),
        she(
            "a white dress with blue flowers and a white dress with blue flowers and a white dress with blue "
            "flowers and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.pattern("striped", "contradiction"),
        color_of("dress", "white"),
        details("dress", "the dress has a zipper on the back and pockets on the sides", "unsupported"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "yes"),
        title="Mango Women White Printed Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: solid red short-sleeved peplum top, black trousers, white backdrop; base BLIP-2 zero-shot
    case(
        "X713-006",
        caption("a woman wearing a red top and black pants"),
        she(
            "red top black pants red top black pants red top black pants red top black pants red top black pants red",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "red"),
        color_of("pants", "black", kind="open"),
        describe("top", "a red top with a ruffled waist"),
        details("top", "the top details are the top details", "restated"),
        Q.material("wool", "unsupported"),
        title="Only Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: indigo cotton kurta with white dabu floral print, mandarin collar, button placket, sleeveless, white
    # salwar, white backdrop; base BLIP-2 zero-shot
    case(
        "X713-007",
        caption("a woman wearing a blue kurta with white flowers"),
        she("a blue and white kurta"),
        Q.material("cotton"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details(
            "kurta",
            "the kurta has a mandarin collar, a button placket down the front, white flowers printed all over and a "
            "straight hem that falls just below the",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "white", "contradiction"),
        is_a("kurta", "yes"),
        title="Fabindia Women Cotton Printed Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard sleeveless square-neck top, light blue denim shorts, sunglasses pushed up on the head, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X713-008",
        caption("a woman in a yellow top and denim shorts"),
        she("a yellow top and shorts"),
        color_of("top", "mustard"),
        color_of("shorts", "yellow", "contradiction", kind="open"),
        describe("top", "a yellow top with a square neckline"),
        details("top", "it is made of linen and has a button closure at the back", "unsupported"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Tokyo Talkies Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: short maroon kurti with gold embroidery at the neckline and the sleeve hems, three-quarter sleeves, blue
    # jeans, white backdrop; base BLIP-2 zero-shot
    case(
        "X713-009",
        caption("a woman wearing a maroon top and jeans"),
        she("a red top and blue jeans"),
        color_of("kurti", "maroon"),
        Q.pattern("embroidered"),
        Q.garment_type("kurta"),
        details("kurti", "the kurti has gold embroidery on the neck and mirror work on the sleeves", "unsupported"),
        describe("kurti", "a blue kurti with gold embroidery", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        title="Sepia Women Maroon Kurti",
        category="Kurtis",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy and white horizontally striped long-sleeved boat-neck top, red jeans, white backdrop; base BLIP-2
    # zero-shot
    case(
        "X713-010",
        caption("a woman in a red striped shirt and red pants", "other_garment_color"),
        she("a blue and white striped top and red pants"),
        color_of("top", "navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        details(
            "top",
            "the top has a boat neck and a boat neck and a boat neck and a boat neck and a boat neck and a boat neck "
            "and a",
            "loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Striped Navy Blue Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink flared anarkali kurta with a gold printed border at the hem, sheer full sleeves, pink churidar, gold
    # dupatta over one shoulder, gold jhumkas and a gold necklace, white backdrop; base BLIP-2 zero-shot
    case(
        "X713-011",
        caption("a woman in a pink dress with a gold scarf", "contradiction"),
        she("a pink salwar kameez with a dupatta"),
        color_of("kurta", "pink"),
        color_of("dupatta", "gold", kind="open"),
        describe("kurta", "a gold kurta", "other_garment_color"),
        details(
            "kurta",
            "she is wearing a pink kurta with a gold border and a gold dupatta, gold earrings and a gold necklace and "
            "she is holding the dupatta with her",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Biba Women Pink Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: off-white sheer chiffon long-sleeved blouse over a black camisole, black trousers, white backdrop; base
    # BLIP-2 zero-shot
    case(
        "X713-012",
        caption("a woman wearing a white blouse and black pants"),
        she("a white shirt and black pants"),
        Q.color("black", "contradiction"),
        Q.material("chiffon"),
        Q.sleeve_length("long sleeves"),
        details("top", "the top is sheer and has a black lining"),
        describe("top", "a black top with a white shirt over it", "other_garment_color"),
        title="Remanika Women Off White Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: solid mustard straight kurta with small white buttons at the placket, three-quarter sleeves, white
    # leggings, white backdrop; base BLIP-2 zero-shot
    case(
        "X713-013",
        caption("a woman in a yellow kurta and white leggings"),
        she("yellow", "non_answer"),
        color_of("kurta", "yellow"),
        color_of("leggings", "yellow", "contradiction", kind="open"),
        describe(
            "kurta",
            "a yellow kurta with buttons on the front Question: Describe the leggings. Answer: white leggings",
            "leak",
        ),
        is_a("kurta", "yes"),
        Q.garment_type("kurta"),
        title="Folklore Women Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: sleeveless round-neck mini dress with an abstract print in teal, orange and black, black pumps, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X713-014",
        caption(
            "a woman in a colorful dress standing against a white wall with her hands at her sides and her legs "
            "slightly apart, wearing black high heeled shoes and a dress with a pattern of blue, orange and black "
            "shapes on the front and the",
            "cut",
            hit_limit=True,
        ),
        she("a blue, orange and black dress"),
        Q.pattern("printed"),
        color_of("dress", "blue"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress has a v-neck and a tie at the waist", "unsupported"),
        Q.material("polyester", "unsupported"),
        title="Vero Moda Women Printed Multi Coloured Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: grey melange short-sleeved tee-style top with a pink sequinned heart on the chest, dark blue jeans,
    # white backdrop; base BLIP-2 zero-shot
    case(
        "X713-015",
        caption("a woman wearing a blue t-shirt with a pink heart", "other_garment_color"),
        she("she is wearing a gray shirt with a heart on it"),
        color_of("shirt", "grey"),
        Q.pattern("graphic"),
        details("shirt", "the shirt has a pink heart made of sequins"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe(
            "shirt",
            "a grey shirt with a pink heart on it and a pink heart on it and a pink heart on it and a pink heart on "
            "it and a",
            "loop",
            hit_limit=True,
        ),
        title="Avirate Women Grey Melange Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: off-white kurta with a green and black block print, three-quarter sleeves, red churidar, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X713-016",
        caption("a woman in a white printed kurta and red pants"),
        she("a red kurta and red pants", "other_garment_color"),
        color_of("kurta", "off white"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        details("kurta", "kurta", "non_answer"),
        top_color("red", "other_garment_color"),
        title="Mother Earth Women Off White Printed Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: light blue sleeveless denim top with two flap chest pockets and snap buttons, white jeans, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X713-017",
        caption("a woman wearing a denim shirt and white pants"),
        she("a denim vest and white pants"),
        Q.material("denim"),
        color_of("shirt", "blue"),
        details(
            "shirt",
            "the shirt has two pockets on the chest with flaps, snap buttons down the front, no sleeves and a pointed "
            "collar, and it is worn with white jeans and a",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Lee Women Blue Denim Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: peach chiffon top with cold-shoulder cutouts and short flutter sleeves, white skinny jeans, a tan clutch
    # in hand, white backdrop; base BLIP-2 zero-shot
    case(
        "X713-018",
        caption("a woman in a pink top holding a brown purse"),
        she("a peach top and white jeans"),
        color_of("top", "peach"),
        describe("top", "the top is a top", "restated"),
        details("top", "the top has cut out shoulders and short sleeves"),
        Q.material("cotton", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Jealous 21 Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: turquoise kurta with a white floral print, three-quarter sleeves, white palazzos, white backdrop; base
    # BLIP-2 zero-shot
    case(
        "X713-019",
        caption("a woman in a blue kurta with white flowers and white pants"),
        she("a turquoise kurta and white palazzos"),
        color_of("kurta", "turquoise blue"),
        color_of("pants", "white", kind="open"),
        describe("kurta", "a white kurta with blue flowers", "contradiction"),
        Q.pattern("floral"),
        details("kurta", "the kurta has a lace border at the hem and a tassel tie at the neck", "unsupported"),
        title="Rain & Rainbow Women Blue Printed Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: black long-sleeved knee-length bodycon dress with a thin red belt at the waist, red heels, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X713-020",
        caption("a woman in a black dress with a red belt"),
        she("a red dress", "other_garment_color"),
        color_of("dress", "black"),
        Q.sleeve_length("long sleeves"),
        details(
            "dress",
            "the dress has a red belt at the waist, long fitted sleeves, a round neck and a hem that ends just above "
            "the knee, and she is wearing red",
            "cut",
            hit_limit=True,
        ),
        describe(
            "dress",
            "a black dress with a red belt and red shoes Question: what is the color of the shoes? Answer: red",
            "leak",
        ),
        is_a("dress", "yes"),
        title="Chemistry Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: olive green button-front shirt-style top with roll-up sleeve tabs, beige trousers, white backdrop; base
    # BLIP-2 zero-shot
    case(
        "X713-021",
        caption("a woman wearing a green shirt and khaki pants"),
        she("a green shirt and khaki pants"),
        color_of("shirt", "olive"),
        color_of("pants", "beige", kind="open"),
        details("shirt", "buttons", "non_answer"),
        describe("shirt", "a man in a green shirt and khaki pants", "pronoun"),
        top_color("khaki", "other_garment_color"),
        is_a("shirt", "yes"),
        title="Global Desi Women Olive Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: red kurta with a mustard paisley print, V-neck, three-quarter sleeves, mustard churidar, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X713-022",
        caption("a woman in a red and gold kurta with yellow pants"),
        she("a yellow kurta", "other_garment_color"),
        color_of("kurta", "red"),
        Q.pattern("printed"),
        details(
            "kurta",
            "the kurta has a v-neck, three quarter sleeves and a paisley print, and the kurta has a v-neck, three "
            "quarter sleeves and a paisley print, and the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.material("silk", "unsupported"),
        title="Biba Women Printed Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: blue and white gingham sleeveless top with a collar, white shorts, white backdrop; base BLIP-2 zero-shot
    case(
        "X713-023",
        caption("a woman in a blue and white checkered shirt"),
        she("a blue plaid shirt with a pocket on the chest and white shorts", "unsupported"),
        Q.pattern("checked"),
        color_of("shirt", "blue"),
        details("shirt", "the details of the shirt", "restated"),
        Q.sleeve_length("sleeveless"),
        describe("shirt", "Answer: a blue and white checkered shirt", "leak"),
        title="Scullers For Her Women Checked Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: short-haired model, black short-sleeved top with a white Eiffel Tower and the word PARIS printed in
    # white, blue denim shorts, white backdrop; base BLIP-2 zero-shot
    case(
        "X713-024",
        caption("a man wearing a black t-shirt with the word paris on it", "pronoun"),
        she("a black t-shirt and shorts"),
        color_of("shirt", "black"),
        Q.pattern("graphic"),
        details("shirt", "the shirt has a picture of the eiffel tower and the word paris"),
        describe("shirt", "a black t-shirt with the eiffel tower on it, made of organic cotton", "unsupported"),
        color_of("shorts", "black", "contradiction", kind="open"),
        title="Tantra Women Black Printed Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: sea-green A-line sleeveless kurti with a white leaf print and a V-neck, white leggings, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X713-025",
        caption("a woman in a green and white top"),
        she("a green dress and white leggings", "contradiction"),
        color_of("kurti", "green"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("printed"),
        describe("kurti", "yes", "non_answer"),
        details("kurti", "the kurti has a v neck and a white print of leaves"),
        title="Shree Women Sea Green Printed Kurti",
        category="Kurtis",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model with a short pixie cut in a navy sleeveless tank top, black leather-look pants, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X713-026",
        caption("a man in a blue tank top and black pants", "pronoun"),
        she("a navy blue tank top and black leather pants"),
        color_of("top", "navy blue"),
        color_of("pants", "black", kind="open"),
        details("top", "he is wearing a blue tank top", "pronoun"),
        Q.material("leather", "contradiction"),
        title="Vero Moda Women Navy Blue Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: navy fit-and-flare knee-length dress with white polka dots, cap sleeves, the model holding a straw hat,
    # white backdrop; base BLIP-2 zero-shot
    case(
        "X713-027",
        caption("a woman in a blue polka dot dress holding a hat"),
        she("a polka dot dress"),
        Q.pattern("polka dot"),
        color_of("dress", "navy blue"),
        describe(
            "dress",
            "a blue dress with white polka dots white polka dots white polka dots white polka dots white polka dots "
            "white polka dots white",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the dress has short sleeves, white dots and a zipper at the back", "unsupported"),
        Q.sleeve_length("short sleeves"),
        top_color("white", "other_garment_color"),
        title="Mango Women Navy Blue Polka Dot Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white straight kurta with teal thread embroidery at the neckline, long sleeves, teal churidar, no
    # pockets, white backdrop; base BLIP-2 zero-shot
    case(
        "X713-028",
        caption("a woman in a white kurta and blue pants"),
        she("a white kurta with blue embroidery"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.pattern("embroidered"),
        details("kurta", "it has blue embroidery on the neck and a pocket on the chest", "unsupported"),
        is_a("kurta", "yes"),
        title="W Women Off White Embroidered Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: maroon wrap-style midi dress with a tie at the waist, three-quarter sleeves, nude heels, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X713-029",
        caption("a woman in a maroon dress"),
        she("a burgundy wrap dress"),
        color_of("dress", "maroon"),
        details(
            "dress",
            "the dress has a tie at the waist, a tie at the waist, a tie at the waist, a tie at the waist, a "
            "tie at the",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a purple dress with a belt", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("silk", "unsupported"),
        title="Femella Women Maroon Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: hot-pink racerback training tank with a white Nike swoosh, black leggings, three-quarter view, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X713-030",
        caption("a woman in a pink tank top and black leggings"),
        she("a pink tank top and black leggings"),
        color_of("top", "pink"),
        color_of("leggings", "pink", "contradiction", kind="open"),
        details("top", "nike", "non_answer"),
        Q.material("polyester"),
        describe("top", "Answer: a pink nike tank top", "leak"),
        title="Nike Women Pink Dri-Fit Polyester Tank Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: lemon-yellow kurta with a blue floral print, round neck, short sleeves, blue jeans rolled at the ankle,
    # white backdrop; base BLIP-2 zero-shot
    case(
        "X713-031",
        caption("a woman wearing a yellow kurta and jeans"),
        she("a yellow top and blue jeans"),
        color_of("kurta", "yellow"),
        Q.pattern("floral"),
        describe("kurta", "a yellow kurta with blue flowers and a white lace trim at the hem", "unsupported"),
        color_of("jeans", "yellow", "contradiction", kind="open"),
        details(
            "kurta", "short sleeves and a round neck Question: What is the color of the jeans? Answer: blue", "leak"
        ),
        Q.garment_type("dress", "contradiction"),
        title="Global Desi Women Yellow Printed Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: purple kurta with a silver zari border at the hem and sleeves, keyhole round neck, three-quarter sleeves,
    # silver-grey churidar, purple dupatta with a silver edge, white backdrop; base BLIP-2 zero-shot
    case(
        "X713-032",
        caption("a woman wearing a purple kurta with silver trim and a purple scarf"),
        she("a purple salwar kameez with a dupatta"),
        color_of("kurta", "purple"),
        color_of("pants", "grey", kind="open"),
        details(
            "kurta",
            "the kurta has a silver border on the sleeves and the hem, a keyhole neckline, and a matching dupatta "
            "with a silver border on the edges of the",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "a silver kurta with purple pants", "other_garment_color"),
        is_a("kurta", "yes"),
        title="Biba Women Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: white broderie-anglaise eyelet top with short sleeves, light blue jeans, white backdrop; base BLIP-2
    # zero-shot
    case(
        "X713-033",
        caption("a woman in a white lace top and jeans"),
        she("a white top with blue jeans"),
        color_of("top", "white", kind="open"),
        Q.color("blue", "contradiction"),
        Q.pattern("embroidered"),
        details(
            "top",
            "the top has holes in it and holes in it and holes in it and holes in it and holes in it and holes "
            "in it and",
            "loop",
            hit_limit=True,
        ),
        is_a("blouse", "yes"),
        describe("top", "a white top with a zipper on the back and a blue lining", "unsupported"),
        title="Only Women White Eyelet Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: sleeveless top with a green and pink tropical leaf print on white, black shorts, white backdrop; base
    # BLIP-2 zero-shot; the feed row has no colour
    case(
        "X713-034",
        caption("a woman in a floral top and black shorts"),
        she("she is wearing a green and pink top with leaves"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        details("top", "Question: What are the top details? Answer: the top has", "leak"),
        Q.sleeve_length("sleeveless"),
        title="Vero Moda Women Printed Top",
        category="Tops",
        gender="Women",
    ),
    # photo: rust-orange cotton kurta with tonal kantha running stitch, round neck, three-quarter sleeves, off-white
    # pants, white backdrop (the seller calls it Brown); base BLIP-2 zero-shot
    case(
        "X713-035",
        caption("a woman wearing an orange kurta and white pants"),
        she("an orange kurta"),
        color_of("kurta", "rust"),
        color_of("pants", "orange", "contradiction", kind="open"),
        details("kurta", "these are the details of the kurta", "restated"),
        is_a("kurta", "no", "contradiction"),
        describe("kurta", "an orange kurta with white pants Question: what is the kurta made of? Answer:", "leak"),
        title="Mother Earth Women Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: short baby-pink kurta with white chikankari embroidery, white jeans, photo cropped at the chin, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X713-036",
        caption("a person wearing a pink kurta and white jeans"),
        she("his shirt is pink and his pants are white", "pronoun"),
        color_of("kurta", "pink"),
        Q.pattern("embroidered"),
        describe("kurta", "pink kurta with white embroidery"),
        details("kurta", "white", "non_answer"),
        top_color("white", "other_garment_color"),
        title="Sepia Women Pink Chikan Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: black sleeveless long tunic with a gold zip down the front, black leggings, all-black outfit, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X713-037",
        caption("a woman in a black dress", "contradiction"),
        she("a black tunic with a gold zipper and black leggings"),
        color_of("tunic", "black"),
        color_of("leggings", "black", kind="open"),
        details("tunic", "the tunic has a gold zipper down the front"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("tunic", "a black tunic with gold buttons and gold chains on the shoulders", "unsupported"),
        title="Kraus Women Black Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: lavender blouse with a pleated front and short puff sleeves, white trousers, silver necklace, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X713-038",
        caption("a woman in a purple blouse and white pants"),
        she(
            "a purple top and white pants and a purple top and white pants and a purple top and white pants and a "
            "purple top and",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "lavender"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves"),
        details("blouse", "blouse", "non_answer"),
        Q.material("satin", "unsupported"),
        title="Avirate Women Lavender Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: red short dress with a small white floral print under an open light-blue denim jacket, brown ankle
    # boots, white backdrop; base BLIP-2 zero-shot
    case(
        "X713-039",
        caption("a woman wearing a red floral dress and a denim jacket"),
        she("a red dress and a blue jacket"),
        color_of("dress", "red"),
        describe("dress", "a blue dress with red flowers", "other_garment_color"),
        Q.pattern("floral"),
        details(
            "dress",
            "the dress has small white flowers all over, a round neck and a flared skirt, and she wears a light blue "
            "denim jacket over it with the sleeves",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim", "contradiction"),
        title="Only Women Red Floral Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: teal silk kurta with a soft sheen, mandarin collar, gold buttons, long sleeves, cream churidar, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X713-040",
        caption("a woman in a blue silk kurta"),
        she("a white kurta and white pants", "other_garment_color"),
        Q.material("silk"),
        color_of("kurta", "teal"),
        details(
            "kurta",
            "the kurta has a mandarin collar, gold buttons down the front placket, long sleeves with buttoned cuffs "
            "and a slight shine to the fabric, which looks like",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "the kurta is made of cotton", "contradiction"),
        color_of("pants", "blue", "contradiction", kind="open"),
        title="Fabindia Women Teal Silk Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: white boxy short-sleeved top printed "weekend mood" in black, tucked into a black skirt, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X713-041",
        caption("a woman wearing a white shirt and black skirt"),
        she("a white t-shirt that says weekend and a black skirt"),
        color_of("shirt", "white"),
        color_of("skirt", "black", kind="open"),
        details("shirt", "the shirt says weekend mood and is tucked into the skirt"),
        describe("shirt", "a black shirt", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.material("Answer: cotton Question: What is the color of the skirt? Answer: black", "leak"),
        title="Tokyo Talkies Women White Printed Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy kurta with a white geometric print, three-quarter sleeves, white leggings, white backdrop; base
    # BLIP-2 zero-shot
    case(
        "X713-042",
        caption("a woman in a blue and white kurta"),
        she("what is she wearing? a blue kurta", "restated"),
        color_of("kurta", "navy blue"),
        Q.pattern("printed"),
        describe("kurta", "a kurta", "non_answer"),
        details("kurta", "the kurta has a white geometric print and a hidden pocket on the side", "unsupported"),
        is_a("kurta", "yes"),
        top_color("white", "other_garment_color"),
        title="Aurelia Women Navy Blue Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: coral sleeveless shift dress, a gold statement necklace, gold sandals, white backdrop; base BLIP-2
    # zero-shot
    case(
        "X713-043",
        caption("a woman in an orange dress"),
        she("Answer: an orange dress with a gold necklace", "leak"),
        color_of("dress", "orange"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress has a pleated skirt and a zipper at the side", "unsupported"),
        describe("dress", "a gold dress", "other_garment_color"),
        title="Elle Women Coral Dress",
        category="Dresses",
        color="Orange",
        gender="Women",
    ),
    # photo: white and black striped sleeveless top with a keyhole neck at the front, red skirt, white backdrop; the
    # feed row has no gender
    case(
        "X713-044",
        caption("a woman in a black and white striped top and a red skirt"),
        she("a striped shirt and a red skirt"),
        color_of("top", "white"),
        Q.pattern("striped"),
        color_of("skirt", "red", kind="open"),
        describe("top", "a red top with black and white stripes", "other_garment_color"),
        details("top", "what are the top details? the top has a keyhole neck", "restated"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Globus Striped Sleeveless Top",
        category="Tops",
        color="White",
    ),
    # photo: emerald-green satin cami with thin straps and a cowl neck, tucked into white wide-leg trousers, long hair,
    # white backdrop; base BLIP-2 zero-shot
    case(
        "X713-045",
        caption("a woman wearing a green satin top and white pants"),
        she("he is wearing a green top and white pants", "pronoun"),
        color_of("top", "green"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        details(
            "top",
            "the top has thin straps and a cowl neck, and it is tucked into the white pants which have a wide leg and "
            "a high waist with a",
            "cut",
            hit_limit=True,
        ),
        top_color("white", "other_garment_color"),
        title="Remanika Women Green Satin Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: straight kurta with a patchwork print in red, blue and yellow, three-quarter sleeves, blue churidar,
    # white backdrop; the feed row has no colour
    case(
        "X713-046",
        caption("a woman in a colorful kurta and blue pants"),
        she("a multicolored kurta with blue pants"),
        Q.pattern("printed"),
        color_of("kurta", "red"),
        describe(
            "kurta",
            "a red, blue, yellow, green, red, blue, yellow, green, red, blue, yellow, green, red, blue, yellow, "
            "green, red",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has mirror work on the yoke and tassels on the sleeves", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Biba Women Multi Coloured Printed Kurta",
        category="Kurtas",
        gender="Women",
    ),
]
