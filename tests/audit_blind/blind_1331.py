"""BLIND_1331 (45 products; Myntra girls' and women's dresses, jumpsuits, playsuits, epoch-1 caption + extractive QA):
written blind in the sixty-third session. Measured blind at 97437fb (the session's sixth rules): 78/111 failures
found (70.3%) and 29/226 correct texts flagged (12.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's dresses, jumpsuits and playsuits (columns title, category = Myntra
article type "Dresses" / "Jumpsuit" / "Playsuit", color = Myntra base colour, gender = "Women" / "Girls"; a column is
missing here and there, as in the feed). Photos are the usual catalog shots: a model on a plain backdrop, often with
shoes, a bag, a jacket or a tee under a pinafore; a few flat lays, a back view, a kid holding a prop. Questionnaire:
products 001-023 were run with wearing, color of the <garment>, pattern, sleeve length, material and "Is this a
<garment>?"; from 024 on the job also asked "What are the <garment> details?". <garment> is the article type's word
(dress, jumpsuit, playsuit).
Who wrote what: every caption is the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50
new tokens. Every answer is a span that timpal0l/mdeberta-v3-base-squad2 extracted from that caption, except where the
comment above the case says "VQA": there the QA model found no span and the VQA adapter (Data3_V3_BLIP2_VQA) answered
with "Question: ... Answer:", 30 new tokens. So extracted answers are short, clean substrings of the caption and carry
the caption's mistakes; VQA answers are where the loops, the prompt leaks and the hues come from (the caption
template has no hue words, so the color question usually either gets a pattern span like "pure color" / "floral" or
falls back to VQA). The caption adapter almost never stops (one caption, 032, did): most run to 50 tokens, cut or
restarting the template; the epoch-1 adapter sometimes still uses "dress"/"jumpsuit", sometimes splits a one-piece
into "tank top ... and a long pants" or "shirt ... and a three-point shorts", and now and then slips a hue in.
Labeling conventions and judgement calls: one label per text; when a text has several faults I label the one about
content (garment kind, color, invented accessory or fabric, pronoun) over the loop, and the loop over the cut.
A caption that ran to 50 tokens is hit_limit=True; if it is cut mid-sentence and otherwise right it is "cut"; if it
repeats a whole template sentence it is "loop"; if it only begins to restart ("... This lady wears a short-") it is
"cut"; two captions happen to end on a period exactly at the limit and say nothing wrong, so they are unmarked
(hit_limit=True). A one-piece described as top + pants/shorts/skirt, or as "shirt"/"T-shirt" for a shirt dress or
T-shirt dress, is "contradiction" (the title and the photo say one garment), and so is the extracted "wearing"
answer that repeats it. An answer that describes another garment in the photo (denim jacket, trench coat, tee under a
pinafore) instead of the product is "contradiction", or "other_garment_color" when it is that garment's color.
A pattern name or "pure color" given for the color question is "non_answer". A span for "Is this a ...?" that names
something else ("a three-point shorts") is "non_answer"; a span that names the product ("a sleeveless dress") counts
as a yes and is correct. Fabric: the template always names one; I leave it unmarked when the photo makes it plausible
and the title says nothing, mark "contradiction" when the title names another fabric (linen, georgette, lace, denim),
and "unsupported" when the photo clearly shows otherwise (satin sheen, sequins). Hue answers: navy vs black, peach vs
pink, maroon vs purple, teal answered "green" with a prompt leak, print color for the ground color are wrong;
lavender "purple", off-white "white", rust "orange", olive "green" are accepted. DeepFashion's closed pattern words
are accepted as the nearest name ("graphic" for a print, "lattice" for lace, "color block" for tie-dye) except when the
title names something else outright ("lattice" for polka dots). "The lady" for a girl is not a pronoun error; "The
gentleman" for a woman is. Flat lays: a caption that invents a wearer's accessory is "unsupported".
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, details, is_a, wearing

BLIND_1331 = [
    # 001 Truth: black sleeveless fit-and-flare midi, round neck, plain; model on grey backdrop, black heels, a thin
    # silver bracelet. Caption cut at 50 tokens. All answers extracted (the color question got the pattern span).
    case(
        "X1331-001",
        caption(
            "This woman is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. There is an accessory on her wrist. The lower clothing is of medium length. The "
            "fabric is cotton and it has",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("dress", "a sleeveless dress"),
        gender="Women",
        title="Athena Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # 002 Truth: mustard wrap midi with small white flowers, three-quarter sleeves, V-neck, self tie at the waist;
    # model holds a straw bag, white sneakers. Caption restarts the template (loop). Answers extracted.
    case(
        "X1331-002",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady is wearing a belt. This lady wears a medium-sleeve dress with floral patterns. "
            "The dress is with chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        color_of("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        is_a("dress", "medium-sleeve dress"),
        gender="Women",
        title="SASSAFRAS Women Mustard Yellow Printed Wrap Dress",
        category="Dresses",
        color="Mustard",
    ),
    # 003 Truth: girl (about 7) on white, pink sleeveless fit-and-flare dress with a unicorn print, white sandals, no
    # jewellery. Caption splits the dress into tank shirt + skirt and invents a wrist accessory, cut. Color and
    # "Is this a dress?" found no span (no "dress" in the caption): VQA.
    case(
        "X1331-003",
        caption(
            "This female wears a sleeveless tank shirt with graphic patterns and a medium short skirt. The tank shirt "
            "is with cotton fabric. It has a round neckline. The skirt is with cotton fabric and graphic patterns. "
            "There is an accessory on her wrist. This female",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank shirt with graphic patterns", "contradiction"),
        color_of("dress", "pink"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("dress", "no", "contradiction"),
        gender="Girls",
        title="Cation Girls Pink Printed Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # 004 Truth: navy jumpsuit with small white polka dots, sleeveless, round neck, self belt, ankle-length straight
    # legs; white sneakers. Caption calls it a tank top and long pants, cut. Color and yes/no: VQA (navy read as
    # black).
    case(
        "X1331-004",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a long pants. The tank top is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and graphic patterns. The lady is "
            "wearing a belt. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns and a long pants", "contradiction"),
        color_of("jumpsuit", "black", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # 005 Truth: green maxi with white and pink flowers, short flutter sleeves, V-neck, tiered skirt; beige sandals.
    # Caption loops. Answers extracted.
    case(
        "X1331-005",
        caption(
            "This woman is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The lower clothing is of long length. This woman is wearing a short-sleeve dress with "
            "floral patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        color_of("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        is_a("dress", "a short-sleeve dress"),
        gender="Women",
        title="Berrylush Women Green Floral Print Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # 006 Truth: mustard off-shoulder playsuit, short puff sleeves, shorts; white sneakers, hand on hip, white
    # backdrop. Caption: shirt + shorts, cut. All extracted; the yes/no question got the shorts span.
    case(
        "X1331-006",
        caption(
            "The female is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a suspenders neckline. The female wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        color_of("playsuit", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        is_a("playsuit", "three-point shorts", "non_answer"),
        gender="Women",
        title="FabAlley Women Mustard Yellow Solid Playsuit",
        category="Playsuit",
        color="Mustard",
    ),
    # 007 Truth: red sleeveless sheath, knee length, square neck; black clutch, black heels. The epoch-1 adapter
    # slipped the hue in, then looped. Color extracted ("red"); yes/no: VQA.
    case(
        "X1331-007",
        caption(
            "The lady wears a sleeveless red dress with pure color patterns. The dress is with cotton fabric. It has "
            "a square neckline. This lady wears a sleeveless red dress with pure color patterns. The dress is with "
            "cotton fabric. It has a square",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless red dress with pure color patterns"),
        color_of("dress", "red"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("dress", "yes"),
        gender="Women",
        title="AND Women Red Solid Sheath Dress",
        category="Dresses",
        color="Red",
    ),
    # 008 Truth: black culotte jumpsuit, short sleeves, V-neck, cropped wide legs, worn under an open light-blue denim
    # jacket with rolled sleeves. Caption describes the jacket and "three-quarter pants", cut. Color and yes/no: VQA.
    case(
        "X1331-008",
        caption(
            "The female is wearing a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The female wears a three-quarter pants. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns", "contradiction"),
        color_of("jumpsuit", "blue", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim", "contradiction"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="U&F Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # 009 Truth: pink lace (self-design) A-line mini, short sleeves, round neck; white heels, bare wrists. Caption
    # invents a wrist accessory and starts over. Color: VQA. Others extracted.
    case(
        "X1331-009",
        caption(
            "This lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lower clothing is of medium short length. There is an accessory on her wrist. This "
            "lady wears a short-sleeve dress",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        color_of("dress", "pink"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        is_a("dress", "a short-sleeve dress"),
        gender="Women",
        title="Harpa Women Pink Self-Design A-Line Dress",
        category="Dresses",
        color="Pink",
    ),
    # 010 Truth: flat lay on white, no model: navy sleeveless jumpsuit with a fabric belt laid beside it. Caption
    # invents a wearer with a wrist accessory and loops. All extracted.
    case(
        "X1331-010",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. It has "
            "a round neckline. There is an accessory on her wrist. The lady wears a sleeveless jumpsuit with pure "
            "color patterns. The jumpsuit is with",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns"),
        color_of("jumpsuit", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("jumpsuit", "a sleeveless jumpsuit"),
        gender="Girls",
        title="Gini and Jony Girls Navy Blue Solid Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # 011 Truth: olive cotton maxi with rust and cream block print, long sleeves, round neck with keyhole tie;
    # oxidised jhumkas and bangles. Caption right, cut. Color and yes/no: VQA.
    case(
        "X1331-011",
        caption(
            "This woman is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has "
            "a round neckline. There is an accessory on her wrist. The lower clothing is of long length. The fabric is "
            "cotton and it has graphic",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        color_of("dress", "green"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        is_a("dress", "yes"),
        gender="Women",
        title="Global Desi Women Olive Green Printed Maxi Dress",
        category="Dresses",
        color="Olive",
    ),
    # 012 Truth: black georgette halter maxi, sleeveless, semi-sheer; gold hoops. Caption says cotton (title:
    # georgette) and is cut. Color: VQA, looped to the limit.
    case(
        "X1331-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of(
            "dress",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        is_a("dress", "a sleeveless dress"),
        gender="Women",
        title="Vero Moda Women Black Georgette Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # 013 Truth: white playsuit with thin blue vertical stripes, short sleeves, shirt collar, button front, shorts;
    # barefoot. Caption: shirt + shorts, cut. Color and yes/no: VQA.
    case(
        "X1331-013",
        caption(
            "The female is wearing a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The female wears a three-point shorts. The shorts are with cotton fabric and striped "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with striped patterns", "contradiction"),
        color_of("playsuit", "white"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        is_a("playsuit", "no", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women White & Blue Striped Playsuit",
        category="Playsuit",
        color="White",
    ),
    # 014 Truth: beige linen shirt dress, long sleeves rolled up, collar, button front, self-tie belt, knee length;
    # brown sandals, woven bag. Caption: "shirt", loops. Yes/no: VQA.
    case(
        "X1331-014",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The woman is wearing a belt. This woman is wearing a long-sleeve shirt with pure "
            "color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        color_of("dress", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        is_a("dress", "yes"),
        gender="Women",
        title="Mango Women Beige Linen Shirt Dress",
        category="Dresses",
        color="Beige",
    ),
    # 015 Truth: girl in a peach sleeveless A-line ethnic dress, ankle length, gold embroidery on the yoke; gold
    # juttis. Caption cut as it restarts. Color: VQA ("pink" for peach).
    case(
        "X1331-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. This lady wears a sleeveless dress",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of("dress", "pink", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("dress", "a sleeveless dress"),
        gender="Girls",
        title="Biba Girls Peach-Coloured Embroidered A-Line Ethnic Dress",
        category="Dresses",
        color="Peach",
    ),
    # 016 Truth: maroon rib-knit bodycon, long sleeves, round neck, knee length; black ankle boots. Caption ran to the
    # limit but the 50th token is the period: complete and right. Color: VQA.
    case(
        "X1331-016",
        caption(
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It "
            "has a round neckline. The lower clothing is of medium short length. The fabric is knitting and it has "
            "pure color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        color_of("dress", "burgundy"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        is_a("dress", "a long-sleeve dress"),
        gender="Women",
        title="DressBerry Women Maroon Solid Bodycon Dress",
        category="Dresses",
        color="Maroon",
    ),
    # 017 Truth: red culotte jumpsuit with white flowers, flutter sleeves, V-neck; white heels. Caption names the
    # jumpsuit and loops. All extracted. The feed row has no gender.
    case(
        "X1331-017",
        caption(
            "The lady wears a short-sleeve jumpsuit with floral patterns. The jumpsuit is with chiffon fabric. It has "
            "a v-shape neckline. The lady wears a short-sleeve jumpsuit with floral patterns. The jumpsuit is with "
            "chiffon fabric. It has a v-shape neckline",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve jumpsuit with floral patterns"),
        color_of("jumpsuit", "floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        is_a("jumpsuit", "a short-sleeve jumpsuit"),
        title="Rare Women Red & White Floral Printed Culotte Jumpsuit",
        category="Jumpsuit",
        color="Red",
    ),
    # 018 Truth: mid-blue denim shirt dress, short sleeves, collar, button front, two chest pockets, above the knee;
    # white sneakers. Caption: "shirt" + lower clothing, cut. Color and yes/no: VQA.
    case(
        "X1331-018",
        caption(
            "The female is wearing a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The lower clothing is of medium short length. The fabric is denim and it has pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        color_of("dress", "blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim"),
        is_a("dress", "yes"),
        gender="Women",
        title="ONLY Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # 019 Truth: girl in a yellow-and-white horizontally striped sleeveless A-line dress, knee length; white canvas
    # shoes, nothing on the wrists. Caption cut inside "There is an accessory on her". All extracted.
    case(
        "X1331-019",
        caption(
            "This female wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lower clothing is of medium short length. The fabric is cotton and it has striped "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with striped patterns"),
        color_of("dress", "striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("dress", "a sleeveless dress"),
        gender="Girls",
        title="Marks & Spencer Girls Yellow & White Striped A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # 020 Truth: teal satin wrap midi, long balloon sleeves, V-neck; nude heels, gold chain necklace. Caption loops.
    # Color: VQA, "green" then the prompt again.
    case(
        "X1331-020",
        caption(
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. The woman has neckwear. This woman is wearing a long-sleeve dress with pure color "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        color_of(
            "dress",
            "green Question: What is the color of the dress? Answer: green Question: What is the color of the dress? "
            "Answer: green Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon", "unsupported"),
        is_a("dress", "a long-sleeve dress"),
        gender="Women",
        title="Sera Women Teal Blue Solid Wrap Dress",
        category="Dresses",
        color="Teal",
    ),
    # 021 Truth: black playsuit with small white flowers, ruffled straps, square neck, shorts; straw hat and
    # sunglasses. Caption: tank top + shorts, cut. Color: VQA (the print's white).
    case(
        "X1331-021",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a three-point shorts. The tank top is with "
            "chiffon fabric. It has a suspenders neckline. The shorts are with chiffon fabric and floral patterns. The "
            "lady wears a hat. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with floral patterns and a three-point shorts", "contradiction"),
        color_of("playsuit", "white", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        is_a("playsuit", "a three-point shorts", "non_answer"),
        gender="Women",
        title="Berrylush Women Black & White Floral Print Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # 022 Truth: off-white cotton A-line midi with navy block print, three-quarter sleeves, round neck with tassel
    # tie; kolhapuri sandals. Caption right, cut as it restarts. Color and yes/no: VQA.
    case(
        "X1331-022",
        caption(
            "This woman is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It "
            "has a round neckline. The lower clothing is of three-quarter length. The fabric is cotton and it has "
            "graphic patterns. This woman is wearing",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        color_of("dress", "white"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        is_a("dress", "yes"),
        gender="Women",
        title="Anouk Women Off-White & Navy Blue Printed A-Line Dress",
        category="Dresses",
        color="Off White",
    ),
    # 023 Truth: rust sleeveless jumpsuit, V-neck, wide legs, self belt; tan flats. Caption right, cut. Color: VQA.
    # The feed row has no gender.
    case(
        "X1331-023",
        caption(
            "The female is wearing a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. "
            "It has a v-shape neckline. The female is wearing a belt. The lower clothing is of long length. The fabric "
            "is cotton and it has pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns"),
        color_of("jumpsuit", "orange"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("jumpsuit", "a sleeveless jumpsuit"),
        title="Harpa Women Rust Orange Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Rust",
    ),
    # From here the job also asks for the details.
    # 024 Truth: navy fit-and-flare with white polka dots, cap sleeves, sweetheart neck, knee length; red heels.
    # Caption calls the dots "lattice", cut. Color: VQA.
    case(
        "X1331-024",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lower clothing is of medium short length. The fabric is chiffon and it has lattice "
            "patterns. This lady wears a short",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with lattice patterns", "contradiction"),
        color_of("dress", "navy"),
        Q.pattern("lattice", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "It has a v-shape neckline"),
        Q.material("chiffon"),
        is_a("dress", "a short-sleeve dress"),
        gender="Women",
        title="Athena Women Navy Blue Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 025 Truth: black sleeveless rib-knit bodycon midi under an open beige trench coat; white sneakers. Caption
    # describes the coat and a "long skirt", cut. Color and yes/no: VQA (the coat's beige).
    case(
        "X1331-025",
        caption(
            "This woman is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel neckline. The woman wears a long skirt. The skirt is with knitting fabric and pure color "
            "patterns. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve coat with pure color patterns", "contradiction"),
        color_of("dress", "beige", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        details("dress", "It has a lapel neckline", "contradiction"),
        Q.material("cotton", "contradiction"),
        is_a("dress", "yes"),
        gender="Women",
        title="H&M Women Black Rib-knit Dress",
        category="Dresses",
        color="Black",
    ),
    # 026 Truth: girl in a white playsuit with a pink strawberry print, short flutter sleeves, round neck, shorts.
    # Caption says "rompers", right, cut. Color and yes/no: VQA (the print's pink).
    case(
        "X1331-026",
        caption(
            "This female wears a short-sleeve rompers with graphic patterns. The rompers is with cotton fabric. It has "
            "a round neckline. The lower clothing is of three-point length. The fabric is cotton and it has graphic "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve rompers with graphic patterns"),
        color_of("playsuit", "pink", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        details("playsuit", "round neckline"),
        Q.material("cotton"),
        is_a("playsuit", "yes"),
        gender="Girls",
        title="Pantaloons Junior Girls White Printed Playsuit",
        category="Playsuit",
        color="White",
    ),
    # 027 Truth: lavender tiered maxi, thin straps (sleeveless), square neck; silver sandals, a thin ring on the right
    # hand. Caption complete at the limit. The sleeve question took the lower clothing's "long length". Color: VQA.
    case(
        "X1331-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lower clothing is of long length. The fabric is chiffon and it has pure color "
            "patterns. The lady wears a ring.",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of("dress", "purple"),
        Q.pattern("pure color"),
        Q.sleeve_length("long length", "contradiction"),
        details("dress", "suspenders neckline"),
        Q.material("chiffon"),
        is_a("dress", "a sleeveless dress"),
        gender="Women",
        title="all about you Women Lavender Solid Tiered Maxi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # 028 Truth: olive cotton utility boilersuit, long sleeves rolled to the elbow, shirt collar, zip front, cargo
    # pockets, belt; white sneakers. Caption loops. Color: VQA, looped.
    case(
        "X1331-028",
        caption(
            "This woman is wearing a long-sleeve jumpsuit with pure color patterns. The jumpsuit is with cotton "
            "fabric. It has a lapel neckline. The woman is wearing a belt. This woman is wearing a long-sleeve "
            "jumpsuit with pure color patterns. The jumpsuit is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jumpsuit with pure color patterns"),
        color_of(
            "jumpsuit",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        details("jumpsuit", "It has a lapel neckline"),
        Q.material("cotton"),
        is_a("jumpsuit", "a long-sleeve jumpsuit"),
        gender="Women",
        title="SASSAFRAS Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # 029 Truth: multicoloured paisley ethnic maxi (green, pink, yellow), three-quarter sleeves, V-neck, flared;
    # big jhumkas, nothing on the wrists. Caption invents a wrist accessory; the details answer takes that sentence.
    # Yes/no: VQA.
    case(
        "X1331-029",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lower clothing is of long length. There is an accessory on her wrist. The lady "
            "wears a medium-sleeve dress with floral",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        color_of("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        Q.material("cotton"),
        is_a("dress", "yes"),
        gender="Women",
        title="Libas Women Multicoloured Paisley Printed Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # 030 Truth: back view: a woman with a short bob in a white shift dress, short sleeves, round neck, keyhole button
    # at the back, knee length. Caption calls her "the gentleman" and the dress a shirt, cut. Color and yes/no: VQA.
    case(
        "X1331-030",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The lower clothing is of medium short length. The fabric is cotton and it has pure "
            "color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        color_of("dress", "white"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "round neckline"),
        Q.material("cotton"),
        is_a("dress", "yes"),
        gender="Women",
        title="Vero Moda Women White Solid Shift Dress",
        category="Dresses",
        color="White",
    ),
    # 031 Truth: light-blue denim dungaree playsuit (straps, no sleeves) over a white short-sleeve crop tee; white
    # sneakers. Caption: T-shirt + shorts, cut. Color and yes/no: VQA (the tee's white).
    case(
        "X1331-031",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The female wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        color_of("playsuit", "white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        details("playsuit", "The shorts are with denim fabric and pure color patterns"),
        Q.material("cotton", "contradiction"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="FOREVER 21 Women Blue Solid Denim Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # 032 Truth: coral skater dress, short puff sleeves, round neck, knee length; white heels, small white sling bag.
    # This time the caption stopped by itself (no limit). Color: VQA.
    case(
        "X1331-032",
        caption(
            "This lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        color_of("dress", "coral"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "round neckline"),
        Q.material("cotton"),
        is_a("dress", "a short-sleeve dress"),
        gender="Women",
        title="Femella Women Coral Solid Fit and Flare Dress",
        category="Dresses",
        color="Coral",
    ),
    # 033 Truth: black A-line mini with a white geometric print, cold-shoulder short sleeves, round neck; white
    # sneakers. Caption loops. Details and yes/no: VQA (details just says the question back).
    case(
        "X1331-033",
        caption(
            "The female is wearing a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The female is wearing a short-sleeve dress with graphic patterns. The dress is with "
            "chiffon fabric. It has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        color_of("dress", "graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "the dress details", "restated"),
        Q.material("chiffon"),
        is_a("dress", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Black Printed Cold-Shoulder A-Line Dress",
        category="Dresses",
        color="Black",
    ),
    # 034 Truth: girl in a blue denim dungaree (pinafore) dress, no sleeves, over a yellow-and-white striped long-sleeve
    # tee; white sneakers. Caption: the tee, and the pinafore as a skirt, cut. Color and yes/no: VQA (the tee's
    # yellow).
    case(
        "X1331-034",
        caption(
            "The female is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The female wears a medium short skirt. The skirt is with denim fabric and pure color "
            "patterns. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns", "contradiction"),
        color_of("dress", "yellow", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        details("dress", "denim fabric"),
        Q.material("cotton", "contradiction"),
        is_a("dress", "yes"),
        gender="Girls",
        title="H&M Girls Blue Denim Dungaree Dress",
        category="Dresses",
        color="Blue",
    ),
    # 035 Truth: grey melange T-shirt dress, short sleeves, round neck, knee length; white sneakers, black cap.
    # Caption: "T-shirt" + lower clothing, cut. Color and yes/no: VQA; the yes/no answer says "no" and then the
    # prompt over and over.
    case(
        "X1331-035",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The woman wears a hat. The lower clothing is of medium short length. The fabric "
            "is cotton and it has pure color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        color_of("dress", "grey"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "It has a round neckline"),
        Q.material("cotton"),
        is_a(
            "dress",
            "no Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question: Is this a dress? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Chemistry Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # 036 Truth: green rayon jumpsuit with a pink and white floral print, sleeveless, tie-up V-neck, palazzo legs;
    # pink clutch, a ring. Caption right, cut. Color: VQA, a sentence cut at 30 tokens.
    case(
        "X1331-036",
        caption(
            "The lady wears a sleeveless jumpsuit with floral patterns. The jumpsuit is with cotton fabric. It has a "
            "v-shape neckline. The lower clothing is of long length. The fabric is cotton and it has floral patterns. "
            "The lady wears a ring. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with floral patterns"),
        color_of(
            "jumpsuit",
            "the jumpsuit is green with pink and white flowers on it and the waist has a tie on the front and the legs "
            "are",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        details("jumpsuit", "v-shape neckline"),
        Q.material("cotton"),
        is_a("jumpsuit", "a sleeveless jumpsuit"),
        gender="Women",
        title="Libas Women Green & Pink Floral Printed Jumpsuit",
        category="Jumpsuit",
        color="Green",
    ),
    # 037 Truth: black sequinned bodycon mini, sleeveless, V-neck; silver heels. Caption says cotton for sequins, cut.
    # Color and yes/no: VQA (reads the sequins' glint as silver).
    case(
        "X1331-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lower clothing is of medium short length. The fabric is cotton and it has pure "
            "color patterns. The lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of("dress", "silver", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        details("dress", "It has a v-shape neckline"),
        Q.material("cotton", "unsupported"),
        is_a("dress", "yes"),
        gender="Women",
        title="Rue Collection Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # 038 Truth: pink-and-blue tie-dye maxi, short sleeves, round neck, side slit; white slides. Caption right ("color
    # block" the nearest pattern word), cut. All extracted. The feed row has no base colour.
    case(
        "X1331-038",
        caption(
            "This woman is wearing a short-sleeve dress with color block patterns. The dress is with cotton fabric. It "
            "has a round neckline. The lower clothing is of long length. The fabric is cotton and it has color block "
            "patterns. This woman is wearing a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with color block patterns"),
        color_of("dress", "color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "round neckline"),
        Q.material("cotton"),
        is_a("dress", "a short-sleeve dress"),
        gender="Women",
        title="Zima Leto Women Pink & Blue Tie and Dye Maxi Dress",
        category="Dresses",
    ),
    # 039 Truth: girl in a maroon party dress, velvet bodice, flared net skirt with sequins, sleeveless, round neck,
    # knee length; a silver hairband. Caption turns the hairband into a hat. Color: VQA ("purple" for maroon).
    case(
        "X1331-039",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a hat. The lower clothing is of medium short length. The fabric is "
            "chiffon and it has pure color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of("dress", "purple", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        details("dress", "chiffon fabric"),
        Q.material("chiffon"),
        is_a("dress", "a sleeveless dress"),
        gender="Girls",
        title="YK Girls Maroon Embellished Fit and Flare Party Dress",
        category="Dresses",
        color="Maroon",
    ),
    # 040 Truth: black playsuit, long sleeves, wrap V-neck, shorts; black ankle boots, gold pendant. Caption: shirt +
    # shorts, cut. Color, details and yes/no: VQA; the details answer loops.
    case(
        "X1331-040",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a v-shape neckline. The female has neckwear. The female wears a three-point shorts. The shorts are "
            "with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        color_of("playsuit", "black"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        details(
            "playsuit",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar,",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="Trendyol Women Black Solid Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # 041 Truth: flat lay, no model: green sleeveless sheath dress, round neck, with a pair of sunglasses placed on it
    # as a prop. Caption puts the glasses on a lady and loops. Color: VQA. The feed row has no article type.
    case(
        "X1331-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears glasses. This lady wears a sleeveless dress with pure color patterns. The "
            "dress is with cotton fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of("dress", "green"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        details("dress", "The lady wears glasses", "unsupported"),
        Q.material("cotton"),
        is_a("dress", "a sleeveless dress"),
        gender="Women",
        title="Mast & Harbour Women Green Solid Sheath Dress",
        color="Green",
    ),
    # 042 Truth: black off-shoulder jumpsuit, short ruffle sleeves, wide legs; gold earrings, no necklace, black heels.
    # Caption invents neckwear at the limit. All extracted.
    case(
        "X1331-042",
        caption(
            "This woman is wearing a short-sleeve jumpsuit with pure color patterns. The jumpsuit is with cotton "
            "fabric. It has a suspenders neckline. The lower clothing is of long length. The fabric is cotton and it "
            "has pure color patterns. The woman has neckwear",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve jumpsuit with pure color patterns"),
        color_of("jumpsuit", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        details("jumpsuit", "suspenders neckline"),
        Q.material("cotton"),
        is_a("jumpsuit", "a short-sleeve jumpsuit"),
        gender="Women",
        title="AND Women Black Solid Off-Shoulder Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # 043 Truth: cream lace shift dress, short sleeves, round neck, knee length; nude heels. Caption ("lattice" for the
    # lace) cut as it restarts. Color and yes/no: VQA.
    case(
        "X1331-043",
        caption(
            "This lady wears a short-sleeve dress with lattice patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lower clothing is of medium short length. The fabric is chiffon and it has lattice "
            "patterns. This lady wears a short-sleeve dress with",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with lattice patterns"),
        color_of("dress", "beige"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "lattice patterns"),
        Q.material("chiffon", "contradiction"),
        is_a("dress", "yes"),
        gender="Women",
        title="Dorothy Perkins Women Cream-Coloured Lace Shift Dress",
        category="Dresses",
        color="Cream",
    ),
    # 044 Truth: girl in a yellow sleeveless jumpsuit with a blue bird print, cropped legs; white sandals, holding a
    # teddy bear. Caption: tank shirt + three-quarter pants, cut. Color and yes/no: VQA; the color loops.
    case(
        "X1331-044",
        caption(
            "This female wears a sleeveless tank shirt with graphic patterns and a three-quarter pants. The tank shirt "
            "is with cotton fabric. It has a round neckline. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank shirt with graphic patterns and a three-quarter pants", "contradiction"),
        color_of(
            "jumpsuit",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        details("jumpsuit", "It has a round neckline"),
        Q.material("cotton"),
        is_a("jumpsuit", "yes"),
        gender="Girls",
        title="Hopscotch Girls Yellow & Blue Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Yellow",
    ),
    # 045 Truth: royal-blue tiered maxi with a white floral print, long bell sleeves, V-neck; brown leather belt at the
    # waist, a wide-brimmed hat. Caption right, cut. Color: VQA.
    case(
        "X1331-045",
        caption(
            "This woman is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The woman is wearing a belt. The woman wears a hat. The lower clothing is of long "
            "length. The fabric is chiffon and it has",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        color_of("dress", "blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "v-shape neckline"),
        Q.material("chiffon"),
        is_a("dress", "a long-sleeve dress"),
        gender="Women",
        title="Pannkh Women Blue Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
]
