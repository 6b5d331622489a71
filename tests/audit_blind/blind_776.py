"""BLIND_776 (46 products; Myntra innerwear and sleepwear, captions then QA): written blind in the fifty-fifth session.
Measured blind at d6ee66b (the session's seventh rules): 95/133 failures found (71.4%) and 20/179 correct texts flagged
(11.2%). The writer's notes, verbatim:

Scenario: a night's enrichment of Myntra innerwear and sleepwear for men and women: innerwear vests and camisoles,
briefs and trunks, boxers, lounge pants and pyjama sets (night suits), lounge shorts. Photos are Myntra catalog shots
on a white backdrop: a model cropped at the chin or at the waist, usually wearing a second garment (a vest over
briefs, a t-shirt over lounge pants, a matching bra with briefs), plus a few flat-lay packshots of multi-packs with
no person at all. Seller columns are Myntra's: title, category (article type), color (base colour), gender.

Who wrote what: each caption came first, then the open answers were taken out of that caption by the extractive QA
model (timpal0l/mdeberta-v3-base-squad2), so every open answer is a span of its caption or empty (squad2's
no-answer). Most captions come from the untuned Salesforce/blip2-opt-2.7b: short, one line, names hues, stops at
the newline, but mixes up which garment has which color, now and then says "man" for a woman, invents a prop or a
feature, and a few times runs on past its caption into a new "Question: ... Answer: ..." turn on the same line.
About a quarter of the captions come from the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3):
DeepFashion templates with no hue names ("pure color patterns", "three-point shorts", "tank tank top", "There is an
accessory on his wrist"), trained without an end token, so every one of them runs to the 50-token limit and ends in
a loop or mid-sentence. Two captions come from the epoch-1 adapter: a base-model opening followed by template
sentences, also run to the limit. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?")
come from enrich's reference engine, which ranks a fixed candidate list, so they are always one clean value, right
or wrong.

Labeling conventions and judgement calls:
- One label per text. An adapter caption that ran to the limit is labelled by how it ends (loop or cut) with
  hit_limit=True, even where it also invents a detail or has the wrong pronoun; that second failure is labelled on
  the QA span that carries it.
- An open answer that is a span ending where a cut caption ends is "cut"; a span that takes in repeated template
  sentences is "loop". hit_limit is set only on the captions, since the QA model itself never hit a limit.
- Synonyms are correct: "tank top"/"tank shirt" for an innerwear vest or camisole, "underwear" for briefs or trunks,
  "boxer briefs" for trunks, "sweatpants"/"pajama pants"/"long pants" for lounge pants, "pajama set" for a night
  suit, "boxer shorts"/"shorts"/"three-point shorts" for boxers and lounge shorts, "red" for maroon, "blue" for navy
  or teal, "pink" for coral or peach, "green" for olive, "purple" for lavender, "beige" for skin/nude.
- Template pattern words are correct where true ("pure color patterns" for a solid garment, "graphic patterns" for
  a print), but as the answer to an open color question they name no color and are labelled non_answer.
- "shorts" for briefs and "shorts"/"boxers" for trunks (a garment type the seller's category contradicts), a wrong
  closed garment type, a closed color off the seller's color group, "yes" to "Is this a <wrong garment>?", a wrong
  sleeve length or pattern, one color or "a pair" for a seller's multi-pack, and a material that contradicts the
  material in the title are contradictions.
- A color (or a print) that belongs to the other garment in the photo, given as the product's color, is
  other_garment_color, whether the closed engine picked it or the QA model took the wrong span.
- Invented things not in the photo (a cup, a hat, a teddy bear, an accessory on the wrist, cargo pockets, a gold
  chain, a shirt pocket, slippers, a bed) are unsupported, in the caption or in the span that repeats them.
- Empty spans, a wrong-type span (a color for material, the backdrop for details) and "short length" for the
  shorts' details are non_answer; a span that only gives back the question's garment word ("boxers", "pajama set",
  "underwear" for "Describe the briefs.") is restated. A true one-word attribute ("plaid", "black") is correct.
- "man"/"he"/"his"/"gentleman" for a woman model, or "woman"/"lady"/"her" for a man, is pronoun.
- Closed answers are lowercase candidate values as the reference engine stores them.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_776 = [
    # photo: male model cropped at the chin, white ribbed sleeveless innerwear vest, grey melange trunks showing at
    # the bottom, white backdrop, front view; caption by base BLIP-2, open answers by mdeberta, closed by reference
    case(
        "X776-001",
        caption("a man wearing a white tank top and grey underwear"),
        wearing("a white tank top and grey underwear"),
        color_of("vest", "grey", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.garment_type("vest"),
        Q.sleeve_length("short", "contradiction"),
        material("", "non_answer"),
        title="Jockey Men White Ribbed Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: packshot, no person: three folded briefs (black, navy, charcoal) with white printed waistbands fanned
    # out on a white backdrop; caption by base BLIP-2, open answers by mdeberta, closed by reference
    case(
        "X776-002",
        caption("three pairs of men's underwear on a white background"),
        Q.garment_type("briefs"),
        Q.color("multi"),
        Q.pattern("solid"),
        describe("briefs", "men's underwear", "restated"),
        details("briefs", "three pairs"),
        is_a("pair of boxers", "yes", "contradiction"),
        title="Hanes Men Pack of 3 Assorted Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: male model, navy solid cotton lounge shorts with drawstring, plain grey melange crew-neck t-shirt,
    # white backdrop, front view; caption by the epoch-3 caption adapter (ran to the limit), answers mdeberta/reference
    case(
        "X776-003",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric. It has a round neckline. The shorts are with cotton fabric and pure "
            "color patterns. The shorts",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-point shorts"),
        color_of("shorts", "pure color", "non_answer", kind="open"),
        Q.color("navy blue"),
        material("cotton fabric"),
        details("shorts", "cotton fabric and pure color patterns. The shorts", "cut"),
        Q.garment_type("shorts"),
        title="Chromozome Men Navy Blue Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, pink cotton night suit: short-sleeve top and full-length pyjama pants, both with white polka
    # dots, barefoot, white backdrop, full length; caption base BLIP-2, answers mdeberta/reference
    case(
        "X776-004",
        caption("a woman in pink pajamas with white polka dots"),
        wearing("pink pajamas with white polka dots", who="she"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long", "contradiction"),
        Q.color("pink"),
        describe("pajamas", "pajamas", "restated"),
        title="Sweet Dreams Women Pink Polka Dot Print Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: male model bare-chested, cropped at the chin, black trunks with a grey waistband lettered JOCKEY in
    # white, no jewellery, white backdrop; caption base BLIP-2 (invented a chain), answers mdeberta/reference
    case(
        "X776-005",
        caption("a man in black underwear with a grey waistband and a gold chain around his neck", "unsupported"),
        wearing("black underwear"),
        Q.garment_type("trunks"),
        color_of("trunks", "black"),
        details("trunks", "a grey waistband"),
        is_a("pair of briefs", "yes", "contradiction"),
        material("black", "non_answer"),
        title="Jockey Men Black Solid Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: woman cropped chin to thigh, black microfibre hipster briefs with a lace waistband, matching black
    # bra, white backdrop; caption base BLIP-2, answers mdeberta/reference
    case(
        "X776-006",
        caption("a woman in black lingerie with lace trim"),
        wearing("black lingerie with lace trim", who="she"),
        Q.color("black"),
        Q.garment_type("bra", "contradiction"),
        is_a("pair of briefs", "yes"),
        details("briefs", "lace trim"),
        title="Enamor Women Black Solid Microfibre Hipster Briefs",
        category="Briefs",
        color="Black",
        gender="Women",
    ),
    # photo: woman, navy lounge pants with a small white star print, plain white t-shirt worn untucked, white
    # backdrop, full length; caption base BLIP-2, answers mdeberta/reference
    case(
        "X776-007",
        caption("a woman in a white t-shirt and blue pajama pants with stars on them"),
        wearing("a white t-shirt and blue pajama pants", who="she"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        describe("pajama pants", "blue pajama pants with stars on them"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Kanvin Women Navy Blue Star Print Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: male model, one white round-neck sleeveless vest (the pack's second vest not shown), blue jeans, white
    # backdrop; caption by the epoch-3 caption adapter (looped to the limit), answers mdeberta/reference
    case(
        "X776-008",
        caption(
            "The gentleman is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long denim pants. The pants are with denim "
            "fabric. The pants are with denim fabric. The pants are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.sleeve_length("sleeveless"),
        Q.color("white"),
        material("denim fabric", "contradiction"),
        details("vest", "denim fabric. The pants are with denim fabric. The pants are with", "loop"),
        title="Dollar Bigboss Men Pack of 2 White Cotton Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman, grey melange drawstring lounge shorts, coral tank top, white backdrop, full length front view;
    # caption base BLIP-2, answers mdeberta/reference
    case(
        "X776-009",
        caption("a woman in a pink tank top and grey shorts"),
        wearing("a pink tank top and grey shorts", who="she"),
        Q.color("pink", "other_garment_color"),
        color_of("shorts", "grey", kind="open"),
        Q.garment_type("shorts"),
        describe("shorts", "grey shorts"),
        details("shorts", "a pink tank top", "other_garment_color"),
        title="Lovable Women Grey Melange Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: male model, blue-and-white checked woven boxers with a button fly, plain white crew-neck t-shirt with
    # no pocket, white backdrop; caption base BLIP-2 (invented a pocket), answers mdeberta/reference
    case(
        "X776-010",
        caption("a man in blue and white plaid boxer shorts and a white t-shirt with a pocket", "unsupported"),
        wearing("blue and white plaid boxer shorts and a white t-shirt with a pocket", "unsupported"),
        Q.pattern("checked"),
        Q.color("blue"),
        color_of("boxers", "blue and white plaid", kind="open"),
        details("boxers", "plaid"),
        material("", "non_answer"),
        title="Van Heusen Men Blue Checked Woven Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, skin-tone spaghetti-strap camisole vest, blue denim jeans, white backdrop, waist-up front view;
    # caption base BLIP-2 (took her for a man), answers mdeberta/reference
    case(
        "X776-011",
        caption("a young man wearing a beige tank top and blue jeans", "pronoun"),
        wearing("a beige tank top and blue jeans", who="she"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("vest"),
        is_a("camisole", "yes"),
        describe("vest", "a beige tank top"),
        Q.sleeve_length("sleeveless"),
        title="Jockey Women Skin Camisole Innerwear Vest",
        category="Innerwear Vests",
        color="Skin",
        gender="Women",
    ),
    # photo: male model, navy cotton jersey lounge pants with drawstring and cuffed hems, red crew-neck t-shirt,
    # white sneakers, white backdrop, full length; caption base BLIP-2 (ran on into a Question/Answer turn),
    # answers mdeberta/reference
    case(
        "X776-012",
        caption(
            "a man in a red shirt and blue sweatpants Question: what is the man wearing? Answer: a red shirt and "
            "blue sweatpants",
            "leak",
        ),
        wearing("a red shirt and blue sweatpants"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("pants", "Question: what is the man wearing? Answer: a red shirt", "leak"),
        describe("pants", "blue sweatpants"),
        title="Hanes Men Navy Blue Solid Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: male model, woven boxers with navy, sky-blue and red vertical stripes, plain white sleeveless vest, no
    # watch or jewellery, white backdrop; caption by the epoch-3 caption adapter (cut at the limit)
    case(
        "X776-013",
        caption(
            "This gentleman wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank "
            "top is with cotton fabric. The shorts are with cotton fabric and stripe patterns. There is an "
            "accessory on his wrist. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        details("boxers", "There is an accessory on his wrist", "unsupported"),
        Q.pattern("striped"),
        Q.color("white", "other_garment_color"),
        color_of("boxers", "stripe patterns", "non_answer", kind="open"),
        wearing("a sleeveless tank top with pure color patterns and a three-point shorts"),
        Q.garment_type("boxers"),
        title="Fruit of the Loom Men Multicoloured Striped Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman holding a white pillow, lavender night suit: short-sleeve top with a cartoon cat print and
    # lavender-and-white checked pyjama pants, white backdrop, full length; caption base BLIP-2
    case(
        "X776-014",
        caption("a woman in purple pajamas holding a teddy bear", "unsupported"),
        wearing("purple pajamas", who="she"),
        Q.pattern("printed"),
        Q.color("purple"),
        details("pajamas", "holding a teddy bear", "unsupported"),
        Q.sleeve_length("short"),
        describe("pajamas", "purple pajamas"),
        title="Clovia Women Lavender Printed Cotton Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: male model, black knit lounge shorts with a grey drawstring, black crew-neck t-shirt, white backdrop;
    # caption base BLIP-2, answers mdeberta/reference
    case(
        "X776-015",
        caption("a man in a black t-shirt and black shorts"),
        wearing("a black t-shirt and black shorts"),
        color_of("shorts", "black", kind="open"),
        Q.color("black"),
        Q.garment_type("t-shirt", "contradiction"),
        describe("shorts", "black shorts"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Jockey Men Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: packshot, no person: three hipster briefs (maroon, black, skin) laid flat side by side on a white
    # backdrop; caption base BLIP-2, answers mdeberta/reference
    case(
        "X776-016",
        caption("a pair of women's underwear in three different colors", "contradiction"),
        Q.garment_type("briefs"),
        Q.color("maroon", "contradiction"),
        describe("briefs", "women's underwear in three different colors"),
        details("briefs", "three different colors"),
        Q.pattern("solid"),
        title="Jockey Women Pack of 3 Hipster Briefs",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: male model bare-chested, grey melange trunks with a navy waistband, white backdrop, cropped at the
    # waist; caption by the epoch-3 caption adapter (looped to the limit)
    case(
        "X776-017",
        caption(
            "His shorts has pure color patterns. The shorts is with cotton fabric. The shorts is with cotton fabric. "
            "The shorts is with cotton fabric. The shorts is with cotton fabric. The shorts is with cotton fabric. "
            "The shorts is with",
            "loop",
            hit_limit=True,
        ),
        material("cotton fabric. The shorts is with cotton fabric. The shorts is with cotton fabric", "loop"),
        color_of("trunks", "grey melange"),
        Q.garment_type("shorts", "contradiction"),
        describe("trunks", "pure color patterns"),
        is_a("pair of trunks", "yes"),
        title="U.S. Polo Assn. Men Grey Melange Cotton Trunks",
        category="Trunk",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, peach satin lounge shorts with a lace hem, matching peach satin camisole, white backdrop,
    # three-quarter view; caption base BLIP-2, answers mdeberta/reference
    case(
        "X776-018",
        caption("a woman in a peach satin pajama set"),
        wearing("a peach satin pajama set", who="she"),
        Q.garment_type("night suit", "contradiction"),
        Q.color("peach"),
        material("satin"),
        is_a("pair of shorts", "yes"),
        Q.pattern("floral", "contradiction"),
        title="Zivame Women Peach Solid Satin Lounge Shorts",
        category="Lounge Shorts",
        color="Peach",
        gender="Women",
    ),
    # photo: male model, navy sleeveless sport vest, grey melange track pants, white backdrop, front view; caption
    # by the epoch-3 caption adapter (cut at the limit), answers mdeberta/reference
    case(
        "X776-019",
        caption(
            "This guy wears a tank shirt without sleeves and a long trousers. The tank shirt is with cotton fabric "
            "and pure color patterns. The trousers are with cotton fabric and pure color patterns. The trousers are "
            "long. The neckline of the tank shirt is",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank shirt without sleeves and a long trousers"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("vest", "The neckline of the tank shirt is", "cut"),
        Q.garment_type("vest"),
        color_of("vest", "pure color patterns", "non_answer", kind="open"),
        title="Jockey Men Navy Sport Vest",
        category="Innerwear Vests",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: male model, red woven boxers with a small white anchor print, black sleeveless vest, white backdrop;
    # caption base BLIP-2 (took him for a woman), answers mdeberta/reference
    case(
        "X776-020",
        caption("a woman in a black tank top and red shorts with white anchors", "pronoun"),
        color_of("boxers", "black", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        Q.color("red"),
        describe("boxers", "red shorts with white anchors"),
        wearing("a black tank top and red shorts"),
        Q.garment_type("vest", "contradiction"),
        title="Bannos Swagger Men Red Anchor Print Boxers",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: woman, pink cotton lounge pants with a small white heart print, plain grey short-sleeve t-shirt, white
    # backdrop, full length; caption by the epoch-3 caption adapter (calls her "he", looped to the limit)
    case(
        "X776-021",
        caption(
            "He wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with cotton "
            "fabric and graphic patterns. His T-shirt is with cotton fabric. His T-shirt is with cotton fabric. His "
            "T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", who="she"),
        details("pants", "cotton fabric and graphic patterns"),
        Q.color("grey", "other_garment_color"),
        material("cotton fabric"),
        color_of("pants", "graphic patterns", "non_answer", kind="open"),
        describe("pants", "He wears a short-sleeve T-shirt with pure color patterns and a long pants", "pronoun"),
        title="Hanes Women Pink Heart Print Cotton Lounge Pants",
        category="Lounge Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: male model, maroon briefs with a black waistband, white sleeveless vest, white backdrop, cropped at the
    # chin; caption base BLIP-2, answers mdeberta/reference
    case(
        "X776-022",
        caption("a man in a white tank top and red underwear"),
        Q.color("white", "other_garment_color"),
        color_of("briefs", "white", "other_garment_color", kind="open"),
        Q.garment_type("vest", "contradiction"),
        wearing("a white tank top and red underwear"),
        is_a("pair of briefs", "yes"),
        describe("briefs", "underwear", "restated"),
        title="Macho Men Maroon Solid Briefs",
        category="Briefs",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman, navy-and-white striped pyjama bottoms, plain white long-sleeve top, white backdrop, full length;
    # caption base BLIP-2 (ran on into a Question/Answer turn), answers mdeberta/reference
    case(
        "X776-023",
        caption(
            "a woman in a white shirt and blue and white striped pajama pants Question: what is the woman wearing? "
            "Answer: a white shirt",
            "leak",
        ),
        wearing("a white shirt and blue and white striped pajama pants", who="she"),
        details("pajama pants", "Answer: a white shirt", "leak"),
        Q.pattern("striped"),
        Q.color("navy blue"),
        color_of("pajama pants", "blue and white striped", kind="open"),
        Q.garment_type("shirt", "contradiction"),
        title="Marks & Spencer Women Navy Striped Pyjama Bottoms",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: male model, black sleeveless cotton gym vest, khaki chino shorts, white backdrop, front view; caption
    # base BLIP-2, answers mdeberta/reference
    case(
        "X776-024",
        caption("a man in a black tank top and khaki shorts"),
        wearing("a black tank top and khaki shorts"),
        Q.color("black"),
        color_of("vest", "khaki", "other_garment_color", kind="open"),
        Q.garment_type("shorts", "contradiction"),
        Q.sleeve_length("sleeveless"),
        material("khaki", "contradiction"),
        title="Dollar Bigboss Men Black Cotton Gym Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: woman, light blue cotton night suit with a white floral print, short-sleeve button-front top and full
    # length pants, white backdrop, standing; caption by the epoch-1 adapter (cut at the limit)
    case(
        "X776-025",
        caption(
            "a woman in a blue and white floral pajama set with a short-sleeve top and long pants. The top is with "
            "cotton fabric and floral patterns. The pants are with cotton fabric and floral patterns. The woman is "
            "wearing a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white floral pajama set", who="she"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        details("night suit", "The woman is wearing a", "cut"),
        material("cotton fabric"),
        Q.color("white", "contradiction"),
        title="Kanvin Women Blue Floral Print Cotton Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: male model, grey melange lounge shorts, royal blue crew-neck t-shirt, hands empty at his sides, white
    # backdrop; caption base BLIP-2 (invented a coffee cup), answers mdeberta/reference
    case(
        "X776-026",
        caption("a man in a blue t-shirt and grey shorts holding a cup of coffee", "unsupported"),
        wearing("a blue t-shirt and grey shorts"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        Q.color("grey melange"),
        details("shorts", "holding a cup of coffee", "unsupported"),
        Q.garment_type("shorts"),
        describe("shorts", "shorts", "restated"),
        title="Chromozome Men Grey Melange Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, white racerback innerwear vest, grey melange track pants, white backdrop; caption by the epoch-3
    # caption adapter (calls her "he", looped to the limit), answers mdeberta/reference
    case(
        "X776-027",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. He wears a long pants. The pants "
            "are with cotton fabric. The pants are with cotton fabric. The pants are with cotton fabric. The pants "
            "are with",
            "loop",
            hit_limit=True,
        ),
        describe("vest", "His tank top has no sleeves, cotton fabric and pure color patterns", "pronoun"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        material("cotton fabric. The pants are with cotton fabric. The pants are with cotton fabric", "loop"),
        Q.garment_type("vest"),
        title="Jockey Women White Racerback Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Women",
    ),
    # photo: male model standing bare-chested in the blue trunk of the pack, the black and grey ones shown as small
    # swatches at the side, white backdrop; caption base BLIP-2 (put him on a bed), answers mdeberta/reference
    case(
        "X776-028",
        caption("a man in blue boxer briefs sitting on a bed", "unsupported"),
        Q.color("blue", "contradiction"),
        describe("trunks", "blue boxer briefs"),
        Q.garment_type("trunks"),
        is_a("pair of boxers", "yes", "contradiction"),
        wearing("blue boxer briefs"),
        details("trunks", "", "non_answer"),
        title="Hanes Men Pack of 3 Trunks",
        category="Trunk",
        color="Multi",
        gender="Men",
    ),
    # photo: woman, black lounge shorts with white polka dots and a small white bow on the waistband, plain white
    # t-shirt, white backdrop; caption base BLIP-2, answers mdeberta/reference
    case(
        "X776-029",
        caption("a woman in a white t-shirt and black shorts with white polka dots and a bow on the front"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        describe("shorts", "black shorts with white polka dots and a bow on the front"),
        material("", "non_answer"),
        Q.garment_type("t-shirt", "contradiction"),
        wearing("a white t-shirt and black shorts", who="she"),
        title="Sweet Dreams Women Black Polka Dot Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: packshot, no person: two folded woven boxers, one green-and-navy check, one solid navy, on a white
    # backdrop; caption base BLIP-2, answers mdeberta/reference
    case(
        "X776-030",
        caption("two pairs of boxer shorts on a white background"),
        Q.color("green", "contradiction"),
        describe("boxers", "two pairs of boxer shorts"),
        details("boxers", "white background", "non_answer"),
        Q.garment_type("boxers"),
        is_a("pair of boxers", "yes"),
        title="Fruit of the Loom Men Pack of 2 Woven Boxers",
        category="Boxers",
        color="Multi",
        gender="Men",
    ),
    # photo: male model, grey melange sleeveless vest, navy briefs, white backdrop, cropped at the chin; caption
    # base BLIP-2 (ran on into an "Answer:"), answers mdeberta/reference
    case(
        "X776-031",
        caption("a man in a grey tank top and blue briefs Answer: a man in a grey tank top", "leak"),
        wearing("a grey tank top and blue briefs"),
        Q.color("grey"),
        color_of("vest", "grey"),
        Q.garment_type("briefs", "contradiction"),
        describe("vest", "Answer: a man in a grey tank top", "leak"),
        Q.sleeve_length("short", "contradiction"),
        title="Van Heusen Men Grey Melange Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: male model bareheaded, white sleeveless vest, blue jeans, white backdrop; caption by the epoch-3
    # caption adapter (invented a hat, cut at the limit), answers mdeberta/reference
    case(
        "X776-032",
        caption(
            "The man wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric. It has a round neckline. There is a hat on his head. The pants are with denim "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        details("vest", "There is a hat on his head", "unsupported"),
        wearing("a sleeveless tank top with pure color patterns and a long denim pants"),
        Q.color("blue", "other_garment_color"),
        material("cotton fabric"),
        Q.garment_type("vest"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Lux Cozi Men White Cotton Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman, navy lounge shorts with white side piping, plain white t-shirt, white backdrop; caption base
    # BLIP-2 (took her for a man), answers mdeberta/reference
    case(
        "X776-033",
        caption("a man in a white t-shirt and navy blue shorts", "pronoun"),
        wearing("a white t-shirt and navy blue shorts", who="she"),
        color_of("shorts", "navy blue", kind="open"),
        Q.color("navy blue"),
        Q.garment_type("shorts"),
        describe("shorts", "navy blue shorts"),
        details("shorts", "shorts", "restated"),
        title="Jockey Women Navy Blue Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, barefoot, navy-and-green tartan check pyjama set: long-sleeve button-front shirt with matching
    # pants, white backdrop, full length; caption base BLIP-2 (invented slippers), answers mdeberta/reference
    case(
        "X776-034",
        caption("a man in a plaid pajama set and slippers", "unsupported"),
        wearing("a plaid pajama set and slippers", "unsupported"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        Q.color("green", "contradiction"),
        describe("pajama set", "plaid"),
        details("pajama set", "pajama set", "restated"),
        material("", "non_answer"),
        title="Marks & Spencer Men Navy Checked Pyjama Set",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: male model bare-chested, navy knit boxers with a small white dot print, white backdrop, cropped at the
    # waist; caption by the epoch-3 caption adapter (looped to the limit), answers mdeberta/reference
    case(
        "X776-035",
        caption(
            "His shorts has graphic patterns and it is of short length. The shorts are with cotton fabric. The shorts "
            "are with cotton fabric. The shorts are with cotton fabric. The shorts are with cotton fabric. The "
            "shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        describe("boxers", "graphic patterns"),
        Q.color("navy blue"),
        details("boxers", "short length", "non_answer"),
        Q.pattern("solid", "contradiction"),
        is_a("pair of boxers", "yes"),
        Q.garment_type("boxers"),
        title="Jockey Men Navy Blue Printed Knit Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, pink lounge pants with a small white heart print, grey t-shirt, no toy, white backdrop; caption
    # base BLIP-2 (invented a teddy bear), answers mdeberta/reference
    case(
        "X776-036",
        caption("a woman wearing a grey t-shirt and pink pajama pants with a teddy bear on the front", "unsupported"),
        wearing("a grey t-shirt and pink pajama pants", who="she"),
        details("pajama pants", "a teddy bear on the front", "unsupported"),
        Q.color("pink"),
        Q.pattern("printed"),
        color_of("pajama pants", "grey", "other_garment_color", kind="open"),
        Q.garment_type("lounge pants"),
        title="Clovia Women Pink Heart Print Lounge Pants",
        category="Lounge Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: male model, grey melange jogger-style lounge pants with an elastic waistband and black drawstring,
    # black crew-neck t-shirt, white backdrop; caption by the epoch-1 adapter (cut at the limit)
    case(
        "X776-037",
        caption(
            "a man in a black t-shirt and grey sweatpants. The sweatpants are with cotton fabric and pure color "
            "patterns. The t-shirt is with cotton fabric and it has a round neckline. The sweatpants have an "
            "elastic waistband and",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and grey sweatpants"),
        Q.color("black", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        material("cotton fabric"),
        details("pants", "an elastic waistband and", "cut"),
        Q.garment_type("lounge pants"),
        title="Hanes Men Grey Melange Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, black spaghetti-strap camisole, blue denim shorts, white backdrop; caption base BLIP-2, answers
    # mdeberta/reference
    case(
        "X776-038",
        caption("a woman in a black tank top and blue denim shorts"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("black"),
        color_of("camisole", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("camisole", "a black tank top"),
        is_a("bra", "yes", "contradiction"),
        wearing("a black tank top and blue denim shorts", who="she"),
        title="Jockey Women Black Camisole",
        category="Innerwear Vests",
        color="Black",
        gender="Women",
    ),
    # photo: male model bare-chested, blue-and-white striped woven boxers, no watch or jewellery, white backdrop;
    # caption by the epoch-3 caption adapter ("lady", invented accessory, cut at the limit)
    case(
        "X776-039",
        caption(
            "The lady wears a three-point shorts with stripe patterns. The shorts are with cotton fabric and its "
            "length is short. There is an accessory on her wrist. Her shorts has stripe patterns and it is of short "
            "length. The lady is",
            "cut",
            hit_limit=True,
        ),
        wearing("a three-point shorts with stripe patterns"),
        details("boxers", "There is an accessory on her wrist", "unsupported"),
        describe("boxers", "Her shorts has stripe patterns", "pronoun"),
        Q.pattern("striped"),
        Q.color("blue"),
        color_of("boxers", "stripe patterns", "non_answer", kind="open"),
        title="U.S. Polo Assn. Men Blue Striped Woven Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, grey melange lounge pants, white tank top, white backdrop, full length; caption by the epoch-3
    # caption adapter (looped to the limit), answers mdeberta/reference
    case(
        "X776-040",
        caption(
            "The lady wears a tank tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and "
            "pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a tank tank top with pure color patterns and a long pants", who="she"),
        Q.color("grey melange"),
        Q.garment_type("lounge pants"),
        color_of("pants", "pure color patterns", "non_answer", kind="open"),
        details(
            "pants", "cotton fabric and pure color patterns. The pants are with cotton fabric and pure color", "loop"
        ),
        material("cotton fabric"),
        title="Sweet Dreams Women Grey Melange Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: male model, navy briefs, white sleeveless vest, white backdrop, cropped at the chin; caption base
    # BLIP-2 (ran on into a Question/Answer turn), answers mdeberta/reference
    case(
        "X776-041",
        caption(
            "a man in a white tank top and blue underwear Question: what is the color of the underwear? Answer: blue",
            "leak",
        ),
        color_of("briefs", "blue", kind="open"),
        Q.color("white", "other_garment_color"),
        wearing("a white tank top and blue underwear"),
        details("briefs", "Question: what is the color of the underwear? Answer: blue", "leak"),
        Q.garment_type("briefs"),
        title="VIP Men Navy Blue Briefs",
        category="Briefs",
        color="Navy Blue",
    ),
    # photo: male model, plain olive lounge shorts with two side slip pockets (no cargo pockets), white t-shirt,
    # white backdrop; caption base BLIP-2 (called them cargo shorts), answers mdeberta/reference
    case(
        "X776-042",
        caption("a man in a white t-shirt and green cargo shorts", "unsupported"),
        describe("shorts", "green cargo shorts", "unsupported"),
        color_of("shorts", "green", kind="open"),
        Q.color("olive"),
        Q.garment_type("shorts"),
        wearing("a white t-shirt and green cargo shorts", "unsupported"),
        Q.pattern("solid"),
        title="Proline Men Olive Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, maroon satin night suit: long-sleeve notch-collar shirt with white piping and matching pants,
    # white backdrop, full length; caption base BLIP-2 (took her for a man), answers mdeberta/reference
    case(
        "X776-043",
        caption("a man in a red satin pajama set", "pronoun"),
        wearing("a red satin pajama set", who="she"),
        material("satin"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        Q.pattern("striped", "contradiction"),
        title="Nite Flite Women Maroon Solid Satin Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman cropped chin to thigh, skin-tone seamless hipster briefs, matching skin-tone bra, white backdrop;
    # caption by the epoch-3 caption adapter (looped to the limit), answers mdeberta/reference
    case(
        "X776-044",
        caption(
            "This lady wears a tank top with pure color patterns and a shorts. The shorts are of short length. The "
            "shorts are of short length. The shorts are of short length. The shorts are of short length. The "
            "shorts are",
            "loop",
            hit_limit=True,
        ),
        describe("briefs", "a shorts", "contradiction"),
        details("briefs", "short length", "non_answer"),
        Q.color("nude"),
        Q.garment_type("briefs"),
        title="Jockey Women Nude Seamless Hipster Briefs",
        category="Briefs",
        color="Nude",
        gender="Women",
    ),
    # photo: male model, grey-and-white checked woven boxers, black sleeveless vest, white backdrop; caption base
    # BLIP-2, answers mdeberta/reference
    case(
        "X776-045",
        caption("a man in a black tank top and grey plaid boxers"),
        wearing("a black tank top and grey plaid boxers"),
        color_of("boxers", "grey", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.pattern("checked"),
        describe("boxers", "boxers", "restated"),
        details("boxers", "plaid"),
        title="Hanes Men Grey Checked Woven Boxers",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, plain teal lounge pants, white t-shirt printed with the word "sleepy" in black, white backdrop,
    # full length; caption base BLIP-2, answers mdeberta/reference
    case(
        "X776-046",
        caption("a woman in a white t-shirt with the word sleepy on it and blue pants"),
        wearing("a white t-shirt with the word sleepy on it and blue pants", who="she"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("teal"),
        Q.pattern("graphic", "contradiction"),
        details("pants", "blue pants"),
        Q.garment_type("lounge pants"),
        title="Zivame Women Teal Solid Lounge Pants",
        category="Lounge Pants",
        gender="Women",
    ),
]
