"""BLIND_190 (46 products; plus-size women's western wear, US online retailer, English): written blind in the
thirty-eighth session. Measured blind at fcf65f5 (the session's first rules): 81/114 failures found (71.1%) and
6/139 correct texts flagged (4.3%). The writer's notes, verbatim:

Scenario:
    A US online retailer's plus-size women's department, English catalog. Wrap, shift, sheath and maxi dresses,
    tunics, straight/bootcut/skinny/flare jeans and pull-on jeggings, blouses, cardigans worn open over camis,
    jumpsuits, two-piece co-ord sets, a few swimsuits (one-piece, tankini, swim dress) and shapewear (bodysuit,
    shaping shorts, slip). Most photos are a single model on a light studio backdrop (white, grey, beige); some are
    outdoor lifestyle shots (garden, beach, pool, street, park, field); a few are flat-lays or ghost-mannequin shots
    with no person. Catalog columns: title, category, color (the seller's color name, often a shade or a wash:
    Burgundy, Sage, Heather Grey, Medium Wash, Black Rinse, Oatmeal, Mauve...), gender. As in real feeds a few rows
    miss a column: X190-027 has no seller color, X190-046 no category, X190-014 and X190-043 no gender.

Who wrote what:
    * X190-001 .. X190-030: captions, "Describe the garment" and "details" answers from the re-trained mixed-task
      adapter (caption + VQA mixed, labels masked to the answer, trained with the newline terminator): it stops, so
      none of its texts hit the token limit; its failures are wrong colors and garments, invented details, sleeve
      mistakes, restated questions, a wrong pronoun. "What is the person wearing?", material and the extra open
      color/fit questions are the untuned base model blip2-opt-2.7b (short answers, stops on newline; it repeats
      one color over the outfit, invents materials, says "a man"). The closed questions (garment type, color,
      pattern, sleeve length) are the reference engine ranking a closed candidate list; when it is wrong it picks
      the dominant color of the photo (often another garment's) or the nearest pattern class.
    * X190-031 .. X190-038: the job config for this batch still pointed caption, description and details at the old
      epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption): no end token, so every one of those
      texts runs to the limit (50 tokens for captions, 30 for answers): hit_limit=True on each. It writes the
      DeepFashion-MultiModal template ("The lady wears a short-sleeve dress with pure color patterns. The dress is
      with chiffon fabric..."), loops it, is cut mid-sentence, echoes the "Question: ... Answer:" prompt, and returns
      the template to a color question. Wearing/material/extra color questions are the base model, closed ones the
      reference engine, as above.
    * X190-039 .. X190-046: captions from the epoch-1 caption adapter (..._Caption_First_Epoch; freer English than
      epoch 3, but no end token either: hit_limit=True), and the extra open color / "What cloth is the person
      wearing?" questions from the old VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, no end token: hit_limit=True). It
      answers with In-shop words ("tee/tank", "romper/jumpsuit") and then keeps writing the next question of its
      training data, or repeats the color. Description/details there come from the mixed adapter, wearing/material
      from the base model, closed questions from the reference engine (none of these hit the limit).

Labeling conventions and judgement calls:
    * One kind per failure: the one an auditor holding the photo would see first. A text that hit the limit and is
      cut mid-phrase is "cut", even when the template inside it names an unsupported fabric ("The shirt is with
      cotton fabric" for a rayon tunic): the truncation is what the reader hits; if it repeats a clause until the
      limit it is "loop"; if it begins by echoing "Question: ... Answer:" or goes on into the next "Question:" it is
      "leak". Two exceptions where something else is seen before the ending: X190-046's caption opens with "a man"
      (pronoun) and its cardigan color answer opens with the cami's color (other_garment_color), though both hit the
      limit; X190-042's "tee/tank tee/tank ..." for a swimsuit is a wrong garment before it is a loop
      (contradiction); X190-037's description, run to the limit, describes the white cardigan worn over the
      product (a black cami) as the garment: a garment the seller contradicts (contradiction) before it is cut.
      The old caption adapter's template returned for "What is the color of the dress?" gives no hue
      at all ("pure color patterns"): non_answer (with hit_limit=True).
    * Shade words for the seller's color are correct: maroon/red for Burgundy, green for Sage, cream/white for Ivory,
      gray for Heather Grey, beige/tan for Nude, Oatmeal and Camel, pink/purple for Mauve, pink for Dusty Rose and
      Blush, orange or pink for Coral, orange for Rust, red/maroon for Wine, yellow for Mustard, blue-green/teal for
      Teal, blue for Cobalt, Medium Wash, Dark Indigo, black for Black Rinse. A print's ground color is correct
      ("black" for Black Floral, "brown" for Brown Multi leopard); one of a two-tone seller color is correct ("navy"
      for Navy/White, "blue" for Blue/White Stripe, "black" for Black/White Stripe).
    * Garment synonyms are correct: bathing suit/swimsuit, sweater for a cardigan, leggings for jeggings, blouse or
      shirt for a tunic, pants for jeans, tank top for a cami, "dress" for a swim dress (the closed list has no swim
      dress), denim shirt for chambray, shorts for shaping shorts, slip for a shaping slip. Not synonyms: "romper"
      for a full-length wide-leg jumpsuit (a romper is shorts-length: contradiction), "bikini" for a one-piece,
      "dress" for a jumpsuit, "dress" as the garment type of a shapewear slip (the category is shapewear; labeled
      contradiction, it is the closest call in the set), "skinny" for straight-leg or bootcut jeans.
    * Materials: correct when the title names it (linen for Linen-Blend, chiffon, chambray, rayon, ribbed knit,
      lace, stretch denim) or the garment is denim by definition (jeans); "knit" for a ponte dress is correct.
      A material the title does not name and the photo cannot show (cotton, wool, silk for "satin") is
      unsupported. "fabric", an empty answer or the garment's name for the material question is non_answer; "the
      garment is made of a material" style answers that turn the question around are restated.
    * Layers and sets: a caption or wearing answer naming each garment in its own color is correct, including a
      matching set where both pieces really are one color (X190-023: "a brown top and brown pants"). One color
      spread over garments that differ ("a white shirt and white pants" over blue jeans) is contradiction. A closed
      or open color answer for the product that gives the cami's, leggings', skirt's or cardigan's color is
      other_garment_color.
    * Invented things the photo does not show (pockets, back pockets or a back zipper/keyhole on a front shot, a
      straw hat, sunglasses, a person in a flat-lay, a side slit, a gusset closure) are unsupported. A sleeve length
      that contradicts the photo and the other texts ("short sleeves" on a long-sleeve duster) is contradiction.
    * "White-on-white embroidery at the yoke" answered "solid" for pattern is accepted as correct; palm-leaf print
      answered "floral" by the closed list is correct; leopard print answered "floral" and a plain ponte answered
      "lattice" are contradictions.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, question

# extra open questions (base model in X190-001..038; the old VQA adapter in X190-039..046)
color_top = question("color_top", "What is the color of the top?", "open")
color_pants = question("color_pants", "What is the color of the pants?", "open")
color_bottom = question("color_bottom", "What is the color of the bottom?", "open")
color_dress = question("color_dress", "What is the color of the dress?", "open")
color_jeans = question("color_jeans", "What is the color of the jeans?", "open")
color_shirt = question("color_shirt", "What is the color of the shirt?", "open")
color_shorts = question("color_shorts", "What is the color of the shorts?", "open")
color_cardigan = question("color_cardigan", "What is the color of the cardigan?", "open")
color_swimsuit = question("color_swimsuit", "What is the color of the swimsuit?", "open")
color_jumpsuit = question("color_jumpsuit", "What is the color of the jumpsuit?", "open")
color_slip = question("color_slip", "What is the color of the slip?", "open")
cloth = question("cloth", "What cloth is the person wearing?", "open")
fit = question("fit", "What is the fit of the jeans?", "open")

W = "women"

BLIND_190 = [
    # --- mixed adapter captions/descriptions, base model open answers, reference engine closed answers ---
    # model on a light grey backdrop; burgundy jersey faux-wrap midi dress, v-neck, flutter sleeves, tie waist, no slit
    case(
        "X190-001",
        caption("a woman in a maroon wrap dress with short sleeves standing against a grey wall"),
        D.color("burgundy"),
        D.details("a v-neck, flutter sleeves, a tie at the waist and a slit on the side", "unsupported"),
        D.material("cotton", "unsupported"),
        D.wearing("a red dress"),
        gender=W,
        title="Plus Size Faux-Wrap Flutter Sleeve Midi Dress",
        category="Plus Dresses",
        color="Burgundy",
    ),
    # outdoor, garden path; sage sleeveless linen-blend shift dress, round neck, no pockets, tan sandals
    case(
        "X190-002",
        caption("a woman in a light green sleeveless dress standing in a garden"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("linen"),
        D.wearing("a green dress and sandals"),
        D.description(
            "a sleeveless green shift dress with a round neck and two patch pockets on the front", "unsupported"
        ),
        gender=W,
        title="Plus Size Linen-Blend Sleeveless Shift Dress",
        category="Plus Dresses",
        color="Sage",
    ),
    # white backdrop; navy floral tunic with split tie neckline, 3/4 sleeves, curved hem, over white leggings, barefoot
    case(
        "X190-003",
        caption("a woman wearing a blue floral top and white leggings"),
        D.garment_type("blouse"),
        D.color("white", "other_garment_color"),
        D.wearing("she is wearing a white shirt and white leggings", "contradiction"),
        D.details("a split neckline with a tie, 3/4 sleeves and a curved hem"),
        gender=W,
        title="Plus Size Floral Print Split-Neck Tunic Top",
        category="Plus Tops",
        color="Navy Floral",
    ),
    # light backdrop; medium-wash high-rise straight-leg jeans, white tee tucked in, white sneakers
    case(
        "X190-004",
        caption("a woman wearing a white t-shirt tucked into high waisted blue jeans"),
        D.color("blue"),
        D.details("five pockets, a zip fly and a button closure"),
        D.material("denim"),
        D.wearing("a white shirt and white pants", "contradiction"),
        fit("skinny", "contradiction"),
        gender=W,
        title="Plus Size High-Rise Straight Leg Jeans",
        category="Plus Jeans",
        color="Medium Wash",
    ),
    # light backdrop, front view; black pull-on jeggings, elastic waist, faux front pockets, under a long grey
    # cardigan and white tee
    case(
        "X190-005",
        caption("a woman in a grey cardigan and black leggings"),
        D.garment_type("leggings"),
        D.color("grey", "other_garment_color"),
        D.material("denim"),
        D.wearing("a grey sweater and grey pants", "contradiction"),
        D.details("an elastic waistband and two back pockets", "unsupported"),
        gender=W,
        title="Plus Size Pull-On Stretch Denim Jeggings",
        category="Plus Jeans",
        color="Black Rinse",
    ),
    # white backdrop, front shot; ivory chiffon blouse with short ruffled sleeves, black trousers
    case(
        "X190-006",
        caption("a woman wearing a cream blouse with ruffled sleeves and black pants"),
        D.color("white"),
        D.material("chiffon"),
        D.wearing("a man in a white shirt and black pants", "pronoun"),
        D.description("a cream chiffon blouse with ruffle sleeves and a keyhole button at the back", "unsupported"),
        gender=W,
        title="Plus Size Ruffle Sleeve Chiffon Blouse",
        category="Plus Tops",
        color="Ivory",
    ),
    # light backdrop; heather grey open-front cardigan with two patch pockets, over a black cami and blue jeans
    case(
        "X190-007",
        caption("a woman wearing a gray cardigan over a black tank top and blue jeans"),
        D.garment_type("cardigan"),
        D.color("black", "other_garment_color"),
        D.wearing("a grey sweater, black top and jeans"),
        D.details("open front, long sleeves and two patch pockets"),
        D.material("wool", "unsupported"),
        gender=W,
        title="Plus Size Open-Front Pocket Cardigan",
        category="Plus Sweaters",
        color="Heather Grey",
    ),
    # beige backdrop; black sleeveless full-length wide-leg jumpsuit, v-neck, self tie belt
    case(
        "X190-008",
        caption("a woman in a black jumpsuit with a tie belt standing in front of a beige wall"),
        D.garment_type("jumpsuit"),
        D.wearing("a black romper", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a black sleeveless jumpsuit with a v-neck, a tie belt and wide legs"),
        D.material("", "non_answer"),
        gender=W,
        title="Plus Size Sleeveless Wide-Leg Jumpsuit",
        category="Plus Jumpsuits & Rompers",
        color="Black",
    ),
    # white backdrop; two-piece knit set: blush short-sleeve top, white wide-leg pants
    case(
        "X190-009",
        caption("a woman wearing a pink top and white pants"),
        D.color("pink"),
        D.wearing("a pink shirt and pink pants", "contradiction"),
        color_pants("pink", "other_garment_color"),
        D.description("a pink short sleeve top and white wide leg pants set"),
        gender=W,
        title="Plus Size Two-Piece Knit Top and Wide-Leg Pant Set",
        category="Plus Matching Sets",
        color="Blush/White",
    ),
    # outdoor, sitting at the edge of a pool; black ruched one-piece swimsuit, deep v-neck, wide straps
    case(
        "X190-010",
        caption("a woman in a black bathing suit sitting on the edge of a pool"),
        D.wearing("a black bikini", "contradiction"),
        D.details("ruching on the front and a deep v-neckline"),
        D.material("swimsuit", "non_answer"),
        gender=W,
        title="Plus Size Ruched V-Neck One-Piece Swimsuit",
        category="Plus Swimwear",
        color="Black",
    ),
    # ghost mannequin on white; nude shaping bodysuit, thin straps, scoop neck; the gusset is not visible
    case(
        "X190-011",
        caption("a beige bodysuit on a white background"),
        D.color("beige"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.wearing("a tan bodysuit"),
        D.details("thin straps, a scoop neck and a hook and eye closure at the crotch", "unsupported"),
        gender=W,
        title="Plus Size Firm Control Shaping Bodysuit",
        category="Plus Shapewear",
        color="Nude",
    ),
    # outdoor, beach; white peasant tunic with white-on-white embroidery at the neckline and cuffs, denim shorts,
    # no hat
    case(
        "X190-012",
        caption("a woman in a white top and denim shorts standing on the beach"),
        D.pattern("solid"),
        D.color("blue", "other_garment_color"),
        D.details("embroidery around the neckline and the cuffs"),
        D.description(
            "a white peasant top with an embroidered neckline and short sleeves, worn with ripped denim shorts and a "
            "straw hat",
            "unsupported",
        ),
        gender=W,
        title="Plus Size Embroidered Peasant Tunic",
        category="Plus Tops",
        color="White",
    ),
    # white backdrop; long-sleeve leopard print wrap dress, v-neck, tie waist, black ankle boots
    case(
        "X190-013",
        caption("a woman in a leopard print dress standing in front of a white wall"),
        D.color("brown"),
        D.pattern("floral", "contradiction"),
        D.details("a v-neck, long sleeves and a tie at the waist"),
        D.wearing("a leopard print dress and leopard print boots", "contradiction"),
        gender=W,
        title="Plus Size Leopard Print Long Sleeve Wrap Dress",
        category="Plus Dresses",
        color="Brown Multi",
    ),
    # flat-lay on white, no person; light blue chambray button-front shirt, two flap chest pockets, sleeves laid flat
    case(
        "X190-014",
        caption("a light blue denim shirt laid on a white surface"),
        D.wearing("a blue shirt"),
        D.material("chambray"),
        D.details("buttons down the front, two flap pockets on the chest and long sleeves"),
        D.description("a woman wearing a light blue button down shirt with the sleeves rolled up", "unsupported"),
        title="Plus Size Button-Front Chambray Shirt",
        category="Plus Tops",
        color="Light Blue",
    ),
    # outdoor, city street; light-wash distressed boyfriend jeans, ripped knees, rolled cuffs, black tee
    case(
        "X190-015",
        caption("a woman in a black shirt and ripped jeans walking down a street"),
        D.color("black", "other_garment_color"),
        D.details("rips at the knees and rolled cuffs"),
        D.description("light blue ripped skinny jeans", "contradiction"),
        D.wearing("she is wearing a black t-shirt and blue jeans"),
        fit("the fit of the jeans is the fit of the jeans", "restated"),
        gender=W,
        title="Plus Size Distressed Boyfriend Jeans",
        category="Plus Jeans",
        color="Light Wash",
    ),
    # light backdrop; oatmeal cable knit long open cardigan over a white cami and black jeggings
    case(
        "X190-016",
        caption("a woman wearing a beige sweater, white top and black leggings"),
        D.color("beige"),
        D.garment_type("sweater"),
        D.pattern("striped", "contradiction"),
        D.details("cable knit on the front, long sleeves and an open front"),
        D.material("wool", "unsupported"),
        gender=W,
        title="Plus Size Cable Knit Long Cardigan",
        category="Plus Sweaters",
        color="Oatmeal",
    ),
    # outdoor, next to a wooden fence; dark-wash denim utility jumpsuit, button front, chest flap pockets, self tie
    # belt, rolled short sleeves, cuffed legs
    case(
        "X190-017",
        caption("a man in a denim jumpsuit standing next to a wooden fence", "pronoun"),
        D.garment_type("jumpsuit"),
        D.wearing("a blue denim jumpsuit"),
        D.details("button front, chest pockets, a tie waist and cuffed legs"),
        gender=W,
        title="Plus Size Denim Utility Jumpsuit",
        category="Plus Jumpsuits & Rompers",
        color="Dark Wash",
    ),
    # white backdrop; navy shift dress with white side panels (color block), cap sleeves, knee length
    case(
        "X190-018",
        caption("a woman in a navy and white color block dress"),
        D.color("navy"),
        D.pattern("color block"),
        D.wearing("a blue and white dress"),
        D.details("the details of the garment are the details of the dress", "restated"),
        gender=W,
        title="Plus Size Color-Block Shift Dress",
        category="Plus Dresses",
        color="Navy/White",
    ),
    # light backdrop; red blouse with white polka dots, tie neck bow, long sleeves with button cuffs, tucked into a
    # black pencil skirt
    case(
        "X190-019",
        caption("a woman wearing a red polka dot blouse and a black skirt"),
        D.pattern("polka dot"),
        D.color("black", "other_garment_color"),
        D.details("a bow at the neck and long sleeves with buttoned cuffs"),
        D.wearing("she is wearing a red and white shirt and black skirt"),
        D.material("silk", "unsupported"),
        gender=W,
        title="Plus Size Polka Dot Tie-Neck Blouse",
        category="Plus Tops",
        color="Red",
    ),
    # outdoor, beach; teal floral swim dress, scoop neck, skirted; no sunglasses
    case(
        "X190-020",
        caption("a woman in a blue-green floral swimsuit standing on the beach"),
        D.garment_type("dress"),
        D.color("teal"),
        D.pattern("solid", "contradiction"),
        D.wearing("a blue floral dress and sunglasses", "unsupported"),
        D.material("the garment is made of a material", "restated"),
        gender=W,
        title="Plus Size Floral Swim Dress",
        category="Plus Swimwear",
        color="Teal Floral",
    ),
    # white backdrop; black curvy bootcut jeans, red short-sleeve top
    case(
        "X190-021",
        caption("a woman in a red top and black jeans"),
        D.garment_type("pants"),
        D.color("black"),
        D.wearing("a red shirt and red pants", "contradiction"),
        D.material("denim"),
        D.description("a pair of black skinny jeans", "contradiction"),
        gender=W,
        title="Plus Size Curvy Fit Bootcut Jeans",
        category="Plus Jeans",
        color="Black",
    ),
    # light backdrop; emerald satin wrap blouse, long sleeves, v-neck, black pants
    case(
        "X190-022",
        caption("a woman in a green satin blouse and black pants"),
        D.color("green"),
        D.material("silk", "unsupported"),
        D.description("a green wrap blouse with long sleeves and a v neck"),
        D.wearing("he is wearing a green shirt and black pants", "pronoun"),
        gender=W,
        title="Plus Size Satin Wrap Blouse",
        category="Plus Tops",
        color="Emerald",
    ),
    # light backdrop; camel ribbed knit co-ord: sleeveless tank and matching wide-leg pants, same color
    case(
        "X190-023",
        caption("a woman in a brown tank top and matching wide leg pants"),
        D.color("tan"),
        D.wearing("a brown top and brown pants"),
        D.material("ribbed knit"),
        gender=W,
        title="Plus Size Ribbed Knit Tank & Wide-Leg Pant Set",
        category="Plus Matching Sets",
        color="Camel",
    ),
    # outdoor, park; mauve long-sleeve duster cardigan over a white cami and blue jeans
    case(
        "X190-024",
        caption("a woman in a pink cardigan, white tank top and jeans standing in a park"),
        D.color("purple"),
        D.wearing("a pink sweater, a white shirt and blue jeans"),
        D.description("a long pink cardigan with short sleeves", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("it is a cardigan", "non_answer"),
        D.material("cotton", "unsupported"),
        gender=W,
        title="Plus Size Lightweight Duster Cardigan",
        category="Plus Sweaters",
        color="Mauve",
    ),
    # outdoor, field; mustard smocked tiered maxi dress, puff sleeves, natural straw hat
    case(
        "X190-025",
        caption("a woman in a yellow maxi dress and a straw hat standing in a field"),
        D.color("yellow"),
        D.details("smocked bodice, puff sleeves and a tiered skirt"),
        D.material("fabric", "non_answer"),
        D.wearing("a yellow dress and a yellow hat", "contradiction"),
        gender=W,
        title="Plus Size Smocked Tiered Maxi Dress",
        category="Plus Dresses",
        color="Mustard",
    ),
    # light backdrop; black and white striped knit tunic, boat neck, long sleeves, black leggings
    case(
        "X190-026",
        caption("a woman wearing a black and white striped shirt and black leggings"),
        D.garment_type("shirt"),
        D.pattern("striped"),
        D.wearing("a black and white striped shirt and black and white striped leggings", "contradiction"),
        D.color("black"),
        D.description("a black and white striped tunic with a boat neck and long sleeves"),
        D.sleeve_length("short sleeves", "contradiction"),
        gender=W,
        title="Plus Size Striped Boat Neck Knit Tunic",
        category="Plus Tops",
        color="Black/White Stripe",
    ),
    # light backdrop; mid-blue skinny jeans, white blouse (feed row has no color)
    case(
        "X190-027",
        caption("a woman in a white blouse and black skinny jeans", "contradiction"),
        D.color("blue"),
        D.details("they are skinny jeans", "non_answer"),
        D.wearing("a white shirt and blue jeans"),
        gender=W,
        title="Plus Size Mid-Rise Skinny Jeans",
        category="Plus Jeans",
    ),
    # flat-lay on white, no person; black high-waist shaping shorts with a wide waistband
    case(
        "X190-028",
        caption("a pair of black shorts on a white background"),
        D.garment_type("shorts"),
        D.wearing("a woman wearing black shorts and a black top", "unsupported"),
        D.details("a high waist and a wide waistband"),
        D.material("the material of the garment is the material", "restated"),
        gender=W,
        title="Plus Size High-Waist Shaping Shorts",
        category="Plus Shapewear",
        color="Black",
    ),
    # light backdrop; coral eyelet peplum top, short flutter sleeves, white jeans
    case(
        "X190-029",
        caption("a woman in an orange top and white jeans"),
        D.color("pink"),
        D.details("eyelet lace, a peplum hem and short flutter sleeves"),
        D.material("cotton Question: What is the pattern of the garment? Answer: eyelet", "leak"),
        D.sleeve_length("sleeveless", "contradiction"),
        gender=W,
        title="Plus Size Eyelet Peplum Top",
        category="Plus Tops",
        color="Coral",
    ),
    # outdoor, in front of a brick wall, front view; black floral tie-shoulder jumpsuit, v-neck, side pockets
    case(
        "X190-030",
        caption("a woman in a black floral jumpsuit standing in front of a brick wall"),
        D.color("black"),
        D.pattern("floral"),
        D.wearing("a black and white floral dress", "contradiction"),
        D.details("tie shoulders, a v-neck, side pockets and a zipper on the back", "unsupported"),
        gender=W,
        title="Plus Size Printed Tie-Shoulder Jumpsuit",
        category="Plus Jumpsuits & Rompers",
        color="Black Floral",
    ),
    # --- old epoch-3 caption adapter (no end token) for caption/description/details ---
    # light backdrop; navy short-sleeve wrap dress, v-neck, midi, wristwatch
    case(
        "X190-031",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a short-sleeve dress with pure color patterns. It has a v-shape neckline and the dress is "
            "of long length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_dress(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears",
            "non_answer",
            hit_limit=True,
        ),
        D.wearing("a blue dress"),
        D.details(
            "The dress is of long length. It has a v-shape neckline. The lady wears a short-sleeve dress with pure "
            "color patterns. The dress is of long",
            "loop",
            hit_limit=True,
        ),
        D.color("navy"),
        gender=W,
        title="Plus Size Short Sleeve Wrap Dress",
        category="Plus Dresses",
        color="Navy",
    ),
    # light backdrop; rust rayon challis tunic, long sleeves, black leggings
    case(
        "X190-032",
        caption(
            "This female is wearing a long-sleeve shirt with pure color patterns and a long leggings. The shirt is "
            "with cotton fabric. The leggings are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with pure color patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The shirt is with cotton fabric and its neckline is round. The lady wears a long leggings. The leggings "
            "are with cotton fabric and pure color patterns. Her",
            "cut",
            hit_limit=True,
        ),
        D.material("rayon"),
        D.color("orange"),
        gender=W,
        title="Plus Size Rayon Challis Tunic Top",
        category="Plus Tops",
        color="Rust",
    ),
    # light backdrop; dark indigo mid-rise slim jeans, navy/white striped short-sleeve tee
    case(
        "X190-033",
        caption(
            "Her shirt has short sleeves, cotton fabric and stripe patterns. The neckline of the shirt is round. The "
            "lady wears a long trousers. The trousers are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The lady wears a long trousers. The trousers "
            "are with denim fabric and pure color patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and jeans"),
        color_jeans("white", "other_garment_color"),
        D.garment_type("jeans"),
        D.color("blue"),
        gender=W,
        title="Plus Size Mid-Rise Slim Jeans",
        category="Plus Jeans",
        color="Dark Indigo",
    ),
    # outdoor, pool deck; tankini set: aqua floral sleeveless top, black swim skirt
    case(
        "X190-034",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. The lady "
            "wears a short skirt. The skirt is with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "Question: Describe the garment. Answer: The lady wears a sleeveless tank top with floral patterns. The "
            "tank top is with cotton fabric. The lady",
            "leak",
            hit_limit=True,
        ),
        color_top("blue"),
        color_bottom("blue", "other_garment_color"),
        D.garment_type("swimsuit"),
        D.details(
            "The tank top is with cotton fabric. The skirt is with cotton fabric. The tank top is with cotton fabric. "
            "The skirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Plus Size Sweetheart Neck Tankini Set with Swim Skirt",
        category="Plus Swimwear",
        color="Aqua/Black",
    ),
    # light backdrop; wine ponte knit sheath dress, 3/4 sleeves, round neck, knee length, plain
    case(
        "X190-035",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with knitted fabric. It has "
            "a round neckline. The dress is of knee length. The lady wears a medium-sleeve dress with pure color "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The dress is with knitted fabric. It has a round neckline. The dress is of knee length. Her dress has "
            "medium sleeves, knitted fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.pattern("lattice", "contradiction"),
        D.material("knit"),
        D.description(
            "Question: Describe the garment. Answer: The lady wears a medium-sleeve dress with pure color patterns. "
            "The dress is with knitted",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a maroon dress"),
        gender=W,
        title="Plus Size Ponte Knit Sheath Dress",
        category="Plus Dresses",
        color="Wine",
    ),
    # outdoor, city sidewalk; blue and white striped button-down shirt dress, fabric belt, long roll-tab sleeves
    case(
        "X190-036",
        caption(
            "This lady is wearing a long-sleeve dress with stripe patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt in this clothes. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "This lady is wearing a long-sleeve dress with stripe patterns. This lady is wearing a long-sleeve dress "
            "with stripe patterns. This lady is wearing a",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.details(
            "The dress is with cotton fabric. It has a lapel neckline. There is a belt in this clothes. Her dress has "
            "long sleeves, cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.wearing("a blue and white striped shirt dress"),
        D.material("cotton", "unsupported"),
        gender=W,
        title="Plus Size Striped Belted Shirt Dress",
        category="Plus Dresses",
        color="Blue/White Stripe",
    ),
    # light backdrop; black lace-trim cami worn under an open white cardigan, blue jeans
    case(
        "X190-037",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. The "
            "lady wears a sleeveless tank top. The tank top is with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("tank top"),
        D.details(
            "the lace, the straps, the neckline, the lace, the straps, the neckline, the lace, the straps, the "
            "neckline, the lace",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white cardigan and a black tank top"),
        D.description(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric and "
            "its neckline is v-shape. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        gender=W,
        title="Plus Size Lace-Trim Cami",
        category="Plus Tops",
        color="Black",
    ),
    # outdoor, patio; dusty rose tiered peasant blouse, short sleeves, v-neck, white jeans
    case(
        "X190-038",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. The "
            "neckline of it is v-shape. The lady wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "Question: What are the details of the garment? Answer: The lady wears a short-sleeve blouse with pure "
            "color patterns. The blouse is with",
            "leak",
            hit_limit=True,
        ),
        D.color("pink"),
        D.description(
            "The lady wears a short-sleeve blouse with pure color patterns. The neckline of it is v-shape. The blouse "
            "is of medium length and it",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a pink shirt and white jeans", "pronoun"),
        D.sleeve_length("short sleeves"),
        gender=W,
        title="Plus Size Tiered Peasant Blouse",
        category="Plus Tops",
        color="Dusty Rose",
    ),
    # --- epoch-1 caption adapter captions, old VQA adapter extra questions (both no end token) ---
    # white backdrop; cobalt puff-sleeve shift dress, round neck, hands in the side pockets
    case(
        "X190-039",
        caption(
            "a woman in a blue dress with puff sleeves standing in front of a white wall with her hands in her pockets "
            "and her hands in her pockets and her hands in her pockets and her hands in",
            "loop",
            hit_limit=True,
        ),
        color_dress(
            "blue Question: What cloth is the person wearing? Answer: dress Question: Is this a dress? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.details("puff sleeves, a round neck and side pockets"),
        gender=W,
        title="Plus Size Puff Sleeve Shift Dress",
        category="Plus Dresses",
        color="Cobalt",
    ),
    # outdoor, sidewalk in front of a building; black high-waist flare jeans, white blouse
    case(
        "X190-040",
        caption(
            "a woman in a white shirt and black jeans standing on a sidewalk in front of a building with a white shirt "
            "and black jeans standing on a sidewalk in front of a building with a white",
            "loop",
            hit_limit=True,
        ),
        color_jeans(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        color_shirt(
            "white Question: What is the color of the jeans? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.color("black"),
        D.wearing("a white blouse and black flared jeans"),
        gender=W,
        title="Plus Size High-Waist Flare Jeans",
        category="Plus Jeans",
        color="Black",
    ),
    # light backdrop; olive sleeveless belted jumpsuit, notch collar, button front, white sneakers
    case(
        "X190-041",
        caption(
            "a woman in a green jumpsuit with a belt and a pair of white sneakers on a white background. the jumpsuit "
            "is made of a soft cotton fabric with a",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "romper/jumpsuit Question: Is this a romper/jumpsuit? Answer: yes Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_jumpsuit(
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        D.details("a collar, a button front and a tie belt at the waist"),
        gender=W,
        title="Plus Size Sleeveless Belted Utility Jumpsuit",
        category="Plus Jumpsuits & Rompers",
        color="Olive",
    ),
    # outdoor, beach with the ocean behind; red one-piece surplice swimsuit, crossover v-neck, wide straps
    case(
        "X190-042",
        caption(
            "a woman in a red swimsuit standing on a beach with the ocean in the background. she is wearing a red "
            "swimsuit and a red swimsuit and a red swimsuit and a red swimsuit",
            "loop",
            hit_limit=True,
        ),
        color_swimsuit(
            "red Question: What cloth is the person wearing? Answer: tee/tank Question: Is this a tee",
            "leak",
            hit_limit=True,
        ),
        cloth(
            "tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank", "contradiction", hit_limit=True
        ),
        D.garment_type("swimsuit"),
        D.wearing("a red bathing suit"),
        D.description("a red one-piece swimsuit with a crossover v-neck and wide straps"),
        gender=W,
        title="Plus Size Surplice One-Piece Swimsuit",
        category="Plus Swimwear",
        color="Red",
    ),
    # ghost mannequin on white, no person; black smoothing full slip, thin adjustable straps, straight neckline
    case(
        "X190-043",
        caption(
            "a black slip dress on a white mannequin on a white background with a white background with a white "
            "background with a white background with a white background with",
            "loop",
            hit_limit=True,
        ),
        color_slip(
            "black Question: What is the color of the slip? Answer: black Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        D.details("thin adjustable straps and a straight neckline"),
        D.wearing("a black slip"),
        title="Plus Size Smoothing Full Slip",
        category="Plus Shapewear",
        color="Black",
    ),
    # flat-lay on a wooden floor with sandals and a straw bag as props; camp shirt with green palm-leaf print on
    # white, solid green shorts with a plain elastic waist (no drawstring, no pockets visible)
    case(
        "X190-044",
        caption(
            "a green and white shirt and green shorts laid out on a wooden floor next to a pair of sandals and a straw "
            "bag, the shirt has a palm leaf print and the",
            "cut",
            hit_limit=True,
        ),
        color_shorts(
            "green Question: What is the color of the shirt? Answer: green Question: What is the color of the shorts? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        color_shirt(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.wearing("a green and white shirt and green shorts"),
        D.color("green"),
        D.details(
            "a collared shirt with buttons and a pair of shorts with a drawstring and side pockets", "unsupported"
        ),
        gender=W,
        title="Plus Size Palm Print Camp Shirt & Shorts Set",
        category="Plus Matching Sets",
        color="Green/White",
    ),
    # white backdrop; blush lace overlay sheath dress, short sleeves, scalloped hem, front view (no back shown)
    case(
        "X190-045",
        caption(
            "a woman in a pink lace dress with short sleeves posing in front of a white wall, the dress has a "
            "scalloped hem and a zipper at the back, the",
            "cut",
            hit_limit=True,
        ),
        color_dress(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "dress Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        D.material("lace"),
        D.color("pink"),
        gender=W,
        title="Plus Size Lace Overlay Sheath Dress",
        category="Plus Dresses",
        color="Blush",
    ),
    # light backdrop; navy v-neck button cardigan worn open over a white cami and blue jeans, hands in jeans pockets
    # (feed row has no category)
    case(
        "X190-046",
        caption(
            "a man wearing a blue cardigan and a white shirt and blue jeans standing in front of a white wall with his "
            "hands in his pockets and his hands in",
            "pronoun",
            hit_limit=True,
        ),
        color_cardigan(
            "white Question: What is the color of the cardigan? Answer: white Question: What is the",
            "other_garment_color",
            hit_limit=True,
        ),
        color_jeans(
            "blue Question: What is the color of the cardigan? Answer: blue Question: What is",
            "leak",
            hit_limit=True,
        ),
        D.color("navy"),
        D.garment_type("cardigan"),
        D.wearing("a blue cardigan, white top and jeans"),
        gender=W,
        title="Plus Size V-Neck Button Cardigan",
        color="Navy",
    ),
]
