"""BLIND_93 (44 products; the experiments re-run on a Myntra-style catalog of men's topwear): written blind in the
nineteenth session. Measured blind at 4c15b2e: 125/144 failures found (86.8%) and 11/147 correct texts flagged
(7.5%). The writer's notes, verbatim:

Blind corpus 93: men's topwear on a Myntra-style catalog, BLIP-2 OPT-2.7b and the experiments' adapters.

Scenario: the original experiments' models re-run on a Myntra-style catalog of men's topwear (t-shirts, polos,
casual and formal shirts, sweatshirts and hoodies), photographed on male models who wear them with jeans, chinos or
shorts, plus some flat or hanging packshots with no person. Every product was asked enrich's default questionnaire
(DEFAULT_QUESTIONS: wearing, garment_type, color, pattern, sleeve_length, description, details, material; not every
question kept for every product) and captioned. Seller columns come from the marketplace export: gender ("Men"),
category (Myntra article type: "Tshirts", "Shirts", "Sweatshirts"), color (Myntra base colour: "Navy Blue",
"Grey Melange", "Off White"...), title (the seller's listing title); a few products lack some of them.

Which system wrote which text (named again in the comment above each case):
- base: untuned Salesforce/blip2-opt-2.7b. Short captions ("a man in a ... standing in front of ..."); closed
  questions (garment_type, color, pattern, sleeve_length) are mostly the base model ranking the reference
  engine's candidates, so they are short labels, except a few where the raw generated text was kept unmapped
  (three color answers written by a caption adapter, one sleeve answer by the base); open answers by the base are
  short free text, with its failures:
  one color for every garment, "she" for a man, invented details, the `Question: ... Answer:` format leaking,
  "the shirt has a collar and buttons and the shirt has ..." loops when an answer runs on.
- cap-e1 / cap-e3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
  leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). They write the DeepFashion-MultiModal template ("The
  gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric...") for every
  prompt, never a hue, often "the lady"/"her" (the data is mostly women), and never stop: cut at 50 (caption) or
  30 (answer) new tokens, or looping a sentence.
- vqa: leoreigoto/Data3_V3_BLIP2_VQA. One-word In-shop class or color answers ("tee", "sweater", "denim") that
  often repeat to the token limit ("black-black-black...").

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py
(the Case/Text layout and makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). I read no audit code, no other
corpus, no docs, no git history, and ran nothing but an import check of this file. Each product's photo is imagined
and described in the comment above it; every label is judged against that photo and the seller columns.

Label conventions and judgement calls:
- One label per text: the failure that a reviewer would name first. A text cut at the token limit is "cut" unless
  it is a repetition loop ("loop", hit_limit=True when the loop reaches the limit) or the template/prompt problem is
  the point and the text ends cleanly. hit_limit=True only when the text used all 30 (answers) or 50 (caption) new
  tokens; a few texts stop mid-phrase earlier ("cut", hit_limit=False).
- The caption template returned for a color question ("The shirt is with solid color patterns.") names no hue:
  "non_answer". The template returned for "wearing", "description" or "material" is correct when it is complete
  and true of the photo (it does name the garment, sleeves, neckline, fabric).
- "The lady"/"her"/"she"/"a woman" for the male model is "pronoun". A template "gentleman" on a packshot with no
  person is "unsupported" (a person who is not there); "the person wearing" answered with the garment on a packshot
  is correct.
- Near-color synonyms are correct: maroon/burgundy, olive/green, navy/dark blue, off white/cream, khaki/tan,
  teal/green, lavender/purple, mustard/yellow, charcoal/dark grey, rust/orange, grey melange/grey.
- A patterned garment's color is its ground color or the seller's base colour ("white" for white-and-navy stripes,
  "red" for red-and-black buffalo checks); a color-block polo's color is its body color.
- Colors named in a caption for the background, a wall, trees, or a second layer are correct when they are true
  of the photo; a color answer that gives the product the jeans'/chinos'/shorts'/jacket's/inner tee's color is
  "other_garment_color"; giving it the background's color, a wrong garment type, a pattern that the caption and
  photo contradict, or a second garment the product's color ("grey sweatshirt and grey jeans" for blue jeans) is
  "contradiction". An accessory (tie) given as what the person wears is "contradiction".
- Material guesses the photo supports (cotton for a jersey tee, fleece for a sweatshirt, linen for a visibly
  slubby linen shirt, denim for a denim shirt) are correct; an invented logo, print text, zipper, pocket, stripe
  or cuff style that the photo does not show is "unsupported".
- A bare "yes", "no", "i don't know", or an empty answer to an open question is "non_answer"; an answer made of
  the question's own words ("the details of the garment are the details of the shirt") is "restated".
- Melange, a small chest logo and tonal ribbing count as "solid"; tropical leaves count as "floral".
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

BLIND_93: list[Case] = [
    # 1. Man in a navy blue round-neck plain t-shirt and mid-blue jeans, plain grey studio backdrop.
    # caption, closed and open answers: base.
    case(
        "MYN-TS-10231",
        caption("a man in a navy blue t-shirt and jeans standing in front of a grey background"),
        D.garment_type("t-shirt"),
        D.color("navy blue"),
        D.pattern("solid"),
        D.description(
            "a navy blue t-shirt with a round neck and short sleeves that is made of cotton and has a regular fit "
            "and is perfect for casual wear and can be",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the t-shirt has a round neck and short sleeves, the t-shirt has a round neck and short sleeves, the "
            "t-shirt has a round neck and",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Man in a plain white pique polo (white collar, no tipping) with beige chinos, white backdrop.
    # caption, wearing, color, description, details: cap-e3; garment_type: base.
    case(
        "MYN-PO-20417",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("The T-shirt is with pure color patterns.", "non_answer"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric."
        ),
        D.details(
            "The T-shirt is with cotton fabric. It has a lapel neckline. The T-shirt is with cotton fabric. It has a "
            "lapel neckline. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
    ),
    # 3. Man in a black pullover hoodie with a large white skull-and-roses graphic on the chest, blue jeans.
    # caption and closed: base; wearing, description, material: vqa.
    case(
        "MYN-SW-30112",
        caption("a man wearing a black hoodie with a white print on it"),
        D.garment_type("hoodie"),
        D.color("black"),
        D.pattern("solid", "contradiction"),
        D.wearing(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie "
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie "
            "hoodie hoodie",
            "loop",
            hit_limit=True,
        ),
        D.material("sweatshirt/hoodie", "non_answer"),
        gender="Men",
        category="Sweatshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Hooded Sweatshirt",
    ),
    # 4. Man in a blue-and-white checked casual shirt, long sleeves rolled to the elbow, button-down collar, one
    # chest pocket with no logo, black jeans with a black belt, full length shot. Everything: base.
    case(
        "MYN-SH-40876",
        caption("a man in a blue and white plaid shirt and black jeans"),
        D.color("blue"),
        D.pattern("checked"),
        D.sleeve_length("long"),
        D.wearing(
            "a blue and white plaid shirt with the sleeves rolled up to the elbows and a pair of black jeans with a "
            "black belt and a pair of",
            "cut",
            hit_limit=True,
        ),
        D.description("the shirt is blue and white plaid with a button down collar and a pocket on the chest"),
        D.details(
            "the shirt has two pockets on the chest and buttons on the sleeves and a logo on the pocket",
            "unsupported",
        ),
        D.material("the garment is made of the material it is made of", "restated"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="HIGHLANDER Men Blue & White Slim Fit Checked Casual Shirt",
    ),
    # 5. Man in a grey melange crew-neck sweatshirt, ribbed cuffs and hem, mid-blue jeans, white brick wall behind.
    # Everything: base.
    case(
        "MYN-SW-51240",
        caption("a man in a grey sweatshirt and blue jeans standing in front of a white brick wall"),
        D.wearing("a grey sweatshirt and grey jeans", "contradiction"),
        D.color("grey"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.material("fleece Question: What are the details of the garment? Answer: it has a round neck", "leak"),
        D.details("the sweatshirt has a zipper on the side and a hood and ribbed cuffs", "unsupported"),
        D.description(
            "a grey sweatshirt, a grey sweatshirt, a grey sweatshirt, a grey sweatshirt, a grey sweatshirt, a grey",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Sweatshirt",
    ),
    # 6. Packshot: olive green pique polo folded on a white background, three-button placket, no person.
    # Everything: base.
    case(
        "MYN-PO-60053",
        caption("a green polo shirt on a white background"),
        D.wearing("a green polo shirt"),
        D.color("olive"),
        D.garment_type("polo shirt"),
        D.details(
            "Question: What are the details of the garment? Answer: the shirt has a collar and three buttons",
            "leak",
        ),
        D.material(
            "it is made of cotton and it is made of cotton and it is made of cotton and it is made of cotton and "
            "it is made of cotton and it",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Louis Philippe Sport Men Olive Green Polo Collar T-shirt",
    ),
    # 7. Man in a maroon pullover hoodie (drawstrings, kangaroo pocket) with the hem of a white t-shirt showing below
    # it, black jeans. caption: cap-e1; closed and open: base.
    case(
        "MYN-SW-70334",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        D.color("burgundy"),
        D.garment_type("hoodie"),
        D.wearing("a maroon hoodie and a white t-shirt and black jeans"),
        D.description("a red hoodie with a white shirt under it"),
        D.details("the hoodie has a drawstring and a kangaroo pocket and the", "cut"),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
        title="WROGN Men Maroon Solid Hooded Sweatshirt",
    ),
    # 8. Man in a plain white formal shirt, long sleeves, tucked into navy chinos, light grey backdrop.
    # caption, color, description, material, details: cap-e3; sleeve_length: base.
    case(
        "MYN-SH-80915",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The pants this gentleman wears is of long length."
        ),
        D.color("The shirt is with solid color patterns.", "non_answer"),
        D.sleeve_length("long"),
        D.description(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is",
            "cut",
            hit_limit=True,
        ),
        D.material("The shirt is with cotton fabric."),
        D.details(
            "It has a lapel neckline. It has a lapel neckline. It has a lapel neckline. It has a lapel neckline. "
            "It has a lapel",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
    ),
    # 9. Man in a mid-blue denim shirt, sleeves rolled up, two flap chest pockets, metal snap buttons down the
    # front and on the pockets, with beige chinos.
    # caption, color, description: base; wearing, details, material: vqa.
    case(
        "MYN-SH-91288",
        caption("a man wearing a denim shirt and khaki pants"),
        D.wearing("blouse", "contradiction"),
        D.color("light blue"),
        D.details(
            "the pants, the pants, the pants, the pants, the pants, the pants, the pants, the pants, the pants, "
            "the pants",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        D.description(
            "a blue denim shirt with two chest pockets with flaps and snap buttons down the front and on the "
            "pockets and the sleeves are rolled up to the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Mast & Harbour Men Blue Denim Casual Shirt",
    ),
    # 10. Man in a mustard yellow t-shirt with a black "NYC 1987" chest print, black shorts, city street behind.
    # Everything: base.
    case(
        "MYN-TS-10472",
        caption("a man in a yellow t-shirt and black shorts standing on a street"),
        D.color("yellow"),
        D.pattern("printed"),
        D.wearing("a yellow t-shirt with the words nyc on it and black shorts"),
        D.description("a yellow t-shirt with the words brooklyn athletic dept on it", "unsupported"),
        D.details(
            "the t-shirt has a black print on the front that says nyc 1987 and the t-shirt is made of cotton and "
            "has a round neck and short sleeves and",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.sleeve_length("the sleeves are as long as the sleeves", "restated"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="Roadster Men Mustard Yellow Typography Printed T-shirt",
    ),
    # 11. Man in a black polo with thin white horizontal stripes, blue jeans, white backdrop. Everything: base.
    case(
        "MYN-PO-11560",
        caption("a man wearing a black and white striped polo shirt and jeans"),
        D.color("grey", "contradiction"),
        D.pattern("striped"),
        D.garment_type("polo shirt"),
        D.description("a black and white striped polo shirt with a collar and short sleeves"),
        D.details(
            "it has a collar and buttons Answer: it has a collar and buttons Answer: it has a collar and buttons "
            "Answer: it has a",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Tommy Hilfiger Men Black & White Striped Polo Collar T-shirt",
    ),
    # 12. Man in a lavender long-sleeve solid casual shirt, white shorts, outdoor terrace.
    # caption, wearing, material, details: cap-e1; color, sleeve_length: base.
    case(
        "MYN-SH-12093",
        caption(
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The shorts "
            "this lady wears is of three-point length.",
            "pronoun",
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.sleeve_length("short", "contradiction"),
        D.material("The shirt is with cotton fabric."),
        D.details(
            "It has a lapel neckline. It has a lapel neckline. It has a lapel neckline. It has a lapel neckline. It "
            "has a lapel",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Lavender",
        title="Dennis Lingo Men Lavender Slim Fit Solid Casual Shirt",
    ),
    # 13. Packshot: plain white crew-neck t-shirt laid flat on a light grey surface, no logo, no print.
    # Everything: base. No title in the export.
    case(
        "MYN-TS-13301",
        caption("a white t-shirt on a grey background"),
        D.color("white"),
        D.garment_type("t-shirt"),
        D.description("a white t-shirt with a small embroidered logo on the left chest", "unsupported"),
        D.details("", "non_answer"),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="White",
    ),
    # 14. Man in a charcoal grey zip-front hoodie worn open over a black t-shirt with a white skull print, blue
    # jeans. Everything: base.
    case(
        "MYN-SW-14720",
        caption("a man wearing a grey hoodie over a black t-shirt and blue jeans"),
        D.color("dark grey"),
        D.garment_type("hoodie"),
        D.wearing("a grey hoodie and a black t-shirt with a skull on it"),
        D.description("a black t-shirt with a white skull print", "other_garment_color"),
        D.details(
            "the hoodie has a zipper and two pockets Question: What is the material of the hoodie? Answer: cotton",
            "leak",
        ),
        D.pattern("graphic", "contradiction"),
        gender="Men",
        category="Sweatshirts",
        color="Charcoal",
        title="Campus Sutra Men Charcoal Grey Solid Hooded Sweatshirt",
    ),
    # 15. Man in a peach pique polo with white chinos, beige backdrop.
    # caption: cap-e3; color, sleeve_length: base; wearing, description, details: vqa.
    case(
        "MYN-PO-15844",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a lapel neckline. This gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.color("peach"),
        D.wearing("polo shirt"),
        D.description(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt "
            "polo shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("yes", "non_answer"),
        D.sleeve_length("short"),
        gender="Men",
        category="Tshirts",
        color="Peach",
        title="Allen Solly Men Peach-Coloured Solid Polo Collar T-shirt",
    ),
    # 16. Man in a red-and-black buffalo check flannel shirt (two chest pockets) worn open over a plain white
    # t-shirt, blue jeans.
    # Everything: base.
    case(
        "MYN-SH-16209",
        caption("a man in a red and black plaid shirt over a white t-shirt and blue jeans"),
        D.color("red"),
        D.pattern("checked"),
        D.wearing(
            "a red plaid shirt, a white t-shirt and jeans Question: What is the color of the garment? Answer: red",
            "leak",
        ),
        D.description(
            "a white t-shirt under a red and black plaid flannel shirt that is unbuttoned and has two pockets on "
            "the chest and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt is white", "other_garment_color"),
        D.material("flannel"),
        gender="Men",
        category="Shirts",
        color="Red",
        title="Roadster Men Red & Black Buffalo Checked Flannel Casual Shirt",
    ),
    # 17. Man in a navy crew-neck sweatshirt with a white "CALIFORNIA" varsity print, beige chinos.
    # caption, color, wearing, description: cap-e3; garment_type, pattern: base.
    case(
        "MYN-SW-17635",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "solid color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt"),
        D.color("The sweater is with graphic patterns.", "non_answer"),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The gentleman wears a long-sleeve "
            "sweater with graphic patterns. The gentleman wears",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Printed Sweatshirt",
    ),
    # 18. Man in an olive short-sleeve linen shirt (visible slub texture, one chest pocket), khaki shorts, beach.
    # Everything: base.
    case(
        "MYN-SH-18027",
        caption("a man in a green shirt and khaki shorts standing on the beach"),
        D.sleeve_length("short"),
        D.material("linen"),
        D.color("khaki", "other_garment_color"),
        D.description("a green short sleeved shirt with a collar and buttons down the front"),
        D.details(
            "the shirt has a collar, buttons, and a pocket on the chest, the shirt has a collar, buttons, and a "
            "pocket on the chest, the",
            "loop",
            hit_limit=True,
        ),
        D.wearing("Answer: a green shirt and khaki shorts", "leak"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Linen Club Men Olive Green Solid Pure Linen Casual Shirt",
    ),
    # 19. Man in a black long-sleeve formal shirt, pointed collar, one left chest pocket, grey chinos, white
    # backdrop. Everything: base.
    case(
        "MYN-SH-19458",
        caption("a woman wearing a black shirt and grey pants", "pronoun"),
        D.wearing("a black shirt and grey pants"),
        D.color("black"),
        D.sleeve_length("long"),
        D.description(
            "a black button down shirt with a pointed collar and long sleeves and a pocket on the left side of the "
            "chest and the sleeves are buttoned at the",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        D.details("the details of the garment are the details of the shirt", "restated"),
        gender="Men",
        category="Shirts",
        color="Black",
        title="Arrow Men Black Slim Fit Solid Formal Shirt",
    ),
    # 20. Man in a sky blue v-neck t-shirt and white shorts, white backdrop.
    # caption, color, garment_type: base; wearing, description, material: vqa.
    case(
        "MYN-TS-20766",
        caption("a man in a light blue t-shirt and white shorts"),
        D.wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        D.description("shorts", "contradiction"),
        D.color("white", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.material("tee", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Blue",
        title="HRX by Hrithik Roshan Men Sky Blue Solid V-Neck T-shirt",
    ),
    # 21. Man in a green-and-white vertical striped short-sleeve casual shirt, navy shorts, plain backdrop.
    # Everything: base. No title in the export.
    case(
        "MYN-SH-21190",
        caption("a man wearing a green and white striped shirt and navy shorts"),
        D.pattern("striped"),
        D.color("navy", "other_garment_color"),
        D.wearing("Answer: a green and white striped shirt", "leak"),
        D.description("a short sleeve shirt with green and white stripes and a", "cut"),
        D.details("the details of the shirt are the details of the garment", "restated"),
        D.sleeve_length("short"),
        gender="Men",
        category="Shirts",
        color="Green",
    ),
    # 22. Man in a white pullover hoodie with a small black logo on the left chest, white drawstrings, white cuffs,
    # no zipper, black jeans. Everything: base.
    case(
        "MYN-SW-22418",
        caption("a man wearing a white hoodie and black jeans"),
        D.color("white"),
        D.garment_type("jacket", "contradiction"),
        D.pattern("solid"),
        D.description("a white hoodie with a small black logo on the chest"),
        D.details(
            "the hoodie has a black logo on the chest and black drawstrings and black cuffs and a black zipper",
            "unsupported",
        ),
        D.wearing("a black hoodie and black jeans", "other_garment_color"),
        gender="Men",
        category="Sweatshirts",
        color="White",
        title="Puma Men White Solid Hooded Sweatshirt",
    ),
    # 23. Packshot: mint green pique polo on a hanger against a white wall, no person.
    # caption, wearing, details: cap-e3; color, garment_type: base.
    case(
        "MYN-PO-23571",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a lapel neckline.",
            "unsupported",
        ),
        D.color("light green"),
        D.garment_type("polo shirt"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("It has a lapel neckline."),
        gender="Men",
        category="Tshirts",
        color="Green",
        title="Highlander Men Mint Green Solid Polo Collar T-shirt",
    ),
    # 24. Man seated on a wooden stool in a dark green crew-neck sweatshirt and brown chinos. Everything: base.
    case(
        "MYN-SW-24905",
        caption("a woman sitting on a stool wearing a green sweatshirt and brown pants", "pronoun"),
        D.wearing("a green sweatshirt and green pants", "contradiction"),
        D.color("dark green"),
        D.description("a brown sweatshirt with a crew neck and long sleeves", "other_garment_color"),
        D.details("the sweatshirt has ribbed cuffs and a", "cut"),
        D.material("it is a sweatshirt", "non_answer"),
        D.sleeve_length("long"),
        gender="Men",
        category="Sweatshirts",
        color="Green",
        title="Roadster Men Green Solid Sweatshirt",
    ),
    # 25. Man in a plain black crew-neck t-shirt and ripped blue jeans, concrete grey wall behind.
    # caption: cap-e1; color, pattern: base; wearing, description, details: vqa.
    case(
        "MYN-TS-25384",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The lady wears a long denim pants.",
            "pronoun",
        ),
        D.wearing("tee"),
        D.color("black"),
        D.description(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.details("no", "non_answer"),
        D.pattern("solid"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Roadster Men Black Solid Round Neck Pure Cotton T-shirt",
    ),
    # 26. Man in a color-block polo: navy body, maroon panel across the chest, navy collar with white tipping,
    # beige chinos. Everything: base.
    case(
        "MYN-PO-26650",
        caption("a man wearing a blue and red polo shirt and khaki pants"),
        D.pattern("colour blocked"),
        D.color("navy blue"),
        D.description("a navy blue polo shirt with a maroon panel across the chest"),
        D.details(
            "the shirt has a collar and two buttons and the shirt has a collar and two buttons and the shirt has a "
            "collar and two buttons and",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton Question: What is the pattern of the garment? Answer: solid", "leak"),
        D.wearing("a khaki polo shirt and khaki pants", "other_garment_color"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue & Maroon Colourblocked Polo Collar T-shirt",
    ),
    # 27. Man in a light pink long-sleeve formal shirt (spread collar) and navy chinos. Everything: base.
    case(
        "MYN-SH-27713",
        caption("a man in a pink shirt and blue pants"),
        D.color("pink"),
        D.garment_type("shirt"),
        D.description("the garment is a garment that is worn by the man", "restated"),
        D.material("the garment is made of the material of the garment", "restated"),
        D.details("a pink shirt with a spread collar and", "cut"),
        D.wearing("a pink shirt and pink pants", "contradiction"),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Peter England Men Pink Slim Fit Solid Formal Shirt",
    ),
    # 28. Man in a white crew-neck sweatshirt with three navy stripes across the chest, mid-blue jeans.
    # caption, closed: base; wearing, details, description: vqa. Seller gave no gender and no title.
    case(
        "MYN-SW-28046",
        caption("a man wearing a white sweatshirt with blue stripes"),
        D.pattern("striped"),
        D.color("white"),
        D.wearing("sweater"),
        D.details(
            "striped striped striped striped striped striped striped striped striped striped striped striped "
            "striped striped striped",
            "loop",
            hit_limit=True,
        ),
        D.description("blue", "other_garment_color"),
        category="Sweatshirts",
        color="White",
    ),
    # 29. Man in a teal crew-neck t-shirt with one chest pocket, grey chinos, bare wrists (no watch, no bracelet).
    # caption, description, details: cap-e3; color, garment_type, pattern: base.
    case(
        "MYN-TS-29877",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The pants this gentleman wears is of long length. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.garment_type("polo shirt", "contradiction"),
        D.description("The T-shirt is with cotton fabric. It has a crew neckline."),
        D.details("There is an accessory on his wrist.", "unsupported"),
        D.pattern("solid"),
        gender="Men",
        category="Tshirts",
        color="Teal",
        title="Bewakoof Men Teal Solid Pocket T-shirt",
    ),
    # 30. Man in a plain navy polo (small embroidered chest logo, two-button placket, no tipping), white shorts.
    # Everything: base.
    case(
        "MYN-PO-30129",
        caption("a man in a blue polo shirt and white shorts"),
        D.wearing("she is wearing a blue polo shirt and white shorts", "pronoun"),
        D.color("dark blue"),
        D.pattern("solid"),
        D.details("the polo shirt has a small logo on the chest and two buttons on the collar"),
        D.description("a blue polo shirt with white stripes on the sleeves and collar", "unsupported"),
        D.material("it is made of", "cut"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
    ),
    # 31. Man in a grey pullover hoodie with "BROOKLYN" in white letters, kangaroo pocket, blue jeans.
    # Everything: base.
    case(
        "MYN-SW-31562",
        caption("a man in a grey hoodie with the word brooklyn on it"),
        D.color("grey"),
        D.pattern("printed"),
        D.wearing(
            "a grey hoodie and blue jeans Question: What is the color of the hoodie? Answer: grey Question: What",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "a grey hoodie with the word brooklyn in white letters on the front and a kangaroo pocket and a "
            "drawstring hood and ribbed cuffs and a ribbed",
            "cut",
            hit_limit=True,
        ),
        D.material("100% organic cotton from india", "unsupported"),
        D.details("the hoodie has a hood", "non_answer"),
        gender="Men",
        category="Sweatshirts",
        color="Grey",
        title="Roadster Men Grey Printed Hooded Sweatshirt",
    ),
    # 32. Man in a white short-sleeve casual shirt with a blue tropical leaf print, camp collar, buttoned to the
    # top, beige shorts. Everything: base.
    case(
        "MYN-SH-32408",
        caption("a man wearing a white shirt with blue leaves on it and beige shorts"),
        D.pattern("floral"),
        D.color("white"),
        D.sleeve_length("short"),
        D.description(
            "a white shirt with a blue tropical leaf print and a camp collar and short sleeves and a straight hem "
            "and it is buttoned all the way up to",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "blue leaves, blue leaves, blue leaves, blue leaves, blue leaves, blue leaves, blue leaves, blue "
            "leaves, blue leaves, blue leaves",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a beige shirt and beige shorts", "other_garment_color"),
        D.material("Answer: rayon", "leak"),
        gender="Men",
        category="Shirts",
        color="White",
        title="HERE&NOW Men White & Blue Tropical Printed Casual Shirt",
    ),
    # 33. Packshot: plain black crew-neck sweatshirt folded on a mid-grey background, no person.
    # caption, color, garment_type: base; wearing, description, details: vqa. No title.
    case(
        "MYN-SW-33971",
        caption("a black sweatshirt on a grey background"),
        D.wearing("sweater"),
        D.color("grey", "contradiction"),
        D.garment_type("sweatshirt"),
        D.description("", "non_answer"),
        D.details(
            "the sweater is black, the sweater is black, the sweater is black, the sweater is black, the sweater "
            "is black, the sweater is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Black",
    ),
    # 34. Man in a white crew-neck t-shirt under an open brown leather jacket, black jeans. Product is the t-shirt.
    # Everything: base.
    case(
        "MYN-TS-34285",
        caption("a man in a brown leather jacket, white t-shirt and black jeans"),
        D.wearing("a leather jacket, a white t-shirt and black jeans"),
        D.color("brown", "other_garment_color"),
        D.garment_type("jacket", "contradiction"),
        D.description(
            "Question: Describe the garment. Answer: a white crew neck t-shirt under a brown leather jacket", "leak"
        ),
        D.material("the material of the garment is the material", "restated"),
        D.details(
            "the t-shirt is white and the jacket is brown and the jeans are black and the t-shirt is white and the "
            "jacket is brown and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Levis Men White Solid Crew Neck T-shirt",
    ),
    # 35. Man in a rust orange pullover hoodie and black shorts, plain backdrop.
    # caption, wearing, description, details, material: cap-e1; color: base.
    case(
        "MYN-SW-35617",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        D.color("orange"),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. The gentleman wears a shorts. The shorts are",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The sweater is with cotton fabric. The sweater is with cotton fabric. The sweater is with cotton "
            "fabric. The sweater is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.details("The shorts are with cotton fabric and pure color patterns.", "non_answer"),
        D.material("The sweater is with cotton fabric."),
        gender="Men",
        category="Sweatshirts",
        color="Rust",
        title="Urbano Fashion Men Rust Orange Solid Hooded Sweatshirt",
    ),
    # 36. Man in an off-white long-sleeve henley t-shirt (three-button placket, ribbed cuffs, curved hem), front
    # tucked into olive chinos. Everything: base.
    case(
        "MYN-TS-36740",
        caption("a man in a cream colored henley shirt and green pants"),
        D.color("cream"),
        D.sleeve_length("long"),
        D.garment_type("t-shirt"),
        D.description(
            "a white henley shirt with three buttons at the neck and long sleeves and ribbed cuffs and a curved "
            "hem and it is tucked into a pair of",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the shirt has three buttons at the neck and long sleeves and the shirt is white and the pants are "
            "green and the shirt is white and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green shirt and green pants", "other_garment_color"),
        gender="Men",
        category="Tshirts",
        color="Off White",
        title="Highlander Men Off-White Solid Henley Neck Full Sleeve T-shirt",
    ),
    # 37. Man in a light blue long-sleeve formal shirt with a navy tie, cuffs buttoned (single button cuffs),
    # grey chinos. Everything: base.
    case(
        "MYN-SH-37092",
        caption("a man in a blue shirt and tie"),
        D.wearing("a tie", "contradiction"),
        D.color("light blue"),
        D.pattern("solid"),
        D.description("a light blue dress shirt with a navy tie"),
        D.details("the shirt has french cuffs and cufflinks", "unsupported"),
        D.material("the shirt", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Louis Philippe Men Blue Slim Fit Solid Formal Shirt",
    ),
    # 38. Man in a white t-shirt with a multicolor flower graphic on the chest, blue shorts, park with green trees
    # behind. caption, color, pattern, description: base; wearing, details: vqa. No color, no title in the export.
    case(
        "MYN-TS-38514",
        caption("a man in a white t-shirt standing in a park with trees in the background"),
        D.color("green", "contradiction"),
        D.pattern("graphic"),
        D.wearing("graphic tee"),
        D.details(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        D.description("a white t-shirt with a colorful flower print on the front"),
        gender="Men",
        category="Tshirts",
    ),
    # 39. Man in a maroon full-sleeve round-neck t-shirt and blue jeans.
    # caption, wearing, description: cap-e3; sleeve_length, color, material: base.
    case(
        "MYN-TS-39368",
        caption(
            "Her T-shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "trousers this lady wears is of long length.",
            "pronoun",
        ),
        D.sleeve_length("long"),
        D.color("maroon"),
        D.wearing(
            "Her T-shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "trousers this lady wears is of",
            "cut",
            hit_limit=True,
        ),
        D.description("The neckline of it is round."),
        D.material("Answer: cotton", "leak"),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="Roadster Men Maroon Solid Round Neck Full Sleeve T-shirt",
    ),
    # 40. Man in a khaki utility shirt (two flap chest pockets, no epaulettes), dark blue jeans. Everything: base.
    case(
        "MYN-SH-40601",
        caption("a woman in a tan shirt and jeans", "pronoun"),
        D.color("tan"),
        D.description("a tan button up shirt with two chest pockets with flaps and", "cut"),
        D.details("the shirt has two pockets with flaps on the chest and epaulettes on the shoulders", "unsupported"),
        D.wearing("a grey shirt and grey jeans", "contradiction"),
        D.material("nothing", "non_answer"),
        D.sleeve_length("long"),
        gender="Men",
        category="Shirts",
        color="Khaki",
        title="Roadster Men Khaki Solid Utility Casual Shirt",
    ),
    # 41. Man in a navy pullover hoodie with white drawcords, kangaroo pocket, ribbed cuffs and hem, hood down,
    # black shorts.
    # Everything: base. No gender in the export.
    case(
        "MYN-SW-41237",
        caption("a man wearing a navy blue hoodie and black shorts"),
        D.color("navy"),
        D.wearing("a black hoodie and black shorts", "other_garment_color"),
        D.description(
            "a navy blue hoodie with white drawstrings and a kangaroo pocket in the front and ribbed cuffs and a "
            "ribbed hem and the hood is down and the",
            "cut",
            hit_limit=True,
        ),
        D.details("Answer: the hoodie has a hood and a pocket Question: What", "leak"),
        D.material("i don't know", "non_answer"),
        D.garment_type("hoodie"),
        category="Sweatshirts",
        color="Navy Blue",
        title="Puma Men Navy Blue Solid Hooded Sweatshirt",
    ),
    # 42. Man in a white long-sleeve round-neck t-shirt with narrow navy Breton stripes, white chinos.
    # caption and closed: base; wearing, description, details: vqa.
    case(
        "MYN-TS-42855",
        caption("a man in a blue and white striped shirt and white pants"),
        D.pattern("solid", "contradiction"),
        D.color("white"),
        D.wearing("tee"),
        D.description(
            "striped-striped-striped-striped-striped-striped-striped-striped-striped-striped",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        D.details("the details of the garment", "restated"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Mango Man White & Navy Striped Round Neck Pure Cotton T-shirt",
    ),
    # 43. Back view: man in a black oversized t-shirt with a large white tiger print on the back (no lettering),
    # black jeans.
    # Everything: base.
    case(
        "MYN-TS-43190",
        caption("the back of a man wearing a black t-shirt with a tiger on it"),
        D.pattern("graphic"),
        D.color("black"),
        D.description("a black t-shirt with a tiger on the back and the words wild spirit under it", "unsupported"),
        D.details("the t-shirt has a tiger on the back and the words", "cut"),
        D.wearing(
            "he is wearing a black t-shirt with a tiger on the back and a pair of black jeans and a pair of white "
            "sneakers and a black",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Bewakoof Men Black Graphic Printed Oversized Pure Cotton T-shirt",
    ),
    # 44. Man in a white formal shirt with thin light blue pinstripes, navy chinos, office with glass walls behind.
    # caption, pattern, color: base; wearing, description, details: cap-e3.
    case(
        "MYN-SH-44627",
        caption("a man in a white shirt standing in an office"),
        D.pattern("striped"),
        D.color("navy", "other_garment_color"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants this gentleman wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.description("The gentleman wears a long-sleeve shirt with pure color patterns.", "contradiction"),
        D.details(
            "It has a lapel neckline. The shirt is with cotton fabric. It has a lapel neckline. The shirt is with "
            "cotton fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Park Avenue Men White & Blue Striped Slim Fit Formal Shirt",
    ),
]
