"""BLIND_103 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the nineteenth session. Measured blind at 9a55aae: 128/140 failures found (91.4%)
and 13/145 correct texts flagged (9.0%). The writer's notes, verbatim:

Blind corpus 103: BLIP-2 OPT-2.7b and the experiments' adapters on 44 Myntra-style marketplace products.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters re-run on a random sample of 44
    products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted roughly as
    such a catalog is: many men's t-shirts and shirts, many women's kurtas and tops, a few sarees, dresses and kids'
    sets), one product per item. The photos are the usual catalog shots: a model on a studio or plain background,
    sometimes a wall, door or garden behind, a few flat-lay or ghost-mannequin product shots with no person. The
    questionnaire is the experiments' own: a caption, the closed questions of BLIND_QUESTIONS (garment type, color,
    pattern, sleeve length) and the open material question, plus "Is this a {garment}?" yes/no questions and
    "What is the color of the {garment}?" questions as the experiments asked them. Seller columns (gender, category,
    color, title) come from the marketplace in the seller's own words; a few products lack the color or the title.

Which system wrote which text (named per text in the trailing comments)
    [base]   Salesforce/blip2-opt-2.7b, untuned. Short lowercase answers that stop on the newline; its failures are
             wrong colors (one color for several garments, the background's color), the wrong person in captions,
             invented details, empty or evasive answers, and the question's words given back.
    [cap-e1] leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    [cap-e3] leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3): the DeepFashion template
             ("The lady is wearing a short-sleeve T-shirt with pure color patterns. ..."), no hue names, returned for
             every prompt, questions included; it never stops, so it is cut at the token limit or loops.
    [vqa]    leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter): answers that loop, run on into new "Question: ... Answer:"
             turns (the prompt was in the loss), or are short and right.
    [qa]     the third experiment: timpal0l/mdeberta-v3-base-squad2 extracting a span from the cap-e3 caption of the
             same photo (that caption is stored only where it is the case's caption); an empty span is possible.
    Prompts `Question: <question> Answer:`, greedy decoding, 30 new tokens for answers and 50 for captions.

How it was written
    Blind, by hand, without running any model: the photos are imagined and described in the comment above each
    case. Only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout and the makers)
    were read; no other file of the project, no audit code, no other corpus.

Label conventions and judgement calls
    - Every label is judged against the imagined photo in the comment, then against the seller's columns; one
      failure kind per text, the most salient one when a text has two (a leak that also repeats is "leak"; a
      template answer cut at the limit is "cut"; a caption with the wrong person is "pronoun" even if it also says
      "shirt" loosely).
    - hit_limit=True means the generation ran to max_new_tokens (30 for answers, 50 for captions). All loops and
      most cuts hit the limit; two answers are cut before the limit (hit_limit=False, labelled "cut").
    - Judgement call: a cap-e1 caption can end on a complete sentence and still hit the limit, because the adapter
      learned to emit padding after the text (padding was in the labels) and the pads decode to nothing. Such a
      complete caption is labelled by its content: correct in MYN-16047729, "pronoun" in MYN-35612098.
    - Near-color synonyms count as correct: navy/blue, off white/white, maroon/red, mustard/yellow, olive/green,
      teal/green, peach/pink, magenta/pink, lavender/purple, khaki/beige, sea green/green, cream blouse/white.
    - A color answer for the product that is the color of another garment in the photo (the jeans, the inner tee,
      the kurta over the leggings) is "other_garment_color"; so is a color_of answer that gives a second garment
      the first garment's color ("white" jeans under a white tee). The color of the background (grey wall, wooden
      door, pink wall) or of the print instead of the base (pink flowers on a white dress) is "contradiction", as is
      a wrong garment type, a wrong yes/no, a wrong pattern or a wrong sleeve length.
    - Correct hard cases kept on purpose: backgrounds named in captions, layers ("a green jacket over a white
      shirt"), "tucked in", patterned garments answered with their base color, two-color answers for striped or
      checked garments, product shots with no person, "pure color" as the pattern (DeepFashion's word for solid), a
      set whose bottom has the same color as the top (teal kurta, teal pants), "100% cotton" where the seller's
      title says pure cotton, "shirt" for a shirt-style top, "pants" for chinos, track pants and palazzos, and
      "salwar kameez" for a kurta set.
    - "unsupported": details not visible in the photo nor in the seller's columns (brand logos of another brand,
      fabric percentages, zips, pockets, mirror work, props the model is not holding, a Disney collection).
    - "restated": only the question's words back ("it is made of material", "they are jeans", "jeans" for "Is this a
      jeans?"); "non_answer": nothing, "no", "i don't know", "nothing", or an answer to another question.
    - "pronoun": a caption that names a man for a woman or a girl for a boy (or the reverse); "lady" for a girl and
      "boy"/"girl" for kids are not failures.
    - Material guesses that fit the photo (cotton tee, denim jeans, chiffon maxi, georgette saree) count as correct.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, details, is_a

BLIND_103: list[Case] = [
    # --- Men ---------------------------------------------------------------------------------------------------
    # Photo: a man in a plain navy round-neck t-shirt and light blue jeans, grey studio background.
    case(
        "MYN-10234871",
        caption("a man wearing a navy blue t-shirt and jeans"),  # [base]
        B.color("blue"),  # [base] navy ~ blue
        B.sleeve_length(
            "short short short short short short short short short short short short short short short short short"
            " short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        B.material("100% cotton"),  # [base] seller title says pure cotton
        color_of(
            "jeans",
            "light blue Question: What is the color of the t-shirt? Answer: navy blue Question: What is the color of "
            "the",
            "leak",
            hit_limit=True,
        ),  # [vqa]
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # Photo: a man in a white t-shirt with a black "BROOKLYN NYC" typography print, black jeans, white background.
    case(
        "MYN-11873402",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is"
            " with cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
            " The gentleman wears a",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        B.garment_type("t-shirt"),  # [base]
        B.color("white"),  # [base]
        B.pattern("no", "non_answer"),  # [base]
        B.sleeve_length("short"),  # [base]
        B.material(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is"
            " with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),  # [cap-e3] the caption template for a question
        color_of("jeans", "white", "other_garment_color"),  # [base] the jeans are black; white is the tee
        gender="Men",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Men White Typography Printed Round Neck T-shirt",
    ),
    # Photo: a man in a maroon polo t-shirt (white tipping on the collar, small embroidered U.S. Polo logo), beige
    # chinos, a blurred street behind him.
    case(
        "MYN-12984410",
        caption("a man in a red polo shirt standing on a street"),  # [base] maroon ~ red; background named
        B.color("maroon"),  # [base]
        B.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid"
            " solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        B.sleeve_length(
            "short-sleeve Question: What is the color of the polo shirt? Answer: red Question: What is the",
            "leak",
            hit_limit=True,
        ),  # [vqa]
        B.material("cotton pique with a ralph lauren logo on the chest", "unsupported"),  # [base] not that brand
        color_of("pants", "beige"),  # [base]
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar Pure Cotton T-shirt",
    ),
    # Photo: product shot, no person: an olive green crew-neck t-shirt laid flat on a white background.
    case(
        "MYN-13302057",
        caption("an olive green t-shirt on a white background"),  # [base]
        B.garment_type("t-shirt"),  # [base]
        B.color("green"),  # [base] olive ~ green
        B.pattern("pure color"),  # [qa] span of the cap-e3 caption; DeepFashion's word for solid
        B.material(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton"
            " fabric and its neckline is crew. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        is_a("sweater", "yes", "contradiction"),  # [vqa]
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Urbano Fashion Men Olive Green Solid Slim Fit T-shirt",
    ),
    # Photo: a man in a black-and-white horizontally striped t-shirt and blue jeans, white background.
    case(
        "MYN-14011963",
        caption("a man wearing a black and white striped t-shirt"),  # [base]
        B.color("black and white"),  # [base] striped garment, both colors
        B.pattern("stripes"),  # [base]
        B.sleeve_length(
            "The gentleman is wearing a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric"
            " and its neckline is",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Roadster Men Black & White Striped Round Neck T-shirt",
    ),
    # Photo: a man in a white formal shirt tucked into black trousers, standing against a plain grey wall.
    case(
        "MYN-15520847",
        caption("a man in a white shirt and black pants standing against a grey wall"),  # [base] background named
        B.garment_type(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is"
            " with cotton fabric and",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        B.color("grey", "contradiction"),  # [base] the wall's color
        B.pattern("solid"),  # [base]
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        color_of("pants", "black"),  # [base]
        gender="Men",
        category="Shirts",
        color="White",
        title="Arrow Men White Slim Fit Solid Formal Shirt",
    ),
    # Photo: a man in a blue-and-navy checked casual shirt worn open over a white t-shirt, khaki chinos.
    case(
        "MYN-16047729",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns and a long pants. The shirt is with"
            " cotton fabric. The gentleman wears a T-shirt inside.",
            hit_limit=True,
        ),  # [cap-e1] complete; the rest of the 50 tokens were pads (judgement call, correct)
        B.garment_type("shirt"),  # [base]
        B.color("white", "other_garment_color"),  # [base] the inner tee's color
        B.pattern("plaid"),  # [base]
        B.material("cotton"),  # [base]
        color_of("t-shirt", "white"),  # [base]
        color_of("pants", "Answer: beige", "leak"),  # [vqa]
        is_a(
            "jacket",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue & Navy Checked Casual Shirt",
    ),
    # Photo: a clean-shaven man in a light pink solid formal shirt and navy trousers, white background.
    case(
        "MYN-17380155",
        caption("a woman in a pink shirt and blue pants", "pronoun"),  # [base]
        B.garment_type("shirt"),  # [base]
        B.color("pink"),  # [base]
        B.pattern(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is"
            " with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve"
            " long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        B.material("cotton blend with a wrinkle-free finish", "unsupported"),  # [base]
        color_of("pants", "blue"),  # [base] navy ~ blue
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Van Heusen Men Pink Regular Fit Solid Formal Shirt",
    ),
    # Photo: product shot, no person: a mid-blue denim shirt laid flat, sleeves spread out, on a white background.
    # The seller gave no title.
    case(
        "MYN-18193301",
        caption("a blue denim shirt laid flat on a white background"),  # [base]
        B.color("blue"),  # [base]
        B.pattern("", "non_answer"),  # [qa] empty span
        B.material("denim"),  # [base]
        is_a("jacket", "yes", "contradiction"),  # [vqa] a denim shirt, not a jacket
        gender="Men",
        category="Shirts",
        color="Blue",
    ),
    # Photo: a man in black skinny jeans, a plain white t-shirt and white sneakers, white background.
    case(
        "MYN-19044418",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is"
            " with cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
            " The",
            "cut",
            hit_limit=True,
        ),  # [cap-e1]
        B.garment_type("jeans"),  # [base]
        B.color("white", "other_garment_color"),  # [base] the tee's color
        B.pattern("it is a pattern", "restated"),  # [base]
        B.material("denim"),  # [base]
        color_of(
            "jeans",
            "black jeans Question: What is the color of the shirt? Answer: white Question: What is the color of the"
            " shoes? Answer",
            "leak",
            hit_limit=True,
        ),  # [vqa]
        color_of("t-shirt", "white"),  # [base]
        gender="Men",
        category="Jeans",
        color="Black",
        title="Roadster Men Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # Photo: a man in light blue slim jeans with faded, distressed knees and a navy blue shirt, white background.
    case(
        "MYN-20517736",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is lapel. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        B.garment_type("jeans"),  # [base]
        B.color("light blue"),  # [base]
        B.pattern("ripped"),  # [base] distressed
        details("jeans", "they are jeans", "restated"),  # [base]
        color_of("jeans", "black", "contradiction"),  # [vqa]
        color_of("shirt", "navy blue"),  # [base]
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Men Blue Slim Fit Mildly Distressed Jeans",
    ),
    # Photo: a man with shoulder-length hair in khaki chinos and a black polo t-shirt, brown loafers, white background.
    case(
        "MYN-21108264",
        caption("a woman in a black shirt and khaki pants", "pronoun"),  # [base]
        B.garment_type(
            "pants, the pants are khaki and the shirt is black, the pants are slim fit and the shirt is a polo shirt"
            " with",
            "cut",
            hit_limit=True,
        ),  # [vqa]
        B.color("black", "other_garment_color"),  # [base] the polo's color
        B.pattern("i don't know", "non_answer"),  # [base]
        B.material("cotton"),  # [base]
        color_of(
            "pants",
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        color_of("shirt", "black"),  # [base]
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Highlander Men Khaki Slim Fit Chinos",
    ),
    # Photo: a man in an off-white straight cotton kurta with a mandarin collar and white pyjamas, standing in front of
    # a brown wooden door.
    case(
        "MYN-22376590",
        caption("a man in a white kurta standing in front of a wooden door"),  # [base] off white ~ white
        B.garment_type("kurta"),  # [base]
        B.color("white"),  # [base]
        B.material("khadi cotton handwoven in india", "unsupported"),  # [base]
        is_a(
            "kurta",
            "yes it is a kurta yes it is a kurta yes it is a kurta yes it is a kurta yes it is a kurta yes",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        color_of("kurta", "brown", "contradiction"),  # [vqa] the door's color
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Fabindia Men Off-White Solid Straight Cotton Kurta",
    ),
    # Photo: a man in a mustard yellow silk-blend kurta with a tone-on-tone self design and white churidar pyjamas.
    case(
        "MYN-23095512",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        B.garment_type("shirt", "contradiction"),  # [base] a kurta
        B.color("yellow"),  # [base] mustard ~ yellow
        B.pattern("nothing", "non_answer"),  # [vqa]
        B.material("silk"),  # [base]
        is_a("kurta", "yes"),  # [base]
        color_of("pants", "yellow", "other_garment_color"),  # [base] the churidar is white
        gender="Men",
        category="Kurtas",
        color="Mustard",
        title="Manyavar Men Mustard Yellow Self Design Straight Kurta",
    ),
    # Photo: a man in black track pants with two white side stripes and a plain grey t-shirt, white background.
    case(
        "MYN-24450871",
        caption("a man in a grey shirt and black pants with white stripes"),  # [base]
        B.garment_type("track pants"),  # [base]
        B.color("grey", "other_garment_color"),  # [base] the tee's color
        B.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid"
            " solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        B.material(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is"
            " with cotton fabric and",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        color_of("shirt", "grey Question: What is the color of the pants? Answer: black", "leak"),  # [vqa]
        is_a("leggings", "no"),  # [vqa]
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Slim Fit Track Pants",
    ),
    # Photo: a man in a navy blue hooded sweatshirt, hood down, white "NEW YORK" print on the chest, black joggers.
    case(
        "MYN-25031188",
        caption("a man wearing a blue hoodie with the words new york on it"),  # [base]
        B.garment_type("hoodie"),  # [base]
        B.color("blue"),  # [base] navy ~ blue
        B.material("80% cotton 20% polyester", "unsupported"),  # [base]
        is_a("sweatshirt", "no", "contradiction"),  # [vqa]
        details(
            "hoodie",
            "The gentleman is wearing a long-sleeve sweater with graphic patterns and a long pants. The sweater is"
            " with cotton fabric and its neckline is hooded. The",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Printed Hooded Sweatshirt",
    ),
    # Photo: a man in an olive green bomber jacket (plain sleeves, ribbed cuffs) worn open over a white t-shirt,
    # blue jeans.
    case(
        "MYN-26688203",
        caption("a man wearing a green jacket over a white shirt and jeans"),  # [base] layers
        B.garment_type("jacket"),  # [base]
        B.color("white", "other_garment_color"),  # [base] the inner tee's color
        B.pattern(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is"
            " with nylon fabric and its",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        B.material("nylon with a zip pocket on the sleeve", "unsupported"),  # [base] no pocket on the sleeve
        color_of(
            "jacket",
            "green green green green green green green green green green green green green green green green green"
            " green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        color_of("shirt", "white"),  # [base]
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # --- Women -------------------------------------------------------------------------------------------------
    # Photo: a woman in a straight blue kurta with a white floral print, 3/4 sleeves, white palazzos.
    case(
        "MYN-27190345",
        caption("a woman in a blue and white floral dress", "contradiction"),  # [base] a kurta, not a dress
        B.color("blue"),  # [base] patterned; the base color
        B.pattern("floral"),  # [base]
        B.sleeve_length(
            "The lady is wearing a three-quarter-sleeve dress with floral patterns. The dress is with cotton fabric"
            " and its neckline is",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        B.material("it is made of fabric", "restated"),  # [base]
        color_of(
            "kurta",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        color_of("pants", "white"),  # [base]
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Anouk Women Blue & White Floral Printed Straight Kurta",
    ),
    # Photo: a woman in a floor-length maroon anarkali kurta with gold foil ethnic motifs and full sleeves; no
    # jewellery.
    case(
        "MYN-28042617",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady wears a bracelet. The lady wears a bracelet. The lady wears a bracelet. The"
            " lady",
            "loop",
            hit_limit=True,
        ),  # [cap-e3]
        B.garment_type("dress", "contradiction"),  # [base] an anarkali kurta
        B.color("maroon"),  # [base]
        B.pattern("printed"),  # [base]
        B.sleeve_length("long"),  # [base]
        B.material(
            "Question: What is the material of the dress? Answer: cotton Question: What is the material",
            "leak",
            hit_limit=True,
        ),  # [vqa]
        is_a("kurta", "no", "contradiction"),  # [vqa]
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Libas Women Maroon Ethnic Motifs Printed Anarkali Kurta",
    ),
    # Photo: a woman in a green straight kurta with a yellow embroidered yoke and green pants; hands at her sides,
    # no bag.
    case(
        "MYN-29305562",
        caption("a woman in a green kurta with yellow embroidery holding a handbag", "unsupported"),  # [base]
        B.garment_type("kurta"),  # [base]
        B.color("green"),  # [base]
        B.pattern("embroidered"),  # [base]
        B.sleeve_length(
            "three-quarter sleeves, the sleeves are three-quarter sleeves, the sleeves are three-quarter sleeves, the"
            " sleeves",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        is_a("kurta", "yes Question: What is the color of the kurta? Answer: green", "leak"),  # [vqa]
        details(
            "kurta",
            "the neckline, the sleeves, the hem, the neckline, the sleeves, the hem, the neckline, the sleeves, the"
            " hem, the",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        gender="Women",
        category="Kurtas",
        color="Green",
        title="W Women Green Yoke Design Straight Kurta",
    ),
    # Photo: a woman in a white chikankari kurta (white thread embroidery) and white pants in front of a pink wall.
    case(
        "MYN-30188734",
        caption("a woman in a white kurta standing in front of a pink wall"),  # [base] background named
        B.garment_type("kurta"),  # [base]
        B.color("pink", "contradiction"),  # [base] the wall's color
        B.sleeve_length(
            "The lady is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton fabric and its",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        B.material("i'm not sure", "non_answer"),  # [base]
        color_of("pants", "white"),  # [base]
        is_a("kurta", "yes"),  # [base]
        gender="Women",
        category="Kurtas",
        color="White",
        title="Ada Women White Chikankari Embroidered Straight Kurta",
    ),
    # Photo: a woman in a navy blue A-line kurta with a small white dot print, short sleeves, round neck.
    case(
        "MYN-31240019",
        caption("a man in a blue and white polka dot kurta", "pronoun"),  # [base]
        B.color("navy"),  # [base]
        B.pattern("polka dots"),  # [base]
        B.sleeve_length("short sleeves with a round neckline and a", "cut"),  # [vqa] cut before the limit
        B.material("it is made of material", "restated"),  # [base]
        color_of(
            "kurta",
            "navy blue and white, navy blue and white, navy blue and white, navy blue and white, navy blue and white,"
            " navy",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Sangria Women Navy Blue & White Printed A-Line Kurta",
    ),
    # Photo: a woman in a plain peach kurta with gota patti trim, peach palazzos and a peach dupatta; no mirror work.
    case(
        "MYN-32019466",
        caption("a woman in a pink outfit with a dupatta"),  # [base] peach ~ pink
        B.garment_type("salwar kameez"),  # [base] a kurta set
        B.color("peach"),  # [base]
        B.sleeve_length(
            "The lady is wearing a three-quarter-sleeve dress with pure color patterns. The dress is with chiffon"
            " fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),  # [cap-e1]
        B.material("silk and gold thread with mirror work on the dupatta", "unsupported"),  # [base]
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        gender="Women",
        category="Kurta Sets",
        color="Peach",
        title="Anouk Women Peach-Coloured Gotta Patti Kurta with Palazzos & Dupatta",
    ),
    # Photo: a woman in a teal ikat-print kurta with matching teal trousers, 3/4 sleeves. The seller gave no title.
    case(
        "MYN-33580211",
        caption(
            "The lady is wearing a three-quarter-sleeve shirt with graphic patterns and a long pants. The shirt is"
            " with cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns."
            " The",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        B.garment_type("kurta"),  # [base]
        B.color("teal"),  # [base]
        B.pattern("geometric"),  # [base] ikat
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        color_of("pants", "teal"),  # [vqa] the set's trousers really are teal
        is_a("saree", "yes", "contradiction"),  # [vqa]
        gender="Women",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: a woman in a black crop top with short puff sleeves and blue high-waisted jeans, white background.
    case(
        "MYN-34229870",
        caption("a woman in a black top and blue jeans"),  # [base]
        B.garment_type("top"),  # [base]
        B.color("blue", "other_garment_color"),  # [base] the jeans' color
        B.sleeve_length("short"),  # [base]
        B.material("she is wearing a black top", "non_answer"),  # [base]
        color_of("jeans", "blue"),  # [base]
        is_a(
            "crop top",
            "yes Question: Is this a crop top? Answer: yes Question: Is this a crop top? Answer: yes",
            "leak",
            hit_limit=True,
        ),  # [vqa]
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Puff Sleeves Crop Top",
    ),
    # Photo: a woman in a white shirt-style top with thin blue vertical stripes and black trousers.
    case(
        "MYN-35612098",
        caption(
            "The gentleman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and"
            " its neckline is lapel.",
            "pronoun",
            hit_limit=True,
        ),  # [cap-e1] complete, pads after it; wrong person
        B.garment_type("shirt"),  # [base] a shirt-style top
        B.color("white and blue"),  # [base]
        B.pattern("striped"),  # [base]
        B.material("cotton"),  # [base]
        color_of("pants", "black"),  # [base]
        gender="Women",
        category="Tops",
        color="White",
        title="Tokyo Talkies Women White & Blue Striped Shirt Style Top",
    ),
    # Photo: product shot, no person: a mustard yellow ribbed sleeveless tank top on a ghost mannequin, white
    # background.
    case(
        "MYN-36094431",
        caption("a yellow tank top on a white background"),  # [base]
        B.garment_type("tank top"),  # [base]
        B.color("yellow"),  # [base] mustard ~ yellow
        B.pattern("the pattern of the garment is a pattern", "restated"),  # [base]
        B.sleeve_length("sleeveless"),  # [base]
        B.material(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with knitting fabric"
            " and its neckline is",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        gender="Women",
        category="Tops",
        color="Mustard",
        title="DressBerry Women Mustard Yellow Solid Ribbed Tank Top",
    ),
    # Photo: a woman in a red peplum top with a white floral print, short sleeves, and white jeans.
    case(
        "MYN-37755120",
        caption("a woman in a red floral top and white pants"),  # [base]
        B.garment_type("blouse"),  # [base]
        B.color("red"),  # [base] patterned; the base color
        B.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral"
            " floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        B.sleeve_length("short-sleeve, the sleeves are short, the", "cut"),  # [vqa] cut before the limit
        color_of("pants", "red", "other_garment_color"),  # [base] the top's color; the jeans are white
        is_a("blouse", "yes"),  # [vqa]
        gender="Women",
        category="Tops",
        color="Red",
        title="Ziyaa Women Red Floral Print Peplum Top",
    ),
    # Photo: a woman in a black sleeveless bodycon midi dress in front of a beige wall.
    case(
        "MYN-38401956",
        caption("a woman in a black dress standing in front of a beige wall"),  # [base] background named
        B.garment_type("dress"),  # [base]
        B.color("black"),  # [base]
        B.pattern("", "non_answer"),  # [qa] empty span
        B.material("polyester Question: What is the length of the dress? Answer: midi", "leak"),  # [vqa]
        is_a("dress", "yes"),  # [vqa]
        color_of(
            "dress",
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is round. The",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        gender="Women",
        category="Dresses",
        color="Black",
        title="Athena Women Black Solid Bodycon Midi Dress",
    ),
    # Photo: a woman in a white maxi dress with pink and green flowers, full sleeves with ruffled cuffs, round neck and
    # a tiered skirt, standing in a garden. No zip or lining visible.
    case(
        "MYN-39627043",
        caption("a woman in a floral dress standing in a garden"),  # [base]
        B.garment_type("dress"),  # [base]
        B.color("pink", "contradiction"),  # [base] the print's color; the dress is white
        B.pattern("floral"),  # [base]
        B.sleeve_length(
            "long sleeves with a ruffle at the cuff and an elasticated wrist, the dress has a round neckline and a"
            " tiered skirt with a",
            "cut",
            hit_limit=True,
        ),  # [vqa]
        B.material("chiffon with a lining and a hidden zip at the back", "unsupported"),  # [base]
        color_of("dress", "white"),  # [base]
        gender="Women",
        category="Dresses",
        color="White",
        title="Sassafras Women White Floral Print Maxi Dress",
    ),
    # Photo: a woman in a short yellow A-line dress with a smocked bodice and flutter sleeves, white sneakers; no
    # jewellery. The seller gave no color.
    case(
        "MYN-40110582",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric and"
            " its neckline is V-shape. The lady wears a ring. The lady wears a ring. The lady wears a ring. The",
            "loop",
            hit_limit=True,
        ),  # [cap-e3]
        B.garment_type("dress"),  # [base]
        B.color("yellow"),  # [base]
        B.sleeve_length("short-sleeve"),  # [qa] span of the caption above
        B.material("", "non_answer"),  # [base] newline first
        is_a(
            "skirt",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        gender="Women",
        category="Dresses",
        title="Berrylush Women Yellow Smocked A-Line Dress",
    ),
    # Photo: a woman in a red Banarasi silk saree with a wide gold zari border, red blouse, pallu over the left
    # shoulder; the back of the blouse is not visible.
    case(
        "MYN-41855307",
        caption("a woman in a red and gold saree"),  # [base]
        B.garment_type("saree"),  # [base]
        B.color("red"),  # [base]
        B.pattern(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its"
            " neckline is",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        B.material("silk"),  # [base]
        is_a(
            "saree",
            "yes, it is a saree. yes, it is a saree. yes, it is a saree. yes, it is a saree. yes",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        details("saree", "the saree has a gold border and a matching blouse with a zipper on the back", "unsupported"),
        # ^ [base]
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Zari Woven Design Banarasi Saree",
    ),
    # Photo: a woman in a pale sea green georgette saree scattered with sequins, matching sleeveless blouse.
    case(
        "MYN-42307719",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is V-shape. The lady wears a ring. The dress is of long length. The lady wears a",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        B.garment_type("saree"),  # [base]
        B.color("green"),  # [base] sea green ~ green
        B.material("georgette"),  # [base]
        color_of(
            "saree",
            "green Question: What is the color of the blouse? Answer: green Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),  # [vqa]
        gender="Women",
        category="Sarees",
        color="Sea Green",
        title="Saree mall Sea Green Embellished Sequinned Pure Georgette Saree",
    ),
    # Photo: a woman with a short pixie cut in light blue mom-fit jeans and a white crop t-shirt tucked in.
    case(
        "MYN-43661082",
        caption("a man in a white shirt and blue jeans", "pronoun"),  # [base]
        B.garment_type("jeans"),  # [base]
        B.color("blue"),  # [base]
        B.material(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is"
            " with cotton fabric and",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        color_of("shirt", "white, tucked in"),  # [base]
        is_a("jeans", "jeans", "restated"),  # [vqa]
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Mom Fit High-Rise Jeans",
    ),
    # Photo: a woman in black ankle-length leggings under a long white kurta.
    case(
        "MYN-44028513",
        caption("a woman in a white kurta and black leggings"),  # [base]
        B.garment_type("kurta", "contradiction"),  # [base] the product is the leggings
        B.color("white", "other_garment_color"),  # [base] the kurta's color
        B.material("the leggings are made of material", "restated"),  # [base]
        is_a("leggings", "yes"),  # [vqa]
        color_of("leggings", "black"),  # [base]
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # Photo: a woman with short cropped hair in a lavender oversized t-shirt with a small chest print, black shorts.
    case(
        "MYN-45390266",
        caption("a man in a purple t-shirt and black shorts", "pronoun"),  # [base] lavender ~ purple
        B.garment_type("t-shirt"),  # [base]
        B.color("purple"),  # [base]
        B.pattern(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with"
            " cotton fabric and its",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        B.material(
            "cotton, the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the"
            " neckline, the hem",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        color_of("shorts", "purple", "other_garment_color"),  # [base] the tee's color
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Bewakoof Women Lavender Graphic Printed Oversized T-shirt",
    ),
    # Photo: a woman in an olive green pleated A-line midi skirt with a cream blouse tucked in.
    case(
        "MYN-46712049",
        caption("a woman wearing a white blouse tucked into a green pleated skirt"),  # [base] cream ~ white
        B.color("green"),  # [base] olive ~ green
        B.pattern("pleated"),  # [base]
        B.material("the skirt is made of a material", "restated"),  # [base]
        color_of(
            "skirt",
            "olive green olive green olive green olive green olive green olive green olive green olive green olive"
            " green olive green",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        color_of(
            "blouse",
            "white Question: What is the color of the skirt? Answer: green Question: Is this a skirt? Answer: yes"
            " Question: What is the",
            "leak",
            hit_limit=True,
        ),  # [vqa]
        is_a("skirt", "yes"),  # [vqa]
        gender="Women",
        category="Skirts",
        color="Olive",
        title="SASSAFRAS Women Olive Green Solid Pleated A-Line Midi Skirt",
    ),
    # Photo: a woman in wide-leg white palazzo trousers and a black short kurti. The seller gave no title.
    case(
        "MYN-47083315",
        caption("a woman in a black top and white pants"),  # [base]
        B.garment_type("pants"),  # [base] palazzos
        B.color("black", "other_garment_color"),  # [base] the kurti's color
        B.material("rayon"),  # [base]
        color_of("pants", "white"),  # [vqa]
        is_a("skirt", "yes", "contradiction"),  # [vqa] wide trousers, not a skirt
        gender="Women",
        category="Palazzos",
        color="White",
    ),
    # --- Kids --------------------------------------------------------------------------------------------------
    # Photo: a young boy in a red short-sleeved t-shirt with a green cartoon dinosaur print, blue denim shorts.
    case(
        "MYN-48295570",
        caption("a little boy wearing a red t-shirt with a dinosaur on it"),  # [base]
        B.garment_type("t-shirt"),  # [base]
        B.color("red"),  # [base]
        B.sleeve_length("long", "contradiction"),  # [base]
        B.material("cotton, the t-shirt is from the disney collection", "unsupported"),  # [base]
        color_of("shorts", "red", "other_garment_color"),  # [base] the tee's color
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Dinosaur Printed Pure Cotton T-shirt",
    ),
    # Photo: a boy in a white long-sleeved kurta, a yellow printed Nehru jacket over it and white pyjamas.
    case(
        "MYN-49170824",
        caption("a young girl in a yellow and white outfit", "pronoun"),  # [base]
        B.garment_type("kurta"),  # [base]
        B.color("yellow"),  # [base] the seller's color, the jacket that dominates the set
        B.pattern(
            "The gentleman is wearing a long-sleeve shirt with graphic patterns and a vest. The shirt is with cotton"
            " fabric and its neckline is stand. The",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        B.material("cotton with silk jacket and wooden buttons", "unsupported"),  # [base]
        color_of("jacket", "yellow"),  # [vqa]
        color_of("pants", "yellow", "other_garment_color"),  # [base] the jacket's color; the pyjamas are white
        gender="Boys",
        category="Clothing Set",
        color="Yellow",
        title="VASTRAMAY Boys Yellow & White Printed Kurta with Pyjamas & Nehru Jacket",
    ),
    # Photo: a little girl in a pink sleeveless tulle party dress with a sequinned bodice; her hands are empty.
    case(
        "MYN-50036618",
        caption("a little girl in a pink dress holding a balloon", "unsupported"),  # [base]
        B.garment_type("dress"),  # [base]
        B.color("pink"),  # [base]
        B.pattern(
            "sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins"
            " sequins sequins",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        B.sleeve_length("sleeveless"),  # [base]
        B.material(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is round. The",
            "cut",
            hit_limit=True,
        ),  # [cap-e3]
        color_of(
            "dress",
            "pink Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: pink",
            "leak",
            hit_limit=True,
        ),  # [vqa]
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Embellished Fit & Flare Party Dress",
    ),
    # Photo: a girl in a magenta lehenga with gold embroidery, a short-sleeved choli and a pink-and-gold dupatta.
    # The seller gave no title.
    case(
        "MYN-51402193",
        caption(
            "The lady is wearing a short-sleeve top with graphic patterns and a long skirt. The top is with cotton"
            " fabric and its neckline is round. The skirt is with cotton fabric and graphic patterns. The lady",
            "cut",
            hit_limit=True,
        ),  # [cap-e3] "lady" for a girl: not a gender error
        B.garment_type("lehenga"),  # [base]
        B.color("pink"),  # [base] magenta ~ pink
        B.pattern("it's a lehenga", "non_answer"),  # [base]
        B.material("silk"),  # [base]
        is_a(
            "lehenga", "Question: Is this a lehenga? Answer: yes Question: Is this a", "leak", hit_limit=True
        ),  # [vqa]
        color_of(
            "dupatta",
            "pink and gold, pink and gold, pink and gold, pink and gold, pink and gold, pink and gold, pink and",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        gender="Girls",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: a boy in a short-sleeved blue-and-white gingham checked shirt and khaki shorts.
    case(
        "MYN-52287750",
        caption(
            "The gentleman is wearing a short-sleeve shirt with lattice patterns and a short pants. The shirt is with"
            " cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),  # [cap-e1]
        B.garment_type("shirt"),  # [base]
        B.color("blue and white"),  # [base] checked garment, both colors
        B.pattern("striped", "contradiction"),  # [base] gingham checks
        B.sleeve_length("the sleeve length of the garment", "restated"),  # [vqa]
        B.material("", "non_answer"),  # [base]
        color_of("shorts", "khaki"),  # [vqa]
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="U.S. Polo Assn. Kids Boys Blue Checked Casual Shirt",
    ),
    # Photo: a girl with short hair in a white short-sleeved top with a rainbow print and a blue denim skirt.
    case(
        "MYN-53619042",
        caption("a boy in a white shirt with a rainbow on it", "pronoun"),  # [base]
        B.garment_type("dress", "contradiction"),  # [base] a top with a separate skirt
        B.color("white"),  # [base]
        B.pattern("rainbow"),  # [base]
        B.sleeve_length("short"),  # [base]
        B.material("i don't know", "non_answer"),  # [vqa]
        color_of(
            "skirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),  # [vqa]
        gender="Girls",
        category="Tops",
        color="White",
        title="Gini and Jony Girls White Printed Top",
    ),
]
