"""BLIND_153 (44 products; the experiments re-run on a Myntra-style catalog of men's wear): written blind in the
twenty-first session. Measured blind at 1eaef26: 124/140 failures found (88.6%) and 6/148 correct texts flagged
(4.1%). The writer's notes, verbatim:

Blind corpus 153: BLIP-2 OPT-2.7b on a Myntra-style catalog of men's wear.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters re-run on a Myntra-style men's
    wear catalog: t-shirts, polo shirts (Myntra files them under "Tshirts"), shirts, jeans, trousers, shorts, kurtas,
    jackets and sweatshirts. About two thirds are on-model photos in which the man wears the product with other
    garments (layers, bottoms, tees under jackets), in studios, on streets, beaches, in front of walls and flowers;
    the rest are flat packshots on a white or beige ground with no person. enrich's default questionnaire
    (DEFAULT_QUESTIONS: wearing, garment_type, color, pattern, sleeve_length, description, details, material), a subset
    of it stored per product, plus a caption. Seller columns from the marketplace: gender ("Men"), category (Myntra's
    article type), color (Myntra's base colour) and title, passed as case() keywords; a few products lack some.

Which system wrote which text (named per case in the comment above it)
    BASE  Salesforce/blip2-opt-2.7b, untuned: short captions, most wearing answers, the closed answers (ranked over
          candidate answers, or its raw text kept when unmapped) and most material answers.
    CAP1  leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    CAP3  leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3): DeepFashion-MultiModal template
          sentences ("This gentleman wears a long-sleeve shirt with pure color patterns..."), no hue names, never stops.
    VQA   leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter), free generation: loops, prompt leaks, In-shop class names.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Text/Case
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). Nothing else of the project was opened or
    searched; the only thing run was an import check of this file. Every label is judged against the imagined photo
    described in the comment above each case.

Label conventions and judgement calls
    - One label per text. The adapters were trained with no end-of-answer token, so their texts run to the limit
      (30 new tokens for answers, 50 for captions) and carry hit_limit=True. When such a text also has a more specific
      flaw (it loops, leaks the prompt, invents a person or a garment, misgenders the man), it is labelled with that
      flaw; "cut" is kept for texts whose only flaw is being stopped mid-phrase. Any text that hit the limit is a
      failure: none is labelled correct.
    - "cut" also covers two texts stopped mid-phrase before the limit (hit_limit=False, "a blue kurta with white").
    - "loop": the same word or sentence repeated ("green green green...", the caption template sentence twice).
    - "leak": the `Question: ... Answer:` format continued in the answer ("black Question: What is the color...",
      "Answer: denim Question: What").
    - "other_garment_color": the product given the color of another garment in the photo (the jeans' black for a
      white tee, the denim overshirt's blue for a mustard tee, the tee's white for a black jacket). Closed and open.
    - "contradiction": a garment type the seller and the other texts contradict (a denim shirt answered "jeans", a
      kurta "dress" or "shirt", a hooded windcheater "hoodie", the layered garment's type given for the product), a
      color that is not any garment's (brick wall red, background beige or pink or orange, a print's or trim's color
      given as the garment's), a pattern or sleeve length that belongs to another garment or is plainly wrong.
    - "non_answer": empty answer, "yes" to an open type question, "it has a lot of details", "they are jeans" /
      "they are short" for a description or details, a pattern word ("floral") given for the color (the caption data's
      "color" labels are patterns), an answer about the outfit for the details question.
    - "restated": the question's own words given back ("the details of the garment are the details of the garment")
      or an earlier answer repeated as details ("the pants are white", "the hoodie is red").
    - "unsupported": invented details (a pocket, side zipper or kangaroo pocket that is not there, fabric
      compositions, gsm, down fill, sequins) and a person or extra garments invented for a packshot.
    - "pronoun": "she" / "the lady" for the male model (gender "Men").
    - Correct near-color synonyms: navy -> "blue", maroon -> "burgundy" / "red", olive -> "green", beige -> "khaki",
      lavender -> "purple", off white / cream -> "white", grey melange -> "grey", mustard -> "yellow",
      sea green -> "green". Two-color answers for striped / color-block garments ("navy and white") are correct.
    - Correct: "polo shirt" for a product the seller files as Tshirts; "hoodie" for a Sweatshirts hoodie;
      "pure color" (the caption data's word for solid) as a pattern; materials visible in the photo (denim, pique,
      linen slub, nylon sheen) and plain "cotton" for cotton jersey; captions that name backgrounds (brick wall,
      beach, snow, orange flowers, pink wall); wearing answers that name the layers; a caption-adapter text that
      describes the layered outer garment, when it is not cut; "long" sleeves for rolled-up long sleeves.
    - Sleeve-length is not asked for bottoms in this set.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case


def rep(phrase: str, n: int) -> str:
    return " ".join([phrase] * n)


MEN = "Men"

BLIND_153: list[Case] = [
    # 1. Navy round-neck tee on a model with light blue jeans, grey studio backdrop.
    # caption CAP3; details CAP3; wearing, garment_type, color, pattern, material BASE.
    case(
        "MYN153-TS-001",
        caption(
            "This gentleman wears a short-sleeve T-shirt with solid color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns. "
            "The gentleman also wears a pair",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blue t-shirt and light blue jeans"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        D.pattern("solid"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=MEN,
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. White tee with a black skateboard graphic and the words "OFF GRID" on the chest; model in black jeans, white
    # studio. caption, color, pattern, sleeve_length, description, material BASE; wearing VQA.
    case(
        "MYN153-TS-002",
        caption("a man wearing a white t-shirt with a black graphic print and black jeans"),
        D.wearing(
            "white Question: What is the person wearing? Answer: white t-shirt Question: What is the person wearing? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        D.sleeve_length("short"),
        D.description("a white t-shirt with a skateboard on it that says off grid"),
        D.material("100% cotton jersey, 180 gsm", "unsupported"),
        gender=MEN,
        category="Tshirts",
        color="White",
        title="HRX Men White Printed Round Neck T-shirt",
    ),
    # 3. Packshot: olive green short-sleeve v-neck tee laid flat on white. No person. Title missing.
    # caption, wearing, garment_type, pattern, sleeve_length, description BASE; color VQA.
    case(
        "MYN153-TS-003",
        caption("an olive green t-shirt on a white background"),
        D.wearing("a green v-neck t-shirt"),
        D.garment_type("t-shirt"),
        D.color(rep("green", 30), "loop", hit_limit=True),
        D.pattern("solid"),
        D.sleeve_length("long", "contradiction"),
        D.description("a short sleeve v-neck t-shirt in olive green"),
        gender=MEN,
        category="Tshirts",
        color="Olive",
    ),
    # 4. Mustard yellow tee worn under an open light-blue denim overshirt with beige chinos (the product is the tee).
    # caption CAP1; wearing, garment_type, color, sleeve_length, description BASE.
    case(
        "MYN153-TS-004",
        caption(
            "The gentleman is wearing a long-sleeve shirt with solid color patterns. The shirt is with denim fabric "
            "and it has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow t-shirt under a denim shirt and khaki pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long", "contradiction"),
        D.description("a yellow t-shirt"),
        gender=MEN,
        category="Tshirts",
        color="Mustard",
        title="Mast & Harbour Men Mustard Yellow Solid Round Neck T-shirt",
    ),
    # 5. Navy-and-white horizontally striped tee with a small embroidered flag logo on the chest (no pocket); model in
    # white shorts on a beach. caption, wearing, color, pattern, description BASE; details CAP3; material VQA.
    case(
        "MYN153-TS-005",
        caption("a man in a striped shirt standing on a beach"),
        D.wearing("a striped shirt and white shorts"),
        D.color("navy and white"),
        D.pattern("striped"),
        D.details(
            "The T-shirt is with cotton fabric and it has a crew neckline. The shorts this gentleman wears is of "
            "short length. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: striped Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.description("it is a striped t-shirt with a pocket on the chest and a small logo", "unsupported"),
        gender=MEN,
        category="Tshirts",
        color="Navy Blue",
        title="Tommy Hilfiger Men Navy Blue & White Striped Round Neck T-shirt",
    ),
    # 6. Black tee with a large white "BROOKLYN 1998" print, model in black jeans and white sneakers.
    # caption, wearing, color, pattern, sleeve_length, material BASE; details VQA.
    case(
        "MYN153-TS-006",
        caption("a man wearing a black t-shirt with the word brooklyn on it"),
        D.wearing("she is wearing a black t-shirt and black jeans", "pronoun"),
        D.color("black"),
        D.pattern("printed"),
        D.sleeve_length("short"),
        D.details("the details of the garment are the details of the garment", "restated"),
        D.material("cotton"),
        gender=MEN,
        category="Tshirts",
        color="Black",
        title="Roadster Men Black Printed Round Neck Pure Cotton T-shirt",
    ),
    # 7. Maroon pique polo with white tipping on collar and sleeve cuffs, model in grey chinos in an office.
    # caption, garment_type, color, sleeve_length, details BASE; wearing VQA; description CAP3.
    case(
        "MYN153-PO-001",
        caption("a man in a red polo shirt and grey pants standing in an office"),
        D.wearing(rep("polo", 30), "loop", hit_limit=True),
        D.garment_type("polo shirt"),
        D.color("burgundy"),
        D.sleeve_length("short"),
        D.description(
            "This gentleman wears a short-sleeve polo with solid color patterns. The polo is with cotton fabric and "
            "it has a lapel neckline. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.details("white stripes on the collar and the sleeves"),
        gender=MEN,
        category="Tshirts",
        color="Maroon",
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
    ),
    # 8. Packshot: white polo, flat on white, three-button placket, small embroidered logo on the left chest. No person.
    # caption CAP1; wearing, color, details, material BASE; garment_type, pattern VQA.
    case(
        "MYN153-PO-002",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "it has a lapel neckline. The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt "
            "is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white polo shirt"),
        D.garment_type("yes", "non_answer"),
        D.color("white"),
        D.pattern(
            "pure color Question: What is the pattern of the garment? Answer: pure color Question: What is",
            "leak",
            hit_limit=True,
        ),
        D.details("it has a small logo on the left chest and a three button placket"),
        D.material("silk", "unsupported"),
        gender=MEN,
        category="Tshirts",
        color="White",
        title="Allen Solly Men White Polo Collar T-shirt",
    ),
    # 9. Navy polo with a white colour-block chest panel, model in dark blue jeans.
    # caption CAP3; wearing, color, pattern, material BASE; description VQA.
    case(
        "MYN153-PO-003",
        caption(
            "This gentleman wears a short-sleeve T-shirt with color block patterns and a long pants. The T-shirt is "
            "with cotton fabric and it has a lapel neckline. The pants are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white polo shirt and jeans"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        D.description(
            "the shirt is blue and white and the jeans are blue and the shirt is blue and white and the jeans are "
            "blue and the shirt is blue and",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=MEN,
        category="Tshirts",
        color="Navy Blue",
        title="HERE&NOW Men Navy Blue & White Colourblocked Polo Collar T-shirt",
    ),
    # 10. Bottle-green polo, model in khaki shorts with a black crossbody bag, in a park. Title missing.
    # caption, wearing, garment_type, details BASE; color, sleeve_length VQA.
    case(
        "MYN153-PO-004",
        caption("a man wearing a green polo shirt and khaki shorts in a park"),
        D.wearing("green polo shirt, khaki shorts, and a black bag"),
        D.garment_type("shorts", "contradiction"),
        D.color("khaki", "other_garment_color"),
        D.sleeve_length(rep("short sleeve", 15), "loop", hit_limit=True),
        D.details("he is wearing a green polo shirt", "non_answer"),
        gender=MEN,
        category="Tshirts",
        color="Green",
    ),
    # 11. Blue-and-white gingham checked shirt, sleeves rolled up, navy chinos, red brick wall behind.
    # caption, wearing, color, pattern, sleeve_length, details BASE; description CAP1.
    case(
        "MYN153-SH-001",
        caption("a man in a blue and white checkered shirt standing in front of a brick wall"),
        D.wearing("a checkered shirt and navy pants"),
        D.color("red", "contradiction"),
        D.pattern("checked"),
        D.sleeve_length("long"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.details("the sleeves are rolled up"),
        gender=MEN,
        category="Shirts",
        color="Blue",
        title="Highlander Men Blue & White Slim Fit Checked Casual Shirt",
    ),
    # 12. Packshot: white formal shirt, folded with the spread collar on top, on white. No person.
    # caption CAP3; wearing, color, sleeve_length, details, material BASE.
    case(
        "MYN153-SH-002",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman also wears a pair of trousers. The trousers are of long length and",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a white shirt"),
        D.color("white"),
        D.sleeve_length("long"),
        D.details("Answer: a white shirt with a collar and buttons", "leak"),
        D.material("cotton"),
        gender=MEN,
        category="Shirts",
        color="White",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
    ),
    # 13. Olive utility shirt with two flap chest pockets, worn open over a white tee, black jeans.
    # caption CAP1; wearing, garment_type, color, pattern, details BASE; description VQA.
    case(
        "MYN153-SH-003",
        caption(
            "The guy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The guy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("an olive green shirt over a white t-shirt and black jeans"),
        D.garment_type("jacket", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.details("two flap pockets on the chest"),
        D.description(
            "the shirt is green Question: What are the details of the garment? Answer: the shirt is green Question:",
            "leak",
            hit_limit=True,
        ),
        gender=MEN,
        category="Shirts",
        color="Olive",
        title="Roadster Men Olive Green Utility Casual Shirt",
    ),
    # 14. Short-sleeve shirt, black ground with red and white hibiscus print, beige shorts, on a beach.
    # caption, wearing, pattern, sleeve_length, material BASE; color VQA; description CAP3.
    case(
        "MYN153-SH-004",
        caption("a man wearing a hawaiian shirt on the beach"),
        D.wearing("hawaiian shirt"),
        D.color("floral", "non_answer"),
        D.pattern("floral"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "This gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The shorts",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "the garment is made of cotton and it is made of cotton and it is made of cotton and it is made of "
            "cotton and it is",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        category="Shirts",
        color="Black",
        title="The Indian Garage Co Men Black Floral Printed Casual Shirt",
    ),
    # 15. Light-wash denim shirt with two flap chest pockets and snap buttons, white chinos, grey studio.
    # caption, wearing, garment_type, color, material, details BASE; description CAP3.
    case(
        "MYN153-SH-005",
        caption("a man in a denim shirt and white pants"),
        D.wearing("she is wearing a denim shirt and white pants", "pronoun"),
        D.garment_type("jeans", "contradiction"),
        D.color("light blue"),
        D.material("denim"),
        D.details("it has two pockets on the chest with buttons"),
        D.description(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it "
            "has a lapel neckline. The pants this gentleman",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        category="Shirts",
        color="Blue",
        title="WROGN Men Blue Slim Fit Solid Denim Casual Shirt",
    ),
    # 16. Lavender formal shirt with a blue tie, under an open navy blazer, charcoal trousers (the product is the
    # shirt).
    # caption CAP3; wearing, garment_type, color, pattern, description BASE.
    case(
        "MYN153-SH-006",
        caption(
            "This gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric and it "
            "has a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blazer, a purple shirt and a tie"),
        D.garment_type("jacket", "contradiction"),
        D.color("purple"),
        D.pattern("solid"),
        D.description("a navy blue blazer with a white shirt and a blue tie", "contradiction"),
        gender=MEN,
        category="Shirts",
        color="Lavender",
        title="Louis Philippe Men Lavender Slim Fit Solid Formal Shirt",
    ),
    # 17. Dark indigo slim jeans, model in a white tee, full length, studio.
    # caption, wearing, garment_type, color, pattern, material BASE; details CAP3.
    case(
        "MYN153-JN-001",
        caption("a man in a white t-shirt and blue jeans"),
        D.wearing("white t-shirt and jeans"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.details(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The lower "
            "clothing is of long",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender=MEN,
        category="Jeans",
        color="Navy Blue",
        title="Levis Men Navy Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 18. Packshot: light-blue skinny jeans laid flat on white, rips at both knees, front view (no back patch visible).
    # caption CAP1; wearing, color, details, material BASE; description VQA.
    case(
        "MYN153-JN-002",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has solid color patterns. The lower clothing is of",
            "loop",
            hit_limit=True,
        ),
        D.wearing("jeans"),
        D.color("blue"),
        D.details("ripped knees"),
        D.description(
            "blue jeans Question: What is the color of the jeans? Answer: blue Question: What are the jeans details? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material("denim with a stretchy elastane blend and a leather patch", "unsupported"),
        gender=MEN,
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Mildly Distressed Jeans",
    ),
    # 19. Black jeans, model in a grey crew sweatshirt and white sneakers. Title missing.
    # caption CAP3; wearing, garment_type, color, pattern BASE; details VQA.
    case(
        "MYN153-JN-003",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns. "
            "The man",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt and black jeans"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.pattern("solid"),
        D.details(rep("the jeans", 15), "loop", hit_limit=True),
        gender=MEN,
        category="Jeans",
        color="Black",
    ),
    # 20. Mid-blue straight jeans, model in a red-and-black plaid flannel shirt with a chest pocket, brown boots.
    # all BASE.
    case(
        "MYN153-JN-004",
        caption("a man wearing a red and black plaid shirt and jeans"),
        D.wearing("plaid shirt, jeans and boots"),
        D.color("blue"),
        D.pattern("checked", "contradiction"),
        D.description("they are jeans", "non_answer"),
        D.material("denim"),
        D.details("he is wearing a red and black plaid shirt with a pocket on the chest", "other_garment_color"),
        gender=MEN,
        category="Jeans",
        color="Blue",
        title="Pepe Jeans Men Blue Straight Fit Jeans",
    ),
    # 21. Grey washed slim jeans, model in an untucked white shirt. Seller colour missing.
    # caption, garment_type, color, pattern, material BASE; wearing VQA; details CAP1.
    case(
        "MYN153-JN-005",
        caption("a man in a white shirt and grey jeans"),
        D.wearing(
            "white shirt and grey jeans Question: What is the person wearing? Answer: white shirt and grey jeans "
            "Question",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("grey"),
        D.pattern("solid"),
        D.details(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The gentleman "
            "wears a long-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=MEN,
        category="Jeans",
        title="Flying Machine Men Grey Slim Tapered Fit Jeans",
    ),
    # 22. Packshot: beige chinos laid flat on white. No person.
    # caption CAP3; wearing, garment_type, color, details BASE; material VQA.
    case(
        "MYN153-TR-001",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has solid color patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a man wearing khaki pants", "unsupported"),
        D.garment_type("pants"),
        D.color("khaki"),
        D.material(rep("cotton", 30), "loop", hit_limit=True),
        D.details("", "non_answer"),
        gender=MEN,
        category="Trousers",
        color="Beige",
        title="Highlander Men Beige Slim Fit Solid Chinos",
    ),
    # 23. Charcoal formal trousers, white shirt tucked in, black belt, light grey studio.
    # caption, wearing, color, pattern BASE; garment_type VQA; description CAP1; details CAP3.
    case(
        "MYN153-TR-002",
        caption("a man in a white shirt and grey pants"),
        D.wearing("a white shirt tucked into dark grey trousers with a black belt"),
        D.color("white", "other_garment_color"),
        D.garment_type("shirt", "contradiction"),
        D.description(
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. This "
            "gentleman wears a long-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.details(
            "The trousers are with cotton fabric. The trousers are with cotton fabric. The trousers are with cotton "
            "fabric. The trousers are",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        category="Trousers",
        color="Charcoal",
        title="Arrow Men Charcoal Grey Tapered Fit Solid Formal Trousers",
    ),
    # 24. Olive cargo trousers with side leg pockets, model in a black tee and a black cap.
    # caption, wearing, color, details BASE; description VQA; material CAP3.
    case(
        "MYN153-TR-003",
        caption("a man in a black t-shirt and green cargo pants"),
        D.wearing("black t-shirt, olive cargo pants and a black cap"),
        D.color("black", "other_garment_color"),
        D.details("there are pockets on the sides of the legs"),
        D.description(
            "the person is wearing pants Question: Describe the garment. Answer: the person is wearing pants Question:",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The "
            "gentleman wears a short-sleeve T-shirt with",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        category="Trousers",
        color="Olive",
        title="Roadster Men Olive Green Cargo Trousers",
    ),
    # 25. Off-white linen trousers (visible slub and creases), light blue shirt, walking on a street. Title missing.
    # caption, wearing, garment_type, material, details, description BASE; color VQA.
    case(
        "MYN153-TR-004",
        caption("a man in a blue shirt and white pants walking down a street"),
        D.wearing("a blue shirt and white pants"),
        D.color("blue", "other_garment_color"),
        D.garment_type("pants"),
        D.material("linen"),
        D.details("the pants are white", "restated"),
        D.description("she is wearing a blue shirt and white pants", "pronoun"),
        gender=MEN,
        category="Trousers",
        color="Off White",
    ),
    # 26. Navy chino shorts, model in a white linen shirt with rolled long sleeves.
    # caption CAP3; wearing, garment_type, color, details BASE; description CAP1.
    case(
        "MYN153-SHO-001",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a short pants. The shirt is with "
            "linen fabric and it has a lapel neckline. The shorts are with cotton fabric and solid color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.details("they are short", "non_answer"),
        D.description(
            "The shorts this gentleman wears is of short length. The shorts are with cotton fabric and solid color "
            "patterns. The gentleman wears a long-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        category="Shorts",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue Solid Regular Fit Chino Shorts",
    ),
    # 27. Packshot: grey melange sports shorts with a white drawstring and side pockets, flat on white. No person.
    # caption, wearing, color, details, material BASE; pattern VQA; description CAP1.
    case(
        "MYN153-SHO-002",
        caption("a pair of grey shorts on a white background"),
        D.wearing("grey shorts"),
        D.color("grey"),
        D.details("drawstring waist and side pockets"),
        D.material("the material is the material of the garment", "restated"),
        D.pattern("pure color"),
        D.description(
            "The shorts this lady wears is of short length. The shorts are with cotton fabric and pure color "
            "patterns. The lady wears a short-sleeve T-shirt",
            "unsupported",
            hit_limit=True,
        ),
        gender=MEN,
        category="Shorts",
        color="Grey Melange",
        title="HRX Men Grey Melange Solid Sports Shorts",
    ),
    # 28. Mid-blue denim shorts with frayed hem, model in a yellow tee, sunglasses pushed up on his head, black watch
    # on his left wrist, barefoot on a beach. caption, garment_type, color, details, material BASE; wearing VQA.
    case(
        "MYN153-SHO-003",
        caption("a man in a yellow shirt and denim shorts on the beach"),
        D.wearing(
            "a yellow t-shirt and blue denim shorts, sunglasses on his head and a black watch on his left wrist and "
            "a pair of",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans", "contradiction"),
        D.color("yellow", "other_garment_color"),
        D.details("frayed hem"),
        D.material("denim"),
        gender=MEN,
        category="Shorts",
        color="Blue",
        title="Roadster Men Blue Denim Shorts",
    ),
    # 29. Teal shorts with a palm-leaf tropical print (elastic waist, no zip), model in a white tee.
    # caption CAP1; wearing, color, pattern, description BASE; details CAP3.
    case(
        "MYN153-SHO-004",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and it has a crew neckline. The shorts are with cotton fabric and floral patterns. The guy",
            "cut",
            hit_limit=True,
        ),
        D.wearing("white t-shirt and green printed shorts"),
        D.color("teal"),
        D.pattern("tropical print"),
        D.description("a pair of shorts with a palm tree print and a zipper on the side", "unsupported"),
        D.details(
            "The shorts are with cotton fabric and floral patterns. The shorts are with cotton fabric and floral "
            "patterns. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        category="Shorts",
        color="Teal",
        title="The Indian Garage Co Men Teal Printed Regular Fit Shorts",
    ),
    # 30. White knee-length cotton kurta with mandarin collar, white pyjama, orange marigold garlands behind.
    # caption, wearing, color, sleeve_length BASE; garment_type VQA; description CAP3.
    case(
        "MYN153-KU-001",
        caption("a man in a white kurta standing in front of orange flowers"),
        D.wearing("a white kurta and pajamas"),
        D.garment_type("dress", "contradiction"),
        D.color("orange", "contradiction"),
        D.sleeve_length("long"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a stand neckline. There is",
            "pronoun",
            hit_limit=True,
        ),
        gender=MEN,
        category="Kurtas",
        color="White",
        title="Fabindia Men White Solid Straight Kurta",
    ),
    # 31. Maroon kurta with gold embroidery on the neck and front placket, cream churidar.
    # caption CAP1; wearing, garment_type, color, pattern, details BASE; material VQA.
    case(
        "MYN153-KU-002",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it "
            "has a stand neckline. The gentleman wears a long-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red kurta with gold embroidery and white pants"),
        D.garment_type("kurta"),
        D.color("gold", "contradiction"),
        D.pattern("embroidered"),
        D.details("gold embroidery on the neck and the front placket"),
        D.material(
            "silk Question: What material is the garment made of? Answer: silk Question: What material is the "
            "garment made",
            "leak",
            hit_limit=True,
        ),
        gender=MEN,
        category="Kurtas",
        color="Maroon",
        title="Manyavar Men Maroon Embroidered Straight Kurta",
    ),
    # 32. Packshot: indigo block-print kurta (navy with small white motifs) flat on a beige ground. No person.
    # Title missing. caption CAP3; wearing, color, pattern, description BASE; garment_type VQA.
    case(
        "MYN153-KU-003",
        caption(
            "This gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it "
            "has a stand neckline. The pants this gentleman wears is of long length. The pants are with denim fabric",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a blue and white kurta"),
        D.garment_type(rep("shirt", 30), "loop", hit_limit=True),
        D.color("beige", "contradiction"),
        D.pattern("printed"),
        D.description("a blue kurta with white", "cut"),
        gender=MEN,
        category="Kurtas",
        color="Navy Blue",
    ),
    # 33. Mustard short kurta with mandarin collar, worn with blue jeans.
    # caption, wearing, garment_type, color, material BASE; sleeve_length VQA.
    case(
        "MYN153-KU-004",
        caption("a man in a yellow kurta and blue jeans"),
        D.wearing(
            "he is wearing a yellow kurta and blue jeans and he is wearing a yellow kurta and blue jeans and he is "
            "wearing a yellow",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),
        D.color("yellow"),
        D.sleeve_length(
            "long sleeve Question: What is the color of the garment? Answer: yellow Question: What is the pattern of",
            "leak",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=MEN,
        category="Kurtas",
        color="Mustard",
        title="Anouk Men Mustard Yellow Solid Straight Kurta",
    ),
    # 34. Mint / sea-green chikankari kurta with white thread embroidery, white pyjama, pink wall behind.
    # caption, wearing, color, details, material BASE; pattern VQA; description CAP3.
    case(
        "MYN153-KU-005",
        caption("a man standing in front of a pink wall wearing a green kurta"),
        D.wearing("a green kurta with white embroidery and white pants"),
        D.color("pink", "contradiction"),
        D.pattern(rep("floral", 15), "loop", hit_limit=True),
        D.description(
            "The gentleman wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and it has "
            "a stand neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a lot of details", "non_answer"),
        D.material("georgette with sequins and mirror work", "unsupported"),
        gender=MEN,
        category="Kurtas",
        color="Sea Green",
        title="House of Pataudi Men Green Chikankari Embroidered Kurta",
    ),
    # 35. Black nylon bomber jacket over a white tee, black jeans.
    # caption, wearing, garment_type, color, material BASE; details CAP1; description VQA.
    case(
        "MYN153-JK-001",
        caption("a man in a black bomber jacket and a white t-shirt"),
        D.wearing("a black jacket, a white t-shirt and black jeans"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("nylon"),
        D.description(
            "the jacket is black and the t-shirt is white and the jeans are black and the jacket is black and the "
            "t-shirt is white and",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Bomber Jacket",
    ),
    # 36. Packshot: light-wash denim trucker jacket flat on white, two buttoned chest flap pockets. No person.
    # caption CAP3; wearing, garment_type, color, details, material BASE; pattern VQA.
    case(
        "MYN153-JK-002",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and "
            "it has a lapel neckline. The pants this gentleman wears is of long length. The pants are with",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a denim jacket"),
        D.garment_type("jacket"),
        D.color("blue"),
        D.details("two chest pockets with button flaps and a button front"),
        D.pattern("the pattern of the garment is the pattern of the garment", "restated"),
        D.material("Answer: denim Question: What", "leak"),
        gender=MEN,
        category="Jackets",
        color="Blue",
        title="Levis Men Blue Denim Jacket",
    ),
    # 37. Olive quilted puffer jacket, zipped, grey joggers, snowy outdoors. Title missing.
    # caption, wearing, color, pattern, sleeve_length, material BASE; description CAP1.
    case(
        "MYN153-JK-003",
        caption("a man in a green puffer jacket standing in the snow"),
        D.wearing("she is wearing a green puffer jacket and grey pants", "pronoun"),
        D.color("grey", "other_garment_color"),
        D.pattern("quilted"),
        D.sleeve_length("long"),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a stand neckline. There is an accessory",
            "pronoun",
            hit_limit=True,
        ),
        D.material("down feathers and a water-resistant nylon shell", "unsupported"),
        gender=MEN,
        category="Jackets",
        color="Olive",
    ),
    # 38. Brown faux-leather biker jacket with zipped pockets and zipped cuffs, over a black tee, blue jeans.
    # caption CAP3; wearing, garment_type, color, details, description BASE; material VQA.
    case(
        "MYN153-JK-004",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and "
            "it has a lapel neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("brown leather jacket, black t-shirt and jeans"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.details("zippers on the pockets and sleeves"),
        D.material(rep("leather", 30), "loop", hit_limit=True),
        D.description("it is a jacket", "non_answer"),
        gender=MEN,
        category="Jackets",
        color="Brown",
        title="Roadster Men Brown Solid Biker Jacket",
    ),
    # 39. Navy hooded windcheater with a white zip, zipped, worn over a white tee (collar visible), black track pants.
    # caption, wearing, garment_type, material BASE; color VQA; details CAP3.
    case(
        "MYN153-JK-005",
        caption("a man wearing a blue hooded jacket"),
        D.wearing("a blue jacket"),
        D.color(rep("navy", 30), "loop", hit_limit=True),
        D.garment_type("hoodie", "contradiction"),
        D.details(
            "The jacket is with cotton fabric and it has a hooded neckline. The gentleman wears a short-sleeve "
            "T-shirt inside. The T-shirt is",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender=MEN,
        category="Jackets",
        color="Navy Blue",
        title="HRX Men Navy Blue Hooded Windcheater Sporty Jacket",
    ),
    # 40. Grey melange crew sweatshirt with a navy "CALIFORNIA" print, no pocket, black joggers.
    # caption, wearing, color, pattern, details BASE; description CAP1.
    case(
        "MYN153-SW-001",
        caption("a man wearing a grey sweatshirt that says california"),
        D.wearing("grey sweatshirt and black pants"),
        D.color("navy", "contradiction"),
        D.pattern("printed"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "its neckline is round. The pants",
            "cut",
            hit_limit=True,
        ),
        D.details("the sweatshirt has the word california on the front and a kangaroo pocket", "unsupported"),
        gender=MEN,
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Printed Sweatshirt",
    ),
    # 41. Packshot: black pullover hoodie flat on white, white drawstrings, kangaroo pocket. No person. Title missing.
    # caption CAP3; wearing, garment_type, details BASE; color, material VQA.
    case(
        "MYN153-SW-002",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric "
            "and it has a hooded neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The "
            "sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black hoodie"),
        D.garment_type("hoodie"),
        D.color(
            "black Question: What is the color of the garment? Answer: black Question: What is the color of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details("white drawstrings and a kangaroo pocket"),
        D.material("the material of the garment is the material of the garment", "restated"),
        gender=MEN,
        category="Sweatshirts",
        color="Black",
    ),
    # 42. Maroon zip-up hooded sweatshirt worn open over a white tee, blue jeans.
    # caption, wearing, color, sleeve_length, details BASE; description VQA.
    case(
        "MYN153-SW-003",
        caption("a man in a red hoodie and jeans"),
        D.wearing("red hoodie, white t-shirt and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short", "contradiction"),
        D.description(rep("hoodie", 15), "loop", hit_limit=True),
        D.details("the hoodie is red", "restated"),
        gender=MEN,
        category="Sweatshirts",
        color="Maroon",
        title="HRX Men Maroon Solid Hooded Sweatshirt",
    ),
    # 43. Navy crew sweatshirt with a white colour-block band across the chest, ribbed cuffs and hem, beige chinos.
    # caption CAP1; wearing, color, pattern, material, details BASE; description VQA.
    case(
        "MYN153-SW-004",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a navy and white sweatshirt and khaki pants"),
        D.color("navy"),
        D.pattern("color block"),
        D.material("cotton"),
        D.details("a white stripe across the chest and ribbed cuffs and hem"),
        D.description(
            "sweater Question: What is the person wearing? Answer: sweater Question: What is the person wearing? "
            "Answer: sweater",
            "leak",
            hit_limit=True,
        ),
        gender=MEN,
        category="Sweatshirts",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue & White Colourblocked Sweatshirt",
    ),
    # 44. Packshot: olive half-zip sweatshirt flat on white. No person. Gender and title missing.
    # caption, wearing, garment_type, color, description BASE; sleeve_length VQA.
    case(
        "MYN153-SW-005",
        caption("a green sweatshirt with a zipper on a white background"),
        D.wearing("", "non_answer"),
        D.garment_type("jacket", "contradiction"),
        D.color("green"),
        D.sleeve_length(rep("long sleeve", 15), "loop", hit_limit=True),
        D.description("a green sweatshirt with a zipper on the", "cut"),
        category="Sweatshirts",
        color="Olive",
    ),
]
