"""BLIND_272 (46 products; swimwear, lingerie and nightwear on models and mannequins): written blind in the forty-second
session. Measured blind at 1dbad66 (the session's rules as they stood): 86/131 failures found (65.6%) and 13/163
correct texts flagged (8.0%). The writer's notes, verbatim:

Scenario: an English catalog feed of swimwear, lingerie and nightwear: one-piece swimsuits, monokinis, bikinis
(triangle, bandeau, tie-side, high-waist, mismatched top and bottom), tankinis, rash guard sets, swim trunks and swim
briefs, beach cover-ups (crochet, kaftan, sarong, beach shirt), bras (T-shirt, balconette, sports), briefs and
shapewear, lingerie sets, bodysuits, babydolls, camisoles, slip nightdresses, nightshirts, pyjama sets, onesies and
robes. Mostly women's, some men's, girls' and unisex items. Photos are model shots (studio backdrops, coloured walls,
beaches, pools, bedrooms and bathrooms, a sofa, a Christmas tree, a garden) and headless mannequins on white; many
show a second garment (a bikini under a cover-up, a slip under a robe, leggings under a sports bra, pyjama pants under
a camisole). Each row has the seller's title, category, color and gender; a few rows miss the gender or the color, as
real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a red
bikini on the beach") unless the comment says the caption adapter wrote them. The caption adapter
(`leoreigoto/Data2_V2_Blip2_Finetune_Caption`) writes the DeepFashion template ("The lady wears a sleeveless tank top
with pure color patterns and a short pants. The tank top is with cotton fabric ..."), has no end-of-answer token and
runs to its limit (50 new tokens for captions, 30 for answers), so every adapter text has hit_limit=True; asked a
question it returns its template. DeepFashion has no swimwear or lingerie classes, so the adapter calls bikini tops
and swimsuits tank tops, rompers or sweaters, and bikini bottoms "short pants". Open answers (wearing, description,
details, material and the set's own neckline/straps questions) come from the base model unless the comment says the
adapter answered them; the base model stops on its own and never has hit_limit. The closed questions (garment_type,
color, pattern, sleeve_length, the per-piece colors and the yes/no "Is this a ...?") are enrich's `--engine reference`
answers, chosen from candidate sets: they never loop or get cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy or turquoise, green for olive, emerald or turquoise, red for maroon, wine or
  burgundy, purple for wine, mauve or lavender, pink for peach, coral or mauve, orange for coral, beige for nude, grey
  for charcoal or grey melange. White for a nude bra, brown for nude shapewear and black for navy are contradictions.
- The color of a print or trim (white polka dots on navy, black lace trim on a green slip, gold rings on a black
  monokini, white stripes on a navy rash guard, red side panels on a black swimsuit, black spots on a brown leopard
  print, yellow flowers on a pink swimsuit) given as the garment's color is a contradiction; so is the color of a
  wall, a chair, pillows or a tree. The color of another garment in the photo (the bikini under a cover-up, the slip
  under a robe, the leggings under a sports bra, the other piece of a set or of a mismatched bikini) is
  other_garment_color. For an even black-and-white stripe, white is correct.
- Garment synonyms are correct: swim shorts or trunks for swim shorts and swim briefs, speedos for swim briefs, shorts
  for swim shorts, dress for a nightdress, babydoll, kaftan or long crochet cover-up, skirt for a sarong, tank top for
  a camisole or a tankini top, shirt for a nightshirt or beach shirt, jumpsuit for a onesie, pajamas for a sleep set,
  underwear/panties for briefs, lingerie for bra-and-brief sets, monokini for a cut-out swimsuit, costume for a bunny
  onesie. Wrong names are contradictions: coat for a robe, jumpsuit for a bodysuit, shorts for swim briefs or for
  shaping briefs, bra for a bikini top ("a black bra and black panties" for a bikini), jacket for a beach shirt worn
  open, the adapter's tank top/sweater/romper for swimwear. Lace is floral: "floral" for an all-over lace set is
  correct; "striped" for a ribbed swimsuit and "lattice" for a waffle knit (a texture, not a pattern) are
  contradictions; "solid" for a navy rash guard with two stripes down each sleeve is correct. A ruffled strap answered
  "short sleeves" is a contradiction.
- Materials: nylon, polyester, spandex or lycra are correct for any swimsuit and seamless lingerie (what they are made
  of; the model cannot tell them apart); a material the title names (satin, velvet, lace, chiffon, crochet, flannel,
  fleece, cotton, terry as cotton, modal as cotton) is correct; cotton on a padded T-shirt bra is a plausible guess
  and correct. Cotton for a swimsuit, linen for a cotton kaftan, silk for satin and satin for cotton are unsupported.
- Invented details not in the photo (a bow, lace trim, fringe, a hood, a belt, a zipper, a necklace, sunglasses, a
  straw hat, a towel on the head, a pocket, a tail on a front view, a low back on a front view, a cat print for a moon
  print) are unsupported.
- A pronoun or noun of the wrong sex ("he" for a woman or a girl, "she" for a man, "a woman" for a men's briefs
  mannequin) is pronoun.
- Adapter texts: a text that repeats a sentence of the template is a loop; one that stops mid-sentence without
  repeating is cut, even where it also guesses a wrong fabric or an accessory. Where the template misnames the garment
  itself (tank top and short pants for a bikini, sweater for a rash guard, romper for a bodysuit), the misnaming is
  what the auditor sees first: contradiction (hit_limit kept), even if it also loops. The template returned for the
  material question is restated (it does not answer, even when it names a fabric); returned for "What is the person
  wearing?" or "Describe the garment." it does answer, so it is cut or loop (or contradiction if it misnames).
- A base answer that stops mid-phrase ("the material is", "a red lace dress with a red") is cut, without hit_limit.
  Empty answers, "the details of the swimsuit", "the neckline of the garment", "a mannequin" for what the person wears
  and "it is made of material" are non_answer; "the bra is a bra", a question asked back, and a material answered with
  the garment's name and color are restated. Base answers running on into "Question: ... Answer: ..." are leak, even
  where the start is right.
- Where a base open answer gives every garment one color ("a red robe and a red slip" for a black slip under a wine
  robe) the wrong one is other_garment_color, and so is "a white and black dress" for a white cover-up over a black
  bikini; a color no garment in the photo has is a contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the bikini top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bikini bottom?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
straps = question("straps", "What are the straps like?", "open")

BLIND_272 = [
    # photo: model in a black one-piece swimsuit, scoop neck, thin straps, front view, plain white studio backdrop.
    # adapter: none
    case(
        "X272-001",
        caption("a woman in a black swimsuit posing against a white wall"),
        D.wearing(
            "a black bathing suit Question: what is the color of the bathing suit? Answer: black",
            "leak",
        ),
        D.garment_type("swimsuit"),
        D.color("black"),
        D.description("a black one piece swimsuit with a low back", "unsupported"),
        D.material("spandex"),
        title="Women Black Solid Scoop Neck One-Piece Swimsuit",
        category="Swimsuits",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red triangle bikini on a sandy beach, blue sea and sky behind, front view.
    # caption: adapter
    case(
        "X272-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. It has a suspenders neckline. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red bikini and a straw hat", "unsupported"),
        D.color("red"),
        is_a("bikini", "yes"),
        D.description("a red bikini with the blue ocean in the background"),
        D.material("cotton", "unsupported"),
        title="Women Red Triangle Bikini Set",
        category="Swimwear",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy bikini with white polka dots, top and bottom matching, seated on a pool edge; no bow.
    # adapter: none
    case(
        "X272-003",
        caption("a woman in a blue and white polka dot bikini sitting by the pool"),
        D.wearing("a black bikini with white dots", "contradiction"),
        D.color("blue"),
        D.pattern("polka dot"),
        color_top("white", "contradiction"),
        D.details("the top has a bow in the middle", "unsupported"),
        D.material("it is made of material", "non_answer"),
        title="Women Navy Polka Dot Bikini Set",
        category="Swimwear",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: headless mannequin torso in a nude padded T-shirt bra, smooth moulded cups, no trim, white background.
    # adapter: none
    case(
        "X272-004",
        caption("a mannequin wearing a beige bra"),
        D.wearing("a white bra", "contradiction"),
        D.color("white", "contradiction"),
        is_a("bra", "yes"),
        D.description("a nude bra with padded cups"),
        D.details("it has a lace trim around the cups", "unsupported"),
        D.material("cotton"),
        title="Women Nude Solid Padded T-Shirt Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: model in a black all-over lace bralette and matching briefs, standing by a bed with white sheets.
    # caption: adapter
    case(
        "X272-005",
        caption(
            "The lady wears a sleeveless tank top with lace patterns and a short pants. The tank top is with lace "
            "fabric and it has a v-shape neckline. The lady wears a sleeveless tank top with lace patterns and a "
            "short pants. The tank",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("black lingerie"),
        D.color("black"),
        D.pattern("floral"),
        D.description("a black lace bra and panties set"),
        D.material("lace"),
        D.details(
            "the bra has a black bow and the panties have a black bow and the bra has",
            "cut",
        ),
        title="Women Black Lace Bralette And Brief Set",
        category="Lingerie Set",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white satin slip nightdress, spaghetti straps, lace trim at the neckline, knee length,
    # standing in front of a pink painted wall. adapter: none
    case(
        "X272-006",
        caption("a woman in a white nightgown standing in front of a pink wall"),
        D.wearing("a white nightgown with a pink", "cut"),
        D.color("pink", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("it has thin straps and lace on the top"),
        D.material("silk", "unsupported"),
        title="Women White Satin Slip Nightdress",
        category="Night Dresses",
        color="White",
        gender="Women",
    ),
    # photo: bare-chested male model in navy swim shorts with a white drawstring and a side pocket, on a beach.
    # adapter: none
    case(
        "X272-007",
        caption("a man in blue swim trunks standing on the beach"),
        D.wearing("swim shorts"),
        D.garment_type("shorts"),
        D.details("they have a white drawstring and a pocket on the side"),
        D.description(
            "a pair of blue shorts with a white string Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        D.material("swim trunks", "restated"),
        title="Men Navy Blue Solid Swim Shorts",
        category="Swim Bottoms",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a leopard print plunge one-piece swimsuit, beige studio backdrop, front view.
    # adapter: none
    case(
        "X272-008",
        caption(
            "a woman in a leopard print swimsuit with sunglasses on her head",
            "unsupported",
        ),
        D.wearing("she is wearing a leopard print swimsuit"),
        D.color("black", "contradiction"),
        D.pattern("animal print"),
        D.description("a one piece swimsuit with a deep v neck"),
        D.details("the details of the swimsuit", "non_answer"),
        title="Women Brown Leopard Print Plunge Swimsuit",
        category="Swimsuits",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a long white crochet cover-up, sheer, no fringe, over a black bikini; beach, front view.
    # adapter: none
    case(
        "X272-009",
        caption("a woman in a white cover up and a black bikini on the beach"),
        D.wearing("a white and black dress", "other_garment_color"),
        D.garment_type("dress"),
        D.color("black", "other_garment_color"),
        D.description("a white knitted dress over a black bikini"),
        D.details("it has fringe at the bottom", "unsupported"),
        D.material("crochet"),
        title="Women White Crochet Beach Cover-Up",
        category="Cover-Ups",
        color="White",
        gender="Women",
    ),
    # photo: girl of about six in a pink one-piece swimsuit with a yellow floral print and ruffled shoulder straps,
    # standing by a pool. adapter: none
    case(
        "X272-010",
        caption("a little girl in a pink swimsuit standing by the pool"),
        D.wearing("a pink and yellow swimsuit"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("he is wearing a pink swimsuit with flowers on it", "pronoun"),
        D.color("yellow", "contradiction"),
        title="Girls Pink Floral Ruffle Strap Swimsuit",
        category="Swimwear",
        color="Pink",
        gender="Girls",
    ),
    # photo: model in a red satin pyjama set (long-sleeve notch-collar shirt with white piping and white buttons, long
    # pants), seated on a grey sofa. caption and material: adapter
    case(
        "X272-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with satin "
            "fabric and it has a lapel neckline. The pants are with satin fabric and pure color patterns. The lady "
            "also wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("red pajamas"),
        D.color("red"),
        color_pants("red"),
        D.details(
            "The shirt is with satin fabric and it has a lapel neckline. The shirt is with satin fabric and it has a "
            "lapel neckline. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with satin "
            "fabric and it has a lapel",
            "restated",
            hit_limit=True,
        ),
        title="Women Red Satin Pyjama Set",
        category="Night Suits",
        color="Red",
        gender="Women",
    ),
    # photo: male torso mannequin in grey melange cotton boxer briefs with a black waistband carrying a white woven
    # logo, white background.
    # adapter: none
    case(
        "X272-012",
        caption("a pair of grey boxer briefs on a mannequin"),
        D.wearing("a woman in grey underwear", "pronoun"),
        D.garment_type("briefs"),
        D.details("a black waistband with white letters"),
        D.material("cotton Question: what is the color of the underwear? Answer: grey", "leak"),
        title="Men Grey Melange Cotton Boxer Briefs",
        category="Briefs",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a wine velvet robe, long sleeves, belted, no visible pockets, a black lace slip showing at the
    # neckline; dark room with a heavy curtain. adapter: none
    case(
        "X272-013",
        caption("a woman in a purple robe standing in a dark room"),
        D.wearing("a red robe and a red slip", "other_garment_color"),
        D.garment_type("coat", "contradiction"),
        D.color("black", "other_garment_color"),
        is_a("robe", "yes"),
        D.details("it has a belt and two pockets", "unsupported"),
        D.material("velvet"),
        title="Women Wine Velvet Long Robe",
        category="Robes",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a turquoise high-waist bikini, the top with a gold ring at the centre, sitting on dark rocks by
    # the sea. caption: adapter
    case(
        "X272-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short pants. The tank top is with "
            "cotton fabric. It has a suspenders neckline. The pants are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue bikini"),
        D.color("green"),
        D.details("a gold ring in the middle of the top"),
        D.material("the bikini is made of a material", "non_answer"),
        is_a("bikini", "no", "contradiction"),
        title="Women Turquoise High Waist Ring Bikini",
        category="Swimwear",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: model in a black and white horizontally striped halter one-piece swimsuit (even stripes), on a pool deck.
    # adapter: none
    case(
        "X272-015",
        caption("a woman in a black and white striped swimsuit"),
        D.pattern("striped"),
        D.color("white"),
        neckline("the neckline of the garment", "non_answer"),
        D.description(
            "a black and white striped swimsuit with a halter neck Question: what is the pattern of the swimsuit? "
            "Answer: striped",
            "leak",
        ),
        D.material("swimsuit", "restated"),
        title="Women Black & White Striped Halter Swimsuit",
        category="Swimsuits",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender cotton shorts pyjama set: short-sleeve tee with a white crescent-moon print, lavender
    # shorts with small white dots; sitting on a bed against a white wall. adapter: none
    case(
        "X272-016",
        caption("a woman in a purple shirt and shorts sitting on a bed"),
        D.wearing("a purple shirt and white shorts", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        color_shorts("white", "contradiction"),
        D.details("the shirt has a picture of a cat on it", "unsupported"),
        D.material("cotton"),
        title="Women Lavender Printed Cotton Shorts Pyjama Set",
        category="Night Suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a white cotton kaftan cover-up with wide elbow sleeves and blue embroidery at the V neckline, no
    # accessories, on a beach. caption and description: adapter
    case(
        "X272-017",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with pure "
            "color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress"),
        D.sleeve_length("short sleeves"),
        D.description(
            "The dress is with cotton fabric. It has a v-shape neckline. The dress is with cotton fabric. It has a "
            "v-shape neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.details("blue embroidery on the neckline"),
        D.material("linen", "unsupported"),
        title="Women White Embroidered Cotton Kaftan Cover-Up",
        category="Cover-Ups",
        color="White",
        gender="Women",
    ),
    # photo: model in a red lace underwired balconette bra with a small centre bow, matching red briefs, plain grey
    # backdrop. adapter: none
    case(
        "X272-018",
        caption("a woman in red lingerie posing in front of a grey wall"),
        D.wearing("he is wearing a red bra and panties", "pronoun"),
        D.color("red"),
        is_a("bikini", "no"),
        D.description(
            "a red bra and panties with lace Question: describe the bra. Answer: a red bra with lace",
            "leak",
        ),
        D.details("the bra has a small bow in the center"),
        title="Women Red Lace Underwired Balconette Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: model in a coral one-shoulder swimsuit with a cut-out at the waist, in front of a yellow wall.
    # adapter: none
    case(
        "X272-019",
        caption("a woman in an orange swimsuit in front of a yellow wall"),
        D.wearing("an orange swimsuit"),
        D.color("yellow", "contradiction"),
        neckline("one shoulder"),
        D.details("it has a cut out on the side"),
        D.material("", "non_answer"),
        D.description("a yellow swimsuit with one shoulder", "contradiction"),
        title="Women Coral One Shoulder Cut-Out Swimsuit",
        category="Swimsuits",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a knee-length grey melange cotton nightshirt, long sleeves, button placket, no pocket, sitting on
    # a bed with pink pillows. description: adapter
    case(
        "X272-020",
        caption("a woman in a grey shirt sitting on a bed with pink pillows"),
        D.garment_type("shirt"),
        D.color("pink", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.details("buttons down the front and a", "cut"),
        D.material("a grey nightshirt", "restated"),
        title="Women Grey Melange Cotton Nightshirt",
        category="Night Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: headless mannequin in a black bandeau bikini (strapless top, plain bottom), white background.
    # adapter: none; the row has no gender
    case(
        "X272-021",
        caption("a black bikini on a white mannequin"),
        D.wearing("a black bra and black panties", "contradiction"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        is_a("bra", "yes", "contradiction"),
        straps("there are no straps"),
        title="Black Bandeau Bikini Set",
        category="Swimwear",
        color="Black",
    ),
    # photo: male model in a pyjama set: plain navy crew-neck t-shirt (no pocket) and red-and-white checked flannel
    # pants, standing in a kitchen. adapter: none
    case(
        "X272-022",
        caption(
            "a man in a blue shirt and blue plaid pants standing in a kitchen",
            "other_garment_color",
        ),
        D.wearing("a blue t-shirt and red plaid pajama pants"),
        D.pattern("checked"),
        color_pants("blue", "other_garment_color"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        D.material("flannel"),
        D.sleeve_length("short sleeves"),
        title="Men Navy & Red Checked Flannel Pyjama Set",
        category="Night Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an olive ribbed tankini set (tank top with wide straps and bikini bottoms), beach with palm
    # trees. caption: adapter
    case(
        "X272-023",
        caption(
            "The lady wears a sleeveless tank top with striped patterns and a short pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green tank top and bikini bottoms"),
        D.garment_type("tank top"),
        D.pattern("striped", "contradiction"),
        D.color("green"),
        D.material("nylon"),
        D.description("a green tank top", "contradiction"),
        title="Women Olive Ribbed Tankini Set",
        category="Swimwear",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a peach cotton cami-and-shorts sleep set with white lace trim at the neckline and hems, sitting
    # on a bed with white sheets. adapter: none
    case(
        "X272-024",
        caption("a woman in a pink camisole and shorts sitting on a bed"),
        D.wearing("she is wearing a pink top and pink shorts and a pink", "cut"),
        D.garment_type("tank top"),
        D.color("white", "contradiction"),
        D.details("white lace on the top and the bottom"),
        D.material("satin", "unsupported"),
        color_shorts("pink"),
        title="Women Peach Cotton Lace Trim Cami Shorts Set",
        category="Night Suits",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a white cotton terry bathrobe with a shawl collar (no hood), belted, in a white bathroom with
    # green plants. adapter: none
    case(
        "X272-025",
        caption(
            "a woman in a white robe with a towel on her head standing in a bathroom",
            "unsupported",
        ),
        D.garment_type("robe"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.description("a white bathrobe with a belt and a hood", "unsupported"),
        D.material("cotton"),
        title="Unisex White Cotton Terry Bathrobe",
        category="Robes",
        color="White",
        gender="Unisex",
    ),
    # photo: male model in black swim briefs, standing at the edge of a pool, front view. adapter: none
    case(
        "X272-026",
        caption("a man in black swim trunks standing by a pool"),
        D.wearing("black speedos"),
        D.color("black"),
        D.garment_type("shorts", "contradiction"),
        D.material("the material is", "cut"),
        D.description("she is wearing a black swimsuit", "pronoun"),
        title="Men Black Solid Swim Briefs",
        category="Swim Bottoms",
        color="Black",
        gender="Men",
    ),
    # photo: model in an emerald green satin slip nightdress with black lace trim at the V neckline and hem, no
    # jewellery, black backdrop. caption and wearing: adapter
    case(
        "X272-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist and a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The lady wears a sleeveless dress with pure "
            "color patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.material("satin"),
        D.sleeve_length("sleeveless"),
        D.details("black lace on the top and bottom of the dress"),
        title="Women Emerald Green Satin Lace Trim Nightdress",
        category="Night Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a mauve seamless wire-free bra and matching briefs, beige wall behind. adapter: none
    case(
        "X272-028",
        caption("a woman in a pink bra and panties standing in front of a wall"),
        D.color("purple"),
        D.garment_type("bra"),
        D.description("the bra is a bra", "restated"),
        D.details("", "non_answer"),
        D.material("nylon"),
        D.wearing("a beige bra and beige panties", "contradiction"),
        title="Women Mauve Seamless Bra And Brief Set",
        category="Lingerie Set",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a tie-side bikini with a tropical print (green leaves and pink hibiscus on white), on a beach.
    # adapter: none
    case(
        "X272-029",
        caption("a woman in a floral bikini on the beach"),
        D.wearing("a green bikini with pink flowers"),
        D.pattern("floral"),
        D.color("white"),
        D.details("the bottoms tie at the sides and the top ties at the", "cut"),
        D.material(
            "the bikini is a bikini Question: what is the material of the bikini? Answer: nylon",
            "leak",
        ),
        title="Women Multicolour Tropical Print Tie-Side Bikini",
        category="Swimwear",
        color="Multi",
        gender="Women",
    ),
    # photo: girl in a navy long-sleeve rash guard and navy swim shorts, two white stripes down each sleeve, at a pool.
    # caption: adapter
    case(
        "X272-030",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue swimsuit with long sleeves"),
        D.sleeve_length("long sleeves"),
        D.color("white", "contradiction"),
        is_a("swimsuit", "yes"),
        D.pattern("solid"),
        D.details("he has white stripes on his arms", "pronoun"),
        title="Girls Navy Long Sleeve Rash Guard Swim Set",
        category="Swimwear",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: model in a black halter monokini with side cut-outs joined by gold rings, no jewellery, grey backdrop.
    # adapter: none
    case(
        "X272-031",
        caption("a woman in a black swimsuit with gold rings"),
        D.wearing("a black monokini"),
        D.color("gold", "contradiction"),
        D.details("gold rings on the sides and a gold necklace", "unsupported"),
        D.description("a black swimsuit with cut outs on the sides"),
        D.material("lycra"),
        title="Women Black Halter Cut-Out Monokini",
        category="Swimsuits",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red and white striped cotton pyjama set (long-sleeve shirt, long pants) in front of a
    # decorated Christmas tree. caption: adapter
    case(
        "X272-032",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The lady wears a long-sleeve shirt with striped patterns and a long "
            "pants. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "red and white striped pajamas Question: what color are the pajamas? Answer: red and white",
            "leak",
        ),
        D.pattern("striped"),
        D.color("green", "contradiction"),
        color_pants("red"),
        D.material("cotton"),
        title="Women Red Striped Cotton Pyjama Set",
        category="Night Suits",
        color="Red & White",
        gender="Women",
    ),
    # photo: model in a black lace plunge bodysuit, sleeveless, no jewellery, sitting on a red velvet armchair.
    # caption: adapter
    case(
        "X272-033",
        caption(
            "The lady wears a sleeveless romper with lace patterns. The romper is with lace fabric. It has a v-shape "
            "neckline. There is an accessory on her wrist. The lady wears a sleeveless romper with lace patterns. The "
            "romper is",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit", "contradiction"),
        D.color("red", "contradiction"),
        D.wearing("a black lace bodysuit"),
        D.material("lace"),
        D.pattern("floral"),
        title="Women Black Lace Plunge Bodysuit",
        category="Bodysuits",
        color="Black",
        gender="Women",
    ),
    # photo: model in a light blue cotton nightdress with a small white floral print, short sleeves, midi length, no
    # belt, in a garden with green trees. caption: adapter
    case(
        "X272-034",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a short-sleeve dress with floral patterns. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.description("a light blue night gown with white flowers"),
        D.details("the dress has a belt at the waist", "unsupported"),
        D.material("cotton"),
        D.wearing("a green dress", "contradiction"),
        title="Women Light Blue Floral Print Cotton Nightdress",
        category="Night Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: male model in a charcoal cotton waffle-knit robe, belted, shawl collar, dark shorts beneath; white wall.
    # adapter: none
    case(
        "X272-035",
        caption("a man in a grey robe standing in front of a white wall"),
        D.wearing("she is wearing a grey robe", "pronoun"),
        D.color("grey"),
        D.pattern("lattice", "contradiction"),
        D.details("it has a waffle texture and a belt"),
        D.material("cotton and polyester and", "cut"),
        title="Men Charcoal Cotton Waffle Robe",
        category="Robes",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a mismatched bikini (yellow ruffle-trim top, white bottoms) on a beach. adapter: none
    case(
        "X272-036",
        caption("a woman in a yellow and white bikini on the beach"),
        D.wearing("a yellow bikini top and white bottoms"),
        color_top("yellow"),
        color_bottom("yellow", "other_garment_color"),
        D.details("the top has a ruffle"),
        D.description(
            "a yellow bikini with a ruffle Question: what is the color of the bikini? Answer:",
            "leak",
        ),
        title="Women Yellow & White Ruffle Bikini Set",
        category="Swimwear",
        color="Yellow",
        gender="Women",
    ),
    # photo: lower-body mannequin in nude high-waist shaping briefs, plain, no lace, white background.
    # adapter: none
    case(
        "X272-037",
        caption("a beige pair of underwear on a mannequin"),
        D.garment_type("shorts", "contradiction"),
        D.color("beige"),
        D.description("high waisted beige panties"),
        D.details("it has a lace waistband", "unsupported"),
        D.material("spandex"),
        D.wearing("a brown girdle", "contradiction"),
        title="Women Nude High-Waist Shaping Briefs",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: model in a blue-and-white batik floral sarong tied at the waist over a white bikini, on a beach.
    # caption: adapter
    case(
        "X272-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. It has a suspenders neckline. The skirt is with chiffon fabric and graphic patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue skirt and a blue bikini top", "other_garment_color"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.material("a blue and white sarong", "restated"),
        title="Women Blue Batik Print Beach Sarong",
        category="Cover-Ups",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a grey melange racerback sports bra and black leggings, gym wall behind, front view.
    # adapter: none
    case(
        "X272-039",
        caption("a woman in a grey sports bra and black leggings"),
        D.garment_type("bra"),
        D.color("black", "other_garment_color"),
        D.wearing("he is wearing a sports bra and leggings", "pronoun"),
        D.details("racer back straps"),
        D.material("the material of the garment", "non_answer"),
        D.description("a grey sports bra with a zipper in the front", "unsupported"),
        title="Women Grey Melange Racerback Sports Bra",
        category="Bra",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a maroon lace-cup babydoll with a sheer chiffon skirt and matching thong, bedroom with a
    # cream headboard. caption: adapter
    case(
        "X272-040",
        caption(
            "The lady wears a sleeveless dress with lace patterns. The dress is with chiffon fabric. It has a v-shape "
            "neckline. The dress is of short length. The lady wears a sleeveless dress with lace patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.garment_type("dress"),
        D.material("lace and chiffon"),
        D.description("a red lace dress with a red", "cut"),
        D.wearing("he is wearing a red lingerie", "pronoun"),
        title="Women Maroon Lace & Chiffon Babydoll",
        category="Babydolls",
        color="Maroon",
        gender="Women",
    ),
    # photo: male model in a pyjama set: grey melange long-sleeve henley (three buttons) and navy joggers; grey sofa.
    # caption: adapter
    case(
        "X272-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a round neckline. The gentleman wears a long-sleeve shirt with pure color patterns "
            "and a long",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        color_pants("grey", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.wearing("a grey shirt and blue pants"),
        D.details("the shirt has three buttons"),
        D.material("the garment is made of cotton and", "cut"),
        title="Men Grey & Navy Cotton Henley Pyjama Set",
        category="Night Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: model in an oversized white broderie cotton beach shirt, long sleeves, open over a red bikini; beach.
    # adapter: none
    case(
        "X272-042",
        caption("a woman in a white shirt and a red bikini on the beach"),
        D.garment_type("jacket", "contradiction"),
        D.color("red", "other_garment_color"),
        D.pattern("solid"),
        D.description("a white button down shirt with little holes"),
        D.details("it has a collar and a pocket on the", "cut"),
        title="Women White Broderie Cotton Beach Shirt",
        category="Cover-Ups",
        color="White",
        gender="Women",
    ),
    # photo: model in a light pink fleece hooded onesie with bunny ears on the hood, front view, white backdrop.
    # adapter: none
    case(
        "X272-043",
        caption("a woman in a pink onesie with bunny ears"),
        D.garment_type("jumpsuit"),
        D.color("pink"),
        D.wearing(
            "a pink onesie Question: what is the woman wearing? Answer: a pink onesie",
            "leak",
        ),
        D.details("the hood has bunny ears and a tail", "unsupported"),
        D.material("fleece"),
        title="Women Pink Fleece Hooded Onesie",
        category="Night Suits",
        color="Pink",
        gender="Women",
    ),
    # photo: headless mannequin seen from the back in a black one-piece swimsuit with criss-cross back straps, white
    # background. adapter: none; the row has no color
    case(
        "X272-044",
        caption("the back of a black swimsuit on a mannequin"),
        D.wearing("a mannequin", "non_answer"),
        D.color("black"),
        D.details("criss cross straps on the back"),
        D.description("a black swimsuit with straps on the back and a bow", "unsupported"),
        D.material("nylon"),
        title="Women Black Criss-Cross Back Swimsuit",
        category="Swimsuits",
        gender="Women",
    ),
    # photo: model in a white modal camisole with spaghetti straps and grey jersey pyjama pants, plain white wall.
    # caption and material: adapter
    case(
        "X272-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a suspenders neckline. The pants are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("tank top"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.wearing("a white tank top and grey pants"),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        title="Women White Modal Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: model in a black high-neck swimsuit with red side panels (colour-block), no zipper, at a pool.
    # adapter: none
    case(
        "X272-046",
        caption("a woman in a black and red swimsuit standing by a pool"),
        D.pattern("color block"),
        D.color("red", "contradiction"),
        D.wearing("a black swimsuit with red sides"),
        neckline("high neck"),
        D.details("the swimsuit has a zipper on the front", "unsupported"),
        D.material("what is the material of the swimsuit", "restated"),
        title="Women Black & Red Colour-Block High Neck Swimsuit",
        category="Swimsuits",
        color="Black",
        gender="Women",
    ),
]
