"""BLIND_65 (44 products; the experiments re-run on a Myntra-style budget sellers' catalog with noisy seller
columns): written blind in the seventeenth session. Measured blind at a521b7f: 124/140 and 12/148. The writer's
notes, verbatim:

Blind corpus 65: BLIP-2 OPT-2.7b outputs on a budget / unbranded marketplace catalog, each text labelled.

Scenario
--------
The original experiments' models re-run on a Myntra-style marketplace's budget and unbranded sellers: t-shirts,
shirts, kurtis, leggings, track pants, night suits, shorts and tops. The seller columns are noisy: article types and
colours with odd spellings, plurals and casing ("Tshirts", "KURTIS", "Nightsuit", "Burgandy", "Lavendar", "Mutli"),
"Multi" and "Assorted" colours, titles in capitals or stuffed with keywords, some columns empty. Questions are enrich's
default questionnaire (DEFAULT_QUESTIONS); a few products are asked the experiments' own questions instead
(is_a yes/no, color_of "the kurti / shirt / jeans / pants", the BLIND_QUESTIONS closed set).

Which system wrote which text
-----------------------------
- base: untuned Salesforce/blip2-opt-2.7b (short, mostly sensible answers; sometimes one colour for every garment,
  wrong pronoun, invented details, echoes of the question, an empty string, a "Question:" continuation).
- cap1 / cap3: the caption LoRA adapter, epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch) and
  epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption). They return the DeepFashion-MultiModal caption template for
  every prompt ("The lady wears a short-sleeve T-shirt with pure color patterns. ..."), never stop (no end token
  trained) and are cut at the limit or loop on the template; they name patterns, never hues.
- vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Answers with In-shop class words ("tee", "blouse", "dress",
  "pants"), pattern words for colours, and, because the loss covered the prompt, continues with
  "Question: ... Answer: ..." or repeats a word until the 30-token limit.
- The closed questions (garment_type, color, pattern, sleeve_length) are stored as enrich's reference engine keeps
  them (a candidate word, or raw text when unmapped); the model named in each comment is the one whose answer it is.
- Limits: 30 new tokens for answers, 50 for captions, greedy decoding.

How it was written
------------------
Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Text/Case
layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case and TARGETS). Nothing else
under /work/main was opened; no audit code, other corpora or docs were read. Each product's photo is imagined in the
comment above it, and every label is judged against that photo.

Label conventions and judgement calls
-------------------------------------
- One label per text: its most salient failure. A text that repeats a word, phrase or template sentence until the
  limit is a loop; one that carries "Question:" / "Answer:" is a leak even when it also repeats or is cut; a caption
  template that runs to the limit is cut even when it also invents (a "gentleman" in a flat lay, "long pants").
- hit_limit=True on every text that ran to the token limit (all loops, long leaks, cuts at the limit). A few texts
  are cut mid-phrase before the limit (hit_limit=False), and short leaks that stop on their own are not at the limit.
- Near-colour synonyms are correct: maroon for a "Burgandy" seller colour, red for maroon satin, green or teal for
  teal, green or olive for olive, light blue for sky blue, white or off white for "Cream", grey for charcoal,
  multicolor for "Multi" / "Assorted", and navy blue for a navy-ground small floral print listed as "Mutli".
- Partial colours of a two-colour garment ("red" for a red-and-black check) are correct.
- Backgrounds named in captions (red wall, yellow wall, beach, cafe) are correct; a background's colour given as
  the garment's colour is a contradiction.
- The colour of another worn garment given to the product (the tee's white for the track pants, the kurti's
  mustard for the leggings, the inner tee's white for an open shirt) is other_garment_color; a wrong colour from
  nowhere, a wrong garment type, a wrong yes/no, a wrong pattern or sleeve length is a contradiction. A garment type
  naming the outfit's other garment (kurta for leggings worn under it, hoodie for track pants) is a contradiction.
- A pattern word or the caption template in answer to the colour question ("graphic", "pure color") is a non_answer,
  as are "", "nothing", "yes" to an open question, a class word for the material question, and "they are shorts" /
  "it is a kurti" for details or a description.
- restated: the question's own words returned as a sentence with no information ("the details of the garment are
  the details of the garment", "the garment is made of a material").
- Product shots without a person: a wearing answer that names the garment ("pajamas", "t-shirts") is correct;
  "nothing" is a non_answer; "a man wearing ..." is unsupported.
- A wearing answer that names only one of the visible garments (vqa "tee", "blouse") is correct.
- Material: a common fabric that fits the photo (cotton tee, spandex leggings, satin night suit, flannel check,
  denim shorts) is correct; compositions, gsm, origins, finishes and marketing ("keeps you dry", "perfect for
  sleeping") are unsupported, as are pockets, logos, prints or accessories that the photo does not show.
- Pronouns are judged against the person in the photo (gender column where the seller gave one; product 30 has no
  gender column and is still labelled by the photo). Girls / boys called "the lady" / "the gentleman" by the caption
  template are not pronoun failures; a boy called "a little girl" is.
- kurta and kurti are synonyms; "pajamas" is a night suit; "sweatpants" are track pants; "plaid" is checked.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

CAP_TEE_M = (
    "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
    "neckline is crew."
)

BLIND_65: list[Case] = [
    # 1. Man in a plain navy round-neck tee and grey jeans against a white wall. caption, wearing, color, material:
    # base; description: cap3 (template, cut at 30 tokens).
    case(
        "MYB65-T001",
        caption("a man wearing a navy blue t-shirt and grey jeans standing against a white wall"),
        D.wearing("a blue t-shirt and jeans"),
        D.color("navy blue"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Men Solid Round Neck Cotton T-shirt",
    ),
    # 2. Woman in a mustard straight kurti with small white flowers, three-quarter sleeves, white leggings, grey
    # studio backdrop. No pockets. caption, wearing, color, pattern, description, material: base; details: vqa.
    case(
        "MYB65-K002",
        caption(
            "a woman wearing a yellow kurti with white flowers and white leggings standing in front of a grey "
            "background"
        ),
        D.wearing("a yellow kurta and white leggings"),
        D.color("mustard"),
        D.pattern("floral"),
        D.description(
            "a yellow kurti with white flowers on it, it is a long kurti with a slit on the side and a pocket on the "
            "right side",
            "unsupported",
        ),
        D.details(
            "Question: What are the details of the garment? Answer: floral Question: What are the details of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Kurtis",
        color="Mustard",
        title="WOMEN RAYON PRINTED STRAIGHT KURTI KURTA FOR WOMEN KURTI FOR GIRLS PARTY WEAR OFFICE WEAR",
    ),
    # 3. The product is the black ankle-length leggings; the woman wears them under a long mustard printed kurti,
    # white studio. caption, garment_type, color, pattern, description, material: base; wearing: vqa (loop).
    case(
        "MYB65-L003",
        caption("a woman in a yellow kurta and black leggings"),
        D.wearing(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("kurta", "contradiction"),
        D.color("mustard", "other_garment_color"),
        D.pattern("printed", "contradiction"),
        D.description("a pair of black ankle length leggings"),
        D.material("spandex"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Women's Ankle Length Leggings Black",
    ),
    # 4. Navy track pants with zip side pockets, worn with a white tee and white sneakers. caption: cap3 (cut at 50);
    # the rest: base.
    case(
        "MYB65-P004",
        caption(
            CAP_TEE_M + " The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue track pants"),
        D.garment_type("track pants"),
        D.color("white", "other_garment_color"),
        D.details("zip pockets on the sides and an elastic waistband with a drawstring"),
        D.material("polyester"),
        gender="Men",
        category="Track Pants",
        color="Navy",
        title="Men Navy Blue Solid Track Pants With Zip Pockets",
    ),
    # 5. Flat lay, no person: pink cotton night suit (round-neck short-sleeve top and pyjama, both with small cartoon
    # cats), white surface. description: cap1 (template, cut); the rest: base.
    case(
        "MYB65-N005",
        caption("a pink pajama set with cartoon cats on it laid on a white surface"),
        D.color("pink"),
        D.pattern("printed"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("the top has a round neck and short sleeves and the pyjama has an elastic waist"),
        D.material("100% cotton with a soft brushed finish, machine washable", "unsupported"),
        gender="Women",
        category="Night suits",
        color="Pink",
        title="Women Pink Printed Night Suit Set Top & Pyjama",
    ),
    # 6. Man in a blue-and-white checked shirt worn open over a white round-neck tee, black jeans. details: vqa (loop);
    # the rest: base.
    case(
        "MYB65-S006",
        caption("a man wearing a blue and white checkered shirt over a white t-shirt"),
        D.wearing("a plaid shirt and a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        D.details(
            "the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the "
            "buttons, the sleeves",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Men Regular Fit Checked Casual Shirt",
    ),
    # 7. A young boy in a black tee and olive cotton shorts (the product), park. details: cap3 (template loop);
    # the rest: base.
    case(
        "MYB65-H007",
        caption("a young boy wearing a black t-shirt and green shorts"),
        D.wearing("she is wearing a black shirt and green shorts", "pronoun"),
        D.garment_type("shorts"),
        D.color("olive"),
        D.description("a pair of black shorts with pockets", "other_garment_color"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shorts",
        color="Olive",
        title="Boys Cotton Shorts",
    ),
    # 8. Woman in a peach top with short puff sleeves and a round neck, blue jeans. details: vqa; the rest: base.
    case(
        "MYB65-O008",
        caption("a woman wearing a peach top and blue jeans"),
        D.wearing("a peach colored top and jeans"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short sleeve"),
        D.description("a peach top with puff sleeves and a round neck"),
        D.details(
            "Answer: puff sleeves Question: What is the color of the garment? Answer: peach Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="Women",
        category="Tops",
        color="Peach",
        title="Women Peach Solid Top",
    ),
    # 9. Flat lay, no person: three folded plain round-neck tees, black, grey melange and white, white background.
    # details: cap3 (template, cut); the rest: base.
    case(
        "MYB65-T009",
        caption("three t-shirts in black, grey and white on a white background"),
        D.color("multicolor"),
        D.pattern("solid"),
        D.description("three plain t-shirts folded neatly, one black, one grey and one white"),
        D.details(CAP_TEE_M + " The gentleman wears a", "cut", hit_limit=True),
        D.material("100% combed cotton 180 gsm bio-washed", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Assorted",
        title="PACK OF 3 MEN COTTON ROUND NECK TSHIRT COMBO TSHIRT FOR MEN COMBO PACK",
    ),
    # 10. Woman in an A-line kurti with a blue, pink and green block print, mandarin collar, button placket, white
    # palazzo, beige curtain behind. description: vqa (loop); details: base, cut before the limit; the rest: base.
    case(
        "MYB65-K010",
        caption("a woman wearing a multicolored kurta and white pants standing in front of a beige curtain"),
        D.wearing("a blue and pink kurta with white palazzo pants"),
        D.color("multicolor"),
        D.description(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a mandarin collar, a button placket and", "cut"),
        D.material("cotton"),
        gender="Women",
        category="kurtis",
        color="Multi",
        title="Women Multicoloured Printed A-Line Kurti",
    ),
    # 11. Man in a plain maroon round-neck tee and black track pants on a street. All base.
    case(
        "MYB65-T011",
        caption("a man in a maroon t-shirt standing on a street"),
        D.wearing("a maroon shirt and black pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("maroon"),
        D.description("a maroon t-shirt with a round neck, it is very comfortable and soft", "unsupported"),
        D.details("round neck and short sleeves"),
        gender="men",
        category="T-Shirts",
        color="Burgandy",
        title="Mens Burgandy Solid Round Neck Tshirt",
    ),
    # 12. Woman in a pink tank top and plain grey leggings (the product) doing yoga on a mat. description: cap1
    # (template, cut); is_a: vqa; the rest: base.
    case(
        "MYB65-L012",
        caption("a woman in a pink top and grey leggings doing yoga on a mat"),
        D.wearing("a pink top and pink leggings", "other_garment_color"),
        D.color("grey"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is round. The lady wears leggings. The leggings are",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton lycra"),
        is_a("pair of leggings", "yes"),
        gender="Women",
        category="Leggings",
        color="Grey",
        title="women leggings grey melange ankle length",
    ),
    # 13. Man in a white tee with a small black chest print, blue jeans, black shoes; the experiments' questions.
    # caption, wearing, color_of: base; details: vqa (loop); describe: cap3 (cut).
    case(
        "MYB65-T013",
        caption("a man wearing a white t-shirt and blue jeans"),
        wearing("a white shirt and jeans", who="he"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details(
            "shirt",
            "the shirt is white and the shirt is white and the shirt is white and the shirt is white and the shirt is",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is crew. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Men White Printed Round Neck T-shirt",
    ),
    # 14. Woman in an off-white straight kurti with white thread (chikan) embroidery, three-quarter sleeves, side
    # slits, red palazzo, light pink wall. material: vqa (leak); the rest: base.
    case(
        "MYB65-K014",
        caption("a woman wearing a white kurta and red pants"),
        D.wearing("he is wearing a white kurta and red palazzo", "pronoun"),
        D.color("red", "other_garment_color"),
        D.pattern("embroidered"),
        D.description("an off white kurti with white thread embroidery on the front"),
        D.details("white thread embroidery, round neck, and a slit on the sides"),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the "
            "garment made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtis",
        color="Cream",
        title="Women Cream Chikan Embroidered Straight Kurti",
    ),
    # 15. Product shot, no person: plain grey melange cotton shorts with a drawstring and two side pockets, no logo,
    # white background. All base.
    case(
        "MYB65-H015",
        caption("a pair of grey shorts with a drawstring on a white background"),
        D.wearing("shorts"),
        D.color("grey"),
        D.description(
            "a pair of grey melange cotton shorts with a drawstring waist and two side pockets and a small logo on "
            "the left leg",
            "unsupported",
        ),
        D.details("they are shorts", "non_answer"),
        D.material("cotton"),
        gender="Men",
        category="shorts",
        color="Grey Melange",
        title="Men Grey Melange Cotton Shorts Regular Fit Casual Shorts Gym Shorts Running Shorts",
    ),
    # 16. A girl in a lavender night suit with unicorn prints (tee and purple pyjama) in a bedroom. caption: cap1
    # (cut); garment_type, pattern: reference engine; wearing, color, description, details, material: vqa.
    case(
        "MYB65-N016",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("tee"),
        D.garment_type("night suit"),
        D.color("graphic", "non_answer"),
        D.pattern("graphic"),
        D.description(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic "
            "tee graphic tee",
            "loop",
            hit_limit=True,
        ),
        D.details("yes", "non_answer"),
        D.material(
            "Answer: cotton Question: What is the color of the garment? Answer: graphic Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Night Suits",
        color="Lavender",
        title="Girls Printed Night Suit",
    ),
    # 17. Man in a grey hoodie and black joggers (the product) in a park. All base.
    case(
        "MYB65-P017",
        caption("a man in a grey hoodie and black pants standing in a park"),
        D.wearing("a grey sweatshirt and black sweatpants"),
        D.garment_type("hoodie", "contradiction"),
        D.color("black"),
        D.description("grey track pants with a drawstring waist", "other_garment_color"),
        D.details("the details of the garment are the details of the garment", "restated"),
        D.material("the garment is made of fabric", "restated"),
        gender="Men",
        category="Trackpants",
        color="Black",
        title="TRACK PANTS FOR MEN BLACK JOGGERS LOWER FOR MEN GYM WEAR",
    ),
    # 18. Woman in a navy-and-white horizontally striped, full-sleeve boat-neck top and white jeans by the sea.
    # caption, wearing, color (raw text kept), details, material: cap3 (template for every prompt); pattern,
    # sleeve_length: reference engine.
    case(
        "MYB65-O018",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its neckline "
            "is boat. The lady wears long pants. The pants are with denim fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is boat. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("The lady wears a long-sleeve shirt with stripe patterns.", "non_answer"),
        D.pattern("striped"),
        D.sleeve_length("long sleeve"),
        D.details(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. The lady wears "
            "a long-sleeve shirt with stripe patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The shirt is with cotton fabric and its neckline is boat. The lady wears long pants. The pants are with "
            "denim fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Navy Blue",
        title="Women Navy Blue & White Striped Top",
    ),
    # 19. Man in a teal polo with white tipping on the collar, beige chinos, grey backdrop; no chest pocket.
    # is_a: vqa; the rest: base.
    case(
        "MYB65-T019",
        caption("a man wearing a green polo shirt and khaki pants"),
        is_a("polo shirt", "yes"),
        D.color("teal"),
        D.description("a teal polo shirt with white stripes on the collar"),
        D.details("it has a collar, buttons, and a pocket on the chest", "unsupported"),
        D.material(
            "it is made of cotton pique fabric which is a knitted fabric with a textured surface that is",
            "cut",
            hit_limit=True,
        ),
        gender="MEN",
        category="TSHIRTS",
        color="Teal",
        title="MENS POLO T SHIRT TEAL COLOUR COTTON BLEND COLLAR TSHIRT",
    ),
    # 20. Woman in a calf-length bottle-green anarkali kurti, full sleeves, gold foil print on the yoke, green
    # churidar, red wall behind. caption: base; is_a, color_of, wearing, material: vqa; pattern, sleeve: reference.
    case(
        "MYB65-K020",
        caption("a woman in a green kurti standing in front of a red wall"),
        is_a(
            "kurti",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        color_of("kurti", "red", "contradiction", kind="open"),
        D.wearing(
            "Question: What is the person wearing? Answer: dress Question: What is the person wearing? Answer: dress "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        B.pattern("printed"),
        B.sleeve_length("long sleeve"),
        B.material("", "non_answer"),
        gender="Women",
        category="Kurta",
        color="Green",
        title="Women Green Anarkali Kurti with Foil Print",
    ),
    # 21. Man on a sofa in a blue-and-white checked cotton night suit (collared button-front shirt with a chest
    # pocket, pyjama with a side pocket). All base.
    case(
        "MYB65-N021",
        caption("a man sitting on a couch wearing blue plaid pajamas"),
        D.garment_type("night suit"),
        D.color("blue"),
        D.pattern("checked"),
        D.description(
            "a blue and white checkered pajama set with a collar and buttons down the front and a pocket on the chest "
            "and a pocket on the pants and a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of a soft fabric that is breathable and perfect for sleeping", "unsupported"),
        gender="Men",
        category="Night Suits",
        color="Blue",
        title="men night suit checked pyjama set cotton",
    ),
    # 22. Flat lay, no person: three plain leggings, black, navy and maroon, on a white sheet. caption: cap1 (loop);
    # the rest: base.
    case(
        "MYB65-L022",
        caption(
            "The lady wears leggings with pure color patterns. The leggings are with cotton fabric. The lady wears "
            "leggings with pure color patterns. The leggings are with cotton fabric. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.wearing("nothing", "non_answer"),
        D.garment_type("leggings"),
        D.color("multicolor"),
        D.description("three pairs of leggings in black, blue and red"),
        D.details("they are leggings", "non_answer"),
        D.material("the garment is made of the material of the leggings", "restated"),
        gender="Women",
        category="leggings",
        color="Assorted",
        title="Pack of 3 Leggings Combo",
    ),
    # 23. Man in an office in a plain sky-blue formal shirt with one plain chest pocket (no logo), grey trousers.
    # caption: cap3 (cut); the rest: base.
    case(
        "MYB65-S023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. It has",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue shirt and grey pants", "pronoun"),
        D.color("light blue"),
        D.sleeve_length("long sleeve"),
        D.description(
            "a light blue formal shirt with a pocket and the brand logo embroidered on the pocket", "unsupported"
        ),
        D.details("collar, buttons, cuffs"),
        D.material("cotton"),
        gender="Men",
        category="Shirts",
        color="Sky Blue",
        title="Men Slim Fit Solid Formal Shirt",
    ),
    # 24. Woman in a white tee printed "GOOD VIBES" in pink letters, denim shorts, bright yellow wall. details: vqa
    # (loop); the rest: base.
    case(
        "MYB65-T024",
        caption("a woman wearing a white t-shirt with the words good vibes on it in front of a yellow wall"),
        D.color("yellow", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeve"),
        D.description("a white t-shirt with pink letters that say good vibes only", "unsupported"),
        D.details(
            "graphic tee, graphic tee, graphic tee, graphic tee, graphic tee, graphic tee, graphic tee, graphic tee",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="women",
        category="tshirts",
        color="white",
        title="women printed tshirt",
    ),
    # 25. Man in a black tee and grey track pants with a white side stripe (the product), gym. caption: base; the
    # experiments' questions: vqa; color: reference engine.
    case(
        "MYB65-P025",
        caption("a man in a black shirt and grey sweatpants"),
        D.wearing("tee"),
        is_a("pair of track pants", "no", "contradiction"),
        color_of(
            "pants",
            "gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray "
            "gray gray gray gray gray gray gray gray gray",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("grey"),
        B.material(
            "polyester Question: What is the color of the garment? Answer: gray Question: What is the pattern of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "the pants, the stripes, the pocket, the pants, the stripes, the pocket, the pants, the stripes, the "
            "pocket, the pants",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="track pants",
        color="Grey",
        title="Men Grey Track Pants with Side Stripe",
    ),
    # 26. Woman on a beach in a white tank top and blue denim shorts (the product) with a frayed hem. caption: cap1
    # (cut); the rest: base.
    case(
        "MYB65-H026",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is round. The lady wears a shorts. The shorts are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and blue jean shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.description("a pair of blue denim shorts with a frayed hem"),
        D.details("the details of the shorts are the details of the shorts", "restated"),
        D.material("denim"),
        gender="Women",
        category="Shorts",
        color="Blue",
        title="WOMEN DENIM SHORTS BLUE",
    ),
    # 27. Woman in a black ribbed sleeveless crop top with thin straps and a square neck, high-waisted blue jeans,
    # white wall. details: vqa (loop); the rest: base.
    case(
        "MYB65-O027",
        caption("a man in a black tank top and jeans", "pronoun"),
        D.wearing("a black crop top and blue jeans"),
        D.pattern("solid"),
        D.sleeve_length("sleeveless"),
        D.description(
            "a black ribbed crop top with thin straps and a square neckline that ends just above the waist of the "
            "high waisted blue jeans she is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "sleeveless, sleeveless, sleeveless, sleeveless, sleeveless, sleeveless, sleeveless, sleeveless, "
            "sleeveless, sleeveless",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton spandex blend, 95% cotton 5% spandex", "unsupported"),
        gender="Women",
        category="Tops",
        color="Black",
        title="Women Black Ribbed Crop Top",
    ),
    # 28. A boy in a yellow tee with a green dinosaur on the front, blue shorts, playground; the back is not shown.
    # description: cap3 (cut); the rest: base.
    case(
        "MYB65-T028",
        caption("a little girl in a yellow t-shirt with a dinosaur on it", "pronoun"),
        D.wearing("a yellow shirt with a dinosaur on it and blue shorts"),
        D.color("yellow"),
        D.pattern("graphic"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is crew. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.details("dinosaur print on the front and a matching dinosaur on the back", "unsupported"),
        D.material("cotton"),
        gender="Boys",
        category="T-shirt",
        color="Yellow",
        title="Boys Yellow Printed Round Neck Cotton T-shirt",
    ),
    # 29. Man on a beach in a white half-sleeve camp-collar shirt printed with blue tropical leaves. details: vqa
    # (leak); the rest: base.
    case(
        "MYB65-S029",
        caption("a man wearing a white shirt with blue leaves on it standing on a beach"),
        D.wearing("he is wearing a shirt"),
        D.color("white"),
        D.pattern("printed"),
        D.sleeve_length("long sleeve", "contradiction"),
        D.description(
            "a white hawaiian shirt with blue leaves on it and a white hawaiian shirt with blue leaves on it and a "
            "white hawaiian shirt with",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "Answer: collar Question: What are the details of the garment? Answer: collar Question: What are the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Men Tropical Printed Casual Shirt Half Sleeve",
    ),
    # 30. Seller left gender, category and colour empty. Woman in a teal-blue straight kurti with white embroidery on
    # the neckline, white pants, white background. All base.
    case(
        "MYB65-K030",
        caption("a woman wearing a blue kurta with white embroidery on the neck"),
        D.wearing("he is wearing a blue kurti and white pants", "pronoun"),
        D.garment_type("kurta"),
        D.color("teal"),
        D.description("it is a kurti", "non_answer"),
        D.details("", "non_answer"),
        D.material("the garment is made of a material", "restated"),
        title="KURTI",
    ),
    # 31. No gender column. Man in a plain olive round-neck tee and black jeans against a brick wall. caption,
    # wearing, description, details: cap1 (template for every prompt); color: reference engine.
    case(
        "MYB65-T031",
        caption(
            CAP_TEE_M + " The gentleman wears long pants. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(CAP_TEE_M + " The", "cut", hit_limit=True),
        D.color("olive"),
        D.description(CAP_TEE_M + " The gentleman", "cut", hit_limit=True),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is crew. The T-shirt is with cotton fabric and its "
            "neckline is crew. The",
            "loop",
            hit_limit=True,
        ),
        category="T-Shirt",
        color="Olive Green",
        title="Round Neck T-Shirt",
    ),
    # 32. Woman sitting on a bed in a maroon satin night suit (button-up shirt with white piping, pyjama); no eye
    # mask. All base.
    case(
        "MYB65-N032",
        caption("a woman in a red satin pajama set sitting on a bed"),
        D.color("brown", "contradiction"),
        D.description("a red silk pajama set with white piping and a matching eye mask", "unsupported"),
        D.details(
            "white piping on the collar, cuffs and pocket, white piping on the collar, cuffs and pocket, white piping "
            "on the collar,",
            "loop",
            hit_limit=True,
        ),
        D.material("satin"),
        gender="Women",
        category="Nightsuit",
        color="Maroon",
        title="Women Satin Night Suit Maroon Solid Shirt and Pyjama Set Nightwear Sleepwear Loungewear",
    ),
    # 33. Woman in a plain lavender top with ruffle sleeves and white jeans in front of a pink wall. caption: base;
    # wearing, description, details, material: vqa; color, pattern: reference engine.
    case(
        "MYB65-O033",
        caption("a woman in a purple top and white pants standing in front of a pink wall"),
        D.wearing("blouse"),
        D.color("pink", "contradiction"),
        D.pattern("solid"),
        D.description(
            "Question: Describe the garment. Answer: blouse Question: Describe the garment. Answer: blouse Question: "
            "Describe",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "the the the the the the the the the the the the the the the the the the the the the the the the the the "
            "the the the the",
            "loop",
            hit_limit=True,
        ),
        D.material("blouse", "non_answer"),
        gender="Women",
        category="TOPS",
        color="Lavendar",
        title="Women Lavendar Solid Regular Top",
    ),
    # 34. Man on a beach in a white tee and navy shorts (the product) with white side stripes and a drawstring.
    # All base.
    case(
        "MYB65-H034",
        caption("a man in a white shirt and blue shorts on the beach"),
        D.wearing("she is wearing a white t-shirt and blue shorts", "pronoun"),
        D.color("navy blue"),
        D.description(
            "a pair of navy blue shorts with white stripes on the sides and an elastic waistband with a drawstring "
            "that ties at the front and two side",
            "cut",
            hit_limit=True,
        ),
        D.details("white stripes"),
        D.material("Question: What material is the garment made of? Answer: polyester", "leak"),
        gender="Men",
        category="Shorts",
        color="Navy",
        title="Men Navy Blue Shorts",
    ),
    # 35. Woman jogging outdoors in a pink tee and black track pants (the product) with one white side stripe.
    # caption: cap3 (cut); the rest: base.
    case(
        "MYB65-P035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and black pants"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("black"),
        D.description("black track pants with a white stripe"),
        D.details("the garment has details", "restated"),
        D.material(
            "these track pants are made from premium quality moisture wicking fabric that keeps you dry", "unsupported"
        ),
        gender="Women",
        category="Track Pants",
        color="Black",
        title="Women Black Track Pants",
    ),
    # 36. Man at a cafe table in a charcoal full-sleeve henley tee with three buttons, no pocket, blue jeans.
    # All base.
    case(
        "MYB65-T036",
        caption("a man in a dark grey long sleeve shirt sitting at a table in a cafe"),
        D.wearing("she is wearing a grey shirt and jeans", "pronoun"),
        D.color("grey"),
        D.description(
            "a dark grey henley t-shirt with three buttons on the placket and long sleeves with ribbed cuffs, it is a "
            "slim fit t-shirt that",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a henley neck and three buttons and a chest pocket", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Charcoal Grey",
        title="Men Charcoal Henley Neck Full Sleeve T-shirt",
    ),
    # 37. Woman in a red straight kurti with a gold block print and gold palazzo, marigold garlands behind.
    # caption: cap1 (cut); is_a, color_of, material, wearing: vqa; pattern: reference engine.
    case(
        "MYB65-K037",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        is_a("kurti", "no", "contradiction"),
        color_of("kurti", "red", kind="open"),
        B.pattern("printed"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("Answer: dress", "leak"),
        gender="WOMEN",
        category="KURTIS",
        color="RED",
        title="RED KURTI",
    ),
    # 38. A little girl in a garden in a white printed frock and plain pink leggings (the product). All base.
    case(
        "MYB65-L038",
        caption("a little girl in a white dress and pink leggings playing in a garden"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.description("a pair of pink leggings with a white floral print and lace trim at the ankles", "unsupported"),
        D.details("the leggings are leggings", "restated"),
        D.material("cotton"),
        gender="Girls",
        category="Leggings",
        color="Pink",
        title="girls leggings pink cotton",
    ),
    # 39. Man in a forest in a red-and-black buffalo-check flannel shirt, buttoned, khaki cargo pants. caption,
    # description: cap3 (cut); the rest: base.
    case(
        "MYB65-S039",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt and khaki pants"),
        D.color("red"),
        D.pattern("checked"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "red and black and red and black and red and black and red and black and red and black and red and black "
            "and red and",
            "loop",
            hit_limit=True,
        ),
        D.material("flannel"),
        gender="Men",
        category="Shirts",
        color="Red & Black",
        title="MEN CHECKED SHIRT CASUAL SHIRT FOR MEN COTTON SHIRT FULL SLEEVE SHIRT REGULAR FIT SHIRT",
    ),
    # 40. Woman in a garden in a white chikankari top (white embroidery all over), three-quarter sleeves, blue
    # jeans. All base.
    case(
        "MYB65-O040",
        caption("a woman in a white top and blue jeans standing in a garden"),
        D.wearing("a white shirt and jeans"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("three-quarter sleeve"),
        D.description("a white top with white embroidery all over it"),
        D.details(
            "white embroidery, white embroidery, white embroidery, white embroidery, white embroidery, white "
            "embroidery, white embroidery, white embroidery",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of pure cotton sourced from lucknow", "unsupported"),
        gender="Women",
        category="Tops",
        color="White",
        title="Women White Chikankari Embroidered Cotton Top",
    ),
    # 41. Man in a bedroom in a night suit: plain grey tee and navy shorts. caption, wearing, description: cap1;
    # color: reference engine; details: base.
    case(
        "MYB65-N041",
        caption(
            CAP_TEE_M + " The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing(CAP_TEE_M + " The", "cut", hit_limit=True),
        D.color("grey"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The gentleman wears a short-sleeve "
            "T-shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details("nothing", "non_answer"),
        gender="Men",
        category="Night Suits",
        color="Grey",
        title="men nightsuit tshirt and shorts set grey navy",
    ),
    # 42. Woman in a gym in a black sports bra and neon-green high-waisted ankle-length leggings (the product).
    # All base.
    case(
        "MYB65-L042",
        caption("a woman in a black sports bra and neon green leggings in a gym"),
        D.wearing("he is wearing a black bra and green leggings", "pronoun"),
        D.color("green"),
        D.description(
            "a pair of neon green high waisted leggings that go all the way down to the ankles and fit tightly around "
            "the legs of the woman who",
            "cut",
            hit_limit=True,
        ),
        D.details("the details are the details of the leggings", "restated"),
        D.material("spandex"),
        gender="Women",
        category="Leggings",
        color="Fluorescent Green",
        title="Women Fluorescent Green Gym Leggings High Waist Yoga Pants Sports Tights Workout Leggings",
    ),
    # 43. Flat lay, no person: a round-neck short-sleeve tee with blue, red and white horizontal stripes on a wooden
    # floor; no logo. caption: cap3 (cut); the rest: base.
    case(
        "MYB65-T043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and "
            "its neckline is crew. The gentleman wears long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a man wearing a striped shirt", "unsupported"),
        D.color("multicolor"),
        D.pattern("striped"),
        D.description("a blue red and white striped t-shirt lying on a wooden floor"),
        D.details("round neck, short sleeves and a small brand logo stitched on the left chest", "unsupported"),
        D.material(
            "it is made of cotton and the stripes are woven into the fabric so they will not fade after washing and "
            "the t-shirt is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Multi",
        title="Men Multi Striped Round Neck T-shirt",
    ),
    # 44. Woman in a cafe in a navy woven top with a small white-and-yellow floral print, flutter sleeves, V-neck,
    # black jeans. caption: cap1 (cut); description: vqa (leak); the rest: base.
    case(
        "MYB65-O044",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is V-shape. The lady wears long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a floral top and black jeans"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("navy blue"),
        D.pattern("floral"),
        D.sleeve_length("short sleeve"),
        D.description("Question: Describe the garment. Answer: floral", "leak"),
        D.details("the garment has details on it", "restated"),
        D.material("the material is a material", "restated"),
        gender="Women",
        category="Top",
        color="Mutli",
        title="top for women stylish latest western tops for women floral top women tops tshirts for women girls tops",
    ),
]
