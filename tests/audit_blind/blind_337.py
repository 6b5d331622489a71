"""BLIND_337 (46 products; women's lingerie, loungewear and nightwear: bras, briefs, slips, night suits, robes): written
blind in the forty-fourth session. Measured blind at b12763c (the session's rules as they stood): 86/121 failures
found (71.1%) and 9/154 correct texts flagged (5.8%). The writer's notes, verbatim:

Scenario: an English catalog feed of women's intimates and sleepwear: bras (padded, lace, sports, bralettes),
briefs (single and packs), camisoles, slips, night suits (shirt with pants or shorts), nightdresses, robes, lounge
pants and thermal sets. Model shots (often cropped, often in a matching or contrasting second piece: the bra over the
briefs, a tee over lounge pants) and flat-lays (on white, on marble, on satin sheets, on wooden floors, on beds).
Backdrops are often colored (pink sheets, a blue wall, a red curtain, a christmas tree, a garden). Each product has
the seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` with enrich's default questionnaire (wearing,
garment_type, color, pattern, sleeve_length, description, details, material), plus per-piece color questions
("What is the color of the bra?"), a neckline question and the yes/no "Is this a ...?" garment question. The base
model writes short lowercase texts and stops on its own (never hit_limit). On some items the caption-only LoRA
adapter (DeepFashion template, no end-of-answer token) wrote the caption and sometimes open answers: every adapter
text runs to its limit (hit_limit=True) and, asked a question, returns its template. The comment before each case
says which texts came from the adapter. Closed questions (garment_type, color, pattern, sleeve_length, per-piece
colors, "Is this a ...?") are enrich's `--engine reference` answers, values chosen from candidate sets: never a loop
or a cut, but often the wrong candidate (a backdrop's color, a print's color, another garment's color).

Labeling conventions and judgement calls:
- Shade words count as correct: beige, tan or peach for nude/skin; red for maroon or wine; blue for navy, teal or
  sky blue; green for olive, teal or emerald; purple or pink for mauve; purple for lavender; pink for fuchsia or
  peach; orange or pink for coral; gold, beige or cream for champagne; white or cream for ivory; grey for charcoal
  or grey melange; yellow for mustard. Black for navy, pink for nude, orange for mustard, purple for maroon are
  contradiction.
- A color of the backdrop (the blue wall, the marble, the pink sheet, the christmas tree, the red curtain) or of the
  print/trim/dots (white dots on navy, black piping on fuchsia) given as the garment's color is contradiction. The
  color of another garment worn in the photo (the tee over lounge pants, the sweater over thermal leggings) is
  other_garment_color.
- Garment synonyms count as correct: bra for a bralette, panties/underwear for briefs, tank top for a camisole,
  dress/nightgown/nightie for a nightdress, slip dress or dress for a slip, pajamas for a night suit, bathrobe or
  kimono for a robe, sweatpants/joggers for lounge pants, shirt/top for a thermal top. A bra called a tank top,
  briefs called shorts, a robe called a coat, a thermal top called a sweater, and a garment type naming another
  piece in the photo (bra for a briefs product, sweatshirt for lounge pants) are contradiction.
- A pack (3 briefs, 2 camisoles) described as one garment ("a pair of black panties") is contradiction.
- Materials: the one the title names (lace, satin, velvet, modal, flannel, cotton) is correct; "thermal" for a
  thermal set is correct; a plausible guess on a plain jersey/cotton-look fabric ("cotton") is correct. A material
  neither named nor visible (silk on satin, wool or fleece on a cotton-blend thermal, linen on cotton) is
  unsupported; one that contradicts the title's (denim for a cotton camisole, the jeans' fabric) is contradiction.
- Invented items not in the photo (a logo, a clasp on a front view, a belt on a nightdress, a slit, a santa hat,
  a necklace) are unsupported. A belt on a robe that has one is correct.
- Ribbed knit as "striped", waffle weave as "checked", sleeveless as short sleeves and the reverse from the
  reference engine are contradiction.
- Adapter texts: all hit the limit. One that repeats a sentence of the template is loop; one that stops mid-sentence
  without repeating is cut, even when the words before the cut are right or invent an accessory; a template
  returned for the material question is restated. Where the template misnames the product itself (a bra as a tank
  top, a robe as a coat), contradiction is what the auditor sees first, hit_limit kept.
- Base texts: one cut short by an early stop ("it is made of", "high waist with lace on the") is cut without
  hit_limit; an empty answer, "nothing" for a flat-lay's wearing question, "the details of the pants", "it is a robe"
  for "Describe the garment." and "made of a soft fabric" are non_answer; a material question answered with the
  garment's color and name is restated; one that runs on into "Question: ... Answer: ..." is leak; "he"/"a man" for
  the woman model is pronoun; a short run of the same words ("tie dye, tie dye, tie dye") is loop.
- For a flat-lay, the wearing question answered with the garment ("a pink bra") is correct.
- Two pieces of a set in the same color (red thermal top and red pants) answered with one color each is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_bra = question("color_bra", "What is the color of the bra?", "closed")
color_briefs = question("color_briefs", "What is the color of the briefs?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_337 = [
    # photo: model in a black lace underwired padded bra with a tiny satin bow at the centre, matching black lace
    # briefs, plain white wall, front view cropped at the thighs.
    # adapter: none
    case(
        "X337-001",
        caption("a woman in a black lace bra and panties"),
        D.wearing(
            "a black bra and panties Question: What is the color of the bra? Answer: black",
            "leak",
        ),
        D.color("black"),
        D.material("lace"),
        D.details("the bra has a lace pattern and a gold clasp in the front", "unsupported"),
        title="Women Black Lace Underwired Padded Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of a nude seamless t-shirt bra on a white background, cups facing up.
    # adapter: none
    case(
        "X337-002",
        caption("a beige bra on a white background"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("bra"),
        D.color("pink", "contradiction"),
        D.pattern("solid"),
        is_a("bra", "yes"),
        D.material("cotton and spandex with a lace trim", "unsupported"),
        title="Women Nude Solid Non-Wired Seamless T-shirt Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: flat-lay of three cotton hipster briefs (black, grey melange, navy) fanned out on white.
    # adapter: none
    case(
        "X337-003",
        caption("three pairs of underwear on a white background"),
        D.description("a pair of black panties", "contradiction"),
        D.garment_type("shorts", "contradiction"),
        D.color("multi"),
        D.material("cotton"),
        D.details("elastic waistband with the logo", "unsupported"),
        title="Women Pack of 3 Cotton Hipster Briefs",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: model sitting on a white bed in a pink cotton night suit: long-sleeve notch-collar shirt with white
    # polka dots, white piping, chest pocket, and matching pink polka-dot pajama pants.
    # adapter: none
    case(
        "X337-004",
        caption("a woman in pink pajamas sitting on a bed"),
        D.wearing("pink pajamas"),
        color_top("pink"),
        color_pants("white", "contradiction"),
        D.pattern("polka dots"),
        D.material("pink pajamas", "restated"),
        D.details("the shirt has buttons down the front and a pocket"),
        title="Women Pink Polka Dot Print Cotton Night Suit",
        category="Night Suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model standing in a champagne satin slip nightdress, spaghetti straps, lace at the bust, knee length,
    # beige curtain behind.
    # adapter: caption
    case(
        "X337-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of knee length. The lady wears a sleeveless dress with pure color "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a gold satin nightgown Question: What is the color of the nightgown? Answer: gold",
            "leak",
        ),
        D.color("beige"),
        D.material("silk", "unsupported"),
        neckline("v neck with lace"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Champagne Satin Lace Trim Slip Nightdress",
        category="Nightdress",
        color="Champagne",
        gender="Women",
    ),
    # photo: model in a grey melange thermal set, long-sleeve crew-neck top and full-length leggings, plain white
    # studio, full-length front view.
    # adapter: none
    case(
        "X337-006",
        caption("a woman in a grey thermal top and leggings"),
        D.wearing("grey long sleeve shirt and grey leggings"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("wool", "unsupported"),
        is_a("pair of leggings", "yes"),
        is_a("sweater", "yes", "contradiction"),
        title="Women Grey Melange Cotton Blend Thermal Top and Bottom Set",
        category="Thermal Set",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model cropped from the chest down in navy blue drawstring lounge pants with side pockets, a white tee
    # tucked in, grey wall.
    # adapter: none
    case(
        "X337-007",
        caption("a woman wearing navy blue pants and a white t-shirt"),
        D.wearing("a white shirt and blue pants"),
        D.color("white", "other_garment_color"),
        D.details("the details of the pants", "non_answer"),
        D.description("blue pants with a drawstring and pockets"),
        title="Women Navy Blue Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a maroon velvet robe with a shawl collar, long sleeves, belt tied at the waist, white door
    # behind her.
    # adapter: none
    case(
        "X337-008",
        caption("a woman in a red robe standing in front of a door"),
        D.wearing("a red robe"),
        D.color("purple", "contradiction"),
        D.material("velvet"),
        D.details("the robe has a belt and a hood", "unsupported"),
        title="Women Maroon Velvet Shawl Collar Robe",
        category="Robe",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white cotton camisole with a lace trim at the neckline and thin adjustable straps, grey
    # cotton lounge shorts, white studio.
    # adapter: caption, material
    case(
        "X337-009",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric. It has a suspenders neckline. The female wears a three-point shorts. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and grey shorts"),
        D.color("grey", "other_garment_color"),
        is_a("camisole", "yes"),
        D.material(
            "The tank top is with cotton fabric and pure color patterns. It has a suspenders neckline. The female "
            "wears a three-point shorts. The",
            "restated",
            hit_limit=True,
        ),
        D.details("lace trim at the top"),
        title="Women White Lace Trim Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: model in a black racerback sports bra (no visible branding) and black leggings, white studio.
    # adapter: none
    case(
        "X337-010",
        caption("a woman in a black sports bra and leggings"),
        D.wearing("a black sports bra and black leggings"),
        D.garment_type("tank top", "contradiction"),
        D.color("black"),
        D.details("it has a racerback and a white logo on the band", "unsupported"),
        D.material("it is made of spandex and", "cut"),
        title="Women Black Racerback Non-Padded Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender cotton nightdress with a small white-and-green floral print, short sleeves,
    # knee length, white bedroom wall and a potted plant beside her.
    # adapter: none
    case(
        "X337-011",
        caption("a woman in a purple nightgown standing next to a plant"),
        D.wearing("a purple dress with flowers and a white cardigan", "unsupported"),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        D.material("cotton"),
        D.description("a purple nightgown with white flowers and a belt", "unsupported"),
        title="Women Lavender Floral Print Cotton Nightdress",
        category="Nightdress",
        color="Lavender",
        gender="Women",
    ),
    # photo: flat-lay of a red lace bralette and matching red lace briefs on a pink satin sheet.
    # adapter: none
    case(
        "X337-012",
        caption("a red lace bra and panties on a pink sheet"),
        D.wearing("a red bra and panties"),
        color_bra("red"),
        color_briefs("pink", "contradiction"),
        D.material("lace"),
        D.details("lace with a pearl strap", "unsupported"),
        title="Women Red Lace Bralette and Brief Lingerie Set",
        category="Lingerie Set",
        color="Red",
        gender="Women",
    ),
    # photo: model in a light blue night suit: blue-and-white striped short-sleeve collared shirt with buttons and
    # solid light blue shorts, white wall.
    # adapter: none
    case(
        "X337-013",
        caption("a woman in blue and white striped pajamas"),
        D.wearing("he is wearing a blue and white striped pajama set", "pronoun"),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.details("the shirt has a collar and buttons and a pocket on the", "cut"),
        title="Women Light Blue Striped Shirt and Shorts Night Suit",
        category="Night Suits",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a black satin camisole and shorts sleep set, dark grey wall.
    # adapter: caption, wearing, details
    case(
        "X337-014",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a three-point shorts. The shorts are with chiffon fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a tank top with pure color patterns. The tank top is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a tank top with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The tank top is with chiffon fabric and pure color patterns. It has a suspenders neckline. The shorts "
            "are with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.material("satin"),
        title="Women Black Satin Cami and Shorts Sleep Set",
        category="Night Suits",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of a peach sleeveless cotton nightdress with a button placket, on a wooden floor.
    # adapter: none
    case(
        "X337-015",
        caption("a pink nightgown laying on a wooden floor"),
        D.wearing("a nightgown"),
        D.color("brown", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.material("wood", "unsupported"),
        title="Women Peach Solid Cotton Sleeveless Nightdress",
        category="Nightdress",
        color="Peach",
        gender="Women",
    ),
    # photo: model in olive green cotton joggers with elastic ankle cuffs and a black crop top, white studio.
    # adapter: none
    case(
        "X337-016",
        caption("a woman in green pants and a black top"),
        D.wearing(
            "green pants and a black top Question: What is the color of the pants? Answer: green",
            "leak",
        ),
        D.color("black", "other_garment_color"),
        D.garment_type("pants"),
        D.material("cotton"),
        D.details("elastic cuffs at the ankles"),
        title="Women Olive Green Cotton Lounge Joggers",
        category="Lounge Pants",
        color="Olive Green",
        gender="Women",
    ),
    # photo: model in a navy non-padded bra with a small white floral print and matching briefs, white wall.
    # adapter: none
    case(
        "X337-017",
        caption("a woman in a blue floral bra and panties"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.garment_type("bra"),
        is_a("camisole", "no"),
        D.description("a navy blue bra with white flowers and a matching", "cut"),
        D.material("it is made of", "cut"),
        title="Women Navy Blue Floral Print Non-Padded Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: flat-lay of a maroon thermal long-sleeve top and matching maroon thermal pants side by side on white.
    # adapter: none
    case(
        "X337-018",
        caption("a red long sleeve shirt and pants on a white background"),
        D.wearing("a red shirt and red pants"),
        color_top("red"),
        color_pants("red"),
        D.material("fleece", "unsupported"),
        D.details("the shirt has a hood", "unsupported"),
        title="Women Maroon Thermal Top and Bottom Set",
        category="Thermal Set",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white cotton waffle-weave bathrobe with a belt and shawl collar, white tiled bathroom.
    # adapter: caption
    case(
        "X337-019",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The coat is with cotton fabric and pure color patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white bathrobe"),
        D.color("white"),
        D.garment_type("robe"),
        D.pattern("checked", "contradiction"),
        D.material("cotton"),
        D.description("a white bathrobe with a towel on her head", "unsupported"),
        title="Women White Waffle Knit Cotton Bathrobe",
        category="Robe",
        color="White",
        gender="Women",
    ),
    # photo: model cropped from the waist down to the thighs in black cotton hipster briefs, hem of a grey tank top
    # visible at the top, white backdrop.
    # adapter: none
    case(
        "X337-020",
        caption("a woman in black underwear"),
        D.wearing("black panties"),
        D.color("grey", "other_garment_color"),
        D.details("the panties", "non_answer"),
        D.material("cotton cotton cotton cotton", "loop"),
        title="Women Black Solid Cotton Hipster Briefs",
        category="Briefs",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard short-sleeve round-neck tee with a brown teddy bear print and mustard-and-white
    # checked pajama pants, white wall.
    # adapter: none
    case(
        "X337-021",
        caption("a woman in a yellow shirt with a teddy bear on it"),
        D.wearing("a yellow shirt and plaid pants"),
        color_top("yellow"),
        color_pants("orange", "contradiction"),
        D.pattern("graphic"),
        D.material("the shirt is yellow", "restated"),
        title="Women Mustard Teddy Print T-shirt and Checked Pyjama Night Suit",
        category="Night Suits",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat-lay of a pink padded t-shirt bra on a white marble slab.
    # adapter: none
    case(
        "X337-022",
        caption("a pink bra on a marble table"),
        D.wearing("a pink bra"),
        D.color("white", "contradiction"),
        D.material("it is made of a", "cut"),
        D.details("the bra is pink", "non_answer"),
        title="Women Pink Solid Padded T-shirt Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a long ivory satin slip with lace trim at the neckline and hem, front view, pale blue wall.
    # adapter: none
    case(
        "X337-023",
        caption("a woman in a white slip dress standing against a blue wall"),
        D.wearing("a white dress"),
        D.color("blue", "contradiction"),
        D.garment_type("dress"),
        neckline("v neck with lace"),
        D.details("lace trim on the top and the bottom and a slit on the side", "unsupported"),
        D.description("a white silk slip with lace", "unsupported"),
        title="Women Ivory Satin Lace Trim Full Slip",
        category="Slips",
        color="Ivory",
        gender="Women",
    ),
    # photo: model sitting on a beige sofa in grey wide-leg lounge pants and a white tank top.
    # adapter: none
    case(
        "X337-024",
        caption("a woman sitting on a couch in grey pants"),
        D.wearing("grey pants and a white tank top"),
        D.material("grey pants", "restated"),
        D.color("white", "other_garment_color"),
        D.details("wide legs and an elastic waistband"),
        title="Women Grey Wide Leg Lounge Pants",
        category="Lounge Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a black lace babydoll with a sheer black mesh skirt and spaghetti straps, red velvet curtain.
    # adapter: description, details
    case(
        "X337-025",
        caption("a woman in a black lace lingerie dress"),
        D.wearing("a black lace nightie"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of short length. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a suspenders neckline. The dress is "
            "with chiffon fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.color("red", "contradiction"),
        D.garment_type("dress"),
        D.material("lace and mesh"),
        title="Women Black Lace Babydoll with Mesh Skirt",
        category="Babydoll",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sky blue ribbed cotton camisole and light-wash jeans, white brick wall.
    # adapter: none
    case(
        "X337-026",
        caption("a woman in a blue tank top and jeans in front of a brick wall"),
        D.wearing("a blue tank top and jeans"),
        D.color("white", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.material("denim", "contradiction"),
        is_a("tank top", "yes"),
        title="Women Sky Blue Ribbed Cotton Camisole",
        category="Camisoles",
        color="Blue",
        gender="Women",
    ),
    # photo: model in charcoal jogger lounge pants with a thin white side stripe and a black sweatshirt, grey studio.
    # adapter: details
    case(
        "X337-027",
        caption("a man in black sweatshirt and grey sweatpants", "pronoun"),
        D.wearing("a black sweatshirt and grey sweatpants"),
        D.color("grey"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt", "contradiction"),
        title="Women Charcoal Side Stripe Jogger Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: flat-lay of two cotton camisoles, one white and one black, on a light grey backdrop.
    # adapter: none
    case(
        "X337-028",
        caption("two tank tops on a grey background"),
        D.wearing("tank tops"),
        D.description("a white tank top", "contradiction"),
        D.garment_type("tank top"),
        D.material("cotton"),
        D.color("grey", "contradiction"),
        title="Women Pack of 2 Cotton Camisoles",
        category="Camisoles",
        color="Multi",
        gender="Women",
    ),
    # photo: model lying on a bed with white sheets in a fuchsia satin night suit with black piping: long-sleeve
    # shirt and pants.
    # adapter: none
    case(
        "X337-029",
        caption("a woman laying on a bed in pink pajamas"),
        D.wearing("pink satin pajamas with black trim"),
        D.color("black", "contradiction"),
        D.material("silk", "unsupported"),
        D.sleeve_length("long sleeves"),
        color_pants("pink"),
        D.details("black piping on the collar and the pockets and a sleep mask", "unsupported"),
        title="Women Fuchsia Satin Night Suit with Contrast Piping",
        category="Night Suits",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in beige high-waist briefs with a lace band and a matching beige bra, white backdrop, cropped at
    # the thighs.
    # adapter: none
    case(
        "X337-030",
        caption("a woman in a beige bra and panties"),
        D.wearing("", "non_answer"),
        D.color("beige"),
        D.garment_type("bra", "contradiction"),
        D.details("high waist with lace on the", "cut"),
        D.material("lace"),
        title="Women Beige Lace Trim High Waist Briefs",
        category="Briefs",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a white lace balconette bra and white briefs with a sheer white robe open over them, window
    # with daylight behind.
    # adapter: caption
    case(
        "X337-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a V-shape neckline. The lady wears a long-sleeve",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white bra and a white robe", "pronoun"),
        D.color("white"),
        D.garment_type("robe", "contradiction"),
        is_a("robe", "no"),
        D.material("lace"),
        title="Women White Lace Balconette Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: model in black lounge pants printed with small red and white hearts and a red tee, pink wall.
    # adapter: none
    case(
        "X337-032",
        caption("a woman in a red shirt and black pants with hearts"),
        D.wearing("a red t-shirt and black pajama pants with hearts"),
        D.color("red", "other_garment_color"),
        D.pattern("polka dots", "contradiction"),
        D.description("black pants with red and white hearts"),
        D.material("they are pajama pants", "restated"),
        title="Women Black Heart Print Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink-and-blue tie-dye lounge set (tee and matching pants), white studio.
    # adapter: none
    case(
        "X337-033",
        caption("a woman in a tie dye outfit"),
        D.wearing("a tie dye shirt and tie dye pants"),
        D.details("tie dye, tie dye, tie dye, tie dye", "loop"),
        D.pattern("printed"),
        D.color("multi"),
        D.description("he is wearing a pink and blue tie dye set", "pronoun"),
        title="Women Pink and Blue Tie-Dye Lounge Pants",
        category="Lounge Pants",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a long emerald green satin slip nightdress with spaghetti straps, no jewellery, white
    # background.
    # adapter: caption, wearing, material
    case(
        "X337-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The dress is with chiffon fabric and pure color patterns. It has a suspenders neckline. The dress is of "
            "long length. The",
            "restated",
            hit_limit=True,
        ),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        title="Women Emerald Green Satin Slip Nightdress",
        category="Nightdress",
        color="Emerald Green",
        gender="Women",
    ),
    # photo: model in black thermal leggings and a loose pink knit sweater, white studio.
    # adapter: none
    case(
        "X337-035",
        caption("a woman in a pink sweater and black leggings"),
        D.wearing("pink sweater and black leggings"),
        D.color("pink", "other_garment_color"),
        D.garment_type("leggings"),
        D.material("cotton"),
        D.details("they have a pink stripe on the side", "other_garment_color"),
        title="Women Black Cotton Blend Thermal Leggings",
        category="Thermal Bottoms",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white long-sleeve cotton nightdress with blue embroidery on the yoke and cuffs, garden with
    # green trees behind.
    # adapter: none
    case(
        "X337-036",
        caption("a woman in a white nightgown standing in a garden"),
        D.wearing(
            "a white dress with blue embroidery Question: What is the color of the embroidery? Answer: blue",
            "leak",
        ),
        D.color("white"),
        D.details("embroidery on the chest and the sleeves"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("linen", "unsupported"),
        title="Women White Embroidered Cotton Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: model in a red-and-black checked flannel night suit (long-sleeve shirt with a chest pocket, pants), no
    # hat, christmas tree with lights beside her.
    # adapter: none
    case(
        "X337-037",
        caption("a woman in red plaid pajamas next to a christmas tree"),
        D.wearing("red and black plaid pajamas"),
        D.color("green", "contradiction"),
        D.pattern("checked"),
        D.details("the shirt has a pocket and buttons and a santa hat", "unsupported"),
        D.material("flannel"),
        D.description("red plaid pajamas with a christmas tree", "unsupported"),
        title="Women Red Checked Flannel Night Suit",
        category="Night Suits",
        color="Red",
        gender="Women",
    ),
    # photo: flat-lay of a teal cotton camisole and matching teal shorts on a white bed sheet.
    # adapter: none
    case(
        "X337-038",
        caption("a green tank top and shorts on a bed"),
        D.wearing(
            "a tank top and shorts Question: What color is the tank top? Answer: teal",
            "leak",
        ),
        D.color("blue"),
        color_shorts("green"),
        D.material("cotton Question: What is the pattern of the garment? Answer: solid", "leak"),
        D.details("lace", "unsupported"),
        title="Women Teal Cotton Cami and Shorts Set",
        category="Night Suits",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a white short-sleeve round-neck cotton tee and red shorts printed with white hearts, white
    # wall.
    # adapter: caption
    case(
        "X337-039",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and graphic "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and red shorts"),
        color_top("white"),
        color_shorts("white", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("hearts on the shorts and a pocket on the shirt", "unsupported"),
        title="Women White and Red Printed T-shirt with Shorts Night Suit",
        category="Night Suits",
        color="White",
        gender="Women",
    ),
    # photo: model sitting on a cream sofa in a mauve modal lounge set: long-sleeve top and straight pants.
    # adapter: none
    case(
        "X337-040",
        caption("a woman in a purple lounge set sitting on a sofa"),
        D.wearing("a purple top and pants"),
        D.description("he is wearing a purple sweater and pants", "pronoun"),
        D.color("pink"),
        D.material("modal"),
        D.details("the pants have a", "cut"),
        title="Women Mauve Modal Long Sleeve Lounge Set",
        category="Lounge Set",
        color="Mauve",
        gender="Women",
    ),
    # photo: flat-lay of a coral lace bralette with thin straps on a white background.
    # adapter: details
    case(
        "X337-041",
        caption("an orange lace bra on a white background"),
        D.details(
            "The tank top is with chiffon fabric and pure color patterns. It has a V-shape neckline. The tank top is "
            "with chiffon fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.color("orange"),
        D.garment_type("bra"),
        D.wearing("a bra"),
        D.material("silk", "unsupported"),
        title="Women Coral Lace Non-Padded Bralette",
        category="Bra",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a grey melange long sleep tee dress with "SLEEP MODE" printed in black on the front, bedroom
    # with a white headboard.
    # adapter: none
    case(
        "X337-042",
        caption("a woman in a grey t-shirt that says sleep mode"),
        D.wearing("a grey shirt"),
        D.garment_type("dress"),
        D.details("the shirt says sleep mode on the front"),
        D.material("it is made of a soft fabric", "non_answer"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Grey Melange Typography Print Sleep Tee Nightdress",
        category="Nightdress",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in an olive long-sleeve thermal top and black jeans, wooden plank wall.
    # adapter: none
    case(
        "X337-043",
        caption("a woman in a green shirt and black jeans"),
        D.wearing("a green long sleeve shirt and jeans"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("cotton and wool", "unsupported"),
        D.garment_type("sweater", "contradiction"),
        D.description("a green shirt with a v neck and buttons", "unsupported"),
        title="Women Olive Thermal Top",
        category="Thermal Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a navy kimono robe with a large pink floral print, wide short sleeves, sash belt, bathroom
    # with a mirror behind.
    # adapter: none
    case(
        "X337-044",
        caption("a woman in a blue floral robe"),
        D.wearing("a blue kimono"),
        D.pattern("floral"),
        D.color("pink", "contradiction"),
        D.details("a belt at the waist and wide sleeves"),
        D.description("it is a robe", "non_answer"),
        title="Floral Print Kimono Robe",
        category="Robe",
    ),
    # photo: model in a black bra and briefs set printed with small white polka dots, white wall.
    # adapter: caption, wearing
    case(
        "X337-045",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a three-point shorts. The shorts are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless tank top",
            "loop",
            hit_limit=True,
        ),
        D.pattern("polka dots"),
        color_bra("black"),
        color_briefs("white", "contradiction"),
        D.material("cotton"),
        title="Women Black Polka Dot Print Bra and Brief Set",
        category="Lingerie Set",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy blue thermal set (long-sleeve crew-neck top and leggings) in a white winter studio with
    # fake snow, front view.
    # adapter: none
    case(
        "X337-046",
        caption("a woman in a blue thermal top and pants"),
        D.wearing("a blue long sleeve top and blue leggings"),
        color_top("black", "contradiction"),
        color_leggings("blue"),
        D.material("thermal"),
        D.details(
            "ribbed cuffs at the wrists and ankles and a zipper on the front",
            "unsupported",
        ),
        title="Women Navy Blue Thermal Top and Leggings Set",
        category="Thermal Set",
        color="Navy Blue",
    ),
]
