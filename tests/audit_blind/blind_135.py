"""BLIND_135 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twenty-first session. Measured blind at 620e846: 123/142 failures found (86.6%)
and 17/145 correct texts flagged (11.7%). The writer's notes, verbatim:

Blind corpus 135: BLIP-2 OPT-2.7b and the experiments' adapters on 44 products of a Myntra-style marketplace.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters were re-run on a random sample of 44
    products of a Myntra-style fashion marketplace (men's, women's and kids' clothing, western and ethnic, weighted
    as the catalog is: many women's kurtas and kurta sets, men's t-shirts and shirts, a few sarees, jeans, dresses,
    bottoms and kids' sets), one product per item. Each product was asked the experiments' own questionnaire: a
    caption, the closed questions of BLIND_QUESTIONS (garment type, color, pattern, sleeve length, material), and the
    experiments' "Is this a {garment}?" and "What is the color of the {garment}?" questions where they fit. The
    seller's columns (gender, category, color, title) come from the marketplace; a few are missing (the title of
    MYN-22093417, MYN-32605884 and MYN-42976021, title and color of MYN-44102985 and MYN-54147390, the gender of
    MYN-27015563).

Which system wrote which text (named again in the comment above every case)
    - base: Salesforce/blip2-opt-2.7b, untuned, 8-bit; greedy, prompt "Question: ... Answer:", stops at the newline.
      It wrote most short answers and the short lower-case captions ("a woman in a ...").
    - cap1: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    - cap3: leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3).
      Both write the DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure color
      patterns. The T-shirt is with cotton fabric. ...") for every prompt, and rarely stop before the limit.
    - vqa: leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, 1 epoch). Right first word, then no end: it repeats itself or
      goes on writing the next "Question: ... Answer: ..." of its training format.
    Limits: 30 new tokens for answers, 50 for captions (hit_limit=True when a text ran to the limit).

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case and TARGETS). I opened no
    audit code, no other corpus, no docs, and ran nothing but an import check of this file. Every photo is imagined
    and described in the comment above its case; every label is judged against that photo.

Label conventions and judgement calls
    - One label per text. When a text has several faults the label is the first that applies in this order:
      loop > leak > pronoun > non_answer > restated > other_garment_color > contradiction > unsupported > cut.
    - cut: stopped mid-phrase. Usually at the token limit (hit_limit=True); a few stop early on "and"/"with"
      (hit_limit=False) and are still cut.
    - The caption template returned for a question: non_answer when the template holds nothing that answers it
      (no hue for a color question, no yes/no for "Is this a ...?"); cut when it does answer (its "short-sleeve",
      "cotton fabric", "shirt") and ends mid-phrase at the limit.
    - The template's own garment words ("shirt" for a kurta, "long dress" for a saree, "trousers" for palazzos) and
      its pattern words ("pure color" for solid, "lattice" for checks, "graphic" for prints) are not held against it:
      the DeepFashion vocabulary has no kurta, saree or hue.
    - The template's subject ("The lady", "The gentleman") on a product shot without a person is not a failure by
      itself; an invented person plus invented accessories on such a shot is unsupported. "lady" for a girl and
      "gentleman" for a boy are not pronoun failures; "lady" for a man or a boy, "man" for a woman, "woman" for a man
      are.
    - Colors: near synonyms are correct: yellow for Mustard, burgundy or maroon for Maroon, navy / blue for Navy Blue,
      white or cream for Off White, green or olive for Olive and Teal Green, tan for Beige, heather for Grey Melange,
      red for a maroon lehenga's red-and-gold. A multicoloured print answered with its dominant ground color is
      correct. Several colors for a two-colour garment ("blue and red" for a navy-red check) are correct.
    - other_garment_color: the product's own color question answered with the color of another garment worn in the
      photo (the tee under a shirt, the top over jeans, the dupatta of a set). contradiction: a color of the
      background, a border or decoration given as the product's color, the product's color repeated for another
      garment ("maroon" pants under a maroon kurta when the pants are beige), a garment type or yes/no that the seller
      and the photo contradict (a kurta called a dress, "yes" to "Is this a dress?" for a lehenga).
    - Captions that name the background ("in front of a blue door", "a field of green grass", "balloons") are correct
      when the garment words are right; layers named in captions are correct.
    - Material: a common fabric the photo does not contradict is correct (cotton for a matte kurta, denim for jeans);
      invented construction (zippers, pockets, tassels, tie-up backs), brands, provenance or a fabric the photo
      contradicts are unsupported.
    - Pattern: "striped" for track pants with one side stripe and "ripped" for mildly distressed jeans are correct;
      "embroidered" for tonal embroidery is correct.
    - restated: only the question's words back ("sleeve length", "the pattern of the shirt"); non_answer: nothing
      usable (empty, "unknown", "fabric", a color for the type question, the garment's name for its pattern).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_135: list[Case] = [
    # Photo: woman in a mustard-yellow straight kurta with a white floral block print, three-quarter sleeves, white
    # palazzos, plain grey studio backdrop. caption, answers: base; pattern: vqa.
    case(
        "MYN-10234871",
        caption("a woman in a yellow kurta with white flowers standing in front of a grey wall"),
        B.garment_type("kurta"),
        B.color("yellow"),
        B.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("three quarter"),
        B.material("it is made of fabric", "non_answer"),
        color_of("pants", "white"),
        color_of("kurta", "mustard yellow and", "cut"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow & White Floral Printed Straight Kurta",
    ),
    # Photo: woman in a navy-blue long-sleeved kurta with small gold foil motifs, matching navy trousers, a pink
    # dupatta over one shoulder, beige backdrop; the fabric is matte. caption: cap3; is_a: vqa; the rest: base.
    case(
        "MYN-11873402",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and graphic patterns. "
            "There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        B.color("navy blue"),
        color_of("pants", "navy blue"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        B.pattern("printed"),
        gender="Women",
        category="Kurta Sets",
        color="Navy Blue",
        title="Libas Women Navy Blue Ethnic Motifs Printed Kurta with Trousers & Dupatta",
    ),
    # Photo: woman in a knee-length teal A-line kurta with a gold embroidered yoke, three-quarter sleeves, white
    # churidar, white backdrop. caption, type, color, sleeves, pants: base; pattern: vqa; is_a: cap1.
    case(
        "MYN-13390556",
        caption("a woman in a green dress with gold embroidery on the neck", "contradiction"),
        B.garment_type("kurti"),
        B.color("green"),
        B.pattern(
            "solid Question: What is the color of the garment? Answer: green Question: What is the pattern of the "
            "garment? Answer: solid",
            "leak",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady",
            "non_answer",
            hit_limit=True,
        ),
        B.sleeve_length("3/4 sleeves"),
        color_of("pants", "white"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Sangria Women Teal Green Yoke Design A-Line Kurta",
    ),
    # Photo: woman in a maroon straight kurta with a small gold booti print, long sleeves, mandarin collar, beige
    # cigarette trousers, holding a gold clutch, white backdrop. caption: cap1; material: vqa; the rest: base.
    case(
        "MYN-14722019",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a stand "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is "
            "a clutch",
            "cut",
            hit_limit=True,
        ),
        B.color("burgundy"),
        color_of("kurta", "maroon"),
        color_of("pants", "maroon", "contradiction"),
        B.pattern("printed"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="W Women Maroon & Gold-Toned Printed Kurta",
    ),
    # Photo: woman in an off-white long-sleeved kurta with blue thread embroidery round the neckline, plain cuffs, blue
    # palazzos, standing in front of a painted blue wooden door. caption, color, type, pattern, sleeves: base;
    # color_of kurta: vqa; material: cap3.
    case(
        "MYN-15031188",
        caption("a woman in a white kurta standing in front of a blue door"),
        B.color("white"),
        color_of(
            "kurta",
            "Off-white Question: What is the color of the pants? Answer: Blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.pattern("embroidered"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves with tassels at the cuffs", "unsupported"),
        gender="Women",
        category="Kurtas",
        color="Off White",
        title="Biba Women Off-White & Blue Floral Embroidered Kurta",
    ),
    # Photo: woman with a short pixie haircut in a plain pink straight kurta, three-quarter sleeves, white leggings,
    # white backdrop. caption, type, color, pattern, is_a: base; sleeves: vqa.
    case(
        "MYN-16254730",
        caption("a man in a pink shirt and white pants", "pronoun"),
        B.garment_type("shirt", "contradiction"),
        B.color("pink"),
        B.pattern("solid"),
        B.sleeve_length(
            "Three-quarter sleeve Question: Is this a kurta? Answer: Yes Question: Is this a kurta? Answer: Yes",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="Aurelia Women Pink Solid Straight Kurta",
    ),
    # Photo: woman in a green short-sleeved kurta with a pink-and-white floral print, matching green floral palazzos,
    # a sheer pink dupatta across both shoulders, glass bangles, garden behind her. caption: cap3; material: cap1;
    # is_a: vqa; color, pants, pattern: base.
    case(
        "MYN-17780341",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. The lady wears "
            "a long trousers. The trousers are with cotton fabric and floral patterns. There is an accessory on her "
            "wrist."
        ),
        B.color("pink", "other_garment_color"),
        color_of("pants", "green"),
        B.pattern("floral"),
        B.material(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "Yes Question: Is this a dress? Answer: No Question: Is this a kurta? Answer: Yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Indo Era Women Green Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # Photo: woman in a blue-and-white vertically striped A-line kurta, three-quarter sleeves, white jeans, in front of
    # a red brick wall; the kurta is plain cotton, nothing says where it was made. caption, color, sleeves, jeans,
    # material: base; pattern: vqa; type: cap1.
    case(
        "MYN-18402267",
        caption("a woman in a blue and white striped kurta posing in front of a brick wall"),
        B.color("blue"),
        B.pattern(
            "Striped-striped-striped-striped-striped-striped-striped-striped-striped-striped-striped-striped-striped-"
            "striped-striped",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter"),
        color_of("jeans", "blue", "contradiction"),
        B.material("cotton, it is a handloom kurta from jaipur", "unsupported"),
        B.garment_type(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Rangriti Women Blue & White Striped A-Line Kurta",
    ),
    # Photo: woman in a fitted plain black top with short puff sleeves, mid-blue jeans, white wall. caption, type,
    # color, jeans: base; pattern: cap3; material: vqa.
    case(
        "MYN-19110395",
        caption("a woman in a black top and blue jeans"),
        B.garment_type("top"),
        B.color("black"),
        color_of("jeans", "black", "contradiction"),
        B.pattern(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "Polyester The top is made of polyester. The top is made of polyester. The top is made of polyester. The "
            "top is made of",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="Tokyo Talkies Women Black Solid Top",
    ),
    # Photo: woman seated on a wooden stool in a white shirt-style top with white schiffli embroidery, long sleeves,
    # button front, tucked into black trousers, grey backdrop. caption, color, pants, type, pattern, material: base.
    case(
        "MYN-20376614",
        caption("a woman sitting on a stool wearing a white shirt and black pants"),
        B.color("white"),
        color_of("pants", "black"),
        B.garment_type("blouse"),
        B.pattern("", "non_answer"),
        B.material("the shirt is made of cotton and has a zipper on the back", "unsupported"),
        gender="Women",
        category="Tops",
        color="White",
        title="Harpa Women White Embroidered Shirt Style Top",
    ),
    # Photo: product flat lay on white, no person: sleeveless peplum top, multicoloured flowers on a navy ground.
    # caption, type, color, pattern, sleeves: base; is_a: vqa; material: cap3.
    case(
        "MYN-21559083",
        caption("a floral print top on a white background"),
        B.garment_type("top"),
        B.color("blue"),
        B.pattern("floral"),
        B.sleeve_length("sleeve length", "restated"),
        is_a(
            "dress",
            "No Question: What is the color of the dress? Answer: Multi Question: What is the pattern of the dress? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        B.material(
            "The upper clothing has no sleeves, chiffon fabric and floral patterns. It has a round neckline. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Multi",
        title="SASSAFRAS Women Multicoloured Floral Print Peplum Top",
    ),
    # Photo: woman in a red long-sleeved wrap top with a ruffled hem, black mini skirt, on a city street. No title
    # from the seller. caption: cap1; type: vqa; color, shirt, sleeves, pattern: base.
    case(
        "MYN-22093417",
        caption(
            "This woman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The woman wears a short skirt. The skirt is with cotton fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        B.color("red"),
        color_of("shirt", "black", "other_garment_color"),
        B.garment_type(
            "Blouses_Shirts Blouses_Shirts Blouses_Shirts Blouses_Shirts Blouses_Shirts Blouses_Shirts Blouses_Shirts",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        B.pattern("the pattern of the garment", "restated"),
        gender="Women",
        category="Tops",
        color="Red",
    ),
    # Photo: woman in a navy fit-and-flare midi dress with white polka dots, short sleeves, nothing in her hands, white
    # backdrop. caption, color, pattern, is_a, material: base; sleeves: vqa; type: cap3.
    case(
        "MYN-23360842",
        caption("a woman in a blue polka dot dress holding a handbag", "unsupported"),
        B.color("navy"),
        B.pattern("polka dot"),
        is_a("dress", "yes"),
        B.sleeve_length(
            "Short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve "
            "short sleeve short sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material("unknown", "non_answer"),
        B.garment_type(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Berrylush Women Navy Blue & White Polka Dot Fit and Flare Dress",
    ),
    # Photo: woman in a plain yellow sleeveless maxi dress, standing in a field of green grass. caption, color, type,
    # sleeves, material: base; pattern: cap3; color_of dress: cap1.
    case(
        "MYN-24418976",
        caption("a woman in a yellow dress standing in a field of green grass"),
        B.color("green", "contradiction"),
        B.garment_type("maxi dress"),
        B.sleeve_length("sleeveless"),
        B.pattern(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with chiffon fabric. It has "
            "a suspenders neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        B.material("chiffon"),
        color_of(
            "dress",
            "The lady wears a long dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears",
            "non_answer",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Yellow",
        title="KASSUALLY Women Yellow Solid Maxi Dress",
    ),
    # Photo: woman in a black sequinned long-sleeved bodycon mini dress, grey backdrop; no label or logo in view.
    # caption: vqa; type: cap1; color, pattern, is_a, material, sleeves: base.
    case(
        "MYN-25637105",
        caption(
            "Dresses Question: What is the color of the dress? Answer: Black Question: Is this a dress? Answer: Yes "
            "Question: What is the pattern of the dress? Answer: Sequin Question:",
            "leak",
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("sequins"),
        is_a("dress", "yes"),
        B.material("the dress is made of silk and sequins, it is a designer dress by gucci", "unsupported"),
        B.garment_type(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("the sleeve length of the dress", "restated"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="DressBerry Women Black Sequinned Bodycon Dress",
    ),
    # Photo: woman in a red Banarasi silk saree with a wide gold zari border, red short-sleeved blouse seen from the
    # front only, gold bangles, in front of a carved wooden temple door. caption, type, color, sleeves: base;
    # material: vqa; is_a: cap1; pattern: cap1.
    case(
        "MYN-26892210",
        caption("a woman in a red sari standing in front of a wooden door"),
        B.garment_type("sari"),
        B.color("red"),
        B.material(
            "Silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk "
            "silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "saree",
            "The lady wears a long dress with graphic patterns. The dress is with chiffon fabric. It has a V-shape "
            "neckline. The lady",
            "non_answer",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves, the blouse has a deep back with a tie-up dori and latkans", "unsupported"),
        B.pattern(
            "The lady wears a long dress with graphic patterns. The dress is with silk fabric. There is an accessory "
            "on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Zari Silk Blend Banarasi Saree",
    ),
    # Photo: product shot, no person: a folded pink georgette saree with a green border printed with small flowers,
    # on white. No gender from the seller. caption: cap3; type, color, saree, material, sleeves, pattern: base.
    case(
        "MYN-27015563",
        caption(
            "The lady wears a long dress with floral patterns. The dress is with chiffon fabric and it has no sleeves. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        B.garment_type("saree"),
        B.color("pink"),
        color_of("saree", "green", "contradiction"),
        B.material("georgette"),
        B.sleeve_length("the saree", "non_answer"),
        B.pattern("floral with a", "cut"),
        category="Sarees",
        color="Pink",
        title="Saree mall Pink & Green Floral Printed Georgette Saree",
    ),
    # Photo: woman in light-blue skinny jeans with a clean, undamaged finish, white t-shirt tucked in, white sneakers,
    # white backdrop. caption, color, jeans, type, pattern: base; material: vqa.
    case(
        "MYN-28126647",
        caption("a woman in a white t - shirt and blue jeans"),
        B.color("white", "other_garment_color"),
        color_of("jeans", "blue"),
        B.garment_type("jeans"),
        B.pattern("ripped", "unsupported"),
        B.material(
            "Denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # Photo: cropped shot from the waist down: black ankle-length leggings, the hem of a white kurta at the top of the
    # frame, white studio. caption, color, material, pattern: base; type: cap1; color_of pants: vqa.
    case(
        "MYN-29304518",
        caption("a woman wearing black leggings and a white top"),
        B.color("black"),
        B.garment_type(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        B.material("spandex"),
        color_of(
            "pants",
            "Black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        B.pattern("they are leggings", "non_answer"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # Photo: woman in white flared palazzos with a small black print, a black short kurti over them, in front of a
    # yellow-painted wall. caption, color, type, pants, shirt: base; material: cap3.
    case(
        "MYN-30441296",
        caption("a woman in a black top and white pants standing in front of a yellow wall"),
        B.color("black", "other_garment_color"),
        B.garment_type("palazzo pants"),
        color_of("pants", "white"),
        color_of("shirt", "white", "contradiction"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Jaipur Kurti Women White Printed Flared Palazzos",
    ),
    # Photo: woman in an olive-green pleated satin midi skirt with a cream knit sweater tucked in, near a white wall.
    # caption: cap3; type: vqa; color, skirt, pattern, sleeves, material: base.
    case(
        "MYN-31578620",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns."
        ),
        B.color("cream", "other_garment_color"),
        color_of("skirt", "olive green"),
        B.garment_type(
            "Skirts Question: What is the color of the skirt? Answer: Green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.pattern("pleated"),
        B.sleeve_length("sleeve length", "restated"),
        B.material("", "non_answer"),
        gender="Women",
        category="Skirts",
        color="Olive",
        title="SASSAFRAS Women Olive Green Solid Pleated A-Line Midi Skirt",
    ),
    # Photo: woman in a maroon lehenga with heavy gold embroidery, maroon short-sleeved blouse, net dupatta, flower
    # wall behind her. No title from the seller. caption, type, color, is_a: base; material: vqa; pattern: cap1.
    case(
        "MYN-32605884",
        caption("a woman in a red and gold lehenga standing in front of a wall of flowers"),
        B.garment_type("lehenga"),
        B.color("red"),
        B.material(
            "Net Question: What is the color of the dupatta? Answer: Red Question: What is the pattern of the",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        B.pattern(
            "The lady wears a long dress with graphic patterns. The dress is with chiffon fabric. It has a V-shape "
            "neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: woman in a peach kurta with white thread embroidery at the neck, three-quarter sleeves, matching peach
    # trousers, white wall with a potted plant. caption: cap1; sleeves: vqa; material: cap3; the rest: base.
    case(
        "MYN-33719045",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. It",
            "cut",
            hit_limit=True,
        ),
        B.color("peach"),
        color_of("pants", "white", "contradiction"),
        B.garment_type("kurta"),
        B.sleeve_length(
            "3/4th sleeve 3/4th sleeve 3/4th sleeve 3/4th sleeve 3/4th sleeve 3/4th sleeve 3/4th sleeve",
            "loop",
            hit_limit=True,
        ),
        B.pattern("embroidered"),
        B.material(
            "The gentleman wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a",
            "pronoun",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Peach",
        title="Anubhutee Women Peach-Coloured Ethnic Motifs Embroidered Kurta with Trousers",
    ),
    # Photo: man in a black short-sleeved round-neck tee with a white "HRX" graphic on the chest, blue jeans, grey
    # backdrop. caption, type, color, pattern, jeans, sleeves: base; material: vqa.
    case(
        "MYN-34120577",
        caption("a man wearing a black t - shirt with a white logo"),
        B.garment_type("t-shirt"),
        B.color("black"),
        B.pattern("graphic print of a nike logo", "unsupported"),
        color_of("jeans", "blue"),
        B.material(
            "Cotton-blend Question: What is the color of the shirt? Answer: Black Question: What",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("the sleeve length of the t-shirt", "restated"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # Photo: product flat lay on light grey, no person: a plain white short-sleeved round-neck tee. caption: cap3;
    # is_a: vqa; the rest: base.
    case(
        "MYN-35268814",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline."
        ),
        B.color("white"),
        B.garment_type("white", "non_answer"),
        B.sleeve_length("short sleeves"),
        B.material("fabric", "non_answer"),
        is_a(
            "polo shirt",
            "Yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Roadster Men White Solid Round Neck Pure Cotton T-shirt",
    ),
    # Photo: man in a navy polo t-shirt with a small red logo, short sleeves, three-button placket, no pockets, khaki
    # chinos, white backdrop. caption, type, shirt, pants, pattern, material: base; color: cap1.
    case(
        "MYN-36390251",
        caption("a man in a blue polo shirt and khaki pants"),
        B.garment_type("polo shirt"),
        B.color(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman",
            "non_answer",
            hit_limit=True,
        ),
        color_of("shirt", "khaki", "other_garment_color"),
        color_of("pants", "blue", "contradiction"),
        B.pattern("solid"),
        B.material("cotton pique with a zip placket and two chest pockets", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
    ),
    # Photo: man in an olive-green oversized tee, front plain except a small white line of text, drop-shoulder short
    # sleeves, black cargo pants, graffiti wall behind; the back is not visible. caption, color, pants, material:
    # base; sleeves: vqa; type: cap3.
    case(
        "MYN-37455906",
        caption("a man in a green shirt standing in front of a graffiti wall"),
        B.color("olive"),
        B.sleeve_length(
            "Short sleeve, short sleeve, short sleeve, short sleeve, short sleeve, short sleeve, short sleeve, short",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        B.garment_type(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton jersey with a puff print on the back", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Green",
        title="Difference of Opinion Men Green Typography Printed Oversized T-shirt",
    ),
    # Photo: man with a clean-shaven face in a grey melange tee and white shorts on a beach. caption, color, shorts,
    # type, pattern: base; material: vqa; sleeves: cap1.
    case(
        "MYN-38501342",
        caption("a woman in a grey t - shirt and white shorts on the beach", "pronoun"),
        B.color("grey"),
        color_of("shorts", "grey", "contradiction"),
        B.garment_type("t-shirt"),
        B.pattern("heather"),
        B.material(
            "Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton "
            "Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton Cotton",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Mast & Harbour Men Grey Melange Solid Round Neck T-shirt",
    ),
    # Photo: man in an open navy-and-red checked shirt, long sleeves rolled to the forearm, worn over a white tee, blue
    # jeans, wooden panel wall. caption, color, shirt, pattern, is_a: base; type: vqa.
    case(
        "MYN-39627718",
        caption("a man wearing a plaid shirt over a white t - shirt"),
        B.color("white", "other_garment_color"),
        color_of("shirt", "blue and red"),
        B.pattern("checked"),
        B.garment_type(
            "Blouses_Shirts Question: What is the color of the shirt? Answer: Navy-red Question: Is",
            "leak",
            hit_limit=True,
        ),
        is_a("jacket", "yes", "contradiction"),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue & Red Regular Fit Checked Casual Shirt",
    ),
    # Photo: man in a plain white long-sleeved formal shirt, grey trousers, white backdrop. caption: cap3; sleeves:
    # vqa; pattern: cap1; color, pants, shirt, material: base.
    case(
        "MYN-40718836",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        B.color("white"),
        color_of("pants", "white", "contradiction"),
        color_of("shirt", "grey", "other_garment_color"),
        B.material("cotton"),
        B.sleeve_length(
            "Long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long "
            "sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        B.pattern(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
    ),
    # Photo: man in a plain olive long-sleeved casual shirt and black jeans, seated at a cafe table. caption, color,
    # jeans, pattern: base; material: vqa; color_of shirt: cap1.
    case(
        "MYN-41803359",
        caption("a man in a green shirt sitting at a table in a cafe"),
        B.color("olive green"),
        color_of("jeans", "black"),
        B.material(
            "Cotton Question: What is the color of the jeans? Answer: Black Question: What are the jeans",
            "leak",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        B.pattern("the pattern of the shirt", "restated"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="HIGHLANDER Men Olive Green Slim Fit Solid Casual Shirt",
    ),
    # Photo: man outdoors in a buttoned blue denim shirt with two chest flap pockets, long sleeves, white chinos. No
    # title from the seller. caption, material, color, pants, type: base; pattern: vqa.
    case(
        "MYN-42976021",
        caption("a man in a denim shirt and white pants"),
        B.material("denim"),
        B.color("blue"),
        color_of("pants", "blue", "contradiction"),
        B.pattern(
            "Denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("a shirt with two pockets and a zipper", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Blue",
    ),
    # Photo: man in mid-blue slim jeans, white tee, brown boots, white backdrop. caption: cap3; the rest: base.
    case(
        "MYN-43051176",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        color_of("jeans", "blue"),
        B.garment_type("jeans"),
        color_of("shirt", "white"),
        B.pattern("they are jeans", "non_answer"),
        B.material("he is wearing denim", "pronoun"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # Photo: product shot on white, no person: folded black slim jeans with light abrasions on the thighs. caption,
    # color, pattern, is_a, material: base; type: vqa; sleeves: cap1.
    case(
        "MYN-44102985",
        caption("a pair of black jeans on a white background"),
        B.color("black"),
        B.pattern("ripped"),
        B.garment_type(
            "Denim Question: Is this a denim? Answer: Yes Question: What is the color of the denim?",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length(
            "The gentleman wears a long pants. The pants are with denim fabric and solid color patterns. The gentleman "
            "wears a",
            "non_answer",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        B.material("denim"),
        gender="Men",
        category="Jeans",
    ),
    # Photo: man with shoulder-length hair in beige slim chinos, a navy shirt tucked in, brown belt, white backdrop.
    # caption, color, pants, type, pattern: base; material: vqa.
    case(
        "MYN-45230674",
        caption("a woman in a blue shirt and beige pants", "pronoun"),
        B.color("blue", "other_garment_color"),
        color_of("pants", "tan"),
        B.garment_type("chinos"),
        B.material(
            "Cotton-stretch cotton-stretch cotton-stretch cotton-stretch cotton-stretch cotton-stretch cotton-stretch",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Peter England Casuals Men Beige Slim Fit Solid Chinos",
    ),
    # Photo: man in grey track pants with one white stripe down each side, plain black hoodie, white sneakers, white
    # backdrop; the pants show no pockets or trims beyond the stripe. caption, type, color, pattern, material: base;
    # pants: vqa; sleeves: cap3.
    case(
        "MYN-46389145",
        caption("a man in a black hoodie and grey sweatpants"),
        B.garment_type("sweatpants"),
        B.color("grey"),
        B.pattern("striped"),
        color_of(
            "pants",
            "Grey Grey Grey Grey Grey Grey Grey Grey Grey Grey Grey Grey Grey Grey Grey Grey Grey Grey Grey Grey Grey "
            "Grey Grey Grey Grey Grey Grey Grey Grey Grey",
            "loop",
            hit_limit=True,
        ),
        B.material("polyester with a zip pocket on the back and reflective tape", "unsupported"),
        B.sleeve_length(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Grey",
        title="Puma Men Grey Solid Track Pants",
    ),
    # Photo: man in a plain maroon pullover hoodie, hood down, bare head, long sleeves, black joggers, grey backdrop.
    # caption: cap1; the rest: base.
    case(
        "MYN-47412280",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. There is a "
            "hat in his head.",
            "unsupported",
        ),
        B.color("maroon"),
        B.garment_type("hoodie"),
        color_of("pants", "maroon", "contradiction"),
        B.sleeve_length("long sleeves"),
        is_a("sweater", "no"),
        B.pattern("solid with a", "cut"),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
        title="HRX by Hrithik Roshan Men Maroon Solid Hooded Sweatshirt",
    ),
    # Photo: man on a street in an olive nylon bomber jacket, zipped open over a white tee, black jeans. caption,
    # color, type, material: base; pattern: vqa; is_a: cap3.
    case(
        "MYN-48567713",
        caption("a man in a green jacket and a white t - shirt standing on a street"),
        B.color("white", "other_garment_color"),
        B.garment_type("bomber jacket"),
        B.material("nylon"),
        B.pattern(
            "Solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric. It "
            "has a stand neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # Photo: man in a plain cream straight kurta, long sleeves, white churidar, marigold garlands in orange behind him.
    # caption, color, type, pattern: base; is_a: vqa; material: cap3.
    case(
        "MYN-49604127",
        caption("a man in a white kurta standing in front of orange flowers"),
        B.color("cream"),
        B.garment_type("kurta"),
        is_a(
            "kurta",
            "Yes Is this a kurta? Yes Is this a kurta? Yes Is this a kurta? Yes Is this a kurta? Yes Is this a kurta?",
            "loop",
            hit_limit=True,
        ),
        B.pattern("orange", "contradiction"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Solid Straight Kurta",
    ),
    # Photo: man seated on a park bench in navy chino shorts and a white linen short-sleeved shirt. caption, shorts,
    # color, material, pattern: base; type: cap3.
    case(
        "MYN-50731958",
        caption("a man sitting on a bench wearing a white shirt and blue shorts"),
        color_of("shorts", "navy blue"),
        B.color("white", "other_garment_color"),
        B.garment_type(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        B.pattern("shorts", "non_answer"),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Regular Fit Chino Shorts",
    ),
    # Photo: small boy in a blue short-sleeved tee with a green dinosaur print and grey shorts, white backdrop.
    # caption, color, shorts, pattern: base; sleeves: cap1; material: vqa.
    case(
        "MYN-51862034",
        caption("a little boy wearing a blue t - shirt with a dinosaur on it and grey shorts"),
        B.color("blue"),
        color_of("shorts", "blue", "contradiction"),
        B.pattern("dinosaur"),
        B.sleeve_length(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        B.material(
            "Cotton Question: What is the color of the shorts? Answer: Blue Question: What are the shorts",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Clothing Set",
        color="Blue",
        title="YK Boys Blue & Grey Printed T-shirt with Shorts",
    ),
    # Photo: young girl in a sleeveless pink tulle party dress with a sequinned bodice, white and gold balloons behind.
    # caption, color, material, dress, sleeves: base; pattern: vqa; type: cap3.
    case(
        "MYN-52970415",
        caption("a little girl in a pink dress standing in front of balloons"),
        B.color("pink"),
        B.material("tulle"),
        color_of("dress", "white and gold", "contradiction"),
        B.sleeve_length("the sleeves of the dress", "restated"),
        B.pattern(
            "Embellished-embellished-embellished-embellished-embellished-embellished-embellished-embellished",
            "loop",
            hit_limit=True,
        ),
        B.garment_type(
            "The lady wears a tank dress with pure color patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Embellished Fit and Flare Party Dress",
    ),
    # Photo: boy in a blue-and-white gingham long-sleeved shirt and navy chinos, white backdrop. caption: cap3; type:
    # cap1; material: vqa; pattern, color, pants, sleeves: base.
    case(
        "MYN-53018862",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers."
        ),
        B.pattern("plaid"),
        B.color("blue and white"),
        color_of("pants", "blue and white", "contradiction"),
        B.sleeve_length("long"),
        B.material(
            "100% cotton 100% cotton 100% cotton 100% cotton 100% cotton 100% cotton 100% cotton 100%",
            "loop",
            hit_limit=True,
        ),
        B.garment_type(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Allen Solly Junior Boys Blue & White Checked Casual Shirt",
    ),
    # Photo: girl in a yellow short-sleeved kurta with a green lehariya print and green sharara pants, against a pink
    # wall. No title or color from the seller. caption, type, color, pants, sleeves: base; pattern: cap1.
    case(
        "MYN-54147390",
        caption("a young girl in a yellow and green outfit standing against a pink wall"),
        B.garment_type("kurta"),
        B.color("pink", "contradiction"),
        color_of("pants", "green"),
        B.sleeve_length("short sleeves"),
        B.pattern(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Kurta Sets",
    ),
]
