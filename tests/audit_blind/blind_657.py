"""BLIND_657 (46 products; Myntra lingerie, nightdresses, robes, men's packs): written blind in the fifty-third session.
Measured blind at 33dcae4 (the session's final rules): 115/140 failures found (82.1%) and 47/190 correct texts flagged
(24.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's lingerie sets (bra and brief sets, bralettes, one babydoll), nightdresses and
robes (satin, velvet, fleece, waffle bath robes), and men's innerwear packs (vests, briefs, trunks, boxers). Catalog
shots on a white or pale backdrop; most show a model who also wears something else (a robe over a slip, an open shirt
or a cardigan over the product, a vest over trunks, jeans under a vest), a few are flat-lays of a pack with no person,
a few have props (a mug, a pillow, a stool, a velvet armchair, a bed, a window curtain).

Who wrote what: every caption and every open answer (wearing, description, details, material) is free generation by
the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, greedy, 30 new tokens for answers, 50 for the
caption). Trained without an end token, it loops on list-like details and runs answers to the limit; it echoes the
`Question: ... Answer:` format, answers in In-shop words (tank top, shorts, dress), says "she" by habit, names the
color of whatever is largest in the frame and invents trims, pockets, closures and props. The closed answers
(garment_type, color, pattern, sleeve_length) come from enrich's `--engine reference`: one candidate value each,
never looped or cut, but often picking the over-garment's color or type, or the backdrop's color.

Labeling conventions and judgement calls:
- A color in the seller's coarse group counts as right (maroon or wine called red, peach called pink, navy called
  blue, nude or skin called beige, grey melange called grey); a hue from another group is a contradiction (olive
  called brown, coral called pink or red, burgundy called purple, sea green called blue, skin called white).
- The color of another worn item (shirt, cardigan, slip under a robe, trunks, jeans, pajama pants, a towel worn as a
  turban) given as the product's color is other_garment_color. The color of the backdrop, a prop, the print's dots
  or a waistband trim given as the product's color is a contradiction.
- For a multi-color pack (seller "Multi"), any one color that is in the pack is a right closed color answer.
- Garment type: "dress" for a nightdress, "nightdress" for a babydoll, "shorts" for trunks or boxers, "vest" or
  "tank top" for a men's vest, and "robe" for a robe-and-nightdress set count as right. The over-garment's type
  (robe, shirt, cardigan, tank top for trunks), "t-shirt" for a t-shirt nightdress, or "bikini" for a lingerie set is
  a contradiction.
- Sleeves are judged on the photo: "long sleeves" for three-quarter sleeves, "short sleeves" for sleeveless or long
  sleeves, are contradictions.
- Material: the fabric the title names, or one plainly visible (fleece, velvet, satin sheen, lace), is right; a
  fabric the title contradicts (silk for satin, satin for cotton) or that the photo rules out (denim, leather) is
  unsupported.
- Inventions (a person on a flat-lay, a bed, a hat, pockets, closures, logos, garters, eye masks) are unsupported;
  a count that contradicts the pack's title is a contradiction.
- A wearing answer that names only the over-garment (a black kimono, a white shirt, a red cardigan) is right: it is
  what the person wears. An outfit-wide description that names every garment with its right color is right.
- One-word, yes/no, "nothing" or empty answers to an open question are non_answer; echoing the question's words is
  restated, even when a scrap of answer follows.
- Any `Question:` or `Answer:` in a text is a leak, even when the text also ran to the limit (then hit_limit=True).
- Loops are labelled loop with hit_limit=True; cuts at the limit are cut with hit_limit=True; two cuts stopped early
  on a stray newline mid-phrase are cut with hit_limit=False.
- Pronoun: "he"/"she" against the gender column; rows without gender have no pronoun label. "a man"/"a woman" in a
  caption is judged as a claim like any other.
- One label per text, the most salient failure.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

Q = DEFAULT_QUESTIONS

BLIND_657 = [
    # photo: woman in a black lace bra and matching black lace briefs, hand on hip, white backdrop, front view.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-001",
        caption("a woman in a black lace bra and panties"),
        Q.wearing("black lingerie"),
        Q.garment_type("lingerie set"),
        Q.color("black"),
        Q.pattern("lace"),
        Q.description(
            "a black lace bra with padded cups and underwire and a matching panty with a lace waistband and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Amante Women Black Lace Lingerie Set",
        category="Lingerie Set",
        color="Black",
        gender="Women",
    ),
    # photo: woman standing barefoot in a knee-length pink cotton nightdress with a small white heart print, short
    # sleeves, round neck, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-002",
        caption("a woman in a pink nightgown with white hearts sitting on a bed", "unsupported"),
        Q.wearing("Question: What is the person wearing? Answer: a pink night dress", "leak"),
        Q.garment_type("nightdress"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.details(
            "heart print, round neck, short sleeves, heart print, round neck, short sleeves, heart print, round neck",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Clovia Women Pink Printed Cotton Nightdress",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a white ribbed sleeveless vest and grey marl trunks, white backdrop, front view, a small pack
    # shot inset bottom right. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-003",
        caption("a man in a white tank top and grey shorts"),
        Q.wearing("she is wearing a white tank top and grey shorts", "pronoun"),
        Q.garment_type("vest"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.description("a white ribbed tank top with a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        title="Jockey Men Pack of 2 White Cotton Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in a wine-maroon satin wrap robe, knee length, three-quarter sleeves with lace cuffs, tie belt; a
    # black lace slip shows at the neckline; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X657-004",
        caption("a woman in a red robe and a black dress"),
        Q.wearing("a black satin robe", "other_garment_color"),
        Q.garment_type("robe"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description(
            "a satin robe with a tie belt and lace trim on the sleeves and lace trim on the sleeves and lace trim"
            " on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("the details of the robe are the details", "restated"),
        Q.material("satin"),
        title="Zivame Women Maroon Satin Robe",
        category="Robe",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat-lay of three folded trunks (navy, black, grey melange), red waistbands printed BIGBOSS, no person,
    # white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-005",
        caption(
            "three pairs of men's underwear in navy blue, black and grey with red waistbands that say bigboss laid"
            " out on a white background next to each other in a row with the",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a man wearing a pair of black boxer shorts with a red waistband", "unsupported"),
        Q.garment_type("trunks"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.details("red waistband with the brand name"),
        Q.material(
            "the garment is made of cotton and the garment is made of cotton and the garment is made of cotton and",
            "loop",
            hit_limit=True,
        ),
        title="Dollar Bigboss Men Pack of 3 Assorted Cotton Trunks",
        category="Trunk",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a skin-tone seamless T-shirt bra and matching briefs, side-angled view, white backdrop.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-006",
        caption("a woman in a white bra and white panties", "contradiction"),
        Q.wearing("a beige bra and panties"),
        Q.garment_type("lingerie set"),
        Q.color("beige"),
        Q.description("seamless beige bra with molded cups, a front hook closure and matching briefs", "unsupported"),
        Q.details(
            "Question: What are the details of the garment? Answer: seamless cups Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Triumph Women Nude Bra and Brief Set",
        category="Lingerie Set",
        color="Nude",
        gender="Women",
    ),
    # photo: woman in a calf-length navy nightdress with a small white star print, cap sleeves, button placket,
    # holding a white mug, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-007",
        caption("a woman in a blue dress holding a cup"),
        Q.wearing("a blue and white dress"),
        Q.garment_type("dress"),
        Q.color("black", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "navy blue night dress with white stars and a button placket down the front, short sleeves and a round",
            "cut",
            hit_limit=True,
        ),
        Q.details("star print"),
        title="Sweet Dreams Women Navy Blue Printed Nightdress",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a red lace balconette bra and red briefs under an open sheer black kimono, white backdrop.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-008",
        caption("a woman in a black robe and red lingerie"),
        Q.wearing("a black kimono"),
        Q.garment_type("robe", "contradiction"),
        Q.color("red"),
        Q.pattern("lace"),
        Q.description("a black sheer robe with lace trim on the sleeves", "other_garment_color"),
        Q.material("lace"),
        title="Penny by Zivame Women Red Lace Lingerie Set",
        category="Lingerie Set",
        color="Red",
        gender="Women",
    ),
    # photo: flat-lay of five folded briefs fanned out (black, navy, maroon, grey, light blue) with VIP waistbands,
    # no person, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-009",
        caption("a pack of four different colored underwear", "contradiction"),
        Q.wearing("yes", "non_answer"),
        Q.garment_type("briefs"),
        Q.color("black"),
        Q.details("the waistband has the brand name on it"),
        Q.material(
            "100% cotton with a soft touch and a soft touch and a soft touch and a soft touch and a",
            "loop",
            hit_limit=True,
        ),
        title="VIP Men Pack of 5 Assorted Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in an ivory satin slip nightdress, spaghetti straps, lace across the bust, mid-calf, pale grey
    # backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-010",
        caption("a woman in a white slip dress standing in front of a grey wall"),
        Q.wearing(
            "a white nightgown Question: What is the color of the nightgown? Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("nightdress"),
        Q.color("grey", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "white satin nightgown with thin spaghetti straps, a lace panel across the bust and a long flowing skirt"
            " that falls to the",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        title="Nite Flite Women Ivory Satin Nightdress",
        category="Nightdress",
        color="Off White",
        gender="Women",
    ),
    # photo: shirtless man in black trunks with a white Calvin Klein logo waistband, grey backdrop, front view.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-011",
        caption("a shirtless man in black underwear with a white waistband"),
        Q.wearing("black boxer briefs"),
        Q.garment_type("trunks"),
        Q.color("white", "contradiction"),
        Q.description("black trunks with a white waistband with the calvin klein logo"),
        Q.details(
            "logo waistband, contoured pouch, logo waistband, contoured pouch, logo waistband, contoured pouch, logo",
            "loop",
            hit_limit=True,
        ),
        Q.material("the garment is made of the garment", "restated"),
        title="Calvin Klein Underwear Men Pack of 3 Black Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: woman standing, slightly turned, in a sheer lavender babydoll with lace cups, open front, matching thong,
    # white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-012",
        caption("a woman in a purple lingerie lying on a bed", "unsupported"),
        Q.wearing("he is wearing a purple lingerie", "pronoun"),
        Q.garment_type("nightdress"),
        Q.color("purple"),
        Q.pattern("lace"),
        Q.description("a short sheer purple babydoll with lace cups that opens at the front"),
        Q.material("cotton", "unsupported"),
        title="Shyla Women Lavender Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in a long grey melange hooded fleece robe, long sleeves, patch pockets, belted, white pajama pants
    # below, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-013",
        caption("a woman in a grey robe with a hood"),
        Q.wearing("a grey robe and white pants"),
        Q.garment_type("robe"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.description("a white robe with a hood and pockets", "other_garment_color"),
        Q.details(
            "two patch pockets on the front, a hood, a shawl collar and a long belt tied at the waist with the ends"
            " hanging down to the",
            "cut",
            hit_limit=True,
        ),
        Q.material("fleece"),
        title="Marks & Spencer Women Grey Fleece Dressing Gown",
        category="Robe",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in blue-and-white check woven boxers with a button fly and a plain white vest, white backdrop; the
    # pack's second pair (red check) folded in an inset. VQA adapter: caption, open answers; reference: closed.
    case(
        "X657-014",
        caption("a man in a white tank top and plaid shorts"),
        Q.wearing("a white vest and checked shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        Q.description(
            "plaid boxer shorts with an elastic waistband and a button fly, in blue and white checks, with a second"
            " pair in red and white",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        title="Rupa Jon Men Pack of 2 Checked Boxers",
        category="Boxers",
        color="Multi",
        gender="Men",
    ),
    # photo: woman seated on a white stool in a teal bralette with black lace trim and teal hipster briefs, white
    # backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-015",
        caption("a woman sitting on a stool in a blue bra and panties"),
        Q.wearing("a bra and panties"),
        Q.garment_type("lingerie set"),
        Q.color("teal"),
        Q.pattern("lace"),
        Q.description(
            "Question: Describe the garment. Answer: a blue bra and panties with black lace Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.details("no", "non_answer"),
        title="Bwitch Women Teal Lingerie Set",
        category="Lingerie Set",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a sleeveless knee-length mustard nightdress with a white floral print and a ruffled hem, grey
    # slippers, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-016",
        caption("a woman in a yellow dress with flowers on it"),
        Q.wearing("a yellow floral dress Question: Is this a dress? Answer: yes", "leak"),
        Q.garment_type("nightdress"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description(
            "a sleeveless yellow dress with white flowers and a ruffled hem and a ruffled hem and a ruffled hem and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("a bow at the neckline and two side pockets", "unsupported"),
        title="Kanvin Women Yellow Printed Cotton Nightdress",
        category="Nightdress",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in a white short-sleeved crew-neck undershirt tucked into dark blue jeans with a brown belt, white
    # backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-017",
        caption("a man in a white t-shirt and jeans"),
        Q.wearing("she is wearing a white t-shirt and blue jeans", "pronoun"),
        Q.garment_type("vest"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        Q.description("a white crew neck t-shirt tucked into blue jeans with a brown leather belt"),
        Q.details("Answer: a crew neck", "leak"),
        Q.material("cotton"),
        title="Hanes Men Pack of 3 White Cotton Crew Neck Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in a peach satin robe (three-quarter sleeves, lace cuffs, tie belt) worn open over the matching
    # peach slip nightdress, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-018",
        caption(
            "a woman in a pink robe and a pink robe and a pink robe and a pink robe and a pink robe and a pink robe"
            " and a pink robe and a pink robe and a",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a peach robe and a nightgown"),
        Q.garment_type("robe"),
        Q.color("peach"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description("peach", "non_answer"),
        Q.details("lace trim on the robe's cuffs and a tie belt with a matching eye mask", "unsupported"),
        Q.material("satin"),
        title="Clovia Women Peach Satin Robe and Nightdress Set",
        category="Nightdress",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a royal blue bra with white polka dots and a small white bow at the centre, matching dotted
    # briefs, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-019",
        caption("a woman in a blue and white polka dot bikini", "contradiction"),
        Q.wearing("a blue polka dot bra and panties"),
        Q.garment_type("lingerie set"),
        Q.color("white", "contradiction"),
        Q.pattern("polka dots"),
        Q.description(
            "a blue bra with white polka dots and a small white bow in the center, with matching blue panties that"
            " have white polka dots and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("white polka dots and a small bow at the center"),
        title="PrettySecrets Women Blue Polka Dot Bra and Panty Set",
        category="Lingerie Set",
        color="Blue",
        gender="Women",
    ),
    # photo: man in grey melange trunks with a navy waistband printed U.S. POLO ASSN., a navy vest on top, white
    # backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-020",
        caption("a man in a blue tank top and grey underwear"),
        Q.wearing("she is wearing a blue tank top and grey shorts", "pronoun"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("navy blue", "other_garment_color"),
        Q.description("grey trunks with a navy blue waistband"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Pack of 2 Grey Melange Cotton Trunks",
        category="Trunk",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a black satin kimono robe with a pink and white cherry blossom print, wide three-quarter
    # sleeves, belted, black shorts under it, white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X657-021",
        caption("Question: What is the person wearing? Answer: a black kimono with pink flowers", "leak"),
        Q.wearing("a black floral robe"),
        Q.garment_type("dress", "contradiction"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description(
            "a black and pink floral print robe with wide sleeves and a belt at the waist and a belt at the waist and"
            " a belt",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="DressBerry Women Black Floral Print Satin Kimono Robe",
        category="Robe",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a dusty rose lace plunge bra and matching bikini briefs, standing beside a white window
    # curtain, soft side light. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-022",
        caption("a woman in a pink bra standing next to a window"),
        Q.wearing("pink lingerie"),
        Q.garment_type("bra"),
        Q.color("pink"),
        Q.pattern("lace"),
        Q.description("pink lace bra with a plunging neckline and matching panties"),
        Q.details("scalloped lace edges and thin straps"),
        title="Enamor Women Rose Pink Lace Bra and Bikini Brief Set",
        category="Lingerie Set",
        color="Pink",
    ),
    # photo: woman in a grey-and-white horizontal-stripe t-shirt nightdress, short sleeves, knee length, a small
    # cartoon cat printed on the chest, white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X657-023",
        caption("a woman in a grey and white striped dress with a cat on it"),
        Q.wearing("a striped dress"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey"),
        Q.pattern("striped"),
        Q.description(
            "a grey and white striped t-shirt dress with short sleeves, a round neck and a cartoon cat printed on the"
            " front of the",
            "cut",
            hit_limit=True,
        ),
        Q.details("cat print on the chest"),
        Q.material("what material is the garment made of", "restated"),
        title="Sweet Dreams Women Grey Striped Cotton Nightdress",
        category="Nightdress",
        color="Grey",
        gender="Women",
    ),
    # photo: flat-lay of five folded sleeveless vests in a row (white, black, grey, navy, maroon), no logos, no
    # person, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-024",
        caption("a row of four different colored tank tops", "contradiction"),
        Q.wearing("what is the person wearing", "restated"),
        Q.garment_type("vest"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.details("five vests in different colors with a lux cozi logo on the chest", "unsupported"),
        Q.material("polyester", "unsupported"),
        title="Lux Cozi Men Pack of 5 Assorted Cotton Vests",
        category="Innerwear Vests",
        gender="Men",
    ),
    # photo: woman in a red-and-white gingham long-sleeved button-down nightshirt dress with a collar and a chest
    # pocket, knee length, holding a white pillow, white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X657-025",
        caption("a woman in a red and white checkered shirt holding a pillow"),
        Q.wearing("a red plaid shirt dress"),
        Q.garment_type("nightdress"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description(
            "a red and white checkered night shirt with a collar, long sleeves, buttons down the front and a pocket"
            " on the left side of the",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "collar, buttons, pocket, collar, buttons, pocket, collar, buttons, pocket, collar, buttons, pocket,",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Red Checked Cotton Nightdress",
        category="Nightdress",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a navy lace bra and navy briefs with a white cotton shirt worn open over them, white backdrop.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-026",
        caption("a woman in a white shirt and blue underwear"),
        Q.wearing("a white shirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("lace"),
        Q.description("a white button down shirt with long sleeves", "other_garment_color"),
        Q.details("", "non_answer"),
        title="Amante Women Navy Blue Lace Lingerie Set",
        category="Lingerie Set",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in black briefs with a grey waistband, bare torso, white backdrop; inset of the pack's red and royal
    # blue pairs. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-027",
        caption("a man in a black underwear"),
        Q.wearing("what is the person wearing? black briefs", "restated"),
        Q.garment_type("briefs"),
        Q.color("black"),
        Q.description("a pair of black briefs with a grey waistband"),
        Q.details("Answer: the waistband", "leak"),
        Q.material("cotton"),
        title="Jockey Men Pack of 3 Assorted Cotton Stretch Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a long burgundy velvet robe, long sleeves, shawl collar, belted, hands in its pockets, black
    # pajama pants and black slippers, dark grey backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X657-028",
        caption(
            "a woman in a long red velvet robe with a belt tied at the waist, black pants and black slippers standing"
            " in front of a dark grey background with her hands in the pockets of",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a purple robe and black pants", "contradiction"),
        Q.garment_type("robe"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a long red velvet robe with a shawl collar and a belt and a belt and a belt and a belt and a belt and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet"),
        title="Nite Flite Women Burgundy Velvet Robe",
        category="Robe",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in an olive green non-padded cotton bra and matching hipster panty, white backdrop, front view.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-029",
        caption("a woman in a green bra and panties"),
        Q.wearing("green", "non_answer"),
        Q.garment_type("lingerie set"),
        Q.color("brown", "contradiction"),
        Q.description("olive green bra and panties with padded cups and a front closure", "unsupported"),
        Q.material("cotton"),
        title="Clovia Women Olive Green Cotton Bra and Panty Set",
        category="Lingerie Set",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a knee-length purple nightdress with a white bird print and short puff sleeves, standing in
    # front of a bed with white sheets. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-030",
        caption("a woman in a purple dress standing in front of a bed"),
        Q.wearing("a blue dress with birds on it", "contradiction"),
        Q.garment_type("nightdress"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.description("describe the garment. the garment is a purple dress", "restated"),
        Q.details("a bird print and a lace trim at the hem and a ribbon tie at the waist", "unsupported"),
        title="Sweet Dreams Women Purple Printed Nightdress",
        category="Nightdress",
        color="Purple",
        gender="Women",
    ),
    # photo: man in navy trunks with a red-white-navy striped logo waistband and a white crew-neck t-shirt, white
    # backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-031",
        caption("a man in a white t-shirt and blue boxers"),
        Q.wearing("a white shirt and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.description(
            "navy blue trunks with a red, white and blue striped waistband with the tommy hilfiger logo on the front"
            " and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("the tommy hilfiger logo on the waistband and a zip fly", "unsupported"),
        title="Tommy Hilfiger Men Pack of 3 Navy Blue Cotton Stretch Trunks",
        category="Trunk",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white lace bralette and high-waisted white lace briefs, pale pink backdrop, front view.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-032",
        caption("a woman in white lingerie in front of a pink wall"),
        Q.wearing("a white lace bra and panties"),
        Q.garment_type("lingerie set"),
        Q.color("pink", "contradiction"),
        Q.pattern("lace"),
        Q.description(
            "a white lace bralette with thin straps and high waisted panties with a garter belt", "unsupported"
        ),
        Q.details("the details of the garment", "restated"),
        title="Bwitch Women White Lace Lingerie Set",
        category="Lingerie Set",
        color="White",
        gender="Women",
    ),
    # photo: man in grey knit boxers with a small black anchor print and a black t-shirt, white backdrop.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-033",
        caption("a man in a black t-shirt and grey shorts"),
        Q.wearing("a black shirt and black shorts", "other_garment_color"),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.description("grey shorts with black anchors on them and a drawstring at the waist", "unsupported"),
        Q.details(
            "anchor print Question: What is the material of the garment? Answer: cotton Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Hanes Men Pack of 2 Grey Printed Knit Boxers",
        category="Boxers",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a light blue satin robe to mid-thigh, three-quarter sleeves, white lace trim at cuffs and hem,
    # belted, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-034",
        caption("a woman in a blue robe with white lace"),
        Q.wearing("a light blue robe"),
        Q.garment_type("robe"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description(
            "a short blue satin robe with white lace trim on the sleeves and the hem, tied with a matching sash at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        title="Kanvin Women Sky Blue Satin Short Robe",
        category="Robe",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a maroon padded bra with gold-tone rings on the straps and maroon briefs, front view, white
    # backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-035",
        caption("a woman in a maroon bra and panties"),
        Q.wearing("he is wearing a red bra", "pronoun"),
        Q.garment_type("bra"),
        Q.color("maroon"),
        Q.description(
            "a maroon padded bra with gold rings on the straps and matching maroon briefs with a wide elastic"
            " waistband and a small gold",
            "cut",
            hit_limit=True,
        ),
        Q.details("rings on the straps, underwire and a hook and eye closure at the back", "unsupported"),
        title="Amante Women Maroon Padded Lingerie Set",
        category="Lingerie Set",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a black calf-length sleeveless V-neck nightdress with small white polka dots, a red cardigan
    # draped over her shoulders, white backdrop. VQA adapter: caption and open answers; reference engine: closed.
    case(
        "X657-036",
        caption("a woman in a red sweater and a black polka dot dress"),
        Q.wearing("a red cardigan"),
        Q.garment_type("cardigan", "contradiction"),
        Q.color("red", "other_garment_color"),
        Q.pattern("polka dots"),
        Q.description("a black and white polka dot dress with a v neck"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        title="Nite Flite Women Black Printed Nightdress",
        category="Nightdress",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white racerback gym vest and black track pants, white backdrop, front view.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-037",
        caption("a man in a white tank top and black pants"),
        Q.wearing("she is wearing a white tank top and black pants", "pronoun"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.description("a white tank top with the rupa logo on the chest and a pocket", "unsupported"),
        Q.details("white", "non_answer"),
        title="Rupa Men Pack of 3 White Gym Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in a short coral-orange nightdress with a white leaf print, adjustable spaghetti straps and lace
    # at the hem, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-038",
        caption("a woman in an orange and white dress"),
        Q.wearing("a red dress", "contradiction"),
        Q.garment_type("dress"),
        Q.color("pink", "contradiction"),
        Q.pattern("printed"),
        Q.description("a short orange dress with white leaves and lace at the bottom"),
        Q.details(
            "spaghetti straps that can be adjusted, a white leaf print all over the dress and a lace trim along the"
            " bottom of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin", "unsupported"),
        title="Clovia Women Orange Printed Cotton Nightdress",
        category="Nightdress",
        color="Orange",
        gender="Women",
    ),
    # photo: woman in a pale pink waffle-knit bath robe (long sleeves, shawl collar, belt, patch pockets), hair in
    # a white towel turban, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-039",
        caption("a woman wrapped in a pink robe with a towel on her head"),
        Q.wearing("a pink bathrobe"),
        Q.garment_type("robe"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "pink waffle robe with a shawl collar, a belt, two pockets, a shawl collar, a belt, two pockets, a shawl"
            " collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Marks & Spencer Women Pink Cotton Waffle Bath Robe",
        category="Bath Robe",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a short black satin robe with wide three-quarter sleeves trimmed in lace, over a black slip,
    # white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-040",
        caption("a woman in a black robe"),
        Q.wearing("Question: What is the person wearing? Answer: a black satin robe", "leak"),
        Q.garment_type("robe"),
        Q.color("black"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description("black satin robe with lace on the sleeves and a matching eye mask and slippers", "unsupported"),
        Q.details(
            "the robe has a belt and the robe has a belt and the robe has a belt and the robe has a belt and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        title="Zivame Women Black Lace Trim Satin Robe",
        category="Robe",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a skin-tone bra with tone-on-tone floral lace and matching briefs, white backdrop, front view.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-041",
        caption("a woman in a bra and panties"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("lingerie set"),
        Q.color("white", "contradiction"),
        Q.pattern("lace"),
        Q.description("nude lace bra with scalloped edges and", "cut"),
        Q.material("lace"),
        title="Triumph Women Skin Lace Bra and Brief Set",
        color="Skin",
        gender="Women",
    ),
    # photo: woman seen three-quarter from the back in a black mesh strappy bralette and matching thong, seated on a
    # red velvet armchair, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-042",
        caption("a woman in black lingerie sitting on a red chair"),
        Q.wearing("black lingerie"),
        Q.garment_type("bra"),
        Q.color("red", "contradiction"),
        Q.description("yes", "non_answer"),
        Q.details(
            "mesh, straps, cut outs, mesh, straps, cut outs, mesh, straps, cut outs, mesh, straps, cut outs",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        title="PrettySecrets Women Black Mesh Bralette and Thong Set",
        category="Lingerie Set",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a long sea green satin nightdress with a cowl neck and thin adjustable straps, white backdrop.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-043",
        caption("a woman in a green satin nightgown"),
        Q.wearing("a blue night gown", "contradiction"),
        Q.garment_type("nightdress"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        Q.description("a long green satin nightgown with a cowl neck and thin straps"),
        Q.details("cowl neck and thin straps with a", "cut"),
        Q.material("silk", "unsupported"),
        title="Shyla Women Sea Green Satin Nightdress",
        category="Nightdress",
        color="Sea Green",
        gender="Women",
    ),
    # photo: woman in a white calf-length nightdress with a tiny blue floral print, three-quarter sleeves, buttons
    # down the front, light blue backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-044",
        caption("a woman in a white dress with blue flowers"),
        Q.wearing("a white floral dress and a straw hat", "unsupported"),
        Q.garment_type("nightdress"),
        Q.color("blue", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description("a white nightgown with small blue flowers, buttons down the front and three quarter sleeves"),
        Q.material("the material of the garment is the material", "restated"),
        title="Kanvin Women White Floral Print Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: woman in a knee-length mauve robe with lace trim on the collar, three-quarter sleeves, untied over a
    # white t-shirt and grey pajama shorts, white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X657-045",
        caption("a woman in a purple robe and a white shirt"),
        Q.wearing("a white robe", "other_garment_color"),
        Q.garment_type("robe"),
        Q.color("white", "other_garment_color"),
        Q.description("robe", "non_answer"),
        Q.details("Answer: lace trim on the collar", "leak"),
        title="DressBerry Women Mauve Lace Trim Robe",
        category="Robe",
        color="Mauve",
        gender="Women",
    ),
    # photo: man in a grey melange round-neck sleeveless vest and blue jeans, white backdrop, front view.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X657-046",
        caption("a man in a grey tank top and blue jeans"),
        Q.wearing("a blue tank top and jeans", "other_garment_color"),
        Q.garment_type("vest"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a man in a grey tank top and blue jeans a man in a grey tank top and blue jeans a man in a grey tank",
            "loop",
            hit_limit=True,
        ),
        Q.material("the garment is made of the material of the garment", "restated"),
        title="Van Heusen Men Pack of 2 Grey Melange Vests",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
]
