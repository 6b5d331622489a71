"""BLIND_43 (44 products; a luxury resale and designer marketplace): written blind in the sixteenth session.
Measured blind at b6463d9: 119/140 and 20/143. The writer's notes, verbatim:

Blind corpus 43: a luxury resale and designer marketplace (Farfetch- or The RealReal-like).

Scenario
    Forty-four designer products: dresses, blazers, knitwear, silk shirts, trousers, handbags, sunglasses, belts,
    scarves and sneakers. Most photos are packshots on white (flat lay, ghost mannequin, bag or shoe on a sweep);
    some are editorial model shots outdoors (street, park, beach, desert, garden, rooftop, pool). The catalog
    columns are the marketplace's own words: gender (women / men, missing for a unisex scarf), category (Dresses,
    Blazers, Knitwear, Shirts, Trousers, Bags, Accessories, Shoes), color (Ecru, Noir, Bordeaux, Camel, Khaki,
    Multicolour, Écru/Black, ...) and a title naming the designer.

Which system wrote which text (named again in the comment above each case)
    - base: the untuned Salesforce/blip2-opt-2.7b, `Question: ... Answer:` prompt, greedy, stops on its newline.
      Short answers, mostly right; wrong pronouns on androgynous editorial shots, one color for every garment,
      invented details (origin, price, year, size, construction), the odd "Answer:" or prompt echo.
    - closed answers (garment_type, color, pattern, sleeve_length, is_a): candidate ranking with the base model;
      the answer is one candidate, so a wrong one is a wrong garment, a wrong color or a sleeve for an accessory.
    - caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch = "caption ep1", .._Caption = "caption
      ep3"): DeepFashion-MultiModal template sentences ("The lady wears a long-sleeve sweater with pure color
      patterns. The sweater is with knitting fabric."), returned for every prompt, never stopping: cut at 50 tokens
      (captions) or 30 (answers), or looping on the template.
    - VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): no end-of-answer token, so it loops ("wool wool wool",
      "a horse and a horse and") or regenerates the `Question: ... Answer:` format (leak) until the 30-token limit.
    - caption + extractive QA (timpal0l/mdeberta-v3-base-squad2 over the base caption): a span of the caption, or
      the empty string when squad2 finds no answer in it.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and TARGETS). Nothing else under /work/main, no other
    corpus and no audit code was opened; the only thing run was an import check of this file. Every text was
    imagined against the photo described in the comment above its case. Token counts are estimated by hand
    (OPT BPE, about one token a word plus punctuation): hit_limit=True marks a text that used all 30 (answer) or
    50 (caption) new tokens.

Label conventions and judgement calls
    - One label per text: the failure that dominates it. A text with no label is a correct answer.
    - Near-color synonyms are correct: Ecru -> white / cream / off-white; Noir -> black; Bordeaux -> burgundy /
      maroon / red; Camel -> tan / beige / brown; Khaki -> green / olive (or beige, when the photo's khaki is sand);
      Multicolour -> multicolor, or the dominant color of the print (gold for a gold-ground baroque print, pink for
      a pink-rose floral); Écru/Black -> white (the ground color) or "white and black".
    - Bordeaux misread as purple or brown contradicts the seller's color: contradiction.
    - Background colors in captions ("in front of a grey wall", "on a white background") are correct. A color
      question about the product answered with the wall's color is a contradiction.
    - Layers: naming the under- and over-garment in a wearing answer is correct. The product given the color of
      another garment in the photo (closed or open) is other_garment_color. Another garment given the product's
      color (the "grey shirt, grey jeans" failure, asked about that other garment) is contradiction.
    - A closed garment_type naming another garment in the photo (coat for a bag, dress for a belt) and a
      sleeve length answered for a bag, scarf or shoe are contradiction. "jacket" for a blazer and "sneakers" /
      "pants" for Shoes / Trousers are correct.
    - Packshots: "What is the person wearing?" answered by naming the product is correct; "nothing" or the empty
      string is non_answer; inventing a wearer or an outfit ("a man wearing jeans and sneakers") is unsupported.
    - A pattern answered "solid" for a cable knit or a woven bag is correct (texture, not print); zigzag knit
      answered "striped" is correct; polka dots answered "solid" is contradiction.
    - Brand named from the title or a visible logo, material named from sight or the title (wool for cashmere,
      plastic for acetate) are correct. Invented origin, price, year, size, edition or hidden construction are
      unsupported.
    - A wrong pronoun or sex noun for the model of an editorial shot, against the gender column, is pronoun.
      The caption template's "The lady"/"The gentleman" on a packshot is not labelled pronoun.
    - Adapter texts that reach the limit: loop when a phrase repeats, cut when they stop mid-phrase without a
      repeat (a single repeat of a template sentence that then stops mid-phrase is still cut when it ends in a
      new sentence, loop when it repeats the phrase it is cut in), leak when they regenerate `Question:` /
      `Answer:` (even though they also hit the limit). The caption template returned to a question and cut
      mid-phrase is cut.
    - A few texts are cut before the limit (hit_limit=False, ending mid-phrase).
    - Non_answer: empty (squad2's no-answer), "nothing", "none", "i don't know", "it's hard to tell", "yes" or
      "no" to an open question, an unrelated caption span ("standing on a rooftop"), or only the question's words
      or the product's kind back ("the pants are long", "it is a shoe"). Restated: a tautology that echoes the
      question ("the garment is made of fabric", "the details of the garment are the details of the garment",
      "a description of the garment").
    - A base answer that begins with the prompt ("Question: ... Answer: a tote bag") or with "Answer:" is leak.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

CUT = "cut"
NON = "non_answer"
CONTRA = "contradiction"
OGC = "other_garment_color"
LOOP = "loop"
LEAK = "leak"
UNSUP = "unsupported"
RESTATED = "restated"
PRONOUN = "pronoun"

BLIND_43: list[Case] = [
    # 01 Saint Laurent slip dress. Packshot on white: a Bordeaux (deep wine) silk satin slip dress laid flat, thin
    # straps, cowl neckline, bias-cut midi length, no person.
    # caption: base. Closed: candidate ranking (base). description, material: VQA adapter. details: caption ep3.
    case(
        "FF43-DR-1001",
        caption("a burgundy silk slip dress on a white background"),
        D.garment_type("dress"),
        D.color("red"),
        D.description(
            "the dress is a slip dress with thin straps and a cowl neck the dress is a slip dress with thin straps "
            "and a cowl neck the dress",
            LOOP,
            hit_limit=True,
        ),
        D.material(
            "the dress is made of silk satin and it has a cowl neckline and thin straps and a midi length skirt cut "
            "on the bias so it",
            CUT,
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a suspenders neckline. The dress is of "
            "long length. There is an accessory",
            CUT,
            hit_limit=True,
        ),
        gender="women",
        category="Dresses",
        color="Bordeaux",
        title="Saint Laurent Silk Satin Slip Dress",
    ),
    # 02 Max Mara blazer. Editorial, city street: a woman walking in an oversized camel double-breasted wool blazer
    # over a white T-shirt and light blue straight jeans, limestone facade behind her.
    # caption, wearing, color of the blazer: base. Closed: candidate ranking (base). details, material: VQA adapter.
    case(
        "FF43-BL-1002",
        caption("a woman in a camel blazer and jeans walking down a city street"),
        D.wearing("a tan blazer, a white t-shirt and blue jeans"),
        D.garment_type("blazer"),
        D.color("beige"),
        color_of("blazer", "white", OGC, kind="open"),
        D.details(
            "the blazer has two buttons on the front and two pockets on the front and two buttons on the front and "
            "two pockets on the",
            LOOP,
            hit_limit=True,
        ),
        D.material(
            "wool Question: What is the color of the garment? Answer: brown Question: What is the pattern of the "
            "garment? Answer:",
            LEAK,
            hit_limit=True,
        ),
        gender="women",
        category="Blazers",
        color="Camel",
        title="Max Mara Double-Breasted Wool Blazer",
    ),
    # 03 Celine striped sweater. Packshot, flat lay on white: an ecru cashmere crew-neck sweater with black Breton
    # stripes, long sleeves, ribbed cuffs and hem. No person.
    # caption: base. Closed: candidate ranking (base). description: caption ep1. material: VQA adapter.
    # details: caption + QA (the caption names no detail, squad2 answers nothing).
    case(
        "FF43-KN-1003",
        caption("a black and white striped sweater on a white background"),
        D.color("white"),
        D.pattern("striped"),
        D.description(
            "The sweater is with knitting fabric and stripe patterns. It has long sleeves and a crew neckline. The "
            "sweater is with knitting fabric and stripe patterns. It has long",
            LOOP,
            hit_limit=True,
        ),
        D.material(
            "the sweater is made of cashmere with black stripes across the body and sleeves and a crew neck finished "
            "in rib knit and the cuffs are",
            CUT,
            hit_limit=True,
        ),
        D.details("", NON),
        gender="men",
        category="Knitwear",
        color="Écru/Black",
        title="Celine Homme Striped Cashmere Crew-Neck Sweater",
    ),
    # 04 Toteme silk shirt. Studio on white: a woman in an ecru silk crepe shirt, long sleeves, tucked into black
    # wide-leg trousers.
    # caption, wearing, color of the shirt: base. Closed: candidate ranking (base). details: VQA. material: ep3.
    case(
        "FF43-SH-1004",
        caption("a woman wearing a white silk shirt and black pants"),
        D.wearing("a white blouse and black pants"),
        D.color("white"),
        color_of("shirt", "black", OGC, kind="open"),
        D.details(
            "the shirt has a collar and buttons down the front Question: What is the color of the shirt? Answer: "
            "white Question: What",
            LEAK,
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The pants "
            "this lady wears is of long",
            CUT,
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        gender="women",
        category="Shirts",
        color="Ecru",
        title="Toteme Silk Crepe de Chine Shirt",
    ),
    # 05 Bottega Veneta Cassette. Packshot on white: a black Intrecciato (woven) leather crossbody bag with a
    # leather strap, no chain, no person.
    # caption, material, details: base. Closed: candidate ranking (base). wearing: VQA adapter.
    case(
        "FF43-BG-1005",
        caption("a black woven leather bag on a white background"),
        D.garment_type("bag"),
        D.color("black"),
        D.sleeve_length("long", CONTRA),
        D.wearing(
            "a black shirt and black pants and black shoes and a black bag and black shoes and a black bag and black "
            "shoes and",
            LOOP,
            hit_limit=True,
        ),
        D.material("leather"),
        D.details("the bag has a gold chain strap and a quilted pattern", UNSUP),
        gender="women",
        category="Bags",
        color="Noir",
        title="Bottega Veneta Cassette Intrecciato Leather Crossbody Bag",
    ),
    # 06 Celine Triomphe sunglasses. Packshot on white: oversized black acetate sunglasses, folded, gold Triomphe
    # logo on the temples.
    # caption, details, wearing: base (details cut before the limit). Closed: candidate ranking (base).
    # description: caption ep3. material: caption + QA.
    case(
        "FF43-AC-1006",
        caption("a pair of black sunglasses on a white background"),
        D.garment_type("sunglasses"),
        D.color("black"),
        D.description(
            "The lady wears sunglasses. The lady wears sunglasses. The lady wears sunglasses. The lady wears "
            "sunglasses. The lady wears sunglasses. The lady",
            LOOP,
            hit_limit=True,
        ),
        D.details("gold logo on the", CUT),
        D.material("", NON),
        D.wearing("sunglasses"),
        gender="women",
        category="Accessories",
        color="Noir",
        title="Celine Triomphe Oversized Acetate Sunglasses",
    ),
    # 07 Brunello Cucinelli blazer. Editorial, park with green trees: a man (short hair, light beard, slim) in a navy
    # wool blazer, light blue shirt, grey flannel trousers.
    # caption, wearing, both color questions, material: base. garment_type: candidate ranking (base). details: VQA.
    # The base model reads the model as a woman twice (caption and wearing).
    case(
        "FF43-BL-1007",
        caption("a woman in a blue blazer standing in a park"),
        D.wearing("she is wearing a blue blazer, a light blue shirt and grey pants", PRONOUN),
        color_of("blazer", "navy blue", kind="open"),
        color_of("pants", "blue", CONTRA, kind="open"),
        D.details(
            "the jacket is a blazer the jacket is a blazer the jacket is a blazer the jacket is a blazer the jacket "
            "is a",
            LOOP,
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.material("wool"),
        gender="men",
        category="Blazers",
        color="Navy",
        title="Brunello Cucinelli Wool Single-Breasted Blazer",
    ),
    # 08 Hermès carré. Packshot, flat on white: a 90 cm silk twill scarf, multicolour equestrian print (bridles,
    # bits, plumes) in gold, navy and red with an orange border.
    # caption, material, description: base. Closed: candidate ranking (base). details: VQA adapter.
    case(
        "FF43-AC-1008",
        caption("a silk scarf with horses and bridles on it"),
        D.garment_type("scarf"),
        D.color("multicolor"),
        D.sleeve_length("short", CONTRA),
        D.details(
            "the scarf has a horse and a horse and a horse and a horse and a horse and a horse and a horse and a horse",
            LOOP,
            hit_limit=True,
        ),
        D.material("the scarf is made of a material", RESTATED),
        D.description("a silk scarf made in france by hermes in 1962", UNSUP),
        gender="women",
        category="Accessories",
        color="Multicolour",
        title="Hermès Brides de Gala Silk Twill Scarf 90",
    ),
    # 09 Khaite cardigan. Editorial, beach with dunes: a woman in a chunky olive-khaki cable-knit cardigan, open,
    # over a cream turtleneck; no jewellery visible.
    # caption: caption ep3. wearing, color of the cardigan, details: base. Closed: candidate ranking (base).
    # material: VQA adapter.
    case(
        "FF43-KN-1009",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a turtleneck neckline. The lady also wears an outer clothing, with knitting fabric and pure color "
            "patterns. There is an accessory on her wrist. The lady",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a green cardigan and a white turtleneck"),
        D.color("green"),
        color_of("cardigan", "white", OGC, kind="open"),
        D.pattern("solid"),
        D.details("the details of the garment are the details of the garment", RESTATED),
        D.material(
            "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool "
            "wool wool wool wool wool wool wool wool wool",
            LOOP,
            hit_limit=True,
        ),
        gender="women",
        category="Knitwear",
        color="Khaki",
        title="Khaite Scarlet Cable-Knit Cashmere Cardigan",
    ),
    # 10 Common Projects Achilles. Packshot, side view on white: white leather low-top sneakers, white laces, gold
    # serial numbers stamped on the heel.
    # caption, details: base. Closed: candidate ranking (base). description: VQA adapter. material: base.
    case(
        "FF43-SN-1010",
        caption("a pair of white sneakers on a white background"),
        D.color("white"),
        D.details("gold numbers on the heel"),
        D.description(
            "white sneakers with white laces and white soles and white laces and white soles and white laces and "
            "white soles and white laces",
            LOOP,
            hit_limit=True,
        ),
        D.material("yes", NON),
        gender="men",
        category="Shoes",
        color="White",
        title="Common Projects Achilles Low Leather Sneakers",
    ),
    # 11 Gucci GG Marmont belt. Packshot on white: a black leather belt coiled, gold-tone double-G buckle.
    # caption, description: base. Closed: candidate ranking (base). details: VQA adapter. wearing: caption + QA.
    case(
        "FF43-AC-1011",
        caption("a black leather belt with a gold gucci buckle"),
        D.garment_type("belt"),
        D.color("black"),
        D.details(
            "the belt has a gold buckle and a gold buckle and a gold buckle and a gold buckle and a gold buckle and "
            "a gold",
            LOOP,
            hit_limit=True,
        ),
        D.description("a black leather belt with a gold buckle. it is size 85 and made in italy", UNSUP),
        D.wearing("", NON),
        gender="women",
        category="Accessories",
        color="Noir",
        title="Gucci GG Marmont Leather Belt",
    ),
    # 12 Zimmermann floral dress. Editorial, rose garden: a woman in a midi dress printed with pink and red roses on
    # an ivory ground, short puff sleeves, V-neck, and a straw hat.
    # caption, wearing, material: base. Closed: candidate ranking (base). description: caption ep1. details: VQA.
    case(
        "FF43-DR-1012",
        caption("a woman in a floral dress and a straw hat standing in a garden"),
        D.wearing("a floral dress and a hat"),
        D.pattern("floral"),
        D.color("pink"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a hat. There is an",
            CUT,
            hit_limit=True,
        ),
        D.material("the garment is made of fabric", RESTATED),
        D.details(
            "the dress has a v neck and puff sleeves Question: Is this a dress? Answer: yes Question: Is this a "
            "dress? Answer: yes",
            LEAK,
            hit_limit=True,
        ),
        gender="women",
        category="Dresses",
        color="Multicolour",
        title="Zimmermann Floral-Print Linen Midi Dress",
    ),
    # 13 Alaïa knit dress. Studio, grey seamless backdrop: a woman in a black ribbed-knit long-sleeve midi dress,
    # round neck, black heels.
    # caption, wearing, color of the dress: base. Closed: candidate ranking (base). details: caption ep3.
    # material: VQA adapter.
    case(
        "FF43-DR-1013",
        caption("a woman in a black knit dress standing in front of a grey wall"),
        D.wearing("a black dress"),
        D.color("black"),
        color_of("dress", "grey", CONTRA, kind="open"),
        D.details(
            "The dress is with knitting fabric and pure color patterns. It has a round neckline. It has long sleeves. "
            "The dress is of long length. The lady wears",
            CUT,
            hit_limit=True,
        ),
        D.material(
            "the dress is made of knit fabric Question: What is the sleeve length of the garment? Answer: long "
            "Question: What is",
            LEAK,
            hit_limit=True,
        ),
        gender="women",
        category="Dresses",
        color="Noir",
        title="Alaïa Ribbed-Knit Midi Dress",
    ),
    # 14 Valentino lace dress. Packshot on white: an ecru guipure lace mini dress (floral motifs), short sleeves,
    # round neck, scalloped hem, laid flat; white on white, low contrast. The back is not shown.
    # caption, details: base. Closed: candidate ranking (base). description, wearing: VQA adapter.
    case(
        "FF43-DR-1014",
        caption("a white lace dress on a white background"),
        D.color("white"),
        D.pattern("floral"),
        B.sleeve_length("short"),
        D.details("it has a scalloped hem, a hidden zip at the back and a silk lining", UNSUP),
        D.description(
            "the dress is a white lace dress with short sleeves and a white lace dress with short sleeves and a white "
            "lace dress with short",
            LOOP,
            hit_limit=True,
        ),
        D.wearing(
            "a white lace dress with short sleeves and a round neck and a scalloped hem and it is made of guipure "
            "lace with a floral pattern and",
            CUT,
            hit_limit=True,
        ),
        gender="women",
        category="Dresses",
        color="Ecru",
        title="Valentino Garavani Guipure Lace Mini Dress",
    ),
    # 15 Saint Laurent polka-dot dress. Editorial, stone steps outside: a woman sitting in a black silk dress with
    # small white polka dots, long sleeves with ruffled cuffs, black sunglasses.
    # caption, wearing, description: base. Closed: candidate ranking (base). details: VQA. material: caption + QA.
    case(
        "FF43-DR-1015",
        caption("a woman in a black and white polka dot dress sitting on steps"),
        D.wearing("a polka dot dress and sunglasses"),
        D.pattern("solid", CONTRA),
        D.color("black"),
        D.details(
            "the dress has a ruffle collar and ruffle cuffs and ruffle hem and ruffle collar and ruffle cuffs and "
            "ruffle hem and ruffle",
            LOOP,
            hit_limit=True,
        ),
        D.description("she is wearing a black dress with white polka dots"),
        D.material("", NON),
        gender="women",
        category="Dresses",
        color="Black/White",
        title="Saint Laurent Polka-Dot Silk Crêpe Dress",
    ),
    # 16 Bottega Veneta knit dress. Editorial, desert dunes, blue sky: a woman in a camel rib-knit sleeveless
    # maxi dress with a cut-out at the waist.
    # caption, details, description: base. wearing: VQA adapter. Closed: candidate ranking (base).
    case(
        "FF43-DR-1016",
        caption("a woman in a brown dress standing in the desert"),
        D.wearing(
            "a brown dress and a brown dress and a brown dress and a brown dress and a brown dress and a brown dress "
            "and a",
            LOOP,
            hit_limit=True,
        ),
        D.color("brown"),
        D.details("the dress has a cut out at the waist"),
        D.description("the garment is a garment", RESTATED),
        D.sleeve_length("long", CONTRA),
        gender="women",
        category="Dresses",
        color="Camel",
        title="Bottega Veneta Rib-Knit Cut-Out Maxi Dress",
    ),
    # 17 Dolce & Gabbana leopard dress. Packshot, ghost mannequin on white: a leopard-print silk charmeuse slip
    # dress (tan ground, black rosettes), black lace trim at the neckline, sleeveless, midi.
    # caption: caption ep1. details, material: base. Closed: candidate ranking (base). description: caption ep3.
    case(
        "FF43-DR-1017",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her neck. The lady wears a pair "
            "of",
            CUT,
            hit_limit=True,
        ),
        D.pattern("leopard"),
        D.color("brown"),
        is_a("dress", "no", CONTRA),
        D.description(
            "The dress is with chiffon fabric and graphic patterns. It has a v-shape neckline. It has no sleeves. "
            "The dress is of long length. The",
            CUT,
            hit_limit=True,
        ),
        D.details("it has black lace trim at the neckline"),
        D.material("Answer: silk", LEAK),
        gender="women",
        category="Dresses",
        color="Multicolour",
        title="Dolce & Gabbana Leopard-Print Silk Midi Dress",
    ),
    # 18 Chanel tweed jacket. Packshot on white, flat front: an ecru boucle tweed jacket trimmed with black braid,
    # four patch pockets, gold CC buttons, long sleeves.
    # caption, material, wearing: base. Closed: candidate ranking (base). details: VQA. description: caption ep1.
    case(
        "FF43-BL-1018",
        caption("a white and black tweed jacket with gold buttons"),
        D.garment_type("jacket"),
        D.color("white"),
        D.details(
            "the jacket has four pockets and gold buttons and gold buttons and gold buttons and gold buttons and gold "
            "buttons and gold buttons and",
            LOOP,
            hit_limit=True,
        ),
        D.material("it's hard to tell", NON),
        D.description(
            "The lady wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a chanel jacket from the 1990s", UNSUP),
        gender="women",
        category="Blazers",
        color="Écru/Black",
        title="Chanel Bouclé Tweed Jacket",
    ),
    # 19 Saint Laurent tuxedo jacket. Studio on white: a slim young man with shoulder-length hair in a black
    # grain de poudre tuxedo jacket with satin lapels, white shirt open at the collar, black trousers.
    # caption, wearing, color questions: base. Closed: candidate ranking (base). details, material: VQA adapter.
    case(
        "FF43-BL-1019",
        caption("a woman in a black tuxedo jacket and white shirt"),
        D.wearing("a black tuxedo and a white shirt"),
        color_of("jacket", "black", kind="open"),
        color_of("shirt", "black", CONTRA, kind="open"),
        D.garment_type("blazer"),
        D.details(
            "the jacket has satin lapels and a single button Question: What is the color of the jacket? Answer: "
            "black Question: What is the",
            LEAK,
            hit_limit=True,
        ),
        D.material(
            "the jacket is made of wool grain de poudre with satin on the lapels and the shirt is made of cotton "
            "poplin and the trousers are made of",
            CUT,
            hit_limit=True,
        ),
        gender="men",
        category="Blazers",
        color="Noir",
        title="Saint Laurent Grain de Poudre Tuxedo Jacket",
    ),
    # 20 Isabel Marant linen blazer. Editorial, rooftop with city skyline: a woman in a sand-colored (khaki-beige)
    # linen blazer over white wide trousers.
    # caption, wearing, color of the blazer: base. Closed: candidate ranking (base). details, material: VQA adapter.
    # description: caption + QA.
    case(
        "FF43-BL-1020",
        caption("a woman in a beige blazer and white pants standing on a rooftop"),
        D.wearing("a beige blazer and white pants"),
        D.color("beige"),
        color_of("blazer", "khaki", kind="open"),
        D.material(
            "the blazer is made of linen and the pants are made of linen and the blazer is made of linen and the "
            "pants are made",
            LOOP,
            hit_limit=True,
        ),
        D.details(
            "the blazer has two flap pockets and a single button on the front and notched lapels and the sleeves are "
            "pushed up to the elbow and the",
            CUT,
            hit_limit=True,
        ),
        D.description("standing on a rooftop", NON),
        gender="women",
        category="Blazers",
        color="Khaki",
        title="Isabel Marant Étoile Linen Blazer",
    ),
    # 21 Loro Piana rollneck. Editorial, city street in winter: a man in a camel cashmere rollneck under an open
    # black wool overcoat, grey trousers.
    # caption, wearing, color of the sweater, material: base. Closed: candidate ranking (base). details: caption ep3.
    case(
        "FF43-KN-1021",
        caption("a man in a black coat and a brown turtleneck sweater"),
        D.wearing("she is wearing a black coat and a brown sweater", PRONOUN),
        D.color("black", OGC),
        color_of("sweater", "tan", kind="open"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a turtleneck neckline. The gentleman also wears an",
            CUT,
            hit_limit=True,
        ),
        D.material("cashmere"),
        gender="men",
        category="Knitwear",
        color="Camel",
        title="Loro Piana Cashmere Roll-Neck Sweater",
    ),
    # 22 Acne Studios mohair sweater. Packshot on white: a Bordeaux (wine) fuzzy mohair-blend crew-neck sweater,
    # long sleeves.
    # caption, details, description: base. Closed: candidate ranking (base). material: VQA adapter.
    case(
        "FF43-KN-1022",
        caption("a maroon sweater on a white background"),
        D.color("purple", CONTRA),
        D.material(
            "mohair and wool and mohair and wool and mohair and wool and mohair and wool and mohair and wool and "
            "mohair and wool and",
            LOOP,
            hit_limit=True,
        ),
        D.details("it is fuzzy"),
        D.description("a maroon sweater with a crew neck, hand knitted in scotland", UNSUP),
        gender="women",
        category="Knitwear",
        color="Bordeaux",
        title="Acne Studios Mohair-Blend Crew-Neck Sweater",
    ),
    # 23 Missoni cardigan. Studio, beige backdrop: a woman in a multicolour zigzag knit cardigan (orange, teal,
    # purple, cream) over a black top and black trousers.
    # caption, wearing, color of the cardigan, material: base. Closed: candidate ranking (base). details: VQA adapter.
    case(
        "FF43-KN-1023",
        caption("a woman wearing a multicolored striped cardigan"),
        D.wearing("he is wearing a colorful sweater", PRONOUN),
        D.pattern("striped"),
        D.color("multicolor"),
        color_of("cardigan", "black", OGC, kind="open"),
        D.details(
            "the cardigan has a v neck and buttons down the front and a v neck and buttons down the front and a v "
            "neck and buttons",
            LOOP,
            hit_limit=True,
        ),
        D.material("no", NON),
        gender="women",
        category="Knitwear",
        color="Multicolour",
        title="Missoni Zigzag Wool-Blend Cardigan",
    ),
    # 24 Prada V-neck. Studio on white: a man in a black wool V-neck sweater with the triangle logo plaque on the
    # chest, grey trousers.
    # caption: caption ep1. wearing, details, color of the pants: base. Closed: candidate ranking (base).
    case(
        "FF43-KN-1024",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a v-shape neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a woman wearing a black sweater and grey pants", PRONOUN),
        D.color("black"),
        D.garment_type("sweater"),
        D.details("the prada logo on the chest"),
        color_of("pants", "black", CONTRA, kind="open"),
        gender="men",
        category="Knitwear",
        color="Noir",
        title="Prada Logo-Plaque Wool V-Neck Sweater",
    ),
    # 25 Versace Barocco shirt. Editorial, by a pool: a man sitting in a short-sleeve silk shirt with a gold, black
    # and white baroque print, white swim shorts, sunglasses.
    # caption, wearing, color of the shorts: base. Closed: candidate ranking (base). details, material: VQA adapter.
    case(
        "FF43-SH-1025",
        caption("a woman in a gold and black printed shirt sitting by a pool", PRONOUN),
        D.wearing("a versace shirt and white shorts"),
        D.pattern("graphic"),
        D.color("gold"),
        color_of("shorts", "gold", CONTRA, kind="open"),
        D.details(
            "the shirt has a baroque print and a camp collar and short sleeves and a baroque print and a camp collar "
            "and short sleeves and",
            LOOP,
            hit_limit=True,
        ),
        D.material(
            "the shirt is made of silk twill with a baroque print in gold and black and white and the shorts are "
            "made of nylon and the",
            CUT,
            hit_limit=True,
        ),
        gender="men",
        category="Shirts",
        color="Multicolour",
        title="Versace Barocco-Print Silk Shirt",
    ),
    # 26 The Row silk shirt. Packshot on white: a Bordeaux silk shirt laid flat, long sleeves, point collar, tonal
    # buttons.
    # caption, description: base. Closed: candidate ranking (base). details: caption ep3. wearing: caption + QA.
    case(
        "FF43-SH-1026",
        caption("a burgundy silk shirt on a white background"),
        D.color("red"),
        B.sleeve_length("long"),
        D.details(
            "The shirt is with silk fabric and pure color patterns. It has a lapel neckline. It has long sleeves. "
            "The shirt is with silk fabric and pure color patterns. It",
            LOOP,
            hit_limit=True,
        ),
        D.description("a burgundy silk blouse with mother of pearl buttons and french seams", UNSUP),
        D.wearing("burgundy silk shirt"),
        gender="women",
        category="Shirts",
        color="Bordeaux",
        title="The Row Big Sisea Silk Shirt",
    ),
    # 27 Saint Laurent black silk shirt. Studio on white: a man with long hair in a black silk shirt, open collar,
    # light blue jeans.
    # caption, wearing, color questions, material: base (a woman twice, for a long-haired man). details: VQA
    # adapter. description: caption ep3.
    case(
        "FF43-SH-1027",
        caption("a woman wearing a black silk shirt and blue jeans", PRONOUN),
        D.wearing("she is wearing a black shirt and jeans", PRONOUN),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "black", CONTRA, kind="open"),
        D.details(
            "the shirt has a collar and buttons Question: What is the color of the jeans? Answer: black Question: "
            "What is the color of",
            LEAK,
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has "
            "a lapel neckline. The gentleman wears a long",
            CUT,
            hit_limit=True,
        ),
        D.material("satin"),
        gender="men",
        category="Shirts",
        color="Noir",
        title="Saint Laurent Silk Shirt",
    ),
    # 28 Saint Laurent saharienne. Packshot on white: an olive-khaki silk shirt with two flap chest pockets and a
    # self-tie belt at the waist, long sleeves, hip length.
    # caption, details, description: base. Closed: candidate ranking (base). material: VQA adapter.
    case(
        "FF43-SH-1028",
        caption("a green shirt with pockets and a belt"),
        D.garment_type("dress", CONTRA),
        D.color("green"),
        D.details("two chest pockets and a tie belt"),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the "
            "garment made of? Answer: cotton",
            LEAK,
            hit_limit=True,
        ),
        D.description("a safari shirt with a", CUT),
        gender="women",
        category="Shirts",
        color="Khaki",
        title="Saint Laurent Silk Saharienne Shirt",
    ),
    # 29 The Row trousers. Packshot on white: black wool wide-leg trousers with front pleats, side-seam pockets.
    # caption, material, wearing: base. Closed: candidate ranking (base). details: VQA. description: caption ep1.
    case(
        "FF43-TR-1029",
        caption("a pair of black wide leg pants on a white background"),
        D.garment_type("pants"),
        D.color("black"),
        D.details(
            "the pants have pleats in the front and pockets on the side and pleats in the front and pockets on the "
            "side and pleats in",
            LOOP,
            hit_limit=True,
        ),
        D.description(
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The pants this lady wears",
            LOOP,
            hit_limit=True,
        ),
        D.wearing("pants"),
        D.material("the material of the garment", RESTATED),
        gender="women",
        category="Trousers",
        color="Noir",
        title="The Row Gala Wool Wide-Leg Trousers",
    ),
    # 30 Zegna cargo trousers. Editorial, forest trail: a man walking in a white T-shirt, olive-khaki cotton cargo
    # trousers, brown boots.
    # caption, wearing, color of the pants, details: base. Closed: candidate ranking (base). description: VQA.
    case(
        "FF43-TR-1030",
        caption("a man in a white t-shirt and green cargo pants walking in the woods"),
        D.wearing("she is wearing a white t-shirt and khaki pants", PRONOUN),
        D.color("white", OGC),
        color_of("pants", "green", kind="open"),
        D.details("the pants have cargo pockets on the sides"),
        D.description(
            "the pants are cargo pants with pockets on the side and the pants are cargo pants with pockets on the "
            "side and the pants are",
            LOOP,
            hit_limit=True,
        ),
        gender="men",
        category="Trousers",
        color="Khaki",
        title="Zegna Cotton Cargo Trousers",
    ),
    # 31 Toteme wide-leg trousers. Editorial, beach: a woman walking in ecru linen wide-leg drawstring trousers and
    # a black tank top, barefoot.
    # caption, wearing, color of the pants, description: base. Closed: candidate ranking (base).
    # details: caption ep3. material: caption + QA (no material in the caption: empty).
    case(
        "FF43-TR-1031",
        caption("a woman in a black top and white pants walking on the beach"),
        D.wearing("a black tank top and white pants"),
        color_of("pants", "black", OGC, kind="open"),
        D.color("cream"),
        D.details(
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a sleeveless tank top with pure color",
            CUT,
            hit_limit=True,
        ),
        D.material("", NON),
        D.description("the pants are long", NON),
        gender="women",
        category="Trousers",
        color="Ecru",
        title="Toteme Wide-Leg Drawstring Trousers",
    ),
    # 32 Bottega Veneta corduroy trousers. Packshot on white: Bordeaux (wine) corduroy straight trousers, laid flat.
    # caption, material, details: base. Closed: candidate ranking (base). description: VQA adapter.
    case(
        "FF43-TR-1032",
        caption("a pair of burgundy corduroy pants on a white background"),
        D.color("brown", CONTRA),
        D.pattern("solid"),
        D.material("corduroy"),
        D.details("the details of the pants are the pants", RESTATED),
        D.description(
            "the pants are burgundy corduroy pants with a straight leg and a button fly Question: Describe the "
            "garment. Answer: the pants are burgundy",
            LEAK,
            hit_limit=True,
        ),
        gender="men",
        category="Trousers",
        color="Bordeaux",
        title="Bottega Veneta Cotton Corduroy Trousers",
    ),
    # 33 Hermès Birkin. Packshot on white: a Birkin 30 in Gold (tan) Togo leather, gold hardware, padlock and
    # clochette hanging from the handle.
    # caption, details, description: base. Closed: candidate ranking (base). wearing: VQA adapter.
    case(
        "FF43-BG-1033",
        caption("a brown leather hermes birkin bag on a white background"),
        D.color("brown"),
        D.details("gold hardware, lock and key"),
        D.description("a birkin bag that costs $20,000", UNSUP),
        D.sleeve_length("short", CONTRA),
        D.wearing(
            "a brown leather bag Question: What is the person wearing? Answer: a brown leather bag Question: What is "
            "the person wearing? Answer:",
            LEAK,
            hit_limit=True,
        ),
        gender="women",
        category="Bags",
        color="Camel",
        title="Hermès Birkin 30 Togo Leather Bag",
    ),
    # 34 Loewe Puzzle bag. Packshot on white: a small khaki-green leather Puzzle bag, geometric panels in one color,
    # top handle and shoulder strap.
    # caption, description, wearing: base. Closed: candidate ranking (base). details: caption ep3.
    case(
        "FF43-BG-1034",
        caption("a green leather handbag on a white background"),
        D.color("green"),
        D.pattern("solid"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long",
            CUT,
            hit_limit=True,
        ),
        D.description("a loewe puzzle bag"),
        D.wearing("nothing", NON),
        gender="women",
        category="Bags",
        color="Khaki",
        title="Loewe Small Puzzle Leather Bag",
    ),
    # 35 Dior Book Tote. Packshot on white, three-quarter view: a canvas tote embroidered all over with a
    # multicolour toile of flowers and animals, "Christian Dior" embroidered across the front.
    # caption, description, wearing: base. Closed: candidate ranking (base). details: VQA adapter. material: caption
    # ep1 (the caption template returned to the question).
    case(
        "FF43-BG-1035",
        caption("a dior book tote bag with a floral pattern"),
        D.garment_type("bag"),
        D.color("multicolor"),
        D.material(
            "The bag is with cotton fabric and graphic patterns. The lady wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has",
            CUT,
            hit_limit=True,
        ),
        D.details(
            "the bag has christian dior embroidered on the front in large letters and two flat handles on top and an "
            "embroidered pattern of flowers and animals all",
            CUT,
            hit_limit=True,
        ),
        D.description("a dior tote bag with a floral pattern, it's a limited edition from 2018", UNSUP),
        D.wearing("Question: What is the person wearing? Answer: a tote bag", LEAK),
        gender="women",
        category="Bags",
        color="Multicolour",
        title="Dior Medium Book Tote Embroidered Canvas",
    ),
    # 36 Chanel Classic Flap. Editorial, city street: a woman in a beige trench coat and blue jeans carrying a black
    # quilted leather flap bag with a gold chain on her shoulder.
    # caption, wearing, details: base. Closed: candidate ranking (base). description: caption ep1.
    case(
        "FF43-BG-1036",
        caption("a woman in a beige trench coat carrying a black chanel bag"),
        D.wearing("a trench coat, jeans and a chanel bag"),
        D.garment_type("coat", CONTRA),
        D.color("beige", OGC),
        D.details("quilted lambskin leather with a gold chain strap, from the 2019 collection", UNSUP),
        D.description(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The",
            CUT,
            hit_limit=True,
        ),
        gender="women",
        category="Bags",
        color="Noir",
        title="Chanel Medium Classic Double Flap Bag",
    ),
    # 37 Saint Laurent Loulou. Packshot on white: a Bordeaux chevron-quilted leather shoulder bag, gold YSL logo on
    # the flap, gold sliding chain strap.
    # caption, details, wearing, material: base. Closed: candidate ranking (base). description: VQA adapter.
    case(
        "FF43-BG-1037",
        caption("a red leather bag with a gold chain strap"),
        D.color("red"),
        D.details("ysl logo on the front"),
        D.description(
            "a red leather shoulder bag with a gold chain strap and a gold ysl logo on the front of the flap and "
            "quilted chevron stitching on",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a red purse"),
        D.material("i don't know", NON),
        gender="women",
        category="Bags",
        color="Bordeaux",
        title="Saint Laurent Loulou Small Quilted Leather Bag",
    ),
    # 38 Gucci aviators. Packshot on white: gold metal aviator sunglasses with green lenses, open.
    # caption, material, details: base. Closed: candidate ranking (base). description: caption ep3. wearing: base.
    case(
        "FF43-AC-1038",
        caption("a pair of gold aviator sunglasses with green lenses"),
        D.color("gold"),
        D.material("metal"),
        D.details("green lenses"),
        D.description(
            "The gentleman wears sunglasses. The gentleman wears a short-sleeve T-shirt with pure color patterns. "
            "The T-shirt is with cotton fabric. It has a",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a man wearing sunglasses and a gold watch", UNSUP),
        gender="men",
        category="Accessories",
        color="Gold",
        title="Gucci Aviator Metal Sunglasses",
    ),
    # 39 Prada cat-eye sunglasses. Editorial close-up at a cafe terrace: a woman with red lipstick wearing
    # tortoiseshell cat-eye sunglasses and a black turtleneck.
    # caption, wearing, material: base. Closed: candidate ranking (base). details: VQA adapter.
    case(
        "FF43-AC-1039",
        caption("a woman wearing sunglasses and a black turtleneck"),
        D.wearing("sunglasses and a black sweater"),
        D.garment_type("sweater", CONTRA),
        D.color("black", OGC),
        D.material("the garment is made of material", RESTATED),
        D.details(
            "the sunglasses are cat eye sunglasses with a tortoise shell frame and the sunglasses are cat eye "
            "sunglasses with a tortoise shell",
            LOOP,
            hit_limit=True,
        ),
        gender="women",
        category="Accessories",
        color="Tortoiseshell",
        title="Prada Cat-Eye Acetate Sunglasses",
    ),
    # 40 Hermès H belt. Packshot on white: a black leather belt with a polished gold H buckle; only the black side
    # shows.
    # caption, description: base. Closed: candidate ranking (base). details: VQA adapter. wearing: caption + QA.
    case(
        "FF43-AC-1040",
        caption("a black leather belt with a gold h buckle"),
        D.garment_type("belt"),
        D.color("black"),
        D.description("it is reversible, black on one side and brown on the other", UNSUP),
        D.details(
            "the belt has a gold h buckle Question: What is the material of the belt? Answer: leather Question: What "
            "is the color of the",
            LEAK,
            hit_limit=True,
        ),
        D.wearing("", NON),
        gender="men",
        category="Accessories",
        color="Noir",
        title="Hermès Constance H Reversible Belt 32mm",
    ),
    # 41 Toteme belt. Editorial, garden: a woman in a white cotton shirt dress cinched with a camel leather belt,
    # gold buckle.
    # caption, wearing, color of the belt, details: base. Closed: candidate ranking (base).
    case(
        "FF43-AC-1041",
        caption("a woman in a white shirt dress with a brown belt"),
        D.wearing("a white dress and a brown belt"),
        D.garment_type("dress", CONTRA),
        D.color("white", OGC),
        color_of("belt", "brown", kind="open"),
        D.details("none", NON),
        gender="women",
        category="Accessories",
        color="Camel",
        title="Toteme Leather Trouser Belt",
    ),
    # 42 Burberry check scarf. Packshot on white, folded: a cashmere scarf in the camel Vintage Check (black, white
    # and red lines), fringed ends. No gender column (unisex).
    # caption, material, description: base. Closed: candidate ranking (base). details: caption ep3.
    case(
        "FF43-AC-1042",
        caption("a burberry scarf with a plaid pattern"),
        D.color("beige"),
        D.pattern("plaid"),
        D.material("cashmere"),
        D.details(
            "The lady wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The lady wears a long",
            CUT,
            hit_limit=True,
        ),
        D.description("a description of the garment", RESTATED),
        D.sleeve_length("long", CONTRA),
        category="Accessories",
        color="Camel",
        title="Burberry Vintage Check Cashmere Scarf",
    ),
    # 43 Balenciaga Triple S. Packshot on white, side view: chunky sneakers in grey, red and blue panels, layered
    # sole, mesh and leather upper.
    # caption, details, wearing: base. Closed: candidate ranking (base). description, material: VQA adapter.
    case(
        "FF43-SN-1043",
        caption("a pair of balenciaga triple s sneakers on a white background"),
        D.color("multicolor"),
        D.details("it is a shoe", NON),
        D.material(
            "the upper is made of leather and mesh and suede and the sole is made of rubber with three layers stacked "
            "on top of each other and",
            CUT,
            hit_limit=True,
        ),
        D.description(
            "a pair of sneakers with a thick sole and red and blue accents and grey suede panels and the balenciaga "
            "logo on the side and the",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a man wearing jeans and sneakers", UNSUP),
        gender="men",
        category="Shoes",
        color="Multicolour",
        title="Balenciaga Triple S Sneakers",
    ),
    # 44 Golden Goose Superstar. Editorial, cropped to the legs on a pavement: a woman in light blue cropped jeans
    # and white leather sneakers with a black star on the side, distressed toe.
    # caption, wearing, color of the sneakers, details: base. Closed: candidate ranking (base). description: ep3.
    case(
        "FF43-SN-1044",
        caption("a woman wearing white sneakers and blue jeans standing on the sidewalk"),
        D.wearing("jeans and sneakers"),
        D.color("blue", OGC),
        color_of("sneakers", "white", kind="open"),
        D.details("a black star on the side and a gold heel tab with the golden goose logo, made in italy", UNSUP),
        D.description(
            "The lady wears a long pants. The pants are with denim fabric and pure color patterns. The lady wears "
            "sneakers. There is an accessory on her wrist. The",
            CUT,
            hit_limit=True,
        ),
        gender="women",
        category="Shoes",
        color="White/Black",
        title="Golden Goose Superstar Leather Sneakers",
    ),
]
