"""BLIND_1481 (45 products; Myntra kids' ethnic wear, VQA adapter, each piece's color): written blind in the sixty-fifth
session. Measured blind at af418ff (the session's third rules): 64/85 failures found (75.3%) and 7/188 correct texts
flagged (3.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of children's ethnic wear (kurta sets with pyjamas, churidars, dhotis, palazzos and shararas;
lehenga cholis and a chaniya choli; anarkalis; sherwanis; Nehru jacket sets; ethnic dresses; a pattu pavadai and a
shirt-and-veshti set). Photos are the catalog's usual shots: a child on a plain backdrop (white, grey, beige, pink,
yellow), styled with mojaris, a safa, jhumkas or a stole, now and then a prop (a diya, a kite, dandiya sticks, a pooja
thali, a garland, a toy drum), a few flat lays and back views. Columns are the feed's own: title, category (Myntra's
article type), color (base colour) and gender (Boys / Girls); a few products lack one of them, as the feed does.
Who wrote what: every text is the VQA adapter's (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, 8-bit),
free generation, greedy, 30 new tokens, prompt "Question: ... Answer:". The feed ran no caption step (that adapter's
captions are broken), so no product has a caption. Each product was asked what the child is wearing and the color of
every piece its title names (kurta, pyjama, churidar, dupatta, lehenga, blouse, jacket, ...), stored open since they
are generated freely, plus a few of: Is this a <garment>?, garment type, pattern, sleeve length, material, details or
a description of one piece.
Labeling conventions and judgement calls: a text is judged against the photo I imagined and the title. Neighbouring
shade names a person would also use for the photo are right (white for off white or cream, red for maroon, yellow for
mustard, orange for rust, pink for peach or magenta, blue for navy or teal, purple for lavender, green for sea green
or mint); a different hue is wrong. In-shop class names are accepted where they name the same piece (skirt for a
lehenga, top or blouse for a choli, vest or jacket for a Nehru jacket, coat for a sherwani, pants for a pyjama or
churidar); "dress" for a kurta set, an anarkali set or a lehenga choli, "shirt" for a kurta and "skirt" or "shorts"
for a dhoti or veshti are wrong (contradiction: the title says otherwise). A piece's color answered with the color of
another piece in the photo (the pyjama, the dupatta, a stole, the print on the kurta) is other_garment_color; the
backdrop's color, or a hue nothing in the photo has, is contradiction. A material the title contradicts, or that the
photo does not support where the title is silent, is unsupported, as are invented pockets, belts and zips. Runs that
repeat a word or phrase until the limit are loop; answers that run on without repeating and stop mid-phrase are cut;
answers that write "Question: ... Answer:" are leak (all three with hit_limit). An answer that only echoes the
question's noun, an empty one, or "yes" to an open question is non_answer; "the kurta has details" style answers are
restated. A wrong pronoun for the child is pronoun even when the rest of the answer is right or wrong in another way.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The piece's color, generated freely by the VQA adapter: stored open."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def wears(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="the child", hit_limit=hit_limit)


BLIND_1481 = [
    # 001 truth: boy (about 5) on a light grey backdrop, mustard yellow cotton kurta with mandarin collar and a wooden
    # button placket, plain white pyjama, tan mojaris. All texts: VQA adapter (no caption step).
    case(
        "X1481-001",
        wears("a yellow kurta and white pyjamas"),
        col("kurta", "yellow"),
        col("pyjama", "yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.material("cotton"),
        Q.sleeve_length("long"),
        details(
            "kurta",
            "the kurta has a collar and buttons on the front and the sleeves are long and the kurta is yellow and the "
            "pyjama is white and the kurta is",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys Mustard Yellow Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # 002 truth: girl (about 7) on white, pink lehenga with a gold gota border, pink short-sleeved choli, ivory net
    # dupatta with a gold border over one shoulder, gold jhumkas. All texts: VQA adapter.
    case(
        "X1481-002",
        wears("a pink dress", "contradiction"),
        col("lehenga", "pink"),
        col("blouse", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        is_a("lehenga", "yes"),
        Q.pattern("embroidered"),
        details("lehenga", "the lehenga has a gold border at the bottom"),
        gender="Girls",
        title="Bitiya by Bhama Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # 003 truth: boy on beige, cream silk-blend sherwani with maroon and gold embroidery at collar and cuffs, cream
    # churidar, maroon stole over the shoulder, maroon safa (part of the styling, not the product). All texts: VQA
    # adapter.
    case(
        "X1481-003",
        wears("a white sherwani and a red turban"),
        col("sherwani", "maroon", "other_garment_color"),
        col("churidar", "white"),
        col("stole", "red"),
        is_a("sherwani", "yes"),
        Q.material("silk"),
        describe(
            "sherwani",
            "a white sherwani with gold embroidery on the collar and the sleeves and a red scarf on the shoulder and a "
            "red turban on the head and a",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj Dezines Boys Cream-Coloured Silk Blend Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # 004 truth: girl on beige, navy blue anarkali kurta with gold foil ethnic motifs, navy churidar, pink dupatta with
    # a gold border and small gold tassels at the corners. All texts: VQA adapter.
    case(
        "X1481-004",
        wears("she is wearing a blue dress with a pink scarf", "contradiction"),
        col("kurta", "blue"),
        col("churidar", "blue"),
        col("dupatta", "pink"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        details(
            "dupatta",
            "the dupatta has a gold border and gold tassels and a gold border and gold tassels and a gold border and "
            "gold tassels and a gold",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Navy Blue Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 005 truth: boy on white, plain white kurta under a teal green printed Nehru jacket, white pyjama. All texts: VQA
    # adapter.
    case(
        "X1481-005",
        wears("a green jacket and white pants"),
        col("jacket", "green"),
        col("kurta", "green", "other_garment_color"),
        col("pyjama", "white"),
        is_a("kurta", "no", "contradiction"),
        describe(
            "jacket",
            "a green jacket with a white print and white buttons on the front and a white kurta under the jacket and "
            "white pants and brown",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Sethukrishna Boys White Kurta with Pyjamas & Teal Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # 006 truth: flat lay on white: yellow cotton kurti with mirror work at the neck and hem, yellow sharara, green
    # dupatta folded beside them; no child. All texts: VQA adapter. The feed has no gender for this one.
    case(
        "X1481-006",
        wears("a yellow and green outfit"),
        col("kurti", "yellow"),
        col("sharara", "yellow"),
        col("dupatta", "green"),
        details(
            "kurti",
            "mirror work on the neck and the sleeves and the hem and the neck and the sleeves and the hem and the neck "
            "and the sleeves and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Girls Yellow Mirror Work Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # 007 truth: boy on white, orange half-sleeved cotton kurta, white pre-stitched dhoti pants, kolhapuri sandals.
    # All texts: VQA adapter.
    case(
        "X1481-007",
        wears("an orange shirt and white shorts", "contradiction"),
        col("kurta", "orange"),
        col("dhoti", "orange", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.material("cotton"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="BownBee Boys Orange & White Pure Cotton Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
    ),
    # 008 truth: girl on cream, pattu pavadai: green silk skirt with a wide gold zari border, magenta blouse with puff
    # sleeves, jasmine in her hair. All texts: VQA adapter.
    case(
        "X1481-008",
        wears("a green skirt and a pink top"),
        col("skirt", "green"),
        col("blouse", "green", "other_garment_color"),
        Q.material("silk"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Girls Green & Magenta Woven Design Silk Pattu Pavadai Set",
        category="Lehenga Choli",
        color="Green",
    ),
    # 009 truth: boy on a warm brown backdrop holding a lit diya, maroon kurta (mandarin collar, gold buttons, no
    # pockets), cream churidar. All texts: VQA adapter.
    case(
        "X1481-009",
        wears("a maroon kurta and white pants"),
        col("kurta", "brown", "contradiction"),
        col("churidar", "white"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a pocket on the chest and gold buttons", "unsupported"),
        gender="Boys",
        title="YK Boys Maroon Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # 010 truth: girl on white, peach net lehenga with sequins, sleeveless peach choli, peach dupatta, all one shade.
    # All texts: VQA adapter.
    case(
        "X1481-010",
        wears("a pink lehenga"),
        col("lehenga", "pink"),
        col("blouse", "pink"),
        col("dupatta", "pink"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("sleeveless"),
        describe(
            "lehenga",
            "a pink lehenga with gold sequins and a pink blouse with gold sequins and a pink dupatta with gold sequins "
            "and a pink lehenga with",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Kisah Girls Peach-Coloured Embellished Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # 011 truth: back view, boy turned away on grey, white chikankari kurta with floral embroidery all over, white
    # pyjama (no pockets, no visible buttons from the back). All texts: VQA adapter.
    case(
        "X1481-011",
        wears("a white kurta pajama"),
        col("kurta", "white"),
        col("pyjama", "white"),
        details(
            "kurta",
            "the kurta has white embroidery on the front and the back and the sleeves and the collar and the buttons "
            "and the pockets and the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Boys",
        title="Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # 012 truth: girl on white holding a small gold potli bag, red and gold brocade A-line ethnic dress with short puff
    # sleeves. All texts: VQA adapter.
    case(
        "X1481-012",
        wears("a red dress"),
        col("dress", "red and gold"),
        Q.garment_type("dress"),
        is_a("dress", "yes"),
        describe(
            "dress",
            "a red dress with a gold pattern on the front and a gold pattern on the back and a gold pattern on the "
            "sleeves and a gold pattern on the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long", "contradiction"),
        gender="Girls",
        title="Girls Red & Gold-Toned Woven Design Ethnic A-Line Dress",
        category="Ethnic Dresses",
        color="Red",
    ),
    # 013 truth: boy with shoulder-length hair seated on a carved wooden chair, knee-length navy blue jacquard sherwani,
    # white churidar. All texts: VQA adapter. The feed has no base colour for this one.
    case(
        "X1481-013",
        wears("she is wearing a blue dress", "pronoun"),
        col("sherwani", "blue"),
        col("churidar", "blue", "other_garment_color"),
        is_a("sherwani", "yes"),
        Q.garment_type("coat"),
        Q.sleeve_length("long"),
        details("sherwani", "sherwani details", "restated"),
        gender="Boys",
        title="Boys Navy Blue Woven Design Sherwani with Churidar",
        category="Sherwani",
    ),
    # 014 truth: girl on white, short off-white cotton kurta with a pink floral print, solid pink palazzos, no dupatta.
    # All texts: VQA adapter.
    case(
        "X1481-014",
        wears("a white top and pink pants"),
        col("kurta", "pink", "other_garment_color"),
        col("palazzos", "pink"),
        Q.pattern("floral"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        Q.garment_type("dress", "contradiction"),
        gender="Girls",
        title="Girls Off White & Pink Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # 015 truth: boy sitting on a low wooden stool on white, sea green kurta with tonal embroidery on the placket,
    # white pyjama. All texts: VQA adapter.
    case(
        "X1481-015",
        wears("a green kurta and white pajamas"),
        col("kurta", "blue", "contradiction"),
        col("pyjama", "white"),
        details("kurta", "the kurta has a collar and buttons"),
        Q.sleeve_length(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves "
            "long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Sea Green Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # 016 truth: girl on white, red lehenga with gold zari work and a gold border, red short-sleeved choli, gold tissue
    # dupatta. All texts: VQA adapter.
    case(
        "X1481-016",
        wears("red and gold lehenga choli"),
        col("lehenga", "red"),
        col("blouse", "red"),
        col("dupatta", "red", "other_garment_color"),
        is_a("lehenga", "yes"),
        details(
            "lehenga",
            "the lehenga has a gold border at the bottom and gold zari work all over the lehenga and the blouse has "
            "gold zari work on the sleeves and the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Red & Gold-Toned Zari Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # 017 truth: boy on light blue holding a red paper kite (prop), plain black kurta, white churidar. All texts: VQA
    # adapter.
    case(
        "X1481-017",
        wears("a black kurta and a white churidar"),
        col("kurta", "black"),
        col("churidar", "black", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.garment_type("kurta"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Black Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
    ),
    # 018 truth: girl on pale grey, sleeveless lavender net anarkali with an embroidered yoke, lavender churidar; the
    # set's lavender dupatta is not in this photo. All texts: VQA adapter.
    case(
        "X1481-018",
        wears("a purple dress", "contradiction"),
        col("kurta", "purple"),
        col("churidar", "purple"),
        col("dupatta", "white", "unsupported"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("embroidered"),
        gender="Girls",
        title="Girls Lavender Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # 019 truth: toddler boy (about 18 months) on a pink backdrop, yellow half-sleeved cotton kurta, white dhoti pants.
    # All texts: VQA adapter.
    case(
        "X1481-019",
        wears("a yellow outfit"),
        col("kurta", "yellow"),
        col("dhoti", "pink", "contradiction"),
        is_a("dhoti", "yes"),
        Q.material("cotton"),
        Q.sleeve_length("short"),
        details("kurta", "yes", "non_answer"),
        gender="Boys",
        title="Boys Yellow Cotton Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # 020 truth: girl on white, mint green kurti with a small floral print, mint sharara, white dupatta; the kurti has
    # no pockets and no buttons. All texts: VQA adapter.
    case(
        "X1481-020",
        wears(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        col("kurti", "green"),
        col("sharara", "green"),
        col("dupatta", "white"),
        Q.pattern("floral"),
        details("kurti", "the kurti has a pocket on the side and a button on the back", "unsupported"),
        gender="Girls",
        title="Girls Mint Green Floral Printed Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # 021 truth: boy on cream, gold-toned tissue sherwani, gold churidar, maroon stole in the set, maroon mojaris. All
    # texts: VQA adapter.
    case(
        "X1481-021",
        wears(
            "a gold sherwani and a red scarf and gold shoes and a gold turban on his head and a gold necklace and a "
            "gold",
            "cut",
            hit_limit=True,
        ),
        col("sherwani", "gold"),
        col("churidar", "gold"),
        col("stole", "gold", "other_garment_color"),
        is_a("sherwani", "yes"),
        details(
            "sherwani",
            "the sherwani has a collar, the sleeves, the buttons, the collar, the sleeves, the buttons, the collar, "
            "the sleeves, the buttons, the collar, the",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Gold-Toned & Maroon Self Design Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # 022 truth: flat lay on white, blue cotton kurta with a white indigo block print, solid blue palazzos. All texts:
    # VQA adapter. The feed has no gender for this one.
    case(
        "X1481-022",
        wears("a blue and white kurta and pants"),
        col("kurta", "blue"),
        col("palazzos", "white", "other_garment_color"),
        Q.pattern("printed"),
        Q.material("silk", "unsupported"),
        title="Girls Blue & White Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # 023 truth: boy on white holding a marigold garland, cream kurta, maroon printed Nehru jacket, cream pyjama. All
    # texts: VQA adapter.
    case(
        "X1481-023",
        wears("a maroon vest and white pants"),
        col("jacket", "maroon"),
        col("kurta", "maroon", "other_garment_color"),
        col("pyjama", "white"),
        is_a("kurta", "yes"),
        Q.garment_type("vest", "contradiction"),
        gender="Boys",
        title="Boys Cream-Coloured Kurta & Pyjamas with Maroon Printed Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # 024 truth: back view, girl on white showing the choli's tie-up back with tassels, pink lehenga with floral
    # embroidery, pink short-sleeved choli, no dupatta in the set. All texts: VQA adapter.
    case(
        "X1481-024",
        wears("a pink skirt and top"),
        col("lehenga", "pink"),
        col("blouse", "pink"),
        details("blouse", "the blouse has tassels on the back"),
        Q.sleeve_length("short"),
        describe("lehenga", "the lehenga is a lehenga", "restated"),
        gender="Girls",
        title="Girls Pink Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
    ),
    # 025 truth: boy on white, white kurta with a multicolour thread-embroidered yoke, white churidar. All texts: VQA
    # adapter.
    case(
        "X1481-025",
        wears(
            "Question: What is the child wearing? Answer: a white kurta Question: What is the child wearing? Answer: a "
            "white kurta Question:",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "white"),
        col(
            "churidar",
            "white and white and white and white and white and white and white and white and white and white and "
            "white and white and white and white and white",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "colorful embroidery on the neck"),
        Q.pattern("solid"),
        gender="Boys",
        title="Boys White Yoke Design Kurta with Churidar",
        category="Kurta Sets",
        color="White",
    ),
    # 026 truth: girl on a yellow backdrop, green silk-blend lehenga with pink embroidery on the border, pink choli,
    # pink dupatta with a gold border, jhumkas. All texts: VQA adapter.
    case(
        "X1481-026",
        wears("a green skirt and a pink top and a pink scarf"),
        col("lehenga", "green"),
        col("blouse", "pink"),
        col("dupatta", "pink"),
        Q.material("silk"),
        Q.garment_type("skirt"),
        is_a("lehenga", "no", "contradiction"),
        describe(
            "lehenga",
            "a green lehenga with pink embroidery on the border and a pink blouse with green embroidery on the sleeves "
            "and a pink dupatta with a gold border on",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Green & Pink Embroidered Silk Blend Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # 027 truth: boy on white wearing toy sunglasses, plain rust orange kurta, white pyjama with small rust motifs. All
    # texts: VQA adapter.
    case(
        "X1481-027",
        wears("an orange kurta and white pants and sunglasses"),
        col("kurta", "orange"),
        col("pyjama", "white"),
        is_a("kurta", "yes"),
        Q.pattern(
            "the kurta is solid and the pyjama is printed and the kurta is solid and the pyjama is printed and the "
            "kurta is solid and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Rust Orange Solid Kurta with Printed Pyjamas",
        category="Kurta Sets",
        color="Rust",
    ),
    # 028 truth: girl with a short bob on white, mustard kurta with gota patti lace at neck and hem, mustard sharara,
    # maroon dupatta. All texts: VQA adapter.
    case(
        "X1481-028",
        wears("he is wearing a yellow kurta", "pronoun"),
        col("kurta", "yellow"),
        col("sharara", "maroon", "other_garment_color"),
        col("dupatta", "maroon"),
        Q.sleeve_length("long"),
        details("kurta", "the kurta has gold lace on the neck and the hem"),
        gender="Girls",
        title="Girls Mustard Yellow Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # 029 truth: boy on white, cream art silk kurta with a gold border, cream dhoti with a gold border, cream
    # angavastram with gold zari over one shoulder. All texts: VQA adapter.
    case(
        "X1481-029",
        wears("a white shirt and a white skirt", "contradiction"),
        col("kurta", "white"),
        col("dhoti", "white and gold"),
        col("angavastram", "angavastram", "non_answer"),
        Q.material("silk"),
        is_a("dhoti", "yes"),
        gender="Boys",
        title="Boys Cream-Coloured & Gold-Toned Art Silk Kurta with Dhoti & Angavastram",
        category="Kurta Sets",
        color="Cream",
    ),
    # 030 truth: flat lay on white, sleeveless teal fit-and-flare ethnic dress with a floral print and a net overlay,
    # no belt. All texts: VQA adapter.
    case(
        "X1481-030",
        wears("a blue dress"),
        col("dress", "blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a blue dress with a floral print on it and a white belt", "unsupported"),
        gender="Girls",
        title="Girls Teal Floral Printed Fit & Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # 031 truth: boy on white, grey Pathani kurta with a shirt collar and a chest pocket, grey salwar. All texts: VQA
    # adapter.
    case(
        "X1481-031",
        wears("a grey kurta and grey pants"),
        col("kurta", "grey"),
        col("salwar", "grey"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a collar and a pocket on the chest"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Boys Grey Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Grey",
    ),
    # 032 truth: girl on white, multicolour printed patchwork lehenga (red, green, yellow, blue blocks), yellow choli,
    # multicolour printed dupatta. All texts: VQA adapter.
    case(
        "X1481-032",
        wears(
            "a colorful skirt and a yellow top Question: What is the color of the skirt? Answer: red Question: What is "
            "the color of the",
            "leak",
            hit_limit=True,
        ),
        col("lehenga", "multicolored"),
        col("blouse", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        Q.pattern("printed"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Multicoloured Printed Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # 033 truth: boy on white holding a toy drum, sky blue kurta, white pyjama. All texts: VQA adapter.
    case(
        "X1481-033",
        wears(
            "a blue kurta and white pyjamas and a drum and a drum and a drum and a drum and a drum and a drum and a "
            "drum and a",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "blue"),
        col("pyjama", "white"),
        details("kurta", "the kurta has details", "restated"),
        Q.material("cotton"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Boys Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # 034 truth: girl mid-twirl on white holding dandiya sticks, multicolour mirror-work chaniya (lehenga), black choli
    # with mirror work, red dupatta with mirrors. All texts: VQA adapter.
    case(
        "X1481-034",
        wears("a colorful dress", "contradiction"),
        col(
            "lehenga",
            "red and green and yellow and blue and red and green and yellow and blue and red and green and yellow and "
            "blue and red and",
            "loop",
            hit_limit=True,
        ),
        col("choli", "black"),
        col("dupatta", "red"),
        Q.pattern("embroidered"),
        gender="Girls",
        title="Girls Multicoloured Mirror Work Chaniya Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # 035 truth: boy on a pink backdrop, peach kurta, white pyjama. All texts: VQA adapter.
    case(
        "X1481-035",
        wears("a pink shirt and white pants", "contradiction"),
        col("kurta", "pink"),
        col("pyjama", "pink", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.garment_type("kurta"),
        gender="Boys",
        title="Boys Peach-Coloured Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # 036 truth: girl on grey, Durga Puja style white lehenga with a wide red border, red short-sleeved choli. All
    # texts: VQA adapter.
    case(
        "X1481-036",
        wears("a white and red lehenga"),
        col("lehenga", "red", "other_garment_color"),
        col("blouse", "red"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        is_a("lehenga", "yes"),
        details("lehenga", "lehenga", "non_answer"),
        gender="Girls",
        title="Girls White & Red Solid Lehenga Choli",
        category="Lehenga Choli",
        color="White",
    ),
    # 037 truth: boy on white, off-white sherwani with pearl buttons and tonal embroidery at the collar and cuffs,
    # off-white churidar, pink safa (part of the set). All texts: VQA adapter.
    case(
        "X1481-037",
        wears("a white sherwani and a pink turban"),
        col("sherwani", "white"),
        col("churidar", "white"),
        col("safa", "pink"),
        details(
            "sherwani",
            "the sherwani has pearl buttons on the front and embroidery on the collar and the cuffs and the front and "
            "the back and the",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Boys Off White Embroidered Sherwani with Churidar & Safa",
        category="Sherwani",
        color="Off White",
    ),
    # 038 truth: girl on white, short-sleeved pink A-line kurta with a small white print, white leggings. All texts:
    # VQA adapter. The feed has no article type for this one.
    case(
        "X1481-038",
        wears("a pink kurta and white leggings"),
        col("kurta", "pink"),
        col(
            "leggings",
            "white Question: What is the color of the kurta? Answer: pink Question: What is the color of the leggings? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.sleeve_length(
            "short sleeves with a bow at the back and a zip at the back and a bow at the back and a zip at the back "
            "and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Pink Printed A-Line Kurta with Leggings",
        color="Pink",
    ),
    # 039 truth: flat lay on grey, black velvet Nehru jacket laid over a white kurta, white churidar below; no child.
    # All texts: VQA adapter.
    case(
        "X1481-039",
        wears("", "non_answer"),
        col("jacket", "black"),
        col("kurta", "black", "other_garment_color"),
        col("churidar", "white"),
        Q.material("velvet"),
        is_a("jacket", "yes"),
        gender="Boys",
        title="Boys White Kurta with Churidar & Black Velvet Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # 040 truth: girl on white holding a pooja thali, maroon anarkali with a gold print, maroon churidar, gold-toned
    # dupatta. All texts: VQA adapter.
    case(
        "X1481-040",
        wears("a red kurta with gold print and a gold dupatta"),
        col("kurta", "red"),
        col("churidar", "gold", "other_garment_color"),
        col("dupatta", "gold"),
        Q.pattern("printed"),
        details(
            "kurta",
            "gold print on the kurta and the churidar and the dupatta and the kurta and the churidar and the dupatta "
            "and the kurta and the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Maroon & Gold-Toned Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # 041 truth: boy on white, three-quarter view, yellow kurta with a white bandhani dot print, white pyjama. All
    # texts: VQA adapter.
    case(
        "X1481-041",
        wears("a yellow kurta with white dots and white pants"),
        col("kurta", "yellow"),
        col(
            "pyjama",
            "white Question: What is the color of the kurta? Answer: yellow Question: What is the color of the pyjama? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Yellow Bandhani Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # 042 truth: girl on white, royal blue lehenga, sleeveless silver-toned sequinned choli, blue net dupatta with a
    # silver border. All texts: VQA adapter.
    case(
        "X1481-042",
        wears("a blue lehenga and a silver top"),
        col("lehenga", "blue"),
        col("blouse", "blue", "other_garment_color"),
        col("dupatta", "blue"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("skirt"),
        is_a(
            "lehenga",
            "yes Question: Is this a lehenga? Answer: yes Question: Is this a lehenga? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Blue & Silver-Toned Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # 043 truth: boy on white, plain white half-sleeved cotton shirt, white veshti with a gold zari border. All texts:
    # VQA adapter.
    case(
        "X1481-043",
        wears("a white shirt and a white skirt", "contradiction"),
        col("shirt", "white"),
        col("veshti", "white and gold"),
        Q.sleeve_length("short"),
        is_a("shirt", "yes"),
        Q.material("silk", "unsupported"),
        describe("veshti", "the veshti is white with a gold border"),
        gender="Boys",
        title="Boys White Pure Cotton Shirt & Veshti Set",
        category="Clothing Set",
        color="White",
    ),
    # 044 truth: toddler girl with very short hair on white, plain yellow kurta with short flutter sleeves, pink dhoti
    # salwar. All texts: VQA adapter.
    case(
        "X1481-044",
        wears("he is wearing a yellow top and pink pants", "pronoun"),
        col("kurta", "yellow"),
        col("dhoti salwar", "pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("kurta", "the kurta has a bow on the back", "unsupported"),
        gender="Girls",
        title="Girls Yellow Kurta with Pink Dhoti Salwar",
        category="Kurta Sets",
        color="Yellow",
    ),
    # 045 truth: boy on white, maroon asymmetric kurta with tonal embroidery, fastened with side buttons (no zip),
    # cream dhoti pants. All texts: VQA adapter.
    case(
        "X1481-045",
        wears("a red kurta and white dhoti"),
        col("kurta", "red"),
        col("dhoti", "white"),
        details("kurta", "the kurta has a zip on the side", "unsupported"),
        Q.sleeve_length(
            "the sleeves are long and the sleeves are long and the sleeves are long and the sleeves are long and the "
            "sleeves are",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Maroon Embroidered Asymmetric Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Maroon",
    ),
]
