"""BLIND_829 (46 products; Myntra nightwear/innerwear, base BLIP-2 zero-shot): written blind in the fifty-sixth session.
Measured blind at 4c2dc86 (the session's third rules): 89/120 failures found (74.2%) and 19/169 correct texts flagged
(11.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of nightwear, loungewear and innerwear for men and women: night suits, nightdresses,
babydolls, robes, lounge pants, shorts and t-shirts, bras, camisoles, shapewear, briefs, trunks, boxers and
innerwear vests. Catalog shots on a white backdrop: worn by a model (often a torso crop for innerwear, with another
garment on, a tee over lounge pants, a vest over trunks, a bra over shapewear), a few flat lays of multi-packs, a
few props (a pillow, a cushion, a mug, a stool, a bed). Catalog columns are title, category (Myntra article type),
color (Myntra base colour) and gender; a few rows lack one of them.

Who wrote what: every caption and every open answer is the untuned base model, Salesforce/blip2-opt-2.7b loaded
8-bit, no adapter, zero-shot, greedy, prompt "Question: ... Answer:", 30 new tokens for answers and 50 for captions.
Its habits here: short lowercase answers that usually stop at the newline; the most salient garment's color (the
top's) given to the bottoms or to the product; he/she guessed from a cropped torso and sometimes wrong; one-word
answers to "Describe ..." and "What are the ... details?"; "the garment is a garment" restatements; on a few long
descriptions it runs on to the token limit, looping a phrase or cut mid-sentence; now and then it carries on in the
prompt's own format ("... Question: ... Answer: ...") on the same line; it names fabrics and trims it cannot see.
Closed answers (garment_type, color, pattern, sleeve_length, neckline, "Is this a ...?") are the reference engine's
pick of one candidate value, so they are whole, never loop and never stop short; their failures are wrong picks.

Labeling conventions and judgement calls:
- other_garment_color: the product (or, for a night suit, the set) given the color of another garment visible in
  the photo (the tee worn over the lounge pants, the vest over the boxers, the bra over the shapewear); I use it for
  closed color picks as well as open answers. A wrong color that no garment in the photo has is a contradiction.
- contradiction: a wrong color not taken from another garment, a wrong sleeve length, a wrong garment type or a
  wrong yes/no against the photo and the seller's category, a count that the title and the flat lay contradict
  ("a pair of black underwear" for a pack of two), and a caption that gives a non-product garment the product's
  color when the photo shows otherwise.
- unsupported: a detail, prop, backdrop or person's item not in the photo (pockets, slit, lace, a window, slippers),
  and a fabric named with nothing behind it: the title does not state it and the photo cannot show it ("silk" for a
  satin robe whose title says satin, "100% cotton", "spandex", "micro modal"). A fabric the title names, or that the
  photo shows plainly (terry loops, lace, satin sheen, rib knit), is correct.
- non_answer: a one-word color or garment, "yes", or "i don't know" to an open Describe/details/material question.
  A one-word garment ("pajamas", "a robe") to "What is the person wearing?" is a correct answer.
- restated: the question's words handed back ("the shorts are a pair of shorts", "the details of the garment ...").
- pronoun: "he" for a women's product or "she" for a men's; only he/she/his/her are labeled pronoun.
- loop and cut always ran to the token limit (hit_limit=True); a loop that also repeats a right description is
  labeled loop only, and a cut answer whose words before the cut are right is labeled cut only.
- leak: the answer carries on with "Question:" or "Answer:" text, whether or not the words around it are right.
- Near shades count as right (maroon read as red, navy as blue, teal as blue, skin as beige or nude, grey melange as
  grey), and so do close synonyms of the seller's category (tank top for an innerwear vest or camisole, nightgown for
  a nightdress or babydoll, underwear or boxer briefs for trunks, pajamas for a night suit, t-shirt for a sleeved
  innerwear vest). For a multi-pack in several colors, naming one of the pack's colors is right.
- Garment words: "shorts" is right for boxer shorts and wrong for briefs ("Is this a pair of shorts?" yes for a
  pack of briefs is a contradiction); a closed pick of another garment in the photo ("tank top" for trunks worn
  under a vest, "yes" to "Is this a bra?" for shapewear worn with a bra) is a contradiction with the seller's type.
- Shades across a color group are wrong: mustard picked as "orange", maroon picked as "purple" are contradictions.
- The set asks one question of its own, a closed neckline question ("What is the neckline of the garment?").
- I read the first lines of the corpus's DEVELOPMENT set (one example case) by accident while reading the helpers.
- A print's ground color is right even when the seller's color names the print's color (a white nightdress with
  blue flowers answered "white" for a seller's "Blue").
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS
D = DEFAULT_QUESTIONS
neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_829 = [
    # photo: woman, full length, front view, pink short-sleeve round-neck top with small white hearts and matching
    # pink heart-print pyjama pants, white backdrop, barefoot. All open texts by the base model, zero-shot.
    case(
        "X829-001",
        caption("a woman in pink pajamas with hearts on them"),
        Q.garment_type("pajamas"),
        Q.color("pink"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short sleeves"),
        D.description("a pink pajama set with white hearts"),
        Q.material("silk", "unsupported"),
        title="Sweet Dreams Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: man, full length, grey melange drawstring lounge pants with two side pockets, navy blue crew-neck tee,
    # barefoot, white backdrop. Base model, zero-shot.
    case(
        "X829-002",
        caption("a man in a blue t-shirt and grey sweatpants"),
        color_of("pants", "grey"),
        wearing("a blue shirt and blue pants", "other_garment_color", who="he"),
        describe("pants", "the pants are blue with a drawstring waist", "other_garment_color"),
        details("pants", "the pants details are the pants", "restated"),
        is_a("pair of pants", "yes"),
        title="Jockey Men Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: torso crop of a woman, hands on hips, black padded t-shirt bra with thin straps and smooth molded cups,
    # nothing else visible, white backdrop. Base model, zero-shot.
    case(
        "X829-003",
        caption("a woman in a black bra with her hands on her hips"),
        Q.garment_type("bra"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        wearing("he is wearing a black bra", "pronoun", who="she"),
        D.details("it has a front closure and lace trim", "unsupported"),
        Q.material("cotton", "unsupported"),
        title="Enamor Women Black Padded T-shirt Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay, no person: two trunks side by side, one navy blue and one grey melange, both with a white
    # waistband printed "JOCKEY" in black, white background. Base model, zero-shot.
    case(
        "X829-004",
        caption("two pairs of underwear on a white background"),
        Q.garment_type("underwear"),
        Q.color("blue"),
        Q.pattern("solid"),
        D.description("a pair of black underwear with a white waistband", "contradiction"),
        D.details("yes", "non_answer"),
        title="Jockey Men Pack of 2 Trunks",
        category="Trunk",
        color="Multi",
        gender="Men",
    ),
    # photo: woman, full length, knee-length sleeveless purple nightdress with a small white floral print and a tiny
    # bow at the neckline, white backdrop. Base model, zero-shot.
    case(
        "X829-005",
        caption("a woman in a purple nightgown with white flowers"),
        color_of("nightgown", "purple"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("she is wearing a purple nightgown and a white robe", "unsupported", who="she"),
        describe(
            "nightgown",
            "the nightgown is purple with white flowers and a bow at the neckline and a bow at the neckline and a bow"
            " at the neckline and a bow at the",
            "loop",
            hit_limit=True,
        ),
        title="Nite Flite Women Purple Printed Nightdress",
        category="Nightdress",
        color="Purple",
        gender="Women",
    ),
    # photo: man cropped at the neck, white ribbed sleeveless vest over blue-and-white checked woven boxers with an
    # elastic waistband and a button fly, white backdrop. Base model, zero-shot.
    case(
        "X829-006",
        caption("a man in a white tank top and plaid shorts"),
        Q.garment_type("underwear"),
        Q.pattern("checked"),
        Q.color("white", "other_garment_color"),
        details("shorts", "the shorts have a button fly and an elastic waistband"),
        Q.material("the shorts are made of 100% cotton", "unsupported"),
        wearing("he is wearing a white tank top and blue and white plaid boxer shorts", who="he"),
        title="Marks & Spencer Men Pack of 3 Checked Boxers",
        category="Boxers",
        color="Multi",
        gender="Men",
    ),
    # photo: woman, waist-up, black spaghetti-strap camisole with lace trim at the neckline, tucked into blue
    # denim jeans, white backdrop. Base model, zero-shot.
    case(
        "X829-007",
        caption("a woman wearing a black lace top and jeans"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        describe("top", "it's a black camisole with lace trim"),
        details("top", "Question: What are the top details? Answer: lace trim", "leak"),
        title="Bwitch Women Black Lace Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: man, thigh-up, white rib-knit sleeveless innerwear vest with a round neck, dark grey track pants,
    # white backdrop. Base model, zero-shot.
    case(
        "X829-008",
        caption("a man in a white tank top and grey pants"),
        color_of("tank top", "white"),
        wearing("she is wearing a white tank top", "pronoun"),
        describe("vest", "a white ribbed vest with a round neck"),
        Q.material("ribbed cotton"),
        is_a("vest", "yes"),
        title="Jockey Men White Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman, full length, navy blue jersey lounge pants with a white side stripe down each leg, light pink
    # crew-neck tee, white sneakers, white backdrop. Base model, zero-shot.
    case(
        "X829-009",
        caption("a woman in a pink shirt and pink pants", "other_garment_color"),
        color_of("pants", "navy blue"),
        describe("pants", "pink pants with white stripes on the side", "other_garment_color"),
        details("pants", "the pants have a white stripe on the side"),
        Q.pattern("solid"),
        Q.material("polyester", "unsupported"),
        title="Jockey Women Navy Blue Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman sitting on a white stool, blue-and-white checked full-sleeve button-front pyjama shirt with a
    # white piped collar and no pocket, matching checked pyjama pants, white backdrop. Base model, zero-shot.
    case(
        "X829-010",
        caption("a woman sitting on a chair in blue and white plaid pajamas"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.color("blue"),
        wearing("pajamas", who="she"),
        D.details("the shirt has a collar and buttons down the front and a pocket on the chest", "unsupported"),
        D.description("blue and white plaid pajamas with white trim"),
        title="Slumber Jill Women Blue Checked Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: man, full length, maroon short-sleeve crew-neck jersey tee and maroon-and-grey striped pyjama pants,
    # white backdrop. Base model, zero-shot.
    case(
        "X829-011",
        caption("a man in a red shirt and striped pants"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.garment_type("pajamas"),
        wearing("he is wearing a red shirt and striped pajama pants", who="he"),
        describe(
            "shirt",
            "a red t-shirt with a round neck and short sleeves and a red t-shirt with a round neck and short sleeves"
            " and a red t-shirt",
            "loop",
            hit_limit=True,
        ),
        Q.material("flannel", "unsupported"),
        title="Hanes Men Maroon Striped Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman, full length, grey melange terry-towelling robe, knee length, long sleeves, two patch pockets,
    # belt tied at the waist, bare legs, white backdrop. Base model, zero-shot.
    case(
        "X829-012",
        caption("a woman in a white bathrobe", "contradiction"),
        Q.garment_type("robe"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        Q.material("terry cloth"),
        D.details("it has a belt and two pockets"),
        wearing("a robe", who="she"),
        title="Marks & Spencer Women Grey Melange Towelling Robe",
        category="Robe",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: flat lay, no person: three folded briefs, red, black and royal blue, each with a printed waistband,
    # white background. The feed row has no color. Base model, zero-shot.
    case(
        "X829-013",
        caption("three pairs of underwear in different colors"),
        Q.color("red"),
        Q.garment_type("underwear"),
        describe("briefs", "blue", "non_answer"),
        details(
            "briefs",
            "the briefs have a red waistband with a black logo and a red waistband with a black logo and a red"
            " waistband with",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes", "contradiction"),
        title="VIP Men Pack of 3 Assorted Briefs",
        category="Briefs",
        gender="Men",
    ),
    # photo: woman, thigh-up, red sheer chiffon babydoll with red lace cups, spaghetti straps and a flared hem, no
    # belt, white backdrop. Base model, zero-shot.
    case(
        "X829-014",
        caption("a woman in a red lingerie dress"),
        Q.color("red"),
        Q.garment_type("swimsuit", "contradiction"),
        Q.sleeve_length("sleeveless"),
        D.details("the garment has details", "restated"),
        wearing("a red dress with a black belt", "unsupported", who="she"),
        Q.material("lace and chiffon"),
        title="Clovia Women Red Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Red",
        gender="Women",
    ),
    # photo: man, thigh-up, olive green short-sleeve crew-neck tee with a small logo on the left chest, black
    # lounge shorts, white backdrop. Base model, zero-shot.
    case(
        "X829-015",
        caption("a man in a green t-shirt and black shorts"),
        Q.color("olive"),
        describe("t-shirt", "black t-shirt", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "the t-shirt has a small logo on the chest"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        neckline("round neck"),
        title="Jockey Men Olive Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, bust to knee, nude high-waist shaping shorts from under the bust to mid-thigh, black bra above,
    # white backdrop. Base model, zero-shot.
    case(
        "X829-016",
        caption("a woman in a black bra and beige shorts"),
        Q.color("black", "other_garment_color"),
        is_a("bra", "yes", "contradiction"),
        D.description("a beige high waisted shaper that goes from under the bust to the thighs"),
        wearing("she is wearing a black bra and black shorts", "other_garment_color", who="she"),
        Q.material("spandex", "unsupported"),
        title="Inner Sense Women Nude Seamless Shaping Shorts",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: man, full length, navy blue knee-length drawstring shorts with side pockets, white crew tee with a small
    # navy logo, white backdrop. Base model, zero-shot.
    case(
        "X829-017",
        caption("a man in a white shirt and blue shorts"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "the shorts are shorts", "restated"),
        describe("shorts", "navy blue shorts with a drawstring waist and side pockets"),
        wearing("she is wearing a white shirt and blue shorts", "pronoun", who="he"),
        Q.pattern("solid"),
        title="U.S. Polo Assn. Men Navy Blue Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman holding a white pillow, mustard-yellow knee-length short-sleeve nightshirt with a grey teddy bear
    # print and the words "SLEEPY HEAD" on the front, grey trim at neck and sleeves, white backdrop. Base model.
    case(
        "X829-018",
        caption("a woman in a yellow nightgown holding a pillow"),
        Q.pattern("graphic"),
        Q.color("orange", "contradiction"),
        Q.sleeve_length("short sleeves"),
        D.details(
            "it has a teddy bear on the front with the words sleepy head written in grey letters above it and a grey"
            " trim around the neck and the sleeves and",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Sweet Dreams Women Yellow Printed Cotton Nightdress",
        category="Nightdress",
        color="Yellow",
        gender="Women",
    ),
    # photo: man, navel to thigh, chocolate brown trunks with a black waistband printed "Levi's" in white, white
    # backdrop. Base model, zero-shot.
    case(
        "X829-019",
        caption("a man in brown underwear"),
        Q.color("brown"),
        Q.garment_type("underwear"),
        D.details("Answer: the waistband is black with the levi's logo", "leak"),
        D.description("black underwear", "contradiction"),
        wearing(
            "he is wearing a pair of brown boxer briefs and a pair of brown boxer briefs and a pair of brown boxer"
            " briefs and a pair of",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Levis Men Brown Trunks",
        category="Trunk",
        color="Brown",
        gender="Men",
    ),
    # photo: woman, full length, lavender v-neck short-sleeve tee with "good vibes" in white script, grey jogger
    # pants, white backdrop. Base model, zero-shot.
    case(
        "X829-020",
        caption("a woman in a purple shirt that says good vibes"),
        color_of("shirt", "purple"),
        describe("shirt", "the shirt is grey with white writing", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.material("i don't know", "non_answer"),
        wearing("a purple shirt and grey sweatpants", who="she"),
        neckline("round neck", "contradiction"),
        title="Ether Women Lavender Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, thigh-up, black sleeveless vest with a deep round neck, no pocket, light blue denim jeans, white
    # backdrop. Base model, zero-shot.
    case(
        "X829-021",
        caption("a man in a black tank top and black jeans", "contradiction"),
        Q.color("black"),
        Q.garment_type("tank top"),
        wearing("a black tank top and blue jeans", who="he"),
        D.details("the tank top has a pocket on the chest", "unsupported"),
        is_a("vest", "no", "contradiction"),
        title="Rupa Men Pack of 2 Black Vests",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: woman, bust to hip, skin-tone seamless molded bra with wide straps and matching nude briefs, white
    # backdrop. Base model, zero-shot.
    case(
        "X829-022",
        caption("a woman in a nude bra and panties"),
        Q.color("beige"),
        color_of("bra", "white", "contradiction", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("bra", "it is a bra", "restated"),
        details("bra", "no", "non_answer"),
        title="Triumph Women Skin Seamless Bra",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: man, full length, red-and-navy tartan brushed flannel pyjama bottoms with a button fly and elastic waist,
    # grey crew-neck sweatshirt, barefoot, white backdrop. Base model, zero-shot.
    case(
        "X829-023",
        caption("a man in a grey sweater and plaid pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("checked"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        Q.material("flannel"),
        details("pants", "button fly and an elastic waist"),
        wearing("he is wearing a grey shirt and red plaid pajama pants", who="he"),
        title="Marks & Spencer Men Red Checked Flannel Pyjama Bottoms",
        category="Lounge Pants",
        color="Red",
        gender="Men",
    ),
    # photo: woman sitting cross-legged on a white bed, mint green sleeveless round-neck top with white polka dots
    # and matching mint shorts, white wall behind. Base model, zero-shot.
    case(
        "X829-024",
        caption("a woman sitting on a bed in a green polka dot top and shorts"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.color("green"),
        wearing("he is wearing a green top and shorts", "pronoun", who="she"),
        D.details("the top has white polka dots and a round neck"),
        D.description("Question: Describe the garment. Answer: a green polka dot top and shorts", "leak"),
        title="Sweet Dreams Women Green Polka Dot Shorts Night Suit",
        category="Night suits",
        color="Green",
        gender="Women",
    ),
    # photo: woman, full length, maroon satin slip nightdress, midi length, thin straps, V-neck with black lace trim,
    # no slit, white backdrop. Base model, zero-shot.
    case(
        "X829-025",
        caption("a woman in a red satin nightgown standing in front of a window", "unsupported"),
        Q.color("purple", "contradiction"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        D.details("the nightgown has black lace trim at the neckline"),
        describe("nightgown", "a long red dress with a slit", "unsupported"),
        Q.pattern("solid"),
        title="Amante Women Maroon Satin Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: man cropped from the chest down, navy woven boxer shorts with a small white anchor print and a button
    # fly, white crew tee, front view only, white backdrop. Base model, zero-shot.
    case(
        "X829-026",
        caption("a man in a white shirt and blue shorts with anchors on them"),
        Q.pattern("printed"),
        Q.color("white", "other_garment_color"),
        describe("shorts", "the shorts are blue with white anchors"),
        details("shorts", "the shorts have a button fly and two pockets on the back", "unsupported"),
        Q.garment_type("shorts"),
        title="Jockey Men Navy Printed Boxer Shorts",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, full length, peach jersey shorts with white piping and a white drawstring, white tank top,
    # white backdrop. Base model, zero-shot.
    case(
        "X829-027",
        caption("a woman in a white tank top and pink shorts"),
        color_of("shorts", "white", "other_garment_color"),
        describe("shorts", "peach shorts with white trim and a drawstring"),
        wearing("she is wearing a white tank top and white shorts", "other_garment_color", who="she"),
        Q.material("linen", "unsupported"),
        title="Hanes Women Peach Lounge Shorts",
        category="Lounge Shorts",
        color="Peach",
        gender="Women",
    ),
    # photo: man, side view, charcoal jogger-style lounge pants with cuffed ankles and a drawstring, white tee with
    # a small chest print, white backdrop. Base model, zero-shot.
    case(
        "X829-028",
        caption("a man in a white t-shirt and dark grey pants"),
        Q.color("grey"),
        details("pants", "the pants have cuffs at the ankles and a drawstring at the waist"),
        is_a("pair of jeans", "yes", "contradiction"),
        describe("pants", "the pants are the pants that the man is wearing", "restated"),
        Q.material("wool", "unsupported"),
        title="Hanes Men Charcoal Jogger Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat lay, no person: two plain camisoles with adjustable straps, one white and one light pink, no lace,
    # white background. The feed row has no gender. Base model, zero-shot.
    case(
        "X829-029",
        caption("two white and pink tank tops on a white background"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        D.description("two tank tops, one white and one pink, with thin straps"),
        D.details("lace trim at the neckline", "unsupported"),
        title="Marks & Spencer Women Pack of 2 Camisoles",
        category="Camisoles",
        color="White",
    ),
    # photo: woman, full length, sky blue short-sleeve top with a large Minnie Mouse print, navy pyjama pants with
    # small white polka dots, white backdrop. Base model, zero-shot.
    case(
        "X829-030",
        caption("a woman wearing a blue pajama set with a cartoon character on it"),
        color_of("pants", "light blue", "other_garment_color"),
        Q.pattern("graphic"),
        describe(
            "top",
            "a blue t-shirt with minnie mouse on the front and she is wearing navy blue pants with white polka dots on"
            " them and she is standing with her",
            "cut",
            hit_limit=True,
        ),
        wearing("pajamas", who="she"),
        Q.material("yes", "non_answer"),
        title="Disney by Clt.s Women Blue Minnie Mouse Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: man, torso crop, grey melange trunks with a navy waistband carrying a small logo, white ribbed vest on
    # top, white backdrop. Base model, zero-shot.
    case(
        "X829-031",
        caption("a man in a white tank top and white underwear", "other_garment_color"),
        Q.color("grey"),
        Q.garment_type("tank top", "contradiction"),
        wearing("a white tank top and grey boxer briefs", who="he"),
        D.details("underwear", "non_answer"),
        Q.material("micro modal", "unsupported"),
        title="Van Heusen Men Grey Melange Trunks",
        category="Trunk",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, full length, white lounge pants with a pink and green floral print, white drawstring and slanted
    # side pockets, plain black tank top, white backdrop. Base model, zero-shot.
    case(
        "X829-032",
        caption("a woman in a black top and floral pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        describe("pants", "white pants with pink and green flowers"),
        details(
            "pants",
            "the pants have an elastic waistband with a white drawstring tied in a bow at the front and two slanted"
            " pockets on the sides of the",
            "cut",
            hit_limit=True,
        ),
        wearing("a black tank top and floral pants Question: What is the color of the pants? Answer: white", "leak"),
        title="Dreamz by Pantaloons Women Multicoloured Printed Lounge Pants",
        category="Lounge Pants",
        color="Multi",
        gender="Women",
    ),
    # photo: man holding a white mug, navy-and-green tartan long-sleeve button-down pyjama shirt with a notched collar
    # and navy piping, matching trousers, white backdrop. Base model, zero-shot.
    case(
        "X829-033",
        caption("a man in red plaid pajamas holding a mug", "contradiction"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        Q.color("navy blue"),
        details("shirt", "the shirt has a collar and buttons down the front"),
        wearing("she is wearing a plaid pajama set", "pronoun", who="he"),
        D.description("pajamas", "non_answer"),
        title="Marks & Spencer Men Navy Checked Pyjama Set",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, three-quarter view, black racerback sports bra with a wide elastic under-band, grey leggings,
    # white backdrop. Base model, zero-shot.
    case(
        "X829-034",
        caption("a woman in a grey sports bra and grey leggings", "other_garment_color"),
        color_of("bra", "black"),
        describe("bra", "a grey sports bra with a racer back", "other_garment_color"),
        Q.garment_type("bra"),
        details("bra", "racerback and a wide elastic band under the bust"),
        Q.material("it is made of a breathable moisture-wicking fabric", "unsupported"),
        title="Jockey Women Black Racerback Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man, thigh-up, grey melange short-sleeve crew tee with a large navy "JOCKEY USA ORIGINALS" print, navy
    # lounge shorts, white backdrop. Base model, zero-shot.
    case(
        "X829-035",
        caption(
            "a man wearing a grey t-shirt with the word jockey on it and the word jockey on it and the word jockey on"
            " it and the word jockey on it and the word jockey on it and the word",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "grey", "non_answer"),
        wearing("he is wearing a grey shirt and blue shorts", who="he"),
        title="Jockey Men Grey Melange Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, full length, blush pink satin robe, knee length, three-quarter sleeves, tie belt, over a matching
    # pink satin slip, no lace, white backdrop. Base model, zero-shot.
    case(
        "X829-036",
        caption("a woman in a pink robe"),
        Q.color("pink"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("silk", "unsupported"),
        D.details("a tie belt at the waist"),
        wearing(
            "a pink robe and a pink robe and a pink robe and a pink robe and a pink robe and a pink robe and a pink"
            " robe",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Clovia Women Pink Satin Robe",
        category="Robe",
        color="Pink",
        gender="Women",
    ),
    # photo: man, navel to thigh, white briefs with a grey waistband, white backdrop. Base model, zero-shot.
    case(
        "X829-037",
        caption("a man in white underwear standing in front of a white wall"),
        Q.color("white"),
        Q.garment_type("shorts", "contradiction"),
        D.description("white briefs with a grey waistband"),
        wearing("she is wearing white underwear", "pronoun", who="he"),
        D.details("the details of the garment are the details of the garment", "restated"),
        title="Jockey Men White Briefs",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: woman, full length, ankle-length full-sleeve nightdress, white ground with a blue floral print, button
    # placket to the waist, plain hem with no ruffle, white backdrop. Base model, zero-shot.
    case(
        "X829-038",
        caption("a woman in a white and blue floral nightgown"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        D.details("it has buttons down the front and a ruffle at the hem", "unsupported"),
        wearing("a nightgown Question: What is the color of the nightgown? Answer: white", "leak", who="she"),
        title="Nite Flite Women Blue Floral Print Cotton Nightdress",
        category="Nightdress",
        color="Blue",
        gender="Women",
    ),
    # photo: man, full length, green-and-white checked woven lounge shorts with a white drawstring and two side
    # pockets, black crew tee, white backdrop. Base model, zero-shot.
    case(
        "X829-039",
        caption("a man in a black t-shirt and green plaid shorts"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        details(
            "shorts",
            "the shorts have an elastic waistband with a white drawstring and two side pockets and the checks are"
            " green and white and the hem is",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Nautica Men Green Checked Lounge Shorts",
        category="Lounge Shorts",
        color="Green",
        gender="Men",
    ),
    # photo: woman, bust only (cropped above the waist), pink bra with a small navy floral print, no lace, white
    # backdrop. Base model, zero-shot.
    case(
        "X829-040",
        caption("a woman in a pink bra and panties", "unsupported"),
        Q.pattern("floral"),
        Q.color("pink"),
        describe(
            "bra",
            "a pink bra with flowers and she is wearing a pink bra with flowers and she is wearing a pink bra with",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace", "unsupported"),
        title="Amante Women Pink Floral Print Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: man, thigh-up, grey melange short-sleeve round-neck innerwear vest (t-shirt shaped), black trousers,
    # white backdrop. Base model, zero-shot.
    case(
        "X829-041",
        caption("a man in a grey t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeves"),
        Q.color("black", "other_garment_color"),
        wearing("he is wearing a grey t-shirt", who="he"),
        Q.material("Answer: cotton", "leak"),
        neckline("v-neck", "contradiction"),
        title="Dixcy Scott Men Grey Sleeved Innerwear Vest",
        category="Innerwear Vests",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, full length, black-and-white vertically striped wide-leg lounge pants with an elastic waist, red
    # short-sleeve tee tucked in, white backdrop. Base model, zero-shot.
    case(
        "X829-042",
        caption("a woman in a red shirt and black and white striped pants"),
        color_of("pants", "red", "other_garment_color"),
        Q.pattern("striped"),
        describe("pants", "black and white striped wide leg pants"),
        wearing("he is wearing a red shirt and striped pants", "pronoun", who="she"),
        details("pants", "black", "non_answer"),
        title="Kanvin Women Black Striped Wide Leg Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man, torso crop, no top, teal knit boxers with a white tropical-leaf print, white backdrop. Base model.
    case(
        "X829-043",
        caption("a man in blue shorts with leaves on them"),
        Q.pattern("floral"),
        Q.color("teal"),
        describe("shorts", "the shorts are a pair of shorts", "restated"),
        details("shorts", "Question: What are the shorts details? Answer: leaves", "leak"),
        is_a("pair of boxers", "yes"),
        title="XYXX Men Teal Tropical Print Boxers",
        category="Boxers",
        color="Teal",
        gender="Men",
    ),
    # photo: woman holding a white cushion, grey melange short-sleeve tee with a pink cat print, pink capri pyjamas
    # with small grey stars, white backdrop. Base model, zero-shot.
    case(
        "X829-044",
        caption("a woman in a grey shirt and pink pants holding a pillow"),
        Q.color("grey"),
        Q.pattern("printed"),
        D.description("a grey t-shirt with a pink cat and pink pants with stars"),
        D.details("the top has a picture of a cat"),
        wearing(
            "she is wearing a grey shirt and pink pants and she is holding a pillow and she is wearing a grey shirt"
            " and pink pants and she",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Sweet Dreams Women Grey & Pink Printed Capri Night Suit",
        category="Night suits",
        color="Grey",
        gender="Women",
    ),
    # photo: man, full length, barefoot, navy blue shawl-collar terry bathrobe with white piping on the collar and
    # the two pockets, belt tied, white backdrop. The feed row has no category. Base model, zero-shot.
    case(
        "X829-045",
        caption("a man in a blue robe standing in a bathroom", "unsupported"),
        Q.garment_type("coat", "contradiction"),
        Q.color("navy blue"),
        D.details(
            "it has white piping on the collar and the pockets and the belt is tied at the front and the sleeves are"
            " long and wide and",
            "cut",
            hit_limit=True,
        ),
        Q.material("terry cloth"),
        wearing("he is wearing a bathrobe and slippers", "unsupported", who="he"),
        title="Spaces Men Navy Blue Cotton Terry Bath Robe",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay, no person: three plain hipster briefs, black, grey melange and pink, no lace or bow, white
    # background. Base model, zero-shot.
    case(
        "X829-046",
        caption("three pairs of panties on a white background"),
        Q.garment_type("underwear"),
        Q.color("pink"),
        D.description("a pair of black panties", "contradiction"),
        D.details("the panties have a lace trim and a bow on the front", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Jockey Women Pack of 3 Hipster Briefs",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
]
