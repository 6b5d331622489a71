"""BLIND_1573 (45 products; Myntra sarees and lehenga cholis, epoch-1 captions and VQA piece colors): written blind in
the sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 56/75 failures found (74.7%) and
17/162 correct texts flagged (10.5%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed of sarees and lehenga cholis (plus a few pieces sold alone: two dupattas and a
readymade saree blouse). Catalog shots: a model on a plain backdrop, mostly front, a few back views, two flat lays,
props now and then (potli bag, clutch, pooja thali, stool, potted plant). Feed columns are Myntra's own: title,
category as the article type (Sarees, Lehenga Choli, Dupatta, Blouse), color as the base colour, gender (Women, once
Girls); a few rows miss one column, as the feed has them.
Who wrote what: every caption comes from BLIP-2 OPT-2.7b with the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens, stopping on newline. Every answer
comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30 new tokens, stopping on newline, prompt
"Question: ... Answer:". The colors of the pieces (saree, blouse, dupatta, skirt) are free generation and stored
open; the yes/no "Is this a ...?" and the closed pattern / sleeve / garment-type / garment-color questions are the
same adapter's raw text, mapped by the reference engine. The caption adapter speaks only DeepFashion's template
(no hue names, no saree or lehenga: shirt, tank top, long skirt, dress), and it seldom stops before 50 tokens, so most
captions run to the limit; the VQA adapter usually stops after a color word but sometimes loops or runs on into the
next "Question:" of its training format, and it tends to give every piece the color of the biggest piece.
Labeling conventions and judgement calls: one label per text. When a caption is cut and also wrong in content
(sleeves, pattern, invented hat or leather, wrong pronoun, garment kind), I labeled the content error; when it loops,
loop; otherwise a caption cut mid-sentence or mid-word at 50 tokens is `cut`. A caption that ran to 50 tokens but
happens to end on a full stop with nothing wrong in it is marked hit_limit=True and left unmarked. DeepFashion has no
silk, georgette, net or organza, so "chiffon fabric" for a sheer or silky drape is the adapter's nearest word and I
did not mark it; "leather", "furry" or "denim" for silk or satin I marked unsupported. "Shirt"/"tank top" for a
blouse and "long skirt" for a saree's pleats or a lehenga are fair template words; "dress" or "sweater" for a saree
or lehenga choli is marked contradiction (the kind contradicts the title). "Lady" for the girl in the kids' lehenga
is left unmarked (she, not he); "gentleman"/"his" for a woman is `pronoun`. A piece given the color of another piece
or of a prop is `other_garment_color`; a plainly wrong hue with no other piece to borrow it from is `contradiction`.
Close hues are right: red for maroon, pink for magenta, yellow for mustard, white or cream for off white, coral or
peach for peach, beige for a pale gold tissue that does look beige in the photo. "Skirt" as what the person wears in
a lehenga choli is incomplete but not wrong. A dupatta or blouse sold alone and worn with other clothes: the caption
describing the other clothes is right; the garment color answered with the kurta's or saree's color is wrong.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, is_a, wearing


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The VQA adapter's free-generated color of one piece, stored open."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1573 = [
    # Photo: model, front, pink Banarasi silk-blend saree with gold zari border and small gold butis, matching pink
    # blouse with elbow sleeves and zari edge, gold bangles, grey backdrop. Caption: caption adapter (epoch 1), cut
    # at 50 tokens; answers: VQA adapter, all right.
    case(
        "X1573-001",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and graphic patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "pink"),
        piece("blouse", "pink"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Pink & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Pink",
    ),
    # Photo: model, front, mustard art-silk saree with small green bandhani dots and a green border, plain green blouse
    # with short sleeves, white backdrop. Caption: caption adapter, "pure color" for a bandhani print (ran to the
    # limit, ends on a full stop); answers: VQA adapter, the blouse given the saree's yellow.
    case(
        "X1573-002",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is chiffon and it has pure color patterns. The lady wears a ring on her finger. "
            "There is an accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        piece("saree", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        wearing("a yellow saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Mustard & Green Bandhani Printed Art Silk Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Photo: model, front, navy lehenga skirt with gold sequin embroidery, navy sleeveless strappy blouse (stitched for
    # the shoot), pink net dupatta over the left shoulder, grey backdrop. Caption: caption adapter, cut; answers: VQA
    # adapter, the dupatta given the navy of the rest, and "dress" for a lehenga choli.
    case(
        "X1573-003",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a long skirt. The tank top is with cotton "
            "fabric and it has a suspenders neckline. The skirt is with chiffon fabric and graphic patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "navy"),
        piece("blouse", "navy"),
        piece("dupatta", "navy", "other_garment_color"),
        is_a("lehenga", "yes"),
        wearing("dress", "contradiction"),
        gender="Women",
        title=(
            "Anouk Navy Blue & Gold-Toned Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse with Dupatta"
        ),
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: model, front, plain maroon georgette saree with a thin gold lace border, black sleeveless blouse (styling),
    # a gold potli bag in her right hand, beige backdrop. Caption: caption adapter, stopped on its own, right;
    # answers: VQA adapter, the blouse given the potli's gold.
    case(
        "X1573-004",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. There is an "
            "accessory in her hand."
        ),
        piece("saree", "burgundy"),
        piece("blouse", "gold", "other_garment_color"),
        BQ.pattern("solid"),
        is_a("saree", "yes"),
        gender="Women",
        title="KALINI Maroon Solid Poly Georgette Saree",
        category="Sarees",
        color="Maroon",
    ),
    # Photo: model, front, pink lehenga skirt with green floral embroidery, plain green blouse with short sleeves, pink
    # organza dupatta held behind her on both arms. Caption: caption adapter, loops on its last sentence; answers:
    # VQA adapter, the blouse given the pink of the skirt.
    case(
        "X1573-005",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with chiffon fabric and floral patterns. The lady wears a long skirt. The lady wears "
            "a long skirt. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        piece("skirt", "pink"),
        piece("blouse", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        wearing("skirt"),
        gender="Women",
        title="House of Pataudi Women Pink & Green Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: flat lay, no person: a red Kanjeevaram saree folded to show the gold zari pallu and border, the red blouse
    # piece with a zari edge laid beside it, white surface. Caption: caption adapter, a lady, a neckline and jewelry
    # that are not in the photo; answers: VQA adapter, "dress" for a folded saree.
    case(
        "X1573-006",
        caption(
            "The lady wears a long dress with graphic patterns. The dress is with chiffon fabric and it has a v-shape "
            "neckline. There is an accessory on her wrist. She wears a ring on her finger.",
            "unsupported",
        ),
        piece("saree", "red"),
        piece("blouse", "red"),
        wearing("dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Ishin Red & Gold-Toned Woven Design Kanjeevaram Saree",
        category="Sarees",
        color="Red",
    ),
    # Photo: a girl of about eight, front, white backdrop: yellow lehenga skirt with a pink mirror-work border, pink
    # sleeveless blouse, yellow dupatta with pink gota edge around her neck. Caption: caption adapter, cut ("lady" for
    # a girl left unmarked); answers: VQA adapter, all right.
    case(
        "X1573-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric and it has a round neckline. The skirt is with cotton fabric and color block patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "yellow"),
        piece("blouse", "pink"),
        piece("dupatta", "yellow"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Yellow & Pink Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: back view, teal art-silk saree with gold zari border, pallu hanging down her back, teal blouse with elbow
    # sleeves and a tie-up back, glass bangles on both wrists. Caption: caption adapter, right; answers: VQA adapter,
    # the blouse color loops.
    case(
        "X1573-008",
        caption(
            "The upper clothing has medium sleeves, chiffon fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is chiffon and it has pure color patterns. There is an accessory on her wrist."
        ),
        piece("saree", "green"),
        piece(
            "blouse",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        wearing("saree"),
        gender="Women",
        title="Mimosa Teal Green Art Silk Saree with Zari Border",
        category="Sarees",
        color="Teal",
    ),
    # Photo: model, front, bridal red lehenga with heavy gold zari embroidery, red blouse with long sheer sleeves, red
    # net dupatta drawn over her head, maang tikka, red and gold bangles. Caption: caption adapter, takes the veil for
    # a hat (ran to the limit on a full stop); answers: VQA adapter, colors right, the "wearing" answer cut at 30
    # tokens.
    case(
        "X1573-009",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is v-shape. The skirt is with chiffon fabric and graphic patterns. She wears a "
            "hat. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        piece("skirt", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red"),
        is_a("lehenga", "yes"),
        BQ.sleeve_length("long sleeve"),
        wearing(
            "a red lehenga with gold embroidery and a red dupatta with gold embroidery on her head and a red blouse "
            "with long sleeves and gold",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Fusionic Women Red & Gold-Toned Embroidered Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: model, front, navy saree with a white floral print, the pallu across her chest, plain white blouse with
    # short sleeves, pale pink backdrop. Caption: caption adapter, right, ran to the limit on a full stop; answers:
    # VQA adapter, the blouse given the saree's blue, the garment type "dress".
    case(
        "X1573-010",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with chiffon fabric and floral patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        piece("saree", "blue"),
        piece("blouse", "blue", "other_garment_color"),
        BQ.pattern("floral"),
        BQ.garment_type("dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Navy Blue & White Floral Printed Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Photo: model, front, grey satin lehenga skirt, grey blouse with short sleeves, pink dupatta over one arm, white
    # backdrop. Caption: caption adapter, "gentleman" and "his" for a woman; answers: VQA adapter, the dupatta given
    # the grey of the rest.
    case(
        "X1573-011",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. There "
            "is an accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        piece("skirt", "grey"),
        piece("blouse", "grey"),
        piece("dupatta", "grey", "other_garment_color"),
        wearing("skirt"),
        gender="Women",
        title="Kvsfab Grey & Pink Solid Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Grey",
    ),
    # Photo: model, front, black sequinned net saree, black sleeveless blouse, silver clutch in her hand, dark grey
    # backdrop. Caption: caption adapter, cut; answers: VQA adapter, "chiffon" for net.
    case(
        "X1573-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is with chiffon fabric and pure color patterns. There is an accessory in her "
            "hand. The lady has neckwear. The lady",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "black"),
        piece("blouse", "black"),
        BQ.pattern("solid"),
        BQ.material("chiffon", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Anouk Black Sequinned Net Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: model, front, green cotton lehenga skirt with a pink floral print, plain pink blouse with elbow sleeves,
    # green dupatta with a pink print, white backdrop. Caption: caption adapter, cut; answers: VQA adapter, "no" to
    # the lehenga question.
    case(
        "X1573-013",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with cotton fabric and floral patterns. There is an "
            "accessory on her wrist. The lady has",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "green"),
        piece("blouse", "pink"),
        piece("dupatta", "green"),
        is_a("lehenga", "no", "contradiction"),
        BQ.pattern("floral"),
        gender="Women",
        title="Libas Art Women Green & Pink Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: model, front, smiling, peach organza saree with a floral embroidered border, peach sleeveless blouse,
    # white backdrop. Caption: caption adapter, cut; answers: VQA adapter, all right (coral for peach).
    case(
        "X1573-014",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is v-shape. The skirt is with chiffon fabric and pure color patterns. There is an "
            "accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "coral"),
        piece("blouse", "coral"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Peach-Coloured Embellished Organza Saree",
        category="Sarees",
        color="Peach",
    ),
    # Photo: model, front, magenta silk lehenga with gold zari bands, gold brocade blouse with elbow sleeves, magenta
    # dupatta with a gold border over both shoulders. Caption: caption adapter, right, hit the limit on a full stop;
    # answers: VQA adapter, the blouse given the magenta of the rest.
    case(
        "X1573-015",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and graphic patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        piece("skirt", "pink"),
        piece("blouse", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        BQ.garment_type("lehenga choli"),
        gender="Women",
        title="Inddus Magenta & Gold-Toned Zari Woven Lehenga with Blouse and Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: model, front, off-white Kerala kasavu cotton saree with a gold border, green blouse with elbow sleeves,
    # jasmine in her hair, gold bangles. Caption: caption adapter, cut; answers: VQA adapter, the blouse given the
    # saree's white.
    case(
        "X1573-016",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is cotton and it has pure color patterns. There is an accessory on her wrist. The "
            "lady has",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "white"),
        piece("blouse", "white", "other_garment_color"),
        BQ.material("cotton"),
        wearing("saree"),
        gender="Women",
        title="Sangria Off White & Gold-Toned Kasavu Cotton Saree",
        category="Sarees",
        color="Off White",
    ),
    # Photo: model twirling, turquoise net lehenga with silver sequin embroidery, turquoise sleeveless blouse,
    # turquoise dupatta flying out behind her. Caption: caption adapter, loops on two sentences; answers: VQA adapter,
    # the dupatta answer runs on into its training format.
    case(
        "X1573-017",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a long skirt. The tank top is with chiffon "
            "fabric. The skirt is with chiffon fabric and graphic patterns. The tank top is with chiffon fabric. The "
            "skirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        piece("skirt", "blue"),
        piece("blouse", "blue"),
        piece(
            "dupatta",
            "blue Question: What is the color of the dupatta? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Warthy Ent Women Turquoise Blue Embroidered Net Lehenga Choli",
        category="Lehenga Choli",
        color="Turquoise Blue",
    ),
    # Photo: model, front, purple saree with diagonal silver leheriya stripes, plain purple blouse with short sleeves,
    # the striped pallu over her shoulder. Caption: caption adapter, stopped on its own, right; answers: VQA adapter,
    # all right.
    case(
        "X1573-018",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with chiffon fabric and striped patterns."
        ),
        piece("saree", "purple"),
        piece("blouse", "purple"),
        BQ.pattern("striped"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Purple & Silver-Toned Leheriya Printed Saree",
        category="Sarees",
        color="Purple",
    ),
    # Photo: model, front, beige lehenga skirt with green thread embroidery, green blouse with short sleeves, beige
    # dupatta over one shoulder (the feed row has no color). Caption: caption adapter, cut; answers: VQA adapter, the
    # dupatta answer gives the question back.
    case(
        "X1573-019",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with cotton fabric and floral patterns. There is an "
            "accessory on her wrist. There is a ring",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "cream"),
        piece("blouse", "green"),
        piece("dupatta", "the color of the dupatta", "restated"),
        wearing("skirt and blouse"),
        gender="Women",
        title="Mitera Beige & Green Embroidered Lehenga Choli",
        category="Lehenga Choli",
    ),
    # Photo: model, front, plain yellow georgette saree, yellow sleeveless blouse, white backdrop. Caption: caption
    # adapter, begins with the base model's phrasing and a hue, then the template, stopped on its own, right;
    # answers: VQA adapter, nothing at all for "wearing" (newline at once).
    case(
        "X1573-020",
        caption(
            "a woman in a yellow saree standing in front of a white wall. The lady wears a sleeveless shirt with pure "
            "color patterns and a long skirt. The skirt is with chiffon fabric."
        ),
        piece("saree", "yellow"),
        piece("blouse", "yellow"),
        BQ.pattern("solid"),
        wearing("", "non_answer"),
        gender="Women",
        title="KALINI Yellow Solid Georgette Saree",
        category="Sarees",
        color="Yellow",
    ),
    # Photo: model, front, black lehenga skirt with red floral embroidery, plain red blouse with short sleeves, red
    # dupatta over her head and shoulder. Caption: caption adapter, cut; answers: VQA adapter, the blouse given the
    # skirt's black.
    case(
        "X1573-021",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and floral patterns. There is an "
            "accessory on her wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "black"),
        piece("blouse", "black", "other_garment_color"),
        piece("dupatta", "red"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Panchhi Women Black & Red Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Black",
    ),
    # Photo: model, front, bottle-green silk-blend saree with gold zari, contrasting pink blouse with long sleeves,
    # grey backdrop. Caption: caption adapter, cut; answers: VQA adapter, the blouse given the saree's green, the
    # "wearing" answer runs on into its training format.
    case(
        "X1573-022",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and graphic patterns. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "green", "other_garment_color"),
        BQ.material("silk"),
        is_a("saree", "yes"),
        wearing(
            "saree Question: What is the color of the saree? Answer: green Question: What is the color of the blouse? "
            "Answer: green",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Mitera Green & Gold-Toned Woven Design Zari Silk Blend Saree",
        category="Sarees",
        color="Green",
    ),
    # Photo: model, front, pastel lavender lehenga, lavender sleeveless blouse with a v neck, lavender dupatta, tiny
    # pastel sequins, strong studio light that washes the blouse out. Caption: caption adapter, cut mid-word; answers:
    # VQA adapter, "white" for the lavender blouse.
    case(
        "X1573-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric and it has a v-shape neckline. The skirt is with chiff",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "purple"),
        piece("blouse", "white", "contradiction"),
        piece("dupatta", "purple"),
        wearing("skirt"),
        gender="Women",
        title="Anouk Lavender Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: model, front, rust cotton saree with black block-print motifs, black blouse with elbow sleeves, oxidised
    # silver necklace. Caption: caption adapter, right, hit the limit on a full stop; answers: VQA adapter, all right.
    case(
        "X1573-024",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has graphic patterns. There is an accessory on her wrist. The lady "
            "has neckwear.",
            hit_limit=True,
        ),
        piece("saree", "orange"),
        piece("blouse", "black"),
        BQ.material("cotton"),
        BQ.pattern("graphic"),
        gender="Women",
        title="Ishin Rust Orange Printed Cotton Saree",
        category="Sarees",
        color="Rust",
    ),
    # Photo: model, front, maroon velvet lehenga with gold embroidery, maroon velvet blouse with long sleeves, beige net
    # dupatta. Caption: caption adapter, calls the velvet blouse a furry sweater; answers: VQA adapter, the dupatta
    # given the maroon of the rest.
    case(
        "X1573-025",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns and a long skirt. The sweater is with furry "
            "fabric and its neckline is round. The skirt is with furry fabric and graphic patterns. There is an "
            "accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        piece("skirt", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ethnovog Women Maroon & Gold-Toned Embroidered Velvet Lehenga Choli",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: model, front, plain white cotton kurta and churidar, the product a pink Banarasi dupatta draped over both
    # shoulders. Caption: caption adapter, describes the kurta and pants (the dupatta as neckwear), right; answers:
    # VQA adapter, the garment color given the kurta's white, "no" to the dupatta question.
    case(
        "X1573-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The lady has "
            "neckwear."
        ),
        piece("dupatta", "pink"),
        BQ.color("white", "other_garment_color"),
        wearing("shirt and pants"),
        is_a("dupatta", "no", "contradiction"),
        gender="Women",
        title="Dupatta Bazaar Pink & Gold-Toned Ethnic Motifs Woven Design Banarasi Dupatta",
        category="Dupatta",
        color="Pink",
    ),
    # Photo: model, front, sea-green chiffon saree with a small pink and white floral print, matching sea-green blouse
    # with short sleeves. Caption: caption adapter, switches to "dress" and loops on it; answers: VQA adapter, right.
    case(
        "X1573-027",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long dress. The dress is with chiffon "
            "fabric and floral patterns. The lady wears a long dress. The lady wears a long dress. The lady wears a "
            "long dress. The lady",
            "loop",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "green"),
        BQ.pattern("floral"),
        BQ.garment_type("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Sea Green Floral Printed Chiffon Saree",
        category="Sarees",
        color="Sea Green",
    ),
    # Photo: model, front, mustard lehenga with gota work, mustard blouse with short sleeves, maroon dupatta over one
    # shoulder (a haldi look). Caption: caption adapter, cut; answers: VQA adapter, the dupatta given the mustard, and
    # the "wearing" answer loops.
    case(
        "X1573-028",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and graphic patterns. There is an "
            "accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "yellow"),
        piece("blouse", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        wearing(
            "the person is wearing a yellow lehenga and a yellow blouse and a yellow dupatta and a yellow lehenga and "
            "a yellow blouse and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Fabcartz Women Mustard Yellow Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: back view, royal-blue georgette saree with a silver sequin border, blue sleeveless blouse with a deep V
    # back. Caption: caption adapter, stopped on its own, right; answers: VQA adapter, right.
    case(
        "X1573-029",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is v-shape. The skirt is with chiffon fabric and pure color patterns."
        ),
        piece("saree", "blue"),
        piece("blouse", "blue"),
        wearing("a blue saree"),
        BQ.sleeve_length("sleeveless"),
        gender="Women",
        title="Mitera Blue Sequinned Georgette Saree",
        category="Sarees",
        color="Blue",
    ),
    # Photo: model, front, peach lehenga skirt with a green floral print, green sleeveless blouse, peach dupatta (the
    # feed row has no gender). Caption: caption adapter, cut; answers: VQA adapter, the dupatta answer only names the
    # dupatta.
    case(
        "X1573-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric and it has a round neckline. The skirt is with cotton fabric and floral patterns. There is "
            "an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "peach"),
        piece("blouse", "green"),
        piece("dupatta", "the dupatta", "non_answer"),
        is_a("lehenga", "yes"),
        title="Kvsfab Women Peach-Coloured & Green Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: model, front, grey satin saree with a sheen, silver sequinned blouse with short sleeves, white backdrop.
    # Caption: caption adapter, "leather" for satin, stopped on its own; answers: VQA adapter, "leather" again.
    case(
        "X1573-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with leather "
            "fabric and its neckline is round. The skirt is with leather fabric and pure color patterns.",
            "unsupported",
        ),
        piece("saree", "grey"),
        piece("blouse", "silver"),
        BQ.material("leather", "unsupported"),
        BQ.pattern("solid"),
        gender="Women",
        title="Anouk Grey Solid Satin Saree",
        category="Sarees",
        color="Grey",
    ),
    # Photo: model, front, red lehenga skirt with a gold gota border, red blouse with long sleeves, green bandhani
    # dupatta over both shoulders. Caption: caption adapter, stopped on its own, right; answers: VQA adapter, "red
    # dress" for the outfit.
    case(
        "X1573-032",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and graphic patterns. There is an "
            "accessory on her wrist."
        ),
        piece("skirt", "red"),
        piece("blouse", "red"),
        piece("dupatta", "green"),
        wearing("red dress", "contradiction"),
        gender="Women",
        title="Panchhi Women Red & Green Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: model, front, the product a gold sequinned readymade blouse with short sleeves, worn with a plain black
    # chiffon saree (styling). Caption: caption adapter, cut; answers: VQA adapter, the garment color given the
    # styling saree's black.
    case(
        "X1573-033",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "gold"),
        piece("saree", "black"),
        BQ.color("black", "other_garment_color"),
        is_a("blouse", "yes"),
        BQ.sleeve_length("short sleeve"),
        gender="Women",
        title="Salwar Studio Women Gold-Toned Sequinned Readymade Saree Blouse",
        category="Blouse",
        color="Gold",
    ),
    # Photo: model, front, magenta bandhani saree with tiny white dots all over, magenta blouse with short sleeves, a
    # brass pooja thali in her hands. Caption: caption adapter, "pure color" for a bandhani print (and cut); answers:
    # VQA adapter, "solid" for the pattern.
    case(
        "X1573-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. There is an "
            "accessory in her hand. There",
            "contradiction",
            hit_limit=True,
        ),
        piece("saree", "pink"),
        piece("blouse", "pink"),
        BQ.pattern("solid", "contradiction"),
        wearing("saree"),
        gender="Women",
        title="Saree mall Magenta Bandhani Printed Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Photo: model, side pose, cream lehenga skirt with pink floral embroidery, pink sleeveless blouse, pink dupatta
    # with a cream border. Caption: caption adapter, cut; answers: VQA adapter, the blouse given the skirt's white,
    # the dupatta answer loops.
    case(
        "X1573-035",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long skirt. The tank top is with cotton "
            "fabric and it has a round neckline. The skirt is with cotton fabric and floral patterns. There is an "
            "accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "white"),
        piece("blouse", "white", "other_garment_color"),
        piece(
            "dupatta",
            "white and pink and white and pink and white and pink and white and pink and white and pink and white and "
            "pink and white and pink and white and",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ethnovog Women Cream-Coloured & Pink Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Cream",
    ),
    # Photo: model, front, navy Kanjeevaram silk saree with a pink border and pink pallu, pink blouse with elbow
    # sleeves. Caption: caption adapter, right, hit the limit on a full stop; answers: VQA adapter, colors right, "he"
    # for the woman.
    case(
        "X1573-036",
        caption(
            "The lady wears a medium-sleeve shirt with color block patterns and a long skirt. The shirt is with "
            "chiffon fabric and its neckline is round. The skirt is with chiffon fabric and color block patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        piece("saree", "navy"),
        piece("blouse", "pink"),
        BQ.material("silk"),
        is_a("saree", "yes"),
        wearing("he is wearing a saree", "pronoun"),
        gender="Women",
        title="Mimosa Women Navy Blue & Pink Kanjeevaram Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Photo: model seated on a wooden stool, olive lehenga skirt with a small white print, plain white blouse with
    # short sleeves, olive dupatta. Caption: caption adapter, cut; answers: VQA adapter, the blouse given the olive.
    case(
        "X1573-037",
        caption(
            "The lady is sitting on a chair. The lady wears a short-sleeve shirt with pure color patterns and a long "
            "skirt. The shirt is with cotton fabric and its neckline is round. The skirt is with cotton fabric and "
            "graphic patterns. There",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("dupatta", "green"),
        wearing("skirt"),
        gender="Women",
        title="Inddus Women Olive Green Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Olive",
    ),
    # Photo: model, front, black saree with a red ajrakh print, red blouse with short sleeves, white backdrop. Caption:
    # caption adapter, cut; answers: VQA adapter, "no" to the saree question.
    case(
        "X1573-038",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with cotton fabric and graphic patterns. There is an "
            "accessory on her wrist. The lady has",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "black and red"),
        piece("blouse", "red"),
        BQ.pattern("graphic"),
        is_a("saree", "no", "contradiction"),
        gender="Women",
        title="Ishin Women Black & Red Printed Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: flat lay, no person: a mustard bandhani dupatta spread out, white dots all over, gota edge. Caption:
    # caption adapter, loops on the upper-clothing sentence; answers: VQA adapter, "pure color" for bandhani.
    case(
        "X1573-039",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. The upper clothing has long "
            "sleeves, chiffon fabric and pure color patterns. The upper clothing has long sleeves, chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        piece("dupatta", "yellow"),
        BQ.color("yellow"),
        BQ.pattern("pure color", "contradiction"),
        is_a("dupatta", "yes"),
        gender="Women",
        title="Anouk Mustard Yellow Bandhani Dupatta",
        category="Dupatta",
        color="Mustard",
    ),
    # Photo: back view, pink lehenga with silver mirror work, pink blouse with short sleeves and a tie-up back, pink
    # dupatta over one arm. Caption: caption adapter, "sleeveless" for short sleeves; answers: VQA adapter, the
    # dupatta answer runs on through two more questions of its training format.
    case(
        "X1573-040",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a long skirt. The tank top is with chiffon "
            "fabric. The skirt is with chiffon fabric and graphic patterns. There is an accessory on her wrist. The "
            "lady has neckwear.",
            "contradiction",
            hit_limit=True,
        ),
        piece("skirt", "pink"),
        piece("blouse", "pink"),
        piece(
            "dupatta",
            "pink Question: What is the color of the skirt? Answer: pink Question: What is the color of the blouse? "
            "Answer: pink",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fusionic Women Pink & Silver-Toned Embellished Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: model, front, white georgette saree with white chikankari flowers, pink blouse with short sleeves.
    # Caption: caption adapter, cut; answers: VQA adapter, the blouse given the saree's white.
    case(
        "X1573-041",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and floral patterns. There is an "
            "accessory on her wrist. She wears",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "white"),
        piece("blouse", "white", "other_garment_color"),
        wearing("saree"),
        BQ.pattern("floral"),
        gender="Women",
        title="Saree mall White & Pink Chikankari Embroidered Georgette Saree",
        category="Sarees",
        color="White",
    ),
    # Photo: model, front, pale gold tissue lehenga that reads beige under the studio light, matching blouse with short
    # sleeves, beige net dupatta. Caption: caption adapter, stopped on its own, right; answers: VQA adapter, beige is
    # what the photo shows; "cotton" for a tissue (zari) fabric is invented.
    case(
        "X1573-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns."
        ),
        piece("skirt", "beige"),
        piece("blouse", "beige"),
        piece("dupatta", "beige"),
        is_a("lehenga", "yes"),
        BQ.material("cotton", "unsupported"),
        gender="Women",
        title="Warthy Ent Women Gold-Toned Tissue Lehenga Choli",
        category="Lehenga Choli",
        color="Gold",
    ),
    # Photo: model, front, lime-green saree with a sequinned border, lime blouse with short sleeves, plain yellow
    # backdrop. Caption: caption adapter, right, hit the limit on a full stop; answers: VQA adapter, "yellow" for the
    # lime saree (the backdrop's color), the blouse right.
    case(
        "X1573-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        piece("saree", "yellow", "contradiction"),
        piece("blouse", "green"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Lime Green Solid Saree with Sequinned Border",
        category="Sarees",
        color="Lime Green",
    ),
    # Photo: model, front, blue lehenga skirt, orange blouse with short sleeves, orange dupatta, a maang tikka and no
    # hat. Caption: caption adapter, invents a hat, stopped on its own; answers: VQA adapter, the dupatta answer says
    # nothing.
    case(
        "X1573-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns. There is a hat "
            "on her head.",
            "unsupported",
        ),
        piece("skirt", "blue"),
        piece("blouse", "orange"),
        piece("dupatta", "it is a dupatta", "non_answer"),
        wearing("blue skirt and orange top"),
        gender="Women",
        title="Anouk Women Blue & Orange Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: model, front, beside a potted plant, beige saree with a red floral print, red blouse with short sleeves
    # (the feed row has no category). Caption: caption adapter, cut; answers: VQA adapter, all right.
    case(
        "X1573-045",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with cotton fabric and floral patterns. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "beige"),
        piece("blouse", "red"),
        BQ.pattern("floral"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Beige & Red Printed Saree",
        color="Beige",
    ),
]
