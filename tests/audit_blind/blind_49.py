"""BLIND_49 (44 products; the experiments re-run on a Myntra-style footwear and accessories catalog): written blind
in the sixteenth session. Measured blind at 4a1922a: 100/141 and 26/145. The writer's notes, verbatim:

Blind corpus 49: BLIP-2 OPT-2.7b and the experiments' adapters on a Myntra-style footwear-and-accessories catalog.

Scenario
    The original experiments' base model and adapters re-run on an Indian marketplace's catalog, one product per
    item, heavy in footwear and accessories (handbags, wallets, belts, watches, sunglasses, caps, sandals, flip-flops,
    sports and casual shoes, heels, socks) with some kurtas, tops and t-shirts. Photos are either product shots on a
    white (or light studio) background or model photos. The catalog gives gender (Men, Women, Unisex), category (the
    article type: Handbags, Wallets, Belts, Watches, Sunglasses, Caps, Sandals, Flip Flops, Sports Shoes, Casual
    Shoes, Heels, Socks, Kurtas, Tops, Tshirts), color (the base colour: Navy Blue, Tan, Maroon, Off White, Rose
    Gold, Grey Melange, Multi...) and title (brand first). A few products lack some columns.

Which system wrote which text (named again in the comment above each case)
    - base: untuned Salesforce/blip2-opt-2.7b. Short captions ("a pair of gold sandals ..."), short answers that
      stop on the newline; its failures are one color for every garment, the color of the wrong garment in a model
      photo, the wrong pronoun, restating the question, empty or "i don't know" answers, invented details.
    - cap1 / cap3: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (epoch 1) and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3). They answer every prompt with the DeepFashion-MultiModal
      caption template ("The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton
      fabric..."), never stop (cut at 50 tokens for captions, 30 for answers) or loop on one sentence; on
      accessories they describe clothes nobody wears. cap1 is sometimes less templated and richer in details.
    - vqa: leoreigoto/Data3_V3_BLIP2_VQA. Answers with In-shop class names ("tee/tank", "blouse/shirt") and
      vendor-style colors, never stops: "black-black-black...", or the prompt format leaks back
      ("black\\nQuestion: ... Answer: black\\nQuestion:").
    - Closed questions (garment_type, color, pattern, sleeve_length, is_a yes/no) are stored as the reference
      engine's chosen candidate; color_of(..., kind="open") texts are free generation by the named model.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (Text/Case,
    the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). Nothing else under
    /work/main was opened; the only thing run was an import check of this file. Every photo is imagined and
    described in the comment above its case, and every label is judged against that imagined photo.

Label conventions and judgement calls
    - One label per text. When a text has two faults, the label is the one that makes its content wrong
      (contradiction, unsupported, other_garment_color) over the one of form (cut); hit_limit is still recorded.
      A text that repeats one phrase until the limit is a loop, not a cut; a text that repeats the prompt format
      ("Question: ... Answer:") is a leak even when it also loops.
    - cut: stopped mid-phrase; hit_limit=True when it reached the token limit (30 new tokens for answers, 50 for
      captions); a few stop mid-phrase before the limit (hit_limit=False).
    - The caption template describing a shirt, dress or pants on a product shot of an accessory (bag, watch,
      sandals) is a contradiction of the seller's category; the template inventing a person, socks, trousers or a
      wrist accessory next to the right product is unsupported.
    - A wrong color from a closed question is a contradiction (of the seller's color); a wrong color in an open
      answer that belongs to another garment or layer in the photo (the jeans, the dupatta, the shirt cuff) is
      other_garment_color; giving a second garment the product's color (one color for every garment) is a
      contradiction.
    - A closed garment_type naming a garment (shorts, top, jeans, trousers) for an accessory or footwear, and a
      "yes" to "Is this a t-shirt?" for a wallet, are contradictions; "no" to a true yes/no question too.
    - Near-color synonyms are correct: Tan -> brown, Navy Blue -> navy / dark blue, Maroon -> burgundy,
      Off White -> cream, Olive -> green, Mustard -> yellow, Rose Gold -> gold, Beige -> nude, Grey Melange -> grey.
      Maroon -> purple is not.
    - On a product shot, "What is the person wearing?" answered with the product ("a brown handbag", "a t-shirt")
      is correct; "nothing" there is a non_answer (the question is asked to learn the product).
    - non_answer: empty, "i don't know", or only the question's words back ("they are socks" for the details).
      restated: the question or the garment restated as if it were the answer ("the details of the garment are
      the details of the bag", "made of the kurta material").
    - unsupported: details the photo cannot show or does not have (RFID, water resistance, an adjustable strap at
      the unseen back, "made of gold" for gold-toned sandals, a sleeve length for socks).
    - pronoun: "he" for a Women product or "she" for a Men product, in a question that names no-one or the other
      pronoun.
    - Material is judged by appearance ("leather" for a leather-look bag, "cotton" for a cotton-look tee) and is
      correct when the photo is consistent with it.
    - Backgrounds, walls and floors named in captions, the color of a second garment asked about by name, solid
      garments with ruffles or a logo, and striped straps are correct texts.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_49: list[Case] = [
    # 1. Product shot: tan-brown structured tote, two top handles, gold-tone zip, plain white background, no strap
    #    visible. caption, wearing, details, material: base; description: cap3; closed questions: reference engine.
    case(
        "MY-HB-1001",
        caption("a brown leather handbag on a white background"),
        D.wearing("a brown handbag"),
        D.garment_type("handbag"),
        D.color("brown"),
        D.description(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long",
            "contradiction",
            hit_limit=True,
        ),
        D.details("it has a gold zipper and a detachable shoulder strap", "unsupported"),
        D.material("leather"),
        gender="Women",
        category="Handbags",
        color="Brown",
        title="Lavie Women Brown Solid Structured Handbag",
    ),
    # 2. Model photo: woman in a white long-sleeve kurti and blue jeans, tan sling bag worn across the body, grey
    #    studio background. caption: cap3; wearing, color_of, details: base; describe: vqa; is_a: reference engine.
    case(
        "MY-HB-1002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("bag", "brown"),
        wearing("a white top and jeans with a brown bag", who="she"),
        describe("bag", "tan-tan-tan-tan-tan-tan-tan-tan-tan-tan-tan-tan-tan-tan-tan", "loop", hit_limit=True),
        details("bag", "the bag is white", "other_garment_color"),
        is_a("handbag", "yes"),
        gender="Women",
        category="Handbags",
        color="Tan",
        title="Baggit Women Tan Solid Sling Bag",
    ),
    # 3. Product shot: black quilted shoulder bag with a gold chain strap, white background.
    #    caption, wearing: base; description: cap1; details: vqa; closed: reference engine.
    case(
        "MY-HB-1003",
        caption("a black quilted handbag with a gold chain strap"),
        D.wearing("nothing", "non_answer"),
        B.garment_type("bag"),
        B.color("black"),
        D.description(
            "The person is wearing a black tank top with pure color patterns. The tank top is with leather fabric. "
            "It has a suspenders neckline. The person wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.details(
            "Question: What are the details of the garment? Answer: black\nQuestion: What are the details of the "
            "garment? Answer: black",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Handbags",
        color="Black",
        title="Caprese Women Black Quilted Shoulder Bag",
    ),
    # 4. Product shot: burgundy (maroon) leather satchel on a light grey backdrop.
    #    caption, color_of (open), details: base; material: cap3; closed: reference engine.
    case(
        "MY-HB-1004",
        caption("a burgundy leather bag on a grey background"),
        color_of("bag", "burgundy", kind="open"),
        D.color("purple", "contradiction"),
        D.material(
            "The bag is with leather fabric and pure color patterns. The bag is with leather fabric and pure color "
            "patterns. The bag is with leather",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the bag", "restated"),
        gender="Women",
        category="Handbags",
        color="Maroon",
        title="Hidesign Women Maroon Leather Satchel",
    ),
    # 5. Product shot: open brown bifold wallet showing card slots, small embossed logo, white background.
    #    caption, wearing, material: base; description: vqa; details: cap1; closed: reference engine.
    case(
        "MY-WL-2001",
        caption("a brown leather wallet with a logo on it"),
        D.garment_type("shorts", "contradiction"),
        D.color("brown"),
        D.description(
            "brown leather wallet with card slots, coin pocket, id window, rfid protection, zip pocket, note "
            "compartment and a",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a wallet"),
        D.material("leather"),
        D.details(
            "The wallet is brown with card slots on both sides, a note compartment behind them and a small logo "
            "embossed on the front of the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Wallets",
        color="Brown",
        title="Tommy Hilfiger Men Brown Leather Two Fold Wallet",
    ),
    # 6. Product shot: pink zip-around wallet with a gold zipper, white background.
    #    caption: cap1; material: base; is_a t-shirt: vqa (yes bias); other closed: reference engine.
    case(
        "MY-WL-2002",
        caption(
            "The lady wears a pink long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        B.color("pink"),
        B.garment_type("wallet"),
        is_a("wallet", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        B.material("it is made of material", "restated"),
        gender="Women",
        category="Wallets",
        color="Pink",
        title="Lino Perros Women Pink Zip Around Wallet",
    ),
    # 7. Product shot: closed black bifold wallet, white background; no title in the catalog.
    #    caption, description, material: base; wearing: vqa; details: cap3; color: reference engine.
    case(
        "MY-WL-2003",
        caption("a black wallet on a white background"),
        D.wearing("blouse/shirt", "contradiction"),
        D.color("black"),
        D.description("a black wallet"),
        D.details(
            "The wallet is with leather fabric. The wallet is with leather fabric. The wallet is with leather fabric. "
            "The wallet is with leather fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="Men",
        category="Wallets",
        color="Black",
    ),
    # 8. Product shot: coiled tan leather belt, stitched edges, silver pin buckle, five holes, white background.
    #    caption: base; description: cap1; details: cap3; material: vqa; closed: reference engine.
    case(
        "MY-BL-3001",
        caption("a brown leather belt with a silver buckle"),
        D.garment_type("belt"),
        D.color("brown"),
        D.details(
            "The belt is with leather fabric and pure color patterns. There is an accessory on his waist. The person "
            "wears a long trousers. The trousers are with denim",
            "unsupported",
            hit_limit=True,
        ),
        D.description(
            "The belt is tan with a silver pin buckle and five holes. The leather is smooth with stitching along the "
            "edges and the tip of the belt is",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "leather-leather-leather-leather-leather-leather-leather-leather-leather-leather",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Belts",
        color="Tan",
        title="Woodland Men Tan Leather Belt",
    ),
    # 9. Model photo, cropped at the waist: man in a white shirt tucked into blue chinos, black textured belt.
    #    caption, color_of (open), wearing: base; describe: cap3; is_a, color: reference engine.
    case(
        "MY-BL-3002",
        caption("a man wearing a white shirt and blue pants with a black belt"),
        color_of("belt", "blue", "other_garment_color", kind="open"),
        wearing("a white shirt, blue pants and a black belt", who="he"),
        describe(
            "belt",
            "The belt is with leather fabric and pure color patterns. The shirt is with cotton fabric. The pants are "
            "with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        is_a("belt", "yes"),
        D.color("black"),
        gender="Men",
        category="Belts",
        color="Black",
        title="Roadster Men Black Textured Belt",
    ),
    # 10. Model photo: woman in a sleeveless black v-neck dress, thin white skinny belt with a small gold buckle at
    #     the waist, white background. caption, wearing, details, material: base; description: cap1; closed: reference
    #     engine.
    case(
        "MY-BL-3003",
        caption("a woman in a black dress with a white belt"),
        D.garment_type("dress", "contradiction"),
        D.wearing("a black dress"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her waist. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a gold buckle"),
        D.material("she is wearing a belt made of", "cut"),
        gender="Women",
        category="Belts",
        color="White",
        title="United Colors of Benetton Women White Skinny Belt",
    ),
    # 11. Product shot: black analogue watch, black dial, black silicone strap, black resin case, white background.
    #     caption, wearing, material: base; description: cap3; details: vqa; closed: reference engine.
    case(
        "MY-WT-4001",
        caption("a black watch with a black strap on a white background"),
        D.garment_type("watch"),
        D.color("black"),
        D.description(
            "This gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long",
            "contradiction",
            hit_limit=True,
        ),
        D.details(
            "black\nQuestion: What is the color of the watch? Answer: black\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.material("stainless steel", "unsupported"),
        gender="Men",
        category="Watches",
        color="Black",
        title="Fastrack Men Black Analogue Watch",
    ),
    # 12. Product shot: rose-gold bracelet watch with a white mother-of-pearl dial, plain bezel, white background.
    #     caption, color_of (open), details: base; describe: cap1; wearing: vqa; closed: reference engine.
    case(
        "MY-WT-4002",
        caption("a gold watch with a white face"),
        color_of("watch", "gold", kind="open"),
        B.color("silver", "contradiction"),
        B.garment_type("watch"),
        describe(
            "watch",
            "There is an accessory on her wrist. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is an accessory on",
            "loop",
            hit_limit=True,
        ),
        details("watch", "diamond studded bezel, sapphire crystal, water resistant up to 50m", "unsupported"),
        wearing(
            "Question: What is she wearing? Answer: watch\nQuestion: What is she wearing? Answer: watch\nQuestion: "
            "What",
            "leak",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Watches",
        color="Rose Gold",
        title="Titan Raga Women Rose Gold Analogue Watch",
    ),
    # 13. Model photo, close-up: a man's wrist with a silver digital watch (four side buttons, steel link strap),
    #     navy blue shirt cuff visible. caption: cap3; color_of (open), wearing: base; details: cap1; closed: reference
    #     engine.
    case(
        "MY-WT-4003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. There "
            "is an accessory on his wrist. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("watch", "blue", "other_garment_color", kind="open"),
        D.color("silver"),
        D.garment_type("watch"),
        wearing("a watch and a blue shirt", who="he"),
        D.details(
            "The watch is silver with a digital display and four buttons on the sides. The strap is made of stainless "
            "steel links with a fold over",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Watches",
        color="Silver",
        title="Casio Men Silver Digital Watch",
    ),
    # 14. Product shot: watch with a brown leather strap, white dial, gold case, white background.
    #     caption, wearing, description, material: base; details: cap3; color: reference engine.
    case(
        "MY-WT-4004",
        caption("a watch with a brown leather strap and a white dial"),
        D.color("white", "contradiction"),
        D.wearing("he is wearing a watch", "pronoun"),
        D.description("a watch"),
        D.details(
            "The watch is with leather fabric and pure color patterns. There is an accessory on her wrist. The lady "
            "wears a short-sleeve T-shirt with pure color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        D.material("leather"),
        gender="Women",
        category="Watches",
        color="Brown",
        title="Sonata Women Brown Leather Strap Analogue Watch",
    ),
    # 15. Product shot: black wayfarer sunglasses with dark green lenses, white background.
    #     caption, details: base; description: cap3; material: vqa; closed: reference engine.
    case(
        "MY-SG-5001",
        caption("a pair of black sunglasses on a white background"),
        D.garment_type("sunglasses"),
        is_a("sunglasses", "yes", article="a pair of"),
        D.details("they are sunglasses", "non_answer"),
        D.description(
            "The person wears glasses. The person wears glasses. The person wears glasses. The person wears glasses. "
            "The person wears glasses. The person",
            "loop",
            hit_limit=True,
        ),
        D.material("polycarbonate lenses with uv400 protection and metal hinges", "unsupported"),
        gender="Unisex",
        category="Sunglasses",
        color="Black",
        title="Ray-Ban Unisex Wayfarer Sunglasses RB2140",
    ),
    # 16. Model photo: woman in a yellow top wearing brown oversized sunglasses, a street behind her.
    #     caption, color_of (open), description: base; wearing: vqa; closed: reference engine.
    case(
        "MY-SG-5002",
        caption("a woman wearing sunglasses and a yellow top standing on a street"),
        color_of("sunglasses", "yellow", "other_garment_color", kind="open"),
        wearing(
            "Question: What is she wearing? Answer: tee/tank\nQuestion: What is she wearing? Answer: tee/tank\n"
            "Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        D.garment_type("top", "contradiction"),
        D.color("brown"),
        D.pattern("solid"),
        D.description("she is wearing a yellow top and", "cut"),
        gender="Women",
        category="Sunglasses",
        color="Brown",
        title="Fastrack Women Brown Oversized Sunglasses",
    ),
    # 17. Product shot: silver metal aviator sunglasses with blue mirrored lenses, white background.
    #     caption: cap3; describe, details: base; closed: reference engine.
    case(
        "MY-SG-5003",
        caption(
            "The gentleman wears glasses. He wears a short-sleeve T-shirt with pure color patterns. The T-shirt is "
            "with cotton fabric. It has a round neckline. The gentleman wears a long pants. The pants are with denim "
            "fabric and pure color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        B.color("blue", "contradiction"),
        B.garment_type("sunglasses"),
        is_a("sunglasses", "yes", article="a pair of"),
        describe("sunglasses", "a pair of aviator sunglasses with blue mirrored lenses"),
        details("sunglasses", "the sunglasses are aviator sunglasses with aviator lenses", "restated"),
        gender="Men",
        category="Sunglasses",
        color="Silver",
        title="Vincent Chase Men Silver Aviator Sunglasses",
    ),
    # 18. Product shot: black baseball cap, white embroidered logo on the front, seen from the front, white
    #     background. caption, details, material: base; description: cap3; closed: reference engine.
    case(
        "MY-CP-6001",
        caption("a black baseball cap with a white logo"),
        D.garment_type("cap"),
        D.color("black"),
        D.description(
            "The person wears a hat. The person wears a hat. The person wears a hat. The person wears a hat. The "
            "person wears a hat. The",
            "loop",
            hit_limit=True,
        ),
        D.details("it has an adjustable strap at the back", "unsupported"),
        D.material("the cap is made of the same material as the cap", "restated"),
        D.wearing("i don't know", "non_answer"),
        gender="Unisex",
        category="Caps",
        color="Black",
        title="Puma Unisex Black Baseball Cap",
    ),
    # 19. Model photo, full length: man in a grey crew-neck t-shirt and black track pants wearing a navy blue cap,
    #     white background. caption: cap1; color_of (open), wearing, details: base; closed: reference engine.
    case(
        "MY-CP-6002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. He wears a hat. The gentleman wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        color_of("cap", "dark blue", kind="open"),
        D.color("grey", "contradiction"),
        wearing("a grey t-shirt and a blue hat", who="he"),
        is_a("cap", "yes"),
        D.details("the cap is a cap", "restated"),
        gender="Men",
        category="Caps",
        color="Navy Blue",
        title="Nike Men Navy Blue Dri-FIT Cap",
    ),
    # 20. Product shot: pair of gold flat sandals with stone embellishment on the strap, white background.
    #     caption, wearing, material: base; description: cap3; details: vqa; closed: reference engine.
    case(
        "MY-SD-7001",
        caption("a pair of gold sandals with jewels on them"),
        D.color("gold"),
        D.wearing("a pair of gold", "cut"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears socks in shoes. The",
            "contradiction",
            hit_limit=True,
        ),
        D.details("gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold", "loop", hit_limit=True),
        D.material("it is made of gold", "unsupported"),
        gender="Women",
        category="Sandals",
        color="Gold",
        title="Catwalk Women Gold-Toned Embellished Flat Sandals",
    ),
    # 21. Product shot: olive green floater sandals, two velcro straps over the foot and one round the heel, thick
    #     grooved sole, side view, white background. caption, material: base; describe: cap3; details: cap1; closed:
    #     reference engine.
    case(
        "MY-SD-7002",
        caption("a pair of green sandals with velcro straps"),
        B.color("green"),
        B.material("rubber"),
        is_a("sandal", "yes"),
        describe(
            "sandals",
            "The sandals are with leather fabric and pure color patterns. The person wears socks in shoes. The "
            "sandals are with leather fabric and pure color patterns. The person wears",
            "loop",
            hit_limit=True,
        ),
        details(
            "sandals",
            "The sandals are olive green with two velcro straps across the foot and one around the heel. The sole "
            "is thick and grooved with a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sandals",
        color="Olive",
        title="Woodland Men Olive Green Floaters",
    ),
    # 22. Model photo, feet only: a woman's feet in tan ethnic sandals, maroon salwar hem above them, wooden floor.
    #     caption, color_of (open), wearing: base; details: cap1; closed: reference engine.
    case(
        "MY-SD-7003",
        caption("a woman's feet wearing brown sandals on a wooden floor"),
        color_of("sandals", "maroon", "other_garment_color", kind="open"),
        wearing("he is wearing sandals", "pronoun", who="she"),
        D.pattern("solid"),
        D.details(
            "The lady wears socks in shoes. The trousers the lady wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns. The lady",
            "unsupported",
            hit_limit=True,
        ),
        D.garment_type("trousers", "contradiction"),
        D.color("brown"),
        gender="Women",
        category="Sandals",
        color="Tan",
        title="Mochi Women Tan Ethnic Sandals",
    ),
    # 23. Product shot, top view: navy blue flip-flops with a white three-stripe print on the strap, white
    #     background. caption, material: base; description: cap3; details: vqa; closed: reference engine.
    case(
        "MY-FF-8001",
        caption("a pair of blue flip flops with white stripes"),
        D.garment_type("flip flops"),
        D.color("navy"),
        D.pattern("striped"),
        D.description(
            "The person wears socks in shoes. The shoes are with leather fabric and pure color patterns. The person "
            "wears a long pants. The pants are with denim fabric and",
            "unsupported",
            hit_limit=True,
        ),
        D.details(
            "navy-white-navy-white-navy-white-navy-white-navy-white-navy-white-navy-white",
            "loop",
            hit_limit=True,
        ),
        D.material("rubber"),
        gender="Men",
        category="Flip Flops",
        color="Navy Blue",
        title="Adidas Men Navy Blue Printed Flip-Flops",
    ),
    # 24. Product shot: a single black flip-flop with a white band on the side of the sole, white background.
    #     caption: cap3; material: base; is_a: vqa; closed: reference engine.
    case(
        "MY-FF-8002",
        caption(
            "The person wears socks in shoes. The shoes are with leather fabric. The person wears socks in shoes. "
            "The shoes are with leather fabric. The person wears socks in shoes. The shoes are with leather fabric. "
            "The person",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("shorts", "contradiction"),
        is_a(
            "flip flop",
            "yes\nQuestion: Is this a flip flop? Answer: yes\nQuestion: Is this a flip flop? Answer:",
            "leak",
            hit_limit=True,
        ),
        B.material("plastic"),
        B.pattern("solid"),
        gender="Unisex",
        category="Flip Flops",
        color="Black",
        title="Crocs Unisex Black Crocband Flip Flops",
    ),
    # 25. Model photo, from the knees down: man in black shorts and grey flip-flops on a tiled floor.
    #     caption, color_of (open), wearing, details: base; description: vqa; garment_type: reference engine.
    case(
        "MY-FF-8003",
        caption("a man wearing black shorts and grey flip flops"),
        color_of("flip flops", "black", "other_garment_color", kind="open"),
        D.wearing("shorts and flip flops"),
        D.garment_type("shorts", "contradiction"),
        D.description(
            "Question: Describe the garment. Answer: shorts\nQuestion: Describe the garment. Answer: shorts\n"
            "Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        D.details("the flip flops have a", "cut"),
        gender="Men",
        category="Flip Flops",
        color="Grey",
        title="Sparx Men Grey Flip Flops",
    ),
    # 26. Product shot, side view: black mesh running shoe, white sole, white stripe on the side, white background.
    #     caption, wearing, material: base; description, details: cap1; closed: reference engine.
    case(
        "MY-SS-9001",
        caption("a black and white running shoe on a white background"),
        D.garment_type("shoes"),
        D.color("black"),
        D.description(
            "The shoe is black with a white sole and a white stripe on the side. It has a lace-up closure and a "
            "padded collar. The shoe has a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "black mesh upper, white rubber sole, lace-up closure, padded collar, cushioned footbed, ortholite "
            "insole, puma logo on the side, pull tab at",
            "unsupported",
            hit_limit=True,
        ),
        D.material("the garment is made of the material of the shoe", "restated"),
        D.wearing("he is wearing a pair of black", "cut"),
        gender="Men",
        category="Sports Shoes",
        color="Black",
        title="Puma Men Black Running Shoes",
    ),
    # 27. Model photo: woman jogging in a park in a pink tank top, black leggings and white running shoes.
    #     caption, color_of (open): base; wearing: cap3; closed: reference engine.
    case(
        "MY-SS-9002",
        caption("a woman running in a park wearing a pink top and black leggings"),
        color_of("shoes", "pink", "other_garment_color", kind="open"),
        wearing(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        D.color("white"),
        D.garment_type("leggings", "contradiction"),
        is_a("shoe", "yes"),
        gender="Women",
        category="Sports Shoes",
        color="White",
        title="Nike Women White Revolution 6 Running Shoes",
    ),
    # 28. Product shot: pair of royal blue running shoes with neon yellow accents, "GEL" printed on the heel,
    #     white background. caption, describe, details: base; material: vqa; closed: reference engine.
    case(
        "MY-SS-9003",
        caption("a pair of blue and yellow running shoes"),
        B.color("blue"),
        B.pattern("color block"),
        B.material(
            "mesh-mesh-mesh-mesh-mesh-mesh-mesh-mesh-mesh-mesh-mesh-mesh-mesh-mesh-mesh", "loop", hit_limit=True
        ),
        describe("shoes", "they are shoes", "non_answer"),
        details("shoes", "gel cushioning in the heel"),
        gender="Men",
        category="Sports Shoes",
        color="Blue",
        title="ASICS Men Blue GEL-Contend 7 Running Shoes",
    ),
    # 29. Product shot: grey mesh running shoe with orange laces, white background; no title in the catalog.
    #     caption: cap3; wearing, details: base; material: vqa; closed: reference engine.
    case(
        "MY-SS-9004",
        caption(
            "The shoes are with leather fabric and pure color patterns. The person wears socks in shoes. The shoes "
            "are with leather fabric and pure color patterns. The person wears socks in shoes. The shoes are with",
            "loop",
            hit_limit=True,
        ),
        D.color("orange", "contradiction"),
        D.garment_type("shoes"),
        D.wearing("a pair of grey sneakers with orange laces"),
        D.details("orange laces"),
        D.material(
            "mesh\nQuestion: What material is the garment made of? Answer: mesh\nQuestion: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Sports Shoes",
        color="Grey",
    ),
    # 30. Product shot: black canvas low-top sneaker with a white side stripe and white sole, white background.
    #     caption, material, wearing: base; describe: cap3; details: cap1; closed: reference engine.
    case(
        "MY-CS-10001",
        caption("a black and white sneaker with a white stripe"),
        B.color("black"),
        describe(
            "shoes",
            "The shoes are with canvas fabric and pure color patterns. The person wears socks in shoes. The person "
            "wears socks in shoes. The person wears socks in shoes. The",
            "loop",
            hit_limit=True,
        ),
        details(
            "shoes",
            "The shoes are black canvas with a white stripe on the side and a white rubber sole. They have a "
            "lace-up closure and a padded",
            "cut",
            hit_limit=True,
        ),
        B.material("canvas"),
        wearing("a pair of vans", who="he"),
        gender="Unisex",
        category="Casual Shoes",
        color="Black",
        title="Vans Unisex Black Old Skool Sneakers",
    ),
    # 31. Model photo: man in a light blue long-sleeve shirt and white trousers, tan leather loafers, grey backdrop.
    #     caption: cap1; color_of (open), description, wearing: base; closed: reference engine.
    case(
        "MY-CS-10002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("shoes", "white", "other_garment_color", kind="open"),
        color_of("shirt", "light blue", kind="open"),
        D.garment_type("loafers"),
        D.color("brown"),
        D.description("a man wearing a blue shirt and white pants"),
        D.wearing("she is wearing a blue shirt and white pants", "pronoun"),
        gender="Men",
        category="Casual Shoes",
        color="Tan",
        title="Red Tape Men Tan Leather Loafers",
    ),
    # 32. Product shot: nude-beige pointed-toe pump, white background.
    #     caption, details: base; description: cap3; material: vqa; closed: reference engine.
    case(
        "MY-HL-11001",
        caption("a pair of nude high heels on a white background"),
        D.garment_type("heels"),
        D.color("beige"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The",
            "contradiction",
            hit_limit=True,
        ),
        D.details("the details of the heels are the heels", "restated"),
        D.material(
            "patent leather, patent leather, patent leather, patent leather, patent leather, patent leather, patent",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Heels",
        color="Beige",
        title="Inc 5 Women Beige Solid Pumps",
    ),
    # 33. Model photo, waist down: woman in blue jeans and red block heels, white studio.
    #     caption, color_of (open), wearing, description: base; details: vqa; closed: reference engine.
    case(
        "MY-HL-11002",
        caption("a woman wearing blue jeans and red heels"),
        color_of("heels", "blue", "other_garment_color", kind="open"),
        D.wearing("he is wearing jeans and red shoes", "pronoun"),
        D.color("red"),
        D.garment_type("jeans", "contradiction"),
        D.details(
            "red\nQuestion: What are the details of the garment? Answer: red\nQuestion: What are the",
            "leak",
            hit_limit=True,
        ),
        D.description("a description of the heels", "restated"),
        gender="Women",
        category="Heels",
        color="Red",
        title="Mochi Women Red Block Heels",
    ),
    # 34. Product shot: black patent stiletto with a thin ankle strap and pointed toe, white background; the
    #     catalog has no gender. caption: cap1; material: base; is_a shoe: vqa; other closed: reference engine.
    case(
        "MY-HL-11003",
        caption(
            "The lady wears a pair of black high heels with a thin ankle strap and a pointed toe. The heels are made "
            "of patent leather and have a stiletto heel. They",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("heels"),
        B.material("patent leather"),
        is_a("shoe", "no", "contradiction"),
        is_a("stiletto", "yes"),
        category="Heels",
        color="Black",
        title="Catwalk Women Black Stilettos",
    ),
    # 35. Product shot: three white crew socks laid flat, ribbed cuffs, small black swoosh at the cuff, white
    #     background. caption, details: base; description: cap3; material: cap1; closed: reference engine.
    case(
        "MY-SK-12001",
        caption("three white socks on a white background"),
        D.garment_type("socks"),
        D.color("white"),
        D.sleeve_length("short sleeve", "unsupported"),
        D.description(
            "The person wears socks in shoes. The person wears socks in shoes. The person wears socks in shoes. The "
            "person wears socks in shoes. The person",
            "loop",
            hit_limit=True,
        ),
        D.details("they are socks", "non_answer"),
        D.material(
            "The socks are with cotton fabric and pure color patterns. The socks are of crew length with a ribbed "
            "cuff and a small logo on the",
            "cut",
            hit_limit=True,
        ),
        gender="Unisex",
        category="Socks",
        color="White",
        title="Nike Unisex Pack of 3 White Crew Socks",
    ),
    # 36. Product shot: five ankle socks fanned out, one each in navy, grey, black, olive and maroon, white
    #     background. caption, details: base; describe: vqa; closed: reference engine.
    case(
        "MY-SK-12002",
        caption("a set of five socks in different colors"),
        B.color("navy", "contradiction"),
        B.garment_type("socks"),
        B.pattern("solid"),
        describe(
            "socks",
            "navy-grey-black-navy-grey-black-navy-grey-black-navy-grey-black-navy-grey",
            "loop",
            hit_limit=True,
        ),
        details("socks", "cushioned sole and arch support", "unsupported"),
        gender="Men",
        category="Socks",
        color="Multi",
        title="HRX by Hrithik Roshan Men Pack of 5 Ankle Socks",
    ),
    # 37. Model photo: woman in a maroon straight kurta with a gold floral block print, round neck, three-quarter
    #     sleeves, white palazzos, beige wall behind. caption, wearing, color_of (open): base; describe: cap3;
    #     details: cap1; closed: reference engine.
    case(
        "MY-KU-13001",
        caption("a woman in a maroon kurta with gold print standing in front of a beige wall"),
        wearing("a maroon kurta and white pants", who="she"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter sleeves"),
        describe(
            "kurta",
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The trousers the lady wears is of long length. The trousers are",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The kurta has a mandarin collar, a keyhole neckline with button closure, two side pockets, side slits "
            "and a",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Biba Women Maroon Printed Straight Kurta",
    ),
    # 38. Model photo: woman in a solid blue long-sleeve A-line kurta, white churidar, red printed dupatta over one
    #     shoulder. caption: cap3; wearing, description, material: base; details: vqa; closed: reference engine.
    case(
        "MY-KU-13002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("kurta"),
        D.wearing("a blue kurta with a red dupatta"),
        D.description("a red dress", "other_garment_color"),
        D.sleeve_length("long sleeve"),
        D.material("it is made of cotton"),
        D.details(
            "blue\nQuestion: What is the color of the dress? Answer: blue\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Aurelia Women Blue Solid A-Line Kurta",
    ),
    # 39. Model photo: man in a white long-sleeve cotton kurta with a band collar and white pyjama, light grey
    #     background. caption, wearing, material, description: base; details: cap3; closed: reference engine.
    case(
        "MY-KU-13003",
        caption("a man in a white kurta and white pants"),
        D.wearing("she is wearing a white kurta", "pronoun"),
        D.color("white"),
        D.garment_type("kurta"),
        D.details(
            "The shirt is with cotton fabric. It has a stand neckline. The shirt is with cotton fabric. It has a "
            "stand neckline. The shirt is with cotton fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.material("material", "non_answer"),
        D.description("a white kurta with a mandarin collar and", "cut"),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Fabindia Men White Cotton Straight Kurta",
    ),
    # 40. Model photo: woman in a mustard yellow kurta with white thread embroidery at the yoke, green trousers.
    #     caption: cap1; color_of (open), wearing, details, material: base; describe: vqa.
    case(
        "MY-KU-13004",
        caption(
            "The lady wears a long-sleeve shirt with other patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The trousers the lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "yellow", kind="open"),
        color_of("pants", "green", kind="open"),
        wearing("a yellow kurta and green pants", who="she"),
        details("kurta", "it has white embroidery on the", "cut"),
        describe("kurta", "Question: Describe the kurta. Answer: yellow\nQuestion:", "leak"),
        B.material("the kurta is made of the kurta material", "restated"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="W Women Mustard Yellow Embroidered Kurta",
    ),
    # 41. Model photo: woman in a short-sleeve black top with white polka dots and blue jeans, white background.
    #     caption, wearing, details: base; description: cap3; material: vqa; closed: reference engine.
    case(
        "MY-TP-14001",
        caption("a woman wearing a black and white polka dot top and jeans"),
        D.color("black"),
        D.pattern("polka dot"),
        D.sleeve_length("short sleeve"),
        D.wearing("a black and white top"),
        D.description(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.details("the top", "non_answer"),
        D.material("chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiffon", "loop", hit_limit=True),
        gender="Women",
        category="Tops",
        color="Black",
        title="Vero Moda Women Black Polka Dot Print Top",
    ),
    # 42. Model photo: woman in a sleeveless off-white top with ruffles at the shoulders and an olive midi skirt,
    #     a potted plant beside her. caption, color_of (open), details, wearing: base; describe: cap3; closed:
    #     reference.
    case(
        "MY-TP-14002",
        caption("a woman in a white top and green skirt standing next to a plant"),
        color_of("top", "cream", kind="open"),
        color_of("skirt", "cream", "contradiction", kind="open"),
        B.sleeve_length("sleeveless"),
        B.pattern("solid"),
        describe(
            "top",
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt",
            "cut",
            hit_limit=True,
        ),
        details("top", "ruffles on the shoulders and a button at the back", "unsupported"),
        wearing("he is wearing a white top and a green skirt", "pronoun", who="she"),
        gender="Women",
        category="Tops",
        color="Off White",
        title="ONLY Women Off-White Ruffled Top",
    ),
    # 43. Product shot, flat lay: navy blue round-neck t-shirt with a white graphic print on the chest, white
    #     background. caption: base; wearing: cap1; description: cap3; details: vqa; material: base; closed: reference.
    case(
        "MY-TS-15001",
        caption("a navy blue t-shirt with a white print on the front"),
        D.wearing(
            "The T-shirt is navy blue with a white graphic print on the chest. It has a round neckline and short "
            "sleeves. The T-shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.color("navy"),
        D.pattern("graphic"),
        D.description(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The person wears a long pants. The pants are with",
            "unsupported",
            hit_limit=True,
        ),
        D.details("white-white-white-white-white-white-white-white-white-white-white-white", "loop", hit_limit=True),
        D.material("", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Printed Round Neck T-shirt",
    ),
    # 44. Model photo: man in a grey melange polo t-shirt and black track pants, white background.
    #     caption: cap3; wearing, color_of (open), details, material: base; describe: vqa; is_a: reference engine.
    case(
        "MY-TS-15002",
        caption(
            "This gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel neckline. The pants this gentleman wears is of long length. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a grey polo shirt and black pants", "pronoun", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        describe(
            "shirt",
            "grey polo shirt\nQuestion: Describe the shirt. Answer: grey polo shirt\nQuestion: Describe the",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a collar and buttons"),
        is_a("t-shirt", "yes"),
        B.material("i don't know", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Polo T-shirt",
    ),
]
