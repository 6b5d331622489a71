"""BLIND_589 (46 products; Myntra lingerie/nightwear, base BLIP-2 zero-shot): written blind in the fifty-second session.
Measured blind at 2c3debe (the session's fourth rules): 84/114 failures found (73.7%) and 26/167 correct texts flagged
(15.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's lingerie, loungewear and nightwear (bras, briefs, shapewear, camisoles, baby dolls,
night suits, nightdresses, lounge pants, shorts and tees, robes). Most photos are studio shots on a white backdrop of a
model who wears the product with other clothes (a camisole with jeans, lounge pants with a tee, a robe over a
nightdress); a few are flat lays of multi-packs, one is on a mannequin, some have props (mug, pillow, chair, a
Christmas tree, a bed, a sofa, a window, a pink wall).

Who wrote what: the untuned Salesforce/blip2-opt-2.7b, zero-shot, wrote every text with the 'Question: ... Answer:'
prompt (captions without a prompt). Open answers and captions are greedy free generation (30 new tokens for answers,
50 for captions); closed answers (garment type, color, pattern, sleeve length, the yes/no 'Is this a ...?' and the
closed color_of questions) come from enrich's --engine reference, which picks one candidate, so they never loop or
stop short. The base model mostly answers short and lowercase and stops on the newline, but now and then it rambles
to the token limit, loops on a list of parts, or carries on with a new 'Question: ... Answer:' turn. It grabs the
color of the other garment in the photo (the jeans under a camisole, the tee over the briefs), says 'he' for a female
model, invents padding, wires, pockets and fabrics, and gives a bare word or 'yes' to describe/details questions.

Labeling conventions and judgement calls:
- One label per text, the most salient; a loop or a cut wins over a content error inside it; hit_limit=True on every
  loop, every cut and a leak that ran to the limit.
- Type synonyms counted correct: nightgown/dress for a nightdress or baby doll, tank top/top for a camisole,
  panties/briefs for briefs, boyshorts and shapewear briefs, pajamas for a night suit, bathrobe for a robe. A closed
  type that names the other garment in the photo (robe for the nightdress under it, shirt for the camisole under it)
  or a wrong garment (t-shirt for a nightdress, "yes" to dress/jacket/swimsuit) is a contradiction.
- Shades counted correct: maroon as red, navy/teal as blue, peach/magenta as pink, mauve/lavender as purple, skin or
  nude as beige/tan/nude. "green" for a teal or turquoise-blue product is a contradiction.
- A product's color given as another worn garment's color is other_garment_color; a color taken from a backdrop or
  prop (pink wall, green Christmas tree), a wrong color for a non-product garment, or a single hue for a "Multi" pack
  is a contradiction ("multicolor" for a pack is correct).
- A wrong pattern or sleeve length (striped for a ribbed solid, sleeveless for short sleeves) is a contradiction.
- Invented details (padding, wires, pockets, zips, lace that is not there, a street in a studio shot, a person in a
  flat lay) and a fabric that the title contradicts (silk for satin, nylon for modal, cotton for mesh, denim for
  knit joggers) are unsupported.
- Bare words, "yes", "no", "i don't know" to a describe/details/wearing question, or "they are shorts" for the shorts'
  details, are non_answer; "the X is X"-type answers that only give the question back are restated.
- "he"/"his"/"a man" for the female model is pronoun, even where the garments named are right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_589 = [
    # photo: black floral lace non-padded non-wired bra worn with matching black lace briefs, white backdrop, front
    # view cropped at the hips; all texts by base blip2-opt-2.7b (closed ones via the reference engine)
    case(
        "X589-001",
        caption("a woman wearing a black lace bra and panties"),
        Q.garment_type("bra"),
        Q.color("black"),
        describe("bra", "a black lace bra with padded cups and underwire", "unsupported"),
        is_a("swimsuit", "yes", "contradiction"),
        Q.material("lace"),
        title="Amante Women Black Lace Non-Padded Non-Wired Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay of three plain bikini briefs (pink, grey melange, navy) with white waistbands printed with the
    # Jockey logo, white backdrop, no person; base blip2-opt-2.7b
    case(
        "X589-002",
        caption("two pairs of underwear on a white background", "contradiction"),
        Q.garment_type("briefs"),
        Q.color("multicolor"),
        Q.pattern("striped", "contradiction"),
        describe("briefs", "three pairs of panties in pink, grey and navy blue"),
        details("briefs", "the briefs have a white elastic waistband with the jockey logo on it"),
        title="Jockey Women Pack of 3 Cotton Bikini Briefs",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: plain white cotton camisole (no lace) worn with mid-blue denim shorts, hand on hip, white backdrop;
    # base blip2-opt-2.7b
    case(
        "X589-003",
        caption("a woman in a white tank top and denim shorts"),
        wearing("a white tank top and blue jean shorts"),
        color_of("camisole", "blue", "other_garment_color"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        describe("camisole", "a white camisole with thin straps and lace trim on the neckline", "unsupported"),
        details("camisole", "the camisole details are the details of the camisole", "restated"),
        title="Clovia Women White Solid Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: navy night suit, long-sleeved round-neck pull-on top and full pyjamas, both with a small white star
    # print; the model holds a white mug, white backdrop; base blip2-opt-2.7b
    case(
        "X589-004",
        caption("a woman in blue pajamas holding a cup of coffee"),
        color_of("pajamas", "navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        describe(
            "night suit",
            "a blue pajama set with white stars on the shirt and the pants, the shirt has long sleeves and a round"
            " neck and the pants have an elastic waist and",
            "cut",
            hit_limit=True,
        ),
        details("pajamas", "the pajamas have white stars on them and a button down top with a collar", "unsupported"),
        title="Sweet Dreams Women Navy Blue Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: knee-length pink satin nightdress with spaghetti straps, model against a plain grey studio wall;
    # base blip2-opt-2.7b
    case(
        "X589-005",
        caption("a woman in a pink satin nightgown standing in front of a gray wall"),
        Q.garment_type("nightgown"),
        Q.color("pink"),
        describe(
            "nightdress",
            "a pink satin nightdress Question: What is the length of the nightdress? Answer: knee length",
            "leak",
        ),
        wearing("he is wearing a pink nightgown", "pronoun"),
        Q.material("silk", "unsupported"),
        title="Clovia Women Pink Solid Satin Nightdress",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: grey melange lounge pants with drawstring and side pockets, worn with a white crew-neck t-shirt and
    # white sneakers, three-quarter view, white backdrop; base blip2-opt-2.7b
    case(
        "X589-006",
        caption("a woman in a white t-shirt and gray sweatpants"),
        color_of("pants", "white", "other_garment_color"),
        Q.garment_type("pants"),
        wearing("a white shirt and grey pants"),
        details("pants", "the pants have a drawstring waist and two side pockets"),
        describe("pants", "Question: Describe the pants. Answer: gray sweatpants with a drawstring", "leak"),
        title="Jockey Women Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: maroon satin robe with long wide sleeves, worn open over a black lace-trimmed nightdress, white
    # backdrop; the robe is the product; base blip2-opt-2.7b
    case(
        "X589-007",
        caption("a woman in a black lingerie and a red robe"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("robe"),
        Q.sleeve_length("long sleeves"),
        describe("robe", "a red satin robe with a belt and lace trim on the sleeves", "unsupported"),
        wearing("a black nightgown and a maroon robe"),
        title="Clovia Women Maroon Satin Robe",
        category="Robe",
        color="Maroon",
        gender="Women",
    ),
    # photo: skin-coloured seamless molded T-shirt bra with a tiny center bow, worn with mid-blue jeans, the model's
    # hand in her hair, white backdrop; base blip2-opt-2.7b
    case(
        "X589-008",
        caption("a woman in a white bra and jeans posing for a picture", "contradiction"),
        color_of("bra", "blue", "other_garment_color"),
        Q.garment_type("bra"),
        describe("bra", "a blue bra with molded cups", "other_garment_color"),
        details("bra", "the bra has a small bow in the center and adjustable straps"),
        wearing("she is wearing a bra and jeans", who="she"),
        title="Enamor Women Skin Coloured Solid Padded Wired T-shirt Bra",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: purple hipster briefs worn with a loose grey t-shirt, cropped waist to thighs, white backdrop;
    # base blip2-opt-2.7b
    case(
        "X589-009",
        caption("a woman in a gray shirt and purple underwear"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("briefs"),
        describe("briefs", "the briefs are a pair of briefs", "restated"),
        is_a("pair of shorts", "no"),
        Q.material("cotton"),
        title="Jockey Women Purple Hipster Briefs 1406",
        category="Briefs",
        color="Purple",
        gender="Women",
    ),
    # photo: black modal camisole with lace trim at the neckline, worn with white cotton shorts, white backdrop;
    # base blip2-opt-2.7b
    case(
        "X589-010",
        caption("a woman wearing a black tank top and white shorts"),
        wearing("black tank top and white shorts"),
        color_of("camisole", "white", "other_garment_color"),
        details(
            "camisole",
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace"
            " lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.material("nylon", "unsupported"),
        title="Marks & Spencer Women Black Lace Trim Modal Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: pink and white striped shirt-style night suit, notch collar, button front, chest pocket, long sleeves,
    # full-length pyjamas; model sits on a white stool, white backdrop; base blip2-opt-2.7b
    case(
        "X589-011",
        caption("a woman in pink and white striped pajamas sitting on a stool"),
        Q.pattern("striped"),
        Q.color("pink"),
        describe("pajamas", "the pajamas are striped pink and white with a collar and buttons down the front"),
        wearing(
            "she is wearing pink and white striped pajamas with a collar and buttons down the front and a pocket on"
            " the left side of the chest and a pocket on the",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Sweet Dreams Women Pink & White Striped Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: mid-calf blue cotton nightdress with short sleeves, small white and pink flowers and a ruffled hem,
    # no waist tie, white backdrop; base blip2-opt-2.7b
    case(
        "X589-012",
        caption("a woman in a blue floral dress"),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe(
            "nightdress",
            "a long blue dress with white flowers, a ruffle at the bottom and a tie at the waist",
            "unsupported",
        ),
        wearing("Answer: a blue floral nightgown", "leak"),
        title="Oxolloxo Women Blue Floral Print Cotton Nightdress",
        category="Nightdress",
        color="Blue",
        gender="Women",
    ),
    # photo: white waffle-knit cotton robe, shawl collar, long sleeves, belt tied; the model has a white towel
    # wrapped on her head, white backdrop; base blip2-opt-2.7b
    case(
        "X589-013",
        caption("a woman in a white bathrobe with a towel on her head"),
        Q.color("white"),
        Q.garment_type("robe"),
        wearing("he is wearing a white bathrobe and a towel on his head", "pronoun"),
        details("robe", "yes", "non_answer"),
        Q.material("cotton"),
        title="Bodycare Women White Waffle Cotton Robe",
        category="Robe",
        color="White",
        gender="Women",
    ),
    # photo: red lace push-up bra with no bow, on a headless white mannequin torso, white backdrop;
    # base blip2-opt-2.7b
    case(
        "X589-014",
        caption("a red bra on a mannequin"),
        Q.color("red"),
        Q.garment_type("bra"),
        describe("bra", "a red lace bra with push up cups and a bow in the middle", "unsupported"),
        details(
            "bra",
            "it has a red lace trim and a red lace trim and a red lace trim and a red lace trim and a red lace trim"
            " and",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        title="Hunkemoller Women Red Lace Padded Push-Up Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: black sports bra with pink side panels and pink straps, worn with black leggings; the model holds a
    # clear water bottle, white backdrop; base blip2-opt-2.7b
    case(
        "X589-015",
        caption("a woman in a black and pink sports bra and black leggings holding a water bottle"),
        Q.garment_type("sports bra"),
        Q.color("black"),
        color_of("leggings", "pink", "contradiction"),
        Q.pattern("color block"),
        describe(
            "sports bra",
            "a black sports bra with pink trim on the straps and the band, it has a wide elastic band under the bust"
            " and a racerback design with pink",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a sports bra and leggings", "pronoun"),
        title="Enamor Women Black & Pink Non-Padded Sports Bra SB06",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay of white bikini briefs with a small blue flower print and a plain elastic waistband, white
    # backdrop, no person; base blip2-opt-2.7b
    case(
        "X589-016",
        caption("a pair of white underwear with blue flowers on it"),
        Q.garment_type("panties"),
        Q.color("white"),
        Q.pattern("polka dots", "contradiction"),
        describe("briefs", "a pair of white and blue floral panties with a lace waistband", "unsupported"),
        details("briefs", "no", "non_answer"),
        title="Amante Women White Printed Bikini Briefs",
        category="Briefs",
        color="White",
        gender="Women",
    ),
    # photo: night suit of a grey melange short-sleeved tee with a Mickey Mouse graphic and black-and-white checked
    # capri pyjamas (calf length), white backdrop; base blip2-opt-2.7b
    case(
        "X589-017",
        caption("a woman in a gray mickey mouse shirt and checkered pants"),
        color_of("pants", "grey", "other_garment_color"),
        Q.color("grey"),
        Q.pattern("checked"),
        wearing("a t-shirt with mickey mouse on it and plaid pants"),
        details(
            "night suit",
            "the night suit has a mickey mouse print on the shirt and the shorts are checkered",
            "contradiction",
        ),
        title="Free Authority Women Grey & Black Mickey Mouse Printed Night Suit",
        category="Night suits",
        color="Grey",
        gender="Women",
    ),
    # photo: maroon satin nightdress with a lace yoke, worn under the matching open maroon robe of the set, white
    # backdrop; base blip2-opt-2.7b
    case(
        "X589-018",
        caption("a woman wearing a maroon robe and nightgown"),
        Q.color("maroon"),
        Q.garment_type("robe", "contradiction"),
        describe("nightdress", "the nightdress is a nightdress", "restated"),
        details("nightdress", "lace on the neckline"),
        Q.material("satin"),
        title="Clovia Women Maroon Nightdress with Robe",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: red and black checked flannel pyjama pants with an elastic waist (no pockets), worn with a black tank
    # top, white backdrop; base blip2-opt-2.7b
    case(
        "X589-019",
        caption("a woman in a black tank top and red plaid pajama pants"),
        color_of("pants", "red"),
        Q.pattern("checked"),
        wearing("Question: What is the person wearing? Answer: a black tank top and plaid pants", "leak"),
        describe("pants", "red and black plaid pajama pants with an elastic waist and two side pockets", "unsupported"),
        Q.material("flannel"),
        title="Nite Flite Women Red & Black Checked Flannel Lounge Pants",
        category="Lounge Pants",
        color="Red",
        gender="Women",
    ),
    # photo: peach satin camisole with lace at the neckline, worn with black leggings, white backdrop;
    # base blip2-opt-2.7b
    case(
        "X589-020",
        caption("a woman in a peach top and black leggings"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("top"),
        describe("camisole", "a pink satin camisole with lace trim"),
        wearing("a black camisole", "other_garment_color"),
        details(
            "camisole",
            "the camisole has lace on the neckline and the lace is on the neckline and the lace is on the neckline"
            " and the lace",
            "loop",
            hit_limit=True,
        ),
        title="Clovia Women Peach Satin Lace Camisole",
        category="Camisoles",
        color="Peach",
        gender="Women",
    ),
    # photo: black sheer mesh baby doll with a lace bust and a front slit, matching black thong, model in front of a
    # beige curtain; base blip2-opt-2.7b
    case(
        "X589-021",
        caption("a woman in black lingerie standing in front of a curtain"),
        Q.garment_type("bra", "contradiction"),
        Q.color("black"),
        describe("babydoll", "a black sheer babydoll with a lace bust and a slit in the front"),
        Q.material("cotton", "unsupported"),
        wearing("black lingerie Question: What is the color of the lingerie? Answer: black", "leak"),
        title="N-Gal Women Black Sheer Mesh Babydoll with Thong",
        category="Baby Dolls",
        color="Black",
        gender="Women",
    ),
    # photo: lavender full-coverage minimizer bra with wide straps, worn with grey jersey lounge shorts, white
    # backdrop; base blip2-opt-2.7b
    case(
        "X589-022",
        caption("a woman wearing a purple bra and gray shorts"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("bra"),
        details("bra", "the bra is a bra with straps", "restated"),
        describe(
            "bra",
            "a light purple bra with wide straps and full coverage cups, the cups have a smooth seamless finish and"
            " the band is wide and sits under the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Triumph Women Lavender Non-Padded Minimizer Bra",
        category="Bra",
        color="Lavender",
        gender="Women",
    ),
    # photo: nude high-waist tummy-control shapewear briefs (no zip, no visible grip), worn with a white tee knotted
    # above the waist, white backdrop; base blip2-opt-2.7b
    case(
        "X589-023",
        caption("a woman in a white shirt and a tan girdle"),
        Q.garment_type("panties"),
        Q.color("white", "other_garment_color"),
        describe("shapewear", "high waisted panties"),
        wearing("a girdle"),
        details(
            "shapewear",
            "the shapewear has a silicone grip at the waist and a zipper on the side",
            "unsupported",
        ),
        title="Swee Women Nude High Waist Tummy Control Shapewear Briefs",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: teal shorts night suit, plain teal tank top and teal shorts with a white leaf print; the model sits on a
    # white cube, white backdrop; base blip2-opt-2.7b
    case(
        "X589-024",
        caption("a woman in a green tank top and shorts sitting on a white box", "contradiction"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.garment_type("pajamas"),
        wearing("a tank top and shorts"),
        details("shorts", "the shorts are short", "non_answer"),
        title="Zeyo Women Teal Printed Shorts Night Suit",
        category="Night suits",
        color="Teal",
        gender="Women",
    ),
    # photo: ankle-length white cotton nightdress, long sleeves, embroidered yoke with a short button placket; the
    # model stands next to a wooden chair, white backdrop; base blip2-opt-2.7b
    case(
        "X589-025",
        caption("a woman in a white dress standing next to a wooden chair"),
        Q.sleeve_length("long sleeves"),
        Q.color("white"),
        describe("nightdress", "a long white nightgown with embroidery on the chest and buttons down the front"),
        details("nightdress", "white", "non_answer"),
        wearing("she is wearing a white nightgown and she is holding a wooden chair", "unsupported", who="she"),
        title="Sweet Dreams Women White Embroidered Cotton Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: navy cotton robe with white polka dots and a tie belt, over a white nightdress; the model sits on a bed
    # with white sheets and pillows, a window and a lamp on the nightstand behind; base blip2-opt-2.7b
    case(
        "X589-026",
        caption(
            "a woman in a blue robe with white polka dots sitting on a bed with white sheets and pillows in a bedroom"
            " with a window and a lamp on the nightstand and a",
            "cut",
            hit_limit=True,
        ),
        color_of("robe", "white", "other_garment_color"),
        Q.pattern("polka dots"),
        Q.garment_type("robe"),
        describe("robe", "a navy blue robe with white polka dots and a tie belt"),
        wearing("a robe and a white nightgown"),
        is_a("dress", "yes", "contradiction"),
        title="Dreamz by Pantaloons Women Navy Blue Polka Dot Print Cotton Robe",
        category="Robe",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive knit jogger lounge pants with elastic ankle cuffs and a drawstring, worn with a black sweatshirt
    # and white sneakers, white backdrop; base blip2-opt-2.7b
    case(
        "X589-027",
        caption("a woman in a black sweatshirt and green pants"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("pants"),
        details("pants", "the pants have elastic cuffs at the ankles and a drawstring"),
        wearing("he is wearing a black sweatshirt and green pants", "pronoun"),
        Q.material("denim", "unsupported"),
        title="Puma Women Olive Solid Lounge Joggers",
        category="Lounge Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: flat lay of two plain non-padded cotton bras, one white and one black, regular straps and back hooks,
    # white backdrop, no person; the feed row has no color; base blip2-opt-2.7b
    case(
        "X589-028",
        caption("two bras on a white background"),
        Q.garment_type("bra"),
        describe("bras", "one white bra and one black bra"),
        is_a("bra", "yes"),
        wearing("a woman wearing a bra", "unsupported"),
        details("bras", "the bras have a front closure with a hook and eye and racerback straps", "unsupported"),
        title="Jockey Women Pack of 2 Non-Padded Cotton Bras 1722",
        category="Bra",
        gender="Women",
    ),
    # photo: navy ribbed camisole worn with light-blue jeans; the model sits on a cream sofa holding a coffee cup;
    # base blip2-opt-2.7b
    case(
        "X589-029",
        caption("a woman sitting on a couch holding a cup of coffee"),
        Q.color("light blue", "other_garment_color"),
        wearing("a blue tank top and jeans"),
        describe("camisole", "he is wearing a blue tank top", "pronoun"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        title="Marks & Spencer Women Navy Blue Ribbed Camisole",
        category="Camisoles",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: knee-length yellow nightdress with short sleeves and a large Minnie Mouse print, no pocket, white
    # backdrop; base blip2-opt-2.7b
    case(
        "X589-030",
        caption("a woman in a yellow dress with minnie mouse on it"),
        Q.color("yellow"),
        Q.garment_type("t-shirt", "contradiction"),
        describe(
            "nightdress",
            "a yellow nightdress with a minnie mouse print and a pocket on the front",
            "unsupported",
        ),
        Q.pattern("graphic"),
        wearing("a yellow minnie mouse nightshirt"),
        title="Disney by Sweet Dreams Women Yellow Minnie Mouse Printed Nightdress",
        category="Nightdress",
        color="Yellow",
        gender="Women",
    ),
    # photo: mauve satin night suit, long-sleeved button-down shirt with a chest pocket and white piping, matching
    # long pants, white backdrop; base blip2-opt-2.7b
    case(
        "X589-031",
        caption("a woman in a purple satin pajama set"),
        Q.color("purple"),
        describe("night suit", "Answer: a purple satin shirt with white piping and matching pants", "leak"),
        details(
            "night suit",
            "the night suit has white piping on the collar, the pockets, the cuffs, the collar, the pockets, the"
            " cuffs, the collar, the pockets",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        wearing("purple", "non_answer"),
        title="Clovia Women Mauve Satin Button-Down Night Suit",
        category="Night suits",
        color="Mauve",
        gender="Women",
    ),
    # photo: black cotton boyshorts with a lace waistband, worn with a white triangle bralette, white backdrop;
    # base blip2-opt-2.7b
    case(
        "X589-032",
        caption("a woman in a white bra and black underwear"),
        color_of("boyshorts", "white", "other_garment_color"),
        Q.garment_type("panties"),
        describe("boyshorts", "black boy shorts with a lace waistband"),
        wearing("he's wearing a white bra and black panties", "pronoun"),
        Q.material("cotton"),
        title="Amante Women Black Lace Waist Boyshorts",
        category="Briefs",
        color="Black",
        gender="Women",
    ),
    # photo: magenta wide-leg pyjama pants with a small white flower-and-leaf print and a drawstring, worn with a
    # white tee, mid-stride on a white studio backdrop; base blip2-opt-2.7b
    case(
        "X589-033",
        caption("a woman in pink pants and a white t-shirt"),
        color_of("pants", "white", "other_garment_color"),
        Q.pattern("floral"),
        describe("pants", "wide leg pink pajama pants with a floral print and a drawstring waist"),
        details(
            "pants",
            "The pants are wide leg pants with a floral print. Question: What is the color of the pants? Answer: pink",
            "leak",
        ),
        wearing("a woman in pink pants and a white shirt walking down the street", "unsupported"),
        is_a("skirt", "no"),
        title="Dreamz by Pantaloons Women Magenta Printed Wide Leg Lounge Pants",
        category="Lounge Pants",
        color="Magenta",
        gender="Women",
    ),
    # photo: pink hooded fleece robe with two patch pockets and a belt the model holds in both hands, white
    # backdrop; base blip2-opt-2.7b
    case(
        "X589-034",
        caption("a man in a pink robe holding his belt", "pronoun"),
        Q.garment_type("robe"),
        Q.color("pink"),
        describe("robe", "a pink fluffy robe with a hood"),
        Q.material("fleece"),
        details(
            "robe",
            "the robe has a hood and two front pockets and a belt and a hood and two front pockets and a belt and a"
            " hood and",
            "loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Pink Hooded Fleece Robe",
        category="Robe",
        color="Pink",
        gender="Women",
    ),
    # photo: white non-padded, non-wired bralette with a floral lace overlay and scalloped edges, matching white
    # briefs, the model stands against a pastel pink wall; base blip2-opt-2.7b
    case(
        "X589-035",
        caption("a woman in white lingerie standing in front of a pink wall"),
        Q.color("pink", "contradiction"),
        Q.garment_type("bra"),
        describe("bralette", "a white lace bralette with a scalloped edge"),
        Q.pattern("floral"),
        details("bralette", "the bralette has a padded cup and an underwire for support", "unsupported"),
        wearing("i don't know", "non_answer"),
        title="Hunkemoller Women White Floral Lace Bralette",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: all-red lace bra and briefs set worn by a model, white backdrop; base blip2-opt-2.7b
    case(
        "X589-036",
        caption("a woman in red lingerie"),
        Q.color("red"),
        Q.garment_type("bra"),
        wearing("red", "non_answer"),
        describe("lingerie set", "a red bra and panties set with black lace trim", "unsupported"),
        details("lingerie set", "Question: What are the lingerie set details? Answer: red lace", "leak"),
        title="N-Gal Women Red Lace Lingerie Set",
        category="Lingerie Set",
        color="Red",
        gender="Women",
    ),
    # photo: beige seamless camisole worn under an open light-blue long-sleeved denim shirt, with white jeans,
    # white backdrop; base blip2-opt-2.7b
    case(
        "X589-037",
        caption("a woman in a denim shirt and white pants"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        describe("camisole", "a beige tank top under a denim shirt"),
        wearing("a denim shirt, a beige tank top and white jeans"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Marks & Spencer Women Beige Seamless Camisole",
        category="Camisoles",
        color="Beige",
        gender="Women",
    ),
    # photo: black satin slip nightdress with lace trim at neckline and hem, spaghetti straps, mid-thigh, the model
    # stands by a window in daylight; the feed row has no color; base blip2-opt-2.7b
    case(
        "X589-038",
        caption("a woman in a black slip dress standing by a window"),
        Q.garment_type("dress"),
        Q.color("blue", "contradiction"),
        describe("slip", "a black satin slip with lace trim at the neckline and hem"),
        Q.material("satin"),
        details(
            "slip",
            "the slip has thin spaghetti straps and lace trim at the neckline and the hem, and the fabric is a shiny"
            " satin that falls to the middle of the",
            "cut",
            hit_limit=True,
        ),
        title="Clovia Women Black Satin Slip Nightdress with Lace Trim",
        category="Nightdress",
        gender="Women",
    ),
    # photo: red Christmas night suit, long-sleeved red top with a white reindeer print and red-and-white checked
    # pants; the model stands next to a small green Christmas tree, white backdrop; base blip2-opt-2.7b
    case(
        "X589-039",
        caption("a woman in red pajamas standing next to a christmas tree"),
        Q.color("red"),
        Q.pattern("checked"),
        wearing(
            "red and white christmas pajamas with reindeer on the shirt and reindeer on the pants and reindeer on the"
            " shirt and reindeer on the pants and reindeer",
            "loop",
            hit_limit=True,
        ),
        details(
            "pajamas",
            "the pajamas have a reindeer on the shirt and the pants are green plaid",
            "contradiction",
        ),
        describe("pajamas", "yes", "non_answer"),
        title="Sweet Dreams Women Red Printed Christmas Night Suit",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: short-sleeved grey melange lounge t-shirt with "sleepy" printed in black, worn with navy lounge pants,
    # white backdrop; base blip2-opt-2.7b
    case(
        "X589-040",
        caption("a woman wearing a gray shirt that says sleepy and blue pants"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "a gray t-shirt with the word sleepy on it"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("a gray t-shirt and navy blue pajama pants"),
        title="Jockey Women Grey Melange Typography Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: turquoise-blue lounge shorts with a white palm-tree print, worn with a white camisole, white backdrop;
    # base blip2-opt-2.7b
    case(
        "X589-041",
        caption("a woman in a white tank top and green shorts", "contradiction"),
        color_of("shorts", "white", "other_garment_color"),
        Q.garment_type("shorts"),
        details("shorts", "they are shorts", "non_answer"),
        describe("shorts", "blue shorts with white palm trees on them"),
        Q.material("cotton"),
        title="Zeyo Women Turquoise Blue Palm Print Lounge Shorts",
        category="Lounge Shorts",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: black chiffon kimono robe with a pink and red floral print and wide sleeves, worn open over a black bra
    # and black briefs, no belt, white backdrop; base blip2-opt-2.7b
    case(
        "X589-042",
        caption("a woman in a black floral kimono and black underwear"),
        Q.pattern("floral"),
        Q.color("black"),
        describe("kimono", "a black kimono with pink and red flowers, wide sleeves and a matching belt", "unsupported"),
        wearing("he is wearing a black kimono and a black bra", "pronoun"),
        is_a("jacket", "yes", "contradiction"),
        title="Nite Flite Women Black Floral Print Chiffon Kimono Robe",
        category="Robe",
        color="Black",
        gender="Women",
    ),
    # photo: teal padded sports bra (front view, pads sewn in) worn with grey leggings, white backdrop;
    # base blip2-opt-2.7b
    case(
        "X589-043",
        caption("a woman in a blue sports bra and gray leggings"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("sports bra"),
        describe("sports bra", "a blue sports bra with a racerback and removable pads", "unsupported"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "Question: What is the person wearing? Answer: a sports bra and leggings. Question: What is the color of"
            " the sports",
            "leak",
            hit_limit=True,
        ),
        title="Enamor Women Teal Padded Non-Wired Sports Bra",
        category="Bra",
        color="Teal",
        gender="Women",
    ),
    # photo: flat lay of five plain bikini briefs (black, white, red, navy, pink), white backdrop, no person; the feed
    # row has no gender; base blip2-opt-2.7b
    case(
        "X589-044",
        caption("five pairs of underwear in different colors"),
        Q.garment_type("briefs"),
        Q.color("red", "contradiction"),
        describe("briefs", "a pack of five panties in black, white, red, navy and pink"),
        is_a("bra", "no"),
        details("briefs", "the panties are panties", "restated"),
        title="Jockey Women Pack of 5 Assorted Bikini Briefs",
        category="Briefs",
        color="Multi",
    ),
    # photo: lavender short-sleeved cotton maternity nightdress with a button front for nursing, worn by a pregnant
    # model holding her belly, white backdrop; base blip2-opt-2.7b
    case(
        "X589-045",
        caption("a pregnant woman in a purple nightgown holding her belly"),
        Q.color("purple"),
        Q.garment_type("nightgown"),
        describe(
            "nightdress",
            "a lavender nightgown with buttons down the front for nursing and short sleeves and a round neck, the"
            " nightgown is made of a soft cotton fabric and it falls to the",
            "cut",
            hit_limit=True,
        ),
        details("nightdress", "the nightdress has details", "restated"),
        Q.material("silk", "unsupported"),
        title="Mamma Presto Women Lavender Cotton Maternity Feeding Nightdress",
        category="Nightdress",
        color="Lavender",
        gender="Women",
    ),
    # photo: pink cotton night suit with a small white cat print, short-sleeved top and full-length pyjamas; the model
    # hugs a white pillow, white backdrop; base blip2-opt-2.7b
    case(
        "X589-046",
        caption("a woman in pink pajamas holding a pillow"),
        Q.color("pink"),
        Q.pattern("graphic"),
        wearing("she is wearing pink pajamas with cats on them", who="she"),
        details(
            "pajamas",
            "the pajamas have cats on them and the cats are wearing hats and the cats are wearing hats and the cats"
            " are wearing hats and the cats",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Sweet Dreams Women Pink Cat Print Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
]
