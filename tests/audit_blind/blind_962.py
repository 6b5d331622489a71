"""BLIND_962 (46 products; Myntra anarkalis & kurta sets; VQA piece colors): written blind in the fifty-seventh session.
Measured blind at 5a92fc7 (the session's final rules): 107/135 failures found (79.3%) and 8/184 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic wear (a few girls' rows): anarkali kurta sets with churidars, straight
kurtas with palazzos, trousers or shararas, ethnic gowns in velvet, net, georgette and tissue, almost all with a
dupatta. Catalog photos on white, grey or beige studio backdrops, front or three-quarter view, the model often in
jhumkas or bangles, sometimes holding a potli bag or a garland; a few "Kurtas" rows are styled with leggings, a
stylist's dupatta or blue jeans that the product does not include. The seller's color is the kurta's (or gown's).

Who wrote what: the whole night ran Salesforce/blip2-opt-2.7b in 8 bit with the VQA LoRA adapter
leoreigoto/Data3_V3_BLIP2_VQA. The caption is the same adapter with an empty prompt: VQA-only training left it a
short base-style caption ("a woman in a pink anarkali ..."), which calls ethnic wear a saree or lehenga now and then,
and sometimes runs on into a Question/Answer pair or a loop up to the 50-token limit. Open answers (what is she
wearing, describe, details, material, and the per-piece color questions "What is the color of the kurta / dupatta /
churidar / palazzos / sharara / trousers / gown?") are the adapter's greedy free generation, 30 new tokens, stopped
at a newline: short color answers usually stop, longer ones loop, get cut, or continue with the next
"Question: ... Answer:" pair of the training format. Its habit is to give one piece the color of another (the
dupatta's color for the kurta, the kurta's for the bottoms). Closed answers (garment type, color, pattern, sleeve
length, "Is this a ...?") come from enrich's --engine reference, which ranks candidate values with the same adapter:
one clean value each, never looped or cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Truth is the photo as written in each "# photo:" line. Where the seller's color disagrees with the photo (a
  "Brown" kurta that is rust), an answer matching the photo is correct.
- A printed piece's color is its base color; an answer naming the base, or base and print together, is correct.
- other_garment_color: an open answer that gives the asked piece the color of another garment visible in the photo
  (dupatta, bottoms, jacket, jeans). A wrong color that belongs to no garment (the wall, a garland, a print accent),
  a wrong color in a caption, and a wrong closed pick are labeled contradiction.
- contradiction also covers the wrong garment kind (saree, lehenga, jacket, sharara as the type, "dress" for a
  kurta set), wrong sleeve length and wrong pattern.
- unsupported: an invented detail (tassels, mirror work, belt, pockets, necklace, lining, shoes not in frame, a
  dupatta on a gown sold and shown without one) or a fabric the title contradicts (silk for a rayon kurta, denim for
  cotton). Chanderi, velvet, net and georgette answers that match the title are correct.
- Same color for two pieces is correct where the photo has them matching (white chikankari kurta and white palazzos).
- non_answer: yes, no, none, empty, a bare color or the bare garment name for "What is she wearing?", "Describe"
  or "details". A one-word color for a color question is an answer.
- restated: the answer gives the question's own words back as a sentence ("the details of the dupatta are the
  details of the dupatta").
- A leaked "Question: ... Answer:" is labeled leak even when the answer inside it is right; a loop or a cut at
  the token limit is labeled loop or cut even when its content is right (hit_limit=True on both).
- One label per text: the failure the reader meets first. A "he"/"his" for a woman or a girl is pronoun, also on
  the row whose feed lacks the gender column (the photo shows a woman).
- "Kurtas" rows styled with leggings, jeans or a stylist's dupatta: those pieces are asked about and answered by
  what the photo shows; they are not the product.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

T = BLIND_QUESTIONS


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The per-piece color question, asked open: the VQA adapter's free generation."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def wear(text: str, failure: str | None = None, who: str = "she", hit_limit: bool = False):
    return wearing(text, failure, who=who, hit_limit=hit_limit)


BLIND_962 = [
    # photo: front view, white backdrop; pink georgette anarkali kurta with a gold gota yoke and long sleeves, pink
    # churidar, pink net dupatta with a plain gold border (no tassels) over both arms, gold jhumkas. VQA adapter
    # caption and open answers, reference engine for the sleeve length.
    case(
        "X962-001",
        caption("a woman in a pink and gold anarkali suit standing in front of a white wall"),
        wear("a pink anarkali kurta with a gold yoke, a churidar and a net dupatta with a gold border"),
        piece("kurta", "pink"),
        piece("dupatta", "pink with a gold border"),
        piece(
            "churidar",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink"
            " pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dupatta", "the dupatta is pink net with a gold border and gold tassels at the corners", "unsupported"
        ),
        details("kurta", "the kurta has details on the kurta", "restated"),
        T.sleeve_length("long"),
        title="Anouk Women Pink Yoke Design Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: three-quarter view, grey studio backdrop; maroon velvet anarkali gown, long sleeves, gold zari
    # embroidery at the neckline and cuffs, no dupatta; she holds a gold potli bag. VQA adapter open texts,
    # reference engine closed ones.
    case(
        "X962-002",
        caption("a woman in a red velvet gown holding a gold purse"),
        wear("she is wearing a maroon gown with a matching dupatta", "unsupported"),
        piece("gown", "maroon"),
        material("velvet"),
        T.sleeve_length("long"),
        T.garment_type("gown"),
        details(
            "gown",
            "gold embroidery on the neckline and the sleeves and the neckline and the sleeves and the neckline and the"
            " sleeves and the neckline and the",
            "loop",
            hit_limit=True,
        ),
        title="Inddus Women Maroon Embroidered Velvet Anarkali Ethnic Gown",
        category="Ethnic Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: front view, white backdrop; mustard yellow straight cotton kurta with a white floral block print, round
    # neck, three-quarter sleeves; white palazzos; white mul dupatta with a mustard printed border; tan kolhapuris.
    # VQA adapter open texts, reference engine pattern and color.
    case(
        "X962-003",
        caption("a woman in a yellow kurta and white palazzo pants"),
        wear("a yellow printed kurta with white pants and a white dupatta"),
        piece("kurta", "white", "other_garment_color"),
        piece("palazzos", "white"),
        piece("dupatta", "white and yellow"),
        details(
            "kurta",
            "white floral block print all over the kurta with a round neck and three quarter sleeves and a straight hem"
            " and the palazzos have an elasticated waist with a",
            "cut",
            hit_limit=True,
        ),
        T.pattern("solid", "contradiction"),
        T.color("yellow"),
        title="Libas Women Mustard Yellow & White Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: three-quarter view, white backdrop; navy blue cotton kurta with white thread embroidery on the front and
    # a V neck, navy straight trousers, white cotton dupatta over one shoulder. VQA adapter texts throughout.
    case(
        "X962-004",
        caption("a woman in a navy blue kurta with white embroidery and a white scarf"),
        wear("he is wearing a navy blue kurta with trousers and a white dupatta", "pronoun"),
        piece("kurta", "navy blue"),
        piece("trousers", "white", "other_garment_color"),
        piece("dupatta", "white"),
        details("kurta", "white thread embroidery on the front and a v neck"),
        material("linen", "unsupported"),
        title="Sangria Women Navy Blue Embroidered Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, white backdrop; emerald green anarkali kurta with a gold foil print, green churidar, beige
    # organza dupatta with a gold edge. VQA adapter caption and open answers, reference engine type and pattern.
    case(
        "X962-005",
        caption("a woman in a green and gold saree", "contradiction"),
        wear("green anarkali kurta, churidar and beige dupatta"),
        piece(
            "kurta",
            "green Question: What is the color of the dupatta? Answer: green Question: What is the color of the"
            " churidar? Answer: green",
            "leak",
            hit_limit=True,
        ),
        piece("dupatta", "beige"),
        piece("churidar", "green"),
        details("kurta", "none", "non_answer"),
        T.garment_type("kurta"),
        T.pattern("printed"),
        title="Biba Women Green Foil Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: front view, white backdrop; peach A-line cotton kurta, peach sharara, mint green dupatta with a white
    # lace border, gold earrings and gold flat sandals in frame. VQA adapter texts throughout.
    case(
        "X962-006",
        caption("a woman wearing a peach kurta and sharara with a green dupatta"),
        piece("kurta", "peach"),
        piece("dupatta", "peach", "other_garment_color"),
        piece("sharara", "green", "other_garment_color"),
        describe("dupatta", "the dupatta is mint green with a lace border"),
        material("cotton"),
        wear(
            "a peach kurta and a peach sharara and a mint green dupatta with a lace border and a pair"
            " of gold sandals and"
            " a pair of gold earrings and a",
            "cut",
            hit_limit=True,
        ),
        title="Aks Women Peach-Coloured Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: front view, white backdrop; black georgette anarkali gown with a multicolor floral print (red, yellow and
    # green flowers), long sleeves, black georgette dupatta with a floral printed border. VQA adapter open texts,
    # reference engine pattern and sleeves.
    case(
        "X962-007",
        caption("a woman in a black floral print dress with a scarf"),
        wear(
            "a black floral anarkali dress with a dupatta black floral anarkali dress with a dupatta black floral"
            " anarkali dress with a",
            "loop",
            hit_limit=True,
        ),
        piece("gown", "black with flowers"),
        piece("dupatta", "red", "contradiction"),
        T.pattern("floral"),
        T.sleeve_length("long"),
        material("the garment is made of cotton", "unsupported"),
        title="Janasya Women Black Floral Printed Georgette Anarkali Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: front view, white backdrop; white chikankari cotton kurta with white thread embroidery (no mirror work),
    # white palazzos, multicolor bandhani dupatta in pink, yellow and green. VQA adapter texts throughout.
    case(
        "X962-008",
        caption("a woman in a white kurta and pants with a colorful dupatta"),
        wear("white kurta with palazzo and a multicolor dupatta"),
        piece("kurta", "white"),
        piece("palazzos", "white"),
        piece("dupatta", "white", "other_garment_color"),
        describe(
            "kurta", "the kurta is white with white embroidery all over and mirror work on the sleeves", "unsupported"
        ),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Ada Women White Chikankari Cotton Kurta with Palazzos & Bandhani Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: front view, light grey backdrop; teal straight kurta with a gold printed yoke, teal trousers, teal
    # dupatta with a gold print; no jewelry at the neck. VQA adapter open texts, reference engine color.
    case(
        "X962-009",
        caption("a woman in a teal kurta with gold print and matching pants and dupatta"),
        piece("kurta", "blue"),
        piece("trousers", "teal Question: What is the color of the dupatta? Answer: teal", "leak"),
        piece("dupatta", "teal and gold"),
        details("kurta", "the kurta", "non_answer"),
        wear("she is wearing a kurta with pants and a dupatta and a gold necklace", "unsupported"),
        T.color("teal"),
        title="Indo Era Women Teal Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: side view mid-twirl, beige studio wall; red anarkali kurta with gold mirror work on the yoke, red
    # churidar, red net dupatta. VQA adapter open texts, reference engine pattern and type.
    case(
        "X962-010",
        caption("a woman in a red anarkali twirling in front of a beige wall"),
        wear(
            "red anarkali dress with gold mirror work and a red dupatta red anarkali dress with gold mirror work and a"
            " red dupatta red",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "red"),
        piece("dupatta", "red"),
        piece("churidar", "beige", "contradiction"),
        T.pattern("embellished"),
        T.garment_type("lehenga", "contradiction"),
        title="Mitera Women Red Mirror Work Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: front view, white backdrop; lavender net gown, three-quarter sleeves, silver sequin work on the bodice
    # and sleeves, layered flared skirt with a scalloped hem, lavender net dupatta draped over one shoulder, no belt.
    # VQA adapter open texts, reference engine sleeves.
    case(
        "X962-011",
        caption("a woman in a purple gown with a dupatta"),
        wear("she is wearing a lavender gown with a silver belt", "unsupported"),
        piece("gown", "purple"),
        piece("dupatta", "lavender"),
        T.sleeve_length("short", "contradiction"),
        material("net"),
        details(
            "gown",
            "silver sequin embroidery on the bodice and the sleeves and a flared skirt with layers of"
            " net and a scalloped"
            " hem with silver sequin",
            "cut",
            hit_limit=True,
        ),
        title="Ethnovog Women Lavender Embellished Net Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: front view, white backdrop; olive green cotton kurta with black printed borders at the hem and sleeves,
    # black palazzos, olive dupatta with black printed borders. VQA adapter texts throughout.
    case(
        "X962-012",
        caption("a woman in a green kurta with black pants and a green scarf"),
        wear("green kurta black palazzo dupatta"),
        piece("kurta", "green"),
        piece("palazzos", "green", "other_garment_color"),
        piece("dupatta", "green and black"),
        describe("dupatta", "the dupatta is described as a dupatta with a dupatta", "restated"),
        title="Vishudh Women Olive Green & Black Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: a girl of about eight, front view, white backdrop; pink flared ethnic gown with a gold sequinned yoke,
    # short sleeves, pink net dupatta over one arm. VQA adapter open texts, reference engine type and yes/no.
    case(
        "X962-013",
        caption("a little girl in a pink lehenga with a dupatta", "contradiction"),
        wear("he is wearing a pink dress", "pronoun", who="the girl"),
        piece("gown", "pink"),
        piece("dupatta", "pink"),
        describe(
            "gown",
            "the gown is pink with a gold sequin yoke and short sleeves and a flared net skirt with a"
            " gold border at the"
            " hem and a pink net dupatta with",
            "cut",
            hit_limit=True,
        ),
        T.garment_type("gown"),
        is_a("kurta", "no"),
        title="Aarika Girls Pink Embellished Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: front view, white backdrop; sea green straight kurta with a mandarin collar and self embroidery on the
    # front, styled with white leggings and a white stylist's dupatta over one shoulder, hands empty. VQA adapter open
    # texts, reference engine yes/no and color.
    case(
        "X962-014",
        caption("a woman in a green kurta and white leggings holding a clutch", "unsupported"),
        piece("kurta", "white", "other_garment_color"),
        piece("dupatta", "white"),
        piece("leggings", "white"),
        is_a("kurta", "yes"),
        T.color("green"),
        details(
            "kurta",
            "the kurta has a mandarin collar and embroidery on the front and the kurta has a mandarin collar and"
            " embroidery on the front and",
            "loop",
            hit_limit=True,
        ),
        title="W Women Sea Green Embroidered Straight Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: front view, white backdrop; magenta silk-blend anarkali kurta with a gold zari border, three-quarter
    # sleeves, magenta churidar, gold tissue dupatta. VQA adapter open texts, reference engine sleeves.
    case(
        "X962-015",
        caption("a woman in a pink and gold indian dress"),
        piece("kurta", "gold", "other_garment_color"),
        piece("dupatta", "gold"),
        piece("churidar", "magenta"),
        wear("Question: What is she wearing? Answer: a pink anarkali and a gold dupatta", "leak"),
        material("silk"),
        T.sleeve_length("sleeveless", "contradiction"),
        title="Indya Women Magenta Silk Blend Anarkali Kurta with Churidar & Tissue Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: front view, white backdrop; rust orange kurta (the seller says Brown) with white thread embroidery on the
    # yoke, round neck, three-quarter sleeves, side slits; ivory palazzos; rust dupatta. VQA adapter open texts,
    # reference engine color.
    case(
        "X962-016",
        caption("a woman in an orange kurta with white pants and an orange scarf"),
        wear(
            "Question: What is she wearing? Answer: an orange kurta with white palazzos and an orange dupatta Question:"
            " What is the",
            "leak",
            hit_limit=True,
        ),
        piece("kurta", "orange"),
        piece("palazzos", "white"),
        piece(
            "dupatta",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange"
            " orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        T.color("orange"),
        describe(
            "kurta",
            "the kurta is orange with a round neck, three quarter sleeves, white thread embroidery on the yoke and a"
            " straight hem with side slits and a",
            "cut",
            hit_limit=True,
        ),
        title="Nayo Women Brown Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: front view, white backdrop; off-white anarkali kurta with a pastel blue and green floral print,
    # off-white trousers, plain pink organza dupatta with a thin gold edge. VQA adapter open texts, reference engine
    # pattern.
    case(
        "X962-017",
        caption("a woman in a white floral dress with a pink scarf"),
        wear("yes", "non_answer"),
        piece("kurta", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        piece("trousers", "white"),
        T.pattern("floral"),
        describe(
            "dupatta", "the dupatta is pink organza with a gold sequin border and pom poms on the edges", "unsupported"
        ),
        title="KALINI Women Off-White & Pink Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: front view, white backdrop; black rayon straight kurta with a silver foil print, black palazzos, black
    # chiffon dupatta with a silver border. VQA adapter open texts, reference engine pattern.
    case(
        "X962-018",
        caption("a woman in a black kurta and black pants with a black dupatta"),
        piece("kurta", "black"),
        piece("palazzos", "black"),
        piece("dupatta", "black and silver"),
        describe("kurta", "black kurta with silver print and he is wearing black pants", "pronoun"),
        material("the kurta is made of pure silk with zari weaving", "unsupported"),
        T.pattern("solid", "contradiction"),
        title="Rain & Rainbow Women Black Foil Print Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: front view, light grey backdrop; yellow anarkali kurta with gold gota lace on the yoke, sleeves and hem,
    # yellow churidar, green dupatta with a gota patti border and tassels; she holds an orange marigold garland. VQA
    # adapter texts throughout.
    case(
        "X962-019",
        caption("a woman in a yellow dress holding flowers"),
        wear("a yellow anarkali kurta with a green dupatta and yellow churidar"),
        piece("kurta", "green", "other_garment_color"),
        piece("dupatta", "green"),
        piece("churidar", "orange", "contradiction"),
        details("dupatta", "green dupatta with gota patti border and tassels"),
        describe(
            "kurta",
            "the kurta is yellow with a round neck and gold gota lace on the yoke, the sleeves and the hem and it is"
            " flared from the waist with",
            "cut",
            hit_limit=True,
        ),
        title="Kurta Sutra Women Yellow Gotta Patti Anarkali Kurta with Churidar & Green Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: front view, white backdrop; navy blue sleeveless anarkali gown with a round neck and a pleated flared
    # skirt, no dupatta, silver jhumkas. VQA adapter open texts, reference engine sleeves.
    case(
        "X962-020",
        caption("a woman in a blue gown standing on a white background"),
        wear("navy blue anarkali gown with a dupatta", "unsupported"),
        piece("gown", "black", "contradiction"),
        T.sleeve_length("sleeveless"),
        material("the material of the garment is the material of the garment", "restated"),
        details("gown", "pleated flared skirt and a round neck"),
        title="Sera Women Navy Blue Solid Anarkali Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, white backdrop; cream kurta with an indigo floral print, red palazzos, red dupatta with a
    # cream border. VQA adapter open texts, reference engine pattern and color.
    case(
        "X962-021",
        caption("a woman wearing a white printed kurta with red pants and a red dupatta"),
        piece("kurta", "red", "other_garment_color"),
        piece("palazzos", "red"),
        piece("dupatta", "red"),
        wear("she is wearing a kurta set"),
        T.pattern("floral"),
        T.color("red", "contradiction"),
        describe(
            "dupatta",
            "the dupatta is red with a cream border and a cream border and a cream border and a cream"
            " border and a cream"
            " border and a",
            "loop",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Cream-Coloured & Blue Floral Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: three-quarter view, white backdrop; burgundy velvet kurta with gold embroidery at the neck, burgundy
    # trousers, pink net dupatta with gold embroidery. VQA adapter texts throughout.
    case(
        "X962-022",
        caption("a woman in a maroon velvet suit with a pink dupatta"),
        piece("kurta", "maroon"),
        piece("trousers", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        material("velvet"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        wear(
            "a maroon kurta with maroon pants and a pink dupatta with gold embroidery and a pink dupatta with gold"
            " embroidery and a pink",
            "loop",
            hit_limit=True,
        ),
        title="House of Pataudi Women Burgundy Velvet Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: front view, white backdrop; turquoise blue chanderi anarkali kurta with gold buttis, a round neck with a
    # keyhole, lace on the sleeves and hem; white churidar; turquoise dupatta with gold buttis and a lace border. VQA
    # adapter open texts, reference engine type and color.
    case(
        "X962-023",
        caption("a woman in a blue anarkali with a white dupatta", "contradiction"),
        piece("kurta", "blue"),
        piece("dupatta", "turquoise"),
        piece("churidar", "white"),
        T.garment_type("kurta"),
        T.color("white", "contradiction"),
        details("kurta", "gold butti print all over, a round neck with a keyhole and lace on the sleeves and the hem"),
        wear(
            "she is wearing a blue anarkali kurta with gold buttis and a white churidar and a"
            " turquoise dupatta with gold"
            " buttis and lace on the border of the",
            "cut",
            hit_limit=True,
        ),
        title="Soch Women Turquoise Blue Chanderi Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: front view, white backdrop; indigo blue pure cotton kurta with a white dabu print, three-quarter sleeves,
    # white straight pants, indigo dupatta with a white print. VQA adapter open texts, reference engine pattern and
    # sleeves.
    case(
        "X962-024",
        caption("a woman in a blue and white printed kurta and pants"),
        piece("kurta", "blue"),
        piece("pants", "blue", "other_garment_color"),
        piece("dupatta", "blue and white"),
        wear("a blue kurta with blue pants and a blue dupatta", "other_garment_color"),
        T.pattern("printed"),
        T.sleeve_length("sleeveless", "contradiction"),
        material("denim", "unsupported"),
        title="Fabindia Women Indigo Dabu Print Pure Cotton Kurta with Pants & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: front view, white backdrop; gold tissue anarkali gown with zari woven motifs, round neck, long sleeves,
    # no belt, no dupatta; maang tikka. The feed row has no category. VQA adapter caption and open answers, reference
    # engine color and sleeves.
    case(
        "X962-025",
        caption(
            "a woman in a gold dress and a gold dress and a gold dress and a gold dress and a gold"
            " dress and a gold dress"
            " and a gold dress and a gold dress and",
            "loop",
            hit_limit=True,
        ),
        piece("gown", "gold"),
        wear(
            "a gold tissue anarkali gown with zari woven motifs, a round neck and long sleeves and a maang tikka on her"
            " forehead and a pair of gold",
            "cut",
            hit_limit=True,
        ),
        T.color("gold"),
        T.sleeve_length("long"),
        details("gown", "zari woven motifs all over and a detachable belt at the waist", "unsupported"),
        title="Zola Women Gold-Toned Woven Design Tissue Anarkali Gown",
        color="Gold",
        gender="Women",
    ),
    # photo: front view, white backdrop; multicolor patchwork kurta (red, blue, yellow and green panels), black straight
    # trousers, multicolor patchwork dupatta; the frame ends at the ankles, no footwear visible. VQA adapter open texts,
    # reference engine pattern and color.
    case(
        "X962-026",
        caption("a woman in a colorful patchwork kurta and black pants"),
        piece("kurta", "multicolor"),
        piece("trousers", "black"),
        piece("dupatta", "black", "other_garment_color"),
        T.pattern("printed"),
        T.color("black", "contradiction"),
        wear("she is wearing a colorful kurta with black pants and black shoes", "unsupported"),
        details(
            "kurta",
            "the kurta has red and blue and yellow and green patches with a round neck and three quarter sleeves and"
            " a straight hem with a red",
            "cut",
            hit_limit=True,
        ),
        title="Global Desi Women Multicoloured Patchwork Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: front view, white backdrop; pista green kurta with gota work on the neckline, pista green sharara, pink
    # dupatta with a gota border. VQA adapter open texts, reference engine type.
    case(
        "X962-027",
        caption("a woman in a green sharara suit with a pink dupatta"),
        piece("kurta", "pink", "other_garment_color"),
        piece("sharara", "green"),
        piece("dupatta", "pink"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: the kurta is green with gota work Question: Describe the dupatta."
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        T.garment_type("kurta"),
        title="Lakshita Women Lime Green Gotta Patti Kurta with Sharara & Pink Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: front view, white backdrop; beige chanderi kurta, beige trousers, maroon dupatta with a gold border. VQA
    # adapter texts throughout.
    case(
        "X962-028",
        caption("a woman wearing a beige kurta and pants with a maroon dupatta"),
        piece("kurta", "beige"),
        piece("trousers", "maroon", "other_garment_color"),
        piece("dupatta", "maroon"),
        wear("he is wearing a beige kurta with a maroon dupatta", "pronoun"),
        material("chanderi silk"),
        details("dupatta", "the details of the dupatta are the details of the dupatta", "restated"),
        title="Abhishti Women Beige Chanderi Silk Kurta with Trousers & Maroon Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: front view, white backdrop; red bandhani anarkali gown with white dots all over, long sleeves, V neck,
    # red dupatta. VQA adapter open texts, reference engine pattern.
    case(
        "X962-029",
        caption("a woman in a red polka dot dress with a red scarf"),
        T.pattern("striped", "contradiction"),
        piece("gown", "red and white"),
        piece("dupatta", "red"),
        wear("red bandhani gown and dupatta"),
        describe("dupatta", "yes", "non_answer"),
        details(
            "gown",
            "white dots all over and a v neck and white dots all over and a v neck and white dots all over and a v neck"
            " and",
            "loop",
            hit_limit=True,
        ),
        title="Rangmayee Women Red Bandhani Print Anarkali Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: front view, white backdrop; coral georgette sleeveless anarkali gown with a sweetheart neckline, under a
    # sheer gold long jacket with long sleeves and gold embroidery; no dupatta. VQA adapter open texts, reference
    # engine type.
    case(
        "X962-030",
        caption("a woman in a coral gown and a gold jacket"),
        wear("coral dress with a golden jacket"),
        piece("gown", "gold", "other_garment_color"),
        piece("jacket", "gold"),
        T.garment_type("jacket", "contradiction"),
        material("georgette"),
        details(
            "gown",
            "the gown is coral with a sweetheart neckline and a flared skirt and the jacket is gold"
            " with long sleeves and"
            " gold embroidery on the",
            "cut",
            hit_limit=True,
        ),
        title="Ethnovog Women Coral Georgette Anarkali Gown with Golden Jacket",
        category="Ethnic Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: front view, white backdrop; navy blue kurta with pink floral embroidery on the yoke, pink palazzos, navy
    # dupatta with a pink border. VQA adapter texts throughout.
    case(
        "X962-031",
        caption("a woman in a purple kurta with pink palazzo pants", "contradiction"),
        piece("kurta", "navy blue"),
        piece("palazzos", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        describe("kurta", "the kurta is navy blue with pink embroidery on the yoke"),
        wear("navy", "non_answer"),
        title="Anouk Women Navy Blue Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, white wall; plain purple silk anarkali kurta, purple churidar, purple banarasi dupatta with
    # gold zari. VQA adapter open texts, reference engine pattern.
    case(
        "X962-032",
        caption("a woman in a purple anarkali suit with a purple and gold dupatta standing in front of a white wall"),
        piece("kurta", "purple"),
        piece("churidar", "the color of the churidar is the color of the churidar", "restated"),
        piece("dupatta", "purple and gold"),
        T.material(
            "the garment is made of silk and the dupatta is made of silk and the garment is made of"
            " silk and the dupatta"
            " is made",
            "loop",
            hit_limit=True,
        ),
        T.pattern("solid"),
        wear(
            "Question: What is she wearing? Answer: she is wearing a purple dress Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        title="Varanga Women Purple Silk Anarkali Kurta with Churidar & Banarasi Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: front view, white wall; pastel blue kurta with white schiffli embroidery, white palazzos, white dupatta
    # over her shoulder, hands on hips, hair tied back. VQA adapter caption and open answers, reference engine color
    # and yes/no.
    case(
        "X962-033",
        caption(
            "a woman in a light blue kurta with white palazzo pants and a white dupatta standing in"
            " front of a white wall"
            " with her hands on her hips and a white dupatta over her shoulder and her hair in a",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "light blue"),
        piece("palazzos", "blue", "other_garment_color"),
        piece("dupatta", "white"),
        T.color("blue"),
        is_a("dress", "yes", "contradiction"),
        title="Anubhutee Women Blue Schiffli Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: three-quarter view, grey backdrop; bottle green velvet anarkali gown, long sleeves, gold zari work on the
    # yoke and cuffs, no dupatta, hands empty (no bag). VQA adapter open texts, reference engine sleeves.
    case(
        "X962-034",
        caption("a woman in a green velvet dress"),
        wear("a green velvet anarkali"),
        piece("gown", "green"),
        details("gown", "gold zari work on the yoke and cuffs and a gold potli bag", "unsupported"),
        material("velvet"),
        T.sleeve_length("long"),
        title="Libas Women Green Embroidered Velvet Anarkali Ethnic Gown",
        category="Ethnic Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: front view, white backdrop; grey kurta with pink thread embroidery on the yoke, grey straight pants, pink
    # dupatta with a gold border. VQA adapter open texts, reference engine color.
    case(
        "X962-035",
        caption("a woman in a pink kurta with a pink dupatta", "contradiction"),
        piece("kurta", "grey"),
        piece("dupatta", "pink"),
        piece("trousers", "grey"),
        describe("dupatta", "pink", "non_answer"),
        T.color("grey"),
        wear(
            "she is wearing a grey kurta with pink thread embroidery on the yoke and grey straight pants and a pink"
            " dupatta with a gold border and a pair of",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Women Grey & Pink Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: front view, white backdrop; mauve anarkali kurta without pockets, mauve palazzos, mauve dupatta draped
    # over her left shoulder. The feed row has no color. VQA adapter open texts, reference engine yes/no.
    case(
        "X962-036",
        caption("a woman in a purple anarkali dress with a dupatta"),
        piece("kurta", "mauve"),
        piece("palazzos", "mauve"),
        piece(
            "dupatta",
            "mauve mauve mauve mauve mauve mauve mauve mauve mauve mauve mauve mauve mauve mauve mauve"
            " mauve mauve mauve"
            " mauve mauve mauve mauve mauve mauve mauve mauve mauve mauve mauve mauve",
            "loop",
            hit_limit=True,
        ),
        wear(
            "the model is wearing a mauve anarkali kurta with palazzos and a dupatta draped over her left shoulder",
            who="the model",
        ),
        details("kurta", "the kurta has two pockets on the sides", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Vishudh Women Mauve Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: front view, white backdrop; orange cotton kurta, pink sharara, orange and pink leheriya dupatta. VQA
    # adapter open texts, reference engine type.
    case(
        "X962-037",
        caption("a woman in an orange kurta with pink sharara pants"),
        piece("kurta", "orange"),
        piece("sharara", "orange", "other_garment_color"),
        piece("dupatta", "orange and pink"),
        wear(
            "kurta and sharara and dupatta and kurta and sharara and dupatta and kurta and sharara and"
            " dupatta and kurta"
            " and sharara and",
            "loop",
            hit_limit=True,
        ),
        T.garment_type("sharara", "contradiction"),
        material("georgette", "unsupported"),
        title="Jaipur Kurti Women Orange Pure Cotton Kurta with Pink Sharara & Leheriya Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: front view, white backdrop; teal georgette sleeveless gown under a sheer teal cape, a thin gold belt at
    # the waist. VQA adapter texts throughout.
    case(
        "X962-038",
        caption("a woman in a teal gown with a sheer cape"),
        piece("gown", "teal"),
        piece("cape", "teal"),
        material("cotton", "unsupported"),
        describe("gown", "the gown is a gown", "non_answer"),
        wear("she is wearing a teal gown with a cape and a thin gold belt"),
        title="Ethnovog Women Teal Georgette Cape Ethnic Gown with Belt",
        category="Ethnic Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: front view, white backdrop; a woman in an ivory chikankari anarkali kurta with white thread embroidery only
    # (no sequins, mirrors or buttons), ivory dupatta. The feed row has no gender column. VQA adapter open texts,
    # reference engine pattern.
    case(
        "X962-039",
        caption("a woman in a white anarkali and a white dupatta"),
        wear("he is wearing a white kurta", "pronoun", who="the person"),
        piece("kurta", "white"),
        piece("dupatta", "white"),
        details(
            "kurta",
            "white chikankari embroidery all over with sequins and mirror work and pearl buttons",
            "unsupported",
        ),
        T.pattern("printed", "contradiction"),
        title="Ada Hand Embroidered Ivory Chikankari Anarkali Kurta with Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # photo: front view, white backdrop; plain black kurta, black churidar, red chiffon dupatta. VQA adapter open texts,
    # reference engine yes/no and color.
    case(
        "X962-040",
        caption("a woman in a black salwar suit with a red dupatta"),
        piece("kurta", "red", "other_garment_color"),
        piece("churidar", "black"),
        piece("dupatta", "red"),
        wear("black kurta with red embroidery and a red dupatta", "unsupported"),
        is_a("kurta", "yes"),
        T.color("red", "contradiction"),
        title="Sangria Women Black Solid Kurta with Churidar & Red Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: front view, white backdrop; rani pink kurta with a gold print and a keyhole neck, three-quarter sleeves,
    # green palazzos, green dupatta. VQA adapter caption and open answers, reference engine sleeves.
    case(
        "X962-041",
        caption(
            "a woman in a pink kurta with green pants and a green dupatta Question: what is the color of the kurta?"
            " Answer: pink Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        piece("kurta", "pink"),
        piece("palazzos", "green"),
        piece("dupatta", "pink", "other_garment_color"),
        describe("kurta", "pink kurta with gold print and a keyhole neck"),
        material("", "non_answer"),
        T.sleeve_length("three-quarter"),
        title="Anouk Women Pink & Gold Printed Kurta with Palazzos & Green Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: front view, white backdrop; coffee brown cotton kurta, coffee brown trousers, beige dupatta with tassels.
    # VQA adapter open texts, reference engine type.
    case(
        "X962-042",
        caption("a woman in a brown kurta and pants and a beige dupatta"),
        piece("kurta", "brown"),
        piece("trousers", "brown"),
        piece("dupatta", "brown", "other_garment_color"),
        material("the garment is made of cotton and has a cotton lining", "unsupported"),
        details("dupatta", "beige with tassels"),
        T.garment_type("dress", "contradiction"),
        title="Fabindia Women Coffee Brown Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: front view, white backdrop; sea green anarkali gown, round neck, long sleeves, gold embroidered yoke, gold
    # border at the hem, sea green dupatta. VQA adapter open texts, reference engine sleeves and type.
    case(
        "X962-043",
        caption("a woman in a green anarkali dress with a dupatta on a white background"),
        piece("gown", "green"),
        piece("dupatta", "green"),
        T.sleeve_length("long"),
        T.garment_type("saree", "contradiction"),
        wear("green", "non_answer"),
        details(
            "gown",
            "the gown has a round neck, long sleeves, gold embroidered yoke and a flared hem with gold border at the"
            " bottom of the gown and the gown",
            "cut",
            hit_limit=True,
        ),
        title="Aks Women Sea Green Embroidered Anarkali Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: a girl of about six, front view, white backdrop; yellow kurta with pink gota trim, pink sharara, pink net
    # dupatta. VQA adapter open texts, reference engine type.
    case(
        "X962-044",
        caption("a little girl in a yellow kurta and pink sharara"),
        wear("his kurta is yellow and sharara is pink", "pronoun", who="the girl"),
        piece("kurta", "yellow"),
        piece("sharara", "pink"),
        piece("dupatta", "yellow", "other_garment_color"),
        describe("dupatta", "describe the dupatta the dupatta is a dupatta", "restated"),
        T.garment_type("kurta"),
        title="Bitiya by Bhama Girls Yellow & Pink Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: front view, white backdrop; maroon cotton kurta with gold print, mustard palazzos, mustard dupatta. VQA
    # adapter texts throughout.
    case(
        "X962-045",
        caption("a woman in a maroon kurta with yellow pants and a yellow dupatta"),
        piece("kurta", "maroon"),
        piece("palazzos", "maroon", "other_garment_color"),
        piece("dupatta", "mustard yellow"),
        describe("kurta", "Question: Describe the kurta. Answer: maroon", "leak"),
        material("silk", "unsupported"),
        title="Indo Era Women Maroon Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: front view, white backdrop; pink anarkali kurta with a white floral print and a V neck, no belt, styled
    # with blue jeans; no dupatta. VQA adapter open texts, reference engine yes/no and pattern.
    case(
        "X962-046",
        caption("a woman in a pink dress and blue jeans", "contradiction"),
        piece("kurta", "blue", "other_garment_color"),
        piece("jeans", "blue"),
        wear("pink printed kurta and jeans"),
        describe("kurta", "pink kurta with white floral print, a v neck and a tie-up belt at the waist", "unsupported"),
        is_a("dress", "no"),
        T.pattern("printed"),
        title="Sassafras Women Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
]
