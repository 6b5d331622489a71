"""BLIND_159 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, with is_a and
color_of questions): written blind in the twenty-second session. Measured blind at 9c2fbe6: 125/141 failures found
(88.7%) and 6/147 correct texts flagged (4.1%). The writer's notes, verbatim:

Blind corpus 159: BLIP-2 OPT-2.7b outputs on 44 products of a Myntra-style marketplace, each text labelled.

Scenario
    The original experiments' models re-run on a random sample of 44 products of a Myntra-style marketplace: men's,
    women's and kids' clothing, western and ethnic, weighted roughly as the catalog is (t-shirts, shirts, kurtas,
    sarees, tops, kurta sets, dresses and jeans most common; kids about one item in nine). One product per item,
    one photo per product. The questionnaire is enrich's default questionnaire (DEFAULT_QUESTIONS), not every
    question on every product, plus a few is_a ("Is this a ...?") and color_of ("What is the color of the ...?")
    questions, and a few garment-specific details questions. Seller columns come from the marketplace export:
    gender (Men / Women / Boys / Girls), category (the article type, e.g. "Tshirts", "Kurta Sets"), color (the base
    colour, e.g. "Navy Blue", "Off White") and title (the seller's own product name); a few are missing.

Which system wrote which text (named in the comment above every case)
    - base: the untuned Salesforce/blip2-opt-2.7b (8-bit). Short answers that stop on the newline; its failures
      are one color given to every garment, a wrong pronoun, invented details, answers that only hand the question
      back, an empty answer, and the odd garment_type/color picked from the wrong layer.
    - caption adapter: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (ep1) or
      leoreigoto/Data2_V2_Blip2_Finetune_Caption (ep3) on the base. Writes the DeepFashion-MultiModal template
      ("The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric...") for any
      prompt, never stops (no end-of-answer token was trained), so it is cut at 50 / 30 new tokens, loops on its own
      sentences, invents persons, rings and accessories, and sometimes repeats the `Question: ... Answer:` prompt.
    - VQA adapter: leoreigoto/Data3_V3_BLIP2_VQA on the base. One-word In-shop answers ("tee", "yes", "black")
      that repeat until the 30-token limit ("black-black-black..."), leaked prompt fragments ("Answer: white
      Question: ..."), the caption-less "pure color" for a color question.
    Closed questions (garment_type, color, pattern, sleeve_length, is_a, closed color_of) are stored as the
    reference engine keeps them: a candidate when the answer maps to one, the raw text otherwise.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). No audit code, no other corpus, no docs, no queries. The
    photos are imagined and described in the comment above each case; every label was judged against that photo.

Label conventions and judgement calls
    - One label per text: the failure a reader would name first. A text that runs to the token limit and stops
      mid-phrase is "cut" (hit_limit=True), even when it also says "dress" for a kurta; a text that repeats a
      word or sentence until the limit is "loop" (hit_limit=True), not cut; a repeated `Answer:` / `Question:`
      fragment is "leak" even when it also repeats.
    - A caption-adapter text that ends at a full stop is not cut; it is judged on content (hit_limit=True where it
      ran to the limit and only happened to end a sentence there). A few of these are correct.
    - Near-color synonyms are correct: navy for "Navy Blue", green for "Olive", yellow for "Mustard", pink for
      "Magenta", white / off white for "Cream" or "Off White", teal for "Sea Green", red for "Maroon" in free
      text, burgundy for "Maroon".
    - Layers: naming the inner or outer layer in a caption or a "wearing" answer is correct; giving the product
      the type or color of the other layer (or of a dupatta, blouse, kurta worn over leggings) in garment_type /
      color is a failure: "contradiction" for the type, "other_garment_color" for the color.
    - A color that belongs to nothing worn (the wall, the backdrop, a print's ink on a white tee) given as the
      garment's color is "contradiction", not "other_garment_color".
    - Backgrounds named in captions ("in front of a blue wall", "by a lake") are correct.
    - In free text (captions, wearing, description), "dress" for an Anarkali or a long flared kurta and "vest" for
      a Nehru jacket are correct: nearest western words for what is visible. In a closed garment_type or an
      is_a answer, a wrong class (dress for a straight kurta, t-shirt for a jacket) is "contradiction".
    - The caption adapter's "lady" / "gentleman" follows the sex of the person shown; "lady" for a girl or
      "gentleman" for a boy is not a pronoun failure. A pronoun of the other sex is "pronoun", even where the
      seller's gender column is missing (judged by the photo).
    - "pure color" as the answer to a color question, "they are jeans" to a details question, "none" / empty
      answers are "non_answer"; an answer that only turns the question back into a sentence ("the details of the
      kurta") is "restated".
    - Invented things not in the photo (a ring, a zipper, a chest pocket, heels on cropped feet, a person on a
      flat-lay) are "unsupported". Materials that are plausible from the photo or the title (denim for jeans,
      cotton for a tee, polyester for track pants) are correct; "unknown" is a non_answer.
    - A short base answer that stops mid-phrase well before the limit ("a white shirt tucked into blue") is "cut"
      with hit_limit=False.
    - The empty string (the base model emitting the newline at once) is "non_answer".
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a

BLIND_159: list[Case] = [
    # ------------------------------------------------------------------ men
    # 1. Male model, navy round-neck short-sleeve tee, light grey joggers, white studio background.
    # caption: base; wearing: base; closed: base; description/details: caption adapter ep3; material: base.
    case(
        "MYN-10234",
        caption("a man wearing a navy blue t-shirt and grey pants"),
        D.wearing("she is wearing a navy blue t-shirt", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("navy"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, "
            "the hem, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Man in a white tee with a black "ROADSTER ORIGINALS" chest print, mid-blue jeans, red brick wall behind.
    # caption, wearing: caption adapter ep1; color_of shirt (open): base; closed: base; details: base.
    case(
        "MYN-10371",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with denim fabric and solid color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        D.color("white"),
        D.pattern("printed"),
        D.details("black letters on the front"),
        is_a("t-shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Roadster Men White Printed Round Neck Pure Cotton T-shirt",
    ),
    # 3. Man in a black pique polo with a small white logo, beige chinos, grey backdrop.
    # caption, wearing, color_of (both), garment_type: base; details, material: VQA adapter.
    case(
        "MYN-10402",
        caption("a man in a black polo shirt and khaki pants"),
        D.wearing("a black polo shirt"),
        D.garment_type("a garment", "non_answer"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        color_of("shirt", "black"),
        D.details(
            "polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo "
            "polo polo polo polo polo polo polo polo polo polo",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton Question: What is the color of the polo? Answer: black", "leak"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Puma Men Black Solid Polo Collar T-shirt",
    ),
    # 4. Man in a plain olive-green crew-neck tee (no pocket), black jeans, white sneakers, white background.
    # caption, color, wearing, description, closed: base; details: caption adapter ep3.
    case(
        "MYN-10488",
        caption("a man wearing a green t-shirt and black jeans"),
        D.color("green"),
        D.wearing("she is wearing a green t-shirt and black jeans", "pronoun"),
        D.description("a green t-shirt with a pocket on the chest", "unsupported"),
        D.sleeve_length("short"),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The gentleman wears a long denim pants. "
            "The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Urbano Fashion Men Olive Green Solid Slim Fit Round Neck T-shirt",
    ),
    # 5. Product flat-lay, no person: grey melange tee with white-and-red "STAY WILD" typography, white background.
    # caption, wearing, closed: base; description, details: caption adapter ep1; material: VQA adapter.
    case(
        "MYN-10519",
        caption("a grey t-shirt with the words stay wild on it"),
        D.wearing("a grey t-shirt"),
        D.garment_type("t-shirt"),
        D.color("grey"),
        D.pattern("printed"),
        D.description(
            "The person wears a short-sleeve T-shirt with graphic patterns. The person wears a long denim pants.",
            "unsupported",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has "
            "a round neckline. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.material("Answer: cotton", "leak"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Difference of Opinion Men Grey Melange Typography Printed T-shirt",
    ),
    # 6. Man in a navy-and-white checked full-sleeve shirt (one chest pocket), beige chinos, white background.
    # caption: caption adapter ep3 (ended at a full stop at the 50-token limit); closed, wearing, details: base.
    case(
        "MYN-10603",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and solid color patterns.",
            hit_limit=True,
        ),
        D.color("navy"),
        D.pattern("checked"),
        D.wearing("a blue and white checkered shirt"),
        D.details(
            "a blue and white checkered shirt with a pocket on the front and a pocket on the back", "unsupported"
        ),
        is_a("shirt", "yes"),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
    ),
    # 7. Man in a white full-sleeve shirt, black trousers, standing in front of a bright blue wall.
    # caption, color, color_of (both): base; description: VQA adapter; details: caption adapter ep3.
    case(
        "MYN-10655",
        caption("a man in a white shirt standing in front of a blue wall"),
        D.color("white"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.description(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "Question: What are the details of the garment? Answer: The gentleman wears a long-sleeve shirt with "
            "pure color patterns. The shirt is",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Highlander Men White Slim Fit Solid Casual Shirt",
    ),
    # 8. Man in an olive shirt worn open over a plain white tee, blue jeans, white background. Seller color missing.
    # caption, wearing, closed, details: base; material: caption adapter ep1.
    case(
        "MYN-10712",
        caption("a man wearing a green shirt over a white t-shirt and jeans"),
        D.wearing("a green shirt, a white t-shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("shirt"),
        D.details("the shirt is open"),
        D.material(
            "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. "
            "The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        title="Mast & Harbour Men Olive Green Solid Casual Shirt",
    ),
    # 9. Man in a maroon short-sleeve shirt with a small white polka-dot print, grey jeans; no tie.
    # caption, description: caption adapter ep3; color: VQA adapter (raw); pattern, sleeve_length, wearing, details:
    # base.
    case(
        "MYN-10790",
        caption(
            "The gentleman is wearing a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("burgundy"),
        D.pattern("polka dot"),
        D.sleeve_length("long", "contradiction"),
        D.wearing("a red shirt and grey jeans"),
        D.description(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The neckline of it is lapel. "
            "The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        D.details("a red shirt with white polka dots and a red tie", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="WROGN Men Maroon Slim Fit Printed Casual Shirt",
    ),
    # 10. Lower half only: man in mid-blue skinny jeans, white sneakers, hem of a white tee tucked in.
    # caption, closed, jeans details: base; wearing: caption adapter ep3; is_a, material: VQA adapter.
    case(
        "MYN-10834",
        caption("a man wearing blue jeans and white sneakers"),
        D.garment_type("jeans"),
        color_of("jeans", "blue"),
        D.wearing(
            "The gentleman wears a long denim pants. The pants are with denim fabric and solid color patterns. The "
            "gentleman wears a long denim pants. The pants are with",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "they are jeans", "non_answer"),
        is_a("pair of jeans", "yes"),
        D.material("denim Question: What is the color of the jeans? Answer: blue Question: Is", "leak"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 11. Full-length: man in black slim jeans and a red pullover hoodie, white background.
    # caption, color_of jeans (open), color, garment_type, details: base; description: caption adapter ep1.
    case(
        "MYN-10877",
        caption("a man in a red hoodie and black jeans"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        D.color("black"),
        D.garment_type("hoodie", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater "
            "is with cotton fabric. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the jeans are the jeans", "restated"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="HERE&NOW Men Black Slim Fit Mid-Rise Jeans",
    ),
    # 12. Man in a white chikankari-embroidered straight kurta, white churidar, beige mojaris, no scarf or stole,
    #     carved wooden door behind.
    # caption, closed, wearing: base; description: caption adapter ep3; details: VQA adapter.
    case(
        "MYN-10921",
        caption("a man in a white kurta standing in front of a door"),
        D.garment_type("kurta"),
        D.color("white"),
        D.pattern("the pattern of the garment", "restated"),
        D.wearing("a white kurta, white pants and a red scarf", "unsupported"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "embroidery embroidery embroidery embroidery embroidery embroidery embroidery embroidery embroidery "
            "embroidery embroidery embroidery embroidery embroidery",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Manyavar Men White Chikankari Embroidered Straight Kurta",
    ),
    # 13. Man in a plain navy straight kurta with a mandarin collar, white pyjama, no jewellery, beige backdrop.
    # caption, wearing, closed: base; is_a: VQA adapter; details: caption adapter ep3 (stopped at a full stop).
    case(
        "MYN-10968",
        caption("a woman wearing a blue kurta and white pants", "pronoun"),
        D.wearing("a blue kurta"),
        D.color("navy"),
        D.garment_type("kurta"),
        is_a("dress", "yes", "contradiction"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. This gentleman wears a ring "
            "on his finger.",
            "unsupported",
        ),
        gender="Men",
        category="Kurtas",
        color="Navy Blue",
        title="Sojanya Men Navy Blue Solid Straight Kurta",
    ),
    # 14. Man in beige slim chinos, a light blue shirt tucked in, brown belt, brown shoes, white background.
    # caption, color_of pants (open), closed, wearing, pants details, material: base; pants description: caption ep3.
    case(
        "MYN-11005",
        caption("a man in a blue shirt and khaki pants"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        D.color("beige"),
        D.wearing("", "non_answer"),
        details("pants", "the pants details are the details of the pants", "restated"),
        describe(
            "pants",
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The lower "
            "clothing is of long length. The fabric is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
    ),
    # 15. Product shot, no person: black track pants with two white side stripes, laid flat on white.
    # caption, wearing, closed, material: base; description: caption adapter ep1; details: VQA adapter.
    case(
        "MYN-11046",
        caption("a pair of black pants with white stripes on the side"),
        D.wearing("a pair of black sweatpants"),
        D.pattern("striped"),
        D.color("black"),
        D.description(
            "The person wears a long pants. The pants are with cotton fabric and pure color patterns. The person "
            "wears a long pants. The pants are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.details("black Question: Is this a pair of pants? Answer: yes", "leak"),
        D.material("polyester"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Track Pants with Side Stripes",
    ),
    # 16. Man in a grey melange pullover hoodie (kangaroo pocket, no zip), hood down, black joggers, white background.
    # caption, wearing: caption adapter ep3; closed, details: base; material: VQA adapter.
    case(
        "MYN-11090",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. This gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        D.details("a grey hoodie with a hood and a zipper", "unsupported"),
        D.material(
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Hooded Sweatshirt",
    ),
    # 17. Man in a black denim jacket (open) over a plain white tee, grey jeans, white background.
    # caption, closed, wearing, color_of jacket (open), material: base; details: caption adapter ep3.
    case(
        "MYN-11138",
        caption("a man wearing a black jacket over a white t-shirt"),
        D.color("black"),
        D.garment_type("t-shirt", "contradiction"),
        D.wearing("a black jacket, white t-shirt and grey jeans"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        D.material("unknown", "non_answer"),
        D.details(
            "This gentleman also wears an outer clothing, with denim fabric and pure color patterns. The upper "
            "clothing has short sleeves, cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Denim Jacket",
    ),
    # 18. Man in navy chino shorts and a white polo, printed beach backdrop behind him.
    # caption, shorts details, color_of shorts (open), closed, material: base; wearing: caption adapter ep1.
    case(
        "MYN-11172",
        caption("a man standing on the beach wearing a white shirt and blue shorts"),
        details("shorts", "they are short", "non_answer"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        D.color("navy"),
        D.garment_type("shorts"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with "
            "cotton fabric. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Nautica Men Navy Blue Solid Regular Fit Chino Shorts",
    ),
    # 19. Man in a sleeveless mustard brocade Nehru jacket (gold buttons) over a cream full-sleeve kurta, white
    #     pyjama, marigold garlands behind.
    # caption, closed, wearing, details: base; description, is_a: VQA adapter.
    case(
        "MYN-11219",
        caption("a man in a yellow vest and white kurta"),
        D.garment_type("vest"),
        D.color("yellow"),
        D.wearing("she is wearing a white kurta and a yellow vest", "pronoun"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "The vest is a vest. The vest is a vest. The vest is a vest. The vest is a vest. The vest is a",
            "loop",
            hit_limit=True,
        ),
        D.details("gold buttons"),
        is_a("jacket", "no", "contradiction"),
        gender="Men",
        category="Nehru Jackets",
        color="Mustard",
        title="Hangup Men Mustard Yellow Woven Design Nehru Jacket",
    ),
    # ------------------------------------------------------------------ women
    # 20. Woman in a yellow straight kurta with a green floral print, three-quarter sleeves, white palazzos.
    # caption, closed, wearing: base; description, details: caption adapter ep3.
    case(
        "MYN-20114",
        caption("a woman wearing a yellow floral kurta and white pants"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("floral"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The "
            "dress is with cotton fabric.",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("three-quarter"),
        gender="Women",
        category="Kurtas",
        color="Yellow",
        title="Libas Women Yellow & Green Floral Printed Straight Kurta",
    ),
    # 21. Woman twirling in an indigo Anarkali kurta with white ethnic motifs, round neck, in a garden.
    # caption, closed, wearing, details: base; description: VQA adapter.
    case(
        "MYN-20167",
        caption("a woman in a blue and white dress standing in a garden"),
        D.garment_type("kurta"),
        D.color("blue"),
        D.wearing("a blue and white printed kurta"),
        D.description(
            "blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white",
            "loop",
            hit_limit=True,
        ),
        D.details("the dress has a flared skirt and a v-neck", "unsupported"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Anouk Women Blue & White Ethnic Motifs Printed Anarkali Kurta",
    ),
    # 22. Woman in a maroon straight kurta with gold foil print on the yoke, beige palazzos, white background.
    # caption, wearing: caption adapter ep1; color: VQA adapter (raw, unmapped); garment_type, details: base.
    case(
        "MYN-20203",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.color("pure color", "non_answer"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.details("the details of the garment are the details of the kurta", "restated"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Biba Women Maroon Yoke Design Straight Kurta",
    ),
    # 23. Woman in a sea-green A-line kurta with a round neck and no buttons, white leggings, white background.
    #     Seller gender missing.
    # caption, color, garment_type, wearing, description: base; details: caption adapter ep3.
    case(
        "MYN-20241",
        caption("a woman in a green kurta and white leggings"),
        D.color("teal"),
        D.garment_type("dress", "contradiction"),
        D.wearing("he is wearing a green kurta", "pronoun"),
        D.description("a green kurta with a mandarin collar and gold buttons", "unsupported"),
        D.details(
            "Question: What are the details of the garment? Answer: The upper clothing has long sleeves, cotton "
            "fabric and pure color patterns.",
            "leak",
            hit_limit=True,
        ),
        category="Kurtas",
        color="Sea Green",
        title="W Women Sea Green Solid A-Line Kurta",
    ),
    # 24. Woman in a black sleeveless crop top and high-waist blue mom jeans against a plain pink wall.
    # caption, closed, color_of shirt (open), wearing, material: base; details: VQA adapter.
    case(
        "MYN-20288",
        caption("a woman in a black crop top and jeans against a pink background"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        color_of("shirt", "pink", "contradiction", kind="open"),
        D.wearing("a black crop top and blue jeans"),
        D.details(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.material("the material of the top is the material", "restated"),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Solid Crop Top",
    ),
    # 25. Woman in an off-white peplum top with white schiffli embroidery and short puff sleeves, light blue jeans,
    #     green hedge behind.
    # caption: caption adapter ep3 (full stop at the limit); closed, wearing, description, color_of jeans: base.
    case(
        "MYN-20315",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long denim pants. The blouse is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("embroidered"),
        D.wearing("a white top and blue jeans"),
        D.description("the top", "non_answer"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        gender="Women",
        category="Tops",
        color="Off White",
        title="Harpa Women Off-White Embroidered Peplum Top",
    ),
    # 26. Woman in a pink-and-white horizontally striped full-sleeve top, black trousers, white background.
    # caption, color, pattern, color_of pants (open), sleeve_length: base; wearing: VQA adapter;
    # description: caption adapter ep1.
    case(
        "MYN-20352",
        caption("a woman in a pink and white striped shirt and black pants"),
        D.color("pink"),
        D.pattern("striped"),
        D.wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve T-shirt with striped patterns and a long trousers. The T-shirt is with "
            "cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        D.sleeve_length("short", "contradiction"),
        gender="Women",
        category="Tops",
        color="Pink",
        title="Tokyo Talkies Women Pink & White Striped Top",
    ),
    # 27. Woman draped in a red Banarasi saree with a wide gold zari border, matching red short-sleeve blouse, gold
    #     jewellery, studio with pillars.
    # caption, closed, details: base; wearing, material: caption adapter ep3; is_a: VQA adapter.
    case(
        "MYN-20398",
        caption("a woman in a red sari with gold jewelry"),
        D.garment_type("saree"),
        D.color("red"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("the saree has a gold border"),
        D.material(
            "The dress is with chiffon fabric and its neckline is V-shape. The upper clothing has short sleeves, "
            "chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Zari Woven Design Banarasi Saree",
    ),
    # 28. Woman in a navy georgette saree with small pink flowers, plain pink blouse, holding the pallu, grey backdrop.
    # caption: caption adapter ep1; closed, wearing, material: base; details: VQA adapter.
    case(
        "MYN-20436",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The "
            "dress is with chiffon fabric. It has a V-shape "
            "neckline. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("pink", "other_garment_color"),
        D.pattern("floral"),
        D.garment_type("saree"),
        D.wearing("a blue saree with pink flowers"),
        D.material("the saree is made of the material of the saree", "restated"),
        D.details(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Navy Blue",
        title="Saree mall Navy Blue & Pink Floral Printed Georgette Saree",
    ),
    # 29. Woman in a beige organza saree with a green embroidered border and a green sleeveless blouse, by a lake;
    #     empty hands. Seller color missing.
    # caption, color, sleeve_length, wearing, description: base; details: caption adapter ep3; material: VQA adapter.
    case(
        "MYN-20471",
        caption("a woman in a saree standing by a lake"),
        D.color("beige"),
        D.sleeve_length("sleeveless"),
        D.wearing("a beige saree and green blouse"),
        D.description("a beige saree with green border and a matching clutch", "unsupported"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("organza Question: What is the color of the saree? Answer: beige Question:", "leak"),
        gender="Women",
        category="Sarees",
        title="Kalini Beige & Green Embroidered Organza Saree",
    ),
    # 30. Woman in a pink floral-print kurta (three-quarter sleeves, side slits), matching pink palazzos, a white
    #     dupatta over one shoulder, white background.
    # caption, closed, wearing, details: base; description: caption adapter ep3.
    case(
        "MYN-20509",
        caption("a woman wearing a pink kurta and palazzo pants with a white dupatta"),
        D.garment_type("kurta"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.wearing("a pink kurta with palazzo pants"),
        D.description(
            "This lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. This lady "
            "wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.details("i don't know", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Indo Era Women Pink Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # 31. Woman in a bottle-green kurta with gold yoke embroidery, green trousers, gold earrings, no dupatta,
    #     white background.
    # caption: caption adapter ep1; wearing, closed, description: base; details: VQA adapter.
    case(
        "MYN-20547",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns and a long trousers. The dress is with cotton "
            "fabric. It has a round neckline. There is an accessory in her ear. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a green kurta", "pronoun"),
        D.color("green"),
        D.garment_type("kurta"),
        D.details(
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        D.description("a green kurta with gold embroidery and a matching dupatta", "unsupported"),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Sangria Women Green Yoke Design Kurta with Trousers",
    ),
    # 32. Woman in a knee-length black fit-and-flare dress with small white and red flowers, short puff sleeves;
    #     the photo is cropped above the ankles (no shoes visible).
    # caption, closed, wearing: base; description, details: caption adapter ep3 (description: full stop at limit).
    case(
        "MYN-20588",
        caption("a woman in a black floral dress"),
        D.garment_type("dress"),
        D.color("black"),
        D.pattern("solid", "contradiction"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline.",
            hit_limit=True,
        ),
        D.details(
            "It has a round neckline. The dress is of knee length. It has a round neckline. The dress is of knee "
            "length. It has a round",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress with flowers on it and a pair of black heels", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Tokyo Talkies Women Black Floral Printed Fit and Flare Dress",
    ),
    # 33. Woman in a mustard long-sleeve wrap midi dress with a self tie belt, walking on a city street.
    # caption, color, wearing, details, closed: base; description: caption adapter ep1; is_a: VQA adapter.
    case(
        "MYN-20622",
        caption("a woman in a yellow dress walking down the street"),
        D.color("yellow"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        D.details("the details of the dress are the details", "restated"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("sleeves", "non_answer"),
        is_a("dress", "yes"),
        gender="Women",
        category="Dresses",
        color="Mustard",
        title="Berrylush Women Mustard Yellow Solid Wrap Dress",
    ),
    # 34. Woman in light-blue high-rise skinny jeans with a white shirt tucked in, white background.
    # caption, color_of jeans (open), closed, wearing, material: base; jeans details: caption adapter ep3.
    case(
        "MYN-20660",
        caption("a woman wearing a white shirt and blue jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        D.color("blue"),
        D.garment_type("shirt", "contradiction"),
        details(
            "jeans",
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt tucked into blue", "cut"),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Women Blue Skinny Fit High-Rise Clean Look Jeans",
    ),
    # 35. Lower body: woman in black ankle-length leggings under the hem of a white kurta, white background.
    # caption, garment_type, wearing, details: base; color: VQA adapter (raw, unmapped); material: caption adapter ep1.
    case(
        "MYN-20703",
        caption("a woman in black leggings"),
        D.garment_type("leggings"),
        D.color("Answer: black", "leak"),
        D.wearing("a white kurta and black leggings"),
        D.details("they are leggings", "non_answer"),
        D.material(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle Length Leggings",
    ),
    # 36. Woman in a magenta lehenga with heavy gold embroidery, matching blouse, net dupatta, palace backdrop.
    # caption, closed, description: base; wearing: caption adapter ep3; details: VQA adapter.
    case(
        "MYN-20749",
        caption("a woman in a pink and gold lehenga"),
        D.garment_type("lehenga"),
        D.color("pink"),
        D.wearing(
            "The lady wears a long dress with graphic patterns. The dress is with chiffon fabric. There is an "
            "accessory on her wrist. There is a ring on",
            "cut",
            hit_limit=True,
        ),
        D.description("a pink lehenga with gold embroidery and a matching dupatta"),
        D.details(
            "gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Magenta",
        title="Mitera Magenta & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 37. Woman in a white tee with a blue "NYC" print, black shorts, white background.
    # caption: caption adapter ep1; closed, wearing, color_of shirt (open), description: base.
    case(
        "MYN-20781",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.wearing("a man wearing a white t-shirt and black shorts", "pronoun"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        D.description("a white t-shirt with a blue nyc print"),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Roadster Women White Printed Round Neck T-shirt",
    ),
    # 38. Woman in white flared palazzos with a blue printed kurta on top, white background.
    # caption, closed, wearing: base; details: caption adapter ep3 (full stop); description: VQA adapter.
    case(
        "MYN-20814",
        caption("a woman in a blue kurta and white pants"),
        D.garment_type("kurta", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.wearing("a blue kurta and white palazzo pants"),
        D.details("The lower clothing is of long length. The fabric is cotton and it has pure color patterns."),
        D.description(
            "white Answer: white Answer: white Answer: white Answer: white Answer: white Answer: white Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Jaipur Kurti Women White Solid Flared Palazzos",
    ),
    # 39. Woman in an olive sleeveless belted jumpsuit with two hip pockets, white sneakers, grey concrete wall.
    # caption, closed, details: base; wearing: VQA adapter; description: caption adapter ep3.
    case(
        "MYN-20856",
        caption("a woman in a green jumpsuit standing in front of a wall"),
        D.garment_type("jumpsuit"),
        D.color("olive"),
        D.wearing(
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper romper",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "V-shape neckline. There is a",
            "cut",
            hit_limit=True,
        ),
        D.details("a belt at the waist and two pockets"),
        gender="Women",
        category="Jumpsuit",
        color="Olive",
        title="Athena Women Olive Green Solid Basic Jumpsuit",
    ),
    # ------------------------------------------------------------------ kids
    # 40. Boy of about six in a red tee with a green dinosaur print (no pocket), blue denim shorts, white background.
    # caption, wearing, closed, details: base; description: caption adapter ep1.
    case(
        "MYN-30122",
        caption("a little boy wearing a red t-shirt with a dinosaur on it"),
        D.wearing("a red t-shirt and blue shorts"),
        D.color("red"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with "
            "cotton fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("a dinosaur print on the front and a pocket", "unsupported"),
        D.sleeve_length("", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="H&M Boys Red Printed Cotton T-shirt",
    ),
    # 41. Girl in a sleeveless pink layered tulle party dress with a silver sequin bodice, pink hairband, no bow.
    # caption, closed, description: base; wearing: caption adapter ep3; details: VQA adapter.
    case(
        "MYN-30157",
        caption("a little girl in a pink tutu dress"),
        D.garment_type("dress"),
        D.color("pink"),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of knee",
            "cut",
            hit_limit=True,
        ),
        D.description("a pink dress with a bow", "unsupported"),
        D.details("sequins Question: What is the pattern of the dress? Answer: pure color", "leak"),
        D.sleeve_length("short", "contradiction"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Layered Tulle Fit & Flare Dress",
    ),
    # 42. Boy in a cream self-design kurta and churidar pyjama, mojaris, diyas on a table behind.
    # caption, closed, wearing, details: base; description: caption adapter ep1; material: VQA adapter.
    case(
        "MYN-30190",
        caption("a young boy in a white kurta"),
        D.color("off white"),
        D.garment_type("kurta"),
        D.wearing("she is wearing a white kurta and pajamas", "pronoun"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the kurta", "restated"),
        D.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Jashvi Boys Cream-Coloured Self Design Kurta with Pyjamas",
    ),
    # 43. Product flat-lay, no person: navy tee with a grey car print and plain grey shorts, on white.
    # caption, wearing, closed, color_of shorts (open): base; description: caption adapter ep3; details: VQA adapter.
    case(
        "MYN-30224",
        caption("a blue t-shirt and grey shorts on a white background"),
        D.wearing("a blue shirt and grey shorts"),
        D.garment_type("t-shirt"),
        D.color("navy"),
        color_of("shorts", "navy", "other_garment_color", kind="open"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric.",
            "unsupported",
        ),
        D.details(
            "navy-grey-navy-grey-navy-grey-navy-grey-navy-grey-navy-grey-navy-grey-navy-grey",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Clothing Set",
        color="Navy Blue",
        title="YK Boys Navy Blue & Grey Printed T-shirt with Shorts",
    ),
    # 44. Girl in a yellow lehenga with a green embroidered border, green short-sleeve choli, yellow dupatta, on a rug.
    #     Seller title missing.
    # caption, closed, details: base; wearing: caption adapter ep1.
    case(
        "MYN-30261",
        caption("a little girl in a yellow and green lehenga"),
        D.garment_type("lehenga"),
        D.color("green", "other_garment_color"),
        D.wearing(
            "The lady wears a long dress with pure color patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        D.pattern("embroidered"),
        D.details("none", "non_answer"),
        gender="Girls",
        category="Lehenga Choli",
        color="Yellow",
    ),
]
