"""BLIND_45 (44 products; a Brazilian swim, beach and lingerie shop): written blind in the sixteenth session.
Measured blind at c45e3fa: 104/145 and 34/149. The writer's notes, verbatim:

Blind corpus 45: a Brazilian swim, beach and lingerie shop (catalog translated to English).

Scenario
    A Brazilian shop that sells bikinis, swimsuits, men's swim trunks and sungas, kaftans, sarongs, beach dresses,
    bodysuits, bras, panties, nightgowns and robes. Its catalog columns were translated from Portuguese to English:
    category (Bikini Tops, Bikini Bottoms, Swimsuits, Beachwear, Bras, Sleepwear), colors (Coral, Terracotta,
    Off White, Animal Print, Military Green, Nude) and title (the seller's own words, some keeping Brazilian terms
    such as "cortininha", "asa delta", "tanga" and "sunga"). Panties and bodysuits have no category column. Photos
    are outdoor beach and pool shots, studio shots, and product shots without a person (flat lays, a hanger);
    several show a model wearing more than one piece (a bikini set, a kaftan or shirt over a bikini, lingerie under
    a robe, a bra with jeans). The photo each case imagines is described in the comment above it.

Which system wrote which text (named again in each case's comment)
    - base: the untuned Salesforce/blip2-opt-2.7b. Short lower-case captions ("a woman in a coral bikini on the
      beach") and short answers; its failures are one color for every garment, the wrong pronoun, invented
      details, bare non-answers ("yes", "", "nothing"), and now and then an echo of the prompt.
    - cap1 / cap3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). DeepFashion-MultiModal template prose ("The lady wears
      a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has a suspenders
      neckline."), no hue names, In-shop garment words; they return the template for every prompt, never stop,
      loop sentence by sentence or are cut at the token limit, and invent a wearer and accessories.
    - vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). In-shop vocabulary only (tank top, shorts, romper,
      dress, cardigan, jacket...), no end-of-answer token: word loops ("romper romper romper"), lists that cycle,
      and continuations into a new "Question: ... Answer:" turn (prompt leaks).
    - closed answers (garment_type, color, pattern, sleeve_length, is_a) are the candidate the reference engine
      ranked highest with the base model (raw text kept when no candidate mapped); open answers are free
      generations (max 30 new tokens), captions max 50 new tokens, greedy.

How it was written
    Blind: I read only shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and TARGETS). I did not read any audit code, any other corpus, the
    docs or the tests, and ran nothing but an import check of this file. Every text was written by hand against
    the imagined photo in its comment.

Label conventions and judgement calls
    - One label per text, judged against the imagined photo (not against the seller's columns, which are all
      correct here). When a text has more than one fault, the label is the one a reader would name first:
      loop > leak > cut > pronoun > contradiction / other_garment_color > unsupported > non_answer / restated.
    - cut: the text stops mid-phrase. hit_limit=True when it ran to the limit (30 new tokens for answers, 50 for
      captions); a few base answers stop mid-phrase early (an eos after "with a"), hit_limit=False.
    - loop: a word, phrase or template sentence repeated until the limit; these ran to the limit, so they carry
      hit_limit=True, but their label is loop.
    - leak: the text contains the prompt format ("Question:", "Answer:") or echoes the prompt's words as a
      header ("Describe the garment. ...").
    - contradiction: a garment, color, pattern or sleeve length that the photo (and so the seller or the other
      texts) contradicts, including the background's color (pool blue, sand beige, wall grey), the color of a
      trim or hardware given as the garment's color, and In-shop garment words for the product where they are
      wrong (a swimsuit called a romper, a bikini top called a tank top or shirt, a bikini bottom called shorts
      or panties, a sarong called a scarf, a is_a "no" for the product).
    - other_garment_color: the product is given the color of another garment in the photo (the bikini under a
      kaftan, the jeans with a bra, the shirt over a bikini, the robe over lingerie). Another text in the case
      gives that garment its color where the photo makes it clear.
    - unsupported: a detail the photo does not show (a hood, a slit, a zipper, a bow, a belt, an accessory), or a
      wearer invented for a product shot without a person ("The lady wears ...", "a woman wearing ..."), or
      "a naked woman" for a nude-colored bikini.
    - pronoun: he/she/man/woman/lady/gentleman that contradicts the product's gender column and the model in
      the photo (gender is "women" or "men").
    - non_answer: nothing said ("", "yes" or "i don't know" to an open question, "nothing" for a model in a
      nude swimsuit) or only the question's words back ("they are swim trunks", "the shorts are short").
    - restated: the question's words turned into a sentence with no information ("the garment is a garment",
      "the details of the garment are the details", "it is made of the material of the garment").
    - Near-color synonyms are correct: Coral = coral, orange, salmon, and once "pink" for a pink-leaning coral;
      Terracotta = terracotta, rust, brown; Off White = off white, white, cream, ivory; Nude = nude, beige;
      Military Green = green, olive, army green; Animal Print (leopard) = brown for the color question, "animal
      print" or "leopard" for the pattern.
    - A sarong tied at the hip answered "skirt", a kaftan answered "dress", a nightgown captioned "dress", a
      bralette answered "bra", a bodysuit tucked into trousers captioned "top", and the template's "pure color"
      (solid) and "graphic patterns" (a print) are correct.
    - Backgrounds, props and other garments named in captions (white wall, blue pool, blue jeans, straw hat,
      surfboard) are correct where the photo has them; so is a trim's color given as the trim's ("white
      embroidery around the neck" on a green kaftan).
    - Material cannot be seen exactly: plausible fabrics for what the photo shows (nylon, polyester, spandex,
      lace, satin, terry cloth, ribbed knit, chiffon, crochet cotton, microfiber) are correct; the material of
      another garment ("denim" for a bra worn with jeans) is a contradiction.
    - "What is the person wearing?" on a product shot, answered with the product ("a leopard print sarong"), is
      correct; answered with an invented wearer ("a woman wearing ...") it is unsupported.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_45: list[Case] = [
    # 1. Beach, daylight: a woman in a coral ruffled bandeau bikini top with the matching coral bottom, sea and blue
    # sky behind. Caption, wearing, closed answers: base. Details: vqa. Description: cap3.
    case(
        "SWB-0101",
        caption("a woman in a coral bikini standing on the beach"),
        D.wearing("a coral bikini"),
        D.garment_type("bikini top"),
        D.color("coral"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has"
            " a suspenders neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle,"
            " ruffle, ruffle,",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        category="Bikini Tops",
        color="Coral",
        title="Coral Ruffle Bandeau Bikini Top",
    ),
    # 2. Pool edge: a woman sitting in a terracotta high-waisted hot pants bikini bottom and the matching top, blue
    # water. The bottom is plain, no bow or tie. Caption, description, details, garment_type: base. Open color: vqa.
    case(
        "SWB-0102",
        caption("a woman sitting on the edge of a pool in a brown bikini"),
        is_a("bikini bottom", "yes"),
        D.garment_type("shorts", "contradiction"),
        color_of(
            "bikini bottom",
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown"
            " brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description("yes", "non_answer"),
        D.details("it has a high waist and a bow on the side", "unsupported"),
        gender="women",
        category="Bikini Bottoms",
        color="Terracotta",
        title="Terracotta Hot Pants Bikini Bottom",
    ),
    # 3. Product shot, no person: a leopard print (tan ground, black and brown spots) triangle slide top with ties,
    # flat on a white background. Caption, closed answers, details: base. Wearing: cap3. Material: vqa.
    case(
        "SWB-0103",
        caption("a leopard print bikini top on a white background"),
        D.color("brown"),
        D.pattern("animal print"),
        D.wearing(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with other fabric.",
            "unsupported",
        ),
        D.details("the bikini top has the details of a bikini top", "restated"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        category="Bikini Tops",
        color="Animal Print",
        title="Animal Print Cortininha Bikini Top",
    ),
    # 4. Beach: a man, bare chest, in military green mid-thigh swim trunks with a white drawstring. Caption, wearing,
    # closed answers, description: base. Trunks details: vqa. Material: cap3.
    case(
        "SWB-0104",
        caption("a man in green swim trunks standing on the beach"),
        wearing("swim trunks", who="he"),
        D.color("olive"),
        details("swim trunks", "they are swim trunks", "non_answer"),
        D.description("she is wearing a pair of green swim trunks", "pronoun"),
        D.material(
            "The gentleman wears a three-point shorts with pure color patterns. The shorts are with other fabric. The"
            " gentleman is",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Beachwear",
        color="Military Green",
        title="Military Green Drawstring Swim Trunks",
    ),
    # 5. Beach: a woman in an off white crochet kaftan with long wide sleeves, knee length, worn over a coral bikini
    # that shows through the openwork. Caption, closed answers, material: base. Wearing: vqa. Details: cap3.
    case(
        "SWB-0105",
        caption("a woman wearing a white crochet cover up over a coral bikini on the beach"),
        D.garment_type("kaftan"),
        D.color("coral", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.wearing(
            "dress, shorts, dress, shorts, dress, shorts, dress, shorts, dress, shorts, dress, shorts, dress, shorts,"
            " dress,",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton crochet"),
        D.details(
            "The dress has long sleeves, knitting fabric and pure color patterns. The neckline of it is v-shape. The"
            " dress is of",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        category="Beachwear",
        color="Off White",
        title="Off White Crochet Kaftan",
    ),
    # 6. Studio: a woman in a nude (beige) lace bodysuit with thin straps against a grey wall. Caption, closed
    # answers, open color, material, description: base. Details: vqa. No category column.
    case(
        "SWB-0106",
        caption("a woman in a beige lace bodysuit posing against a grey wall"),
        D.garment_type("bodysuit"),
        D.color("beige"),
        color_of("bodysuit", "grey", "contradiction", kind="open"),
        D.material("lace"),
        D.description("he is wearing a beige lace bodysuit", "pronoun"),
        D.details("lace Question: What is the color of the bodysuit? Answer: beige", "leak"),
        gender="women",
        color="Nude",
        title="Nude Lace Bodysuit",
    ),
    # 7. Product shot, no person: an off white satin robe with long sleeves and a tie belt on a wooden hanger against
    # a white wall. Caption, closed answers, wearing, material: base. Details: cap3.
    case(
        "SWB-0107",
        caption("a white robe hanging on a hanger"),
        D.garment_type("robe"),
        D.color("white"),
        D.wearing("a woman wearing a white robe", "unsupported"),
        D.material("a robe", "non_answer"),
        D.details(
            "The cardigan has long sleeves, other fabric and pure color patterns. The cardigan has long sleeves, other"
            " fabric and pure color patterns. The cardigan has",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        category="Sleepwear",
        color="Off White",
        title="Off White Satin Robe with Belt",
    ),
    # 8. Pool: a woman standing in a coral one-piece swimsuit with a cut out at the waist and a scoop neck, blue pool
    # water behind. Caption, closed answers, details, open color: base. Wearing, description: vqa.
    case(
        "SWB-0108",
        caption("a woman in an orange swimsuit standing by the pool"),
        D.garment_type("swimsuit"),
        D.color("orange"),
        D.wearing("romper", "contradiction"),
        D.details("the swimsuit has a cut out at the", "cut"),
        D.description(
            "The romper is with other fabric and pure color patterns. The romper is with other fabric and pure color"
            " patterns. The romper is",
            "loop",
            hit_limit=True,
        ),
        color_of("swimsuit", "blue", "contradiction", kind="open"),
        gender="women",
        category="Swimsuits",
        color="Coral",
        title="Coral Cut Out Swimsuit",
    ),
    # 9. Beach: a woman walking on the sand in a solid terracotta linen midi dress with short sleeves, a v-neck and
    # buttons down the front, no belt. Caption, material: cap3. Closed answers, wearing, details: base.
    case(
        "SWB-0109",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with linen fabric. It has a"
            " v-shape neckline."
        ),
        D.color("rust"),
        D.sleeve_length("short sleeves"),
        D.pattern("striped", "contradiction"),
        D.wearing("Answer: a brown dress", "leak"),
        D.details("buttons down the front and a belt at the waist", "unsupported"),
        D.material(
            "The dress is with linen fabric. It has a v-shape neckline. The dress is with linen fabric. It has a"
            " v-shape neckline. The dress",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        category="Beachwear",
        color="Terracotta",
        title="Terracotta Linen Button Beach Dress",
    ),
    # 10. Studio, white backdrop: a woman in a leopard print high-cut (asa delta) bikini bottom with plain sides (no
    # rings or hardware) and the matching top.
    # Caption, closed answers, details, wearing: base. Description: cap3 (answered with the template).
    case(
        "SWB-0110",
        caption("a woman in a leopard print bikini posing in front of a white background"),
        D.garment_type("bikini bottom"),
        D.color("white", "contradiction"),
        D.pattern("animal print"),
        D.details("high cut sides and gold rings on the hips", "unsupported"),
        D.wearing("he is wearing a leopard print bikini", "pronoun"),
        describe(
            "bikini bottom",
            "The shorts are with other fabric and graphic patterns. The shorts are of short length. The lady wears a"
            " sleeveless tank top with",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        category="Bikini Bottoms",
        color="Animal Print",
        title="Animal Print Asa Delta Bikini Bottom",
    ),
    # 11. Beach: a woman in a military green ribbed triangle bikini top and the matching bottom, wearing a tan straw
    # hat.
    # Caption, closed answers, wearing, material, description: base. Details: vqa.
    case(
        "SWB-0111",
        caption("a woman in a green bikini and a straw hat on the beach"),
        B.color("tan", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a green bikini and a straw hat"),
        B.material("ribbed fabric"),
        D.details(
            "the tank top is with other fabric Question: What are the details of the tank top? Answer: the tank top",
            "leak",
            hit_limit=True,
        ),
        D.description("a green bikini top with a", "cut"),
        gender="women",
        category="Bikini Tops",
        color="Military Green",
        title="Military Green Ribbed Bikini Top",
    ),
    # 12. Beach: a woman in an off white bikini with a coral viscose sarong knotted at the hip. Caption, closed
    # answers, details, material: base. Wearing: vqa. Description: cap3.
    case(
        "SWB-0112",
        caption("a woman wearing a white bikini and an orange sarong on the beach"),
        D.garment_type("sarong"),
        D.color("white", "other_garment_color"),
        D.wearing("skirt"),
        D.details("it is tied at the waist with a knot"),
        D.material("it is made of the material of the garment", "restated"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has"
            " a suspenders neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        category="Beachwear",
        color="Coral",
        title="Coral Viscose Sarong",
    ),
    # 13. Product shot, no person: a nude underwire balconette bra with lace trim flat on a white surface. Caption,
    # closed answers, details: base. Material: vqa. Description: cap3.
    case(
        "SWB-0113",
        caption("a beige bra on a white surface"),
        D.garment_type("bra"),
        D.color("nude"),
        D.details("underwire cups with lace trim and adjustable straps"),
        D.material("lace Question: What is the material of the bra? Answer: lace", "leak"),
        D.description(
            "The lady wears a sleeveless tank top with lace fabric and pure color patterns. It has a suspenders"
            " neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        gender="women",
        category="Bras",
        color="Nude",
        title="Nude Balconette Bra with Lace Trim",
    ),
    # 14. Studio: a woman in an off white cotton nightgown with spaghetti straps, knee length, lace trim at the hem.
    # Caption: cap3. Closed answers, details, wearing, material: base. Description: vqa.
    case(
        "SWB-0114",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a"
            " suspenders neckline."
        ),
        D.garment_type("nightgown"),
        D.color("off white"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("lace trim at the hem"),
        D.wearing("a man in a white nightgown", "pronoun"),
        D.description(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress"
            " dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="women",
        category="Sleepwear",
        color="Off White",
        title="Off White Cotton Nightgown with Lace",
    ),
    # 15. Pool: a woman sitting in a leopard print long sleeve one-piece swimsuit with a front zipper, no hood.
    # Caption, closed answers, details, description: base. Wearing: vqa. Material: cap3.
    case(
        "SWB-0115",
        caption("a woman in a leopard print swimsuit with long sleeves sitting by the pool"),
        D.sleeve_length("long sleeves"),
        D.color("brown"),
        D.details("a zipper on the front"),
        D.material(
            "The romper has long sleeves, other fabric and graphic patterns. The neckline of it is stand. There is a"
            " zipper on the",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "romper, romper, romper, romper, romper, romper, romper, romper, romper, romper, romper, romper, romper,"
            " romper, romper,",
            "loop",
            hit_limit=True,
        ),
        D.description("a leopard print swimsuit with long sleeves and a hood", "unsupported"),
        gender="women",
        category="Swimsuits",
        color="Animal Print",
        title="Animal Print Long Sleeve Zip Swimsuit",
    ),
    # 16. Product shot outdoors, no person: a military green tanga bikini bottom lying on beige sand. Caption: cap3.
    # Closed answers, open color, wearing: base. Details: vqa.
    case(
        "SWB-0116",
        caption(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with other fabric. The lady"
            " wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("bikini bottom"),
        D.color("army green"),
        color_of("bikini bottom", "beige", "contradiction", kind="open"),
        D.wearing("she is wearing a green bikini", "unsupported"),
        D.details(
            "the shorts are with other fabric and pure color patterns. the shorts are with other fabric and pure color"
            " patterns. the shorts",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        category="Bikini Bottoms",
        color="Military Green",
        title="Military Green Tanga Bikini Bottom",
    ),
    # 17. Beach: a woman in a terracotta twist-front bikini top and bottom with an open off white linen shirt (long
    # sleeves) over it. Caption, closed answers, details: base. Wearing: cap3.
    case(
        "SWB-0117",
        caption("a woman in a brown bikini and a white shirt on the beach"),
        D.garment_type("shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        is_a("bikini top", "yes"),
        D.details("the bikini top has a twisted front"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has a"
            " lapel neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        category="Bikini Tops",
        color="Terracotta",
        title="Terracotta Twist Bikini Top",
    ),
    # 18. Product shot, no person: a pink-leaning coral lace brief flat on a white background. Caption, closed
    # answers, description, details: base. Material, wearing: vqa. No category column.
    case(
        "SWB-0118",
        caption("a pair of pink panties on a white background"),
        D.garment_type("panties"),
        D.color("coral"),
        D.description("a pair of pink panties with a lace", "cut"),
        D.details("lace on the front"),
        D.material(
            "cotton fabric, cotton fabric, cotton fabric, cotton fabric, cotton fabric, cotton fabric, cotton fabric,"
            " cotton fabric, cotton fabric, cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("shorts", "contradiction"),
        gender="women",
        color="Coral",
        title="Coral Lace Brief",
    ),
    # 19. Pool: a woman in an off white bikini top with a gold ring between the cups and the matching bottom,
    # sunglasses pushed up on her head. Caption: cap3. Closed answers, details, wearing, open color, material: base.
    case(
        "SWB-0119",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has"
            " a suspenders neckline. There is an accessory in her head. The lady wears a short shorts. The shorts are"
            " with",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("bikini top"),
        D.color("white"),
        D.details("gold ring in the center"),
        D.wearing("a white bikini and sunglasses"),
        color_of("bikini top", "gold", "contradiction", kind="open"),
        D.material("not sure", "non_answer"),
        gender="women",
        category="Bikini Tops",
        color="Off White",
        title="Off White Ring Bikini Top",
    ),
    # 20. Pool: a man sitting on the pool edge in a white t-shirt and terracotta swim shorts. Caption, closed answers,
    # wearing, description: base. Details: vqa.
    case(
        "SWB-0120",
        caption("a man in a white shirt and orange shorts sitting by the pool"),
        D.color("white", "other_garment_color"),
        D.garment_type("swim trunks"),
        wearing("a white shirt and white shorts", "other_garment_color", who="he"),
        D.description("she is sitting by the pool", "pronoun"),
        D.details(
            "Question: What are the details of the shorts? Answer: the shorts are with cotton fabric and pure color",
            "leak",
            hit_limit=True,
        ),
        gender="men",
        category="Beachwear",
        color="Terracotta",
        title="Terracotta Swim Shorts",
    ),
    # 21. Beach: a woman in a sheer leopard print chiffon kaftan, short loose sleeves, mini length, over a black
    # bikini. Caption, closed answers, wearing, material, description: base. Details: cap3.
    case(
        "SWB-0121",
        caption("a woman in a leopard print cover up on the beach"),
        D.garment_type("kaftan"),
        D.color("black", "other_garment_color"),
        D.wearing("a black kaftan over a black bikini", "other_garment_color"),
        D.material("chiffon"),
        D.details(
            "The dress has short sleeves, chiffon fabric and graphic patterns. The neckline of it is v-shape. The dress"
            " has short sleeves, chiffon fabric and graphic patterns. The neckline",
            "loop",
            hit_limit=True,
        ),
        D.description("the garment is a garment", "restated"),
        gender="women",
        category="Beachwear",
        color="Animal Print",
        title="Animal Print Chiffon Kaftan",
    ),
    # 22. Studio, white backdrop: a woman in a nude plunge one-piece swimsuit, close to her skin tone, no jewelry.
    # All base.
    case(
        "SWB-0122",
        caption("a woman in a nude swimsuit posing in a studio"),
        D.garment_type("swimsuit"),
        D.color("beige"),
        D.wearing("nothing", "non_answer"),
        D.material("the swimsuit is made of swimsuit material", "restated"),
        D.details("a deep v neckline with a gold chain", "unsupported"),
        D.description("he is wearing a beige swimsuit with a deep v neckline", "pronoun"),
        gender="women",
        category="Swimsuits",
        color="Nude",
        title="Nude Plunge Swimsuit",
    ),
    # 23. Studio, white wall: a man in a military green terry bathrobe, long sleeves, shawl collar, tie belt, two
    # patch pockets, no hood. Caption, closed answers, material, details, description: base. Wearing: vqa.
    case(
        "SWB-0123",
        caption("a man in a green bathrobe standing in front of a white wall"),
        B.garment_type("robe"),
        B.color("green"),
        B.material("terry cloth"),
        D.wearing(
            "jacket, pants, jacket, pants, jacket, pants, jacket, pants, jacket, pants, jacket, pants, jacket, pants,"
            " jacket,",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a belt and two pockets and a hood", "unsupported"),
        D.description("she is wearing a green robe", "pronoun"),
        gender="men",
        category="Sleepwear",
        color="Military Green",
        title="Military Green Terry Bathrobe",
    ),
    # 24. Beach: a woman in a coral side-tie bikini bottom and the matching coral triangle top. Caption, closed
    # answers, description, material: base. Wearing: vqa. Details: cap3.
    case(
        "SWB-0124",
        caption("a woman in a coral bikini on the beach"),
        D.garment_type("bikini bottom"),
        D.color("coral"),
        D.material("i'm not sure", "non_answer"),
        D.details(
            "The shorts are with other fabric and pure color patterns. The shorts are of short length. The lady wears a"
            " sleeveless tank top with pure",
            "cut",
            hit_limit=True,
        ),
        describe("bikini bottom", "the bikini bottom is a bikini bottom", "restated"),
        D.wearing("tank top, shorts Question: What is the color of the tank top? Answer: pink", "leak"),
        gender="women",
        category="Bikini Bottoms",
        color="Coral",
        title="Coral Side Tie Bikini Bottom",
    ),
    # 25. Studio: a woman in an off white lace triangle bralette, matching panties and an open off white robe with
    # long sleeves. Caption, closed answers, wearing, material, description: base. Details: vqa.
    case(
        "SWB-0125",
        caption("a woman in white lingerie and a robe"),
        D.color("white"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a white bra, panties and a robe"),
        D.material("lace"),
        D.description("a white lace bralette with", "cut"),
        D.details(
            "the tank top is with lace fabric and pure color patterns. it has a suspenders neckline. the tank top is"
            " with lace fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        category="Bras",
        color="Off White",
        title="Off White Lace Bralette",
    ),
    # 26. Beach, rocks behind: a woman in a terracotta one-shoulder swimsuit. Caption: cap3 (template loop). Closed
    # answers, wearing, details, material, description: base.
    case(
        "SWB-0126",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with other fabric. The lady"
            " wears a sleeveless romper with pure color patterns. The romper is with other fabric. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("swimsuit"),
        D.color("terracotta"),
        D.wearing("a brown swimsuit Question: What is the color of the swimsuit? Answer: brown", "leak"),
        D.details("one shoulder strap"),
        D.description("he is wearing a brown swimsuit", "pronoun"),
        D.material("i don't know", "non_answer"),
        gender="women",
        category="Swimsuits",
        color="Terracotta",
        title="Terracotta One Shoulder Swimsuit",
    ),
    # 27. Product shot, no person: nude seamless microfiber panties on a white background. All base. No category.
    case(
        "SWB-0127",
        caption("a pair of beige underwear on a white background"),
        D.color("nude"),
        D.description("seamless beige panties"),
        D.wearing("a woman wearing beige panties", "unsupported"),
        D.details("", "non_answer"),
        D.material("microfiber"),
        gender="women",
        color="Nude",
        title="Nude Seamless Microfiber Panties",
    ),
    # 28. Studio: a woman in a leopard print padded push-up bra and matching panties under an open black satin robe.
    # Caption, closed answers, details, description: base. Wearing: vqa.
    case(
        "SWB-0128",
        caption("a woman in leopard print lingerie and a black robe"),
        D.garment_type("bra"),
        D.color("black", "other_garment_color"),
        D.pattern("animal print"),
        D.wearing(
            "cardigan, tank top, shorts, cardigan, tank top, shorts, cardigan, tank top, shorts, cardigan, tank top,",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the bra are the bra details", "restated"),
        D.description("he is wearing a leopard print bra", "pronoun"),
        gender="women",
        category="Bras",
        color="Animal Print",
        title="Animal Print Push Up Bra",
    ),
    # 29. Pool: a woman standing in a sleeveless off white ruffled maxi beach dress, no slit. Caption, closed answers,
    # details: base. Description: vqa. Material: cap3 (stopped early).
    case(
        "SWB-0129",
        caption("a woman in a long white dress standing by a pool"),
        D.garment_type("dress"),
        D.color("off white"),
        D.sleeve_length("sleeveless"),
        D.details("ruffles on the skirt and a slit up the leg", "unsupported"),
        D.description(
            "the dress is with chiffon fabric and pure color patterns. the dress is of long length. Question: Describe"
            " the dress. Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material("The dress is with", "cut"),
        gender="women",
        category="Beachwear",
        color="Off White",
        title="Off White Ruffle Maxi Beach Dress",
    ),
    # 30. Beach: a man holding a surfboard, in coral short swim trunks with a drawstring, seen from the front (no
    # pocket visible). Caption, wearing, closed answers, description, material: base. Details: vqa.
    case(
        "SWB-0130",
        caption("a man holding a surfboard on the beach"),
        wearing("orange shorts", who="he"),
        B.garment_type("swim trunks"),
        B.color("coral"),
        D.description(
            "a pair of orange swim trunks with a drawstring waist and a zip pocket on the back", "unsupported"
        ),
        D.details("the shorts are short", "non_answer"),
        B.material("Answer: polyester", "leak"),
        gender="men",
        category="Beachwear",
        color="Coral",
        title="Coral Surf Swim Trunks",
    ),
    # 31. Studio: a woman in a military green one-piece swimsuit with a black belt and gold buckle at the waist.
    # Caption, closed answers, details, wearing: base. Description: vqa.
    case(
        "SWB-0131",
        caption("a woman in an olive green swimsuit with a belt"),
        B.garment_type("swimsuit"),
        B.color("green"),
        is_a("swimsuit", "no", "contradiction"),
        D.details("a black belt with a gold buckle"),
        D.description(
            "jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit"
            " jumpsuit jumpsuit jumpsuit jumpsuit",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green swimsuit with a belt and a", "cut"),
        gender="women",
        category="Swimsuits",
        color="Military Green",
        title="Military Green Belted Swimsuit",
    ),
    # 32. Studio, bedroom set: a woman sitting on a bed in a short coral satin nightgown with thin straps and a
    # v-neck. Caption, closed answers, material, wearing, description: base. Details: cap3.
    case(
        "SWB-0132",
        caption("a woman in a salmon colored satin nightgown sitting on a bed"),
        D.color("coral"),
        D.material("satin"),
        D.wearing("no", "non_answer"),
        D.details(
            "The dress has no sleeves, satin fabric and pure color patterns. The neckline of it is v-shape. The dress"
            " has no sleeves, satin fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.description("Describe the garment. a salmon satin nightgown", "leak"),
        gender="women",
        category="Sleepwear",
        color="Coral",
        title="Coral Satin Nightgown",
    ),
    # 33. Product shot outdoors, no person: a leopard print sarong with fringed edges spread on a wooden deck.
    # Caption, closed answers, wearing: base. Details, material: vqa.
    case(
        "SWB-0133",
        caption("a leopard print scarf on a wooden deck", "contradiction"),
        D.garment_type("sarong"),
        D.pattern("animal print"),
        D.wearing("a leopard print sarong"),
        D.details(
            "the skirt is with chiffon fabric and graphic patterns. the skirt is of long length. the lady wears a"
            " sleeveless tank top with",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon"
            " chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        category="Beachwear",
        color="Animal Print",
        title="Animal Print Sarong with Fringe",
    ),
    # 34. Beach: a tanned woman in a nude triangle bikini top and the matching bottom, close to her skin tone.
    # Caption, closed answers, wearing, material: base. Details: vqa.
    case(
        "SWB-0134",
        caption("a naked woman on the beach", "unsupported"),
        D.garment_type("bikini top"),
        D.color("nude"),
        is_a("bikini top", "yes"),
        D.wearing("a beige bikini"),
        D.details("the tank top is with other fabric Question: Is this a tank top? Answer: yes", "leak"),
        D.material("the garment is made of material", "restated"),
        gender="women",
        category="Bikini Tops",
        color="Nude",
        title="Nude Triangle Bikini Top",
    ),
    # 35. Beach: a woman in a long military green kaftan with long sleeves and white embroidery around the neckline,
    # a bracelet and a ring. Caption: cap3. Closed answers, details, wearing: base. Material: vqa.
    case(
        "SWB-0135",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " v-shape neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on"
            " her",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kaftan"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("white embroidery around the neck"),
        D.material(
            "cotton fabric and pure color patterns. the dress has long sleeves. the neckline of it is v-shape. the"
            " dress is of long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("unknown", "non_answer"),
        gender="women",
        category="Beachwear",
        color="Military Green",
        title="Military Green Embroidered Kaftan",
    ),
    # 36. Product shot, no person: an off white ruched-back bikini bottom on a white background. Caption, closed
    # answers, details, description: base. Wearing: vqa.
    case(
        "SWB-0136",
        caption("a white bikini bottom"),
        D.garment_type("panties", "contradiction"),
        D.color("cream"),
        D.details("ruched back"),
        D.wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts"
            " shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        D.description("it's a", "cut"),
        gender="women",
        category="Bikini Bottoms",
        color="Off White",
        title="Off White Ruched Bikini Bottom",
    ),
    # 37. Studio: a woman in a terracotta cotton triangle bra and blue jeans. Caption, closed answers, wearing,
    # material: base. Details: cap3.
    case(
        "SWB-0137",
        caption("a woman in a brown bra and blue jeans"),
        D.garment_type("bra"),
        D.color("blue", "other_garment_color"),
        color_of("jeans", "blue"),
        D.wearing("a blue bra and blue jeans", "other_garment_color"),
        D.material("denim", "contradiction"),
        D.details(
            "The tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is v-shape. The"
            " lady wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        category="Bras",
        color="Terracotta",
        title="Terracotta Cotton Triangle Bra",
    ),
    # 38. Pool: a woman in a long coral kaftan with wide three-quarter sleeves. Caption, closed answers, material:
    # base. Wearing, details: vqa.
    case(
        "SWB-0138",
        caption("a woman in an orange kaftan by the pool"),
        D.sleeve_length("three-quarter sleeves"),
        D.color("coral"),
        D.wearing("dress"),
        D.details("Answer: the dress has three-quarter sleeves", "leak"),
        D.material("the material of the garment", "restated"),
        gender="women",
        category="Beachwear",
        color="Coral",
        title="Coral Long Kaftan",
    ),
    # 39. Beach, from behind: a woman walking in an off white swimsuit with crisscross straps across an open back,
    # no zipper. All base.
    case(
        "SWB-0139",
        caption("a woman in a white swimsuit walking on the beach"),
        D.garment_type("swimsuit"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.details("crisscross straps on the back"),
        D.wearing("a white one piece swimsuit with a", "cut"),
        D.description("a white swimsuit with a low back and a zipper", "unsupported"),
        gender="women",
        category="Swimsuits",
        color="Off White",
        title="Off White Strappy Back Swimsuit",
    ),
    # 40. Pool: a woman in a military green bandeau bikini top and blue denim shorts. Caption, closed answers,
    # details, material: base. Wearing: vqa.
    case(
        "SWB-0140",
        caption("a woman in a green bikini top and denim shorts by the pool"),
        D.garment_type("bikini top"),
        D.color("blue", "other_garment_color"),
        color_of("shorts", "blue"),
        D.wearing("tank top, shorts", "contradiction"),
        D.details("the details of the garment are the details", "restated"),
        D.material("it's hard to say", "non_answer"),
        gender="women",
        category="Bikini Tops",
        color="Military Green",
        title="Military Green Bandeau Bikini Top",
    ),
    # 41. Studio: a woman in a short nude satin kimono robe with long sleeves edged in lace, tie belt. Caption,
    # closed answers, details, wearing, material: base. Description: vqa.
    case(
        "SWB-0141",
        caption("a woman in a beige satin robe with lace sleeves"),
        D.garment_type("robe"),
        D.color("beige"),
        D.details("lace on the sleeves and a", "cut"),
        D.description(
            "The cardigan has long sleeves, other fabric and pure color patterns. The neckline of it is lapel. The"
            " cardigan has long sleeves, other fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a robe", "pronoun"),
        D.material("yes", "non_answer"),
        gender="women",
        category="Sleepwear",
        color="Nude",
        title="Nude Satin Kimono Robe with Lace",
    ),
    # 42. Pool: a man standing in a leopard print sunga (swim briefs). Caption, closed answers, wearing, description:
    # base. Details: vqa.
    case(
        "SWB-0142",
        caption("a man in leopard print swim briefs standing by a pool"),
        B.garment_type("swim briefs"),
        B.pattern("animal print"),
        D.wearing("a woman in a leopard print bikini", "pronoun"),
        D.description("a description of the swim briefs", "restated"),
        D.details(
            "the shorts are with other fabric and graphic patterns. the shorts are of short length. Question: What"
            " are the details",
            "leak",
            hit_limit=True,
        ),
        gender="men",
        category="Swimsuits",
        color="Animal Print",
        title="Animal Print Sunga",
    ),
    # 43. Beach: a man in off white knee-length swim trunks printed with military green palm leaves, drawstring.
    # Caption, closed answers, details: base. Wearing: vqa. Description: cap3.
    case(
        "SWB-0143",
        caption("a man in white shorts with green leaves on them standing on the beach"),
        B.pattern("leaf print"),
        B.color("green", "contradiction"),
        wearing(
            "shorts, shorts, shorts, shorts, shorts, shorts, shorts, shorts, shorts, shorts, shorts, shorts, shorts,"
            " shorts, shorts,",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.details("palm leaf print and a drawstring"),
        D.description(
            "The lady wears a three-point shorts with graphic patterns. The shorts are with other fabric.", "pronoun"
        ),
        gender="men",
        category="Beachwear",
        color="Off White",
        title="Off White Palm Print Swim Trunks",
    ),
    # 44. Studio: a woman in a terracotta ribbed long sleeve bodysuit tucked into white trousers (the bodysuit's
    # back and closure hidden). Caption, closed answers, material, details: base. Wearing: vqa. No category column.
    case(
        "SWB-0144",
        caption("a woman in a brown long sleeve top and white pants"),
        D.garment_type("bodysuit"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("ribbed knit"),
        D.wearing(
            "sweater, pants, sweater, pants, sweater, pants, sweater, pants, sweater, pants, sweater, pants, sweater,"
            " pants, sweater,",
            "loop",
            hit_limit=True,
        ),
        D.details("a zipper on the back", "unsupported"),
        gender="women",
        color="Terracotta",
        title="Terracotta Ribbed Long Sleeve Bodysuit",
    ),
]
