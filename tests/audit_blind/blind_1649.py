"""BLIND_1649 (46 products; Myntra kids' ethnic wear, VQA color per piece): written blind in the sixty-seventh session.
Measured blind at 0f3a531 (the session's first rules): 72/84 failures found (85.7%) and 4/165 correct texts flagged
(2.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of children's ethnic wear (Kurta Sets, Lehenga Choli, Sherwani, Kurtas, Ethnic Dresses,
Nehru Jackets), with the marketplace's columns: title (brand first, then Boys/Girls), category (the article type),
color (the base colour) and gender (Boys/Girls); a few rows lack one column, as feeds do. The photos are the usual
kids' catalog shots: a child on a plain backdrop wearing the set, often with juttis, mojaris, bangles or a styling
piece that is not sold (leggings, a kurta under a jacket, a stole), now and then a back view, a flat lay, or a
prop (a diya thali, a marigold basket, a flute, a potli bag, jewellery laid beside a flat lay).
Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b),
greedy, 30 new tokens, prompt "Question: ... Answer:". The run does not caption (that adapter broke captions), so
no product has a caption. Questions per product: "What is the child wearing?", "What is the color of the {piece}?"
once for every piece the title names (kurta, pyjamas, churidar, dupatta, lehenga, blouse/choli, sherwani, ...),
stored open because they are free generation, "Is this a {main garment}?", and for most products the details of
the main garment; material only where the pipeline asked it.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. Near hues are right:
cream or off white answered "white", maroon "red", navy or teal "blue", mustard "yellow", peach or magenta "pink",
beige-and-gold "gold". A piece answered with the color of another piece of the set, or of a worn styling piece
(leggings, a kurta under a jacket, a stole), is other_garment_color; a plainly wrong hue, a "no" to the title's
garment, a wrong garment (dhoti as a skirt, pants as jeans, a two-colour lehenga set as one "dress", jewellery
for a flat lay's "wearing") or a fabric the title contradicts is contradiction; a color taken from a prop rather
than a garment is contradiction too. "dress" for an anarkali or an ethnic dress is right; "shirt" for a kurta,
"pants" for a churidar/pyjama/sharara/palazzo, "vest" for a nehru jacket, "coat/jacket" for a sherwani, "skirt"
for a lehenga are right. A material the title does not state and the photo cannot settle is unsupported, as are
details the photo does not show. A text that repeats a phrase to the limit is loop even when it drifted first; a
text that stops mid-phrase at the limit without repeating is cut; any "Question:"/"Answer:" in the text is leak
whatever came before it. "nothing" for a flat lay, an empty string, or the bare garment name is non_answer; an
answer that only hands back the question's words ("the details of the lehenga") is restated. "she" for a boy is
pronoun even when the garments named are right. One kind per text, the one a reviewer would see first.
"""

from tests.audit_corpus import case, color_of, details, is_a, material, wearing


def _w(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the child", hit_limit=hit_limit)


def _c(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1649 = [
    # Photo: boy facing camera, cream self-design kurta with maroon piping on the placket, maroon pyjamas, tan mojaris,
    # light grey backdrop. All texts: VQA adapter.
    case(
        "X1649-001",
        _w("a white shirt and red pants"),
        _c("kurta", "white"),
        _c("pyjamas", "white", "other_garment_color"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and the pyjamas have a drawstring waist and the "
            "kurta has a mandarin collar and a button placket and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj DEZInES Boys Cream-Coloured & Maroon Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl facing camera, pink lehenga with gold gota border, pink blouse with gold embroidery, pink net dupatta
    # over one shoulder, holding a small gold potli bag. All texts: VQA adapter.
    case(
        "X1649-002",
        _w("a pink skirt and a pink top"),
        _c("lehenga", "pink"),
        _c("blouse", "pink Question: What is the color of the dupatta? Answer: pink", "leak"),
        _c("dupatta", "pink"),
        is_a("lehenga", "no", "contradiction"),
        details("lehenga", "gold embroidery on the hem and the waist band"),
        gender="Girls",
        title="Bitiya by Bhama Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy, navy blue self-design sherwani with covered buttons, white churidar, white mojaris, grey backdrop.
    # All texts: VQA adapter.
    case(
        "X1649-003",
        _w("a blue jacket and white pants"),
        _c("sherwani", "blue"),
        _c("churidar", "blue", "other_garment_color"),
        is_a("sherwani", "yes"),
        details(
            "sherwani",
            "buttons down the front buttons down the front buttons down the front buttons down the front buttons down "
            "the front buttons",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="VASTRAMAY Boys Navy Blue & White Self Design Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: girl mid-twirl, mustard anarkali kurta with red floral block print, mustard churidar, red printed dupatta
    # held out in one hand. All texts: VQA adapter.
    case(
        "X1649-004",
        _w(
            "a yellow dress with red flowers and a red scarf and red pants and a yellow dress with red flowers and a "
            "red scarf and red",
            "loop",
            hit_limit=True,
        ),
        _c("kurta", "yellow"),
        _c("churidar", "yellow"),
        _c("dupatta", "yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        material("cotton"),
        gender="Girls",
        title="KID1 Girls Mustard Yellow Printed Pure Cotton Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: boy, off-white kurta mostly hidden under a gold brocade nehru jacket, off-white dhoti pants, gold juttis.
    # All texts: VQA adapter.
    case(
        "X1649-005",
        _w("a gold vest and white pants"),
        _c("kurta", "gold", "other_garment_color"),
        _c("dhoti pants", "white"),
        _c("nehru jacket", "gold"),
        is_a("kurta", "no", "contradiction"),
        details(
            "nehru jacket",
            "the jacket has a mandarin collar and gold buttons on the front and a pocket on the left side of the chest "
            "with a small gold",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys Off-White & Gold-Toned Kurta with Dhoti Pants & Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: back view of a boy, plain maroon kurta, cream churidar, no print or embroidery on the back. No gender in
    # the feed row. All texts: VQA adapter.
    case(
        "X1649-006",
        _w("a red shirt and white pants"),
        _c("kurta", "red"),
        _c("churidar", "white"),
        is_a("kurta", "no", "contradiction"),
        details("kurta", "the kurta has gold embroidery on the back", "unsupported"),
        title="Sojanya Boys Maroon & Cream Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: girl, short peach kurta with green thread embroidery, green sharara, peach net dupatta with a thin gold
    # edge, flower hair clips. All texts: VQA adapter.
    case(
        "X1649-007",
        _w("a pink top and green pants"),
        _c("kurta", "pink"),
        _c(
            "sharara",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        _c("dupatta", "green", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Biba Girls Peach-Coloured & Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: boy, beige sherwani with gold-toned woven motifs, off-white churidar, maroon stole over the left shoulder.
    # All texts: VQA adapter.
    case(
        "X1649-008",
        _w("a gold jacket with a red scarf"),
        _c("sherwani", "gold"),
        _c("churidar", "gold", "other_garment_color"),
        _c("stole", "red"),
        is_a("sherwani", "yes"),
        details("sherwani", "Question: What are the sherwani details? Answer: gold", "leak"),
        gender="Boys",
        title="Manyavar Boys Beige & Gold-Toned Woven Design Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Beige",
    ),
    # Photo: flat lay on white, lavender lehenga with silver sequins, lavender choli, white net dupatta with sequin
    # dots folded beside them; no child. All texts: VQA adapter.
    case(
        "X1649-009",
        _w("a purple skirt and a purple top"),
        _c("lehenga", "purple"),
        _c("choli", "purple"),
        _c("dupatta", "purple", "other_garment_color"),
        is_a("lehenga", "yes"),
        details("lehenga", "lehenga", "non_answer"),
        gender="Girls",
        title="Cutiekins Girls Lavender Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: boy with short hair holding a brass diya thali, sea-green kurta with small white flower print, white
    # pyjamas. All texts: VQA adapter.
    case(
        "X1649-010",
        _w("she is wearing a green shirt and white pants", "pronoun"),
        _c("kurta", "green"),
        _c("pyjamas", "white"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta is printed with small white flowers"),
        gender="Boys",
        title="YK Ethnic Boys Green & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: girl, red lehenga with gold flower motifs and gold border, gold-toned blouse, red dupatta on both
    # shoulders. All texts: VQA adapter.
    case(
        "X1649-011",
        _w("a red skirt and a gold top"),
        _c("lehenga", "red"),
        _c("blouse", "red", "other_garment_color"),
        _c("dupatta", "red"),
        is_a("lehenga", "yes"),
        details(
            "lehenga",
            "the lehenga has gold flowers on the red fabric and a wide gold border at the bottom with small mirrors "
            "sewn on the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Aks Kids Girls Red & Gold-Toned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy, plain white cotton kurta, white pyjama, brown sandals, white backdrop. All texts: VQA adapter.
    case(
        "X1649-012",
        _w("a white shirt and white pants"),
        _c("kurta", "white"),
        _c("pyjama", "white"),
        is_a("kurta", "yes"),
        material("cotton"),
        gender="Boys",
        title="Fabindia Kids Boys White Pure Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl, teal fit-and-flare ethnic dress with gold embroidered yoke, worn over white leggings (styling, not
    # sold). All texts: VQA adapter.
    case(
        "X1649-013",
        _w("a blue dress and white leggings"),
        _c("dress", "white", "other_garment_color"),
        is_a("dress", "yes"),
        details("dress", "gold embroidery on the neck"),
        gender="Girls",
        title="Pspeaches Girls Teal Blue Embroidered Fit and Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: boy, mustard kurta, navy printed nehru jacket over it, white pyjamas, brown sandals. All texts: VQA
    # adapter.
    case(
        "X1649-014",
        _w(
            "a yellow kurta with a blue printed nehru jacket over it and white pyjamas with a drawstring and brown "
            "leather sandals with a buckle on the",
            "cut",
            hit_limit=True,
        ),
        _c("kurta", "yellow"),
        _c("pyjamas", "yellow", "other_garment_color"),
        _c("nehru jacket", "blue"),
        is_a("kurta", "yes"),
        details("nehru jacket", "nehru jacket details", "restated"),
        gender="Boys",
        title="Sethukrishna Boys Mustard Yellow & Navy Blue Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: girl seated on a wooden stool, green lehenga, pink blouse, pink dupatta across the lap. All texts: VQA
    # adapter.
    case(
        "X1649-015",
        _w("a green skirt"),
        _c("lehenga", "green"),
        _c("blouse", "pink"),
        _c(
            "dupatta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        details("lehenga", "the details of the lehenga", "restated"),
        gender="Girls",
        title="Bitiya by Bhama Girls Green & Pink Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: boy, black sherwani with gold buttons, cream churidar, black mojaris, pale pink backdrop. All texts: VQA
    # adapter.
    case(
        "X1649-016",
        _w("a black coat and white pants"),
        _c("sherwani", "black"),
        _c("churidar", "black", "other_garment_color"),
        is_a("sherwani", "no", "contradiction"),
        details("sherwani", "gold buttons"),
        gender="Boys",
        title="Jompers Boys Black & Cream-Coloured Sherwani Set",
        category="Sherwani",
        color="Black",
    ),
    # Photo: girl, pink straight kurta with blue floral print, blue palazzos, silver juttis. All texts: VQA adapter.
    case(
        "X1649-017",
        _w("a pink shirt and blue pants"),
        _c("kurta", "pink"),
        _c("palazzos", "pink", "other_garment_color"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has blue flowers printed all over it and a round neck with a small button and three quarter "
            "sleeves with a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="VASTRAMAY Girls Pink & Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: boy, ikat-print kurta mainly blue with red and yellow, white pyjamas. All texts: VQA adapter.
    case(
        "X1649-018",
        _w("a colorful shirt and white pants"),
        _c("kurta", "blue"),
        _c("pyjamas", "blue", "other_garment_color"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta is blue and red and yellow and blue and red and yellow and blue and red and yellow and blue and "
            "red and yellow and blue and red",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj DEZInES Boys Multicoloured Ikat Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Multi",
    ),
    # Photo: back view of a girl, maroon anarkali with a gold tassel tie-up at the back, maroon churidar, gold-toned
    # dupatta over both arms. All texts: VQA adapter.
    case(
        "X1649-019",
        _w("a red dress"),
        _c("kurta", "red"),
        _c("churidar", "red"),
        _c("dupatta", "the color of the dupatta", "restated"),
        is_a("kurta", "no", "contradiction"),
        details("kurta", "tassels on the back"),
        gender="Girls",
        title="Aarika Girls Maroon Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: toddler boy with shoulder-length hair holding a wooden flute, yellow kurta, white dhoti pants. All texts:
    # VQA adapter.
    case(
        "X1649-020",
        _w("she is wearing a yellow top and a white skirt", "pronoun"),
        _c("kurta", "yellow"),
        _c("dhoti pants", "white"),
        is_a("kurta", "yes"),
        details("kurta", "kurta", "non_answer"),
        gender="Boys",
        title="Jbn Creation Boys Yellow & White Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: flat lay on a beige surface, off-white kurta with green floral print, green sharara, off-white dupatta
    # with green tassels. No gender in the feed row. All texts: VQA adapter.
    case(
        "X1649-021",
        _w("a white top and green pants"),
        _c("kurta", "white"),
        _c("sharara", "green"),
        _c("dupatta", "white"),
        is_a("kurta", "yes"),
        material("cotton"),
        title="Libas Kids Girls Off White & Green Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: boy, teal solid kurta, beige printed nehru jacket over it, white pyjamas. All texts: VQA adapter.
    case(
        "X1649-022",
        _w("a beige vest over a blue shirt and white pants"),
        _c("kurta", "beige", "other_garment_color"),
        _c("pyjamas", "white"),
        _c("nehru jacket", "beige"),
        is_a("kurta", "yes"),
        details("nehru jacket", "buttons\nQuestion: What is the color of the buttons? Answer: gold", "leak"),
        gender="Boys",
        title="Hangup Kids Boys Teal Blue Solid Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: girl, yellow lehenga with pink border and mirror work, pink choli, yellow dupatta draped over her left
    # arm. All texts: VQA adapter.
    case(
        "X1649-023",
        _w(
            "a yellow lehenga with a pink border and a pink choli with short sleeves and a yellow dupatta draped over "
            "her left arm and gold",
            "cut",
            hit_limit=True,
        ),
        _c("lehenga", "yellow"),
        _c("choli", "yellow", "other_garment_color"),
        _c("dupatta", "yellow"),
        is_a("lehenga", "yes"),
        details(
            "lehenga",
            "the lehenga has a pink border at the bottom with gold embroidery and mirror work and a pink border at the "
            "bottom with gold embroidery and mirror work and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Fashion Dream Girls Yellow & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: boy, cream self-design matte cotton kurta, beige churidar (styling, not sold), brown mojaris. All texts:
    # VQA adapter.
    case(
        "X1649-024",
        _w("a white kurta and white pants"),
        _c("kurta", "white"),
        is_a("kurta", "yes"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        material("silk", "contradiction"),
        gender="Boys",
        title="BownBee Boys Cream-Coloured Self Design Pure Cotton Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Photo: girl, turquoise anarkali with gold embroidered yoke, turquoise churidar, pink dupatta over one shoulder.
    # All texts: VQA adapter.
    case(
        "X1649-025",
        _w("a blue dress with a pink scarf"),
        _c("kurta", "blue"),
        _c("churidar", "pink", "other_garment_color"),
        _c("dupatta", "pink"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has gold embroidery on the yoke and the sleeves and the hem and the yoke and the sleeves and "
            "the hem and the yoke and the sleeves and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Aj DEZInES Girls Turquoise Blue Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Photo: boy in three-quarter view, maroon sherwani with gold buttons, gold-toned churidar, gold juttis. All texts:
    # VQA adapter.
    case(
        "X1649-026",
        _w("a red jacket and gold pants"),
        _c("sherwani", "red"),
        _c(
            "churidar",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        details("sherwani", "", "non_answer"),
        gender="Boys",
        title="VASTRAMAY Boys Maroon & Gold-Toned Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: girl, navy lehenga with gold foil print, navy blouse, gold tissue dupatta. No gender in the feed row.
    # All texts: VQA adapter.
    case(
        "X1649-027",
        _w("a blue skirt and a blue top"),
        _c("lehenga", "blue"),
        _c("blouse", "blue"),
        _c("dupatta", "gold\nQuestion: What is the color of the lehenga? Answer: blue", "leak"),
        is_a("lehenga", "no", "contradiction"),
        details("lehenga", "gold print all over"),
        title="Biba Girls Navy Blue & Gold-Toned Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: flat lay on white, orange kurta with mandarin collar and three buttons, white pyjama beside it; no child.
    # All texts: VQA adapter.
    case(
        "X1649-028",
        _w("nothing", "non_answer"),
        _c("kurta", "orange"),
        _c("pyjama", "white"),
        is_a("kurta", "yes"),
        details("kurta", "a mandarin collar and three buttons"),
        gender="Boys",
        title="Pro-Ethic Style Developer Boys Orange & White Solid Kurta with Pyjama",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: girl, green kurta with yoke embroidery and thin gold lace at the hem, green palazzos, pink-and-yellow
    # leheriya dupatta. All texts: VQA adapter.
    case(
        "X1649-029",
        _w("a green top and green pants"),
        _c("kurta", "green"),
        _c("palazzos", "green"),
        _c("dupatta", "green", "other_garment_color"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has embroidery on the yoke and the sleeves and the hem of the kurta is finished with a thin "
            "gold lace and the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cutiekins Girls Green Embroidered Kurta with Palazzos & Leheriya Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: boy, maroon woven nehru jacket over a white kurta and white pyjamas (styling, not sold). All texts: VQA
    # adapter.
    case(
        "X1649-030",
        _w("a red vest and a white shirt"),
        _c("nehru jacket", "white", "other_garment_color"),
        is_a("nehru jacket", "no", "contradiction"),
        details("nehru jacket", "the nehru jacket has a mandarin collar and buttons down the front"),
        gender="Boys",
        title="Hangup Kids Boys Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: girl holding a basket of yellow marigolds, magenta lehenga, gold blouse, magenta dupatta. All texts: VQA
    # adapter.
    case(
        "X1649-031",
        _w("a pink skirt and a gold top"),
        _c("lehenga", "pink"),
        _c("blouse", "the blouse", "non_answer"),
        _c("dupatta", "yellow", "contradiction"),
        is_a("lehenga", "yes"),
        details("lehenga", "gold embroidery"),
        gender="Girls",
        title="Aks Kids Girls Magenta & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: boy with short hair, peach kurta, white churidar, white backdrop. All texts: VQA adapter.
    case(
        "X1649-032",
        _w("she is wearing a pink shirt and white pants", "pronoun"),
        _c("kurta", "pink"),
        _c("churidar", "white"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and the churidar has a drawstring waist and the "
            "kurta has a mandarin collar and a button",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj DEZInES Boys Peach-Coloured Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: girl, red A-line ethnic dress with green printed border at the hem, gold juttis. All texts: VQA adapter.
    case(
        "X1649-033",
        _w("a red dress"),
        _c("dress", "red"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the dress has a green border at the hem and green flowers printed on the red fabric and a round neck with "
            "a thin green piping on the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        gender="Girls",
        title="Biba Girls Red & Green Printed Pure Cotton A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: boy, off-white sherwani with gold embroidered collar and cuffs, off-white churidar, red stole over the
    # shoulder (styling), no pocket square. All texts: VQA adapter.
    case(
        "X1649-034",
        _w("a white jacket and a red scarf"),
        _c("sherwani", "red", "other_garment_color"),
        _c("churidar", "white"),
        is_a("sherwani", "yes"),
        details(
            "sherwani", "gold buttons and gold embroidery on the collar and cuffs and a pocket square", "unsupported"
        ),
        gender="Boys",
        title="Jompers Boys Off-White & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
    ),
    # Photo: girl, yellow gota patti kurta with gold lace at neck and hem, yellow sharara, pink dupatta. All texts: VQA
    # adapter.
    case(
        "X1649-035",
        _w("a yellow kurta and pants"),
        _c("kurta", "yellow"),
        _c("sharara", "yellow"),
        _c("dupatta", "yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        details(
            "kurta", "gold lace on the neck and the hem Question: What is the color of the lace? Answer: gold", "leak"
        ),
        gender="Girls",
        title="Kalini Girls Yellow & Pink Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: baby boy sitting on the floor holding a plush toy, blue printed kurta, white pyjama. No category in the
    # feed row. All texts: VQA adapter.
    case(
        "X1649-036",
        _w("a blue shirt and white pants"),
        _c("kurta", "Question: What is the color of the kurta? Answer: blue", "leak"),
        _c("pyjama", "blue", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Mini Klub Boys Blue Printed Kurta with Pyjama",
        color="Blue",
    ),
    # Photo: girl, multicoloured patchwork lehenga (pink, green, yellow), pink blouse, green dupatta with gold border,
    # gold bangles. All texts: VQA adapter.
    case(
        "X1649-037",
        _w(
            "a colorful patchwork lehenga with a pink blouse and a green dupatta with a gold border and gold bangles "
            "on both wrists and a",
            "cut",
            hit_limit=True,
        ),
        _c("lehenga", "pink and green and yellow"),
        _c("blouse", "pink"),
        _c("dupatta", "green"),
        is_a("lehenga", "yes"),
        details("lehenga", "the lehenga has a patchwork pattern with different colors"),
        gender="Girls",
        title="Fashion Dream Girls Multicoloured Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: boy, white kurta, white pyjamas, navy blue nehru jacket over the kurta. All texts: VQA adapter.
    case(
        "X1649-038",
        _w("a blue vest and white pants"),
        _c("kurta", "blue", "other_garment_color"),
        _c("pyjamas", "white"),
        _c("nehru jacket", "blue"),
        is_a("kurta", "no", "contradiction"),
        material("cotton"),
        gender="Boys",
        title="Ethnix Boys White Cotton Kurta with Pyjamas & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl, pink floral-print anarkali kurta, white leggings (styling, not sold); fabric not visible as such.
    # All texts: VQA adapter.
    case(
        "X1649-039",
        _w("a pink dress and white leggings"),
        _c("kurta", "pink"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has a floral print and a flared hem and a round neck and the kurta has a floral print and a "
            "flared hem and a round neck and the",
            "loop",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        gender="Girls",
        title="Aarika Girls Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: boy, green silk-blend kurta, cream dhoti pants, gold juttis. All texts: VQA adapter.
    case(
        "X1649-040",
        _w("a green shirt and a white skirt", "contradiction"),
        _c("kurta", "green"),
        _c("dhoti pants", "white Answer: white", "leak"),
        is_a("kurta", "yes"),
        material("silk"),
        gender="Boys",
        title="Sethukrishna Boys Green & Cream-Coloured Silk Blend Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: toddler girl seated with hands up, orange lehenga, pink choli, orange dupatta with pink border pinned at
    # the shoulder. All texts: VQA adapter.
    case(
        "X1649-041",
        _w("a orange dress", "contradiction"),
        _c("lehenga", "orange"),
        _c("choli", "pink"),
        _c(
            "dupatta",
            "orange and pink and orange and pink and orange and pink and orange and pink and orange and pink and "
            "orange and pink and orange and pink",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Orange & Pink Ready to Wear Lehenga & Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Photo: boy in side pose with his hands in the kurta's side pockets, black kurta, white pyjamas. No base colour in
    # the feed row. All texts: VQA adapter.
    case(
        "X1649-042",
        _w("a black shirt and white pants"),
        _c("kurta", "black"),
        _c("pyjamas", "black", "other_garment_color"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has pockets on the side"),
        material("cotton"),
        gender="Boys",
        title="VASTRAMAY Boys Black & White Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
    ),
    # Photo: girl, white kurta with blue floral print (printed, no embroidery), blue cotton straight pants. All texts:
    # VQA adapter.
    case(
        "X1649-043",
        _w("a white top and blue jeans", "contradiction"),
        _c("kurta", "white"),
        _c("pants", "blue"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has blue embroidery on the sleeves", "unsupported"),
        gender="Girls",
        title="Biba Girls White & Blue Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: back view of a boy with a side part, cream sherwani with a back vent, cream churidar, maroon dupatta draped
    # over the shoulder and down the back. All texts: VQA adapter.
    case(
        "X1649-044",
        _w("she is wearing a white coat", "pronoun"),
        _c("sherwani", "white"),
        _c("churidar", "white"),
        _c("dupatta", "white", "other_garment_color"),
        is_a("sherwani", "yes"),
        details("sherwani", "the back of the sherwani has a slit at the bottom"),
        gender="Boys",
        title="VASTRAMAY Boys Cream-Coloured & Maroon Sherwani Set with Dupatta",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: flat lay, sea-green lehenga with gold border and motifs, pink choli, pink dupatta, with gold bangles and
    # jhumkas laid beside them as props; no child. All texts: VQA adapter.
    case(
        "X1649-045",
        _w("bangles and earrings", "contradiction"),
        _c("lehenga", "green"),
        _c("choli", "pink"),
        _c("dupatta", "pink"),
        is_a("lehenga", "yes"),
        details(
            "lehenga",
            "the lehenga has a gold border at the hem and small gold motifs all over and a pink waistband with a gold "
            "tassel and the choli has a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Aks Kids Girls Sea Green & Pink Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: girl, mustard kurta with mirror work, green dhoti pants, green dupatta over both shoulders. All texts: VQA
    # adapter; the dupatta's answer came back empty.
    case(
        "X1649-046",
        _w("a yellow top and green pants"),
        _c("kurta", "yellow"),
        _c("dhoti pants", "green"),
        _c("dupatta", "", "non_answer"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Ahalyaa Girls Mustard & Green Mirror Work Kurta with Dhoti Pants & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
]
