"""BLIND_347 (46 products; girls' and women's party wear: sequins, gowns, lehengas, co-ords, jumpsuits, shrugs): written
blind in the forty-fourth session. Measured blind at 646a186 (the session's rules as they stood): 94/121 failures
found (77.7%) and 7/154 correct texts flagged (4.5%). The writer's notes, verbatim:

Scenario: an English marketplace feed of party wear for women and girls: sequinned bodycon and mini dresses, satin
slip dresses, velvet and net gowns, lehenga sets with dupattas, crop tops with skirts or palazzos, shirt-and-trouser
and blazer co-ords, jumpsuits, and shrugs worn over dresses or tops. Model shots, some on white, many in party
studios with coloured lights (purple, pink, blue, red, green gels), neon signs, balloons, fairy lights, a Christmas
tree. Each product has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: the base `Salesforce/blip2-opt-2.7b` wrote the short lowercase captions and open answers (wearing,
description, details, material, neckline, embellishments); it stops on its own and never has hit_limit. Where the
comment says so, the caption-only LoRA adapter wrote the caption or an open answer: the DeepFashion template ("The
lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric ..."), which never stops
(hit_limit=True) and comes back for any question. Closed questions (garment_type, color, pattern, sleeve_length, the
per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers, picked from candidate
sets: a wrong candidate at worst, never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon or burgundy, pink for fuchsia, peach or rose gold, purple for lilac or
  lavender, yellow for mustard, blue for navy, cobalt or teal, green for olive, emerald or teal, grey for silver
  sequins, cream or white for off white, ivory and beige. A base model that reads the studio light or the wall as
  the garment's color (blue for a red gown under blue gels) is contradiction; saying the light or the wall is there
  ("in front of a purple light") is correct. Shades across hue lines are contradiction: pink for lilac, blue for
  emerald, orange for mustard, white for silver sequins, black for navy.
- The color of a print, trim, border or embroidery given as the garment's color (gold for a navy lehenga with gold
  zari, red for a white frock with red flowers) is contradiction; the color of another piece in the photo (the dress
  under a shrug, the other half of a co-ord, the dupatta) given to the asked piece is other_garment_color. A color
  nothing in the photo has (balloons, the backdrop) is contradiction.
- Synonyms are correct: dress for a gown or frock, jacket or cardigan for a shrug, tutu for a tulle skirt, suit for
  a kurta set or a blazer co-ord, lehenga or skirt for a lehenga skirt, sequin for sequins. A jumpsuit called a dress,
  or "a top and pants", is contradiction, and so is "yes" to "Is this a dress?" for a crop top with a skirt, "yes" to
  "Is this a gown?" for a mini dress and "yes" to "Is this a jumpsuit?" for a blazer and trousers.
- Materials: one the title names (satin, velvet, net, tulle, sequins, organza, art silk, faux leather) is correct,
  chiffon for georgette is correct; silk on satin, georgette or organza, cotton on a plainly tulle skirt and leather
  on velvet are unsupported. "it is made of fabric" is non_answer; the garment's name or color as the material is
  restated.
- Invented items (a belt, a bow at the back in a front view, a necklace, a crown, a collar, a slit, puff sleeves on
  a sleeveless top) are unsupported.
- Adapter texts: a repeated sentence of the template is loop; stopping mid-sentence without a repeat is cut, even
  where the template also gets the fabric or neckline wrong; the template answering the material question is
  restated. Where the template names another garment (a jumpsuit as a dress, or as a tank top and pants), that
  misnaming is labelled contradiction, hit_limit kept. "The lady" for a girl is the template and not labelled. The
  template answering "Describe the garment." or "What are the details ...?" does answer it: cut or loop, not restated.
- A colour-blocked one-piece jumpsuit is one garment: "a white top and black pants" is contradiction, and so is the
  reference engine's "black" for it where the seller says White (the lower half is not another garment).
- A base answer that stops early mid-phrase ("the dress has a tie at the waist and") is cut without hit_limit; one
  that runs on into "Question: ... Answer: ..." is leak. "he" for a woman or girl is pronoun.
- Co-ord pieces named in their own colors are correct even where the seller lists one color. A cape falling from
  the shoulders answered "long sleeve" is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
neckline = question("neckline", "What is the neckline of the dress?", "open")
embellishment = question("embellishment", "What embellishments are on the garment?", "open")

BLIND_347 = [
    # photo: woman in a black strappy sequinned bodycon mini dress, studio lit with purple gels, front view.
    # no adapter texts
    case(
        "X347-001",
        caption("a woman in a black sequin dress posing under purple lights"),
        D.wearing(
            "a black sequin dress Question: what is the color of the dress? Answer: black",
            "leak",
        ),
        D.color("black"),
        D.material("sequins"),
        D.description("a short black dress with a purple belt", "unsupported"),
        title="Women Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a knee-length pink dress, sequinned bodice and layered tulle skirt, on white.
    # caption, details: adapter
    case(
        "X347-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        D.color("pink"),
        is_a("dress", "yes"),
        D.material("tulle"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a round neckline. The dress is with "
            "chiffon fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Girls Pink Sequinned Tulle Fit & Flare Party Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a full-length maroon velvet gown with long sleeves, red-lit studio with a red-lit wall.
    # no adapter texts
    case(
        "X347-003",
        caption("a woman in a long red dress standing in front of a red wall"),
        D.wearing("a red gown"),
        D.color("maroon"),
        D.sleeve_length("long sleeve"),
        D.material("silk", "unsupported"),
        D.description(
            "a long red dress with a long train Question: what is the dress made of? Answer: velvet",
            "leak",
        ),
        title="Women Maroon Velvet Maxi Gown",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: girl in a mustard embroidered choli and mustard lehenga with a green border at the hem, green dupatta
    # over one shoulder, on white. no adapter texts
    case(
        "X347-004",
        caption("a little girl in a yellow and green dress"),
        D.wearing("he is wearing a yellow lehenga with a green dupatta", "pronoun"),
        color_top("yellow"),
        color_skirt("green", "other_garment_color"),
        color_dupatta("green"),
        is_a("lehenga", "yes"),
        D.details("the lehenga has gold embroidery and a green border"),
        title="Girls Mustard Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: woman in a white sleeveless crop top and a black sequinned mini skirt, grey studio backdrop.
    # caption: adapter
    case(
        "X347-005",
        caption(
            "This lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. She wears a short skirt. The skirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and black skirt"),
        color_top("white"),
        color_skirt("white", "other_garment_color"),
        is_a("crop top", "yes"),
        D.description("a black top and a black skirt", "other_garment_color"),
        D.material("a black skirt", "restated"),
        title="Women White Crop Top & Black Sequinned Skirt Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: woman in an emerald green satin slip midi dress with thin straps, on white, front view.
    # no adapter texts
    case(
        "X347-006",
        caption("a woman in a green satin dress"),
        D.wearing("a blue dress", "contradiction"),
        D.color("green"),
        D.details("the dress has details", "non_answer"),
        D.material("satin"),
        D.description("a long green dress with a high slit and a black belt", "unsupported"),
        title="Women Emerald Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a navy sequinned wide-leg jumpsuit with long sleeves and a v-neck, dark studio.
    # caption: adapter
    case(
        "X347-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is long. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("black", "contradiction"),
        is_a("jumpsuit", "yes"),
        D.sleeve_length("long sleeve"),
        D.material("cotton", "unsupported"),
        title="Women Navy Blue Sequinned Wide Leg Jumpsuit",
        category="Jumpsuits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl in a white frock with a red floral print and ruffled short sleeves, holding pink and white
    # balloons, on white. no adapter texts
    case(
        "X347-008",
        caption("a little girl in a white dress with red flowers holding balloons"),
        D.wearing("a white dress with red flowers"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("ruffles on the sleeves"),
        title="Girls White Floral Print Ruffled Party Frock",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: woman in a floor-length peach georgette anarkali gown with gold embroidery at the neck and cuffs,
    # full sleeves, beige studio wall. no adapter texts
    case(
        "X347-009",
        caption("a woman in a pink dress"),
        D.wearing("a pink gown with gold embroidery"),
        D.color("peach"),
        D.material("chiffon"),
        D.details(
            "gold embroidery on the neckline Question: what is the color of the embroidery? Answer: gold",
            "leak",
        ),
        title="Women Peach Embroidered Georgette Anarkali Gown",
        category="Ethnic Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a silver sequinned long-sleeve shrug, open at the front, over a black strappy bodycon dress,
    # on white. no adapter texts
    case(
        "X347-010",
        caption("a woman in a black dress and a silver jacket"),
        D.wearing("a silver jacket over a black dress"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeve"),
        D.description("a silver sequin jacket with a black collar", "unsupported"),
        title="Women Silver-Toned Sequinned Open Front Shrug",
        category="Shrugs",
        color="Silver",
        gender="Women",
    ),
    # photo: woman in a red one-shoulder ruffled chiffon gown, strapless on one side, studio with blue gels behind.
    # caption: adapter
    case(
        "X347-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lady "
            "wears a sleeveless dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue dress", "contradiction"),
        D.color("red"),
        D.sleeve_length("sleeveless"),
        D.details("ruffles on the shoulder and a slit on the leg", "unsupported"),
        neckline("one shoulder"),
        title="Women Red One-Shoulder Ruffled Maxi Gown",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a lilac sequinned crop top and matching lilac flared palazzos, plain white wall behind.
    # no adapter texts
    case(
        "X347-012",
        caption("a woman in a purple top and pants"),
        D.wearing("a purple crop top and purple pants"),
        color_top("purple"),
        color_pants("white", "contradiction"),
        D.material("", "non_answer"),
        D.description("a purple crop top with sequins and a purple", "cut"),
        title="Women Lavender Sequinned Crop Top with Palazzos",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: girl in a dress with a gold sequinned bodice and a black tulle skirt, front view, on white.
    # no adapter texts
    case(
        "X347-013",
        caption("a little girl in a gold and black dress"),
        D.wearing("he is wearing a gold dress", "pronoun"),
        D.color("gold"),
        is_a("gown", "yes", "contradiction"),
        D.details("the dress has a black bow at the back", "unsupported"),
        D.material("tulle and sequins"),
        title="Girls Gold-Toned Sequinned Tulle Party Dress",
        category="Dresses",
        color="Gold",
        gender="Girls",
    ),
    # photo: woman in a white satin corset top and a black faux leather mini skirt, grey backdrop.
    # caption: adapter
    case(
        "X347-014",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a short skirt. The skirt is with leather fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and a white skirt", "other_garment_color"),
        color_top("white"),
        color_skirt("black"),
        D.material("leather"),
        D.details("the top has a zipper on the back", "unsupported"),
        title="Women White Satin Corset Top & Black Faux Leather Skirt Co-Ord Set",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: woman in a teal georgette lehenga choli with mirror work on the blouse and the hem, teal dupatta,
    # on white. no adapter texts
    case(
        "X347-015",
        caption("a woman in a blue lehenga"),
        D.wearing("a blue lehenga and a blue dupatta"),
        D.color("blue"),
        D.details("mirror work on the blouse and the border"),
        D.material("silk", "unsupported"),
        is_a("lehenga", "no", "contradiction"),
        title="Women Teal Mirror Work Georgette Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a black halter-neck wide-leg jumpsuit with a self belt, pink neon "party" sign on the wall.
    # no adapter texts
    case(
        "X347-016",
        caption("a woman in a black jumpsuit standing in front of a pink neon sign"),
        D.wearing("a black dress", "contradiction"),
        D.garment_type("jumpsuit"),
        is_a("jumpsuit", "no", "contradiction"),
        D.sleeve_length("long sleeve", "contradiction"),
        D.details("a belt at the waist"),
        title="Women Black Halter Neck Jumpsuit with Belt",
        category="Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a red velvet long-sleeve frock with a white lace collar, decorated Christmas tree beside her.
    # caption, details: adapter
    case(
        "X347-017",
        caption(
            "This person wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a lapel neckline. This person wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress with a white collar"),
        D.color("red"),
        D.material("velvet"),
        D.description(
            "a red velvet dress with a white lace collar and a gold necklace",
            "unsupported",
        ),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a lapel neckline. The dress is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Girls Red Velvet Party Dress with Lace Collar",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in a mustard satin wrap midi dress with a tie at the waist, short sleeves, on white.
    # no adapter texts
    case(
        "X347-018",
        caption("a woman in a yellow dress"),
        D.wearing("a yellow dress with a tie"),
        D.color("orange", "contradiction"),
        D.pattern("solid"),
        D.material("silk", "unsupported"),
        D.details("the dress has a tie at the waist and", "cut"),
        title="Women Mustard Yellow Satin Wrap Midi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a fuchsia sequinned bodycon mini dress with a feather hem, studio with blue light behind.
    # no adapter texts
    case(
        "X347-019",
        caption("a woman in a pink dress with feathers"),
        D.wearing("a purple dress", "contradiction"),
        D.color("pink"),
        D.description(
            "a short pink dress with feathers on the bottom Question: what is the color of the dress? Answer: pink",
            "leak",
        ),
        D.material("sequins and feathers"),
        is_a("dress", "yes"),
        title="Women Fuchsia Sequinned Bodycon Dress with Feather Hem",
        category="Dresses",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: woman in an ivory organza lehenga set, short-sleeve blouse, thread and sequin embroidery all over,
    # sheer dupatta, on white. caption, details: adapter
    case(
        "X347-020",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white lehenga"),
        D.color("cream"),
        D.material("silk", "unsupported"),
        D.details(
            "The skirt is with chiffon fabric and graphic patterns. The lady wears a short-sleeve shirt. The skirt is "
            "with chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Women Off White Embroidered Organza Lehenga Set",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a black velvet single-breasted blazer (nothing visible under it) and matching black
    # trousers, on white. no adapter texts
    case(
        "X347-021",
        caption("a woman in a black suit"),
        D.wearing("a black blazer and black pants"),
        color_pants("black"),
        is_a("jumpsuit", "yes", "contradiction"),
        D.material("leather", "unsupported"),
        D.description("a black suit with a white shirt", "unsupported"),
        title="Women Black Velvet Blazer & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a lilac sleeveless tutu dress with a sequinned bodice, holding a unicorn plush, on white.
    # no adapter texts
    case(
        "X347-022",
        caption("a little girl in a purple tutu holding a unicorn"),
        D.wearing("a purple dress"),
        D.color("pink", "contradiction"),
        D.description("he is wearing a purple dress with a tutu", "pronoun"),
        D.material("cotton", "unsupported"),
        D.sleeve_length("sleeveless"),
        title="Girls Lilac Sequinned Tutu Dress",
        category="Dresses",
        color="Lilac",
        gender="Girls",
    ),
    # photo: woman in a rose gold sequinned floor-length gown with a sheer cape falling from the shoulders (no
    # sleeves), pink-lit studio. caption, material: adapter
    case(
        "X347-023",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is with cotton fabric. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink sequin gown"),
        D.sleeve_length("long sleeve", "contradiction"),
        D.color("pink"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape",
            "restated",
            hit_limit=True,
        ),
        embellishment("sequins and a cape"),
        title="Women Rose Gold Sequinned Cape Gown",
        category="Dresses",
        color="Rose Gold",
        gender="Women",
    ),
    # photo: woman in a sheer black net shrug with scattered sequins, three-quarter sleeves, over a white tank top
    # and blue jeans, on white. no adapter texts
    case(
        "X347-024",
        caption("a woman wearing a black shrug over a white top and jeans"),
        D.wearing("a black jacket, white top and blue jeans"),
        D.color("white", "other_garment_color"),
        D.material("net"),
        D.sleeve_length("three-quarter sleeve"),
        D.description(
            "a sheer black jacket with sequins Question: what is she wearing under the jacket? Answer: a white "
            "tank top",
            "leak",
        ),
        title="Women Black Embellished Net Shrug",
        category="Shrugs",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a black georgette gown with an all-over gold foil print, flutter sleeves, dark studio.
    # no adapter texts
    case(
        "X347-025",
        caption("a woman in a black and gold dress"),
        D.color("gold", "contradiction"),
        D.pattern("printed"),
        D.material("chiffon"),
        D.details("gold print all over the dress"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.wearing(
            "a black dress with gold Question: what is the pattern of the dress? Answer:",
            "leak",
        ),
        title="Women Black Gold Foil Print Georgette Maxi Gown",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a peach sleeveless ruffled jumpsuit with a fabric belt, on white.
    # caption, material: adapter
    case(
        "X347-026",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with chiffon fabric. The lady wears "
            "a long pants. The pants are with chiffon fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink jumpsuit"),
        D.garment_type("dress", "contradiction"),
        D.color("peach"),
        is_a("jumpsuit", "yes"),
        D.material(
            "The lady wears a tank top with pure color patterns. The tank top is with chiffon fabric. The lady wears "
            "a long",
            "restated",
            hit_limit=True,
        ),
        title="Girls Peach Ruffled Jumpsuit with Belt",
        category="Jumpsuits",
        color="Peach",
        gender="Girls",
    ),
    # photo: woman in a green sleeveless crop top and a white flared skirt with a pink and green floral print, on
    # white. no adapter texts
    case(
        "X347-027",
        caption("a woman in a green top and a white floral skirt"),
        D.wearing("a green crop top and a floral skirt"),
        color_top("white", "other_garment_color"),
        color_skirt("white"),
        D.material("cotton"),
        D.details("the top has puff sleeves", "unsupported"),
        title="Women Green Crop Top with Floral Print Flared Skirt",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a burgundy satin cowl-neck slip maxi dress, studio lit warm orange.
    # caption: adapter
    case(
        "X347-028",
        caption(
            "This woman wears a tank dress with pure color patterns and a long-length. The dress is made of chiffon "
            "fabric. The neckline of the dress is v-shape. This woman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange dress", "contradiction"),
        D.color("maroon"),
        D.material("silk", "unsupported"),
        D.description("a long red satin dress"),
        neckline("cowl neck"),
        title="Women Burgundy Satin Cowl Neck Slip Maxi Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in a silver sequinned long-sleeve mini dress, grey backdrop.
    # no adapter texts
    case(
        "X347-029",
        caption("a woman in a silver sequin dress"),
        D.wearing("a grey dress"),
        D.color("white", "contradiction"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("", "non_answer"),
        D.material("sequin"),
        title="Women Silver-Toned Sequinned Long Sleeve Mini Dress",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: girl in a pink embroidered choli, blue lehenga skirt and pink net dupatta, on white.
    # no adapter texts
    case(
        "X347-030",
        caption("a little girl in a pink and blue dress"),
        D.wearing("a pink top and a pink skirt", "other_garment_color"),
        color_top("pink"),
        color_skirt("blue"),
        color_dupatta("blue", "other_garment_color"),
        D.material("a pink and blue lehenga", "restated"),
        title="Girls Pink & Blue Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in an olive satin button-down shirt with long sleeves and matching olive trousers, on white.
    # no adapter texts
    case(
        "X347-031",
        caption("a woman in a green shirt and pants"),
        D.wearing("a green shirt and black pants", "contradiction"),
        color_pants("green"),
        D.sleeve_length("long sleeve"),
        D.material("satin"),
        D.description("a green satin shirt and pants with a brown belt", "unsupported"),
        D.details("the shirt has buttons down the front and the", "cut"),
        title="Women Olive Green Satin Shirt & Trousers Co-Ord",
        category="Co-Ords",
        color="Olive",
    ),
    # photo: woman in a purple sequinned strappy fishtail gown, studio lit with pink gels.
    # caption, details: adapter
    case(
        "X347-032",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple gown"),
        D.color("pink", "contradiction"),
        is_a("gown", "yes"),
        D.details(
            "The dress is with cotton fabric and graphic patterns. It has a suspenders neckline. The dress is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Women Purple Sequinned Fishtail Gown",
        category="Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: woman in a beige net gown with gold sequin embellishment, v-neck, short sleeves, on white.
    # no adapter texts
    case(
        "X347-033",
        caption("a woman in a beige gown with sequins"),
        D.wearing("a gold dress", "contradiction"),
        D.color("cream"),
        D.material("net"),
        D.description("a long beige dress with sequins and a v neck"),
        embellishment("gold sequins and pearls", "unsupported"),
        title="Women Beige Embellished Net Maxi Gown",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: girl in a yellow sequinned sleeveless crop top and a white tulle tutu skirt, on white.
    # no adapter texts
    case(
        "X347-034",
        caption("a little girl in a yellow top and white skirt"),
        D.wearing("a yellow top and a white tutu"),
        color_top("yellow"),
        color_skirt("yellow", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        D.material("cotton", "unsupported"),
        title="Girls Yellow Sequinned Crop Top with Tulle Skirt",
        category="Clothing Set",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a navy velvet lehenga with a broad gold zari border, navy blouse, gold-toned net dupatta,
    # on white. no adapter texts
    case(
        "X347-035",
        caption("a woman in a blue lehenga with gold embroidery"),
        D.wearing("a blue lehenga"),
        D.color("gold", "contradiction"),
        color_dupatta("gold"),
        D.material("velvet"),
        D.details("the lehenga has a gold border and a gold belt", "unsupported"),
        title="Women Navy Blue Velvet Lehenga Choli with Zari Border",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a black sequinned long-sleeve blazer dress with gold buttons, mid-thigh, grey backdrop.
    # caption: adapter
    case(
        "X347-036",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a black blazer dress", "pronoun"),
        D.color("black"),
        D.description("a black blazer dress with gold buttons"),
        D.material("it is made of fabric", "non_answer"),
        D.sleeve_length("long sleeve"),
        title="Women Black Sequinned Blazer Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a teal green sequinned bodycon mini dress, on white.
    # no adapter texts
    case(
        "X347-037",
        caption("a woman in a green sequin dress"),
        D.wearing(
            "a woman in a green dress Question: what is she wearing? Answer: a green dress",
            "leak",
        ),
        D.color("green"),
        is_a("gown", "yes", "contradiction"),
        D.material("", "non_answer"),
        title="Women Teal Green Sequinned Bodycon Dress",
        category="Dresses",
        color="Teal Green",
        gender="Women",
    ),
    # photo: woman in a colour-blocked sleeveless jumpsuit, white bodice and black wide legs, one piece, on white.
    # no adapter texts
    case(
        "X347-038",
        caption("a woman in a white top and black pants", "contradiction"),
        D.wearing("a white and black jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("black", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("the jumpsuit has a belt", "unsupported"),
        title="Women White & Black Colourblocked Jumpsuit",
        category="Jumpsuits",
        color="White",
        gender="Women",
    ),
    # photo: girl in a sleeveless dress with a navy bodice, a white tulle skirt and a navy bow at the front of the
    # waist, on white. caption, description: adapter
    case(
        "X347-039",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is with chiffon fabric and color block",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue and white dress"),
        D.color("blue"),
        is_a("dress", "yes"),
        D.description(
            "The lady wears a sleeveless dress with color block patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("tulle"),
        title="Girls Navy Blue & White Tulle Party Dress with Bow",
        category="Dresses",
        color="Navy Blue",
    ),
    # photo: woman in a black georgette kurta with gold embroidery at the neck, black sharara with a gold border,
    # black net dupatta, on white. no adapter texts
    case(
        "X347-040",
        caption("a woman in a black kurta and pants with a dupatta"),
        D.wearing("a black suit"),
        color_dupatta("black"),
        color_pants("gold", "contradiction"),
        D.material("cotton", "unsupported"),
        D.details("gold embroidery on the neck and the", "cut"),
        title="Women Black Embroidered Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a pink satin strapless corset crop top and a long pink satin skirt, pink balloons behind.
    # caption, material: adapter
    case(
        "X347-041",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "long skirt. The skirt is with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and skirt"),
        color_top("pink"),
        color_skirt("pink"),
        D.material(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears",
            "restated",
            hit_limit=True,
        ),
        D.description(
            "a pink corset top and a long pink skirt Question: what is the color of the balloons? Answer: pink",
            "leak",
        ),
        title="Women Pink Satin Corset Crop Top & Maxi Skirt Co-Ord Set",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: girl in a black sequinned sleeveless jumpsuit, gold balloons on the floor beside her, on white.
    # no adapter texts
    case(
        "X347-042",
        caption("a little girl in a black jumpsuit with gold balloons"),
        D.wearing("he is wearing a black jumpsuit", "pronoun"),
        D.garment_type("jumpsuit"),
        D.color("gold", "contradiction"),
        is_a("jumpsuit", "yes"),
        D.material("black", "restated"),
        title="Girls Black Sequinned Party Jumpsuit",
        category="Jumpsuits",
        color="Black",
        gender="Girls",
    ),
    # photo: woman in a red art silk lehenga choli with heavy gold embroidery on the skirt, red net dupatta with a
    # gold border, on white. no adapter texts
    case(
        "X347-043",
        caption("a woman in a red and gold lehenga"),
        D.wearing("a red lehenga"),
        D.color("gold", "contradiction"),
        color_dupatta("red"),
        D.details(
            "gold embroidery on the skirt and the dupatta and a gold necklace",
            "unsupported",
        ),
        D.material("silk"),
        title="Women Red Embroidered Art Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a cobalt blue satin one-shoulder midi dress with a bow on the shoulder, green-lit wall behind.
    # no adapter texts
    case(
        "X347-044",
        caption("a woman in a blue dress standing in front of a green wall"),
        D.wearing("a green dress", "contradiction"),
        D.color("blue"),
        D.sleeve_length("sleeveless"),
        D.material("silk", "unsupported"),
        D.details("a bow on the shoulder"),
        title="Women Cobalt Blue Satin One Shoulder Midi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a gold-toned sequinned long-sleeve cropped shrug over a white strappy midi dress, on white.
    # caption: adapter
    case(
        "X347-045",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. It "
            "has a v-shape neckline. The lady wears a long dress. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gold jacket and a white dress"),
        D.color("white", "other_garment_color"),
        D.garment_type("shrug"),
        D.sleeve_length("long sleeve"),
        D.material("it is made of gold", "restated"),
        title="Women Gold-Toned Sequinned Cropped Shrug",
        category="Shrugs",
        color="Gold",
        gender="Women",
    ),
    # photo: girl in a maroon velvet full-length gown with a sequinned bodice and long sleeves, white wall with fairy
    # lights behind. no adapter texts
    case(
        "X347-046",
        caption("a little girl in a red velvet gown standing in front of a wall with lights"),
        D.wearing("a red dress"),
        D.color("red"),
        D.material("velvet"),
        D.description("a long red gown with a silver crown", "unsupported"),
        D.details("the details of the dress", "non_answer"),
        title="Girls Maroon Velvet Sequinned Maxi Gown",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
]
